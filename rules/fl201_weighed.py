"""FL201's guards that weigh instead of deciding alone (rules/fl201_topic's titled newcomers). A
late titled newcomer whom the story seems to set up (their country or body named somewhere, their
trade written of, their office a head of state's) is still a splice when their sentence shares no
word of weight with the story (analysis/topic_weight): a vice premier of the lede's country who
acts on another matter, a judge late in a court story who sentences someone the story never
names, a president who visits a place the story never goes. Such a guard decides alone only where
it says more than a word in passing:

- the story's trade (a judge, a police officer, a club's manager, a lawmaker; fl201_titles'
  ``TRADES``) holds when another sentence writes the trade's words and either the newcomer's
  own sentence is on that ground too ("the squad", "the trial") or another of the story's people
  holds the same kind of office (a second judge, another club's coach);
- a head of state or a public figure known by title holds while they speak (their word on the
  story's event is news: "President Roe said in a statement ..."), not while they only act
  ("President Roe visited ...", "King Tomas met ..."), which weighs on the topic.

Otherwise the newcomer is read as one set up in passing: flagged only when no shared word weighs
anything."""

from __future__ import annotations

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import WORD
from factlint.rules.fl201_offices import office_called
from factlint.rules.fl201_titles import TRADES


def trade_holds(ms: Mentions, first: Mention, trades: list[frozenset[str]]) -> bool:
    """Whether the story's trade, whose words another sentence writes (fl201_ties'
    ``of_the_storys_trade``), may set a titled newcomer up: another of the story's people holds
    an office of the same trade (``trades``: the words of each trade of theirs, fl201_ties'
    ``trades``)."""
    return any(_a_colleague(ms, first, groups, titles) for groups, titles, story in TRADES if story in trades)


def _a_colleague(ms: Mentions, first: Mention, groups: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether a mention in another sentence holds an office of the trade (``groups``) or bears
    one of its titles: the story's own people of that trade."""
    for ent in ms.entities:
        for m in ent.mentions:
            if m.sentence == first.sentence or not (m.office or m.title):
                continue
            office = office_called(ms, m.office)
            if (office is not None and office.group in groups) or titles & {
                w.lower() for w in WORD.findall(m.title or m.office or "")
            }:
                return True
    return False

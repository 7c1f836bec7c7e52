"""FL201's late official named once in passing, off the topic: a titled person whom a sentence
only mentions, inside a phrase rather than as its subject or speaker ("a report by Dr Ilse
Varga, head of ...", "talks with Deputy Minister ...", "a free kick from midfielder ...", "...,
says Ana Bort, director of the ..."), or a voice of a body (a spokeswoman, an adviser, a coach)
the readers of ``fl201_topic`` leave to the story. Where such a sentence shares no content word
at all with the rest of the story, not even one in passing, it is another story's sentence
whoever the newcomer is in it: the topic decides, not the grammar. Only newcomers nothing ties
to the story are read: named in no other sentence, their country or body named nowhere else
(nor, with none, a body just before), not of the story's trade (a judge in a court story, a
central bank's officer in a story of markets), not
set up by the opening, not a public figure, and not a head or executive of no named place (a
governor, a president: the story's own, whose word on anything is news); nor in a sentence with
another titled person who is so tied. The sentence needs
``_FEWEST`` content words of its own besides the name and title."""

from __future__ import annotations

import re
from typing import Iterable

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.topic_overlap import overlap
from factlint.linter.document import Document
from factlint.analysis.text import WORD, word_tokens
from factlint.rules.fl201_offices import _office
from factlint.rules.fl201_passing import _governed
from factlint.rules.fl201_topic import (
    _FEWEST,
    _Official,
    _a_minister,
    _a_public_figure,
    _named_elsewhere,
    _of_the_storys_trade,
    _quote_runs_on,
    _set_up_by_a_body,
    _set_up_by_the_opening,
    _title_and_name,
    _words,
)

# a titled person met in passing tells less of a topic than one who speaks: two content words
# more than a minister's sentence needs
_NAMED_ONCE_FEWEST = _FEWEST + 2
# a title owned by a body the sentence names ("the insurer's chief executive")
_OWNED_TITLE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}$")
# groups of offices that, with no place named, are the story's own government's or state's
_OWN_GOVERNMENT = frozenset({"head", "executive"})
# a central bank's officer is of the trade of any story of markets or the economy: "investors
# await a speech by Federal Reserve Chair Ana Roe" closes a market report, it is no splice
_CENTRAL_BANK = re.compile(
    r"\b(?:Federal Reserve|Fed|ECB|Bundesbank|(?:Central|Reserve) Bank|Bank of (?:England|Japan|Canada"
    r"|Korea|Israel|Mexico|Thailand|Russia|Ghana|Uganda|Tanzania|Zambia|Italy|France|Spain|Greece))\b"
)
_MARKET_WORDS = frozenset(
    "stocks shares markets investors index bonds yields currency inflation economy traders dow "
    "nasdaq ftse nikkei futures crude treasuries benchmark benchmarks".split()
)
_MARKET_LEAST = 2  # market words another sentence must write: "prices" alone is any story's


def _tied_by_the_story(ms: Mentions, first: Mention) -> bool:
    """Whether anything but the topic ties a titled newcomer to the story (see the docstring)."""
    office = _office(ms, first.office)
    own = first.jurisdiction is None and (
        (office is not None and office.group in _OWN_GOVERNMENT) or _a_public_figure(ms, first.office)
    )
    return (
        own
        or _a_central_banker_in_a_market_story(ms, first)
        or _set_up_by_a_body(ms, first)
        or _set_up_by_the_opening(ms, first)
        or _of_the_storys_trade(ms, first)
    )


def _a_central_banker_in_a_market_story(ms: Mentions, first: Mention) -> bool:
    """Whether the newcomer holds a post of a central bank and another sentence is of markets or
    the economy (``_MARKET_WORDS``): the story's own trade, as a judge is a court story's."""
    if not _CENTRAL_BANK.search(first.jurisdiction or ""):
        return False
    words = {w.lower() for s in ms.doc.sentences if s.index != first.sentence for w in WORD.findall(s.text)}
    return len(words & _MARKET_WORDS) >= _MARKET_LEAST


def named_once(doc: Document, ms: Mentions, read: set[int]) -> Iterable[_Official]:
    """Titled people named in one sentence only (not one of ``read``, whose officials the topic
    readers already weighed), outside quotations, whom nothing but the topic could tie to the
    story and whose sentence (with the quotation it opens) shares no content word with it."""
    texts = [s.text for s in doc.sentences]
    # (a sentence where another titled person is the story's, by trade or body, is the story's:
    # "Defence lawyer Jo Roe and prosecutor Tom Kell took up the point" in a court story)
    tied = {
        e.first.sentence
        for e in ms.entities
        if e.kind == "person" and e.first.office is not None and _tied_by_the_story(ms, e.first)
    }
    for ent in ms.entities:
        first = ent.first
        if (
            ent.kind != "person"
            or first.office is None
            or first.sentence in read
            or first.sentence in tied
            or first.in_quote
            or first.relational
            or first.temporal
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        name = ent.full_name or first.name or first.text
        start, end = _title_and_name(texts[first.sentence], first)
        if _a_minister(ms, first.office) or _OWNED_TITLE.search(
            texts[first.sentence][max(0, start - 40) : start]
        ):
            continue  # (a minister is ``fl201_topic``'s to weigh; "the insurer's chief executive" is of a body the sentence names)
        if _governed(texts[first.sentence], first, word_tokens(texts[first.sentence][: first.start])):
            continue  # (the object of an interaction, "Critics praised X": the actor readers' to weigh)
        if _named_elsewhere(doc, first.sentence, name) or _tied_by_the_story(ms, first):
            continue
        words = _words(name)
        if overlap(texts, first.sentence, "en", words, _quote_runs_on(texts, first.sentence)).shared:
            continue  # (one word shared, even in passing: the topic readers' to weigh, not this one)
        yield _Official(
            first.sentence, start, end, words, fewest=_NAMED_ONCE_FEWEST, minister=False, in_passing=True
        )

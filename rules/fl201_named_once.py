"""FL201's late official named once in passing, off the topic: a titled person whom a sentence
only mentions, inside a phrase rather than as its subject or speaker ("a report by Dr Ilse
Varga, head of ...", "talks with Deputy Minister ...", "a free kick from midfielder ...", "...,
says Ana Bort, director of the ..."), or a voice of a body (a spokeswoman, an adviser, a coach)
the readers of ``fl201_topic`` leave to the story. Where such a sentence shares no content word
at all with the rest of the story, not even one in passing, it is another story's sentence
whoever the newcomer is in it: the topic decides, not the grammar. Only newcomers nothing ties
to the story are read: named in no other sentence, their country or body named nowhere else
(nor, with none, a body just before), not of the story's trade (a judge in a court story, a
central bank's officer in a story of markets), not set up by the opening, not a public figure,
and not a head or executive of no named place (a governor, a president: the story's own, whose
word on anything is news); nor in a sentence with another titled person who is so tied. The
sentence needs ``_NAMED_ONCE_FEWEST`` content words of its own besides the name and title: two
more than a minister's. The message quotes the person whole ("Dr Ilse Varga, head of the Kestrin
Institute") and says where they are named, not what they say: many say nothing."""

from __future__ import annotations

import re
from functools import cache
from typing import Callable, Iterable

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.topic_overlap import overlap
from factlint.linter.document import Document
from factlint.analysis.text import WORD, word_tokens
from factlint.analysis.words import HONORIFICS
from factlint.rules.fl201_offices import office_called
from factlint.rules.fl201_passing import governed
from factlint.rules.fl201_ties import (
    FEWEST,
    Official,
    a_minister,
    a_public_figure,
    name_words,
    named_elsewhere,
    of_the_storys_trade,
    past_its_body,
    quote_runs_on,
    set_up_by_a_body,
    set_up_by_the_opening,
    title_and_name,
)

# a titled person met in passing tells less of a topic than one who speaks: two content words
# more than a minister's sentence needs
_NAMED_ONCE_FEWEST = FEWEST + 2
# a title owned by a body the sentence names ("the insurer's chief executive")
_OWNED_TITLE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}$")
# what closes a title set off after a name, and how far from the title it may stand
_CLOSES = re.compile(r"[,;:.()]|\s[-–—]\s")
_APPOSITION_RUNS = 100
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
_MARKET_LEAST = 2  # market words the other sentences must write: "prices" alone is any story's


def _tied_by_the_story(ms: Mentions, first: Mention, market: Callable[[], dict[int, frozenset[str]]]) -> bool:
    """Whether anything but the topic ties a titled newcomer to the story (see the docstring);
    ``market``: each sentence's market words (``_market_words``), read once a document."""
    office = office_called(ms, first.office)
    own = first.jurisdiction is None and (
        (office is not None and office.group in _OWN_GOVERNMENT) or a_public_figure(ms, first.office)
    )
    return (
        own
        or _a_central_banker_in_a_market_story(first, market)
        or set_up_by_a_body(ms, first)
        or set_up_by_the_opening(ms, first)
        or of_the_storys_trade(ms, first)
    )


def _a_central_banker_in_a_market_story(
    first: Mention, market: Callable[[], dict[int, frozenset[str]]]
) -> bool:
    """Whether the newcomer holds a post of a central bank and the other sentences are of markets
    or the economy (``_MARKET_LEAST`` of ``_MARKET_WORDS``): the story's own trade, as a judge is a
    court story's."""
    if not _CENTRAL_BANK.search(first.jurisdiction or ""):
        return False
    words = frozenset().union(*(w for i, w in market().items() if i != first.sentence))
    return len(words) >= _MARKET_LEAST


def _market_words(doc: Document) -> dict[int, frozenset[str]]:
    """The market words (``_MARKET_WORDS``) of each sentence, by its index."""
    return {
        s.index: frozenset(w.lower() for w in WORD.findall(s.text)) & _MARKET_WORDS for s in doc.sentences
    }


def named_once(doc: Document, ms: Mentions, read: set[int]) -> Iterable[Official]:
    """Titled people named in one sentence only (not one of ``read``, whose officials the topic
    readers already weighed), outside quotations, whom nothing but the topic could tie to the
    story and whose sentence (with the quotation it opens) shares no content word with it."""
    texts = [s.text for s in doc.sentences]
    market = cache(lambda: _market_words(doc))  # (read for a central bank's officer only)
    # (a sentence where another titled person is the story's, by trade or body, is the story's:
    # "Defence lawyer Jo Roe and prosecutor Tom Kell took up the point" in a court story)
    tied = {
        e.first.sentence
        for e in ms.entities
        if e.kind == "person" and e.first.office is not None and _tied_by_the_story(ms, e.first, market)
    }
    for ent in ms.entities:
        first = ent.first
        if (
            ent.kind != "person"
            or first.office is None
            or first.sentence in read
            or first.sentence in tied  # (their own tie puts their sentence there too)
            or first.in_quote
            or first.relational
            or first.temporal
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        name = ent.full_name or first.name or first.text
        start, end = title_and_name(texts[first.sentence], first)
        # (a minister is ``fl201_topic``'s to weigh; "the insurer's chief executive" is of a body
        # the sentence names)
        if a_minister(ms, first.office) or _OWNED_TITLE.search(
            texts[first.sentence][max(0, start - 40) : start]
        ):
            continue
        if governed(texts[first.sentence], first, word_tokens(texts[first.sentence][: first.start])):
            continue  # (the object of an interaction, "Critics praised X": the actor readers' to weigh)
        if named_elsewhere(doc, first.sentence, name):
            continue
        words = name_words(name)
        if overlap(texts, first.sentence, "en", words, quote_runs_on(texts, first.sentence)).shared:
            continue  # (one word shared, even in passing: the topic readers' to weigh, not this one)
        yield Official(
            first.sentence,
            start,
            end,
            words,
            fewest=_NAMED_ONCE_FEWEST,
            minister=False,
            in_passing=True,
            named_only=True,
            shown=_as_quoted(texts[first.sentence], first, start, end),
        )


def _as_quoted(text: str, first: Mention, start: int, end: int) -> tuple[int, int]:
    """The person as the message quotes them: with an honorific just before the name ("Dr Ilse
    Varga") and the body the title is of ("head of the Kestrin Institute of Horticulture"); a title
    set off after the name, to the mark that closes it ("director of the Kestrin-based ...
    Institute", "director of the Orchard Yield Bureau's seed office")."""
    before = [t for t in word_tokens(text[:start]) if t.text != "."][-1:]
    if before and before[0].low in HONORIFICS and not text[before[0].end : start].strip(". "):
        start = before[0].start
    body = past_its_body(text, end)
    if body > end and first.link == "apposition" and end > first.end:
        close = _CLOSES.search(text, body, end + _APPOSITION_RUNS)
        return start, (len(text[: close.start()].rstrip()) if close else body)  # ("Queen of Scots ,")
    return start, body

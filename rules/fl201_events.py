"""FL201's reading of newcomer events: "the talks", "the call", "the meeting" that refer back
to an exchange or a gathering the story told in other words, an event set up earlier in the
same sentence, and widget text addressed to the reader. Split from the rule's module."""

from __future__ import annotations

import re

from factlint.analysis.mentions import EventRef, Mentions
from factlint.analysis.text import APOSTROPHE_WORD, word_tokens
from factlint.linter.document import Document


# "Welcome to the discussion.", "Join the discussion": a comments widget speaks to the reader and
# refers to its own thread, not to talks the story should have reported.
_READER_WORDS = frozenset({"you", "your", "welcome", "join", "participate"})


# What a body does when it meets ("The council voted 7 to 2", "a hearing", "the board convened"):
# "the meeting" after it is that sitting, not an event the story never reported.
_GATHERING = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|hearings?|debated?|convened|assembled|gathered|sitting)\b", re.I
)


def _gathering_before(doc: Document, sentence: int) -> bool:
    return any(_GATHERING.search(earlier.text) for earlier in doc.sentences[:sentence])


# How far back an exchange told in other words is still what "the discussions" means
EXCHANGE_REACH = 2


def _exchange_before(ms: Mentions, sentence: int) -> bool:
    """Whether a sentence just before tells of an exchange in other words: people of the story
    doing something "with" another ("Counsel for both sides went through the point with Judge
    Hale."): "the discussions" after it are that exchange, not talks the story never reported."""
    for k in range(max(0, sentence - EXCHANGE_REACH), sentence):
        people = [m for m in ms.in_sentence(k) if m.kind in ("person", "role") and not m.in_quote]
        if len(people) < 2:
            continue
        text = ms.doc.sentences[k].text
        for tok in word_tokens(text):
            if tok.low != "with" or tok.start == 0:
                continue
            before = [m for m in people if m.end <= tok.start]
            after = [m for m in people if tok.end <= m.start <= tok.end + 40]
            if before and after:
                return True
    return False


def _to_the_reader(text: str) -> bool:
    return any(w.lower() in _READER_WORDS for w in APOSTROPHE_WORD.findall(text))


def _same_sentence_setup(ms: Mentions, ev: EventRef) -> bool:
    return any(e.family == ev.family and e.sentence == ev.sentence and e.start < ev.start for e in ms.events)


def _family_words(family: str) -> str:
    return {
        "talk": "meeting, talks or dialogue",
        "call": "call",
        "visit": "visit or trip",
        "interview": "interview",
    }.get(family, family)

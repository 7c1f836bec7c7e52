"""Event words ("met", "the talks", "their dialogue"): a definite event noun refers back to an
event the story should have reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factlint.linter.document import Sentence, Span

from ..text import Token, token_low
from ..words import DETERMINERS, INDEFINITE
from .model import EventRef
from .vocabulary import EVENT_COMPLEMENTS, EVENT_FAMILY_OF, EVENT_NOUNS


_EVENT_WORDS = frozenset(
    EVENT_FAMILY_OF
)  # (a set's own test: a dict's keys view tests each word generically)


def _determiner_before(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the definite determiner of the event noun at ``k`` ("their recent meeting")."""
    j = k - 1
    if (
        j >= 1
        and tokens[j].is_word
        and tokens[j].low not in DETERMINERS
        and tokens[j].text.islower()
        and tokens[j - 1].low in DETERMINERS
    ):
        j -= 1  # one adjective: "their recent meeting"
    if j >= 0 and tokens[j].low in DETERMINERS and tokens[j].low not in INDEFINITE:
        return j
    return None


def find_events(
    sentence: Sentence,
    tokens: Sequence[Token],
    in_quote: list[bool],
    span_of: Callable[[Sentence, int, int], Span],
) -> list[EventRef]:
    events = []
    if _EVENT_WORDS.isdisjoint(map(token_low, tokens)):
        return events  # most sentences have no event word
    for k, t in enumerate(tokens):
        family = EVENT_FAMILY_OF.get(t.low)
        if family is None:
            continue
        first = k
        if EVENT_NOUNS.get(t.low) and not in_quote[k]:
            j = _determiner_before(tokens, k)
            first = k if j is None else j
        determiner = tokens[first].low if first != k else None
        complemented = k + 1 < len(tokens) and tokens[k + 1].low in EVENT_COMPLEMENTS
        phrase = sentence.text[tokens[first].start : t.end]
        events.append(
            EventRef(
                family,
                t.text,
                sentence.index,
                t.start,
                t.end,
                span_of(sentence, t.start, t.end),
                determiner,
                complemented,
                phrase,
                span_of(sentence, tokens[first].start, t.end),
            )
        )
    return events

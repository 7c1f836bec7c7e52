"""Whether a sentence tells of another time than the story's own event: "last year", "last
March", "in 2019", "since 1987", "five years ago", "a previous crash", "another of its planes",
"a similar accident". A count told there is of that other event, not a part of this one's total
(a plane's "176 people aboard" against "a crash last year killed 167 passengers and 11 crew")."""

from __future__ import annotations

import re

from .text import Token

_SPANS = frozenset(
    "year years month months week weeks decade decades century summer winter spring autumn fall "
    "january february march april may june july august september october november december".split()
)
_OTHER = frozenset({"ago", "previous", "previously", "another", "similar", "former", "since"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def tells_other_time(toks: list[Token] | tuple[Token, ...]) -> bool:
    """The sentence's tokens name another time or event than the story's: "last year", "in
    2019", "ago", "previous", "another", "similar", "since"."""
    for k, t in enumerate(toks):
        if t.low in _OTHER:
            return True
        if t.low == "last" and k + 1 < len(toks) and toks[k + 1].low in _SPANS:
            return True
        if _YEAR.match(t.text) and k and toks[k - 1].low in {"in", "since", "of", "during", "until"}:
            return True
    return False

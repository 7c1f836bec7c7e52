"""A sum of the dead and the missing told in words against its two counts told before.

"The death toll rose to 85, and 20 people were missing." / "If the missing are found dead, that
is 115 deaths." (85 + 20 = 105): a later sentence that speaks of the missing and gives, after
words of a sum ("that is", "that would make", "bringing the toll to", "making it"), a count of
the dead is the dead told before plus the missing told with them. The two counts are read in the
nearest sentence before that tells exactly one plain count of each; a count of the dead told
between them and the sum (a toll that rose again), a hedge on any of the three ("at least",
"some"), or a sum that speaks of no missing leaves it alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .figure_types import Quantity
from .text import word_tokens

# the words of a sum right before its figure, read backwards from it
_SUM_WORDS = (
    ("that", "is"),
    ("that", "'s"),
    ("that", "would", "be"),
    ("that", "would", "make"),
    ("that", "makes"),
    ("that", "will", "make"),
    ("which", "would", "make"),
    ("which", "makes"),
    ("making", "it"),
    ("making",),
    ("bringing", "it", "to"),
)
_BRINGING = frozenset({"bringing", "taking", "pushing", "raising"})
_BACK = 8  # how many sentences before the sum its counts may lie


@dataclass(frozen=True)
class ToldSum:
    """A sum (``total``) of the dead and missing counts told before that do not make it."""

    total: Quantity
    dead: Quantity
    missing: Quantity

    @property
    def summed(self) -> float:
        return self.dead.value + self.missing.value


def _exact(q: Quantity, hypothetical: bool = False) -> bool:
    """A plain count; the sum may be told as a supposition ("if ..., that would be 115")."""
    return (
        q.kind == "count"
        and not (q.approx or q.bound or q.modal and not hypothetical or q.compound or q.upper or q.movement)
        and q.value == int(q.value)
    )


def _after_sum_words(text: str, q: Quantity) -> bool:
    """Words of a sum right before the figure: "that is 115", "bringing the toll to 115"."""
    lows = [t.low for t in word_tokens(text[: q.start])]
    if any(tuple(lows[-len(w) :]) == w for w in _SUM_WORDS):
        return True
    # "bringing the (death) toll to 115", "taking the total to 115"
    if len(lows) >= 3 and lows[-1] == "to":
        head = lows[max(0, len(lows) - 6) : -1]
        return any(w in _BRINGING for w in head) and bool({"toll", "total", "tally", "number"} & set(head))
    return False


def told_sums(qs: Sequence[Quantity], texts: Sequence[str]) -> list[ToldSum]:
    """The sums of the dead and the missing told in words that their counts before do not make."""
    out = []
    for q in qs:
        if q.event != "death" or not _exact(q, hypothetical=True):
            continue
        text = texts[q.sentence]
        lows = {t.low for t in word_tokens(text)}
        if "missing" not in lows or not _after_sum_words(text, q):
            continue
        for s in range(q.sentence - 1, max(-1, q.sentence - 1 - _BACK), -1):
            here = [p for p in qs if p.sentence == s]
            dead = [p for p in here if p.event == "death"]
            missing = [p for p in here if p.event == "missing"]
            if not dead and not missing:
                continue
            if len(dead) == 1 and len(missing) == 1 and _exact(dead[0]) and _exact(missing[0]):
                d, m = dead[0], missing[0]
                if d.value + m.value != q.value and q.value > max(d.value, m.value):
                    out.append(ToldSum(q, d, m))
            break  # the nearest sentence of either count decides
    return out

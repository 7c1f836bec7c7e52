"""A sum of the dead and the missing told in words against its two counts told before.

"The death toll rose to 85, and 20 people were missing." / "If the missing are found dead, that
is 115 deaths." (85 + 20 = 105): a later sentence that counts the missing in ("if the missing
...", "should the missing ...", "presumed dead", "including the missing") and gives, after words
of a sum ("that is", "that would make", "making it"), a count of the dead is the dead told before
plus the missing told with them. The two counts are read in the nearest sentence before that
tells exactly one plain count of each; a count of the dead told between them and the sum (a toll
that rose again), a new count of the dead or the missing in the sum's own sentence ("10 more
bodies", "10 people are still missing"), a hedge on any of the three ("at least", "some"), or a
sum that does not count the missing in leaves it alone. "Bringing the toll to 95" is a toll
update (``analysis/tolls.py``), never a sum.
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
)
# words that count the missing in with the dead: a supposition about the missing ("if we cannot
# find the missing", "should the missing not be found"), or the missing taken as dead
_SUPPOSING = frozenset({"if", "should", "unless"})
_COUNTING_IN = frozenset({"including", "counting", "plus"})
_DEAD_NOUNS = frozenset({"bodies", "body", "dead", "deaths", "victims", "corpses"})
_BACK = 8  # how many sentences before the sum its counts may lie


@dataclass(frozen=True)
class ToldSum:
    """A sum (``total``) of the dead and missing counts told before that do not make it."""

    total: Quantity
    dead: Quantity
    missing: Quantity
    words: str  # the words of the sum's sentence that make it one: "if the missing ..., that is 115"

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


def _sum_words(text: str, q: Quantity) -> int | None:
    """Where the words of a sum right before the figure start: "that is 115", "making it 115"."""
    toks = word_tokens(text[: q.start])
    lows = [t.low for t in toks]
    for w in _SUM_WORDS:
        if tuple(lows[-len(w) :]) == w:
            return toks[-len(w)].start
    return None


def _missing_counted_in(text: str) -> tuple[int, int] | None:
    """The span of words that count the missing in with the dead: "if we cannot find the
    missing", "should the missing", "including the missing", "presumed dead"."""
    toks = word_tokens(text)
    lows = [t.low for t in toks]
    for i, low in enumerate(lows):
        if low == "missing":
            if i >= 2 and lows[i - 1] == "the" and lows[i - 2] in _COUNTING_IN:
                return toks[i - 2].start, toks[i].end
            for k in range(i - 1, max(-1, i - 7), -1):
                if lows[k] in _SUPPOSING:
                    return toks[k].start, toks[i].end
        if low == "presumed" and i + 1 < len(lows) and lows[i + 1] == "dead":
            return toks[i].start, toks[i + 1].end
    return None


def _new_count(qs: Sequence[Quantity], total: Quantity, text: str) -> bool:
    """The sum's own sentence gives another count of the dead or the missing ("found 10 more
    bodies", "while 10 people are still missing"): the sentence tells a change, not a sum."""
    for p in qs:
        if p.sentence != total.sentence or p is total or p.start == total.start:
            continue
        if p.event in ("death", "missing"):
            return True
        after = [t.low for t in word_tokens(text[p.end :])[:3]]
        if _DEAD_NOUNS & set(after):
            return True
    return False


def _quoted(text: str, cue: tuple[int, int], words: int, total: Quantity) -> str:
    """The words that make the figure a sum, from the first of them to the last; a long stretch
    as its two ends."""
    start, end = min(cue[0], words), max(cue[1], total.end)
    if end - start <= 100:
        return " ".join(text[start:end].split())
    first, second = sorted([(cue[0], cue[1]), (words, total.end)])
    return (
        " ".join(text[first[0] : first[1]].split()) + " ... " + " ".join(text[second[0] : second[1]].split())
    )


def told_sums(qs: Sequence[Quantity], texts: Sequence[str]) -> list[ToldSum]:
    """The sums of the dead and the missing told in words that their counts before do not make."""
    out = []
    for q in qs:
        if q.event != "death" or not _exact(q, hypothetical=True):
            continue
        text = texts[q.sentence]
        cue = _missing_counted_in(text)
        words = _sum_words(text, q) if cue else None
        if cue is None or words is None or _new_count(qs, q, text):
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
                    out.append(ToldSum(q, d, m, _quoted(text, cue, words, q)))
            break  # the nearest sentence of either count decides
    return out

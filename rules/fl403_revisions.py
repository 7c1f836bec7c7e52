"""FL403: two or more changes told by their ends, and a total of them that the ends do not give:
"August rose from 130,000 to 168,000, while July went from 159,000 to 166,000, for a total
revision of 54,000" (38,000 + 7,000 is 45,000).

A change is a pair of figures of one unit, "from A to B" or "to B from A" (a few words may come
between "from" and its figure: "from a first reading of 92,000 to 118,000"). Their total
is the one other figure of the unit told right after a word of summing ("a total revision of",
"a combined", "a net", "together", "altogether") in the sentence, or in the sentence
right before or after it when that sentence has no other figure of the unit. The total is the
sum of the changes' sizes, or of the changes with their signs (a net total), within one unit of
the figures' last digit. Not read: a hedged total ("about", "more than"), a total of a single
change, or any figure of the unit that is neither an end nor the total (it may be a part)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import Figure, a_year, figure_after, loosely_told, sentence_figures

_SUMMING = frozenset({"total", "combined", "net", "together", "altogether", "overall", "cumulative"})
_SUM_REACH = 6  # tokens from the word of summing to its figure
_FROM_REACH = 5  # tokens from "from" to its figure


@dataclass(frozen=True)
class RevisionSum:
    sentence: int  # the total's sentence (an index into the texts given)
    start: int
    end: int
    total: Figure
    changes: tuple[tuple[Figure, Figure], ...]
    expected: float


def revision_sums(texts: Sequence[str]) -> Iterator[RevisionSum]:
    """Totals of two or more changes told in ``texts`` (a document's sentences) that their ends
    do not make."""
    read = [_read(t) for t in texts]
    for s, (toks, figures, pairs, totals) in enumerate(read):
        if len(pairs) < 2:
            continue
        ends = {id(f) for p in pairs for f in p}
        unit = pairs[0][0].unit
        if any(a.unit != unit or b.unit != unit for a, b in pairs):
            continue
        others = [f for f in figures if id(f) not in ends and f.unit == unit]
        total = None
        if len(others) == 1 and others[0] in totals:
            total, where = others[0], s
        elif not others:
            for n in (s - 1, s + 1):
                if 0 <= n < len(read) and not read[n][2]:
                    near = [f for f in read[n][1] if f.unit == unit]
                    if len(near) == 1 and near[0] in read[n][3]:
                        total, where = near[0], n
        if total is None or any(loosely_told(toks, f) for p in pairs for f in p):
            continue
        if loosely_told(read[where][0], total):
            continue
        sizes = [b.value - a.value for a, b in pairs]
        tol = max([total.precision] + [f.precision for p in pairs for f in p])
        reads = (sum(abs(d) for d in sizes), abs(sum(sizes)))
        if any(abs(total.value - r) <= tol + 1e-9 for r in reads):
            continue
        yield RevisionSum(where, total.start, total.end, total, tuple(pairs), reads[0])


def _read(text: str):
    toks = list(figure_tokens(text))
    figures = [f for f in sentence_figures(text) if f.unit != "%" and not a_year(f)]
    return toks, figures, _pairs(toks, figures), [f for f in figures if _summed(toks, f)]


def _pairs(toks: list[Token], figures: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The changes "from A to B" and "to B from A" of one sentence, in order."""
    out = []
    x = 0
    while x + 1 < len(figures):
        a, b = figures[x], figures[x + 1]
        if _after_word(toks, a, "from", _FROM_REACH) and _right_after(toks, a, b, "to"):
            out.append((a, b))
            x += 2
        elif _after_word(toks, a, "to", 1) and _right_after(toks, a, b, "from"):
            out.append((b, a))
            x += 2
        else:
            x += 1
    return out


def _after_word(toks: list[Token], f: Figure, word: str, reach: int) -> bool:
    """``word`` within ``reach`` tokens before the figure, with words only between them."""
    for k in range(f.token - 1, max(-1, f.token - 1 - reach), -1):
        if toks[k].low == word:
            return True
        if not toks[k].is_word or toks[k].low in {"to", "from"}:
            return False
    return False


def _right_after(toks: list[Token], a: Figure, b: Figure, word: str) -> bool:
    """``word`` right after ``a`` (or after its noun: "4.1 million units to") and ``b`` right after."""
    k = figure_after(toks, a)
    if k + 1 < len(toks) and toks[k].is_word and toks[k].text.islower() and toks[k].low not in {"to", "from"}:
        k += 1
    return k < len(toks) and toks[k].low == word and b.token == k + 1


def _summed(toks: list[Token], f: Figure) -> bool:
    """A word of summing shortly before the figure, with words only between them ("for a total
    upward revision of 54,000", "Together the two revisions added 63,000")."""
    for k in range(f.token - 1, max(-1, f.token - 1 - _SUM_REACH), -1):
        if toks[k].low in _SUMMING:
            return True
        if not toks[k].is_word:
            return False
    return False

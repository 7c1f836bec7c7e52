"""FL403: a percentage change told in one sentence and the two figures it runs between told in
another ("Varrow posted a 43 percent increase in revenue." ... "Revenue was $643 million, up from
$482.5 million a year earlier": 33%). The change is checkable from the two ends, as a percentage
of the first, within the rounding of each figure.

Read only where the two sentences are plainly about one amount:
- the change's sentence gives the percentage alone (no figure of its own), and the other gives
  the two ends alone ("from", "compared with"), with no percentage;
- both name the same measure (revenue, sales, profit, ...) with the same qualifier ("net",
  "operating"), and no other sentence nearby tells a change or the ends of that measure;
- neither names another reckoning ("at constant currency", "excluding", "per share",
  "like-for-like") nor a bound or an approximation of the change ("about", "more than"); a
  sum told again per share right after it ("$643 million, or $1.12 a share,") is set aside;
- the two do not name different periods ("in the quarter" / "for the full year").
The sentences lie at most four apart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.numtext import lemma
from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _a_change, _after, _ends, _Figure, _relative_fits, sentence_figures

# the measures a company or an economy reports as a figure and its change
_MEASURES = frozenset(
    "revenue sale profit earning income turnover loss output export import production deficit "
    "surplus spending dividend order delivery shipment".split()
)
# words that pick out one measure of a kind: "net profit" is not "operating profit"
_QUALIFIERS = frozenset(
    "net operating gross pretax pre-tax underlying core adjusted total comparable attributable "
    "recurring organic domestic overseas online retail".split()
)
# another reckoning of the measure than the two figures'
_OTHER_RECKONING = frozenset(
    "constant currency currencies local excluding excluded ex organic like-for-like comparable "
    "underlying adjusted pro forma per basis".split()
)
_LOOSE = frozenset("about around roughly some nearly almost approximately over under more less than".split())
_BREAKS = frozenset({",", ";", ":", "while", "whereas", "but", "and", "although"})
# words of a period: a quarter, a half, a year, months
_PERIODS = {
    "quarter": "quarter",
    "quarterly": "quarter",
    "half": "half",
    "half-year": "half",
    "annual": "year",
    "full-year": "year",
    "yearly": "year",
    "months": "months",
    "month": "month",
    "week": "week",
}
_ORDINALS = frozenset({"first", "second", "third", "fourth", "full", "fiscal", "nine", "six", "three"})
_REACH = 4
# one measure under two words: "earned $643 million" tells the profit
_SAME_MEASURE = {"earn": "profit", "earning": "profit"}


@dataclass(frozen=True)
class ChangeApart:
    sentence: int  # the change's sentence
    change: _Figure
    ends_sentence: int
    first: _Figure
    last: _Figure
    measure: str
    expected: str


@dataclass(frozen=True)
class _Told:
    sentence: int
    measure: tuple[str, frozenset[str]]
    figures: tuple[_Figure, ...]  # the change, or the two ends (from, to)


def changes_apart(texts: Sequence[str]) -> Iterator[ChangeApart]:
    """Changes whose ends, told in another sentence of ``texts``, give another percentage."""
    changes: list[_Told] = []
    ends: list[_Told] = []
    for si, text in enumerate(texts):
        toks = list(figure_tokens(text))
        if not any(
            t.low in _MEASURES or _SAME_MEASURE.get(lemma(t.low), lemma(t.low)) in _MEASURES for t in toks
        ):
            continue
        figures, kept = _without_per_unit(toks, sentence_figures(text))
        if {t.low for x, t in enumerate(toks) if x in kept} & _OTHER_RECKONING:
            continue
        told = _change_told(si, toks, figures) or _ends_told(si, toks, figures)
        if told is not None:
            (changes if len(told.figures) == 1 else ends).append(told)
    for c in changes:
        near = [e for e in ends if e.measure == c.measure and abs(e.sentence - c.sentence) <= _REACH]
        twins = [o for o in changes if o is not c and o.measure == c.measure]
        if len(near) != 1 or any(abs(o.sentence - near[0].sentence) <= _REACH for o in twins):
            continue
        e = near[0]
        if not _same_period(texts[c.sentence], texts[e.sentence]):
            continue
        (change,), (first, last) = c.figures, e.figures
        if first.value <= 0 or _relative_fits(first, last, change):
            continue
        expected = f"{100 * abs(last.value - first.value) / first.value:.1f}%"
        yield ChangeApart(c.sentence, change, e.sentence, first, last, c.measure[0], expected)


_PER_UNIT = frozenset({"per", "a", "an"})


def _without_per_unit(toks: list[Token], figures: Sequence[_Figure]) -> tuple[list[_Figure], set[int]]:
    """The figures of a sentence less each one told again per unit right after it ("$643 million,
    or $1.12 per share,"), and the indices of the tokens left: the restatement is the same amount
    in another reckoning, not a third figure nor another reckoning of the sentence's two."""
    kept, dropped = [], set()
    for f in figures:
        end = _after(toks, f)
        told_again = f.token >= 2 and [t.low for t in toks[f.token - 2 : f.token]] == [",", "or"]
        if told_again and end + 1 < len(toks) and toks[end].low in _PER_UNIT and toks[end + 1].is_word:
            stop = next((x for x in range(end, len(toks)) if toks[x].low in _BREAKS), len(toks))
            if stop - end <= 3:
                dropped.update(range(f.token, stop))
                continue
        kept.append(f)
    return kept, set(range(len(toks))) - dropped


def _change_told(si: int, toks: list[Token], figures: list[_Figure]) -> _Told | None:
    """The one figure of a sentence as a percentage change of a named measure ("revenue rose 43
    percent", "a 43 percent increase in revenue")."""
    if len(figures) != 1 or figures[0].unit != "%" or not _a_change(toks, figures[0]):
        return None
    f = figures[0]
    if f.token and toks[f.token - 1].low in _LOOSE:
        return None
    end = _after(toks, f)
    # "a 43 percent increase in revenue": the measure after "in"
    if end + 1 < len(toks) and toks[end + 1].low in ("in", "of"):
        joined = sum(t.text in ("-", "–") for t in toks[end + 2 : end + 6])  # "second-quarter profit"
        measure = _measure_in(toks, end + 2, min(len(toks), end + 5 + 2 * joined), first=True)
        if measure is not None:
            return _Told(si, measure, (f,))
    lo = f.token
    while lo > 0 and f.token - lo < 6 and toks[lo - 1].low not in _BREAKS:
        lo -= 1
    measure = _measure_in(toks, lo, f.token, first=False)
    return _Told(si, measure, (f,)) if measure is not None else None


def _ends_told(si: int, toks: list[Token], figures: list[_Figure]) -> _Told | None:
    """The two ends of a move of a named measure, with no percentage ("Revenue was $643 million,
    up from $482.5 million")."""
    if len(figures) != 2 or any(f.unit in ("%", "points") for f in figures):
        return None
    pair = _ends(toks, figures)
    if pair is None:
        return None
    lead = min(f.token for f in figures)
    lo = lead
    while lo > 0 and lead - lo < 8 and toks[lo - 1].low not in _BREAKS:
        lo -= 1
    measure = _measure_in(toks, lo, lead, first=False)
    return _Told(si, measure, pair) if measure is not None else None


def _measure_in(toks: list[Token], lo: int, hi: int, first: bool) -> tuple[str, frozenset[str]] | None:
    """The measure named in toks[lo:hi] (the first or the last one) and its qualifiers."""
    span = range(lo, hi) if first else range(hi - 1, lo - 1, -1)
    for x in span:
        word = _SAME_MEASURE.get(lemma(toks[x].low), lemma(toks[x].low))
        if word in _MEASURES and toks[x].text[:1].isalpha():
            if x + 1 < len(toks) and toks[x + 1].low == "per":
                return None  # "earnings per share"
            quals = frozenset(t.low for t in toks[max(0, x - 2) : x] if t.low in _QUALIFIERS)
            return word, quals
    return None


def _periods(text: str) -> frozenset[str]:
    """The periods a sentence names before its first "from" or "compared" (after it, the period
    of the comparison: "up from $482.5 million a year earlier")."""
    out = set()
    toks = list(figure_tokens(text))
    for x, t in enumerate(toks):
        if t.low in ("from", "compared", "against", "versus"):
            break
        kind = _PERIODS.get(t.low)
        if kind is None and t.low == "year" and x and toks[x - 1].low in ("full", "fiscal", "the"):
            kind = "year"
        if kind is None:
            continue
        before = toks[x - 1].low if x else ""
        out.add(f"{before} {kind}" if before in _ORDINALS else kind)
    return frozenset(out)


def _same_period(a: str, b: str) -> bool:
    """Whether two sentences may tell one period: neither names one, or one names none, or both
    name the same; a full year, a half or months named on one side only are another period."""
    pa, pb = _periods(a), _periods(b)
    if pa and pb:
        return pa == pb
    one = pa or pb
    return not any(p.endswith(("year", "half", "months")) for p in one)

"""FL403: basis points restated at once in percentage points ("lowered by 40 basis points (0.4
percentage point)", "25 bps, or 0.25 percentage point"). A basis point is a hundredth of a point,
so the two must be one amount: "75 basis points, or half a percentage point" is 0.75 point,
not 0.5.

The restatement is read only right after the basis points, opened by a bracket, ", or" or "or"
(a word of approximation, "about", may stand before it), as a figure in points or as a point told
in words ("a quarter of a point", "half a percentage point", "three-quarters of a point", "half
of a percent"). A
figure in digits is right within its printed precision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.text import Token, figure_tokens
from factlint.analysis.figure_clause import _APPROX_BEFORE
from factlint.rules.fl403_changes import _BASIS_POINTS, _after, _Figure, plain_number, sentence_figures

# a point told in words, after its opener: the words (hyphens cut) and the points they make
_WORDED = {
    "a quarter of a": 0.25,
    "one quarter of a": 0.25,
    "a quarter": 0.25,
    "half a": 0.5,
    "half of a": 0.5,
    "one half of a": 0.5,
    "a half": 0.5,
    "half": 0.5,
    "quarter": 0.25,
    "three quarters of a": 0.75,
    "a full": 1.0,
    "a": 1.0,
    "one": 1.0,
}
# "(a quarter of a percent)": a fraction told in words after basis points is of a point, however named
_POINT_WORDS = (("percentage", "point"), ("point",), ("percent", "point"), ("percent",), ("per", "cent"))
_OPENERS = (("(",), (",", "or"), ("or",), ("—",), ("–",))


@dataclass(frozen=True)
class RestatedPoints:
    start: int
    end: int  # the span from the basis points to the end of their restatement
    basis: _Figure
    restated: str  # the restatement as written
    expected: str  # what the basis points make, written for the message


def restated_points(text: str) -> Iterator[RestatedPoints]:
    """Basis points in ``text`` (one sentence) restated right after in points that differ."""
    toks = list(figure_tokens(text))
    figures = sentence_figures(text)
    for f in figures:
        if f.unit != "points" or not f.text.lower().endswith(_BASIS_POINTS):
            continue
        k = _after(toks, f)
        k = _after_opener(toks, k)
        if k is None:
            continue
        loose = toks[k].low in _APPROX_BEFORE if k < len(toks) else False
        k += loose
        read = _points_at(toks, k, figures)
        if read is None:
            continue
        value, precision, end = read
        if loose:
            precision = max(precision, value / 2)
        if abs(value - f.value) <= precision / 2 + 1e-9:
            continue
        yield RestatedPoints(
            f.start, end, f, text[toks[k].start : end], f"{plain_number(f.value)} percentage point"
        )


def _after_opener(toks: list[Token], k: int) -> int | None:
    lows = tuple(t.low for t in toks[k : k + 2])
    for opener in _OPENERS:
        if lows[: len(opener)] == opener:
            return k + len(opener) if k + len(opener) < len(toks) else None
    return None


def _points_at(toks: list[Token], k: int, figures: list[_Figure]) -> tuple[float, float, int] | None:
    """The points told at token ``k``: a figure in points ("0.25 percentage point"), or a
    fraction of a point in words; (value, precision, end offset)."""
    for f in figures:
        if f.token == k:
            return (f.value, f.precision, f.end) if f.unit == "points" else None
    words: list[str] = []
    for t in toks[k : k + 8]:
        words.extend(w for w in t.low.split("-") if w)
    for phrase, value in sorted(_WORDED.items(), key=lambda kv: -len(kv[0])):
        lead = tuple(phrase.split())
        if tuple(words[: len(lead)]) != lead:
            continue
        for unit in _POINT_WORDS:
            if tuple(words[len(lead) : len(lead) + len(unit)]) == unit:
                n = len(lead) + len(unit)
                end = _end_of_words(toks, k, n)
                return (value, 0.0, end) if end is not None else None
        return None
    return None


def _end_of_words(toks: list[Token], k: int, n: int) -> int | None:
    """The end offset of the first ``n`` hyphen-cut words from token ``k``."""
    seen = 0
    for t in toks[k : k + 8]:
        seen += len([w for w in t.low.split("-") if w])
        if seen >= n:
            return t.end
    return None

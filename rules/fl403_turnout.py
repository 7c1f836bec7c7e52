"""FL403: a turnout told with the two counts it is made of, in one sentence ("56,949,009 were
registered, 48,537,695 of them voted, and turnout was 84.4 percent": it is 85.2%).

Read only where one sentence names a turnout and a register ("registered", "eligible", "the
roll", "the electorate"), gives one percentage right after the turnout's word (or right
before it: "a 71.5 percent turnout") and exactly two other counts, the larger the register and
the smaller those who voted. The percentage must be the smaller over the larger within its
printed precision (half a unit of its last digit, at least 0.15 points for one written to a
tenth) and the counts' own rounding ("9.1 million"). Not read: a hedged figure ("some",
"about", "more than"), valid votes (a turnout counts every ballot) or a count too small to be
an electorate. A wider gap in any share is read by ``fl403_arithmetic`` (its tolerance)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _after, _Figure, sentence_figures
from factlint.rules.fl403_move_to_level import _loose

_TURNOUT = frozenset({"turnout", "participation", "wahlbeteiligung", "participación", "affluenza", "opkomst"})
_REGISTER = frozenset(
    {
        "registered",
        "eligible",
        "electorate",
        "electors",
        "roll",
        "rolls",
        "wahlberechtigte",
        "wahlberechtigten",
    }
    | {"inscritos", "inscrits", "censo", "registrados"}
)
_NOT_ALL = frozenset({"valid", "gültige", "gültigen", "válidos", "valables", "exprimés", "blank", "spoiled"})
_MIN_REGISTER = 1000


@dataclass(frozen=True)
class TurnoutMismatch:
    start: int
    end: int
    share: _Figure
    voted: _Figure
    register: _Figure
    expected: str  # the percentage the counts give, for the message


def turnout_mismatches(text: str) -> Iterator[TurnoutMismatch]:
    """Turnouts in ``text`` (one sentence) that their two counts do not give."""
    toks = list(figure_tokens(text))
    lows = {t.low for t in toks}
    if not lows & _TURNOUT or not lows & _REGISTER or lows & _NOT_ALL:
        return
    figures = sentence_figures(text)
    shares = [f for f in figures if f.unit == "%"]
    counts = [f for f in figures if f.unit == "" and not _a_year(f)]
    if len(shares) < 1 or len(counts) != 2:
        return
    share = _turnout_share(toks, shares)
    if share is None or any(_loose(toks, f) for f in (share, *counts)):
        return
    voted, register = sorted(counts, key=lambda f: f.value)
    if register.value < _MIN_REGISTER or voted.value <= 0 or voted.value >= register.value:
        return
    if _fits(voted, register, share):
        return
    lo = min(f.start for f in (share, voted, register))
    hi = max(f.end for f in (share, voted, register))
    yield TurnoutMismatch(lo, hi, share, voted, register, f"{100 * voted.value / register.value:.1f}%")


def _a_year(f: _Figure) -> bool:
    return f.text.isdigit() and len(f.text) == 4 and 1800 <= f.value <= 2100


def _turnout_share(toks: list[Token], shares: list[_Figure]) -> _Figure | None:
    """The percentage within four tokens after the turnout's word ("turnout was 84.4 percent", "a
    turnout of 66%", "turnout at 58.1 per cent") or right before it ("a 71.5 percent turnout")."""
    found = []
    for k, t in enumerate(toks):
        if t.low not in _TURNOUT:
            continue
        for f in shares:
            if k < f.token <= k + 4 and all(x.is_word or x.low in {":", ","} for x in toks[k + 1 : f.token]):
                found.append(f)
            elif _after(toks, f) == k:
                found.append(f)
    return found[0] if len(set(found)) == 1 else None


def _fits(voted: _Figure, register: _Figure, share: _Figure) -> bool:
    """Whether the share is the smaller count over the larger within every figure's rounding."""
    tol = max(share.precision / 2, 0.5) if share.precision >= 1 else max(1.5 * share.precision, 0.15)
    low = 100 * (voted.value - voted.precision / 2) / (register.value + register.precision / 2)
    high = 100 * (voted.value + voted.precision / 2) / (register.value - register.precision / 2)
    return low - tol <= share.value <= high + tol

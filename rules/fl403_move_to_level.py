"""FL403: a move told in its unit and again as a percentage, with only the level it reached
("rose $2.85, or 4.2 percent, to $92.19"; "fell 179 points, or 1.7%, to 26,966"; "closed at
7,412.3, down 88.5 points, or 2.9%"). The level it started from is the level reached less the
move (or plus it, for a fall), so the percentage is checkable: 2.85 / 89.34 is 3.2%, not 4.2%.

Read only where the three figures are told together: the move, then ", or" or a bracket and the
percentage, then "to" the level (or the level first, "at"/"to" it, and the move right after it).
The level and the move are of one unit (a currency, points of an index, a count). Either
direction is allowed, and the share of the level reached too, so a missing sign never makes a
finding; a percentage is right within its printed precision and the figures' rounding. A
sentence that also tells where the move started ("from $89.34") is read by
``fl403_changes.py``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import Figure, figure_after, loosely_told, sentence_figures, share_tolerance

_OPENERS = ((",", "or"), ("or",), ("(",))


@dataclass(frozen=True)
class MoveToLevel:
    start: int
    end: int
    move: Figure
    share: Figure
    level: Figure
    expected: str  # the percentage the move and the level give, for the message
    before: float  # the level the move started from, that ``expected`` is computed over


def moves_to_levels(text: str) -> Iterator[MoveToLevel]:
    """Moves in ``text`` (one sentence) whose restated percentage their level does not give."""
    toks = list(figure_tokens(text))
    figures = sentence_figures(text)
    if len(figures) < 3:
        return
    by_token = {f.token: f for f in figures}
    for x, move in enumerate(figures):
        if move.unit == "%" or move.value <= 0:
            continue
        share = _restated(toks, move, by_token)
        if share is None:
            continue
        level = _level_after(toks, share, by_token) or _level_before(toks, figures[:x])
        if level is None or not _same_unit(move, level) or level.value <= move.value:
            continue
        if any(loosely_told(toks, f) for f in (move, share, level)):
            continue
        if _started_from(toks, figures, move, level):
            continue  # the other end is told too: fl403_changes reads it
        if _fits(move, share, level):
            continue
        base = _level_before_move(toks, move, level, share)
        lo = min(f.start for f in (move, share, level))
        hi = max(f.end for f in (move, share, level))
        yield MoveToLevel(lo, hi, move, share, level, f"{100 * move.value / base:.1f}%", base)


def _restated(toks: list[Token], move: Figure, by_token: dict[int, Figure]) -> Figure | None:
    k = figure_after(toks, move)
    lows = tuple(t.low for t in toks[k : k + 2])
    for opener in _OPENERS:
        if lows[: len(opener)] == opener:
            f = by_token.get(k + len(opener))
            return f if f is not None and f.unit == "%" else None
    return None


def _level_after(toks: list[Token], share: Figure, by_token: dict[int, Figure]) -> Figure | None:
    """The level right after the percentage: ", to $92.19", ") to 26,966", "to close at 7,412"."""
    k = figure_after(toks, share)
    while k < len(toks) and toks[k].low in (",", ")"):
        k += 1
    words = [t.low for t in toks[k : k + 4]]
    if words[:1] == ["to"]:
        for skip in (1, 2, 3, 4):  # "to 26,966", "to settle at $92.19", "to close at 7,412"
            f = by_token.get(k + skip)
            if f is not None:
                between = toks[k + 1 : k + skip]
                if all(t.is_word and not t.text[:1].isdigit() for t in between) and (
                    skip == 1 or toks[k + skip - 1].low == "at"
                ):
                    return f
                return None
    return None


def _level_before(toks: list[Token], before: list[Figure]) -> Figure | None:
    """The level told just before the move: "closed at 7,412.3, down 88.5 points"."""
    if not before:
        return None
    level = before[-1]
    if level.token == 0 or toks[level.token - 1].low not in ("at", "to"):
        return None
    k = figure_after(toks, level)
    lows = [t.low for t in toks[k : k + 3]]
    return level if lows[:1] == [","] and lows[1:2] and lows[1] in ("up", "down") else None


_FALLS = frozenset(
    "fell fall falls down lost lose loses dropped drop drops declined slid slipped shed eased".split()
)
_RISES = frozenset("rose rise rises up gained gain gains climbed jumped added advanced".split())


def _level_before_move(toks: list[Token], move: Figure, level: Figure, share: Figure) -> float:
    """The level the move started from, for the message: the level reached plus a fall or less a
    rise, as the word before the move tells; else the one that gives the nearer percentage."""
    words = {t.low for t in toks[max(0, move.token - 3) : move.token]}
    if words & _FALLS and not words & _RISES:
        return level.value + move.value
    if words & _RISES and not words & _FALLS:
        return level.value - move.value
    bases = [level.value - move.value, level.value + move.value]
    return min(bases, key=lambda b: abs(100 * move.value / b - share.value))


def _same_unit(move: Figure, level: Figure) -> bool:
    if move.unit == level.unit:
        return True
    return move.unit == "points" and level.unit == ""  # an index's level: "to 26,966"


def _started_from(toks: list[Token], figures, move: Figure, level: Figure) -> bool:
    return any(
        f.token and toks[f.token - 1].low in ("from", "than") and _same_unit(move, f)
        for f in figures
        if f is not move and f is not level
    )


def _fits(move: Figure, share: Figure, level: Figure) -> bool:
    """Whether the percentage is the move over the level it started from (either direction) or
    over the level reached, within every figure's rounding."""
    tol = share_tolerance(share)
    reads = []
    for m in (move.value - move.precision / 2, move.value + move.precision / 2):
        for lv in (level.value - level.precision / 2, level.value + level.precision / 2):
            for base in (lv - m, lv + m, lv):
                if base <= 0:
                    return True
                reads.append(100 * m / base)
    return min(reads) - tol <= share.value <= max(reads) + tol

"""FL403: a race gap told beside one time, against a rival's time told in an earlier sentence
("Arvel won in 59 minutes 48 seconds." ... "Fenk was 41 seconds behind Arvel (60:39)": 51
seconds). The gap is the difference of the two times, within the rounding of the figures.

Read only where the later sentence gives one gap in seconds towards a named rival ("41 seconds
behind Arvel", "35 seconds adrift of Solte") and one time of its own ("(60:39)", "31:55.2",
"2:08:49"), and the nearest earlier sentence (at most three back) with a time gives exactly one,
in words ("59 minutes 48 seconds", "2 hours 7 minutes 41 seconds") or digits, and names that
rival. A gap to another rival, whose time the story does not give, is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _plain
from factlint.rules.fl403_race_gaps import (
    _GAP_AFTER,
    _MINUTES,
    _SECONDS,
    _gaps,
    _number_before,
    _Time,
    _times,
)

_HOURS = frozenset({"hour", "hours", "hr", "hrs", "h"})
_REACH = 3  # sentences back to the rival's time
_NAME_REACH = 6  # tokens after the gap's word that may name the rival


@dataclass(frozen=True)
class GapApart:
    sentence: int
    gap: _Time
    time: _Time
    rival_sentence: int
    rival: _Time
    expected: str


def gaps_apart(texts: Sequence[str]) -> Iterator[GapApart]:
    """Gaps in ``texts`` (an article's sentences) that are not the difference of the later
    sentence's one time and the rival's time an earlier sentence gives."""
    timed: dict[int, list[_Time]] = {}
    for si, text in enumerate(texts):
        if ":" in text or "second" in text.lower():
            toks = list(figure_tokens(text))
            timed[si] = [*_times(text, toks), *_bracketed(text, toks), *_told(text, toks)]
    for si, times in timed.items():
        if len(times) != 1 or "sec" not in texts[si].lower():
            continue
        toks = list(figure_tokens(texts[si]))
        gaps = list(_gaps(texts[si], toks))
        if len(gaps) != 1:
            continue
        rival = _rival(toks, gaps[0])
        back = [sj for sj in range(max(0, si - _REACH), si) if timed.get(sj)]
        if not rival or not back:
            continue
        sj = back[-1]
        if len(timed[sj]) != 1 or not rival & {t.text for t in figure_tokens(texts[sj]) if t.cap}:
            continue
        (gap,), (time,), (other,) = gaps, times, timed[sj]
        diff = abs(time.seconds - other.seconds)
        if diff == 0 or abs(diff - gap.seconds) <= max(gap.precision, time.precision, other.precision) + 1e-9:
            continue  # no difference: the bracket gives the rival's own time
        yield GapApart(si, gap, time, sj, other, f"{_plain(round(diff, 2))} seconds")


def _rival(toks: list[Token], gap: _Time) -> set[str]:
    """The capitalised words naming whom a gap is towards: "behind (that of) Tobin Arvel"."""
    at = next((x for x, t in enumerate(toks) if t.start >= gap.end), len(toks))
    if at >= len(toks) or toks[at].low not in _GAP_AFTER:
        return set()
    out: set[str] = set()
    for t in toks[at + 1 : at + 1 + _NAME_REACH]:
        if t.text in {"(", ",", ";", "."}:
            break
        if t.cap and len(t.text) > 2:
            out.add(t.text.removesuffix("'s"))
    return out


def _bracketed(text: str, toks: list[Token]) -> Iterator[_Time]:
    """ "(60:39)": minutes and seconds in brackets after a name, a runner's time (not a clock's)."""
    for x in range(1, len(toks) - 4):
        if toks[x - 1].text != "(" or toks[x + 3].text != ")" or toks[x + 1].text != ":":
            continue
        m, s = toks[x].text, toks[x + 2].text
        if (
            m.isdigit()
            and s.isdigit()
            and len(s) == 2
            and int(s) < 60
            and toks[x + 1].end == toks[x + 2].start
        ):
            yield _Time(
                toks[x].start,
                toks[x + 2].end,
                60 * int(m) + int(s),
                1.0,
                text[toks[x].start : toks[x + 2].end],
            )


def _told(text: str, toks: list[Token]) -> Iterator[_Time]:
    """A time in words: "59 minutes 48 seconds", "2 hours 7 minutes and 41 seconds"; not a gap
    ("41 seconds behind") nor a margin ("by 12 seconds")."""
    for x, t in enumerate(toks):
        if t.low not in _SECONDS or x < 3:
            continue
        sec = _number_before(toks, x)
        if sec is None:
            continue
        k = sec[1] - (toks[sec[1] - 1].low == "and")
        if toks[k - 1].low not in _MINUTES:
            continue
        mins = _number_before(toks, k - 1)
        if mins is None:
            continue
        value, lo = 60 * mins[0] + sec[0], mins[1]
        if lo >= 2 and toks[lo - 1].low in _HOURS:
            hours = _number_before(toks, lo - 1)
            if hours is not None:
                value, lo = value + 3600 * hours[0], hours[1]
        after = toks[x + 1].low if x + 1 < len(toks) else ""
        if after in _GAP_AFTER or (lo and toks[lo - 1].low == "by"):
            continue
        yield _Time(toks[lo].start, t.end, value, sec[2], text[toks[lo].start : t.end])

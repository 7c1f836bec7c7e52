"""FL403: a gap told beside the two race times it lies between ("won in 2:07:41, 58 seconds ahead
of Kiprop (2:08:49)": 68 seconds). The gap is the difference of the two times, within the
rounding of the figures as written.

Read only where a sentence gives exactly two times with seconds ("2:07:41", "1:58.32"; not a
clock's "10:30") and one gap in seconds told as such: "58 seconds ahead of", "0.85 seconds
behind", "1 minute 12 seconds clear of", "beat her by 4.2 seconds".

The readers of times and gaps (``times``, ``worded_times``, ``gaps``) are shared with
``fl403_gaps_apart.py``, which sets a gap against a rival's time told in an earlier sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.number_parse import _parse_number
from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import plain_number

# what a gap between two racers is told with, after it or before it
GAP_AFTER = frozenset("ahead behind clear faster slower adrift quicker back off".split())
_GAP_BEFORE = frozenset({"by"})
# words between clauses that may tell two races
_BREAKS = frozenset({";", "while", "whereas", "but", "although", "though", "meanwhile", "after", "before"})
_SECONDS = frozenset({"second", "seconds", "sec", "secs"})
MINUTES = frozenset({"minute", "minutes", "min", "mins"})
_HOURS = frozenset({"hour", "hours", "hr", "hrs", "h"})


@dataclass(frozen=True)
class Time:
    start: int
    end: int
    seconds: float
    precision: float  # of its last field: 1 second, a hundredth
    text: str


@dataclass(frozen=True)
class RaceGap:
    start: int
    end: int
    gap: Time
    first: Time
    second: Time
    expected: str


def race_gaps(text: str) -> Iterator[RaceGap]:
    """Gaps in ``text`` (one sentence) that are not the difference of its two race times."""
    if ":" not in text or "sec" not in text.lower():
        return
    toks = list(figure_tokens(text))
    told = list(times(text, toks))
    if len(told) != 2:
        return
    found = list(gaps(text, toks))
    if len(found) != 1:
        return
    (gap,) = found
    first, second = told
    lo, hi = min(gap.start, first.start), max(gap.end, second.end)
    if any(t.low in _BREAKS for t in toks if lo <= t.start < hi):
        return  # "ran 2:09:12 last year; on Sunday she won in 2:07:41, 48 seconds ahead of the field"
    diff = abs(second.seconds - first.seconds)
    if abs(diff - gap.seconds) <= max(gap.precision, first.precision, second.precision) + 1e-9:
        return
    yield RaceGap(lo, hi, gap, first, second, f"{plain_number(round(diff, 2))} seconds")


def _glued(toks: list[Token], x: int) -> bool:
    return toks[x].start == toks[x - 1].end


def times(text: str, toks: list[Token], *, bracketed: bool = False) -> Iterator[Time]:
    """ "2:07:41" (hours, minutes, seconds) and "1:58.32" (minutes, seconds and hundredths).
    ``bracketed``: also minutes and seconds alone in brackets, "(60:39)", a runner's time after
    a name (not a clock's "10:30", which is never written so)."""
    x = 0
    while x < len(toks):
        fields = [toks[x].text]
        y = x + 1
        while y + 1 < len(toks) and toks[y].text == ":" and _glued(toks, y) and _glued(toks, y + 1):
            fields.append(toks[y + 1].text)
            y += 2
        if len(fields) < 2 or not all(f.replace(".", "", 1).isdigit() for f in fields):
            x = y
            continue
        if not all(f.isdigit() for f in fields[:-1]) or any(
            len(f.split(".")[0]) != 2 or float(f) >= 60 for f in fields[1:]
        ):
            x = y
            continue
        last = fields[-1]
        if len(fields) == 2 and "." not in last and not (bracketed and _in_brackets(toks, x, y)):
            x = y  # "10:30": a clock, or minutes and seconds of a clock's kind
            continue
        seconds = 0.0
        for f in fields:
            seconds = seconds * 60 + float(f)
        decimals = len(last.split(".")[1]) if "." in last else 0
        yield Time(
            toks[x].start, toks[y - 1].end, seconds, 10.0**-decimals, text[toks[x].start : toks[y - 1].end]
        )
        x = y


def _in_brackets(toks: list[Token], x: int, y: int) -> bool:
    """Tokens ``x`` to ``y`` (exclusive) are all a bracket holds: "(60:39)"."""
    return x >= 1 and y < len(toks) and toks[x - 1].text == "(" and toks[y].text == ")"


def worded_times(text: str, toks: list[Token]) -> Iterator[tuple[Time, bool]]:
    """Times in words, and whether each is a gap: "59 minutes 48 seconds", "2 hours 7 minutes and
    41 seconds", "4.2 seconds"; a gap is told as one: "58 seconds ahead of", "by 4.2 seconds"."""
    for x, t in enumerate(toks):
        if t.low not in _SECONDS or x == 0:
            continue
        parsed = _number_before(toks, x)
        if parsed is None:
            continue
        value, lo, precision = parsed
        k = lo - (lo >= 2 and toks[lo - 1].low == "and")
        if k >= 2 and toks[k - 1].low in MINUTES:
            minutes = _number_before(toks, k - 1)
            if minutes is not None:
                value, lo = value + 60 * minutes[0], minutes[1]
                if lo >= 2 and toks[lo - 1].low in _HOURS:
                    hours = _number_before(toks, lo - 1)
                    if hours is not None:
                        value, lo = value + 3600 * hours[0], hours[1]
        after = toks[x + 1].low if x + 1 < len(toks) else ""
        before = toks[lo - 1].low if lo else ""
        gap = after in GAP_AFTER or before in _GAP_BEFORE
        yield Time(toks[lo].start, t.end, value, precision, text[toks[lo].start : t.end]), gap


def gaps(text: str, toks: list[Token]) -> Iterator[Time]:
    """ "58 seconds ahead of", "by 4.2 seconds", "1 minute 12 seconds clear of"."""
    return (time for time, gap in worded_times(text, toks) if gap)


def _number_before(toks: list[Token], unit: int) -> tuple[float, int, float] | None:
    """The number whose tokens end right before token ``unit``: its value, first token, precision."""
    for k in range(unit - 1, max(-1, unit - 4), -1):
        parsed = _parse_number(toks, k)
        if parsed is not None and parsed[1] == unit:
            value, _, precision, _ = parsed
            return value, k, min(precision, 1.0)
    return None

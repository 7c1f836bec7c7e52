"""FL403: a gap told beside the two race times it lies between ("won in 2:07:41, 58 seconds ahead
of Kiprop (2:08:49)": 68 seconds). The gap is the difference of the two times, within the
rounding of the figures as written.

Read only where a sentence gives exactly two times with seconds ("2:07:41", "1:58.32"; not a
clock's "10:30") and one gap in seconds told as such: "58 seconds ahead of", "0.85 seconds
behind", "1 minute 12 seconds clear of", "beat her by 4.2 seconds"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.number_parse import _parse_number
from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _plain

# what a gap between two racers is told with, after it or before it
_GAP_AFTER = frozenset("ahead behind clear faster slower adrift quicker back off".split())
_GAP_BEFORE = frozenset({"by"})
# words between clauses that may tell two races
_BREAKS = frozenset({";", "while", "whereas", "but", "although", "though", "meanwhile", "after", "before"})
_SECONDS = frozenset({"second", "seconds", "sec", "secs"})
_MINUTES = frozenset({"minute", "minutes", "min", "mins"})


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    seconds: float
    precision: float  # of its last field: 1 second, a hundredth
    text: str


@dataclass(frozen=True)
class RaceGap:
    start: int
    end: int
    gap: _Time
    first: _Time
    second: _Time
    expected: str


def race_gaps(text: str) -> Iterator[RaceGap]:
    """Gaps in ``text`` (one sentence) that are not the difference of its two race times."""
    if ":" not in text or "sec" not in text.lower():
        return
    toks = list(figure_tokens(text))
    times = list(_times(text, toks))
    if len(times) != 2:
        return
    gaps = list(_gaps(text, toks))
    if len(gaps) != 1:
        return
    (gap,) = gaps
    first, second = times
    lo, hi = min(gap.start, first.start), max(gap.end, second.end)
    if any(t.low in _BREAKS for t in toks if lo <= t.start < hi):
        return  # "ran 2:09:12 last year; on Sunday she won in 2:07:41, 48 seconds ahead of the field"
    diff = abs(second.seconds - first.seconds)
    if abs(diff - gap.seconds) <= max(gap.precision, first.precision, second.precision) + 1e-9:
        return
    yield RaceGap(lo, hi, gap, first, second, f"{_plain(round(diff, 2))} seconds")


def _glued(toks: list[Token], x: int) -> bool:
    return toks[x].start == toks[x - 1].end


def _times(text: str, toks: list[Token]) -> Iterator[_Time]:
    """ "2:07:41" (hours, minutes, seconds) and "1:58.32" (minutes, seconds and hundredths)."""
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
        if not all(f.isdigit() for f in fields[:-1]) or any(len(f.split(".")[0]) != 2 for f in fields[1:]):
            x = y
            continue
        last = fields[-1]
        if len(fields) == 2 and "." not in last:
            x = y  # "10:30": a clock, or minutes and seconds of a clock's kind
            continue
        seconds = 0.0
        for f in fields:
            seconds = seconds * 60 + float(f)
        decimals = len(last.split(".")[1]) if "." in last else 0
        yield _Time(
            toks[x].start, toks[y - 1].end, seconds, 10.0**-decimals, text[toks[x].start : toks[y - 1].end]
        )
        x = y


def _gaps(text: str, toks: list[Token]) -> Iterator[_Time]:
    """ "58 seconds ahead of", "by 4.2 seconds", "1 minute 12 seconds clear of"."""
    for x, t in enumerate(toks):
        if t.low not in _SECONDS or x == 0:
            continue
        parsed = _number_before(toks, x)
        if parsed is None:
            continue
        value, k, precision = parsed
        lo = k
        if k >= 2 and toks[k - 1].low == "and":
            k -= 1
        if k >= 2 and toks[k - 1].low in _MINUTES:
            minutes = _number_before(toks, k - 1)
            if minutes is not None:
                value += 60 * minutes[0]
                lo = minutes[1]
        after = toks[x + 1].low if x + 1 < len(toks) else ""
        before = toks[lo - 1].low if lo else ""
        if after in _GAP_AFTER or before in _GAP_BEFORE:
            yield _Time(toks[lo].start, t.end, value, precision, text[toks[lo].start : t.end])


def _number_before(toks: list[Token], unit: int) -> tuple[float, int, float] | None:
    """The number whose tokens end right before token ``unit``: its value, first token, precision."""
    for k in range(unit - 1, max(-1, unit - 4), -1):
        parsed = _parse_number(toks, k)
        if parsed is not None and parsed[1] == unit:
            value, _, precision, _ = parsed
            return value, k, min(precision, 1.0)
    return None

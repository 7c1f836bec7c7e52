"""A length of time restated at once in another unit, after a dash or in brackets, and whether
the restatement holds: "sentenced to 318 months -- more than 26 years --", "it burned for 150
minutes (two and a half hours)", "72 hours — three days —".

A pair is a tight shape: a figure of time (seconds to years, "two hours and 10 minutes", "2-1/2
years", "seven and a half years"), then an opening dash, a bracket or ", or", maybe a hedge, and a
figure in another unit of time that ends where the dash or bracket closes (or the sentence or
clause ends). A second figure followed by more words ("-- six hours longer than planned", "(three
days for the others)") is a comparison or another thing, not a restatement, and is not read.

The restated figure holds by its hedge: bare, it is the first figure rounded to the step it is
written to (a half where it has a half, else a whole unit) or the first is it rounded to its own;
"more than", "over" need the first figure to be larger, "less than", "under", "nearly",
"almost" smaller; "about", "some", "roughly" within a quarter. Months and years convert exactly
(12 to a year), days to months and years by the calendar's average; a hedged first figure is not
read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numtext import lexicon

# seconds in each unit (a month is a twelfth of an average year)
_UNIT = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629800.0,
    "year": 31557600.0,
}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    seconds: float
    unit: str  # the unit it is written to (the smallest of a compound one)
    step: float  # seconds of the smallest part it is written to ("two and a half years": 6 months)


@dataclass(frozen=True)
class Restated:
    first: Figure
    second: Figure
    hedge: str  # "", "more", "less" or "about"

    def holds(self) -> bool:
        """Whether the second figure restates the first by its hedge."""
        x, y = self.first.seconds, self.second.seconds
        if self.hedge == "more":
            return x > y - self.second.step / 2
        if self.hedge == "less":
            return x < y + self.second.step / 2
        if self.hedge == "about":
            return abs(x - y) <= max(0.25 * y, self.second.step)
        tolerance = max(self.first.step, self.second.step) / 2 + 1e-6
        return abs(x - y) <= tolerance

    def converted(self) -> str:
        """The first figure in the second's unit, as a message shows it ("26.5 years")."""
        unit = self.second.unit
        value = self.first.seconds / _UNIT[unit]
        return f"{round(value, 1):g} {unit}s"


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    lex = lexicon()
    return {**lex["units"], **lex["tens"]}


_UNITS = "second|minute|hour|day|week|month|year"


@lru_cache(maxsize=1)
def _figure() -> re.Pattern:
    """A length of time: "318 months", "2-1/2-year", "two and a half hours", "1.5 hours", "two
    hours and 10 minutes", "five years, 10 months" (built on first use)."""
    words = "|".join(sorted(_number_words(), key=len, reverse=True))
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:[- ]1/2|½)?|(?:{words})(?:[- ]and[- ]a[- ]half)?|an?)"
    one = rf"(?P<n>{num})[- ](?P<unit>{_UNITS})s?\b"
    part = rf"(?:,?\s+(?:and\s+)?(?P<n2>{num})[- ](?P<unit2>{_UNITS})s?\b)?"
    return re.compile(rf"(?<![\w.,/-]){one}{part}", re.IGNORECASE)


def _number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    half = 0.0
    for tail in ("-1/2", " 1/2", "½", "-and-a-half", " and a half"):
        if w.endswith(tail):
            w, half = w[: -len(tail)], 0.5
    if w in {"a", "an"}:
        return 1.0
    if w[:1].isdigit():
        try:
            return float(w) + half
        except ValueError:
            return None
    words = _number_words()
    return float(words[w]) + half if w in words else None


def _read(m: re.Match) -> Figure | None:
    n = _number(m.group("n"))
    if n is None:
        return None
    unit = m.group("unit").lower()
    seconds = n * _UNIT[unit]
    step = _UNIT[unit] / 2 if n % 1 else _UNIT[unit]
    if m.group("n2"):
        unit2 = m.group("unit2").lower()
        n2 = _number(m.group("n2"))
        if n2 is None or _UNIT[unit2] >= _UNIT[unit]:
            return None
        seconds += n2 * _UNIT[unit2]
        unit, step = unit2, _UNIT[unit2]
    if "." in m.group("n"):
        decimals = len(m.group("n").split(".")[1].split("-")[0].split(" ")[0])
        step = min(step, _UNIT[m.group("unit").lower()] / 10**decimals)
    return Figure(m.start(), m.end(), m.group(0), seconds, unit, step)


# between the two figures: an opening dash or bracket (or ", or"), maybe a hedge
_BETWEEN = re.compile(
    r"^\s*(?:\(\s*|--\s*|[—–]\s*|,\s+or\s+)(?:or\s+)?"
    r"(?P<hedge>(?:just\s+|well\s+)?(?:more\s+than|over|upwards\s+of|less\s+than|under|nearly|almost|"
    r"close\s+to|about|around|roughly|some|approximately)\s+)?$",
    re.IGNORECASE,
)
# after the second: the dash or bracket closes, or the clause ends
_CLOSED = re.compile(r"^\s*(?:\)|--|[—–]|\s-\s|[,.;:!?]|$)")
_HEDGED_BEFORE = re.compile(
    r"\b(?:more\s+than|over|less\s+than|under|nearly|almost|about|around|roughly|some|up\s+to|"
    r"at\s+least|at\s+most|approximately|within|between)\s+$",
    re.IGNORECASE,
)
_HEDGES = {
    "more": ("more", "over", "upwards"),
    "less": ("less", "under", "nearly", "almost", "close"),
}


def _hedge(word: str | None) -> str:
    if not word:
        return ""
    first = word.lower().split()
    first = [w for w in first if w not in {"just", "well"}][0]
    for kind, starts in _HEDGES.items():
        if first in starts:
            return kind
    return "about"


def restatements(text: str) -> tuple[Restated, ...]:
    """The pairs of a sentence where a figure of time is restated at once in another unit."""
    if not any(u in text.lower() for u in ("minute", "hour", "day", "week", "month", "year")):
        return ()
    found = [(m, f) for m in _figure().finditer(text) if (f := _read(m)) is not None]
    out = []
    for (ma, a), (mb, b) in zip(found, found[1:]):
        if a.unit == b.unit and ma.group("unit").lower() == mb.group("unit").lower():
            continue
        between = _BETWEEN.match(text[a.end : b.start])
        if between is None or not _CLOSED.match(text[b.end :]):
            continue
        if _HEDGED_BEFORE.search(text[: a.start]):
            continue
        out.append(Restated(a, b, _hedge(between.group("hedge"))))
    return tuple(out)

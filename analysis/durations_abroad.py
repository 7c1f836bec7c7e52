"""How long one thing lasted, told in another language: "il furto è durato quattro minuti",
"sechs Tage lang blockierte der Frachter den Kanal", "a bloqué le canal pendant six jours", "en
à peine sept minutes, ils ont volé", "la huelga duró tres días" (``durations`` asks it for each
sentence with a unit word of another language; English is read there).

A figure is read only in a frame that tells a whole length: a verb of lasting or "during" right
before it ("durato", "dauerte", "pendant", "durante", a bound or "just" between), "lang" right
after it (German and Dutch), or "in"/"en" before it where the clause tells of a theft. What
lasted is the first word of a class in its clause (a theft, a blockade, a siege, a search, a
strike: ``data/durations_abroad.yaml``); a clause with none, or one of a person's or a group's
time trapped or held, is not read. A theft is timed in seconds to hours only.

Number words are those of ``count_frames`` (joined ones read whole), and an article before a unit
is one ("eine Woche lang"). Bounds ("moins de", "mehr als", "knapp", "circa") widen the figure as
the English ones do; names (capitalised words before the figure, German clauses left out, where
every noun is capitalised) tell two things of one class apart.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from typing import NamedTuple

from .count_frames import foreign_value
from .text import word_tokens
from .words import MONTHS, WEEKDAYS

_DATA = Path(__file__).resolve().parent / "data" / "durations_abroad.yaml"
_GERMAN = frozenset(
    "lang dauerte dauert währte tage tagen tag stunden stunde minuten wochen woche sekunden".split()
)
_FRENCH_FRAMES = frozenset("pendant durant duré dura durait en que".split())


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "units": {w.lower(): u for u, ws in raw["units"].items() for w in ws},
        "articles": frozenset(raw["articles"]),
        "lasted": frozenset(raw["lasted"]),
        "after": frozenset(raw["lasted_after"]),
        "within": frozenset(raw["within"]),
        "bounds": {
            tuple(p.lower().split()): kind for kind in ("more", "less", "about", "just") for p in raw[kind]
        },
        "classes": {w.lower(): c for c, ws in raw["classes"].items() for w in ws},
        "personal": frozenset(w.lower() for w in raw["personal"]),
    }


_COMPOUND_LEAD = re.compile(r"\b(\w+)\s*(?:,|y|e|und|et|en|and)\s*$", re.IGNORECASE)
_UNIT_ORDER = ("second", "minute", "hour", "day", "week")


def compound_part(before: str, head: str | None) -> bool:
    """Whether a figure of a unit of time (``head``, another language's: "minutos") follows a
    larger unit and a joint ("cinco horas y 26 minutos"): the last part of one length."""
    unit = _data()["units"].get((head or "").lower())
    m = _COMPOUND_LEAD.search(before) if unit else None
    if m is None:
        return False
    larger = _data()["units"].get(m.group(1).lower())
    return larger is not None and _UNIT_ORDER.index(larger) > _UNIT_ORDER.index(unit)


def bound_words() -> dict[tuple[str, ...], str]:
    """The bound phrases of the data ("mehr als", "unos", "casi"), lower-cased, each with its
    kind ("more", "less", "about", "just"): ``event_lengths`` bounds a length with them."""
    return _data()["bounds"]


@lru_cache(maxsize=1)
def _unit_words() -> re.Pattern:
    return re.compile(
        r"\b(?:" + "|".join(sorted(_data()["units"], key=lambda w: (-len(w), w))) + r")\b", re.I
    )


def may_hold(text: str) -> bool:
    """Whether a sentence holds a unit word of another language (one search, a cheap gate)."""
    return _unit_words().search(text) is not None


class Span(NamedTuple):
    """One length read (``durations`` makes it a ``Duration``, bounds read as English ones)."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # "second" ... "week"
    bound: str  # the English bound words its own stand for ("more than ", "nearly ", "about ", "")
    measures: str
    names: frozenset[str]


_ENGLISH_BOUND = {"more": "more than ", "less": "nearly ", "about": "about ", "just": ""}


def _bound_before(lows: list[str], k: int) -> tuple[str, int]:
    """The bound right before token ``k`` ("moins de", "knapp", "à peine") and where it starts."""
    bounds = _data()["bounds"]
    kind, start = "", k
    for _ in range(2):  # "solo circa", "à peine plus de"
        for n in (3, 2, 1):
            if start - n >= 0 and tuple(lows[start - n : start]) in bounds:
                kind = kind or bounds[tuple(lows[start - n : start])]
                start -= n
                break
        else:
            break
    return kind, start


def spans_abroad(text: str) -> list[Span]:
    data = _data()
    toks = word_tokens(text)
    lows = [t.low for t in toks]
    found = []
    for i, t in enumerate(toks):
        unit = data["units"].get(t.low)
        if unit is None or i == 0:
            continue
        j = i - 1
        if lows[j].isdigit():
            value, first = float(lows[j]), j
        elif lows[j] in data["articles"]:
            value, first = 1.0, j
        else:
            first = next(
                (
                    k
                    for k in (j, j - 2)
                    if k >= 0 and foreign_value(toks, k) and foreign_value(toks, k)[1] == i
                ),
                None,
            )
            if first is None:
                continue
            value = foreign_value(toks, first)[0]
        if not value:
            continue
        kind, lead = _bound_before(lows, first)
        frame = lows[lead - 1] if lead > 0 else ""
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if t.low in ("minute", "minutes") and frame not in _FRENCH_FRAMES:
            continue  # the English word: durations.py reads it
        lo, hi = _clause(lows, i)
        words = lows[lo:hi]
        if data["personal"].intersection(words):
            continue
        cls = next((data["classes"][w] for w in words if w in data["classes"]), None)
        if cls is None:
            continue
        if frame in data["lasted"] or after in data["after"]:
            pass
        elif frame in data["within"] and cls == "heist":
            pass
        else:
            continue
        if cls == "heist" and unit not in ("second", "minute", "hour"):
            continue
        shown = lead if kind in ("more", "less", "about") else first  # "moins de huit minutes"
        german = not _GERMAN.isdisjoint(words)
        names = (
            frozenset()
            if german
            else frozenset(
                x.low
                for x in toks[lo + 1 : lead]
                if x.cap
                and x.is_word
                and x.low not in MONTHS
                and x.low not in WEEKDAYS
                and x.low not in data["classes"]
            )
        )
        start = toks[shown].start
        found.append(
            Span(start, t.end, text[start : t.end], value, unit, _ENGLISH_BOUND.get(kind, ""), cls, names)
        )
    return found


_CUTS = frozenset({";", "–", "—", ":"})


def _clause(lows: list[str], i: int) -> tuple[int, int]:
    """The token span of the clause around token ``i``: cut at ";", ":" and dashes."""
    lo = next((k + 1 for k in range(i - 1, -1, -1) if lows[k] in _CUTS), 0)
    hi = next((k for k in range(i + 1, len(lows)) if lows[k] in _CUTS), len(lows))
    return lo, hi

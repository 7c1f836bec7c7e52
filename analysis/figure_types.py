"""The records a reading of figures produces (``Quantity``, ``Birth``, ``Enumeration``,
``PartsTotal``, ``Share``) and ``_Sentence``, what every figure of one sentence shares (its
clause bounds, years and dates by position).

Apart from ``numbers.py`` so that every reader of a figure (and FL401's comparisons) can import
them from below without an import cycle.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Literal

from .dates import DateMention
from .numtext import Clauses
from .text import Token

Kind = Literal["count", "money", "percent", "measure", "ratio", "age", "rank"]


@dataclass(frozen=True)
class Quantity:
    sentence: int
    start: int  # offsets into the sentence text
    end: int
    text: str
    value: float
    kind: Kind
    unit: str = ""  # ISO currency, "%", a measure's dimension ("length"), "times"
    base_value: float = 0.0  # value in the dimension's base unit (measures); else value
    precision: float = 1.0  # the step the figure is written to ("3.4 billion" -> 1e8)
    approx: bool = False
    bound: Literal["", "lower", "upper"] = ""
    head: str | None = None  # lemma of the counted noun ("robbery")
    attribute: str | None = None  # lemma of the measured attribute ("temperature")
    event: str | None = None  # event class ("death") of the verb it counts
    names: frozenset[str] = frozenset()  # proper names in its clause
    context: frozenset[str] = frozenset()  # content lemmas of its clause
    modifiers: frozenset[str] = frozenset()  # words between number and head ("commercial")
    modal: bool = False
    person: str | None = None  # for ages: the person's key (surname, lower-case)
    person_names: frozenset[str] = frozenset()  # for ages: every word of the person's name
    word_form: bool = False  # written as words ("twelve", "a dozen")
    changes: bool = False  # its clause says it changes or compares ("rose", "than", "another")
    scope: frozenset[str] = frozenset()  # scoping words in its clause ("each", "last", "total")
    years: frozenset[int] = frozenset()  # years dated in its clause: the time it is about
    when: frozenset[tuple] = frozenset()  # (year, month, day) of dates in its clause
    compound: bool = False  # part of a compound modifier ("a 21-man roster", "six-leaved")
    sentence_years: frozenset[int] = frozenset()  # years dated anywhere in its sentence
    age_form: str = ""  # for ages: "apposition", "year-old", "aged", "at-age", "man-of", "years-old"
    movement: str = ""  # a percentage that is the size of a move: "up" or "down" ("fell 7%")
    moment: frozenset[str] = frozenset()  # for moves: when it was measured ("close", "year")
    upper: float = 0.0  # a count given as a range ("50-60 passengers"): its top; 0 for one figure
    measured: frozenset[str] = frozenset()  # for lengths: the nouns of what is measured ("tower")


@dataclass(frozen=True)
class Birth:
    sentence: int
    start: int
    end: int
    text: str
    person: str | None
    year: int
    month: int | None
    day: int | None


@dataclass(frozen=True)
class Enumeration:
    sentence: int
    start: int
    end: int
    text: str  # the stated count and noun ("three countries")
    stated: int
    items: tuple[str, ...]


@dataclass(frozen=True)
class PartsTotal:
    sentence: int
    total: Quantity
    parts: tuple[Quantity, ...]
    exhaustive: bool  # ":" says the parts are all of it; "including" says they are some of it


@dataclass(frozen=True)
class Share:
    """ "A of (the) B" with a percentage said to be the same share."""

    sentence: int
    part: Quantity
    whole: Quantity
    percent: Quantity | None  # None: a part larger than its whole, with no percentage given


class _Sentence:
    """What every figure of a sentence shares, computed once per sentence so that the work per
    figure stays bounded however long the sentence is: clause bounds, the years of the sentence,
    its dates by position."""

    def __init__(self, toks: list[Token], dates: list[DateMention]):
        self.toks = toks
        self.dates = sorted(dates, key=_DATE_START) if dates else []
        self.date_starts = [d.start for d in self.dates]
        # tokens inside an absolute date ("18 May 1989"): not quantities
        self.in_date = [False] * len(toks)
        spans = [(d.start, d.end) for d in dates if d.relative is None]
        if spans:  # most sentences date nothing: no need to look at their tokens
            # the tokens that start inside a date's span (token starts never decrease)
            starts = [t.start for t in toks]
            for a, b in spans:
                for x in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
                    self.in_date[x] = True

    # Clause bounds and years only for a sentence that has a figure (most have none).
    @cached_property
    def clauses(self) -> Clauses:
        return Clauses(self.toks)

    @cached_property
    def years(self) -> frozenset[int]:
        return frozenset(years_in_clause(self.toks, 0, len(self.toks)))

    def when(self, toks: list[Token], lo: int, hi: int) -> frozenset[tuple]:
        """(year, month, day, weekday) of the dates that start within tokens [lo, hi)."""
        if hi <= lo:
            return frozenset()
        a = bisect.bisect_left(self.date_starts, toks[lo].start)
        b = bisect.bisect_left(self.date_starts, toks[hi - 1].end)
        # "Saturday's crush": a day naming the event is not the day a figure was given
        return frozenset(
            (d.year, d.month, d.day, d.weekday) for d in self.dates[a:b] if not d.text.endswith(("'s", "’s"))
        )


_DATE_START = attrgetter("start")


_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


def years_in_clause(toks, lo, hi) -> set[int]:
    return {int(t.text) for t in toks[lo:hi] if len(t.text) == 4 and _YEAR.match(t.text)}

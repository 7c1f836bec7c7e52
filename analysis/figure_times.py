"""The time a figure is told of, by the words of its own clause, for FL401.

Two counts of one noun may be counts of different moments of a story: the arrests made before a
match and those after it, a weekend's road deaths and the year's so far, the toll of an earlier
disaster recalled in a clause of its own ("the worst fire since March, when 11 died"), or a toll
counted on Monday and again on Tuesday. Such figures are not two values of one fact. This module
reads, from the sentence alone, what sets a figure's time apart:

- ``before``: the clause puts the count before an event ("arrested prior to the game", "ahead of
  the vote"), not a time of day ("before dawn");
- ``recalled``: the figure sits in a "when" clause hung on a past month, year or span ("since
  March, when ...", "in 2011, when ...", "two years ago, when ...");
- ``period``: the clause counts over a span of its own ("so far this year", "over the weekend",
  "each year", "since January"), rather than the story's event;
- a relative day ("yesterday", "today", "last night") for ordering two counts of one toll;
- the era of a figure's sentence (``figure_era``): ``past`` where it dates its event to a year
  ("the 2012 floods", "in 2019", "during the 2022 heatwave") or to a past span ("last year",
  "last month", "two years ago", "a year earlier"), ``present`` where it dates it to the story's
  own days ("on Saturday", "this week", "this summer", "today"); a figure of a past era against
  one of the present, whose sentence names no year, is a toll of another event;
- a day's increment ("in the past 24 hours") against a running count ("since March", "so far").

Pure functions of a sentence's text and the figure's offsets in it.
"""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.text import WORD
from factlint.analysis.words import MONTH_NAMES, WEEKDAYS

_MONTHS = frozenset(MONTH_NAMES)
# a moment of the day is when an event happened, not a stage of the story
_DAY_TIMES = frozenset({"dawn", "noon", "midnight", "sunrise", "sunset", "dusk", "daybreak", "nightfall"})
_BEFORE = (
    ("before", "the"),
    ("prior", "to", "the"),
    ("ahead", "of", "the"),
    ("in", "the", "run", "up", "to"),
)
_FINITE = frozenset({"was", "were", "is", "are", "had", "has", "have", "began", "ended", "could", "would"})
# spans a clause counts over: (words, key)
_PERIODS = (
    (("so", "far", "this", "year"), "year"),
    (("this", "year"), "year"),
    (("since", "the", "start", "of", "the", "year"), "year"),
    (("each", "year"), "yearly"),
    (("every", "year"), "yearly"),
    (("per", "year"), "yearly"),
    (("annually",), "yearly"),
    (("over", "the", "weekend"), "weekend"),
    (("this", "weekend"), "weekend"),
    (("last", "weekend"), "weekend"),
    (("so", "far", "this", "month"), "month"),
    (("this", "month"), "month"),
)
_LONG_SPANS = frozenset({"period:year", "period:yearly", "period:month"})
# a past span a "when" clause may hang on: "since March, when", "two years ago, when"
_PAST = frozenset({"ago", "since", "last", "earlier"})
_RELATIVE_DAYS = (
    (("yesterday",), -1),
    (("last", "night"), -1),
    (("today",), 0),
    (("tonight",), 0),
    (("this", "morning"), 0),
    (("this", "afternoon"), 0),
    (("this", "evening"), 0),
)


# the story's own days: a figure dated so is the story's present
_PRESENT_SPANS = frozenset("week month year summer winter spring autumn season weekend".split())
_PRESENT_DAYS = frozenset({"today", "tonight", "yesterday", *WEEKDAYS})
# a past span: "last year", "last month"; "N years ago", "a year earlier" ("last week" may be
# the story's own event, told a week on)
_PAST_SPANS = frozenset("year years month months decade decades".split())
# words before a year that do not date the figure's event: a yardstick or a deadline
_NOT_ITS_YEAR = frozenset("since than until till by before compared".split())
# a day's increment and a running count
_WINDOW = (("past", "24", "hours"), ("last", "24", "hours"), ("previous", "24", "hours"))
_RUNNING = (("since",), ("so", "far"), ("in", "total"), ("to", "date"), ("in", "all"), ("overall",))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause holding [start, end): cut at semicolons and dashes, and
    at a ", when" that follows or precedes it (a clause of another time)."""
    lo = max(text.rfind(";", 0, start), text.rfind(" – ", 0, start), text.rfind(" — ", 0, start))
    hi = min(
        (k for k in (text.find(";", end), text.find(" – ", end), text.find(" — ", end)) if k >= 0), default=-1
    )
    lo, hi = lo + 1, len(text) if hi < 0 else hi
    after = text.lower().find(", when ", end, hi)
    if after >= 0:
        hi = after
    return lo, hi


def _has(words: list[str], phrase: tuple[str, ...]) -> int:
    """The index after the first occurrence of ``phrase`` in ``words``, or -1."""
    n = len(phrase)
    for k in range(len(words) - n + 1):
        if tuple(words[k : k + n]) == phrase:
            return k + n
    return -1


@lru_cache(maxsize=8192)
def figure_time(text: str, start: int, end: int) -> frozenset[str]:
    """What sets the figure at [start, end) of ``text`` at a time of its own: "before:<noun>",
    "recalled", "period:<span>", "day:<offset>" (see the module's docstring)."""
    lo, hi = _clause(text, start, end)
    words = [w for w, s, e in _words(text) if s >= lo and e <= hi and not (s >= start and e <= end)]
    found: set[str] = set()
    for phrase in _BEFORE:
        k = _has(words, phrase)
        if k < 0 or k >= len(words) or words[k] in _DAY_TIMES or words[k].isdigit():
            continue
        # "before the search was called off": a clause that ends the count, not another stage
        if k + 1 < len(words) and (words[k + 1] in _FINITE or words[k + 1].endswith("ed")):
            continue
        found.add("before:" + words[k])
    for phrase, key in _PERIODS:
        if _has(words, phrase) >= 0:
            found.add("period:" + key)
            break
    for phrase, offset in _RELATIVE_DAYS:
        if _has(words, phrase) >= 0:
            found.add(f"day:{offset}")
    if _recalled(text, start):
        found.add("recalled")
    return frozenset(found)


def _recalled(text: str, start: int) -> bool:
    """Whether the figure follows ", when" hung on a past month, year or span in its sentence."""
    k = text.lower().rfind(", when ", 0, start)
    if k < 0 or ";" in text[k:start]:
        return False
    before = [w for w, _, _ in _words(text[:k])][-4:]
    past = any(w in _PAST for w in before)
    dated = any(w in _MONTHS or (w.isdigit() and len(w) == 4) for w in before)
    return bool(before) and (dated and (past or "in" in before) or "ago" in before)


def told_apart(first: str, a: tuple[int, int], second: str, b: tuple[int, int]) -> bool:
    """Whether two figures (each a sentence's text and the figure's offsets in it) are told of
    different times by their own clauses: one counted before an event the other is not, one
    recalled from a past time the other is not, one of a past era and one of the story's days,
    a day's increment against a running count, or over different spans."""
    ta, tb = figure_time(first, *a), figure_time(second, *b)
    before_a = {t for t in ta if t.startswith("before:")}
    before_b = {t for t in tb if t.startswith("before:")}
    if before_a != before_b:
        return True
    if ("recalled" in ta) != ("recalled" in tb):
        return True
    if eras_apart(first, a, second, b) or window_against_running(first, a, second, b):
        return True
    period_a = {t for t in ta if t.startswith("period:")}
    period_b = {t for t in tb if t.startswith("period:")}
    # a weekend's count may be the story's own ("storms over the weekend" / "on Sunday"); a
    # year's or a month's is not, and two spans of their own are two counts
    return period_a != period_b and bool(period_a and period_b or (period_a | period_b) & _LONG_SPANS)


def _weekdays(when: frozenset[tuple]) -> set[int]:
    return {d[3] for d in when if len(d) > 3 and isinstance(d[3], int)}


def later_of(first: str, a: tuple[int, int], when_a, second: str, b: tuple[int, int], when_b) -> int:
    """Which of two figures is told of the later day: 1 the second, -1 the first, 0 unknown.
    Read from relative days ("yesterday" / "today") or weekdays a few days apart ("On Monday" /
    "by Tuesday": the nearer way round the week)."""
    da = {int(t[4:]) for t in figure_time(first, *a) if t.startswith("day:")}
    db = {int(t[4:]) for t in figure_time(second, *b) if t.startswith("day:")}
    if len(da) == 1 and len(db) == 1 and da != db:
        return 1 if max(db) > max(da) else -1
    wa, wb = _weekdays(when_a), _weekdays(when_b)
    if len(wa) == 1 and len(wb) == 1 and wa != wb:
        step = (max(wb) - max(wa)) % 7
        return 1 if step <= 3 else -1
    return 0


def _year_word(w: str) -> bool:
    return len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2099


@lru_cache(maxsize=8192)
def figure_era(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The era a sentence dates the figure at [start, end) to: ``past`` marks (the years it names
    for the figure's event, "last-span" for "last year", "two years ago") and ``present`` marks
    ("day" for a weekday, "today" or "this week"). Years past a comparison word after the figure
    ("more than the 2012 floods", "the worst since 2009") or after "since"/"by" date another
    thing."""
    words = [w for w, s, e in _words(text) if not (s >= start and e <= end)]
    after = [s >= end for w, s, e in _words(text) if not (s >= start and e <= end)]
    past: set[str] = set()
    present: set[str] = set()
    cut = len(words)
    for k, w in enumerate(words):
        if after[k] and w in {"than", "since", "compared", "which", "worst", "deadliest"}:
            cut = k
            break
    for k, w in enumerate(words[:cut]):
        prev = words[k - 1] if k else ""
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if _year_word(w) and prev not in _NOT_ITS_YEAR:
            past.add(w)
        elif w == "last" and nxt in _PAST_SPANS:
            past.add("last-span")
        elif w in {"ago", "earlier"} and prev in _PAST_SPANS and k >= 2 and words[k - 2] not in {"this"}:
            past.add("last-span")
        elif w == "earlier" and nxt == "this" and k + 2 < len(words) and words[k + 2] in _PRESENT_SPANS:
            past.add("last-span")
        elif w in _PRESENT_DAYS or w == "this" and nxt in _PRESENT_SPANS and prev != "earlier":
            present.add("day")
    return frozenset(past), frozenset(present)


def eras_apart(first: str, a: tuple[int, int], second: str, b: tuple[int, int]) -> bool:
    """Whether one figure is dated to a past year or span and the other to the story's own days
    with no year named: two events ("A fire at the market in 2014 killed 33" / "Twelve died when
    fire swept through the market on Sunday"). The same year in both, or a year beside the
    story's own day ("the 2023 floods ... on Monday"), keeps them one; so does a figure dated
    neither way (a retrospective may tell an old toll twice)."""
    pa, na = figure_era(first, *a)
    pb, nb = figure_era(second, *b)
    for past, now, other_past, other_now in ((pa, na, pb, nb), (pb, nb, pa, na)):
        if past and not now and other_now and not other_past:
            return True
    return False


def window_against_running(first: str, a: tuple[int, int], second: str, b: tuple[int, int]) -> bool:
    """A day's count ("57 deaths in the past 24 hours") against a running one ("800 since March",
    "so far"): an increment is not the total."""
    day_a, running_a = _window_or_running(first, *a)
    day_b, running_b = _window_or_running(second, *b)
    return day_a and not day_b and running_b or day_b and not day_a and running_a


@lru_cache(maxsize=8192)  # read once per figure, not once per pair
def _window_or_running(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the words around the figure at [start, end) name a day's window, a running count."""
    words = [w for w, s, e in _words(text) if not (s >= start and e <= end)]
    return any(_has(words, p) >= 0 for p in _WINDOW), any(_has(words, p) >= 0 for p in _RUNNING)

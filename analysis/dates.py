"""Dates in an article: absolute ("18 May 1989", "May 1989", "in 1989"), relative ("last week",
"next Monday", "yesterday"), stated weekdays, each with the event it attaches to.

Relative dates are resolved against the article's date (front matter ``date``); an undated article
is resolved against ``today`` and every mention records that, so a rule can say so.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any, Literal

from . import dates_abroad as abroad
from .numtext import Clauses, content_lemmas, hedge_words, lemma, lexicon, names, word_at
from .text import Token, has_digit, token_low
from .text import figure_tokens as tokens
from .words import MONTHS, WEEKDAYS

Granularity = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateMention:
    sentence: int  # index of the sentence in the document
    start: int  # offsets into the sentence text
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # stated weekday, Monday = 0
    relative: str | None = None  # "yesterday", "last week", "next monday"... (lower-case)
    resolved: tuple[date, date] | None = None  # the interval a relative date denotes
    preposition: str = ""  # "in", "on", "by", "since"... the word before the date
    event: str | None = None  # event class or lemma of the verb/noun the date attaches to
    context: frozenset[str] = field(default_factory=frozenset)  # content lemmas of its clause
    modal: bool = False  # planned, expected, intended... (not a fact about the past)
    tense: Literal["past", "future", ""] = ""
    copular_year: bool = False  # "X is a 1995 video game": the year classifies the subject
    in_list: bool = False  # one of several dates listed together ("in 2003, 2005 and 2007")
    will_before: bool = False  # "will" shortly before it ("will visit last week")
    repeated: bool = False  # "first won … in 1997", "again in 2010": one of several occurrences
    names: frozenset[str] = frozenset()  # capitalised names in its clause
    subject: str | None = None  # the last name before its event verb (who or what it dates)
    subject_name: tuple[str, ...] = ()  # the whole name the subject ends ("clare", "winger")
    subject_strict: bool = False  # named explicitly ("the death of King Edwin")
    sentence_names: frozenset[str] = frozenset()  # every name in its sentence
    # another language's copy: the first content word of its clause, what it dates ("ponte" of
    # "Il ponte ... fu inaugurato il 12 marzo"); None in English
    topic: str | None = None

    @property
    def granularity(self) -> Granularity | None:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    def describe(self) -> str:
        return self.text


def article_date(meta: dict[str, Any]) -> date | None:
    """The front matter ``date`` as a ``date`` (YAML may give a date, a datetime or a string)."""
    value = meta.get("date") if meta else None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y"):
            try:
                return datetime.strptime(text[: len(text)], fmt).date()
            except ValueError:
                continue
        written = _written_date(text)
        if written is not None:
            return written
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


_WEEKDAY_FIRST = re.compile(r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+")


def _written_date(text: str) -> date | None:
    """A date in words as CMSs write it: "5 Mar 2024", "Mar. 5, 2024", "March 5 2024",
    "Tuesday, March 5, 2024" (a weekday that is not the date's makes it unreadable)."""
    m = _WEEKDAY_FIRST.match(text)
    plain = " ".join(text[m.end() if m else 0 :].replace(",", " ").replace(".", " ").split())
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y"):
        try:
            day = datetime.strptime(plain, fmt).date()
        except ValueError:
            continue
        if m and day.strftime("%A").lower() != m.group(1).lower():
            return None
        return day
    return None


# ---------------------------------------------------------------------------------------------
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_ORD_SUFFIX = {"st", "nd", "rd", "th"}
_PAST_MARKERS = frozenset(
    "was were had did took held happened met visited arrived died occurred began ended attended "
    "played won lost came went left announced opened closed signed".split()
)
_FUTURE_MARKERS = frozenset("will would shall 'll going plans plan due scheduled expected".split())
_IRREGULAR_PAST = frozenset(
    "laid born built made sold bought won lost began shot hit fought struck flew sank rose fell broke".split()
)
_REPEAT_CUES = frozenset(
    "again first second third latest previous annual every each anniversary "
    "return returned once twice".split()
)
_POINT_PREPS = frozenset({"in", "on", "of", "at", "during", ""})


def _is_year(tok: Token) -> bool:
    return bool(_YEAR.match(tok.text))


def _day_value(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(day, tokens used) for "18", "18th" or "18 th" at i."""
    if i >= len(toks):
        return None
    m = _DAY.match(toks[i].text)
    if not m:
        return None
    day = int(m.group(1))
    if not 1 <= day <= 31:
        return None
    used = 1
    if i + 1 < len(toks) and toks[i + 1].low in _ORD_SUFFIX and toks[i + 1].start == toks[i].end:
        used = 2
    return day, used


def _month_at(toks: list[Token], i: int) -> int | None:
    if i >= len(toks):
        return None
    t = toks[i]
    low = t.low.rstrip(".")
    if low not in MONTHS:
        return None
    # "may" and "march" are words too: a month needs its capital and a date-like neighbour.
    if not t.text[0].isupper():
        return None
    if low in {"may", "march"} or len(low) == 3:
        nxt, prev = word_at(toks, i + 1), word_at(toks, i - 1)
        if nxt == "." and len(low) == 3 and toks[i + 1].start == t.end:
            nxt = word_at(toks, i + 2)  # "Aug. 13, 2018": the wire's abbreviation and its stop
        if not (
            _DAY.match(nxt)
            or _YEAR.match(nxt)
            or _DAY.match(prev)
            or prev in {"in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this"}
        ):
            return None
        if (
            low == "may"
            and prev == "in"
            and not (_DAY.match(nxt) or _YEAR.match(nxt))
            and nxt
            and nxt[0].isalpha()
            and nxt not in {",", ".", "and", "when", "after", "before"}
        ):
            return None
    return MONTHS[low]


def _day_word(low: str) -> str:
    """A weekday's word without its possessive: "tuesday's" is "tuesday"."""
    return low[:-2] if low.endswith(("'s", "’s")) and low[:-2] in WEEKDAYS else low


def _weekday_at(toks: list[Token], i: int) -> tuple[int | None, int]:
    """(weekday, next token) for "Monday[,] [the]" at ``i``; (None, i) when no weekday starts
    there ("last Monday" is relative, not a date)."""
    n = len(toks)
    day = _day_word(toks[i].low)
    if not (
        day in WEEKDAYS and toks[i].text[0].isupper() and word_at(toks, i - 1) not in {"last", "next", "this"}
    ):
        return None, i
    if day != toks[i].low:
        return WEEKDAYS[day], i + 1  # "Tuesday's crash": the day names the thing after it
    j = i + 1
    if j < n and toks[j].text == ",":
        j += 1
    if j < n and toks[j].low == "the":
        j += 1
    return WEEKDAYS[toks[i].low], j


def _day_and_month_at(toks: list[Token], k: int) -> tuple[int | None, int | None, int]:
    """(day, month, next token) for "18 May", "18th of May", "May 18" or "May" at ``k``."""
    dv = _day_value(toks, k)
    if dv and _month_at(toks, k + dv[1]) is not None:  # 18 May [1989]
        day, used = dv
        k += used
        if word_at(toks, k) == "of":
            k += 1
        return day, _month_at(toks, k), k + 1
    if dv and word_at(toks, k + dv[1]) == "of" and _month_at(toks, k + dv[1] + 1) is not None:
        return dv[0], _month_at(toks, k + dv[1] + 1), k + dv[1] + 2
    month = _month_at(toks, k)
    if month is None:
        return None, None, k
    k += 1  # May 18[, 1989] / May 1989
    if word_at(toks, k) == ".":
        k += 1
    dv2 = _day_value(toks, k)
    if dv2 and not _is_year(toks[k]):
        return dv2[0], month, k + dv2[1]
    return None, month, k


def _year_after(toks: list[Token], k: int) -> tuple[int | None, int]:
    """(year, next token) for "[,] 1989" at ``k``; (None, k) when no year follows."""
    m2 = k + 1 if word_at(toks, k) == "," else k
    if m2 < len(toks) and _is_year(toks[m2]):
        return int(toks[m2].text), m2 + 1
    return None, k


def _may_date(tok: Token) -> bool:
    """A token an absolute date needs: a weekday, a month or a figure (a year)."""
    return tok.low in WEEKDAYS or tok.low.rstrip(".") in MONTHS or tok.text[:1].isdigit()


_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# A weekday's possessive ("tuesday's"), the tokens _day_word takes the "'s" off: looked up in one
# set, not asked of every token.
_POSSESSIVE_DAYS = frozenset(day + s for day in WEEKDAYS for s in ("'s", "’s"))
_DATE_STARTS = _DATE_WORDS | _POSSESSIVE_DAYS


def _scan_absolute(
    toks: list[Token],
) -> list[tuple[int, int, int | None, int | None, int | None, int | None]]:
    """(first token, end token, year, month, day, weekday) for each absolute date."""
    out: list[tuple[int, int, int | None, int | None, int | None, int | None]] = []
    # A date starts only at a weekday, a month or a figure (most sentences have none at all): the
    # scan jumps from one such token to the next, as stepping over the others finds nothing.
    # _may_date, inlined: this runs on every token of the article. A figure token holds no "."
    # but in a number or as the mark itself, so its lower case is its month word as it stands
    # (and a digit opens the lower case where it opens the text).
    starts = [k for k, low in enumerate(map(token_low, toks)) if low in _DATE_STARTS or low[:1].isdigit()]
    i = 0
    while i < len(toks):
        at = bisect.bisect_left(starts, i)
        if at == len(starts):
            break
        i = starts[at]
        weekday, j = _weekday_at(toks, i)
        day, month, k = _day_and_month_at(toks, j)
        numeric = (
            _numeric_date(toks, j) if month is None and j < len(toks) and toks[j].text[:1].isdigit() else None
        )
        if numeric is not None:  # "15/01/2019", "15.01.2019", "2019-01-15"
            k, year, month, day = numeric
            out.append((i, k, year, month, day, weekday))
            i = k
        elif month is not None:
            year, k = _year_after(toks, k)
            if day is not None and not _valid(year or 2000, month, day):
                i += 1
                continue
            out.append((i, k, year, month, day, weekday))
            i = k
        elif weekday is not None:
            out.append((i, i + 1, None, None, None, weekday))
            i += 1
        else:
            if _is_year(toks[i]) and _year_context(toks, i):
                out.append((i, i + 1, int(toks[i].text), None, None, None))
            i += 1
    return out


_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)")


def _glued(toks: list[Token], i: int, n: int) -> bool:
    """Tokens i..i+n-1 exist and touch one another (no space between)."""
    return i + n <= len(toks) and all(toks[k + 1].start == toks[k].end for k in range(i, i + n - 1))


def _numeric_date(toks: list[Token], i: int) -> tuple[int, int | None, int, int] | None:
    """(next token, year, month, day) for a date in figures at ``i``: "15.01.2019" (day first),
    "2019-01-15", "15/01/2019" or "01/15/2019" (the order the figures allow: a day over 12 tells
    which is which; "05/03/2019" could be either and is not read), and "on 15/01" without a year
    (two figures of two digits each after "on": "24/7" is no date)."""
    t = toks[i].text
    m = _DOTTED.fullmatch(t)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        return (i + 1, year, month, day) if _valid(year, month, day) else None
    if _is_year(toks[i]) and _glued(toks, i, 5) and toks[i + 1].text == "-" == toks[i + 3].text:
        mm, dd = toks[i + 2].text, toks[i + 4].text
        if len(mm) == 2 == len(dd) and mm.isdigit() and dd.isdigit():
            year, month, day = int(t), int(mm), int(dd)
            return (i + 5, year, month, day) if _valid(year, month, day) else None
        return None
    if not (t.isdigit() and len(t) <= 2 and _glued(toks, i, 3) and toks[i + 1].text == "/"):
        return None
    second = toks[i + 2].text
    if not (second.isdigit() and len(second) <= 2):
        return None
    year, end = None, i + 3
    if _glued(toks, i, 5) and toks[i + 3].text == "/" and _is_year(toks[i + 4]):
        year, end = int(toks[i + 4].text), i + 5
    elif (
        len(t) != 2
        or len(second) != 2
        or word_at(toks, i - 1) != "on"
        or _glued(toks, i + 2, 2)
        and toks[i + 3].text == "/"  # "15/01/19": a year of two figures, not read
    ):
        return None
    a, b = int(t), int(second)
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return None
    return (end, year, month, day) if _valid(year or 2000, month, day) else None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def _year_context(toks: list[Token], i: int) -> bool:
    """A four-digit number reads as a year unless it counts something ("2000 people")."""
    prev, nxt = word_at(toks, i - 1), word_at(toks, i + 1)
    if (
        prev in {"about", "around", "some", "nearly", "almost", "than", "over", "under", "$", "£", "€", "of"}
        and prev != "of"
    ):
        return False
    if prev == "of" and word_at(toks, i - 2) in {"out", "total"}:
        return False
    if nxt in {"-", "–", "/"} and i + 2 < len(toks) and toks[i + 2].text.isdigit():
        return prev in {"in", "from", "the", "between", "since"}  # "2010-11 season" or a range
    if nxt and nxt[0].isalpha():
        lex = lexicon()
        if nxt in lex["measures"] or nxt in lex["multipliers"] or nxt in lex["currencies"]["words"]:
            return False
        if (
            nxt.endswith("s")
            and lemma(nxt) != nxt
            and nxt not in {"series", "olympics", "games", "elections", "awards", "finals"}
        ):
            return False  # "2000 people"
    if (
        i + 1 < len(toks)
        and toks[i + 1].start == toks[i].end
        and toks[i + 1].text not in {",", ".", ")", ";", ":", "'", "’"}
    ):
        return False  # glued to a word: "2000km", "1995s"
    return True


_REL_UNITS = {"week": 7, "month": 31, "year": 366}
# The words ``_relative`` reads a date from.
_RELATIVE_STARTS = frozenset({"yesterday", "today", "tomorrow", "tonight", "last", "next", "this"})


def _relative(toks: list[Token], i: int, ref: date) -> tuple[int, str, tuple[date, date], int | None] | None:
    """(tokens used, phrase, interval, weekday) for a relative date starting at token i."""
    w = toks[i].low
    if w in {"yesterday", "today", "tomorrow", "tonight"}:
        off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
        d = ref + timedelta(days=off)
        return 1, w, (d, d), None
    if w in {"last", "next", "this"} and i + 1 < len(toks):
        unit = toks[i + 1].low
        if i + 2 < len(toks) and toks[i + 2].text in {"'", "’"}:
            return None  # "next week's vote": a modifier of a noun, not the date of this clause
        if unit in WEEKDAYS and toks[i + 1].text[0].isupper():
            wd = WEEKDAYS[unit]
            if w == "last":
                delta = (ref.weekday() - wd) % 7 or 7
                d = ref - timedelta(days=delta)
                lo = d - timedelta(days=7) if delta < 3 else d  # "last Monday" may mean a week earlier
                return 2, f"{w} {unit}", (lo, d), wd
            if w == "next":
                delta = (wd - ref.weekday()) % 7 or 7
                d = ref + timedelta(days=delta)
                return 2, f"{w} {unit}", (d, d + timedelta(days=7)), wd
            delta = (wd - ref.weekday()) % 7
            d = ref + timedelta(days=delta)
            return 2, f"{w} {unit}", (d - timedelta(days=7), d), wd
        if unit in ("week", "month", "year"):
            if unit == "week":
                monday = ref - timedelta(days=ref.weekday())
                start = monday + timedelta(days={"last": -7, "this": 0, "next": 7}[w])
                return 2, f"{w} {unit}", (start, start + timedelta(days=6)), None
            if unit == "month":
                y, m = ref.year, ref.month + {"last": -1, "this": 0, "next": 1}[w]
                y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
                end = date(y + (m // 12), m % 12 + 1, 1) - timedelta(days=1)
                return 2, f"{w} {unit}", (date(y, m, 1), end), None
            y = ref.year + {"last": -1, "this": 0, "next": 1}[w]
            return 2, f"{w} {unit}", (date(y, 1, 1), date(y, 12, 31)), None
    return None


# Incidents by their nouns, one name each ("the quake", "the tremor"); and the verbs that only
# say an incident happened ("the quake struck", "the fire started", "the attack took place"),
# whose subject names the event
INCIDENT_NOUNS = {
    **{w: "earthquake" for w in ("quake", "earthquake", "tremor", "temblor")},
    **{w: "fire" for w in ("fire", "blaze", "inferno", "wildfire")},
    **{
        w: w
        for w in "collapse bombing stampede crush landslide tsunami typhoon hurricane cyclone tornado storm".split()
    },
    **{w: w for w in "explosion blast attack crash shooting derailment sinking massacre".split()},
}
_HAPPENED = frozenset("struck hit happened occurred took started began broke erupted unfolded made".split())
# the word after a verb of _HAPPENED that it needs to say so: "took place", "broke out", "made
# landfall" ("took office", "broke a record", "made a loss" say nothing of an incident)
_HAPPENED_WITH = {"took": "place", "broke": "out", "made": "landfall"}


# where a verb's subject cannot reach back past: "After the quake, rebuilding started on"
_SUBJECT_STOPS = frozenset(
    {",", ";", "after", "before", "when", "while", "since", "following", "as", "because"}
)


def _incident_subject(toks: list[Token], lo: int, k: int) -> str | None:
    """The incident noun in the words of the clause before its verb at ``k`` ("took" only in
    "took place", "broke" only in "broke out", "made" only in "made landfall": ``_HAPPENED_WITH``)."""
    if toks[k].low in _HAPPENED_WITH and word_at(toks, k + 1) != _HAPPENED_WITH[toks[k].low]:
        return None
    if word_at(toks, k - 1) in {"which", "that"} and word_at(toks, k - 2) == ",":
        k -= 2  # "The blaze, which started on": the noun the clause is set off after
    for j in range(k - 1, max(lo, k - 8) - 1, -1):
        if toks[j].low in _SUBJECT_STOPS:
            return None
        noun = INCIDENT_NOUNS.get(toks[j].low)
        if noun:
            return noun
    return None


def _event_word(toks: list[Token], lo: int, k: int, w: str, lex) -> str | None:
    """The event the word ``w`` at ``k`` names: an event class, an event noun, or a past verb
    (an incident's subject for a verb that only says it happened)."""
    cls = lex["event_of"].get(lemma(w)) or lex["event_of"].get(w) or lex["date_event_of"].get(w)
    if cls:
        return cls
    if lemma(w) in lex["event_nouns"]:
        return lemma(w)
    if w in INCIDENT_NOUNS:
        return INCIDENT_NOUNS[w]  # "the bridge collapse on 13 August"
    if w in _AUXILIARIES:
        return None  # auxiliaries name no event
    if w.endswith("ed") and len(w) > 4 or w in _PAST_MARKERS or w in _IRREGULAR_PAST:
        # "the quake struck on" / "the quake hit on": the quake
        return (w in _HAPPENED and _incident_subject(toks, lo, k)) or lemma(w)
    return None


_AUXILIARIES = frozenset({"was", "were", "had", "did", "is", "are", "has", "have", "be", "been"})
# the articles of other languages' copy that are English words too ("Die", "Der")
_ARTICLES_ABROAD = frozenset({"die", "der", "das", "den", "dem"})


def _event_of(toks: list[Token], lo: int, start: int, end: int, hi: int) -> tuple[str | None, bool, int]:
    """The event a date attaches to: the nearest verb (or event noun) before it in its clause, or
    after it when nothing precedes. Returns (event, copular_year)."""
    lex = lexicon()
    # "X is a 1995 action video game": the year classifies the subject.
    if (
        end - start == 1
        and word_at(toks, start - 1) in {"a", "an"}
        and word_at(toks, start - 2) in {"is", "was"}
    ):
        k = end
        while (
            k < hi
            and toks[k].text[0].isalpha()
            and toks[k].low not in {"by", "from", "for", "with", "that", "which", "in", "of", "and"}
            and not toks[k].low.endswith("ed")
        ):
            k += 1
        if k > end:
            return "kind:" + lemma(toks[k - 1].low), True, start
    for k in range(start - 1, max(lo, start - 10) - 1, -1):
        w = toks[k].low
        if not w[0].isalpha():
            if w in {".", "!", "?"}:
                break
            continue  # commas, quotes, the "7" of a title
        if toks[k].text[0].isupper() and k > 0 and w not in lex["capitalised_events"]:
            continue  # a name between the verb and the date: "established in Kumrovec on ..."
        if k == 0 and w in _ARTICLES_ABROAD:
            continue  # "Die 1934 erbaute Brücke": German's article, not "die"
        event = _event_word(toks, lo, k, w, lex)
        if event:
            return event, False, k
    if word_at(toks, end) in lex["events_after_date"]:  # "wurde 1932 fertiggestellt"
        return lex["date_event_of"][word_at(toks, end)], False, start
    if start - lo > 2:
        return None, False, start
    # "In 1990, the company was founded": only a date opening its clause looks forward
    for k in range(end, min(hi, end + _FORWARD)):
        w = toks[k].low
        if not w[0].isalpha() or toks[k].text[0].isupper() or word_at(toks, k + 1) == "to":
            continue  # "On 3 May the Varno footbridge, close to Kell, collapsed": past names and asides
        cls = _event_word(toks, lo, k, w, lex)
        if cls:
            return cls, False, start
    return None, False, start


# how far a date opening its clause looks for its event: past a subject of several words ("On 3
# May the old Varno footbridge over the river collapsed")
_FORWARD = 16


# More dates than this in one sentence is a flattened table or list (a schedule, a timeline): the
# rest are left out, which keeps the work per sentence bounded.
MAX_DATES_PER_SENTENCE = 100


class _Shared:
    """What every date of a sentence shares, computed once: clause bounds and the sentence's names."""

    def __init__(self, toks: list[Token], proper):
        self.toks = toks
        self.proper = proper

    # Made on the first date found: most sentences have none.
    @cached_property
    def clauses(self) -> Clauses:
        return Clauses(self.toks)

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(names(self.toks, self.proper))


def extract_dates(
    sentence_index: int,
    text: str,
    ref: date,
    proper: frozenset[str] | set[str] = frozenset(),
    language: str | None = None,
) -> list[DateMention]:
    """The dates of one sentence (``language``: the article's, which a sentence of few function
    words of its own is taken to be in)."""
    toks = tokens(text)
    lex = lexicon()
    found: list[DateMention] = []
    taken: set[int] = set()
    shared = _Shared(toks, proper)
    # An ASCII sentence without a digit or a weekday or month word has no absolute date (most)
    datable = (
        not text.isascii()
        or has_digit(text)  # (an ASCII text: its digits are ASCII ones)
        or not _DATE_WORDS.isdisjoint(map(token_low, toks))
        or "'s" in text
        and not _POSSESSIVE_DAYS.isdisjoint(map(token_low, toks))  # "Tuesday's crash"
    )
    absolute = _scan_absolute(toks) if datable else []
    # "il 12 marzo 1998", "am 12. März": another language's dates, in a sentence of its words
    lang = _language_abroad(text, toks, language)
    if lang:
        absolute = _with_abroad(absolute, abroad.scan(toks, lang))
    for a, b, year, month, day, weekday in absolute[:MAX_DATES_PER_SENTENCE]:
        taken.update(range(a, b))
        mention = _mention(
            sentence_index, text, toks, a, b, year, month, day, weekday, None, None, lex, proper, shared
        )
        found.append(_read_abroad(mention, toks, a, b, lang, shared) if lang else mention)
    # a relative date starts at one of a few words; a sentence with none of them has none
    i = len(toks) if _RELATIVE_STARTS.isdisjoint(map(token_low, toks)) else 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        rel = _relative(toks, i, ref) if len(found) < MAX_DATES_PER_SENTENCE else None
        if rel:
            used, phrase, interval, wd = rel
            found.append(
                _mention(
                    sentence_index,
                    text,
                    toks,
                    i,
                    i + used,
                    None,
                    None,
                    None,
                    wd,
                    phrase,
                    interval,
                    lex,
                    proper,
                    shared,
                )
            )
            i += used
            continue
        i += 1
    found.sort(key=lambda d: d.start)
    # dates listed together ("in 2003, 2005 and 2007", "on 4 and 6 May") say when a repeated
    # thing happened, not when one event did
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if text[a.end : b.start].strip().lower() in {",", "and", ", and", "or", "/", "-", "–"}:
            found[k] = replace(a, in_list=True)
            found[k + 1] = replace(b, in_list=True)
    return found


def _language_abroad(text: str, toks: list[Token], article: str | None) -> str | None:
    """The language of a sentence that may hold another language's date (a digit or one of its
    month or weekday words), among ``dates_abroad.LANGUAGES``; None for English and the rest."""
    if article == "en" or not (has_digit(text) or not abroad.date_words().isdisjoint(map(token_low, toks))):
        return None  # (an English article's sentences are English: no need to ask)
    return abroad.language(toks, article)


def _with_abroad(english: list, found: list) -> list:
    """Another language's dates, and the English reader's that none of them overlaps ("1998"
    of "12 marzo 1998" is that date's year), in sentence order."""
    if not found:
        return english
    taken = {k for a, b, *_ in found for k in range(a, b)}
    kept = [d for d in english if taken.isdisjoint(range(d[0], d[1]))]
    return sorted(found + kept, key=lambda d: d[0])


def _read_abroad(
    d: DateMention, toks: list[Token], a: int, b: int, lang: str, shared: _Shared
) -> DateMention:
    """A date of a sentence in another language, its event, bound, plan and content read in that
    language's words (``dates_abroad``), not English's."""
    lo, hi = shared.clauses.bounds(a)
    event, at = abroad.event_near(toks, lo, a, b, hi)
    clause = [t for k, t in enumerate(toks[lo:hi], lo) if not a <= k < b]
    near = toks[max(lo, min(at, a) - 3) : min(hi, max(at, b) + 3)]
    # its subject: the last name before its event word or the date, whichever comes first ("Die
    # Halle in Rautal wurde am 10. September geschlossen": rautal)
    before = toks[lo : min(at, a)]
    found = names(before, shared.proper)
    subject = max(found, key=lambda w: _last_at(before, w)) if found else None
    name = _full_name(before, subject) if subject else ()
    if name and len(name) > 1 and toks[lo].low == name[0] and name[0] not in shared.proper:
        name = name[1:]  # "Malarz Tadeusz Wręga": the capital of the sentence's first noun
    return replace(
        d,
        subject=subject,
        subject_name=name,
        subject_strict=False,
        # the names of its clause ("...; die Halle in Rautal soll ..." names another hall)
        sentence_names=frozenset(names(toks[lo:hi], shared.proper)),
        topic=abroad.topic(toks, lo, a, hi),
        preposition=abroad.preposition(toks, a, lang),
        # (the English reader's event where this language's words name none: "Die 1934 erbaute
        # Brücke" is read by the participle before the noun)
        event=event or d.event,
        context=abroad.content(clause),
        modal=abroad.modal(clause, lang),
        copular_year=False,
        repeated=d.repeated or abroad.repeated(near, lang),
    )


def _mention(
    si, text, toks, a, b, year, month, day, weekday, rel, interval, lex, proper, shared: _Shared
) -> DateMention:
    lo, hi = shared.clauses.bounds(a)
    prep = word_at(toks, a - 1)
    if prep in {"early", "late", "mid", "fall", "spring", "summer", "autumn", "winter", "end", "start"}:
        prep = word_at(toks, a - 2)  # "since fall 2013", "in early 1990"
    if prep == "the":
        prep = word_at(toks, a - 2) if word_at(toks, a - 2) in {"on", "by", "until", "since"} else ""
    if prep not in {
        "in",
        "on",
        "by",
        "since",
        "until",
        "till",
        "before",
        "after",
        "from",
        "to",
        "between",
        "through",
        "of",
        "at",
        "during",
        "and",
        "or",
        "than",
    }:
        prep = ""
    event, copular, at = _event_of(toks, lo, a, b, hi)
    before_event = toks[lo : min(at, a)]
    found_names = names(before_event, proper)
    subject = max(found_names, key=lambda w: _last_at(before_event, w)) if found_names else None
    strict = False
    if at < a and word_at(toks, at + 1) == "of":  # "the death of King Edwin in 633"
        after = names(toks[at + 2 : min(a, at + 6)], proper)
        if after:
            subject = max(after, key=lambda w: _last_at(toks[at + 2 : min(a, at + 6)], w))
            strict = True
    full = _full_name(toks[lo:a], subject) if subject else ()
    clause = toks[lo:hi]
    unmonthed = [t for t in clause if not (t.low == "may" and t.text[0].isupper())]  # "May" the month
    words = {t.low for t in unmonthed}
    modal = bool(hedge_words(unmonthed, lex["modal_words"])) or "to" in {
        t.low for t in toks[max(lo, a - 4) : a]
    }
    if rel:  # a relative date takes the tense of the verb just before it, not of the whole clause
        near = toks[max(lo, a - 5) : a]
        words = {t.low for t in near}
        # an "-ed" word right before the date is its verb ("ended next Monday"); further back it
        # may be an adjective ("the delayed vote next week")
        past_verbs = (
            {near[-1].low} if near and near[-1].low.endswith("ed") and len(near[-1].low) > 4 else set()
        )
        future = bool(words & _FUTURE_MARKERS) or "ll" in words
        past = bool(words & _PAST_MARKERS or past_verbs)
    else:
        future = bool(words & _FUTURE_MARKERS) or any(t.low == "ll" for t in clause)
        past = bool(words & _PAST_MARKERS)
    tense = "future" if future and not past else "past" if past and not future else ""
    ctx = content_lemmas([t for k, t in enumerate(clause, lo) if not a <= k < b])
    before = toks[max(lo, a - 5) : a]
    will_before = any(t.low in {"will", "shall", "ll"} for t in before) and not any(
        t.low.endswith("ed") or t.low in _PAST_MARKERS for t in before
    )
    return DateMention(
        sentence=si,
        start=toks[a].start,
        end=toks[b - 1].end,
        text=text[toks[a].start : toks[b - 1].end],
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        relative=rel,
        resolved=interval,
        preposition=prep,
        event=event,
        context=frozenset(ctx),
        modal=modal,
        tense=tense,
        copular_year=copular,
        will_before=will_before,
        names=frozenset(names([t for k, t in enumerate(clause, lo) if not a <= k < b], proper)),
        subject=subject,
        subject_name=full,
        subject_strict=strict,
        sentence_names=shared.names,
        repeated=bool({t.low for t in toks[max(lo, min(at, a) - 3) : min(hi, b + 3)]} & _REPEAT_CUES),
    )


def _full_name(toks: list[Token], last: str) -> tuple[str, ...]:
    """The run of capitalised words ending at the last occurrence of ``last``."""
    k = _last_at(toks, last)
    start = k
    while start > 0 and toks[start - 1].text[0].isupper() and toks[start - 1].low not in MONTHS:
        start -= 1
    return tuple(t.low.removesuffix("'s").removesuffix("’s") for t in toks[start : k + 1])


def _last_at(toks: list[Token], word: str) -> int:
    return max(
        (k for k, t in enumerate(toks) if t.low.removesuffix("'s").removesuffix("’s") == word), default=0
    )


def point_date(d: DateMention) -> bool:
    """A date that says when something happened (not a bound like "by 2020" or "since May")."""
    return d.preposition in _POINT_PREPS and d.relative is None and d.year is not None


def conflicting(a: DateMention, b: DateMention) -> bool:
    """True if two absolute dates cannot denote the same day (compared on the parts both state:
    "May 1989" and "18 May 1989" agree, "March 1946" and "March 1947" do not, nor do "in May"
    and "12 March")."""
    for x, y in ((a.year, b.year), (a.month, b.month)):
        if x is not None and y is not None and x != y:
            return True
    if a.month is not None and a.month == b.month and a.day is not None and b.day is not None:
        return a.day != b.day
    return False


def infer_year(month: int, day: int | None, ref: date) -> int:
    """The year a date written without one most plausibly means: the one closest to ``ref``."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.year if best else ref.year


def fmt_date(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"

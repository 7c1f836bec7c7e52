"""The level of an economic rate in a sentence with several percentages: "with the jobless rate
falling to 3.6 per cent, ... the pre-pandemic level of 3.5 per cent", "Annual inflation slowed to
10.63 percent in March from 11.58 per cent in February".

A sentence that names one rate and gives its level may give other percentages too: an earlier
level ("from 11.58 per cent"), a benchmark ("the pre-pandemic level of 3.5 per cent"). The level
is the first percentage after the rate's name, set there by a word of a level ("to", "at", "of",
"was"): a bare "rose 0.3%" after the name is a change, not read. What dates the level (a month)
is read only up to the next percentage, which may be of another month.
"""

from __future__ import annotations

import re

# the word right before a level: "falling to 3.6", "stood at 10.36", "a rate of 3.8", "was 4.1"
_LEVEL_LEAD = re.compile(r"\b(?:to|at|of|was|is|were|are|hit|reached)\s+$", re.IGNORECASE)
# a rate of a part of the whole: "the jobless rate for young people", "among women", "in the
# north": another rate than the story's, whatever its level
_OF_A_GROUP = re.compile(r"\s+(?:for|among|in|of)\s+(?:the\s+)?[a-z]")
# how far after the rate's name its level may be ("inflation that stood at ")
_REACH = 40


def rate_level(text: str, rate_end: int, percents: list[re.Match]) -> tuple[re.Match, int] | None:
    """The percentage (of several in ``percents``) that is the level of the rate whose name ends
    at ``rate_end``, and where the words dating it end; None when no level is set after the name."""
    after = [m for m in percents if m.start() >= rate_end]
    if not after or after[0].start() - rate_end > _REACH:
        return None
    level = after[0]
    if not _LEVEL_LEAD.search(text, rate_end, level.start()) or _OF_A_GROUP.match(text, rate_end):
        return None
    return level, after[1].start() if len(after) > 1 else len(text)


# a month written with its day ("June 2", "2 June") dates the report, not the rate's month
_DAY_NEXT = re.compile(r"\s+\d{1,2}\b(?!\s*(?:%|per\s?cent|percent))")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")


def rate_months(text: str, months: list[re.Match], level_end: int) -> frozenset[str]:
    """The months and quarters (matches in ``text``) that date a rate's level ending at
    ``level_end``: those after the level ("stood at 10.36 per cent in May"), else those before
    it ("The May jobless rate of 3.8 per cent"; not "its third hike since January" when the
    level names its own month); never one written with its day ("OTTAWA, June 2 - ..."), which
    dates the report."""
    kept = [
        m for m in months if not _DAY_NEXT.match(text, m.end()) and not _DAY_BEFORE.search(text, 0, m.start())
    ]
    after = [m for m in kept if m.start() >= level_end]
    return frozenset(m.group().lower() for m in after or kept)


# a rate of another time named right before it: "the pre-pandemic jobless rate", "the post-crisis
# unemployment rate", "the record inflation"
_OTHER_TIME = re.compile(r"\b(?:pre|post)-[a-z]+\s+(?:[a-z]+\s+)?$|\brecord\s+$", re.IGNORECASE)


def other_time_rate(text: str, rate_start: int) -> bool:
    """The rate named at ``rate_start`` is of another time than the story's ("pre-pandemic")."""
    return _OTHER_TIME.search(text, max(0, rate_start - 30), rate_start) is not None


# a word of another occasion that, in a clause before a rate's, is the speaker's action, not the
# rate's: "The bank raised its key rate ..., as it moved to curb inflation that stood at 10.36%"
_ACTIONS = re.compile(r"rais\w*|increas\w*|reduc\w*|slash\w*|cut|sought|seek\w*", re.IGNORECASE)
_RATE_CLAUSE = re.compile(r"[,;(]\s")
# a rate whose level a relative clause states as a fact: "to curb inflation that stood at "
_FACT_TIE = re.compile(
    r"\b(?:inflation|unemployment|joblessness|rate|growth)\s(?:that|which)\s(?!had\b|would\b|could\b)[a-z]+\s(?:at|to|of)\s$",
    re.IGNORECASE,
)


def action_before_rate(text: str, levels: list[tuple[str, int]], word: re.Match) -> bool:
    """``word`` (an apart word of the sentence) is an action word in a clause before the one
    that gives the levels (measure, start) read, all of rates: it tells what someone did, not
    which level the rate's is."""
    if (
        not levels
        or any(not m.startswith("rate:") for m, _ in levels)
        or not _ACTIONS.fullmatch(word.group())
    ):
        return False
    first = min(at for _, at in levels)
    tie = _FACT_TIE.search(text, max(0, first - 50), first)
    if tie and word.end() <= tie.start():
        return True  # "as it seeks to tame inflation that stood at 10.36%"
    return any(word.end() <= c.start() for c in _RATE_CLAUSE.finditer(text, 0, first))


def stated_level(text: str, start: int) -> bool:
    """The percentage starting at ``start`` is a rate's level that a relative clause states as a
    fact ("as it aims to contain inflation that peaked at 12.85 per cent"): no aim's figure,
    whatever aim comes before the rate's name."""
    return _FACT_TIE.search(text, max(0, start - 50), start) is not None

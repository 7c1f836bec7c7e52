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

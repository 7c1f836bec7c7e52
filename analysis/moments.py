"""Moments of a story told as it happens: live-blog entries, match minutes and running scores.

A live blog, or a match commentary, states what is true at one moment and later what is true at
another: "St. Johnstone 2, Inverness CT 0." and later "St. Johnstone 3, Inverness CT 0.", "90 min:
There will be four added minutes." and "90 min +4: ...", an entry at 7.20pm and the summary at
7.22pm. Two such sentences may disagree without either being wrong: the story moved on. FL101
asks this module whether two sentences belong to different moments.

Pure functions of the sentence texts (a bare timestamp line is a sentence of its own), so the
benchmark replaying dumped sentence lists gets the same answers as the rule.
"""

from __future__ import annotations

import re
from typing import Sequence

from factlint.analysis.words import MONTH_NAMES, WEEKDAYS

# A line that is only a time: "7.22pm BST", "18:01", "Updated at 10.15am", "10:32 GMT"; also
# a numbered or bracketed update line ("Update 14 [16:45]", "Update 15 [20:15 May 3rd]",
# "[9:30 p.m. update]").
_TIMESTAMP = re.compile(
    r"^\s*\[?\s*(?:(?:updated?|posted|published)\s+(?:\d{1,4}\s+)?(?:at\s+)?\[?\s*)?"
    r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:BST|GMT|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|AEST|AEDT|local(?:\s+time)?))?"
    r"(?:\s+(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:\s+update)?\s*\]?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# An entry that opens with its own clock stamp, the stamp then a dash or colon or the rest of the
# line: "4.34 – Count now ...", "6:33 p.m. — Trump ...", "2:15 pm: ...", "10.42am Police say ...",
# "1405 GMT: ...". A bare "H.MM" needs the dash or colon (a sentence may open with a decimal
# figure); four digits need a zone. A time inside a sentence ("At 4.30pm, ...") opens no entry.
_ZONE = r"(?:BST|GMT|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|AEST|AEDT)"
_ENTRY_STAMP = re.compile(
    r"^\W{0,2}(?:"
    r"\d{1,2}[.:]\d{2}\s*(?:[aApP]\.?\s?[mM]\b\.?)?(?:\s*" + _ZONE + r"\b)?\s*[-–—:|]\s"
    r"|\d{1,2}[.:]\d{2}\s*[aApP]\.?\s?[mM]\b\.?(?:\s*" + _ZONE + r"\b)?\s+(?=[A-Z\"“‘'])"
    r"|\d{1,2}[.:]?\d{2}\s*" + _ZONE + r"\b\s*(?:[-–—:|]\s|\s(?=[A-Z\"“‘']))"
    r")",
)
# An entry that opens with the minute of a match: "90 min +4:", "45+2 mins:", "67':".
_MINUTE = re.compile(
    r"^\W*(\d{1,3})(?:\s*\+\s*(\d{1,2}))?\s*(?:min(?:ute)?s?\b|['’](?!\w))"
    r"(?:\s*\+\s*(\d{1,2}))?",
    re.IGNORECASE,
)
# A running score: "St. Johnstone 3, Inverness CT 0" or "2-1" / "2–1" between two small numbers.
_SCORE_NAMED = re.compile(
    r"\b[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*\s+(\d{1,2}),\s+"
    r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*\s+(\d{1,2})\b"
)
_SCORE_DASHED = re.compile(r"(?<![\d.,-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d.,%-])")
# A score that is the result, not a moment of the match.
_FINAL = re.compile(
    r"\b(?:match ends|full[- ]time|final (?:score|whistle)|won|beat|defeated|lost|"
    r"drew|victory|defeat|win over)\b",
    re.IGNORECASE,
)
# Timestamp lines before a document counts as told as it happens.
LIVE_FROM = 3
# A page that says it is told as it happens ("Here are the updates:", "Live updates", "Follow
# live"): one timestamp line then splits it into entries.
_LIVE_PAGE = re.compile(
    r"\b(?:live updates?|live blog|here are the (?:latest |live )?updates|latest updates|follow (?:it )?live)\b",
    re.IGNORECASE,
)


def entries(texts: Sequence[str]) -> list[int | None]:
    """The live-blog entry of each sentence (the number of timestamp lines before it), or None
    for every sentence when the document has fewer than ``LIVE_FROM`` timestamp lines. A
    sentence that opens with its own stamp ("4.34 – Count now ...") opens an entry; a stamp line
    the sentence splitter joined to the line before it (a rule line "____" has no full stop)
    opens the entry after that sentence."""
    out, current, stamps, announced = [], 0, 0, False
    for text in texts:
        if _TIMESTAMP.match(text) or (text[:1].isdigit() or text[:1] in "([*") and _ENTRY_STAMP.match(text):
            stamps += 1
            current = stamps
        elif "\n" in text and _TIMESTAMP.match(text.rsplit("\n", 1)[1]):
            out.append(current)
            stamps += 1
            current = stamps
            continue
        elif not stamps and _LIVE_PAGE.search(text):
            announced = True
        out.append(current)
    return out if stamps >= (1 if announced else LIVE_FROM) else [None] * len(texts)


# A label line over a group of figures that names their period: "On Tuesday:", "For the week:",
# "For the year:", "Last season:", "In 2019:" (a market report's or a player's table of figures).
_PERIOD_LABEL = re.compile(
    r"^\s*(?:(?:on|for|in|during|over|this|last|so far|the)\s+){0,2}[\w'’ -]{0,20}?"
    r"\b(?:day|week|month|quarter|year|season|session|half|today|yesterday|"
    + "|".join(WEEKDAYS)
    + "|"
    + "|".join(MONTH_NAMES)
    + r"|(?:19|20)\d\d)s?\b[\w'’ -]{0,12}:\s*$",
    re.IGNORECASE,
)


def period_labels(texts: Sequence[str]) -> list[str | None]:
    """The period label each sentence stands under ("for the week:" over "The Dow is down 413.63
    points."), or None for every sentence when the document has fewer than two such labels (one
    label line is an ordinary lead-in, not a table of periods)."""
    out: list[str | None] = []
    current, labels = None, 0
    for text in texts:
        if len(text.split()) <= 5 and _PERIOD_LABEL.match(text):
            labels += 1
            current = " ".join(text.lower().split())
        out.append(current)
    return out if labels >= 2 else [None] * len(texts)


def minute(text: str) -> tuple[int, int] | None:
    """The match minute a sentence opens with ("90 min +4:" -> (90, 4)), or None."""
    found = _MINUTE.match(text)
    if not found:
        return None
    return int(found.group(1)), int(found.group(2) or found.group(3) or 0)


def scores(text: str) -> set[tuple[int, int]]:
    """The scores a sentence states ("Leeds 2, Hull 1" or "2-1")."""
    return {(int(a), int(b)) for pattern in (_SCORE_NAMED, _SCORE_DASHED) for a, b in pattern.findall(text)}


# A line of a timeline opens with its date and a dash or colon ("5 June - Case adjourned",
# "June 6: Hereford meet the board").
_MONTH = "|".join(MONTH_NAMES)
_TIMELINE_DATE = re.compile(
    rf"\s*((?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})(?:,?\s+\d{{4}})?)\s*[-–—:]\s",
    re.IGNORECASE,
)


def different_moments(a: str, b: str, entry_a: int | None = None, entry_b: int | None = None) -> bool:
    """Do two sentences tell different moments of a story told as it happens?

    Yes when they sit in different entries of a live blog (the part before the first timestamp,
    the summary, included), when they open with different match minutes, or when they state
    different scores and at most one of them is the result ("Goal! Leeds 2, Hull 0." / "Match
    ends, Leeds 3, Hull 0.": the score moved on; two different results are still a clash)."""
    if entry_a is not None and entry_b is not None and entry_a != entry_b:
        return True
    da, db = _TIMELINE_DATE.match(a), _TIMELINE_DATE.match(b)
    if da and db and da.group(1).lower() != db.group(1).lower():
        return True  # two lines of a timeline: "5 June - Hereford fail ..." / "6 June - Hereford meet ..."
    ma, mb = minute(a), minute(b)
    if ma is not None and mb is not None and ma != mb:
        return True
    sa, sb = scores(a), scores(b)
    if sa and sb and sa != sb and not (_FINAL.search(a) and _FINAL.search(b)):
        return True
    return False

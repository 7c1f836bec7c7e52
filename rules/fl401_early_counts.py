"""FL401: a toll counted at an early stage of the event. "In the first hours after the quake,
officials put the toll at around 150" tells the count of that moment, not the story's latest one
("nearly 400 people are now confirmed dead"): a toll only grows while the dead are found, so the
smaller count told of the hours or days right after the event is the count then, not a figure
misreported.

The stage is read in the figure's own clause as a time-frame of the count: "in the first / early /
initial / opening hours (days, minutes) after", "hours after the ...", "initially", "at first"
(not "at first light"), "early on," (not "early on Sunday"). The clause must also tell the figure
as a tally ("put the toll at", "reported", "confirmed", "the count"): a stage word in a clause
that tells the event itself ("a bus plunged into a ravine early on Sunday, killing 23", "hours
after leaving") dates the event, not the count, and a second toll that differs still disagrees.
The figure so placed must be the smaller of the two, and the other must not be placed so itself
(two early counts that differ still disagree).
"""

from __future__ import annotations

import re

from factlint.analysis.figure_types import Quantity

_EARLY = re.compile(
    r"\b(?:in\s+the\s+(?:first|early|initial|opening|immediate)\s+(?:few\s+)?(?:minutes|hours|days)|"
    r"(?:minutes|hours)\s+(?:after|into)\s+(?:the|its|their)\b|initially|"
    r"at\s+first\b(?!\s+(?:light|glance|sight|hand|blush))|"
    r"in\s+the\s+immediate\s+aftermath)\b|\bearly\s+on\s*,",
    re.I,
)
# The count is told as a tally, not as the event: a stage word beside "killing 23" dates the
# event ("early on Sunday, killing 23"), and its toll is the story's own.
_TALLY = re.compile(
    r"\b(?:toll|tally|count|counted|estimates?|estimated|reports?|reported|put|confirmed|"
    r"listed|recorded|numbered|figures?)\b",
    re.I,
)


def _clause(text: str, start: int) -> str:
    """The figure's sentence up to the figure, from its last semicolon or dash."""
    lo = max(text.rfind(";", 0, start), text.rfind(" – ", 0, start), text.rfind(" — ", 0, start)) + 1
    return text[lo:start]


def _early(clause: str) -> bool:
    """The clause places its figure at an early stage of the count."""
    return bool(_EARLY.search(clause)) and bool(_TALLY.search(clause))


def early_count(a: Quantity, b: Quantity, sentences) -> bool:
    """One of two counts of one event is told of an early stage of it and is the smaller."""
    if not (a.kind == b.kind == "count") or not (a.event or b.event):
        return False
    early = [_early(_clause(sentences[q.sentence].text, q.start)) for q in (a, b)]
    if early[0] == early[1]:
        return False
    first, other = (a, b) if early[0] else (b, a)
    return first.base_value < other.base_value

"""FL401: a toll counted at an early stage of the event. "In the first hours after the quake,
officials put the toll at around 150" tells the count of that moment, not the story's latest one
("nearly 400 people are now confirmed dead"): a toll only grows while the dead are found, so the
smaller count told of the hours or days right after the event is the count then, not a figure
misreported.

The stage is read in the figure's own clause: "in the first / early / initial / opening hours
(days, minutes) after", "hours after the ...", "initially", "at first", "early on". The figure so
placed must be the smaller of the two, and the other must not be placed so itself (two early
counts that differ still disagree).
"""

from __future__ import annotations

import re

from factlint.analysis.figure_types import Quantity

_EARLY = re.compile(
    r"\b(?:in\s+the\s+(?:first|early|initial|opening|immediate)\s+(?:few\s+)?(?:minutes|hours|days)|"
    r"(?:minutes|hours)\s+(?:after|into)|initially|at\s+first|early\s+on|in\s+the\s+immediate\s+aftermath)\b",
    re.I,
)


def _clause(text: str, start: int) -> str:
    """The figure's sentence up to the figure, from its last semicolon or dash."""
    lo = max(text.rfind(";", 0, start), text.rfind(" – ", 0, start), text.rfind(" — ", 0, start)) + 1
    return text[lo:start]


def early_count(a: Quantity, b: Quantity, sentences) -> bool:
    """One of two counts of one event is told of an early stage of it and is the smaller."""
    if not (a.kind == b.kind == "count") or not (a.event or b.event):
        return False
    early = [bool(_EARLY.search(_clause(sentences[q.sentence].text, q.start))) for q in (a, b)]
    if early[0] == early[1]:
        return False
    first, other = (a, b) if early[0] else (b, a)
    return first.base_value < other.base_value

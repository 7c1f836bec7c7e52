"""Where a sentence stops telling its figure and starts comparing it, for FL401's measure readers.

"The 64.1 percent turnout was above the last vote's", "The $3.54 billion in revenue topped
analyst estimates", "The 2.8 percent growth was faster than economists had forecast": the figure
is the subject of a comparison, and what the comparison is with (another vote, a forecast, an
average) comes after the comparing word. Words of another occasion or a plan there ("last",
"forecast", "analysts", "average") are the other side's, not the figure's: the figure before the
comparison is the story's own. A figure after it is the other side's and is not read.
"""

from __future__ import annotations

import re

from .measure_claims import lacks_all

# a figure's subject compared with something else: "was above", "topped", "beat", "faster than"
_COMPARED = re.compile(
    r"\b(?:(?:was|were|is|are|came in|remained|remains|stood|stays|stayed)\s(?:still\s|well\s|just\s|slightly\s)?"
    r"(?:above|below|ahead of|short of|higher than|lower than|better than|worse than)|"
    r"(?:faster|slower|higher|lower|better|worse|stronger|weaker|bigger|smaller)\sthan|"
    r"topp(?:ed|ing)|tops|beat(?:s|ing)?|exceed(?:ed|s|ing)|surpass(?:ed|es|ing)|"
    r"outpac(?:ed|es|ing)|outstrip(?:ped|s|ping)|missed|fell short of|trail(?:ed|s|ing))\b",
    re.IGNORECASE,
)

_CUES = (
    "above",
    "below",
    "than",
    "top",
    "beat",
    "exceed",
    "surpass",
    "outpac",
    "outstrip",
    "miss",
    "short",
    "trail",
)


def comparison_start(text: str, after: int) -> int | None:
    """Where the comparison of the figure ending at ``after`` begins, within the figure's own
    stretch (the comparing word follows the figure by at most eight words and no clause break);
    None where the sentence compares nothing after the figure."""
    if lacks_all(text, _CUES):
        return None
    m = _COMPARED.search(text, after)
    if not m:
        return None
    between = text[after : m.start()]
    if any(c in between for c in ",;:") or len(between.split()) > 8:
        return None
    return m.start()

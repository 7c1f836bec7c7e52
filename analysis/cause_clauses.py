"""Where a figure's own clause ends at a clause of cause or time after it: "Net profit rose by
11.8% to 68 million euros as rules on shops eased in Germany".

The names in such a clause say why or when the sum moved, not whose it is: a sentence that
names its subject only there ("Germany") still names no subject of its own, and its sum is the
story's company's, told again.
"""

from __future__ import annotations

import re

# a clause of cause or time after the figure ("as", "after", "because", "amid", "thanks to");
# not "as well as", "as much as", "such as" (either "as" of them), nor "after tax" or "after
# costs", which say what a sum is net of
_CAUSE = re.compile(
    r"(?<!such)(?<!well)(?<!much)(?<!many)(?<!high)(?<!low)\s"
    r"(?:as(?!\s(?:well|much|many|high|low|part|of|a\s+result\s+of)\b)"
    r"|after(?!\s(?:tax|taxes|costs|charges|interest|depreciation)\b)|because|amid|"
    r"thanks\sto|helped\sby|driven\sby)\s"
)


def own_part(text: str, end: int) -> str:
    """``text`` up to the first clause of cause or time after ``end`` (the figure's end), or all of it."""
    m = _CAUSE.search(text, end)
    return text[: m.start()] if m else text

"""FL401: two figures an order of magnitude apart are likely figures of two things.

``magnitudes_apart(a, b)`` is one more test of a pair of figures the rule compares. A story that
gives "16,000" and then "21" for what its words read as one thing ("studies", "the population",
"the number of species") is most often telling two things apart that the reading tied: a whole and
a part, two places, two groups, two periods ("52 weeks' maternity leave" / "two weeks' paternity
leave"). Disagreements about one figure stay within a few times of each other ("12 killed" / "15
died", "about 30" / "about 60"), and a slip of the pen keeps its digits: a dropped or added zero
or digit puts the figures a power of ten apart ("1,450" / "145", "62" / "6", "12" / "120"), and
those stay warnings. The rule still reports a pair over ten times apart, as information, so an
editor sees it and CI does not block on it. Ages, percentages and counts of an event (a toll:
"4 killed" / "62 died") stay warnings."""

from __future__ import annotations

import math

from factlint.analysis.figure_types import Quantity

# more than this many times apart: two things, unless a power of ten apart (a slipped digit)
_APART = 10.0
# how near a power of ten a ratio must be to read as a slipped digit: "62" / "6" (10.3),
# "145" / "15" (9.7), "2,250" / "225"; "27.9 million" / "2 million" (14) is not
_SLIP = 0.25
_KINDS = frozenset({"count", "measure", "money"})


def magnitudes_apart(a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` and ``b`` are over ten times apart and not by a slipped digit."""
    if a.kind not in _KINDS or b.kind != a.kind:
        return False
    if a.kind == "count" and (a.event or b.event):
        return False  # a toll ("4 killed" / "62 died") is one event's, whatever its size
    small, large = sorted((abs(a.base_value), abs(b.base_value)))
    if small <= 0 or large <= _APART * small:
        return False
    ratio = large / small
    power = 10.0 ** round(math.log10(ratio))
    return not (1 - _SLIP) * power <= ratio <= (1 + _SLIP) * power


# what the rule adds to a finding on such a pair, made information rather than a warning
APART_NOTE = " (over ten times apart: if they count two things, say what each counts)"

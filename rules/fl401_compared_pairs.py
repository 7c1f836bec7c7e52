"""FL401: sums each told beside the sum they are compared with. A results story gives one line
item after another, each as a pair: this period's sum and the one it is set against ("net income
of $9 million, compared to $28 million for the year-ago quarter" / "income from continuing
operations was $10 million, compared to $33 million in the prior year quarter"; "a loss of
$390 million, against $619 million a year earlier"). Two such pairs that share no sum are two
items, not one item told twice with a figure changed: a story that gets one figure of an item
wrong keeps the other (the year-ago sum, the sum it is compared with), so a pair sharing a sum
with the other pair still disagrees.

Read only for sums of money whose sentences each hold at least two sums of the figure's currency
that are not per-share amounts ("$0.09 per share", "43 cents a diluted share": the item's own sum
told again, divided, a share's word right after the figure).
"""

from __future__ import annotations

import re
from collections import defaultdict

from factlint.analysis.figure_types import Quantity

# a per-share amount: "per share", "a share", "a diluted share", "per ordinary share"
_PER_SHARE = re.compile(r"\s*(?:per|a|an)\s+(?:[a-z-]+\s+)?shares?\b", re.I)
_PAIR = 2  # sums of one currency in a sentence that make it an item's pair (or more)


def _close(x: float, y: float) -> bool:
    """One sum written twice (rounded alike or not: "$4.3 billion" / "$4.30 billion")."""
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0)


class ComparedPairs:
    """The sums of money of each sentence, by currency (read once a conflict asks for them)."""

    def __init__(self, qs: list[Quantity], texts: list[str]):
        self._qs = qs
        self._texts = texts
        self._sums: dict[tuple[int, str], list[float]] | None = None

    def _of(self, q: Quantity) -> list[float]:
        if self._sums is None:
            self._sums = defaultdict(list)
            for x in self._qs:
                if x.kind == "money" and not _PER_SHARE.match(self._texts[x.sentence], x.end):
                    self._sums[(x.sentence, x.unit)].append(x.base_value)
        return self._sums.get((q.sentence, q.unit), [])

    def apart(self, a: Quantity, b: Quantity) -> bool:
        """Two sums of money, each in a sentence of a pair of sums, the two pairs sharing none."""
        if not (a.kind == b.kind == "money") or a.unit != b.unit:
            return False
        sa, sb = self._of(a), self._of(b)
        if len(sa) < _PAIR or len(sb) < _PAIR:
            return False
        return not any(_close(x, y) for x in sa for y in sb)

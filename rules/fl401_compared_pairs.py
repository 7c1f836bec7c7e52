"""FL401: sums each told beside the sum they are compared with. A results story gives one line
item after another, each as a pair: this period's sum and the one it is set against ("net income
of $9 million, compared to $28 million for the year-ago quarter" / "income from continuing
operations was $10 million, compared to $33 million in the prior year quarter"; "a loss of
$390 million, against $619 million a year earlier"). Two such pairs that share no sum are two
items, not one item told twice with a figure changed: a story that gets one figure of an item
wrong keeps the other (the year-ago sum, the sum it is compared with), so a pair sharing a sum
with the other pair still disagrees.

Silent only when all of these hold: the two figures are sums of money of one currency; each of
their sentences holds at least two sums of that currency that are not per-share amounts ("$0.09
per share", "43 cents a diluted share": the item's own sum told again, divided, a share's word
right after the figure); each sentence sets its sums against each other with a comparison phrase
("compared to / with", "against", "versus", "year-ago", "a year earlier", "prior / previous /
last year", "the same quarter", "up / down from", "from $..."); and no sum of one sentence is a
sum of the other, rounded alike or not ("$41.3 million" and "$41 million" are one sum). A sum
told beside another with no comparison ("net income of $12 million on sales of $90 million") is
not one of a pair here.
"""

from __future__ import annotations

import re
from collections import defaultdict

from factlint.analysis.figure_types import Quantity

# a per-share amount: "per share", "a share", "a diluted share", "per ordinary share"
_PER_SHARE = re.compile(r"\s*(?:per|a|an)\s+(?:[a-z-]+\s+)?shares?\b", re.I)
_PAIR = 2  # sums of one currency in a sentence that make it an item's pair (or more)
# the sentence sets this period's sum against another's
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:to|with)|against|versus|vs\b|year[- ]ago|a\s+year\s+(?:earlier|ago|before)|"
    r"(?:prior|previous|last)[- ]year|same\s+(?:quarter|period|month|half)|(?:up|down)\s+from|"
    r"from\s+(?:[A-Z]{1,3}\s?)?[$€£¥])",
    re.I,
)


def _close(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """One sum written twice, each a (value, step written to): rounded alike or not ("$4.3
    billion" / "$4.30 billion", "$41.3 million" / "$41 million")."""
    return abs(x[0] - y[0]) <= max(x[1], y[1]) / 2 + 1e-9 * max(abs(x[0]), abs(y[0]), 1.0)


class ComparedPairs:
    """The sums of money of each sentence, by currency (read once a conflict asks for them)."""

    def __init__(self, qs: list[Quantity], texts: list[str]):
        self._qs = qs
        self._texts = texts
        self._sums: dict[tuple[int, str], list[tuple[float, float]]] | None = None

    def _of(self, q: Quantity) -> list[tuple[float, float]]:
        if self._sums is None:
            self._sums = defaultdict(list)
            for x in self._qs:
                if x.kind == "money" and not _PER_SHARE.match(self._texts[x.sentence], x.end):
                    self._sums[(x.sentence, x.unit)].append((x.base_value, x.precision))
        return self._sums.get((q.sentence, q.unit), [])

    def apart(self, a: Quantity, b: Quantity) -> bool:
        """Two sums of money, each in a sentence of a pair of sums, the two pairs sharing none."""
        if not (a.kind == b.kind == "money") or a.unit != b.unit:
            return False
        sa, sb = self._of(a), self._of(b)
        if len(sa) < _PAIR or len(sb) < _PAIR:
            return False
        if not all(_COMPARED.search(self._texts[q.sentence]) for q in (a, b)):
            return False
        return not any(_close(x, y) for x in sa for y in sb)

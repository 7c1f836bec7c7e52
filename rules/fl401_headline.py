"""FL401: a headline's figures against the story's own. A headline is the story told short, so
its count of a group ("Four killed, seven hurt in bus crash") is the count the lede gives of that
group ("Four people were killed and nine injured"), and the two are compared. It is not the count
of every later figure of the group: later paragraphs update a toll, split it by place or recall
an older disaster ("A quake in the same region killed 80 people in 2009"), each compared with the
lede already. And a headline rounds down by a bound: "At least 20 dead" is met by a lede's "22
people died". A first line that ends in a full stop is a sentence, read as before."""

from __future__ import annotations

from typing import Callable, Sequence

from factlint.analysis.figure_types import Quantity
from factlint.linter.document import Document


class HeadlineFigures:
    """Which pairs of a headline figure and a body figure are not a restatement of one count."""

    def __init__(self, qs: Sequence[Quantity], doc: Document) -> None:
        head = doc.headline
        self._qs = qs
        # a headline as written, with no full stop: a lede sentence read as one is compared as before
        titled = head is not None and not head.text.rstrip().endswith(".")
        self._head = frozenset(s.index for s in doc.sentences if titled and s.block == head.index)
        self._first: dict[int, int | None] = {}

    def apart(self, i: int, bi: int, tied: Callable[[int, int], bool]) -> bool:
        """Whether the headline's figure ``i`` and the body's figure ``bi`` are not to be compared:
        the headline's bound is met, or ``bi`` is past the sentence of the first body figure tied
        to ``i`` (the lede's count of the group)."""
        if not self._head:
            return False
        a, b = self._qs[i], self._qs[bi]
        if a.sentence not in self._head or b.sentence in self._head:
            return False
        if a.bound == "lower" and b.bound != "upper" and a.value <= b.value < 2 * a.value:
            return True  # "At least 20 dead" / "22 people died": the headline rounds down
        first = self._first_tied(i, tied)
        return first is not None and self._qs[first].sentence < b.sentence

    def _first_tied(self, i: int, tied: Callable[[int, int], bool]) -> int | None:
        if i not in self._first:
            a = self._qs[i]
            self._first[i] = next(
                (
                    j
                    for j in range(i + 1, len(self._qs))
                    if self._qs[j].sentence not in self._head
                    and (self._qs[j].kind, self._qs[j].unit) == (a.kind, a.unit)
                    and tied(i, j)
                ),
                None,
            )
        return self._first[i]

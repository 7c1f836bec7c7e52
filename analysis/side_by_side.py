"""Two figures a story has already set side by side: the sentence of one of them also states the
other's value, in the same kind and unit ("typically five rather than nine storeys" after "a
five-storey pagoda"; "about 10,000 zoos, of which around 1,000 are core collections" before "its
1,000 core zoos"; "told 2 objects from 3" after "a group of 3 and a group of 4"). A writer who
gives both values in one sentence has told the two quantities apart there; a later sentence
repeating one of them is no restatement of the other.

A slip in a restated figure does not bring the earlier value into the same sentence, so a
contradiction ("Twelve people were killed" / "Rescuers said 15 people died") stays."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from .figure_types import Quantity


def _value(q: Quantity) -> tuple:
    return (q.kind, q.unit, round(q.base_value, 9))


class SideBySide:
    """The values each sentence states, for ``together``."""

    def __init__(self, quantities: Sequence[Quantity]):
        self._at: dict[int, dict[tuple, set[int]]] = defaultdict(lambda: defaultdict(set))
        for q in quantities:
            self._at[q.sentence][_value(q)].add(q.start)

    def _states(self, sentence: int, q: Quantity) -> bool:
        """Whether ``sentence`` states ``q``'s value by a figure other than ``q`` itself."""
        starts = self._at.get(sentence, {}).get(_value(q), set())
        return bool(starts - ({q.start} if q.sentence == sentence else set()))

    def together(self, a: Quantity, b: Quantity) -> bool:
        """Whether the sentence of ``a`` or of ``b`` states both values."""
        if _value(a) == _value(b):
            return False
        return self._states(a.sentence, b) or self._states(b.sentence, a)

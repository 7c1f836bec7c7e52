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
from .text import WORD

# words that set one value against another in a sentence
_SET_AGAINST = frozenset("than rather instead from or of which versus vs against compared".split())


def _value(q: Quantity) -> tuple:
    return (q.kind, q.unit, round(q.base_value, 9))


# how close the two values stand in one sentence to be set side by side, in characters ("five
# rather than nine storeys", "about 10,000 zoos, of which around 1,000"); farther apart, the other
# value is likelier another thing's ("two firefighters were hurt as three jets ...")
_BESIDE = 45


class SideBySide:
    """The values each sentence states, for ``together``."""

    def __init__(self, quantities: Sequence[Quantity], texts: Sequence[str]):
        self._at: dict[int, dict[tuple, set[tuple[int, str | None]]]] = defaultdict(lambda: defaultdict(set))
        self._texts = texts
        for q in quantities:
            self._at[q.sentence][_value(q)].add((q.start, q.head))

    def _beside(self, here: Quantity, other: Quantity) -> bool:
        """Whether ``here``'s sentence states ``other``'s value close to ``here``, set against it
        by a word of comparison ("five rather than nine", "from 3", "of which") or listed with it
        as a value of the same noun (not "two boats and three jets": two things counted)."""
        starts = self._at.get(here.sentence, {}).get(_value(other), set())
        if other.sentence == here.sentence:
            starts = {
                (s, h) for s, h in starts if s != other.start
            }  # (the figure itself is no second telling)
        text = self._texts[here.sentence]
        for start, head in starts:
            if start == here.start or abs(start - here.start) > _BESIDE:
                continue
            lo, hi = sorted((start, here.start))
            between = {w.lower() for w in WORD.findall(text[lo:hi])}
            if between & _SET_AGAINST:
                return True
            # a list of one noun's values: "employs 300 people and its sister plant 120"
            if "and" in between and (head is None or here.head is None or head == here.head):
                return True
        return False

    def together(self, a: Quantity, b: Quantity) -> bool:
        """Whether the sentence of ``a`` or of ``b`` states both values, side by side."""
        if _value(a) == _value(b):
            return False
        return self._beside(b, a) or self._beside(a, b)

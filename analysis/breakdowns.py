"""Breakdowns: a count and the counts it splits into, told in the same or the nearby sentences.

"Twelve people died ..." then "Seven people died in Arlen." and "Five died in Bosk." — or "Forty
were injured", "Twenty-five injured were treated and released", "Fifteen remain in hospital". A
story breaks a total down across sentences as often as inside one, and the parts are then no
restatements of the total: two or more counts of the same thing (the same event or the same
counted noun, "Twelve of them", a role right after a toll in its sentence), next to each other in
the text, that add up to the total are its parts. Each part is set apart from the total, from the
other parts of the same breakdown, and from a part named again later by its own noun ("the nine
workers who died").

The sum is the signal, not the words around it: a writer's slip ("Twelve died" / "Fourteen died",
or "Seven died" and "Six died" against twelve) does not add up, so it stays a disagreement.
"""

from __future__ import annotations

from typing import Sequence

from .figure_types import Quantity

# how far from the total its parts may be told, in sentences (before it: the parts first, then
# "Five people died in all"; after it: the total first, then a sentence per part)
_BEFORE, _AFTER = 2, 2
# an approximate total ("about 40") met by parts within this share of it
_ROUNDING = 0.05
# counted nouns that name no part of a total by themselves ("the three people" may be any three)
_ANYONE = frozenset({None, "person", "people", "victim"})
# the scope ``numbers`` gives a count its clause calls some of a whole ("of them", "of the dead")
_SUBSET = "of-part"


def _countable(q: Quantity) -> bool:
    """A count that can be a total or a part: a plain count of something, not a year, a range, a
    compound modifier ("a 12-member crew") or a plan."""
    return (
        q.kind == "count"
        and not q.compound
        and not q.modal
        and not q.upper
        and q.base_value >= 1
        and q.base_value == int(q.base_value)
        and bool(q.event or q.head or _SUBSET in q.scope)
    )


def _of_total(total: Quantity, part: Quantity) -> bool:
    """Whether ``part`` counts what ``total`` counts: the same event ("12 died" / "seven soldiers
    were killed"), or the same noun with no other event ("40 people injured" / "15 people remain
    in hospital"), or a part the sentence says is some of a whole ("Twelve of them"), or
    a count of a role after a toll in its sentence ("14 dead, nine workers and five firefighters")."""
    if total.event and part.event == total.event:
        return True
    if _SUBSET in part.scope and not part.head and part.event in (None, total.event):
        return True  # "Twelve of them were found alive": some of the total, by its words
    if total.event and total.head in _ANYONE and not part.event and part.sentence == total.sentence:
        return part.start > total.end  # "The toll rose to 14, nine workers and five firefighters"
    return bool(total.head) and part.head == total.head and part.event in (None, total.event)


def _adds_up(total: Quantity, parts: float) -> bool:
    if parts == total.base_value:
        return True
    return total.approx and abs(parts - total.base_value) <= _ROUNDING * total.base_value


class Breakdowns:
    """The breakdowns of a document's quantities (as ``numbers`` reads them), for ``apart``."""

    def __init__(self, quantities: Sequence[Quantity]):
        self._group: dict[int, set[int]] = {}  # a figure -> the figures of its breakdowns
        # a total -> its parts by value and counted noun, to know a part told again later ("the
        # nine workers who died" after "14 dead, nine workers and five firefighters")
        self._parts: dict[int, set[tuple[float, str]]] = {}
        self._quantities = quantities
        by_sentence: dict[int, list[int]] = {}
        for k, q in enumerate(quantities):
            if _countable(q):
                by_sentence.setdefault(q.sentence, []).append(k)
        for t, total in enumerate(quantities):
            if t not in by_sentence.get(total.sentence, ()) or total.base_value < 3:
                continue
            near = [
                k
                for s in range(total.sentence - _BEFORE, total.sentence + _AFTER + 1)
                for k in by_sentence.get(s, ())
                if k != t
            ]
            # the parts: counts of the total's thing, smaller than it, next to each other
            parts = [k for k in near if quantities[k].base_value < total.base_value]
            run = _adding_run(total, [k for k in parts if _of_total(total, quantities[k])], quantities)
            if run:
                members = {t, *run}
                for k in members:
                    self._group.setdefault(k, set()).update(members)
                self._parts.setdefault(t, set()).update(
                    (quantities[k].base_value, quantities[k].head or "")
                    for k in run
                    if quantities[k].head not in _ANYONE
                )

    def apart(self, a: int, b: int) -> bool:
        """Whether figures ``a`` and ``b`` (indices) are a total and its part, or two parts of one
        total, or a total and one of its parts named again by its own noun: no restatement of
        each other."""
        if b in self._group.get(a, ()):
            return True
        qa, qb = self._quantities[a], self._quantities[b]
        return (qb.base_value, qb.head or "") in self._parts.get(a, ()) or (
            qa.base_value,
            qa.head or "",
        ) in self._parts.get(b, ())


def _adding_run(total: Quantity, candidates: list[int], quantities: Sequence[Quantity]) -> list[int]:
    """The first run of two or more consecutive candidates that adds up to ``total``, if any."""
    for first in range(len(candidates)):
        summed = 0.0
        for last in range(first, len(candidates)):
            summed += quantities[candidates[last]].base_value
            if last > first and _adds_up(total, summed):
                return candidates[first : last + 1]
            if summed > total.base_value * (1 + _ROUNDING):
                break
    return []

"""One fact told twice, read fully on one side and bare on the other, for FL401.

"The quake struck 40 km under the seabed" / "It lay at a depth of 25 km": one sentence reads its
figure with an attribute, a counted noun or an event, the other gives a figure of the same kind
and unit with nothing of its own. When each of the two sentences holds no other figure of that
kind and unit (``lone_figures``), the bare figure is the read one told again if its clause names
the read one's noun, attribute or event in any form (a lemma, a ``same_counted`` synonym, a word
of the event's class, the attribute's word), or if the two clauses share two content words of
their own (three when both are bare); a bare count only when its clause names the read count's
event (``bare_told_twice``).

Apart from the reading of figures: it reads only ``Quantity`` records, never tokens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .figure_types import Quantity
from .languages import any_function_words
from .numtext import lexicon

# the kinds of figure a bare one may restate (an age is tied by its person, a rank by its names)
_KINDS = frozenset({"count", "measure", "percent", "money"})


@lru_cache(maxsize=1)
def _stages() -> frozenset[str]:
    return frozenset(lexicon()["scope_words"]) - {"only"}


def bare(q: Quantity) -> bool:
    """A figure read with no counted noun, no measured attribute and no event."""
    return not (q.head or q.attribute or q.event)


def lone_figures(qs: Sequence[Quantity]) -> frozenset[int]:
    """The figures that are the only one of their kind and unit in their sentence (two of one
    kind in one sentence are parts, a range, a before and after or two things), and, if bare,
    the only figure of their sentence at all (a bare share beside a counted group may be the
    group's)."""
    per = Counter((q.sentence, q.kind, q.unit) for q in qs)
    figures = Counter(q.sentence for q in qs)
    return frozenset(
        i
        for i, q in enumerate(qs)
        if per[(q.sentence, q.kind, q.unit)] == 1 and (figures[q.sentence] == 1 or not bare(q))
    )


def bare_told_twice(a: Quantity, b: Quantity, plain: frozenset[str] | set[str]) -> bool:
    """Two lone figures of one kind and unit (checked by the caller), one or both bare: one fact
    told twice when the bare side names the read side's thing, or when their clauses share two
    content words of their own (``plain``: shared words less names, units and numbers). Never
    for a plan, a change, two different named sides or two different years."""
    if a.kind not in _KINDS or a.modal or b.modal or a.changes or b.changes:
        return False
    if a.years ^ b.years or a.movement or b.movement or (a.scope | b.scope) & _stages():
        return False  # two years, a move, a stage ("initially", "now") or a part ("each", "total")
    if len(a.names ^ b.names) > 1:
        return False  # "Senn beat Roe" / "Roe won": whose figure, only the names say
    plain = frozenset(plain) - any_function_words()  # (no content shared by two clauses)
    sides = [q for q in (a, b) if bare(q)]
    if not sides:
        return False
    if len(sides) == 2:  # nothing read on either side: three words of their own in common
        return a.kind != "count" and len(plain) >= 3
    told = sides[0]
    read = b if told is a else a
    if a.kind == "count":
        # a bare count is many things (a day in brackets, an hour, an item of a list): only the
        # count of an event the bare clause names too ("killed 40" / "40 were killed")
        return bool(read.event) and _names_event(told, read) and bool(plain)
    return _names_thing(told, read) and bool(plain) or len(plain) >= 2


def _names_thing(told: Quantity, read: Quantity) -> bool:
    """Does the bare figure's clause name the read figure's noun, attribute or event?"""
    same = lexicon()["same_counted"]
    words = told.context
    if read.head and same.get(read.head, read.head) in {same.get(w, w) for w in words}:
        return True
    if read.attribute and read.attribute.split()[0] in words:
        return True  # "the depth" / "at a depth of"; "distance from Tarvo": "distance"
    return _names_event(told, read)


def _names_event(told: Quantity, read: Quantity) -> bool:
    """Does the bare figure's clause hold a word of the read figure's event class?"""
    event_of = lexicon()["event_of"]
    return bool(read.event) and any(event_of.get(w) == read.event for w in told.context)

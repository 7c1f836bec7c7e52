"""Which counts of a sentence that splits a toll count the toll's own group of people.

"Four deaths were recorded in Vell, while 28 were recorded in Corra, and five people are still
missing": a sentence of parts may count more than one group (the dead, the injured, the
missing). The parts of a count of the dead are its counts of the dead, and the bare counts that
follow one ("while 28 were recorded": the group goes on until another is named); a count of
another group, and the bare counts after it, are set aside rather than read as parts.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .figure_types import Quantity

# what befell people: the groups an incident counts, which one sentence may count side by side
# (a count of one is no part of a count of another)
PEOPLE_EVENTS = frozenset(
    {"death", "injury", "missing", "arrest", "rescue", "evacuation", "hospital", "trapped"}
)


def own_group(
    qs: Sequence[Quantity], parts: list[int], group: str | None, group_of: Callable[[Quantity], str | None]
) -> list[int]:
    """``parts`` less the counts of another group of people than ``group`` (and the bare counts
    after one); all of ``parts`` where the sentence counts no other group."""
    groups = [group_of(qs[p]) for p in parts]
    others = {g for g in groups if g is not None and g != group}
    if group not in PEOPLE_EVENTS or not others or not others <= PEOPLE_EVENTS:
        return parts
    out, current = [], None
    for p, g in zip(parts, groups):
        current = g if g is not None else current
        if current in (None, group):
            out.append(p)
    return out


def other_groups_only(
    qs: Sequence[Quantity], members: list[int], group: str | None, group_of: Callable[[Quantity], str | None]
) -> bool:
    """Every count of a sentence names another group of people than ``group``: "The agency said
    the toll would rise, with 1,200 people missing." between a toll of the dead and its parts
    is told beside them, and the parts may follow in the sentence after it."""
    groups = [group_of(qs[p]) for p in members]
    return group in PEOPLE_EVENTS and bool(groups) and all(g in PEOPLE_EVENTS and g != group for g in groups)


def echoes_of_others(
    qs: Sequence[Quantity],
    parts: list[int],
    total: int,
    group_of: Callable[[Quantity], str | None],
    placed: Callable[[int], bool],
) -> list[int]:
    """``parts`` less the bare counts after the first that repeat a count of another group of
    people told beside the total: "26 people have died, with six missing." / "Four deaths were
    recorded in Vell, while 23 were recorded in Corra, where six people are still searched for."
    (the six are the missing, told again, not a part of the dead); a count placed on its own
    ("and six in Dace") stays a part."""
    group = group_of(qs[total])
    if group not in PEOPLE_EVENTS:
        return parts
    beside = {
        q.value
        for q in qs
        if q.sentence == qs[total].sentence and group_of(q) in PEOPLE_EVENTS and group_of(q) != group
    }
    return [
        p
        for n, p in enumerate(parts)
        if not (n and group_of(qs[p]) is None and qs[p].value in beside and not placed(p))
    ]

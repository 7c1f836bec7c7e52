"""FL403's reading of one incident's total against its parts told in the next sentence
(``analysis/incident_parts.py``): "The quake killed 120 people. Of the dead, 80 were in Tessaly
and 52 in Ormund." (132). More shapes in ``analysis/part_shapes.py``."""

from __future__ import annotations

from typing import Iterator, Sequence

from factlint.analysis.figure_types import Quantity
from factlint.analysis.incident_parts import IncidentModel
from factlint.analysis.list_parts import list_parts
from factlint.analysis.part_shapes import fates, opening_total, vote_parts


def incident_sums(
    qs: Sequence[Quantity], texts: Sequence[str]
) -> Iterator[tuple[Quantity, list[Quantity], int, float]]:
    """The totals whose parts in the next sentences do not make them, with the parts told as
    "one" and the parts' sum."""
    model = IncidentModel(qs, texts)
    seen = set()
    for found in model.wrong():
        seen.add(found.total)
        yield model.qs[found.total], [model.qs[p] for p in found.parts], found.ones, found.summed(model.qs)
    # more shapes (``analysis/part_shapes.py``): a sentence opening on its total, named
    # candidates' votes, the fates of a group closed by "others"
    by_sentence: dict[int, list[int]] = {}
    for k, q in enumerate(qs):
        by_sentence.setdefault(q.sentence, []).append(k)
    more = [opening_total(qs, members, texts[s]) for s, members in sorted(by_sentence.items())]
    more += [list_parts(qs, members, texts[s]) for s, members in sorted(by_sentence.items())]
    for f in [f for f in more if f is not None] + fates(qs, texts):
        if f.total not in seen and f.wrong(qs):
            seen.add(f.total)
            yield qs[f.total], [qs[p] for p in f.parts], f.ones, f.summed(qs)
    for total, parts in vote_parts(qs, texts):
        if not any(q is total for q in (qs[k] for k in seen)):
            yield total, parts, 0, float(sum(p.value for p in parts))

"""FL403's reading of one incident's total against its parts told in the next sentence
(``analysis/incident_parts.py``): "The quake killed 120 people. Of the dead, 80 were in Tessaly
and 52 in Ormund." (132)."""

from __future__ import annotations

from typing import Iterator, Sequence

from factlint.analysis.figure_types import Quantity
from factlint.analysis.incident_parts import IncidentModel


def incident_sums(
    qs: Sequence[Quantity], texts: Sequence[str]
) -> Iterator[tuple[Quantity, list[Quantity], int, float]]:
    """The totals whose parts in the next sentences do not make them, with the parts told as
    "one" and the parts' sum."""
    model = IncidentModel(qs, texts)
    for found in model.wrong():
        yield model.qs[found.total], [model.qs[p] for p in found.parts], found.ones, found.summed(model.qs)

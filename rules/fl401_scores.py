"""FL401: one match's final score told twice with different figures ("Dunmore beat Veland 2-0"
... "The 3-0 win leaves Dunmore two points clear"; a results line "Kell 135:129 Varn" ...
"Result: Kell 135-126 Varn").

Read by ``analysis/match_scores.py``: a score after a result verb, before a result noun or glued
to one ("einen 135:129-Sieg"), or in a results line of two teams ("Endstand: Kell - Varn: 135-126"). Half-time and running scores, legs and aggregates, shoot-outs, tennis
sets and other meetings (dated, "last season", "had beaten") are not read; a result told back
("the 3-0 win") is the story's match it shares a name with, or its one match.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.match_scores import score_conflicts
from factlint.analysis.subject_measures import disagreement


def match_score_findings(rule, doc, seen: set[tuple[int, int]]) -> Iterator:
    """A finding on each later telling of a match's final score that differs from an earlier one
    (sentence pairs in ``seen`` are already reported and are skipped)."""
    texts = [s.text for s in doc.sentences]
    if not any(c.isdigit() for t in texts for c in t):
        return
    yield from pair_findings(rule, doc, seen, score_conflicts(texts), "the score")


def pair_findings(rule, doc, seen: set[tuple[int, int]], pairs, what: str) -> Iterator:
    """A disagreement on each pair (earlier, later) of ``pairs`` whose two sentences ``seen`` has
    not reported yet; the pair's sentences are added to it."""
    for a, b in pairs:
        if (a.sentence, b.sentence) in seen:
            continue
        seen.add((a.sentence, b.sentence))
        yield disagreement(rule, doc, a, b, what)

"""FL401: figures whose clauses are about different things by their anchors (two towns, two
hospitals, the first and the second crash, what prosecutors sought and what the judge imposed, a
region's figure and the nation's) are different quantities (``analysis/figure_anchors.py``).

``apart`` is one more test of a pair the rule compares; ``without_anchored`` drops a finding of
any of FL401's readers whose two figures are anchored apart (the readers of named measures and
of ages compare figures by their own ways)."""

from __future__ import annotations

from typing import Iterable, Iterator

from factlint.analysis.figure_anchors import anchors_apart
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span, numbers
from factlint.linter.document import Document
from factlint.linter.finding import Finding
from factlint.linter.rule import Context


def apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two figures the rule would compare whose clauses carry different anchors of one sort."""
    return anchors_apart(a, b, sentences[a.sentence].text, sentences[b.sentence].text)


def without_anchored(doc: Document, ctx: Context, findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings, less those whose flagged figure and first related figure are anchored apart."""
    at: dict[tuple[int, int], Quantity] | None = None
    for f in findings:
        if f.related and f.related[0].path is None:
            if at is None:
                at = _figures_at(doc, ctx)
            a, b = at.get(_key(f.related[0].span)), at.get(_key(f.span))
            if a is not None and b is not None and a.sentence != b.sentence and apart(a, b, doc.sentences):
                continue
        yield f


def _figures_at(doc: Document, ctx: Context) -> dict[tuple[int, int], Quantity]:
    return {_key(figure_span(doc, q.sentence, q.start, q.end)): q for q in ctx.analysis(numbers).quantities}


def _key(span) -> tuple[int, int]:
    return (span.start, span.end)

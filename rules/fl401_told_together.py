"""FL401: figures that are no quantity to compare, or whose two values the story itself sets
side by side: a citation, item, section or table-row number (``analysis/figure_labels.py``), and
a pair of figures one of whose sentences states both values (``analysis/side_by_side.py``).

``apart`` is one more test of a pair the rule compares; ``without_told_apart`` drops a finding of
any of FL401's readers whose flagged and first related figures are such a pair."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from factlint.analysis.figure_labels import is_label
from factlint.analysis.figure_owners import FigureOwners
from factlint.analysis.figure_scope import FigureScopes
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span, numbers
from factlint.analysis.side_by_side import SideBySide
from factlint.linter.document import Document
from factlint.linter.finding import Finding
from factlint.linter.rule import Context


class ToldApart:
    """``apart(a, b)`` for the figures of one document."""

    def __init__(self, quantities: Sequence[Quantity], sentences):
        self._texts = [s.text for s in sentences]
        self._pairs = SideBySide(quantities, self._texts)
        self._scopes = FigureScopes(quantities, sentences)  # two places, another set, two records
        self._owners = FigureOwners(sentences)  # two parties, places, products or measures

    def label(self, q: Quantity) -> bool:
        return is_label(self._texts[q.sentence], q.start, q.end)

    def apart(self, a: Quantity, b: Quantity) -> bool:
        return (
            self.label(a)
            or self.label(b)
            or self._pairs.together(a, b)
            or self._scopes.apart(a, b)
            or self._owners.apart(a, b)
        )


def document_told_apart(doc: Document, ctx: Context) -> ToldApart:
    """The document's one ``ToldApart`` (memoised by ``ctx.analysis``): FL401's pair loop and the
    filter of its findings share it."""
    return ToldApart(ctx.analysis(numbers).quantities, doc.sentences)


def figures_by_span(doc: Document, ctx: Context) -> dict[tuple[int, int], Quantity]:
    """The document's figures by where they stand (``span_key``), to find a finding's figures."""
    return {
        span_key(figure_span(doc, q.sentence, q.start, q.end)): q for q in ctx.analysis(numbers).quantities
    }


def without_told_apart(doc: Document, ctx: Context, findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings, less those whose flagged figure and first related figure are told apart."""
    for f in findings:
        if f.related and f.related[0].path is None:
            at = ctx.analysis(figures_by_span)
            a, b = at.get(span_key(f.related[0].span)), at.get(span_key(f.span))
            if a is not None and b is not None and ctx.analysis(document_told_apart).apart(a, b):
                continue
        yield f


def span_key(span) -> tuple[int, int]:
    return (span.start, span.end)

"""FL401: a count checked again by another body and told as such ("The ministry said 41
passengers were missing" / "Local officials counted 38"): two sources' counts, reported so, are
at most an info for an editor, not a warning that blocks the story. The later figure's clause
must tell a count of its own ("counted", "tallied", "recorded", "confirmed") by a body other than
the one the earlier figure's clause names (``analysis/figure_scope.counted_by``); one body's two
figures ("police said 41" / "police counted 38") stay a warning."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from factlint.analysis.figure_scope import counted_by
from factlint.rules.fl401_told_together import figures_by_span, span_key
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context

_NOTE = " (counted again by another source: say whose count is right, or that counts differ)"


def as_second_checks(doc: Document, ctx: Context, findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings, a warning on a count another body checked again made an info."""
    for f in findings:
        if f.severity == Severity.WARNING and f.related and f.related[0].path is None:
            at = ctx.analysis(figures_by_span)
            a, b = at.get(span_key(f.related[0].span)), at.get(span_key(f.span))
            if a is not None and b is not None and _second_check(doc, a, b):
                message = f.message.replace(": check which is right", "") + _NOTE
                f = replace(f, severity=Severity.INFO, message=message)
        yield f


def _second_check(doc: Document, a, b) -> bool:
    first, _ = counted_by(doc.sentences[a.sentence].text, a.start)
    second, own = counted_by(doc.sentences[b.sentence].text, b.start)
    return bool(first and second and own and first != second)

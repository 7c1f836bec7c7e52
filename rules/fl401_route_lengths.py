"""FL401's reading of one line (a pipeline, a road, a tunnel, a border) given two lengths: "the
2,900 km pipeline" and later "the 3,700-km pipeline". Lengths are read by
``analysis/route_lengths.py``: only where nothing names or marks two lines of the kind."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.numbers import figure_span
from factlint.analysis.route_lengths import lengths, told_twice
from factlint.linter.finding import Related


def route_length_findings(rule, doc, ctx, told: set[tuple[int, int]]) -> Iterator:
    """One finding per line whose later length disagrees with an earlier one, where FL401's figure
    pass has not reported that figure already (``told``: the line and column of each)."""
    for a, b in told_twice(ctx.analysis(lengths)):
        span = figure_span(doc, b.sentence, b.start, b.end)
        if (span.line, span.col) in told:
            continue
        yield rule.finding(
            span,
            f'"{b.text}" for the length of the {b.key} disagrees with "{a.text}" earlier: check which is right',
            related=[Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier: "{a.text}"')],
            key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
        )

"""FL401's reading of a figure restated at once in another unit ("a 40-mile (25 km) route",
"winds of 100 km/h (80 mph)", "-5C (40F)") that does not convert, whatever rounding news copy
gives a converted figure (``analysis/conversions.py``)."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.conversions import restatements
from factlint.analysis.numbers import figure_span
from factlint.linter.finding import Related


def conversion_findings(rule, doc) -> Iterator:
    """One finding per restatement that no usual rounding explains, on the restated figure."""
    for s in doc.sentences:
        for pair in restatements(s.text):
            if pair.converts():
                continue
            a, b = pair.first, pair.second
            yield rule.finding(
                figure_span(doc, s.index, b.start, b.end),
                f'"{b.text}" does not convert to "{a.text}": the restatement in another unit gives a '
                f"different {pair.dimension} ({a.text} is about {pair.converted()})",
                related=[
                    Related(
                        figure_span(doc, s.index, a.start, a.end), message=f'the first figure, "{a.text}"'
                    )
                ],
                key_texts=[s.text, a.text, b.text],
            )

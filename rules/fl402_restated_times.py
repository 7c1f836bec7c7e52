"""FL402's reading of a length of time restated at once in another unit that does not hold:
"sentenced to 318 months -- more than 28 years --" (318 months is 26.5 years), "it burned for
150 minutes (more than three hours)". Pairs are read by ``analysis/time_restatements.py``; a
prison term restated in brackets is left to the prison-term reader (``fl402_terms.py``)."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis import prison_terms
from factlint.analysis.numbers import figure_span
from factlint.analysis.time_restatements import restatements
from factlint.linter.finding import Related

_HEDGE_WORDS = {"more": "more than ", "less": "less than ", "about": "about ", "": ""}


def restated_time_findings(rule, doc) -> Iterator:
    """One finding per restated length of time that its first figure does not bear out."""
    for s in doc.sentences:
        pairs = restatements(s.text)
        if not pairs:
            continue
        terms = {y[0] for _, y in prison_terms.restatements(s.text)}
        for pair in pairs:
            a, b = pair.first, pair.second
            if b.start in terms or pair.holds():
                continue
            yield rule.finding(
                figure_span(doc, s.index, b.start, b.end),
                f'"{_HEDGE_WORDS[pair.hedge]}{b.text}" does not restate "{a.text}" ({a.text} is about '
                f"{pair.converted()}): check which figure is right",
                related=[
                    Related(
                        figure_span(doc, s.index, a.start, a.end), message=f'the first figure, "{a.text}"'
                    )
                ],
                key_texts=[s.text, a.text, b.text],
            )

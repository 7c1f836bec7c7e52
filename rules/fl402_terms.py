"""FL402's reading of one prison term told twice: "sentenced to two years" and later "the court
gave her 30 months"; "gets 3-1/2 years" in the headline and "his 4.5-year sentence" below; and a
term restated at once in the other unit that does not convert ("78 months (seven and a half
years)"). Terms are read by ``analysis/prison_terms.py``: only imposed ones, of one person."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.numbers import figure_span
from factlint.analysis.prison_terms import differ, one_persons, restatements, terms
from factlint.linter.finding import Related


def _months(m: float) -> str:
    years, rest = divmod(m, 12)
    if not rest:
        return f"{years:g} years"
    return f"{m:g} months" if not years else f"{years:g} years, {rest:g} months"


def term_findings(rule, doc, ctx) -> Iterator:
    """One finding per term that disagrees with an earlier term of the same person, and one per
    restatement in brackets that does not convert."""
    found = ctx.analysis(terms)
    for i, b in enumerate(found):
        a = next(
            (a for a in found[:i] if a.sentence != b.sentence and differ(a, b) and one_persons(found, a, b)),
            None,
        )
        if a is None:
            continue
        yield rule.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            f'"{b.text}" for the prison term disagrees with "{a.text}" earlier '
            f"({_months(b.months)} against {_months(a.months)}): check which term the court gave",
            related=[
                Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier term: "{a.text}"')
            ],
            key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
        )
    for s in doc.sentences:
        for x, y in restatements(s.text):
            if abs(x[3] - y[3]) <= max(x[4], y[4]) / 2:
                continue
            yield rule.finding(
                figure_span(doc, s.index, y[0], y[1]),
                f'"{y[2]}" does not restate "{x[2]}" ({x[2]} is {_months(x[3])}): check which figure is right',
                related=[
                    Related(figure_span(doc, s.index, x[0], x[1]), message=f'the first figure, "{x[2]}"')
                ],
                key_texts=[s.text, x[2], y[2]],
            )

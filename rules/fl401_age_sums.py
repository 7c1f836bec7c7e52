"""FL401: a person's age that the story's other facts rule out: a birth year against an age at a
dated time ("born in 1953" / "on Jan. 21, 2028, when he will be 68"), against "the 31-year-old"
in a story dated 2024, and an age when sentenced plus the years of the sentence against the age
when released ("was 46 when sentenced to 50 years", "jailed for 50 years" / "will be 98 when
released").

Read by ``analysis/age_arithmetic.py`` only where the story is plain: one birth year, one year in
the age's sentence or clause, the story's own date for "the N-year-old" (and no other age), one
sentencing and one release, no parole or time served. A birthday makes either of two ages right.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.age_arithmetic import age_sums
from factlint.analysis.dates import article_date
from factlint.analysis.numbers import figure_span
from factlint.linter.finding import Related


def age_sum_findings(rule, doc) -> Iterator:
    """A finding on each age that ``age_sums`` rules out."""
    texts = [s.text for s in doc.sentences]
    if not any("born" in t or "sentenced" in t or "jailed" in t or "imprisoned" in t for t in texts):
        return  # (nearly every story)
    day = article_date(doc.meta)
    for a in age_sums(texts, day.year if day else None):
        low, high = a.allowed
        yield rule.finding(
            figure_span(doc, a.sentence, a.start, a.end),
            f'the age "{a.text}" does not fit the story\'s other facts ({a.basis}): it would be '
            f"{low} or {high}",
            related=[
                Related(
                    figure_span(doc, a.basis_sentence, a.basis_start, a.basis_end), message="the other fact"
                )
            ],
            key_texts=[texts[a.sentence], texts[a.basis_sentence]],
        )

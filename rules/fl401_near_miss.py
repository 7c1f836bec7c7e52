"""FL401's reading of one quantity told twice a slip apart: the same unit and the same referent
(the same place and compass point, the same named fund or body, the same owner, a headline's and
its lede's figure of the same words) with values two swapped digits, one changed digit, or one or
two apart ("$112.39" / "$112.93", "about 75 km north of X" / "about 85 km north of X"). Read by
``analysis/near_miss.py``."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.call_backs import call_backs
from factlint.analysis.definite_slips import definite_slips
from factlint.analysis.headline_restated import headline_restated
from factlint.analysis.near_miss import near_misses
from factlint.analysis.numbers import figure_span
from factlint.linter.finding import Related


def near_miss_findings(rule, doc, ctx, told: set[tuple[int, int]]) -> Iterator:
    """One finding per later figure a slip away from an earlier one of the same referent, where
    FL401's figure pass has not reported that figure already (``told``: line and column of each)."""
    for m in [
        *ctx.analysis(near_misses),
        *ctx.analysis(headline_restated),
        *ctx.analysis(definite_slips),
        *ctx.analysis(call_backs),
    ]:
        a, b = m.first, m.second
        span = figure_span(doc, b.sentence, b.start, b.end)
        if (span.line, span.col) in told:
            continue
        told.add((span.line, span.col))
        yield rule.finding(
            span,
            f'"{b.text}" disagrees with "{a.text}" given earlier for {m.referent}: a slip of one digit? check which is right',
            related=[Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier: "{a.text}"')],
            key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
        )

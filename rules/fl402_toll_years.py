"""FL402: a past disaster told twice by its death toll, dated to two years: "The worst flood was
in March 1896, when 65 died" / "memories of the 1898 disaster that killed 65". A toll of the dead
names its event as well as a date does: the same toll told with another year a few years off
is one event dated twice (a digit slipped), not two events that each killed that many.

Read only for tolls of at least ten dead, each dated by one year in its own clause, told in two
sentences, the years at most ten apart; silent when a third toll of that value is told, when one
sentence tells both years (a list of events), or when the two tolls are of places told apart.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.text import figure_tokens
from factlint.linter.finding import Related

_LEAST = 10  # dead a toll must count to name its event (two or three dead is many events' toll)
_APART = 10  # years apart a slipped year usually is at most


def toll_year_findings(rule, doc, facts, seen: set) -> Iterator:
    """Findings on the later year of each toll read as above."""
    tolls = [q for q in facts.quantities if _dated_toll(q)]
    if len(tolls) < 2:
        return  # (nearly every story)
    texts = [s.text for s in doc.sentences]
    for n, b in enumerate(tolls):
        same = [a for a in tolls if a is not b and a.value == b.value]
        if len(same) != 1 or same[0] not in tolls[:n]:
            continue
        a = same[0]
        (ya,), (yb,) = a.years, b.years
        if a.sentence == b.sentence or ya == yb or abs(ya - yb) > _APART or (a.sentence, b.sentence) in seen:
            continue
        if (
            {ya, yb} <= a.sentence_years
            or {ya, yb} <= b.sentence_years
            or a.names
            and b.names
            and a.names != b.names
        ):
            continue
        at_b, at_a = _year_at(texts[b.sentence], yb), _year_at(texts[a.sentence], ya)
        if at_b is None or at_a is None:
            continue
        seen.add((a.sentence, b.sentence))
        yield rule.finding(
            figure_span(doc, b.sentence, *at_b),
            f'"{yb}" dates the event that killed {b.text}, dated "{ya}" earlier by the same toll: '
            "if they are two events, say so",
            related=[Related(figure_span(doc, a.sentence, *at_a), message=f'earlier year: "{ya}"')],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )


def _dated_toll(q: Quantity) -> bool:
    return (
        q.kind == "count" and q.event == "death" and q.value >= _LEAST and len(q.years) == 1 and not q.modal
    )


def _year_at(text: str, year: int) -> tuple[int, int] | None:
    return next(((t.start, t.end) for t in figure_tokens(text) if t.text == str(year)), None)

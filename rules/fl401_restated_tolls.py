"""FL401: a toll (the dead, the injured, the missing) restated by a definite or a partitive phrase
with another value: "58 people were killed" … "Most of the 85 dead"; "the toll rose to 117" …
"Of the 112 deaths"; "injured 17 others" … "Six of the 19 injured"; "14 people had died" … "The
toll of 17". What pairs them is ``analysis/restated_tolls``; here they are told, on the later
figure, unless that pair of sentences was already reported or the two are dated to other days
(a partitive's day is what befell the part: "Six of the 19 injured were released on Sunday")."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.restated_tolls import restated_tolls
from factlint.linter.finding import Related
from factlint.rules.fl401_events import _different_days

_WHAT = {"death": "the death toll", "injury": "the number injured", "missing": "the number missing"}


def restated_toll_findings(rule, doc, qs: list[Quantity], seen: set) -> Iterator:
    """Findings on the later figure of each pair (``seen``: sentence pairs already told)."""
    texts = [s.text for s in doc.sentences]
    for ai, bi, partitive in restated_tolls(qs, texts):
        a, b = qs[ai], qs[bi]
        if (a.sentence, b.sentence) in seen or not partitive and _different_days(a, b):
            continue
        seen.add((a.sentence, b.sentence))
        what = _WHAT.get(a.event or "", "the same group")
        yield rule.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            f'"{b.text}" disagrees with "{a.text}" given earlier for {what}: check which is right',
            related=[
                Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier figure: "{a.text}"')
            ],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )

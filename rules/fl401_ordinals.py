"""FL401's reading of a career count told twice with two ordinals: "Tull won her 19th career
title" / "It was her 18th career title", "the 19th major title of her career" / "Serrans' 18th
major title win" (one subject, one noun phrase, no other frame such as a season, a place, a year
or a bid). Read by ``analysis/one_time_events.career_ordinals``."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.languages import article_language
from factlint.analysis.numbers import figure_span
from factlint.analysis.one_time_events import career_ordinals, conflicts
from factlint.linter.finding import Related


def ordinal_findings(rule, doc) -> Iterator:
    """One finding per later ordinal of one subject's count that disagrees with the earlier one."""
    if article_language(doc.text) not in (None, "en"):
        return
    for a, b in conflicts(career_ordinals(doc)):
        yield rule.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            f'"{b.text}" disagrees with "{a.text}" earlier for {b.what}: check which is right',
            related=[Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier: "{a.text}"')],
            key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
        )

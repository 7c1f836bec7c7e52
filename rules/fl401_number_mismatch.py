"""FL401 number-mismatch."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.numbers import Quantity, converts, figure_span, numbers, same_thing, values_conflict
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule


def _fmt(q: Quantity) -> str:
    return f'"{q.text}"'


def _what(q: Quantity) -> str:
    if q.kind == "age":
        return f"the age of {q.person.title()}" if q.person else "an age"
    generic = {"person", "people", None}
    events = {"death": "the death toll", "injury": "the number injured", "arrest": "the number arrested",
              "rescue": "the number rescued", "evacuation": "the number evacuated", "deal": "the price"}
    if q.event in events and q.head in generic:
        return events[q.event]
    if q.kind == "count" and q.head in {"person", "people"} and not q.event:
        return "the number of people"
    for thing in (q.attribute if q.kind in {"measure", "ratio", "percent", "money"} else None, q.head,
                  q.attribute, q.event):
        if thing:
            return events.get(thing, f"the {thing.replace('&', ' and ')}")
    return "the same figure"


class NumberMismatch(Rule):
    """The same quantity about the same thing is given as two different numbers.

    What it flags:
        Two figures in different sentences that count or measure the same thing — the same unit,
        the same counted noun, measured attribute or event ("12 killed" … "15 people died"), the
        same person's age — but disagree beyond rounding: "12" against "15", "a dozen" against
        "14", "about 30" against "about 60". Also a figure restated in another unit that does
        not convert ("10 km (3 miles)"). The finding sits on the later figure; the earlier one
        is the related location.

        It stays silent when the figures may be about different things or moments: different
        years or named subjects, changes and comparisons ("rose to", "than", "another"), scopes
        ("each", "last season", "in total"), plans against facts, ranges ("30 to 50"), scores
        ("2-1"), phone numbers, ordinals, labels ("Flight 370"), years, and different
        currencies (a conversion depends on a rate).

    Why it matters:
        Totals, tolls and ages are what readers quote and what corrections are made for; NLI
        models read "12" and "15" as near-synonyms, so these are checked explicitly.

    Bad:
        Twelve people were killed when the bridge collapsed on Tuesday.

        Rescuers said 15 people died in the collapse.

    Good:
        Twelve people were killed when the bridge collapsed on Tuesday.

        By Wednesday the toll had risen to 15.

    Options:
        min_gap (float, 0.0): ignore disagreements smaller than this share of the larger figure
        (0.1 = ten per cent).
    """

    id = "FL401"
    name = "number-mismatch"
    severity = Severity.WARNING
    defaults = {"min_gap": 0.0}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        facts = ctx.analysis(numbers)
        sentences = doc.sentences
        seen: set[tuple[int, int]] = set()
        qs = facts.quantities
        for bi, b in enumerate(qs):
            for a in qs[:bi]:
                if a.sentence == b.sentence:
                    if a.kind == b.kind == "measure" and a.unit == b.unit and _restated(a, b, sentences) \
                            and not converts(a, b):
                        yield self.finding(
                            figure_span(doc, b.sentence, b.start, b.end),
                            f'{_fmt(b)} does not convert to {_fmt(a)}: the restatement in another '
                            f"unit gives a different {a.unit}",
                            related=[Related(figure_span(doc, a.sentence, a.start, a.end),
                                             message=f"the first figure, {_fmt(a)}")],
                            key_texts=[sentences[b.sentence].text, a.text, b.text])
                    continue
                if (a.sentence, b.sentence) in seen:
                    continue
                if not same_thing(a, b) or not values_conflict(a, b) or self._small(a, b):
                    continue
                seen.add((a.sentence, b.sentence))
                what = _what(a)
                yield self.finding(
                    figure_span(doc, b.sentence, b.start, b.end),
                    f"{_fmt(b)} disagrees with {_fmt(a)} given earlier for {what}",
                    related=[Related(figure_span(doc, a.sentence, a.start, a.end),
                                     message=f"earlier figure: {_fmt(a)}")],
                    key_texts=[sentences[b.sentence].text, sentences[a.sentence].text],
                )

    def _small(self, a: Quantity, b: Quantity) -> bool:
        gap = float(self.options["min_gap"] or 0)
        big = max(abs(a.base_value), abs(b.base_value)) or 1.0
        return abs(a.base_value - b.base_value) / big < gap


def _restated(a: Quantity, b: Quantity, sentences) -> bool:
    """"5 km (3 miles)", "5 km, or 3 miles," "5 km/3 miles": b restates a in another unit."""
    text = sentences[a.sentence].text
    between = text[a.end:b.start].strip().lower()
    if a.text.split()[-1].lower() == b.text.split()[-1].lower():
        return False
    return between in {"(", ", or", "or", "/", "(about", "(around", "(roughly", "(some", ", about", "(nearly"} \
        or (between.startswith("(") and len(between) <= 10)

"""FL403 arithmetic."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Iterable

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import NumberFacts, figure_span, numbers
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import CappedOptions, Context, Rule, option


# a share of those asked, as the subject of their answer: "48% backed", "21% were undecided"
_ANSWER = re.compile(
    r"\s+(?:of\s+(?:those|people|voters|respondents)\s+(?:asked|polled|surveyed)\s+)?(?:(?:were|are|was|said\s+they\s+were)\s+)?"
    r"(?:backed|support(?:ed)?|oppos(?:ed|e)|favou?r(?:ed)?|approv(?:ed|e)|disapprov(?:ed|e)|"
    r"undecided|unsure|against|in\s+favou?r|said\s+(?:yes|no)|voted|preferred|wanted|agreed|disagreed|"
    r"did\s+not\s+know|didn't\s+know|had\s+no\s+opinion)\b",
    re.IGNORECASE,
)


_SAME_QUESTION = re.compile(r"\s*(?:(?:it|them|this|that|so)\b)?\s*(?:[,;.]|and\b|or\b|$)", re.IGNORECASE)


def _n(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")


# the scale words a figure is written with ("£2m", "$1.5 billion")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SCALES |= {"tn": 1e12, "trillion": 1e12}
_WRITTEN = re.compile(r"^(?P<pre>\D*?)[\d.,]+(?P<post>\s*[A-Za-z]+)?$")


def _like(value: float, written: str) -> str:
    """``value`` written the way ``written`` is: its currency and scale ("£2.5m" like "£2m"),
    so that a sum reads as the figures it adds up."""
    m = _WRITTEN.match(written.strip())
    if m is None:
        return _n(value)
    pre, post = m.group("pre"), (m.group("post") or "")
    scale = _SCALES.get(post.strip().lower())
    if scale is None:
        return pre + _n(value) if pre and not post else _n(value)
    return f"{pre}{_n(value / scale)}{post}"


class Arithmetic(Rule):
    """Figures that do not add up: parts against their total, a share against its counts, a list
    against its stated length, an age against a birth date.

    What it flags:
        - Parts that do not make the stated total: "12 people were killed: eight soldiers and five
          civilians" (13); with "including" or "of whom" the parts may be fewer, never more.
          Likewise a group split into parts: "Of the 25 workers, 20 escaped, three died and four
          were taken to hospital" (27).
        - A percentage inconsistent with its counts: "40 of the 200 students (25%)" (20%), and a
          part larger than its whole ("15 of the 12 passengers").
        - A poll's answers to one question that make more than 100%: "48% backed the plan, 39%
          opposed it and 21% were undecided".
        - An enumeration whose count is wrong: "three countries: France, Germany, Italy and Spain".
        - An age inconsistent with a birth date: "Smith, 45, was born in 1990" in an article of 2024.
          The age is taken at the article's date (front matter ``date``), or at a date given in
          the same sentence; an undated article is checked against every year from the latest it
          mentions up to today, and the finding says so.

    Why it matters:
        Sums, shares and ages are where a late edit to one figure leaves another stale; each is
        checkable from the article alone.

    Bad:
        The attack killed 12 people: eight soldiers and five civilians.

    Good:
        The attack killed 13 people: eight soldiers and five civilians.
    """

    id = "FL403"
    name = "arithmetic"
    severity = Severity.WARNING

    class Options(CappedOptions):
        percent_tolerance: float = option(
            1.0,
            "percentage points a stated share may differ from the one "
            "its counts give (beyond its own rounding)",
            ge=0,
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return self._check(doc, ctx)

    def _check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        facts = ctx.analysis(numbers)
        yield from self._totals(doc, facts)
        yield from self._shares(doc, facts)
        yield from self._enumerations(doc, facts)
        yield from self._poll_shares(doc, facts)
        yield from self._ages(doc, facts)

    def _totals(self, doc, facts: NumberFacts):
        for t in facts.totals:
            total = t.total.value
            parts = sum(p.value for p in t.parts)
            listed = " + ".join(f'"{p.text}"' for p in t.parts)
            if t.exhaustive and abs(parts - total) > 1e-9:
                yield self.finding(
                    figure_span(doc, t.sentence, t.total.start, t.parts[-1].end),
                    key_texts=[doc.sentences[t.sentence].text],
                    message=f'the parts {listed} make {_like(parts, t.total.text)}, not the stated total "{t.total.text}"',
                )
            elif not t.exhaustive and parts > total + 1e-9:
                # "… 40 passengers. Of them, 28 …": the group was counted in the sentence before
                before = t.total.sentence != t.sentence
                yield self.finding(
                    figure_span(
                        doc, t.sentence, t.parts[0].start if before else t.total.start, t.parts[-1].end
                    ),
                    key_texts=[doc.sentences[t.sentence].text],
                    message=f'the parts {listed} make {_like(parts, t.total.text)}, more than the stated total "{t.total.text}"'
                    + (" the sentence before gives" if before else ""),
                    related=[
                        Related(
                            figure_span(doc, t.total.sentence, t.total.start, t.total.end),
                            message=f'the total, "{t.total.text}"',
                        )
                    ]
                    if before
                    else [],
                )

    def _shares(self, doc, facts: NumberFacts):
        tol = self.options.percent_tolerance
        for s in facts.shares:
            part, whole, pct = s.part.value, s.whole.value, s.percent
            if whole <= 0:
                continue
            if part > whole:
                yield self.finding(
                    figure_span(doc, s.sentence, s.part.start, s.whole.end),
                    key_texts=[doc.sentences[s.sentence].text],
                    message=f'"{s.part.text}" of "{s.whole.text}" is a part larger than its whole',
                )
                continue
            if pct is None:
                continue
            actual = 100.0 * part / whole
            slack = tol + pct.precision / 2 + (3.0 if pct.approx or s.part.approx or s.whole.approx else 0.0)
            if pct.bound == "lower" and actual >= pct.value or pct.bound == "upper" and actual <= pct.value:
                continue
            if abs(actual - pct.value) > slack:
                yield self.finding(
                    figure_span(doc, s.sentence, min(pct.start, s.part.start), max(pct.end, s.whole.end)),
                    key_texts=[doc.sentences[s.sentence].text],
                    message=f'"{pct.text}" does not match "{s.part.text}" of "{s.whole.text}", which is '
                    f"{actual:.1f}%",
                )

    def _poll_shares(self, doc, facts: NumberFacts):
        """One sentence splitting a poll's answers ("48% backed the plan, 39% opposed it and 21%
        were undecided"): shares of one whole, so they cannot make more than 100%."""
        by_sentence: dict[int, list[Quantity]] = {}
        for q in facts.quantities:
            if q.kind == "percent" and not q.movement and not q.bound and not q.approx:
                by_sentence.setdefault(q.sentence, []).append(q)
        for si, qs in by_sentence.items():
            text = doc.sentences[si].text
            matches = [_ANSWER.match(text, q.end) for q in qs]
            if None in matches or len(qs) < 3:
                continue
            # one question: after the first answer, each says "it", "them" or nothing of what
            # it answers ("61% backed the ban, 64% opposed new taxes" answer two questions)
            if any(not _SAME_QUESTION.match(text, m.end()) for m in matches[1:]):
                continue
            answers = qs
            total = sum(q.value for q in answers)
            if total <= 100 + 0.5 * len(answers) + max(q.precision for q in answers) / 2:
                continue
            listed = " + ".join(f'"{q.text}"' for q in answers)
            yield self.finding(
                figure_span(doc, si, answers[0].start, answers[-1].end),
                key_texts=[text],
                message=f"the answers {listed} make {_n(total)}%, more than all of those asked: "
                "check which share is wrong",
            )

    def _enumerations(self, doc, facts: NumberFacts):
        for e in facts.enumerations:
            if e.stated != len(e.items):
                items = ", ".join(e.items)
                yield self.finding(
                    figure_span(doc, e.sentence, e.start, e.end),
                    key_texts=[doc.sentences[e.sentence].text],
                    message=f'"{e.text}" but {len(e.items)} are listed ({items})',
                )

    def _ages(self, doc, facts: NumberFacts):
        # "at the age of nineteen, she …" dates an earlier moment of a life, not the article's
        ages = [
            q
            for q in facts.quantities
            if q.kind == "age" and q.person and not q.approx and not q.bound and q.age_form != "at-age"
        ]
        by_person: dict[str, list] = {}
        for b in facts.births:  # in sentence order
            by_person.setdefault(b.person, []).append(b)
        for age in ages:
            births = by_person.get(age.person)
            if not births:
                continue
            birth = _nearest(births, age.sentence)
            yield from self._age_against(doc, facts, age, birth)

    def _age_against(self, doc, facts: NumberFacts, age: Quantity, birth) -> Iterable[Finding]:
        other_years = sorted(y for y in age.years if y != birth.year)
        if other_years:  # "in 1990, aged 30": the age at that year
            lo_ref = hi_ref = (other_years[-1], None)
            where = f"in {other_years[-1]}"
        elif facts.dated:
            lo_ref = hi_ref = (facts.ref_date.year, facts.ref_date)
            where = f"on the article's date, {facts.ref_date.isoformat()}"
        else:
            mentioned = [y for y in facts.years_mentioned if y > birth.year]
            if not mentioned:
                return
            lo_ref = (max(mentioned), None)
            hi_ref = (facts.ref_date.year, facts.ref_date)
            where = (
                f"between {max(mentioned)} and today, {facts.ref_date.isoformat()} (the article has no date)"
            )
        low = _age_at(birth, *lo_ref)[0]
        high = _age_at(birth, *hi_ref)[1]
        value = int(age.value)
        if low <= value <= high:
            return
        expected = str(low) if low == high else f"{low} to {high}" if high - low > 1 else f"{low} or {high}"
        sentence = doc.sentences[age.sentence]
        related = (
            []
            if birth.sentence == age.sentence
            else [
                Related(
                    figure_span(doc, birth.sentence, birth.start, birth.end),
                    message=f'birth date: "{birth.text}"',
                )
            ]
        )
        yield self.finding(
            figure_span(doc, age.sentence, age.start, age.end),
            key_texts=[sentence.text],
            message=f'age "{age.text.strip(",")}" does not fit born "{birth.text}": {age.person.title()} '
            f"would be {expected} {where}",
            related=related,
        )


def _nearest(births: list, sentence: int):
    """The birth (of a list in sentence order) nearest ``sentence``, the earliest on a tie."""
    keys = [b.sentence for b in births]
    k = bisect.bisect_left(keys, sentence)
    options = [x for x in (k - 1, k) if 0 <= x < len(births)]
    best = min(options, key=lambda x: abs(keys[x] - sentence))
    return births[bisect.bisect_left(keys, keys[best])]  # the first birth in that sentence


def _age_at(birth, year: int, on: date | None) -> tuple[int, int]:
    """(lowest, highest) age someone born ``birth`` can have in ``year`` (or on date ``on``)."""
    if on is not None and birth.month is not None and birth.day is not None:
        try:
            had_birthday = (on.month, on.day) >= (birth.month, birth.day)
        except ValueError:
            had_birthday = True
        exact = on.year - birth.year - (0 if had_birthday else 1)
        return exact, exact
    return year - birth.year - 1, year - birth.year

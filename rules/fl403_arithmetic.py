"""FL403 arithmetic."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Iterable

from factlint.analysis.count_facts import count_fact
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import NumberFacts, figure_span, numbers
from factlint.analysis.numtext import lexicon
from factlint.analysis.text import word_tokens
from factlint.analysis.told_sums import told_sums
from factlint.analysis.words import STOPWORDS
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import CappedOptions, Context, Rule, option
from factlint.rules.fl401_abroad import day_of_a_date
from factlint.rules.fl403_aboard import aboard_parts
from factlint.rules.fl403_basis_points import restated_points
from factlint.rules.fl403_change_apart import changes_apart
from factlint.rules.fl403_changes import plain_number, stated_changes
from factlint.rules.fl403_gaps_apart import gap_text, gaps_apart
from factlint.rules.fl403_incidents import incident_sums
from factlint.rules.fl403_share_apart import shares_apart
from factlint.rules.fl403_margins import stated_leads, stated_majorities
from factlint.rules.fl403_move_to_level import moves_to_levels
from factlint.rules.fl403_prices import stated_totals
from factlint.rules.fl403_race_gaps import race_gaps
from factlint.rules.fl403_release_ages import release_ages
from factlint.rules.fl403_revisions import revision_sums
from factlint.rules.fl403_split_abroad import splits_abroad
from factlint.rules.fl403_turnout import turnout_mismatches


# a share of those asked, as the subject of their answer: "48% backed", "21% were undecided"
_ANSWER = re.compile(
    r"\s+(?:of\s+(?:those|people|voters|respondents)\s+(?:asked|polled|surveyed)\s+)?(?:(?:were|are|was|said\s+they\s+were)\s+)?"
    r"(?:backed|support(?:ed)?|oppos(?:ed|e)|favou?r(?:ed)?|approv(?:ed|e)|disapprov(?:ed|e)|"
    r"undecided|unsure|against|in\s+favou?r|said\s+(?:yes|no)|voted|preferred|wanted|agreed|disagreed|"
    r"did\s+not\s+know|didn't\s+know|had\s+no\s+opinion)\b",
    re.IGNORECASE,
)


_SAME_QUESTION = re.compile(r"\s*(?:(?:it|them|this|that|so)\b)?\s*(?:[,;.]|and\b|or\b|$)", re.IGNORECASE)


# the scale words a figure is written with ("£2m", "$1.5 billion")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SCALES |= {"tn": 1e12, "trillion": 1e12}
_WRITTEN = re.compile(r"^(?P<pre>\D*?)[\d.,]+(?P<post>\s*[A-Za-z]+)?$")


def _like(value: float, written: str) -> str:
    """``value`` written the way ``written`` is: its currency and scale ("£2.5m" like "£2m"),
    so that a sum reads as the figures it adds up."""
    m = _WRITTEN.match(written.strip())
    if m is None:
        return plain_number(value)
    pre, post = m.group("pre"), (m.group("post") or "")
    scale = _SCALES.get(post.strip().lower())
    if scale is None:
        return pre + plain_number(value) if pre and not post else plain_number(value)
    return f"{pre}{plain_number(value / scale)}{post}"


class Arithmetic(Rule):
    """Figures that do not add up: parts against their total, a share against its counts, a list
    against its stated length, an age against a birth date.

    What it flags:
        - Parts that do not make the stated total: "12 people were killed: eight soldiers and five
          civilians" (13); with "including" or "of whom" the parts may be fewer, never more.
          Likewise a group split into parts: "Of the 25 workers, 20 escaped, three died and four
          were taken to hospital" (27). A day of a date in another language ("30 de abril") is none.
        - A partition that does not make its total: parts that words say are all of it ("162 people
          — 148 passengers and 12 crew", "broke down as", "made up of", "… and the rest, 20",
          "Of them, 250 are men and 170 are women"), in the total's sentence or the next one
          (``analysis/partitions.py``); "including", "among them" or "dont" lists only some of it.
        - A count of casualties (or victims) that is neither the dead nor the dead and injured
          another sentence counts ("12 dead and 30 injured" / "54 casualties"); not where a
          sentence marks a stage ("rose to", "earlier") or another incident.
        - A sum of the dead and the missing that their counts told before do not make: "85 dead and
          20 missing" / "if the missing are found dead, that is 115" (``analysis/told_sums.py``).
        - A percentage inconsistent with its counts: "40 of the 200 students (25%)" (20%), "Of the
          400 asked, 300, or 60%, …", "3,000 of 5,000 voters, a turnout of 70%", and a part larger
          than its whole ("15 of the 12 passengers"); a bound count ("more than 40") its bound;
          tied by a clause: "was 58%, showing that 2,146 voters cast ballots out of a total of 3,902".
          The share may come first when it names what the counts count ("80 percent of the
          seats: 127 of the 255"; not "62% of the vote: 127 of the 255 seats"), or a group's
          share its count ("Of the 152 killed, 21.7 per cent, or 45, were children").
        - A poll's answers to one question that make more than 100%: "48% backed the plan, 39%
          opposed it and 21% were undecided".
        - A change stated beside its two ends that they do not give: "fell from 61% to 54%, a drop of
          nine points" (seven), "rose from £900 to £1,000, a rise of 15%" (11%), "1,100 more than the
          11,512" in a sentence of 12,412; a difference, points between two percentages, or a
          percentage of the first end, within the figures' rounding; basis points are hundredths of a
          point ("cut its rate by 25 basis points to 4.5% from 4.85%") (``rules/fl403_changes.py``); a
          lead beside the two figures it lies between: "60 votes and Sorel 45, a 25-vote lead" told
          within a few words (``rules/fl403_margins.py``), a race's gap beside its two times
          (``fl403_race_gaps.py``) or a rival's time told before (``fl403_gaps_apart.py``), and a
          majority told as a fraction its one tally does not reach ("by a two-thirds majority, 41
          votes to 39"; not "fell short of the two-thirds majority it needed"); a total beside a count
          and its unit price: "2,000 shares at $15 each, worth $40,000" (``rules/fl403_prices.py``).
        - An enumeration whose count is wrong: "three countries: France, Germany, Italy and Spain".
        - An age on release above the age at the sentence plus the term: "was 54 when sentenced to
          30 years and will be 87 on release" (``fl403_release_ages.py``).
        - An age inconsistent with a birth date: "Smith, 45, was born in 1990" in an article of 2024.
          The age is taken at the article's date (front matter ``date``), or at a date given in
          the same sentence (to the day, when it gives one: "Velde, 34, died on 10 February
          2019"); an undated article is checked against every year from the latest it mentions
          up to today, and the finding says so.
        - An anniversary's number against the event's year told beside its words ("the 30th
          anniversary of the flood" marked in 2024 / "the flood of 1990"), in a dated article
          or a sentence with its own date.

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
        told: list[tuple[int, int]] = []
        for f in self._check(doc, ctx):
            told.append((f.span.start, f.span.end))
            yield f
        # readers of a second pass, told only where no reader above told the same figures: the
        # spans told, merged and sorted, are searched by bisection
        merged: list[list[int]] = []
        for a, b in sorted(told):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        starts = [a for a, _ in merged]
        for f in self._second(doc):
            k = bisect.bisect_left(starts, f.span.end) - 1  # the last span starting before f ends
            if k < 0 or merged[k][1] <= f.span.start:
                yield f

    def _second(self, doc: Document) -> Iterable[Finding]:
        for a in aboard_parts([s.text for s in doc.sentences]):  # rules/fl403_aboard.py
            yield self.finding(
                figure_span(doc, a.sentence, a.start, a.end),
                key_texts=[doc.sentences[a.sentence].text],
                message=f'the parts "{a.parts[0]}" + "{a.parts[1]}" make {plain_number(a.summed)}, not the '
                f'"{a.total}" people on board told nearby; check which figure is right',
                related=[
                    Related(
                        figure_span(doc, a.total_sentence, a.total_start, a.total_end), message="the total"
                    )
                ],
            )
        for s in doc.sentences:
            for t in turnout_mismatches(s.text):  # rules/fl403_turnout.py
                yield self.finding(
                    figure_span(doc, s.index, t.start, t.end),
                    key_texts=[s.text],
                    message=f'the turnout "{t.share.text}" is not the "{t.voted.text}" who voted of the '
                    f'"{t.register.text}" on the register, which is {t.expected}; check which figure is right',
                )
            for d in splits_abroad(s.text):  # rules/fl403_split_abroad.py
                listed = " + ".join(f'"{p}"' for p in d.parts)
                yield self.finding(
                    figure_span(doc, s.index, d.start, d.end),
                    key_texts=[s.text],
                    message=f"the parts {listed} make {plain_number(d.summed)}, "
                    + ("more than" if d.summed > d.total_value else "not")
                    + f' the total "{d.total}" they split; check which figure is right',
                )

    def _check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        facts = ctx.analysis(numbers)
        yield from self._totals(doc, facts)
        yield from self._incident_totals(doc, facts)
        yield from self._told_sums(doc, facts)
        yield from self._casualty_totals(doc, facts)
        yield from self._shares(doc, facts)
        yield from self._enumerations(doc, facts)
        yield from self._poll_shares(doc, facts)
        yield from self._ages(doc, facts)
        yield from self._anniversaries(doc, facts)
        yield from self._changes(doc)
        yield from self._leads(doc)
        yield from self._prices(doc)

    def _prices(self, doc):
        for r in revision_sums([s.text for s in doc.sentences]):  # rules/fl403_revisions.py
            changes = ", ".join(f'"{a.text}" to "{b.text}"' for a, b in r.changes)
            yield self.finding(
                figure_span(doc, r.sentence, r.start, r.end),
                key_texts=[doc.sentences[r.sentence].text],
                message=f'the total "{r.total.text}" is not the sum of the changes {changes}, which is '
                f"{_like(r.expected, r.total.text)}; check which figure is right",
            )
        for s in doc.sentences:
            for c in stated_totals(s.text):
                yield self.finding(
                    figure_span(doc, s.index, c.start, c.end),
                    key_texts=[s.text],
                    message=f'the total "{c.total.text}" is not "{c.count.text}" at "{c.price.text}", which is '
                    f"{c.expected}; check which figure is right",
                )

    def _leads(self, doc):
        for s in doc.sentences:
            for g in race_gaps(s.text):
                yield self.finding(
                    figure_span(doc, s.index, g.start, g.end),
                    key_texts=[s.text],
                    message=f'the gap "{g.gap.text}" is not the difference of "{g.first.text}" and '
                    f'"{g.second.text}", which is {g.expected}; check which figure is right',
                )
            for r in release_ages(s.text):
                yield self.finding(
                    figure_span(doc, s.index, r.start, r.end),
                    key_texts=[s.text],
                    message=f'"{r.release}" on release is more than "{r.age}" at the sentence and its '
                    f'"{r.term}" years allow ({r.most} at most); check which figure is right',
                )
            for c in stated_leads(s.text):
                yield self.finding(
                    figure_span(doc, s.index, c.start, c.end),
                    key_texts=[s.text],
                    message=f'the lead "{c.lead.text}" is not the difference of "{c.first.text}" and '
                    f'"{c.second.text}", which is {c.expected}; check which figure is right',
                )
            for m in stated_majorities(s.text):
                yield self.finding(
                    figure_span(doc, s.index, m.start, m.end),
                    key_texts=[s.text],
                    message=f'a {m.fraction} majority is not "{m.tally}", which is {m.share:.1f}% of the votes; '
                    "check which figure is right",
                )

    def _changes(self, doc):
        for s in doc.sentences:
            for c in stated_changes(s.text):
                text = s.text
                yield self.finding(
                    figure_span(doc, s.index, c.start, c.end),
                    key_texts=[text],
                    message=f'the change "{text[c.change.start : c.change.end]}" does not fit its ends: from '
                    f'"{text[c.first.start : c.first.end]}" to "{text[c.last.start : c.last.end]}" is {c.expected}; '
                    "check which figure is right",
                )
            for m in moves_to_levels(s.text):
                t = s.text
                yield self.finding(
                    figure_span(doc, s.index, m.start, m.end),
                    key_texts=[t],
                    message=f'"{t[m.share.start : m.share.end]}" is not the move "{t[m.move.start : m.move.end]}" '
                    f'to "{t[m.level.start : m.level.end]}" from the level before ({plain_number(m.before)}), which is '
                    f"{m.expected}; check which figure is right",
                )
            for p in restated_points(s.text):
                yield self.finding(
                    figure_span(doc, s.index, p.start, p.end),
                    key_texts=[s.text],
                    message=f'"{p.basis.text}" is {p.expected}, not "{p.restated}"; check which figure is right',
                )
        for a in shares_apart([s.text for s in doc.sentences]):
            yield self._apart(
                doc,
                (a.sentence, a.share.start, a.share.end),
                f'"{a.share.text}" of the {a.noun}s does not match "{a.part.text}" of "{a.whole.text}" '
                f"given for them, which is {a.expected}; check which figure is right",
                (a.counts_sentence, a.part.start, a.whole.end),
                "the counts",
            )
        for a in changes_apart([s.text for s in doc.sentences]):
            yield self._apart(
                doc,
                (a.sentence, a.change.start, a.change.end),
                f'the change "{a.change.text}" in {a.measure} does not fit the figures given for it: from '
                f'"{a.first.text}" to "{a.last.text}" is {a.expected}; check which figure is right',
                (a.ends_sentence, a.first.start, a.first.end),
                "the figures it runs between",
            )
        for g in gaps_apart([s.text for s in doc.sentences]):
            where = _paragraph_of(doc, g.rival_sentence, g.sentence)
            yield self._apart(
                doc,
                (g.sentence, g.gap.start, g.gap.end),
                f'the gap "{g.gap.text}" {g.towards} does not match the two times: "{g.time.text}" here and '
                f'{g.rival_name}\'s "{g.rival.text}" {where} differ by {gap_text(g.expected)}; '
                "check which figure is right",
                (g.rival_sentence, g.rival.start, g.rival.end),
                f"{g.rival_name}'s time",
            )

    def _apart(
        self, doc, at: tuple[int, int, int], message: str, other: tuple[int, int, int], other_message: str
    ) -> Finding:
        """A finding at ``at`` (sentence, start, end) whose figure is set against one in another
        sentence, ``other``, shown as its related span."""
        return self.finding(
            figure_span(doc, *at),
            key_texts=[doc.sentences[at[0]].text],
            message=message,
            related=[Related(figure_span(doc, *other), message=other_message)],
        )

    def _told_sums(self, doc, facts: NumberFacts):
        for t in told_sums(facts.quantities, [s.text for s in doc.sentences]):
            yield self.finding(
                figure_span(doc, t.total.sentence, t.total.start, t.total.end),
                key_texts=[doc.sentences[t.total.sentence].text],
                message=f'"{t.total.text}" is told as the dead and the missing together ("{t.words}"); it is not the '
                f'dead "{t.dead.text}" and the missing "{t.missing.text}" told before, which make '
                f"{plain_number(t.summed)}; check which figure is right",
                related=[
                    Related(figure_span(doc, t.dead.sentence, t.dead.start, t.dead.end), message="the dead"),
                    Related(
                        figure_span(doc, t.missing.sentence, t.missing.start, t.missing.end),
                        message="the missing",
                    ),
                ],
            )

    def _incident_totals(self, doc, facts: NumberFacts):
        qs = facts.quantities
        for total, parts, ones, summed in incident_sums(qs, [s.text for s in doc.sentences]):
            listed = " + ".join([f'"{p.text}"' for p in parts] + ['"one"'] * ones)
            yield self.finding(
                figure_span(doc, parts[0].sentence, parts[0].start, parts[-1].end),
                key_texts=[doc.sentences[parts[0].sentence].text],
                message=f"the parts {listed} make {_like(summed, total.text)}, "
                + ("not" if summed < total.value else "more than")
                + f' the total "{total.text}" given before',
                related=[
                    Related(
                        figure_span(doc, total.sentence, total.start, total.end),
                        message=f'the total, "{total.text}"',
                    )
                ],
            )

    def _totals(self, doc, facts: NumberFacts):
        for t in facts.totals:
            if any(day_of_a_date(q, doc.sentences[q.sentence].text) for q in (t.total, *t.parts)):
                continue  # "previsto para 30 de abril: 523 mil em junho": a day, not the total
            if doc.sentences[t.total.sentence].text[: t.total.start].rstrip().lower().endswith(" per"):
                continue  # "$0.512 per $100: ...": the base of a rate, not a total
            total = t.total.value
            parts = sum(p.value for p in t.parts)
            listed = " + ".join(f'"{p.text}"' for p in t.parts)
            # "… 40 passengers. Of them, 28 …": the group was counted in the sentence before
            before = t.total.sentence != t.sentence
            if t.exhaustive and abs(parts - total) > 1e-9 or not t.exhaustive and parts > total + 1e-9:
                yield self.finding(
                    figure_span(
                        doc, t.sentence, t.parts[0].start if before else t.total.start, t.parts[-1].end
                    ),
                    key_texts=[doc.sentences[t.sentence].text],
                    message=f"the parts {listed} make {_like(parts, t.total.text)}, "
                    + ("not" if t.exhaustive else "more than")
                    + f' the stated total "{t.total.text}"'
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

    def _casualty_totals(self, doc, facts: NumberFacts):
        """ "12 dead and 30 injured" in one sentence, "54 casualties" (or "victims") in another: a
        count of casualties is the dead and the injured together, or the dead alone, so it must
        be one of those two sums. Exact figures only, of one toll: a sentence with two death or two
        injury counts, or one that marks a stage ("rose to", "earlier") or another incident, is
        left alone."""
        wholes = [q for q in facts.quantities if q.head in _CASUALTY_WHOLES and _exact(q)]
        if not wholes:
            return
        parts = _dead_and_injured(doc, facts)
        if parts is None:
            return
        dead, hurt = parts
        si = dead.sentence
        for w in wholes:
            text = doc.sentences[w.sentence].text
            if w.sentence == si or _STAGED.search(text) or _STAGED.search(doc.sentences[si].text):
                continue
            if w.value in (dead.value, dead.value + hurt.value):
                continue
            later, earlier = (w, dead) if w.sentence > si else (dead, w)
            both = plain_number(dead.value + hurt.value)
            yield self.finding(
                figure_span(doc, later.sentence, later.start, later.end),
                key_texts=[doc.sentences[w.sentence].text, doc.sentences[si].text],
                message=f'"{w.text} {_plural(w.head)}" is neither the dead "{dead.text}" nor the dead and injured '
                f'"{dead.text}" + "{hurt.text}" ({both}) the story counts: check which figure is right',
                related=[
                    Related(
                        figure_span(doc, earlier.sentence, earlier.start, earlier.end),
                        message=f'the {"dead" if earlier is dead else "casualties"}, "{earlier.text}"',
                    )
                ],
            )
            return

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
            # "more than 40 of the 200 (25%)": the count is a bound, and so is the share it gives
            low = s.part.bound == "lower" or s.whole.bound == "upper"
            high = s.part.bound == "upper" or s.whole.bound == "lower"
            if low and pct.value >= actual - slack or high and pct.value <= actual + slack:
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
                message=f"the answers {listed} make {plain_number(total)}%, more than all of those asked: "
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

    def _anniversaries(self, doc, facts: NumberFacts):
        """ "marked the 30th anniversary of the flood" in 2024 / "the flood of 1990": an
        anniversary's number is the years between the event and the day it is marked (the
        article's date, or a date its sentence gives); the event's year is the one year told
        beside its words, in its sentence or another."""
        for si, s in enumerate(doc.sentences):
            if "anniversar" not in s.text.lower():
                continue
            toks = word_tokens(s.text)
            for k, t in enumerate(toks):
                if t.low != "anniversary" or k + 2 >= len(toks) or toks[k + 1].low != "of":
                    continue
                n = _ordinal_before(toks, k)
                if n is None:
                    continue
                words = _event_words(toks, k + 2)
                event_year = _event_year(doc, facts, words, si, toks[k + 1].end)
                if event_year is None:
                    continue
                marked, told = _marked_year(facts, si, event_year)
                # marked by the article's date: it may report on an anniversary of late last year
                if (
                    marked is None
                    or marked <= event_year
                    or marked - event_year - n in ((0,) if told else (0, 1))
                ):
                    continue
                yield self.finding(
                    figure_span(
                        doc, si, toks[k - 1].start if toks[k - 1].low in _ORD_SUFFIXES else t.start, t.end
                    ),
                    key_texts=[s.text],
                    message=f"the {plain_number(n)}{_suffix(n)} anniversary of an event of {event_year} falls in "
                    f"{event_year + n}, not {marked}: check the number or the year",
                )

    def _age_against(self, doc, facts: NumberFacts, age: Quantity, birth) -> Iterable[Finding]:
        other_years = sorted(y for y in age.years if y != birth.year)
        if other_years:  # "in 1990, aged 30": the age at that year (on that day, if one is given)
            on = _full_date(facts, age.sentence, other_years[-1])
            lo_ref = hi_ref = (other_years[-1], on)
            where = f"on {on.isoformat()}" if on and birth.day is not None else f"in {other_years[-1]}"
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


_PROSE = frozenset({"paragraph", "quote", "list_item"})


def _paragraph_of(doc: Document, sentence: int, here: int) -> str:
    """Where ``sentence`` is, as a message says it beside a finding in sentence ``here``: "in
    paragraph 2" (prose blocks counted from 1, headline and headings left out), "in the same
    paragraph"."""
    block = doc.sentences[sentence].block
    if block == doc.sentences[here].block:
        return "in the same paragraph"
    prose = [b.index for b in doc.blocks if b.kind in _PROSE]
    return f"in paragraph {prose.index(block) + 1}" if block in prose else "in an earlier sentence"


def _nearest(births: list, sentence: int):
    """The birth (of a list in sentence order) nearest ``sentence``, the earliest on a tie."""
    keys = [b.sentence for b in births]
    k = bisect.bisect_left(keys, sentence)
    options = [x for x in (k - 1, k) if 0 <= x < len(births)]
    best = min(options, key=lambda x: abs(keys[x] - sentence))
    return births[bisect.bisect_left(keys, keys[best])]  # the first birth in that sentence


def _full_date(facts: NumberFacts, sentence: int, year: int) -> date | None:
    """The one full date of ``year`` a sentence gives ("Velde, 34, died on 10 February 2019"): the day
    its age is told of. None when it gives none, or two."""
    days = {
        (d.month, d.day)
        for d in facts.dates
        if d.sentence == sentence and d.year == year and d.month and d.day and not d.relative
    }
    if len(days) != 1:
        return None
    month, day = days.pop()
    try:
        return date(year, month, day)
    except ValueError:
        return None


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


# a whole of the dead and the injured ("54 casualties", "35 victims")
_CASUALTY_WHOLES = frozenset({"casualty", "victim"})
# a count told at a stage of a changing toll, or of another incident
_STAGED = re.compile(
    r"\b(?:rose|risen|rising|climbed|jumped|increased|earlier|initially|previously|revised|updated|"
    r"so\s+far|another|separate|second|other|since)\b",
    re.IGNORECASE,
)


def _exact(q: Quantity) -> bool:
    return q.kind == "count" and not q.bound and not q.approx and q.value >= 1


def _plural(head: str | None) -> str:
    return {"casualty": "casualties", "victim": "victims"}.get(head or "", head or "")


def _dead_and_injured(doc: Document, facts: NumberFacts) -> tuple[Quantity, Quantity] | None:
    """The first sentence that gives one exact count of the dead and one of the injured ("killing
    nine and wounding 23"), and no other toll: the story's toll split in two."""
    by_sentence: dict[int, list[tuple[Quantity, str]]] = {}
    for q in facts.quantities:
        if q.kind != "count" or q.head in _CASUALTY_WHOLES:
            continue
        f = count_fact(q, doc.sentences[q.sentence].text)
        if f is not None and f.predicate in {"death", "injury"}:
            by_sentence.setdefault(q.sentence, []).append((q, f.predicate))
    for si in sorted(by_sentence):
        found = by_sentence[si]
        dead = [q for q, p in found if p == "death"]
        hurt = [q for q, p in found if p == "injury"]
        if len(dead) == 1 and len(hurt) == 1 and _exact(dead[0]) and _exact(hurt[0]):
            return dead[0], hurt[0]
        return None  # the first toll told is not one such pair: leave the story alone
    return None


_ORD_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ordinal_before(toks, k: int) -> int | None:
    """The number of "the 30th anniversary" / "the thirtieth anniversary" (the word before ``k``)."""
    prev = toks[k - 1].low if k else ""
    if (
        prev in _ORD_SUFFIXES
        and k >= 2
        and toks[k - 2].text.isdigit()
        and toks[k - 2].end == toks[k - 1].start
    ):
        n = int(toks[k - 2].text)
        return n if 1 <= n <= 1000 else None
    return lexicon()["ordinals"].get(prev)


def _event_words(toks, i: int) -> frozenset[str]:
    """The content words (their first five letters) of what an anniversary is of: up to six
    words after "of", to the first comma or clause word."""
    out = set()
    for t in toks[i : i + 8]:
        if t.text in {",", ".", ";", ":", "(", ")"} or t.low in {"that", "which", "when", "who", "and"}:
            break
        if t.text[:1].isalpha() and t.low not in STOPWORDS and len(t.low) > 2:
            out.add(t.low[:5])
    return frozenset(out)


def _event_year(doc, facts: NumberFacts, words: frozenset[str], si: int, after: int) -> int | None:
    """The one year told beside the event's words: in the anniversary's own "of ..." phrase,
    else within four words of one of them in another sentence ("the flood of 1990")."""
    if not words:
        return None
    found = set()
    for d in facts.dates:
        if d.year is None or d.relative:
            continue
        if d.sentence == si:
            if d.start >= after and d.start - after < 40:
                return d.year  # "the 40th anniversary of the 1984 strike"
            continue
        toks = word_tokens(doc.sentences[d.sentence].text)
        at = next((x for x, t in enumerate(toks) if t.start == d.start), None)
        if at is None:
            continue
        near = {t.low[:5] for t in toks[max(0, at - 4) : at + 5]}
        if near & words:
            found.add(d.year)
    return found.pop() if len(found) == 1 else None


def _marked_year(facts: NumberFacts, si: int, event_year: int) -> tuple[int | None, bool]:
    """(the year an anniversary is marked in, whether its sentence tells it): the one other year
    its sentence's full dates give, else the article's date's (None for an undated article)."""
    years = {
        d.year
        for d in facts.dates
        if d.sentence == si and d.year and d.day and not d.relative and d.year != event_year
    }
    if len(years) == 1:
        return years.pop(), True
    if years:
        return None, True
    return (facts.ref_date.year if facts.dated else None), False

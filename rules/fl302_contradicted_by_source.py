"""FL302 contradicted-by-source."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.sources import Support, evidence, excerpt, flagged_claims
from factlint.analysis.support import Verdict, changed_figure, same_figures, tier, zero_against_count
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Rule


class ContradictedBySource(Rule):
    """A claim of the article that one of its sources contradicts.

    What it flags:
        Each factual sentence of an article with sources (front matter ``sources:`` or
        ``--source PATH``) is scored by the NLI model against source sentences and windows of
        up to three sentences. A chunk's contradiction is read both ways (chunk then claim, and
        claim then chunk) and the smaller counts: contradiction is symmetric, and the small
        model's one-way score often takes "the claim says more than this sentence" for a
        contradiction. A claim is reported when some chunk contradicts it with
        probability at least ``threshold``, unless another chunk supports it strongly
        (entailment from ``support_threshold``: the sources disagree with each other, or the
        model is confused). The message quotes the claim and the contradicting passage (the
        related location) and says what to check; the model's score is the finding's ``score``
        (JSON, SARIF, ``--verbose``), not part of the message. Without sources the rule does
        nothing.

        Severity follows confidence, in tiers: ``warning`` from ``warning_threshold`` (``error``
        from ``error_threshold``), where false alarms on clean news stay at or below 0.05 per
        article; ``info`` from ``threshold`` below it, except that a changed figure (below) and
        a count against the source's "no one" ("Three workers were injured" / "no one was
        injured", which the model scores near 0.77) are warnings. Measured with
        benchmarks/source_tiers.py (factlint-minilm-nli v2): on 123 faithful news summaries
        checked against their articles (CLIFF, XSumFaith), no warning and 0.008 info findings
        per summary (before: 0.089 warnings, most of them figures matched to the wrong slot);
        on 11 real articles checked against another outlet's report of the same story, every
        finding judged by hand, no warning and 0.09 info findings per article, none right
        (before: 18 warnings, none right; the one false alarm left, "warned people against
        returning to unsafe houses" / "not to return to homes that could be unsafe", scored
        0.88); none on 3 held-out pairs (before: 10 warnings, 1 right). News errors in this data
        are additions (FL301's business); on 40 edited SummEdits summaries (samsum, scitldr) it
        reports 23%, all ``info`` (the model scored no edit above 0.73), against 4% of 25
        consistent ones: with this model the warning tier holds the changed figures and counts
        against "no one", and a model-only contradiction is for an editor's eye, not for CI.

        A changed figure is a contradiction too, whatever the model's score: the claim restates
        its best-supporting (or most contradicting) passage with one figure changed — the same
        named measure (``analysis/measures.py``: "turnout", "deaths", "revenue"), the same word
        beside the figure ("was 52 per cent" / "was 60 per cent"), half the claim's content
        words in the passage, and a claim value that no source gives anywhere. It is reported
        at ``changed_figures`` severity with "check which figure is right", and FL301 leaves it
        alone. Figures the sources give elsewhere (a date and a count swapped between slots),
        a figure inside the source's bound ("1,080" / "more than 1,000") and the same unit for
        different things (a depth and a distance in kilometres) are no changed figure. A
        model contradiction between sentences whose figures all agree, with nothing negated or
        reversed ("a prison term of up to six months" / "zero to six months"), is not reported:
        the same amount said another way.

        Claims are chosen as for FL301: questions, the writer's opinion, transitions and
        fragments are not checked.

    Why it matters:
        A sentence that says the opposite of the wire copy or the transcript it was written
        from is the most expensive kind of error: a wrong number, a reversed verdict, a "not"
        lost in editing. It is also the easiest to fix before publication.

    Bad:
        ---
        sources:
          - |
            Police said no one was injured in the fire at the warehouse.
        ---
        Three people were injured in the fire at the warehouse, police said.

    Good:
        ---
        sources:
          - |
            Police said no one was injured in the fire at the warehouse.
        ---
        No one was injured in the fire at the warehouse, police said.

    Options:
        threshold (float, 0.5): contradiction probability (the smaller of both directions)
            from which a claim is reported. Chosen on the seed-13 dev sample of
            benchmarks/sources.py (20 items per domain) with the new default model: 0.5 fired on
            3% of consistent SummEdits summaries and 14% of edited ones; 0.6 and 0.7 fired less
            on both, one direction alone did no better and falsely reported "A fire destroyed a
            warehouse in Hamburg" against "A fire broke out at a warehouse" (seeds/sourced-example).
            On XSumFaith and CLIFF it almost never fires: their errors are additions, not
            reversals (FL301's business).
        warning_threshold (float, 0.95): contradiction probability from which a finding is a
            ``warning`` (below it, from ``threshold``, ``info``); see the tiers above.
        error_threshold (float, 0.98): probability from which a warning-tier finding is an error.
        support_threshold (float, 0.9): a claim another chunk entails this much is not
            reported.
        changed_figures (str, warning): severity of a changed figure the model does not see
            (``warning`` or ``info``).
        headings (bool, true): check the headline and subheadings too.
    """

    id = "FL302"
    name = "contradicted-by-source"
    severity = Severity.WARNING
    defaults = {"threshold": 0.5, "warning_threshold": 0.95, "error_threshold": 0.98,
                "support_threshold": 0.9, "changed_figures": "warning", "headings": True}
    needs_model = True
    probability_options = ("threshold", "warning_threshold", "error_threshold", "support_threshold")
    choice_options = {"changed_figures": ("warning", "info")}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for item, sentence in flagged_claims(doc, ctx, lambda item: self.assess(item) is not None):
            verdict = self.assess(item)
            where = evidence(ctx, verdict.chunk, item.claim.text)
            changed = changed_figure(item) if verdict.kind == "figure" else None
            if changed is not None:
                message = (f'the article says "{changed[1].text}" where the source, {where.display}, says '
                           f'"{changed[2].text}" ("{where.quote}"): check which figure is right')
            else:
                message = (f'"{excerpt(item.claim.text, where.quote)}" disagrees with the source, '
                           f'{where.display}: "{where.quote}": check which is right')
            yield self.finding(
                sentence,
                message,
                related=[where.related("contradicting source passage")],
                score=round(item.contradiction, 3),
                severity=verdict.severity,
            )

    def model_flags(self, item: Support) -> bool:
        return (item.contradiction >= float(self.options["threshold"])
                and item.entailment < float(self.options["support_threshold"]))

    def assess(self, item: Support) -> Verdict | None:
        """Whether the claim is reported, at which severity, and on which source passage."""
        if item.claim.heading and not self.options["headings"]:
            return None
        changed = changed_figure(item)
        if not self.model_flags(item):
            if changed is None:
                return None
            severity = Severity.INFO if self.options["changed_figures"] == "info" else Severity.WARNING
            return Verdict(severity, changed[0], "figure")
        chunk = changed[0] if changed else item.contradicting
        if changed is None and same_figures(item.claim.text, chunk.text):
            return None  # the same amount said another way: "up to six months" / "zero to six months"
        severity = tier(item.contradiction, float(self.options["threshold"]),
                        float(self.options["warning_threshold"]), float(self.options["error_threshold"]))
        if severity == Severity.INFO and (changed or zero_against_count(item.claim.text, chunk.text)):
            severity = Severity.WARNING  # a changed figure, or some hurt where the source says nobody was
        return Verdict(severity, chunk, "figure" if changed else "model")

"""FL302 contradicted-by-source."""

from __future__ import annotations

from typing import Iterable, Literal

from factlint.analysis.sources import Support, evidence, excerpt, flagged_claims
from factlint.analysis.support import Verdict, changed_figure, same_figures, tier, zero_against_count
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Probability, Rule, RuleOptions, option


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
        injured", which the model scores near 0.77) are warnings. Measured: no warning and 0.01
        info findings per faithful news summary; on real articles checked against another
        outlet's report, no warning. With this model the warning tier holds the changed figures
        and counts against "no one" (details: benchmarks/results/rule-tuning.md).

        A changed figure is a contradiction too, whatever the model's score: the claim restates a
        passage with one figure of the same named measure changed ("turnout was 52 per cent" /
        "60 per cent") or a sum of money after the same two words ("repairs costing £5m" /
        "£2m") to a value no source gives; it is reported at ``changed_figures`` severity and
        FL301 leaves it alone. Figures that agree with nothing negated or reversed ("up to six
        months" / "zero to six months") are the same amount said another way: not reported.

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
    """

    id = "FL302"
    name = "contradicted-by-source"
    severity = Severity.WARNING
    needs_model = True
    needs_sources = True

    class Options(RuleOptions):
        threshold: Probability = option(
            0.5, "contradiction (the smaller of both directions) from which a claim is reported"
        )
        warning_threshold: Probability = option(
            0.95, "contradiction from which a finding is a warning (below it, from threshold, info)"
        )
        error_threshold: Probability = option(
            0.98, "contradiction from which a warning-tier finding is an error"
        )
        support_threshold: Probability = option(
            0.9, "a claim another chunk entails this much is not reported"
        )
        changed_figures: Literal["warning", "info"] = option(
            "warning", "severity of a changed figure the model does not see"
        )
        headings: bool = option(True, "check the headline and subheadings too")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for item, sentence in flagged_claims(doc, ctx, lambda item: self.assess(item) is not None):
            verdict = self.assess(item)
            where = evidence(ctx, verdict.chunk, item.claim.text)
            changed = changed_figure(item) if verdict.kind == "figure" else None
            if changed is not None:
                message = (
                    f'the article says "{changed[1].text}" where the source, {where.display}, says '
                    f'"{changed[2].text}" ("{where.quote}"): check which figure is right'
                )
            else:
                message = (
                    f'"{excerpt(item.claim.text, where.quote)}" disagrees with the source, '
                    f'{where.display}: "{where.quote}": check which is right'
                )
            yield self.finding(
                sentence,
                message,
                related=[where.related("contradicting source passage")],
                score=round(item.contradiction, 3),
                severity=verdict.severity,
            )

    def model_flags(self, item: Support) -> bool:
        return (
            item.contradiction >= self.options.threshold and item.entailment < self.options.support_threshold
        )

    def assess(self, item: Support) -> Verdict | None:
        """Whether the claim is reported, at which severity, and on which source passage."""
        if item.claim.heading and not self.options.headings:
            return None
        changed = changed_figure(item)
        if not self.model_flags(item):
            if changed is None:
                return None
            severity = Severity.INFO if self.options.changed_figures == "info" else Severity.WARNING
            return Verdict(severity, changed[0], "figure")
        chunk = changed[0] if changed else item.contradicting
        if changed is None and same_figures(item.claim.text, chunk.text):
            return None  # the same amount said another way: "up to six months" / "zero to six months"
        severity = tier(
            item.contradiction,
            self.options.threshold,
            self.options.warning_threshold,
            self.options.error_threshold,
        )
        if severity == Severity.INFO and (changed or zero_against_count(item.claim.text, chunk.text)):
            severity = Severity.WARNING  # a changed figure, or some hurt where the source says nobody was
        return Verdict(severity, chunk, "figure" if changed else "model")

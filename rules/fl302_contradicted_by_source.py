"""FL302 contradicted-by-source."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.measures import compare
from factlint.analysis.pairs import opposite_words, sentence_cues
from factlint.analysis.sources import Support, evidence, flagged_claims
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
        model is confused). The contradicting passage is the related location and is quoted in
        the message. Severity follows the score: ``error`` from ``error_threshold``,
        ``warning`` below. Without sources the rule does nothing.

        A changed figure is a contradiction too, whatever the model's score: when the claim and
        its best-supporting (or most contradicting) passage hold figures of the same measure
        with different values (``analysis/measures.py``: the same kind, measure, part, period
        and subject), the claim is reported at ``warning`` with "check which figure is right".
        When the model's contradiction comes with figures that all agree and nothing negated or
        reversed ("a prison term of up to six months" / "zero to six months"), it is ``info``:
        the same amount said another way is rarely an error.

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

    class Options(RuleOptions):
        threshold: Probability = option(0.5, "contradiction (the smaller of both directions) from which "
                                        "a claim is reported")
        error_threshold: Probability = option(0.9, "contradiction from which it is an error, not a warning")
        support_threshold: Probability = option(0.9, "a claim another chunk entails this much is not reported")
        headings: bool = option(True, "check the headline and subheadings too")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for item, sentence in flagged_claims(doc, ctx, self.flags):
            changed = changed_figure(item)
            chunk = changed or item.contradicting
            where = evidence(ctx, chunk, item.claim.text)
            if changed is not None and not self.model_flags(item):
                severity, what = Severity.WARNING, "check which figure is right"
            elif same_figures(item.claim.text, chunk.text):
                # the figures agree and nothing is negated or reversed: a range or an amount
                # said another way ("up to six months" / "zero to six months")
                severity, what = Severity.INFO, "the figures agree; check the wording"
            else:
                severity = (Severity.ERROR if item.contradiction >= self.options.error_threshold
                            else Severity.WARNING)
                what = ("check which figure is right" if compare(item.claim.text, chunk.text) == "conflict"
                        else "check the claim against the source")
            yield self.finding(
                sentence,
                f'the source says otherwise, {where.display}: "{where.quote}": {what}',
                related=[where.related("contradicting source passage")],
                score=round(item.contradiction, 3),
                severity=severity,
            )

    def model_flags(self, item: Support) -> bool:
        return (item.contradiction >= self.options.threshold
                and item.entailment < self.options.support_threshold)

    def flags(self, item: Support) -> bool:
        if item.claim.heading and not self.options.headings:
            return False
        return self.model_flags(item) or changed_figure(item) is not None


def changed_figure(item: Support):
    """The source chunk (the best-supporting one, else the most contradicting one) holding a
    figure of the same measure as one of the claim's, with another value: a changed figure is
    a contradiction of the source, whatever the model's score."""
    for chunk in (item.supporting, item.contradicting):
        if compare(item.claim.text, chunk.text) == "conflict":
            return chunk
    return None


def same_figures(claim: str, passage: str) -> bool:
    """Both carry figures, none of them differ within one measure, and neither negates or
    reverses what the other says."""
    if compare(claim, passage) != "different":
        return False
    a, b = sentence_cues(claim), sentence_cues(passage)
    return a.negated == b.negated and not opposite_words(a, b)

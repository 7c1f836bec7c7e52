"""FL301 unsupported-claim."""

from __future__ import annotations

from typing import Iterable

import re

from factlint.analysis.nearness import weigh_by_similarity
from factlint.analysis.sources import Support, evidence, excerpt, flagged_claims
from factlint.analysis.support import Verdict, changed_figure, restated, rounded_in
from factlint.analysis.text import NAME_PIECE
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Probability, Rule, RuleOptions, option

_BRACKETS = re.compile(r"\(([^()]{1,40})\)")
# a company's legal form after its name ("Boeing Corp.") restates the name, like a ticker
_LEGAL_FORMS = {"Corp", "Inc", "Ltd", "Plc", "PLC", "LLC", "Co", "AG", "SA", "NV", "GmbH", "Corporation"}
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# a number with the currency sign before it and the scale after it: "£5m", "$1.2 billion", "40%"
_AMOUNT = r"(?:[A-Z]{{0,2}}[$£€¥])?{number}(?:\s?(?:m|bn|k|million|billion|trillion)\b|%)?"


class UnsupportedClaim(Rule):
    """A claim of the article that none of its sources supports.

    What it flags:
        An article that names its sources (front matter ``sources:`` — file paths relative to
        the article or inline text blocks — or ``--source PATH``) has each factual sentence
        scored against the sources by the NLI model: the sources are cut into windows of up to
        three sentences, and a claim is supported when some window entails it with probability
        at least ``threshold`` — less for a claim whose embedding lies close to some window,
        more for one the sources never come near. A claim no window supports is reported, and
        so is a claim with a number or a name that no source mentions (whatever the model
        says: a figure or a name the sources never give cannot come from them); the message
        names them. The message quotes the claim and the closest source passage (the related
        location) and says what to do; the model's score is the finding's ``score`` (JSON,
        SARIF, ``--verbose``), not part of the message.

        Severity follows confidence, in tiers: ``warning`` when the claim's support (as for
        ``threshold``) is below ``warning_threshold`` — the sources neither say it nor come near
        it — where false alarms on clean news stay at or below 0.05 per article; ``info`` for
        the rest (support up to ``threshold``, and a claim the model finds support for whose
        names or numbers no source mentions): shown to editors, never failing CI by default.
        Measured: 0.01 warnings and 0.31 info findings per faithful news summary; on real
        articles checked against another outlet's report, 9 of 9 warnings and 46 of 51 judged
        info findings right (how: benchmarks/results/rule-tuning.md).

        Not checked: questions, opinion in the writer's voice, transitions, page furniture and
        fragments under four words (see ``factlint.analysis.claims``); a sentence made of a
        direct quote missing from the sources (FL303 reports it); a claim a source contradicts
        (FL302 reports it). Without sources the rule does nothing.

        Not new facts: a ticker or abbreviation in brackets ("Boeing Corp. (BA)"), a legal form
        ("Corp.", "Ltd"), a converted figure in brackets ("$80,000 (£64,000)"). Supported: a claim
        a source sentence says in another order (its figures and dates in the same places, most
        of its words). A source passage with one figure changed is left to FL302.

    Why it matters:
        A draft built from wire copy, transcripts and press releases should say what those
        say. A sentence no source backs is either the reporter's own knowledge — fine, if
        verified — or a detail that crept in while rewriting: a wrong figure, a merged quote,
        a title the person does not hold.

    Bad:
        ---
        sources:
          - |
            The council approved the budget on Tuesday by seven votes to two.
        ---
        The council approved the budget on Tuesday and cut the library's funding by half.

    Good:
        ---
        sources:
          - |
            The council approved the budget on Tuesday by seven votes to two.
        ---
        The council approved the budget on Tuesday by seven votes to two.
    """

    id = "FL301"
    name = "unsupported-claim"
    severity = Severity.WARNING
    needs_model = True
    needs_sources = True

    class Options(RuleOptions):
        threshold: Probability = option(
            0.40,
            "entailment a claim needs from its best source chunk at "
            "cosine similarity 0.5 (with a stronger model: 0.5 is usual)",
        )
        warning_threshold: Probability = option(
            0.0, "support below which an unsupported claim is a warning; between it and threshold, info"
        )
        similarity_weight: float = option(
            1.0,
            "how much the entailment needed falls per unit of cosine "
            "similarity with the nearest chunk (0: one threshold)",
            ge=0,
        )
        contradiction_threshold: Probability = option(
            0.5, "a claim contradicted this much is left to FL302 (keep it equal to FL302's threshold)"
        )
        names_and_numbers: bool = option(True, "report a claim whose numbers or names appear in no source")
        headings: bool = option(True, "check the headline and subheadings too (headlines abbreviate)")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for item, sentence in flagged_claims(doc, ctx, lambda item: self.assess(item) is not None):
            verdict = self.assess(item)
            where = evidence(ctx, verdict.chunk, item.claim.text)
            novel = self.novel(item)
            claim = excerpt(item.claim.text, " ".join(novel) if novel else where.quote)
            what = (
                f"no source mentions {', '.join(repr(as_written(item.claim.text, t)) for t in novel[:3])}"
                if novel
                else "no source says this"
            )
            yield self.finding(
                sentence,
                f'"{claim}": {what}; the closest passage, {where.display}, reads "{where.quote}": '
                f"check the claim or cite its source",
                related=[where.related("closest source passage")],
                score=round(1.0 - item.entailment, 3),
                severity=verdict.severity,
            )

    def novel(self, item: Support) -> tuple[str, ...]:
        """The claim's names and numbers no source mentions, less what brackets restate: tickers
        and abbreviations ("Boeing Corp. (BA)", "(NYSE: BA)") and converted figures ("$80,000
        (£64,000)", "20 miles (32km)")."""
        if not self.options.names_and_numbers:
            return ()
        bracketed = {
            w.strip("£$€¥,.;:")
            for inner in _BRACKETS.findall(item.claim.text)
            for w in NAME_PIECE.findall(inner) + inner.split() + _FIGURE.findall(inner)
        }
        rounded = (
            rounded_in(item.claim.text, (item.supporting.text, item.contradicting.text))
            if item.novel
            else set()
        )
        return tuple(
            t
            for t in item.novel
            if not set(t.split()) <= bracketed | _LEGAL_FORMS and t.replace(",", "") not in rounded
        )

    def assess(self, item: Support) -> Verdict | None:
        """Whether the claim is reported and at which severity: ``warning`` when its support is
        below ``warning_threshold``, ``info`` when it is below ``threshold`` only or the claim's
        names or numbers are missing from the sources while the model finds support."""
        if item.claim.heading and not self.options.headings:
            return None
        if item.contradiction >= self.options.contradiction_threshold:
            return None  # FL302 reports it
        if changed_figure(item) is not None:
            return None  # a changed figure: FL302 reports it as a contradiction
        support = self.support(item)
        novel = self.novel(item)
        if not novel and restated(item.claim.text, item.supporting.text):
            return None  # the closest passage says it in another order: the model misread it
        if support < min(self.options.warning_threshold, self.options.threshold):
            return Verdict(Severity.WARNING, item.supporting, "novel" if novel else "model")
        if support < self.options.threshold or novel:
            return Verdict(Severity.INFO, item.supporting, "novel" if novel else "model")
        return None

    def support(self, item: Support) -> float:
        """The claim's entailment, raised for a claim close to some source chunk and lowered for
        one the sources never come near (see the ``threshold`` option)."""
        return weigh_by_similarity(item.entailment, item.similarity, self.options.similarity_weight)


def as_written(claim: str, term: str) -> str:
    """A number as the claim writes it, with its currency sign and scale ("5" in "£5m" is
    shown as "£5m"); any other term as it is."""
    if not term[:1].isdigit():
        return term
    m = re.search(_AMOUNT.format(number=rf"(?<![\w.,]){re.escape(term)}(?![\d])"), claim)
    return m.group() if m else term

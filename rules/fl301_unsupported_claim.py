"""FL301 unsupported-claim."""

from __future__ import annotations

from typing import Iterable

import re

from factlint.analysis.measures import compare
from factlint.analysis.nearness import weigh_by_similarity
from factlint.analysis.sources import Support, evidence, flagged_claims
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Probability, Rule, RuleOptions, option

_BRACKETS = re.compile(r"\(([^()]{1,40})\)")
_WORD = re.compile(r"[\w'’.&-]+")


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
        names them. The closest source passage is the related location and is quoted in the
        message.

        Not checked: questions, opinion in the writer's voice, transitions, page furniture and
        fragments under four words (see ``factlint.analysis.claims``); a sentence made of a
        direct quote missing from the sources (FL303 reports it); a claim a source contradicts
        (FL302 reports it). Without sources the rule does nothing.

        Not new facts: a ticker or abbreviation in brackets after a name ("Boeing Corp. (BA)",
        "(NYSE: BA)") restates the name. A claim whose figure differs from a source's figure of
        the same measure is left to FL302: it is contradicted, not unsupported.

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

    class Options(RuleOptions):
        threshold: Probability = option(0.40, "entailment a claim needs from its best source chunk at "
                                        "cosine similarity 0.5 (with a stronger model: 0.5 is usual)")
        similarity_weight: float = option(1.0, "how much the entailment needed falls per unit of cosine "
                                          "similarity with the nearest chunk (0: one threshold)", ge=0)
        contradiction_threshold: Probability = option(0.5, "a claim contradicted this much is left to "
                                                      "FL302 (keep it equal to FL302's threshold)")
        names_and_numbers: bool = option(True, "report a claim whose numbers or names appear in no source")
        headings: bool = option(True, "check the headline and subheadings too (headlines abbreviate)")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for item, sentence in flagged_claims(doc, ctx, self.flags):
            where = evidence(ctx, item.supporting, item.claim.text)
            novel = self.novel(item)
            what = (f"no source mentions {', '.join(repr(t) for t in novel[:3])}" if novel
                    else "no source says this")
            yield self.finding(
                sentence,
                f'{what}; the closest passage, {where.display}, reads "{where.quote}": '
                f'check the claim or cite its source',
                related=[where.related("closest source passage")],
                score=round(1.0 - item.entailment, 3),
            )

    def novel(self, item: Support) -> tuple[str, ...]:
        """The claim's names and numbers no source mentions, less tickers and abbreviations in
        brackets ("Boeing Corp. (BA)", "(NYSE: BA)"): they restate the name before them."""
        if not self.options.names_and_numbers:
            return ()
        bracketed = {w for inner in _BRACKETS.findall(item.claim.text) for w in _WORD.findall(inner)}
        return tuple(t for t in item.novel if not set(t.split()) <= bracketed)

    def flags(self, item: Support) -> bool:
        if item.claim.heading and not self.options.headings:
            return False
        if item.contradiction >= self.options.contradiction_threshold:
            return False  # FL302 reports it
        if any(compare(item.claim.text, chunk.text) == "conflict"
               for chunk in (item.supporting, item.contradicting)):
            return False  # a changed figure: FL302 reports it as a contradiction
        return self.support(item) < self.options.threshold or bool(self.novel(item))

    def support(self, item: Support) -> float:
        """The claim's entailment, raised for a claim close to some source chunk and lowered for
        one the sources never come near (see the ``threshold`` option)."""
        return weigh_by_similarity(item.entailment, item.similarity, self.options.similarity_weight)

"""FL303 quote-not-in-source."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.sources import quote_checks, sources
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option


class QuoteNotInSource(Rule):
    """A direct quote that appears in none of the article's sources.

    What it flags:
        In an article with sources (front matter ``sources:`` or ``--source PATH``), every
        direct quote in double quotes — at least four words long, or shorter but attributed in
        its own sentence ('called it "inhumane"'); a short quote without a speaker in its
        sentence is usually a scare quote — is looked up
        word for word in the sources, anywhere in their text (a transcript has no quote marks).
        Trivial differences do not count: case, punctuation, quote and apostrophe styles,
        spacing and line breaks. An ellipsis ("..." or "…") may stand for left-out words and
        square brackets for an editor's insertion ("[the minister] said"): the pieces around
        them must appear in order. A quote found nowhere is reported at the quote; the closest
        source passage, when there is a fair one, is the related location and is quoted.

        Needs no model. Without sources the rule does nothing.

    Why it matters:
        Quotation marks promise the reader the speaker's exact words. A quote that the
        transcript or the wire copy does not contain was paraphrased, misheard, merged from two
        sentences, or put in the wrong mouth — and a misquote is what gets a correction printed.

    Bad:
        ---
        sources:
          - |
            "We will not raise taxes this year," the mayor said on Monday.
        ---
        "We will never raise taxes," the mayor said.

    Good:
        ---
        sources:
          - |
            "We will not raise taxes this year," the mayor said on Monday.
        ---
        "We will not raise taxes this year," the mayor said.
    """

    id = "FL303"
    name = "quote-not-in-source"
    severity = Severity.WARNING
    needs_sources = True

    class Options(RuleOptions):
        min_similarity: float = option(
            60.0,
            "show a closest source passage only from this similarity "
            "(rapidfuzz partial ratio of the normalised words)",
            ge=0,
            le=100,
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        if not ctx.analysis(sources):
            return
        for check in ctx.analysis(quote_checks):
            if check.found:
                continue
            q = check.quote
            words = " ".join(q.text.split())
            shown = words if len(words) <= 90 else words[:87].rstrip() + "…"
            related: list[Related] = []
            message = f'quote not found in any source: "{shown}"'
            if check.closest_source is not None and check.similarity >= self.options.min_similarity:
                src = check.closest_source
                where = (
                    f"{src.path}:{check.closest_span.line}:{check.closest_span.col}"
                    if src.path
                    else f"{src.name}, line {check.closest_span.line}"
                )
                closest = check.closest if len(check.closest) <= 90 else check.closest[:87].rstrip() + "…"
                message += (
                    f' (closest: "{closest}" at {where}, {check.similarity:.0f}% similar): '
                    "check the quote's words against it"
                )
                related.append(Related(check.closest_span, path=src.path, message="closest source passage"))
            else:
                message += ": check the words against the recording or notes, or add them as a source"
            yield self.finding(q.span, message, related=related, key_texts=[q.text])

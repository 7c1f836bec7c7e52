"""FL004 unattributed-quote."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.quotes import quotes
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity, brief
from factlint.linter.rule import Context, Rule, RuleOptions, option


class UnattributedQuote(Rule):
    """A direct quote that nobody is said to have said.

    What it flags:
        Words in double quotes (straight, curly or guillemets), at least ``min_words`` long,
        with no speaker in their sentence or the sentence before or after: no "said", "told",
        "according to", "as stated by", no ``Name: "..."`` lead-in. A paragraph of a
        multi-paragraph quote counts as attributed when another paragraph of it is. Titles and
        slogans ("The Lord of the Rings", a banner reading "...") and partial quotes worked into
        the writer's own sentence ('the plan was "a disaster from start to finish"') are not
        flagged. A named source such as a news agency counts as a speaker.

    Why it matters:
        A quote without a speaker cannot be checked or weighed: the reader cannot tell whether
        a minister, a protester or the writer said it, and an editor cannot verify it.

    Bad:
        Trade between the two countries grew by a quarter last year. "Our trade relations are
        progressing positively."

    Good:
        Trade between the two countries grew by a quarter last year. "Our trade relations are
        progressing positively," Putin said, according to the Interfax agency.
    """

    id = "FL004"
    name = "unattributed-quote"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        min_words: int = option(4, "shorter quotes (scare quotes, single terms) are not checked", ge=0)
        single_quotes: bool = option(False, "also check 'single-quoted' quotes (British style; "
                                     "apostrophes make finding them less reliable)")
        partial_quotes: bool = option(False, "also check quotes that start in lower case inside "
                                      "the writer's sentence")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        min_words = self.options.min_words
        reported: set[int] = set()
        for q in ctx.analysis(quotes):
            if q.attributed or q.kind != "speech" or q.words < min_words:
                continue
            if q.mark != '"' and not self.options.single_quotes:
                continue
            if _is_partial(q.text) and not self.options.partial_quotes:
                continue
            if q.sentence in reported:
                continue  # one finding per sentence is enough to send the editor there
            reported.add(q.sentence)
            yield self.finding(
                q.span,
                f"quote \"{brief(q.text, 50)}\" has no speaker: say who said it (said, told, according to)",
                key_texts=[q.text],
            )


def _is_partial(text: str) -> bool:
    """A fragment worked into the writer's sentence starts in lower case: "a huge success"."""
    first = next((c for c in text if c.isalnum()), "")
    return first.islower()


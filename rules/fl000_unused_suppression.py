"""FL000: the engine's own rule, reported for inline suppressions that silenced nothing."""

from __future__ import annotations

from typing import Iterable

from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Rule


class UnusedSuppression(Rule):
    """A suppression comment that silenced no finding.

    What it flags:
        A ``<!-- factlint-disable-next-line ... -->`` or ``<!-- factlint-disable ... -->``
        comment that, in this run, suppressed no finding of a rule it names; and a
        ``factlint-enable`` that closes no open ``factlint-disable``. A rule named in a
        suppression counts only if it ran: a suppression of a rule that was switched off
        (config, ``--ignore``) is never reported.

        This rule is produced by the engine while it applies suppressions (``check`` yields
        nothing), so no suppression comment can name it; switch it off with
        ``rules: {FL000: off}`` or ``--ignore FL000``.

    Why it matters:
        A suppression outlives the sentence it was written for. Once the sentence is edited or
        the rule improves, a stale comment silently hides the next real finding on that line.
        Reporting it keeps every suppression meaningful.

    Bad:
        <!-- factlint-disable-next-line FL001 reason: checked -->
        A sentence that is not repeated anywhere.

    Good:
        A sentence that is not repeated anywhere.

        (Delete the comment once nothing needs silencing; keep a ``reason:`` on those that do.)
    """

    id = "FL000"
    name = "unused-suppression"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return ()

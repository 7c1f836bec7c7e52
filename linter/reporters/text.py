"""Human-readable report: ``path:line:col: FL### name: message`` per finding, then a summary.

The start of each line follows the ``file:line:col: message`` shape editors and CI log parsers
understand; the severity comes at the end in brackets so they never break that shape.
"""

from __future__ import annotations

import re

from ..escape import printable, safe_line_start
from ..finding import Finding, RunResult, Severity
from ._common import related_path, rounded_score, severity_counts, sorted_findings

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}

# A finding must stay on one line: messages quoting a sentence that wraps in the source would
# otherwise split it.
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _one_line(text: str) -> str:
    # then every other control character escaped: article text must not drive the terminal
    return printable(_LINE_BREAKS.sub(" ", text).strip())


def counted(count: int, word: str, plural: str | None = None) -> str:
    """ "1 finding", "3 findings": a count with its noun in the right number."""
    return f"{count} {word if count == 1 else (plural or word + 's')}"


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        return "".join(codes) + text + _RESET


def _finding_lines(finding: Finding, style: _Style, verbose: bool = False) -> list[str]:
    span = finding.span
    sev_colour = _SEVERITY_COLOUR[finding.severity]
    # The model's score is for machines (JSON, SARIF) and --verbose: an editor reads the severity.
    tail = str(finding.severity)
    score = rounded_score(finding.score) if verbose else None
    if score is not None:
        tail += f", score {score:.2f}"
    lines = [
        f"{style(printable(safe_line_start(finding.path)), _BOLD)}:{span.line}:{span.col}: "
        f"{style(printable(finding.rule_id), sev_colour, _BOLD)} {style(printable(finding.name), sev_colour)}: "
        f"{_one_line(finding.message)} {style(f'[{tail}]', _DIM)}"
    ]
    for related in finding.related:
        where = f"{printable(related_path(finding, related))}:{related.span.line}:{related.span.col}"
        note = f": {_one_line(related.message)}" if related.message else ""
        lines.append(f"  {style('related:', _DIM)} {where}{note}")
    return lines


def summary(result: RunResult) -> str:
    files = counted(len(result.files), "file")
    if result.findings:
        counts = severity_counts(result.findings)
        line = (
            f"{counted(len(result.findings), 'finding')} ("
            f"{counted(counts[Severity.ERROR], 'error')}, "
            f"{counted(counts[Severity.WARNING], 'warning')}, "
            f"{counts[Severity.INFO]} info) in {files}"
        )
    elif result.nothing_compared():  # not "No findings": nothing was compared
        line = f"Nothing checked in {files}: {result.uncompared_reason()}"
    else:
        line = f"No findings in {files}"
    if result.errors:
        # The errors themselves go to stderr (one line each, from the CLI); the summary only
        # says that the run was incomplete, so a reader of stdout is not misled.
        unchecked = len(result.errors) if result.unchecked is None else result.unchecked
        if unchecked:
            line += f"; {counted(unchecked, 'file')} could not be checked"
        else:
            line += f"; {counted(len(result.errors), 'error')}"
    return line


def render(result: RunResult, rules: dict, color: bool = False, verbose: bool = False) -> str:
    style = _Style(color)
    lines: list[str] = []
    for finding in sorted_findings(result):
        lines.extend(_finding_lines(finding, style, verbose))
    if lines:
        lines.append("")
    lines.append(style(summary(result), _BOLD))
    return "\n".join(lines)

"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::error file=PATH,line=L,col=C,endLine=..,endColumn=..,title=FL### name::message``; escaping
follows @actions/core (``toolkit/packages/core/src/command.ts``): data escapes ``%``, CR, LF;
property values also escape ``:`` and ``,``.
"""

from __future__ import annotations

import re

from ..escape import printable
from ..finding import Finding, RunResult, Severity
from ._common import related_path, repository_path, rounded_score, sorted_findings

_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")  # a quoted sentence that wraps in its file
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    # a property value (a path, a title) never holds a line break: escaped like other controls
    return escape_data(printable(text)).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{kind} {props}::{escape_data(message)}"


def _annotation(finding: Finding, verbose: bool = False) -> str:
    span = finding.span
    # Text from articles and file names has its control characters (line breaks included) written
    # as visible escapes; the only line breaks left are the annotation's own, escaped as %0A.
    message = printable(_LINE_BREAKS.sub(" ", finding.message).strip())
    score = rounded_score(finding.score) if verbose else None
    if score is not None:
        message += f" (score {score:.2f})"
    # Annotations have one location; the others go into the message, one per line, their paths
    # from the repository root as the annotation's own (a run from a subfolder named them apart).
    for rel in finding.related:
        note = f": {printable(rel.message)}" if rel.message else ""  # as in the text output
        where = repository_path(related_path(finding, rel))
        message += f"\nrelated: {printable(where)}:{rel.span.line}:{rel.span.col}{note}"
    properties = {
        "file": repository_path(finding.path),
        "line": span.line,
        "col": span.col,
        "endLine": span.end_line,
        "endColumn": span.end_col,
        "title": f"{finding.rule_id} {finding.name}",
    }
    return _command(_COMMAND[finding.severity], properties, message)


def render(result: RunResult, rules: dict, color: bool = False, verbose: bool = False) -> str:
    lines = [_annotation(f, verbose) for f in sorted_findings(result)]
    for error in sorted(result.errors, key=lambda e: (e.path, e.line or 0, e.message)):
        properties: dict[str, object] = {"file": repository_path(error.path)}
        if error.line:
            properties["line"] = error.line
        properties["title"] = "factlint: cannot check file"
        lines.append(_command("error", properties, printable(error.message)))
    return "\n".join(lines)

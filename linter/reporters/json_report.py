"""Machine-readable report, schema version 1 (``schemas/findings-v1.schema.json``,
documented in ``docs/json-output.md``)."""

from __future__ import annotations

import json

from ..document import Span
from ..finding import Finding, RunResult
from ._common import related_path, rounded_score, sorted_findings

SCHEMA_VERSION = "1"


def _location(path: str, span: Span) -> dict:
    return {
        "path": path,
        "line": span.line,
        "column": span.col,
        "end_line": span.end_line,
        "end_column": span.end_col,
        "offset": span.start,
        "end_offset": span.end,
    }


def finding_dict(finding: Finding) -> dict:
    where = _location(finding.path, finding.span)
    return {
        "rule": finding.rule_id,
        "name": finding.name,
        "severity": str(finding.severity),
        "message": finding.message,
        **where,
        "score": rounded_score(finding.score),
        "related": [
            {**_location(related_path(finding, rel), rel.span), "message": rel.message}
            for rel in finding.related
        ],
        "fingerprint": finding.fingerprint,
    }


def report_dict(result: RunResult) -> dict:
    report = {
        "version": SCHEMA_VERSION,
        "files": sorted(result.files),
        "findings": [finding_dict(f) for f in sorted_findings(result)],
        "errors": [
            {"path": e.path, "line": e.line, "message": e.message}
            for e in sorted(result.errors, key=lambda e: (e.path, e.line or 0, e.message))
        ],
    }
    if result.uncompared:
        # a CI job reads this file, not stderr: "no findings" from rules that compared nothing
        # must not read as a pass
        report["notices"] = [{"message": result.uncompared_reason()}]
    return report


def render(result: RunResult, rules: dict, color: bool = False, verbose: bool = False) -> str:
    # ASCII-escaped: valid on any terminal or pipe encoding; every JSON parser restores it.
    return json.dumps(report_dict(result), indent=2)

"""SARIF 2.1.0 report (what GitHub code scanning and most CI dashboards ingest).

Columns are our 1-based character columns, so the run declares ``columnKind:
unicodeCodePoints`` (SARIF's default would be UTF-16 code units, wrong for non-BMP text).
Regions carry both line/column and ``charOffset``/``charLength``.
"""

from __future__ import annotations

import json
from pathlib import PureWindowsPath
from urllib.parse import quote

from ... import __version__
from ..document import Span
from ..finding import FileError, Finding, RunResult, Severity
from ._common import related_path, repository_path, rounded_score, sorted_findings

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factlintFingerprint/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _artifact(path: str) -> dict:
    """A relative path stays relative to the checkout (``%SRCROOT%``); an absolute one becomes
    a ``file://`` URI. A file in a git repository is named from the repository's root, which
    code scanning takes as ``%SRCROOT%``, from whatever folder factlint ran in."""
    path = repository_path(path)
    posix = path.replace("\\", "/")
    if posix.startswith("/") or PureWindowsPath(path).drive:
        drive_fixed = posix if posix.startswith("/") else "/" + posix
        return {"uri": "file://" + quote(drive_fixed, safe="/:")}
    return {"uri": quote(posix), "uriBaseId": "%SRCROOT%"}


def _region(span: Span) -> dict:
    return {
        "startLine": span.line,
        "startColumn": span.col,
        "endLine": span.end_line,
        "endColumn": span.end_col,
        "charOffset": span.start,
        "charLength": max(0, span.end - span.start),
    }


def _location(path: str, span: Span) -> dict:
    return {"physicalLocation": {"artifactLocation": _artifact(path), "region": _region(span)}}


def _descriptor(rule_id: str, rule: type | None, name: str) -> dict:
    if rule is None:
        # A finding from a rule the caller did not list (e.g. the engine's FL000): still
        # describe it, so every result has a ruleIndex.
        return {"id": rule_id, "name": name, "shortDescription": {"text": name}}
    docs = rule.docs()
    return {
        "id": rule_id,
        "name": rule.name or rule_id,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": docs},
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": _LEVEL[Severity.parse(rule.severity)]},
    }


def _result(finding: Finding, rule_index: int) -> dict:
    out = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.path, finding.span)],
    }
    if finding.related:
        out["relatedLocations"] = []
        for i, rel in enumerate(finding.related, start=1):
            loc = {"id": i, **_location(related_path(finding, rel), rel.span)}
            if rel.message:
                loc["message"] = {"text": rel.message}
            out["relatedLocations"].append(loc)
    if finding.fingerprint:
        out["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    score = rounded_score(finding.score)
    if score is not None:
        out["properties"] = {"score": score}
    return out


def _notification(error: FileError) -> dict:
    region = {"region": {"startLine": error.line}} if error.line else {}
    return {
        "level": "error",
        "message": {"text": error.message},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(error.path), **region}}],
    }


def sarif_dict(result: RunResult, rules: dict) -> dict:
    findings = sorted_findings(result)
    names = {f.rule_id: f.name for f in findings}
    rule_ids = sorted(set(rules) | set(names))
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    descriptors = [_descriptor(r, rules.get(r), names.get(r, r)) for r in rule_ids]
    errors = sorted(result.errors, key=lambda e: (e.path, e.line or 0, e.message))
    run = {
        "tool": {
            "driver": {
                "name": "factlint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                # Unreadable inputs make the run exit 2: not a successful execution.
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [_notification(e) for e in errors]
                + (
                    [{"level": "note", "message": {"text": result.uncompared_reason()}}]
                    if result.uncompared
                    else []
                ),
            }
        ],
        "results": [_result(f, index[f.rule_id]) for f in findings],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result: RunResult, rules: dict, color: bool = False, verbose: bool = False) -> str:
    return json.dumps(sarif_dict(result, rules), indent=2)

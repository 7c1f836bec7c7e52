"""Pieces every format shares: ordering, counts, where a related location lives."""

from __future__ import annotations

from ..finding import Finding, Related, RunResult, Severity


def sorted_findings(result: RunResult) -> list[Finding]:
    # The engine already sorts; sorting again here makes every reporter deterministic even
    # for a hand-built or merged RunResult.
    return sorted(result.findings, key=Finding.sort_key)


def related_path(finding: Finding, related: Related) -> str:
    """A related location without a path lies in the finding's own file."""
    return related.path if related.path is not None else finding.path


def severity_counts(findings: list[Finding]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def rounded_score(score: float | None) -> float | None:
    # Four decimals are more than a calibrated probability can honestly claim, and keep
    # output stable across platforms' float noise.
    return None if score is None else round(float(score), 4)

"""Pieces every format shares: ordering, counts, where a related location lives."""

from __future__ import annotations

import os
from functools import lru_cache

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


def repository_path(path: str) -> str:
    """A file's path as GitHub places annotations and code-scanning results: relative to the root
    of the git repository holding it. A run from a subfolder (a workflow step with
    ``working-directory: articles``) printed ``desk/a.md``, which GitHub looked for at the
    repository root and attached to no file. Outside a repository, and for stdin, unchanged."""
    if not path or path.startswith("<"):
        return path
    folder, name = os.path.split(os.path.abspath(path))
    folder = os.path.realpath(folder)  # the root is a real path; the file keeps its own name
    root = _repository_root(folder)
    if root is None:
        return path
    relative = os.path.relpath(os.path.join(folder, name), root)
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


@lru_cache(maxsize=256)
def _repository_root(folder: str) -> str | None:
    from ..safepath import repository_root

    root = repository_root(folder)
    return str(root) if root is not None else None

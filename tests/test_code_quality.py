"""The lint gate: ruff (the rule set and the formatter in pyproject.toml) and mypy on the ground
floor and the models (docs/architecture.md), run as CI runs them. The import contracts are in
test_architecture.py."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# the ground floor (what a plugin sees) and the models: typed all through
TYPED_MODULES = [
    "factlint.linter.rule",
    "factlint.linter.finding",
    "factlint.linter.document",
    "factlint.linter.errors",
    "factlint.linter.options",
]
TYPED_PACKAGES = ["factlint.models"]


def _tool(name: str) -> list[str]:
    pytest.importorskip(name, reason=f"{name} comes with the test extra")
    return [sys.executable, "-m", name]


def test_ruff_check_passes():
    done = subprocess.run(
        [*_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_check_passes():
    done = subprocess.run(
        [*_tool("ruff"), "format", "--check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_on_the_ground_floor_and_the_models(tmp_path):
    command = _tool("mypy")
    # The package is the repository root mapped to the name `factlint` (pyproject's package-dir):
    # mypy sees that layout through a folder holding a `factlint` link to the root.
    (tmp_path / "factlint").symlink_to(ROOT, target_is_directory=True)
    args = [arg for module in TYPED_MODULES for arg in ("-m", module)]
    args += [arg for package in TYPED_PACKAGES for arg in ("-p", package)]
    done = subprocess.run(
        [
            *command,
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            *args,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def _names_bound_twice(path: Path) -> list[str]:
    """Module-level names a module binds more than once (a constant or function defined again
    further down silently replaces the first for every use)."""
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return [name for name, n in seen.items() if n > 1]


def test_no_module_binds_a_name_twice():
    twice = {
        str(path.relative_to(ROOT)): names
        for folder in ("analysis", "rules", "linter", "models")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if (names := _names_bound_twice(path))
    }
    assert not twice, f"module-level names bound twice (the later one wins for every use): {twice}"

"""Fixtures shared by test modules (pytest runs them in importlib mode: no imports between
test files)."""

from __future__ import annotations

import contextlib
import io
import subprocess

import pytest


@pytest.fixture
def main_here():
    """``factlint`` run through the command's ``main`` in this process, in a folder: a
    ``CompletedProcess`` with its exit code, stdout and stderr, without a Python start and import
    per run. For tests that read only a report; start-up, plugins and exit paths keep a process."""
    from factlint.linter.cli import main

    def run(cwd, argv: list[str]) -> subprocess.CompletedProcess:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())

    return run

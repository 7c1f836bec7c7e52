"""Fixtures shared by test modules (pytest runs them in importlib mode: no imports between
test files)."""

from __future__ import annotations

import contextlib
import io
import subprocess

import pytest

# The test files that take longest, longest first (measured with `--durations=0`, summed per
# file). `-n auto --dist loadfile` hands a worker a whole file at a time, in the order of this
# list and then in the collection's order; xdist's own order (most tests first) sent these last,
# so one worker ran Ray or a pip environment alone while the other core sat idle.
LONGEST_FIRST = (
    "test_archive.py",
    "test_precommit.py",
    "test_onnx_runtime.py",
    "test_adversarial.py",
    "test_wordpiece.py",
    "test_parallel.py",
    "test_fl101_big.py",
    "test_fl002_required_text.py",
    "test_startup_cache.py",
    "test_security.py",
)


def pytest_configure(config):
    """The files in ``LONGEST_FIRST`` go to the workers first: xdist's reordering of files by
    their number of tests is turned off (the controller reads it when it schedules)."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` (a larger run of what a quicker test checks in kind) run only when
    the ``-m`` expression names them (``-m slow`` runs only them, ``-m "slow or not slow"``
    everything) or the command line names the test itself (``FILE::TEST``). Otherwise
    ``python -m pytest`` (the README's command, CI's, with or without ``-n``) leaves them out.
    docs/testing.md lists them. The files in ``LONGEST_FIRST`` come first."""
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a file's order kept
    if "slow" in (config.getoption("markexpr") or ""):
        return
    named = {arg.split("::", 1)[1] for arg in config.args if "::" in arg}

    def left_out(item) -> bool:
        test = item.nodeid.split("::", 1)[-1]
        return item.get_closest_marker("slow") is not None and not any(
            test == name or test.startswith(name + "[") for name in named
        )

    slow = [item for item in items if left_out(item)]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not left_out(item)]


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


@pytest.fixture
def run_cli(capsys):
    """``factlint ARGS`` through the command's ``main`` in this process: (exit code, stdout,
    stderr). For tests of one command line's output and exit code."""
    from factlint.linter.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def check_fl002(capsys, monkeypatch):
    """``factlint check --select FL002 ARGS`` in folder ``cwd`` through the command's ``main`` in
    this process: (exit code, stdout, stderr). For walk tests whose every article holds one FL002
    finding, so the findings name the files checked."""
    from pathlib import Path

    from factlint.linter.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd)
        argv = ["check", "--select", "FL002", *args]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run

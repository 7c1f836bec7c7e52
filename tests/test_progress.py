"""The progress bar: on stderr, only where asked (or on a terminal), never in the report."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys


def _articles(folder, count):
    for n in range(count):
        (folder / f"story{n}.md").write_text(f"# Story {n}\n\nThe mayor opened bridge number {n}.\n")


def _run(folder, *args):
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", "--select", "FL001,FL002", *args, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _run_here(folder, *args):
    """``_run`` through the command's main in this process: its stderr is no terminal either."""
    from factlint.linter.cli import main

    argv = ["check", "--select", "FL001,FL002", *args, str(folder)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def test_asked_for_it_shows_on_stderr_and_the_report_stays_clean(tmp_path):
    _articles(tmp_path, 6)
    (tmp_path / "evil\x1b[2J\x07.md").write_text("# Evil\n\nSkip to content\n")
    done = _run_here(tmp_path, "--progress", "--format", "json")
    assert done.returncode == 1
    assert "checking" in done.stderr and "7/7" in done.stderr
    assert "\x1b[2J" not in done.stderr and "\x07" not in done.stderr  # a file name cannot drive the terminal
    assert len(json.loads(done.stdout)["files"]) == 7


def test_not_on_a_terminal_and_not_asked_there_is_none(tmp_path):
    _articles(tmp_path, 6)
    done = _run_here(tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert _run_here(tmp_path, "--no-progress").stderr == ""


def test_asked_for_it_in_a_log_it_goes_line_by_line_as_the_run_goes(tmp_path):
    # stderr is a pipe here, as in a CI log: rich drew its bar there only once, when the run
    # ended, so a long run showed nothing until it was over
    _articles(tmp_path, 20)
    done = _run(tmp_path, "--progress", "--jobs", "1")
    lines = done.stderr.splitlines()
    assert lines[0].startswith("checking: 0/20 files done (0:00:00), now ") and lines[0].endswith("story0.md")
    counts = [int(line.split("/")[0].removeprefix("checking: ")) for line in lines]
    assert counts == sorted(counts) and len(counts) >= 10  # a line per tenth of the run at least
    assert lines[-1].startswith("checking: 20/20 files done (")

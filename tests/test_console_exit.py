"""The ``factlint`` command's quick exit (``cli.console``): the process ends without tearing its
modules down, yet prints everything, exits with ``main``'s code, runs exit handlers, and waits
for a thread still running as a normal exit does."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

from factlint.linter import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "moscow-beijing-trade.txt"
RULES = "FL001,FL002,FL003,FL401,FL402,FL403"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "factlint.linter.cli", "check", "--select", RULES, "--no-progress", *args]


def _run_console(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Python ``code`` then ``cli.console()`` on the seed article, as the console script runs it."""
    script = f"{code}\nimport sys\nsys.argv = {['factlint', 'check', '--select', RULES, str(SEED)]!r}\n"
    script += "from factlint.linter.cli import console\nconsole()\n"
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )


def test_the_command_prints_every_finding_and_exits_with_mains_code(tmp_path):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        expected_code = cli.main(["check", "--select", RULES, "--format", "json", "--no-progress", str(SEED)])
    run = subprocess.run(_command("--format", "json", str(SEED)), capture_output=True, text=True, timeout=120)
    assert expected_code == 1 and run.returncode == 1
    assert json.loads(run.stdout) == json.loads(out.getvalue())
    assert json.loads(run.stdout)["findings"]  # the seed's leftovers and repeats

    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday and approved the new budget for the library.\n")
    assert subprocess.run(_command(str(clean)), capture_output=True, timeout=120).returncode == 0
    missing = subprocess.run(
        _command(str(tmp_path / "nope.txt")), capture_output=True, text=True, timeout=120
    )
    assert missing.returncode == 2 and "1 file could not be checked" in missing.stdout
    assert len(missing.stderr.strip().splitlines()) == 1 and "nope.txt" in missing.stderr


def test_exit_handlers_run_before_the_quick_exit(tmp_path):
    run = _run_console(
        "import atexit\natexit.register(lambda: open('handler-ran', 'w').write('yes'))", tmp_path
    )
    assert run.returncode == 1 and "FL002" in run.stdout
    assert (tmp_path / "handler-ran").read_text() == "yes"


def test_a_thread_still_running_is_waited_for(tmp_path):
    run = _run_console(
        "import threading, time\n"
        "def late():\n    time.sleep(0.5)\n    open('thread-done', 'w').write('yes')\n"
        "threading.Thread(target=late).start()",
        tmp_path,
    )
    assert run.returncode == 1 and "FL002" in run.stdout
    assert (tmp_path / "thread-done").read_text() == "yes"


def test_modules_are_not_torn_down_one_object_at_a_time(tmp_path):
    # what makes the exit quick: an object's finaliser that only module teardown would call
    run = _run_console(
        "class Kept:\n    def __del__(self):\n        open('torn-down', 'w').write('yes')\nkept = Kept()",
        tmp_path,
    )
    assert run.returncode == 1 and "FL002" in run.stdout
    assert not (tmp_path / "torn-down").exists()

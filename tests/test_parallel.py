"""--jobs: worker processes give exactly the serial run's output, errors and exit code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factlint.linter.parallel import _batches, workers_for

MODEL_FREE = "FL000,FL001,FL002,FL003,FL004,FL201,FL202,FL401,FL402,FL403"


def _newsroom(folder, count=24):
    for n in range(count):
        body = [f"# Story {n}", "", f"The council approved plan {n} on Monday after a long debate."]
        if n % 3 == 0:
            body += ["", "Skip to content"]
        if n % 4 == 0:
            body += ["", "Experts say the plan will cost more."]
        if n % 5 == 0:
            body += ["", "The plan employs 300 people. The plan employs 400 people."]
        (folder / f"story{n:02}.md").write_text("\n".join(body) + "\n")
    (folder / "broken.md").write_bytes(b"# Broken\n\n\xff\xfe not text\n")
    (folder / "suppressed.md").write_text("# S\n\n<!-- factlint-disable-next-line FL002 -->\nNothing here.\n")


def _run(folder, *args, cwd=None):
    """The command in its own process: ``--jobs 2`` starts its workers from there."""
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", *args, str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


@pytest.fixture
def run_here(capsys, monkeypatch):
    """The one-process run to compare with: the command's ``main`` in this process (no Python
    start and import of its own), its exit code, stdout and stderr."""
    from factlint.linter.cli import main

    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(folder, *args) -> subprocess.CompletedProcess:
        argv = ["check", *args, str(folder)]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_workers_give_the_serial_output(tmp_path, fmt, run_here):
    _newsroom(tmp_path)
    serial = run_here(tmp_path, "--select", MODEL_FREE, "--format", fmt, "--jobs", "1")
    parallel = _run(tmp_path, "--select", MODEL_FREE, "--format", fmt, "--jobs", "2")
    assert serial.returncode == 2  # broken.md cannot be checked
    assert (parallel.returncode, parallel.stdout, parallel.stderr) == (
        serial.returncode,
        serial.stdout,
        serial.stderr,
    )
    assert serial.stdout.count("FL002") >= 8


def test_with_a_baseline_the_hidden_count_is_the_serial_one(tmp_path, run_here):
    articles = tmp_path / "articles"
    articles.mkdir()
    _newsroom(articles)
    (articles / "broken.md").unlink()
    base = tmp_path / "baseline.json"
    assert run_here(articles, "--select", MODEL_FREE, "--write-baseline", str(base)).returncode == 0
    (articles / "story01.md").write_text("# New\n\nRead also:\n")
    serial = run_here(articles, "--select", MODEL_FREE, "--baseline", str(base), "--jobs", "1")
    parallel = _run(articles, "--select", MODEL_FREE, "--baseline", str(base), "--jobs", "2")
    assert (parallel.returncode, parallel.stdout, parallel.stderr) == (
        serial.returncode,
        serial.stdout,
        serial.stderr,
    )
    assert "hid" in serial.stderr and serial.returncode == 1


def test_a_broken_config_and_an_empty_folder_count_as_in_the_serial_run(tmp_path, run_here):
    # the workers' run counted the broken config's error as one more file not checked (21 of 20
    # articles), and a folder without articles as one, which the serial run does not
    articles = tmp_path / "articles"
    articles.mkdir()
    _newsroom(articles)
    (articles / "broken.md").unlink()
    (articles / ".factlint.yaml").write_text("fail-on: 3\n")
    (tmp_path / "empty").mkdir()
    args = ("--select", MODEL_FREE, str(tmp_path / "empty"))
    serial = run_here(articles, *args, "--jobs", "1")
    parallel = _run(articles, *args, "--jobs", "2")
    assert serial.stdout == "No findings in 0 files; 25 files could not be checked\n"
    assert (parallel.returncode, parallel.stdout, parallel.stderr) == (
        serial.returncode,
        serial.stdout,
        serial.stderr,
    )


def test_bad_jobs_is_a_usage_error(tmp_path, run_here):
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    done = run_here(tmp_path, "--jobs", "0")
    assert done.returncode == 2 and "--jobs: 0 is not a number of worker processes" in done.stderr


def test_small_runs_stay_in_one_process_and_batches_cover_every_article():
    assert workers_for(2, 10) == 1 and workers_for(2, 16) == 2 and workers_for(8, 40) == 5
    paths = [f"a{n}" for n in range(37)]
    batches = _batches(paths, 8)
    assert [p for b in batches for p in b] == paths and len(batches) <= 8


def test_model_rules_in_workers_match_the_serial_run(tmp_path, run_here):
    pytest.importorskip("numpy")
    for n in range(16):
        (tmp_path / f"fire{n:02}.md").write_text(
            f"# Fire {n}\n\nA fire destroyed warehouse {n} in Leeds on Tuesday, killing three people.\n\n"
            "Firefighters worked through the night.\n\nNobody was killed in the fire, the fire service said.\n"
        )
    serial = run_here(tmp_path, "--select", "FL101", "--format", "json", "--jobs", "1")
    parallel = _run(tmp_path, "--select", "FL101", "--format", "json", "--jobs", "2")
    assert serial.returncode in (0, 1), serial.stderr
    assert (parallel.returncode, parallel.stdout) == (serial.returncode, serial.stdout)


def test_default_jobs_keep_a_small_model_free_run_in_one_process(tmp_path):
    from factlint.linter.engine import _check_in_workers, _plan
    from factlint.linter.run import RunOptions

    _newsroom(tmp_path)
    small = RunOptions(select=MODEL_FREE.split(","), jobs=2, jobs_by_default=True)
    assert _check_in_workers(_plan([str(tmp_path)], small)) is None  # a few kB: no workers
    assert workers_for(2, 487, model_free_bytes=1_344_784) == 1  # the 487 dev/ContraDoc texts
    assert workers_for(2, 487, model_free_bytes=5_000_000) == 2
    assert workers_for(2, 487) == 2  # --jobs asked for, or a model rule: the article count decides

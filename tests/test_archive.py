"""factlint archive on Ray: the serial findings exactly, JSONL and Parquet, resume, lost workers,
a two-node cluster, a stuck run. Ray is an optional extra: these skip without it, and are marked
external (Ray starts: seconds each; ``-m "not external"`` leaves them out of a quick run).

Where the test is about a process (a driver killed and the run resumed, Ray started on this
machine by the CLI, a cluster of its own) the CLI runs in its own process; a test of two runs
there makes both in that one process. The others, a worker killed included, run the CLI in this
one on one Ray started for the module (``ray_here``): each Ray start costs seconds. Every
archive run has a stall timeout far below its test's limit, so a run that hangs fails with the CLI's own error line, not a subprocess timeout."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("pyarrow")
pytestmark = pytest.mark.external

MODEL_FREE = "FL001,FL002,FL003,FL004,FL201,FL202,FL401,FL402,FL403"
STALL = "120"  # seconds without a batch before a run gives up (the CLI's default is 600)
LIMIT = 300  # seconds for one CLI process; a run that hangs has given up long before


def _own_ray(ray_tmp: Path | None = None) -> dict:
    """The environment for a process that starts its own Ray: no RAY_ADDRESS (it would join
    that cluster) and, given ``ray_tmp``, Ray's files there (RAY_TMPDIR), not in /tmp/ray."""
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    return {**env, "RAY_TMPDIR": str(ray_tmp)} if ray_tmp else env


@pytest.fixture
def ray_tmp():
    """A short folder for Ray's files (its socket paths must stay under ~107 characters)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ray", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _kill_session(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:  # it ended first
        pass


def _cli(*args, timeout=LIMIT, cwd=None, ray_tmp=None):
    """The CLI in its own process (and session: on a timeout it goes with its Ray processes)."""
    command = [sys.executable, "-m", "factlint.linter.cli", *args]
    if args[0] == "archive":
        command += ["--stall-timeout", STALL]
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        cwd=cwd,
        env=_own_ray(ray_tmp),
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_session(proc)
        out, err = proc.communicate()
        pytest.fail(f"factlint {' '.join(args[:2])} still running after {timeout} s; stderr: {err[-2000:]}")
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


@pytest.fixture(scope="module")
def ray_here():
    """One Ray on this machine for the module's in-process runs, two CPUs as on CI."""
    import ray

    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture
def factlint(capsys, monkeypatch):
    """The CLI in this process: (exit code, stdout, stderr). Archive runs join ``ray_here``."""
    from factlint.linter import cli

    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(*args: str) -> subprocess.CompletedProcess:
        argv = [*args, "--stall-timeout", STALL] if args[0] == "archive" else list(args)
        code = cli.main(argv)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out, err)

    return run


def _folder(root: Path, count: int) -> Path:
    folder = root / "archive"
    folder.mkdir()
    for n in range(count):
        lines = [f"# Story {n}", "", f"The council approved budget {n} on Monday."]
        if n % 3 == 0:
            lines += ["", "Skip to content"]
        if n % 4 == 0:
            lines += ["", "Experts say the budget is too small."]
        if n % 7 == 0:
            lines += ["", "The plant employs 300 people. The plant employs 400 people."]
        (folder / f"s{n:03}.md").write_text("\n".join(lines) + "\n")
    return folder


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = []
        for part in sorted(path.glob("part-*.parquet")):
            for row in pq.read_table(part).to_pylist():
                rows.append(
                    {**row, "findings": json.loads(row["findings"]), "errors": json.loads(row["errors"])}
                )
        return rows
    return [json.loads(line) for line in path.read_text().splitlines()]


def _key(finding: dict) -> tuple:
    return (finding["path"], finding["offset"], finding["rule"], finding["message"], finding["fingerprint"])


def test_ray_gives_exactly_the_serial_findings(tmp_path, ray_here, factlint):
    folder = _folder(tmp_path, 120)
    serial = factlint("check", "--select", MODEL_FREE, "--format", "json", "--jobs", "1", str(folder))
    expected = sorted(_key(f) for f in json.loads(serial.stdout)["findings"])
    out = tmp_path / "findings.jsonl"
    done = factlint(
        "archive", str(folder), "-o", str(out), "--select", MODEL_FREE, "--actors", "2", "--batch-size", "8"
    )
    assert done.returncode == 0, done.stderr
    rows = _rows(out)
    assert len(rows) == 120 and len({r["id"] for r in rows}) == 120
    assert sorted(_key(f) for r in rows for f in r["findings"]) == expected and len(expected) > 60
    again = factlint("archive", str(folder), "-o", str(out), "--select", MODEL_FREE)
    assert "0 checked, 120 already in" in again.stdout and len(_rows(out)) == 120


def test_jsonl_records_to_parquet_resume_after_new_and_changed_records(tmp_path, ray_here, factlint):
    records = tmp_path / "records.jsonl"
    lines = [
        {
            "id": f"a{n}",
            "text": f"The mayor opened bridge {n}.\n\nSkip to content\n",
            "title": f"Bridge {n}",
            "date": "2024-05-01",
        }
        for n in range(30)
    ]
    records.write_text("".join(json.dumps(r) + "\n" for r in lines))
    out = tmp_path / "findings.parquet"
    assert factlint("archive", str(records), "-o", str(out), "--select", MODEL_FREE).returncode == 0
    first = _rows(out)
    assert len(first) == 30 and all(any(f["rule"] == "FL002" for f in r["findings"]) for r in first)
    lines[3]["text"] = "The mayor opened bridge 3.\n"  # changed: checked again
    lines.append({"id": "a30", "text": "Experts say it will rain.\n"})  # new
    records.write_text("".join(json.dumps(r) + "\n" for r in lines))
    again = factlint("archive", str(records), "-o", str(out), "--select", MODEL_FREE)
    assert "2 checked, 29 already in" in again.stdout, again.stdout + again.stderr
    rows = _rows(out)
    from collections import Counter

    counts = Counter(r["id"] for r in rows)
    assert len(rows) == 32 and counts["a3"] == 2 and counts["a30"] == 1  # a3: old and new content
    assert len({(r["id"], r["content_hash"]) for r in rows}) == 32


def test_bad_records_are_one_error_line(tmp_path, factlint):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "body": "x"}\n')
    done = factlint("archive", str(records), "-o", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and done.stderr.strip().endswith(
        "records.jsonl:2: unknown field(s) body (use id, text, title, date, sources)"
    )


def _of_ray_here(proc) -> bool:
    """A Ray worker of ``ray_here`` (worker, its raylet, this process), not another Ray's."""
    import psutil

    try:
        parents = [p.pid for p in proc.parents()]
    except psutil.Error:
        return False
    return len(parents) > 1 and parents[1] == os.getpid()


def _kill_when(predicate, pattern: str, deadline: float, stop: threading.Event) -> list[int]:
    """Once ``predicate()`` holds, one process named ``pattern`` of ``ray_here`` killed: one of
    this run's actors, never one that was there when the watch began (an earlier run's). Gives
    up at ``deadline`` or once ``stop`` is set (the run ended)."""
    import psutil

    def named() -> list:
        return [
            p for p in psutil.process_iter(["pid", "cmdline"]) if pattern in " ".join(p.info["cmdline"] or [])
        ]

    earlier = {p.pid for p in named()}
    killed = []
    while time.time() < deadline and not killed and not stop.is_set():
        if predicate():
            for proc in named():
                if proc.pid not in earlier and _of_ray_here(proc):
                    os.kill(proc.info["pid"], signal.SIGKILL)
                    killed.append(proc.info["pid"])
                    break
        time.sleep(0.05)
    return killed


def test_a_killed_worker_loses_no_article(tmp_path, ray_here, factlint):
    """One of the run's actors killed once rows are written: Ray Data starts another and retries
    its batches (on the module's Ray: the run in this process, the watcher on a thread)."""
    folder = _folder(tmp_path, 160)
    out = tmp_path / "findings.jsonl"
    killed: list[int] = []
    ended = threading.Event()
    written = lambda: out.exists() and out.stat().st_size > 0  # noqa: E731
    watcher = threading.Thread(
        target=lambda: killed.extend(_kill_when(written, "ArticleChecker", time.time() + LIMIT, ended))
    )
    watcher.start()
    try:
        done = factlint(
            "archive",
            str(folder),
            "-o",
            str(out),
            "--select",
            MODEL_FREE,
            "--actors",
            "2",
            "--batch-size",
            "4",
        )
    finally:
        ended.set()
        watcher.join()
    assert killed, "no worker was running to kill"
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _rows(out)]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 160


def test_an_interrupted_run_resumed_has_every_article_once(tmp_path, ray_tmp):
    """The driver killed (with Ray's processes of its own group) once rows are written; a new run
    on this machine starts Ray afresh and finishes the archive, even where a cluster that was
    never shut down (a crashed ray.cluster_utils.Cluster, `ray start`) is still named in Ray's
    ray_current_cluster file: ray.init() joined that dead address and retried it for ever."""
    folder = _folder(tmp_path, 160)
    out = tmp_path / "findings.jsonl"
    command = [sys.executable, "-m", "factlint.linter.cli", "archive", str(folder), "-o", str(out)]
    command += ["--select", MODEL_FREE, "--actors", "1", "--batch-size", "4", "--stall-timeout", STALL]
    driver = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=_own_ray()
    )
    deadline = time.time() + LIMIT
    while time.time() < deadline and driver.poll() is None and not (out.exists() and out.stat().st_size > 0):
        time.sleep(0.05)
    _kill_session(driver)  # the driver and its Ray processes
    _, err = driver.communicate()
    assert out.exists() and out.stat().st_size > 0, f"no row written to interrupt: {err.decode()[-2000:]}"
    partial = len(_rows(out)) if out.read_text().endswith("\n") else None
    assert partial is None or 0 < partial < 160
    (ray_tmp / "ray").mkdir()
    (ray_tmp / "ray" / "ray_current_cluster").write_text("127.0.0.1:1\n")  # nothing listens there
    done = _cli("archive", str(folder), "-o", str(out), "--select", MODEL_FREE, ray_tmp=ray_tmp)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _rows(out)]
    assert len(ids) == 160 and len(set(ids)) == 160


def test_a_two_node_cluster_runs_the_same_job(tmp_path, factlint, ray_tmp):
    folder = _folder(tmp_path, 40)
    out = tmp_path / "findings.jsonl"
    script = f"""
import json, sys
from ray.cluster_utils import Cluster
from factlint.linter.archive import run_archive
cluster = Cluster(initialize_head=True, head_node_args={{"num_cpus": 1}})
try:  # its shutdown also removes the address it wrote for ray.init() to join
    cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    import ray
    ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
    nodes = len([n for n in ray.nodes() if n["Alive"]])
    summary = run_archive(
        [{str(folder)!r}], {str(out)!r}, actors=2, batch_size=4, select={MODEL_FREE.split(",")!r},
        stall_timeout={STALL},
    )
    print(json.dumps({{"nodes": nodes, "checked": summary.checked, "findings": summary.findings}}))
    ray.shutdown()
finally:
    cluster.shutdown()
"""
    done = subprocess.run(  # Ray's files in ray_tmp: a timeout leaves no cluster named in /tmp/ray
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=LIMIT, env=_own_ray(ray_tmp)
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["nodes"] == 2 and report["checked"] == 40
    serial = factlint("check", "--select", MODEL_FREE, "--format", "json", "--jobs", "1", str(folder))
    assert report["findings"] == len(json.loads(serial.stdout)["findings"])


def test_an_article_that_could_not_be_checked_is_named_and_checked_again(tmp_path):
    """In a process of its own, started in the source's folder: the actors read sources from the
    folder the run started in. Both runs in that process (its Ray started once), the source
    written between them."""
    records = tmp_path / "records.jsonl"
    records.write_text(
        '{"id": "ok", "text": "The council met on Monday."}\n'
        '{"id": "needs-source", "text": "The mayor said the road will reopen.", '
        '"sources": ["statement.txt"]}\n'
    )
    out = tmp_path / "o.jsonl"
    argv = ["archive", str(records), "-o", str(out), "--select", "FL301", "--stall-timeout", STALL]
    script = f"""
import contextlib, io, json, pathlib
from factlint.linter import cli
def run():
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main({argv!r})
    return [code, out.getvalue(), err.getvalue()]
first = run()
pathlib.Path("statement.txt").write_text("The mayor said the road will reopen on Friday.\\n")
print(json.dumps([first, run()]))
"""
    done = subprocess.run(  # both runs end within their stall timeout, far below LIMIT
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=LIMIT,
        cwd=tmp_path,
        env=_own_ray(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = (
        subprocess.CompletedProcess(argv, *run) for run in json.loads(done.stdout.splitlines()[-1])
    )
    assert first.returncode == 2
    assert any(
        line.startswith("needs-source") and "statement.txt" in line for line in first.stderr.splitlines()
    )
    assert second.returncode == 0, second.stderr
    assert "1 article(s) that could not be checked last time are checked again" in second.stderr
    rows = _rows(out)
    assert sorted(r["id"] for r in rows) == ["needs-source", "ok"] and not any(r["errors"] for r in rows)


def test_a_run_that_gets_no_batch_back_gives_up_with_one_line(tmp_path):
    """Ray Data waits for ever for actors it cannot place: here a cluster with no CPU. The run
    ends with the CLI's error line and exit 2 within its stall timeout (it hung before)."""
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a", "text": "Experts say it will rain."}\n')
    out = tmp_path / "o.jsonl"
    script = f"""
import sys, ray
from factlint.linter import cli
ray.init(address="local", num_cpus=0, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
sys.exit(cli.main(["archive", {str(records)!r}, "-o", {str(out)!r}, "--stall-timeout", "1"]))
"""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=LIMIT, env=_own_ray()
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert time.time() - start < LIMIT / 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("factlint: error:")]
    assert len(errors) == 1 and errors[0].startswith(
        "factlint: error: no article came back from Ray in 1 s (0 of 1 checked"
    ), done.stderr[-2000:]
    assert not out.exists() or not _rows(out)

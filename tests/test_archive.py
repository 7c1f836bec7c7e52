"""factlint archive on Ray: the serial findings exactly, JSONL and Parquet, resume, lost workers,
a two-node cluster. Ray is an optional extra: these skip without it, and are slow (Ray starts)."""

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
pytestmark = pytest.mark.slow

MODEL_FREE = "FL001,FL002,FL003,FL004,FL201,FL202,FL401,FL402,FL403"
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "dev" / "articles.jsonl"


def _cli(*args, env=None, timeout=600, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


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


def test_ray_gives_exactly_the_serial_findings(tmp_path):
    folder = _folder(tmp_path, 120)
    serial = _cli("check", "--select", MODEL_FREE, "--format", "json", "--jobs", "1", str(folder))
    expected = sorted(_key(f) for f in json.loads(serial.stdout)["findings"])
    out = tmp_path / "findings.jsonl"
    done = _cli(
        "archive", str(folder), "-o", str(out), "--select", MODEL_FREE, "--actors", "2", "--batch-size", "8"
    )
    assert done.returncode == 0, done.stderr
    rows = _rows(out)
    assert len(rows) == 120 and len({r["id"] for r in rows}) == 120
    assert sorted(_key(f) for r in rows for f in r["findings"]) == expected and len(expected) > 60
    again = _cli("archive", str(folder), "-o", str(out), "--select", MODEL_FREE)
    assert "0 checked, 120 already in" in again.stdout and len(_rows(out)) == 120


def test_jsonl_records_to_parquet_resume_after_new_and_changed_records(tmp_path):
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
    assert _cli("archive", str(records), "-o", str(out), "--select", MODEL_FREE).returncode == 0
    first = _rows(out)
    assert len(first) == 30 and all(any(f["rule"] == "FL002" for f in r["findings"]) for r in first)
    lines[3]["text"] = "The mayor opened bridge 3.\n"  # changed: checked again
    lines.append({"id": "a30", "text": "Experts say it will rain.\n"})  # new
    records.write_text("".join(json.dumps(r) + "\n" for r in lines))
    again = _cli("archive", str(records), "-o", str(out), "--select", MODEL_FREE)
    assert "2 checked, 29 already in" in again.stdout, again.stdout + again.stderr
    rows = _rows(out)
    from collections import Counter

    counts = Counter(r["id"] for r in rows)
    assert len(rows) == 32 and counts["a3"] == 2 and counts["a30"] == 1  # a3: old and new content
    assert len({(r["id"], r["content_hash"]) for r in rows}) == 32


def test_bad_records_are_one_error_line(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "body": "x"}\n')
    done = _cli("archive", str(records), "-o", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and done.stderr.strip().endswith(
        "records.jsonl:2: unknown field(s) body (use id, text, title, date, sources)"
    )


def _kill_when(predicate, pattern: str, deadline: float) -> list[int]:
    import psutil

    killed = []
    while time.time() < deadline and not killed:
        if predicate():
            for proc in psutil.process_iter(["pid", "cmdline"]):
                if pattern in " ".join(proc.info["cmdline"] or []):
                    os.kill(proc.info["pid"], signal.SIGKILL)
                    killed.append(proc.info["pid"])
                    break
        time.sleep(0.05)
    return killed


def test_a_killed_worker_loses_no_article(tmp_path):
    folder = _folder(tmp_path, 160)
    out = tmp_path / "findings.jsonl"
    killed: list[int] = []
    watcher = threading.Thread(
        target=lambda: killed.extend(
            _kill_when(lambda: out.exists() and out.stat().st_size > 0, "ArticleChecker", time.time() + 300)
        )
    )
    watcher.start()
    done = _cli(
        "archive", str(folder), "-o", str(out), "--select", MODEL_FREE, "--actors", "2", "--batch-size", "4"
    )
    watcher.join()
    assert killed, "no worker was running to kill"
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _rows(out)]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 160


def test_an_interrupted_run_resumed_has_every_article_once(tmp_path):
    folder = _folder(tmp_path, 160)
    out = tmp_path / "findings.jsonl"
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factlint.linter.cli",
            "archive",
            str(folder),
            "-o",
            str(out),
            "--select",
            MODEL_FREE,
            "--actors",
            "1",
            "--batch-size",
            "4",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.time() + 300
    while time.time() < deadline and not (out.exists() and out.stat().st_size > 0):
        time.sleep(0.05)
    os.killpg(driver.pid, signal.SIGKILL)  # the driver and its Ray processes
    driver.wait()
    partial = len(_rows(out)) if out.read_text().endswith("\n") else None
    assert partial is None or 0 < partial < 160
    done = _cli("archive", str(folder), "-o", str(out), "--select", MODEL_FREE)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _rows(out)]
    assert len(ids) == 160 and len(set(ids)) == 160


def test_a_two_node_cluster_runs_the_same_job(tmp_path):
    folder = _folder(tmp_path, 40)
    out = tmp_path / "findings.jsonl"
    script = f"""
import json, sys
from ray.cluster_utils import Cluster
from factlint.linter.archive import run_archive
cluster = Cluster(initialize_head=True, head_node_args={{"num_cpus": 1}})
cluster.add_node(num_cpus=1)
cluster.wait_for_nodes()
import ray
ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
nodes = len([n for n in ray.nodes() if n["Alive"]])
summary = run_archive([{str(folder)!r}], {str(out)!r}, actors=2, batch_size=4, select={MODEL_FREE.split(",")!r})
print(json.dumps({{"nodes": nodes, "checked": summary.checked, "findings": summary.findings}}))
ray.shutdown()
cluster.shutdown()
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["nodes"] == 2 and report["checked"] == 40
    serial = _cli("check", "--select", MODEL_FREE, "--format", "json", "--jobs", "1", str(folder))
    assert report["findings"] == len(json.loads(serial.stdout)["findings"])


def test_an_article_that_could_not_be_checked_is_named_and_checked_again(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(
        '{"id": "ok", "text": "The council met on Monday."}\n'
        '{"id": "needs-source", "text": "The mayor said the road will reopen.", '
        '"sources": ["statement.txt"]}\n'
    )
    out = tmp_path / "o.jsonl"
    first = _cli("archive", str(records), "-o", str(out), "--select", "FL301", cwd=tmp_path)
    assert first.returncode == 2
    assert any(
        line.startswith("needs-source") and "statement.txt" in line for line in first.stderr.splitlines()
    )
    (tmp_path / "statement.txt").write_text("The mayor said the road will reopen on Friday.\n")
    second = _cli("archive", str(records), "-o", str(out), "--select", "FL301", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "1 article(s) that could not be checked last time are checked again" in second.stderr
    rows = _rows(out)
    assert sorted(r["id"] for r in rows) == ["needs-source", "ok"] and not any(r["errors"] for r in rows)

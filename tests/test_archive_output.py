"""`factlint archive` without Ray: where a finding points in a record, and what a re-run checks
again. (The Ray runs themselves are in test_archive.py, marked slow.)"""

from __future__ import annotations

import importlib.util
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.linter.archive import ArticleChecker, _Output, article_text, run_archive
from factlint.linter.errors import ConfigError


def test_places_refer_to_the_records_own_text():
    record = {
        "id": "r1",
        "title": "Harbour plan approved",
        "date": "2026-03-02",
        "text": "The council approved the harbour plan.\n\nExperts say it will cost more.\n",
    }
    row = ArticleChecker(select=["FL003"]).check("r1", article_text(record), record["text"])
    (finding,) = row["findings"]
    start = record["text"].index("Experts say")
    assert (finding["line"], finding["column"], finding["offset"]) == (3, 1, start)
    assert record["text"][finding["offset"] : finding["end_offset"]].startswith("Experts say")
    assert "field" not in finding


def test_a_finding_on_the_title_names_the_field():
    record = {
        "id": "r2",
        "title": "Experts say the bridge is unsafe",
        "text": "The bridge reopened on Monday after repairs.\n",
    }
    row = ArticleChecker(select=["FL003"]).check("r2", article_text(record), record["text"])
    (finding,) = row["findings"]
    assert finding["field"] == "front matter (title, date or sources)"


def _row(id_, errors=()):
    return {"id": id_, "content_hash": f"h{id_}", "findings": [], "errors": list(errors)}


def test_rows_with_errors_are_dropped_so_their_articles_are_checked_again(tmp_path):
    path = tmp_path / "out.jsonl"
    out = _Output(str(path))
    out.write([_row("a"), _row("b", ["b: error: no such file: s.txt"]), _row("c")])
    with path.open("ab") as handle:
        handle.write(b'{"id": "d", "content_ha')  # torn by an interrupted run
    keys, failed = out.done()
    assert keys == {("a", "ha"), ("c", "hc")} and failed == 1
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "c"]
    assert out.done() == (keys, 0)  # nothing left to drop


def test_two_different_articles_with_one_id_are_refused(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a1", "text": "One story."}\n{"id": "a1", "text": "Another story."}\n')
    pytest.importorskip("ray")  # run_archive refuses before Ray starts, but needs it importable
    with pytest.raises(ConfigError, match="id 'a1' is given to two different articles"):
        run_archive([str(records)], str(tmp_path / "o.jsonl"))


def _archive_command(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "archive", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_archive_command_refuses_an_unknown_rule_id_before_ray_starts(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a1", "text": "Experts say the harbour will reopen."}\n')
    proc = _archive_command(str(records), "-o", "out.jsonl", "--select", "FL003,FL999", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["factlint: error: unknown rule id 'FL999' in --select"]
    assert not (tmp_path / "out.jsonl").exists()


def test_the_archive_command_without_ray_says_how_to_install_it(tmp_path):
    if importlib.util.find_spec("ray") is not None:
        pytest.skip("Ray is installed here: the command would run (test_archive.py covers that)")
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a1", "text": "Experts say the harbour will reopen."}\n')
    proc = _archive_command(str(records), "-o", "out.jsonl", "--select", "fl003", cwd=tmp_path)
    assert proc.returncode == 2
    # factlint is installed from its folder, not from a package index: the command names it
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("factlint: error: factlint archive needs Ray: pip install -e ")
    folder = shlex.split(line)[-1]
    assert folder.endswith("[ray]") and (Path(folder[: -len("[ray]")]) / "pyproject.toml").is_file()

"""Compiled patterns kept between runs (linter/compiled_patterns.py): a stored pattern is the one
``re`` compiles, the findings of a run that reads them are the same, and a damaged file or entry
costs only the speed. The command runs as a user runs it (a fresh interpreter each time)."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from factlint.linter import compiled_patterns
from factlint.linter.compiled_patterns import _FILE, _Store, _made

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "moscow-beijing-trade.txt"
MODEL_FREE = "FL000,FL001,FL002,FL003,FL004,FL102,FL201,FL202,FL203,FL303,FL401,FL402,FL403"


def check(cache: Path, *paths: Path, seed: str = "0") -> str:
    """``factlint check`` of the model-free rules in a fresh interpreter; its JSON report."""
    env = dict(os.environ, FACTLINT_CACHE_DIR=str(cache), PYTHONHASHSEED=seed)
    proc = subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", "--select", MODEL_FREE, "--jobs", "1"]
        + ["--format", "json", "--no-progress", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def stored(cache: Path) -> dict:
    return marshal.loads((cache / _FILE).read_bytes())


def test_a_run_reading_stored_patterns_reports_the_same_and_each_equals_a_fresh_compile(tmp_path):
    first = check(tmp_path, SEED)
    entries = stored(tmp_path)
    assert len(entries) > 100  # the rules' and analyses' patterns
    for (pattern, flags), entry in entries.items():
        assert _made(pattern, entry) == re._compiler.compile(pattern, flags), pattern[:80]
    assert json.loads(first)["findings"]  # a report with findings to compare
    before = (tmp_path / _FILE).stat().st_mtime_ns
    assert check(tmp_path, SEED) == first
    assert (tmp_path / _FILE).stat().st_mtime_ns == before  # nothing new: not written again


def test_every_run_builds_the_same_patterns(tmp_path):
    """A pattern joined from a set in the set's order differs from run to run (string hashing
    is seeded per process): never found again, it would be stored anew every run. Build such
    alternations in a fixed order, e.g. ``sorted(texts, key=lambda t: (-len(t), t))``."""
    check(tmp_path / "a", SEED, seed="1")
    check(tmp_path / "b", SEED, seed="2")
    a, b = set(stored(tmp_path / "a")), set(stored(tmp_path / "b"))
    assert a == b, [p[:100] for p, _ in a ^ b]


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path):
    (tmp_path / _FILE).write_bytes(b"not a marshal file")
    first = check(tmp_path, SEED)
    assert len(stored(tmp_path)) > 100  # written again

    pattern = r"(?P<word>\w+)\s+(?P=word)"
    store = _Store(tmp_path / "other" / _FILE)
    store.entries[(pattern, 0)] = (0, b"\xff\xff\x00\x00" * 3, 1, {"word": 1}, (None, "word"))  # bad code
    assert store.compile(pattern) == re._compiler.compile(pattern, 0)
    assert store.compile(pattern).search("it is is so").group("word") == "is"
    store.save()
    assert set(stored(tmp_path / "other")) == {(pattern, 0)}
    assert check(tmp_path, SEED) == first


def test_only_the_command_compiles_through_the_store(tmp_path):
    original = re._compiler.compile
    with compiled_patterns.enabled(tmp_path):
        assert re._compiler.compile is not original
        assert re.compile(r"stored (?:here)+").search("stored herehere")
        with compiled_patterns.enabled(tmp_path / "nested"):  # a command inside one: the same store
            re.compile(r"nested (?:too)")
    assert re._compiler.compile is original
    assert (r"stored (?:here)+", 0) in stored(tmp_path)
    assert (r"nested (?:too)", 0) in stored(tmp_path)
    assert not (tmp_path / "nested").exists()

"""What the command keeps between runs beside its bytecode (linter/startup_cache.py): a stored
pattern is the one ``re`` compiles, a stored dataclass method the code ``exec`` compiles and a stored
result (a data file's YAML, FL002's needed text) what computing it gives, a run
that reads them reports the same, and a damaged file costs only the speed. The command runs as a
user runs it (a fresh interpreter each time), with the stores in a temporary folder."""

from __future__ import annotations

import json
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factlint.analysis import lexicon
from factlint.analysis.text import _first_words, lower_case_twin
from factlint.linter import memo, plugins, startup_cache
from factlint.linter.startup_cache import (
    METHODS_FILE,
    PATTERNS_FILE,
    RESULTS_FILE,
    STALE_BYTES,
    _made,
    _Patterns,
    _read,
    _Results,
)
from factlint.rules.fl002_required_text import _edge_chars, _needs_digit, _required_text

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "moscow-beijing-trade.txt"
MODEL_FREE = "FL000,FL001,FL002,FL003,FL004,FL102,FL201,FL202,FL203,FL303,FL401,FL402,FL403"

# the command with its stores in the folder given as the first argument
RUN = """
import sys
from pathlib import Path
from factlint.linter import cli, startup_cache
startup_cache.FOLDER = Path(sys.argv.pop(1))
sys.exit(cli.main())
"""


def check(folder: Path, *paths: Path, seed: str = "0") -> str:
    """``factlint check`` of the model-free rules in a fresh interpreter; its JSON report."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = seed
    proc = subprocess.run(
        [sys.executable, "-c", RUN, str(folder), "check", "--select", MODEL_FREE, "--jobs", "1"]
        + ["--format", "json", "--no-progress", "--no-cache", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[Path, str]:
    """The stores one run with none wrote (hash seed 0), and that run's report: one cold run for
    the module's tests that read them; a test that changes them works on a copy."""
    folder = tmp_path_factory.mktemp("stores")
    return folder, check(folder, SEED)


def test_a_run_reading_what_was_stored_reports_the_same_and_each_entry_is_a_fresh_compile(stored):
    tmp_path, first = stored
    patterns, methods = _read(tmp_path / PATTERNS_FILE), _read(tmp_path / METHODS_FILE)
    assert len(patterns) > 100 and len(methods) > 100  # the rules', analyses' and dataclasses'
    for (pattern, flags), entry in patterns.items():
        assert _made(pattern, entry) == re._compiler.compile(pattern, flags), pattern[:80]
    for source, code in methods.items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True), source[:80]
    # our data files as the C loader reads them, FL002's needed text as computed afresh
    results = _read(tmp_path / RESULTS_FILE)
    kinds = [key[0] for key in results]
    assert kinds.count("yaml") >= 5 and kinds.count("required_text") > 100
    assert {"factlint.rules", "factlint.reporters"} <= {key[1] for key in results if key[0] == "entry-points"}
    assert kinds.count("lower_case_twin") > 10  # which case-blind patterns may scan the lower case
    assert kinds.count("needs_digit") > 10 and kinds.count("edge_chars") > 10
    assert kinds.count("first_words") >= 2  # FL201's interaction verbs, before a name and anywhere
    assert kinds.count("lexicon") == 1  # the built-in word lists' lexicon
    for key, blob in results.items():
        if key[0] == "yaml":
            assert marshal.loads(blob) == yaml.load(key[2], Loader=yaml.CSafeLoader)
        elif key[0] == "entry-points":  # the plugin listing, as importlib.metadata reads it now
            listed = tuple((ep.name, ep.value, dist) for ep, dist in plugins._read(key[1]))
            assert marshal.loads(blob) == listed, key[1]
        elif key[0] == "lower_case_twin":
            twin = lower_case_twin(re.compile(key[2], key[3]))
            assert marshal.loads(blob) == (twin is not None), key[2][:80]
        elif key[0] == "edge_chars":  # what a match opens and closes with (FL002's edge test)
            assert marshal.loads(blob) == _edge_chars(re.compile(key[2], key[3]), key[4]), key[2][:80]
        elif key[0] == "needs_digit":  # whether every match holds a digit (FL002's digit gate)
            assert marshal.loads(blob) == _needs_digit(re.compile(key[2], key[3])), key[2][:80]
        elif key[0] == "first_words":  # the words a match opens with (WordGated)
            assert marshal.loads(blob) == _first_words(re.compile(key[2], key[3])), key[2][:80]
        elif key[0] == "lexicon":  # the lexicon of the built-in word lists as they are
            assert lexicon._from_plain(marshal.loads(blob)) == lexicon.build_lexicon()
        elif key[0] == "page-words":  # FL002's text phrases and patterns of the per-language words
            from factlint.rules.fl002_scrape_leftover import _language_parts

            texts, entries = _language_parts(key[3])
            assert marshal.loads(blob) == (texts, entries)
        else:
            assert key[0] == "required_text", key[0]  # a new kind of entry needs its own check here
            assert marshal.loads(blob) == _required_text(re.compile(key[2], key[3])), key[2][:80]
    assert json.loads(first)["findings"]  # a report with findings to compare
    stores = (PATTERNS_FILE, METHODS_FILE, RESULTS_FILE)
    written = [(tmp_path / name).stat().st_mtime_ns for name in stores]
    assert check(tmp_path, SEED) == first
    # nothing new: no file written again
    assert [(tmp_path / name).stat().st_mtime_ns for name in stores] == written


def test_a_stored_lexicon_is_of_the_word_lists_as_they_are_now(tmp_path, monkeypatch):
    """The lexicon is kept by the lists' text: an edited list is read again, never the old one."""
    data = tmp_path / "data"
    data.mkdir()
    for kind in lexicon.KINDS:
        (data / f"{kind}.yaml").write_bytes((lexicon.DATA / f"{kind}.yaml").read_bytes())
    monkeypatch.setattr(lexicon, "DATA", data)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # (stored only where bytecode is)

    def load(added: int) -> lexicon.Lexicon:
        """The lexicon as a new run gets it (the store written by the last run); ``added``:
        whether that was computed (1) or read back (0)."""
        if memo.store is not None:
            memo.store.save()
        monkeypatch.setattr(memo, "store", _Results(tmp_path / RESULTS_FILE))
        lexicon.load_lexicon.cache_clear()
        lex = lexicon.load_lexicon()
        assert memo.store.added == added
        return lex

    monkeypatch.setattr(memo, "store", None)
    try:
        built = load(added=1)
        assert built == lexicon.build_lexicon()
        stored = load(added=0)
        assert stored == built and stored is not built
        assert stored.office("prime minister") == built.office("prime minister")
        roles = data / "roles.yaml"
        roles.write_text(
            roles.read_text(encoding="utf-8").replace("[leader, ", "[leader, overlord, "), "utf-8"
        )
        edited = load(added=1)
        assert edited == lexicon.build_lexicon() and edited != built
        assert edited.office("overlord") is not None and built.office("overlord") is None
    finally:
        lexicon.load_lexicon.cache_clear()


def test_every_run_compiles_the_same(tmp_path, stored):
    """A pattern joined from a set in the set's order differs from run to run (string hashing
    is seeded per process): never found again, it would be stored anew every run. Build such
    alternations in a fixed order, e.g. ``sorted(texts, key=lambda t: (-len(t), t))``."""
    folder, _ = stored  # written by a run with hash seed 0
    check(tmp_path / "b", SEED, seed="1")
    for name in (PATTERNS_FILE, METHODS_FILE, RESULTS_FILE):
        a, b = set(_read(folder / name)), set(_read(tmp_path / "b" / name))
        assert a == b, [str(k)[:100] for k in a ^ b]


def test_a_damaged_file_or_entry_is_compiled_afresh(tmp_path, stored):
    folder, first = stored
    for name in (PATTERNS_FILE, METHODS_FILE, RESULTS_FILE):
        shutil.copyfile(folder / name, tmp_path / name)
    for name in (PATTERNS_FILE, METHODS_FILE, RESULTS_FILE):
        blob = bytearray((tmp_path / name).read_bytes())
        blob[len(blob) // 2] ^= 0xFF  # one damaged byte: the checksum no longer holds
        (tmp_path / name).write_bytes(bytes(blob))
        assert _read(tmp_path / name) == {}
    assert check(tmp_path, SEED) == first
    assert (
        len(_read(tmp_path / PATTERNS_FILE)) > 100 and len(_read(tmp_path / RESULTS_FILE)) > 100
    )  # written again

    pattern = r"(?P<word>\w+)\s+(?P=word)"
    store = _Patterns(tmp_path / "other" / PATTERNS_FILE)
    store.entries[(pattern, 0)] = (0, b"\xff\xff\x00\x00" * 3, 1, {"word": 1}, (None, "word"))  # bad code
    assert store.compile(pattern) == re._compiler.compile(pattern, 0)
    assert store.compile(pattern).search("it is is so").group("word") == "is"


def test_only_the_command_compiles_through_the_stores(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    original = re._compiler.compile
    with startup_cache.enabled(tmp_path):
        assert re._compiler.compile is not original
        assert re.compile(r"stored (?:here)+").search("stored herehere")
        with startup_cache.enabled(tmp_path / "nested"):  # a command inside one: the same stores
            re.compile(r"nested (?:too)")
    assert re._compiler.compile is original and "exec" not in vars(__import__("dataclasses"))
    stored = _read(tmp_path / PATTERNS_FILE)
    assert (r"stored (?:here)+", 0) in stored and (r"nested (?:too)", 0) in stored
    assert not (tmp_path / "nested").exists()


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with startup_cache.enabled(tmp_path):
        re.compile(r"not (?:stored)+ anywhere")
    assert not list(tmp_path.iterdir())


def test_an_entry_no_run_asks_for_is_kept_only_while_small(tmp_path, monkeypatch):
    """A large entry of an earlier version of a data file or phrase list is dropped when a run
    writes the store again; small ones (a config's YAML, one phrase's needed text) stay."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    results = _Results(tmp_path / RESULTS_FILE)
    results.entries = {("old", "big"): b"x" * (STALE_BYTES + 1), ("old", "small"): b"y" * 10}
    assert results.get(("new",), lambda: [1, 2]) == [1, 2]
    results.save()
    kept = _read(tmp_path / RESULTS_FILE)
    assert set(kept) == {("new",), ("old", "small")}

    patterns = _Patterns(tmp_path / PATTERNS_FILE)
    big, small = "|".join(f"word{n}" for n in range(3000)), r"small (?:one)"
    patterns.compile(big)
    patterns.compile(small)
    patterns.save()
    patterns = _Patterns(tmp_path / PATTERNS_FILE)  # the next version: asks for neither
    patterns.compile(r"new (?:one)")
    patterns.save()
    assert set(_read(tmp_path / PATTERNS_FILE)) == {(r"new (?:one)", 0), (small, 0)}

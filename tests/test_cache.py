"""The persistent NLI score cache: persistence, two writers at once, corruption, bad locations.

(Cache hits seen through a model — ``stats.pairs_scored == 0`` on a re-check — and
``use_cache=False`` are tested in test_nli_backend.py and test_default_model.py.)
"""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factlint.models.cache import CACHE_FILE, ScoreCache, cache_dir, pair_key


def probs(i: int) -> tuple[float, float, float]:
    """A value that depends only on the key number, so any writer writes the same value."""
    e = (i % 97) / 200
    return (e, 0.25, 0.75 - e)


def fill(cache: ScoreCache, numbers) -> None:
    cache.put_many((pair_key("fp", f"premise {i}", f"hypothesis {i}"), probs(i)) for i in numbers)


def read(cache: ScoreCache, numbers) -> dict:
    keys = {pair_key("fp", f"premise {i}", f"hypothesis {i}"): i for i in numbers}
    return {keys[k]: v for k, v in cache.get_many(list(keys)).items()}


def test_keys_depend_on_model_and_both_texts():
    key = pair_key("model-a", "p", "h")
    assert len(key) == 32 and key == pair_key("model-a", "p", "h")
    assert (
        len(
            {
                key,
                pair_key("model-b", "p", "h"),
                pair_key("model-a", "p", "h2"),
                pair_key("model-a", "p2", "h"),
                pair_key("model-a", "p\0h", ""),
            }
        )
        == 5
    )


def test_values_persist_across_instances(tmp_path):
    first = ScoreCache(tmp_path / CACHE_FILE)
    fill(first, range(50))
    first.close()
    second = ScoreCache(tmp_path / CACHE_FILE)
    found = read(second, range(60))
    assert sorted(found) == list(range(50))
    assert all(found[i] == pytest.approx(probs(i)) for i in found)
    assert len(second) == 50
    assert second.path.parent == tmp_path


def test_location_env_override_and_default(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "here"))
    assert ScoreCache().path == tmp_path / "here" / CACHE_FILE
    monkeypatch.delenv("FACTLINT_CACHE_DIR")
    from platformdirs import user_cache_dir

    assert cache_dir() == Path(user_cache_dir("factlint"))


WRITER = """
import sys, time
from pathlib import Path
from factlint.models.cache import ScoreCache, pair_key
path, first, last, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
cache = ScoreCache(Path(path))
while not go.exists():
    time.sleep(0.005)
began = time.time()
for start in range(first, last, 2):  # many small transactions: maximum interleaving
    cache.put_many((pair_key("fp", f"premise {i}", f"hypothesis {i}"),
                    ((i % 97) / 200, 0.25, 0.75 - (i % 97) / 200)) for i in range(start, min(start + 2, last)))
    cache.get_many([pair_key("fp", f"premise {start}", f"hypothesis {start}")])
print("enabled" if cache.enabled else "disabled", began, time.time())
"""


def test_two_processes_write_overlapping_keys(tmp_path):
    path, go = tmp_path / CACHE_FILE, tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(a), str(b), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for a, b in ((0, 600), (300, 900))
    ]
    time.sleep(1.0)  # both imported and waiting
    go.touch()
    spans = []
    for proc in writers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        state, began, ended = out.split()
        assert state == "enabled", err  # no writer had to give up on the cache
        spans.append((float(began), float(ended)))
    (a0, a1), (b0, b1) = spans
    assert a0 < b1 and b0 < a1, "the two writers did not run at the same time"
    cache = ScoreCache(path)
    found = read(cache, range(900))
    assert sorted(found) == list(range(900))
    assert all(found[i] == pytest.approx(probs(i)) for i in found)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_garbage_file_is_moved_aside_and_rebuilt(tmp_path, caplog):
    path = tmp_path / CACHE_FILE
    first = ScoreCache(path)
    fill(first, range(10))
    first.close()  # no process holds it (the WAL is checkpointed and removed)
    path.write_bytes(b"\x13garbage, not SQLite" * 500)
    cache = ScoreCache(path)
    with caplog.at_level(logging.WARNING, logger="factlint.models"):
        assert read(cache, range(10)) == {}
    assert "moved to" in caplog.text
    assert len(list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))) == 1
    fill(cache, range(3))
    assert sorted(read(cache, range(10))) == [0, 1, 2] and cache.enabled


def test_damaged_page_inside_the_file_is_detected(tmp_path, caplog):
    path = tmp_path / CACHE_FILE
    first = ScoreCache(path)
    fill(first, range(3000))  # many pages
    first.close()  # the last connection checkpoints the WAL into the main file
    size = path.stat().st_size
    assert size > 16 * 4096
    with open(path, "r+b") as handle:  # trash pages in the middle, keep the header intact
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xff\x00garbage" * 4000)
    cache = ScoreCache(path)
    with caplog.at_level(logging.WARNING, logger="factlint.models"):
        found = read(cache, range(3000))
    assert found == {}  # rebuilt, never half-trusted
    assert "unreadable" in caplog.text
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    fill(cache, range(5))
    assert sorted(read(cache, range(5))) == list(range(5))


def test_unusable_location_turns_cache_off_not_the_linter(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cache = ScoreCache(blocker / "sub" / CACHE_FILE)
    with caplog.at_level(logging.WARNING, logger="factlint.models"):
        fill(cache, range(3))  # no exception
        assert read(cache, range(3)) == {}
    assert not cache.enabled
    assert "disabled" in caplog.text


def test_empty_requests_touch_nothing(tmp_path):
    cache = ScoreCache(tmp_path / "sub" / CACHE_FILE)
    assert cache.get_many([]) == {}
    cache.put_many([])
    assert not (tmp_path / "sub").exists()


def test_a_lock_sqlite_reports_without_waiting_is_waited_out(tmp_path):
    """SQLite sometimes answers "database is locked" at once (a new file switched to WAL while
    another process opens it): the cache tries again instead of turning itself off."""
    import sqlite3

    cache = ScoreCache(tmp_path / CACHE_FILE)
    answers = iter(
        [
            sqlite3.OperationalError("database is locked"),
            sqlite3.OperationalError("database is locked"),
            "done",
        ]
    )

    def action(conn):
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert cache._run(action, "gave up") == "done"
    assert cache.enabled
    fill(cache, range(3))
    assert sorted(read(cache, range(3))) == [0, 1, 2]

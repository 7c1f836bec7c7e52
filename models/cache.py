"""The persistent caches of model outputs, each one SQLite file shared by every factlint process
of a user: NLI scores (``ScoreCache``) and sentence embeddings (``EmbeddingCache``).

A pre-commit hook re-checks an article after a one-line edit; only the changed pairs should cost
model time. Each row maps the ``sha256`` of the length-prefixed model fingerprint, premise and
hypothesis (``pair_key``) to the three probabilities (entailment, neutral, contradiction).

Safety, because several hooks or CI jobs may run at once:
- WAL journal + ``busy_timeout``: readers never block, concurrent writers wait instead of failing;
  every write is one short ``INSERT OR REPLACE`` transaction, so overlapping keys are harmless
  (same key -> same value).
- A corrupt file (disk trouble, a half-copied cache) is moved aside as ``*.corrupt-<time>`` and
  rebuilt empty: a cache must never stop the linter.
- Any other SQLite failure (read-only disk, full disk) turns the cache off for the process with one
  warning; scoring goes on uncached.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

log = logging.getLogger("factlint.models")

CACHE_ENV = "FACTLINT_CACHE_DIR"
CACHE_FILE = "nli-scores.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000
_CHUNK = 500  # keys per SELECT (well below SQLite's host-parameter limit)


def cache_dir() -> Path:
    """``$FACTLINT_CACHE_DIR`` if set (tests, CI caches), else the platform's user cache dir."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factlint"))


def pair_key(fingerprint: str, premise: str, hypothesis: str) -> bytes:
    """The cache key of one scored pair (32 raw bytes).

    Each part is prefixed with its length in bytes, so no two different (fingerprint, premise,
    hypothesis) triples hash the same text: with a plain separator, a premise ending in ``\0x``
    and a hypothesis ``y`` would collide with premise ``...`` and hypothesis ``x\0y``, letting an
    article plant a score for another's pair. ``surrogatepass``: text with a lone surrogate
    still gets a key."""
    digest = hashlib.sha256(b"factlint-pair-v2")
    for part in (fingerprint, premise, hypothesis):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.digest()


class ScoreCache:
    """``get_many(keys) -> {key: (e, n, c)}`` and ``put_many([(key, (e, n, c)), ...])``."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else cache_dir() / CACHE_FILE
        self.enabled = True
        self._conn: sqlite3.Connection | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    # --- connection ----------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        # A connection must not cross fork(): reopen in a child process.
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = self._open()
        except sqlite3.DatabaseError as err:
            if not _is_corruption(err):
                raise
            self._move_aside(err)
            conn = self._open()
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable enough for a cache
            conn.execute(
                "CREATE TABLE IF NOT EXISTS scores ("
                " key BLOB PRIMARY KEY, entailment REAL NOT NULL, neutral REAL NOT NULL,"
                " contradiction REAL NOT NULL) WITHOUT ROWID"
            )
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"file is not a factlint cache (schema {version})")
            # No full integrity check here (it reads the whole file on every start): a damaged
            # header fails above, a damaged page fails when a query reaches it, and _run() then
            # moves the file aside and rebuilds.
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, err: Exception) -> None:
        self._close()
        aside = self.path.with_name(
            f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        )
        log.warning(
            "factlint: score cache %s is unreadable (%s); moved to %s and rebuilt", self.path, err, aside.name
        )
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            pass  # another process moved it first
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def close(self) -> None:
        with self._lock:
            self._close()

    # --- guarded execution ----------------------------------------------------------------
    def _run(self, action, default):
        """Run ``action(conn)``; rebuild once on corruption; wait out a busy file; disable the
        cache on other errors."""
        if not self.enabled:
            return default
        with self._lock:
            rebuilt = False
            deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
            pause = 0.01
            while True:
                try:
                    return action(self._connect())
                except sqlite3.DatabaseError as err:
                    if not rebuilt and _is_corruption(err):
                        self._move_aside(err)
                        rebuilt = True
                        continue
                    # SQLite answers "database is locked" at once, without its busy handler, in a
                    # few cases (switching a new file to WAL while another process opens it, WAL
                    # recovery): every action is idempotent, so try again until busy_timeout.
                    if _is_busy(err) and time.monotonic() + pause < deadline:
                        self._close()
                        time.sleep(pause)
                        pause = min(pause * 2, 0.25)
                        continue
                    self._disable(err)
                    return default
                except OSError as err:  # cache dir not creatable, etc.
                    self._disable(err)
                    return default

    def _disable(self, err: Exception) -> None:
        log.warning("factlint: score cache %s disabled for this run (%s)", self.path, err)
        self.enabled = False
        try:
            self._close()
        except sqlite3.Error:
            pass

    # --- public ---------------------------------------------------------------------------
    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, tuple[float, float, float]]:
        def action(conn: sqlite3.Connection):
            found: dict[bytes, tuple[float, float, float]] = {}
            unique = list(dict.fromkeys(keys))
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for key, e, n, c in conn.execute(
                    f"SELECT key, entailment, neutral, contradiction FROM scores WHERE key IN ({marks})",
                    chunk,
                ):
                    found[bytes(key)] = (e, n, c)
            return found

        return self._run(action, {}) if keys else {}

    def put_many(self, items: Iterable[tuple[bytes, Sequence[float]]]) -> None:
        rows = [(key, float(p[0]), float(p[1]), float(p[2])) for key, p in items]
        if not rows:
            return

        def action(conn: sqlite3.Connection):
            # BEGIN IMMEDIATE takes the write lock up front, so a busy writer waits (busy_timeout)
            # instead of failing half-way through an upgrade from a read transaction.
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("INSERT OR REPLACE INTO scores VALUES (?, ?, ?, ?)", rows)
                conn.execute("COMMIT")
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the original error says more
                raise

        self._run(action, None)

    def __len__(self) -> int:
        return self._run(lambda conn: conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0], 0)

    def clear(self) -> None:
        self._run(lambda conn: conn.execute("DELETE FROM scores"), None)


def _is_busy(err: Exception) -> bool:
    """Another process holds the lock: worth waiting for, not a reason to give up the cache."""
    text = str(err).lower()
    return "locked" in text or "busy" in text


def _is_corruption(err: Exception) -> bool:
    """Errors that mean the file itself is bad (not 'locked', 'read-only' or 'disk full')."""
    text = str(err).lower()
    return any(
        marker in text
        for marker in (
            "file is not a database",
            "malformed",
            "not a factlint cache",
            "file is encrypted",
            "database corrupt",
        )
    )


class EmbeddingCache:
    """sha256(model + sentence) -> float16 vector, in one SQLite file beside the NLI score cache.

    The sentence-pairs analysis reads it through the run (``Resources``), never opening it itself.
    A cache must never stop the linter: any SQLite or file error switches it off for the process
    (one warning), and sentences are then embedded as if nothing were cached."""

    FILE = "sentence-embeddings.sqlite3"

    def __init__(self, path=None):
        self.path = Path(path) if path is not None else cache_dir() / self.FILE
        self._conn = None
        self.enabled = True
        # the language server runs the rules in a pool of threads: one connection, used by one at a time
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> bytes:
        from .base import embedder_identity

        return hashlib.sha256(f"{embedder_identity()}\0{text}".encode("utf-8")).digest()

    def _connect(self):
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)"
                " WITHOUT ROWID"
            )
            self._conn = conn
        return self._conn

    def _guard(self, action, default):
        if not self.enabled:
            return default
        try:
            with self._lock:
                return action(self._connect())
        except (sqlite3.Error, OSError) as err:
            log.warning("factlint: embedding cache %s disabled for this run (%s)", self.path, err)
            self.enabled = False
            return default

    def get_many(self, keys: list[bytes]) -> dict:
        import numpy as np

        def action(conn):
            found = {}
            unique = list(dict.fromkeys(keys))
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in conn.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk
                ):
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            return found

        return self._guard(action, {}) if keys else {}

    def put_many(self, items) -> None:
        import numpy as np

        rows = [(key, np.asarray(vector, dtype=np.float16).tobytes()) for key, vector in items]

        def action(conn):
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)

        if rows:
            self._guard(action, None)

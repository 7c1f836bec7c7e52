"""The sentence-embedding cache serves the language server, whose rules run in a pool of threads:
a vector stored from one thread is read from another, and the cache stays on (it used to switch
itself off at the first use from a second thread: "SQLite objects created in a thread can only be
used in that same thread")."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

np = pytest.importorskip("numpy")

from factlint.models.cache import EmbeddingCache  # noqa: E402


def test_vectors_stored_in_one_thread_are_read_in_others(tmp_path, caplog):
    cache = EmbeddingCache(tmp_path / EmbeddingCache.FILE)
    keys = [EmbeddingCache.key(f"The harbour reopened on day {n}.") for n in range(40)]
    vectors = [np.full(8, n, dtype=np.float32) for n in range(40)]
    with ThreadPoolExecutor(max_workers=1) as writer:
        writer.submit(cache.put_many, list(zip(keys, vectors))).result()
    with ThreadPoolExecutor(max_workers=4) as readers:
        found = list(readers.map(lambda k: cache.get_many([k]), keys))
    assert cache.enabled and "disabled" not in caplog.text
    assert [float(f[k][0]) for f, k in zip(found, keys)] == [float(n) for n in range(40)]

"""Results a run may take from an earlier run of the command instead of computing them again.

A pure function of plain values that every run computes afresh (FL002's needed text per phrase
pattern) asks ``remembered``. While the command runs, the app's ``linter/startup_cache.py`` sets
``store`` (kept beside the package's bytecode); anywhere else, in a program that imports
factlint, it is None and everything is computed as usual. This module sits on the ground floor
so that rules and analyses can ask it.
"""

from __future__ import annotations

import os
from typing import Any, Callable, TypeVar

T = TypeVar("T")

store: Any = None  # the command's store while it runs (``get(key, compute)``)


def remembered(key: tuple, compute: Callable[[], T]) -> T:
    """``compute()``, a pure function of what ``key`` names (plain values: strings, numbers), as
    an earlier run of the command stored it. The key must change whenever the result could
    (name the code that computes it, e.g. by ``source_version``)."""
    return compute() if store is None else store.get(key, compute)


def source_version(path: str) -> tuple[int, int] | None:
    """What Python checks to know a module's bytecode is current: its source's time and size
    (None where it cannot be read: then no bytecode is written beside it either)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size

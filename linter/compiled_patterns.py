"""Compiled regular expressions kept between runs of the command, as bytecode is in __pycache__.

Python's ``re`` compiles a pattern in Python (parse, then code generation) and keeps the result
only in memory. A run of ``factlint check`` compiles about 400 patterns (the rules' and
analyses', FL002's phrase list joined into a few large ones): ~0.1 s of CPU each time, a quarter
of checking one file. What ``re`` hands its C engine (``_sre.compile``) depends only on the
pattern, its flags and the interpreter, so it is stored in the cache folder (``cache_dir()``, the
score cache's), in a file named by the interpreter and the engine's version, and given to
``_sre.compile`` again in the next run: the same pattern object a fresh compile makes (pattern
objects compare equal only with the same code; the tests compare every stored one).

Only the command line uses it (``cli.main``: ``enabled()`` around a command); a program that
imports factlint compiles as usual. A pattern is stored only after its compiled form was checked
to equal ``re``'s own (an interpreter whose ``re`` works differently stores nothing), and a stored
entry ``_sre`` refuses is compiled afresh. Patterns with the LOCALE or DEBUG flag, and bytes
patterns, are left to ``re``. The file holds at most ``MAX_PATTERNS`` (patterns built from a
config's phrases change with it); it is rewritten only when a run compiled new ones. A folder
that cannot be read or written costs nothing but the speed.
"""

from __future__ import annotations

import marshal
from array import array
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

import _sre
from re import _compiler, _parser

MAX_PATTERNS = 1000  # a run of every rule compiles about 430
_FILE = f"patterns-v1-{sys.implementation.cache_tag}-sre{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
_LEFT_TO_RE = re.DEBUG | re.LOCALE

# The code words as bytes in the file (a list of ints took 12 ms to read back for 550 patterns):
# only the patterns a run asks for are turned back into lists.
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)

# (pattern, flags) -> the arguments of _sre.compile after the pattern, the code as bytes
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _entry(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its steps)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _made(pattern: str, entry: _Entry):
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


class _Store:
    """The stored entries, and the compile function that uses them."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[tuple[str, int], _Entry] = {}
        self.used: dict[tuple[str, int], _Entry] = {}  # what this run compiled: what is written
        self.added = 0
        self.trusted = True  # False once our steps gave a different pattern than re's
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass  # none yet, or unreadable: compiled afresh and written again

    def compile(self, pattern, flags=0):
        if type(pattern) is not str or flags & _LEFT_TO_RE:
            return _ORIGINAL(pattern, flags)
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _made(pattern, entry)
            except Exception:  # not what this _sre takes (a damaged file): compiled afresh
                del self.entries[key]
            else:
                self.used[key] = entry
                return compiled
        fresh = _ORIGINAL(pattern, flags)  # raises re.error for a bad pattern, as re does
        if self.trusted and len(self.used) < MAX_PATTERNS:  # (a bound on what a run adds)
            entry = _entry(pattern, flags)
            if _made(pattern, entry) == fresh:
                self.used[key] = entry
                self.added += 1
            else:
                self.trusted = False
        return fresh

    def save(self) -> None:
        """Write the entries when this run added any: this run's first, then the others up to
        MAX_PATTERNS (patterns no longer made, from an old config or version, drop out in time),
        atomically: a run reading the file meanwhile sees the old one or the new one."""
        if not self.added or not self.trusted:
            return
        import tempfile  # only when there is something to write

        kept = dict(self.used)
        for key, entry in self.entries.items():
            if len(kept) >= MAX_PATTERNS:
                break
            kept.setdefault(key, entry)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(marshal.dumps(kept))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass  # a read-only or missing cache folder: the next run compiles again
        self.added = 0


_ORIGINAL = _compiler.compile


def folder() -> Path:
    """The score cache's folder (``models.cache.cache_dir``), found without importing sqlite3."""
    override = os.environ.get("FACTLINT_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factlint"))


@contextmanager
def enabled(where: Path | None = None):
    """Compile patterns through the store in ``where`` (default: ``folder()``) while the block
    runs, then save it."""
    if _compiler.compile is not _ORIGINAL:  # already on (a nested command): nothing to add
        yield
        return
    store = _Store((where if where is not None else folder()) / _FILE)
    _compiler.compile = store.compile
    try:
        yield
    finally:
        _compiler.compile = _ORIGINAL
        store.save()

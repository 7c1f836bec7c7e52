"""What the command compiles at every start, kept between runs beside the package's bytecode.

Python keeps a module's bytecode in ``__pycache__`` but compiles two other things afresh in
every process: regular expressions (``re`` parses and generates their code in Python; a check
compiles about 430, FL002's phrase list joined into a few large ones) and the methods that
``@dataclass`` writes as source and ``exec``s (about 570 for our 100 dataclasses). Together they
were ~0.15 s of CPU in each run, half the start-up of a one-file check. Both results depend
only on their source text and the interpreter, so the command keeps them in this package's
``__pycache__``, in files named by the interpreter's version, and reuses them:

* a pattern: what ``re`` hands ``_sre.compile`` (stored only once checked to give a pattern
  equal to ``re``'s own, which compares the code; ``_sre`` validates what it is handed);
* a dataclass method: the code object ``compile`` makes of the source (as ``exec`` compiles it
  in the dataclasses module: file name "<string>", no inherited future flags).

A third store keeps what every run computes again from the same text with plain data as the
result: our data files as the C YAML loader reads them (``yaml.load`` of a text with
``CSafeLoader``, keyed by the text itself and PyYAML's version) and what else a module asks
``linter/memo.py`` to remember (FL002's needed text per phrase pattern, keyed by the pattern and
the computing module's source). A result is kept as marshal writes it, so every read is a fresh
object, and only when marshal gives back an equal value (no dates, nothing of a class of ours).

They are trusted as the bytecode beside them is (whoever can write there can change the code
factlint runs anyway); each file carries a checksum, and a damaged or unreadable one is ignored.
Like bytecode they are written only where Python writes bytecode (not under
PYTHONDONTWRITEBYTECODE or ``-B``), and only when a run compiled something new; a file holds at
most ``MAX_ENTRIES``, this run's first, and of the entries a run did not ask for only the small ones
(``STALE_BYTES``). Only the command line uses them (``cli.main``:
``enabled()`` around a command); a program that imports factlint compiles as usual.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import re
import sys
import zlib
from array import array
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path

from . import memo

import _sre
from re import _compiler, _parser

# per file; a run of every rule makes about 1,000 patterns and 570 methods, and the results keep
# three or four answers for each of FL002's ~600 phrase patterns: 2,000 results were full, and a
# store that is full no longer keeps what comes last (the data files' YAML: read every run)
MAX_ENTRIES = 4000
# An entry this run did not ask for is kept only when smaller than this: a large one (a data
# file's YAML, FL002's phrase list as one pattern) is of an earlier version of that file, never
# asked for again, and reading it back cost every run (stores of a checkout edited for a day
# had grown to 3 and 4 MB, 1.4% of a 61-article run)
STALE_BYTES = 1 << 14
FOLDER = Path(__file__).resolve().with_name("__pycache__")
_TAG = f"{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}"
PATTERNS_FILE = f"factlint-patterns-v1-{_TAG}-sre{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
METHODS_FILE = f"factlint-dataclass-methods-v1-{_TAG}.marshal"
RESULTS_FILE = f"factlint-results-v1-{_TAG}.marshal"


def _read(path: Path) -> dict:
    """The entries of a store file (none when missing, damaged or of another format)."""
    try:
        blob = path.read_bytes()
        if len(blob) > 4 and zlib.crc32(blob[4:]) == int.from_bytes(blob[:4], "big"):
            loaded = marshal.loads(blob[4:])
            return loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


class _Store:
    """One file's entries: those read, and those this run used (what is written back)."""

    def __init__(self, path: Path):
        self.path = path
        self.entries = _read(path)
        self.used: dict = {}
        self.added = 0

    def save(self) -> None:
        """Write the entries when this run added any: this run's first, then the others up to
        MAX_ENTRIES (entries no longer asked for drop out in time), atomically: a run reading
        the file meanwhile sees the old one or the new one."""
        if not self.added or sys.dont_write_bytecode:
            return
        import tempfile  # only when there is something to write

        kept = dict(self.used)
        for key, entry in self.entries.items():
            if len(kept) >= MAX_ENTRIES:
                break
            if key not in kept and self.size(entry) <= STALE_BYTES:
                kept[key] = entry
        try:
            data = marshal.dumps(kept)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".factlint-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(zlib.crc32(data).to_bytes(4, "big") + data)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass  # a folder we may not write (an installed package): the next run compiles again
        self.added = 0

    @staticmethod
    def size(entry) -> int:
        """About how many bytes an entry takes in the file."""
        return 0


# --- patterns ---------------------------------------------------------------------------------

_RE_COMPILE = _compiler.compile
_LEFT_TO_RE = re.DEBUG | re.LOCALE  # and bytes patterns: compiled by re as usual
# The code words as bytes (a list of ints took 12 ms to read back for 550 patterns): only the
# patterns a run asks for are turned back into lists.
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def _pattern_entry(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its steps), the
    code as bytes."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _made(pattern: str, entry: tuple):
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


class _Patterns(_Store):
    trusted = True  # False once our steps gave another pattern than re's: nothing is stored

    def compile(self, pattern, flags=0):
        if type(pattern) is not str or flags & _LEFT_TO_RE:
            return _RE_COMPILE(pattern, flags)
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _made(pattern, entry)
            except Exception:  # not what this _sre takes: compiled afresh
                del self.entries[key]
            else:
                self.used[key] = entry
                return compiled
        fresh = _RE_COMPILE(pattern, flags)  # raises re.error for a bad pattern, as re does
        # where nothing is written (save), compiling the entry again to check it is wasted
        if self.trusted and not sys.dont_write_bytecode and len(self.used) < MAX_ENTRIES:
            try:  # re's private steps may differ in another Python: then nothing is stored
                entry = _pattern_entry(pattern, flags)
                same = _made(pattern, entry) == fresh
            except Exception:
                same = False
            if same:
                self.used[key] = entry
                self.added += 1
            else:
                self.trusted = False
        return fresh

    def save(self) -> None:
        if self.trusted:
            super().save()

    @staticmethod
    def size(entry) -> int:
        return len(entry[1])  # the code


# --- dataclass methods ------------------------------------------------------------------------


class _Methods(_Store):
    def exec(self, source, globals=None, locals=None, /):
        """``exec`` as the dataclasses module calls it, with the code compiled once."""
        if type(source) is not str:
            return builtins.exec(source, globals, locals)
        code = self.entries.get(source)
        if type(code) is not _CODE:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.added += 1
        if len(self.used) < MAX_ENTRIES:
            self.used[source] = code
        return builtins.exec(code, globals, locals)


_CODE = type(_read.__code__)


# --- results of pure functions ------------------------------------------------------------------


class _Results(_Store):
    @staticmethod
    def size(entry) -> int:
        return len(entry) if type(entry) is bytes else 0

    def get(self, key, compute):
        blob = self.entries.get(key)
        if type(blob) is bytes:
            try:
                value = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                del self.entries[key]
            else:
                if len(self.used) < MAX_ENTRIES:
                    self.used[key] = blob
                return value
        value = compute()
        if not sys.dont_write_bytecode and len(self.used) < MAX_ENTRIES:
            try:
                blob = marshal.dumps(value)
                same = marshal.loads(blob) == value
            except (ValueError, TypeError, EOFError):
                same = False  # not plain data (a date, an object of ours): computed every run
            if same:
                self.used[key] = blob
                self.added += 1
        return value


@contextmanager
def enabled(folder: Path | None = None):
    """Compile patterns and dataclass methods through the stores in ``folder`` (default:
    ``FOLDER``) while the block runs, then save them."""
    if _compiler.compile is not _RE_COMPILE or "exec" in vars(dataclasses):
        yield  # already on (a command inside a command), or someone else's hook: left alone
        return
    folder = FOLDER if folder is None else folder
    patterns = _Patterns(folder / PATTERNS_FILE)
    methods = _Methods(folder / METHODS_FILE)
    results = _Results(folder / RESULTS_FILE)
    _compiler.compile = patterns.compile
    try:
        # read by every command that checks (its configs, our data files); imported once the
        # patterns come from the store: PyYAML's reader compiles a large class as it loads (~6 ms)
        import yaml
    finally:
        _compiler.compile = _RE_COMPILE
    yaml_load, c_loader = yaml.load, getattr(yaml, "CSafeLoader", None)

    def load(stream, Loader):  # noqa: N803 (PyYAML's own name for it)
        if Loader is c_loader and c_loader is not None and type(stream) is str:
            return results.get(("yaml", yaml.__version__, stream), lambda: yaml_load(stream, Loader))
        return yaml_load(stream, Loader)

    _compiler.compile = patterns.compile
    dataclasses.exec = methods.exec  # the module's own name comes before the builtin
    yaml.load, memo.store = load, results
    try:
        yield
    finally:
        _compiler.compile = _RE_COMPILE
        del dataclasses.exec
        yaml.load, memo.store = yaml_load, None
        patterns.save()
        methods.save()
        results.save()

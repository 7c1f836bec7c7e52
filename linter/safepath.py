"""Reading files that untrusted content names: confinement to the project root, non-blocking opens,
size caps (see ``docs/security.md``); and writing reports and baselines whole or not at all.

In CI on a pull request every article, front matter and discovered ``.factlint.yaml`` is written
by whoever opened it. A path such content names (a front-matter source, a config's ``sources``,
``register`` or word list) is therefore read only when its real path (symbolic links resolved)
lies inside the *project root*, outside any ``.git`` folder and outside ``/proc``, ``/dev`` and
``/sys``; and every file factlint reads is opened without blocking and refused unless it is a
regular file no larger than its cap. Paths the operator types on the command line (file
arguments, ``--source``, ``--config``) are not confined, but are read the same careful way.

The project root of an article is
    1. the nearest folder at or above it that holds ``.git`` (the repository root);
    2. else the folder of the config in force for it (``--config`` or the discovered one), when
       the article lies below that folder;
    3. else the article's own folder (the working directory for stdin).
The project root of a config file (for the paths it names) is the repository root above it,
else the config's own folder.
"""

from __future__ import annotations

import os
import stat as stat_mod
from pathlib import Path

# Never read through content, whatever the root: kernel and device files (/proc/self/fd/1 is the
# run's own stdout; /dev/stdin, /dev/zero never end).
SYSTEM_PREFIXES = ("/proc", "/dev", "/sys")
YAML_MAX_BYTES = 1_000_000  # configs, registers, word lists: real ones are a few KB

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnsafePath(Exception):
    """A path factlint refuses to read; ``str(err)`` completes "<what> 'value' ..."."""


def repository_root(start: Path | str) -> Path | None:
    """The nearest folder at or above ``start`` (resolved) holding ``.git`` (a folder, or the file
    of a worktree or submodule); None outside any repository."""
    folder = Path(os.path.realpath(start))
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


def is_within(path: Path | str, folder: Path | str) -> bool:
    """Whether real path ``path`` is ``folder`` or below it (both already resolved)."""
    p, f = str(path), str(folder).rstrip(os.sep) or os.sep
    return p == f or p.startswith(f if f.endswith(os.sep) else f + os.sep)


def article_root(article: Path | None, config_folder: Path | None = None) -> Path:
    """The project root of an article (``None``: stdin, from the working directory)."""
    folder = Path(os.path.realpath(article.parent if article is not None else Path.cwd()))
    repo = repository_root(folder)
    if repo is not None:
        return repo
    if config_folder is not None:
        config_real = Path(os.path.realpath(config_folder))
        if is_within(folder, config_real):
            return config_real
    return folder


def config_root(config_file: Path) -> Path:
    """The project root of a config file: the repository root above it, else its folder."""
    folder = Path(os.path.realpath(Path(config_file).parent))
    return repository_root(folder) or folder


def confine(
    path: Path | str, root: Path | str, hidden_name: str | None = None, allow_hidden: bool = False
) -> Path:
    """``path``'s real path when content may name it (inside ``root``, not in ``.git``, not a
    system path, not hidden); UnsafePath otherwise. Existence is the caller's business."""
    real = Path(os.path.realpath(path))
    written = os.path.abspath(path)  # /proc/self/fd/1 resolves to wherever stdout goes
    if any(is_within(p, prefix) for prefix in SYSTEM_PREFIXES for p in (real, written)):
        raise UnsafePath("is a system path (/proc, /dev, /sys): never read")
    root_real = Path(os.path.realpath(root))
    if not is_within(real, root_real):
        raise UnsafePath(
            f"is outside the project root ({root}); paths named in articles and "
            "configs must stay inside it, symbolic links included"
        )
    parts = real.relative_to(root_real).parts
    if any(part.lower() == ".git" for part in parts):
        raise UnsafePath("is inside a .git folder: never read")
    last = len(parts) - 1
    # .env files, tool state, CI credentials (``hidden_name``: a file name allowed, e.g. a config)
    if not allow_hidden and any(
        part.startswith(".") and not (i == last and part == hidden_name) for i, part in enumerate(parts)
    ):
        raise UnsafePath("is a hidden file or folder (a name starting with '.'): never read")
    return real


def regular_file_problem(mode: int) -> str | None:
    if stat_mod.S_ISREG(mode):
        return None
    if stat_mod.S_ISDIR(mode):
        return "is a directory, not a file"
    return "is not a regular file (a pipe, socket or device)"


class TooLarge(UnsafePath):
    def __init__(self, size: int, limit: int):
        super().__init__(f"file too large: {size:,} bytes (limit {limit:,} bytes)")
        self.size, self.limit = size, limit


def read_bytes(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``.

    Opened non-blocking (a FIFO or a device opens at once instead of waiting for a writer) and
    checked with ``fstat`` on the open descriptor, so a file swapped for a FIFO between a check
    and the open is still refused. OSError for a missing or unreadable file; UnsafePath for
    anything but a regular file, TooLarge past the cap."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        problem = regular_file_problem(info.st_mode)
        if problem:
            raise UnsafePath(problem)
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: ordinary reads
        chunks, total = [], 0
        while total <= max_bytes:  # a file growing while read: stop one byte past the cap
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
        if len(data) > max_bytes:
            raise TooLarge(len(data), max_bytes)
        return data
    finally:
        os.close(fd)


def read_text(path: Path | str, max_bytes: int = YAML_MAX_BYTES) -> str:
    """``read_bytes`` decoded as UTF-8 (UnicodeDecodeError for other bytes); a BOM is dropped."""
    return read_bytes(path, max_bytes).decode("utf-8").removeprefix("\ufeff")


def write_text_atomically(target: Path | str, text: str) -> None:
    """Write ``text`` beside ``target`` and rename it over: a crash leaves the old file whole,
    never half a report or baseline. A new file gets 0644 (mkstemp's 0600 would hide a file meant
    to be shared), a replaced one keeps its mode."""
    import tempfile

    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # a read-only or special file system: one error line, not an internal error
        from .errors import FactlintError

        raise FactlintError(f"cannot write it: {exc.strerror or exc}", str(target)) from None
    try:
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (a FIFO would block the read forever), or None.

    Follows symbolic links; a missing path is not this function's business (None)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return regular_file_problem(mode)

"""Changed-lines mode (``--diff REF``): which lines of each article changed since a git revision.

A writer who fixes one sentence should not be blocked by findings elsewhere in the article that
were there before. ``changed_lines`` asks git once for the whole run: the new-side line ranges of
``git diff REF`` (working tree against REF, so staged and unstaged edits both count) and the
untracked files, which are new as a whole. A finding is kept when its span or one of its related
spans in the same file touches a changed line (see ``touches``).

git runs with external diff drivers and textconv filters switched off, so a repository's
attributes cannot make this step run a program; a file git shows as "Binary files differ" (a
picture, or an article a ``.gitattributes`` marks ``-diff``) counts as changed as a whole, so
attributes cannot hide changed lines either.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ConfigError
from .finding import Finding

WHOLE_FILE = None  # a new (untracked or added) file: every line counts as changed
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")

Changes = dict[Path, "set[int] | None"]


class _AllNew(dict):
    """A repository without commits: every file is new as a whole."""

    def get(self, key, default=None):
        return WHOLE_FILE


_EVERYTHING: Changes = _AllNew()


def _git(args: list[str], cwd: Path) -> str:
    import subprocess  # only --diff runs git: a check without it does not import it (~1.7 ms)

    try:
        done = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=120,
        )
    except FileNotFoundError:
        raise ConfigError("--diff needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise ConfigError("--diff: git did not answer within 120 s") from None
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise ConfigError(f"--diff: {first}")
    return done.stdout


def _path_in_header(name: str) -> str:
    """A ``+++`` header's path: git ends a name containing spaces with a tab, and C-quotes one
    with characters it cannot print as they are (even with core.quotepath off)."""
    name = name.rstrip("\t")
    if name.startswith('"') and name.endswith('"'):
        raw = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
        name = raw.encode("latin-1", "surrogateescape").decode("utf-8", "surrogateescape")
    return name


def _binary_new_side(pair: str) -> str:
    """``b/NAME`` (as git writes it, maybe quoted) of a ``Binary files a/OLD and b/NEW differ`` line."""
    if pair.startswith("/dev/null and "):
        return pair[len("/dev/null and ") :]
    half = (len(pair) - len(" and ")) // 2  # the same name twice: cut in the middle, names with " and " too
    old, new = pair[:half], pair[half + len(" and ") :]
    if pair[half : half + len(" and ")] == " and " and old.replace("a/", "b/", 1) == new:
        return new
    return pair[pair.rfind(" and b/") + len(" and ") :] if " and b/" in pair else pair


def repository_root(start: Path) -> Path:
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], start).strip()).resolve()
    except ConfigError:
        raise ConfigError(f"--diff needs a git repository; {str(start)!r} is not in one") from None


def changed_lines(ref: str, start: Path) -> Changes:
    """Lines changed since ``ref`` in the repository that holds ``start``, per resolved file."""
    if not ref or ref.startswith("-"):
        raise ConfigError(f"--diff: {ref!r} is not a git revision")
    root = repository_root(start)
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    except ConfigError:
        if ref == "HEAD" and not _git(["rev-list", "-n", "1", "--all"], root).strip():
            return _EVERYTHING  # the first commit of a repository: every line is new
        raise ConfigError(f"--diff: {ref!r} is not a revision of the git repository {str(root)!r}") from None
    out = _git(
        [
            "diff",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            # the prefixes read below, whatever diff.noprefix or diff.mnemonicPrefix say
            "--src-prefix=a/",
            "--dst-prefix=b/",
            "--unified=0",
            # a renamed article's unchanged lines are not new, whatever the user's diff.renames
            "--find-renames",
            "--diff-filter=AMRC",
            ref,
            "--",
        ],
        root,
    )
    changes: Changes = {}
    current: Path | None = None
    for line in out.splitlines():
        if line.startswith("+++ "):
            name = _path_in_header(line[4:])
            current = (root / name[2:]).resolve() if name.startswith("b/") else None
            if current is not None:
                changes.setdefault(current, set())
        elif line.startswith("Binary files ") and line.endswith(" differ"):
            # no hunks: a picture, or an article a `.gitattributes` marks `-diff` or `binary` (a
            # pull request's own hid every line it changed); the whole file counts as changed
            name = _path_in_header(_binary_new_side(line[len("Binary files ") : -len(" differ")]))
            if name.startswith("b/"):
                changes[(root / name[2:]).resolve()] = WHOLE_FILE
            current = None
        elif line.startswith("--- /dev/null") and current is None:
            continue
        elif current is not None and (hunk := _HUNK.match(line)):
            first, count = int(hunk.group(1)), int(hunk.group(2) or 1)
            lines = changes[current]
            if lines is not None:
                # lines removed: the lines on either side of the cut count as changed
                lines.update(range(first, first + count) if count else (first, first + 1))
    for name in _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0"):
        if name:
            changes[(root / name).resolve()] = WHOLE_FILE
    return changes


class ChangedLines:
    """``changed_lines`` per repository, asked once each: articles may come from several."""

    def __init__(self, ref: str):
        self.ref = ref
        self._roots: dict[Path, Path] = {}  # folder -> its repository root
        self._changes: dict[Path, Changes] = {}

    def lines(self, path: Path) -> "set[int] | None":
        """The changed lines of one article (an empty set: unchanged since the revision)."""
        folder = path.resolve().parent
        if folder not in self._roots:
            self._roots[folder] = repository_root(folder)
        root = self._roots[folder]
        if root not in self._changes:
            self._changes[root] = changed_lines(self.ref, root)
        return self._changes[root].get(path.resolve(), set())


def touches(finding: Finding, lines: "set[int] | None") -> bool:
    """Does the finding (its span or a related span in the same file) touch a changed line?"""
    if lines is WHOLE_FILE:
        return True
    spans = [finding.span] + [r.span for r in finding.related if r.path is None]
    return any(not lines.isdisjoint(range(span.line, span.end_line + 1)) for span in spans)

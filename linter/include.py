"""Which files a folder walk checks: articles, not a project's own documents.

``factlint check`` with no path walks the current folder, and any folder argument is walked the
same way. A repository that keeps its articles next to a README would otherwise have the README,
CHANGELOG and LICENSE linted as news copy (page leftovers, vague attributions...). So, for files
found by walking a folder (never for files named on the command line, which are always checked):

- with a config ``include`` list, a file is checked only when one of its globs matches its path
  relative to the config's folder (the same glob rules as ``ignore``);
- without one, files whose name (any case, any extension) is a project document are skipped:
  README, CHANGELOG, CHANGES, HISTORY, LICENSE, LICENCE, COPYING, NOTICE, AUTHORS, CONTRIBUTORS,
  CONTRIBUTING, CODE_OF_CONDUCT, SECURITY, SUPPORT, CODEOWNERS, MAINTAINERS, TODO and
  PULL_REQUEST_TEMPLATE / ISSUE_TEMPLATE; so are files inside ``node_modules``, ``venv``,
  ``site-packages``, ``__pycache__`` and ``_site`` (Jekyll's built pages) folders and Python's package metadata (``*.egg-info``,
  which ``pip install -e .`` writes next to the articles, and ``*.dist-info``).

In a git repository a walk also leaves out what git ignores (``.gitignore`` files at every level,
``.git/info/exclude``, the user's global excludes), as ruff and black do: a Hugo ``public/``, a
``build/`` folder, generated pages. git itself is asked, once per folder walked (``git_ignored``);
a file git tracks is never ignored, as in git. Config ``respect-gitignore: false`` or
``--no-respect-gitignore`` turns it off; without git, or outside a repository, the walk is as before.

``ignore`` globs still apply on top of this. An HTML report factlint wrote is never an article.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from .config import Config

PROJECT_DOCUMENTS = frozenset(
    "readme changelog changes history license licence copying notice authors contributors "
    "contributing code_of_conduct code-of-conduct security support codeowners maintainers todo "
    "pull_request_template issue_template".split()
)
# _site: the pages Jekyll (GitHub Pages) builds from the articles beside it, each checked again as HTML
TOOL_FOLDERS = frozenset("node_modules venv site-packages __pycache__ _site".split())
TOOL_FOLDER_SUFFIXES = (".egg-info", ".dist-info")
_STEM = re.compile(r"^([^.]+)")  # README.md, readme.en.md, LICENSE.txt -> the name before any dot


def is_project_document(path: Path) -> bool:
    """A README, CHANGELOG, LICENSE... by name, or a file inside a tool's folder."""
    m = _STEM.match(path.name)
    if m and m.group(1).lower() in PROJECT_DOCUMENTS:
        return True
    return any(part in TOOL_FOLDERS or part.endswith(TOOL_FOLDER_SUFFIXES) for part in path.parts[:-1])


def is_factlint_report(path: Path) -> bool:
    """An HTML report factlint wrote (``--format html -o``): its head carries our generator mark.
    Written into the articles' folder, it was checked as an article at the next run (its quoted
    findings flagged again) and the next ``-o`` refused to replace it as "an article"."""
    if not path.name.lower().endswith((".html", ".htm")):
        return False
    from .reporters.html import REPORT_MARK

    try:
        with open(path, "rb") as handle:
            return REPORT_MARK.encode() in handle.read(200)
    except OSError:
        return False


def walked_file_is_article(config: Config, file: Path, reports_are_skipped: bool = True) -> bool:
    """Whether a file found by walking a folder is one to check (see the module's docstring).
    ``reports_are_skipped``: False under ``--ci``, where the checkout is a pull request's and
    anyone can copy the report mark into a story to keep it out of the check."""
    if reports_are_skipped and is_factlint_report(Path(file)):
        return False
    patterns = getattr(config, "_include_res", None)
    if not patterns or config.root is None:
        return not is_project_document(file)
    try:
        rel = Path(file).resolve().relative_to(config.root.resolve())
    except ValueError:  # outside the config's folder: its globs do not reach it
        return not is_project_document(file)
    parts = PurePosixPath(rel.as_posix()).parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(rx.match(p) for rx in patterns for p in prefixes)


class GitIgnored:
    """What git ignores below a walked folder: files, and folders ignored as a whole (paths
    relative to the folder, '/'-separated)."""

    def __init__(self, entries: list[str]):
        self.files = frozenset(e for e in entries if not e.endswith("/"))
        self.folders = frozenset(e.rstrip("/") for e in entries if e.endswith("/"))
        self.everything = "./" in entries  # git ignores every file below the folder walked

    def __contains__(self, rel: str) -> bool:
        if self.everything or rel in self.files:
            return True
        parts = rel.split("/")
        return any("/".join(parts[:i]) in self.folders for i in range(1, len(parts)))


_GIT_TIMEOUT = 60  # seconds; `--directory` names an ignored folder once, so even a huge one is quick


def git_ignored(folder: Path) -> tuple[GitIgnored | None, str | None]:
    """(what git ignores below ``folder``, None) in a repository; (None, None) outside one;
    (None, why) when git could not answer (not installed, a refused repository): the walk is as
    before. A folder named that git ignores is left out as a whole (a file named is checked).

    One ``git ls-files --others --ignored --exclude-standard --directory``: only untracked files
    can be ignored (a tracked file never is, as in git: a pull request's ``.gitignore`` cannot hide
    the articles it commits), and a folder ignored as a whole comes back as one ``name/`` line."""
    from .safepath import repository_root

    if repository_root(folder) is None:
        return None, None
    command = ["git", "-c", "core.fsmonitor=false", "ls-files", "--others", "--ignored"]
    command += ["--exclude-standard", "--directory", "-z"]
    import subprocess  # only a walk in a repository runs git: a check of named files skips its import

    try:
        done = subprocess.run(command, cwd=folder, capture_output=True, timeout=_GIT_TIMEOUT)
    except FileNotFoundError:
        return None, "git is not installed"
    except subprocess.TimeoutExpired:
        return None, f"git did not answer within {_GIT_TIMEOUT} s"
    except OSError as err:
        return None, f"git could not run: {err.strerror or err}"
    if done.returncode != 0:
        # walked from inside a folder git ignores as a whole (a bare run in public/), ls-files
        # fails ("directory entry not superset of prefix"): git ignores all of it
        inside = ["git", "-c", "core.fsmonitor=false", "check-ignore", "-q", "."]
        try:
            if subprocess.run(inside, cwd=folder, capture_output=True, timeout=_GIT_TIMEOUT).returncode == 0:
                return GitIgnored(["./"]), None
        except (OSError, subprocess.TimeoutExpired):
            pass  # the first failure is the one to tell
        lines = os.fsdecode(done.stderr).strip().splitlines() or ["git failed"]
        return None, lines[0].removeprefix("fatal: ")
    return GitIgnored([os.fsdecode(e) for e in done.stdout.split(b"\0") if e]), None

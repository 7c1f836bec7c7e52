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

``ignore`` globs still apply on top of this. An HTML report factlint wrote is never an article.
"""

from __future__ import annotations

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


def walked_file_is_article(config: Config, file: Path) -> bool:
    """Whether a file found by walking a folder is one to check (see the module's docstring)."""
    if is_factlint_report(Path(file)):
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

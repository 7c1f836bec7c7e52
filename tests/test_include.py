"""What a folder walk checks (linter/include.py): a bare ``factlint check`` in a repository does
not lint its README, CHANGELOG or LICENSE as articles; a config ``include`` restricts the walk to
its globs; a file named on the command line is always checked. Runs the command's ``main``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

LEFTOVER = "# {title}\n\nSkip to content\n\nThe port reopened on Monday after repairs.\n"


@pytest.fixture
def factlint(check_fl002):
    """``factlint check --select FL002 ...`` in a folder (tests/conftest.py)."""
    return check_fl002


def _repo(tmp_path: Path) -> Path:
    for name in ("README.md", "CHANGELOG.md", "LICENSE.txt", "readme.de.md", "CONTRIBUTING.md"):
        (tmp_path / name).write_text(LEFTOVER.format(title=name), encoding="utf-8")
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "port.md").write_text(LEFTOVER.format(title="Port"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text(LEFTOVER.format(title="Notes"), encoding="utf-8")
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)
    (tmp_path / "node_modules" / "pkg" / "index.md").write_text(
        LEFTOVER.format(title="pkg"), encoding="utf-8"
    )
    # what `pip install -e .` leaves in a newsroom tool's checkout
    (tmp_path / "desk_tools.egg-info").mkdir()
    (tmp_path / "desk_tools.egg-info" / "PKG-INFO.txt").write_text(
        LEFTOVER.format(title="egg"), encoding="utf-8"
    )
    return tmp_path


def _checked(proc: subprocess.CompletedProcess) -> list[str]:
    return sorted({line.split(":", 1)[0] for line in proc.stdout.splitlines() if "FL002" in line})


def test_bare_run_skips_project_documents(tmp_path, factlint):
    proc = factlint(cwd=_repo(tmp_path))
    assert proc.returncode == 1, proc.stderr
    assert _checked(proc) == ["notes.txt", "stories/port.md"]


def test_named_project_document_is_still_checked(tmp_path, factlint):
    proc = factlint("README.md", cwd=_repo(tmp_path))
    assert proc.returncode == 1
    assert _checked(proc) == ["README.md"]


def test_config_include_restricts_the_walk(tmp_path, factlint):
    repo = _repo(tmp_path)
    (repo / ".factlint.yaml").write_text('include: ["stories/**"]\n', encoding="utf-8")
    proc = factlint(cwd=repo)
    assert proc.returncode == 1, proc.stderr
    assert _checked(proc) == ["stories/port.md"]
    assert _checked(factlint("notes.txt", cwd=repo)) == ["notes.txt"]  # named: checked anyway


def test_only_project_documents_gives_a_notice(tmp_path, factlint):
    (tmp_path / "README.md").write_text(LEFTOVER.format(title="Readme"), encoding="utf-8")
    proc = factlint(cwd=tmp_path)
    assert proc.returncode == 0
    assert "1 file(s) found in the folders were not checked" in proc.stderr


def test_bad_include_glob_is_a_config_error(tmp_path, factlint):
    (tmp_path / ".factlint.yaml").write_text('include: ["a/[z-a].md"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(LEFTOVER.format(title="A"), encoding="utf-8")
    proc = factlint(cwd=tmp_path)
    assert proc.returncode == 2
    assert ".factlint.yaml:1: error: include: bad glob 'a/[z-a].md'" in proc.stderr
    assert "Traceback" not in proc.stderr

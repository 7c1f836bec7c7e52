"""``--diff REF``: only findings on lines changed since a git revision, through the real CLI and git."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from factlint.linter.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

BEFORE = """# River report

Skip to content

Experts say the river is rising.

The mayor opened the new bridge on Monday.

The council will meet again in spring.
"""


def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "desk@example.org")
    _git(tmp_path, "config", "user.name", "Desk")
    (tmp_path / "story.md").write_text(BEFORE)
    (tmp_path / "old.md").write_text("# Old\n\nRead also:\n")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "first draft")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(capsys, *args):
    code = main(["check", "--select", "FL002,FL003", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_unchanged_repository_reports_nothing(repo, capsys):
    code, out, _ = _check(capsys, ".")
    assert code == 1 and out.count("FL00") == 3  # the old findings are there
    code, out, err = _check(capsys, "--diff", "HEAD", ".")
    assert code == 0 and "No findings in 2 files" in out, err


def test_only_the_edited_line_is_reported(repo, capsys):
    (repo / "story.md").write_text(
        BEFORE.replace("on Monday.", "on Monday. Many analysts think it came late.")
    )
    code, out, _ = _check(capsys, "--diff", "HEAD", ".")
    assert code == 1
    assert "story.md:7:" in out and "Many analysts think" in out
    assert "Skip to content" not in out and "Experts say" not in out and "old.md" not in out


def test_staged_and_untracked_files_count(repo, capsys):
    (repo / "new.md").write_text("# New\n\nSkip to content\n")  # untracked: new as a whole
    (repo / "staged.md").write_text("# Staged\n\nIt is believed the road will close.\n")
    _git(repo, "add", "staged.md")
    code, out, _ = _check(capsys, "--diff", "HEAD", ".")
    assert code == 1
    assert "new.md:3:1: FL002" in out and "staged.md:3:1: FL003" in out and "story.md" not in out


def test_a_finding_whose_related_span_changed_is_kept(repo, capsys):
    text = "# Vote\n\nThe mayor opened the bridge.\n\nThe weather was fine.\n\nThe mayor opened the bridge.\n"
    (repo / "dup.md").write_text(text)
    _git(repo, "add", "dup.md")
    _git(repo, "commit", "-qm", "dup")
    (repo / "dup.md").write_text(text.replace("# Vote", "# Vote count"))
    assert main(["check", "--select", "FL001", "--diff", "HEAD", "dup.md"]) == 0  # headline is not involved
    capsys.readouterr()
    (repo / "dup.md").write_text(text.replace("The weather was fine.", "The mayor opened the bridge."))
    assert main(["check", "--select", "FL001", "--diff", "HEAD", "dup.md"]) == 1


def test_file_names_git_marks_up_in_diff_headers(repo, capsys):
    names = ["with space.md", 'quote"d.md', "tab\tname.md", "ünïcode.md"]
    for name in names:
        (repo / name).write_text("# A\n\nThe mayor spoke.\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "names")
    for name in names:
        (repo / name).write_text("# A\n\nThe mayor spoke.\n\nSkip to content\n")
    code, out, _ = _check(capsys, "--diff", "HEAD", *names)
    assert code == 1 and out.count("FL002") == 4


@pytest.mark.parametrize(
    "ref, message",
    [
        ("no-such-branch", "'no-such-branch' is not a revision of the git repository"),
        ("--output=/tmp/x", "is not a git revision"),
    ],
)
def test_bad_revisions_are_one_error_line(repo, capsys, ref, message):
    code, out, err = _check(capsys, f"--diff={ref}", ".")
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""


def test_diff_outside_a_repository_and_with_stdin(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.md").write_text("# A\n\nSkip to content\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = _check(capsys, "--diff", "HEAD", "a.md")
    assert code == 2 and "--diff needs a git repository" in err and err.count("\n") == 1
    code, _, err = _check(capsys, "--diff", "HEAD", "-")
    assert code == 2 and "cannot be used with stdin" in err


def test_diff_head_before_the_first_commit_reports_everything(tmp_path, monkeypatch, capsys):
    _git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text("# A\n\nSkip to content\n")
    _git(tmp_path, "add", "a.md")  # staged for the repository's first commit (a pre-commit run)
    monkeypatch.chdir(tmp_path)
    code, out, _ = _check(capsys, "--diff", "HEAD", "a.md")
    assert code == 1 and "a.md:3:1: FL002" in out

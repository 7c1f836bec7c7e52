"""A folder walk in a git repository leaves out what git ignores (linter/include.py): a Hugo
``public/``, a ``build/`` folder, generated pages are not checked as articles, as ruff and black
skip them. git itself is asked (``.gitignore`` at every level, ``.git/info/exclude``, the user's
global excludes); a file named on the command line is always checked; outside a repository, without
git, or with ``respect-gitignore`` off, the walk is as before. Runs the command's ``main``."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

LEFTOVER = "# {title}\n\nSkip to content\n\nThe port reopened on Monday after repairs.\n"
PAGE = (
    "<html><body><h1>{title}</h1><p>Skip to content</p>"
    "<p>The port reopened on Monday after repairs.</p></body></html>\n"
)


@pytest.fixture
def factlint(check_fl002, monkeypatch, tmp_path):
    """``factlint check --select FL002 ...`` in a folder (tests/conftest.py; every article here has
    one FL002 finding, so the findings name the files checked)."""
    # the machine's git config (a global excludes file) must not change what the tests see
    empty = tmp_path / "gitconfig"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return check_fl002


def _write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = PAGE if path.suffix == ".html" else LEFTOVER
        path.write_text(text.format(title=path.stem), encoding="utf-8")


def _site(tmp_path: Path, git: bool = True) -> Path:
    """A newsroom repository: articles under stories/, a built site in public/, a build/ folder
    that keeps one page (a negated pattern), a folder-level .gitignore for drafts."""
    root = tmp_path / "site"
    _write(
        root,
        "stories/port.md",
        "stories/drafts/embargoed.md",
        "stories/drafts/ready.md",
        "public/port/index.html",
        "public/index.md",
        "build/page.md",
        "build/keep.md",
    )
    (root / ".gitignore").write_text("public/\nbuild/*\n!build/keep.md\n", encoding="utf-8")
    (root / "stories" / "drafts" / ".gitignore").write_text("embargoed.md\n", encoding="utf-8")
    if git:
        _git(root, "init", "-q")
        _git(root, "add", ".gitignore", "stories/port.md")
    return root


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _checked(proc: subprocess.CompletedProcess) -> list[str]:
    return sorted({line.split(":", 1)[0] for line in proc.stdout.splitlines() if "FL002" in line})


KEPT = ["build/keep.md", "stories/drafts/ready.md", "stories/port.md"]
EVERY = [
    "build/keep.md",
    "build/page.md",
    "public/index.md",
    "public/port/index.html",
    "stories/drafts/embargoed.md",
    "stories/drafts/ready.md",
    "stories/port.md",
]


def test_bare_run_skips_what_git_ignores(tmp_path, factlint):
    # public/ (a built site, HTML too) and build/* are ignored; build/keep.md is negated back in;
    # the nested stories/drafts/.gitignore applies; untracked, not ignored articles are checked
    proc = factlint(cwd=_site(tmp_path))
    assert proc.returncode == 1, proc.stderr
    assert _checked(proc) == KEPT
    assert proc.stderr == ""


def test_folder_argument_skips_what_git_ignores(tmp_path, factlint):
    root = _site(tmp_path)
    proc = factlint("stories", cwd=root)
    assert _checked(proc) == ["stories/drafts/ready.md", "stories/port.md"]
    proc = factlint(".", cwd=root / "stories" / "drafts")
    assert _checked(proc) == ["ready.md"]


def test_named_file_is_checked_even_if_ignored(tmp_path, factlint):
    root = _site(tmp_path)
    proc = factlint("public/index.md", "stories/drafts/embargoed.md", cwd=root)
    assert _checked(proc) == ["public/index.md", "stories/drafts/embargoed.md"]
    # ... and so are they among walked folders, while the walk leaves the rest of public/ out
    proc = factlint("public/index.md", "public", "stories", cwd=root)
    assert _checked(proc) == ["public/index.md", "stories/drafts/ready.md", "stories/port.md"]


def test_named_folder_that_git_ignores_is_left_out_with_a_notice(tmp_path, factlint):
    # a folder walk, whichever folder: git's answer; --no-respect-gitignore or a named file checks it
    root = _site(tmp_path)
    proc = factlint("public", cwd=root)
    assert _checked(proc) == [] and proc.returncode == 0
    assert "2 file(s) found in the folders were not checked" in proc.stderr
    assert "ignored by git" in proc.stderr
    proc = factlint(".", cwd=root / "public")
    assert _checked(proc) == [] and "ignored by git" in proc.stderr
    proc = factlint("--no-respect-gitignore", "public", cwd=root)
    assert _checked(proc) == ["public/index.md", "public/port/index.html"]


def test_not_a_repository_walks_as_before(tmp_path, factlint):
    root = _site(tmp_path, git=False)
    proc = factlint(cwd=root)
    assert _checked(proc) == EVERY
    assert proc.stderr == ""
    _git(root, "init", "-q")  # the same folder made a repository: its .gitignore files count
    assert _checked(factlint(cwd=root)) == KEPT


def test_option_off_walks_as_before(tmp_path, factlint):
    root = _site(tmp_path)
    assert _checked(factlint("--no-respect-gitignore", cwd=root)) == EVERY
    (root / ".factlint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    assert _checked(factlint(cwd=root)) == EVERY
    # the command line wins over the config, as for the other options
    assert _checked(factlint("--respect-gitignore", cwd=root)) == KEPT


def test_option_must_be_true_or_false(tmp_path, factlint):
    root = _site(tmp_path)
    (root / ".factlint.yaml").write_text("respect-gitignore: no-thanks\n", encoding="utf-8")
    proc = factlint(cwd=root)
    assert proc.returncode == 2
    assert "respect-gitignore: 'no-thanks' is not true or false" in proc.stderr


def test_info_exclude_and_global_excludes(tmp_path, factlint, monkeypatch):
    root = _site(tmp_path)
    _write(root, "scratch/notes.md", "wire/copy.txt")
    (root / ".git" / "info" / "exclude").write_text("scratch/\n", encoding="utf-8")
    excludes = tmp_path / "global-ignore"
    excludes.write_text("wire/\n", encoding="utf-8")
    config = tmp_path / "global-config"
    config.write_text(f"[core]\n\texcludesFile = {excludes.as_posix()}\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    assert _checked(factlint(cwd=root)) == KEPT


def test_tracked_file_is_never_ignored(tmp_path, factlint):
    # as in git: a committed article under an ignored pattern is still the repository's
    # (a pull request's .gitignore cannot hide the articles it commits from a CI walk)
    root = _site(tmp_path)
    _git(root, "add", "-f", "public/index.md")
    assert _checked(factlint(cwd=root)) == sorted(["public/index.md", *KEPT])


def test_only_ignored_files_gives_the_notice(tmp_path, factlint):
    root = _site(tmp_path)
    proc = factlint("build", cwd=root)
    assert _checked(proc) == ["build/keep.md"]
    (root / "build" / "keep.md").unlink()
    proc = factlint("build", cwd=root)
    assert proc.returncode == 0
    assert "1 file(s) found in the folders were not checked" in proc.stderr
    assert "ignored by git" in proc.stderr


def test_without_git_walks_as_before_with_a_notice(tmp_path, factlint, monkeypatch):
    root = _site(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    proc = factlint(cwd=root)
    assert _checked(proc) == EVERY
    assert ".gitignore not applied (git is not installed)" in proc.stderr
    # switched off, git is not asked: no notice
    proc = factlint("--no-respect-gitignore", cwd=root)
    assert _checked(proc) == EVERY and proc.stderr == ""


def test_one_git_call_for_a_walk(tmp_path, factlint, monkeypatch):
    calls = []
    real = subprocess.run

    def counting(command, *args, **kwargs):
        calls.append(command)
        return real(command, *args, **kwargs)

    root = _site(tmp_path)
    _write(root, *(f"stories/desk/{i}.md" for i in range(20)))
    monkeypatch.setattr(subprocess, "run", counting)
    proc = factlint(cwd=root)
    assert len(_checked(proc)) == len(KEPT) + 20
    assert len(calls) == 1


def test_jobs_leave_out_what_git_ignores(tmp_path, factlint, monkeypatch):
    # --jobs: the files are chosen before the workers get their names
    import factlint.linter.engine as engine
    import factlint.linter.parallel as parallel
    from factlint.linter.run import CheckResult

    handed: list[str] = []

    def fake_workers(paths, errors, opts, workers, check, **counts):
        handed.extend(paths)
        return CheckResult()

    monkeypatch.setattr(parallel, "workers_for", lambda *a, **k: 2)
    monkeypatch.setattr(parallel, "check_in_workers", fake_workers)
    assert engine  # the engine imports both from linter/parallel.py when it runs
    factlint("--jobs", "2", cwd=_site(tmp_path))
    assert sorted(handed) == KEPT


def test_diff_with_a_walk_leaves_out_what_git_ignores(tmp_path, factlint):
    root = _site(tmp_path)
    _git(root, "-c", "user.email=desk@example.org", "-c", "user.name=Desk", "commit", "-qm", "first")
    # untracked files are new as a whole: every kept one is reported, no ignored one
    proc = factlint("--diff", "HEAD", cwd=root)
    assert _checked(proc) == ["build/keep.md", "stories/drafts/ready.md"]
    # (git diff already hid an ignored file's findings; now it is not read at all)
    assert "in 3 files" in proc.stdout


def test_a_walk_from_inside_a_folder_git_ignores_leaves_it_out_like_naming_it(tmp_path, factlint):
    # git ls-files fails from inside a folder ignored as a whole ("directory entry not superset
    # of prefix"): the walk checked every page there, with a notice quoting git's internal error
    root = _site(tmp_path)
    _write(root, "public/port/more.md")
    named = factlint("public", cwd=root)
    assert _checked(named) == [] and "ignored by git" in named.stderr
    for args, cwd in (
        ((), root / "public"),
        (("public/port",), root),
        (("--jobs", "2"), root / "public" / "port"),
    ):
        proc = factlint(*args, cwd=cwd)
        assert _checked(proc) == [] and proc.returncode == 0, args
        assert "not applied" not in proc.stderr and "ignored by git" in proc.stderr
    every = ["index.md", "port/index.html", "port/more.md"]
    assert _checked(factlint("--no-respect-gitignore", cwd=root / "public")) == every


def test_respect_gitignore_off_in_the_config_silences_the_no_git_notice(tmp_path, factlint, monkeypatch):
    # the notice says the config key does so; it did not (git was asked and the notice given)
    root = _site(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    for config, text in (
        (".factlint.yaml", "respect-gitignore: false\n"),
        ("pyproject.toml", "[tool.factlint]\nrespect-gitignore = false\n"),
    ):
        (root / config).write_text(text, encoding="utf-8")
        proc = factlint(cwd=root)
        assert _checked(proc) == EVERY and proc.stderr == "", config
        (root / config).unlink()

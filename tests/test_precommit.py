"""The pre-commit hooks run for real: `pre-commit try-repo` against a snapshot of this repo.

`try-repo` needs the hook repository to be a git repo and only sees committed (or tracked,
modified) files, so each test snapshots the working tree into a throwaway repo and commits it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git not installed"),
    pytest.mark.skipif(
        subprocess.run([sys.executable, "-c", "import pre_commit"], capture_output=True).returncode,
        reason="pre-commit not installed",
    ),
]

CLEAN = """\
---
title: Port reopens after storm
---
The harbour reopened on Tuesday after a two-day closure.

Ferries resumed their normal timetable in the afternoon.
"""

DUPLICATED = """\
---
title: Port reopens after storm
---
The harbour reopened on Tuesday after a two-day closure.

Ferries resumed their normal timetable in the afternoon.
The harbour reopened on Tuesday after a two-day closure.
"""


def git_env(home: Path) -> dict[str, str]:
    # Drop GIT_* variables (set when the suite itself runs inside a git hook) and give git an
    # identity for the snapshot commits.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        PRE_COMMIT_HOME=str(home),
        PRE_COMMIT_COLOR="never",
        GIT_AUTHOR_NAME="factlint tests",
        GIT_AUTHOR_EMAIL="tests@factlint.invalid",
        GIT_COMMITTER_NAME="factlint tests",
        GIT_COMMITTER_EMAIL="tests@factlint.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(home),
    )
    return env


def git(cwd: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def snapshot_hook_repo(dest: Path, env: dict[str, str], whole_tree: bool) -> Path:
    """This repo's working tree (tracked + untracked, not ignored) committed into ``dest``.
    A ``language: system`` hook needs only the manifest; a ``language: python`` one installs
    the whole package from it."""
    if whole_tree:
        listed = (
            subprocess.run(
                ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                cwd=REPO,
                capture_output=True,
                check=True,
            )
            .stdout.decode()
            .split("\0")
        )
        paths = [p for p in listed if p and (REPO / p).is_file()]
    else:
        paths = [".pre-commit-hooks.yaml"]
    for rel in paths:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, dest / rel)
    git(dest, env, "init", "-q")
    # a throwaway repo: its objects and the pack pre-commit fetches from it stay uncompressed
    # (the 57 MB of model files do not shrink; zlib took seconds to add and again to fetch them)
    git(dest, env, "config", "core.compression", "0")
    git(dest, env, "add", "-A")
    git(dest, env, "commit", "-q", "-m", "snapshot")
    return dest


def model_free_config() -> str:
    """A .factlint.yaml turning off rules that need the NLI model, so the hook's answer depends
    only on the model-free rules (and on no model being trained or present)."""
    from factlint.linter.registry import load_rules

    model_rules = [rule_id for rule_id, cls in load_rules().items() if cls.needs_model]
    if not model_rules:
        return ""
    return "rules:\n" + "".join(f"  {rule_id}: off\n" for rule_id in model_rules)


def content_repo(root: Path, env: dict[str, str], article: str, precommit_config: str = "") -> Path:
    """A writer's repo with ``article.md`` staged (and a pre-commit config, when given)."""
    root.mkdir()
    git(root, env, "init", "-q")
    (root / "article.md").write_text(article, encoding="utf-8")
    if precommit_config:
        (root / ".pre-commit-config.yaml").write_text(precommit_config, encoding="utf-8")
    if config := model_free_config():
        (root / ".factlint.yaml").write_text(config, encoding="utf-8")
    git(root, env, "add", "-A")
    return root


def run_precommit(target: Path, env: dict[str, str], *args: str) -> tuple[str, int, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return proc.stdout + proc.stderr, proc.returncode, time.perf_counter() - start


def check_clean_passes(out: str, rc: int) -> None:
    assert rc == 0, out
    assert "Passed" in out, out


def check_finding_fails(out: str, rc: int) -> None:
    assert rc != 0, out
    assert "Failed" in out, out
    # The finding itself reaches the writer: second copy on line 7, first copy on line 4.
    assert "article.md:7:1: FL001" in out, out
    assert "related: article.md:4:1" in out, out


def setup(tmp_path: Path, whole_tree: bool) -> tuple[dict[str, str], Path]:
    (tmp_path / "home").mkdir()
    env = git_env(tmp_path / "home")
    return env, snapshot_hook_repo(tmp_path / "hook-repo", env, whole_tree)


def test_system_hook_passes_clean_article_and_fails_on_a_finding(tmp_path):
    if not (VENV_BIN / "factlint").exists() and shutil.which("factlint") is None:
        pytest.skip("factlint console script not installed")
    env, hook_repo = setup(tmp_path, whole_tree=False)
    try_repo = ("try-repo", str(hook_repo), "factlint-system", "--files", "article.md", "--color", "never")
    out, rc, clean_s = run_precommit(content_repo(tmp_path / "clean", env, CLEAN), env, *try_repo)
    check_clean_passes(out, rc)
    out, rc, dirty_s = run_precommit(content_repo(tmp_path / "dirty", env, DUPLICATED), env, *try_repo)
    check_finding_fails(out, rc)
    print(f"factlint-system hook via try-repo: clean {clean_s:.1f}s, with finding {dirty_s:.1f}s")


def test_system_hook_checks_only_the_lines_a_commit_changes(tmp_path):
    if not (VENV_BIN / "factlint").exists() and shutil.which("factlint") is None:
        pytest.skip("factlint console script not installed")
    env, hook_repo = setup(tmp_path, whole_tree=False)
    repo = content_repo(tmp_path / "desk", env, DUPLICATED)
    git(repo, env, "commit", "-q", "--no-verify", "-m", "accepted with its old duplicate")
    try_repo = ("try-repo", str(hook_repo), "factlint-system", "--files", "article.md", "--color", "never")
    # an unrelated edit elsewhere: the old duplicate (lines 4 and 7) does not block it
    (repo / "article.md").write_text(DUPLICATED + "\nThe coastguard thanked the volunteers.\n")
    git(repo, env, "add", "article.md")
    out, rc, _ = run_precommit(repo, env, *try_repo)
    check_clean_passes(out, rc)
    # an edit that adds a finding on the changed line does
    (repo / "article.md").write_text(
        DUPLICATED + "\nFerries resumed their normal timetable in the afternoon.\n"
    )
    git(repo, env, "add", "article.md")
    out, rc, _ = run_precommit(repo, env, *try_repo)
    assert rc != 0 and "article.md:9:1: FL001" in out, out


def test_system_hook_skips_a_readme_and_files_outside_include(tmp_path):
    # pre-commit names the staged files, and a named file was always checked: a README edit
    # (or a draft outside the config's `include`) was blocked as if it were an article
    if not (VENV_BIN / "factlint").exists() and shutil.which("factlint") is None:
        pytest.skip("factlint console script not installed")
    env, hook_repo = setup(tmp_path, whole_tree=False)
    repo = content_repo(tmp_path / "desk", env, CLEAN)
    (repo / "README.md").write_text(DUPLICATED.replace("article", "readme"), encoding="utf-8")
    files = ("--files", "article.md", "README.md", "--color", "never")
    try_repo = ("try-repo", str(hook_repo), "factlint-system", *files)
    out, rc, _ = run_precommit(repo, env, *try_repo)
    check_clean_passes(out, rc)
    (repo / "drafts").mkdir()
    (repo / "drafts" / "old.md").write_text(DUPLICATED, encoding="utf-8")
    (repo / "article.md").write_text(DUPLICATED, encoding="utf-8")
    config = repo / ".factlint.yaml"
    config.write_text(config.read_text(encoding="utf-8") + 'include: ["./*.md"]\n', encoding="utf-8")
    out, rc, _ = run_precommit(
        repo,
        env,
        "try-repo",
        str(hook_repo),
        "factlint-system",
        "--files",
        "article.md",
        "drafts/old.md",
        "--color",
        "never",
    )
    check_finding_fails(out, rc)  # the article is still checked
    assert "drafts/old.md" not in out, out


def pip_cache_dir() -> str | None:
    """The pip cache of the user running the tests (None where caching is off): the hook's
    environment installs the wheels the test extra's install just fetched from it, not again
    over the network, though the test's HOME is a fresh folder."""
    found = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True)
    if found.returncode != 0:  # "pip cache" refuses to run where the cache is disabled
        return None
    return found.stdout.strip() or None


def pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=3).close()
        return True
    except OSError:
        return False


@pytest.mark.external
def test_python_hook_installs_and_runs(tmp_path):
    """`language: python` builds a fresh virtualenv from this repo plus PyPI (about 25 s here).

    `try-repo` would rebuild that environment on every call, so this test uses the way a
    content repo really consumes the hook: a .pre-commit-config.yaml naming the hook repo and
    a revision, with one environment shared through PRE_COMMIT_HOME."""
    if not pypi_reachable():
        pytest.skip("PyPI not reachable: the python hook installs its dependencies from it")
    env, hook_repo = setup(tmp_path, whole_tree=True)
    if cache := pip_cache_dir():
        env["PIP_CACHE_DIR"] = cache
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hook_repo, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    config = f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: factlint\n"
    repos = {
        name: content_repo(tmp_path / name, env, article, config)
        for name, article in (("clean", CLEAN), ("dirty", DUPLICATED))
    }
    out, rc, install_s = run_precommit(repos["clean"], env, "install-hooks")
    assert rc == 0, out
    run = ("run", "factlint", "--files", "article.md", "--color", "never")
    out, rc, clean_s = run_precommit(repos["clean"], env, *run)
    check_clean_passes(out, rc)
    out, rc, dirty_s = run_precommit(repos["dirty"], env, *run)
    check_finding_fails(out, rc)
    print(
        f"factlint (python) hook: install {install_s:.1f}s, clean {clean_s:.1f}s, with finding {dirty_s:.1f}s"
    )

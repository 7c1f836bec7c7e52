"""The GitHub Action: action.yml and the example workflow validate against GitHub's schemas (as
vendored by check-jsonschema), and its two steps run as on a runner, in a real git repository
(the first pull request as the runner's processes, the others through the module's ``main``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _schema_check(schema: str, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "schema, path",
    [
        ("vendor.github-actions", ROOT / "action.yml"),
        ("vendor.github-workflows", ROOT / "docs" / "examples" / "factlint-pull-request.yml"),
    ],
)
def test_action_and_example_workflow_match_githubs_schemas(schema, path):
    pytest.importorskip("check_jsonschema")
    done = _schema_check(schema, path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_does_catch_a_broken_action(tmp_path):
    pytest.importorskip("check_jsonschema")
    broken = tmp_path / "action.yml"
    broken.write_text((ROOT / "action.yml").read_text().replace("using: composite", "using: compost"))
    assert _schema_check("vendor.github-actions", broken).returncode != 0


def test_action_never_pastes_inputs_into_a_shell_command():
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text())
    for step in action["runs"]["steps"]:
        assert "${{ inputs." not in step.get("run", ""), step.get("name")


# the oldest major of each action the composite uses that GitHub still supports: CodeQL Action v3
# is deprecated in December 2026 (GitHub's changelog of 2025-10-28), its uploads then fail
_SUPPORTED_MAJOR = {"github/codeql-action/upload-sarif": 4, "actions/cache": 4, "actions/setup-python": 5}


def test_action_uses_no_deprecated_major_version_of_an_action():
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text())
    for step in action["runs"]["steps"]:
        if "uses" in step:
            name, _, version = step["uses"].partition("@")
            assert int(version.lstrip("v").split(".")[0]) >= _SUPPORTED_MAJOR[name], step["uses"]


def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _head(repo) -> str:
    """The commit the repository's HEAD names (a base commit for the Action's steps)."""
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


def _commit_base_config(repo: Path, env: dict, config: str) -> None:
    """Commit ``config`` as the repository's .factlint.yaml and make that commit the base."""
    (repo / ".factlint.yaml").write_text(config)
    _git(repo, "add", ".factlint.yaml")
    _git(repo, "commit", "-qm", "config")
    env["BASE_SHA"] = _head(repo)


@pytest.fixture
def runner(tmp_path, monkeypatch):
    """A pull request's checkout plus the files a runner provides."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "desk@example.org")
    _git(repo, "config", "user.name", "Desk")
    (repo / "articles" / "old.md").write_text("# Old\n\nSkip to content\n\nThe bridge opened.\n")
    (repo / "articles" / "kept.md").write_text("# Kept\n\nExperts say it will rain.\n")
    (repo / "README.md").write_text("# Newsroom\n\nSkip to content\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    base = _head(repo)
    # the pull request: a new article with a leftover, an edit to old.md that adds a vague
    # attribution, nothing in kept.md, and a README change outside `paths`
    (repo / "articles" / "new `<b>`|x.md").write_text("# New\n\nSkip to content\n\nThe mayor spoke.\n")
    (repo / "articles" / "old.md").write_text(
        "# Old\n\nSkip to content\n\nThe bridge opened. Many analysts think it is safe.\n"
    )
    (repo / "README.md").write_text("# Newsroom\n\nRead also:\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "pull request")
    temp = tmp_path / "runner"
    temp.mkdir()
    env = {
        **os.environ,
        "RUNNER_TEMP": str(temp),
        "GITHUB_OUTPUT": str(temp / "output"),
        "GITHUB_STEP_SUMMARY": str(temp / "summary.md"),
        "PATHS": "articles",
        "CHANGED_ONLY": "true",
        "BASE_SHA": base,
        "FAIL_ON": "warning",
        "FACTLINT_CACHE_DIR": str(temp / "cache"),
    }
    return repo, temp, env


def _step(name: str, repo: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.github_action", name],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def step(capsys, monkeypatch):
    """``_step`` through the module's ``main`` in this process: the same environment (this
    process's, replaced by the step's for the call, which the git it runs inherits), the same
    working folder, exit code, stdout and stderr; no Python start and import per step. The first
    test runs its steps as real processes."""
    from factlint.linter import github_action

    def run(name: str, repo: Path, env: dict) -> subprocess.CompletedProcess:
        with monkeypatch.context() as scope:
            for key in [k for k in os.environ if k not in env]:
                scope.delenv(key)
            for key, value in env.items():
                scope.setenv(key, value)
            scope.chdir(repo)
            code = github_action.main([name])
        out = capsys.readouterr()
        return subprocess.CompletedProcess([name], code, out.out, out.err)

    return run


def _outputs(temp: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in (temp / "output").read_text().splitlines())


def test_pull_request_run_reports_changed_lines_of_changed_articles(runner):
    repo, temp, env = runner
    chose = _step("choose", repo, env)
    assert chose.returncode == 0, chose.stderr
    out = _outputs(temp)
    assert out["count"] == "2" and out["diff-base"] == env["BASE_SHA"]
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"])
    checked = _step("check", repo, env)
    assert checked.returncode == 0, checked.stderr
    out = _outputs(temp)
    assert out["exit-code"] == "1" and out["findings"] == "2"
    annotations = checked.stdout.splitlines()
    assert len(annotations) == 2
    assert any(a.startswith("::warning file=articles/old.md,line=5,") and "FL003" in a for a in annotations)
    assert any("FL002" in a and "new `<b>`|x.md" in a for a in annotations)
    sarif = json.loads(Path(out["sarif"]).read_text())
    assert len(sarif["runs"][0]["results"]) == 2
    summary = (temp / "summary.md").read_text()
    assert "2 findings in 2 articles" in summary
    assert "new \\`\\<b\\>\\`\\|x.md" in summary and "<b>" not in summary  # the file name is inert
    assert "kept.md" not in summary and "README" not in summary


def test_the_config_comes_from_the_base_commit_not_the_pull_request(runner, step):
    repo, temp, env = runner
    # the base's config turns FL003 off; the pull request tries to turn FL002 off too
    _commit_base_config(repo, env, "rules:\n  FL003: off\n")
    (repo / ".factlint.yaml").write_text("rules:\n  FL002: off\n  FL003: off\n")
    (repo / "articles" / "sub").mkdir()
    (repo / "articles" / "sub" / ".factlint.yaml").write_text("rules:\n  FL002: off\n")
    (repo / "articles" / "sub" / "late.md").write_text("# Late\n\nSkip to content\n\nExperts say so.\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "pull request silences FL002")
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    annotations = checked.stdout
    assert "FL002" in annotations and "articles/sub/late.md" in annotations  # the PR could not silence it
    assert "FL003" not in annotations  # the base's config still holds


def test_the_base_configs_relative_paths_are_read_from_its_folder(runner, step):
    # a base config naming a register ('register: people.yaml') failed every pull request:
    # its copy in the runner's temporary folder looked for the register there
    repo, temp, env = runner
    shutil.copy(ROOT / "seeds" / "register.yaml", repo / "people.yaml")
    (repo / ".factlint.yaml").write_text("register: people.yaml\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "register")
    env["BASE_SHA"] = _head(repo)
    _commit_article(repo, "articles/deal.md", "# Deal\n\nExperts say the deal was agreed on Monday.\n")
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    assert "::error" not in checked.stdout, checked.stdout
    assert _outputs(temp)["exit-code"] == "1"
    assert "file=articles/deal.md" in checked.stdout and "FL003" in checked.stdout


def test_a_pull_request_with_no_article_passes_with_a_summary(runner, step):
    repo, temp, env = runner
    env["PATHS"] = "docs-nothing-here"
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    assert out["count"] == "0"
    env.update(ARTICLES_FILE=out["list"])
    assert step("check", repo, env).returncode == 0
    out = _outputs(temp)
    assert out["exit-code"] == "0" and out["sarif"] == ""
    assert "No articles changed" in (temp / "summary.md").read_text()


def test_a_shallow_checkout_is_one_clear_error(runner, step):
    repo, temp, env = runner
    env["BASE_SHA"] = "0" * 40
    chose = step("choose", repo, env)
    out = _outputs(temp)
    assert out["exit-code"] == "2"
    assert chose.stdout.startswith("::error title=factlint::") and "fetch-depth: 0" in chose.stdout


def _commit_article(repo: Path, name: str, text: str) -> None:
    (repo / name).parent.mkdir(parents=True, exist_ok=True)
    (repo / name).write_text(text)
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", f"add {name}")


def test_paths_one_a_line_may_name_a_folder_with_a_space(runner, step):
    repo, temp, env = runner
    _commit_article(repo, "news desk/late.md", "# Late\n\nSkip to content\n\nThe mayor spoke.\n")
    env["PATHS"] = "news desk\narticles\n"  # `paths: |` in a workflow, one path a line
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    names = Path(out["list"]).read_text().split("\0")
    assert sorted(names) == ["articles/new `<b>`|x.md", "articles/old.md", "news desk/late.md"]
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"])
    checked = step("check", repo, env)
    assert "file=news desk/late.md," in checked.stdout and "FL002" in checked.stdout


def test_paths_on_one_line_are_still_separated_by_spaces(runner, step):
    repo, temp, env = runner
    _commit_article(repo, "desk/d.md", "# Desk\n\nThe mayor spoke.\n")
    env["PATHS"] = "desk articles"
    assert step("choose", repo, env).returncode == 0
    names = Path(_outputs(temp)["list"]).read_text().split("\0")
    assert sorted(names) == ["articles/new `<b>`|x.md", "articles/old.md", "desk/d.md"]


def test_whole_file_mode_still_takes_the_config_from_the_base_commit(runner, step):
    # with changed-only "false" the pull request's own .factlint.yaml configured the run
    repo, temp, env = runner
    _commit_base_config(repo, env, "rules:\n  FL003: off\n")
    (repo / ".factlint.yaml").write_text("rules:\n  FL002: off\n  FL003: off\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "pull request silences FL002")
    env["CHANGED_ONLY"] = "false"
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    assert out["diff-base"] == ""
    env.update(DIFF_BASE="", ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    assert "FL002" in checked.stdout  # the pull request could not switch it off
    assert "FL003" not in checked.stdout  # the base's config holds


def test_whole_file_mode_without_the_base_commit_is_one_clear_error(runner, step):
    repo, temp, env = runner
    env.update(CHANGED_ONLY="false", BASE_SHA="0" * 40)
    chose = step("choose", repo, env)
    assert _outputs(temp)["exit-code"] == "2"
    assert chose.stdout.startswith("::error title=factlint::") and "fetch-depth: 0" in chose.stdout


def test_changed_files_are_chosen_as_a_folder_walk_would_choose_them(runner, step):
    # the changed files were named to the engine, so a changed README (and any file outside the
    # config's `include`) was checked and failed the pull request; `factlint check .` skips them
    repo, temp, env = runner
    env["PATHS"] = "."
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    assert "README" not in checked.stdout
    assert "file=articles/old.md" in checked.stdout  # the articles are still checked
    (repo / ".factlint.yaml").write_text('include: ["desk/**"]\n')
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "include")
    env["BASE_SHA"] = _head(repo)
    _commit_article(repo, "desk/d.md", "# Desk\n\nSkip to content\n\nThe mayor spoke.\n")
    _commit_article(repo, "drafts/x.md", "# Draft\n\nSkip to content\n\nThe mayor spoke.\n")
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    assert "file=desk/d.md" in checked.stdout and "drafts/x.md" not in checked.stdout


def test_the_fail_on_input_defaults_to_the_configs_fail_on(runner, step):
    # the input's default `warning` was always passed on, so a base config's `fail-on: error`
    # never held in the action: a warning failed every pull request
    import yaml

    repo, temp, env = runner
    _commit_base_config(repo, env, "fail-on: error\n")
    _commit_article(repo, "articles/late.md", "# Late\n\nSkip to content\n\nThe mayor spoke.\n")
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    env["FAIL_ON"] = action["inputs"]["fail-on"]["default"]  # what the workflow passes unset
    assert step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    checked = step("check", repo, env)
    assert "FL002" in checked.stdout  # reported as a warning
    assert _outputs(temp)["exit-code"] == "0"  # and the config's fail-on decides
    env["FAIL_ON"] = "warning"  # an explicit input still wins
    step("check", repo, env)
    assert _outputs(temp)["exit-code"] == "1"

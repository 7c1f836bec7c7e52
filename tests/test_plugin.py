"""A third-party rule package, installed for real, is found, listed, documented and run.

The package (tests/fixtures/plugin_pkg) is built offline from a copy of its source and
installed with ``pip --target`` into a temporary directory that only the CLI subprocesses see
(through PYTHONPATH), so the test venv is never modified.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PLUGIN_SRC = HERE / "fixtures" / "plugin_pkg"
FACTLINT = Path(sys.executable).parent / "factlint"

ARTICLE = """\
# Budget talks resume

The council met on Monday to discuss next year's budget.
The mayor said the budget would grow by TK percent.
"""


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    if not FACTLINT.exists():
        pytest.skip("factlint console script not installed")
    work = tmp_path_factory.mktemp("plugin")
    # Build from a copy: pip builds in-tree and would leave build/ and *.egg-info in the repo.
    src = shutil.copytree(PLUGIN_SRC, work / "src")
    site = work / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(site),
            str(src),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (site / "factlint_example_plugin-0.1.0.dist-info" / "entry_points.txt").exists()
    return site


def factlint(*args: str, cwd: Path, site: Path | None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [str(FACTLINT), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def model_free_config() -> str:
    """Rules needing the NLI model off: this test is about plugin discovery, not models."""
    from factlint.linter.registry import load_rules

    model_rules = [rule_id for rule_id, cls in load_rules().items() if cls.needs_model]
    return "".join(["rules:\n", *(f"  {r}: off\n" for r in model_rules)]) if model_rules else ""


@pytest.fixture()
def article_dir(tmp_path) -> Path:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    if config := model_free_config():
        (tmp_path / ".factlint.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def test_rules_lists_the_plugin_rule_with_its_distribution(plugin_site, tmp_path):
    without = factlint("rules", cwd=tmp_path, site=None)
    assert without.returncode == 0, without.stderr
    assert "XX001" not in without.stdout  # only the installed plugin brings it

    proc = factlint("rules", cwd=tmp_path, site=plugin_site)
    assert proc.returncode == 0, proc.stderr
    (line,) = [line for line in proc.stdout.splitlines() if "XX001" in line]
    assert "factlint-example-plugin" in line
    assert "placeholder-text" in line or "Flags placeholder text" in line
    # Built-in rules are still listed, attributed to factlint itself.
    fl000 = [line for line in proc.stdout.splitlines() if "FL000" in line]
    assert fl000 and "factlint-example-plugin" not in fl000[0]


def test_rule_prints_the_plugin_docs(plugin_site, tmp_path):
    proc = factlint("rule", "XX001", cwd=tmp_path, site=plugin_site)
    assert proc.returncode == 0, proc.stderr
    assert "Flags placeholder text (lorem ipsum, TK, XXX) left in an article." in proc.stdout
    assert "Placeholders mark facts nobody has filled in yet" in proc.stdout


def test_check_runs_the_plugin_rule(plugin_site, article_dir):
    proc = factlint("check", "article.md", cwd=article_dir, site=plugin_site)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "article.md:4:1: XX001 placeholder-text: placeholder 'TK' left in the text" in proc.stdout

    proc = factlint("check", "--format", "json", "article.md", cwd=article_dir, site=plugin_site)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    (finding,) = [f for f in report["findings"] if f["rule"] == "XX001"]
    assert (finding["line"], finding["column"], finding["severity"]) == (4, 1, "error")
    assert ARTICLE[finding["offset"] : finding["end_offset"]] == (
        "The mayor said the budget would grow by TK percent."
    )

    # Without the plugin installed the same article has no XX001 finding.
    proc = factlint("check", "--format", "json", "article.md", cwd=article_dir, site=None)
    assert proc.returncode in (0, 1), proc.stderr
    assert not [f for f in json.loads(proc.stdout)["findings"] if f["rule"] == "XX001"]


def test_rule_docs_list_the_plugins_typed_options(plugin_site, tmp_path):
    proc = factlint("rule", "XX001", cwd=tmp_path, site=plugin_site)
    assert proc.returncode == 0, proc.stderr
    assert (
        "    marks (list; default []): more placeholder marks, besides lorem ipsum, TK and XXX" in proc.stdout
    )


def test_a_plugins_option_is_set_and_checked_in_the_config(plugin_site, article_dir):
    config = article_dir / ".factlint.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "  XX001:\n    marks: [next year's]\n", encoding="utf-8"
    )
    proc = factlint("check", "article.md", cwd=article_dir, site=plugin_site)
    assert (
        'article.md:3:1: XX001 placeholder-text: placeholder "next year\'s" left in the text' in proc.stdout
    )

    config.write_text(
        config.read_text(encoding="utf-8").replace("[next year's]", "next year's"), encoding="utf-8"
    )
    proc = factlint("check", "article.md", cwd=article_dir, site=plugin_site)
    assert proc.returncode == 2
    line = len(config.read_text(encoding="utf-8").splitlines())  # the option's line: the last
    assert proc.stderr.strip() == (
        f".factlint.yaml:{line}: error: rules.XX001: option 'marks': \"next year's\" is not a list"
    )


def test_a_plugins_output_format_is_found_and_used(plugin_site, article_dir):
    proc = factlint("check", "--format", "tally", "article.md", cwd=article_dir, site=plugin_site)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "XX001 1" in proc.stdout.splitlines()

    # without the plugin the format does not exist: one error line naming the ones that do
    proc = factlint("check", "--format", "tally", "article.md", cwd=article_dir, site=None)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "factlint: error: --format: 'tally' is not one of text, json, sarif, github, html"
    )


def test_the_built_in_formats_are_registered_as_reporters():
    from importlib.metadata import entry_points

    from factlint.linter.reporters import FORMATS, reporter

    registered = {
        ep.name: ep
        for ep in entry_points(group="factlint.reporters")
        if ep.dist is not None and ep.dist.name == "factlint"
    }
    assert sorted(registered) == sorted(FORMATS)
    for name, ep in registered.items():
        assert ep.load() is reporter(name)


def test_a_kept_entry_point_listing_follows_what_is_installed(tmp_path, monkeypatch):
    """The command keeps each group's listing between runs (linter/plugins.py); a distribution
    installed, changed or removed on the import path is read again, not missed."""
    from factlint.linter import startup_cache
    from factlint.linter.plugins import group_entry_points

    site = tmp_path / "site"
    site.mkdir()
    (site / "kept_fmt.py").write_text(
        "def render(result, rules, *, color=False, verbose=False):\n    return 'kept'\n"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)

    def listed() -> list[tuple[str, str, str]]:
        with startup_cache.enabled(tmp_path / "store"):
            return [(ep.name, ep.value, dist) for ep, dist in group_entry_points("factlint.reporters")]

    before = listed()
    assert listed() == before  # (the second run reads the kept listing)
    info = site / "kept_fmt-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kept-fmt\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[factlint.reporters]\nkept = kept_fmt:render\n")
    assert ("kept", "kept_fmt:render", "kept-fmt") in listed()
    with startup_cache.enabled(tmp_path / "store"):
        ep = next(ep for ep, _ in group_entry_points("factlint.reporters") if ep.name == "kept")
        assert ep.load()(None, None) == "kept"
    (info / "entry_points.txt").write_text("[factlint.reporters]\nkept2 = kept_fmt:render\n")
    assert ("kept2", "kept_fmt:render", "kept-fmt") in listed()
    shutil.rmtree(info)
    assert listed() == before

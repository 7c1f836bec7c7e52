"""What a newsroom engineer or a writer meets on a first run (session 20's audit): a run that
would check nothing, a baseline of changed lines only, a suggestion for an unrelated rule id,
piped Markdown read as plain text, an HTML page in its declared charset, pyproject.toml's
[tool.factlint], ONNX Runtime's telemetry warning, GitHub paths from a subfolder, the Action's
pip cache, renames under --diff, Jekyll's _site, a report or baseline written as pyproject.toml."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from factlint.linter import registry

from tests.test_cli import factlint
from tests.test_reporters import findings_schema
from tests.test_github_action import _git, _head, _outputs, _step, runner  # noqa: F401 (a fixture)

ARTICLE = "Storm closes schools in Kerrow\n\nA storm closed all 14 schools in Kerrow on Wednesday, the district said.\n"


def test_select_and_ignore_of_the_same_rule_is_an_error_not_a_clean_pass(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--select", "FL003", "--ignore", "FL003", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == (
        "factlint: error: --ignore takes out every rule --select names (FL003): no rule would run"
    )
    # one rule of two left: it runs
    proc = factlint("check", "--select", "FL003,FL001", "--ignore", "FL003", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0 and "No findings in 1 file" in proc.stdout


def test_ignoring_every_rule_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--ignore", ",".join(registry.installed().rules), "a.txt", cwd=tmp_path)
    assert (
        proc.returncode == 2
        and proc.stderr.strip() == "factlint: error: --ignore names every rule: no rule would run"
    )


def test_a_config_that_switches_every_rule_off_is_an_error_of_that_config(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    rules = "".join(f"  {rule_id}: off\n" for rule_id in registry.installed().rules)
    (tmp_path / ".factlint.yaml").write_text("rules:\n" + rules)
    proc = factlint("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "1 file could not be checked" in proc.stdout
    assert proc.stderr.strip() == (
        ".factlint.yaml: error: every rule is switched off here: no rule would run, "
        "and an article nothing checked would pass"
    )
    # --select still runs what it names, whatever the config switched off
    assert factlint("check", "--select", "FL003", "a.txt", cwd=tmp_path).returncode == 0


def test_write_baseline_with_diff_is_refused_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--diff", "HEAD", "--write-baseline", "base.json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and not (tmp_path / "base.json").exists()
    assert proc.stderr.strip() == (
        "factlint: error: --write-baseline records whole files; it cannot be used with --diff "
        "(run it without --diff)"
    )


def test_an_unknown_rule_id_gets_a_suggestion_only_when_one_is_close(tmp_path):
    proc = factlint("rule", "FL9", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip() == "factlint: error: unknown rule id 'FL9'"
    ids = list(registry.installed().rules)
    assert registry.did_you_mean("FL310", ids) == " (did you mean 'FL301'?)"  # two digits swapped
    assert registry.did_you_mean("FL01", ids) == " (did you mean 'FL001'?)"  # a zero short
    assert registry.did_you_mean("FX003", ids) == " (did you mean 'FL003'?)"  # a letter wrong
    assert registry.did_you_mean("FL9999", ids) == ""
    assert registry.did_you_mean("ZZ10", ["ZZ100"]) == " (did you mean 'ZZ100'?)"


def test_piped_markdown_with_front_matter_says_to_name_it(tmp_path):
    story = (
        "---\ntitle: Storm closes schools in Kerrow\n---\n\n# Storm closes schools in Kerrow\n\n"
        + ARTICLE.split("\n\n")[1]
    )
    proc = factlint("check", "-", cwd=tmp_path, stdin=story.encode())
    notice = (
        "factlint: notice: <stdin> opens with front matter and was read as plain text; "
        "if it is Markdown, pass --stdin-filename NAME.md"
    )
    assert notice in proc.stderr.splitlines()
    named = factlint("check", "-", "--stdin-filename", "s.md", cwd=tmp_path, stdin=story.encode())
    assert named.returncode == 0 and "notice" not in named.stderr
    plain = factlint("check", "-", cwd=tmp_path, stdin=ARTICLE.encode())
    assert "notice" not in plain.stderr


def _page(head: str, body: str = "The café owner said “we are closed” on Wednesday.") -> str:
    return f"<html><head>{head}<title>Storm</title></head><body><h1>Storm closes schools</h1><p>{body}</p></body></html>"


def test_an_html_page_in_the_charset_it_declares_is_read_in_it(tmp_path):
    from factlint.linter.loader import load_document

    declared = {
        "meta.html": '<meta charset="windows-1252">',
        "equiv.html": '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    }
    for name, head in declared.items():
        (tmp_path / name).write_bytes(_page(head).encode("cp1252"))
        doc = load_document(tmp_path / name)
        # a Latin-1 label reads the curly quotes at 0x93/0x94 as a browser does (windows-1252)
        assert doc.blocks[-1].text == "The café owner said “we are closed” on Wednesday."
    proc = factlint("check", "meta.html", "equiv.html", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    piped = factlint("check", "-", cwd=tmp_path, stdin=(tmp_path / "meta.html").read_bytes())
    assert piped.returncode == 0, piped.stderr


def test_html_without_a_charset_or_that_does_not_decode_keeps_the_utf8_error(tmp_path):
    (tmp_path / "none.html").write_bytes(_page("").encode("cp1252"))
    (tmp_path / "bad.html").write_bytes(
        _page('<meta charset="shift_jis">', "The owner spoke.").encode("ascii") + b"\x81\xff"
    )
    (tmp_path / "odd.html").write_bytes(_page('<meta charset="no-such-charset">').encode("cp1252"))
    (tmp_path / "a.txt").write_bytes(_page('<meta charset="windows-1252">').encode("cp1252"))
    # a label that lies: windows-1252's curly quotes read as ISO-8859-5 were C1 controls in the text
    (tmp_path / "lies.html").write_bytes(_page('<meta charset="iso-8859-5">').encode("cp1252"))
    for name in ("none.html", "bad.html", "odd.html", "a.txt", "lies.html"):
        proc = factlint("check", name, cwd=tmp_path)
        assert proc.returncode == 2, name
        assert proc.stderr.startswith(f"{name}:1: error: not valid UTF-8: line 1, byte offset "), proc.stderr
        assert proc.stderr.strip().endswith("save the file as UTF-8") and proc.stderr.count("\n") == 1


# --- pyproject.toml's [tool.factlint] -------------------------------------------------------------

VAGUE = "Storm closes schools\n\nSources say the storm will return on Friday.\n"


def test_pyproject_tool_factlint_is_read_when_no_factlint_yaml_is_beside_it(tmp_path):
    (tmp_path / "a.txt").write_text(VAGUE)
    assert factlint("check", "a.txt", cwd=tmp_path).returncode == 1  # FL003, a warning
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.factlint]\nfail-on = "never"\n\n[tool.factlint.rules]\nFL003 = "info"\n'
    )
    proc = factlint("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0 and "FL003" in proc.stdout and "[info]" in proc.stdout, proc.stderr
    assert proc.stderr == ""
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "b.txt").write_text(VAGUE)
    assert factlint("check", "desk/b.txt", cwd=tmp_path).returncode == 0  # found from below too
    # --config names it as well
    explicit = factlint("check", "--config", "pyproject.toml", "a.txt", cwd=sub.parent)
    assert explicit.returncode == 0


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / ".factlint.yaml").write_text("fail-on: never\n")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "pyproject.toml").write_text("[tool.ruff]\nline-length = 90\n")
    (desk / "a.txt").write_text(VAGUE)
    assert factlint("check", "desk/a.txt", cwd=tmp_path).returncode == 0  # the config above
    proc = factlint("check", "--config", "desk/pyproject.toml", "desk/a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip() == (
        "desk/pyproject.toml: error: no [tool.factlint] table: put factlint's settings there, or in a .factlint.yaml"
    )


def test_a_factlint_yaml_beside_it_wins_and_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(VAGUE)
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nfail-on = "never"\n')
    (tmp_path / ".factlint.yaml").write_text("fail-on: warning\n")
    proc = factlint("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "factlint: notice: .factlint.yaml configures the articles below it; "
        "pyproject.toml's [tool.factlint] beside it is not read"
    )


def test_pyproject_errors_are_the_yaml_configs_errors_with_the_toml_line(tmp_path):
    (tmp_path / "a.txt").write_text(VAGUE)
    cases = {
        '[tool.factlint]\nfail_on = "never"\n': "pyproject.toml:2: error: unknown key 'fail_on' (did you mean 'fail-on'?)",
        '[tool.factlint]\ndevice = "gpu"\n': "pyproject.toml:2: error: device: 'gpu' is not one of cpu, cuda, auto (did you mean 'cuda'?)",
        '[tool.factlint]\n\n[tool.factlint.rules.FL101]\nseverity = "error"\nthreshold = 2\n': (
            "pyproject.toml:5: error: rules.FL101: option 'threshold': 2 is not between 0 and 1"
        ),
        '[tool.factlint]\nrules = {FL003 = "info", FL0003 = "off"}\n': (
            "pyproject.toml:2: error: unknown rule id 'FL0003' in rules (did you mean 'FL003'?)"
        ),
        '[tool.factlint]\nignore = "*.txt"\n': """pyproject.toml:2: error: ignore: '*.txt' is not a list: write ignore = ["*.txt"]""",
        "[tool.factlint]\nfail-on = never\n": "pyproject.toml:2: error: malformed TOML: Invalid value",
        '[tool.factlint]\nregister = "people.yaml"\n': (
            "pyproject.toml:2: error: register: 'people.yaml' does not exist (paths are relative to the config file)"
        ),
    }
    _each_pyproject_is_one_error_line(tmp_path, cases)


def _each_pyproject_is_one_error_line(tmp_path, cases: dict[str, str]) -> None:
    """Each pyproject.toml text in ``cases`` stops ``check a.txt`` with exit 2 and its one line."""
    for text, line in cases.items():
        (tmp_path / "pyproject.toml").write_text(text)
        proc = factlint("check", "a.txt", cwd=tmp_path)
        assert proc.returncode == 2 and proc.stderr.strip() == line, (text, proc.stderr)


def test_an_error_in_a_multi_line_toml_array_names_the_items_line(tmp_path):
    # as .factlint.yaml's "- missing.txt" does; the key's line was named (2), whatever the item
    (tmp_path / "a.txt").write_text(VAGUE)
    cases = {
        '[tool.factlint]\nsources = [\n  "a.txt",  # the story, "itself"\n  "missing.txt",\n]\n': (
            "pyproject.toml:4: error: sources: 'missing.txt' does not exist (paths are relative to the config file)"
        ),
        '[tool.factlint]\nignore = ["x/**",\n  ["a", "b"],\n]\nfail-on = "sometimes"\n': (
            "pyproject.toml:3: error: ignore item 2: a list is not text"
        ),
        '[tool.factlint]\nsources = [\n  "a.txt",\n]\nfail-on = "sometimes"\n': (
            "pyproject.toml:5: error: fail-on: 'sometimes' is not one of error, warning, info, never"
        ),
    }
    _each_pyproject_is_one_error_line(tmp_path, cases)


def test_the_action_reads_the_base_commits_pyproject_table_when_there_is_no_factlint_yaml(runner):  # noqa: F811
    repo, temp, env = runner
    (repo / "pyproject.toml").write_text('[tool.factlint.rules]\nFL003 = "off"\n')
    _git(repo, "add", "pyproject.toml")
    _git(repo, "commit", "-qm", "config in pyproject")
    env["BASE_SHA"] = _head(repo)
    # the pull request tries to switch FL002 off too: the base's table holds
    (repo / "pyproject.toml").write_text('[tool.factlint.rules]\nFL002 = "off"\nFL003 = "off"\n')
    (repo / "articles" / "late.md").write_text("# Late\n\nSkip to content\n\nExperts say so.\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "pull request")
    assert _step("choose", repo, env).returncode == 0
    out = _outputs(temp)
    assert out["config"] == ".factlint-base-config.toml"
    env.update(DIFF_BASE=out["diff-base"], ARTICLES_FILE=out["list"], TRUSTED_CONFIG=out["config"])
    annotations = _step("check", repo, env).stdout
    assert "FL002" in annotations and "articles/late.md" in annotations
    assert "FL003" not in annotations
    # outside a pull request the checkout's table is the default config
    env.update(BASE_SHA="", CHANGED_ONLY="false")
    (temp / "output").unlink()
    assert _step("choose", repo, env).returncode == 0
    assert _outputs(temp)["config"] == "pyproject.toml"


def _import_runtime(tmp_path, **env):
    pytest.importorskip("onnxruntime")
    home = tmp_path / "home-is-a-file"  # ONNX Runtime cannot keep its device id under it
    home.write_text("")
    environ = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "ORT_DISABLE_TELEMETRY")}
    code = "from factlint.models.onnx_runtime import _import_ort; import os; _import_ort(); print(os.environ['ORT_DISABLE_TELEMETRY'])"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**environ, "HOME": str(home), **env},
        capture_output=True,
        text=True,
    )


def test_onnx_runtime_prints_no_telemetry_warning_where_home_is_not_writable(tmp_path):
    done = _import_runtime(tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "1"
    assert done.stderr == ""  # was: "[W:onnxruntime:Default, telemetry_1ds.cc:613 ...] Failed to persist ..."
    # a user's own setting is kept
    assert _import_runtime(tmp_path, ORT_DISABLE_TELEMETRY="0").stdout.strip() == "0"


def test_github_and_sarif_paths_are_from_the_repository_root_whatever_the_working_directory(tmp_path):
    import json

    desk = tmp_path / "articles" / "desk"
    desk.mkdir(parents=True)
    (desk / "a.txt").write_text(VAGUE)
    (tmp_path / ".git").mkdir()  # a repository root (all the reporters look for)
    for cwd, path in (
        (tmp_path / "articles", "desk/a.txt"),
        (desk, "a.txt"),
        (tmp_path, str(desk / "a.txt")),
    ):
        annotations = factlint("check", "--format", "github", path, cwd=cwd).stdout
        assert annotations.startswith("::warning file=articles/desk/a.txt,line=3,"), (cwd, annotations)
        sarif = json.loads(factlint("check", "--format", "sarif", path, cwd=cwd).stdout)
        location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "articles/desk/a.txt", "uriBaseId": "%SRCROOT%"}
    # the text format stays relative to the working directory (a terminal's click target)
    assert factlint("check", "desk/a.txt", cwd=tmp_path / "articles").stdout.startswith("desk/a.txt:3:")


def test_github_related_locations_are_from_the_repository_root_as_the_annotation_is(tmp_path):
    # a repeated sentence: the annotation names the repeat, its message the first telling
    desk = tmp_path / "articles" / "desk"
    desk.mkdir(parents=True)
    said = "The Orvelle council closed the ferry pier on Monday after a storm."
    (desk / "a.txt").write_text(f"Ferry pier shut\n\n{said}\n\nBoats were moved.\n\n{said}\n")
    (tmp_path / ".git").mkdir()
    for cwd, path in ((desk, "a.txt"), (tmp_path / "articles", "desk/a.txt")):
        annotations = factlint("check", "--select", "FL001", "--format", "github", path, cwd=cwd).stdout
        assert annotations.startswith("::warning file=articles/desk/a.txt,line=7,"), annotations
        assert "%0Arelated: articles/desk/a.txt:3:1" in annotations, annotations


def test_diff_on_a_renamed_article_reports_only_its_edited_lines_whatever_diff_renames_says(tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "Desk")
    git("config", "diff.renames", "false")  # a user's setting: a rename is a delete and an add
    story = (
        "# Council meets\n\nThe council met on Tuesday. Sources say the vote was close.\n\nThe mayor spoke.\n"
    )
    (tmp_path / "b.md").write_text(story)
    git("add", ".")
    git("commit", "-qm", "first")
    git("mv", "b.md", "council.md")
    (tmp_path / "council.md").write_text(story.replace("spoke.", "spoke. Critics say it was short."))
    proc = factlint("check", "--diff", "HEAD", "council.md", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.count("FL003") == 1 and "council.md:5:" in proc.stdout, (
        proc.stdout
    )


def test_a_bare_run_skips_the_pages_jekyll_built_from_the_articles(tmp_path):
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "a.md").write_text("# Council\n\nSources say the vote was close.\n")
    (tmp_path / "_site" / "stories").mkdir(parents=True)
    (tmp_path / "_site" / "stories" / "a.html").write_text(
        "<html><body><h1>Council</h1><p>Sources say the vote was close.</p></body></html>"
    )
    proc = factlint("check", cwd=tmp_path)
    assert proc.returncode == 1 and "_site" not in proc.stdout and "in 1 file" in proc.stdout, proc.stdout


def test_the_action_keys_no_cache_on_a_file_outside_the_workspace():
    # setup-python's `cache: pip` hashes only files in the workspace; keyed on the action's own
    # pyproject.toml it failed the first step in every content repository without one
    import yaml

    action = yaml.safe_load((Path(__file__).resolve().parents[1] / "action.yml").read_text())
    for step in action["runs"]["steps"]:
        settings = step.get("with", {})
        if str(step.get("uses", "")).startswith("actions/setup-python"):
            assert "cache" not in settings and "cache-dependency-path" not in settings
        assert "hashFiles(" not in str(settings.get("key", "")) or "action_path" not in str(settings["key"])


def test_a_report_is_never_written_as_pyproject_toml(tmp_path):
    (tmp_path / "a.txt").write_text(VAGUE)
    settings = '[tool.factlint]\nfail-on = "never"\n'
    (tmp_path / "pyproject.toml").write_text(settings)
    proc = factlint("check", "-o", "pyproject.toml", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and (tmp_path / "pyproject.toml").read_text() == settings
    assert proc.stderr.strip() == (
        "factlint: error: --output 'pyproject.toml' would overwrite or create a project's pyproject.toml; "
        "name a report file"
    )


def test_a_baseline_is_never_written_as_pyproject_toml(tmp_path):
    # like -o: a new pyproject.toml holding JSON broke pip, ruff and the next run's discovery
    (tmp_path / "a.txt").write_text(VAGUE)
    proc = factlint("check", "--write-baseline", "pyproject.toml", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and not (tmp_path / "pyproject.toml").exists()
    assert proc.stderr.strip() == (
        "pyproject.toml: error: refusing to write the baseline as a project's pyproject.toml"
    )


def test_the_html_view_of_a_page_hides_whole_tags_and_takes_linear_time(tmp_path):
    import time

    from factlint.linter.reporters.html import _hidden_spans

    page = (
        '<html><body><h1>Crews arrive</h1><p>The mayor <span title="a > b">spoke</span> on Monday. '
        'Sources say it.</p><p>Crews <img alt="x>y" src=a.png> arrived.</p></body></html>'
    )
    (tmp_path / "a.html").write_text(page)
    view = factlint("check", "--format", "html", "-o", "view.html", "a.html", cwd=tmp_path)
    assert view.returncode == 1
    shown = (tmp_path / "view.html").read_text()
    # the rest of a tag after a ">" inside a quoted value was shown as article text
    assert "src=a.png" not in shown and "b&quot;&gt;spoke" not in shown and "Crews  arrived." in shown
    # every unclosed "<" rescanned the rest of the page: 150 KB of "<a " took 9 s, 2 MB hours
    started = time.process_time()
    for hostile in ("<a " * 600_000, '<a "' * 500_000, "<script" * 250_000, '<a href="' * 200_000):
        assert len(_hidden_spans(hostile)) == 1
    assert time.process_time() - started < 10


def test_source_rules_alone_on_articles_without_sources_say_they_compared_nothing(tmp_path):
    # `--select FL303` where no article names a source: "No findings" would read as a pass
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.md").write_text('---\nsources: [a.txt]\n---\nThe head said "we are closed".\n')
    proc = factlint("check", "--select", "FL303", "a.txt", cwd=tmp_path)
    reason = (
        "FL303 had no sources to compare with: give --source FILE, "
        "or `sources` in the config or in the article's front matter"
    )
    assert proc.returncode == 0 and proc.stdout.strip() == f"Nothing checked in 1 file: {reason}"
    assert "No findings" not in proc.stdout and proc.stderr == ""  # said once
    proc = factlint("check", "--select", "FL303", "--format", "json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr.strip() == f"factlint: notice: {reason}"
    # a CI job reads the report, not stderr: the notice is in it (JSON against our schema)
    report = json.loads(proc.stdout)
    assert report["notices"] == [{"message": reason}] and report["findings"] == []
    jsonschema.validate(report, findings_schema())
    proc = factlint("check", "--select", "FL303", "--format", "sarif", "a.txt", cwd=tmp_path)
    invocation = json.loads(proc.stdout)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    assert invocation["toolExecutionNotifications"] == [{"level": "note", "message": {"text": reason}}]
    # one article of two has sources: the other is named in a notice
    proc = factlint("check", "--select", "FL303", "a.txt", "b.md", cwd=tmp_path)
    assert "FL303 had no sources to compare with in 1 of 2 files" in proc.stderr
    # another rule ran, or the run's sources reach every article: nothing to say
    for args in (["--select", "FL303,FL003"], ["--select", "FL303", "--source", "b.md"]):
        proc = factlint("check", *args, "a.txt", cwd=tmp_path)
        assert "sources to compare" not in proc.stdout + proc.stderr
        report = json.loads(factlint("check", *args, "--format", "json", "a.txt", cwd=tmp_path).stdout)
        assert "notices" not in report


def test_an_article_saying_sources_none_is_one_with_nothing_to_compare_with(tmp_path):
    # "sources: none" names no file (analysis/source_entries.py), yet the run counted it as an
    # article with sources: `--select FL302` on it said "No findings", which reads as a pass
    for n, value in enumerate(("none", "[none]", "n/a", "'-'")):
        (tmp_path / f"a{n}.md").write_text(f"---\nsources: {value}\n---\n{ARTICLE}")
    proc = factlint("check", "--select", "FL303", "a0.md", "a1.md", "a2.md", "a3.md", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("Nothing checked in 4 files: FL303 had no"), (
        proc.stdout + proc.stderr
    )


def test_a_baseline_moved_away_from_its_folder_says_why_it_hid_nothing(tmp_path):
    # CI reads the base branch's copy into a temporary folder: its paths, relative to its own
    # folder, named nothing there, and "hid 0 accepted findings" did not say why
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Storm in Kerrow\n\nExperts say the storm will pass.\n")
    written = factlint("check", "--write-baseline", "b.json", "news", cwd=tmp_path)
    assert written.returncode == 0
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.json").write_text((tmp_path / "b.json").read_text())
    proc = factlint("check", "--baseline", "elsewhere/b.json", "news", cwd=tmp_path)
    assert proc.returncode == 1 and "FL003" in proc.stdout
    assert (
        "the baseline elsewhere/b.json hid 0 accepted findings; none of the files it names is there: "
        f"its paths are relative to its own folder ({tmp_path / 'elsewhere'})" in proc.stderr
    )
    # in its folder it hides the finding; a file it does not name is no reason to say more
    proc = factlint("check", "--baseline", "b.json", "news", cwd=tmp_path)
    assert proc.returncode == 0 and "hid 1 accepted finding\n" in proc.stderr
    (tmp_path / "news" / "b.txt").write_text("Rain in Kerrow\n\nThe rain stopped on Monday.\n")
    proc = factlint("check", "--baseline", "b.json", "news/b.txt", cwd=tmp_path)
    assert proc.stderr.strip() == "factlint: notice: the baseline b.json hid 0 accepted findings"


def test_skip_non_articles_skips_a_named_file_a_folder_walk_would_not_check(tmp_path):
    # a hook whose `files:` pattern is wider than its types named a baseline JSON file: its
    # braces came back as scrape leftovers and its messages' quoted phrases as vague attributions
    (tmp_path / "story.txt").write_text(VAGUE)
    (tmp_path / "findings.json").write_text('{\n  "message": "Many experts say so"\n}\n')
    proc = factlint("check", "--skip-non-articles", "story.txt", "findings.json", cwd=tmp_path)
    assert "findings.json" not in proc.stdout and "story.txt:3:" in proc.stdout
    # named without the flag, a file is checked whatever its name
    assert "findings.json:" in factlint("check", "findings.json", cwd=tmp_path).stdout


def test_a_misspelt_front_matter_key_it_would_read_gets_a_notice(tmp_path):
    """`source:` for `sources:` left the quotes unchecked against the wire copy, with "No findings"
    and nothing said (h-audit26); so did `Title:` for the headline. A credit line stays quiet."""
    (tmp_path / "wire.txt").write_text("The ferry left at noon, the port said.\n")
    body = '\n"We will bring the ferry back into service," the port chief said.\n'
    (tmp_path / "a.md").write_text("---\nsource: [wire.txt]\n---\n" + body)
    (tmp_path / "b.md").write_text('---\nTitle: "Ferry back"\nsource: the port\n---\n' + body)
    (tmp_path / "c.md").write_text("---\nsources: [wire.txt]\nsource: the port\n---\n" + body)
    (tmp_path / "d.md").write_text("---\nsource: [Wire, Port office]\n---\n" + body)  # credits
    proc = factlint("check", "--select", "FL303,FL001", "a.md", "b.md", "c.md", "d.md", cwd=tmp_path)
    assert proc.stderr.splitlines() == [
        "factlint: notice: a.md: front matter key 'source' is not read (did you mean 'sources'?)",
        "factlint: notice: b.md: front matter key 'Title' is not read (did you mean 'title'?)",
    ]
    assert proc.returncode == 1 and "c.md:6:1: FL303" in proc.stdout  # the key it reads: checked


def test_an_article_the_config_ignores_says_so_when_named_or_walked_alone(tmp_path):
    """`factlint check drafts/idea.md` with `ignore: [drafts/**]` printed "No findings in 0 files"
    and nothing else (h-audit26): a writer took the draft for checked. A folder of nothing but
    ignored drafts said nothing either; a walk that checks other files stays quiet about them."""
    (tmp_path / ".factlint.yaml").write_text('ignore: ["drafts/**"]\n')
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "idea.txt").write_text(ARTICLE)
    (tmp_path / "story.txt").write_text(ARTICLE)
    named = factlint("check", "drafts/idea.txt", cwd=tmp_path)
    assert named.returncode == 0 and "No findings in 0 files" in named.stdout
    assert named.stderr.strip() == (
        "factlint: notice: drafts/idea.txt was not checked: .factlint.yaml ignores it (ignore:)"
    )
    walked = factlint("check", "drafts", cwd=tmp_path)
    assert walked.stderr.startswith("factlint: notice: 1 file(s) found in the folders were not checked")
    assert "matched by its `ignore`" in walked.stderr
    both = factlint("check", ".", cwd=tmp_path)
    assert both.stderr == "" and "in 1 file" in both.stdout

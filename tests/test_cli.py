"""The ``factlint`` command end to end.

Most tests run the real command in a subprocess. Tests that need a rule which is not installed
(or a missing NLI extra) run the same ``main()`` in-process and register test-only rules by
making ``registry.installed()`` answer them; those are marked "in-process".
The seed-article test exercises the real built-in rules.
"""

from __future__ import annotations

import json
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factlint import __version__
from factlint.linter import cli, engine, registry
from factlint.linter.errors import ModelError
from factlint.linter.finding import Severity
from factlint.linter.rule import Rule

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "moscow-beijing-trade.txt"
UNUSED = "# Port reopens\n\n<!-- factlint-disable-next-line -->\nThe harbour reopened on Tuesday.\n"
FINDING_LINE = re.compile(
    r"^(?P<path>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>[A-Z]+\d+) (?P<name>[a-z0-9-]+): \S"
)


def factlint(*args: str, cwd: Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    """``python -m factlint.linter.cli ARGS`` as its process would run it (the same ``main``, in
    ``cwd``, with ``env`` added, stdin and stdout pipes that are no terminal), in this process:
    a process of its own cost about 0.4 s of start-up a call, and this file makes ~80 calls.
    ``factlint_process`` runs one in its own process where the test is about the process."""
    streams = sys.stdin, sys.stdout, sys.stderr
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.update({"NO_COLOR": "1", **env})
    if "FACTLINT_DEBUG" not in env:
        os.environ.pop("FACTLINT_DEBUG", None)
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", newline="", write_through=True)
    try:
        os.chdir(cwd)
        code = cli.main(list(args))
    finally:
        sys.stdout.flush(), sys.stderr.flush()
        printed = out.getvalue().decode(), err.getvalue().decode()  # closed with their wrappers
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return subprocess.CompletedProcess([sys.executable, "-m", "factlint.linter.cli", *args], code, *printed)


def factlint_process(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """The CLI in a process of its own."""
    full_env = {**os.environ, "NO_COLOR": "1", **env}
    full_env.pop("FACTLINT_DEBUG", None) if "FACTLINT_DEBUG" not in env else None
    proc = subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        timeout=600,
    )
    proc.stdout, proc.stderr = proc.stdout.decode(), proc.stderr.decode()
    return proc


# --- test-only rules for in-process runs ------------------------------------------------------


class Alpha(Rule):
    """Test rule: flags sentences mentioning alpha."""

    id, name, severity = "ZZ001", "alpha-marker", Severity.WARNING

    def check(self, doc, ctx):
        for sentence in doc.sentences:
            if "alpha" in sentence.text.lower():
                yield self.finding(sentence, "sentence mentions alpha")


class NeedsModel(Rule):
    """Test rule that needs the NLI model."""

    id, name, needs_model = "ZZ009", "needs-model", True

    def check(self, doc, ctx):
        raise ModelError("model 'nowhere/nli' not found (offline)")


@pytest.fixture()
def in_process(monkeypatch, capsys, tmp_path):
    """Run ``cli.main`` here with test rules registered; returns (exit code, stdout, stderr)."""
    test_registry = registry.make_registry(
        {**registry.load_rules(), "ZZ001": Alpha, "ZZ009": NeedsModel},
        {
            **registry.installed().sources,
            "ZZ001": "tests",
            "ZZ009": "tests",
        },
    )
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


# --- basics ----------------------------------------------------------------------------------


def test_version(tmp_path):
    proc = factlint_process("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == f"factlint {__version__}"


def test_help_lists_the_commands(tmp_path):
    proc = factlint("--help", cwd=tmp_path)
    assert proc.returncode == 0
    for word in ("check", "rules", "rule"):
        assert re.search(rf"^\s+{word}\s", proc.stdout, re.M)
    check_help = factlint("check", "--help", cwd=tmp_path).stdout
    for flag in (
        "--select",
        "--ignore",
        "--fail-on",
        "--format",
        "--config",
        "--baseline",
        "--write-baseline",
        "--stdin-filename",
        "--no-cache",
        "--source",
        "--model",
        "--device",
        "--color",
    ):
        assert flag in check_help


def test_usage_error_is_one_line(tmp_path):
    proc = factlint("check", "--colour", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "factlint: error: No such option: --colour (Possible options: --color, --no-color, --source)"
    ]


def test_rules_table_lists_every_registered_rule(tmp_path):
    proc = factlint("rules", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "severity", "source", "model"]
    assert lines[1].split() == ["FL000", "unused-suppression", "info", "factlint", "no"]
    listed = [line.split()[0] for line in lines[1:] if line.strip()]
    assert listed == list(registry.load_rules())


def test_rule_prints_its_documentation(tmp_path):
    proc = factlint("rule", "FL000", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith("FL000 unused-suppression (default severity info, from factlint)")
    assert "What it flags" in proc.stdout and "Why it matters" in proc.stdout
    assert factlint("rule", "fl000", cwd=tmp_path).stdout == proc.stdout  # ids are case-insensitive here
    assert factlint("rule", "unused-suppression", cwd=tmp_path).stdout == proc.stdout  # and names work
    documented = factlint("rule", "FL101", cwd=tmp_path).stdout
    assert documented.count("Options:") == 1 and "Options (defaults)" not in documented
    # the table made from the declarations: type, range, default and doc of each option
    assert "\n    similarity_weight (number 0 or more; default 1.0): " in documented
    assert '\n    context (none | pronoun | always; default "none"): ' in documented
    assert len(documented.splitlines()) <= 70  # docs for a user; measurements live elsewhere


def test_rule_with_an_unknown_id_names_the_closest(tmp_path):
    proc = factlint("rule", "FL0000", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "factlint: error: unknown rule id 'FL0000' (did you mean 'FL000'?)"


def test_rule_takes_a_name_as_typed_and_points_a_word_of_a_name_at_its_rules(tmp_path):
    """A new user's tries (h-audit26): a name with "_" found nothing, a word of a name ("vague")
    and two ids at once got no hint, or one to the second id only."""
    page = factlint("rule", "FL002", cwd=tmp_path).stdout
    assert factlint("rule", "scrape_leftover", cwd=tmp_path).stdout == page
    quote = factlint("rule", "quote", cwd=tmp_path)
    assert quote.returncode == 2 and quote.stderr.strip() == (
        "factlint: error: unknown rule 'quote' (did you mean 'unattributed-quote' (FL004) "
        "or 'quote-not-in-source' (FL303)?)"
    )
    typo = factlint("rule", "vague-atribution", cwd=tmp_path)
    assert typo.stderr.strip() == (
        "factlint: error: unknown rule 'vague-atribution' (did you mean 'vague-attribution' (FL003)?)"
    )
    both = factlint("rule", "FL101,fl102", cwd=tmp_path)
    assert both.returncode == 2 and both.stderr.strip() == (
        "factlint: error: factlint rule prints one rule: name one at a time (FL101, FL102)"
    )


# --- the seed article with the real built-in rules ---------------------------------------------


def test_seed_article_exits_1_with_file_line_col_findings(tmp_path):
    model_free = [r for r, cls in registry.load_rules().items() if not cls.needs_model and r != "FL000"]
    if not model_free:
        pytest.skip("no built-in model-free rules registered yet")
    proc = factlint("check", "--select", ",".join(model_free), "seeds/moscow-beijing-trade.txt", cwd=REPO)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    matches = [FINDING_LINE.match(line) for line in proc.stdout.splitlines()]
    found = [m for m in matches if m]
    assert found, proc.stdout
    assert {m["path"] for m in found} == {"seeds/moscow-beijing-trade.txt"}
    assert {m["rule"] for m in found} <= set(model_free)
    # The headline sentence is repeated verbatim on lines 3 and 5.
    if "FL001" in model_free:
        assert any(m["rule"] == "FL001" and m["line"] in ("3", "5") for m in found)


def test_seed_article_with_json_output_parses(tmp_path):
    proc = factlint("check", "--select", "FL000", "--format", "json", str(SEED), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["findings"] == [] and report["files"] == [str(SEED)]


# --- check ------------------------------------------------------------------------------------


def test_stdin_with_stdin_filename(tmp_path):
    proc = factlint(
        "check",
        "--select",
        "FL000",
        "-",
        "--stdin-filename",
        "desk/draft.md",
        cwd=tmp_path,
        stdin=UNUSED.encode(),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("desk/draft.md:3:1: FL000 unused-suppression: ")


def test_stdin_format_comes_from_the_stdin_filename_else_plain_text(tmp_path):
    # A Markdown heading is the headline of a .md draft; in plain text "# ..." is a short line
    # above the story (FL002), unless its words are the story's (then it reads as its headline).
    # The help and the README say so.
    draft = "# Weather and traffic\n\nThe harbour reopened on Tuesday, the port authority said.\n"
    named = factlint("check", "-", "--stdin-filename", "draft.md", cwd=tmp_path, stdin=draft.encode())
    assert (named.returncode, named.stdout.strip()) == (0, "No findings in 1 file"), named.stderr
    nameless = factlint("check", "--select", "FL002", "-", cwd=tmp_path, stdin=draft.encode())
    assert nameless.stdout.startswith("<stdin>:1:1: FL002 "), nameless.stdout
    assert "stdin is plain text" in " ".join(factlint("check", "--help", cwd=tmp_path).stdout.split())


def test_select_accepts_commas_and_repeats(in_process, tmp_path):
    (tmp_path / "a.md").write_text(
        "# News\n\nThe alpha team won.\n\n<!-- factlint-disable-next-line -->\nEnd.\n"
    )
    code, out, _ = in_process("check", "--select", "ZZ001,FL000", "a.md")
    assert {m["rule"] for m in map(FINDING_LINE.match, out.splitlines()) if m} == {"ZZ001", "FL000"}
    code, out, _ = in_process("check", "--select", "ZZ001", "--select", "FL000", "--ignore", "FL000", "a.md")
    assert {m["rule"] for m in map(FINDING_LINE.match, out.splitlines()) if m} == {"ZZ001"}


def test_unknown_select_id_is_one_error_line(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    proc = factlint("check", "--select", "FL00", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert (
        proc.stderr.strip() == "factlint: error: unknown rule id 'FL00' in --select (did you mean 'FL000'?)"
    )


def test_a_rule_name_where_an_id_belongs_says_which_id(tmp_path):
    # `factlint rule vague-attribution` works, so a newcomer wrote the name in --select and in
    # the config and got "unknown rule id" with no hint
    (tmp_path / "a.md").write_text(UNUSED)
    proc = factlint("check", "--select", "vague-attribution", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        "factlint: error: unknown rule id 'vague-attribution' in --select "
        "('vague-attribution' is the name of FL003: write the id, 'FL003')",
    )
    (tmp_path / "c.yaml").write_text("rules:\n  Duplicated-Sentence: info\n")
    proc = factlint("check", "--config", "c.yaml", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        "c.yaml:2: error: unknown rule id 'Duplicated-Sentence' in rules "
        "('Duplicated-Sentence' is the name of FL001: write the id, 'FL001')",
    )


@pytest.mark.parametrize(
    "args, code",
    [
        ([], 1),  # default fail-on: warning
        (["--fail-on", "warning"], 1),
        (["--fail-on", "error"], 0),
        (["--fail-on", "never"], 0),
    ],
)
def test_fail_on_thresholds(in_process, tmp_path, args, code):
    (tmp_path / "a.md").write_text("# News\n\nThe alpha team won.\n")
    assert in_process("check", "--select", "ZZ001", *args, "a.md")[0] == code


def test_info_findings_fail_only_with_fail_on_info(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    assert factlint("check", "--select", "FL000", "a.md", cwd=tmp_path).returncode == 0
    assert factlint("check", "--select", "FL000", "--fail-on", "info", "a.md", cwd=tmp_path).returncode == 1


def test_fail_on_from_config(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    (tmp_path / ".factlint.yaml").write_text("fail-on: info\n")
    assert factlint("check", "--select", "FL000", "a.md", cwd=tmp_path).returncode == 1


def test_config_discovery_nearest_wins(tmp_path):
    (tmp_path / ".factlint.yaml").write_text("rules:\n  FL000: error\n")
    (tmp_path / "sport").mkdir()
    (tmp_path / "sport" / ".factlint.yaml").write_text("rules:\n  FL000: off\n")
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "a.md").write_text(UNUSED)
    (tmp_path / "sport" / "b.md").write_text(UNUSED)
    proc = factlint("check", ".", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    found = [m for m in map(FINDING_LINE.match, proc.stdout.splitlines()) if m]
    assert [(m["path"], m["rule"]) for m in found if m["rule"] == "FL000"] == [("politics/a.md", "FL000")]
    assert "[error]" in proc.stdout


def test_config_with_unknown_key_points_at_line_and_suggests(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    (tmp_path / ".factlint.yaml").write_text("model: x\nfail_on: error\n")
    proc = factlint("check", "--select", "FL000", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ".factlint.yaml:2: error: unknown key 'fail_on' (did you mean 'fail-on'?)"


def test_explicit_config_flag(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    (tmp_path / "team.yaml").write_text("rules:\n  FL000: off\n")
    assert (
        factlint("check", "--config", "team.yaml", "a.md", "--fail-on", "info", cwd=tmp_path).returncode == 0
    )
    proc = factlint("check", "--config", "missing.yaml", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip() == "missing.yaml: error: config file not found"


def test_write_baseline_then_check_with_it(in_process, tmp_path):
    (tmp_path / "a.md").write_text("# News\n\nThe alpha team won.\n")
    code, out, err = in_process("check", "--select", "ZZ001", "a.md", "--write-baseline", "baseline.json")
    assert code == 0 and out == "" and "wrote 1 finding(s)" in err
    (tmp_path / "a.md").write_text("# News\n\nA new first paragraph.\n\nThe alpha team won.\n")
    code, out, _ = in_process("check", "--select", "ZZ001", "a.md", "--baseline", "baseline.json")
    assert code == 0 and "No findings" in out
    code, out, _ = in_process("check", "--select", "ZZ001", "a.md")
    assert code == 1 and "a.md:5:1: ZZ001 alpha-marker" in out


def test_color_only_when_asked_or_on_a_terminal(tmp_path):
    (tmp_path / "a.md").write_text(UNUSED)
    plain = factlint("check", "--select", "FL000", "a.md", cwd=tmp_path)
    assert "\x1b[" not in plain.stdout
    coloured = factlint("check", "--select", "FL000", "--color", "a.md", cwd=tmp_path)
    assert "\x1b[" in coloured.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_every_format_renders(tmp_path, fmt):
    (tmp_path / "a.md").write_text(UNUSED)
    proc = factlint("check", "--select", "FL000", "--format", fmt, "a.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "a.md" in proc.stdout
    if fmt in ("json", "sarif"):
        json.loads(proc.stdout)


# --- model rules and errors ---------------------------------------------------------------------


def test_model_rule_without_the_extra(in_process, tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "nli_available", lambda: False)
    (tmp_path / "a.md").write_text("# News\n\nThe alpha team won.\n")
    code, out, err = in_process("check", "--select", "ZZ009", "a.md")
    assert code == 2 and out == ""
    assert err.strip() == "factlint: error: ZZ009 needs the NLI model: pip install onnxruntime numpy"
    # Not selected explicitly: skipped, with one notice, and the other rules still run.
    test_registry = registry.make_registry({"ZZ001": Alpha, "ZZ009": NeedsModel})
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    code, out, err = in_process("check", "a.md")
    assert code == 1 and "ZZ001 alpha-marker" in out
    assert err.strip().splitlines() == [
        "factlint: notice: skipping ZZ009: the NLI model is not installed (pip install onnxruntime numpy)"
    ]


def test_model_error_is_one_line(in_process, tmp_path):
    (tmp_path / "a.md").write_text("# News\n\nThe alpha team won.\n")
    code, out, err = in_process("check", "--select", "ZZ009", "a.md")
    assert code == 2
    assert err.strip() == "factlint: error: model 'nowhere/nli' not found (offline)"


def test_internal_error_is_one_line_unless_debugging(in_process, tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(UNUSED)

    def broken(paths, opts):
        raise RuntimeError("something unexpected")

    monkeypatch.setattr(engine, "check_paths", broken)
    code, out, err = in_process("check", "a.md")
    assert code == 2 and err.strip() == "factlint: internal error: RuntimeError: something unexpected"
    monkeypatch.setenv("FACTLINT_DEBUG", "1")
    code, out, err = in_process("check", "a.md")
    assert code == 2 and "Traceback" in err and err.strip().endswith("RuntimeError: something unexpected")


def test_a_broken_plugin_is_one_line_naming_the_entry_point(tmp_path):
    # A distribution whose entry point cannot be imported, made visible through PYTHONPATH.
    site = tmp_path / "site"
    dist = site / "broken_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[factlint.rules]\nXX900 = broken_plugin_nowhere:Rule\n")
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    proc = factlint_process("rules", cwd=tmp_path, PYTHONPATH=path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(
        "factlint: error: rule plugin entry point 'XX900 = broken_plugin_nowhere:Rule' "
        "(from broken-plugin) failed to load: ModuleNotFoundError"
    )


# --- usage mistakes that must fail loudly rather than pass quietly ---------------------------

VAGUE = "# Budget\n\nExperts say the budget is too small.\n"


def test_an_empty_select_is_a_usage_error(tmp_path):
    """`--select "$RULES"` with an empty variable would otherwise run nothing and pass."""
    (tmp_path / "a.md").write_text(VAGUE)
    for value in ("", ",", " , "):
        proc = factlint("check", "--select", value, "a.md", cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.strip() == "factlint: error: --select names no rule id"
        assert proc.stdout == ""


def test_an_empty_ignore_ignores_nothing(tmp_path):
    (tmp_path / "a.md").write_text(VAGUE)
    proc = factlint("check", "--select", "FL003", "--ignore", "", "a.md", cwd=tmp_path)
    assert proc.returncode == 1 and "FL003" in proc.stdout


def test_rule_ids_on_the_command_line_match_case_insensitively(tmp_path):
    (tmp_path / "a.md").write_text(VAGUE)
    lower = factlint("check", "--select", "fl003", "--format", "json", "a.md", cwd=tmp_path)
    upper = factlint("check", "--select", "FL003", "--format", "json", "a.md", cwd=tmp_path)
    assert lower.returncode == upper.returncode == 1
    assert lower.stdout == upper.stdout and '"FL003"' in lower.stdout
    ignored = factlint("check", "--select", "FL003,FL001", "--ignore", "fl003", "a.md", cwd=tmp_path)
    assert ignored.returncode == 0 and "FL003" not in ignored.stdout, ignored.stdout


def test_stdin_filename_without_stdin_is_a_usage_error(tmp_path):
    (tmp_path / "a.md").write_text(VAGUE)
    proc = factlint("check", "--stdin-filename", "x.md", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "--stdin-filename" in proc.stderr and "'-'" in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_model_path_fails_even_when_no_pair_reaches_the_model(tmp_path):
    """One sentence: FL101 has no pair to score, yet the typo in the model path is reported."""
    (tmp_path / "a.md").write_text("# Port\n\nThe harbour reopened on Tuesday.\n")
    proc = factlint("check", "--select", "FL101", "--model", "./no-such-model", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "factlint: error: model folder or file not found: ./no-such-model"
    (tmp_path / ".factlint.yaml").write_text("model: ./no-such-model\n")
    proc = factlint("check", "--select", "FL101", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    # a config's relative path is taken from the config's folder, and the error says where it looked
    missing = (tmp_path / "no-such-model").resolve()
    assert proc.stderr.strip() == f".factlint.yaml: error: model folder or file not found: {missing}"


def test_a_configs_model_folder_is_found_from_the_configs_folder_wherever_factlint_starts(tmp_path):
    # 'model: ./nli' in desk/.factlint.yaml was looked up in the working directory: from the
    # repository root it was "not found", from desk/ it was found
    desk = tmp_path / "desk"
    (desk / "nli").mkdir(parents=True)
    (desk / ".factlint.yaml").write_text("model: ./nli\n")
    (desk / "a.md").write_text("# Port\n\nThe harbour reopened on Tuesday.\n")  # no pair reaches the model
    from_root = factlint("check", "--select", "FL101", "desk/a.md", cwd=tmp_path)
    from_desk = factlint("check", "--select", "FL101", "a.md", cwd=desk)
    assert from_root.returncode == from_desk.returncode == 0, from_root.stderr
    (desk / "nli").rmdir()
    missing = factlint("check", "--select", "FL101", "desk/a.md", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip() == (
        f"desk/.factlint.yaml: error: model folder or file not found: {(desk / 'nli').resolve()}"
    )


def test_a_missing_model_path_does_not_matter_to_model_free_rules(tmp_path):
    (tmp_path / "a.md").write_text(VAGUE)
    proc = factlint("check", "--select", "FL003", "--model", "./no-such-model", "a.md", cwd=tmp_path)
    assert proc.returncode == 1 and "FL003" in proc.stdout


def test_help_shows_plain_placeholders(tmp_path):
    proc = factlint("check", "--help", cwd=tmp_path)
    assert "--select IDS" in proc.stdout and "--config FILE" in proc.stdout
    assert "<str>" not in proc.stdout


def test_an_impossible_front_matter_date_is_one_error_line(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Budget\ndate: 2024-02-30\n---\nExperts say so.\n")
    (tmp_path / "b.md").write_text(VAGUE)
    proc = factlint("check", "--select", "FL003", "a.md", "b.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == "a.md:3: error: front matter has an impossible date '2024-02-30' (day is out of range for month)"
    )
    assert "b.md:3:1: FL003" in proc.stdout  # the other article is still checked


@pytest.mark.parametrize(
    "args, line",
    [
        (["--jobs", "abc"], "factlint: error: --jobs: 'abc' is not a number of worker processes (1 or more)"),
        (["-j", "2.5"], "factlint: error: --jobs: '2.5' is not a number of worker processes (1 or more)"),
        (["--timeout", "soon"], "factlint: error: --timeout: 'soon' is not a number of seconds (0 or more)"),
        (["--timeout", "-1"], "factlint: error: --timeout: -1 is not a number of seconds (0 or more)"),
    ],
)
def test_a_bad_number_for_jobs_or_timeout_is_one_plain_line(tmp_path, args, line):
    # typer's own wording was "Invalid value for '--jobs' / '-j': Input should be a valid integer, ..."
    (tmp_path / "a.md").write_text("# Port reopens\n\nThe harbour reopened on Tuesday.\n")
    proc = factlint("check", *args, "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr.strip()) == (2, "", line)


def test_jobs_and_timeout_given_as_numbers_still_run(tmp_path):
    (tmp_path / "a.md").write_text("# Port reopens\n\nThe harbour reopened on Tuesday, the port said.\n")
    proc = factlint("check", "--select", "FL003", "-j", "1", "--timeout", "60", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stdout.strip()) == (0, "No findings in 1 file"), proc.stderr


def test_a_whole_web_page_on_stdin_without_a_name_is_read_as_html(tmp_path):
    # `curl URL | factlint check -`: read as plain text, the menu's markup became "quotes" and
    # "link leftovers"; a fragment without <!doctype html> / <html> stays plain text
    page = (
        "<!DOCTYPE html>\n<html><head><title>Port reopens</title></head><body>\n"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>\n'
        "<article><h1>Port reopens after storm</h1>\n"
        "<p>The harbour reopened on Tuesday, the port authority said.</p>\n"
        "<p>Experts say the repairs will take a year.</p></article></body></html>\n"
    )
    proc = factlint("check", "--select", "FL002,FL003,FL004", "-", cwd=tmp_path, stdin=page.encode())
    assert proc.returncode == 1, proc.stderr
    assert [line.split(": ")[0] for line in proc.stdout.splitlines() if line.startswith("<stdin>")] == [
        "<stdin>:6:4"
    ]
    assert "FL003 vague-attribution" in proc.stdout
    fragment = factlint(
        "check", "--select", "FL002", "-", cwd=tmp_path, stdin=b"<p>The harbour reopened.</p>\n"
    )
    assert fragment.stdout.startswith("<stdin>:1:1: FL002 "), fragment.stdout


def test_a_folder_without_articles_is_an_error_but_no_file_left_unchecked(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.md").write_text("# Port reopens\n\nThe harbour reopened on Tuesday, the port said.\n")
    proc = factlint("check", "--select", "FL003", "empty", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("empty: error: no articles found in this folder")
    # was "No findings in 1 file; 1 file could not be checked": there was no such file
    assert proc.stdout.strip() == "No findings in 1 file; 1 error"


def test_a_folder_given_as_source_is_one_usage_error(tmp_path):
    (tmp_path / "wire").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("# Port reopens\n\nThe harbour reopened on Tuesday, the port said.\n")
    proc = factlint("check", "--source", "wire", "a.md", "b.md", cwd=tmp_path)
    # was one "cannot be read: is a directory" line per article
    assert (proc.returncode, proc.stdout, proc.stderr.strip()) == (
        2,
        "",
        "factlint: error: --source 'wire' is a folder: name each source file (--source FILE, repeatable)",
    )


def test_the_report_never_overwrites_a_baseline_a_config_or_a_git_file(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    article = tmp_path / "a.md"
    article.write_text("# Port reopens\n\nExperts say the harbour will reopen on Tuesday.\n")
    accepted = factlint("check", "--write-baseline", "accepted.json", "a.md", cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    (tmp_path / ".factlint.yaml").write_text("fail-on: error\n")
    git_config = (tmp_path / ".git" / "config").read_text()
    for output, line in (
        ("accepted.json", "would overwrite a factlint baseline (--write-baseline updates it)"),
        (".factlint.yaml", "would overwrite a factlint config"),
        (".git/config", "is inside a .git folder; name a report file"),
    ):
        before = (tmp_path / output).read_bytes()
        proc = factlint("check", "-o", output, "a.md", cwd=tmp_path)
        assert (proc.returncode, proc.stderr.strip()) == (2, f"factlint: error: --output {output!r} {line}")
        assert (tmp_path / output).read_bytes() == before
    assert (tmp_path / ".git" / "config").read_text() == git_config
    # nor creates one: a report named .factlint.yaml became the folder's config, and every later
    # run stopped on "malformed YAML" in it
    (tmp_path / "desk").mkdir()
    proc = factlint("check", "-o", "desk/.factlint.yaml", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        "factlint: error: --output 'desk/.factlint.yaml' would create a factlint config; name a report file",
    )
    assert not (tmp_path / "desk" / ".factlint.yaml").exists()
    # an earlier report is replaced as before
    (tmp_path / "report.txt").write_text("old report\n")
    proc = factlint("check", "-o", "report.txt", "a.md", cwd=tmp_path)
    assert proc.returncode == 0 and "FL003" in (tmp_path / "report.txt").read_text()


def test_include_and_ignore_globs_written_from_the_config_folder(tmp_path):
    # `include: ["./*.md"]` matched nothing, so CI passed having checked nothing; `../**` can
    # never match (a config applies to the articles below it) and is now an error at its line
    (tmp_path / "story.md").write_text("# Port reopens\n\nExperts say the harbour will reopen.\n")
    (tmp_path / "notes.md").write_text("# Notes\n\nCritics argue the plan is late.\n")
    (tmp_path / ".factlint.yaml").write_text('include: ["./story.md"]\n')
    walked = factlint("check", "--select", "FL003", cwd=tmp_path)
    assert walked.returncode == 1 and walked.stdout.startswith("story.md:3:1: FL003 "), walked.stderr
    assert "notes.md" not in walked.stdout
    (tmp_path / ".factlint.yaml").write_text('ignore: ["./story.md"]\n')
    ignored = factlint("check", "--select", "FL003", "story.md", cwd=tmp_path)
    assert (ignored.returncode, ignored.stdout.strip()) == (0, "No findings in 0 files")
    (tmp_path / ".factlint.yaml").write_text("include:\n  - story.md\n  - ../**\n")
    outside = factlint("check", "--select", "FL003", "story.md", cwd=tmp_path)
    assert outside.returncode == 2
    assert outside.stderr.strip() == (
        ".factlint.yaml:3: error: include: bad glob '../**': '..' never matches: globs are relative "
        "to the config's folder, and a config applies only to the articles below it"
    )


def test_empty_stdin_is_empty_input_not_an_empty_file(tmp_path):
    empty = factlint("check", "-", cwd=tmp_path, stdin=b"")
    assert (empty.returncode, empty.stderr.strip()) == (2, "<stdin>: error: empty input: nothing to check")
    blank = factlint("check", "-", cwd=tmp_path, stdin=b"\n \n")
    assert blank.stderr.strip() == "<stdin>: error: input holds only whitespace: nothing to check"
    (tmp_path / "a.md").write_text("")
    assert (
        factlint("check", "a.md", cwd=tmp_path).stderr.strip() == "a.md: error: empty file: nothing to check"
    )


def test_help_names_arguments_without_python_types(tmp_path):
    # typer printed "PATH <list[str]>" and "RULE <str>": Python's types, nothing a user types
    for command in ("check", "rule", "archive"):
        shown = factlint(command, "--help", cwd=tmp_path).stdout
        assert "<list[str]>" not in shown and "<str>" not in shown, shown
    assert "\n  PATH  Articles or folders to check" in factlint("check", "--help", cwd=tmp_path).stdout


def test_an_output_that_cannot_be_written_is_one_error_line(tmp_path, monkeypatch):
    # a read-only folder or file system ended as "internal error: OSError: ... '.r.txt.xyz.tmp'"
    # (naming our temporary file, not the user's) after the whole run
    import errno
    import tempfile

    (tmp_path / "a.md").write_text("# Port reopens\n\nExperts say the harbour will reopen.\n")
    (tmp_path / "a.md.d").write_text("a file, not a folder\n")
    proc = factlint("check", "-o", "a.md.d/report.txt", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        "factlint: error: --output 'a.md.d/report.txt': folder 'a.md.d' is not a folder",
    )
    (tmp_path / "ro").mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if str(p).endswith("ro") else real_access(p, mode, **kw)
    )
    proc = factlint("check", "-o", "ro/report.txt", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr.strip()) == (
        2,
        "",
        "factlint: error: --output 'ro/report.txt': folder 'ro' is not writable",
    )
    proc = factlint("check", "--write-baseline", "ro/b.json", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        "ro/b.json: error: the baseline's folder is not writable",
    )

    def read_only(*args, **kwargs):  # the file system refuses at the write itself
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    for flag, name in (("-o", "report.txt"), ("--write-baseline", "b.json")):
        proc = factlint("check", flag, name, "a.md", cwd=tmp_path)
        assert proc.returncode == 2 and "internal error" not in proc.stderr
        assert proc.stderr.strip().endswith(f"{name}: error: cannot write it: Read-only file system")

"""The engine: file discovery, per-file configs, rule selection, thresholds, model rules, errors.

Test-only rules flag sentences containing a marker word (``ZZ001`` "alpha" at warning,
``ZZ002`` "beta" at info, ``ZZ009`` "gamma" needing the NLI model), so the assertions do not
depend on how the built-in rules evolve. They are registered by making
``registry.installed()`` answer the real rules plus them.
"""

from __future__ import annotations

import gc
import os
import re
from pathlib import Path

import pytest

from factlint.linter import engine, registry
from factlint.linter.engine import RunOptions, check_paths, lint_text
from factlint.linter.errors import ConfigError, ModelError
from factlint.linter.finding import Severity
from factlint.linter.rule import Rule


class _Marker(Rule):
    word = ""

    def check(self, doc, ctx):
        for sentence in doc.sentences:
            if re.search(rf"\b{self.word}\b", sentence.text, re.I):
                yield self.finding(sentence, f"sentence mentions {self.word}")


class Alpha(_Marker):
    """Test rule: flags sentences mentioning alpha."""

    id, name, word, severity = "ZZ001", "alpha-marker", "alpha", Severity.WARNING
    defaults = {"word": "alpha"}

    def check(self, doc, ctx):
        self.word = self.options["word"]
        return super().check(doc, ctx)


class Beta(_Marker):
    """Test rule: flags sentences mentioning beta."""

    id, name, word, severity = "ZZ002", "beta-marker", "beta", Severity.INFO


class Gamma(_Marker):
    """Test rule that claims to need the NLI model."""

    id, name, word, needs_model = "ZZ009", "gamma-model", "gamma", True


class Crashes(Rule):
    """Test rule with a bug."""

    id, name = "ZZ010", "crashes"

    def check(self, doc, ctx):
        yield self.finding(doc.sentences[0], "half-way there")  # dropped: the rule then crashes
        raise ZeroDivisionError("division by zero in a plugin")


class ModelMissing(Rule):
    """Test rule whose model cannot be loaded."""

    id, name, needs_model = "ZZ011", "model-missing", True

    def check(self, doc, ctx):
        raise ModelError("model 'nowhere/nli' not found (offline)")


TEST_RULES = {"ZZ001": Alpha, "ZZ002": Beta, "ZZ009": Gamma, "ZZ010": Crashes, "ZZ011": ModelMissing}
SAFE = ["ZZ001", "ZZ002", "FL000"]  # what most tests select


@pytest.fixture(autouse=True)
def with_test_rules(monkeypatch):
    real = registry.load_rules()
    test_registry = registry.make_registry({**real, **TEST_RULES})
    monkeypatch.setattr(registry, "installed", lambda: test_registry)


@pytest.fixture()
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(path: Path | str, text: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ALPHA = "# Sports news\n\nThe alpha team won on Sunday.\n"
BETA = "# Results\n\nThe beta team lost on Monday.\n"
PLAIN = "# Quiet news\n\nNothing happened on Tuesday.\n"


def run(paths, **kw) -> engine.CheckResult:
    kw.setdefault("select", list(SAFE))
    if kw["select"] is None:  # all rules: but not the misbehaving test rules
        kw.setdefault("ignore", ["ZZ009", "ZZ010", "ZZ011"])
    return check_paths(list(paths), RunOptions(**kw))


def test_folders_are_walked_recursively_in_sorted_order_skipping_hidden(in_tmp):
    put("news/b.md", ALPHA)
    put("news/a/z.txt", ALPHA)
    put("news/a/y.html", "<h1>Sports</h1><p>The alpha team won.</p>")
    put("news/.drafts/hidden.md", ALPHA)
    put("news/.hidden.md", ALPHA)
    put("news/notes.docx", "not an article")
    result = run(["news"])
    assert result.files == ["news/a/y.html", "news/a/z.txt", "news/b.md"]
    assert [f.path for f in result.findings] == result.files
    assert result.errors == []


def test_display_paths_keep_what_the_user_typed(in_tmp):
    put("news/a.md", ALPHA)
    assert run(["./news/"]).files == ["news/a.md"]
    assert run([str(in_tmp / "news")]).files == [str(in_tmp / "news" / "a.md")]


def test_same_file_twice_is_checked_once(in_tmp):
    put("a.md", ALPHA)
    assert run(["a.md", "./a.md", "."]).files == ["a.md"]


def test_missing_path_and_empty_folder_are_errors_but_other_files_are_checked(in_tmp):
    put("a.md", ALPHA)
    (in_tmp / "empty").mkdir()
    put("empty/readme.rst", "not an article")
    result = run(["missing.md", "empty", "a.md"])
    assert [(e.path, e.message) for e in result.errors] == [
        ("empty", "no articles found in this folder (looked for .md, .markdown, .txt, .html, .htm)"),
        ("missing.md", "no such file or directory"),
    ]
    assert [f.path for f in result.findings] == ["a.md"]
    assert result.exit_code == 2


def test_nearest_config_wins_per_file(in_tmp):
    put(".factlint.yaml", "rules:\n  ZZ001: error\n")
    put("sport/.factlint.yaml", "rules:\n  ZZ001: off\n")
    put("politics/a.md", ALPHA)
    put("sport/b.md", ALPHA)
    result = run(["politics", "sport"], select=None)
    zz = [(f.path, str(f.severity)) for f in result.findings if f.rule_id == "ZZ001"]
    assert zz == [("politics/a.md", "error")]


def test_ignore_globs_apply_to_walked_and_named_files(in_tmp):
    put(".factlint.yaml", "ignore: ['archive/**', '*.txt']\n")
    put("archive/2019/old.md", ALPHA)
    put("live/new.md", ALPHA)
    put("live/notes.txt", ALPHA)
    assert run(["."]).files == ["live/new.md"]
    assert run(["archive/2019/old.md"]).files == []


def test_explicit_config_is_used_for_every_file_and_its_errors_stop_the_run(in_tmp):
    put("nested/.factlint.yaml", "rules:\n  ZZ001: off\n")
    put("nested/a.md", ALPHA)
    put("cfg/team.yaml", "rules:\n  ZZ001: error\n")
    result = run(["nested"], select=None, config="cfg/team.yaml")
    assert [str(f.severity) for f in result.findings if f.rule_id == "ZZ001"] == ["error"]
    put("cfg/broken.yaml", "rules: [\n")
    with pytest.raises(ConfigError, match="malformed YAML"):
        run(["nested"], config="cfg/broken.yaml")


def test_a_broken_discovered_config_fails_its_files_only(in_tmp):
    put("bad/.factlint.yaml", "fail-on: error\nrulez: {}\n")
    put("bad/a.md", ALPHA)
    put("bad/b.md", ALPHA)
    put("good/c.md", ALPHA)
    result = run(["bad", "good"])
    assert [str(e) for e in result.errors] == [
        "bad/.factlint.yaml:2: error: unknown key 'rulez' (did you mean 'rules'?)"
    ]
    assert [f.path for f in result.findings] == ["good/c.md"]
    assert result.exit_code == 2


def test_select_and_ignore(in_tmp):
    put("a.md", ALPHA + "\nThe beta team lost.\n")
    assert {f.rule_id for f in run(["a.md"]).findings} == {"ZZ001", "ZZ002"}
    assert {f.rule_id for f in run(["a.md"], select=["ZZ002"]).findings} == {"ZZ002"}
    assert {f.rule_id for f in run(["a.md"], ignore=["ZZ001"]).findings} == {"ZZ002"}


def test_select_overrides_off_in_config(in_tmp):
    put(".factlint.yaml", "rules:\n  ZZ001: off\n")
    put("a.md", ALPHA)
    assert run(["a.md"], select=["ZZ001"]).findings[0].rule_id == "ZZ001"


def test_unknown_ids_in_select_or_ignore_name_the_closest(in_tmp):
    put("a.md", ALPHA)
    with pytest.raises(ConfigError, match=r"unknown rule id 'ZZ01' in --select \(did you mean 'ZZ001'\?\)"):
        run(["a.md"], select=["ZZ01"])
    with pytest.raises(ConfigError, match="in --ignore"):
        run(["a.md"], ignore=["ZZ0002"])


@pytest.mark.parametrize(
    "fail_on, expected",
    [
        (None, 1),  # default: warning
        ("error", 0),
        ("warning", 1),
        ("info", 1),
        ("never", 0),
    ],
)
def test_fail_on_thresholds_with_a_warning(in_tmp, fail_on, expected):
    put("a.md", ALPHA)
    assert run(["a.md"], fail_on=fail_on).exit_code == expected


def test_info_findings_fail_only_at_fail_on_info(in_tmp):
    put("b.md", BETA)
    assert run(["b.md"]).exit_code == 0
    assert run(["b.md"], fail_on="info").exit_code == 1


def test_fail_on_from_the_file_config(in_tmp):
    put("strict/.factlint.yaml", "fail-on: info\n")
    put("strict/b.md", BETA)
    put("lax/b.md", BETA)
    assert run(["lax"]).exit_code == 0
    assert run(["strict"]).exit_code == 1
    assert run(["strict"], fail_on="never").exit_code == 0  # the command line wins


def test_bad_fail_on_value(in_tmp):
    put("a.md", ALPHA)
    with pytest.raises(ConfigError, match="did you mean 'warning'"):
        run(["a.md"], fail_on="warnings")


def test_stdin_with_a_filename_uses_its_folder_config(in_tmp):
    put("desk/.factlint.yaml", "rules:\n  ZZ001: error\n")
    result = run(["-"], select=None, stdin=ALPHA.encode(), stdin_filename="desk/new.md")
    (finding,) = [f for f in result.findings if f.rule_id == "ZZ001"]
    assert (finding.path, str(finding.severity)) == ("desk/new.md", "error")
    assert result.files == ["desk/new.md"]


def test_stdin_without_a_name(in_tmp):
    result = run(["-"], stdin=ALPHA.encode())
    assert [f.path for f in result.findings] == ["<stdin>"]


def test_model_rule_is_skipped_with_one_notice_without_the_nli_extra(in_tmp, monkeypatch):
    monkeypatch.setattr(engine, "nli_available", lambda: False)
    put("a.md", "# Science\n\nThe gamma ray.\n")
    put("b.md", "# Science\n\nAnother gamma ray.\n")
    result = run(["a.md", "b.md"], select=None, ignore=["ZZ010", "ZZ011"])
    assert not [f for f in result.findings if f.rule_id == "ZZ009"]
    assert len(result.notices) == 1 and "ZZ009" in result.notices[0]
    assert "pip install onnxruntime numpy" in result.notices[0]


def test_inside_a_pre_commit_hook_the_hint_says_how_to_give_the_hook_the_model(in_tmp, monkeypatch):
    monkeypatch.setattr(engine, "nli_available", lambda: False)
    monkeypatch.setenv("PRE_COMMIT", "1")  # what pre-commit sets for its hooks
    put("a.md", "# Science\n\nThe gamma ray.\n")
    result = run(["a.md"], select=None, ignore=["ZZ010", "ZZ011"])
    assert "pip install" not in result.notices[0]
    assert "additional_dependencies: [onnxruntime, numpy]" in result.notices[0]


def test_model_rule_selected_explicitly_without_the_nli_extra_is_an_error(in_tmp, monkeypatch):
    monkeypatch.setattr(engine, "nli_available", lambda: False)
    put("a.md", PLAIN)
    with pytest.raises(ConfigError) as info:
        run(["a.md"], select=["ZZ009"])
    assert str(info.value) == "ZZ009 needs the NLI model: pip install onnxruntime numpy"
    put(".factlint.yaml", "fail-on: error\nrules:\n  ZZ009: warning\n")
    result = run(["a.md"], select=None, ignore=["ZZ010", "ZZ011"])
    assert [str(e) for e in result.errors] == [
        ".factlint.yaml:3: error: ZZ009 needs the NLI model: pip install onnxruntime numpy"
    ]


def test_model_rule_runs_when_the_extra_is_there(in_tmp, monkeypatch):
    monkeypatch.setattr(engine, "nli_available", lambda: True)
    put("a.md", "# Science\n\nThe gamma ray.\n")
    assert [f.rule_id for f in run(["a.md"], select=["ZZ009"]).findings] == ["ZZ009"]


def test_model_error_stops_the_run(in_tmp):
    put("a.md", PLAIN)
    with pytest.raises(ModelError, match="not found"):
        run(["a.md"], select=["ZZ011"])


def test_a_crashing_rule_is_an_error_for_that_file_and_other_rules_still_report(in_tmp):
    put("a.md", ALPHA)
    result = run(["a.md"], select=["ZZ001", "ZZ010"])
    assert [f.rule_id for f in result.findings] == ["ZZ001"]
    (error,) = result.errors
    assert error.path == "a.md" and "rule ZZ010 failed: ZeroDivisionError" in error.message
    assert result.exit_code == 2


def test_config_severity_and_options_reach_the_rule(in_tmp):
    put(".factlint.yaml", "rules:\n  ZZ001: {severity: info, word: team}\n")
    put("a.md", "# News\n\nThe team won.\n")
    (finding,) = run(["a.md"], select=None, ignore=["ZZ009", "ZZ010", "ZZ011"]).findings
    assert (finding.rule_id, str(finding.severity), finding.message) == (
        "ZZ001",
        "info",
        "sentence mentions team",
    )


def test_settings_come_from_config_and_command_line(in_tmp):
    put("src/wire.txt", "Wire.\n")
    put("people.yaml", "[]\n")
    config = engine.Config(
        model="cfg-model",
        device="cuda",
        cache=False,
        register=in_tmp / "people.yaml",
        sources=[in_tmp / "src/wire.txt"],
    )
    profile = engine._build_profile(config, RunOptions(select=["ZZ001"]), None, set())
    s = profile.settings
    assert (s.model, s.device, s.use_cache, s.register, s.sources) == (
        "cfg-model",
        "cuda",
        False,
        in_tmp / "people.yaml",
        [in_tmp / "src/wire.txt"],
    )
    cli = RunOptions(select=["ZZ001"], model="cli-model", device="cpu", sources=["src"])
    s = engine._build_profile(config, cli, None, set()).settings
    assert (s.model, s.device, s.sources) == ("cli-model", "cpu", [Path("src")])


def test_missing_source_is_an_error(in_tmp):
    put("a.md", ALPHA)
    with pytest.raises(ConfigError, match="--source 'nope.txt' does not exist"):
        run(["a.md"], sources=["nope.txt"])


def test_lint_text_options_are_validated():
    text = "# News\n\nThe team won.\n"
    assert [f.message for f in lint_text(text, select=["ZZ001"], options={"ZZ001": {"word": "team"}})] == [
        "sentence mentions team"
    ]
    with pytest.raises(ConfigError, match="unknown option 'wrod'.*did you mean 'word'"):
        lint_text(text, select=["ZZ001"], options={"ZZ001": {"wrod": "team"}})
    with pytest.raises(ConfigError, match="unknown rule id"):
        lint_text(text, select=["ZZ001"], options={"ZZ0001": {}})


def test_findings_are_sorted_and_carry_the_display_path(in_tmp):
    put("x.md", "# News\n\nThe beta fell. The alpha rose.\n\nAlpha again.\n")
    result = run(["x.md"])
    assert [(f.span.line, f.rule_id) for f in result.findings] == [(3, "ZZ002"), (3, "ZZ001"), (5, "ZZ001")]
    assert all(f.path == "x.md" and f.fingerprint for f in result.findings)


def test_fifo_named_like_an_article_is_not_read(in_tmp):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(in_tmp / "pipe.md")
    put("a.md", ALPHA)
    result = run(["pipe.md", "a.md"])  # would block forever if the engine opened the FIFO
    assert [str(e) for e in result.errors] == ["pipe.md: error: not a regular file"]
    assert [f.path for f in result.findings] == ["a.md"]


def test_findings_past_the_cap_are_counted_in_one_finding(in_tmp):
    put(
        "live.md",
        "# Live\n\n" + "".join(f"Update {n}: Skip to content\n\nSkip to content\n\n" for n in range(8)),
    )
    every = run(["live.md"], select=["FL002"]).findings
    assert len(every) == 8  # the default cap (100) is far away
    put(".factlint.yaml", "max-findings-per-rule: 3\n")
    capped = run(["live.md"], select=["FL002"])
    assert [f.span.line for f in capped.findings[:3]] == [f.span.line for f in every[:3]]
    (more,) = capped.findings[3:]
    assert more.message.startswith("5 more FL002 findings in this file not shown (max-findings-per-rule: 3)")
    assert more.span == every[3].span and capped.exit_code == 1
    put(".factlint.yaml", "max-findings-per-rule: 0\n")
    assert len(run(["live.md"], select=["FL002"]).findings) == 8
    put(".factlint.yaml", "max-findings-per-rule: -1\n")
    assert "max-findings-per-rule" in str(run(["live.md"], select=["FL002"]).errors[0])


def test_the_cap_shows_the_most_severe_findings_first():
    from factlint.linter.document import Span
    from factlint.linter.engine import _capped
    from factlint.linter.finding import Finding, Severity

    def at(line: int, severity: Severity) -> Finding:
        return Finding(
            rule_id="FL101",
            name="self-contradiction",
            severity=severity,
            message=f"line {line}",
            span=Span(line * 10, line * 10 + 4, line, 1, line, 5),
            path="a.md",
            fingerprint=f"f{line}",
        )

    findings = [
        at(1, Severity.INFO),
        at(2, Severity.INFO),
        at(3, Severity.ERROR),
        at(4, Severity.INFO),
        at(5, Severity.WARNING),
    ]
    kept = _capped(findings, 2, {})
    (more,) = [f for f in kept if "more FL101" in f.message]
    shown = [(f.span.line, f.severity) for f in kept if f is not more]
    assert shown == [(3, Severity.ERROR), (5, Severity.WARNING)]  # in position order, as reported
    assert more.message.startswith("3 more FL101 findings") and more.severity == Severity.INFO


class FreezeProbe(Rule):
    """Test rule: records how many objects the cycle collector leaves out while it checks."""

    id, name = "ZZ012", "freeze-probe"
    seen: list[int] = []

    def check(self, doc, ctx):
        FreezeProbe.seen.append(gc.get_freeze_count())
        return ()


def test_objects_kept_by_the_run_are_frozen_while_checking_and_handed_back(in_tmp, monkeypatch):
    test_registry = registry.make_registry({**registry.load_rules(), "ZZ012": FreezeProbe})
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    put("a.md", ALPHA)
    put("b.md", BETA)
    FreezeProbe.seen = []
    gc.unfreeze()
    run(["a.md", "b.md"], select=["ZZ012", "FL002"])
    assert len(FreezeProbe.seen) == 2 and FreezeProbe.seen[0] > 0
    assert FreezeProbe.seen[1] > FreezeProbe.seen[0]  # the rules built for the first file too
    assert gc.get_freeze_count() == 0  # all handed back to the collector

    # an embedding program that froze objects itself keeps its own frozen, and only those (the
    # count can drop: a frozen object that reference counting frees leaves)
    gc.freeze()
    try:
        own = gc.get_freeze_count()
        FreezeProbe.seen = []
        run(["a.md"], select=["ZZ012"])
        assert len(FreezeProbe.seen) == 1 and FreezeProbe.seen[0] <= own
        assert 0 < gc.get_freeze_count() <= own
    finally:
        gc.unfreeze()

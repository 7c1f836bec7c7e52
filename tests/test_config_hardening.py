"""Bad input in a config, a baseline or a word list the config names: one error line naming the
file (and the line where known), exit 2, never a traceback or an internal error.

Runs the real CLI in-process (``cli.main``) from a temporary folder; a test-only rule
(``ZZ110``) with typed options (a probability, a choice, a checked list) and one written the
old way, with a plain ``defaults`` dict (``ZZ111``, the compatibility path for plugins), are
registered by replacing the registry's process cache, so the option tests do not depend on how
the built-in rules evolve.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from factlint.linter import cli, registry
from factlint.linter.config import _glob_regex, load_config
from factlint.linter.errors import ConfigError
from typing import Literal

from pydantic import field_validator

from factlint.linter.rule import Probability, Rule, RuleOptions, option

ARTICLE = "# Port reopens\n\nThe harbour reopened on Tuesday after the storm.\n"


class Probabilities(Rule):
    """Test-only rule with a probability, a plain float, a choice and a checked list."""

    id = "ZZ110"
    name = "test-probabilities"

    class Options(RuleOptions):
        threshold: Probability = option(0.5, "a probability")
        weight: float = option(1.0, "any finite number")
        mode: Literal["fast", "slow"] = option("fast", "a choice")
        count: int = option(2, "a whole number", ge=0)
        words: list[str] = option([], "words, each in lower case")

        @field_validator("words")
        @classmethod
        def _lower_case(cls, value: list[str]) -> list[str]:
            for word in value:
                if word != word.lower():
                    raise ValueError(f"{word!r} is not in lower case")
            return value

    def check(self, doc, ctx):
        return ()


class OldStyle(Rule):
    """Test-only rule declaring its options the old way: a plain dict of defaults."""

    id = "ZZ111"
    name = "test-old-style"
    defaults = {"threshold": 0.5, "mode": "fast", "count": 2, "label": None}
    probability_options = ("threshold",)
    choice_options = {"mode": ("fast", "slow")}

    def __init__(self, options=None, severity=None):
        super().__init__(options, severity)
        if self.options["count"] < 0:  # read as a dict, as such plugins do
            raise ValueError(f"{self.id}: option count must be 0 or more")

    def check(self, doc, ctx):
        return ()


@pytest.fixture()
def run(monkeypatch, capsys, tmp_path):
    """``factlint ARGS`` in-process in ``tmp_path`` (holding ``a.md``): (code, stdout, stderr)."""
    real = registry.load_rules()
    test_registry = registry.make_registry(
        {**real, "ZZ110": Probabilities, "ZZ111": OldStyle},
        {
            **registry.installed().sources,
            "ZZ110": "factlint-tests",
            "ZZ111": "factlint-tests",
        },
    )
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = cli.main(list(args))
        out, err = capsys.readouterr()
        assert not caught, [str(w.message) for w in caught]  # nothing leaks as a warning
        return code, out, err

    return run


def config(text: str, name: str = ".factlint.yaml") -> None:
    Path(name).write_text(text, encoding="utf-8")


def one_error(code: int, err: str) -> str:
    """Exit 2, no traceback, no internal error, exactly one error line; returns it."""
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = [line for line in err.splitlines() if ": error: " in line]
    assert len(lines) == 1, err
    return lines[0]


def check(run, *args: str) -> str:
    return one_error(*run("check", "--select", "FL000", *args, "a.md")[::2])


# --- 1. impossible dates (and other values YAML's constructors choke on) ----------------------


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("model: 2010-02-30\n", 1, "impossible date '2010-02-30' (day is out of range for month)"),
        ("fail-on: error\nmodel: 2010-13-01\n", 2, "impossible date '2010-13-01' (month must be in 1..12)"),
        (
            "ignore:\n  - a.md\n  - 2010-02-30 12:00:00\n",
            3,
            "impossible date '2010-02-30 12:00:00' (day is out of range for month)",
        ),
        ("cache: !!bool maybe\n", 1, "'maybe' is not a valid bool"),
        ("model: !!int abc\n", 1, "'abc' is not a valid int (invalid literal for int() with base 10: 'abc')"),
        ("model: !!timestamp abc\n", 1, "'abc' is not a valid timestamp"),
    ],
)
def test_a_value_yaml_cannot_construct_is_a_config_error_with_its_line(run, text, line, message):
    config(text)
    assert check(run) == f".factlint.yaml:{line}: error: {message}"


def test_an_impossible_date_in_an_explicit_config_stops_the_run_with_one_line(run):
    config("model: 2010-02-30\n", "strict.yaml")
    code, out, err = run("check", "--config", "strict.yaml", "a.md")
    assert (
        one_error(code, err)
        == "strict.yaml:1: error: impossible date '2010-02-30' (day is out of range for month)"
    )


def test_yaml_nested_too_deeply_is_a_config_error(run):
    config("x: " + "[" * 5000 + "]" * 5000 + "\n")
    assert check(run) == ".factlint.yaml: error: malformed YAML: nested too deeply"


@pytest.mark.parametrize(
    "text, message",
    [
        ('include: "stories/**"\n', "include: 'stories/**' is not a list: write include: [\"stories/**\"]"),
        ("sources: wire.txt\n", "sources: 'wire.txt' is not a list: write sources: [\"wire.txt\"]"),
        ("cache: maybe\n", "cache: 'maybe' is not true or false"),
    ],
)
def test_a_single_value_where_a_list_or_switch_belongs_says_what_to_write(run, text, message):
    # pydantic's own words were "Input should be a valid list" / "a valid boolean"
    config(text)
    assert check(run) == f".factlint.yaml:1: error: {message}"


def test_a_valid_date_where_text_belongs_is_still_a_type_error(run):
    config("model: 2010-02-28\n")
    assert check(run) == ".factlint.yaml:1: error: model: '2010-02-28' is not text"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "max-findings-per-rule: -1\n",
            "1: error: max-findings-per-rule: -1 is not a whole number 0 or more",
        ),
        ("max-findings-per-rule: ten\n", "1: error: max-findings-per-rule: 'ten' is not a whole number"),
        (
            "rules: [FL001]\n",
            "1: error: rules: a list is not a mapping of rule ids to settings: write rules: {FL003: info}",
        ),
        ("register: [people.yaml]\n", "1: error: register: a list is not text"),
        ("fail-on: 3\n", "1: error: fail-on: 3 is not one of error, warning, info, never"),
        ("cache: true\nignore:\n  - drafts/**\n  - 3\n", "4: error: ignore item 2: 3 is not text"),
    ],
)
def test_a_top_level_value_of_the_wrong_kind_is_named_in_the_configs_words(run, text, message):
    # pydantic's own words were "Input should be greater than or equal to 0", "Input should be a
    # valid dictionary", "ignore.1: Input should be a valid string" (its items counted from 0)
    config(text)
    assert check(run) == f".factlint.yaml:{message}"


# --- 2. ignore globs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern, message",
    [
        ("a/[z-a].md", "bad character range z-a"),
        ("", "an empty glob would match every file"),
        ("/", "an empty glob would match every file"),
    ],
)
def test_a_bad_ignore_glob_is_a_config_error_naming_line_and_pattern(run, pattern, message):
    config(f'fail-on: error\nignore:\n  - "*.txt"\n  - "{pattern}"\n')
    line = check(run)
    assert line.startswith(f".factlint.yaml:4: error: ignore: bad glob {pattern!r}: "), line
    assert message in line


@pytest.mark.parametrize(
    "pattern, matches, misses",
    [
        ("a/[[]x].md", ["a/[x].md"], ["a/x].md", "a/[[]x].md"]),  # "[" inside a class is literal
        ("[]x].md", ["].md", "x.md"], ["y.md"]),  # a leading "]" is a member
        ("[!]x].md", ["y.md"], ["].md", "x.md"]),
        ("[a&&b].md", ["a.md", "&.md", "b.md"], ["c.md"]),  # regex set operators are literal
        ("[a~~b|\\].md", ["~.md", "|.md", "\\.md"], ["c.md"]),
        ("[a-c-].md", ["b.md", "-.md"], ["d.md"]),
        ("[--/].md", ["-.md", "..md"], ["a.md"]),  # a range that starts at "-"
        ("a[.md", ["a[.md"], ["a.md"]),  # an unclosed "[" is literal
        ("[!a-c]*.md", ["dog.md"], ["cat.md"]),
    ],
)
def test_glob_classes_translate_without_warnings(pattern, matches, misses):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rx = _glob_regex(pattern)
    for path in matches:
        assert rx.match(path), (pattern, path)
    for path in misses:
        assert not rx.match(path), (pattern, path)


def test_a_nested_set_glob_prints_no_warning_through_the_real_command(tmp_path):
    # The FutureWarning ("Possible nested set") went to stderr from a subprocess's point of view.
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text('ignore: ["a/[[]x].md", "b/[a&&b|c~~d].md", "c/[--z].md"]\n')
    env = {**os.environ, "NO_COLOR": "1", "PYTHONWARNINGS": "default"}
    env.pop("FACTLINT_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", "--select", "FL000", "a.md"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_ignore_glob_with_a_class_still_ignores(run):
    Path("drafts").mkdir()
    Path("drafts/x1.md").write_text(ARTICLE, encoding="utf-8")
    config('ignore: ["drafts/x[0-9].md"]\n')
    code, out, err = run("check", "--select", "FL000", "drafts/x1.md", "a.md")
    assert code == 0 and "in 1 file" in out
    # named, the ignored draft is not checked, and a notice says why (no silent "0 files")
    assert err == "factlint: notice: drafts/x1.md was not checked: .factlint.yaml ignores it (ignore:)\n"


# --- 3. option values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, message",
    [
        ("5", "option 'threshold': 5 is not between 0 and 1"),
        ("-1", "option 'threshold': -1 is not between 0 and 1"),
        ("1.5", "option 'threshold': 1.5 is not between 0 and 1"),
        (".nan", "option 'threshold': nan is not a finite number"),
        (".inf", "option 'threshold': inf is not a finite number"),
    ],
)
def test_a_probability_out_of_range_names_file_line_rule_and_option(run, value, message):
    config(f"rules:\n  ZZ110:\n    severity: info\n    threshold: {value}\n")
    assert check(run) == f".factlint.yaml:4: error: rules.ZZ110: {message}"


@pytest.mark.parametrize("value", ["0", "1", "0.0", "1.0", "0.25"])
def test_probabilities_at_and_inside_the_bounds_are_accepted(tmp_path, value, monkeypatch):
    real = registry.load_rules()
    test_registry = registry.make_registry({**real, "ZZ110": Probabilities})
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    path = tmp_path / ".factlint.yaml"
    path.write_text(f"rules: {{ZZ110: {{threshold: {value}}}}}\n")
    assert load_config(path).rules["ZZ110"].options == {"threshold": float(value)}


@pytest.mark.parametrize("value", [".nan", "-.inf", ".Inf"])
def test_every_float_option_must_be_finite(run, value):
    config(f"rules:\n  ZZ110: {{weight: {value}}}\n")
    line = check(run)
    assert line.startswith(".factlint.yaml:2: error: rules.ZZ110: option 'weight': ")
    assert line.endswith("is not a finite number")


def test_a_choice_option_outside_its_choices_names_the_option_line(run):
    config("rules:\n  ZZ110:\n    mode: slwo\n")
    assert check(run) == (
        ".factlint.yaml:3: error: rules.ZZ110: option 'mode': 'slwo' is not one of "
        "fast, slow (did you mean 'slow'?)"
    )


def test_a_declared_range_is_an_error_at_the_options_line(run):
    config("rules:\n  ZZ110:\n    mode: slow\n    count: -3\n")
    assert check(run) == ".factlint.yaml:4: error: rules.ZZ110: option 'count': -3 is not 0 or more"


def test_a_rules_own_check_of_an_option_is_an_error_at_the_options_line(run):
    # a field_validator's words, at the line of the option it validated (no message parsing)
    config("rules:\n  ZZ110:\n    count: 1\n    words: [fine, Loud]\n")
    assert check(run) == ".factlint.yaml:4: error: rules.ZZ110: option 'words': 'Loud' is not in lower case"


@pytest.mark.parametrize(
    "text, message",
    [
        ("threshold: 'high'", "option 'threshold': 'high' is not a number"),
        ("count: 2.5", "option 'count': 2.5 is not a whole number"),
        ("count: true", "option 'count': true is not a whole number"),
        ("count:", "option 'count': an empty value is not a whole number"),
        ("mode: quick", "option 'mode': 'quick' is not one of fast, slow"),
        ("words: plain", "option 'words': 'plain' is not a list"),
        ("words: [1]", "option 'words': item 1: 1 is not text"),
        ("words: [fine, true]", "option 'words': item 2: true is not text"),
        ("treshold: 0.5", "unknown option 'treshold' (did you mean 'threshold'?)"),
    ],
)
def test_a_wrong_type_is_one_line_at_the_options_line(run, text, message):
    config(f"rules:\n  ZZ110:\n    severity: info\n    {text}\n")
    assert check(run) == f".factlint.yaml:4: error: rules.ZZ110: {message}"


# --- compatibility: a rule with a plain ``defaults`` dict ----------------------------------------


def test_an_old_style_rule_gets_options_typed_by_its_defaults(run):
    config("rules:\n  ZZ111:\n    mode: slow\n    count: 'many'\n")
    assert check(run) == ".factlint.yaml:4: error: rules.ZZ111: option 'count': 'many' is not a whole number"
    config("rules:\n  ZZ111:\n    threshold: 3\n")
    assert check(run) == ".factlint.yaml:3: error: rules.ZZ111: option 'threshold': 3 is not between 0 and 1"
    config("rules:\n  ZZ111:\n    mode: slwo\n")
    assert check(run) == (
        ".factlint.yaml:3: error: rules.ZZ111: option 'mode': 'slwo' is not one of "
        "fast, slow (did you mean 'slow'?)"
    )


def test_an_old_style_rules_own_check_is_an_error_of_the_config_at_the_rules_line(run):
    # its ValueError does not say which option in a form the config could trust: the rule's line
    config("fail-on: error\nrules:\n  ZZ111:\n    count: -3\n")
    assert check(run) == ".factlint.yaml:3: error: rules.ZZ111: option count must be 0 or more"


def test_an_old_style_rule_runs_with_its_options_read_as_a_dict_and_documents_them(run):
    config("rules:\n  ZZ111:\n    count: 5\n    label: anything\n")
    code, out, err = run("check", "--select", "ZZ111", "a.md")
    assert code == 0, err
    rule = OldStyle({"count": 5})
    assert (rule.options["count"], rule.options.count, rule.options["label"]) == (5, 5, None)
    assert {**rule.options} == dict(rule.options.items()) == {**OldStyle.defaults, "count": 5}
    assert "count" in rule.options and "counts" not in rule.options and rule.options.get("counts", 7) == 7
    assert OldStyle.defaults == {"threshold": 0.5, "mode": "fast", "count": 2, "label": None}
    code, out, err = run("rule", "ZZ111")
    assert code == 0, err
    assert "    count (whole number; default 2): (undocumented)" in out
    assert '    mode (fast | slow; default "fast"): (undocumented)' in out


@pytest.mark.parametrize(
    "rule, option",
    [("FL302", "threshold"), ("FL101", "error_threshold"), ("FL301", "contradiction_threshold")],
)
def test_built_in_probability_options_are_range_checked(run, rule, option):
    config(f"rules:\n  {rule}: {{{option}: 5}}\n")
    assert check(run) == f".factlint.yaml:2: error: rules.{rule}: option {option!r}: 5 is not between 0 and 1"


def test_options_given_in_code_are_checked_the_same_way():
    from factlint.linter.engine import lint_text

    with pytest.raises(ConfigError, match=r"options for FL302: option 'threshold': nan is not a finite"):
        lint_text("# T\n\nText here.\n", select=["FL000"], options={"FL302": {"threshold": float("nan")}})


def test_a_rule_constructed_in_code_refuses_non_finite_and_out_of_range_values():
    with pytest.raises(ValueError, match="option 'weight': inf is not a finite number"):
        Probabilities({"weight": float("inf")})
    with pytest.raises(ValueError, match="option 'threshold': 2 is not between 0 and 1"):
        Probabilities({"threshold": 2})
    with pytest.raises(ValueError, match="ZZ111: option count must be 0 or more"):  # its own check
        OldStyle({"count": -1})


# --- 4. files that are not regular files ----------------------------------------------------------


def test_a_fifo_as_config_is_refused_not_read(run):
    os.mkfifo("p.yaml")
    code, out, err = run("check", "--config", "p.yaml", "a.md")
    assert (
        one_error(code, err) == "p.yaml: error: config file is not a regular file (a pipe, socket or device)"
    )


def test_a_folder_as_config_is_refused(run):
    Path("conf").mkdir()
    code, out, err = run("check", "--config", "conf", "a.md")
    assert one_error(code, err) == "conf: error: config file is a directory, not a file"


def test_a_toml_config_is_its_tool_factlint_table(run):
    # a newcomer's pyproject.toml got "malformed YAML: expected '<document start>'", no hint;
    # its [tool.factlint] table is now read (tests/test_first_use.py), and a .toml without one says so
    Path("pyproject.toml").write_text("[tool.ruff]\nline-length = 90\n")
    code, out, err = run("check", "--config", "pyproject.toml", "a.md")
    assert one_error(code, err) == (
        "pyproject.toml: error: no [tool.factlint] table: put factlint's settings there, or in a .factlint.yaml"
    )


def test_a_fifo_as_baseline_is_refused_not_read(run):
    os.mkfifo("p.json")
    code, out, err = run("check", "--select", "FL000", "--baseline", "p.json", "a.md")
    assert one_error(code, err) == "p.json: error: baseline is not a regular file (a pipe, socket or device)"


def test_a_fifo_as_write_baseline_target_is_refused_not_read(run):
    os.mkfifo("p.json")
    code, out, err = run("check", "--select", "FL000", "--write-baseline", "p.json", "a.md")
    assert one_error(code, err) == (
        "p.json: error: refusing to write the baseline: the path is not a "
        "regular file (a pipe, socket or device)"
    )
    assert Path("p.json").exists() and not Path("p.json").is_file()  # left alone


def test_a_baseline_nested_too_deeply_is_one_line(run):
    Path("deep.json").write_text("[" * 100_000)
    code, out, err = run("check", "--select", "FL000", "--baseline", "deep.json", "a.md")
    assert one_error(code, err) == "deep.json: error: baseline is not valid JSON: nested too deeply"


@pytest.mark.parametrize("key", ["register", "roles", "demonyms", "organisations"])
def test_a_fifo_named_in_the_config_is_refused_at_its_line(run, key):
    os.mkfifo("p.yaml")
    value = "p.yaml" if key == "register" else "[p.yaml]"
    config(f"fail-on: error\n{key}: {value}\n")
    assert (
        check(run)
        == f".factlint.yaml:2: error: {key}: 'p.yaml' is not a regular file (a pipe, socket or device)"
    )


def test_a_folder_named_as_a_source_is_refused_at_its_line(run):
    Path("wire").mkdir()
    config("sources:\n  - wire\n")
    assert check(run) == ".factlint.yaml:2: error: sources: 'wire' is a directory, not a file"


# --- word lists the config names (read when the config is loaded) ---------------------------


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("offices: [\n", 2, "word list is not valid YAML: expected the node content"),
        (
            "offices:\n  mayor: {since: 2010-02-30}\n",
            2,
            "word list is not valid YAML: impossible date '2010-02-30'",
        ),
        ("- a\n", None, "word list must be a YAML mapping"),
        ("offices: 5\n", None, "'offices' must be a mapping"),
        (
            "offices:\n  mayor: {aliases: 5}\n",
            None,
            "word list does not follow the format of analysis/data/roles.yaml",
        ),
    ],
)
def test_a_broken_word_list_is_one_error_of_the_config(run, text, line, message):
    Path("desk").mkdir()
    Path("desk/titles.yaml").write_text(text, encoding="utf-8")
    Path("b.md").write_text(ARTICLE, encoding="utf-8")
    config("roles: [desk/titles.yaml]\n")
    code, out, err = run("check", "--select", "FL000", "a.md", "b.md")
    error = one_error(code, err)  # once, not once per article
    where = f"desk/titles.yaml:{line}" if line else "desk/titles.yaml"
    assert error.startswith(f"{where}: error: {message}"), error


def test_a_word_list_that_is_not_utf8_is_one_line(run):
    Path("titles.yaml").write_bytes(b"offices:\n  caf\xe9: {}\n")
    config("roles: [titles.yaml]\n")
    assert check(run) == "titles.yaml: error: word list is not UTF-8 text"

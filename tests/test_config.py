"""`.factlint.yaml`: discovery, validation, and error lines that name file, line and the fix.

A rule with options is needed to test option validation; the built-in rules may change their
options, so this file registers a small test-only rule (``ZZ100``) by making
``registry.installed()`` answer the real rules plus it, for the duration of a test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.linter import config as config_mod
from factlint.linter import registry
from factlint.linter.config import CONFIG_NAME, find_config, load_config
from factlint.linter.errors import ConfigError
from factlint.linter.finding import Severity
from factlint.linter.rule import Rule


class Threshold(Rule):
    """Test-only rule with options of several types."""

    id = "ZZ100"
    name = "test-threshold"
    defaults = {"threshold": 0.9, "max-words": 40, "strict": False, "names": ["a"], "label": "x"}

    def check(self, doc, ctx):
        return ()


@pytest.fixture(autouse=True)
def with_test_rule(monkeypatch):
    real = registry.load_rules()
    test_registry = registry.make_registry(
        {**real, "ZZ100": Threshold},
        {**registry.installed().sources, "ZZ100": "factlint-tests"},
    )
    monkeypatch.setattr(registry, "installed", lambda: test_registry)


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    err = info.value
    assert err.path == str(path)
    return err


def test_a_full_config_is_read_with_paths_relative_to_the_config(tmp_path):
    (tmp_path / "newsroom").mkdir()
    (tmp_path / "newsroom" / "people.yaml").write_text("[]\n")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text("Wire copy.\n")
    path = write(
        tmp_path,
        """\
model: some/nli-model
device: auto
fail-on: error
rules:
  ZZ100: {severity: error, threshold: 0.5, max-words: 12}
  FL000: off
register: newsroom/people.yaml
ignore: ["drafts/archive/**", "*.txt"]
sources: [sources/wire.txt]
cache: false
""",
    )
    cfg = load_config(path)
    assert (cfg.model, cfg.device, cfg.fail_on, cfg.cache) == ("some/nli-model", "auto", "error", False)
    assert cfg.register == tmp_path / "newsroom" / "people.yaml"
    assert cfg.sources == [tmp_path / "sources" / "wire.txt"]
    zz = cfg.rules["ZZ100"]
    assert zz.enabled and zz.explicit and zz.severity is Severity.ERROR
    assert zz.options == {"threshold": 0.5, "max-words": 12}  # only what the user set
    assert zz.line == 5
    assert not cfg.rules["FL000"].enabled  # YAML reads a bare `off` as false


def test_severity_shorthand_and_on(tmp_path):
    cfg = load_config(write(tmp_path, "rules:\n  ZZ100: info\n  FL000: on\n"))
    assert cfg.rules["ZZ100"].severity is Severity.INFO and cfg.rules["ZZ100"].explicit
    assert cfg.rules["FL000"].enabled and cfg.rules["FL000"].severity is None


def test_severity_off_inside_a_mapping(tmp_path):
    cfg = load_config(write(tmp_path, "rules:\n  ZZ100: {severity: off}\n"))
    assert not cfg.rules["ZZ100"].enabled and not cfg.rules["ZZ100"].explicit


def test_empty_config_means_defaults(tmp_path):
    cfg = load_config(write(tmp_path, "# nothing here\n"))
    assert cfg.rules == {} and cfg.fail_on is None and cfg.ignore == []


def test_unknown_key_names_line_and_closest_key(tmp_path):
    err = error_of(tmp_path, "model: x\n\nfail_on: error\n")
    assert err.line == 3
    assert "unknown key 'fail_on'" in err.message and "did you mean 'fail-on'?" in err.message


def test_rule_ids_where_a_config_takes_file_patterns_or_no_key_are_errors_that_say_so(tmp_path):
    # `ignore: [FL003]` read as the command line's --ignore was a glob matching no file: a silent
    # no-op; `select:` was an unknown key with no word on where rules are chosen
    err = error_of(tmp_path, "ignore:\n  - drafts/**\n  - ZZ100\n")
    assert err.line == 3
    assert "ignore: 'ZZ100' is a rule id, but ignore takes file patterns" in err.message
    assert "rules:" in err.message
    err = error_of(tmp_path, "fail-on: error\nselect: [ZZ100]\n")
    assert err.line == 2 and "unknown key 'select' (--select is a command-line option" in err.message
    # a pattern that is no rule id stays a pattern
    assert load_config(write(tmp_path, "ignore: [drafts/**, ZZ1000.md]\n")).ignore == [
        "drafts/**",
        "ZZ1000.md",
    ]


def test_unknown_nested_rule_id_names_line_and_closest_id(tmp_path):
    err = error_of(tmp_path, "fail-on: error\nrules:\n  FL000: info\n  ZZ10: error\n")
    assert err.line == 4
    assert "unknown rule id 'ZZ10'" in err.message and "did you mean 'ZZ100'?" in err.message


def test_unknown_rule_option_names_line_and_closest_option(tmp_path):
    err = error_of(tmp_path, "rules:\n  ZZ100:\n    severity: warning\n    treshold: 0.5\n")
    assert err.line == 4
    assert "unknown option 'treshold'" in err.message and "did you mean 'threshold'?" in err.message


@pytest.mark.parametrize(
    "option, value",
    [
        ("threshold", "'high'"),
        ("max-words", "2.5"),
        ("strict", "'yes please'"),
        ("names", "plain"),
    ],
)
def test_bad_option_value_is_an_error_at_its_line(tmp_path, option, value):
    err = error_of(tmp_path, f"rules:\n  ZZ100:\n    {option}: {value}\n")
    assert err.line == 3 and f"option '{option}'" in err.message


def test_an_int_is_a_fine_float(tmp_path):
    cfg = load_config(write(tmp_path, "rules:\n  ZZ100: {threshold: 1}\n"))
    assert cfg.rules["ZZ100"].options == {"threshold": 1}


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("device: gpu\n", 1, ["device", "'gpu'", "cpu, cuda, auto", "did you mean 'cuda'?"]),  # not 'cpu'
        ("device: GPU\n", 1, ["did you mean 'cuda'?"]),
        ("fail-on: warn\n", 1, ["did you mean 'warning'?"]),
        ("rules:\n  ZZ100: loud\n", 2, ["not a severity"]),
        ("rules:\n  ZZ100: {severity: eror}\n", 2, ["did you mean 'error'?"]),
        ("cache: 3\n", 1, ["cache"]),
        ("ignore: drafts/**\n", 1, ["ignore"]),
        ("model: 12\n", 1, ["model"]),
        ("model: a\nmodel: b\n", 2, ["duplicate key 'model'"]),
        ("- just\n- a list\n", 1, ["must be a mapping"]),
        ("register: missing.yaml\n", 1, ["'missing.yaml' does not exist"]),
        ("sources:\n  - here.txt\n  - missing.txt\n", 3, ["'missing.txt' does not exist"]),
    ],
)
def test_bad_values(tmp_path, text, line, words):
    (tmp_path / "here.txt").write_text("x")
    err = error_of(tmp_path, text)
    assert err.line == line
    for word in words:
        assert word in err.message


def test_malformed_yaml_is_one_error_with_line(tmp_path):
    err = error_of(tmp_path, "model: x\nrules:\n  FL000: [off\nignore: []\n")
    assert err.message.startswith("malformed YAML")
    assert err.line == 4
    assert "\n" not in str(err)


def test_a_bracket_left_open_at_the_end_is_reported_where_it_opened(tmp_path):
    # PyYAML's mark for "got '<stream end>'" lies past the last line of the file
    err = error_of(tmp_path, "fail-on: warning\nrules:\n  FL401: [unclosed\n")
    assert err.line == 3
    assert err.message == (
        "malformed YAML: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'"
    )


def test_invalid_utf8_config(tmp_path):
    path = tmp_path / CONFIG_NAME
    path.write_bytes(b"model: \xff\xfe\n")
    with pytest.raises(ConfigError, match="not valid UTF-8"):
        load_config(path)


def test_nearest_config_wins(tmp_path):
    outer = write(tmp_path, "fail-on: error\n")
    inner = write(tmp_path / "desk" / "politics", "fail-on: info\n")
    (tmp_path / "desk" / "sport").mkdir(parents=True)
    assert find_config(tmp_path / "desk" / "politics") == inner.resolve()
    assert find_config(tmp_path / "desk" / "sport") == outer.resolve()
    assert find_config(tmp_path) == outer.resolve()


def test_config_is_reread_after_an_edit(tmp_path):
    path = write(tmp_path, "fail-on: error\n")
    assert load_config(path).fail_on == "error"
    path.write_text("fail-on: never   # longer text, new size\n")
    assert load_config(path).fail_on == "never"


@pytest.mark.parametrize(
    "pattern, rel, ignored",
    [
        ("drafts/archive/**", "drafts/archive/2019/a.md", True),
        ("drafts/archive/**", "drafts/live/a.md", False),
        ("drafts/archive/**", "other/drafts/archive/a.md", False),  # a slash anchors at the config
        ("*.txt", "deep/down/notes.txt", True),  # no slash: any depth
        ("*.txt", "deep/down/notes.md", False),
        ("drafts", "drafts/x/y.md", True),  # a folder name ignores everything below it
        ("wire/*.md", "wire/sub/a.md", False),  # * stays within one folder
        ("wire/**/*.md", "wire/sub/a.md", True),
        ("wire/**/*.md", "wire/a.md", True),
        ("a?.md", "a1.md", True),
        ("[!a]*.md", "a.md", False),
    ],
)
def test_ignore_globs_are_relative_to_the_config_folder(tmp_path, pattern, rel, ignored):
    cfg = load_config(write(tmp_path, f"ignore: [{pattern!r}]\n"))
    assert cfg.is_ignored(tmp_path / rel) is ignored


def test_ignore_globs_do_not_reach_outside_the_config_folder(tmp_path):
    cfg = load_config(write(tmp_path / "project", "ignore: ['**']\n"))
    assert cfg.is_ignored(tmp_path / "project" / "a.md")
    assert not cfg.is_ignored(tmp_path / "elsewhere" / "a.md")


def test_all_schema_keys_are_documented():
    docs = (Path(__file__).resolve().parents[1] / "docs" / "configuration.md").read_text()
    for key in config_mod.KEYS:
        assert f"`{key}`" in docs, key


def test_config_word_lists_extend_the_cast_analysis(tmp_path):
    """`roles:` in the config adds offices (same format as analysis/data/roles.yaml): a newsroom's
    own title becomes known to FL202 without a code change."""
    from factlint.linter.engine import RunOptions, check_paths

    article = tmp_path / "a.md"
    article.write_text(
        "Russian Grand Vizier Otto Blum met the delegation on Monday in Moscow.\n\n"
        "Prime Minister Blum said the talks had gone well.\n",
        encoding="utf-8",
    )
    (tmp_path / "titles.yaml").write_text(
        "offices:\n  grand vizier: {aliases: [grand vizier], group: head, unique: true}\n", encoding="utf-8"
    )
    opts = RunOptions(select=["FL202"])
    assert [f for f in check_paths([str(article)], opts).findings if f.rule_id == "FL202"] == []
    (tmp_path / ".factlint.yaml").write_text("roles: [titles.yaml]\n", encoding="utf-8")
    found = [f for f in check_paths([str(article)], opts).findings if f.rule_id == "FL202"]
    assert found and "Blum" in found[0].message


def test_config_word_list_that_does_not_exist_is_an_error_with_line(tmp_path):
    (tmp_path / ".factlint.yaml").write_text(
        "fail-on: error\norganisations:\n  - nope.yaml\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / ".factlint.yaml")
    assert err.value.line == 3 and "nope.yaml" in str(err.value)


def test_precision_key_is_validated(tmp_path):
    from factlint.linter.config import load_config
    from factlint.linter.errors import ConfigError

    good = tmp_path / "good.yaml"
    good.write_text("precision: bf16\n")
    assert load_config(good).precision == "bf16"
    bad = tmp_path / "bad.yaml"
    bad.write_text("precision: fp16\n")
    with pytest.raises(ConfigError, match="precision"):
        load_config(bad)

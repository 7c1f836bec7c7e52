"""Suppression edge cases: FL000 cannot be named in a suppression (an error naming the file and
line), and ``factlint-enable IDS`` after a bare ``factlint-disable`` re-enables just those rules.

Uses test-only marker rules (``ZZ001`` flags "alpha", ``ZZ002`` "beta") registered by replacing
the registry's process cache, through the engine (``lint_text``) and the real CLI in-process.
"""

from __future__ import annotations

import re

import pytest

from factlint.linter import cli, registry
from factlint.linter.engine import lint_text
from factlint.linter.errors import InputError
from factlint.linter.rule import Rule


class _Marker(Rule):
    word = ""

    def check(self, doc, ctx):
        for sentence in doc.sentences:
            if re.search(rf"\b{self.word}\b", sentence.text, re.I):
                yield self.finding(sentence, f"sentence mentions {self.word}")


class Alpha(_Marker):
    """Test rule: flags sentences mentioning alpha."""

    id, name, word = "ZZ001", "alpha-marker", "alpha"


class Beta(_Marker):
    """Test rule: flags sentences mentioning beta."""

    id, name, word = "ZZ002", "beta-marker", "beta"


@pytest.fixture(autouse=True)
def with_test_rules(monkeypatch):
    real = registry.load_rules()
    monkeypatch.setattr(registry, "_cache", registry.make_registry(
        {**real, "ZZ001": Alpha, "ZZ002": Beta},
        {**{r: registry.rule_source(r) for r in real}, "ZZ001": "tests", "ZZ002": "tests"}))


def lint(text: str):
    return lint_text(text, select=["ZZ001", "ZZ002", "FL000"])


def where(findings) -> list[tuple[str, int]]:
    return [(f.rule_id, f.span.line) for f in findings]


# --- FL000 cannot be suppressed by a comment ---------------------------------------------------


@pytest.mark.parametrize("comment", [
    "<!-- factlint-disable FL000 -->",
    "<!-- factlint-disable ZZ001, fl000 reason: noisy -->",
    "<!-- factlint-disable-next-line FL000 -->",
    "<!-- factlint-enable FL000 -->",
])
def test_naming_fl000_in_a_suppression_is_an_error_with_file_and_line(comment):
    text = f"# Title\n\n{comment}\nThe alpha team won.\n"
    with pytest.raises(InputError) as err:
        lint(text)
    assert (err.value.path, err.value.line) == ("article.md", 3)
    assert err.value.message.startswith("FL000 (unused-suppression) cannot be named in factlint-")
    assert "rules: {FL000: off}" in err.value.message and "--ignore FL000" in err.value.message


def test_fl000_in_a_suppression_through_the_cli_is_one_line_and_other_files_still_report(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    (tmp_path / "a.md").write_text("# Title\n\n<!-- factlint-disable FL000 -->\nThe alpha team won.\n")
    (tmp_path / "b.md").write_text("# Title\n\nThe alpha team lost.\n")
    code = cli.main(["check", "--select", "ZZ001,FL000", "a.md", "b.md"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err and "internal error" not in err
    assert err.splitlines() == [
        "a.md:3: error: FL000 (unused-suppression) cannot be named in factlint-disable: it reports "
        "suppression comments, so none can silence it; switch it off with 'rules: {FL000: off}' or "
        "--ignore FL000"]
    assert "b.md:3:1: ZZ001 alpha-marker" in out


def test_a_bare_disable_does_not_silence_fl000():
    # FL000 findings are made after suppressions apply: a bare disable above an idle one does not
    # silence the report about it (and is itself reported when it silenced nothing else)
    text = "# Title\n\n<!-- factlint-disable -->\n<!-- factlint-disable-next-line ZZ002 -->\nThe alpha team.\n"
    assert where(lint(text)) == [("FL000", 4)]


# --- factlint-enable IDS after a bare factlint-disable --------------------------------------------


def test_enable_ids_after_a_bare_disable_re_enables_only_those_rules():
    text = ("# Title\n\n<!-- factlint-disable -->\nThe alpha beta one.\n\n"
            "<!-- factlint-enable ZZ002 -->\nThe alpha beta two.\n")
    # ZZ002 comes back after the enable; ZZ001 stays silenced to the end; nothing is unused
    assert where(lint(text)) == [("ZZ002", 7)]


def test_a_bare_enable_then_closes_the_rest():
    text = ("# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
            "Alpha beta two.\n\n<!-- factlint-enable -->\nAlpha beta three.\n")
    assert where(lint(text)) == [("ZZ002", 7), ("ZZ001", 10), ("ZZ002", 10)]


def test_disable_again_after_a_partial_enable_silences_that_rule_again():
    text = ("# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
            "Alpha beta two.\n\n<!-- factlint-disable ZZ002 -->\nAlpha beta three.\n")
    assert where(lint(text)) == [("ZZ002", 7)]


def test_enable_ids_closes_its_own_range_and_the_bare_one_for_that_rule():
    text = ("# Title\n\n<!-- factlint-disable ZZ002 -->\n<!-- factlint-disable -->\nAlpha beta one.\n\n"
            "<!-- factlint-enable ZZ002 -->\nAlpha beta two.\n")
    assert where(lint(text)) == [("ZZ002", 8)]


def test_enable_of_a_rule_already_re_enabled_closes_nothing():
    text = ("# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
            "Alpha beta two.\n\n<!-- factlint-enable ZZ002 -->\nAlpha beta three.\n")
    findings = lint(text)
    assert where(findings) == [("ZZ002", 7), ("FL000", 9), ("ZZ002", 10)]
    assert findings[1].message == "factlint-enable ZZ002 closes no factlint-disable"


def test_an_idle_bare_disable_cut_by_enable_ids_says_where_its_range_ends():
    text = ("# Title\n\n<!-- factlint-disable -->\nNothing one.\n\n<!-- factlint-enable ZZ002 -->\n"
            "Beta two.\n\n<!-- factlint-enable -->\nAlpha three.\n")
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 7), ("ZZ001", 10)]
    assert findings[0].message == "nothing to silence: no finding before its factlint-enable on line 9"


def test_an_idle_bare_disable_left_open_after_enable_ids_runs_to_the_end():
    text = ("# Title\n\n<!-- factlint-disable -->\nNothing one.\n\n<!-- factlint-enable ZZ002 -->\n"
            "Beta two.\n")
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 7)]
    assert findings[0].message == "nothing to silence: no finding from here to the end of the file"


def test_enable_ids_without_any_disable_is_still_unmatched():
    text = "# Title\n\n<!-- factlint-enable ZZ002 -->\nBeta one.\n"
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 4)]
    assert findings[0].message == "factlint-enable ZZ002 closes no factlint-disable"

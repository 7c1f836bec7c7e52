"""Inline suppressions, through the real loader and engine (``lint_text``).

Built-in rules change as they improve, so these tests use two test-only rules that flag every
sentence containing a marker word (``ZZ001``: "alpha", ``ZZ002``: "beta"). They are registered
by replacing the registry's process cache (``registry._cache``) with the real rules plus them.
"""

from __future__ import annotations

import re

import pytest

from factlint.linter import registry
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
    monkeypatch.setattr(registry, "_cache", registry.make_registry({**real, "ZZ001": Alpha, "ZZ002": Beta}))


def lint(text: str):
    return lint_text(text, select=["ZZ001", "ZZ002", "FL000"])


def where(findings) -> list[tuple[str, int]]:
    return [(f.rule_id, f.span.line) for f in findings]


def test_markers_fire_without_suppressions():
    text = "# Title\n\nThe alpha team won.\n\nThe beta team lost.\n"
    assert where(lint(text)) == [("ZZ001", 3), ("ZZ002", 5)]


def test_disable_next_line_silences_only_the_next_nonblank_line():
    text = ("# Title\n\n"
            "<!-- factlint-disable-next-line ZZ001 reason: editor verified -->\n"
            "\n"
            "The alpha team won.\n\n"
            "Another alpha sentence.\n")
    assert where(lint(text)) == [("ZZ001", 7)]


def test_disable_next_line_is_per_rule():
    text = ("# Title\n\n<!-- factlint-disable-next-line ZZ001 -->\n"
            "The alpha and beta teams drew.\n")
    findings = lint(text)
    assert where(findings) == [("ZZ002", 4)]


def test_disable_next_line_without_ids_silences_every_rule():
    text = "# Title\n\n<!-- factlint-disable-next-line -->\nThe alpha and beta teams drew.\n"
    assert lint(text) == []


def test_range_with_several_ids():
    text = ("# Title\n\n"
            "The alpha team won.\n\n"
            "<!-- factlint-disable ZZ001, ZZ002 -->\n"
            "The alpha team won again.\n\n"
            "The beta team lost again.\n\n"
            "<!-- factlint-enable ZZ001 ZZ002 -->\n"
            "The beta team lost at last.\n")
    assert where(lint(text)) == [("ZZ001", 3), ("ZZ002", 11)]


def test_range_without_enable_runs_to_the_end():
    text = "# Title\n\nThe alpha team won.\n\n<!-- factlint-disable ZZ001 -->\n\nAn alpha.\n\nMore alpha.\n"
    assert where(lint(text)) == [("ZZ001", 3)]


def test_enable_only_closes_the_named_rule():
    text = ("# Title\n\n<!-- factlint-disable ZZ001 ZZ002 -->\n"
            "The alpha and beta teams drew.\n\n"
            "<!-- factlint-enable ZZ002 -->\n"
            "The alpha and beta teams drew again.\n")
    assert where(lint(text)) == [("ZZ002", 7)]


def test_unused_next_line_suppression_is_fl000_at_the_comment():
    text = ("# Title\n\n"
            "<!-- factlint-disable-next-line ZZ001 reason: stale -->\n"
            "A sentence about nothing in particular.\n")
    (finding,) = lint(text)
    assert (finding.rule_id, finding.name, str(finding.severity)) == ("FL000", "unused-suppression", "info")
    assert (finding.span.line, finding.span.col) == (3, 1)
    assert "ZZ001" in finding.message and "line 4" in finding.message


def test_partly_used_suppression_reports_only_the_idle_id():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ001 ZZ002 -->\nThe alpha team won.\n"
    (finding,) = lint(text)
    assert finding.rule_id == "FL000" and "ZZ002" in finding.message and "ZZ001" not in finding.message


def test_unused_range_and_unmatched_enable_are_reported():
    text = ("# Title\n\n<!-- factlint-disable ZZ002 -->\nThe alpha team won.\n"
            "<!-- factlint-enable ZZ002 -->\n\n<!-- factlint-enable ZZ001 -->\nEnd.\n")
    findings = lint(text)
    assert [(f.rule_id, f.span.line) for f in findings] == [("FL000", 3), ("ZZ001", 4), ("FL000", 7)]
    assert "closes no factlint-disable" in findings[2].message


def test_suppression_of_a_rule_that_did_not_run_is_not_reported():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ002 -->\nThe alpha team won.\n"
    findings = lint_text(text, select=["ZZ001", "FL000"])
    assert where(findings) == [("ZZ001", 4)]


def test_fl000_is_quiet_when_not_selected():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ001 -->\nNothing here.\n"
    assert lint_text(text, select=["ZZ001"]) == []


def test_unknown_rule_id_in_a_suppression_names_file_line_and_closest_id():
    text = "# Title\n\nFine.\n\n<!-- factlint-disable-next-line ZZ01 -->\nThe alpha team won.\n"
    with pytest.raises(InputError) as info:
        lint_text(text, "desk/story.md", select=["ZZ001"])
    err = info.value
    assert (err.path, err.line) == ("desk/story.md", 5)
    assert "unknown rule id 'ZZ01'" in err.message and "did you mean" in err.message


def test_misspelt_directive_is_an_error_with_the_closest_directive():
    text = "# Title\n\n<!-- factlint-disable-nextline ZZ001 -->\nThe alpha team won.\n"
    with pytest.raises(InputError, match="did you mean 'factlint-disable-next-line'"):
        lint(text)


def test_ordinary_comments_are_ignored():
    text = "# Title\n\n<!-- TODO: check with the desk -->\nThe alpha team won.\n"
    assert where(lint(text)) == [("ZZ001", 4)]


def test_suppressions_survive_edits_above():
    body = "<!-- factlint-disable-next-line ZZ001 -->\nThe alpha team won.\n"
    assert lint("# Title\n\n" + body) == []
    assert lint("# Title\n\nA new first paragraph.\n\nAnd a second one.\n\n" + body) == []

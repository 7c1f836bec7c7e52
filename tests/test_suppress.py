"""Inline suppressions, through the real loader and engine (``lint_text``) and, for one error
line, the real CLI in-process. Includes the edge cases: FL000 cannot be named in a suppression,
and ``factlint-enable IDS`` after a bare ``factlint-disable`` re-enables just those rules.

Built-in rules change as they improve, so these tests use two test-only rules that flag every
sentence containing a marker word (``ZZ001``: "alpha", ``ZZ002``: "beta"). They are registered
by making ``registry.installed()`` answer the real rules plus them.
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
    test_registry = registry.make_registry(
        {**real, "ZZ001": Alpha, "ZZ002": Beta},
        {**registry.installed().sources, "ZZ001": "tests", "ZZ002": "tests"},
    )
    monkeypatch.setattr(registry, "installed", lambda: test_registry)


def lint(text: str):
    return lint_text(text, select=["ZZ001", "ZZ002", "FL000"])


def where(findings) -> list[tuple[str, int]]:
    return [(f.rule_id, f.span.line) for f in findings]


def test_markers_fire_without_suppressions():
    text = "# Title\n\nThe alpha team won.\n\nThe beta team lost.\n"
    assert where(lint(text)) == [("ZZ001", 3), ("ZZ002", 5)]


def test_disable_next_line_silences_only_the_next_nonblank_line():
    text = (
        "# Title\n\n"
        "<!-- factlint-disable-next-line ZZ001 reason: editor verified -->\n"
        "\n"
        "The alpha team won.\n\n"
        "Another alpha sentence.\n"
    )
    assert where(lint(text)) == [("ZZ001", 7)]


def test_disable_next_line_before_text_on_its_own_line_silences_that_line():
    # minified HTML: the whole page is one line, the comment right before the paragraph
    page = (
        "<h1>Title</h1><!-- factlint-disable-next-line ZZ001 reason: checked --><p>The alpha team won.</p>\n"
        "<p>Another alpha sentence.</p>\n"
    )
    assert where(lint_text(page, "page.html", select=["ZZ001", "FL000"])) == [("ZZ001", 2)]


def test_disable_next_line_is_per_rule():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ001 -->\nThe alpha and beta teams drew.\n"
    findings = lint(text)
    assert where(findings) == [("ZZ002", 4)]


def test_disable_next_line_without_ids_silences_every_rule():
    text = "# Title\n\n<!-- factlint-disable-next-line -->\nThe alpha and beta teams drew.\n"
    assert lint(text) == []


def test_disable_line_silences_its_own_line_only():
    text = (
        "# Title\n\n"
        "The alpha team won. <!-- factlint-disable-line ZZ001 reason: editor verified -->\n"
        "Another alpha sentence and a beta one.\n"
    )
    assert where(lint(text)) == [("ZZ001", 4), ("ZZ002", 4)]


def test_disable_line_is_per_rule_and_unused_one_is_fl000():
    text = (
        "# Title\n\n"
        "The alpha and beta teams drew. <!-- factlint-disable-line ZZ002 -->\n\n"
        "A quiet line. <!-- factlint-disable-line ZZ001 -->\n"
    )
    findings = lint(text)
    assert where(findings) == [("ZZ001", 3), ("FL000", 5)]
    assert findings[1].message == "nothing to silence: no ZZ001 finding on line 5 (the comment's own line)"


def test_range_with_several_ids():
    text = (
        "# Title\n\n"
        "The alpha team won.\n\n"
        "<!-- factlint-disable ZZ001, ZZ002 -->\n"
        "The alpha team won again.\n\n"
        "The beta team lost again.\n\n"
        "<!-- factlint-enable ZZ001 ZZ002 -->\n"
        "The beta team lost at last.\n"
    )
    assert where(lint(text)) == [("ZZ001", 3), ("ZZ002", 11)]


def test_range_without_enable_runs_to_the_end():
    text = "# Title\n\nThe alpha team won.\n\n<!-- factlint-disable ZZ001 -->\n\nAn alpha.\n\nMore alpha.\n"
    assert where(lint(text)) == [("ZZ001", 3)]


def test_enable_only_closes_the_named_rule():
    text = (
        "# Title\n\n<!-- factlint-disable ZZ001 ZZ002 -->\n"
        "The alpha and beta teams drew.\n\n"
        "<!-- factlint-enable ZZ002 -->\n"
        "The alpha and beta teams drew again.\n"
    )
    assert where(lint(text)) == [("ZZ002", 7)]


def test_unused_next_line_suppression_is_fl000_at_the_comment():
    text = (
        "# Title\n\n"
        "<!-- factlint-disable-next-line ZZ001 reason: stale -->\n"
        "A sentence about nothing in particular.\n"
    )
    (finding,) = lint(text)
    assert (finding.rule_id, finding.name, str(finding.severity)) == ("FL000", "unused-suppression", "info")
    assert (finding.span.line, finding.span.col) == (3, 1)
    assert "ZZ001" in finding.message and "line 4" in finding.message


def test_partly_used_suppression_reports_only_the_idle_id():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ001 ZZ002 -->\nThe alpha team won.\n"
    (finding,) = lint(text)
    assert finding.rule_id == "FL000" and "ZZ002" in finding.message and "ZZ001" not in finding.message


def test_unused_range_and_unmatched_enable_are_reported():
    text = (
        "# Title\n\n<!-- factlint-disable ZZ002 -->\nThe alpha team won.\n"
        "<!-- factlint-enable ZZ002 -->\n\n<!-- factlint-enable ZZ001 -->\nEnd.\n"
    )
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


# --- FL000 cannot be suppressed by a comment ---------------------------------------------------


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- factlint-disable FL000 -->",
        "<!-- factlint-disable ZZ001, fl000 reason: noisy -->",
        "<!-- factlint-disable-next-line FL000 -->",
        "<!-- factlint-enable FL000 -->",
    ],
)
def test_naming_fl000_in_a_suppression_is_an_error_with_file_and_line(comment):
    text = f"# Title\n\n{comment}\nThe alpha team won.\n"
    with pytest.raises(InputError) as err:
        lint(text)
    assert (err.value.path, err.value.line) == ("article.md", 3)
    assert err.value.message.startswith("FL000 (unused-suppression) cannot be named in factlint-")
    assert "rules: {FL000: off}" in err.value.message and "--ignore FL000" in err.value.message


def test_fl000_in_a_suppression_through_the_cli_is_one_line_and_other_files_still_report(
    tmp_path, monkeypatch, capsys
):
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
        "--ignore FL000"
    ]
    assert "b.md:3:1: ZZ001 alpha-marker" in out


def test_every_bad_suppression_comment_of_a_file_is_an_error_line_of_its_own(tmp_path, monkeypatch, capsys):
    """Only the first was reported (h-audit26): a writer with a typo in two comments fixed one,
    ran again and met the next."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    (tmp_path / "a.md").write_text(
        "# Title\n\nThe alpha team won. <!-- factlint-disable-line ZZ01 -->\n\n"
        "<!-- factlint-disable-next-lines ZZ001 -->\nThe alpha team lost.\n"
    )
    code = cli.main(["check", "--select", "ZZ001", "a.md"])
    out, err = capsys.readouterr()
    assert code == 2 and "1 file could not be checked" in out
    assert [line.split(": error: ")[0] for line in err.splitlines()] == ["a.md:3", "a.md:5"]


def test_a_bare_disable_does_not_silence_fl000():
    # FL000 findings are made after suppressions apply: a bare disable above an idle one does not
    # silence the report about it (and is itself reported when it silenced nothing else)
    text = (
        "# Title\n\n<!-- factlint-disable -->\n<!-- factlint-disable-next-line ZZ002 -->\nThe alpha team.\n"
    )
    assert where(lint(text)) == [("FL000", 4)]


# --- factlint-enable IDS after a bare factlint-disable --------------------------------------------


def test_enable_ids_after_a_bare_disable_re_enables_only_those_rules():
    text = (
        "# Title\n\n<!-- factlint-disable -->\nThe alpha beta one.\n\n"
        "<!-- factlint-enable ZZ002 -->\nThe alpha beta two.\n"
    )
    # ZZ002 comes back after the enable; ZZ001 stays silenced to the end; nothing is unused
    assert where(lint(text)) == [("ZZ002", 7)]


def test_a_bare_enable_then_closes_the_rest():
    text = (
        "# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
        "Alpha beta two.\n\n<!-- factlint-enable -->\nAlpha beta three.\n"
    )
    assert where(lint(text)) == [("ZZ002", 7), ("ZZ001", 10), ("ZZ002", 10)]


def test_disable_again_after_a_partial_enable_silences_that_rule_again():
    text = (
        "# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
        "Alpha beta two.\n\n<!-- factlint-disable ZZ002 -->\nAlpha beta three.\n"
    )
    assert where(lint(text)) == [("ZZ002", 7)]


def test_enable_ids_closes_its_own_range_and_the_bare_one_for_that_rule():
    text = (
        "# Title\n\n<!-- factlint-disable ZZ002 -->\n<!-- factlint-disable -->\nAlpha beta one.\n\n"
        "<!-- factlint-enable ZZ002 -->\nAlpha beta two.\n"
    )
    assert where(lint(text)) == [("ZZ002", 8)]


def test_enable_of_a_rule_already_re_enabled_closes_nothing():
    text = (
        "# Title\n\n<!-- factlint-disable -->\nAlpha beta one.\n\n<!-- factlint-enable ZZ002 -->\n"
        "Alpha beta two.\n\n<!-- factlint-enable ZZ002 -->\nAlpha beta three.\n"
    )
    findings = lint(text)
    assert where(findings) == [("ZZ002", 7), ("FL000", 9), ("ZZ002", 10)]
    assert findings[1].message == "factlint-enable ZZ002 closes no factlint-disable"


def test_an_idle_bare_disable_cut_by_enable_ids_says_where_its_range_ends():
    text = (
        "# Title\n\n<!-- factlint-disable -->\nNothing one.\n\n<!-- factlint-enable ZZ002 -->\n"
        "Beta two.\n\n<!-- factlint-enable -->\nAlpha three.\n"
    )
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 7), ("ZZ001", 10)]
    assert findings[0].message == "nothing to silence: no finding before its factlint-enable on line 9"


def test_an_idle_bare_disable_left_open_after_enable_ids_runs_to_the_end():
    text = "# Title\n\n<!-- factlint-disable -->\nNothing one.\n\n<!-- factlint-enable ZZ002 -->\nBeta two.\n"
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 7)]
    assert findings[0].message == "nothing to silence: no finding from here to the end of the file"


def test_enable_ids_without_any_disable_is_still_unmatched():
    text = "# Title\n\n<!-- factlint-enable ZZ002 -->\nBeta one.\n"
    findings = lint(text)
    assert where(findings) == [("FL000", 3), ("ZZ002", 4)]
    assert findings[0].message == "factlint-enable ZZ002 closes no factlint-disable"


@pytest.mark.parametrize("reason", ["because the desk checked", "reason the desk checked", "(desk checked)"])
def test_a_reason_without_reason_colon_says_how_to_write_it(reason):
    text = f"# Title\n\n<!-- factlint-disable-next-line ZZ001 {reason} -->\nThe alpha team won.\n"
    with pytest.raises(InputError) as info:
        lint_text(text, "desk/story.md", select=["ZZ001"])
    assert info.value.message.endswith(
        "; rule ids come first, then the reason after 'reason:' (FL003 reason: desk checked)"
    )


def test_a_mistyped_rule_id_gets_no_reason_hint():
    text = "# Title\n\n<!-- factlint-disable-next-line ZZ01 -->\nThe alpha team won.\n"
    with pytest.raises(InputError) as info:
        lint_text(text, "desk/story.md", select=["ZZ001"])
    assert "reason:" not in info.value.message

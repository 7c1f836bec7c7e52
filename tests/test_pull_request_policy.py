"""What a pull request's own files cannot do to a CI run (``--ci`` with a trusted ``--config``).

A pull request can add ``<!-- factlint-disable -->`` to its story and silence every rule: the
config's ``suppressions`` key decides whether such a comment counts. It could also copy the HTML
report's mark into a story, which a folder walk leaves out as a report: ``--ci`` does not honour
the mark. These tests run the real CLI in-process on real articles with a real rule (FL003,
"Experts say ...").
"""

from __future__ import annotations

import pytest

from factlint.linter import cli

VAGUE = "Experts say the river will rise by the weekend."


def run(tmp_path, monkeypatch, capsys, policy: str | None, article: str) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(article, encoding="utf-8")
    (tmp_path / "ci.yaml").write_text(f"suppressions: {policy}\n" if policy else "fail-on: warning\n")
    code = cli.main(
        ["check", "--ci", "--config", "ci.yaml", "--select", "FL003,FL000", "--no-cache", "story.md"]
    )
    out, err = capsys.readouterr()
    return code, out, err


BLANKET = f"<!-- factlint-disable -->\n{VAGUE}\n"
NAMED_WITH_REASON = (
    f"<!-- factlint-disable-next-line FL003 reason: the desk named them in the box -->\n{VAGUE}\n"
)


@pytest.mark.parametrize("policy", [None, "allow"])
def test_by_default_a_comment_silences_as_written(tmp_path, monkeypatch, capsys, policy):
    code, out, err = run(tmp_path, monkeypatch, capsys, policy, BLANKET)
    assert code == 0 and "FL003" not in out and err == ""


@pytest.mark.parametrize(
    ("comment", "missing"),
    [
        ("<!-- factlint-disable -->", "the rules it silences and a reason"),
        ("<!-- factlint-disable-next-line FL003 -->", "a reason"),
        ("<!-- factlint-disable-next-line reason: checked -->", "the rules it silences"),
    ],
)
def test_with_reason_refuses_a_comment_without_rules_or_reason(
    tmp_path, monkeypatch, capsys, comment, missing
):
    code, out, err = run(tmp_path, monkeypatch, capsys, "with-reason", f"{comment}\n{VAGUE}\n")
    word = comment.split()[1]
    assert code == 2
    assert err.splitlines() == [
        f"story.md:1: error: {word} needs {missing} here (the config sets 'suppressions: with-reason'): "
        f"e.g. '{word} FL101 reason: the desk checked the figure'"
    ]


def test_with_reason_keeps_a_named_comment_with_its_reason(tmp_path, monkeypatch, capsys):
    article = (
        f"<!-- factlint-disable FL003 reason: quoted from the agency -->\n{VAGUE}\n<!-- factlint-enable -->\n"
    )
    code, out, err = run(tmp_path, monkeypatch, capsys, "with-reason", article)
    assert code == 0 and "FL003" not in out and err == ""


# YAML reads a bare `off` as false, as it does for `rules: {FL003: off}`; both spellings work
@pytest.mark.parametrize("policy", ["off", '"off"'])
def test_off_lets_no_comment_silence_anything(tmp_path, monkeypatch, capsys, policy):
    code, out, err = run(tmp_path, monkeypatch, capsys, policy, NAMED_WITH_REASON)
    assert code == 1
    assert "story.md:2:1: FL003 vague-attribution" in out
    assert "FL000" not in out  # the comment is not applied, so it is not "unused" either


def test_an_unknown_policy_is_one_error_line(tmp_path, monkeypatch, capsys):
    code, out, err = run(tmp_path, monkeypatch, capsys, "never", NAMED_WITH_REASON)
    assert code == 2
    assert err.splitlines() == [
        "ci.yaml:1: error: suppressions: 'never' is not one of allow, with-reason, off"
    ]


MARKED_STORY = (
    '<!DOCTYPE html><html><head><meta name="generator" content="factlint report"><title>Port</title>'
    f"</head><body><article><h1>Port</h1><p>{VAGUE}</p></article></body></html>"
)


@pytest.mark.parametrize("how", [["."], ["--skip-non-articles", "story.html"]])
def test_under_ci_a_story_with_the_report_mark_is_still_checked(tmp_path, monkeypatch, capsys, how):
    # a folder walk leaves out factlint's own HTML reports by their mark; a pull request could
    # copy the mark into a story to keep it out of CI, so --ci does not honour it
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.html").write_text(MARKED_STORY, encoding="utf-8")
    (tmp_path / "ci.yaml").write_text("fail-on: warning\n")
    base = ["check", "--select", "FL003", "--no-cache"]
    assert cli.main([*base, *how]) == 0
    assert "factlint's own HTML reports" in capsys.readouterr().err
    assert cli.main([*base, "--ci", "--config", "ci.yaml", *how]) == 1
    assert "story.html:1:" in capsys.readouterr().out

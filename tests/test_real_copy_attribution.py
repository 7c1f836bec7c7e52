"""Attribution classes a new user's audit of real news pages found flagged wrongly (h-audit7), run
through the real command on article text of our own: a warning blocks a story in CI, so a quote
or a forecast whose source the paragraph gives must pass, and the same shape without it must not."""

from __future__ import annotations

import json


def _findings(main_here, tmp_path, text: str, rule: str) -> list[dict]:
    article = tmp_path / "story.md"
    article.write_text(text)
    argv = ["check", "--format", "json", "--select", rule]
    proc = main_here(tmp_path, [*argv, str(article)])
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


PIER = (
    "# Harbour board delays vote on new pier\n\n"
    "The harbour board postponed its vote on the new pier until June.\n\n"
    "The board chair said the costs of the project would have to be checked again first. "
    "Then the members would decide whether to go ahead. "
    '"We owe the town a careful answer, not a fast one."\n\n'
    "The fishing fleet has waited four years for the pier. Its boats moor in the river instead. "
    '"This is a disaster for the fleet."\n'
)


def test_a_quote_after_reported_speech_carried_on_keeps_its_speaker(main_here, tmp_path):
    found = _findings(main_here, tmp_path, PIER, "FL004")
    # the chair's quote closes the paragraph that reported the chair's words; the fleet's quote
    # follows two sentences of the writer's own, so nobody is said to have said it
    assert [f["line"] for f in found] == [7]
    assert "disaster for the fleet" in found[0]["message"]
    assert found[0]["severity"] == "warning"


EARNINGS = (
    "# Kellbrook Foods profit beats forecasts\n\n"
    "The company earned $12.4 million, or 41 cents a share, in the three months to September. "
    "That beat the 38 cents a share analysts expected, according to FactSet. "
    "Revenue was $310 million. Analysts expected $305 million.\n\n"
    "The chain has 400 shops. Analysts expected it to close some this year.\n"
)


def test_a_forecast_is_sourced_by_the_poll_its_paragraph_names(main_here, tmp_path):
    found = _findings(main_here, tmp_path, EARNINGS, "FL003")
    # "Analysts expected $305 million" follows the FactSet sentence; the store closures name no
    # poll in their paragraph and no figure: the market's view, shown as an info (no CI block)
    assert [(f["line"], f["severity"]) for f in found] == [(5, "info")]
    assert 'vague attribution "Analysts expected"' in found[0]["message"]

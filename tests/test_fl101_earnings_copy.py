"""FL101 on earnings copy, two classes a new user's audit of real copy found (h-audit7):
figures of different reporting periods (the quarter, the year so far, a programme to date) and
the market's forecast set against the result ("Analysts expected $1.18 billion." / "Total
revenue was $1.17 billion."). The model reads both as a contradiction ("check which figure is
right"). Real command, real model, article text of our own."""

from __future__ import annotations

import json

EARNINGS = (
    "# Kellbrook Shoes profit rises\n\n"
    "Kellbrook Shoes said on Thursday that its profit rose in the third quarter.\n\n"
    "The company reported third-quarter net income of $40.2 million, or 61 cents a share, up from "
    "the prior year's $31.7 million, or 48 cents a share.\n\n"
    "For the first nine months of the year, net income rose to $98.5 million, or $1.49 a share, "
    "from the prior year's $84.1 million, or $1.27 a share.\n\n"
    "During the quarter, Kellbrook bought back about 120,000 of its shares at a cost of about "
    "$4.1 million. To date, about 460,000 shares have been bought back under the plan for a total "
    "of $14.8 million.\n"
)


FORECAST = (
    "# Kellbrook Shoes sales rise\n\n"
    "Kellbrook Shoes said its sales rose in the third quarter as shoppers returned to its stores.\n\n"
    "Net income was $40.2 million, or 61 cents a share. That was more than the 55 cents a share "
    "analysts expected, according to FactSet. Total revenue was $412 million. Analysts expected "
    "$418 million.\n"
)


def _fl101(main_here, tmp_path, config: str | None = None, text: str = EARNINGS) -> list[dict]:
    (tmp_path / "story.md").write_text(text)
    if config is not None:
        (tmp_path / ".factlint.yaml").write_text(config)
    argv = ["check", "--format", "json", "--select", "FL101"]
    proc = main_here(tmp_path, [*argv, "story.md"])
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def test_figures_of_different_periods_are_not_a_contradiction(main_here, tmp_path):
    assert _fl101(main_here, tmp_path) == []


def test_the_periods_option_brings_them_back(main_here, tmp_path):
    # what the default leaves out is a pair the model does flag: the option shows it at info
    found = _fl101(main_here, tmp_path, "rules:\n  FL101: {periods: info}\n")
    assert [(f["line"], f["severity"]) for f in found] == [(9, "info")]
    assert "460,000 shares" in found[0]["message"] and "120,000" in found[0]["message"]


def test_a_forecast_against_the_result_is_not_a_contradiction(main_here, tmp_path):
    assert _fl101(main_here, tmp_path, text=FORECAST) == []
    # a forecast is one of the hedged kinds: with hedged at info the model's pair shows
    found = _fl101(main_here, tmp_path, "rules:\n  FL101: {hedged: info}\n", text=FORECAST)
    assert [(f["line"], f["severity"]) for f in found] == [(5, "info")]
    assert '"Analysts expected $418 million."' in found[0]["message"]

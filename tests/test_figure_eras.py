"""The era a sentence dates a figure to, and a day's increment against a running count
(analysis/figure_times.py): invented sentences."""

from __future__ import annotations

import pytest

from factlint.analysis.figure_times import eras_apart, figure_era, told_apart, window_against_running


def _at(text: str, figure: str) -> tuple[int, int]:
    k = text.index(figure)
    return k, k + len(figure)


@pytest.mark.parametrize(
    "text, figure, past, present",
    [
        ("The 2012 floods killed 112 people in Pellard.", "112", {"2012"}, set()),
        ("During the 2017 heatwave, 140 people died.", "140", {"2017"}, set()),
        ("Last month, floods in the north killed 31 people.", "31", {"last-span"}, set()),
        ("A year earlier, 63 people died in floods.", "63", {"last-span"}, set()),
        ("At least 24 people were killed on Saturday.", "24", set(), {"day"}),
        ("Health officials said 56 people have died this summer.", "56", set(), {"day"}),
        # a yardstick after the figure dates another thing, not the figure
        ("At least 24 died, the worst since 2009.", "24", set(), set()),
        ("At least 24 died, more than the 2012 floods.", "24", set(), set()),
        ("Earlier this year, a landslide killed 19 people.", "19", {"last-span"}, set()),
    ],
)
def test_the_era_a_sentence_dates_a_figure_to(text, figure, past, present):
    p, n = figure_era(text, *_at(text, figure))
    assert set(p) == past and set(n) == present


def test_a_past_year_against_the_story_s_days_is_another_event():
    a = "At least 24 people were killed when floods hit Pellard on Saturday."
    b = "The 2012 floods killed 112 people in Pellard."
    assert eras_apart(a, _at(a, "24"), b, _at(b, "112"))
    assert told_apart(a, _at(a, "24"), b, _at(b, "112"))


def test_one_year_in_both_or_a_year_beside_a_day_stays_one_event():
    a = "The 2019 floods killed 102 people, the agency said in its report on Monday."
    b = "The report found that the 2019 floods, which killed 120 people, were made worse."
    assert not eras_apart(a, _at(a, "102"), b, _at(b, "120"))
    c = "The floods killed 30 people in Pellard."  # dated neither way: may be the 2019 floods again
    assert not eras_apart(b, _at(b, "120"), c, _at(c, "30"))


def test_a_day_s_increment_is_not_the_running_count():
    a = "The fever has killed 800 people in Varrow since March."
    b = "Authorities recorded 57 deaths in the past 24 hours."
    assert window_against_running(a, _at(a, "800"), b, _at(b, "57"))
    c = "The ministry said 61 people had died in the past 24 hours."
    assert not window_against_running(b, _at(b, "57"), c, _at(c, "61"))

"""The scope reader of FL401's comparisons (analysis/figure_scope.py): places, the whole
country, a second set and fact-box records tell two counts apart; a restatement keeps them one."""

from __future__ import annotations

from factlint.analysis.figure_scope import places, second_set


def _at(text: str, figure: str) -> int:
    return text.index(figure)


def test_places_read_the_clause_of_the_figure():
    text = "At least 310 deaths were recorded in Marrow Province, officials said."
    assert places(text, _at(text, "310")) == (frozenset({"marrow"}), False)
    text = "In Dunmere County, 9 people were killed by falling trees."
    assert places(text, _at(text, "9")) == (frozenset({"dunmere"}), False)
    text = "The country has reported at least 520 deaths since the rains began."
    assert places(text, _at(text, "520")) == (frozenset(), True)
    text = "Twelve workers were taken to hospital on Monday."
    assert places(text, _at(text, "Twelve")) == (frozenset(), False)  # a weekday is no place


def test_a_second_set_is_read_from_other_more_another_and_also():
    for text, figure in [
        ("Four more workers were taken to hospital.", "Four"),
        ("Three other guards were also wounded.", "Three"),
        ("Another 6 suspects were arrested at homes nearby.", "6"),
        ("Two guards were also hurt in the yard.", "Two"),
    ]:
        start = _at(text, figure)
        assert second_set(text, start, start + len(figure)), text
    for text, figure in [
        ("More than 40 people were hurt.", "40"),
        ("Some 40 more than expected came.", "40"),  # "more than": a comparison, not a set
        ("Four workers were taken to hospital.", "Four"),
    ]:
        start = _at(text, figure)
        assert not second_set(text, start, start + len(figure)), text

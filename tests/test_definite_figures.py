"""A figure a story restates by a definite phrase (``analysis/definite_figures.py``), read from
invented stories: which earlier figure it is tied to, and the signs that keep two figures apart."""

from __future__ import annotations

import pytest

from factlint.analysis.definite_figures import definite_restatements, named_anew
from factlint.analysis.numbers import numbers
from factlint.linter.loader import load_document
from factlint.linter.rule import Context


def _read(text: str):
    doc = load_document(None, data=text.encode("utf-8"), display_path="article.md")
    qs = numbers(doc, Context(doc)).quantities
    return qs, [s.text for s in doc.sentences]


def _ties(text: str) -> list[tuple[str, str]]:
    qs, texts = _read(text)
    return [(qs[a].text, qs[b].text) for b, a in definite_restatements(qs, texts).items()]


_STAFF = "Orvane Weaving said it would close its mill in Tesk, which employs 1,200 staff.\n\n"


@pytest.mark.parametrize(
    "later, tied",
    [
        ("The mill's 1,450 employees were told on Friday.", [("1,200", "1,450")]),
        ("All 1,300 workers were told on Friday.", [("1,200", "1,300")]),
        # a part picked out, a place or owner new to the story, a new lot, values far apart
        ("The 900 employees who joined the strike were told on Friday.", []),
        ("The 1,450 employees of the Kerrow plant were told on Friday.", []),
        ("The remaining 1,100 employees were told on Friday.", []),
        ("The mill's 3,000 employees were told on Friday.", []),
        # a change told
        ("The mill's staff rose to 1,450 employees last year.", []),
    ],
)
def test_definite_phrase_ties_the_one_earlier_figure_of_its_noun(later, tied):
    assert _ties(_STAFF + later) == tied


def test_length_by_the_noun_of_what_it_measures():
    text = (
        "The council approved a new tram line that will be 40 km long.\n\n"
        "Work on the 42-kilometre route is due to start next spring.\n"
    )
    assert _ties(text) == [("40 km", "42-kilometre")]


def test_two_earlier_values_leave_the_phrase_untied():
    text = (
        "The Tesk mill employs 1,200 staff and the Orrin mill employs 800 staff.\n\n"
        "The 1,000 employees were told on Friday.\n"
    )
    assert _ties(text) == []


def test_small_groups_stay_apart():
    text = "Five schools in Tesk were shut.\n\nThe three schools reopened on Friday.\n"
    assert _ties(text) == []


def test_count_at_a_place_named_there_first():
    qs, texts = _read(
        "Harwick General has 300 beds.\n\nThe 340 beds at the Sellow clinic were full.\n\n"
        "The 320 beds at Harwick were full.\n"
    )
    assert [qs[k].text for k in sorted(named_anew(qs, texts))] == ["340"]

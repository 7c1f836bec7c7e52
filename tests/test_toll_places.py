"""The place a sentence opens with scopes its counts (analysis/toll_places.py), unless a named
subject after the opening owns them."""

from __future__ import annotations

from factlint.analysis.text import word_tokens
from factlint.analysis.toll_places import opening_place


def test_an_opening_place_scopes_the_counts_told_after_it():
    text = "In Corvin, which had a day of mourning on Friday, officials said 20 people had died."
    assert opening_place(word_tokens(text)) == frozenset({"corvin"})


def test_a_named_subject_after_the_opening_owns_the_count():
    text = "In Eastern Tarvia, Mozar, the hardest-hit state, has counted at least 318 deaths."
    assert opening_place(word_tokens(text)) == frozenset()


def test_a_sentence_opening_on_a_time_has_no_opening_place():
    assert opening_place(word_tokens("In March, floods killed 14 people in the valley.")) == frozenset()

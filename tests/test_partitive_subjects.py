"""The word after a partitive subject's noun read as the clause's verb or as a participle."""

from __future__ import annotations

from factlint.analysis.partitive_subjects import verb_of_partitive
from factlint.analysis.text import word_tokens


def _read(sentence: str, figure: str, word: str) -> bool:
    toks = word_tokens(sentence)
    lo = next(k for k, t in enumerate(toks) if t.text == figure)
    k = next(k for k, t in enumerate(toks) if t.text == word)
    return verb_of_partitive(toks, lo, k)


def test_an_opening_partitive_with_no_later_verb_has_its_own_verb():
    assert _read("Most of the 37 deaths occurred in the hill towns, an aide said.", "37", "occurred")


def test_a_later_verb_of_being_makes_the_word_a_participle():
    assert not _read("Most of the 37 deaths recorded in the hill towns were children.", "37", "recorded")


def test_a_partitive_inside_a_clause_is_left_as_a_participle():
    assert not _read("Medics counted most of the 37 deaths reported by Friday.", "37", "reported")

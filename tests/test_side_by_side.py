"""Two values set side by side in one sentence (analysis/side_by_side.py): a comparison or a list
of one noun's values tells them apart; two things counted in one list do not."""

from __future__ import annotations

from factlint.analysis.numbers import numbers
from factlint.analysis.side_by_side import SideBySide
from factlint.linter.loader import parse_text
from factlint.linter.rule import Context


def _together(text: str, first: str, second: str) -> bool:
    doc = parse_text(text, "text")
    qs = numbers(doc, Context(doc)).quantities
    a = next(q for q in qs if q.text.startswith(first))
    b = next(q for q in qs if q.text.startswith(second) and q is not a and q.sentence > a.sentence)
    return SideBySide(qs, [s.text for s in doc.sentences]).together(a, b)


def test_a_comparison_sets_two_values_side_by_side():
    text = "The Marrow chapel has a fine five-storey tower.\n\nTowers there were built lower, typically five rather than nine storeys.\n"
    assert _together(text, "five", "nine")


def test_a_list_of_one_nouns_values_sets_them_side_by_side():
    text = "The Orlen plant employs 300 people and its sister plant 120.\n\nThe sister plant's 120 workers make valves.\n"
    assert _together(text, "300", "120")


def test_two_things_counted_in_one_list_are_not_the_values_of_one():
    text = (
        "Two water-bombing jets were sent to the blaze on Monday.\n\n"
        "By the evening two boats and three jets were fighting the blaze.\n"
    )
    assert not _together(text, "Two", "three")

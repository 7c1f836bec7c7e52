"""A total and its breakdown told across nearby sentences (analysis/breakdowns.py): parts of the
total's thing that add up to it are set apart from it and from each other; figures that do not
add up are not."""

from __future__ import annotations

from factlint.analysis.breakdowns import Breakdowns
from factlint.analysis.numbers import numbers
from factlint.linter.loader import parse_text
from factlint.linter.rule import Context


def _apart(text: str, first: str, second: str) -> bool:
    doc = parse_text(text, "text")
    qs = numbers(doc, Context(doc)).quantities
    a = next(i for i, q in enumerate(qs) if q.text == first)
    b = next(i for i, q in enumerate(qs) if q.text == second and i != a)
    return Breakdowns(qs).apart(a, b)


TOLL = (
    "Twelve people died in the gale that struck the Quellin coast on Friday.\n\n"
    "Seven people died in Ardrow.\n\n"
    "Five people died in Belsey, the mayor said.\n"
)


def test_parts_in_the_next_sentences_that_add_up_are_apart_from_the_total():
    assert _apart(TOLL, "Twelve", "Seven")
    assert _apart(TOLL, "Twelve", "Five")


def test_two_parts_of_one_breakdown_are_apart_from_each_other():
    assert _apart(TOLL, "Seven", "Five")


def test_parts_told_before_their_total():
    text = "Seven people died in Ardrow.\n\nFive people died in Belsey.\n\nTwelve people died in all, the governor said.\n"
    assert _apart(text, "Twelve", "Seven")


def test_figures_that_do_not_add_up_are_no_breakdown():
    text = TOLL.replace("Five people", "Six people")
    assert not _apart(text, "Twelve", "Seven")
    assert not _apart(text, "Twelve", "Six")


def test_a_restated_total_is_no_part():
    text = TOLL + "\nOn Sunday the governor said 14 people had died in the gale.\n"
    assert not _apart(text, "Twelve", "14")


def test_some_of_them_and_the_rest():
    text = (
        "Twenty people were reported missing after the ferry capsized.\n\n"
        "Twelve of them were later found alive.\n\n"
        "Eight people are still missing, the coast guard said.\n"
    )
    assert _apart(text, "Twenty", "Eight")


def test_counts_of_another_thing_make_no_breakdown():
    text = (
        "Twelve people died in the gale on Friday.\n\n"
        "The gale tore the roofs off seven houses in Ardrow and five barns in Belsey.\n"
    )
    assert not _apart(text, "Twelve", "seven")

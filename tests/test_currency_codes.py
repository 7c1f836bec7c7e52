"""ISO currency codes before a figure ("SEK4.2 million", "NOK 4.2 million") in the shared number
reader and the money reader, and the kinds of profit that tell two sums of a company apart."""

from __future__ import annotations

import pytest

from factlint.analysis.earnings_told import earnings_kind, names_but_the_speaker
from factlint.analysis.measure_claims import subject_names
from factlint.analysis.money import money_claims
from factlint.analysis.numbers import numbers
from factlint.analysis.numtext import currency_code
from factlint.linter.loader import load_document
from factlint.linter.rule import Context


def _quantities(text: str):
    doc = load_document(None, data=text.encode("utf-8"), display_path="article.md")
    return numbers(doc, Context(doc)).quantities


@pytest.mark.parametrize(
    "text, figure, currency, value",
    [
        ("Halvik Data made a profit of SEK4.2 million.", "SEK4.2 million", "SEK", 4.2e6),
        ("Halvik Data made a profit of NOK 4.2 million.", "NOK 4.2 million", "NOK", 4.2e6),
        ("The fund paid out CHF12.3 million last year.", "CHF12.3 million", "CHF", 12.3e6),
        ("The deal is worth USD 5,000 a month to the club.", "USD 5,000", "USD", 5000.0),
    ],
)
def test_a_code_before_the_figure_is_its_currency(text, figure, currency, value):
    money = [q for q in _quantities(text) if q.kind == "money"]
    assert [(q.text, q.unit, q.value) for q in money] == [(figure, currency, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The site runs on PHP 7.4 and serves 300 pages.",  # a code left out: a language's name
        "The ABC 5 route carries 300 riders.",  # capitals that are no code
        "The sek 4 payment was late.",  # a code is read only in capitals
    ],
)
def test_capitals_that_are_no_code_make_no_money(text):
    assert not [q for q in _quantities(text) if q.kind == "money"]


def test_currency_code_is_read_in_capitals_only():
    assert currency_code("SEK") == "SEK"
    assert currency_code("sek") is None and currency_code("PHP") is None and currency_code("SEKS") is None


def test_money_claims_read_a_code_and_keep_it_out_of_the_names():
    (claim,) = money_claims(
        0,
        "Halvik Data's net profit was SEK4.2 million.",
        subject_names("Halvik Data's net profit was SEK4.2 million."),
    )
    assert (claim.unit, claim.value, claim.measure) == ("SEK", 4.2e6, "profit")
    assert subject_names("NOK 4.2 million and SEK4.2 million for Halvik") == {"halvik"}


def test_two_codes_are_two_currencies():
    text = "Halvik Data's net profit was SEK4.2 million, or NOK 4.4 million."
    assert sorted(c.unit for c in money_claims(0, text, subject_names(text))) == ["NOK", "SEK"]


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Net profit rose to 74 million euros.", {"net"}),
        ("Operating profit rose to 74 million euros.", {"operating"}),
        ("Profit rose to 74 million euros.", set()),
        ("Net profit rose and operating profit fell.", None),  # two kinds: no sum told again
        ("The unit's profit rose to 7 million euros.", None),  # a part of the company
    ],
)
def test_earnings_kind(text, kinds):
    found = earnings_kind(text)
    assert (found if found is None else set(found)) == kinds


@pytest.mark.parametrize(
    "text, left",
    [
        ("Net profit rose to 74 million euros, chief executive Lina Osterberg said.", set()),
        ("Finance chief Ada Korvin said net profit rose to 5 million euros.", set()),
        # a company named before the role may be another company: its names stay
        ("Profit rose, Kelmart chief executive Lina Osterberg said.", {"kelmart", "lina", "osterberg"}),
    ],
)
def test_a_speakers_name_is_no_subject(text, left):
    assert set(names_but_the_speaker(text, subject_names(text))) == left

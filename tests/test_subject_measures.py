"""analysis/subject_measures.py and its readers: measures of one subject read from sentences (the rule-level behaviour is in
rules/fl401_number_mismatch.yaml, run through the engine by test_rule_cases.py)."""

from factlint.analysis.subject_measures import claims, conflicts
from factlint.analysis.votes import seats_of_other_parties


def _pairs(*texts: str) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in conflicts(list(texts))]


def test_one_deal_with_two_prices_conflicts():
    assert _pairs(
        "Ardent Mills agreed to buy Corvel for $3.4 billion.",
        "The acquisition of Corvel values it at $4.1 billion.",
    ) == [("$3.4 billion", "$4.1 billion")]


def test_rounding_and_words_for_the_currency_agree():
    assert not _pairs(
        "Ardent Mills agreed to buy Corvel for $3.44 billion.",
        "Ardent Mills will pay 3.4 billion dollars in the acquisition of Corvel.",
    )


def test_different_currencies_are_never_compared():
    assert not _pairs(
        "The commission fined Corvel €4.3 billion.",
        "Corvel was fined $5 billion by the commission.",
    )


def test_an_upper_bound_holds_a_smaller_plain_figure_but_not_a_larger_one():
    first = "Corvel will pay up to $700 million to settle the claims."
    assert not _pairs(first, "The Corvel settlement is worth $650 million.")
    assert _pairs(first, "The Corvel settlement is worth $750 million.")


def test_a_figure_marked_as_earlier_or_planned_makes_no_claim():
    assert claims(0, "The regulator originally proposed to fine Corvel £183 million.") == []
    assert claims(0, "Analysts expected Corvel to be fined £20 million.") == []


def test_a_sentence_naming_two_measures_makes_no_claim():
    assert claims(0, "Corvel, with revenue of $2 billion, was bought for $9 billion.") == []


def test_turnout_next_to_its_word_and_a_partial_count_apart():
    (c,) = claims(0, "The Yes side won with a 60.5 per cent turnout.")
    assert (c.measure, c.value) == ("turnout", 60.5)
    assert claims(0, "After 12 of 40 constituencies had declared, turnout stood at 58%.") == []


def test_share_moves_are_read_per_clause():
    found = claims(0, "Corvel's shares jumped 48% on the news, while Ardent's shares fell 3.3%.")
    assert [(c.measure, c.value, sorted(c.names)) for c in found] == [
        ("move:up:shares", 48.0, ["corvel"]),
        ("move:down:shares", 3.3, ["ardent"]),
    ]


def test_seat_counts_of_two_parties_are_two_counts():
    text = "The Alliance bagged 354 seats, whereas the Congress only won 52 seats."
    assert seats_of_other_parties(text, text.index("354"), "The Congress party won 52 seats.", 21)

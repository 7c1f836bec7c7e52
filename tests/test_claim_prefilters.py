"""The substring tests that spare the measure readers a regex search (``lacks_all``) never rule
out a sentence the pattern itself would match: whatever the case, and with the characters that
``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` keeps them apart."""

from __future__ import annotations

import re

import pytest

from factlint.analysis import estimates, money, votes
from factlint.analysis.measure_claims import PERCENT, lacks_all
from factlint.analysis.subject_measures import claims

# (pattern, what the reader's prefilter needs)
PREFILTERED = [
    (votes._TURNOUT, ("turnout",)),
    (votes._SEATS, ("seats",)),
    (votes._OF_THE_VOTE, ("vote", "ballot")),
    (estimates._PER_SHARE, ("share", "eps")),
]

SENTENCES = [
    "The firm paid $4.5 million to settle the case.",
    "The council approved a budget of USD 12 million on Monday.",
    "The fine came to 40 million euros, the regulator said.",
    "Tickets cost £25 each and EUR 30 at the door.",
    "The club was sold for 300 million Dollars in 2019.",
    "Turnout was 61.2% across the region.",
    "TURNOUT: 48 per cent",
    "The Greens won 14 seats in the assembly.",
    "The party holds 27 SEATS after the count.",
    "She took 52.4% of the vote, against 47.6% for her rival.",
    "He won 60 percent of valid ballots cast.",
    "Analysts expected earnings of $1.12 per share, according to FactSet.",
    "Adjusted EPS came in at $2.05, above the consensus estimate.",
    "Rescuers reached 40 people stranded near the river on Tuesday.",
    "The ſeats were 12 ſeats in all.",  # long s: IGNORECASE reads it as "s"
    "Her share rose to 12 pc of the vote.",
    "Dotless ı and dotted İ stand here beside 3 ballots.",
    "The Rs 11,400 crore fraud came to light in February.",
    "The Rs. 20 lakh bribe and ₹3 crore in cash were seized.",
    "He was ordered to repay 40 crore rupees and INR 2 million.",
    "Over the years others said Rs. were owed.",
    "The court fined the trader 3 million Swiss francs, or CHF 3 million.",
    "The scheme took ₦2.5 billion, NGN 40 million and 304 trillion dong (VND 12 trillion).",
    "Sales reached 75 billion yuan (CNY 75 billion, RMB 75 billion) and JPY 5 billion in Japan.",
]


@pytest.mark.parametrize("pattern, needs", PREFILTERED, ids=lambda x: getattr(x, "pattern", str(x))[:30])
def test_a_sentence_ruled_out_is_one_the_pattern_cannot_match(pattern: re.Pattern, needs: tuple[str, ...]):
    for text in SENTENCES:
        if lacks_all(text, needs):
            assert pattern.search(text) is None, text


def test_a_sentence_ruled_out_of_money_is_one_money_cannot_match():
    # (money's prefilter tests "Rs" in its own case: a lower-case "rs" is in most sentences)
    for text in SENTENCES:
        if money.lacks_money(text):
            assert money._MONEY.search(text) is None, text
    assert money.lacks_money("Over the years others said nothing.")


def test_percent_prefilter_matches_the_pattern():
    for text in SENTENCES:
        if "%" not in text and lacks_all(text, ("cent", "pc")):
            assert PERCENT.search(text) is None, text


def test_long_s_is_left_to_the_pattern():
    assert votes._SEATS.search("won 12 ſeats") is not None
    assert not lacks_all("won 12 ſeats", ("seats",))
    assert lacks_all("won 12 chairs", ("seats",))


# one sentence of each kind the prefiltered readers make a claim of, with what they read
READ = [
    ("The firm paid $4.5 million to settle the case.", ("settlement", "USD", 4500000.0)),
    ("The fine came to 40 million euros, the regulator said.", ("fine", "EUR", 40000000.0)),
    ("The Rs 11,400 crore fraud came to light in February.", ("fraud", "INR", 114000000000.0)),
    ("The court fined the trader 40 crore rupees.", ("fine", "INR", 400000000.0)),
    ("Turnout in Northmark was 61.2 per cent.", ("turnout", "%", 61.2)),
    ("In Northmark, turnout reached 61.2%.", ("turnout", "%", 61.2)),
    ("The Greens won 14 seats in the assembly.", ("seats:The Greens", "seats", 14.0)),
    ("Labour won 52.4% of the vote in Kilbride.", ("share:labour", "%", 52.4)),
    ("Inflation rose to 3.2% in March, the statistics office said.", ("rate:inflation", "%", 3.2)),
    ("Analysts expected earnings of $1.12 per share, according to FactSet.", ("eps-estimate", "USD", 1.12)),
]


@pytest.mark.parametrize("text, expected", READ, ids=[e[0] for _, e in READ])
def test_claims_still_read_through_the_prefilters(text: str, expected: tuple):
    assert [(c.measure, c.unit, c.value) for c in claims(0, text)] == [expected]


def test_a_match_score_is_read_by_its_own_reader():
    # (scores left the claim readers: analysis/match_scores.py reads a match's final score)
    from factlint.analysis.match_scores import score_conflicts

    told = "Kilbride Rovers beat Northmark United 3-1 on Saturday."
    assert claims(0, told) == []
    conflicts = score_conflicts([told, "The 2-1 win lifts Kilbride Rovers to second."])
    assert [(a.value, b.value, b.told_back) for a, b in conflicts] == [((3, 1), (2, 1), True)]
    assert score_conflicts([told, "The 3-1 win lifts Kilbride Rovers to second."]) == []

"""Which quantity a figure measures (analysis/measures.py) and the FL101 gate built on it
(analysis/pairs.same_event), on sentences written like business, sport and election copy."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from factlint.analysis.measures import compare, figures
from factlint.analysis.pairs import Cosines, same_event, select_pairs, sentence_cues


@pytest.mark.parametrize(
    "a, b",
    [
        # business: different measures, a part and the whole, periods
        (
            "The cement maker said its net profit rose 12 per cent to Rs 3,606 crore in the quarter.",
            "Total income grew 19.76 per cent to Rs 8,903 crore in the quarter.",
        ),
        (
            "Group revenue rose 27 percent to 3.8 billion yuan last year.",
            "Revenue from shipbuilding rose 25 percent to 2.3 billion yuan last year.",
        ),
        (
            "Group revenue rose 27 percent to 3.8 billion yuan last year.",
            "Shipbuilding revenue increased by 25 percent to 2.3 billion yuan last year.",
        ),
        ("Sales reached $4.2 billion this year.", "Sales were $3.9 billion last year."),
        ("Revenue was 3.8 billion yuan in 2023.", "Revenue was 3.1 billion yuan in 2022."),
        ("Net profit rose to Rs 72 crore from Rs 57 crore.", "Net profit was Rs 57 crore a year earlier."),
        # sport: two teams, a result and an earlier one
        ("Arsenal stay top of the table with 34 points.", "The defeat leaves Chelsea fourth with 28 points."),
        ("Leeds beat Hull 3-1 on Saturday.", "Hull had lost 2-0 at Derby a week earlier."),
        # elections: two parties, turnout and vote share, a rounded figure
        ("Labour won 412 seats.", "The Conservatives won 121 seats."),
        ("Turnout was 60 per cent.", "Labour took 34 per cent of the vote."),
        ("Labour's vote share rose to 34%.", "Labour won 33.8 percent of the vote."),
        ("Labour won over 200 seats.", "Labour won 211 seats."),
    ],
)
def test_different_quantities(a, b):
    assert compare(a, b) == "different"
    assert compare(b, a) == "different"


@pytest.mark.parametrize(
    "a, b",
    [
        ("Turnout in the city was 60 per cent.", "Turnout in the city was 52 per cent."),
        ("Revenue gained 27 percent to 3.8 billion yuan.", "Revenue rose 30 percent to 3.8 billion yuan."),
        ("Labour won 412 seats.", "Labour took 400 seats in the election."),
        ("A fire killed three people on Tuesday.", "Five people were killed in the fire."),
        ("United won 3-1 at home.", "United lost 0-2 at home."),
        ("Net profit was Rs 72 crore, against Rs 57 crore a year ago.", "Net profit rose to Rs 80 crore."),
    ],
)
def test_same_measure_different_figure_is_a_conflict(a, b):
    assert compare(a, b) == "conflict"


def test_no_figures_nothing_to_compare():
    assert compare("Nobody was killed in the fire.", "A fire killed three people.") == "none"
    # times, years and ordinals are not amounts
    assert figures("The fire broke out about 7:00 p.m. on Monday in 2016.") == ()
    assert figures("McTominay scored in the 19th minute.") == ()


def test_figure_slots():
    (pct, money, seg_pct, seg_money) = figures(
        "Revenue gained 27 percent to 3.8 billion yuan, while shipbuilding revenue rose 25 percent "
        "to 2.3 billion."
    )
    assert (pct.unit, pct.measure, pct.part) == ("%", "revenue", None)
    assert (money.unit, money.value) == ("money", 3.8e9)
    assert seg_pct.part == seg_money.part == "shipbuilding"
    assert seg_money.unit == "money"  # a bare "2.3 billion" of revenue is money


def test_gate_keeps_a_polarity_flip_about_the_same_event():
    lead = "A fire destroyed a warehouse in Leeds on Tuesday, killing three people, the fire service said."
    assert same_event(lead, "Nobody was killed in the fire.") == "polarity"
    assert (
        same_event("The bridge was opened to traffic in March.", "The bridge has never been opened.")
        == "polarity"
    )
    assert same_event("Turnout was 60 per cent.", "Only 52 per cent turnout was recorded.") == "figure"
    assert (
        same_event(
            "The bridge over the river was opened to traffic in March.",
            "The bridge over the river has never been opened to traffic.",
        )
        == "words"
    )
    # few shared words and no contrast: not about the same thing
    assert same_event("Everyone was kissing everybody.", "It was like living under a dark cloud.") is None
    assert same_event("Crews fought the fire all night.", "The fire service thanked residents.") is None


def test_select_pairs_memory_is_linear():
    """A long article must not hold every pair: 600 sentences have 179,700 pairs."""
    rng = np.random.default_rng(1)
    n = 600
    words = "fire council bridge Leeds Smith profit rose fell not three 5 20 said the a of".split()
    cues = [sentence_cues(" ".join(rng.choice(words, size=8))) for _ in range(n)]
    vectors = rng.normal(size=(n, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    tracemalloc.start()
    pairs = select_pairs(cues, Cosines(vectors))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(pairs) <= 4 * n
    assert peak < 30 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"

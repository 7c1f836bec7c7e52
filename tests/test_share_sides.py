"""The second side of a result pair (analysis/share_sides.py over result_pairs.share_pairs)."""

from factlint.analysis.share_sides import second_shares


def _seconds(text: str) -> list[str]:
    return [text[k : k + 4] for k in sorted(second_shares(text))]


def test_the_losing_side_of_a_result_pair():
    assert _seconds("Before the recount, Brenn had led Tamm by 46.3 percent to 45.9 percent.") == ["45.9"]
    assert _seconds("Vinter beat Ostrum 52% to 47% in the Kessby district.") == ["47% "]


def test_a_move_is_no_pair_of_sides():
    assert _seconds("Prices went up by 2.1% to 3.4% in March.") == []
    assert _seconds("Unemployment was 4.1% against 3.9% a year ago.") == []
    assert _seconds("The rate rose from 2.1% to 3.4%.") == []

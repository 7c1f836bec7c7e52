"""Which side of a two-share result a percentage is: "had led Delmar by 46.3 percent to 45.9
percent", "beat Ostro 52% to 47%", "won 54.1% against 43.8%".

In such a pair the second share is the other side's (the one led, beaten or run against), so it
is no restatement of a share given alone for the first side ("won with 46.3 percent"): setting
the loser's figure against the winner's is a false alarm. A pair that moves ("from 2.1% to
3.4%", "went up by 2.1% to 3.4%") or sets two times apart ("4.1% against 3.9% a year ago") is no
reading here; nor is a pair that cannot share one whole (the two add to more than 100): the
pairs are ``result_pairs.share_pairs``.
"""

from __future__ import annotations

from functools import lru_cache

from .figure_types import Quantity
from .result_pairs import share_pairs


@lru_cache(maxsize=4096)  # (asked for each pair of percentages: one reading per sentence)
def second_shares(text: str) -> frozenset[int]:
    """Start offsets of the shares that sentence ``text`` gives as the second side of a pair."""
    return frozenset(m.start("b") for m in share_pairs(text))


def sides_apart(a: Quantity, b: Quantity, texts: list[str]) -> bool:
    """Two percentages of which exactly one is the second side of a result pair in its sentence:
    one side's share against the other's, not one share told twice."""
    if a.kind != "percent" or b.kind != "percent":
        return False
    seconds = [any(q.start <= k < q.end for k in second_shares(texts[q.sentence])) for q in (a, b)]
    return seconds[0] != seconds[1]

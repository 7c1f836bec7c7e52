"""Which side of a two-share result a percentage is: "had led Delmar by 46.3 percent to 45.9
percent", "beat Ostro 52% to 47%", "won 54.1% against 43.8%".

In such a pair the second share is the other side's (the one led, beaten or run against), so it
is no restatement of a share given alone for the first side ("won with 46.3 percent"): setting
the loser's figure against the winner's is a false alarm. A pair that moves ("from 2.1% to
3.4%") is a change, not two sides, and is no reading here; nor is a pair that cannot share one
whole (the two add to more than 100).
"""

from __future__ import annotations

from .figure_types import Quantity
from .result_pairs import _PAIRS


def second_shares(text: str) -> frozenset[int]:
    """Start offsets of the shares that sentence ``text`` gives as the second side of a pair."""
    if "%" not in text and "per" not in text and " pc" not in text:
        return frozenset()
    found = set()
    for pattern in _PAIRS:
        for m in pattern.finditer(text):
            if float(m.group("a")) + float(m.group("b")) > 100.5:
                continue
            if text[: m.start()].rstrip().lower().rsplit(" ", 1)[-1] == "from":
                continue  # "from 2.1% to 3.4%": a move, not two sides
            found.add(m.start("b"))
    return frozenset(found)


def sides_apart(a: Quantity, b: Quantity, texts: list[str]) -> bool:
    """Two percentages of which exactly one is the second side of a result pair in its sentence:
    one side's share against the other's, not one share told twice."""
    if a.kind != "percent" or b.kind != "percent":
        return False
    seconds = [any(q.start <= k < q.end for k in second_shares(texts[q.sentence])) for q in (a, b)]
    return seconds[0] != seconds[1]

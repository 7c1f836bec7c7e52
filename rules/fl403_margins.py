"""FL403: a lead stated beside the two figures it lies between ("Vonn got 60 votes and Sorel 45,
a 25-vote lead"; "polled 38%, against 31% for the Greens, a lead of nine points"; "58 points, 12
ahead of Dorn on 48"). The lead is the difference of the two figures (in points, between two
percentages), within their rounding.

Read only where a sentence gives just those three figures: a third figure may be what the lead is
over, and a sentence that tells a move ("widened", "from", "last") may give a lead of another
time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.number_parse import _parse_number
from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _CHANGE_WORDS, _Figure, plain_number, sentence_figures

# what a lead is called, and the units it is counted in ("a 25-vote lead", "a lead of nine points")
_LEADS = frozenset({"lead", "margin", "advantage", "edge", "cushion"})
# a result told by its margin: "a 16-point win" (with the unit only: "a 3-1 win" is a score)
_RESULTS = frozenset({"win", "victory", "defeat", "triumph", "rout"})
_NEAR = 9  # tokens from the first figure to the second, and from the second to the lead
_LEAD_UNITS = frozenset(
    {"point", "points", "vote", "votes", "seat", "seats", "goal", "goals", "run", "runs", "%", "percent"}
)
# a lead of another time than the figures': "widened its lead", "from last year's"
_OTHER_TIME = _CHANGE_WORDS | frozenset(
    "widen widened widening widens extend extended extends narrow narrowed narrows narrowing cut "
    "trimmed overturned overturn previous last earlier from before ago".split()
)


@dataclass(frozen=True)
class StatedLead:
    start: int
    end: int  # the span from the first figure to the last of the three
    first: _Figure
    second: _Figure
    lead: _Figure
    expected: str


def stated_leads(text: str) -> Iterator[StatedLead]:
    """Leads in ``text`` (one sentence) that are not the difference of its two other figures."""
    toks = list(figure_tokens(text))
    lead = _lead(text, toks)
    if lead is None or any(t.low in _OTHER_TIME for t in toks) or len(_years(toks)) > 1:
        return  # ("52% in 2019, against 45% in 2023": one side at two times)
    figures = [f for f in sentence_figures(text) if f.end <= lead.start or f.start >= lead.end]
    if len(figures) != 2 or lead.start < figures[0].start:
        return  # the lead is told after (or between) the two figures it lies between
    first, second = figures
    if second.token - first.token > _NEAR or lead.token - second.token > _NEAR:
        return  # two figures told apart ("three wickets for 27 runs in the final hour of Friday's play to dismiss the visitors for 214")
    units = {first.unit, second.unit}
    if not (units <= {"", "points"} or units == {"%"}):
        return  # ("58 points, 12 ahead of Dorn on 48": points both)
    gap = abs(first.value - second.value)
    slack = (first.precision + second.precision + lead.precision) / 2
    if abs(lead.value - gap) <= slack + 1e-9 or first.value == second.value:
        return
    unit = " points" if units & {"%", "points"} else ""
    yield StatedLead(
        first.start, max(second.end, lead.end), first, second, lead, f"{plain_number(gap)}{unit}"
    )


def _lead(text: str, toks: list[Token]) -> _Figure | None:
    """The one lead the sentence states: "a 25-vote lead", "a lead of nine points", "12 ahead of",
    "ahead by 12", "by a margin of 12"."""
    found = []
    for i in range(len(toks)):
        parsed = _parse_number(toks, i) if toks[i].text[:1].isalnum() else None
        if parsed is None or (i and toks[i - 1].text[:1].isdigit()):
            continue
        value, j, precision, _ = parsed
        k = j + (toks[j].text == "-" if j < len(toks) else 0)
        k += k < len(toks) and toks[k].low in _LEAD_UNITS
        before = [t.low for t in toks[max(0, i - 3) : i]]
        after = toks[k].low if k < len(toks) else ""
        if (
            (after in _LEADS or after in _RESULTS and toks[k - 1].low in _LEAD_UNITS)
            and k > j  # "a 25-vote lead", "a 16-point win"
            or before[-1:] == ["of"]
            and before[-2:-1]
            and before[-2] in _LEADS  # "a lead of nine"
            or after == "ahead"  # "12 ahead of"
            or before[-2:] == ["ahead", "by"]
        ):
            end = toks[k - 1].end if k > j else toks[j - 1].end
            found.append(_Figure(toks[i].start, end, value, precision, "", i, text[toks[i].start : end]))
    return found[0] if len(found) == 1 else None


# a majority told as a fraction of the votes: "by a two-thirds majority", "a three-fifths majority"
_FRACTIONS = {
    ("two", "thirds"): 2 / 3,
    ("three", "fifths"): 3 / 5,
    ("three", "quarters"): 3 / 4,
    ("three", "fourths"): 3 / 4,
}
# a fraction the vote is measured against, not one it reached: "fell short of the two-thirds
# majority it needed", "a two-thirds majority is required"
_THRESHOLD = frozenset(
    "needed need needs needing required require requires requiring short failed fail fails failing "
    "lacked lack lacks without missed miss would could threshold necessary if unless not".split()
)


@dataclass(frozen=True)
class StatedMajority:
    start: int
    end: int
    fraction: str  # as written ("two-thirds")
    tally: str  # as written ("41 votes to 39")
    share: float  # the share of the votes cast the tally gives, in percent


def stated_majorities(text: str) -> Iterator[StatedMajority]:
    """A vote told as won by a fraction of it ("passed by a two-thirds majority, 41 votes to 39")
    whose one tally in the sentence gives less: the ayes over the ayes and noes."""
    toks = list(figure_tokens(text))
    lows = [t.low for t in toks]
    if _THRESHOLD & set(lows):
        return
    found = []  # (first token, last token, fraction): "two-thirds majority", "two thirds majority"
    for x in range(len(toks) - 2):
        hyphen = lows[x + 1] in {"-", "–"}
        y = x + 1 + hyphen
        f = _FRACTIONS.get((lows[x], lows[y]))
        if f is not None and y + 1 < len(toks) and lows[y + 1] == "majority":
            found.append((x, y, f))
    tallies = _tallies(toks)
    if len(found) != 1 or len(tallies) != 1:
        return
    (x, y, fraction), (a, b, lo, hi) = found[0], tallies[0]
    yes, no = max(a, b), min(a, b)
    share = 100 * yes / (yes + no)
    if yes + no == 0 or share >= 100 * fraction - 1e-9:
        return
    start, end = min(toks[x].start, toks[lo].start), max(toks[y + 1].end, toks[hi].end)
    yield StatedMajority(
        start, end, text[toks[x].start : toks[y].end], text[toks[lo].start : toks[hi].end], share
    )


def _tallies(toks: list[Token]) -> list[tuple[int, int, int, int]]:
    """The vote tallies of a sentence: "41 votes to 39", "41 to 39", "41-39" (the two counts and
    their first and last token)."""
    out = []
    for x in range(len(toks) - 2):
        if not toks[x].text.isdigit() or (x and toks[x - 1].text in {"-", "–", "to"}):
            continue
        k = x + 1 + (toks[x + 1].low in {"votes", "vote"})
        if k + 1 < len(toks) and toks[k].low in {"to", "-", "–"} and toks[k + 1].text.isdigit():
            out.append((int(toks[x].text), int(toks[k + 1].text), x, k + 1))
    return out


def _years(toks: list[Token]) -> set[str]:
    return {t.text for t in toks if len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100}

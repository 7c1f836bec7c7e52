"""FL403: the people on board a plane, ship, train or bus told as one count, and their kinds
told apart in a later (or earlier) sentence of the story: "A jet carrying 176 people crashed
…" / "… said that all 167 passengers and 11 crew aboard the flight died" (178).

The total is a count of people ("people", "persons") with "aboard", "on board" or "carrying"
a few words from it. The parts are two counts joined by "and", the first of those carried
(passengers, guests, tourists, travellers) and the second of those who work the vehicle
(crew, crew members, cabin crew, pilots, staff, drivers), within four sentences after the
total or two before it. They are all of it when the parts are said to be ("all 167
passengers", "the 12 staff", "its 89 passengers") or said to be on board; then any gap is
wrong; else only parts that make more than the total are ("44 passengers and six crew died":
some of those aboard). Left alone: a story with two different such totals near the parts (two
vehicles), parts listed as some ("including", "among"), and a sentence told of another time
or event ("last year", "in 2019", "a previous crash", ``analysis/other_times.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.number_parse import _parse_number
from factlint.analysis.other_times import tells_other_time
from factlint.analysis.text import Token, figure_tokens

_PEOPLE = frozenset({"people", "persons", "souls"})
_ON_BOARD = frozenset({"aboard", "carrying", "carried", "carries"})
_CARRIED = frozenset({"passengers", "guests", "tourists", "travellers", "travelers", "holidaymakers"})
_WORKING = frozenset(
    {"crew", "crewmen", "crewmembers", "pilots", "staff", "drivers", "attendants", "sailors"}
)
_DEFINITE = frozenset({"all", "the", "its", "their", "all the"})
_SOME = frozenset({"including", "among", "included", "include", "includes"})
_AFTER, _BEFORE = 4, 2  # sentences from the total to its parts, after and before it


@dataclass(frozen=True)
class AboardParts:
    sentence: int
    start: int
    end: int
    parts: tuple[str, str]
    summed: float
    total: str
    total_sentence: int
    total_start: int
    total_end: int


def _number(toks: Sequence[Token], i: int) -> tuple[float, int] | None:
    if not (toks[i].text[:1].isdigit() or toks[i].is_word):
        return None
    parsed = _parse_number(list(toks), i)
    if parsed is None or parsed[0] != int(parsed[0]) or parsed[0] < 1:
        return None
    return parsed[0], parsed[1]


def _on_board(toks: Sequence[Token]) -> bool:
    lows = [t.low for t in toks]
    return bool(set(lows) & _ON_BOARD) or any(a == "on" and b == "board" for a, b in zip(lows, lows[1:]))


def _totals(toks: Sequence[Token]) -> list[tuple[float, int, int]]:
    """(value, first token, end token) of the counts of people on board in one sentence."""
    out = []
    for i in range(len(toks)):
        n = _number(toks, i)
        if n is None or n[1] >= len(toks) or toks[n[1]].low not in _PEOPLE:
            continue
        if i and toks[i - 1].low in {"than", "about", "some", "around", "nearly", "almost", "over", "least"}:
            continue
        near = toks[max(0, i - 6) : n[1] + 5]
        if _on_board(near):
            out.append((n[0], i, n[1] + 1))
    return out


def _word_within(toks: Sequence[Token], j: int, words: frozenset[str], reach: int = 3) -> int | None:
    """The token after the first of ``words`` in the few words after token ``j``."""
    for x in range(j, min(len(toks), j + reach)):
        if toks[x].low in words:
            return x + 1
        if not toks[x].is_word:
            return None
    return None


def _parts(toks: Sequence[Token]) -> Iterator[tuple[float, float, int, int, int, bool]]:
    """(carried, working, their first tokens, the end token, all of it) of "N passengers and M
    crew"."""
    for i in range(len(toks)):
        a = _number(toks, i)
        if a is None:
            continue
        j = _word_within(toks, a[1], _CARRIED)
        if j is None or j >= len(toks) or toks[j].low != "and":
            continue
        k = j + 1
        if k < len(toks) and toks[k].low in {"the", "its", "their", "all"}:
            k += 1
        b = _number(toks, k) if k < len(toks) else None
        if b is None:
            continue
        end = _word_within(toks, b[1], _WORKING)
        if end is None:
            continue
        before = {t.low for t in toks[max(0, i - 2) : i]}
        if {t.low for t in toks[:i]} & _SOME:
            whole = False
        else:
            after = toks[end : end + 4]
            whole = bool(before & _DEFINITE) or _on_board(after) or "all" in {t.low for t in after}
        yield a[0], b[0], i, k, end, whole


def aboard_parts(sentences: Sequence[str]) -> Iterator[AboardParts]:
    """Parts of those on board, in ``sentences`` (a story's, in order), that do not make the
    count of people on board told near them."""
    toks = [list(figure_tokens(s)) for s in sentences]
    totals = {si: _totals(t) for si, t in enumerate(toks)}
    for si, ts in enumerate(toks):
        for carried, working, i, k, end, whole in _parts(ts):
            if tells_other_time(ts):
                continue
            near = [
                (tj, tot)
                for tj in range(max(0, si - _AFTER), min(len(toks), si + _BEFORE + 1))
                for tot in totals[tj]
                if not (tj == si and tot[1] < end and i < tot[2])
            ]
            if not near or len({tot[0] for _, tot in near}) != 1:
                continue
            tj, (value, ti, te) = min(near, key=lambda n: abs(n[0] - si))
            if tj != si and tells_other_time(toks[tj]):
                continue
            summed = carried + working
            if not (summed > value or whole and summed < value):
                continue
            yield AboardParts(
                si,
                ts[i].start,
                ts[end - 1].end,
                (ts[i].text, ts[k].text),
                summed,
                toks[tj][ti].text,
                tj,
                toks[tj][ti].start,
                toks[tj][te - 1].end,
            )

"""A count of anything and the list that splits it right after a dash, in one sentence:
"There are 41 shelters - 36 in schools and seven in churches across the region" (43).

A colon's list is the partition reader's (``analysis/partitions.py``) and ``incident_parts``'
(after a count of a group it knows: the dead, votes, goals); this reads the list a dash opens
after any counted noun, as a speaker's quoted words often tell it. Each
part is a bare count placed by a preposition ("36 in schools", "seven at the depot"), the parts
are joined only by commas and "and", and the list is closed by the sentence's end, a quotation
mark or another dash: such a list is all of the total, so parts that make more or less are wrong.
A list with "including" or "among" may leave parts out, and is left alone.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from .figure_types import Quantity
from .incident_parts import IncidentParts, _plain
from .text import Token, word_tokens

_OPENERS = frozenset({"-", "–", "—"})
_CLOSERS = frozenset({"-", "–", "—", ".", '"', "“", "”", ";", "(", ")"})
_PLACES = frozenset({"in", "at", "on", "from", "for"})
_JOINS = frozenset({",", "and"})
_PARTIAL = frozenset({"including", "include", "includes", "included", "among", "some", "about", "around"})
_MAX_PARTS = 8


def _opener(toks: Sequence[Token], x: int) -> int | None:
    """The dash closing the total's phrase: its counted noun and at most one more word."""
    for y in range(x + 2, min(len(toks), x + 4)):
        if toks[y].text in _OPENERS:
            return y
        if not toks[y].low[:1].isalpha():
            return None
    return None


def _placed_run(toks: Sequence[Token], x: int) -> int | None:
    """From the token after a part's figure: a preposition and its words ("in schools"); the
    index of the comma, "and" or close that ends them, None where the part is not told so."""
    if x >= len(toks) or toks[x].low not in _PLACES:
        return None
    for y in range(x + 1, min(len(toks), x + 7)):
        t = toks[y]
        if t.text in _CLOSERS or t.text == "," or t.low == "and":
            return y
        if t.text[:1].isdigit():
            return None
    return len(toks) if len(toks) <= x + 7 else None


def _closed(toks: Sequence[Token], y: int) -> bool:
    """The list ends at token ``y``: the sentence's end, a close, or a comma before a close."""
    if y >= len(toks) or toks[y].text in _CLOSERS:
        return True
    return toks[y].text == "," and (y + 1 >= len(toks) or toks[y + 1].text in _CLOSERS)


def list_parts(qs: Sequence[Quantity], members: list[int], text: str) -> IncidentParts | None:
    """The total a dash opens a list on, and the list's parts, in one sentence."""
    toks = word_tokens(text)
    starts = [t.start for t in toks]
    if {t.low for t in toks} & _PARTIAL:
        return None
    for i, k in enumerate(members):
        total = qs[k]
        x = bisect.bisect_left(starts, total.start)
        if not (_plain(total) and total.kind == "count" and total.head and total.value >= 3):
            continue
        y = _opener(toks, x) if x < len(toks) and starts[x] == total.start else None
        if y is None:
            continue
        parts: list[int] = []
        at, end = y + 1, -1  # the token the next part must start at; where the last part ends
        for p in members[i + 1 :]:
            q = qs[p]
            if at >= len(toks) or q.start != starts[at]:
                break
            if (
                not _plain(q)
                or q.kind != "count"
                or q.head not in (None, total.head)
                or q.value >= total.value
            ):
                return None
            end = _placed_run(toks, bisect.bisect_left(starts, q.end))
            if end is None:
                return None
            parts.append(p)
            at = end + 1 if end < len(toks) and toks[end].text == "," else end
            if at < len(toks) and toks[at].low == "and":
                at += 1
            if _closed(toks, end):
                break
        if 2 <= len(parts) <= _MAX_PARTS and end >= 0 and _closed(toks, end):
            return IncidentParts(k, tuple(parts), True)
    return None

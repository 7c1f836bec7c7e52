"""A figure the story calls back by a definite phrase with two of its digits swapped: "killed
214 people" ... "most of the 241 victims", "a pay package of $18.6 million" ... "Stroud's $16.8
million pay deal", "room for 42,000 fans" ... "the 24,000-seat arena".

A definite or possessive phrase ("the", "its", "whose", "the town's", "Stroud's") presents its
figure as one the reader has been told already, whatever noun it now uses. When no earlier figure
of its kind and unit has that value but exactly one earlier figure of them is the same digits
with two neighbouring digits swapped, the call-back is a slip: the same referent told twice, read
from the presupposition and the digits, not from the noun (which a restatement often changes:
"homes" / "destroyed houses", "died" / "victims", "fans" / "seat arena").

A pair is not read where the later figure is a bound, a range, a move, in a clause that compares
or changes ("the other 241", "the remaining 241"), dated to another year, told apart by an
ordinal or period ("the second-quarter $16.8 million"), where the earlier figure is in the same
sentence, where either value is told again elsewhere in the story, where two counts are of two
events ("killed 214" / "the 241 injured"), or where the swapped digits leave the figure under
two significant digits of a count (12 / 21 are as often two groups as one).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .figure_types import Quantity
from .near_miss import comparable, read_figures, told_apart
from .text import Token

# the determiners that present a figure as given: "the 241 victims", "its 5,400 staff"
_GIVEN = frozenset(
    "the its their his her our your whose these those der die das dem den des el la los las le les".split()
)
# words that make the called-back group another one: "the other 24", "the remaining 41"
_ANOTHER = frozenset(
    "other others remaining rest another additional extra new more further last first next".split()
)


@dataclass(frozen=True)
class DefiniteSlip:
    first: Quantity
    second: Quantity
    referent: str


def _given(toks: tuple[Token, ...], first: int) -> bool:
    """A determiner or a possessive right before the figure ("the $42.17", "the town's 5,400")."""
    if first == 0:
        return False
    t = toks[first - 1]
    if t.low in _GIVEN:
        return True
    if t.low.endswith(("'s", "’s")) and t.is_word:
        return True
    # "Stroud's $16.8 million", "the workers' 2,300"
    return t.low in ("'", "’", "'s", "’s") and first >= 2 and toks[first - 2].is_word


def _another(toks: tuple[Token, ...], first: int, after: int) -> bool:
    words = {t.low for t in toks[max(0, first - 3) : first]} | {t.low for t in toks[after : after + 2]}
    return bool(words & _ANOTHER)


def _digits(q: Quantity) -> str:
    """The significant digits as written: "$41.27" -> "4127", "€14.2 billion" -> "142",
    "2,800" -> "28"."""
    written = "".join(c for c in q.text if c.isdigit())
    return written.rstrip("0") or "0"


def swapped(a: Quantity, b: Quantity) -> bool:
    """Two neighbouring digits swapped, at one magnitude ("214" / "241", "1,260" / "1,620",
    "$18.6 million" / "$16.8 million"); not a figure read at two magnitudes."""
    if a.value == b.value or a.value <= 0 or b.value <= 0:
        return False
    x, y = _digits(a), _digits(b)
    if len(x) != len(y) or math.floor(math.log10(a.value)) != math.floor(math.log10(b.value)):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _unit(q: Quantity) -> tuple:
    return (q.kind, q.unit)


def definite_slips(doc, ctx) -> list[DefiniteSlip]:
    """The definite call-backs whose figure is an earlier one with two digits swapped (call as
    ``ctx.analysis(definite_slips)``)."""
    read = [
        (r.q, r.toks, r.first, r.after)
        for r in ctx.analysis(read_figures)
        if r.told.kind in ("count", "money", "measure", "percent") and r.told.value > 0
    ]
    # a live blog holds thousands of figures: count each value once, and find a swap only among
    # the figures of one unit written with the same digits (a swap keeps the digits)
    told = Counter((_unit(q), q.value) for q, *_r in read)
    by_digits: dict[tuple, list[int]] = {}
    for k, (q, *_r) in enumerate(read):
        by_digits.setdefault((_unit(q), "".join(sorted(_digits(q)))), []).append(k)
    out: list[DefiniteSlip] = []
    for j, (b, btoks, bfirst, bafter) in enumerate(read):
        if b.bound or b.upper or b.movement or b.changes or b.kind == "count" and b.value < 100:
            continue
        if not _given(btoks, bfirst) or _another(btoks, bfirst, bafter):
            continue
        if told[_unit(b), b.value] > 1:
            continue  # the called-back value is told elsewhere: it may be that figure
        same = by_digits[_unit(b), "".join(sorted(_digits(b)))]
        earlier = [k for k in same if k < j and read[k][0].sentence < b.sentence and swapped(read[k][0], b)]
        if len(earlier) != 1:
            continue
        i = earlier[0]
        a, atoks, afirst, _a = read[i]
        if told[_unit(a), a.value] > 1:
            continue  # the earlier value is told again: two things, each told
        if a.bound or a.upper or a.movement:
            continue
        if a.kind == "count" and a.event and b.event and a.event != b.event:
            continue  # "killed 214" / "the 241 injured": two fates
        if a.kind == "measure" and a.base_value * b.value != b.base_value * a.value:
            continue  # one dimension at two scales
        if not comparable(a, b, atoks, btoks) or told_apart(atoks, afirst, btoks, bfirst):
            continue
        out.append(DefiniteSlip(a, b, "what the later phrase calls back (two digits swapped)"))
    return out

"""The place a toll belongs to when its words name it outside the figure's own clause: the owner of
the toll noun ("The Corvin death toll of 24", "Brask's death toll of 14", "the Ostrava Bay toll
of 37"), and a place a sentence opens with that scopes all it tells ("In Corvin, which has
declared a day of mourning, officials said 20 people had died": the count is Corvin's, however
far the figure stands from the name).

Two tolls owned by two places are two counts (a city's against its region's), and a toll owned by
the place another was told in is that toll again. The owner must be a capitalised name right
before the toll noun (a possessive may open the sentence: "Brask's death toll" owns the toll, it
is no speaker); the opening place must be "In <Name>," at the sentence's head.

Pure: it reads the tokens of one sentence.
"""

from __future__ import annotations

from typing import Sequence

from .text import Token
from .words import CALENDAR, STOPWORDS

# the nouns a toll is told by
_TOLL_NOUNS = frozenset({"toll", "tally"})
# a word of a fate between the owner and the toll noun ("death toll", "casualty toll")
_FATE_WORDS = frozenset({"death", "casualty", "injury", "flood", "quake", "earthquake", "storm"})
_POSSESSIVE = frozenset({"'s", "’s"})
# the kinds of place a name may end with: they name no place by themselves
_KINDS = frozenset(
    """county province region state district city town village island islands valley river
    coast north south east west northern southern eastern western central bay""".split()
)


def _name_before(toks: Sequence[Token], k: int) -> tuple[str, ...]:
    """The capitalised words ending right before token ``k``, first to last."""
    run: list[str] = []
    while k > 0 and toks[k - 1].cap and toks[k - 1].is_word and toks[k - 1].low not in CALENDAR:
        k -= 1
        run.append(toks[k].low)
    return tuple(reversed(run))


def toll_owner(toks: Sequence[Token], lo: int) -> frozenset[str]:
    """The words of the place that owns the toll whose figure starts at token ``lo`` ("The Corvin
    death toll of 24", "Brask's death toll of 14"), or nothing."""
    if lo < 2 or toks[lo - 1].low != "of" or toks[lo - 2].low not in _TOLL_NOUNS:
        return frozenset()
    k = lo - 2
    if k > 0 and toks[k - 1].low in _FATE_WORDS and not toks[k - 1].cap:
        k -= 1
    if k > 0 and toks[k - 1].text in _POSSESSIVE:
        k -= 1
    run = _name_before(toks, k)
    # a lone capitalised sentence opener is a word of the sentence, not a name ("The toll of 9")
    if run and k - len(run) == 0 and len(run) == 1 and run[0] in STOPWORDS:
        return frozenset()
    return frozenset(w for w in run if w not in STOPWORDS and w not in _KINDS)


def opening_place(toks: Sequence[Token]) -> frozenset[str]:
    """The words of the place a sentence opens with, "In <Name>," ("In Corvin, which has ...,
    officials said 20 had died"), or nothing."""
    if len(toks) < 3 or toks[0].low != "in":
        return frozenset()
    k = 1 + (toks[1].low == "the")
    run: list[str] = []
    while k < len(toks) and toks[k].cap and toks[k].is_word and toks[k].low not in CALENDAR:
        run.append(toks[k].low)
        k += 1
    if not run or k >= len(toks) or toks[k].text != ",":
        return frozenset()
    if k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].is_word and toks[k + 1].low not in STOPWORDS:
        # "In Eastern Tarvia, Mozar, the hardest-hit state, has counted 318 deaths": a
        # named subject after the opening owns the count; the opening is only the wider frame
        return frozenset()
    return frozenset(w for w in run if w not in STOPWORDS and w not in _KINDS)

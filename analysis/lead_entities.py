"""Two figures told of two different places, each sentence opened by its own: a whole article
full of figures (an election's margins town by town, a flood's toll district by district) tells
the same kind of figure once per place, and those are never one quantity.

A figure's lead is the place its sentence opens on, before a comma ("In Tarnby, 8 people died",
"In Osk-on-Lee, the Rally took 41,200 votes, a margin of 2,100"): it scopes every figure of the
sentence. The word of a source is never a lead. Two figures are told apart when both sentences
open on a place, the places differ by a word each, and neither sentence names the other's place
anywhere. A figure of a sentence that opens on no place is tied as before: "Dellby reported 12
deaths" and "Dellby reported 15" still disagree, and so do "In Osk, 40 died" and "In Osk, 45 died".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .speech import analyse_sentence
from .text import word_tokens
from .words import MONTHS, STOPWORDS, WEEKDAYS

_NOT_NAMES = STOPWORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_QUOTES = frozenset("\"“”‘’'«»„")


@lru_cache(maxsize=4096)
def _spoken(text: str) -> frozenset[str]:
    said = analyse_sentence(text).speaker
    return frozenset(w for w in (said or "").lower().split()) if said else frozenset()


def _name_run(toks, k: int) -> tuple[list[str], int]:
    """The capitalised words from token ``k`` on (a name of one or more words), lower case, and
    the token after them."""
    run = []
    while k < len(toks) and toks[k].is_word and toks[k].cap and toks[k].low not in _NOT_NAMES:
        run.append(toks[k].low.removesuffix("'s").removesuffix("’s"))
        k += 1
        while k + 2 < len(toks) and toks[k].text == "-" and toks[k + 1].is_word and toks[k + 2].text == "-":
            k += 3  # "Galloway-on-Tarn": past "-on-"
    return run, k


@lru_cache(maxsize=4096)
def _lead(text: str) -> frozenset[str]:
    toks = [t for t in word_tokens(text) if t.text not in _QUOTES]
    spoken = _spoken(text)
    run, k = _name_run(toks, 1) if len(toks) > 2 and toks[0].low == "in" else ([], 0)
    if run:
        if k < len(toks) and toks[k].text == ",":
            return frozenset(run) - spoken
    return frozenset()


def leads_apart(a, b, texts: Sequence[str]) -> bool:
    """Two figures (a quantity or a claim: ``sentence``) whose sentences open on two places, each
    with a word the other lacks, neither named by the other's sentence."""
    ta, tb = texts[a.sentence], texts[b.sentence]
    la, lb = _lead(ta), _lead(tb)
    only_a, only_b = la - lb, lb - la
    if not la or not lb or not only_a or not only_b:
        return False
    return not (only_a & _words(tb) or only_b & _words(ta))


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """A sentence's words, lower case, an owner's "'s" cut."""
    return frozenset(t.low.removesuffix("'s").removesuffix("’s") for t in word_tokens(text))

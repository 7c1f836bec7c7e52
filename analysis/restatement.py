"""Two sentences that say one thing twice: the later one restates most of the earlier one's
content words ("Police said the gunman fired 40 shots in two minutes." / "The gunman fired 12
shots."), so the one figure each holds fills the same slot, whatever its counted noun.

Words are read after the figures are cut out, without who told ("police said", "according
to"), numbers, units of a figure or function words: what is left is what the sentence is about.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from .numtext import content_lemmas
from .figure_compare import one_slot
from .figure_types import Quantity
from .languages import article_language
from .text import figure_tokens

# words of telling and of the tellers news names most: two reports share them whatever they say
_TELLING = frozenset(
    "say tell told accord add report statement official police spokesman spokeswoman spokesperson "
    "agency source medium news confirm announce state".split()
)
_AMOUNT_WORDS = frozenset(
    "million billion thousand hundred dozen per cent percent year old aged total number figure".split()
)
_MOST = 0.8  # the share of the shorter sentence's words the other must hold
_LEAST = 2  # and at least this many words, not names, in common
_MOST_FIGURES = 300  # an article with more figures is not searched for restatements of headless ones


class About(NamedTuple):
    """What a sentence is about, its figures cut out."""

    words: frozenset[str]  # content lemmas
    plain: frozenset[str]  # those that are no names
    persons: frozenset[str]  # the personal pronouns it tells people by ("he", "she")


_PERSONS = frozenset({"he", "she", "they", "we", "i"})


def in_english(text: str) -> bool:
    """Whether a document reads as English: restatements are read in English only."""
    return article_language(text) == "en"


def about_words(text: str, cuts: list[tuple[int, int]]) -> About:
    """What ``text`` is about, with the spans ``cuts`` (its figures) blanked out."""
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + " " + text[end:]
    toks = figure_tokens(text)
    words = frozenset(content_lemmas(list(toks))) - _TELLING - _AMOUNT_WORDS
    names = {t.low for t in toks if t.text[:1].isupper()}
    return About(
        words, frozenset(w for w in words if w not in names), frozenset(t.low for t in toks) & _PERSONS
    )


def restates(a: About, b: About) -> bool:
    """Whether one sentence's words are mostly the other's: at least ``_MOST`` of the shorter
    one's, and ``_LEAST`` words in common that are not names (two race results share only
    riders' names); not when they tell of different people ("He finished in 11 seconds" / "She
    finished in 12 seconds")."""
    if not (a.words and b.words) or (a.persons and b.persons and a.persons != b.persons):
        return False
    shared = a.words & b.words
    return len(a.plain & b.plain) >= _LEAST and len(shared) >= _MOST * min(len(a.words), len(b.words))


class Restatements:
    """Pairs of an article's figures in two sentences that say one thing twice, each figure the
    only one of its kind and unit in its sentence. Read lazily: most figures are never asked."""

    def __init__(self, quantities: list[Quantity], sentence_texts, text: str):
        self._alone = Counter((q.sentence, q.kind, q.unit) for q in quantities)
        # a live blog's thousands of figures are left to the other readings: each candidate found
        # by this key costs every test of a pair, and a story restates itself among a few hundred
        self._indexed = len(quantities) <= _MOST_FIGURES

        @lru_cache(maxsize=1)
        def spans() -> dict[int, list[tuple[int, int]]]:  # each sentence's figures, read once
            out: dict[int, list[tuple[int, int]]] = {}
            for q in quantities:
                out.setdefault(q.sentence, []).append((q.start, q.end))
            return out

        self._about = lru_cache(maxsize=None)(lambda si: about_words(sentence_texts[si], spans()[si]))
        self._english = lru_cache(maxsize=1)(lambda: in_english(text))

    def alone(self, q: Quantity) -> bool:
        return self._alone[q.sentence, q.kind, q.unit] == 1

    def keys(self, q: Quantity) -> list[tuple]:
        """The index key a figure is found by as a candidate restatement: only a figure that
        names no counted noun or attribute needs one (the others are found by theirs)."""
        return (
            [("alone", q.kind, q.unit)]
            if self._indexed and not (q.head or q.attribute) and self.alone(q)
            else []
        )

    def __call__(self, a: Quantity, b: Quantity) -> bool:
        return (
            self.alone(a)
            and self.alone(b)
            and one_slot(a, b)
            and self._english()
            and restates(self._about(a.sentence), self._about(b.sentence))
        )

"""Whose a figure is, read from the words before it: the named owner of its clause. Two figures
of two named owners of one kind (two parties, two places, two products, two measures of one
name) are two facts, not one fact told twice.

The owner is, in this order: a possessor right before the figure ("the Greens' 95 seats",
"Corlin's 5.9 percent"); a name set before it by a comma in a list ("Forward, 9 seats"); the
subject of the clause, the words before the verb group that leads to the figure ("Gross margin
was 31.2%", "Sales of the Alpha rose 78%", "Kessia has been worst hit, with 442 deaths", "Le
Parti Vert obtient 28,7 %"). A subject that only reports the figure ("Police said 41 died") owns
nothing: it is a source. A sentence's first word is a name only where the story writes it with a
capital inside a sentence too.

Two owners are apart when both are named and neither's names hold the other's ("Mayor Ilsa
Tarrow" and "Tarrow" are one), and neither figure's sentence names the other's owner; when
both are subjects of "was" or "is" with one head and each another modifier that the other's
sentence lacks ("gross margin was" / "operating margin was", "Kelso's serve rate was" /
"Brannock's serve rate was": parallel frames of several subjects). A change told beside a level
("was 27.2%, 1,430 basis points higher") is the level's owner's. (Not two things of one size by their common nouns: "the helicopter crashed 40 km
east" and "the wreckage lay 55 km east" are one place told twice.) A figure without an owner meets any figure as
before, so a figure told twice of one owner still conflicts. English first: the verb group is a
run of small linking words, a few other languages' verbs among them ("obtient").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from .figure_scope import _at
from .figure_types import Quantity
from .text import Token, word_tokens
from .words import CALENDAR, STOPWORDS

# the verbs and small words between an owner and its figure ("has been worst hit, with at least")
_LINKS = frozenset(
    """was were is are be been being has have had will would can could may might won win wins
    took take takes got gets obtained obtains gained gains secured secures captured holds hold held
    rose rise rises fell fall falls grew grow grows climbed jumped dropped declined increased
    decreased reached reaches totalled totaled stood stands came comes weighs weighed weigh
    measures measured measure hit worst hardest badly with at least most about around nearly
    almost roughly some only just over under up down to by of than more less a an the
    approximately obtient obtenu obtiennent recueille erhielt erreicht kam""".split()
)
# the verbs of a source: its subject tells the figure, it does not own it
_SOURCES = frozenset(
    """said says say told reported reports reporting estimated estimates put puts counted
    claimed claims according confirmed announced stated noted added""".split()
)
# words that end a subject read backwards
_STOPS = frozenset("and or but while whereas that which who whom whose as when if because".split())
# sizes: what is measured is the owner of its length, height or weight
_COPULAS = frozenset("was were is are stood stands".split())
_RELATIVE = frozenset("who which that".split())
_SIZES = frozenset("length height weight area width depth".split())
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_SUBJECT_WORDS = 6
_LINK_WORDS = 8


class Owner(NamedTuple):
    names: frozenset[str]  # the name words of the owner ("marl", "bridge")
    words: tuple[str, ...]  # its content words in order ("gross", "margin")
    copula: bool = False  # a subject right before "was", "is", "stood": "Gross margin was 31.2%"


def _named(t: Token, k: int, midcaps: frozenset[str]) -> bool:
    if not (t.cap and t.is_word) or t.low in CALENDAR or t.low in STOPWORDS:
        return False
    return k > 0 or t.low in midcaps or t.all_caps


def _owner_of(run: Sequence[tuple[int, Token]], midcaps: frozenset[str]) -> Owner | None:
    names = frozenset(t.low for k, t in run if _named(t, k, midcaps))
    words = tuple(t.low for _, t in run if t.is_word and t.low not in STOPWORDS)
    return Owner(names, words) if names or words else None


def _past_links(toks: tuple[Token, ...], i: int) -> int | None:
    """The index before the verb group that leads back from the figure at token ``i`` to its
    subject; ``None`` where a source's verb ("said", "counted") stands in it."""
    k, links = i - 1, 0
    while k >= 0 and links < _LINK_WORDS:
        t = toks[k]
        if t.low in _SOURCES:
            return None
        if t.low in _LINKS or not t.is_word and any(c.isdigit() for c in t.text) or t.text == "%":
            k, links = k - 1, links + 1
        elif t.text == "," and k + 1 < i and toks[k + 1].low == "with":
            k, links = k - 1, links + 1  # "worst hit, with 442 deaths"
        else:
            break
    return k


@lru_cache(maxsize=4096)
def owner(text: str, start: int, midcaps: frozenset[str]) -> Owner | None:
    """The owner of the figure at ``start`` of ``text`` (see the module's docstring)."""
    toks = word_tokens(text)
    if not toks:
        return None
    i = _at(toks, start)
    if i >= 2 and toks[i - 1].text in _POSSESSIVE and toks[i - 2].cap:
        k = i - 2
        while k > 0 and toks[k - 1].cap and toks[k - 1].is_word:
            k -= 1
        return _owner_of([(j, toks[j]) for j in range(k, i - 1)], midcaps)
    k = _past_links(toks, i)
    if k is None:
        return None
    level = _figure_before(toks, k) if k >= 1 and toks[k].text == "," else None
    if level is not None:  # "Gross margin was 31.6%, 1,120 basis points higher": the level's owner
        return owner(text, toks[level].start, midcaps)
    comma_label = k >= 0 and toks[k].text == "," and k == i - 1
    if comma_label:
        k -= 1  # "Forward, 9 seats": a name that a comma sets before its figure
    elif k == i - 1:
        return None  # nothing links a subject to the figure
    if k > 0 and toks[k].low in _RELATIVE:
        k -= 1  # "a keeper who is 1.8m tall": the relative clause's own noun
    run: list[tuple[int, Token]] = []
    while k >= 0 and len(run) < _SUBJECT_WORDS:
        t = toks[k]
        if not t.is_word and t.text not in _POSSESSIVE or t.low in _STOPS or t.low in _SOURCES:
            break
        if t.low in _LINKS - {"of", "the", "a", "an"}:
            break
        run.append((k, t))
        k -= 1
    run.reverse()
    found = _owner_of(run, midcaps)
    after = run[-1][0] + 1 if run else len(toks)
    if found is not None and after < len(toks) and toks[after].low in _COPULAS:
        found = found._replace(copula=True)
    if comma_label and (found is None or not found.names):
        return None  # "In 2019, 40 ..." / "however, 40 ...": no name
    return found


def _apart(oa: Owner, ob: Owner, ta: str, tb: str) -> bool:
    wa, wb = _words(ta), _words(tb)
    if oa.names and ob.names:
        da, db = oa.names - ob.names, ob.names - oa.names
        return bool(da) and bool(db) and da.isdisjoint(wb) and db.isdisjoint(wa)
    if not (oa.copula and ob.copula) or min(len(oa.words), len(ob.words)) < 2 or oa.words[-1] != ob.words[-1]:
        return False
    # parallel frames: one head, other modifiers ("gross margin was" / "operating margin was",
    # "Kelso's serve rate was" / "Brannock's serve rate was"), each side's own modifier missing
    # from the other's sentence
    ma, mb = set(oa.words[:-1]), set(ob.words[:-1])
    return bool(ma - mb - wb) and bool(mb - ma - wa)


def _figure_before(toks: Sequence[Token], k: int) -> int | None:
    """The first token of a figure that ends right before token ``k`` (a comma): a change told
    beside a level ("was 27.2%, 1,430 basis points higher", "27.2 percent, up 3 points") is of
    the level's owner."""
    m = k - 1
    if m >= 0 and toks[m].low in {"%", "percent", "cent"}:
        m -= 1 + (m >= 1 and toks[m - 1].low == "per")
    if m < 0 or toks[m].is_word or not any(c.isdigit() for c in toks[m].text):
        return None
    return m


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(t.low for t in word_tokens(text) if t.is_word)


class FigureOwners:
    """``apart(a, b)``: whether two figures of one document belong to two named owners."""

    def __init__(self, sentences):
        self._texts = [s.text for s in sentences]
        caps: set[str] = set()
        for text in self._texts:
            toks = word_tokens(text)
            caps.update(t.low for k, t in enumerate(toks) if k and t.cap and t.is_word)
        self._midcaps = frozenset(caps)

    def owner(self, q: Quantity) -> Owner | None:
        return owner(self._texts[q.sentence], q.start, self._midcaps)

    def apart(self, a: Quantity, b: Quantity) -> bool:
        if a.sentence == b.sentence:
            return False
        oa, ob = self.owner(a), self.owner(b)
        if oa is None or ob is None:
            return False
        return _apart(oa, ob, self._texts[a.sentence], self._texts[b.sentence])

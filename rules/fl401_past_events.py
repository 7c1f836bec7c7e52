"""FL401: a toll of another event, stamped with its year, against the story's undated toll.

A story recalls a past disaster by its year: "the region of Kesh, where a quake killed 26,000
people in 2003", "In the weeks after the 2023 Korvel floods ... in total the floods left 310
dead". Its story's own toll ("The landslide killed at least 84 people") is told with no year
at all. The year-stamped figure counts the other event, so the two are not compared. A figure
is year-stamped when

- its clause dates it to a bare year only ("in 2003", not a day of a month), or
- its sentence names, before the figure, an event by a year used as a word of its name ("the
  2018 Marrow quake", "after the 2023 floods", "the 1998 slide's toll").

A sentence that names no year nor day of its own and follows such a sentence in its paragraph
tells the same past event ("... on the coast of Brell in 2023, the list of missing passed 900.
The final report put the toll at 102 dead."): its figure is stamped by those years too, where
the sentence before holds a toll figure itself and its year is no aside about a person ("Governor
Lina Marsh, who took office in 2021, ...", "..., a mayor since 2019, ...").

The pair is compared as before when the other figure is dated too (its clause or its sentence
names a year, or it follows a year-stamped sentence in its paragraph: two years are weighed by
``_other_years``), or when the story's opening (its first two sentences: a headline and the
lede, or the lede itself) names the year in a sentence not after the other figure's: then the
year is the story's own ("In 1996, eighteen people died when floods hit Pellow." / "The Pellow
floods killed 29 people"). A year first named after the story's undated toll ("Six days after
the slide, killing 120 ..." / "after the 2018 Tolvar floods ... 85 dead") is another event's.
"""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.figure_compare import NO_DAY
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.analysis.words import DEFINITE, INDEFINITE

OPENING = 2  # sentences of the story's opening (headline, lede): a year they name is the story's own
_FIRST_YEAR, _LAST_YEAR = 1800, 2099
# what opens a phrase whose name holds a year: "the 2018 quake", "a 1998 slide", "Kesh's 2003 quake"
# words before a year that date a clause by it: "in 2023", "during 1998", "en 2011"
_IN = frozenset({"in", "during", "en", "durante"})
# words that set a sentence back in the story's own days: it takes no past year from the one before
_NOW = frozenset({"now", "today", "currently", "so", "this", "yet", "still"})
_OPENERS = DEFINITE | INDEFINITE | frozenset({"'s", "’s", "last", "deadly", "devastating"})


# events a year names ("the 2023 floods"): what a toll is of
_EVENTS = frozenset(
    "quake earthquake tsunami flood floods flooding storm storms cyclone hurricane typhoon fire "
    "fires wildfire wildfires blast explosion attack attacks bombing bombings crash disaster "
    "landslide landslides eruption drought famine heatwave war riots massacre".split()
)


def year(word: str) -> int | None:
    """The year a word names ("2009", "2009,"), or None."""
    word = word.rstrip(",.;:")  # a number token keeps its trailing separator: "In 2009, ..."
    return int(word) if len(word) == 4 and word.isdigit() and _FIRST_YEAR <= int(word) <= _LAST_YEAR else None


@lru_cache(maxsize=4096)
def _named_years(text: str) -> tuple[tuple[int, int], ...]:
    """Years used as a word of an event's name: (year, offset) for "the 2018 Marrow quake"."""
    toks = word_tokens(text)
    found = []
    for k in range(1, len(toks) - 1):
        named = year(toks[k].text)
        nxt = toks[k + 1]
        # (a capitalised name or a word of an event after the year: "the 2018 Marrow quake", "the
        # 2023 floods"; not a count, "Of the 2000 residents evacuated")
        if named and toks[k - 1].low in _OPENERS and nxt.is_word and (nxt.cap or nxt.low in _EVENTS):
            found.append((named, toks[k].start))
    return tuple(found)


@lru_cache(maxsize=4096)
def sentence_years(text: str) -> frozenset[int]:
    """Every year a sentence names: the one reader of years for FL401's past scopes."""
    return frozenset(y for y in (year(t.text) for t in word_tokens(text)) if y)


@lru_cache(maxsize=4096)
def _sentence_stamp(text: str) -> frozenset[int]:
    """The years a sentence tells a past event by: an event named by its year ("the 2018
    floods") or a clause dated by a bare year ("in 2023", "en 2011")."""
    toks = word_tokens(text)
    aside = _asides(toks)
    dated = (
        year(toks[k].text)
        for k in range(1, len(toks))
        if toks[k - 1].low in _IN and year(toks[k].text) and k not in aside
    )
    return frozenset(y for y, at in _named_years(text) if all(toks[k].start != at for k in aside)).union(
        y for y in dated if y
    )


# what opens a clause or aside about a person, to its next comma: "who took office in 2021",
# ", a mayor since 2019,"; an event's own clause ("the floods that struck Vell in 2021") dates it
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_APPOSITIVE = frozenset({"a", "an", "his", "her", "their"})
_ASIDE_ENDS = frozenset({",", ";", ":", "."})


def _asides(toks) -> frozenset[int]:
    """Token positions inside a relative clause or a comma-bounded aside that opens with "a", "an"
    or a possessive: a year there dates a person's life, not the sentence's event."""
    inside: set[int] = set()
    for k, t in enumerate(toks):
        if t.low in _RELATIVES or (t.low in _APPOSITIVE and k and toks[k - 1].low == ","):
            end = next((j for j in range(k + 1, len(toks)) if toks[j].low in _ASIDE_ENDS), len(toks))
            inside.update(range(k, end))
    return frozenset(inside)


# words a toll's figure has within a few words after it ("85 people", "400 names on its list of missing")
_TOLL_WORDS = frozenset(
    "dead died killed deaths death missing injured wounded hurt people bodies victims lives".split()
)


def _holds_toll(text: str) -> bool:
    """A figure not a year with a word of a toll at most seven words after it ("more than 1,000
    names on its list of missing"), or "toll" in the few words before it ("put the death toll
    at 38")."""
    toks = word_tokens(text)
    for k, t in enumerate(toks):
        if t.text[:1].isdigit() and not year(t.text):
            if any(u.low in _TOLL_WORDS for u in toks[k + 1 : k + 9]) or any(
                u.low == "toll" for u in toks[max(0, k - 4) : k]
            ):
                return True
    return False


def _inherited(si: int, sentences) -> frozenset[int]:
    """The past years a sentence that names no year nor day of its own takes from the sentence
    before it in its paragraph (see the module's docs)."""
    text = sentences[si].text
    if not si or sentences[si - 1].block != sentences[si].block or sentence_years(text):
        return frozenset()
    if {t.low for t in word_tokens(text)} & _NOW:
        return frozenset()  # "Now the rains have killed 120": back to the story's own days
    before = sentences[si - 1].text
    return _sentence_stamp(before) if _holds_toll(before) else frozenset()


def _stamped(q: Quantity, sentences) -> frozenset[int]:
    """The years that stamp the figure as another event's (see the module's docs)."""
    text = sentences[q.sentence].text
    when = q.when - {NO_DAY}
    bare = {w[0] for w in when if w[0] is not None and w[1:3] == (None, None)}
    if when and len(bare) == len(when):
        return frozenset(bare)
    if when:
        return frozenset()  # dated to a day: ``_other_years`` weighs it
    named = frozenset(y for y, at in _named_years(text) if at < q.start)
    return named or _inherited(q.sentence, sentences)


def _undated(q: Quantity, sentences) -> bool:
    text = sentences[q.sentence].text
    # (a day of no year, "on Friday", is the story's own)
    return (
        all(w[0] is None for w in q.when - {NO_DAY})
        and not q.years
        and not q.sentence_years
        and not sentence_years(text)
        and not _inherited(q.sentence, sentences)
    )


def past_event_pair(a: Quantity, b: Quantity, sentences) -> bool:
    """One of two tolls is stamped with a year the story's opening does not name, the other
    told with no year: a past event recalled against the story's own (see the module's docs)."""
    if not (a.kind == b.kind == "count" and (a.event or b.event)):
        return False
    for one, other in ((a, b), (b, a)):
        years = _stamped(one, sentences)
        # (the opening's year is the story's own only where named before the undated figure)
        opening = (sentence_years(s.text) for s in sentences[: min(OPENING, other.sentence + 1)])
        if years and not years & frozenset().union(*opening) and _undated(other, sentences):
            return True
    return False

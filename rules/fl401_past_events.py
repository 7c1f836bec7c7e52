"""FL401: a toll of another event, stamped with its year, against the story's undated toll.

A story recalls a past disaster by its year: "the region of Kesh, where a quake killed 26,000
people in 2003", "In the weeks after the 2023 Korvel floods ... in total the floods left 310
dead". Its story's own toll ("The landslide killed at least 84 people") is told with no year
at all. The year-stamped figure counts the other event, so the two are not compared. A figure
is year-stamped when

- its clause dates it to a bare year only ("in 2003", not a day of a month), or
- its sentence names, before the figure, an event by a year used as a word of its name ("the
  2018 Marrow quake", "after the 2023 floods", "the 1998 slide's toll").

The pair is compared as before when the other figure is dated too (its clause or its sentence
names a year: two years are weighed by ``_other_years``), or when the story's opening (its
first two sentences: a headline and the lede, or the lede itself) names the year: then the
year is the story's own ("In 1996, eighteen people died when floods hit Pellow." / "The Pellow
floods killed 29 people").
"""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.figure_compare import NO_DAY
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.analysis.words import DEFINITE, INDEFINITE

_OPENING = 2  # sentences of the story's opening (headline, lede): a year they name is the story's own
_FIRST_YEAR, _LAST_YEAR = 1800, 2099
# what opens a phrase whose name holds a year: "the 2018 quake", "a 1998 slide", "Kesh's 2003 quake"
_OPENERS = DEFINITE | INDEFINITE | frozenset({"'s", "’s", "last", "deadly", "devastating"})


# events a year names ("the 2023 floods"): what a toll is of
_EVENTS = frozenset(
    "quake earthquake tsunami flood floods flooding storm storms cyclone hurricane typhoon fire "
    "fires wildfire wildfires blast explosion attack attacks bombing bombings crash disaster "
    "landslide landslides eruption drought famine heatwave war riots massacre".split()
)


def _year(word: str) -> int | None:
    word = word.rstrip(",.;:")  # a number token keeps its trailing separator: "In 2009, ..."
    return int(word) if len(word) == 4 and word.isdigit() and _FIRST_YEAR <= int(word) <= _LAST_YEAR else None


@lru_cache(maxsize=4096)
def _named_years(text: str) -> tuple[tuple[int, int], ...]:
    """Years used as a word of an event's name: (year, offset) for "the 2018 Marrow quake"."""
    toks = word_tokens(text)
    found = []
    for k in range(1, len(toks) - 1):
        year = _year(toks[k].text)
        nxt = toks[k + 1]
        # (a capitalised name or a word of an event after the year: "the 2018 Marrow quake", "the
        # 2023 floods"; not a count, "Of the 2000 residents evacuated")
        if year and toks[k - 1].low in _OPENERS and nxt.is_word and (nxt.cap or nxt.low in _EVENTS):
            found.append((year, toks[k].start))
    return tuple(found)


@lru_cache(maxsize=4096)
def _all_years(text: str) -> frozenset[int]:
    return frozenset(y for y in (_year(t.text) for t in word_tokens(text)) if y)


def _stamped(q: Quantity, text: str) -> frozenset[int]:
    """The years that stamp the figure as another event's (see the module's docs)."""
    when = q.when - {NO_DAY}
    bare = {w[0] for w in when if w[0] is not None and w[1:3] == (None, None)}
    if when and len(bare) == len(when):
        return frozenset(bare)
    if when:
        return frozenset()  # dated to a day: ``_other_years`` weighs it
    return frozenset(y for y, at in _named_years(text) if at < q.start)


def _undated(q: Quantity, text: str) -> bool:
    return not (q.when - {NO_DAY}) and not q.years and not q.sentence_years and not _all_years(text)


def past_event_pair(a: Quantity, b: Quantity, sentences) -> bool:
    """One of two tolls is stamped with a year the story's opening does not name, the other
    told with no year: a past event recalled against the story's own (see the module's docs)."""
    if not (a.kind == b.kind == "count" and (a.event or b.event)):
        return False
    for one, other in ((a, b), (b, a)):
        years = _stamped(one, sentences[one.sentence].text)
        opening = (_all_years(s.text) for s in sentences[:_OPENING])
        if (
            years
            and not years & frozenset().union(*opening)
            and _undated(other, sentences[other.sentence].text)
        ):
            return True
    return False

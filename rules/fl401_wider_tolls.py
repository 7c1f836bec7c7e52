"""FL401's reading of a smaller toll that is a part of a wider one by its structure, not by its
phrasing: the wider toll names two or more places and the smaller is told of one of them ("19,136
died in southern Vestria and rebel-held Oskaland" / "Oskaland reported 360 killed"); the wider
spans days and the smaller is dated to one day ("at least 20 have died over the past five days"
/ "at least 11 died after landslides on 23 March"); or the smaller is placed in an area told only
by its kind ("22 are still missing in the district") and the wider in a named area of another
kind ("29 were reported missing in the Upper Kelmar Valley"); "in the area" names no kind.

Each reading needs the part smaller than its whole: a part larger than its whole still disagrees,
and so do two tolls of one place ("killed 412 in Vestria" / "386 in Vestria") or of one day.
"""

from __future__ import annotations

from typing import Sequence

from factlint.analysis.figure_compare import counts_people
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import Token, word_tokens
from factlint.analysis.tolls import count_places
from factlint.analysis.words import CALENDAR, MONTH_NAMES, STOPWORDS, WEEKDAYS

_TOLL_EVENTS = frozenset({"death", "injury", "missing", "rescue", "evacuation", "hospital"})
_INTO = frozenset({"in", "across", "throughout"})
# words that may stand before or after a place's name in a list of places
_SIDES = frozenset(
    """north south east west northern southern eastern western central upper lower northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern north-east north-west
    south-east south-west north-eastern north-western south-eastern south-western the held""".split()
)
# the kinds of area a count may be placed in, by size ("in the district" of "the Upper Kelmar
# Valley"). "Area", "zone" and "coast" are no kind of their own: "in the area" is the named place
# told again.
_AREA_SIZES = {
    **dict.fromkeys(("village", "camp"), 1),
    **dict.fromkeys(("town", "commune", "resort"), 2),
    **dict.fromkeys(("city", "municipality", "district"), 3),
    **dict.fromkeys(("county", "prefecture", "department", "valley", "bay", "island", "islands"), 4),
    **dict.fromkeys(("province", "state", "region"), 5),
}
_AREAS = frozenset(_AREA_SIZES)
FACILITIES = frozenset({"hospital", "hospitals", "clinic", "clinics", "camp", "camps", "shelter", "shelters"})
_SPAN_UNITS = frozenset({"days", "weeks", "week", "months", "month"})
_SAID = frozenset({"said", "says", "told", "announced", "reported", "added", "confirmed", "stated"})


def name_word(t: Token) -> bool:
    return t.cap and t.is_word and t.low not in STOPWORDS and t.low not in CALENDAR


def _before_name(toks: Sequence[Token], k: int) -> bool:
    """A lower-case word of a place's name or its kind ("coastal Paloria", "Border-region Quessa"):
    a name word follows it within two tokens."""
    if not toks[k].is_word or toks[k].low in STOPWORDS:
        return False
    for n in toks[k + 1 : k + 3]:
        if name_word(n):
            return True
        if n.text != "-":
            return False
    return False


def place_at(toks: Sequence[Token], k: int) -> tuple[str | None, int]:
    """The key of the place named from token ``k`` on ("southern Vestria", "Rebel-held Oskaland",
    "Vestria's south": its last name word) and the token after it; no key where none is named."""
    key = None
    while k < len(toks):
        t = toks[k]
        if name_word(t):
            key = t.low
        elif not (t.low in _SIDES or t.text in ("-", "'s", "’s") or _before_name(toks, k)):
            break
        k += 1
    return key, k


def list_at(toks: Sequence[Token], k: int) -> frozenset[str]:
    """The places of a list that opens after token ``k`` ("in southern Vestria and Rebel-held
    Oskaland", "hit Tarn, Brel and Osk"): their keys, when two or more distinct places are listed
    with "and"; else nothing."""
    keys: list[str] = []
    joined, j = False, k + 1
    while True:
        key, j = place_at(toks, j)
        if key is None:
            break
        keys.append(key)
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if j < len(toks) and toks[j].low == "and":
            joined, j = True, j + 1
            j += j < len(toks) and toks[j].low == "in"
        elif j >= len(toks) or not name_word(toks[j]) and toks[j].low not in _SIDES:
            break
    return frozenset(keys) if joined and len(set(keys)) >= 2 else frozenset()


def listed_places(text: str, end: int) -> frozenset[str]:
    """The places of a list after "in", "across" or "throughout" past offset ``end`` of ``text``
    (``list_at``)."""
    toks = [t for t in word_tokens(text) if t.start >= end]
    for k, t in enumerate(toks):
        if t.low not in _INTO or k and toks[k - 1].low in FACILITIES:
            continue  # "taken to hospitals in Orvel and Tamsk": where the hurt were taken
        if places := list_at(toks, k):
            return places
    return frozenset()


def _one_of_places(whole: Quantity, part: Quantity, sentences) -> bool:
    """The part's sentence names one of the places the whole's sentence lists, and no other."""
    places = listed_places(sentences[whole.sentence].text, whole.end)
    if not places:
        return False
    toks = word_tokens(sentences[part.sentence].text)
    words = {t.low for t in toks if name_word(t)}
    if len(places & words) != 1:
        return False
    (place,) = places & words
    # tied to the count: the sentence's subject ("Oskaland reported 360 killed"), its owner
    # ("Oskaland's toll"), or the place right at the count ("360 died in Oskaland"); a place told
    # elsewhere in the sentence ("a blast at a market in Orvel killed 31") is only the event's
    return (
        opens_with(toks, place)
        or any(t.low == place and n.text in ("'s", "’s") for t, n in zip(toks, toks[1:]))
        or place in count_places(sentences[part.sentence].text, part.start, part.end)
    )


def opens_with(toks: Sequence[Token], place: str) -> bool:
    """The sentence's first name is the place, its subject ("Oskaland reported", "The Oskaland
    health ministry said")."""
    for t in toks[:4]:
        if name_word(t):
            return t.low == place
    return False


def _span_of_days(toks: Sequence[Token]) -> bool:
    """ "over the past five days", "in the last two weeks"."""
    lows = [t.low for t in toks]
    for k, w in enumerate(lows[:-3]):
        if w in ("over", "in", "during", "for") and lows[k + 1] == "the" and lows[k + 2] in ("past", "last"):
            if any(u in _SPAN_UNITS for u in lows[k + 3 : k + 6]):
                return True
    return False


def _one_day(toks: Sequence[Token]) -> bool:
    """ "after landslides on 23 March", "died on Monday": a day the event itself is dated to (not
    the day a figure was said: "said on Monday")."""
    lows = [t.low for t in toks]
    for k, w in enumerate(lows[:-1]):
        if w != "on" or (k and lows[k - 1] in _SAID):
            continue
        nxt, after = lows[k + 1], lows[k + 2] if k + 2 < len(lows) else ""
        dated = nxt.isdigit() and after in MONTH_NAMES or nxt in MONTH_NAMES and after.isdigit()
        if nxt in WEEKDAYS or dated:
            return True
    return False


def _day_of_span(whole: Quantity, part: Quantity, sentences) -> bool:
    wt, pt = word_tokens(sentences[whole.sentence].text), word_tokens(sentences[part.sentence].text)
    return _span_of_days(wt) and not _span_of_days(pt) and _one_day(pt) and not _one_day(wt)


def _area_after(text: str, end: int) -> tuple[str, bool] | None:
    """The area a count is placed in, within six words after it: its kind and whether it is named
    ("in the district" -> ("district", False); "in the Upper Kelmar Valley" -> ("valley", True))."""
    toks = [t for t in word_tokens(text) if t.start >= end][:9]
    for k, t in enumerate(toks):
        if t.low not in ("in", "at"):
            continue
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low == "the")
        named = False
        while j < len(toks) and name_word(toks[j]) and toks[j].low not in _AREAS:
            named, j = True, j + 1
        if j < len(toks) and toks[j].low in _AREAS:
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is None or not after.is_word or after.low in _SAID:
                return toks[j].low, named
        return None
    return None


def _area_of_other_kind(whole: Quantity, part: Quantity, sentences) -> bool:
    """The part placed in an area told by its kind alone, the whole in a named area of another kind
    no smaller (a part of it, or a neighbour of its rank: "in the province" / "in the Tarn Region");
    one kind on both sides is one area, and a larger kind ("in the town" / "Sorrel village") the
    named place told again."""
    pa = _area_after(sentences[part.sentence].text, part.end)
    wa = _area_after(sentences[whole.sentence].text, whole.end)
    return bool(
        pa and wa and not pa[1] and wa[1] and pa[0] != wa[0] and _AREA_SIZES[pa[0]] <= _AREA_SIZES[wa[0]]
    )


def part_and_whole(a: Quantity, b: Quantity, events: frozenset[str]) -> tuple[Quantity, Quantity] | None:
    """The smaller and the larger of two counts of people of one of ``events``, neither an upper
    bound; None where they are not such a pair or are equal."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in events):
        return None
    if not (counts_people(a) and counts_people(b)) or a.base_value == b.base_value:
        return None
    part, whole = (a, b) if a.base_value < b.base_value else (b, a)
    if part.bound == "upper" or whole.bound == "upper":
        return None
    return part, whole


def part_of_wider_toll(a: Quantity, b: Quantity, sentences) -> bool:
    """Whether the smaller of two tolls of one kind is a part of the larger (see the module)."""
    pair = part_and_whole(a, b, _TOLL_EVENTS)
    if pair is None:
        return False
    part, whole = pair
    return (
        _one_of_places(whole, part, sentences)
        or _day_of_span(whole, part, sentences)
        or _area_of_other_kind(whole, part, sentences)
    )

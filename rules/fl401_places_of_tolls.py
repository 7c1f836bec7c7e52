"""FL401's reading of two tolls told of different places of one event, where the story tells how
the places stand to each other elsewhere, not in the tolls' own sentences:

- The story lists the event's places together ("a quake that hit Vestria and Oskaland"). A toll
  tied to one of them ("Oskaland reported 360 killed": its subject, its owner, or the place right
  at the count) and another toll whose sentence places it in another of them ("19,136 died in
  northern Vestria and Vestria-held Karvel", or the list itself: "hit Vestria and Oskaland,
  killing about 19,500") are two places' tolls, or a part and its whole.
- The smaller toll is placed in P ("The death toll in Mirra Bay went to 152"), the story tells
  elsewhere that P lies in Q ("central Lusora's Mirra Bay region", "Mirra Bay in Lusora", "Mirra
  Bay province of Lusora"), and the larger toll's sentence names Q, or opens with a body the story
  calls Q's ("an officer from Lusora's disaster agency" / "The agency's report said 205 have
  been killed"), and does not name P: P's toll is a part of Q's.

Both need the part smaller than its whole, and a place tied to each toll. Two tolls tied to the
same place still disagree ("760 died in Vestria" / "Vestria reported 610 killed"), and so do a
province's toll told twice ("205 have been killed in Mirra Bay") and a toll told of no place
("the death toll stood at 231").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import Token, word_tokens
from factlint.analysis.tolls import count_places
from factlint.rules.fl401_wider_tolls import (
    FACILITIES,
    list_at,
    name_word,
    opens_with,
    part_and_whole,
    place_at,
)

_TOLL_EVENTS = frozenset({"death", "injury", "missing"})
# the words a list of an event's places follows ("in Tarn and Brel", "hit Tarn and Brel")
_LIST_HEADS = frozenset(
    """in across throughout hit hits struck strikes rocked rocks jolted shook lashed battered ravaged
    swept devastated affected pounded""".split()
)
_TOLL_NOUNS = frozenset({"toll", "tally"})
_POSSESSIVE = frozenset({"'s", "’s"})
# the kinds of area a place's name may be followed by ("Mirra Bay province of Lusora")
_AREAS = frozenset("province region state district county prefecture territory".split())


def _lists(toks: Sequence[Token]) -> list[frozenset[str]]:
    """The lists of two or more places joined by "and" after a list head ("hit Tarn and Brel",
    "in southern Tarn, Osk and Brel"): each list's place keys."""
    found = []
    for k, t in enumerate(toks):
        if t.low not in _LIST_HEADS or k and toks[k - 1].low in FACILITIES:
            continue
        if places := list_at(toks, k):
            found.append(places)
    return found


def _tied(q: Quantity, text: str, toks: Sequence[Token], subject: bool = True) -> set[str]:
    """The place keys tied to a toll: the sentence's subject (with ``subject``: a name that may be
    no place), an owner ("Oskaland's toll"), the place right at the count, or the place the toll
    noun is told in ("The death toll in Mirra Bay")."""
    names = [t.low for t in toks if name_word(t)]
    tied = set(count_places(text, q.start, q.end)) & set(names)
    if subject and names and opens_with(toks, names[0]):
        tied.add(names[0])
    tied |= {  # "Oskaland's toll", "Oskaland's death toll" (not "Lusora's disaster agency said")
        t.low
        for k, t in enumerate(toks[:-1])
        if name_word(t)
        and toks[k + 1].text in _POSSESSIVE
        and any(n.low in _TOLL_NOUNS for n in toks[k + 2 : k + 4])
    }
    before = [t for t in toks if t.end <= q.start]
    for k, t in enumerate(before[:-1]):
        if t.low in _TOLL_NOUNS and before[k + 1].low in ("in", "for"):
            key, _ = place_at(before, k + 2)
            if key:
                tied.add(key)
    return tied


# (each figure pair of a story reads the story's other sentences again: their readings are kept
# per sentence text, as the story is read once)
@lru_cache(maxsize=4096)
def _sentence_lists(text: str) -> tuple[frozenset[str], ...]:
    return tuple(_lists(word_tokens(text)))


@lru_cache(maxsize=4096)
def _sentence_within(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(_within(word_tokens(text)))


@lru_cache(maxsize=4096)
def _sentence_bodies(text: str, place: str) -> frozenset[str]:
    return frozenset(_bodies_of(word_tokens(text), place))


def _of_listed_places(part: Quantity, whole: Quantity, sentences) -> bool:
    lists = [ls for s in sentences for ls in _sentence_lists(s.text)]
    if not lists:
        return False
    pt, wt = sentences[part.sentence].text, sentences[whole.sentence].text
    ptoks, wtoks = word_tokens(pt), word_tokens(wt)
    pnames = {t.low for t in ptoks if name_word(t)}
    wtied = _tied(whole, wt, wtoks).union(*_sentence_lists(wt))
    for places in lists:
        here = places & _tied(part, pt, ptoks)
        if len(here) != 1 or len(places & pnames) != 1:
            continue
        if (wtied & places) - here:
            return True
    return False


def _within(toks: Sequence[Token]) -> set[tuple[str, str]]:
    """(part, whole) place keys one sentence tells: "Q's P", "P province in Q", "P province of
    Q" (a bare "P in Q" may be no place's: "Police in Lyon")."""
    pairs: set[tuple[str, str]] = set()
    for k, t in enumerate(toks[:-1]):
        if name_word(t) and toks[k + 1].text in _POSSESSIVE:
            key, _ = place_at(toks, k + 2)
            if key and key != t.low:
                pairs.add((key, t.low))
        if name_word(t) and toks[k + 1].low in _AREAS:
            j = k + 2
            if j < len(toks) - 1 and toks[j].low in ("in", "of") and name_word(toks[j + 1]):
                key, _ = place_at(toks, j + 1)
                if key and key != t.low:
                    pairs.add((t.low, key))
    return pairs


def _bodies_of(toks: Sequence[Token], place: str) -> set[str]:
    """The lower-case words of the bodies named as the place's ("Lusora's national disaster
    agency" -> national, disaster, agency)."""
    words: set[str] = set()
    for k, t in enumerate(toks[:-1]):
        if t.low == place and toks[k + 1].text in _POSSESSIVE:
            for n in toks[k + 2 : k + 6]:
                if not n.is_word or n.cap:
                    break
                words.add(n.low)
    return words


def _part_of_its_country(part: Quantity, whole: Quantity, sentences) -> bool:
    ptoks = word_tokens(sentences[part.sentence].text)
    wtoks = word_tokens(sentences[whole.sentence].text)
    wnames = {t.low for t in wtoks if name_word(t)}
    tied = _tied(part, sentences[part.sentence].text, ptoks, subject=False)
    if not tied or tied & wnames:
        return False
    within = set().union(*(_sentence_within(s.text) for s in sentences))
    for p, q in within:
        if p not in tied or q in tied:
            continue
        if q in wnames:
            return True
        # "The agency's report said ...": a body the story calls Q's opens the whole's sentence
        if len(wtoks) > 2 and wtoks[0].low == "the" and wtoks[2].text in _POSSESSIVE:
            if wtoks[1].low in set().union(*(_sentence_bodies(s.text, q) for s in sentences)):
                return True
    return False


def tolls_of_places(a: Quantity, b: Quantity, sentences) -> bool:
    """Whether two tolls of one kind are of two places of the event, or the smaller a part of the
    larger by the places the story tells elsewhere (see the module)."""
    pair = part_and_whole(a, b, _TOLL_EVENTS)
    if pair is None:
        return False
    part, whole = pair
    return _of_listed_places(part, whole, sentences) or _part_of_its_country(part, whole, sentences)

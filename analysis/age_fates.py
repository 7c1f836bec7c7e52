"""What befell a person a story tells only by an age ("killed a 47-year-old man", "a 52-year-old
was stabbed outside Kerrow Station. He later died"): the harm, whether it killed, the place the
sentence gives for it and the sex noun. Two such ages, neither of anyone named, may be one person
told twice; ``age_fate`` gives what a rule needs to tell whether they are.

Apart from ``figure_ages`` (which finds an age and whose it is) because this reads the verbs
around an age only when a story has two ages of nobody named that disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .figure_ages import LONE_PEOPLE, OFFICES, copula_role_noun, role_apposition
from .text import figure_tokens

# the harm a verb tells, by its word ("shot" and "fatally shot" are one harm, the killing another)
_HARMS = {
    "shot": "shot",
    "stabbed": "stabbed",
    "struck": "struck",
    "hit": "struck",
    "beaten": "beaten",
    "killed": "killed",
    "killing": "killed",
    "kills": "killed",
}
_DEATH = frozenset({"killed", "killing", "kills", "fatally", "died", "dies", "dead"})
# words right before an age that make it someone besides a person told before ("another man, 44")
_BESIDES = frozenset({"another", "other", "second", "third", "fellow", "also", "both", "each"})
# a harm word after the age tells what the person suffered after these ("was shot", "was later
# found dead"), or by itself when it needs no helper ("died", "dead")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "fatally"})
_UNDONE = frozenset({"died", "dies", "dead"})
# words that make the age's person the doer, not the one a harm befell
_DOER = frozenset(
    {"charged", "accused", "arrested", "suspected", "convicted", "sentenced", "held", "detained"}
    | {"booked", "jailed", "indicted", "counts"}  # ("was booked on two counts of")
)
_ALSO = frozenset({"also", "too", "another", "second", "other", "both", "separate", "unrelated"})
_THE = frozenset({"the", "its", "his", "her", "their"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "while", "but", "as", "when", "after", "before"})
_PLACE_PREPOSITIONS = frozenset({"near", "on", "at", "in", "outside", "inside"})
_SEXES = {"man": "m", "boy": "m", "male": "m", "woman": "f", "girl": "f", "female": "f"}
_PRONOUNS = frozenset({"he", "she"})
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


@dataclass(frozen=True)
class AgeFate:
    harm: str | None  # "shot", "stabbed", "killed": the harm told of the person, if any
    died: bool  # a death verb tells the person died ("fatally shot", "killed", "He later died")
    place: tuple[str, ...]  # the named place of the harm ("88th street", "kerrow hill"), if any
    sex: str | None  # "m" or "f" by the noun after the age ("a 44-year-old man")
    noun: str | None = None  # the noun the person is told by ("a 44-year-old driver", "the driver, 44,")


def age_fate(text: str, start: int, end: int, next_text: str = "") -> AgeFate | None:
    """The fate of the person an age at [start, end) of a sentence tells of; None when a word
    right before it says the person is another one ("another man, 44", "a second 30-year-old")."""
    toks = figure_tokens(text)
    first = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    last = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if any(t.low in _BESIDES for t in toks[max(0, first - 3) : first]):
        return None
    before = [t.low for t in toks[max(0, first - 4) : first]]
    stop = last
    while stop < min(len(toks), last + 16) and toks[stop].low not in _CLAUSE_ENDS and not _age_at(toks, stop):
        stop += 1
    # ("made three saves in the second half": an ordinal after "the" is no second person)
    words = before + [t.low for k, t in enumerate(toks[last:stop], last) if toks[k - 1].low not in _THE]
    if _ALSO.intersection(words):
        return None  # "A 19-year-old passenger also died": one more person
    # what the person suffered: a harm done to the age's person ("killed a 53-year-old", "was
    # fatally shot"), not one the person did ("a 25-year-old man killed his neighbour")
    after = [t.low for t in toks[last:stop]]
    suffered = before[-3:] + [
        w for k, w in enumerate(after) if w in _UNDONE or _PASSIVE.intersection(after[max(0, k - 2) : k])
    ]
    if _DOER.intersection(after):
        suffered = before[-3:]  # "a 25-year-old man was charged with killing ...": the accused
    harm = next((_HARMS[w] for w in suffered if w in _HARMS), None)
    died = bool(_DEATH.intersection(suffered)) or _dies_next(next_text)
    sex = next((_SEXES[t.low] for t in toks[last : min(stop, last + 5)] if t.low in _SEXES), None)
    if first >= 3 and toks[first - 1].low == "," and toks[first - 3].low == "the":
        noun = toks[first - 2].low if toks[first - 2].low in LONE_PEOPLE else None  # "the woman, 36,"
    elif role_apposition(toks, first):
        noun = toks[first - 3].low  # "The driver, a 34-year-old man,"
    elif copula_role_noun(toks, first):
        noun = copula_role_noun(toks, first)  # "the driver, who is 58,"
    else:
        noun = next((t.low for t in toks[last : min(stop, last + 5)] if t.low in _TOLD_BY), None)
    return AgeFate(harm, died, _place(toks, last, stop) if harm else (), sex, noun)


_TOLD_BY = LONE_PEOPLE | OFFICES  # "the 91-year-old former president"


def _age_at(toks, k: int) -> bool:
    """ "63-year-old" starts at token k: the next age, another person's clause."""
    return toks[k].text[:1].isdigit() and k + 2 < len(toks) and toks[k + 2].low == "year"


def _place(toks, lo: int, hi: int) -> tuple[str, ...]:
    """The first named place after a preposition of place: "near 88th Street", "in the Kerrow
    Hill area" (capitalised words, or a street's ordinal number and its capitalised name)."""
    for k in range(lo, hi):
        if toks[k].low not in _PLACE_PREPOSITIONS:
            continue
        m = k + 1
        if m < hi and toks[m].low == "the":
            m += 1
        name = []
        if m < hi and toks[m].text.isdigit() and m + 1 < hi and toks[m + 1].low in _ORDINAL_ENDS:
            name.append(toks[m].low + toks[m + 1].low)  # "88th Street"
            m += 2
        while m < hi and toks[m].text[:1].isupper():
            name.append(toks[m].low)
            m += 1
        if name and (len(name) > 1 or not name[0][:1].isdigit()):
            return tuple(name)
    return ()


def _dies_next(text: str) -> bool:
    """ "He later died at a hospital.": the next sentence tells the person died."""
    toks = figure_tokens(text)[:4]
    return bool(toks) and toks[0].low in _PRONOUNS and any(t.low in ("died", "dies") for t in toks)


def accused(text: str, start: int, end: int) -> bool:
    """The person of the age at [start, end) is told as the one accused: a verb of arrest or
    charge follows in its clause ("a 28-year-old man was arrested", "was charged with")."""
    toks = figure_tokens(text)
    last = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    stop = last
    while stop < min(len(toks), last + 8) and toks[stop].low not in _CLAUSE_ENDS:
        stop += 1
    return bool(_DOER.intersection(t.low for t in toks[last:stop]))

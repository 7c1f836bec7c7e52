"""The same fact stated twice: two counts of one thing, with one predicate, of one holder.

News restates a count in new words: "the tower holds 120 flats" / "the block contained 127
flats", "70 fire engines were involved" / "Forty fire engines went", "30 people are being treated
in hospital" / "25 people remain in hospital", "a launch carrying more than 100 passengers" / "the
launch had about 70 passengers". What stays the same is the counted thing (a noun and its
synonyms), what is said of it (a predicate class: aboard, present, in hospital, deployed, has ...)
and what holds it (a vessel, a building, a venue). A count read that way is a ``CountFact``; two
facts alike, with no holder, name, modifier or day telling them apart, state one figure twice.
The classes are data (``data/count_facts.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .numbers import NO_DAY, Quantity, comparable
from .numtext import lexicon as number_lexicon

_DATA = Path(__file__).resolve().parent / "data" / "count_facts.yaml"


@dataclass(frozen=True)
class CountFact:
    noun: str  # the counted thing under one name ("flat" for flats, apartments and units)
    predicate: str  # what is said of it ("aboard", "in-hospital", "has", "death" ...)
    holders: frozenset[str]  # classes of what holds it, named in its clause ("vessel", "building")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    import yaml  # only when a document is analysed

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with _DATA.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=loader)
    return {
        "noun_of": {w: noun for noun, words in raw["nouns"].items() for w in words},
        "has_by_default": frozenset(raw["has_by_default"]),
        "predicates": [(cls, frozenset(words)) for cls, words in raw["predicates"].items()],
        "story_level": frozenset(raw["story_level"]),
        "responders": frozenset(raw["responders"]),
        "holder_of": {w: cls for cls, words in raw["holders"].items() for w in words},
    }


# the toll events the number analysis reads: a count's predicate when it has one
_EVENTS = frozenset(
    "death injury missing arrest rescue evacuation hospital aboard survival critical serious".split()
)
# names of people as such: "12 people", "12 victims", "12 killed" count one set
_PEOPLE = frozenset({None, "person", "people", "individual", "soul", "victim", "life", "fatality", "death"})
_PART_BEFORE = re.compile(r"\b(?:including|among them|of whom|of them|of which)\s*$", re.IGNORECASE)
# "30 bodies were found in one cinema", "six in another": a count placed in one of several
_PART_PLACED = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|at|on|from|inside)\s+(?:one|another|each|the\s+(?:first|second|third|other))\b"
)
# "a 24-storey tower", "the eleven-story hotel": the number counts storeys, the noun is the holder
_STOREYS_AFTER = re.compile(r"\s*-?\s*(?:stor(?:e)?ys?|stories|floors?)\b", re.IGNORECASE)


def count_fact(q: Quantity, text: str) -> CountFact | None:
    """What the count ``q`` (in its sentence ``text``) states, or None for a figure that is no
    count or whose predicate cannot be named."""
    if q.kind != "count" or q.changes or q.modal or "of-part" in q.scope:
        return None
    lex = _lexicon()
    context = q.context | q.modifiers
    holders = {lex["holder_of"][w] for w in context if w in lex["holder_of"]}
    if _STOREYS_AFTER.match(text, q.end):
        if q.head in lex["holder_of"]:
            holders.add(lex["holder_of"][q.head])
        return CountFact("storey", "has", frozenset(holders)) if holders else None
    if q.compound:
        return None  # "a six-leaved clover", "a 21-man roster": a description, not a count
    if _PART_BEFORE.search(text[: q.start]):
        return None  # "80 aboard, including 70 passengers": a part of a whole given beside it
    if _PART_PLACED.match(text, q.end):
        return None  # "30 bodies were found in one cinema, and 37 in another": parts
    head = number_lexicon()["same_counted"].get(q.head, q.head)
    if q.attribute == "body":
        head = "body"  # "the bodies of 40 victims" counts bodies
    noun = "person" if head in _PEOPLE else lex["noun_of"].get(head, head)
    if noun == "engine" and "fire" in context:
        noun = "fire engine"
    if noun == "truck" and "fire" in q.modifiers:
        noun = "fire engine"
    predicate = _predicate(q, noun, context)
    if predicate in (None, "has") and noun in _TRAVELLERS and holders & _VEHICLES:
        predicate = "aboard"  # "the launch had about 70 passengers"
    if predicate is None:
        return None
    return CountFact(noun, predicate, frozenset(holders))


def _predicate(q: Quantity, noun: str, context: frozenset[str]) -> str | None:
    lex = _lexicon()
    if q.event in _EVENTS and not (q.event == "injury" and context & _IN_HOSPITAL):
        return q.event  # "55 injured people are admitted to the hospital" counts the admitted
    for cls, words in lex["predicates"]:
        if context & words and (cls != "deployed" or noun in lex["responders"]):
            return cls
    return "has" if noun in lex["has_by_default"] else None


_TRAVELLERS = frozenset({"person", "passenger", "crew", "traveller"})
_VEHICLES = frozenset({"vessel", "aircraft", "train", "road vehicle"})
_IN_HOSPITAL = frozenset({"admit", "hospitalise", "hospitalize", "treatment"})


def same_fact(a: Quantity, fa: CountFact | None, b: Quantity, fb: CountFact | None) -> bool:
    """Do the counts ``a`` and ``b`` (with their facts) state one fact? The same counted thing and
    predicate; a shared holder, or a predicate of the story's one event (those aboard, the injured
    in hospital) with no holders of different classes; and no names, modifiers or days telling
    them apart."""
    if fa is None or fb is None or fa.noun != fb.noun or fa.predicate != fb.predicate:
        return False
    shared = fa.holders & fb.holders
    if fa.holders and fb.holders and not shared:
        return False  # "the ferry's 150 passengers" / "the bus's 40 passengers"
    if not shared and fa.predicate not in _lexicon()["story_level"]:
        return False  # "the tower has 24 storeys" / "the annex has 12 storeys"
    if a.names and b.names and not a.names & b.names and not shared:
        return False
    if a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        return False  # "three red cars" / "five blue cars"
    small, big = sorted((a.base_value, b.base_value))
    if big > 3 * small:
        return False  # "70 passengers" / "180 passengers": counts this far apart are of other things
    wa, wb = a.when - {NO_DAY}, b.when - {NO_DAY}
    if wa and wb and not wa & wb:
        return False  # counts of different days
    return comparable(a, b)


_PHRASES = {
    "aboard": "aboard",
    "in-hospital": "in hospital",
    "mortuary": "in the mortuary",
    "recovered": "recovered",
    "derailed": "derailed or overturned",
    "present": "present",
    "deployed": "sent",
    "mourning": "of mourning",
    "death": "killed",
    "injury": "injured",
    "missing": "missing",
    "arrest": "arrested",
    "rescue": "rescued",
    "evacuation": "evacuated",
    "hospital": "taken to hospital",
    "survival": "who survived",
    "critical": "in critical condition",
    "serious": "seriously hurt",
}
_PLURALS = {
    "crew": "crew",
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "firefighter": "firefighters",
}


def describe(fact: CountFact) -> str:
    """The fact as a message names it: "the number of flats", "the number of people in hospital"."""
    noun = fact.noun
    plural = _PLURALS.get(noun) or (
        noun[:-1] + "ies"
        if noun.endswith("y") and noun[-2:-1] not in "aeiou"
        else noun + "es"
        if noun.endswith(("s", "sh", "ch", "x"))
        else noun + "s"
    )
    if fact.predicate == "injury" and noun == "hospital":
        return "the number of hospitals the injured were taken to"
    phrase = _PHRASES.get(fact.predicate, "")
    return f"the number of {plural}" + (f" {phrase}" if phrase else "")

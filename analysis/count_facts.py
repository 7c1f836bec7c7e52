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
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .figure_compare import NO_DAY, comparable
from .figure_types import Quantity
from .numtext import lemma
from .numtext import lexicon as number_lexicon
from .text import CAPITAL_WORD, COMPOUND_WORD, WORD
from .tolls import ON_VEHICLE, count_places

_DATA = Path(__file__).resolve().parent / "data" / "count_facts.yaml"


@dataclass(frozen=True)
class CountFact:
    noun: str  # the counted thing under one name ("flat" for flats, apartments and units)
    predicate: str  # what is said of it ("aboard", "in-hospital", "has", "death" ...)
    holders: frozenset[str]  # classes of what holds it, named in its clause ("vessel", "building")
    in_list: str = ""  # "roles" in a list of counts of different things ("nine men and two women"),
    # "parts" in a list of one thing split up ("two found overnight and another two on Sunday")
    places: frozenset[str] = frozenset()  # the place named right after it ("80 in Malappuram")
    qualifiers: frozenset[str] = frozenset()  # words before its holder ("the north tower")
    sources: frozenset[str] = frozenset()  # names of who says it ("the officer told The Daily Star")
    over_time: bool = False  # all sent over a stretch of time ("a total of 18 units ... after 21 hours")


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
        "sent_words": frozenset(raw["predicates"]["deployed"]),
        "story_nouns": frozenset(raw["story_nouns"]),
        "holder_of": {w: cls for cls, words in raw["holders"].items() for w in words},
        "sized_by": frozenset(raw["sized_by"]),
    }


# the toll events the number analysis reads: a count's predicate when it has one
_EVENTS = frozenset(
    "death injury missing trapped arrest rescue evacuation hospital aboard survival critical serious stable minor".split()
)
# names of people as such: "12 people", "12 victims", "12 killed" count one set
_PEOPLE = frozenset(
    {
        None,
        "person",
        "people",
        "individual",
        "soul",
        "victim",
        "life",
        "fatality",
        "death",
        "survivor",
        "arrest",
    }
)
_OF_MOURNING = re.compile(r"\s+of\s+(?:[a-z]+\s+)?mourning\b", re.IGNORECASE)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s+(?![\d,.]+\s)[a-z]", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:including|included|among them|of whom|of them|of which|along with|alongside|besides|together with)\s*$",
    re.IGNORECASE,
)
# "30 bodies were found in one cinema", "six in another": a count placed in one of several
_PART_PLACED = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|at|on|from|inside)\s+(?:one|another|each|the\s+(?:first|second|third|other))\b"
)
# "a 24-storey tower", "the eleven-story hotel": the number counts storeys, the noun is the holder
_STOREYS_AFTER = re.compile(r"\s*-?\s*(?:stor(?:e)?ys?|stories|floors?)\b", re.IGNORECASE)


def count_fact(q: Quantity, text: str) -> CountFact | None:
    """What the count ``q`` (in its sentence ``text``) states, or None for a figure that is no
    count or whose predicate cannot be named."""
    if (
        q.kind == "measure"
        and q.unit == "time"
        and not (q.changes or q.modal)
        and _OF_MOURNING.match(text, q.end)
    ):
        return CountFact("day", "mourning", frozenset())  # "seven days of national mourning"
    if q.kind != "count" or q.changes or q.modal:
        return None
    if "of-part" in q.scope and not _OF_ITS.match(text, q.end):
        return None  # "31 of the injured": a part ("two of its coaches" counts the train's own)
    lex = _lexicon()
    context = q.context | q.modifiers
    holders = {lex["holder_of"][w] for w in context if w in lex["holder_of"]}
    storeys = _STOREYS_AFTER.match(text, q.end)
    if storeys:
        if q.head in lex["holder_of"]:
            holders.add(lex["holder_of"][q.head])
        # "a nine-story apartment building": the holder a word or two past the storeys
        after = [w.lower() for w in WORD.findall(text, storeys.end(), storeys.end() + 40)[:3]]
        holders |= {lex["holder_of"][w] for w in after if w in lex["holder_of"]}
        return CountFact("storey", "has", frozenset(holders)) if holders else None
    if q.compound:
        return _sized_holder(q, text, lex)  # "the 350-bed hospital"; "a 21-man roster" describes
    if _a_part(q, text):
        return None  # "including 70 passengers" is a part
    head = number_lexicon()["same_counted"].get(q.head, q.head)
    if q.attribute == "body":
        head = "body"  # "the bodies of 40 victims" counts bodies
    noun = _noun(head, context, q.modifiers)
    if noun == "worker" and holders & {"vessel", "aircraft"}:
        noun = "crew"  # a ferry's or a plane's staff are its crew
    if noun in lex["story_nouns"]:
        # "of 35 different nationalities", as whoever says so counts them
        return CountFact(noun, noun, frozenset(holders), sources=_source_names(text))
    in_list = _in_list(text, q.start, q.end, head)
    predicate = _predicate(q, text, noun, context, in_list)
    if (
        predicate in (None, "has")
        and q.head in _TRAVELLERS
        and holders & _VEHICLES
        and (
            _HAVING_BEFORE.search(text[max(0, q.start - 40) : q.start])
            or _ON_VEHICLE_AFTER.match(text, q.end)
        )
    ):
        predicate = "aboard"  # "the launch had about 70 passengers"
    if predicate is None or "of-part" in q.scope and predicate in _EVENTS:
        return None  # "the deaths of 21 of its passengers": a part of those aboard
    places = count_places(text, q.start, q.end)
    if predicate in _PLACED_PREDICATES:
        places |= _where_taken(text, q.end)
    return CountFact(
        noun,
        predicate,
        frozenset(holders),
        in_list,
        places,
        _qualifiers(text, lex["holder_of"]),
        _source_names(text),
        predicate == "deployed" and bool(q.scope & _WHOLE_SCOPES) and bool(_OVER_TIME.search(text)),
    )


_SIZED_AFTER = re.compile(r"\s*-\s*([a-z]+)\s+([a-z]+)\b")


def _sized_holder(q: Quantity, text: str, lex) -> CountFact | None:
    """ "the 350-bed hospital", "a 1,200-pupil school": the holder right after a compound that
    counts what it has, as "The hospital has 300 beds" does; None for any other compound ("the
    hospital's 350-bed extension" sizes something else)."""
    m = _SIZED_AFTER.match(text, q.end)
    if m is None or lemma(m[1]) not in lex["sized_by"] or m[2] not in lex["holder_of"]:
        return None
    noun = number_lexicon()["same_counted"].get(lemma(m[1]), lemma(m[1]))  # "pupils" count students
    return CountFact(lex["noun_of"].get(noun, noun), "has", frozenset({lex["holder_of"][m[2]]}))


# a stretch of time a whole was counted over: "after 21 hours of effort", "over two days"
_OVER_TIME = re.compile(
    r"\b(?:after|over|in|during|through|throughout|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:hours?|days?|nights?|weeks?)\b",
    re.IGNORECASE,
)


# who says a figure: "..., the officer told The Daily Star", "Fire Service official Md Faruk said,"
_SAID_TO = re.compile(r"\b(?:told|[Aa]ccording\s+to|quoted\s+by)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s*){1,6})")
_SAYS = re.compile(r"([A-Z][\w.'’-]*[\s,]+(?:(?:[A-Z][\w.'’-]*|and|of|for)[\s,]+){0,12})(?:said|says|told)\b")


@lru_cache(maxsize=1024)
def _source_names(text: str) -> frozenset[str]:
    """Lower-case capitalised words naming who says the sentence: its speaker or its outlet."""
    out = set()
    for m in (*_SAID_TO.finditer(text), *_SAYS.finditer(text)):
        out.update(w.lower().strip(".,").removesuffix("'s").removesuffix("’s") for w in m.group(1).split())
    return frozenset(out)


_NUMBER = (
    r"(?:\d[\d,.]*|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
# "nine men and two women", "two ... overnight and another two": items of a list of counts
_LIST_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,7}}?\s*,?\s+(?:and|plus)\s+(?:another\s+|other\s+)?{_NUMBER}\b", re.I
)
_LIST_BEFORE = re.compile(
    rf"\b{_NUMBER}(?:\s+[\w'’-]+){{0,7}}?\s*,?\s+(?:and|plus)\s+(?:another\s+|other\s+)?$", re.I
)


def _in_list(text: str, start: int, end: int, head: str | None) -> str:
    """ "parts" for a count listed beside more of the same thing ("two bodies were found overnight
    and another two on Sunday"), "roles" for one beside another thing ("nine men and two women"),
    else ""."""
    after = _LIST_AFTER.match(text, end)
    if after:
        neighbour = COMPOUND_WORD.match(text[after.end() :].lstrip())
    else:
        before = _LIST_BEFORE.search(text[max(0, start - 80) : start])
        if not before:
            return ""
        neighbour = COMPOUND_WORD.match(before.group(0).split(None, 1)[1] if " " in before.group(0) else "")
    word = neighbour.group(0).lower() if neighbour else ""
    if (
        not word
        or word in _NOT_NOUNS
        or number_lexicon()["same_counted"].get(lemma(word), lemma(word)) == head
    ):
        return "parts"
    return "roles"


_NOT_NOUNS = frozenset(
    "on in at from to of by during before after and or were was are is more others other".split()
)


def _a_part(q: Quantity, text: str) -> bool:
    """ "80 aboard, including 70 passengers", "30 bodies were found in one cinema, and 37 in
    another": a part of a whole given beside it."""
    return bool(_PART_BEFORE.search(text[: q.start]) or _PART_PLACED.match(text, q.end))


def _noun(head: str | None, context: frozenset[str], modifiers: frozenset[str] = frozenset()) -> str:
    if head in _PEOPLE:
        return "person"
    noun = _lexicon()["noun_of"].get(head, head)
    if noun in ("engine", "truck") and "fire" in context:
        return "fire engine"
    if head in ("unit", "vehicle") and (
        modifiers & _FIRE_WORDS or context & _FIRE_WORDS and context & _lexicon()["sent_words"]
    ):
        return "fire engine"  # "25 firefighting units", "the fire unit worked with 13 units"
    return noun


# words that make a unit or a vehicle a fire engine: "firefighting units", "fire brigade vehicles"
_FIRE_WORDS = frozenset({"fire", "firefight", "fire-fight", "firefighting", "fire-fighting", "brigade"})


def _predicate(q: Quantity, text: str, noun: str, context: frozenset[str], in_list: str) -> str | None:
    lex = _lexicon()
    own = _own_words(q, text)
    for cls, words in lex["predicates"]:
        if own & words and cls in _OWN_VERB_CLASSES:
            if cls in ("hospital", "in-hospital") and not context & (_HOSPITAL_WORDS | _ADMITTED):
                continue  # "23 others remain trapped": no hospital named
            return cls  # "70 were killed, 41 admitted to hospital": the 41's own verb
    if q.event in _EVENTS and not (
        q.event == "injury"
        and (context & _ADMITTED or context & _HOSPITAL_WORDS and _TAKEN_AFTER.match(text, q.end))
    ):
        return q.event
    if q.event == "injury":
        return "hospital"  # "55 injured people are admitted to the hospital" counts the admitted
    if _NOT_YET_IDENTIFIED.search(text):
        return "unidentified"  # "19 bodies were yet to be identified"
    for cls, words in lex["predicates"]:
        if cls == "death" and in_list != "roles":
            words = words & {"victim"}  # a death word elsewhere in the clause may be another's
        if cls in ("hospital", "in-hospital") and not context & (_HOSPITAL_WORDS | _ADMITTED):
            continue  # "three remain in custody", "taken to a police station"
        if cls == "present" and noun not in lex["responders"] and _ON_SITE.match(text, q.end):
            return cls  # "70 workers on site" (not "rescuers at the site", nor a web site)
        if context & words and (cls != "deployed" or noun in lex["responders"]):
            if cls == "destroyed" and context & dict(lex["predicates"])["damaged"]:
                # "31 homes were destroyed or damaged": both fates; "razed 40 homes and damaged
                # the crops": the other fate is of another thing, the nearer one is the count's
                return _fate_of(q, text)
            return cls
    return "has" if noun in lex["has_by_default"] else None


# two fates of one count joined: "destroyed or damaged", "damaged and razed"
_BOTH_FATES = re.compile(
    r"\b(?:destroy|raz|flatten|demolish|gut|obliterat|damag)\w*\s+(?:or|and|and/or)\s+(?:partly\s+|partially\s+)?"
    r"(?:destroy|raz|flatten|demolish|gut|obliterat|damag)\w*",
    re.IGNORECASE,
)
_FATE_WORD = re.compile(
    r"\b(?:(?P<damaged>damag)|destroy|raz|flatten|demolish|gut|obliterat)\w*", re.IGNORECASE
)


def _fate_of(q: Quantity, text: str) -> str:
    """What befell the things a count counts when its sentence names both fates: both when they
    are joined, else the fate word nearest the count (the other has its own object)."""
    if _BOTH_FATES.search(text):
        return "destroyed-or-damaged"
    near = min(
        _FATE_WORD.finditer(text),
        key=lambda m: m.start() - q.end if m.start() >= q.end else q.start - m.end(),
        default=None,
    )
    if near is None:
        return "destroyed-or-damaged"
    return "damaged" if near["damaged"] else "destroyed"


_ON_SITE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+on[\s-]+site\b", re.IGNORECASE)
# "had about 70 passengers", "with 459 people", "carrying 189": what a vehicle had aboard
_HAVING_BEFORE = re.compile(
    r"\b(?:had|has|have|with|carrying|carried|carries)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
# "58 passengers were on the bus", "There were 58 passengers on the bus"
_ON_VEHICLE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:(?:were|was|are|is)\s+)?(?:on|aboard)\s+(?:the|that|this)\s+(?:[a-z-]+\s+)?"
    r"(?:" + "|".join(ON_VEHICLE.split()) + r")\b"
)
# where the counted were taken: "air-dashed to Georgetown", "hospitalised locally"
_PLACED_PREDICATES = frozenset({"hospital", "in-hospital", "deployed"})
_TAKEN_TO = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:to|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*)")
_LOCALLY = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+locally\b")
# words that may stand before a holder without telling it apart
_PLAIN_BEFORE = frozenset(
    "the a an its their this that these those same one all entire whole of in on at to from".split()
)


def _where_taken(text: str, end: int) -> frozenset[str]:
    m = _TAKEN_TO.match(text, end)
    if m and m["name"].lower() not in {"the", "a", "hospital"}:
        return frozenset({m["name"].lower()})
    return frozenset({"<local>"}) if _LOCALLY.match(text, end) else frozenset()


_HOLDER_WORD = re.compile(r"\b([A-Za-z][\w'’-]*)\s+(?=([a-z]+)\b)")  # each word with the next


def _qualifiers(text: str, holder_of: dict[str, str]) -> frozenset[str]:
    """Lower-case words right before a holder noun: "north" of "the north tower" (not "the");
    "<several>" for holders counted together ("on board the two aircraft")."""
    out = {"<several>"} if _SEVERAL_HOLDERS.search(text) else set()
    for m in _HOLDER_WORD.finditer(text):
        before, noun = m.group(1), m.group(2)
        if noun in holder_of and before.islower() and before not in _PLAIN_BEFORE and before not in holder_of:
            if before in _SIDES:
                out.add(before)
    return frozenset(out)


_SEVERAL_HOLDERS = re.compile(
    r"\b(?:on\s+board|aboard|in|inside|of)\s+(?:both|the\s+two|the\s+three)\s+(?:[a-z]+\s+)?(?:aircraft|planes|jets|helicopters|trains|"
    r"buses|boats|ships|vessels|vehicles|cars|towers|buildings|blocks)\b",
    re.IGNORECASE,
)
_SIDES = frozenset(
    "north south east west northern southern eastern western first second third main old new "
    "upper lower left right front rear other".split()
)


_TRAVELLERS = frozenset({"person", "people", "passenger", "crew", "traveller"})
_VEHICLES = frozenset({"vessel", "aircraft", "train", "road vehicle"})
_HOSPITAL_WORDS = frozenset({"hospital", "ward", "treatment", "clinic", "icu"})
_NOT_YET_IDENTIFIED = re.compile(
    r"\b(?:yet|still)\s+to\s+be\s+identified\b|\bnot\s+(?:yet\s+)?been\s+identified\b"
)
_ADMITTED = frozenset({"admit", "hospitalise", "hospitalize"})
# "40 injured people were taken to nearby hospitals": the count's own verb takes them to a
# hospital the clause names, so it counts those taken there, a part of all the injured
_TAKEN_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:taken|rushed|airlifted|ferried|flown)\s+to\b"
)
_OWN_VERB_CLASSES = frozenset({"hospital", "in-hospital", "mortuary"})


def _own_words(q: Quantity, text: str) -> frozenset[str]:
    """Lemmas of the two words right after the count ("41 admitted to ...")."""
    return frozenset(lemma(w.lower()) for w in COMPOUND_WORD.findall(text[q.end : q.end + 30])[:2])


def same_fact(a: Quantity, fa: CountFact | None, b: Quantity, fb: CountFact | None) -> bool:
    """Do the counts ``a`` and ``b`` (with their facts) state one fact? The same counted thing and
    predicate; a shared holder, or a predicate of the story's one event (those aboard, the injured
    in hospital) with no holders of different classes; and no names, modifiers or days telling
    them apart."""
    if fa is None or fb is None or fa.predicate != fb.predicate:
        return False
    if fa.noun != fb.noun and not _role_and_people(a, fa, b, fb):
        return False
    if fa.in_list != fb.in_list and (fa.noun == "person" or "parts" in (fa.in_list, fb.in_list)):
        # "78 elderly people and 56 children were killed" are parts of the toll of 141; "two
        # bodies found overnight and another two" are parts of the five recovered
        return False
    if fa.places and fb.places and not fa.places & fb.places:
        return False  # "110 admitted in Kozhikode" / "80 in Malappuram"
    shared = fa.holders & fb.holders
    if holders_apart(fa, fb):
        return False  # "the north tower has 120 flats" / "the south tower has 90 flats"
    if fa.holders and fb.holders and not shared:
        return False  # "the ferry's 150 passengers" / "the bus's 40 passengers"
    if (
        not shared
        and fa.predicate not in _lexicon()["story_level"]
        and fa.noun not in _lexicon()["story_nouns"]
    ):
        return False  # "the tower has 24 storeys" / "the annex has 12 storeys"
    names_a, names_b = a.names - fa.sources, b.names - fb.sources  # not the speakers' names
    if (
        names_a
        and names_b
        and not _names_meet(names_a, names_b)
        and not (shared & _VEHICLES or fa.predicate == "has")
    ):
        return False  # other names, unless both name one vessel or building differently
    if a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        return False  # "three red cars" / "five blue cars"
    if nations_of(a) != nations_of(b):
        return False  # "41 Chilean passengers" are a part of "50 passengers"
    small, big = sorted((a.base_value, b.base_value))
    if big > 3 * small:
        return False  # "70 passengers" / "180 passengers": counts this far apart are of other things
    wa, wb = a.when - {NO_DAY}, b.when - {NO_DAY}
    if wa and wb and not wa & wb:
        return False  # counts of different days
    if fa.predicate == "deployed" and fa.over_time != fb.over_time:
        return False  # "11 fire engines were working" at one time / "a total of 18 units" over the fight
    # "two of its coaches": a part of the holder's own, which count_fact let through; "112
    # rescuers in total" are all the rescuers
    return comparable(replace(a, scope=a.scope - _WHOLE_SCOPES), replace(b, scope=b.scope - _WHOLE_SCOPES))


_WHOLE_SCOPES = frozenset({"of-part", "total", "overall", "combined"})
# predicates of the people a story's event touched, counted as people or by a role
_PEOPLE_PREDICATES = frozenset({"hospital", "in-hospital", "injury", "death", "missing", "rescue", "aboard"})


def _role_and_people(a: Quantity, fa: CountFact, b: Quantity, fb: CountFact) -> bool:
    """ "nine hospitalised" / "12 students were taken to hospital": the people an event touched,
    counted once as people and once by who they were, when the role count is more than the people
    (fewer students than people may leave out teachers) and neither is an item of a list."""
    if fa.predicate not in _PEOPLE_PREDICATES or fa.in_list or fb.in_list:
        return False
    if "person" not in (fa.noun, fb.noun):
        return False
    role, people = (b, a) if fa.noun == "person" else (a, b)
    # "256 passengers onboard" / "144 passengers and crew on board" (far more is another vehicle)
    return people.base_value < role.base_value <= 2 * people.base_value


_PHRASES = {
    "aboard": "aboard",
    "in-hospital": "in hospital",
    "mortuary": "in the mortuary",
    "recovered": "recovered",
    "derailed": "derailed",
    "overturned": "overturned",
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
    "stable": "in stable condition",
    "minor": "with minor injuries",
}
_PLURALS = {
    "crew": "crew",
    "voix": "voix",  # (French: the plural is the singular)
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


_MOSTLY = frozenset({"mostly", "mainly", "largely", "predominantly", "chiefly", "primarily"})


def nations_of(q: Quantity) -> frozenset[str]:
    """The countries a count's own modifiers name ("41 Chilean passengers", "30 Peruvian nationals")."""
    if not q.modifiers or q.modifiers & _MOSTLY:
        return frozenset()  # "17 mostly Nepali farm workers": all the workers, most of them Nepali
    countries = _countries()
    return frozenset(countries[m] for m in q.modifiers if m in countries)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """One-word names of countries and their demonyms and capitals, lower-cased, to the country."""
    import yaml

    with (_DATA.parent / "demonyms.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    out = {}
    for country, words in raw["countries"].items():
        for w in [country, *words]:
            if " " not in w:
                out[w.lower()] = country
    return out


def countries_named(text: str) -> frozenset[str]:
    """The countries and regions a sentence names by one word ("Pakistan", "Haitian", "Europe")."""
    countries = _countries()
    words = (w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in CAPITAL_WORD.findall(text))
    return frozenset(countries[w] for w in words if w in countries)


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of names share one, counting "Macedonia"/"Macedonian" and "Kenya"/"Nairobi"
    as one?"""
    if a & b:
        return True
    countries = _countries()
    if {countries.get(w) for w in a} & {countries.get(w) for w in b} - {None}:
        return True
    return any(len(x) >= 5 and len(y) >= 5 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


# Lists whose items make up a whole of people between them: "nine men and two women" are 11
# people, "56 passengers and six crew" the 62 aboard (not "78 elderly people and 56 children").
_PARTITIONS = (
    frozenset({"man", "woman"}),
    frozenset({"man", "woman", "child"}),
    frozenset({"male", "female"}),
    frozenset({"boy", "girl"}),
    frozenset({"adult", "child"}),
    frozenset({"passenger", "crew"}),
)


def list_wholes(qs: list[Quantity], facts: list[CountFact | None]) -> list[tuple[int, ...]]:
    """Indices of the items of each list of counts that adds up to a whole of people: items of
    one sentence, listed as different things with one predicate, whose nouns partition people."""
    groups: list[list[int]] = []
    for k, (q, f) in enumerate(zip(qs, facts)):
        if f is None or f.in_list != "roles":
            continue
        last = groups[-1] if groups else None
        if last and qs[last[-1]].sentence == q.sentence and facts[last[-1]].predicate == f.predicate:
            last.append(k)
        else:
            groups.append([k])
    wholes = []
    for g in groups:
        nouns = [facts[k].noun for k in g]
        if len(g) >= 2 and len(set(nouns)) == len(nouns) and frozenset(nouns) in _PARTITIONS:
            wholes.append(tuple(g))
    return wholes


def holders_apart(fa: CountFact | None, fb: CountFact | None) -> bool:
    """Two counts whose holders are told apart by a word ("the north tower" / "the south tower"),
    or of things two different fates befell ("destroyed 27 homes" / "31 houses were damaged")."""
    if not (fa and fb):
        return False
    if fa.predicate != fb.predicate and {fa.predicate, fb.predicate} <= _FATES_OF_THINGS:
        return True
    if ("<several>" in fa.qualifiers) != ("<several>" in fb.qualifiers):
        return True  # "all 67 on board the two aircraft" / "the jet's 60 passengers and four crew"
    return bool(fa.qualifiers and fb.qualifiers and not fa.qualifiers & fb.qualifiers)


# what befalls buildings: a destroyed home and a damaged one are counted apart
_FATES_OF_THINGS = frozenset({"destroyed", "damaged", "destroyed-or-damaged"})

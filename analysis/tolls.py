"""How news states a toll: "the toll has risen to 61", "the toll is expected to rise".

A toll is the count of the dead (or injured, missing…) of one event. Stories state it under many
surface forms; two of them read like something else to a plain reading of figures:

- "the death toll rose to 77" gives the toll's level now, in a verb of change: it is a statement
  of the toll (``toll_update``), not a change by 77, and "the toll" alone is the dead
  (``toll_named_before``);
- "12 people have died and the toll is expected to rise" hedges the future, not the 12: the
  forecast of a rise (``forecast_tokens``) says nothing about the figure, and a later, different
  toll is still worth an editor's check.
"""

from __future__ import annotations

import re
from operator import attrgetter

from .text import LOOSE_WORD, Token

# verbs that bring a toll to a new level: "rose to", "climbed to", "was revised to", "fell to"
_TOLL_RISES = frozenset(
    "rose risen rise rises rising climbed climb climbs climbing jumped jump jumps increased increase "
    "increases grew grown mounted mount mounts soared surged went gone decreased decrease fell "
    "fallen dropped revised lowered reduced raised upped pushed".split()
)
_FORECAST = re.compile(
    r"^(?:expected|likely|set|feared|poised|certain|bound|going|predicted|tipped)\s+to\s+"
    r"(?:rise|climb|increase|grow|go\s+up|mount|soar)\b(?:\s+further\b)?"
    r"|^(?:could|may|might|will|would|can)\s+(?:still\s+|further\s+)?(?:rise|climb|increase|grow|go\s+up|mount)\b"
    r"(?:\s+further\b)?"  # "The toll could rise further, as nine others remain in serious condition"
)


def toll_named_before(toks: list[Token], lo: int, first: int) -> bool:
    """ "The toll has risen to 61", "the toll stood at 54": "toll" in the few words before the
    figure, or anywhere before it in its clause when a link word leads to the figure ("The death
    toll due to the consumption of liquor in the district is 31")."""
    if any(t.low == "toll" for t in toks[max(lo, first - 5) : first]):
        return True
    return first >= 1 and toks[first - 1].low in _LINKS and any(t.low == "toll" for t in toks[lo:first])


_LINKS = frozenset({"is", "was", "at", "to", "reached", "hit"})


def toll_update(toks: list[Token], lo: int, first: int) -> bool:
    """ "rose to 77", "has risen to 61", "climbed to 30": the figure is the toll's new level; so is
    one a later report gives ("Subsequent media reports said the toll stood at 132"), one a word
    or two of hedge sets apart from its verb ("rose to a confirmed 152") and a second count
    listed after a level ("rose to 152 dead and 226 missing": the missing count's level)."""
    first = _past_hedge(toks, lo, first)
    if _listed_after_level(toks, lo, first):
        return True
    return _toll_update(toks, lo, first)


# words between a verb of change and its level: "rose to a confirmed 152", "to some 40"
_HEDGES = frozenset("a an confirmed some about around nearly almost roughly at least more than".split())
# the nouns a toll's count is listed under: "152 dead and 226 missing"
_TOLL_NOUNS = frozenset({"dead", "deaths", "killed", "injured", "wounded", "hurt", "missing"})


def _past_hedge(toks: list[Token], lo: int, first: int) -> int:
    """The figure's position with up to two hedge words before it counted in ("a confirmed")."""
    k = first
    while k > lo and first - k < 2 and toks[k - 1].low in _HEDGES:
        k -= 1
    return k if k < first and k > lo and toks[k - 1].low == "to" else first


def _listed_after_level(toks: list[Token], lo: int, first: int) -> bool:
    """ "the toll rose to 152 dead and 226 missing": the count after "and" (or a comma) that follows
    a toll's level and its noun is a level too, of its own noun."""
    head = first - 2
    if head - 1 < lo or toks[first - 1].low not in {"and", ","} or toks[head].low not in _TOLL_NOUNS:
        return False
    number = head - 1
    if not toks[number].low.replace(",", "").isdigit():
        return False
    return _toll_update(toks, lo, _past_hedge(toks, lo, number))


def _toll_update(toks: list[Token], lo: int, first: int) -> bool:
    for k in range(max(lo, first - 10), first):
        # "Subsequent media reports said", not "a subsequent fire burnt the area, killing 101"
        if toks[k].low in _LATER and any(t.low in _REPORTING for t in toks[k + 1 : min(first, k + 4)]):
            return True
    if first >= 3 and toks[first - 1].low == "to" and _brings_toll(toks, max(lo, first - 16), first - 1):
        return True  # "taking the death toll in the blast at the plant to 23": the toll's new level
    if (
        first >= 2
        and toks[first - 1].low in _PASSED
        and toks[first - 2].low in {"has", "have", "had"}
        and any(
            t.low in {"toll", "deaths", "fatalities", "tally"} for t in toks[max(lo, first - 14) : first - 2]
        )
    ):
        return True  # "the death toll has surpassed 100", "the overall deaths have reached 25"
    verb = first - 2
    if verb >= 1 and toks[verb].low == "up":
        verb -= 1  # "has risen up to 52"
    return (
        verb >= 0
        and toks[first - 1].low == "to"
        and toks[verb].low in _TOLL_RISES
        and not (verb >= 1 and toks[verb - 1].low == "by")
    )


_FIRST_COUNT = frozenset({"initial", "earlier", "previous", "first", "original"})
_COUNT_NOUNS = frozenset({"count", "toll", "figure", "figures", "estimate", "tally"})
# how a clause sets its figure above another: "three times the", "up from the", "double the"
_ABOVE = frozenset({"times", "than", "from", "double", "twice", "triple", "above"})


def beyond_first_count(toks: list[Token], j: int, hi: int) -> bool:
    """ "At least 154 were killed, more than three times the initial count": the clause sets the
    figure above an earlier count of the toll, so it is the toll's new level (not "according to
    the initial count", which gives the earlier count itself)."""
    return any(
        toks[k].low in _FIRST_COUNT
        and k + 1 < hi
        and toks[k + 1].low in _COUNT_NOUNS
        and any(t.low in _ABOVE for t in toks[max(j, k - 3) : k])
        for k in range(j, hi)
    )


def _brings_toll(toks: list[Token], lo: int, hi: int) -> bool:
    """ "taking the toll", "bringing the death toll", "pushed the number of dead" in [lo, hi): a
    verb that carries a toll to the level after the next "to"."""
    for k in range(lo, hi):
        if toks[k].low in _BRINGS and any(t.low in {"toll", "tally"} for t in toks[k + 1 : min(hi, k + 4)]):
            return not any(t.low == "to" for t in toks[k + 1 : hi])
    return False


_PASSED = frozenset({"reached", "surpassed", "exceeded", "topped", "passed"})
_BRINGS = frozenset(
    "taking took taken takes bringing brought brings pushing pushed pushes raising raised".split()
)


def toll_rises(word: str) -> bool:
    """A verb that brings a toll to a new level ("rose", "climbed", "was revised")."""
    return word in _TOLL_RISES


_LATER = frozenset({"subsequent", "subsequently", "later", "updated", "revised"})
_REPORTING = frozenset(
    "report reports figure figures toll count counts data estimate estimates tally statement update "
    "said put stood revised rose risen climbed reached confirmed".split()
)


def forecast_tokens(toks: list[Token], lo: int, hi: int) -> set[int]:
    """Token positions of a forecast of a rise ("is expected to rise", "could climb") in
    [lo, hi): its hedge is about the future, not about the figures beside it."""
    out: set[int] = set()
    if _FORECAST_OPENERS.isdisjoint(map(_LOW, toks[lo:hi])):
        return out  # (one set test at C speed, asked for every figure: most clauses hold none)
    for k in range(lo, hi):
        if toks[k].low not in _FORECAST_OPENERS:
            continue
        rest = " ".join(t.low for t in toks[k : min(hi, k + 5)])
        m = _FORECAST.match(rest)
        if m:
            out.update(range(k, k + len(m.group().split())))
    return out


# the words a forecast opens with
_FORECAST_OPENERS = frozenset(
    "expected likely set feared poised certain bound going predicted tipped could may might will would can".split()
)
_LOW = attrgetter("low")


_TAKEN = frozenset(
    "taken transported rushed admitted sent airlifted brought ferried moved shifted hospitalised "
    "hospitalized".split()
)
_STILL_THERE = frozenset({"remain", "remained", "remains", "remaining", "still"})
_TO_HOSPITAL = re.compile(
    r"^(?:to|into)\s+(?:the\s+|a\s+|nearby\s+|local\s+|various\s+|different\s+)*hospitals?\b"
)


def taken_to_hospital(toks: list[Token], after: int, hi: int) -> bool:
    """ "25 people were transported to the hospital", "23 taken to nearby hospitals": the count
    of those taken to hospital, one of a story's casualty counts (not "13 remained in hospital",
    nor "9 remain hospitalised": those still there on the day, a part of all taken)."""
    for k in range(after, min(hi, after + 4)):
        if toks[k].low in _TAKEN:
            if k > after and toks[k - 1].low in _STILL_THERE:
                return False
            rest = " ".join(t.low for t in toks[k + 1 : min(hi, k + 6)])
            if (
                toks[k].low.startswith("hospitali")
                or _TO_HOSPITAL.match(rest)
                or _to_named_hospital(toks, k + 1, hi)
            ):
                return True
    return False


def _to_named_hospital(toks: list[Token], k: int, hi: int) -> bool:
    """ "taken to Hereford County Hospital": a hospital by its name, every word capitalised."""
    if k >= hi or toks[k].low not in {"to", "into"}:
        return False
    for m in range(k + 1, min(hi, k + 6)):
        if not toks[m].text[:1].isupper() and toks[m].low not in {"'s", "’s"}:
            return False
        if toks[m].low in {"hospital", "hospitals"}:
            return m > k + 1
    return False


_CARRYING = frozenset({"carrying", "carried", "carries", "carry"})
ON_VEHICLE = (
    "bus coach minibus ferry boat ship vessel launch plane flight aircraft jet airliner train helicopter"
)
_CONVEYANCES = frozenset(ON_VEHICLE.split())
# "459 on board", "72 people aboard", "99 souls were on board", "187 people who were on board"
_ON_BOARD = re.compile(
    r"^(?:[a-z]+\s+)?(?:(?:who|that)\s+)?(?:(?:were|was|are|is)\s+)?(?:on\s+board|aboard|onboard|"
    # "58 people were on the bus", "40 tourists in the boat": on a vehicle named right after
    r"(?:on|in)\s+(?:the|that|this)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_CONVEYANCES)) + r"))\b"
)


def on_board(toks: list[Token], first: int, after: int, hi: int) -> bool:
    """ "a ferry carrying 462 people", "sank with 459 on board", "72 people aboard": the count of
    those aboard a vessel (a role, "68 passengers and 4 crew", is a part of it and not read here)."""
    stop = next((k for k in range(after, hi) if toks[k].low in _CLAUSE_BREAKS), hi)
    if any(t.low in _FATES for t in toks[after:stop]):
        return False  # "179 aboard the capsized ferry had been rescued": a count of the rescued
    if first >= 1 and toks[first - 1].low in _CARRYING:
        return True
    rest = " ".join(t.low for t in toks[max(first + 1, after - 1) : min(hi, after + 5)])
    return bool(_ON_BOARD.match(rest))


# "99 souls were on board the plane when it crashed; 92 confirmed dead": the fate after is another count's
_CLAUSE_BREAKS = frozenset({";", "when", "after", "before", "as", "including", "with", "while", "but"})
_FATES = frozenset(
    "rescued saved killed died dead drowned missing injured hurt survived evacuated unaccounted".split()
)


# A name placed right after a count, no comma between: "13 in New York City", "five people in
# Pennsylvania", "killed 18 in Elazig": where the counted ones were, so two such names tell parts
# of a toll apart. A name elsewhere in the sentence is the source ("police in Detroit said"), the
# place of the event in a "when" clause, the venue or the vehicle: it says nothing of the count.
_PLACE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
)
_PLACE_OPENING = re.compile(
    r"^\W*(?:In|From|Across)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*,"
)
# "37,958 people died in the province" / "at least 40,000 died in that region": a place named by a
# common noun also places the count (the name is elsewhere in the sentence)
_PLACE_NOUN_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+in\s+(?:the|that|this|its|their)\s+(?P<name>province|region|district|"
    r"state|city|county|area|country|town|village|capital|territory|prefecture)\b"
)


def count_places(text: str, start: int, end: int) -> frozenset[str]:
    """Lower-cased words of the names that place a count at [start, end) of ``text``: the place
    named right after it, or the place a sentence opens with ("In Kashmir, 17,388 died")."""
    words: set[str] = set()
    for m in (
        _PLACE_AFTER.match(text, end),
        _PLACE_OPENING.match(text[:start]),
        _PLACE_NOUN_AFTER.match(text, end),
    ):
        if m:
            words |= {w.lower().removesuffix("'s").removesuffix("’s") for w in LOOSE_WORD.findall(m["name"])}
    return frozenset(words)


# How bad the injured are, as news grades them: "17 were in critical condition", "Eighteen people
# were being treated in critical care", "37 of the injured were in serious condition", "five
# critically injured". Such a count is of its own set (the worst hurt), not of all the injured.
_SEVERITY = {
    "critical": "critical",
    "grave": "critical",
    "serious": "serious",
    "severe": "serious",
    "stable": "stable",  # "three are in stable condition": the injured out of danger, a set of its own
    "minor": "minor",  # "62 others sustained minor injuries": the lightly hurt, a set of its own
    "slight": "minor",
    "light": "minor",
}
_SEVERELY = {
    "critically": "critical",
    "gravely": "critical",
    "seriously": "serious",
    "severely": "serious",
    "slightly": "minor",
    "lightly": "minor",
}
_CONDITION_FILLER = frozenset(
    "of them the injured people persons patients victims others more were are was is remain remained remains still "
    "being treated listed reported said to be have has had been sustained suffered suffering from for".split()
)
_HURT = frozenset({"injured", "hurt", "wounded", "burned", "burnt"})
_WOUNDS = frozenset({"burns", "injuries", "wounds"})


def severity(toks: list[Token], j2: int, hi: int) -> str | None:
    """The grade of harm a count after [.., j2) is given in its clause: "in critical condition"
    (critical), "seriously injured" (serious), or None."""
    k = j2
    while k < hi and k < j2 + 8 and toks[k].low in _CONDITION_FILLER:
        k += 1
    if k + 1 < hi and toks[k].low in _SEVERELY and toks[k + 1].low in _HURT:
        return _SEVERELY[toks[k].low]
    if k + 2 < hi and toks[k].low == "with" and toks[k + 1].low in _SEVERITY and toks[k + 2].low in _WOUNDS:
        return _SEVERITY[toks[k + 1].low]  # "some 66 with serious burns have been admitted"
    if k + 1 < hi and toks[k].low in _SEVERITY and toks[k + 1].low in _WOUNDS:
        return _SEVERITY[toks[k].low]  # "62 others sustained minor injuries"
    if k < hi and toks[k].low == "stable" and (k + 1 >= hi or not toks[k + 1].low[:1].isalpha()):
        return "stable"  # "four are stable", closing its clause or list item
    if k < hi and toks[k].low == "in":
        k += 1 + (k + 1 < hi and toks[k + 1].low == "a")
        if k + 1 < hi and toks[k].low in _SEVERITY and toks[k + 1].low in {"condition", "care", "conditions"}:
            return _SEVERITY[toks[k].low]
    return None


# A prison term is the one time a court gave: "sentenced to 24 years", "jailed for 12 years",
# "25 years in prison", "a 135-month sentence". What was asked for, recommended or risked
# ("prosecutors sought 15 years", "faced a maximum of 20 years"), or what a charge or a law
# provides for ("amended the charges to provide for 20 years imprisonment"), is another quantity.
_SENTENCING = frozenset(
    "sentenced sentencing jailed imprisoned handed given gets got received receives serve serving".split()
)
_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_CUSTODY = frozenset({"prison", "jail", "gaol", "bars", "custody", "incarceration", "imprisonment"})
_NOT_THE_TERM = frozenset(
    "sought seek seeks seeking asked ask asks asking requested request requests recommended recommend "
    "recommends wanted want wants proposed propose suggested suggest argued urged called demanded "
    "faces face faced facing maximum minimum max up guideline guidelines presumptive possible "
    "could would might carries carry carried range provide provides provided providing prescribes "
    "prescribed attracts attract charge charges law".split()
)


def prison_term(toks: list[Token], first: int, j: int, lo: int, hi: int, upper: bool = False) -> str | None:
    """ "was sentenced to 24 years in prison" / "25 years behind bars": the "prison term" a court
    gave (a sentencing verb in the few words before the figure, or custody in the few after, and
    no word of a request, a maximum or a range in the clause); not "faced up to 20 years in
    prison" or "a maximum sentence of 20 years"."""
    if (
        j + 1 < hi
        and toks[j].low == "and"
        and toks[j + 1].text[:1].isalnum()
        or (first >= 2 and toks[first - 1].low == "and" and toks[first - 2].low in _TIME_UNITS)
    ):
        return None  # "11 years and three months": a compound term, neither part the whole
    clause = {t.low for t in toks[lo:hi]}
    before = {t.low for t in toks[max(lo, first - 4) : first]}
    after = {t.low for t in toks[j : min(hi, j + 4)]}
    near = {t.low for t in toks[max(lo, first - 6) : min(hi, j + 4)]}
    if (upper or "maximum" in near) and near & (_CUSTODY | {"sentence", "term"}):
        # The most a court could give is not read: real copy gives it per charge, per count and
        # per defendant, and two of them in one story differed on clean pairs of two
        # independent checks ("faced up to 20 years" for one charge, "up to 60" for all).
        return None
    if not (before & (_SENTENCING | {"sentence", "term"}) or after & (_CUSTODY | {"sentence", "term"})):
        return None
    return None if clause & _NOT_THE_TERM else "prison term"

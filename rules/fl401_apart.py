"""FL401: figures a real story tells apart by its own words, though they count the same noun.

Each test is a class of false alarm seen on real copy (issue #15): a part given as a sum, those
present against the toll among them, later quakes, places counted beside people, a part of the
affected, a figure in a question, one victim's burns against another's, a count still being
verified against the confirmed one, a part of a breakdown against more than its whole, another
incident of the same kind, one town's share of a wider toll,
figures of two countries, a share against two baselines, those trapped against those rescued.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factlint.analysis.count_facts import countries_named
from factlint.analysis.numbers import Quantity
from factlint.analysis.numtext import lexicon

_TOLL_EVENTS = frozenset({"death", "injury", "missing"})


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    lex = lexicon()
    return {**lex["units"], **lex["tens"], "both": 2}  # "Both officers ... as did three others"


_FIGURE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)\b(?!\s*(?:%|per\s*cent|percent))"
)
_NOT_A_COUNT = re.compile(r"^(?:1[89]|20)\d\d$")  # a year


@lru_cache(maxsize=4096)  # asked for every pair of figures compared: a live blog has thousands
def _counts_in(text: str) -> tuple[int, ...]:
    """The whole numbers a sentence gives, in digits or words ("nine", "twenty-two"), less years."""
    words = _number_words()
    out = []
    for m in _FIGURE.finditer(text):
        token = m[1]
        if token[0].isdigit():
            if "." not in token and not _NOT_A_COUNT.match(token):  # "6.8" is a magnitude, "6.05" a time
                out.append(int(token.replace(",", "")))
            continue
        parts = token.lower().split("-")
        if all(p in words for p in parts) and parts[0] != "zero":
            out.append(sum(words[p] for p in parts))
    return tuple(out)


# Each figure meets many others (a live blog repeats a toll hundreds of times): what its own
# sentence says around it is read once per sentence and place, not once per pair.
@lru_cache(maxsize=65536)
def _after(pattern: re.Pattern, text: str, end: int) -> bool:
    return bool(pattern.match(text[end:]))


@lru_cache(maxsize=8192)
def _anywhere(pattern: re.Pattern, text: str) -> bool:
    return bool(pattern.search(text))


def sum_of_parts(a: Quantity, b: Quantity, sentences) -> bool:
    """ "left 14 people injured" / "nine were shot and five were hurt fleeing": the smaller count
    is one of several in its sentence that add up to the larger."""
    if a.kind != "count" or b.kind != "count" or a.base_value == b.base_value:
        return False
    small, big = (a, b) if a.base_value < b.base_value else (b, a)
    counts = _counts_in(sentences[small.sentence].text)
    return len(counts) >= 2 and int(small.base_value) in counts and sum(counts) == big.base_value


def present_and_toll(a: Quantity, b: Quantity) -> bool:
    """ "killed at least 12 workers" / "Sixteen workers were on the bridge": a count of no event
    larger than a toll is everyone there, the dead or hurt among them (fewer there than dead is
    still a conflict)."""
    if a.kind != "count" or b.kind != "count":
        return False
    tolls = [q for q in (a, b) if q.event in _TOLL_EVENTS]
    plain = [q for q in (a, b) if q.event is None]
    return len(tolls) == 1 and len(plain) == 1 and plain[0].base_value > tolls[0].base_value


_QUAKES = re.compile(
    r"\s*(?:-?\s*magnitude\s+)?(?:[a-z]+\s+)?(?:earthquakes|quakes|tremors|aftershocks)\b", re.I
)


def other_quakes(a: Quantity, b: Quantity, sentences) -> bool:
    """ "a 7.2 magnitude earthquake" / "has since produced magnitude 5 earthquakes": a magnitude
    of quakes in the plural is of other, later quakes."""
    if not (a.attribute == b.attribute == "magnitude"):
        return False
    plural = [_after(_QUAKES, sentences[q.sentence].text, q.end) for q in (a, b)]
    return plural[0] != plural[1]


_PLACES = re.compile(
    r"\s+(?:(?!(?:in|across|of|from|at|to|on|over|into)\b)[a-z-]+\s+){0,2}?(?:regions?|provinces?|districts?|towns?|cities|villages?|municipalities"
    r"|countries|states|counties|barangays|areas|centres|centers|shelters|schools|camps)\b"
)


def counts_places(a: Quantity, b: Quantity, sentences) -> bool:
    """ "50,000 individuals" / "across the 13 affected regions": a count of places is no count of
    the people in them."""
    places = [q.kind == "count" and _after(_PLACES, sentences[q.sentence].text, q.end) for q in (a, b)]
    return places[0] != places[1]


_PART_OF = re.compile(
    r"^\W*(?:[A-Za-z]+,\s*)?(?:of|out of|among)\s+(?:this|these|those|them|the\b[^,.;]{1,60}),", re.I
)


def part_of_the_whole(a: Quantity, b: Quantity, sentences) -> bool:
    """ "17,124 families were affected" / "Meanwhile, of the affected population, 3,300 families
    ...": a smaller count after a sentence's opening on a part of an uncounted whole is a part.
    Not when both sentences open so (two parts of one whole may be one part restated), nor when
    the whole is counted ("Of the nine killed, ..."): its parts are read with that count."""
    if a.kind != "count" or b.kind != "count" or a.base_value == b.base_value:
        return False
    opens = [_PART_OF.match(sentences[q.sentence].text) for q in (a, b)]
    if bool(opens[0]) == bool(opens[1]):
        return False
    small, m = (a, opens[0]) if opens[0] else (b, opens[1])
    return (
        small.base_value < max(a.base_value, b.base_value) and small.start >= m.end() and not _counts_in(m[0])
    )


def in_question(a: Quantity, b: Quantity, sentences) -> bool:
    """ "is being five minutes late really worth a year?": a question asserts no figure."""
    return any(sentences[q.sentence].text.rstrip(" \"'”’)").endswith("?") for q in (a, b))


def burns_of_two(a: Quantity, b: Quantity) -> bool:
    """ "sustained 28 percent burn injuries" / "Kamal received 35 percent burn injuries": the share
    of a body burnt is one victim's; it is compared only where both name the same people."""
    burns = [q.kind == "percent" and "burn" in q.modifiers | {q.head, q.attribute} for q in (a, b)]
    return all(burns) and a.names != b.names


_UNVERIFIED = re.compile(
    r"\b(?:being|still being|yet to be|to be|not yet|under|for)\s+(?:verified|verification|validated|validation"
    r"|confirmed|confirmation)\b|\bunconfirmed\b|\bunverified\b",
    re.I,
)


def unverified_and_confirmed(a: Quantity, b: Quantity, sentences) -> bool:
    """ "deaths have climbed to 12" / "10 fatalities are being verified": the count still being
    checked is kept apart from the confirmed one."""
    marks = [_anywhere(_UNVERIFIED, sentences[q.sentence].text) for q in (a, b)]
    return marks[0] != marks[1]


def breakdown_part(a: Quantity, b: Quantity, sentences) -> bool:
    """ "There are 37 survivors – 33 passengers and four crew" / "73 passengers": a figure that
    breaks down another count in its own sentence is a part of that count, and cannot be
    compared with a figure larger than the whole it breaks down."""
    for part, other in ((a, b), (b, a)):
        counts = _counts_in(sentences[part.sentence].text)
        total = sum(counts)
        if total % 2 or part.kind != "count":
            continue
        whole = total // 2
        if whole in counts and whole != part.base_value and part.base_value in counts:
            # "30 deaths ... 31 passengers, of which one survived" against "33 killed": the same
            # toll, compared as such
            if other.base_value > whole and not (part.event and part.event == other.event):
                return True
    return False


_OTHER_INCIDENT = re.compile(
    r"\b(?:another|a separate|a second|a similar|an earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:accident|crash|collision|plunge|fire|blaze|explosion|blast|attack|shooting|quake|earthquake"
    r"|landslide|collapse|incident|stampede|derailment)\b",
    re.I,
)


def another_incident(a: Quantity, b: Quantity, sentences) -> bool:
    """ "12 other people were injured" / "Hours earlier, another accident ... left seven dead and
    18 injured": a sentence about another incident of the same kind counts that one."""
    marks = [_anywhere(_OTHER_INCIDENT, sentences[q.sentence].text) for q in (a, b)]
    return marks[0] != marks[1]


_LOCAL = re.compile(
    r"^[^.;:]{0,40}?\bin\s+the\s+(?:town|city|village|district|province|region|county|municipality)\s+of\s+[A-Z]"
)


def local_share(a: Quantity, b: Quantity, sentences) -> bool:
    """ "19 were confirmed dead in Haiti" / "At least 14 people died in the town of Petit Goave":
    the smaller toll, placed right after it in one town, is that town's share."""
    if a.base_value == b.base_value or a.event not in _TOLL_EVENTS or b.event != a.event:
        return False
    small, big = (a, b) if a.base_value < b.base_value else (b, a)
    placed = [_after(_LOCAL, sentences[q.sentence].text, q.end) for q in (small, big)]
    return placed[0] and not placed[1]


def countries_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """ "more than 1,300 fatalities, Pakistan was one of the worst-hit" / "More than 30,000 died
    in Europe in 2003": each sentence names its own country or region, none in common, and one
    dates its figure to a year the other does not give (a flight "from Dubai" and "Indians
    stranded abroad" of one crash name two countries too)."""
    if not (a.sentence_years ^ b.sentence_years) or a.sentence_years & b.sentence_years:
        return False
    ca, cb = (countries_named(sentences[q.sentence].text) for q in (a, b))
    return bool(ca) and bool(cb) and not ca & cb


_BASELINE = re.compile(r"^\s*(?:premium\s+)?(?:above|over|below|to|from)\s+([^.;]{3,60})")


def other_baselines(a: Quantity, b: Quantity, sentences) -> bool:
    """ "a premium of 47.9% above the close on Nov. 29" / "a premium of 19.7% above the close on
    Friday, Dec. 9": one share measured against two baselines is two figures."""
    if a.kind != "percent" or b.kind != "percent":
        return False
    bases = [_BASELINE.match(sentences[q.sentence].text[q.end :]) for q in (a, b)]
    return all(bases) and bases[0][1].strip().lower() != bases[1][1].strip().lower()


_TRAPPED = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:still\s+)?(?:trapped|buried)\b")


def trapped_and_rescued(a: Quantity, b: Quantity, sentences) -> bool:
    """ "to save the lives of 19 people trapped under the rubble" / "eight people have been
    rescued": those still trapped are not those already brought out."""
    trapped = [_after(_TRAPPED, sentences[q.sentence].text, q.end) for q in (a, b)]
    return trapped[0] != trapped[1] and (b if trapped[0] else a).event == "rescue"


def told_apart_in_copy(a: Quantity, b: Quantity, sentences) -> bool:
    """Any of the above: the two figures are not one fact stated twice."""
    return (
        sum_of_parts(a, b, sentences)
        or present_and_toll(a, b)
        or other_quakes(a, b, sentences)
        or counts_places(a, b, sentences)
        or part_of_the_whole(a, b, sentences)
        or in_question(a, b, sentences)
        or burns_of_two(a, b)
        or unverified_and_confirmed(a, b, sentences)
        or breakdown_part(a, b, sentences)
        or another_incident(a, b, sentences)
        or local_share(a, b, sentences)
        or countries_apart(a, b, sentences)
        or other_baselines(a, b, sentences)
        or trapped_and_rescued(a, b, sentences)
    )

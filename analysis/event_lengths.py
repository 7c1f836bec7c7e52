"""Lengths of one event told twice, for FL401 (as claims ``subject_measures`` compares): how far a
person or a vehicle fell ("plunged 80 metres into the gorge", "a 40-foot fall"), the altitude a
jump or a crash happened at ("jumped from 31,200 metres", "crashed at an altitude of about 7,200
feet", "fell from 19 miles up"), the length of one trip ("the 95-mile swim", "a 42-kilometre
march") and how far from a named place something happened when a figure is written in words in
any language ("a unos diez kilómetros de Morvia", "about ten miles from Dorva").

FL401's reading of figures ties a length to an attribute its own words name ("depth", "distance
from Tessel"); these lengths have none it reads, or carry a verb it reads as a change ("fell",
"dropped"). Each is keyed by what it measures, read from the words right around it: a verb of
falling before it and a preposition of direction after it ("into", "down", "from", "off", "to");
a jump's or a crash's words in its sentence for an altitude (a cruise, a climb or the last radar
contact are other moments of one flight: not read); the trip's noun written onto the figure.

Values are kept in metres with the step they are written to (a round figure to its last non-zero
digit, at most a twentieth of it), so that feet and metres of one altitude compare. Not read: a
figure in parentheses (a conversion of the one before), a clause that marks another occasion, a
plan, a record, a leg or a stage ("previous", "attempt", "another", "first", "each", "than"), and
a sentence that gives two different values for one key (two legs, two people).
"""

from __future__ import annotations

import re

from .count_frames import foreign_value
from .durations_abroad import bound_words
from .measure_claims import Claim, hedge, subject_names
from .numtext import lexicon
from .text import figure_tokens, has_digit

_METRES = {
    "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0, "metro": 1.0, "metros": 1.0,
    "mètre": 1.0, "mètres": 1.0, "metri": 1.0,
    "km": 1000.0, "kms": 1000.0, "kilometre": 1000.0, "kilometres": 1000.0, "kilometer": 1000.0,
    "kilometers": 1000.0, "kilómetro": 1000.0, "kilómetros": 1000.0, "kilomètre": 1000.0,
    "kilomètres": 1000.0, "chilometri": 1000.0, "chilometro": 1000.0, "quilômetros": 1000.0,
    "quilómetros": 1000.0, "quilômetro": 1000.0,
    "mile": 1609.344, "miles": 1609.344, "mi": 1609.344,
    "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "yard": 0.9144, "yards": 0.9144,
}  # fmt: skip
# a unit word's stem (plain substring tests), or a short unit right after a digit ("30 m", "6,500ft")
_STEMS = ("metr", "meter", "mètre", "kilom", "chilom", "quil", "mile", "feet", "foot", "yard")
_SHORT_UNIT = re.compile(r"\d[\s-]?(?:m|km|kms|mi|ft)\b", re.I)

_FALL_VERBS = frozenset(
    "fell fall falls falling fallen plunged plunge plunges plunging plummeted plummeting "
    "tumbled tumbling toppled dropped plunge".split()
)
_FALL_AFTER = frozenset("into down from off onto over to".split())
_FALL_NOUNS = frozenset("fall drop plunge".split())
_JUMP = frozenset(
    "jump jumped jumps jumping leap leapt leaped skydive skydiver sky-dive capsule balloon freefall "
    "parachute".split()
)
_CRASH = frozenset("crashed crash crashes impacted slammed".split())
_UP_TO = frozenset("to".split())
_ABOVE = frozenset("earth ground surface sea".split())
_TRIPS = frozenset(
    "swim walk hike trek march journey route trip voyage crossing race loop flight drive ride run "
    "marathon chase pursuit".split()
)
# another occasion, a plan, a record, a leg or a stage of the event, or a comparison
_APART = frozenset(
    "record records previous previously originally initially initial planned plan plans "
    "attempt attempts attempted would could might expected another other first second third last "
    "next each every daily per leg legs stage stages than compared average cruise cruising "
    "if".split()
)
_CLAUSE_MARKS = frozenset(",;:()")
_BOUNDS = frozenset("more less fewer".split())
_SHOWN_BOUND = re.compile(
    r"(?:\b(?:more|less|fewer)\s+than|\bat\s+least|\bup\s+to|\b(?:over|about|around|nearly|almost|some|"
    r"approximately|roughly|unos|unas|casi|etwa|rund|environ|circa))\s+$",
    re.I,
)
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west norte sur este oeste noreste noroeste sureste suroeste nord sud est "
    "ouest nordest sudest osten westen norden süden noorden zuiden oosten westen".split()
)
_FROM = frozenset("from of off de del du von van da di".split())
_ARTICLES = frozenset("the la el le les der die das het de".split())


def length_claims(si: int, text: str) -> list[Claim]:
    """The event lengths of one sentence (a unit word of length first: a cheap gate)."""
    low = text.lower()
    if not any(map(low.__contains__, _STEMS)) and not (has_digit(text) and _SHORT_UNIT.search(text)):
        return []
    toks = figure_tokens(text)
    lows = [t.low for t in toks]
    words = frozenset(lows)
    found: list[Claim] = []
    for k, t in enumerate(toks):
        per = _METRES.get(t.low)
        if per is None or k == 0:
            continue
        figure = _figure(toks, k)
        if figure is None:
            continue
        first, value, step, in_words = figure
        if first > 0 and toks[first - 1].text == "(":
            continue  # "37,000 metres" after "127,000 feet (": a conversion of the one before
        key = _key(toks, lows, words, first, k)
        if key is None or _apart(lows, first, k):
            continue
        start = toks[first].start
        bound, about = _hedge(text[max(0, start - 30) : start])
        shown = _SHOWN_BOUND.search(text, max(0, start - 30), start) if bound or about else None
        start = shown.start() if shown else start  # the finding quotes "more than 200 metres"
        found.append(
            Claim(
                sentence=si,
                start=start,
                end=t.end,
                text=text[start : t.end],
                measure="length:" + key,
                unit="m",
                value=value * per,
                step=step * per,
                bound=bound,
                about=about,
                names=subject_names(text[toks[1].start : start]) if first > 1 else frozenset(),
                in_words=in_words,
            )
        )
    return _one_each(found)


def _figure(toks, k: int) -> tuple[int, float, float, bool] | None:
    """(first token, value, step, in words) of the number before the unit at ``k`` ("128,100
    feet", "95-mile", "twenty two miles", "diez kilómetros")."""
    j = k - 1
    if toks[j].text == "-" and j > 0:
        j -= 1  # "a 95-mile swim"
    tok = toks[j]
    if tok.text[:1].isdigit():
        read = _digits(tok.text)
        return (j, *read, False) if read else None
    lex = lexicon()
    small = {**lex["units"], **lex["tens"]}
    if tok.low in small:  # "ten miles", "twenty-four miles", "twenty four miles"
        value, first = float(small[tok.low]), j
        if j >= 2 and toks[j - 1].text == "-" and toks[j - 2].low in lex["tens"]:
            value, first = value + lex["tens"][toks[j - 2].low], j - 2
        elif j >= 1 and toks[j - 1].low in lex["tens"] and tok.low in lex["units"]:
            value, first = value + lex["tens"][toks[j - 1].low], j - 1
        return (first, value, 1.0, True) if value else None
    for i in range(max(0, j - 3), j + 1):  # another language's number word, joined ones whole
        read = foreign_value(list(toks), i)
        if read is not None and read[1] == j + 1:
            return i, read[0], 1.0, True
    return None


def _digits(text: str) -> tuple[float, float] | None:
    """The value and its step: "128,100" -> (128100, 100), "2.5" -> (2.5, 0.1), "1.500" (a
    thousands dot) -> (1500, 100)."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        plain = re.sub(r"[.,]", "", text)
    elif "," in text:
        plain = text.replace(",", ".")  # "50,7": a decimal comma
    else:
        plain = text
    if plain.count(".") > 1:
        return None  # "1.342.8": no figure of one reading
    value = float(plain)
    if "." in plain:
        return value, 10.0 ** -len(plain.split(".")[1])
    digits = plain.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    return value, max(1.0, min(10.0**zeros, 0.05 * value))


def _key(toks, lows: list[str], words: frozenset[str], first: int, k: int) -> str | None:
    """What the length at ``toks[first:k+1]`` measures, or None."""
    before = lows[max(0, first - 3) : first]
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    after2 = lows[k + 2] if k + 2 < len(lows) else ""
    if _FALL_VERBS.intersection(before) and nxt in _FALL_AFTER:
        return "fall"  # "fell 300 metres down the face", "plunged about 80 metres into"
    if toks[k - 1].text == "-" and nxt in _FALL_NOUNS:
        return "fall"  # "a 40-foot fall"
    if toks[k - 1].text == "-" and nxt in _TRIPS:
        return "trip:" + nxt  # "the 95-mile swim"
    if len(before) >= 2 and before[-1] in ("of", "covering", "spanning") and before[-2] in _TRIPS:
        return "trip:" + before[-2]  # "a swim of 110 miles", "a march covering 42 km"
    jump, crash = bool(_JUMP & words), bool(_CRASH & words)
    if jump != crash:  # the altitude of a jump or of a crash (a story of both: neither)
        at = (
            nxt == "up"
            and after2 != "the"
            or nxt == "above"
            and (after2 in _ABOVE or after2 == "the" and k + 3 < len(lows) and lows[k + 3] in _ABOVE)
            or before[-2:] in (["altitude", "of"], ["height", "of"])
            or bool(before)
            and before[-1] in _UP_TO
            and {"balloon", "flight"} & set(lows[max(0, first - 6) : first])
        )
        if at:
            return "altitude:" + ("jump" if jump else "crash")
    return _place(toks, k)


def _place(toks, k: int) -> str | None:
    """ "from:<place>" for "N km (north) of/from/de (la) Place"."""
    i = k + 1
    if i < len(toks) and toks[i].low in ("al", "au", "ten", "a"):
        i += 1  # "al norte de", "au nord de", "ten noorden van"
    if i < len(toks) and toks[i].low in _DIRECTIONS:
        i += 1
    if i >= len(toks) or toks[i].low not in _FROM:
        return None
    i += 1
    if i < len(toks) and toks[i].low in _ARTICLES and not toks[i].cap:
        i += 1
    if i < len(toks) and toks[i].cap and toks[i].is_word and toks[i].low not in _ARTICLES:
        return "from:" + toks[i].low
    return None


def _apart(lows: list[str], first: int, k: int) -> bool:
    """The figure's clause marks another occasion, a plan, a record, a leg or a comparison."""
    lo = first
    for _ in range(2):  # its clause and the one before ("Her previous attempt, a 96-mile swim")
        lo = max(0, lo - 1)
        while lo > 0 and lows[lo - 1] not in _CLAUSE_MARKS and lows[lo - 1] not in ("and", "but", "while"):
            lo -= 1
    hi = k + 1
    while hi < len(lows) and lows[hi] not in _CLAUSE_MARKS and lows[hi] not in ("and", "but", "while"):
        hi += 1
    words = [w for k, w in enumerate(lows[lo:hi], lo) if w != "than" or lows[k - 1] not in _BOUNDS]
    return not _APART.isdisjoint(words)  # ("more than 200 metres": a bound, no comparison)


def _hedge(before: str) -> tuple[str, bool]:
    """The bound before a figure, English ("more than", "about") or another language's ("unos",
    "mehr als", "environ")."""
    bound, about = hedge(before)
    if bound or about:
        return bound, about
    words = tuple(before.lower().split())
    for phrase, kind in bound_words().items():
        if words[-len(phrase) :] == phrase:
            return {"more": ("lower", False), "less": ("upper", False)}.get(kind, ("", kind == "about"))
    return "", False


def _one_each(found: list[Claim]) -> list[Claim]:
    """One claim per key: a sentence with two different values for one key (two legs, two
    people, a figure and its part) gives none for it."""
    by_key: dict[str, list[Claim]] = {}
    for c in found:
        by_key.setdefault(c.measure, []).append(c)
    out = []
    for cs in by_key.values():
        if all(abs(c.value - cs[0].value) <= max(c.step, cs[0].step) for c in cs):
            out.append(cs[0])
    return out


LENGTH_WHAT = {"fall": "the height of the fall", "altitude:jump": "the altitude of the jump",
               "altitude:crash": "the altitude of the crash"}  # fmt: skip


def length_what(measure: str) -> str:
    """The words a finding names a length key with ("the distance from Morvia")."""
    key = measure.removeprefix("length:")
    if key.startswith("from:"):
        return "the distance from " + key.removeprefix("from:").title()
    if key.startswith("trip:"):
        return "the length of the " + key.removeprefix("trip:")
    return LENGTH_WHAT.get(key, "the length")


_JOINTS = frozenset({",", "and", "y", "e", "et", "und", "en"})


def length_in_parts(text: str, start: int, end: int) -> bool:
    """Whether the time figure at ``text[start:end]`` is one part of a length told in two units
    ("22 hours and 37 minutes", "3 hours, 10 minutes"): followed by a joint, a figure and a
    smaller unit, or following a larger unit and a joint. Its whole is not the part alone."""
    units = lexicon()["measures"]
    own = figure_tokens(text[start:end])
    size = _time_size(units, own[-1].low) if own else None
    if size is None:
        return False
    after = figure_tokens(text[end : end + 40])
    k = 0
    while k < len(after) and after[k].low in _JOINTS:
        k += 1
    if 0 < k and k + 1 < len(after) and (has_digit(after[k].text) or after[k].low in lexicon()["units"]):
        smaller = _time_size(units, after[k + 1].low)
        if smaller is not None and smaller < size:
            return True
    before = figure_tokens(text[max(0, start - 40) : start])
    k = len(before) - 1
    while k >= 0 and before[k].low in _JOINTS:
        k -= 1
    larger = _time_size(units, before[k].low) if 0 <= k < len(before) - 1 else None
    return larger is not None and larger > size


def _time_size(units: dict, word: str) -> float | None:
    unit = units.get(word)
    return unit[1] if unit and unit[0] == "time" else None

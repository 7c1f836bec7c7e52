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
from collections.abc import Callable, Sequence
from functools import lru_cache

from factlint.analysis.count_facts import countries_named
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numtext import lexicon
from factlint.analysis.text import word_tokens

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


_UNREAD = object()  # a figure's countries, read only when two figures' years differ


class Tells:
    """What one figure's own sentence says around it, read once per figure (a live blog's toll
    meets hundreds of earlier figures): each test below compares two figures' tells."""

    __slots__ = (
        "text",
        "counts",
        "quakes",
        "place",
        "opens_part",
        "part_from",
        "question",
        "burn",
        "unverified",
        "whole",
        "other_incident",
        "local",
        "_countries",
        "baseline",
        "trapped",
        "listing",
        "of_kind",
    )

    def __init__(self, q: Quantity, text: str):
        after = text[q.end :]
        counts = _counts_in(text)
        self.text = text
        self.counts = counts
        self.quakes = q.attribute == "magnitude" and bool(_QUAKES.match(after))
        self.place = q.kind == "count" and bool(_PLACES.match(after))
        opens = _PART_OF.match(text)
        self.opens_part = bool(opens)
        # where the part may start, when the whole it is a part of is not counted
        self.part_from = opens.end() if opens and not _counts_in(opens[0]) else None
        self.question = text.rstrip(" \"'”’)").endswith("?")
        self.burn = q.kind == "percent" and "burn" in q.modifiers | {q.head, q.attribute}
        self.unverified = bool(_UNVERIFIED.search(text))
        self.whole = _whole_broken_down(q, counts)
        self.other_incident = bool(_OTHER_INCIDENT.search(text))
        self.local = bool(_LOCAL.match(after))
        self._countries = _UNREAD
        base = _BASELINE.match(after) if q.kind == "percent" else None
        self.baseline = base[1].strip().lower() if base else None
        self.trapped = bool(_TRAPPED.match(after))
        # "23 counts including fraud, theft ...": a total over kinds; "two counts of forgery": one kind
        noun_and_next = [t.low for t in word_tokens(after)[:3]] if q.kind == "count" else []
        self.listing = noun_and_next[1:2] == ["including"]
        self.of_kind = (
            noun_and_next[1:2] == ["of"] and noun_and_next[2:3] != [] and noun_and_next[2] not in _NO_KIND
        )

    @property
    def countries(self) -> frozenset[str]:
        if self._countries is _UNREAD:
            self._countries = countries_named(self.text)
        return self._countries


def sum_of_parts(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "left 14 people injured" / "nine were shot and five were hurt fleeing": the smaller count
    is one of several in its sentence that add up to the larger."""
    if a.kind != "count" or b.kind != "count" or a.base_value == b.base_value:
        return False
    small, big, counts = (a, b, ta.counts) if a.base_value < b.base_value else (b, a, tb.counts)
    if small.head in _GROUPS and small.head == big.head:
        return False  # "four children and three women" add up to seven, not to "seven children"
    if small.head and small.head == big.head:
        # "19 firefighting units ... and six ambulances": other equipment, no part of 25 units
        counts = _less(counts, _other_equipment(small, ta if small is a else tb))
    if small.event == big.event == "death" and _other_toll_after(small, ta if small is a else tb):
        return False  # "36 dead and two missing" / "38 killed": the missing are no part of the dead
    if small.event == big.event == "injury" and _DEATH_WORDS & {
        w.low for w in word_tokens(ta.text if small is a else tb.text)
    }:
        return False  # "killed two and injured 11" / "13 were injured": the dead are no part of the injured
    if len(counts) >= 2 and int(small.base_value) in counts and sum(counts) == big.base_value:
        return True
    # "killing all 175 passengers and four of six crew members" / "179 passed away": the parts add
    # up once the whole after "of" is left out
    parts = _less(counts, _of_wholes(ta.text if small is a else tb.text))
    return (
        len(parts) >= 2
        and len(parts) < len(counts)
        and int(small.base_value) in parts
        and sum(parts) == big.base_value
    )


def _other_toll_after(q: Quantity, t: Tells) -> bool:
    """Whether the figure's sentence goes on to count another toll than the dead: the missing,
    the injured, the rescued."""
    return not _OTHER_TOLL_WORDS.isdisjoint(w.low for w in word_tokens(t.text) if w.start >= q.end)


_DEATH_WORDS = frozenset("killed killing dead died deaths".split())
_OTHER_TOLL_WORDS = frozenset(
    "missing unaccounted injured wounded hurt rescued trapped hospitalised hospitalized".split()
)


def _of_wholes(text: str) -> tuple[int, ...]:
    """The counts right after "of" ("four of six crew": six), the wholes of parts."""
    return tuple(c for piece in text.split(" of ")[1:] for c in _counts_in(piece.split(" ", 1)[0]))


# groups a toll is broken into: the children (or women) of one toll are not a sum with another group
_GROUPS = frozenset({"child", "woman", "man", "boy", "girl", "minor", "teenager", "infant", "baby"})


# what responders bring, counted beside one another: a count of one is no part of another's
_EQUIPMENT = re.compile(
    r"\b(ambulances|helicopters|boats|dogs|cranes|excavators|bulldozers|machines|engines|tenders|units|"
    r"vehicles|teams|divers|soldiers|troops|personnel|volunteers)\b",
    re.IGNORECASE,
)


def _other_equipment(q: Quantity, t: Tells) -> tuple[int, ...]:
    """The counts of the sentence of ``q`` given for another kind of responder or equipment than
    ``q`` counts ("six ambulances" beside "19 firefighting units"): a number one or two words
    before the noun."""
    words = _number_words()
    out = []
    for m in _EQUIPMENT.finditer(t.text):
        noun = m[1].lower()
        if noun.removesuffix("s") == (q.head or "") or noun == q.head:
            continue
        for token in reversed(t.text[: m.start()].split()[-2:]):
            token = token.lower().strip(",;:(\"'“”")
            if token.isdigit():
                out.append(int(token))
                break
            if token and all(p in words for p in token.split("-")):
                out.append(sum(words[p] for p in token.split("-")))
                break
    return tuple(out)


def _less(counts: tuple[int, ...], drop: tuple[int, ...]) -> tuple[int, ...]:
    """``counts`` with one occurrence of each of ``drop`` taken out."""
    out = list(counts)
    for d in drop:
        if d in out:
            out.remove(d)
    return tuple(out)


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


def other_quakes(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "a 7.2 magnitude earthquake" / "has since produced magnitude 5 earthquakes": a magnitude
    of quakes in the plural is of other, later quakes."""
    return a.attribute == b.attribute == "magnitude" and ta.quakes != tb.quakes


# (a determiner between ends the count's phrase: "37 makes the town the worst hit" counts no towns)
_PLACES = re.compile(
    r"\s+(?:(?!(?:in|across|of|from|at|to|on|over|into|the|a|an|its|their|his|her|this|that)\b)[a-z-]+\s+){0,2}?(?:regions?|provinces?|districts?|towns?|cities|villages?|municipalities"
    r"|countries|states|counties|barangays|areas|centres|centers|shelters|schools|camps)\b"
)


def counts_places(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "50,000 individuals" / "across the 13 affected regions": a count of places is no count of
    the people in them. Not when both count one noun ("35 nations" / "48 countries")."""
    return ta.place != tb.place and not (a.head and a.head == b.head)


_PART_OF = re.compile(
    r"^\W*(?:[A-Za-z]+,\s*)?(?:(?:of|out of|among|in a breakdown of|breaking down)\s+"
    r"(?:this|these|those|them|the\b[^,.;]{1,60})"
    # the same opening in other languages: "Entre ellos, ...", "Parmi les victimes, ...", "Unter
    # ihnen, ...", "Tra i morti, ...", "Entre eles, ...", "Onder hen, ..."
    r"|(?:entre|parmi|unter|tra|fra|onder)\s+(?:ellos|ellas|eux|elles|ihnen|loro|eles|elas|hen|"
    r"(?:los|las|les|den|i|gli|le|os|as|de)\b[^,.;]{1,60})),",
    re.I,
)


def part_of_the_whole(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "17,124 families were affected" / "Meanwhile, of the affected population, 3,300 families
    ...": a smaller count after a sentence's opening on a part of an uncounted whole is a part.
    Not when both sentences open so (two parts of one whole may be one part restated), nor when
    the whole is counted ("Of the nine killed, ..."): its parts are read with that count."""
    if a.kind != "count" or b.kind != "count" or a.base_value == b.base_value:
        return False
    if ta.opens_part == tb.opens_part:
        return False
    small, part_from = (a, ta.part_from) if ta.opens_part else (b, tb.part_from)
    return (
        part_from is not None
        and small.base_value < max(a.base_value, b.base_value)
        and small.start >= part_from
    )


def in_question(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "is being five minutes late really worth a year?": a question asserts no figure."""
    return ta.question or tb.question


def burns_of_two(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "sustained 28 percent burn injuries" / "Kamal received 35 percent burn injuries": the share
    of a body burnt is one victim's; it is compared only where both name the same people."""
    return ta.burn and tb.burn and a.names != b.names


_UNVERIFIED = re.compile(
    r"\b(?:being|still being|yet to be|to be|not yet|under|for)\s+(?:verified|verification|validated|validation"
    r"|confirmed|confirmation)\b|\bunconfirmed\b|\bunverified\b",
    re.I,
)


def unverified_and_confirmed(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "deaths have climbed to 12" / "10 fatalities are being verified": the count still being
    checked is kept apart from the confirmed one."""
    return ta.unverified != tb.unverified


def _whole_broken_down(part: Quantity, counts: tuple[int, ...]) -> int | None:
    """The whole a count breaks down in its own sentence (half the sentence's counts add up to it)."""
    total = sum(counts)
    if total % 2 or part.kind != "count":
        return None
    whole = total // 2
    return whole if whole in counts and whole != part.base_value and part.base_value in counts else None


def breakdown_part(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "There are 37 survivors – 33 passengers and four crew" / "73 passengers": a figure that
    breaks down another count in its own sentence is a part of that count, and cannot be
    compared with a figure larger than the whole it breaks down."""
    for part, other, whole in ((a, b, ta.whole), (b, a, tb.whole)):
        # "30 deaths ... 31 passengers, of which one survived" against "33 killed": the same
        # toll, compared as such
        if whole is not None and other.base_value > whole and not (part.event and part.event == other.event):
            return True
    return False


_OTHER_INCIDENT = re.compile(
    r"\b(?:another|a separate|a second|a similar|an earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:accident|crash|collision|plunge|fire|blaze|explosion|blast|attack|shooting|quake|earthquake"
    r"|landslide|collapse|incident|stampede|derailment)\b"
    # "17 people were killed elsewhere in the state": another place's incident
    r"|\b(?:killed|died|injured|wounded)\s+elsewhere\b",
    re.I,
)


def another_incident(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "12 other people were injured" / "Hours earlier, another accident ... left seven dead and
    18 injured": a sentence about another incident of the same kind counts that one."""
    return ta.other_incident != tb.other_incident


_LOCAL = re.compile(
    r"^[^.;:]{0,40}?\bin\s+the\s+(?:town|city|village|district|province|region|county|municipality)\s+of\s+[A-Z]"
)


def local_share(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "19 were confirmed dead in Haiti" / "At least 14 people died in the town of Petit Goave":
    the smaller toll, placed right after it in one town, is that town's share."""
    if a.base_value == b.base_value or a.event not in _TOLL_EVENTS or b.event != a.event:
        return False
    small, big = (ta, tb) if a.base_value < b.base_value else (tb, ta)
    if "of-a-set" in (a if small is ta else b).scope:
        return False  # "Of the 89 deaths, most were in Selby": the place is the part's
    return small.local and not big.local and not _one_site(small.text, big.text)


# an incident at one site: its whole toll is where it happened ("The fire killed seven people in
# the village of Lesk"); a disaster over a wide area has a share per town
_ONE_SITE = re.compile(
    r"\b(?:fire|blaze|explosion|blast|crash|crashed|collision|capsized?|sank|sinking|collapsed?|stampede|"
    r"shooting|bus|coach|ferry|boat|train|plane|factory|building)\b",
    re.IGNORECASE,
)
_WIDE_AREA = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|storms?|floods?|flooding|hurricanes?|typhoons?|cyclones?|"
    r"tsunamis?|monsoon|heatwaves?|landslides?|outbreak|epidemic|war|fighting|clashes|strikes)\b",
    re.IGNORECASE,
)


def _one_site(small: str, big: str) -> bool:
    """The town's toll is of an incident at one site, and neither sentence speaks of a disaster
    over a wide area: the town is where it happened, not a share of the toll."""
    return bool(_ONE_SITE.search(small)) and not _WIDE_AREA.search(small) and not _WIDE_AREA.search(big)


def countries_apart(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "more than 1,300 fatalities, Pakistan was one of the worst-hit" / "More than 30,000 died
    in Europe in 2003": each sentence names its own country or region, none in common, and one
    dates its figure to a year the other does not give (a flight "from Dubai" and "Indians
    stranded abroad" of one crash name two countries too)."""
    if not (a.sentence_years ^ b.sentence_years) or a.sentence_years & b.sentence_years:
        return False
    ca, cb = ta.countries, tb.countries
    return bool(ca) and bool(cb) and not ca & cb


_BASELINE = re.compile(r"^\s*(?:premium\s+)?(?:above|over|below|to|from)\s+([^.;]{3,60})")


def other_baselines(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "a premium of 47.9% above the close on Nov. 29" / "a premium of 19.7% above the close on
    Friday, Dec. 9": one share measured against two baselines is two figures."""
    return ta.baseline is not None and tb.baseline is not None and ta.baseline != tb.baseline


_TRAPPED = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:still\s+)?(?:trapped|buried)\b")


def trapped_and_rescued(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "to save the lives of 19 people trapped under the rubble" / "eight people have been
    rescued": those still trapped are not those already brought out ("21 of the trapped miners
    were rescued" is itself a count of the rescued)."""
    trapped, other = (a, b) if ta.trapped else (b, a)
    return ta.trapped != tb.trapped and other.event == "rescue" != trapped.event


# words after "of" that name a whole, not a kind ("two of the 23 counts")
_NO_KIND = frozenset({"the", "them", "those", "these", "which", "whom", "all", "his", "her", "their"})


def total_and_kind(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """ "pleaded not guilty to 23 counts including fraud, theft and forgery" / "charged with two
    counts of forgery": the smaller count is one kind of the total that lists its kinds."""
    if a.kind != "count" or b.kind != "count":
        return False
    small, big, ts, tbig = (a, b, ta, tb) if a.base_value < b.base_value else (b, a, tb, ta)
    return small.base_value < big.base_value and tbig.listing and ts.of_kind


def told_apart_in_copy(a: Quantity, b: Quantity, ta: Tells, tb: Tells) -> bool:
    """Any of the above: the two figures are not one fact stated twice."""
    return (
        sum_of_parts(a, b, ta, tb)
        or present_and_toll(a, b)
        or other_quakes(a, b, ta, tb)
        or counts_places(a, b, ta, tb)
        or part_of_the_whole(a, b, ta, tb)
        or in_question(a, b, ta, tb)
        or burns_of_two(a, b, ta, tb)
        or unverified_and_confirmed(a, b, ta, tb)
        or breakdown_part(a, b, ta, tb)
        or another_incident(a, b, ta, tb)
        or local_share(a, b, ta, tb)
        or countries_apart(a, b, ta, tb)
        or other_baselines(a, b, ta, tb)
        or trapped_and_rescued(a, b, ta, tb)
        or total_and_kind(a, b, ta, tb)
    )


def figures_told_apart(qs: Sequence[Quantity], sentences) -> Callable[[int, int], bool]:
    """``told_apart_in_copy`` of two of an article's figures by their places in ``qs``; each
    figure's tells are read the first time it is compared (most figures never are)."""
    tells: list[Tells | None] = [None] * len(qs)

    def read(k: int) -> Tells:
        q = qs[k]
        t = tells[k] = Tells(q, sentences[q.sentence].text)
        return t

    return lambda i, j: told_apart_in_copy(qs[i], qs[j], tells[i] or read(i), tells[j] or read(j))

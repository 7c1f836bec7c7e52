"""FL401's reading of what else a figure may be of: another event, day, place or year ("in the
2015 quake", dated openings and entries), a label or subject of its own, an item of a round-up,
another party's seats, a quake's epicentre, or a move of another measure."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factlint.analysis.moments import entries
from factlint.analysis.measures import percent_slot, same_slot
from factlint.analysis.votes import seats_of_other_parties
from factlint.analysis.figure_compare import NO_DAY
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import CAPITAL_WORD, LOOSE_WORD


def _other_party(a: Quantity, b: Quantity, sentences) -> bool:
    return seats_of_other_parties(sentences[a.sentence].text, a.start, sentences[b.sentence].text, b.start)


# "its epicentre was located 44 km southeast of Zagreb", "the quake was centred 10 miles from":
# the distance is the epicentre's (the epicentre may be the sentence's subject, a comma or two back)
_EPICENTRE_DISTANCE = re.compile(
    r"\b(?:(?:epi|hypo)cent(?:er|re)\b[^;.]{0,60}|cent(?:er|r)ed\s+(?:\w+\s+)?)$", re.IGNORECASE
)
# ... not that of a town the quake struck, named right before the figure ("struck Petrinja some
# 60 km southeast of Zagreb", "hit Petrinja, 60 km from")
_STRUCK_PLACE = re.compile(
    r"\b(?:struck|hit|rocked|jolted|shook|devastated|flattened)\s+(?:the\s+town\s+of\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+(?:[a-z]+\s+)?$"
)


def _of_epicentre(q: Quantity, sentences) -> bool:
    """A distance said of a quake's epicentre."""
    if not (q.attribute or "").startswith("distance from "):
        return False
    before = sentences[q.sentence].text[max(0, q.start - 75) : q.start]
    return bool(_EPICENTRE_DISTANCE.search(before)) and "near" not in before.lower().split()


def _epicentres_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """One distance is the epicentre's and the other a town's: the town the quake struck, or a
    place the distance locates ("Tarvo, 40 km north of")."""
    ea, eb = _of_epicentre(a, sentences), _of_epicentre(b, sentences)
    if ea == eb:
        return False
    other = b if ea else a
    before = sentences[other.sentence].text[max(0, other.start - 60) : other.start]
    return " to " in (other.attribute or "") or bool(_STRUCK_PLACE.search(before))


class DatedEntries:
    """``_dated_entries`` of a document, worked out the first time a figure is looked up: most
    documents have no pair of figures that gets that far, and the live-page test reads every
    sentence."""

    __slots__ = ("_sentences", "_facts", "_entries")

    def __init__(self, sentences, facts):
        self._sentences, self._facts = sentences, facts
        self._entries: list[int] | None = None

    def __getitem__(self, si: int) -> int:
        if self._entries is None:
            self._entries = _dated_entries(self._sentences, self._facts)
        return self._entries[si]


def _dated_entries(sentences, facts) -> list[int]:
    """For each sentence, the date line heading its entry (-1 before any): a timeline or a blog
    gives each entry a line that is only a date ("24 August 2016"), and figures under two such
    lines belong to two events or two days ("At least 298 killed" / "more than 650 killed")."""
    headings = {
        d.sentence
        for d in facts.dates
        if d.day is not None and len(sentences[d.sentence].text.strip(" .:,")) <= len(d.text) + 12
    }
    if len(headings) < 2:
        # a live page's entries under their time stamps ("5.20 p.m."): the count moved on
        live = entries([s.text for s in sentences])
        return [-1 if e is None else e for e in live]
    entry, current = [], -1
    for si in range(len(sentences)):
        if si in headings:
            current = si
        entry.append(current)
    return entry


# a round-up's item opens on the person it is about: "John Okafor, 50, of Mill Road, admitted ..."
_PERSON_OPENER = re.compile(r"^\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+\d{1,3},")
# an entry's label in a list of cases or people, on its own line or opening the entry: "Jo
# (Case A)", "Sam (B) He had no licence ..."; the figures under it are that entry's
_LABEL_OPENER = re.compile(
    r"^\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+\((?:[Cc]ase\s+)?[A-Z0-9]{1,3}\)"
)
_ROUNDUP_KINDS = frozenset({"money", "percent"})


def _roundup_item(sentences, si: int) -> tuple[str, frozenset[str]] | None:
    """What a figure's sentence is about: the names it gives past its first word or, when it names
    nothing itself ("The stock fell about 4 percent", "He was ordered to pay a £60 charge"): the
    names of the sentences before it in its paragraph, or, in paragraphs of one sentence, the
    person the latest item opened on ("Jo Marsh, 34, of ...", or a label such as "Jo (Case A)")."""
    block = sentences[si].block
    names = {w.lower() for w in CAPITAL_WORD.findall(sentences[si].text)[1:]}
    if names:
        return "own", frozenset(names)
    for k in range(si - 1, -1, -1):
        if sentences[k].block != block:
            break
        names |= {w.lower() for w in CAPITAL_WORD.findall(sentences[k].text)[1:]}
    if names:
        return "paragraph", frozenset(names)
    for k in range(si - 1, max(-1, si - 8), -1):
        m = _PERSON_OPENER.match(sentences[k].text) or _LABEL_OPENER.match(sentences[k].text)
        if m:
            return "person", frozenset({m["name"].lower()})
    return None


def _items_apart(a: Quantity, b: Quantity, item) -> bool:
    """Money or percentage figures in two items of a round-up (share moves of several companies,
    one charge for several defendants): each item is about its own subject, named before it."""
    if a.kind not in _ROUNDUP_KINDS or b.kind != a.kind:
        return False
    ia, ib = item(a.sentence), item(b.sentence)
    if ia is None or ib is None or ia[0] == ib[0] == "own":
        return False  # two sentences naming their own subjects: what else tells them apart decides
    return not (ia[1] & ib[1])


def _different_days(a: Quantity, b: Quantity) -> bool:
    """Both figures are dated ("on Friday", "by 1 July"), to no day in common."""
    wa, wb = a.when - {NO_DAY}, b.when - {NO_DAY}
    return bool(wa and wb and not (wa & wb))


def _moves_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two percentage moves that may measure different things: each must name what moved, and the
    same thing ("shares fell 45%" / "shares tumbled by 47 percent"); a company's results ("revenue
    rose 41.3%") are moves of one period, which both must name alike (a quarter, the year)."""
    sa = percent_slot(sentences[a.sentence].text, a.value)
    sb = percent_slot(sentences[b.sentence].text, b.value)
    if sa is None or sb is None or not sa.measure or not sb.measure:
        return True
    if sa.measure == "price" == sb.measure:
        # a share price moves by the moment (moments of the day are compared by same_thing); the
        # clause's periods ("demoted from the FTSE 100 last year") are about something else
        sa, sb = replace(sa, period=frozenset()), replace(sb, period=frozenset())
    elif not (sa.period and sa.period == sb.period):
        return True
    return not same_slot(sa, sb)


# A list item's own subject before a colon: "Player A: 15 aces" / "Player B: 12 aces",
# "Germany: 31%" / "France: 24%" (a round-up gives each subject its own line)
_LABEL = re.compile(r"^\W*(?P<label>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)\s*:\s+\S")
# another event brought in for comparison: "A 2011 earthquake near Japan ... left 20,000 dead"
# (an indefinite event with its own year), against this story's event
_EVENTS = (
    r"earthquake|quake|tsunami|flood|floods|fire|wildfire|blaze|crash|attack|bombing|storm|"
    r"hurricane|typhoon|cyclone|tornado|explosion|blast|landslide|mudslide|avalanche|collapse|"
    r"disaster|accident|shooting|outbreak|epidemic|pandemic|famine|war|eruption|derailment|sinking"
)
_OTHER_EVENT = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Aa]n earlier|[Tt]he previous)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<year>(?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENTS})\b"
)


# "India reported 360 killed" against "a quake that struck Pakistan and India, killing 19,500":
# one place's share of a total over several places
_PLACE_REPORTS = re.compile(
    r"^\W*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:reported|recorded|said|counted|"
    r"confirmed|registered|put|listed)\b"
)


@lru_cache(maxsize=4096)  # asked for every pair of figures compared: a live blog has thousands
def _reporting_place(text: str) -> str | None:
    """The place a sentence opens by reporting ("Wales reported 12 deaths"), if it does."""
    m = _PLACE_REPORTS.match(text)
    return m["place"] if m else None


# a set the story then slices: "Out of 452 companies, ...", "of the 30 countries", "among 12 banks"
# (written to open with its first letter, not "\b", so a search skips to the few places where
# that letter stands: "\b(?:[Oo]ut of|...)" as it reads)
_WHOLE_SET = re.compile(
    r"[OoAa](?<!\w[OoAa])(?:(?<=[Oo])(?:ut of|f the|f all)|(?<=[Aa])mong(?: the)?)"
    r"\s+(?:the\s+)?[\d,]+\s+(?P<noun>[a-z]+)"
)


@lru_cache(maxsize=65536)  # a sentence's figures meet the same earlier sentences' figures
def _other_subject(first: str, second: str) -> bool:
    """Two figures whose sentences are plainly about different subjects: list items with
    different labels before a colon, one place's share against a total over that place and
    others, one sentence bringing in another, dated event ("a 2011 earthquake") that the
    other sentence does not name, a world figure ("Globally, ...") against the story's, or a
    day's count ("in the last 24 hours") against a running total ("since the outbreak")."""
    a, b = _label(first), _label(second)
    if a and b and a != b:
        return True
    for one, other in ((first, second), (second, first)):
        place = _reporting_place(one)
        if place and re.search(
            rf"\b[A-Z]\w+(?:,\s*[A-Z]\w+)*,?\s+and\s+{place}\b|\b{place}\s+and\s+[A-Z]\w+", other
        ):
            return True
    for one, other in ((first, second), (second, first)):
        if _WORLD_OPENER.match(one) and not _WORLD_OPENER.match(other):
            return True  # "Globally, there have been over 900,000 deaths" against one country's
        if _LAST_HOURS.search(one) and _CUMULATIVE.search(other) and not _LAST_HOURS.search(other):
            return True  # a day's count against the count since the outbreak
    for one, other in ((first, second), (second, first)):
        year = _other_event_year(one)
        if year and (year not in other if year != "that" else not _THAT_EVENT.search(other)):
            if _DATED_ON_OPENING.match(one) and _refers_back(one, other):
                continue
            if _dated_the_same_event(one, other, year):
                continue
            return True
    return False


# a sentence about the whole world ("Globally, as of Monday, ...", "Worldwide, ..."): its figures are
# not the story's country's
_WORLD_OPENER = re.compile(
    r"^\W*(?:Globally|Worldwide|World-wide|Across the (?:world|globe)|Around the world)\b"
)
# a day's window ("in the last 24 hours") against a running total ("Since the start of the outbreak",
# "to date"): two counts of different spans
_LAST_HOURS = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?:24|48|twenty-four)\s+hours\b"
)
_CUMULATIVE = re.compile(
    r"\b(?:[Ss]ince\s+the\s+(?:beginning|start|outbreak|onset)|to\s+date|in\s+total|cumulative)\b"
)


# words that make a dated event another one than the story's: "a stronger quake", "an earlier fire"
_ANOTHER_EVENT = frozenset(
    "another earlier previous similar stronger deadlier worse bigger larger smaller weaker last".split()
)
_OWN_DAY = frozenset(
    "january february march april may june july august september october november december".split()
    + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]
)


def _refers_back(dated: str, other: str) -> bool:
    """ "On March 27th, 2023, a fire broke out ..., leaving 39 dead" / "The fire killed 40 people":
    the other sentence names the dated event by "the" and its noun, and gives no day of its own
    (the story's event is "the quake on Monday"; "a stronger quake" is another)."""
    head = [w.lower() for w in LOOSE_WORD.findall(dated)]
    words = [w.lower() for w in LOOSE_WORD.findall(other)]
    if (
        set(head[:12]) & _ANOTHER_EVENT
        or set(words) & _OWN_DAY
        or any(w[:1].isdigit() and len(w) == 4 for w in words)
    ):
        return False
    events = set(_EVENTS.split("|")) & set(head)
    return any(w == "the" and nxt in events for w, nxt in zip(words, words[1:]))


# labels that name the measure, not a subject: "Deaths: 12" … "Dead: 15" is one toll
_MEASURE_LABELS = {
    "death",
    "deaths",
    "dead",
    "killed",
    "injured",
    "injuries",
    "wounded",
    "missing",
    "toll",
    "casualties",
    "total",
    "cost",
    "damage",
    "population",
    "age",
    "score",
    "evacuated",
    "arrested",
    "rescued",
    "homes",
    "houses",
    "acreage",
    "area",
}


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # asked for both sentences of every pair of figures compared
def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    if not m:
        return None
    words = m.group("label").split()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None  # "Homes destroyed:" names a measure
    if any(w.casefold().strip(".") in _MEASURE_LABELS for w in words):
        return None
    return m.group("label").casefold()


# ... or an earlier event recalled by its year or as "that" one: "since 2009, when some 300 people
# died", "Twenty-two people died in that fire" (the fire the sentence before brought in)
_WHEN_YEAR = re.compile(r"\b(?:[Ss]ince|[Ii]n)\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[89]|20)\d\d),?\s+when\b")
# ... or by how long ago it was: "comes three years since a dam burst in Mariana, killing 19",
# "Two years ago, a fire there killed 40" (weeks or months after may be the same disaster)
# ("up 27 percent from a year ago", "against $7.7bn a year earlier" compare with the year before:
# a lone "a year ago" counts only where it opens a clause)
_YEARS_BEFORE = re.compile(
    r"\b(?:years?|decades?)\s+(?:since|after)\s+(?:a|an|another|the)\b|\b(?:years|decades?)\s+(?:ago|earlier)\b"
    r"|(?:^|[,;]\s*)\W*(?:[Aa]|[Oo]ne)\s+year\s+(?:ago|earlier)\b"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED_OPENING = re.compile(
    rf"^\W*In\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{_MONTHS})\s*)?(?P<year>(?:1[89]|20)\d\d)?,"
)
_THAT_EVENT = re.compile(rf"\b(?:in|from|by|during|after)\s+that\s+(?:{_EVENTS})\b")
# "On September 19, 1985, an 8.1 magnitude quake killed ...", "On the anniversary in 2017, a 7.1
# quake left ...": a sentence opening on a day of a year, about "a" quake (not "the" one, not a
# named flight), recalls an earlier event
_DATED_ON_OPENING = re.compile(
    rf"^\W*On\s+[^.;:]{{0,60}}?\b(?P<year>(?:1[89]|20)\d\d),\s+(?:an?|another)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_EVENTS})\b"
)


# "the worst disaster since the Harlow mine collapse in 2009, which killed 212" or
# "since the 2004 tsunami, which killed ...": a yardstick event, whose toll follows in its own clause
_SINCE_EVENT = re.compile(
    rf"\bsince\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?P<year>(?:1[89]|20)\d\d)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_EVENTS})|(?:{_EVENTS})\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?P<late>(?:1[89]|20)\d\d)),?\s+(?:which|that|when)\b"
)


# "in the wake of the deadly May 3 quake, which killed 812" or "weeks after the March 9 blast, which
# killed 40": an earlier incident named by its day, as a yardstick, whose toll follows in its clause
_DAY_EVENT = re.compile(
    rf"\b(?:since|in\s+the\s+wake\s+of|(?:days|weeks|months|years)\s+after)\s+the\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<day>(?:{_MONTHS})\s+\d{{1,2}})(?:,?\s+(?:1[89]|20)\d\d)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_EVENTS}),?\s+"
    rf"(?:which|that)\b"
)


@lru_cache(maxsize=4096)
def _other_event_year(text: str) -> str | None:
    m = _SINCE_EVENT.search(text) or _DAY_EVENT.search(text)
    if m:
        return m["day"] if "day" in m.groupdict() else m["year"] or m["late"]
    m = _OTHER_EVENT.search(text) or _WHEN_YEAR.search(text)
    if m:
        return m.group("year")
    m = _DATED_OPENING.match(text)  # "In June 2021, two trains collided", "In April, seven died"
    if m and (m["year"] or m["month"]):
        return m["year"] or m["month"]
    m = _DATED_ON_OPENING.match(text)
    if m:
        return m["year"]
    if _YEARS_BEFORE.search(text):
        return "years before"
    return "that" if _THAT_EVENT.search(text) else None


@lru_cache(maxsize=64)
def _sliced_sets(texts: tuple[str, ...]) -> frozenset[str]:
    """Counted nouns the story sets out as a whole and then slices ("Out of 452 companies, 98
    doubled their profit ... Thirty-six companies reported ..."): its counts of them are parts,
    not restatements of one figure."""
    nouns = set()
    for text in texts:
        for m in _WHOLE_SET.finditer(text):
            noun = m["noun"]
            nouns.add(noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun)
    return frozenset(nouns)


_SPANS = frozenset("hours days weeks months years hour day week month year".split())


@lru_cache(maxsize=4096)
def _another_incident_at(text: str) -> int:
    """Where a sentence brings in another incident at a time's distance from its own ("less than
    four days after a boat capsized nearby, killing 25"; "weeks before another fire"), or -1: an
    incident told with "a" or "another", not "the", is not the story's."""
    if "after a" not in text and "before a" not in text:
        return -1
    words = list(LOOSE_WORD.finditer(text))
    for k in range(1, len(words) - 1):
        if (
            words[k].group().lower() in {"after", "before"}
            and words[k - 1].group().lower() in _SPANS
            and words[k + 1].group().lower() in {"a", "an", "another"}
        ):
            return words[k].start()
    return -1


def _of_another_incident(a: Quantity, b: Quantity, sentences) -> bool:
    """One figure told after a clause that brings in another incident, which the other figure's
    sentence does not: "The ferry sank on Friday, days after a boat capsized, killing 25" / "38
    died when the ferry sank". Both sentences bringing one in ("a week after another boat
    capsized") may tell the same earlier incident."""
    for one, other in ((a, b), (b, a)):
        at = _another_incident_at(sentences[one.sentence].text)
        if 0 <= at < one.start and _another_incident_at(sentences[other.sentence].text) < 0:
            return True
    return False


# "In 2004, a fire at the club killed 52", "In May 2010, an explosion ...", "A 2004 fire at the club
# killed 52": a sentence that opens on the year of "a" disaster, as a report looking back on the
# story's own event writes it
_YEAR_OF_AN_EVENT = re.compile(
    rf"^\W*(?:In\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\s+)?(?P<year>(?:1[89]|20)\d\d),\s+an?\s+(?:[\w.-]+\s+){{0,3}}?"
    rf"|An?\s+(?:[\w.-]+\s+){{0,2}}?(?P<year2>(?:1[89]|20)\d\d)\s+(?:[\w.-]+\s+){{0,2}}?)(?P<event>{_EVENTS})\b",
    re.IGNORECASE,
)


def _dated_the_same_event(dated: str, other: str, year: str) -> bool:
    """ "In 2004, a fire at the Orrin club killed 52" / "The Orrin club fire claimed 38 lives": the
    other sentence names that disaster by "the" and its noun (a word or three between), with no
    day or year of its own and no word of another disaster, so both tell of one event; ``year`` is
    the year ``_other_event_year`` read, which must be the opening's. A sentence that only opens
    on its year ("In 1998, 20 people died when floods hit Kell") must share a name with the
    other, too ("The Kell floods killed 31 people")."""
    m = _YEAR_OF_AN_EVENT.match(dated)
    if m and (m["year"] or m["year2"]) == year:
        events, named = {m["event"].lower()}, True
    else:
        opening = _DATED_OPENING.match(dated) or _WHEN_YEAR.search(dated)
        if not opening or opening["year"] != year:
            return False  # (another year in the sentence: a yardstick event after the story's)
        events = {w.lower() for w in re.findall(rf"\b(?:{_EVENTS})\b", dated, re.IGNORECASE)}
        named = bool(_inner_names(dated) & _inner_names(other))
    head = [w.lower() for w in LOOSE_WORD.findall(dated)]
    words = [w.lower() for w in LOOSE_WORD.findall(other)]
    if (
        not named
        or set(head[:12]) & _ANOTHER_EVENT
        or set(words) & (_OWN_DAY | _ANOTHER_EVENT)
        or any(w[:1].isdigit() and len(w) == 4 for w in words)
    ):
        return False
    return any(w == "the" and events & set(words[k + 1 : k + 5]) for k, w in enumerate(words))


def _inner_names(text: str) -> set[str]:
    """Capitalised words of a sentence past its first word, lower-cased."""
    return {w.lower().strip(".,;:!?'’") for w in CAPITAL_WORD.findall(text)[1:]} - _OWN_DAY

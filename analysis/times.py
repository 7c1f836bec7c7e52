"""Clock times of an article ("took off at 10:33 am", "around 7.15pm", "shortly after 8 pm",
"23:11 local time"), each with the event it gives the time of, the day named beside it and its
time zone; and how far apart two of them are.

A clock time is read as the stretch of the day it allows, in minutes after midnight: "10:33" is
one minute, "about 10:30" a quarter of an hour either side, "shortly after 8 pm" the half hour
after it, "9 pm" a quarter of an hour either side (a bare hour is often a rounded one). A time
with no am/pm under 13 hours may be read twelve hours later. A part of the day is a wider stretch:
"on Sunday afternoon", "early Sunday" (to 10 am), "late Sunday" (from 4 pm), "in the early hours".

Left out on purpose (they are not the time of an event): bounds ("by 9 am", "until noon",
"since 6 pm"), ranges ("between 10 and 11 am", "10-11am"), a time in brackets (it converts the
one before into another zone: "7:40 pm (1640 GMT)"), and a time that opens its sentence as a
timestamp ("7.05pm – the spire collapses", a live blog's "10:32 GMT: ..."): a live blog's stamp
is when the entry was written, not when its event happened.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .numtext import lemma
from .text import COMPOUND_WORD as _WORD  # words with inner apostrophes or hyphens, and numbers
from .text import attribution_spans, has_digit, lower_case_twin, twin_text
from .moments import entries
from .words import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context

DAY = 24 * 60

_ZONES = (
    r"GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|CT|MT|PT|"
    r"IST|PKT|JST|KST|HKT|SGT|WIB|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|SAST|EAT|WAT|CAT"
)
# four digits are a time only before a zone of three letters or more ("1339 IST", "0200 GMT") or
# "local time" ("2130 local time"), the zone in capitals: "1500 ET" may be a count, "2010 cat" a word
_ZONES_4 = "|".join(z for z in _ZONES.split("|") if len(z) > 2)
# the zones of three letters or more, as words ("GMT", "IST"): a clock's, never a thing's name
ZONE_WORDS = frozenset(z.lower() for z in _ZONES_4.split("|"))
# "10:33 a.m.", "9pm", "7.15 PM", "23:11", "1640 GMT", "noon"; the zone or "local time" after it
_CLOCK = re.compile(
    r"(?<![\w$£€.,:/-])"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d)(?::[0-5]\d)?)?\s?(?P<mer>[ap]\.\s?m\b\.?|[ap]m\b)"
    r"|(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?!\d|[.,]\d|\s?%)"
    r"|(?P<hc>[01]\d|2[0-3])(?P<mc>[0-5]\d)(?=\s?(?:(?-i:"
    + _ZONES_4
    + r")|hrs|hours\s+(?:GMT|UTC|local)|local\s+time)\b)"
    r"|(?P<word>noon|midnight|midday))"
    r"(?P<zone>\s*\(?(?:" + _ZONES + r")\b\)?|\s*\(?local(?:\s+time)?\b\)?|\s+hrs\b|"
    r"\s*\(?(?:[A-Z][a-z]+\s){1,2}time\b\)?)?",
    re.IGNORECASE,
)
# what joins a time to its restatement in another zone: ", or", "i.e."
_RESTATED = re.compile(r"^[\s,]*(?:local(?:\s+time)?)?[\s,]*(?:or|i\.e\.|that\s+is)[\s,]*$", re.I)
# a cheap test that a sentence may hold a clock time at all (most hold none): a digit that opens
# a time, or a named hour. The digit's part opens with "\d" (one character class, not a branch):
# the search then skips in C to the digits, where a pattern opening with a branch is tried at every
# position; a named hour is a plain substring of the lower case (what re.I finds it in is the
# text's lower case: twin_text). Its letters are in lower case, so that its twin scans a
# sentence's lower case (analysis/text.py).
_DIGIT_TIME = r"\d(?:\s?[ap]\.?\s?m\b|[:.][0-5]\d|\d{3}\s?(?:" + _ZONES_4.lower() + r"|hrs|local\s+time))"
_MAY_HOLD = re.compile(_DIGIT_TIME + "|noon|midnight|midday", re.I)
_MAY_HOLD_TWIN = lower_case_twin(re.compile(_DIGIT_TIME, re.I))
_NAMED_HOURS = ("noon", "midnight", "midday")
# a day's part after its weekday ("on Sunday afternoon"): the stretch of the dial it allows, an
# hour wide at each edge ("morning" reaches the small hours: "at 2 am on Sunday morning")
_PART_MINUTES = {"morning": (0, 780), "afternoon": (660, 1170), "evening": (960, 1500)}
_PARTS = tuple(_PART_MINUTES)
# "in the early hours (of Sunday)": from midnight to 7 a.m. (not "into the early hours": a bound)
_EARLY_HOURS = re.compile(r"\b(?:in|during)\s+the\s+(?:early|small|wee)\s+hours\b", re.I)
_EARLY_MINUTES = (0, 420)
_EARLY_WORDS = ("early hours", "small hours", "wee hours")
# "early Tuesday" (midnight to 10 a.m.), "late Tuesday" (4 p.m. to midnight), no part after them
# ("late Tuesday morning" is a part of the morning, read above)
_EDGE_OF_DAY = re.compile(
    r"\b(?P<edge>early|late)\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s+(?:morning|afternoon|evening|night)\b)",
    re.I,
)
_EDGE_MINUTES = {"early": (0, 600), "late": (960, 1440)}
_PART_OF_DAY = re.compile(
    r"\b(?:early\s+|late\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?P<part>morning|afternoon|evening)\b",
    re.I,
)
# a part that bounds or stretches the event ("still burning on Sunday morning", "by Sunday
# evening", "into Monday morning"), or says when something was said ("said on Sunday morning")
_PART_BOUND = re.compile(
    r"\b(?:still|continued|continuing|remained|into|through|throughout|until|till|by|since|from|"
    r"said|says|told|announced|confirmed|reported|statement)\s+(?:[a-z]+ing\s+)?(?:on\s+)?$",
    re.I,
)


def _may_hold(text: str) -> bool:
    """Whether a sentence may hold a clock time (a fast test that rules out most sentences)."""
    scanned = twin_text(text) if _MAY_HOLD_TWIN is not None else None
    if scanned is None:  # a letter lowering and re.I read apart: the whole pattern on the text
        return (
            _MAY_HOLD.search(text) is not None
            or _PART_OF_DAY.search(text) is not None
            or _EARLY_HOURS.search(text) is not None
            or _EDGE_OF_DAY.search(text) is not None
        )
    # (a clock time in figures opens with a digit: the sentence's one digit test rules most out)
    if (has_digit(text) and _MAY_HOLD_TWIN.search(scanned) is not None) or any(
        map(scanned.__contains__, _NAMED_HOURS)
    ):
        return True
    if any(map(scanned.__contains__, _EARLY_WORDS)):
        return True
    if ("early " in scanned or "late " in scanned) and _EDGE_OF_DAY.search(text) is not None:
        return True
    # a day's part: its word as a substring first, the weekday before it only then
    return any(map(scanned.__contains__, _PARTS)) and _PART_OF_DAY.search(text) is not None


# what comes right before the time: the stretch it allows around the stated minute
_APPROX = re.compile(
    r"\b(?:about|around|approximately|approx\.?|roughly|some|circa|nearly|almost|c\.)\s+(?:at\s+)?$", re.I
)
_SOON_AFTER = re.compile(r"\b(?:shortly|just|soon|right|moments|minutes|little|sometime)\s+after\s+$", re.I)
_AFTER = re.compile(r"\bafter\s+$", re.I)
_SOON_BEFORE = re.compile(r"\b(?:shortly|just|right|moments|minutes|little)\s+before\s+$", re.I)
_BEFORE = re.compile(r"\bbefore\s+$", re.I)
_BOUND = re.compile(
    r"\b(?:by|until|till|til|since|from|between|to|through|as\s+of|as\s+late\s+as|no\s+later\s+than|"
    r"every|each|starting|beginning|opens?|closes?)\s+(?:about\s+|around\s+)?$"
    r"|\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:-|–|to|and)\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|to|and|or|until|till)\s*\d", re.I)
# planned, not done: "the show, scheduled for 8 p.m.", "was supposed to depart at 3:45"
_MODAL = frozenset(
    "scheduled schedule supposed due planned plan plans expected expect set will would should "
    "could might may shall intended aim aims hoped deadline timetable slated".split()
)
# another occurrence of the event, not the same one told twice
_ANOTHER = frozenset(
    "second third fourth another other again previous earlier next aftershock aftershocks".split()
)
# a day other than the one the sentence is about
_OTHER_DAY = re.compile(
    r"\b(?:the\s+(?:day|night|evening|morning)\s+before|the\s+(?:next|following|previous)\s+"
    r"(?:day|night|morning|evening|afternoon)|a\s+day\s+(?:earlier|later)|overnight|"
    r"(?:yesterday|today|tonight|tomorrow)|last\s+(?:night|week)|this\s+(?:morning|evening|afternoon))\b",
    re.I,
)

# Events a clock time is given for: the words that name them, by class. A class made of more
# than one event ("incident") stands for whichever one the story is about.
_EVENT_WORDS = {
    "crash": "crash crashed crashing plunge plunged plummet plummeted smash smashed wreck wrecked",
    "takeoff": "takeoff take-off depart departed departing departure airborne",
    "landing": "land landed landing touchdown",
    "quake": "quake earthquake tremor temblor",
    "shooting": "shooting shootings gunfire shootout",
    "fire": "fire blaze",
    "explosion": "explosion explode exploded blast blasts detonate detonated",
    "collapse": "collapse collapsed collapsing topple toppled crumble crumbled",
    "derailment": "derail derailed derailment",
    "collision": "collide collided colliding collision",
    "attack": "attack attacked massacre rampage",
    "incident": "accident incident tragedy disaster",
    "rescue": "rescue rescued save saved free freed extract extracted",
    "death": "die died death killed",
    "arrival": "arrive arrived arrival",
    "entry": "enter entered entering stormed",
    "call": "call calls",
    "warning": "warning warned warn alarm alarms alert",
    "mayday": "mayday",
    "eruption": "erupt erupted eruption",
    "landfall": "landfall",
    "sinking": "sank sink sinking capsize capsized",
    "landslide": "landslide landslides mudslide mudslides avalanche",
    "stampede": "stampede crush",
    # a hostage-taking and the siege it starts (not a one-day incident: a siege may last days)
    # (not "hostages": the people, named by a raid or a release as well)
    "hostage": "kidnap kidnapped kidnapping abduct abducted abduction hostage-taking siege standoff stand-off",
}
_EVENT_OF = {w: cls for cls, words in _EVENT_WORDS.items() for w in words.split()}
# "opened fire", "shots rang out", "took off", "went down": two-word events
_PHRASES = {
    ("opened", "fire"): "shooting",
    ("open", "fire"): "shooting",
    ("opens", "fire"): "shooting",
    ("shots", "rang"): "shooting",
    ("shots", "fired"): "shooting",
    ("took", "off"): "takeoff",
    ("take", "off"): "takeoff",
    ("taking", "off"): "takeoff",
    ("lifted", "off"): "takeoff",
    ("went", "down"): "crash",
    ("go", "down"): "crash",
    ("touched", "down"): "landing",
    ("broke", "out"): "outbreak",
    ("break", "out"): "outbreak",
    ("caved", "in"): "collapse",
    ("pulled", "out"): "rescue",
    ("walked", "into"): "entry",
    ("walks", "into"): "entry",  # a timeline's present tense
    ("walk", "into"): "entry",
    ("burst", "into"): "entry",
    ("broke", "into"): "entry",
    ("impact", "with"): "crash",  # "made impact with the hillside at": the crash itself
    # a flight's or a ship's loss of contact with its controllers: one moment, told once
    ("lost", "contact"): "contact",
    ("lose", "contact"): "contact",
    ("loses", "contact"): "contact",
    ("losing", "contact"): "contact",
}
# verbs that say only that something happened: the event is their subject ("the quake struck at")
_LIGHT = frozenset(
    "occur occurred occurs happen happened happens took place struck strike strikes hit hits "
    "began begin started start erupted broke jolted rocked shook was were is recorded reported "
    "tore ripped swept".split()
)
# the incident classes one story is about: "the accident" is the crash, "the tragedy" the collapse
# incidents that happen once, at one moment (FL402 compares their times and weekdays too)
INCIDENTS = frozenset(
    {
        "crash",
        "quake",
        "collapse",
        "derailment",
        "explosion",
        "shooting",
        "attack",
        "fire",
        "landslide",
        "stampede",
    }
)


@dataclass(frozen=True)
class ClockTime:
    sentence: int
    start: int  # offsets into the sentence text
    end: int
    text: str
    lo: int  # earliest minute of the day the phrase allows
    hi: int  # latest
    exact: bool  # stated to the minute with no "about", "after" or "before"
    half_day: bool  # no am/pm and under 13 hours: 12 hours later reads the same
    zone: str  # "" when unstated or "local"; else the zone's name, lower case
    event: str | None  # the class of event it is the time of ("crash", "quake")
    subject: frozenset[str]  # capitalised names before its event word (who or what it times)
    days: frozenset[str]  # the days its sentence names ("7 march" and "tuesday"), none when none
    other_day: bool  # its sentence is about another day ("the day before", "overnight")
    modal: bool  # planned or scheduled, not done
    another: bool  # said of another occurrence before it ("a second quake struck at", "another at")
    phase: str = ""  # a later step of the event: "control" (put out), "report", "end"; "" its start
    # its actor is police or rescuers ("officers entered at"), not the one the story is about
    responders: bool = False
    rank: str = ""  # "first" or "last" of a series said right before its event ("the first call")
    stamped: bool = False  # a timeline entry's stamp ("10:52 a.m.: The gunman entered ...")


def clock_times(doc: "Document", ctx: "Context") -> list[ClockTime]:
    """Every clock time of the document that can be the time of an event (call as
    ``ctx.analysis(clock_times)``)."""
    out: list[ClockTime] = []
    for s in doc.sentences:
        if _may_hold(s.text):
            found = sentence_times(s.index, s.text)
            if s.index > 0 and any(t.event is None for t in found):
                # "This happened at 8:30 pm": the event of the sentence before
                before = _event_named_in(doc.sentences[s.index - 1].text)
                found = [
                    replace(t, event=before) if t.event is None and _pronoun_told(s.text, t) else t
                    for t in found
                ]
            out.extend(found)
    if any(t.stamped for t in out) and entries([s.text for s in doc.sentences])[0] is not None:
        # a live page's stamps are when each entry was written, not when its event happened
        out = [t for t in out if not t.stamped]
    return out


# "This happened at", "It struck at", "That occurred at": a pronoun and a light verb before a time
_PRONOUN_TOLD = re.compile(
    r"^\W*(?:this|it|that)\s+(?:\w+\s+)?(?:happened|occurred|struck|hit|took\s+place|began|started)\s+"
    r"(?:at|around|about|shortly\s+after|just\s+after|just\s+before|shortly\s+before)?\s*(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _pronoun_told(text: str, t: "ClockTime") -> bool:
    return bool(_PRONOUN_TOLD.match(text[: t.start]))


def _event_named_in(text: str) -> str | None:
    """The one class of event a sentence names (None for none or several)."""
    found = set()
    words = [m.group().lower() for m in _WORD.finditer(text)]
    for w, nxt in zip(words, words[1:] + [""]):
        cls = _PHRASES.get((w, nxt)) or _EVENT_OF.get(w) or _EVENT_OF.get(lemma(w))
        if cls and cls != "outbreak":
            found.add(cls)
    return next(iter(found)) if len(found) == 1 else None


def sentence_times(index: int, text: str) -> list[ClockTime]:
    found = []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    sources = attribution_spans(text)
    prev_end = -1
    for m in _CLOCK.finditer(text):
        t = _reading(m)
        if t is None:
            continue
        if prev_end >= 0 and _RESTATED.match(text[prev_end : m.start()]):
            continue  # "at 11:54 p.m. local time, or 8:54 p.m. Moscow time": the same moment restated
        prev_end = m.end()
        minute, stated_minutes, meridiem = t
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        from_when = re.search(r"\bfrom\s*$", before, re.I) and re.match(r"\s*,?\s*when\b", after, re.I)
        if _BOUND.search(before) and not from_when or _RANGE_AFTER.match(after):
            continue  # a bound, but "from 8:45pm when gunmen entered" is when they entered
        stamped = _timestamp(text, m)
        if before.rstrip().endswith("(") or stamped and not _timeline_entry(text, m, sources):
            continue
        if m.group("h24") is not None and not _clock_context(before, m):
            continue  # "3.45" is a figure unless its words say it is a time
        lo, hi, exact = _stretch(before, minute, stated_minutes, m.group("word"))
        zone = _zone(m.group("zone") or "", text[m.end() : m.end() + 60])
        k = sum(1 for w in words if w[1] <= m.start())  # index of the first word after the time
        after_k = sum(1 for w in words if w[0] < m.end())  # the first word after it
        lo_w, hi_w = _clause(words, text, after_k if stamped else k)
        # "shortly after its 6:40 pm departure": the time names the noun right after it, whatever
        # event the clause told before ("went down ... after its 6:40 pm departure")
        named = _named_by_time(words, k, after_k)
        owner_told = named is not None and words[k - 1][2].lower() in _POSSESSIVES  # "its": no name
        if named is not None:
            event, at = named, k
        elif stamped:
            # a timeline's entry: the event its first words tell ("10:52 a.m.: The gunman entered")
            event, at = _event(words, k, k, after_k, hi_w, reach=_ENTRY_REACH)
            if event is None:
                continue
        else:
            # a clock time opening its clause: its subject may be long ("At around 11.45pm, a
            # chemical-laden container a short distance from the shed exploded")
            event, at = _event(words, lo_w, k, after_k, hi_w, opening=12)
        if event is None and from_when:
            event, at = _event(words, after_k, after_k, after_k, hi_w)  # the event "when" names
        # who or what it times: the names before its event word ("In Chile, a quake struck at"),
        # not those between the event and the time ("rocked the Balkan country at")
        # (a rescue's or a death's person comes after it: "rescuers freed Maria Lopez at")
        subject = (
            frozenset() if owner_told else _names(words, lo_w, k if event in _OBJECT_EVENTS else at, sources)
        )
        clause = _modal_scope(words, lo_w, after_k, hi_w)
        h = int(m.group("h") or m.group("h24") or m.group("hc") or 12)
        found.append(
            ClockTime(
                sentence=index,
                start=m.start(),
                end=m.start() + len(m.group().rstrip(" )")),
                text=m.group().strip(" ()"),
                lo=lo,
                hi=hi,
                exact=exact,
                half_day=not meridiem and h <= 12 and not (m.group("h24") or "").startswith("0"),
                zone=zone,
                event=event,
                subject=subject,
                days=_days(_glossed_days(text)),
                other_day=bool(_OTHER_DAY.search(_GLOSSED.sub(r"\g<date>", text))),
                modal=bool(clause & _MODAL) and not _due_is_cause(words, lo_w, hi_w, clause),
                another=_another(words, lo_w, k),
                phase=_phase(words, lo_w, k, after_k, hi_w, at),
                responders=_responders(words, lo_w, at, k, after_k, hi_w) if event else False,
                rank=_rank(words, max(lo_w, at - 4), at) if at < k else "",
                stamped=stamped,
            )
        )
    low = text.lower()
    if any(map(low.__contains__, _PARTS + _EARLY_WORDS)) or "early " in low or "late " in low:
        found.extend(_parts_of_day(index, text, words, sources))
    return found


def _parts_of_day(
    index: int, text: str, words: list[tuple[int, int, str]], sources: tuple[tuple[int, int], ...]
) -> list[ClockTime]:
    """ "The incident occurred on Sunday afternoon", "in the early hours of Sunday", "late
    Sunday": a part of the day as a stretch of the clock, the time of the event its clause tells, so that "at about 1 pm"
    of that event disagrees."""
    out = []
    parts = [(m, _PART_MINUTES[m.group("part").lower()]) for m in _PART_OF_DAY.finditer(text)]
    parts += [(m, _EARLY_MINUTES) for m in _EARLY_HOURS.finditer(text)]
    parts += [(m, _EDGE_MINUTES[m.group("edge").lower()]) for m in _EDGE_OF_DAY.finditer(text)]
    for m, (lo, hi) in parts:
        if _PART_BOUND.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        k = sum(1 for w in words if w[1] <= m.start())
        after_k = sum(1 for w in words if w[0] < m.end())
        lo_w, hi_w = _clause(words, text, k)
        event, at = _event(words, lo_w, k, after_k, hi_w)
        if event is None:
            continue
        clause = {w[2].lower() for w in words[lo_w:hi_w]}
        out.append(
            ClockTime(
                sentence=index,
                start=m.start(),
                end=m.end(),
                text=m.group(),
                lo=lo,
                hi=hi,
                exact=False,
                half_day=False,
                zone="",
                event=event,
                subject=_names(words, lo_w, k if event in _OBJECT_EVENTS else at, sources),
                days=_days(_glossed_days(text)),
                other_day=bool(_OTHER_DAY.search(_GLOSSED.sub(r"\g<date>", text))),
                modal=bool(clause & _MODAL),
                another=_another(words, lo_w, k),
                phase=_phase(words, lo_w, k, after_k, hi_w, at),
                responders=_responders(words, lo_w, at, k, after_k, hi_w),
            )
        )
    return out


# the words that make a time the attribute of the event noun after it: "its 6:40 pm departure"
_DETERMINERS = frozenset("its the their his her this that a an".split())
_POSSESSIVES = frozenset("its their his her".split())


def _named_by_time(words: list[tuple[int, int, str]], k: int, after: int) -> str | None:
    """The event a time names as the attribute of the noun right after it, behind a determiner:
    "shortly after its 6:40 pm departure", "the 7:02 pm crash" (a time is the name of that
    moment, as a date names "the 5 June crash")."""
    if k == 0 or after >= len(words) or words[k - 1][2].lower() not in _DETERMINERS:
        return None
    w = words[after][2].lower()
    cls = _EVENT_OF.get(w)
    # a noun, not a verb that happens to follow ("the 6 pm call", not "that 6 pm called")
    return cls if cls and not w.endswith("ed") else None


# who answers an incident: "officers entered at 11:44" is not when the gunman entered
_RESPONDERS = frozenset(
    "police officer officers policemen deputies troopers agents rescuers firefighters paramedics "
    "soldiers troops swat".split()
)


_OBJECT_PREPS = frozenset("to of at into from over about".split())


def _object_of_preposition(span: list[tuple[int, int, str]]) -> bool:
    """The words before an event word end in a preposition and its noun phrase ("called to the
    warehouse"): the event is that phrase's noun, not an act of theirs ("arrived at the bank and
    entered": a verb after the phrase is theirs)."""
    for j in range(len(span) - 1, max(-1, len(span) - 5), -1):
        w = span[j][2].lower()
        if w in _OBJECT_PREPS:
            return True
        if w in {"and", "then", "or"} or w.endswith("ed") or w.endswith("ing"):
            return False
    return False


def _responders(words: list[tuple[int, int, str]], lo: int, at: int, k: int, after: int, hi: int) -> bool:
    """Whether the words that lead to a time's event word name responders: its clause up to the
    event word, or, for an event named after the time, the few words between them."""
    if at < k:
        span = words[lo:at]
        # "Firefighters were called to the warehouse blaze, which started at": the event is the
        # object of a preposition after them, not something they did
        last = max((j for j, w in enumerate(span) if w[2].lower() in _RESPONDERS), default=-1)
        if _object_of_preposition(span[last + 1 :]):
            return False
    else:
        span = []
        for w in words[after : min(hi, after + 6)]:
            if _EVENT_OF.get(w[2].lower()) or w[2].lower() in ("walks", "walk", "walked"):
                break
            span.append(w)
    return any(
        w[2].lower() in _RESPONDERS and not (n and span[n - 1][2].lower() in _TITLE_OFFICERS)
        for n, w in enumerate(span)
    )


# "chief executive officer", "public affairs officer": an office's title, not a responder
_TITLE_OFFICERS = frozenset("executive operating financial information affairs press liaison medical".split())


def _another(words: list[tuple[int, int, str]], lo: int, k: int) -> bool:
    """Whether the words before a time speak of another occurrence ("a second quake struck at"),
    not of when something was said ("Authorities earlier said the accident occurred at")."""
    for j in range(lo, k):
        w = words[j][2].lower()
        if w not in _ANOTHER:
            continue
        near = {words[i][2].lower() for i in (j - 1, j + 1) if lo <= i < k}
        if w in _SAID_WHEN and near & _SPEECH:
            continue
        return True
    return False


# words of when something was said, not of another occurrence: "earlier said", "said earlier"
_SAID_WHEN = frozenset({"earlier", "previously"})
_SPEECH = frozenset("said say says told reported announced stated confirmed".split())


def _month_may(words: list[tuple[int, int, str]], j: int) -> bool:
    """ "on Saturday, May 8": the month, not the modal "may" that makes a time a plan."""
    if words[j][2] != "May":
        return False
    near = [words[k][2] for k in (j - 1, j + 1) if 0 <= k < len(words)]
    return any(w.rstrip("stndrh").isdigit() for w in near)


@lru_cache(maxsize=256)  # FL402's tests ask about the same date of the same sentence in turn
def event_at(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """The class of event the phrase at ``text[start:end]`` (a time, a day) is said of, read as
    for a clock time, and whether its clause speaks of another occurrence before it."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    k = sum(1 for w in words if w[1] <= start)
    after = sum(1 for w in words if w[0] < end)
    lo, hi = _clause(words, text, k)
    # a day opening its clause is of the subject right after it ("On Saturday another fire broke
    # out"), not of an object further on ("On Tuesday, firefighters were dousing the fire")
    cls, _ = _event(words, lo, k, after, hi, reach=4)
    around = {w[2].lower() for w in words[lo : k if k - lo >= 3 else min(hi, after + 4)]}
    return cls, bool(around & _ANOTHER)


_AFTER_POSSESSIVE = re.compile(r"\s+(?:[a-z]+\s+)?(?P<word>[a-z]+)\b")
_DAY_INCIDENTS = (
    "crash",
    "quake",
    "collapse",
    "derailment",
    "explosion",
    "fire",
    "shooting",
    "attack",
    "collision",
    "sinking",
    "landslide",
    "stampede",
    "incident",
    "eruption",
)


def incident_of_day(text: str, start: int, end: int, cls: str | None) -> str | None:
    """The incident a day at ``text[start:end]`` dates when the event word nearest it is not the
    incident itself: the incident a possessive day names ("Tuesday's crash"), the toll's day of an incident the clause names next ("were killed on Wednesday
    when the plane crashed"), the day of a flight's take-off or landing in a sentence about its
    crash ("crashed shortly after take-off ... on Thursday"). None when neither."""
    possessive = text[start:end].endswith(("'s", "’s")) and _AFTER_POSSESSIVE.match(text, end)
    if possessive:  # "Tuesday's crash", "Sunday's deadly quake": the day names the incident
        found = _EVENT_OF.get(possessive["word"].lower())
        if found in _DAY_INCIDENTS:
            return found
    if cls == "death":
        words = [m.group().lower() for m in _WORD.finditer(text, end)][:7]
        # not "after": "two more died on Thursday after the fire" died later than it broke out
        if words[:1] and words[0] in {"when", "as"}:
            for w in words[1:]:
                found = _EVENT_OF.get(w) or _EVENT_OF.get(lemma(w))
                if found in _DAY_INCIDENTS:
                    return found
        return None
    if cls in ("takeoff", "landing"):
        before = [m.group().lower() for m in _WORD.finditer(text[:start])]
        for k, w in enumerate(before[:-1]):
            if _EVENT_OF.get(w) == "crash" and cls in {_EVENT_OF.get(x) for x in before[k + 1 : k + 5]}:
                return "crash"
    return None


def event_named_after(text: str, end: int) -> str | None:
    """The class of event the word right after a date names: "the 5 June 2017 crash" (a date
    used as the incident's name)."""
    m = _WORD.search(text, end)
    if m is None or text[end : m.start()].strip():
        return None
    return _EVENT_OF.get(m.group().lower())


def _reading(m: re.Match) -> tuple[int, bool, bool] | None:
    """(minute of the day, minutes stated, am/pm stated) of a match."""
    if m.group("word"):
        return (0 if m.group("word").lower() == "midnight" else 12 * 60), False, True
    if m.group("mer"):
        h, mins = int(m.group("h")), int(m.group("m") or 0)
        pm = m.group("mer").lower().startswith("p")
        if h == 0 and m.group("m") is not None and not pm:
            return mins, True, True  # "00:37 a.m.": the hour after midnight, written the 24-hour way
        if not 1 <= h <= 12:
            return None
        return (h % 12 + (12 if pm else 0)) * 60 + mins, m.group("m") is not None, True
    if m.group("h24") is not None:
        return int(m.group("h24")) * 60 + int(m.group("m24")), True, False
    return int(m.group("hc")) * 60 + int(m.group("mc")), True, True


def _clock_context(before: str, m: re.Match) -> bool:
    """ "at 18:01", "around 9.45", "23:11 local time": a bare "H:MM" is a time only beside a time
    word or a zone (else a score, a ratio, a verse or a decimal)."""
    if m.group("zone"):
        return True
    return bool(re.search(r"\b(?:at|around|about|approximately|roughly|after|before)\s*$", before, re.I))


def _timestamp(text: str, m: re.Match) -> bool:
    """A time that opens its sentence as a stamp: "7.05pm – ...", "11:28 a.m.: ...", a lone time."""
    if text[: m.start()].strip(" \t\"'‘“*•-–—("):
        return False
    rest = text[m.end() :].lstrip(" )")
    return not rest or rest[0] in ":-–—|,"


# how far into a timeline's entry its event word is looked for ("10:52 a.m.: The gunman entered")
_ENTRY_REACH = 6


def _timeline_entry(text: str, m: re.Match, sources: tuple[tuple[int, int], ...]) -> bool:
    """A stamp that opens a timeline's entry ("10:52 a.m.: The gunman entered the library"): a colon
    or dash after it, no other time in the sentence and nothing said or reported in it (an entry
    that tells what someone said is dated by when it was said). A live page's stamps are dropped
    by the caller."""
    rest = text[m.end() :].lstrip(" )")
    if not rest or rest[0] not in ":-–—" or sources:
        return False
    if sum(1 for _ in _CLOCK.finditer(text)) > 1:
        return False
    return _SPEECH.isdisjoint(w.lower() for w in _WORD.findall(rest)) and "according" not in rest.lower()


_RANKS = {"first": "first", "initial": "first", "last": "last", "final": "last", "latest": "last"}


def _rank(words: list[tuple[int, int, str]], lo: int, at: int) -> str:
    """ "the first emergency call", "the final call": which of a series the event is, from the few
    words before its word ("" when none says)."""
    for w in words[lo:at]:
        rank = _RANKS.get(w[2].lower())
        if rank:
            return rank
    return ""


def _stretch(before: str, minute: int, stated_minutes: bool, word: str | None) -> tuple[int, int, bool]:
    """The minutes a time phrase allows, and whether it is exact."""
    if _SOON_AFTER.search(before):
        return minute, minute + 30, False
    if _AFTER.search(before):
        return minute, minute + 60, False
    if _SOON_BEFORE.search(before):
        return minute - 30, minute, False
    if _BEFORE.search(before):
        return minute - 60, minute, False
    if _APPROX.search(before):
        tol = _tolerance(minute, stated_minutes, word)
        return minute - tol, minute + tol, False
    if word and word.lower() == "midday":
        return minute - 60, minute + 60, False
    if not stated_minutes or minute % 60 == 0 and word is None:
        return minute - 15, minute + 15, False  # "at 9 pm", "at 9:00": often a rounded hour
    return minute, minute, True


def _tolerance(minute: int, stated_minutes: bool, word: str | None) -> int:
    """How far "about" reaches from a time, by how round it is."""
    if word:
        return 30
    if not stated_minutes or minute % 60 == 0:
        return 25  # "around 1 am" and "around 2 am" are two accounts, not one rounded twice
    if minute % 30 == 0:
        return 15
    if minute % 15 == 0:
        return 10
    if minute % 5 == 0:
        return 5
    return 1


def _zone(stated: str, after: str) -> str:
    """The zone a time is given in: "" for local or unstated."""
    z = stated.strip(" ()").lower()
    if z.startswith("local"):
        return ""
    if z.endswith(" time"):
        z = z.removesuffix(" time")
        # "11:11 a.m. Saturday local time": a day before "local time", not a zone's name
        return "" if z.split()[-1] == "local" or z.split()[0] in WEEKDAYS else z
    if z == "hrs":
        return ""
    if not z and re.match(r"\s*\((?:[^()]*?\d[^()]*?)\blocal(?:\s+time)?\b", after, re.I):
        return "abroad"  # "5.50pm (6.50pm local time)": the first is the reader's time, not the scene's
    return z


def _clause(words: list[tuple[int, int, str]], text: str, k: int) -> tuple[int, int]:
    """Word range [lo, hi) of the clause around word ``k`` (cut at ";", dashes)."""
    lo, hi = k, k
    while lo > 0 and not _cut_between(text, words[lo - 1][1], words[lo][0] if lo < len(words) else len(text)):
        lo -= 1
    while hi < len(words) - 1 and not _cut_between(text, words[hi][1], words[hi + 1][0]):
        hi += 1
    return lo, min(len(words), hi + 1)


def _cut_between(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return ";" in gap or "–" in gap or "—" in gap or " - " in gap


def _event(
    words: list[tuple[int, int, str]],
    lo: int,
    k: int,
    after: int,
    hi: int,
    reach: int = 8,
    opening: int | None = None,
) -> tuple[str | None, int]:
    """The class of event the time between words ``k`` and ``after`` is the time of: the nearest
    event word before it in its clause (or the subject of "occurred", "struck", "broke out"),
    else, for a time that opens its clause or follows a light verb, the first event word in the
    ``reach`` words after it ("At 8:57 a.m., the tower issued a warning"; ``opening`` words for a
    time that opens its clause, when given); and the index of the word that names it (``k`` when
    none does)."""
    light = False
    placed = False  # "near the station that falls under the district at": a place described
    # "occurred", "broke out": its subject may stand far back ("The incident at the depot of ...
    # occurred at around")
    told = any(_told(words, j, k) for j in range(max(lo, k - _FAR_REACH), k))
    verb_event: tuple[str, int] | None = None  # "erupted" of a blaze: the blaze is the event
    reported = False  # "Roe said at 2:24 p.m., the gunman walks into": opens what is said
    for j in range(k - 1, max(lo, k - _FAR_REACH) - 1, -1):
        if j < k - _REACH and not told:
            break
        w = words[j][2].lower()
        placed = placed or w in _LOCATIVE
        if (
            w in _CLAUSE_START
            and not (light and w in _RELATIVE)
            and not (placed and w in _RELATIVE)
            and not (w == "and" and _joins_places(words, j, k))
        ):
            reported = w in _SPEECH and k - j <= 2
            break  # but "the earthquake that struck at": the subject is before "that"
        nxt = words[j + 1][2].lower() if j + 1 < k else ""
        cls = _phrase(words, j, k, lo, hi, w, nxt)
        if cls == "outbreak":
            light = told = True
            continue
        if cls:
            return cls, j
        prev = words[j - 1][2].lower() if j > lo else ""
        cls = _EVENT_OF.get(w) or _EVENT_OF.get(lemma(w))
        if cls and w in _SAID_OF_ANOTHER:
            light = told = True
            verb_event = verb_event or (cls, j)
            continue
        # "the call about the crush came in at": the call is timed, not the crush (_topic)
        if (
            cls
            and not (w == "fire" and (prev in {"opened", "open", "opens"} or nxt in _FIRE_SERVICE))
            and not _topic(words, lo, j)
        ):
            return (_head_of_relative(words, lo, j) if light else None) or (cls, j)
        if w in _LIGHT or lemma(w) in _LIGHT or w == "place":
            light = True
        elif not light and w in _STATUS:
            return None, k  # "(the fire was) updated to 770 acres at 2:23 p.m.": a status, not the event
    if verb_event is not None:
        return verb_event
    if k - lo < 3 or light or reported or k - lo <= 8 and _day_words_only(words, lo, k):
        for j in range(
            after, _forward_limit(words, after, hi, reach if light or opening is None else opening)
        ):
            w = words[j][2].lower()
            nxt = words[j + 1][2].lower() if j + 1 < hi else ""
            cls = _phrase(words, j, hi, lo, hi, w, nxt)
            if cls and cls != "outbreak":
                return cls, k
            cls = _EVENT_OF.get(w) or _EVENT_OF.get(lemma(w))
            if cls and not (w == "fire" and nxt in _FIRE_SERVICE):
                return cls, k
    return None, k


def _forward_limit(words: list[tuple[int, int, str]], after: int, hi: int, reach: int) -> int:
    """How far after a time its event word is looked for: ``reach`` words, and on to a passive's
    agent just past them ("At 9:12 a.m., the old hill town ... was flattened by a 6.1 earthquake")."""
    limit = min(hi, after + reach)
    by = next((q for q in range(after, min(hi, limit + 2)) if words[q][2].lower() == "by"), None)
    if by is not None and words[by - 1][2].lower().endswith("ed"):
        limit = max(limit, min(hi, by + 5))
    # "At 3.10am it was announced that the senator had died": the time of the saying; "began to
    # list at 8:52 a.m., and capsized soon after": the next verb phrase is another act
    for q in range(after, limit):
        w = words[q][2].lower()
        nxt = words[q + 1][2].lower() if q + 1 < len(words) else ""
        if w in _SPEECH and nxt == "that":
            return q
        if w in _NEXT_PHRASE and (q == after or words[q][0] - words[q - 1][1] > 1):
            return q  # "and" right after the time, or after a comma
    return limit


def _head_of_relative(words: list[tuple[int, int, str]], lo: int, j: int) -> tuple[str, int] | None:
    """ "the collision that brought the pier down happened at": the event word ``j`` is
    inside a relative clause; the event its head noun names (right before "that" or "which") is
    the one the light verb times."""
    for r in range(j - 1, max(lo, j - 6), -1):
        if words[r][2].lower() in _RELATIVE:
            head = words[r - 1][2].lower()
            cls = _EVENT_OF.get(head) or _EVENT_OF.get(lemma(head))
            return (cls, r - 1) if cls else None
    return None


_TOOK = frozenset({"took", "take", "takes", "taking"})
# the words of a day that may stand before a time opening its clause ("On Saturday at about")
_DAY_WORDS = frozenset(
    "on at in early late the of about around approximately roughly shortly just after before "
    "morning afternoon evening night last this hours small wee".split()
)


def _day_words_only(words: list[tuple[int, int, str]], lo: int, k: int) -> bool:
    """ "On Saturday at about 3:30 a.m., a fire broke out": nothing but a day's words before the
    time in its clause, so that it opens the clause and its event comes after it."""
    return all(
        (w := words[j][2].lower()) in _DAY_WORDS
        or w in WEEKDAYS
        or w in MONTHS
        or w.rstrip("stndrh").isdigit()
        for j in range(lo, k)
    )


# what goes down at sea sinks ("the ferry went down"), what goes down from the air crashes
_VESSELS = frozenset(
    "ship vessel ferry boat ferryboat yacht trawler tanker freighter submarine sub barge".split()
)
_ASHORE = frozenset({"came", "come", "comes", "coming", "moved", "moves"})
_STORMS = frozenset("storm hurricane typhoon cyclone".split())


def _phrase(
    words: list[tuple[int, int, str]], j: int, end: int, lo: int, hi: int, w: str, nxt: str
) -> str | None:
    """The event a phrase at word ``j`` (``w``, then ``nxt``) names ("took off", "went down",
    "took to the skies", "came ashore"), its clause words[lo:hi] telling a ship's going down from a
    plane's."""
    cls = _PHRASES.get((w, nxt))
    if cls is None and w == "lost" and any(x[2].lower() == "contact" for x in words[max(lo, j - 5) : j]):
        return "contact"  # "contact was lost at", "contact with the plane was lost at"
    if cls is None and w in _FELL and any(x[2].lower() in _STRUCTURES for x in words[max(lo, j - 6) : j]):
        return "collapse"  # "the spire fell at", "the roof fell in at": a structure's collapse
    if cls is None and w in _VANISHED and any(x[2].lower() in _RADAR for x in words[j + 1 : min(hi, j + 4)]):
        return "contact"  # "disappeared from radar at", "vanished from radar screens at"
    if cls is None and w in _STRUCK and any(x[2].lower() in _VEHICLES for x in words[j + 1 : min(hi, j + 4)]):
        return "collision"  # "a train struck a lorry at": a collision (a quake "struck" a town)
    if (
        cls is None
        and w in _STRUCK
        and any(x[2].lower() in _VEHICLES | _VESSELS for x in words[max(lo, j - 3) : j])
        and any(x[2].lower() in _STRUCTURES for x in words[j + 1 : min(hi, j + 4)])
    ):
        return "collision"  # "the freighter struck the pier at": a vessel hits a structure
    if (
        w in _PRONOUNCED
        and any(x[2].lower() == "dead" for x in words[j + 1 : min(hi, j + 5)])
        or (w == "dead" and any(x[2].lower() in _PRONOUNCED for x in words[max(lo, j - 4) : j]))
    ):
        return (
            "pronounced"  # "was pronounced dead at", "doctors declared him dead at": when death was declared
        )
    if cls is None and w in _BURST and any(x[2].lower() in _DAMS for x in words[max(lo, j - 3) : j]):
        return "collapse"  # "the Kelvo dam burst at": a structure that holds water fails
    if cls is None and nxt == "off" and w in _WENT:
        # "the bomb went off at": a blast; "the fire alarm went off at": a warning; else nothing
        # ("the lights went off at" is neither)
        near = {x[2].lower() for x in words[max(lo, j - 4) : j]}
        return "explosion" if near & _DEVICES else "warning" if near & _ALARMS else None
    if cls is None:
        if w in _TOOK:
            return _took_to_the_air(words, j, end)
        return _came_ashore(words, j, lo, hi) if w in _ASHORE else None
    if cls == "crash" and _VESSELS.intersection(x[2].lower() for x in words[lo:hi]):
        return "sinking"  # "the vessel went down at 4 a.m.": a ship that goes down sinks
    return cls


_FELL = frozenset("fell fall falls".split())
_PRONOUNCED = frozenset("pronounced declared".split())
_BURST = frozenset("burst bursts breached breaks broke".split())
_DAMS = frozenset("dam dams levee levees embankment embankments dyke dykes dike dikes barrage".split())
_STRUCK = frozenset("struck strikes hit hits rammed rams slammed smashed ploughed plowed".split())
_VEHICLES = frozenset(
    "truck trucks lorry car cars bus van vehicle train tanker trailer motorcycle tram boat ship "
    "ferry barge".split()
)
_STRUCTURES = frozenset(
    "spire roof tower bridge building crane wall ceiling stand scaffolding dome steeple chimney "
    "balcony facade façade structure span pier jetty dam".split()
)
_VANISHED = frozenset("disappeared disappears vanished vanishes dropped faded".split())
_RADAR = frozenset({"radar", "radars"})
_WENT = frozenset("went go goes going".split())
_DEVICES = frozenset("bomb bombs device devices explosive explosives grenade grenades".split())
_ALARMS = frozenset("alarm alarms siren sirens".split())


def _came_ashore(words: list[tuple[int, int, str]], j: int, lo: int, hi: int) -> str | None:
    """ "Mira came ashore near Port Ellis at about 9 p.m. ... as a Category 3 storm": a storm's
    landfall, when its clause names a storm (survivors or a boat also come ashore)."""
    if words[j][2].lower() not in _ASHORE or j + 1 >= len(words) or words[j + 1][2].lower() != "ashore":
        return None
    return "landfall" if any(w[2].lower() in _STORMS for w in words[lo:hi]) else None


_ABOUT_WORDS = frozenset({"about", "regarding", "concerning"})


def _topic(words: list[tuple[int, int, str]], lo: int, j: int) -> bool:
    """The event word ``j`` is what a noun before it is about ("a call about the Karsvik crush"),
    behind at most a determiner and names."""
    for i in range(j - 1, max(lo, j - 4) - 1, -1):
        w = words[i][2]
        if w.lower() in _ABOUT_WORDS:
            return i > lo  # a noun must stand before "about"
        if w.lower() not in _DETERMINERS and not w[:1].isupper():
            return False
    return False


def _took_to_the_air(words: list[tuple[int, int, str]], j: int, end: int) -> str | None:
    """ "the air ambulance took to the skies at 11:20 am": a take-off told as an idiom (words ``j`` on,
    before word ``end``)."""
    if words[j][2].lower() not in _TOOK or j + 3 >= min(end, len(words)):
        return None
    rest = [w[2].lower() for w in words[j + 1 : j + 4]]
    return "takeoff" if rest[:2] == ["to", "the"] and rest[2] in {"skies", "sky", "air"} else None


# how far back the event word of a time is looked for, and how far after an occurrence verb
_REACH, _FAR_REACH = 14, 30
# verbs that say only that an event happened, so that its subject may be far back
_TOLD = frozenset(
    "occur occurred occurs happen happened happens took struck began started rocked jolted shook".split()
)
# event verbs said of another event word ("the blaze erupted at"): that word names the event
_SAID_OF_ANOTHER = frozenset({"erupt", "erupted", "erupts", "erupting"})
# "fire" naming those who fight it, not the fire: "the fire engine was turned out at 6.17"
_FIRE_SERVICE = frozenset(
    "engine engines tender tenders brigade brigades service services department departments station "
    "stations officer officers official officials fighter fighters crew crews truck trucks control "
    "chief chiefs appliance appliances unit units team teams personnel safety".split()
)
# a later step of an event than its start: put out, reported, over; the words that say it
_PHASES = {
    "control": "control controlled contained extinguish extinguished extinguishing doused douse "
    "dousing quelled quench quenched subdued",
    "report": "reported alerted notified informed",
    "end": "complete completed concluded ended finished",
}
_PHASE_OF = {w: p for p, ws in _PHASES.items() for w in ws.split()}
# "air traffic control", "mission control": a body that controls, not a fire brought under control
_CONTROL_BODIES = frozenset("traffic mission ground border passport flight".split())


def _joins_places(words: list[tuple[int, int, str]], j: int, k: int) -> bool:
    """ "rocked Qala-e-Naw in Badghis province and the city of Herat in Afghanistan on Saturday
    morning at": an "and" joining two places (or two objects: "and its transponder"), no verb
    after it up to the time, opens no clause."""
    after = words[j + 1 : k]
    if after and after[0][2].lower() in _POSSESSIVES and len(after) <= 4:
        # "lost contact and its transponder at": a second object of the same verb, no clause
        return not any(w[2].lower().endswith("ed") for w in after[1:])
    if not after or not (after[0][2].lower() == "the" or after[0][2][0].isupper()):
        return False
    return all(w[2][0].isupper() or w[2].lower() in _PLACE_WORDS for w in after)


# what may stand in a place named after "and", up to a time: "the city of Herat in Afghanistan on
# Saturday morning"
_PLACE_WORDS = frozenset(
    "the of in on at near city town village province district region area capital state county "
    "morning afternoon evening night central northern southern eastern western north south east west".split()
)


def _told(words: list[tuple[int, int, str]], j: int, k: int) -> bool:
    """Whether word ``j`` (before word ``k``) says that an event happened: "occurred", "broke out"."""
    w = words[j][2].lower()
    nxt = words[j + 1][2].lower() if j + 1 < k else ""
    return w in _TOLD or w in _SAID_OF_ANOTHER or _PHRASES.get((w, nxt)) == "outbreak"


def _phase(words: list[tuple[int, int, str]], lo: int, k: int, after: int, hi: int, at: int) -> str:
    """The step of its event a time gives: "control" for "brought the fire under control at",
    "report" for "was reported to authorities at", "end" for "the rescue was complete at"; ""
    for the start ("broke out at"). Read from the words between the event word and the time
    (and the three before the event word: "managed to control the fire around"), or after a
    time that opens its clause."""
    first = max(lo, at - 3) if at < k else after
    window = words[first:k] if at < k else words[after : min(hi, after + 8)]
    found = [
        _PHASE_OF[w[2].lower()]
        for n, w in enumerate(window, first)
        if w[2].lower() in _PHASE_OF and not (n > 0 and words[n - 1][2].lower() in _CONTROL_BODIES)
    ]
    if any(a[2].lower() == "put" and b[2].lower() == "out" for a, b in zip(window, window[1:])):
        found.append("control")
    return found[-1] if found else ""


# "due to a short circuit" gives a cause; "due to land at 9" a plan
_DUE_CAUSE_NEXT = frozenset("a an the its their his her this that these those heavy poor bad".split())


# what opens another verb phrase after a time: "left at 11:05 p.m. and was expected to land at
# 4:50 a.m." (the plan is the landing's, not the departure's)
_NEXT_PHRASE = frozenset({"and", "but", "while", "whereas"})
# "a scheduled flight", "a regularly scheduled service": of the kind, not a plan for this one
_KIND_OF = frozenset({"a", "regularly"})


def _modal_scope(words: list[tuple[int, int, str]], lo: int, after: int, hi: int) -> set[str]:
    """The words of a time's clause that may make it a plan: up to the first "and" or "but" after
    it (the next verb phrase is another act), less the month "May" and an attributive
    "scheduled" ("a scheduled service that went missing at")."""
    end = next((j for j in range(after, hi) if words[j][2].lower() in _NEXT_PHRASE), hi)
    return {
        w[2].lower()
        for j, w in enumerate(words[lo:end], lo)
        if not _month_may(words, j)
        and not (w[2].lower() == "scheduled" and j > 0 and words[j - 1][2].lower() in _KIND_OF)
    }


def _due_is_cause(words: list[tuple[int, int, str]], lo: int, hi: int, clause: set[str]) -> bool:
    """Whether the only modal word of a clause is "due" in "due to <a cause>": "due to an
    electrical short circuit", "due to individuals jumping" (a noun or a verb in -ing after it,
    not a bare verb: "due to arrive")."""
    if clause & _MODAL != {"due"}:
        return False
    for j in range(lo, hi - 2):
        if words[j][2].lower() == "due" and words[j + 1][2].lower() == "to":
            nxt = words[j + 2][2]
            low = nxt.lower()
            if low in _DUE_CAUSE_NEXT or low.endswith(("s", "ing", "ion", "ity", "ure")) or nxt[0].isupper():
                continue
            return False
    return True


# words that open a new clause: an event word before them is not the one the time is said of
_CLAUSE_START = frozenset("said says say told when while because which who whom that but and".split())
_RELATIVE = frozenset({"that", "which"})
# verbs of a relative clause that only says where a place is: the event is before it
_LOCATIVE = frozenset({"falls", "lies", "located", "situated", "belongs"})
# a call for help: the same call whether the caller or the responders called are its subject
_SUMMONS = frozenset({"call"})
# events whose person is their object: the names up to the time say whose it was
_OBJECT_EVENTS = frozenset({"rescue", "death"})
# verbs that give a figure's state at a time, not when the event happened
_STATUS = frozenset("updated estimated revised raised lowered announced confirmed then".split())


def _names(
    words: list[tuple[int, int, str]], lo: int, hi: int, sources: tuple[tuple[int, int], ...] = ()
) -> frozenset[str]:
    """Capitalised words (not the sentence's first, months or weekdays) in words[lo:hi], but not
    those of a source the clause is told by ("According to the Veldmark port authority, the
    seaplane took off at"): who told it is not what it is the time of."""
    return frozenset(
        w.lower().removesuffix("'s").removesuffix("’s")
        for j, (start, _, w) in enumerate(words[lo:hi], lo)
        if j > 0
        and w[0].isupper()
        and w.lower() not in MONTHS
        and w.lower() not in WEEKDAYS
        and len(w) > 1
        and not any(a <= start < b for a, b in sources)
    )


_DAY = re.compile(
    r"\b(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?|"
    r"(?P<m2>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?P<d2>\d{1,2})\b)",
    re.I,
)


# "today (9 March 2024)": a relative day glossed with its date, which is the day it names
_GLOSSED = re.compile(r"\b(?:yesterday|today|tonight)\s*\((?P<date>[^()]*\d[^()]*)\)", re.I)


def _glossed_days(text: str) -> str:
    """The text ``_days`` reads: glossed relative days replaced by their dates, other brackets
    (conversions: "(6:10 p.m. GMT)") dropped."""
    return re.sub(r"\([^()]*\)", "", _GLOSSED.sub(r"\g<date>", text))


_YEAR_AFTER = re.compile(r",?\s*((?:1[89]|20)\d\d)\b")


def _days(text: str) -> frozenset[str]:
    """The days a sentence names: its first date ("7 march") and its first weekday, so "on
    Saturday, May 8" and "Saturday" name one day while "May 8" and "May 9" do not."""
    wd, dated, full = "", "", ""
    for m in _DAY.finditer(text):
        if m.group("wd"):
            if m.group("wd")[0].isupper():
                wd = wd or m.group("wd").lower()
            continue
        month = (m.group("m1") or m.group("m2")).lower()
        if month in {"may", "march"} and not (m.group(0)[0].isupper() or m.group("m1")):
            continue
        if (m.group("m1") or m.group("m2"))[0].isupper() and not dated:
            day, month_no = int(m.group("d1") or m.group("d2")), MONTHS[month.rstrip(".")]
            dated = f"{day} {month_no}"
            # a full date names its weekday too: "9 March 2024" and "Saturday" are one day
            year = _YEAR_AFTER.match(text, m.end())
            if year:
                try:
                    on = date(int(year.group(1)), month_no, day).strftime("%A").lower()
                except ValueError:
                    on = ""
                full = full or on
    return frozenset(d for d in (dated, wd or full) if d)


def gap(a: ClockTime, b: ClockTime) -> int:
    """Minutes between the stretches two times allow (0 when they overlap), read on a 24-hour
    dial, and twelve hours apart where either may be am or pm."""
    shifts = (0, DAY, -DAY, DAY // 2, -DAY // 2) if a.half_day or b.half_day else (0, DAY, -DAY)
    best = DAY
    for s in shifts:
        lo, hi = b.lo + s, b.hi + s
        best = min(best, max(0, lo - a.hi, a.lo - hi))
    return best


def same_event(a: ClockTime, b: ClockTime) -> bool:
    """Two times said of one event: the same class of event (an "accident" or "incident" is the
    crash, collapse or shooting the story is about), the same step of it (its start, its control,
    its report), for a person's event the same person, and no sign that either is another
    occurrence, a plan or another day."""
    if a.event is None or b.event is None or a.modal or b.modal or a.another or b.another:
        return False
    if a.event != b.event and not (
        {a.event, b.event} & {"incident"} and {a.event, b.event} <= INCIDENTS | {"incident"}
    ):
        return False
    if a.other_day or b.other_day or (a.days and b.days and not a.days & b.days):
        return False
    if a.zone != b.zone and not _no_conversion(a, b):
        return False  # another zone: a conversion, not a second account
    if a.phase != b.phase:
        return False  # when the fire broke out and when it was put out: two moments
    if a.rank and b.rank and a.rank != b.rank:
        return False  # the first call and the final one: two calls of a series
    if a.responders != b.responders and not a.phase and a.event not in _OBJECT_EVENTS | _SUMMONS:
        # the gunman's entry and the officers' (a fire's control is theirs alone); but a call is
        # one call whether the caller or those called are named ("ambulance crews were called at")
        return False
    # names on both sides and none shared: two people's rescues, two flights' take-offs
    return not (a.subject and b.subject and not a.subject & b.subject)


def _no_conversion(a: ClockTime, b: ClockTime) -> bool:
    """Two exact times under an hour apart by a step no pair of zones differs by (zones differ by
    whole and half hours): "3:47 p.m. Mountain Time" and "3:42 p.m. local time" are two accounts
    of one moment, not one moment in two zones."""
    apart = gap(a, b)
    return a.exact and b.exact and 0 < apart < 60 and apart % 30 != 0


def conflict(a: ClockTime, b: ClockTime) -> bool:
    """Two times of one event that cannot both be right: exact ones a minute or more apart, an
    approximate one more than a minute beyond what it allows."""
    return gap(a, b) > (0 if a.exact and b.exact else 1)

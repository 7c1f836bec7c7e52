"""How long one thing lasted, and how long ago it happened: "a 17-hour siege", "held them for more
than 12 hours", "ended after nearly 11 hours", "the operation took 19 hours", "in the air for one
minute before it crashed", "70 minutes passed before police stormed the classroom", "reopened
five days ago".

Each duration is read as the stretch of seconds its words allow ("more than 12 hours" is above
12 and below 18; "nearly 11 hours" from 9 to 11; "one hour, 14 minutes" is 74 minutes) with the
thing it measures: a whole event only (a siege, a fire fought, a flight, the shaking of a quake,
a wait before police went in, an aircraft's descent, "the hearing lasted ...": the noun that lasted;
a proceeding or stoppage the length is written onto: "a four-day hearing", "three days of hearings")
or, for "N days ago", the event dated; or how long after the story's incident or its alarm one
act came ("sealed the well 52 days after the blast", "detained 19 minutes after officers were
notified", "the first time the gas has stopped in 53 days"), the act read by its family. One
person's time trapped is left out: two people rescued from one collapse were trapped for
different times.

Left out on purpose: windows and rates ("within 48 hours", "24 hours a day", "every 12 hours",
"the first 72 hours", "the next few days"), ranges ("two to three hours"), plans ("is expected to
take 11 hours", "could take close to 11 hours").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .durations_abroad import may_hold, spans_abroad
from .languages import article_language
from .numtext import lemma, lexicon
from .text import COMPOUND_WORD as _WORD  # words with inner apostrophes or hyphens, and numbers
from .text import attribution_spans
from .times import ZONE_WORDS
from .words import MONTHS, STOPWORDS, WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}
_UNIT = r"(?P<unit>second|minute|hour|day|week)s?\b"


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """The number words of the shared lexicon (number_words.yaml: "zero" to "ninety"), and "a" /
    "an" ("an hour")."""
    lex = lexicon()
    return {**lex["units"], **lex["tens"], "a": 1, "an": 1}


@lru_cache(maxsize=1)
def _duration() -> re.Pattern:
    """A figure and its unit: "three days", "a 17-hour siege", "one hour, 14 minutes" / "an hour
    and 14 minutes" (built on first use: the lexicon is read only when a document is analysed)."""
    words = _number_words()
    tens = "|".join(w for w, v in words.items() if v >= 20 and v % 10 == 0)
    ones = "|".join(w for w, v in words.items() if 1 <= v <= 9 and w not in {"a", "an"})
    single = "|".join(sorted((w for w in words if w not in {"a", "an"}), key=len, reverse=True))
    num = rf"(?:\d{{1,3}}(?:\.\d)?|(?:{tens})[- ](?:{ones})|{single}|an?)"
    return re.compile(
        r"(?<![\w.-])(?P<n>" + num + r")[- ]" + _UNIT + r"(?:[-\s]long)?"
        r"(?:,?\s*(?:and\s+)?(?P<n2>" + num + r")[- ](?P<unit2>second|minute)s?\b)?",
        re.IGNORECASE,
    )


_MAY_HOLD = re.compile(r"\b(?:second|minute|hour|day|week)s?\b", re.IGNORECASE)
_UNITS = ("second", "minute", "hour", "day", "week")


def _may_hold(text: str) -> bool:
    """Whether a sentence may hold a duration: one of the unit words as a substring first (plain
    string tests, cheaper than the pattern on the many sentences with none), then as a word."""
    low = text.lower()
    return any(map(low.__contains__, _UNITS)) and _MAY_HOLD.search(text) is not None


# the words before a figure that bound it
_MORE = re.compile(r"\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|some\s+)\s*$", re.I)
_LESS = re.compile(r"\b(?:nearly|almost|just\s+under|less\s+than|under|close\s+to|fewer\s+than)\s*$", re.I)
_ABOUT = re.compile(r"\b(?:about|around|approximately|roughly|some|circa|an\s+estimated)\s*$", re.I)
_SKIP_BEFORE = re.compile(
    r"(?:\bwithin|\bevery|\beach|\bnext|\bpast|\blast|\bfirst|\bper|\bup\s+to|\bthe\s+following|"
    r"\bthe\s+previous|\bthe\s+coming|\bthe\s+golden|\bfor\s+the|\bfor\s+another|\bfor\s+a\s+further|"
    r"\banother|\bextra|\badditional|\bfurther|\bremaining|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan|\d\s*(?:-|–|to|or)|\bor|\bto)\s*$",
    re.I,
)
_SKIP_AFTER = re.compile(
    r"^\s*(?:a\s+day|a\s+week|per\b|each\b|(?:-|–|to|or)\s*\d|of\s+(?:the|each)|shift|notice|window|"
    r"delay|old\b|drive|walk|ride|journey|flight\s+from|away|earlier|later|before\s+(?:the|a|his|her))",
    re.I,
)
# "six hours after the siege began": how far into it a step came, not how long it lasted (unless the
# step is its end: "officers stormed the bank 16 hours after the siege began")
_SINCE_BEGAN = re.compile(
    r"\s*(?:after|since)\s+(?:the|a|an|its|his|her|their|it)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:began|begun|started|erupted|broke\s+out)\b",
    re.I,
)
_ENDS = frozenset(
    "end ended ending ends over stormed storm storming swooped raided raid surrendered resolved".split()
)
_PLAN = frozenset(
    "could would will may might expected expect scheduled planned plan due should "
    "aim aims hope estimated forecast".split()
)

# What a duration measures, from the words of its clause: the first class whose word is there.
_MEASURES = (
    ("siege", "siege sieges standoff stand-off hostage hostages ordeal barricaded"),
    ("airborne", "airborne takeoff take-off departing departure air"),
    ("shaking", "shaking shook shake tremor quake earthquake"),
    ("firefight", "douse doused extinguish extinguished blaze flames firefighters firefighting"),
    ("wait", "stormed storm waited wait hesitated engage confront breach breached"),
    ("outage", "outage blackout"),
    ("closure", "closed closure shut"),
    ("strike", "strike walkout"),
    ("search", "search"),
)
_MEASURE_OF = {w: cls for cls, words in _MEASURES for w in words.split()}
_TAKE = frozenset({"take", "takes", "taking", "took", "taken"})
_FIRES = frozenset({"fire", "fires", "blaze", "flames", "inferno"})
# per person: never compared (different people, different times)
_PERSONAL = frozenset(
    "trapped buried stuck pinned stranded missing detained jailed sentenced underground".split()
)
# who waits as one body before it acts ("police waited 70 minutes"): any other wait is a person's
# (a patient's, a family's) or a place's waiting times, which differ from one person to the next
_FORCES = frozenset(
    "police officers officer troopers deputies agents authorities responders troops soldiers "
    "forces commandos swat gunman gunmen".split()
)
_WAITS = frozenset("wait waits waited waiting".split())
_HELD_BACK = frozenset("failed fail fails did didn't".split())
# a rescue operation's part: a day's operation or one of a series ("Sunday's rescue operation")
_PARTS_OF_RESCUE = frozenset(
    "first second third final last another day's night's today's yesterday's".split()
    + [f"{d}'s" for d in WEEKDAYS]
    + [f"{d}’s" for d in WEEKDAYS]
)


@dataclass(frozen=True)
class Duration:
    sentence: int
    start: int
    end: int
    text: str  # the figure with its bound word ("more than 12 hours")
    lo: float  # seconds
    hi: float
    exact: bool
    measures: str  # "siege", "airborne", "ago:reopen"...
    names: frozenset[str]  # capitalised names before it in its clause (what it is the length of)
    step: float = 0.0  # seconds of the unit it is written in ("six weeks": a week)
    group: frozenset[str] = frozenset()  # a trapped group's counts in its clause ("9 hikers")
    other: bool = False  # one of its kind brought in with its own year ("A strike in 2019 lasted")


def durations(doc: "Document", ctx: "Context") -> list[Duration]:
    """Every duration of the document that measures a whole event (``ctx.analysis(durations)``)."""
    out: list[Duration] = []
    abroad = article_language(doc.text) != "en"  # (None: too short to tell, a pair of sentences)
    for s in doc.sentences:
        if _may_hold(s.text):
            out.extend(sentence_durations(s.index, s.text))
        if abroad and may_hold(s.text):
            out.extend(_abroad(s.index, s.text))  # "è durato quattro minuti", "sechs Tage lang"
    return out


def _value(word: str) -> float | None:
    w = word.lower().replace("-", " ")
    if w[0].isdigit():
        return float(w)
    if " " in w:
        tens, ones = w.split()
        words = _number_words()
        return float(words.get(tens, 0) + words.get(ones, 0))
    words = _number_words()
    return float(words[w]) if w in words else None


# an end told as partial: the length up to it is a stage of the event, not its whole ("after
# 8 hours the blaze was largely extinguished", "mostly contained after 3 days")
_PARTLY_ENDED = re.compile(
    r"\b(?:largely|mostly|partly|partially|nearly|almost)\s+(?:been\s+)?"
    r"(?:extinguished|doused|contained|controlled|put\s+out|under\s+control|over)\b",
    re.I,
)
# "the search (for the missing crew) lasted / took 33 hours": the search's whole length, even
# where the clause tells of the missing (whose own times trapped are not compared)
_SEARCH_LASTED = re.compile(
    r"\bsearch\b[^.;:]{0,60}?\b(?:lasted|lasting|took)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+)?$",
    re.I,
)
# A game's length: "a match that lasted three hours", "the semi-final between A and B took 3 hours
# 40 minutes", "After 4 hours and 31 minutes, the final ended": measured by the game's noun (a
# final is not its semi-final)
_GAMES = r"(?P<noun>match|final|semi-final|semifinal|quarter-final|quarterfinal|bout|duel|game)"
_GAME_LASTED = re.compile(
    r"\b(?:the|a|an|their|this|that)\s+(?:[\w-]+\s+){0,3}?" + _GAMES + r"\b[^.;:,]{0,40}?\s+"
    r"(?:which\s+|that\s+)?(?:had\s+)?(?:lasted|lasting|took)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+|some\s+)?$",
    re.I,
)
_AFTER_LEAD = re.compile(
    r"\bafter\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$", re.I
)
_GAME_ENDED = re.compile(
    r"\s*,?\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?" + _GAMES + r"\s+"
    r"(?:ended|finished|was\s+over|came\s+to\s+an\s+end|was\s+decided)\b",
    re.I,
)


# "Adler beat Voss after four hours and ten minutes in the final", "won the semi-final in 3 hours
# 40 minutes": a win told with the game's length (the game named in the clause, before or after)
_WON_AFTER = re.compile(
    r"\b(?:beat|beats|defeated|defeats|overcame|overcomes|outlasted|edged|won|wins)\b[^.;:]{0,60}?\b(?:after|in)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$",
    re.I,
)
_GAME_IN_CLAUSE = re.compile(r"\b(?:in|of)\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?" + _GAMES + r"\b", re.I)


def _won_after(text: str, start: int, end: int) -> re.Match | None:
    """The game's noun of a win told with its length ("beat Voss after 4 hours in the final")."""
    if not _WON_AFTER.search(text, max(0, start - 100), start):
        return None
    return (
        _GAME_IN_CLAUSE.search(text, end, end + 60)
        or _GAME_IN_CLAUSE.search(text, max(0, start - 100), start)
        or _GAME_WON.search(text, max(0, start - 100), start)  # "won the final in 3 hours 40 minutes"
    )


_GAME_WON = re.compile(
    r"\b(?:won|wins)\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?" + _GAMES + r"\s+in\s+", re.I
)


def _game_length(text: str, start: int, end: int) -> str | None:
    """ "lasted:<noun>" when the figure at ``text[start:end]`` is how long a game lasted."""
    m = _GAME_LASTED.search(text, max(0, start - 100), start)
    if m is None and _AFTER_LEAD.search(text, max(0, start - 30), start):
        m = _GAME_ENDED.match(text, end)
    if m is None:
        m = _won_after(text, start, end)
    if m is None:
        return None
    # "the previous record, the 1988 final, which lasted ...": another game of the series
    lead = m.string[m.start() : m.start("noun")]
    if re.search(r"\b\d{4}\b", m.group()) or _SERIES.intersection(w.lower() for w in _WORD.findall(lead)):
        return None
    return "lasted:" + m.group("noun").lower().replace("semifinal", "semi-final")


# what makes "an hour" a length: "for an hour", "after an hour", "lasting for over an hour", "took
# nearly an hour", "more than an hour"
_AN_HOUR_LEAD = re.compile(
    r"\b(?:for|after|in|than|lasting|lasted|took|takes)\s+(?:(?:just|well|only)\s+)?"
    r"(?:(?:over|under|nearly|almost|about|around|roughly|some)\s+)?$",
    re.I,
)


def sentence_durations(index: int, text: str) -> list[Duration]:
    found = []
    for m in _duration().finditer(text):
        value = _value(m.group("n"))
        if value is None or value == 0:
            continue
        if m.group("n").lower() in {"a", "an"} and not _AN_HOUR_LEAD.search(text, 0, m.start()):
            continue  # "a day", "an hour" as a rate or a phrase, unless "for (over) an hour"
        seconds = value * _UNIT_SECONDS[m.group("unit").lower()]
        if m.group("n2"):
            extra = _value(m.group("n2"))
            seconds += (extra or 0) * _UNIT_SECONDS[m.group("unit2").lower()]
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 30]
        elapsed = _elapsed(text, m.start(), m.end())
        # "two days before the attack" dates something, but "lasted 17 hours before police
        # stormed" is a length
        if elapsed is None and (
            _SKIP_BEFORE.search(before) or _SKIP_AFTER.match(after) and not _SPAN_BEFORE.search(before)
        ):
            continue
        clause = _clause(text, m.start(), m.end())
        words = [w.lower() for w in _WORD.findall(clause)]
        near = {w.lower() for w in _WORD.findall(text[max(0, m.start() - 50) : m.end() + 20])}
        group: frozenset[str] = frozenset()
        if near & _PLAN and elapsed is None:
            continue  # a plan close before it ("could take 11 hours")
        if elapsed is None and _SINCE_BEGAN.match(text, m.end()) and _ENDS.isdisjoint(words):
            continue  # "the first hostage fled six hours after the siege began": a step, timed from the start
        ago = re.match(r"\s*ago\b", after, re.I)
        if elapsed is not None:
            measures = elapsed
        elif game := _game_length(text, m.start(), m.end()):
            measures = game  # "the final lasted 4 hours", "after 4 hours and 31 minutes, the final ended"
        elif "search" in words and (
            _SEARCH_LASTED.search(text, max(0, m.start() - 90), m.start())
            or _own_noun(m.group(), after) == "search"
        ):
            measures = "search"  # "the search for the missing boy lasted 33 hours", "a 36-hour search"
        elif _PERSONAL.intersection(words) or _FOUND_AFTER.search(before):
            # one person's time trapped differs from the next one's; a whole counted group's
            # ("all nine hikers and their guide ... trapped for 12 days") is one, and so is the
            # time a whole group was found or rescued after ("the 12 boys were rescued after 17 days")
            group = _group(clause.replace(m.group(), " ", 1), words + ["trapped"])
            measures = "trapped"
            if not group and _found_ends_search(text[max(0, m.start() - 60) : m.start()], words):
                group, measures = _FOUND, "search"  # "found the boy alive after 33 hours"
            elif not group:
                continue
        else:
            measures = (
                _ago_event(text[: m.start()])
                if ago
                else _heist(before, after, words, m.group("unit").lower())
                or _descent(before, after)
                or _measure(words)
                or _attack_span(before, after, words)
                or _lasted(text[max(0, m.start() - 70) : m.start()])
                or _own_noun(m.group(), after)
                or _trip_length(text, m.start(), m.end(), m.group())
            )
        measures = _ONE_MEASURE.get(measures or "", measures)  # "the rescue took" / "a 22-hour rescue"
        if not measures or _PARTLY_ENDED.search(clause):
            continue  # "the fire was largely extinguished after 8 hours": a stage, not its end
        lo, hi, exact, bound = _bounds(before, seconds, m.group("unit").lower())
        found.append(
            Duration(
                sentence=index,
                start=m.start() - len(bound),
                end=m.end() + (ago.end() if ago else 0),
                text=(bound + m.group() + (after[: ago.end()] if ago else "")).strip(),
                lo=lo,
                hi=hi,
                exact=exact,
                # "one hour and 10 minutes" is told to the minute, not rounded to the hour
                step=_UNIT_SECONDS[(m.group("unit2") if m.group("n2") else m.group("unit")).lower()],
                measures=measures,
                names=_clause_names(_lead(clause[: max(0, clause.find(m.group()))], measures))
                if not _headline(text)
                else frozenset(),
                group=group,
                other=_another_dated(clause[: max(0, clause.find(m.group()))]),
            )
        )
    return found


# a clause that brings in another of the measured kind with its own year: "A strike in 2019
# lasted 15 days", "Another siege, in 2011, lasted"
_ANOTHER_DATED = re.compile(r"\W*(?:a|an|another)\s[^.;]*\b(?:1[89]\d\d|20\d\d)\b", re.I)
# further into the clause, an indefinite noun phrase dated as its own event brings in another
# event of the kind: the year right before its head ("a 2010 collapse", "a deadly 2010 cave
# flood") or after "in"/"of" right after it ("a flood in 2014", "another siege, in 2011"). A year
# behind a preposition inside the phrase ("a strike over 2023 pay") dates its subject matter, not
# the phrase's event.
_DATED_ANEW = re.compile(
    r"\b(?:a|an|another)\s+(?:"
    r"(?:(?!(?:over|about|on|for|from|to|with|by|at|in|of|after|before|during|under)\b)[\w'’-]+\s+){0,2}"
    r"(?:1[89]\d\d|20\d\d)\s+[\w'’-]+|"
    r"[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:in|of)\s+(?:1[89]\d\d|20\d\d))\b",
    re.I,
)
# The length is that event's only when the clause sets the event beside the story's ("recalled a
# 2010 collapse", "like a flood in 2014", "another siege") and a relative clause carries the length
# ("which saw 33 miners freed after 69 days trapped"): the story's own event told with "a" as the
# subject or object of the main verb ("ended a 2024 budget dispute after it lasted 15 days") keeps
# its length.
_SET_BESIDE = re.compile(
    r"\b(?:like|unlike|liken\w*|recall\w*|echo\w*|compar\w*|reminisc\w*|similar|mirror\w*|"
    r"evok\w*|remember\w*|memories|since|than|surpass\w*)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:which|that|when|where|who|whose)\b", re.I)


def _another_dated(lead: str) -> bool:
    """The clause up to a duration brings in another dated event of its kind (see above)."""
    if _ANOTHER_DATED.match(lead):
        return True
    for m in _DATED_ANEW.finditer(lead):
        beside = m.group().lower().startswith("another") or _SET_BESIDE.search(lead, 0, m.start())
        if beside and _RELATIVE.search(lead, m.end()):
            return True
    return False


# How long after the story's incident (or after the alarm was raised) one act came: "capped the
# well 52 days after the blast", "detained 34 minutes after the first call", "found them six
# days later", "the first time the gas has stopped in 53 days". The act is read from the words
# before the figure by its family (capping a well and stopping its flow are one act); the anchor
# is the incident, or the alarm ("the first call", "when officers were notified").
_ACTS = {
    "stop": "cap capped capping stop stopped halt halted plug plugged seal sealed contain contained shut",
    "arrest": "arrest arrested apprehend apprehended detain detained capture captured custody",
    "find": "found locate located discovered",
    "rescue": "rescue rescued extract extracted freed",
}
_ACT_OF = {w: a for a, words in _ACTS.items() for w in words.split()}
_ANCHORS = {
    "alarm": "call calls alerted notified alarm alert",
    "incident": "explosion blast crash attack attacks shooting quake earthquake collapse disaster "
    "fire spill leak eruption sinking accident tragedy rampage massacre storm flood flooding",
}
_ANCHOR_OF = {w: a for a, words in _ANCHORS.items() for w in words.split()}
_AFTER_ANCHOR = re.compile(r"^\s+(?:after|from\s+when|since)\s+(?P<rest>[^.;:]{0,60})", re.I)
_LATER = re.compile(r"^\s+later\b", re.I)
_FIRST_TIME = re.compile(r"\bfirst\s+time\b(?P<between>[^.;]{0,50}?)\s+in\s+$", re.I)
# another occurrence, or the plan of an act: not the one act the story tells
_NOT_THE_ACT = frozenset(
    "second third another other more further also again next expected could would will may might".split()
)


# "contact was lost two hours and 5 minutes into the dive", "the radio went silent 30 minutes
# into the flight": how far into a trip its contact was lost (one moment of the story, however worded)
_INTO_TRIP = re.compile(
    r"^\s+into\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dive|descent|flight|voyage|journey|expedition|trip|mission|crossing|climb|ascent)\b",
    re.I,
)
_CONTACT = frozenset("contact communication communications signal signals radio radar".split())
_CONTACT_LOST = frozenset("lost lose loses losing severed dropped ceased vanished".split())


def _elapsed(text: str, start: int, end: int) -> str | None:
    """ "after:<anchor>:<act>" when the figure at ``text[start:end]`` says how long after the
    incident or the alarm one act came, "into:trip:contact" when it says how far into a trip
    contact was lost; None when it does not."""
    rest = text[end : end + 80]
    lead = text[max(0, start - 80) : start]
    if _INTO_TRIP.match(rest):
        near = {w.lower() for w in _WORD.findall(lead)[-12:]}
        return "into:trip:contact" if near & _CONTACT and near & _CONTACT_LOST else None
    first = _FIRST_TIME.search(lead)
    if first:  # "the first time the gas has stopped in 53 days": the act, then the figure
        acts = [_ACT_OF.get(w.lower()) for w in _WORD.findall(first.group("between"))]
        act = next((a for a in acts if a), None)
        return f"after:incident:{act}" if act else None
    m = _AFTER_ANCHOR.match(rest)
    if m:
        words = [w.lower() for w in _WORD.findall(m.group("rest"))][:6]
        anchor = next((_ANCHOR_OF[w] for w in words if w in _ANCHOR_OF), None)
    else:
        anchor = "incident" if _LATER.match(rest) else None
    if anchor is None:
        return None
    before = [w.lower() for w in _WORD.findall(text[:start])][-25:]
    if _NOT_THE_ACT.intersection(before[-8:]):
        return None
    act = next((_ACT_OF[w] for w in reversed(before) if w in _ACT_OF), None)
    return f"after:{anchor}:{act}" if act else None


def _lead(before: str, measures: str) -> str:
    """The words before a figure whose names say what it measures: for a trip's lost contact only
    those of its own part of the clause ("left Port Verne at dawn and lost contact with its crew
    40 minutes into the dive": the port is where it set out from, not what lost contact)."""
    if not measures.startswith("into:"):
        return before
    cut = max(before.rfind(" and "), before.rfind(", "))
    return before[cut + 1 :] if cut >= 0 else before


def _headline(text: str) -> bool:
    """A headline's capitals ("Gulf Oil Leak Stopped Today"): most of its words capitalised, so
    that they name nothing."""
    words = [w for w in _WORD.findall(text) if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


# "were rescued after", "found alive after", "found the boy alive after": how long the group (or
# one person) was lost before it was reached
_FOUND_AFTER = re.compile(
    r"\b(?:rescued|freed|found|reached|located|pulled\s+out)\s+(?:(?:the|a|an|his|her|their|all)\s+"
    r"(?:[\w-]+\s+){0,3}?)?(?:alive\s+|safe\s+)?after\s+$",
    re.I,
)
_TRAPPED = frozenset("trapped stuck stranded buried entombed underground".split())
# a part of a group, not the whole: "the first four hikers", "the last five", "two more"
_PART_OF_GROUP = frozenset("first last final remaining more other others another rest some of".split())


# a lone person found after a time: the search for them ended then ("rescuers found the boy alive
# after 33 hours" / "a 36-hour search"); compared with the search's own length only, never with
# another time found (two people are found at two times)
_FOUND = frozenset({"found"})


def _found_ends_search(before: str, words: list[str]) -> bool:
    return (
        _FOUND_AFTER.search(before) is not None
        # (a missing person found: the search for them ended then)
        and (_PERSONAL.isdisjoint(words) or _PERSONAL.intersection(words) == {"missing"})
        and _PART_OF_GROUP.isdisjoint(words)
        and not {"bodies", "body", "remains", "dead"} & set(words)
        and not {"his", "her", "their"} & set(words)  # "his deckhand was found after 12 hours": another
    )


def _group(rest: str, words: list[str]) -> frozenset[str]:
    """The counts of a clause about people trapped together ("nine hikers and their guide", "the 20
    miners"), the duration's own figure left out (``rest``); none when the clause is not of
    being trapped (detained, jailed, missing: each person's own) or names a part of the group."""
    if _TRAPPED.isdisjoint(words) or not _PART_OF_GROUP.isdisjoint(words):
        return frozenset()
    toks = [w.lower() for w in _WORD.findall(rest)]
    found = set()
    for w, noun in zip(toks, toks[1:]):
        v = _value(w) if w.isdigit() or w in _number_words() else None
        if v is not None and 2 <= v < 1000:
            found.add(f"{int(v)} {noun}")  # the count with what it counts: "9 hikers", not "2 climbers"
            if v >= 10:  # "the 33 miners" and "the 33 men": one group by its count (two and two may be two)
                found.add(str(int(v)))
            found.add(noun)
        elif w == "the" and noun.endswith("s") and noun not in STOPWORDS and len(noun) > 3:
            found.add(noun)  # "the miners": the whole group, named by its plural
    return frozenset(found)


def _clause_names(before: str) -> frozenset[str]:
    """Capitalised names (not the first word, months or weekdays) of a clause up to its figure,
    but not those of its source ("According to tracking data from SkyLedger, the glider came down
    33 seconds after takeoff"): who told it is not what it is the length of."""
    sources = attribution_spans(before)
    return frozenset(
        w.lower()
        for k, m in enumerate(_WORD.finditer(before))
        if k > 0
        and (w := m.group())[0].isupper()
        and not _SENTENCE_OPENS.search(before, 0, m.start())
        and len(w) > 1
        and w.lower() not in MONTHS
        and w.lower() not in WEEKDAYS
        and not (w.isupper() and w.lower() in ZONE_WORDS)  # "at 11:00 (0630 GMT)": a clock's zone
        and not any(a <= m.start() < b for a, b in sources)
    )


# a full stop (and a quote mark) right before a word: the word opens a quoted sentence, its
# capital names nothing ("... were on their way. Within 19 minutes")
_SENTENCE_OPENS = re.compile(r"[.!?][\"'’”]?\s+$")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a figure: cut at ";", dashes and the sentence's other clauses' commas
    are kept (a duration's subject is often a comma away)."""
    lo = max(text.rfind(";", 0, start), text.rfind("–", 0, start), text.rfind("—", 0, start)) + 1
    his = [k for k in (text.find(";", end), text.find("–", end), text.find("—", end)) if k >= 0]
    return text[lo : min(his) if his else len(text)]


def _measure(words: list[str]) -> str | None:
    for k, w in enumerate(words):
        cls = _MEASURE_OF.get(w) or _MEASURE_OF.get(lemma(w))
        if cls is None and w in _TAKE and k + 1 < len(words) and words[k + 1] == "off":
            cls = "airborne"  # "crashed less than a minute after taking off": after take-off
        if (
            cls is None
            and w == "put"
            and words[k + 1 : k + 2] == ["out"]
            and _FIRES & set(words[k + 2 : k + 5])
        ):
            cls = "firefight"  # "needed nine hours to put out the blaze": to extinguish it
        if (
            cls is None
            and w in {"walked", "walk", "walks", "walking"}
            and words[k + 1 : k + 3] in (["out"], ["out", "for"])
        ):
            cls = "strike"  # "bus drivers walked out for three days": a strike
        if cls is None and w == "rescue" and words[k + 1 : k + 2] in (["operation"], ["effort"], ["mission"]):
            # "the rescue operation lasted 18 hours": the whole operation's length; one day's
            # operation of several, or a first or last one, is a part of it
            return None if _PARTS_OF_RESCUE.intersection(words) else "rescue"
        if cls == "airborne" and w == "air" and "in" not in words:
            continue
        if cls is None and w in _HELD_BACK and words[k + 1 : k + 3] in (["to", "act"], ["not", "act"]):
            cls = "wait"  # "officers failed to act for 58 minutes": they held back, a wait
        if cls == "wait" and _FORCES.isdisjoint(words) and (w in _WAITS or w in _HELD_BACK):
            return None  # "she waited eight hours" / "wait times at the clinic were ten hours"
        if cls:
            return cls
    return None


# A theft's length: "it took the robbers only five minutes", "a seven-minute heist", "in seven
# minutes the gang stole nine pieces", "stayed inside for a total of 6 minutes", "the robbery lasted
# 20 minutes". Read in a clause of a theft only, in seconds to hours, and never where the clause
# tells of an arrest or a jail term (how soon they were caught, how long they were held).
_THEFT = frozenset(
    "heist heists robbery robberies theft thefts burglary break-in thieves robbers burglars "
    "raiders stole stolen".split()
)
_THEFT_NOUNS = r"(?:heist|robbery|theft|burglary|break-in|raid|jewel\s+raid)"
_HEIST_BEFORE = re.compile(
    r"(?:\b(?:took|take|takes|taking|lasted|lasting)(?:\s+(?:the|them|him|a|an)(?:\s+[a-z]+)?)?"
    r"|\bin|\binside\s+for(?:\s+a\s+total\s+of)?|\bfor\s+a\s+total\s+of)"
    r"\s+(?:(?:just|only|barely|a\s+mere|less\s+than|under|about|around|nearly|almost)\s+)*$",
    re.I,
)
_HEIST_AFTER = re.compile(r"^\s*(?:-long\s+)?" + _THEFT_NOUNS + r"\b", re.I)
_NOT_THE_THEFT = frozenset(
    "arrest arrested arrests caught detained jailed sentenced charged custody prison jail "
    "planned planning plotted rehearsed police officers".split()
)


def _heist(before: str, after: str, words: list[str], unit: str) -> str | None:
    """ "heist" when the figure is how long a theft took (see above); the class
    ``durations_abroad`` gives a theft told in another language, so both compare."""
    if unit not in ("second", "minute", "hour") or _THEFT.isdisjoint(words):
        return None
    if not _NOT_THE_THEFT.isdisjoint(words):
        return None
    if _HEIST_AFTER.match(after) or _HEIST_BEFORE.search(before):
        return "heist"
    return None


# "82 minutes passed between the moment the gunman opened fire and ...", "the 85 minutes that
# elapsed between the start of the rampage and its end", "the incident lasted 85 minutes": the
# length of the attack itself, from its first shot to its end, whatever words tell it
_SPAN_AFTER = re.compile(r"^\s*(?:that\s+|which\s+)?(?:had\s+)?(?:passed|elapsed|went\s+by)\b", re.I)
_SPAN_BEFORE = re.compile(
    r"\b(?:lasted|lasting)\s+(?:an?\s+entire\s+|a\s+full\s+|only\s+|just\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$",
    re.I,
)
_ATTACKS = frozenset(
    "gunman gunmen shooter shooting rampage massacre attack attacker attackers incident".split()
)
# "from the first shot until officers blew open the door": a span from the shooting to the
# officers' breaking in is the attack's too (to the first call it is not)
_SHOTS = frozenset({"shot", "shots"})
_BREAK_IN = frozenset("stormed breached entered blew burst broke killed".split())
# "it took 64 minutes from the first shot until officers broke in": a span told by its two ends
_TOOK_BEFORE = re.compile(
    r"\b(?:took|takes|take)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|only\s+|just\s+)?$", re.I
)
_FROM_AFTER = re.compile(r"^\s*from\b", re.I)


def _attack_span(before: str, after: str, words: list[str]) -> str | None:
    """ "N minutes passed / elapsed", "lasted N minutes" or "took N minutes from <its start> until
    <its end>" in a clause about an attack: how long the attack went on (one span, however each
    report words its ends)."""
    span = (
        _SPAN_AFTER.match(after)
        or _SPAN_BEFORE.search(before)
        or (_TOOK_BEFORE.search(before) and _FROM_AFTER.match(after))
    )
    if span and (
        not _ATTACKS.isdisjoint(words)
        or not _SHOTS.isdisjoint(words)
        and not _FORCES.isdisjoint(words)
        and not _BREAK_IN.isdisjoint(words)
    ):
        return "attack"
    return None


# "descended for 14 minutes", "kept losing altitude for six minutes", "a six-minute descent": how
# long an aircraft came down, its words right beside the figure (a figure further off in the
# clause dates the descent: "began descending two minutes after it levelled off")
_DESCENT_BEFORE = re.compile(
    r"\b(?:descended|descending|losing\s+altitude|lost\s+altitude|plunged|plunging)\s+(?:for\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$"
    r"|\bdescent\s+(?:that\s+)?(?:lasted|took)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)
_DESCENT_AFTER = re.compile(r"^[\s-]*(?:long\s+)?descent\b", re.I)


# "the meeting lasted 40 minutes", "the hearing, which lasted about two hours": any one thing's
# length told with "lasted" (an actual length, not a nominal one: "a 48-hour truce" may end sooner),
# measured by its noun; a series' part ("the first round lasted") and a noun after a preposition
# ("the operation at the mine lasted": the mine did not last) are left out
_LASTED = re.compile(
    r"(?P<lead>\b[a-z]+\s+)?\b(?:the|its|their|his|her|this|that)\s+(?P<pre>(?:[a-z-]+\s+){0,2}?)(?P<noun>(?-i:[a-z]{3,}))\s*,?\s+"
    r"(?:which\s+|that\s+)?(?:had\s+)?(?:lasted|took)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+|only\s+|some\s+)?$",
    re.I,
)
_PREPOSITIONS = frozenset("in of at on for from with by into over under near about after before".split())
_SERIES = frozenset(
    "first second third fourth last final another each every other previous next latest".split()
)


def _lasted(before: str) -> str | None:
    m = _LASTED.search(before)
    if m is None or _SERIES.intersection(m.group("pre").lower().split()):
        return None
    if (m.group("lead") or "").strip().lower() in _PREPOSITIONS:
        return None  # "the hearing in the Dalby case lasted": the noun after "in" is not what lasted
    return "lasted:" + m.group("noun")


# the thing a length is written onto: "a four-day (sentencing) hearing", "three days of hearings"
_OWN_NOUN = re.compile(r"^\s+(?:of\s+)?(?:(?P<mod>[a-z]+)\s+)?(?P<noun>[a-z]{4,})\b(?!\s*-)")
# things a story has one of, whose whole length it gives: proceedings and stoppages (not visits,
# talks, truces or curfews: a story often has several, or one proposed and one agreed)
_LENGTHS_OF = frozenset(
    "hearing trial inquest inquiry strike walkout shutdown blackout outage siege standoff manhunt search".split()
)


def _own_noun(figure: str, after: str) -> str | None:
    """A length written onto its thing: "a four-day hearing", "the 12-day sentencing hearing",
    "three days of hearings" (one of ``_LENGTHS_OF``; written as a compound or with "of")."""
    m = _OWN_NOUN.match(after)
    if m is None:
        return None
    if "-" not in figure and not after.lstrip().startswith("of "):
        return None
    word, mod = m.group("noun"), m.group("mod")
    if mod and word in STOPWORDS:
        word, mod = mod, None  # "four days of hearings before the judge"
    if mod and (mod in _LENGTHS_OF or lemma(mod) in _LENGTHS_OF):
        return None  # "a two-day strike ballot": the length is the ballot's
    for noun in (word, lemma(word)):
        if noun == "search":
            return "search"  # "a 36-hour search": the one search's length, as "the search lasted"
        if noun in _LENGTHS_OF:
            return "lasted:" + noun
    return None


# One trip's or one act's whole length, by the noun written onto the figure ("a 47-hour swim", "a
# three-minute, 40-second free fall", "a 16-hour flight"), after "in free fall for", or after an act
# done "in" it ("completed the swim in 41 hours", "swam for 44 hours"). Not a leg or a stage of it
# ("the first leg", "the return flight", "each day's swim"), a record or an attempt (another trip).
_TRIP_AFTER = re.compile(
    r"\s+(?:free[\s-]?)?(?P<noun>swim|flight|journey|voyage|crossing|trek|march|hike|ride|fall|freefall|rescue|"
    r"match|final|semi-final|semifinal|quarter-final|quarterfinal|bout|duel)\b",
    re.I,
)
_TRIP_BEFORE = re.compile(
    r"\b(?:in\s+free[\s-]?fall\s+for|(?:completed|finished|made)\s+(?:the|her|his|their|its)\s+"
    r"(?P<noun>swim|flight|journey|voyage|crossing|trek|march|hike)\s+in|(?P<verb>swam|flew|sailed|trekked|marched)\s+for)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+|some\s+)?$",
    re.I,
)
_TRIP_OF_VERB = {"swam": "swim", "flew": "flight", "sailed": "voyage", "trekked": "trek", "marched": "march"}
_NOT_THE_TRIP = frozenset(
    "leg legs stage stages return outbound record records previous attempt attempts attempted "
    "first second third last another each every daily training".split()
)


def _trip_length(text: str, start: int, end: int, figure: str) -> str | None:
    """ "lasted:<noun>" for a trip's or a fall's whole length (``_TRIP_AFTER``, ``_TRIP_BEFORE``)."""
    lead = text[max(0, start - 60) : start]
    after = _TRIP_AFTER.match(text, end) if "-" in figure else None
    before = None if after else _TRIP_BEFORE.search(lead)
    if after is None and before is None:
        return None
    clause = _clause(text, start, end)
    if _NOT_THE_TRIP.intersection(w.lower() for w in _WORD.findall(clause)):
        return None
    if after is not None:
        noun = after.group("noun").lower()
    elif before.group("verb"):
        noun = _TRIP_OF_VERB[before.group("verb").lower()]
    else:
        noun = (before.group("noun") or "fall").lower()
    return "lasted:" + {"freefall": "fall", "semifinal": "semi-final", "quarterfinal": "quarter-final"}.get(
        noun, noun
    )


# the names of one measure read two ways
_ONE_MEASURE = {"lasted:rescue": "rescue", "lasted:freefall": "lasted:fall", "lasted:standoff": "siege",
                "lasted:stand-off": "siege", "lasted:siege": "siege", "lasted:search": "search"}  # fmt: skip


_OFFSET_AFTER = re.compile(r"^\s*(?:after|before|into|later|earlier)\b", re.I)


def _descent(before: str, after: str) -> str | None:
    m = _DESCENT_BEFORE.search(before)
    # "descended for six minutes before it struck": a length; "began descending two minutes after
    # it levelled off" (no "for"): when it began
    if m and (" for " in m.group() + " " or not _OFFSET_AFTER.match(after)) or _DESCENT_AFTER.match(after):
        return "descent"
    return None


def _ago_event(before: str) -> str | None:
    """ "reopened five days ago": the verb just before the figure names what is dated."""
    ws = _WORD.findall(before)[-4:]
    for w in reversed(ws):
        low = w.lower()
        if low.endswith("ed") and len(low) > 4 or low in {"began", "opened", "left", "came", "went"}:
            return "ago:" + lemma(low)
    return None


def _bounds(before: str, seconds: float, unit: str) -> tuple[float, float, bool, str]:
    """(low, high, exact, the bound words) for a figure of ``seconds``."""
    step = _UNIT_SECONDS[unit]
    for pattern, lo, hi in (
        (_MORE, seconds, seconds * 1.5),
        (_LESS, seconds * 0.8, seconds),
        (_ABOUT, seconds - max(step / 2, seconds * 0.05), seconds + max(step / 2, seconds * 0.05)),
    ):
        m = pattern.search(before)
        if m and pattern is _LESS and seconds <= step and m.group().lower().startswith(("less", "under")):
            return 0.0, hi, False, before[m.start() :]  # "less than a minute": any time under it
        if m:
            return lo, hi, False, before[m.start() :]
    return seconds, seconds, True, ""


def _abroad(index: int, text: str) -> list[Duration]:
    """The lengths ``durations_abroad`` reads in a sentence of another language, bounded as the
    English ones are."""
    out = []
    for sp in spans_abroad(text):
        lo, hi, exact, _ = _bounds(sp.bound, sp.value * _UNIT_SECONDS[sp.unit], sp.unit)
        out.append(
            Duration(
                index, sp.start, sp.end, sp.text, lo, hi, exact, sp.measures, sp.names, _UNIT_SECONDS[sp.unit]
            )
        )
    return out


def same_measure(a: Duration, b: Duration) -> bool:
    """Two durations of one thing: the same measure, and no names on both sides that share none."""
    if a.measures != b.measures:
        return False
    if a.measures == "trapped" and not a.group & b.group:
        return False  # one group counted the same in both, or two groups (or people) apart
    if a.group == b.group == _FOUND:
        return False  # two times found: maybe two people, each found at their own time
    if a.other or b.other:
        return False  # "The strike lasted 12 days" / "A strike in 2019 lasted 15 days"
    return not (a.names and b.names and not a.names & b.names)


def conflict(a: Duration, b: Duration) -> bool:
    """Two durations that cannot both be right: exact ones that differ, bounded ones whose ranges
    do not meet ("more than 12 hours" / "nearly 11 hours")."""
    if a.exact and b.exact:
        # a figure in a coarser unit is rounded to it: "six weeks into the strike" holds "after 40
        # days on strike"; "ten days" and "two weeks" still differ
        return abs(a.lo - b.lo) > (max(a.step, b.step) / 2 if a.step != b.step else 0)
    if a.exact or b.exact:
        x, y = (a, b) if a.exact else (b, a)
        return not y.lo <= x.lo <= y.hi or (x.lo == y.hi and y.text.lower().startswith(("nearly", "almost")))
    return a.hi < b.lo or b.hi < a.lo

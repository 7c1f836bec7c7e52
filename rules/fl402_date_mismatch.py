"""FL402 date-mismatch."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from collections import defaultdict
from typing import Iterable

from factlint.analysis.age_people import KIN
from factlint.analysis.languages import any_function_words
from factlint.analysis.dates import INCIDENT_NOUNS, DateMention, conflicting, fmt_date, infer_year
from factlint.analysis.dates_abroad import documents, told_in
from factlint.analysis.event_places import two_places
from factlint.analysis.numbers import NumberFacts, figure_span, numbers
from factlint.analysis.numtext import lemma, lexicon
from factlint.analysis.text import word_tokens
from factlint.analysis import durations as spans
from factlint.analysis.times import (
    INCIDENTS,
    ClockTime,
    clock_times,
    conflict,
    event_at,
    event_named_after,
    incident_of_day,
    same_event,
)
from factlint.linter.document import Document
from factlint.rules.fl402_apart import event_word_abroad, events_of_two_things, several_incidents
from factlint.rules.fl402_referred import refers_back, with_references
from factlint.rules.fl402_events import event_date_findings, event_value_findings
from factlint.rules.fl402_once import once_findings
from factlint.rules.fl402_restated_times import restated_time_findings
from factlint.rules.fl402_terms import term_findings
from factlint.rules.fl402_toll_years import toll_year_findings
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import CappedOptions, Context, Rule

# words of looking ahead right before a future date told in past narration: "both teams had an
# eye on next week", "they were preparing for tomorrow": the date is the target of the look,
# seen from the moment told, and nothing is said to have happened on it
_LOOKING_AHEAD = frozenset(
    "eye eyes sights focus focused focusing thinking thoughts prepare prepared preparing "
    "preparations plans planning ready ahead eyeing eyed".split()
)


def _looked_ahead(before: str) -> bool:
    """The date is the object of a look ahead ("had an eye on", "were preparing for")."""
    words = [t.low for t in word_tokens(before)[-4:]]
    return (
        bool(words)
        and words[-1] in {"on", "for", "about", "towards", "toward"}
        and bool(set(words[:-1]) & _LOOKING_AHEAD)
    )


_EVENT_NOUN = {
    "found": "founding",
    "open": "opening",
    "disband": "disbanding",
    "close": "closing",
    "marry": "wedding",
    "retire": "retirement",
    "elect": "election",
    "sign": "signing",
    "injury": "injuries",
    "arrest": "arrests",
    "evacuation": "evacuation",
    "rescue": "rescue",
    "build": "building",
    "construct": "construction",
    "complet": "completion",
    "finish": "completion",
    "erect": "building",
    "inaugurate": "inauguration",
    "consecrate": "consecration",
    "commission": "commissioning",
    "decommission": "decommissioning",
    "demolish": "demolition",
    "sentenc": "sentencing",
    "inaugurat": "inauguration",
    "hold": "event",
    # incidents read by a verb's stem ("exploded", "collapsed", "sank")
    "explod": "explosion",
    "explode": "explosion",
    "collaps": "collapse",
    "sank": "sinking",
    "sink": "sinking",
    "sunk": "sinking",
    "derail": "derailment",
    "broke": "incident",
}
# clock-time event classes (analysis/times.py) as a finding names them
_TIME_EVENT_NOUN = {
    "crash": "crash",
    "takeoff": "take-off",
    "landing": "landing",
    "quake": "earthquake",
    "shooting": "shooting",
    "fire": "fire",
    "explosion": "explosion",
    "collapse": "collapse",
    "derailment": "derailment",
    "collision": "collision",
    "attack": "attack",
    "incident": "incident",
    "rescue": "rescue",
    "death": "death",
    "pronounced": "declaration of death",
    "arrival": "arrival",
    "entry": "entry",
    "call": "call",
    "warning": "warning",
    "mayday": "mayday call",
    "eruption": "eruption",
    "landfall": "landfall",
    "sinking": "sinking",
    "landslide": "landslide",
    "stampede": "stampede",
    "hostage": "hostage-taking",
    "contact": "loss of contact",
}
# an act timed from the incident or the alarm (analysis/durations.py), as a finding names it
_ACT_NOUN = {"stop": "stop", "arrest": "arrest", "find": "find", "rescue": "rescue"}
_ANCHOR_NOUN = {"incident": "incident", "alarm": "alarm was raised"}
# a later step of an event than its start (analysis/times.py), as a finding names it
_TIME_PHASE = {
    "control": "when the {} was brought under control",
    "report": "when the {} was reported",
    "end": "when the {} ended",
}
# what a duration measures (analysis/durations.py), as a finding names it
_DURATION_NOUN = {
    "siege": "siege",
    "airborne": "flight",
    "shaking": "shaking",
    "firefight": "fight against the fire",
    "wait": "wait",
    "outage": "outage",
    "closure": "closure",
    "strike": "strike",
    "attack": "attack",
    "trapped": "entrapment",
    "descent": "descent",
    "search": "search",
    "heist": "theft",
}
# "Four days after the explosion, ... on Tuesday": the day is counted from the incident, so it
# dates something after it (a vigil, a funeral), not the incident
_DAYS_AFTER = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
    r"(?:days?|nights?|weeks?)\s+(?:after|later|since|on\s+from)\b",
    re.IGNORECASE,
)
# "struck on Tuesday, a day after a 5.9 quake hit the west", "on Saturday, a day after rebels
# attempted a raid": a sentence that tells two incidents some days apart, so another day for that
# kind may be the other incident's
_DAYS_APART = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|several|few)\s+(?:days?|nights?|weeks?|hours?)\s+"
    r"(?:after|before)\s+(?:(?:(?:a|an|another)\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:quake|earthquake|tremor|crash|explosion|blast|shooting|attack|collapse|landslide|derailment|"
    r"collision|sinking|eruption)s?\b"
    # "a day after rebels attempted a raid on the capital": a clause of its own, another incident
    r"|(?!(?:the|his|her|its|their|this|that)\b)(?:[A-Z][\w-]*|[a-z]+s|he|she|they)\s+"
    r"(?:had\s+|have\s+|was\s+|were\s+)?[a-z]+ed\b)",
    re.IGNORECASE,
)
# sudden incidents, as analysis/times.py classes them, that happen on one day
_SUDDEN = frozenset(
    "crash quake collapse derailment explosion shooting landslide stampede sinking collision incident".split()
)
# incidents that happen on one day, compared by weekday (a storm makes landfall once: a second
# landfall is marked, "another", "second")
_ONE_DAY = INCIDENTS | {"incident", "sinking", "collision", "eruption", "death", "landfall", "arrest"}
# events of a person: compared only for one named person (a death also for one toll)
_PERSONAL = frozenset({"death", "arrest"})
_DEFINITE = ("the ", "his ", "her ", "their ", "its ", "this ", "that ")


@lru_cache(maxsize=256)
def _refers_back(event: str) -> re.Pattern:
    """ "the visit", "their meeting": a definite mention of ``event`` (compiled once per event:
    a live blog compares thousands of pairs)."""
    return re.compile(rf"\b(?:{'|'.join(_DEFINITE)}){re.escape(event)}")


# One-off incidents, named by different words in one story ("broke apart on 28 January" … "the
# disaster on 26 January"): dated twice only when the later one refers back to the only earlier one.
_INCIDENT = frozenset(
    "explod explode collaps disaster accident tragedy sank sink sunk derail incident broke flood "
    "storm eruption".split()
) | frozenset(INCIDENT_NOUNS.values())  # the analysis's incident nouns, and verbs' stems


# a document is signed once: "The treaty was signed on 3 May" / "The treaty, signed on 5 May"
_DOCUMENTS = frozenset(
    "treaty agreement accord pact deal contract ceasefire truce armistice memorandum charter "
    "convention declaration decree bill law".split()
)


# a structure is built, completed or inaugurated once ("The dam, completed in 1974" / "The dam
# was completed in 1976"); a second phase or wing is marked ("first", "second": repeated dates)
_BUILT_ONCE = frozenset(
    "build construct complet finish erect inaugurate consecrate commission decommission demolish".split()
)
# one act of building under its verbs: "The bridge was completed in 1932" / "Built in 1934, the
# bridge" (not "construct": "construction began in 1930" dates the start)
_ONE_ACT = {"complet": "build", "finish": "build", "erect": "build"}
# once-only events dated by weekday too ("the bridge opened on Monday", "was sentenced on Monday"):
# a full date of the same one must fall on that weekday
_ONCE_A_DAY = frozenset(lexicon()["once_only_events"]) - {"birth"} | _BUILT_ONCE | {"sentenc", "inaugurat"}


def _one_document(a: DateMention, b: DateMention) -> bool:
    """Two dates of the signing of one document both name it."""
    return a.event == "sign" and bool(a.context & b.context & (_DOCUMENTS | documents()))


def _other_topics(a: DateMention, b: DateMention) -> bool:
    """Two dates of another language's copy whose clauses are about two things: their first
    content words differ, and neither is a name the other's clause tells ("Il museo ... aperto il
    21 marzo" / "Un'ala nuova del museo ... aperta il 30 aprile": a wing, not the museum)."""
    if not (a.topic and b.topic) or told_in(a.topic, frozenset({b.topic})):
        return False
    return not any(x.topic in x.names and told_in(x.topic, y.context) for x, y in ((a, b), (b, a)))


_NAME_LINE_WORDS = 12  # a heading that names a person, not a sentence of its own


def _named_above(doc: Document, d: DateMention) -> frozenset[str] | None:
    """The names of a short line just above a date whose sentence names no one and opens on a
    small letter ("Mayor Ann Roe" / "died June 19 at age 63"): a digest's heading or a line break
    gives who the event is of. None when the sentence has a subject of its own."""
    if d.subject or d.sentence_names or d.sentence == 0:
        return None
    text = doc.sentences[d.sentence].text.lstrip()
    if not text[:1].islower():
        return None
    toks = word_tokens(doc.sentences[d.sentence - 1].text)
    if len(toks) > _NAME_LINE_WORDS:
        return None
    return frozenset(t.low for t in toks if t.cap and len(t.text) > 1)


def _other_people(doc: Document, a: DateMention, b: DateMention) -> bool:
    """One date's subject is named, the other's only on the line above it, and that line does not
    name the first one's subject: two people's deaths in a digest of obituaries."""
    for x, y in ((a, b), (b, a)):
        above = _named_above(doc, y)
        if x.subject and above and x.subject not in above:
            return True
    return False


def _pronoun_subject(doc: Document, a: DateMention, b: DateMention) -> bool:
    """ "The company was founded in 1940 …" / "Since it was founded in 1941, …": the later date's
    once-only event has a pronoun for its subject and nothing names another subject (the caller
    checks that the event was dated only once before)."""
    if b.subject or b.names or a.copular_year or b.copular_year:
        return False
    text = doc.sentences[b.sentence].text[: b.start].lower()
    if not (a.subject or a.names) and re.search(r"\bit\b(?:\s+\w+){0,4}\s*$", text):  # not "its parent"
        return True
    # "The singer died on 20 May …" / "He died on 15 May": a person's one-time event told again by
    # the pronoun opening the next sentence (a sentence between may bring in whom "he" is)
    if b.sentence - a.sentence == 1 and re.match(r"(?:he|she)\s+(?:\w+\s+){0,2}$", text):
        return True
    # "Depuis sa création en 1903", "Her death on 5 June", "Since their wedding in 1992": the
    # event's own noun after the subject's possessive, in the sentence right after one naming it
    own = _OWN_EVENT.search(text)
    return (
        own is not None
        and _event_class(own[1]) == b.event
        and (not (a.subject or a.names) or b.sentence - a.sentence == 1)
    )


def _event_class(word: str) -> str | None:
    """The event class of an event noun ("death", "wedding", "création"), or its own stem."""
    lex = lexicon()
    return (
        lex["event_of"].get(word)
        or lex["date_event_of"].get(word)
        or lex["event_of"].get(lemma(word))
        or lemma(word)
    )


_OWN_EVENT = re.compile(
    r"\b(?:its|his|her|their|sa|son|seiner|ihrer|su|sua|suo|zijn|haar|jego|jej)\s+(\w+)\s+(?:\w+\s+)?$"
)


# "who died on 2 January", "was born in 1950": the event itself, stated as past, right before
# its date
_PAST_EVENT = re.compile(
    r"\b(?:died|was born|were born|was founded|founded|opened|was killed|married)\s+(?:on|in)\s*$"
)


def _modal(doc: Document, d: DateMention) -> bool:
    """A date's modality, except that a past once-only event right before the date is a fact
    whatever else the sentence plans ("The minister, who died on 2 January, will be buried ...")."""
    if not d.modal:
        return False
    before = doc.sentences[d.sentence].text[max(0, d.start - 30) : d.start]
    return not _PAST_EVENT.search(before)


# "... died in a weekend fire, said Monday": the day of the saying, not of the incident
_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|added|reported|confirmed|stated|wrote|tweeted|mourned|vowed)\b"
    r"(?:\s+\w+){0,2}\s*(?:on\s+)?$"
)


# the aftermath dated, not the incident: "crews were still at the scene on Wednesday", "remained
# in hospital on Friday", "at the crash site on Tuesday"
_AFTERMATH = re.compile(
    r"\b(?:still|remained|remain|remains)\b[^.;:]*$"
    r"|\b(?:disaster|crash|accident|blast|collapse)\s+(?:site|scene|zone)\s+(?:on\s+)?$",
    re.I,
)


# "Narayanganj, Mar 4:", "DHAKA, June 5 (Reuters) -": a place and a day opening a report
_DATELINE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40},(?:\s+[A-Z][a-z]+,)?\s+(?P<date>[^:(–—-]{3,22}?)\s*(?:\(|:|-|–|—)"
)


def _is_dateline(doc: Document, d: DateMention) -> bool:
    """Whether ``d`` is the date of a dateline opening its sentence."""
    if d.month is None or d.day is None or d.relative:
        return False
    m = _DATELINE.match(doc.sentences[d.sentence].text)
    return bool(m) and m.start("date") == d.start and m.end("date") == d.end


def _days_after(dateline: DateMention, d: DateMention) -> int | None:
    """Days from a dateline to a later date, both in one year unless each gives its own."""
    year = d.year or dateline.year or 2000
    try:
        later = date(year, d.month, d.day)
        first = date(dateline.year if dateline.year and d.year else year, dateline.month, dateline.day)
    except ValueError:
        return None
    return (later - first).days


_BEFORE_VERB = frozenset(
    "was were is are has have had been be being first officially finally formally also "
    "eventually only".split()
)


def _event_head(doc: Document, d: DateMention) -> frozenset[str]:
    """What a date's event verb is said of: the word right before it, auxiliaries and adverbs
    skipped ("the bridge opened", "Aro was sentenced"), and a name right after it ("the court
    sentenced Pell Aro"). Empty when the verb is not found before the date."""
    if not d.event:
        return frozenset()
    toks = word_tokens(doc.sentences[d.sentence].text[: d.start])
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low.startswith(d.event)), None)
    if at is None:
        return frozenset()
    k = at - 1
    while k >= 0 and toks[k].low in _BEFORE_VERB:
        k -= 1
    heads = {toks[k].low} if k >= 0 else set()
    heads.update(t.low for t in toks[at + 1 : at + 3] if t.text[:1].isupper())
    return frozenset(heads)


def _past_weekday(d: DateMention) -> bool:
    """ "last Tuesday": a relative date that names its weekday, a past one."""
    return d.weekday is not None and (d.relative or "").startswith("last ")


def _weekday_of(d: DateMention, facts: NumberFacts) -> int | None:
    """The weekday a date states, or the one its full date falls on (the year taken from the
    article's date when it gives none; None for an undated article)."""
    if d.weekday is not None:
        return d.weekday
    if d.month is None or d.day is None or (d.year is None and not facts.dated):
        return None
    try:
        return date(d.year or infer_year(d.month, d.day, facts.ref_date), d.month, d.day).weekday()
    except ValueError:
        return None


def _one_toll(doc: Document, facts: NumberFacts, i: int, j: int) -> bool:
    """ "12 villagers were killed on Monday" / "more than 12 ... killed on Tuesday": two sentences that
    give the same dead a day give one toll (a count of more than one, in both); deaths told
    without it, or marked as others ("two more died on Thursday", "in a separate attack"), may
    be other deaths."""
    for k in (i, j):
        lows = [t.low for t in word_tokens(doc.sentences[k].text)]
        # ("more than 40" bounds the toll; "two more" adds to it)
        if any(w in _OTHER_DEAD and lows[n + 1 : n + 2] != ["than"] for n, w in enumerate(lows)):
            return False
    counts = [{q.value for q in facts.in_sentence(k) if q.kind == "count" and q.value > 1} for k in (i, j)]
    return bool(counts[0] & counts[1])


def _one_of_two(doc: Document, a: DateMention, b: DateMention) -> bool:
    """The two dates' clauses tell their things apart by two words of that ("The old bridge was
    built in 1890" / "The new bridge was completed in 1932"), in lower case ("New South Wales" is
    a name); one such word alone ("The new plant opened" / "the factory's opening") is the same one."""
    own = [
        {w for w in x.context & _ONE_OF_TWO if re.search(rf"\b{w}\b", doc.sentences[x.sentence].text)}
        for x in (a, b)
    ]
    return all(own) and own[0] != own[1]


# the small words of other languages' copy that a date's clause keeps as context ("Le club a été
# fondé en 1901" / "La ligue, fondée en 1903"): they say nothing of what is dated
_GLUE = any_function_words() | frozenset(
    "en la sa son ses su de di da em na lo al el un wurde worden sido stato stata werd został została".split()
)
# words that tell one of two things of a kind apart ("the old bridge" / "the new bridge")
_ONE_OF_TWO = frozenset("old new original replacement former current present".split())
_OTHER_DEAD = frozenset("more another other others separate further additional also again".split())
# a relative or companion of the one named: "His brother, Paul Greve, died", "Greve's wife died"
_KIN = KIN | frozenset("sons daughters brothers sisters parents child children partner friend".split())


def _one_person(doc: Document, a: DateMention, b: DateMention) -> bool:
    """ "Maria Ortez died on Sunday" / "Ortez, who died ... on Saturday": one named person's death
    dated twice: the same name before both death verbs, no two different full names, and neither
    sentence telling of a relative or of other dead ("Greve's wife", "his brother", "also died")."""
    if not a.subject or a.subject != b.subject:
        return False
    if len(a.subject_name) > 1 and len(b.subject_name) > 1 and a.subject_name != b.subject_name:
        return False  # "Tomas Greve" and "Paul Greve": two people of one family
    for d in (a, b):
        text = doc.sentences[d.sentence].text
        lows = {t.low for t in word_tokens(text)}
        if (
            lows & (_KIN | _OTHER_DEAD)
            or f"{a.subject}'s" in text.lower()
            or f"{a.subject}’s" in text.lower()
        ):
            return False
    return True


def _day_name(i: int) -> str:
    return calendar.day_name[i]


def _for_article(facts: NumberFacts) -> str:
    """The day a relative date counts from, as the message says it: the article's date, or today
    for an article with no date (which may have been written on another day)."""
    if facts.dated:
        return f"for an article dated {fmt_date(facts.ref_date)}"
    return f"counting from today, {fmt_date(facts.ref_date)} (the article has no date)"


class DateMismatch(Rule):
    """A date or time that cannot be right: a wrong weekday, one event dated or timed twice, a
    relative date that contradicts the article's date, one thing given two lengths.

    What it flags:
        - A weekday that is not that date's weekday ("Tuesday, 5 March 2024" — a Friday). A date
          written without a year takes the year nearest the article's date.
        - A relative date beside an absolute one that it cannot be, given the article's date
          (front matter ``date``): "yesterday (Tuesday)" in an article dated on a Friday, "last
          week, on 3 May" in an article of 20 May.
        - "next Monday" or "tomorrow" for something the sentence says already happened (not
          a date looked ahead to: "both sides had an eye on next week").
        - The same event dated differently in two places: a once-only event (born, died,
          founded, disbanded, opened, released…) of the same subject, or the same event referred
          back to ("her visit in May" after "she visited Beijing on 12 March"), including an
          incident named by another word ("the disaster on 26 January 1986" after "the shuttle
          broke apart on 28 January 1986") when the article dates only that one, or a once-only
          event dated once before and again with "it" for its subject ("Since it was founded
          in 1941"). A date is reported once, against the earliest date it disagrees with. Dates
          in figures count ("15.01.2024"), and de, es, fr, it, nl, pl, pt ones ("il 12 marzo").
        - An incident dated after the report's dateline ("Narayanganj, Mar 4:" / "sank on Apr 4").
        - One incident on two weekdays ("crashed on Monday" / "Tuesday's crash"; one toll on
          two days; one named person's death or arrest; a storm's landfall; "last Tuesday"; a
          once-only event, "opened on Monday" / "on 12 March"), or on a weekday its full date
          does not fall on; not the day something was said about it.
        - One event given two clock times that cannot both be right ("took off at 10:33 am" /
          "took off at 10.30 am"; "13:38 IST" / "1339 IST"; a hostage-taking). "About" allows
          what rounding allows, "shortly after 8 pm" the half hour after it; a source does not
          make it another flight's. Not compared: times in another zone (unless minutes apart)
          or in brackets, bounds ("by 9 am"), plans, other days, live-blog stamps, and times of
          different steps (take-off and crash, alarm and fire, a fire's start and its report);
          a fire put out is compared like its start. "On Sunday afternoon" is a stretch of the
          clock that "at about 1 pm" is not in. A flight's loss of contact is an event; a
          timeline's stamp ("10:52 a.m.: The gunman entered ...") times its entry's event,
          except on a live page.
        - One thing given two lengths ("held them for more than 12 hours" / "ended after nearly 11
          hours", "30 seconds after takeoff" / "in the air for one minute"), or one event "N days
          ago" twice. Only whole events (a siege, a fire fought or put out, a flight, a force's
          wait before it went in, an attack from its first shot to its end, "82 minutes passed
          between ...", a strike or walkout, a rescue operation, an aircraft's descent, anything
          "the hearing lasted ...", a counted group trapped together): people rescued one by one
          from a collapse were trapped for different times, and patients wait for different times.
          Also how long after the incident or alarm one act came ("sealed 52 days after the
          blast"), but not a step timed from a siege's start ("freed six hours after it began").
        - Not compared: the days and clock times of incidents the story counts ("three apartment
          fires", "the two robberies"), a once-only event of two things ("the birth of two pups" /
          "the birth of Tamsin"), and an event read from another language's small word ("die").

        An undated article is checked against today's date, and a finding that depends on it
        says so and is only ``info``: the copy may have been written on another day.

    Why it matters:
        Weekdays and "last week" are checked by hand against the calendar in every newsroom;
        a wrong one is a correction, and NLI models barely see them. Two reports merged into one
        story often keep both times of an event: one of them is wrong.

    Bad:
        ---
        date: 2024-05-17
        ---
        The minister arrived in Beijing on Tuesday, 14 May 2024, and the talks ended next Monday.

    Good:
        ---
        date: 2024-05-17
        ---
        The minister arrived in Beijing on Tuesday, 14 May 2024, and the talks end next Monday.
    """

    id = "FL402"
    name = "date-mismatch"
    severity = Severity.WARNING

    class Options(CappedOptions):
        """The findings cap only."""

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return self._check(doc, ctx)

    def _check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        facts = ctx.analysis(numbers)
        yield from self._weekdays(doc, facts)
        yield from self._relative(doc, facts)
        seen: set[tuple[int, int]] = set()  # sentence pairs already reported as one event's dates
        yield from self._same_event(doc, facts, seen)
        yield from event_date_findings(self, doc, facts, seen)
        yield from toll_year_findings(self, doc, facts, seen)  # one toll of the dead, two years
        yield from self._weekday_of_one_incident(doc, facts)
        yield from self._day_of_one_incident(doc, facts, seen)
        yield from self._after_dateline(doc, facts)
        # the figures the readers below report, so that a one-time event's reading does not
        # report a figure a time, term or value reader already did ("3:02 am" against "3:14 a.m.")
        reported: set[tuple[int, int]] = set()
        for found in (
            self._clock_times(doc, ctx.analysis(clock_times)),
            self._durations(doc, ctx.analysis(spans.durations)),
            term_findings(self, doc, ctx),
            event_value_findings(self, doc, ctx),
            restated_time_findings(self, doc),  # a length restated at once that does not hold
        ):
            for f in found:
                reported.add((f.span.start, f.span.end))
                yield f
        for f in once_findings(self, doc, ctx, seen):  # a one-time event of one subject told twice
            if (f.span.start, f.span.end) not in reported:
                yield f

    def _against_earlier(self, doc: Document, b, a, message: str, label: str) -> Finding:
        """A finding on the later of two figures (a date, a day, a time), naming the earlier."""
        return self.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            message,
            related=[Related(figure_span(doc, a.sentence, a.start, a.end), message=f'{label} "{a.text}"')],
            key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
        )

    # -- a weekday against its date --------------------------------------------------------
    def _weekdays(self, doc: Document, facts: NumberFacts) -> Iterable[Finding]:
        for d in facts.dates:
            if d.weekday is None or d.month is None or d.day is None or d.relative:
                continue
            year = d.year
            inferred = ""
            if year is None:
                if not facts.dated:
                    continue  # no year and no dateline: any weekday could be right
                year = infer_year(d.month, d.day, facts.ref_date)
                inferred = f" (year {year} taken from the article's date)"
            try:
                actual = date(year, d.month, d.day)
            except ValueError:
                continue
            if actual.weekday() != d.weekday:
                yield self.finding(
                    figure_span(doc, d.sentence, d.start, d.end),
                    key_texts=[doc.sentences[d.sentence].text, d.text],
                    message=f'"{d.text}": {actual.day} {actual.strftime("%B %Y")} is a '
                    f"{_day_name(actual.weekday())}, not a {_day_name(d.weekday)}{inferred}: check the day and the date",
                )

    # -- relative dates against the article's date -----------------------------------------
    def _relative(self, doc: Document, facts: NumberFacts) -> Iterable[Finding]:
        by_sentence: dict[int, list[DateMention]] = {}
        for d in facts.dates:
            by_sentence.setdefault(d.sentence, []).append(d)
        for si, ds in by_sentence.items():
            sentence = doc.sentences[si]
            for k, r in enumerate(ds):
                if not r.relative or not r.resolved:
                    continue
                lo, hi = r.resolved
                # the date it is glued to: "yesterday (Tuesday)", "last week, on 3 May"
                partner = self._apposed(sentence.text, r, ds, k)
                if (
                    partner is not None
                    and not facts.dated
                    and partner.month is not None
                    and partner.day is not None
                ):
                    # "Today, August 17, ...": undated copy dating itself; today's calendar says
                    # nothing about the day it was written
                    partner = None
                if partner is not None and not (r.relative.endswith("year") and partner.year is None):
                    msg = self._against(r, partner, lo, hi, facts)
                    if msg:
                        # undated copy may have been written on another day than today: a hint
                        # for the editor (info), not a verdict that blocks the story
                        yield self.finding(
                            figure_span(doc, si, r.start, r.end),
                            msg,
                            key_texts=[sentence.text, r.text],
                            severity=None if facts.dated else Severity.INFO,
                        )
                        continue
                word = r.relative.split()[0]
                if r.preposition in {"until", "till", "by", "to", "from", "before", "after", "since"}:
                    continue
                if (
                    word in {"next", "tomorrow"}
                    and r.tense == "past"
                    and not r.modal
                    and not _looked_ahead(sentence.text[: r.start])
                ):
                    yield self.finding(
                        figure_span(doc, si, r.start, r.end),
                        key_texts=[sentence.text, r.text],
                        message=f'"{r.text}" is in the future of the article\'s date, but the sentence '
                        f"says it already happened: check the date and the tense",
                    )
                elif word in {"last", "yesterday"} and r.tense == "future" and r.will_before:
                    yield self.finding(
                        figure_span(doc, si, r.start, r.end),
                        key_texts=[sentence.text, r.text],
                        message=f'"{r.text}" is in the past of the article\'s date, but the sentence '
                        f"speaks of it as still to come: check the date and the tense",
                    )

    @staticmethod
    def _apposed(text: str, r: DateMention, ds: list[DateMention], k: int) -> DateMention | None:
        """The absolute date or weekday set beside a relative one as the same day: "yesterday
        (Tuesday)", "last week, on 3 May", "on Tuesday, yesterday" -- not "tomorrow and Friday".
        Only its neighbours in ``ds`` (sorted by position) can be that close."""
        for d in ds[max(0, k - 1) : k + 2]:
            if d is r or d.relative:
                continue
            if d.start >= r.end:
                between = text[r.end : d.start]
            elif r.start >= d.end:
                between = text[d.end : r.start]
            else:
                continue
            if between.strip(" ,(–—-").lower() in {"", "on", "on the", "the"}:
                return d
        return None

    def _against(self, r: DateMention, d: DateMention, lo: date, hi: date, facts: NumberFacts) -> str | None:
        if d.month is None and d.weekday is not None:
            if lo == hi and lo.weekday() != d.weekday:
                return (
                    f'"{r.text}" is {fmt_date(lo)}, not a {_day_name(d.weekday)} '
                    f'("{d.text}"), {_for_article(facts)}: check which day is meant'
                )
            if lo != hi and all(
                (lo.toordinal() + k) % 7 != (d.weekday + 1) % 7 for k in range((hi - lo).days + 1)
            ):
                return None
            return None
        if d.month is None or d.day is None:
            return None
        year = d.year or infer_year(d.month, d.day, facts.ref_date)
        try:
            actual = date(year, d.month, d.day)
        except ValueError:
            return None
        if not lo <= actual <= hi:
            span = fmt_date(lo) if lo == hi else f"{fmt_date(lo)} to {fmt_date(hi)}"
            return f'"{r.text}" means {span} {_for_article(facts)}, which does not include "{d.text}": check which date is meant'
        return None

    # -- one event, two dates --------------------------------------------------------------
    def _same_event(self, doc: Document, facts: NumberFacts, seen: set[tuple[int, int]]) -> Iterable[Finding]:
        once = lexicon()["once_only_events"]
        dated, refs = with_references(doc, facts.dates)  # "the March 5 signing": the signing's
        absolute = [
            (d, refs.get(n))
            for n, d in enumerate(dated)
            if not d.relative
            and (d.year is not None or d.month is not None)
            and d.event
            and not d.in_list
            and d.preposition in {"in", "on", "of", ""}
            and not event_word_abroad(d.event, doc.sentences[d.sentence].text)  # German "die"
        ]
        # only dates of the same event can conflict: compare within an event, with its latest 50
        by_event: dict[str, list[DateMention]] = defaultdict(list)
        incidents: list[DateMention] = []
        for b, of in absolute:
            act = _ONE_ACT.get(b.event, b.event)
            earlier = by_event[act][-50:]
            by_event[act].append(b)
            conflicts: list[DateMention] = []
            if b.event in _INCIDENT:
                incidents.append(b)
                a = self._incident_before(doc, incidents)
                if a is not None and (a.sentence, b.sentence) not in seen:
                    earlier = []
                    conflicts.append(a)
            for a in earlier:
                if a.sentence == b.sentence or (a.sentence, b.sentence) in seen:
                    continue
                if a.copular_year != b.copular_year or _modal(doc, a) != _modal(doc, b):
                    continue
                # ("the birth of two otter kits" / "the birth of Tamsin": two births)
                if not conflicting(a, b) or events_of_two_things(
                    doc.sentences[a.sentence].text, doc.sentences[b.sentence].text
                ):
                    continue
                # (an index of posts, each with its own "Posted on" line, dates two posts)
                if a.repeated or b.repeated or (_stamp_line(doc, a) and _stamp_line(doc, b)):
                    continue
                # two names, or another language's two things ("la médiathèque ... inaugurée le
                # 1er mars" / "la piscine ... le 8 mars")
                if a.names and b.names and not (a.names & b.names) or _other_topics(a, b):
                    continue
                if (
                    a.subject
                    and b.subject
                    and a.subject not in b.sentence_names
                    and b.subject not in a.sentence_names
                ):
                    continue
                if any(x.subject_strict and x.subject not in y.sentence_names for x, y in ((a, b), (b, a))):
                    continue  # "the death of King Edwin" / "Honorius (died …)"
                # "Ann Roe died August 2" / "Mayor Ben Ode" on the line over "died June 19"
                if (
                    len(a.subject_name) > 1 and len(b.subject_name) > 1 and a.subject_name != b.subject_name
                ) or _other_people(doc, a, b):
                    continue  # "Clyde Winger, born 1915" / "Clare Winger was born in 1891"  # "Shukrijumah … was killed in December" / "Farooq … in January"
                once_only = a.event in once or a.event in _BUILT_ONCE or _one_document(a, b)
                if (
                    not self._same_subject(doc, a, b, once_only)
                    and not (a.event in once and len(earlier) == 1 and _pronoun_subject(doc, a, b))
                    and not refers_back(a, b, of, earlier)
                ):
                    continue
                conflicts.append(a)
            if not conflicts:
                continue
            # one finding per date, against the earliest date it disagrees with
            a = conflicts[0]
            seen.update((x.sentence, b.sentence) for x in conflicts)
            # an incident named by another word later ("the disaster"): the later word names it
            word = b.event if a.event != b.event and b.event in _INCIDENT else a.event
            event = _EVENT_NOUN.get(word, word.removeprefix("kind:"))
            more = (
                f" (and {len(conflicts) - 1} other earlier date{'s' if len(conflicts) > 2 else ''})"
                if len(conflicts) > 1
                else ""
            )
            yield self.finding(
                figure_span(doc, b.sentence, b.start, b.end),
                f'"{b.text}" dates the {event} differently from "{a.text}" earlier{more}: check which date is right',
                related=[
                    Related(figure_span(doc, x.sentence, x.start, x.end), message=f'earlier date: "{x.text}"')
                    for x in conflicts[:4]
                ],
                key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
            )

    # -- one incident on two weekdays ----------------------------------------------------
    def _weekday_of_one_incident(self, doc: Document, facts: NumberFacts) -> Iterable[Finding]:
        """ "The plane crashed on Tuesday" / "the crash on Wednesday": an incident the story is
        about, dated by weekday (or by a full date, whose weekday the calendar gives) twice. Two
        full dates are ``_same_event``'s."""
        earlier: list[tuple[DateMention, int, str]] = []
        # the sentences that tell two incidents some days apart (read once, when a pair needs it)
        apart = lru_cache(maxsize=1)(
            lambda: frozenset(i for i, s in enumerate(doc.sentences) if _DAYS_APART.search(s.text))
        )
        news_year = _news_year(facts)
        several = lru_cache(maxsize=1)(lambda: several_incidents(doc.sentences))  # "three fires"
        for b in facts.dates:
            # "last Tuesday" states its weekday as "on Tuesday" does, whichever week it means
            # ("next Tuesday" is ahead: nothing happened on it)
            if b.relative and not _past_weekday(b) or b.in_list or b.repeated or _modal(doc, b):
                continue
            text = doc.sentences[b.sentence].text
            # "after Tuesday's crash": a possessive day names the incident, whatever comes before it
            possessive = b.text.endswith(("'s", "’s"))
            if b.preposition not in {"on", ""} and not possessive or _SAID_ON.search(text[: b.start]):
                continue
            if _AFTERMATH.search(text[: b.start]):
                continue  # "crews were still at the scene on Wednesday": not the incident's day
            wd = _weekday_of(b, facts)
            if wd is None or _DAYS_AFTER.search(text[: b.start]):
                continue
            # the incident it dates, read as for a clock time ("the earthquake hit on Monday")
            cls, another = event_at(text, b.start, b.end)
            cls = incident_of_day(text, b.start, b.end, cls) or cls
            if cls is None and b.event == "arrest":
                cls = "arrest"  # one named person's arrest ("Dorn was arrested on Monday")
            if cls is None and b.event in _ONCE_A_DAY:
                cls = f"once:{b.event}"  # "the bridge opened on Monday" / "opened on 12 March 2024"
            if (cls not in _ONE_DAY and not cls.startswith("once:") if cls else True) or another:
                continue
            a = next(
                (
                    a
                    for a, awd, acls in earlier[-50:]
                    if awd != wd
                    and a.sentence != b.sentence
                    and (a.month is None or b.month is None)
                    and (
                        acls == cls
                        or "incident" in (acls, cls)
                        and _PERSONAL.isdisjoint((acls, cls))
                        and not apart()  # "the incident" may be either of them
                    )
                    and (
                        cls not in _PERSONAL
                        or cls == "death"
                        and _one_toll(doc, facts, a.sentence, b.sentence)
                        or _one_person(doc, a, b)
                    )
                    and (
                        not cls.startswith("once:")
                        or self._same_subject(doc, a, b, True)
                        and bool(_event_head(doc, a) & _event_head(doc, b))
                    )
                    and not two_places(doc, a, b)  # a roundup of quakes
                    and a.sentence not in apart()
                    and not _years_off(a, b, news_year)
                    and not several()
                ),
                None,
            )
            earlier.append((b, wd, cls))
            if a is None:
                continue
            event = _TIME_EVENT_NOUN.get(cls) or _EVENT_NOUN.get(cls.removeprefix("once:"), "incident")
            if cls in _PERSONAL:
                event = cls if _one_person(doc, a, b) else "killing"
            yield self._against_earlier(
                doc,
                b,
                a,
                f'"{b.text}" puts the {event} on a {_day_name(wd)}, but "{a.text}" earlier puts it on a '
                f"{_day_name(_weekday_of(a, facts) or 0)}: check which day is right",
                "earlier day:",
            )

    # -- one incident, two days of one month ---------------------------------------------
    def _day_of_one_incident(
        self, doc: Document, facts: NumberFacts, seen: set[tuple[int, int]]
    ) -> Iterable[Finding]:
        """ "The ferry sank on 20 January 1986" / "the sinking on 15 January 1986": one sudden
        incident, named by any of its words, dated to two days of the same month. Two crashes or
        quakes within one month are rare, and a second one is marked ("another", "aftershock");
        incidents that last for days (fires, floods, storms, attacks in a war) are left out."""
        first: dict[str, DateMention] = {}
        days: dict[str, set[int]] = defaultdict(set)  # the days each class was dated to so far
        for b in facts.dates:
            if b.relative or b.in_list or b.repeated or b.day is None or b.month is None or _modal(doc, b):
                continue
            text = doc.sentences[b.sentence].text
            if b.preposition not in {"on", "of", ""} or _SAID_ON.search(text[: b.start]):
                continue
            cls, another = event_at(text, b.start, b.end)
            cls = cls or event_named_after(text, b.end)
            if cls not in _SUDDEN or another:
                continue
            a = first.setdefault(cls, b)
            earlier_days = set(days[cls])
            days[cls].add(b.day)
            if (
                a is b
                or len(earlier_days) > 1  # several incidents dated already: "the crash" may be any
                or a.sentence == b.sentence
                or (a.sentence, b.sentence) in seen
                or a.month != b.month
                or a.day == b.day
                or (a.year and b.year and a.year != b.year)
                or (a.subject and b.subject and a.subject != b.subject)
            ):
                continue
            seen.add((a.sentence, b.sentence))
            event = _TIME_EVENT_NOUN.get(cls, "incident")
            yield self._against_earlier(
                doc,
                b,
                a,
                f'"{b.text}" dates the {event} differently from "{a.text}" earlier: check which day is right',
                "earlier date:",
            )

    # -- an incident dated after the report's dateline ------------------------------------
    def _after_dateline(self, doc: Document, facts: NumberFacts) -> Iterable[Finding]:
        """ "Narayanganj, Mar 4: A launch capsized on Sunday" … "sank on Apr 4": a report cannot
        tell of an incident that happened after the day it is datelined; one of the two dates is
        wrong. Only past incidents, within half a year after a dateline with no year (a date
        further on is the year before's)."""
        dateline: DateMention | None = None
        for b in facts.dates:
            if _is_dateline(doc, b):
                dateline = b
                continue
            if dateline is None or b.sentence == dateline.sentence and b.start < dateline.end:
                continue
            if b.relative or b.repeated or b.day is None or b.month is None or b.will_before:
                continue
            if b.preposition not in {"on", ""} or _modal(doc, b):
                continue
            text = doc.sentences[b.sentence].text
            if _SAID_ON.search(text[: b.start]):
                continue
            cls, another = event_at(text, b.start, b.end)
            cls = cls or event_named_after(text, b.end)
            if cls not in _SUDDEN or another:
                continue
            after = _days_after(dateline, b)
            if after is None or not 0 < after <= 183:
                continue
            event = _TIME_EVENT_NOUN.get(cls, "incident")
            yield self._against_earlier(
                doc,
                b,
                dateline,
                f'"{b.text}" dates the {event} after the dateline "{dateline.text}", and a report cannot '
                "tell of it before it happened: check which date is right",
                "dateline:",
            )

    # -- one event, two clock times -------------------------------------------------------
    def _clock_times(self, doc: Document, times: list[ClockTime]) -> Iterable[Finding]:
        by_event: dict[str, list[ClockTime]] = defaultdict(list)
        several = lru_cache(maxsize=1)(lambda: several_incidents(doc.sentences))  # "the two robberies"
        for b in times:
            if b.event is None or (b.event in INCIDENTS or b.event == "call") and several():
                continue
            # the incident a story is about may be named by several words: compare them together
            group = by_event["incident" if b.event in INCIDENTS else b.event]
            earlier = group[-50:]
            group.append(b)
            a = next(
                (a for a in earlier if a.sentence != b.sentence and same_event(a, b) and conflict(a, b)), None
            )
            if a is None:
                continue
            event = _TIME_EVENT_NOUN.get(b.event if b.event != "incident" else a.event, "event")
            what = _TIME_PHASE.get(b.phase, "the {}").format(event)
            yield self._against_earlier(
                doc,
                b,
                a,
                f'"{b.text}" for {what} disagrees with "{a.text}" earlier: check which time is '
                f"right (a time in another zone or of another event should say so)",
                "earlier time:",
            )

    # -- one thing, two durations ----------------------------------------------------------
    def _durations(self, doc: Document, found: list[spans.Duration]) -> Iterable[Finding]:
        by_measure: dict[str, list[spans.Duration]] = defaultdict(list)
        for b in found:
            group = by_measure[b.measures]
            earlier = group[-50:]
            group.append(b)
            a = next(
                (
                    a
                    for a in earlier
                    if a.sentence != b.sentence and spans.same_measure(a, b) and spans.conflict(a, b)
                ),
                None,
            )
            if a is None:
                continue
            if b.measures.startswith("ago:"):
                what = f"when it {b.measures.removeprefix('ago:')}ed".replace("eed", "ed")
            elif b.measures == "into:trip:contact":
                what = "how far into the trip contact was lost"
            elif b.measures.startswith("after:"):
                _, anchor, act = b.measures.split(":")
                what = f"how long after the {_ANCHOR_NOUN[anchor]} the {_ACT_NOUN[act]} came"
            else:
                noun = b.measures.removeprefix("lasted:")
                what = f"how long the {_DURATION_NOUN.get(noun, noun)} lasted"
            yield self._against_earlier(
                doc,
                b,
                a,
                f'"{b.text}" for {what} disagrees with "{a.text}" earlier: check which is right',
                "earlier:",
            )

    @staticmethod
    def _incident_before(doc: Document, incidents: list[DateMention]) -> DateMention | None:
        """The earlier incident the latest one (``incidents[-1]``) refers back to under another
        name ("the disaster on 26 January" after "broke apart on 28 January 1986"): the only
        incident dated before it, to the day, in the same month and year (or both with no year), a
        different day."""
        b = incidents[-1]
        if len(incidents) != 2 or b.day is None or b.modal or b.repeated:
            return None
        a = incidents[0]
        if a.day is None or a.sentence == b.sentence or a.modal or a.repeated or a.copular_year:
            return None
        # (two days of one month with no year are of one year: the story's)
        if (a.year, a.month) != (b.year, b.month) or a.day == b.day or a.month is None:
            return None
        later = doc.sentences[b.sentence].text.lower()
        # the incident by any of its nouns: "the blaze, which started on" for a fire
        named = "|".join(
            re.escape(w) for w in {b.event, *(w for w, e in INCIDENT_NOUNS.items() if e == b.event)}
        )
        # "the disaster on 26 January", "the fire started on 15 June"
        if not any(
            re.search(rf"\b{p}(?:{named})\w*,?\s+(?:[a-z]+\s+){{0,2}}?(?:on|of)\s", later) for p in _DEFINITE
        ):
            return None
        return a

    @staticmethod
    def _same_subject(doc: Document, a: DateMention, b: DateMention, once_only: bool) -> bool:
        lex = lexicon()
        event_words = (
            set(lex["event_classes"].get(a.event or "", ()))
            | set(lex["date_events"].get(a.event or "", ()))
            | {a.event or ""}
        )
        # one thing under the other common word ("the factory opened" / "the plant's opening")
        same = lex["same_counted"]
        ca, cb = ({same.get(w, w) for w in x.context} for x in (a, b))
        shared = (ca & cb) - event_words - _GLUE
        union = ca | cb
        similar = len(shared) / max(1, len(union))
        if once_only or a.copular_year:
            # "Osk was born in 1931" / "Osk's brother was born in 1935": a relative's own birth
            return len(shared) >= 1 and not (a.context ^ b.context) & _KIN and not _one_of_two(doc, a, b)
        if (a.context ^ b.context) & _KIN:
            return False  # "his sentencing" / "the sentencing of his brother"
        # a repeatable event (a visit, a meeting): only when one refers back to the other
        if similar >= 0.5:
            return True
        return len(shared) >= 1 and bool(_refers_back(a.event).search(doc.sentences[b.sentence].text.lower()))


# a page's own stamp over an item, a line of its own: "Posted on Monday, June 26, 2023 02:30 PM"
_STAMP = re.compile(r"\s*(?:posted|published|updated|last updated)(?:\s+on)?\s", re.I)
_STAMP_WORDS = 12


def _stamp_line(doc: Document, d: DateMention) -> bool:
    """The date is in a "Posted on <date>" stamp that is its whole sentence: two such stamps on
    one page date two posts (a news index), not one event twice."""
    text = doc.sentences[d.sentence].text
    return bool(_STAMP.match(text)) and len(text.split()) <= _STAMP_WORDS


def _news_year(facts: NumberFacts) -> int | None:
    """The year the story is told in: its date's, else its latest full date's (an undated page)."""
    if facts.dated:
        return facts.ref_date.year
    years = [d.year for d in facts.dates if d.year is not None and not d.relative and d.day is not None]
    return max(years) if years else None


def _years_off(a: DateMention, b: DateMention, news_year: int | None) -> bool:
    """A bare weekday ("Monday's earthquake") is of the news week; a full date more than a year
    off the story's ("the 1931 Tarsk earthquake on 12 May 1931") dates another incident."""
    years = [x.year for x in (a, b) if x.year is not None]
    return news_year is not None and len(years) == 1 and abs(years[0] - news_year) > 1

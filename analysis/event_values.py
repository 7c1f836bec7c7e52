"""One event told twice with a value each time: how long it lasted ("after 48 hours of talks" /
"after 36 hours of talks"; "finished in one hour, 48 minutes" / "his 118-minute race"; a race
time "2:08:51" / "2 hours, 8 minutes, 51 seconds") and the minute of a player's goal ("Dunn's
38th-minute goal" / "in the 36th minute Dunn scored").

Each value is read with an EVENT KEY: the noun of the event (what lasted: "talks" of "48 hours of
talks", "race" of "the 118-minute race"; a race's time where a verb of finishing comes before it
and the story tells of a race) or, for a goal, the scorer. A key is kept only where the words say
which event it is; a value whose clause marks another event of the kind ("an earlier round",
"his second", "another", "the first half") or bounds it ("about", "more than", "within") is
left out, and so is a key told with three values or more (several events of a kind).

Two values of one key disagree when they differ by more than half the unit each is written to;
they are compared only where their clauses do not name two different people or places ("our
two-hour tour of the Pell caves" / "our four-hour tour of the Orsk ridge").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .age_people import KIN
from .numtext import lemma, lexicon
from .text import word_tokens
from .words import DEFINITE, MONTHS, STOPWORDS, WEEKDAYS


@dataclass(frozen=True)
class Told:
    sentence: int
    start: int
    end: int
    text: str  # the figure as written
    key: str  # the event: "talk", "race", "goal:dunnet"
    value: float  # seconds, or a goal's minute
    step: float  # the unit it is written to (seconds; 1 for a minute of play)
    names: frozenset[str]  # the names of its clause (whose event)
    noun: str = ""  # the event's word as written ("talks", "race", "Dunnet")
    told_before: bool = True  # may refer back to one told ("the 118-minute race", not "a four-day visit")


_UNIT_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0}


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    lex = lexicon()
    return {**lex["units"], **lex["tens"]}


@lru_cache(maxsize=1)
def _figure() -> re.Pattern:
    """A length: "48 hours", "118-minute", "one hour, 48 minutes", "2 hours, 8 minutes, 51
    seconds", "2:08:51" (built on first use)."""
    words = _number_words()
    single = "|".join(sorted(words, key=len, reverse=True))
    num = rf"(?:\d{{1,3}}|{single}|an?)"
    part = rf"(?:,?\s*(?:and\s+)?{num}[- ](?:second|minute)s?\b)"
    return re.compile(
        rf"(?<![\w.,:-])(?:(?P<clock>\d:\d\d:\d\d)(?![\d:])"
        rf"|(?P<n>{num})[- ](?P<unit>second|minute|hour|day|week)s?\b(?:-long)?(?P<rest>{part}{{0,2}}))",
        re.IGNORECASE,
    )


# a determiner that names one known thing ("the", "its"; "our 24-hour line", "my 10-minute walk")
_SPECIFIC = DEFINITE | {"our", "my", "your"}

_PART = re.compile(r"(\w+)[- ](second|minute)s?", re.IGNORECASE)


def _number(word: str) -> float | None:
    w = word.lower()
    if w[:1].isdigit():
        return float(w)
    if w in {"a", "an"}:
        return 1.0
    n = _number_words().get(w)
    return float(n) if n is not None else None


def _seconds(m: re.Match) -> tuple[float, float] | None:
    """The figure's seconds and the unit it is written to, in seconds."""
    if m.group("clock"):
        h, mi, s = (int(x) for x in m.group("clock").split(":"))
        return h * 3600.0 + mi * 60 + s, 1.0
    n = _number(m.group("n"))
    if n is None:
        return None
    step = _UNIT_SECONDS[m.group("unit").lower()]
    total = n * step
    for p in _PART.finditer(m.group("rest") or ""):
        extra = _number(p.group(1))
        if extra is None:
            return None
        step = _UNIT_SECONDS[p.group(2).lower()]
        total += extra * step
    return total, step


# words of the clause that mark another event of the kind, a part of it, or a bound
_OTHER = frozenset(
    "another other earlier previous prior first second third last next new each every per half "
    "halves lap laps split splits round rounds stage stages leg legs total combined record records "
    "best personal average previously again also session sessions day-long within least most "
    "more than over under nearly almost about around roughly some approximately up just "
    "expected could would might may will scheduled planned set due".split()
)
# verbs a race's time comes after ("finished in 2:08:51", "won in a time of")
_FINISHED = frozenset(
    "finished finishing won winning ran clocked completed crossed covered prevailed triumphed advanced".split()
)
_RACES = frozenset("race marathon run half-marathon triathlon stage sprint".split())
# one contest of two sides: "won in one hour, 48 minutes" and "the 118-minute match" tell one length
_MATCHES = frozenset("match contest encounter clash bout duel battle final".split())
# a speaker before a length ("Marrin said the talks ended after 36 hours") is not its event's subject
_SPOKE = frozenset("said says told added according".split())
_CLAUSE = re.compile(r"[;:()\[\]—–]|,\s+(?:but|while|whereas|and|after|before|when)\s")


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    after = text[end:]
    m = _CLAUSE.search(after)
    return before[cut:], after[: m.start()] if m else after


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a clause that may name a person (its first word only if a name)."""
    out = set()
    for t in word_tokens(text):
        low = t.low.removesuffix("'s").removesuffix("’s")
        if t.cap and t.is_word and low not in STOPWORDS and low not in MONTHS and low not in WEEKDAYS:
            out.add(low)
    return frozenset(out)


def _key(text: str, m: re.Match, race: str) -> tuple[str, str, bool] | None:
    """The event a length is of: the noun it is written onto ("the 118-minute race"), the noun of
    an "of" after it ("48 hours of talks", "48 hours of marathon talks"), or a race (or a match)
    where a finishing verb comes before it."""
    toks = word_tokens(text)
    after = [t for t in toks if t.start >= m.end()]
    before = [t for t in toks if t.end <= m.start()]
    joined = text[m.start() : m.end()]
    # "the 118-minute race", "a nine-hour flight": the figure written onto a noun
    if not m.group("clock") and "-" in joined.split()[-1] and after and after[0].is_word:
        if after[0].low not in STOPWORDS and (
            len(after) == 1 or not after[1].is_word or after[1].low in STOPWORDS
        ):
            if before and (before[-1].low in _SPECIFIC or before[-1].low in {"a", "an"}):
                key = "match" if after[0].low in _MATCHES else lemma(after[0].low)
                return key, after[0].low, before[-1].low in _SPECIFIC
    # "after 48 hours of talks": a plain noun, not "of the attack" (a time counted from it)
    if len(after) >= 2 and after[0].low == "of" and after[1].is_word and after[1].low not in STOPWORDS:
        if not after[1].cap and (len(after) == 2 or not after[2].is_word or after[2].low in STOPWORDS):
            if before and before[-1].low in {"after", "following", "of"}:
                return lemma(after[1].low), after[1].low, True
        # "after 48 hours of marathon talks": a noun of two plain words, keyed by both
        two = after[1:3]
        if len(two) == 2 and all(t.is_word and not t.cap and t.low not in STOPWORDS for t in two):
            if (len(after) == 3 or not after[3].is_word or after[3].low in STOPWORDS) and before:
                if before[-1].low in {"after", "following"}:
                    noun = f"{two[0].low} {two[1].low}"
                    return f"{two[0].low} {lemma(two[1].low)}", noun, True
    # "He finished in two hours, 14 minutes", "won in 2:08:51"
    if race and len(before) >= 2 and before[-1].low in {"in", "of"}:
        lead = [t.low for t in before[-5:]]
        if set(lead) & _FINISHED:
            return race, race, True
    return None


def _lengths(index: int, text: str, race: str) -> list[Told]:
    out = []
    for m in _figure().finditer(text):
        keyed = _key(text, m, race)
        if keyed is None:
            continue
        before, after = _clause(text, m.start(), m.end())
        lead = word_tokens(before)[-6:]
        # ("Mirt also won the net points in the 118-minute match": a determiner of one known
        # event bounds what may mark another one to the words after it)
        at = max((k for k, t in enumerate(lead) if t.low in DEFINITE), default=-1)
        if at >= 0 and at >= len(lead) - 3 and keyed[2] and "-" in m.group(0):
            lead = lead[at + 1 :]
        words = {t.low for t in lead} | {t.low for t in word_tokens(after)[:3]}
        if words & _OTHER:
            continue
        spoke = [t.end for t in word_tokens(before) if t.low in _SPOKE]
        if spoke:
            before = before[spoke[-1] :]
        sec = _seconds(m)
        if sec is None:
            continue
        out.append(
            Told(
                index,
                m.start(),
                m.end(),
                m.group(0),
                keyed[0],
                sec[0],
                sec[1],
                _names(before) | _names(after),
                keyed[1],
                keyed[2],
            )
        )
    return out


# "Dunnet's 38th-minute goal", "in the 36th minute Dunnet scored", "Dunnet scored in the 36th minute"
_GOAL_NOUN = r"(?:goal|strike|header|equali[sz]er|winner|opener|free[- ]kick|volley|penalty)"
_SCORED = (
    r"(?:scored|netted|headed\s+(?:in|home)|struck|fired\s+(?:in|home)|slotted\s+(?:in|home)|equali[sz]ed)"
)
_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*)"
_MINUTE = r"(?P<fig>(?P<n>\d{1,3})(?:st|nd|rd|th)[- ]minute)"
_GOALS = (
    re.compile(rf"\b{_NAME}(?:'s|’s)\s+(?:[a-z-]+\s+)?{_MINUTE}\s+(?:[a-z-]+\s+)?{_GOAL_NOUN}\b"),
    re.compile(rf"\b[Ii]n\s+the\s+{_MINUTE},?\s+(?:when\s+)?{_NAME}\s+(?:[a-z]+\s+)?{_SCORED}\b"),
    re.compile(rf"\b{_NAME}\s+(?:[a-z]+\s+)?{_SCORED}\b[^.;,]{{0,40}}?\bin\s+the\s+{_MINUTE}\b"),
)
_ANOTHER_GOAL = frozenset(
    "second another again brace twice double both hat-trick third two three also later".split()
)


def _goals(index: int, text: str) -> list[Told]:
    out = []
    if "minute" not in text:
        return out
    words = {t.low for t in word_tokens(text)}
    if words & _ANOTHER_GOAL:
        return out  # "his second", "another goal": a second goal of the match
    for p in _GOALS:
        for m in p.finditer(text):
            name = m.group("name").lower()
            if name in STOPWORDS or name in MONTHS or name in WEEKDAYS:
                continue
            s, e = m.span("fig")
            key = f"goal:{name}"
            out.append(
                Told(
                    index,
                    s,
                    e,
                    m.group("fig"),
                    key,
                    float(m.group("n")),
                    1.0,
                    frozenset({name}),
                    m.group("name"),
                )
            )
    return out


def told(doc, ctx=None) -> list[Told]:
    """Every value of an event the story tells with its key (``ctx.analysis(told)``), keys told
    with three values or more left out."""
    low = doc.text.lower()
    words = {t.low for s in doc.sentences for t in word_tokens(s.text)}
    race = "race" if any(w in low for w in _RACES) else "match" if words & _MATCHES else ""
    out: list[Told] = []
    for s in doc.sentences:
        if any(u in s.text for u in ("second", "minute", "hour", "day", "week", ":")):
            out.extend(_lengths(s.index, s.text, race if _race_sentence(s.text) else ""))
        out.extend(_goals(s.index, s.text))
    values: dict[str, set[float]] = {}
    for t in out:
        values.setdefault(t.key, set()).add(t.value)
    return [t for t in out if len(values[t.key]) <= 2]


def _race_sentence(text: str) -> bool:
    """A sentence that may time a race: a finishing verb in it."""
    return bool({t.low for t in word_tokens(text)} & _FINISHED)


def disagree(a: Told, b: Told) -> bool:
    """Two values of one key that cannot both be right, of one event (names do not differ), the
    later one told as the event told before ("a four-day visit" may be another one) or told of
    one thing named in two words or more in both clauses ("the Orly Act set an eight-hour day" /
    "the Orly Act imposed a nine-hour day")."""
    if a.key != b.key or a.sentence == b.sentence:
        return False
    if not b.told_before and len(a.names & b.names) < 2:
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    return abs(a.value - b.value) > max(a.step, b.step) / 2


# -- one event's date, told twice ------------------------------------------------------------
# words of a sentence that tell of more than one event of a kind ("rejoined", "again", "his
# second term", "first ... then"), or of a step of it ("until", "since", "from")
_MORE_THAN_ONCE = frozenset(
    "again another second third first earlier previous previously later once twice re-elected "
    "rejoined re-joined returned return also each both".split()
)
# the nouns a definite reference may name an election by ("the March 29 vote")
_SAME_EVENT = {"vote": "elect", "poll": "elect", "ballot": "elect", "polls": "elect"}


def event_key(event: str | None) -> str | None:
    """The event a date is of, one class for an election and its vote."""
    return _SAME_EVENT.get(event, event) if event else None


_MARK = re.compile(r"[,;:.()\[\]—–]")


def once_told(text: str, start: int, end: int) -> bool:
    """The words of a date's clause (before it, and up to three after it) tell of its event once:
    no word of a repeat or of another one of its kind, no ordinal ("the 138th race"), no kin of
    the one named ("Osk's sister was born in 1935")."""
    near = [t.low for t in word_tokens(_MARK.split(text[:start])[-1])]
    # ("on March 22, the first since ...": an aside on the event after a mark, not a second one)
    rest = _MARK.split(text[end:], maxsplit=1)[0]
    near += [t.low for t in word_tokens(rest)][:3]
    if any(w[:1].isdigit() and w.endswith(("st", "nd", "rd", "th")) for w in near):
        return False
    return not set(near) & (_MORE_THAN_ONCE | KIN)


def one_subject(a, b) -> bool:
    """Two dates' subjects are one named person or thing: the same last name, and where both give
    a whole name, the same one; or one of the two names none and its sentence names no one."""
    if a.subject and b.subject:
        if a.subject != b.subject:
            return False
        return not (len(a.subject_name) > 1 and len(b.subject_name) > 1 and a.subject_name != b.subject_name)
    return False


# what may stand right before a finite event verb: an auxiliary, a relative pronoun, a name
_BEFORE_FINITE = frozenset("was were is are has have had been be who which that".split())


def said_of_subject(text: str, start: int, event: str, subject: str | None) -> bool:
    """The event verb before a date is said of its subject: the last word before the date that
    opens with the event's stem has an auxiliary, "who" or the subject's name right before it
    ("Quell joined", "Quell, who joined", "Ellory was sentenced"), not a participle after a comma
    ("a song by Ann Roe, released in 1980": the song's release)."""
    toks = word_tokens(text[:start])
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low.startswith(event)), None)
    if at is None or at == 0:
        return False
    prev = toks[at - 1].low
    return prev in _BEFORE_FINITE or (subject is not None and prev == subject)

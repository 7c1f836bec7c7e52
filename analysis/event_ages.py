"""A person's age at one event of their life, read from the clause around it: "was diagnosed
with the illness at 34", "diagnosed at the age of 35", "When she was diagnosed, aged only 34",
"was only 34 when she was diagnosed", "When she was 34, she was diagnosed", "diagnosed when she
was 35", "who was 34 at the time of her diagnosis", "When he was a 27-year-old clerk, he was
diagnosed".

The event is the life event the clause names, by its verb or its noun ("diagnosed", "diagnosis";
"retired", "retirement"; ``_LIFE_EVENTS``), so that two reports that word it differently still give
one age at one event. Left out: an age told as a bound or a round figure ("about 30", "in his
early 20s", "under 18"), a range or a list ("aged 11 to 17", "at 20 and 22"), a repeated event
("diagnosed again", "re-elected", "a second diagnosis": another occurrence), and a death (the age
at death is read with the person's age, ``figure_ages``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .text import figure_tokens, has_digit, token_low
from .words import MONTHS, STOPWORDS, WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context

# life events an age is told at: the event, then the words that name it (verbs and nouns)
_LIFE_EVENTS = {
    "diagnosis": "diagnosed diagnosis diagnoses",
    "retirement": "retired retirement retiring",
    "wedding": "married marriage wedding wed",
    "appointment": "appointed appointment",
    "abduction": "abducted abduction kidnapped kidnapping snatched",
    "shooting": "shot",
    "arrest": "arrested arrest",
    "conviction": "convicted conviction",
    "debut": "debut debuted",
    "graduation": "graduated graduation",
    "coronation": "crowned coronation",
    "ordination": "ordained ordination",
    "emigration": "emigrated emigration",
    "election": "elected",
    "joining": "joined",
    "adoption": "adopted adoption",
}
_EVENT_OF = {w: e for e, words in _LIFE_EVENTS.items() for w in words.split()}
_EVENT_WORDS = frozenset(_EVENT_OF)
# another occurrence of the event: "diagnosed again", "re-elected", "a second diagnosis"
_REPEATED = frozenset("again re second third fourth another later new relapse".split())
# words right before the age that make it a bound or a round figure
_LOOSE = frozenset(
    "about around nearly almost roughly some approximately under over below above early late mid "
    "than least most".split()
)
# what may follow "at N" when N is an age ("at 21, and given", "at 21 in 1963", "at 21 when")
_AFTER_AT = frozenset(
    ", . ; ) : and but in after before when while with from following he she they his her years year".split()
)
_PRONOUNS = frozenset("he she they".split())
_AUX = frozenset("was were is had been being".split())
_JUST = frozenset("just only barely still".split())
_REACH = 24  # how many tokens from the age its event word may stand


@dataclass(frozen=True)
class EventAge:
    sentence: int
    start: int  # offsets of the age in the sentence text
    end: int
    text: str
    value: int
    event: str  # "diagnosis", "retirement"
    person: tuple[str, ...]  # the name that is the subject before it ("orsolya", "fenn"), if any


def event_ages(doc: "Document", ctx: "Context") -> list[EventAge]:
    """Every age at a life event in the document (call as ``ctx.analysis(event_ages)``)."""
    out: list[EventAge] = []
    for s in doc.sentences:
        if has_digit(s.text):
            toks = figure_tokens(s.text)
            if not _EVENT_WORDS.isdisjoint(map(token_low, toks)):
                out.extend(sentence_event_ages(s.index, s.text, toks))
    return out


def sentence_event_ages(index: int, text: str, toks=None) -> list[EventAge]:
    toks = toks if toks is not None else figure_tokens(text)
    low = [t.low for t in toks]
    found = []
    for i, t in enumerate(toks):
        if not t.text.isdigit() or not 1 <= int(t.text) <= 110:
            continue
        form = _form(low, i)
        if form is None or _loose(low, i) or _listed(low, i):
            continue
        event = _event(low, i, form)
        if event is None:
            continue
        j, name = event
        if _REPEATED.intersection(low[max(0, j - 3) : j + 3]):
            continue  # "diagnosed again", "a second diagnosis", "re-elected"
        found.append(
            EventAge(
                sentence=index,
                start=t.start,
                end=t.end,
                text=text[_form_start(toks, low, i, form) : t.end],
                value=int(t.text),
                event=name,
                person=_person(toks, min(i, j)),
            )
        )
    return found


def _form(low: list[str], i: int) -> str | None:
    """How the figure at ``i`` is told as an age: "at" ("at 21"), "aged" ("aged 21", "at the age
    of 21", "at age 21"), "was" ("was just 21 when"), "when" ("When he was 21,"), "year-old" ("was a
    27-year-old clerk when"); None when it is not an age."""
    w = lambda k: low[k] if 0 <= k < len(low) else ""  # noqa: E731
    if w(i + 1) == "-" and w(i + 2) == "year" and w(i + 3) == "-" and w(i + 4) == "old":
        if w(i - 1) not in {"a", "an"} or w(i - 2) not in _AUX:
            return None
        # "When he was a 27-year-old clerk, he was diagnosed": the event after the clause
        return "when" if w(i - 3) in _PRONOUNS and w(i - 4) == "when" else "year-old"
    k = i - 1
    while w(k) in _JUST:
        k -= 1
    if w(k) in {"aged", "age"} or (w(k) == "of" and w(k - 1) == "age"):
        return "aged"
    if w(k) == "at" and w(i + 1) in _AFTER_AT | {""}:
        return "at"
    if w(k) in _AUX and w(i + 1) == "when":
        return "was"
    if w(k) in _AUX and (w(i + 1), w(i + 2), w(i + 3), w(i + 4)) == ("at", "the", "time", "of"):
        return "was"  # "who was 21 at the time of his diagnosis"
    if w(k) in _AUX and w(k - 1) in _PRONOUNS and w(k - 2) == "when":
        # "When he was 21, he was diagnosed"; "He was diagnosed when he was 21."
        return "when" if w(i + 1) == "," else "when-before"
    return None


def _form_start(toks, low: list[str], i: int, form: str) -> int:
    k = i - 1
    while k > 0 and low[k] in _JUST:
        k -= 1
    if form == "aged" and low[k] == "of":
        return toks[k - 2].start if k >= 2 else toks[i].start  # "the age of 22"
    if form in {"aged", "at"}:
        return toks[k].start
    return toks[i].start


def _loose(low: list[str], i: int) -> bool:
    """ "about 30", "in his early 20s", "under age 18": a bound or a round figure."""
    return bool(_LOOSE.intersection(low[max(0, i - 3) : i]))


def _listed(low: list[str], i: int) -> bool:
    """ "at 20 and 22", "aged 11 to 17", "11-17": one of a list or a range."""
    after = low[i + 1 : i + 3]
    before = low[max(0, i - 2) : i]
    if after[:1] in (["to"], ["and"], ["or"], ["–"]) and len(after) > 1 and after[1].isdigit():
        return True
    if after[:1] == ["-"] and len(after) > 1 and after[1].isdigit():
        return True
    return len(before) == 2 and before[1] in {"and", "to", "or", "-", "–", ","} and before[0].isdigit()


def _event(low: list[str], i: int, form: str) -> tuple[int, str] | None:
    """The life event the age is told at: for "was 21 when" and "a 31-year-old ... when", the
    event after "when"; for "When he was 21," the event after the comma; else the nearest event
    word before the age in its clause, or after it."""
    end = next((k for k in range(i + 1, min(len(low), i + _REACH)) if low[k] in {";", "but"}), None)
    end = end if end is not None else min(len(low), i + _REACH)
    start = next(
        (k for k in range(i - 1, max(-1, i - _REACH), -1) if low[k] in {";", "but"}), max(-1, i - _REACH)
    )
    after = [k for k in range(i + 1, end) if low[k] in _EVENT_OF]
    if form == "when-before":  # the event before "when he was 21"
        when = max(k for k in range(max(0, i - 4), i) if low[k] == "when")
        before = [k for k in range(when - 1, start, -1) if low[k] in _EVENT_OF]
        return (before[0], _EVENT_OF[low[before[0]]]) if before else None
    if form in {"was", "year-old", "when"}:
        if form == "year-old" and "when" not in low[i + 1 : end]:
            return None
        return (after[0], _EVENT_OF[low[after[0]]]) if after else None
    before = [k for k in range(i - 1, start, -1) if low[k] in _EVENT_OF]
    if before:
        return before[0], _EVENT_OF[low[before[0]]]
    # an age after the event only in a leading phrase ("At the age of 22 he was told, after being
    # diagnosed"), not "joined the club at 17 and retired at 35" (the retirement has its own age)
    if i > 6 or not after or any(low[k] in {"and", "but"} for k in range(i + 1, after[0])):
        return None
    return after[0], _EVENT_OF[low[after[0]]]


def _person(toks, upto: int) -> tuple[str, ...]:
    """The capitalised name that is the subject before the age or its event ("Orsolya Fenn was
    diagnosed", "Dr. Fenn was only 34"): a run of names right before an auxiliary or the event
    word, not a month or a weekday. Empty when none is."""
    for k in range(upto - 1, -1, -1):
        nxt = toks[k + 1].low
        if not (_is_name(toks[k]) and (nxt in _AUX or nxt in _EVENT_OF)):
            continue
        names = []
        while k >= 0 and _is_name(toks[k]):
            names.append(toks[k].low)
            k -= 1
        return tuple(reversed(names))
    return ()


def _is_name(t) -> bool:
    return (
        t.cap
        and t.is_word
        and len(t.text) > 1
        and t.low not in MONTHS
        and t.low not in WEEKDAYS
        and t.low not in STOPWORDS
    )


def same_age_event(a: EventAge, b: EventAge) -> bool:
    """Two ages at one event of one person: the same event, and no two different names."""
    if a.event != b.event:
        return False
    if len(a.person) >= 2 and len(b.person) >= 2:
        return a.person[-2:] == b.person[-2:]  # "Ivo Reyl" and "Tomas Reyl": two of one family
    return not (a.person and b.person and not set(a.person) & set(b.person))

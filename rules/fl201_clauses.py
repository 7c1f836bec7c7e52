"""FL201's late officials who act or speak in a clause the plain subject tests do not read
(rules/fl201_topic's officials and titled newcomers):

- the subject of a reported clause: "Officials said that President Tomas Roe had signed ...",
  "they learned that Governor Ila Venn had resigned" (``acts_in_a_reported_clause``): a verb of
  saying or knowing, then "that", then the official and their verb;
- a subject and its verb with a time phrase between them: "Prime Minister Jane Roe this week
  announced ...", "Director Ola Tenn on Tuesday signed ..." (``without_a_time_phrase``: the
  sentence read with the phrase left out).

Not the speaker after an inverted verb with a title set off after the name ('"...," said Hugo
Varga, deputy governor of Kell province'): local copy quotes its own officials so."""

from __future__ import annotations

from factlint.analysis.acting_officials import acts_as_subject
from factlint.analysis.clause_subject import subject_start
from factlint.analysis.text import WORD
from factlint.rules.fl201_speech import _official_speaks

# verbs of saying or knowing whose "that" opens a clause with a subject of its own
_REPORTING = frozenset(
    """said says say told tells reported reports announced announces learned learnt heard knew
    know knows believe believes believed claimed claims insisted insists revealed reveals noted
    notes argued argues added adds confirmed confirms warned warns wrote writes stated states
    acknowledged admitted admits suggest suggested suggests show showed shows found finds feared fears
    thought think thinks hoped hopes expected expects suspected suspect suspects alleged alleges
    recalled recalls explained explains indicated indicates""".split()
)
# a time phrase between a subject and its verb: "this week", "last month", "on Tuesday"
_DEICTIC = frozenset("this last next earlier later".split())
_SPANS = frozenset(
    "week weekend month year morning afternoon evening night spring summer autumn fall winter".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def acts_in_a_reported_clause(text: str, start: int, end: int) -> bool:
    """Whether the official at ``text[start:end]`` opens a clause after a verb of saying or
    knowing and "that" ("The ministry said that Minister Jane Roe had approved ...") and is its
    subject: a verb of theirs follows."""
    words = list(WORD.finditer(text, max(0, start - 60), start))
    if words and words[-1].group().lower() == "the" and text[words[-1].end() : start] == " ":
        words = words[:-1]
    if len(words) < 2 or words[-1].group() != "that" or words[-2].group() not in _REPORTING:
        return False
    if text[words[-2].end() : words[-1].start()] != " " or text[words[-1].end() : start].strip():
        return False
    cut = words[-1].end() + 1
    return acts_as_subject(text[cut:], start - cut, end - cut, "en")


def _time_phrase_end(text: str, end: int) -> int:
    """Where a time phrase right after ``end`` ends ("this week", "on Tuesday"), or ``end`` if
    none. (Not a bare "today": "Gov. Ana Roe today said" is the wire's way with the story's own
    local officials, whose state it leaves unnamed.)"""
    words = list(WORD.finditer(text, end, end + 40))[:3]
    low = [w.group().lower() for w in words]
    if not words or text[end : words[0].start()] != " ":
        return end
    if len(low) >= 2 and text[words[0].end() : words[1].start()] == " ":
        if low[0] in _DEICTIC and low[1] in _SPANS and words[0].group().islower():
            return words[1].end()
        if low[0] == "on" and low[1] in _WEEKDAYS:
            return words[1].end()
    return end


def without_a_time_phrase(text: str, end: int) -> str:
    """``text`` with a time phrase right after the official ending at ``end`` left out ("Roe this
    week announced" read as "Roe announced"): the same text where there is none."""
    past = _time_phrase_end(text, end)
    return text if past == end else text[:end] + text[past:]


def speaks_late(text: str, start: int, said: int) -> bool:
    """Whether the official at ``text[start:said]`` speaks in a way ``_official_speaks`` does not
    read: past a time phrase ("Roe on Tuesday said")."""
    plain = without_a_time_phrase(text, said)
    return plain != text and _official_speaks(plain, start, said)


def acts_late(text: str, start: int, said: int) -> bool:
    """Whether the official at ``text[start:said]`` is the subject of a verb in a reported clause
    or past a time phrase ("Roe this week announced")."""
    plain = without_a_time_phrase(text, said)
    return acts_in_a_reported_clause(text, start, said) or (
        plain != text and acts_as_subject(plain, subject_start(plain, start), said, "en")
    )

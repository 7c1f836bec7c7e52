"""FL201's late officials of a body the story never sets up, who act on the story's own people
or things: in the last third of a short English story, a newcomer opens their sentence with a
title and a name ("Judge Ana Roe ordered the driver held", "Mines Board head Lin Park closed the
shaft", "Interior Minister Bo Hale said the suspect would be deported") and does a deed to, or
says what will become of, something the story tells of. Such a sentence shares the story's words
by what it is done to, so the topic readers (rules/fl201_topic) take it for the story's own; what
tells it is the doer: no word of their title (its portfolio, its body, the office itself) nor of
their name stands in another sentence, nor the body such an office speaks for ("court" for a
judge, "ministry" for a minister). An editor asks who this is and why they are here.

Silent: an official of a body the story names ("the interior ministry said ...", "a court in
Kell"), one the story names elsewhere, a head of state or government (news of any story of
their country), a quoted sentence (a voice, read by the other readers), a deed done to nothing
the story tells, and any sentence of a long story (its cast is too wide to read so)."""

from __future__ import annotations

import re
from typing import Iterable

from factlint.analysis.lexicon import OFFICE_PREFIXES
from factlint.analysis.place_adjectives import country_adjectives
from factlint.analysis.text import WORD
from factlint.analysis.topic_weight import office_words
from factlint.rules.fl201_acts_on import OtherWords, deed_at, object_words, story_words

# sentences a story has at most for its cast to be read so; the share of it past which is late
_SHORT = 30
_LATE = 2 / 3
# words of the subject at most (title and name)
_SUBJECT_WORDS = 9
# a head of state or government (any story of their country is theirs) and a town's mayor (any
# story of the town)
_STATE_HEADS = frozenset(
    "president prime premier king queen pope chancellor emperor sultan emir mayor".split()
)
# deeds of a visit or a ceremony, or words to someone (rules/fl201_visits and the topic readers'):
# no act ON the story's people
_CEREMONY = frozenset(
    "visited toured inspected opened inaugurated unveiled launched attended received hosted "
    "addressed chaired laid presented met told thanked praised congratulated welcomed greeted urged "
    "asked called appealed invited".split()
)
# words of a case before a court: a judge in a story of one is the story's own (rules/fl201_bench)
_CASE_WORDS = frozenset(
    "trial trials verdict lawsuit sued prosecutor prosecutors prosecution lawyer lawyers attorney "
    "attorneys counsel defendant accused convicted charged charges indicted jury sentenced "
    "sentence appeal hearing hearings petition inquest testified".split()
)
# a judge's titles
_BENCH = frozenset("judge justice magistrate".split())
# the body an office speaks for, when its title does not write it
_BODIES = {
    "judge": ("court", "tribunal", *_CASE_WORDS),
    "justice": ("court", "tribunal", *_CASE_WORDS),
    "magistrate": ("court", "tribunal", *_CASE_WORDS),
    "minister": ("ministry", "government", "cabinet"),
    "bishop": ("diocese", "church"),
    "archbishop": ("archdiocese", "diocese", "church"),
    "ambassador": ("embassy",),
    "general": ("army", "military"),
    "prosecutor": ("prosecution",),
    "commissioner": ("commission",),
    "governor": ("governorate",),
}
# an aside of time before the subject ("On Monday, ")
_LEAD = re.compile(r"^(?:(?:On|Late on|Early on|Later on)\s+[A-Z][a-z]+,?\s+)?")
# a deed in the past right past the subject that is no verb of speech ("closed", "sent", "met")
_PAST = re.compile(
    r"\s*(?:(?:has|had|also|then|later)\s+)?([a-z]{3,}ed|met|sent|told|took|gave|led|froze|shut)\b"
)
_SAID = re.compile(r"\s*(?:said|says|announced|promised|warned)\s+(?:that\s+)?")
# what the clause after "said" is about, up to its verb
_CLAUSE = re.compile(
    r"((?:the|its|his|her|their|all|every)\s+(?:[\w'’-]+\s+){0,3}?)(?:would|will|was|were|had|is|are|must|should|could)\b"
)


def _subject(text: str) -> tuple[int, int, list[str], list[str]] | None:
    """Where the opening title-and-name subject starts and ends, its title's words and its name's
    words: a run of words whose last office word (analysis/topic_weight) is followed by one to
    three capitalised words, then nothing but the verb."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    words = list(WORD.finditer(text, start))[: _SUBJECT_WORDS + 1]
    offices = office_words()
    for k, w in enumerate(words):
        if w.group().lower() not in offices:
            continue
        name = []
        for v in words[k + 1 : k + 4]:
            if not v.group()[:1].isupper() or v.group().lower() in offices:
                break
            name.append(v)
        if not name or k + 1 + len(name) > _SUBJECT_WORDS:
            continue
        after = words[k + 1 + len(name)] if k + 1 + len(name) < len(words) else None
        if after is None or not after.group()[:1].islower():
            continue
        # (nothing but words between: no comma, no stop, no quotation)
        if re.search(r"[,;:.()\"“”]", text[start : name[-1].end()]):
            return None
        title = [v.group() for v in words[: k + 1] if v.start() >= start]
        return start, name[-1].end(), title, [v.group() for v in name]
    return None


def _told_thing(text: str, end: int, rest: OtherWords, people_only: bool, bare: bool) -> bool:
    """Whether what the subject ending at ``end`` does is done to, or said of, a thing or person
    of the story: the deed's object, or the subject of the clause after "said", has a word of
    another sentence (a name of it only, ``people_only``: a judge's order on a valley of a flood
    story is the story's own; a deed only, ``bare``: a title of one word)."""
    deed = deed_at(text, end)
    past = None if deed else _PAST.match(text, end)
    verb = deed.group() if deed else past.group(1) if past else None
    if verb in _CEREMONY:
        return False
    at = deed.end() if deed else past.end() if past else None
    if at is not None:
        words = [w for w in WORD.findall(text[at : at + 80])][:6]
        low = [w for w in object_words(text, at) if len(w) > 3]
        names = [w for w in words[:4] if w[:1].isupper()]
        return (not people_only and any(rest.told(w) for w in low)) or any(n.lower() in rest for n in names)
    # (what a bare title, "General Roe", says is a voice of whatever the story's people did)
    said = _SAID.match(text, end) if not bare else None
    clause = _CLAUSE.match(text, said.end()) if said else None
    if clause is None:
        return False
    words = [w for w in WORD.findall(clause.group(1)) if len(w) > 3]
    return any(not people_only and rest.told(w.lower()) for w in words if w.islower()) or any(
        w.lower() in rest for w in words if w[:1].isupper()
    )


def _set_up(title: list[str], name: list[str], rest: OtherWords) -> bool:
    """Whether another sentence writes a word of the name, a content word of the title (the
    office too) or the body the office speaks for."""
    if any(n.lower() in rest for n in name):
        return True
    for word in title:
        low = word.lower()
        if low in OFFICE_PREFIXES or len(low) < 3 or low in ("and", "the", "for"):
            continue
        # (in any case and number: "Prosecutors in the region" sets up a prosecutor)
        forms = (low, low + "s", *_BODIES.get(low, ()))
        if any(rest.told(f) or f in rest for f in forms):
            return True
    return False


def unset_officials(texts: list[str], late: list[int]) -> Iterable[tuple[int, int, int]]:
    """The late officials of a body the story never sets up who act on its own people or things:
    the sentence, where the title and name start and end."""
    if len(texts) > _SHORT:
        return
    story = story_words(texts)
    for index in late:
        text = texts[index]
        if index < _LATE * len(texts) or any(q in text for q in '"“”'):
            continue
        found = _subject(text)
        if found is None:
            continue
        start, end, title, name = found
        # (a head of state; a country's official, "Dutch Transport Minister", read by the others)
        if any(w.lower() in _STATE_HEADS or w.lower() in country_adjectives() for w in title):
            continue
        rest = story.others(index)
        if _set_up(title, name, rest) or not _told_thing(
            text, end, rest, title[-1].lower() in _BENCH, len(title) < 2
        ):
            continue
        yield index, start, end

"""FL201's late officials of a body the story never writes of, who act on the story's things: a
titled newcomer, the subject of a deed ("Norland Rowing Federation president Ivo Kask toured the
club's boathouse on Friday.", "Tarrin Cables chief executive Oda Lunn bought 20,000 shares in the
company on Monday.") whose title names a body of two words or more ("Rowing Federation", "Tarrin
Cables") none of which another sentence of the story writes, in any case or form. The words such
a sentence shares with the story (the club, the company, a team) are the object of the deed only:
the deed is done ON the story's things, but its doer is of no body the story knows. A story's own
official acting on its own things is of a body it tells of ("the rowing federation", "Tarrin's
shares"), of none named (a mayor), or a government's (a minister, a secretary: their portfolio is
any story's news); a judge is read by rules/fl201_bench. A governing body's official (of an
association, federation, league, district, diocese ...) who honours the story's own people
("presented the club's players with their medals") is the body over the story's subject, named
as copy names it, in the sentence that brings the official in; visiting or buying the story's
things is no such act. The topic readers (rules/fl201_topic)
flag such a newcomer however many words of weight their sentence shares; one who is quoted
("offered a tribute ..."), or whose title stands past a clause of their own, is left to them."""

from __future__ import annotations

import re
from typing import NamedTuple

from factlint.analysis.lexicon import OFFICE_PREFIXES
from factlint.analysis.speech import REPORTING_VERBS
from factlint.analysis.text import WORD
from factlint.analysis.topic_weight import office_words
from factlint.rules.fl201_acts_on import StoryWords, deed_at, object_words, story_words

# deeds of the head of a body done to a thing, besides those rules/fl201_acts_on reads
_MORE_DEEDS = frozenset("met bought sold acquired".split())
# a verb in the past right past the subject, a helper or adverb of time allowed, then its object
_PAST = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later) )?([a-z]{3,})\s+(?:the|a|an|its|his|her|their|\d|[a-z]+s\b)"
)
_SPEECH = re.compile(rf"(?:{REPORTING_VERBS})$")
# a government's minister or secretary, whose portfolio is news of any story; a judge or a court,
# read by rules/fl201_bench
_GOVERNMENT = re.compile(r"(?i)\b(?:minister|secretary|judge|justice|court)\b")
# nouns of a body that governs the story's own (a club's league, a school's district)
_GOVERNING = frozenset("association federation league council board district diocese union authority".split())
# what such a body does for those it governs, at their own event
_HONOURS = frozenset("presented handed awarded congratulated crowned".split())
# words of the deed the message quotes at most, and the words that end it
_TOLD_WORDS = 6
_TOLD_ENDS = frozenset("on at after before during until with by from for and as".split())
# words before the title at most (none: the title opens the sentence, "On Monday," aside)
_LEAD = frozenset("on in at".split())


# words of a title that rank or qualify its office, no body's, that neither the lexicon's prefixes
# ("deputy", "vice": analysis/lexicon) nor its office words ("director", "attorney", "general":
# analysis/topic_weight) hold, and a title's own glue ("The", "Of" capitalised in it)
_RANKS = frozenset("prime acting senior former first interim major state special grand the of".split())


def _no_body(word: str) -> bool:
    """Whether a title's word is an office's ("director", "executive"), a prefix of one ("Deputy")
    or a rank's: no body's."""
    low = word.lower()
    return low in _RANKS or low in OFFICE_PREFIXES or low in office_words()


def _opens(text: str, start: int) -> bool:
    """Whether the title at ``start`` opens its sentence: nothing before it but an aside of time
    set off by a comma ("On Monday, ...")."""
    before = text[:start].strip()
    if not before:
        return True
    words = WORD.findall(before)
    return before.endswith(",") and bool(words) and words[0].lower() in _LEAD and len(words) <= 3


class NewBody(NamedTuple):
    """A late official's deed ("toured the club's boathouse") and the body of their title that the
    story never writes of ("Norland Rowing Federation")."""

    deed: str
    body: str


def _acts(text: str, end: int) -> re.Match[str] | None:
    """The deed the words past the title and name at ``end`` do to a thing (its verb as group 0):
    one rules/fl201_acts_on reads, or a verb in the past ("blocked", "has sealed") that is no verb
    of speech (analysis/speech), followed by its object."""
    deed = deed_at(text, end)
    if deed:
        return deed
    m = _PAST.match(text, end)
    verb = m.group(1) if m else ""
    if m and (verb in _MORE_DEEDS or (verb.endswith("ed") and not _SPEECH.match(verb))):
        return re.compile(re.escape(verb)).search(text, m.start(1))
    return None


def _honours_its_own(body: list[str], text: str, deed: re.Match[str], rest: StoryWords) -> bool:
    """Whether a governing body's official (``body``: their title's words of a body) honours what
    the story tells of ("presented the club's players ...", "awarded the school ..."): the body
    over the story's subject."""
    if deed.group(0) not in _HONOURS or not any(w.lower() in _GOVERNING for w in body):
        return False
    return any(rest.told(w) for w in object_words(text, deed.end()))


def of_a_new_body(texts: list[str], index: int, start: int, end: int, name: frozenset[str]) -> NewBody | None:
    """The deed and body where the titled newcomer ``start``..``end`` of sentence ``index`` (their
    name's words ``name``) opens it and does a deed, and no other sentence writes any of the
    capitalised words of a body of two words or more in their title (no office's, no rank's, no
    name's); no minister, secretary or judge, nor a governing body honouring the story's own."""
    text = texts[index]
    deed = None if any(q in text for q in '"“”') or not _opens(text, start) else _acts(text, end)
    if deed is None:
        return None  # (one quoted offers words, "offered a tribute ...": a voice, not a deed)
    body = [
        w
        for w in WORD.findall(text[start:end])
        if w[:1].isupper() and w.lower() not in name and not _no_body(w) and len(w) > 2
    ]
    if len(body) < 2 or _GOVERNMENT.search(text[start:end]):
        return None  # (a body of one word, a country's head; a government's portfolio: any story's)
    rest = story_words(texts).others(index)
    # (every word of the body: "Norland Rowing Federation" of a story of Norland's crews, or a
    # provincial court in a story of a court, is of a body the story knows)
    if any(rest.told(w.lower()) for w in body) or _honours_its_own(body, text, deed, rest):
        return None
    return NewBody(_deed_told(text, deed), " ".join(body))


def _deed_told(text: str, deed: re.Match[str]) -> str:
    """The deed as the message quotes it: its verb and what it is done to, up to a word of time,
    manner or company ("toured the club's boathouse in Merrow", "bought 20,000 shares in the
    company") or a stop."""
    told = [deed.group(0)]
    for word in text[deed.end() :].split()[:_TOLD_WORDS]:
        bare = word.rstrip(",.;:!?")
        if bare.lower() in _TOLD_ENDS or not bare:
            break
        told.append(bare)
        if bare != word:
            break
    return " ".join(told)

"""FL201's late officials of a body the story never writes of, who act on the story's things: a
titled newcomer, the subject of a deed ("Norland Rowing Federation president Ivo Kask toured the
club's boathouse on Friday.", "Tarrin Cables chief executive Oda Lunn bought 20,000 shares in the
company on Monday.") whose title names a body of two words or more ("Rowing Federation", "Tarrin
Cables") none of which another sentence of the story writes, in any case or form. The words such
a sentence shares with the story (the club, the company, a team) are the object of the deed only:
the deed is done ON the story's things, but its doer is of no body the story knows. A story's own
official acting on its own things is of a body it tells of ("the rowing federation", "Tarrin's
shares"), of none named (a mayor), or a government's (a minister, a secretary: their portfolio is
any story's news); a judge is read by rules/fl201_bench. The topic readers (rules/fl201_topic)
flag such a newcomer however many words of weight their sentence shares; one who is quoted
("offered a tribute ..."), or whose title stands past a clause of their own, is left to them."""

from __future__ import annotations

import re

from factlint.analysis.speech import REPORTING_VERBS
from factlint.analysis.text import WORD
from factlint.analysis.topic_weight import _office_words
from factlint.rules.fl201_acts_on import StoryWords, _deed

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
# words before the title at most (none: the title opens the sentence, "On Monday," aside)
_LEAD = frozenset("on in at".split())


# words of a title that rank or qualify its office, no body's ("Prime", "Deputy", "Attorney")
_RANKS = frozenset(
    "prime deputy vice acting senior assistant former first interim major lieutenant state general "
    "special attorney grand co lt the of".split()
)


def _no_body(word: str) -> bool:
    """Whether a title's word is an office's (topic_weight's: "director", "executive") or a
    rank's: no body's."""
    low = word.lower()
    return low in _RANKS or low in _office_words()


def _opens(text: str, start: int) -> bool:
    """Whether the title at ``start`` opens its sentence: nothing before it but an aside of time
    set off by a comma ("On Monday, ...")."""
    before = text[:start].strip()
    if not before:
        return True
    words = WORD.findall(before)
    return before.endswith(",") and bool(words) and words[0].lower() in _LEAD and len(words) <= 3


def _acts(text: str, end: int) -> bool:
    """Whether the words past the title and name at ``end`` are a deed done to a thing: one
    rules/fl201_acts_on reads, or a verb in the past ("blocked", "has sealed") that is no verb of
    speech (analysis/speech), followed by its object."""
    if _deed(text, end):
        return True
    m = _PAST.match(text, end)
    return bool(m) and (
        m.group(1) in _MORE_DEEDS or (m.group(1).endswith("ed") and not _SPEECH.match(m.group(1)))
    )


def of_a_new_body(texts: list[str], index: int, start: int, end: int, name: frozenset[str]) -> bool:
    """Whether the titled newcomer ``start``..``end`` of sentence ``index`` (their name's words
    ``name``) opens it and does a deed, and no other sentence writes any of the capitalised words
    of a body of two words or more in their title (no office's, no rank's, no name's); no
    minister, secretary or judge."""
    text = texts[index]
    if any(q in text for q in '"“”') or not _opens(text, start) or not _acts(text, end):
        return False  # (one quoted offers words, "offered a tribute ...": a voice, not a deed)
    body = [
        w
        for w in WORD.findall(text[start:end])
        if w[:1].isupper() and w.lower() not in name and not _no_body(w) and len(w) > 2
    ]
    if len(body) < 2 or _GOVERNMENT.search(text[start:end]):
        return False  # (a body of one word, a country's head; a government's portfolio: any story's)
    rest = StoryWords(texts).others(index)
    # (every word of the body: "Norland Rowing Federation" of a story of Norland's crews, or a
    # provincial court in a story of a court, is of a body the story knows)
    return not any(rest.told(w.lower()) for w in body)

"""FL402: dates and times the story itself tells apart.

- Several incidents counted ("three house fires in six days", "the two robberies", "a
  string of fires"): each has its day and its time, and the police were called to each; a
  weekday or a clock time of one is not the other's.
- A once-only event of two different things ("the birth of two otter kits" in April, "the
  birth of Tamsin, a tapir calf" in October): what follows "birth of" names whose it is.
- An event read from a word that, in a sentence in another language, is that language's small
  word ("die" is German's article, not the English verb): no event, no date of one.
"""

from __future__ import annotations

import re

from factlint.analysis.languages import function_words
from factlint.analysis.numtext import lexicon
from factlint.analysis.text import LETTERS

_INCIDENT_PLURALS = (
    r"fires|blazes|robberies|holdups|hold-ups|burglaries|crashes|collisions|shootings|stabbings|"
    r"attacks|explosions|blasts|bombings|quakes|earthquakes|incidents|break-ins"
)
_SEVERAL = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|(?:a\s+)?(?:string|series|spate|"
    rf"wave|number)\s+of)\s+(?:[\w-]+\s+){{0,2}}?(?:{_INCIDENT_PLURALS})\b",
    re.IGNORECASE,
)
# what a once-only event is of: "the birth of two otter kits", "the death of the ferry's captain"
_EVENT_OF = re.compile(
    r"\b(?:birth|death|funeral|wedding|arrival|hatching)s?\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"their\s+|its\s+)?(?P<what>[^,.;:()]+)",
    re.IGNORECASE,
)
_STOP = frozenset("the and with who which that was were had has its their his her into from".split())


def several_incidents(sentences) -> bool:
    """Whether the story counts more than one incident of a kind ("three house fires")."""
    return any(_SEVERAL.search(s.text) for s in sentences)


def _of_what(text: str) -> frozenset[str] | None:
    m = _EVENT_OF.search(text)
    if not m:
        return None
    return frozenset(w.lower() for w in LETTERS.findall(m["what"]) if len(w) >= 3) - _STOP or None


def events_of_two_things(first: str, second: str) -> bool:
    """Both sentences say what their once-only event is of, and share no word of it."""
    a, b = _of_what(first), _of_what(second)
    return bool(a and b and not a & b)


def event_word_abroad(event: str | None, text: str) -> bool:
    """The sentence is in another language, and every word in it of the event's class is a
    small word of another language ("die Zuschüsse" read as "die")."""
    if not event:
        return False
    fw = function_words()
    english = fw["en"]
    other = frozenset().union(*(w for lang, w in fw.items() if lang != "en")) - english
    lows = [w.lower() for w in LETTERS.findall(text)]
    if sum(w in other for w in lows) <= sum(w in english for w in lows):
        return False
    words = set(lexicon()["event_classes"].get(event, ())) | {event}
    found = [w for w in lows if w in words]
    return bool(found) and all(w in other for w in found)

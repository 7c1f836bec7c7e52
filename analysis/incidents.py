"""Incidents a sentence brings in by an indefinite noun phrase ("a bomb struck a market",
"an air strike", "another car bomb", "a suicide bomber"), and wholes and subsets of one count
("all 22 countries" / "a study of six countries").

A story of several incidents gives each its own toll, and writes each one's first sentence with
"a" or "another"; a definite phrase ("the attack", "the blast") refers back to one told before.
Two tolls whose sentences each bring in their own incident, by different nouns, are two
quantities, not two values of one."""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.text import LOOSE_WORD

# nouns of an incident or of what struck in it (the weapon, the attacker, the craft)
_INCIDENT_NOUNS = frozenset(
    {
        "attack", "airstrike", "strike", "raid", "ambush", "assault", "bomb", "bombing", "bomber",
        "blast", "explosion", "shooting", "gunman", "aircraft", "plane", "warplane", "jet",
        "drone", "missile", "rocket", "shell", "mortar", "grenade", "crash", "collision", "fire",
        "blaze", "flood", "landslide", "mudslide", "quake", "earthquake", "storm", "avalanche",
        "stampede", "derailment", "sinking", "truck", "car",
    }
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "another"})
_SPAN_WORDS = frozenset({"after", "before", "since", "following", "days", "weeks", "months", "years"})
_GAP = 3  # words between the article and the incident's noun at most ("a suicide car bomb")


@lru_cache(maxsize=4096)
def introduced_incidents(text: str) -> tuple[tuple[str, bool], ...]:
    """The incidents ``text`` brings in: (the noun, whether by "another"), in order. A compound
    ("car bomb") is read by its last incident noun; one told after "after" or "since" is left
    out (an earlier event the sentence measures time from)."""
    words = [w.lower() for w in LOOSE_WORD.findall(text)]
    found = []
    for k, w in enumerate(words):
        if w not in _ARTICLES or (k and words[k - 1] in _SPAN_WORDS):
            continue
        head = None
        for j in range(k + 1, min(len(words), k + 2 + _GAP)):
            if words[j] in _ARTICLES or words[j] in {"the", "of", "and", "that", "which", "who"}:
                break
            if words[j] in _INCIDENT_NOUNS:
                head = words[j]
            elif head is not None:
                break
        if head is not None:
            found.append((head, w == "another"))
    return tuple(found)


def separate_incidents(first: str, second: str) -> bool:
    """Whether two sentences tell of two incidents: the second brings one in by "another", or
    both bring in their own, by nouns they do not share ("an aircraft swooped ..." / "a bomb
    struck a market ...")."""
    a, b = introduced_incidents(first), introduced_incidents(second)
    if any(other for _, other in b):
        return True
    return bool(a and b) and not ({n for n, _ in a} & {n for n, _ in b})


# what marks a count as a whole: "all 22", "all of the 22", "out of 22", "access to 22"
_WHOLE_BEFORE = (
    ("all",),
    ("all", "the"),
    ("all", "of", "the"),
    ("out", "of"),
    ("access", "to"),
    ("total", "of"),
)
# what says a count was picked out of more: studied, selected, sampled, included
_PICKED = frozenset(
    {
        "study", "studied", "studies", "selected", "select", "chose", "chosen", "picked", "sample",
        "sampled", "surveyed", "examined", "looked", "based", "included", "includes",
    }
)  # fmt: skip


@lru_cache(maxsize=8192)  # asked for a figure of every pair FL401 compares
def marked_whole(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` is called a whole ("all 22 countries")."""
    before = tuple(w.lower() for w in LOOSE_WORD.findall(text[:start])[-3:])
    return any(before[-len(m) :] == m for m in _WHOLE_BEFORE)


def picked_out(text: str) -> bool:
    """Whether ``text`` says its count was studied, selected or included."""
    return any(w.lower() in _PICKED for w in LOOSE_WORD.findall(text))

"""One group of people counted under two nouns, for FL401 (``figure_compare``).

Two reports of one event count the same people with different words: once as people ("eleven
people sheltered in the Tarvo school") and once by who they were ("12 villagers sheltered in the
school at Tarvo"), "30 victims" / "30 farmhands". Near-synonyms of one role ("protesters" /
"demonstrators", "troops" / "soldiers", "pupils" / "students") are one counted noun already
(``same_counted`` in ``data/number_words.yaml``); this module ties a role to people as such.

A role and people are one group only when nothing makes them two: no two different events (the
dead and the injured), and the clauses share the event's content words; the clause of a count that
names no event must not name another event either ("5 personas muertas" beside "20 personas
heridas"). Parts of a group (men, women, children), responders and crews are not roles of the
counted group here. Reads only ``Quantity`` records.
"""

from __future__ import annotations

from functools import lru_cache

from .figure_types import Quantity
from .languages import any_function_words
from .numtext import lexicon

# people as such, in the crude lemmas the number analysis gives heads (after same_counted)
PEOPLE_AS_SUCH = frozenset({"person", "victim", "individual", "soul", "life"})
# roles a story's people are counted by: one of them may be the "people" of another report
PEOPLE_ROLES = frozenset(
    {
        "worker",
        "miner",
        "student",
        "soldier",
        "protester",
        "migrant",
        "refugee",
        "passenger",
        "tourist",
        "pilgrim",
        "resident",
        "villager",
        "civilian",
        "worshipper",
        "fan",
        "farmer",
        "fisherman",
        "hostage",
    }
)


# trades whose people are the "workers" of another report ("nueve trabajadores" / "10 mineros")
_WORKERS = frozenset({"worker", "miner", "farmer", "fisherman"})


def one_group(a: Quantity, b: Quantity) -> bool:
    """Two counts whose counted nouns may name one group: people as such and a role ("ten
    migrants" / "nine people", "30 victimes" / "31 personnes"), or workers and one trade."""
    if a.kind != "count" or b.kind != "count" or not (a.head and b.head) or a.head == b.head:
        return False
    heads = {a.head, b.head}
    if "worker" in heads and heads <= _WORKERS:
        return True
    return bool(heads & PEOPLE_AS_SUCH) and heads <= PEOPLE_AS_SUCH | PEOPLE_ROLES


def one_group_tied(a: Quantity, b: Quantity) -> bool:
    """A role and people (``one_group``) tied as one count: one event or none named beside the
    other's, no other event in the clause that names none, no attribute, and two content words
    shared besides names."""
    if a.attribute or b.attribute or a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        return False
    if a.event and b.event and a.event != b.event:
        return False
    if a.event != b.event:
        if max(a.base_value, b.base_value) > 3 * min(a.base_value, b.base_value):
            return False  # "24 people were arrested" / "310 protesters marched": some of them
        named, bare = (a, b) if a.event else (b, a)
        others = lexicon()["event_of"]
        if any(others.get(w, named.event) != named.event for w in bare.context):
            return False  # "5 personas muertas" / "20 heridas": another event read from a word
    shared = {
        w for w in (a.context & b.context) - a.names - b.names - {a.head, b.head} - _noise() if len(w) > 2
    }
    return len(shared) >= 2  # (a shared place name and one word more is a place, not the event)


@lru_cache(maxsize=1)
def _noise() -> frozenset[str]:
    """Short and function words of any language: no content to tie two clauses by."""
    return frozenset(lexicon()["generic_nouns"]) | any_function_words()

"""FL201's late newcomers whose deed belongs to another story, one finding a sentence: a judge
who rules in a story of no court (rules/fl201_bench) and a head who visits a thing and a place
the story never tells (rules/fl201_visits). The messages name what was looked for, so an editor
sees what the story lacks ("tells nowhere else of what ('a rail depot') or where ('Amberly
Cross')")."""

from __future__ import annotations

from typing import Iterable

from factlint.rules.fl201_bench import judges_without_a_court
from factlint.rules.fl201_visits import heads_visiting_elsewhere
from factlint.rules.fl201_unset_bodies import unset_officials

_ANOTHER = "was this sentence meant for another article? Introduce them and their matter, or cut it"


def _quoted(words: list[str]) -> str:
    """The words quoted, with the braces a message's ``{where}`` fill would read doubled."""
    return ", ".join(f"'{w}'".replace("{", "{{").replace("}", "}}") for w in words if w)


def deeds_of_another_story(
    texts: list[str], late: list[int], flagged: set[int]
) -> Iterable[tuple[int, int, int, str]]:
    """The late judges of no court, heads visiting elsewhere and officials of a body the story never
    sets up, in sentences of no ``flagged``
    one, one a sentence: the sentence, where the newcomer's words start and end, and what the
    message says after them (``{where}`` left to fill)."""
    judges = (
        (
            index,
            start,
            end,
            f"acts as a judge in {{where}}, but the story tells of no court, trial or charge: {_ANOTHER}",
        )
        for index, start, end in judges_without_a_court(texts, late)
    )
    visits = (
        (
            index,
            start,
            end,
            f"visits in {{where}}, but the story tells nowhere else of what ({_quoted([thing])}) or where "
            f"({_quoted(places)}): {_ANOTHER}",
        )
        for index, start, end, thing, places in heads_visiting_elsewhere(texts, late)
    )
    unset = (  # (rules/fl201_unset_bodies)
        (
            index,
            start,
            end,
            "acts on the story's people in {where}, but the story never introduces them or their "
            "body: who is this, and why are they here? Introduce them, or cut it",
        )
        for index, start, end in unset_officials(texts, late)
    )
    done = set(flagged)
    for found in (*judges, *visits, *unset):
        if found[0] not in done:  # one finding a sentence, the first reader's
            done.add(found[0])
            yield found

"""FL201's late titled voice of a body the story never names (rules/fl201_topic's titled
newcomers): a spokesperson, an adviser or an official is one of the story's own voices when they
speak for one of its bodies, and no one's when the body they speak for is named in their title
only ("Heltra spokeswoman Ines Varo declined to comment on the report." late in a flood story
that names no Heltra). Such a voice is weighed on the topic as any titled newcomer, not as one
set up in passing, and the body named only in their sentence tells its topic as a content word
does: their short word ("declined to comment") is read too. A country is no such body ("French
striker Jo Roe" is a club's player), and a body the story names elsewhere, in any of its forms,
makes the voice its own."""

from __future__ import annotations

from factlint.analysis.lexicon import Lexicon
from factlint.analysis.mentions import Mention, Mentions


def owner_named_here(first: Mention) -> bool:
    """Whether the body the title is of is a name written with the title ("Heltra
    spokeswoman"), not a body described ("the nurses' association")."""
    return first.jurisdiction is not None and bool(first.jurisdiction_text) and not first.described


def unnamed_owner(ms: Mentions, first: Mention) -> bool:
    """Whether the titled person ``first`` speaks for a body named with their title and in no
    other sentence of the story, and no country."""
    if first.jurisdiction is None or not owner_named_here(first):
        return False
    return first.jurisdiction not in ms.lexicon.derived(_countries) and not ms.mentioned_elsewhere(
        first.jurisdiction, first.sentence
    )


def _countries(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's countries, by their canonical names."""
    return frozenset(lexicon.places.values())

"""Who and what an article talks about: people, roles, organisations, places and cited sources,
linked into entities. One shared analysis (``compute(doc, ctx)``), used by the cast rules
(FL201-FL203) through ``ctx.analysis(compute)``.

Rules only, no statistical model: word lists (``analysis/data/*.yaml``) name the titles,
demonyms, organisations and news agencies; capitalisation and a handful of patterns find the
names and link them to roles:

- premodifier:  "Russian Prime Minister Mikhail Mishustin", "Palace manager Alan Pardew"
- apposition:   "Vladimir Putin, the Russian Leader", "the Russian Prime Minister, Mikhail Mishustin"
- who-clause:   "Geoff Shreeves, who was also in the boardroom" (introduces, links a role if named)
- honorific:    "Mr Putin"
- referring back: a role-only mention ("the Russian Leader") resolves to the person it was
  attached to; a surname resolves to the full name; relational descriptions ("his guest") are
  never new actors.

Precision matters more than coverage here: a mention the analysis cannot place is left out, not
guessed, because FL201 must rarely fire on a clean article.

The package, by concern: ``vocabulary`` (closed word classes), ``labels`` (known phrases),
``chunks`` (unknown capitalised names), ``roles`` (titles and the names they attach to),
``events``, ``linking`` (mentions into entities), ``model`` (the results), ``extract`` (the
sentence-by-sentence run). Tokens come from the shared text layer (``analysis/text.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..text import Token, word_tokens
from .extract import Extractor, compute
from .labels import quote_mask
from .model import Entity, EventRef, Mention, Mentions, RoleAssignment

tokenize = word_tokens  # the name older callers use

__all__ = [
    "Entity",
    "EventRef",
    "Extractor",
    "Mention",
    "Mentions",
    "RoleAssignment",
    "Token",
    "compute",
    "iter_people",
    "quote_mask",
    "tokenize",
]


def iter_people(mentions: Mentions) -> Iterable[Entity]:
    return (e for e in mentions.entities if e.kind == "person")

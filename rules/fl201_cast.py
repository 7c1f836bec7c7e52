"""FL201's messages: the cast line (the story's people so far, capped) and the partners'
first mentions a finding points to. Split from the rule's module."""

from __future__ import annotations

from factlint.analysis.mentions import Entity, Mention
from factlint.linter.finding import Related


MAX_CAST = 6


def _first_mentions(partners: list[Entity]) -> list[Related]:
    """Where each partner of a newcomer was first mentioned: the finding's related places."""
    return [Related(p.first.span, message=f"{p.display} first mentioned here") for p in partners]


def _with(cast: list[Entity], partners: list[Entity]) -> list[Entity]:
    """The cast so far, including the partners the message names (a person met once before is
    not "well attested", but the message names them, so the cast must too)."""
    return cast + [p for p in partners if p not in cast]


def _quoted(m: Mention) -> str:
    text = m.text
    return (
        text[0].lower() + text[1:] if text.split()[0] in ("The", "A", "An", "Their", "His", "Her") else text
    )


def _names(entities: list[Entity], limit: int | None = None) -> str:
    if not entities:
        return "nobody yet"
    names = list(dict.fromkeys(e.display for e in entities))  # two "Smith"s read as one name
    if limit is not None and len(names) > limit:
        names = names[:limit] + [f"and {len(names) - limit} more"]
    return ", ".join(names)

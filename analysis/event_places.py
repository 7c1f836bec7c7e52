"""The names a date's clause gives its event's place by, less the names that are not of the
place: the body a figure is attributed to ("according to the disaster agency of Veltria") and a
clock time's zone in brackets ("at 4:30 a.m. Monday (Kessel Time)"). Two dates of an incident
whose clauses name two places may be a roundup of two incidents; a source or a time zone names
neither. Pure functions of a sentence's text and a date mention."""

from __future__ import annotations

import re

from .text import word_tokens

# where an attribution opens: what follows it, to the clause's end, names a source
_ACCORDING = re.compile(r"\baccording to\b[^;:()]*", re.IGNORECASE)
# a bracket of a time zone: "(Kessel Time)", "(0910 GMT)", "(local time)"
_ZONE = re.compile(r"\(([^()]*\b(?:time|gmt|utc)\b[^()]*)\)", re.IGNORECASE)


def not_of_place(text: str) -> frozenset[str]:
    """The capitalised words (lower-cased) of a sentence's attributions and zone brackets."""
    out: set[str] = set()
    for pattern in (_ACCORDING, _ZONE):
        for m in pattern.finditer(text):
            out.update(t.low for t in word_tokens(m.group(0)) if t.cap)
    return frozenset(out)


def place_names(text: str, names: frozenset[str]) -> frozenset[str]:
    """A date mention's clause names (``DateMention.names``) less a source's and a zone's."""
    return names - not_of_place(text)


def two_places(doc, a, b) -> bool:
    """Two dates' clauses name places, and no place of one is a place of the other."""
    pa = place_names(doc.sentences[a.sentence].text, a.names)
    pb = place_names(doc.sentences[b.sentence].text, b.names)
    return bool(pa and pb and not pa & pb)

"""FL202: two offices the title readers pass over, read from the words a story sets around a
named person: a post the person has just taken up, and a client's lawyer.

- A new or interim chief executive (or managing director) told as a post taken up, not as a
  title: after the name, "Ana Roe arrived in her role as the new chief executive at ..." ("her
  new post as chief executive", "his job as interim CEO"); before it, set off by a comma, "the
  new chief executive of the board that manages the city's clinics, Ana Roe, said" (the description
  may hold a clause of its own up to the comma). Only "new" or "interim" posts: a story that
  says one has just taken over and later calls the person chairman by title alone gives two
  posts that the board splits (the chairman oversees the new chief executive), unless it
  writes them together ("chairman and chief executive": ``fl202_board_posts.py``).
- A lawyer named as another named person's ("Ana Roe's lawyer, Ben Ode, said", "Roe's
  attorney, Ben Ode,"): the defence lawyer of that person, against a later "Prosecutor Ben
  Ode". A bare "a lawyer" or "the lawyer" stays unread: it may be the state's.

Left unread when any sentence naming the person tells a change of post ("the board named Roe
chairman"). The pairs found go through the role-change rule's tests like any other title ("former", a
change of office told, "also", one sentence giving both).
"""

from __future__ import annotations

import re

from factlint.analysis.held_offices import named_mentions
from factlint.analysis.mentions import Entity, Mentions, RoleAssignment
from factlint.analysis.text import CAPITAL_WORD
from factlint.linter.document import Document

_FRESH = r"(?:new|newly\s+appointed|interim)"
_CHIEF = r"(?:chief\s+executive(?:\s+officer)?|CEO|managing\s+director)"
_POST = r"(?:role|post|job|position)"

# after the name: "arrived in his role as the new chief executive", "took up her new post as CEO"
_TAKEN_UP = re.compile(
    rf"[^,;:.!?\"“”()]{{0,60}}?\b(?:his|her|their)\s+(?:{_FRESH}\s+{_POST}\s+as\s+(?:the\s+)?(?:{_FRESH}\s+)?"
    rf"|{_POST}\s+as\s+(?:the\s+)?{_FRESH}\s+)({_CHIEF})\b",
    re.IGNORECASE,
)
# before the name, set off: "the new chief executive of the board that manages X, Ana Roe,"
_SET_OFF_BEFORE = re.compile(
    rf"\b(?:the|its|their)\s+{_FRESH}\s+({_CHIEF})(?:\s+(?:of|at|for)\s[^,;:\"“”()]{{1,120}})?,\s*$",
    re.IGNORECASE,
)
# after the name, a comma, a full stop, a dash or a bracket: the description is set off
_SET_OFF_AFTER = re.compile(r"\s*(?:[,;:.)—–]|$)")
# "Roe's lawyer, Ben Ode" (the owner a capitalised word; its person checked below)
_CLIENTS_LAWYER = re.compile(
    rf"({CAPITAL_WORD.pattern})(?:'s|’s|'|’)\s+(?:lawyer|attorney|counsel|solicitor)\s*,\s*$"
)


def new_posts(doc: Document, ms: Mentions, ent: Entity, have: list[RoleAssignment]) -> list[RoleAssignment]:
    """The offices these shapes give ``ent`` in sentences where ``have`` (the offices read so
    far) gives none of the same name."""
    held = {(r.mention.sentence, r.office) for r in have}
    surnames = _other_surnames(ms, ent)
    found: list[RoleAssignment] = []
    for m, text, at in named_mentions(doc.sentences, ent):
        end = at + len(m.name)
        office, title = None, None
        after = _TAKEN_UP.match(text, end)
        before = _SET_OFF_BEFORE.search(text[:at])
        lawyer = _CLIENTS_LAWYER.search(text[:at])
        if (after is not None or before is not None) and _moved_on(doc, ent):
            after = before = None  # a story that tells the person named to another post
        if after is not None:
            office, title = "chief executive", after.group(1)
        elif before is not None and _SET_OFF_AFTER.match(text, end):
            office, title = "chief executive", before.group(1)
        elif lawyer is not None and lawyer.group(1) in surnames and _SET_OFF_AFTER.match(text, end):
            office, title = "defence lawyer", "lawyer"
        if office is None or (m.sentence, office) in held:
            continue
        if title and title.lower().startswith("managing"):
            title = "managing director"
        held.add((m.sentence, office))
        found.append(RoleAssignment(office, title or office, None, m, False))
    return found


def _other_surnames(ms: Mentions, ent: Entity) -> set[str]:
    """The last words of the full names of the story's other people (a client is one)."""
    return {
        e.full_name.split()[-1]
        for e in ms.entities
        if e is not ent and e.kind == "person" and e.full_name and len(e.full_name.split()) >= 2
    }


# a change of post told with the verb before the name ("the board named Roe chairman")
_NAMED = re.compile(r"\b(?:named|appointed|elected|promoted|made|became|took\s+over|stepped\s+down)\b", re.I)


def _moved_on(doc: Document, ent: Entity) -> bool:
    """Whether a sentence naming the person (by surname) tells a change of post anywhere in it."""
    surname = (ent.full_name or ent.display).split()[-1]
    return any(surname in s.text and _NAMED.search(s.text) for s in doc.sentences)

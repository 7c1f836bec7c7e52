"""FL202: one person called an official inside a ministry (its secretary, director, adviser,
spokesperson) and elsewhere that ministry's minister.

A civil servant of a ministry is not its minister: "Ana Roe, permanent secretary of Disease
Control in the Ministry of Public Health," ... "Public Health Minister Ana Roe said" gives one
person the two posts that the story's ministry holds apart. The ministry is read from the
words around the official's title ("in the Ministry of Health", "at the Health Ministry",
"Health Ministry director Ana Roe"); the minister's portfolio from the cabinet title. The two
count as one ministry when they share a word of the portfolio ("Public Health", "Health").

A secretary titled before the body with no rank of a civil servant ("Teo Roe, secretary of the
Department of Health,") is the body's head: in many governments the department's secretary is the
cabinet member that agency copy calls its minister. "Permanent", "deputy", "under" and the other
ranks make them staff again, as does a body named first ("Health Ministry secretary Ana Roe").

Left alone: a junior minister in the ministry ("minister of state in the Ministry of Health"),
a title of no ministry, ministries that share no word, and what the role-change rule leaves
alone for every pair (a change of office told, "former", "also").
"""

from __future__ import annotations

import re

from factlint.analysis.mentions.model import RoleAssignment
from factlint.analysis.text import WORD
from factlint.linter.document import Document

# the last word of an official's title who works in a ministry without being its minister
_STAFF = frozenset(
    "secretary undersecretary under-secretary director official officer adviser advisor aide "
    "spokesperson spokesman spokeswoman".split()
)
_MINISTRY = frozenset({"ministry", "department"})
# a bare secretary right past the name, then the body: "Roe, secretary of the ..." (a rank between,
# "Roe, permanent secretary of ...", does not match)
_SECRETARY_OF = re.compile(r"\s*,?\s*(?:the\s+)?secretary\s+(?:of|for)\b", re.IGNORECASE)
_GLUE = frozenset({"and", "of", "for", "the"})
_NOT_PORTFOLIO = frozenset(
    {"minister", "secretary", "ministry", "department", "cabinet", "state", "and", "of", "for", "the"}
)


def staff_and_minister(doc: Document, lex, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether one of two roles is an official's in a ministry and the other that ministry's
    cabinet post."""
    return _staff_of(doc, lex, a, b) or _staff_of(doc, lex, b, a)


def _staff_of(doc: Document, lex, staff: RoleAssignment, minister: RoleAssignment) -> bool:
    office = lex.office(minister.office)
    if office is None or office.group != "cabinet" or staff.mention.sentence == minister.mention.sentence:
        return False
    words = (staff.title or staff.office or "").lower().split()
    if not words or words[-1] not in _STAFF or "minister" in words or _the_bodys_secretary(doc, staff, words):
        return False
    portfolio = {w.lower() for w in WORD.findall(minister.title or "")} - _NOT_PORTFOLIO
    if office.portfolio:
        portfolio |= set(office.portfolio.lower().split()) - _NOT_PORTFOLIO
    return bool(portfolio & _ministry_words(doc, staff))


def _the_bodys_secretary(doc: Document, role: RoleAssignment, words: list[str]) -> bool:
    """Whether the official is a bare "secretary" titled before the body past their name ("Roe,
    secretary of the Department of Health,"): the body's head, no servant's rank in the title."""
    if words != ["secretary"]:
        return False
    m = role.mention
    return bool(_SECRETARY_OF.match(doc.sentences[m.sentence].text, m.end))


def _ministry_words(doc: Document, role: RoleAssignment) -> set[str]:
    """The words naming a ministry in the official's description: after the name up to the
    clause's end ("Roe, director in the Ministry of Health,") or before the name within its
    clause ("Health Ministry director Roe")."""
    m = role.mention
    text = doc.sentences[m.sentence].text
    after = text[m.end : m.end + 120]
    for stop in (";", '"', "“", " said", " says", " told", " who "):
        at = after.find(stop)
        if at >= 0:
            after = after[:at]
    before = text[max(0, m.start - 80) : m.start]
    before = before[before.rfind(",") + 1 :]
    found: set[str] = set()
    for part in (after, before):
        toks = WORD.findall(part)
        for k, t in enumerate(toks):
            if t.lower() not in _MINISTRY:
                continue
            if k + 1 < len(toks) and toks[k + 1].lower() in ("of", "for"):
                run = _capitalised(toks[k + 1 :])
            else:
                run = _capitalised(reversed(toks[:k]))
            found |= {w.lower() for w in run} - _NOT_PORTFOLIO
    return found


def _capitalised(toks) -> list[str]:
    """The capitalised words of a ministry's name from its first (glue words between them)."""
    run: list[str] = []
    for t in toks:
        if t[:1].isupper():
            run.append(t)
        elif t.lower() not in _GLUE:
            break
    return run

"""FL202: one minister of two portfolios named by one title that joins them ("Foreign and
Defence Minister Amal Orsi" ... "Foreign Minister Orsi"). The title readers read its last
portfolio only ("Defence Minister"); the portfolios joined before it by "and" or a comma are the
same post's, so either said alone later is no second office. A list of people with titles
("Finance Minister Ana Roe, Interior Minister Eli Tarr") is no such title."""

from __future__ import annotations

from factlint.analysis.mentions.model import RoleAssignment
from factlint.analysis.text import WORD
from factlint.linter.document import Document

_JOINS = frozenset({"and", "&"})


def joint_post(doc: Document, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether the title of one role is joined to the other's portfolio by "and" or a comma
    right before it ("Foreign and Defence Minister", "Trade, Industry and Energy Secretary")."""
    return _joined(doc, a, b) or _joined(doc, b, a)


def _joined(doc: Document, one: RoleAssignment, other: RoleAssignment) -> bool:
    title, other_title = one.title or "", (other.title or "").lower().split()
    portfolio = other_title[:-1]  # "foreign minister" -> "foreign"
    if not title or not portfolio:
        return False
    m = one.mention
    text = doc.sentences[m.sentence].text
    window = text[max(0, m.start - 80) : m.end]
    at = window.lower().rfind(title.lower())
    if at < 0:
        return False
    before = window[:at].rstrip()
    words = [w.lower() for w in WORD.findall(before)][-6:]
    if not words or not (words[-1] in _JOINS or before.endswith(",")):
        return False
    if not all(w in words for w in portfolio):
        return False
    # a list of people, each with a title ("Finance Minister Ana Roe, Interior Minister Eli
    # Tarr"): the other title's head word said again between is another person's post
    after = words[max(len(words) - words[::-1].index(w) for w in portfolio) :]
    return other_title[-1] not in after

"""FL202: one person called a company's chief executive and later its chairman (or the other
way round) in a story that never gives the two posts together.

Many firms split the posts (the board's chair oversees the chief executive) and many join them;
a story that means one person to hold both says so ("chairman and chief executive Ana Roe",
"Roe, the CEO and chair,"). A person introduced by one post and later given the other by title
alone, with no joint post written anywhere in the story, is a swapped title: "Chief executive
Ana Roe said ..." ... "the group's chairman, Ana Roe, said". Only that way round: a chairman
later called chief executive in passing often holds both (a founder who chairs and runs a firm).

Left alone: an executive chairman or a co-chair (who may run the firm too), a chair of a body
the other post is not of (a committee, an association: the role-change rule's place test), and
a change of office told (``rules/fl202_role_change.py`` checks "was named chairman", "former",
"also" for these pairs as for every other).
"""

from __future__ import annotations

import re

from factlint.analysis.mentions.model import RoleAssignment
from factlint.linter.document import Document

_POSTS = frozenset({"chief executive", "chairman"})

# a chairman's title that may also run the firm: "executive chairman", "co-chairman"
_RUNS_TOO = frozenset({"executive", "co", "non"})

# the two posts written as one ("chairman and chief executive", "CEO and chair", "chairman/CEO")
_CHAIR = r"(?:chair(?:man|woman|person)?|president)"
_CHIEF = r"(?:chief\s+executive(?:\s+officer)?|CEO)"
_JOINED = re.compile(
    rf"\b(?:{_CHAIR}\s*(?:and|&|/|,)\s*{_CHIEF}|{_CHIEF}\s*(?:and|&|/|,)\s*{_CHAIR})\b",
    re.IGNORECASE,
)


def chief_and_chair(doc: Document, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether ``a`` (earlier) and ``b`` are a chief executive's and a later chairman's posts
    that the story never says one person holds together."""
    if {a.office, b.office} != _POSTS:
        return False
    chair = b if b.mention.sentence > a.mention.sentence else a
    if chair.office != "chairman":
        return False  # a chairman later called chief executive: he often is both, said in passing
    words = (chair.title or "").lower().replace("-", " ").split()
    if any(w in _RUNS_TOO for w in words[:-1]):
        return False
    return _JOINED.search(doc.text) is None

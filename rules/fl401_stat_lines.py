"""FL401: stat lines of a round-up. A sentence that gives one holder's figures for several
counted nouns or units ("Sollo had 22 points, eleven rebounds and three assists", "A total of 3,100 personnel,
240 engines and 14 helicopters are fighting the Hollin Fire") is that holder's line; a second line
for the same nouns that differs on every one of them is another holder's ("Okafor paced the Otters
with 24 points, four rebounds and eight assists"; "On that blaze, 1,250 personnel are working
with 85 engines and seven helicopters"), not the first restated with a figure changed. A story
that gets one figure wrong keeps the others.

Two lines of three nouns or more are told apart by their figures alone; two lines of two nouns
only when each figure follows its own holder's name in its sentence ("Dell Marr had 17 points
and three rebounds" / "Ty Green had 19 points and eight rebounds"). Counts of an event (a toll,
those aboard) are never stat lines: two lists of a toll's parts are compared as such.
"""

from __future__ import annotations

import re
from collections import defaultdict

from factlint.analysis.figure_types import Quantity

_MANY = 3  # shared nouns that tell two lines apart by their figures alone
# a holder's name right before a figure: capitalised words, hyphens and initials allowed
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "While", "With", "Fighting"})


class StatLines:
    """The counted figures of each sentence, read once a conflict asks for them."""

    def __init__(self, qs: list[Quantity], sentences):
        self._qs = qs
        self._sentences = sentences
        self._lines: dict[int, dict[str, set[float]]] | None = None

    def _line(self, si: int) -> dict[str, set[float]]:
        if self._lines is None:
            self._lines = defaultdict(lambda: defaultdict(set))
            for q in self._qs:
                if _key(q):
                    self._lines[q.sentence][_key(q)].add(q.base_value)
        return self._lines.get(si, {})

    def apart(self, a: Quantity, b: Quantity) -> bool:
        """Two figures from two stat lines that differ on every noun they share (the figures
        may be tied by other words: "56 water tenders" / "92 engines")."""
        if not (_key(a) and _key(b)):
            return False
        la, lb = self._line(a.sentence), self._line(b.sentence)
        shared = set(la) & set(lb)
        if len(shared) < 2 or any(la[h] & lb[h] for h in shared):
            return False
        if len(shared) >= _MANY:
            return True
        ha, hb = (_holder(self._sentences[q.sentence].text, q.start) for q in (a, b))
        return bool(ha and hb) and not _one_name(ha, hb)


def _one_name(x: str, y: str) -> bool:
    """ "Tomas Brel" and "Brel" name one holder; "Klay Orr" and "Dell Orr" two."""
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx


def _key(q: Quantity) -> str | None:
    """What a line's figure counts: its noun, or the unit of a bare measure ("22 points")."""
    if q.event or q.modal or q.compound or q.attribute and q.kind != "count":
        return None
    if q.kind == "count":
        return q.head
    return "unit " + q.unit if q.kind == "measure" and q.unit else None


def _holder(text: str, start: int) -> str | None:
    """The name last written before a figure in its sentence, less a capitalised opening word."""
    names = _NAME.findall(text[:start])
    if not names:
        return None
    words = names[-1].split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words) or None

"""Ranges of ages a story gives for a group: "12 boys, aged between 11 and 16", "Those who died
were between 16 and 23 years old", "The victims ranged in age from 15 to 73".

A range is read with the group it describes, so that two ranges of one group can be compared
(FL401): the plural noun just before it ("boys", "victims"), or, when the sentence is about
the dead or the injured ("Those who died", "didn't survive"), that toll. The count written
before the noun ("nine boys", "the nine young singers") ties one group named two ways. A list
of two ages ("two men aged 21 and 22") is no range; a range with no group we can name is left
out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numtext import lexicon
from .text import WORD


@dataclass(frozen=True)
class AgeRange:
    start: int  # offsets into the sentence text
    end: int
    low: int
    high: int
    group: str  # "boy", "victim", or a toll ("death", "injury")
    count: int | None = None  # the group's size written before its noun ("twelve boys")

    @property
    def text(self) -> str:
        return f"{self.low} to {self.high}"


_N = r"(\d{1,3})"
_DIGIT = re.compile(r"\d")  # in every range (_N) and in the youngest and oldest
_PATTERNS = [
    re.compile(rf"\b(?:aged|ages|age)\s+(?:between\s+)?{_N}\s*(?:to|-|–)\s*{_N}\b", re.IGNORECASE),
    re.compile(rf"\b(?:aged|ages|age)\s+between\s+{_N}\s+and\s+{_N}\b", re.IGNORECASE),
    re.compile(rf"\bbetween\s+{_N}\s+and\s+{_N}\s+years?\s+old\b", re.IGNORECASE),
    re.compile(rf"\branged?\s+in\s+age\s+from\s+{_N}\s+to\s+{_N}\b", re.IGNORECASE),
    re.compile(rf"\branged?\s+from\s+{_N}\s+to\s+{_N}\s+years?\s+old\b", re.IGNORECASE),
]
_YOUNGEST_OLDEST = re.compile(
    r"\byoungest\s+(?:victim|of\s+the\s+(?:dead|victims))\s+(?:was|is)\s+(?:aged\s+)?(?P<young>\d{1,3})\b"
    r"[^.;]{0,60}?\boldest\s+(?:victim\s+)?(?:was\s+|is\s+)?(?:aged\s+)?(?P<old>\d{1,3})\b",
    re.IGNORECASE,
)
_DEAD = re.compile(
    r"\b(?:died|dead|killed|perished|did\s*n[o']t\s+survive|didn’t\s+survive|fatalities|deceased)\b",
    re.IGNORECASE,
)
_HURT = re.compile(r"\b(?:injured|wounded|hurt)\b", re.IGNORECASE)
_PLURAL_BEFORE = re.compile(r"\b([a-z]{3,}s)\b[\s,]*(?:(?:who|were|are|had|have|all|both)\s+){0,2}$")
_NOT_GROUPS = frozenset({"was", "has", "is", "years", "ages", "this", "thus", "its", "his", "hers", "yours"})


@lru_cache(maxsize=4096)
def age_ranges(text: str) -> tuple[AgeRange, ...]:
    """The ranges of ages in a sentence, each with the group it describes."""
    low = text.lower()
    if "age" not in low and "old" not in low:  # every pattern needs one (most sentences: neither)
        return ()
    if _DIGIT.search(text) is None:  # ... and a figure ("page", "told" and "hold" are common)
        return ()
    found: list[AgeRange] = []
    taken: list[tuple[int, int]] = []
    m = _YOUNGEST_OLDEST.search(text)
    if m and 0 < int(m["young"]) < int(m["old"]) <= 120:
        # "The youngest victim was 16 and the oldest 52": the range of the dead
        taken.append((m.start(), m.end()))
        found.append(AgeRange(m.start(), m.end(), int(m["young"]), int(m["old"]), "victim"))
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            low, high = int(m.group(1)), int(m.group(2))
            if not (0 < low < high <= 120):
                continue
            group, count = _group(text, m.start())
            if group:
                taken.append((m.start(), m.end()))
                found.append(AgeRange(m.start(), m.end(), low, high, group, count))
    return tuple(sorted(found, key=lambda r: r.start))


def _group(text: str, start: int) -> tuple[str | None, int | None]:
    """The group a range at ``start`` describes and the count written before its noun: the plural
    noun right before it, else the toll the sentence is about."""
    offset = max(0, start - 40)
    before = text[offset:start]
    m = _PLURAL_BEFORE.search(before)
    if m and m.group(1) not in _NOT_GROUPS:
        noun = m.group(1)
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        # "The other victims, ages 30 to 78": the rest of a group, not all of it
        if re.search(r"\bother\s+$", before[: m.start(1)]):
            return f"other {noun}", None
        return noun, _count_before(text[max(0, offset + m.start(1) - 30) : offset + m.start(1)])
    if _DEAD.search(text):
        return "death", None
    if _HURT.search(text):
        return "injury", None
    return None, None


def _count_before(before: str) -> int | None:
    """A count in the last three words before a noun, with up to two words between ("twelve",
    "the 12 young")."""
    units = lexicon()["units"]
    for word in reversed(WORD.findall(before)[-3:]):
        if word.isdigit():
            return int(word) if 1 < int(word) < 1000 else None
        if word.lower() in units:
            return units[word.lower()] if units[word.lower()] > 1 else None
    return None

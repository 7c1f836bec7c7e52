"""FL401: two figures that are plainly of two things by their own shape.

- Two lengths of time (or of distance) in different units, one a hundred times the other or
  more ("retires after 38 years" / "the horn with three minutes to go"): a slip in one figure
  keeps its unit and its scale; these measure different things.
- An age told by "The 41-year-old" after a sentence that names two people ("Dace Holloway hit
  Nils Ferrand, 16, ..."): the reading gives it to one of them, but it may be the other's, and a
  differing age says it is.
- Two counts of one noun each past its own threshold ("Four provinces saw the price climb more
  than 15 pence" / "Eleven provinces ... by more than 5 pence"): two slices of one set.
- A figure told "in the case of" a place ("En el caso de Molinar, cerca de 90 personas")
  that the other figure's sentence does not name: that place's part of a whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factlint.analysis.figure_types import Quantity

_SCALE = 100  # times one measure is of another, in other units, to be of another thing
_UNIT_WORD = re.compile(r"([^\W\d_]+)\W*$")
# a person's full name: two capitalised words or more ("Nils Ferrand", "Dace R. Holloway")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)+")
_NOT_NAMES = frozenset(
    {"The", "A", "An", "In", "On", "At", "But", "And", "When", "After", "Before", "Mr", "Mrs", "Ms"}
)


def _unit_word(q: Quantity) -> str:
    m = _UNIT_WORD.search(q.text)
    return m[1].lower().rstrip("s") if m else ""


def scales_apart(a: Quantity, b: Quantity) -> bool:
    """Two measures of one dimension in different unit words, a hundredfold apart or more."""
    if not (a.kind == b.kind == "measure" and a.unit == b.unit) or min(a.base_value, b.base_value) <= 0:
        return False
    ua, ub = _unit_word(a), _unit_word(b)
    if not ua or not ub or ua == ub:
        return False
    small, large = sorted((a.base_value, b.base_value))
    return large >= _SCALE * small


# a name after one of these is a place or a body ("retired from Kessel Rovers"), not a person
_PLACE_PREPOSITIONS = frozenset({"from", "in", "at", "for", "of", "to", "against", "near", "across"})


def _people_named(text: str) -> int:
    names = set()
    for m in _FULL_NAME.finditer(text):
        before = text[: m.start()].split()
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            continue
        words = [w for w in m[0].split() if w not in _NOT_NAMES]
        if len(words) >= 2:
            names.add(words[-1])
    return len(names)


def anaphor_of_two(a: Quantity, b: Quantity, sentences) -> bool:
    """One of the ages is "The N-year-old" after a sentence naming two people or more."""
    for q in (a, b):
        if q.kind == "age" and q.age_form == "anaphor" and q.sentence > 0:
            if _people_named(sentences[q.sentence - 1].text) >= 2:
                return True
    return False


# a threshold that sets out which of a counted set are counted: "Four provinces have seen the price
# climb more than 15 pence" / "Eleven provinces ... by more than 5 pence"
_THRESHOLD = re.compile(
    r"\b(?:more|less|fewer)\s+than\s+(\S+)|\b(?:at\s+least|over|above|below|under)\s+(\$?\d[\d.,]*\S*)",
    re.IGNORECASE,
)
_THRESHOLD_REACH = 80  # characters after the count that its threshold may be in


def _threshold(q: Quantity, text: str) -> str | None:
    return _threshold_at(text, q.end)


@lru_cache(maxsize=8192)  # read once per figure, not once per pair
def _threshold_at(text: str, end: int) -> str | None:
    m = _THRESHOLD.search(text, end, end + _THRESHOLD_REACH)
    return (m[1] or m[2]).rstrip(".,;") if m else None


def thresholds_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two counts of one noun, each of those past its own threshold: two slices of a set."""
    if not (a.kind == b.kind == "count"):
        return False
    ta = _threshold(a, sentences[a.sentence].text)
    tb = _threshold(b, sentences[b.sentence].text)
    return bool(ta and tb and ta != tb)


# "En el caso de Molinar, cerca de 90 personas ...": the figure of one place among several
_CASE_OF = re.compile(
    r"\b(?:in\s+the\s+case\s+of|en\s+el\s+caso\s+de|no\s+caso\s+de|nel\s+caso\s+di|dans\s+le\s+cas\s+de|"
    r"im\s+fall\s+von|in\s+het\s+geval\s+van|w\s+przypadku)\s+(?:(?:la|el|los|las|le|les|the|de|del)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+)",
    re.IGNORECASE,
)


def case_of_one_place(a: Quantity, b: Quantity, sentences) -> bool:
    """One figure is told "in the case of" a place the other's sentence does not name: that
    place's part of the other's whole."""
    for one, other in ((a, b), (b, a)):
        name = _case_of(sentences[one.sentence].text, one.start)
        if name and name[0].isupper() and name not in sentences[other.sentence].text:
            return True
    return False


@lru_cache(maxsize=8192)  # read once per figure, not once per pair
def _case_of(text: str, start: int) -> str | None:
    m = _CASE_OF.search(text, 0, start)
    return m["name"] if m else None

"""One built or natural line (a pipeline, a road, a railway, a tunnel, a border) given two lengths:
"the 2,900 km pipeline" and later "the 3,700-km pipeline".

A length is read where it modifies the line's noun ("a 420-kilometre highway", "the 2,900 km
pipeline", "the 40-mile-long tunnel"), the noun its key. A line is one thing told twice only where
nothing says otherwise: the later mention is definite ("the", "this"), neither is hedged ("about",
"more than", "some"), neither names its line (a capitalised word between the figure and the noun,
"the 2,900 km Tarn pipeline") or marks it another one ("a second", "a new", "the old", "a
section of"), the story gives the noun no third length, and the two lengths differ beyond the rounding
they are written to (half the coarser step: "2,900" is to 100) or, in two units, beyond a tenth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import word_tokens

_METRES = {
    "km": 1000.0,
    "kilometre": 1000.0,
    "kilometer": 1000.0,
    "mile": 1609.344,
    "mi": 1609.344,
    "m": 1.0,
    "metre": 1.0,
    "meter": 1.0,
}
_LINES = (
    "pipeline|highway|motorway|expressway|freeway|railway|railroad|rail link|rail line|tunnel|"
    "bridge|canal|border|frontier|fence|barrier wall|separation wall|coastline|causeway|aqueduct"
)


@dataclass(frozen=True)
class Length:
    sentence: int
    start: int
    end: int
    text: str  # the figure as written ("3,700-km")
    metres: float
    key: str  # the line's noun ("pipeline")
    definite: bool
    marked: frozenset[str]  # words that tell one line of the kind from another ("new", "second")
    unit: str = "km"
    step: float = 1.0  # metres of the rounding it is written to ("2,900 km": 100 km)


# a journey's noun: a line travelled once, told by its length like a built one ("the 4,800-km
# route"), and by a verb of covering after it ("The route covered 3,600 km")
_JOURNEYS = "route|journey|voyage|trek|trip|crossing"
_LENGTH = re.compile(
    r"(?P<fig>(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[- ]?"
    r"(?P<unit>km|kilometres?|kilometers?|miles?|mi|m|metres?|meters?))"
    r"(?:[- ]long)?[- ](?P<between>(?:[A-Z][\w'’-]*\s+){0,3})"
    rf"(?P<noun>{_LINES}|{_JOURNEYS})s?\b",
    re.IGNORECASE,
)
# "The route covered 3,600 km": the noun, a verb of covering and the length, nothing between
_COVERED = re.compile(
    rf"\b(?P<noun>{_LINES}|{_JOURNEYS})s?\s(?:covered|spanned|stretched|measured|runs|ran)\s"
    r"(?P<fig>(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[- ]?"
    r"(?P<unit>km|kilometres?|kilometers?|miles?|mi))(?P<between>)\b(?!\s(?:so\sfar|of\b))",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly|some|up\s+to|at\s+least|"
    r"approximately|estimated|another|other)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
# words before the figure that tell one line of a kind from another
_MARKS = frozenset(
    "new old existing planned proposed second first third rival parallel separate another other "
    "former original extended extension section stretch part portion segment leg phase length".split()
)
_PART_AFTER = re.compile(
    r"^[- ](?:section|stretch|part|portion|segment|leg|phase|extension|spur|branch)s?\b", re.IGNORECASE
)
_DETERMINERS = frozenset("the this a an its their his her our".split())
_PART_OF = re.compile(
    r"\b(?:section|stretch|part|portion|segment|leg|phase|length)s?\s+of\s+$", re.IGNORECASE
)


def sentence_lengths(index: int, text: str) -> list[Length]:
    """The lengths a sentence gives its lines."""
    low = text.lower()
    if not any(u in low for u in ("km", "kilomet", "mile", "metre", "meter")):
        return []
    out = []
    for m in [*_LENGTH.finditer(text), *_COVERED.finditer(text)]:
        unit = (
            m.group("unit").lower().rstrip("s")
            if m.group("unit").lower() not in {"km", "mi", "m"}
            else m.group("unit").lower()
        )
        if unit not in _METRES:
            continue
        if m.group("between").strip():  # a name of its own: "the 2,900 km Tarn pipeline"
            continue
        if _PART_AFTER.match(text[m.end() :]):  # "the 120-km highway section"
            continue
        before = text[: m.start("fig")]
        if _HEDGED.search(before) or _PART_OF.search(text[: m.start()]):
            continue
        value = float(m.group("n").replace(",", "")) * _METRES[unit]
        near = [t.low for t in word_tokens(before) if t.is_word][-3:]
        det = next((w for w in reversed(near) if w in _DETERMINERS), "")
        words = set(near)
        out.append(
            Length(
                index,
                m.start("fig"),
                m.end("fig"),
                m.group("fig"),
                value,
                m.group("noun").lower(),
                det in {"the", "this"},
                frozenset(words & _MARKS),
                unit,
                _step(m.group("n")) * _METRES[unit],
            )
        )
    return out


def _step(number: str) -> float:
    """The rounding a figure is written to: "2,900" to 100, "420" to 10, "4.5" to a tenth."""
    digits = number.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** min(zeros, len(digits) - 1)


def _differ(a: Length, b: Length) -> bool:
    """Two lengths no rounding explains: in one unit, beyond half the coarser step; in two, beyond
    a tenth of the larger (a converted figure is rounded freely)."""
    if a.unit != b.unit and _METRES[a.unit] != _METRES[b.unit]:
        return abs(a.metres - b.metres) > 0.1 * max(a.metres, b.metres)
    return abs(a.metres - b.metres) > max(a.step, b.step) / 2


def lengths(doc, ctx=None) -> list[Length]:
    """Every line length of a document (``ctx.analysis(lengths)``)."""
    out: list[Length] = []
    for s in doc.sentences:
        out.extend(sentence_lengths(s.index, s.text))
    return out


def told_twice(found: list[Length]) -> list[tuple[Length, Length]]:
    """Pairs (earlier, later) of one line's two lengths that disagree."""
    by_key: dict[str, list[Length]] = {}
    for x in found:
        by_key.setdefault(x.key, []).append(x)
    pairs = []
    for group in by_key.values():
        values = []
        for x in group:
            if all(_differ(x, v) for v in values):
                values.append(x)
        if len(values) != 2:
            continue
        for i, b in enumerate(group):
            a = next(
                (a for a in group[:i] if _differ(a, b)),
                None,
            )
            if a is None or a.sentence == b.sentence or not b.definite or a.marked or b.marked:
                continue
            pairs.append((a, b))
            break
    return pairs

"""More shapes of a total and its parts, beside ``analysis/incident_parts.py``:

- a group's total opening its own sentence, split by place in the rest of it: "Of the 310 dead,
  288 were killed in the north, while the south reported 35 dead" (only parts that make more);
- each named candidate's votes, read from the words where the figure reader leaves a figure
  after a name unread ("Ames took 2,004, Boyle 1,655 and Crane 1,561") after a count of ballots
  or votes cast; a rounded total ("some 3,400") is missed by more than its rounding;
- the fates of a group of people counted in the sentence before, told as bare counts and closed
  by "others" or "the rest": "Nine patients were taken to hospital." / "Two were discharged,
  one died and five others remain in care." (eight).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Sequence

from .figure_types import Quantity
from .incident_parts import IncidentParts, _group, _ones, _placed, _plain, _total
from .numtext import word_at
from .text import Token, figure_tokens, word_tokens

_NESTS = frozenset({"including", "include", "included", "includes", "whom", "them", "which", "among"})
_SIDES = frozenset("north south east west northern southern eastern western centre center".split())
_CLAUSE = frozenset({",", ";", "while", "and", "whereas", "but"})
_OTHERS = frozenset({"others", "other", "rest", "remaining", "remainder"})
# nouns of a group of people whose fates a story may tell one by one
_PEOPLE = frozenset(
    "people patients miners passengers workers students children pupils crew hostages tourists "
    "climbers residents migrants fishermen soldiers staff employees victims survivors".split()
)
_NOT_ALL_VOTES = frozenset(
    "spoiled spoilt invalid blank rejected void null others other remaining rest abstained".split()
)


def _at(starts: list[int], offset: int) -> int:
    return bisect.bisect_left(starts, offset)


def _place_subject(toks: Sequence[Token], x: int) -> bool:
    """The clause before token ``x`` names a place or a side ("while the south reported 35")."""
    y = x - 1
    while y > 0 and toks[y].text not in _CLAUSE and toks[y].low not in _CLAUSE and x - y <= 5:
        if toks[y].low in _SIDES or (toks[y].cap and toks[y - 1].text not in {".", ":"}):
            return True
        y -= 1
    return False


def opening_total(qs: Sequence[Quantity], members: list[int], text: str) -> IncidentParts | None:
    """ "Of the 310 dead, 288 were killed in the north, while the south reported 35 dead": the
    total the sentence opens on, and its other counts, each told of a place."""
    toks = word_tokens(text)
    starts = [t.start for t in toks]
    if len(members) < 3 or word_at(toks, 0) != "of" or word_at(toks, 1) != "the":
        return None
    k = members[0]
    total = qs[k]
    if _at(starts, total.start) != 2 or not _total(total) or {t.low for t in toks} & _NESTS:
        return None
    parts = members[1:]
    group = _group(total)
    for p in parts:
        q = qs[p]
        if not _plain(q) or q.changes or q.value >= total.value or _group(q) not in (None, group):
            return None
        x = _at(starts, q.start)
        if not (_placed(toks, starts, q) or _place_subject(toks, x)) or word_at(toks, x + 1) == "of":
            return None
    # a plain list ("288 in the north and 35 in the south") is the partition reader's
    # (``analysis/partitions.py``); this reads parts told in clauses of their own
    between = {t.low for t in toks[_at(starts, qs[parts[0]].end) : _at(starts, qs[parts[-1]].start)]}
    return IncidentParts(k, tuple(parts), False) if between & {"while", "whereas", ";"} else None


def _vote_total(q: Quantity, text: str) -> bool:
    lows = {t.low for t in word_tokens(text)}
    return (
        q.kind == "count"
        and q.head in {"vote", "ballot"}
        and not (q.bound or q.modal or q.compound or q.upper or q.changes)
        and q.value >= 100
        and ("cast" in lows or "total" in lows or "total" in q.scope)
    )


def _named_figures(text: str, s: int) -> list[Quantity] | None:
    """Each figure of a sentence right after a candidate's name or a verb of winning after one
    ("Ames took 2,004, Boyle 1,655"); None where a figure is not told so."""
    toks = figure_tokens(text)
    out = []
    for x, t in enumerate(toks):
        digits = t.text.replace(",", "")
        if not digits[:1].isdigit():
            continue
        if not digits.isdigit() or "%" in text[t.end : t.end + 2]:
            return None
        back = [toks[y] for y in range(max(1, x - 3), x)]
        if not any(b.cap for b in back) and not (x <= 3 and toks[0].cap):
            return None
        value = int(digits)
        out.append(Quantity(s, t.start, t.end, t.text, value, "count", base_value=value))
    return out


def vote_parts(qs: Sequence[Quantity], texts: Sequence[str]) -> list[tuple[Quantity, list[Quantity]]]:
    """A count of votes cast and each named candidate's votes in the next sentence, three or more
    that are all of them (no other count of votes, no word of ballots or candidates left out),
    whose sum misses the total by more than its rounding."""
    totals = [q for q in qs if _vote_total(q, texts[q.sentence])]
    if len(totals) != 1 or len([q for q in qs if q.head in {"vote", "ballot"}]) > 2:
        return []
    total = totals[0]
    if total.sentence + 1 >= len(texts) or any(q.sentence == total.sentence and q is not total for q in qs):
        return []
    words = {t.low for text in texts for t in word_tokens(text)}
    parts = _named_figures(texts[total.sentence + 1], total.sentence + 1)
    if words & _NOT_ALL_VOTES or not parts or not 3 <= len(parts) <= 8:
        return []
    if any(p.value >= total.value for p in parts):
        return []
    summed = sum(p.value for p in parts)
    slack = total.precision / 2 if total.approx else 0.0
    total = replace(total, text=texts[total.sentence][total.start : total.end].split()[-1])
    return [(total, parts)] if abs(summed - total.value) > slack + 1e-9 else []


def fates(qs: Sequence[Quantity], texts: Sequence[str]) -> list[IncidentParts]:
    """ "Nine patients were taken to St Luke's." / "Two were discharged, one died and five others
    remain in care.": a group of people the sentence opens on, its only count, and the bare counts
    (or "one"s) heading the clauses of the next sentence, or of the one after a sentence of no
    figure, the last told as "others"."""
    out = []
    by_sentence: dict[int, list[int]] = {}
    for k, q in enumerate(qs):
        by_sentence.setdefault(q.sentence, []).append(k)
    for s, members in by_sentence.items():
        # the fates follow in the next sentence, or in the one after a sentence of no figure
        ps = s + 1 if s + 1 in by_sentence else s + 2
        if len(members) != 1 or ps >= len(texts) or ps not in by_sentence:
            continue
        k = members[0]
        total, toks = qs[k], word_tokens(texts[s])
        starts = [t.start for t in toks]
        x = _at(starts, total.start)
        if x != 0 or word_at(toks, 1) not in _PEOPLE or not _plain(total) or total.value < 3:
            continue
        nxt = by_sentence[ps]
        ntoks = word_tokens(texts[ps])
        nstarts = [t.start for t in ntoks]
        if {t.low for t in ntoks} & _NESTS:
            continue
        heads = [_at(nstarts, qs[p].start) for p in nxt]
        if any(qs[p].head is not None or not _plain(qs[p]) for p in nxt) or any(
            h and ntoks[h - 1].text not in {",", ";"} and ntoks[h - 1].low not in {"and", "while"}
            for h in heads
        ):
            continue
        ones = _ones(ntoks)
        # the first clause heads on a count, or on "one" ("One was released, one died and four others")
        if (heads[0] != 0 and not (ones and word_at(list(ntoks), 0) == "one")) or word_at(
            list(ntoks), heads[-1] + 1
        ) not in _OTHERS:
            continue
        if any(qs[p].value >= total.value for p in nxt) or len(nxt) + ones < 2:
            continue
        out.append(IncidentParts(k, tuple(nxt), True, ones))
    return out

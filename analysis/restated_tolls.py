"""A toll (the dead, the injured, the missing) restated by a definite or a partitive phrase with
another value, for FL401.

"58 people were killed" … "Most of the 85 dead were"; "the toll rose to 117" … "Of the 112
deaths, 60 were"; "injured 17 others" … "Six of the 19 injured"; "searching for 318 missing" …
"the toll stands at 141 dead and 381 missing"; "14 people had died" … "The toll of 17 makes it".
The later phrase names its group by its own words (the fate right after the figure or its noun,
``definite_counts``; "the toll of N" is the dead) and takes it as told, so it is the whole group
even where its sentence goes on to split it ("Among the 26 dead were three crew members", "The
12 injured were taken to two hospitals"), and even where the earlier toll was read as updated
(a set named after the update is its size now).

It says nothing, each a general sign of another count:
- the story told that fate's count by more than one value before, or any count of that fate (or
  a change, or a word of growth) between the two; a figure of the story that, added to the
  earlier toll, gives the later one ("killed two and injured 17" … "the 19 victims": a word of
  no one fate may count both), unless it counts another fate and the later word names one;
- another count of people of that fate in the later sentence before it (two tolls side by side);
- a count of the story told before with the later value (the phrase restates that one);
- an earlier toll that is approximate, a bound or a change (but a floor, "at least 67 killed",
  is broken by a later set smaller than it or with its digits in another order: "the 76 dead");
  a year in either clause that the other does not share, or a scope of time or place after the
  later phrase ("in the province this year", "in the 2019 collapse", "since January");
- values more than twice apart, unless the digits of one are the other's in another order.

Pure: it reads ``Quantity`` records and the words of the sentences.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from .definite_counts import _at, _data, _group, _nouns_agree, _phrase, _plain
from .figure_compare import counts_people
from .figure_types import Quantity
from .languages import article_language
from .numtext import lemma
from .partitive_subjects import LEADS, PARTITIVE
from .text import Token, word_tokens

_TOLLS = frozenset({"death", "injury", "missing"})
_OF_NO_ONE_FATE = frozenset({"victims", "victim", "casualties", "casualty"})
# words after the later phrase that scope it to another time or place than the story's own toll
_SCOPED = frozenset(
    {"in", "from", "at", "since", "during", "across", "nationwide", "so", "this", "last", "over"}
)


def _toll_of(toks: Sequence[Token], lo: int) -> bool:
    """ "the toll of 17", "the death toll of 17" (not "a toll of 17 in that collapse")."""
    return (
        lo >= 3
        and toks[lo - 1].low == "of"
        and toks[lo - 2].low == "toll"
        and (
            toks[lo - 3].low in LEADS or toks[lo - 3].low == "death" and lo >= 4 and toks[lo - 4].low in LEADS
        )
    )


def _digits_swapped(x: float, y: float) -> bool:
    sx, sy = str(int(x)), str(int(y))
    return x == int(x) and y == int(y) and sx != sy and sorted(sx) == sorted(sy)


def _scoped_after(toks: Sequence[Token], q: Quantity) -> bool:
    """Words right after the figure's phrase (its noun and fate: "people killed", "dead") that
    set it in another time or place ("in the province", "since January", "this year")."""
    _, hi = _at(toks, q)
    fates = _data()["fates"]
    k = hi
    while k < len(toks) and k < hi + 2 and (toks[k].low in fates or q.head and lemma(toks[k].low) == q.head):
        k += 1
    return k < len(toks) and toks[k].low in _SCOPED


def _later_phrase(toks: Sequence[Token], q: Quantity) -> str | None:
    """The toll's fate a definite phrase around ``q`` names, or None."""
    lo, hi = _at(toks, q)
    if lo == 0:
        return None
    if _toll_of(toks, lo):
        fate, picked = _phrase(toks, q)
        nxt = toks[hi].low if hi < len(toks) else ""
        if picked and fate is None and nxt in _SCOPED:
            return None  # "the toll of 43 in that collapse"
        return fate if fate in _TOLLS else "death" if not fate else None
    if toks[lo - 1].low not in LEADS or (lo >= 2 and lemma(toks[lo - 2].low) in _data()["apart"]):
        return None
    fate, picked = _phrase(toks, q)
    return fate if fate in _TOLLS and not picked else None


def restated_tolls(qs: Sequence[Quantity], texts: Sequence[str]) -> Iterator[tuple[int, int, bool]]:
    """(earlier toll, later definite phrase, whether the later is a partitive's set: "Six of the
    19 injured") for pairs told with two values (see the module's doc)."""
    if (
        not any(q.kind == "count" and q.event in _TOLLS for q in qs)
        or article_language(" ".join(texts)) != "en"
    ):
        return
    groups: dict[int, str | None] = {}

    def group(i: int) -> str | None:
        if i not in groups:
            groups[i] = _group(word_tokens(texts[qs[i].sentence]), qs[i]) if qs[i].kind == "count" else None
        return groups[i]

    for bi, b in enumerate(qs):
        if b.kind != "count" or b.sentence == 0 or not _plain(b, told=True):
            continue
        toks = word_tokens(texts[b.sentence])
        fate = _later_phrase(toks, b)
        if fate is None or b.years or _scoped_after(toks, b):
            continue
        lo, _ = _at(toks, b)
        partitive = (lo >= 2 and toks[lo - 2].low in PARTITIVE) or "of-a-set" in b.scope
        beside = [
            q
            for k, q in enumerate(qs)
            if k != bi
            and q.sentence == b.sentence
            and q.kind == "count"
            and group(k) == fate
            and counts_people(q)
            and not q.scope & {"of-part", "own-part"}
            and not (partitive and q.start > b.start)
        ]
        if beside:
            continue
        earlier = [
            i for i, a in enumerate(qs) if a.sentence < b.sentence and a.kind == "count" and group(i) == fate
        ]
        earlier = [i for i in earlier if _nouns_agree(qs[i], b)]
        if len({qs[i].value for i in earlier}) != 1 or not all(
            _plain(qs[i]) or _floor_broken(qs[i], b) for i in earlier
        ):
            continue
        ai = earlier[-1]
        a = qs[ai]
        if any(q.kind == "count" and q.value == b.value for q in qs[:bi] if q.sentence < b.sentence):
            continue  # "nine workers and five firefighters" … "the nine workers who died"
        if a.value == b.value or a.years != b.years and (a.years or b.years):
            continue
        if max(a.value, b.value) > 2 * min(a.value, b.value) and not _digits_swapped(a.value, b.value):
            continue
        if _grown(qs, texts, group, fate, earlier[0], bi) or _added(qs, group, fate, ai, bi, toks):
            continue
        yield ai, bi, partitive


def _floor_broken(a: Quantity, b: Quantity) -> bool:
    """An earlier toll told as a floor ("at least 67 killed") that the later set breaks: smaller
    than the floor ("the 60 dead"), or the floor's digits in another order ("the 76 dead")."""
    return (
        a.kind == "count"
        and a.bound == "lower"
        and not (a.changes or a.approx or a.upper or a.modal)
        and (b.value < a.value or _digits_swapped(a.value, b.value))
    )


def _grown(qs, texts, group, fate: str, first: int, bi: int) -> bool:
    """A count of that fate, a change or a word of growth between the two."""
    between = range(qs[first].sentence + 1, qs[bi].sentence)
    more = _data()["more"]
    return any(
        q.sentence in between and (q.kind == "count" and group(k) == fate or q.changes)
        for k, q in enumerate(qs)
    ) or any(_grows(word_tokens(texts[s]), more) for s in between)


def _grows(toks: Sequence[Token], more: frozenset) -> bool:
    """A word of growth in a sentence ("two more", "rose"), not a bound ("more than 300")."""
    return any(
        t.low in more and not (t.low == "more" and k + 1 < len(toks) and toks[k + 1].low == "than")
        for k, t in enumerate(toks)
    )


def _added(qs, group, fate: str, ai: int, bi: int, toks) -> bool:
    """A figure of the story before the later one that, added to the earlier toll, gives it."""
    b = qs[bi]
    _, hi = _at(toks, b)
    word = toks[hi].low if hi < len(toks) else ""
    of_no_one = word in _OF_NO_ONE_FATE or lemma(word) in _OF_NO_ONE_FATE
    return any(
        abs(qs[ai].value + q.value - b.value) < 1e-9
        for k, q in enumerate(qs)
        if k != ai
        and q.kind == "count"
        and q.sentence < b.sentence
        and (of_no_one or group(k) in (fate, None) or group(k) not in _TOLLS)
    )

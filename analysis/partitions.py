"""Partitions: a total and the parts that words say are all of it ("162 people — 155 passengers
and seven crew", "320 applications, which broke down as 200 …, 90 … and 20 …", "Of them, 120
were passengers and 25 were crew", "… and the rest, 20 people, are missing").

``number_lists`` reads a total with the parts a sentence lists after it; most lists may leave
some out ("including …"), so only parts making more than the total are wrong there. A partition
is known by its words: an opener that splits the whole (a dash or bracket right after it, "split
between", "broke down as", "made up of", "consisting of"), a last part that is "the rest", or
parts that are the kinds of one whole (men and women, adults and children, passengers and crew,
gold, silver and bronze). Only such a list must make the total (``exhaustive=True``). A group
counted in the sentence before is split in the next one when that sentence points back at it
("Of them, …", "Eleven of them …", "Among them …") or lists its kinds. A hyphen typed with a
space on each side is a dash ("37 dead - 35 passengers and four crew"); counts of other fates
after a toll's comma are told beside it, not split from it ("26 died, with six others missing
and two injured").
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from .figure_types import PartsTotal, Quantity
from .numtext import lemma, word_at
from .other_times import tells_other_time
from .part_groups import PEOPLE_EVENTS
from .number_lists import _nested_part, _stated_count, two_clauses
from .text import Token

_MAX_PARTS = 12
_REACH = 8  # tokens from the total's figure to the word that opens its parts

# words after a total that split all of it into the parts that follow
_OPENERS = tuple(
    tuple(p.split())
    for p in (
        "split between",
        "split among",
        "split into",
        "divided between",
        "divided among",
        "divided into",
        "shared between",
        "shared among",
        "broke down as",
        "broke down into",
        "broken down as",
        "broken down into",
        "breaks down as",
        "breaks down into",
        "made up of",
        "comprised of",
        "comprising",
        "consisting of",
        "consists of",
        "consisted of",
    )
)
_DASHES = frozenset({"—", "–", "("})
# the last part is what is left of the whole
_REST = frozenset({"rest", "remaining", "remainder", "others"})
# kinds that together are all of a whole (lemmas), and the whole they make when it is named
_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"man", "woman"}), frozenset({"person", "people"})),
    (frozenset({"male", "female"}), frozenset({"person", "people"})),
    (frozenset({"boy", "girl"}), frozenset({"child", "person", "people"})),
    (frozenset({"adult", "child"}), frozenset({"person", "people"})),
    (frozenset({"adult", "minor"}), frozenset({"person", "people"})),
    (frozenset({"passenger", "crew"}), frozenset({"person", "people"})),
    (frozenset({"gold", "silver", "bronze"}), frozenset({"medal"})),
)
_COMPARED = frozenset({"more", "fewer", "less", "than", "higher", "lower", "up", "down"})
_COPULAS = frozenset({"were", "are", "was", "is", "being", "as"})
_CONJ = frozenset({"and", "et", "y", "e", "und", "i"})
_INCLUDING = frozenset({"including", "among", "include", "includes", "included", "such"})
_BACK = frozenset({"them", "those", "these", "whom"})


def _other_fates(total: Quantity, parts) -> bool:
    """Parts after a comma that tell another fate than the total's: "26 people have died, with six
    others missing and two injured" (the missing and the injured are beside the dead, not of
    them; after a dash, "five members of the rescue team" is a part all the same)."""
    return total.event in PEOPLE_EVENTS and any(
        p.event in PEOPLE_EVENTS and p.event != total.event for p in parts
    )


def partitions(si: int, toks: list[Token], qs: list[Quantity], before: list[Quantity]) -> list[PartsTotal]:
    """The sentence's partitions: a total split by an opener in the sentence, or a group of the
    sentence before split in this one."""
    starts = [t.start for t in toks]
    found = _opened(si, toks, starts, qs)
    found += _split_back(si, toks, starts, qs, before)
    return found


def merge(totals: list[PartsTotal], parts: list[PartsTotal], toks: list[Token]) -> list[PartsTotal]:
    """The readers' totals with the partitions: a partition replaces a reading of the same total,
    and a reading whose last part is "the rest" or whose parts are the kinds of one whole is one."""
    starts = [t.start for t in toks]
    taken = {(p.total.sentence, p.total.start) for p in parts}
    out = list(parts)
    for t in totals:
        if (t.total.sentence, t.total.start) in taken:
            continue
        if not t.exhaustive and t.sentence == t.total.sentence and _all_of_it(toks, starts, t.parts, t.total):
            t = replace(t, exhaustive=True)
        out.append(t)
    return out


def _exact(q: Quantity) -> bool:
    """An exact figure of its own ("made up of 35" says "up" of no change: its gaps are read)."""
    return not (q.approx or q.bound or q.compound or q.upper or q.movement)


def _opened(si, toks, starts, qs) -> list[PartsTotal]:
    """ "162 people — 155 passengers and seven crew", "320 applications, which broke down as …",
    "The 60-strong delegation is made up of …", "The plane carried 162 people, 155 passengers and
    seven crew" (a comma when the parts are the kinds of one whole or end in "the rest")."""
    out = []
    for total in qs:
        if total.kind not in {"count", "money"} or total.value < 2:
            continue
        if total.head is None and total.event not in PEOPLE_EVENTS:
            continue  # a toll told by its fate alone ("37 dead — 35 passengers and ...") is read
        if total.approx or total.bound or total.upper or total.changes:
            continue
        k = bisect.bisect_left(starts, total.end)
        opened = _opener(toks, k)
        if opened is None or (opened[1] and total.head is None):
            continue
        at, comma = opened
        parts = _list_from(toks, starts, qs, total, toks[at - 1].end)
        if parts is None or (comma and _other_fates(total, parts)):
            continue
        whole = _all_of_it(toks, starts, parts, total)
        if comma and not whole:
            # "5,000 people, 3,000 of them in Ostrava and 2,500 abroad": parts of it, maybe not all
            k = bisect.bisect_left(starts, parts[0].end)
            if word_at(toks, k) == "of" and word_at(toks, k + 1) in _BACK:
                out.append(PartsTotal(si, total, parts, exhaustive=False))
            continue
        out.append(PartsTotal(si, total, parts, exhaustive=True))
    return out


def _opener(toks, k) -> tuple[int, bool] | None:
    """(the token after the words that open a partition after the total's figure at token k,
    whether it is a bare comma), or None."""
    x = k
    while x < len(toks) and x < k + 4 and toks[x].is_word and toks[x].low not in _CONJ:
        x += 1  # the total's noun phrase
    if x + 1 < len(toks) and _dash(toks, x) and _a_count(toks[x + 1]):  # "- four from the north"
        return x + 1, False
    for y in range(k, min(len(toks), k + _REACH)):
        if toks[y].text in {".", ";", ":"} or toks[y].text[:1].isdigit():
            break
        for words in _OPENERS:
            if tuple(word_at(toks, y + z) for z in range(len(words))) == words:
                return y + len(words), False
    if word_at(toks, x) == ",":
        return x + 1, True
    return None


def _dash(toks, x: int) -> bool:
    """A dash or bracket at token x; a hyphen typed for a dash, with a space on each side ("37
    dead - 35 passengers and ...")."""
    t = toks[x]
    if t.text in _DASHES:
        return True
    return t.text == "-" and 0 < x < len(toks) - 1 and toks[x - 1].end < t.start and t.end < toks[x + 1].start


def _list_from(toks, starts, qs, total, after: int) -> tuple[Quantity, ...] | None:
    """The parts listed from offset ``after``: counts of the total's kind, one list closed by
    "and" with nothing but words and commas between them, the sentence's last figures, each
    smaller than the total and none a part of the part before ("including 3 children")."""
    rest = [q for q in qs if q.start >= after]
    parts = [q for q in rest if q.kind == total.kind and q.unit == total.unit]
    if len(parts) != len(rest) or not 2 <= len(parts) <= _MAX_PARTS:
        return None
    if any(
        not _exact(p)
        or p.value >= total.value
        or _nested_part(toks, starts, p)
        or word_at(toks, bisect.bisect_left(starts, p.end)) in _COMPARED
        for p in parts
    ):
        return None
    if any(
        p.head and p.head == q.head and p.modifiers - q.modifiers
        for a, q in enumerate(parts)
        for p in parts[a + 1 :]
    ):
        return None  # "4 hurricanes, two major hurricanes and …": a part of a part before it
    first = bisect.bisect_left(starts, parts[0].start)
    if any(not t.is_word and t.text != "," for t in toks[bisect.bisect_left(starts, after) : first]):
        return None  # the list starts right after its opener
    gaps = []
    for a, b in zip(parts, parts[1:]):
        gap = toks[bisect.bisect_left(starts, a.end) : bisect.bisect_left(starts, b.start)]
        if any(t.text in {".", ";", ":", "(", ")", "—", "–"} or t.text[:1].isdigit() for t in gap):
            return None
        if len(gap) > _REACH:
            return None
        gaps.append({t.low for t in gap})
    if not gaps[-1] & _CONJ or any(g & {"than", "compared"} for g in gaps):
        return None
    last_gap = toks[bisect.bisect_left(starts, parts[-2].end) : bisect.bisect_left(starts, parts[-1].start)]
    if two_clauses(parts, [t.low for t in last_gap]):
        return None
    return tuple(parts)


def _split_back(si, toks, starts, qs, before) -> list[PartsTotal]:
    """A group the sentence before counted, split in this one: "Of them, 120 were passengers and 25
    were crew", "Eleven of them were children and nine were adults", "Rescuers saved 61 of them,
    and the rest, 20 people, are missing"; or its kinds listed ("Belvar won 19 medals. The team
    took seven gold, six silver and four bronze")."""
    groups = [
        q
        for q in before
        if q.kind == "count"
        and q.head
        and _exact(q)
        and not q.changes
        and q.value == int(q.value)
        and q.value >= 2
    ]
    if len(groups) != 1 or not qs:
        return []
    total = groups[0]
    pointed = _points_back(toks)
    if pointed is None and (
        not _kinds_of(toks, starts, qs, total)
        or any(q.changes or q.sentence_years for q in qs)
        or tells_other_time(toks)  # "a crash last year killed all 167 passengers and 11 crew"
    ):
        return []  # kinds with no pointer back: of the group only when told of no other time
    parts = _list_from(toks, starts, qs, total, qs[0].start)
    if parts is None or len(parts) != len(qs):
        return []
    if pointed == "some":  # "Among them were …": some of the group, never more than it
        return [PartsTotal(si, total, parts, exhaustive=False)]
    return [PartsTotal(si, total, parts, exhaustive=_all_of_it(toks, starts, parts, total))]


def _points_back(toks) -> str | None:
    """How the sentence opens on the group before it: "all" ("Of them, …", "Eleven of them …",
    "… 61 of them, and the rest …"), "some" ("Among them …", "They included …"), or None."""
    w = [word_at(toks, x) for x in range(4)]
    if w[0] == "among" and w[1] in _BACK or w[0] in {"they", "these", "those"} and w[1] in _INCLUDING:
        return "some"
    if w[0] == "of" and w[1] in _BACK and w[2] == ",":
        return "all"
    for x in range(1, len(toks) - 1):
        if toks[x].low == "of" and toks[x + 1].low in _BACK and _a_count(toks[x - 1]):
            return "all"
    if (
        len(toks) > 3
        and _a_count(toks[0])
        and w[1:3] == ["of", "the"]
        and toks[3].is_word
        and not _a_count(toks[3])
    ):
        return "all"  # "Seven of the dead were children and …"
    return None


def _a_count(t: Token) -> bool:
    return t.text[:1].isdigit() or _stated_count(t) is not None


def _kind(toks, starts, q: Quantity) -> str | None:
    """What a part counts: its noun, else the word its copula gives it ("120 were passengers")."""
    if q.head:
        return q.head
    k = bisect.bisect_left(starts, q.end)
    while word_at(toks, k) in _COPULAS or word_at(toks, k) in {"of", "them", "those"}:
        k += 1
    return lemma(toks[k].text) if k < len(toks) and toks[k].is_word else None


def _all_of_it(toks, starts, parts, total) -> bool:
    """Whether the parts are said to be all of the total: the last one is "the rest" ("and the
    remaining 18", "the rest, 20 people", "20 others"), or they are the kinds of one whole, one
    part each, with no "including" before them."""
    last = bisect.bisect_left(starts, parts[-1].start)
    near = [word_at(toks, x) for x in range(last - 3, last)] + [word_at(toks, last + 1)]
    if set(near) & _REST or near[1:3] == ["the", "other"]:
        return True  # "… and the other two for paper"
    if any(
        word_at(toks, x) in _INCLUDING for x in range(bisect.bisect_left(starts, parts[0].start) - 3, last)
    ):
        return False
    kinds = [_kind(toks, starts, p) for p in parts]
    return any(len(kinds) == len(set(kinds)) and set(kinds) == ks for ks, _ in _KINDS)


def _kinds_of(toks, starts, qs, total) -> bool:
    """The sentence's figures are the kinds of the whole the group before names ("19 medals" /
    "seven gold, six silver and four bronze")."""
    kinds = {_kind(toks, starts, q) for q in qs}
    return any(kinds == ks and total.head in whole for ks, whole in _KINDS)

"""One incident's total and its parts told in the next sentence (or the one after a sentence of no
figure): "The quake killed 120 people." /
"Of the dead, 80 were in Tessaly and 40 in Ormund."; "Police arrested 15." / "Nine were arrested
in Holt, four in Marren and three in Dace."; "The toll rose from 61 to 70." / "Among the dead, 41
were found in Varnok and 33 in the villages."

A total is a plain, exact count of a group (the dead, injured, missing, arrested, rescued,
evacuated, people on board, votes, goals, seats, points): one per group in its sentence. Three more
shapes: a colon's list after the total ("150 goals for club and country: 121 for Dunmore and 27
for Veland"); each named candidate's votes after "5,120 votes cast"; the seats the parties won
against the chamber's size ("65 seats in the 87-seat assembly"). Its parts are all the counts of the
next sentence, when that sentence says they are parts of it: it opens on the group ("Of the dead",
"Among them", "In all"), each part is placed ("in Holt", "in the north"), or the total counts
those on board and the parts are their fates. Parts that make more than the total are wrong
whether or not they are all of it; parts that make less are wrong only when the words say they
are all of it ("In all", "Altogether", "the remaining 14", "four others", "A and B combined for 58
points"). A toll that "rose from 61 to 70" is 70; "one" opens a part in a list closed by "others". A parts sentence that
tells of a time its total's sentence does not ("This year", "On Tuesday") counts another total;
one with "including" may nest a part in a part, and is left alone.

``IncidentModel.apart(a, b)`` tells FL401 that a total and its part, or two parts, are no
restatements of each other: a count restricted by place or group is a part of the total ("In
Varn province, 340 ...", "... still missing in the town", one dated storm of "floods and storms"; a place the total's sentence does not name, whose count
another body tells: "..., the UN agency said." / "In Norland, the disaster agency said 340 ...").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from .figure_types import Quantity
from .numtext import word_at
from .one_group import PEOPLE_ROLES
from .part_groups import echoes_of_others, other_groups_only, own_group
from .text import Token, content_words, word_tokens
from .toll_levels import toll_levels
from .tolls import toll_rises
from .words import INDEFINITE, MONTHS, STOPWORDS, WEEKDAYS

_EVENTS = frozenset({"death", "injury", "missing", "arrest", "aboard", "hospital", "rescue", "evacuation"})
_HEADS = frozenset({"vote", "goal", "seat", "point"})
_ANYONE = frozenset(
    {None, "person", "people", "body", "passenger", "victim", "death", "dead", "fatality", "life"}
)
_OPEN_ALL = (("in", "all"), ("in", "total"), ("altogether",), ("all", "told"))
_OPEN_GROUP = frozenset({"of", "among"})
_REST = frozenset({"remaining", "rest", "others", "other", "remainder"})
_TIME = frozenset({"year", "week", "month", "yesterday", "today", "tomorrow", "earlier", "later", "previous"})
_TIME |= frozenset(MONTHS) | frozenset(WEEKDAYS)
_NESTS = frozenset({"including", "include", "included", "includes"})
_MAX_PARTS = 8
# words of any toll, which two sentences of one story share whatever they count
_TOLL_WORDS = frozenset(
    "people person killed died dead deaths death injured hurt wounded missing toll reported least "
    "officials said".split()
)


@dataclass(frozen=True)
class IncidentParts:
    """A total (index into the quantities) and the counts of the next sentence that split it."""

    total: int
    parts: tuple[int, ...]
    exhaustive: bool
    ones: int = 0  # parts told as "one" ("one died"), which the quantities leave out

    def summed(self, qs: Sequence[Quantity]) -> float:
        return sum(qs[p].value for p in self.parts) + self.ones

    def wrong(self, qs: Sequence[Quantity]) -> bool:
        summed = self.summed(qs)
        total = qs[self.total].value
        return summed > total + 1e-9 or self.exhaustive and summed < total - 1e-9


def _group(q: Quantity) -> str | None:
    if q.event in _EVENTS:
        return q.event
    if q.unit == "points":
        return "point"
    return q.head if q.head in _HEADS else None


def _plain(q: Quantity) -> bool:
    return (
        q.kind in {"count", "measure"}
        and not (q.approx or q.bound or q.modal or q.compound or q.upper or q.movement)
        and q.value == int(q.value)
        and (q.kind == "count" or q.unit == "points")
    )


def _total(q: Quantity) -> bool:
    return _plain(q) and _group(q) is not None and q.value >= 3 and "of-part" not in q.scope and not q.changes


def _time_words(toks: Sequence[Token]) -> set[str]:
    """The words of times a sentence tells ("Monday", "2019", "last year": with the word before)."""
    out = {t.text for t in toks if t.text.isdigit() and len(t.text) == 4}
    for x, t in enumerate(toks):
        if t.low in _TIME:
            out.add(f"{toks[x - 1].low} {t.low}" if x and t.low in {"year", "week", "month"} else t.low)
    return out


_THE = frozenset({"the", "his", "her", "their", "its"})  # "for the club", "for his country"


def _placed(toks: Sequence[Token], starts: list[int], q: Quantity) -> bool:
    """A place or a side right before or after the figure: "in Holt", "in the north", "for Dunmore"."""
    k = bisect.bisect_left(starts, q.end)
    for x in range(k, min(len(toks), k + 5)):
        if toks[x].text in {",", ";", "."} or toks[x].text[:1].isdigit():
            break
        if toks[x].low in {"in", "at", "for", "from"} and (
            (x + 1 < len(toks) and toks[x + 1].cap) or word_at(toks, x + 1) in _THE
        ):
            return True
    first = bisect.bisect_left(starts, q.start)
    return first >= 2 and toks[0].low == "in" and toks[1].cap and toks[first - 1].text == ","


def _opens(toks: Sequence[Token]) -> tuple[bool, bool]:
    """(the sentence opens on all of a group, on a group at all): "In all", "Of the dead", "Among them"."""
    low = [t.low for t in toks[:3]]
    every = any(tuple(low[: len(w)]) == w for w in _OPEN_ALL)
    return every, every or bool(
        low and low[0] in _OPEN_GROUP and len(low) > 1 and low[1] in {"the", "them", "those"}
    )


def _rest_last(toks: Sequence[Token], starts: list[int], q: Quantity) -> bool:
    k = bisect.bisect_left(starts, q.start)
    near = {word_at(toks, x) for x in (k - 2, k - 1, k + 1, k + 2)}
    return bool(near & _REST)


# nouns of an area within a country: a count there is a part of the country's
_AREAS = frozenset(
    "province provinces region regions state district districts county prefecture governorate".split()
)
# nouns of a settlement a count is placed in at the end of its clause ("still missing in the town")
_SETTLEMENTS = frozenset("town city village villages capital area port".split()) | _AREAS


def _fronted_place(toks: Sequence[Token], q: Quantity) -> set[str]:
    """The names of the place a sentence opens on before the figure ("In Varn province, 340 ..."),
    with "*" for an area within a country."""
    comma = next((x for x, t in enumerate(toks[:8]) if t.text == ","), None)
    if comma is None or word_at(toks, 0) != "in" or q.start < toks[comma].end:
        return set()
    places = {t.low for t in toks[1:comma] if t.cap}
    if places and {t.low for t in toks[1:comma]} & _AREAS:
        places.add("*")
    return places


def _place_after(toks: Sequence[Token], q: Quantity) -> set[str]:
    """The place a figure's clause ends on ("22 people are still missing in the town", "... in
    Brask."): its name, or the settlement's noun."""
    k = bisect.bisect_left([t.start for t in toks], q.end)
    for x in range(k, min(len(toks) - 1, k + 10)):
        t = toks[x]
        if t.text in {",", ";", ":"} or t.text[:1].isdigit() or t.low in {"and", "while", "but", "after"}:
            return set()
        if t.low != "in":
            continue
        rest = toks[x + 1 : x + 4]
        if rest and rest[0].cap:
            return {r.low for r in rest if r.cap}
        if len(rest) >= 2 and rest[0].low == "the" and rest[1].low in _SETTLEMENTS:
            after = rest[2].text if len(rest) > 2 else "."
            if after in {".", ",", ";"}:
                return {rest[1].low, "*"} if rest[1].low in _AREAS else {rest[1].low}
    return set()


_SAYS = frozenset({"said", "says", "reported", "told", "confirmed", "announced"})
_BE = frozenset({"was", "were", "been", "is", "are", "be", "being"})


def _sources(toks: Sequence[Token]) -> frozenset[str]:
    """The words of the body a sentence is told by: the words before "said" back to the clause's
    start or comma ("the UN agency said"), or after "according to"."""
    lows = [t.low for t in toks]
    for x, low in enumerate(lows):
        if low == "according" and word_at(toks, x + 1) == "to":
            span = toks[x + 2 : x + 7]
            stop = next((y for y, t in enumerate(span) if not t.low[:1].isalpha()), len(span))
            return frozenset(t.low for t in span[:stop] if t.low not in STOPWORDS)
        if low in _SAYS and x and lows[x - 1] not in _BE:  # "nine deaths were reported": no source
            y = x - 1
            while y >= 0 and x - y <= 5 and lows[y][:1].isalpha() and not toks[y].text[:1].isdigit():
                y -= 1
            words = frozenset(t.low for t in toks[y + 1 : x] if t.low not in STOPWORDS)
            if words and y + 1 < x:
                return words
    return frozenset()


def _one_of_many(toks: Sequence[Token], before: Sequence[Token]) -> bool:
    """The sentence tells one of the events the total's sentence counts many of: "after a storm"
    where the total came "after floods and storms"."""
    many = {t.low for t in before}
    return any(
        t.low in INDEFINITE and x + 1 < len(toks) and toks[x + 1].low + "s" in many
        for x, t in enumerate(toks)
    )


def _ones(toks: Sequence[Token]) -> int:
    """The parts a sentence opens with "one" ("One has been released, one died and ..."): "one"
    at the head of a clause, not "one of"."""
    return sum(
        1
        for x, t in enumerate(toks)
        if t.low == "one"
        and (x == 0 or toks[x - 1].text in {",", ";"} or toks[x - 1].low == "and")
        and word_at(toks, x + 1) not in {"of", "in", "another", "day", "year", "week"}
    )


def _change_ends(qs: Sequence[Quantity], texts: Sequence[str]) -> list[Quantity]:
    """ "The toll ... rose from 61 to 70": the toll's count now (70), where the sentence's reading
    gave no count of the dead."""
    out = []
    for s, text in enumerate(texts):
        toks = word_tokens(text)
        lows = [t.low for t in toks]
        if "toll" not in lows or any(q.sentence == s and q.event == "death" for q in qs):
            continue
        x = lows.index("toll")
        if x and lows[x - 1] not in {"death", "the", "its"}:
            continue  # "the injury toll"
        # a long subject ("The toll of victims blamed on the floods that swept ... rose from")
        # reaches further while no comma closes it
        for y in range(x + 1, min(len(toks) - 3, x + 18)):
            if y >= x + 10 and "," in lows[x:y]:
                break
            if not (toll_rises(lows[y]) and lows[y + 1] == "from"):
                continue
            a, to, b = toks[y + 2], lows[y + 3], toks[y + 4] if y + 4 < len(toks) else None
            if b is not None and to == "to" and _figure(a.text) is not None and _figure(b.text) is not None:
                value = _figure(b.text)
                out.append(
                    Quantity(s, b.start, b.end, b.text, value, "count", base_value=value, event="death")
                )
            break
    return out


def _figure(text: str) -> int | None:
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else None


def _colon_parts(qs: Sequence[Quantity], k: int, members: list[int], text: str) -> IncidentParts | None:
    """ "Kresh has scored 150 goals for club and country: 121 for Dunmore and 27 for Veland": the
    counts after a colon that closes the total's clause split it; all of it when each is placed
    or led on by a preposition ("178 at club level")."""
    total = qs[k]
    toks = word_tokens(text)
    starts = [t.start for t in toks]
    x = bisect.bisect_left(starts, total.end)
    colon = next((y for y in range(x, min(len(toks), x + 7)) if toks[y].text in {":", ",", ";", "."}), None)
    if colon is None or toks[colon].text != ":":
        return None
    parts = [p for p in members if qs[p].start > toks[colon].start]
    if any(total.start < qs[p].start < toks[colon].start for p in members):
        return None
    if not 2 <= len(parts) <= _MAX_PARTS or any(
        not _plain(qs[p]) or qs[p].changes or qs[p].value >= total.value for p in parts
    ):
        return None
    if any(_group(qs[p]) not in (None, _group(total)) or qs[p].head not in (None, total.head) for p in parts):
        return None
    if {t.low for t in toks} & _NESTS:
        return None
    every = all(_placed(toks, starts, qs[p]) or _led_on(toks, starts, qs[p]) for p in parts)
    return IncidentParts(k, tuple(parts), every)


_LEADS = frozenset({"at", "for", "in", "with", "on", "from", "against", "by"})


def _led_on(toks: Sequence[Token], starts: list[int], q: Quantity) -> bool:
    """A part of a colon's list told with where or for whom it came, whatever the words after the
    preposition ("178 at club level", "20 for his country"): the list sorts all of the total."""
    k = bisect.bisect_left(starts, q.end)
    return word_at(toks, k) in _LEADS and k + 1 < len(toks) and toks[k + 1].text[:1].isalpha()


# a chamber told by its size: "the 87-seat assembly", "the 87-member council", "87-strong"
_SIZED = re.compile(r"-(?:seats?|members?|strong)\b")


def _seat_parts(
    qs: Sequence[Quantity], members: list[int], nxt: list[int], texts, by_sentence: dict[int, list[int]]
) -> IncidentParts | None:
    """ "The Harvest party won 65 seats in the 87-seat assembly." / "The Coast party won 15 seats
    and the Farm party won nine.": the seats of the parties told, which no chamber's size falls
    short of."""
    sized = [k for k in members if qs[k].compound and _SIZED.match(texts[qs[k].sentence], qs[k].end)]
    won = [k for k in members if qs[k].head == "seat" and _plain(qs[k])]
    # the chamber's sentence tells one party's seats, or none ("filled the 120-member council")
    if len(sized) != 1 or len(won) != len(members) - 1 or len(won) > 1 or not nxt:
        return None
    chamber = qs[sized[0]]
    toks = [t for n in sorted({qs[p].sentence for p in nxt}) for t in word_tokens(texts[n])]
    # ("two seats and independents won nine": the head of a list of two nouns is "seat&independent")
    if any(not _plain(qs[p]) or not _seat_count(qs, p, by_sentence) or qs[p].changes for p in nxt):
        return None
    if {t.low for t in toks} & _NESTS or _time_words(toks) - _time_words(
        word_tokens(texts[chamber.sentence])
    ):
        return None
    parts = (*won, *nxt)
    if not 2 <= len(parts) <= _MAX_PARTS or any(qs[p].value >= chamber.value for p in parts):
        return None
    return IncidentParts(sized[0], parts, False)


def _seat_count(qs: Sequence[Quantity], p: int, by_sentence: dict[int, list[int]]) -> bool:
    """A count of seats, or a count of no noun after one in its sentence whose counts before are
    all of seats: "took 64 seats, the Unity Party 41 and independents 19" (a gapped list)."""
    head = (qs[p].head or "").split("&")[0]
    if head or qs[p].unit:
        return head == "seat"
    # the sentence's own counts (indexes in order), not every count of the document before it
    before = [qs[k] for k in by_sentence[qs[p].sentence] if k < p]
    return (
        bool(before)
        and all((q.head or "").split("&")[0] == "seat" or not (q.head or q.unit) for q in before)
        and ((before[0].head or "").split("&")[0] == "seat")
    )


def _seat_run(qs: Sequence[Quantity], by_sentence: dict[int, list[int]], s: int) -> list[int]:
    """The counts of sentence ``s`` and of the sentences right after it while each counts seats
    only ("... won eight seats, while the Farm party took five." / "The Coast party won two seats
    and independents won nine."): one party's seats each, told over a paragraph."""
    out = list(by_sentence.get(s, []))
    while (
        out
        and s + 1 in by_sentence
        and all(_seat_count(qs, p, by_sentence) for p in by_sentence[s + 1] + by_sentence[s])
    ):
        s += 1
        out += by_sentence[s]
    return out


# words of ballots no candidate got, or of candidates a list leaves out
_NOT_ALL_VOTES = frozenset(
    "spoiled spoilt invalid blank rejected void null others other remaining rest abstained".split()
)


def _named(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """A name among tokens [lo, hi) past the sentence's first word: a candidate's count."""
    return any(toks[x].cap and toks[x].low not in _MISTER for x in range(max(lo, 1), hi))


_MISTER = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _vote_parts(qs: Sequence[Quantity], k: int, by_sentence, texts) -> IncidentParts | None:
    """ "There were 5,120 votes cast." / "Ms Tavel took 2,210, Mr Brisk 1,650 and Ms Colm had
    1,160.": each named candidate's votes in the sentences after the total. Three or more are all
    of the votes cast when the total says "cast" or "total", the story tells no other count of votes and
    no word of ballots or candidates left out ("spoiled", "others")."""
    total = qs[k]
    parts: list[int] = []
    s = total.sentence + 1
    while s in by_sentence and s < len(texts):
        toks = word_tokens(texts[s])
        starts = [t.start for t in toks]
        here = by_sentence[s]
        # ("1,655 votes and Rui Crane": the head of a list of two nouns is "vote&rui")
        if any(
            not _plain(qs[p]) or (qs[p].head or "vote").split("&")[0] != "vote" or qs[p].changes for p in here
        ):
            break
        lo = 0
        for p in here:
            x = bisect.bisect_left(starts, qs[p].start)
            if not _named(toks, lo, x):
                return None
            lo = x + 1
        parts.extend(here)
        s += 1
    if not 2 <= len(parts) <= _MAX_PARTS or any(qs[p].value >= total.value for p in parts):
        return None
    lows = [t.low for t in word_tokens(texts[total.sentence])]
    stated = "total" in total.scope or "total" in lows or "cast" in lows
    votes = [q for q in qs if _group(q) == "vote"]
    whole = {t.low for text in texts for t in word_tokens(text)}
    # two counts may be a run-off's, whose blank ballots go untold: a field of three or more
    exhaustive = (
        stated
        and len(parts) >= 3
        and len(votes) == 1 + sum(_group(qs[p]) == "vote" for p in parts)
        and not (whole & _NOT_ALL_VOTES)
    )
    return IncidentParts(k, tuple(parts), exhaustive)


def _counts_no_part(qs: Sequence[Quantity], members: list[int], total: Quantity) -> bool:
    """Every count of a sentence between a toll and its parts is of another group, and of things
    or no plain count (told with a hedge or a verb that moved it): "Rising waters swept away 11
    bridges, forcing nearly 79,000 people from their homes." between "26 people have died" and "Four deaths were recorded in
    Vell, while 23 were recorded in Corra" (the parts may follow it, as after a sentence of no
    figure)."""
    return all(
        _group(qs[p]) != _group(total)
        and (not _plain(qs[p]) or qs[p].changes or qs[p].head not in _ANYONE | PEOPLE_ROLES | {total.head})
        for p in members
    )


class IncidentModel:
    """The totals of a document's quantities with their parts in the next sentence."""

    def __init__(self, qs: Sequence[Quantity], texts: Sequence[str]):
        self.found: list[IncidentParts] = []
        # the document's quantities, with the ends of changes of a toll its reading leaves out
        # ("The toll rose from 61 to 70": 70 is the total now) added after them
        real = len(qs)
        self.qs: list[Quantity] = list(qs) + _change_ends(qs, texts) + toll_levels(qs, texts)
        qs = self.qs
        by_sentence: dict[int, list[int]] = {}
        for k, q in enumerate(qs):
            by_sentence.setdefault(q.sentence, []).append(k)
        for s, members in sorted(by_sentence.items()):
            seats = _seat_parts(qs, members, _seat_run(qs, by_sentence, s + 1), texts, by_sentence)
            if seats is not None:
                self.found.append(seats)
            totals = [k for k in members if _total(qs[k])]
            groups = [_group(qs[k]) for k in totals]
            for k in totals:
                if groups.count(_group(qs[k])) != 1:
                    continue
                # a candidate's votes, read as a part of the votes cast, are no total of the next
                counted = any(k in f.parts for f in self.found)
                found = _colon_parts(qs, k, members, texts[s]) or (
                    _vote_parts(qs, k, by_sentence, texts)
                    if _group(qs[k]) == "vote" and not counted
                    else None
                )
                if found is not None:
                    self.found.append(found)
                    continue
                # the parts follow in the next sentence, or in the one after a sentence of no figure
                for ps in (s + 1, s + 2):
                    nxt = by_sentence.get(ps)
                    found = self._parts(qs, k, nxt, ps, texts) if nxt and ps < len(texts) else None
                    # past a sentence of other things' counts, only parts told by place or group
                    if found is not None and found.ones and ps - 1 in by_sentence and ps > s + 1:
                        found = None
                    if found is not None:
                        self.found.append(found)
                        break
                    if ps in by_sentence and not (
                        other_groups_only(qs, by_sentence[ps], _group(qs[k]), _group)
                        or _counts_no_part(qs, by_sentence[ps], qs[k])
                    ):
                        break
        self._together: dict[int, set[int]] = {}
        for k in range(real):
            whole = self._whole_of(qs, k, texts)
            if whole is not None:
                self._together.setdefault(k, set()).add(whole)
                self._together.setdefault(whole, set()).add(k)
        for f in self.found:
            members = {f.total, *f.parts}
            for m in members:
                self._together.setdefault(m, set()).update(members)

    @staticmethod
    def _parts(qs, k: int, nxt: list[int], ps: int, texts) -> IncidentParts | None:
        total = qs[k]
        group = _group(total)
        combined = "combined" in total.scope  # "A and B combined for 58 points": all of it
        parts = [p for p in nxt if qs[p].kind in {"count", "measure"} and qs[p].unit in {"", "points"}]
        parts = own_group(qs, parts, group, _group)  # "..., with some 400 injured, and four killed"
        text = texts[ps]
        toks = word_tokens(text)
        starts = [t.start for t in toks]
        parts = echoes_of_others(qs, parts, k, _group, lambda p: _placed(toks, starts, qs[p]))
        # "One has been released, one died and four others remain": "one" opens a part
        ones = _ones(toks) if parts and _rest_last(toks, starts, qs[parts[-1]]) else 0
        if not 2 <= len(parts) + ones <= _MAX_PARTS or any(
            not _plain(qs[p]) or qs[p].changes and not combined for p in parts
        ):
            return None
        if any(qs[p].value >= total.value for p in parts):
            return None
        first = qs[parts[0]]
        if group == "aboard" or ones:
            if any(qs[p].head not in _ANYONE or qs[p].event == group for p in parts):
                return None
        elif not (_group(first) == group or "of-part" in first.scope or combined) or any(
            _group(qs[p]) not in (None, group) or (qs[p].head not in _ANYONE and qs[p].head != total.head)
            for p in parts
        ):
            return None
        if {t.low for t in toks} & _NESTS or _time_words(toks) - _time_words(
            word_tokens(texts[total.sentence])
        ):
            return None
        # "In neighbouring Abbot, 30 died in Kessly and ...": parts of a place the total's does not name
        if _fronted_place(toks, qs[parts[0]]) - {"*"} - content_words(texts[total.sentence]):
            return None
        every, pointed = _opens(toks)
        if not (
            pointed
            or combined
            or ones
            or group == "aboard"
            or all(_placed(toks, starts, qs[p]) for p in parts)
        ):
            return None
        exhaustive = every or combined or _rest_last(toks, starts, qs[parts[-1]])
        return IncidentParts(k, tuple(parts), exhaustive, ones)

    @staticmethod
    def _whole_of(qs, k: int, texts) -> int | None:
        """The larger count of ``k``'s group told in the three sentences before, whose sentence
        does not name ``k``'s place, when ``k`` is restricted to a part of it: its sentence opens
        on a place ("In the Orvan region, 25 people died"), places it at the end of its clause
        ("22 people are still missing in the town"), or tells one of the events the total's
        sentence counts many of ("after a storm on 23 May" / "after floods and storms")."""
        q = qs[k]
        if q.kind != "count" or q.event not in _EVENTS:
            return None
        toks = word_tokens(texts[q.sentence])
        places = _fronted_place(toks, q) or _place_after(toks, q)
        for w in range(k - 1, -1, -1):
            b = qs[w]
            if b.sentence < q.sentence - 3:
                break
            if b.sentence == q.sentence or b.kind != "count" or b.event != q.event:
                continue
            if b.base_value <= q.base_value:
                return None
            named = content_words(texts[b.sentence])
            if places - {"*"} & named:
                return None
            one_of = _one_of_many(toks, word_tokens(texts[b.sentence]))
            if not (places or one_of):
                return None
            # the same event told at the place ("when the ferry capsized" twice) is its whole toll
            # there; an area within a country is a part of the country's toll whatever they share
            shared = content_words(texts[q.sentence]) & named - _TOLL_WORDS
            told_by = _sources(toks), _sources(word_tokens(texts[b.sentence]))
            # another source's count for a place the total does not name is that place's part
            # ("..., the UN agency said." / "In Norland, the disaster agency said 340 ...")
            apart = all(told_by) and not (told_by[0] <= told_by[1] or told_by[1] <= told_by[0])
            return w if one_of or "*" in places or not shared or apart and places else None
        return None

    def wrong(self) -> list[IncidentParts]:
        """The totals whose parts do not make them (indices into ``self.qs``)."""
        return [f for f in self.found if f.wrong(self.qs)]

    def apart(self, a: int, b: int) -> bool:
        """Whether figures ``a`` and ``b`` are a total and its part or two parts of one total."""
        return b in self._together.get(a, ())

"""Figures read together: births ("born in 1980"), enumerations ("three countries: A, B and
C"), totals with their parts ("12 dead: 7 men and 5 women"), and shares ("A of B ... P%").

Apart because each reads several figures of a sentence at once, after ``figure_clause`` has
read them one by one.
"""

from __future__ import annotations

import bisect
import re

from .definite_counts import fate_at
from .numtext import lemma, lexicon, word_at
from .part_groups import PEOPLE_EVENTS
from .text import Token
from .words import STOPWORDS
from .figure_types import Birth, Enumeration, PartsTotal, Quantity, Share
from .number_parse import _parse_number
from .share_links import bracketed_after_noun, clause_closed_by, out_of_a_total, restating_clause
from .figure_heads import _head
from .figure_ages import _person_before


def _births(si, text, toks, dates, proper) -> list[Birth]:
    out: list[Birth] = []
    if not any(d.year is not None and not d.relative for d in dates):
        return out
    at = {t.start: x for x, t in enumerate(toks)}
    for d in dates:
        if d.year is None or d.relative:
            continue
        k = at.get(d.start)
        if k is None:
            continue
        back = [t.low for t in toks[max(0, k - 3) : k]]
        if "born" not in back and not (back[-1:] == ["b"] or back[-2:] == ["b", "."]):
            continue
        person = _person_before(toks, k - back[::-1].index("born") - 1 if "born" in back else k, proper)
        out.append(Birth(si, d.start, d.end, d.text, person, d.year, d.month, d.day))
    return out


def _enumerations(si, text, toks, starts: list[int]) -> list[Enumeration]:
    """ "three countries: France, Germany and Italy" (a colon, dash or bracket after the noun), and
    "two sons, John and Paul," (a comma, only when every item is a name). ``starts``: the tokens a
    figure can start at (a stated count is one of them)."""
    out = []
    for i in starts:
        t = toks[i]
        stated = _stated_count(t)
        if stated is None or stated < 2 or stated > 12:
            continue
        if {"one", "all", "among", "each"} & {x.low for x in toks[max(0, i - 3) : i]}:
            continue  # "one of the three brothers": the list may name only the others
        k = _list_opening(toks, i)
        if k is None:
            continue
        sep = toks[k].text
        items, end, all_names = _list_items(toks, k + 1, sep)
        items = [it for it in items if not _AGE_ITEM.match(it)]  # "Taylor Robertson, age 28, and …"
        if not _counted_list(toks, items, end, all_names, sep):
            continue
        out.append(
            Enumeration(si, t.start, toks[k - 1].end, text[t.start : toks[k - 1].end], stated, tuple(items))
        )
    return out


# an age in apposition after a listed name is no item of its own
_AGE_ITEM = re.compile(r"^(?:(?:age|aged)\s+)?\d{1,3}$", re.IGNORECASE)


def _stated_count(t: Token) -> int | None:
    """The count a token states: "three", "twenty", "12"."""
    lex = lexicon()
    if t.low in lex["units"]:
        return lex["units"][t.low]
    if t.low in lex["tens"]:
        return lex["tens"][t.low]
    if t.text.isdecimal() and len(t.text) <= 2:  # (not "²": a digit int() cannot read)
        return int(t.text)
    return None


_NOT_LIST_OPENERS = frozenset(
    {
        "including",
        "such",
        "along",
        "like",
        "notably",
        "especially",
        "plus",
        "among",
        "mostly",
        "mainly",
        "all",
        "both",
        "and",
        "but",
        "which",
        "who",
        "while",
        "with",
        "after",
        "as",
    }
)


def _list_opening(toks, i) -> int | None:
    """The separator token (":", a dash, "(", ",") that opens a list after "three countries" (the
    count at token i and its plural noun), or None when no list of that noun follows."""
    lex = lexicon()
    n = len(toks)
    k = i + 1
    while k < n and k < i + 4 and toks[k].text[0].isalpha() and toks[k].low not in STOPWORDS:
        k += 1
    if k == i + 1 or k >= n:
        return None
    noun = toks[k - 1].low
    if noun in lex["measures"] or noun in lex["currencies"]["words"] or noun in lex["multipliers"]:
        return None
    if lemma(noun) == noun or noun in {
        "years",
        "days",
        "months",
        "weeks",
        "hours",
        "minutes",
        "times",
        "points",
        "goals",
    }:
        return None  # the noun must be a plural that items can fill
    if toks[k].low in {"are", "were", "is", "was", "include", "included", "includes"}:
        k2 = k + 1
        while k2 < min(n, k + 3) and toks[k2].text[0].isalpha() and toks[k2].text != ":":
            k2 += 1
        if word_at(toks, k2) == ":":
            k = k2  # "Four candidates are standing: …"
    sep = toks[k].text
    if sep not in {":", "—", "–", "(", ","} and not (
        sep == "-" and k + 1 < n and toks[k].start > toks[k - 1].end
    ):
        return None
    if word_at(toks, k + 1) in _NOT_LIST_OPENERS:
        return None
    return k


def _counted_list(toks, items, end, all_names, sep) -> bool:
    """Whether the items after the separator are a list an editor can count against the number."""
    lex = lexicon()
    if len(items) < 2:
        return False
    if any(not it[0].isalnum() for it in items):
        return False
    if any(
        it.split()[0][0].isdigit()
        or it.split()[0].lower() in lex["units"]
        or it.split()[0].lower() in lex["tens"]
        or it.split()[0].lower() in {"a", "an"}
        for it in items
    ):
        return False  # "12 people: eight soldiers and four civilians" is a total with parts
    if sep == "," and not all_names:
        return False
    if sep == "(" and word_at(toks, end) != ")":
        return False
    # not "two cities: Paris, France and Austin, Texas": places with their regions
    return not (
        all_names and word_at(toks, end) == "," and end + 1 < len(toks) and toks[end + 1].text[0].isupper()
    )


_MAX_ITEMS = 30  # a longer "list" is not an enumeration an editor counts


def _list_items(toks, k, sep) -> tuple[list[str], int, bool]:
    """Items of "A, B and C" starting at token k, the token after the list, and whether every item
    is capitalised. A list must end with "and"/"or" before its last item."""
    items: list[list[Token]] = [[]]
    closed = False
    n = len(toks)
    while k < n:
        t = toks[k]
        if t.text in {".", ";", ")", ":", "—", "–", "?", "!"} or (t.text == "," and closed):
            break
        if t.text == ",":
            if items[-1]:
                items.append([])
            k += 1
            continue
        if t.low in {"and", "or"} and not closed:
            if items[-1]:
                items.append([])
            closed = True
            k += 1
            continue
        items[-1].append(t)
        if len(items[-1]) > 5 or len(items) > _MAX_ITEMS:
            return [], k, False
        if closed and len(items[-1]) >= 1 and not t.text[0].isupper() and items[-1][0].text[0].isupper():
            # "France and Italy signed...": the last item ends where lower-case words resume
            items[-1].pop()
            break
        k += 1
    items = [it for it in items if it]
    if not closed or len(items) < 2:
        return [], k, False
    all_names = all(it[0].text[0].isupper() for it in items)
    if not all_names:
        # lower-case items must be short noun phrases ending before a verb
        if any(len(it) > 3 for it in items):
            return [], k, False
    return [" ".join(x.text for x in it) for it in items], k, all_names


_MAX_PARTS = 12  # parts of one total; more is a table, not a sum an editor checks


def _totals(si, toks, qs) -> list[PartsTotal]:
    """ "12 people were killed: eight soldiers and four civilians" / "…, including 8 soldiers"."""
    out = []
    counts = [
        q for q in qs if q.kind in {"count", "money"} and not q.approx and not q.bound and not q.compound
    ]
    starts = [t.start for t in toks]
    for a, total in enumerate(counts):
        k = bisect.bisect_left(starts, total.end)
        if k >= len(toks):
            continue
        # the marker must follow the total's noun phrase closely
        marker = _marker_after(toks, k)
        if not marker:
            continue
        mk = next(x for x in range(k, len(toks)) if toks[x].low == marker.split()[0])
        if any(t.text in {";", "—", "–", "(", ")"} or t.text[0].isdigit() for t in toks[k:mk]):
            continue  # the marker belongs to something else said after the total
        mpos = toks[mk].start
        parts = []
        for q in counts[a + 1 :]:
            if q.start > mpos and q.kind == total.kind and q.unit == total.unit:
                parts.append(q)
                if len(parts) > _MAX_PARTS:
                    break
        # "25 guests, including 3 children, and 11 staff": the 3 are a part of the 25, not of the total
        parts = parts[:1] + [p for p in parts[1:] if not _nested_part(toks, starts, p)]
        if len(parts) < 2 or len(parts) > _MAX_PARTS:
            continue
        if not _one_list(toks, starts, parts):
            continue
        if (
            any(p.head is None for p in parts)
            and total.kind == "count"
            and not _places_of(toks, starts, parts)
        ):
            # "Nine candidates are standing: four from …": headless parts may be of something else
            # said after the colon, yet they can never add up to more than the total
            if sum(p.value for p in parts) > total.value and _parts_of(total, parts, any_head=True):
                out.append(PartsTotal(si, total, tuple(parts), exhaustive=False))
            continue
        out.append(PartsTotal(si, total, tuple(parts), exhaustive=marker == ":"))
    return out


_MARKERS = (":", "including", "of whom", "of which", "among them", "includes", "include", "included")
# "40 heridos, de los cuales 30 …", "25 blessés, dont 18 …", "30 feriti, di cui 20 …": some of it
_MARKERS += ("de los cuales", "de las cuales", "dont", "di cui", "davon", "darunter")


def _marker_after(toks, k) -> str | None:
    """The first word (or words) that opens a list of parts within eight tokens of token k."""
    window = [t.low for t in toks[k : k + 10]]
    for m in _MARKERS:
        mw = m.split()
        if any(window[off : off + len(mw)] == mw for off in range(0, 8)):
            return m
    return None


def _parts_of(total: Quantity, parts, any_head: bool = False) -> bool:
    """Parts that can be pieces of the total: of its noun or of none (of any noun after a colon:
    "nine candidates: four …, three independents"), of its event or of none, each smaller."""
    return all(
        p.value < total.value
        and (any_head or total.kind != "count" or p.head in (None, total.head, "person", "people"))
        and (total.event is None or p.event in (None, total.event))
        for p in parts
    )


_SPLIT_MARKERS = frozenset({",", "with"})
_SPLIT_REACH = 8  # tokens from a total to the first of its parts


def _split_after(si, toks, qs) -> list[PartsTotal]:
    """ "1,200 residents were evacuated, 700 from Dorvik and 600 from Lessa": a total, then after a
    comma the list it is split into. Whether the list is all of it is not said, so only parts
    that add up to more than the total are wrong (``exhaustive=False``)."""
    starts = [t.start for t in toks]
    out = []
    exact = [
        q for q in qs if q.kind in {"count", "money"} and not (q.approx or q.bound or q.compound or q.upper)
    ]
    for a, total in enumerate(exact):
        if total.value < 2 or total.changes or total.head is None:
            continue  # a headless figure is more often the first item of a list ("Queens had 37, …")
        rest = [q for q in exact[a + 1 :] if q.kind == total.kind and q.unit == total.unit]
        if len(rest) < 2 or len(rest) > _MAX_PARTS:
            continue
        if any(q.start > total.end and q not in rest for q in qs):
            continue  # another figure in between or after: not one total and its list
        k, first = bisect.bisect_left(starts, total.end), bisect.bisect_left(starts, rest[0].start)
        if word_at(toks, bisect.bisect_left(starts, total.start) - 1) == ":":
            continue  # "51 seats: 22 went to …, 18 to …": the first part of a list, no total
        between = {t.low for t in toks[k:first]}
        if (
            first - k > _SPLIT_REACH
            or not between & _SPLIT_MARKERS
            or between & {";", ".", ":", "(", "—", "–", "and", "or"}
        ):
            continue
        if any(_nested_part(toks, starts, p) for p in rest) or not _one_list(toks, starts, rest):
            continue
        if any(_after_name(toks, starts, p) for p in rest):
            continue  # "Fine Gael had 50 seats, Ardan 44, Corlin 23": peers of a gapped list, no total
        if sum(p.value for p in rest) > total.value and _parts_of(total, rest):
            out.append(PartsTotal(si, total, tuple(rest), exhaustive=False))
    return out


def _after_name(toks, starts, q) -> bool:
    """A count right after a capitalised word past the sentence's first: a gapped list's item."""
    k = bisect.bisect_left(starts, q.start)
    return k > 1 and toks[k - 1].cap


# a body's size told in its compound ("the 40-member council", "a 12-strong crew") and the verbs
# that then list who it is made of ("has 22 Labour members, 15 Conservatives and six independents")
_SIZED_BY = frozenset({"member", "seat", "strong", "person", "man", "woman"})
_MADE_OF = frozenset(
    {"has", "had", "have", "comprises", "comprised", "includes", "included", "consists", "counts"}
)
_MADE_OF_REACH = 3  # words from the compound's noun to its verb ("the 40-member city council has")


def _sized_body(si, toks, qs) -> list[PartsTotal]:
    """ "The 40-member council has 22 Labour members, 15 Conservatives and six independents": a
    body's size given in its compound, then split into a list of counts. The list may leave some
    out (``exhaustive=False``), but its parts may not add up to more than the body."""
    starts = [t.start for t in toks]
    out = []
    for a, total in enumerate(qs):
        if total.kind != "count" or not total.compound or total.approx or total.bound or total.upper:
            continue
        k = bisect.bisect_left(starts, total.end)
        k += word_at(toks, k) == "-"
        if word_at(toks, k) not in _SIZED_BY:
            continue
        verb = next(
            (x for x in range(k + 1, min(len(toks), k + 2 + _MADE_OF_REACH)) if toks[x].low in _MADE_OF), None
        )
        if verb is None or any(not toks[x].text[0].isalpha() for x in range(k + 1, verb)):
            continue
        parts = [
            q
            for q in qs[a + 1 :]
            if q.start > toks[verb].start
            and q.kind == "count"
            and not (q.approx or q.bound or q.compound or q.upper)
            and (q.head is not None or q.attribute == total.head)  # "14 elected members" of the board
        ]
        if not 2 <= len(parts) <= _MAX_PARTS or not _one_list(toks, starts, parts):
            continue
        if any(
            not toks[x].text[0].isalpha() for x in range(verb + 1, bisect.bisect_left(starts, parts[0].start))
        ):
            continue  # the list must follow its verb ("has, since May, 22 ..." is another reading)
        out.append(PartsTotal(si, total, tuple(parts), exhaustive=False))
    return out


# words right before a part that make it a part of the item before it, in several languages
_NESTED = frozenset(
    "including incl cui dont darunter davon einschließlich incluindo incluidos incluidas waaronder inclusief".split()
)


def _nested_part(toks, starts, part) -> bool:
    """A part led by an inclusion word ("including 4 children", "di cui 4 bambini", "dont 4
    enfants", "darunter 4 Kinder"): a part of the list's item before it, not of the total."""
    k = bisect.bisect_left(starts, part.start)
    return any(word_at(toks, x) in _NESTED for x in (k - 1, k - 2))


_WHERE = frozenset({"in", "at", "on", "from", "across"})


def _places_of(toks, starts, parts) -> bool:
    """Parts that leave the total's noun out and say where each is: "1,200 jobs: 700 in France,
    400 in Spain and 300 in Italy", "Nine died: four in the first blast and three in the second"."""
    return all(p.head is None and word_at(toks, bisect.bisect_left(starts, p.end)) in _WHERE for p in parts)


_AND = frozenset({"and", "et", "y", "e", "und", "i"})  # "18 pompiers et 9 habitants"


def _one_list(toks, starts, parts) -> bool:
    """Parts sit in one list: nothing but words, commas and "and" between them, and no item
    after them that is not read as a figure."""
    between = [
        t.low
        for t in toks[
            bisect.bisect_left(starts, parts[0].start) : bisect.bisect_left(starts, parts[-1].start)
        ]
    ]
    if any(x in {";", ".", ":", "("} for x in between) or not _AND & set(between) and "," not in between:
        return False
    # "seven counts: three of fraud, three of theft and one of perjury"
    return not _uncounted_item(toks, bisect.bisect_left(starts, parts[-1].end))


def _uncounted_item(toks, k) -> bool:
    """After the last counted part, the list goes on with "one …", which is not read as a
    figure ("one" is more often a pronoun): the parts found are not all of them."""
    for x in range(k, min(len(toks), k + 12)):
        if toks[x].text in {".", ";", ":"}:
            return False
        if toks[x].low == "one" and word_at(toks, x - 1) in {"and", ","}:
            return True
    return False


def _of_the(si, text, toks, qs) -> list[PartsTotal]:
    """ "Of the 25 workers, 20 escaped, three died and four were taken to hospital": a group
    split into parts. The parts may leave some out, but may not add up to more than the group
    (``exhaustive=False``)."""
    group = _the_group(si, text, toks)
    return [] if group is None else _group_split(si, toks, qs, toks[group[1]].start, group[0])


def _group_shares(si, text, toks, qs) -> list[Share]:
    """ "Of the 400 people surveyed, 300, or 60%, said …", "Of the 5,000 voters, 3,000 cast a
    ballot, a turnout of 70%": the group's first count after its comma, and the percentage told
    as its share."""
    group = _the_group(si, text, toks)
    if group is None:
        return []
    whole, comma = group
    after = [q for q in qs if q.start > toks[comma].start]
    if len(after) < 2 or {after[0].kind, after[1].kind} != {"count", "percent"}:
        return []
    starts = [t.start for t in toks]
    between = [
        t.low
        for t in toks[bisect.bisect_left(starts, after[0].end) : bisect.bisect_left(starts, after[1].start)]
    ]
    if after[0].kind == "count":
        part, pct = after[0], after[1]
        if not _share_link(between):
            return []
    else:  # "Of the 152 dead, 21.7 per cent, or 45, were children"
        pct, part = after[0], after[1]
        if between not in ([",", "or"], ["(", "or"], ["("]):
            return []
    return [Share(si, part, whole, pct)]


def _the_group(si, text, toks) -> tuple[Quantity, int] | None:
    """The group a sentence opens on ("Of the 25 workers,"), and the token of its comma."""
    k = 1 if word_at(toks, 1) != "the" else 2
    if word_at(toks, 0) != "of" or len(toks) <= k:
        return None
    parsed = _parse_number(toks, k)
    if not parsed:
        return None
    value, j, precision, words = parsed
    head, _, end = _head(toks, j, len(toks))
    # "Of the 270 dead,": a group named by what befell it (a place, "Of the 40 aboard,", is none)
    fate = fate_at(toks, j) if head is None else None
    if fate not in PEOPLE_EVENTS:
        fate = None
    else:
        head, end = word_at(toks, j), j + 1
    # "Of the 25 miners," / "Of the 40 people on board,": the comma within a few words
    # ("Of the 48 passengers on the Orsa ferry,": a place of two words); a relative clause
    # defines the group to its comma ("Of the 2,400 students who sat the exam this spring,")
    reach = _RELATIVE_REACH if word_at(toks, end) in _RELATIVES else 6
    comma_at = next((x for x in range(end, min(len(toks), end + reach)) if toks[x].text == ","), None)
    if (
        head is None
        or comma_at is None
        or value != int(value)
        or value < 2
        or any(_parse_number(toks, x) for x in range(end, comma_at))
    ):
        return None
    total = Quantity(
        sentence=si,
        start=toks[k].start,
        end=toks[j - 1].end,
        text=text[toks[k].start : toks[j - 1].end],
        value=value,
        kind="count",
        base_value=value,
        precision=precision,
        head=head,
        word_form=words,
        event=fate,
    )
    return total, comma_at


_RELATIVES = frozenset({"who", "that", "which"})
_RELATIVE_REACH = 14


def _of_them(si, toks, qs, before: list[Quantity]) -> list[PartsTotal]:
    """ "The bus carried 40 passengers. Of them, 28 were rescued, nine died and five are
    missing": the group is the one count the sentence before gave."""
    if not before or word_at(toks, 0) != "of" or word_at(toks, 1) not in {"them", "those", "these"}:
        return []
    if word_at(toks, 2) != ",":
        return []
    groups = [
        q
        for q in before
        if q.kind == "count"
        and q.head
        and not (q.approx or q.bound or q.compound)
        and q.value == int(q.value)
        and "of-part" not in q.scope  # "Of the 36 killed, 10 are women. Of these, ...": of which?
    ]
    if len(groups) != 1 or groups[0].value < 2:
        return []
    return _group_split(si, toks, qs, toks[2].start, groups[0])


def two_clauses(parts, between: list[str]) -> bool:
    """Two counts joined by ", and" (``between``: the words from the first to the second): two
    clauses, not a list of two ("Of them, 3,000 voted, and 2,400 backed the strike": the 2,400 may
    be of the 3,000)."""
    return len(parts) == 2 and between[-2:] == [",", "and"]


def _group_split(si, toks, qs, comma: int, total: Quantity) -> list[PartsTotal]:
    """The parts a group is split into after ``comma`` (a list of counts, the sentence's last)."""
    head = total.head
    # "Of the 270 dead, 237 were killed in Ostra, with 1,500 injured, while ...": another fate's
    # counts are told beside the parts, not among them
    qs = [
        q
        for q in qs
        if not (total.event in PEOPLE_EVENTS and q.event in PEOPLE_EVENTS and q.event != total.event)
    ]
    parts = [
        q
        for q in qs
        if q.start > comma
        and q.kind == "count"
        and not q.approx
        and not q.bound
        and not q.compound
        and q.head in (None, head, "person", "people")
    ]
    if not 2 <= len(parts) <= _MAX_PARTS:
        return []
    # one list: nothing but words, commas and "and" between the parts, and the last part is the
    # last figure of the sentence
    starts = [t.start for t in toks]
    between = toks[bisect.bisect_left(starts, parts[0].start) : bisect.bisect_left(starts, parts[-1].start)]
    # "390,000 were accepted while 431,000 were turned away": "while" sets two parts side by side
    if any(t.text in {";", ".", ":", "(", ")", "—", "–"} for t in between) or not {t.low for t in between} & {
        "and",
        "while",
        "whereas",
    }:
        return []
    if two_clauses(parts, [t.low for t in between]):
        return []
    if any(
        q.start > parts[-1].start or (parts[0].start < q.start < parts[-1].start and q not in parts)
        for q in qs
    ):
        return []
    return [PartsTotal(si, total, tuple(parts), exhaustive=False)]


_SHARE_LINK = frozenset("or representing some just about nearly roughly around almost".split())
# nouns that name a share: "…, a turnout of 70%", "a majority of 80%"
_SHARE_NOUNS = frozenset({"turnout", "share", "proportion", "majority"})


def _share_link(between: list[str]) -> bool:
    """Words between a count (or its whole) and the percentage after it that make it its share:
    "(25%)", ", or 45%", "— 45%", "representing 45%", ", a turnout of 70%"."""
    words = [w for w in between if w[0].isalpha() and w not in _SHARE_LINK and w not in _SHARE_NOUNS]
    if set(between) & _SHARE_NOUNS:
        return len([w for w in words if w not in {"a", "an", "the", "of"}]) <= 3
    return bool(set(between) & {"(", "or", "—", "–", "representing"}) and len(words) <= 3


_SHARE_REACH = 12  # tokens between a share's counts and its percentage
_OF_THE = (["of", "the"], ["of"], ["out", "of"], ["of", "its"], ["of", "their"], ["out", "of", "the"])


def _bracketed_share(gap: list[str], pcts: list[Quantity], part: Quantity, whole: Quantity):
    """The percentage bracketed between a count and its whole ("300 (60%) of the 400"), else None."""
    if gap[:1] != ["("] or ")" not in gap or gap[gap.index(")") + 1 :] not in _OF_THE:
        return None
    inside = [p for p in pcts if part.end < p.start and p.end < whole.start]
    return inside[0] if len(inside) == 1 and gap.index(")") <= 4 else None


def _share_of_named(between: list[str], part: Quantity, whole: Quantity) -> bool:
    """ "80 percent of the seats: 127 of the 255": the percentage names what it is a share of, and
    the counts after it count that (or name nothing): ``between`` is "of (the) NOUN" and a colon,
    dash or comma. "62% of the vote, 2,146 of the 3,902 voters" counts another thing."""
    if len(between) not in (3, 4) or between[0] != "of" or between[-1] not in {":", ",", "—", "–"}:
        return False
    words = between[1:-1]
    if len(words) == 2 and words[0] not in {"the", "its", "their"}:
        return False
    noun = words[-1]
    if not noun.isalpha():
        return False
    heads = {h for h in (part.head, whole.head) if h}
    return all(lemma(noun) == lemma(h) for h in heads)


def _turnout_before(words: list[str]) -> bool:
    """A turnout named in the few words before its percentage ("turnout reached 70%")."""
    return "turnout" in words[-6:]


def _shares(si, toks, qs) -> list[Share]:
    """ "40 of the 200 students (25%)": a count of a count, and a percentage said to be its share."""
    out = []
    counts = sorted((q for q in qs if q.kind == "count"), key=lambda q: q.start)
    count_starts = [q.start for q in counts]
    pcts = sorted((q for q in qs if q.kind == "percent"), key=lambda q: q.start)
    pct_starts = [q.start for q in pcts]
    starts = [t.start for t in toks]

    def words_between(a: int, b: int) -> list[str]:
        return [t.low for t in toks[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]]

    for part in counts:
        # the whole follows within "out of the": the counts starting in the next few tokens
        k = bisect.bisect_left(starts, part.end)
        k += 4 * (word_at(toks, k) == "(")  # "300 (60%) of the 400"
        reach = toks[min(k + 11, len(toks) - 1)].end if toks else part.end  # (the gap is read below)
        for whole in counts[
            bisect.bisect_right(count_starts, part.end) : bisect.bisect_right(count_starts, reach)
        ]:
            gap = words_between(part.end, whole.start)
            inner = _bracketed_share(gap, pcts, part, whole)  # "300 (60%) of the 400"
            if inner is not None:
                out.append(Share(si, part, whole, inner))
                break
            if gap not in _OF_THE and not out_of_a_total(gap):
                continue
            if part.value > whole.value and whole.head and not (part.approx or part.bound or whole.approx):
                out.append(Share(si, part, whole, None))  # "eight of the five crew": no share needed
                break
            # the percentage sits next to the pair: a few words after the whole or just before the part
            wk = bisect.bisect_left(starts, whole.end)
            pk = bisect.bisect_left(starts, part.start)
            after = toks[min(wk + _SHARE_REACH, len(toks) - 1)].end
            before = toks[max(pk - _SHARE_REACH, 0)].start
            for p in pcts[bisect.bisect_left(pct_starts, before) : bisect.bisect_right(pct_starts, after)]:
                if p.start > whole.end:  # "40 of the 200 students (25%)", "…, or 45%,"
                    between = words_between(whole.end, p.start)
                    if not _share_link(between) and not clause_closed_by(
                        between, word_at(toks, bisect.bisect_left(starts, p.end))
                    ):
                        continue
                elif p.end <= part.start:  # "25% (40 of the 200 students)"
                    between = words_between(p.end, part.start)
                    if between == [",", "with"] and _turnout_before(words_between(before, p.start)):
                        pass  # "a turnout of 70%, with 3,000 of the 5,000 voters"
                    elif _share_of_named(between, part, whole):
                        pass  # "80 percent of the seats: 127 of the 255"
                    elif restating_clause(between) or bracketed_after_noun(between):
                        pass  # "58%, indicating that 2,146 voters cast …", "71% support (1,420 of 2,400)"
                    elif not between or not set(between) <= {"(", ",", "or", "—", "–", "-", ":"}:
                        continue
                else:
                    continue
                out.append(Share(si, part, whole, p))
                break
    return out

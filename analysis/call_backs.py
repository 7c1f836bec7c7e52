"""A quantity the story calls back, told again a slip away from its first telling (the second pass
after ``definite_slips``, which reads two swapped digits): "some 4,600 nurses" ... "the region's
4,900 nurses" (one digit changed), "reached 23 miners" ... "All of the 25 miners" (a small count
two or three off), "a net profit of $2.46 billion" ... "the profit of $2.64 billion", "einen Umsatz
von 5,8 Milliarden" ... "des Umsatzes von 5,3 Milliarden" (the article is the noun phrase's, not
the figure's), "the jobless rate ... at 11.4 percent" ... "the province's 11.9 percent jobless
rate" (a rate told twice).

A call-back is a figure presented as given: a determiner or possessive right before it, or a
definite noun phrase whose preposition leads to it ("the profit of", "dem Gewinn von", "del
beneficio de", "du chiffre d'affaires de"). It is paired with an earlier figure of its kind and
unit by what both are said of, not by their digits alone: a count by its noun (the one earlier
count of that noun in the story), an amount or a rate by a content word of the phrase it is told
in. The values must be a slip apart (one digit changed, two digits swapped, or a count two or
three off) and no other earlier figure of that unit may be a slip away from the call-back.

Not read: a bound, a range, a move or a clause that compares; "the other 18", "the remaining
20", "the budget for the previous year"; a value told elsewhere in the story (two quantities,
each told); counts under ten, or under a hundred more than three apart ("killed 58" / "the 85
killed this year"); two counts of two events; a call-back followed by a name the earlier sentence
lacks ("the 340 beds at the new Sellow clinic"); two kinds of one noun ("operating" / "net"
profit); a preposition whose noun is not the shared one ("the deficit ended at"); figures dated
to two years or told apart by an ordinal or basis; a count whose gap is itself a count of the
story ("picked up 16 sailors ... flew two to hospital" / "the ship's 18 sailors": the parts and
the whole); a story that says a figure was corrected or revised.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .definite_slips import swapped
from .figure_types import Quantity
from .near_miss import comparable, near_values, read_figures, told_apart
from .text import Token
from .words import FUNCTION_WORDS

# determiners that present a figure as given ("the 25 miners", "its 4,900", "los 29 rehenes")
_GIVEN = frozenset(
    "the its their his her whose these those der die das dem den des el la los las le les del du al".split()
)
# the preposition that ties a noun phrase to its figure: "the profit of", "dem Gewinn von"
_OF = frozenset("of von de d' d’ di".split())
# a rate's preposition too: "the benchmark rate to 7.5 percent", "the jobless rate at 11.9%"
_AT = _OF | {"to", "at"}
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))
# words that make the called-back group another one, or the figure a new one
_ANOTHER = frozenset(
    "other others remaining rest another additional extra new more further last first next previous "
    "anderen weiteren übrigen otros otras demás restantes autres".split()
)
_PERIOD = frozenset("previous prior earlier former vorjahr anterior précédent".split())
# a finite verb that ends a call-back's phrase
_VERBS = frozenset("is are was were be been has have had will would can could may must said say".split())
# a story that says a figure was set right tells two values on purpose
_CORRECTED = ("correct", "revise", "korrigier", "corrig", "rectific")
# words too general to say what two figures are of
_GENERAL = FUNCTION_WORDS | frozenset(
    "percent per cent prozent por ciento pour million millions billion billions milliarden "
    "millionen millones milliards euro euros dollar dollars pounds yen about some around nearly "
    "almost more than less total year years day days said says".split()
)


@dataclass(frozen=True)
class CallBack:
    first: Quantity
    second: Quantity
    referent: str


@dataclass(frozen=True)
class _Read:
    q: Quantity
    toks: tuple[Token, ...]
    first: int  # the figure's first token
    after: int  # the token after it
    phrase: tuple[str, ...]  # content words of the phrase the figure is told in
    wide: tuple[str, ...]  # and of its clause, eight words back


def _phrase(toks: tuple[Token, ...], first: int, after: int, back: int) -> tuple[str, ...]:
    """The content words before the figure (over its preposition and an owner's "'s", up to
    ``back`` words, to the last stop) and right after it (up to three words, to the next stop):
    what it is said to be."""
    words: list[str] = []
    for t in reversed(toks[max(0, first - back) : first]):
        if t.low in _POSSESSIVE:
            continue
        if not t.is_word:
            break
        words.append(t.low)
    for t in toks[after : after + 3]:
        if not t.is_word:
            break
        words.append(t.low)
    return tuple(w.removesuffix("'s").removesuffix("’s") for w in words if w not in _GENERAL and len(w) > 2)


def _alike(x: str, y: str) -> bool:
    """One word, inflected or not: "umsatz" / "umsatzes", "rate" / "rates"."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _called_back(toks: tuple[Token, ...], first: int, percent: bool) -> bool:
    """A determiner or possessive before the figure, or a definite noun phrase whose preposition
    leads to it ("the profit of $2.64 billion", "des Umsatzes von 5,3 Milliarden")."""
    if first == 0:
        return False
    t = toks[first - 1]
    if t.low in _GIVEN or t.is_word and t.low.endswith(("'s", "’s")):
        return True
    if t.low in _POSSESSIVE and first >= 2 and toks[first - 2].is_word:
        return True
    if t.low not in (_AT if percent else _OF):
        return False
    for k in range(first - 2, max(-1, first - 5), -1):  # "the [net] profit of", "du chiffre d'affaires de"
        x = toks[k]
        if x.low in _GIVEN or x.low in _POSSESSIVE or x.is_word and x.low.endswith(("'s", "’s")):
            return k < first - 2
        if not (x.is_word or x.text in ("'", "’")):
            return False
    return False


def _another(toks: tuple[Token, ...], first: int, after: int) -> bool:
    words = {t.low for t in toks[max(0, first - 4) : first]} | {t.low for t in toks[after : after + 2]}
    # "the $41.7 million budget for the previous year": another period's figure
    return bool(words & _ANOTHER) or any(t.low in _PERIOD for t in toks[after : after + 6])


def _noun_after(r: _Read, head: str) -> bool:
    """The count's noun, or a word starting like it, within three words after the figure ("the 25
    miners", "the 21 freed hostages", "los 29 rehenes")."""
    stem = head[: max(4, len(head) - 1)]
    return r.q.head == head or any(
        t.is_word and t.low.startswith(stem) for t in r.toks[r.after : r.after + 3]
    )


def _slip(a: Quantity, b: Quantity) -> bool:
    if a.kind == "count" and min(a.value, b.value) < 10:
        return False  # "convicted on five counts" / "the six counts": a part and its whole
    if a.kind == "count" and max(a.value, b.value) < 100:
        return abs(a.value - b.value) <= 3  # "killed 58" / "the 85 killed this year": two tallies
    if swapped(a, b) or near_values(a, b):
        return True
    if a.kind == "percent":  # a rate a quarter or half point off: "7.25" / "7.5 percent"
        return max(a.value, b.value) < 50 and abs(a.value - b.value) <= 0.5
    whole = a.value == int(a.value) and b.value == int(b.value)
    return a.kind == "count" and whole and min(a.value, b.value) >= 10 and abs(a.value - b.value) <= 3


def _same_referent(a: _Read, b: _Read, heads: Counter) -> str:
    """What both figures are said of, or "" where nothing ties them."""
    if a.q.kind == "count":
        head = a.q.head
        if not head or "&" in head or heads[head] != 1 or not _noun_after(b, head):
            return ""
        if a.q.event and b.q.event and a.q.event != b.q.event:
            return ""
        stem = head[: max(4, len(head) - 1)]
        words = [t.low for t in b.toks[b.after : b.after + 3] if t.is_word]
        noun = next((w for w in words if w.startswith(stem)), words[0] if words else head)
        return f"the number of {noun}"
    shared = [w for w in b.phrase if any(_alike(w, x) for x in a.wide)]
    if not shared:
        return ""
    k = b.first - 1
    if b.toks[k].low in _AT:  # "the profit of": the noun right before its preposition is what is shared
        if not any(_alike(b.toks[k - 1].low, w) for w in shared):
            return ""
    if _kinds(a, shared) & _kinds(b, shared) == set() and _kinds(a, shared) and _kinds(b, shared):
        return ""  # "an operating profit of" / "its net profit of": two kinds of one noun
    return f"the {shared[-1]}"


def _kinds(r: _Read, shared: list[str]) -> set[str]:
    """The word right before the shared noun where it qualifies it ("net" profit, "jobless" rate)."""
    out = set()
    for k in range(max(1, r.first - 8), min(len(r.toks), r.after + 3)):
        t = r.toks[k]
        if any(_alike(t.low, w) for w in shared):
            x = r.toks[k - 1]
            if x.is_word and not x.cap and x.low not in _GENERAL and x.low not in _GIVEN:
                out.add(x.low)
    return out


def _named_anew(a: _Read, b: _Read) -> bool:
    """A name after the call-back that the earlier figure's sentence does not hold ("the 340 beds at
    the new Sellow clinic"): another place's or owner's figure."""
    if b.q.kind != "count":
        return False
    names = {t.low for t in a.toks if t.cap}
    for t in b.toks[b.after : b.after + 6]:
        if t.low in _VERBS or not (t.is_word or t.text in ("'", "’")):
            return False  # the phrase ends: "the ship's 18 sailors were all from ..."
        if t.cap and t.low not in names and t.low not in _GENERAL:
            return True
    return False


def call_backs(doc, ctx) -> list[CallBack]:
    """The called-back figures a slip away from the one earlier figure of what they are said of
    (call as ``ctx.analysis(call_backs)``)."""
    if any(w in doc.text.lower() for w in _CORRECTED):
        return []
    read: list[_Read] = []
    for r in ctx.analysis(read_figures):
        if r.told.kind not in ("count", "money", "percent") or r.told.value <= 0:
            continue
        toks, first, after = r.toks, r.first, r.after
        read.append(
            _Read(r.q, toks, first, after, _phrase(toks, first, after, 4), _phrase(toks, first, after, 8))
        )
    told = Counter((r.q.kind, r.q.unit, r.q.value) for r in read)
    counts = {r.q.value for r in read if r.q.kind == "count"}
    of_unit: dict[tuple, list[int]] = {}  # (a live blog's figures are looked up by unit, not scanned)
    for k, r in enumerate(read):
        of_unit.setdefault((r.q.kind, r.q.unit), []).append(k)
    out: list[CallBack] = []
    for j, b in enumerate(read):
        q = b.q
        if q.bound or q.upper or q.movement or q.changes or told[q.kind, q.unit, q.value] > 1:
            continue
        if not _called_back(b.toks, b.first, q.kind == "percent") or _another(b.toks, b.first, b.after):
            continue
        near = [
            read[k]
            for k in of_unit[q.kind, q.unit]
            if k < j and read[k].q.sentence < q.sentence and _slip(read[k].q, q)
        ]
        if len(near) != 1:
            continue
        a = near[0]
        if told[a.q.kind, a.q.unit, a.q.value] > 1 or a.q.bound or a.q.upper or a.q.movement:
            continue
        if q.kind == "count" and abs(a.q.value - q.value) in counts:
            continue  # "picked up 16 ... flew two" / "the ship's 18": parts and their whole
        heads = Counter(r.q.head for r in read[:j] if r.q.kind == "count" and r.q.head)
        referent = "" if _named_anew(a, b) else _same_referent(a, b, heads)
        if (
            not referent
            or not comparable(a.q, q, a.toks, b.toks)
            or told_apart(a.toks, a.first, b.toks, b.first)
        ):
            continue
        out.append(CallBack(a.q, q, f"{referent} (the later phrase calls it back)"))
    return out

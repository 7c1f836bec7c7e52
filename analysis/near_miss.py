"""One quantity told twice with a near-miss value: the same unit, the same referent, and a value a
slip of the keyboard away from the first ("$112.39" / "$112.93", "£160bn" / "£150 billion",
"about 75 km north of X" / "about 85 km north of X", "Odell's 30 points" after "Odell ... 32
points").

Two general signals must meet, neither a word list of one story's shape:

- the value: the two figures' digits, written at the same scale, differ by two neighbouring
  digits swapped or by one digit changed (and by at most a quarter of the larger), or two whole
  counts of ten or more differ by one or two;
- the referent, read from the figure's own words: the same compass point of the same place after
  it ("85 km north of Brantor"), the same capitalised name the figure is for ("£20.5 billion for
  the Education Fund" / "the £25.5 billion Education Fund settlement"), the same owner ("Odell's
  30 points" and a sentence where Odell is the last name before its 32 points with no other
  figure of the unit between), or a headline's figure and a lede's of the same unit whose words
  around the figure share two content words ("Jobless Rate Falls To 4.5%" / "the jobless rate
  fell to 4.6%").

Figures are read as their own form says (``as_read``): "200m below", "200m (660ft)" are metres
(a unit glued to the figure), "a 10-point lead" is a measure of points, "117 of 150 seats" counts
seats. Two more referents: the same two or more words right before both amounts ("a net loss of
$438m" / "Corvan's net loss of $483 million", unless each is said of another named thing), and a
measure glued to its noun ("a 10-point lead") against a figure said of that noun ("Fenn's lead
stands at 11 points"). A year after "since" ("its highest since 2019") sets a point compared
with and does not date the figure; two plans (both modal) are compared, a plan and a fact not.

A pair is not read where either figure is a bound, a range, a move ("rose $1.49"), in a clause
that compares or changes, or where one is an approximation and the other not (a headline's
"nearly 1,200" and the body's "1,187" are one figure told twice), or where the document gives
either value again with the same referent (two readings of one referent that both recur are two
things, not a slip)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from .figure_types import Quantity
from .movements import move_word
from .numbers import numbers
from .text import Token, word_tokens
from .words import FUNCTION_WORDS

_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west".split()
)
_LINKS = frozenset({"for", "of", "to", "the", "a", "an"})  # between a figure and the name it is for
_BY = frozenset({"by", "of"})
_NOT_CONTENT = FUNCTION_WORDS | frozenset(
    "said says while which when would will after before over under about more than with from into".split()
)  # "rose by $8", "a gain of 5%": a move's size


@dataclass(frozen=True)
class NearMiss:
    first: Quantity
    second: Quantity
    referent: str  # what both are said of, for the message ("the distance north of Brantor")


def _scale(q: Quantity) -> int:
    """Decimals written: "112.39" -> 2, "24,05%" -> 2, "£20.5 billion" -> 1 (of the billions)."""
    return _scale_of(q.value, q.text)


@lru_cache(maxsize=8192)  # asked for every pair a figure is in
def _scale_of(value: float, written: str) -> int:
    if value >= 1e6:
        digits = "".join(c for c in written if c.isdigit() or c in ".,").replace(",", "")
        return len(digits.split(".", 1)[1]) if "." in digits else 0
    text = repr(value)
    return 0 if text.endswith(".0") else len(text.split(".", 1)[1])


def near_values(a: Quantity, b: Quantity) -> bool:
    """Two values a slip apart: two neighbouring digits swapped, one digit changed (at most a quarter
    of the larger), or two whole counts of ten or more one or two apart."""
    if a.value == b.value or a.value <= 0 or b.value <= 0 or _rounds_to(a, b) or _rounds_to(b, a):
        return False
    big = max(a.value, b.value)
    small = min(a.value, b.value)
    scale = max(_scale(a), _scale(b))
    x, y = _mantissa(a.value, scale), _mantissa(b.value, scale)
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]]
            and x[diff[1]] == y[diff[0]]
        ):
            return True
        if len(diff) == 1 and (big - small) <= 0.25 * big:
            return True
    whole = a.value == int(a.value) and b.value == int(b.value)
    return whole and small >= 10 and big - small <= 2 and scale == 0


def _rounds_to(coarse: Quantity, fine: Quantity) -> bool:
    """Whether ``coarse`` is ``fine`` written to fewer decimals: a headline's "52% to 48%" over the
    body's "51.9%" and "48.1%" is one result rounded, not a slip."""
    if max(coarse.value, fine.value) >= 1e6 or _scale(coarse) >= _scale(fine):
        return False
    step = 10.0 ** -_scale(coarse)
    return abs(math.floor(fine.value / step + 0.5) * step - coarse.value) < step / 1000


def _mantissa(value: float, scale: int) -> str:
    """The significant digits of a value as written at ``scale`` decimals, trailing zeros of a
    large amount dropped ("£160bn" -> "16", "£150 billion" -> "15")."""
    text = f"{value:.{scale}f}".replace(".", "")
    if value >= 1e6:
        text = text.rstrip("0") or "0"
    return text


def token_index(toks: tuple[Token, ...], offset: int) -> int:
    return next((i for i, t in enumerate(toks) if t.start >= offset), len(toks))


def _place(toks: tuple[Token, ...], after: int) -> str:
    """ "north of Brantor" within four words after the figure, else ""."""
    for i in range(after, min(after + 4, len(toks) - 2)):
        if toks[i].low in _COMPASS and toks[i + 1].low == "of" and toks[i + 2].cap:
            return f"{toks[i].low} of {toks[i + 2].text}"
    return ""


def _named_for(toks: tuple[Token, ...], after: int, own: frozenset[str]) -> frozenset[str]:
    """The content words of the five words right after the figure: what it is for ("4.2 billion
    euros on its new tram network", "£25.5 billion Education Fund settlement")."""
    words = []
    if after + 1 < len(toks) and toks[after].low in _RATE and toks[after + 1].is_word:
        after += 2  # "$1.73 per share", "$77.41 a barrel": the amount's rate, not what it is for
    if after < len(toks) and toks[after].text == "(":  # "200m (660ft) below the surface"
        after = next((k + 1 for k in range(after, min(after + 6, len(toks))) if toks[k].text == ")"), after)
    for t in toks[after : after + 5]:
        if not (t.is_word or t.text in ("'", "’")):
            break  # another figure or a stop ends what it is for
        words.append(t)
    return frozenset(t.low for t in words if t.is_word and t.low not in _NOT_CONTENT and t.low not in own)


def _own_words(q: Quantity) -> frozenset[str]:
    """The figure's own words and the noun it counts ("77 cents": "cents" is its unit, no referent);
    an amount's noun is what it is for ("the £45m plan")."""
    head = "" if q.kind == "money" else q.head or ""
    return frozenset(w.lower() for w in q.text.split()) | {head, head + "s", head + "es"}


def _located(toks: tuple[Token, ...], first: int) -> str:
    """The capitalised words before a distance: the place it locates ("Kelmi, a village about
    75 km north of Brantor"), the sentence's first word left out."""
    return " ".join(sorted({t.low for t in toks[1:first] if t.cap and t.is_word}))


def _owner(toks: tuple[Token, ...], before: int) -> str:
    """ "Odell's 30 points", "Harlow's settlement at $112.93": the owner named in the possessive
    within four words before the figure, else ""."""
    for i in range(before - 1, max(-1, before - 5), -1):
        t = toks[i]
        if t.cap and t.low.endswith(("'s", "’s")):
            return t.low[:-2]
        if i + 1 < len(toks) and t.cap and toks[i + 1].text in ("'", "’", "'s", "’s"):
            return t.low
    return ""


def _moved(toks: tuple[Token, ...], before: int) -> bool:
    """A move's size: "rose $1.49", "fell 61 cents", "up by $8"."""
    prev = [t.low for t in toks[max(0, before - 2) : before]]
    return bool(prev) and (
        move_word(prev[-1]) != "" or prev[-1] in _BY and len(prev) > 1 and move_word(prev[0]) != ""
    )


def same_unit(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind or a.unit != b.unit:
        return False
    if a.kind == "measure" and a.value and b.value and a.base_value * b.value != b.base_value * a.value:
        return False  # "1.5 kilometres" and "15 metres": one dimension, not one scale
    if a.kind == "count":
        return a.head is not None and a.head == b.head
    return a.kind in ("money", "percent", "measure")


def plain_figure(q: Quantity, toks: tuple[Token, ...], first: int) -> bool:
    compound = q.compound and q.kind != "money" and q.unit != "points"  # "the $54 million renovation"
    return not (q.bound or q.upper or q.movement or compound or _moved(toks, first))


_GLUED = {"m": ("length", 1.0), "km": ("length", 1000.0), "ft": ("length", 0.3048)}
_MEASURE_NEXT = frozenset("below beneath under above deep high long wide tall down up from away into".split())


def as_read(q: Quantity, toks: tuple[Token, ...]) -> Quantity:
    """A figure read as what its own form says: "200m below" and "200m (660ft)" are metres, not a
    count of "m"; "a 10-point lead" is a measure of points (of the lead); "117 of 150 seats" counts
    seats."""
    after = token_index(toks, q.end)
    nxt = toks[after] if after < len(toks) else None
    if q.kind == "count" and nxt is not None and nxt.start == q.end and nxt.low in _GLUED:
        later = toks[after + 1] if after + 1 < len(toks) else None
        if later is None or later.low in _MEASURE_NEXT or later.text == "(" or not later.is_word:
            unit, scale = _GLUED[nxt.low]
            return replace(q, kind="measure", unit=unit, base_value=q.value * scale, head=None, end=nxt.end)
    if q.kind == "count" and q.compound and q.head and nxt is not None and nxt.text in ("-", "‑"):
        unit = toks[after + 1].low if after + 1 < len(toks) else ""
        if unit in ("point", "points"):  # "a 10-point lead" is 10 points, of the lead
            return replace(q, kind="measure", unit="points", base_value=q.value)
    if q.kind == "count" and q.head is None and nxt is not None and nxt.low in ("of", "out"):
        k = after + (2 if nxt.low == "out" else 1)
        k += k < len(toks) and toks[k].low == "the"
        if k + 1 < len(toks) and toks[k].text.replace(",", "").isdigit():
            for t in toks[k + 1 : k + 4]:
                if t.is_word and t.low.endswith("s") and t.low not in _NOT_CONTENT:
                    return replace(q, head=t.low[:-1])  # "117 of 150 seats", "38 out of 60 council seats"
    return q


@lru_cache(maxsize=4096)
def sentence_tokens(text: str) -> tuple[Token, ...]:
    return word_tokens(text)


@dataclass(frozen=True)
class ReadFigure:
    """A figure of the story with its sentence's tokens, read once for every slip reader."""

    told: Quantity  # as the number reader gave it
    q: Quantity  # as its own form says (``as_read``)
    toks: tuple[Token, ...]
    first: int  # the token the read figure starts at
    after: int  # the token after it


def read_figures(doc, ctx) -> list[ReadFigure]:
    """Every figure of the story read as its form says, in order (call as
    ``ctx.analysis(read_figures)``: the near-miss, headline, definite-slip and call-back readers
    share it)."""
    out = []
    for told in ctx.analysis(numbers).quantities:
        toks = sentence_tokens(doc.sentences[told.sentence].text)
        q = as_read(told, toks)
        out.append(ReadFigure(told, q, toks, token_index(toks, q.start), token_index(toks, q.end)))
    return out


def _window(toks: tuple[Token, ...], first: int, after: int) -> frozenset[str]:
    words = toks[max(0, first - 4) : first] + toks[after : after + 3]
    return frozenset(t.low for t in words if t.is_word and t.low not in FUNCTION_WORDS and len(t.low) > 2)


def _owners_before(toks: tuple[Token, ...], first: int, qs_firsts: list[int]) -> frozenset[str]:
    """Capitalised words before the figure with no other figure of its unit between them and it."""
    last = max((k for k in qs_firsts if k < first), default=-1)
    return frozenset(t.low for t in toks[last + 1 : first] if t.cap and t.is_word)


def near_misses(doc, ctx) -> list[NearMiss]:
    """The pairs of one referent told with near-miss values (call as ``ctx.analysis(near_misses)``)."""
    info = [
        (r.q, r.toks, r.first, r.after)
        for r in ctx.analysis(read_figures)
        if same_unit(r.q, r.q) and r.q.value > 0
    ]
    head = doc.headline
    titled = head is not None and not head.text.rstrip().endswith(".")
    head_sents = frozenset(s.index for s in doc.sentences if titled and s.block == head.index)
    body_sents = [s.index for s in doc.sentences if s.index not in head_sents][:4]
    keys: list[dict[str, str]] = []
    plain = [plain_figure(q, toks, first) for q, toks, first, _ in info]
    for (q, toks, first, after), usable in zip(info, plain):
        k: dict[str, str] = {}
        if usable:
            if place := _place(toks, after):
                k["place"] = place
            if q.kind in ("money", "measure") and len(name := _named_for(toks, after, _own_words(q))) >= 2:
                k["name"] = " ".join(sorted(name))
            if place and (located := _located(toks, first)):
                k["located"] = located
            if owner := _owner(toks, first):
                k["owner"] = owner
            if q.kind in ("money", "measure") and len(said := _said_of(toks, first)) >= 2:
                k["before"] = " ".join(sorted(said))
        keys.append(k)
    out: list[NearMiss] = []
    # the earlier plain figures of each unit: only a figure of the same unit may pair
    # (``same_unit``), and a long live blog holds thousands of figures of other units; of those,
    # only the ones a slip away (``_Slips``) are read, in the order they came
    earlier: dict[tuple, _Slips] = {}
    by_value: dict[float, list[int]] = {}  # every figure by its value, for ``_recurs``
    for k, (q, *_q) in enumerate(info):
        by_value.setdefault(q.value, []).append(k)
    for j, (b, *_b) in enumerate(info):
        if not plain[j]:
            continue
        same = earlier.setdefault(_unit_key(b), _Slips())
        for i in same.candidates(b):
            if not _may_pair(info[i], info[j]):
                continue
            a = info[i][0]
            referent = _shared(info, keys, plain, i, j, head_sents, body_sents)
            if referent and not _recurs(info, keys, i, j, by_value):
                out.append(NearMiss(a, b, referent))
                break
        same.add(j, b)
    return out


class _Slips:
    """The earlier figures of one unit, found by what ``near_values`` demands of a pair, so a
    live blog's 1,500 sums of one unit are not each tested against every other.

    ``near_values(a, b)`` accepts a pair in three ways, and each leaves a key both figures share:

    - two neighbouring digits swapped, or one digit changed: the two mantissas (``_mantissa`` of
      each value at the pair's scale, ``max(_scale(a), _scale(b))``) have one length and differ
      only at one position or at two neighbouring ones; so they are equal once that position (or
      pair of positions) is masked. Each earlier figure is filed under every such masked form of
      its mantissa, per its own scale ``g`` and a pair scale ``s >= g`` (the table for ``(g, s)``
      is built the first time a later figure of scale ``s`` asks, kept up to date after); a later
      figure of scale ``sb`` looks up its own masked forms at ``s = max(g, sb)`` in each table,
      computed by the same ``_mantissa``, so the strings are those ``near_values`` compares;
    - two whole counts one or two apart: the pair's scale is 0, so both figures' scales are 0
      and their whole values differ by at most 2: filed by whole value, looked up at v-2..v+2.

    Any pair ``near_values`` accepts is therefore among the candidates (a superset: ``_may_pair``
    still runs every test), and they are returned in the order the figures came, as the scan over
    every earlier figure met them (the first that pairs is the one reported). A value whose scale
    cannot be read (``repr`` in exponent form: "1e-05") is a candidate of every figure, and a
    figure of such a value has every earlier one for candidates."""

    def __init__(self) -> None:
        self.by_scale: dict[int, list[tuple[int, float]]] = {}
        self.masked: dict[tuple[int, int], dict[str, list[int]]] = {}
        self.whole: dict[int, list[int]] = {}
        self.unread: list[int] = []  # scale unreadable
        self.every: list[int] = []

    def add(self, j: int, q: Quantity) -> None:
        self.every.append(j)
        g = _scale_read(q)
        if g is None:
            self.unread.append(j)
            return
        self.by_scale.setdefault(g, []).append((j, q.value))
        for (own, s), table in self.masked.items():
            if own == g:
                _file(table, j, q.value, s)
        if g == 0 and q.value == int(q.value):
            self.whole.setdefault(int(q.value), []).append(j)

    def candidates(self, q: Quantity) -> list[int]:
        sb = _scale_read(q)
        if sb is None:
            return list(self.every)
        found: set[int] = set(self.unread)
        for g, members in self.by_scale.items():
            s = max(g, sb)
            table = self.masked.get((g, s))
            if table is None:
                table = self.masked[(g, s)] = {}
                for i, value in members:
                    _file(table, i, value, s)
            for key in _masked(_mantissa(q.value, s)):
                found.update(table.get(key, ()))
        if sb == 0 and q.value == int(q.value):
            for v in range(int(q.value) - 2, int(q.value) + 3):
                found.update(self.whole.get(v, ()))
        return sorted(found)


def _scale_read(q: Quantity) -> int | None:
    try:
        return _scale(q)
    except IndexError:  # a repr with no point ("1e-05")
        return None


def _file(table: dict[str, list[int]], i: int, value: float, scale: int) -> None:
    for key in _masked(_mantissa(value, scale)):
        table.setdefault(key, []).append(i)


def _masked(digits: str) -> list[str]:
    """The mantissa with one position masked, and with two neighbouring positions masked."""
    n = len(digits)
    return [digits[:k] + "?" + digits[k + 1 :] for k in range(n)] + [
        digits[:k] + "??" + digits[k + 2 :] for k in range(n - 1)
    ]


def _unit_key(q: Quantity) -> tuple:
    """What ``same_unit`` needs two figures to share: kind, unit and a count's noun."""
    return (q.kind, q.unit, q.head if q.kind == "count" else None)


def _may_pair(x, y) -> bool:
    """Two figures of one unit in two sentences, a slip apart, both plans or both facts, of one time
    and not told apart by the words before them."""
    a, atoks, afirst, _a = x
    b, btoks, bfirst, _b = y
    if a.sentence == b.sentence or not same_unit(a, b) or not near_values(a, b) or a.modal != b.modal:
        return False
    return comparable(a, b, atoks, btoks) and not told_apart(atoks, afirst, btoks, bfirst)


def _shared(info, keys, plain, i: int, j: int, head_sents, body_sents) -> str:
    a, atoks, afirst, aafter = info[i]
    b, btoks, bfirst, bafter = info[j]
    ka, kb = keys[i], keys[j]
    if ka.get("place") and ka["place"] == kb.get("place"):
        if set(ka.get("located", "").split()) & set(kb.get("located", "").split()):
            return f"the distance {ka['place']}"
    if ka.get("name") and kb.get("name") and not (ka.get("place") or kb.get("place")):
        shared = set(ka["name"].split()) & set(kb["name"].split())
        if len(shared) >= 2:
            return f"the {' '.join(w for w in _after_words(btoks, bafter) if w in shared)}"
    if referent := _said_alike(ka, kb, atoks, afirst, btoks, bfirst) or _lead_of(
        a, atoks, b, btoks, bfirst, afirst
    ):
        return referent
    if _transposed(a, b) and (names := _capitals(atoks) & _capitals(btoks)):
        return ", ".join(sorted(names)).title()

    def unit_firsts(q: Quantity) -> list[int]:
        return [
            x[2]
            for k, x in enumerate(info)
            if x[0].sentence == q.sentence and same_unit(x[0], q) and plain[k]
        ]

    if kb.get("owner") and kb["owner"] in _owners_before(atoks, afirst, unit_firsts(a)):
        return kb["owner"]
    if ka.get("owner") and ka["owner"] in _owners_before(btoks, bfirst, unit_firsts(b)):
        return ka["owner"]
    if a.sentence in head_sents and b.sentence in body_sents:
        shared = _window(atoks, afirst, aafter) & _window(btoks, bfirst, bafter)
        if len(shared) >= 2:
            return "the headline's figure"
    return ""


def _said_alike(ka, kb, atoks, afirst: int, btoks, bfirst: int) -> str:
    """The same words right before both amounts ("a net loss of $438m" / "Corvan's net loss of $483
    million"), unless each is said of another named thing ("Brenn crude rose to" / "Varro crude")."""
    if not (ka.get("before") and kb.get("before")):
        return ""
    named_a, named_b = _capitals(atoks[:afirst]), _capitals(btoks[:bfirst])
    if named_a and named_b and not named_a & named_b:
        return ""
    shared = set(ka["before"].split()) & set(kb["before"].split())
    return "the " + " ".join(w for w in _said_words(btoks, bfirst) if w in shared) if len(shared) >= 2 else ""


def _lead_of(a: Quantity, atoks, b: Quantity, btoks, bfirst: int, afirst: int) -> str:
    """A measure glued to the noun it is of ("a 10-point lead") and the other figure said of that
    noun ("Fenn's lead stands at 11 points"), in sentences naming someone in common."""
    for x, xt, yt, yfirst in ((a, atoks, btoks, bfirst), (b, btoks, atoks, afirst)):
        if x.compound and x.kind == "measure" and x.head and x.head in _said_words(yt, yfirst, 6):
            if _capitals(xt) & _capitals(yt):
                return f"the {x.head}"
    return ""


_ORDINALS = frozenset("first second third fourth fifth last next previous final".split())
_RATE = frozenset({"per", "a", "an"})
# words that give a figure's basis: "earnings of $1.73 a share" and "adjusted earnings of $1.74",
# the reported figure and an analysts' estimate are two measures, not one told twice
_BASIS = frozenset(
    "adjusted excluding excludes underlying diluted basic pro-forma gaap non-gaap core one-time "
    "estimate estimates estimated expected forecast forecasts analysts consensus".split()
)


def told_apart(atoks, afirst: int, btoks, bfirst: int) -> bool:
    """The words before the two figures name two of a kind: "second-quarter earnings of $1.07" /
    "third-quarter earnings of $1.09", "the first round ... 12" / "the second round ... 21"."""

    def kinds(toks, first) -> dict[str, str]:
        out = {}
        for k in range(max(1, first - 6), first - 1):
            if toks[k].text == "-" and toks[k - 1].is_word and toks[k + 1].is_word:
                out[toks[k + 1].low] = toks[k - 1].low  # "second-quarter": {"quarter": "second"}
            elif toks[k].low in _ORDINALS and toks[k + 1].is_word:
                out[toks[k + 1].low] = toks[k].low
        return out

    if {t.low for t in atoks} & _BASIS != {t.low for t in btoks} & _BASIS:
        return True
    ka, kb = kinds(atoks, afirst), kinds(btoks, bfirst)
    if any(ka[w] != kb[w] for w in ka.keys() & kb.keys()):
        return True
    # one names which period or round ("third-quarter earnings"), the other none of that kind
    return any(v in _ORDINALS for v in ka.values()) != any(v in _ORDINALS for v in kb.values())


def _capitals(toks: tuple[Token, ...]) -> frozenset[str]:
    return frozenset(
        t.low.removesuffix("'s").removesuffix("’s")
        for t in toks
        if t.cap and t.is_word and t.low not in _NOT_CONTENT
    )


def _said_words(toks: tuple[Token, ...], first: int, span: int = 3) -> list[str]:
    """The words right before a figure, back to the last stop or other figure."""
    words: list[str] = []
    for t in reversed(toks[max(0, first - span) : first]):
        if not (t.is_word or t.text in ("'", "’")):
            break
        words.insert(0, t.low)
    return words


def _said_of(toks: tuple[Token, ...], first: int) -> frozenset[str]:
    """What an amount is said to be, in the words right before it: "a net profit of $612m",
    "Brant's net profit of $621 million" -> {net, profit}; names and function words left out."""
    said = _said_words(toks, first)
    return frozenset(
        t.low
        for t in toks[first - len(said) : first]
        if t.low not in _NOT_CONTENT and t.is_word and not t.cap and not move_word(t.low)
    )


def _after_words(toks: tuple[Token, ...], after: int) -> list[str]:
    return [t.low for t in toks[after : after + 5]]


def _transposed(a: Quantity, b: Quantity) -> bool:
    """Two neighbouring digits swapped in a figure of four digits or more ("$112.39" / "$112.93")."""
    scale = max(_scale(a), _scale(b))
    x, y = _mantissa(a.value, scale), _mantissa(b.value, scale)
    diff = [i for i in range(len(x)) if len(x) == len(y) and x[i] != y[i]]
    return len(x) >= 4 and len(diff) == 2 and diff[1] == diff[0] + 1 and sorted(x) == sorted(y)


def _dated(q: Quantity, toks: tuple[Token, ...]) -> frozenset[int]:
    """The years that date the figure: "since 2019", "since early 2020" set a point compared
    with, not the time the figure is about."""
    since: dict[int, bool] = {}
    for i, t in enumerate(toks):
        if t.text[:4].isdigit() and int(t.text[:4]) in q.years:
            before = []  # "since 2019", "since early 2020", "since it began flying in 2009"
            for x in reversed(toks[max(0, i - 6) : i]):
                if x.text.endswith((",", ";")) or not (x.is_word or x.text[:1].isdigit()):
                    break
                before.append(x.low)
            when = t.start < q.start and any(
                x.low == "when" for x in toks[i + 1 : i + 3]
            )  # "since 2021, when it hit X"
            since[int(t.text[:4])] = since.get(int(t.text[:4]), True) and "since" in before and not when
    return q.years - {y for y, s in since.items() if s}


def comparable(a: Quantity, b: Quantity, atoks: tuple[Token, ...], btoks: tuple[Token, ...]) -> bool:
    """Neither dated to a year the other is not ("In the 2019 race she took 51.4%"), nor a round
    figure against the exact one it rounds."""
    ay, by = _dated(a, atoks), _dated(b, btoks)
    if by - ay or ay and by and ay != by:
        return False
    return a.approx == b.approx or not _rounded(a if a.approx else b, b if a.approx else a)


def _rounded(approx: Quantity, exact: Quantity) -> bool:
    """ "Nearly 30" and "32": a round figure and the exact one it rounds, one count told twice."""
    return approx.value % 10 == 0 and exact.value % 10 != 0


def _recurs(info, keys, i: int, j: int, by_value: dict[float, list[int]]) -> bool:
    """Either value told again of the same unit elsewhere: two things, each told twice."""
    a, b = info[i][0], info[j][0]
    for k in {*by_value.get(a.value, ()), *by_value.get(b.value, ())}:  # (``info`` by value)
        q = info[k][0]
        if k in (i, j) or not same_unit(q, a):
            continue
        if q.value in (a.value, b.value) and q.sentence not in (a.sentence, b.sentence):
            if keys[k] and (keys[k] == keys[i] or keys[k] == keys[j]):
                return True
    return False

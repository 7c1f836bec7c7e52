"""FL403: a change stated beside the two figures it runs between ("fell from 61% to 54%, a drop
of nine points"; "rose 25% to 1.4 million from 1.2 million"). The size of the change is
checkable from the two ends: as a difference in their unit (or in points, between two
percentages), or as a percentage of the first end. The first end may be told as a day's or a
year's ("up $5.20 from Tuesday's $83.25", "5.9 points up on 2019's 63.5%", "from Monday's close
of 426 pence") or as a level ("from the previous close of $54.90"); a currency's letters may be
glued to a sum in millions ("NZ5.8 million", "R5.8 million"); a change told again in another
unit is checked too ("up $3.10, or 4.6 percent, from $70.40"). Sums and counts written to the
unit ("$83.25", "71 cents", "4,100") are exact; percentages and rounded sums ("$1.2 million")
keep their rounding.

Apart from the rule's other checks because it reads the figures of one sentence itself: the
shared number analysis leaves "from 3,700 to 4,100" as a range, which it is not here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Sequence

from factlint.analysis.money import glued_currency
from factlint.analysis.number_parse import _parse_number
from factlint.analysis.numtext import lexicon
from factlint.analysis.text import Token, figure_tokens

# words that make the figure beside them the size of a change ("a drop of nine points", "up 25%",
# "rose by 300", "a 15% rise")
_CHANGE_WORDS = frozenset(
    "rise rises rose risen increase increased increases fall falls fell fallen drop drops dropped "
    "decline declined declines jump jumped jumps gain gained gains growth grew grow grows climb "
    "climbed climbs cut cuts reduction decrease decreased decreases slump slumped surge surged "
    "loss lost up down plunge plunged soar soared".split()
)
_MINOR = {"cent": 100, "cents": 100, "penny": 100, "pence": 100, "p": 100}
_PERCENT_WORDS = ("%", "percent", "per cent", "pc")
_POINTS = ("points", "point", "percentage points", "percentage point", "pts")
# a hundredth of a point: "cut by 25 basis points to 4.5% from 4.85%"
_BASIS_POINTS = ("basis points", "basis point", "bps", "bp")


# below this a figure written in digits alone is taken as exact ("£900"); above it, or with a
# scale word ("1.2 million"), as rounded to its last non-zero digit
_ROUND_FROM = 10_000


@dataclass(frozen=True)
class Figure:
    start: int  # offsets in the sentence
    end: int
    value: float  # in the unit, minor units made major ("60 cents" -> 0.6)
    precision: float
    unit: str  # "%", "points", an ISO currency, or "" (a count)
    token: int  # index of its first token
    text: str = ""  # as written


@dataclass(frozen=True)
class StatedChange:
    start: int
    end: int  # the span from the first to the last of the three figures
    first: Figure
    last: Figure  # the two ends, in the order the change runs: from ``first`` to ``last``
    change: Figure
    expected: str  # what the ends give, written for the message


def stated_changes(text: str) -> Iterator[StatedChange]:
    """Changes in ``text`` (one sentence) whose stated size disagrees with their two ends."""
    toks = list(figure_tokens(text))
    figures = sentence_figures(text)
    if len(figures) < 3:
        return
    changes = [f for f in figures if _a_change(toks, f)]
    if len(changes) != 1:
        return  # one change and its ends: two changes in a sentence are a tangle
    (change,) = changes
    again = restated_change(toks, figures, change)  # "up $3.10, or 4.6 percent, from $70.40"
    rest = [f for f in figures if f is not change and f is not again]
    if change.unit == "points" and not any(f.unit == "%" for f in rest):
        # an index's level: "closed at 7,412.6 points, up 53.1 points from Friday's 7,371.5"
        rest = [replace(f, unit="points") if f.unit == "" and f.value >= 100 else f for f in rest]
    ends = _ends(toks, rest)
    if ends is None:
        return
    first, last = ends
    if any(_bounded(toks, f, change) for f in (first, last, change)):
        return  # "up 300 from last year's more than 800": a bound gives no exact change
    noun = _noun_before_than(toks, change)
    if noun is not None and _noun_before_than(toks, first, any_word=True) != noun:
        return  # "22 millimetres more than the 68 millimetres", not "3 goals more than the 68 games"
    lo_tok = min(f.token for f in (first, last, change))
    hi_tok = max(f.token for f in (first, last, change))
    if any(t.low in _CLAUSE_BREAKS for t in toks[lo_tok:hi_tok]):
        return  # "Shares rose 4% to 52 euros, while the index fell from 7,200 to 7,100": two moves
    for told in (change, again):
        if told is None:
            continue
        exact = not any(_loose(toks, f) for f in (first, last, told))
        if _loose(toks, told):  # "about 300 more than the 3,790": told to a fifth of itself
            told = replace(told, precision=max(told.precision, told.value / 5))
        expected = _disagrees(first, last, told, exact)
        if expected is not None:
            lo = min(f.start for f in (first, last, told))
            hi = max(f.end for f in (first, last, told))
            yield StatedChange(lo, hi, first, last, told, expected)


def restated_change(toks: list[Token], figures: Sequence[Figure], change: Figure) -> Figure | None:
    """The change told again in another unit right after it: "up $3.10, or 4.6 percent"."""
    end = figure_after(toks, change)
    if [t.low for t in toks[end : end + 2]] != [",", "or"]:
        return None
    again = next((f for f in figures if f.token == end + 2), None)
    return again if again is not None and again.unit != change.unit else None


def figure_after(toks: list[Token], f: Figure) -> int:
    """The index of the first token after the figure ``f``."""
    return next((x for x in range(f.token, len(toks)) if toks[x].start >= f.end), len(toks))


def a_year(f: Figure) -> bool:
    """Whether the figure is a year written in digits ("2019"), no count."""
    return f.text.isdigit() and len(f.text) == 4 and 1800 <= f.value <= 2100


def share_tolerance(share: Figure) -> float:
    """The points a printed percentage may be off by its rounding: half a unit of its last digit
    (at least half a point), or for one written to a tenth or finer one and a half of its last
    digit (at least 0.15)."""
    return max(share.precision / 2, 0.5) if share.precision >= 1 else max(1.5 * share.precision, 0.15)


# a figure told loosely or as a bound ("about 300", "over 40", "more than 2,000"): no exact reading
_LOOSE_OR_BOUND = frozenset(
    {"about", "around", "roughly", "some", "approximately", "nearly", "almost", "over", "more"}
)


def loosely_told(toks: list[Token], f: Figure) -> bool:
    """Whether the word right before the figure hedges it or bounds it."""
    return bool(f.token) and toks[f.token - 1].low in _LOOSE_OR_BOUND


_NOT_NOUNS = frozenset({"times", "fold", "per", "a", "an", "the", "and", "or"})


def _noun_before_than(toks: list[Token], f: Figure, any_word: bool = False) -> str | None:
    """The word of a figure's unit that is no money or percentage, when "more/less than" comes
    right after it ("22 millimetres more than"), or (``any_word``) any word right after it."""
    k = figure_after(toks, f)
    if k >= len(toks) or not toks[k].is_word or toks[k].low in _NOT_NOUNS | _CHANGE_WORDS | _MORE_LESS:
        return None
    if any_word or (k + 2 < len(toks) and toks[k + 1].low in _MORE_LESS and toks[k + 2].low == "than"):
        return toks[k].low
    return None


@lru_cache(maxsize=2048)
def sentence_figures(text: str) -> tuple[Figure, ...]:
    """The figures of one sentence, read once for every FL403 reader that asks (changes, changes
    told apart, shares told apart, basis points)."""
    return tuple(_figures(text, list(figure_tokens(text))))


def _figures(text: str, toks: list[Token]) -> list[Figure]:
    out: list[Figure] = []
    millions: list[int] = []  # figures with a glued "m" read as metres
    i = 0
    while i < len(toks):
        sign, k = _sign_at(text, toks, i)
        parsed = _parse_number(toks, k) if k < len(toks) and toks[k].text[:1].isalnum() else None
        if parsed is None:
            i += 1
            continue
        value, j, precision, words = parsed
        scaled = any(t.is_word for t in toks[k:j])  # "1.2 million", "3bn"
        # "from 1.2m to 1.8m tonnes": a glued "m" the number reader left (metres, or a million)
        glued_m = j < len(toks) and toks[j].low == "m" and toks[j].start == toks[j - 1].end
        unit, j = _unit_after(toks, j, sign)
        if unit is None or (words and unit in ("", "minor")):
            i = max(j, i + 1)  # a year, a time, a score; or a word that may be no figure ("one")
            continue
        if precision > 1 and value < _ROUND_FROM and not scaled:
            precision = 1.0  # "£900", "3,700": written in full, not rounded to the hundred
        if unit in _MINOR:
            value, precision, unit = value / _MINOR[unit], precision / _MINOR[unit], "minor"
        if unit == "bp":
            value, precision, unit = value / 100, precision / 100, "points"
        if glued_m and not scaled:
            millions.append(len(out))
        out.append(
            Figure(
                toks[i].start,
                toks[j - 1].end,
                value,
                precision,
                unit,
                i,
                text[toks[i].start : toks[j - 1].end],
            )
        )
        i = j
    if millions and any(f.text.endswith("m") and f.value >= 1e6 for f in out):
        # "from 1.2m to 1.8m tonnes": one "m" read as a million makes the other one too
        out = [
            f if x not in millions else replace(f, value=f.value * 1e6, precision=f.precision * 1e6)
            for x, f in enumerate(out)
        ]
    # "60 cents" takes the currency of the sentence's other sums
    currencies = {f.unit for f in out if f.unit not in ("", "%", "points", "minor")}
    if not currencies:
        return [_minor_alone(f, text) for f in out]  # "74 cents, three more than the 71 cents"
    if len(currencies) == 1:
        (money,) = currencies
        out = [
            f if f.unit != "minor" else Figure(f.start, f.end, f.value, f.precision, money, f.token)
            for f in out
        ]
    return [f for f in out if f.unit != "minor"]


def _minor_alone(f: Figure, text: str) -> Figure:
    """A sum in cents or pence in a sentence of no other money: counted in its own minor unit."""
    if f.unit != "minor":
        return f
    word = text[f.start : f.end].split()[-1].lower()
    scale = _MINOR.get(word, 100)
    return replace(f, value=f.value * scale, precision=f.precision * scale, unit=f"minor {scale}")


def _sign_at(text: str, toks: list[Token], i: int) -> tuple[str | None, int]:
    """The currency sign at token ``i`` and the token after it: "$", or a currency's sign or
    letters glued to the figure ("NZ$", "A$", "NZ5.8 million", "R5.8 million": see
    ``money.glued_currency``)."""
    sign = lexicon()["currencies"]["symbols"].get(toks[i].text)
    if sign:
        return sign, i + 1
    glued = glued_currency(text, toks[i].start) if toks[i].text[:1].isupper() else None
    if glued is None:
        return None, i
    k = i + 1
    while k < len(toks) and toks[k].start < glued[1]:
        k += 1
    return glued[0], k


def _unit_after(toks: list[Token], j: int, sign: str | None) -> tuple[str | None, int]:
    low = [t.low for t in toks[j : j + 3]]
    if sign:
        return sign, j
    for phrase in _PERCENT_WORDS:
        words = phrase.split()
        if low[: len(words)] == words:
            return "%", j + len(words)
    for phrase in _BASIS_POINTS:
        words = phrase.split()
        if low[: len(words)] == words:
            return "bp", j + len(words)
    for phrase in _POINTS:
        words = phrase.split()
        if low[: len(words)] == words:
            return "points", j + len(words)
    words = lexicon()["currencies"]["words"]
    if low[:1] and low[0] in words:
        return words[low[0]], j + 1
    if low[:1] and low[0] in _MINOR:
        return low[0], j + 1
    if low[:1] and (low[0] in {":", "-", "–", "am", "pm", "a.m.", "p.m."} or low[0].isdigit()):
        return None, j
    value = toks[j - 1].text  # "2,000" is a count, "2000" may be a year
    if len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2100:
        return None, j  # a year
    return "", j


def _ends(toks: list[Token], figures: list[Figure]) -> tuple[Figure, Figure] | None:
    """The two ends, in the order the change runs: the figure it runs from ("from A", "compared
    with A", "more than A") and the one other figure of that unit in the sentence."""

    def before(f: Figure) -> tuple[str, ...]:
        return tuple(t.low for t in toks[max(0, f.token - 2) : f.token])

    starts = [
        f
        for f in figures
        if before(f)[-1:] in _FROM_ONE or before(f)[-2:] in _FROM_TWO or _from_whose(toks, f.token)
    ]
    if len(starts) != 1:
        return None
    first = starts[0]
    others = [f for f in figures if f is not first and f.unit == first.unit]
    return (first, others[0]) if len(others) == 1 else None


# what a figure told as another day's or year's may be of: "from Monday's close of 426 pence"
_LEVELS = frozenset(
    "close closing level price figure total tally mark reading rate count record average".split()
)
# "up 5.9 points on 2019's 63.5%": "on" only before such a possessive
_FROM_WHOSE = frozenset({"from", "than", "on", "against", "versus", "vs"})


def _from_whose(toks: list[Token], k: int) -> bool:
    """Whether the figure at token ``k`` is the first end told as some time's or someone's: "from
    Tuesday's $83.25", "on 2019's 63.5%", "than February's 4.4%", "from Friday's close of 7,371.5"."""
    x = k - 1
    if x >= 2 and toks[x].low == "of":  # "close of", "closing price of"
        x -= 1
        if toks[x].low not in _LEVELS:
            return False
        x -= 1 + (toks[x - 1].low in _LEVELS)
        if _from_the_level(toks, x):
            return True  # "from the previous close of $54.90", "than the old average of 58"
    if x >= 2 and toks[x].low == "s" and toks[x - 1].text in ("'", "’") and toks[x].start == toks[x - 1].end:
        owner_end = x - 1  # "2019's" cut in three: "2019", "'", "s"
    elif x >= 1 and toks[x].is_word and toks[x].low.endswith(("'s", "’s")) and toks[x].low[:-2].isalpha():
        owner_end = x + 1  # "Tuesday's" as one word
    else:
        return False
    for y in range(owner_end - 1, max(-1, owner_end - 5), -1):
        t = toks[y]
        if t.low in _FROM_WHOSE:
            return y < owner_end - 1
        if t.low in _CLAUSE_BREAKS or not (t.is_word or (t.text.isdigit() and len(t.text) == 4)):
            return False
    return False


_THE = frozenset({"the", "its", "their", "a", "an"})


def _from_the_level(toks: list[Token], x: int) -> bool:
    """Whether toks[..x] end in "from the" (or "than its", ...) and at most two plain words before
    the level noun: "from the regular close of", "than the previous average of"."""
    for y in range(x, max(-1, x - 3), -1):
        t = toks[y]
        if t.low in _THE:
            return y >= 1 and toks[y - 1].low in _FROM_WHOSE - {"on"}
        if not t.is_word or t.low in _CLAUSE_BREAKS or t.low in _FROM_WHOSE:
            return False
    return False


# words between two clauses, each of which may tell its own move
_CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "and", "although", "though", "meanwhile"})


# what the first end of a change comes after: "from 61%", "than the 11,512", "compared with 61%"
_FROM_ONE = {("from",), ("than",), ("against",), ("versus",), ("vs",)}
_FROM_TWO = {("compared", "with"), ("compared", "to"), ("than", "the"), ("from", "the")}


def _a_change(toks: list[Token], change: Figure) -> bool:
    """A change word right before the figure ("up 25%", "rose by 300") or closely after it ("a
    15% rise", "a drop of nine points" reads the noun before "of")."""
    k = change.token
    near_before = [t.low for t in toks[max(0, k - 3) : k]]
    if near_before[-1:] == ["by"]:
        near_before = near_before[:-1]
    if near_before and near_before[-1] in _CHANGE_WORDS:
        return True
    if near_before[-2:-1] and near_before[-1] == "of" and near_before[-2] in _CHANGE_WORDS:
        return True
    if k and toks[k - 1].low == "by" and _moved_by(toks, k - 1):
        return True
    end = next((x for x in range(k, len(toks)) if toks[x].start >= change.end), len(toks))
    if _noun_before_than(toks, change) is not None:
        end += 1  # "22 millimetres more than the 68"
    after = [t.low for t in toks[end : end + 2]]
    # "1,100 more than the 11,512", "15 euros less than"
    return bool(after) and (after[0] in _CHANGE_WORDS or (after[0] in _MORE_LESS and after[1:] == ["than"]))


# verbs that move a named thing by an amount: "cut its rate by 25 basis points", "raised prices by 4%"
_MOVED_BY = _CHANGE_WORDS | frozenset("raised raises lowered lowers hiked hikes trimmed trims".split())


def _moved_by(toks: list[Token], by: int) -> bool:
    """A change verb a few words before "by", with only its object between ("cut its main
    rate by"): no figure, comma or clause word."""
    for x in range(by - 1, max(-1, by - 5), -1):
        t = toks[x]
        if t.low in _MOVED_BY:
            return x < by - 1
        if not t.is_word or t.text[:1].isdigit() or t.low in _CLAUSE_BREAKS:
            return False
    return False


_MORE_LESS = frozenset({"more", "less", "fewer", "higher", "lower", "above", "below"})
_BOUND_ONE = frozenset({"over", "under", "almost", "nearly", "above", "below"})
_BOUND_TWO = frozenset({("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("up", "to")})


def _bounded(toks: list[Token], f: Figure, change: Figure) -> bool:
    """A figure told as a bound ("more than 800", "almost 5,000"), not as the first end of a stated
    difference ("1,100 more than the 11,512")."""
    before = tuple(t.low for t in toks[max(0, f.token - 2) : f.token])
    if before[-1:] and before[-1] in _BOUND_ONE:
        return True
    return before in _BOUND_TWO and not (f.token >= 3 and toks[f.token - 3].end == change.end)


_LOOSE = frozenset({"about", "around", "roughly", "some", "approximately", "nearly", "almost", "c"})


def _loose(toks: list[Token], f: Figure) -> bool:
    """A figure told as a rough one: "about $41"."""
    return bool(f.token) and toks[f.token - 1].low in _LOOSE


def _disagrees(first: Figure, last: Figure, change: Figure, exact: bool = False) -> str | None:
    """What the ends give for the change, when the stated size is none of the readings it may
    have (a difference in their unit, points between percentages, a percentage of the first)."""
    gap = abs(last.value - first.value)
    slack = (first.precision + last.precision + change.precision) / 2
    if (
        exact
        and first.unit not in ("%", "points")
        and first.precision == last.precision == change.precision <= 1
    ):
        slack = 0.0  # "$83.25", "71 cents", "4,100": sums and counts told to one unit are exact; "$41" among
        # "$38.93" and "$2.10", or "about $41", keeps its rounding
    if change.unit == first.unit or (first.unit == "%" and change.unit == "points"):
        if abs(change.value - gap) <= slack + 1e-9:
            return None
        if first.unit == "%" and change.unit == "%" and _relative_fits(first, last, change):
            return None  # "a 10% fall" of a rate: a share of the rate, not points
        if change.text.lower().endswith(_BASIS_POINTS):
            return f"{plain_number(100 * gap)} basis points"
        return _written(gap, first, "points" if first.unit == "%" else first.unit)
    if change.unit == "%" and first.unit != "%" and first.value > 0:
        if _relative_fits(first, last, change):
            return None
        return f"{100 * gap / first.value:.1f}%"
    return None


def _relative_fits(first: Figure, last: Figure, change: Figure) -> bool:
    """Whether the stated percentage is the change over the first end, given how each figure is
    rounded."""
    lo_first, hi_first = first.value - first.precision / 2, first.value + first.precision / 2
    lo_last, hi_last = last.value - last.precision / 2, last.value + last.precision / 2
    if lo_first <= 0:
        return True
    shares = [100 * abs(b - a) / a for a in (lo_first, hi_first) for b in (lo_last, hi_last)]
    tol = max(change.precision / 2, 0.5) if change.precision >= 1 else max(1.5 * change.precision, 0.15)
    return min(shares) - tol <= change.value <= max(shares) + tol


_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _written(value: float, like: Figure, unit: str) -> str:
    """``value`` written as the first end is ("$0.6 billion" like "$4.2 billion"; "7 points")."""
    if unit == "points":
        return f"{plain_number(value)} points"
    words = like.text.split()
    scale = next((w for w in words if w.lower() in _SCALES), None)
    if scale is not None:
        value /= _SCALES[scale.lower()]
    lead = like.text[: len(like.text) - len(like.text.lstrip("$£€¥"))]
    tail = " ".join(w for w in words[1:] if not w[:1].isdigit())
    return f"{lead}{plain_number(value)} {tail}".strip() if tail else f"{lead}{plain_number(value)}"


def plain_number(value: float) -> str:
    """A figure as a message writes it: thousands grouped, at most two decimals, no trailing
    zeros ("1,250", "2.5")."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# the names FL403 readers outside this change still import (fl403_prices, fl403_margins, …)
_Figure = Figure
_after = figure_after

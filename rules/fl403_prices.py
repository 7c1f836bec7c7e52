"""FL403: a price times a quantity stated beside its total ("sold 2,000 shares at $15 each, worth
$40,000": $30,000). The total of a count bought or sold at a unit price is their product, within
the rounding of the figures as written (and a tenth either way when the total is told as "about",
"nearly" or "some").

Read only where one clause tells all three in that order and close together: a count, "at" a
price per unit ("each", "apiece", "a share", "per tonne"), and a total named as such ("worth",
"valued at", "totalling", "for a total of"). A price of another time or place is not read: the
three must follow one another within a few words, with no clause break between them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import _CLAUSE_BREAKS, _after, _Figure, plain_number, sentence_figures

_PER = frozenset({"each", "apiece"})
_PER_LEAD = frozenset({"a", "an", "per"})
# words right before a total: "worth $30,000", "valued at", "totalling", "for a total of"
_TOTAL_ONE = frozenset({"worth", "totalling", "totaling", "totaled", "totalled", "costing"})
_TOTAL_TWO = frozenset({("valued", "at"), ("total", "of"), ("sum", "of"), ("value", "of")})
_APPROX = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "approximately", "over"})
_NOUN_REACH = 5  # words from the count to "at" ("500 tonnes of spring barley at")
_TOTAL_REACH = 6  # tokens from the price's unit word to the total


@dataclass(frozen=True)
class StatedTotal:
    start: int
    end: int  # from the count to the total
    count: _Figure
    price: _Figure
    total: _Figure
    expected: str


def stated_totals(text: str) -> Iterator[StatedTotal]:
    """Totals in ``text`` (one sentence) that are not its count times its unit price."""
    if " at " not in text:
        return
    toks = list(figure_tokens(text))
    figures = sentence_figures(text)
    for a, b, c in zip(figures, figures[1:], figures[2:]):
        if a.unit != "" or not b.unit or b.unit != c.unit or b.unit in ("%", "points"):
            continue
        if not _priced(toks, a, b) or not _per_unit(toks, b) or not _a_total(toks, b, c):
            continue
        if any(t.low in _CLAUSE_BREAKS for t in toks[a.token : c.token]):
            continue
        product = a.value * b.value
        slack = c.precision / 2 + a.value * b.precision / 2 + b.value * a.precision / 2 + 1e-9
        if _approx(toks, c):
            slack += product / 10
        if abs(product - c.value) > max(slack, product / 200):  # half a percent: cents dropped
            yield StatedTotal(a.start, c.end, a, b, c, _money(product, c))


def _priced(toks: list[Token], count: _Figure, price: _Figure) -> bool:
    """ "2,000 shares at $15": a few words, then "at" right before the price."""
    end = _after(toks, count)
    between = toks[end : price.token]
    return (
        1 <= len(between) <= _NOUN_REACH + 1
        and between[-1].low == "at"
        and all(t.is_word and t.low not in {"and", "or", "each"} for t in between)
    )


def _per_unit(toks: list[Token], price: _Figure) -> bool:
    """ "$15 each", "$15 apiece", "$200 a tonne", "$3 per share"."""
    k = _after(toks, price)
    if k < len(toks) and toks[k].low in _PER:
        return True
    return k + 1 < len(toks) and toks[k].low in _PER_LEAD and toks[k + 1].is_word


def _a_total(toks: list[Token], price: _Figure, total: _Figure) -> bool:
    k = _after(toks, price)
    if total.token - k > _TOTAL_REACH:
        return False
    before = [t.low for t in toks[max(k, total.token - 3) : total.token] if t.low not in _APPROX]
    return bool(before) and (before[-1] in _TOTAL_ONE or tuple(before[-2:]) in _TOTAL_TWO)


def _approx(toks: list[Token], f: _Figure) -> bool:
    return any(t.low in _APPROX for t in toks[max(0, f.token - 2) : f.token])


def _money(value: float, like: _Figure) -> str:
    """``value`` written with the total's currency sign and scale word."""
    scales = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
    words = like.text.split()
    scale = next((w for w in words[1:] if w.lower() in scales), None)
    lead = like.text[: len(like.text) - len(like.text.lstrip("$£€¥"))]
    if scale is not None:
        return f"{lead}{plain_number(value / scales[scale.lower()])} {scale}"
    return f"{lead}{plain_number(value)}"

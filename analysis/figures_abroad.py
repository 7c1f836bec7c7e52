"""Figures as French, German and other continental copy writes them: a decimal comma ("12,5 %",
"1,5 Millionen Euro"), thousands grouped by dots ("500.000 Euro", "2.020.144 voix"), a share in
words ("12 pour cent", "12 Prozent") and an amount's currency after a preposition or an
abbreviated multiplier ("3 millions d'euros", "2 milliards de dollars", "3 Mio. Euro").
``number_parse`` asks ``continental_digits`` of a digit token with a comma or a dot in it, and
``figure_clause`` asks ``continental_unit`` of the words right after a figure.

A comma before one, two or four or more digits is a decimal comma (English groups thousands by
three) where the sentence is not English or a percent sign or a multiplier follows ("5,6 and 7"
in English copy stays unread). A comma before three digits is one only before a multiplier in
a sentence that is not English ("2,044 millions de voix"; "Rs 2,500 million" is 2.5 billion). A dot before three digits groups
thousands where there are two such groups ("2.020.144"), or one in a sentence whose function
words are not English ("500.000 Euro"; "the euro fell to 1.125" keeps its decimals).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator
from pathlib import Path

from .count_frames import foreign_value, number_words
from .languages import function_words
from .measure_compounds import measure_of
from .numtext import lexicon, past_currency_country, word_at
from .text import Token

_DATA = Path(__file__).resolve().parent / "data" / "figures_abroad.yaml"
_DECIMAL_COMMA = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+),(\d+)")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# multipliers that follow a figure in other languages (the lexicon's ``multipliers`` reads them)
_MULTIPLIERS = frozenset(
    "million millions milliard milliards millionen milliarde milliarden mio mrd mln mld "
    "millones millón milioni miliardi miljoen miljard milhões milhão bilhões bilhão".split()
)
# English scale words a decimal comma may stand before in any copy ("Profits hit 12,4 bn"):
# no English list or thousands ends in one ("3,5 and 7", "12,400 million" stay English)
_SCALES = frozenset({"bn", "billion", "mn", "mln", "million"})
_ABBREVIATED = frozenset({"mio", "mrd", "mln", "mld"})  # "3 Mio. Euro": the dot is the word's
_PERCENT_AFTER = {"pour": "cent", "por": "ciento", "per": "cento"}  # "12 pour cent", "12 por ciento"
_PERCENT_WORDS = frozenset({"prozent", "procent", "pourcent"})
_OF_CURRENCY = frozenset({"de", "di"})  # "2 milliards de dollars"


def continental_digits(toks: list[Token], i: int) -> tuple[float, float] | None:
    """(value, precision) of the figure written the continental way at token ``i``, or None
    for one English reads ("1,500", "3.5") or that is not continental here."""
    text = toks[i].text
    m = _DECIMAL_COMMA.fullmatch(text)
    nxt = word_at(toks, i + 1)
    if m:
        whole, fraction = m[1], m[2]
        if "." not in whole and (
            len(fraction) == 3
            and not (nxt in _MULTIPLIERS and _continental(toks))
            or nxt != "%"
            and nxt not in _MULTIPLIERS
            and not (nxt in _SCALES and len(fraction) < 3)
            and not _continental(toks)
        ):
            return None  # "1,500", "Rs 2,500 million": English thousands; "5,6 and 7": a list
        # a fixed number of decimals pads a rounded figure with zeros ("66,10 %" is 66,1 written to
        # two places, as results tables print every share): the zeros say nothing of its precision
        return float(whole.replace(".", "") + "." + fraction), 10.0 ** -max(1, len(fraction.rstrip("0")))
    if _DOT_GROUPS.fullmatch(text) and (text.count(".") > 1 or _continental(toks)):
        value = float(text.replace(".", ""))
        return value, 100.0 if value >= 1000 and value % 100 == 0 else 1.0
    return None


# the language of the article being read (``reading_article_in``): a sentence whose own function
# words do not decide, a German one of nouns and verbs ("Die Stadt will bis 2030 rund 2.450 neue
# Wohnungen bauen"), is read the way its article writes figures
_ARTICLE_LANGUAGE: ContextVar[str | None] = ContextVar("article_language", default=None)


@contextmanager
def reading_article_in(language: str | None) -> Iterator[None]:
    """Figures parsed inside this block belong to an article in ``language`` (None: unknown)."""
    token = _ARTICLE_LANGUAGE.set(language)
    try:
        yield
    finally:
        _ARTICLE_LANGUAGE.reset(token)


def _continental(toks: list[Token]) -> bool:
    """Whether the sentence has more function words of other languages than of English; where
    neither has more, whether its article is in another language than English."""
    english, other = _function_words()
    lows = [t.low for t in toks]
    theirs, ours = sum(w in other for w in lows), sum(w in english for w in lows)
    if theirs != ours:
        return theirs > ours
    return _ARTICLE_LANGUAGE.get() not in (None, "en")


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """English's function words, and other languages' (with the joining words) that English
    does not write."""
    fw = function_words()
    other = frozenset().union(*(words for lang, words in fw.items() if lang != "en")) | _JOINING
    return fw["en"], other - fw["en"] - _ENGLISH_TOO


# short words other languages share with English ("die", "in", "a"): no sign of either
_ENGLISH_TOO = frozenset("a an in die on to of as at or be so no".split())


def continental_unit(toks: list[Token], j: int) -> tuple[str, str, int] | None:
    """(kind, unit, token after it) of a share or currency written the continental way right
    after a figure that ends before token ``j``: "pour cent", "Prozent", "d'euros", "de dollars",
    "Mio. Euro"; None for any other word."""
    nxt = word_at(toks, j)
    if nxt == "." and word_at(toks, j - 1) in _ABBREVIATED:
        j += 1  # "3 Mio. Euro"
        nxt = word_at(toks, j)
    if nxt in _PERCENT_WORDS:
        return "percent", "%", j + 1
    if nxt in _PERCENT_AFTER and word_at(toks, j + 1) == _PERCENT_AFTER[nxt]:
        return "percent", "%", j + 2
    words = lexicon()["currencies"]["words"]
    if nxt[:2] in {"d'", "d’"} and nxt[2:] in words:
        return "money", words[nxt[2:]], j + 1  # "d'euros"
    if nxt in _OF_CURRENCY and word_at(toks, j + 1) in words and word_at(toks, j - 1) in _MULTIPLIERS:
        return (
            "money",
            words[word_at(toks, j + 1)],
            past_currency_country(toks, j + 2),
        )  # "milliards de dollars"
    if nxt in words and j > 0 and toks[j - 1].text == ".":
        return "money", words[nxt], j + 1  # "Mio. Euro"
    return None


def currency_or_share(toks: list[Token], j: int) -> bool:
    """Whether the capitalised word at ``j`` after a figure is its currency or a share ("500.000
    Euro", "12 Prozent"), which names no label ("20 Squadron")."""
    low = word_at(toks, j)
    return low in lexicon()["currencies"]["words"] or low in _PERCENT_WORDS


def amount_after(toks: list[Token], j: int) -> bool:
    """Whether a multiplier and a currency follow a figure ending before ``j`` ("3,9 Milliarden
    Euro", "1.500 millones de euros"): an amount, however a name before it reads ("zahlt Arvena
    3,9 Milliarden Euro", as German puts the subject after its verb), not a label ("Apollo 11")."""
    if word_at(toks, j - 1) not in _MULTIPLIERS:  # (the multiplier read with the figure, or after it)
        j += 1
    return word_at(toks, j - 1) in _MULTIPLIERS and (
        currency_or_share(toks, j) or continental_unit(toks, j) is not None
    )


# words after a count's noun that make it a change ("62 000 chômeurs supplémentaires", "3.000
# Arbeitslose mehr", "500 parados más"), as "another" or "additional" before it in English
_MORE_AFTER = frozenset("supplémentaire supplémentaires additionnels additionnelles mehr más".split())


def more_after(toks: list[Token], j: int) -> bool:
    """Whether the words at ``j``, right after a figure's noun, say it is a change."""
    w = word_at(toks, j)
    return w in _MORE_AFTER or w in {"de", "en"} and word_at(toks, j + 1) == "plus"


# words of ballots counted so far after a share ("with 98% of ballots counted", "98,54% das urnas
# apuradas", "à 95 % des bureaux dépouillés", "nach Auszählung von 90 Prozent"): the sentence's
# other shares are those of that stage of the count
_COUNTED = frozenset(
    """counted reporting tallied apuradas apurados apuradas escrutadas escrutados escrutado
    scrutinate dépouillés dépouillées dépouillement ausgezählt ausgezählten auszählung geteld""".split()
)
_STAGE_REACH = 5  # tokens from the share to the word of counting


# other languages' words of joining that the noun reader may take for a figure's noun ("6,5 % à
# 7,1 milliards", "62 % selon la préfecture de"): they name nothing counted (not words English
# shares: "in", "die", "a")
_JOINING = frozenset(
    """de à du des la les le et au aux selon pour par sur soit contre dans avec der das den dem
    und von im bei auf für zu mit nach del el y con por para di da il nel dos do em com een het
    van op voor og af til""".split()
)


_NO_NAMES = _MULTIPLIERS | _JOINING | {"die"}  # capitalised words of an amount or an opening


def read_abroad(quantities: list, text: str, toks_of) -> list:
    """A sentence's figures as ``numbers`` keeps them, in a sentence of another language
    (``toks_of``: the sentence's tokens, asked only where a figure could change): no joining word
    taken for a figure's noun, no count with decimals ("4,85 vittime ogni 100mila residenti" is a
    rate, "4,7 miljoonaa" an amount in a multiplier not read), no noun read past an amount's
    currency word ("millones de euros durante"), a figure after a verb of
    exceeding a lower bound ("dépassent rarement la magnitude 5"), and the shares of a vote's
    count so far marked (``count_stage``)."""
    foreign = [q for q in quantities if q.head in _JOINING or _decimal_count(q) or _worded_money(q)]
    exceeds = any(stem in text for stem in _EXCEED)
    against = any(w in text for w in _AGAINST)
    shares = sum(q.kind == "percent" for q in quantities)
    measured = any(q.kind in ("percent", "money") and q.attribute is None for q in quantities)
    if not (foreign or exceeds or measured or against) and shares < 2:
        return quantities  # (most sentences: nothing to look at, no tokens asked for)
    toks = toks_of()
    if (foreign or exceeds or measured or against) and _continental(toks):
        quantities = [
            replace(q, head=None) if q.head in _JOINING or _worded_money(q) else q
            for q in quantities
            if not _decimal_count(q)
        ]
        if exceeds:
            quantities = [_past_exceeding(q, toks) for q in quantities]
        if measured:
            quantities = _measures(quantities, toks)
        if against:
            quantities = _set_against(quantities, toks)
    return count_stage(quantities, toks) if shares >= 2 else quantities


@lru_cache(maxsize=1)
def _measure_words() -> dict[str, dict[str, str]]:
    """{"percent"/"money": {word: measure}} of ``data/figures_abroad.yaml``."""
    import yaml

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        kind: {w: measure for measure, words in raw[key].items() for w in words}
        for kind, key in (("percent", "shares"), ("money", "money"))
    }


def _measures(quantities: list, toks: list[Token]) -> list:
    """Each share and amount with no attribute given the one measure its sentence names ("le taux
    de chômage a atteint 7,5 %": unemployment; "Der Schaden beträgt 500.000 Euro": damage); none
    where the sentence names two of its kind. Its multiplier, currency and articles are no names
    ("3 Mio. Euro", "Die Strafe")."""
    starts = [t.start for t in toks]
    for kind in ("percent", "money"):
        words = _measure_words()[kind]
        named = {m for t in toks if (m := measure_of(t.low, words))}
        if len(named) != 1:
            continue
        measure = named.pop()
        quantities = [
            replace(q, attribute=measure, names=q.names - _NO_NAMES - lexicon()["currencies"]["words"].keys())
            if q.kind == kind
            and q.attribute is None
            and _near_word(toks, bisect_left(starts, q.start), words)
            else q
            for q in quantities
        ]
    return quantities


_BEFORE_REACH, _AFTER_REACH = 6, 4  # tokens from a figure to its measure's word


def _near_word(toks: list[Token], k: int, words: dict[str, str]) -> bool:
    """Whether a measure's word stands a few tokens before the figure at token ``k`` ("Der
    Schaden beträgt 500.000 Euro") or right after it ("7,5 % de chômage")."""
    window = range(max(0, k - _BEFORE_REACH), min(len(toks), k + _AFTER_REACH))
    return any(measure_of(toks[x].low, words) for x in window)


# words that set two figures against each other ("45 % contre 33 % au premier tour", "gegenüber
# 3,1 Prozent im Vorjahr"): neither restates a figure told alone, as "against" in English
_AGAINST = frozenset({"contre", "gegenüber", "verglichen", "frente", "rispetto", "contro", "tegenover"})


def _set_against(quantities: list, toks: list[Token]) -> list:
    """The figures right before or after a word of comparison marked as changes."""
    starts = [t.start for t in toks]
    out = []
    for q in quantities:
        k = bisect_left(starts, q.start)
        end = bisect_left(starts, q.end)
        if (
            word_at(toks, k - 1) in _AGAINST
            or word_at(toks, end) in _AGAINST
            or (word_at(toks, end) in {"%", "euro", "prozent"} and word_at(toks, end + 1) in _AGAINST)
        ):
            q = replace(q, changes=True)
        out.append(q)
    return out


# verbs of exceeding, by their stems ("dépassent", "übersteigt", "supera"): the figure a few words
# after one is a lower bound, as after "exceeds"
_EXCEED = ("dépass", "übersteig", "überschreit", "supera", "overschrijd")
_EXCEED_REACH = 4


def _past_exceeding(q, toks: list[Token]):
    if q.bound:
        return q
    k = bisect_left([t.start for t in toks], q.start)
    if any(toks[x].low.startswith(_EXCEED) for x in range(max(0, k - _EXCEED_REACH), k)):
        return replace(q, bound="lower")
    return q


def _worded_money(q) -> bool:
    """An amount whose currency is a word ("8,7 millones de euros durante", "5,6 mln zł w roku"):
    the English reader takes the word after the currency for its noun, which counts nothing."""
    return q.kind == "money" and q.head is not None and q.text[-1:].isalpha()


def _decimal_count(q) -> bool:
    """A count with a decimal comma ("4,85 vittime"): a rate or an amount, no count of things
    (a decimal point is read where English is: "the rescue lasted 2.5 horas")."""
    return q.kind == "count" and q.value != int(q.value) and not q.word_form and "," in q.text


def count_stage(quantities: list, toks: list[Token]) -> list:
    """The sentence's shares marked with the scope "count-stage" where one of them is the part of
    the ballots counted so far: two results of one vote at different stages of its count are no
    restatement."""
    if len([q for q in quantities if q.kind == "percent"]) < 2:
        return quantities
    ends = [t.end for t in toks]
    staged = False
    for q in quantities:
        if q.kind != "percent":
            continue
        k = bisect_left(ends, q.end)
        if any(word_at(toks, x) in _COUNTED for x in range(k + 1, k + 1 + _STAGE_REACH)) or (
            word_at(toks, k - 1) == "von" and word_at(toks, k - 2) == "auszählung"
        ):
            staged = True
            break
    if not staged:
        return quantities
    return [replace(q, scope=q.scope | {"count-stage"}) if q.kind == "percent" else q for q in quantities]


# "sechseinhalb", "zweieinhalb": a unit and a half, as German writes it before "Millionen"
_AND_A_HALF = "einhalb"


def scaled_number(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """(value, next token, precision, in words) of another language's number word before a
    multiplier ("drei Millionen Euro", "quatre millions d'euros", "sechseinhalb Millionen");
    None for any other word (its counts of people are ``count_frames``' reading)."""
    low = toks[i].low
    if low.endswith(_AND_A_HALF) and low != _AND_A_HALF:
        unit = _units_of(low[: -len(_AND_A_HALF)])
        got = (unit + 0.5, i + 1) if unit is not None else None
    else:
        got = foreign_value(toks, i)
    if got is None or word_at(toks, got[1]) not in _MULTIPLIERS:
        return None
    value, n = got
    mult = lexicon()["multipliers"].get(word_at(toks, n))
    if mult is None:
        return None
    return value * mult, n + 1, mult / 10 if value != int(value) else mult, True


def _units_of(word: str) -> float | None:
    from .count_frames import _frames

    return _frames()["numbers"].get(word)


def scaled_start(toks: list[Token], k: int) -> bool:
    """Whether the token at ``k`` may open an amount in words of another language: a number word
    ("drei", "quatre", "sechseinhalb") right before a multiplier ("Millionen", "millions")."""
    return word_at(toks, k + 1) in _MULTIPLIERS and (
        toks[k].low in number_words() or toks[k].low.endswith(_AND_A_HALF)
    )


def multiplier_words() -> frozenset[str]:
    """The multipliers of other languages' amounts ("Millionen", "milliards", "Mio")."""
    return _MULTIPLIERS

"""FL401 in copy of other languages: figures whose counted noun, as the English reading of a
counted noun finds it, is no noun of a thing counted. The reading takes the word after a figure
for its noun and strips an English plural, so "18 ottobre" counts "ottobres", "16.00 en 18.00
uur" counts "ens", "US$ 3 bilhões" counts "bilhõe" and "2,3% após" is a share of "apó". Such
figures are days, clock times, sizes or bare shares, not two counts of one thing. A figure the
word before adds to others ("otros 85 voluntarios", "mais 12 escolas") is more of them.

A figure before a unit ("58 días", "38 chili", "38 punti") is a measure: the level of one
thing, a difference, a weight of one parcel, a team's points; a share before a comparative ("13
procent duurder") is the change of what its sentence names. Two of them are one measure only
when their sentences tell the same thing (three content words of their own in common: "le
ricerche ... sul monte Orsaro sono durate 12 ore" / "... 15 ore").

The word lists are data (``rules/data/fl401_abroad.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from factlint.analysis.figure_types import Quantity
from factlint.analysis.languages import any_function_words, article_language, function_words
from factlint.analysis.text import LETTERS

_DATA = Path(__file__).parent / "data" / "fl401_abroad.yaml"
_SHARED = 3  # content words two sentences share when they tell one measure twice
_OPENING = 30  # sentences read to tell the article's language
_SHORT = 3  # letters a word needs to count as content ("de", "la", "o" do not)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    import yaml  # only when an article in another language has figures to compare

    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    words = _lists()
    return words["months"] | words["small_words"] | words["multipliers"] | any_function_words()


@lru_cache(maxsize=4096)
def _leaning(text: str) -> int:
    """Function words of other languages in a sentence less English ones."""
    fw = function_words()
    english = fw["en"]
    other = frozenset().union(*(w for lang, w in fw.items() if lang != "en")) - english
    lows = [w.lower() for w in LETTERS.findall(text)]
    return sum(w in other for w in lows) - sum(w in english for w in lows)


@lru_cache(maxsize=8)
def _opening_abroad(opening: tuple[str, ...]) -> bool:
    return article_language("\n".join(opening)) not in ("en", None)


def _abroad(sentences, si: int) -> bool:
    """A sentence in another language: more of its function words, or as many (a short one
    has none) in an article in another language."""
    lean = _leaning(sentences[si].text)
    return lean > 0 or lean == 0 and _opening_abroad(tuple(s.text for s in sentences[:_OPENING]))


def _forms(word: str) -> tuple[str, ...]:
    """The word as the reader kept it and with the English plural ending it stripped."""
    return (word, word + "s", word + "es")


def _in(word: str | None, words: frozenset[str]) -> bool:
    return bool(word) and any(w in words for w in _forms(word.lower()))


def _no_noun(q: Quantity) -> bool:
    """The figure's noun is a month, a small word or a multiplier, or one or two letters."""
    return bool(q.head) and (len(q.head) <= 2 or _in(q.head, _not_nouns()))


def _unit(q: Quantity) -> bool:
    """A unit ("58 días") or, after a share, a comparative ("13 procent duurder")."""
    return (
        q.kind == "count"
        and _in(q.head, _lists()["units"])
        or (q.kind == "percent" and _in(q.head, _lists()["comparatives"]))
    )


def _content(q: Quantity) -> frozenset[str]:
    return frozenset(w for w in q.context - any_function_words() if len(w) > _SHORT and w != q.head)


def _told_alike(a: Quantity, b: Quantity) -> bool:
    """Two clauses that share three content words of their own (the unit's word aside), half
    the shorter clause's at least: one sentence said again, not two of one topic."""
    ca, cb = _content(a), _content(b)
    shared = len(ca & cb)
    return shared >= _SHARED and 2 * shared >= min(len(ca), len(cb))


_LAST_WORDS = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*$")


def _added(q: Quantity, text: str) -> bool:
    """The word right before the figure adds it to those told before ("otros 250 vecinos",
    "mais 12 escolas"): more of them, not all of them again. After a joining word it sets
    the figure beside another of its sentence ("nueve murieron y otras 38 resultaron heridas"):
    the others of this sentence, a count of its own."""
    m = _LAST_WORDS.search(text[: q.start])
    words = _lists()
    return bool(m) and m[2].lower() in words["another"] and (m[1] or "").lower() not in words["joining"]


def counted_apart_abroad(a: Quantity, b: Quantity, sentences) -> bool:
    """Two figures of sentences in another language that the reading ties by a noun that is
    none (a month, a small word, a multiplier), or by a unit in sentences that do not tell the
    same thing, or one of them added to others ("otros 85 voluntarios"). A measured attribute both
    share ("le taux de chômage", an event) still ties them, but not an added figure."""
    if not (_abroad(sentences, a.sentence) and _abroad(sentences, b.sentence)):
        return False
    if _added(a, sentences[a.sentence].text) or _added(b, sentences[b.sentence].text):
        return True
    if a.attribute and a.attribute == b.attribute or a.event and a.event == b.event:
        return False
    if _no_noun(a) or _no_noun(b):
        return True
    return (_unit(a) or _unit(b)) and not _told_alike(a, b)


_AFTER_DAY = re.compile(r"\W*(?:(?:de|di|del|van|w)\s+)?([^\W\d_]+)")


def day_of_a_date(q: Quantity, text: str) -> bool:
    """The figure is the day of a date written in another language ("30 de abril", "27
    settembre", "3. März"): a month name follows it, after "de"/"di" at most."""
    m = _AFTER_DAY.match(text, q.end)
    return bool(m) and m[1].lower() in _lists()["months"]

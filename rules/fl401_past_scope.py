"""FL401 in an article not in English: a figure of an earlier period against the story's own.

Copy of another language that compares this vote, season or year with an earlier one ("En las
elecciones anteriores, el partido obtuvo entonces el 28,4% y 110 escaños") sets the earlier
figures in a sentence of their own, marked by a year dating a clause ("en 2011"), a word of an
earlier time ("entonces", "anteriores", "précédentes", "damals") or a span back ("hace cuatro
años", "quattro anni fa"). Two figures are not compared where one sentence is so marked and the
other names none of it: the story's "95 escaños" and the earlier vote's "110 escaños" are two
votes. Two sentences both marked, or neither, are compared as before; a year the story's opening
names before the unmarked figure is the story's own. The words are data
(``rules/data/fl401_past_scope.yaml``); an article in English is read by ``fl401_past_events``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.rules.fl401_unread import _reading

_DATA = Path(__file__).parent / "data" / "fl401_past_scope.yaml"
_OPENING = 2  # sentences of the story's opening: a year they name is the story's own
_NEAR = 3  # words between a word of a span back and its word of years, plus one
_FIRST_YEAR, _LAST_YEAR = 1800, 2099


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    import yaml  # only when an article in another language has figures to compare

    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=4096)
def _years(text: str) -> frozenset[int]:
    found = (t.text.rstrip(",.;:") for t in word_tokens(text))
    return frozenset(
        int(w) for w in found if len(w) == 4 and w.isdigit() and _FIRST_YEAR <= int(w) <= _LAST_YEAR
    )


@lru_cache(maxsize=4096)
def _marked(text: str) -> bool:
    """The sentence sets itself in an earlier period by a word (see the module's docs)."""
    lists = _lists()
    words = [t.low for t in word_tokens(text) if t.is_word]
    if lists["words"].intersection(words):
        return True
    for k, w in enumerate(words):
        if w in lists["years"] and (
            lists["ago_before"].intersection(words[max(0, k - _NEAR) : k])
            or lists["ago_after"].intersection(words[k + 1 : k + _NEAR])
        ):
            return True
    return False


def _past(q: Quantity, sentences, opening: frozenset[int]) -> bool:
    text = sentences[q.sentence].text
    dated = {w[0] for w in q.when if w and w[0] is not None}
    return _marked(text) or bool(dated and not dated & opening)


def past_scope_pair(a: Quantity, b: Quantity, sentences) -> bool:
    """In an article not in English, one figure set in an earlier period, the other not (see
    the module's docs)."""
    if a.kind == "age" or b.kind == "age" or _reading(sentences).language in ("en", None):
        return False
    for one, other in ((a, b), (b, a)):
        plain = sentences[other.sentence].text
        opening = frozenset().union(*(_years(s.text) for s in sentences[: min(_OPENING, other.sentence + 1)]))
        if _past(one, sentences, opening) and not _marked(plain) and not _years(plain):
            return True
    return False

"""FL401 in an article not in English: a figure of an earlier period against the story's own.

Copy of another language that compares this vote, season or year with an earlier one ("En las
elecciones anteriores, el partido obtuvo entonces el 28,4% y 110 escaños") sets the earlier
figures in a sentence of their own, marked by a year dating a clause ("en 2011"), a word or phrase of
an earlier time ("en aquel entonces", "anteriores", "précédentes", "damals", "el año anterior",
"había logrado entonces") or a span back ("hace cuatro años", "quattro anni fa"). A word of
"then" alone ("alors que", "entonces", "allora", "toen") and "el día anterior" mark nothing. Two
figures are not compared where one sentence is so marked and the other names none of it: the
story's "95 escaños" and the earlier vote's "110 escaños" are two votes. Two sentences both
marked, or neither, are compared as before. A year marks its figure only where it dates the
figure's own clause (not "comenzaron el 3 de marzo de 2025 y han dejado 58 muertos") and is
earlier than the latest year the story names, or is a bare year ("en 2011") the story's opening
does not name before the unmarked figure. The words are data (``rules/data/fl401_past_scope.yaml``);
an article in English is read by ``fl401_past_events``, whose year reader this module shares.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.rules.fl401_past_events import OPENING, sentence_years, year
from factlint.rules.fl401_unread import article_language

_DATA = Path(__file__).parent / "data" / "fl401_past_scope.yaml"
_NEAR = 3  # words between a word of a span back and its word of years, plus one
_PLUPERFECT_GAP = 2  # words from a verb of the pluperfect to its "then" ("había logrado entonces")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    import yaml  # only when an article in another language has figures to compare

    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()}


def _words(text: str) -> list[str]:
    return [t.low.replace("’", "'") for t in word_tokens(text) if t.is_word]


@lru_cache(maxsize=4096)
def _marked(text: str) -> bool:
    """The sentence sets itself in an earlier period by a word (see the module's docs)."""
    lists = _lists()
    words = _words(text)
    if any(
        w in lists["words"] and not (k and words[k - 1] in lists["not_after"]) for k, w in enumerate(words)
    ):
        return True
    if any(" ".join(words[k : k + len(p.split())]) == p for p in lists["phrases"] for k in range(len(words))):
        return True
    for k, w in enumerate(words):
        if w in lists["then"] and _pluperfect_then(words, k, lists):
            return True
        if w in lists["years"] and (
            lists["ago_before"].intersection(words[max(0, k - _NEAR) : k])
            or lists["ago_after"].intersection(words[k + 1 : k + _NEAR])
        ):
            return True
    return False


def _pluperfect_then(words: list[str], k: int, lists) -> bool:
    """ "había logrado entonces", "avait alors obtenu": "then" of a time, not "alors que"."""
    after = words[k + 1].split("'")[0] if k + 1 < len(words) else ""
    return after not in lists["then_not_before"] and bool(
        lists["pluperfect"].intersection(words[max(0, k - _PLUPERFECT_GAP) : k])
    )


def _own_clause(text: str, q: Quantity, dated: int) -> bool:
    """The year ``dated`` is in the figure's own clause: no word of ``joins`` between them that
    opens a clause (its next word no article nor figure)."""
    lists = _lists()
    toks = word_tokens(text)
    for t in toks:
        if year(t.text) != dated:
            continue
        lo, hi = sorted((t.start, q.start))
        between = [u for u in toks if lo <= u.start < hi]
        if not any(
            u.low in lists["joins"]
            and j + 1 < len(between)
            and between[j + 1].is_word
            and between[j + 1].low not in lists["articles"]
            for j, u in enumerate(between)
        ):
            return True
    return False


def _past(q: Quantity, sentences, opening: frozenset[int], latest: int) -> bool:
    text = sentences[q.sentence].text
    if _marked(text):
        return True
    for w in q.when:
        if not w or w[0] is None or not _own_clause(text, q, w[0]):
            continue
        if w[0] < latest or (w[1:3] == (None, None) and w[0] not in opening):
            return True
    return False


def past_scope_pair(a: Quantity, b: Quantity, sentences) -> bool:
    """In an article not in English, one figure set in an earlier period, the other not (see
    the module's docs)."""
    if a.kind == "age" or b.kind == "age" or article_language(sentences) in ("en", None):
        return False
    latest = max((y for s in sentences for y in sentence_years(s.text)), default=0)
    for one, other in ((a, b), (b, a)):
        plain = sentences[other.sentence].text
        opening = frozenset().union(
            *(sentence_years(s.text) for s in sentences[: min(OPENING, other.sentence + 1)])
        )
        if _past(one, sentences, opening, latest) and not _marked(plain) and not sentence_years(plain):
            return True
    return False

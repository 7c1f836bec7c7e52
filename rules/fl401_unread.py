"""FL401 in an article not in English: two figures are compared only where the copy says one
count twice. In English copy the reader knows what a figure counts and what sets two apart (a
place, a day, a rise); in copy of another language it reads little of that, and a warning
blocks a story, so there a pair

- is not compared where the later sentence, or one between, says the count changed and the
  earlier does not: by a verb of change ("la cifra ascendió a 34", "le bilan s'est alourdi"),
  by a tally's noun the earlier does not write ("le bilan"), or by a stage word beside one
  ("le nouveau bilan", "la cifra provisional"; alone, "nuevo alcalde" or "primera vez" are no
  stage); nor where one sentence opens on a time the other does not name ("Al mediodía, ..." /
  "... el lunes por la mañana"): the stages of a toll told through a day;
- counts of votes ("1 629 410 voix") are compared only where both sentences write the same
  share ("soit 43,80%" / "43,80% des voix"): one party's count in one round told twice;
- is compared where both figures count one fate the lexicon reads ("deux blessés" / "trois
  blessés", "14 muertos" / "19 muertos") or are two ages;
- otherwise (shares, seats, a list's figures, people by nationality) only in a language whose
  words the lexicon reads (``read``: Spanish, French, Italian, Portuguese, German, Dutch) and
  in sentences that tell one thing: two content words of their own in common (the counted
  noun and fate words aside). In Russian, Ukrainian or Greek copy (letters mostly not Latin)
  it cannot tell seats from shares, so "95 місць" / "9 місць" is not compared.

An article in English is read as before (a sentence of another language in it by
``fl401_abroad``). The word lists are data (``rules/data/fl401_unread.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factlint.analysis.count_frames import fate_words
from factlint.analysis.figure_types import Quantity
from factlint.analysis.languages import any_function_words, article_language as text_language
from factlint.analysis.text import LETTERS

_DATA = Path(__file__).parent / "data" / "fl401_unread.yaml"
_OPENING = 30  # sentences read to tell the article's language
_SHORT = 3  # letters a content word needs more than
_SHARED = 2  # content words of their own two sentences share when they tell one count
_FRONT = 4  # words that open a sentence: a time among them sets the sentence at a stage
_BESIDE = 2  # words between a stage word and its tally noun at most, plus one ("le nouveau bilan")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    import yaml  # only when an article in another language has figures to compare

    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=8)
def _language(opening: str) -> str | None:
    """The article's language; "?" for one whose letters are mostly not Latin (Cyrillic,
    Greek, Arabic, ...), which the data lists none of."""
    letters = "".join(LETTERS.findall(opening))
    if letters and 2 * sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters) < len(letters):
        return "?"
    return text_language(opening)


def article_language(sentences) -> str | None:
    """The language of an article's opening sentences ("en", "es", ...; None where unread)."""
    return _language("\n".join(s.text for s in sentences[:_OPENING]))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in LETTERS.findall(text))


@lru_cache(maxsize=1)
def _skip() -> frozenset[str]:
    return any_function_words() | fate_words()


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    skip = _skip()
    return frozenset(w for w in _words(text) if len(w) > _SHORT and w not in skip)


@lru_cache(maxsize=4096)
def _changes(text: str) -> frozenset[str]:
    """The words saying the sentence's count changed or is one stage of several: a verb of
    change, a tally's noun, or a stage word beside one ("le nouveau bilan", "la cifra
    provisional")."""
    lists, words = _lists(), _words(text)
    found = set(lists["changes"].intersection(words))
    tolls = [k for k, w in enumerate(words) if w in lists["tolls"]]
    # a tally's noun is a stage where only the later sentence writes it: "le bilan ... 34 morts"
    # after a plain "35 morts" is the tally taken again (the same noun in both cancels out)
    found.update(words[k] for k in tolls)
    for k in tolls:
        found.update(w for w in words[max(0, k - _BESIDE) : k + _BESIDE + 1] if w in lists["stages"])
    return frozenset(found)


def _times(text: str, opening: bool = False) -> frozenset[str]:
    """The times the sentence names (in its opening words only, with ``opening``), two-word
    times ("meio dia", "segunda feira") among them."""
    words = _words(text)
    if opening:
        words = words[:_FRONT]
    times = _lists()["times"]
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:]))
    return times.intersection(words).union(times.intersection(pairs))


# a share as written ("43,80%", "43.8 %"): digits, a decimal mark, the sign
_SHARE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s?%")


def _shares(text: str) -> frozenset[str]:
    """The shares a sentence writes, each as its digits ("43,80%" -> "4380")."""
    return frozenset("".join(ch for ch in m.group() if ch.isdigit()) for m in _SHARE.finditer(text))


@dataclass(frozen=True)
class _Reading:
    """What one document's pairs share: its language and each sentence's words of change."""

    language: str | None
    changes: tuple[frozenset[str], ...]
    changed: tuple[int, ...]  # the sentences that have any


# the sentences last read and their reading, one tuple swapped whole (so threads sharing the
# module never read one document's sentences with another's reading); holding the sentences
# keeps ``is`` sound
_last: tuple = (None, None)


def _reading(sentences) -> _Reading:
    global _last
    held, reading = _last
    if held is not sentences:
        language = article_language(sentences)
        changes = () if language in ("en", None) else tuple(_changes(s.text) for s in sentences)
        reading = _Reading(language, changes, tuple(k for k, c in enumerate(changes) if c))
        _last = (sentences, reading)
    return reading


def _staged(sentences, reading: _Reading, si: int, sj: int) -> bool:
    """The later sentence, or one between, says the count changed where the earlier does not
    ("la cifra ascendió a 17"), or one of the two opens on a time the other does not name
    ("Al mediodía, ..." / "... el lunes por la mañana"): stages of a toll told through a day."""
    told = reading.changes[si]
    if any(reading.changes[k] - told for k in reading.changed if si < k <= sj):
        return True
    ta, tb = sentences[si].text, sentences[sj].text
    ha, hb = _times(ta, opening=True), _times(tb, opening=True)
    wa, wb = _times(ta), _times(tb)
    return bool(ha and wb and not ha <= wb or hb and wa and not hb <= wa)


def unread_pair(a: Quantity, b: Quantity, sentences) -> bool:
    """In an article not in English, two figures that are not one fate's count said twice in
    one telling: not compared (see the module's docs)."""
    reading = _reading(sentences)
    if reading.language in ("en", None):
        return False
    if _staged(sentences, reading, *sorted((a.sentence, b.sentence))):
        return True
    if a.kind == b.kind == "count" and {a.head, b.head} <= _lists()["votes"]:
        return not _shares(sentences[a.sentence].text) & _shares(sentences[b.sentence].text)
    if a.kind == b.kind == "age" or a.event and a.event == b.event:
        return False  # one person's age; one fate the lexicon reads ("deux blessés" / "trois blessés")
    # other counts and measures only in a language whose words the lexicon reads, told alike
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    return reading.language not in _lists()["read"] or len(_content(ta) & _content(tb)) < _SHARED

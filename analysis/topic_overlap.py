"""Whether one sentence shares the story's topic: its content words against those of every other
sentence. FL201 asks it of a late official with no owner: a sentence spliced in from another
article ("The defence minister said the new submarines would be delivered in 2028." in a flood
story) shares no content word with the story it landed in, while a minister of the story's own
government who reacts to its event speaks of that event ("... promised the flood victims help").

A content word has four letters or more (one of three counts only when the rest of the story has
it whole: "eau", "Weg") and is none of the language's function words (function_words.yaml),
speech verbs (quote_cues.yaml, offices_abroad.yaml's acts) or words of no topic
(data/topic_words.yaml: longer function words, reporting verbs, calendar words, number words and
generic news words such as "government" or "people"); figures are none. Two words are one by a
cheap stem: their first five letters, or a word of four letters and another that begins with it
("rain", "rainfall"); in German and Dutch also a compound that holds the other word whole
("Hochwasser", "Wasser")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from factlint.analysis.languages import function_words
from factlint.analysis.offices_abroad import acts
from factlint.analysis.quotes import foreign_speech_verbs
from factlint.analysis.text import LETTERS

_SHORTEST = 4  # letters: a shorter word is too often a function word to tell a topic
_STEM = 5  # letters of the cheap stem
_COMPOUNDING = frozenset({"de", "nl"})  # languages that write compounds as one word


@dataclass(frozen=True)
class Overlap:
    """One sentence's content words (lowercase, in order, each once) and those of them the rest of
    the story shares (with any word of three letters it has whole)."""

    words: tuple[str, ...]
    shared: tuple[str, ...]


@lru_cache(maxsize=1)
def _raw_file() -> dict:
    import yaml

    return yaml.load(
        (Path(__file__).resolve().parent / "data" / "topic_words.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )


def _raw() -> dict:
    return _raw_file()["topic_words"]


@lru_cache(maxsize=16)
def _no_topic(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of ``lang`` that carry no topic: whole words, and prefixes ("govern-")."""
    listed = [w.lower() for group in _raw().get(lang, {}).values() for w in group]
    words = {w for w in listed if not w.endswith("-")}
    words |= function_words().get(lang, frozenset()) | foreign_speech_verbs() | acts(lang)
    prefixes = tuple(w[:-1] for w in listed if w.endswith("-"))
    return frozenset(words), prefixes


def known_language(lang: str | None) -> bool:
    """Whether the data lists words of no topic for ``lang`` (else no sentence is read)."""
    return lang is not None and lang in _raw()


def _folded(word: str) -> str:
    """``word`` in lowercase without its accents ("powódź" and "powodzi" share "powod")."""
    low = word.lower().replace("ł", "l").replace("ß", "ss")
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def content_words(text: str, lang: str, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """The content words of ``text`` in lowercase without accents, each once, without those of
    ``leave_out`` (lowercase: an official's title and name, whose words are no topic)."""
    return _words(text, lang, leave_out, lambda n: n >= _SHORTEST)


def _short_words(text: str, lang: str, leave_out: frozenset[str]) -> list[str]:
    """The words of three letters of ``text`` that may tell a topic ("eau", "Weg", "tax"), as
    ``content_words``: those the data lists as the commonest ("had", "day") left out."""
    return _words(text, lang, leave_out, lambda n: n == _SHORTEST - 1)


def _words(text: str, lang: str, leave_out: frozenset[str], length: Callable[[int], bool]) -> list[str]:
    words, prefixes = _no_topic(lang)
    seen: dict[str, None] = {}
    for w in LETTERS.findall(text):
        low = w.lower()
        if not length(len(low)) or low in words or low in leave_out or low.startswith(prefixes):
            continue
        seen.setdefault(_folded(low))
        # (a possessive the tokeniser split, "Harwick's", keeps the name: its "s" is too short)
    return list(seen)


# a German or Dutch participle's separable prefix and "ge" ("ausge|liefert", "opge|roepen"): a
# stem of five letters would hold little more than these and tie "ausgeliefert" to "ausgelaufen",
# so the stem runs three letters past them
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|aan|af|bij|in|mee|na|op|toe|uit|voor)ge"
)


def _stem(word: str, compounds: bool) -> str:
    """The cheap stem of a word: its first five letters, or a participle's prefix and three more."""
    if compounds and (m := _PARTICIPLE.match(word)):
        return word[: m.end() + 3]
    return word[:_STEM]


class _Story:
    """The content words of the rest of a story, indexed for ``_shares``."""

    def __init__(self, words: set[str], compounds: bool):
        self.compounds = compounds
        self.stems = {_stem(w, compounds) for w in words}
        self.short = {w for w in words if len(w) < _STEM}  # a four-letter word: its own stem
        self.starts = {w[:_SHORTEST] for w in words}  # what a four-letter word may begin
        self.long = [w for w in words if len(w) >= _STEM] if compounds else []

    def shares(self, word: str) -> bool:
        if len(word) < _STEM:
            return word in self.starts  # "rain" and "rainfall"
        if _stem(word, self.compounds) in self.stems or word[:_SHORTEST] in self.short:
            return True
        # a compound and its part: "Impfstoffforschung" and "Forschung", "Wasser" and "Hochwasser"
        return any(w in word or word in w for w in self.long)


@dataclass(frozen=True)
class Topic:
    """The content words of a story's sentences (or of some of them), indexed for ``shared``."""

    story: _Story
    short: frozenset[str]  # its words of three letters
    lang: str


def topic_of(sentences: Sequence[str], lang: str) -> Topic:
    """The content words of ``sentences`` (a story's body), to test other lines against."""
    rest: set[str] = set()
    rest_short: set[str] = set()
    for text in sentences:
        rest.update(content_words(text, lang))
        rest_short.update(_short_words(text, lang, frozenset()))
    return Topic(_Story(rest, lang in _COMPOUNDING), frozenset(rest_short), lang)


def shared(text: str, topic: Topic, leave_out: frozenset[str] = frozenset()) -> Overlap:
    """How ``text`` shares content words with ``topic`` (``overlap``'s answer for one line)."""
    words = content_words(text, topic.lang, leave_out)
    same = [w for w in words if topic.story.shares(w)]
    same += [w for w in _short_words(text, topic.lang, leave_out) if w in topic.short]
    return Overlap(tuple(words), tuple(same))


def overlap(
    sentences: Sequence[str],
    index: int,
    lang: str,
    leave_out: frozenset[str] = frozenset(),
    joined: Sequence[int] = (),
) -> Overlap:
    """How sentence ``index`` of ``sentences`` (a story's, its headline included) shares content
    words with the others; ``leave_out`` as in ``content_words``; ``joined``: later sentences read
    as part of it (a quotation it opens that runs on). A word of three letters is shared when
    another sentence has it whole; it is none of the sentence's ``words`` (too short to tell a
    topic of its own)."""
    own = (index, *joined)
    rest = [text for i, text in enumerate(sentences) if i not in own]
    return shared(" ".join(sentences[i] for i in own), topic_of(rest, lang), leave_out)


@lru_cache(maxsize=1)
def _trades() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each trade of the data: the starts of its body's words and of its ground's."""
    raw = _raw_file().get("trades", {})
    return tuple((tuple(t["owner"]), tuple(t["ground"])) for t in raw.values())


def same_trade(owner: str, others: Sequence[str], lang: str) -> bool:
    """Whether a body's name (``owner``: "ministère de la Mer", "Volta Motors",
    "Verkehrsministeriums") is of a trade (topic_words.yaml's ``trades``) whose ground a word of
    ``others`` (the story's other sentences) starts with ("pêcheurs", "coches", "Pendler")."""
    names = [_folded(w) for w in LETTERS.findall(owner)]
    inside = lang in _COMPOUNDING  # ("Fischerei|ministeriums": the portfolio inside a compound)
    trades = [
        ground
        for starts, ground in _trades()
        if any(n.startswith(starts) or (inside and any(s in n for s in starts if len(s) > 4)) for n in names)
    ]
    if not trades:
        return False
    words = {_folded(w) for text in others for w in LETTERS.findall(text) if len(w) > 3}
    return any(w.startswith(ground) for ground in trades for w in words)


@lru_cache(maxsize=1)
def _fields() -> tuple[tuple[str, ...], ...]:
    """Each field of the data: the starts of its words."""
    return tuple(tuple(words) for words in _raw_file().get("fields", {}).values())


def same_field(here: str, others: Sequence[str]) -> bool:
    """Whether ``here`` (a sentence, a title's words included) and a sentence of ``others`` (the
    rest of the story) both write a word of one field (topic_words.yaml's ``fields``: "turnout"
    and "voters" are an election's)."""
    mine = {_folded(w) for w in LETTERS.findall(here) if len(w) > 3}
    fields = [starts for starts in _fields() if any(w.startswith(starts) for w in mine)]
    if not fields:
        return False
    words = {_folded(w) for text in others for w in LETTERS.findall(text) if len(w) > 3}
    return any(w.startswith(starts) for starts in fields for w in words)

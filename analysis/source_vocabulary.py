"""Names and numbers no source mentions (``novel_terms``): a figure or a name the sources never
use cannot be supported by them, whatever the model says."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .source_entries import Source
from .text import WORD_RUN


# A number standing alone: not the tail of a word ("COVID-19", "F-16", "4Q" are names, not figures).
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)\d+(?:[.,]\d+)*")
# A run of capitalised words, allowing the connectors of institution names ("Office of Fair
# Trading", "Police and Crime Commissioner"), never starting inside a word ("4Q", "iPhone").
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|de)\s+)?[A-Z][\w'’-]*)*")
_SENTENCE_OPENING = re.compile(r"^[\W\d_]*$")  # only quotes, brackets, dashes before the word
_NOT_NAMES = frozenset(
    """
i i'm i've i'd mr mrs ms dr prof sir dame lord lady st the a an and but or if in on at of for to
as by with from this that these those it its he she they we you his her their our my your there
then when while after before yes no ok okay prime minister president chancellor secretary king
queen prince princess chief executive director general governor mayor senator judge justice
captain coach manager chairman chairwoman chair ceo spokesman spokeswoman professor officer
sergeant inspector commissioner ambassador bishop pope monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
mp mps mep meps yoy qoq ytd
""".split()
)


@dataclass(frozen=True)
class SourceVocabulary:
    """What the sources mention, for the name-and-number check: lower-cased words and numbers
    (digits without thousands separators, number words as their values)."""

    words: frozenset[str]
    numbers: frozenset[str]
    initials: frozenset[str]  # initials of capitalised word runs ("European Union" -> "eu")
    places: frozenset[str] = frozenset()  # countries any of whose names the sources use


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Every name of a country or bloc in the lexicon (``analysis/data/demonyms.yaml``), lower-cased
    words joined by spaces -> the country: "us", "american", "washington" -> "United States"."""
    from factlint.analysis.lexicon import load_lexicon

    lex = load_lexicon()
    return {" ".join(k).lower(): v for table in (lex.places, lex.places_cased) for k, v in table.items()}


def _places_in(text: str) -> list[tuple[str, str]]:
    """(name as written, country) for each place name of the lexicon in ``text`` (any case)."""
    names = _place_names()
    tokens = [t.lower() for t in WORD_RUN.findall(text)]
    out = []
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            key = " ".join(tokens[i : i + size])
            if key in names:
                out.append((key, names[key]))
    return out


def vocabulary(srcs: Sequence[Source]) -> SourceVocabulary:
    from factlint.analysis.numtext import lexicon

    lex = lexicon()
    as_number = {**lex["units"], **lex["tens"], **lex["ordinals"]}
    words: set[str] = set()
    numbers: set[str] = set()
    initials: set[str] = set()
    for source in srcs:
        text = unicodedata.normalize("NFKC", source.doc.text)
        for token in WORD_RUN.findall(text):
            low = token.lower()
            words.add(low)
            if low in as_number:
                numbers.add(str(as_number[low]))
        numbers.update(n.replace(",", "") for n in _NUMBER.findall(text))
        tokens = [t.lower() for t in WORD_RUN.findall(text)]
        for a, b in zip(tokens, tokens[1:]):  # "twenty five" (or "twenty-five") = 25
            if a in lex["tens"] and b in lex["units"] and lex["units"][b] < 10:
                numbers.add(str(lex["tens"][a] + lex["units"][b]))
        for size in (3, 4, 5):  # "convolutional neural network" spells "CNN"
            initials.update(
                "".join(w[0] for w in tokens[i : i + size]) for i in range(len(tokens) - size + 1)
            )
        for run in re.finditer(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|de)\s+)?){1,6}", text + " "):
            caps = [w for w in run.group().split() if w[:1].isupper()]
            for i in range(len(caps)):  # every sub-run: "The European Union" gives "eu" too
                for j in range(i + 2, len(caps) + 1):
                    initials.add("".join(w[0] for w in caps[i:j]).lower())
    places = {country for source in srcs for _, country in _places_in(source.doc.text)}
    return SourceVocabulary(frozenset(words), frozenset(numbers), frozenset(initials), frozenset(places))


def novel_terms(claim: str, vocab: SourceVocabulary) -> tuple[str, ...]:
    """Numbers and names in ``claim`` that no source mentions: "1952", "Madrid".

    Numbers: digits (thousands separators ignored) and number words, found in the sources as
    digits or as words ("three" = "3"). Names: capitalised words not opening the sentence
    (which may be any word), minus titles, pronouns, days and months (the date rules check
    those); found when a source word equals it or shares its stem (the first ``len - 3``
    letters, at least four: "Russian" ~ "Russia", "Chinese" ~ "China"), or, for an acronym, a
    source's capitalised run has those initials ("EU" ~ "European Union"). A name of several
    capitalised words counts as mentioned when any of its words is ("Tony Abbott" ~ "Mr
    Abbott") or the sources spell its initials ("International Monetary Fund" ~ "IMF"; any
    three to five words: "convolutional neural network" ~ "CNN"). Also:
    - a country, demonym or capital of the lexicon (``analysis/data/demonyms.yaml``) counts as
      mentioned when the sources name the same country any way ("US" ~ "American");
    - a name run may hold "of", "the", "for", "and", "de" ("Office of Fair Trading");
    - not names: single letters, plurals of titles ("MPs"), "YoY"-style abbreviations; a
      hyphenated word needs only its capitalised pieces mentioned ("AI-assisted" ~ "AI");
    - not figures: digits that end a word ("COVID-19"); "twenty-five" in a source is 25.
    These cut the check's false reports on consistent summaries (SummEdits sales e-mails 13% ->
    1%, earnings calls 20% -> 1%) at some cost in recall. A country word in an all-lower-case
    claim is not checked: XSum's summaries name places the article implies (London, UK),
    which doubled the false reports there."""
    from factlint.analysis.numtext import lexicon

    lex = lexicon()
    as_number = {**lex["units"], **lex["tens"], **lex["ordinals"]}
    found: list[str] = []
    for n in _NUMBER.findall(claim):
        if n.replace(",", "") not in vocab.numbers:
            found.append(n)
    for m in WORD_RUN.finditer(claim):
        low = m.group().lower()
        if (
            low in as_number
            and low not in vocab.words
            and str(as_number[low]) not in vocab.numbers
            and low not in ("first", "second", "last", "one")
        ):  # "one of", "a second time"
            found.append(m.group())
    for m in _NAME_RUN.finditer(claim):
        words = [re.sub(r"['’]s$", "", w).strip("'’-") for w in m.group().split()]
        before = claim[: m.start()]
        if _SENTENCE_OPENING.match(before) or before.rstrip().endswith((".", "!", "?", ":")):
            words = words[1:]  # any word may open a sentence
        parts = [w for w in words if w[:1].isupper()]  # connectors ("of", "and") aside
        names = [
            _singular(p)
            for p in parts
            if len(p) > 1
            and p.lower() not in _NOT_NAMES
            and _singular(p).lower() not in _NOT_NAMES
            and not any(ch.isdigit() for ch in p)
        ]
        if not names:
            continue
        # One name of several words ("Prime Minister Tony Abbott", "Warwick Davis") is
        # mentioned when any of its words is, or its initials are ("IMF").
        initials = "".join(p[0] for p in parts).lower()
        if len(parts) > 1 and initials in vocab.words:
            continue
        if _place_mentioned(" ".join(parts), vocab):
            continue
        # Hyphenated: its capitalised pieces must be mentioned ("AI-assisted" ~ "AI").
        if not any(
            all(_mentioned(piece, vocab) for piece in name.split("-") if piece[:1].isupper())
            for name in names
        ):
            found.append(" ".join(names))
    return tuple(dict.fromkeys(found))


def _singular(word: str) -> str:
    """An acronym's plural as its singular: "MPs" -> "MP"."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word


def _place_mentioned(name: str, vocab: SourceVocabulary) -> bool:
    """Whether ``name`` is a place the lexicon knows and the sources name it some way: "US" ~
    "American", "British" ~ "UK"."""
    places = _places_in(name)
    return bool(places) and all(country in vocab.places for _, country in places)


def _mentioned(word: str, vocab: SourceVocabulary) -> bool:
    low = word.lower()
    if low in vocab.words or low in _NOT_NAMES:
        return True
    if word.isupper() and 2 <= len(word) <= 5 and low in vocab.initials:
        return True
    stem = max(4, len(low) - 3)
    return len(low) >= 5 and any(w.startswith(low[:stem]) for w in vocab.words if len(w) >= stem)

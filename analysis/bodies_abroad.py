"""A body of a state that speaks or acts by itself, with no person ("the (demonym) interior
ministry said", "das (demonym) Außenministerium kritisierte", "le ministère (demonym) de
l'Intérieur a annoncé", "el Ministerio de Exteriores de (Land) pidió"): a ministry, government,
embassy or armed force of ``speaking_bodies`` in offices_abroad.yaml, owned by a listed country
(``bodies``) right before its noun, right after it, or at the end of its name's capitalised
words and links. Read as a title of office "body" with no name, so that FL201's officials
abroad set it up as one (the country named elsewhere, the opening, quotations, the story's own
country). Not a firm, club, university, news agency or the police; not an international body."""

from __future__ import annotations

import re
from functools import lru_cache

from factlint.analysis.offices_abroad import (
    Title,
    _data,
    _in_a_quotation,
    _raw,
    acts,
    auxiliaries,
    body,
    capital,
    participle,
)
from factlint.analysis.languages import function_words
from factlint.analysis.quotes import foreign_speech_verbs
from factlint.analysis.text import WORD


@lru_cache(maxsize=1)
def _nouns() -> dict:
    raw = _raw().get("speaking_bodies", {})
    return {
        lang: (
            tuple(tuple(w.split()) for w in spec.get("words", ())),
            tuple(spec.get("ends", ())),
            frozenset(spec.get("homes", ())),
        )
        for lang, spec in raw.items()
    }


@lru_cache(maxsize=None)
def _gate(lang: str) -> re.Pattern:
    """A cheap test that a sentence may hold a body's noun: any of the language's noun words."""
    pieces, ends, _ = _nouns()[lang]
    words = sorted(
        {p[0] for p in pieces} | set(ends), key=lambda w: (-len(w), w)
    )  # (a fixed order: the startup cache finds it again)
    return re.compile("|".join(re.escape(w.lower()) for w in words))  # (searched in lowercased text)


@lru_cache(maxsize=1)
def _possessives() -> frozenset[str]:
    return frozenset(_raw().get("body_possessives", ()))


@lru_cache(maxsize=1)
def body_verbs() -> frozenset[str]:
    """English verbs by which a state's body speaks or acts ("said", "urged")."""
    return frozenset(_raw().get("body_verbs", {}).get("en", ()))


def _country(word: str, homes: frozenset[str]) -> str | None:
    """The listed country a word names ("norwegische", "Noruega", "Danish"), not the story's own
    language's country nor an international body."""
    key = body(word)
    if key is None or key in homes or key.startswith(_data()["supranational"]):
        return None
    return key if " union" not in key and "nations" not in key else None


def _elided(word: str) -> str:
    """A word without the elided article or link glued to it ("L'ambasciata", "dell'Interno")."""
    head, mark, rest = word.replace("’", "'").partition("'")
    return rest if mark and rest and len(head) <= 4 else word


def _noun_at(words: list, i: int, lang: str) -> int:
    """How many words a body's noun takes from word ``i`` on (0: none)."""
    pieces, ends, _ = _nouns()[lang]
    low = words[i].group().lower()
    if ends and len(low) > 4 and low.endswith(ends):
        return 1
    run = [_elided(w.group()).lower() for w in words[i : i + 2]]
    for piece in pieces:
        if tuple(run[: len(piece)]) == piece:
            return len(piece)
    return 0


def _owner_after(
    words: list, j: int, lang: str, homes: frozenset[str], ministry: bool
) -> tuple[str, int] | None:
    """A country at the end of a body's name after its noun: over links and capitalised words
    ("de Exteriores de Noruega", "van Buitenlandse Zaken", "degli Esteri norvegese"), or up to
    three lowercase portfolio words of a ministry that are no verb ("del ministerio de salud de
    X"); the word right after the noun a lowercase demonym ("ministère belge"). A lowercase
    word past the portfolio's first words names no country by a start it shares with one
    ("atención")."""
    paths = _data()["owner_paths"].get(lang, frozenset())
    verbs = foreign_speech_verbs() | acts(lang) | auxiliaries(lang)
    lowercase = 0
    for k in range(j, min(j + 7, len(words))):
        w = _elided(words[k].group())
        if (capital(w) or k == j or ministry) and (key := _country(w, homes)) is not None:
            return key, k
        if w.lower() in paths or capital(w):
            continue
        lowercase += 1
        if not ministry or lowercase > 3 or lang == "en" or w.lower() in verbs or participle(w, lang):
            return None
    return None


def _name_end(words: list, k: int, lang: str) -> int:
    """The last word of a body's name from word ``k`` on: links followed by capitalised words
    ("de l'Intérieur", "van Buitenlandse Zaken")."""
    paths = _data()["owner_paths"].get(lang, frozenset())
    end = k
    for n in range(k + 1, min(k + 6, len(words))):
        w = _elided(words[n].group())
        if capital(w):
            end = n
        elif w.lower() not in paths:
            break
    return end


def opens_as_subject(text: str, t: Title, lang: str) -> bool:
    """Whether the body of ``t`` opens its sentence (an article at most before it) and a verb
    follows its name: the next word lowercase, an auxiliary or no function word of the language
    ("Das (demonym) Außenministerium bot Hilfe an", "El ministerio de salud de X envió")."""
    if len(WORD.findall(text[: t.owner_start])) > 1:
        return False
    after = WORD.findall(text[t.owner_end : t.owner_end + 30])[:1]
    if (
        not after
        or not after[0].islower()
        or not text[t.owner_end : t.owner_end + 2].strip(" ")[:1].isalpha()
    ):
        return False
    word = after[0]
    return word in auxiliaries(lang) or word not in function_words().get(lang, frozenset())


def speaking_bodies(doc, lang: str) -> tuple[Title, ...]:
    """The bodies of foreign states named in ``doc``'s sentences (``lang``: the article's
    language, "en" included), each as a Title of office "body" with no name."""
    if lang not in _nouns():
        return ()
    homes = _nouns()[lang][2]
    found: list[Title] = []
    gate = _gate(lang)
    for s in doc.sentences:
        if not gate.search(s.text.lower()):
            continue
        words = list(WORD.finditer(s.text))
        for i in range(len(words)):
            size = _noun_at(words, i, lang)
            if not size:
                continue
            if i and words[i - 1].group().lower() in _possessives():
                continue  # ("su gobierno": someone's already)
            start = i
            owner = None
            if i and (key := _country(words[i - 1].group(), homes)):
                owner, start = key, i - 1  # ("das norwegische Außenministerium", "Danish government")
            elif lang == "en" and i > 1 and words[i - 1].group().islower():
                if key := _country(words[i - 2].group(), homes):
                    owner, start = key, i - 2  # ("the Danish interior ministry")
            last = i + size - 1
            ministry = words[i].group().lower().startswith("minist")
            if owner is None and (after := _owner_after(words, i + size, lang, homes, ministry)):
                owner, last = after
            if owner is None:
                continue
            last = _name_end(words, last, lang)
            a, b = words[start].start(), words[last].end()
            found.append(
                Title(s.index, a, b, "body", owner, s.text[a:b], a, b, None, b, _in_a_quotation(s.text, a))
            )
    return tuple(found)

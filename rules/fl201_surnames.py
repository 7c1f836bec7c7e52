"""FL201's reading of a one-name newcomer who deals with the cast: a person named by one name
only ("Mendes", "De Vries", "Kowalskiego"), written nowhere else in the story, who enters past the
opening meeting, thanking, praising or talking with someone the story set up by full name, as
the one who deals ("Mercoledì Kowalski ha incontrato la sindaca Ellori") or the one dealt with
("Ellory later thanked Mendes", "Woensdag sprak De Vries met burgemeester Ellers"). The words are
data (``rules/data/surname_dealings.yaml``), per language; the rule's other one-name tests (a
speaker, "Guo said") read the mentions, which know English names only."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from factlint.analysis.languages import any_function_words
from factlint.analysis.mentions import Entity, Mentions
from factlint.analysis.text import Token, word_tokens
from factlint.linter.document import Document

DATA_FILE = Path(__file__).parent / "data" / "surname_dealings.yaml"

# the languages of the data; an article in another gets no reading
LANGUAGES = ("en", "de", "nl", "es", "pt", "it", "fr", "pl")


class Dealing(NamedTuple):
    """A one-name newcomer at ``start:end`` of sentence ``sentence`` dealing with ``partner``."""

    sentence: int
    start: int
    end: int
    name: str
    partner: Entity


@lru_cache(maxsize=1)
def _lists() -> dict:
    import yaml

    raw = yaml.load(
        DATA_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    out: dict = {
        key: {lang: frozenset(words) for lang, words in raw[key].items()}
        for key in ("deals", "talks", "with", "auxiliaries", "openers", "articles", "together", "agents")
    }
    out["not_names"] = frozenset(raw["not_names"])
    out["titles"] = tuple(raw["titles"])
    out["people_after"] = frozenset(raw["people_after"])
    out["noun_ends"] = {lang: tuple(ends) for lang, ends in raw["noun_ends"].items()}
    out["particles"] = {key: frozenset(words) for key, words in raw["particles"].items()}
    return out


def _words(key: str, lang: str) -> frozenset[str]:
    return _lists()[key].get(lang, frozenset())


def _same_name(a: str, b: str) -> bool:
    """Two forms of one name, a case ending apart at most ("Kowalski", "Kowalskiego", "Merkels"),
    accents aside ("Muller", "Müller")."""
    a, b = _plain(a), _plain(b)
    short = min(len(a), len(b))
    keep = max(4, short - 2)
    return short >= 4 and a[:keep] == b[:keep] and abs(len(a) - len(b)) <= 4


@lru_cache(maxsize=4096)
def _plain(word: str) -> str:
    """The word without its accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _name_shaped(tok: Token) -> bool:
    """A capitalised word of letters (an inner hyphen or apostrophe allowed: "Ponce-Enrile",
    "D'Amato"), four letters at least, not all capitals (an acronym) and no capital inside
    but after a surname's prefix ("McKay")."""
    text = tok.text
    if not tok.cap or len(text) < 4 or tok.all_caps or not text.replace("-", "").replace("'", "").isalpha():
        return False
    if any(text[i].isupper() and text[i - 1].isupper() for i in range(1, len(text))):
        return False  # ("MSPs", "NGOs": a plural acronym)
    inner = [i for i in range(1, len(text)) if text[i].isupper() and text[i - 1].islower()]
    return not inner or text[: inner[0]] in ("Mc", "Mac", "Di", "De", "Da", "Van", "Von", "Le", "La", "Du")


def _name_at(toks: tuple[Token, ...], i: int, lang: str) -> tuple[int, int] | None:
    """The one-word name (a capitalised particle may open it: "De Vries", "Van der Berg") whose
    last word is token ``i``: (its first token, ``i``); none when a capitalised word runs on
    before or after it (a longer name, a body, a German noun phrase) or when it opens the
    sentence on a Dutch article ("De Kamer")."""
    particles = _lists()["particles"]
    first = i
    while first > 0 and toks[first - 1].low in particles["joins"] and first - 2 >= 0:
        if toks[first - 2].text not in particles["capital"]:
            break
        first -= 1
    if first > 0 and toks[first - 1].text in particles["capital"]:
        first -= 1
    if first != i and first == 0 and lang == "nl" and toks[0].low in ("de", "het"):
        return None  # ("De Kamer ontving ...": the article)
    if first > 0 and toks[first - 1].cap and toks[first - 1].is_word:
        if first - 1 != 0 or toks[0].low not in _words("openers", lang):
            return None  # a longer name ("Anna Mendes"), or a body's ("Volta Mendes")
    if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].is_word:
        return None
    if i + 1 < len(toks) and toks[i + 1].text in ("'s", "’s", "(", "&", "-", "‐"):
        return None  # an owner's ("Mendes's team"), an acronym's, a firm's, a compound's ("Météo-France")
    if i + 1 < len(toks) and toks[i + 1].low in _lists()["people_after"]:
        return None  # a place's or a body's people ("met with Dunmore officials")
    if first > 0 and toks[first - 1].text in ("-", "‐") and not toks[first - 1].space_before:
        return None
    if first > 0 and toks[first - 1].low in _words("articles", lang):
        return None  # a noun or a body ("the Executive", "die Kommission")
    if first > 1 and _a_role(toks[first - 1], lang) and toks[first - 2].low in _words("articles", lang):
        return None  # given a role ("o atacante Juninho", "the engineer Mendes")
    if i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].low in _words("articles", lang):
        return None  # set up by an apposition ("Bevis, a young man who ...", "Kowalski, il prefetto")
    return first, i


def _a_role(tok: Token, lang: str) -> bool:
    """Whether a lowercase word before a name may be its role ("o atacante Juninho"): no verb or
    "with" of the data."""
    low = tok.low
    return (
        tok.is_word
        and not tok.cap
        and not any(low in _words(k, lang) for k in ("deals", "talks", "with", "agents"))
    )


def _deals_around(toks: tuple[Token, ...], first: int, last: int, lang: str) -> bool:
    """Whether the name (tokens ``first``..``last``) deals with someone: after a verb of ``deals``
    (or a talk's "with", "to": "ringraziato Kowalski", "recibió a Kowalski", "sprak met De
    Vries"), an adverb between ("dankte später Kowalski"), between a talk and its "with" ("sprak
    De Vries met"), or right before one, past auxiliaries and clitics ("Kowalski ha incontrato",
    "Kowalski se reunió con")."""
    deals, talks, withs = _words("deals", lang), _words("talks", lang), _words("with", lang)
    before = toks[first - 1].low if first > 0 else ""
    verb = _word_before(
        toks, first - 1 if before in withs or before in _words("agents", lang) else first, lang
    )
    if verb in deals:
        return True
    if before in talks and last + 1 < len(toks) and toks[last + 1].low in withs:
        return True  # ("Woensdag sprak De Vries met ...": the subject after its verb)
    if before in withs and (
        verb in deals
        or verb in talks
        or verb in _words("together", lang)
        or _talk_in_clause(toks, first, last, lang)
    ):
        return True
    if before in _words("agents", lang) and _participle_of(verb, deals):
        return True  # ("è stata ricevuta da Kowalski", "wurde von ... empfangen" is the clause's)
    j = last + 1
    while j < len(toks) and toks[j].low in _words("auxiliaries", lang):
        j += 1
    return j < len(toks) and (toks[j].low in deals or toks[j].low in talks) and not toks[j].cap


def _word_before(toks: tuple[Token, ...], at: int, lang: str) -> str:
    """The word before token ``at``, past up to two adverbs or auxiliaries ("dankte später",
    "agradeció después a")."""
    k = at - 1
    for _ in range(2):
        if k > 0 and toks[k].low in _words("auxiliaries", lang):
            k -= 1
    return toks[k].low if k >= 0 else ""


def _participle_of(word: str, deals: frozenset[str]) -> bool:
    """Whether ``word`` is a form of ``deals`` or a participle of one in another gender or number
    ("ricevuta", "recibida", "reçue", "accueillie": "ricevuto", "recibido", "reçu", "accueilli")."""
    return bool(word) and any(w in deals for w in (word, word[:-1] + "o", word[:-1], word[:-2]))


def _talk_in_clause(toks: tuple[Token, ...], first: int, last: int, lang: str) -> bool:
    """Whether a verb of ``talks`` stands within four words of the name's "with", in its clause
    ("sprak woensdag met De Vries", "hat mit Kowalski gesprochen")."""
    talks = _words("talks", lang)
    if not talks:
        return False
    for step, start in ((-1, first - 2), (1, last + 1)):
        k, seen = start, 0
        while 0 <= k < len(toks) and seen < 5:
            if not toks[k].is_word:
                if toks[k].text in ',;:.!?()"“”«»':
                    break
            elif toks[k].low in talks:
                return True
            seen += toks[k].is_word
            k += step
    return False


def _lower_particle(toks: tuple[Token, ...], first: int, lang: str) -> int:
    """A lowercase particle before the name right after a verb or "with" ("met van Dijk", "com
    da Silva"): where the name then starts."""
    if first > 1 and toks[first - 1].low in _lists()["particles"]["lower"] and not toks[first - 1].cap:
        if toks[first - 2].low in _words("with", lang) | _words("deals", lang):
            return first - 1
    return first


class _Story(NamedTuple):
    """Each sentence's capitalised words, once per story."""

    capitals: list[list[str]]
    people: list[tuple[int, str, Entity]]  # (first sentence, surname, entity) of the cast
    words: list[frozenset[str]]  # each sentence's words, lower case


def _story(doc: Document, ms: Mentions) -> _Story:
    capitals = [[t.text for t in word_tokens(s.text) if t.cap and t.is_word] for s in doc.sentences]
    people = []
    for ent in ms.entities:
        full = (ent.full_name or "").split()
        if ent.kind == "person" and len(full) >= 2 and full[-1][:1].isupper():
            people.append((ent.first.sentence, full[-1], ent))
    words = [frozenset(t.low for t in word_tokens(s.text) if t.is_word) for s in doc.sentences]
    return _Story(capitals, people, words)


def _written_elsewhere(story: _Story, doc: Document, name: str, here: int) -> bool:
    """Whether the name is written before, in any form ("Kowalski" for "Kowalskiego"), or later
    beside another capitalised word (a full name given after: "Jan Kowalski")."""
    for index, words in enumerate(story.capitals):
        if index == here:
            continue
        if index < here and any(_same_name(w, name) for w in words):
            return True
        if index > here and any(_same_name(w, name) for w in words):
            toks = word_tokens(doc.sentences[index].text)
            for k, t in enumerate(toks):
                if t.cap and _same_name(t.text, name) and not _alone(toks, k):
                    return True
    return False


def _alone(toks: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` has no capitalised word beside it (the sentence's first word aside)."""
    before = k > 1 and toks[k - 1].cap and toks[k - 1].is_word
    after = k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].is_word
    return not before and not after


def _a_name(tok: Token, lang: str) -> bool:
    """Whether a capitalised word may be a surname in copy of ``lang``: no body, pronoun,
    function word, weekday, title ("President", "Innenminister") or German common noun."""
    low = tok.low
    if low in _lists()["not_names"] or low in any_function_words() or low in _words("openers", lang):
        return False
    titles = _lists()["titles"]
    if low.startswith(titles) or (lang in ("de", "nl") and any(t in low for t in titles)):
        return False
    return not low.endswith(_lists()["noun_ends"].get(lang, ("\x00",)))


def _partner(
    story: _Story, doc_words: list[frozenset[str]], toks: tuple[Token, ...], here: int, skip: range, lang: str
) -> Entity | None:
    """A person the story named in full before sentence ``here`` whom the sentence names again
    (by the surname, in any case ending), outside the newcomer's own words."""
    for k, t in enumerate(toks):
        if k in skip or not t.cap or not t.is_word or not _a_name(t, lang):
            continue
        for sentence, surname, ent in story.people:
            if sentence < here and _same_name(t.text, surname):
                return ent
    return _partner_by_title(story, doc_words, toks, here, skip)


def _partner_by_title(
    story: _Story, doc_words: list[frozenset[str]], toks: tuple[Token, ...], here: int, skip: range
) -> Entity | None:
    """A person the story named in full before sentence ``here`` with a title the sentence names
    them by ("Bürgermeisterin Margarete Eller" ... "Die Bürgermeisterin sprach mit X"; "The mayor,
    Jane Roe," ... "the mayor thanked X"): the title's word in the sentence where the person was
    first named, and no other person named there."""
    titles = _lists()["titles"]
    for k, t in enumerate(toks):
        if k in skip or not t.is_word or not t.low.startswith(titles):
            continue
        named = [ent for sentence, _, ent in story.people if sentence < here and t.low in doc_words[sentence]]
        if len({id(e) for e in named}) == 1:
            return named[0]
    return None


def _in_quote(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of its sentence: an odd count of double marks before
    it, more guillemets opened than closed, or a single mark that opens a word ("'Ellory thanked
    Mendes,' she said", as British copy quotes) with none closing a word after it."""
    head = text[:at]
    if (head.count('"') + head.count("“") + head.count("”")) % 2 == 1 or head.count("«") > head.count("»"):
        return True
    last_open = max((i for i, c in enumerate(head) if c in "'‘" and _opens_a_word(head, i)), default=-1)
    return last_open >= 0 and not any(_closes_a_word(head, i) for i in range(last_open + 1, len(head)))


def _opens_a_word(text: str, i: int) -> bool:
    return (i == 0 or text[i - 1] in " ([") and text[i + 1 : i + 2].isalpha()


def _closes_a_word(text: str, i: int) -> bool:
    return text[i] in "'’" and not text[i - 1].isspace() and not text[i + 1 : i + 2].isalpha()


def dealings(doc: Document, ms: Mentions, lang: str, late: Iterable[int], unknown) -> Iterable[Dealing]:
    """The one-name newcomers of the ``late`` sentences who deal with the cast (see the module's
    docs). ``unknown(name)``: whether the word lists know the word for none of a place, a body, a
    brand or a common word (the rule's lexicon tests)."""
    if lang not in LANGUAGES:
        return
    story = None
    for index in late:
        text = doc.sentences[index].text
        toks = word_tokens(text)
        for i, tok in enumerate(toks):
            if not _name_shaped(tok):
                continue
            span = _name_at(toks, i, lang)
            if span is None:
                continue
            first = _lower_particle(toks, span[0], lang)
            if not _deals_around(toks, first, i, lang) or _in_quote(text, toks[first].start):
                continue
            opening = first == next(k for k, t in enumerate(toks) if t.is_word)
            if tok.low in _words("openers", lang) or (opening and (lang == "en" or i + 1 >= len(toks))):
                continue  # (a weekday; English copy's sentence-opening name is the rule's one-name actor's)
            if not _a_name(tok, lang) or not unknown(tok.text):
                continue
            story = story or _story(doc, ms)
            if _written_elsewhere(story, doc, tok.text, index):
                continue
            partner = _partner(story, story.words, toks, index, range(first, i + 1), lang)
            if partner is None:
                continue
            yield Dealing(index, toks[first].start, tok.end, text[toks[first].start : tok.end], partner)
            break  # (one newcomer a sentence)

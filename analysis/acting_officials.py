"""Whether an official named by a title (its owner and name with it) is the subject of a finite
verb of its sentence: the one reading of "acts" that FL201's late officials share with "says".
A subject opens its sentence or main clause, an article and a short opener at most before it
("Later, Ostrian Interior Minister Jane Roe offered ...", "In serata il console della Tarvelia
ha ...", "Am Nachmittag hat der tarvelische Minister ..."), and its verb follows it: the first
word after the title and a name set off by commas is lowercase and none of the language's closed
words (``clause_words`` of offices_abroad.yaml: a conjunction, relative, preposition, article or
pronoun says no verb of the official's follows), after an adverb at most. In German and Dutch the
verb may come before the subject (verb second: "Donderdag bezocht de Tarveelse minister ...").
Not a title governed by a preposition ("con el ministro de X"), nor one after a verb of a
Romance clause whose subject went before ("Ha incontrato il console ..."): an object."""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.offices_abroad import (
    _data,
    _raw,
    acts,
    auxiliaries,
    being,
    capital,
    final_participle,
    links,
    participle,
)
from factlint.analysis.languages import function_words
from factlint.analysis.quotes import foreign_speech_verbs
from factlint.analysis.text import WORD

# the languages whose main clause puts its finite verb second, after an opener and before the
# subject; their accusative and dative articles mark an object there, not the subject
_VERB_SECOND = frozenset({"de", "nl"})
_OBJECT_ARTICLES = frozenset({"den", "dem"})
_OPENER_WORDS = 3  # words of an opener with no comma ("Am Nachmittag", "In serata")
_CLAUSE_WORDS = 6  # words of an opener closed by a comma ("Nach dem Treffen mit den Helfern,")
_QUOTES = '"“”«»„'


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, frozenset[str]]]:
    raw = _raw()
    return {
        key: {lang: frozenset(words) for lang, words in raw.get(key, {}).items()}
        for key in (
            "clause_words",
            "clause_helpers",
            "clause_copulas",
            "clause_subordinators",
            "clause_adverbs",
            "preverbal",
        )
    }


@lru_cache(maxsize=16)
def _closed(lang: str) -> frozenset[str]:
    """The words of ``lang`` that are no finite verb of a subject right before them."""
    return (
        _lists()["clause_words"].get(lang, frozenset())
        | function_words().get(lang, frozenset())
        | links(lang)
        | _data()["owner_paths"].get(lang, frozenset())
        | frozenset(_raw().get("articles", ()))
    ) - _finite(lang)


@lru_cache(maxsize=16)
def _finite(lang: str) -> frozenset[str]:
    """The words of ``lang`` that are a finite verb whatever else the lists say ("a", "hat")."""
    return auxiliaries(lang) | being(lang) | _lists()["clause_helpers"].get(lang, frozenset())


def _a_verb(word: str, lang: str) -> bool:
    """A word the lists of ``lang`` know as a verb ("anunció", "hat", "told"); English: a past
    tense too ("thanked")."""
    low = word.lower()
    return (
        low in _finite(lang)
        or low in acts(lang)
        or low in foreign_speech_verbs()
        or (lang == "en" and low.endswith("ed"))
    )


def acts_as_subject(text: str, start: int, end: int, lang: str, helped: bool = False) -> bool:
    """Whether the official at ``text[start:end]`` (title, owner and name) is the subject of a
    finite verb of the sentence ``text`` in ``lang`` (see the module's docstring); ``helped``:
    only a helper or modal counts as the verb (an English body's name runs on into nouns:
    "(demonym) Navy ships")."""
    if lang not in _lists()["clause_words"]:
        return False
    if lang in _VERB_SECOND and _OBJECT_ARTICLES.intersection(
        w.lower() for w in WORD.findall(text[start:end])
    ):
        return False  # (a second noun phrase inside: "Bürgermeisterin dem ... Minister")
    head = text[:start]
    if any(q in head for q in _QUOTES):
        return False  # (a quotation's speaker is read by the speech tests)
    found = list(WORD.finditer(head))
    articles = _articles()
    tail = head[found[-1].end() :] if found else ""
    if found and found[-1].group().lower() in articles and tail in ("", " ", "'", "’"):
        if lang in _VERB_SECOND and found[-1].group().lower() in _OBJECT_ARTICLES:
            return False
        head = head[: found[-1].start()]  # ("Der ...", "l'ambassadeur")
        found = found[:-1]
    before = [w.group() for w in found]
    if before and lang in _VERB_SECOND and _verb_second(before, lang):
        return True  # ("Am Nachmittag hat der ... Minister", "Donderdag bezocht de ... minister")
    if before and lang in _VERB_SECOND and _verb_last(head, before, text, end, lang):
        return True  # ("Wie der ... Minister am Abend mitteilte, ...")
    if before and not _opener(head, before, lang):
        return False
    return _verb_after(text, end, lang, helped)


def _verb_second(before: list[str], lang: str) -> bool:
    """Whether the words before a German or Dutch subject are a short opener and its verb."""
    verb, opener = before[-1], before[:-1]
    return (
        0 < len(opener) <= _OPENER_WORDS
        and opener[0][:1].isupper()
        and _opens_an_adverbial(opener[0], lang)
        and verb.islower()
        and verb not in _closed(lang)
    )


def _verb_last(head: str, before: list[str], text: str, end: int, lang: str) -> bool:
    """Whether a German or Dutch subject opens a clause whose verb comes last: a subordinator
    right before it (and its article), first in the sentence or after a comma, and the clause
    ends on a lowercase word that is no closed one ("..., nachdem der ... Minister die Stelle
    besucht hatte.")."""
    if before[-1].lower() not in _lists()["clause_subordinators"].get(lang, ()):
        return False
    if len(before) > 1 and not head.rstrip()[: -len(before[-1])].rstrip().endswith(","):
        return False
    stop = min((i for i in (text.find(c, end) for c in _CLAUSE_ENDS) if i >= 0), default=len(text))
    clause = WORD.findall(text[end:stop])
    return 0 < len(clause) <= 15 and clause[-1].islower() and clause[-1] not in _closed(lang)


def _opens_an_adverbial(word: str, lang: str) -> bool:
    """Whether ``word``, first in its sentence, opens a time or place phrase (a preposition or an
    adverb of the lists: "Am", "In", "Donderdag", "Ayer"), not a subject of its own ("De
    gemeente stuurde de ... minister", "A família abraçou o embaixador": an article first)."""
    low = word.lower()
    return low not in _articles() and (
        low in _lists()["clause_words"][lang] or low in _lists()["clause_adverbs"].get(lang, ())
    )


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    """The articles of the data's languages, definite and indefinite."""
    return frozenset(_raw().get("articles", ())) | frozenset(
        "the a an un una uno um uma une een ein eine einer einem einen".split()
    )


def _opener(head: str, before: list[str], lang: str) -> bool:
    """Whether the words before a title are a short opener of its sentence: closed by a comma
    ("Entretanto,", "Later,"), or a few words with no verb of a Romance or English clause whose
    subject went before: a preposition or a time adverb first ("In serata", "Ayer"; not "Ha
    incontrato", "Residents thanked"), no verb after it and no preposition governing the title."""
    if not before[0][:1].isupper():
        return False
    if head.rstrip().endswith(","):
        return len(before) <= _CLAUSE_WORDS and "," not in head.rstrip()[:-1]
    last = before[-1].lower()
    return (
        len(before) <= _OPENER_WORDS
        and _opens_an_adverbial(before[0], lang)
        and last not in _closed(lang)
        and not any(_a_verb(w, lang) for w in before[1:])
        and lang not in _VERB_SECOND
    )


def _verb_after(text: str, end: int, lang: str, helped: bool = False) -> bool:
    """Whether the first word after the official (a comma that closes a name's aside, a place
    after "in" and one adverb passed) is lowercase and no closed word: the official's verb."""
    rest = text[end : end + 80]
    words = list(WORD.finditer(rest))
    if not words:
        return False
    gap = rest[: words[0].start()]
    if gap.strip() not in ("", ","):
        return False  # (a dash, a bracket or a quotation mark: no verb of the clause)
    i = 0
    if words[0].group().lower() in ("in", "en", "em", "à") and len(words) > 2 and capital(words[1].group()):
        i = 2  # ("o embaixador da X em Lisboa criticou")
        while (
            i < len(words) - 1
            and capital(words[i].group())
            and rest[words[i - 1].end() : words[i].start()] == " "
        ):
            i += 1
    first = words[i].group().lower()
    if gap.strip() == "," and first in _closed(lang) and first not in _lists()["preverbal"].get(lang, ()):
        i = _past_an_aside(rest, words)  # (", em visita ao porto, criticou")
        if i is None:
            return False
    word = words[i].group()
    if word.lower() in _lists()["clause_adverbs"].get(lang, frozenset()) and i + 1 < len(words):
        i += 1
        word = words[i].group()
    i, word = _past_preverbal_words(rest, words, i, lang)
    if i and rest[words[i - 1].end() : words[i].start()] not in (" ", ", "):
        return False
    if not (word.islower() and word.isalpha()):
        return False
    if (word in _finite(lang) and word not in _MODALS) or word in _lists()["clause_copulas"].get(lang, ()):
        return _helped(text, end + words[i].end(), lang)  # ("hatte ... einen Stand", "was in": no act)
    return word in _MODALS if helped else word not in _closed(lang)


def _past_an_aside(rest: str, words: list, most: int = 8) -> int | None:
    """The index of the first word after an aside set off by commas right after the official
    (", em visita ao porto, criticou", ", durante la reunión, pidió"), or None: at most ``most``
    words, opening with a lowercase word, closed by a comma."""
    first = rest.index(",")
    close = rest.find(",", first + 1)
    if close < 0:
        return None
    inside = sum(1 for w in words if w.start() < close)
    if not 1 <= inside <= most or inside >= len(words) or not words[0].group().islower():
        return None
    return inside


def _past_preverbal_words(rest: str, words: list, i: int, lang: str) -> tuple[int, str]:
    """Past the clitic pronouns and the negation that stand before a Romance verb (``preverbal``
    of offices_abroad.yaml: "se reunió", "no quiso", "não comentou", "si è detto", "ne s'est"),
    two at most; a French elided one is read off the verb it is written onto ("s'est")."""
    preverbal = _lists()["preverbal"].get(lang, frozenset())
    for _ in range(2):
        word = words[i].group()
        low = word.lower()
        if lang == "fr" and low[:2] in ("s'", "s’", "n'", "n’", "l'", "l’") and len(low) > 3:
            return i, word[2:]
        if low not in preverbal or i + 1 >= len(words) or rest[words[i].end() : words[i + 1].start()] != " ":
            break
        i += 1
    return i, words[i].group()


_MODALS = frozenset("will would could can may might must should did does".split())
_CLAUSE_ENDS = ',;:.!?"“”«»'


def _helped(text: str, at: int, lang: str) -> bool:
    """Whether an auxiliary or a form of "to be" at ``at`` helps a verb in its clause: a
    participle or a verb of the lists up to the clause's end ("hat ... gefordert", "a salué",
    "is expected to"), not the verb "to have" or "to be" itself ("hatte einen Stand")."""
    stop = min((i for i in (text.find(c, at, at + 120) for c in _CLAUSE_ENDS) if i >= 0), default=at + 120)
    clause = WORD.findall(text[at:stop])[:12]
    if lang == "en":
        # (a relative clause's verb is not the official's: "is a former geologist who studied")
        clause = clause[: next((k for k, w in enumerate(clause) if w in _EN_RELATIVES), len(clause))]
        helper = WORD.findall(text[max(0, at - 6) : at])[-1:]
        if clause[:1] and helper and helper[0].lower() in _EN_BE and _progressive(clause[0]):
            return True  # ("is seeking bids", "was concentrating on")
    return any(
        (_a_verb(w, lang) and w.lower() not in _finite(lang))
        or participle(w, lang)
        or final_participle(w, lang)
        or (lang == "en" and w.endswith("en") and w.islower() and len(w) > 4)
        for w in clause
    )


_EN_RELATIVES = frozenset("who whom whose which that".split())
_EN_BE = frozenset("is was are were".split())


def _progressive(word: str) -> bool:
    """An English present participle right after a form of "to be" ("seeking"; not "thing")."""
    return word.islower() and word.endswith("ing") and len(word) > 5


def title_acts(text: str, t, lang: str) -> bool:
    """Whether the official or body of a title read by offices_abroad or bodies_abroad (``t``,
    a Title) is the subject of a verb of its sentence: its owner, title and name (an English
    body: a helper or modal only, see ``acts_as_subject``)."""
    end = max(t.end, t.owner_end, t.name_end or 0)
    return acts_as_subject(text, min(t.start, t.owner_start), end, lang, lang == "en" and t.office == "body")

"""Whether an official of another language's copy acts from AFTER its verb: the agent of a passive
or of a verb of coming ("la solidarietà espressa dal ministro (demonym)", "un messaggio è
arrivato dal ministro", "exprimé par le ministre (demonym)"), or the subject put after an intransitive
compound past ("In serata è intervenuto anche il ministro (demonym)"). FL201's late officials
abroad speak, act or deal with the cast; ``acting_officials`` reads the official who opens its
clause, this the one who closes it. Not an object: after a verb whose subject went before ("Il
sindaco ha ringraziato il ministro"), or the subject of a passive ("è stato accolto il ministro").
Also the official whose verb comes after a short adverbial ("il ministro (demonym) ieri sera ha
espresso", "in una nota ha espresso")."""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.offices_abroad import _raw, acts, auxiliaries, being, links, participle
from factlint.analysis.quotes import foreign_speech_verbs
from factlint.analysis.text import WORD, WORD_OR_MARK

_CLAUSE_MARKS = ',;:.!?"“”«»„()–—'
_REACH = 12  # words of the clause before the title


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, frozenset[str]]]:
    raw = _raw()
    return {
        key: {lang: frozenset(words) for lang, words in raw.get(key, {}).items()}
        for key in ("agent_links", "passive_helpers", "also_words", "articles_by_language")
    }


def acts_from_after_its_verb(text: str, t, lang: str) -> bool:
    """Whether the official of title ``t`` (its article right before it) is the agent of a
    participle of its clause (a link of ``agent_links`` before the article) or the subject of an
    intransitive compound past that opens the clause (a form of ``being`` and a participle, no
    passive helper, after an opener of prepositions at most), and the title closes its clause."""
    lists = _lists()
    end = max(t.owner_end, t.name_end)
    glue = links(lang) | lists["articles_by_language"].get(lang, frozenset())
    for w in WORD_OR_MARK.finditer(text, end, min(len(text), end + 80)):
        if not (w.group()[:1].isupper() or w.group().lower() in glue):
            break
        end = w.end()  # (the rest of its title's words: "de la Pêche", "degli Affari Esteri")
    rest = text[end:].lstrip()
    if rest[:1] not in ("", ".", ",", ";", "!", "?"):
        return False  # (the title must close its clause: "..., che ha incontrato" is read elsewhere)
    head = text[: t.owner_start]
    cut = max(head.rfind(c) for c in _CLAUSE_MARKS)
    clause = [w.lower() for w in WORD.findall(head[cut + 1 :])]
    if not clause or len(clause) > _REACH:
        return False
    before = clause[:-1] if clause[-1] in lists["articles_by_language"].get(lang, ()) else clause
    before = before[:-1] if before and before[-1] in lists["also_words"].get(lang, ()) else before
    if not before:
        return False
    if before[-1] in lists["agent_links"].get(lang, ()):  # ("espressa dal ministro")
        return any(participle(w, lang) or w in acts(lang) | foreign_speech_verbs() for w in before[:-1])
    closed = _raw()["clause_words"].get(lang, ())
    if before[-1] in closed:
        return False  # ("è arrivato con il ministro": a preposition governs the title)
    helpers = [i for i, w in enumerate(before) if w in being(lang)]
    if not helpers or helpers[0] + 1 >= len(before):
        return False
    after = before[helpers[0] + 1]
    if after in lists["passive_helpers"].get(lang, ()) or not participle(after, lang):
        return False  # ("è stato accolto il ministro": a passive's subject does nothing)
    opener = before[: helpers[0]]  # (none, or a preposition's: "Nel pomeriggio è arrivato")
    articles = lists["articles_by_language"].get(lang, frozenset())
    return not opener or (len(opener) <= 4 and opener[0] in closed and opener[0] not in articles)


def acts_past_an_adverbial(text: str, t, lang: str) -> bool:
    """Whether the official of title ``t`` acts after a short adverbial between the title and
    its verb: adverbs and times of day (``clause_adverbs``, ``time_words``: "il ministro
    (demonym) ieri sera ha espresso") or a preposition, an article at most and one lowercase
    noun ("in una nota ha espresso", "en un comunicado expresó"), then a listed verb, or an
    auxiliary (a form of being) and a participle."""
    end = max(t.owner_end, t.name_end)
    words = [w.lower() for w in WORD.findall(text[end : end + 80])[:7]]
    skip = (*_raw()["clause_adverbs"].get(lang, ()), *_raw().get("time_words", {}).get(lang, ()))
    at = 0
    while at < len(words) and at < 3 and words[at] in skip:
        at += 1
    closed = _raw()["clause_words"].get(lang, ())
    articles = _lists()["articles_by_language"].get(lang, frozenset()) | {
        "un",
        "una",
        "uno",
        "une",
        "um",
        "uma",
    }
    if at == 0 and len(words) > 2 and words[0] in closed and words[0] not in articles:
        noun = 2 if words[1] in articles else 1  # ("in una nota", "dans un communiqué")
        if noun < len(words) and words[noun] not in closed and words[noun].isalpha():
            at = noun + 1
    if at == 0 or at >= len(words):
        return False
    verbs = acts(lang) | foreign_speech_verbs()
    if words[at] in verbs:
        return True
    helper = words[at] in auxiliaries(lang) | being(lang)
    return helper and at + 1 < len(words) and (participle(words[at + 1], lang) or words[at + 1] in verbs)

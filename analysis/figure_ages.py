"""Ages, ranks and who a figure belongs to: "Smith, 45,", "a 45-year-old driver", "aged 30",
"finished 3rd"; the person an age is of (a name before or after it, a role, a pronoun).

Apart because ages are keyed by person, not by counted noun: ``age_people.py`` reads the words
of a name and tells whether two ages name one person; this module finds the age, its form and
its person in a sentence.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache, partial

from .age_people import PLACE_NOUNS, SUFFIXES, TITLES, name_near, surname_index
from .numtext import content_lemmas, lemma, lexicon, names, word_at
from .text import token_low
from .words import HONORIFICS, MONTHS, STOPWORDS, WEEKDAYS
from .figure_types import Quantity, _Sentence, years_in_clause


_MATH = frozenset({"×", "=", "+", "*", "÷", "x"})
_RANK_VERBS = frozenset(
    "rank ranked ranks ranking finish finished finishes finishing place placed "
    "places placing came come comes coming".split()
)


def _ranks(si, text, toks, sc: _Sentence, proper) -> list[Quantity]:
    """Placings: "ranked first in their heats", "finished 3rd in the final". Only after a verb
    of ranking, so "the first time" or "his third term" are never read as a placing."""
    ordinals = lexicon()["ordinals"]
    out: list[Quantity] = []
    if _RANK_VERBS.isdisjoint(map(token_low, toks)):
        return out
    for i, t in enumerate(toks):
        if word_at(toks, i - 1) not in _RANK_VERBS:
            continue
        if t.low in ordinals and ordinals[t.low] > 0:
            value, end = ordinals[t.low], i + 1
        elif t.text.isdigit() and word_at(toks, i + 1) in {"st", "nd", "rd", "th"}:
            value, end = int(t.text), i + 2
        else:
            continue
        lo, hi = sc.clauses.bounds(i)
        # what the placing is in: "in their respective heats" -> heat
        k = end
        attribute = None
        if word_at(toks, k) in {"in", "at", "of"}:
            k += 1
            while word_at(toks, k) in {"the", "their", "his", "her", "its", "respective", "a"}:
                k += 1
            if k < hi and toks[k].text[0].isalpha() and toks[k].low not in STOPWORDS:
                attribute = lemma(toks[k].low)
        clause = toks[lo:hi]
        out.append(
            Quantity(
                sentence=si,
                start=t.start,
                end=toks[end - 1].end,
                text=text[t.start : toks[end - 1].end],
                value=float(value),
                kind="rank",
                unit="place",
                base_value=float(value),
                attribute=attribute,
                names=frozenset(names(clause, proper)),
                context=frozenset(content_lemmas([x for x in clause if x is not t])),
                years=frozenset(years_in_clause(toks, lo, hi)),
                when=sc.when(toks, lo, hi),
            )
        )
    return out


def _weighs(toks, i) -> bool:
    return bool(
        {t.low for t in toks[max(0, i - 5) : i]} & {"weigh", "weighs", "weighed", "weighing", "weight"}
    )


def _age(toks, first, i, j, proper):
    """(person key, end token, approximate, form) when the number at [i, j) is someone's age."""
    w = partial(word_at, toks)
    other = _age_abroad_or_now(toks, first, i, j)
    if other is not None:
        return other
    end = _year_old_end(toks, j)
    if end is not None:
        return _year_old(toks, first, end, proper)
    # "Cynthia Peak and Mike Hill, both 61", "Dieckhaus, Scruggs and Kinney, all age 9"
    group = _group_age_names(toks, first)
    if group:
        return group[0], j, False, "group"
    before, before2 = w(first - 1), w(first - 2)  # (each read once)
    # "aged 45", "age 45", "at the age of 45"
    if before in {"aged", "age"} or (before == "of" and before2 == "age"):
        if before2 in {
            "under",
            "over",
            "above",
            "below",
            "of",
            "legal",
            "voting",
            "retirement",
            "minimum",
            "maximum",
        }:
            return None  # "under age 18": a threshold, nobody's age
        person = _person_before(toks, first, proper, window=12) or _person_after(toks, j, proper)
        return person, j, False, "aged" if before in {"aged", "age"} else "at-age"
    # "has died at 91": the age at death
    if before == "at" and before2 in {"died", "dies", "dead"} and j - i == 1 and toks[i].text.isdigit():
        return _person_before(toks, first, proper), j, False, "at-age"
    # "a man of about 30"
    if before == "of" and before2 in {
        "man",
        "woman",
        "boy",
        "girl",
        "person",
        "lady",
        "gentleman",
    }:
        if j >= len(toks) or not toks[j].text[0].isalpha() or w(j) in {"and", "or", "who", "with"}:
            return _person_before(toks, first, proper), j, False, "man-of"
    if w(j) in YEARS_OF_AGE and _died_before(toks, first):
        # "est mort à 58 ans", "murió a los 60 años", "starb im Alter von 71 Jahren"
        return _person_before(toks, first, proper, window=12), j + 1, False, "aged"
    told = _age_words(toks, first, j)
    if told is not None:  # "47 years of age", "de 47 años de edad", "âgée de 47 ans"
        person = _person_before(toks, first, proper, window=12) or _person_after(toks, told, proper)
        return person, told, False, "at-age" if _then(toks, first) else "aged"
    if first == i:
        apposition = _apposition_age(toks, i, j)
        if apposition is not None:
            return apposition
    # "is 45 years old"; "when he was about 12 years old" is his age at another time
    if w(j) in {"years", "year"} and w(j + 1) == "old":
        person = _person_before(toks, first, proper) or _pronoun(toks, first) or _opening_name(toks, first)
        # "only 31 years old at the time": her age then, not now
        then = _then(toks, first) or (w(j + 2), w(j + 3), w(j + 4)) == ("at", "the", "time")
        return person, j + 2, False, "at-age" if then else "years-old"
    if w(j) == "old" and w(j - 1) in {"years", "year"}:  # "years" already read as the unit
        # "at 25 years old was offered", "only 31 years old at the time"
        then = _then(toks, first) or (w(j + 1), w(j + 2), w(j + 3)) == ("at", "the", "time")
        form = "at-age" if before == "at" or then else "years-old"
        person = _person_before(toks, first, proper) or _pronoun(toks, first) or _opening_name(toks, first)
        return person, j + 1, False, form
    return _copula_age(toks, i, j, proper) if first == i else None


_AT_THE_TIME = frozenset({"when", "until", "till", "since", "while", "once"})
# the word for years of age after the figure in French, Spanish, Italian, Portuguese, German,
# Polish: "Osk, 59 ans,", "Osk, de 59 años,", "im Alter von 59 Jahren"
YEARS_OF_AGE = frozenset("ans años anni anos jahre jahren lat".split())
_DIED = frozenset(
    "mort morte meurt décédé décédée murió muere falleció fallece morto morta morreu morre starb "
    "gestorben zmarł zmarła".split()
)
_AT_AGE_WORDS = frozenset({"à", "a", "los", "aos", "von", "di", "de", "w", "wieku"})


# a word of age itself, before the figure ("âgée de", "im Alter von", "w wieku", "all'età di")
# or after its years ("years of age", "años de edad", "anni d'età", "Jahre alt")
_AGE_NOUNS = frozenset("age âge âgé âgée âgés âgées edad età idade alter alt wieku leeftijd".split())


def _age_words(toks, first, j) -> int | None:
    """The end of an age told with a word of age around its years, in any language the data
    knows: "47 years of age", "de 47 años de edad", "47 Jahre alt" (the years and the word after
    them), "âgée de 47 ans", "im Alter von 47 Jahren", "w wieku 47 lat" (the word before, with
    or without its "of"); None otherwise (a sentence "of 47 years" is no age)."""
    w = partial(word_at, toks)
    if w(j - 1) in {"years", "year"} and w(j) == "of" and w(j + 1) == "age":
        return j + 2  # "years" already read as the unit
    years = w(j) in YEARS_OF_AGE or w(j) in {"years", "year"}
    if not years:
        return None
    if w(j + 1) == "alt" or w(j + 1) in {"of", "de", "di", "d'", "da"} and w(j + 2) in _AGE_NOUNS:
        return j + (2 if w(j + 1) == "alt" else 3)
    if w(j + 1) in {"d'âge", "d'età"}:
        return j + 2
    before = w(first - 1)
    if w(j) in YEARS_OF_AGE and (
        before in _AGE_NOUNS or before in {"de", "di", "von", "van", "da"} and w(first - 2) in _AGE_NOUNS
    ):
        return j + 1
    return None


# the "of" between another language's person noun and its years ("le joueur de 23 ans")
_OF_YEARS = frozenset({"de", "di", "da"})
# the indefinite articles before such a noun (the definite ones are ``ages_abroad()["definite"]``)
_A_ABROAD = frozenset("un une una uno um uma een".split())


def _noun_of_years(toks, first, i, j) -> bool:
    """ "Le joueur de 23 ans", "un hombre de 35 años", "l'uomo di 26 anni", "o avançado de 26
    anos": an article, a noun of a person or a role, "de" and the years; not "une peine de 20
    ans" or "un contrat de 4 ans" (a length: no person noun), nor "depuis 22 ans"."""
    w = partial(word_at, toks)
    if w(j) not in YEARS_OF_AGE or w(first - 1) not in _OF_YEARS or first != i or first < 2:
        return False
    if not (toks[i].text.isdigit() and 1 <= int(toks[i].text) <= 110):
        return False
    article, noun = elided(w(first - 2))
    if article is None:
        article = w(first - 3)
    return bool(person_abroad(noun) or role_abroad(noun)) and (
        article in ages_abroad()["definite"] or article in _A_ABROAD
    )


def elided(word: str) -> tuple[str | None, str]:
    """ "l'homme" -> ("l'", "homme"); a word with no elided article -> (None, word)."""
    for mark in ("'", "’"):
        head, sep, rest = word.partition(mark)
        if sep and rest and len(head) <= 2:
            return ("le" if head == "l" else head), rest  # "l'" reads as a definite article
    return None, word


@lru_cache(maxsize=1)
def _people_abroad() -> dict[str, str]:
    return {w: noun for noun, words in lexicon()["people_abroad"].items() for w in words}


def person_abroad(word: str) -> str | None:
    """The English noun ("man", "person") of another language's noun of an unnamed person
    ("homme", "uomo", "quinquagénaire")."""
    return _people_abroad().get(word)


def _age_abroad_or_now(toks, first, i, j):
    """Another language's "45-year-old" ("der 45-jährige Trainer": German capitalises every
    noun, so no name is read after it) or "le joueur de 23 ans" (``_noun_of_years``), or an opening "At 47, Doe is" (``_at_age_now``)."""
    end = _year_old_abroad(toks, j)
    if end is not None:
        return None, end, False, "year-old"
    if _noun_of_years(toks, first, i, j):  # "le joueur de 23 ans", "un uomo di 25 anni"
        return None, j + 1, False, "of-years"
    return _at_age_now(toks, first, i, j)


def _at_age_now(toks, first, i, j):
    """ "At 47, Doe is the youngest head in the firm's history": an opening "At N," before a
    name and a verb of now is that person's age now ("At 25, Doe joined" is an age then, and
    "At 10, Doe is due" may be the hour: no age under 16)."""
    w = partial(word_at, toks)
    if not (
        first == 1
        and w(0) == "at"
        and w(j) == ","
        and toks[i].text.isdigit()
        and 16 <= int(toks[i].text) <= 110
    ):
        return None
    k = j + 1
    while k < len(toks) and toks[k].text[0].isupper() and toks[k].low not in STOPWORDS:
        k += 1
    if k == j + 1 or w(k) not in _NOW_VERBS:
        return None
    return _titled(toks, k - 1), j, False, "copula"


_NOW_VERBS = frozenset({"is", "remains", "has", "becomes", "stands"})


def _died_before(toks, first) -> bool:
    """ "mort à 58 ans", "murió a los 60 años": a word of dying a few words before the figure and
    its word of "at"; not "À 20 ans, il part" (an age at another time)."""
    return word_at(toks, first - 1) in _AT_AGE_WORDS and any(
        word_at(toks, first - k) in _DIED for k in range(2, 7)
    )


def _then(toks, first) -> bool:
    """A word of another time in the five words before the figure ("when he was about 12")."""
    return any(word_at(toks, first - k) in _AT_THE_TIME for k in range(1, 6))


def _each_of_group(q: Quantity, toks, first, j) -> list[Quantity]:
    """One age of each person named together ("A and B, both 61"), else the figure alone."""
    if q.age_form != "group":
        return [q]
    keys = _group_age_names(toks, first)
    return [q] + [
        replace(q, person=k, person_names=name_near(toks, first, j, k, after=False)) for k in keys[1:]
    ]


def _group_age_names(toks, first) -> list[str]:
    """The surnames given one age together: "A and B, both 61", "A, B and C, all aged 9"."""
    k = first - 1
    if word_at(toks, k) in {"aged", "age"}:
        k -= 1
    if word_at(toks, k) not in {"both", "all"} or word_at(toks, k - 1) != ",":
        return []
    keys: list[str] = []
    k -= 2  # the last name's last word
    while k >= 0 and toks[k].text[0].isupper() and toks[k].low not in STOPWORDS:
        keys.append(_titled(toks, k))
        while k >= 0 and toks[k].text[0].isupper() and toks[k].low not in STOPWORDS:
            k -= 1  # back over the name
        if word_at(toks, k) not in {",", "and"}:
            break
        k -= 2 if word_at(toks, k) == "," and word_at(toks, k - 1) == "and" else 1
    return keys if len(keys) >= 2 else []


def _pronoun(toks, first) -> str | None:
    """ "She was 75 years old", "He is 58": a pronoun subject, resolved later to the person the
    sentence before names (``_resolve_anaphors``)."""
    k = first - 1
    if (
        word_at(toks, k) in {"was", "is", "turned", "turns"}
        and word_at(toks, k - 1) in {"he", "she"}
        and k - 1 == 0
    ):
        return _PRONOUN_AGE
    return None


_PRONOUN_AGE = "\x00pronoun"  # a person key no name can have


def _year_old_end(toks, j) -> int | None:
    """The token after "45-year-old" / "45 year old" when that follows the number ending at j."""
    w = partial(word_at, toks)
    k = j + 1 if w(j) == "-" else j
    if w(k) not in {"year", "years"}:
        return None
    k2 = k + 2 if w(k + 1) == "-" else k + 1
    return k2 + 1 if w(k2) in OLD_WORDS else None


# "old", and its possessive kept whole by the figure tokens ("the 58-year-old's lawyer")
OLD_WORDS = frozenset({"old", "old's", "old\u2019s"})


def _year_old(toks, first, end, proper):
    """The age of a "45-year-old": who it is, named after or before it."""
    if word_at(toks, end) in {"-", "s"}:
        return None  # "a 45-year-old's" is fine, but "-olds" are a group
    # "the 45-year-old driver, John Smith": the name after; "a 21-year-old pledge": nobody
    # we can name; "Smith, a 45-year-old, ...": the name before
    person = _person_after(toks, end, proper)
    named = _named_apposition(toks, first, proper)
    if named is not None:
        person = named  # "Chunli Zhao, a 67-year-old man from Half Moon Bay"
    elif (
        person is None
        and word_at(toks, end) in {",", ")", "-", "—"}
        and word_at(toks, first - 1) in {"a", "an"}
        and word_at(toks, first - 2) == ","
    ):
        person = _person_before(toks, first, proper)
    if person is None and word_at(toks, first - 1) == "the" and _refers_back(toks, end):
        return None, end, False, "anaphor"  # "the 59-year-old said": someone named before
    if person is None and word_at(toks, first - 1) == "the" and word_at(toks, end - 1) != "old":
        return None, end, False, "anaphor"  # "the 58-year-old's lawyer": the owner, named before
    if (
        person is None
        and word_at(toks, first - 1) == "the"
        and word_at(toks, end) in _ROLE_NOUNS
        and _refers_back(toks, end + 1)
    ):
        return None, end, False, "anaphor-role"  # "the 23-year-old driver had been drinking"
    if (
        person is None
        and word_at(toks, first - 1) == "the"
        and word_at(toks, end) in {"former", "ex", "retired"}
        and (word_at(toks, end + 1) in OFFICES or _plain_noun(toks, end + 1))
        and _refers_back(toks, end + 2)
    ):
        # "the 59-year-old former president had been ill", "the 47-year-old former banker said"
        return None, end, False, "anaphor-role"
    if person is None and word_at(toks, first - 1) in {"a", "an", "the"}:
        person = _role_key(toks, end)  # "a 23-year-old bank employee": nobody named, one role
    if person is None and role_apposition(toks, first):
        return None, end, False, "role-apposition"  # "The driver, a 34-year-old man, was held"
    return person, end, False, "year-old"


def _plain_noun(toks, k) -> bool:
    """A lower-case word that may be a noun of what someone is ("banker"), not a small word."""
    w = word_at(toks, k)
    return w.isalpha() and toks[k].text.islower() and w not in STOPWORDS and len(w) > 3


def role_apposition(toks, first) -> bool:
    """ "The driver, a 34-year-old man": a "N-year-old" set off after "the" and a noun one unnamed
    person of a story is told by."""
    return (
        word_at(toks, first - 1) in {"a", "an"}
        and word_at(toks, first - 2) == ","
        and word_at(toks, first - 3) in _LONE_ROLES
        and word_at(toks, first - 4) == "the"
    )


ROLE_KEY = "\x00role "  # the person key of someone told only by a role of two words


def _role_key(toks, end) -> str | None:
    """ "a 25-year-old bank employee", "a 53-year-old former employee": a role of two lower-case
    words names one unnamed person the story may give twice (not "a 23-year-old man", of whom a
    story may have several)."""
    w1, w2 = word_at(toks, end), word_at(toks, end + 1)
    if w2 not in _LONE_ROLES or not w1.isalpha() or not toks[end].text.islower() or w1 in STOPWORDS:
        return None
    return f"{ROLE_KEY}{w1} {w2}"


_PLACE_PREPOSITIONS = frozenset("in at near across on from outside inside throughout around".split())


def _named_apposition(toks, first, proper) -> str | None:
    """ "Chunli Zhao, a 66-year-old Half Moon Bay resident", "Patrick Hollis, the 23-year-old accused
    of": a name and a comma right before "a/the N-year-old" describe that person. A lone word
    must be a name the article capitalises mid-sentence ("Ortiz, a 35-year-old nurse"); "In New
    York, a 45-year-old man" is a place."""
    if word_at(toks, first - 1) not in {"a", "an", "the"} or word_at(toks, first - 2) != ",":
        return None
    k = first - 3
    if k > 0 and toks[k].text == "." and toks[k - 1].low in SUFFIXES:
        k -= 1  # "Aaron Salter Jr., a 55-year-old guard"
    start = k
    while start >= 0 and toks[start].text[0].isupper() and toks[start].low not in STOPWORDS:
        start -= 1
    if k == start or word_at(toks, start) in _PLACE_PREPOSITIONS:
        return None
    if toks[k].low in MONTHS or toks[k].low in WEEKDAYS or k - start < 2 and toks[k].low not in proper:
        return None
    if _own_age_before(toks, start):
        return None  # "54-year-old nurse Ann Berg, the 49-year-old ward manager Eva Lund": Lund's
    return _titled(toks, k)


def _own_age_before(toks, start) -> bool:
    """A "45-year-old" in the few words before a name (since the last comma): the name's own age,
    so an age after the name is of the next person in a list."""
    for k in range(start, max(-1, start - 6), -1):
        if word_at(toks, k) in {",", ";"}:
            return False
        if word_at(toks, k) == "old" and word_at(toks, k - 1) in {"-", "year", "years"}:
            return True
    return False


def _apposition_age(toks, i, j):
    """ "Smith, 45, said" -- a name, a comma, a 1-2 digit number, a comma or full stop (or the
    dash that closes a list set off by dashes: "- A, 34; and B, 40 - were arrested")."""
    w = partial(word_at, toks)
    if not (toks[i].text.isdigit() and len(toks[i].text) <= 3 and 1 <= int(toks[i].text) <= 120):
        return None
    n = i - 3 if i >= 3 and w(i - 2) == "." and toks[i - 3].low in SUFFIXES else i - 2  # "Salter Jr., 55"
    if w(j) in YEARS_OF_AGE:  # "Osk, 59 ans,", "Osk (59 anni)", "Osk, de 59 años,"
        j += 1
        if w(i - 1) == "de" and w(i - 2) == ",":
            i, n = i - 1, n - 1
    if (
        (w(i - 1) == "," and w(j) in {",", ")", ".", ";", "-", "–", "—"} or w(i - 1) == "(" and w(j) == ")")
        and n >= 0
        and toks[n].text[0].isupper()
        and toks[n].low not in MONTHS
        and toks[n].low not in WEEKDAYS
    ):
        return _titled(toks, n), j + (1 if w(j) == "," else 0), False, "apposition"
    if w(i - 1) == "," and w(j) == "," and w(i - 3) == "the" and w(i - 2) in LONE_PEOPLE:
        # "The woman, 36, was taken to hospital": a person told before, by a noun (not a count)
        return None, j + 1, False, "role-apposition"
    if w(i - 1) == "," and w(j) == "," and role_abroad(w(i - 2)) and w(i - 3) in ages_abroad()["definite"]:
        return None, j + 1, False, "role-abroad"  # "El entrenador, de 45 años,", "Le chauffeur, 45 ans,"
    return None


@lru_cache(maxsize=1)
def ages_abroad() -> dict:
    """``ages_abroad`` of ``data/number_words.yaml``: its word lists as sets, and ``role_of``,
    each role word's English name."""
    data = lexicon()["ages_abroad"]
    out: dict = {key: frozenset(words) for key, words in data.items() if key != "roles"}
    out["role_of"] = {w: role for role, words in data["roles"].items() for w in words}
    return out


def role_abroad(word: str) -> str | None:
    """The English name of a role another language tells an unnamed person by ("Trainer",
    "entrenador": coach)."""
    return ages_abroad()["role_of"].get(word)


def _year_old_abroad(toks, j) -> int | None:
    """The end of another language's "45-year-old" after the number ending at j: "45-jährige",
    "45-jarige", "45-letni", "47 Jahre alte", "47 jaar oude"."""
    w = partial(word_at, toks)
    data = ages_abroad()
    k = j + 1 if w(j) == "-" else j
    if w(k) in data["year_old"]:
        return k + 1
    if w(j) in data["years"] and w(j + 1) in data["old"]:
        return j + 2
    if w(j - 1) in data["years"] and w(j) in data["old"]:  # "Jahre" already read as the unit
        return j + 1
    return None


def _copula_age(toks, i, j, proper):
    """ "Smith is 58.", "Smith, who is 58, …", "Smith, now 58, …": a bare number after a named
    person's copula, ending its clause."""
    w = partial(word_at, toks)
    # "Soltan, who turned 74 this year,": her age now
    after = j + 2 if w(i - 1) in {"turns", "turned"} and (w(j), w(j + 1)) in _THIS_TIME else j
    if not (
        1 <= (toks[i].text.isdigit() and int(toks[i].text) or 0) <= 110
        and w(after) in {",", ".", ";", "and", "but", "when", ""}
        and w(i - 1) in {"is", "was", "now", "turns", "turned"}
    ):
        return None
    if _pronoun(toks, i) and w(j) in {".", ""}:
        return _PRONOUN_AGE, j, False, "copula"  # "He was 62." after the sentence naming him
    k = i - 1
    who = w(k) in {"is", "was", "turned", "turns"} and w(k - 1) == "who" and w(k - 2) == ","
    if who:
        k -= 2  # "Smith, who is 58"
    elif w(k) == "now" and w(k - 1) == ",":
        k -= 1  # "Smith, now 58"
    name = toks[k - 1] if k >= 1 else None
    if (
        name is not None
        and name.text[0].isupper()
        and name.low not in STOPWORDS
        and name.low not in MONTHS
        and name.low not in WEEKDAYS
        and (k - 1 > 0 or name.low in proper or who)  # "who" tells a person, even opening a sentence
    ):
        # "When Osk was 17, he ...": his age at another time
        # "Osk was 79 when he retired": his age at the event the "when" clause names (but "when he
        # died" is his age at death, which his age is read as)
        then = (
            word_at(toks, k - 2) in _AT_THE_TIME
            and w(k) == "was"
            or w(j) == "when"
            and not {w(x) for x in range(j + 1, j + 4)} & _DEATH_WORDS
        )
        form = "at-age" if then else "copula"
        return _titled(toks, k - 1).removesuffix("'s"), j, False, form
    if copula_role_noun(toks, i) and w(j) != "when" and w(k - 3) not in _AT_THE_TIME:
        # "The driver, who is 58,", "the woman is 36": one person told by a noun, as "The
        # driver, 58," is (not "when the driver was 17": then an age of another time)
        return None, j, False, "role-apposition"
    return None


def copula_role_noun(toks, i) -> str | None:
    """The noun of "the driver, who is 58", "the woman is 36", "the driver, now 58" (the age at
    token ``i``): one unnamed person a story tells by that noun, else None."""
    k = i - 1
    if word_at(toks, k) in {"is", "was"} and word_at(toks, k - 1) == "who" and word_at(toks, k - 2) == ",":
        k -= 2
    elif word_at(toks, k) == "now" and word_at(toks, k - 1) == ",":
        k -= 1
    elif word_at(toks, k) not in {"is", "was"}:
        return None
    noun = word_at(toks, k - 1)
    return noun if noun in LONE_PEOPLE and word_at(toks, k - 2) == "the" else None


# the time a birthday is told in that leaves the age it reached the age now ("turned 74 this year")
_THIS_TIME = frozenset({("this", "year"), ("this", "month"), ("this", "week")})


def _opening_name(toks, first) -> str | None:
    """ "Osk is 61 years old": the one capitalised word opening the sentence before "is"/"was" is
    whom the age is of, though the story never names Osk mid-sentence (a surname-only follow-up,
    or a two-line restatement). A bare "Turnout was 58." stays no age: "years old" says it is one."""
    if first != 2 or word_at(toks, 1) not in {"is", "was"}:
        return None
    t = toks[0]
    if not t.text[0].isupper() or t.low in STOPWORDS or t.low in MONTHS or t.low in WEEKDAYS:
        return None
    return t.low


_DEATH_WORDS = frozenset({"died", "dies", "killed", "death", "passed"})
_TOLL_HEADS = frozenset({"victim", "fatality", "dead"})


def _titled(toks, k) -> str:
    """A person's key from the surname at token k: "mrs mosey" and "mr mosey" are two people."""
    k = surname_index(toks, k)  # "Robert E. Crimo III": Crimo
    title = word_at(toks, k - 1) if word_at(toks, k - 1) != "." else word_at(toks, k - 2)
    return f"{title} {toks[k].low}" if title in HONORIFICS else toks[k].low


# who a news story's one named person often is, referred back to by age: "the 23-year-old driver"
_ROLE_NOUNS = frozenset(
    "driver suspect gunman attacker man woman pilot captain victim defendant accused teacher student "
    "officer soldier singer actor player shooter assailant killer employee worker".split()
)
# offices a story's one named person once held: "the 91-year-old former president"
OFFICES = frozenset("president minister mayor leader premier chancellor governor senator chairman".split())
# nouns "the woman, 36," tells a person by (a person the story told of before)
LONE_PEOPLE = _ROLE_NOUNS | {"boy", "girl"}
# roles one unnamed person of a story is told by (a story may have several men or students)
_LONE_ROLES = _ROLE_NOUNS - {"man", "woman", "victim", "student", "player", "worker", "soldier", "officer"}
_REFERRING_VERBS = frozenset(
    "is was has had will would said says told added denied denies admitted "
    "admits faces faced pleaded remains remained appeared died who "
    # what a story's one aged person goes on to do ("the 50-year-old thanked her volunteers")
    "thanked signed joined became returned insisted explained recalled hopes plans wants".split()
)


def _refers_back(toks, end) -> bool:
    """After "the 59-year-old": a verb or a pause, not a noun ("the 59-year-old said", not "the
    23-year-old victim", who may be somebody else)."""
    nxt = word_at(toks, end)
    # "the 22-year-old suspect allegedly dressed": an adverb, then the verb
    if nxt in {",", ".", ";", ""} or nxt in _REFERRING_VERBS or nxt in {"allegedly", "reportedly"}:
        return True
    # "The 37-year-old scored 212 goals": any verb in the past tense, told by its ending
    return len(nxt) > 4 and nxt.endswith("ed") and nxt.isalpha() and not nxt.endswith("eed")


def _person_before(toks, i, proper, window: int = 1000) -> str | None:
    """The last capitalised name before token i (its last word: "Captain John Beard" -> beard)."""
    for k in range(i - 1, max(-1, i - 1 - window), -1):
        t = toks[k]
        if t.text[0].isupper() and _placed(toks, k):
            continue  # "in Port Hollis": a place, not whose age it is
        if (
            t.text[0].isupper()
            and t.low not in STOPWORDS
            and t.low not in MONTHS
            and t.low not in WEEKDAYS
            and (
                k > 0
                or t.low in proper
                or (k + 1 < len(toks) and (toks[k + 1].text[0].isupper() or toks[k + 1].text == ","))
            )
        ):
            end = k
            while end + 1 < i and toks[end + 1].text[0].isupper():
                end += 1
            return toks[surname_index(toks, end)].low
    return None


# the words before a capitalised run that make it a place: "in Port Hollis", "near Dunmere"
_PLACED_AFTER = frozenset("in near outside across from at".split())


def _placed(toks, k) -> bool:
    """The capitalised run that token k ends follows a word of place ("in Port Hollis")."""
    while k > 0 and toks[k - 1].text[0].isupper():
        k -= 1
    return k > 0 and toks[k - 1].low in _PLACED_AFTER


_NAMED_AS = frozenset({"identified", "named", "known", "listed"})


def _joined(toks, k) -> bool:
    """The hyphen at k joins two words with no space ("passer-by", "co-pilot")."""
    return (
        k + 1 < len(toks)
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
        and toks[k + 1].low[:1].isalpha()
        and not toks[k + 1].text[0].isupper()
    )


def _person_after(toks, i, proper) -> str | None:
    """A name right after an age phrase: "the 45-year-old driver, John Smith" -> smith."""
    k = i
    lower = 0
    while k < len(toks) and not toks[k].text[0].isupper():
        low = toks[k].low
        if low == ",":
            k += 1
            continue
        if low in _NAMED_AS and word_at(toks, k + 1) == "as":
            k += 2  # "a woman of 45 identified as Ana Roe", "a man named as Tomas Orsa"
            continue
        if low == "-" and k > i and toks[k - 1].low[0].isalpha() and _joined(toks, k):
            k += 2  # "a 67-year-old passer-by, Ron Tull": one noun of two words
            continue
        if low in STOPWORDS or not low[0].isalpha() or lower >= 2:
            return None
        lower += 1
        k += 1
    if k < len(toks) and (toks[k].low in HONORIFICS or toks[k].low in TITLES):
        k += 2 if word_at(toks, k + 1) == "." else 1  # "the 46-year-old Dr. Feld": the name after the title
        if k >= len(toks) or not toks[k].text[0].isupper():
            return None
    if k < len(toks) and toks[k].low not in STOPWORDS and toks[k].low not in MONTHS:
        end = _name_end(toks, k)
        if word_at(toks, end + 1) in PLACE_NOUNS:
            # "a 72-year-old Hemet man", "Hemet resident Huu Can Tran": a place, then perhaps the name
            nxt = end + 2
            if nxt < len(toks) and toks[nxt].text[0].isupper() and toks[nxt].low not in STOPWORDS:
                return toks[surname_index(toks, _name_end(toks, nxt))].low
            return None
        return toks[surname_index(toks, end)].low
    return None


def _name_end(toks, k) -> int:
    """The last token of the capitalised run starting at k, over initials ("Robert E. Crimo")."""
    end = k
    while end + 1 < len(toks):
        nxt = toks[end + 1]
        if nxt.text[0].isupper() and nxt.low not in STOPWORDS:
            end += 1
        elif (
            nxt.text == "."
            and len(toks[end].text) == 1
            and end + 2 < len(toks)
            and toks[end + 2].text[0].isupper()
        ):
            end += 2  # an initial and its full stop
        else:
            break
    return end

"""Each age a story gives, read for how it tells its person: by a definite phrase that refers
back ("the 29-year-old man", "the 24-year-old", "le quinquagénaire de 59 ans", "der
46-Jährige", "el hombre, de 35 años") or one that brings someone in ("a 28-year-old man", "un
homme âgé de 58 ans"), the noun it tells the person by (in English: "man", "driver"), the name
when one is given, and whether the age is of another time ("as a 17-year-old", "at 19").

FL401 reads these to tie an age restated by a definite phrase to the one person of that noun (or
the one named person) the story gave an age before, and to compare two lists of people with ages
member by member (``rules/fl401_restated_ages.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .figure_ages import LONE_PEOPLE, OFFICES, ROLE_KEY, ages_abroad, elided, person_abroad, role_abroad
from .figure_types import Quantity
from .numtext import PAST_WITHOUT_ED, lexicon
from .age_people import KIN
from .text import figure_tokens
from .words import DETERMINERS, FUNCTION_WORDS

# the words that make a phrase definite, so that it refers back, in the languages read
_DEFINITE = frozenset("the le la l el der die den dem des il lo o de het".split())
_INDEFINITE = frozenset("a an un une uno una ein eine einen einem einer eines".split())
SEX_NOUNS = frozenset({"man", "woman", "boy", "girl"})
_PEOPLE = LONE_PEOPLE | OFFICES | KIN | SEX_NOUNS | {"person", "resident", "mother", "father"}
# "años", "ans", "Jahre": the unit a count of years of another language's age is read with
YEARS = frozenset({"ans", "año", "años", "an"})
# "âgé de 58 ans": the participle between a noun and its age
_AGED = frozenset("âgé âgée âgés âgées".split())
# what before an age makes it of another time ("as a 17-year-old", "at 19", "since he was 12")
_OTHER_TIME_BEFORE = frozenset({"as", "at", "when", "since", "until", "then", "à", "con", "mit"})
_OTHER_TIME_AFTER = frozenset({"when", "then", "lorsque", "quand", "cuando", "als"})
_BESIDES = frozenset(
    {"another", "other", "second", "third", "fellow", "autre", "otro", "otra", "anderer", "andere"}
)

# after a definite phrase's noun, what makes it say whose or where, so it needs no earlier person
# ("der 33-jährige Fahrer des Busses", "the 29-year-old man from Tressaby")
_WHOSE = frozenset("of from des eines einer vom von del du de della dei van".split())


@dataclass(frozen=True)
class AgeMention:
    index: int  # the figure's index among the story's quantities
    sentence: int
    value: float
    definite: bool  # "the 29-year-old man": refers back
    noun: str | None  # the person noun, in English where known ("man"); None for a bare age
    named: str | None  # the person's key when a name is given
    other_time: bool  # an age at another time ("as a 17-year-old", "at 19 he joined")
    besides: bool  # told as someone besides ("another man, 31")
    listed: bool  # one of several ages of its sentence ("a 52-year-old man and a 61-year-old woman")
    restricted: bool = False  # its noun says whose or where ("der Fahrer des Busses", "the man from")


def age_mentions(qs: list[Quantity], texts: list[str]) -> list[AgeMention]:
    """The story's ages, in order, each read as above."""
    out = []
    for k, q in enumerate(qs):
        if q.kind == "age" or (q.kind == "count" and (q.head in YEARS or q.head is None)):
            m = _mention(k, q, texts[q.sentence])
            if m is not None:
                out.append(m)
    per_sentence: dict[int, int] = {}
    for m in out:
        per_sentence[m.sentence] = per_sentence.get(m.sentence, 0) + 1
    return [AgeMention(**{**m.__dict__, "listed": True}) if per_sentence[m.sentence] > 1 else m for m in out]


def _mention(k: int, q: Quantity, text: str) -> AgeMention | None:
    toks = figure_tokens(text)
    first = next((i for i, t in enumerate(toks) if t.start >= q.start), len(toks))
    last = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
    if first >= len(toks):
        return None
    low = [t.low for t in toks]
    before = low[max(0, first - 3) : first]
    named = q.person if q.person and not q.person.startswith(ROLE_KEY) else None
    noun: str | None = q.person.removeprefix(ROLE_KEY).split()[0] if q.person and not named else None
    if (
        q.kind == "count"
        and q.head in YEARS
        or q.age_form in ("aged", "of-years")
        and first >= 2
        and low[first - 1] in ("de", "di", "da")
    ):
        # "un homme âgé de 58 ans", "le quinquagénaire de 59 ans"; "Osk, âgé de 22 ans": named
        told = _noun_before_de(low, first) or ((None, None) if named else None)
    elif "year" in q.text.lower() or q.age_form == "year-old":
        # another language's "45-year-old" tells its noun only by a known word after it ("der
        # 46-Jährige", "de 25-jarige scoorde", "il 31enne sarà")
        abroad = "year" not in q.text.lower() and _known_noun(low[last : last + 1]) is None
        told = _noun_after(toks, first, last, noun, "Jährig" in q.text or abroad)
    elif q.age_form in ("aged", "role-apposition", "apposition") or q.kind == "count":
        told = _noun_before(low, first, q.kind == "age") if not named else (None, None)
    else:
        told = None
    if told is None:
        return None
    noun, det = told
    if named and noun and noun.startswith("?") and last < len(toks) and toks[last].low == named.split()[-1]:
        named = None  # "the 23-year-old Dravian forward": the capitalised word is no name
    definite = det in _DEFINITE
    besides = bool(_BESIDES.intersection(before)) or bool(ages_abroad()["others"].intersection(before))
    other_time = (
        q.changes
        and q.kind != "age"  # (a person's age is no change: "extended their run ... Roe, 25,")
        and not besides
        or _of_a_year(toks[:first], q.years)
        or q.age_form in ("at-age", "years-old")
        or _at_another_time(low[max(0, first - 6) : first])
        or any(w in _OTHER_TIME_AFTER for w in low[last : last + 1])
    )
    after = low[last + 1 : last + 2] if noun else []
    restricted = bool(after and after[0] in _WHOSE)
    return AgeMention(k, q.sentence, q.value, definite, noun, named, other_time, besides, False, restricted)


# before a year, what makes it the start of a span that runs to now ("has played 312 games since
# 2012"): an age beside it is still the age now
_SINCE = frozenset({"since", "depuis", "desde", "seit"})


def _of_a_year(toks, years: frozenset[int]) -> bool:
    """The clause sets its age in a year before it ("In 2012 the 22-year-old joined"), not only
    from a year on ("since 2012"); a year after the age ("the 30-year-old joined in 2019", "Kreel
    (23) hat bis 2028 verlängert") dates the act, and the age stays the person's now."""
    return any(
        t.text.isdigit() and int(t.text) in years and (k == 0 or toks[k - 1].low not in _SINCE)
        for k, t in enumerate(toks)
    )


def _at_another_time(before: list[str]) -> bool:
    """Whether the words before an age set it at another time ("as a 17-year-old", "at 19"):
    not "identified as a 52-year-old", which tells who the person is now, nor "when the
    24-year-old scored", the time of an act."""
    if len(before) >= 2 and before[-1] in _DEFINITE:
        return False
    hit = next((i for i in (-2, -1) if len(before) >= -i and before[i] in _OTHER_TIME_BEFORE), None)
    if hit is None:
        return False
    # ("identified the dead as a 47-year-old": the verb a few words before "as")
    return not (before[hit] == "as" and _NAMED_AS.intersection(before[max(0, len(before) + hit - 3) : hit]))


# verbs after which "as a 52-year-old" tells who someone is, not when
_NAMED_AS = frozenset("identified described named listed known confirmed registered".split())


def _noun_before_de(low: list[str], first: int) -> tuple[str, str | None] | None:
    """ "un homme âgé de 58 ans", "el hombre, de 35 años": the noun before "de" and its article."""
    if first < 2 or low[first - 1] not in ("de", "di", "da"):
        return None
    j = first - 2
    while j >= 0 and (low[j] in _AGED or low[j] == ","):
        j -= 1
    if j < 0:
        return None
    article, word = elided(low[j])  # "l'homme de 36 ans"
    noun = _known_noun([word])
    return (noun, article or (low[j - 1] if j >= 1 else None)) if noun else None


def _known_noun(words: list[str]) -> str | None:
    """The English noun of another language's noun of a person or role ("homme": man)."""
    return (person_abroad(words[0]) or role_abroad(words[0])) if words else None


def _noun_after(
    toks, first: int, last: int, noun: str | None, nominal: bool
) -> tuple[str | None, str | None] | None:
    """ "the 29-year-old man", "der 45-jährige Mann": the noun after the age (None for a bare
    age: "the 24-year-old said", "Der 46-Jährige"), and the article before it."""
    det = toks[first - 1].low if first else None
    nxt = toks[last] if last < len(toks) else None
    if toks[last - 1].low.endswith(("'s", "\u2019s")):
        return None, det  # "the 58-year-old's lawyer": the owner, told by no noun
    if nominal or nxt is None or not nxt.is_word:
        return noun, det
    if nxt.low in _PEOPLE:
        return nxt.low, det
    if _known_noun([nxt.low]):
        return _known_noun([nxt.low]), det
    if nxt.cap:
        return _noun_after_a_name(toks, last, det)
    if (
        nxt.low not in FUNCTION_WORDS
        and not nxt.low.endswith("ed")
        and nxt.low not in PAST_WITHOUT_ED
        and not _object_next(toks, last + 1)
    ):
        return "?" + nxt.low, det  # a noun not known: it ties only to itself
    return noun, det


def _noun_after_a_name(toks, last: int, det: str | None) -> tuple[str, str | None] | None:
    """ "the 23-year-old Dravian forward": a capitalised word of place or side before a plain noun
    that no name follows tells the noun; "the 24-year-old Tomas Vellik", "the 23-year-old Velt
    defender Omar Pask" bring someone new (None)."""
    after = toks[last + 1] if last + 1 < len(toks) else None
    then = toks[last + 2] if last + 2 < len(toks) else None
    if after is None or not after.is_word or after.cap or after.low in FUNCTION_WORDS:
        return None
    if after.low.endswith(("ed", "s")) or then is not None and then.cap:
        return None  # "the 24-year-old Vellik scored", "signed", "scores"
    return "?" + after.low, det


# after a word, what tells that word is a verb: a pronoun, or a particle before "to"
_CLAUSE_NEXT = frozenset("he she they it we him them that".split())
_PARTICLES = frozenset("on up out back down off away".split())


def _object_next(toks, k: int) -> bool:
    """The word after "the 26-year-old X" opens an object ("made three saves", "took his
    chance", "said he", "went on to"), so X is a verb, not the person's noun."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.low in _CLAUSE_NEXT or t.low in _PARTICLES and k + 1 < len(toks) and toks[k + 1].low == "to":
        return True  # "the 52-year-old said he", "the 24-year-old went on to": X is a verb
    lex = lexicon()
    return t.low in DETERMINERS or t.low in lex["units"] or t.low in lex["tens"] or t.text[:1].isdigit()


# what stands between a person's noun and an age said of it ("the driver, who is 58", "now 58")
_COPULA_BEFORE_AGE = frozenset({"who", "is", "was", "now"})


def _noun_before(low: list[str], first: int, age: bool) -> tuple[str, str | None] | None:
    """ "the man, aged 36,", "The woman, 36,", "Another man, 31,", "the driver, who is 58,", "the
    driver is 58": the noun before the age."""
    j = first - 1
    while j >= 0 and (low[j] in (",", "(", "aged") or age and low[j] in _COPULA_BEFORE_AGE):
        j -= 1
    if j >= 0 and low[j] in _PEOPLE and (age or low[first - 1] == ","):
        return low[j], low[j - 1] if j else None
    return None

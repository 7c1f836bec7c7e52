"""FL401: an age restated where the person is resolved by the sentence's subject, not by one
noun told twice: "The 30-year-old has scored 10 goals." / "Ruvo Kell, 31, said ..." (a bare "the
N-year-old" opening a sentence is a pronoun for the story's subject, named later; so is any
definite "the N-year-old" or "the 74-year-old surgeon" once the story has named that person and
the sentence names no one else: "Tobin Kessler signed ..." / "Back to his best, the 30-year-old
has ..." / "In an interview, Kessler, 31, said"), and "A 28-year-old man was arrested" / "the
29-year-old suspect" (the accused told first by sex, then by the role of the accused), and "The
27-year-old scored ..." / "the 28-year-old striker will sign" (the bare opener told again by a
role that no sentence from it on gave anyone else).

Only where the story gives no other person an age: every other age is the subject's own value
or of another time ("at 19", "when he was 12"). The named age must open its sentence ("Kell,
31, said"; "Police said Kell, 31, had") and bring no role after it ("Kell, 31, a witness,"),
nor another person before it ("his partner Kell, 31"), and neither sentence may tell a harm
done to its person (the victim and the accused are two people). The accused's role noun
("suspect", "driver", "gunman") is read only after a sex noun whose clause tells an arrest or a
charge. Ages more than a few years apart, or on different days, are not compared.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Iterator

from factlint.analysis.age_fates import accused, age_fate
from factlint.analysis.age_mentions import SEX_NOUNS, AgeMention
from factlint.analysis.age_people import KIN
from factlint.analysis.text import figure_tokens
from factlint.rules.fl401_age_clauses import doer_accused
from factlint.rules.fl401_events import _different_days

_APART = 3
# the roles of the person accused of a deed, as a definite phrase names them after the arrest
_ACCUSED = frozenset("suspect accused defendant driver gunman attacker shooter motorist".split())
# the definite article a bare age opens its sentence with ("The 30-year-old", "Der 22-Jährige")
_THE = frozenset("the der die de il el le o".split())
# verbs of saying a named subject may follow ("Police said Kell, 31, had ...")
_SAID = frozenset("said says told added".split())
# the prepositions a phrase set before a sentence's subject opens with ("In an interview, Kell, 31,")
_FRONTED = frozenset("in on at after during before since with speaking".split())


def subject_age_pairs(mentions: list[AgeMention], qs, texts) -> Iterator[tuple[AgeMention, AgeMention, str]]:
    """(earlier, later, whose) for each age read as above."""
    now = _without_far_kin([m for m in mentions if not m.other_time])
    if len(now) < 2 or any(m.besides or m.listed or m.restricted for m in now):
        return
    a = now[0]
    others = [m for m in now[1:] if m.value != a.value]
    if not others or len({m.value for m in others}) != 1:
        return
    b = others[0]
    if b.sentence <= a.sentence or not 0 < abs(a.value - b.value) <= _APART:
        return
    if ages_apart(qs[a.index], qs[b.index], texts):
        return
    if not any(m.named for m in now) and doer_accused(a, b, qs, texts):
        yield a, b, f"the {(b.noun or 'person').lstrip('?')} told before"
        return
    if _harmed(a, qs, texts) or _harmed(b, qs, texts):
        return
    if _cataphor(a, b, now, texts, qs):
        yield a, b, b.named.title() if b.named else "the person told before"
    elif _accused_restated(a, b, now, qs, texts):
        yield a, b, f"the {a.noun} told before"
    elif _role_restated(a, b, now, qs, texts):
        yield a, b, "the person told before"


def _without_far_kin(now: list[AgeMention]) -> list[AgeMention]:
    """The ages left when those of relatives named by their kin ("his 12-year-old son") are set
    aside: a relative is another person, and one whose age is far from every other age cannot be
    the person a later "the 74-year-old" means; an age listed only beside such a relative in its
    sentence is then told alone."""
    kin = [m for m in now if m.noun in KIN]
    rest = [m for m in now if m.noun not in KIN]
    if not kin or any(abs(k.value - r.value) <= _APART for k in kin for r in rest):
        return now
    per_sentence = Counter(m.sentence for m in rest)
    return [replace(m, listed=False) if m.listed and per_sentence[m.sentence] == 1 else m for m in rest]


# words that tell a birthday, the one event between two dates that changes an age
_BIRTHDAY = frozenset(
    "turned turns birthday anniversaire cumpleaños geburtstag compleanno aniversário verjaardag".split()
)
_TURNED = frozenset({"turned", "turns"})  # a birthday only with the age after it ("turned 41")


def ages_apart(qa, qb, texts: list[str]) -> bool:
    """Two ages of one person differ rightly only where the story tells a birthday before the
    later, and by one year unless told on different days ("Pelletan, 40," / "turned 41 on
    Sunday" / "the 41-year-old"; not "Holm, 80," / "who turned 83 this year"); two days alone
    ("arrested on Friday" / "in court on Monday") do not change an age, and a date before the
    age ("In 2012 the 22-year-old") makes it an age then (``age_mentions``)."""
    if abs(qa.value - qb.value) > 1 and not _different_days(qa, qb):
        return False
    hi = max(qa.sentence, qb.sentence)
    return any(_birthday(texts[k]) for k in range(hi + 1))  # ("on his 75th birthday" / 74 / 75)


def _birthday(text: str) -> bool:
    """The sentence tells a birthday: its word, or "turned 41" (not "turned up dead")."""
    toks = figure_tokens(text)
    return any(
        t.low in _BIRTHDAY and (t.low not in _TURNED or k + 1 < len(toks) and toks[k + 1].text[:1].isdigit())
        for k, t in enumerate(toks)
    )


def _cataphor(a: AgeMention, b: AgeMention, now, texts, qs) -> bool:
    """ "The 30-year-old has ..." first, then the one named person with an age, as a subject."""
    if not (a.definite and not a.named and b.named) or a.noun in SEX_NOUNS:
        return False
    if any(
        m.named not in (None, b.named) or (m.named is None and m is not a and m.value != a.value) for m in now
    ):
        return False
    if b.named.split()[-1] in {t.low for t in figure_tokens(texts[a.sentence])}:
        return False  # "Tarrel was fixated on the 24-year-old": someone else
    met = _met_before(b.named, a.sentence, texts)
    if not met and (a.noun is not None or not _opens(a, qs, texts)):
        return False  # neither the sentence's opening subject nor a person the story has named
    if a.noun is not None and _names_another(texts[a.sentence], b.named):
        return False  # "Manager Ivo Brant said the 30-year-old defender ...": maybe another player
    return _named_subject(texts[b.sentence], qs[b.index], b.named)


def _met_before(key: str, k: int, texts) -> bool:
    """The person keyed ``key`` is named in a sentence before sentence k ("Tobin Kessler signed
    ..." / "the 30-year-old has scored ..."): a definite age after it may be theirs."""
    surname = key.split()[-1]
    return any(surname in {t.low for t in figure_tokens(texts[j])} for j in range(k))


def _names_another(text: str, key: str) -> bool:
    """The sentence names a person other than ``key`` by two capitalised words past its first
    word ("Manager Ivo Brant said the 30-year-old defender"): a described age there may be
    anyone's of the story, not the one person named before."""
    toks = figure_tokens(text)
    surname = key.split()[-1]
    return any(
        toks[k].cap
        and toks[k].is_word
        and toks[k + 1].cap
        and toks[k + 1].is_word
        and toks[k + 1].low != surname
        for k in range(1, len(toks) - 1)
    )


def _opens(m: AgeMention, qs, texts) -> bool:
    """ "The 27-year-old scored ...": a bare definite age is its sentence's opening subject."""
    toks = figure_tokens(texts[m.sentence])
    return len(toks) >= 2 and toks[0].low in _THE and toks[1].start == qs[m.index].start


def _role_restated(a: AgeMention, b: AgeMention, now, qs, texts) -> bool:
    """ "The 27-year-old scored ..." / "the 28-year-old striker will sign": the story's opening
    subject told again by a role no sentence from the subject's on gave anyone (else the role may be
    another's; a headline's "Morvik striker" before it is the subject's)."""
    if not (a.definite and a.noun is None and not a.named and _opens(a, qs, texts)):
        return False
    if not b.definite or b.named or not b.noun or b.noun in SEX_NOUNS or any(m.named for m in now):
        return False
    role = b.noun.lstrip("?")
    return not any(role in {t.low for t in figure_tokens(texts[k])} for k in range(a.sentence, b.sentence))


def _named_subject(text: str, q, key: str) -> bool:
    toks = figure_tokens(text)
    at = next((k for k, t in enumerate(toks) if t.low == key and t.end <= q.start), None)
    if at is None:
        return False
    k = at
    while k > 0 and toks[k - 1].cap and toks[k - 1].low not in _SAID:
        k -= 1  # the given names
    before = [t.low for t in toks[:k]]
    if before[-1:] == [","] and before[0] in _FRONTED and "," not in before[:-1]:
        before = []  # "In a long interview, Kell, 31, said"
    if before and not (before[-1] in _SAID or before[-2:-1] and before[-2] in _SAID and before[-1] == "that"):
        return False  # "his partner Kell, 31", "arrested Kell, 31"
    last = next((j for j, t in enumerate(toks) if t.start >= q.end), len(toks))
    rest = [t.low for t in toks[last : last + 2]]
    return not (rest[:1] == [","] and rest[1:] and rest[1] in ("a", "an", "the"))  # "Kell, 31, a witness"


def _accused_restated(a: AgeMention, b: AgeMention, now, qs, texts) -> bool:
    """ "A 28-year-old man was arrested" / "the 29-year-old suspect": one accused."""
    if a.definite or a.named or b.named or a.noun not in SEX_NOUNS or not b.definite:
        return False
    if (b.noun or "").lstrip("?") not in _ACCUSED or any(m.named for m in now):
        return False
    qa = qs[a.index]
    return accused(texts[a.sentence], qa.start, qa.end)


def _harmed(m: AgeMention, qs, texts) -> bool:
    q = qs[m.index]
    fate = age_fate(texts[m.sentence], q.start, q.end)
    return fate is None or bool(fate.harm) or fate.died

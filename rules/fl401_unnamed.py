"""FL401: the age of one person nobody names, told twice ("killed a 47-year-old man" / "A
48-year-old man was fatally shot"). Apart from the rule's main pass because such ages have no
person to key them by: they are tied by what befell the person (``analysis.age_fates``)."""

from __future__ import annotations

import re
from typing import Iterator

from factlint.analysis.age_fates import AgeFate, age_fate
from factlint.analysis.figure_ages import ROLE_KEY, ages_abroad, role_abroad
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import figure_tokens
from factlint.rules.fl401_events import _different_days


def unnamed_age_pairs(qs: list[Quantity], sentences) -> Iterator[tuple[int, int, str]]:
    """(earlier, later, what) for two ages of nobody named that tell one person: both the one
    dead of a story that tells of no second death, or both hurt alike at one named place ("shot
    near 88th Street"). The words of the later figure's fate name the person ("the man killed")."""
    ages = [k for k, q in enumerate(qs) if _unnamed(q)]
    if not ages and not any(
        q.kind == "age" and ((q.person or "").startswith(ROLE_KEY) or q.age_form == "role-abroad") for q in qs
    ):
        return  # (nearly every story: no age of nobody named)
    one_dead = not any(q.kind == "count" and q.event == "death" and q.base_value >= 2 for q in qs)
    fates: dict[int, AgeFate | None] = {}

    def fate(k: int) -> AgeFate | None:
        if k not in fates:
            q = qs[k]
            after = sentences[q.sentence + 1].text if q.sentence + 1 < len(sentences) else ""
            fates[k] = age_fate(sentences[q.sentence].text, q.start, q.end, after)
        return fates[k]

    told: set[int] = set()
    yield from _role_of_the_named(qs, sentences, ages, fate, told)
    yield from _the_one_victim(qs, sentences, ages, fate, told)
    yield from _one_role_abroad(qs, sentences, told)
    for n, bi in enumerate(ages):
        b = qs[bi]
        for ai in ages[:n]:
            a = qs[ai]
            if a.sentence == b.sentence or a.value == b.value or bi in told or _different_days(a, b):
                continue
            fa, fb = fate(ai), fate(bi)
            if fa is None or fb is None or (fa.sex and fb.sex and fa.sex != fb.sex):
                continue
            if "role-apposition" in (b.age_form, a.age_form) and b.age_form != "year-old":
                if fb.noun != fa.noun or _told_between(qs, ages, ai, bi, fb.noun, fate):
                    continue  # "The woman, 36,": the woman of the latest age told by that noun
                what = f"the {fb.noun} told before, whom neither sentence names"
            elif one_dead and fa.died and fb.died:
                what = "the one person killed, whom neither sentence names"
            elif fa.harm and fa.harm == fb.harm and fa.place and fa.place == fb.place:
                what = f"the person {fa.harm} at {_place_words(fa.place)}, whom neither sentence names"
            else:
                continue
            told.add(bi)
            yield ai, bi, what
            break


def _unnamed(q: Quantity) -> bool:
    return q.kind == "age" and not q.person and not q.changes and q.age_form in _FORMS


def _place_words(place: tuple[str, ...]) -> str:
    return " ".join(w if w[:1].isdigit() else w.capitalize() for w in place)  # "88th Street"


# "a 47-year-old man", "aged 47", "the 47-year-old", "the 47-year-old driver" (when no name was
# found for it)
_FORMS = frozenset({"year-old", "aged", "anaphor", "anaphor-role", "role-apposition"})


def _told_between(qs, ages, ai: int, bi: int, noun: str | None, fate) -> bool:
    """Another age told by the same noun between the two: "the woman" may be that one."""
    return any(ai < k < bi and (f := fate(k)) is not None and f.noun == noun for k in ages)


def _role_of_the_named(qs, sentences, ages, fate, told) -> Iterator[tuple[int, int, str]]:
    """ "The 48-year-old nurse accused of ..." / "The suspect, 49-year-old Ilse Marrow, is a
    nurse": an age told by a role, of the one person the story gives an
    age with a name, when that person's sentence gives the same role (and the ages are a year or
    two apart, as a misreported age is)."""
    named = [
        k for k, q in enumerate(qs) if q.kind == "age" and q.person and not q.person.startswith(ROLE_KEY)
    ]
    if len({qs[k].person for k in named}) != 1:
        return
    roles = [k for k, q in enumerate(qs) if q.kind == "age" and (q.person or "").startswith(ROLE_KEY)]
    for u in sorted(roles + ages):
        q = qs[u]
        if q.person:
            noun = q.person.removeprefix(ROLE_KEY).split()[0]  # "nurse accused": nurse
        else:
            f = fate(u) if q.age_form == "anaphor-role" else None
            noun = f.noun if f else None
        if not noun:
            continue
        for k in named:
            p = qs[k]
            if p.sentence == q.sentence or not 0 < abs(p.value - q.value) <= 2 or _different_days(p, q):
                continue
            if noun in {t.low for t in figure_tokens(sentences[p.sentence].text)}:
                ai, bi = (u, k) if u < k else (k, u)
                told.add(bi)
                yield ai, bi, f"the {noun}, named {(p.person or '').title()} by the other sentence"
                return


# how a story's one victim is told again: "the man, aged 36", "the 36-year-old woman"
_THE_PERSON = frozenset({"man", "woman", "boy", "girl", "victim"})
_MISREPORTED = 2  # years apart an age told twice by two reporters' words usually is


def _the_one_victim(qs, sentences, ages, fate, told) -> Iterator[tuple[int, int, str]]:
    """ "The victim, a 34-year-old teacher, was taken to hospital" / "Police said the man, aged
    36, had been walking home": a story that tells of one victim ("the victim", never "victims"
    or a second one) gives that victim's age again by "the man" or "the woman", a year or two
    apart (further apart, or told with "a", is likelier someone else)."""
    text = " ".join(s.text for s in sentences[: max((qs[k].sentence for k in ages), default=-1) + 1]).lower()
    if not ages or "victim" not in text or _MORE_VICTIMS.search(text):
        return
    victims = [k for k in ages if _told_as(sentences[qs[k].sentence].text, qs[k], {"victim"})]
    for vi in victims:
        for k in ages:
            a, b = (qs[vi], qs[k]) if vi < k else (qs[k], qs[vi])
            if k == vi or a.sentence == b.sentence or not 0 < abs(a.value - b.value) <= _MISREPORTED:
                continue
            text_k = sentences[qs[k].sentence].text
            # the victim told again by "the man", or first brought in hurt ("A 34-year-old man was
            # shot dead" / "The victim, 36,")
            again = (
                _told_as(text_k, qs[k], _THE_PERSON) or k < vi and _brought_in_hurt(text_k, qs[k], fate(k))
            )
            if not again or max(vi, k) in told:
                continue
            if any(j not in (vi, k) and q.kind == "age" and q.value == qs[k].value for j, q in enumerate(qs)):
                continue  # "A 25-year-old man was arrested ... the 25-year-old man": that one
            fa, fb = fate(vi), fate(k)
            if fa is None or fb is None or (fa.sex and fb.sex and fa.sex != fb.sex) or _different_days(a, b):
                continue
            told.add(max(vi, k))
            yield min(vi, k), max(vi, k), "the victim, whom neither sentence names"
            return


def _brought_in_hurt(text: str, q: Quantity, fate: AgeFate | None) -> bool:
    """ "A 34-year-old man was shot dead": a person brought into the story by "a" and a harm."""
    before = [t.low for t in figure_tokens(text[: q.start])][-1:]
    after = [t.low for t in figure_tokens(text[q.end :])][:1]
    return (
        before in (["a"], ["an"])
        and after in (["man"], ["woman"], ["boy"], ["girl"])
        and fate is not None
        and bool(fate.died or fate.harm)
    )


# another victim, or several: "victims", "a second victim", "another victim"
_MORE_VICTIMS = re.compile(r"\bvictims\b|\b(?:second|another|other|two|three)\s+victim\b")


def _told_as(text: str, q: Quantity, nouns: set[str] | frozenset[str]) -> bool:
    """The age's person told by "the" and one of ``nouns`` right before it ("The victim, a
    34-year-old", "the man, aged 36", "the woman, 36,") or right after it ("the 36-year-old man")."""
    before = [t.low for t in figure_tokens(text[: q.start])][-5:]
    after = [t.low for t in figure_tokens(text[q.end :])][:1]
    lead = next((k for k in range(len(before) - 1, -1, -1) if before[k] in nouns), None)
    if lead is not None:
        return (
            lead > 0
            and before[lead - 1] == "the"
            and all(w in {",", "a", "an", "aged"} for w in before[lead + 1 :])
        )
    return bool(before) and before[-1] == "the" and bool(after) and after[0] in nouns


def _one_role_abroad(qs, sentences, told) -> Iterator[tuple[int, int, str]]:
    """ "Der 45-jährige Trainer wurde entlassen" / "der 47 Jahre alte Coach habe": in another
    language's copy, an unnamed person's age told by a role (under one English name), given again
    with a definite article and the same role a year or two apart, with no other age of that role
    between."""
    roles = {}
    for k, q in enumerate(qs):
        if q.kind == "age" and not q.person and not q.changes and q.age_form in {"year-old", "role-abroad"}:
            told_as = _role_told_abroad(sentences[q.sentence].text, q)
            if told_as:
                roles[k] = told_as
    others = ages_abroad()["others"]
    for bi, (role, definite) in roles.items():
        if not definite or bi in told:
            continue
        if others.intersection(
            t.low for t in figure_tokens(sentences[qs[bi].sentence].text[: qs[bi].start])[-6:]
        ):
            continue  # "Sein Nachfolger, der 47-jährige Trainer": another one of that role
        earlier = [k for k in roles if k < bi and roles[k][0] == role and qs[k].sentence != qs[bi].sentence]
        if not earlier:
            continue
        ai = earlier[-1]  # (the latest of that role: "der Trainer" is the one told last)
        texts = [sentences[qs[x].sentence].text for x in (ai, bi)]
        if any(_role_owned(t, qs[x]) or _roles_in(t, role) > 1 for t, x in zip(texts, (ai, bi))):
            continue  # "der 34-jährige Fahrer eines BMW" / "Der Fahrer des BMW und der 32-jährige Fahrer"
        if 0 < abs(qs[ai].value - qs[bi].value) <= _MISREPORTED and not _different_days(qs[ai], qs[bi]):
            told.add(bi)
            yield ai, bi, f"the {role} told before, whom neither sentence names"


def _role_told_abroad(text: str, q: Quantity) -> tuple[str, bool] | None:
    """(role, definite) of an age told by a role in another language: the noun right after "45-
    jährige" / "47 Jahre alte", or right before ", de 45 años," ("El entrenador, de 45 años,")."""
    before = [t.low for t in figure_tokens(text[: q.start])][-4:]
    definite = ages_abroad()["definite"]
    if q.age_form == "role-abroad":
        at = next((k for k in range(len(before) - 1, -1, -1) if role_abroad(before[k])), None)
        if at is None:
            return None
        return role_abroad(before[at]) or "", at > 0 and before[at - 1] in definite
    after = [t.low for t in figure_tokens(text[q.end :])][:1]
    role = role_abroad(after[0]) if after else None
    return (role, bool(before) and before[-1] in definite) if role else None


def _role_owned(text: str, q: Quantity) -> bool:
    """The role after the age is told as someone's or something's ("der 34-jährige Fahrer eines
    BMW", "el conductor del camión"): one of several of that role a story may have."""
    after = [t.low for t in figure_tokens(text[q.end :])][1:3] + ["", ""]
    data = ages_abroad()
    return after[0] in data["of"] or after[0] in data["of_lead"] and after[1] in data["of_article"]


def _roles_in(text: str, role: str) -> int:
    """How many words of ``role`` a sentence has ("Der Fahrer des BMW und der 32-jährige Fahrer": two)."""
    return sum(role_abroad(t.low) == role for t in figure_tokens(text))

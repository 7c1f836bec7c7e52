"""FL401: the age of one person nobody names, told twice ("killed a 47-year-old man" / "A
48-year-old man was fatally shot"). Apart from the rule's main pass because such ages have no
person to key them by: they are tied by what befell the person (``analysis.age_fates``)."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.age_fates import AgeFate, age_fate
from factlint.analysis.figure_ages import ROLE_KEY
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import figure_tokens
from factlint.rules.fl401_events import _different_days


def unnamed_age_pairs(qs: list[Quantity], sentences) -> Iterator[tuple[int, int, str]]:
    """(earlier, later, what) for two ages of nobody named that tell one person: both the one
    dead of a story that tells of no second death, or both hurt alike at one named place ("shot
    near 88th Street"). The words of the later figure's fate name the person ("the man killed")."""
    ages = [k for k, q in enumerate(qs) if _unnamed(q)]
    if not ages and not any(q.kind == "age" and (q.person or "").startswith(ROLE_KEY) for q in qs):
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

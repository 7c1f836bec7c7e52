"""An age told by a person's role in one sentence and by name in another: "A 34-year-old driver
was arrested" / "Police named the driver as Anna Kessler, 36"; "the driver, 36, had been
drinking" / "Kessler, 34, was arrested"; "The 36-year-old mayor said" / "Mayor Anna Kessler,
34," (``numbers`` asks ``role_ages`` once, after the ages told by pronoun and "the N-year-old").

The role is a noun of who someone is in a story (``_ROLES``: a driver, a victim, a suspect, a
mayor; not "man" or "woman", which many people in one story are) right after the unnamed age
("a 34-year-old driver") or right before it ("the driver, 36,"). The named person is the only
person the article gives an age with a name, and the role's noun stands within a few words of
that person's name in one of the sentences of the named age ("driver Anna Kessler", "named the
driver as Kessler", "Kessler, the driver,"); the unnamed age's clause names no one and nowhere
those sentences do not. Only one unnamed age of that role is read.

``clause_scope`` leaves out of a person's age the words of its clause that scope what the
clause tells, not the age ("Mayor Velt, 37, opened the new bridge", "won last season"):
"then", "now", "earlier" and the words of a group ("each", "average") stay.
"""

from __future__ import annotations

from dataclasses import replace

from .age_people import KIN
from .text import figure_tokens

_ROLES = frozenset(
    """driver victim suspect pilot passenger gunman attacker shooter mayor teacher captain nurse
    doctor coach defendant accused cyclist pedestrian motorist rider climber hiker swimmer
    skipper chef owner landlord tenant headteacher principal""".split()
)
_AFTER_REACH = 3  # tokens from an unnamed age to its role noun after it ("34-year-old lorry driver")
_NAME_REACH = 4  # tokens between a role noun and the person's name


def role_ages(quantities: list, sentence_text) -> list:
    """The quantities with an unnamed age given the named person its role ties it to
    (``sentence_text``: a sentence's text by its index)."""
    ages = [q for q in quantities if q.kind == "age"]
    named = {q.person for q in ages if q.person and not q.person.startswith("\x00")}
    unnamed = [k for k, q in enumerate(quantities) if q.kind == "age" and not q.person]
    if len(named) != 1 or not unnamed:
        return quantities
    person = next(iter(named))
    known = [q for q in ages if q.person == person]
    words = frozenset().union(*(q.person_names for q in known)) | {person}
    by_role: dict[str, list[int]] = {}
    for k in unnamed:
        role = _role_of(quantities[k], sentence_text)
        if role:
            by_role.setdefault(role, []).append(k)
    out = list(quantities)
    told = frozenset().union(*(q.names for q in known))
    for role, ks in by_role.items():
        if len(ks) != 1 or not any(_role_by_name(sentence_text(q.sentence), role, words) for q in known):
            continue
        if quantities[ks[0]].names - told:
            continue  # "the 59-year-old former mayor of Lyon, Ada Finch": a name the other lacks
        q = out[ks[0]]
        out[ks[0]] = replace(q, person=person, person_names=known[0].person_names)
    return out


def _role_of(q, sentence_text) -> str | None:
    """The role noun right after the unnamed age ("a 34-year-old driver") or right before its
    comma ("the driver, 36,")."""
    toks = figure_tokens(sentence_text(q.sentence))
    starts = [t.start for t in toks]
    k = next((x for x, s in enumerate(starts) if s >= q.start), len(toks))
    end = next((x for x, s in enumerate(starts) if s >= q.end), len(toks))
    for x in range(end, min(len(toks), end + _AFTER_REACH)):
        if toks[x].low in _ROLES:
            return toks[x].low
    if k >= 2 and toks[k - 1].text == "," and toks[k - 2].low in _ROLES:
        return toks[k - 2].low
    return None


def _role_by_name(text: str, role: str, words: frozenset[str]) -> bool:
    """Whether the role noun stands within a few words of the person's name in ``text``."""
    toks = figure_tokens(text)
    names = [x for x, t in enumerate(toks) if t.low in words]
    roles = [x for x, t in enumerate(toks) if t.low == role]
    return any(abs(r - n) <= _NAME_REACH for r in roles for n in names)


# scope words of a clause that do not make an age another one ("the new bridge", "last season",
# "so far this year"); not ordinals or "only", which tell kin apart ("first cousin", "only child")
_NOT_OF_AGE = frozenset(
    "new last latest again annual annually weekly daily monthly season career so far still".split()
)
_OWN_AGE = frozenset({"apposition", "year-old"})  # "Velt, 37,", "the 37-year-old mayor"


def clause_scope(quantities: list, sentence_text=None) -> list:
    """The quantities with each named person's own age rid of the clause's scope words; with
    ``sentence_text`` (a sentence's text by its index), also of those that stand away from the
    age and mark no kin ("Velt, 37, was first seen", "Velt, 37, was the only survivor"), and
    of "now" beside it ("Velt, now 37,": the age the story is told at, as a plain one)."""
    out = []
    for q in quantities:
        if q.kind == "age" and q.person and q.age_form in _OWN_AGE | {"copula"} and q.scope:
            scope = q.scope - _NOT_OF_AGE if q.age_form in _OWN_AGE else q.scope
            if scope and sentence_text is not None:
                scope = _beside_the_age(q, scope, sentence_text(q.sentence))
            q = replace(q, scope=scope) if scope != q.scope else q
        out.append(q)
    return out


_BESIDE = 3  # tokens before an age that scope it: "the then 24-year-old", "Velt, now 37,"
_AS_TOLD = frozenset({"now", "currently"})
# words of an earlier time or report, kept wherever they stand: "Velt, 51, had previously ..."
# (a clause of another time may name another person of the same surname)
_EARLIER_REPORT = frozenset({"previously", "earlier", "initially", "originally", "once"})
_KIN_NOUNS = KIN | {"child", "children", "twin"}  # an age now is the age a plain "Velt, 37," gives


def _beside_the_age(q, scope: frozenset, text: str) -> frozenset:
    """The scope words of an own age that scope the age: those right before it (or in its own
    words) and those that name kin ("first cousin", "only child"), less "now"."""
    toks = figure_tokens(text)
    k = next((x for x, t in enumerate(toks) if t.start >= q.start), len(toks))
    end = next((x for x, t in enumerate(toks) if t.start >= q.end), len(toks))
    near = {t.low for t in toks[max(0, k - _BESIDE) : end]}
    kin = {toks[x].low for x in range(len(toks) - 1) if toks[x + 1].low.rstrip("s") in _KIN_NOUNS}
    return frozenset(w for w in scope if w in near | kin | _EARLIER_REPORT) - _AS_TOLD

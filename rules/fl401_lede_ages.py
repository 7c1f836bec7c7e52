"""FL401: the person a headline or lede brings in by an age and a noun, then named with an age a
year off in the next sentence or the one after: "A 20-year-old man has died in hospital" / "Rane
Dovik, 21, of Marsh Lane, died on Sunday"; "Pensioner aged 85 to stand trial" / "86-year-old
Aldo Venn denied the charge". A news story names the person its lede told of right after it.

Read only where the story's first age is of nobody named, in its first two sentences, and every
age named in the story is of that one person; the named age must be the subject of its sentence
(it opens it, or follows a verb of saying or "that") or follow the lede's own verb ("Farmer, 72,
fined" / "magistrates fined 73-year-old Ida Hale"). Silent when the named person is brought in
as another (a relative, "also", a role after the name), when the two are told with different
fates (one arrested, charged or in court, the other attacked, hurt or in hospital), or when one
is told with a fate and the story tells of someone with the other (a suspect beside a victim);
when another age of the story has either value, when a birthday is told, or when the two ages
are more than a year apart (likelier two people).
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.age_fates import age_fate
from factlint.analysis.age_mentions import AgeMention
from factlint.analysis.age_people import KIN
from factlint.analysis.figure_ages import ROLE_KEY
from factlint.analysis.text import figure_tokens
from factlint.analysis.words import STOPWORDS
from factlint.rules.fl401_age_subjects import ages_apart

# the forms of an age that bring someone in ("a 20-year-old man", "Pensioner aged 85", "Farmer, 72,")
_FORMS = frozenset({"year-old", "aged", "apposition", "role-apposition"})
# what before a named age makes it the sentence's subject: a verb of saying, "that"
_SAID = frozenset("said says told added that heard named identified".split())
_ANOTHER = frozenset("also another other second fellow too".split()) | KIN
_THE = frozenset("the his her their its this that".split())
# the fate that makes a person the one accused, or the one harmed ("was attacked", "in hospital");
# a harm verb only after a passive helper ("was stabbed", not "stabbed a man")
_ACCUSED = frozenset(
    "charged accused arrested held detained jailed convicted sentenced fined suspected suspect denied"
    " denies admitted admits pleaded trial court magistrates bail remanded custody guilty indicted".split()
)
_HARM_VERBS = frozenset("attacked stabbed shot hurt injured wounded beaten assaulted killed".split())
_HARMED = frozenset("hospital hospitalised hospitalized died dies dead victim stable critical".split())
_PASSIVE = frozenset("was were been being is are got".split())
# where a person's clause ends ("has been arrested after a stabbing": the stabbing is not hers)
_CLAUSE_ENDS = frozenset(";.:".split()) | frozenset("and while but after before when as".split())


def lede_age_pairs(
    mentions: list[AgeMention], qs, texts: list[str]
) -> Iterator[tuple[AgeMention, AgeMention, str]]:
    """(lede age, named age, whose) for the one pair read as above."""
    ages = [k for k, q in enumerate(qs) if q.kind == "age" and not q.changes]
    if len(ages) < 2 or qs[ages[0]].sentence > 1:
        return
    ai = ages[0]
    qa = qs[ai]
    if qa.age_form not in _FORMS or not _unnamed(qa, texts) or _definite(qa, texts[qa.sentence]):
        return
    named = [k for k in ages[1:] if _named(qs[k]) and not _then(k, mentions)]
    if not named or len({qs[k].person for k in named}) != 1:
        return
    bi = named[0]
    qb = qs[bi]
    key = qb.person
    if not 0 < qb.sentence - qa.sentence <= 2 or abs(qa.value - qb.value) != 1:
        return
    if any(qs[k].value in (qa.value, qb.value) for k in ages if k not in (ai, bi)):
        return  # another age of either value: maybe that one
    if ages_apart(qa, qb, texts) or not _brought_in_alike(qa, qb, texts):
        return
    if not _subject(texts[qb.sentence], qb, key, texts[qa.sentence]):
        return
    a = AgeMention(ai, qa.sentence, qa.value, False, None, None, False, False, False)
    b = AgeMention(bi, qb.sentence, qb.value, False, None, key, False, False, False)
    yield a, b, f"{key.title()}, the person the opening told of"


def _definite(q, text: str) -> bool:
    """ "The 22-year-old struck", "his 81-year-old wife": someone told before, not brought in."""
    before = [t.low for t in figure_tokens(text[: q.start])][-1:]
    return bool(before) and before[0] in _THE


def _named(q) -> bool:
    return bool(q.person) and not q.person.startswith(ROLE_KEY) and q.age_form not in ("at-age", "years-old")


def _then(k: int, mentions: list[AgeMention]) -> bool:
    """The age is of another time or of one more person ("at 19", "another man, 31")."""
    return any(m.index == k and (m.other_time or m.besides) for m in mentions)


def _unnamed(q, texts: list[str]) -> bool:
    """Nobody named: no person key, a role's key, or a headline's opening noun read as a name
    ("Farmer, 72, fined": a word the story never capitalises inside a sentence)."""
    if not q.person or q.person.startswith(ROLE_KEY):
        return True
    toks = figure_tokens(texts[q.sentence])
    if " " in q.person or not toks or toks[0].low != q.person:
        return False
    return not any(t.cap and t.low == q.person for text in texts for t in figure_tokens(text)[1:])


def _brought_in_alike(qa, qb, texts: list[str]) -> bool:
    """Neither told as one more person, and not told with different fates: the two fates differ,
    or one is told and the story tells of someone with the other (the suspect beside the victim)."""
    if any(age_fate(texts[q.sentence], q.start, q.end) is None for q in (qa, qb)):
        return False  # "another man, 31", "also died"
    sa, sb = _fate(texts[qa.sentence], qa.end), _fate(texts[qb.sentence], qb.end)
    if sa and sb:
        return bool(sa & sb)
    if not sa and not sb:
        return True
    story: set[str] = set()
    for text in texts:
        story |= _fate(text, 0, whole=True)
    return not (story - (sa or sb))


def _fate(text: str, end: int, whole: bool = False) -> set[str]:
    """ "accused" and/or "harmed" by the words after an age ending at ``end`` in its clause (a few
    words, across an apposition's commas), or by every word of the text."""
    toks = [t for t in figure_tokens(text) if t.start >= end]
    if not whole:
        stop = next((k for k, t in enumerate(toks) if t.low in _CLAUSE_ENDS), len(toks))
        toks = toks[: min(stop, 12)]
    lows = [t.low for t in toks]
    out = {"accused"} if _ACCUSED.intersection(lows) else set()
    if _HARMED.intersection(lows) or any(
        w in _HARM_VERBS and _PASSIVE.intersection(lows[max(0, k - 3) : k]) for k, w in enumerate(lows)
    ):
        out.add("harmed")
    return out


def _subject(text: str, q, key: str, lede: str) -> bool:
    """The named age is its sentence's subject ("Dovik, 21, of Marsh Lane, died", "Police said
    Dovik, 21,", "heard that 86-year-old Aldo Venn denied"), or the object of the lede's own verb;
    no relative, "also" or role after the name marks another person."""
    toks = figure_tokens(text)
    surname = key.split()[-1]
    at = next((k for k, t in enumerate(toks) if t.low == surname), None)
    fig = next((k for k, t in enumerate(toks) if t.start >= q.start), None)
    if at is None or fig is None:
        return False
    first = min(at, fig)
    while first > 0 and toks[first - 1].cap and toks[first - 1].is_word and toks[first - 1].low not in _SAID:
        first -= 1  # the given names
    before = [t.low for t in toks[:first]]
    if _ANOTHER.intersection(before[-4:]) or _ANOTHER.intersection(t.low for t in toks[fig : fig + 8]):
        return False  # "his brother Dovik, 21", "Dovik, 21, also died"
    after = [t.low for t in toks[max(at, fig) + 1 : max(at, fig) + 4]]
    if after[:1] == [","] and after[1:2] in (["a"], ["an"], ["the"]):
        return False  # "Dovik, 21, a witness,": a role of another person
    if not before or before[-1] in _SAID:
        return True
    verb = before[-1]
    return verb.isalpha() and verb not in STOPWORDS and verb in {t.low for t in figure_tokens(lede)}

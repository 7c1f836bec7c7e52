"""FL401: a person's age told again, in the same sentence, by a bare "the N-year-old" that
opens the next clause as its subject: "Vellik, 25, scored twice ..." / "Vellik opened the
scoring with a header before the 24-year-old went on to curl a shot ...". The surname in the
sentence does not make the bare age someone else's ("Dhillon stalked the 24-year-old": there
the age is the object of the named person's verb); a clause opened by "before", "and", "then",
"as", "when", "while" or "but" whose subject is the bare age goes on telling the named person.

Silent when the sentence names another person the story names by given name and surname ("Lind
saved before the 24-year-old ...", "set up the first for Ivo Marr before the 24-year-old ..."),
when the age is followed by a noun or a name ("the 24-year-old Emil Rask"), or when the surname
comes only after the age. Also: the doer of a deed brought in by a clause of its own ("died after a
28-year-old woman collided with them") told again as the one charged ("the 29-year-old driver was
charged"), whatever the nouns; and a bare "the 63-year-old" after a list of people with ages
that picks out the one a year off, every other age far from it and no figure of the story of
its value. The rest is as for any restated age (``fl401_restated_ages``): one person with an
age before, a few years apart, no birthday between.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.age_fates import accused
from factlint.analysis.age_mentions import AgeMention
from factlint.analysis.age_people import KIN
from factlint.analysis.text import figure_tokens
from factlint.analysis.words import STOPWORDS

# the words that open a clause a bare age may be the subject of ("before the 24-year-old went")
_OPENERS = frozenset("before after and then as when while but until".split())


def continues_named(a: AgeMention, b: AgeMention, qs, texts: list[str]) -> bool:
    """ "Vellik opened the scoring ... before the 24-year-old went on to ...": b, a bare definite
    age opening a clause, is the named person a of the same sentence (as above)."""
    if not a.named or not b.definite or b.noun is not None:
        return False
    toks = figure_tokens(texts[b.sentence])
    q = qs[b.index]
    at = next((k for k, t in enumerate(toks) if t.start >= q.start), None)
    if at is None or at < 2 or toks[at - 1].low != "the" or toks[at - 2].low not in _OPENERS | {","}:
        return False
    after = next((t for t in toks if t.start >= q.end), None)
    if after is not None and after.cap:
        return False  # "the 24-year-old Emil Rask": a name of its own
    return a.named.split()[-1] in {t.low for t in toks[:at]}


# what after "a 28-year-old driver" tells the person is not the doer of the clause's deed
_NOT_DOER = frozenset("was were is are who whose and or".split())


def doer_accused(a: AgeMention, b: AgeMention, qs, texts: list[str]) -> bool:
    """ "Two cyclists died after a 28-year-old woman collided with them" / "the 29-year-old driver
    was charged": the doer of a deed, brought in by a clause of its own, told again as the one
    arrested or charged, whatever the nouns ("woman", "driver", "man", "suspect")."""
    if a.definite or a.named or a.noun is None or not b.definite or b.named:
        return False
    qb = qs[b.index]
    if not accused(texts[b.sentence], qb.start, qb.end):
        return False
    toks = figure_tokens(texts[a.sentence])
    q = qs[a.index]
    at = next((k for k, t in enumerate(toks) if t.start >= q.start), None)
    if at is None or at < 2 or toks[at - 1].low not in ("a", "an") or toks[at - 2].low not in _OPENERS:
        return False
    nxt = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks)) + 1  # after the noun
    return nxt < len(toks) and toks[nxt].is_word and toks[nxt].low not in _NOT_DOER


def names_other(a: AgeMention, b: AgeMention, texts: list[str]) -> bool:
    """ "Lind stopped a penalty before the 24-year-old went on ...": the sentence of a bare age
    names someone the story names by given name and surname, other than the named person a."""
    if not a.named or b.noun is not None:
        return False
    words = {t.low for t in figure_tokens(texts[b.sentence])}
    return bool((surnames(texts) - {a.named.split()[-1]}).intersection(words))


def loosely_named(b: AgeMention, qs, texts: list[str]) -> bool:
    """ "Dale doubled the lead ... then the 24-year-old managed to ...": a bare definite age keyed
    by a surname that stands elsewhere in its sentence, not beside it."""
    if not b.named or not b.definite or b.noun is not None:
        return False
    q = qs[b.index]
    toks = figure_tokens(texts[b.sentence])
    at = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks))
    return not (at < len(toks) and toks[at].cap)


def surnames(texts: list[str]) -> set[str]:
    """The words the story uses as surnames: a capitalised word after a capitalised given name
    ("Arne Lind", "Ivo Marr")."""
    out = set()
    for text in texts:
        toks = figure_tokens(text)
        for k in range(1, len(toks)):
            prev = toks[k - 1]
            if toks[k].cap and toks[k].is_word and prev.cap and prev.is_word and prev.low not in STOPWORDS:
                out.add(toks[k].low)
    return out


_FAR = 5  # years from the picked age that every other age told before is at least


def nearest_ages(
    mentions: list[AgeMention], qs, texts: list[str]
) -> Iterator[tuple[AgeMention, AgeMention, str]]:
    """ "... three customers, including the 62-year-old owner. The other victims were 24 and 46." /
    "Police said the 63-year-old blocked the gunman": of several people told with ages, a later
    bare "the N-year-old" that is not the one accused picks out the one whose age is a year off,
    when every other age told before is far from it and no one else is brought in between (a
    relative, another named person)."""
    now = [m for m in mentions if not m.other_time]
    for b in now:
        if not b.definite or b.named or b.noun is not None or b.besides or b.listed or b.restricted:
            continue
        if any(k != b.index and q.value == b.value for k, q in enumerate(qs)):
            continue  # ("The other victims were 24 and 46" / "the 24-year-old")
        earlier = [m for m in now if m.sentence < b.sentence]
        near = [a for a in earlier if abs(a.value - b.value) == 1]
        if (
            len(earlier) < 2
            or len(near) != 1
            or any(a is not near[0] and abs(a.value - b.value) < _FAR for a in earlier)
        ):
            continue
        a = near[0]
        q = qs[b.index]
        if a.named or accused(texts[b.sentence], q.start, q.end) or _brought_in(a, b, texts):
            continue
        yield a, b, f"the {(a.noun or 'person').lstrip('?')} told before"


def _brought_in(a: AgeMention, b: AgeMention, texts: list[str]) -> bool:
    """Someone without an age may be brought in after a's sentence: a relative ("her husband"),
    or a person named by given name and surname."""
    names = surnames(texts)
    for k in range(a.sentence + 1, b.sentence + 1):
        words = {t.low for t in figure_tokens(texts[k])}
        if KIN.intersection(words) or names.intersection(words):
            return True
    return False

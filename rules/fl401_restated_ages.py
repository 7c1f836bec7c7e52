"""FL401: one person's age restated by a definite phrase ("A 28-year-old man was arrested" / "the
29-year-old man was held"; "Vellik, 25, scored" / "praised the 24-year-old"; "un homme âgé de 58
ans" / "le quinquagénaire de 59 ans"), and a list of people with ages restated member by member
("a 52-year-old man and a 61-year-old woman" / "a 52-year-old man and a 63-year-old woman").

A definite phrase refers back: to the one person of its noun the story gave an age before (a
bare "the 24-year-old" to the one person of any noun, or the one named person). When the story
gave ages to two people it may mean ("another man, 31"), when another age of the story has its
value, when either age is of another time ("at 19 he joined", "as a 17-year-old") or the two
are more than a few years apart (likelier another person), or when the sentence of the definite
phrase names the person meant ("Dhillon stalked the 24-year-old"), it says nothing. Two lists are one
list when they tell the same nouns in the same order and agree on at least one member.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.age_mentions import SEX_NOUNS, YEARS, AgeMention, age_mentions
from factlint.analysis.figure_ages import role_abroad
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.subject_roles import subject_role
from factlint.analysis.text import figure_tokens
from factlint.linter.finding import Related
from factlint.rules.fl401_age_clauses import continues_named, loosely_named, names_other, nearest_ages
from factlint.rules.fl401_age_subjects import ages_apart, subject_age_pairs
from factlint.rules.fl401_lede_ages import lede_age_pairs

_APART = 3  # years apart an age told twice by two reporters' words usually is at most


def restated_age_findings(rule, doc, qs: list[Quantity], seen: set) -> Iterator:
    """Findings on the later age of each pair read as above (``seen``: sentence pairs told)."""
    if not any(q.kind == "age" or q.head in YEARS for q in qs):
        return  # (nearly every story)
    texts = [s.text for s in doc.sentences]
    mentions = age_mentions(qs, texts)
    pairs = list(_anaphors(mentions, qs, texts)) + list(_lists(mentions, qs, texts))
    pairs += list(nearest_ages(mentions, qs, texts)) + list(lede_age_pairs(mentions, qs, texts))
    for a, b, what in pairs + list(subject_age_pairs(mentions, qs, texts)):
        qa, qb = qs[a.index], qs[b.index]
        if (a.sentence, b.sentence) in seen:
            continue
        seen.add((a.sentence, b.sentence))
        yield rule.finding(
            figure_span(doc, qb.sentence, qb.start, qb.end),
            f'"{qb.text.rstrip(",;:")}" disagrees with "{qa.text.rstrip(",;:")}" given earlier for the '
            f"age of {what}: if they are two people, say so",
            related=[
                Related(
                    figure_span(doc, qa.sentence, qa.start, qa.end),
                    message=f'earlier figure: "{qa.text.rstrip(",;:")}"',
                )
            ],
            key_texts=[texts[qb.sentence], texts[qa.sentence]],
        )


def _may_mean(a: AgeMention, b: AgeMention, texts: list[str]) -> bool:
    """The person of ``a`` may be whom ``b``'s definite phrase means."""
    if b.noun is None:
        return True  # "the 24-year-old": anyone with an age
    if a.noun == b.noun or b.noun == "person" or a.noun == "person" and b.noun in SEX_NOUNS:
        return True
    if a.named and a.noun is None and b.noun not in SEX_NOUNS:
        # "Dunmere signed striker Aldo Marrick, 27" / "the 28-year-old striker"
        role = b.noun.lstrip("?")
        words = {t.low for t in figure_tokens(texts[a.sentence])}
        abroad = {role_abroad(w) for w in words} - {None}  # "Le milieu Quenel, 22 ans": midfielder
        if role in words or role in abroad or role == "player" and abroad:  # a position is a player's
            return True
        if abroad:
            return False  # "Le gardien Sernac, 38 ans" is not "l'attaquant de 37 ans"
        return subject_role(a.named, role, a.sentence, b.sentence, texts)
    return False


def _anaphors(mentions: list[AgeMention], qs, texts) -> Iterator[tuple[AgeMention, AgeMention, str]]:
    now = [m for m in mentions if not m.other_time]
    for n, b in enumerate(now):
        if not b.definite or b.besides or b.listed or b.restricted:
            continue
        if b.named and not loosely_named(b, qs, texts):
            continue
        if any(m is not b and m.value == b.value for m in mentions):
            continue  # "the 25-year-old": the one told with that age
        earlier = [a for a in now[:n] if a.sentence < b.sentence and _may_mean(a, b, texts)]
        people = {a.named or (a.noun, a.value) for a in earlier}
        if len(people) != 1 or any(a.besides or a.listed and not _picked(a, b, mentions) for a in earlier):
            continue
        a = earlier[-1]
        if names_other(a, b, texts):
            continue  # "Lind saved before the 24-year-old went on": maybe Lind's age
        if a.named and a.named in _other_words(qs[b.index], texts[b.sentence]):
            if not continues_named(a, b, qs, texts):
                continue  # "Dhillon became obsessed with the 24-year-old": someone else
        if not 0 < abs(a.value - b.value) <= _APART or ages_apart(qs[a.index], qs[b.index], texts):
            continue
        what = a.named.title() if a.named else f"the {(a.noun or 'person').lstrip('?')} told before"
        yield a, b, what


def _picked(a: AgeMention, b: AgeMention, mentions: list[AgeMention]) -> bool:
    """A member of a list ("the bakery's 25-year-old manager and the 62-year-old owner") that a
    later definite phrase picks out by a noun no other member of the list has ("the 63-year-old
    owner"); a noun of sex ("the 31-year-old man") picks out no one."""
    if b.noun is None or b.noun in SEX_NOUNS or b.noun == "person" or a.noun != b.noun:
        return False
    return sum(m.sentence == a.sentence and m.noun == a.noun for m in mentions) == 1


def _other_words(q, text: str) -> set[str]:
    """The words of an age's sentence but the noun of its own phrase: "Der 46-jährige Radfahrer"
    names no one else where "Radfahrer (45)" was read as a name."""
    toks = figure_tokens(text)
    own = next((k for k, t in enumerate(toks) if t.start >= q.end), None)
    return {t.low for k, t in enumerate(toks) if k != own}


def _lists(mentions: list[AgeMention], qs, texts) -> Iterator[tuple[AgeMention, AgeMention, str]]:
    by_sentence: dict[int, list[AgeMention]] = {}
    for m in mentions:
        if m.listed and not m.other_time and not m.named and m.noun:
            by_sentence.setdefault(m.sentence, []).append(m)
    lists = sorted(by_sentence.items())
    for n, (_, lb) in enumerate(lists):
        for _, la in lists[:n]:
            if len(la) != len(lb) or [m.noun for m in la] != [m.noun for m in lb]:
                continue
            same = [x.value == y.value for x, y in zip(la, lb)]
            gaps = [abs(x.value - y.value) for x, y in zip(la, lb)]
            if not any(same) or all(same) or max(gaps) > _APART:
                continue
            x, y = next((x, y) for x, y in zip(la, lb) if x.value != y.value)
            if ages_apart(qs[x.index], qs[y.index], texts):
                continue
            yield x, y, f"the {(x.noun or 'person').lstrip('?')} of the people listed before"
            break

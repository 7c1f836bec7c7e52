"""A person's age that the story's own other facts fix: a birth year and an age at a dated time
("born in 1953" / "on Jan. 21, 2028, when he will be 68": 74 or 75), a birth year and "the
31-year-old" in a story dated 2024 (33 or 34), and an age when sentenced, the sentence's years
and the age when released ("was 46 when he was sentenced to 50 years", "was jailed for 50 years"
/ "will be 98 when he is released": 96 or 97).

Read only where the story is plain about it: one birth year in the whole story; an age told by a
verb ("was 52", "will be 68") whose sentence holds one year, or a "when" clause with it; "the
N-year-old" only against the story's own date (its front matter, or a dateline "March 4, 2024")
when the story gives no other age; one age when sentenced and one when released, with no parole,
early release or time served in the release's sentence. ``rules/fl401_age_sums.py`` reports an
age outside what the others allow.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import figure_tokens
from .words import MONTHS

_VERBS = frozenset({"was", "is", "be", "turned", "turns", "turn"})
_ENDS = frozenset({".", ";", ":", "but"})
_SINCE = frozenset({"since", "until", "from"})
_RELEASE = frozenset({"released", "freed", "release", "leaves", "leave", "out"})
# the verbs that tell a prison term ("sentenced to 50 years", "jailed for 40 years")
_SENTENCED = frozenset({"sentenced", "jailed", "imprisoned"})
_EARLY = frozenset({"parole", "paroled", "early", "credit", "served", "commuted", "reduced", "remission"})


@dataclass(frozen=True)
class AgeSum:
    sentence: int
    start: int
    end: int
    text: str  # the age that disagrees ("68", "31-year-old")
    allowed: tuple[int, int]  # the ages the other facts allow
    basis: str  # what fixes it ("born in 1953 and 2028")
    basis_sentence: int
    basis_start: int
    basis_end: int


def _year(t) -> int | None:
    return int(t.text) if len(t.text) == 4 and t.text.isdigit() and 1850 <= int(t.text) <= 2100 else None


def _births(toks_by: list) -> list[tuple[int, int, object]]:
    out = []
    for k, toks in enumerate(toks_by):
        for i, t in enumerate(toks):
            if t.low != "born":
                continue
            for u in toks[i + 1 : i + 7]:
                if u.low in _ENDS:
                    break
                if _year(u):
                    out.append((k, _year(u), u))
                    break
    return out


def _told_ages(toks) -> list[tuple[int, int, str | None]]:
    """(token index, age, the clause's "when" reading) of ages told by a verb: "was 46 when
    ...", "when he will be 68"."""
    out = []
    for i, t in enumerate(toks):
        if not (t.text.isdigit() and 1 <= int(t.text) <= 115 and i and toks[i - 1].low in _VERBS):
            continue
        nxt = toks[i + 1].low if i + 1 < len(toks) else "."
        if nxt in ("years", "year") and not (i + 2 < len(toks) and toks[i + 2].low == "old"):
            continue
        w = i + 3 if nxt in ("years", "year") else i + 1  # "was 46 years old when ...": the word after "old"
        if w < len(toks) and toks[w].low == "when":
            nxt = "when"
        if nxt not in ("when", ".", ",", ";", "years", "year", "and", "on", "in", "at"):
            continue
        clause = None
        if nxt == "when":
            stop = next((j for j in range(w, len(toks)) if toks[j].low in _ENDS), len(toks))
            clause = " ".join(u.low for u in toks[w + 1 : stop])
        elif any(u.low == "when" for u in toks[max(0, i - 4) : i]):
            clause = ""  # "..., when he will be 68": the time is the sentence's
        out.append((i, int(t.text), clause))
    return out


def _sentence_years(toks, skip: set[int]) -> set[int]:
    return {
        _year(u)
        for j, u in enumerate(toks)
        if _year(u) and _year(u) not in skip and (j == 0 or toks[j - 1].low not in _SINCE)
    }


def _dateline_year(toks_by: list) -> int | None:
    """ "Kesby, March 4, 2024 - ...": the year of a date among the story's first words."""
    for toks in toks_by[:2]:
        head = toks[:10]
        for j, u in enumerate(head):
            if _year(u) and any(v.low.rstrip(".") in MONTHS for v in head[:j]):
                return _year(u)
    return None


def age_sums(texts: list[str], story_year: int | None) -> list[AgeSum]:
    """The ages of the story that its birth year or sentence arithmetic rule out, as above."""
    toks_by = [figure_tokens(t) for t in texts]
    births = _births(toks_by)
    told = [(k, *a) for k, toks in enumerate(toks_by) for a in _told_ages(toks)]
    out: list[AgeSum] = []
    if len({b for _, b, _ in births}) == 1:
        bk, born, bt = births[0]
        out += _against_birth(toks_by, told, bk, born, bt, story_year or _dateline_year(toks_by))
    out += _against_sentence(toks_by, told)
    return out


def _against_birth(toks_by, told, bk, born, bt, story_year) -> list[AgeSum]:
    out = []
    for k, i, value, clause in told:
        if clause is None:
            continue
        toks = toks_by[k]
        years = (
            _sentence_years(toks, {born}) if not clause else _sentence_years(figure_tokens(clause), {born})
        )
        if len(years) != 1:
            continue
        y = years.pop()
        allowed = (y - born - 1, y - born)
        if value not in allowed and 0 < y - born < 120:
            t = toks[i]
            out.append(
                AgeSum(k, t.start, t.end, t.text, allowed, f"born in {born}, in {y}", bk, bt.start, bt.end)
            )
    bare = [(k, toks, j) for k, toks in enumerate(toks_by) for j in _n_year_olds(toks)]
    if story_year and len(bare) == 1 and not told and bare[0][0] > bk:
        k, toks, j = bare[0]
        value = int(toks[j].text)
        allowed = (story_year - born - 1, story_year - born)
        if value not in allowed and 0 < story_year - born < 120:
            t = toks[j]
            out.append(
                AgeSum(
                    k,
                    t.start,
                    toks[j + 4].end,
                    f"{value}-year-old",
                    allowed,
                    f"born in {born}, in {story_year}",
                    bk,
                    bt.start,
                    bt.end,
                )
            )
    return out


def _n_year_olds(toks) -> list[int]:
    return [
        j
        for j, t in enumerate(toks)
        if t.text.isdigit()
        and j + 4 < len(toks)
        and [u.low for u in toks[j + 1 : j + 5]] == ["-", "year", "-", "old"]
    ]


def _against_sentence(toks_by, told) -> list[AgeSum]:
    sentenced = [
        (k, i, v, _term(c)) for k, i, v, c in told if c and _SENTENCED.intersection(c.split()) and _term(c)
    ]
    released = [(k, i, v) for k, i, v, c in told if c and _RELEASE.intersection(c.split())]
    if len(sentenced) != 1 or len(released) != 1:
        return []
    (sk, si, age, term), (rk, ri, later) = sentenced[0], released[0]
    if (rk, ri) <= (sk, si) or _EARLY.intersection(u.low for u in toks_by[rk]):
        return []
    allowed = (age + term, age + term + 1)
    if later in allowed:
        return []
    t, s = toks_by[rk][ri], toks_by[sk][si]
    return [
        AgeSum(
            rk, t.start, t.end, t.text, allowed, f"{age} when sentenced to {term} years", sk, s.start, s.end
        )
    ]


def _term(clause: str) -> int | None:
    """ "he was sentenced to 50 years in prison", "was jailed for 40 years": 50, 40."""
    words = clause.split()
    for j, w in enumerate(words[:-1]):
        if not (w.isdigit() and words[j + 1] == "years" and j):
            continue
        if words[j - 1] == "to" or words[j - 1] == "for" and j >= 2 and words[j - 2] in _SENTENCED:
            return int(w)
    return None

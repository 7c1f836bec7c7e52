"""FL403: an age on release beside the age at sentencing and the term ("was 54 when he was
sentenced to 30 years and will be 86 on his release": 84 or 85 at most). A prisoner freed at
the end of a term is at most the term plus a year older than when sentenced; time served before
the sentence, parole or remission only make the release earlier, so only an age above that is
told.

Read only where one sentence gives all three: "was A when (he was) sentenced|jailed" (the age
tied to the sentence, not to the crime or the arrest), a term in years ("to 30 years", "a
30-year sentence"), and "will be R" on, at or by the release ("on release", "when released",
"when he is freed", "by the time he gets out"); not where it speaks of parole or of a minimum."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.number_parse import _parse_number
from factlint.analysis.text import Token, figure_tokens

_SENTENCED = frozenset({"sentenced", "jailed", "imprisoned", "given"})
_RELEASE = frozenset({"release", "released", "freed", "free", "out", "releases"})
_SKIP = frozenset({"parole", "eligible", "minimum", "least", "early", "earliest", "served", "credit"})
_YEARS = frozenset({"years", "year"})


@dataclass(frozen=True)
class ReleaseAge:
    start: int
    end: int
    age: str
    term: str
    release: str
    most: int  # the oldest the prisoner can be on release


def release_ages(text: str) -> Iterator[ReleaseAge]:
    """Ages on release in ``text`` (one sentence) above the age at sentencing plus the term."""
    low = text.lower()
    if "will be" not in low or not any(w in low for w in ("sentenced", "jailed", "imprisoned", "given")):
        return
    toks = list(figure_tokens(text))
    if any(t.low in _SKIP for t in toks):
        return
    age = term = release = None
    for x, t in enumerate(toks):
        if t.text[:1].isdigit():
            continue
        if age is None and t.low == "was" and x + 2 < len(toks) and toks[x + 2].low == "when":
            a = _number_at(toks, x + 1)
            if a is not None and _sentence_follows(toks, x + 3):
                age = (a, toks[x + 1])
        elif age is not None and term is None and t.low in _YEARS and x >= 1:
            k = x - 2 if toks[x - 1].text == "-" and x >= 2 else x - 1
            n = _number_at(toks, k)
            if n is not None:
                term = (n, toks[k])
        elif term is not None and t.low == "will" and x + 2 < len(toks) and toks[x + 1].low == "be":
            r = _number_at(toks, x + 2)
            if r is not None and any(u.low in _RELEASE for u in toks[x + 3 : x + 8]):
                release = (r, toks[x + 2])
                break
    if age is None or term is None or release is None:
        return
    most = int(age[0] + term[0] + 1)
    if release[0] > most:
        yield ReleaseAge(age[1].start, release[1].end, age[1].text, term[1].text, release[1].text, most)


def _number_at(toks: list[Token], k: int) -> float | None:
    """A whole number of one token at ``k`` ("54", "thirty")."""
    if k < 0 or k >= len(toks):
        return None
    parsed = _parse_number(toks, k)
    if parsed is None or parsed[1] != k + 1 or parsed[0] != int(parsed[0]) or not 0 < parsed[0] < 130:
        return None
    return parsed[0]


def _sentence_follows(toks: list[Token], x: int) -> bool:
    """ "when sentenced", "when he was jailed": the age is the one at the sentence."""
    for t in toks[x : x + 3]:
        if t.low in _SENTENCED:
            return True
        if t.low not in {"he", "she", "they", "was", "were"}:
            return False
    return False

"""FL403: a percentage of a group told in one sentence and the counts it is a share of told in
another ("won 80 percent of the seats in Sunday's vote" ... "won 127 of the 255 seats": 50%).
The share is checkable from the counts, within the printed precision of the percentage.

Read only where the two are plainly one share: the percentage is the one figure of its sentence
and names its group right after it ("of the seats"); the counts are the only figures of theirs
("127 of the 255 seats", "410 out of 820 members") and count the same noun; no other sentence
nearby gives a share or counts of that noun. A percentage told as a bound or an approximation
("more than", "about", "some") is left alone, and so is another group ("of the vote" against
seats). A share the part makes with an ally's count told beside it ("... its partner won another
77 seats") agrees. The sentences lie at most four apart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.numtext import lemma
from factlint.analysis.text import Token, figure_tokens
from factlint.analysis.figure_clause import _APPROX_BEFORE
from factlint.rules.fl403_changes import _after, _Figure, sentence_figures

_OF = (("of", "the"), ("of",), ("out", "of"), ("out", "of", "the"))
# an approximation loosens the share to a tenth of it; a bound gives none
_BOUND = frozenset("over under more less than up".split())
_REACH = 4


@dataclass(frozen=True)
class ShareApart:
    sentence: int
    share: _Figure
    counts_sentence: int
    part: _Figure
    whole: _Figure
    noun: str
    expected: str


def shares_apart(texts: Sequence[str]) -> Iterator[ShareApart]:
    """Percentages of a group whose counts, told in another sentence of ``texts``, give another."""
    shares: list[tuple[int, str, _Figure, bool]] = []
    counts: list[tuple[int, str, _Figure, _Figure]] = []
    bare: dict[int, list[tuple[str, float]]] = {}  # each sentence's "77 seats": (noun, value)
    for si, text in enumerate(texts):
        toks = list(figure_tokens(text))
        figures = sentence_figures(text)
        bare[si] = [(n, f.value) for f in figures if f.unit == "" and (n := _noun_after(toks, f))]
        if len(figures) == 1 and figures[0].unit == "%":
            f = figures[0]
            noun = _group_after(toks, f)
            if noun is not None and not (f.token and toks[f.token - 1].low in _BOUND):
                shares.append((si, noun, f, bool(f.token) and toks[f.token - 1].low in _APPROX_BEFORE))
        elif len(figures) == 2 and all(f.unit == "" for f in figures):
            read = _counts(toks, figures)
            if read is not None:
                counts.append((si, read, *figures))
    for si, noun, share, loose in shares:
        near = [c for c in counts if c[1] == noun and 0 < c[0] - si <= _REACH]
        others = [s for s in shares if s[1] == noun and s[2] is not share]
        if len(near) != 1 or others:
            continue
        ci, _, part, whole = near[0]
        if whole.value <= 0 or part.value > whole.value:
            continue
        got = 100 * part.value / whole.value
        slack = max(share.precision / 2, 0.5, share.value / 10 if loose else 0) + 1e-9
        if abs(got - share.value) <= slack:
            continue
        # the share may be of the part and its allies told beside it ("127 of the 255 seats ...
        # its partner won another 77"): 80% of the seats is the two together
        allies = [v for k in (ci - 1, ci + 1) for n, v in bare.get(k, []) if n == noun]
        if any(abs(100 * (part.value + v) / whole.value - share.value) <= slack for v in allies):
            continue
        yield ShareApart(si, share, ci, part, whole, noun, f"{got:.1f}%")


def _group_after(toks: list[Token], f: _Figure) -> str | None:
    """The plural noun a percentage is a share of, right after it ("80 percent of the seats")."""
    k = _after(toks, f)
    lows = [t.low for t in toks[k : k + 4]]
    for of in sorted(_OF, key=len, reverse=True):
        if tuple(lows[: len(of)]) == of and len(lows) > len(of):
            noun = lows[len(of)]
            return lemma(noun) if noun.isalpha() and lemma(noun) != noun else None
    return None


def _counts(toks: list[Token], figures: list[_Figure]) -> str | None:
    """The noun of "127 of the 255 seats" / "410 out of 820 members": the part, an "of", the
    whole and its plural noun."""
    part, whole = figures
    k = _after(toks, part)
    gap = tuple(t.low for t in toks[k : whole.token])
    if gap not in _OF:
        return None
    return _noun_after(toks, whole)


def _noun_after(toks: list[Token], f: _Figure) -> str | None:
    """The plural noun right after a figure ("77 seats"), by its lemma."""
    j = _after(toks, f)
    noun = toks[j].low if j < len(toks) else ""
    return lemma(noun) if noun.isalpha() and lemma(noun) != noun else None

"""FL403: a total split into its parts the way German, Spanish, French or Italian copy does it
("170 Verletzte, davon 50 schwer- und 100 leichtverletzt"; "42 heridos, de ellos 12 graves y 25
leves"; "23 victimes, dont 9 morts et 16 blessés"), in one sentence.

The total is a count right before a comma and the word that splits it ("davon", "de ellos",
"de ellas", "de los cuales", "de las cuales", "dont", "di cui"), with at most three words
between; its parts are two or more counts after it, each with a few words, joined by commas
and "und"/"y"/"et"/"e"/"sowie". Parts that make more than the total are wrong, unless they split
it by two cuts that may overlap ("davon 30 Kinder und 20 schwer verletzt": by age and by
severity; "30 niños y 20 en estado grave"). Parts that make
less are wrong only when they are the kinds of one whole, one word of each (schwer/leicht,
grave/leve, Frauen/Männer, mujeres/hombres, adults/children …): a part alone ("davon 50
schwer") or parts of other kinds are a subset. Not read: a hedged total ("rund", "über",
"más de", "plus de", "environ") or a total written the continental way when a part is too
("1.300 … davon 800 und 500" is read as thousands only where it is plain)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.count_frames import number_word_value
from factlint.analysis.number_parse import parse_number
from factlint.analysis.text import Token, figure_tokens

_SPLITTERS = (
    ("davon",),
    ("de", "ellos"),
    ("de", "ellas"),
    ("de", "los", "cuales"),
    ("de", "las", "cuales"),
    ("dont",),
    ("di", "cui"),
)
_JOINS = frozenset({",", "und", "y", "e", "et", "sowie"})
_HEDGES = frozenset(
    "rund etwa über mehr mindestens knapp fast ungefähr unos unas más casi cerca alrededor "
    "plus environ près moins oltre circa quasi".split()
)
# the kinds that together are all of a whole, by the start of their words
_KINDS = (
    ("schwer", "leicht"),
    ("grave", "leve"),
    ("grièvement", "légèrement"),
    ("gravement", "légèrement"),
    ("frauen", "männer"),
    ("mujeres", "hombres"),
    ("femmes", "hommes"),
    ("donne", "uomini"),
    ("erwachsene", "kinder"),
    ("adultos", "niños"),
    ("adultes", "enfants"),
    ("adulti", "bambini"),
    ("niñas", "niños"),
    ("mädchen", "jungen"),
    ("filles", "garçons"),
)
_MAX_WORDS = 4  # words after a part before the next join
# the cuts a total may be split by, by the start of their words: a list that splits by two cuts
# ("30 Kinder und 20 schwer verletzt") tells parts that may overlap
_CUTS = {
    "severity": (
        "schwer",
        "leicht",
        "grave",
        "leve",
        "grièvement",
        "légèrement",
        "gravement",
        "gravi",
        "lievi",
    ),
    "sex": ("frauen", "männer", "mujeres", "hombres", "femmes", "hommes", "donne", "uomini", "niñas")
    + ("mädchen", "jungen", "filles", "garçons"),
    "age": ("erwachsene", "kinder", "adultos", "niños", "menores", "adultes", "enfants", "mineurs")
    + ("adulti", "bambini", "minori", "jugendliche", "minderjährige"),
}


@dataclass(frozen=True)
class SplitAbroad:
    start: int
    end: int
    total: str
    parts: tuple[str, ...]
    summed: float
    total_value: float


def splits_abroad(text: str) -> Iterator[SplitAbroad]:
    """Totals of ``text`` (one sentence) split by "davon"/"de ellos"/"dont" into parts that do not
    make them."""
    lows = text.lower()
    if not any(s[0] in lows for s in _SPLITTERS):
        return
    toks = list(figure_tokens(text))
    for k in range(1, len(toks)):
        split = next((s for s in _SPLITTERS if tuple(t.low for t in toks[k : k + len(s)]) == s), None)
        if split is None or toks[k - 1].text != ",":
            continue
        total = _total_before(toks, k - 1)
        if total is None:
            continue
        parts = _parts_after(toks, k + len(split))
        if len(parts) < 2:
            continue
        t_value, t_i = total
        summed = sum(p[0] for p in parts)
        if any(p[0] >= t_value for p in parts):
            continue  # a part as large as the whole: read apart, or no split
        kinds = _one_whole([p[3] for p in parts])
        if not (summed > t_value + 1e-9 or kinds and summed < t_value - 1e-9):
            continue
        if not kinds and _two_cuts([_cuts(toks, p[2]) for p in parts]):
            continue  # "davon 30 Kinder und 20 schwer verletzt": a child may be among the badly hurt
        texts = tuple(" ".join(t.text for t in toks[p[1] : p[2]]) for p in parts)
        yield SplitAbroad(toks[t_i].start, toks[parts[-1][2] - 1].end, toks[t_i].text, texts, summed, t_value)


def _number(toks: list[Token], i: int) -> tuple[float, int] | None:
    """(value, next token) of a plain count at ``i``: digits, or a number word."""
    if toks[i].text[:1].isdigit():
        if "." in toks[i].text or "," in toks[i].text:
            return None  # "1.300": thousands or a decimal, told the continental way: not read
        parsed = parse_number(toks, i)
        return (parsed[0], parsed[1]) if parsed is not None and parsed[1] == i + 1 else None
    value = number_word_value(toks[i].low)
    return (float(value), i + 1) if value is not None else None


def _total_before(toks: list[Token], comma: int) -> tuple[float, int] | None:
    """The count told at most three words before the comma ("170 Verletzte,")."""
    for i in range(comma - 1, max(-1, comma - 5), -1):
        n = _number(toks, i)
        if n is not None:
            if n[1] > comma or not all(t.is_word for t in toks[n[1] : comma]):
                return None
            if i and toks[i - 1].low in _HEDGES or i > 1 and toks[i - 2].low in {"más", "plus", "mehr"}:
                return None
            return n[0], i
        if not toks[i].is_word:
            return None
    return None


def _parts_after(toks: list[Token], k: int) -> list[tuple[float, int, int, str]]:
    """The counts after the splitting word: (value, its tokens' start and end, the first word
    after it)."""
    parts: list[tuple[float, int, int, str]] = []
    i = k
    while i < len(toks):
        n = _number(toks, i)
        if n is None:
            break
        value, j = n
        word = toks[j].low if j < len(toks) and toks[j].is_word else ""
        parts.append((value, i, j, word))
        x = j
        while x < len(toks) and x - j <= _MAX_WORDS and (toks[x].is_word or toks[x].text == "-"):
            if toks[x].low in _JOINS and x + 1 < len(toks) and _number(toks, x + 1):
                break
            x += 1
        if x < len(toks) and toks[x].low in _JOINS and x + 1 < len(toks) and _number(toks, x + 1):
            i = x + 1
            continue
        break
    return parts


def _cuts(toks: list[Token], j: int) -> frozenset[str]:
    """The cuts the words after a part (up to the next join) name: "schwer" by severity,
    "Kinder" by age, "en estado grave" by severity."""
    out = set()
    for t in toks[j : j + _MAX_WORDS]:
        if not t.is_word or t.low in _JOINS:
            break
        out |= {cut for cut, starts in _CUTS.items() if t.low.startswith(starts)}
    return frozenset(out)


def _two_cuts(cuts: list[frozenset[str]]) -> bool:
    """Whether two parts name cuts that share none (one by age, one by severity)."""
    named = [c for c in cuts if c]
    return any(not a & b for x, a in enumerate(named) for b in named[x + 1 :])


def _one_whole(words: list[str]) -> bool:
    """Whether the parts' words are each kind of one whole, every kind told once."""
    for kinds in _KINDS:
        got = [next((n for n, kind in enumerate(kinds) if w.startswith(kind)), None) for w in words]
        if None not in got and sorted(got) == list(range(len(kinds))):
            return True
    return False

"""A claim about a measure of one subject: a figure with what it measures, its unit, the bound it is
written with ("up to", "more than", "about"), the step it is rounded to and the names of its
subject. The readers of each kind of measure (``money``, ``votes``, ``scores``,
``moves_and_rates``) make them; ``subject_measures`` compares them. Shared here: the claim, how a
written figure's value and step are read, its hedge and the names of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numtext import currency_code
from .text import CAPITAL_WORD, twin_text


def lacks_all(text: str, needed: tuple[str, ...]) -> bool:
    """``text`` holds none of ``needed`` (lower-case) in any case. A case-blind pattern that cannot
    match without one of them need not run: a substring test is far cheaper than a regex search,
    which tries the pattern at every position of the sentence."""
    low = twin_text(text)
    if low is None:
        return False  # a character that may stand for a needed letter: let the pattern decide
    return not any(map(low.__contains__, needed))  # (the substring tests at C speed)


_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}  # fmt: skip


NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"


PERCENT = re.compile(rf"(?<![\w.]){NUM}\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)


_UPPER = re.compile(r"\b(?:up to|as much as|at most|no more than|as high as)\s*$", re.IGNORECASE)


_LOWER = re.compile(
    r"\b(?:more than|over|at least|a minimum of|minimum of|above|exceed\w*|tops?|in excess of)\s*$",
    re.IGNORECASE,
)


_ABOUT = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|close to|an estimated|circa|"
    r"just over|just under|just below|just above|a little over|a mere|some)\s*$",
    re.IGNORECASE,
)


# capitalised words that are not a subject: openers, currencies, days, months, titles
NOT_NAMES = frozenset(
    "the a an and but in on at of for to by with as it its this that these those he she they we "
    "his her their our after before under over since when while if more most some all one two "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december us u.s usd eur gbp mr mrs ms dr "
    "ceo chief executive president minister prime first world new turnout yes no shares core rs inr "
    "headline inflation unemployment net operating gross profit profits revenue revenues sales "
    # hedges that open a sentence ("Only 58% of voters took part")
    "only just nearly almost around roughly about".split()
)


@dataclass(frozen=True)
class Claim:
    sentence: int
    start: int
    end: int
    text: str
    measure: str  # "deal", "fine", "turnout", "seats:<party>", "move:up:shares" …
    unit: str  # "USD", "%", "seats"
    value: float
    step: float  # the rounding step the figure is written to
    bound: str  # "", "upper", "lower"
    about: bool
    names: frozenset[str]
    moment: frozenset[str] = frozenset()  # for moves: when it was measured ("close", "year")
    years: frozenset[str] = frozenset()  # years its sentence names
    with_debt: bool = False  # a deal's value counted with the target's debt
    periods: frozenset[str] = frozenset()  # periods its sentence counts over ("year", "quarter")
    runs: tuple[frozenset[str], ...] = ()  # for fees: the names of each capitalised run ("tomas rell")
    owner: frozenset[str] = frozenset()  # for shares of the vote: the side's own name and acronym
    places: frozenset[str] = frozenset()  # for shares of the vote: where it was won ("in Northmark")
    in_words: bool = False  # for lengths: the figure is written in words ("diez kilómetros")
    told_before: bool = False  # for scores: "The 3-0 victory" names the match the story told
    sort: frozenset[str] | None = frozenset()  # for profit and revenue: its kind ("net"); None: two kinds


def written_value(num: str, scale: str | None) -> tuple[float, float]:
    """The value and the step it is written to: "32.3 billion" -> (32.3e9, 1e8)."""
    plain = num.replace(",", "")
    mult = _SCALES.get((scale or "").lower(), 1.0)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return float(plain) * mult, mult * 10.0**-decimals


def bare_name(word: str) -> str:
    """A capitalised word as a key: lower case, without a possessive or a closing dot."""
    word = word.lower().rstrip(".'’")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def subject_names(text: str) -> frozenset[str]:
    out = set()
    for m in CAPITAL_WORD.finditer(text):
        word = bare_name(m.group())
        code = currency_code(m.group()[:3])  # "NOK", "SEK4.2": a currency, no subject
        if code and (len(word) == 3 or word[3:4].isdigit()):
            continue
        if word not in NOT_NAMES and not word.isdigit() and len(word) > 1:
            out.add(word)
    return frozenset(out)


def name_runs(text: str) -> tuple[frozenset[str], ...]:
    """The names of each run of capitalised words of two or more names ("Tomas Rell")."""
    out = []
    for m in CAPITALISED_RUN.finditer(text):
        words = frozenset(bare_name(w) for w in m.group().split()) - NOT_NAMES
        if len(words) >= 2:
            out.append(words)
    return tuple(out)


def hedge(before: str) -> tuple[str, bool]:
    if _UPPER.search(before):
        return "upper", False
    if _LOWER.search(before):
        return "lower", False
    return "", bool(_ABOUT.search(before))


# a sentence's clauses: "LinkedIn's shares jumped 48%, while Microsoft's fell 3.3%" moves two subjects
CLAUSES = re.compile(r",?\s(?:while|whereas|but|and)\s|;\s")


CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][\w'.-]*[A-Za-z0-9]'?(?:\s+|$))+")

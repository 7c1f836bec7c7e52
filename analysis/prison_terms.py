"""A prison term a court imposed, read as months: "sentenced to two years", "jailed for 30 months",
"his 4.5-year sentence", "gets 3-1/2 years for bribery", "the court gave her 30 months", "five
years and three months in prison"; and a term restated at once in the other unit ("78 months
(six and a half years)") with whether the restatement converts.

A term is read only where a word says it was imposed on someone: a sentencing verb before it
("sentenced ... to", "jailed for", "gave her", "gets"), or a sentence noun or "in prison" after it
("a 4.5-year sentence", "three years in jail"). Not read: what was sought or risked ("prosecutors
sought five years", "faces up to 10 years", "a maximum of"), a term changed or of another time
("reduced to", "originally", "previously", a year named in its clause), a suspended part or
probation, parts and totals ("each", "concurrently", "a total of"), a group's terms ("they were
jailed for"), and hedged figures ("about", "more than").

Each term carries the names of its clause (who it is for, as the clause names them), so two
terms are compared only when they are one person's: a name shared, or none named where the
story sentences one person only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .numtext import lexicon
from .text import word_tokens
from .age_people import KIN
from .words import MONTHS, STOPWORDS, WEEKDAYS


@dataclass(frozen=True)
class Term:
    sentence: int
    start: int
    end: int
    text: str  # the figure as written ("3-1/2 years", "30-month")
    months: float
    step: float  # months of the unit it is written to ("seven and a half years": 6)
    names: frozenset[str]  # capitalised names of its clause (who it is for)
    other: bool = False  # told of someone the clause names by a noun ("her partner got 42 months")


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """The number words of the shared lexicon ("one" to "ninety"), and "a" / "an" ("a year")."""
    lex = lexicon()
    return {**lex["units"], **lex["tens"], "a": 1, "an": 1}


@lru_cache(maxsize=1)
def _figure() -> re.Pattern:
    """A term's figure and unit: "two years", "4.5-year", "3-1/2 years", "seven and a half years",
    "two-and-a-half-year", "five years and three months" (built on first use)."""
    words = _number_words()
    single = "|".join(sorted((w for w in words if w not in {"a", "an"}), key=len, reverse=True))
    num = rf"(?:\d{{1,2}}(?:\.\d)?(?:[- ]1/2|½)?|{single}|an?)"
    half = r"(?:[- ]and[- ]a[- ]half)?"
    return re.compile(
        rf"(?<![\w.,/-])(?P<n>{num}){half}[- ](?P<unit>year|month)s?\b"
        rf"(?:,?\s+and\s+(?P<n2>{num})[- ]months?\b)?",
        re.IGNORECASE,
    )


def _value(word: str) -> float | None:
    w = word.lower()
    half = 0.0
    for tail in ("-1/2", " 1/2", "½"):
        if w.endswith(tail):
            w, half = w[: -len(tail)], 0.5
    if w[:1].isdigit():
        return float(w) + half
    words = _number_words()
    return float(words[w]) + half if w in words else None


# what imposed it, right before the figure (its clause's end)
_IMPOSED_BEFORE = re.compile(
    r"(?:\b(?:sentenced|sentencing|sentences|sentence|condemned)\s+(?:\S+\s+){0,3}?to\s+"
    r"|\b(?:jailed|imprisoned|jails|jail|imprisons)\s+(?:\S+\s+){0,3}?for\s+"
    r"|\b(?:gave|gives|handed|hands|handing|giving)\s+(?:him|her|them|[A-Z][\w'’-]+)\s+(?:down\s+)?"
    r"|\b(?:gets|got|receives|received|given)\s+"
    r"|\b(?:sentence|term)\s+of\s+)"
    r"(?:an?\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)
# what names it a term after the figure ("-year sentence", "years in prison", "years behind bars")
_IMPOSED_AFTER = re.compile(
    r"^(?:[- ](?:prison|jail|custodial)\s+)?[- ]?(?:sentence|term)\b"
    r"|^\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+(?:imprisonment|prison|jail))\b",
    re.IGNORECASE,
)
# a sentence noun after the figure is an imposed term only when it is someone's or the one told
# ("his 4.5-year sentence", "the 5-year sentence"), or a verb in its clause imposed it ("handed
# down a 5-year sentence"); "a felony with a 15-year sentence" is what a charge carries
_OWNED = re.compile(r"(?:\b(?:his|her|the)\s+|[’']s\s+)$", re.IGNORECASE)
_IMPOSING = frozenset(
    "sentenced jailed imprisoned handed gave given imposed imposing received receives got gets".split()
)
# "16 months and two weeks": a term with a part in a smaller unit, not read
_SMALLER_PART = re.compile(r"^,?\s+and\s+\S+[- ](?:weeks?|days?)\b", re.IGNORECASE)
# "gets 3-1/2 years for bribery", "was given two years": a bare "gets" needs one of these after
_AFTER_GETS = re.compile(r"^\s*(?:for|in|behind|over|after|$|[,.;:])", re.IGNORECASE)
_GETS = re.compile(r"\b(?:gets|got|receives|received|given)\s+(?:an?\s+|his\s+|her\s+)?$", re.IGNORECASE)

# words of its clause that make it no imposed term of this sentencing: sought or risked, changed,
# of another time, a part or a total, a group's
_NOT_IMPOSED = frozenset(
    "sought seek seeks seeking asked asking requested request demanded demand recommended "
    "recommend urged faces face facing faced could would might may maximum minimum up possible "
    "suspended probation parole eligible each concurrently concurrent consecutive consecutively "
    "combined total totalling totaling reduced reduce reduces cut commuted commute increased "
    "extended lengthened originally original initially initial previously previous earlier "
    "prior before once former already another also other further additional extra they them "
    "their both served serving spent if unless".split()
)
_HEDGED = re.compile(
    r"\b(?:more\s+than|less\s+than|nearly|almost|about|around|over|under|some|up\s+to)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# nouns for a person other than by name: a term of theirs is another person's unless named alike
_PEOPLE = KIN | frozenset(
    "partner partners accomplice accomplices co-defendant codefendant defendant man woman men women "
    "boy girl teenager driver friend associate colleague boss employee officer guard nurse "
    "doctor mayor minister".split()
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLAUSE_MARKS = re.compile(r"[;:()\[\]—–]|,\s+(?:but|while|whereas|and)\s")
# capitalised words that name no person
_NOT_NAMES = frozenset(
    "court judge justice prosecutors prosecutor police the a an he she his her it its in on at "
    "for of and but after before jury magistrate high district supreme appeals crown state "
    "federal mr mrs ms dr".split()
)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the figure's clause before and after it (to the nearest clause mark)."""
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE_MARKS.finditer(before)), default=0)
    after = text[end:]
    m = _CLAUSE_MARKS.search(after)
    return before[cut:], after[: m.start()] if m else after


# "five to 99 years", "between two and four years", "10-15 years": a range the law or a charge
# allows, whose upper end is no term a court gave
_RANGE_JOINS = frozenset({"to", "and", "or", "-", "–"})


def _range_end(before: str) -> bool:
    """The clause before a term's figure ends in a range's lower end and its joining word."""
    toks = word_tokens(before)
    if len(toks) < 2 or toks[-1].low not in _RANGE_JOINS:
        return False
    low = toks[-2].low
    return low[:1].isdigit() or (low in _number_words() and low not in {"a", "an"})


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a text that may name a person (not a court's, a month's...)."""
    out = set()
    for t in word_tokens(text):
        low = t.low
        if t.cap and t.is_word and low not in _NOT_NAMES and low not in STOPWORDS:
            if low not in MONTHS and low not in WEEKDAYS:
                out.add(low.removesuffix("'s").removesuffix("’s"))
    return frozenset(out)


def sentence_terms(index: int, text: str) -> list[Term]:
    """The prison terms a sentence says were imposed."""
    low = text.lower()
    if "year" not in low and "month" not in low:
        return []
    out: list[Term] = []
    for m in _figure().finditer(text):
        n = _value(m.group("n"))
        if n is None:
            continue
        whole = m.group(0).lower()
        if "and a half" in whole.replace("-", " "):
            n += 0.5
        unit = 12.0 if m.group("unit").lower() == "year" else 1.0
        months = n * unit
        step = unit / 2 if n % 1 else unit
        if m.group("n2"):
            extra = _value(m.group("n2"))
            if extra is None:
                continue
            months, step = months + extra, 1.0
        before, after = _clause(text, m.start(), m.end())
        if _SMALLER_PART.search(after) or _range_end(before):
            continue
        imposed = _IMPOSED_BEFORE.search(before) is not None
        if not imposed and _IMPOSED_AFTER.search(after):
            imposed = bool(_OWNED.search(before) or {t.low for t in word_tokens(before)} & _IMPOSING)
        if imposed and _GETS.search(before) and not _IMPOSED_AFTER.search(after):
            imposed = _AFTER_GETS.search(after) is not None
        if not imposed:
            continue
        near = " ".join(after.split()[:3])  # "two years suspended", not a later clause's word
        words = {t.low for t in word_tokens(before + " " + near)}
        # (a year anywhere before it in the sentence dates another trial: "convicted in 2015, and
        # sentenced to 12 years")
        if words & _NOT_IMPOSED or _YEAR.search(text[: m.start()] + after) or _HEDGED.search(before):
            continue
        other = _other_person(before)
        # (a clause with no name of its own is the sentence subject's: "Brel was convicted ..., and
        # sentenced to 12 years")
        names = _names(before) or _names(text[: m.start()])
        out.append(Term(index, m.start(), m.end(), m.group(0), months, step, names, other))
    return out


def _other_person(before: str) -> bool:
    """A noun for a person other than by name is the term's subject ("her partner got 42 months"):
    not one that owns a thing ("her husband's firm") or stands in a clause on the subject ("A
    banker who paid her son's debts was sentenced")."""
    toks = word_tokens(before)
    at = next((k for k, t in enumerate(toks) if t.low in {"who", "whose", "whom"}), len(toks))
    return any(t.low in _PEOPLE and not before[t.end : t.end + 2].startswith(("'s", "’s")) for t in toks[:at])


def _story_names(doc) -> frozenset[str]:
    """The capitalised words a story uses as names: seen capitalised inside a sentence (not only
    as its first word: "Still, his term ..."), never in lower case ("Founder of ..." / "the
    founder"), and not initials of a body ("U.S.")."""
    inside, lower = set(), set()
    for s in doc.sentences:
        for k, t in enumerate(word_tokens(s.text)):
            if not t.is_word:
                continue
            low = t.low.removesuffix("'s").removesuffix("’s")
            if not t.cap:
                lower.add(low)
            elif k:
                inside.add(low)
    return frozenset(w for w in inside - lower if "." not in w)


def terms(doc, ctx=None) -> list[Term]:
    """Every imposed prison term of a document (``ctx.analysis(terms)``), each with the names of
    its clause that the story uses as names."""
    out: list[Term] = []
    for s in doc.sentences:
        out.extend(sentence_terms(s.index, s.text))
    if out:
        names = _story_names(doc)
        out = [replace(t, names=t.names & names) for t in out]
    return out


def differ(a: Term, b: Term) -> bool:
    """Two different terms: a court gives an exact term, and a story retells it exactly ("two
    years" is not "30 months")."""
    return abs(a.months - b.months) > 0.01


def one_persons(found: list[Term], a: Term, b: Term) -> bool:
    """Whether two terms are one person's: a name shared, or one (or both) unnamed where every
    named term of the story names one person (the names of all of them meet)."""
    if a.names and b.names:
        return bool(a.names & b.names)
    if a.other and not a.names or b.other and not b.names:
        return False
    named = [t.names for t in found if t.names]
    return all(x & y for x in named for y in named)


# "78 months (six and a half years)": a term restated at once in the other unit
_RESTATED = re.compile(r"^\s*\(\s*(?:or\s+)?$")


def restatements(
    text: str,
) -> list[tuple[tuple[int, int, str, float, float], tuple[int, int, str, float, float]]]:
    """Pairs of figures in months and years where the second, in brackets right after the first,
    restates it: (start, end, text, months, step) of each."""
    found = []
    for m in _figure().finditer(text):
        n = _value(m.group("n"))
        if n is None or m.group("n2"):
            continue
        if "and a half" in m.group(0).lower().replace("-", " "):
            n += 0.5
        unit = 12.0 if m.group("unit").lower() == "year" else 1.0
        found.append((m.start(), m.end(), m.group(0), n * unit, unit / 2 if n % 1 else unit, unit))
    pairs = []
    for x, y in zip(found, found[1:]):
        if x[5] != y[5] and _RESTATED.match(text[x[1] : y[0]]):
            pairs.append((x[:5], y[:5]))
    return pairs

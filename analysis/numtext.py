"""Lexical helpers shared by the number and date analyses: a crude lemmatiser,
names, clauses and the word lists in ``data/number_words.yaml``.

Deliberately small and dependency-free: the figures an editor checks are written in a narrow set of
patterns, and the general parsers we measured (quantulum3, dateparser's ``search_dates``) read
"2-1 on Saturday" as 1 February, "the Sun" as Sunday and "£10m" as pounds times metres.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

# tokens: analysis/text.py (figure_tokens); word lists: analysis/words.py
from .text import Token, token_low, token_text
from .words import MONTHS, STOPWORDS, WEEKDAYS

_DATA = Path(__file__).resolve().parent / "data" / "number_words.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    import yaml  # only when a document is analysed

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    lex = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=loader)
    lex["event_of"] = {w: cls for cls, words in lex["event_classes"].items() for w in words}
    lex["date_event_of"] = {w: cls for cls, words in lex["date_events"].items() for w in words}
    for key in (
        "generic_nouns",
        "change_words",
        "scope_words",
        "event_nouns",
        "modal_words",
        "vague",
        "once_only_events",
        "compass_other",
        "compass_lead",
        "distance_of",
        "distance_lead",
        "clock_after",
        "clock_before",
        "clock_word_before",
        "events_after_date",
        "capitalised_events",
    ):
        lex[key] = frozenset(lex[key])
    return lex


_IRREGULAR_VERB = {
    "rose": "rise",
    "fell": "fall",
    "grew": "grow",
    "held": "hold",
    "met": "meet",
    "won": "win",
    "lost": "lose",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "made": "make",
    "went": "go",
    "gone": "go",
    "came": "come",
    "left": "leave",
    "found": "found",
    "built": "build",
    "set": "set",
    "died": "die",
    "slain": "slay",
    "fled": "flee",
    "wed": "wed",
    "sold": "sell",
    "spent": "spend",
    "paid": "pay",
    "saw": "see",
    "seen": "see",
    "became": "become",
    "shut": "shut",
}

# English past forms that end in no "-ed": after "the 42-year-old" such a word is the verb of
# the person's clause ("told reporters", "drove off"), not the noun the person is told by
PAST_WITHOUT_ED = frozenset(_IRREGULAR_VERB) | frozenset(
    """told said ran drove flew spoke wrote gave got brought kept led stood sat struck shot thought
    knew caught fought threw broke stole hit swam rode sang""".split()
) - {"found", "set", "wed", "shut"}  # (nouns as often: "the 40-year-old set designer")


@lru_cache(maxsize=1 << 14)  # asked ~200 times per article, mostly for the same few hundred words
def lemma(word: str) -> str:
    """A crude English lemma: enough to equate "robberies"/"robbery" and "killed"/"kill"."""
    w = word.lower().strip("'’")
    if w.endswith(("'s", "’s")):
        w = w[:-2]  # a possessive is its noun: "the company's revenue" / "the company reported revenue"
    lex = lexicon()
    if w in lex["irregular"]:
        return lex["irregular"][w]
    if w in _IRREGULAR_VERB:
        return _IRREGULAR_VERB[w]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]  # "stopped" -> "stop"
        if stem.endswith(("at", "iz", "is", "us", "ir", "ov", "iv", "ag", "ur", "ud", "rc", "rg", "u")):
            return stem + "e"  # "created" -> "create", "released" -> "release"
        return stem
    if w.endswith("ing") and len(w) > 5:
        return w[:-3]
    return w


# Stopwords, months and weekdays: one set to look a word up in (both loops below run per figure).
_NOT_CONTENT = STOPWORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_LOW = token_low


def content_lemmas(toks: list[Token]) -> set[str]:
    """Lemmas of the content words (no numbers, stopwords, months or weekdays)."""
    return {lemma(low) for low in map(_LOW, toks) if low[0].isalpha() and low not in _NOT_CONTENT}


def names(toks: list[Token], proper: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Capitalised words (not stopwords, months or weekdays): a cheap stand-in for the named
    things a figure is about. A sentence's first word counts only if the document capitalises it
    mid-sentence too (``proper``) or another capitalised word follows it."""
    out = set()
    for i, t in enumerate(toks):
        if not t.cap or t.low in _NOT_CONTENT or len(t.text) == 1:  # (``cap``: a capital first)
            continue
        # "Maxwell’s" may reach here as "maxwell’" (the "s" cut off): the name is "maxwell"
        key = t.low.removesuffix("'s").removesuffix("’s").rstrip("'’")
        starts = i == 0 or toks[i - 1].text in _NAME_OPENERS
        if starts and key not in proper and not (i + 1 < len(toks) and toks[i + 1].cap):
            continue
        out.add(key)
    return out


_NAME_OPENERS = frozenset({".", '"', "“", "'", "‘", "(", ":"})


_COMMON_START = frozenset("but however meanwhile yet still later earlier now today yesterday".split())

# Clause boundaries: a figure's context stops at ";" and at a sentence-internal colon or dash.
_CLAUSE_BREAK = {";", "—", "–"}
_TEXT = token_text


def clause_bounds(toks: list[Token], index: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause around token ``index``."""
    lo = index
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_BREAK:
        lo -= 1
    hi = index
    while hi < len(toks) and toks[hi].text not in _CLAUSE_BREAK:
        hi += 1
    return lo, hi


# A figure's or date's context is its clause, but at most this many tokens either side of it: a
# "clause" of thousands of tokens (a table flattened into one sentence, a run of figures) would
# otherwise make every figure rescan it, and real clauses are far shorter.
CLAUSE_WINDOW = 80


class Clauses:
    """``clause_bounds`` for every token of a sentence, computed in two passes (``clause_bounds``
    scans per call), clipped to the window a figure's context is read from."""

    def __init__(self, toks: list[Token], window: int = CLAUSE_WINDOW):
        n = len(toks)
        self.window = window
        self.lo = [0] * n  # one past the last break before the token
        self.hi = [n] * n  # the first break at or after the token
        if _CLAUSE_BREAK.isdisjoint(map(_TEXT, toks)):
            return  # one clause (most sentences)
        start = 0
        for k, t in enumerate(toks):
            self.lo[k] = start
            if t.text in _CLAUSE_BREAK:
                start = k + 1
        end = n
        for k in range(n - 1, -1, -1):
            if toks[k].text in _CLAUSE_BREAK:
                end = k
            self.hi[k] = end

    def bounds(self, index: int) -> tuple[int, int]:
        """The clause around token ``index``, at most ``window`` tokens either side of it."""
        return max(self.lo[index], index - self.window), min(self.hi[index], index + self.window + 1)


# "left residents in fear", "with fears for their safety": the feeling, no hedge of a figure
# ("40 feared dead", "fears the toll will rise")
_FEELING_BEFORE = frozenset(
    {"in", "with", "of", "the", "their", "his", "her", "our", "living", "no", "little", "any", "faint"}
)


def feeling_noun(toks: list[Token], k: int) -> bool:
    """The token at ``k`` is "fear" or "hope" written as the noun of a feeling ("in fear", "no
    hope remained"), no hedge."""
    return toks[k].low in {"fear", "fears", "hope", "hopes"} and word_at(toks, k - 1) in _FEELING_BEFORE


def hedge_words(toks: list[Token], modal_words) -> set[str]:
    """The words of ``toks`` among ``modal_words`` that hedge (not a feeling's "fear")."""
    return {t.low for k, t in enumerate(toks) if t.low in modal_words and not feeling_noun(toks, k)}


def lemma_rows(rows: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """A word list's rows of words that name one thing ({"profit": ["earnings", "income"]}) as
    {lemma: every lemma of its rows}: a word in two rows is the same as the words of both."""
    same: dict[str, frozenset[str]] = {}
    for word, others in rows.items():
        row = {lemma(w) for w in (word, *others)}
        for w in row:
            same[w] = same.get(w, frozenset({w})) | row
    return same


def past_currency_country(toks: list[Token], j: int) -> int:
    """The token after a currency's name, past the country it may be given after it ("pesos
    mexicanos", "dólares estadounidenses"): that word is the currency's, not what is counted."""
    return j + 1 if word_at(toks, j) in _currency_countries() else j


@lru_cache(maxsize=1)
def _currency_countries() -> frozenset[str]:
    return frozenset(lexicon()["currencies"]["adjectives"])


def code_before(toks: list[Token], i: int) -> str | None:
    """The ISO currency code written in capitals right before the figure at token ``i``, glued
    or one space before it ("SEK4.2 million", "NOK 4.2 million"), or None."""
    if i < 1 or toks[i].start - toks[i - 1].end > 1 or not token_text(toks[i])[:1].isdigit():
        return None
    return currency_code(token_text(toks[i - 1]))


def currency_code(word: str) -> str | None:
    """``word`` itself where it is an ISO currency code written in capitals ("SEK"), else None."""
    return word if len(word) == 3 and word in _currency_codes() else None


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(lexicon()["currencies"]["codes"])


def word_at(toks: Sequence[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def phrase_before(toks: list[Token], i: int, phrases) -> str | None:
    """The longest of ``phrases`` (lower-case, may contain spaces) that ends right before token i."""
    best = None
    best_n = 0
    by_last_word, empty = _phrase_words(tuple(phrases))
    # only the phrases whose last word is the token before can end there (each list in order)
    for p, words in (*empty, *(by_last_word.get(toks[i - 1].low, ()) if i > 0 else ())):
        n = len(words)
        if i - n < 0:
            continue
        if tuple(t.low for t in toks[i - n : i]) == words and (best is None or n > best_n):
            best, best_n = p, n
    return best


@lru_cache(maxsize=64)
def _phrase_words(
    phrases: tuple[str, ...],
) -> tuple[dict[str, list[tuple[str, tuple[str, ...]]]], list[tuple[str, tuple[str, ...]]]]:
    """Each phrase with its words, split once (``phrase_before`` is asked for every figure), by
    its last word; and the phrases without words."""
    by_last_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    empty = []
    for p in phrases:
        words = tuple(p.split())
        if words:
            by_last_word.setdefault(words[-1], []).append((p, words))
        else:
            empty.append((p, words))
    return by_last_word, empty

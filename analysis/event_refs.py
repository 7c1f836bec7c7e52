"""A date tied to a definite event noun: "the March 5 signing", "the signing on September 12",
"his death on 6 October 2019", "Velmora's founding in 1923".

A definite noun refers back: the story has told the event before, and the noun names it again
with its date. Such a date is the event's whatever else its sentence says ("Officials said the
March 5 signing was delayed": the date is the signing's, not the saying's). What the noun names
is read from the same word lists as a date's event (``numtext.lexicon``); a verb form
("signed", "died") or an indefinite noun ("a signing", "another launch") is no reference back.
"""

from __future__ import annotations

from .numtext import lemma, lexicon
from .text import Token, word_tokens
from .words import DEFINITE, INDEFINITE, STOPWORDS

# what makes a noun definite: words.DEFINITE, or a name's "'s"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# the words that tie a date to the noun before it ("the signing on 3 May", "her death in 1961")
_TIE = frozenset({"on", "in", "of"})
# noun forms that are also past verbs or participles, never a reference back by themselves
_VERB_FORMS = ("ed",)


def _definite(toks: tuple[Token, ...], k: int) -> bool:
    """The word at ``k`` opens a definite phrase: "the", "its", "Velmora's"."""
    if k < 0:
        return False
    return toks[k].low in DEFINITE or (toks[k].low in _POSSESSIVE and k > 0 and toks[k - 1].cap)


def _head(toks: tuple[Token, ...], k: int) -> bool:
    """The noun before ``k`` ends its phrase: nothing follows, or a mark or a small word."""
    return k >= len(toks) or not toks[k].is_word or toks[k].low in STOPWORDS


def _noun_event(word: str) -> str | None:
    """The event class a noun names ("signing" -> sign, "death" -> death), None for a verb form
    or a word of no event."""
    if word.endswith(_VERB_FORMS) or not word.isalpha():
        return None
    lex = lexicon()
    cls = lex["event_of"].get(word) or lex["event_of"].get(lemma(word)) or lex["date_event_of"].get(word)
    if cls:
        return cls
    return lemma(word) if lemma(word) in lex["event_nouns"] else None


def definite_event(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The event class of the definite noun the date at ``start:end`` of ``text`` is tied to, and
    the index of the token after the noun (where an "of ..." naming what it is of would begin):
    "the <date> <noun>" or "<definite> <noun> on|in|of <date>". None when there is none."""
    toks = word_tokens(text)
    first = next((k for k, t in enumerate(toks) if t.start >= start), None)
    after = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if first is None:
        return None
    # "the March 5 signing", "the 1923 founding"; not a compound's first noun ("its 2014 launch
    # target" is a target's date: the next word is no small word nor a mark)
    if after < len(toks) and _definite(toks, first - 1) and _head(toks, after + 1):
        cls = _noun_event(toks[after].low)
        if cls:
            return cls, after + 1
    # "the signing on September 12", "his death on 6 October 2019"
    if first >= 3 and toks[first - 1].low in _TIE and _definite(toks, first - 3):
        cls = _noun_event(toks[first - 2].low)
        if cls:
            return cls, after
    return None


def of_words(text: str, at: int) -> frozenset[str]:
    """The words of an "of ..." right after the token at ``at`` ("the signing of the trade pact"):
    what the noun is of, which the event told before must share; empty when there is none."""
    toks = word_tokens(text)
    if at >= len(toks) or toks[at].low != "of":
        return frozenset()
    out: set[str] = set()
    for t in toks[at + 1 : at + 6]:
        if not t.is_word:
            break
        out.add(lemma(t.low))
    return frozenset(out - DEFINITE - INDEFINITE)

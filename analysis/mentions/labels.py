"""Known phrases in a sentence's tokens (titles, places, organisations, news sources,
honorifics), found longest first; and which tokens stand inside quotation marks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from ..lexicon import Lexicon
from ..text import Token, token_start


@dataclass
class Label:
    kind: str  # "title" | "place" | "org" | "source" | "honorific" | "chunk"
    a: int  # token range [a, b)
    b: int
    value: str  # canonical
    also: str | None = None  # a second canonical (the Kremlin is an org and Russia)


def _phrase_lengths_of(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """First word (lower case) of every phrase the lists hold -> the lengths of such phrases, in
    words, longest first: most tokens start no phrase at all and need no lookup, and the others
    only a lookup per length some phrase has. Made once per lexicon (the lexicon itself is
    loaded once per set of list files)."""
    found: dict[str, set[int]] = {}
    for table in (
        lex.sources,
        lex.sources_cased,
        lex.orgs,
        lex.orgs_cased,
        lex.places,
        lex.places_cased,
        lex.titles,
        lex.titles_cased,
    ):
        for key in table:
            found.setdefault(key[0].lower(), set()).add(len(key))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in found.items()}


_KNOWN = (
    ("source", "sources", "sources_cased"),
    ("org", "orgs", "orgs_cased"),
    ("place", "places", "places_cased"),
)


def _known_tables(lex: Lexicon) -> tuple[tuple[str, dict, dict], ...]:
    """``_KNOWN`` with the lexicon's tables themselves (fetched once per lexicon, not per lookup)."""
    return tuple((kind, getattr(lex, plain), getattr(lex, cased)) for kind, plain, cased in _KNOWN)


def _lookup(tokens: Sequence[Token], i: int, n: int, lex: Lexicon) -> Label | None:
    """The label of exactly ``tokens[i:i + n]``, if the lists know that phrase."""
    if n == 1:  # the commonest: one word, no generators
        first = tokens[i]
        if not first.is_word:
            return None
        key: tuple[str, ...] = (first.key,)
        low = (first.key.lower(),)
    else:
        span = tokens[i : i + n]
        key = tuple(map(_token_key, span))
        low = tuple(map(str.lower, key))
        if low not in lex.derived(_phrases_low):
            return None  # (most longer spans tried: no table holds them, whatever their tokens)
        if not span[-1].is_word or any(not (t.is_word or t.text == "-") for t in span):
            return None
        first = span[0]
    capped = first.cap
    for kind, plain, cased in lex.derived(_known_tables):
        value = cased.get(key) or (plain.get(low) if capped else None)
        if value:
            also = (lex.places_cased.get(key) or lex.places.get(low)) if kind == "org" else None
            return Label(kind, i, i + n, value, also)
    value = lex.titles_cased.get(key) or lex.titles.get(low)
    if value and not (first.all_caps and len(first.text) > 3):
        return Label("title", i, i + n, value)
    return None


def _phrases_low(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """Every phrase ``_lookup`` can find, as its lower-case key reads it: the plain tables' keys
    as they stand (a lower-case key matches them or nothing), the cased tables' lower-cased."""
    plain = (lex.sources, lex.orgs, lex.places, lex.titles)
    cased = (lex.sources_cased, lex.orgs_cased, lex.places_cased, lex.titles_cased)
    return frozenset(key for table in plain for key in table) | {
        tuple(w.lower() for w in key) for table in cased for key in table
    }


_token_key = itemgetter(Token._fields.index("key"))


def _label_at(
    tokens: Sequence[Token], i: int, lex: Lexicon, lengths: dict[str, tuple[int, ...]]
) -> Label | None:
    """The longest known phrase starting at token ``i``."""
    first = tokens[i]
    if not first.is_word:
        return None
    room = len(tokens) - i
    for n in lengths.get(first.key.lower(), ()):
        if n > room:
            continue
        label = _lookup(tokens, i, n, lex)
        if label is not None:
            return label
    if first.key in lex.honorifics:
        return Label("honorific", i, i + 1, first.key)
    return None


def find_labels(tokens: Sequence[Token], lex: Lexicon) -> list[Label]:
    """Known phrases, longest first, left to right; adjacent titles of the same case join into
    one ("Chief Secretary", "Senior Vice President": the last word's office)."""
    lengths = lex.derived(_phrase_lengths_of)
    firsts = lex.derived(_phrase_firsts)
    honorifics = lex.honorifics
    may_open = lex.derived(_opening_lows)
    labels: list[Label] = []
    end = 0  # the end of the last phrase found: the tokens before it are done
    for i, t in enumerate(tokens):
        low = t.low
        if low not in may_open and "." not in low:
            continue  # most tokens: one read and one lookup (the tests below would say no)
        # (a token's key lower-cased is its lower case where it has no dot)
        if not t.is_word or (
            (t.key.lower() if "." in t.text else t.low) not in lengths and t.key not in honorifics
        ):
            continue  # most words start no known phrase
        if i < end:
            continue
        if t.key not in honorifics and not _may_open(t, firsts):
            continue  # a lower-case "the": only "The Hague", "The Guardian" open a phrase
        best = _label_at(tokens, i, lex, lengths)
        if best is None:
            continue
        prev = labels[-1] if labels else None
        if (
            best.kind == "title"
            and prev is not None
            and prev.kind == "title"
            and prev.b == best.a
            and tokens[prev.a].cap == tokens[best.a].cap
        ):
            best = Label("title", prev.a, best.b, best.value)
            labels.pop()
        elif best.kind == "title" and prev is not None and prev.kind == "title" and prev.b + 1 == best.a:
            best = _abbreviated_pair(tokens, prev, best, lex) or best
            if best.a == prev.a:
                labels.pop()
        labels.append(best)
        end = best.b
    return labels


def _abbreviated_pair(tokens: Sequence[Token], prev: Label, best: Label, lex: Lexicon) -> Label | None:
    """Two abbreviated titles with the first one's dot between them that are one title together
    ("Lt. Gov." is a lieutenant governor, not a governor), else None."""
    if tokens[prev.b].text != "." or prev.b - prev.a != 1:
        return None
    value = lex.titles.get((tokens[prev.a].key.lower(), *(t.key.lower() for t in tokens[best.a : best.b])))
    return Label("title", prev.a, best.b, value) if value else None


def _opening_lows(lex: Lexicon) -> frozenset[str]:
    """The lower case of every token that may pass ``find_labels``' first test and has no dot (its
    key is its text then, and its key lower-cased its lower case): a phrase's first word, an
    honorific."""
    return frozenset(lex.derived(_phrase_lengths_of)) | {h.lower() for h in lex.honorifics}


def _phrase_firsts(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first words of the cased phrases (as written), of the titles and of the plain
    places, organisations and sources (lower case), for ``_may_open``."""
    cased = {key[0] for table in (lex.sources_cased, lex.orgs_cased, lex.places_cased) for key in table}
    cased |= {key[0] for key in lex.titles_cased}
    plain = {key[0] for table in (lex.sources, lex.orgs, lex.places) for key in table}
    return frozenset(cased), frozenset(key[0] for key in lex.titles), frozenset(plain)


def _may_open(t: Token, firsts: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """Whether ``_lookup`` can find a phrase opening with token ``t`` as it is written: a table of
    cased phrases holds one opening with its very key, a title one opening with its lower case,
    or ``t`` is capitalised and a plain table holds one opening with its lower case (plain
    places, organisations and sources need a capital first)."""
    cased, titles, plain = firsts
    low = t.key.lower()
    return t.key in cased or low in titles or (t.cap and low in plain)


_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
_MARK = {open_: re.compile(re.escape(open_)) for open_, _ in _QUOTE_PAIRS}  # (compiled once)


def _quote_regions(text: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    for open_, close in _QUOTE_PAIRS:
        if open_ not in text:
            continue
        if open_ == close:
            positions = [
                m.start()
                for m in _MARK[open_].finditer(text)
                if open_ != "'" or is_single_quote(text, m.start())
            ]
            if len(positions) % 2 and positions and _closes(text, positions[0]):
                regions.append((0, positions.pop(0)))  # a quote run on from the sentence before
            for k in range(0, len(positions), 2):
                end = positions[k + 1] if k + 1 < len(positions) else len(text)
                regions.append((positions[k], end))
        else:
            first_close = text.find(close)
            if first_close >= 0 and not 0 <= text.find(open_) < first_close:
                regions.append((0, first_close))  # a quote run on from the sentence before
            for m in _MARK[open_].finditer(text):
                end = text.find(close, m.end())
                regions.append((m.start(), end if end >= 0 else len(text)))
    return regions


def _closes(text: str, i: int) -> bool:
    """A straight quotation mark that ends a quotation: after a word or a stop, before a space,
    a stop or the end ('... what he said."')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quote_mask(text: str, tokens: Sequence[Token]) -> list[bool]:
    """Tokens inside quotation marks (a quote left open runs to the end of the sentence)."""
    regions = _quote_regions(text)
    mask = [False] * len(tokens)
    if regions:
        starts = list(map(token_start, tokens))  # in order: each region's tokens are one slice
        for a, b in regions:
            first, end = bisect_right(starts, a), bisect_left(starts, b)
            mask[first:end] = [True] * (end - first)
    return mask


def is_single_quote(text: str, i: int) -> bool:
    """A straight ' that opens or closes a quotation, not an apostrophe ("don't", "Smiths'")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return False
    if before.isalpha() and before.lower() == "s" and not after.isalnum():
        return False  # plural possessive
    return True

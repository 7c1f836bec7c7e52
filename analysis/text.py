"""The text layer: one tokenisation of each sentence (offsets, lower-case form, flags), the word
shapes analyses cut raw text with, content words and excerpts. Every analysis and rule uses it.

One ``Token`` type and one tokenisation, ``word_tokens``: a possessive "'s" is a token of its own
("Russia" + "'s"), dotted abbreviations stay whole ("U.S"), "Mr." splits into "Mr" + ".", numbers
keep trailing separators. The mentions analysis and FL201-FL203 read these.

``figure_tokens`` is a view derived from it for the numbers and dates analyses (FL401-FL403):
numbers keep their commas and decimal points but no trailing separator, words keep inner
apostrophes ("O'Neill", "Russia's"). A stretch between spaces whose word tokens are already
figure tokens (a plain word, a plain number, a mark: nearly all of prose) shares them; only the
others ("1,250.5,", "Russia's", "U.S.", "G7") are cut again the figure way.

Both are memoised on the sentence text (bounded): every analysis that asks for the tokens of a
sentence gets the same tuple, computed once. ``text_layer(doc, ctx)`` is the per-document view
(``ctx.analysis(text_layer)``).

Where an analysis needs plain word strings of raw text (a source passage, a quote, a name), it
cuts them with one of the named word shapes below (``WORD_RUN``, ``LOOSE_WORD``, ...), never with
a regex of its own: ``tests/test_text_layer.py`` fails on a new one outside this module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from re import _parser
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterable, NamedTuple

import ahocorasick

from factlint.linter.memo import remembered, source_version

from .words import FUNCTION_WORDS

# Enough for the sentences of the article in hand (a long news article has a few hundred; the
# analyses ask for one sentence's tokens close together); old entries drop out, so memory stays
# bounded (each entry costs about 5 KB).
_MEMO = 2048


class Token(NamedTuple):
    """One token of a sentence. A tuple: made fast, read fast, immutable."""

    text: str
    start: int  # offset in the sentence text
    end: int
    low: str  # the text in lower case (rules read it constantly)
    key: str  # the text without dots: "U.S" -> "US" (abbreviations as word lists hold them)
    space_before: bool  # whitespace just before it
    is_word: bool  # starts with a letter
    cap: bool  # starts with a capital letter

    @property
    def all_caps(self) -> bool:
        """At least two letters, all capitals ("BBC", "U.S")."""
        text = self.text
        if text.isascii():  # its letters are cased: capitals only is isupper()
            return text.isupper() and (len(text) if text.isalpha() else sum(map(str.isalpha, text))) >= 2
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


# A token's fields for a pass over all of a sentence's tokens at C speed:
# ``WORDS.isdisjoint(map(token_low, toks))`` instead of ``any(t.low in WORDS for t in toks)``.
# Item getters: a Token is a tuple, and indexing one costs fewer instructions than reading a
# field by name (a named field is a descriptor found on the type at every read).
token_text = itemgetter(Token._fields.index("text"))
token_start = itemgetter(Token._fields.index("start"))
token_low = itemgetter(Token._fields.index("low"))
token_is_word = itemgetter(Token._fields.index("is_word"))

_new = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__: tokens are made by the million


def _token(text: str, start: int, source: str) -> Token:
    head = text[:1]  # "" before a lone "." (the word scheme keeps that empty token)
    return _new(
        Token,
        (
            text,
            start,
            start + len(text),
            text if text.islower() else text.lower(),  # lower-case words share their string
            text.replace(".", "") if "." in text else text,
            start > 0 and source[start - 1].isspace(),
            head.isalpha(),
            head.isupper(),
        ),
    )


_TOKEN = (
    r"[’']s\b"  # possessive, its own token ("Russia" + "'s")
    # words, "O'Neill", "U.S": runs of word characters joined by a dot before a letter or an
    # inner apostrophe (not a possessive "'s"), and a final dot
    r"|[^\W\d_]\w*(?:(?:\.(?=[^\W\d_])|['’](?=\w)(?!s\b))\w+)*\.?"
    r"|\d[\d,.]*"
    r"|[^\w\s]"
)
# Each token with the characters the word way skips before it: only whitespace and "_" (every
# other character starts a token). One ``findall`` of (gap, token) pairs gives the offsets by
# adding up lengths, without a match object and its method calls per token.
_GAP_AND_TOKEN = re.compile(rf"([\s_]*)({_TOKEN})")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


@lru_cache(maxsize=_MEMO)
def word_tokens(text: str) -> tuple[Token, ...]:
    """Tokens for names and roles (see the module docstring)."""
    out = []
    end = 0
    for gap, word in _GAP_AND_TOKEN.findall(text):
        start = end + len(gap)
        end = start + len(word)
        if word[-1] == "." and not _INITIALS.fullmatch(word):
            out.append(_token(word[:-1], start, text))  # "Mr." -> "Mr" + "." (but keep "U.S.")
            out.append(_new(Token, (".", end - 1, end, ".", "", False, False, False)))
            continue
        head = word[0]
        out.append(
            _new(
                Token,
                (
                    word,
                    start,
                    end,
                    word if word.islower() else word.lower(),
                    word.replace(".", "") if "." in word else word,
                    gap[-1:].isspace(),  # the character before the token (none: not a space)
                    head.isalpha(),
                    head.isupper(),
                ),
            )
        )
    return tuple(out)


# The figure way of cutting: numbers keep their commas and decimal points, words keep inner
# apostrophes, anything else is one character.
_FIGURE_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\S")


@lru_cache(maxsize=_MEMO)
def figure_tokens(text: str) -> tuple[Token, ...]:
    """Tokens for numbers and dates: the word tokens, with the stretches between spaces that the
    two ways cut differently cut again (see the module docstring)."""
    words = word_tokens(text)
    hits = [m.start() for m in _NOT_PLAIN.finditer(text)]
    if not hits:  # every token plain (nearly two sentences in three)
        return words
    # (a word token's length is its end less its start: summed at C speed)
    if sum(map(len, map(_TEXT, words))) != len(text) - sum(map(str.isspace, text)):
        return tuple(_figure_cut(text, 0, len(text)))  # characters the word way skips ("_"): rare
    # Only the stretches holding a hit can have a token that is not plain (the others are all
    # word tokens as they stand); each is cut again unless all its tokens are plain after all.
    starts = list(map(_START, words))
    out: list[Token] = []
    done = 0  # words[:done] are placed
    for at in hits:
        k = bisect_right(starts, at) - 1  # the token holding the hit
        if k < done:
            continue  # in a stretch already placed
        first = k
        while first > 0 and words[first - 1].end == words[first].start:
            first -= 1
        last = k
        while last + 1 < len(words) and words[last + 1].start == words[last].end:
            last += 1
        out.extend(words[done:first])
        stretch = words[first : last + 1]
        # a plain ASCII word, a plain number or one mark is a figure token wherever it stands
        # (the figure way counts "×" and "÷" among letters)
        if all(
            (w.isascii() and w.isalpha()) or w.isdecimal() or (len(w) == 1 and w not in "×÷")
            for w in map(_TEXT, stretch)
        ):
            out.extend(stretch)
        else:
            out.extend(_figure_cut(text, stretch[0].start, stretch[-1].end))
        done = last + 1
    out.extend(words[done:])
    return tuple(out)


_START = token_start
_TEXT = token_text


def _figure_cut(text: str, start: int, end: int) -> list[Token]:
    return [_token(m.group(), m.start(), text) for m in _FIGURE_TOKEN.finditer(text, start, end)]


# Where a token that is not plain shows in the text, the plain ones being an ASCII word, ASCII
# digits or one mark other than "×" and "÷" (see figure_tokens): an apostrophe, "_" (skipped by
# the word way), "×", "÷", a letter or digit beyond ASCII, a digit then a separator ("1,250",
# "2020.") or after a letter ("G7"), a dot after a one-letter word or no letter at all ("U.S.",
# "A.", '"quoted".' keeps an empty token before its stop) or before a letter ("St.Petersburg").
# A text without any has the same tokens both ways. One character class first: the search skips
# to the few characters that can start a hit in C (an alternation of lookarounds tried at every
# position cost as much as the token loop it saves). It is written as what it leaves out: all of
# ASCII but digits, ".", "'" and "_" (the class of what it holds, up to U+10FFFF, took 9 ms to
# compile at every start).
_NOT_PLAIN = re.compile(
    r"[^\x00-\x26\x28-\x2d\x2f\x3a-\x5e\x60-\x7f]"
    r"(?:(?<=['’_×÷])|(?<=[^\x00-\x7f])(?<=\w)"
    r"|(?<=\d)(?:[,.]|(?<=[A-Za-z]\d))"
    r"|(?<=\.)(?:(?<![A-Za-z]{2}\.)|(?=[A-Za-z])))"
)


class TextLayer:
    """The tokens of one document's sentences, by sentence index."""

    def __init__(self, doc):
        self.doc = doc

    def words(self, sentence: int) -> tuple[Token, ...]:
        return word_tokens(self.doc.sentences[sentence].text)

    def figures(self, sentence: int) -> tuple[Token, ...]:
        return figure_tokens(self.doc.sentences[sentence].text)


def text_layer(doc, ctx=None) -> TextLayer:
    """The text layer of ``doc`` (shared analysis: ``ctx.analysis(text_layer)``)."""
    return TextLayer(doc)


# --- word shapes ---------------------------------------------------------------------------------
# How analyses cut raw text (a source passage, a quote, a name) into plain word strings where they
# need no offsets. Each differs from the others on purpose; which one an analysis uses decides what
# it counts as one word, so a finding depends on it.

WORD_RUN = re.compile(r"\w+")  # letters, digits, "_": "Russia's" -> "Russia", "s"
# apostrophes and hyphens kept: "Russia's", "well-known" (and a lone "-" or "'")
LOOSE_WORD = re.compile(r"[\w'’-]+")
TRIMMED_WORD = re.compile(r"[\w'’-]*\w")  # LOOSE_WORD up to its last letter or digit: "Jones'" -> "Jones"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # letters and digits, inner apostrophes: "I'm"
COMPOUND_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # inner apostrophes or hyphens too
LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")  # four characters or more, from a letter on
CAPITAL_WORD = re.compile(r"[A-Z][\w’'.-]+")  # capitalised, two characters or more: "Mr.", "O'Neill"
NAME_PIECE = re.compile(r"[\w'’.&-]+")  # dots and ampersands kept: "AT&T", "Corp.", "U.S."
APOSTROPHE_WORD = re.compile(r"[\w'’]+")  # apostrophes kept, hyphens cut: "O'Neill's", "well", "known"
LETTER_RUN = re.compile(r"[A-Za-z]+")  # ASCII letters only: "O'Neill" -> "O", "Neill"
LETTERS = re.compile(r"[^\W\d_]+")  # letters of any script only: "l'eau" -> "l", "eau"
WORD_OR_MARK = re.compile(r"[\w'’]+|[^\w\s]")  # APOSTROPHE_WORD or one mark (for aligning two texts)
# a sentence's stop glued to a capital with no space, after a lowercase word of three letters
# or more ("...the harbour.Next story"): a scraped page running two texts together
GLUED_STOP = re.compile(r"[a-zà-öø-ÿ]{3}[.!?…][\"”»]?(?=[A-ZÀ-ÖØ-Þ])")
# two items a copy ran together with no space, the second opening on a capital word: "... the old
# bridgeMayor opens ..." (a lower-case letter or two right before a capital and a lower-case one)
GLUED_CAPITAL = re.compile(r"[a-zà-öø-ÿ]{2}(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def lower_case_twin(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` (case-insensitive) compiled case-sensitive, to scan a text's lower case
    (``twin_text``): where no part of the pattern holds a letter with case but a lower-case ASCII
    one (none written or in a range, no scoped flag), it matches there where ``pattern`` matches
    the text, at the same places; None otherwise. A re.I scan is several times dearer: it cannot
    test a branch's first character before trying it."""
    source = pattern.pattern
    if not isinstance(source, str) or not twin_holds(source, pattern.flags):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


_SOURCE = source_version(__file__)  # a stored answer holds only for this code


def twin_holds(source: str, flags: int) -> bool:
    """Whether ``lower_case_twin`` gives a twin of the pattern ``source`` compiled with ``flags``
    (without compiling it). The same answer in every run: parsing the patterns again was ~10 ms
    of every start."""
    key = ("lower_case_twin", _SOURCE, source, int(flags))  # (a RegexFlag is no plain value)
    return remembered(key, lambda: _no_capital(_parser.parse(source, flags)))


# The three characters re.I matches to an ASCII letter that their lower case is not (found by
# matching every code point; tests/test_fl002_required_text.py repeats the search): U+0130 (its
# lower case is two characters), dotless i, long s. For every other character, lowering keeps
# \w, \s and \d. Every lower-case prefilter of a case-blind pattern defers to the pattern there.
CASE_EXCEPTIONS = "\u0130\u0131\u017f"


def twin_text(text: str) -> str | None:
    """What a ``lower_case_twin`` scans for ``text``: its lower case, or None where it holds one
    of the three exceptions (then the pattern scans the text)."""
    global _LAST_TWIN
    last = _LAST_TWIN  # (one tuple, read and replaced whole: safe across threads)
    if last[0] is text:  # several scans of one sentence ask in a row (FL002's groups, FL401's readers)
        return last[1]
    twin = text.lower() if text.isascii() or not any(map(text.__contains__, CASE_EXCEPTIONS)) else None
    _LAST_TWIN = (text, twin)
    return twin


_LAST_TWIN: tuple[str | None, str | None] = (None, None)  # the last text asked about, and its twin

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=_MEMO)
def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (``\\d``). Asked of every sentence by the numbers,
    the measures and FL002's phrase groups: one scan of a sentence answers them all."""
    return _DIGIT.search(text) is not None


def _no_capital(items) -> bool:
    """No part of a parsed pattern holds a letter with case but a lower-case ASCII one (read with
    ``re``'s own parser, as rules/fl002_required_text.py does); an unknown part may."""
    return all(_part_without_capital(op, av) for op, av in items)


_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def _caseless_literal(code: int) -> bool:
    if code < 128:
        return not 65 <= code <= 90
    char = chr(code)
    return char.lower() == char == char.upper()  # no case at all ("’", "–")


def _part_without_capital(op, av) -> bool:
    if op in (_parser.LITERAL, _parser.NOT_LITERAL):
        return _caseless_literal(av)
    if op is _parser.IN:  # a class: its characters and ranges (categories such as \w have no case)
        return all(
            _caseless_literal(value)
            if kind in (_parser.LITERAL, _parser.NOT_LITERAL)
            else kind is not _parser.RANGE or value[1] < 65 or 90 < value[0] <= value[1] < 128
            for kind, value in av
        )
    if op is _parser.SUBPATTERN:  # a scoped flag ("(?-i:...)"): not known here
        return not av[1] and not av[2] and _no_capital(av[3])
    if op is _parser.BRANCH:
        return all(map(_no_capital, av[1]))
    if op in _REPEATS:
        return _no_capital(av[2])
    if op in (_parser.ASSERT, _parser.ASSERT_NOT):
        return _no_capital(av[1])
    return op in (_parser.ANY, _parser.AT, _parser.GROUPREF)


def phrase_trie(words: Iterable[str]) -> str:
    """A regex that finds one of the literal ``words`` wherever their plain alternation would, a
    space standing for any run of spaces: for a quick "can this sentence hold one?" before a
    costly pattern. Python's re tries an alternation's branches one by one at every position; the
    trie shares their common starts. A word that another one starts with ends that branch (for a
    search, the longer word adds nothing). Search lower-case text with lower-case words where you
    can: ``re.I`` makes every scan several times slower."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node or not node:  # no words at all: matches anywhere, as their empty alternation
            return ""
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + branch(rest) for ch, rest in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(root)


# --- word-gated patterns ---------------------------------------------------------------------
# A case-blind alternation such as r"\b(?:met|told|urged ...)\b" cannot skip ahead in C (re.I
# leaves no first character to look for) and tries every branch at every word. Where each of its
# matches must open with a whole word of a set read off the pattern, a text none of whose words
# is in the set cannot match, and a set test of its words answers first.


class WordGated:
    """``pattern`` (re.I), answering ``search`` and ``match`` as it does; a text whose lower case
    (``twin_text``) holds none of the words a match must open with is answered None unscanned.
    Where the words cannot be read off the pattern (see ``_first_words``), every text is scanned."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        words = remembered(
            ("first_words", _SOURCE, pattern.pattern, int(pattern.flags)), lambda: _first_words(pattern)
        )
        self.first = frozenset(words) if words is not None else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if self.first is not None:
            low = twin_text(text)
            if low is not None and self.first.isdisjoint(
                WORD_RUN.findall(low, pos, len(text) if endpos is None else endpos)
            ):
                return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        if self.first is not None:
            low = twin_text(text)
            if low is not None:
                word = WORD_RUN.match(low, pos)
                if word is None or word.group() not in self.first:
                    return None
        return self.pattern.match(text, pos)


def _first_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words (lower case) one of which every match of ``pattern`` opens with, whole: the
    pattern opens with a word boundary or a look-behind, then each branch with ASCII letters
    (literals, classes of letters, groups and alternations of them) that a space, a run of
    whitespace or a word boundary ends.
    None where a branch opens otherwise."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    while items and (
        items[0] == (_parser.AT, _parser.AT_BOUNDARY)
        or (items[0][0] is _parser.ASSERT_NOT and items[0][1][0] == -1)
    ):
        items.pop(0)
    words: set[str] = set()
    stack = [("", items)]
    while stack:
        prefix, rest = stack.pop()
        if len(words) + len(stack) > 5000:
            return None
        op, av = rest[0] if rest else (None, None)
        if op is _parser.LITERAL and (97 <= av <= 122 or 65 <= av <= 90):
            stack.append((prefix + chr(av).lower(), rest[1:]))
        elif (
            op is _parser.IN
            and av
            and all(k is _parser.LITERAL and chr(v).isascii() and chr(v).isalpha() for k, v in av)
        ):
            stack.extend((prefix + chr(v).lower(), rest[1:]) for _, v in av)
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:
            stack.append((prefix, list(av[3]) + rest[1:]))
        elif op is _parser.BRANCH:
            stack.extend((prefix, list(branch) + rest[1:]) for branch in av[1])
        elif op in _REPEATS and av[:2] == (0, 1):  # "hopes?"
            stack.extend(((prefix, rest[1:]), (prefix, list(av[2]) + rest[1:])))
        elif prefix and (  # (not the pattern's end: a match might end inside a word there)
            op is _parser.AT
            and av is _parser.AT_BOUNDARY
            or op is _parser.LITERAL
            and av == 32
            or op is _parser.IN
            and av == [(_parser.CATEGORY, _parser.CATEGORY_SPACE)]
            or op in _REPEATS
            and av[0] >= 1
            and list(av[2]) == [(_parser.IN, [(_parser.CATEGORY, _parser.CATEGORY_SPACE)])]
        ):
            words.add(prefix)
        else:
            return None
    return tuple(sorted(words))


class PhraseSet:
    """The literal ``words`` of ``phrase_trie`` for the same quick test: ``search(text)`` is truthy
    exactly where ``re.compile(phrase_trie(words)).search(text)`` finds one, found by one
    Aho-Corasick pass in C instead of a regex tried at every position of the sentence (about four
    times dearer: the sentences of a run are scanned for stance cues and vague-attribution words).
    A space in a word stands for any run of whitespace, as there: where the text has another run
    than one space and a word holds a space, the text with its runs collapsed to one space is
    searched again (a space-free word is found in it exactly where it is in the text)."""

    def __init__(self, words: Iterable[str]):
        words = list(words)
        self.pattern: re.Pattern | None = None  # (the regex, where a word does not suit the pass)
        if (
            not words
            or "" in words
            or any(w != " ".join(w.split()) or any(c.isspace() and c != " " for c in w) for w in words)
        ):
            # no words (the empty alternation matches anywhere), or whitespace a collapsed text
            # does not hold ("a  b" needs two whitespace characters): the regex decides
            self.pattern = re.compile(phrase_trie(words))
            return
        self.spaced = any(" " in w for w in words)
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, True)
        self.automaton.make_automaton()

    def search(self, text: str) -> re.Match | bool | None:
        """Something (True or the regex's match) where one is found, else None."""
        if self.pattern is not None:
            return self.pattern.search(text)
        if next(self.automaton.iter(text), None) is not None:
            return True  # (a single space matches a run of whitespace)
        if self.spaced and ("  " in text or _ODD_SPACE.search(text)):  # another run than one space
            return next(self.automaton.iter(" ".join(text.split())), None) is not None or None
        return None


_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace but a space


# --- content words -------------------------------------------------------------------------------

_CONTENT_WORD = re.compile(r"[A-Za-z][\w'-]+")
_NOT_CONTENT = FUNCTION_WORDS | {"said", "says"}  # words two sentences share whatever they say


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of two letters or more, function words (and "said") left out: what two
    sentences must share to talk about the same thing."""
    return frozenset(w.lower() for w in _CONTENT_WORD.findall(text)) - _NOT_CONTENT


# "according to the port authority", "according to tracking data from SkyLedger": the source
# of a report, up to the comma that closes it; its names say who told, not what the clause is about
_ACCORDING_TO = re.compile(r"\baccording\s+to\b[^,;:()]*", re.IGNORECASE)


def attribution_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the "according to ..." phrases of a text (each up to its comma)."""
    if "ccording" not in text:
        return ()
    return tuple(m.span() for m in _ACCORDING_TO.finditer(text))


def search_terms(text: str) -> set[str]:
    """Lower-cased numbers and words of four letters or more: the terms a claim is looked up by
    among source passages (shorter words are nearly all function words, and cheaper to drop by
    length than by list, in any language)."""
    return {w for w in (t.lower() for t in WORD_RUN.findall(text)) if w.isdigit() or len(w) >= 4}


# --- excerpts ------------------------------------------------------------------------------------


def best_window(gains: list[int], size: int) -> int:
    """Start of the first stretch of ``size`` items with the largest total gain."""
    best, best_start = -1, 0
    for start in range(0, len(gains) - size + 1):
        total = sum(gains[start : start + size])
        if total > best:
            best, best_start = total, start
    return best_start


EXCERPT_CHARS = 90  # the most a message quotes of a passage


def excerpt(
    text: str,
    other: str,
    words: int = 12,
    *,
    where: Callable[[list[str], int], int] | None = None,
    max_chars: int | None = EXCERPT_CHARS,
    clause: bool = False,
) -> str:
    """At most ``words`` words of ``text`` (split at spaces, as written) for a message about it
    and ``other``, with an ellipsis where it was cut: the whole text when it is at most two words
    longer (and at most ``max_chars`` long), else the stretch starting at ``where(tokens,
    words)``, by default the first that shares most search terms with ``other``. ``max_chars``
    cuts a stretch that is still too long (a "word" can be a whole line). ``clause``: the
    stretch drops a trailing ",;:" and an ellipsis after a sentence's opening words stands apart
    ("The river was opened …")."""
    tokens = text.split()
    if len(tokens) <= words + 2 and (max_chars is None or len(" ".join(tokens)) <= max_chars):
        return " ".join(tokens)
    if len(tokens) <= words + 2:  # too long in characters: all of it, cut to max_chars below
        words = len(tokens)
    start = (where or _most_shared(other))(tokens, words) if words < len(tokens) else 0
    piece = " ".join(tokens[start : start + words])
    head = "…" if start else ""
    if max_chars is not None and len(piece) > max_chars:
        return f"{head}{piece[: max_chars - 1].rstrip()}…"
    tail = "…" if start + words < len(tokens) else ""
    if clause:
        piece = piece.rstrip(",;:")
        tail = " …" if tail and not head else tail
    return f"{head}{piece}{tail}"


def _most_shared(other: str) -> Callable[[list[str], int], int]:
    def where(tokens: list[str], words: int) -> int:
        shared = search_terms(other)
        return best_window([len(search_terms(t) & shared) for t in tokens], words)

    return where

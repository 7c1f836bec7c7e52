"""The text layer: tokens with offsets, lower-case form and flags, made once per sentence and
shared by every analysis and rule.

One ``Token`` type for the whole project. Two ways of cutting a sentence into tokens, because the
analyses need them for different reasons:

- ``word_tokens`` (names and roles): a possessive "'s" is a token of its own ("Russia" + "'s"),
  dotted abbreviations stay whole ("U.S"), "Mr." splits into "Mr" + ".", numbers keep trailing
  separators. The mentions analysis and FL201-FL203 read these.
- ``figure_tokens`` (numbers and dates): numbers keep their commas and decimal points but no
  trailing separator, words keep inner apostrophes ("O'Neill", "Russia's"). The numbers and
  dates analyses and FL401-FL403 read these.

Both are memoised on the sentence text (bounded): every analysis that asks for the tokens of a
sentence gets the same tuple, computed once. ``text_layer(doc, ctx)`` is the per-document view
(``ctx.analysis(text_layer)``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

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
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


_new = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__: tokens are made by the million


def _token(text: str, start: int, source: str) -> Token:
    head = text[:1]  # "" before a lone "." (the word scheme keeps that empty token)
    return _new(
        Token,
        (
            text,
            start,
            start + len(text),
            text.lower(),
            text.replace(".", "") if "." in text else text,
            start > 0 and source[start - 1].isspace(),
            head.isalpha(),
            head.isupper(),
        ),
    )


_WORD_TOKEN = re.compile(
    r"[’']s\b"  # possessive, its own token ("Russia" + "'s")
    r"|[^\W\d_](?:\w|\.(?=[^\W\d_])|['’](?=\w)(?!s\b))*\.?(?<=[A-Z]\.)?"  # words, "O'Neill", "U.S"
    r"|\d[\d,.]*"
    r"|[^\w\s]"
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


@lru_cache(maxsize=_MEMO)
def word_tokens(text: str) -> tuple[Token, ...]:
    """Tokens for names and roles (see the module docstring)."""
    out = []
    for m in _WORD_TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word[-1] == "." and not _INITIALS.fullmatch(word):
            out.append(_token(word[:-1], start, text))  # "Mr." -> "Mr" + "." (but keep "U.S.")
            out.append(_new(Token, (".", m.end() - 1, m.end(), ".", "", False, False, False)))
            continue
        head = word[0]
        out.append(
            _new(
                Token,
                (
                    word,
                    start,
                    start + len(word),
                    word if word.islower() else word.lower(),
                    word.replace(".", "") if "." in word else word,
                    start > 0 and text[start - 1].isspace(),
                    head.isalpha(),
                    head.isupper(),
                ),
            )
        )
    return tuple(out)


# Numbers keep their commas and decimal points; words keep inner apostrophes.
_FIGURE_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\S")


@lru_cache(maxsize=_MEMO)
def figure_tokens(text: str) -> tuple[Token, ...]:
    """Tokens for numbers and dates (see the module docstring)."""
    out = []
    for m in _FIGURE_TOKEN.finditer(text):
        word, start = m.group(), m.start()
        head = word[0]
        out.append(
            _new(
                Token,
                (
                    word,
                    start,
                    start + len(word),
                    word if word.islower() else word.lower(),
                    word.replace(".", "") if "." in word else word,
                    start > 0 and text[start - 1].isspace(),
                    head.isalpha(),
                    head.isupper(),
                ),
            )
        )
    return tuple(out)


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

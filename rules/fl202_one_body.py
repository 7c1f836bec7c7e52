"""FL202: one body named two ways. A title's body read with a word of the title it runs into
("Central Bank Deputy Governor": the body "Central Bank Deputy") is the body without it; and a
body of two or more words is the same body said with its country or city before it ("Kell
Central Bank" ... "Central Bank"). Then two titles of the one body can clash ("Governor" ...
"Deputy Governor" of it)."""

from __future__ import annotations

from factlint.analysis.lexicon import OFFICE_PREFIXES
from factlint.analysis.text import WORD


def one_body(a: str, b: str) -> bool:
    """Whether two bodies read from titles are one: equal once a trailing office prefix is
    dropped, or the shorter (two words or more) is the longer's last words."""
    x, y = sorted((_words(a), _words(b)), key=len)
    return bool(x) and (x == y or (len(x) >= 2 and y[len(y) - len(x) :] == x))


def _words(body: str) -> list[str]:
    words = WORD.findall(body)
    while words and words[-1].lower() in OFFICE_PREFIXES:
        words.pop()  # "Central Bank Deputy" (Governor): the bank
    return words

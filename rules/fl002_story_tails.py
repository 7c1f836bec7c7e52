"""FL002's story tails: story text the caption readers took for a picture's caption or another
story's title because a line's last sentence lost its stop, or a line carries a figure.

A caption stands alone on its line, or a page sets its captions as unstopped lines throughout
(a tabloid's "Label: what the picture shows" under each photo). A story paragraph whose last
sentence has no stop is one line among the story's stopped paragraphs. Read by the caption
readers before they take a line:

- a tail with no stop after a story sentence on its line is the story's when it is worded as a
  report, not a scene (a modal, an auxiliary or a verb of saying: "... would meet them again";
  or it opens on a clause's link: "After the closure ...") and no other line of the page is an
  unstopped caption: eight words or more in sentence case with no sentence's end (a page of
  unstopped captions keeps its tails; "Crews unload fuel at the quay" is a scene, and stays);
- a line holding a finished sentence (a stop after a word in small letters, then a capital) and
  more, ending on a word, is a paragraph, not another story's title (a title has no stop
  inside); an excerpt cut short ("…") or an embedded post closed by its link stays a leftover;
- a title-case line ending in a figure ("... Overall Rating 88%", "... 8/10") is a score or a
  table's row, not another story's title.

Called from ``fl002_page_pictures`` (tails) and ``fl002_page_echoes`` (titles between
paragraphs); plain text and Markdown only, like them.
"""

from __future__ import annotations

import re

from factlint.analysis.text import WORD

_CAPTION_WORDS = 8  # an unstopped line this long in sentence case: a page's caption
_ENDS = (".", "!", "?", "…", ":", ";", ",", '"', "”", "“", "»", "«", ")", "]", "'", "’")
# a finished sentence inside a line: a word in small letters, its stop, a capital
_SENTENCE_END = re.compile(r"\b[^\W\d_]*[a-zà-ÿ]{3}[.!?]\s+[\"“‘']?[A-ZÀ-Þ]")
_LINK = re.compile(r"https?://|www\.|\.com/|pic\.twitter", re.I)
# a figure closing a line: a percentage or a score out of ten or a hundred
_SCORE_END = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|/\s*10|/\s*100)\s*$")


# a report's verbs (a modal, a perfect's or a past's auxiliary, a verb of saying) and a clause's
# openers (a time or a link to the sentence before): a story's clause, not a picture's scene
_REPORT = frozenset(
    "will would could should might must shall had has have said told added accused claimed "
    "reported announced warned".split()
)
_OPENERS = frozenset(
    "after before since while when although though because despite earlier later meanwhile "
    "however but and so yet until once if".split()
)


def story_tail(tail: str, lines: list[str], n: int) -> bool:
    """Whether the stop-less ``tail`` closing 1-based line ``n`` is its paragraph's last
    sentence: worded as a report (a modal, an auxiliary or a verb of saying; an opening
    "After", "While", "But" ...) on a page with no unstopped caption on another line."""
    words = [w.casefold() for w in WORD.findall(tail)]
    if not words or not (words[0] in _OPENERS or any(w in _REPORT for w in words)):
        return False
    return not unstopped_captions(lines, n)


def unstopped_captions(lines: list[str], n: int) -> bool:
    """Whether a line of the page other than 1-based ``n`` is an unstopped caption: eight words
    or more, opening with a capital, in sentence case (most words in small letters), with no
    sentence's end."""
    for k, line in enumerate(lines, 1):
        text = line.strip()
        if k == n or not text[:1].isupper() or text.endswith(_ENDS):
            continue
        words = WORD.findall(text)
        if len(words) < _CAPTION_WORDS:
            continue
        if sum(w[:1].islower() for w in words) * 2 >= len(words):
            return True
    return False


def has_sentence_end(text: str) -> bool:
    """Whether ``text`` holds a finished sentence with more text after it that ends on a word (a
    sentence that lost its stop), not cut short ("…") nor closed by a link (an embedded post)."""
    text = text.strip()
    if not text[-1:].isalnum() or "…" in text or "..." in text or _LINK.search(text):
        return False
    return _SENTENCE_END.search(text) is not None


def score_line(text: str) -> bool:
    """A title-case line closed by a figure: a score or a table's row."""
    text = text.strip()
    if not _SCORE_END.search(text):
        return False
    words = [w for w in WORD.findall(text) if w[:1].isalpha() and len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)

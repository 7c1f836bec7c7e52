"""Model-free features of the lines of a plain-text page, for a learned FL002 line scorer.

FL002's phrase classes name furniture that has been seen; these describe any line by its shape
(length, final punctuation, capitals, digits, verb cues, words to the reader, web symbols), its
place (before the story's first prose line, after its last, between two paragraphs) and its
neighbours (short lines, lines FL002 already flags). ``training/line_scorer.py`` fits and measures
a logistic regression on them. Measured leave-one-folder-out it did not beat the rules at first
sight with no false alarm (benchmarks/results/fl002-line-scorer.md), so FL002 does not use it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factlint.analysis.words import MONTH_NAMES, STOPWORDS

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WEB = re.compile(r"https?://|www\.|(?<![\w@])@\w{2,}|#\w|\||[→»›©]|\.(?:jpe?g|png|gif)\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d+\s+(?:min|mins|minutes|hours?|days?)\b|\bago\b", re.I)
_BULLET = re.compile(r"\s*[*•·▪►‣–—>-]\s")
_QUOTE_START = re.compile(r"\s*[\"“‘']")
_VERB_CUES = frozenset(
    "is are was were be been being has have had will would can could should may might must do does "
    "did said says told say added according".split()
)
_READER = frozenset("you your yours we our us click subscribe sign log follow share join".split())
_MONTHS = frozenset(MONTH_NAMES) | frozenset(m[:3] for m in MONTH_NAMES)
_PROSE_MIN_WORDS = 8
_PROSE_LONG_WORDS = 25
_SHORT_WORDS = 6


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the text
    start: int  # offsets of the line's text (without its newline) in the text
    end: int
    text: str


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets."""
    out, offset = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        body = raw.rstrip("\r")
        if body.strip():
            out.append(Line(number, offset, offset + len(body), body))
        offset += len(raw) + 1
    return out


def _is_prose(words: list[str], text: str) -> bool:
    return (len(words) >= _PROSE_MIN_WORDS and bool(_SENTENCE_END.search(text.rstrip()))) or len(
        words
    ) >= _PROSE_LONG_WORDS


FEATURES = (
    "words_log",
    "chars_log",
    "short",
    "ends_sentence",
    "ends_colon",
    "ends_bare",
    "capital_share",
    "title_case",
    "all_caps",
    "digit_share",
    "verb_cue",
    "reader_share",
    "web_symbol",
    "date_or_time",
    "bullet",
    "quote_start",
    "prose",
    "before_first_prose",
    "after_last_prose",
    "between_prose",
    "prev_short",
    "next_short",
    "prev_flagged",
    "next_flagged",
    "flagged",
    "repeated",
    "position",
    "first_line",
    "starts_lower",
    "continues_prose",
    "shape_recurs",
    "page_lines_log",
    "story_word_share",
    "no_content_words",
)


def features(lines: list[Line], flagged: set[int]) -> list[list[float]]:
    """One feature row per line (in ``FEATURES`` order); ``flagged``: line numbers the phrase
    classes and page shapes of FL002 already flag."""
    words = [_WORD.findall(line.text) for line in lines]
    prose = [_is_prose(w, line.text) for w, line in zip(words, lines)]
    first = prose.index(True) if any(prose) else len(lines)
    last = len(prose) - 1 - prose[::-1].index(True) if any(prose) else -1
    counts: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.text.split()).casefold()
        counts[key] = counts.get(key, 0) + 1
    shapes: dict[str, int] = {}
    for line in lines:
        shapes[_shape(line.text)] = shapes.get(_shape(line.text), 0) + 1
    # how often each content word occurs in the page's prose lines: a crosshead or a headline
    # repeats the story's words, furniture ("Related Posts", "Share") mostly does not
    in_prose: dict[str, int] = {}
    for w, p in zip(words, prose):
        if p:
            for word in set(_content(w)):
                in_prose[word] = in_prose.get(word, 0) + 1
    short = [len(w) <= _SHORT_WORDS and not p for w, p in zip(words, prose)]
    rows = []
    n = len(lines)
    for i, (line, ws) in enumerate(zip(lines, words)):
        text = line.text.strip()
        nw = len(ws)
        lower = [w.casefold() for w in ws]
        capital = sum(1 for w in ws if w[0].isupper())
        long_words = [w for w in ws if len(w) > 3]
        letters = [c for c in text if c.isalpha()]
        rows.append(
            [
                math.log1p(nw),
                math.log1p(len(text)),
                float(nw <= 4),
                float(bool(_SENTENCE_END.search(text))),
                float(text.endswith(":")),
                float(text[-1:].isalnum()),
                capital / nw if nw else 0.0,
                float(nw >= 2 and bool(long_words) and all(w[0].isupper() for w in long_words)),
                float(len(letters) >= 3 and all(c.isupper() for c in letters)),
                sum(c.isdigit() for c in text) / len(text),
                float(any(w in _VERB_CUES or (len(w) > 4 and w.endswith(("ed", "ing"))) for w in lower)),
                sum(w in _READER for w in lower) / nw if nw else 0.0,
                float(bool(_WEB.search(text))),
                float(bool(_TIME.search(text)) or any(w in _MONTHS for w in lower)),
                float(bool(_BULLET.match(line.text))),
                float(bool(_QUOTE_START.match(line.text))),
                float(prose[i]),
                float(i < first),
                float(i > last),
                float(0 < i < n - 1 and prose[i - 1] and prose[i + 1]),
                float(i > 0 and short[i - 1]),
                float(i < n - 1 and short[i + 1]),
                float(i > 0 and lines[i - 1].number in flagged),
                float(i < n - 1 and lines[i + 1].number in flagged),
                float(line.number in flagged),
                float(counts[" ".join(line.text.split()).casefold()] > 1),
                i / max(1, n - 1),
                float(i == 0),
                float(text[:1].islower()),
                float(_continues(lines, i)),
                float(shapes[_shape(line.text)] >= 3),
                math.log1p(n),
                _story_share(_content(ws), in_prose, prose[i]),
                float(not _content(ws)),
            ]
        )
    return rows


def _content(words: list[str]) -> list[str]:
    return [w.casefold() for w in words if len(w) > 2 and w.casefold() not in STOPWORDS and not w.isdigit()]


def _story_share(content: list[str], in_prose: dict[str, int], own_prose: bool) -> float:
    """The share of a line's content words found in the page's prose lines (other than itself)."""
    if not content:
        return 0.0
    own = set(content) if own_prose else set()
    return sum(in_prose.get(w, 0) - (w in own) > 0 for w in content) / len(content)


def _shape(text: str) -> str:
    """A line with its digits and words blurred: live-blog entry times share one shape."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "0", text.strip()))


def _continues(lines: list[Line], i: int) -> bool:
    """The line is part of hard-wrapped prose: it runs on into the next line or from the last."""
    text = lines[i].text.strip()
    after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    before = lines[i - 1].text.strip() if i else ""
    into_next = bool(after) and after[0].islower() and not _SENTENCE_END.search(text)
    from_last = bool(before) and text[0].islower() and not _SENTENCE_END.search(before)
    return into_next or from_last


# Lines the scorer never flags whatever their score: a line that ends a sentence, runs on from or
# into hard-wrapped prose, opens with a quotation mark, is the page's first line (the headline), or
# has the shape of two other lines (live-blog entry times) is the story's, as FL002's page shapes
# already assume.
GATES = ("ends_sentence", "continues_prose", "quote_start", "first_line", "shape_recurs")


def eligible(row: list[float]) -> bool:
    """Whether a line with this feature row may be flagged at all (``GATES``)."""
    return not any(row[FEATURES.index(name)] for name in GATES)

"""FL002's story tables: the results, standings, scores and times a story sets as lines of
their own are the story's, whatever test would take a line of them for furniture.

A sports or election report sets its figures as a table: a row per player, side or party, each
a name and its result ("Varnholm bt Benz 6-4 3-6 7-5", "Vessary City 30 pts", "1. Dina Farrow
1:09:44", "Marta Osgood (Harbour Party) 8,412"), under a short heading ("Final results"). The
shape tests read such rows as other stories' titles, a link box's labels or a caption in the
present tense. A block of them is read by its figures, not its words:

- a row: a line of its own (no blank line between it and the next row), ten words at most, no
  sentence's end, a name (a word with a letter) and a result figure standing alone (a count, a
  score or set "6-4", a time "2:21:04"; ``fl002_page_shape.result_cell``); a date, a gallery's
  counter ("1/23") or a clock stamp alone is no row;
- a table: two rows or more one under the other, after the headline, none of them a phrase's
  leftover (a market ticker, a time stamp), of which one shares a content word with the story
  (its players, its parties) or two hold two figures each (a set score's row names no one the
  story has named), or whose every row is names and figures only, a score or time ("6-1",
  "1:09:44") in each, its rank before it or not ("1. Ana Lind 6-1 Ostrova", "5.Ina Rusk 4-6
  Kerr": another event's results the story did not name; a title has a lower-case word);
- its heading: the short line right above its first row (no blank line between), six words at
  most, no sentence's end ("Results", "Top of the table").

Each is added to the units no page-shape test may flag (the story's, like a live results
page's entries); the phrases' own findings stay.
"""

from __future__ import annotations

import re

from factlint.analysis.topic_overlap import shared
from factlint.linter.document import Document, Sentence
from factlint.rules import fl002_page_edges as page_edges
from factlint.rules import fl002_page_shape as page_shape
from factlint.rules.fl002_page_shape import result_cell, score_row, words_of

_ROW_WORDS = 10
_HEADING_WORDS = 6
_MIN_ROWS = 2
_ENDS = (".", "!", "?", ";", ":")
_RANK = re.compile(r"\s*\d{1,3}[.)]\s*(?=\D)")  # a row's rank: "1. ", "2) ", "5." glued to a name
_SCORE_JOINS = frozenset("-–:")


def find(doc: Document, units: list[Sentence], hits: list[str | None], found: set[int]) -> set[int]:
    """The units of the story's tables and their headings (see the module's docstring)."""
    if doc.format == "html" or len(units) < _MIN_ROWS + 1:
        return set()
    rows = [
        i > 0 and hits[i] is None and i not in found and _row(units[i].text) and _single(doc, units[i])
        for i in range(len(units))
    ]
    if sum(rows) < _MIN_ROWS:
        return set()
    tables: list[list[int]] = []
    for i, is_row in enumerate(rows):
        if not is_row:
            continue
        if tables and tables[-1][-1] == i - 1 and units[i].span.line == units[i - 1].span.line + 1:
            tables[-1].append(i)
        else:
            tables.append([i])
    tables = [t for t in tables if len(t) >= _MIN_ROWS]
    if not tables:
        return set()
    edges = page_edges.read(doc, units, page_shape.story_prose(doc, units, hits))
    out: set[int] = set()
    for table in tables:
        texts = [units[i].text for i in table]
        if (
            sum(score_row(t) for t in texts) < _MIN_ROWS
            and not all(_names_and_score(t) for t in texts)
            and not (edges is not None and any(shared(t, edges.body).shared for t in texts))
        ):
            continue
        out.update(table)
        above = table[0] - 1
        if above > 0 and hits[above] is None and above not in found and _heading(doc, units, above, table[0]):
            out.add(above)
    return out


def _single(doc: Document, u: Sentence) -> bool:
    return u.span.line == u.span.end_line and page_shape.own_line(doc, u)


def _row(text: str) -> bool:
    """A name and a result figure standing alone, ten words at most, no sentence's end."""
    body = text.strip()
    if body.endswith(_ENDS) or not 2 <= len(body.split()) <= _ROW_WORDS:
        return False
    tokens = body.split()
    named = any(any(c.isalpha() for c in t) and not result_cell(t) for t in tokens)
    return named and any(result_cell(t) for t in tokens)


def _names_and_score(text: str) -> bool:
    """A results row of names and figures only, a score or a time among them, a rank before it."""
    rank = _RANK.match(text)
    tokens = text[rank.end() if rank else 0 :].split()
    scored = False
    for token in tokens:
        if result_cell(token):
            scored = scored or any(c in _SCORE_JOINS for c in token)
        elif not token[:1].isupper():
            return False
    return scored


def _heading(doc: Document, units: list[Sentence], i: int, first_row: int) -> bool:
    u = units[i]
    body = u.text.strip()
    return (
        _single(doc, u)
        and u.span.line + 1 == units[first_row].span.line
        and 1 <= len(words_of(body)) <= _HEADING_WORDS
        and not body.endswith((".", "!", "?", ";"))
    )

"""FL002's menu test: the site's menu and section rows at the very top of the page, above the
headline, in any language.

- a menu row: from the page's first line down, one to three lines of two to twenty words (the
  first with a section's word; a second or third row may be one word: "Cidades"), every word
  capitalised or a figure (the word after a figure may be small: "24 horas"; so may a
  connector: "Sociedad y Cultura"), no mark of a sentence, a list or a quotation (no stop, colon
  or comma), fewer than half of its longer words taken up by the story ("News Local Politics
  Sport" over a story of a fire), then the headline (a line that is no such row) before the
  story's first paragraph. A headline in capitals names what the story tells; a kicker in
  capitals shares its words; a title-case headline names no section; a byline is a byline's;
- a date row among them: a line in small letters with a date and its year ("madrid 14/03/2019 -
  10:32h"); the rows may run into the story's first unit, above its first prose line.

Plain text and Markdown only.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import (
    LEAD_JUNK,
    bare_byline,
    fold,
    head_words,
    is_prose,
    quoted,
    shapes,
    stamp_line,
    words_of,
)

MESSAGES = {
    "top-menu": (
        'the site\'s menu left over from the web page: "{shown}"; ',
        "a row of capitalised section names above the headline that the story does not take up, "
        "not part of the story",
    ),
    "top-date": (
        'a date stamp left over from the web page: "{shown}"; ',
        "a line in small letters with a date above the headline (the page's stamp), not part of the story",
    ),
}

_ROWS = 3  # menu and section rows above the headline
_ROW_WORDS = (2, 20)  # a first row's words; a row under it may be one word
_HEAD_LINES = 8  # the story's first paragraph starts within this many lines of the top
# the small words that join two section names ("Sociedad y Cultura", "Kultur und Freizeit")
_CONNECTORS = frozenset("y e i und et and en og och &".split())
_MARKS = '.!?:;,"“”«»()[]'
_STEM = 4  # a row's word is taken up by the story when a story word opens with its first letters


def find(
    doc: Document, units: list[Sentence], prose: list[bool] | None, flagged: set[int]
) -> list[tuple[int, int, int, str]]:
    """The menu rows at the page's top, as (unit, start, end, where): the part of the unit's text
    on those lines (a row run into the headline's unit is that unit's first lines), "top-date"
    where they are all date rows. ``prose``: which
    units are the story's prose (``story_prose``'s answer); ``flagged``: units found already."""
    if doc.format == "html" or not prose or not any(prose):
        return []
    first = prose.index(True)
    lines = doc.lines()
    # the story's first paragraph's line (0-based): its unit's own first line that reads as
    # prose (the copy may run the rows and the headline into that unit)
    top = units[first].span.line - 1
    sh = shapes()
    while top < min(len(lines) - 1, _HEAD_LINES) and not is_prose(lines[top].strip(), sh):
        top += 1
    if top > _HEAD_LINES:
        return []
    story = {w.casefold() for line in lines[top:] for w in words_of(line)}
    rows: list[int] = []  # the rows' lines (0-based)
    for k in range(top):
        text = lines[k].strip().strip(LEAD_JUNK)
        if not text:
            continue
        if len(rows) == _ROWS or not _menu_row(text, story, shortest=1 if rows else _ROW_WORDS[0]):
            break
        rows.append(k)
    else:
        return []  # no headline under the rows: the last row is the page's title
    if not rows or not any(lines[k].strip() for k in range(rows[-1] + 1, top)):
        return []
    found = []
    for i, u in enumerate(units[: first + 1]):
        own = u.text.split("\n")  # the unit's lines, from its first line on
        held = 0  # how many of them are rows
        while held < len(own) and u.span.line - 1 + held in rows:
            held += 1
        if held:  # (a unit found for its other lines takes its rows too: the caller widens it)
            end = len("\n".join(own[:held])) if held < len(own) else len(u.text)
            dated = all(_date_row(line.strip().strip(LEAD_JUNK)) for line in own[:held])
            found.append((i, 0, end, "top-date" if dated else "top-menu"))
    return found


def _menu_row(text: str, story: set[str], shortest: int) -> bool:
    """A row of capitalised section names the story does not take up (``story``: its words), or
    a date row in small letters (``_date_row``)."""
    if _date_row(text):
        return True
    words = words_of(text)
    if not shortest <= len(words) <= _ROW_WORDS[1] or any(c in _MARKS for c in text) or quoted(text):
        return False
    if text.startswith("#") or stamp_line(text) or bare_byline(text):
        return False
    after_figure = False
    for w in words:
        if not (w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTORS or after_figure):
            return False
        after_figure = w[:1].isdigit()
    if shortest > 1:  # (a first row names a section: "Local News", not "Record Crowds Expected")
        sections = head_words().section_words
        if not any(w.casefold() in sections or fold(w.casefold()) in sections for w in words):
            return False
    long_words = [w.casefold() for w in words if len(w) >= _STEM and w.isalpha()]
    taken = sum(_taken_up(w, story) for w in long_words)
    return 2 * taken < len(long_words) or not long_words and shortest == 1


def _taken_up(word: str, story: set[str]) -> bool:
    """The story holds the word in some form ("Wendorf" in "Wendorfer", "Batters" in "battered")."""
    stem = word[: max(_STEM, len(word) - 2)]
    return any(w.startswith(stem) for w in story)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}")
_DATE_ROW_WORDS = 12


def _date_row(text: str) -> bool:
    """A page's date row in small letters above the headline: a place or a stamp's word, then a
    date with its year ("madrid 14/03/2019 - 10:32h", "torrealba, 14 de marzo de 2019"), a
    dozen words at most and no sentence's end. A headline opens with a capital."""
    words = words_of(text)
    return (
        text[:1].isalpha()
        and text[:1].islower()
        and len(words) <= _DATE_ROW_WORDS
        and not text.rstrip().endswith((".", "!", "?"))
        and bool(_YEAR.search(text))
        and not quoted(text)
    )

"""FL002's last pass over what it found: heads of the story's own parts, taken for furniture.

Soft copy (a live page, a blog's index of entries, a review) heads its parts with short lines
that look like a site's furniture to the page-shape tests, which read a line's length and place:

- a numbered entry head ("1. Closing note") above the first paragraph, where the page numbers
  the next entry's head the same way ("2. The day in brief") further down: the first of the
  story's numbered entries (a live page's, a list's), not a section label;
- an entry's title under its date line, read as the writer's name beside a date ("Thursday,
  May 4" over "Giant Otters Return") when its words come back in lower case in the paragraph
  right below it ("... giant otters ..."): a title told by its entry; a name never does that;
- a review's credit box: lines of their own in one run without a blank line, two of which
  credit the work ("by A. Name", "Directed by A. Name"; no date in them, one saying what the
  person did), with the venue and the date the work was seen: the review's facts, not a byline
  block (a byline is one credit, "By A. Name", or an agency's "by The Agency - 04/11/23");
- a ruling's particulars between two of the story's paragraphs: three to ten short lines (blank
  lines between them or none), two naming a court's word ("Tribunal Supremo", "Sede: Madrid")
  and one a case number ("Recurso 1432/2018"): the court report's facts, not a stamp, a menu or
  a box's edge.

Each test reads only findings already made (most pages have none of these shapes), and spares
only findings of the kinds a line of such a shape is taken for.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.linter.finding import Finding
from factlint.rules import fl002_page_blocks as page_blocks
from factlint.rules import fl002_page_shape as page_shape

_NUMBERED = re.compile(r"\s*(\d{1,3})[.)]\s+\S")
_ENTRY_GAP = 40  # units between one numbered head and the next: an entry, not the rest of the page
_NAME_BYLINE = page_blocks.MESSAGES["name-byline"][1]
_TITLE_ECHO_MIN = 2  # of a title's words, at least this many (and half) in lower case below
# a work's credit in a review's box: "by A. Name", "Directed by A. Name" (a site's byline says
# "By A. Name" once)
_DIRECTED = (
    r"(?:(?:Directed|Written|Adapted|Choreographed|Composed|Conducted|Designed|Translated)\s+by"
    r"|Regia\s+di|Regie:?|Dirigida\s+por|Dirección:?|Mise\s+en\s+scène(?:\s+de)?:?)\s+[A-Z]"
)
_DIRECTED_BY = re.compile(_DIRECTED)
_CREDIT = re.compile(rf"{_DIRECTED}|by\s+[A-Z]")
_CREDITS_MIN = 2
_BOX_LINES = 8  # a credit box: title, author, director, venue, date, a few more


def spare(doc: Document, units: list[Sentence], hits: list[str | None], found: dict[int, Finding]) -> None:
    """Drop the findings on heads of the story's parts (see the module's docstring)."""
    if not found:
        return
    spared = _numbered_heads(doc, units, found) | _echoed_titles(doc, units, found)
    spared |= _credit_boxes(doc, units, found) | _ruling_particulars(doc, units, found)
    for i in spared:
        found.pop(i, None)
        hits[i] = None


def _numbered_heads(doc: Document, units: list[Sentence], found: dict[int, Finding]) -> set[int]:
    out = set()
    for i in found:
        m = _NUMBERED.match(units[i].text)
        if m is None or not page_shape.own_line(doc, units[i]):
            continue
        following = f"{int(m.group(1)) + 1}"
        for j in range(i + 1, min(len(units), i + _ENTRY_GAP)):
            n = _NUMBERED.match(units[j].text)
            if n is not None and n.group(1) == following and page_shape.own_line(doc, units[j]):
                if j > i + 1 and j - 1 not in found:  # an entry between: the story's own heads
                    out.add(i)
                break
    return out


def _echoed_titles(doc: Document, units: list[Sentence], found: dict[int, Finding]) -> set[int]:
    out = set()
    for i, finding in found.items():
        if _NAME_BYLINE not in finding.message or i + 1 >= len(units) or i + 1 in found:
            continue
        below = {w for w in page_shape.words_of(units[i + 1].text) if w.islower()}
        words = [w.casefold() for w in page_shape.words_of(units[i].text)]
        echoed = sum(1 for w in words if w in below)
        if echoed >= _TITLE_ECHO_MIN and 2 * echoed >= len(words):
            out.add(i)
    return out


def _credit_boxes(doc: Document, units: list[Sentence], found: dict[int, Finding]) -> set[int]:
    lines: list[str] | None = None
    out = set()
    for i in found:
        if not page_shape.own_line(doc, units[i]):
            continue
        if lines is None:
            lines = doc.lines()
        n = units[i].span.line - 1  # 0-based
        top = n
        while top > 0 and lines[top - 1].strip() and n - top < _BOX_LINES:
            top -= 1
        end = n
        while end + 1 < len(lines) and lines[end + 1].strip() and end - top < _BOX_LINES:
            end += 1
        box = [lines[k].strip() for k in range(top, end + 1)]
        # distinct credits with no date in them, one naming what the credited person did (an
        # agency's byline printed twice, "by The Agency - 04/11/23", is no credit box)
        credits = {line for line in box if _CREDIT.match(line) and not any(c.isdigit() for c in line)}
        if (
            len(box) <= _BOX_LINES
            and len(credits) >= _CREDITS_MIN
            and any(_DIRECTED_BY.match(line) for line in credits)
        ):
            out.add(i)
    return out


_PARTICULARS_LINES = (3, 10)  # a ruling's particulars: court, chamber, seat, date, case, judge
_PARTICULAR_WORDS = 10
# a case's number ("1432/2018", "Sentencia 88/2019"), not a date's figures ("12/02/2019")
_CASE_NUMBER = re.compile(r"(?<![/\d])\d{1,6}/\d{2,4}(?![/\d])")
_COURT_LINES = 2
_PARAGRAPH_WORDS = 8


def _ruling_particulars(doc: Document, units: list[Sentence], found: dict[int, Finding]) -> set[int]:
    lines: list[str] | None = None
    out: set[int] = set()
    checked: set[int] = set()  # the blocks' first lines read already
    for i in sorted(found):
        if i in out or not page_shape.own_line(doc, units[i]):
            continue
        if lines is None:
            lines = doc.lines()
        block = _short_block(lines, units[i].span.line - 1)
        if block is None or block[0] in checked:
            continue
        checked.add(block[0])
        if _particulars([lines[k] for k in block]):
            rows = {k + 1 for k in block}
            out |= {j for j in found if units[j].span.line in rows and units[j].span.end_line in rows}
    return out


def _short_block(lines: list[str], n: int) -> list[int] | None:
    """The 0-based lines of the short lines around line ``n`` (blank lines between them count
    for nothing) when a finished story paragraph stands right above and right below them."""

    def short(k: int) -> bool:
        text = lines[k].strip()
        return not text or len(page_shape.words_of(text)) <= _PARTICULAR_WORDS

    top, end = n, n
    while top > 0 and short(top - 1):
        top -= 1
    while end + 1 < len(lines) and short(end + 1):
        end += 1
    if top == 0 or end + 1 >= len(lines):
        return None
    if not (_finished(lines[top - 1]) and _finished(lines[end + 1])):
        return None
    block = [k for k in range(top, end + 1) if lines[k].strip()]
    return block if _PARTICULARS_LINES[0] <= len(block) <= _PARTICULARS_LINES[1] else None


def _finished(text: str) -> bool:
    text = text.strip()
    return len(page_shape.words_of(text)) >= _PARAGRAPH_WORDS and text.rstrip("\"”’')»").endswith(
        (".", "!", "?")
    )


def _particulars(block: list[str]) -> bool:
    """A ruling's particulars: two lines with a court's word ("Tribunal Supremo", "Sede:
    Madrid"; a site's section "Tribunales" over a stamp is one) and a case number."""
    court = page_shape.shapes().court_words
    named = sum(not court.isdisjoint(w.casefold() for w in page_shape.words_of(line)) for line in block)
    return named >= _COURT_LINES and any(_CASE_NUMBER.search(line) for line in block)

"""FL002's teaser-pair and blank-edge tests: another story's title with its kicker between the
story's paragraphs, and short leftovers one blank line away from found furniture.

Read by the shape of the page's blocks (lines between blank lines) and the words they share,
in any language:

- a teaser pair: a block of exactly two short lines with no sentence end (another story's
  title and its kicker or summary line, the second may open in lower case) between two of the
  story's blocks: a finished paragraph (or a found leftover) above, a long paragraph under it.
  A story's own subheads are single lines over their paragraph; a pair of subheads (a section's
  head over its sub-section's) names what the paragraph under it tells, so the pair shares no
  content word with that paragraph, few (a third of its words at most) with the page, and no
  other two-line block of the page heads its paragraph. On a page whose long lines mostly lack
  their stop ("no stop" says nothing there) a long line counts as a paragraph, and the one under
  the pair is twice as long as its longer line. Never above the story's first finished paragraph (a headline over its
  standfirst), never a line that is all a quotation, never under a line that announces a list;
- a blank edge: a short line (one to five words, no stop) alone in its block, one blank line
  away from a short found leftover alone in its block (a menu's or a box's label), when it opens
  in lower case (a tool's word) or the block on its other side is short too (the run goes on: a
  subhead or a numbered section's head sits over its paragraph, stop or none); never above the
  story's first finished paragraph (a headline under a menu).

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_lone import _finished, _stems, paragraph, stops_mean
from factlint.rules.fl002_page_shape import LEAD_JUNK, words_of

MESSAGES = {
    "teaser-pair": (
        'another story\'s title or its kicker left over from the web page: "{shown}"; ',
        "two short lines between the story's paragraphs that head none of them (a link's title and "
        "its summary), not part of the story",
    ),
    "blank-edge": (
        'page text left over from the web page: "{shown}"; ',
        "a short line next to page furniture found already (a menu's or a box's words), not part "
        "of the story",
    ),
}

_FIRST_WORDS = (3, 16)  # a title
_SECOND_WORDS = (3, 20)  # its kicker or summary line
_BELOW_WORDS = 12  # the story's paragraph under the pair
_SHARED_PART = 3  # a pair shares a third of its words with the page at most
_EDGE_WORDS = 5
_PARAGRAPH_WORDS = 8  # a line this long on the far side is the story's paragraph, stop or none
_ENDS = (".", "!", "?", "…", ";", ",", ":")
_CLOSERS = " \"”’'»)*"
_OPENERS = "\"“‘'«„"


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indices of each run of filled lines."""
    out: list[tuple[int, int]] = []
    start = None
    for k, line in enumerate(lines):
        if line.strip():
            if start is None:
                start = k
        elif start is not None:
            out.append((start, k))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


def _units_by_line(units: list[Sentence]) -> dict[int, list[int]]:
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n - 1, []).append(i)
    return by_line


def _own_units(k: int, by_line: dict[int, list[int]], units: list[Sentence]) -> list[int]:
    """The units of line ``k`` when none runs over another line."""
    mine = by_line.get(k, [])
    if not mine or any(units[i].span.line != k + 1 or units[i].span.end_line != k + 1 for i in mine):
        return []
    return mine


def _unstopped(text: str) -> bool:
    return not text.rstrip(_CLOSERS).endswith(_ENDS)


def _quotation(text: str) -> bool:
    return text[:1] in _OPENERS and text.rstrip(" *")[-1:] in "\"”’'»"


def _pair_shape(first: str, second: str) -> bool:
    if not first[:1].isupper() or first[:1] in LEAD_JUNK or second[:1] in LEAD_JUNK:
        return False
    if not _FIRST_WORDS[0] <= len(words_of(first)) <= _FIRST_WORDS[1]:
        return False
    if not _SECOND_WORDS[0] <= len(words_of(second)) <= _SECOND_WORDS[1]:
        return False
    if not (_unstopped(first) and _unstopped(second)) or _quotation(first) or _quotation(second):
        return False
    return first.count(",") <= 2 and second.count(",") <= 2


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, str]]:
    """(unit index, "teaser-pair") for the two lines of another story's title and kicker."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    blocks = _blocks(lines)
    pairs = [b for b in range(1, len(blocks) - 1) if blocks[b][1] - blocks[b][0] == 2]
    if not pairs or len(blocks) < 4:
        return []
    by_line = _units_by_line(units)
    found = {k for k, mine in by_line.items() if mine and all(i in flagged for i in mine)}
    stops = stops_mean(lines)
    first = next((b for b, (s, _) in enumerate(blocks) if paragraph(lines[s].strip(), stops)), len(blocks))
    taken: list[int] = []
    heads = False
    for b in pairs:
        s, e = blocks[b]
        one, two = lines[s].strip(), lines[s + 1].strip()
        below = lines[blocks[b + 1][0]].strip()
        if not _pair_shape(one, two) or len(words_of(below)) < _BELOW_WORDS:
            continue
        mine = _stems(one + " " + two)
        if mine & _stems(below):
            heads = True  # (a pair of the story's subheads: the page's other pairs are its own too)
            continue
        if b <= first or not (below[:1].isupper() or below[:1] in _OPENERS):
            continue
        above = lines[blocks[b - 1][1] - 1].strip()
        if not (paragraph(above, stops) or blocks[b - 1][1] - 1 in found):
            continue
        if not stops and len(words_of(below)) < 2 * max(len(words_of(one)), len(words_of(two))):
            continue
        page = _stems(" ".join(lines[n] for n in range(len(lines)) if not s <= n < e))
        if len(mine) < 3 or len(mine & page) * _SHARED_PART > len(mine):
            continue
        mine_units = sorted(set(by_line.get(s, []) + by_line.get(s + 1, [])))
        if mine_units and all(s < units[i].span.line and units[i].span.end_line <= e for i in mine_units):
            taken += [i for i in mine_units if i not in flagged]  # (two lines read as one sentence)
    return [] if heads else [(i, "teaser-pair") for i in taken]


def blank_edges(doc: Document, units: list[Sentence], flagged: set[int]) -> list[int]:
    """Short lines alone in their block one blank line away from a short found leftover alone in
    its block, opening in lower case or with a short line (or nothing) on their other side."""
    if doc.format == "html" or not units or not flagged:
        return []
    lines = doc.lines()
    blocks = _blocks(lines)
    by_line = _units_by_line(units)
    found = {k for k, mine in by_line.items() if mine and all(i in flagged for i in mine)}
    first = next((b for b, (s, _) in enumerate(blocks) if _finished(lines[s].strip())), len(blocks))

    def lone_found(b: int) -> bool:
        s, e = blocks[b]
        return e - s == 1 and s in found and len(words_of(lines[s])) <= _EDGE_WORDS

    taken: list[int] = []
    for b in range(first + 1, len(blocks)):
        s, e = blocks[b]
        text = lines[s].strip()
        if e - s != 1 or s in found or not _edge(text):
            continue
        for near, far in ((b - 1, b + 1), (b + 1, b - 1)):
            if not (0 <= near < len(blocks)) or not lone_found(near):
                continue
            beyond = lines[blocks[far][0]].strip() if 0 <= far < len(blocks) else ""
            if text[:1].islower() or len(words_of(beyond)) < _PARAGRAPH_WORDS:
                taken += [i for i in _own_units(s, by_line, units) if i not in flagged]
                break
    return taken


def _edge(text: str) -> bool:
    """One to five words, a letter or figure first, no sentence end, no quotation."""
    words = words_of(text)
    if not 1 <= len(words) <= _EDGE_WORDS or not _unstopped(text) or text[:1] in LEAD_JUNK:
        return False
    return text[:1].isalnum()

"""FL002's related-link test: other stories' titles standing between the story's paragraphs.

A site sets a link to another story of its own between two paragraphs, a title alone on its
line, in whatever language it writes; copied as text it reads like a subhead. Read by what sits
around it, not by its words:

- titles in a row: two lines or more in a row (blank lines between) each shaped like a title (a
  capital, four to sixteen words, no sentence end (nor a question), not opening a quotation,
  no list of names or figures, no clock, no figure at its end: a table's row) after a finished paragraph and before the next one.
  A subhead heads the paragraph under it, so the last title of the run is the story's; the ones
  above it head nothing: they are links ("Councillor walks out: 'not my budget'" over the
  subhead "The vote" over its paragraph). A list the story gives is announced by a colon, and
  a paragraph that ends on a quotation with no full stop in it is no finished paragraph; the
  paragraph above is the story's, not a site notice found already (over the page's headline);
- a glued label: below a paragraph of the story, a line of its own that is a short topic label
  glued to another story's headline by a colon with no space ("Harbour dispute:A ferry firm
  sued the port, officials say."), one sentence, no list in it. In a paragraph, such a label
  is a crosshead run into its text; speech ("said:The") is no label.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import LEAD_JUNK, words_of

MESSAGES = {
    "related-title": (
        'another story\'s title left over from the web page: "{shown}"; ',
        "a link's title between the story's paragraphs that heads none of them, not part of the story",
    ),
}

_TITLE_WORDS = (4, 16)  # a title: more than a label, less than a paragraph
_PARAGRAPH_WORDS = 8  # the lines around a run are the story's paragraphs
_CLOSERS = " \"”’'»)"
_OPENERS = "\"“‘'«„"
_STOPS = (".", "!", "?", "…")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")
_ENDS_ON_FIGURE = re.compile(r"\d\s*%?$")  # a table's row: "North quay wall 7.2"
# a short topic label glued to the other story's headline by a colon with no space ("Harbour
# dispute:A ferry firm sued ..."); a sentence's colon is followed by a space; speech is left out
_GLUED_LABEL = re.compile(
    r"(?![^:\n]*\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|stated|explained|noted)\b)"
    r"[A-Z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]*){1,5}:[A-Z]"
)
_GLUED_COLON = re.compile(r"[a-z]:[A-Z]")  # the cheap test for it
_GLUED_WORDS = 35  # the headline after such a label is one sentence


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, str]]:
    """``flagged``: the units with any finding so far."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    # the cheap gate: two title lines in a row somewhere, or a colon glued to a capital
    glued = _GLUED_COLON.search(doc.text) is not None
    if not glued and not _two_titles(lines, filled):
        return []
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    taken = _title_runs(lines, filled, by_line, flagged)
    if glued:
        taken += _glued_titles(lines, filled, by_line, flagged)
    return [(i, "related-title") for i in sorted(set(taken))]


def _two_titles(lines: list[str], filled: list[int]) -> bool:
    return any(_title(lines[a]) and _title(lines[b]) for a, b in zip(filled, filled[1:]))


def _title(line: str) -> bool:
    """A title line: a capital, a few words, no sentence end or question, not opening a quotation,
    no list of names (commas) or figures, no clock, no figure at its end."""
    text = line.strip()
    if not text or text[:1] in LEAD_JUNK or text[:1] in _OPENERS:
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if not _TITLE_WORDS[0] <= len(words_of(text)) <= _TITLE_WORDS[1]:
        return False
    end = text.rstrip(_CLOSERS)
    if end.endswith((".", "!", "?", ":", ";", ",", "…")):
        return False  # (a question may be the story's: asked, then answered)
    if text.count(",") >= 2 or _figures(text) >= 2 or _CLOCK.search(text):
        return False  # (a list of names, a results row, a time stamp)
    if _ENDS_ON_FIGURE.search(end):
        return False
    return True


def _figures(text: str) -> int:
    """Words that are figures ("6.3", "1,200", "(40%)")."""
    return sum(t.strip(",;:()%").replace(".", "").replace(",", "").isdigit() for t in text.split())


def _paragraph(line: str) -> bool:
    """A finished paragraph of the story: a few words and a sentence end (inside a closing quote
    or bracket); a line ending on a colon announces a list."""
    text = line.strip()
    if len(words_of(text)) < _PARAGRAPH_WORDS or text[:1] in LEAD_JUNK:
        return False
    return text.rstrip(_CLOSERS).endswith(_STOPS)


def _free(k: int, by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """The units on line ``k`` (0-based) when none of them was found already."""
    mine = by_line.get(k + 1, [])
    return [] if any(i in flagged for i in mine) else mine


def _title_runs(
    lines: list[str], filled: list[int], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """Two or more title lines in a row between two finished paragraphs: all but the last."""
    taken: list[int] = []
    n = 1
    while n < len(filled):
        m = n
        while m < len(filled) and _title(lines[filled[m]]) and _free(filled[m], by_line, flagged):
            m += 1
        if m - n >= 2 and m < len(filled):
            prev = filled[n - 1]  # (the story's paragraph, not a site's notice over its headline)
            if _paragraph(lines[prev]) and _free(prev, by_line, flagged) and _paragraph(lines[filled[m]]):
                taken += [i for k in filled[n : m - 1] for i in _free(k, by_line, flagged)]
        n = max(m, n + 1)
    return taken


def _glued_titles(
    lines: list[str], filled: list[int], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """A line of its own below a paragraph of the story that is a topic label glued to a
    headline by a colon ("Harbour dispute:A ferry firm sued ..."), one sentence, no list
    (semicolons, brackets): a link between paragraphs. Inside a paragraph such a label is a
    crosshead run into its text."""
    taken: list[int] = []
    story = False
    for k in filled:
        text = lines[k].strip()
        if (
            story
            and _GLUED_LABEL.match(text)
            and len(words_of(text)) <= _GLUED_WORDS
            and not any(c in text for c in ";()")
        ):
            taken += _free(k, by_line, flagged)
        story = story or (_paragraph(lines[k]) and bool(_free(k, by_line, flagged)))
    return taken

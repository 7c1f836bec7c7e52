"""FL002's topic test at the page's edges: what the page puts above the headline shares no word
with the story, what the story puts there (its headline, its deck, a ruling's particulars) does.

- the headline by its topic: the topmost line of three words or more before the story's first
  paragraph that shares a content word with the body (``analysis/topic_overlap``), or the
  first paragraph's own first line when the copy ran the headline into it; the title, the lowest
  capitalised line of which the body takes up two in three content words, two at least
  ("= Harbour strike =" between a wiki's heading marks: one, and half);
- above it, a short line (no sentence's end, no quotation, no byline) that shares no content
  word with the headline or the body is the page's, when some other line up there is page text
  too (a menu is a run of such lines: "Politics Economy Culture", teasers of other stories); a
  line in sentence case right over the headline may be the real headline, worded apart;
- under the topmost title, a block of lines with no blank line between them (a court's name, the
  parties, the case number, the judge; a match's teams) of which two or more share the story's
  words is the story's own particulars: the shape tests' "lead" findings on it are dropped, and
  so is one on the title;
- between paragraphs, a title-case line right above a time stamp or credit that the phrases
  took ("Airport Numbers Hit Record" over "Updated 14:32"), with a blank line before the title
  and after the stamp, is another story's teaser or a picture's caption, whatever its words (a
  live page's entry has its text right under its stamp).

Plain text and Markdown, in a language whose words of no topic the data lists; else nothing.
"""

from __future__ import annotations

from factlint.analysis.languages import article_language
from factlint.analysis.topic_overlap import Topic, known_language, shared, topic_of
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import LEAD_JUNK, bare_byline, own_line, quoted, words_of

MESSAGES = {
    "off-topic-top": (
        'page text above the headline: "{shown}"; ',
        "a short line that shares no word with the story, among other page text over its headline "
        "(a menu, a section name, another story's title), not part of the story",
    ),
    "stamped-title": (
        'another story\'s title or a caption left over from the web page: "{shown}"; ',
        "a title-case line over a time stamp or credit between the story's paragraphs, not part of the story",
    ),
}

_MAX_WORDS = 14  # a menu row or a teaser's title; a longer line is a deck or a paragraph
_HEAD_SHARE = 2 / 3  # of a headline's content words the story takes up, at least
_HEAD_LEAST = 2
_HEAD_WORDS = 3
_HEADING_MARKS = "=#"
_BLOCK_SHARED = 2  # lines of a block under the headline that share the story's words
_STAMPS = frozenset({"byline", "credit", "photo-credit"})  # phrase classes that date or credit a line
_TITLE_WORDS = (3, 12)
_SENTENCE_ENDS = (".", "!", "?", ";", ":")


class Edges:
    """The story's first and last prose units, its headline by topic and the topic itself."""

    def __init__(self, units: list[Sentence], prose: list[bool], lang: str):
        self.lang = lang
        self.first = prose.index(True)
        self.last = len(prose) - 1 - prose[::-1].index(True)
        body = [units[k].text for k in range(self.first, self.last + 1) if prose[k]]
        self.body = topic_of(body, lang)
        # the headline: the topmost line that shares a word (what lies above it may be flagged),
        # and the one that shares most of its words (a title of the story's, whatever its shape)
        self.head = next((i for i in range(self.first) if _heads(units[i].text, self.body)), None)
        titles = [i for i in range(self.first) if _titles(units[i].text, self.body)]
        # (the lowest is the headline: a site's name that the story names too stands above it;
        # the story's particulars lie under the topmost)
        self.title = titles[-1] if titles else None
        self.top_title = titles[0] if titles else None
        opening = units[self.first].text.split("\n", 1)
        if self.head is None and len(opening) > 1 and not opening[0].rstrip().endswith(_SENTENCE_ENDS):
            self.head = self.first  # the headline run into the first paragraph's unit (no stop)
        top = self.first if self.head is None else self.head
        self.story = topic_of([*body, *(units[k].text for k in range(top, self.first))], lang)


def read(doc: Document, units: list[Sentence], prose: list[bool] | None) -> Edges | None:
    """The page's edges, or None where the topic cannot be read (HTML, no prose, a language the
    data does not list)."""
    if doc.format == "html" or not prose or not any(prose):
        return None
    lang = article_language(doc.text)
    if not known_language(lang):
        return None
    assert lang is not None
    return Edges(units, prose, lang)


def _heads(text: str, topic: Topic) -> bool:
    """A line that may be the headline: three words or more, one of them the story's."""
    return len(words_of(text)) >= _HEAD_WORDS and bool(shared(text, topic).shared)


def _titles(text: str, topic: Topic) -> bool:
    """A headline by its topic: two of its content words or more, two in three taken up; set
    between heading marks ("= Harbour strike =", "## Harbour strike ##"), one, and half of them."""
    body = text.strip()
    if body[:1].islower():
        return False  # (an image's alt text in small letters, "council depot ann and tom")
    o = shared(text, topic)
    if len(body) > 2 and body[0] == body[-1] and body[0] in _HEADING_MARKS:
        return bool(o.shared) and 2 * len(o.shared) >= len(o.words)
    return len(o.shared) >= _HEAD_LEAST and len(o.shared) >= _HEAD_SHARE * len(o.words)


def find(
    doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int], edges: Edges
) -> list[tuple[int, str]]:
    """The lines above the headline that share nothing with the story, and the title-case lines
    over a stamp or credit between paragraphs, as (unit, where); none of ``flagged``."""
    top = 0 if edges.head is None else edges.head  # (no headline found: nothing is read above it)
    lines = [i for i in range(top) if _single(doc, units[i])]
    off = [
        i for i in lines if hits[i] is None and i not in flagged and _off_topic(units[i].text, edges.story)
    ]
    # other page text up there: a phrase's leftover, another off-topic line, a finding
    others = {i for i in range(top) if hits[i] is not None or i in flagged} | set(off)
    # (a line in sentence case right over the headline found by its topic may be the headline
    # itself, worded apart from the story: "Out of the woods at last" over its deck)
    off = [i for i in off if i != top - 1 or not _sentence_case(units[i].text)]
    found = [(i, "off-topic-top") for i in off if others - {i}]
    found += [(i, "stamped-title") for i in _stamped_titles(doc, units, hits, flagged, edges)]
    return found


def spared(doc: Document, units: list[Sentence], edges: Edges) -> set[int]:
    """The units above the first paragraph that are the story's by their topic: the headline,
    and the blocks under it (no blank line between their lines) where two lines or more share
    the story's words."""
    if edges.title is None or edges.top_title is None:
        return set()
    keep = {edges.title}
    block: list[int] = []
    for i in range(edges.top_title + 1, edges.first + 1):
        if block and (i == edges.first or units[i].span.line > units[block[-1]].span.end_line + 1):
            if sum(bool(shared(units[k].text, edges.body).shared) for k in block) >= _BLOCK_SHARED:
                keep.update(block)
            block = []
        if i < edges.first and _single(doc, units[i]):
            block.append(i)
    return keep


def drop_spared(doc: Document, units: list[Sentence], edges: Edges | None, places: list) -> list:
    """The shape tests' ``places`` less their "lead" findings on units ``spared`` keeps."""
    if edges is None:
        return places
    kept = spared(doc, units, edges)
    return [p for p in places if p.where != "lead" or p.index not in kept]


def _single(doc: Document, u: Sentence) -> bool:
    return u.span.line == u.span.end_line and own_line(doc, u)


def _off_topic(text: str, topic: Topic) -> bool:
    """A short line, no sentence, no quotation, no byline, that shares no content word."""
    body = text.strip().strip(LEAD_JUNK)
    words = words_of(body)
    if not 1 <= len(words) <= _MAX_WORDS or body.endswith(_SENTENCE_ENDS) or quoted(body):
        return False
    if body.lower().startswith("by ") or bare_byline(body):
        return False
    return not shared(body, topic).shared


def _sentence_case(text: str) -> bool:
    """Four words or more, the first capitalised, a later one of four letters or more in small letters."""
    words = words_of(text)
    return (
        len(words) >= _TITLE_WORDS[0] + 1
        and words[0][:1].isupper()
        and any(w[:1].islower() and len(w) >= 4 for w in words[1:])
    )


def _title_case(text: str) -> bool:
    """Three to twelve words, no sentence's end, every word of four letters or more capitalised."""
    words = words_of(text)
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    return not quoted(text) and all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) >= 4)


def _stamped_titles(
    doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int], edges: Edges
) -> list[int]:
    """Title-case lines between the story's paragraphs right above a stamp or credit the phrases
    took (no blank line between), opening a block of their own."""
    text = doc.text
    out = []
    for j in range(edges.first + 2, edges.last):
        i = j - 1
        if hits[j] not in _STAMPS or i in flagged or hits[i] is not None:
            continue
        u, stamp = units[i], units[j]
        if not (_single(doc, u) and _single(doc, stamp) and stamp.span.line == u.span.line + 1):
            continue
        above = text[: text.rfind("\n", 0, u.span.start)].rsplit("\n", 1)[-1]
        below = text[stamp.span.end :].split("\n", 2)
        if above.strip() or (len(below) > 1 and below[1].strip()) or not _title_case(u.text.strip()):
            continue  # (a paragraph's last line, a live blog's entry over its text, no title)
        out.append(i)
    return out

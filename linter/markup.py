"""Which characters of an article are prose, and where in the file each one came from.

Each format (Markdown, HTML, plain text) is turned into ``RawBlock`` objects: the prose of one
block (markup removed, entities decoded) plus, for every prose character, the stretch of the
original file text it stands for. The loader segments the prose into sentences and maps them back
to exact file spans through that table, so a finding always points at the source, markup included.

Not prose: fenced and indented code, raw HTML and HTML comments, link targets and image alt text
and URLs, a Markdown picture's caption (an emphasised line under it, or the emphasised paragraph
after it), ``<script> <style> <noscript> <template> <head> <pre> <nav>``, and in HTML the page
furniture around a story: ``<figure> <figcaption> <aside> <footer>`` and elements whose class, id or role
marks them as ads, related links, newsletter, share, caption or byline boxes, and a date-only
``<time>`` standing alone outside a paragraph (a header's publication date, with a short label
before it on an article header's meta line). HTML comments are collected
separately (``comments``): suppressions such as ``<!-- factlint-disable-next-line FL001 -->``
live there.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import ClassVar, Sequence

from .document import LineIndex  # noqa: F401  (lives on the ground floor; re-exported here)


def _comments(text: str, start: int, end: int | None = None) -> list[tuple[str, int, int]]:
    """``(body, start, end)`` of each ``<!-- ... -->`` in ``text[start:end]``, as the regex
    ``<!--(.*?)-->`` (DOTALL) finds them, in linear time: the regex tried every later ``<!--`` to
    the end of the text once one was left open (10,000 unclosed ones in a paragraph: minutes)."""
    end = len(text) if end is None else end
    found = []
    at = text.find("<!--", start, end)
    while at >= 0:
        close = text.find("-->", at + 4, end)
        if close < 0:
            break  # no later comment can close either
        found.append((text[at + 4 : close], at, close + 3))
        at = text.find("<!--", close + 3, end)
    return found


class Prose:
    """Prose text built piece by piece, remembering the source stretch of every character.

    ``starts[i]``/``ends[i]``: where character ``i`` comes from. While the prose is one verbatim
    stretch of the source (a plain-text paragraph: nearly every block) they are ranges, sliced
    and indexed as the lists would be without a number per character; the first piece that
    breaks the stretch turns them into lists."""

    __slots__ = ("parts", "starts", "ends")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: Sequence[int] = range(0)
        self.ends: Sequence[int] = range(0)

    def copy(self, source: str, start: int, end: int) -> None:
        """Source characters taken verbatim."""
        if end <= start:
            return
        self.parts.append(source[start:end])
        starts = self.starts
        if type(starts) is range and (not starts or starts.stop == start):
            first = starts.start if starts else start
            self.starts, self.ends = range(first, end), range(first + 1, end + 1)
            return
        self._as_lists().extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))  # type: ignore[attr-defined]

    def add(self, text: str, start: int, end: int) -> None:
        """``text`` standing for ``source[start:end]`` (a decoded entity or escape)."""
        if not text:
            return
        self.parts.append(text)
        self._as_lists().extend([start] * len(text))
        self.ends.extend([end] * len(text))  # type: ignore[attr-defined]

    def _as_lists(self) -> list[int]:
        if type(self.starts) is range:
            self.starts, self.ends = list(self.starts), list(self.ends)
        return self.starts  # type: ignore[return-value]

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class RawBlock:
    """One block's prose before segmentation. ``openers``/``closers`` map the edge of inline
    markup next to prose (``**``, ``[``, ``](url)``, ``<em>``) to its far edge, so a sentence that
    starts or ends in emphasis or a link gets a span that includes the markup."""

    kind: str  # heading | paragraph | quote | list_item
    prose: Prose
    level: int = 0  # heading level 1-6
    openers: dict[int, int] = field(default_factory=dict)  # opener end -> opener start
    closers: dict[int, int] = field(default_factory=dict)  # closer start -> closer end

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of prose characters ``start:end``, widened over adjacent inline markup."""
        src_start, src_end = self.prose.starts[start], self.prose.ends[end - 1]
        while src_start in self.openers:
            src_start = self.openers[src_start]
        while src_end in self.closers:
            src_end = self.closers[src_end]
        return src_start, src_end


@dataclass
class Extracted:
    blocks: list[RawBlock]
    comments: list[tuple[str, int, int]]  # (text between <!-- and -->, start, end)
    title: Prose | None = None  # HTML <title>


def aligned_prose(value: str, text: str, start: int, end: int) -> Prose:
    """Prose for a value parsed out of ``text[start:end]`` (a YAML title): each character is
    matched in order in the source; whitespace and anything not found map to where it would be."""
    prose = Prose()
    at = start
    for ch in value:
        pos = -1 if ch.isspace() else text.find(ch, at, end)
        if pos < 0:
            prose.add(ch, at, at)
        else:
            prose.copy(text, pos, pos + 1)
            at = pos + 1
    return prose


# --- plain text -------------------------------------------------------------------------------


def text_blocks(text: str, lines: LineIndex, body_line: int) -> Extracted:
    """Paragraphs separated by blank lines; HTML comments are not prose (a line holding only a
    comment counts as blank). Within a stretch without blank lines, each line is its own
    paragraph when the lines are not hard-wrapped prose (``_one_paragraph_per_line``): wire copy
    and exported text often put one paragraph per line with no blank line between."""
    body_start = lines.starts[body_line] if body_line < len(lines) else len(text)
    comments = _comments(text, body_start)
    blank = text
    if comments:  # paragraphs are found on a copy with comments blanked out
        chars = list(text)
        for _, s, e in comments:
            for i in range(s, e):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        blank = "".join(chars)
    blocks: list[RawBlock] = []
    stretch: list[tuple[int, int]] = []  # the non-blank lines since the last blank one

    def flush() -> None:
        if not stretch:
            return
        if _one_paragraph_per_line([blank[s:e].strip() for s, e in stretch]):
            blocks.extend(_text_block(text, blank, s, e, comments) for s, e in stretch)
        else:
            blocks.append(_text_block(text, blank, stretch[0][0], stretch[-1][1], comments))
        stretch.clear()

    for line in range(body_line, len(lines)):
        s, e = lines.starts[line], lines.line_end(line)
        if blank[s:e].strip():
            stretch.append((s, e))
        else:
            flush()
    flush()
    return Extracted(blocks, comments)


_LINE_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """Whether consecutive lines are paragraphs of their own rather than hard-wrapped prose.

    Hard-wrapped prose has lines of near-equal length that mostly end inside a sentence. Lines
    that are paragraphs end a sentence, or are short (a headline, a dateline, a caption: under
    60% of the longest line), and the next line does not go on in lowercase. Every line but the
    last must look like that (one in five may not: a paragraph can end in a dash or a stray
    word)."""
    if len(lines) < 2:
        return False
    longest = max(len(line) for line in lines)
    ends = [
        (bool(_LINE_ENDS_SENTENCE.search(line)) or len(line) < 0.6 * longest) and not nxt[:1].islower()
        for line, nxt in zip(lines, lines[1:])
    ]
    return sum(ends) >= 0.8 * len(ends)


def _text_block(text: str, blank: str, start: int, end: int, comments) -> RawBlock:
    prose = Prose()
    at = start
    for _, s, e in comments:
        if e <= start or s >= end:
            continue
        prose.copy(text, at, max(at, s))
        at = max(at, e)
    prose.copy(text, at, end)
    return RawBlock("paragraph", prose)


# --- Markdown ---------------------------------------------------------------------------------

_markdown_parser = None


def _markdown():
    global _markdown_parser
    if _markdown_parser is None:
        from markdown_it import MarkdownIt

        # text_join off: entities and backslash escapes stay separate tokens, so every "text"
        # token is a verbatim stretch of the source and can be found there. Pipe tables (GFM,
        # common in newsroom Markdown) are parsed: each cell is a block, as an HTML <td> is;
        # CommonMark alone reads a table as one paragraph of pipes, which looks like page chrome.
        _markdown_parser = MarkdownIt("commonmark").enable("table").disable("text_join")
    return _markdown_parser


def markdown_blocks(text: str, lines: LineIndex, body_line: int) -> Extracted:
    """CommonMark blocks: headings, paragraphs, block-quote paragraphs ("quote", also for lists
    inside a quote) and list-item paragraphs. Token line maps are file lines because the front
    matter is replaced by as many empty lines before parsing."""
    body_start = lines.starts[body_line] if body_line < len(lines) else len(text)
    tokens = _markdown().parse("\n" * body_line + text[body_start:])
    blocks: list[RawBlock] = []
    comments: list[tuple[str, int, int]] = []
    containers: list[str] = []
    level = 0
    after_image = False  # the last block was a picture alone: a caption paragraph may follow
    for tok in tokens:
        kind = tok.type
        if kind == "blockquote_open":
            containers.append("quote")
        elif kind == "list_item_open":
            containers.append("list_item")
        elif kind in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif kind == "heading_open":
            level = int(tok.tag[1:])
        elif kind == "heading_close":
            level = 0
        elif kind == "html_block" and tok.map:
            s, e = lines.starts[tok.map[0]], lines.line_end(tok.map[1] - 1)
            comments.extend(_comments(text, s, e))
        elif kind == "inline" and tok.map and tok.children is not None:
            block_kind = (
                "heading"
                if level
                else "quote"
                if "quote" in containers
                else ("list_item" if containers else "paragraph")
            )
            shape = _shapes(tok.children)
            if after_image and shape == ["emphasis"] and block_kind == "paragraph":
                after_image = False
                continue  # the picture's caption paragraph: "*Crews at the pier. Photo: ...*"
            after_image = shape == ["image"] and block_kind == "paragraph"
            walker = _InlineWalker(text, lines, tok, comments)
            if shape[:2] == ["image", "break"] and shape[2:] == ["emphasis"]:
                walker.children = _before_break(tok.children)  # its caption line goes with it
            blocks.append(walker.walk(block_kind, level))
    return Extracted(blocks, comments)


def _shapes(children) -> list[str]:
    """A Markdown block's inline children in outline: "image", "break", "emphasis" (one span
    wholly in * or _), "text"; blank text left out."""
    out: list[str] = []
    depth = 0
    for child in children:
        kind = child.type
        if kind in ("em_open", "strong_open"):
            if depth == 0:
                out.append("emphasis")
            depth += 1
        elif kind in ("em_close", "strong_close"):
            depth -= 1
        elif depth:
            continue
        elif kind == "image":
            out.append("image")
        elif kind in ("softbreak", "hardbreak"):
            out.append("break")
        elif kind != "text" or child.content.strip():
            out.append("text")
    return out


def _before_break(children) -> list:
    """The children up to the first line break: an image without the caption line under it."""
    for i, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            return children[:i]
    return children


class _InlineWalker:
    """Finds each inline token of one block in the source, in order, with a moving cursor."""

    def __init__(self, text: str, lines: LineIndex, tok, comments: list):
        self.text, self.lines, self.tok, self.comments = text, lines, tok, comments
        self.content_lines = tok.content.split("\n")
        self.children = tok.children
        self.limit = lines.line_end(tok.map[1] - 1)
        self.block = RawBlock("paragraph", Prose())

    def _line_content_start(self, line: int) -> int:
        """Where the inline content of a file line starts, after list, quote and heading markers."""
        text, lines = self.text, self.lines
        if line >= len(lines):
            return len(text)
        s, e = lines.starts[line], lines.line_end(line)
        k = line - self.tok.map[0]
        want = self.content_lines[k].lstrip() if 0 <= k < len(self.content_lines) else ""
        pos = text.find(want, s, e) if want else -1
        if pos >= 0:
            return pos
        while s < e and text[s] in " \t>":
            s += 1
        return s

    def _find(self, needle: str, at: int) -> int:
        pos = self.text.find(needle, at, self.limit) if needle else -1
        return pos if pos >= 0 else at

    def walk(self, kind: str, level: int) -> RawBlock:
        block = self.block
        block.kind, block.level = kind, level
        at = self._line_content_start(self.tok.map[0])
        for child in self.children:
            step = self._STEPS.get(child.type)
            if step is not None:
                at = step(self, child, at)
        return block

    # Each step takes one inline token found from the cursor ``at`` and returns the new cursor.

    def _text(self, child, at: int) -> int:
        prose, content = self.block.prose, child.content
        pos = self.text.find(content, at, self.limit)
        if pos < 0:  # never expected; keep the words, point at the cursor
            prose.add(content, at, at)
            return at
        prose.copy(self.text, pos, pos + len(content))
        return pos + len(content)

    def _text_special(self, child, at: int) -> int:
        """An entity or a backslash escape: markup is the source."""
        pos = self._find(child.markup, at)
        self.block.prose.add(child.content, pos, pos + len(child.markup))
        return pos + len(child.markup)

    def _break(self, child, at: int) -> int:
        line = self.lines.line_of(at) + 1
        if line >= len(self.lines):
            return at
        self.block.prose.copy(self.text, self.lines.line_end(line - 1), self.lines.starts[line])
        return self._line_content_start(line)

    def _code_inline(self, child, at: int) -> int:
        text, content, markup, block = self.text, child.content, child.markup, self.block
        pos = self._find(markup, at)
        open_end = pos + len(markup)
        found = text.find(content, open_end, self.limit)
        close = self._find(markup, found + len(content) if found >= 0 else open_end)
        if found >= 0 and found + len(content) <= close:
            block.prose.copy(text, found, found + len(content))
        else:  # a code span over a line break: its newlines became spaces
            block.prose.add(content, open_end, close)
        block.openers[open_end] = pos
        block.closers[close] = close + len(markup)
        return close + len(markup)

    def _emphasis_open(self, child, at: int) -> int:
        pos = self._find(child.markup, at)
        self.block.openers[pos + len(child.markup)] = pos
        return pos + len(child.markup)

    def _emphasis_close(self, child, at: int) -> int:
        pos = self._find(child.markup, at)
        self.block.closers[pos] = pos + len(child.markup)
        return pos + len(child.markup)

    def _link_open(self, child, at: int) -> int:
        pos = self._find("<" if child.markup == "autolink" else "[", at)
        self.block.openers[pos + 1] = pos
        return pos + 1

    def _link_close(self, child, at: int) -> int:
        if child.markup == "autolink":
            pos = self._find(">", at)
            end = pos + 1
        else:
            pos = self._find("]", at)
            end = _link_tail_end(self.text, pos + 1, self.limit)
        self.block.closers[pos] = end
        return end

    def _image(self, child, at: int) -> int:
        """Alt text and URL are not prose: step over the whole image."""
        pos = self._find("![", at)
        return _link_tail_end(self.text, _bracket_end(self.text, pos + 1, self.limit), self.limit)

    def _html_inline_step(self, child, at: int) -> int:
        return self._html_inline(child.content, at)

    _STEPS: ClassVar[dict] = {
        "text": _text,
        "text_special": _text_special,
        "softbreak": _break,
        "hardbreak": _break,
        "code_inline": _code_inline,
        "em_open": _emphasis_open,
        "strong_open": _emphasis_open,
        "em_close": _emphasis_close,
        "strong_close": _emphasis_close,
        "link_open": _link_open,
        "link_close": _link_close,
        "image": _image,
        "html_inline": _html_inline_step,
    }

    def _html_inline(self, content: str, at: int) -> int:
        text = self.text
        if content.startswith("<!--"):
            pos = self._find("<!--", at)
            end = text.find("-->", pos + 4)
            end = end + 3 if end >= 0 else pos + len(content)
            self.comments.append((text[pos + 4 : end - 3], pos, end))
            return end
        parts = content.split("\n")
        pos = self._find(parts[0], at)
        if len(parts) == 1:
            end = pos + len(content)
        else:
            last = text.find(parts[-1], pos + len(parts[0]), self.limit)
            end = last + len(parts[-1]) if last >= 0 else pos + len(parts[0])
        if content.startswith("</"):
            self.block.closers[pos] = end  # "<b>words</b>": the span takes the tags along
        elif content[1:2].isalpha():
            self.block.openers[end] = pos
        return end


def _bracket_end(text: str, i: int, limit: int) -> int:
    """Offset after the ``]`` matching the ``[`` at ``i`` (escapes and nesting respected)."""
    depth = 0
    while i < limit:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return limit


def _link_tail_end(text: str, i: int, limit: int) -> int:
    """Offset after a link's destination part starting at ``i``: ``(url "title")``, ``[ref]``,
    or nothing (a shortcut reference)."""
    if i >= limit:
        return i
    if text[i] == "[":
        end = text.find("]", i, limit)
        return end + 1 if end >= 0 else i
    if text[i] != "(":
        return i
    depth, quote, j = 0, None, i
    while j < limit:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'" and text[j - 1].isspace():
            quote = ch  # a link title: parentheses inside it do not count
        elif ch == "<" and text[j - 1] == "(":
            close = text.find(">", j, limit)
            j = close if close >= 0 else j
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return i


# --- HTML -------------------------------------------------------------------------------------

# + <head>, handled apart; a <nav> holds menus and links, never the article's prose
_HIDDEN = frozenset("script style noscript template pre nav".split())
_ARTICLE = re.compile(r"<article[\s>]", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote div td th tr table thead tbody tfoot ul ol dl "
    "section article header footer nav aside main figure figcaption caption hr form fieldset "
    "address details summary body html center legend".split()
)
# the next tag, after blanks only: "  </span>", "<div class=x>"
_NEXT_TAG = re.compile(r"\s*<\s*/?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>")
_CLOCK = re.compile(r"\d[.:]\d\d|\d\s*[ap]\.?m\b|\bago\b|\bGMT\b|\bBST\b|\bET\b", re.IGNORECASE)
_TIME_CLOSE = re.compile(r"<\s*/\s*time\s*>", re.IGNORECASE)
# blocks that hold sentences: a <time> inside one is part of its prose
_PROSE_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote td th caption summary legend address".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Most words a label before a date in an article header's meta line has ("Local", "By Jane Roe |")
_META_LABEL_WORDS = 4


def _meta_label(text: str) -> bool:
    """Whether the words before a <time> in an article header's meta line are a label (a section
    name, a byline), no sentence: "<header>..<div class="meta">Local <time>..</time></div>"."""
    return len(text.split()) <= _META_LABEL_WORDS and not any(mark in text for mark in ".!?")


_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_HTML_SPACE = re.compile(r"[ \t\r\n\f]{2,}|[\t\r\n\f]")  # runs HTML collapses to one space
_LIST_TAGS = frozenset("li dt dd".split())
_HEAD_CONTENT = frozenset("title meta link style script base noscript template".split())
# Page furniture inside a news page, even inside <article>: figures and their captions, asides
# ("Read more" boxes, pull-outs), footers, and containers whose class, id or role says they hold ads,
# links to other stories, newsletter sign-ups, share buttons, captions, credits or bylines,
# embedded posts or author boxes.
# A <footer> (the page's or an article's) holds copyright lines, cookie links, tags and author
# boxes, not story paragraphs.
_FURNITURE_TAGS = frozenset("figure figcaption aside footer".split())
_FURNITURE_ROLES = frozenset("complementary navigation banner contentinfo search dialog".split())
_FURNITURE_NAME = re.compile(
    r"(?:^|[-_])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|dfp|gpt|"
    r"sponsor|sponsored|promo|promoted|outbrain|taboola|related|read-?more|more-?stories|"
    r"recommended|recirc|newsletter|signup|sign-?up|subscribe|subscription|paywall|share|"
    r"sharing|social|share-?bar|caption|credit|byline|dateline|timestamp|breadcrumbs?|"
    r"comments?|most-?read|trending|tags|"
    # embedded posts (the tweet's own text, its consent box) and the author box under a story
    r"tweet|instagram-media|tiktok-embed|embed|oembed|bio|author-?bio|author-?box|"
    # a sidebar's "Most popular" list, a Facebook post, an author card (a new user's audit)
    r"sidebar|most-?popular|fb-post|fb-video|author-?card)(?:$|[-_])",
    re.IGNORECASE,
)


# Attributes that name what an element holds: class and id, and the component names that
# front-end frameworks write (<div data-component="related-links">).
_NAMING_ATTRIBUTES = frozenset({"class", "id", "data-component", "data-module", "data-testid", "data-type"})


def _is_furniture(tag: str, attrs) -> bool:
    """An element that holds page furniture rather than the story (see _FURNITURE_*)."""
    if tag in _FURNITURE_TAGS:
        return True
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").strip().lower() == "true"):
            return True  # not shown to readers (screen-reader-only copies, collapsed boxes)
        if not value:
            continue
        if name == "role" and value.strip().lower() in _FURNITURE_ROLES:
            return True
        if name in _NAMING_ATTRIBUTES and any(_FURNITURE_NAME.search(token) for token in value.split()):
            return True
    return False


# CPython's html.parser before its gh-135462 fix (3.11.7 among them) answers a "<" it cannot
# close by scanning to the end of the page, then moves on one tag: a page with thousands of
# unclosed "<a", "</", "<!--" or "<![CDATA[" near its end took minutes (quadratic). What could
# close each of them is found once (linear): after the page's last ">" no tag can end, so its
# "<" reach the parser as another character (the prose is copied from the page, so they still
# show, as the parser's fallback showed them); a comment or marked section that nothing after it
# closes is answered at once, as the scan would have answered.
_COMMENT_CLOSE = re.compile(r"--\s*>")
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")
_MS_SECTION_CLOSE = re.compile(r"]\s*>")
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")  # _markupbase's declaration name
_SECTIONS = frozenset("temp cdata ignore include rcdata".split())  # closed by "]]>"
_MS_SECTIONS = frozenset("if else endif".split())  # closed by "]>"
_NO_TAG = "\x01"  # not "<", "&" or HTML whitespace: data to the parser, nothing else


def _last_end(pattern: re.Pattern, text: str) -> int:
    """Where the last match of ``pattern`` ends in ``text`` (-1: none): no match starts after it."""
    last = -1
    for match in pattern.finditer(text):
        last = match.end()
    return last


def _parser_input(text: str) -> str:
    """``text`` with every "<" after its last ">" made plain data (same length, same offsets)."""
    tail = text.rfind(">") + 1
    if "<" not in text[tail:]:
        return text
    return text[:tail] + text[tail:].replace("<", _NO_TAG)


def html_blocks(text: str) -> Extracted:
    """Visible body text: block elements (p, h1-h6, li, blockquote, div, td...) end blocks;
    inline elements (a, em, strong, code...) are transparent; ``<br>`` is a line break; other
    whitespace runs read as one space, as a browser shows them. A page with an ``<article>``
    element is checked inside it only: menus, footers and sidebars around a saved news page are
    not the story (its headline then comes from ``<title>`` if the article has no heading).
    Inside it too, figures, captions, asides and containers marked (class, id or role) as ads,
    related links, newsletter or share boxes are not prose (``_FURNITURE_*``)."""
    parser = _HtmlProse(text)
    parser.feed(parser.fed)
    parser.close()
    parser.flush()
    return Extracted(parser.blocks, parser.comments, parser.title)


class _HtmlProse(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)  # keep entities apart to map them to the source
        self.text = text
        self.newline_starts = [0, *(m.end() for m in re.finditer("\n", text))]  # getpos() lines
        self.blocks: list[RawBlock] = []
        self.comments: list[tuple[str, int, int]] = []
        self.title: Prose | None = None
        self.in_title = False
        self.in_head = False
        self.hidden = 0
        self.scoped = _ARTICLE.search(text) is not None  # only <article> content is prose
        self.in_article = 0
        self.furniture: list = []  # [tag, depth] of the furniture element being skipped
        self.stack: list[str] = []
        self.current = RawBlock("paragraph", Prose())
        self.fed = _parser_input(text)
        self.comments_close_by = _last_end(_COMMENT_CLOSE, text) if "<!--" in text else -1
        self.sections_close_by = _last_end(_SECTION_CLOSE, text) if "<![" in text else -1
        self.ms_sections_close_by = _last_end(_MS_SECTION_CLOSE, text) if "<![" in text else -1

    def _page_offset(self, i: int) -> int:
        """Where ``self.rawdata[i]`` is in the page: feed() keeps only what it has not parsed."""
        return len(self.fed) - len(self.rawdata) + i

    def parse_comment(self, i, report=1):
        if self._page_offset(i) + 4 > self.comments_close_by - 3:  # no "-->" after it
            return -1
        return super().parse_comment(i, report)

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        name = _SECTION_NAME.match(rawdata, i + 3)
        if name is not None and name.end() == len(rawdata):
            return -1  # the page ends in it
        keyword = name.group().strip().lower() if name is not None else ""
        if keyword in _SECTIONS:
            closed_by, shortest = self.sections_close_by, 3
        elif keyword in _MS_SECTIONS:
            closed_by, shortest = self.ms_sections_close_by, 2
        else:
            # "<![foo[": the stdlib raises AssertionError (the page was an internal error); a
            # browser reads a bogus comment up to the next ">"
            close = rawdata.find(">", i + 3)
            return close + 1 if close >= 0 else -1
        if self._page_offset(i) + 3 > closed_by - shortest:
            return -1
        return super().parse_marked_section(i, report)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.newline_starts[line - 1] + col

    def _sink(self) -> Prose | None:
        if self.in_title:
            return self.title
        if self.hidden or self.in_head or self.furniture or (self.scoped and not self.in_article):
            return None
        return self.current.prose

    def flush(self) -> None:
        """End the current block; its kind comes from the elements it sits in."""
        if any(not ch.isspace() for part in self.current.prose.parts for ch in part):
            block = self.current
            heading = next((t for t in reversed(self.stack) if t in _HEADINGS), None)
            if heading:
                block.kind, block.level = "heading", _HEADINGS[heading]
            elif "blockquote" in self.stack:
                block.kind = "quote"
            elif any(t in _LIST_TAGS for t in self.stack):
                block.kind = "list_item"
            self.blocks.append(block)
        self.current = RawBlock("paragraph", Prose())

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        if tag == "head":
            self.in_head = True
        elif self.in_head and tag not in _HEAD_CONTENT:
            self.in_head = False  # <body> or any body element ends an unclosed <head>
        if tag == "title" and self.title is None:
            self.in_title, self.title = True, Prose()
            return
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if self.hidden or self.in_head:
            return
        if self.furniture:
            if tag == self.furniture[0] and tag not in _VOID:
                self.furniture[1] += 1
            return
        if tag not in _VOID and (_is_furniture(tag, attrs) or tag == "time" and self._stamp_slot()):
            self._enter_furniture(tag)
            return
        if tag == "article":
            self.in_article += 1
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag not in _VOID:
                self.stack.append(tag)
        elif tag == "br":
            self.current.prose.add("\n", start, end)
        elif tag not in _VOID:
            self.current.openers[end] = start

    def _enter_furniture(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()  # an inline one (<span class="credit">) leaves its paragraph whole
        elif tag == "time":
            self.current = RawBlock("paragraph", Prose())  # a meta line's label goes with its date
        self.furniture = [tag, 1]

    def _stamp_slot(self) -> bool:
        """A <time> that opens no sentence: nothing before it in its block, and its block no
        paragraph, heading or list entry (an article header's or meta line's publication time,
        "<header><h1>...</h1><time>2 March</time>"). A <time> in prose is the story's date."""
        if self.stack and self.stack[-1] in _PROSE_BLOCKS:
            return False
        before = "".join(self.current.prose.parts)
        if before.strip() and not ("header" in self.stack and _meta_label(before)):
            return False
        # and no words after it before its block ends: "<div><time>Tuesday</time>, the council
        # voted</div>" is a sentence
        opener = self.get_starttag_text() or ""
        if opener.rstrip().endswith("/>"):
            return False  # "<time/>" holds nothing and closes nothing
        open_end = self._offset() + len(opener)
        close = _TIME_CLOSE.search(self.text, open_end)
        if close is None or _CLOCK.search(self.text, open_end, close.start()):
            return False  # a live page's entry stamp ("10.42am") marks a moment: it stays
        at = close.end()
        for _ in range(12):
            tag = _NEXT_TAG.match(self.text, at)
            if tag is None:
                return False  # words follow
            name = tag.group(1).lower()
            if name in _BLOCK_TAGS or name == "br":
                return True
            at = tag.end()
        return False

    def handle_startendtag(self, tag, attrs):  # <br/>: HTML ignores the slash, so a start tag
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        start = self._offset()
        close = self.text.find(">", start)
        end = close + 1 if close >= 0 else start
        if tag == "title":
            self.in_title = False
            return
        if tag == "head":
            self.in_head = False
            return
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if self.hidden or self.in_head:
            return
        if self.furniture:
            if tag == self.furniture[0]:
                self.furniture[1] -= 1
                if self.furniture[1] == 0:
                    self.furniture = []
            return
        if tag == "article":
            self.in_article = max(0, self.in_article - 1)
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
        else:
            self.current.closers[start] = end

    def handle_data(self, data):
        sink = self._sink()
        if sink is None:
            return
        start = self._offset()
        at = start
        for run in _HTML_SPACE.finditer(data):  # as a browser shows it: one space per run
            sink.copy(self.text, at, start + run.start())
            sink.add(" ", start + run.start(), start + run.end())
            at = start + run.end()
        sink.copy(self.text, at, start + len(data))

    def _reference(self, source_head: str) -> None:
        sink = self._sink()
        if sink is None:
            return
        start = self._offset()
        end = start + len(source_head)
        if self.text.startswith(";", end):
            end += 1
        sink.add(html.unescape(self.text[start:end]), start, end)

    def handle_entityref(self, name):
        self._reference("&" + name)

    def handle_charref(self, name):
        self._reference("&#" + name)

    def handle_comment(self, data):
        start = self._offset()
        if self.text.startswith("<!--", start):
            end = self.text.find("-->", start + 4 + len(data))
            end = end + 3 if end >= 0 else start + 4 + len(data)
            self.comments.append((data, start, end))

"""The article as rules see it: blocks of prose, sentences with exact spans into the file text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add
from pathlib import Path
from typing import Any, Literal, Sequence

BlockKind = Literal["headline", "heading", "paragraph", "quote", "list_item"]
Format = Literal["markdown", "html", "text"]


@dataclass(frozen=True)
class Span:
    """A stretch of the original file text.

    ``start``/``end`` are character offsets into the text as read (after decoding, before any
    newline translation); ``line``/``col`` and ``end_line``/``end_col`` are 1-based and counted in
    characters. ``end`` is exclusive; ``end_line``/``end_col`` name the last character's position
    plus one column (the usual editor convention).
    """

    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int


_BREAK = re.compile(r"\r\n|\r|\n")

# what a writer puts in front matter "sources:" to say the story has none ("sources: none", or a
# list of that one entry): YAML reads these as text, not as null, and no article names a source
# file so. The sources analysis names no file for it; the engine counts the article as one with
# nothing to compare with
NO_SOURCES = frozenset({"none", "n/a", "na", "nil", "-", "no sources"})


def names_no_sources(value: Any) -> bool:
    """True when a front matter ``sources`` value names no source (absent, empty, "none")."""
    only = value[0] if isinstance(value, list) and len(value) == 1 else value
    return not value or (isinstance(only, str) and only.strip().lower() in NO_SOURCES)


def unread_front_matter_key(meta: dict) -> tuple[str, str] | None:
    """A front-matter key factlint does not read that the writer likely meant as one it reads
    (``title``, ``date``, ``sources``): ``Title:``, ``DATE:``, or ``source:`` / ``Sources:``
    naming files or text blocks (a list, a mapping, a file name); as (key, meant). None when the
    key it reads is there too, or for a credit line (``source: the wire``, what a CMS keeps)."""
    for key, value in meta.items():
        folded = key.strip().casefold() if isinstance(key, str) else ""
        meant = "sources" if folded in ("source", "sources") else folded
        if key == meant or meant not in ("title", "date", "sources") or meant in meta:
            continue
        if meant == "sources" and not _names_source_files(value):
            continue
        return key, meant
    return None


def _names_source_files(value: Any) -> bool:
    """Whether a ``source:`` value is what ``sources:`` holds (a file name, a text block, a
    mapping with ``path`` or ``text``), not a credit (``source: [Wire, Port office]``)."""
    items = value if isinstance(value, list) else [value]
    return any(
        (isinstance(item, dict) and ("path" in item or "text" in item))
        or (
            isinstance(item, str)
            and (
                "\n" in item.strip()
                or item.strip().lower().endswith((".md", ".markdown", ".txt", ".html", ".htm"))
            )
        )
        for item in items
    )


class LineIndex:
    """Line starts of a text (``\\r\\n``, ``\\r`` and ``\\n`` each end one line) and Span making:
    lines and columns are 1-based and counted in characters (a tab is one column)."""

    def __init__(self, text: str):
        self.text = text
        if "\r" in text:
            self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        else:  # only "\n" ends a line (nearly every file): line k starts past k lines and k breaks
            lengths = accumulate(map(len, text.split("\n")), initial=0)
            self.starts = list(map(add, lengths, range(text.count("\n") + 1)))

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """0-based line holding ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def line_end(self, line: int) -> int:
        """Offset just before the line break that ends 0-based ``line``."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def span(self, start: int, end: int) -> Span:
        line = self.line_of(start)
        col = start - self.starts[line] + 1
        if end <= start:
            return _span(start, start, line + 1, col, line + 1, col)
        last = self.line_of(end - 1)
        return _span(start, end, line + 1, col, last + 1, end - 1 - self.starts[last] + 2)


_new = object.__new__


def _span(start: int, end: int, line: int, col: int, end_line: int, end_col: int) -> Span:
    """``Span(...)`` without the frozen dataclass's ``object.__setattr__`` per field (half the
    cost): one is made for every sentence, block and finding. The same instance in every way
    (fields, equality, hash, pickling)."""
    span = _new(Span)
    span.__dict__.update(start=start, end=end, line=line, col=col, end_line=end_line, end_col=end_col)
    return span


@dataclass(frozen=True)
class Block:
    """A unit of prose: the headline (front matter title or first heading), a heading, a
    paragraph, a block-quote paragraph or a list item. ``text`` is the prose with markup removed."""

    index: int
    kind: BlockKind
    text: str
    span: Span


@dataclass(frozen=True)
class Sentence:
    index: int  # position among all sentences of the document
    text: str  # exact prose text (markup removed, whitespace inside kept as in the source)
    span: Span
    block: int  # index of the Block it belongs to


@dataclass
class Document:
    path: Path | None  # None for stdin without --stdin-filename
    display_path: str  # what reporters print
    text: str  # the whole file as read (front matter included)
    format: Format
    meta: dict[str, Any] = field(default_factory=dict)  # front matter; title counts as headline
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    comments: list[tuple[str, Span]] = field(default_factory=list)  # HTML comments (suppressions)
    _lines: Any = field(default=None, init=False, repr=False, compare=False)  # LineIndex of text
    _split: Any = field(default=None, init=False, repr=False, compare=False)  # (text, its lines)
    # sentence index -> (file start, file end) of each character of its text, from the loader:
    # markup removed and entities decoded, so sentence text and file text do not line up
    _chars: dict[int, tuple[Sequence[int], Sequence[int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def map_characters(self, sentence: int, starts: Sequence[int], ends: Sequence[int]) -> None:
        """Record where each character of sentence ``sentence``'s text came from (the loader)."""
        self._chars[sentence] = (starts, ends)

    def file_offset(self, sentence: "Sentence", local: int, *, end: bool = False) -> int:
        """Offset in ``text`` of character ``local`` of ``sentence.text`` (``end``: just past
        character ``local - 1``, for the end of a stretch).

        Exact from the loader's character map (markup removed, entities decoded); for a
        document built without one, exact when the sentence text is the file text, else the
        characters are aligned greedily, skipping markup."""
        mapped = self._chars.get(sentence.index)
        if mapped is not None and mapped[0] and len(mapped[0]) == len(sentence.text):
            starts, ends = mapped
            local = max(0, min(local, len(starts)))
            if end:
                return ends[local - 1] if local > 0 else starts[0]
            return starts[local] if local < len(starts) else ends[-1]
        first, last = sentence.span.start, sentence.span.end
        local = max(0, min(local, len(sentence.text)))
        source = self.text[first:last]
        if source == sentence.text:
            return first + local
        j = 0
        for ch in sentence.text[:local]:
            k = source.find(ch, j)
            if k == -1:  # decoded entity or similar: keep the position we have
                continue
            j = k + 1
        return min(first + j, last)

    def sub_span(self, sentence: "Sentence", start: int, end: int) -> Span:
        """The Span in the file of ``sentence.text[start:end]``."""
        a = self.file_offset(sentence, start)
        return self.span(a, max(a, self.file_offset(sentence, end, end=True)))

    def _line_index(self):
        """The line starts of ``text`` (``LineIndex``), made once per text."""
        if self._lines is None or self._lines.text is not self.text:
            self._lines = LineIndex(self.text)
        return self._lines

    def lines(self) -> list[str]:
        """The text's lines as every span counts them (``\\r\\n``, ``\\r`` or ``\\n`` ends one):
        line ``n`` of a span is ``lines()[n - 1]``, whatever the file's line endings. Split once
        per text (FL002's page tests ask for them a dozen times a document); each caller gets a
        list of its own."""
        split = self._split
        if split is None or split[0] is not self.text:
            text = self.text
            split = self._split = (text, tuple(_BREAK.split(text) if "\r" in text else text.split("\n")))
        return list(split[1])

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, col)`` of character ``offset`` of ``text``, lines ending at ``\\r\\n``,
        ``\\r`` or ``\\n`` as the loader counts them (every span helper uses this, so old-Mac,
        Windows and Unix line endings give the same positions)."""
        lines = self._line_index()
        line = lines.line_of(offset)
        return line + 1, offset - lines.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        """The Span of ``text[start:end]``, made as the loader makes sentence spans."""
        return self._line_index().span(start, end)

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "headline"), None)

    def sentences_in(self, block: Block) -> list[Sentence]:
        return [s for s in self.sentences if s.block == block.index]

    def sentences_with_headline(self) -> list[Sentence]:
        """Every sentence in order, the headline first as one unit (index -1) when the loader
        gave it no sentence of its own (a front-matter title)."""
        units = list(self.sentences)
        head = self.headline
        if head is not None and not any(s.block == head.index for s in units):
            units.insert(0, Sentence(-1, head.text, head.span, head.index))
        return units

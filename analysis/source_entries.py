"""What an article names as its sources (front matter ``sources``, then the run's ``--source``),
and the parsed sources the app hands back (``sources``). See ``analysis/sources.py``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from factlint.linter.document import NO_SOURCES, Document, LineIndex, Sentence, Span, names_no_sources
from factlint.linter.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.rule import Context

FRONT_MATTER_KEY = "sources"
# the closing line starts after any line break the loader knows (\r\n, \r, \n), not only "\n"
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?=[\r\n]|\Z)", re.S
)


# --- what the article names -----------------------------------------------------------------


@dataclass(frozen=True)
class SourceEntry:
    """One source as named: a path or an inline text, and where it was named."""

    kind: Literal["path", "text"]
    value: str
    name: str | None = None  # the inline text's name, if the front matter gives one
    line: int | None = None  # front matter line of the entry (None: from the run's settings)
    offset: int | None = None  # front matter entry: offset in the article of its value node
    end: int | None = None
    # named by the article (front matter), not the run: read relative to the article and kept
    # inside its project. Not told by ``line``: TOML front matter, or YAML whose node positions
    # cannot be read, gives no line
    from_article: bool = False


@dataclass
class Source:
    """A source document, parsed, with a way to turn its own offsets into reportable spans."""

    index: int
    name: str  # shown in messages: the display path, or "inline source 2"
    path: str | None  # ``Related.path``: the source file's display path; None: the article itself
    doc: Document  # parsed source; its spans are into its own text
    key: str  # content hash: caches (embeddings) are keyed by it
    _to_article: list[int] | None = field(default=None, repr=False)  # inline: offset map
    _lines: "LineIndex | None" = field(default=None, repr=False)  # of the file spans point into

    def span(self, start: int, end: int) -> Span:
        """The reportable span of ``doc.text[start:end]``."""
        if self._lines is None:
            self._lines = LineIndex(self.doc.text)
        if self._to_article is None:
            return self._lines.span(start, end)
        a = self._to_article[min(start, len(self._to_article) - 1)]
        b = self._to_article[max(start, end - 1)] + 1 if end > start else a
        return self._lines.span(a, b)

    def sentence_span(self, sentence: Sentence) -> Span:
        return self.span(sentence.span.start, sentence.span.end)


def entries(doc: Document, ctx: "Context | None" = None) -> list[SourceEntry]:
    """The sources the article names in its front matter, then the run's (``--source``)."""
    found = _front_matter_entries(doc)
    settings = getattr(ctx, "settings", None)
    for path in getattr(settings, "sources", None) or []:
        found.append(SourceEntry("path", str(path)))
    return found


def _front_matter_entries(doc: Document) -> list[SourceEntry]:
    value = doc.meta.get(FRONT_MATTER_KEY)
    if value is None:
        return []
    if value and names_no_sources(value):  # "sources: none", "- none" too
        return []
    nodes = _entry_nodes(doc)
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):  # "[none, wire.txt]" read 'none' as a file "not found"
        if isinstance(item, str) and item.strip().lower() in NO_SOURCES:
            node = nodes[i] if i < len(nodes) else _Node(line=_toml_key_line(doc))
            raise InputError(
                f"front matter '{FRONT_MATTER_KEY}' entry {i + 1}: {item.strip()!r} says the story "
                "has no sources, but the list names others: drop it",
                path=doc.display_path,
                line=node.line,
            )
    found = []
    for i, item in enumerate(items):
        node = nodes[i] if i < len(nodes) else _Node(line=_toml_key_line(doc))
        if isinstance(item, str) and item.strip():
            # A YAML block ("|" or ">") is text even on one line; a plain one-line string a path.
            kind = "text" if node.block or "\n" in item.strip() else "path"
            found.append(
                SourceEntry(
                    kind,
                    item.strip() if kind == "path" else item,
                    None,
                    node.line,
                    node.start,
                    node.end,
                    from_article=True,
                )
            )
        elif (
            isinstance(item, dict)
            and len({"path", "text"} & set(item)) == 1
            and not set(item) - {"path", "text", "name"}
        ):
            kind = "path" if "path" in item else "text"
            text = item[kind]
            if not isinstance(text, str) or not text.strip():
                raise InputError(
                    f"front matter '{FRONT_MATTER_KEY}' entry {i + 1}: {kind} must be non-empty text",
                    path=doc.display_path,
                    line=node.line,
                )
            name = item.get("name")
            if name is not None and not isinstance(name, (str, int, float)):
                raise InputError(
                    f"front matter '{FRONT_MATTER_KEY}' entry {i + 1}: name must be text",
                    path=doc.display_path,
                    line=node.line,
                )
            name = str(name) if name is not None else None
            found.append(
                SourceEntry(
                    kind,
                    text.strip() if kind == "path" else text,
                    name,
                    node.line,
                    node.inner_start,
                    node.inner_end,
                    from_article=True,
                )
            )
        else:
            raise InputError(
                f"front matter '{FRONT_MATTER_KEY}' entry {i + 1} must be a file path, a text "
                "block, or a mapping with 'path' or 'text' (and optionally 'name')",
                path=doc.display_path,
                line=node.line,
            )
    return found


@dataclass(frozen=True)
class _Node:
    """Where an entry of ``sources`` is written in the article (offsets into its text)."""

    line: int | None = None  # file line where the entry starts
    start: int | None = None
    end: int | None = None
    block: bool = False  # a "|" or ">" block scalar
    inner_start: int | None = None  # a mapping entry: its path/text value
    inner_end: int | None = None


_TOML_SOURCES_KEY = re.compile(rf"^[ \t]*{FRONT_MATTER_KEY}[ \t]*=", re.M)


def _toml_key_line(doc: Document) -> int | None:
    """The file line of ``sources =`` in TOML front matter (``+++`` lines): its entries' line."""
    if not doc.text.startswith("+++"):
        return None
    ends = [k for k in (doc.text.find("\n+++", 3), doc.text.find("\r+++", 3)) if k != -1]
    m = _TOML_SOURCES_KEY.search(doc.text, 0, min(ends, default=len(doc.text)))
    return doc.position(m.start())[0] if m else None


def _entry_nodes(doc: Document) -> list[_Node]:
    """Per entry of ``sources``, where it is written, from the front matter's YAML nodes."""
    import yaml

    match = _FRONT_MATTER.match(doc.text)
    if match is None:
        return []
    base = match.start(1)
    line0 = doc.position(base)[0]  # file line of the YAML's first line (\r\n, \r, \n as the loader)
    try:
        root = yaml.compose(match.group(1), Loader=yaml.SafeLoader)  # nodes only: no value is built
    except (yaml.YAMLError, RecursionError):  # only positions are lost; the loader reports it
        return []
    node = next(
        (v for k, v in getattr(root, "value", []) if getattr(k, "value", None) == FRONT_MATTER_KEY), None
    )
    if node is None:
        return []
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    for item in items:
        inner = None
        if isinstance(item, yaml.MappingNode):
            inner = next((v for k, v in item.value if getattr(k, "value", None) in ("path", "text")), None)
        out.append(
            _Node(
                line=line0 + item.start_mark.line,
                start=base + item.start_mark.index,
                end=base + item.end_mark.index,
                block=getattr(item, "style", None) in ("|", ">"),
                inner_start=base + inner.start_mark.index if inner is not None else None,
                inner_end=base + inner.end_mark.index if inner is not None else None,
            )
        )
    return out


# --- reading them: the app's ----------------------------------------------------------------


def sources(doc: Document, ctx: "Context") -> list[Source]:
    """The shared analysis: every source of ``doc``, read and parsed. The app resolves, confines
    and reads them (``linter/source_files.py``; files once per run); this floor reads no file."""
    return ctx.resources.load("sources", doc, entries(doc, ctx), ctx.settings)


def align(text: str, haystack: str, start: int, end: int) -> list[int]:
    """For each character of ``text`` (a YAML value), its offset in ``haystack[start:end]`` where
    the value is written: characters are matched in order, skipping what YAML removed
    (indentation, quotes, escapes); whitespace maps to the last matched position."""
    out = []
    pos = start
    last = start
    for ch in text:
        if ch.isspace():
            out.append(last)
            continue
        k = haystack.find(ch, pos, end)
        if k == -1:
            out.append(last)
            continue
        out.append(k)
        last = k
        pos = k + 1
    return out


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]

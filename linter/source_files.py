"""An article's sources found, confined and read by the app, for the sources analysis
(``analysis/sources.py``, which names them and never reads a file itself).

Files are read with the article loader (Markdown, text or HTML by suffix, the same checks:
UTF-8, size, front matter), once per run; a file an article names in its front matter must lie
inside the article's project root (``safepath``). A missing or unreadable source is an
``InputError`` naming it: the article cannot be checked (exit 2).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from factlint.analysis.source_entries import Source, SourceEntry, content_key, align

from .document import Document, LineIndex
from .errors import InputError
from .loader import load_document, parse_text
from .rule import Resources, Settings
from .safepath import UnsafePath, article_root, confine


def read_sources(
    resources: Resources, doc: Document, named: list[SourceEntry], settings: Settings | None = None
) -> list[Source]:
    """The ``"sources"`` loader of a run: the sources ``named`` for ``doc`` (``entries``), read
    and parsed; a file once per run. A missing or unreadable one is an InputError naming it."""
    found: list[Source] = []
    seen: set[str] = set()
    inline = 0
    for entry in named:
        if entry.kind == "text":
            inline += 1
            name = entry.name or f"inline source {inline}"
            source = _inline_source(doc, entry, name, len(found))
        else:
            _refuse_web_address(doc, entry)
            try:
                path, shown = _resolve(doc, entry)
                if entry.from_article:  # named by the article: confined to its project root
                    _confine(doc, settings, entry, path, shown)
                real = os.path.realpath(path)
                if real in seen:
                    continue
                seen.add(real)
                source = _file_source(doc, resources, entry, path, shown, len(found))
            except (OSError, ValueError) as exc:  # a NUL in the name, a name longer than the system's limit
                raise _unusable_name(doc, entry, exc) from None
        found.append(source)
    return found


def _unusable_name(doc: Document, entry: SourceEntry, exc: Exception) -> InputError:
    """A name no file can have: one error line (was "rule FL303 failed: ValueError: embedded null
    byte", or the whole 5,000-character name)."""
    named = "in the front matter" if entry.from_article else "given with --source"
    value = entry.value if len(entry.value) <= 80 else entry.value[:79] + "\u2026"
    why = "it holds a NUL character" if "\0" in entry.value else getattr(exc, "strerror", None) or str(exc)
    return InputError(
        f"source {value!r} ({named}) is not a usable file name: {why}", path=doc.display_path, line=entry.line
    )


_WEB_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://|^www\.", re.IGNORECASE)


def _refuse_web_address(doc: Document, entry: SourceEntry) -> None:
    """A URL as a source read as a missing path ("'articles/https:/example.com/x' not found"):
    say that nothing is downloaded and what to do instead."""
    if _WEB_ADDRESS.match(entry.value.strip()):
        named = "in the front matter" if entry.from_article else "given with --source"
        raise InputError(
            f"source {entry.value.strip()!r} ({named}) is a web address: factlint downloads nothing; "
            "save the source's text in a file and name that file",
            path=doc.display_path,
            line=entry.line,
        )


def _resolve(doc: Document, entry: SourceEntry) -> tuple[Path, str]:
    """(path to read, path to show) of a path entry."""
    raw = Path(entry.value).expanduser()
    if not entry.from_article:  # from the run: as given (the config made it absolute if relative)
        return raw, _shown(raw)
    if raw.is_absolute():
        return raw, raw.as_posix()
    if doc.path is not None:
        base = doc.path.parent
    elif doc.display_path and not doc.display_path.startswith("<"):
        base = Path(os.path.dirname(doc.display_path))  # text given with a name (lint_text)
    else:
        base = Path()  # stdin without a name: the working directory
    shown = (
        os.path.normpath(os.path.join(os.path.dirname(doc.display_path), entry.value))
        if doc.display_path and not doc.display_path.startswith("<")
        else os.path.normpath(entry.value)
    )
    return base / raw, shown


def _confine(doc: Document, settings: Settings | None, entry: SourceEntry, path: Path, shown: str) -> None:
    """InputError unless the article may name ``path``: inside its project root, outside ``.git``
    and system folders (``factlint.linter.safepath``), symbolic links resolved."""
    if doc.path is not None:
        article = doc.path
    elif doc.display_path and not doc.display_path.startswith("<"):
        article = Path(doc.display_path)
    else:
        article = None
    config_folder = getattr(settings, "config_folder", None)
    try:
        confine(path, article_root(article, config_folder))
    except UnsafePath as err:
        raise InputError(
            f"source {shown!r} (in the front matter) {err}", path=doc.display_path, line=entry.line
        ) from None


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when below it."""
    if not path.is_absolute():
        return os.path.normpath(str(path))
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else rel


def _file_source(
    doc: Document, resources: Resources, entry: SourceEntry, path: Path, shown: str, index: int
) -> Source:
    named = "in the front matter" if entry.from_article else "given with --source"
    if not path.exists():
        hint = (
            "; an inline source text needs a YAML block ('|') or 'text:'"
            if entry.from_article and " " in entry.value
            else ""
        )
        raise InputError(
            f"source {shown!r} ({named}) not found{hint}", path=doc.display_path, line=entry.line
        )
    try:
        stat = path.stat()
        key = ("factlint-source", os.path.realpath(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = ("factlint-source", str(path), 0, 0)

    def read() -> Document:
        return load_document(path, display_path=shown)

    try:
        parsed = resources.shared(key, read)
    except InputError as err:
        raise InputError(
            f"source {shown!r} ({named}) cannot be read: {err.message}",
            path=doc.display_path,
            line=entry.line,
        ) from None
    return Source(index, shown, shown, parsed, content_key(parsed.text))


def _inline_source(doc: Document, entry: SourceEntry, name: str, index: int) -> Source:
    text = entry.value
    try:
        parsed = parse_text(text, "text", display_path=f"{doc.display_path} ({name})")
    except InputError as err:  # e.g. an inline text that opens with a broken "---" block
        raise InputError(
            f"{name} (in the front matter) cannot be read: {err.message}",
            path=doc.display_path,
            line=entry.line,
        ) from None
    if not parsed.sentences:
        raise InputError(
            f"{name} (in the front matter) holds no text", path=doc.display_path, line=entry.line
        )
    start = entry.offset if entry.offset is not None else 0
    end = entry.end if entry.end is not None else len(doc.text)
    offsets = align(text, doc.text, start, end)
    return Source(index, name, None, parsed, content_key(text), offsets, LineIndex(doc.text))

"""Bytes on disk (or stdin) to a ``Document``: checked decoding, front matter, blocks, sentences.

Text and offsets
    ``Document.text`` is the file decoded as UTF-8 exactly as read: CRLF is kept. A UTF-8 byte
    order mark is accepted and dropped, so offset 0 / column 1 is the first character after it
    (what an editor shows). Every ``Span`` counts characters into ``Document.text``; lines end at
    ``\\r\\n``, ``\\r`` or ``\\n`` (one line break each); a tab is one column.

Formats
    From the suffix (``.md``/``.markdown`` Markdown, ``.txt`` text, ``.html``/``.htm`` HTML, any
    other suffix text) unless ``format=`` says otherwise. Markdown and text may open with YAML
    front matter (``---`` on the first line, closed by ``---`` or ``...``) or TOML front matter
    (``+++`` ... ``+++``, Hugo's); it becomes ``Document.meta``.

Headline (block kind ``"headline"``)
    1. The front matter ``title``, its span being the value's place in the front matter.
    2. Otherwise, Markdown: the first level-1 heading. HTML: the first ``<h1>``, else ``<title>``.
    3. Otherwise, text: among the first three paragraphs, the leading run of one-line paragraphs
       of at most 20 words; the first of them with at least four words is the headline, else the
       first of the run. Site chrome scraped above a headline ("Skip to content", "Menu") is
       shorter than four words, while real headlines rarely are; the chrome line stays an
       ordinary paragraph for the scrape-leftover rule to flag. A final period is allowed (the
       seed article's headline has one).

Comments
    HTML comments anywhere in prose context (not inside code) go to ``Document.comments`` as
    ``(text between the delimiters, stripped; span of the whole comment, delimiters included)``.
    In front matter an HTML comment is YAML text (after a title it breaks the YAML or joins the
    title), so a suppression there is a YAML comment, ``title: ... # factlint-disable-line FL003``:
    its text from ``factlint-`` on is a comment too, spanning from the ``#``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .document import Block, Document, Format, LineIndex, Sentence
from .errors import InputError
from .markup import (
    Extracted,
    RawBlock,
    aligned_prose,
    html_blocks,
    markdown_blocks,
    text_blocks,
)
from .segment import split_sentences
from ..analysis.text import WORD_RUN

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")

_SUFFIX_FORMAT: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
_FORMAT_NAMES: dict[str, Format] = {
    "markdown": "markdown",
    "md": "markdown",
    "text": "text",
    "txt": "text",
    "plain": "text",
    "html": "html",
    "htm": "html",
}
_UTF8_BOM = b"\xef\xbb\xbf"
_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
# A YAML comment that is a suppression: `#` at the start of a line or after a blank, as YAML reads it
_YAML_SUPPRESSION = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*(factlint-[^\r\n]*)", re.M)
_HEADLINE_MAX_WORDS = 20
_HEADLINE_MIN_WORDS = 4


def load_document(
    path: Path | None,
    *,
    data: bytes | None = None,
    display_path: str | None = None,
    format: str | None = None,
    max_bytes: int = 2_000_000,
) -> Document:
    """Read ``path`` (or ``data``, for stdin) and parse it. Any problem with the input raises
    ``InputError`` with one clear line (and the line number where it helps)."""
    shown = display_path or (str(path) if path is not None else "<stdin>")
    raw = _read_bytes(path, data, shown, max_bytes)
    try:
        text = _decode(raw, shown, "file" if path is not None else "input")
    except InputError as err:
        # an HTML page that says its encoding (an archived page in windows-1252) is read in it
        text = _declared_html(raw, format, path, display_path, shown)
        if text is None:
            raise err from None
    fmt = _resolve_format(format, path, display_path, shown, text)
    return parse_text(text, fmt, path=path, display_path=shown)


def parse_text(
    text: str, format: Format = "markdown", *, path: Path | None = None, display_path: str = "<string>"
) -> Document:
    """A ``Document`` from text already decoded (the front matter, if any, included)."""
    if format not in ("markdown", "html", "text"):
        format = _FORMAT_NAMES[format]  # a KeyError names an unknown format
    lines = LineIndex(text)
    meta: dict[str, Any] = {}
    body_line = 0
    title_block: RawBlock | None = None
    if format in ("markdown", "text"):
        meta, body_line, title_block = _front_matter(text, lines, display_path)
    if format == "markdown":
        extracted = markdown_blocks(text, lines, body_line)
    elif format == "html":
        extracted = html_blocks(text)
    else:
        extracted = text_blocks(text, lines, body_line)
    raw_blocks = _with_headline(format, extracted, title_block)
    doc = Document(path=path, display_path=display_path, text=text, format=format, meta=meta)
    for raw in raw_blocks:
        _add_block(doc, raw, lines)
    comments = sorted(
        extracted.comments + _front_matter_suppressions(text, lines, body_line), key=lambda c: c[1]
    )
    doc.comments = [(body.strip(), lines.span(s, e)) for body, s, e in comments]
    return doc


# --- reading and decoding ---------------------------------------------------------------------


def _read_bytes(path: Path | None, data: bytes | None, shown: str, max_bytes: int) -> bytes:
    if data is None:
        if path is None:
            raise InputError("no file given to read", path=shown)
        from .safepath import TooLarge, UnsafePath, read_bytes

        try:
            # non-blocking open and fstat: a FIFO or device (/dev/stdout) is refused, never read
            data = read_bytes(path, max_bytes)
        except TooLarge as err:
            raise InputError(_too_large(err.size, max_bytes), path=shown) from None
        except UnsafePath as err:
            raise InputError(
                str(err) if "directory" not in str(err) else "is a directory, not an article file", path=shown
            ) from None
        except FileNotFoundError:
            raise InputError("file not found", path=shown) from None
        except IsADirectoryError:
            raise InputError("is a directory, not an article file", path=shown) from None
        except PermissionError:
            raise InputError("cannot read file: permission denied", path=shown) from None
        except OSError as err:
            raise InputError(f"cannot read file: {err.strerror or err}", path=shown) from None
    if len(data) > max_bytes:
        raise InputError(_too_large(len(data), max_bytes), path=shown)
    return data


def _too_large(size: int, limit: int) -> str:
    return f"file too large: {size:,} bytes (limit {limit:,} bytes)"


def _decode(raw: bytes, shown: str, what: str = "file") -> str:
    """``what``: "file", or "input" for text read from stdin (where no file was empty)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("file is UTF-16 encoded; save it as UTF-8", path=shown)
    if b"\x00" in raw:
        raise InputError("binary file (contains NUL bytes), not a text article", path=shown)
    skipped = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
    try:
        text = raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = skipped + err.start
        line = len(re.findall(rb"\r\n|\r|\n", raw[:offset])) + 1
        raise InputError(
            f"not valid UTF-8: line {line}, byte offset {offset} (byte 0x{raw[offset]:02x}); "
            "save the file as UTF-8",
            path=shown,
            line=line,
        ) from None
    if not text:
        raise InputError(f"empty {what}: nothing to check", path=shown)
    if text.isspace():
        raise InputError(f"{what} holds only whitespace: nothing to check", path=shown)
    return text


# <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html;
# charset=iso-8859-1">, looked for where a browser looks: the page's first bytes
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_CHARSET_PRESCAN = 4096
# Browsers read these labels as windows-1252 (the WHATWG Encoding Standard): a page labelled
# Latin-1 often holds curly quotes and dashes at 0x80-0x9f, which Latin-1 reads as controls.
_AS_CP1252 = frozenset(
    "ascii us-ascii iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 "
    "windows-1252 cp1252 x-cp1252".split()
)


# Python codecs that are no web page's charset: `undefined` always fails, the escape codecs turn a
# page's written "\u202e" into the character, punycode and idna are for host names
_NOT_PAGE_CHARSETS = frozenset(
    {"utf-7", "undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna"}
)


def _declared_html(
    raw: bytes, format: str | None, path: Path | None, display_path: str | None, shown: str
) -> str | None:
    """An HTML page that is not UTF-8, decoded in the charset its ``<meta>`` declares; None
    when it is not HTML, declares none (or UTF-8, UTF-16, an unknown one), or its bytes do not
    decode in it or decode to C1 controls (then the UTF-8 error stands)."""
    import codecs

    head = raw[:_CHARSET_PRESCAN]
    fmt = _resolve_format(format, path, display_path, shown, head.decode("latin-1"))
    match = _META_CHARSET.search(head) if fmt == "html" else None
    if match is None:
        return None
    label = match[1].decode("ascii").lower()
    encoding = "cp1252" if label in _AS_CP1252 else label
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name.startswith(("utf-8", "utf-16", "utf-32", "utf_")) or name in _NOT_PAGE_CHARSETS:
        return None
    try:
        text = raw.decode(name)
    except (UnicodeError, LookupError):  # `undefined` raises a bare UnicodeError
        return None
    if any("\x80" <= ch <= "\x9f" for ch in text):
        # C1 controls, which no page shows: a label that lies (windows-1252 curly quotes read as
        # ISO-8859-5 came out as controls among Cyrillic letters); the UTF-8 error stands
        return None
    return text if text.strip() else None


# A saved or downloaded web page: what `curl URL | factlint check -` sends
_HTML_PAGE_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def _resolve_format(
    format: str | None, path: Path | None, display_path: str | None, shown: str, text: str = ""
) -> Format:
    if format:
        fmt = _FORMAT_NAMES.get(format.strip().lower())
        if fmt is None:
            raise InputError(f"unknown format {format!r} (use markdown, html or text)", path=shown)
        return fmt
    name = path.name if path is not None else (display_path or "")
    fmt = _SUFFIX_FORMAT.get(Path(name).suffix.lower())
    if fmt is None and path is None and _HTML_PAGE_START.match(text[:4096]):
        return "html"  # stdin without a name: a whole web page is HTML, not plain text with tags
    return fmt or "text"


# --- front matter -----------------------------------------------------------------------------


def _front_matter(text: str, lines: LineIndex, shown: str) -> tuple[dict[str, Any], int, RawBlock | None]:
    """``(meta, first body line, headline from the title)``; no front matter gives ``({}, 0, None)``."""
    if _TOML_OPEN.match(text):
        return _toml_front_matter(text, lines, shown)
    if not _FRONT_MATTER_OPEN.match(text):
        return {}, 0, None
    close = next((n for n in range(1, len(lines)) if _line(text, lines, n).rstrip() in ("---", "...")), None)
    if close is None:
        raise InputError("front matter opened on line 1 is never closed (no '---' line)", path=shown, line=1)
    yaml_start, yaml_end = lines.starts[1], lines.starts[close]
    yaml_text = text[yaml_start:yaml_end]
    _no_html_suppression(yaml_text, shown)

    import yaml  # pyyaml: only articles with front matter need it

    from .yamlsafe import SafeLoader  # no aliases (a 700-byte alias bomb is gigabytes), no surrogates

    try:
        meta = yaml.load(yaml_text, Loader=SafeLoader)
    except yaml.YAMLError as err:
        problem = str(getattr(err, "problem", "") or "")
        if problem.startswith("impossible date "):  # `date: 2024-02-30`, month 13
            # the value is quoted, as in a config's error: the writer sees which date to fix
            line = err.problem_mark.line + 2 if getattr(err, "problem_mark", None) else 2
            raise InputError(f"front matter has an {problem}", path=shown, line=line) from None
        raise _yaml_error(err, yaml_text, shown) from None
    except RecursionError:  # PyYAML composes nested lists and mappings recursively
        raise InputError("malformed YAML front matter: nested too deeply", path=shown, line=2) from None
    except ValueError as err:  # YAML's timestamp resolver: `date: 2024-02-30`, month 13
        raise InputError(
            f"front matter has an impossible date ({err})", path=shown, line=_bad_date_line(yaml_text)
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = {list: "a list", str: "plain text", int: "a number", float: "a number"}.get(
            type(meta), "a scalar"
        )
        raise InputError(f"front matter must be a mapping of keys to values, not {kind}", path=shown, line=2)
    _check_fields(meta, yaml_text, shown)
    return meta, close + 1, _title_block(meta, yaml, yaml_text, yaml_start, text, shown)


def _front_matter_suppressions(text: str, lines: LineIndex, body_line: int) -> list[tuple[str, int, int]]:
    """``# factlint-disable-line FL003 ...`` comments in the front matter (a finding in the title
    can only be silenced there), as ``(text, start, end)`` like the body's HTML comments."""
    if not body_line:
        return []
    end = lines.starts[body_line - 1]  # the closing `---` line
    return [(m.group(1).strip(), m.start(), m.end()) for m in _YAML_SUPPRESSION.finditer(text, 0, end)]


# Hugo's TOML front matter between `+++` lines (read as body text, its title became an unattributed
# "quote" and its date was lost); Python's own tomllib reads it
_TOML_OPEN = re.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n)")
_TOML_TITLE = re.compile(
    r"^[ \t]*title[ \t]*=[ \t]*(?P<q>\"|')(?P<value>[^\r\n]*?)(?P=q)[ \t]*(?:#[^\r\n]*)?\r?$", re.M
)
_TOML_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def _toml_front_matter(
    text: str, lines: LineIndex, shown: str
) -> tuple[dict[str, Any], int, RawBlock | None]:
    import tomllib

    close = next((n for n in range(1, len(lines)) if _line(text, lines, n).rstrip() == "+++"), None)
    if close is None:
        raise InputError(
            "TOML front matter opened on line 1 is never closed (no '+++' line)", path=shown, line=1
        )
    toml_start = lines.starts[1]
    toml_text = text[toml_start : lines.starts[close]]
    _no_html_suppression(toml_text, shown)
    try:
        meta = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as err:
        at = _TOML_AT_LINE.search(str(err))
        line = int(at.group(1)) + 1 if at else 1  # TOML line 1 is the file's line 2
        problem = _TOML_AT_LINE.sub("", str(err))
        bare = re.match(r"([\w-]+)[ \t]*=[ \t]*([^\"'\[{\d\s][^\r\n]*?)[ \t]*$", _line(text, lines, line - 1))
        if bare and problem == "Invalid value":  # `title = Harbour reopens`: TOML text is quoted
            problem += f' (text must be in quotes: {bare.group(1)} = "{bare.group(2)}")'
        raise InputError(
            f"malformed TOML front matter at line {line}: {problem}", path=shown, line=line
        ) from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise InputError("malformed TOML front matter: nested too deeply", path=shown, line=2) from None
    _check_fields(meta, toml_text, shown)
    m = _TOML_TITLE.search(toml_text)
    title = meta.get("title")
    block = None
    if m and isinstance(title, str) and title.strip():
        start, end = toml_start + m.start("value"), toml_start + m.end("value")
        block = RawBlock("headline", aligned_prose(title, text, start, end))
    return meta, close + 1, block


# What the front-matter keys factlint reads may hold; anything else is an error naming the key,
# not a crash (or a giant ``str()``) deep inside a rule.
_FIELD_TYPES = {
    "title": ((str, int, float), "text"),
    "date": ((str, "date", int), "a date (YYYY-MM-DD)"),  # a bare year stays as before: no date
    "sources": ((list, str, dict), "a list of sources"),
}


def _kind(value: object) -> str:
    """What YAML made of a front-matter value, in a writer's words (not Python's "dict", "int")."""
    import datetime

    if isinstance(value, bool):  # `title: yes` or `title: off`
        return "true/false (YAML reads yes, no, on and off so: put the value in quotes)"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date (put the value in quotes)"
    kinds = {int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return next((name for kind, name in kinds.items() if isinstance(value, kind)), "text")


def _check_fields(meta: dict, yaml_text: str, shown: str) -> None:
    import datetime

    from ..analysis.dates import article_date
    from .yamlsafe import brief  # a bad value is quoted, never whole

    for key, (types, described) in _FIELD_TYPES.items():
        if key not in meta or meta[key] is None:
            continue
        value = meta[key]
        allowed = tuple(datetime.date if t == "date" else t for t in types)
        line = next(
            (n + 2 for n, text in enumerate(yaml_text.splitlines()) if re.match(rf"{key}\s*[:=]", text)), 2
        )
        if isinstance(value, bool) or not isinstance(value, allowed):
            raise InputError(
                f"front matter '{key}' must be {described}, not {_kind(value)}", path=shown, line=line
            )
        if key == "date" and isinstance(value, int) and not 1000 <= value <= 9999:
            # `date: 20240305` is a YAML number: it left the article silently undated
            raise InputError(
                f"front matter date {brief(value)} is not a date factlint can read: "
                "write it as YYYY-MM-DD (e.g. 2024-03-05)",
                path=shown,
                line=line,
            )
        if key == "date" and isinstance(value, str) and value.strip() and article_date(meta) is None:
            # `date: 05/03/2024` (day or month first?) or `date: yesterday` would silently leave
            # the article undated, so relative dates and weekdays are checked against today
            raise InputError(
                f"front matter date {brief(value.strip())} is not a date factlint can read: "
                "write it as YYYY-MM-DD (e.g. 2024-03-05)",
                path=shown,
                line=line,
            )


_YAML_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


def _bad_date_line(yaml_text: str) -> int:
    """The file line of the first date in the front matter that does not exist (YAML line 0 is
    the file's line 2); line 2 when none is found."""
    import datetime

    for n, line in enumerate(yaml_text.splitlines()):
        for match in _YAML_DATE.finditer(line):
            try:
                datetime.date(*(int(g) for g in match.groups()))
            except ValueError:
                return n + 2
    return 2


def _line(text: str, lines: LineIndex, n: int) -> str:
    return text[lines.starts[n] : lines.line_end(n)]


def _yaml_error(err, yaml_text: str, shown: str) -> InputError:
    """One line naming the file line of a YAML problem (the YAML's line 0 is the file's line 2)."""
    mark = getattr(err, "problem_mark", None)
    context, context_mark = getattr(err, "context", None), getattr(err, "context_mark", None)
    if context_mark is not None and (mark is None or mark.index >= len(yaml_text.rstrip())):
        mark = context_mark  # "got '<stream end>'": where the unclosed thing began says more
    line = mark.line + 2 if mark is not None else 1
    position = getattr(err, "position", None)  # a ReaderError (a control character) has no mark
    if mark is None and isinstance(position, int):
        line = yaml_text.count("\n", 0, position) + 2
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    if context:
        problem = f"{context}, {problem}"
    return InputError(
        f"malformed YAML front matter at line {line}: {problem}{_colon_hint(err, yaml_text)}"
        f"{_dash_hint(err, yaml_text)}",
        path=shown,
        line=line,
    )


_HTML_SUPPRESSION = re.compile(r"<!--\s*(factlint-[^\r\n]*?)\s*-->")


def _no_html_suppression(yaml_text: str, shown: str) -> None:
    """An HTML suppression comment after a front-matter value is YAML text, not a comment: it
    breaks the YAML or joins the title (and silences nothing). Say how to write it there."""
    for n, line in enumerate(yaml_text.splitlines()):
        m = _HTML_SUPPRESSION.search(line)
        if m:
            raise InputError(
                "an HTML comment in front matter is part of the YAML, not a comment: write the "
                f"suppression as a YAML comment, # {m.group(1)}",
                path=shown,
                line=n + 2,
            )


_UNQUOTED_COLON = re.compile(r"^(?P<key>[\w-]+):[ \t]+(?P<value>[^'\"\s|>\[{][^#\n]*?:[ \t].*?)\s*$")


def _colon_hint(err, yaml_text: str) -> str:
    """A colon inside an unquoted value (``title: Live: storm hits coast``, common in headlines)
    is YAML's "mapping values are not allowed here": say what to write instead."""
    mark = getattr(err, "problem_mark", None)
    if mark is None or "mapping values are not allowed" not in (getattr(err, "problem", None) or ""):
        return ""
    lines = yaml_text.splitlines()
    m = _UNQUOTED_COLON.match(lines[mark.line]) if mark.line < len(lines) else None
    if m is None:
        return ""
    value = m.group("value").replace("\\", "\\\\").replace('"', '\\"')
    return f' (the {m.group("key")} has a colon in it: put it in quotes, {m.group("key")}: "{value}")'


_LONE_DASH = re.compile(r"^sources:[ \t]+-[ \t]*(?:#.*)?$")


def _dash_hint(err, yaml_text: str) -> str:
    """``sources: -`` (a writer's "none") is a YAML list opened after a key: "sequence entries
    are not allowed here". Say how to write it."""
    mark = getattr(err, "problem_mark", None)
    if mark is None or "sequence entries are not allowed" not in (getattr(err, "problem", None) or ""):
        return ""
    lines = yaml_text.splitlines()
    m = _LONE_DASH.match(lines[mark.line]) if mark.line < len(lines) else None
    if m is None:
        return ""
    return ' (a lone "-" opens a YAML list: write sources: none, or put the dash in quotes, "-")'


def _title_block(meta: dict, yaml, yaml_text: str, yaml_start: int, text: str, shown: str) -> RawBlock | None:
    title = meta.get("title")
    if title is None or isinstance(title, (list, dict)) or not str(title).strip():
        return None
    root = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    node = next(
        (v for k, v in getattr(root, "value", []) if isinstance(k, yaml.ScalarNode) and k.value == "title"),
        None,
    )
    if node is None:
        return None
    if not node.style:
        _check_title_not_cut(node, yaml_text, shown)
    start, end = yaml_start + node.start_mark.index, yaml_start + node.end_mark.index
    if node.style in ("'", '"'):
        start, end = start + 1, end - 1  # the span covers the words, not the quotes
    return RawBlock("headline", aligned_prose(str(title), text, start, end))


def _check_title_not_cut(node, yaml_text: str, shown: str) -> None:
    """An unquoted title with " #" in it (``title: Storm #2 hits the coast``) is cut there: YAML
    reads the rest as a comment, and the article was checked against the headline "Storm". A
    comment written as one ("# note", "# factlint-disable-line ...") is left alone; a "#" with a
    word or number glued to it is a hashtag or a number, part of the title."""
    rest = yaml_text[node.end_mark.index :].split("\n", 1)[0]
    comment = rest.lstrip(" \t")
    if (
        not comment.startswith("#")
        or comment[1:2] in ("", " ", "\t", "\r")
        or comment[1:].startswith("factlint-")
    ):
        return
    whole = f"{node.value}{rest}".rstrip().replace("\\", "\\\\").replace('"', '\\"')
    raise InputError(
        f"front matter title is cut at ' #' (YAML reads the rest as a comment): put it in quotes, "
        f'title: "{whole}"',
        path=shown,
        line=node.start_mark.line + 2,
    )


# --- blocks and sentences ---------------------------------------------------------------------


def _same_words(a: str, b: str) -> bool:
    """The same words, ignoring case, punctuation and spacing (a title and a heading)."""

    def words(text: str) -> list[str]:
        return WORD_RUN.findall(text.casefold())

    return bool(words(a)) and words(a) == words(b)


def _with_headline(fmt: Format, extracted: Extracted, title_block: RawBlock | None) -> list[RawBlock]:
    blocks = list(extracted.blocks)
    if title_block is not None:
        first = blocks[0] if blocks else None
        if (
            first is not None
            and first.kind == "heading"
            and _same_words(first.prose.text(), title_block.prose.text())
        ):
            # The front-matter title shown again as the first heading (the common Markdown layout:
            # `title:` then `# Title`) is one headline, not a repeat. The same words as a first
            # paragraph stay a repeat: that is a headline pasted into the body (FL001).
            first.kind = "headline"
            return blocks
        return [title_block, *blocks]
    if fmt in ("markdown", "html"):
        first_h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
        if first_h1 is not None:
            first_h1.kind = "headline"
        elif fmt == "html" and extracted.title is not None:
            blocks.insert(0, RawBlock("headline", extracted.title))
        return blocks
    run = []
    for raw in blocks[:3]:
        stripped = raw.prose.text().strip()
        if "\n" in stripped or "\r" in stripped:
            break
        # (past the longest headline the count stops: a story in one block is not cut into words)
        words = stripped.split(None, _HEADLINE_MAX_WORDS)
        if not words or len(words) > _HEADLINE_MAX_WORDS:
            break
        run.append((raw, len(words)))
    if run:
        chosen = next((raw for raw, n in run if n >= _HEADLINE_MIN_WORDS), run[0][0])
        chosen.kind = "headline"
    return blocks


def _add_block(doc: Document, raw: RawBlock, lines: LineIndex) -> None:
    prose = raw.prose.text()
    spans = split_sentences(prose)
    if not spans:
        return
    index = len(doc.blocks)
    start, end = raw.source_span(spans[0][0], spans[-1][1])
    block_text = prose[spans[0][0] : spans[-1][1]]
    doc.blocks.append(Block(index, raw.kind, block_text, lines.span(start, end)))  # type: ignore[arg-type]
    for s, e in spans:
        src_start, src_end = raw.source_span(s, e)
        doc.map_characters(len(doc.sentences), raw.prose.starts[s:e], raw.prose.ends[s:e])
        doc.sentences.append(Sentence(len(doc.sentences), prose[s:e], lines.span(src_start, src_end), index))

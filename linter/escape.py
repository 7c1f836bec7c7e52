"""Text from articles, file names and configs made safe to print on a terminal or a CI log.

Everything factlint prints quotes text someone else wrote: a path, a source's name, a sentence.
Printed raw, an ESC sequence rewrites the reader's terminal, a line break starts a new log line
that GitHub Actions reads as a workflow command (``::error``, ``::add-mask::``,
``::stop-commands::``), and a bidirectional override makes a line read differently from what it
says. ``printable`` writes such characters as visible escapes (``\\x1b``, ``\\n``, ``\\u202e``).
"""

from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, line and paragraph separators, bidirectional controls
# and lone surrogates (which no output encoding accepts).
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r"}
# The same but line breaks, for a whole text shown as lines (the HTML view's article).
_UNSAFE_IN_LINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, keep_lines: bool = False) -> str:
    """``text`` with control, separator and bidirectional characters as visible escapes;
    ``keep_lines``: LF and CR stay as they are (a text shown as its lines)."""
    return (_UNSAFE_IN_LINES if keep_lines else _UNSAFE).sub(_escape, str(text))


def safe_line_start(path: str) -> str:
    """A path that begins a printed line, so that the line can never be a workflow command: a
    runner reads a line whose first non-blank characters are ``::`` (or ``##[``) as one. A relative
    path that would start so is shown as ``./path`` (the same file)."""
    stripped = path.lstrip()
    if stripped.startswith(("::", "##")) or stripped != path:
        return "./" + path
    return path

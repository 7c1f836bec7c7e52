"""The one YAML loader for everything factlint reads: front matter, configs, registers, word lists.

``yaml.SafeLoader`` never runs code, but untrusted YAML can still hurt:
- aliases: a few hundred bytes of nested anchors (``&a [*b, *b, ...]``) expand to gigabytes
  once turned into Python objects or strings, and make any walk over the node tree exponential.
  No factlint file needs them, so an alias (``*name``) is refused with its line;
- a lone surrogate (``"\\ud800"`` in a double-quoted string) is not a character: it cannot be
  printed or encoded, so one in a source name or title would break every report. Refused too;
- PyYAML raises plain Python errors for some scalars (``2010-02-30``, ``!!int abc``); here
  they are YAML errors with a position (``BadValue``).
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import ConfigError


class BadValue(yaml.constructor.ConstructorError):
    """A scalar YAML resolved to a type its text does not fit (``2010-02-30``, ``!!int abc``)."""


class SafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without aliases or lone surrogates, whose values fail as YAML errors
    with a position.

    PyYAML's constructors raise plain Python errors for some scalars: the timestamp resolver
    turns ``2010-02-30`` or month 13 into ``ValueError``, ``!!int abc`` into ``ValueError``,
    ``!!bool maybe`` into ``KeyError``. Here each is a ``BadValue`` (a ``yaml.YAMLError``) whose
    ``problem_mark`` is the value's position, so callers report it like any other YAML error.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"YAML aliases (*{event.anchor}) are not allowed; write the value out",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def compose_scalar_node(self, anchor: Any) -> Any:
        node = super().compose_scalar_node(anchor)
        if has_surrogate(node.value):
            raise BadValue(
                None, None, "a lone surrogate escape (\\ud800-\\udfff) is not a character", node.start_mark
            )
        return node

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            raise BadValue(None, None, _bad_value(node, exc), node.start_mark) from None


def has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def brief(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to about ``limit`` characters: an error line quotes a bad value, and a
    5,000-digit number or a page-long string must not become a page-long line."""
    shown = repr(value)
    return shown if len(shown) <= limit else f"{shown[: limit - 1]}\u2026"


def _bad_value(node: yaml.Node, exc: Exception) -> str:
    kind = str(node.tag).rsplit(":", 1)[-1]
    detail = f" ({exc})" if isinstance(exc, (ValueError, OverflowError)) and str(exc) else ""
    if "sys.set_int_max_str_digits" in detail:  # Python's advice to a programmer, not a writer
        detail = " (too many digits)"
    if kind == "timestamp" and detail:
        return f"impossible date {brief(node.value)}{detail}"
    return f"{brief(node.value)} is not a valid {kind}{detail}"


def load(text: str) -> Any:
    """``yaml.load(text)`` with ``SafeLoader``."""
    return yaml.load(text, Loader=SafeLoader)


def compose(text: str) -> Any:
    """``yaml.compose(text)`` with ``SafeLoader``."""
    return yaml.compose(text, Loader=SafeLoader)


def yaml_problem(exc: BaseException, text: str | None = None) -> tuple[str, int | None]:
    """(message, 1-based line or None) of an error raised while reading YAML with ``SafeLoader``.

    A value that does not fit its type reads ``impossible date '2010-02-30' (...)``; a syntax
    error reads ``malformed YAML: ...``; nesting too deep for the parser says so. ``text``, the
    YAML read, gives the line of a control character (PyYAML reports its offset only).
    """
    if isinstance(exc, RecursionError):
        return "malformed YAML: nested too deeply", None
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    buffer = getattr(mark, "buffer", None)
    end = len(buffer.rstrip("\0").rstrip()) if buffer is not None else None
    if context and context_mark is not None and end is not None and mark.index >= end > context_mark.index:
        # "got '<stream end>'" points past the last line; where the unclosed thing began says
        # more (as for front matter, linter/loader.py)
        mark, context = context_mark, f"{context}, "
    else:
        context = ""
    line = mark.line + 1 if mark is not None else None
    position = getattr(exc, "position", None)  # a ReaderError (a control character) has no mark
    if line is None and text is not None and isinstance(position, int):
        line = text.count("\n", 0, position) + 1
    if isinstance(exc, BadValue):
        return str(exc.problem), line
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return f"malformed YAML: {context}{problem}", line


def reject_duplicate_keys(node: yaml.Node, display: str, prefix: str = "") -> None:
    """ConfigError at the second of two equal keys of any mapping below ``node``.

    PyYAML silently keeps the last of two equal keys; in a config or a register that hides a
    mistake. ``prefix`` opens the message (``"register: "``)."""
    # Each node is visited once (a memo by identity): with aliases a node can be reached along
    # many paths, exponentially many from a few hundred bytes. Iterative: no recursion limit.
    visited: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in visited:
            continue
        visited.add(id(current))
        if isinstance(current, yaml.MappingNode):
            seen: set = set()
            for key, _value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise ConfigError(
                            f"{prefix}duplicate key {key.value!r}", display, key.start_mark.line + 1
                        )
                    seen.add(key.value)
            stack.extend(value for _, value in reversed(current.value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))

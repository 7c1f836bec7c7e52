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
                None, None, f"YAML aliases (*{event.anchor}) are not allowed; write the value out",
                event.start_mark)
        return super().compose_node(parent, index)

    def compose_scalar_node(self, anchor: Any) -> Any:
        node = super().compose_scalar_node(anchor)
        if has_surrogate(node.value):
            raise BadValue(None, None, "a lone surrogate escape (\\ud800-\\udfff) is not a character",
                           node.start_mark)
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


def _bad_value(node: yaml.Node, exc: Exception) -> str:
    kind = str(node.tag).rsplit(":", 1)[-1]
    detail = f" ({exc})" if isinstance(exc, (ValueError, OverflowError)) and str(exc) else ""
    if kind == "timestamp" and detail:
        return f"impossible date {node.value!r}{detail}"
    return f"{node.value!r} is not a valid {kind}{detail}"


def load(text: str) -> Any:
    """``yaml.load(text)`` with ``SafeLoader``."""
    return yaml.load(text, Loader=SafeLoader)


def compose(text: str) -> Any:
    """``yaml.compose(text)`` with ``SafeLoader``."""
    return yaml.compose(text, Loader=SafeLoader)

"""Render a ``RunResult`` as text, JSON, SARIF 2.1.0, GitHub workflow commands or an HTML article view.

One entry point, ``render(result, fmt, rules, color=False) -> str``. Each format lives in its
own small module, imported only when asked for, so ``factlint --help`` pays for none of them.
Every format sorts findings the same way (path, offset, rule), so output is deterministic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from ..errors import FactlintError

if TYPE_CHECKING:
    from ..finding import RunResult
    from ..rule import Rule

FORMATS = ("text", "json", "sarif", "github", "html")

_MODULES = {"text": "text", "json": "json_report", "sarif": "sarif", "github": "github", "html": "html"}


def render(
    result: "RunResult",
    fmt: str,
    rules: "dict[str, type[Rule]]",
    color: bool = False,
    verbose: bool = False,
) -> str:
    """The whole report as one string, without a trailing newline.

    ``rules`` maps rule id to rule class (SARIF lists their metadata; other formats use it only
    as a fallback). ``color`` adds ANSI colours to ``text`` and is ignored by the other formats.
    ``verbose`` adds the model's score to ``text`` and ``github`` messages (JSON and SARIF always
    carry it as a property; an editor reads the severity).
    """
    if fmt not in _MODULES:
        raise FactlintError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")
    module = import_module(f".{_MODULES[fmt]}", __name__)
    return module.render(result, rules, color=color, verbose=verbose)

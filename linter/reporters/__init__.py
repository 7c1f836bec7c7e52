"""Render a ``RunResult`` as text, JSON, SARIF 2.1.0, GitHub workflow commands, an HTML article
view, or any format a plugin registers.

One entry point, ``render(result, fmt, rules, color=False) -> str``. A format is a function
``render(result, rules, *, color, verbose) -> str`` registered under the entry-point group
``factlint.reporters`` (name = the ``--format`` value), as rules are under ``factlint.rules``;
the built-in formats are registered there too (pyproject.toml). Each lives in its own small
module, imported only when asked for, so ``factlint --help`` pays for none of them. Every
built-in format sorts findings the same way (path, offset, rule), so output is deterministic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Callable

from ..errors import FactlintError
from ..plugins import group_entry_points, load_entry_point

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from ..finding import RunResult
    from ..rule import Rule

GROUP = "factlint.reporters"
FORMATS = ("text", "json", "sarif", "github", "html")  # the built-in ones

# The built-in formats, also when the installed metadata predates the entry-point group (an
# editable install made before it existed): a third-party format cannot replace one of these.
_BUILT_IN = {"text": "text", "json": "json_report", "sarif": "sarif", "github": "github", "html": "html"}


def _plugins() -> dict[str, EntryPoint]:
    """Formats registered by other distributions (name -> entry point), by name. Read on each
    call, like the rule registry: no process-wide state (a run asks once; a scan is a few ms)."""
    found: dict[str, EntryPoint] = {}
    for ep, _ in group_entry_points(GROUP):
        if ep.name not in _BUILT_IN:
            found.setdefault(ep.name, ep)
    return found


def available_formats() -> tuple[str, ...]:
    """Every ``--format`` value: the built-in ones, then the plugins' by name."""
    return FORMATS + tuple(sorted(_plugins()))


def reporter(fmt: str) -> Callable[..., str]:
    """The render function of format ``fmt``; FactlintError for an unknown format or a plugin
    that fails to load."""
    if fmt in _BUILT_IN:
        return import_module(f".{_BUILT_IN[fmt]}", __name__).render
    ep = _plugins().get(fmt)
    if ep is None:
        raise FactlintError(f"unknown output format {fmt!r} (use {', '.join(available_formats())})")
    render_fn, where = load_entry_point(ep, "reporter", FactlintError)
    if not callable(render_fn):
        raise FactlintError(f"{where} is not a function render(result, rules, *, color, verbose)")
    return render_fn


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
    return reporter(fmt)(result, rules, color=color, verbose=verbose)

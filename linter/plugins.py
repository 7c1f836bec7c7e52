"""Finding the entry points of a group (rules, output formats) and loading one with one error line
on failure.

Listing a group reads every installed distribution's metadata (``importlib.metadata``: ~8% of a
one-file check's start, with its import). While the command runs (``memo.store`` is set), the
listing is kept with the command's other start-up results, keyed by what it was read from: the
import path, and in each folder on it the distributions' metadata folders and the time their
``entry_points.txt`` was written. Installing, removing or upgrading a distribution changes that
key, so the next run reads the metadata again. An import hook of someone else's that lists
distributions itself (``find_distributions``) turns the keeping off.
"""

from __future__ import annotations

import os
import re
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import memo

if TYPE_CHECKING:  # pragma: no cover
    from importlib.metadata import EntryPoint


def load_entry_point(
    ep: EntryPoint, kind: str, error: type[Exception], dist: str | None = None
) -> tuple[Any, str]:
    """``(object, where)``: what ``ep`` names, and how to name the entry point in an error
    ("rule plugin entry point 'X = pkg:Cls' (from dist)"). Any failure at import time is the
    configuration's problem, raised as ``error`` with the plugin's own message. ``dist``: the
    distribution's name when the caller has it (reading it parses the package metadata)."""
    dist = dist or distribution_name(ep)
    where = f"{kind} plugin entry point '{ep.name} = {ep.value}' (from {dist})"
    try:
        return ep.load(), where
    except Exception as exc:  # a broken plugin must not crash the run with a traceback
        raise error(f"{where} failed to load: {type(exc).__name__}: {exc}") from exc


def distribution_name(ep: EntryPoint) -> str:
    """The name of the distribution that declares ``ep``."""
    if isinstance(ep, Listed):
        return ep.dist_name
    if ep.dist is None:
        return "unknown distribution"
    # Our own rules and formats: the name read from the dist-info folder's name, as
    # importlib.metadata itself reads it (``.name`` parses the metadata file, ~6 ms of every start)
    if ep.value.startswith("factlint.") and getattr(ep.dist, "_normalized_name", None) == "factlint":
        return "factlint"
    return ep.dist.name


class Listed:
    """An entry point as a listing kept from an earlier run gives it: what ``EntryPoint`` offers
    that we use (``name``, ``value``, ``load``), and the name of its distribution."""

    __slots__ = ("name", "value", "dist_name")

    def __init__(self, name: str, value: str, dist_name: str):
        self.name, self.value, self.dist_name = name, value, dist_name

    def load(self) -> Any:
        """What ``EntryPoint.load`` gives: the module, then the attributes after its colon."""
        match = _VALUE.match(self.value)
        found = import_module(match.group("module"))  # type: ignore[union-attr]
        for attr in filter(None, (match.group("attr") or "").split(".")):  # type: ignore[union-attr]
            found = getattr(found, attr)
        return found


# how importlib.metadata's EntryPoint reads a value ("module:attr [extras]")
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def group_entry_points(group: str) -> list[tuple[Any, str]]:
    """``(entry point, distribution name)`` for every entry point of ``group``, by name and
    value (as ``importlib.metadata.entry_points`` finds them)."""
    state = _installed_state() if memo.store is not None else None
    if state is None:
        return _read(group)
    rows = memo.remembered(
        ("entry-points", group, state),
        lambda: tuple((ep.name, ep.value, dist) for ep, dist in _read(group)),
    )
    return [(Listed(name, value, dist), dist) for name, value, dist in rows]


def _read(group: str) -> list[tuple[EntryPoint, str]]:
    from importlib.metadata import entry_points

    names: dict[int, str] = {}  # id(distribution) -> its name, read once (it parses the metadata)
    return [
        (ep, names.get(id(ep.dist)) or names.setdefault(id(ep.dist), distribution_name(ep)))
        for ep in sorted(entry_points(group=group), key=lambda e: (e.name, e.value))
    ]


_METADATA = (".dist-info", ".egg-info")


def _installed_state() -> tuple | None:
    """What the installed distributions' entry points are read from (see the module docstring);
    None where distributions may come from elsewhere than the import path."""
    from importlib.machinery import PathFinder

    if any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path):
        return None
    state: list = []
    for entry in sys.path:
        folder = entry or "."
        try:
            with os.scandir(folder) as found:
                metadata = sorted(
                    (item.name, _written(os.path.join(item.path, "entry_points.txt")))
                    for item in found
                    if item.name.endswith(_METADATA)
                )
        except NotADirectoryError:  # a zip file: its own time
            metadata = [("", _written(folder))]
        except OSError:
            metadata = None
        state.append((entry, tuple(metadata) if metadata is not None else None))
    return tuple(state)


def _written(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None

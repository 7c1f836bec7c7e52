"""Loading one plugin entry point (a rule or an output format) with one error line on failure."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from typing import Any


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
    if ep.dist is None:
        return "unknown distribution"
    # Our own rules and formats: the name read from the dist-info folder's name, as
    # importlib.metadata itself reads it (``.name`` parses the metadata file, ~6 ms of every start)
    if ep.value.startswith("factlint.") and getattr(ep.dist, "_normalized_name", None) == "factlint":
        return "factlint"
    return ep.dist.name

"""Which rules exist: every entry point of the group ``factlint.rules`` (name = rule id, value = a
``Rule`` subclass). Built-in rules are entry points of the ``factlint`` distribution itself, so a
third-party plugin and a built-in rule are found the same way.

Loading imports each rule module once per process (cached). Rule modules are cheap by contract
(no torch at import time), so listing rules never pays for a model.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Iterable

from .errors import ConfigError
from .plugins import load_entry_point
from .rule import Rule

GROUP = "factlint.rules"
_RULE_ID = re.compile(r"([A-Za-z]+)(\d+)\Z")


@dataclass(frozen=True)
class _Registry:
    rules: dict[str, type[Rule]]  # rule id -> class, sorted by id
    sources: dict[str, str]  # rule id -> distribution name ("factlint" for built-ins)


# Process-wide cache. Tests that need a rule which is not installed replace it wholesale
# (``monkeypatch.setattr(registry, "_cache", registry.make_registry(...))``).
_cache: _Registry | None = None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest choice, or an empty string when none is close."""
    choices = list(choices)
    # A rule id typed with the wrong number of zeros ("FL01") means the id with the same number.
    typed = _RULE_ID.match(word)
    if typed:
        for choice in choices:
            known = _RULE_ID.match(choice)
            if known and known[1].upper() == typed[1].upper() and int(known[2]) == int(typed[2]):
                return f" (did you mean {choice!r}?)"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        # Ids differ in digits only ("FL01" vs "FL001"); compare case-insensitively too.
        upper = {c.upper(): c for c in choices}
        close = [upper[m] for m in difflib.get_close_matches(word.upper(), list(upper), n=1, cutoff=0.5)]
    return f" (did you mean {close[0]!r}?)" if close else ""


def make_registry(rules: dict[str, type[Rule]], sources: dict[str, str] | None = None) -> _Registry:
    """A registry from classes already in hand (used by tests to add a rule that is not installed)."""
    ordered = dict(sorted(rules.items()))
    srcs = {rule_id: (sources or {}).get(rule_id, "factlint") for rule_id in ordered}
    return _Registry(ordered, srcs)


def _load() -> _Registry:
    rules: dict[str, type[Rule]] = {}
    sources: dict[str, str] = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: (e.name, e.value)):
        cls, where = load_entry_point(ep, "rule", ConfigError)
        dist = ep.dist.name if ep.dist is not None else "unknown distribution"
        if not (isinstance(cls, type) and issubclass(cls, Rule)):
            raise ConfigError(f"{where} is not a factlint Rule subclass")
        if cls.id != ep.name:
            raise ConfigError(f"{where} names rule id {cls.id!r}; the entry point name must be the rule id")
        if ep.name in rules and rules[ep.name] is not cls:
            raise ConfigError(f"rule id {ep.name} is registered twice: by {sources[ep.name]} and by {dist}")
        rules[ep.name] = cls
        sources[ep.name] = dist
    return make_registry(rules, sources)


def load_rules() -> dict[str, type[Rule]]:
    """Every registered rule, id -> class, sorted by id. Raises ConfigError if a plugin is broken."""
    global _cache
    if _cache is None:
        _cache = _load()
    return _cache.rules


def rule_source(rule_id: str) -> str:
    """The distribution that registered ``rule_id`` ("factlint" for built-in rules)."""
    load_rules()
    assert _cache is not None
    return _cache.sources[rule_id]


def clear_cache() -> None:
    global _cache
    _cache = None


def check_rule_id(rule_id: str, where: str = "") -> str:
    """``rule_id`` if it is registered; else a ConfigError naming the closest registered id."""
    rules = load_rules()
    if rule_id in rules:
        return rule_id
    suffix = f" in {where}" if where else ""
    raise ConfigError(f"unknown rule id {rule_id!r}{suffix}{did_you_mean(rule_id, rules)}")

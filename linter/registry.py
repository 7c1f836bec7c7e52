"""Which rules exist: every entry point of the group ``factlint.rules`` (name = rule id, value = a
``Rule`` subclass). Built-in rules are entry points of the ``factlint`` distribution itself, so a
third-party plugin and a built-in rule are found the same way.

``installed()`` reads them into a ``Registry``, a plain value that the app owns: a command reads
it once and hands it to the run (``RunOptions.registry``), the language server and an archive
actor keep one for their lifetime. Nothing here is kept between calls. Rule modules are cheap
by contract (no torch at import time), so listing rules never pays for a model.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable

from .errors import ConfigError
from .plugins import group_entry_points, load_entry_point
from .rule import Rule

GROUP = "factlint.rules"
_RULE_ID = re.compile(r"([A-Za-z]+)(\d+)\Z")


@dataclass(frozen=True, eq=False)
class Registry:
    """The rules a run can use: rule id -> class (sorted by id) and rule id -> the distribution
    that registered it ("factlint" for built-ins)."""

    rules: dict[str, type[Rule]]
    sources: dict[str, str]

    def check(self, rule_id: str, where: str = "") -> str:
        """``rule_id`` if it is registered; else a ConfigError naming the closest registered id."""
        if rule_id in self.rules:
            return rule_id
        suffix = f" in {where}" if where else ""
        raise ConfigError(f"unknown rule id {rule_id!r}{suffix}{rule_id_hint(rule_id, self.rules)}")

    def source(self, rule_id: str) -> str:
        """The distribution that registered ``rule_id``."""
        return self.sources[rule_id]

    def _key(self) -> tuple:
        return tuple(self.rules.items()), tuple(self.sources.items())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Registry) and self._key() == other._key()

    def __hash__(self) -> int:  # parsed configs are cached per registry (linter/config.py)
        return hash(self._key())


def rule_id_hint(word: str, rules: dict[str, type[Rule]]) -> str:
    """The hint after "unknown rule id": a rule's name where its id belongs (``--select
    vague-attribution``: `factlint rule` takes both, a selection and a config take ids) gives
    that id, else the closest id."""
    folded = word.strip().casefold()
    named = next(
        (rule_id for rule_id, cls in rules.items() if getattr(cls, "name", "").casefold() == folded), None
    )
    if named is not None:
        return f" ({word!r} is the name of {named}: write the id, {named!r})"
    return did_you_mean(word, rules)


# a word a user writes for a choice that is spelt otherwise: by spelling alone "gpu" is closest
# to "cpu", the opposite of what was meant (a GPU runs the model through CUDA)
_MEANT = {"GPU": "CUDA"}


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'X'?)`` for the closest choice, or an empty string when none is close."""
    choices = list(choices)
    typed = _RULE_ID.match(word)
    if typed:
        # A rule id is close when it differs by one typo in its letters or in its digits
        # ("FL01" and "FL0003" mean FL001, "FL310" FL301); "FL9" is close to none, and a
        # suggestion there (difflib offered 'FL403') sends the reader to an unrelated rule.
        close = [c for c in choices if _near_rule_id(typed, _RULE_ID.match(c))]
        if not close:
            return ""
        # the same number first ("FL0003" is FL003, not FL000 with its 3 dropped)
        close.sort(
            key=lambda c: (
                int(_RULE_ID.match(c)[2]) != int(typed[2]),
                -difflib.SequenceMatcher(None, word.upper(), c.upper()).ratio(),
            )
        )
        return f" (did you mean {close[0]!r}?)"
    upper = {c.upper(): c for c in choices}
    if _MEANT.get(word.strip().upper()) in upper:  # "gpu" is spelt like "cpu" but means "cuda"
        return f" (did you mean {upper[_MEANT[word.strip().upper()]]!r}?)"
    close = [upper[m] for m in difflib.get_close_matches(word.upper(), list(upper), n=1, cutoff=0.6)]
    return f" (did you mean {close[0]!r}?)" if close else ""


def _near_rule_id(typed: re.Match, known: re.Match | None) -> bool:
    """Whether a typed rule id (letters, digits) is one typo from a known one."""
    if known is None:
        return False
    letters, digits = typed[1].upper(), typed[2]
    if known[1].upper() == letters:
        return int(known[2]) == int(digits) or _one_edit(digits, known[2])
    return known[2] == digits and _one_edit(letters, known[1].upper())


def _one_edit(a: str, b: str) -> bool:
    """One character inserted, dropped, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def make_registry(rules: dict[str, type[Rule]], sources: dict[str, str] | None = None) -> Registry:
    """A registry from classes already in hand (used by tests to add a rule that is not installed)."""
    ordered = dict(sorted(rules.items()))
    srcs = {rule_id: (sources or {}).get(rule_id, "factlint") for rule_id in ordered}
    return Registry(ordered, srcs)


def installed() -> Registry:
    """The rules installed in this environment, read from the entry points now (a few ms:
    read it once per command, server or worker). Raises ConfigError if a plugin is broken."""
    rules: dict[str, type[Rule]] = {}
    sources: dict[str, str] = {}
    for ep, dist in group_entry_points(GROUP):
        cls, where = load_entry_point(ep, "rule", ConfigError, dist)
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
    """The installed rules, id -> class, read now (for listings and scripts; a run reads its
    registry once and passes it along)."""
    return installed().rules

"""The word lists behind the mentions analysis: roles, demonyms, organisations (YAML data files).

The built-in lists live in ``analysis/data/``; a newsroom extends them with files of the same
format named in ``Settings.extra`` (``roles``, ``demonyms``, ``organisations``: a path or a list
of paths), which the app reads (``linter/wordlists.py``) and hands over as data. Lists are data,
not code, so adding a title or an agency never means a code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

import yaml

from factlint.linter.errors import ConfigError
from factlint.linter.memo import remembered, source_version

DATA = Path(__file__).resolve().parent / "data"
_T = TypeVar("_T")
EXTENSION_KEYS = ("roles", "demonyms", "organisations")


@dataclass(frozen=True)
class Office:
    name: str  # canonical ("prime minister")
    group: str | None  # conflict group ("head", "cabinet", ...) or None
    unique: bool  # one holder per jurisdiction at a time
    generic: bool = False  # "leader", "chief": fits any office
    # the portfolio, where countries name one post differently ("finance minister", "chancellor
    # of the exchequer", "treasury secretary" are all "finance"): cabinet posts conflict only
    # when their portfolios differ
    portfolio: str | None = None


# Titles that make a cabinet post of whatever portfolio stands before them ("culture minister").
CABINET_TITLES = ("minister", "secretary")
# Words before a title that make another post of it ("Deputy Mayor", "vice-chairman").
OFFICE_PREFIXES = frozenset({"deputy", "vice", "assistant", "shadow", "junior", "associate", "co", "joint"})


def phrase_key(text: str) -> tuple[str, ...]:
    """How a phrase is looked up: words, dots dropped ("U.S." = "US")."""
    return tuple(w.replace(".", "") for w in text.replace("-", " - ").split())


def _is_abbreviation(text: str) -> bool:
    """Aliases written with inner capitals ("UK", "PM", "MEPs") must match with that case."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2


@dataclass
class Lexicon:
    offices: dict[str, Office] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower key -> office
    titles_cased: dict[tuple[str, ...], str] = field(default_factory=dict)  # "PM", "CEO"
    relational: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    conflicts: set[frozenset[str]] = field(default_factory=set)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)  # key -> canonical country
    places_cased: dict[tuple[str, ...], str] = field(default_factory=dict)
    orgs: dict[tuple[str, ...], str] = field(default_factory=dict)  # key -> canonical organisation
    orgs_cased: dict[tuple[str, ...], str] = field(default_factory=dict)
    sources: dict[tuple[str, ...], str] = field(default_factory=dict)
    sources_cased: dict[tuple[str, ...], str] = field(default_factory=dict)
    org_heads: set[str] = field(default_factory=set)
    aliases: dict[str, set[str]] = field(default_factory=dict)  # canonical -> every alias (lower)
    longest: int = 1
    _derived: dict = field(default_factory=dict, repr=False, compare=False)  # see ``derived``

    def derived(self, build: Callable[["Lexicon"], _T]) -> _T:
        """``build(self)``, made once per lexicon: the lookup tables analyses and rules make from
        the lists (a lexicon is loaded once per set of list files and not changed after)."""
        try:
            return self._derived[build]
        except KeyError:
            value = self._derived[build] = build(self)
            return value

    def office(self, name: str) -> Office | None:
        """The office called ``name`` or by one of its aliases (the post a portfolio after the
        title makes: "Minister for Home Affairs" is "home minister", the interior minister); a
        post the lists do not name but a title's shape tells ("culture minister", "mining
        secretary": a cabinet post of that portfolio)."""
        office = self.offices.get(name) or self.offices.get(self.titles.get(tuple(name.split()), ""))
        portfolio, _, title = name.rpartition(" ")
        if office is None and portfolio and title in CABINET_TITLES:
            if portfolio.startswith("shadow"):
                # "shadow health secretary": the opposition's spokesman for a portfolio, in no
                # government (one of many, as other opposition posts)
                return Office(name, "opposition", False)
            office = Office(name, "cabinet", True, portfolio=portfolio)
        return office

    def conflict(self, a: str, b: str) -> bool:
        """Whether one person cannot hold offices ``a`` and ``b`` at the same time."""
        if a == b:
            return False
        if self._deputy_of(a, b) or self._deputy_of(b, a):
            return True  # "Deputy Mayor Lee" ... "Mayor Lee"
        oa, ob = self.office(a), self.office(b)
        if not oa or not ob or not oa.group or not ob.group:
            return False
        if oa.portfolio and oa.portfolio == ob.portfolio:
            return False  # one post under two countries' names
        return frozenset((oa.group, ob.group)) in self.conflicts

    def _deputy_of(self, a: str, b: str) -> bool:
        """Whether ``a`` is the deputy (assistant, vice...) of ``b``, an office one person holds
        at a time: one person is not both."""
        prefix, _, rest = a.partition(" ")
        office = self.office(b) if prefix in OFFICE_PREFIXES and rest == b else None
        return office is not None and office.unique

    # --- building -------------------------------------------------------------------------
    def _add(self, plain: dict, cased: dict, alias: str, value: str) -> None:
        key = phrase_key(alias)
        if not key:
            return
        if _is_abbreviation(alias):
            cased[key] = value
        else:
            plain[tuple(w.lower() for w in key)] = value
        self.aliases.setdefault(value, set()).add(" ".join(key).lower())
        self.longest = max(self.longest, len(key))

    def add_roles(self, data: dict, where: str) -> None:
        offices = _mapping(data.get("offices", {}), where, "offices")
        for name, spec in offices.items():
            spec = spec or {}
            if not isinstance(spec, dict):
                raise ConfigError(f"office {name!r} must be a mapping", where)
            portfolio = spec.get("portfolio")
            office = Office(
                str(name),
                spec.get("group"),
                bool(spec.get("unique", False)),
                portfolio=str(portfolio) if portfolio else None,
            )
            self.offices[office.name] = office
            for alias in spec.get("aliases") or [name]:
                self._add(self.titles, self.titles_cased, str(alias), office.name)
        for word in data.get("generic", []) or []:
            self.offices[str(word)] = Office(str(word), None, False, generic=True)
            self._add(self.titles, self.titles_cased, str(word), str(word))
        self.relational |= {str(w).lower() for w in data.get("relational", []) or []}
        self.honorifics |= {str(w) for w in data.get("honorifics", []) or []}
        for pair in data.get("conflicts", []) or []:
            if not isinstance(pair, list) or len(pair) != 2:
                raise ConfigError(f"conflicts entries are pairs of groups, got {pair!r}", where)
            self.conflicts.add(frozenset(str(g) for g in pair))

    def add_places(self, data: dict, where: str) -> None:
        for name, aliases in _mapping(data.get("countries", {}), where, "countries").items():
            for alias in [name, *(aliases or [])]:
                self._add(self.places, self.places_cased, str(alias), str(name))

    def add_organisations(self, data: dict, where: str) -> None:
        for name in data.get("sources", []) or []:
            self._add(self.sources, self.sources_cased, str(name), str(name))
        for name, aliases in _mapping(data.get("organisations", {}), where, "organisations").items():
            for alias in [name, *(aliases or [])]:
                self._add(self.orgs, self.orgs_cased, str(alias), str(name))
        self.org_heads |= {str(w) for w in data.get("heads", []) or []}


def _mapping(value: Any, where: str, key: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{key!r} must be a mapping", where)
    return value


_TRUSTED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KINDS = ("roles", "demonyms", "organisations")


def _builtin(kind: str) -> dict:
    """A built-in list: package data shipped beside this module (like a constant, not input),
    trusted and read by the C loader (a third of a cold run's time in Python otherwise). A
    newsroom's own lists are input: the app reads them (``linter/wordlists.py``)."""
    path = DATA / f"{kind}.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TRUSTED_LOADER) or {}


_ADD = {
    "roles": Lexicon.add_roles,
    "demonyms": Lexicon.add_places,
    "organisations": Lexicon.add_organisations,
}


def check_word_list(kind: str, data: dict, shown: str) -> None:
    """ConfigError naming ``shown`` unless ``data`` (a word list of ``kind``, already read)
    follows the format of the built-in list of that kind."""
    try:
        _ADD[kind](Lexicon(), data, shown)
    except (TypeError, AttributeError, ValueError) as exc:  # e.g. a number where a list goes
        raise ConfigError(
            f"word list does not follow the format of analysis/data/{kind}.yaml "
            f"({type(exc).__name__}: {exc})",
            shown,
        ) from None


def build_lexicon(extensions: Iterable[tuple[str, dict, str]] = ()) -> Lexicon:
    """The built-in lists plus a newsroom's extensions, each ``(kind, data, shown)`` (already
    read by the app), kind by kind: roles, then demonyms, then organisations."""
    lex = Lexicon()
    more = list(extensions)
    for kind in KINDS:
        _ADD[kind](lex, _builtin(kind), str(DATA / f"{kind}.yaml"))
        for ext_kind, data, shown in more:
            if ext_kind == kind:
                _ADD[kind](lex, data, shown)
    return lex


_SOURCE = source_version(__file__)  # a stored lexicon holds only for this code
_OFFICE_FIELDS = ("name", "group", "unique", "generic", "portfolio")
_PLAIN_FIELDS = tuple(name for name in Lexicon.__dataclass_fields__ if name not in ("offices", "_derived"))


def _plain(lex: Lexicon) -> dict:
    """The lexicon as plain values (what the command's start-up store can keep)."""
    plain = {name: getattr(lex, name) for name in _PLAIN_FIELDS}
    plain["offices"] = {
        key: tuple(getattr(office, name) for name in _OFFICE_FIELDS) for key, office in lex.offices.items()
    }
    return plain


def _from_plain(plain: dict) -> Lexicon:
    offices = {key: Office(*fields) for key, fields in plain.pop("offices").items()}
    return Lexicon(offices=offices, **plain)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lists (read once: they are part of the package). The command keeps the
    lexicon they make between runs, keyed by their text and this module's version: building it
    (1,100 phrases cut into keys) was ~3 ms of every start."""
    texts = tuple((DATA / f"{kind}.yaml").read_text(encoding="utf-8") for kind in KINDS)
    return _from_plain(remembered(("lexicon", _SOURCE, texts), lambda: _plain(_builtin_lexicon(texts))))


def _builtin_lexicon(texts: tuple[str, ...]) -> Lexicon:
    """``build_lexicon()`` of the built-in lists' ``texts`` (one per kind, as read)."""
    lex = Lexicon()
    for kind, text in zip(KINDS, texts):
        _ADD[kind](lex, yaml.load(text, Loader=_TRUSTED_LOADER) or {}, str(DATA / f"{kind}.yaml"))
    return lex


def extension_paths(extra: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The extension files named in ``Settings.extra`` as a hashable key (kind, paths)."""
    out = []
    for kind in EXTENSION_KEYS:
        value = extra.get(kind)
        if value is None:
            continue
        items: Iterable = [value] if isinstance(value, (str, Path)) else value
        out.append((kind, tuple(str(p) for p in items)))
    return tuple(out)

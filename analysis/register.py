"""The office register: who held which office of which country or organisation, from when to when.

A newsroom keeps it as YAML (config key ``register``) and FL203 compares the article's titles with
it on the article's date. The format is a list of terms::

    - person: Mikhail Mishustin
      aliases: [Mishustin]           # optional: other ways the article may write the name
      office: Prime Minister         # matched through analysis/data/roles.yaml ("Premier" = PM)
      organisation: Russia           # matched through demonyms/organisations ("Russian" = Russia)
      from: 2020-01-16
      to: null                       # optional; null or missing: still in office

A file that does not follow it (a duplicate key in a term included) is a ConfigError naming the
file and the line. The config reads the register it names when it is loaded (``check_register``),
so a broken register is one error of that config, whichever rules run, like a missing one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from stat import S_ISREG

import yaml

from factlint.linter.errors import ConfigError

from .lexicon import Lexicon, phrase_key

FIELDS = {"person", "aliases", "office", "organisation", "from", "to"}
REQUIRED = ("person", "office", "organisation", "from")


@dataclass(frozen=True)
class Term:
    person: str
    aliases: tuple[str, ...]
    office: str  # canonical office (roles.yaml), or the text lower-cased when unknown
    office_text: str
    organisation: str  # canonical country / organisation, or the text as written
    start: date
    end: date | None
    line: int

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def names(self) -> set[str]:
        return {n.casefold() for n in (self.person, *self.aliases)}

    def describe(self) -> str:
        until = f"to {self.end.isoformat()}" if self.end else "onwards"
        return f"{self.office_text} of {self.organisation} from {self.start.isoformat()} {until}"


@dataclass
class Register:
    path: str
    terms: list[Term] = field(default_factory=list)

    def person_terms(self, name: str) -> list[Term]:
        """Terms of the person written ``name`` (full name, alias, or a surname that only one
        registered person has)."""
        folded = name.casefold()
        exact = [t for t in self.terms if folded in t.names()]
        if exact:
            return exact
        surname = folded.split()[-1]
        people = {t.person for t in self.terms if t.person.casefold().split()[-1] == surname}
        if len(people) == 1:
            return [t for t in self.terms if t.person in people]
        return []

    def holders(self, office: str, organisation: str, day: date) -> list[Term]:
        return [t for t in self.terms if t.office == office and t.organisation == organisation
                and t.covers(day)]


def _canonical_office(text: str, lex: Lexicon) -> str:
    key = phrase_key(text)
    return lex.titles_cased.get(key) or lex.titles.get(tuple(w.lower() for w in key)) or text.lower()


def _canonical_org(text: str, lex: Lexicon) -> str:
    key = phrase_key(text)
    low = tuple(w.lower() for w in key)
    for plain, cased in ((lex.orgs, lex.orgs_cased), (lex.places, lex.places_cased)):
        value = cased.get(key) or plain.get(low)
        if value:
            return value
    return text


def _scalar(node: yaml.Node, what: str, path: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.value == "":
        raise ConfigError(f"register: {what} must be a single value", path, node.start_mark.line + 1)
    return str(node.value)


def _day(node: yaml.Node, what: str, path: str) -> date:
    value = _scalar(node, what, path)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"register: {what} {value!r} is not a date (YYYY-MM-DD)", path,
                          node.start_mark.line + 1) from None


@dataclass(frozen=True)
class _Entry:
    """A term as written, checked for form; ``Term`` adds the lexicon's canonical names."""

    person: str
    aliases: tuple[str, ...]
    office_text: str
    org_text: str
    start: date
    end: date | None
    line: int


def _entries(text: str, path: str) -> list[_Entry]:
    """The terms in ``text`` checked for form (no lexicon needed); ConfigError naming ``path``
    and the line for anything that does not follow the format."""
    from factlint.linter.config import SafeLoader, reject_duplicate_keys, yaml_problem

    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        message, line = yaml_problem(exc)
        raise ConfigError(f"register is not valid YAML: {message.removeprefix('malformed YAML: ')}",
                          path, line) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ConfigError("register must be a list of terms (person, office, organisation, from, to)",
                          path, root.start_mark.line + 1)
    reject_duplicate_keys(root, path, "register: ")  # as in the config: `from:` twice is a mistake
    entries = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise ConfigError("register: each term must be a mapping", path, line)
        values: dict[str, yaml.Node] = {}
        for key_node, value_node in item.value:
            key = str(key_node.value)
            if key not in FIELDS:
                raise ConfigError(f"register: unknown field {key!r} (use {', '.join(sorted(FIELDS))})",
                                  path, key_node.start_mark.line + 1)
            values[key] = value_node
        missing = [k for k in REQUIRED if k not in values]
        if missing:
            raise ConfigError(f"register: term is missing {', '.join(missing)}", path, line)
        aliases: tuple[str, ...] = ()
        if "aliases" in values:
            node = values["aliases"]
            if not isinstance(node, yaml.SequenceNode):
                raise ConfigError("register: aliases must be a list", path, node.start_mark.line + 1)
            aliases = tuple(_scalar(n, "alias", path) for n in node.value)
        start = _day(values["from"], "from", path)
        end = None
        to = values.get("to")
        if to is not None and not (isinstance(to, yaml.ScalarNode) and to.value in ("", "null", "~")):
            end = _day(to, "to", path)
            if end < start:
                raise ConfigError(f"register: 'to' ({end}) is before 'from' ({start})", path,
                                  to.start_mark.line + 1)
        office_text = _scalar(values["office"], "office", path)
        org_text = _scalar(values["organisation"], "organisation", path)
        entries.append(_Entry(_scalar(values["person"], "person", path), aliases, office_text,
                              org_text, start, end, line))
    return entries


def _register(entries: list[_Entry], path: str, lex: Lexicon) -> Register:
    return Register(path, [
        Term(person=e.person, aliases=e.aliases, office=_canonical_office(e.office_text, lex),
             office_text=e.office_text, organisation=_canonical_org(e.org_text, lex),
             start=e.start, end=e.end, line=e.line)
        for e in entries])


def parse_register(text: str, path: str, lex: Lexicon) -> Register:
    """The register in ``text`` (the file at ``path``, named in errors)."""
    return _register(_entries(text, path), path, lex)


def shown_path(path: str | Path) -> str:
    """A register path as errors show it, the way config paths are shown: relative to the
    working directory when below it, else absolute."""
    p = Path(path)
    if not p.is_absolute():
        return Path(os.path.normpath(p)).as_posix()
    rel = os.path.relpath(p)
    return p.as_posix() if rel.startswith("..") else Path(rel).as_posix()


# Per file version: its entries, or the (message, line) of its error. A broken register is read
# (and its error made) once per process, not once per article; the error names the file as the
# caller shows it.
_ENTRIES: dict[tuple[str, int, int], list[_Entry] | tuple[str, int | None]] = {}
_CACHE: dict[tuple[tuple[str, int, int], int], Register] = {}


def _file_key(path: Path, shown: str) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        raise ConfigError("register file not found", shown) from None
    if not S_ISREG(stat.st_mode):  # a FIFO would block the read forever
        from factlint.linter.config import regular_file_problem

        raise ConfigError(f"register {regular_file_problem(path)}", shown)
    return os.path.realpath(path), stat.st_mtime_ns, stat.st_size


def _load_entries(path: Path, shown: str) -> tuple[tuple[str, int, int], list[_Entry]]:
    key = _file_key(path, shown)
    if key not in _ENTRIES:
        from factlint.linter.safepath import UnsafePath, read_text

        try:
            text = read_text(path)  # non-blocking open, regular files only, size cap
            _ENTRIES[key] = _entries(text, shown)
        except UnsafePath as exc:
            _ENTRIES[key] = (f"register {exc}", None)
        except UnicodeDecodeError:
            _ENTRIES[key] = ("register is not UTF-8 text", None)
        except OSError as exc:
            _ENTRIES[key] = (f"cannot read register: {exc.strerror or exc}", None)
        except ConfigError as err:
            _ENTRIES[key] = (err.message, err.line)
    found = _ENTRIES[key]
    if isinstance(found, tuple):
        raise ConfigError(found[0], shown, found[1])
    return key, found


def check_register(path: str | Path, shown: str | None = None) -> None:
    """Read the register at ``path`` for form (the config does, when it names one), so a broken
    register is one error of the config; ``shown`` names it in errors (default: ``shown_path``)."""
    _load_entries(Path(path), shown or shown_path(path))


def load_register(path: str | Path, lex: Lexicon, shown: str | None = None) -> Register:
    """The register file at ``path`` (parsed once per process while the file is unchanged; a
    broken one fails the same way each time without being read again)."""
    p = Path(path)
    key, entries = _load_entries(p, shown or shown_path(p))
    if (key, id(lex)) not in _CACHE:
        _CACHE[(key, id(lex))] = _register(entries, shown or shown_path(p), lex)
    return _CACHE[(key, id(lex))]


def article_date(meta: dict, today: date) -> tuple[date, str | None]:
    """The article's date from front matter ``date``, or ``today`` with a note saying so."""
    value = meta.get("date")
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10]), None
        except ValueError:
            return today, f"front matter date {value!r} is not a date; checked against today, {today}"
    return today, f"the article has no date; checked against today, {today}"

"""The office register: who held which office of which country or organisation, from when to when.

A newsroom keeps it as YAML (config key ``register``) and FL203 compares the article's titles with
it on the article's date. The format is a list of terms::

    - person: Mikhail Mishustin
      aliases: [Mishustin]           # optional: other ways the article may write the name
      office: Prime Minister         # matched through analysis/data/roles.yaml ("Premier" = PM)
      organisation: Russia           # matched through demonyms/organisations ("Russian" = Russia)
      from: 2020-01-16
      to: null                       # optional; null or missing: still in office

A file that does not follow it is a ConfigError naming the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

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


def parse_register(text: str, path: str, lex: Lexicon) -> Register:
    """The register in ``text`` (the file at ``path``, named in errors)."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"register is not valid YAML: {getattr(exc, 'problem', None) or exc}",
                          path, mark.line + 1 if mark else None) from None
    register = Register(path)
    if root is None:
        return register
    if not isinstance(root, yaml.SequenceNode):
        raise ConfigError("register must be a list of terms (person, office, organisation, from, to)",
                          path, root.start_mark.line + 1)
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
        register.terms.append(Term(
            person=_scalar(values["person"], "person", path), aliases=aliases,
            office=_canonical_office(office_text, lex), office_text=office_text,
            organisation=_canonical_org(org_text, lex), start=start, end=end, line=line))
    return register


_CACHE: dict[tuple[str, float, int], Register] = {}


def load_register(path: str | Path, lex: Lexicon) -> Register:
    """The register file at ``path`` (parsed once per process while the file is unchanged)."""
    p = Path(path)
    try:
        key = (str(p), p.stat().st_mtime, id(lex))
    except OSError:
        raise ConfigError("register file not found", str(p)) from None
    if key not in _CACHE:
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read register: {exc.strerror or exc}", str(p)) from None
        except UnicodeDecodeError:
            raise ConfigError("register is not UTF-8 text", str(p)) from None
        _CACHE[key] = parse_register(text, str(p), lex)
    return _CACHE[key]


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

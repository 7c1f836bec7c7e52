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
file and the line. Reading and checking the file is the app's (``linter/register_file.py``); this
module is the register as data: its terms, and the article's date to compare them on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .lexicon import Lexicon, phrase_key


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
        return [
            t for t in self.terms if t.office == office and t.organisation == organisation and t.covers(day)
        ]


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


@dataclass(frozen=True)
class RegisterEntry:
    """A term as written, checked for form; ``Term`` adds the lexicon's canonical names."""

    person: str
    aliases: tuple[str, ...]
    office_text: str
    org_text: str
    start: date
    end: date | None
    line: int


def build_register(entries: list[RegisterEntry], path: str, lex: Lexicon) -> Register:
    return Register(
        path,
        [
            Term(
                person=e.person,
                aliases=e.aliases,
                office=_canonical_office(e.office_text, lex),
                office_text=e.office_text,
                organisation=_canonical_org(e.org_text, lex),
                start=e.start,
                end=e.end,
                line=e.line,
            )
            for e in entries
        ],
    )


def article_date(meta: dict, today: date) -> tuple[date, str | None]:
    """The article's date from front matter ``date``, or ``today`` with a note saying so."""
    value = meta.get("date")
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str) and value.strip():
        from .dates import article_date as read_date  # the forms FL402 reads ("5 March 2024")

        parsed = read_date(meta)
        if parsed is not None:
            return parsed, None
        return today, f"front matter date {value!r} is not a date; checked against today, {today}"
    return today, f"the article has no date; checked against today, {today}"

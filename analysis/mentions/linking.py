"""Linking mentions into entities: a surname or a family name to the full name met anywhere in
the article, two spellings of one name to one person, a role-only mention to the person who
holds that role, organisations and places by canonical name."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from factlint.linter.document import Document, Sentence, Span
from rapidfuzz import fuzz

from ..speech import REPORTING_VERBS
from ..text import lower_case_twin, twin_text, word_tokens
from .model import Entity, Mention, Mentions, RoleAssignment, surname_of


def _surname(name: str) -> str:
    return surname_of(name).lower()


def _is_full_person(m: Mention) -> bool:
    return m.kind == "person" and bool(m.name) and len(m.name.split()) >= 2


def _full_names(mentions: list[Mention]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Full names by surname ("Putin" in the headline before "Vladimir Putin" in the lede is
    still Putin), and spelling variants ("Gary Monk" -> "Garry Monk": one person)."""
    full_by_surname: dict[str, set[str]] = {}
    variant: dict[str, str] = {}
    for m in mentions:
        if not _is_full_person(m):
            continue
        names = full_by_surname.setdefault(_surname(m.name), set())
        same = next((n for n in names if n != m.name and fuzz.ratio(n, m.name) >= 85), None)
        if same is None:  # "Campos Neto" after "Roberto Campos Neto": a two-word surname
            same = next((n for n in names if n.endswith(" " + m.name) and len(n.split()) >= 3), None)
        if same is None:  # "Ana Roe" after "Ana Lucia Roe": a middle name dropped, or added
            same = next((n for n in names if _middle_name_apart(n, m.name)), None)
        if same is not None:
            variant[m.name] = variant.get(same, same)
        else:
            names.add(m.name)
    return full_by_surname, variant


def _middle_name_apart(one: str, other: str) -> bool:
    """Whether two full names of one surname differ only by middle names: the same first word,
    the shorter one's words all in the longer one in order ("Ana Roe", "Ana Lucia Roe")."""
    a, b = sorted((one.split(), other.split()), key=len)
    if len(a) == len(b) or a[0] != b[0]:
        return False
    rest = iter(b[1:])
    return all(word in rest for word in a[1:])


_FIRST_WORD = re.compile(r"[^\W\d_]")


def _first_word_start(text: str) -> int:
    found = _FIRST_WORD.search(text)
    return found.start() if found else 0


def _trim_openers(doc: Document, mentions: list[Mention], span_of) -> None:
    """ "Endorsing Lisa Duffy", "Substitute Lulic": a sentence opener glued to a name met before
    is cut off the name."""
    earlier: set[str] = set()
    for m in mentions:
        if (
            m.kind in ("person", "name")
            and m.name
            and len(m.name.split()) >= 2
            and m.name not in earlier
            and m.start == _first_word_start(doc.sentences[m.sentence].text)
        ):
            tail = m.name.split(" ", 1)[1]
            if tail in earlier or (
                len(tail.split()) == 1 and any(_surname(n) == tail.lower() for n in earlier)
            ):
                m.start += m.text.index(tail)
                m.name = m.text = tail
                m.span = span_of(doc.sentences[m.sentence], m.start, m.end)
        if _is_full_person(m):
            earlier.add(m.name)


def _temporal_sentence(doc: Document, m: Mention, offices_at: list[int]) -> bool:
    """Whether the sentence of ``m`` talks about a change of office (then two titles are fine).
    ``offices_at``: where the sentence's titles start."""
    text = doc.sentences[m.sentence].text
    said = _said_after(text, m.end)
    if said is not None and not _names_an_office(text, said, offices_at):
        # what the person says is not about their office unless it names one: "Mayor Roe said
        # the road would reopen once the water receded", "... reviewed in 2026"
        text = text[:said]
    if "ha" in text:  # "who has served as ... since 2019" holds the office still: no change
        # (blanked, not removed: offsets into the sentence stay right)
        text = _STILL_SERVING.sub(
            lambda s: _SERVICE_WORDS.sub(lambda w: " " * len(w.group(0)), s.group(0)), text
        )
    # a year dates the office only next to the person ("Roe, mayor since 2019, said"); further
    # on it dates something else ("the deal, on the table since 2018")
    if _TEMPORAL_YEAR.search(text, max(0, m.start - _YEAR_REACH), m.end + _YEAR_REACH):
        return True
    scanned = twin_text(text) if _TEMPORAL_LOWER is not None else None
    if scanned is not None:
        return _TEMPORAL_LOWER.search(scanned) is not None  # type: ignore[union-attr]
    return bool(_TEMPORAL_SENTENCE.search(text))


def _said_after(text: str, end: int) -> int | None:
    """Where a reporting verb after the person's mention starts ("Mayor Roe, 52, said ..."); None
    when none follows."""
    return next((t.start for t in word_tokens(text) if t.start >= end and t.low in _REPORTING), None)


def _names_an_office(text: str, start: int, offices_at: list[int]) -> bool:
    """Whether the text from ``start`` names an office: a title, or a word for one ("the post")."""
    if any(at >= start for at in offices_at):
        return True
    return not _OFFICE_WORDS.isdisjoint(t.low for t in word_tokens(text) if t.start >= start)


_REPORTING = frozenset(REPORTING_VERBS.split("|"))
_OFFICE_WORDS = frozenset(
    "office post job role seat term position cabinet portfolio reshuffle title tenure mandate".split()
)

_TEMPORAL_SENTENCE = re.compile(
    # (naming or appointing someone else is no change of one's own office: "coach Roe named his
    # squad", "Mayor Roe appointed a new auditor")
    r"\b(became|become|becomes|becoming|elected|re-elected|"
    r"(?:appointed|named|nominated)(?! (?:his|her|their|its|a|an|the|two|three|several) )|promoted|"
    r"sworn|succeeded|succeeds|replaced|replaces|resigned|resigns|stepped down|steps down|"
    r"took over|takes over|served|serving|previously|(?<!\()formerly|until|once(?! again| more)|ousted|sacked|"
    r"fired(?! upon| on| at| into| back| shots?| rounds?| a shot| tear)|quit|retired|predecessor|successor|candidate|was made|demoted|"
    r"reshuffle|interim|acting|former|ex-|then-)\b",
    re.I,
)
_TEMPORAL_YEAR = re.compile(r"\b(?:in|since) \d{4}\b", re.I)
_YEAR_REACH = 60  # characters either side of the person's mention
_TEMPORAL_LOWER = lower_case_twin(_TEMPORAL_SENTENCE)
# present perfect service: "has served as", "have been serving as", and its "since 2019"
_STILL_SERVING = re.compile(
    r"\bha(?:s|ve)\s+(?:been\s+)?serv(?:ed|ing)\s+as\b(?:(?!\buntil\b)[^.;]){0,80}?\bsince\s+\d{4}\b", re.I
)
_SERVICE_WORDS = re.compile(r"serv(?:ed|ing)|since\s+\d{4}", re.I)


_PLACE = attrgetter("sentence", "start")  # (a mention's place, read in C)


class _Linker:
    def __init__(self, out: Mentions, doc: Document, span_of: Callable[[Sentence, int, int], Span]):
        self.out, self.doc = out, doc
        self.offices_at: dict[int, list[int]] = {}  # sentence -> where its titles start
        for m in out.mentions:
            if m.kind == "role":
                self.offices_at.setdefault(m.sentence, []).append(m.start)
        self.full_by_surname, self.variant = _full_names(out.mentions)
        person_names = {n for names in self.full_by_surname.values() for n in names}
        self.honorific_or_titled = {m.name for m in out.mentions if m.kind == "person" and m.name}
        _trim_openers(doc, out.mentions, span_of)
        still = {m.name for m in out.mentions if m.kind == "person"}
        for name in person_names - still:
            self.full_by_surname.get(_surname(name), set()).discard(name)
        self.person_names = person_names & still
        # full names by first word, lower case ("Xi" for "Xi Jinping"), grouped once
        self.by_first_word: dict[str, set[str]] = {}
        for n in self.person_names:
            self.by_first_word.setdefault(n.split()[0].lower(), set()).add(n)
        self.last_seen: dict[str, tuple[int, int]] = {}
        self.by_key: dict[tuple[str, str], Entity] = {}
        self.role_holder: dict[tuple[str, str | None], Entity] = {}

    def entity(self, kind: str, key: str) -> Entity:
        if (kind, key) not in self.by_key:
            self.by_key[(kind, key)] = Entity(len(self.out.entities), kind, key)
            self.out.entities.append(self.by_key[(kind, key)])
        return self.by_key[(kind, key)]

    def person_key(self, name: str) -> str:
        """The full name a person's mention stands for (itself when it is one, or unknown)."""
        if len(name.split()) >= 2:
            return self.variant.get(name, name)
        fulls = self.full_by_surname.get(_surname(name), set())
        if not fulls:  # "Xi" for "Xi Jinping": family name first
            fulls = self.by_first_word.get(name.lower(), set())
        if len(fulls) > 1:  # several people share the name: the latest mentioned
            recent = [n for n in fulls if n in self.last_seen]
            fulls = {max(recent, key=self.last_seen.get)} if recent else fulls
        return next(iter(fulls)) if len(fulls) == 1 else name

    def person(self, m: Mention) -> None:
        key = self.person_key(m.name or m.text)
        self.last_seen[key] = (m.sentence, m.start)
        if key in self.person_names or key in self.honorific_or_titled or m.link:
            m.kind = "person"
        if m.kind == "name" and key not in self.person_names:
            ent = self.entity("name", key)
        else:
            ent = self.entity("person", key)
            ent.full_name = key if len(key.split()) >= 2 else ent.full_name
        m.entity = ent.id
        ent.mentions.append(m)
        if not ent.introduced_by and len(ent.mentions) == 1 and m.link:
            ent.introduced_by = m.link
        if m.office:
            ent.roles.append(
                RoleAssignment(
                    m.office,
                    m.title or m.office,
                    m.jurisdiction,
                    m,
                    m.temporal or _temporal_sentence(self.doc, m, self.offices_at.get(m.sentence, [])),
                )
            )
            self.role_holder[(m.office, m.jurisdiction)] = ent
            self.role_holder.setdefault((m.office, None), ent)
            if m.office not in self.out.lexicon.offices:  # "culture minister": also "the minister"
                generic = m.office.rsplit(" ", 1)[-1]
                self.role_holder.setdefault((generic, m.jurisdiction), ent)
                self.role_holder.setdefault((generic, None), ent)

    def role(self, m: Mention) -> None:
        if m.name and m.link == "apposition":
            # a second title joined to a named one ("Jane Roe, Acme chairman and CEO"): its
            # holder's mention carries the first only
            ent = self.by_key.get(("person", self.person_key(m.name)))
            if ent is not None and all(r.office != m.office for r in ent.roles):
                ent.roles.append(RoleAssignment(m.office, m.title or m.office, m.jurisdiction, m, m.temporal))
        if m.name or m.relational:  # attached to a name (the person's mention carries it), or "his guest"
            return
        holder = self.role_holder.get((m.office, m.jurisdiction))
        if holder is None and m.jurisdiction is None:
            holder = self.role_holder.get((m.office, None))
        ent = holder if holder is not None else self.entity("role", f"{m.office}|{m.jurisdiction or ''}")
        m.entity = ent.id
        ent.mentions.append(m)

    def _surname_written_as_place(self, m: Mention) -> bool:
        """A one-word name chunk read as a place ("Park", "Hall") that is the surname of a person
        the article names in full."""
        name = m.name or m.text
        return (
            m.jurisdiction is None
            and len(name.split()) == 1
            and any(_surname(n) == name.lower() for n in self.full_by_surname.get(name.lower(), ()))
        )

    def run(self) -> None:
        for m in self.out.mentions:
            if m.kind in ("person", "name"):
                self.person(m)
            elif m.kind == "role":
                self.role(m)
            elif m.kind == "place" and self._surname_written_as_place(m):
                m.kind = "person"  # "Park" after "Health Minister Ryan Park"
                self.person(m)
            elif m.kind in ("org", "place", "source"):
                ent = self.entity(m.kind, m.name or m.text)
                m.entity = ent.id
                ent.mentions.append(m)
        for ent in self.out.entities:
            ent.mentions.sort(key=_PLACE)


def link_entities(out: Mentions, doc: Document, span_of: Callable[[Sentence, int, int], Span]) -> None:
    _Linker(out, doc, span_of).run()

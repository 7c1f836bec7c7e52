"""FL201 actor-without-setup."""

from __future__ import annotations

import re
from typing import Iterable, Literal

from factlint.analysis.mentions import Entity, EventRef, Mention, Mentions, compute
from factlint.analysis.lexicon import CABINET_TITLES, OFFICE_PREFIXES
from factlint.analysis.mentions.vocabulary import GROUP_NOUNS
from factlint.analysis.text import APOSTROPHE_WORD, WordGated, token_low, word_tokens
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option
from factlint.rules.fl201_names import (
    WHO_ACTS,
    after_initials,
    brand_case,
    introduced_in_passing,
    known_names,
    not_a_name,
    organisation_or_group,
    part_of_longer_name,
    sentences_with,
)

# Verbs by which two actors interact in one sentence ("praised", "met", "told"), in every form:
# regular verbs by their base form (the forms are made below), the rest written out.
_INTERACTING_VERBS = (
    "praise hail thank welcome greet host receive visit phone telephone urge warn criticise "
    "criticize accuse attack blame congratulate invite join talk discuss negotiate embrace dine "
    "lunch confer consult brief assure reassure promise pledge offer present award condemn rebuke "
    "back endorse defend challenge confront sue reply respond hand inform press lobby honour honor "
    "commend laud applaud rebuff snub hug salute interview sign approach contact ask call meet "
    "summon court thwart rebuke scold fire dismiss appoint nominate question petition caution "
    "console comfort advise visit reject overrule veto oppose describe mock ridicule deride chide "
    "slam blast lambast lambaste accompany escort decline sack suspend reprimand censure"
).split()
_IRREGULAR = (
    # "ordered Roe to ...": ordering someone (not "ordered that ...", "ordered all motorists")
    r"(?:ordered|orders)\s+(?=(?-i:[A-Z])|(?:him|her|them)\b)|"
    "met|rang|told|tells|telling|fined|spoke (?:with|to)|speaks (?:with|to)|hit out at|hits out at|"
    "(?:spoke|speaks|talked) by (?:tele)?phone (?:with|to)|wrote to|writes to|"
    "shook hands|shook|shakes hands|sat down|struck a deal|agreed with|agreed|sided with|"
    "clashed|argued with|appealed to|called on|calls on|dialogue|meeting with|"
    "apologi[sz](?:ed|es|e|ing) to|"
    "in talks with|together with|alongside|with the backing of|held talks|"
    "statement from|letter from|message from|invitation from|sent|gave|handed over|"
    "letter to|message to|call with|visit to|(?:to|will|would) see|"
    # "spent an hour with": the time between the verb and the partner
    r"(?:spent|spends|spend)\b[^,.;]{0,30}\bwith|"
    # "raised the matter with": the object between the verb and the partner
    r"(?:raised|raises|shared|shares)\b[^,.;]{0,30}\bwith|"
    # "toured the flooded drains with": a visit made together
    r"(?:toured|tours|inspected|inspects|visited|visits)\b[^,.;]{0,30}\bwith|"
    # "presented the winners' medals to": a thing handed over between the verb and the partner
    r"(?:presented|presents|handed|hands|awarded|awards)\b[^,.;]{0,30}\bto"
)


def _forms(verb: str) -> list[str]:
    """A regular English verb's forms: praise praises praised praising; brief briefs briefed."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing"}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):  # one short vowel: hug hugged, snub
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return sorted(forms, key=lambda form: (-len(form), form))  # the same pattern in every run


INTERACTION = re.compile(
    r"\b(" + _IRREGULAR + "|" + "|".join(f for v in _INTERACTING_VERBS for f in _forms(v)) + r")\b", re.I
)
MAX_CAST = 6
# Offices of a church or faith (roles.yaml): a late cleric is a note, not a splice (_titled_blocks).
_CLERGY = frozenset({"pope", "grand mufti", "archbishop", "patriarch", "rabbi", "imam"})
_VERB_BEFORE = WordGated(re.compile(INTERACTION.pattern + r"\s+(?:the\s+)?$", re.I))
# INTERACTION as most tests ask it: a sentence without one of its verbs is answered unscanned
_INTERACTS = WordGated(INTERACTION)


class ActorWithoutSetup(Rule):
    """An actor who enters late, already interacting with the cast, but was never introduced.

    What it flags:
        A person or office-holder first mentioned past the opening paragraphs who, in that very
        sentence, interacts with someone the story has already set up, an organisation it named
        or people it named by what they are ("the sheriff's office", "the two officers")
        (praises, meets, tells, urges...), with no introduction: no name and role given together,
        no apposition, no "who is ..." or "X will be the ...", and no earlier mention of the
        organisation or country the role belongs to (or of the body it describes instead of
        naming: "the head of the nurses' association").
        Also a definite reference to an event the article never reported: "their dialogue"
        with such a newcomer, or "the talks" with no earlier meeting, talks or dialogue. Also
        such an official who enters late only to speak ("..., the Secretary-General of the Arab
        League said."; "Brellcorp chief executive Tom Hale said", "Kell Premier Tom Hale said"
        when that firm or place is named nowhere else), and a speaker named by one name only
        whom the story never introduces ("..., Guo said." with no Guo named anywhere), or who enters acting on the cast ("Guo later criticised
        Putin", "Roe was summoned by Guo", "Advocate Guo told Roe"). Also a one-holder office of
        a country the story named, or of its own government ("The Minister of Commerce met
        Roe"), whose holder it never names (heads of state or government excepted), and the
        office of a body never mentioned that speaks ("The press office of the Kestrany Security
        Committee said ..."; a head's staff, "the mayor's office said", is left alone).
        "Late" counts paragraphs; in copy without paragraph breaks (one block, or a block too
        long to be one paragraph) every two sentences count as one, and the message gives the
        sentence number. In plain text each line is a paragraph when the lines are not
        hard-wrapped prose (wire copy often comes one paragraph per line).
        Not flagged: news agencies and outlets cited as sources (TASS, Interfax), people
        introduced with their role ("the Russian Prime Minister, Mikhail Mishustin"; a late
        "Ostrian Minister Jane Roe met ..." when the story ties her to it: named again, her
        trade the story's, her country or body named (also after her name: "Roe of the Trade
        Commission") unless she opens the sentence acting on the cast; else
        ``titled_newcomers``: a warning, a note if the title names no body, a warning for
        "Finance Minister Jane Roe told Hale" unless Hale is in the government), a role whose
        holder the next sentence names, a role first met in the opening paragraphs, indefinite
        newcomers ("a spokesman for the IMF"), roles without an organisation ("the minister"),
        a loose epithet right after the person it names ("Mr Corbyn ... the Labour leader
        said"), and anything inside a quotation (one run on from the sentence before included).

    Why it matters:
        A definite description presupposes that the reader knows who is meant. When the story
        never set that actor up, the sentence is usually a splice from another story, an edit
        that lost its introduction, or a machine-written hallucination: who is this?

    Bad:
        Putin met the Chinese leader in Moscow on Tuesday. [... six paragraphs on trade ...]

        The Chinese leader praised the President of the European Parliament during their
        dialogue.

    Good:
        Putin met the Chinese leader in Moscow on Tuesday. [... six paragraphs on trade ...]

        Later in Brussels, the President of the European Parliament, Roberta Metsola, spoke
        with the Chinese leader by phone; he praised her during their call.
    """

    id = "FL201"
    name = "actor-without-setup"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        opening: int = option(2, "opening paragraphs (the lede) that may bring in actors freely", ge=0)
        names: bool = option(
            False,
            "also flag bare personal names entering late and interacting (off: "
            "names are often introduced in ways the patterns do not see)",
        )
        events: bool = option(True, 'also flag definite references to unreported events ("their dialogue")')
        speakers: bool = option(
            True,
            'also flag a speaker named by surname only ("..., Guo said.") whom the story never introduces',
        )
        quoted: bool = option(
            True, "also flag an official who enters late only to speak, interacting with nobody"
        )

        titled_newcomers: Literal["off", "info", "warning"] = option(
            "warning",
            "also report a late official given a title and full name who deals with the cast when "
            "nothing ties the official to the story: not the person elsewhere, the title's country "
            "or body anywhere, nor the official's trade (a judge in a court story); warning: those "
            "whose title names a country or body block CI, titles that name none and clerics are "
            "info; info: all of them shown without blocking CI",
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        ms: Mentions = ctx.analysis(compute)
        opening = self.options.opening
        newcomers: dict[int, Entity] = {}  # sentence index -> the actor flagged there
        for ent in ms.entities:
            first = ent.first
            if ms.position(first.sentence) <= opening:
                continue
            unnamed = False  # an unnamed office of a country or body the story did name
            if not self._unintroduced(ent, ms):
                if not _unnamed_office(ent, ms):
                    continue
                unnamed = True
            sentence = doc.sentences[first.sentence]
            partners = self._partners(ms, first, ent)
            interacts = _INTERACTS.search(sentence.text) is not None
            group = None
            if not partners and ent.kind == "role" and not first.name and interacts:
                # "... urged the Met Office to", "... briefed the sheriff's office"
                group = _organisation_partner(ms, first) or _group_partner(doc, first)
            if (not partners and group is None) or not interacts:
                if unnamed and first.jurisdiction is not None:
                    continue  # (it must deal with the cast: a known country's official may just speak)
                end = _place_ends_the_body(ms, first) if ent.kind == "role" else first.end
                if (
                    self.options.quoted
                    and ent.kind == "role"
                    and not first.name
                    and first.office not in SPEAKING_OFFICES
                    and _official_speaks(sentence.text, first.start, end)
                    and not _epithet_of_the_last_person(ms, first)
                    and not _headline_line(doc, first.sentence)
                ):
                    newcomers.setdefault(first.sentence, ent)
                    where = first.jurisdiction_text or first.jurisdiction
                    if end != first.end:
                        where = f"{where}{sentence.text[first.end : end]}"
                    never = f"introduced this official or {where}" if where else "named this official"
                    phrase = _quoted(first) + sentence.text[first.end : end]
                    yield self.finding(
                        doc.sub_span(sentence, first.start, end),
                        f"'{phrase}' speaks in {ms.where(first.sentence)}, but the "
                        f"story never {never}: give the name and "
                        f"say why they speak here; cast so far: "
                        f"{_names(ms.cast_before(first.sentence), MAX_CAST)}",
                        key_texts=[sentence.text, first.text],
                    )
                continue
            newcomers.setdefault(first.sentence, ent)
            if group is not None:
                phrase, (named, earlier) = group
                yield self.finding(
                    first.span,
                    f"'{_quoted(first)}' enters in {ms.where(first.sentence)} interacting with "
                    f"{phrase}, but was never introduced; cast so far: "
                    f"{_names(ms.cast_before(first.sentence), MAX_CAST)}",
                    related=[Related(earlier, message=f"'{named}' named here")],
                    key_texts=[sentence.text, first.text],
                )
                continue
            cast = _with(ms.cast_before(first.sentence), partners)
            yield self.finding(
                first.span,
                f"'{_quoted(first)}' enters in {ms.where(first.sentence)} "
                f"interacting with {_names(partners)}, but was never introduced; "
                f"cast so far: {_names(cast, MAX_CAST)}",
                related=_first_mentions(partners),
                key_texts=[sentence.text, first.text],
            )
        yield from self._titled_surnames(doc, ms, opening, newcomers)
        if self.options.titled_newcomers != "off":
            yield from self._titled_newcomers(doc, ms, opening, newcomers)
        if self.options.quoted:
            yield from self._offices(doc, ms, opening, newcomers)
        if self.options.events:
            yield from self._events(doc, ms, opening, newcomers)
        if self.options.speakers:
            yield from self._surname_speakers(doc, ms, opening, newcomers)

    def _titled_surnames(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """A newcomer given a minor title and a surname only ("Councilor Pruett thanked Bell"):
        no first name anywhere and no body the title belongs to, entering late to deal with
        the cast. (Heads of state or government are left alone: "President Biden" needs no
        first name.)"""
        for ent in ms.entities:
            first = ent.first
            sentence = doc.sentences[first.sentence]
            calling = _professional_honorific(sentence.text, first) if first.link == "honorific" else None
            if (
                ent.kind != "person"
                or ent.full_name
                or len(ent.key.split()) != 1
                or (calling is None and (first.link != "premodifier" or first.office not in _MINOR_TITLES))
                or first.jurisdiction is not None
                or first.temporal
                or first.in_quote
                or first.sentence in newcomers
                or ms.position(first.sentence) <= opening
            ):
                continue
            partners = self._partners(ms, first, ent)
            if not partners or _INTERACTS.search(sentence.text) is None:
                continue
            newcomers[first.sentence] = ent
            whose = f"who this {calling.lower()} is" if calling else f"whose {first.office} this is"
            yield self.finding(
                first.span,
                f"'{calling or first.title} {first.text}' enters in {ms.where(first.sentence)} interacting with "
                f"{_names(partners)}, but the story never gives {ent.display}'s full name or "
                f"{whose}; cast so far: "
                f"{_names(_with(ms.cast_before(first.sentence), partners), MAX_CAST)}",
                related=_first_mentions(partners),
                key_texts=[sentence.text, first.text],
            )

    def _titled_newcomers(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """A newcomer with a title and a full name ("Estonian Foreign Minister Marko Tammsalu
        said he had asked Tillerson ...") whose office belongs to a country or body the story
        never named (or to none it names), entering late to deal with the cast, with nothing in
        the rest of the story to tie the official to it (see ``_belongs``)."""
        words: dict[str, set[int]] | None = None  # (made for the first candidate only)
        for ent in ms.entities:
            first = ent.first
            office = _office(ms, first.office)
            if (
                ent.kind != "person"
                or not ent.full_name
                or first.link not in ("premodifier", "apposition")
                or office is None
                or first.temporal
                or first.in_quote
                or first.sentence in newcomers
                or ms.position(first.sentence) <= opening
            ):
                continue
            sentence = doc.sentences[first.sentence]
            jurisdiction = _whose_office(ms, first, office, sentence.text)
            if jurisdiction is _TIED or _after_its(sentence.text, first):
                continue  # (or "The Sun and its owner Rupert Murdoch": the body just named is theirs)
            # "union president Jane Roe": a body's head, not a head of state
            of_a_body = not set(_title_words(ms, sentence.text, first)).isdisjoint(GROUP_NOUNS)
            # "Ostrian Foreign Minister Jane Roe later told Hale ...": the title opens the sentence
            # and the official acts at once on someone the story set up. Copy that brings in an
            # official so late says why they are there; the country or body named elsewhere
            # does not (an Ebola story naming Kenya once sets up no Kenyan minister)
            acting = jurisdiction is not None and _opens_acting(ms, sentence.text, first)
            # "Finance Minister Jane Roe told Hale ...": a minister of no named country who opens
            # the sentence acting on the cast is the story's own government's, and as much a
            # newcomer there as a foreign one (one who only speaks, or a head, is left alone)
            minister = (
                jurisdiction is None
                and not of_a_body
                and (office.group == "cabinet" or office.name in CABINET_TITLES)
                and _opens_acting(ms, sentence.text, first)
            )
            acting = acting or minister
            if jurisdiction is not None:
                if ms.mentioned_before(jurisdiction, first.sentence) and not acting:
                    continue
            elif (
                (
                    office.group in ("head", "executive", "cabinet", "opposition")
                    or office.name in CABINET_TITLES
                )
                and not of_a_body
                and not minister
            ):
                continue  # "President Joe Biden", "Shadow Health Secretary X": whose post is clear to a reader
            head = _a_head(ms, office, jurisdiction, of_a_body, acting)
            if head == "news":
                continue
            partners = self._partners(ms, first, ent)
            if minister and any(_in_government(ms, p) for p in partners):
                continue  # "Consumer Affairs Minister Ana Ruiz thanked Henk": a colleague's
            group = None if partners else _organisation_partner(ms, first, _title_start(sentence.text, first))
            interacting = bool(partners or group) and _INTERACTS.search(sentence.text) is not None
            # "..., said Ostrian Trade Minister Jane Roe.": an official of a country or body the
            # story names nowhere else who enters late only to speak is as unset as one who acts
            speaks = (
                not interacting
                and not acting
                and self.options.quoted
                and _speaks_for_a_place(ms, first, office, jurisdiction, sentence.text)
            )
            if not (speaks or (interacting and head != "speaking only")):
                continue
            if words is None:
                words = _sentences_by_word(doc)
            if _belongs(ms, ent, office, sentence.text, words, by_name=not acting):
                continue
            newcomers[first.sentence] = ent
            if speaks:
                yield self._speaker_finding(ms, ent, jurisdiction, office.name)
                continue
            dealt = _names(partners) if group is None else group[0]
            whose = jurisdiction or f"says whose {first.title.lower()} this is"
            if minister:
                whose = f"why the {first.title.lower()} deals with {dealt}"
            elif acting and ms.mentioned_elsewhere(jurisdiction, first.sentence):
                whose = f"why an official of {jurisdiction} deals with {dealt}"
            yield self.finding(
                first.span,
                f"'{first.title} {first.text}' enters in {ms.where(first.sentence)} interacting with "
                f"{dealt}, but the story never set up {ent.display} or {whose}: say why "
                f"this official is in the story; cast so far: "
                f"{_names(_with(ms.cast_before(first.sentence), partners), MAX_CAST)}",
                related=_first_mentions(partners),
                severity=None
                if minister or self._titled_blocks(jurisdiction, office.name)
                else Severity.INFO,
                key_texts=[sentence.text, first.text],
            )

    def _speaker_finding(self, ms: Mentions, ent: Entity, jurisdiction: str, office: str) -> Finding:
        """The finding for a titled official of a place never named who only speaks."""
        first = ent.first
        return self.finding(
            first.span,
            f"'{first.title} {first.text}' speaks in {ms.where(first.sentence)}, but the story "
            f"never set up {ent.display} or {jurisdiction}: say why this official speaks "
            f"here; cast so far: {_names(ms.cast_before(first.sentence), MAX_CAST)}",
            severity=None if self._titled_blocks(jurisdiction, office) else Severity.INFO,
            key_texts=[ms.doc.sentences[first.sentence].text, first.text],
        )

    def _titled_blocks(self, jurisdiction: str | None, office: str) -> bool:
        """Whether a titled newcomer is a warning: only when the option asks for warnings and the
        title says whose office it is ("Ostrian Foreign Minister"), the shape of a splice from
        another story. A title that names no country or body ("spokesperson Jane Roe", "chief
        executive Tom Hale") is nearly always of the body the sentence deals with, and a
        cleric's ("Anglican Bishop") comes with the service or ceremony the story reports: both
        stay notes."""
        return (
            self.options.titled_newcomers == "warning" and jurisdiction is not None and office not in _CLERGY
        )

    def _offices(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """An office or division that speaks or acts for a body the story never mentioned ("The
        press office of the State Security Committee said ..."); an official's own office is
        left alone (see the rule's docs)."""
        for sentence in doc.sentences:
            low = sentence.text.lower()
            if (
                sentence.index in newcomers
                or not any(map(low.__contains__, _UNITS))  # (prefilter: most sentences have none)
                or ms.position(sentence.index) <= opening
            ):
                continue
            found = _unit_and_owner(sentence.text)
            if found is None:
                continue
            start, end, owner = found
            if _in_quote(ms, sentence.index, start) or not (
                _official_speaks(sentence.text, start, end)
                or re.match(_OFFICIAL_VERBS, sentence.text[end : end + 60]) is not None
            ):
                continue
            if _titled(ms.lexicon, owner):
                # an official's own office ("the Governor's office said"): copy cites a head's
                # staff so, and whose head is plain from the story's place (a flood story's state
                # governor); an editor would not ask
                continue
            # (a lower-case body of a place named before is that place's: "the Lakeside city
            # council" after "Lakeside")
            named = owner.lower()
            words = list(word_tokens(owner))
            while len(words) > 1 and not words[-1].cap:
                words.pop()
            named_part = owner[: words[-1].end].lower()
            if any(
                named in earlier.text.lower() or named_part in earlier.text.lower()
                for earlier in doc.sentences[: sentence.index]
            ):
                continue  # the body was named before
            newcomers[sentence.index] = None  # type: ignore[assignment]
            phrase = sentence.text[start:end]
            yield self.finding(
                doc.sub_span(sentence, start, end),
                f"'{phrase}' speaks in {ms.where(sentence.index)}, but the story never mentioned "
                f"{owner}: say whose office this is; cast so far: "
                f"{_names(ms.cast_before(sentence.index), MAX_CAST)}",
                key_texts=[sentence.text, phrase],
            )

    def _surname_speakers(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """A speaker named by surname only ("..., Guo said.") whom the story never introduced:
        no full name, title, honorific or role anywhere in it."""
        lex = ms.lexicon
        known = lex.derived(known_names)
        prose = "\n".join(s.text for s in doc.sentences)  # (one text to search, not one per sentence)
        for ent in ms.entities:
            if ent.kind not in ("name", "person") or ent.full_name or ent.roles or ent.introduced_by:
                continue
            name = ent.key
            if (
                len(name.split()) != 1
                or not name[:1].isupper()
                or name.isupper()
                or (name.endswith("s") and name[:-1].isupper())  # "MPs", "CEOs": a plural abbreviation
                or any(m.link or m.office or (m.name or m.text) != name for m in ent.mentions)
                or name.lower() in known
                or not_a_name(name)
                or ms.position(ent.first.sentence) <= opening  # the lede's own subject, not a late actor
            ):
                continue
            # whether the name speaks (or acts) where a finding could stand, before the tests
            # that read the whole story for it (each is a condition of the finding alone, so
            # their order is free; most one-word names never speak)
            spoken = next(
                (
                    m
                    for m in ent.mentions
                    if not m.in_quote
                    and (
                        _speaks(doc.sentences[m.sentence].text, m.start, m.end)
                        or (m is ent.first and _acts_on_the_cast(ms, m))  # enters acting
                    )
                ),
                None,
            )
            if spoken is None or spoken.sentence in newcomers or ms.position(spoken.sentence) <= opening:
                continue
            if (
                brand_case(name)
                or part_of_longer_name(doc, name)
                or introduced_in_passing(doc, ent, lex)
                or organisation_or_group(doc, ent, prose)
                or after_initials(doc, ent)
                or _named_in_capitals(doc, name, ent.first.sentence)
            ):
                continue
            if _after_and_a_name(doc, ent):
                continue  # "Pacific Gas and Electric said", "Marks and Spencer said": a firm
            if (
                name.endswith("s")
                and (not name.endswith(_SURNAME_ENDINGS) or name.lower() in _PLURALS_LIKE_SURNAMES)
                and all(m.start == _first_word(doc.sentences[m.sentence].text) for m in ent.mentions)
            ):
                continue  # "Authorities said", "Prosecutors said": a plural, not a surname
            sentence = doc.sentences[spoken.sentence]
            cast = ms.cast_before(spoken.sentence)
            quoted = _speaks(sentence.text, spoken.start, spoken.end)
            yield self.finding(
                spoken.span,
                f"'{name}' {'is quoted' if quoted else 'acts'} in {ms.where(spoken.sentence)} "
                f"by one name only, but the "
                f"story never says who {name} is (no full name or role anywhere); "
                f"cast so far: {_names(cast, MAX_CAST)}",
                key_texts=[sentence.text, name],
            )

    def _unintroduced(self, ent: Entity, ms: Mentions) -> bool:
        first = ent.first
        if first.in_quote or first.relational:
            return False
        if ent.kind == "role":
            # a definite office of a named organisation or country the story never mentioned
            if not first.definite or first.jurisdiction is None:
                return False
            if _post_nominal(first) or _name_ends_the_body(ms, first):
                return False
            office = ms.lexicon.offices.get(first.office or "")
            if office is not None and office.group == "club-player":
                return False  # "the Brazil midfielder" is an epithet for a player already named
            if _named_next(ms, first) or _cut_from_a_longer_name(ms, first):
                return False
            if first.described:  # "the nurses' association": any earlier "association" sets it up
                return not _written_before(ms.doc, first.jurisdiction.rsplit(" ", 1)[-1], first.sentence)
            return not ms.mentioned_before(first.jurisdiction, first.sentence)
        if ent.kind == "person" and self.options.names:
            return (
                first.link is None
                and not first.office
                and not ent.introduced_by
                and len((ent.full_name or "").split()) >= 2
            )
        return False

    def _partners(self, ms: Mentions, first: Mention, ent: Entity) -> list[Entity]:
        """Actors of the sentence who were set up before it (a lead named in capitals counts:
        "JANE ROE has stepped down ..." sets up a later "Roe")."""
        out: list[Entity] = []
        for m in ms.in_sentence(first.sentence):
            other = ms.entity(m)
            if other is None or other is ent or m.in_quote:
                continue
            if other.kind not in ("person", "role") and not (
                other.kind == "name"
                and (
                    _named_in_capitals(ms.doc, other.key, first.sentence)
                    or (_named_twice_before(other, first) and _object_of_interaction(ms.doc, m))
                )
            ):
                continue
            if (other.first.sentence < first.sentence or other.kind == "name") and other not in out:
                out.append(other)
        return out

    def _events(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        for ev in ms.events:
            if ev.determiner is None:
                continue
            if ms.position(ev.sentence) <= opening:
                continue
            newcomer = newcomers.get(ev.sentence)
            sentence = doc.sentences[ev.sentence]
            if newcomer is not None and ev.determiner in ("their", "his", "her"):
                why = (
                    f"an event with {newcomer.display}, who enters only here; "
                    f"no earlier meeting, talks or call involves them"
                )
            elif (
                ev.family == "talk"
                and ev.determiner in ("the", "their")
                and not ev.complemented
                and ev.family not in ms.event_families_before(ev.sentence)
                and not _same_sentence_setup(ms, ev)
                and not _to_the_reader(sentence.text)
                and not _gathering_before(doc, ev.sentence)
                and not _exchange_before(ms, ev.sentence)
            ):
                why = f"a {_family_words(ev.family)} the story never reported: say who met and when"
            else:
                continue
            cast = ms.cast_before(ev.sentence)
            if not cast and newcomer is None:
                continue  # nobody set up yet: "the meeting" is the story's own (a body's sitting)
            yield self.finding(
                ev.phrase_span or ev.span,
                f"'{ev.phrase}' refers to {why}; cast so far: {_names(cast, MAX_CAST)}",
                key_texts=[sentence.text, ev.phrase],
            )


# "..., Guo said." / "Guo told reporters" / "said Guo": the name as the speaker of a statement.
_SPEECH_VERB_WORDS = (
    r"said|says|told|tells|added|adds|explained|noted|stated|wrote|argued|insisted|"
    r"warned|recalled|acknowledged|admitted|cautioned|stressed|asked|declined to comment"
)
_SPEECH_VERBS = rf"(?:{_SPEECH_VERB_WORDS})"
# "X added to ..." is an increase, not speech ("Insult added to injury", "Rain added to the woes")
_SPEAKER_AFTER = re.compile(
    r"^\s+(?:later\s+|also\s+|then\s+|earlier\s+|again\s+)?"
    + _SPEECH_VERBS
    + r"\b(?!\s+(?:it|its)\b)(?<!added(?=\s+to\b))(?<!adds(?=\s+to\b))"
)
# ("According to ..." opens many sentences: case-blind; a reaction "welcomed by X" is X's word)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|according to|"
    r"(?:described|dismissed|called|branded|welcomed|criticised|criticized|condemned|hailed)"
    r"\b[^.]{0,40}\bby)\s+$",
    re.I,
)


# Offices news copy uses as an epithet for someone just named ("the Labour leader", "the Tory
# boss"); "the head of X said" after a person is a new speaker as often (a results story).
_EPITHET_OFFICES = frozenset({"leader", "boss"})


# "the sheriff's office", "the army's commanders": a group named by a common noun (GROUP_NOUNS)
# ... or the story's people named by what they are or do ("the two officers", "the injured",
# "Boeing executives", "the club's management")
_PEOPLE_NOUNS = frozenset(
    """officers police victims injured wounded survivors residents families relatives workers staff
    employees executives management players squad team club fans supporters protesters students
    pupils teachers doctors nurses firefighters rescuers passengers crew soldiers troops villagers
    farmers miners prisoners inmates detainees hostages refugees migrants shareholders investors
    jury organisers organizers lawmakers legislators delegation delegates selectors referees
    umpires crowd spectators picketers members voters observers monitors candidates party
    companies firms exporters importers growers producers traders suppliers retailers landlords
    tenants contractors operators""".split()
)
_GROUP = re.compile(
    r"(?:\bthe|\b(?-i:[A-Z])[\w&.-]*(?:'s|’s|'|’)?)\s+((?:[a-z0-9'’-]+\s+){0,2}("
    + "|".join(sorted(GROUP_NOUNS | _PEOPLE_NOUNS))
    + r"))\b"
)


# "told Orvane executives", "met Kestra officials": a body the story named, dealt with through its
# people (the body is the partner however rarely the story named it)
_ITS_PEOPLE = re.compile(
    r"\s+(?:executives|officials|staff|representatives|management|bosses|negotiators|leaders"
    r"|delegation|delegates|envoys|diplomats|managers|directors)\b"
)


def _named_twice_before(ent: Entity, first: Mention) -> bool:
    """Whether a name the lists do not know (a firm, a person by one name: "Orvane") was in two
    sentences before: the story's own, not a passing word."""
    return len({m.sentence for m in ent.mentions if m.sentence < first.sentence}) >= 2


def _object_of_interaction(doc: Document, m: Mention) -> bool:
    """Whether the mention is what an interacting verb acts on: "told Orvane", "met the Orvane
    board" (not a place the sentence happens to name: "in Indiana")."""
    return _VERB_BEFORE.search(doc.sentences[m.sentence].text, 0, m.start) is not None


def _named_in_capitals(doc: Document, name: str, sentence: int) -> bool:
    """Whether a sentence before ``sentence`` writes the name in capitals ("HELGA MARTENSSON has
    stepped down ..."): a lead set up in a capitalised first line, as wire copy opens."""
    caps = name.upper()
    if caps == name or len(caps) < 3 or next(iter(sentences_with(doc, caps)), None) is None:
        return False
    return any(
        any(t.text == caps for t in word_tokens(s.text))
        for s in doc.sentences[:sentence]
        if caps in s.text  # (prefilter: a substring test before the tokens)
    )


def _first_mentions(partners: list[Entity]) -> list[Related]:
    """Where each partner of a newcomer was first mentioned: the finding's related places."""
    return [Related(p.first.span, message=f"{p.display} first mentioned here") for p in partners]


def _cut_from_a_longer_name(ms: Mentions, first: Mention) -> bool:
    """Whether a title word stands right before the role's own body ("General Electric CEO":
    the firm is General Electric, its first word read as a rank)."""
    before = word_tokens(ms.doc.sentences[first.sentence].text[max(0, first.start - 20) : first.start])
    return bool(before) and before[-1].cap and (before[-1].low,) in ms.lexicon.titles


def _unnamed_office(ent: Entity, ms: Mentions) -> bool:
    """A definite office that one person holds at a time, of a country or body the story named
    ("Kestrany's energy minister later told Henk ..." after "Kestrany"), whose holder the story
    never names or mentions before: the reader knows the country, not who this is."""
    first = ent.first
    # (a post the lists do not name but its title's shape tells: "the fisheries minister")
    office = ms.lexicon.office(first.office or "")
    if (
        ent.kind != "role"
        or office is None
        or not (
            office.unique
            or office.group in ("cabinet", "deputy-head")  # (a government's treasurer, a deputy premier)
            # "the DVAC director": an agency's head, its acronym written before the title
            or (first.office in _AGENCY_HEADS and _acronym_before_title(first))
            or _minister_in_an_office(ms, first)
        )
        or office.group == "club-player"
        or not first.definite
        # (no country or body written: the story's own government's post, given as a formal
        # title, "The Minister of Commerce met ...", "The Auditor General told ..."; a firm's or
        # a club's post needs its firm or club)
        or (
            first.jurisdiction is None
            and not (_national_post(first, office) or _minister_in_an_office(ms, first))
        )
        # (a head of state or government is known by the office: "the French President"; the
        # head of a body is not: "the secretary general of <bloc> called ...")
        or (office.group == "head" and not _a_body(ms, first.jurisdiction))
        or first.temporal
        or first.described
        or first.in_quote
        or first.relational
        or len(ent.mentions) > 1  # (referred to again: the story treats it as known)
    ):
        return False
    for m in ms.mentions:
        if m.sentence >= first.sentence:
            break  # (the mentions run in sentence order: the extractor adds them sentence by sentence)
        if m.office == first.office and m.jurisdiction in (None, first.jurisdiction) and not _generic(m):
            return False  # the office appeared before: a holder the story set up
    return not _named_next(ms, first) and not _cut_from_a_longer_name(ms, first)


# "The Minister at the Prime Minister's Office", "the Minister in the Presidency": a formal post
# of the government's own, one holder at a time, named by where it sits
_IN_AN_OFFICE = re.compile(r"\s+(?:at|in)\s+the\s+(?:[A-Z][\w'’]*\s+){0,4}(?:Office|Department|Presidency)\b")


def _minister_in_an_office(ms: Mentions, first: Mention) -> bool:
    """Whether a capitalised bare "Minister" is one posted to the head of government's office."""
    return (
        first.office == "minister"
        and first.title[:1].isupper()
        and _IN_AN_OFFICE.match(ms.doc.sentences[first.sentence].text, first.end) is not None
    )


def _titled(lex, owner: str) -> bool:
    """Whether the owner of an office is an official: a title ends it ("the Governor's office"),
    or a title and the holder's full name ("the office of Skopje Mayor Ana Roe")."""
    words = [t for t in word_tokens(owner) if t.is_word]
    low = tuple(t.low for t in words)
    if lex.titles.get(low[-2:]) or lex.titles.get(low[-1:]):
        return True
    for k in range(len(low) - 2):
        for n in (1, 2):
            rest = words[k + n :]
            if lex.titles.get(low[k : k + n]) and len(rest) >= 2 and all(t.cap for t in rest):
                return True
    return False


def _national_post(first: Mention, office) -> bool:
    """Whether a title without a country or body is a government's own post written as a formal
    title: a cabinet post, a deputy head of government or a one-holder office of no group ("The
    Minister of Commerce", "The Auditor General"); not a head of state or government, known by
    the office alone."""
    if not first.title[:1].isupper():
        return False
    if office.group == "cabinet":  # (not a junior post: "Assistant Minister for Foreign Affairs")
        return office.portfolio not in OFFICE_PREFIXES
    return office.group == "deputy-head" or (office.unique and office.group is None)


def _a_body(ms: Mentions, name: str) -> bool:
    """Whether ``name`` is an organisation, not a country: one the lists know, or an acronym
    no country goes by ("ASEAN", "FIFA")."""
    lex = ms.lexicon
    if name in lex.orgs.values() or name in lex.orgs_cased.values():
        return True
    return (
        name.isupper()
        and len(name) > 1
        and name not in lex.places_cased.values()
        and name not in lex.places.values()
    )


def _generic(m: Mention) -> bool:
    """Whether an office is written of no one in particular: indefinite ("a finance minister
    sets tariffs") or plural ("finance ministers of the region")."""
    return (
        m.kind == "role"
        and not m.name
        and (
            m.determiner in ("a", "an") or m.text.lower().endswith((m.office or "-").rsplit(" ", 1)[-1] + "s")
        )
    )


# Titles that, written after an agency's acronym ("the FDA director"), name its one head
_AGENCY_HEADS = frozenset({"director", "chairman"})


def _acronym_before_title(first: Mention) -> bool:
    """Whether the role is written "the <ACRONYM> <title>" ("The DVAC director")."""
    words = [w for w in word_tokens(first.text) if w.is_word]
    body = first.jurisdiction_text or ""
    return (
        len(words) == 3
        and words[0].low == "the"
        and words[1].text == body
        and len(body) >= 2
        and body.isupper()
    )


# An office or division of a body ("press office", "enforcement division")
_UNITS = ("office", "division", "department", "bureau", "wing")
_UNIT_MODIFIERS = frozenset("press media communications public enforcement operations legal".split())


_OWNER_BODIES = frozenset(
    "administration government council authority ministry commission committee agency".split()
)


# The level of government a lower-case word gives before a body's name ("the federal Trade Board")
_LEVELS = frozenset("state federal provincial national regional county city municipal".split())


def _unit_and_owner(text: str) -> tuple[int, int, str] | None:
    """The definite office or division opening a clause and its owner, a capitalised name: "the
    Harbour Board's office" (owner "Harbour Board"), "the press office of the State Security
    Committee" (owner "State Security Committee"): (start, end, owner)."""
    toks = word_tokens(text)
    for i, t in enumerate(toks):
        if t.low not in _UNITS or t.cap:
            continue  # ("the Office of the Attorney General" is a name the mentions read)
        j = i - 1
        while j >= 0 and (toks[j].low in _UNIT_MODIFIERS or _hyphened(toks, j)):
            j -= 1  # ("the press office", "the food-safety office")
        if t.low == "wing" and j == i - 1:
            continue  # only a press or media wing speaks for its body ("the right wing of")
        if j >= 1 and toks[j].text in ("'s", "’s"):
            k = j - 1
            while k >= 0 and toks[k].low != "the" and toks[k].cap:
                k -= 1
            if k < 0 or toks[k].low != "the" or k == j - 1:
                continue
            return toks[k].start, t.end, text[toks[k + 1].start : toks[j - 1].end]
        if j >= 0 and toks[j].low == "the" and i + 2 < len(toks) and toks[i + 1].low == "of":
            k = i + 2 + (1 if toks[i + 2].low == "the" else 0)
            if k + 1 < len(toks) and toks[k].low in _LEVELS and toks[k + 1].cap:
                k += 1  # "the office of the state Harbour Commission": the level is no part of the name
            m = k
            while m < len(toks) and (
                toks[m].cap or toks[m].low in ("of", "and", "for") or _hyphened(toks, m)
            ):
                m += 1  # ("the Inter-American Development Bank")
            while m > k and not toks[m - 1].cap:
                m -= 1
            if m > k:
                # "the Luang Prabang provincial administration": a lower-case body after the name
                for n in (m, m + 1):
                    if (
                        n < len(toks)
                        and toks[n].low in _OWNER_BODIES
                        and all(t.is_word for t in toks[m : n + 1])
                    ):
                        m = n + 1
                        break
                return toks[j].start, toks[m - 1].end, text[toks[k].start : toks[m - 1].end]
    return None


_TIED = "(a body the story names elsewhere)"


def _whose_office(ms: Mentions, first: Mention, office, text: str) -> str | None:
    """The country or body a titled newcomer's office belongs to, as the title gives it or as
    written after the name ("Commissioner Jane Roe of the Trade Commission"); ``_TIED`` when
    the body after the name is one the story names elsewhere (she is its official)."""
    jurisdiction = first.jurisdiction
    if jurisdiction is not None:
        # "Consumer Affairs Minister X": a portfolio, not whose
        return (
            None if _portfolio(ms, office, jurisdiction) else _city_office(ms, first, office) or jurisdiction
        )
    body = _body_after_name(text, first.end)
    if (
        body is not None
        and ms.mentioned_elsewhere(body, first.sentence)
        and not _opens_acting(ms, text, first)
    ):
        return _TIED  # (one who opens the sentence acting is tied by no more than a title's body)
    return body


def _city_office(ms: Mentions, first: Mention, office) -> str | None:
    """The city a mayor's title names when the lists read it as its country's capital ("Accra
    Mayor Jane Roe": Accra's mayor, not Ghana's; naming Ghana does not set her up)."""
    written = first.jurisdiction_text
    if (
        office.name != "mayor"
        or not written
        or first.jurisdiction not in ms.lexicon.derived(_countries)
        or written.lower() == first.jurisdiction.lower()
    ):
        return None
    return written


def _body_after_name(text: str, end: int) -> str | None:
    """The body a title's holder is "of", written right after the name: "Commissioner Jane Roe
    of the Trade Commission told ..." gives "Trade Commission" (capitalised words, joined by
    "of", "and", "for" inside)."""
    toks = word_tokens(text[end : end + 120])
    while len(toks) > 1 and toks[0].text == "-" and not toks[1].space_before:
        toks = toks[2:]  # the rest of a hyphened name the mentions cut ("Kim Song-chol")
    gap = text[end : end + toks[0].start] if toks else ""
    if len(toks) < 2 or toks[0].low != "of" or not (gap == " " or (gap[:1] == "-" and gap.count(" ") == 1)):
        return None
    k = 2 if toks[1].low == "the" else 1
    m = k
    while m < len(toks) and (toks[m].cap or (m > k and toks[m].low in ("of", "and", "for", "'s", "’s"))):
        m += 1
    while m > k and not toks[m - 1].cap:
        m -= 1
    if m == k:
        return None
    if text[end + toks[m - 1].end :].startswith((", who", " who", ", whose", " whose")):
        return None  # "Mayor Jane Roe of Lakeside, whose port ...": the clause says who she is
    return text[end + toks[k].start : end + toks[m - 1].end]


def _hyphened(toks: list, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word, or a word joined by one to the word beside
    ("food-safety", "Inter-American": the tokens cut them in three)."""
    if toks[i].text == "-":
        return 0 < i < len(toks) - 1 and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start
    return (i > 0 and toks[i - 1].text == "-" and toks[i - 1].end == toks[i].start) or (
        i + 1 < len(toks) and toks[i + 1].text == "-" and toks[i].end == toks[i + 1].start
    )


def _in_quote(ms: Mentions, sentence: int, start: int) -> bool:
    return any(m.in_quote and m.start <= start < m.end for m in ms.in_sentence(sentence))


def _named_next(ms: Mentions, first: Mention) -> bool:
    """Whether the next sentence names the holder of the office, titled ("The governor of
    Maryland has declared an emergency. Gov. Jane Roe gave the order at a briefing"): the role
    opens the paragraph, the name follows."""
    office = (first.office or "").split()
    for m in ms.in_sentence(first.sentence + 1):
        ent = ms.entity(m)
        if ent is None or ent.kind != "person" or m.in_quote or ent.first is not m:
            continue
        if m.office == first.office:
            return True
        before = word_tokens(ms.doc.sentences[m.sentence].text[max(0, m.start - 8) : m.start])
        short = before[-2].low if len(before) >= 2 and before[-1].text == "." else ""
        if m.link == "honorific" and office and len(short) >= 3 and office[0].startswith(short):
            return True  # "Gov." for a governor, "Sen." for a senator
    return False


def _written_before(doc: Document, word: str, sentence: int) -> bool:
    """Whether ``word`` (or its plural) is written in a sentence before ``sentence``."""
    forms = {word.lower(), word.lower() + "s"}
    return any(not forms.isdisjoint(map(token_low, word_tokens(s.text))) for s in doc.sentences[:sentence])


def _organisation_partner(
    ms: Mentions, first: Mention, start: int | None = None
) -> tuple[str, tuple[str, object]] | None:
    """A named organisation the story met in an earlier sentence that the newcomer's sentence
    deals with: (its name as written here, (as written first, where)); none that stands in the
    newcomer's own description (from ``start``: "SEIU organising director Jane Roe")."""
    text = ms.doc.sentences[first.sentence].text
    for m in ms.in_sentence(first.sentence):
        if (
            (m.kind != "org" and _ITS_PEOPLE.match(text, m.end) is None)
            or m.in_quote
            or (first.start if start is None else start) <= m.start < first.end
        ):
            continue
        if m.end <= first.start and any(t.low in _REPORTING for t in word_tokens(text[m.end : first.start])):
            continue  # "The ASDMA said a team led by Jane Roe, ... would visit": who reports it
        if m.end <= first.start and text[m.end : first.start].strip() in ("'s", "’s"):
            continue  # "Delhi Police's Investigation Officer told the court": its own officer
        if _told(text, m.start, m.end, first.end):
            continue  # "... told the court that ...": whom a statement is made to, not a partner
        org = ms.entity(m)
        if org is None:
            continue
        if org.first.sentence < first.sentence:
            the = "the " if text[: m.start].lower().endswith("the ") else ""
            people = _ITS_PEOPLE.match(text, m.end) if m.kind != "org" else None
            return the + text[m.start : people.end() if people else m.end], (org.first.text, org.first.span)
        if m.kind != "org" and ms.mentioned_before(m.text, first.sentence):
            # "hosted the Mongolian delegation": the people of a country the story named, in any
            # form ("Mongolian President ..."), though this is the word's first own mention
            earlier = next(i for i in range(first.sentence) if ms.mentioned_before(m.text, i + 1))
            sent = ms.doc.sentences[earlier]
            people = _ITS_PEOPLE.match(text, m.end)
            return "the " + m.text + text[m.end : people.end() if people else m.end], (
                sent.text[:40],
                ms.doc.sub_span(sent, 0, min(40, len(sent.text))),
            )
    return None


_REPORTING = frozenset("said says added adds reported reports announced announces according".split())
_TOLD = frozenset("told tells".split())
_HEARINGS = frozenset("court tribunal jury hearing bench inquest".split())


def _told(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a court or a hearing that a statement is
    made to ("told the court", "told the tribunal"; not from before ``floor``): a court report's
    way of saying who spoke, not someone the speaker deals with ("told Quellix executives" is)."""
    said_to = [t.low for t in word_tokens(text[start:end])]
    if not said_to or said_to[-1] not in _HEARINGS:
        return False
    words = [t.low for t in word_tokens(text[max(floor, start - 12) : start])]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return bool(words) and words[-1] in _TOLD


def _group_partner(doc: Document, first: Mention) -> tuple[str, tuple[str, object]] | None:
    """A group of the story, named by a common noun met in an earlier sentence, that the
    newcomer's sentence names besides the newcomer: (its phrase, (the earlier word, its span))."""
    text = doc.sentences[first.sentence].text
    # (not in the newcomer's own description, "the head of the agency"; read on after it, as its
    # last word may open a match: "... Union received the delegation")
    for m in (*_GROUP.finditer(text, 0, first.start), *_GROUP.finditer(text, first.end)):
        if m.start() >= first.end and _told(text, m.start(), m.end(), first.end):
            continue  # "the officer told the court": the court hears a statement, it is no partner
        # any group noun of the phrase the story named before ("the army's commanders": the army)
        words = {w.removesuffix("'s").removesuffix("’s") for w in m.group(1).split()}
        nouns = words & (GROUP_NOUNS | _PEOPLE_NOUNS)
        named = re.compile(r"\b(?:" + "|".join(sorted(n.removesuffix("s") for n in nouns)) + r")s?\b", re.I)
        for earlier in doc.sentences[: first.sentence]:
            seen = named.search(earlier.text)
            if seen is not None:
                phrase = m.group(0) if not m.group(0).startswith("The ") else "the" + m.group(0)[3:]
                return phrase, (seen.group(0), doc.sub_span(earlier, seen.start(), seen.end()))
    return None


_AND_A_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|&)\s+$")


def _after_and_a_name(doc: Document, ent: Entity) -> bool:
    """Whether the one-word name always follows "<Capitalised> and": the end of a firm's name."""
    return all(
        _AND_A_NAME_BEFORE.search(doc.sentences[m.sentence].text, 0, m.start) is not None
        for m in ent.mentions
    )


def _epithet_of_the_last_person(ms: Mentions, first: Mention) -> bool:
    """ "Mr Corbyn called on ... In a statement, the Labour leader said": a loose role (leader,
    boss, a former office) that speaks right after a sentence about a person whose role the
    story never gave is most likely that person, named again by an epithet."""
    if first.sentence == 0 or not (first.temporal or first.office in _EPITHET_OFFICES):
        return False  # (an epithet is a loose word, "the Labour leader", "the former governor")
    for m in ms.in_sentence(first.sentence - 1):
        ent = ms.entity(m)
        if ent is not None and ent.kind == "person" and not m.in_quote and not ent.roles:
            return True
    return False


def _acts_on_the_cast(ms: Mentions, m: Mention, direct: bool = False) -> bool:
    """Whether the one-word name at ``m`` is the subject of an interacting verb whose object is
    a person the story set up before ("Galvao later criticised Campos Neto", "Reardon pressed
    Morrison"), or a body it named before or a definite group ("urged the Supreme Court", "told
    the jury"). A "who" clause that says nothing of a role may stand between ("Hale, who was in
    court, told Roe"). ``direct``: only a person or a named body right after the verb."""
    text = ms.doc.sentences[m.sentence].text
    if not direct and _agent_of_an_interaction(ms, m, text):
        return True
    opener = _SUBJECT_ADVERB.match(text, m.end)
    if opener is None:
        return False
    verb = _INTERACTS.match(text, opener.end())
    if verb is not None and _acted_on(ms, m, text, verb, direct):
        return True
    # "Hale later rejected the plan, telling the union ...": the name acts in the clause that a
    # participle opens after its own verb's object
    clause = None if direct else _THEN_ACTING.match(text, opener.end())
    verb = _INTERACTS.match(text, clause.end()) if clause is not None else None
    return verb is not None and _acted_on(ms, m, text, verb, direct)


def _acted_on(ms: Mentions, m: Mention, text: str, verb: re.Match, direct: bool) -> bool:
    """Whether what the interacting ``verb`` (of the name at ``m``) acts on is of the cast."""
    if not verb.group(0)[:1].islower():
        return False
    for other in ms.in_sentence(m.sentence):
        ent = ms.entity(other)
        if (
            ent is not None
            and (
                ent.kind == "person"
                or (ent.kind == "org" and other.kind == "org")
                # a firm the lists do not know, the story's own ("urged Orvane to")
                or (ent.kind == "name" and _named_twice_before(ent, m))
                or (ent.kind in ("name", "org") and _ITS_PEOPLE.match(text, other.end) is not None)
            )
            and verb.end() <= other.start <= verb.end() + 12
            and ent.first.sentence < m.sentence
            and not other.in_quote
        ):
            return True
    return not direct and _DEFINITE_GROUP.match(text, verb.end()) is not None


def _agent_of_an_interaction(ms: Mentions, m: Mention, text: str) -> bool:
    """Whether the one-word name at ``m`` acts on the cast from after "by" or "from": "Roe was
    summoned by Hale", "a letter from Hale, who urged the union to ...". Either the name then
    acts in a "who" clause, or "by" follows an interacting verb whose subject the story set up."""
    words = [t.low for t in word_tokens(text) if t.end <= m.start][-2:]
    if not words or words[-1] not in ("by", "from"):
        return False
    who = WHO_ACTS.match(text, m.end)
    if who is not None and _INTERACTS.match(text, who.end()) is not None:
        return True
    if words[-1] != "by" or len(words) < 2 or INTERACTION.fullmatch(words[0]) is None:
        return False
    return any(
        other.start < m.start
        and (ent := ms.entity(other)) is not None
        and ent.kind in ("person", "org")
        and ent.first.sentence < m.sentence
        and not other.in_quote
        for other in ms.in_sentence(m.sentence)
    )


# The one person a story of a trial or a match has in every sentence's background ("criticised
# the referee", "urged the judge"): a cast member though never named.
_STORY_ROLES = frozenset("judge referee umpire defendant prosecutor coroner jury jurors".split())
# "Hale later urged", "Hale, who was in court on Monday, told"
_SUBJECT_ADVERB = re.compile(
    r"(?:\s*,\s*who\s+[^,;\"“”]{1,60},)?(?:\s*,\s*(?:however|meanwhile|though|in turn)\s*,)?"
    r"\s+(?:(?:later|also|then|earlier|again|once|repeatedly|publicly)\s+)?(?:(?:will|would)\s+)?"
)
# "rejected the plan, " before a participle ("telling", "urging"): one clause of the same subject
_THEN_ACTING = re.compile(
    r"[a-z]+ed\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[a-z]+(?:\s+[a-z]+)?,\s+(?=[a-z]+ing\b)"
)
# the object of the verb: a definite body or group ("the jury", "the court's judges", "the army")
_DEFINITE_GROUP = re.compile(
    r"\s+(?:the\s+(?:[a-z'’-]+\s+|[A-Z][a-z]+\s+)?(?:"
    + "|".join(sorted(GROUP_NOUNS | _PEOPLE_NOUNS | _STORY_ROLES | {"bench", "judges", "panel", "cabinet"}))
    # (a trade's people in one word: "the groundstaff", "the dockworkers")
    + r"|[a-z]+(?:staff|workers)"
    # or the story's people, plural, with no article ("urged jurors to", "told families")
    + r")|(?:"
    + "|".join(sorted(n for n in _PEOPLE_NOUNS | {"jurors"} if n.endswith("s")))
    + r")\s+(?:to|that)\b)\b"
)
# Last letters of surnames that a plural noun does not end with ("Moraes", "Santos", "Dias",
# "James", "Williams", "Harris", "Jones", "Phillips", "Fernandes", "Torres", "Morales",
# "Reyes", "Hendricks", "Matthews", "Edwards", "Stamps", "Briggs", "Watts", "Phipps"): a
# sentence-opening word so ending is no "Prosecutors" (but a few plurals do end so: "Teams",
# "Times", "Guards", "Crews", "Camps")
_SURNAME_ENDINGS = (
    *("aes", "os", "as", "us", "mes", "ams", "is", "nes", "lips", "des", "res", "les", "yes"),
    *("cks", "hews", "rews", "ards", "mps", "ggs", "tts", "pps"),
)
_PLURALS_LIKE_SURNAMES = frozenset(
    """teams times games homes names programs lines airlines mines marines news exams crimes
    guards stewards wards boards cards awards standards hazards crews camps champs lamps ramps
    pumps jumps stocks blocks docks locks trucks checks tracks attacks kicks picks clicks bricks
    hacks eggs""".split()
)


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is who says something (a company says "it":
    "Panera said it..." is left alone)."""
    if _SPEAKER_AFTER.match(text[end : end + 40]):
        return True
    # "..., said Guo." / "said Guo, who..." but not "said Prosecutors adopted a narrow focus"
    # (the mark after the name first: most names run on into the sentence)
    return bool(_CLAUSE_END_AFTER.match(text[end : end + 3])) and bool(
        _SPEAKER_BEFORE.search(text[max(0, start - 60) : start])
    )


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)")


# An official speaks in more ways than a bare surname may be read as speaking ("Nvidia announced"
# is a firm): announcing, confirming, denying, "expressed concern", "was quoted as saying"; after
# the office's own portfolio ("the UN high commissioner for refugees said").
_OFFICIAL_VERBS = (
    r"\s+(?:later\s+|also\s+|then\s+|earlier\s+|again\s+|has\s+|had\s+|have\s+)?"
    r"(?:" + _SPEECH_VERB_WORDS + r"|announced|announces|confirmed|confirms|denied|denies|disclosed|"
    r"revealed|conceded|claimed|maintained|declared|predicted|estimated|posted|tweeted|"
    r"(?:was|is)\s+quoted|expressed\s+(?:concern|regret|hope|doubt|sympathy|condolences|dismay)|"
    r"voiced\s+(?:concern|doubt|support)|"
    # a reaction is a statement ("condemned the attack", "called for calm")
    r"condemned|condemns|welcomed|welcomes|hailed|hails|praised|praises|criticised|criticized|"
    r"congratulated|congratulates|thanked|thanks|"
    r"criticises|criticizes|urged|urges|called\s+for|calls\s+for|"
    r"called\s+the|pledged|vowed|"
    r"appealed\s+for)\b"
)
# "the X, speaking on state television, said": an aside between the official and the verb
# (an aside that names or describes the official, "..., Councillor Nick Forbes, said", is none)
_ASIDE = r"(?:\s*,\s*(?:speaking|writing|asked|in|on|at|during|after|when|later)\b[^,.;]{0,50},)"
_PORTFOLIO_AFTER = r"(?:\s+(?:for|of|on)(?:\s+the)?(?:\s+[a-z]+){1,2})"
# the rest of a long body's name the role did not take in ("the head of the Chamber of Commerce"
# + " and Industry", "... Cricketers" + "' Associations", "... for Cricket" + " in Asia", "the
# chair of the Kell Commission" + " on Public Housing", "... Reserve" + " Bank of Kell", "the
# chairman of the People" + "'s Power Party"); after "the X of the Y" also a body's noun with
# no link before it ("the president of the Federal Reserve" + " Bank of Kell"; not a surname:
# "Vice President of Original Content Cindy" + " Holland said")
_BODY_LINK = r"(?:['’]s?\s+|\s+(?:and|&|for|of|in|on)(?:\s+the)?\s+)"
_BODY_GOES_ON = rf"(?:{_BODY_LINK}[A-Z][\w'’-]*(?:(?:{_BODY_LINK}|\s+)[A-Z][\w'’-]*){{0,4}})"
_BODY_NOUN = "|".join(
    sorted(w.capitalize() for w in GROUP_NOUNS | {"bureau", "service", "authority", "institute"})
)
_BODY_RUNS_ON = rf"(?:\s+(?:{_BODY_NOUN})\b(?:(?:{_BODY_LINK}|\s+)[A-Z][\w'’-]*){{0,4}})"
_SPEAKS_AFTER_BODY = rf"(?:{_PORTFOLIO_AFTER}(?={_ASIDE}?{_OFFICIAL_VERBS}))?{_ASIDE}?{_OFFICIAL_VERBS}"
_OFFICIAL_SPEAKS_AFTER = re.compile(rf"^{_BODY_GOES_ON}?{_SPEAKS_AFTER_BODY}")
_OFFICIAL_SPEAKS_AFTER_OF = re.compile(rf"^(?:{_BODY_GOES_ON}|{_BODY_RUNS_ON})?{_SPEAKS_AFTER_BODY}")
_OFFICIAL_SPEAKS_BEFORE = re.compile(
    r"\b(?:disputed|denied|confirmed|announced|questioned|contradicted|echoed|repeated|"
    r"rejected|challenged)\s+by\s+$",
    re.I,
)
# "..., said the UN high commissioner for refugees."
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")
_PORTFOLIO_TO_THE_END = re.compile(rf"^(?:{_PORTFOLIO_AFTER}|{_BODY_GOES_ON})?\s*(?:[,.;:!?)\"”’]|$)")


def _headline_line(doc: Document, si: int) -> bool:
    """A lone line without a sentence's end inside the body ("GBA President calls for a fair
    election" under "Latest Stories"): another story's title or a subhead, where an office
    that speaks is a headline's shorthand, not a newcomer the story owes a name."""
    s = doc.sentences[si]
    text = s.text.rstrip()
    return text[-1:].isalnum() and all(
        x.block != s.block for x in doc.sentences[max(0, si - 1) : si + 2] if x.index != si
    )


def _official_speaks(text: str, start: int, end: int) -> bool:
    """Whether the official at ``text[start:end]`` says something."""
    return (
        _speaks(text, start, end)
        or (_OFFICIAL_SPEAKS_AFTER_OF if " of " in text[start:end] else _OFFICIAL_SPEAKS_AFTER).match(
            text[end : end + 80]
        )
        is not None
        or _OFFICIAL_SPEAKS_BEFORE.search(text[max(0, start - 40) : start]) is not None
        or (
            _SAID_BEFORE.search(text[max(0, start - 10) : start]) is not None
            and _PORTFOLIO_TO_THE_END.match(text[end : end + 40]) is not None
        )
    )


# "Welcome to the discussion.", "Join the discussion": a comments widget speaks to the reader and
# refers to its own thread, not to talks the story should have reported.
_READER_WORDS = frozenset({"you", "your", "welcome", "join", "participate"})


# What a body does when it meets ("The council voted 7 to 2", "a hearing", "the board convened"):
# "the meeting" after it is that sitting, not an event the story never reported.
_GATHERING = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|hearings?|debated?|convened|assembled|gathered|sitting)\b", re.I
)


def _gathering_before(doc: Document, sentence: int) -> bool:
    return any(_GATHERING.search(earlier.text) for earlier in doc.sentences[:sentence])


# How far back an exchange told in other words is still what "the discussions" means
EXCHANGE_REACH = 2


def _exchange_before(ms: Mentions, sentence: int) -> bool:
    """Whether a sentence just before tells of an exchange in other words: people of the story
    doing something "with" another ("Counsel for both sides went through the point with Judge
    Hale."): "the discussions" after it are that exchange, not talks the story never reported."""
    for k in range(max(0, sentence - EXCHANGE_REACH), sentence):
        people = [m for m in ms.in_sentence(k) if m.kind in ("person", "role") and not m.in_quote]
        if len(people) < 2:
            continue
        text = ms.doc.sentences[k].text
        for tok in word_tokens(text):
            if tok.low != "with" or tok.start == 0:
                continue
            before = [m for m in people if m.end <= tok.start]
            after = [m for m in people if tok.end <= m.start <= tok.end + 40]
            if before and after:
                return True
    return False


def _to_the_reader(text: str) -> bool:
    return any(w.lower() in _READER_WORDS for w in APOSTROPHE_WORD.findall(text))


def _first_word(text: str) -> int:
    found = re.search(r"[^\W\d_]", text)
    return found.start() if found else 0


def _with(cast: list[Entity], partners: list[Entity]) -> list[Entity]:
    """The cast so far, including the partners the message names (a person met once before is
    not "well attested", but the message names them, so the cast must too)."""
    return cast + [p for p in partners if p not in cast]


def _same_sentence_setup(ms: Mentions, ev: EventRef) -> bool:
    return any(e.family == ev.family and e.sentence == ev.sentence and e.start < ev.start for e in ms.events)


def _family_words(family: str) -> str:
    return {
        "talk": "meeting, talks or dialogue",
        "call": "call",
        "visit": "visit or trip",
        "interview": "interview",
    }.get(family, family)


# Offices whose work is to speak for an organisation: "the police's spokesman said" is the usual
# attribution, not an actor who needs setting up (a false warning in real wire copy).
SPEAKING_OFFICES = frozenset({"spokesperson"})


def _portfolio(ms: Mentions, office, jurisdiction: str) -> bool:
    """Whether what a minister's title gives as whose is a portfolio ("Consumer Affairs
    Minister", "Minister for Sport"): words portfolios are made of, no body or country."""
    if not (office.name in CABINET_TITLES or office.group == "cabinet") or jurisdiction in ms.lexicon.aliases:
        return False
    return all(w.low in _PORTFOLIO_WORDS for w in word_tokens(jurisdiction) if w.is_word)


# The words portfolios are made of ("Domestic Trade and Consumer Affairs", "Federal Territories"):
# a minister's title made only of them says what the post covers, not whose it is.
_PORTFOLIO_WORDS = frozenset(
    """and of the for affairs trade consumer territories minerals territory federal sport sports health
    education finance defence defense foreign home interior justice labour labor energy environment
    agriculture transport tourism culture housing industry industries commerce communications
    information water resources fisheries revenue lands land mines mining economic economy
    development rural urban youth women science technology works public domestic international
    social welfare security planning budget infrastructure digital arts heritage local government
    regional veterans immigration investment petroleum oil gas power telecommunications forests
    forestry wildlife climate family children employment higher primary national state minority
    religious cooperation relations parliamentary legal police prisons border ports shipping
    aviation roads railways highways treasury cabinet office""".split()
)


def _after_its(text: str, first: Mention) -> bool:
    """Whether "its" or "their" stands before the title: the office of a body the sentence has
    just named ("sued the paper and its owner Jane Roe")."""
    before = [t for t in word_tokens(text) if t.end <= first.start][-4:]  # ("its chief executive Jane Roe")
    return any(t.low in ("its", "their") for t in before)


def _title_start(text: str, first: Mention) -> int:
    """Where a premodifying title and its body begin before a name: the run of words that
    ``_belongs`` reads as the title (offsets into the sentence)."""
    start = first.start
    before = word_tokens(text[: first.start])[-9:]
    if before and before[-1].text == ",":
        before = before[:-1]  # "SEIU organising director, Jane Roe"
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok.low in ("and", "&") and _portfolio_joined(before, i, text[start : first.start]):
            start = tok.start  # "Minerals and Energy Minister": one portfolio of two parts
            continue
        if (not tok.is_word and tok.text not in ("'s", "’s", "-")) or tok.low in _BEFORE_A_TITLE:
            break
        start = tok.start
    return start


def _portfolio_joined(before: list, i: int, after: str) -> bool:
    """Whether the "and" at ``before[i]`` joins two capitalised portfolio words of one title
    ("Trade and Industry Minister"), not two people ("Roe and Finance Minister Hale")."""
    if i == 0 or not after.strip():
        return False
    prev = before[i - 1]
    nxt = word_tokens(after)[0]
    return (
        prev.is_word
        and prev.text[:1].isupper()
        and nxt.text[:1].isupper()
        and prev.low in _PORTFOLIO_WORDS
        and nxt.low in _PORTFOLIO_WORDS
    )


def _title_words(ms: Mentions, text: str, first: Mention) -> list[str]:
    """The words of a premodifying title that name whose office it is ("Police Federation",
    "Manchester", "union"), lower case; not the office's own words or "deputy", "senior"."""
    title = {w.lower() for w in (first.title or "").split()}
    start = _title_start(text, first)
    out = []
    for tok in word_tokens(text[start : first.start]):
        low = tok.low.removesuffix("'s").removesuffix("’s")
        if (
            tok.is_word
            and low not in title
            and low not in _TITLE_MODIFIERS
            and low != "and"
            and (low,) not in ms.lexicon.titles
        ):
            out.append(low)
    return out


def _opens_acting(ms: Mentions, text: str, first: Mention) -> bool:
    """Whether a title and name open the sentence and act at once on someone the story set up:
    "Ostrian Foreign Minister Jane Roe (later) told Hale ...", "... will host Hale"."""
    before = text[: _title_start(text, first)]
    return (not before.strip() or _time_aside(before) or _titled_list(ms, text, first, before)) and (
        _acts_on_the_cast(ms, first, direct=True)
    )


def _titled_list(ms: Mentions, text: str, first: Mention, before: str) -> bool:
    """Whether the words before a title are other titled people listed with this one, the list
    opening the sentence: "Interior Minister Kofi Adjei and Defence Minister Ama Roe met ..."."""
    if not before.rstrip().endswith((",", " and")):
        return False
    rest = before
    for m in ms.in_sentence(first.sentence):
        if m.end <= len(before) and m.link == "premodifier" and m.name:
            start = _title_start(text, m)
            rest = rest[:start] + " " * (m.end - start) + rest[m.end :]
    return all(t.text == "," or t.low == "and" for t in word_tokens(rest))


_ASIDE_OPENERS = frozenset("later earlier meanwhile separately afterwards subsequently then on after".split())


def _time_aside(before: str) -> bool:
    """Whether the words before a title are only a short time aside that opens the sentence:
    "Later, ...", "On Tuesday afternoon, ...", "After the talks, ..."."""
    toks = word_tokens(before)
    return (
        1 < len(toks) <= 5
        and toks[-1].text == ","
        and toks[0].low in _ASIDE_OPENERS
        and all(t.is_word for t in toks[:-1])
    )


def _proper_name(doc: Document, word: str, here: int) -> bool:
    """Whether the story writes ``word`` (lower case) only with a capital, and so at least once
    inside a sentence or before another capital (a place or a name: "Denver", "Merrill Lynch
    analyst"), never lower case ("police")."""
    proper = False
    for sentence in doc.sentences:
        if sentence.index == here or word not in sentence.text.lower():
            continue  # (prefilter: the tokens only of sentences that hold the word)
        tokens = word_tokens(sentence.text)
        for i, tok in enumerate(tokens):
            if tok.low.removesuffix("'s").removesuffix("’s") != word:
                continue
            if not tok.text[:1].isupper():
                return False
            proper = proper or i > 0 or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())
    return proper


def _a_country(ms: Mentions, jurisdiction: str | None) -> bool:
    """Whether a jurisdiction is a country the lists know (a head of it is news in any story)."""
    return jurisdiction is None or jurisdiction in ms.lexicon.derived(_countries)


def _countries(lex) -> frozenset[str]:
    """The countries the lists know, by canonical name (made once per lexicon)."""
    return frozenset(lex.places.values())


def _a_head(ms: Mentions, office, jurisdiction: str | None, of_a_body: bool, acting: bool) -> str:
    """Whether a titled newcomer is a head left alone: "news" for heads of state and party
    leaders ("US President Barack Obama", "Labour leader Jeremy Corbyn"), news in any story; a
    state's premier or a chamber's president is not, and is reported when acting on the cast or
    (a place the story never names) only speaking ("speaking only" if not acting); "" for others."""
    if office.name == "leader":
        return "news"
    if office.group != "head" or of_a_body or (acting and not _a_country(ms, jurisdiction)):
        return ""
    if _a_country(ms, jurisdiction) or not set((jurisdiction or "").split()).isdisjoint(ms.lexicon.org_heads):
        return "news"  # (a body's: "Kell Union of Nurses Secretary General", its trade the story's)
    return "speaking only"


def _speaks_for_a_place(ms: Mentions, first: Mention, office, jurisdiction: str | None, text: str) -> bool:
    """Whether a titled official speaks under a title before the name that gives whose post it
    is: a capitalised government post ("..., said Ostrian Trade Minister Jane Roe", "Kell Premier
    Jane Roe said") or a firm's chief ("Brellcorp chief executive Tom Hale said"), the forms a
    splice keeps. A lower-case post after the name ("Jane Roe, deputy governor of Kell"), a
    town's mayor or a department's director is the story's own local official."""
    title = (first.title or "").split()
    return (
        jurisdiction is not None
        and first.link == "premodifier"
        and bool(title)
        and ((title[-1][:1].isupper() and _government_post(office)) or office.group == "corporate")
        and _city_office(ms, first, office) is None
        and _official_speaks(text, _title_start(text, first), first.end)
    )


def _place_ends_the_body(ms: Mentions, first: Mention) -> int:
    """Where an office's body ends when a place's name the mentions read apart ends it: "the
    chief executive of Aquatics Norway", "the head of Rugby Kenya" (a body named for its sport
    and its country); else where the office ends. Only after "the": in "Vice President of
    Original Content Cindy" + " Holland said" the place is a surname."""
    if (
        first.text.split()[0].lower() != "the"
        or " of " not in first.text
        or not first.jurisdiction_text
        or not first.jurisdiction_text[:1].isupper()
    ):
        return first.end
    text = ms.doc.sentences[first.sentence].text
    for m in ms.in_sentence(first.sentence):
        if m.kind == "place" and m.start == first.end + 1 and text[first.end] == " ":
            return m.end
    return first.end


def _government_post(office) -> bool:
    """Whether an office is a government's post above a town's: a minister, a state's or
    province's premier or governor (not a mayor, a department's director or a spokesperson,
    whom local copy quotes without more)."""
    return (
        office.group in ("head", "deputy-head", "cabinet", "minister")
        or office.name in CABINET_TITLES
        or (office.group == "executive" and office.name != "mayor")
    )


def _in_government(ms: Mentions, ent: Entity) -> bool:
    """Whether the story gives ``ent`` a post in a national government (its head or a minister):
    a minister dealing with them deals with a colleague (a governor or mayor is not one)."""
    for role in ent.roles:
        office = _office(ms, role.office)
        if office is not None and (
            office.group in ("head", "deputy-head", "cabinet") or office.name in CABINET_TITLES
        ):
            return True
    return False


# The kinds of body a name is given to ("the X Commission"): common to many bodies, unlike a
# trade's words ("police", "army")
_BODY_KINDS = frozenset(
    """agency ministry bank department commission council committee board authority federation
    association union league office mission court government parliament""".split()
)

_DEPUTY_PREFIXES = frozenset("deputy vice assistant associate".split())


def _office(ms: Mentions, name: str | None):
    """The office called ``name``; a deputy's is the office it deputises ("deputy foreign
    minister": a cabinet post), for whose it is and what trade it is."""
    if not name:
        return None
    office = ms.lexicon.office(name)
    if office is None:
        # "vice chairman", "assistant commissioner": the office a prefix qualifies
        prefix, _, rest = name.partition(" ")
        if prefix in _DEPUTY_PREFIXES and rest:
            office = ms.lexicon.office(rest)
    return office


def _sentences_by_word(doc: Document) -> dict[str, set[int]]:
    """Each lower-case word of the story and the sentences it is in."""
    out: dict[str, set[int]] = {}
    for sentence in doc.sentences:
        for tok in word_tokens(sentence.text):
            if tok.is_word:
                out.setdefault(tok.low.removesuffix("'s").removesuffix("’s"), set()).add(sentence.index)
    return out


# An official's trade and the words of a story about it: a judge or a sergeant belongs in a story
# of a court case or an arrest, a manager or a keeper in a story of a match or a club, a senator
# or an MP in one of a parliament's business.
_TRADES = (
    (
        frozenset("bench prosecution police-rank force-rank force-head".split()),
        frozenset(
            "judge attorney prosecutor magistrate coroner qc sergeant sgt constable detective det".split()
        ),
        frozenset(
            "court courts trial jury charged charges sentenced sentencing pleaded plea prosecutors "
            "prosecution police officers arrested arrest hearing inquest investigation custody "
            "convicted guilty detectives lawyer lawyers".split()
        ),
    ),
    (
        frozenset("club-manager club-staff club-player coach".split()),
        frozenset("manager boss coach keeper goalkeeper captain striker midfielder defender".split()),
        frozenset(
            "match game season league club goal goals cup squad fans championship tournament team "
            "players stadium fixture".split()
        ),
    ),
    (
        frozenset("legislator council".split()),
        frozenset("senator mp mps mla mep lawmaker congressman congresswoman assemblyman".split()),
        frozenset(
            "parliament senate assembly congress lawmakers mps senators legislators bill motion "
            "debate legislature resolution sabha knesset duma bundestag majlis dail".split()
        ),
    ),
)
_BEFORE_A_TITLE = frozenset(
    "by and with of to in from for at on as that said says told when while but or after before "
    "including among between like than is was were are has had have will".split()
)
# Words of a title that name no body: "Deputy", "senior", "regional" say nothing of whose it is.
_TITLE_MODIFIERS = frozenset(
    "the a an deputy senior junior acting interim regional state federal national city county "
    "district chief top group general assistant former new then vice".split()
)


def _belongs(
    ms: Mentions, ent: Entity, office, text: str, words: dict[str, set[int]], by_name: bool = True
) -> bool:
    """Whether a late official with title and full name is tied to the rest of the story, as real
    copy ties its late officials: the story names the person again, or the body or country the
    title gives (before or after; not ``by_name``: an official who opens the sentence acting on
    the cast), or the official's trade is what the story is about; a "who" clause that says who
    they are; a name used only to describe something ("X's constituency")."""
    first = ent.first
    here = first.sentence

    def elsewhere(word: str) -> bool:  # said in a sentence other than the official's
        return bool(words.get(word, {here}) - {here})

    after = text[first.end : first.end + 8]
    if after.startswith((", who ", " who ", "'s ", "’s ")):
        return True
    if elsewhere(first.text.split()[-1].lower()):
        return True  # the person comes back
    if (
        by_name
        and first.jurisdiction is not None
        and _city_office(ms, first, office) is None
        and ms.mentioned_elsewhere(first.jurisdiction, here)
    ):
        return True  # the body or country is named elsewhere in the story, after it too
    # the words of the title that name its body ("Police Federation chairman", "Manchester's
    # ... councillor"): any said elsewhere in the story
    title = {w.lower() for w in (first.title or "").split()}
    body = _title_words(ms, text, first)
    if office.name in CABINET_TITLES or office.group == "cabinet":
        # "Karnataka Water Resources Minister": the portfolio says what the post covers, not
        # whose it is; only the state or country ties a minister to the story
        body = [w for w in body if w not in _PORTFOLIO_WORDS]
    if not by_name:
        # an official acting on the cast: only the trade's common words ("Police Union
        # chairman" in a police story) tie them, not a place or a name the story also wrote
        acronyms = {t.low for t in word_tokens(text) if t.all_caps and len(t.text) > 1}
        named = [w for w in body if w in acronyms or _proper_name(ms.doc, w, here)]
        # (nor, beside a name, the kind of body it is: "ECOWAS Commission President" is not
        # tied by "the electoral commission")
        body = [w for w in body if w not in named and not (named and w in _BODY_KINDS)]
    if any(map(elsewhere, body)):
        return True
    group = office.group or ""
    for groups, titles, story in _TRADES:
        if group in groups or title & titles:
            if any(map(elsewhere, story)):
                return True
    return False


# Titles below the heads of state and government: copy gives such a holder's first name (or
# whose office it is) when they first appear ("Councilor Ann Pruett"), never just "Councilor
# Pruett".
_MINOR_TITLES = frozenset(
    {"councillor", "minister", "ambassador", "secretary", "commissioner", "director", "adviser", "official"}
)


# Honorifics that name a trade ("Advocate Roe", "Adv. Roe": a lawyer in South African, Indian
# or Kenyan copy): one who acts late under it alone is as unset as a titled surname.
_PROFESSIONAL_HONORIFICS = {"advocate": "Advocate", "adv": "Advocate"}


def _professional_honorific(text: str, first: Mention) -> str | None:
    """The trade an honorific before a name gives ("Advocate"), if it gives one."""
    before = [t for t in word_tokens(text[: first.start]) if t.text != "."][-1:]
    return _PROFESSIONAL_HONORIFICS.get(before[0].low) if before else None


def _quoted(m: Mention) -> str:
    text = m.text
    return (
        text[0].lower() + text[1:] if text.split()[0] in ("The", "A", "An", "Their", "His", "Her") else text
    )


def _names(entities: list[Entity], limit: int | None = None) -> str:
    if not entities:
        return "nobody yet"
    names = list(dict.fromkeys(e.display for e in entities))  # two "Smith"s read as one name
    if limit is not None and len(names) > limit:
        names = names[:limit] + [f"and {len(names) - limit} more"]
    return ", ".join(names)


def _post_nominal(first: Mention) -> bool:
    """ "Ruth Okafor MP has been appointed": a name with a post-nominal title (MP, MSP, TD, KC),
    read as the office of a body called "Ruth Okafor". With no article before it, a capitalised
    run and an abbreviated title after it is a person introduced with their role, not the office
    of a body ("the Leeds North MP" has its article)."""
    title = first.title or ""
    return (
        first.determiner is None
        and first.name is None
        and 2 <= len(title) <= 4
        and title.isupper()
        and first.text.endswith(title)
        and bool(first.jurisdiction_text)
        and first.text.startswith(first.jurisdiction_text or "")
    )


def _name_ends_the_body(ms: Mentions, first: Mention) -> bool:
    """ "Minister of Police Ana Dube announced ...", "... Dube said": the body read after "of" ran
    on into the holder's name, whose surname the story later uses alone. The title and the name
    together introduce her."""
    words = (first.jurisdiction_text or "").split()
    if first.determiner is not None or first.name is not None or len(words) < 3:
        return False
    surname = words[-1]
    return any(
        m.kind in ("name", "person")
        and m.sentence > first.sentence
        and (m.name or m.text).split()[-1] == surname
        for ent in ms.entities
        for m in ent.mentions
    )

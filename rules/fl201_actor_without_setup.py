"""FL201 actor-without-setup: the rule, its options and its walk over the story. What it reads
lives beside it: fl201_names (names), fl201_speech (who speaks), fl201_interactions (who deals
with whom), fl201_offices and fl201_titles (titles and offices), fl201_events ("the talks" and
other newcomer events) and fl201_cast (the messages' cast line)."""

from __future__ import annotations

import re
from typing import Iterable, Literal

from factlint.analysis.mentions import Entity, Mention, Mentions, compute
from factlint.analysis.lexicon import CABINET_TITLES
from factlint.analysis.mentions.vocabulary import GROUP_NOUNS
from factlint.analysis.offices_abroad import (
    a_body_name,
    abroad,
    body,
    according,
    acts,
    auxiliaries,
    being,
    final_participle,
    homes,
    in_the_view_of,
    links,
    named_elsewhere,
    participle,
)
from factlint.analysis.members_abroad import members, tied_members
from factlint.analysis.bodies_abroad import body_verbs, opens_as_subject, speaking_bodies
from factlint.analysis.acting_officials import title_acts
from factlint.analysis.inverted_officials import acts_from_after_its_verb, acts_past_an_adverbial
from factlint.analysis.languages import article_language
from factlint.analysis.quotes import foreign_speech_verbs
from factlint.analysis.text import WORD, word_tokens
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option
from factlint.rules.fl201_names import (
    after_initials,
    brand_case,
    introduced_in_passing,
    known_names,
    not_a_name,
    organisation_or_group,
    part_of_longer_name,
    who_only_did,
    _PLURALS_LIKE_SURNAMES,
    _SURNAME_ENDINGS,
    _named_in_capitals,
    _sentences_by_word,
    _written_before,
)
from factlint.rules.fl201_speech import (
    _OFFICIAL_VERBS,
    _headline_line,
    _official_speaks,
    inverted_surname,
    _speaks,
    _speaks_past_aside,
)
from factlint.rules.fl201_hosted import met_on_the_storys_business, place_written_otherwise
from factlint.rules.fl201_interactions import (
    _INTERACTS,
    _acts_on_the_cast,
    _after_and_a_name,
    _epithet_of_the_last_person,
    _group_partner,
    _named_twice_before,
    _object_of_interaction,
    _organisation_partner,
)
from factlint.rules.fl201_offices import (
    SPEAKING_OFFICES,
    _TIED,
    _UNITS,
    a_country,
    _a_head,
    _cut_from_a_longer_name,
    _holder_named_after,
    _in_government,
    _name_ends_the_body,
    _named_next,
    office_called,
    _place_ends_the_body,
    _post_nominal,
    _titled,
    _unit_and_owner,
    _unnamed_office,
)
from factlint.rules.fl201_titles import (
    _MINOR_TITLES,
    _STATE_ENDS,
    _after_its,
    _belongs,
    _opens_acting,
    _professional_honorific,
    _speaks_for_a_place,
    title_start,
    _title_words,
    _whose_office,
)
from factlint.rules.fl201_events import (
    _exchange_before,
    _family_words,
    _gathering_before,
    _same_sentence_setup,
    _to_the_reader,
)
from factlint.rules.fl201_affiliates import affiliated_speakers
from factlint.rules.fl201_forces import state_people
from factlint.rules.fl201_cast import MAX_CAST, _first_mentions, _names, _quoted, _with
from factlint.rules.fl201_surnames import dealings
from factlint.rules.fl201_topic import off_topic_officials, on_its_trade
from factlint.rules.fl201_elsewhere import deeds_of_another_story
from factlint.rules.fl201_passing import in_passing
from factlint.rules.fl201_peers import peers_told
from factlint.rules.fl201_bargaining import dispute_before
from factlint.rules.fl201_body_heads import heads_news
from factlint.rules.fl201_ministries import holder_after_the_portfolio, officer_of_a_named_body


# An office named for whoever holds it, nobody in the story: "entrusted to any Investigating
# Officer", "every district commissioner"; or an item of a list such a word opens, a ruling's
# addressees ("send a copy to all the Sessions judges, Inspector General of Police, ...").
_ANY_HOLDER = re.compile(
    r"(?:\b(?:any|every|each|all)\s+(?:the\s+)?"
    r"|\b(?:to|for|on|upon)\s+all\s+(?:the\s+)?[^,;:.()\"“”]{1,60},(?:[^,;:.()\"“”]{1,60},)*\s*(?:and\s+)?)$",
    re.I,
)


def _anyone_in_the_office(doc: Document, ent: Entity) -> bool:
    """The role's first mention names any holder of the office, not a person of the story."""
    first = ent.first
    if ent.kind != "role" or first.name:
        return False
    window = doc.sentences[first.sentence].text[max(0, first.start - 240) : first.start]
    low = window.lower()
    if "any " not in low and "every " not in low and "each " not in low and "all " not in low:
        return False  # (prefilter: nearly every late role)
    found = _ANY_HOLDER.search(window)
    # (a capital "All" inside the sentence opens a body's name: "the All India Chess Federation")
    return found is not None and not (
        window[found.start()].isupper() and found.start() + max(0, first.start - 240) > 0
    )


def _holder_after_the_title(ms: Mentions, first: Mention) -> bool:
    """Whether a long title runs on into its holder's name ("said Kellco Vice President of
    Sales and Field Operations Jane Roe"): the role the mentions cut at "Sales" has a person
    right after it, joined by "and" or "of" (not a newcomer left unnamed)."""
    text = ms.doc.sentences[first.sentence].text
    for m in ms.in_sentence(first.sentence):
        if m.start < first.end or m.start > first.end + 8:
            continue
        ent = ms.entity(m)
        if (
            ent is not None
            and ent.kind == "person"
            and text[first.end : m.start].strip() in ("and", "of", "&")
        ):
            return True
    return False


# A peer's or a knight's style is a name in itself: "education minister Lord Nash"
_STYLES = frozenset("lord lady baroness baron earl viscount sir dame".split())


def _acting_for_a_place(ms: Mentions, text: str, first: Mention, jurisdiction: str | None) -> bool:
    """Whether an official of a country or body opens the sentence acting on the cast (see
    ``_opens_acting``); after a name's aside only for one the story did not name before ("Jane
    Roe, Ostria's envoy, met Hale" where Ostria's visitors came before is no stranger's act)."""
    if jurisdiction is None or not _opens_acting(ms, text, first):
        return False
    return first.link != "apposition" or not ms.mentioned_before(jurisdiction, first.sentence)


def _colleague_of_a_titled_person(ms: Mentions, first: Mention) -> bool:
    """Whether someone the story named before under the same bare title and no country or body
    ("Minister Hale of Trade", then "minister Roe thanked Hale"): a story that names one
    government's ministers by title and surname names this one in its own register."""
    for other in ms.entities:
        m = other.first
        if (
            other.kind == "person"
            and m.sentence < first.sentence
            and m.link == "premodifier"
            and m.office == first.office
            and m.jurisdiction is None
            and not m.in_quote
        ):
            return True
    return False


def _title_then_surname(text: str, first: Mention) -> bool:
    """Whether the name follows its title's last word, as a surname ("Deputy Minister Okafor");
    not a peer's or a knight's style, a name in itself ("education minister Lord Nash"), nor a
    word of a portfolio read as a name ("Minister of State for Road Transport and Highways")."""
    before = WORD.findall(text[max(0, first.start - 16) : first.start])
    title = {w.lower() for w in WORD.findall(first.title or "")}
    return (
        bool(before)
        and before[-1].lower() not in _STYLES
        and title.isdisjoint(("and", "of", "for"))
        and _PORTFOLIO_GOES_ON.match(text, first.end) is None
    )


_PORTFOLIO_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]")


# Offices of a church or faith (roles.yaml): a late cleric is a note, not a splice (_titled_blocks).
_CLERGY = frozenset({"pope", "grand mufti", "archbishop", "patriarch", "rabbi", "imam"})
# where a clause before a title begins; a quotation's close or a dash that ends one
_CLAUSE_MARKS = (",", ";", ":", ".", '"', "”", "“", "»", "«", "–", "—")
_QUOTE_CLOSES = ('"', "”", "“", "»", "–", "—")
_SHORT_STORY = 4  # paragraphs at most of a story whose lede, for officials abroad, is its first


def _read_short(doc: Document, ms: Mentions, opening: int) -> Mentions:
    """A short story's places read for officials (four paragraphs at most; in a block, two
    sentences count as one): a sentence past the first paragraph with two or more of the story's
    sentences before it is past the lede. Two or three long paragraphs, or a block of a few
    sentences beside one other line, put the story's last third in its second paragraph, where
    the opening's count alone saw the lede and a newcomer went unread; a newcomer in the
    story's second sentence stays the lede's."""
    if not doc.sentences or ms.position(doc.sentences[-1].index) > _SHORT_STORY:
        return ms
    position: dict[int, int] = {}
    before = 0  # the story's sentences so far (the headline's not counted)
    for s in doc.sentences:
        at = ms.position(s.index)
        if at == 0:
            continue  # (a headline's or a heading's)
        position[s.index] = max(at, opening + 1) if at > 1 and before >= 2 else at
        before += 1
    return ms.with_positions(position)


class ActorWithoutSetup(Rule):
    """An actor who enters late, already interacting with the cast, but was never introduced.

    What it flags:
        A person or office-holder first mentioned past the opening paragraphs who, in that very sentence,
        interacts with (praises, meets, tells, urges...) someone the story has already set up, an
        organisation it named or people it named by what they are, with no introduction: no name and role
        given together, no apposition, no "who is ..." or "X will be the ...", and no earlier mention of the
        organisation or country the role belongs to. Also a definite reference to an event the article never
        reported: "their dialogue" with such a newcomer, or "the talks" with none before. Also such an
        official who enters late only to speak ("..., the Secretary-General of the Arab League said."; "said
        Tom Hale, Kell's envoy", "Tom Hale of the Kell Board said" when that body or place is named nowhere
        else; not experts of universities or institutes), and a speaker named by one name only or a minor
        title and a surname whom the story never introduces ("..., Guo said.", "Deputy Minister Guo said"),
        or who enters acting on or with the cast ("Roe was summoned by Guo", "Hale thanked Guo", "sprak De
        Vries met Ellers"). Also a one-holder office of a country the story named, or of its own government
        ("The Minister of Commerce met Roe"), whose holder it never names (heads of state or government
        excepted), and the office of a body never mentioned that speaks ("The press office of the Kestrany
        Security Committee said ..."; "the mayor's office said" is left alone). In es, pt, it, fr, de, nl,
        pl, sv, no, da, fi copy: a late official of a country or body named nowhere else, by title only,
        with a name given nowhere else or by affiliation ("Ana Roe, ministra de Salud de X, dijo"; "Ana Roe,
        del Consejo X, dijo"; "secondo Ana Roe dell'Agenzia X"; "Por parte de la Agencia X, Ana Roe pidió"),
        and a speaker by one name given nowhere else after an inverted verb ("..., dijo Roe."). "Late"
        counts paragraphs (two sentences each in a block without breaks; in a story of four, an official
        past the first with two sentences before is late); a plain-text line is a paragraph unless
        hard-wrapped. Not flagged: news agencies and outlets cited as sources, people introduced with their
        role ("the Russian Prime Minister, Mikhail Mishustin"; a late "Ostrian Minister Jane Roe met ..."
        when the story ties her to it: named again, her trade the story's, her country or body named unless
        she opens the sentence acting on the cast; else ``titled_newcomers``), a role whose holder the next
        sentence names, a role first met in the opening paragraphs, unnamed indefinite newcomers ("a
        spokesman for the IMF"), roles without an organisation ("the minister") or titled people ("Judge Jo
        Hale") unless their sentence shares no word with the story but in passing (``off_topic``), a loose
        epithet of the person it follows ("Mr Corbyn ... the Labour leader said"), any holder of an office
        ("any Investigating Officer"), one met in passing on the topic ("was Judge ...", ``fl201_passing``),
        a quotation (run on from the sentence before). Also a late judge ruling in a story of no court, and
        a late head visiting a thing and place told nowhere else (``fl201_elsewhere``).

    Why it matters:
        A definite description presumes the reader knows who is meant; a splice or a lost intro breaks it.

    Bad:
        Putin met the Chinese leader in Moscow on Tuesday. [... six paragraphs on trade ...]

        The Chinese leader praised the President of the European Parliament during their dialogue.

    Good:
        Putin met the Chinese leader in Moscow on Tuesday. [... six paragraphs on trade ...]

        Later the President of the European Parliament, Roberta Metsola, called him; he praised her.
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
        dealings: bool = option(True, "also flag one-name newcomers who deal with the cast")

        titled_newcomers: Literal["off", "info", "warning"] = option(
            "warning",
            "also report a late official given a title and full name who deals with the cast when "
            "nothing ties the official to the story: not the person elsewhere, the title's country "
            "or body anywhere, nor the official's trade (a judge in a court story); warning: those "
            "whose title names a country or body block CI, titles that name none and clerics are "
            "info; info: all of them shown without blocking CI",
        )
        off_topic: bool = option(True, "also flag a late minister or titled person off the topic")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        found = list(self._setups(doc, ctx))
        yield from found
        if self.options.off_topic:
            yield from self._off_topic(doc, ctx, found)

    def _off_topic(self, doc: Document, ctx: Context, found: list[Finding]) -> Iterable[Finding]:
        """A late official of no country or body whose sentence shares no content word with the
        rest of the story (``fl201_topic``), in a sentence no other reading flagged."""
        ms = _read_short(doc, ctx.analysis(compute), self.options.opening)
        flagged = {s.index for s in doc.sentences for f in found if s.span.start <= f.span.start < s.span.end}
        lang = article_language(doc.text)
        for o in off_topic_officials(
            doc, ms, ctx.analysis(abroad), _speaks_abroad, lang, self.options.opening, flagged
        ):
            flagged.add(o.sentence)
            sentence = doc.sentences[o.sentence]
            phrase = sentence.text[o.start : o.end]
            shown = f"'{phrase}' ({o.name})" if o.name else f"'{phrase}'"
            passing = (
                f" but {', '.join(repr(w) for w in o.overlap.shared)} in passing" if o.overlap.shared else ""
            )
            new_body = o.new_body
            message = (
                # (a deed, not words: the body the story never mentions is the finding)
                f"{shown} ({ms.where(o.sentence)}) {new_body.deed}, but the story never mentions "
                f"{new_body.body} anywhere else: was this sentence meant for another article? "
                f"Introduce the body or cut it"
                if new_body
                # (one named in a phrase may say nothing: where they are named is the finding)
                else f"{shown} is named only in {ms.where(o.sentence)}, in a sentence that shares no words "
                f"with the rest of the story{passing}: was it meant for another article? Introduce "
                f"them or cut it"
                if o.named_only
                else f"{shown} appears only in {ms.where(o.sentence)} and what they say shares nothing "
                f"with the rest of the story{passing}: was this sentence meant for another article? "
                f"Introduce them and say why they speak here, or cut it"
            )
            yield self.finding(
                doc.sub_span(sentence, o.start, o.end), message, key_texts=[sentence.text, phrase]
            )
        if lang == "en":  # (a judge with no court, a head visiting elsewhere: rules/fl201_elsewhere)
            late = [s.index for s in doc.sentences if ms.position(s.index) > self.options.opening]
            for index, start, end, what in deeds_of_another_story(
                [s.text for s in doc.sentences], late, flagged
            ):
                sentence = doc.sentences[index]
                phrase = sentence.text[start:end]
                message = f"'{phrase}' {what.format(where=ms.where(index))}"
                yield self.finding(
                    doc.sub_span(sentence, start, end), message, key_texts=[sentence.text, phrase]
                )

    def _setups(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        told: Mentions = ctx.analysis(compute)
        opening = self.options.opening
        ms = _read_short(doc, told, opening)  # (a one-name speaker or an event reads the story as told)
        newcomers: dict[int, Entity] = {}  # sentence index -> the actor flagged there
        for ent in ms.entities:
            first = ent.first
            if (
                ms.position(first.sentence) <= opening
                or _anyone_in_the_office(doc, ent)
                or peers_told(ms, first)  # ("the third governor in as many days": fl201_peers)
            ):
                continue
            unnamed = False  # an unnamed office of a country or body the story did name
            if not self._unintroduced(ent, ms):
                if (
                    not _unnamed_office(ent, ms)
                    or holder_after_the_portfolio(ms, first)  # ("Minister of Trade and Industry Jane Roe")
                    or officer_of_a_named_body(ms, first)
                ):
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
                    and not _holder_after_the_title(ms, first)
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
            if in_passing(ms, first):  # (the story's own reference: fl201_passing)
                newcomers.setdefault(first.sentence, None)  # type: ignore[arg-type]
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
            yield from self._affiliates(doc, ms, opening, newcomers)
        if self.options.events:
            yield from self._events(doc, told, opening, newcomers)
        yield from self._one_name_people(doc, told, opening, newcomers)
        yield from self._officials_abroad(doc, ctx, ms, opening, newcomers)
        yield from self._bodies_abroad(doc, ctx, ms, opening, newcomers)

    def _bodies_abroad(
        self, doc: Document, ctx: Context, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """A ministry, government, embassy or armed force of a country the story names nowhere
        else, entering late and speaking or acting by itself ("the (demonym) interior ministry
        said", "le gouvernement (demonym) a salué"): the setup tests of a late official abroad."""
        found = ctx.analysis(abroad)
        lang = found.language or article_language(doc.text)
        if lang is None:
            return
        titled = [
            (t.sentence, min(t.start, t.owner_start), max(t.end, t.owner_end, t.name_end))
            for t in found.titles
        ]
        seen: set[str] = set()  # (a short story's second paragraph is no late one: its sources are)
        for t in speaking_bodies(doc, lang):
            if (
                t.quoted
                or t.sentence in newcomers
                or ms.position(t.sentence) <= opening
                or _headline_line(doc, t.sentence)
                or named_elsewhere(doc, t)
                or t.owner_text.lower() in seen
                or any(i == t.sentence and a < t.owner_end and t.owner_start < b for i, a, b in titled)
            ):  # (a title's own ministry: "vocero del Gobierno de X" is the official's reading)
                continue
            sentence = doc.sentences[t.sentence]
            if lang == "en":
                if not (_body_speaks(sentence.text, t) or title_acts(sentence.text, t, lang)):
                    continue
            elif not (
                _speaks_abroad(sentence.text, t, lang)
                or opens_as_subject(sentence.text, t, lang)
                or title_acts(sentence.text, t, lang)  # ("Entretanto, o governo (demonym) enviou")
            ):
                continue
            seen.add(t.owner_text.lower())
            yield self.finding(
                doc.sub_span(sentence, t.owner_start, t.owner_end),
                f"'{t.owner_text}' enters in {ms.where(t.sentence)} and speaks or acts, but the story "
                f"never named this country or said why its body is here",
                key_texts=[sentence.text, t.owner_text],
            )

    def _officials_abroad(
        self, doc: Document, ctx: Context, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """In copy of another language (``analysis/data/offices_abroad.yaml``): a late official
        given a title only, of a country or body the story names nowhere else ("El ministro de
        Finanzas de Noruega elogió a Roe"), who speaks, acts or deals with someone named
        earlier. A short story's lede (four paragraphs at most, or eight sentences of one block)
        is its first paragraph (a block's first two sentences); the officials of the country whose language it is (pl, fi, it, nl, de) are
        the story's own."""
        found = ctx.analysis(abroad)
        if found.language is None:
            return
        seen: set[str] = set()
        named_ones = self.options.titled_newcomers
        last = doc.sentences[-1] if doc.sentences else None
        if last and ms.position(last.index) <= _SHORT_STORY:
            opening = min(opening, 1)  # a short story's lede: its first paragraph (a block's two sentences)
        flagged: set[int] = set()
        read = (*found.titles, *members(doc, found))
        taken = {(t.sentence, n) for t in read if t.owner is not None and (n := t.name or t.name_before)}
        for t in (*read, *tied_members(doc, found, taken)):
            name = t.name or t.name_before
            if (
                t.owner is None
                or t.owner in homes(found.language)
                or (name is not None and named_ones == "off")
                or t.quoted
                or t.sentence in newcomers
                or ms.position(t.sentence) <= opening
                or _headline_line(doc, t.sentence)
                or named_elsewhere(doc, t)
                or on_its_trade(doc, t, found.language)  # (a ministry or firm of the story's trade)
            ):
                continue
            sentence = doc.sentences[t.sentence]
            if not (
                _speaks_abroad(sentence.text, t, found.language)
                or _deals_with_the_cast(doc, t)
                or title_acts(sentence.text, t, found.language)  # ("El ministro de X envió ...")
                or acts_from_after_its_verb(sentence.text, t, found.language)  # ("è intervenuto il ministro")
                or acts_past_an_adverbial(sentence.text, t, found.language)  # ("ieri sera ha espresso")
            ):
                continue
            if name is not None and (_named_in_another_sentence(doc, t.sentence, name) or a_body_name(name)):
                continue  # set up earlier, or the story's to follow; or a body ("Prezes X Banku")
            phrase = sentence.text[t.owner_start : _with_its_noun(sentence.text, t.owner_end, found.language)]
            if phrase.lower() in seen:
                continue
            seen.add(phrase.lower())
            flagged.add(t.sentence)
            if name is None:
                yield self.finding(
                    doc.sub_span(sentence, t.owner_start, t.owner_start + len(phrase)),
                    # (the owner as written is often an adjective or a genitive, "dänische",
                    # "Dänemarks": no name to say "named X" of; the quoted phrase shows it)
                    f"'{phrase}' enters in {ms.where(t.sentence)}, but the story never introduced this "
                    f"official and names their country or body nowhere else: give the name and say "
                    f"why they are here",
                    key_texts=[sentence.text, phrase],
                )
                continue
            # "El ministro de Finanzas de Tarvel, Ana Roe, dijo": a title and a full name late,
            # of a country the story names nowhere else, with the name nowhere else either
            end = _with_its_noun(sentence.text, max(t.owner_end, t.end), found.language)
            phrase = sentence.text[t.owner_start : end]
            shown = f"'{phrase}'" if name in phrase else f"'{phrase}' ({name})"  # (the name once)
            yield self.finding(
                doc.sub_span(sentence, t.owner_start, end),
                f"{shown} enters in {ms.where(t.sentence)}, but the story never introduced "
                f"{name} and names their country or body nowhere else: say why this official is in "
                f"the story",
                severity=None if named_ones == "warning" else Severity.INFO,
                key_texts=[sentence.text, phrase],
            )
        if self.options.speakers:
            skip = flagged | newcomers.keys()
            yield from self._speakers_abroad(doc, ms, found.language, opening, skip)

    def _speakers_abroad(
        self, doc: Document, ms: Mentions, lang: str, opening: int, skip: set[int]
    ) -> Iterable[Finding]:
        """In copy of another language: a speaker named by one name only after an inverted
        speech verb that ends the sentence ("..., dijo Roe.", "», a précisé Roe.", "..., sa
        Roe.") whose name the story gives nowhere else, past the opening: no full name, no
        role, no earlier or later mention. Not an agency or outlet the word lists know."""
        verbs = foreign_speech_verbs() | acts(lang)
        known = None
        for s in doc.sentences:
            if s.index in skip or ms.position(s.index) <= opening:
                continue
            at = inverted_surname(s.text, verbs, auxiliaries(lang), lambda w: participle(w, lang))
            if at is None:
                continue
            name = s.text[at[0] : at[1]]
            known = known if known is not None else ms.lexicon.derived(known_names)
            if (
                _no_surname(name, known)
                or _headline_line(doc, s.index)
                or any(_named_in_another_sentence(doc, s.index, part) for part in name.split("-"))
            ):
                continue
            yield self.finding(
                doc.sub_span(s, at[0], at[1]),
                f"'{name}' is quoted in {ms.where(s.index)} by one name only, but the story never "
                f"says who {name} is (no full name or role anywhere); cast so far: "
                f"{_names(ms.cast_before(s.index), MAX_CAST)}",
                key_texts=[s.text, name],
            )

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
            # ("Deputy Minister", "Assistant Commissioner": a minor title's own rank)
            minor = (first.office or "").rsplit(" ", 1)[-1] in _MINOR_TITLES
            if (
                ent.kind != "person"
                or ent.full_name
                or len(ent.key.split()) != 1
                or (calling is None and (first.link != "premodifier" or not minor))
                or first.jurisdiction is not None
                or first.temporal
                or first.in_quote
                or first.sentence in newcomers
                or ms.position(first.sentence) <= opening
                or (calling is None and _colleague_of_a_titled_person(ms, first))
            ):
                continue
            partners = self._partners(ms, first, ent)
            whose = f"who this {calling.lower()} is" if calling else f"whose {first.office} this is"
            if not partners or _INTERACTS.search(sentence.text) is None:
                # "..., Deputy Minister Okafor said.": one who enters late only to speak
                if calling is None and self.options.quoted and _title_then_surname(sentence.text, first):
                    start = title_start(sentence.text, first)
                    if _official_speaks(sentence.text, start, first.end):
                        newcomers[first.sentence] = ent
                        yield self.finding(
                            first.span,
                            f"'{first.title} {first.text}' speaks in {ms.where(first.sentence)}, but the "
                            f"story never gives {ent.display}'s full name or {whose}; cast so far: "
                            f"{_names(ms.cast_before(first.sentence), MAX_CAST)}",
                            key_texts=[sentence.text, first.text],
                        )
                continue
            newcomers[first.sentence] = ent
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
            office = office_called(ms, first.office)
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
            if jurisdiction is _TIED or _after_its(sentence.text, first) or peers_told(ms, first):
                continue  # (or "The Sun and its owner Rupert Murdoch": the body just named is theirs)
            # "union president Jane Roe": a body's head, not a head of state
            of_a_body = not set(_title_words(ms, sentence.text, first)).isdisjoint(GROUP_NOUNS)
            # "Ostrian Foreign Minister Jane Roe later told Hale ...": the title opens the sentence
            # and the official acts at once on someone the story set up. Copy that brings in an
            # official so late says why they are there; the country or body named elsewhere
            # does not (an Ebola story naming Kenya once sets up no Kenyan minister)
            acting = _acting_for_a_place(ms, sentence.text, first, jurisdiction)
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
                # (or its stem for one the lists do not know: "Ostria" for "Ostrian Foreign Minister")
                named = (
                    ms.mentioned_before(jurisdiction, first.sentence)
                    or _stem_elsewhere(ms, doc, jurisdiction, first.sentence)
                    or place_written_otherwise(doc, jurisdiction, first.sentence)
                )
                if named and not acting:
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
            # (a world body's head off the story's topic only speaks: rules/fl201_body_heads)
            head = heads_news(
                doc, ms, first, office, jurisdiction, _a_head(ms, office, jurisdiction, of_a_body, acting)
            )
            # "The secretary-general of the Kell Weather Organization, Jane Roe, said": a body's
            # head is news when the title opens on the name, not brought in apart to speak
            spoken_for = first.link == "apposition" and not a_country(ms, jurisdiction)
            if head == "news" and not spoken_for:
                continue
            partners = self._partners(ms, first, ent)
            if minister and any(_in_government(ms, p) for p in partners):
                continue  # "Consumer Affairs Minister Ana Ruiz thanked Henk": a colleague's
            group = None if partners else _organisation_partner(ms, first, title_start(sentence.text, first))
            # ("Hale met Ostrian Trade Minister Jane Roe to discuss the tariff plan": met on its business)
            interacting = (
                bool(partners or group)
                and _INTERACTS.search(sentence.text) is not None
                and not met_on_the_storys_business(doc, first, partners, group)
            )
            # "..., said Ostrian Trade Minister Jane Roe.": an official of a country or body the
            # story names nowhere else who enters late only to speak is as unset as one who acts
            speaks = (
                not interacting
                and not acting
                and self.options.quoted
                and _speaks_for_a_place(ms, first, office, jurisdiction, sentence.text)
            )
            if not (speaks or (interacting and head not in ("speaking only", "news"))):
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

    def _affiliates(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """A late speaker tied only by affiliation to a body the story never names ("Jane Roe
        of the Grain Board said"; ``fl201_affiliates``), or a person of a country's force, ministry
        or embassy, or of a body of states, anywhere in the sentence (``fl201_forces``)."""
        for read in (affiliated_speakers, state_people):  # (the second skips what the first found)
            for index, start, end, name, owner in read(doc, ms, opening, newcomers):
                sentence = doc.sentences[index]
                newcomers[index] = None  # type: ignore[assignment]  # (one finding: "the Ostrian army" is no second)
                yield self.finding(
                    doc.sub_span(sentence, start, end),
                    f"'{sentence.text[start:end]}' speaks in {ms.where(index)}, but the story never "
                    f"introduced {name} or mentioned {owner}: say why they speak here; cast so far: "
                    f"{_names(ms.cast_before(index), MAX_CAST)}",
                    key_texts=[sentence.text, name],
                )

    def _one_name_people(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity]
    ) -> Iterable[Finding]:
        """People by one name only: who speak or act ("..., Guo said."), then, in the sentences
        left, who deal with the cast (``_surname_dealings``)."""
        spoken: set[int] = set()  # (the sentences of a one-name speaker found)
        if self.options.speakers:
            yield from self._surname_speakers(doc, ms, opening, newcomers, spoken)
        if self.options.dealings:
            yield from self._surname_dealings(doc, ms, opening, spoken | newcomers.keys())

    def _surname_dealings(
        self, doc: Document, ms: Mentions, opening: int, skip: set[int]
    ) -> Iterable[Finding]:
        """A person by one name written nowhere else who enters late dealing with someone the
        story named in full, either way ("Ellory later thanked Mendes", "Mercoledì Kowalski ha
        incontrato la sindaca Ellori"): ``fl201_surnames``; the lists' places, bodies and brands
        and a name set up in passing or in a longer name are no newcomer."""
        lang = article_language(doc.text) or "en"
        late = [
            s.index
            for s in doc.sentences
            if s.index not in skip and ms.position(s.index) > opening and not _headline_line(doc, s.index)
        ]
        if not late:
            return
        known = ms.lexicon.derived(known_names)
        prose = "\n".join(s.text for s in doc.sentences)

        def unknown(name: str) -> bool:
            if _no_surname(name, known):
                return False  # (a longer name elsewhere is the reader's test, by its stem)
            ent = next((e for e in ms.entities if e.key == name and e.kind in ("name", "person")), None)
            return ent is None or not (
                introduced_in_passing(doc, ent, ms.lexicon)
                or organisation_or_group(doc, ent, prose)
                or after_initials(doc, ent)
            )

        for found in dealings(doc, ms, lang, late, unknown):
            sentence = doc.sentences[found.sentence]
            partner = found.partner
            yield self.finding(
                doc.sub_span(sentence, found.start, found.end),
                f"'{found.name}' enters in {ms.where(found.sentence)} by one name only, dealing with "
                f"{partner.display}, but the story never says who {found.name} is (no full name or "
                f"role anywhere); cast so far: "
                f"{_names(_with(ms.cast_before(found.sentence), [partner]), MAX_CAST)}",
                related=_first_mentions([partner]),
                key_texts=[sentence.text, found.name],
            )

    def _surname_speakers(
        self, doc: Document, ms: Mentions, opening: int, newcomers: dict[int, Entity], spoken_in: set[int]
    ) -> Iterable[Finding]:
        """A speaker named by surname only ("..., Guo said.") whom the story never introduced:
        no full name, title, honorific or role anywhere in it."""
        lex = ms.lexicon
        known = lex.derived(known_names)
        prose = "\n".join(s.text for s in doc.sentences)  # (one text to search, not one per sentence)
        for ent in ms.entities:
            if ent.kind not in ("name", "person") or ent.full_name or ent.roles:
                continue
            if ent.introduced_by and not who_only_did(doc, ent.first):
                continue
            name = ent.key
            if (
                len(name.split()) != 1
                or not name[:1].isupper()
                or name.isupper()
                or (name.endswith("s") and name[:-1].isupper())  # "MPs", "CEOs": a plural abbreviation
                or any(
                    (m.link and not who_only_did(doc, m)) or m.office or (m.name or m.text) != name
                    for m in ent.mentions
                )
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
                        or _speaks_past_aside(doc.sentences[m.sentence].text, m.end)
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
            spoken_in.add(spoken.sentence)
            cast = ms.cast_before(spoken.sentence)
            quoted = _speaks(sentence.text, spoken.start, spoken.end) or _speaks_past_aside(
                sentence.text, spoken.end
            )
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
            if _named_next(ms, first) or _cut_from_a_longer_name(ms, first) or _holder_named_after(ms, first):
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
                and not dispute_before(doc, ev.sentence)  # (a strike's talks: fl201_bargaining)
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


def _in_quote(ms: Mentions, sentence: int, start: int) -> bool:
    return any(m.in_quote and m.start <= start < m.end for m in ms.in_sentence(sentence))


def _first_word(text: str) -> int:
    found = re.search(r"[^\W\d_]", text)
    return found.start() if found else 0


def _stem_elsewhere(ms: Mentions, doc: Document, jurisdiction: str | None, here: int) -> bool:
    """Whether a one-word jurisdiction shaped like a country's name or its people's word
    (``_STATE_ENDS``) the lists do not know ("Ostrian") starts by its first five letters a word
    of another sentence ("Ostria"): the story named its country."""
    if jurisdiction is None or " " in jurisdiction or len(jurisdiction) < 5 or a_country(ms, jurisdiction):
        return False
    if not jurisdiction.lower().endswith(_STATE_ENDS):
        return False  # (a firm's or a party's name is the mentions' to find)
    stem = jurisdiction.lower()[:5]
    return any(
        s.index != here and stem in s.text.lower() and _starts_a_word(s.text, stem) for s in doc.sentences
    )


def _starts_a_word(text: str, stem: str) -> bool:
    """Whether ``stem`` starts a word of ``text`` (by its tokens)."""
    return any(t.low.startswith(stem) for t in word_tokens(text) if t.is_word)


def _speaks_abroad(text: str, t, lang: str) -> bool:
    """Whether the official of title ``t`` speaks or acts in copy of another language: one of
    the speech verbs of quote_cues.yaml or the language's acts (offices_abroad.yaml) a few words
    after the title ("el ministro de X dijo", "ulkoministeri kertoi") or right before it (",
    dijo el ministro de X"); after an auxiliary ("hatte", "ha"), anywhere up to the clause's
    end ("hatte vorab vor hohen Kosten gewarnt"), or any word shaped like a past participle
    right after it ("a rappelé", "ha poi espresso", "est venue"); a speech verb right before
    a name set off before the title (", sa Ana Roe, som er ..."); or the official is the source
    ("según el canciller de X", "X:n ulkoministerin mukaan")."""
    verbs = foreign_speech_verbs() | acts(lang)
    end = max(t.owner_end, t.name_end)  # ("el ministro de X, Ana Roe, dijo")
    after = WORD.findall(text[end : end + 60])
    after = after[: 6 if after[:1] and after[0].lower() in links(lang) else 4]  # ("à la Pêche a dit")
    head = text[max(0, t.owner_start - 80) : t.owner_start]
    before = WORD.findall(head[-30:])[-3:]
    if any(w.lower() in verbs for w in after + before) or _said_after_a_quote(head, verbs):
        return True
    if t.name_before and (at := head.rfind(t.name_before)) >= 0:
        said = any(w.lower() in verbs for w in WORD.findall(head[:at])[-2:])  # (", sa Ana Roe, som er")
        if said or _said_after_a_quote(head[:at], verbs):
            return True  # ('», a déclaré à la presse Ana Roe, ministre de X')
    source_before, source_after = according(lang)
    if any(w.lower() in source_before for w in before) or any(w.lower() in source_after for w in after[:2]):
        return True
    opening = WORD.findall(text[: t.owner_start])
    if len(opening) <= 2 and opening[:1] and opening[0].lower() in in_the_view_of(lang):
        return True  # ("Para el canciller de X, se trata de ...")
    if _acts_after_the_owner_tail(text, end, lang, verbs):
        return True
    reach = 4 if after[:1] and after[0].lower() in links(lang) else 2  # ("de la Mer a rappelé")
    helpers = [i for i, w in enumerate(after[:reach]) if w.lower() in auxiliaries(lang) | being(lang)]
    if helpers and any(participle(w, lang) for w in after[helpers[0] + 1 : helpers[0] + 3]):
        return True  # ("a rappelé", "ha poi espresso", "est venue": a participle the lists lack)
    if not auxiliaries(lang).intersection(w.lower() for w in after[:2]):
        return False
    stops = [i for i in (text.find(c, end, end + 120) for c in ",;:.") if i >= 0]
    clause = WORD.findall(text[end : min(stops, default=end + 120)])[:12]
    return any(w.lower() in verbs for w in clause) or any(final_participle(w, lang) for w in clause)


_OWNER_TAIL = re.compile(r"[^,.;:\"«»“”]{1,50},")


def _body_speaks(text: str, t) -> bool:
    """Whether an English body of a foreign state (``t``) speaks or acts: a verb of
    ``body_verbs`` or a past tense right after it, after an auxiliary too ("has urged"), or a
    speech verb or "according to" right before it ("said the (demonym) foreign ministry")."""
    if text[t.owner_end : t.owner_end + 1] in ("-", "‑"):
        return False  # ("the (demonym) government-owned firm": a compound, no act)
    after = [w.lower() for w in WORD.findall(text[t.owner_end : t.owner_end + 40])[:2]]
    if after[:1] and after[0] in ("has", "had", "have", "was", "is"):
        after = after[1:]
    if after and (after[0] in body_verbs() or (after[0].endswith("ed") and len(after[0]) > 4)):
        return True
    before = [w.lower() for w in WORD.findall(text[max(0, t.owner_start - 30) : t.owner_start])[-3:]]
    return before[-1:] == ["the"] and (
        before[-2:-1] == ["to"] or bool(body_verbs().intersection(before[-2:-1]))
    )


def _acts_after_the_owner_tail(text: str, end: int, lang: str, verbs: frozenset[str]) -> bool:
    """Whether the official acts right after the lowercase words that end the name of a body and
    its comma ("dell'Agenzia europea per la pesca costiera, ha annunciato"): a verb of ``verbs``,
    or an auxiliary and a listed verb or a participle."""
    tail = _OWNER_TAIL.match(text, end)
    words = WORD.findall(tail.group()) if tail else []
    if not (words and all(w.islower() for w in words)):
        return False
    more = [w.lower() for w in WORD.findall(text[tail.end() : tail.end() + 60])[:3]]
    if more[:1] and more[0] in verbs:
        return True
    helped = more[:1] and more[0] in auxiliaries(lang) | being(lang)
    return bool(helped) and any(w in verbs or participle(w, lang) for w in more[1:3])


def _said_after_a_quote(head: str, verbs: frozenset[str]) -> bool:
    """Whether the text before a title closes a quotation and opens on a speech verb, however
    far from the title ('", dijo este martes a la prensa el canciller de X', '» – a déclaré
    mardi le ministre')."""
    cut = max(head.rfind(c) for c in _CLAUSE_MARKS)
    if cut < 0 or (head[cut] == "," and head[:cut].rstrip()[-1:] not in _QUOTE_CLOSES):
        return False
    if head[cut] not in _QUOTE_CLOSES and head[cut] != ",":
        return False
    clause = WORD.findall(head[cut + 1 :])
    return len(clause) <= 8 and any(w.lower() in verbs for w in clause[:2])


def _named_in_another_sentence(doc: Document, index: int, name: str) -> bool:
    """Whether the surname of ``name`` (its last word) is in another sentence of the story, in
    any case ending ("Kowalski", "Kowalskiego"): the official is tied to the story."""
    words = WORD.findall(name)
    surname = words[-1] if words else name
    return any(
        s.index != index and any(w[0].isupper() and _same_name(w, surname) for w in WORD.findall(s.text))
        for s in doc.sentences
    )


def _deals_with_the_cast(doc: Document, t) -> bool:
    """Whether the sentence of title ``t`` names, after the title, someone or something named
    (capitalised, not opening a sentence) in an earlier sentence: "elogió a Quintas", also in
    another case ending ("Kowalski" ... "skrytykował Kowalskiego"); the official's own name given
    with the title is no one else ("Embajadora de X, Dorin Roe" after a "Dora")."""
    after = doc.sentences[t.sentence].text[max(t.owner_end, t.name_end) :]
    wanted = {w for w in WORD.findall(after) if len(w) > 3 and w[0].isupper() and not w.isupper()}
    if not wanted:
        return False
    for s in doc.sentences[: t.sentence]:
        for w in WORD.findall(s.text)[1:]:
            if w[0].isupper() and any(_same_name(w, x) for x in wanted):
                return True
    return False


def _same_name(a: str, b: str) -> bool:
    """Two forms of one name, a case ending apart at most ("Kowalski", "Kowalskiego")."""
    short = min(len(a), len(b))
    keep = max(4, short - 2)
    return short >= 4 and a[:keep] == b[:keep] and abs(len(a) - len(b)) <= 4


_INFLECTED = ("e", "en", "er", "es", "em")  # (a German or Dutch adjective's ends: "norwegischen", "Noorse")


def _with_its_noun(text: str, end: int, language: str) -> int:
    """Where a shown title phrase ends: German and Dutch put a people's adjective before its noun
    ("Sprecherin des norwegischen Außenministeriums"), so a phrase that ends on such a lowercase
    word takes the capitalised noun right after it; the message then names a whole office. (Not
    a title's own lowercase word before its holder's name: "NAVO-chef Ivo Roe".)"""
    if language not in ("de", "nl"):
        return end
    before = WORD.findall(text[max(0, end - 40) : end])
    after = WORD.search(text, end)
    if not before or not before[-1][:1].islower() or after is None or text[end : after.start()].strip():
        return end
    if not before[-1].endswith(_INFLECTED):
        return end
    return after.end() if after.group()[:1].isupper() else end


def _no_surname(name: str, known) -> bool:
    """A capitalised word that is no newcomer's surname: a name the story or our lists know, a
    word no name is, a brand, a body's name."""
    return (
        name.lower() in known
        or not_a_name(name)
        or brand_case(name)
        or a_body_name(name)
        or body(name) is not None
    )

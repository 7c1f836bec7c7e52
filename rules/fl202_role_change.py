"""FL202 role-change."""

from __future__ import annotations

from typing import Iterable

import re
from dataclasses import replace

from factlint.analysis.held_offices import named_mentions, offices_held, title_elsewhere
from factlint.analysis.lexicon import CABINET_TITLES, OFFICE_PREFIXES
from factlint.analysis.mentions import Entity, Mentions, RoleAssignment, compute
from factlint.analysis.offices_abroad import (
    a_link,
    abroad,
    acts,
    auxiliaries,
    being,
    body,
    government_voice,
    listed_ministers,
    not_an_owner,
    office_named,
    says_a_change,
    title_glue,
)
from factlint.analysis.text import WORD
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule
from factlint.rules.fl202_board_posts import chief_and_chair
from factlint.rules.fl202_joint_posts import joint_post
from factlint.rules.fl202_ministry_staff import staff_and_minister
from factlint.rules.fl202_new_posts import new_posts
from factlint.rules.fl202_one_body import one_body
from factlint.rules.fl202_sides import other_sides


class RoleChange(Rule):
    """One person given incompatible roles, or one office given to two people at once.

    What it flags:
        - A person called by two titles that one person cannot hold at the same time: "Prime
          Minister Mishustin" ... "President Mishustin", "manager Alan Pardew" ... "striker Pardew";
          the office read from a title or from any description of the person ("Ana Roe, the
          52-year-old finance minister,", "Ana Roe (mayor)", "who heads the finance ministry", "the
          head of the finance ministry, Ana Roe,"). Which offices exclude each other is data
          (``conflicts`` in ``analysis/data/roles.yaml``): head-of-state and head-of-government
          titles, cabinet posts against those and against each other (one portfolio under two names,
          such as finance minister and chancellor of the exchequer, is one post), a governor or
          mayor against a council member or commissioner, a sheriff or police chief against a rank
          ("Sgt.", "Lt."), a club's manager against its players, chairman and owner, a company's
          chief executive against its finance chief, a spokesman against the leader he speaks for, a
          shadow minister against the minister, a minister against a governor, a councillor
          against a sheriff, a defence lawyer against the prosecutor. Generic words
          ("leader", "chief") fit any office.
        - One office of one named country or organisation (a president, a prime minister, a
          club manager) given to two different people: "Russian Prime Minister Mikhail
          Mishustin" ... "Russian Prime Minister Dmitry Medvedev".
        - In copy in Spanish, Portuguese, Italian, French, German, Dutch or Polish, one surname
          given two such offices by titles before or after the name ("ministro de Defensa Roe" ...
          "dijo Roe, ministro del Interior,"; the titles in ``analysis/data/offices_abroad.yaml``; a
          judge, a prosecutor, a firm's chief executive or finance chief, a player, the opposition's
          leader too), a ministry of several portfolios ("de Economía, Industria y Empleo, Ana
          Roe"), a coach or captain, a senator, a region's president (its governor; "presidente
          della Regione Roe"), a title after a name and "as" ("Ana Roe comme ministre"), a chamber's
          president or Poland's marshal (its speaker), a plural minister's list ("los ministros de
          Hacienda, Ana Roe; de Salud, ..."), a portfolio the data lacks ("ministre de la Culture,
          Ana Roe"; Dutch "minister Roe (Onderwijs)" or "van Onderwijs"), a surname with a courtesy
          title ("Mme Roe, ministre de ..."), the first of two surnames said alone ("Luis Roe
          García" ... "Roe"), a title read past further words to a name the story gives with a title
          ("chargée de l'Industrie Ana Roe", "du gouvernement Ana Roe", "prof. Ana Roe"), a
          spokesperson's title owning the office after it ("rzecznik prezydenta Ana Roe": the
          spokesperson's name).
        - A spokesperson of a ministry, an agency, a party or of no one named against a minister
          of a portfolio ("porta-voz da Fazenda" ... "ministro da Fazenda"; "ministry spokesman"
          ... "Health Minister"), in every language; a government's spokesperson may be one
          (and a bare "portavoz", "porte-parole", "porta-voz": in es/fr/pt copy often a minister).
        - A quoted office statement that opens on the title and full name ('"Prime Minister Ana
          Roe today met ..."') counts as narration; so does a speaker named between dashes
          inside a quotation. A name with and without its middle name is one person.
        Not flagged: titles marked as past or future ("former", "then-", "acting", "elect";
        "new" is the title held now), a change of office said with the title ("became", "was
        appointed", "until"; in other copy a change word among the three words around it or in a
        relative clause on the holder, not a passive "wurde" or a future "sera" right after the
        holder's name nor a future of another subject: "Selon le ministre Roe, le texte sera
        adopté"),
        a title next to the name that is another's ("In a letter to the mayor, Ana Roe said", "Ana
        Roe, the coach's daughter,"), a title the person "also" holds, two titles one sentence gives the person together
        ("the Mayor of Bolton, Councillor Jane Roe"; "vicepresidenta y ministra de Hacienda, Ana
        Roe"), one minister of two portfolios ("Economía y Finanzas" ... "Economía"; "Minister
        of Culture and Sport" ... "Sport Minister"), and offices several people hold at once
        (minister, senator, spokesperson). US abbreviations count ("Gov.", "Sen.", "Lt. Gov.").

    Why it matters:
        A swapped title is a factual error that spell-checkers and proof-readers pass over: the
        name is right, the sentence reads well, and the reader leaves with the wrong idea of who
        holds power.

    Bad:
        Russian Prime Minister Mikhail Mishustin met the delegation. [...] President Mishustin
        said gas supplies would grow.

    Good:
        Russian Prime Minister Mikhail Mishustin met the delegation. [...] Mishustin said gas
        supplies would grow.
    """

    id = "FL202"
    name = "role-change"
    severity = Severity.WARNING
    needs_model = False

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        ms: Mentions = ctx.analysis(compute)
        yield from self._incompatible_roles(doc, ms)
        yield from self._shared_offices(doc, ms)
        yield from self._incompatible_abroad(doc, ctx, ms)

    def _incompatible_abroad(self, doc: Document, ctx: Context, ms: Mentions) -> Iterable[Finding]:
        """In copy of another language (``analysis/data/offices_abroad.yaml``): one surname
        given two offices that conflict ("el ministro de Defensa Roe" ... "el ministro del
        Interior Roe") by titles before or after the name ("Ana Roe, ministra de Salud"), in
        sentences that say no change of office; in Polish and Finnish in any case form."""
        found = ctx.analysis(abroad)
        if found.language is None:
            return
        lex = ms.lexicon
        by_surname: dict[str, list] = {}
        listed = listed_ministers(doc, found.language)  # "los ministros de X, Ana Roe; de Y, ..."
        every = (
            sorted((*found.titles, *listed), key=lambda t: (t.sentence, t.start)) if listed else found.titles
        )
        titles = [
            t
            if t.name or t.name_before
            else _name_further(doc.sentences[t.sentence].text, t, set(), found.language)
            for t in _spokespeople_of(doc, [t for t in every if not t.quoted], found.language)
        ]  # (a name after an academic title: "minister zdrowia prof. Jan Roe")
        named = {(t.name or t.name_before).split()[-1] for t in titles if t.name or t.name_before}
        for t in titles:
            if not (t.name or t.name_before):
                t = _name_as(doc.sentences[t.sentence].text, t)  # "Ana Roe comme ministre"
            if not (t.name or t.name_before) and named:
                t = _surname_set_off(doc.sentences[t.sentence].text, t, named)
            if not (t.name or t.name_before) and named:
                t = _region_head_named(doc.sentences[t.sentence].text, t, named)
            if not (t.name or t.name_before) and named:
                t = _name_near(doc.sentences[t.sentence].text, t, named, found.language, doc.text)
            t = _chamber_head(doc.sentences[t.sentence].text, t)
            if found.language == "nl" and t.name and " van " in t.name:
                t = _dutch_name(t)
            t = _portfolio_after(doc.sentences[t.sentence].text, t, found.language)
            if found.language == "de" and t.name and " " in t.name:
                t = _genitive_name(t, by_surname)  # "Kanzlerin Roes Entwurf": Roe's
            name = t.name or t.name_before
            if name is not None:
                surname = name.split()[-1]
                key = next((k for k in by_surname if _one_surname(k, surname, found.language)), None)
                if key is None and " " not in name:  # "Luis Roe García" ... "Roe": his first surname
                    key = next((k for k, ts in by_surname.items() if _inner_surname(surname, ts)), None)
                by_surname.setdefault(key or surname, []).append(t)
        for surname, titles in by_surname.items():
            for i, later in enumerate(titles):
                if _changed(found.language, doc.sentences[later.sentence].text, later):
                    continue
                # the first earlier title that clashes with this one, said with no change of office
                # (an earlier one marked as a change leaves the next its say)
                earlier = next(
                    (
                        e
                        for e in titles[:i]
                        if (
                            _abroad_conflict(lex, e, later)
                            or _voice_and_minister(doc, lex, e, later, titles, found.language)
                        )
                        and not _one_portfolio(doc, lex, e, later)
                        and e.sentence != later.sentence
                        and not (e.owner and later.owner and e.owner != later.owner)
                        and not _two_people(
                            e.name or e.name_before, later.name or later.name_before, found.language
                        )
                        and not _changed(found.language, doc.sentences[e.sentence].text, e)
                        and not _change_said_between(doc, found.language, surname, e, later)
                        and not _held_together(doc, found.titles, e, later)
                        and not _held_together(doc, found.titles, later, e)
                    ),
                    None,
                )
                if earlier is None:
                    continue
                sentence = doc.sentences[later.sentence]
                first = doc.sentences[earlier.sentence]
                said = sentence.text[later.owner_start : later.name_end]
                before = first.text[earlier.owner_start : earlier.name_end]
                # two portfolios the data does not name are both a bare "minister": the quoted
                # titles say what differs, a gloss of the same word twice would hide it
                now, then = (
                    (f" ({later.office})", f" ({earlier.office})")
                    if later.office != earlier.office
                    else ("", "")
                )
                yield self.finding(
                    doc.sub_span(sentence, later.owner_start, later.name_end),
                    f"'{said}'{now} here, but '{before}'{then} on line "
                    f"{first.span.line}; one person cannot hold both offices at once: check which "
                    f"is right, or say when the office changed",
                    related=[
                        Related(doc.sub_span(first, earlier.owner_start, earlier.name_end), message=before)
                    ],
                    key_texts=[sentence.text, first.text, surname],
                )
                break

    def _incompatible_roles(self, doc: Document, ms: Mentions) -> Iterable[Finding]:
        lex = ms.lexicon
        for ent in ms.entities:
            if ent.kind != "person":
                continue
            read, unread = _read_roles(doc, lex, ent)  # what the title readers pass over
            read += new_posts(doc, ms, ent, [*ent.roles, *read])  # a post just taken; a client's lawyer
            current = [
                r
                for r in _in_order([*ent.roles, *read])
                if (not r.temporal or (r not in read and _newly_in(doc, r)))
                and (not r.mention.in_quote or _opens_a_readout(doc, r))
                and not (r.mention.link == "apposition" and id(r.mention) in unread)
            ]
            reported: set[frozenset[str]] = set()
            for i, later in enumerate(current):
                for earlier in current[:i]:
                    pair = frozenset((earlier.office, later.office))
                    sides = other_sides(doc, lex, earlier, later)  # rival clubs; union and firm
                    sides = sides or staff_and_minister(doc, lex, earlier, later)  # a ministry's
                    if pair in reported or not (
                        sides
                        or lex.conflict(_office_of(earlier), _office_of(later))
                        or _a_ministry_voice(doc, lex, ent, earlier, later)
                        or chief_and_chair(doc, earlier, later)
                    ):
                        continue
                    if _short_form(earlier, later):
                        continue  # "Police Commissioner Roe" ... "Commissioner Roe": one title
                    if not sides and (
                        _one_compound_post(lex, earlier, later) or joint_post(doc, earlier, later)
                    ):
                        continue  # "Minister of Culture and Tourism" ... "Tourism Minister Roe"
                    if not sides and (
                        _said_together(ms, ent, earlier.office, later.office)
                        or _read_together(read, earlier, later)
                    ):
                        continue  # both at once on purpose: "the Mayor of Bolton, Councillor Roe"

                    if not (
                        sides
                        or _same_place(earlier.jurisdiction, later.jurisdiction)
                        or _player_and_coach(lex, earlier, later)
                    ):
                        continue
                    if _changed_office_between(doc, ent, earlier, later):
                        continue
                    if _also(doc, later) or _also(doc, earlier):
                        continue  # "Okoro, who is also the county's sheriff": both at once, said
                    reported.add(pair)
                    sentence = doc.sentences[later.mention.sentence]
                    yield self.finding(
                        later.mention.span,
                        f"{ent.display} is called {_title(later)} here but {_title(earlier)} on "
                        f"line {earlier.mention.span.line}; one person cannot hold both offices "
                        f"at once: check which is right, or say when the office changed",
                        related=[Related(earlier.mention.span, message=f"called {_title(earlier)} here")],
                        key_texts=[sentence.text, doc.sentences[earlier.mention.sentence].text, ent.display],
                    )

    def _shared_offices(self, doc: Document, ms: Mentions) -> Iterable[Finding]:
        lex = ms.lexicon
        holders: dict[tuple[str, str], list[tuple[Entity, RoleAssignment]]] = {}
        for ent in ms.entities:
            if ent.kind != "person":
                continue
            for role in ent.roles:
                office = lex.offices.get(role.office)
                if (
                    office is None
                    or not office.unique
                    or role.jurisdiction is None
                    or role.temporal
                    or role.mention.in_quote
                ):
                    continue
                holders.setdefault((role.office, role.jurisdiction), []).append((ent, role))
        for (office, place), found in holders.items():
            found.sort(key=lambda item: (item[1].mention.sentence, item[1].mention.start))
            first_ent, first_role = found[0]
            other = next(((e, r) for e, r in found[1:] if e is not first_ent), None)
            if other is None:
                continue
            ent, role = other
            sentence = doc.sentences[role.mention.sentence]
            yield self.finding(
                role.mention.span,
                f"{ent.display} is called {_title(role)} here, but line "
                f"{first_role.mention.span.line} gives that office to {first_ent.display}; "
                f"one {office} of {place} at a time: check which is right, or mark one as former",
                related=[
                    Related(first_role.mention.span, message=f"{first_ent.display} as {_title(first_role)}")
                ],
                key_texts=[sentence.text, doc.sentences[first_role.mention.sentence].text],
            )


def _a_ministry_voice(doc: Document, lex, ent: Entity, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether one role is a spokesperson's and the other a cabinet post ("Health Minister Roe"
    ... "ministry spokesman Roe"), and no spokesperson's title of the person says it speaks for
    a government ("Government spokesman Roe"; a minister may be that at once)."""
    for one, other in ((a, b), (b, a)):
        office = lex.office(other.office)
        if one.office != "spokesperson" or office is None or office.group != "cabinet":
            continue
        for r in ent.roles:
            if r.office == "spokesperson":
                text = doc.sentences[r.mention.sentence].text
                said = WORD.findall(text[max(0, r.mention.start - 30) : r.mention.end])[-6:]
                if government_voice([*said, *(r.jurisdiction or "").split()]):
                    return False
        return True
    return False


def _change_said_between(doc: Document, lang: str, surname: str, earlier, later) -> bool:
    """Whether a sentence between two titles names the person and says an office changed ("Jan
    Roe został mianowany ministrem", "Roe fue nombrada ministra"): the first title was true
    then."""
    for s in doc.sentences[earlier.sentence + 1 : later.sentence]:
        at = s.text.find(surname)
        if at >= 0 and says_a_change(lang, s.text, at, at + len(surname)):
            return True
    return False


def _held_together(doc: Document, every: tuple, one, other) -> bool:
    """Whether the sentence of ``one`` gives its holder ``other``'s office too, a title joined
    to it by "and" ("la vicepresidenta primera y ministra de Hacienda, Ana Roe" ... "la
    vicepresidenta Roe"): both offices are the person's at once, said so."""
    text = doc.sentences[one.sentence].text
    for t in every:
        if t.sentence != one.sentence or t.office != other.office:
            continue
        if t.end <= one.start and _JOINED.fullmatch(text, t.end, one.start):
            return True
        # (or after it: "il sindaco di X e presidente della Provincia, Ana Roe")
        if t.start >= one.owner_end and _JOINED.fullmatch(text, max(one.end, one.owner_end), t.start):
            return True
    return False


# between two titles of one holder: "and", an ordinal or adjective before it ("primera y")
_JOINED = re.compile(r"\s*(?:[\w-]+\s+)?(?:y|e|et|i|und|en|ed|and)\s+(?:(?:la|el|le|il|o|a|de|der|die)\s+)?")


def _changed(lang: str, text: str, title) -> bool:
    """Whether the words around a title (its owner and name with it) say its office changed. A
    passive or future auxiliary right after the name ("Ministerin Roe wurde in Paris empfangen",
    "minister Roe werd ... ontvangen") has the holder as its subject and says nothing of the
    office, unless a change participle ("entlassen", "benoemd") or a title follows it."""
    start = min(title.owner_start, title.start)
    end = max(title.name_end, title.owner_end, title.end)
    text = _others_auxiliary(lang, text, end)
    aux = _AUX_AFTER.match(text, end) if title.name and lang in _SUBJECT_AUX else None
    if aux is not None and aux.group(1).lower() in _SUBJECT_AUX[lang]:
        after = text[aux.end() : aux.end() + 80]
        words = {w.lower() for w in WORD.findall(after)[:6]}
        if not (words & _REAL_CHANGE[lang]) and not any(w.endswith(_TITLE_ENDS) for w in words):
            text = text[: aux.start()] + " " * (aux.end() - aux.start()) + text[aux.end() :]
    return says_a_change(lang, text, start, end)


def _others_auxiliary(lang: str, text: str, end: int) -> str:
    """The sentence with a tense auxiliary after a title blanked out where another subject
    comes between ("Selon le ministre Roe, le texte sera adopté", "Zdaniem ministra Roe projekt
    zostanie przyjęty"): it says the text will pass, not that the office changes. One right
    after the title and name, or after a relative pronoun ("Roe, qui sera remplacé"), stays."""
    auxiliaries = _TENSE_AUX.get(lang)
    if not auxiliaries:
        return text
    after = text[end : end + 60]
    words = list(WORD.finditer(after))[:_NEAR_AFTER]
    for i, w in enumerate(words):
        if w.group().lower() not in auxiliaries or i == 0:
            continue
        between = {x.group().lower() for x in words[:i]}
        if between & _RELATIVES:
            continue
        at = end + w.start()
        text = text[:at] + " " * (w.end() - w.start()) + text[at + w.end() - w.start() :]
    return text


_NEAR_AFTER = 3  # (as many words as says_a_change reads after a title)
# auxiliaries of the future and the passive, which say a change only of their own subject
_TENSE_AUX = {
    "es": frozenset({"será", "sería"}),
    "pt": frozenset({"será", "seria"}),
    "it": frozenset({"sarà"}),
    "fr": frozenset({"sera"}),
    "de": frozenset({"wird", "wurde"}),
    "nl": frozenset({"wordt", "werd"}),
    "pl": frozenset({"zostanie", "został", "została", "będzie"}),
}
_RELATIVES = frozenset(
    "qui que quien quienes cual cuales quem qual quale cui che der die das welcher welche dat "
    "wie który która które którego której".split()
)


_AUX_AFTER = re.compile(r"\s+(\w+)\b")
# auxiliaries that open a passive or a future ("wurde", "wird", "werd", "wordt", "został")
_SUBJECT_AUX = {
    "de": frozenset({"wurde", "wird"}),
    "nl": frozenset({"werd", "wordt"}),
    "pl": frozenset({"został", "została", "zostanie", "będzie"}),
    # ("le ministre Roe sera vendredi à Bruxelles": where the holder will be, not a new office)
    "fr": frozenset({"sera"}),
    "it": frozenset({"sarà"}),
    "es": frozenset({"será", "sería"}),
    "pt": frozenset({"será", "seria"}),
}
# participles that say the office itself changed ("wurde entlassen", "werd benoemd")
_REAL_CHANGE = {
    "de": frozenset(
        "ernannt entlassen gewählt vereidigt abgelöst berufen abberufen befördert nominiert "
        "zurückgetreten bestimmt designiert gestürzt abgewählt".split()
    ),
    "nl": frozenset("benoemd ontslagen gekozen beëdigd aangesteld voorgedragen opgevolgd afgezet".split()),
    "pl": frozenset(
        "mianowany mianowana odwołany odwołana powołany powołana wybrany wybrana zaprzysiężony "
        "zaprzysiężona zdymisjonowany zdymisjonowana".split()
    ),
    "fr": frozenset(
        "nommé nommée remplacé remplacée limogé limogée élu élue reconduit reconduite démis démise "
        "investi investie candidat candidate".split()
    ),
    "it": frozenset(
        "nominato nominata sostituito sostituita eletto eletta confermato confermata rimosso rimossa "
        "candidato candidata".split()
    ),
    "es": frozenset(
        "nombrado nombrada sustituido sustituida elegido elegida cesado cesada destituido destituida "
        "relevado relevada candidato candidata".split()
    ),
    "pt": frozenset(
        "nomeado nomeada substituído substituída eleito eleita exonerado exonerada demitido demitida "
        "candidato candidata".split()
    ),
}
# a title straight after the auxiliary ("Innenministerin Roe wird Kanzlerin"): a change
_TITLE_ENDS = tuple(
    "minister ministerin kanzler kanzlerin präsident präsidentin meister meisterin premier "
    "sekretär sekretärin vorsitzender vorsitzende chef chefin president staatssecretaris "
    "ministrem premierem prezydentem marszałkiem wojewodą burmistrzem ministre ministro ministra "
    "présidente presidenta maire sindaco sindaca alcalde alcaldesa prefeito prefeita".split()
)


def _one_portfolio(doc: Document, lex, a, b) -> bool:
    """Whether a minister of a portfolio the data lacks shares a portfolio's word with the other
    title ("de Producción y Trabajo" ... "ministro de Trabajo": one post of two portfolios), or
    one title's portfolios hold all of the other's ("de Economía y Finanzas" ... "de Economía").
    Only ministers' titles: a firm's or a club's name after two of its posts is no portfolio
    ("amministratore delegato di Molveno Tessile" ... "direttore finanziario di Molveno Tessile")."""
    if not (_a_ministers(lex, a) and _a_ministers(lex, b)):
        return False

    def words(t) -> set[str]:
        said = doc.sentences[t.sentence].text[t.start : max(t.end, t.owner_end)]
        return {
            w.lower()[:5]
            for w in f"{said} {t.portfolio or ''}".split()
            if len(w) > 3 and w[0].isupper() and not _bare_minister(w)
        }

    if a.portfolio or b.portfolio:
        return bool(words(a) & words(b))
    # a ministry of two portfolios and one of them ("de Economía y Finanzas" ... "de Economía")
    wa, wb = words(a), words(b)
    return bool(wa and wb) and max(len(wa), len(wb)) >= 2 and (wa <= wb or wb <= wa)


def _a_ministers(lex, title) -> bool:
    """Whether a title is a minister's: a cabinet post or a bare minister (of a portfolio or not)."""
    office = lex.office(title.office)
    return office is not None and office.group in ("cabinet", "minister")


def _bare_minister(word: str) -> bool:
    """Whether a word is the bare title "minister" in some language ("Ministre", "Ministra",
    "Ministerin" opening a sentence): no portfolio's word."""
    return word.lower().startswith("minist") and len(word) <= 10


def _abroad_conflict(lex, a, b) -> bool:
    """Whether two titles of one surname conflict: by their offices, or one a bare minister of a
    portfolio the data lacks ("ministro dos Transportes") and the other a minister of another
    ("ministro da Fazenda", "ministro das Cidades")."""
    if _a_chamber_head_so(a, b):
        return False
    if lex.conflict(a.office, b.office):
        return True
    if a.portfolio and b.portfolio:
        return a.portfolio.lower()[:5] != b.portfolio.lower()[:5]
    for one, other in ((a, b), (b, a)):
        office = lex.office(other.office)
        if one.portfolio and other.portfolio is None and office is not None and office.group == "cabinet":
            return True
        if one.portfolio and office is not None and office.group != "cabinet":
            return lex.conflict(other.office, _A_PORTFOLIO)  # ("premier" ... "minister Roe van X")
    return False


_A_PORTFOLIO = "health minister"  # (any cabinet post stands for a minister of a portfolio the data lacks)


def _voice_and_minister(doc: Document, lex, a, b, own: list, lang: str) -> bool:
    """Whether one title is a spokesperson's and the other a minister's or a cabinet post's, and
    the spokesperson speaks for a ministry, an agency, a party or no one named ("porta-voz da
    Fazenda", "rzecznik ministerstwa", a bare "woordvoerder"): a ministry's spokesperson is not
    a minister of a portfolio. A government's spokesperson may be a minister at once ("la
    ministra portavoz"), and so may one the story gives such a title anywhere (``own``: the
    person's titles), or a bare one in Spanish, French or Portuguese copy, where a government's
    spokesperson is often a minister ("la portavoz Roe"); a bare "minister" may be a
    spokesperson's rank."""
    for one, other in ((a, b), (b, a)):
        office = lex.office(other.office)
        if one.office != "spokesperson" or office is None or office.group not in ("cabinet", "minister"):
            continue
        if office.group != "cabinet" and not other.portfolio and not _a_ministry(_own_words(doc, one)):
            continue  # (a bare "minister" may be a president's spokesperson's rank: "minister Roe")
        return not any(t.office == "spokesperson" and _a_government_voice(doc, t, lang) for t in own)
    return False


def _a_government_voice(doc: Document, title, lang: str) -> bool:
    """Whether a spokesperson's title speaks for a government: its words say so ("del Gobierno"),
    a minister's title stands right before it ("la ministra portavoz"), or it names no body in
    copy whose governments' spokespeople are often ministers (es, fr, pt: "la portavoz Roe")."""
    text = doc.sentences[title.sentence].text
    if government_voice(_own_words(doc, title)):
        return True
    if any(
        w.lower() in _MINISTER_WORDS for w in WORD.findall(text[max(0, title.start - 25) : title.start])[-2:]
    ):
        return True
    if lang not in _MINISTER_VOICES:
        return False
    stop = title.name_end - len(title.name) if title.name else len(text)
    after = re.split(r"[,;:.()]", text[title.end : max(stop, title.end)])[0]
    return not any(not a_link(w, lang) for w in WORD.findall(after))


_MINISTER_VOICES = frozenset({"es", "fr", "pt"})


def _a_ministry(words: list[str]) -> bool:
    """Whether a spokesperson's words name a ministry ("del Ministerio de Sanidad")."""
    return any(w.lower().startswith(_MINISTRY_STEMS) and w.lower() not in _MINISTER_WORDS for w in words)


_MINISTER_WORDS = frozenset("minister ministre ministro ministra ministerin".split())


def _own_words(doc: Document, title) -> list[str]:
    """The words of a title, its owner and what follows it up to its holder's name or a comma
    ("porte-parole du ministère de la Santé"), and the two words before it ("Government")."""
    text = doc.sentences[title.sentence].text
    end = title.name_end if title.name else max(title.end, title.owner_end) + 40
    after = re.split(r"[,;:.()]", text[title.start : end])[0]
    return WORD.findall(text[max(0, title.start - 25) : title.start])[-2:] + WORD.findall(after)


def _spokespeople_of(doc: Document, titles: list, lang: str) -> list:
    """The titles with a spokesperson's title that owns the office after it ("rzecznik
    prezydenta Jan Roe", "la porte-parole du Premier ministre, Ana Roe", "Sprecher des
    Kanzlers"): the name is the spokesperson's, not the office holder's, and the office after
    it is nobody's title here."""
    out: list = []
    for t in titles:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.office == "spokesperson"
            and prev.sentence == t.sentence
            and not prev.name
            and t.office != "spokesperson"
            and "," not in doc.sentences[t.sentence].text[prev.end : t.start]
            and all(
                title_glue(w, lang) for w in WORD.findall(doc.sentences[t.sentence].text[prev.end : t.start])
            )
        ):
            out[-1] = replace(
                prev,
                name=t.name,
                name_end=t.name_end if t.name else prev.name_end,
                owner_end=max(prev.owner_end, t.end),
            )
            continue
        out.append(t)
    return out


def _name_further(text: str, title, named: set[str], lang: str, story: str = ""):
    """A holder's name after a title's further words ("la ministre déléguée chargée de
    l'Industrie Ana Roe", "la cheffe de la diplomatie elbonienne, Ana Roe", "le porte-parole du
    gouvernement Tom Vale", "rzecznik ministerstwa transportu Jan Roe"): capitalised words,
    links, articles, demonyms, state organs, the data's ``title_glue`` and a ministry's portfolio
    in small letters, up to a surname the story names with a title elsewhere (``named``), or a
    name of capitalised words after an academic title ("minister zdrowia prof. Jan Roe"). A verb
    or any other word ends the title ("le ministre a reçu Ana Roe": another person)."""
    start = last = title.end
    ministry, small, honour = False, 0, None  # (honour: where the name after "prof." begins)
    caps: list[re.Match] = []
    # small words after a portfolio's capital ("de la Transition écologique"), the last just read
    adjectives, after_small = 0, False
    for w in WORD.finditer(text, start, min(len(text), start + 90)):
        word, low = w.group(), w.group().lower()
        between = text[last : w.start()]
        if any(c in between for c in ';:()"“”«»') or ("." in between and honour != len(caps)):
            break
        last = w.end()
        if len(word) <= 4 and low in _ACADEMIC and text[w.end() : w.end() + 1] == ".":
            honour = len(caps)  # ("prof. Jan Roe": the capitalised words after it are a name)
        elif word[:1].isupper():
            if after_small and "," not in between:
                break  # (after a portfolio's small words only a name set off: "écologique, Ana Roe")
            after_small = False
            caps.append(w)
            if word in named:
                given = caps[-2] if len(caps) >= 2 and caps[-2].end() + 1 == w.start() else w
                before = WORD.findall(text[max(0, given.start() - 12) : given.start()])[-1:]
                if honour is None and before and a_link(before[0], lang):  # a body's word before it
                    if not _alone(story, given, w):
                        break  # the body's second word ("de Comercio Exterior"): no name
                    given = w  # ("del Congreso Roe": Roe)
                first = given
                return _named_so(text, title, caps[honour] if honour is not None else first, w)
        elif honour is not None and len(caps) > honour:
            break
        elif title_glue(word, lang):
            # (a ministry's or a delegate's remit in small letters: "chargé des sports, Ana Roe")
            ministry = ministry or low.startswith(_MINISTRY_STEMS + _REMIT_STEMS)
        elif ministry and not caps and small < 3 and low not in acts(lang) | auxiliaries(lang):
            small += 1  # a ministry's portfolio in small letters: "ministerstwa transportu"
        elif _portfolio_adjective(title, caps, adjectives, between, low, lang):
            adjectives, after_small = adjectives + 1, True
        else:
            break
    if honour is not None and len(caps) > honour:
        return _named_so(text, title, caps[honour], caps[-1])
    return title


_ACADEMIC = frozenset("prof dr hab dra dott ing avv mgr inż drs ir mr".split())


def _portfolio_adjective(title, caps: list, adjectives: int, between: str, low: str, lang: str) -> bool:
    """Whether a small word carries on a bare minister's portfolio the data lacks: one or two
    words right after its capitalised noun, before any comma ("ministre de la Transition
    écologique, Ana Roe", "ministro dello Sviluppo economico"), none a verb."""
    return (
        title.office == "minister"
        and not title.owner
        and bool(caps)
        and adjectives < 2
        and "," not in between
        and low.isalpha()
        and low not in acts(lang) | auxiliaries(lang) | being(lang)
    )


def _alone(story: str, body: re.Match, surname: re.Match) -> bool:
    """Whether the story gives a surname read right after a body's word ("del Congreso Roe")
    without that word elsewhere ("Ana Roe", "Roe dijo"): a person's name, not the body's second
    word ("de Comercio Exterior" only ever so)."""
    if body is surname:
        return True
    return re.search(rf"(?<!{re.escape(body.group())} ){re.escape(surname.group())}\b", story) is not None


def _name_near(text: str, title, named: set[str], lang: str, story: str):
    """A title's holder read past the title's further words ("chargée de l'Industrie Ana Roe") or
    set off before it ("Ana Roe, nouvelle ministre", "Ana Roe (ministre des Sports)")."""
    title = _name_further(text, title, named, lang, story)
    return title if title.name else _name_set_before(text, title, named, lang)


def _name_set_before(text: str, title, named: set[str], lang: str):
    """A full name set off before a title by a comma or a bracket, with an article or a "new" or
    "current" between ("Ana Roe, nouvelle ministre de ...", "Ana Roe, la nueva ministra",
    "Ana Roe (ministre des Sports)"), when the story gives the surname with a title elsewhere."""
    m = _SET_OFF_FULL.search(text, max(0, title.owner_start - 80), title.owner_start)
    if m is None or m.group(1).split()[-1] not in named:
        return title
    if not all(title_glue(w, lang) for w in WORD.findall(m.group(2))):
        return title
    return replace(title, name_before=m.group(1))


_SET_OFF_FULL = re.compile(
    r"(?<![\w'’-])((?:[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+ ){1,2}[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+) ?[,(] ?((?:[\w'’]+ ){0,2})$"
)


def _named_so(text: str, title, first: re.Match, last: re.Match):
    """The title with the name from ``first`` to ``last`` (an owner read over the name dropped)."""
    name = text[first.start() : last.end()]
    if title.owner_text and last.group() in title.owner_text:
        return replace(title, name=name, name_end=last.end(), owner=None, owner_text=None)
    return replace(title, name=name, name_end=last.end())


_MINISTRY_STEMS = ("ministerstw", "ministère", "minister", "ministério", "ministero", "resort")
_REMIT_STEMS = ("chargé", "incaricat", "encargad", "encarregad", "delegat", "délégu")


def _surname_set_off(text: str, title, named: set[str]):
    """A title set off by commas after a surname alone that the story gives in full with another
    title ("ha dicho Roe, ministro de Hacienda, que ..."): the title is that person's. Not a
    title that goes on into the sentence ("Según Roe, el ministro dijo": another person)."""
    m = _SET_OFF.search(text, max(0, title.owner_start - 40), title.owner_start)
    end = max(title.end, title.owner_end)
    if title.office == "minister" and not title.owner and (bare := _BARE_PORTFOLIO.match(text, end)):
        end = bare.end()  # ("Roe, ministre de la Culture, a dit": a portfolio the data lacks)
    more = _MORE_PORTFOLIOS.match(text, end)  # ("Roe, ministro de Energía y Minas, dijo")
    end = more.end() if more else end
    if m is None or m.group(1) not in named or text[end : end + 1] not in (",", ".", ";"):
        return title
    return replace(title, name_before=m.group(1))


_MORE_PORTFOLIOS = re.compile(
    r"(?:,? (?:y|e|et|ed|i|und|en) (?:(?:de la|de l['’]|del|de|da|do|das|dos|des|du|della|dell['’]|di|für|van) ?)?"
    r"[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+)+"
)


def _portfolio_after(text: str, title, lang: str):
    """A bare minister's portfolio the data lacks, read after the title: "ministre de la
    Culture, Ana Roe" (a link and a capitalised word, no state or body; an unlisted "owner"
    before the name: "ministro-chefe da Casa Civil, Ana Roe"; a Polish genitive noun straight
    before the name: "minister cyfryzacji Ana Roe"), or in Dutch copy the
    portfolio in brackets after the name ("minister Roe (Onderwijs)"; a party's letters there are
    no portfolio). Then another minister's portfolio conflicts with it."""
    if title.office != "minister" or title.portfolio:
        return title
    if title.owner:  # an owner the data does not list, with a name after it: "da Casa Civil, Ana Roe"
        words = title.owner_text.split() if title.owner == title.owner_text and title.name else ()
        if words and all(w[:1].isupper() for w in words) and not any(body(w) for w in words):
            return replace(title, portfolio=words[0], owner=None, owner_text=None)
        return title
    m = _BARE_PORTFOLIO.match(text, title.end)
    if m is None and lang == "pl" and title.name:  # "minister cyfryzacji Jan Roe": a genitive noun
        m = _POLISH_PORTFOLIO.fullmatch(text, title.start, title.end)
    if m is None and lang == "nl" and title.name:  # "minister Roe (Onderwijs)", "minister Roe van Onderwijs"
        m = _BRACKETED_PORTFOLIO.match(text, title.name_end) or _DUTCH_PORTFOLIO.match(text, title.name_end)
    if m is None or not_an_owner(m.group(1)):
        return title
    return replace(title, portfolio=m.group(1))


_BARE_PORTFOLIO = re.compile(
    r"\s+(?:de la|de l['’]|del|de|da|do|das|dos|des|du|aux|au|della|dell['’]|dello|delle|degli|di|für|van|voor)"
    r"\s*([A-ZÀ-ÞŁŚŻŹĆŃ][a-zß-ÿąćęłńóśźż'’-]{3,})\b"
)


# a portfolio in brackets, one or two words of small letters after the capital: not "(VVD)", "(D66)"
def _dutch_name(title):
    """A Dutch name read on into "van" and what the holder heads: the ministry ("minister Roe van
    Financiën": the finance minister Roe) or, after a first name and a surname, the town
    ("burgemeester Ana Roe van Lorbeek"). A particle after a first name alone is the surname's
    ("Ana van Roe")."""
    name, _, rest = title.name.partition(" van ")
    office = office_named("nl", f"minister van {rest}") if title.office == "minister" else None
    if office is not None:
        return replace(title, name=name, office=office)
    if len(name.split()) >= 2 and rest[:1].isupper():
        return replace(title, name=name)
    return title


_POLISH_PORTFOLIO = re.compile(r"(?i:minist\w*)\s+([a-ząćęłńóśźż]{4,}(?:\s+i\s+[a-ząćęłńóśźż]{4,})?)")
_DUTCH_PORTFOLIO = re.compile(r"\s+van\s+([A-Z][a-zë]{4,}(?:\s+Zaken)?)\b")
_BRACKETED_PORTFOLIO = re.compile(r"\s*\(([A-ZÀ-Þ][a-zß-ÿ]{4,}(?: [A-Za-zß-ÿ][a-zß-ÿ]+)?)\)")


def _region_head_named(text: str, title, named: set[str]):
    """A region's president given by the short form, the holder's name right after the
    region's noun ("il presidente della Regione Roe", "la présidente de la région Ana Roe"): the
    name of a person the story names with another title is no owner but the holder."""
    if title.office != "governor":
        return title
    if title.owner_text and title.owner_text.split()[-1] in named and title.owner_text[:1].isupper():
        words = title.owner_text.split()
        if len(words) <= 2 and not any(body(w) for w in words):
            return replace(title, name=title.owner_text, owner=None, owner_text=None)
        return title
    m = _REGION_THEN_NAME.match(text, max(title.end, title.owner_end))
    if m is None or m.group(1).split()[-1] not in named:
        return title
    return replace(title, name=m.group(1), name_end=m.end(1))


_REGION_THEN_NAME = re.compile(
    r"\s+(?:de la|della|de|da|do|del|di|der|van de)\s+(?:R[ée]gion[e]?|Regi[oó]n|Região|r[ée]gion[e]?|regi[oó]n|região)"
    r"\s+((?:[A-ZÀ-Þ][\w'’-]+\s+)?[A-ZÀ-Þ][\w'’-]+)\b"
)


def _name_as(text: str, title):
    """A title after a full name and "as" ("avec Ana Roe comme nouveau ministre de ...", "Ana Roe
    als neue Ministerin", "Ana Roe como ministra de ..."): the title is that person's. Not
    "comme le ministre" or "als der Minister" (like / than another person) nor a name set off by
    a comma before it."""
    m = _NAME_AS.search(text, max(0, title.owner_start - 80), title.owner_start)
    if m is None or m.end() != min(title.owner_start, title.start):
        return title
    return replace(title, name_before=m.group(1))


_NAME_AS = re.compile(
    r"(?<![\w,])((?:[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+ ){1,3}[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+) "
    r"(?:comme|als|como|come|jako) "
    r"(?:(?:nouveau|nouvelle|neuer|neue|neuen|nuevo|nueva|nuovo|nuova|novo|nova|nowy|nowa|nieuwe) )?$"
)


def _chamber_head(text: str, title):
    """A chamber's president ("presidente de la Cámara de Diputados", "président du Sénat") is
    its speaker, a head of the legislature (not a chairman, who conflicts with no office): not
    also a minister or a head of state. A city's chamber ("Câmara Municipal", whose president
    is a mayor in Portugal) and a chamber of commerce are left alone."""
    if title.office != "chairman":
        return title
    end = max(title.end, title.owner_end)
    stop = title.name_end if title.name else end + 40
    said = re.split(r"[,.;:]", text[title.start : stop])[0]  # (the title's own words)
    if _CHAMBER.search(said) is None or _NOT_A_HOUSE.search(said + text[stop : stop + 25]):
        return title
    return replace(title, office="speaker")


_CHAMBER = re.compile(
    r"\b(?:C[aáâ]mara|Camera|Chambre|Kamer|Sen(?:ado|ato|at)|Sénat|Sejm|Bundestag|Bundesrat|"
    r"Landtag|Assembl[ée]e nationale|Asamblea (?:Nacional|Legislativa)|Assembleia (?:da República|"
    r"Legislativa)|Congreso|Congresso|Parlamento|Parlement|Parlament)\b"
)
_NOT_A_HOUSE = re.compile(
    r"\b(?:Municipal|municipal|Comunale|comunale|Com[ée]rcio|Comercio|Commercio|[Cc]ommerce|"
    r"Koophandel|Handels|Industri\w*|Vereadores)\b"
)


def _a_chamber_head_so(a, b) -> bool:
    """A chamber's speaker and a bare "president" of the same surname: the second is the first
    said short ("el presidente de la Cámara, Roe" ... "el presidente Roe")."""
    return {a.office, b.office} == {"speaker", "president"} and None in (a.owner, b.owner)


_SET_OFF = re.compile(
    r"(?<![\w.])(\w+), (?:(?:el|la|o|a|il|le|der|die|de|het) )?"
    r"(?:(?:obecny|obecna|actual|atual|attuale|actuel|actuelle|derzeitige|amtierende|huidige) )?$"
)  # ("Roe, obecny szef resortu ...": the current head)

_DECLINED = ("pl", "fi")  # languages whose first names take case endings


def _genitive_name(title, by_surname: dict):
    """A German title's "name" that is a surname the story gave before in the genitive and the
    noun it owns ("Kanzlerin Roes Entwurf"): the title is that person's."""
    for word in title.name.split():
        if word.endswith("s") and word[:-1] in by_surname:
            return replace(title, name=word)
    return title


def _one_surname(a: str, b: str, lang: str) -> bool:
    """Two forms of one surname: its case forms in Polish and Finnish ("Wilk", "Wilka"), its
    genitive in German ("Lindholm", "Lindholms")."""
    if lang in _DECLINED:
        return _case_forms(a, b)
    return lang == "de" and (b == a + "s" or a == b + "s")


def _two_people(a: str | None, b: str | None, lang: str | None = None) -> bool:
    """Two full names that share a surname only ("Ana García" ... "Luis García"; "Luca Di Sarno"
    ... "Di Sarno" is one). In Polish and Finnish a first name takes case endings: "Ewy Roe"
    and "Ewa Roe", "Sannan Roe" and "Sanna Roe" are one person."""
    a, b = _without_honorific(a), _without_honorific(b)
    # (a surname's particle is capitalised when it opens the name: "Ilse de Wind" ... "De Wind")
    low_a, low_b = (a or "").lower(), (b or "").lower()
    if not (
        a
        and b
        and not low_a.endswith(low_b)
        and not low_b.endswith(low_a)
        and len(a.split()) > 1
        and len(b.split()) > 1
    ):
        return False
    if lang in _DECLINED:  # (from the end: a place's genitive may open one, "Dębna Jan Roe")
        return not all(_case_forms(x, y) for x, y in zip(reversed(a.split()), reversed(b.split())))
    return True


def _inner_surname(surname: str, titles: list) -> bool:
    """Whether a surname said alone is an inner word of a full name of three words or more the
    story gave with a title ("Luis Roe García", "Luís Roe da Silva" ... "Roe"): the first of two
    surnames, by which Spanish and Portuguese copy names the person after."""
    for t in titles:
        words = (t.name or t.name_before or "").split()
        if len(words) >= 3 and surname in words[1:-1] and surname[:1].isupper():
            return True
    return False


def _without_honorific(name: str | None) -> str | None:
    """A name without the courtesy title or bare "minister" before it ("Mme Roe", "Sr. Roe",
    "Minister Roe, szef resortu ..."): the surname alone, the person the story named in full."""
    if not name:
        return name
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in _HONORIFICS or _bare_minister(words[0])):
        words = words[1:]
    return " ".join(words)


_HONORIFICS = frozenset(
    "m mme mlle sr sra srta don doña dr dra pan pani signor signora sig herr frau dhr mevrouw mw "
    "mr mrs ms".split()
)


def _case_forms(a: str, b: str) -> bool:
    """Two case forms of one name, its end apart ("Ewa", "Ewy"; "Wilk", "Wilkiem"; "Laine",
    "Laineen"), a Polish name's last "e" dropped in the other cases ("Sitek", "Sitka"; "Paweł",
    "Pawła")."""
    if _same_stem(a, b):
        return True
    return any(x[-2:] in _MOBILE_E and y.startswith(x[:-2] + x[-1]) for x, y in ((a, b), (b, a)))


_MOBILE_E = frozenset({"ek", "eł", "el"})  # ("Marek" -> "Marka", "Paweł" -> "Pawła", "Wróbel" -> "Wróbla")


def _same_stem(a: str, b: str) -> bool:
    short = min(len(a), len(b))
    stem = max(2, short - 1) if short <= 4 else max(4, short - 2)
    return a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 4


def _player_and_coach(lex, a: RoleAssignment, b: RoleAssignment) -> bool:
    """A player of one side and the coach or manager of another: who still plays coaches no
    team ("Velorian striker Roe" ... "Corvale head coach Roe"), wherever each is."""
    groups = set()
    for role in (a, b):
        office = lex.office(role.office)
        groups.add(office.group if office else None)
    return "club-player" in groups and bool(groups & {"club-manager", "coach"})


def _office_of(role: RoleAssignment) -> str:
    """The office a role is for conflicts: who heads a police force or fire service by a
    general title ("Col. Roe, the City Police Office director") is its chief."""
    if role.office in _HEAD_TITLES and role.jurisdiction:
        words = set(role.jurisdiction.lower().split())
        if "police" in words:
            return "police chief"
        if "fire" in words:
            return "fire chief"
    return role.office


_HEAD_TITLES = frozenset({"director", "chief", "head", "commander", "general"})


def _one_compound_post(lex, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether one cabinet title names the other's portfolio among its own ("Minister for
    Foreign Affairs and Trade" ... "Trade Minister"): one post of two portfolios."""
    for one, other in ((a, b), (b, a)):
        office = lex.office(one.office)
        portfolio, _, title = one.office.rpartition(" ")
        other_office = lex.office(other.office)
        if (
            office is not None
            and office.group == "cabinet"
            and (other_office is None or other_office.group == "cabinet")  # (not a shadow post)
            and portfolio
            and title in CABINET_TITLES
            and portfolio in (other.title or "").lower()
            and not _deputy(other.office, one.office)  # (its deputy's: "Deputy Finance Minister")
        ):
            return True
    return False


def _deputy(office: str, of: str) -> bool:
    """Whether ``office`` is the deputy (vice, assistant...) of ``of``."""
    prefix, _, rest = office.partition(" ")
    return prefix in OFFICE_PREFIXES and rest == of


def _opens_a_readout(doc: Document, role: RoleAssignment) -> bool:
    """Whether a quoted title opens its quotation with the holder's full name, as an office's
    statement quoted whole does ('"Prime Minister Ana Roe today met ..."'): the statement's
    narration, not what a speaker calls someone in passing."""
    m = role.mention
    before, title = doc.sentences[m.sentence].text[: m.start].rstrip(), role.title or ""
    before = before[: len(before) - len(title)].strip() if title and before.endswith(title) else before
    return before in _OPENING_MARKS and len((m.name or "").split()) >= 2 and m.link == "premodifier"


_OPENING_MARKS = frozenset({'"', "“", "«", "„"})


def _newly_in(doc: Document, role: RoleAssignment) -> bool:
    """Whether a title marked as not current only says the holder is new to it or long in it
    ("new CEO Tim Cook", "longtime chairman X"): the office is theirs now."""
    m = role.mention
    text = doc.sentences[m.sentence].text
    before = text[max(0, m.start - 60) : m.start]
    title = role.title or ""
    at = before.rfind(title) if title else -1
    if at >= 0:
        before = before[:at]
    if _NEWLY.search(before) is not None:
        return True
    # "Roe was re-elected president last week": the election gives the title now held (a year
    # said with it may date a past term: left alone)
    won = _WON_OFFICE.match(text, m.end)
    return (
        won is not None
        and text[won.end() :].lower().startswith(title.lower().rsplit(" ", 1)[-1])
        and _A_YEAR.search(text) is None
    )


_NEWLY = re.compile(r"\b(?:new|newly[ -]appointed|long-?time)\s+(?:[\w'’.-]+\s+){0,2}$", re.I)
_WON_OFFICE = re.compile(
    r",?\s+(?:who\s+)?(?:was|is|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|named|appointed|chosen)\s+(?:as\s+)?",
    re.I,
)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _changed_office_between(
    doc: Document, ent: Entity, earlier: RoleAssignment, later: RoleAssignment
) -> bool:
    """Whether the story reports a change of office for this person between the two titles
    ("Putin, who became President in 2000, ...", the change said just after a mention of
    them): then the first title was true then."""
    a, b = earlier.mention.sentence, later.mention.sentence
    for m in ent.mentions:
        if not a <= m.sentence <= b:
            continue
        change = _OFFICE_CHANGE.search(doc.sentences[m.sentence].text, m.end, m.end + 60)
        if change is None:
            continue
        text = doc.sentences[m.sentence].text
        title = (earlier.title or "").lower().rsplit(" ", 1)[-1]
        if (
            m.sentence == a
            and title
            and text[change.end() : change.end() + 25].lower().lstrip(" -").startswith(("as " + title, title))
        ):
            continue  # "Roe was re-elected president": the change gives the first title itself
        return True
    return False


_OFFICE_CHANGE = re.compile(
    r"\b(became|become|becomes|becoming|elected|re-elected|appointed|promoted|sworn in|"
    r"succeeded|succeeds|replaced|replaces|took over|takes over|stepped down|resigned|"
    r"was named|has been named|was made)\b",
    re.I,
)


def _read_roles(doc: Document, lex, ent: Entity) -> tuple[list[RoleAssignment], set[int]]:
    """The offices the story's sentences give this person that its title readers did not: a
    description after the name ("Ana Roe, the country's finance minister,", "Ana Roe (mayor)",
    "Ana Roe, who heads the finance ministry,") or set off before it ("the head of the finance
    ministry, Ana Roe,"), read by ``analysis/held_offices.py``. One a sentence says the person
    holds "also" is left out: both are theirs. Also the mentions (by ``id``) where a title set
    off by a comma next to the name is someone else's ("In a letter to the
    mayor, Ana Roe said", "Ana Roe, the coach's daughter,")."""
    have = {(r.mention.sentence, r.office) for r in ent.roles}
    read: list[RoleAssignment] = []
    unread: set[int] = set()
    for m, text, at in named_mentions(doc.sentences, ent):
        if title_elsewhere(lex, text, at, at + len(m.name)):
            unread.add(id(m))
        for held in offices_held(lex, text, at, at + len(m.name)):
            if held.also or (m.sentence, held.office) in have or lex.office(held.office) is None:
                continue
            have.add((m.sentence, held.office))
            read.append(RoleAssignment(held.office, held.title, None, m, held.temporal))
    return read, unread


def _in_order(roles: list[RoleAssignment]) -> list[RoleAssignment]:
    return sorted(roles, key=lambda r: (r.mention.sentence, r.mention.start))


def _read_together(read: list[RoleAssignment], a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether one sentence gives the person both offices, one of them read from a description
    ("Ana Roe, deputy prime minister and finance minister")."""
    if (a in read or b in read) and a.mention.sentence == b.mention.sentence:
        return True  # (one sentence: both given together, or one of the two readings is wrong)
    for one, other in ((a, b), (b, a)):
        if one in read and any(
            r.mention.sentence == one.mention.sentence and r.office == other.office for r in read
        ):
            return True
    return False


def _also(doc: Document, role: RoleAssignment) -> bool:
    """Whether the story says the person holds this title besides another ("Okoro, who is also
    the county's sheriff", "also serves as treasurer"): an "also" a few words before the title."""
    m, title = role.mention, role.title
    text = doc.sentences[m.sentence].text[max(0, m.start - 60) : m.end + 80]
    if not title:
        return False  # (run only for a pair of conflicting titles: a few per story at most)
    return re.search(_ALSO + re.escape(title) + r"\b", text, re.I) is not None


_ALSO = r"\b(?:also|concurrently)\W+(?:[\w'’]+\W+){0,3}"


def _said_together(ms: Mentions, ent: Entity, a: str, b: str) -> bool:
    """Whether one sentence gives the person both offices at once, each title on their name
    ("The Mayor of Stockport, Councillor Helen Marsh, ..."): then they hold both."""
    for own in ent.mentions:
        if own.kind != "person":
            continue
        offices = {own.office}
        for m in ms.in_sentence(own.sentence):
            if m.kind == "role" and (m.name == own.name or 0 <= own.start - m.end <= 1):
                offices.add(m.office)
        if a in offices and b in offices:
            return True
    return False


def _short_form(a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether one title is the other said short, without what it is of ("Police Commissioner"
    ... "Commissioner"). Words that make another office or rank are no such qualifier: "Deputy
    Sheriff", "Prime Minister", "Chief Inspector" are not their last word's office."""
    x, y = sorted((a.title.lower().split(), b.title.lower().split()), key=len)
    extra = y[: len(y) - len(x)]
    return (
        0 < len(x) < len(y)
        and x == y[len(extra) :]
        and not any(w in OFFICE_PREFIXES or w in _RANK_WORDS for w in extra)
    )


# words that make a title another office or a rank above its last word's
_RANK_WORDS = frozenset(
    "prime chief lieutenant lt first senior principal head grand supreme high lord under "
    "executive general acting interim".split()
)


def _same_place(a: str | None, b: str | None) -> bool:
    """Two roles can clash unless they name different countries or organisations (a club
    named with or without its "FC" is one)."""
    if a is None or b is None or a == b or a in _ANY_PLACE or b in _ANY_PLACE:
        return True
    if one_body(a, b):
        return True  # "Kell Central Bank" ... "Central Bank Deputy (Governor)"
    return _CLUB_MARK.sub("", a) == _CLUB_MARK.sub("", b)  # "Tusker FC" ... "the Tusker chairman"


# a club's letters before or after its name ("Corvale FC", "AC Corvale"): one club with or without
_CLUB_MARK = re.compile(r"^(?:FC|AFC|AC|AS|SC|CF|FK)\s+|\s+(?:FC|F\.C\.|AFC|SC|CF|FK)$")


# Words that stand before a title without saying whose it is ("Government spokesman X", "Club
# president X"): they fit any country's or club's office
_ANY_PLACE = frozenset(
    {"Government", "government", "State", "state", "Federal", "federal", "Club", "club", "Team", "team"}
)


def _title(role: RoleAssignment) -> str:
    where = f" ({role.jurisdiction})" if role.jurisdiction else ""
    return f"'{role.title}'{where}"

"""Officials in copy of other languages: the titles of ``data/offices_abroad.yaml`` ("el ministro de
Asuntos Exteriores de Noruega", "der polnische Außenminister", "minister spraw zagranicznych
Kenii"), with the country or body each belongs to and the name that follows it. FL201 asks for a
late official of a country or body the story never names; FL202 for one person given two offices
that exclude each other. An article in English (by its function words) gets none: roles.yaml and
the mentions analysis read English titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factlint.analysis.languages import article_language, function_words
from factlint.analysis.text import WORD, WORD_OR_MARK, WORD_RUN

_QUOTES = ('"', "“", "”", "„", "«", "»")  # an odd number of them before a title: it is quoted


@dataclass(frozen=True)
class Title:
    """One title in sentence ``sentence``: the office (a roles.yaml office), where it stands in
    the sentence, what it belongs to and the name given with it."""

    sentence: int
    start: int
    end: int
    office: str
    owner: str | None  # a bodies key, or an owner's capitalised word the data does not list
    owner_text: str | None
    owner_start: int  # where the title and its owner begin ("polnische Außenminister")
    owner_end: int
    name: str | None  # the name given with the title ("Carla Mendes"), if any
    name_end: int
    quoted: bool  # inside a quotation of its sentence
    name_before: str | None = None  # a name set off before the title ("Ana Roe, ministra de ...")
    portfolio: str | None = None  # a bare minister's portfolio the data lacks ("dos Transportes")


@dataclass(frozen=True)
class Abroad:
    language: str | None  # None: English, or no language of the data
    titles: tuple[Title, ...]


@lru_cache(maxsize=1)
def _raw() -> dict:
    import yaml

    return yaml.load(
        (Path(__file__).resolve().parent / "data" / "offices_abroad.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )


@lru_cache(maxsize=1)
def _data() -> dict:
    """The lists of the data file, compiled on the first article in another language."""
    raw = _raw()
    data: dict = {"titles": {}}
    more, further = raw.get("more_titles", {}), raw.get("further_titles", {})
    forms, roles = raw.get("title_forms", {}), raw.get("role_titles", {})
    for lang, offices in raw["titles"].items():
        offices = dict(offices)  # (in the file's order: the pattern is the same in every run)
        added = [*more.get(lang, {}).items(), *further.get(lang, {}).items(), *forms.get(lang, {}).items()]
        added += roles.get(lang, {}).items()
        added += _periphrastic(raw, lang)
        for office, frags in added:
            offices[office] = [*offices.get(office, ()), *frags]
        offices = _with_diplomats(raw, lang, offices)
        pieces = sorted(  # longer first; a compound of any first part ("\w+minister") last
            ((_bare_capital(frag), office) for office, frags in offices.items() for frag in frags),
            key=lambda p: (p[0].startswith("\\w+"), -len(p[0])),
        )
        offices_by_group = {f"t{i}": office for i, (_, office) in enumerate(pieces)}
        alternation = "|".join(f"(?P<t{i}>{frag})" for i, (frag, _) in enumerate(pieces))
        data["titles"][lang] = (re.compile(rf"(?<![\w])(?:{alternation})(?![\w-])", re.I), offices_by_group)
    data["links"] = {k: frozenset(w for link in v for w in link.split()) for k, v in raw["links"].items()}
    extra, forms = raw.get("more_bodies", {}), raw.get("demonym_forms", {})
    listed = {**raw.get("more_states", {}), **raw["bodies"]}  # (more_states first: "Sudán del Sur")
    names = raw.get("more_body_names", {})
    bodies = {
        key: [*stems, *extra.get(key, ()), *forms.get(key, ()), *names.get(key, ())]
        for key, stems in listed.items()
    }
    data["body_of"] = re.compile(
        "|".join(f"(?P<b{i}>{'|'.join(stems)})" for i, stems in enumerate(bodies.values())), re.I
    )
    data["body_names"] = {f"b{i}": key for i, key in enumerate(bodies)}
    data["body_stems"] = {
        key: re.compile(rf"(?<![\w-])(?:{'|'.join(stems)})", re.I) for key, stems in bodies.items()
    }
    data["not_owners"] = frozenset(raw["not_owners"])
    data["not_mentions"] = re.compile(rf"(?:{'|'.join(raw.get('not_mentions', ['(?!)']))})(?![\w'’])", re.I)
    data["not_countries"] = frozenset(raw.get("not_countries", ()))
    data["origin_links"] = {k: frozenset(v) for k, v in raw.get("origin_links", {}).items()}
    data["state_heads"] = frozenset(raw["state_heads"])
    data["region_heads"] = frozenset(raw["region_heads"])
    data["local_owners"] = {
        k: (tuple(v["ends"]), frozenset(v["units"])) for k, v in raw.get("local_owners", {}).items()
    }
    data["articles"] = frozenset(raw["articles"])
    data["ministries"] = frozenset(raw["ministries"])
    data["executives"] = frozenset(raw.get("executives", ()))
    data["indefinites"] = {k: frozenset(v) for k, v in raw.get("indefinites", {}).items()}
    data["portfolio_glue"] = {k: frozenset(v) for k, v in raw.get("portfolio_glue", {}).items()}
    data["conjunctions"] = {k: frozenset(v) for k, v in raw["portfolio_and"].items()}
    data["changes"] = {k: frozenset(v) for k, v in raw["changes"].items()}
    data["changes_before"] = {k: frozenset(v) for k, v in raw["changes_before"].items()}
    data["tense_changes"] = {k: frozenset(v) for k, v in raw.get("tense_changes", {}).items()}
    data["relative_openers"] = {k: frozenset(v) for k, v in raw.get("relative_openers", {}).items()}
    data["first_names_like_states"] = {
        k: frozenset(v) for k, v in raw.get("first_names_like_states", {}).items()
    }
    data["so_far"] = {
        k: re.compile(rf"\b(?:{'|'.join(v)})\b", re.I) for k, v in raw.get("so_far", {}).items()
    }
    acts_more = raw.get("acts_more", {})
    data["acts"] = {k: frozenset(v) | frozenset(acts_more.get(k, ())) for k, v in raw["acts"].items()}
    data["owner_paths"] = {k: frozenset(v) for k, v in raw.get("owner_paths", {}).items()}
    data["portfolio_and"] = {
        k: re.compile(rf"(?:\s*,\s*(\w+))?\s+(?:{'|'.join(v)})\s+(\w+)")
        for k, v in raw["portfolio_and"].items()
    }
    data["auxiliaries"] = {k: frozenset(v) for k, v in raw["auxiliaries"].items()}
    data["homes"] = {k: frozenset(v) for k, v in raw["homes"].items()}
    sources = raw.get("according_more", {})
    data["according"] = {k: frozenset(v) | frozenset(sources.get(k, ())) for k, v in raw["according"].items()}
    data["according_after"] = {k: frozenset(v) for k, v in raw["according_after"].items()}
    data["in_the_view_of"] = {k: frozenset(v) for k, v in raw["in_the_view_of"].items()}
    data["body_nouns"] = tuple(raw["body_nouns"])
    data["body_noun_ends"] = tuple(raw["body_noun_ends"])
    data["body_heads"] = tuple(raw["body_heads"]) + tuple(raw.get("more_body_heads", ()))
    data["body_generic"] = tuple(raw["body_generic"])
    data["head_titles"] = tuple(raw["head_titles"])
    data["public_bodies"] = tuple(raw["public_bodies"])
    data["local"] = frozenset(raw["local"])
    data["relatives"] = {k: tuple(tuple(r.split()) for r in v) for k, v in raw["relatives"].items()}
    data["participle_ends"] = {k: tuple(v) for k, v in raw["participle_ends"].items()}
    data["being"] = {k: frozenset(v) for k, v in raw["being"].items()}
    nordic = raw["nordic_bodies"]
    data["nordic"] = (frozenset(nordic["languages"]), tuple(nordic["ends"]), frozenset(nordic["openers"]))
    data["compound_bodies"] = {k: tuple(v) for k, v in raw.get("compound_bodies", {}).items()}
    data["company_nouns"] = {k: frozenset(v) for k, v in raw.get("company_nouns", {}).items()}
    data["public_compounds"] = tuple(raw.get("public_compounds", ()))
    data["trade_heads"] = tuple(raw.get("trade_heads", ()))
    data["expert_bodies"] = tuple(raw.get("expert_bodies", ()))
    data["state_secretaries"] = {k: frozenset(v) for k, v in raw["state_secretaries"].items()}
    data["posted_at"] = {k: frozenset(v) for k, v in raw.get("posted_at", {}).items()}
    data["verb_final"] = {k: re.compile(v) for k, v in raw.get("verb_final", {}).items()}
    data["supranational"] = tuple(raw["supranational"])
    data["state_ends"] = {k: tuple(v) for k, v in raw.get("state_ends", {}).items()}
    data["state_genitive_ends"] = {k: tuple(v) for k, v in raw.get("state_genitive_ends", {}).items()}
    data["state_offices"] = frozenset(raw.get("state_offices", ()))
    data["open_offices"] = frozenset(raw.get("open_offices", ()))
    data["demonym_ends"] = {k: tuple(v) for k, v in raw.get("demonym_ends", {}).items()}
    data["demonym_not"] = {k: tuple(v) for k, v in raw.get("demonym_not", {}).items()}
    data["not_state_ends"] = {k: tuple(v) for k, v in raw.get("not_state_ends", {}).items()}
    return data


def _periphrastic(raw: dict, lang: str) -> list[tuple[str, list[str]]]:
    """The language's titles said by a head and the part of the state it heads (the data's
    ``periphrastic_titles``): any head with any of its office's parts ("la cheffe de la
    diplomatie", "il titolare degli esteri", "el número dos del gobierno", "o chefe do
    exército"), as one fragment per office; a head with no part is a title by itself."""
    return [
        (office, [rf"(?:{'|'.join(heads)})" + (rf" (?:{'|'.join(parts)})" if any(parts) else "")])
        for office, (heads, parts) in raw.get("periphrastic_titles", {}).get(lang, {}).items()
    ]


def _with_diplomats(raw: dict, lang: str, offices: dict) -> dict:
    """The language's titles with its diplomats' (the data's ``diplomats``): an ambassador,
    consul or envoy of a country reads like its minister ("a embaixadora da X no Y")."""
    for office, frags in raw.get("diplomats", {}).get(lang, {}).items():
        offices[office] = [*offices.get(office, ()), *frags]
    return offices


def _bare_capital(fragment: str) -> str:
    """A title's fragment that also matches its word after an elision with the capital's accent
    left off, as French copy often writes it ("l'Economie", "l'Education", "l'Etat")."""
    return fragment.replace("['’]é", "['’][eé]")


def language(text: str) -> str | None:
    """The article's language when it is one of the data's other than English, else None."""
    lang = article_language(text)
    return None if lang == "en" else lang


def body(word: str) -> str | None:
    """The country or body a word names by its start ("noruego", "Kenii", "polnische"), else None."""
    m = _data()["body_of"].match(word)
    return _data()["body_names"][m.lastgroup] if m and m.lastgroup else None


def _body_at(text: str, w: re.Match) -> tuple[str | None, int]:
    """The country or body named from the word ``w`` on, and where its name ends: a capitalised
    word may open a name of two ("Reino Unido", "Costa Rica", "Estados Unidos")."""
    if not capital(w.group()):
        return body(w.group()), w.end()
    m = _data()["body_of"].match(text, w.start())
    if not (m and m.lastgroup):
        return None, w.end()
    stop = max(w.end(), m.end())
    while stop < len(text) and text[stop].isalpha():  # (to the end of a stem's word: "Costa Ric|a")
        stop += 1
    return _data()["body_names"][m.lastgroup], stop


def _after_elision(text: str, w: re.Match, links: frozenset[str]) -> re.Match | None:
    """The word after an elided link or article that ``w`` opens with ("l'ONU", "d'Irlande",
    "dell'Ucraina"), else None."""
    k = max(w.group().rfind("'"), w.group().rfind("’"))
    if not 0 < k < len(w.group()) - 1:
        return None
    prefix = w.group()[: k + 1].lower()
    if prefix[:-1] != "l" and prefix not in links:
        return None
    return WORD_OR_MARK.match(text, w.start() + k + 1, w.end())


def _next_word(text: str, at: int) -> str:
    m = WORD.search(text, at, at + 40)
    return m.group() if m else ""


def capital(word: str) -> bool:
    """A capitalised word: a capital, then lowercase letters among the rest ("Roe", not "EU")."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _owner_around(text: str, start: int, end: int) -> tuple:
    """A listed demonym or country right before the title or inside it ("der polnische
    Außenminister", "le ministre ghanéen des Affaires étrangères"): (key, word, start, end)."""
    before = [w for w in WORD_OR_MARK.finditer(text, max(0, start - 40), start) if w.group() != "-"]
    before = _past_a_prefix(text, before, start)
    for w in before[-1:] + list(WORD_OR_MARK.finditer(text, start, end)):  # ("US-Präsident")
        key = body(w.group())
        if key and w.group().lower() not in _data()["not_owners"]:
            return (key, w.group(), min(start, w.start()), end)
    return (None, None, start, end)


_PREFIXES = frozenset({"vize", "vice", "ex", "stellvertretende", "stellvertretender"})


def _past_a_prefix(text: str, before: list[re.Match], start: int) -> list[re.Match]:
    """The words before a title, less a deputy's prefix joined to it by a hyphen ("Tarveliens
    Vize-Außenministerin": the owner stands before "Vize-")."""
    if len(before) > 1 and before[-1].group().lower() in _PREFIXES and text[before[-1].end() : start] == "-":
        return before[:-1]
    return before


def _name_goes_on(text: str, w: re.Match, links: frozenset[str]) -> bool:
    """Whether the word ``w`` carries on a name begun before it: a capitalised word, an inner
    hyphen ("Hans-Peter"), a particle before a capital ("Gert de Vries")."""
    word = w.group()
    if capital(word) or (word == "-" and not text[w.end() : w.end() + 1].isspace()):
        return True
    return word.lower() in links and text[w.end() : w.end() + 2].strip()[:1].isupper()


def _owner_and_name(text: str, start: int, end: int, lang: str, office: str) -> tuple:
    """What the title at ``text[start:end]`` belongs to, the name given with it and the office
    it is: the owner is a listed demonym or country before the title, inside it or after it
    ("de Noruega", "Kenii"); after a link word ("de", "do") a governor's or mayor's place the
    data does not list ("governador do Tarvel") owns it too. A part of a state after the link
    ("do Senado", "do Banco Central") makes a president the chair of that body."""
    data = _data()
    links = data["links"].get(lang, frozenset())
    to_owner = links | data["origin_links"].get(lang, frozenset())  # ("die Ministerin aus Tarvelien")
    owner = _owner_around(text, start, end)
    unknown = part_of_state = None
    name: list[re.Match] = []
    in_owner = False  # after a link word, up to a comma: the owner's words
    skip = end  # (the second word of an owner's name: "Unido")
    skip = _portfolio_list_end(text, end, lang)  # "de Economía, Comercio y Empresa, Ana Roe"
    for w in WORD_OR_MARK.finditer(text, end, min(len(text), end + 120)):
        if w.start() < skip:
            continue
        inner = None if name else _after_elision(text, w, links)
        in_owner, w = (True, inner) if inner else (in_owner, w)  # a link elided: "de l'Ukraine"
        word, low = w.group(), w.group().lower()
        if name:
            if not _name_goes_on(text, w, links):
                break
            name.append(w)
        elif low in to_owner and not (word[0].isupper() and capital(_next_word(text, w.end()))):
            in_owner = True  # (a capitalised one before a name starts the name: "Di Sarno")
        elif word == ",":
            in_owner = False
        elif word.isupper() and len(word) > 1 and not (owner[0] is None and body(word)):
            owner = _acronym_owner(owner, w, in_owner)
            continue  # an acronym: "Szef MSZ RP Jan Kowal" (a body's is its owner: "de la OTAN")
        elif (
            (key := (found := _body_at(text, w))[0])
            and owner[0] is None
            and not (in_owner and _nordic_body(text, w, lang))  # ("for Danske Regioner": a body)
            and (low not in data["not_owners"] or found[1] > w.end() + 1)  # ("della Banca mondiale")
            and (in_owner or not capital(word) or _a_genitive_state(word, lang) or len(word) <= 3)
        ):  # (a short one is an acronym as Italian copy writes it: "commissario Ue")
            skip = found[1]
            owner = (key, text[w.start() : skip], owner[2], skip)
        elif run := _unlisted_body(
            text, w, lang, (in_owner or _genitive_head(word, lang)) and owner[0] is None
        ):
            skip = run[1]  # a body the data does not list: "de la Organización de Estados Tarvelos"
            owner = (text[w.start() : skip], text[w.start() : skip], owner[2], skip)
        elif low in data["not_owners"] and (in_owner or not capital(word)):
            part_of_state = part_of_state or low  # ("del Senado", "du gouvernement belge", "rządu Czech")
        elif capital(word) and in_owner:
            if unknown is None and not key:
                unknown = (word, w.end())
        elif (
            (capital(word) or low in links)
            and (not key or owner[0] or _first_name_like_a_state(text, w, in_owner))
            and low not in data["not_owners"]
        ):
            # (once the owner is known, a first name like a country's is a name: "Franko", "Jordan")
            name.append(w)
        elif (
            low not in data["articles"]
            and low not in data["ministries"]
            and not ((in_owner or not links) and low.startswith(data["body_nouns"]))
            and not (word.islower() and _local_owner(low, lang))
            and not (owner[0] is None and low in data["company_nouns"].get(lang, ()))
        ):
            # (a club or company by its common noun goes on to the name: "del club, Ana Roe"; in
            # Polish, with no link, its genitive: "prezes klubu Ana Roe")
            break
    owner, name = _genitive_owner(owner, name, office, lang)
    owner, name = _firm_before_the_name(text, owner, name, lang, office)
    owner, office = _settled(text, end, lang, owner, office, unknown, part_of_state)
    owner = _owner_after_a_lowercase_portfolio(text, end, lang, owner, office)
    owner = _unlisted_demonym_owner(text, start, end, lang, office, owner)
    owner, name = _ministry_owner(text, end, lang, owner, name)
    name = _name_after_the_post(text, name, owner, office, lang)
    return (owner, *_name_text(text, name, owner[3]), office)


def _a_genitive_state(word: str, lang: str) -> bool:
    """Whether a capitalised country's word straight after a title may be its owner in the
    genitive: in Polish any but a first name of the data ("Prezydent Francji"; "Burmistrz
    Franciszek Roe"), in German one on "-s" ("Präsident Frankreichs"; "Bürgermeister Frank
    Roe": a first name)."""
    if lang == "pl":
        return word.lower() not in _data()["first_names_like_states"].get(lang, ())
    return lang == "de" and word.endswith("s")


def _first_name_like_a_state(text: str, w: re.Match, in_owner: bool) -> bool:
    """Whether a capitalised word that opens like a country's name, straight after the title (no
    link before it) and before another capitalised word, is a first name ("la ministre Albane
    Roe", "il presidente Franco Roe"): in copy that writes a state after a link ("de France")."""
    return not in_owner and capital(_next_word(text, w.end())) and text[w.end() : w.end() + 1] == " "


def _local_owner(low: str, lang: str) -> bool:
    """Whether a small word between a local title and the name says whose the office is, in a
    language with no link word (``local_owners``): "starosta dębieński Jan Roe", "wójt gminy
    Zalesie Jan Roe"."""
    ends, units = _data()["local_owners"].get(lang, ((), frozenset()))
    return low in units or (bool(ends) and low.endswith(ends))


def _owner_after_a_lowercase_portfolio(
    text: str, end: int, lang: str, owner: tuple, office: str = ""
) -> tuple:
    """The owner of a title (or a member) of a ministry written in lowercase words, when none was
    read: a ministry's noun after the link ("del ministero degli esteri polacco", "do ministério
    da saúde de Angola", "du ministère de l'intérieur belge", "ministerstwa zdrowia Litwy"), one
    to four lowercase words of its portfolio (links among them; no verb), then a listed country
    or demonym, which owns it; else ``owner`` as it was. A minister's own title leads to its
    portfolio the same way ("il viceministro degli esteri tarvelese", "ministro degli affari
    esteri e della cooperazione tarvelese"), and a state's executive or diplomacy written in
    lowercase is its government ("la portavoce dell'esecutivo tarvelese"), as a part of the
    state is ("della banca centrale tarvelese"); on these paths a closed word other than a
    link, or a conjunction before no link, ends the portfolio."""
    if owner[0] is not None:
        return owner
    data = _data()
    links = data["links"].get(lang, frozenset())
    glue = links | data["articles"]
    verbs = acts(lang) | auxiliaries(lang)
    seen, portfolio, closed = False, 0, frozenset()
    if office.endswith("minister") and office != "prime minister":
        seen, glue = True, glue | data["portfolio_glue"].get(lang, frozenset())
        closed = _raw()["clause_words"].get(lang, ())
    words = list(WORD_OR_MARK.finditer(text, end, min(len(text), end + 90)))
    for i, w in enumerate(words):
        word, low = w.group(), w.group().lower()
        if not seen:
            inner = _after_elision(text, w, links)
            low = inner.group().lower() if inner else low
            if low in data["ministries"] or low.startswith(("ministerstw", "ministerie")):
                seen = True
            elif (low in data["executives"] and word.islower()) or low in data["not_owners"]:
                # (its owner may come right after it: "dell'esecutivo slovacco", "della banca centrale slovena")
                seen, portfolio, closed = True, 1, _raw()["clause_words"].get(lang, ())
            elif low not in glue:
                return owner
            continue
        key, stop = _body_at(text, w) if portfolio else (None, 0)
        if key and low not in data["not_owners"]:
            return (key, text[w.start() : stop], owner[2], stop)
        if not word.islower() or low in verbs or portfolio >= 6:
            return owner
        if closed and low in closed and low not in glue:
            return owner  # ("il ministro per la protezione civile con la collega (demonym)")
        following = words[i + 1].group().lower() if i + 1 < len(words) else ""
        if closed and low in data["conjunctions"].get(lang, ()) and following not in links:
            return owner  # ("il ministro degli esteri e il collega tarvelese": another person)
        portfolio += low not in glue
    return owner


_HEADS_OF_FIRMS = frozenset({"chairman", "chief executive", "director", "president"})


def _firm_before_the_name(text: str, owner: tuple, name: list[re.Match], lang: str, office: str) -> tuple:
    """The owner and name once a run of capitalised words was read right after a firm's head's
    title with no link, as Polish copy writes it ("Prezes (Firm) (Word) Jan Roe", "prezes spółki
    (Firm) (Word) Jan Roe"): of four capitalised words or more, the last two are the holder's
    name and the rest the firm's; else both as they were."""
    capitals = [m for m in name if capital(m.group())]
    if owner[0] is not None or lang not in _NO_LINKS or len(capitals) < 4 or office not in _HEADS_OF_FIRMS:
        return owner, name
    cut = name.index(capitals[-2])
    firm = text[name[0].start() : name[cut - 1].end()]
    if a_body_name(firm):
        return owner, name  # (a court, a chamber, a party: "Prezes (Court) (Word) Jan Roe")
    return (firm, firm, owner[2], name[cut - 1].end()), name[cut:]


def _a_ministry_word(word: str) -> bool:
    """A ministry's noun written in lowercase ("ministère", "ministerie", "ministerstwa")."""
    low = word.lower()
    return word.islower() and (low in _data()["ministries"] or low.startswith(("ministerstw", "ministerie")))


def _ministry_owner(text: str, end: int, lang: str, owner: tuple, name: list[re.Match]) -> tuple:
    """The owner of a title of a ministry written in lowercase whose portfolio follows it, when
    no country or body was read ("porte-parole du ministère de l'Agriculture", "portavoce del
    ministero dei Trasporti", "woordvoerder van het ministerie van Landbouw", "rzecznik
    ministerstwa rolnictwa"): the ministry with its portfolio, capitalised words (links and a
    conjunction between them) or, in Polish, one to three lowercase words in the genitive and
    the holder's name after them. A country among them leaves it to the readings of a
    country's ministry; no portfolio, no owner. Returns (owner, name)."""
    if owner[0] is not None:
        return owner, name
    data = _data()
    links = data["links"].get(lang, frozenset())
    glue = links | data["articles"] | data["conjunctions"].get(lang, frozenset())
    verbs = acts(lang) | auxiliaries(lang)
    ministry, portfolio = None, []
    for w in WORD_OR_MARK.finditer(text, end, min(len(text), end + 90)):
        inner = _after_elision(text, w, links)
        word = (inner or w).group()
        low = word.lower()
        if ministry is None:
            if _a_ministry_word(word):
                ministry = w
            elif low not in glue:
                return owner, name
            continue
        if body(word) is not None and low not in data["not_owners"] and (capital(word) or word.islower()):
            return owner, name  # (a country's: "ministerstwa rolnictwa Litwy", left to its readings)
        if capital(word) and (lang not in _NO_LINKS or not portfolio or not portfolio[-1].group().islower()):
            portfolio.append(inner or w)
        elif lang in _NO_LINKS and word.islower() and low not in verbs and len(portfolio) < 3 and not name:
            portfolio.append(w)
        elif low not in glue:
            break
    if ministry is None or not portfolio:
        return owner, name
    if lang in _NO_LINKS and not name:  # ("rzecznik ministerstwa rolnictwa Jan Roe powiedział")
        after = portfolio[-1].end()
        name = list(_capital_run(WORD_OR_MARK.finditer(text, after, min(len(text), after + 60))))
    stop = portfolio[-1].end()
    return (text[ministry.start() : stop], text[ministry.start() : stop], owner[2], stop), name


def _capital_run(words):
    """The capitalised words that open ``words`` (a name right after a title's words)."""
    for w in words:
        if not capital(w.group()):
            return
        yield w


_DIPLOMATS = frozenset({"ambassador", "consul", "envoy", "high commissioner"})


def _name_after_the_post(text: str, name: list, owner: tuple, office: str, lang: str) -> list[re.Match]:
    """A diplomat's name (``name`` when given right after the owner): the name set off after
    where a diplomat is posted ("embaixadora da X no Y, Ana Roe,"): a word of the data's
    ``posted_at``, a place of one to four capitalised words (links and articles between them),
    a comma, then two to four capitalised words none of which names a listed country or body;
    else none."""
    if name or owner[0] is None or office not in _DIPLOMATS:
        return name
    data, at = _data(), owner[3]
    words = list(WORD_OR_MARK.finditer(text, at, min(len(text), at + 100)))
    if not words or words[0].group().lower() not in data["posted_at"].get(lang, ()):
        return []
    glue = data["links"].get(lang, frozenset()) | data["articles"]
    i = 1
    while i < len(words) and i <= 5 and words[i].group() != ",":
        word = words[i].group()
        if not (capital(word) or word.lower() in glue or capital(word.split("'")[-1].split("’")[-1])):
            return []
        i += 1
    if i == 1 or i >= len(words) or words[i].group() != ",":
        return []
    name = []
    for w in words[i + 1 : i + 5]:
        if not capital(w.group()) or body(w.group()) is not None:
            break
        name.append(w)
    return name if len(name) >= 2 else []


def _acronym_owner(owner: tuple, w: re.Match, in_owner: bool) -> tuple:
    """The owner once the acronym ``w`` is read: after a link word, with no owner yet, a body
    the data does not list by its acronym ("président de la CNSR"), not a part of a state."""
    if in_owner and owner[0] is None and w.group().lower() not in _data()["not_owners"]:
        return (w.group(), w.group(), owner[2], w.end())
    return owner


def _portfolio_list_end(text: str, end: int, lang: str) -> int:
    """Where the portfolios of a ministry of several end after its title ("ministro de Economía|,
    Comercio y Empresa|, Ana Roe", "ministro dell'Economia| e Finanza| Gino Roe"): after the
    capitalised word that follows the portfolio's "y" (``portfolio_and``), else ``end``."""
    pattern = _data()["portfolio_and"].get(lang)
    m = pattern.match(text, end) if pattern else None
    if m is None or not capital(m.group(2)) or (m.group(1) is not None and not capital(m.group(1))):
        return end
    return m.end()


def _unlisted_body(text: str, w: re.Match, lang: str, wanted: bool = True) -> tuple[str, int] | None:
    """The name of a body the data does not list that opens at the capitalised word ``w`` after
    a link ("de la Federación Mundial de Remo", "van de Internationale Roeibond", "du Conseil
    mondial du rotin"), and where it ends, else None: its capitalised words and the links
    between them, lowercase words too when a comma or the sentence's end comes within three of
    them. A body by its noun ("Federación", "Banco") or by a word of its own ("Roeibond"); one
    that opens on a part of a state ("Banco Central", "Tribunal Supremo", "Tweede Kamer") needs
    two words of its own; one with a listed country or body is left to the data."""
    if not (wanted and capital(w.group())):
        return None  # (an owner found already, or no link before the word)
    if nordic := _nordic_body(text, w, lang):
        return nordic  # ("direktør i Statens vegvesen", "formand for Danske Regioner")
    data = _data()
    links = data["links"].get(lang, frozenset())
    words = [w]
    for m in WORD_OR_MARK.finditer(text, w.end(), min(len(text), w.end() + 90)):
        word, low = m.group(), m.group().lower()
        if capital(word) or (low in links and capital(_next_word(text, m.end()))):
            words.append(m)
        elif inner := _after_elision(text, m, links):
            words.append(inner)
        elif word.islower() and len(word) > 1 and _lowercase_run_ends(text, m.start(), lang):
            words.append(m)
        else:
            break
    while words and not (capital(words[-1].group()) or words[-1].group().islower()):
        words.pop()
    while words and words[-1].group().lower() in links:
        words.pop()
    names = [m.group() for m in words]
    if not words or _part_of_a_state_after(text, words[-1].end()) or _noun_cut_off(text, words):
        return None
    if any(body(n) for n in [n for n in names if capital(n)][:2]):
        return None  # ("Federación Chilena", "Conseil de l'Europe": the data's; not "de Estados X")
    own = [n for n in names[1:] if capital(n) and _own_word(n)]
    first = names[0].lower()
    if first in data["not_owners"] and len(own) < 2 and not _supranational(names[1:]):
        return None
    if not (
        own or first.startswith(data["body_heads"]) or (len(words) == 1 and compound_body(names[0], lang))
    ):
        return None
    words = _less_the_holder(text, words, lang)
    return text[w.start() : words[-1].end()], words[-1].end()


_NO_LINKS = frozenset({"pl"})  # (languages that put a body's name right after its head's title)


def _less_the_holder(text: str, words: list[re.Match], lang: str) -> list[re.Match]:
    """A body's words less its head's name run on after it with no comma, in a language that
    names the body right after the title in the genitive ("Urzędu Ochrony Ludności Jan Roe
    powiedział"): of four capitalised words or more, the last two are the holder's."""
    capitals = [m for m in words if capital(m.group())]
    if lang not in _NO_LINKS or len(capitals) < 4 or text[words[-1].end() : words[-1].end() + 1] == ",":
        return words
    return words[: words.index(capitals[-2])]


def _genitive_head(word: str, lang: str) -> bool:
    """Whether a capitalised word right after a title opens a body's name with no link, as
    Polish copy writes it ("dyrektor Agencji X", "przewodnicząca Związku X"): the head of a
    body's name (``body_heads``), not a university's or an institute's (an expert's)."""
    low = word.lower()
    return (
        lang in _NO_LINKS
        and capital(word)
        and low.startswith(_data()["body_heads"])
        and not low.startswith(_data()["expert_bodies"])
    )


def compound_body(word: str, lang: str | None = None) -> bool:
    """Whether a capitalised word is a body by itself, a compound that ends in a ministry's,
    agency's, organisation's or federation's word (``compound_bodies``: "Verkehrsministerium",
    "Ruimtevaartagentschap"), with a word of its own before that end; of any language when
    ``lang`` is None."""
    ends = _compound_ends(lang)
    low = word.lower()
    return capital(word) and any(low.endswith(e) and len(low) >= len(e) + 4 for e in ends)


def trade_body(owner: str | None, office: str) -> bool:
    """Whether a title's owner is a body of a trade the lists do not know by name: a ministry, an
    agency or a federation by its kind's word (``trade_heads``: "ministero dei Trasporti",
    "Federación de Ganaderos"), a compound body ("Verkehrsministeriums"), or a firm of two words
    or more whose chief executive the title is ("Volta Motors"). Not a listed country or body, a
    body with one in its name ("Secretaría de Pesca de Chile") or a national, world or regional
    one ("Federación Mundial de Remo", "Agência Nacional de ..."): those stand for a state or
    the world, and copy says which; nor one capitalised word (an unlisted country's name)."""
    data = _data()
    if not owner or owner in data["body_stems"] or office == "member":
        return False  # (a body's member with no title: "Lia Roe, da Agência X" is a source it sends)
    words = WORD.findall(owner)
    if any(body(w) is not None or w.lower().startswith(data["body_generic"]) for w in words):
        return False
    if len(words) == 1:
        return compound_body(owner)
    return words[0].lower().startswith(data["trade_heads"]) or office == "chief executive"


def kind_word(word: str) -> bool:
    """Whether a word of a body's name says only what kind of body it is, or where ("Agencia",
    "ministère", "Federatie", "Nacional"): no word of its trade ("agencias inmobiliarias" in a
    housing story does not tie "la Agencia Espacial" to it)."""
    data, low = _data(), word.lower()
    kinds = data["body_heads"] + data["body_nouns"] + data["public_bodies"] + data["body_generic"]
    return _a_ministry_word(word) or low.startswith(kinds)


def _compound_ends(lang: str | None) -> tuple[str, ...]:
    data = _data()["compound_bodies"]
    return tuple(data.get(lang, ())) if lang else tuple(e for ends in data.values() for e in ends)


_STEM = 6  # letters of a body's own word that name its ground ("Landwi|rtschafts...": "Landwirte")


def _compound_stem(word: str) -> str | None:
    """The start of the word of its own before a compound body's end ("Verkehrs|ministeriums":
    "verkeh"), that names the same body or its ground elsewhere ("Verkehrsminister", "der
    Verkehr"; "Landwirte" for "Landwirtschaftsministerium"), else None."""
    low = word.lower()
    for end in sorted(_compound_ends(None), key=len, reverse=True):
        if low.endswith(end) and len(low) >= len(end) + 4:
            return low[: -len(end)][:_STEM]
    return None


def _noun_cut_off(text: str, words: list[re.Match]) -> bool:
    """Whether a body's name was read as its noun alone while its lowercase words go on, one of
    them a listed country or body ("dell'Agenzia europea per la pesca costiera"): that one owns
    it, read on."""
    if len(words) != 1:
        return False
    stop = text.find(",", words[0].end())
    rest = WORD.findall(text[words[0].end() : stop if stop >= 0 else len(text)])[:6]
    return bool(rest) and rest[0].islower() and any(w.islower() and body(w) for w in rest)


def _supranational(names: list[str]) -> bool:
    """Whether a body's capitalised words after its noun make it one of many countries ("Banco|
    Mundial", "Tribunal| Europeo"), not a part of a state."""
    return any(n[:1].isupper() and n.lower().startswith(_data()["supranational"]) for n in names)


def _nordic_body(text: str, w: re.Match, lang: str) -> tuple[str, int] | None:
    """A public body of Nordic copy that opens at the capitalised word ``w`` after a head's link
    ("i Kystdirektoratet", "for Danske Regioner", "i Statens vegvesen") and where it ends, else
    None: up to four words, up to the first that ends as an agency's name does, or a name that
    opens on the state's or a country's genitive before a lowercase word (``nordic_bodies``). A
    country's word before another word opens a name too ("Norsk Stålbygg"), a body that is no
    public one unless it ends as an agency's name does ("public_nordic")."""
    languages, ends, openers = _data()["nordic"]
    if lang not in languages or not capital(w.group()):
        return None
    words = [w]
    for m in WORD_OR_MARK.finditer(text, w.end(), min(len(text), w.end() + 60)):
        if len(words) == 4 or words[-1].group().lower().endswith(ends):
            break
        if capital(m.group()) or (m.group().islower() and _lowercase_run_ends(text, m.start(), lang)):
            words.append(m)
        else:
            break
    low = [m.group().lower() for m in words]
    if low[-1].endswith(ends):
        return text[w.start() : words[-1].end()], words[-1].end()
    if low == ["statens"] and (noun := _STATE_NOUN.match(text, w.end())) is not None:
        return text[w.start() : noun.end()], noun.end()  # ("Statens havarikommisjon har bedt ...")
    if low[0] in openers and len(words) > 1 and (low[0] == "statens" or words[1].group().islower()):
        return text[w.start() : words[-1].end()], words[-1].end()
    if len(words) > 1 and body(words[0].group()):  # ("Norsk Stålbygg", "Dansk x-forening")
        last = words[1] if capital(words[1].group()) else words[-1]
        return text[w.start() : last.end()], last.end()
    return None


# the one lowercase compound after "Statens" that names a state body ("Statens vegvesen")
_STATE_NOUN = re.compile(r" ([a-zæøå]{6,})(?=[\s,.;:])")


def public_nordic(owner: str) -> bool:
    """Whether an owner's name is a Nordic public body's (``_nordic_body``): it ends as an
    agency's name does, or opens on the state's or a country's genitive before a lowercase word."""
    _, ends, openers = _data()["nordic"]
    words = owner.split()
    low = [w.lower() for w in words]
    if not words or low[-1].endswith(ends):
        return bool(words)
    return len(words) > 1 and low[0] in openers and (low[0] == "statens" or words[1].islower())


def _part_of_a_state_after(text: str, at: int) -> bool:
    """Whether the clause after a body's name goes on to a part of a state or a listed country
    ("Commissione Permanente per ... della Camera"): the body is a unit of it, not one of its own."""
    stop = min((i for i in (text.find(c, at, at + 120) for c in ",;:.") if i >= 0), default=at + 120)
    words = WORD.findall(text[at:stop])
    return any(w.lower() in _data()["not_owners"] or (capital(w) and body(w)) for w in words)


def _own_word(word: str) -> bool:
    """Whether a capitalised word of a body's name is its own, not a generic one ("Nacional")."""
    low = word.lower()
    data = _data()
    part = low in data["not_owners"] or any(low.startswith(w) for w in data["not_owners"] if len(w) > 4)
    return len(word) > 3 and not part and not low.startswith(data["body_generic"])


def _lowercase_run_ends(text: str, at: int, lang: str) -> bool:
    """Whether a comma or the sentence's end comes within three lowercase words of ``at`` (links
    and articles between them not counted), none of them a verb of ``lang`` ("Federación
    internacional de remo, Ana Roe", "Agenzia per la protezione civile, Ana Roe": the body's
    name)."""
    rest = text[at : at + 60]
    cut = min((i for i in (rest.find(","), len(text) - at) if i >= 0), default=-1)
    if cut < 0 or cut > len(rest):
        return False
    piece = WORD.findall(rest[:cut])
    verbs = acts(lang) | auxiliaries(lang)
    glue = _data()["links"].get(lang, frozenset()) | _data()["articles"]
    return len([p for p in piece if p not in glue]) <= 3 and all(
        p.islower() and p not in verbs for p in piece
    )


def _a_body_of_the_owner(text: str, end: int, owner_end: int, lang: str) -> bool:
    """Whether the country after a title only says whose a club, federation or company is
    ("presidente de la Federación Chilena", "Präsident des polnischen Fußballverbands", "Prezes
    czeskiego klubu"): a word of ``body_nouns`` between the title and it, or right after it
    (a German compound of one too)."""
    data = _data()
    after = WORD.findall(text[owner_end : owner_end + 40])[:1]
    words = [w.lower() for w in WORD.findall(text[end:owner_end]) + after]
    ends = data["body_noun_ends"] if lang == "de" else ()
    return any(w.startswith(data["body_nouns"]) or w.endswith(ends) for w in words)


def _named_in_full(owner: tuple) -> bool:
    """Whether the owner is a body of states read by a listed name of several words ("der
    Arabischen Liga", "la Lega Araba"): a club's noun among them is its own name, no club's."""
    return owner[0] in _data()["not_countries"] and " " in (owner[1] or "").strip()


def _settled(
    text: str,
    end: int,
    lang: str,
    owner: tuple,
    office: str,
    unknown: tuple | None,
    part_of_state: str | None,
) -> tuple:
    """The owner and office of a title once its words are read: a country after the title that
    only says whose a club is owns nothing; an unlisted place owns a governor or mayor; a
    region's president is its governor; a president of another part of the state that does not
    head it chairs it; a body the data does not list owns its own head's title."""
    listed = owner[0] in _data()["body_stems"]
    if (
        owner[3] > end
        and listed
        and _a_body_of_the_owner(text, end, owner[3], lang)
        and not _named_in_full(owner)
    ):
        owner = (None, None, owner[2], end)
    if owner[0] is None and unknown is not None and office in ("governor", "mayor"):
        owner = (unknown[0], unknown[0], owner[2], unknown[1])
    elif (
        owner[0] is None
        and unknown is not None
        and not part_of_state
        and _unlisted_state(unknown[0], office, lang)
    ):
        owner = (unknown[0], unknown[0], owner[2], unknown[1])  # ("il presidente della (name)ia")
    if office == "president" and part_of_state in _data()["region_heads"]:
        office = "governor"  # "presidente della Regione", "presidente de la Xunta": a region's head
    elif office == "president" and part_of_state and part_of_state not in _data()["state_heads"]:
        office = "chairman"
    return owner, office


def _unlisted_state(word: str, office: str, lang: str) -> bool:
    """Whether a capitalised word the data does not list, after a title's link, owns the title
    as a state: the title is one only a state holds (``state_offices``: "ministro della Difesa
    della (name)"), or one a company or club holds too (``open_offices``) and the word ends as
    a country's name does in the language (``state_ends``: "presidente della (name)ia", not
    "presidente della (firm)"), not as a common noun does (``not_state_ends``: "della
    Polizia"). Not a word the data lists as naming no owner, nor a region of the language's
    own countries (``demonym_not``)."""
    data = _data()
    if word.lower() in data["not_owners"] or data["not_mentions"].match(word):
        return False
    if word.lower().startswith(data["demonym_not"].get(lang, ())):
        return False  # (a region of the language's own countries: "presidente della (region)ia")
    if office in data["state_offices"]:
        return True
    low = word.lower()
    return (
        office in data["open_offices"]
        and low.endswith(data["state_ends"].get(lang, ()))
        and not low.endswith(data["not_state_ends"].get(lang, ("\0",)))  # ("della Polizia")
    )


_BEFORE_THE_TITLE = frozenset({"de", "nl"})  # (languages that put a people's adjective before it)


def _unlisted_demonym_owner(text: str, start: int, end: int, lang: str, office: str, owner: tuple) -> tuple:
    """The owner of a state's title (``state_offices``), or of a ministry's spokesperson, when
    none was read: a people's adjective the data does not list (``_unlisted_demonym``) right
    before the title in German and Dutch ("der (name)ische Außenminister", "De (Name)se
    minister"), inside it or right after it and its ministry in the Romance languages ("le
    ministre (name)ien des Affaires étrangères", "el canciller (name)io,", "il portavoce del
    ministero degli Esteri (name)one"), or before a ministry after a spokesperson ("ein
    Sprecher des (name)ischen Außenministeriums"); else ``owner`` as it was."""
    data = _data()
    spokesperson = office == "spokesperson"
    if owner[0] is not None or lang not in data["demonym_ends"]:
        return owner
    if not (spokesperson or office in data["state_offices"]):
        return owner
    before = lang in _BEFORE_THE_TITLE
    if before and not spokesperson:
        words = list(WORD_OR_MARK.finditer(text, max(0, start - 40), start))[-1:]
    elif not spokesperson:
        words = [w for w in WORD.finditer(text, start, end) if w.group().islower()]
        words += _after_the_portfolio(text, end, lang, ministry=True)[:1]
    else:
        words = _after_the_portfolio(text, end, lang, ministry=False)
        words = (
            words[:1] if not before or (len(words) == 2 and "minister" in words[1].group().lower()) else []
        )
    for w in words:
        if _unlisted_demonym(w.group(), lang):
            return (w.group(), w.group(), min(owner[2], w.start()), max(end, w.end()))
    return owner


def _after_the_portfolio(text: str, end: int, lang: str, ministry: bool) -> list[re.Match]:
    """The words after a title past its links and articles: in German and Dutch the next two
    ("des (name)ischen Außenministeriums"); in the others the first word past a ministry and
    the capitalised portfolio after it ("del ministero degli Esteri (word)"), none when no
    ministry was passed (``ministry``: a minister's title holds its own)."""
    data = _data()
    links = data["links"].get(lang, frozenset()) | data["articles"]
    words: list[re.Match] = []
    for w in WORD_OR_MARK.finditer(text, end, min(len(text), end + 80)):
        low = w.group().lower()
        if lang in _BEFORE_THE_TITLE:
            if words or low not in links:
                words.append(w)
            if len(words) == 2:
                break
        elif low in data["ministries"]:
            ministry = True
        elif not (low in links or (ministry and capital(w.group()))):
            return [w] if ministry else []
    return words


def _unlisted_demonym(word: str, lang: str) -> bool:
    """Whether ``word`` is shaped like a people's adjective the data does not list: of the
    language's ends (``demonym_ends``), none of the starts of ``demonym_not`` (ordinary
    adjectives, parties, creeds, the language's own regions), no listed country's and no word
    the data lists as naming no owner. Romance languages write it lowercase."""
    data, low = _data(), word.lower()
    if len(word) < 5 or (lang not in _BEFORE_THE_TITLE and not word.islower()):
        return False
    return (
        low.endswith(data["demonym_ends"][lang])
        and not low.startswith(data["demonym_not"].get(lang, ()))
        and low not in data["not_owners"]
        and body(word) is None
        and not data["not_mentions"].match(word)
    )


def _genitive_owner(owner: tuple, name: list[re.Match], office: str, lang: str) -> tuple:
    """The owner and name once a name was read right after a title: its first word is the
    owner when it is an unlisted country's genitive (``_unlisted_genitive``: "Prezydent
    (name)ii Jan Kowal"), and the name is the rest; else both as they were."""
    if owner[0] is None and name and _unlisted_genitive(name[0].group(), office, lang):
        return (name[0].group(), name[0].group(), owner[2], name[0].end()), name[1:]
    return owner, name


def _unlisted_genitive(word: str, office: str, lang: str) -> bool:
    """Whether a capitalised word right after a title, with no link, is the genitive of a
    country the data does not list (``state_genitive_ends``: "Prezydent (name)ii", "die
    Außenministerin (name)iens"), of a title a state holds (``state_offices``,
    ``open_offices``)."""
    data = _data()
    return (
        capital(word)
        and word.endswith(data["state_genitive_ends"].get(lang, ("\0",)))
        and office in data["state_offices"] | data["open_offices"]
        and word.lower() not in data["not_owners"]
    )


def _name_before(text: str, start: int, lang: str) -> str | None:
    """A full name set off by a comma right before the title ("Carla Mendes, ministra de Salud de
    Tarvel, dijo"; "..., el ministro"): two to four capitalised words (particles between them),
    none a listed country or body, function words before them left out ("En Madrid, el
    ministro": no name)."""
    data = _data()
    words = [w for w in WORD_OR_MARK.finditer(text, max(0, start - 80), start) if w.group() != "-"]
    skipped = data["articles"] | data["indefinites"].get(lang, frozenset())
    while words and words[-1].group().lower() in skipped:
        words.pop()  # (an article: "..., sagte Ana Roe, eine Sprecherin des ...")
    for relative in data["relatives"].get(lang, ()):  # ("Ana Roe, qui est ministre de ...")
        if tuple(w.group().lower() for w in words[-len(relative) :]) == relative:
            del words[-len(relative) :]
            break
    if len(words) < 3 or words[-1].group() != ",":
        return None
    links = data["links"].get(lang, frozenset())
    name: list[re.Match] = []
    for w in reversed(words[:-1]):
        if capital(w.group()) or (name and w.group().lower() in links):
            name.insert(0, w)
        else:
            break
    openers = function_words().get(lang, frozenset())
    while name and (not capital(name[0].group()) or name[0].group().lower() in openers):
        name.pop(0)  # (a sentence's opening word is no name: "Anche Ana Roe, ministra")
    capitals = [w.group() for w in name if capital(w.group())]
    if not 2 <= len(capitals) <= 4:
        return None
    if any(body(w) or w.lower() in data["not_owners"] for w in capitals):
        return None
    return text[name[0].start() : name[-1].end()]


def a_body_name(name: str) -> bool:
    """Whether the words taken for a name are a body's ("Banku Centralnego", "Senado Federal"):
    one of them starts like a chamber, court, bank or party of the data (``not_owners``)."""
    starts = _data()["not_owners"]
    return any(w.lower()[:k] in starts for w in WORD.findall(name) for k in range(4, len(w) + 1))


def _name_text(text: str, name: list[re.Match], end: int) -> tuple[str | None, int]:
    """The name's text (up to its last capitalised word) and where it ends (``end`` without)."""
    while name and not capital(name[-1].group()):
        name.pop()
    return (text[name[0].start() : name[-1].end()], name[-1].end()) if name else (None, end)


def abroad(doc, ctx=None) -> Abroad:
    """The titles of the article's language (shared analysis: ``ctx.analysis(abroad)``)."""
    lang = language(doc.text)
    if lang is None:
        return Abroad(None, ())
    pattern, offices = _data()["titles"][lang]
    found: list[Title] = []
    for s in doc.sentences:
        for m in pattern.finditer(s.text):
            office = offices[m.lastgroup] if m.lastgroup else "minister"
            (owner, owner_text, owner_start, owner_end), name, name_end, office = _owner_and_name(
                s.text, m.start(), m.end(), lang, office
            )
            if (
                owner is None
                and name is None
                and (further := _owner_past_the_portfolio(s.text, m.end(), lang))
            ):
                owner, owner_text, owner_end, name, name_end = further
            quoted = _in_a_quotation(s.text, m.start())
            portfolio = None
            if office == "minister" and name is None and owner and owner == owner_text:
                portfolio, name, name_end = _unlisted_portfolio(s.text, owner, owner_start, owner_end)
                owner = owner_text = None if portfolio else owner
            if owner and name is None:  # ("chargée de l'Industrie, Ana Roe,")
                name, name_end = _name_after_the_portfolio(s.text, max(m.end(), owner_end), lang, name_end)
            before = None if name else _name_before(s.text, owner_start, lang)
            listed = owner in _data()["body_stems"]
            if owner and owner.isupper() and not listed and not (name or before):
                owner = owner_text = None  # ("le président de la FIFA": a named one's only)
            if office == "director-general":  # (a listed body's only: a company has one too)
                office, owner = "director", owner if listed or _public_body(owner, name or before) else None
            elif office == "director" and m.group().lower().startswith(_data()["head_titles"]):
                # (its owner before the title, joined to it: "NAVO-chef", "Nato-Chefin")
                joined = owner_start < m.start() and s.text[owner_end : m.start()].strip() in ("", "-")
                direct = listed and (joined or _owner_right_after(s.text, m.end(), owner_text, lang))
                owner = owner if direct or _public_body(owner, name or before) else None  # ("director de X")
            if not listed and m.group().lower() in _data()["state_secretaries"].get(lang, ()):
                owner = owner_text = "estado"  # ("secretário estadual de X": the story's state)
            if owner and _local(s.text, owner_end):
                owner = owner_text = None  # ("titular de Protección Civil municipal": the town's)
            found.append(
                Title(
                    s.index,
                    m.start(),
                    m.end(),
                    office,
                    owner,
                    owner_text,
                    owner_start,
                    owner_end,
                    name,
                    name_end,
                    quoted,
                    before,
                    portfolio,
                )
            )
    return Abroad(lang, tuple(found))


def _name_after_the_portfolio(text: str, at: int, lang: str, end: int) -> tuple[str | None, int]:
    """A full name set off by commas after the rest of a title's words, when none was read right
    after its owner ("secrétaire d'Etat (demonym) chargé du Commerce, Ana Roe,", "portavoce del
    ministero degli Esteri (demonym), Ana Roe,"): up to eight words of no verb up to the comma,
    then the name (``_name_set_off``); else (None, ``end``)."""
    comma = text.find(",", at, at + 90)
    if comma < 0:
        return None, end
    words = WORD.findall(text[at:comma])
    stops = acts(lang) | auxiliaries(lang) | being(lang)
    if len(words) > 8 or any(w.lower() in stops for w in words):
        return None, end
    name, stop = _name_set_off(text, comma)
    return (name, stop) if name and not any(body(w) for w in name.split()) else (None, end)


def _owner_past_the_portfolio(text: str, end: int, lang: str) -> tuple | None:
    """The country a title belongs to when the titles' reading stopped at its portfolio or
    ministry: a listed country after a link or a demonym, within the title's own words up to
    its comma ("Staatssekretär im tarvelischen Innenministerium", "Ministerin für Inneres der
    Tarvelei", "directeur de la Protection civile tarvelienne"), and the name set off after it
    (", Ana Roe,"): (key, owner's words, their end, name, name's end), else None. Only
    prepositions, links, articles and capitalised words lead there (a Romance body's
    adjective right after its noun too); a verb ends the title's words."""
    data = _data()
    paths = data["owner_paths"].get(lang)
    words = list(WORD_OR_MARK.finditer(text, end, min(len(text), end + 90)))[:8]
    stops = acts(lang) | auxiliaries(lang) | being(lang)
    if words and lang not in ("de", "nl") and words[0].group().islower() and words[0].group() not in stops:
        words = words[1:]  # (the title's own adjective: "directeur général de la")
    if not paths or not words or not _path_word(words[0].group(), paths):
        return None
    links = data["links"].get(lang, frozenset())
    prev = ""
    for w in words:
        word = w.group()
        cut = max(word.rfind("'"), word.rfind("’"))
        if 0 < cut < len(word) - 1 and word[: cut + 1].lower() in paths:
            prev, word = word[: cut + 1].lower(), word[cut + 1 :]  # ("de l'Intérieur")
        low = word.lower()
        key = body(word) if len(word) > 3 else None
        if key and low not in data["not_owners"] and key not in _SUPRANATIONAL_KEYS:
            if word.islower() or prev.lower() in links or prev.rstrip("'’") in ("d", "l") or prev == "in":
                tail = _owner_tail(text, w.end())  # ("im tarvelischen Innenministerium, Ana Roe,")
                return (key, text[w.start() : w.end()], tail, *_name_set_off(text, tail))
            return None
        if not (
            low in paths
            or capital(word)
            or (lang not in ("de", "nl") and word.islower() and capital(prev) and low not in stops)
            or (word == "in" and lang in ("de", "nl") and capital(prev))  # ("für Verkehr in Tarvelien")
        ):
            return None
        prev = word
    return None


_SUPRANATIONAL_KEYS = frozenset({"european union"})  # ("Staatsminister für Europa": a portfolio)


def _path_word(word: str, paths: frozenset[str]) -> bool:
    cut = max(word.rfind("'"), word.rfind("’"))
    return word.lower() in paths or (0 < cut and word[: cut + 1].lower() in paths)


def _owner_tail(text: str, at: int) -> int:
    """Where the capitalised words right after a country's demonym end ("tarvelischen
    Innenministerium")."""
    end = at
    for w in WORD_OR_MARK.finditer(text, at, min(len(text), at + 60)):
        if not capital(w.group()) or len(w.group()) < 5:
            break
        end = w.end()
    return end


def _name_set_off(text: str, at: int) -> tuple[str | None, int]:
    """A full name set off by commas right after ``at`` (", Ana Roe,"), and its end."""
    tokens = list(WORD_OR_MARK.finditer(text, at, min(len(text), at + 80)))[:6]
    if not tokens or tokens[0].group() != ",":
        return None, at
    n = 1
    while n < len(tokens) and capital(tokens[n].group()):
        n += 1
    if not 3 <= n <= 5 or (n < len(tokens) and tokens[n].group() not in (",", ".")):
        return None, at
    return text[tokens[1].start() : tokens[n - 1].end()], tokens[n - 1].end()


def _unlisted_portfolio(text: str, owner: str, start: int, end: int) -> tuple:
    """A bare minister's title whose "owner" the data does not list is a portfolio and a name
    ("ministro dos Transportes Ana Roe": (portfolio, name, name end)) when the owner is two to
    four capitalised words, the first no body's ("Organización", "Banco"), else (None, None,
    ``end``)."""
    words = owner.split()
    if not 2 <= len(words) <= 4 or not all(capital(w) for w in words):
        return None, None, end
    if words[0].lower().startswith(_data()["body_heads"]) or any(body(w) for w in words[1:]):
        return None, None, end
    return words[0], " ".join(words[1:]), text.find(owner, start, end) + len(owner)


def _public_body(owner: str | None, named: str | None) -> bool:
    """Whether a named head's owner is a public body the data does not list: its acronym, or a
    name that opens on an agency, department, secretariat or service ("Unidad Nacional de ...",
    "Agence européenne des ...")."""
    if not owner or owner in _data()["body_stems"]:
        return False
    if not named:  # (a head of a Nordic state body is an official unnamed too: "direktøren i Statens x")
        return public_nordic(owner) and owner.lower().startswith("statens ")
    public = " " in owner and owner.lower().startswith(_data()["public_bodies"])
    compound = (
        " " not in owner and owner.lower().endswith(_data()["public_compounds"]) and compound_body(owner)
    )
    return owner.isupper() or public or compound or public_nordic(owner)


def _owner_right_after(text: str, end: int, owner_text: str | None, lang: str) -> bool:
    """Whether a listed owner follows a head's title with only links and articles between ("director
    de la OMS", "dell'Agenzia europea"), not as the last word of another name ("titular del Real Madrid", "directeur du
    Tour de France": a club's, a race's)."""
    at = text.find(owner_text or "", end)
    skip = _data()["links"].get(lang, frozenset()) | _data()["articles"]
    public = _data()["public_bodies"]  # ("direttrice dell'Agenzia europea": the EU's agency)
    words = [p.lower() for w in WORD.findall(text[end:at]) for p in re.findall("[^'’]+['’]?", w)]  # ("dell'")
    return at >= 0 and all(w in skip or f"{w}'" in skip or w.startswith(public) for w in words)


def _local(text: str, at: int) -> bool:
    """Whether the last word of a title's owner or the word right after it says the body is the
    town's own ("municipal")."""
    last = WORD.findall(text[max(0, at - 20) : at])[-1:]
    return any(w.lower() in _data()["local"] for w in [*last, _next_word(text, at)])


def participle(word: str, lang: str) -> bool:
    """Whether ``word`` has the shape of a past participle of ``lang`` ("rappelé", "espresso",
    "destacado"): lowercase, five letters at least, one of the language's participle ends."""
    ends = _data()["participle_ends"].get(lang, ())
    return len(word) >= 5 and word.islower() and word.endswith(ends)


def final_participle(word: str, lang: str) -> bool:
    """Whether ``word`` has the shape of a participle that ends a clause in ``lang`` (the data's
    ``verb_final``: "gebeld", "angerufen"); lowercase only (a German noun is capitalised)."""
    shape = _data()["verb_final"].get(lang)
    return shape is not None and word.islower() and shape.fullmatch(word) is not None


def being(lang: str) -> frozenset[str]:
    """The forms of être/essere that make a compound past ("est venue", "è intervenuto")."""
    return _data()["being"].get(lang, frozenset())


def _in_a_quotation(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of its sentence: an odd number of quotation marks
    before it, the last of them no closing one ('..." , dijo el ministro': a mark right before
    a comma, a stop or a dash closes a quotation opened in an earlier sentence)."""
    if sum(text.count(q, 0, at) for q in _QUOTES) % 2 == 0:
        return False
    last = max(text.rfind(q, 0, at) for q in _QUOTES)
    return _CLOSES.match(text, last + 1) is None and not _an_aside(text, last, at)


_CLOSES = re.compile(r"\s?[,.;:–—-]")
# the speaker's words set off by dashes inside a quotation ('"Con ambos – dice el ministro Roe –
# hablé"'): a dash, up to three lower-case words (a verb, an article), the title at ``at``, then a
# closing dash within a short reach and no quotation mark between
_ASIDE_OPENS = re.compile(r"(?:^|\s)[–—]\s?(?:[^\W\d_A-Z]+\s){0,3}$")
_ASIDE_CLOSES = re.compile(r"[^–—\"“”„«»]{1,90}?\s?[–—](?:\s|$)")


def _an_aside(text: str, last_mark: int, at: int) -> bool:
    """Whether the title at ``at`` opens the narrator's aside inside a quotation: the speaker
    named between dashes after the quotation's mark at ``last_mark``."""
    opens = _ASIDE_OPENS.search(text, last_mark + 1, at)
    return opens is not None and _ASIDE_CLOSES.match(text, at) is not None


def named_elsewhere(doc, title: Title) -> bool:
    """Whether the country or body a title belongs to is named anywhere else in the article: by
    any start of its words in the data, or, for an owner the data does not list, by the word. In
    the title's own sentence only what comes before the title counts ("Ana Roe, svensk
    finansminister, sa at Stockholm ...": the official's own words set nothing up)."""
    if title.owner is None:
        return True
    if (stem := _portfolio_stem(title.owner)) is not None:
        return _stem_named(doc, title, stem)
    if " " in title.owner and title.owner not in _data()["body_stems"]:
        return _unlisted_body_named(doc, title)
    if title.owner.isupper() and _spelt_out(doc, title.owner):
        return True  # ("de la CNSR" after "la Commission nationale de sécurité routière")
    stems = _data()["body_stems"].get(title.owner)
    if stems is None:
        word = title.owner.lower()[:5]
        stems = re.compile(rf"(?<![\w-]){re.escape(word)}", re.I)
    lang = language(doc.text) if title.owner in _data()["body_stems"] else None
    for s in doc.sentences:
        text = s.text
        if s.index == title.sentence:
            text = text[: title.owner_start]  # (what the official says after it ties nothing)
        if any(lang is None or _names_the_owner(text, m, title.owner, lang) for m in stems.finditer(text)):
            return True
    return False


_PERSONS_NAMES = frozenset({"it", "es", "pt", "fr"})  # (languages that write demonyms lowercase)


def _names_the_owner(text: str, m: re.Match, owner: str, lang: str) -> bool:
    """Whether a stem's hit ``m`` names the country or body: not a word the data lists as naming
    none (``not_mentions``: "wieder", "atención", "Camera"), nor, in copy that writes its demonyms
    in lowercase, a word of a person's full name: a capitalised word right before or after another
    capitalised word of no body ("Francesco Salvi", "Mario Russo", not "Arabia Saudita", "Unione
    Europea", "Corea del Sud"). A stem of two words ("Stati Uniti") always names it."""
    w = WORD.match(text, m.start())
    word = w.group() if w else m.group()
    if _data()["not_mentions"].match(word):
        return False
    if " " in m.group() or lang not in _PERSONS_NAMES or not capital(word):
        return True
    if owner in _data()["not_countries"]:
        return True
    before = re.search(r"(?:^|[^\w'’-])([\w'’-]+) $", text[max(0, m.start() - 40) : m.start()])
    after = re.match(r" ([\w'’-]+)", text[w.end() if w else m.end() :])
    return not any(x and _a_persons_word(x.group(1), lang) for x in (before, after))


def _a_persons_word(word: str, lang: str) -> bool:
    """Whether a capitalised word beside a stem's hit reads as another word of a person's name:
    capitalised, no body's, no part of a state, no body's head or generic word, no function word."""
    data = _data()
    low = word.lower()
    return (
        capital(word)
        and body(word) is None
        and low not in data["not_owners"]
        and not low.startswith(data["body_heads"] + data["body_generic"])
        and low not in function_words().get(lang, frozenset())
        and low not in data["articles"]
    )


def _portfolio_stem(owner: str) -> str | None:
    """What names a ministry or a compound body elsewhere: the start of its portfolio's first
    word ("ministère de l'|Agricu|lture": "agricu"; "ministerstwa infras|truktury"), the word
    of its own of a compound ("Verkehrs|ministeriums": "verkeh"); None for another owner."""
    words = WORD.findall(owner)
    if len(words) == 1:
        stem = _compound_stem(words[0])
        return None if stem is None else f"*{stem}"  # (found inside a compound too: "*verkehr")
    if not _a_ministry_word(words[0]):
        return None
    glue = _data()["articles"].union(*_data()["links"].values())
    own = [w.split("'")[-1].split("’")[-1] for w in words[1:]]
    own = [w for w in own if len(w) > 2 and w.lower() not in glue]
    return own[0].lower()[: min(_STEM, max(4, len(own[0]) - 3))] if own else None


def _stem_named(doc, title: Title, stem: str) -> bool:
    """Whether a ministry's portfolio or a compound body's own word (``_portfolio_stem``) is
    written anywhere else in the article, in any case ("le ministre de l'Agriculture",
    "agricultrices"), a compound's inside another compound too ("der Verkehrsminister"): the
    story is on that body's ground."""
    inside = stem.startswith("*")  # (a compound's word, inside another compound too)
    found = re.compile(("" if inside else r"(?<![\w'’])") + re.escape(stem.lstrip("*")), re.I)
    for s in doc.sentences:
        text = s.text[: title.owner_start] if s.index == title.sentence else s.text
        if found.search(text):
            return True
    return False


def _spelt_out(doc, acronym: str) -> bool:
    """Whether the article writes out the name an acronym stands for: words from a capitalised
    one on whose initials spell it, short lowercase words between them left out ("Commission
    nationale de sécurité routière": CNSR)."""
    for s in doc.sentences:
        words = WORD.findall(s.text)
        for i, w in enumerate(words):
            if w[0] != acronym[0] or not capital(w):
                continue
            initials = ""
            for x in words[i:]:
                if x[0].upper() == acronym[len(initials)]:
                    initials += x[0].upper()
                elif not (x.islower() and len(x) <= 3):
                    break
                if len(initials) == len(acronym):
                    return True
    return False


def _unlisted_body_named(doc, title: Title) -> bool:
    """Whether a body the data does not list is named elsewhere in the article: a capitalised word
    of its own ("Roeibond"; of a name with two or more, two of them: "Acústica" alone, a topic
    word of a "Oficina Tarvela de Calidad Acústica", is no mention of it), its first two words
    ("Federación Mundial"), or its initials in any order ("FMR", "WRF")."""
    words = [w for w in WORD.findall(title.owner) if len(w) > 3 or w.isupper()]
    own = [w for w in words[1:] if capital(w) and _own_word(w)]
    stems = [w[: max(4, len(w) - 2)] for w in own]
    lead = " ".join(words[:2]).lower()  # (the words of a name less its links: "Fédération boulangers")
    initials = sorted(w[0].upper() for w in words)
    met: set[str] = set()
    for s in doc.sentences:
        text = s.text
        if s.index == title.sentence:
            text = text[: title.owner_start]
        if (
            len(words) > 1
            and lead in " ".join(w for w in WORD.findall(text) if len(w) > 3 or w.isupper()).lower()
        ):
            return True
        for m in WORD.finditer(text):
            w = m.group()
            if (
                w[:1].isupper()
                and any(w.startswith(st) for st in stems)
                and _not_another_name(text, m, words)
            ):
                met.update(st for st in stems if w.startswith(st))
                if len(met) >= min(2, len(set(stems))):
                    return True
            if len(initials) > 1 and w.isupper() and sorted(w) == initials:
                return True
    return False


def _not_another_name(text: str, m: re.Match, words: list[str]) -> bool:
    """Whether a word met elsewhere stands alone, not opening another name ("Estados Unidos" is
    no mention of "Organización de Estados Tarvelos"): the next word is no capitalised one foreign
    to the body's name."""
    nxt = _next_word(text, m.end())
    return not (capital(nxt) and text[m.end() : m.end() + 1] == " " and nxt not in words)


def acts(lang: str) -> frozenset[str]:
    """The verbs of ``lang`` by which an official speaks or acts ("kertoi", "zapowiedziała",
    "chiesto"), besides the speech verbs of quote_cues.yaml."""
    return _data()["acts"].get(lang, frozenset())


def auxiliaries(lang: str) -> frozenset[str]:
    """The auxiliaries of ``lang`` after which the verb may come late ("hat ... gewarnt")."""
    return _data()["auxiliaries"].get(lang, frozenset())


def according(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``lang`` that make the official the source: before the title ("según",
    "laut"), and after it ("mukaan", "zufolge")."""
    data = _data()
    return data["according"].get(lang, frozenset()), data["according_after"].get(lang, frozenset())


def in_the_view_of(lang: str) -> frozenset[str]:
    """The words of ``lang`` that open a sentence on an official's view ("Para el canciller de
    X, ...", "Pour le ministre X, ...")."""
    return _data()["in_the_view_of"].get(lang, frozenset())


def links(lang: str) -> frozenset[str]:
    """The words of ``lang`` between a title and its owner or portfolio ("de", "alla", "aux")."""
    return _data()["links"].get(lang, frozenset())


def homes(lang: str) -> frozenset[str]:
    """The countries whose own copy ``lang`` is ("polski minister" in Polish copy is the story's
    own country's, named or not); none for a language of many countries (es, pt, fr)."""
    return _data()["homes"].get(lang, frozenset())


def says_a_change(lang: str, text: str, start: int, end: int | None = None) -> bool:
    """Whether the title at ``text[start:end]`` (its owner and name included) is said to have
    changed: a change word ("nombrado", "obejmie", "wird") among the few words around it, or a
    word right before it that says it is past or to come ("l'ancien", "die frühere", "były").
    Only the title's own words count: "hasta", "bis" or a passive "wurde" a clause away speak of
    something else, as do the words after a title that follows a link ("het plan van premier Roe
    werd ..."). Without ``end``, any change word of the sentence counts."""
    data = _data()
    changes = data["changes"].get(lang, frozenset())
    if so_far := data["so_far"].get(lang):  # ("tot slot", "jusqu'ici": no limit of an office)
        text = so_far.sub(lambda m: " " * len(m.group()), text)
    if end is None:
        near = WORD_RUN.findall(text)
    else:
        window = text[max(0, start - 60) : start]
        before = WORD_RUN.findall(_past_a_quotation(window))[-_NEAR:]
        tense = data["tense_changes"].get(lang, frozenset())
        near = before + [w for w in WORD_RUN.findall(window)[-_NEAR:] if w.lower() not in tense]
        if not _after_a_link(before, lang):
            near += WORD_RUN.findall(text[end : end + 60])[:_NEAR] + _relative_clause(text, end, lang)
    if any(w.lower() in changes for w in near):
        return True
    before = WORD_RUN.findall(_past_a_quotation(text[max(0, start - 30) : start]))[-2:]
    return any(w.lower() in data["changes_before"].get(lang, frozenset()) for w in before)


_NEAR = 3  # words either side of a title that may say its office changed


def _relative_clause(text: str, end: int, lang: str) -> list[str]:
    """The words of a relative clause on the holder set off right after the title and name
    (", która w piątek zastąpiła Jana Roe,", ", qui a remplacé lundi ..."): up to its comma or
    full stop, a dozen words at most, less a tense's change words (", qui sera vendredi à ...")."""
    m = _SET_OFF_CLAUSE.match(text, end)
    if m is None or m.group(1).lower() not in _data()["relative_openers"].get(lang, ()):
        return []
    tense = _data()["tense_changes"].get(lang, frozenset())
    return [w for w in WORD_RUN.findall(m.group(2))[:12] if w.lower() not in tense]


_SET_OFF_CLAUSE = re.compile(r"\s*,\s*(\w+)\b([^,.;:]*)")


def _past_a_quotation(before: str) -> str:
    """The words before a title from where a quotation or a speaker's dash last ends ("« ...
    sera adopté », a dit le ministre", "– Nikt nie zostanie sam – zapewnił minister"): a tense's
    change word in what the speaker said is not the title's (``tense_changes``)."""
    return _QUOTE_ENDS.split(before)[-1]


_QUOTE_ENDS = re.compile(r'["“”„«»]|\s[–—-]\s')


def _after_a_link(before: list[str], lang: str) -> bool:
    """Whether a title follows a link, an article between or not ("el plan del ministro Roe fue
    aprobado", "het plan van de premier"): its holder is no subject of the words after it."""
    data = _data()
    links, articles = data["links"].get(lang, frozenset()), data["articles"]
    last = [w.lower() for w in before[-2:]]
    if last and last[-1] in links and last[-1] not in articles:
        return True
    return len(last) == 2 and last[-1] in articles and last[0] in links


# one item of a list after a plural minister's title: "; de Salud, Ana Roe", ", y de Defensa,
# Luis Paz" (a link, a portfolio up to its comma, a name of two to four capitalised words)
_LIST_ITEM = re.compile(
    r"\s*[;,]?\s*(?:(?:y|e|ed|et)\s+)?(?P<link>(?:de la|de los|de las|de l['’]|dell['’]|d['’]|de|del|da|do|dos|das"
    r"|della|dello|delle|degli|dei|des|du)\s*)(?P<portfolio>[^\W\d_][^,;\"“”«»()]{1,50}?)\s*,\s*"
    r"(?P<name>[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÔÃÕÇÑ][\w'’-]+(?:\s+(?:de |da |di |del |dos )?[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÔÃÕÇÑ][\w'’-]+){1,3})"
)


def listed_ministers(doc, lang: str | None) -> list[Title]:
    """The titles a plural minister's list gives ("los ministros de Hacienda, Ana Roe; de Salud,
    Luis Paz, y de Defensa, Eva Gil"): one per portfolio and name, read as its singular title
    ("ministro de Salud"); a portfolio the data lacks is a bare minister's ``portfolio``. Only
    where the article's text holds a plural title at all (a cheap gate)."""
    spec = _raw().get("plural_ministers", {}).get(lang or "")
    if not spec or not any(p in doc.text.lower() for p in spec["plural"]):
        return []
    pattern, offices = _data()["titles"][lang]
    plural = re.compile(rf"(?<!\w)(?:{'|'.join(spec['plural'])})(?!\w)", re.I)
    found: list[Title] = []
    for s in doc.sentences:
        for p in plural.finditer(s.text):
            at = p.end()
            while item := _LIST_ITEM.match(s.text, at):
                at = item.end()
                said = f"{spec['singular']} {item.group('link').strip()} {item.group('portfolio')}"
                m = pattern.match(said.replace("' ", "'").replace("’ ", "’"))
                office = offices[m.lastgroup] if m and m.lastgroup else "minister"
                portfolio = item.group("portfolio") if office == "minister" else None
                if office == "minister" and not (m and m.end() == len(spec["singular"])):
                    continue  # (a title other than a minister's: no portfolio)
                start, end = item.start("link"), item.end("portfolio")
                quoted = _in_a_quotation(s.text, start)
                name = item.group("name")
                found.append(
                    Title(
                        s.index,
                        start,
                        end,
                        office,
                        None,
                        None,
                        start,
                        end,
                        name,
                        item.end("name"),
                        quoted,
                        None,
                        portfolio,
                    )
                )
    return found


def not_an_owner(word: str) -> bool:
    """Whether a word names a state or one of its organs ("République", "Gobierno", "Sejmu"),
    never a portfolio or a body of its own (``not_owners`` of the data)."""
    return word.lower() in _data()["not_owners"]


def office_named(lang: str, phrase: str) -> str | None:
    """The office a phrase names when it is one whole title of the language ("minister van
    Financiën": finance minister), else None."""
    titles = _data()["titles"].get(lang)
    m = titles[0].fullmatch(phrase) if titles else None
    return titles[1][m.lastgroup] if m and m.lastgroup else None


def title_glue(word: str, lang: str) -> bool:
    """Whether a word may stand between a title and its holder's name without ending the title
    (FL202): a link or article, a country or demonym ("elbonienne"), a state organ or ministry
    written lowercase ("du gouvernement", "del ministero"), a word of the data's ``title_glue``
    ("chargée", "délégué", "d'État")."""
    data, low = _data(), word.lower()
    return (
        low in data["links"].get(lang, frozenset())
        or low in data["articles"]
        or low in data["not_owners"]
        or low in data["ministries"]
        or low.startswith(("ministerstw", "ministeri", "resort"))  # (declined: "rzecznik ministerstwa")
        or low in _glue_words().get(lang, frozenset())
        or body(word) is not None
    )


def a_link(word: str, lang: str) -> bool:
    """Whether a word is a link or an article of the language ("de", "della", "la", "du")."""
    low = word.lower()
    return low in _data()["links"].get(lang, frozenset()) or low in _data()["articles"]


def government_voice(words: list[str]) -> bool:
    """Whether a spokesperson's own words say it speaks for a government ("porte-parole du
    gouvernement", "rzecznik rządu"; the data's ``government_voices``), not for a ministry, an
    agency or a party (FL202)."""
    voices = _glue_words()["voices"]
    return any(w.lower() in voices for w in words)


@lru_cache(maxsize=1)
def _glue_words() -> dict:
    raw = _raw()
    glue = {k: frozenset(v) for k, v in raw.get("title_glue", {}).items()}
    return {**glue, "voices": frozenset(raw.get("government_voices", ()))}

"""FL201's reading of offices: which office a title names (a minister, a head of an agency, a
deputy), whose office it is (a body, a unit and its owner, a city, a country, a government, a
portfolio), whether the holder is named next, and a title read from a name by mistake (cut
from a longer name, a post-nominal "MP", a body that runs on into the holder's name). Split
from the rule's module."""

from __future__ import annotations

import re

from factlint.analysis.mentions import Entity, Mention, Mentions
from factlint.analysis.lexicon import CABINET_TITLES, OFFICE_PREFIXES
from factlint.analysis.text import word_tokens


def _cut_from_a_longer_name(ms: Mentions, first: Mention) -> bool:
    """Whether a title word stands right before the role's own body ("General Electric CEO":
    the firm is General Electric, its first word read as a rank)."""
    before = word_tokens(ms.doc.sentences[first.sentence].text[max(0, first.start - 20) : first.start])
    return bool(before) and before[-1].cap and (before[-1].low,) in ms.lexicon.titles


# the rest of a body's name the role stopped short of at a possessive ("the Speaker of the
# People" + "'s Majlis") and the comma before an apposition
_BODY_RUNS_ON_TO_COMMA = re.compile(r"^(?:['’]s(?:\s+[A-Z][\w'’-]*){1,4})?\s*,\s+")


def _holder_named_after(ms: Mentions, first: Mention) -> bool:
    """Whether a role is followed, past the rest of its body's name, by its holder's name set
    off by a comma, with or without another title ("the Speaker of the Kell People's Assembly,
    Assemblyman Jane Roe,"): a source brought in whole in one sentence."""
    text = ms.doc.sentences[first.sentence].text
    m = _BODY_RUNS_ON_TO_COMMA.match(text[first.end : first.end + 80])
    if m is None:
        return False
    at = first.end + m.end()
    for other in ms.in_sentence(first.sentence):
        if other.kind != "person" or other.start < at or not other.name:
            continue
        between = word_tokens(text[at : other.start])
        return all(t.is_word and t.text[:1].isupper() and (t.low,) in ms.lexicon.titles for t in between)
    return False


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


def a_country(ms: Mentions, jurisdiction: str | None) -> bool:
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
    if office.group != "head" or of_a_body or (acting and not a_country(ms, jurisdiction)):
        return ""
    if a_country(ms, jurisdiction) or not set((jurisdiction or "").split()).isdisjoint(ms.lexicon.org_heads):
        return "news"  # (a body's: "Kell Union of Nurses Secretary General", its trade the story's)
    return "speaking only"


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
        office = office_called(ms, role.office)
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


def office_called(ms: Mentions, name: str | None):
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

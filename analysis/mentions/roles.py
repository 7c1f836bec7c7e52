"""Roles: a title with what qualifies it ("the former Russian Prime Minister", "Tesco's chief
executive", "President of the European Parliament") and the name it is attached to
(premodifier, apposition, who-clause); and how a bare name is introduced."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import CABINET_TITLES, OFFICE_PREFIXES
from ..words import DETERMINERS, STOPWORDS
from .labels import Label
from .model import NAME_SUFFIXES, Mention
from .state import SentenceWork
from .vocabulary import (
    PORTFOLIO_NOUNS,
    PORTFOLIO_TAILS,
    APPOSITION_ENDS,
    APPOSITION_OPENERS,
    GROUP_NOUNS,
    NEVER_NAMES,
    NOT_NAMES,
    PLACE_HEADS,
    ROLE_ADJECTIVES,
    SPEECH_AFTER_NAME,
    TEMPORAL_MODIFIERS,
    WHO_VERBS,
)

_QUALIFIERS = ("place", "org", "chunk")
_HYPHENATED = TEMPORAL_MODIFIERS | OFFICE_PREFIXES  # "ex-", "vice-", "co-"
_POSSESSIVE = ("'s", "’s")
# "Okafor, who declined to give details": a who-clause about what was said is no introduction.
_WHO_SAYS_NOTHING = frozenset(
    "did does declined spoke speaks asked added said says gave refused would could wrote "
    # being somewhere is no role: "Hale, who joined the call from Leeds, asked ..."
    "joined attended arrived appeared sat watched listened travelled traveled flew "
    # nor is what one did to others: "a letter from Hale, who urged the union to ..."
    "urged accused criticised criticized praised thanked congratulated warned told promised "
    "questioned summoned pressed blamed demanded ordered welcomed".split()
)
# "who was in court", "who were at the hearing": where a person was says nothing of who they are
_WHO_WAS_WHERE = frozenset("was were".split())
_WHERE_AFTER_WAS = frozenset("in at on among inside outside near".split())
# Prepositions after which a name is a place, not a person a role could be in apposition to.
_WHERE_WORDS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "throughout", "across", "into", "via"}
)
# Short words written with a capital only in a headline's title case ("Minister Appeals To
# Farmers"): the capitalised word before one is no name.
_TITLE_CASE_WORDS = frozenset({"To", "For", "Of", "On", "In", "At", "With", "Over", "After", "From", "Into"})
# Offices posted to a country or body other than their own ("Germany's ambassador to Kenya").
_POSTED_OFFICES = frozenset({"ambassador", "envoy", "consul"})
# Offices that belong to what follows "at"/"to" ("spokesperson at the ministry", "envoy to the UN").
_AT_OFFICES = ("official", "spokesperson", "secretary", "adviser", "ambassador", "envoy")


def _possessive(tokens, j: int) -> bool:
    """ "'s", or a bare apostrophe right after a word ending in s ("the Teamsters' president",
    "Barclays' chief executive")."""
    t = tokens[j]
    if t.text in _POSSESSIVE:
        return True
    return t.text in ("'", "’") and not t.space_before and j > 0 and tokens[j - 1].text.endswith("s")


@dataclass
class _Qualifiers:
    """What stands before a title: determiner, jurisdiction, "former", "deputy"."""

    start: int  # first token of the role's description
    determiner: str | None = None
    jurisdiction: str | None = None
    jurisdiction_text: str | None = None
    temporal: bool = False
    prefix: list[str] = field(default_factory=list)
    portfolio: list[str] = field(default_factory=list)  # "culture" in "the culture minister"
    portfolio_after: bool = False  # the portfolio follows the title: "Minister of Culture"
    cabinet: bool = False  # a post of one portfolio ("Minister of Tourism"): whose it is, is clear
    described: bool = False  # the jurisdiction is a body described in lower case


def _step_left(w: SentenceWork, j: int, q: _Qualifiers) -> int | None:
    """Read token ``j`` before the title into ``q``; the next token to read, or None to stop
    (``q.start`` is then set)."""
    t, lab, covered = w.tokens[j], w.covered[j], w.covered
    if t.low in TEMPORAL_MODIFIERS:
        q.temporal = True
    elif t.low in OFFICE_PREFIXES:
        q.prefix.insert(0, t.low)
    elif t.low in ROLE_ADJECTIVES:
        pass
    elif lab is not None and lab.kind in _QUALIFIERS and q.jurisdiction is None:
        q.jurisdiction, q.jurisdiction_text = w.jurisdiction(lab)
        w.claim_org(lab)
        j = lab.a
    elif (
        _possessive(w.tokens, j)
        and j > 0
        and covered[j - 1] is not None
        and covered[j - 1].kind in (*_QUALIFIERS, "source")
        and q.jurisdiction is None
    ):
        lab = covered[j - 1]
        q.jurisdiction, q.jurisdiction_text = w.jurisdiction(lab)
        q.determiner = q.determiner or "'s"  # "Tesco's chief executive" is definite
        if lab.kind != "chunk" or not w.reader.is_person_like(w.tokens, lab) or lab.a in w.used_chunks:
            w.claim_org(lab)
        j = lab.a
    elif t.text in _POSSESSIVE and j > 1 and covered[j - 1] is None and w.tokens[j - 1].low in GROUP_NOUNS:
        k = j - 2
        while k > j - 4 and k >= 0 and covered[k] is None and _portfolio_word(w.tokens[k]):
            k -= 1  # "refugee" in "the UN refugee agency's"
        lab = covered[k] if k >= 0 else None
        if lab is None and k == j - 2 and w.tokens[k].low == "the" and q.jurisdiction is None:
            # "the federation's chief executive": a body the story describes, not names
            q.jurisdiction = q.jurisdiction_text = w.tokens[j - 1].low
            q.described = True
            q.determiner = "the"
            q.start = k
            return None
        if lab is None or lab.kind not in ("place", "org") or q.jurisdiction is not None:
            q.start = j + 1
            return None
        q.jurisdiction, q.jurisdiction_text = w.jurisdiction(lab)
        q.determiner = q.determiner or "'s"
        j = lab.a
    elif j > 0 and t.low in _OWN_PLACE_NOUNS and w.tokens[j - 1].low == "the":
        pass  # "the city police chief": the story's own city, no body to name
    elif (
        t.text in _POSSESSIVE
        and j > 1
        and w.tokens[j - 1].low in _OWN_PLACE_NOUNS
        and w.tokens[j - 2].low == "the"
    ):
        return j - 2  # "the county's sheriff", "the state's governor"
    elif t.low in DETERMINERS:
        q.determiner = t.low
        q.start = j
        return None
    else:
        q.start = j + 1
        return None
    return j - 1


# Offices a portfolio word may stand before, whatever the word ("the culture minister", "Sweden's
# army chief", "the UN human rights chief"): the lists cannot name every portfolio.
_PORTFOLIO_OFFICES = {
    "minister",
    "secretary",
    "commissioner",
    "envoy",
    "spokesperson",
    "chief",
    "head",
    "boss",
    "official",
    "director",
    "adviser",
    "governor",
    "speaker",
    "general",
    "coordinator",  # ("Kell's civil protection coordinator")
    "administrator",
}
# Lower-case words that are no portfolio: verbs a sentence puts before a title ("China sent
# trade minister ..." aside, "Russia's decision" is no title at all).
_NOT_PORTFOLIO = {"said", "says", "sent", "met", "told", "made", "gave", "took", "put", "saw", "got"}
_NOT_PORTFOLIO |= {"let", "set", "led", "won", "held", "left", "became", "came", "went", "new", "own"}
# ("a cabinet minister", "the government's ... state minister": no portfolio named)
_NOT_PORTFOLIO |= {"government", "cabinet", "state", "country", "party", "prime", "other", "same"}


def _portfolio_words(w: SentenceWork, a: int, office_name: str = "") -> int:
    """How many lower-case words (at most two) right before the title at ``a`` name its
    portfolio: only between the title and a determiner, a possessive or a place/organisation
    ("country" only for a body's post: "the Kell Fund's country director")."""
    tokens, covered = w.tokens, w.covered
    n = _capitalised_portfolio(w, a)
    if n:
        return n  # "Revenue Minister", "Water Resources Minister": a formal title, anywhere
    country = office_name in _COUNTRY_POSTS
    while (
        n < 2
        and a - 1 - n >= 0
        and (_portfolio_word(tokens[a - 1 - n]) or (country and tokens[a - 1 - n].text == "country"))
        and covered[a - 1 - n] is None
    ):
        n += 1
    while n:
        k = a - 1 - n
        skipped = _before_hyphenated_adjective(w, k) if k >= 0 else None
        k = k if skipped is None else skipped  # "the long-serving finance minister"
        if k >= 0 and (
            tokens[k].low in DETERMINERS
            or _possessive(tokens, k)
            or (covered[k] is not None and covered[k].kind in ("place", "org"))
        ):
            return n
        n -= 1
    return 0


_PORTFOLIO_WORDS = PORTFOLIO_NOUNS | PORTFOLIO_TAILS
# a body's posts for one country ("the Kell Fund's country director", "its country head")
_COUNTRY_POSTS = frozenset({"director", "head", "chief", "representative", "manager", "coordinator"})


def _capitalised_portfolio(w: SentenceWork, a: int) -> int:
    """How many capitalised portfolio words stand right before a capitalised title ("Revenue
    Minister", "Emergency Management Minister"); a name chunk they make is the title's."""
    tokens, covered = w.tokens, w.covered
    if not tokens[a].cap:
        return 0
    n = 0
    while n < 3 and a - 1 - n >= 0:
        t, label = tokens[a - 1 - n], covered[a - 1 - n]
        if not (t.cap and t.is_word and t.low in _PORTFOLIO_WORDS):
            break
        if label is not None and not (label.kind == "chunk" and label.b == a and label.a >= a - 3):
            break  # a place or body before the title is whose post it is
        n += 1
    first = covered[a - n] if n else None
    if (
        first is not None
        and first.a < a - n
        and not (first.a == a - n - 1 and tokens[first.a].low in OFFICE_PREFIXES)
    ):
        return 0  # the chunk runs on before the portfolio: "Kenya Revenue Minister"? ("Shadow" is no place)
    return n


def _before_hyphenated_adjective(w: SentenceWork, j: int) -> int | None:
    """The token before a lower-case hyphenated adjective ending at ``j`` ("the long-serving
    mayor", "the newly-elected governor"), or None."""
    tokens = w.tokens
    if j < 2 or w.covered[j] is not None:
        return None
    t, hyphen, first = tokens[j], tokens[j - 1], tokens[j - 2]
    if hyphen.text != "-" or hyphen.space_before or t.space_before:
        return None
    if not (t.text.isalpha() and t.text.islower() and first.text.isalpha() and first.text.islower()):
        return None
    return j - 3


def _portfolio_word(t) -> bool:
    return (
        t.is_word
        and t.text.isalpha()
        and t.text.islower()
        and len(t.text) > 2
        and t.low not in STOPWORDS
        and t.low not in _NOT_PORTFOLIO
        and t.low not in TEMPORAL_MODIFIERS
        and t.low not in OFFICE_PREFIXES
        and not t.low.endswith(("ed", "ly"))  # ("mining minister", "visiting envoy" are titles)
    )


def _left_of(w: SentenceWork, a: int, office_name: str = "") -> _Qualifiers:
    q = _Qualifiers(start=0)
    j = a - 1
    if office_name in _PORTFOLIO_OFFICES:
        n = _portfolio_words(w, a, office_name)
        q.portfolio = [t.low for t in w.tokens[a - n : a]]
        j -= n
    while j >= 0:
        t = w.tokens[j]
        if t.text == "-" and not t.space_before and j > 0 and w.tokens[j - 1].low in _HYPHENATED:
            j -= 1
            continue
        before = _before_hyphenated_adjective(w, j)
        if before is not None:
            j = before
            continue
        if j >= 3 and _acronym_in_brackets(w.tokens, j - 2):
            j -= 3  # "the City Police Office (CPO) director": the body's short name said once
            continue
        nxt = _step_left(w, j, q)
        if nxt is None:
            return q
        j = nxt
    q.start = 0
    return q


def _right_of(w: SentenceWork, b: int, office_name: str, q: _Qualifiers) -> int:
    """ "Maltese President of the European Parliament": the office belongs to what follows; the
    end of the role's description."""
    tokens = w.tokens
    if not (b + 1 < len(tokens) and tokens[b].low in ("of", "for", "at", "to")):
        return b
    k = _past_own_place(w, b + 2 if tokens[b + 1].low == "the" else b + 1)
    lab = w.covered[k] if k < len(tokens) else None
    if lab is None and tokens[b].low == "of" and (end := _body_after_a_word(w, b, k, q)) is not None:
        return end
    if tokens[b].low == "of" and q.jurisdiction is None:
        # "the general secretary of the nurses' association", "the chairman of Canada's
        # securities regulator": a body the story describes instead of naming
        start = lab.b if lab is not None and lab.kind == "place" and lab.a == k else k
        if start > k and not (start < len(tokens) and _possessive(tokens, start)):
            start = len(tokens)  # "the President of France met ...": France's own office
        # ("the head of the agency": its group noun alone after "of the", as "the agency's head")
        end = _described_body(tokens, w.covered, start, lone=start == k == b + 2)
        if end is not None and (k > b + 1 or start > k):
            q.jurisdiction = w.sentence.text[tokens[k].start : tokens[end - 1].end]
            q.jurisdiction_text = w.sentence.text[tokens[b + 1].start : tokens[end - 1].end]
            q.described = True
            return end
    if (
        lab is not None
        and lab.kind in (*_QUALIFIERS, "source")
        and lab.a == k
        and (tokens[b].low not in ("at", "to") or office_name in _AT_OFFICES)
    ):
        after = w.covered[lab.b] if lab.b < len(tokens) else None
        after = (
            after
            if after is not None and after.a == lab.b and after.kind in ("org", "chunk", "place")
            else None
        )
        if after is not None and after.kind == "place" and not _opens_a_place(tokens, lab):
            after = None  # only a place name's last word: "New South" + "Wales", not "... Holland"
        if (
            after is not None
            and after.kind == "chunk"
            and w.reader.chunk_kind(tokens, after) == "person"
            and all(t.cap for t in tokens[after.a : after.b] if t.is_word)
        ):
            after = None  # "President of Brazil Paulo Andrade": the holder's name, not a body
        if after is not None and lab.kind == "place":
            lab, after = after, None  # "the chairman of the US Federal Reserve": the Fed's
        posting = tokens[b].low == "for" or (tokens[b].low == "to" and office_name in _POSTED_OFFICES)
        # (nor is a unit after the possessive owner's title: "Acme's Director of Sales")
        if q.jurisdiction is None or not (posting or q.determiner == "'s"):
            # (a portfolio, subject or posting after "for"/"to" is not whose official it is:
            # "the Turkish Minister for Urbanization", "Germany's ambassador to Kenya"; but
            # "Chief Secretary to the Treasury" belongs to the Treasury)
            q.jurisdiction, q.jurisdiction_text = w.jurisdiction(lab)
        w.claim_org(lab)
        end = lab.b
        if after is not None and after.kind in ("org", "place"):  # "the African Union Commission"
            w.claim_org(after)
            end = after.b
        if after is None:
            end = _body_runs_on(w, lab, q, posting)
        end = _office_of_it(tokens, end)
        if end + 1 < len(tokens) and tokens[end].low == "and":
            joined = w.covered[end + 1]  # "of England and Wales": one jurisdiction
            if joined is not None and joined.a == end + 1 and joined.kind == lab.kind == "place":
                w.claim_org(joined)
                end = joined.b
        return end
    return b


def _body_runs_on(w: SentenceWork, lab: Label, q: _Qualifiers, posting: bool) -> int:
    """Where a body the role's "of" names ends when nothing known follows it: a name the lists
    do not know that goes on with "of" ("the Fraternal Order of Police"), or a known body with
    a lower-case unit of its own ("the UN refugee agency")."""
    if lab.kind == "chunk" and not posting:
        return _name_goes_on_with_of(w, lab, q)
    if lab.kind == "org":
        return _described_body(w.tokens, w.covered, lab.b) or lab.b
    return lab.b


def _past_own_place(w: SentenceWork, k: int) -> int:
    """ "the director of the state's Office of Emergency Services": the body is what follows the
    place's possessive; where the owner's name starts."""
    tokens = w.tokens
    if (
        k + 2 < len(tokens)
        and w.covered[k] is None
        and tokens[k].low in _OWN_PLACE_NOUNS
        and _possessive(tokens, k + 1)
        and w.covered[k + 2] is not None
        and w.covered[k + 2].a == k + 2
        and w.covered[k + 2].kind in ("org", "chunk")
    ):
        return k + 2
    return k


def _body_after_a_word(w: SentenceWork, b: int, k: int, q: _Qualifiers) -> int | None:
    """ "the Director of the US Marshals Service", "... of the All India Football Federation": a
    capitalised word the lists took no part of (at ``k``) opens the name of the body that follows
    it; that body is whose office it is. The end of the description, or None."""
    tokens = w.tokens
    body = w.covered[k + 1] if k + 1 < len(tokens) else None
    if body is None or body.a != k + 1 or body.kind not in ("org", "chunk") or not tokens[k].cap:
        return None
    if not tokens[k].is_word:
        return None
    w.claim_org(body)
    q.jurisdiction = w.sentence.text[tokens[k].start : tokens[body.b - 1].end]
    q.jurisdiction_text = w.sentence.text[tokens[b + 1].start : tokens[body.b - 1].end]
    return _office_of_it(tokens, body.b)


def _portfolio_after(w: SentenceWork, b: int, office_name: str, q: _Qualifiers) -> int | None:
    """ "Minister of Culture", "Minister for Fisheries and Oceans": a cabinet title whose
    portfolio follows it in capitals is that portfolio's post ("culture minister"), not an
    office of a body called "Culture". The end of the title, or None."""
    tokens = w.tokens
    if (
        office_name not in CABINET_TITLES
        or q.portfolio
        or b + 1 >= len(tokens)
        or tokens[b].low not in ("of", "for")
    ):
        return None
    k = b + 1
    if not (tokens[k].is_word and tokens[k].low in PORTFOLIO_NOUNS):  # (or "the minister of mining")
        return None
    q.portfolio = [tokens[k].low]
    q.portfolio_after = True
    end = _same_run_end(w, k)  # "Foreign Affairs"
    # the rest of a compound portfolio: "& Business Affairs", "and Oceans"; after a comma only
    # another portfolio ("for Health, Housing and Sport"): "Minister for Health, Jane Roe" names her
    while (
        end + 1 < len(tokens)
        and tokens[end].low in ("and", "&", ",")
        and tokens[end + 1].cap
        and (tokens[end].text != "," or tokens[end + 1].low in PORTFOLIO_NOUNS)
    ):
        end = _same_run_end(w, end + 1)
    return end


def _same_run_end(w: SentenceWork, k: int) -> int:
    """The end of the capitalised words from ``k`` that one name chunk holds (a portfolio's own
    chunk ends before the holder's name: "for Social Services Jane Roe"); one word when ``k``
    opens no chunk."""
    label = w.covered[k]
    if label is not None and label.kind == "chunk" and label.a == k:
        return label.b
    end = k + 1
    while end < len(w.tokens) and w.tokens[end].cap and w.tokens[end].is_word and w.covered[end] is None:
        end += 1
    return end


# The story's own place or body, in the possessive before a named body it runs ("the state's
# Office of Emergency Services", "the city's Department of Transportation").
_OWN_PLACE_NOUNS = frozenset(
    "state city county country nation province region district government company club".split()
)


def _described_body(tokens, covered, i: int, lone: bool = False) -> int | None:
    """The end of a body described in lower case from ``i``: one or two words (possessives
    between them) and a group noun ("nurses' association", "'s securities regulator",
    "city's firefighters union"), or with ``lone`` the group noun alone (``_a_lone_body``);
    None when there is none."""
    if lone and _a_lone_body(tokens, covered, i):
        return i + 1
    words = 0
    for k in range(i, min(i + 6, len(tokens))):
        t = tokens[k]
        if covered[k] is not None:
            return None
        if _possessive(tokens, k):
            continue
        if t.low in GROUP_NOUNS and t.low not in _PEOPLE_GROUPS and t.text.islower():
            return k + 1 if words else None
        if not _portfolio_word(t) or words == 3:
            return None
        words += 1
    return None


def _a_lone_body(tokens, covered, k: int) -> bool:
    """Whether the word at ``k`` (after "of the") is a body by its group noun alone, in lower
    case, ending the phrase ("the head of the agency said"; not "the head of the agency's
    press office" nor "the head of the agency for refugees")."""
    t = tokens[k]
    return (
        covered[k] is None
        and t.low in GROUP_NOUNS
        and t.low not in _PEOPLE_GROUPS
        and t.text.islower()
        and not (k + 1 < len(tokens) and (_possessive(tokens, k + 1) or tokens[k + 1].low in ("of", "for")))
    )


# Group nouns that name people, not a body with an office: "the head of the opposition"
_PEOPLE_GROUPS = frozenset({"opposition", "protesters", "rebels", "authorities", "commanders", "police"})


def _name_goes_on_with_of(w: SentenceWork, lab: Label, q: _Qualifiers) -> int:
    """ "the head of the Fraternal Order of Police": a name the lists do not know that goes on
    with "of" and a capitalised word is one organisation; the end of the description."""
    tokens, k = w.tokens, lab.b
    nxt = w.covered[k + 1] if k + 1 < len(tokens) else None
    if not (
        nxt is not None
        and tokens[k].low == "of"
        and nxt is not None
        and nxt.a == k + 1
        and nxt.kind in ("chunk", "org")
    ):
        return lab.b
    w.claim_org(nxt)
    q.jurisdiction = q.jurisdiction_text = w.sentence.text[tokens[lab.a].start : tokens[nxt.b - 1].end]
    return nxt.b


def _office_of_it(tokens, end: int) -> int:
    """ "the head of the FBI's Houston field office": the organisation's office or branch is
    still its own; the end of the description."""
    if not (end < len(tokens) and _possessive(tokens, end)):
        return end
    for k in range(end + 1, min(end + 4, len(tokens))):
        if tokens[k].low in GROUP_NOUNS or tokens[k].low in ("bureau", "branch", "division"):
            return k + 1
        if not tokens[k].is_word:
            break
    return end


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _opens_a_place(tokens, lab: Label) -> bool:
    """A name chunk that a place's name goes on from ("New South" Wales, "North" Carolina)."""
    return lab.kind == "chunk" and (tokens[lab.a].low == "new" or tokens[lab.b - 1].low in _COMPASS)


# Last words of a place's name that are no surname ("Park", "Hall" or "Hill" can be): a title
# word opens such a name ("Prince William County", "Prince Edward Island") without a person.
_PLACE_ENDS = frozenset(
    "county city province district region state republic kingdom peninsula island islands "
    "airport station prison town village valley parish borough township municipality".split()
)


def _name_after(w: SentenceWork, b: int) -> tuple[Label | None, str | None]:
    """The name right after the title: "Prime Minister Mikhail Mishustin", "manager Alan Pardew",
    "Minister Mr Lavrov"; or after a comma: "the Russian Prime Minister, Mikhail Mishustin."."""
    tokens, covered = w.tokens, w.covered
    k = _after_abbreviation_dot(tokens, b)
    chunk = w.person_chunk_at(k) or _surname_a_place_word(w, k)
    if (
        chunk is not None
        and chunk.a not in w.used_chunks
        and tokens[chunk.b - 1].low not in NOT_NAMES
        and tokens[chunk.b - 1].low not in _PLACE_ENDS  # "Prince William County": a place
        and not (chunk.b < len(tokens) and tokens[chunk.b].text in _TITLE_CASE_WORDS)
        # "General Electric CEO": a title word opening a firm's name, whose officer follows
        and not (chunk.b < len(tokens) and covered[chunk.b] is not None and covered[chunk.b].kind == "title")
    ):
        return chunk, "premodifier"
    if b < len(tokens) and covered[b] is not None and covered[b].kind == "honorific":
        k = b + 1 + (1 if b + 1 < len(tokens) and tokens[b + 1].text == "." else 0)
        chunk = w.chunk_at(k)
        return (chunk, "premodifier") if chunk is not None else (None, None)
    b = _past_compound_portfolio(w, b)
    if _acronym_in_brackets(tokens, b):
        b += 3  # "the Minister of State for Works (MSW), Tomas Hale"
    if b + 1 < len(tokens) and tokens[b].text == ",":
        k = b + 1
        if covered[k] is not None and covered[k].kind == "honorific":  # ", Lord Woolf,"
            k += 1 + (1 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 0)
        else:
            j = k
            while j < len(tokens) - 1 and tokens[j].low in ROLE_ADJECTIVES:
                j += 1  # ", Senior General Min Aung Hlaing."
            if covered[j] is not None and covered[j].kind == "title" and covered[j].a == j:
                k = covered[j].b  # a rank before the name: ", General Amos Kibet,"
        chunk = w.person_chunk_at(k)
        if chunk is not None and (
            chunk.b >= len(tokens)
            or tokens[chunk.b].text in APPOSITION_ENDS
            or tokens[chunk.b].low in ("who", *SPEECH_AFTER_NAME)
            or _verb_after_full_name(tokens, chunk)
        ):
            return chunk, "apposition"
    return None, None


def _elect_after(tokens, b: int) -> bool:
    """Whether "-elect" follows the title ending before ``b`` ("President-elect")."""
    return (
        b + 1 < len(tokens)
        and tokens[b].text == "-"
        and not tokens[b].space_before
        and tokens[b + 1].low == "elect"
        and not tokens[b + 1].space_before
    )


def _acronym_in_brackets(tokens, k: int) -> bool:
    """Whether tokens ``k``..``k + 2`` are a short name in brackets: "(MSW)", "(ZPO)"."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and tokens[k + 1].text.isupper()
        and tokens[k + 1].text.isalpha()
    )


def _who_is_now(tokens, k: int, q: _Qualifiers) -> bool:
    """ "Roe, who is prime minister": a "who" clause at ``k + 1`` giving a post held now."""
    return (
        k + 2 < q.start
        and tokens[k + 1].low == "who"
        and all(t.low in ("is", "remains", "serves", "also", "now", "as") for t in tokens[k + 2 : q.start])
    )


def _verb_after_full_name(tokens, chunk: Label) -> bool:
    """ "the Prime Minister of Cambodia, Hun Sen expressed ...": a full name after the comma that
    the sentence goes on from in lower case (the closing comma left out) is the holder's."""
    if chunk.b - chunk.a < 2 or chunk.b >= len(tokens):
        return False
    t = tokens[chunk.b]
    return t.is_word and t.text.islower() and t.low not in ("and", "or", "nor", "but")


def _owner_of_named_rank(w: SentenceWork, b: int) -> bool:
    """A title in the possessive before another title and a name ("the Sheriff's Lt. Ann Roe",
    "County Sheriff's Deputy Bill Cooper"): the first names whose staff the person is on."""
    tokens, covered = w.tokens, w.covered
    if not (b + 2 < len(tokens) and tokens[b].text in _POSSESSIVE and tokens[b + 1].cap):
        return False
    k = b + 1
    lab = covered[k]
    if lab is not None and lab.kind == "title" and lab.a == k:
        k = lab.b
    elif tokens[k].low in OFFICE_PREFIXES:  # "Deputy Bill Cooper", read as one name or not
        if w.person_chunk_at(k) is not None:
            return True
        k += 1
    else:
        return False
    k = _after_abbreviation_dot(tokens, k)
    return w.person_chunk_at(k) is not None


def _past_compound_portfolio(w: SentenceWork, b: int) -> int:
    """ "Minister of Foreign Affairs and Expatriates, Ayman Safadi": past the second half of a
    portfolio written with "and" (capitalised words no list knows, then a comma)."""
    tokens = w.tokens
    if not (b + 2 < len(tokens) and tokens[b].low == "and"):
        return b
    k = b + 1
    while (
        k < len(tokens)
        and k < b + 4
        and tokens[k].cap
        and tokens[k].is_word
        and (w.covered[k] is None or w.covered[k].kind == "chunk")
    ):
        k += 1
    return k if k > b + 1 and k < len(tokens) and tokens[k].text == "," else b


def _surname_a_place_word(w: SentenceWork, b: int) -> Label | None:
    """ "Health Minister Ryan Park", "Sheriff Tom Hall": right after a title, a forename and a
    surname that is also a place word name a person, not a park or a hall."""
    chunk = w.chunk_at(b)
    if chunk is None or chunk.b - chunk.a > 3:
        return None
    words = w.tokens[chunk.a : chunk.b]
    if len(words) == 1:  # "Mayor Hall said", not "King Street", "Pope Square"
        lone = words[0].low in _SURNAME_PLACE_WORDS and w.tokens[chunk.a - 1].low not in _ROYAL_TITLES
        return chunk if lone else None
    if words[-1].low not in PLACE_HEADS or any(t.low in PLACE_HEADS or not t.cap for t in words[:-1]):
        return None
    return chunk


# Place words that are common surnames, and titles a street or a hall is named after.
_SURNAME_PLACE_WORDS = frozenset({"park", "hall", "church", "house", "castle", "lake", "bridge"})
_ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "pope", "bishop", "emperor", "sultan", "emir"}
)


def _after_abbreviation_dot(tokens, b: int) -> int:
    """Past the dot of an abbreviated title ("Sgt. Ana Ruiz", "Lt. Tom Hale")."""
    if 0 < b < len(tokens) - 1 and tokens[b].text == "." and len(tokens[b - 1].text) <= 4:
        return b + 1
    return b


def _name_before(w: SentenceWork, q: _Qualifiers, b: int) -> tuple[Label | None, str | None]:
    """ "Vladimir Putin, the Russian Leader"; "Name, who is the ..."; "Name will be the ..."."""
    tokens = w.tokens
    chunk, link = _installed_name(w, q)
    if chunk is not None:
        q.temporal = False  # ("elected" read before the title is no "former": the post is theirs)
        return chunk, link
    k = q.start - 1
    if k >= 0 and tokens[k].low in _PREDICATE:
        chunk, link = _predicate_name(w, q)
        if chunk is not None:
            return chunk, link
    while k >= 0 and tokens[k].low in WHO_VERBS:
        k -= 1
    who = k < q.start - 1 and k >= 0 and tokens[k].low == "who"
    if who:
        k -= 1
    k = _before_joined_title(w, k)
    if (
        k >= 1
        and tokens[k].text == ","
        # (a bare title is the person's after "who is": "Roe, who is prime minister, said")
        and (
            q.determiner is not None
            or q.jurisdiction
            or q.portfolio
            or q.cabinet
            or _who_is_now(tokens, k, q)
        )
    ):
        chunk = w.covered[k - 1]
        if chunk is None and k >= 3 and tokens[k - 1].text == "." and tokens[k - 2].low in NAME_SUFFIXES:
            chunk = w.covered[k - 2]  # "Tomas Hale Jr., the police director"
        if chunk is not None and chunk.kind == "chunk" and w.reader.is_person_like(tokens, chunk):
            if chunk.a > 0 and tokens[chunk.a - 1].low in _WHERE_WORDS:
                return None, None  # "Speaking in Geneva, the chief executive of Airbus said"
            if _opening_phrase_object(tokens, chunk, b):
                return None, None  # "In a letter to Tomar, the chairman of the board warned"
            return chunk, "who" if who else "apposition"
    if who and k >= 0 and _who_is_now(tokens, k, q):
        # "Roe who is also the president of the court said": the clause's comma left out, as
        # much copy does; the post held now is the name's just the same
        chunk = _person_chunk_ending_at(w, k)
        if chunk is not None:
            return chunk, "who"
    return None, None


def _before_joined_title(w: SentenceWork, k: int) -> int:
    """Past a title joined by "and" to the one that follows ("Jane Roe, chairman and chief
    executive of Vessa Foods"): the apposition's comma is before the first of the two."""
    if k >= 2 and w.tokens[k].low == "and":
        lab = w.covered[k - 1]
        if lab is not None and lab.kind == "title" and lab.b == k:
            return lab.a - 1
    return k


# Words that end a phrase opening a sentence with a person in it ("In a letter to Tomar,")
_PHRASE_OBJECT_BEFORE = frozenset({"to", "with", "from", "by", "for", "about", "against", "after", "before"})


def _opening_phrase_object(tokens, chunk: Label, b: int) -> bool:
    """Whether the name before ", the <role>" ends a phrase that opens the sentence ("In a
    letter to Tomar, the chairman of the board warned ..."): the role then goes on with its
    own verb, where an apposition would end at a comma or the sentence's end."""
    # (the name may follow its own description: "In a meeting with his Brazilian counterpart X,")
    if chunk.a == 0 or not any(t.low in _PHRASE_OBJECT_BEFORE for t in tokens[max(0, chunk.a - 4) : chunk.a]):
        return False
    if any(t.text == "," for t in tokens[: chunk.a]):
        return False  # the name is not in the sentence's first phrase
    return b < len(tokens) and tokens[b].text not in APPOSITION_ENDS and tokens[b].low != "who"


# "John Doe will be the Permanent Secretary", "named Jane Roe as the chief executive": the role
# is said of the person just before it (not "was": a past office is no office now)
_PREDICATE = frozenset("be will would shall is has been becomes became remains as now also".split())


# "Roe was elected president", "Roe has been re-elected chairman": the title the election gives
_INSTALLED = frozenset("elected named appointed chosen installed".split())
_INSTALLED_AUX = frozenset("was is has been had".split())


def _installed_name(w: SentenceWork, q: _Qualifiers) -> tuple[Label | None, str | None]:
    """The person a title is given to by an election or appointment said of them as a
    predicate ("Roe was re-elected president of Peru"), or (None, None)."""
    tokens = w.tokens
    k = q.start - 1
    if k >= 0 and tokens[k].low == "as":
        k -= 1
    if tokens[q.start].low == "re" and q.start + 2 < len(tokens) and tokens[q.start + 2].low == "elected":
        k = q.start - 1  # ("re-elected" is read into the role's description)
    elif k >= 0 and tokens[k].low in _INSTALLED:
        k -= 1
    else:
        return None, None
    if not (k >= 1 and tokens[k].low in _INSTALLED_AUX):
        return None, None
    k -= 1
    if tokens[k].low == "has" and k >= 1:
        k -= 1
    chunk = _person_chunk_ending_at(w, k)
    return (chunk, "who") if chunk is not None else (None, None)


def _person_chunk_ending_at(w: SentenceWork, k: int) -> Label | None:
    """The name chunk whose last word is token ``k``, if it reads as a person's."""
    chunk = w.covered[k]
    if chunk is None or chunk.kind != "chunk" or chunk.b != k + 1:
        return None
    return chunk if w.reader.is_person_like(w.tokens, chunk) else None


def _predicate_name(w: SentenceWork, q: _Qualifiers) -> tuple[Label | None, str | None]:
    tokens = w.tokens
    k = q.start - 1
    while k >= 0 and tokens[k].low in _PREDICATE:
        k -= 1
    if k < 0 or q.determiner not in ("the", "a", "an"):
        return None, None
    chunk = _person_chunk_ending_at(w, k)
    return (chunk, "who") if chunk is not None else (None, None)


def add_role(w: SentenceWork, label: Label) -> None:
    """The role a title label makes, and the person it names when a name is attached."""
    office = w.lex.offices[label.value]
    title_tokens = w.tokens[label.a : label.b]
    q = _left_of(w, label.a, office.name)
    b = _portfolio_after(w, label.b, office.name, q) or _right_of(w, label.b, office.name, q)
    if b < len(w.tokens) and w.tokens[b].cap and w.tokens[b].low in NOT_NAMES:
        return  # "the General Election", "Secretary General Assembly": not a person's title
    if label.value in _ALSO_ADJECTIVES and _adjective_before_noun(w.tokens, label):
        return  # "the official minimum", "a representative sample": no one's title
    if b + 1 < len(w.tokens) and w.tokens[b].text in _POSSESSIVE and w.tokens[b + 1].low in GROUP_NOUNS:
        return  # "Norfolk Coroner's Court", "the sheriff's office": an organisation, not its head
    if _owner_of_named_rank(w, b):
        return  # "Sebastian County Sheriff's Deputy Bill Cooper": the deputy is the one in the news
    if _name_in_a_list(w, label, office.generic, q):
        return  # "..., Ravi Head, Tomas ...": a surname in a list of names, not a title
    if _elect_after(w.tokens, b):
        q.temporal = True  # "Member of Parliament-elect Tom Hale": an office not yet held
        b += 2
    name_chunk, link = _name_after(w, b)
    q.cabinet = office.group == "cabinet" and title_tokens[0].cap
    if name_chunk is None and q.start >= 2:
        name_chunk, link = _name_before(w, q, b)
    joined = _joined_title(w, q) if name_chunk is None else None
    if joined is not None and q.jurisdiction is None:
        q.jurisdiction, q.jurisdiction_text = joined.jurisdiction, joined.jurisdiction_text
    # a bare lowercase generic word ("leader", "head") is a role only with a jurisdiction or name
    if (
        name_chunk is None
        and q.jurisdiction is None
        and (office.generic or (not title_tokens[0].cap and q.determiner is None))
    ):
        return
    office_name = " ".join(q.prefix + [office.name]) if q.prefix else office.name
    # not "senior" before the title; after it every word is the portfolio ("for Foreign Affairs")
    portfolio = (
        q.portfolio if q.portfolio_after else [word for word in q.portfolio if word not in ROLE_ADJECTIVES]
    )
    if portfolio and not q.prefix and office.name in CABINET_TITLES:
        office_name = " ".join(portfolio + [office.name])  # a cabinet post: "culture minister"
    title_text = _title_as_written(w, label, b, q)
    role_a = q.start if q.determiner is not None or q.start < label.a else label.a
    role = w.add(
        "role",
        role_a,
        b,
        office=office_name,
        title=title_text,
        jurisdiction=q.jurisdiction,
        jurisdiction_text=q.jurisdiction_text,
        determiner=q.determiner,
        temporal=q.temporal,
        relational=title_tokens[-1].low in w.lex.relational,
        described=q.described,
    )
    if q.portfolio_after:
        _claim_portfolio(w, label.b, b, role)
    elif q.portfolio:
        # (from a prefix before the portfolio: "Shadow Health Minister" is one chunk)
        _claim_portfolio(w, label.a - len(q.portfolio) - len(q.prefix), label.a, role)
    if name_chunk is not None:
        _attach_person(w, name_chunk, link, office_name, title_text, q)
        role.name = name_chunk.value
        role.link = link
    elif joined is not None:
        role.name, role.link = joined.name, joined.link  # (the linker gives its holder this office too)


# Titles that are also adjectives ("the official figures", "a representative sample").
_ALSO_ADJECTIVES = frozenset({"official", "representative"})
# Lower-case words after such a title that keep it a person: what the person does or is
_AFTER_A_PERSON = frozenset(
    "who whose and or but in at from of with for on to by as also then later still was is has had "
    "will would could can may might should must did does declined spoke speaks gave wrote says "
    "tells warns notes adds insists".split()
)


def _adjective_before_noun(tokens, label: Label) -> bool:
    """Whether a lower-case title word is an adjective: a lower-case word follows that is no verb
    of the person's ("the official said", "the official, who ..." stay titles)."""
    if label.b >= len(tokens) or tokens[label.a].cap:
        return False
    nxt = tokens[label.b]
    return (
        nxt.is_word
        and nxt.text.islower()
        and nxt.low not in _AFTER_A_PERSON
        and nxt.low not in SPEECH_AFTER_NAME
        and not nxt.low.endswith("ed")
    )


def _title_as_written(w: SentenceWork, label: Label, b: int, q: _Qualifiers) -> str:
    title_text = w.written(label)
    if q.portfolio_after:  # "Minister of Culture"
        title_text = w.sentence.text[w.tokens[label.a].start : w.tokens[b - 1].end]
    elif q.portfolio:  # the title as written with its portfolio: "mining minister"
        title_text = " ".join([t.text for t in w.tokens[label.a - len(q.portfolio) : label.a]] + [title_text])
    if q.prefix:  # "Deputy Mayor", "vice-chairman": the office named is the deputy's
        after_portfolio = q.portfolio and not q.portfolio_after
        title_text = _with_prefix(w, label.a - (len(q.portfolio) if after_portfolio else 0), title_text)
    return title_text


def _with_prefix(w: SentenceWork, a: int, title_text: str) -> str:
    """The title as written from its first prefix word ("Deputy Mayor", "vice-chairman")."""
    tokens, k = w.tokens, a
    while k > 0 and (
        tokens[k - 1].low in OFFICE_PREFIXES
        or (tokens[k - 1].text == "-" and k > 1 and tokens[k - 2].low in OFFICE_PREFIXES)
    ):
        k -= 1
    if k == a:
        return title_text
    return w.sentence.text[tokens[k].start : tokens[a].start] + title_text


def _claim_portfolio(w: SentenceWork, a: int, b: int, role: Mention) -> None:
    """The capitalised words of a portfolio after its title ("for Social Services") are the
    title's: no one's name."""
    for k in range(a, b):
        chunk = w.covered[k]
        if chunk is not None and chunk.kind == "chunk" and chunk.a == k:
            w.used_chunks.setdefault(k, role)


def _name_in_a_list(w: SentenceWork, label: Label, generic: bool, q: _Qualifiers) -> bool:
    """Whether a capitalised generic title ("Head", "Chief") ends one item of a comma list of
    names, one capitalised word before it: a surname ("Dan Abel, Ravi Head, Ned Lyle")."""
    tokens = w.tokens
    return (
        generic
        and tokens[label.a].cap
        and q.determiner is None
        and q.start == label.a - 1
        and q.start >= 1
        and tokens[q.start].cap
        and tokens[q.start - 1].text in (",", ":", "(", ";")
        and label.b < len(tokens)
        and tokens[label.b].text in (",", ")", ";", ".")
    )


def _joined_title(w: SentenceWork, q: _Qualifiers) -> Mention | None:
    """The named role just before "and" that a bare title joins ("Jane Roe, Acme chairman and
    CEO"): the person holds both."""
    k = q.start - 1
    if k < 1 or w.tokens[k].low != "and" or q.determiner is not None:
        return None
    end = w.tokens[k - 1].end
    for m in reversed(w.mentions):
        if m.kind == "role" and m.end == end:
            return m if m.name and m.link == "apposition" else None
    return None


def _attach_person(
    w: SentenceWork, chunk: Label, link: str, office_name: str, title_text: str, q: _Qualifiers
) -> None:
    person = w.used_chunks.get(chunk.a)
    if person is None:
        person = w.used_chunks[chunk.a] = w.add("person", chunk.a, chunk.b, name=chunk.value, link=link)
    person.office, person.title = office_name, title_text
    person.jurisdiction, person.jurisdiction_text = q.jurisdiction, q.jurisdiction_text
    person.temporal = q.temporal
    person.link = person.link or link


def introduce(w: SentenceWork, chunk: Label, mention) -> None:
    """ "Name, who ...", "Name - one of ...", "Name, a nursing supervisor, ..." and the
    possessive apposition "Sears' lawyer, Ted Poulos, said" introduce a person."""
    if mention.link:
        return
    tokens = w.tokens
    if chunk.b < len(tokens) - 1 and tokens[chunk.b].text == "," and tokens[chunk.b + 1].low == "who":
        verb = tokens[chunk.b + 2].low if chunk.b + 2 < len(tokens) else ""
        where = tokens[chunk.b + 3].low if chunk.b + 3 < len(tokens) else ""
        if not verb or not (
            verb in _WHO_SAYS_NOTHING or (verb in _WHO_WAS_WHERE and where in _WHERE_AFTER_WAS)
        ):
            mention.link = "who"
    elif chunk.b - chunk.a >= 2 and (_apposition_after_name(w, chunk) or _apposition_before_name(w, chunk)):
        mention.link = "apposition"
    elif _described_after(tokens, chunk.b):
        mention.link = "apposition"  # one name and what they are: "said Ahmed, a resident of Kafr"


def _described_after(tokens, j: int) -> bool:
    """ ", a resident of ...", ", an engineer at ...": an indefinite noun phrase after the name
    that goes on with "of", "at", "from" or "in" says who the person is."""
    if not (j + 3 < len(tokens) and tokens[j].text == "," and tokens[j + 1].low in ("a", "an")):
        return False
    return any(t.low in ("of", "at", "from", "in", "with", "for") for t in tokens[j + 2 : j + 6])


def _apposition_after_name(w: SentenceWork, chunk: Label) -> bool:
    tokens, j = w.tokens, chunk.b
    if j + 1 >= len(tokens):
        return False
    if tokens[j].text in ("-", "–", "—", "(") and (tokens[j].text == "(" or tokens[j].space_before):
        return True
    return tokens[j].text == "," and (
        tokens[j + 1].low in APPOSITION_OPENERS or (j + 2 < len(tokens) and tokens[j + 2].text in _POSSESSIVE)
    )


def _apposition_before_name(w: SentenceWork, chunk: Label) -> bool:
    """ "Sears' lawyer, Ted Poulos, said"."""
    tokens, j = w.tokens, chunk.b
    if chunk.a < 2 or tokens[chunk.a - 1].text != ",":
        return False
    noun = tokens[chunk.a - 2]
    if not (noun.is_word and noun.text.islower() and noun.low not in NEVER_NAMES):
        return False
    return j >= len(tokens) or tokens[j].text in APPOSITION_ENDS or tokens[j].low in SPEECH_AFTER_NAME

"""FL201's reading of names: which capitalised words are a person's name the story wrote before,
part of a longer name, a place, an organisation or a group, and which names were set up in
passing; words that end like a surname, and where a word or a name in capitals was written
before. Split from the rule's module; the rule asks these while it decides who is new."""

from __future__ import annotations

import re
from typing import Iterable

from factlint.analysis.mentions import Entity
from factlint.analysis.numtext import lexicon as number_lexicon
from factlint.analysis.text import APOSTROPHE_WORD, token_low, word_tokens
from factlint.analysis.words import WEEKDAYS
from factlint.linter.document import Document
from factlint.rules.fl201_speech import WHO_ONLY_DID

# ", who later urged": the name acts in the clause after it
WHO_ACTS = re.compile(r"\s*,\s*who\s+(?:(?:later|also|then|repeatedly|publicly)\s+)?")

# the last document and its sentences joined by NUL (never whitespace), swapped whole so that
# two threads (the language server's) never read each other's half-made entry
_joined: tuple = (None, "")


def known_names(lex) -> frozenset[str]:
    """Every name the word lists know ("ansa"), but titles: a bare title that speaks alone is
    read as a surname ("..., Sultan said."). Made once per lexicon (``Lexicon.derived``: the
    union of every alias list was a fifth of the surname test's time)."""
    return frozenset(set().union(*lex.aliases.values()) - {" ".join(k) for k in lex.titles})


def sentences_with(doc: Document, name: str) -> Iterable[str]:
    """The sentences that contain ``name``, found by substring search over the whole document
    once per name (a live blog has thousands of sentences and hundreds of surnames)."""
    global _joined
    cached = _joined
    if cached[0] is not doc:
        cached = _joined = (doc, "\x00".join(s.text for s in doc.sentences))
    joined = cached[1]
    at = joined.find(name)
    while at != -1:
        start = joined.rfind("\x00", 0, at) + 1
        end = joined.find("\x00", at)
        end = len(joined) if end == -1 else end
        yield joined[start:end]
        at = joined.find(name, end)


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’&.-]*[\"”’]?\s+(?:&\s+)?\Z")
_CAPITALISED_AFTER = re.compile(r"\s+(?:&\s+)?[A-Z]")
_NAME_CHAR = re.compile(r"[\w'’&.-]")


def _word_before(text: str, at: int) -> int:
    """Start of the word before ``text[at]``, across the spaces, "&" and closing quote between."""
    j = at
    while j > 0 and (text[j - 1].isspace() or text[j - 1] == "&"):
        j -= 1
    if j > 0 and text[j - 1] in '"”’':
        j -= 1
    while j > 0 and _NAME_CHAR.match(text, j - 1):
        j -= 1
    return j


def _capitalised_word_beside(text: str, name: str) -> bool:
    """Whether some ``name`` in ``text`` has a capitalised word right before or after it (what
    ``part_of_longer_name``'s pattern needs, checked without compiling a pattern per name)."""
    at = text.find(name)
    while at != -1:
        if _CAPITALISED_AFTER.match(text, at + len(name)):
            return True
        if _CAPITALISED_BEFORE.search(text, _word_before(text, at), at):
            return True
        at = text.find(name, at + 1)
    return False


def part_of_longer_name(doc: Document, name: str) -> bool:
    """Whether ``name`` is also written as part of a longer capitalised name ("Damien Chazelle",
    "Panera Bread Co", "Hawes & Curtis", '"Weird Al" Yankovic'): then it is short for that, not
    a name the story never gave in full."""
    for text in sentences_with(doc, name):
        at = text.find(name)
        while at != -1:  # "Abdel Fattah el-Sissi": a particle between the name and a forename
            if _PARTICLE_BEFORE.search(text, max(0, at - 40), at):
                return True
            if _second_of_double_name(text, at):
                return True
            if at and text[at - 1].isalnum():
                return True  # "@HarbourDesk", "KellFMDesk": a brand's handle, not a surname
            at = text.find(name, at + 1)
    texts = [text for text in sentences_with(doc, name) if _capitalised_word_beside(text, name)]
    for text in texts:
        for found in _longer_names(text, name):
            words = [w.strip('"”’') for w in found.split() if w != "&"]
            other = words[0] if words[-1] == name else words[-1]
            if other.lower() not in _NOT_NAME_WORDS:
                return True
    return False


def _second_of_double_name(text: str, at: int) -> bool:
    """The name at ``at`` is the second half of a double-barrelled surname ("Juan Ponce-Enrile",
    later "Enrile said"): a hyphen right before it, a capitalised first half before that."""
    if at < 2 or text[at - 1] not in "-‐" or not text[at - 2].isalpha():
        return False
    start = at - 2
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()


# (not vocabulary.NAME_PARTICLES: that list joins words into names, where "as", "at" or "ten"
# would glue English words to a name; here a particle is only read right before the name, after
# a capitalised forename, and the Arabic article's assimilated forms "ad-", "as-", "ash-" count)
_PARTICLE_BEFORE = re.compile(
    r"[A-Z][\w'’.-]*\s+(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|da|de|di|del|du|van|von|le|la|ter|ten)[-\s]$"
)
# The two halves of a longer name around ``name``: a capitalised word (and a closing quote, an
# "&") before it, or one after it.
_WORD_BEFORE_NAME = re.compile(r"\b[A-Z][\w'’&.-]*[\"”’]?\s+(?:&\s+)?")
_WORD_AFTER_NAME = re.compile(r"\s+(?:&\s+)?[A-Z][\w&.-]*")
_BOUNDARY = re.compile(r"\b")
_CAPITAL = re.compile(r"[A-Z]")


def _longer_names(text: str, name: str) -> Iterable[str]:
    """What ``re.finditer`` of "Word name" | "name Word" (a word boundary around the name) finds
    in ``text``, found with two fixed patterns instead of compiling that pattern for every name
    (a few hundred compiles a run). Such a match starts at a capital (the word before) or at the
    name; both halves match one way only, so trying them at those places, left to right and
    without overlap, finds what the joined pattern finds."""
    starts = sorted({m.start() for m in _CAPITAL.finditer(text)} | set(_occurrences(text, name)))
    pos = 0
    for p in starts:
        if p < pos:
            continue
        end = None
        before = _WORD_BEFORE_NAME.match(text, p)
        if before is not None:
            after_name = before.end() + len(name)
            if text.startswith(name, before.end()) and _BOUNDARY.match(text, after_name):
                end = after_name
        if end is None and text.startswith(name, p) and _BOUNDARY.match(text, p):
            after = _WORD_AFTER_NAME.match(text, p + len(name))
            if after is not None:
                end = after.end()
        if end is not None:
            yield text[p:end]
            pos = end


def _occurrences(text: str, name: str) -> Iterable[int]:
    at = text.find(name)
    while at != -1:
        yield at
        at = text.find(name, at + 1)


# "You've asked", "Four added minutes": a contraction or a number word opening a sentence before
# a speech verb is not a surname.
_CONTRACTIONS = tuple(q + end for q in "'’" for end in ("ve", "re", "ll", "d", "m"))


# Pronouns that open a sentence with a capital ("Nobody said anything", inside a quote the
# sentence splitter cut off from its opening mark)
_PRONOUNS = frozenset(
    "nobody everybody somebody anybody everyone someone anyone none nothing everything".split()
)


def not_a_name(name: str) -> bool:
    low = name.lower()
    numbers = number_lexicon()
    return (
        low.endswith(_CONTRACTIONS)
        or low in numbers["units"]
        or low in numbers["tens"]
        or low in _PRONOUNS
        or any(c.isdigit() for c in name)  # "Digi24", "Antena3": a channel or brand, no surname
    )


# Common nouns that describe an organisation named right after them ("the train company Amtrak
# said", "the ride-hailing firm Bolt said"): the name is introduced as an organisation, not a person.
_ORGANISATION_NOUNS = frozenset(
    """company firm airline carrier operator agency regulator watchdog broadcaster network
    retailer maker manufacturer insurer lender bank group charity organisation organization body
    authority union outlet website newspaper platform startup giant conglomerate railway utility
    ministry department service club party""".split()
)


def introduced_in_passing(doc: Document, ent: Entity, lex) -> bool:
    """A one-word name set up by a relation or an age ("his mother LaToya", "a woman named
    Kayla", "Sidwell, 34, has made"), written as a place ("the FBI office in Houston said",
    "north of Houston"), or named as an organisation ("the train company Amtrak said")."""
    for m in ent.mentions:
        text = doc.sentences[m.sentence].text
        before = APOSTROPHE_WORD.findall(text[max(0, m.start - 30) : m.start])
        # a comma or a closing quote between cuts the word off ("moved in," Hale said; "... the
        # union, Hale said"); only a relation runs on over a comma ("his son, Hale,")
        gap = text[: m.start].rstrip()[-1:]
        next_to = gap.isalnum() or gap in "'’"
        if next_to and before and before[-1].lower() in _PLACE_WORDS and not WHO_ACTS.match(text, m.end):
            return True  # (but "a letter from Hale, who urged ...": a person, not a place)
        if (
            (next_to or gap == ",")
            and before
            and (before[-1].lower() in lex.relational or before[-1].lower() in RELATIONS)
        ):
            return True
        if next_to and before and before[-1].lower() in _ORGANISATION_NOUNS:
            return True
        if re.match(r"\s*,\s*\d{1,3}\s*,", text[m.end : m.end + 12]):
            return True
    return False


# After a one-word name, what shows it is an organisation: it speaks of itself as "it" ("Microsoft
# said it would"), or has staff and parts ("Microsoft's vice-president", "the Harbour Board's
# spokeswoman").
_ORGANISATION_AFTER = re.compile(
    r"^(?:\s+(?:said|says|added|adds|told|tells)\s+(?:it|its)\b"
    r"|['’]s\s+(?:vice[- ]president|chief|spokes(?:man|woman|person)|head|boss|staff|employees|"
    r"shares|website|statement|headquarters|board|chair(?:man|woman)?|founder|president|director)\b)"
)
# "the Tunisians wrote", "the 66-year-old Frenchman added", "the opposition's leader in the
# Lords": a noun after "the" (perhaps with an age between) names a group or a description.
_THE_BEFORE = re.compile(r"\bthe\s+(?:\S*\d\S*\s+)?$", re.IGNORECASE)


# Surnames with a capital inside start so ("McDonald", "MacLeod", "DiCaprio", "LeBlanc",
# "VanDyke"); any other inner capital is a brand's ("CalMac", "PayPal", "BlackRock")
_SURNAME_PREFIXES = frozenset("Mc Mac Di De Da Du Le La Van Von Fitz St Ma".split())


def brand_case(name: str) -> bool:
    """A one-word name with a capital inside that no surname prefix explains."""
    inner = next((i for i in range(1, len(name)) if name[i].isupper() and name[i - 1].islower()), None)
    return inner is not None and name[:inner] not in _SURNAME_PREFIXES


def organisation_or_group(doc: Document, ent: Entity, prose: str) -> bool:
    """A one-word speaker that is no person: an acronym given in brackets after its full name
    ("Transport for London (TfL)"), a website the story named ("according to Skycast.com
    ... Skycast said"), an organisation by what follows it, or a group or description after
    "the". ``prose``: the sentences' texts joined by line breaks, made once per document."""
    if any(ent.key + domain in prose for domain in _DOMAINS):
        return True
    for m in ent.mentions:
        text = doc.sentences[m.sentence].text
        if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            return True
        if _ORGANISATION_AFTER.match(text[m.end : m.end + 40]) or _THE_BEFORE.search(
            text[max(0, m.start - 30) : m.start]
        ):
            return True
    return False


_DOMAINS = (".com", ".org", ".net", ".co.", ".gov")


def after_initials(doc: Document, ent: Entity) -> bool:
    """Whether the one-word name is written once after initials ("B.S. Gowdappa", "K
    Ramesh"): a full name in the form many countries write it."""
    for m in ent.mentions:
        window = doc.sentences[m.sentence].text[max(0, m.start - 12) : m.start]
        if not window.strip() and m.sentence > 0:  # the splitter ended a sentence at "B.S."
            window = doc.sentences[m.sentence - 1].text[-12:] + " "
        before = word_tokens(window)
        if not before or window[before[-1].end :] != " ":
            continue  # the word right before the name, one space apart
        last = before[-1]
        letters = last.text.replace(".", "")
        if (
            last.all_caps
            and letters.isalpha()
            and letters not in ("US", "UK", "UN", "EU")  # ("in the U.S. Smith said": a place)
            and (len(letters) == 1 or "." in last.text and len(letters) <= 3)
        ):
            return True
    return False


# Words before a name that make it a place ("in Houston", "north of Houston").
_PLACE_WORDS = {
    "in",
    "at",
    "near",
    "of",
    "from",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "to",
    "towards",
    "toward",
    "via",
}

# Words before a first name that say who the person is ("his mother LaToya", "named Kayla").
RELATIONS = {
    "named",
    "called",
    "nicknamed",
    "dubbed",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "sister",
    "brother",
    "son",
    "daughter",
    "wife",
    "husband",
    "partner",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "boyfriend",
    "girlfriend",
    "uncle",
    "aunt",
    "cousin",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "neighbour",
    "neighbor",
    "friend",
    "stepfather",
    "stepmother",
    "twin",
    "baby",
}


# Capitalised words next to a name that do not make it part of a longer name (a sentence's first
# word, a title, a weekday).
_NOT_NAME_WORDS = {
    "the",
    "but",
    "and",
    "as",
    "when",
    "while",
    "after",
    "before",
    "mr",
    "mrs",
    "ms",
    "dr",
    "said",
    "says",
    "on",
    "in",
    "at",
    *WEEKDAYS,
    "however",
    "yesterday",
    "today",
    "meanwhile",
    "also",
    "earlier",
    "later",
    "then",
    "so",
    "if",
    "though",
}


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


def _written_before(doc: Document, word: str, sentence: int) -> bool:
    """Whether ``word`` (or its plural) is written in a sentence before ``sentence``."""
    forms = {word.lower(), word.lower() + "s"}
    return any(not forms.isdisjoint(map(token_low, word_tokens(s.text))) for s in doc.sentences[:sentence])


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


def _sentences_by_word(doc: Document) -> dict[str, set[int]]:
    """Each lower-case word of the story and the sentences it is in."""
    out: dict[str, set[int]] = {}
    for sentence in doc.sentences:
        for tok in word_tokens(sentence.text):
            if tok.is_word:
                out.setdefault(tok.low.removesuffix("'s").removesuffix("’s"), set()).add(sentence.index)
    return out


def who_only_did(doc: Document, m) -> bool:
    """Whether the mention ``m`` is set up only by a "who" clause of what the person did, not
    who they are: "Okafor, who toured the area, said" ("Okafor, who heads the agency," is set up)."""
    return m.link == "who" and WHO_ONLY_DID.match(doc.sentences[m.sentence].text, m.end) is not None

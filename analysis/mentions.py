"""Who and what an article talks about: people, roles, organisations, places and cited sources,
linked into entities. One shared analysis (``compute(doc, ctx)``), used by the cast rules
(FL201-FL203) through ``ctx.analysis(compute)``.

Rules only, no statistical model: word lists (``analysis/data/*.yaml``) name the titles,
demonyms, organisations and news agencies; capitalisation and a handful of patterns find the
names and link them to roles:

- premodifier:  "Russian Prime Minister Mikhail Mishustin", "Palace manager Alan Pardew"
- apposition:   "Vladimir Putin, the Russian Leader", "the Russian Prime Minister, Mikhail Mishustin"
- who-clause:   "Geoff Shreeves, who was also in the boardroom" (introduces, links a role if named)
- honorific:    "Mr Putin"
- referring back: a role-only mention ("the Russian Leader") resolves to the person it was
  attached to; a surname resolves to the full name; relational descriptions ("his guest") are
  never new actors.

Precision matters more than coverage here: a mention the analysis cannot place is left out, not
guessed, because FL201 must rarely fire on a clean article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from factlint.linter.document import Document, Span

from .lexicon import Lexicon, extension_paths, load_lexicon

# --- words the patterns need (closed classes, not data a newsroom would extend) ---------------

DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "your", "this", "that",
               "these", "those", "my"}
INDEFINITE = {"a", "an"}
# Modifiers before a title that say the role is not (or not yet, or no longer) current.
TEMPORAL_MODIFIERS = {"former", "then", "ex", "acting", "interim", "outgoing", "incoming", "new",
                      "late", "future", "next", "previous", "elect", "designate", "caretaker",
                      "would-be", "one-time", "onetime", "erstwhile", "retired", "sacked",
                      "ousted", "disgraced", "long-time", "longtime", "newly", "appointed"}
# Modifiers that make a different office ("deputy foreign minister" is not "foreign minister").
OFFICE_PREFIXES = {"deputy", "vice", "assistant", "shadow", "junior", "associate", "co", "joint"}
ROLE_ADJECTIVES = {"senior", "top", "chief", "current", "incumbent", "first", "veteran", "powerful",
                   "influential", "popular", "young", "old", "elderly", "veteran", "long-serving",
                   "serving", "sitting", "embattled", "beleaguered", "foreign", "federal", "regional",
                   "local", "national", "two", "country's", "nation's", "club's", "party's",
                   "company's", "government's", "team's", "city's"}
# Capitalised words that start sentences or headings but never start a name.
FUNCTION_WORDS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but",
    "if", "when", "while", "after", "before", "as", "despite", "during", "upon", "over", "under",
    "i", "it", "he", "she", "they", "we", "you", "his", "her", "their", "its", "our", "this",
    "that", "these", "those", "there", "here", "however", "meanwhile", "although", "though",
    "according", "because", "since", "until", "so", "yet", "also", "both", "all", "some", "many",
    "most", "more", "no", "not", "one", "two", "three", "mr", "mrs", "ms", "dr", "sir", "what",
    "why", "who", "how", "where", "which", "whose", "now", "then", "today", "yesterday",
    "tomorrow", "due", "for", "each", "every", "other", "another", "such", "only", "even",
    "just", "still", "read", "skip", "click", "scroll", "follow", "watch", "see", "photo",
    "video", "picture", "image", "getty", "images", "updated", "published", "last", "first",
    "next", "new", "former", "about", "among", "between", "through", "without", "within",
    "against", "towards", "around", "across", "into", "onto", "out", "up", "down", "off",
    "alongside", "beside", "behind", "unlike", "like", "including", "following", "amid",
    "well", "yes", "oh", "please", "thank", "thanks", "dear", "let", "my", "me", "him", "them",
    "us", "your", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
NAME_PARTICLES = {"de", "da", "di", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el",
                  "le", "la", "du", "dos", "das", "y", "ter", "mac"}
PLACE_HEADS = {"park", "street", "road", "square", "avenue", "lane", "bridge", "stadium", "arena",
               "ground", "hall", "house", "castle", "cathedral", "church", "abbey", "island",
               "islands", "mountains", "mountain", "river", "lake", "valley", "airport", "station",
               "county", "city", "town", "village", "beach", "bay", "coast", "hill", "hills",
               "forest", "gardens", "heights", "prison", "sea", "ocean", "gulf", "province",
               "region", "district", "state", "republic", "kingdom", "peninsula", "strait",
               "canal", "desert", "highway", "motorway", "way", "close", "drive", "row", "place",
               "court", "market", "palace", "tower", "towers", "hotel", "estate", "wood", "field",
               "fields", "green", "common", "point", "port", "harbour", "harbor", "dam", "falls",
               "united", "rovers", "wanderers", "athletic", "albion", "villa", "hotspur", "county",
               "rangers", "celtic", "olympic", "games", "cup", "championship", "open", "league",
               "awards", "festival", "show", "week", "day", "year", "act", "bill", "war", "road"}
PLACE_PREPOSITIONS = {"in", "at", "near", "across", "throughout", "outside", "inside", "around",
                      "towards", "toward", "into", "via", "from", "against", "beat", "beating",
                      "visit", "visited", "visiting", "over", "v", "vs"}
# Capitalised words that follow a title without being a name ("General Election").
NOT_NAMES = {"election", "elections", "assembly", "staff", "affairs", "secretary", "office",
             "meeting", "conference", "session", "debate", "committee", "strike", "manager"}
# A block of more sentences than this is not one paragraph but copy without paragraph breaks
# (news paragraphs run to one to four sentences; a lone block of wire copy runs to dozens).
MAX_PARAGRAPH_SENTENCES = 6
# Words that open a descriptive apposition after a full name ("Fu Qirong, a nursing supervisor").
APPOSITION_OPENERS = {"a", "an", "the", "his", "her", "their", "its", "one", "head", "chief"}
WHO_VERBS = {"is", "was", "has", "had", "serves", "served", "became", "been", "remains",
             "also", "now", "as"}

# Events a definite description can refer back to ("their dialogue", "the talks"), by family: any
# earlier word of the same family (noun or verb) counts as having reported the event.
EVENT_FAMILIES = {
    "talk": {"meeting", "meetings", "meet", "meets", "met", "talks", "talk", "talked", "talking",
             "dialogue", "dialog", "discussion", "discussions", "discuss", "discussed",
             "discussing", "conversation", "conversations", "negotiation", "negotiations",
             "negotiate", "negotiated", "negotiating", "summit", "encounter", "interaction",
             "interactions", "interacted", "consultations", "consulted", "exchange", "exchanges",
             "audience", "session", "sit-down", "chat", "chats", "spoke", "speak", "speaks"},
    "call": {"call", "calls", "called", "phone", "phoned", "telephoned", "rang"},
    "visit": {"visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured",
              "travelled", "traveled", "journey", "stay", "stayed", "arrival", "arrived"},
    "interview": {"interview", "interviews", "interviewed"},
}
EVENT_NOUNS = {"meeting": "talk", "talks": "talk", "dialogue": "talk", "dialog": "talk",
               "discussion": "talk", "discussions": "talk", "conversation": "talk",
               "negotiations": "talk", "summit": "talk", "encounter": "talk", "exchange": "talk",
               "consultations": "talk", "call": "call", "phone call": "call", "visit": "visit",
               "trip": "visit", "tour": "visit", "interview": "interview"}

_TOKEN = re.compile(
    r"[’']s\b"  # possessive, its own token ("Russia" + "'s")
    r"|[^\W\d_](?:\w|\.(?=[^\W\d_])|['’](?=\w)(?!s\b))*\.?(?<=[A-Z]\.)?"  # words, "O'Neill", "U.S"
    r"|\d[\d,.]*"
    r"|[^\w\s]"
)
_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    space_before: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def key(self) -> str:
        return self.text.replace(".", "")

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            word = word[:-1]  # "Mr." -> "Mr" + "." (but keep "U.S.")
        start = m.start()
        tokens.append(Token(word, start, start + len(word), start > 0 and text[start - 1].isspace()))
        if len(word) < len(m.group()):
            tokens.append(Token(".", start + len(word), m.end(), False))
    return tokens


# --- results -----------------------------------------------------------------------------------


@dataclass
class Mention:
    """One mention of an actor, organisation or place in one sentence."""

    kind: str  # "person" | "role" | "org" | "place" | "source" | "name" (capitalised, unplaced)
    text: str  # as written (for a role: the whole description, "the President of the EP")
    sentence: int
    block: int
    start: int  # offsets into the sentence text
    end: int
    span: Span  # into the file text
    entity: int | None = None
    office: str | None = None  # canonical office of a role or of a titled person
    title: str | None = None  # the title as written ("Prime Minister")
    jurisdiction: str | None = None  # canonical country / organisation of the role
    jurisdiction_text: str | None = None
    determiner: str | None = None  # "the", "a", "their"... or None
    name: str | None = None  # for persons: the name as written
    link: str | None = None  # how a role met its name: premodifier | apposition | who | honorific
    temporal: bool = False  # "former", "then-", "acting"... the role is not current
    in_quote: bool = False
    relational: bool = False  # "his guest": refers back, never a new actor

    @property
    def definite(self) -> bool:
        if self.determiner in INDEFINITE:
            return False
        return self.determiner is not None or bool(self.title and self.title[:1].isupper())


@dataclass
class RoleAssignment:
    office: str
    title: str
    jurisdiction: str | None
    mention: Mention
    temporal: bool


@dataclass
class Entity:
    id: int
    kind: str  # "person" | "role" | "org" | "place" | "source" | "name"
    key: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[RoleAssignment] = field(default_factory=list)
    full_name: str | None = None
    introduced_by: str | None = None  # how its first mention set it up (role, apposition...)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def display(self) -> str:
        """How a message names it: a person by surname, a role by its description."""
        if self.kind == "person":
            return (self.full_name or self.key).split()[-1]
        if self.kind == "role":
            text = self.first.text
            return text[0].lower() + text[1:] if text.split()[0] in ("The", "A", "An") else text
        return self.key


@dataclass(frozen=True)
class EventRef:
    family: str
    word: str
    sentence: int
    start: int
    end: int
    span: Span
    determiner: str | None  # "their", "the"... when the word is a definite event noun
    complemented: bool  # followed by "of/on/with/between..." or a relative clause (self-setting)
    phrase: str = ""  # "their dialogue" (determiner to noun) when definite, else the word
    phrase_span: Span | None = None


@dataclass
class Mentions:
    doc: Document
    lexicon: Lexicon
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    _seen: list[set[str]] = field(default_factory=list)  # per sentence: canonical names + cap words
    _paragraph_no: dict[int, int] = field(default_factory=dict)
    _position: dict[int, int] = field(default_factory=dict)  # sentence -> place in paragraphs
    _unparagraphed: set[int] = field(default_factory=set)  # blocks too long to be a paragraph

    def in_sentence(self, index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index]

    def entity(self, mention: Mention) -> Entity | None:
        return self.entities[mention.entity] if mention.entity is not None else None

    def paragraph_number(self, block: int) -> int:
        """1-based position of a block among the article's prose blocks (headline excluded)."""
        return self._paragraph_no.get(block, 0)

    def position(self, sentence: int) -> int:
        """How far into the article sentence ``sentence`` is, in paragraphs (1-based, headline
        excluded). Inside a block too long to be one paragraph, or the only block of an article
        (copy that came without paragraph breaks: one block, or one line per story), every two
        sentences count as a paragraph, the length of a typical news paragraph, so "late" still
        means something there."""
        return self._position.get(sentence, 0)

    def where(self, sentence: int) -> str:
        """Where a sentence is, as a message says it: "paragraph 4", or "sentence 9" when its
        block has no paragraph breaks."""
        block = self.doc.sentences[sentence].block
        if block in self._unparagraphed:
            return f"sentence {sentence + 1 - self._first_prose_sentence}"
        return f"paragraph {self.paragraph_number(block)}"

    _first_prose_sentence: int = 0

    def mentioned_before(self, name: str, sentence: int) -> bool:
        """Whether an organisation/country ``name`` (canonical or as written) appeared in a sentence
        before ``sentence``: by canonical name, alias, or one of its distinctive words."""
        probes = _probes(name, self.lexicon)
        return any(probes & seen for seen in self._seen[:sentence])

    def event_families_before(self, sentence: int) -> set[str]:
        return {e.family for e in self.events if e.sentence < sentence}

    def cast_before(self, sentence: int) -> list[Entity]:
        """People and roles (not organisations, places or cited sources) met before ``sentence``,
        in order of first mention."""
        cast = [e for e in self.entities if e.kind in ("person", "role") and e.first.sentence < sentence
                and not e.first.relational and (e.kind == "role" or _well_attested(e, sentence))]
        return sorted(cast, key=lambda e: (e.first.sentence, e.first.start))


def _well_attested(person: Entity, sentence: int) -> bool:
    """A person the story clearly set up: with a role, an introduction, or met more than once
    (a lone capitalised phrase may be a product, a song or a pub)."""
    if person.roles or person.introduced_by:
        return True
    return sum(m.sentence < sentence for m in person.mentions) >= 2


GENERIC_ORG_WORDS = {"the", "of", "for", "and", "national", "international", "european", "world",
                     "federal", "united", "union", "state", "states", "central", "general", "new",
                     "royal", "global", "american", "british", "chinese", "russian", "people's",
                     # what organisations are for: shared by many names ("Asian Development Bank",
                     # "Inter-American Development Bank"), so one of them met before does not set
                     # up another organisation
                     "development", "investment", "reconstruction", "cooperation", "co-operation",
                     "economic", "monetary", "financial", "finance", "trade", "energy", "atomic",
                     "nuclear", "labour", "labor", "food", "health", "security", "human", "rights",
                     "civil", "aviation", "maritime", "meteorological", "science", "research",
                     "education", "agriculture", "agricultural", "environment", "environmental",
                     "defence", "defense", "public", "social", "regional", "nations", "countries",
                     "affairs", "foreign", "interior", "justice", "emergency", "relief", "standards",
                     "communications", "transport", "police", "fire", "rescue", "national's"}


def _probes(name: str, lex: Lexicon) -> set[str]:
    """What counts as an earlier mention of ``name``: its canonical forms, its aliases and, for a
    name the lists do not know, its distinctive capitalised words ("Palace" for "Crystal Palace")."""
    low = name.lower()
    probes = {low} | lex.aliases.get(name, set())
    if name in lex.aliases:  # a known organisation or country: its names, not its words
        return probes
    words = [w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper()]
    distinctive = [w.lower() for w in words if w.lower() not in GENERIC_ORG_WORDS
                   and w not in lex.org_heads]
    probes |= {f"word:{w}" for w in distinctive}
    return probes


# --- the analysis ------------------------------------------------------------------------------


def compute(doc: Document, ctx) -> Mentions:
    """The mentions of ``doc`` (shared analysis: call as ``ctx.analysis(compute)``)."""
    extra = getattr(getattr(ctx, "settings", None), "extra", {}) or {}
    paths = extension_paths(extra)  # a newsroom's own lists: files the app reads for the run
    lexicon = ctx.resources.load("lexicon", paths) if paths else load_lexicon()
    return _Extractor(doc, lexicon).run()


@dataclass
class _Label:
    kind: str  # "title" | "place" | "org" | "source" | "honorific" | "chunk"
    a: int  # token range [a, b)
    b: int
    value: str  # canonical
    also: str | None = None  # a second canonical (the Kremlin is an org and Russia)


class _Extractor:
    def __init__(self, doc: Document, lexicon: Lexicon):
        self.doc = doc
        self.lex = lexicon
        self.out = Mentions(doc, lexicon)
        self._lowercase_words: set[str] = set()
        # "Theresa May": a calendar word is a surname when the article writes it after a name
        self._calendar_surnames = {
            m.group(2) for s in doc.sentences
            for m in re.finditer(r"\b([A-Z][a-z]+) (May)\b", s.text)
            if m.group(1).lower() not in FUNCTION_WORDS | CALENDAR | {"in", "of", "last", "next", "early", "late", "mid"}}
        for s in doc.sentences:
            for t in tokenize(s.text):
                if t.is_word and t.text.islower():
                    self._lowercase_words.add(t.text)

    # --- spans ---------------------------------------------------------------------------
    def _span(self, sentence, start: int, end: int) -> Span:
        """Span in the file of sentence-relative offsets (through the loader's character map)."""
        return self.doc.sub_span(sentence, start, end)

    # --- per sentence --------------------------------------------------------------------
    def run(self) -> Mentions:
        prose = [b for b in self.doc.blocks if b.kind in ("paragraph", "quote", "list_item")]
        self.out._paragraph_no = {b.index: n for n, b in enumerate(prose, 1)}
        self._positions(prose)
        kinds = {b.index: b.kind for b in self.doc.blocks}
        for sentence in self.doc.sentences:
            seen: set[str] = set()
            if kinds.get(sentence.block) in ("headline", "heading"):
                # Headlines are often title case: every word capitalised, names unreliable. Their
                # known names still count as mentioned (for set-up), but they add no mentions.
                tokens = tokenize(sentence.text)
                for label in self._labels(tokens, sentence_start=True):
                    seen |= {label.value.lower(), *(({label.also.lower()}) if label.also else ())}
                self.out._seen.append(seen)
                continue
            self._sentence(sentence, seen)
            self.out._seen.append(seen)
        self._link_entities()
        return self.out

    def _positions(self, prose) -> None:
        by_block: dict[int, list[int]] = {}
        for s in self.doc.sentences:
            by_block.setdefault(s.block, []).append(s.index)
        units = 0
        first = None
        for block in prose:
            indices = by_block.get(block.index, [])
            if first is None and indices:
                first = indices[0]
            if len(indices) > MAX_PARAGRAPH_SENTENCES or (len(prose) == 1 and len(indices) > 2):
                self.out._unparagraphed.add(block.index)
                for j, i in enumerate(indices):
                    self.out._position[i] = units + 1 + j // 2
                units += (len(indices) + 1) // 2
            else:
                units += 1
                for i in indices:
                    self.out._position[i] = units
        self.out._first_prose_sentence = first or 0

    def _labels(self, tokens: list[Token], sentence_start: bool) -> list[_Label]:
        """Known phrases (titles, places, organisations, sources, honorifics), longest first."""
        lex = self.lex
        labels: list[_Label] = []
        i = 0
        while i < len(tokens):
            best: _Label | None = None
            for n in range(min(lex.longest, len(tokens) - i), 0, -1):
                span = tokens[i:i + n]
                if not span[0].is_word or not span[-1].is_word:
                    continue
                if any(not (t.is_word or t.text == "-") for t in span):
                    continue
                key = tuple(t.key for t in span)
                low = tuple(k.lower() for k in key)
                capped = span[0].cap
                for kind, plain, cased in (("source", lex.sources, lex.sources_cased),
                                           ("org", lex.orgs, lex.orgs_cased),
                                           ("place", lex.places, lex.places_cased)):
                    value = cased.get(key) or (plain.get(low) if capped else None)
                    if value:
                        also = (lex.places_cased.get(key) or lex.places.get(low)) if kind == "org" else None
                        best = _Label(kind, i, i + n, value, also)
                        break
                if best is None:
                    value = lex.titles_cased.get(key) or lex.titles.get(low)
                    if value and not (span[0].all_caps and len(span[0].text) > 3):
                        best = _Label("title", i, i + n, value)
                if best is None and n == 1 and span[0].key in lex.honorifics:
                    best = _Label("honorific", i, i + 1, span[0].key)
                if best:
                    break
            if best:
                prev = labels[-1] if labels else None
                if best.kind == "title" and prev is not None and prev.kind == "title" and prev.b == best.a \
                        and tokens[prev.a].cap == tokens[best.a].cap:
                    # "Chief Secretary", "Senior Vice President": one title, the last word's office
                    best = _Label("title", prev.a, best.b, best.value)
                    labels.pop()
                labels.append(best)
                i = best.b
            else:
                i += 1
        return labels

    def _quote_mask(self, text: str, tokens: list[Token]) -> list[bool]:
        """Tokens inside quotation marks (a quote left open runs to the end of the sentence)."""
        regions: list[tuple[int, int]] = []
        for open_, close in _QUOTE_PAIRS:
            if open_ == close:
                positions = [m.start() for m in re.finditer(re.escape(open_), text)
                             if open_ != "'" or _is_single_quote(text, m.start())]
                for k in range(0, len(positions), 2):
                    end = positions[k + 1] if k + 1 < len(positions) else len(text)
                    regions.append((positions[k], end))
            else:
                for m in re.finditer(re.escape(open_), text):
                    end = text.find(close, m.end())
                    regions.append((m.start(), end if end >= 0 else len(text)))
        return [any(a < t.start < b for a, b in regions) for t in tokens]

    def _sentence(self, sentence, seen: set[str]) -> None:
        text = sentence.text
        tokens = tokenize(text)
        if not tokens:
            return
        in_quote = self._quote_mask(text, tokens)
        labels = self._labels(tokens, sentence_start=True)
        covered = [None] * len(tokens)
        for label in labels:
            for k in range(label.a, label.b):
                covered[k] = label
        first_word = next((k for k, t in enumerate(tokens) if t.is_word), 0)
        for label in labels:
            # "British Medical Association", "Asian Development Bank": a demonym that starts an
            # organisation's name belongs to that name
            if label.kind != "place":
                continue
            k = label.b
            while k < len(tokens) and covered[k] is None and (
                    self._name_token(tokens, k, first_word) or tokens[k].lower in ("for", "and", "of")):
                if tokens[k].text in self.lex.org_heads:
                    for j in range(label.a, label.b):
                        covered[j] = None
                    label.kind = "merged"
                    break
                k += 1
        labels = [label for label in labels if label.kind != "merged"]
        # unknown capitalised chunks: candidate names (people, clubs, places we do not know)
        chunks: list[_Label] = []
        swallowed: list[_Label] = []  # place labels that turned out to be part of an organisation's name
        k = 0
        while k < len(tokens):
            if covered[k] is None and self._name_token(tokens, k, first_word):
                a = k
                k += 1
                while k < len(tokens):
                    t = tokens[k]
                    if covered[k] is None and self._name_token(tokens, k, first_word):
                        k += 1
                    elif (t.lower in NAME_PARTICLES or t.text == "-") and k + 1 < len(tokens) \
                            and covered[k + 1] is None and tokens[k + 1].cap and tokens[k + 1].is_word \
                            and (t.text != "-" or not t.space_before):
                        k += 2
                    else:
                        break
                # "Institute for Fiscal Studies", "University of Oxford": an organisation's name
                # may run on through "of/for/and (the)" when it has an organisation's head word
                while k + 1 < len(tokens) and tokens[k].lower in ("of", "for", "and") \
                        and any(x.text in self.lex.org_heads for x in tokens[a:k]) \
                        and not (tokens[k].lower == "and" and tokens[k - 1].text in self.lex.org_heads):
                    # ("Ministry of Housing and Urban Development", but "the World Food Programme
                    # and Steinmeier" ends at the head word)
                    n = k + 1 + (1 if tokens[k + 1].lower == "the" else 0)
                    m2 = n
                    while m2 < len(tokens) and covered[m2] is None and self._name_token(tokens, m2, first_word):
                        m2 += 1
                    if m2 == n and n < len(tokens) and covered[n] is not None \
                            and covered[n].kind == "place" and covered[n].a == n \
                            and tokens[k].lower == "of" and tokens[k - 1].text in self.lex.org_heads \
                            and not (covered[n].b < len(tokens) and tokens[covered[n].b].cap):
                        m2 = covered[n].b  # "Council of Europe", "Bank of Japan": the place is in the name
                        swallowed.append(covered[n])
                    if m2 == n:
                        break
                    k = m2
                chunks.append(_Label("chunk", a, k, " ".join(t.text for t in tokens[a:k]).replace(" - ", "-")))
            else:
                k += 1
        labels = [label for label in labels if label not in swallowed]
        for chunk in chunks:
            for j in range(chunk.a, chunk.b):
                covered[j] = chunk
        # words that count as "mentioned" for later set-up checks
        for k2, t in enumerate(tokens):
            if t.is_word and t.cap and t.lower not in FUNCTION_WORDS \
                    and not (covered[k2] is not None and covered[k2].kind == "title"):
                seen.add(f"word:{t.lower}")
        for label in labels:
            if label.kind in ("place", "org", "source"):
                seen.add(label.value.lower())
                if label.also:
                    seen.add(label.also.lower())
                seen.add(" ".join(t.key for t in tokens[label.a:label.b]).lower())
        for chunk in chunks:
            seen.add(chunk.value.lower())

        used_chunks: dict[int, Mention] = {}
        mentions: list[Mention] = []

        def add(kind: str, a: int, b: int, **kw) -> Mention:
            start, end = tokens[a].start, tokens[b - 1].end
            m = Mention(kind, text[start:end], sentence.index, sentence.block, start, end,
                        self._span(sentence, start, end),
                        in_quote=in_quote[a], **kw)
            mentions.append(m)
            return m

        # roles first: they claim the names they are attached to
        for label in labels:
            if label.kind == "title":
                self._role(tokens, label, covered, add, used_chunks)
        for label in labels:
            if label.kind == "honorific":
                nxt = label.b + (1 if label.b < len(tokens) and tokens[label.b].text == "." else 0)
                chunk = covered[nxt] if nxt < len(tokens) else None
                if chunk is not None and chunk.kind == "chunk" and chunk.a == nxt and chunk.a not in used_chunks:
                    used_chunks[chunk.a] = add("person", chunk.a, chunk.b, name=chunk.value, link="honorific")
            elif label.kind in ("place", "org", "source"):
                add(label.kind, label.a, label.b, name=label.value, jurisdiction=label.value)
        for chunk in chunks:
            if chunk.a in used_chunks:
                continue
            kind = self._chunk_kind(tokens, chunk)
            m = add(kind, chunk.a, chunk.b, name=chunk.value)
            if kind in ("person", "name"):
                self._who_clause(tokens, chunk, m)
        self._events(sentence, tokens, in_quote)
        mentions.sort(key=lambda m: m.start)
        self.out.mentions.extend(mentions)

    def _name_token(self, tokens: list[Token], k: int, first_word: int) -> bool:
        t = tokens[k]
        if not t.is_word or not t.cap:
            return False
        if t.text in self._calendar_surnames:
            return k != first_word or k + 1 >= len(tokens) or not tokens[k + 1].cap
        if t.lower in FUNCTION_WORDS or t.lower in CALENDAR:
            return False
        if k == first_word or (k > 0 and tokens[k - 1].text in "“\"‘'(:"):
            # a capitalised sentence opener is a name only if the article never writes it lowercase
            return t.lower not in self._lowercase_words
        return True

    def _chunk_kind(self, tokens: list[Token], chunk: _Label) -> str:
        words = tokens[chunk.a:chunk.b]
        if any(t.text in self.lex.org_heads for t in words) or all(t.all_caps for t in words if t.is_word):
            return "org"
        if words[-1].lower in PLACE_HEADS:
            return "place"
        prev = tokens[chunk.a - 1].lower if chunk.a > 0 else ""
        if prev in PLACE_PREPOSITIONS and len(words) >= 2:
            return "place"
        real = [t for t in words if t.is_word and t.lower not in NAME_PARTICLES]
        if len(real) >= 2 and real[-1].lower in self._lowercase_words:
            return "name"  # "Grand Prix", "Human Rights": the article writes the last word lowercase
        return "person" if len(real) >= 2 else "name"

    def _who_clause(self, tokens: list[Token], chunk: _Label, mention: Mention) -> None:
        """"Name, who ...", "Name - one of ...", "Name, a nursing supervisor, ..." and the
        possessive apposition "Sears' lawyer, Ted Poulos, said" introduce a person."""
        j = chunk.b
        if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "who":
            mention.link = mention.link or "who"
        elif j + 1 < len(tokens) and tokens[j].text in ("-", "–", "—", "(") and chunk.b - chunk.a >= 2 \
                and (tokens[j].text == "(" or tokens[j].space_before):
            mention.link = mention.link or "apposition"
        elif chunk.b - chunk.a >= 2 and j + 1 < len(tokens) and tokens[j].text == "," \
                and (tokens[j + 1].lower in APPOSITION_OPENERS
                     or (j + 2 < len(tokens) and tokens[j + 2].text in ("'s", "’s"))):
            mention.link = mention.link or "apposition"  # "Fu Qirong, a nursing supervisor, said"
        elif chunk.b - chunk.a >= 2 and chunk.a >= 2 and tokens[chunk.a - 1].text == "," \
                and tokens[chunk.a - 2].is_word and tokens[chunk.a - 2].text.islower() \
                and tokens[chunk.a - 2].lower not in FUNCTION_WORDS \
                and (j >= len(tokens) or tokens[j].text in (",", ".", ";", ")")
                     or tokens[j].lower in ("said", "says", "told", "added")):
            mention.link = mention.link or "apposition"  # "Sears' lawyer, Ted Poulos, said"

    def _role(self, tokens, label: _Label, covered, add, used_chunks) -> None:
        lex = self.lex
        office = lex.offices[label.value]
        title_tokens = tokens[label.a:label.b]
        title_text = " ".join(t.text for t in title_tokens).replace(" - ", "-")
        capitalised = title_tokens[0].cap
        # a plural ("ministers", "leaders") is not one actor: the lists hold singular forms
        a = label.a
        determiner = None
        jurisdiction = jurisdiction_text = None
        temporal = False
        prefix: list[str] = []
        j = a - 1
        while j >= 0:
            t = tokens[j]
            lab = covered[j]
            if t.text == "-" and not t.space_before and j > 0 and tokens[j - 1].lower in TEMPORAL_MODIFIERS | OFFICE_PREFIXES:
                j -= 1
                continue
            if t.lower in TEMPORAL_MODIFIERS:
                temporal = True
            elif t.lower in OFFICE_PREFIXES:
                prefix.insert(0, t.lower)
            elif t.lower in ROLE_ADJECTIVES:
                pass
            elif lab is not None and lab.kind in ("place", "org", "chunk") and jurisdiction is None:
                jurisdiction, jurisdiction_text = self._jurisdiction(tokens, lab)
                self._claim_org(lab, add, used_chunks)
                j = lab.a
            elif t.text in ("'s", "’s") and j > 0 and covered[j - 1] is not None \
                    and covered[j - 1].kind in ("place", "org", "chunk", "source") and jurisdiction is None:
                lab = covered[j - 1]
                jurisdiction, jurisdiction_text = self._jurisdiction(tokens, lab)
                determiner = determiner or "'s"  # "Tesco's chief executive" is definite
                if lab.kind != "chunk" or self._chunk_kind(tokens, lab) not in ("person", "name") \
                        or lab.a in used_chunks:
                    self._claim_org(lab, add, used_chunks)
                j = lab.a
            elif t.lower in DETERMINERS:
                determiner = t.lower
                j -= 1
                break
            else:
                break
            j -= 1
        start = j + 1
        while start < a and tokens[start].lower not in DETERMINERS and tokens[start].text in ("-",):
            start += 1
        if determiner is not None:
            start = j + 1
        else:
            start = j + 1
        # right side: "of the European Parliament", "for the Kremlin"
        b = label.b
        if b + 1 < len(tokens) and tokens[b].lower in ("of", "for", "at", "to"):
            # "Maltese President of the European Parliament": the office belongs to what follows
            k = b + 1
            if tokens[k].lower == "the":
                k += 1
            lab = covered[k] if k < len(tokens) else None
            if lab is not None and lab.kind in ("place", "org", "chunk", "source") and lab.a == k \
                    and (tokens[b].lower not in ("at", "to") or office.name in ("official", "spokesperson", "secretary", "adviser", "ambassador", "envoy")):
                jurisdiction, jurisdiction_text = self._jurisdiction(tokens, lab)
                self._claim_org(lab, add, used_chunks)
                b = lab.b
        if b < len(tokens) and tokens[b].cap and tokens[b].lower in NOT_NAMES:
            return  # "the General Election", "Secretary General Assembly": not a person's title
        relational = title_tokens[-1].lower in lex.relational
        name_chunk = None
        link = None
        # premodifier: "Prime Minister Mikhail Mishustin", "manager Alan Pardew"
        if b < len(tokens) and covered[b] is not None and covered[b].kind == "chunk" and covered[b].a == b \
                and b not in used_chunks and self._chunk_kind(tokens, covered[b]) in ("person", "name") \
                and tokens[covered[b].b - 1].lower not in NOT_NAMES:
            name_chunk, link = covered[b], "premodifier"
        elif b < len(tokens) and covered[b] is not None and covered[b].kind == "honorific":
            k = b + 1 + (1 if b + 1 < len(tokens) and tokens[b + 1].text == "." else 0)
            if k < len(tokens) and covered[k] is not None and covered[k].kind == "chunk" and covered[k].a == k:
                name_chunk, link = covered[k], "premodifier"
        # apposition after: "the Russian Prime Minister, Mikhail Mishustin."
        elif b + 1 < len(tokens) and tokens[b].text == "," and covered[b + 1] is not None \
                and covered[b + 1].kind == "chunk" and covered[b + 1].a == b + 1 \
                and self._chunk_kind(tokens, covered[b + 1]) in ("person", "name"):
            after = covered[b + 1].b
            if after >= len(tokens) or tokens[after].text in (",", ".", ";", ")") \
                    or tokens[after].lower in ("who", "said", "says", "told", "added"):
                name_chunk, link = covered[b + 1], "apposition"
        # apposition before: "Vladimir Putin, the Russian Leader"; "Name, who is the ..."
        if name_chunk is None and start >= 2:
            k = start - 1
            while k >= 0 and tokens[k].lower in WHO_VERBS:
                k -= 1
            who = k < start - 1 and k >= 0 and tokens[k].lower == "who"
            if who:
                k -= 1
            if k >= 1 and tokens[k].text == "," and covered[k - 1] is not None \
                    and covered[k - 1].kind == "chunk" and (determiner is not None or jurisdiction) \
                    and self._chunk_kind(tokens, covered[k - 1]) in ("person", "name"):
                name_chunk, link = covered[k - 1], "who" if who else "apposition"
        # a bare lowercase generic word ("leader", "head") is a role only with a jurisdiction or name
        if office.generic and jurisdiction is None and name_chunk is None:
            return
        if not capitalised and determiner is None and jurisdiction is None and name_chunk is None:
            return
        if prefix:
            office_name = " ".join(prefix + [office.name])
            office_name = office_name if office_name in lex.offices else office_name
        else:
            office_name = office.name
        role_a = start if determiner is not None or start < a else a
        role_text_end = tokens[b - 1].end
        role = add("role", role_a, b, office=office_name, title=title_text,
                   jurisdiction=jurisdiction, jurisdiction_text=jurisdiction_text,
                   determiner=determiner, temporal=temporal, relational=relational)
        role.end = role_text_end
        if name_chunk is not None:
            if name_chunk.a in used_chunks:
                person = used_chunks[name_chunk.a]
            else:
                person = add("person", name_chunk.a, name_chunk.b, name=name_chunk.value, link=link)
                used_chunks[name_chunk.a] = person
            person.office, person.title = office_name, title_text
            person.jurisdiction, person.jurisdiction_text = jurisdiction, jurisdiction_text
            person.temporal = temporal
            person.link = person.link or link
            role.name = name_chunk.value
            role.link = link

    def _claim_org(self, lab: _Label, add, used_chunks) -> None:
        """A capitalised chunk that qualifies a title ("Liberal Democrat leader") names an
        organisation or team, not a person."""
        if lab.kind == "chunk" and lab.a not in used_chunks:
            used_chunks[lab.a] = add("org", lab.a, lab.b, name=lab.value, jurisdiction=lab.value)

    def _jurisdiction(self, tokens, lab: _Label) -> tuple[str, str]:
        written = " ".join(t.text for t in tokens[lab.a:lab.b]).replace(" - ", "-")
        if lab.kind == "chunk":
            return written, written
        return lab.value, written

    def _events(self, sentence, tokens: list[Token], in_quote: list[bool]) -> None:
        for k, t in enumerate(tokens):
            family = next((f for f, words in EVENT_FAMILIES.items() if t.lower in words), None)
            if family is None:
                continue
            determiner = None
            first = k
            noun_family = EVENT_NOUNS.get(t.lower)
            if noun_family and not in_quote[k]:
                j = k - 1
                if j >= 0 and tokens[j].is_word and tokens[j].lower not in DETERMINERS \
                        and tokens[j].text.islower() and j - 1 >= 0 and tokens[j - 1].lower in DETERMINERS:
                    j -= 1  # one adjective: "their recent meeting"
                if j >= 0 and tokens[j].lower in DETERMINERS and tokens[j].lower not in INDEFINITE:
                    determiner = tokens[j].lower
                    first = j
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            complemented = nxt in ("of", "on", "with", "between", "in", "at", "over", "about", "to",
                                   "that", "which", "where", "when", "for", "among", "after",
                                   "before", "last", "this", "next", "scheduled", "planned", "due")
            phrase = sentence.text[tokens[first].start:t.end]
            self.out.events.append(EventRef(
                family, t.text, sentence.index, t.start, t.end,
                self._span(sentence, t.start, t.end), determiner, complemented, phrase,
                self._span(sentence, tokens[first].start, t.end)))

    # --- entities ------------------------------------------------------------------------
    def _link_entities(self) -> None:
        out = self.out
        # surnames of full names anywhere in the article ("Putin" in the headline before
        # "Vladimir Putin" in the lede is still Putin)
        full_by_surname: dict[str, set[str]] = {}
        variant: dict[str, str] = {}  # "Gary Monk" -> "Garry Monk": one person, two spellings
        for m in out.mentions:
            if m.kind == "person" and m.name and len(m.name.split()) >= 2:
                names = full_by_surname.setdefault(_surname(m.name), set())
                same = next((n for n in names if n != m.name and fuzz.ratio(n, m.name) >= 85), None)
                if same is not None:
                    variant[m.name] = variant.get(same, same)
                else:
                    names.add(m.name)
        person_names = {n for names in full_by_surname.values() for n in names}
        honorific_or_titled = {m.name for m in out.mentions if m.kind == "person" and m.name}
        earlier: set[str] = set()
        for m in out.mentions:
            # "Endorsing Lisa Duffy", "Substitute Lulic": a sentence opener glued to a name met before
            if m.kind in ("person", "name") and m.name and len(m.name.split()) >= 2 \
                    and m.name not in earlier \
                    and m.start == _first_word_start(self.doc.sentences[m.sentence].text):
                tail = m.name.split(" ", 1)[1]
                if tail in earlier or (len(tail.split()) == 1 and any(
                        _surname(n) == tail.lower() for n in earlier)):
                    cut = m.text.index(tail)
                    m.start += cut
                    m.name = m.text = tail
                    m.span = self._span(self.doc.sentences[m.sentence], m.start, m.end)
            if m.kind == "person" and m.name and len(m.name.split()) >= 2:
                earlier.add(m.name)
        still = {m.name for m in out.mentions if m.kind == "person"}
        for name in list(person_names):
            if name not in still:
                person_names.discard(name)
                full_by_surname.get(_surname(name), set()).discard(name)
        last_seen: dict[str, tuple[int, int]] = {}
        by_key: dict[tuple[str, str], Entity] = {}
        role_holder: dict[tuple[str, str | None], Entity] = {}

        def entity(kind: str, key: str) -> Entity:
            if (kind, key) not in by_key:
                by_key[(kind, key)] = Entity(len(out.entities), kind, key)
                out.entities.append(by_key[(kind, key)])
            return by_key[(kind, key)]

        for m in out.mentions:
            if m.kind in ("person", "name"):
                name = m.name or m.text
                words = name.split()
                if len(words) >= 2:
                    key = variant.get(name, name)
                else:
                    fulls = full_by_surname.get(_surname(name), set())
                    if not fulls:  # "Xi" for "Xi Jinping": family name first
                        fulls = {n for n in person_names if n.split()[0].lower() == name.lower()}
                    if len(fulls) > 1:  # several people share the name: the latest mentioned
                        recent = [n for n in fulls if n in last_seen]
                        fulls = {max(recent, key=last_seen.get)} if recent else fulls
                    key = next(iter(fulls)) if len(fulls) == 1 else name
                last_seen[key] = (m.sentence, m.start)
                if key in person_names or key in honorific_or_titled or m.link:
                    m.kind = "person"
                if m.kind == "name" and key not in person_names:
                    ent = entity("name", key)
                else:
                    ent = entity("person", key)
                    ent.full_name = key if len(key.split()) >= 2 else ent.full_name
                m.entity = ent.id
                ent.mentions.append(m)
                if not ent.introduced_by and len(ent.mentions) == 1 and m.link:
                    ent.introduced_by = m.link
                if m.office:
                    ent.roles.append(RoleAssignment(m.office, m.title or m.office, m.jurisdiction, m,
                                                    m.temporal or _temporal_sentence(self.doc, m)))
                    role_holder[(m.office, m.jurisdiction)] = ent
                    role_holder.setdefault((m.office, None), ent)
            elif m.kind == "role":
                if m.name:  # attached to a name: the person's mention carries it
                    continue
                if m.relational:
                    continue
                holder = role_holder.get((m.office, m.jurisdiction))
                if holder is None and m.jurisdiction is None:
                    holder = role_holder.get((m.office, None))
                if holder is not None:
                    m.entity = holder.id
                    holder.mentions.append(m)
                    continue
                ent = entity("role", f"{m.office}|{m.jurisdiction or ''}")
                m.entity = ent.id
                ent.mentions.append(m)
            elif m.kind in ("org", "place", "source"):
                ent = entity(m.kind, m.name or m.text)
                m.entity = ent.id
                ent.mentions.append(m)
        for ent in out.entities:
            ent.mentions.sort(key=lambda m: (m.sentence, m.start))


def _first_word_start(text: str) -> int:
    found = re.search(r"[^\W\d_]", text)
    return found.start() if found else 0


def _surname(name: str) -> str:
    return name.split()[-1].lower()


_TEMPORAL_SENTENCE = re.compile(
    r"\b(became|become|becomes|becoming|elected|re-elected|appointed|named|nominated|promoted|"
    r"sworn|succeeded|succeeds|replaced|replaces|resigned|resigns|stepped down|steps down|"
    r"took over|takes over|served|serving|previously|formerly|until|once(?! again| more)|ousted|sacked|"
    r"fired|quit|retired|predecessor|successor|candidate|was made|demoted|"
    r"reshuffle|interim|acting|former|ex-|then-|in \d{4}|since \d{4})\b", re.I)


def _temporal_sentence(doc: Document, m: Mention) -> bool:
    """Whether the sentence of ``m`` talks about a change of office (then two titles are fine)."""
    return bool(_TEMPORAL_SENTENCE.search(doc.sentences[m.sentence].text))


def _is_single_quote(text: str, i: int) -> bool:
    """A straight ' that opens or closes a quotation, not an apostrophe ("don't", "Smiths'")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return False
    if before.isalpha() and before.lower() == "s" and not after.isalnum():
        return False  # plural possessive
    return True


def iter_people(mentions: Mentions) -> Iterable[Entity]:
    return (e for e in mentions.entities if e.kind == "person")

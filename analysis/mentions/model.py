"""What the mentions analysis finds: mentions, the entities they link into, role assignments and
event words, and the ``Mentions`` result the cast rules query."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from factlint.linter.document import Document, Sentence, Span

from ..lexicon import Lexicon
from ..text import LOOSE_WORD, word_tokens
from ..words import INDEFINITE
from .vocabulary import GENERIC_ORG_WORDS, NAME_PARTICLES


@dataclass
class Mention:
    """One mention of an actor, organisation or place in one sentence."""

    kind: str  # "person" | "role" | "org" | "place" | "source" | "name" (capitalised, unplaced)
    text: str  # as written (for a role: the whole description, "the President of the EP")
    sentence: int
    block: int
    start: int  # offsets into the sentence text
    end: int
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
    # the jurisdiction is a body described, not named ("the nurses' association"): its last word
    described: bool = False
    # ``span`` is worked out when first asked (a rule's finding, a few mentions of thousands):
    # ``_span_of(sentence, start, end)`` with the sentence it is in
    _span_of: Callable[[Sentence, int, int], Span] | None = field(default=None, repr=False, compare=False)
    _in_sentence: Sentence | None = field(default=None, repr=False, compare=False)
    _span: Span | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> Span:
        """Where the mention is in the file text."""
        if self._span is None:
            assert self._span_of is not None and self._in_sentence is not None
            self._span = self._span_of(self._in_sentence, self.start, self.end)
        return self._span

    @span.setter
    def span(self, value: Span) -> None:
        self._span = value

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


# Generational suffixes: "Miguel Melendez Jr" is Melendez.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_of(name: str) -> str:
    """The family name a person is called by later: the last word, before any "Jr"."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        return words[-2].rstrip(",")
    return words[-1]


def _called_by(name: str) -> str:
    """The surname as an editor writes it, with the particles before it ("von der Leyen", "de
    la Cruz"; ``surname_of`` keeps the last word, by which mentions are linked)."""
    surname = surname_of(name)
    words = name.split()
    k = len(words) - 1 - words[::-1].index(surname) if surname in words else 0
    start = k
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1  # (a first name stays first: "Van Morrison" is called Morrison)
    return " ".join(words[start : k + 1]) if start < k else surname


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
            return _called_by(self.full_name or self.key)
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
    # per sentence: canonical names + cap words, or what makes them when first asked (a few
    # articles in four ask, about their first sentences: most of these sets were never read)
    _seen: list[set[str] | Callable[[], set[str]]] = field(default_factory=list)
    _lower_words: set[str] | None = None  # every word the article writes in lower case (when asked)
    _paragraph_no: dict[int, int] = field(default_factory=dict)
    _position: dict[int, int] = field(default_factory=dict)  # sentence -> place in paragraphs
    _unparagraphed: set[int] = field(default_factory=set)  # blocks too long to be a paragraph
    _first_prose_sentence: int = 0

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

    def with_positions(self, position: dict[int, int]) -> Mentions:
        """The same mentions read with other places in paragraphs (a rule's own sense of "late"):
        a shallow copy, the mentions, entities and caches shared."""
        return replace(self, _position=position)

    def where(self, sentence: int) -> str:
        """Where a sentence is, as a message says it: "paragraph 4", or "sentence 9" when its
        block has no paragraph breaks."""
        block = self.doc.sentences[sentence].block
        if block in self._unparagraphed:
            return f"sentence {sentence + 1 - self._first_prose_sentence}"
        return f"paragraph {self.paragraph_number(block)}"

    def mentioned_before(self, name: str, sentence: int) -> bool:
        """Whether an organisation/country ``name`` (canonical or as written) appeared in a sentence
        before ``sentence``: by canonical name, alias, or one of its distinctive words."""
        probes = self._without_common_words(_probes(name, self.lexicon))
        probes -= self._leading_name(name, sentence)
        return any(probes & self._seen_in(i) for i in range(len(self._seen))[:sentence])

    def _leading_name(self, name: str, sentence: int) -> set[str]:
        """The word probes of a name of two or three words that a body's longer name opens with
        and that the story named on its own before ("the Kell Valley Nurses' Union" after "Kell
        Valley"): the place the body serves, no mention of the body (as ``_probes`` drops a
        body's one-word place)."""
        words = name.split()
        if len(words) < 4 or words[-1].lower().rstrip("s") not in _BODY_ENDINGS:
            return set()
        for n in (3, 2):
            lead = " ".join(words[:n]).lower()
            if any(lead in self._seen_in(i) for i in range(len(self._seen))[:sentence]):
                return {f"word:{w.lower()}" for w in words[:n]}
        return set()

    def _seen_in(self, sentence: int) -> set[str]:
        seen = self._seen[sentence]
        if type(seen) is not set:
            seen = self._seen[sentence] = seen()
        return seen

    def _without_common_words(self, probes: set[str]) -> set[str]:
        """A body's distinctive word that the article also writes in lower case is a common word
        ("the Antwerp World Diamond Centre" in a story about diamonds): seeing it capitalised
        (a headline, a sentence's start) names no body."""
        words = [p for p in probes if p.startswith("word:")]
        if not words:
            return probes
        if self._lower_words is None:
            self._lower_words = {
                t.low
                for s in self.doc.sentences
                for t in word_tokens(s.text)
                if t.is_word and t.text.islower()
            }
        return {p for p in probes if not (p.startswith("word:") and p[5:] in self._lower_words)}

    def mentioned_elsewhere(self, name: str, sentence: int) -> bool:
        """Whether an organisation/country ``name`` appears in any sentence but ``sentence``
        (before or after it), as ``mentioned_before`` counts mentions."""
        probes = _probes(name, self.lexicon)
        return any(probes & self._seen_in(i) for i in range(len(self._seen)) if i != sentence)

    def event_families_before(self, sentence: int) -> set[str]:
        return {e.family for e in self.events if e.sentence < sentence}

    def cast_before(self, sentence: int) -> list[Entity]:
        """People and roles (not organisations, places or cited sources) met before ``sentence``,
        in order of first mention."""
        cast = [
            e
            for e in self.entities
            if e.kind in ("person", "role")
            and e.first.sentence < sentence
            and not e.first.relational
            and (e.kind == "role" or _well_attested(e, sentence))
        ]
        return sorted(cast, key=lambda e: (e.first.sentence, e.first.start))


def _well_attested(person: Entity, sentence: int) -> bool:
    """A person the story clearly set up: with a role, an introduction, or met more than once
    (a lone capitalised phrase may be a product, a song or a pub)."""
    if person.roles or person.introduced_by:
        return True
    return sum(m.sentence < sentence for m in person.mentions) >= 2


# Last words that make a name a body's ("... Medical Association", "... Business Council")
_BODY_ENDINGS = frozenset(
    """association council union federation board committee commission chamber alliance league
    society institute foundation syndicate confederation guild coalition forum""".split()
)


_PUBLIC_BODY_ENDINGS = frozenset(
    "bank force service police agency authority ministry department centre center bureau school".split()
)


def _place_words(words: list[str], lex: Lexicon) -> set[str]:
    """The (lower-case) words of ``words`` that spell a country or place the lists know."""
    low = [w.lower() for w in words]
    out: set[str] = set()
    for n in (1, 2, 3):
        for k in range(len(low) - n + 1):
            if tuple(low[k : k + n]) in lex.places or tuple(words[k : k + n]) in lex.places_cased:
                out.update(low[k : k + n])
    return out


def _probes(name: str, lex: Lexicon) -> set[str]:
    """What counts as an earlier mention of ``name``: its canonical forms, its aliases and, for a
    name the lists do not know, its distinctive capitalised words ("Palace" for "Crystal Palace")."""
    low = name.lower()
    probes = {low} | lex.aliases.get(name, set())
    if name in lex.aliases:  # a known organisation or country: its names, not its words
        return probes
    words = [w for w in LOOSE_WORD.findall(name) if w[:1].isupper()]
    distinctive = [w.lower() for w in words if w.lower() not in GENERIC_ORG_WORDS and w not in lex.org_heads]
    if (
        len(distinctive) > 1
        and distinctive[0] == words[0].lower()
        and words[-1].lower().rstrip("s") in _BODY_ENDINGS
    ):
        # "the Fiji Medical Association" after "Fiji": a body's first word is often the place it
        # serves, and naming the place is no mention of the body; its other words must be seen
        distinctive = distinctive[1:]
    noun = next((i for i, w in enumerate(words) if i and w.lower().rstrip("s") in _PUBLIC_BODY_ENDINGS), None)
    if noun is not None:
        # so too the place before a public body's noun: "the Arizona Department of Health
        # Services", "the Massachusetts State Police" are not named by naming the state
        place = {w.lower() for w in words[:noun]}
        distinctive = [w for w in distinctive if w not in place]
    if any(w.lower().rstrip("s") in _BODY_ENDINGS | _PUBLIC_BODY_ENDINGS for w in words[1:]):
        # so also a country the lists know anywhere in it: "the Central Bank of Honduras", "the
        # Royal Solomon Islands Police Force" are not named by naming the country
        places = _place_words(words, lex)
        distinctive = [w for w in distinctive if w not in places]
    probes |= {f"word:{w}" for w in distinctive}
    return probes

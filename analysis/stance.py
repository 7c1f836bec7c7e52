"""Who the article says stands with or against whom: relations (actor A, with/against, actor B).

One shared analysis (``compute(doc, ctx)``), used by FL102 (stance reversal). Rules only, no
model: cue words name the side ("alliance with", "partnership", "together", "sided with" against
"disagreement with", "opposition to", "sanctions against", "rift", "rivals"; the lists are data,
``analysis/data/stance_cues.yaml``) and the actors come
from the mentions analysis (``analysis/mentions.py``), whose word lists already resolve the
aliases an article sets up: "Moscow" and "the Kremlin" are Russia, "the Chinese Leader" is
China's side, a head of state or government speaks for the country of their title. A group
reference ("the two nations", "both countries", "these two powers") stands for the last two
actors named together.

Forms read, in one clause:

- directed:  "A ... <cue> B" ("Russia's partnership with China", "Arsenal's rivals Spurs",
  "Moscow and the Chinese Leader have a strong disagreement with the Western world": both
  subjects, each object);
- symmetric: "A and B <cue>" ("Labour and the Greens formed a coalition", "the two nations are
  at odds", "... with the West together");
- between:   "<cue> between A and B" ("the rift between Paris and Berlin").

Each relation records what qualifies it, so a rule can leave it out: negated ("are not allies",
"no rift"), hypothetical ("could form an alliance", "if"), attributed to someone else (inside a
quote, or reported by a third party: "analysts say ..."), about one issue only ("a dispute with
Germany over fishing rights" is no side-taking), or placed in time ("once allies", "in 2014").
Precision matters more than coverage: a clause the patterns cannot read yields nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from factlint.linter.document import Document, Span

from .lexicon import phrase_key
from .text import PhraseSet, lower_case_twin, twin_text
from .mentions import Mention, Mentions
from .words import MONTH_NAMES
from .mentions import compute as mentions

WITH, AGAINST = "with", "against"
STRONG, WEAK = "strong", "weak"


CUES_FILE = Path(__file__).resolve().parent / "data" / "stance_cues.yaml"


def _words(phrases) -> str:
    """One alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(
        sorted((re.escape(str(p)).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    )


_DET_NOUN = r"(?:an?|the|their)\s+(?:(?!with\b|of\b|between\b)[a-z-]+\s+){0,2}(?:%s)"
_NOT_STEMS = {"a", "an", "the", "with", "of", "to", "in", "up", "on", "by", "from", "at", "for", "and", "or"}


@dataclass(frozen=True)
class _Cues:
    directed: tuple[tuple[str, str, str], ...]  # (pattern, side, strength): "<cue> B"
    symmetric: tuple[tuple[str, str], ...]  # (pattern, side): "A and B <cue>", "their rivalry"
    between: tuple[tuple[str, str], ...]  # (pattern, side): "<cue> between A and B"
    any_cue: PhraseSet  # the start of some cue word: a sentence with none is skipped (speed)
    # every cue phrase without its pattern's context, in lower case: an ASCII sentence whose lower
    # case holds none cannot match ``_some_cue`` (case-insensitive), a scan ten times dearer
    any_phrase: PhraseSet


@lru_cache(maxsize=1)
def cues() -> _Cues:
    """The cue patterns built from ``analysis/data/stance_cues.yaml``."""
    # our own data file: the C loader where PyYAML has it (start-up time)
    data = yaml.load(
        CUES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    directed = tuple(
        (_words(data["directed"][side][strength]), side, strength)
        for side in (WITH, AGAINST)
        for strength in (STRONG, WEAK)
    )
    symmetric = tuple((_words(data["symmetric"][side]), side) for side in (WITH, AGAINST)) + tuple(
        (_DET_NOUN % _words(data["nouns"][side]), side) for side in (WITH, AGAINST)
    )
    between = tuple((_words(data["between"][side]), side) for side in (WITH, AGAINST))
    phrases = [p for side in data["directed"].values() for lists in side.values() for p in lists]
    phrases += [p for key in ("symmetric", "nouns", "between") for lists in data[key].values() for p in lists]
    stems = {w.lower()[:5] for p in phrases for w in str(p).split() if w.lower() not in _NOT_STEMS}
    return _Cues(
        directed,
        symmetric,
        between,
        PhraseSet(stems),
        PhraseSet(str(p).lower() for p in phrases),
    )


# Disagreements that name their issue ("a dispute with Germany over fishing") are about that
# issue, not about whose side either is on: allies have them.
_ISSUE_BOUND = re.compile(
    r"disagree|dispute|clash|odds|tension|row|spat|rift|feud|fell out|falling out|"
    r"standoff|stand-off|confrontation",
    re.I,
)
_ISSUE = re.compile(r"\s*,?\s*(?:over|about|on|regarding|concerning|in|at)\s", re.I)
# Working together for one purpose ("teamed up with Nadal for the doubles") is no alliance either.
# Siding with someone on one matter is no alliance either ("sided with the Tories on the vote").
_PURPOSE_BOUND = re.compile(r"team|join|venture|cooperat|co-operat|partner|merg", re.I)
_PURPOSE = re.compile(r"\s*,?\s*(?:for|on|to)\s+(?:the|a|an|its|their|his|her|[a-z]+ing)\b", re.I)
_MATTER = re.compile(
    r"\s*,?\s*(?:on|over|about|regarding|concerning)\s+(?:the|a|an|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}(?:vote|votes|motion|bill|issue|question|matter|amendment|"
    r"resolution|proposal|measure|decision|ruling|referendum)\b",
    re.I,
)
_GROUP_WORDS = ("two", "2", "both", "pair", "duo")  # every match of _GROUP holds one (lower-cased)
_GROUP = re.compile(
    r"\b(?:(?:the|these|those|both)\s+(?:two|2)\s+|both\s+)(?:nations|countries|powers|sides|"
    r"governments|parties|teams|clubs|companies|firms|leaders|men|states|neighbours|neighbors|"
    r"capitals|groups|allies|rivals|partners|camps)\b|\bthe\s+(?:pair|duo)\b",
    re.I,
)
_GROUP_TWIN = lower_case_twin(_GROUP)
_NEGATION = re.compile(
    r"\b(?:not|n't|no|never|nor|neither|without|denied|denies|deny|avoided|avoids|avoid|"
    r"resist|resists|resisted|resisting|rejected|rejects|rejecting|blocked|blocking|"
    r"rather than|"
    r"instead of|refused to|ruled out)\b|n't\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|unless|could|might|would|should|may|possible|"
    r"possibility|potential|urged|urging|urges|called on|calls on|"
    r"called for|calls for|threatened|threatens|hopes?|wants?|seeks?|"
    r"sought|consider|considering|proposed|proposes|plans?|planned)\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|think|thinks|thought|believe|believes|"
    r"believed|argue|argues|argued|claim|claims|claimed|suggest|suggests|"
    r"suggested|alleged|alleges|insisted|insists|warned|warns|wrote|writes|"
    r"according to|reported|reports|see|sees|saw|described|describes|"
    r"view|views|accused)\b",
    re.I,
)
# The relation is placed in time: it held then, not necessarily now.
_TIME = re.compile(
    r"\b(?:once|used to|formerly|former|previously|historically|in the past|had been|"
    r"had long|for years|for decades|for centuries|"
    r"years? ago|decades? ago|at the time|back then|long-standing|longstanding|"
    r"long-time|longtime|traditional|traditionally|(?:19|20)\d\d)\b",
    re.I,
)
# The later sentence says the relationship changed, or says when. Verbs that form or break a
# relation are such a change too: "rivals ... formed an alliance" narrates the change itself.
# ("after", "new", "sign" are not: "sent aid after the floods" says nothing about the relationship.)
_CHANGE = re.compile(
    r"\b(?:now|no longer|any longer|anymore|again|broke|broken|turned|fell out|"
    r"falling out|split|switched|defected|ended|collapsed|fell apart|abandoned|"
    r"(?:walked|pulled|stormed) out of the (?:coalition|alliance|government|partnership|pact|"
    r"deal|agreement|treaty|union|bloc|league)|"
    r"withdrew|withdrawn|quit|cut ties|severed|since|until|became|become|becomes|"
    r"becoming|grown|grew|shifted|reversed|reconciled|reconciliation|patched up|rapprochement|"
    r"thaw|restored|resumed|renewed|later|eventually|today|these days|changed|sour|soured|"
    r"souring|deteriorat\w*|improv\w*|mended|repaired|buried the hatchet|ceasefire|peace deal|"
    r"peace agreement|truce|formed|forming|forged|signed|struck|"
    r"sealed|agreed|entered|announced|launched|set up|created|declared|"
    r"teamed up|team up|joined forces|join forces|(?:19|20)\d\d|last (?:year|month|week)|"
    r"this (?:year|month|week))\b",
    re.I,
)
# The sentence grants that the relationship has another side ("Samsung is also Apple's partner",
# "However, the two remain allies"): the writer knows, nothing was overlooked.
_CONCESSION = re.compile(
    r"\b(?:also|too|as well|at the same time|still|yet|however|but|although|"
    r"though|despite|in spite of|even so|nevertheless|nonetheless|whereas|"
    r"notwithstanding|for all)\b",
    re.I,
)
_MONTH = "|".join(m.capitalize() for m in MONTH_NAMES)
# A time expression of its own: a sentence that has one moves the story to another moment (not a
# weekday: news copy dates nearly every sentence to a day of the same week).
_WHEN = re.compile(
    rf"\b(?:in|on|since|until|by|last|this|next|early|late)\s+(?:{_MONTH})\b|"
    rf"\b(?:19|20)\d\d\b|\b(?:last|next)\s+(?:year|month|week)\b|\byears? ago\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r";|\s+but\s|,\s*while\s|\s+while\s|\s+whereas\s|,\s*although\s|"
    r"\s+although\s|,\s*who\s|,\s*which\s|\s+that\s|:\s|"
    # "Analysts say Chile and Peru are rivals": what is said is a clause
    r"\s+(?:said|says|say|think|thinks|believe|believes|argue|argues|argued|"
    r"claim|claims|claimed|insist|insists|insisted)\s",
    re.I,
)
_FRONTED = re.compile(
    r"\s*(?:over|in|after|despite|due to|during|for|with|without|amid|as|following|unlike|like|while|"
    r"although|though|when|if|since|because|whereas|once|"
    r"before|upon|on|at|from|by|under|given|because of|thanks to|in the wake of)\b[^,;]*,",
    re.I,
)
_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\s+(?:[a-z-]+\s+)?$", re.I)  # "in its standoff with"
_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")
_HEAD_GROUPS = {"head"}  # offices whose holder speaks for the country ("Putin" = Russia)


@dataclass(frozen=True)
class Actor:
    key: str  # canonical ("Russia", "Arsenal")
    text: str  # as written
    start: int  # offsets in the sentence text
    end: int


@dataclass(frozen=True)
class Relation:
    a: str  # canonical actors, subject first
    b: str
    side: str  # WITH | AGAINST
    strength: str  # STRONG | WEAK
    cue: str  # the phrase as written, from the first actor or cue to the object
    sentence: int
    start: int  # offsets in the sentence text of the cue phrase
    end: int
    span: Span
    negated: bool = False
    hypothetical: bool = False
    attributed: bool = False  # in a quote, or reported by someone outside the pair
    issue_bound: bool = False  # "a dispute with B over fishing"
    timed: bool = False  # "once allies", "in 2014"
    change: bool = False  # the sentence says the relation changed ("now", "broke with")
    conceded: bool = False  # the sentence grants the other side ("also", "however", "despite")

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))

    @property
    def asserted(self) -> bool:
        """Said by the article itself, as a present fact about whose side the two are on."""
        return not (self.hypothetical or self.attributed or self.issue_bound)

    @property
    def stance(self) -> tuple[str, bool]:
        return self.side, self.negated


def opposed(x: Relation, y: Relation) -> bool:
    """Whether two relations cannot both hold: opposite sides, or one side said and denied."""
    if x.side != y.side:
        return not x.negated and not y.negated
    return x.negated != y.negated


@dataclass
class Stances:
    doc: Document
    relations: list[Relation] = field(default_factory=list)
    actors: dict[int, list[Actor]] = field(default_factory=dict)  # sentence -> actors in it

    @cached_property
    def timed_sentences(self) -> set[int]:
        """Sentences with a time expression of their own; worked out when first asked (FL102 asks
        only when it has a reversal to weigh, while a scan of every sentence costs a regex each)."""
        return {s.index for s in self.doc.sentences if _WHEN.search(s.text)}

    def between(self, first: int, last: int, pair: frozenset[str]) -> list[int]:
        """Sentences after ``first`` up to ``last`` that name one of the pair."""
        return [i for i in range(first + 1, last + 1) if pair & {a.key for a in self.actors.get(i, [])}]


def compute(doc: Document, ctx) -> Stances:
    ms: Mentions = ctx.analysis(mentions)
    out = Stances(doc)
    by_sentence: dict[int, list[Mention]] = {}
    for m in ms.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    # A sentence's actors are worked out only where something asks for them (most sentences
    # state no relation): a sentence with a cue, the pair named last before "the two nations",
    # and FL102's test of who is named between two relations (``Stances.between``).
    out.actors = actors = _Actors(ms, by_sentence, doc.sentences)
    named_by = {-1: None}  # sentence -> the last pair named up to it (worked out backwards)
    for sentence in doc.sentences:
        text = sentence.text
        # "the two nations": the last pair named (a match in ASCII text holds one of _GROUP_WORDS
        # in its lower case: most sentences have none)
        low = text.lower()  # (once: the cue test below reads it too)
        maybe = not text.isascii() or any(map(low.__contains__, _GROUP_WORDS))
        spans = _group_spans(text) if maybe else ()
        last_pair = _named_up_to(actors, named_by, sentence.index - 1) if spans else None
        groups = [Actor("|".join(last_pair), text[a:b], a, b) for a, b in spans] if last_pair else []
        if not groups and len(by_sentence.get(sentence.index, ())) < 2:
            continue  # fewer than two sides (an actor is made of a mention, one at most of each)
        if not (
            cues().any_cue.search(low)
            and (not text.isascii() or cues().any_phrase.search(low))
            and _has_cue(text)  # one scan for the ten cue patterns: most sentences have none
        ):
            continue  # no cue: no relation
        everyone = sorted(actors[sentence.index] + groups, key=lambda a: a.start)
        if len(everyone) >= 2 or groups:  # two sides and a cue
            out.relations += _relations(doc, sentence, everyone)
    return out


class _Actors(dict):
    """Sentence -> its actors, each sentence's worked out when first asked."""

    def __init__(self, ms: Mentions, by_sentence: dict[int, list[Mention]], sentences):
        super().__init__()
        self.ms, self.by_sentence, self.sentences = ms, by_sentence, sentences
        self.as_place: dict[str, str] = {}  # an actor's key -> the place it stands for (once per key)

    def __missing__(self, index: int) -> list[Actor]:
        here = self.by_sentence.get(index)
        found = self[index] = (
            _actors(self.ms, here, self.sentences[index].text, self.as_place) if here else []
        )
        return found

    def get(self, index: int, default=None):
        return self[index] if 0 <= index < len(self.sentences) else default


def _named_up_to(actors: _Actors, named_by: dict, index: int) -> tuple[str, str] | None:
    """The last two actors named by a sentence that names two or more, up to sentence ``index``
    (``named_by`` keeps what is worked out)."""
    walked = []
    while index not in named_by:
        keys = list(dict.fromkeys(a.key for a in actors[index]))
        if len(keys) >= 2:
            named_by[index] = (keys[-2], keys[-1])
            break
        walked.append(index)
        index -= 1
    for k in walked:
        named_by[k] = named_by[index]
    return named_by[index]


def _group_spans(text: str) -> list[tuple[int, int]]:
    """Where ``_GROUP`` matches ``text`` (its twin scanning the lower case where it can)."""
    scanned = twin_text(text) if _GROUP_TWIN is not None else None
    found = _GROUP.finditer(text) if scanned is None else _GROUP_TWIN.finditer(scanned)  # type: ignore[union-attr]
    return [m.span() for m in found]


def _actor_key(ms: Mentions, m: Mention) -> str | None:
    if m.kind in ("place", "org", "name"):
        ent = ms.entity(m)
        return ent.key if ent else m.text
    if m.kind == "role":
        return m.jurisdiction
    if m.kind == "person":
        ent = ms.entity(m)
        if ent is None:
            return m.text
        heads = [
            r.jurisdiction
            for r in ent.roles
            if r.jurisdiction
            and not r.temporal
            and (
                ms.lexicon.offices.get(r.office) is None
                or ms.lexicon.offices[r.office].group in _HEAD_GROUPS
                or ms.lexicon.offices[r.office].generic
            )
        ]
        return heads[0] if heads else ent.key
    return None  # cited sources are not sides


def _actors(ms: Mentions, mentions_here: list[Mention], text: str, as_place: dict[str, str]) -> list[Actor]:
    found: list[Actor] = []
    for m in sorted(mentions_here, key=lambda m: (m.start, -m.end)):
        if m.relational or m.temporal:
            continue
        if found and m.start < found[-1].end:  # "Chinese" inside "the Chinese Leader"
            continue
        key = _actor_key(ms, m)
        if not key:
            continue
        place = as_place.get(key)
        if place is None:  # "Kremlin": Russia
            place = as_place[key] = ms.lexicon.places.get(tuple(w.lower() for w in phrase_key(key)), key)
        key = place
        if (
            found
            and text[found[-1].end : m.start] == " "
            and m.kind in ("org", "name", "place")
            and found[-1].key == found[-1].text
            and m.text[:1].isupper()
        ):
            # one name the mentions analysis read as two ("Social" + "Democrats")
            whole = text[found[-1].start : m.end]
            found[-1] = Actor(whole, whole, found[-1].start, m.end)
            continue
        found.append(Actor(key, m.text, m.start, m.end))
    return found


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTES.finditer(text)]


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


def _objects(text: str, actors: list[Actor], pos: int) -> list[Actor]:
    """The actors right after a cue: the first within a few lowercase words, then any joined to it
    by "and" / "," / "or"."""
    out: list[Actor] = []
    for actor in actors:
        if actor.start < pos:
            continue
        gap = text[pos : actor.start]
        if not out:
            if not re.fullmatch(
                r"\s*,?(?:\s+(?:the|its|their|his|her|old|long-time|arch|traditional|"
                r"former|new|fellow|neighbouring|neighboring|north|south|east|west|"
                r"local|city|bitter|great|main|closest|biggest|key|powerful|"
                r"[a-z]+-[a-z]+))*\s*",
                gap,
                re.I,
            ):
                break
        elif not re.fullmatch(r"\s*(?:,\s*)?(?:and|or|as well as)\s+(?:the\s+)?", gap, re.I):
            # a bare comma joins only inside a list that "and" closes ("France, Germany and Italy")
            if not (
                re.fullmatch(r"\s*,\s*(?:the\s+)?", gap)
                and "|" not in actor.key
                and re.match(r"\s*(?:,\s*)?(?:and|or)\s", text[actor.end :])
            ):
                break
        out.append(actor)
        pos = actor.end
    return out


def _subjects(text: str, actors: list[Actor], clause: int, cue: int, objects: list[Actor]) -> list[Actor]:
    """The clause's subject: its first actor before the cue and any joined to it by "and". A fronted
    phrase ("Over their opposition to the West, these two powers ...") is no subject: when the cue
    sits in it, the subject is the first actor after its comma."""
    if _POSSESSIVE.search(text, 0, cue):
        nearest = [a for a in actors if a.end <= cue and a not in objects]
        if nearest:
            return [nearest[-1]]
    fronted = _FRONTED.match(text, clause)
    if fronted and cue < fronted.end():
        after = [a for a in actors if a.start >= fronted.end() and a not in objects]
        if not after or len(text[fronted.end() : after[0].start].split()) > 2:
            return []
        before = after
    else:
        start = fronted.end() if fronted else clause
        before = [a for a in actors if start <= a.start < cue and a not in objects]
        if not before:
            return []
    subj = [before[0]]
    for actor in before[1:]:
        gap = text[subj[-1].end : actor.start]
        # "A and B", or a list that "and" closes ("A, B and C"); "Warsaw, Orban's ..." is no list
        if re.fullmatch(r"\s*(?:,\s*)?(?:and|&|as well as)\s+(?:the\s+)?", gap, re.I) or (
            re.fullmatch(r"\s*,\s*(?:the\s+)?", gap) and re.match(r"\s*(?:,\s*)?and\s", text[actor.end :])
        ):
            subj.append(actor)
        else:
            break
    return subj


@lru_cache(maxsize=64)
def _cue_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _some_cue() -> re.Pattern:
    """Matches where any of the cue patterns ``_relations`` tries matches (a sentence where it
    finds nothing has no relation to find)."""
    c = cues()
    patterns = [p for p, _, _ in c.directed] + [p for p, _ in c.symmetric]
    patterns += [p + r")\s+between(?:" for p, _ in c.between]
    return _cue_regex("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _some_cue_in_lower_case() -> re.Pattern | None:
    """``_some_cue`` for a text's lower case (``lower_case_twin``); None if the cue data ever
    holds a capital (then the text is scanned as it is)."""
    return lower_case_twin(_some_cue())


def _has_cue(text: str) -> bool:
    """Whether ``_some_cue`` matches ``text``."""
    twin = _some_cue_in_lower_case()
    scanned = twin_text(text) if twin is not None else None
    return (twin.search(scanned) if scanned is not None else _some_cue().search(text)) is not None


@lru_cache(maxsize=64)
def _cue_twin(pattern: str) -> re.Pattern | None:
    return lower_case_twin(_cue_regex(pattern))


def _cues(pattern: str, text: str):
    """Matches of a cue pattern written in lower case (or opening the sentence). Its twin finds
    them in the lower case (the same places, one after another); each is then matched on the text."""
    regex, twin = _cue_regex(pattern), _cue_twin(pattern)
    scanned = twin_text(text) if twin is not None else None
    found = (
        regex.finditer(text)
        if scanned is None
        else (regex.match(text, t.start()) for t in twin.finditer(scanned))
    )  # type: ignore[union-attr]
    for m in found:
        if m.start() == 0 or not m.group()[0].isupper():
            yield m


def _keys(actor: Actor) -> list[str]:
    return actor.key.split("|")


def _relations(doc: Document, sentence, actors: list[Actor]) -> list[Relation]:
    found = _SentenceRelations(doc, sentence, actors)
    used = found.directed()
    found.symmetric(used)
    found.between()
    return found.out


class _SentenceRelations:
    """The relations one sentence states between its actors, cue by cue: directed ("A backs B"),
    symmetric ("A and B clashed") and "between" ("a rift between A and B")."""

    def __init__(self, doc: Document, sentence, actors: list[Actor]):
        self.doc, self.sentence, self.actors = doc, sentence, actors
        self.text = sentence.text
        self.quotes = _quoted(self.text)
        self.out: list[Relation] = []

    def add(
        self,
        a: str,
        b: str,
        side: str,
        strength: str,
        start: int,
        end: int,
        cue_start: int,
        cue_end: int,
        clause: int,
        object_end: int,
    ) -> None:
        if a == b:
            return
        text = self.text
        before = text[max(clause, cue_start - 40) : cue_start]
        words = before.split()[-4:]
        window = " ".join(words)
        tail = text[object_end : object_end + 60]
        reporting = _REPORTING.search(text, 0, cue_start)
        attributed = any(q0 <= cue_start < q1 for q0, q1 in self.quotes) or (
            reporting is not None
            and not ({a, b} & {k for x in self.actors if x.start < reporting.start() for k in _keys(x)})
        )
        self.out.append(
            Relation(
                a,
                b,
                side,
                strength,
                text[start:end],
                self.sentence.index,
                start,
                end,
                self.doc.sub_span(self.sentence, start, end),
                negated=bool(_NEGATION.search(window)),
                hypothetical=bool(_HYPOTHETICAL.search(text[clause:cue_start])),
                attributed=attributed,
                issue_bound=bool(
                    _ISSUE_BOUND.search(text[cue_start:cue_end])
                    and _ISSUE.match(tail)
                    or _PURPOSE_BOUND.search(text[cue_start:cue_end])
                    and _PURPOSE.match(tail)
                    or side == WITH
                    and _MATTER.match(tail)
                ),
                timed=bool(_TIME.search(text[clause : object_end + 30])),
                change=bool(_CHANGE.search(text)),
                conceded=bool(_CONCESSION.search(text)),
            )
        )

    def directed(self) -> list[tuple[int, int]]:
        """Relations of directed cues from subject to object; the spans of the cues used."""
        text, actors = self.text, self.actors
        used: list[tuple[int, int]] = []
        for pattern, side, strength in cues().directed:
            for m in _cues(pattern, text):
                objects = _objects(text, actors, m.end())
                if not objects:
                    continue
                clause = _clause_start(text, m.start())
                subjects = _subjects(text, actors, clause, m.start(), objects)
                if not subjects:
                    continue
                used.append(m.span())
                for s in subjects:
                    for o in objects:
                        self._add_pairs(s, o, side, strength, m, clause)
        return used

    def _add_pairs(self, s: Actor, o: Actor, side: str, strength: str, m: re.Match, clause: int) -> None:
        if set(_keys(s)) & set(_keys(o)):
            return
        for a in _keys(s):
            for b in _keys(o):
                self.add(a, b, side, strength, m.start(), o.end, m.start(), m.end(), clause, o.end)

    def symmetric(self, used: list[tuple[int, int]]) -> None:
        """Relations of symmetric cues among the joined subjects before them, outside used cues."""
        text, actors = self.text, self.actors
        for pattern, side in cues().symmetric:
            for m in _cues(pattern, text):
                together = m.group().lower() in ("together", "jointly")
                if any(m.start() < b and a < m.end() for a, b in used) and not together:
                    continue
                clause = _clause_start(text, m.start())
                subjects = _subjects(text, actors, clause, m.start(), [])
                keys = list(dict.fromkeys(k for s in subjects for k in _keys(s)))
                if len(keys) < 2 or (len(subjects) < 2 and "|" not in subjects[0].key):
                    continue
                if not together and self._cue_elsewhere(subjects[-1], m):
                    continue
                for i, a in enumerate(keys):
                    for b in keys[i + 1 :]:
                        self.add(
                            a,
                            b,
                            side,
                            STRONG,
                            subjects[0].start,
                            m.end(),
                            m.start(),
                            m.end(),
                            clause,
                            m.end(),
                        )

    def _cue_elsewhere(self, last_subject: Actor, m: re.Match) -> bool:
        """ "Japan and South Korea, key U.S. allies": an actor between makes them its allies; a long
        way from the subject, the cue belongs to another phrase."""
        gap = self.text[last_subject.end : m.start()]
        return any(last_subject.end <= a.start < m.start() for a in self.actors) or len(gap.split()) > 8

    def between(self) -> None:
        """Relations of "between" cues: "a rift between A and B"."""
        text = self.text
        for pattern, side in cues().between:
            for m in _cues(pattern + r")\s+between(?:", text):
                objects = _objects(text, self.actors, m.end())
                keys = list(dict.fromkeys(k for o in objects for k in _keys(o)))
                if len(keys) != 2:
                    continue
                clause = _clause_start(text, m.start())
                self.add(
                    keys[0],
                    keys[1],
                    side,
                    STRONG,
                    m.start(),
                    objects[-1].end,
                    m.start(),
                    m.end(),
                    clause,
                    objects[-1].end,
                )

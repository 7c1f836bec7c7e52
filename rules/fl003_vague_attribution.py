"""FL003 vague-attribution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from factlint.analysis.languages import any_function_words
from factlint.analysis.quotes import quotes
from factlint.analysis.text import WORD, PhraseSet, content_words, lower_case_twin, twin_text
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option

PHRASES_FILE = Path(__file__).parent / "data" / "vague_attribution.yaml"
_LISTS = (
    "quantifiers",
    "crowds",
    "needs_quantifier",
    "verbs",
    "inverted_verbs",
    "verb_adverbs",
    "passive",
    "passive_adverbs",
    "phrases",
    "generic_modifiers",
    "anonymous_prepositions",
    "naming_prepositions",
    "demonyms",
    "official_bodies",
    "informant_crowds",
    "reasons_to_know",
    "source_positions",
)
_DEMONYM_SUFFIX = re.compile(r"(?:ian|ese|ern|ish)$")  # Canadian, Chinese, Western, British
_STOP = r"[.;:!?\"“”()\[\]]"  # a crowd and its verb never straddle these
_DETERMINERS = {"the", "these", "those", "both", "its", "his", "her", "their", "our", "your", "my", "such"}


def _alternation(words: Iterable[str]) -> str:
    # longest first; ties in text order, so that every run builds the same pattern
    parts = sorted({w.strip() for w in words if str(w).strip()}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


@dataclass(frozen=True)
class Patterns:
    crowd: re.Pattern
    before_crowd: re.Pattern  # "<quantifier> <up to two adjectives> " right before the crowd
    passive: re.Pattern
    phrase: re.Pattern
    needs_quantifier: frozenset
    generic: frozenset  # modifiers and nationality words that name nobody
    naming: re.Pattern
    anonymous: re.Pattern
    own_subject: re.Pattern  # ", the coroner" right before the verb: the verb's own subject
    # the crowd words and the phrases alone, in lower case: an ASCII sentence whose lower case
    # holds none cannot match ``crowd`` or ``phrase`` (case-insensitive scans, several times dearer)
    crowd_words: PhraseSet
    phrase_words: PhraseSet
    any_words: PhraseSet  # either of the two, in one scan (nine sentences in ten have neither)
    # ``crowd``, ``passive`` and ``phrase`` for the lower case (analysis/text.py lower_case_twin)
    crowd_twin: re.Pattern | None
    passive_twin: re.Pattern | None
    phrase_twin: re.Pattern | None
    crowds: frozenset = frozenset()  # the crowd words, in lower case
    # "..., said a source." / "..., say experts.": the verb first, the crowd ending the clause
    inverted: re.Pattern | None = None

    @classmethod
    def build(cls, data: dict[str, list[str]]) -> "Patterns":
        q, c, v = (_alternation(data[k]) for k in ("quantifiers", "crowds", "verbs"))
        adv = _alternation(data["verb_adverbs"])
        crowd = re.compile(
            rf"(?<![\w'’-])(?P<crowd>{c})"
            rf"(?P<mid>(?:\s*,)?(?:\s+[^\s.;:!?\"“”()]+,?){{0,7}}?)"
            rf"\s+(?:(?:{adv})\s+)*(?P<verb>{v})(?![\w'’-])",
            re.I,
        )
        before_crowd = re.compile(rf"(?<![\w'’-])(?P<q>{q})\s+(?P<adj>(?:[\w'’-]+\s+){{0,2}})$", re.I)
        passive = re.compile(
            rf"(?<![\w'’-])it(?:\s+is|\s+was|'s|’s|\s+has\s+been|\s+had\s+been|\s+has\s+long\s+been|\s+is\s+now)"
            rf"(?:\s+(?:{_alternation(data['passive_adverbs'])}))*\s+(?P<verb>{_alternation(data['passive'])})"
            rf"(?![\w'’-])(?!\s+(?:as|to|for|of|in|with|because)\b)"
            r"(?!\s*(?:[.!?)]|$))",  # "six hours after it was reported.": "it" is the fire
            re.I,
        )
        phrase = re.compile(rf"(?<![\w'’-])(?:{_alternation(data['phrases'])})(?![\w'’-])", re.I)
        naming = re.compile(
            rf"(?:^|[\s,(])(?:{_alternation(data['naming_prepositions'])})\s+(?:the\s+)?(?P<name>[A-Z0-9][\w&.'’-]*)"
        )
        anonymous = re.compile(rf"(?:{_alternation(data['anonymous_prepositions'])})\s+(?:the\s+)?$", re.I)
        own_subject = re.compile(
            rf",\s*(?:(?:the|a|an|its|his|her|their|our|local|state|regional|national|{q})\s+"
            rf"(?:(?!\b(?:who|whom|which|that|than|compared)\b)[^,])*"
            rf"|(?:[\w'’-]+\s+){{0,3}}(?:{_alternation(data['official_bodies'])}))\s*$",
            re.I,
        )
        return cls(
            crowd,
            before_crowd,
            passive,
            phrase,
            frozenset(w.lower() for w in data["needs_quantifier"]),
            frozenset(w.lower() for w in data["generic_modifiers"] + data["demonyms"]),
            naming,
            anonymous,
            own_subject,
            PhraseSet(" ".join(w.split()).lower() for w in data["crowds"] if w.strip()),
            PhraseSet(" ".join(w.split()).lower() for w in data["phrases"] if w.strip()),
            PhraseSet(" ".join(w.split()).lower() for w in data["crowds"] + data["phrases"] if w.strip()),
            lower_case_twin(crowd),
            lower_case_twin(passive),
            lower_case_twin(phrase),
            frozenset(" ".join(w.split()).lower() for w in data["crowds"] if w.strip()),
            re.compile(
                rf"[,\"“”]\s*(?P<verb>{_alternation(data['inverted_verbs'])})\s+(?:(?P<q>{q})\s+)?"
                rf"(?P<crowd>{c})(?=\s*(?:[.,;!?\"”)]|$))",
                re.I,
            ),
        )


@lru_cache(maxsize=1)
def builtin_lists() -> dict[str, tuple[str, ...]]:
    # our own data file: the C loader where PyYAML has it (start-up time)
    data = (
        yaml.load(
            PHRASES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        or {}
    )
    return {k: tuple(str(x) for x in data.get(k, [])) for k in _LISTS}


@lru_cache(maxsize=8)
def _patterns(extra_crowds: tuple[str, ...], extra_phrases: tuple[str, ...]) -> Patterns:
    data = {k: list(v) for k, v in builtin_lists().items()}
    data["crowds"] += extra_crowds
    data["phrases"] += extra_phrases
    return Patterns.build(data)


class VagueAttribution(Rule):
    """A claim credited to unnamed people: "many analysts think", "experts say", "it is believed".

    What it flags:
        Attribution to a crowd nobody can check ("many analysts think", "experts say",
        "critics argue", "sources said", "some say"; after a quote, "said a source", "say
        experts"), to nobody at all ("it is believed",
        "it has been widely reported") and stock phrases ("studies show", "according to
        reports"). The sentence is left alone when it names the source: "analysts at Goldman
        Sachs think", "IMF economists say", "many analysts, including Jane Doe, think", "it is
        believed by the FBI". A named official body or office between a crowd word and the verb
        is the verb's subject, so the standard casualty attribution is left alone: "The crash
        killed two people, the ambulance service said", "Four people, the coroner said, died"
        (the bodies - ambulance service, coroner, fire brigade, ministry, police, agency,
        court, spokesperson, rescuers... - are data, ``official_bodies``). Also left alone: a
        crowd the verb happens to ("many people were told to leave", "four people reported
        dead"), "it is alleged" in a trial report (the prosecution's case), witnesses telling their own story ("three people said they saw the van
        swerve"), a sentence that names its poll or data ("a Reuters poll found",
        "according to LSEG data"), a result set against the market's forecast ("analysts
        had expected revenue of $1.32 billion", "faster than economists predicted"; "Analysts
        expected $1.18 billion" when the sentence before names the poll or gives the company's
        own figure), people
        who saw something happen ("many saw their homes flooded"; "some see it as" is still
        flagged), what comes to mind ("the first thing most people think of is"), a crowd after
        a preposition ("a raid by some suspected robbers"), "others" set against a part of a
        group the sentence names ("some of the lawmakers complained, while others said") and
        an official body named after the crowd ("sources including the fire service"), a crowd
        in the words of a sender the sentence names ("wrote to the mayor, saying ... experts who
        say") and a thing everyone knows ("everyone knows the tunes"; a clause after it is a
        claim: "everyone knows the plan failed"). Words
        inside a direct quote are the speaker's. Anonymous sourcing that says why the source
        knows is silent (not even an info: AP and Reuters accept it, and a warning blocks a
        story): "sources close to the talks", "people familiar with the plans", "a person with
        knowledge of the matter", "sources briefed on", a position ("government sources", "a
        senior government source"), diplomats, sources that told a named outlet ("told CNN");
        so are bare analysts' forecasts of a figure ("Analysts expect a profit of $2m": the
        market's consensus; one without a figure is an info), and experts or critics quoted by
        name, as one of them, in the next two sentences ("said Ilsa Varro, a port consultant").
        A field's view told bare after its claim, with no "many" or "some" ("..., analysts
        said.") is an info: wire copy sums up a field so; "Experts say the plan will fail." and
        "many analysts think" are warnings.
        The word lists are data (``rules/data/vague_attribution.yaml``).

    Why it matters:
        Readers cannot weigh a claim whose source they cannot see, and "many analysts" can be
        one analyst, or the writer. Name the people or the institution, or say why they cannot
        be named.

    Bad:
        Despite this, many analysts think that China has more influence in this alliance.

    Good:
        Despite this, analysts at the Carnegie Endowment think that China has more influence
        in this alliance.
    """

    id = "FL003"
    name = "vague-attribution"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        crowds: list[str] = option([], 'more crowd words ("officials", "insiders in the party")')
        phrases: list[str] = option([], "more fixed phrases to flag")
        passive: bool = option(
            True,
            'also flag "it is believed", "it is understood" (off for a house '
            'style that accepts "it is understood" for briefings)',
        )

    options: Options

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None):
        super().__init__(options, severity)
        self.patterns = _patterns(tuple(self.options.crowds), tuple(self.options.phrases))

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        quoted: list | None = None  # the quotes (read at the first hit: most articles have none)
        for sentence in doc.sentences:
            hit = _vague(self.patterns, sentence.text, passive=self.options.passive)
            if hit is None:
                continue
            start, end = hit
            at = doc.file_offset(sentence, start)
            if quoted is None:
                quoted = list(ctx.analysis(quotes))
            if any(q.span.start <= at < q.span.end for q in quoted):
                continue  # the speaker's words, not the article's attribution
            if _named_expert_follows(doc, sentence, sentence.text[start:end], quoted):
                continue
            if _forecast_sourced_nearby(self.patterns, doc, sentence, start, end):
                continue
            if _forecast_set_against(doc, sentence, start, end):
                continue
            phrase = " ".join(sentence.text[start:end].split())
            if phrase.lower().endswith("alleged") and _court_copy(doc):
                continue  # "It is alleged that ..." in a trial report: the prosecution's case
            words = phrase.lower().split()
            # "analysts expected", "economists had widely predicted": the crowd first, the verb last
            forecast = words[0] in _CONSENSUS_CROWDS and words[-1] in _FORECAST_VERBS
            # "..., analysts said.", "the risk, experts say, is": a field's view as wire copy sums
            # it up after the claim, with no "many" or "some" to stretch it: worth a look, not a
            # block ("Experts say the plan will fail." builds the claim on them: a warning)
            field = (
                not forecast
                and words[0] in _FIELD_CROWDS
                and len(WORD.findall(sentence.text[:start])) >= _CLAIM_BEFORE
            )
            yield self.finding(
                doc.sub_span(sentence, start, end),
                f'vague attribution "{phrase}": name who says so, or why they cannot be named'
                + (" (a forecast of the market's, often a poll's: say whose)" if forecast else "")
                + (
                    " (a field's view: name one of them if the claim is more than background)"
                    if field
                    else ""
                ),
                key_texts=[sentence.text],
                # the market's view of what comes next, without its poll: worth a look, not a block
                severity=Severity.INFO if forecast or field else None,
            )


# a story told from a court: whose allegation "it is alleged" states is known (the prosecution's)
_COURT_WORDS = frozenset(
    "court trial jury prosecutor prosecutors prosecution pleaded defendant magistrates charged "
    "accused judge indictment".split()
)


def _court_copy(doc: Document) -> bool:
    """The story names a court's parts: two or more of the court words."""
    return len(content_words(doc.text) & _COURT_WORDS) >= 2


_REPORTED = re.compile(
    r"(?:\b[A-Z][\w.&'’-]*|\b(?:he|she|they|we|I)|\b[Tt]he\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*)"
    r"\s+(?:also\s+|later\s+|has\s+|had\s+)?"
    r"(?:said|says|told|tells|argued|argues|claimed|claims|insisted|insists|warned|warns|added|"
    r"stated|states|wrote|writes|believes|thinks|maintains|maintained)\b"
    # a participle after the sentence's own subject and verb reports their words: "penned a
    # letter to Pence saying the task force should heed experts who say ...", "..., saying"
    r"|(?:,|\b[A-Z][\w.&'’-]*)\s+(?:saying|arguing|claiming)\b"
)


# the sentence names where the figure or view comes from: "according to Refinitiv", "a Reuters
# poll found", "a survey by the CBI"
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?(?P<name>[A-Z][\w&.'’/-]*)")
_NAMED_POLL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][\w&.'’/-]*)(?:\s+[A-Z][\w&.'’/-]*)*\s+(?:poll|survey|study)\b"
    r"|\b(?:poll|survey|study)\s+(?:carried\s+out\s+|conducted\s+|published\s+)?(?:by|of|for|from)"
    r"\s+(?:the\s+)?(?P<name2>[A-Z][\w&.'’/-]*)"
)


# the sentence credits the document the story is about: "according to background information
# in the study", "according to the report" (definite: the study or report already named)
_ACCORDING_TO_DOCUMENT = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:the|its|their|this|that)\s+(?:[\w-]+['’]s\s+)?(?:new\s+)?"
    r"(?:study|report|paper|survey|research|analysis|review|filing|ruling|judgment|documents?)\b"
)


def _source_named(p: Patterns, text: str) -> bool:
    """The sentence credits a named source or poll ("Analysts expected a profit of 19 cents,
    according to Refinitiv"), or the study or report the story is about ("It's believed ...,
    according to background information in the study"): the crowd is what that source reports,
    not the writer's hearsay."""
    if _ACCORDING_TO_DOCUMENT.search(text):
        return True
    for m in (*_ACCORDING_TO.finditer(text), *_NAMED_POLL.finditer(text)):
        name = (m.groupdict().get("name") or m.groupdict().get("name2") or "").lower()
        if name and name not in p.generic and not _DEMONYM_SUFFIX.search(name):
            return True
    return False


# "Analysts expected $1.18 billion.": the market's forecast of a figure, crowd and verb alone
_FORECAST = re.compile(
    r"(?P<crowd>analysts|economists|strategists)\s+(?P<verb>expected|predicted|estimated)", re.I
)


def _forecast_sourced_nearby(p: Patterns, doc: Document, sentence, start: int, end: int) -> bool:
    """The hit is the market's forecast ("Analysts expected $1.18 billion.") and one of the two
    sentences before it in its paragraph names where the forecasts come from ("That was more than
    the $2.16 per share analysts expected, according to Zacks Investment Research."): earnings
    copy names the poll once and gives the next forecast without repeating it."""
    if not _FORECAST.fullmatch(" ".join(sentence.text[start:end].split())):
        return False
    earlier = doc.sentences[max(0, sentence.index - 2) : sentence.index]
    return any(s.block == sentence.block and _source_named(p, s.text) for s in earlier)


# what earnings copy measures, company figure and forecast alike
_MEASURES = ("earnings", "revenue", "profit", "sales", "a share", "per share", "income", "loss")


def _forecast_set_against(doc: Document, sentence, start: int, end: int) -> bool:
    """The hit is the market's forecast ("Analysts expected 97 cents a share") and the sentence
    just before it, in its paragraph, gives the company's own figure of the same measure ("it
    expects earnings of 94 cents to $1.03 a share"): the consensus a figure is set against."""
    if not _FORECAST.fullmatch(" ".join(sentence.text[start:end].split())) or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    if before.block != sentence.block or not any(c.isdigit() for c in before.text):
        return False
    here, there = sentence.text.lower(), before.text.lower()
    return any(c.isdigit() for c in here) and any(m in here and m in there for m in _MEASURES)


def _vague(p: Patterns, text: str, passive: bool = True) -> tuple[int, int] | None:
    """Where the first vague attribution in the sentence is, or None."""
    hit = _first_vague(p, text, passive)
    if hit is not None and _REPORTED.search(text, 0, hit[0]):
        return None  # "TLP said that experts estimated...", "the minister said it was believed...":
        # the speaker's claim, not ours
    if hit is not None and _source_named(p, text):
        return None
    if hit is not None and _knows_a_thing(text, hit[1]):
        return None
    return hit


# "everyone knows the lyrics so well", "everybody knows his name": knowing a thing, no claim
# credited to anyone; "everyone knows the plan has failed" (a clause: a finite verb before the
# clause ends) and "everyone knows that ..." stay attributions
_KNOWS = ("everyone knows", "everybody knows")
_THING_KNOWN = re.compile(r"\s+(?:the|his|her|their|its|our|your|my|a|an)\s+(?P<rest>[^.,;:!?\"“”()]*)", re.I)
_FINITE = frozenset(
    "is are was were be been has have had will would can could should must may might did does do "
    "that which who whether if".split()
)


def _knows_a_thing(text: str, end: int) -> bool:
    """The hit is "everyone knows" and what follows is a thing known (a noun phrase up to the
    clause's end with no finite verb), not a claim."""
    if not text[:end].lower().endswith(_KNOWS):
        return False
    m = _THING_KNOWN.match(text, end)
    if m is None:
        return False
    return not any(
        w.lower() in _FINITE or (len(w) > 4 and w.lower().endswith("ed")) for w in m.group("rest").split()
    )  # ("everyone knows the mayor lied": a past verb opens a clause)


_BARE_PRONOUNS = frozenset({"others", "some", "many", "most"})
_IT_BEFORE = re.compile(r"it(?:\s|['’]s)")


def _first_vague(p: Patterns, text: str, passive: bool) -> tuple[int, int] | None:
    hits: list[tuple[int, int]] = []
    low = text.lower() if text.isascii() else None
    scanned = low if low is not None else twin_text(text)  # what the patterns' twins scan
    some = low is None or p.any_words.search(low) is not None
    may_crowd = low is None or (some and p.crowd_words.search(low) is not None)
    pos = 0
    while (
        may_crowd and (m := _next_crowd(p, text, scanned, pos)) is not None
    ):  # overlapping: "many" then "analysts"
        start = _crowd_is_vague(p, text, m)
        if start is not None:
            hits.append((start, m.end()))
            break
        pos = m.start() + 1
    if may_crowd and not hits and (m := p.inverted.search(text)) is not None:
        # "others", "some", "people" (words vague only after a quantifier) need one here too:
        # ", said some" is no attribution, ", say some analysts" is
        crowd = " ".join(m["crowd"].split()).lower()
        if m["q"] or (crowd not in p.needs_quantifier and crowd not in _BARE_PRONOUNS):
            hits.append((m.start("verb"), m.end()))
    # the passive needs "it" before a space or "'s" (its lower case: ASCII text only)
    may_passive = passive and (low is None or _IT_BEFORE.search(low))
    for start, end in _spans(p.passive, p.passive_twin, text, scanned) if may_passive else ():
        tail = text[end : end + 40]
        if not re.match(r"\s+by\s+(?:the\s+)?[A-Z]", tail):  # "it is believed by the FBI"
            hits.append((start, end))
            break
    may_phrase = low is None or (some and p.phrase_words.search(low))
    for start, end in _spans(p.phrase, p.phrase_twin, text, scanned) if may_phrase else ():
        tail = text[end : end + 60]
        if _informant_phrase(text[start:end]) and _reason_to_know().match(tail):
            continue  # "according to sources close to the talks": qualified anonymous sourcing
        if not _named_after(p, tail) and not re.match(r"\s+(?:in|by|from|on)\s+(?:the\s+)?[A-Z]", tail):
            hits.append((start, end))
            break
    return min(hits) if hits else None


def _next_crowd(p: Patterns, text: str, scanned: str | None, pos: int) -> re.Match | None:
    """``p.crowd.search(text, pos)``, found first by its twin in the lower case (``scanned``; a
    case-insensitive scan is several times dearer), then matched on the text at that place."""
    if scanned is None or p.crowd_twin is None:
        return p.crowd.search(text, pos)
    found = p.crowd_twin.search(scanned, pos)
    return None if found is None else p.crowd.match(text, found.start())


def _spans(pattern: re.Pattern, twin: re.Pattern | None, text: str, scanned: str | None):
    """Where ``pattern`` matches ``text``, one after another: found by its twin in the lower case
    (``scanned``) where it has one."""
    if twin is None or scanned is None:
        return (m.span() for m in pattern.finditer(text))
    return (m.span() for m in twin.finditer(scanned))


_PRONOUN_CROWDS = {"some", "many", "most", "others", "few"}
# people speaking of what happened to them ("Three people said they saw the lorry swerve",
# "Many told reporters they had lost everything") are witnesses, not a claim's unnamed source
_WITNESS_CROWDS = _PRONOUN_CROWDS | {"people"}
_TOLD_OWN_STORY = re.compile(r"(?:\s+(?!they\b|we\b)[\w'’-]+){0,3}?\s+(?:that\s+)?(?:they|we)\b", re.I)
_SAYING_VERBS = {"say", "says", "said", "told", "tell", "tells"}
# a crowd the verb happens to: "many people were told to leave", "three others in the house who
# were also suspected cases" (not so the hearsay "many people are said to have stayed")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s*$", re.I)
_HEARSAY_PASSIVE = re.compile(r"\s+to\b", re.I)
_HEARSAY_VERBS = {
    "said",
    "thought",
    "believed",
    "reported",
    "claimed",
    "feared",
    "alleged",
    "suspected",
    "estimated",
}
# "four people reported dead", "several people feared trapped": the state of the crowd, not an
# attribution by it
_STATE_AFTER = re.compile(
    r"\s+(?:dead|missing|killed|injured|hurt|wounded|trapped|drowned|stranded|displaced|"
    r"detained|arrested|safe|alive|of\b)",
    re.I,
)


# a result set against the market's forecast, in the past perfect: "Analysts had expected revenue
# of $1.32 billion", "Economists had widely expected the rate to be left unchanged", "a profit,
# wrong-footing industry analysts who had expected a loss"
_CONSENSUS_CROWDS = {"analysts", "economists", "strategists"}
# words of the claim before a field's crowd that make the crowd its attribution, not its ground
_CLAIM_BEFORE = 4
# the people of a field whose view a story sums up (not officials, sources or "people": those
# report facts a reader cannot check); bare, with no "many" or "some" before them
_FIELD_CROWDS = frozenset(
    "analysts economists strategists experts observers commentators scientists researchers "
    "scholars historians specialists".split()
)
_CONSENSUS_VERBS = {"expected", "predicted", "estimated"}  # of the verbs list
_CONSENSUS = re.compile(
    r"(?:\s*,\s*on\s+average\s*,)?(?:\s+who)?\s+had(?:\s+(?:widely|generally|on\s+average))?\s+", re.I
)


def _is_consensus(crowd: str, verb: str, between: str) -> bool:
    return crowd in _CONSENSUS_CROWDS and verb in _CONSENSUS_VERBS and bool(_CONSENSUS.fullmatch(between))


# the forecast a result is measured against, in a comparison or a relative clause: "faster than
# analysts had expected", "short of the $32.96 billion that analysts expected." (not "he said that
# analysts expected a cut", where "that" opens the claim)
_COMPARED_BEFORE = re.compile(r"\b(?P<word>than|that|as)\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _is_compared_forecast(crowd: str, verb: str, pre: str, after: str) -> bool:
    if crowd not in _CONSENSUS_CROWDS or verb not in _CONSENSUS_VERBS:
        return False
    m = _COMPARED_BEFORE.search(pre)
    return bool(m) and (m.group("word").lower() == "than" or bool(_CLAUSE_ENDS.match(after)))


# "see" as an opinion takes "as" or "that" ("some see the move as a retreat"); without either it
# is what people watched happen to them ("many saw their homes destroyed", "some saw flood waters rise")
_SEEING_VERBS = {"see", "sees", "saw"}
_SEEN_AS = re.compile(r"[^.;:!?]*?\b(?:as|that)\b", re.I)


# "think of" / "think about" with nothing after the preposition: the thing thought of came
# before ("the first thing most people think of is ..."), so nothing is credited to the crowd
# ("many think of the plan as a waste" still is)
_THINKING_VERBS = {"think", "thinks", "thought"}
_STRANDED_OF = re.compile(r"\s+(?:of|about)\s*(?:[,.;:!?)]|$|(?:is|was|are|were|when|whenever)\b)", re.I)


def _verb_is_not_the_crowds(crowd: str, mid: str, verb: str, after: str) -> bool:
    """The crowd word and the verb are there, but the crowd is not credited with a claim."""
    if (
        not verb.endswith("ing")
        and _PASSIVE_BEFORE.search(mid)
        and not (verb in _HEARSAY_VERBS and _HEARSAY_PASSIVE.match(after))
    ):
        return True  # "many people were told to leave" (but "are said to have")
    if _STATE_AFTER.match(after) and verb in {"reported", "feared", "suspected", "confirmed", "believed"}:
        return True  # "four people reported dead", "people suspected of helping him"
    if verb in _SEEING_VERBS and not _SEEN_AS.match(after):
        return True  # "many saw their homes destroyed": witnesses, not an opinion credited to them
    if verb in _THINKING_VERBS and _STRANDED_OF.match(after):
        return True  # "the first thing most people think of is ...": what comes to mind, no claim
    return crowd in _WITNESS_CROWDS and verb in _SAYING_VERBS and bool(_TOLD_OWN_STORY.match(after))


def _crowd_is_vague(p: Patterns, text: str, m: re.Match) -> int | None:
    """Where the vague phrase starts (its quantifier), or None when the crowd is named."""
    crowd = " ".join(m.group("crowd").lower().split())
    mid = m.group("mid")
    verb = m.group("verb").split()[0].lower()
    if not crowd.startswith(("a ", "an ", "one ")) and verb.endswith("s") and not verb.endswith("ss"):
        return None  # "some doubts", "many reports": a plural crowd takes no -s verb, so a noun
    if _verb_is_not_the_crowds(crowd, mid, verb, text[m.end() : m.end() + 60]):
        return None
    # "Two people, the ambulance service said": the last comma-separated stretch before the verb
    # starts with a determiner or is an official body; not so "analysts, who asked not to be
    # named, said", "experts, however, say" or "observers, a minority compared to those who
    # believe" (a relative clause: the verb is not the stretch's own)
    if p.own_subject.search(mid):
        return None  # "Four people, the coroner said, died": the coroner is the source (and
        # in "Two people, some experts said" the search goes on to "some experts said")
    pre = text[: m.start()]
    if _is_compared_forecast(crowd, verb, pre, text[m.end() : m.end() + 60]):
        return None  # the market's forecast a figure is set against
    qm = p.before_crowd.search(pre)
    if qm:
        quantifier, modifiers = qm.group("q"), qm.group("adj").split()
    else:  # no quantifier: the (at most two) words right before, up to any punctuation
        quantifier, modifiers = None, []
        for word in reversed(pre.split()[-2:]):
            if re.search(r"[^\w'’-]$", word):
                break
            modifiers.insert(0, word)
    if not qm and _is_consensus(crowd, verb, text[m.end("crowd") : m.start("verb")]):
        return None  # "revenue of $1.29bn; analysts had expected $1.32bn": the market consensus
    if not _crowd_stands_alone(p, crowd, mid, pre, quantifier):
        return None
    if any(w.lower() in _DETERMINERS for w in modifiers):
        return None  # "the analysts said", "its experts say": people introduced earlier
    if _accepted_sourcing(crowd, mid, verb, text[m.end() : m.end() + 80], pre, qm, quantifier, modifiers):
        return None
    at_start = not pre.strip()
    for i, word in enumerate(modifiers):
        first = at_start or (i == 0 and len(modifiers) == len(pre.split()))
        if _names_someone(
            p,
            word,
            next_is_name=i + 1 < len(modifiers) and modifiers[i + 1][:1].isupper(),
            sentence_start=first,
        ):
            return None  # "Goldman Sachs analysts say", "IMF economists", "the bank's analysts"
    if _named_beside(p, crowd, mid, text[m.end() : m.end() + 80]):
        return None
    return m.start() - len(qm.group(0)) if qm else m.start()


# a preposition right before a pronoun crowd: the crowd is its object, so no verb's subject
_OBJECT_OF = re.compile(r"\b(?:by|of|from|with|for|among|against|between|to|at|on|in|into|upon)\s+$", re.I)


def _crowd_stands_alone(p: Patterns, crowd: str, mid: str, pre: str, quantifier: str | None) -> bool:
    """The crowd word is a crowd here, not part of something else."""
    if crowd in _PRONOUN_CROWDS:
        # "some say", "many believe"; but "some of them said", "many here think" are not crowds,
        # nor are "36 others reported a profit", "two others said" (counted things named before)
        if re.search(r"\d\s*$", pre):
            return False
        if _OBJECT_OF.search(pre):
            return False  # "a raid by some suspected robbers": the object of "by", not a subject
        if crowd == "others" and _set_against_a_group(p, pre):
            return False  # "Some of the lawmakers objected, while others said ...": other lawmakers
        return not mid.strip() or bool(re.match(r"\s+(?:in|within|inside|across|among)\b", mid, re.I))
    return crowd not in p.needs_quantifier or bool(quantifier)


# "some of the lawmakers", "most of its members": a part of a group already introduced (the
# determiner), earlier in the sentence; not an open crowd ("some reviewers ..., while others")
_PART_OF_GROUP = re.compile(
    r"\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Hh]alf)\s+"
    r"of\s+(?:the|these|those|its|their|his|her|our)\s+(?P<group>[a-z][\w'’-]*s)\b"
)


def _set_against_a_group(p: Patterns, pre: str) -> bool:
    """Earlier in the sentence a part of a named group did something ("Some of the lawmakers
    complained ..., while others said"): "others" are the rest of that group, not a crowd. Not so
    when the group is itself a crowd ("some analysts welcomed it, while others said")."""
    return any(m.group("group").lower() not in p.crowds for m in _PART_OF_GROUP.finditer(pre))


def _named_beside(p: Patterns, crowd: str, mid: str, after: str) -> bool:
    """A name right after the crowd or its verb: "analysts at Goldman Sachs think", "analysts
    John Smith and Jane Doe say", "many analysts think, including Jane Doe of ..."."""
    if crowd.endswith((" with", " of")):
        return False  # "people familiar with Apple's plans": what they know of, not who they are
    if _named_after(p, mid) or _named_after(p, after):
        return True
    return bool(re.match(r"\s*,?\s*[A-Z][a-z]", mid)) and not re.match(r"\s*,?\s*(?:Who|Which)\b", mid)


def _names_someone(p: Patterns, word: str, next_is_name: bool = False, sentence_start: bool = False) -> bool:
    """A modifier that names a source: "Goldman", "IMF", "Moody's", "the bank's"."""
    w = word.strip(",;")
    if w.endswith(("'s", "’s", "s'", "s’")):
        return True
    if not w[:1].isupper():
        return False
    low = w.lower()
    if low in p.generic or _DEMONYM_SUFFIX.search(low):
        return False
    if sentence_start and not (next_is_name or w.isupper() and len(w) > 1):
        return False  # a capital only because the sentence starts here: "Kremlin critics say"
    return True


@lru_cache(maxsize=1)
def _naming_a_body() -> re.Pattern:
    """A naming preposition before an official body: "including the provincial fire department",
    "experts from the coroner's office" (the institution is the source, as "IMF economists")."""
    data = builtin_lists()
    return re.compile(
        rf"(?:^|[\s,(])(?:{_alternation(data['naming_prepositions'])})\s+"
        r"(?:(?:the|a|an|its|their|his|her|[\w'’-]+['’]s)\s+)?"
        r"(?:(?!(?:of|to|about|close|familiar|knowledge)\b)[\w'’-]+\s+){0,3}?"
        rf"(?:{_alternation(data['official_bodies'])})(?![\w'’-])",
        re.I,
    )


def _named_after(p: Patterns, tail: str) -> bool:
    """A source named after the crowd: "at Goldman Sachs", ", including Jane Doe", "including
    the fire department"."""
    if _naming_a_body().search(tail):
        return True
    for m in p.naming.finditer(tail):
        if p.anonymous.search(tail[: m.start("name")]):
            continue
        name = m.group("name")
        if name.lower() not in p.generic and not _DEMONYM_SUFFIX.search(name.lower()):
            return True
    return False


# --- qualified anonymous sourcing (newsroom standards accept it; see the data file) ---

_FORECAST_VERBS = frozenset(
    "expect expects expected predict predicts predicted estimate estimates estimated forecast forecasts".split()
)
_ADVERBS_ONLY = re.compile(
    r"(?:\s+(?:have|had|also|now|still|broadly|generally|widely|on\s+average))*\s*", re.I
)
_TELLING_VERBS = frozenset({"told", "tell", "tells"})
# the named outlet a crowd told: "told CNN", "told the New York Daily News" (not "told reporters",
# "told the paper")
_OUTLET = re.compile(r"\s+(?:the\s+)?[A-Z][\w&.'’-]*")
# the words after a crowd, up to its verb, that hold another noun before a relative pronoun: the
# verb is that noun's ("observers and from the mayor, who told")
_ANOTHER_SUBJECT = re.compile(r"\s+(?:and|or)\s+[^,]*?\b[a-z][\w'’-]+\s*,?\s+(?:who|which|that)\s*$", re.I)
_VAGUE_POSITIONS = frozenset({"a", "an", "one", "the"})


def _verb_of_another(mid: str) -> bool:
    return bool(_ANOTHER_SUBJECT.fullmatch(mid))


@lru_cache(maxsize=1)
def _reason_to_know() -> re.Pattern:
    """What says why an informant knows, right where the text given starts."""
    return re.compile(rf"\s*,?\s*(?:{_alternation(builtin_lists()['reasons_to_know'])})(?![\w'’-])", re.I)


def _informant_phrase(phrase: str) -> bool:
    """A fixed phrase that credits informants ("according to sources", "according to insiders")."""
    last = phrase.lower().split()[-1] if phrase.split() else ""
    return last in builtin_lists()["informant_crowds"]


def _qualified_informant(
    crowd: str, mid: str, quantifier: str | None, modifiers: list[str], after: str, at_start: bool
) -> bool:
    """An informant crowd whose attribution says why they know: the crowd phrase itself ("people
    familiar with", "a person with knowledge of"), a reason after it or after its verb ("sources
    close to the talks", "sources briefed on the plans said", "said a person involved in the
    talks"), a position before it ("government sources", "a senior government source", "Kremlin
    sources"), or diplomats (their office is the reason) with at most a count before them."""
    data = builtin_lists()
    words = crowd.split()
    if any(r in crowd for r in ("familiar with", "knowledge of", "close to")):
        return True  # the crowd phrase says it: "people familiar with", "a person with knowledge of"
    if not words or words[-1] not in data["informant_crowds"]:
        return False
    reason = _reason_to_know()
    if reason.match(mid) or reason.match(after):
        return True
    positions = set(data["source_positions"])
    for i, word in enumerate([*modifiers, *words[:-1]]):
        w = word.strip(",;")
        if w.lower() in _VAGUE_POSITIONS:
            continue
        if w.lower() in positions or (
            w[:1].isupper() and not (at_start and i == 0) and w.lower() not in _QUANTIFIER_WORDS
        ):
            return True
    return words[-1] == "diplomats" and (quantifier is None or quantifier.lower() in _COUNTS)


_COUNTS = frozenset("two three four five six seven eight nine ten several".split())
_QUANTIFIER_WORDS = frozenset("some many most several other others few certain various numerous".split())


# crowds of people with a field of their own, whom a story goes on to quote by name
_EXPERT_CROWDS = frozenset(
    "experts analysts economists scientists researchers scholars historians critics observers "
    "commentators strategists specialists".split()
)
_NAME_WORDS = 2  # capitalised words of a speaker's name at least ("Ilsa Varro")


def _named_expert_follows(doc: Document, sentence, phrase: str, quoted: list) -> bool:
    """The crowd is one with a field ("experts", "analysts", "critics") and one of the next two
    sentences, in this paragraph or the next, quotes one of them by name ('"...," said Ilsa Varro,
    a port consultant'): the writer sums up named sources, "experts say" with somebody there."""
    crowd = _EXPERT_CROWDS.intersection(phrase.lower().split())
    if not crowd:
        return False
    by_stance = crowd <= _STANCE_CROWDS  # anyone named can be one of "critics"; an expert has a field
    near = {sentence.index + 1, sentence.index + 2}
    for q in quoted:
        if q.sentence not in near or not q.speaker:
            continue
        if doc.sentences[q.sentence].block - sentence.block > 1:
            continue
        if _has_name(q.speaker) and (
            by_stance
            or _EXPERT_WORDS.intersection(w.lower() for w in WORD.findall(doc.sentences[q.sentence].text))
        ):
            return True  # the named speaker is one of the crowd: "said Ilsa Varro, a port consultant"
    return False


_STANCE_CROWDS = frozenset({"critics", "observers", "commentators"})
# what makes a named speaker one of "experts" or "analysts" in the sentence naming them
_EXPERT_WORDS = _EXPERT_CROWDS | frozenset(
    "expert analyst economist scientist researcher scholar historian critic observer commentator "
    "strategist specialist consultant professor dr lecturer academic engineer adviser advisor "
    "director fellow university institute college school centre center foundation laboratory lab "
    "department faculty".split()  # or their seat of learning: "of Kessel University"
)


def _has_name(speaker: str) -> bool:
    """Two or more capitalised words in a row, none a function word: "Ilsa Varro", "National
    Housing Federation" (not "A statement on Example's website")."""
    run = 0
    for w in WORD.findall(speaker):
        run = run + 1 if w[:1].isupper() and w.lower() not in any_function_words() else 0
        if run >= _NAME_WORDS:
            return True
    return False


def _accepted_sourcing(
    crowd: str, mid: str, verb: str, after: str, pre: str, qm: re.Match | None, quantifier, modifiers
) -> bool:
    """Attribution a newsroom accepts, or a verb that is not the crowd's."""
    if _qualified_informant(crowd, mid, quantifier, modifiers, after, at_start=not pre.strip()):
        return True  # "people familiar with the plans said", "government sources said"
    if (
        not qm
        and crowd in _CONSENSUS_CROWDS
        and verb in _FORECAST_VERBS
        and _ADVERBS_ONLY.fullmatch(mid)
        and any(c.isdigit() for c in after.split(".")[0])
    ):
        return True  # "Analysts expect a profit of $1.2 billion": the market's consensus of a figure
    if verb in _TELLING_VERBS and _OUTLET.match(after):
        return True  # "sources told CNN", "experts told the Daily Telegraph": the outlet stands behind it
    # "scorn from observers and from the mayor, who told ...": the mayor's verb
    return bool(_OBJECT_OF.search(pre[: len(pre) - len(qm.group(0))] if qm else pre)) and _verb_of_another(
        mid
    )

"""Who says a sentence, and whether it asserts anything: attribution, denials, hedges.

Two sentences of an article can disagree without the article contradicting itself: two sources
who disagree ("X said…", "Y said…"), a claim and a source's denial of it, a conditional or a
hypothetical ("if the deal collapses, prices would…"). This analysis labels each sentence with
the cheap cues a rule needs to tell those apart from a real self-contradiction:

* ``speaker`` — the source a sentence is attributed to ("Putin said…", "…, according to TASS",
  a quote whose speaker H3's ``analysis.quotes`` found), normalised to its last name-like word so
  "Vladimir Putin" and "Putin" match; ``None`` when the article speaks in its own voice or the
  speaker is only a pronoun;
* ``reported`` — the sentence is reported speech or a quote (a speaker, a pronoun speaker or a
  reporting verb with a "that"-clause);
* ``denial`` — an attributed denial ("X denied that…", "rejected claims that…");
* ``hedged`` — a conditional or hypothetical (if / unless / would / could / might / may…), an
  intention (plans to, vowed to…) or a request (urged to, called on… to, to consider).

Pure regular expressions over one sentence (plus its neighbour for pronoun speakers): no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context

REPORTING_VERBS = (
    "said|says|say|told|tells|tell|stated|states|added|adds|claimed|claims|claim|argued|argues|"
    "insisted|insists|maintained|maintains|asserted|asserts|alleged|alleges|warned|warns|"
    "announced|announces|reported|reports|explained|explains|noted|notes|wrote|writes|"
    "acknowledged|acknowledges|admitted|admits|suggested|suggests|believes|believed|"
    "predicted|predicts|estimated|estimates|countered|counters|replied|replies|responded|"
    "responds|stressed|stresses|emphasized|emphasised|declared|declares|contended|contends|"
    "denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|"
    "informed|assured|thinks|think|thought"
)
DENIAL_VERBS = (
    "denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes"
)
PRONOUNS = "he|she|they|it|we|i|officials|critics|analysts|experts|observers"

# A name-like source: up to five capitalised words (with initials, apostrophes, hyphens), or a
# described source ("the company", "a spokesman for the ministry", "officials").
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:of|de|van|von|al|bin|the|for)?\s*[A-Z][\w'’.-]*){0,4})"
_DESCRIBED = (
    r"(?:(?i:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|officials|minister|ministry|company|government|police|agency|statement|report|source|sources|lawyer|lawyers|president|leader|chief|director|analyst|analysts|expert|experts|critics|campaigners|prosecutors?|court|judge|commission|committee|office|department|club|manager|coach|union|firm)(?:\s+"
    + _NAME
    + ")?)"
)
_SPEAKER = rf"(?P<speaker>{_DESCRIBED}|{_NAME}|(?i:{PRONOUNS}))"

_SPEAKER_VERB = re.compile(
    rf"(?:^|[\s,;(\"“”'‘’—–-]){_SPEAKER},?\s+(?:(?:also|further|later|then|has|had|have|once|previously|earlier|repeatedly|publicly|strongly|flatly)\s+)*(?:{REPORTING_VERBS})\b"
)
_VERB_SPEAKER = re.compile(rf"[\"”’,]\s*(?:{REPORTING_VERBS})\s+{_SPEAKER}")
_ACCORDING = re.compile(
    rf"\b(?:[Aa]ccording to|[Aa]s (?:stated|reported|told|said) by|[Aa]s per|[Cc]iting|[Pp]er)\s+{_SPEAKER}"
)
_REPORTING = re.compile(
    rf"\b(?:{REPORTING_VERBS})\b(?:\s+\w+){{0,3}}?\s+that\b|\b(?:{REPORTING_VERBS})\s*[:,]?\s*[\"“]|[\"”]\s*,?\s*(?:{REPORTING_VERBS})\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    rf"\b(?:{DENIAL_VERBS})\b|\b(?:said|says|insisted|insists)\s+(?:that\s+)?(?:it|this|that|the \w+) (?:was|is) (?:not|un)true\b|\bcalled (?:the|these|those)? ?(?:claims?|reports?|allegations?) (?:false|untrue|baseless)",
    re.IGNORECASE,
)
# Lower-case on purpose: "May" the month and "Will" the name are no hedges. Sentence openers
# ("If", "Unless", "Perhaps") are listed capitalised too.
_HEDGE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Ss]uppos(?:e|ing)|[Aa]ssuming|[Pp]rovided that|[Ii]n case|"
    r"would|could|might|may|should|[Hh]ypothetically|[Pp]erhaps|[Pp]ossibly|[Pp]otentially|"
    r"expected to|likely to|unlikely to|plans? to|planned to|aims? to|hopes? to|hoped to|"
    r"wants? to|intends? to|threatens? to|vowed to|promised to|"
    # requests: what someone is urged or called on to do is not said to happen
    r"urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|demand(?:s|ed|ing)? that|to consider)\b"
)
# "said the factory would close" is reported "will close", not a hypothetical.
_BACKSHIFTED = re.compile(rf"(\b(?:{REPORTING_VERBS})\b(?:(?!\b(?:if|unless)\b)[^.;:\"“”])*?)\bwould\b")
_QUOTE_MARKS = re.compile(r"[\"“”]|(?:^|\s)‘|’(?=\s|$|[,.])")

# Sentence openers and function words that look capitalised but are not sources.
_NOT_A_NAME = {
    "the",
    "a",
    "an",
    "but",
    "and",
    "however",
    "in",
    "on",
    "at",
    "as",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "there",
    "then",
    "also",
    "when",
    "while",
    "after",
    "before",
    "meanwhile",
    "despite",
    "for",
    "of",
    "to",
    "from",
    "with",
    "by",
    "his",
    "her",
    "their",
    "its",
    "our",
    "what",
    "who",
    "which",
    "so",
    "yet",
    "still",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "president",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "official",
    "officials",
    "company",
    "government",
    "police",
    "agency",
    "statement",
    "report",
    "de",
    "van",
    "von",
    "al",
    "bin",
}
_PRONOUN_SET = set(PRONOUNS.split("|"))


@dataclass(frozen=True)
class Speech:
    speaker: str | None  # normalised source ("putin", "tass", "the company"), None if unattributed
    reported: bool  # quote or reported speech, whoever the speaker
    denial: bool  # an attributed denial
    hedged: bool  # conditional / hypothetical / intention: asserts no fact


def normalise_speaker(raw: str) -> str | None:
    """ "Vladimir Putin" -> "putin"; "the company's spokesman" -> "spokesman"; pronoun -> None."""
    words = [w.strip(".,'’\"“”()").lower() for w in raw.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    if not words or (len(words) == 1 and words[0] in _PRONOUN_SET):
        return None
    content = [w for w in words if w not in _NOT_A_NAME] or words
    return content[-1]


def _speaker_in(text: str) -> tuple[str | None, bool]:
    """(normalised speaker or None, whether any attribution was found at all)."""
    for pattern in (_ACCORDING, _SPEAKER_VERB, _VERB_SPEAKER):
        for match in pattern.finditer(text):
            raw = match.group("speaker").strip()
            first = raw.split()[0].lower().strip(".,")
            if pattern is _SPEAKER_VERB and first in _NOT_A_NAME - _PRONOUN_SET - {
                "the",
                "a",
                "an",
                "his",
                "her",
                "their",
                "its",
            }:
                # "However said…" is no speaker; try the words after the opener
                rest = raw.split()[1:]
                if not rest:
                    continue
                raw = " ".join(rest)
            speaker = normalise_speaker(raw)
            return speaker, True
    return None, False


def analyse_sentence(text: str) -> Speech:
    speaker, attributed = _speaker_in(text)
    quoted = bool(_QUOTE_MARKS.search(text))
    reported = attributed or bool(_REPORTING.search(text)) or quoted
    denial = bool(_DENIAL.search(text)) and reported
    plain = text
    while (shorter := _BACKSHIFTED.sub(r"\1", plain)) != plain:  # every backshifted "would"
        plain = shorter
    hedged = bool(_HEDGE.search(plain))
    return Speech(speaker=speaker, reported=reported, denial=denial, hedged=hedged)


def speech(doc: "Document", ctx: "Context") -> list[Speech]:
    """Per sentence of ``doc``: its :class:`Speech`. Quotes found by the shared
    ``factlint.analysis.quotes`` analysis add what one sentence cannot show: a quote that runs over
    several sentences, or whose "he said" sits in the next sentence, keeps its speaker."""
    result = [analyse_sentence(s.text) for s in doc.sentences]
    for index, speaker in _quote_speakers(doc, ctx).items():
        old = result[index]
        result[index] = Speech(speaker or old.speaker, True, old.denial, old.hedged)
    return result


def _quote_speakers(doc: "Document", ctx: "Context") -> dict[int, str | None]:
    """Sentence index -> normalised speaker (or None) of the spoken quote touching it."""
    try:
        from factlint.analysis.quotes import quotes
    except ImportError:  # pragma: no cover - the analysis ships with factlint
        return {}
    out: dict[int, str | None] = {}
    for quote in ctx.analysis(quotes):
        if quote.kind != "speech":
            continue  # a title or a slogan is nobody's claim
        name = normalise_speaker(quote.speaker) if quote.speaker else None
        for index in quote.sentences:
            if name or index not in out:
                out[index] = name
    return out


def different_sources(a: Speech, b: Speech) -> bool:
    """Both sentences are attributed, to two sources we can tell apart."""
    return a.speaker is not None and b.speaker is not None and a.speaker != b.speaker


def claim_and_denial(a: Speech, b: Speech) -> bool:
    """One sentence is a source's denial and the other is not that same source's claim."""
    if a.denial == b.denial:
        return False
    denial, other = (a, b) if a.denial else (b, a)
    return denial.speaker is None or other.speaker != denial.speaker

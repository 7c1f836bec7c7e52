"""Direct quotes and who said them: ``ctx.analysis(quotes)`` -> ``list[Quote]``.

A quote is found per block (a quote may run over several sentences, and a multi-paragraph quote
may leave its closing mark to the last paragraph), then attributed by looking for a speech cue
("said", "told", "according to", "as stated by", ``Putin: "..."``) outside every quote, first in
the sentences the quote touches and then in the sentence before or after it. Rules use it to ask
"is this sentence somebody's quoted words, and whose?" (``quote_covering``): two quoted speakers
who disagree are reporting, not a contradiction.

Double quotes (straight, curly, guillemets) are reliable. Single quotes ('...' as British and
CNN/Daily Mail copy uses them) are found too, but apostrophes make them a heuristic: such quotes
carry ``mark="'"`` and rules may ignore them.

Speakers are best effort: ``speaker`` is the text of the subject or agent next to the cue ("he",
"Vladimir Putin", "the Russian news agency TASS"), or ``None`` when a cue was found without a
readable name (``attributed`` is then still true).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from factlint.linter.document import Span
from .text import COMPOUND_WORD, lower_case_twin, phrase_trie, twin_text

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document, Sentence
    from factlint.linter.rule import Context

QuoteKind = Literal["speech", "title"]


@dataclass(frozen=True)
class Quote:
    sentence: int  # index of the sentence where the quote opens
    sentences: tuple[int, ...]  # every sentence the quoted words touch, in order
    text: str  # the quoted words, without the marks
    span: Span  # the quote with its marks, in the file text
    speaker: str | None  # who said it, as written ("he", "Putin", "the agency TASS"), if readable
    speaker_span: Span | None
    verb: str | None  # the attribution cue: "said", "according to", ":" ...; None if unattributed
    mark: str = '"'  # '"' for any double-quote style, "'" for single quotes (heuristic)
    kind: QuoteKind = "speech"  # "title": a name of a work, slogan or sign, not somebody's words
    closed: bool = True  # False: no closing mark (runs to the end of its block or sentence)
    via: Literal["sentence", "neighbour", "continued", "none"] = "none"  # where the cue was found

    @property
    def attributed(self) -> bool:
        return self.verb is not None

    @property
    def words(self) -> int:
        return len(COMPOUND_WORD.findall(self.text))


# --- public helpers ---------------------------------------------------------------------------


def quotes_by_sentence(doc: "Document", ctx: "Context") -> dict[int, list[Quote]]:
    """Sentence index -> the quotes touching that sentence (memoise with ``ctx.analysis``)."""
    table: dict[int, list[Quote]] = {}
    for q in ctx.analysis(quotes):
        for i in q.sentences:
            table.setdefault(i, []).append(q)
    return table


def quote_covering(ctx: "Context", sentence: "Sentence", share: float = 0.5) -> Quote | None:
    """The quote that makes up at least ``share`` of the sentence's characters, if any."""
    best = None
    for q in ctx.analysis(quotes_by_sentence).get(sentence.index, []):
        overlap = min(q.span.end, sentence.span.end) - max(q.span.start, sentence.span.start)
        if overlap >= share * max(1, sentence.span.end - sentence.span.start):
            if best is None or q.span.end - q.span.start > best.span.end - best.span.start:
                best = q
    return best


# --- the analysis -----------------------------------------------------------------------------


def quotes(doc: "Document", ctx: "Context") -> list[Quote]:
    """Every quote in the document, in order, with its speaker (memoised via ``ctx.analysis``)."""
    try:
        return _quotes(doc)
    finally:  # the cue caches hold this document's text: let it go
        _cue_words.cache_clear()
        _cue.cache_clear()


def _found(doc: "Document") -> list[tuple["_BlockText", "_RawQuote", str]]:
    """Every block's quotes: (block text, quote, masked block text)."""
    groups: dict[int, list["Sentence"]] = {}
    for s in doc.sentences:
        groups.setdefault(s.block, []).append(s)
    found: list[tuple[_BlockText, _RawQuote, str]] = []
    for block in sorted(groups):
        if _MARKS.isdisjoint("".join([s.text for s in groups[block]])):
            continue  # no quote mark: no quote (most paragraphs)
        bt = _BlockText(doc, groups[block])
        raws = _find_quotes(bt.text)
        masked = _masked(bt.text, raws)  # every quote's words hidden: cues and names are never read inside
        found.extend((bt, raw, masked) for raw in raws)
    return found


def _quotes(doc: "Document") -> list[Quote]:
    found = _found(doc)
    memo: dict = {}  # _neighbour_cue per (block, sentence, side): many quotes share a neighbour
    # 1. a cue in the sentences the quote touches
    result = [_attribute(bt, raw, masked) for bt, raw, masked in found]
    # 2. a multi-paragraph quote (each paragraph opens with a mark, only the last one closes)
    #    shares the attribution of whichever paragraph has one
    chains: list[list[int]] = []
    for i, (bt, raw, _) in enumerate(found):
        if i and _continues(found[i - 1], result[i - 1], (bt, raw)):
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        source = next((result[i] for i in chain if result[i].attributed), None)
        if source is None:  # a lead-in before the first paragraph, or "he said" after the last
            head, tail = found[chain[0]], found[chain[-1]]
            cue = (
                _neighbour_cue(
                    doc, result[chain[0]].sentences, head[0], head[2], sides=("before",), memo=memo
                )
                or _neighbour_cue(
                    doc, result[chain[-1]].sentences, tail[0], tail[2], sides=("after",), memo=memo
                )
                or _closed_later(doc, result[chain[-1]])
            )
            if cue is not None:
                verb, speaker, speaker_span = cue
                source = replace(result[chain[0]], verb=verb, speaker=speaker, speaker_span=speaker_span)
                result[chain[0]] = replace(source, via="neighbour")
        if source is not None:
            for i in chain:
                if not result[i].attributed:
                    result[i] = _credited(result[i], source)
    # 3. single quotes: a cue in the sentence just before or after ('"...," he said. "More."')
    for i, (bt, raw, masked) in enumerate(found):
        if not result[i].attributed and i and _follows(doc, result[i - 1], result[i], bt, raw):
            # '"...," he explained. "More words."' (a video line between)
            result[i] = _credited(result[i], result[i - 1])
        if not result[i].attributed:
            cue = _neighbour_cue(doc, result[i].sentences, bt, masked, memo=memo)
            if cue is not None:
                verb, speaker, speaker_span = cue
                result[i] = replace(
                    result[i], verb=verb, speaker=speaker, speaker_span=speaker_span, via="neighbour"
                )
    # 4. a pull quote: words printed again inside a quote attributed elsewhere on the page share
    #    that quote's speaker (a page sets a striking line of the story above it, large)
    return _pull_quotes(_own_questions(found, _listed_titles(found, result)))


_PULL_QUOTE_WORDS = 6  # fewer words repeated are a phrase quoted twice, not a pull quote


def _pull_quotes(result: list[Quote]) -> list[Quote]:
    loose = [i for i, q in enumerate(result) if not q.attributed and q.words >= _PULL_QUOTE_WORDS]
    if not loose:
        return result
    said = [(q, f" {' '.join(COMPOUND_WORD.findall(q.text.lower()))} ") for q in result if q.attributed]
    for i in loose:
        words = f" {' '.join(COMPOUND_WORD.findall(result[i].text.lower()))} "
        source = next((q for q, text in said if words in text), None)
        if source is not None:
            result[i] = _credited(result[i], source)
    return result


def _credited(quote: Quote, source: Quote) -> Quote:
    """``quote`` credited to ``source``'s speaker: the same speaker's words go on."""
    return replace(
        quote, verb=source.verb, speaker=source.speaker, speaker_span=source.speaker_span, via="continued"
    )


def _follows(doc, prev: Quote, cur: Quote, bt: "_BlockText", raw: "_RawQuote") -> bool:
    """``cur`` opens its sentence right after the sentence where the attributed ``prev`` ends
    (a caption or page-furniture line between them does not count)."""
    if (
        not prev.attributed
        or prev.mark != cur.mark
        or _NONSPACE.search(bt.text, bt.bounds(bt.sentence_at(raw.start))[0], raw.start)
    ):
        return False
    gap = cur.sentences[0] - prev.sentences[-1]
    return (
        gap == 1
        or (gap == 2 and _is_chrome(doc, doc.sentences[cur.sentences[0] - 1]))
        or _captions_between(doc, prev.sentences[-1], cur.sentences[0])
    )


# what marks a block as a photo caption with its credit ("Camera Icon... Credit: A. Name/Getty Images")
_CREDIT_MARKS = (
    "Credit:",
    "Photo:",
    "Picture:",
    "Image:",
    "Photograph:",
    "Getty Images",
    "AP Photo",
    "Camera Icon",
)


def _captions_between(doc, last: int, first: int) -> bool:
    """Only a photo caption with its credit between the attributed quote's paragraph and the
    quote that goes on with it (a scraped page puts the picture between two paragraphs of one
    speaker): the blocks between are short, quote nobody, and the last carries a credit."""
    between = doc.sentences[last + 1 : first]
    if not 1 <= len(between) <= 4 or {s.block for s in between} & {
        doc.sentences[last].block,
        doc.sentences[first].block,
    }:
        return False
    blocks: dict[int, list[str]] = {}
    for s in between:
        blocks.setdefault(s.block, []).append(s.text)
    texts = [" ".join(texts) for texts in blocks.values()]
    return any(mark in texts[-1] for mark in _CREDIT_MARKS) and all(
        len(parts) <= 3 and not any(c in text for c in '"“”') for parts, text in zip(blocks.values(), texts)
    )


def _continues(prev: tuple, prev_quote: Quote, cur: tuple) -> bool:
    (pbt, praw, _), (bt, raw) = prev, cur
    if pbt is bt or praw.closed or praw.mark != raw.mark:
        return False
    return (
        not _NONSPACE.search(bt.text, 0, raw.start) and bt.sentences[0].index == pbt.sentences[-1].index + 1
    )


# --- block text: the block's sentences joined, with offsets back into the file ----------------


class _BlockText:
    def __init__(self, doc: "Document", sentences: list["Sentence"]):
        self.doc = doc
        self.sentences = sentences
        self.starts: list[int] = []
        self.position = {s.index: k for k, s in enumerate(sentences)}  # sentence index -> k
        parts: list[str] = []
        pos = 0
        for i, s in enumerate(sentences):
            if i:
                gap = doc.text[sentences[i - 1].span.end : s.span.start]
                gap = gap if not gap.strip() and len(gap) <= 4 else " "
                parts.append(gap)
                pos += len(gap)
            self.starts.append(pos)
            parts.append(s.text)
            pos += len(s.text)
        self.text = "".join(parts)

    def sentence_at(self, offset: int) -> int:
        """Position (in ``self.sentences``) of the sentence holding joined offset ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def bounds(self, k: int) -> tuple[int, int]:
        return self.starts[k], self.starts[k] + len(self.sentences[k].text)

    def to_file(self, offset: int, *, end: bool = False) -> int:
        k = self.sentence_at(offset - 1 if end and offset > 0 else offset)
        s = self.sentences[k]
        return self.doc.file_offset(s, offset - self.starts[k], end=end)

    def span(self, start: int, end: int) -> Span:
        a = self.to_file(start)
        b = max(a, self.to_file(end, end=True))
        return self.doc.span(a, b)


# --- finding quote marks ----------------------------------------------------------------------

_HIDE = "\u2591"  # neither a word character nor a space: cues and names never match inside
_NONSPACE = re.compile(r"\S")
_NONSPACE_AFTER_SPACE = re.compile(r"(?<=\s)\S")
# Bounded work (a quote in a sentence of megabytes, thousands of quotes in one sentence): cues are
# looked for within _CUE_REACH characters of the quote, at most _CUE_COUNT of them on each side
# (the nearest), a subject within _NP_REACH characters before its verb. All are beyond a real
# attribution ("…," the minister for X told reporters on Tuesday).
_CUE_REACH = 300
_CUE_COUNT = 4
_NP_REACH = 120
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
# Wire copy typed on old systems closes a double quote with two apostrophes ("...,'' he said").
_TWO_APOSTROPHES = ("''", "’’")
_DOUBLE_MARK = re.compile(f"''|’’|[{_DOUBLE_OPEN}{_DOUBLE_CLOSE}\"]")
_SINGLE_MARK = re.compile("['‘’]")
_MARKS = frozenset(f"'‘’\"{_DOUBLE_OPEN}{_DOUBLE_CLOSE}")  # every character either pattern finds
_BEFORE_OPEN = set(" \t\r\n([{—–-:;/\u00a0") | {""}
_BEFORE_SINGLE_OPEN = _BEFORE_OPEN | {'"'}
_LOWER_WORD_NEXT = re.compile(" [a-z]")
_SPEECH_NEXT = re.compile(r"\s+(?:he|she|they|said|says|added|told)\b")
_ELISIONS = re.compile(r"(?:em|n|til|cause|tis|twas|bout|round)\b", re.I)


@dataclass
class _RawQuote:
    start: int  # the opening mark (joined-text offset)
    end: int  # one past the closing mark, or the end of the quoted run
    inner_start: int
    inner_end: int
    mark: str
    closed: bool


def _find_quotes(text: str) -> list[_RawQuote]:
    doubles = _double_quotes(text)  # in order, never overlapping
    starts = [q.start for q in doubles]

    def in_double(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and doubles[k].start <= at < doubles[k].end

    singles = [q for q in _single_quotes(text) if not in_double(q.start)]
    both = sorted(doubles + singles, key=lambda q: (q.start, -q.end))
    # a quote inside a quote ('Your church tells you, "We love you".') is part of the outer one:
    # in this order, a quote is inside another exactly when an earlier one reaches as far
    out: list[_RawQuote] = []
    reach = -1
    for q in both:
        if q.end > reach:
            out.append(q)
        reach = max(reach, q.end)
    return out


def _masked(text: str, raws: list[_RawQuote]) -> str:
    """``text`` with the words of every quote in ``raws`` (sorted by start) hidden."""
    parts: list[str] = []
    pos = 0
    for raw in raws:  # a single quote may overlap the next double one: hide the union
        start = max(pos, raw.inner_start)
        parts.append(text[pos:start])
        if raw.inner_end > start:
            parts.append(_HIDE * (raw.inner_end - start))
            pos = raw.inner_end
    parts.append(text[pos:])
    return "".join(parts)


# German and Danish »...«: the first guillemet of the text is » before a word (after a space or
# at the start), so » opens and « closes there
_REVERSED_FIRST = re.compile(r"[^«»]*?(?<![^\s(])»(?=\w)")


def _double_quotes(text: str) -> list[_RawQuote]:
    out: list[_RawQuote] = []
    open_at: int | None = None
    swap = "»" in text and _REVERSED_FIRST.match(text) is not None
    for mark in _DOUBLE_MARK.finditer(text):  # only the marks: every other character is skipped
        i, ch = mark.start(), mark.group()
        if swap and ch in "«»":
            ch = "«" if ch == "»" else "»"  # read »...« as «...»
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in _TWO_APOSTROPHES:
            if open_at is not None:  # only a close: two apostrophes never open a quote
                out.append(_RawQuote(open_at, i + 2, open_at + 1, i, '"', True))
                open_at = None
        elif ch in _DOUBLE_OPEN:
            if open_at is None:
                open_at = i
            elif ch == "“" and text[open_at] == "„":  # German, Polish, Czech: „…“ (the “ closes)
                out.append(_RawQuote(open_at, i + 1, open_at + 1, i, '"', True))
                open_at = None
        elif ch in _DOUBLE_CLOSE:
            if open_at is not None:
                out.append(_RawQuote(open_at, i + 1, open_at + 1, i, '"', True))
                open_at = None
        elif ch == '"':
            looks_open = prev in _BEFORE_OPEN and nxt not in ("", " ", "\r", "\n", "\t")
            if open_at is None:
                if looks_open:
                    open_at = i
            elif looks_open and prev.isspace() and i - open_at > 1 and text[i - 2] not in ".,!?;:…":
                # `"a "b` : the earlier mark never closed (stray or inch mark); start again here
                open_at = i
            else:
                out.append(_RawQuote(open_at, i + 1, open_at + 1, i, '"', True))
                open_at = None
    if open_at is not None:  # a paragraph of a multi-paragraph quote: runs to the block's end
        out.append(_RawQuote(open_at, len(text), open_at + 1, len(text), '"', False))
    return [q for q in out if text[q.inner_start : q.inner_end].strip()]


_SENT_END = re.compile(r"[.!?…][\"'”’)]*(?=\s|$)")


def _single_quotes(text: str) -> list[_RawQuote]:
    out: list[_RawQuote] = []
    open_at: int | None = None

    def close_unclosed(at: int) -> None:
        # an unclosed single quote ends with the sentence it opened in
        m = _SENT_END.search(text, open_at + 1, at) if open_at is not None else None
        end = m.end() if m else at
        if open_at is not None and end - open_at > 1:
            out.append(_RawQuote(open_at, end, open_at + 1, end, "'", False))

    for mark in _SINGLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        can_open = (
            ch in "'‘" and prev in _BEFORE_SINGLE_OPEN and nxt.isalpha() and not _ELISIONS.match(text, i + 1)
        )
        can_close = (
            ch in "'’"
            and prev not in ("", " ", "\r", "\n", "\t")
            and (nxt == "" or nxt.isspace() or nxt in '.,;:!?)]—–-"')
        )
        if can_close and open_at is not None and prev in "sS" and _LOWER_WORD_NEXT.match(text, i + 1):
            # the players' union: a plural possessive, unless a speech verb follows (matched in
            # place: a copy of the rest of the text at every mark made a paragraph of many
            # single-quoted words quadratic)
            if not _SPEECH_NEXT.match(text, i + 1):
                can_close = False
        if open_at is not None and can_close:
            out.append(_RawQuote(open_at, i + 1, open_at + 1, i, "'", True))
            open_at = None
        elif can_open:
            if open_at is not None:
                close_unclosed(i)
            open_at = i
    if open_at is not None:
        close_unclosed(len(text))
    return [q for q in out if text[q.inner_start : q.inner_end].strip()]


# --- attribution ------------------------------------------------------------------------------

_VERB_WORDS = (
    "said says say saying told tells tell telling added adds adding stated states stating "
    "explained explains explaining wrote writes writing asked asks asking replied replies "
    "replying answered answers noted notes noting insisted insists insisting argued argues "
    "arguing claimed claims claiming declared declares declaring announced announces "
    "announcing warned warns warning continued continues recalled recalls recalling remarked "
    "remarks commented comments tweeted tweets tweeting posted posts acknowledged acknowledges "
    "admitted admits admitting conceded concedes concluded concludes confirmed confirms "
    "suggested suggests urged urges stressed stresses stressing emphasised emphasized "
    "emphasises emphasizes observed observes shouted cried quipped joked described describes "
    "describing called calls dubbed labelled labeled branded reads reading quoted quoting "
    "testified testifies pleaded vowed vows promised promises boasted complained complains "
    "predicted predicts reiterated reiterates responded responds retorted echoed whispered "
    "screamed yelled mused sighed laughed agreed agrees countered cautioned assured maintained "
    "maintains spoke speaks speaking revealed reveals disclosed hailed praised thanked "
    "demanded demands pledged informed informs lamented wondered wonders accused accuses "
    "alleged alleges finished "
    # how a quote was said, not only that it was ("a club statement read", "she sobbed")
    "read sobbed wept begged exclaimed murmured muttered gasped chanted recounted snapped "
    # sports and feature copy's inverted attribution ('"...," reflected the manager')
    "reflected reflects enthused rued bemoaned fumed "
    # a study's authors "write", a court or a lawyer "questioned" a witness or an officer
    "write questioned queried "
    # a court's words: '"...," the judge ruled', '"An order is hereby granted ...", Judge ordered'
    "ruled ordered "
    # a minister "clarified" what a policy is not; a body "boasts" the figures it publishes
    "clarified clarifies boasts "
    # plural subjects in the present ("the authors conclude", "researchers warn"): _PLURAL_PRESENT
).split()
# Verbs only, no form that is also a common noun ("state", "note", "report", "claim", "recall") or
# mostly a verb of seeing or finding ("observe", "reveal", "confirm": "go out and observe damage").
# Their speaker is read before them only: after them it is an infinitive's or a modal's object
# ("would argue that the ...").
_PLURAL_PRESENT = frozenset(
    "conclude explain argue insist warn suggest admit acknowledge concede contend caution "
    "add complain reiterate allege".split()
)
_VERB_WORDS += sorted(_PLURAL_PRESENT)
_VERB_PHRASES = ("pointed out", "points out", "went on", "goes on", "put it", "summed up")
_VERB = r"(?:" + "|".join([*sorted(_VERB_WORDS, key=len, reverse=True), *_VERB_PHRASES]) + ")"
# Each alternative opens with a plain word (see _CUE_FIRST_WORDS).
_SOURCE_PATTERNS = (
    r"under the (?:proposals?|law|bill|act|rules|plans?|agreement|deal|terms|legislation|guidelines|regulations)",
    "according to",
    "as stated by",
    "as reported by",
    "as quoted by",
    "as cited by",
    "as told to",
    "in the words of",
    "as per",
    "quoted by",
    "cited by",
    r"per(?=\s+(?:the\s+)?[A-Z])",
)
_SOURCE = r"(?:" + "|".join(_SOURCE_PATTERNS) + ")"
_SOURCE_START = re.compile(_SOURCE, re.I)
_CUE = re.compile(rf"(?<![\w-])(?:(?P<source>{_SOURCE})|(?P<verb>{_VERB}))(?![\w-])", re.I)

_NAME_WORD = r"[A-Z][\w.'’&-]*"
_PROPER = rf"{_NAME_WORD}(?:\s+(?:(?:of|de|da|del|der|van|von|al|bin|la|le|the|and|&)\s+)?{_NAME_WORD})*"
_PRONOUN = r"(?:he|she|they|we|I|it|you|He|She|They|We|It|You)"
_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Oo]ur|[Tt]his|[Tt]hat)"
_COMMON = rf"{_DET}\s+(?:[\w'’.&-]+\s+){{0,5}}?[\w'’.&-]+"
_NP = rf"(?:{_PRONOUN}|{_COMMON}|{_PROPER})"
_ADVERBS = r"(?:(?:also|later|then|once|has|had|have|previously|reportedly|recently|repeatedly|earlier|further|simply|just|would|will|had|was|is|quickly|angrily|famously)\s+)*"
# subject right before the verb:  "John Smith (also) said", "the agency TASS reported"
_SUBJECT = re.compile(rf"(?<![\w'’-])(?P<np>{_NP})\s*(?:,\s*\d+\s*,\s*)?\s+{_ADVERBS}$")
# "The minister, who was in the room, said" (matched from the start of the text before the verb)
_SUBJECT_APPOSITION = re.compile(rf"\s*(?P<np>{_NP})\s*,[^,{_HIDE}]{{1,80}},\s*{_ADVERBS}$")
# object after the verb in inverted order:  '"...," said John Smith, the coach'
_AFTER_VERB = re.compile(
    rf"\s+(?P<np>{_PROPER}|{_COMMON}|{_PRONOUN})(?=\s*(?:[,.;:!?{_HIDE}\"“”']|$|\s+(?:in|on|at|to|of|who|during|after|before|when|while|as|from)\b))"
)
# after "according to" / "as stated by": the source up to a comma, quote or full stop
_AFTER_SOURCE = re.compile(
    rf"\s+(?P<np>(?:the\s+)?[^,;:.!?{_HIDE}\"“”]{{1,80}}?)\s*(?=[,;:.!?{_HIDE}\"“”]|$)"
)
# 'Putin: "..."'  /  'The ministry in a statement: "..."'
# (its name words are possessive: giving characters back to the filler never lets a longer filler
# reach the colon, and without it a long run of capitals backtracks quadratically)
_PROPER_POSSESSIVE = (
    r"[A-Z][\w.'’&-]*+(?:\s+(?:(?:of|de|da|del|der|van|von|al|bin|la|le|the|and|&)\s+)?[A-Z][\w.'’&-]*+)*+"
)
_COLON_LEAD = re.compile(rf"(?P<np>{_PROPER_POSSESSIVE}|{_COMMON}|{_PRONOUN})?[^:{_HIDE}]{{0,60}}?:\s*$")
_TITLE_CUE = re.compile(
    r"(?:titled|entitled|headlined|hashtag|slogan|motto|phrase|term|words|known as|so-called|"
    r"nicknamed|book|novel|film|movie|song|single|album|show|series|programme|program|"
    r"documentary|play|poem|article|column|op-ed|editorial|campaign|operation|sign|banner|"
    r"placard|t-shirt|shirt|poster|headline|chant|chanting|tagline|caption|"
    r"search(?:es|ed)?\s+(?:of|for)"  # a search query: 'a search of "X" yields'
    # a work's event: 'the opening of "Dancing the death drill"', 'a revival of "Evita"'
    r"|(?:opening|premiere|screening|staging|revival|production|performance|debut)\s+of)\W{0,3}$",
    re.I,
)
# a report's own title after where it ran: 'first published on Example.com "Mayor jailed"'
_PUBLISHED_IN = re.compile(
    r"\b(?:(?:first|originally)\s+(?:published|appeared|posted)|published|ran)\s+(?:first\s+)?(?:on|in)\s+(?:the\s+)?"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*$"
)
_TITLE_CUE_LOWER = lower_case_twin(_TITLE_CUE) or _TITLE_CUE  # (it holds no capital)
_SMALL = {
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "is",
    "as",
}


def _kind(inner: str, before: str) -> QuoteKind:
    tail = before.rstrip()[-40:]
    scanned = twin_text(tail)
    if (_TITLE_CUE.search(tail) if scanned is None else _TITLE_CUE_LOWER.search(scanned)) is not None:
        return "title"
    if _PUBLISHED_IN.search(tail):
        return "title"
    words = COMPOUND_WORD.findall(inner)
    big = [w for w in words if w.lower() not in _SMALL]
    if not 2 <= len(big) <= 12:  # (both tests below need it: most speech is longer)
        return "speech"
    capital = [w for w in big if w[0].isupper() or w[0].isdigit()]
    if (
        2 <= len(big) <= 12
        and "!" not in inner
        and "?" not in inner
        and len(capital) >= 0.75 * len(big)
        and words[-1] in capital
    ):
        return "title"  # "The Lord of the Rings", "The Hunger Games: Mockingjay — Part 1"
    if 3 <= len(big) <= 12 and len(capital) == len(big) and inner.rstrip(" ,.").endswith(("?", "!")):
        # a title asking or exclaiming: "What's Love Got to Do With It?", "Who Wants to Be
        # a Millionaire?"; speech in title case is rare, a question's every word capitalised rarer
        return "title"
    return "speech"


_IT_THIS_THAT = re.compile(r"(?i)(?:it|this|that)")
_LEAD_NAME = re.compile(rf"\s*(?P<np>{_PROPER}|{_COMMON})\s*:\s*$")  # "Captain Alex Lees:"


@dataclass
class _Cue:
    verb: str
    speaker: str | None
    start: int  # speaker start (joined offsets) when speaker found
    end: int
    at: int  # where the cue is, for "nearest"


def _cues(masked: str, lo: int, hi: int, near: int | None = None) -> list[_Cue]:
    """Attribution cues in ``masked[lo:hi]`` with their speakers; with ``near``, only those within
    ``_CUE_REACH`` characters of it (``near`` is ``lo`` or ``hi``: the quote's side)."""
    scan_lo, scan_hi = lo, hi
    if near is not None:
        scan_lo, scan_hi = max(lo, near - _CUE_REACH), min(hi, near + _CUE_REACH)
    starts, found = _cue_words(masked)
    first = bisect.bisect_left(starts, scan_lo)
    last = first
    while last < len(found) and found[last][1] <= scan_hi:
        last += 1
    if near is not None:  # the nearest few: the last ones before a quote, the first ones after it
        first, last = (
            (max(first, last - _CUE_COUNT), last) if near == hi else (first, min(last, first + _CUE_COUNT))
        )
    out: list[_Cue] = []
    for k in range(first, last):
        a, b, word, source = found[k]
        # what the speaker search reads: only these bounds, so a cue far from its region's ends
        # is worked out once however many quotes around it ask
        out.append(
            _cue(
                masked,
                a,
                b,
                word,
                source,
                hi if source else 0,
                max(lo, a - _NP_REACH),
                lo if a - lo <= _NP_REACH + 100 else -1,
                min(hi, b + _NP_REACH),
            )
        )
    return out


# The first word of every cue: _CUE is tried only where one of them starts a word (a regex of
# 200 alternatives tried at every character was the costliest step of the model-free rules).
_CUE_FIRST_WORDS = frozenset(w.lower() for w in _VERB_WORDS) | {
    re.match(r"[a-z]+", phrase).group() for phrase in (*_VERB_PHRASES, *_SOURCE_PATTERNS)
}
_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]+")
# In lower-case text, one scan finds the runs of letters that start like a first word (most
# words do not), instead of a Python set test per word; the set still decides the whole run. It
# reads the character before the run (the text is scanned with a space put before it), so the
# scan opens with a class and skips in C to the places after one that is no word character or
# hyphen, where a look-behind tried at every character cost a call of the matcher each.
_CUE_FIRST_WORD = re.compile(r"[^\w-](?=%s)([a-z]+)" % phrase_trie(sorted(_CUE_FIRST_WORDS)))


# _CUE's alternatives by their first word. After a run of ASCII letters that an ASCII character
# other than a letter follows, only the alternatives whose first word is that run can match (a
# shorter first word meets a letter where it needs a space or the end of a word, a longer one a
# character that is no letter), and an alternation whose other branches all fail answers as
# these alone would, in the same order: so ``_cue_starting(word)`` gives ``_CUE``'s match there.
# Tried with re.I, _CUE checks each of its 200 alternatives in turn at every cue word.
_CUE_BRANCHES: dict[str, tuple[list[str], list[str]]] = {}
for _group, _alternatives in (
    (0, _SOURCE_PATTERNS),
    (1, [*sorted(_VERB_WORDS, key=len, reverse=True), *_VERB_PHRASES]),
):
    for _alternative in _alternatives:
        _CUE_BRANCHES.setdefault(re.match(r"[a-z]+", _alternative).group(), ([], []))[_group].append(
            _alternative
        )


@lru_cache(maxsize=None)  # (one for each first word met, at most len(_CUE_FIRST_WORDS))
def _cue_starting(word: str) -> re.Pattern:
    source, verb = ("|".join(b) or "(?!)" for b in _CUE_BRANCHES[word])
    return re.compile(rf"(?<![\w-])(?:(?P<source>(?:{source}))|(?P<verb>(?:{verb})))(?![\w-])", re.I)


@lru_cache(maxsize=16)
def _cue_words(masked: str) -> tuple[list[int], list[tuple[int, int, str, bool]]]:
    """Every cue word of a text, found once: (starts, [(start, end, word, is a source)]), as
    ``_CUE.finditer`` would find them (left to right, none overlapping)."""
    found: list[tuple[int, int, str, bool]] = []
    end = 0
    # Its lower case has the same words at the same places (letters lowered, nothing else that
    # matters to the scan changed), except for the only two characters whose lower case is two
    # characters ("İ") or an ASCII letter (the Kelvin sign)
    if "\u0130" not in masked and "\u212a" not in masked:
        # (group 1 of the text with a space before it: its offsets are one past the text's)
        words = (
            (m.group(1), m.start(1) - 1, m.end(1) - 1) for m in _CUE_FIRST_WORD.finditer(" " + masked.lower())
        )
    else:
        words = ((m.group(), m.start(), m.end()) for m in _WORD_START.finditer(masked))
    for word, start, after in words:
        if word.lower() not in _CUE_FIRST_WORDS or start < end:
            continue
        if after < len(masked) and not masked[after].isascii():
            m = _CUE.match(masked, start)  # (re.I: "ſ" after "say" is an "s")
        else:
            m = _cue_starting(word.lower()).match(masked, start)
        if m:
            found.append((m.start(), m.end(), m.group(0), bool(m.group("source"))))
            end = m.end()
    return [f[0] for f in found], found


@lru_cache(maxsize=1 << 16)
def _cue(
    masked: str,
    a: int,
    b: int,
    word: str,
    source: bool,
    source_hi: int,
    subject_lo: int,
    apposition_lo: int,
    after_hi: int,
) -> _Cue:
    """The cue at ``masked[a:b]`` with its speaker, read within the bounds given."""
    if source:
        sm = _AFTER_SOURCE.match(masked, b, source_hi)
        if sm and COMPOUND_WORD.search(sm.group("np")):
            return _Cue(word.lower(), sm.group("np"), sm.start("np"), sm.end("np"), a)
        return _Cue(word.lower(), None, a, b, a)
    sm = _SUBJECT.search(masked, subject_lo, a)
    if sm and not _IT_THIS_THAT.fullmatch(sm.group("np")):
        return _Cue(word.lower(), sm.group("np"), sm.start("np"), sm.end("np"), a)
    sm = _SUBJECT_APPOSITION.match(masked, apposition_lo, a) if apposition_lo >= 0 else None
    if sm:
        return _Cue(word.lower(), sm.group("np"), sm.start("np"), sm.end("np"), a)
    om = _AFTER_VERB.match(masked, b, after_hi)
    low = word.lower()
    if om and low not in ("reading", "reads", "called", "calls", "dubbed") and low not in _PLURAL_PRESENT:
        return _Cue(word.lower(), om.group("np"), om.start("np"), om.end("np"), a)
    return _Cue(word.lower(), None, a, b, a)


# A court's verbs attribute only the words they close ('"...," the judge ruled.', '"...", Judge
# ordered on Monday'): before a quote, or with an object, they are no speech ("ordered a 'hit'",
# 'a "caliphate", a state ruled by one leader').
_COURT_VERBS = frozenset({"ruled", "ordered"})
_COURT_VERB_ENDS = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+(?:on|in|at|last|yesterday|today|this|earlier|later|from)\b", re.I
)


def _court_cues(masked: str, cues: list[_Cue], after: bool) -> list[_Cue]:
    """``cues`` less a court's verb that does not close the quote (see _COURT_VERBS)."""
    if not any(c.verb in _COURT_VERBS for c in cues):
        return cues
    return [
        c
        for c in cues
        if c.verb not in _COURT_VERBS
        or (after and _COURT_VERB_ENDS.match(masked, c.at + len(c.verb)) is not None)
    ]


def _best(cues: list[_Cue], near: int) -> _Cue | None:
    """A cue with a speaker, nearest the quote; speech verbs before "according to" sources."""
    if not cues:
        return None

    def rank(c: _Cue) -> tuple:
        is_source = _SOURCE_START.match(c.verb) is not None
        return (c.speaker is None, is_source, abs(c.at - near))

    return min(cues, key=rank)


def _attribute(bt: _BlockText, raw: _RawQuote, masked: str) -> Quote:
    """The quote, attributed from a cue in the sentences it touches (if there is one)."""
    first_k = bt.sentence_at(raw.start)
    last_k = bt.sentence_at(max(raw.start, raw.end - 1))
    lo, _ = bt.bounds(first_k)
    _, hi = bt.bounds(last_k)
    inner = bt.text[raw.inner_start : raw.inner_end]
    sentence_ids = tuple(s.index for s in bt.sentences[first_k : last_k + 1])
    cut = max(lo, raw.start - _CUE_REACH)
    before = masked[cut : raw.start]  # the text before the quote that can bear on it
    speaker = speaker_span = verb = None
    cue = _best(
        _court_cues(masked, _cues(masked, lo, raw.start, near=raw.start), after=False)
        + _court_cues(masked, _cues(masked, raw.end, hi, near=raw.end), after=True),
        raw.start,
    )
    if cue is not None:
        verb, speaker = cue.verb, cue.speaker
        if cue.speaker is not None:
            speaker_span = bt.span(cue.start, cue.end)
    elif before.rstrip().endswith(":"):
        # 'Putin: "..."'. The lead-in ends within 60 characters of the colon, so the search starts
        # at a word boundary _NP_REACH characters before that (a leftmost match never starts
        # earlier unless a name is longer than that).
        colon = cut + len(before.rstrip()) - 1
        start = max(lo, colon - 60 - _NP_REACH)
        if start > lo:
            gap = _NONSPACE_AFTER_SPACE.search(masked, start, colon)
            start = gap.start() if gap else colon
        cm = _COLON_LEAD.search(masked, start, raw.start)
        if cm:
            verb, speaker = ":", cm.group("np")
            if speaker:
                speaker_span = bt.span(cm.start("np"), cm.end("np"))
    kind = _kind(inner, before)
    if verb is None and raw.closed and kind == "speech":
        inverted = _inverted_cue(masked, raw.end, hi, inner)
        if inverted is not None:  # '"...", zei Olsters.'
            verb, speaker, (a, b) = inverted
            speaker_span = bt.span(a, b) if speaker else None
    if verb is None and kind == "speech":
        that = _that_cue(before) or _inciso_cue(inner)  # 'Elle ajouta que «...»', '«... —dijo—, ...»'
        if that is not None:
            verb = that[0]
    return Quote(
        sentence=sentence_ids[0],
        sentences=sentence_ids,
        text=inner.strip().rstrip(",;:").rstrip(),
        span=bt.span(raw.start, raw.end),
        speaker=speaker.strip() if speaker else None,
        speaker_span=speaker_span,
        verb=verb,
        mark=raw.mark,
        kind=kind,
        closed=raw.closed,
        via="sentence" if verb else "none",
    )


def _neighbour_cue(doc, sentence_ids, bt: _BlockText, masked: str, sides=("before", "after"), memo=None):
    """A cue in the sentence just before the quote (or a lead-in ending with a colon), or just
    after it. ``memo`` keeps each side's answer: every quote of a sentence asks about the same
    neighbours."""
    memo = {} if memo is None else memo
    for idx, side in ((sentence_ids[0] - 1, "before"), (sentence_ids[-1] + 1, "after")):
        if side not in sides:
            continue
        key = (id(bt), idx, side)
        if key not in memo:
            memo[key] = _side_cue(doc, idx, side, bt, masked)
        if memo[key] is not None:
            return memo[key]
    return None


def _side_cue(doc, idx: int, side: str, bt: _BlockText, masked: str):
    """``_neighbour_cue`` for one side: the cue in sentence ``idx``, or None."""
    if side == "before" and 0 < idx < len(doc.sentences) and _is_chrome(doc, doc.sentences[idx]):
        idx -= 1  # 'X told the BBC:' / 'Media playback is not supported' / '"Quote...'
    if not 0 <= idx < len(doc.sentences):
        return None
    s = doc.sentences[idx]
    # the neighbour's own text with its quotes hidden when it is in this block
    text = s.text
    if s.block == bt.sentences[0].block:
        a, b = bt.bounds(bt.position[idx])
        text = masked[a:b]
    else:
        text = _mask_quotes(text)
    if side == "before" and text.rstrip().rstrip(".").endswith(":"):
        c = _best(_court_cues(text, _cues(text, 0, len(text)), after=False), len(text))
        if c is not None:
            return c.verb, c.speaker, (doc.sub_span(s, c.start, c.end) if c.speaker else None)
        lead = _LEAD_NAME.match(text)
        if lead:
            return ":", lead.group("np"), doc.sub_span(s, lead.start("np"), lead.end("np"))
        return ":", None, None
    if s.block != bt.sentences[0].block and _block_kind(doc, s.block) in ("headline", "heading"):
        return None  # a title's "says" is not about a quote in the body
    if side == "after" and not (text.lstrip()[:1].islower() or len(text.split()) <= 6):
        # "The government said it had..." is a new statement, not "he said."; 'Das sagte ...' is
        return _said_so(text)
    cues = _court_cues(text, _cues(text, 0, len(text)), after=side == "after")
    c = _best(cues, len(text) if side == "before" else 0)
    if c is not None:
        return c.verb, c.speaker, (doc.sub_span(s, c.start, c.end) if c.speaker else None)
    if side == "before" and "," in text:  # '..., so Lindmayr: ...', '..., berichtet sie weiter.'
        tail = _tail_cue(text)
        if tail is not None:
            verb, speaker, (a, b) = tail
            return verb, speaker, (doc.sub_span(s, a, b) if speaker else None)
    return _lead_in(text) if side == "before" else None


_LATER_BLOCKS = 4  # a double quote left open runs on over at most this many more paragraphs
_LATER_MARK = re.compile(f'[{_DOUBLE_OPEN}{_DOUBLE_CLOSE}"]')


def _closed_later(doc, quote: Quote):
    """``(verb, speaker, span)`` for a double quote left open at its paragraph's end whose words run
    on, without a new opening mark, to a close in one of the next few paragraphs with its
    attribution right after it ('«...' / '...», — приводит слова <Name>.'); else None."""
    if quote.closed or quote.mark != '"' or quote.kind != "speech":
        return None
    block, blocks = doc.sentences[quote.sentences[-1]].block, 0
    for s in doc.sentences[quote.sentences[-1] + 1 : quote.sentences[-1] + 1 + 4 * _LATER_BLOCKS]:
        if s.block != block:
            block, blocks = s.block, blocks + 1
            if blocks > _LATER_BLOCKS:
                return None
        m = _LATER_MARK.search(s.text)
        if m is None:
            continue
        if m.group() in _DOUBLE_OPEN or (
            m.group() == '"' and (m.start() == 0 or s.text[m.start() - 1].isspace())
        ):
            return None  # a new quote opens first
        text = _mask_quotes(s.text[: m.end()]) + s.text[m.end() :]
        c = _best(_court_cues(text, _cues(text, m.end(), len(text), near=m.end()), after=True), m.end())
        if c is not None:
            return c.verb, c.speaker, (doc.sub_span(s, c.start, c.end) if c.speaker else None)
        inverted = _inverted_cue(text, m.end(), len(text), s.text[: m.start()])
        if inverted is None:
            return None
        verb, speaker, (a, b) = inverted
        return verb, speaker, (doc.sub_span(s, a, b) if speaker else None)
    return None


def _is_chrome(doc, s) -> bool:
    """A one-line paragraph without final punctuation: a caption or page furniture, which sits
    between a lead-in and its quote without breaking the link."""
    alone = sum(1 for x in doc.sentences[max(0, s.index - 1) : s.index + 2] if x.block == s.block) == 1
    return alone and _block_kind(doc, s.block) == "paragraph" and s.text.rstrip()[-1:].isalnum()


def _block_kind(doc, index: int) -> str | None:
    if 0 <= index < len(doc.blocks) and doc.blocks[index].index == index:
        return doc.blocks[index].kind
    return next((b.kind for b in doc.blocks if b.index == index), None)


def _mask_quotes(text: str) -> str:
    return _masked(text, _find_quotes(text))


# --- inverted attribution in other languages; titles set out as a list --------------------------

# '"...", zei Olsters.', '"...", dijo el técnico Aldana.', '«...», a déclaré Ferrand', '"...", sagte
# Brandlmeier': a quote closed by a comma, then a verb in lower case (with at most two more lower-case
# words) and a capitalised name. Words that open an English clause after a quote are no speech
# ('"...", while Moscow', '"...", referring to Brexit'); English speech verbs are cues already.
_NOT_INVERTED_VERB = frozenset(
    "and but or nor so yet then while whereas as when after before since until because if though "
    "although unless where which who whom whose that than the an of in on at to for from by with "
    "without into onto about over under between among against during including like unlike not "
    "is was are were be been has have had do does did will would can could should may might must "
    "it he she they we you his her their its our my this these those there here also just only "
    "even still now again ever already both either neither each every all some any no one two "
    # and the same clause openers of the languages read here ('"...", et il est parti')
    "et ou mais puis car donc de und oder aber dann weil dass wenn als wie en maar dan want dat "
    "y pero e ma poi mas que che quando cuando quand comme come como dan tetapi lalu".split()
)
_FRENCH_PAST = re.compile(r"[^\W\d_]+é|dit|écrit|répondu|reconnu|admis|soutenu|prévenu")
# a verb with its speaker in one word: French '-t-il' and 'dit-elle', Indonesian and Malay '-nya'
# a verb in the third person of the past by its ending alone, as a quote's inverted credit
# ends with it ('"...", garantizó.', '"...", sublinhou.', '"...", ha puntualizzato'): Spanish
# "-ó", Portuguese "-ou"/"-eu"/"-iu", a participle after an auxiliary ("-ado", "-ido", "-ato")
_ROMANCE_PAST = re.compile(r"[^\W\d_]{3,}(?:ó|ou|eu|iu)")
_ROMANCE_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:ado|ido|ato|uto|ito)")
_CLITIC_SPEAKER = re.compile(r"[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles|on)|[a-z]{2,}nya")
_PARTICLES = frozenset("van von de der den da di del dos du la le".split())
_INVERTED_REACH = 80
_COMMA_CLOSE = re.compile(r"\s*,\s*")
_COMMA_DASH_CLOSE = re.compile(r"\s*,\s*[–—-]\s+")  # Russian and Ukrainian: '«...», — сказал он'
_SPACE_ONLY = re.compile(r"\s+")
_COMMA = re.compile(r",")
_DASH_CLOSE = re.compile(r"\s+[–—-]\s+")
_ENDS = re.compile(r"[\s.!?…]*$")  # what may follow a sentence's own inverted attribution


@lru_cache(maxsize=1)
def _foreign() -> dict:
    """The word lists of ``data/quote_cues.yaml`` (read on the first quote no English cue attributes),
    with the pattern of a complementiser right before a quote."""
    import yaml

    # the C loader on the text, as the other data files: the startup cache keeps what it read
    raw = yaml.load(
        (Path(__file__).resolve().parent / "data" / "quote_cues.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    cues = {key: frozenset(words) for key, words in raw.items()}
    cues["first_person_endings"] = tuple(raw["first_person_endings"])  # type: ignore[assignment]
    words = "|".join(re.escape(w) for w in sorted(cues["complementisers"], key=lambda w: (-len(w), w)))
    # '<verb>(,) que «', 'qu’«': the verb before it is read as the cue
    cues["that"] = re.compile(rf"(?:(?<![\w'’-])(?P<verb>[^\W\d_]+)\s*,?\s+)?(?:{words})\s*$")
    return cues


def foreign_speech_verbs() -> frozenset[str]:
    """The common speech verbs of ``data/quote_cues.yaml`` ("dijo", "sagte", "powiedział")."""
    return _foreign()["speech_verbs"]


def foreign_pronouns() -> frozenset[str]:
    """Other languages' subject pronouns of ``data/quote_cues.yaml`` ("er", "elle", "ella")."""
    return _foreign()["pronouns"]


def in_first_person(text: str) -> bool:
    """``text`` holds a first-person word of a language the data knows ("I", "we", "nosotros",
    "wir", "nous", Polish "dowiedzieliśmy"): someone speaks of themselves."""
    cues = _foreign()
    words, endings = cues["first_person"], cues["first_person_endings"]
    for w in COMPOUND_WORD.finditer(text):
        word = w.group()
        if word.isupper() and len(word) > 1:
            continue  # "US", "EU", "NOS": an abbreviation, not a pronoun
        low = word.lower()
        if low in words or low.endswith(endings):
            return True
        head, mark, _ = low.replace("’", "'").partition("'")
        if mark and f"{head}'" in words:  # "j'ai", "I'm" as one word
            return True
    return False


def _name_after(words: list[re.Match], k: int) -> list[re.Match]:
    """The capitalised words (with name particles) from ``words[k]`` on."""
    name: list[re.Match] = []
    for w in words[k:]:
        if w.group()[0].isupper():
            name.append(w)
        elif w.group() not in _PARTICLES or not name:
            break
    return name


def _inverted_cue(masked: str, end: int, hi: int, inner: str, tail: bool = False):
    """``(verb, speaker, (start, end))`` when the quote ending at ``end`` is followed by a comma
    (or closed on one), a lower-case verb and a name, a pronoun or an article and a role noun
    ('señaló el portavoz'), or a verb that holds its speaker ("a-t-il", "ujarnya": speaker None),
    or a source word and a name ('so Lindmayr'), or one of the common speech verbs of
    ``data/quote_cues.yaml`` whatever follows it, after a dash too ('„...” – dodaje.'); else None.
    With ``tail``, ``end`` is a comma of a sentence without a quote, and only a source word and a
    name, or a verb and a pronoun or a listed verb and a name that end the sentence, count
    ('..., berichtet sie weiter.', '..., dodał.')."""
    clause = _clause_after(masked, end, hi, inner, tail)
    if clause is None:
        return None
    words, dash = clause
    if _CLITIC_SPEAKER.fullmatch(words[0].group()):  # '"...", a-t-il ajouté', 'ujarnya'
        return words[0].group().lower(), None, (words[0].start(), words[0].end())
    cues = _foreign()
    if not words[0].group()[0].islower() or (
        len(words) < 2 and not _a_speech_verb(words[0].group().lower(), cues, tail or dash)
    ):
        return None
    if words[0].group() in cues["sources_after_comma"]:  # '"...", so Lindmayr.'
        name = _name_after(words, 1)
        if name and len(name) == len(words) - 1 and len(name) <= 4:
            return (
                words[0].group(),
                masked[name[0].start() : name[-1].end()],
                (name[0].start(), name[-1].end()),
            )
        role = _source_role(masked, words, hi, cues)
        if role is not None:  # '„...“, so der Hafenmeister.'
            return role
    words = _past_auxiliary(words, cues)
    low = words[0].group().lower()
    if low in _NOT_INVERTED_VERB or low in cues["not_speech"] or low.endswith("ing") or len(low) < 2:
        return None
    listed = _a_speech_verb(low, cues, tail or dash)
    if dash and not listed:
        return None
    for k in (1, 2):  # '"...", zei hij', 'sagte sie am Abend', 'vertelde hij de buren'
        if k >= len(words) or not words[k].group()[0].islower():
            break
        if words[k].group() in cues["pronouns"]:
            if tail and (len(words) > k + 3 or not _ENDS.match(masked, words[-1].end(), hi)):
                return None
            return low, words[k].group(), (words[k].start(), words[k].end())
    if tail:
        return _tail_speaker(masked, hi, words, low) if listed else None
    return _speaker_after(masked, words, low, listed, cues)


def _a_speech_verb(low: str, cues: dict, listed_only: bool) -> bool:
    """A listed speech verb, or right after a quote's closing comma (``listed_only`` for a clause
    of a sentence without a quote, '..., visitó la zona.', or after a dash or nothing: '“...”
    quedó escrito') a verb of the past whose ending says so."""
    if low in cues["speech_verbs"]:
        return True
    return not listed_only and bool(_ROMANCE_PAST.fullmatch(low) or _ROMANCE_PARTICIPLE.fullmatch(low))


def _source_role(masked: str, words: list[re.Match], hi: int, cues: dict):
    """A source word, a definite article and a capitalised role noun that end the clause ('„...“,
    so der Hafenmeister.', 'so die Ministerin am Abend'): the German way to credit a speaker by
    role. (Not English "so the board met": the article must be one the data lists for it.)"""
    if len(words) < 3 or words[1].group() not in cues["source_articles"] or not words[2].group()[0].isupper():
        return None
    if len(words) > 5 or not _ENDS.match(masked, words[-1].end(), hi):
        return None
    return words[0].group(), f"{words[1].group()} {words[2].group()}", (words[1].start(), words[2].end())


# a speech verb set off by dashes inside the quote, as Spanish and Portuguese interrupt a quote to
# credit it: '«Nunca vimos algo así —afirmó el ministro—, y tardaremos meses»'
_INCISO = re.compile(r"[—–]\s*(?P<verb>[^\W\d_]+)")


def _inciso_cue(inner: str):
    """``(verb, None, None)`` for a quote whose words are interrupted by a dash and a listed speech
    verb in lower case (the speaker is named right after it, or in the sentence before)."""
    for m in _INCISO.finditer(inner):
        verb = m.group("verb")
        if verb[0].islower() and verb in _foreign()["speech_verbs"]:
            return verb, None, None
    return None


def _clause_after(masked: str, end: int, hi: int, inner: str, tail: bool):
    """(the words of the clause after a quote's closing comma or dash, whether a dash) or None."""
    rest_hi = min(hi, end + _INVERTED_REACH)
    # a dash closes the quote ('„...” – mówi', Russian '«...», — сказал') or nothing does ('“...”
    # analizó Vessel.'): then only a listed verb attributes it
    dash = None if tail else _COMMA_DASH_CLOSE.match(masked, end, rest_hi)
    comma = dash or _COMMA_CLOSE.match(masked, end, rest_hi)
    if comma is None and not tail and not inner.rstrip().endswith(","):
        dash = _DASH_CLOSE.match(masked, end, rest_hi) or _SPACE_ONLY.match(masked, end, rest_hi)
    if comma is None and dash is None and not inner.rstrip().endswith(","):
        return None
    at = (comma or dash).end() if comma or dash else end
    words: list[re.Match] = []
    for w in COMPOUND_WORD.finditer(masked, at, rest_hi):
        if w.start() != at and not _SPACE_ONLY.fullmatch(masked, at, w.start()):
            break  # punctuation between: the clause ended
        words.append(w)
        at = w.end()
        if len(words) == 8:
            break
    return (words, dash is not None) if words else None


def _past_auxiliary(words: list[re.Match], cues: dict) -> list[re.Match]:
    """The words from the participle on after an auxiliary: 'a (aussi) déclaré', 'ha detto',
    'a declarat'."""
    if words[0].group() == "a":  # « ... », a (aussi) déclaré Ferrand
        j = 1
        while j < len(words) - 1 and j <= 2 and words[j].group() in cues["french_adverbs"]:
            j += 1
        # (and Romanian: 'a declarat', a listed participle)
        participle = words[j].group()
        return (
            words[j:] if _FRENCH_PAST.fullmatch(participle) or participle in cues["speech_verbs"] else words
        )
    if words[0].group() in cues["auxiliaries"] and len(words) > 1 and words[1].group()[0].islower():
        if (
            len(words) > 2
            or words[1].group() in cues["speech_verbs"]
            or _ROMANCE_PARTICIPLE.fullmatch(words[1].group())
        ):
            return words[1:]  # '"...", ha detto il sindaco', '«...», ha detto.' (the speaker before)
    return words


def _tail_speaker(masked: str, hi: int, words: list[re.Match], low: str):
    """A listed verb ending a sentence, with the name after it or alone ('..., zegt Maartens.',
    '..., dodał.')."""
    if len(words) > 5 or not _ENDS.match(masked, words[-1].end(), hi):
        return None
    name = _name_after(words, 1)
    if name and len(name) == len(words) - 1:
        return low, masked[name[0].start() : name[-1].end()], (name[0].start(), name[-1].end())
    return (low, None, (words[0].start(), words[0].end())) if len(words) <= 3 else None


def _speaker_after(masked: str, words: list[re.Match], low: str, listed: bool, cues: dict):
    """The speaker after an inverted verb: a name past at most three lower-case words, an article
    and a role noun ('señaló el portavoz', 'disse a delegada'), or none after a listed verb."""
    k = 1
    while k < len(words) and k <= 3 and words[k].group()[0].islower():
        k += 1
    name = _name_after(words, k)
    if name and len(name) <= 4:
        return low, masked[name[0].start() : name[-1].end()], (name[0].start(), name[-1].end())
    bare = (low, None, (words[0].start(), words[0].end())) if listed and not name else None
    if name or len(words) < 3:
        return bare
    article, noun = words[1].group(), words[2].group()
    if (
        noun[0].islower()
        and noun.isalpha()
        and (
            article in cues["articles"]
            or (article in cues["feminine_articles"] and noun.endswith(("a", "as")))
        )
    ):
        return low, f"{article} {noun}", (words[1].start(), words[2].end())
    return bare  # '"...", uppger räddningstjänsten', '„...” – dodaje.'


def _that_cue(before: str):
    """``(verb, None, None)`` when the text before a quote ends with another language's "that"
    ('Elle ajouta que «...»', 'Er sagte, dass "..."'), the verb being the word before it."""
    m = _foreign()["that"].search(before)
    if m is None:
        return None
    verb = (m.group("verb") or "").lower()
    if verb and (verb in _NOT_INVERTED_VERB or verb in _foreign()["not_speech"]):
        return None
    return verb or m.group().strip(), None, None


def _said_so(text: str):
    """``(verb, None, None)`` for a sentence that opens by saying who said the quote before it
    ('Das sagte <Name> am Freitag.', 'Lo ha detto l’assessore <Name>', 'Così lo ha spiegato')."""
    words = [w.group() for w in itertools.islice(COMPOUND_WORD.finditer(text), 5)]
    if not words or words[0].lower() not in _foreign()["said_so_openers"]:
        return None
    verb = next((w.lower() for w in words[1:] if w.lower() in _foreign()["speech_verbs"]), None)
    return (verb, None, None) if verb else None


def _lead_in(text: str):
    """``(verb, None, None)`` for a sentence that leads into the quote after it with a speech verb
    of another language ('El técnico reconoció la derrota. “...”', 'Sul sito il sindaco scrive
    poche righe. “...”'), as an English speech verb in it does; not with a listed verb that is also
    a common word of another kind ('sa', 'conta'); or that opens with another language's "according
    to" and its source ('De acordo com Tavares, ...')."""
    cues = _foreign()
    words = [w.group().lower() for w in COMPOUND_WORD.finditer(text)]
    for low in words:
        if low in cues["speech_verbs"] and low not in cues["not_lead_in"]:
            return low, None, None
    head = " ".join(words[:3])
    source = next((p for p in cues["sources_opening"] if f"{head} ".startswith(f"{p} ")), None)
    if source is not None and "," in " ".join(text.split()[: source.count(" ") + 6]):
        return source, None, None  # 'De acordo com Tavares, ...', 'Según el alcalde, ...'
    return None


def _tail_cue(text: str):
    """A sentence's own inverted attribution, for the quote that follows it: ', so <Name>'
    anywhere ('..., so Lindmayr: the rest reported'), or a verb and a pronoun that end it
    ('..., berichtet sie weiter.', '..., zei hij.')."""
    for comma in _COMMA.finditer(text):
        cue = _inverted_cue(text, comma.start(), len(text), "", tail=True)
        if cue is not None:
            return cue
    return None


# "...in «A», «B» e in «C».", 'films such as "A" and "B"': quotes joined only by a comma or an
# "and" of several languages are names in a list; '“A” (J. Doe, 1985)': a work with its year.
_LIST_GAP = re.compile(
    r"\s*(?:[,;]\s*(?:(?:and|or|e|ed|o|y|et|ou|und|oder|en|of)\s+)?|\s+(?:and|or|e|ed|o|y|et|ou|und|oder|en|of)\s+)"
    r"(?:(?:in|en|im|au|à|a)\s+)?",
    re.I,
)
_YEAR_AFTER = re.compile(r"\s*\([^()\n]{0,40}?\b(?:1[89]\d\d|20\d\d)\s*\)")


def _listed_titles(found: list, result: list[Quote]) -> list[Quote]:
    """Unattributed quotes that are names in a list or a work with its year become titles."""
    for i, (bt, raw, _) in enumerate(found):
        if result[i].attributed or result[i].kind != "speech":
            continue
        listed = _YEAR_AFTER.match(bt.text, raw.end) is not None
        for j in (i - 1, i + 1):
            if listed or not 0 <= j < len(found) or found[j][0] is not bt:
                continue
            a, b = (found[j][1].end, raw.start) if j < i else (raw.end, found[j][1].start)
            listed = _LIST_GAP.fullmatch(bt.text, a, b) is not None
        if listed:
            result[i] = replace(result[i], kind="title")
    return result


# 'After each tour it comes back to one thing, "What am I touring for?"': in a paragraph told in
# the first person (an interview's answer, a column), a short question in the first person is the
# teller's own question to themself, not somebody else's words left without a speaker
_TELLER = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|ll|d)|me|my|myself)(?![\w'’-])")
_ASKER = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|ll|d)|me|my|myself|we|us|our)(?![\w'’-])")
_OWN_QUESTION_WORDS = 12


def _own_questions(found: list, result: list[Quote]) -> list[Quote]:
    """Unattributed short questions in the first person inside a first-person paragraph: the
    teller's own (verb "asked", no speaker named)."""
    for i, (_, _, masked) in enumerate(found):
        q = result[i]
        if q.attributed or q.kind != "speech" or not q.text.endswith("?") or q.words > _OWN_QUESTION_WORDS:
            continue
        if _ASKER.search(q.text) and _TELLER.search(masked):  # (masked: the quotes' words hidden)
            result[i] = replace(q, verb="asked", via="sentence")
    return result

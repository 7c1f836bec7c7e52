"""The analysis, sentence by sentence: labels, name chunks, roles, plain mentions, events; then
where each sentence stands among the paragraphs, and the linking into entities."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import attrgetter

from factlint.linter.document import Document, Sentence, Span

from ..lexicon import Lexicon, extension_paths, load_lexicon
from ..text import word_tokens
from ..words import STOPWORDS
from .chunks import NameReader, find_chunks, merge_demonyms
from .events import find_events
from .labels import Label, find_labels, quote_mask
from .linking import link_entities
from .model import Mentions
from .roles import add_role, introduce
from .state import SentenceWork
from .vocabulary import MAX_PARAGRAPH_SENTENCES, NEVER_NAMES, SPEECH_AFTER_NAME

_PROSE = ("paragraph", "quote", "list_item")
_START = attrgetter("start")


def compute(doc: Document, ctx) -> Mentions:
    """The mentions of ``doc`` (shared analysis: call as ``ctx.analysis(compute)``)."""
    extra = getattr(getattr(ctx, "settings", None), "extra", {}) or {}
    paths = extension_paths(extra)  # a newsroom's own lists: files the app reads for the run
    lexicon = ctx.resources.load("lexicon", paths) if paths else load_lexicon()
    return Extractor(doc, lexicon).run()


def _positions(doc: Document, out: Mentions, prose) -> None:
    """Paragraph numbers, and each sentence's place in paragraphs (see ``Mentions.position``)."""
    out._paragraph_no = {b.index: n for n, b in enumerate(prose, 1)}
    by_block: dict[int, list[int]] = {}
    for s in doc.sentences:
        by_block.setdefault(s.block, []).append(s.index)
    units = 0
    first = None
    for block in prose:
        indices = by_block.get(block.index, [])
        if first is None and indices:
            first = indices[0]
        if len(indices) > MAX_PARAGRAPH_SENTENCES or (len(prose) == 1 and len(indices) > 2):
            out._unparagraphed.add(block.index)
            for j, i in enumerate(indices):
                out._position[i] = units + 1 + j // 2
            units += (len(indices) + 1) // 2
        else:
            units += 1
            for i in indices:
                out._position[i] = units
    out._first_prose_sentence = first or 0


def _sentence_case(tokens) -> bool:
    """A headline written as a sentence (its content words in lower case, names and titles
    aside) reads like story text, so its names and titles are as reliable as a paragraph's: a
    plain-text article's first line is taken as its headline, and is often the lede ("French
    Finance Minister Omar Haddad presented the budget on Tuesday."). Title case leaves only small
    words in lower case ("Minister Meets Unions With Hopes of a Deal"). One such word is enough
    in a line closed by a full stop, which a title-case headline seldom has ("Prime Minister
    Ana Ruiz met the strikers on Monday.")."""
    lower = [t for t in tokens[1:] if t.is_word and not t.cap and len(t.text) > 3 and t.low not in STOPWORDS]
    return len(lower) >= 2 or (len(lower) == 1 and tokens[-1].text == ".")


def _title_case_line(doc: Document, sentence: Sentence) -> bool:
    """Short lines with no closing stop, standing as a paragraph or run together with the
    page's furniture ("Updated" / "Nevada Governor Declares Counties Disaster Areas"): a headline
    or heading written as a paragraph."""
    text = sentence.text.strip()
    if not text or text[-1] in '.!?"”’:;,':
        return False  # (nearly every sentence of copy ends so)
    lines = text.split("\n")
    return (
        "," not in text
        and ";" not in text  # (a team's line-up is a list of names, not a heading)
        # every word of four letters or more capitalised ("Jos Buttler is with Mumbai" is a line
        # of copy)
        and not any(t.is_word and not t.cap and len(t.text) > 3 for t in word_tokens(text))
        and all(len(line) <= 90 for line in lines)
        and (len(lines) > 1 or text in (line.strip() for line in doc.blocks[sentence.block].text.split("\n")))
    )


def _known_names(labels: list[Label]) -> set[str]:
    names: set[str] = set()
    for label in labels:
        names.add(label.value.lower())
        if label.also:
            names.add(label.also.lower())
    return names


class Extractor:
    def __init__(self, doc: Document, lexicon: Lexicon):
        self.doc = doc
        self.lex = lexicon
        self.out = Mentions(doc, lexicon)
        self.reader = NameReader(doc.sentences, lexicon)
        self._prose: str | None = None  # (the story's text, made for the first place-forename test)

    def span_of(self, sentence: Sentence, start: int, end: int) -> Span:
        """Span in the file of sentence-relative offsets (through the loader's character map)."""
        return self.doc.sub_span(sentence, start, end)

    def run(self) -> Mentions:
        prose = [b for b in self.doc.blocks if b.kind in _PROSE]
        _positions(self.doc, self.out, prose)
        kinds = {b.index: b.kind for b in self.doc.blocks}
        for sentence in self.doc.sentences:
            tokens = word_tokens(sentence.text)
            if (
                kinds.get(sentence.block) in ("headline", "heading") or _title_case_line(self.doc, sentence)
            ) and not _sentence_case(tokens):
                # Headlines are often title case: every word capitalised, names unreliable. Their
                # known names still count as mentioned (for set-up), but they add no mentions.
                self.out._seen.append(_known_names(find_labels(tokens, self.lex)))
            else:
                self.out._seen.append(self._sentence(sentence, tokens) if tokens else set())
        link_entities(self.out, self.doc, self.span_of)
        return self.out

    def _place_as_forename(self, tokens, label: Label, labels: list[Label], first_word: int) -> bool:
        """A one-word place that opens a two-word name whose second word the story also writes
        alone is that person's forename ("Santiago Roe ... Roe said", "Jordan Hale ... Hale"),
        not the place; a place's own word ("Jordan Valley") is never written alone so, and a
        team's is written after "the"."""
        a, k = label.a, label.b
        if label.kind != "place" or k != a + 1 or k >= len(tokens) or not tokens[a].cap:
            return False
        if any(other.a == k for other in labels) or not self.reader.name_token(tokens, k, first_word):
            return False  # (a known word after it: "Chile Foreign Ministry")
        if k + 1 < len(tokens) and tokens[k + 1].cap:
            return False  # (a longer run: "Jordan Times Online")
        if a > first_word and tokens[a - 1].cap and not any(o.b == a and o.kind == "title" for o in labels):
            return False  # (the end of a longer capitalised name: "West Jordan Hale" is no forename)
        if self._prose is None:
            self._prose = "\n".join(s.text for s in self.doc.sentences)
        surname = tokens[k].text
        # (alone, not after "the": "the Rangers" after "Texas Rangers" is a team's name)
        named = self._prose.count(f"{tokens[a].text} {surname}") + self._prose.count(f"the {surname}")
        return self._prose.count(surname) > named + self._prose.count(f"The {surname}")

    def _sentence(self, sentence: Sentence, tokens) -> Callable[[], set[str]]:
        """Add the sentence's mentions and events; what it mentions, for later set-up checks."""
        # the document's own sub_span (not this extractor's): a mention keeps it to work out its
        # span later, and must not keep the extractor (and through it every mention) alive
        w = SentenceWork(sentence, tokens, quote_mask(sentence.text, tokens), self.reader, self.doc.sub_span)
        # (the first token is a word in nearly every sentence)
        first_word = 0 if tokens[0].is_word else next((k for k, t in enumerate(tokens) if t.is_word), 0)
        labels = find_labels(tokens, self.lex)
        labels = [
            lab
            for lab in labels
            if not (
                # (each test holds for one kind of label only)
                _title_as_surname(tokens, lab, labels, self.reader, first_word)
                or _title_in_a_body_name(tokens, lab)
                if lab.kind == "title"
                else _alias_in_a_body_name(tokens, lab, labels)
                if lab.kind == "org"
                else lab.kind == "place" and self._place_as_forename(tokens, lab, labels, first_word)
            )
        ]
        w.cover(labels)
        labels = merge_demonyms(tokens, labels, w.covered, self.reader, first_word)
        chunks, swallowed = find_chunks(tokens, w.covered, self.reader, first_word)
        labels = [label for label in labels if label not in swallowed]
        w.cover(chunks)
        seen = partial(_seen_words, tokens, w.covered, labels, chunks)  # (made when asked)
        for label in labels:  # roles first: they claim the names they are attached to
            if label.kind == "title":
                add_role(w, label)
        for label in labels:
            if label.kind == "honorific":
                _honorific(w, label)
            elif label.kind in ("place", "org", "source"):
                w.add(label.kind, label.a, label.b, name=label.value, jurisdiction=label.value)
        for chunk in chunks:
            if chunk.a not in w.used_chunks:
                kind = self.reader.chunk_kind(tokens, chunk)
                m = w.add(kind, chunk.a, chunk.b, name=chunk.value)
                if kind in ("person", "name"):
                    introduce(w, chunk, m)
        self.out.events.extend(find_events(sentence, tokens, w.in_quote, self.span_of))
        w.mentions.sort(key=_START)
        self.out.mentions.extend(w.mentions)
        return seen


# Titles that are also common surnames ("Brett King told", "Julie Bishop said", "John Major").
_TITLE_SURNAMES = frozenset({"king", "bishop", "pope", "prince", "judge", "major", "dean", "marshal"})


def _title_as_surname(tokens, label: Label, labels: list[Label], reader: NameReader, first_word: int) -> bool:
    """A capitalised title right after a forename and before no name is that person's surname
    ("Brett King told a newspaper"), not an office ("King Charles", "Saudi King Salman"); so is
    one that speaks alone ("..., Sultan said.")."""
    a = label.a
    if not (label.kind == "title" and label.b == a + 1 and tokens[a].cap) or any(
        other.b == a for other in labels
    ):
        return False  # (a demonym or place before it: "Saudi King")
    if _bare_title_speaks(tokens, a, first_word):
        return True
    if a == 0 or tokens[a].low not in _TITLE_SURNAMES:
        return False
    if not reader.name_token(tokens, a - 1, first_word):
        return False
    return label.b >= len(tokens) or not tokens[label.b].cap


# The nouns that end a body's name ("... Soccer League", "... Labour Union").
_BODY_NAME_ENDS = frozenset(
    """league union association federation council board committee commission confederation
    society institute foundation syndicate alliance coalition guild chamber agency authority""".split()
)


def _title_in_a_body_name(tokens, label: Label) -> bool:
    """A capitalised title that opens a run of capitalised words ending in a body's noun is a
    word of the body's name ("the Premier Soccer League", "the General Labour Union"), not an
    office whose holder the next words name."""
    if label.kind != "title" or not tokens[label.a].cap:
        return False
    k = label.b
    while k < len(tokens) and k - label.b < 4 and tokens[k].is_word and tokens[k].cap:
        k += 1
    return k > label.b and tokens[k - 1].low in _BODY_NAME_ENDS


# (and the other nouns that end an international body's name: "... Labour Organization")
_LONG_BODY_ENDS = _BODY_NAME_ENDS | frozenset("organization organisation bank fund programme office".split())


def _alias_in_a_body_name(tokens, label: Label, labels: list[Label]) -> bool:
    """A known body's short name inside a longer capitalised name that ends in a body's noun is a
    word of that other body's name ("the Kell Labour Union" holds "Labour", not the party): a
    capitalised word before it and one to four after it, the last a body's noun, none of them
    another known phrase's."""
    a, b = label.a, label.b
    if a == 0 or not (tokens[a - 1].is_word and tokens[a - 1].cap) or tokens[b - 1].low in _LONG_BODY_ENDS:
        return False
    k = b
    while k < len(tokens) and k - b < 4 and tokens[k].is_word and tokens[k].cap:
        k += 1
    if k == b or tokens[k - 1].low not in _LONG_BODY_ENDS:
        return False
    return not any(other is not label and other.a < k and other.b > a - 1 for other in labels)


def _bare_title_speaks(tokens, a: int, first_word: int) -> bool:
    """ "..., Sultan said.": copy never writes an office bare (no "the", no name) as a speaker,
    so a capitalised title that speaks alone is a surname."""
    if not (a == first_word or tokens[a - 1].text in (",", ";", '"', "”", "’")):
        return False
    return a + 1 < len(tokens) and tokens[a + 1].low in SPEECH_AFTER_NAME


def _honorific(w: SentenceWork, label: Label) -> None:
    """ "Mr Putin": the name after an honorific is a person's."""
    nxt = label.b + (1 if label.b < len(w.tokens) and w.tokens[label.b].text == "." else 0)
    chunk = w.chunk_at(nxt)
    if chunk is not None and chunk.a not in w.used_chunks:
        w.used_chunks[chunk.a] = w.add("person", chunk.a, chunk.b, name=chunk.value, link="honorific")


def _seen_words(tokens, covered: list[Label | None], labels: list[Label], chunks: list[Label]) -> set[str]:
    """What a sentence mentions, for later set-up checks: capitalised words (not titles), known
    places, organisations and sources (canonical and as written) and name chunks. (Made when
    first asked, from the sentence's labels as the pass left them: nothing changes them after.)"""
    seen: set[str] = set()
    for k, t in enumerate(tokens):
        if (
            t.cap  # (first: most tokens are not capitalised)
            and t.is_word
            and t.low not in NEVER_NAMES
            and not (covered[k] is not None and covered[k].kind == "title")
        ):
            seen.add(f"word:{t.low}")
    for label in labels:
        if label.kind in ("place", "org", "source"):
            seen |= _known_names([label])
            seen.add(" ".join(t.key for t in tokens[label.a : label.b]).lower())
    seen.update(chunk.value.lower() for chunk in chunks)
    return seen

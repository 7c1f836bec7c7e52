"""Direct quotes of the article looked up in its sources (FL303): ``quote_checks``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factlint.linter.document import Document, Span

from .source_entries import Source, sources
from .text import WORD_RUN

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.rule import Context


_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")  # omissions and editorial insertions


def normal_tokens(text: str) -> list[str]:
    """Words as a quote check compares them: NFKC, case-folded, punctuation and spacing ignored."""
    return [t.casefold() for t in WORD_RUN.findall(unicodedata.normalize("NFKC", text).replace("_", " "))]


@dataclass
class _Index:
    """A source's words in order, joined by single spaces, with where each came from."""

    source: Source
    joined: str
    starts: list[int]  # joined offset of each token
    places: list[tuple[int, int, int]]  # (sentence index, local start, local end)

    def span(self, first: int, last: int) -> Span:
        s1, a, _ = self.places[first]
        s2, _, b = self.places[last]
        doc = self.source.doc  # sentence text is not file text (markup): map through the doc
        return self.source.span(
            doc.file_offset(doc.sentences[s1], a), doc.file_offset(doc.sentences[s2], b, end=True)
        )

    def token_at(self, offset: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _index(source: Source) -> _Index:
    parts, starts, places = [], [], []
    pos = 0
    for s in source.doc.sentences:
        text = unicodedata.normalize("NFKC", s.text) if not s.text.isascii() else s.text
        same_length = len(text) == len(s.text)
        for m in WORD_RUN.finditer(text.replace("_", " ")):
            starts.append(pos)
            token = m.group().casefold()
            parts.append(token)
            pos += len(token) + 1
            a, b = (m.start(), m.end()) if same_length else (0, len(s.text))
            places.append((s.index, a, b))
    return _Index(source, " ".join(parts), starts, places)


@dataclass(frozen=True)
class QuoteCheck:
    """One direct quote of the article, looked up in the sources."""

    quote: Any  # analysis.quotes.Quote
    found: bool
    covers: tuple[int, ...]  # article sentences the quote makes up most of
    closest: str = ""  # the closest source passage (when not found)
    closest_source: Source | None = None
    closest_span: Span | None = None
    similarity: float = 0.0  # 0-100, rapidfuzz partial ratio of the closest passage


def quote_parts(text: str) -> list[list[str]]:
    """The quote's word runs between omissions ("...", "…") and editorial insertions ("[he]")."""
    return [toks for piece in _ELLIPSIS.split(text) if (toks := normal_tokens(piece))]


def find_parts(parts: list[list[str]], index: _Index, max_gap: int = 400) -> bool:
    """Do the runs occur in the source in order, each within ``max_gap`` words of the last?"""
    hay = f" {index.joined} "
    head = f" {' '.join(parts[0])} "
    start = 0
    while (first := hay.find(head, start)) != -1:
        end = first + len(head) - 1  # the space after the run: the next run may start there
        for part in parts[1:]:
            needle = f" {' '.join(part)} "
            hit = hay.find(needle, end)
            if hit == -1 or hay.count(" ", end, hit) > max_gap:
                break
            end = hit + len(needle) - 1
        else:
            return True
        start = first + 1
    return False


def checked_quotes(doc: Document, ctx: "Context") -> list[Any]:
    """The article's quotes FL303 checks: words in double quotes that are speech, not a title,
    and either at least ``QUOTE_MIN_WORDS`` long or attributed in their own sentence ('called it
    "inhumane"'). A short quote with no speaker in its sentence is usually a scare quote
    (the "plan"), even when a neighbouring sentence names a speaker."""
    from factlint.analysis.quotes import quotes

    return [
        q
        for q in ctx.analysis(quotes)
        if q.kind == "speech"
        and q.mark == '"'
        and quote_parts(q.text)
        and (q.words >= QUOTE_MIN_WORDS or (q.attributed and q.via == "sentence"))
    ]


QUOTE_MIN_WORDS = 4


def quote_checks(doc: Document, ctx: "Context") -> list[QuoteCheck]:
    """The shared analysis: each checked quote of ``doc`` looked up in every source."""
    srcs = ctx.analysis(sources)
    if not srcs:
        return []
    indexes = [_index(s) for s in srcs]
    out = []
    for q in ctx.analysis(checked_quotes):
        parts = quote_parts(q.text)
        covers = _covered(doc, q)
        if any(find_parts(parts, ix) for ix in indexes):
            out.append(QuoteCheck(q, True, covers))
            continue
        out.append(_closest(q, covers, parts, indexes))
    return out


def _covered(doc: Document, q: Any) -> tuple[int, ...]:
    """Article sentences at least half made of this quote."""
    out = []
    for i in q.sentences:
        s = doc.sentences[i]
        overlap = min(q.span.end, s.span.end) - max(q.span.start, s.span.start)
        if overlap >= 0.5 * max(1, s.span.end - s.span.start):
            out.append(i)
    return tuple(out)


def _closest(q: Any, covers: tuple[int, ...], parts: list[list[str]], indexes: list[_Index]) -> QuoteCheck:
    from rapidfuzz import fuzz

    needle = " ".join(" ".join(p) for p in parts)
    best: tuple[float, _Index, int, int] | None = None
    for ix in indexes:
        if not ix.joined:
            continue
        hit = fuzz.partial_ratio_alignment(needle, ix.joined)
        if hit is not None and (best is None or hit.score > best[0]):
            best = (hit.score, ix, hit.dest_start, hit.dest_end)
    if best is None:
        return QuoteCheck(q, False, covers)
    score, ix, a, b = best
    first, last = ix.token_at(a), ix.token_at(max(a, b - 1))
    # The alignment is by characters: drop the neighbours' words it caught at either end.
    wanted = {t for p in parts for t in p}
    words = ix.joined.split(" ")
    while first < last and words[first] not in wanted:
        first += 1
    size = sum(len(p) for p in parts)
    while first > 0 and words[first - 1] in wanted and last - first + 1 < size + 2:
        first -= 1  # ... and give back quote words it cut at the start
    last = max(last, min(first + size - 1, len(words) - 1))
    end_word = parts[-1][-1] if parts and parts[-1] else ""
    while (
        last + 1 < len(words)
        and words[last] != end_word
        and words[last + 1] in wanted
        and last - first + 1 < size + 2
    ):
        last += 1  # ... and at the end, up to the quote's last word ("but thankfully nobody was hurt")
    while last > first and words[last] not in wanted:
        last -= 1
    sent_first, la, _ = ix.places[first]
    sent_last, _, lb = ix.places[last]
    doc = ix.source.doc
    s1, s2 = doc.sentences[sent_first], doc.sentences[sent_last]
    if s1.index == s2.index:
        text = s1.text[la:lb]
    else:
        text = (
            s1.text[la:]
            + " "
            + " ".join(doc.sentences[k].text for k in range(s1.index + 1, s2.index))
            + " "
            + s2.text[:lb]
        )
    return QuoteCheck(q, False, covers, " ".join(text.split()), ix.source, ix.span(first, last), score)

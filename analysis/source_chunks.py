"""Sources cut into chunks the NLI model can take, and the chunks worth scoring for a claim
(``analysis/sources.py`` explains both)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from factlint.linter.document import Document, Span

from .source_entries import Source, sources
from .text import WORD_RUN, search_terms

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from factlint.linter.rule import Context

CHUNK_WORDS = 100
CHUNK_SENTENCES = 3
CHUNK_SIZES = (1, CHUNK_SENTENCES)  # single sentences and windows of up to three
CANDIDATES = 6  # chunks per claim chosen by embedding similarity
LEXICAL = 2  # more chunks per claim chosen by shared rare words and numbers


# --- chunks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    source: int  # index into the sources list
    sentences: tuple[int, ...]  # consecutive sentence indices of that source's document
    text: str


def windows(
    lengths: Sequence[int], max_words: int = CHUNK_WORDS, max_sentences: int = CHUNK_SENTENCES
) -> list[tuple[int, ...]]:
    """Sentence windows over sentences of ``lengths`` words: one starting at each sentence, as
    long as ``max_sentences`` and ``max_words`` allow (a window always holds its first sentence).
    A window that is the tail of the one before (nothing new) is dropped."""
    out: list[tuple[int, ...]] = []
    n = len(lengths)
    last_end = -1
    for i in range(n):
        j, words = i, 0
        while j < n and j - i < max_sentences and (j == i or words + lengths[j] <= max_words):
            words += lengths[j]
            j += 1
        if j <= last_end:
            continue  # i..j-1 lies inside the previous window
        out.append(tuple(range(i, j)))
        last_end = j
    return out


def chunks_of(
    source: Source, max_words: int = CHUNK_WORDS, sizes: Sequence[int] = CHUNK_SIZES
) -> list[Chunk]:
    """Windows of each size in ``sizes`` (sentences at most), without repeats, in text order."""
    sents = source.doc.sentences
    lengths = [len(WORD_RUN.findall(s.text)) for s in sents]
    spans = sorted({w for size in sizes for w in windows(lengths, max_words, size)})
    return [Chunk(source.index, w, " ".join(" ".join(sents[i].text for i in w).split())) for w in spans]


def source_chunks(doc: Document, ctx: "Context") -> list[Chunk]:
    """The shared analysis: the chunks of every source of ``doc``, sources in order."""
    return [c for s in ctx.analysis(sources) for c in chunks_of(s)]


def chunk_span(source: Source, chunk: Chunk) -> Span:
    first, last = source.doc.sentences[chunk.sentences[0]], source.doc.sentences[chunk.sentences[-1]]
    return source.span(first.span.start, last.span.end)


# --- candidate selection ----------------------------------------------------------------------


def lexical_scores(claims: Sequence[str], chunks: Sequence[str]) -> list[list[float]]:
    """IDF-weighted overlap of each claim's content words with each chunk (BM25 without length
    normalisation: chunks are all about the same size)."""
    bags = [search_terms(c) for c in chunks]
    df = Counter(w for bag in bags for w in bag)
    n = len(chunks)
    idf = {w: math.log(1 + n / d) for w, d in df.items()}
    out = []
    for claim in claims:
        words = search_terms(claim)
        out.append([sum(idf[w] for w in words & bag) for bag in bags])
    return out


def select_candidates(
    similarity: "np.ndarray | None",
    lexical: list[list[float]],
    n_chunks: int,
    k: int = CANDIDATES,
    k_lexical: int = LEXICAL,
) -> list[list[int]]:
    """Per claim, the chunk indices to score: all when there are at most ``k + k_lexical``,
    else the ``k`` nearest by cosine plus the ``k_lexical`` best by shared words not yet chosen."""
    out = []
    for row, lex in enumerate(lexical):
        if n_chunks <= k + k_lexical or similarity is None:
            out.append(list(range(n_chunks)))
            continue
        by_cosine = sorted(range(n_chunks), key=lambda j: (-float(similarity[row][j]), j))[:k]
        chosen = list(by_cosine)
        for j in sorted(range(n_chunks), key=lambda j: (-lex[j], j)):
            if len(chosen) >= k + k_lexical:
                break
            if j not in chosen and lex[j] > 0:
                chosen.append(j)
        out.append(sorted(chosen))
    return out


def chunk_vectors(ctx: "Context", srcs: list[Source], chunks: list[Chunk]) -> "np.ndarray":
    """Embeddings of ``chunks``: each source sentence is embedded once per source text and
    process, and a window's vector is the normalised mean of its sentences' (a third of the cost
    of embedding the windows themselves, and as good for ranking them)."""
    import numpy as np

    rows = []
    for source in srcs:
        mine = [c for c in chunks if c.source == source.index]
        if not mine:
            continue
        key = ("factlint-sentence-vectors", source.key, ctx.settings.device)
        texts = [" ".join(s.text.split()) for s in source.doc.sentences]
        vectors = ctx.shared(
            key, lambda texts=texts: np.asarray(ctx.embedder().encode(texts), dtype=np.float32)
        )
        for chunk in mine:
            v = vectors[list(chunk.sentences)].mean(axis=0)
            rows.append(v / max(float(np.linalg.norm(v)), 1e-9))
    return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)

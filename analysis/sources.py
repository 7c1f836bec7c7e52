"""An article's sources, read and cut into chunks the NLI model can take: ``ctx.analysis(sources)``.

Where sources come from
    1. The article's front matter, key ``sources``: a list whose entries are
       - a string without a line break: a file path, relative to the article's folder (to the
         working directory for stdin without ``--stdin-filename``; for text linted with a
         display name, to that name's folder);
       - a string with line breaks (a YAML block, ``|``): the source text itself, inline;
       - a mapping ``{path: ...}`` or ``{text: ..., name: ...}`` to say which one explicitly
         (a one-line inline text needs ``text:``).
       A single string instead of a list is one entry.
    2. The run's sources (``--source PATH``, repeatable, or the config's ``sources``), for every
       article checked.
    The app finds, confines and reads them (``linter/source_files.py``) with the article loader
    (Markdown, text or HTML by suffix, the same checks: UTF-8, size, front matter). A source
    that is missing or unreadable is an ``InputError`` naming it: the article cannot be checked
    (exit 2).

Where findings point
    Every source span is a span in the file a reader opens: the source file (``Source.path`` is
    its display path), or, for an inline source, the article itself (``Source.path`` is ``None``)
    at the place in its front matter where the text is.

Chunks (``chunks_of(source)``)
    Every sentence alone, and sentence windows: from each sentence, it and the following ones up
    to ``CHUNK_SENTENCES`` sentences and ``CHUNK_WORDS`` words (a longer sentence is a chunk
    alone). Windows overlap, so evidence that spans two or three sentences is seen whole, and a
    premise stays short enough that a premise and a claim fit the model's 256 tokens together
    (MiniLM's ~1.35 tokens per word: 100 words ≈ 135 tokens, leaving ~115 for the claim). Single
    sentences are kept too because a small NLI model reads a contradiction in a short premise
    far better than the same sentence diluted in a window. A claim is scored against each chunk
    and the best chunk counts (max over chunks, as SummaC/AlignScore/MiniCheck do).

Candidate selection (``select_candidates``)
    A long source has hundreds of chunks; scoring each against each claim is too slow for a
    pre-commit hook. When a claim has more than ``CANDIDATES`` chunks to choose from, only the
    ``CANDIDATES`` nearest by embedding cosine (the base MiniLM sentence embedder: one vector per
    source sentence, kept per source text for the run; a window gets the mean of its
    sentences') plus the ``LEXICAL`` chunks sharing most rare
    words and numbers with the claim are scored — embeddings alone miss the chunk that repeats a
    figure or a name in different surroundings.

Scoring (``support``)
    Each checkable claim (``analysis.claims``) is scored against its candidate chunks in one
    batch through ``ctx.nli()`` (the same model, batching and score cache as FL101): premise =
    chunk, hypothesis = claim. A claim keeps its best entailment and its worst contradiction over
    the chunks, with the chunk behind each; a chunk's contradiction is the smaller of both
    directions (``symmetric_contradiction``: the pairs the forward pass finds at least
    ``REVERSE_FROM`` contradictory are scored backward too, a few per claim). A claim that a
    chunk contains word for word (case and punctuation aside) is supported without the model.
    Beside the model, each claim's numbers and names are looked up in the sources
    (``novel_terms``): a figure or a name no source mentions cannot be supported by them,
    whatever the model says. Measured model-free on 300 items per domain of the dev data, it
    fires on 0-5% of consistent summaries in most domains (qmsumm and scitldr 11%, CLIFF-XSum
    18%: names the summariser knew from elsewhere) and on 17-58% of inconsistent ones, while the
    small NLI model's entailment barely separates consistent from edited summaries. FL301 and
    FL302 read the same scores.

The concerns live in their own modules; this one names them all (the module path rules and
tests import from):

- ``source_entries``: what the article names, the parsed ``Source`` (read by the app);
- ``source_chunks``: chunks and the candidates worth scoring for a claim;
- ``source_vocabulary``: names and numbers no source mentions;
- ``source_support``: claims scored against the chunks, and the evidence a finding shows;
- ``source_quotes``: direct quotes looked up in the sources (FL303).
"""

from __future__ import annotations

# ruff: noqa: F401  (re-exports)
from .source_entries import (
    align,
    content_key,
    entries,
    FRONT_MATTER_KEY,
    Source,
    SourceEntry,
    sources,
)
from .source_chunks import (
    CANDIDATES,
    Chunk,
    CHUNK_SENTENCES,
    CHUNK_SIZES,
    chunk_span,
    chunk_vectors,
    CHUNK_WORDS,
    chunks_of,
    LEXICAL,
    lexical_scores,
    select_candidates,
    source_chunks,
    windows,
)
from .source_vocabulary import (
    novel_terms,
    SourceVocabulary,
    vocabulary,
)
from .source_support import (
    best_sentence,
    Evidence,
    evidence,
    flagged_claims,
    REVERSE_FROM,
    score_claims,
    stated_verbatim,
    Support,
    support,
    symmetric_contradiction,
)
from .source_quotes import (
    _index,
    checked_quotes,
    find_parts,
    normal_tokens,
    quote_checks,
    QUOTE_MIN_WORDS,
    quote_parts,
    QuoteCheck,
)
from .text import excerpt, EXCERPT_CHARS

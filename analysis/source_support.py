"""Claims scored against their sources (``support``, read by FL301 and FL302) and the passage
a finding quotes (``evidence``). ``analysis/sources.py`` explains the scoring."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Sequence

from factlint.analysis.nearness import TYPICAL_SIMILARITY
from factlint.linter.document import Document, Sentence, Span

from .source_chunks import (
    Chunk,
    chunk_vectors,
    lexical_scores,
    select_candidates,
    source_chunks,
)
from .source_entries import Source, sources
from .source_quotes import normal_tokens, quote_checks
from .source_vocabulary import SourceVocabulary, novel_terms, vocabulary
from .text import excerpt, search_terms

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from factlint.analysis.claims import Claim
    from factlint.linter.finding import Related
    from factlint.linter.rule import Context

REVERSE_FROM = 0.3  # forward contradiction from which a pair is also scored backward


# --- scoring claims ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Support:
    """How the sources bear on one claim: the best entailment and the worst contradiction over
    the chunks scored, and which chunk gave each."""

    claim: "Claim"
    entailment: float
    contradiction: float
    supporting: Chunk  # the chunk with the highest entailment
    contradicting: Chunk  # the chunk with the highest contradiction
    scored: int  # chunks scored for this claim
    novel: tuple[str, ...] = ()  # numbers and names in the claim that no source mentions
    # cosine of the claim's base-MiniLM embedding with its nearest chunk's (a typical value when
    # none was computed): a claim the sources never come near is rarely supported by them
    similarity: float = TYPICAL_SIMILARITY


def score_claims(
    claims: Sequence["Claim"],
    chunks: Sequence[Chunk],
    nli: Any,
    similarity: "np.ndarray | None",
    vocab: SourceVocabulary | None = None,
) -> list[Support]:
    """Score each claim against its candidate chunks in one NLI batch (premise = chunk)."""
    if not claims or not chunks:
        return []
    lexical = lexical_scores([c.text for c in claims], [c.text for c in chunks])
    chosen = select_candidates(similarity, lexical, len(chunks))
    joined = [f" {' '.join(normal_tokens(c.text))} " for c in chunks]
    verbatim = [stated_verbatim(claim.text, chunks, joined) for claim in claims]
    pairs = [
        (chunks[j].text, " ".join(claim.text.split()))
        for claim, js, same in zip(claims, chosen, verbatim)
        if same is None
        for j in js
    ]
    probs = nli.score(pairs)
    contradiction = symmetric_contradiction(nli, pairs, probs[:, 2])
    out, row = [], 0
    for k, (claim, js, same) in enumerate(zip(claims, chosen, verbatim)):
        nearest = TYPICAL_SIMILARITY if similarity is None else float(similarity[k].max())
        if same is not None:
            out.append(Support(claim, 1.0, 0.0, same, same, 0, similarity=nearest))
            continue
        block = probs[row : row + len(js)]
        both = contradiction[row : row + len(js)]
        row += len(js)
        e, c = int(block[:, 0].argmax()), int(both.argmax())
        novel = novel_terms(claim.text, vocab) if vocab is not None else ()
        out.append(
            Support(
                claim,
                float(block[e, 0]),
                float(both[c]),
                chunks[js[e]],
                chunks[js[c]],
                len(js),
                novel,
                nearest,
            )
        )
    return out


def symmetric_contradiction(
    nli: Any, pairs: Sequence[tuple[str, str]], forward: "np.ndarray"
) -> "np.ndarray":
    """Each pair's contradiction read both ways: the smaller of P(contradiction | chunk, claim)
    and P(contradiction | claim, chunk). Contradiction is symmetric, entailment is not, and the
    small model's one-way score often mistakes "the claim says more than this sentence" for a
    contradiction ("A fire destroyed a warehouse in Hamburg on Sunday night" against "A fire
    broke out at a warehouse on Sunday night at about 10 pm": 0.87 forward, 0.29 backward),
    and, read backward alone, an unrelated pair now and then ("Firefighters brought the blaze
    under control" / "The owner plans a store in Madrid": 0.39 and 0.81); a real contradiction
    reads high both ways ("Three people were injured" / "no one was injured": 0.85 and 0.77).
    Only pairs whose forward score reaches ``REVERSE_FROM`` are scored backward; the others keep
    their forward score (the minimum is at most that, so a threshold from ``REVERSE_FROM`` up
    decides the same)."""
    import numpy as np

    out = np.asarray(forward, dtype=np.float64).copy()
    todo = [i for i, c in enumerate(out) if c >= REVERSE_FROM]
    if todo:
        backward = nli.score([(pairs[i][1], pairs[i][0]) for i in todo])
        for k, i in enumerate(todo):
            out[i] = min(out[i], float(backward[k, 2]))
    return out


def stated_verbatim(claim: str, chunks: Sequence[Chunk], joined: Sequence[str] | None = None) -> Chunk | None:
    """The first chunk that contains the claim word for word (case and punctuation aside): a
    sentence copied from the wire is supported without asking the model, which reads two
    near-identical sentences as a contradiction surprisingly often. ``joined``: each chunk's
    normalised words, space-padded, if already computed."""
    words = " ".join(normal_tokens(claim))
    if not words:
        return None
    if joined is None:
        joined = [f" {' '.join(normal_tokens(c.text))} " for c in chunks]
    needle = f" {words} "
    found = next((c for c, text in zip(chunks, joined) if needle in text), None)
    return found if found is not None else _attributed_quote(claim, chunks, joined)


# a direct quote between double quotation marks (single ones double as apostrophes)
_DOUBLE_QUOTED = re.compile(r'["“”„«»]([^"“”„«»]+)["“”„«»]')


def _attributed_quote(claim: str, chunks: Sequence[Chunk], joined: Sequence[str]) -> Chunk | None:
    """The first chunk with the claim's direct quote word for word and every other word of the
    claim too: the source's `Tom Hale said: "..."` as the article's `"...," Tom Hale said.`.
    The model reads such a reordering as a contradiction surprisingly often (0.85); any word of
    the attribution the chunk lacks ("denied", "who was later fired") leaves it to the model."""
    quotes = [" ".join(normal_tokens(m.group(1))) for m in _DOUBLE_QUOTED.finditer(claim)]
    if not quotes or not all(quotes):
        return None
    rest = set(normal_tokens(_DOUBLE_QUOTED.sub(" ", claim)))
    for chunk, text in zip(chunks, joined):
        if all(f" {q} " in text for q in quotes) and rest <= set(text.split()):
            return chunk
    return None


def support(doc: Document, ctx: "Context") -> list[Support]:
    """The shared analysis: every checkable claim of ``doc`` scored against its sources. Claims
    whose direct quote is missing from every source are left out (FL303 reports them)."""
    from factlint.analysis.claims import claims as claims_of

    srcs = ctx.analysis(sources)
    if not srcs:
        return []
    chunks = ctx.analysis(source_chunks)
    misquoted = {i for check in ctx.analysis(quote_checks) if not check.found for i in check.covers}
    todo = [c for c in ctx.analysis(claims_of) if c.sentence not in misquoted]
    if not todo or not chunks:
        return []
    # Computed even when every chunk is scored: FL301 asks less entailment of a claim close to
    # some chunk (see Support.similarity).
    claim_vecs = ctx.embedder().encode([c.text for c in todo])
    similarity = claim_vecs @ chunk_vectors(ctx, srcs, chunks).T
    return score_claims(todo, chunks, ctx.nli(), similarity, vocabulary(srcs))


def best_sentence(source: Source, chunk: Chunk, claim: str) -> Sentence:
    """The sentence of ``chunk`` that shares most content words with ``claim`` (where a reader
    should look); the first one on a tie."""
    words = search_terms(claim)
    sents = [source.doc.sentences[i] for i in chunk.sentences]
    return max(sents, key=lambda s: (len(words & search_terms(s.text)), -s.index))


@dataclass(frozen=True)
class Evidence:
    """A source passage as a finding shows it: where it is and the words to quote."""

    source: Source
    span: Span
    quote: str

    @property
    def display(self) -> str:
        """``wire.txt:12:5``, or ``inline source 1, line 5`` (a line of the article)."""
        if self.source.path is None:
            return f"{self.source.name}, line {self.span.line}"
        return f"{self.source.path}:{self.span.line}:{self.span.col}"

    def related(self, message: str = "") -> "Related":
        from factlint.linter.finding import Related

        return Related(self.span, path=self.source.path, message=message)


def flagged_claims(doc: Document, ctx: "Context", flags: Callable[[Support], bool]):
    """(support, claim sentence) for each claim a source rule's ``flags`` picks; nothing when the
    article declares no sources (FL301 and FL302 share this walk)."""
    if not ctx.analysis(sources):
        return
    for item in ctx.analysis(support):
        if flags(item):
            yield item, doc.sentences[item.claim.sentence]


def evidence(ctx: "Context", chunk: Chunk, claim: str) -> Evidence:
    """The passage of ``chunk`` to show for ``claim``: its sentence sharing most words with the
    claim, quoted around those words."""
    source = ctx.analysis(sources)[chunk.source]
    sentence = best_sentence(source, chunk, claim)
    return Evidence(source, source.sentence_span(sentence), excerpt(sentence.text, claim))

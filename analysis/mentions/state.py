"""The work on one sentence: its tokens, which label covers each token, the mentions made so far
and the name chunks already given to someone."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factlint.linter.document import Sentence, Span

from ..text import Token
from .chunks import NameReader, written_text
from .labels import Label
from .model import Mention


class SentenceWork:
    def __init__(
        self,
        sentence: Sentence,
        tokens: Sequence[Token],
        in_quote: list[bool],
        reader: NameReader,
        span_of: Callable[[Sentence, int, int], Span],
    ):
        self.sentence = sentence
        self.tokens = tokens
        self.in_quote = in_quote
        self.reader = reader
        self.lex = reader.lex
        self.span_of = span_of
        self.covered: list[Label | None] = [None] * len(tokens)
        self.used_chunks: dict[int, Mention] = {}  # chunk start -> the mention made of it
        self.mentions: list[Mention] = []

    def cover(self, labels: list[Label]) -> None:
        covered = self.covered
        for label in labels:
            covered[label.a : label.b] = [label] * (label.b - label.a)  # (labels lie inside the tokens)

    def add(self, kind: str, a: int, b: int, **kw) -> Mention:
        """A mention of tokens ``[a, b)``."""
        start, end = self.tokens[a].start, self.tokens[b - 1].end
        m = Mention(
            kind,
            self.sentence.text[start:end],
            self.sentence.index,
            self.sentence.block,
            start,
            end,
            in_quote=self.in_quote[a],
            _span_of=self.span_of,
            _in_sentence=self.sentence,
            **kw,
        )
        self.mentions.append(m)
        return m

    def written(self, label: Label) -> str:
        return written_text(self.tokens[label.a : label.b])

    def jurisdiction(self, label: Label) -> tuple[str, str]:
        """(canonical, as written) of what qualifies a title."""
        written = self.written(label)
        return (written, written) if label.kind == "chunk" else (label.value, written)

    def claim_org(self, label: Label) -> None:
        """A capitalised chunk that qualifies a title ("Liberal Democrat leader") names an
        organisation or team, not a person."""
        if label.kind == "chunk" and label.a not in self.used_chunks:
            self.used_chunks[label.a] = self.add(
                "org", label.a, label.b, name=label.value, jurisdiction=label.value
            )

    def chunk_at(self, k: int) -> Label | None:
        """The name chunk starting exactly at token ``k``."""
        if k >= len(self.tokens):
            return None
        label = self.covered[k]
        return label if label is not None and label.kind == "chunk" and label.a == k else None

    def person_chunk_at(self, k: int) -> Label | None:
        chunk = self.chunk_at(k)
        return chunk if chunk is not None and self.reader.is_person_like(self.tokens, chunk) else None

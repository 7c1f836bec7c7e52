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
    Files are read with the article loader (Markdown, text or HTML by suffix, the same checks:
    UTF-8, size, front matter). A source that is missing or unreadable is an ``InputError`` naming
    it: the article cannot be checked (exit 2).

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
    source sentence, kept per source text for the process; a window gets the mean of its
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
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, Sequence

from factlint.analysis.nearness import TYPICAL_SIMILARITY
from factlint.linter.document import Document, Sentence, Span
from factlint.linter.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from factlint.analysis.claims import Claim
    from factlint.linter.finding import Related
    from factlint.linter.markup import LineIndex
    from factlint.linter.rule import Context

FRONT_MATTER_KEY = "sources"
CHUNK_WORDS = 100
CHUNK_SENTENCES = 3
CHUNK_SIZES = (1, CHUNK_SENTENCES)  # single sentences and windows of up to three
REVERSE_FROM = 0.3  # forward contradiction from which a pair is also scored backward
CANDIDATES = 6  # chunks per claim chosen by embedding similarity
EXCERPT_CHARS = 90  # the most a message quotes of a source passage
LEXICAL = 2  # more chunks per claim chosen by shared rare words and numbers

_WORD = re.compile(r"\w+")
# the closing line starts after any line break the loader knows (\r\n, \r, \n), not only "\n"
_FRONT_MATTER = re.compile(r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?=[\r\n]|\Z)", re.S)


# --- what the article names -----------------------------------------------------------------


@dataclass(frozen=True)
class SourceEntry:
    """One source as named: a path or an inline text, and where it was named."""

    kind: Literal["path", "text"]
    value: str
    name: str | None = None  # the inline text's name, if the front matter gives one
    line: int | None = None  # front matter line of the entry (None: from the run's settings)
    offset: int | None = None  # front matter entry: offset in the article of its value node
    end: int | None = None


@dataclass
class Source:
    """A source document, parsed, with a way to turn its own offsets into reportable spans."""

    index: int
    name: str  # shown in messages: the display path, or "inline source 2"
    path: str | None  # ``Related.path``: the source file's display path; None: the article itself
    doc: Document  # parsed source; its spans are into its own text
    key: str  # content hash: caches (embeddings) are keyed by it
    _to_article: list[int] | None = field(default=None, repr=False)  # inline: offset map
    _lines: "LineIndex | None" = field(default=None, repr=False)  # of the file spans point into

    def span(self, start: int, end: int) -> Span:
        """The reportable span of ``doc.text[start:end]``."""
        if self._lines is None:
            from factlint.linter.markup import LineIndex

            self._lines = LineIndex(self.doc.text)
        if self._to_article is None:
            return self._lines.span(start, end)
        a = self._to_article[min(start, len(self._to_article) - 1)]
        b = self._to_article[max(start, end - 1)] + 1 if end > start else a
        return self._lines.span(a, b)

    def sentence_span(self, sentence: Sentence) -> Span:
        return self.span(sentence.span.start, sentence.span.end)


def entries(doc: Document, ctx: "Context | None" = None) -> list[SourceEntry]:
    """The sources the article names in its front matter, then the run's (``--source``)."""
    found = _front_matter_entries(doc)
    settings = getattr(ctx, "settings", None)
    for path in getattr(settings, "sources", None) or []:
        found.append(SourceEntry("path", str(path)))
    return found


def _front_matter_entries(doc: Document) -> list[SourceEntry]:
    value = doc.meta.get(FRONT_MATTER_KEY)
    if value is None:
        return []
    nodes = _entry_nodes(doc)
    items = value if isinstance(value, list) else [value]
    found = []
    for i, item in enumerate(items):
        node = nodes[i] if i < len(nodes) else _Node()
        if isinstance(item, str) and item.strip():
            # A YAML block ("|" or ">") is text even on one line; a plain one-line string a path.
            kind = "text" if node.block or "\n" in item.strip() else "path"
            found.append(SourceEntry(kind, item.strip() if kind == "path" else item, None, node.line,
                                     node.start, node.end))
        elif isinstance(item, dict) and len({"path", "text"} & set(item)) == 1 \
                and not set(item) - {"path", "text", "name"}:
            kind = "path" if "path" in item else "text"
            text = item[kind]
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"front matter '{FRONT_MATTER_KEY}' entry {i + 1}: {kind} must be "
                                 "non-empty text", path=doc.display_path, line=node.line)
            name = item.get("name")
            if name is not None and not isinstance(name, (str, int, float)):
                raise InputError(f"front matter '{FRONT_MATTER_KEY}' entry {i + 1}: name must be "
                                 "text", path=doc.display_path, line=node.line)
            name = str(name) if name is not None else None
            found.append(SourceEntry(kind, text.strip() if kind == "path" else text, name, node.line,
                                     node.inner_start, node.inner_end))
        else:
            raise InputError(
                f"front matter '{FRONT_MATTER_KEY}' entry {i + 1} must be a file path, a text "
                "block, or a mapping with 'path' or 'text' (and optionally 'name')",
                path=doc.display_path, line=node.line)
    return found


@dataclass(frozen=True)
class _Node:
    """Where an entry of ``sources`` is written in the article (offsets into its text)."""

    line: int | None = None  # file line where the entry starts
    start: int | None = None
    end: int | None = None
    block: bool = False  # a "|" or ">" block scalar
    inner_start: int | None = None  # a mapping entry: its path/text value
    inner_end: int | None = None


def _entry_nodes(doc: Document) -> list[_Node]:
    """Per entry of ``sources``, where it is written, from the front matter's YAML nodes."""
    import yaml

    match = _FRONT_MATTER.match(doc.text)
    if match is None:
        return []
    base = match.start(1)
    line0 = doc.position(base)[0]  # file line of the YAML's first line (\r\n, \r, \n as the loader)
    try:
        root = yaml.compose(match.group(1), Loader=yaml.SafeLoader)  # nodes only: no value is built
    except (yaml.YAMLError, RecursionError):  # only positions are lost; the loader reports it
        return []
    node = next((v for k, v in getattr(root, "value", []) if getattr(k, "value", None) == FRONT_MATTER_KEY),
                None)
    if node is None:
        return []
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out = []
    for item in items:
        inner = None
        if isinstance(item, yaml.MappingNode):
            inner = next((v for k, v in item.value if getattr(k, "value", None) in ("path", "text")), None)
        out.append(_Node(
            line=line0 + item.start_mark.line,
            start=base + item.start_mark.index,
            end=base + item.end_mark.index,
            block=getattr(item, "style", None) in ("|", ">"),
            inner_start=base + inner.start_mark.index if inner is not None else None,
            inner_end=base + inner.end_mark.index if inner is not None else None,
        ))
    return out


# --- reading them -----------------------------------------------------------------------------


def sources(doc: Document, ctx: "Context") -> list[Source]:
    """The shared analysis: every source of ``doc``, read and parsed (files once per process)."""
    found: list[Source] = []
    seen: set[str] = set()
    inline = 0
    for entry in entries(doc, ctx):
        if entry.kind == "text":
            inline += 1
            name = entry.name or f"inline source {inline}"
            source = _inline_source(doc, entry, name, len(found))
        else:
            path, shown = _resolve(doc, entry)
            if entry.line is not None:  # named by the article: confined to its project root
                _confine(doc, ctx, entry, path, shown)
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
            source = _file_source(doc, ctx, entry, path, shown, len(found))
        found.append(source)
    return found


def _resolve(doc: Document, entry: SourceEntry) -> tuple[Path, str]:
    """(path to read, path to show) of a path entry."""
    raw = Path(entry.value).expanduser()
    if entry.line is None:  # from the run: as given (the config made it absolute if relative)
        return raw, _shown(raw)
    if raw.is_absolute():
        return raw, raw.as_posix()
    if doc.path is not None:
        base = doc.path.parent
    elif doc.display_path and not doc.display_path.startswith("<"):
        base = Path(os.path.dirname(doc.display_path))  # text given with a name (lint_text)
    else:
        base = Path()  # stdin without a name: the working directory
    shown = os.path.normpath(os.path.join(os.path.dirname(doc.display_path), entry.value)) \
        if doc.display_path and not doc.display_path.startswith("<") else os.path.normpath(entry.value)
    return base / raw, shown


def _confine(doc: Document, ctx: "Context | None", entry: SourceEntry, path: Path, shown: str) -> None:
    """InputError unless the article may name ``path``: inside its project root, outside ``.git``
    and system folders (``factlint.linter.safepath``), symbolic links resolved."""
    from factlint.linter.safepath import UnsafePath, article_root, confine

    if doc.path is not None:
        article = doc.path
    elif doc.display_path and not doc.display_path.startswith("<"):
        article = Path(doc.display_path)
    else:
        article = None
    config_folder = getattr(getattr(ctx, "settings", None), "config_folder", None)
    try:
        confine(path, article_root(article, config_folder))
    except UnsafePath as err:
        raise InputError(f"source {shown!r} (in the front matter) {err}", path=doc.display_path,
                         line=entry.line) from None


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when below it."""
    if not path.is_absolute():
        return os.path.normpath(str(path))
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else rel


def _file_source(doc: Document, ctx: "Context", entry: SourceEntry, path: Path, shown: str,
                 index: int) -> Source:
    from factlint.linter.loader import load_document

    named = "in the front matter" if entry.line is not None else "given with --source"
    if not path.exists():
        hint = ("; an inline source text needs a YAML block ('|') or 'text:'"
                if entry.line is not None and " " in entry.value else "")
        raise InputError(f"source {shown!r} ({named}) not found{hint}",
                         path=doc.display_path, line=entry.line)
    try:
        stat = path.stat()
        key = ("factlint-source", os.path.realpath(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = ("factlint-source", str(path), 0, 0)

    def read() -> Document:
        return load_document(path, display_path=shown)

    try:
        parsed = ctx.shared(key, read) if ctx is not None else read()
    except InputError as err:
        raise InputError(f"source {shown!r} ({named}) cannot be read: {err.message}",
                         path=doc.display_path, line=entry.line) from None
    return Source(index, shown, shown, parsed, _digest(parsed.text))


def _inline_source(doc: Document, entry: SourceEntry, name: str, index: int) -> Source:
    from factlint.linter.loader import parse_text
    from factlint.linter.markup import LineIndex

    text = entry.value
    try:
        parsed = parse_text(text, "text", display_path=f"{doc.display_path} ({name})")
    except InputError as err:  # e.g. an inline text that opens with a broken "---" block
        raise InputError(f"{name} (in the front matter) cannot be read: {err.message}",
                         path=doc.display_path, line=entry.line) from None
    if not parsed.sentences:
        raise InputError(f"{name} (in the front matter) holds no text", path=doc.display_path,
                         line=entry.line)
    start = entry.offset if entry.offset is not None else 0
    end = entry.end if entry.end is not None else len(doc.text)
    offsets = align(text, doc.text, start, end)
    return Source(index, name, None, parsed, _digest(text), offsets, LineIndex(doc.text))


def align(text: str, haystack: str, start: int, end: int) -> list[int]:
    """For each character of ``text`` (a YAML value), its offset in ``haystack[start:end]`` where
    the value is written: characters are matched in order, skipping what YAML removed
    (indentation, quotes, escapes); whitespace maps to the last matched position."""
    out = []
    pos = start
    last = start
    for ch in text:
        if ch.isspace():
            out.append(last)
            continue
        k = haystack.find(ch, pos, end)
        if k == -1:
            out.append(last)
            continue
        out.append(k)
        last = k
        pos = k + 1
    return out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


# --- chunks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    source: int  # index into the sources list
    sentences: tuple[int, ...]  # consecutive sentence indices of that source's document
    text: str


def windows(lengths: Sequence[int], max_words: int = CHUNK_WORDS,
            max_sentences: int = CHUNK_SENTENCES) -> list[tuple[int, ...]]:
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


def chunks_of(source: Source, max_words: int = CHUNK_WORDS,
              sizes: Sequence[int] = CHUNK_SIZES) -> list[Chunk]:
    """Windows of each size in ``sizes`` (sentences at most), without repeats, in text order."""
    sents = source.doc.sentences
    lengths = [len(_WORD.findall(s.text)) for s in sents]
    spans = sorted({w for size in sizes for w in windows(lengths, max_words, size)})
    return [Chunk(source.index, w, " ".join(" ".join(sents[i].text for i in w).split())) for w in spans]


def source_chunks(doc: Document, ctx: "Context") -> list[Chunk]:
    """The shared analysis: the chunks of every source of ``doc``, sources in order."""
    return [c for s in ctx.analysis(sources) for c in chunks_of(s)]


def chunk_span(source: Source, chunk: Chunk) -> Span:
    first, last = source.doc.sentences[chunk.sentences[0]], source.doc.sentences[chunk.sentences[-1]]
    return source.span(first.span.start, last.span.end)


# --- candidate selection ----------------------------------------------------------------------


def content_words(text: str) -> set[str]:
    """Lower-cased words that carry content: numbers and words of four letters or more."""
    return {w for w in (t.lower() for t in _WORD.findall(text)) if w.isdigit() or len(w) >= 4}


def lexical_scores(claims: Sequence[str], chunks: Sequence[str]) -> list[list[float]]:
    """IDF-weighted overlap of each claim's content words with each chunk (BM25 without length
    normalisation: chunks are all about the same size)."""
    bags = [content_words(c) for c in chunks]
    df = Counter(w for bag in bags for w in bag)
    n = len(chunks)
    idf = {w: math.log(1 + n / d) for w, d in df.items()}
    out = []
    for claim in claims:
        words = content_words(claim)
        out.append([sum(idf[w] for w in words & bag) for bag in bags])
    return out


def select_candidates(similarity: "np.ndarray | None", lexical: list[list[float]], n_chunks: int,
                      k: int = CANDIDATES, k_lexical: int = LEXICAL) -> list[list[int]]:
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
        vectors = ctx.shared(key, lambda: np.asarray(ctx.embedder().encode(texts), dtype=np.float32))
        for chunk in mine:
            v = vectors[list(chunk.sentences)].mean(axis=0)
            rows.append(v / max(float(np.linalg.norm(v)), 1e-9))
    return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)


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


def score_claims(claims: Sequence["Claim"], chunks: Sequence[Chunk], nli: Any,
                 similarity: "np.ndarray | None", vocab: SourceVocabulary | None = None) -> list[Support]:
    """Score each claim against its candidate chunks in one NLI batch (premise = chunk)."""
    if not claims or not chunks:
        return []
    lexical = lexical_scores([c.text for c in claims], [c.text for c in chunks])
    chosen = select_candidates(similarity, lexical, len(chunks))
    joined = [f" {' '.join(normal_tokens(c.text))} " for c in chunks]
    verbatim = [stated_verbatim(claim.text, chunks, joined) for claim in claims]
    pairs = [(chunks[j].text, " ".join(claim.text.split()))
             for claim, js, same in zip(claims, chosen, verbatim) if same is None for j in js]
    probs = nli.score(pairs)
    contradiction = symmetric_contradiction(nli, pairs, probs[:, 2])
    out, row = [], 0
    for k, (claim, js, same) in enumerate(zip(claims, chosen, verbatim)):
        nearest = TYPICAL_SIMILARITY if similarity is None else float(similarity[k].max())
        if same is not None:
            out.append(Support(claim, 1.0, 0.0, same, same, 0, similarity=nearest))
            continue
        block = probs[row:row + len(js)]
        both = contradiction[row:row + len(js)]
        row += len(js)
        e, c = int(block[:, 0].argmax()), int(both.argmax())
        novel = novel_terms(claim.text, vocab) if vocab is not None else ()
        out.append(Support(claim, float(block[e, 0]), float(both[c]), chunks[js[e]],
                           chunks[js[c]], len(js), novel, nearest))
    return out


def symmetric_contradiction(nli: Any, pairs: Sequence[tuple[str, str]], forward: "np.ndarray") -> "np.ndarray":
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


# --- names and numbers no source mentions ---------------------------------------------------

# A number standing alone: not the tail of a word ("COVID-19", "F-16", "4Q" are names, not figures).
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)\d+(?:[.,]\d+)*")
# A run of capitalised words, allowing the connectors of institution names ("Office of Fair
# Trading", "Police and Crime Commissioner"), never starting inside a word ("4Q", "iPhone").
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|de)\s+)?[A-Z][\w'’-]*)*")
_SENTENCE_OPENING = re.compile(r"^[\W\d_]*$")  # only quotes, brackets, dashes before the word
_NOT_NAMES = frozenset("""
i i'm i've i'd mr mrs ms dr prof sir dame lord lady st the a an and but or if in on at of for to
as by with from this that these those it its he she they we you his her their our my your there
then when while after before yes no ok okay prime minister president chancellor secretary king
queen prince princess chief executive director general governor mayor senator judge justice
captain coach manager chairman chairwoman chair ceo spokesman spokeswoman professor officer
sergeant inspector commissioner ambassador bishop pope monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
mp mps mep meps yoy qoq ytd
""".split())


@dataclass(frozen=True)
class SourceVocabulary:
    """What the sources mention, for the name-and-number check: lower-cased words and numbers
    (digits without thousands separators, number words as their values)."""

    words: frozenset[str]
    numbers: frozenset[str]
    initials: frozenset[str]  # initials of capitalised word runs ("European Union" -> "eu")
    places: frozenset[str] = frozenset()  # countries any of whose names the sources use


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Every name of a country or bloc in the lexicon (``analysis/data/demonyms.yaml``), lower-cased
    words joined by spaces -> the country: "us", "american", "washington" -> "United States"."""
    from factlint.analysis.lexicon import load_lexicon

    lex = load_lexicon()
    return {" ".join(k).lower(): v for table in (lex.places, lex.places_cased) for k, v in table.items()}


def _places_in(text: str) -> list[tuple[str, str]]:
    """(name as written, country) for each place name of the lexicon in ``text`` (any case)."""
    names = _place_names()
    tokens = [t.lower() for t in _WORD.findall(text)]
    out = []
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            key = " ".join(tokens[i:i + size])
            if key in names:
                out.append((key, names[key]))
    return out


def vocabulary(srcs: Sequence[Source]) -> SourceVocabulary:
    from factlint.analysis.numtext import lexicon

    lex = lexicon()
    as_number = {**lex["units"], **lex["tens"], **lex["ordinals"]}
    words: set[str] = set()
    numbers: set[str] = set()
    initials: set[str] = set()
    for source in srcs:
        text = unicodedata.normalize("NFKC", source.doc.text)
        for token in _WORD.findall(text):
            low = token.lower()
            words.add(low)
            if low in as_number:
                numbers.add(str(as_number[low]))
        numbers.update(n.replace(",", "") for n in _NUMBER.findall(text))
        tokens = [t.lower() for t in _WORD.findall(text)]
        for a, b in zip(tokens, tokens[1:]):  # "twenty five" (or "twenty-five") = 25
            if a in lex["tens"] and b in lex["units"] and lex["units"][b] < 10:
                numbers.add(str(lex["tens"][a] + lex["units"][b]))
        for size in (3, 4, 5):  # "convolutional neural network" spells "CNN"
            initials.update("".join(w[0] for w in tokens[i:i + size]) for i in range(len(tokens) - size + 1))
        for run in re.finditer(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|de)\s+)?){1,6}", text + " "):
            caps = [w for w in run.group().split() if w[:1].isupper()]
            for i in range(len(caps)):  # every sub-run: "The European Union" gives "eu" too
                for j in range(i + 2, len(caps) + 1):
                    initials.add("".join(w[0] for w in caps[i:j]).lower())
    places = {country for source in srcs for _, country in _places_in(source.doc.text)}
    return SourceVocabulary(frozenset(words), frozenset(numbers), frozenset(initials), frozenset(places))


def novel_terms(claim: str, vocab: SourceVocabulary) -> tuple[str, ...]:
    """Numbers and names in ``claim`` that no source mentions: "1952", "Madrid".

    Numbers: digits (thousands separators ignored) and number words, found in the sources as
    digits or as words ("three" = "3"). Names: capitalised words not opening the sentence
    (which may be any word), minus titles, pronouns, days and months (the date rules check
    those); found when a source word equals it or shares its stem (the first ``len - 3``
    letters, at least four: "Russian" ~ "Russia", "Chinese" ~ "China"), or, for an acronym, a
    source's capitalised run has those initials ("EU" ~ "European Union"). A name of several
    capitalised words counts as mentioned when any of its words is ("Tony Abbott" ~ "Mr
    Abbott") or the sources spell its initials ("International Monetary Fund" ~ "IMF"; any
    three to five words: "convolutional neural network" ~ "CNN"). Also:
    - a country, demonym or capital of the lexicon (``analysis/data/demonyms.yaml``) counts as
      mentioned when the sources name the same country any way ("US" ~ "American");
    - a name run may hold "of", "the", "for", "and", "de" ("Office of Fair Trading");
    - not names: single letters, plurals of titles ("MPs"), "YoY"-style abbreviations; a
      hyphenated word needs only its capitalised pieces mentioned ("AI-assisted" ~ "AI");
    - not figures: digits that end a word ("COVID-19"); "twenty-five" in a source is 25.
    These cut the check's false reports on consistent summaries (SummEdits sales e-mails 13% ->
    1%, earnings calls 20% -> 1%) at some cost in recall. A country word in an all-lower-case
    claim is not checked: XSum's summaries name places the article implies (London, UK),
    which doubled the false reports there."""
    from factlint.analysis.numtext import lexicon

    lex = lexicon()
    as_number = {**lex["units"], **lex["tens"], **lex["ordinals"]}
    found: list[str] = []
    for n in _NUMBER.findall(claim):
        if n.replace(",", "") not in vocab.numbers:
            found.append(n)
    for m in _WORD.finditer(claim):
        low = m.group().lower()
        if low in as_number and low not in vocab.words and str(as_number[low]) not in vocab.numbers \
                and low not in ("first", "second", "last", "one"):  # "one of", "a second time"
            found.append(m.group())
    for m in _NAME_RUN.finditer(claim):
        words = [re.sub(r"['’]s$", "", w).strip("'’-") for w in m.group().split()]
        before = claim[:m.start()]
        if _SENTENCE_OPENING.match(before) or before.rstrip().endswith((".", "!", "?", ":")):
            words = words[1:]  # any word may open a sentence
        parts = [w for w in words if w[:1].isupper()]  # connectors ("of", "and") aside
        names = [_singular(p) for p in parts if len(p) > 1 and p.lower() not in _NOT_NAMES
                 and _singular(p).lower() not in _NOT_NAMES and not any(ch.isdigit() for ch in p)]
        if not names:
            continue
        # One name of several words ("Prime Minister Tony Abbott", "Warwick Davis") is
        # mentioned when any of its words is, or its initials are ("IMF").
        initials = "".join(p[0] for p in parts).lower()
        if len(parts) > 1 and initials in vocab.words:
            continue
        if _place_mentioned(" ".join(parts), vocab):
            continue
        # Hyphenated: its capitalised pieces must be mentioned ("AI-assisted" ~ "AI").
        if not any(all(_mentioned(piece, vocab) for piece in name.split("-") if piece[:1].isupper())
                   for name in names):
            found.append(" ".join(names))
    return tuple(dict.fromkeys(found))


def _singular(word: str) -> str:
    """An acronym's plural as its singular: "MPs" -> "MP"."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[:-1].isupper() else word


def _place_mentioned(name: str, vocab: SourceVocabulary) -> bool:
    """Whether ``name`` is a place the lexicon knows and the sources name it some way: "US" ~
    "American", "British" ~ "UK"."""
    places = _places_in(name)
    return bool(places) and all(country in vocab.places for _, country in places)


def _mentioned(word: str, vocab: SourceVocabulary) -> bool:
    low = word.lower()
    if low in vocab.words or low in _NOT_NAMES:
        return True
    if word.isupper() and 2 <= len(word) <= 5 and low in vocab.initials:
        return True
    stem = max(4, len(low) - 3)
    return len(low) >= 5 and any(w.startswith(low[:stem]) for w in vocab.words if len(w) >= stem)


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
    words = content_words(claim)
    sents = [source.doc.sentences[i] for i in chunk.sentences]
    return max(sents, key=lambda s: (len(words & content_words(s.text)), -s.index))


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


def excerpt(text: str, other: str, words: int = 12) -> str:
    """At most ``words`` words of ``text``: the stretch sharing most content words with
    ``other``, with an ellipsis where it was cut."""
    tokens = text.split()
    if len(tokens) <= words + 2 and len(" ".join(tokens)) <= EXCERPT_CHARS:
        return " ".join(tokens)
    if len(tokens) <= words + 2:
        words = len(tokens)
    shared = content_words(other)
    gains = [len(content_words(t) & shared) for t in tokens]
    best = max(range(len(tokens) - words + 1), key=lambda s: (sum(gains[s:s + words]), -s))
    piece = " ".join(tokens[best:best + words])
    if len(piece) > EXCERPT_CHARS:  # a "word" can be a whole line (a KEY=value line): quote a part
        return f"{'…' if best else ''}{piece[:EXCERPT_CHARS - 1].rstrip()}…"
    return f"{'…' if best else ''}{piece}{'…' if best + words < len(tokens) else ''}"


# --- direct quotes ----------------------------------------------------------------------------

_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")  # omissions and editorial insertions


def normal_tokens(text: str) -> list[str]:
    """Words as a quote check compares them: NFKC, case-folded, punctuation and spacing ignored."""
    return [t.casefold() for t in _WORD.findall(unicodedata.normalize("NFKC", text).replace("_", " "))]


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
        return self.source.span(doc.file_offset(doc.sentences[s1], a),
                                doc.file_offset(doc.sentences[s2], b, end=True))

    def token_at(self, offset: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def _index(source: Source) -> _Index:
    parts, starts, places = [], [], []
    pos = 0
    for s in source.doc.sentences:
        text = unicodedata.normalize("NFKC", s.text) if not s.text.isascii() else s.text
        same_length = len(text) == len(s.text)
        for m in _WORD.finditer(text.replace("_", " ")):
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

    return [q for q in ctx.analysis(quotes)
            if q.kind == "speech" and q.mark == '"' and quote_parts(q.text)
            and (q.words >= QUOTE_MIN_WORDS or (q.attributed and q.via == "sentence"))]


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
    while last > first and words[last] not in wanted:
        last -= 1
    sent_first, la, _ = ix.places[first]
    sent_last, _, lb = ix.places[last]
    doc = ix.source.doc
    s1, s2 = doc.sentences[sent_first], doc.sentences[sent_last]
    if s1.index == s2.index:
        text = s1.text[la:lb]
    else:
        text = s1.text[la:] + " " + " ".join(doc.sentences[k].text for k in range(s1.index + 1, s2.index)) \
            + " " + s2.text[:lb]
    return QuoteCheck(q, False, covers, " ".join(text.split()), ix.source, ix.span(first, last), score)

"""Candidate sentence pairs: which pairs of an article are worth an NLI call.

An article of n sentences has n(n-1)/2 pairs — 1,225 for 50 sentences, too many for a pre-commit
hook. Two sentences can only contradict each other if they talk about the same thing, and that
shows in cheap signals: their embeddings are close (the base MiniLM, loaded once), they name the
same people or places, both carry numbers, one is negated and the other is not, or one uses a
word's opposite ("happily" / "unhappily"). Each sentence gets at most ``partners`` partners:

1. its ``similar`` nearest neighbours by embedding cosine;
2. then, up to ``partners``, the sentences that share one of the cues, ranked by cosine plus a
   bonus per cue.

The pair set is the union over sentences, so it holds at most ``partners * n`` pairs: it grows
linearly with the article, and scoring both directions of each pair costs at most
``2 * partners`` NLI calls per sentence.

``candidate_pairs(doc, ctx)`` is the shared analysis (memoised per document); rules that compare
sentences with each other (FL101) or with sources may reuse it. ``select_pairs`` is the pure
selection step, for tests and benchmarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from .words import FUNCTION_WORDS

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from factlint.linter.document import Document
    from factlint.linter.rule import Context

SIMILAR = 3  # nearest neighbours by cosine every sentence gets
PARTNERS = 4  # partners per sentence at most (both directions scored: <= 8 NLI calls/sentence)
MIN_WORDS = 4  # shorter "sentences" (bylines, "Read also:") assert nothing worth checking
CUE_BONUS = {"entity": 0.06, "number": 0.08, "negation": 0.08, "antonym": 0.15}

_WORD = re.compile(r"[\w'’-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*(?:\s?%)?|\b(?:one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|"
                     r"billion|trillion|dozens?|half|percent|first|second|third)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot|"
                       r"hardly|barely|scarcely|fail(?:s|ed)?|refus(?:e|es|ed)|den(?:y|ies|ied)|"
                       r"lack(?:s|ed)?|yet to)\b|n['’]t\b", re.IGNORECASE)
# Opposites a prefix does not reveal. Kept short and general: the embedding does the rest.
_OPPOSITES = [
    ("increase", "decrease"), ("rise", "fall"), ("rose", "fell"), ("gain", "loss"), ("win", "lose"),
    ("won", "lost"), ("ally", "enemy"), ("allies", "enemies"), ("friend", "enemy"),
    ("friends", "enemies"), ("agree", "disagree"), ("support", "oppose"), ("supported", "opposed"),
    ("accept", "reject"), ("accepted", "rejected"), ("love", "hate"), ("loved", "hated"),
    ("happy", "sad"), ("attracted", "repulsed"), ("strong", "weak"), ("stronger", "weaker"),
    ("higher", "lower"), ("more", "less"), ("before", "after"), ("early", "late"), ("open", "closed"),
    ("alive", "dead"), ("success", "failure"), ("succeeded", "failed"), ("together", "apart"),
    ("unity", "division"), ("calm", "angry"), ("rich", "poor"), ("cheap", "expensive"),
    ("largest", "smallest"), ("most", "least"), ("always", "never"), ("all", "none"),
    ("guilty", "innocent"), ("married", "divorced"), ("born", "died"), ("arrived", "left"),
    ("praised", "criticised"), ("praised", "criticized"), ("confident", "worried"),
    ("close", "open"), ("closes", "opens"), ("closing", "opening"), ("closing", "open"),
    ("up", "down"), ("rising", "falling"), ("increased", "decreased"), ("grew", "shrank"),
]
_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    _OPPOSITE.setdefault(_a, set()).add(_b)
    _OPPOSITE.setdefault(_b, set()).add(_a)
_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")
_NOT_ENTITIES = {
    "the", "a", "an", "but", "and", "or", "however", "in", "on", "at", "as", "this", "that", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "there", "then", "also", "when", "while", "after", "before", "meanwhile", "despite", "for", "of",
    "to", "from", "with", "by", "what", "who", "which", "so", "yet", "still", "if", "although",
    "though", "because", "since", "during", "over", "under", "upon", "according", "mr", "mrs", "ms",
    "dr", "one", "some", "many", "most", "all", "both", "each", "his", "here", "now", "today",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "read", "said",
}


@dataclass(frozen=True)
class Cues:
    """What a sentence talks about, as far as cheap pattern matching can tell."""

    words: frozenset[str]  # lower-cased word forms
    entities: frozenset[str]  # lower-cased capitalised words that are not sentence openers
    numbers: frozenset[str]
    negated: bool
    checkable: bool  # long enough to assert something


@dataclass(frozen=True)
class CandidatePair:
    first: int  # index of the earlier sentence
    second: int  # index of the later sentence
    similarity: float  # embedding cosine
    reasons: frozenset[str]  # "similar", "entity", "number", "negation", "antonym"


def sentence_cues(text: str, min_words: int = MIN_WORDS) -> Cues:
    words = [w.lower().strip("'’-") for w in _WORD.findall(text)]
    entities = set()
    for match in _CAPITALISED.finditer(text):
        for word in match.group().split():
            word = word.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
            if len(word) > 1 and word not in _NOT_ENTITIES:
                entities.add(word)
    numbers = {m.group().lower().rstrip(".,").replace(",", "") for m in _NUMBER.finditer(text)}
    return Cues(
        words=frozenset(words),
        entities=frozenset(entities),
        numbers=frozenset(n for n in numbers if n),
        negated=bool(_NEGATION.search(text)),
        checkable=len(words) >= min_words,
    )


def opposite_words(a: Cues, b: Cues) -> bool:
    """Does one sentence use the opposite of a word of the other (listed or by prefix)?"""
    for word in a.words - b.words:
        if _OPPOSITE.get(word, set()) & b.words:
            return True
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 3 and word[len(prefix):] in b.words:
                return True
            if prefix + word in b.words:
                return True
    return False


# Function words that two sentences share whatever they talk about.
_FUNCTION_WORDS = FUNCTION_WORDS | {"said", "says"}
_CONTENT_WORD = re.compile(r"[A-Za-z][\w'-]+")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of two letters or more, function words left out."""
    return frozenset(w.lower() for w in _CONTENT_WORD.findall(text)) - _FUNCTION_WORDS


def shared_words(a: str, b: str) -> int:
    """How many content words two sentences share: the cheapest sign that they talk about the
    same thing (a contradiction needs a common subject; "Everyone was kissing everybody." /
    "It was like living under a dark cloud." share none)."""
    return len(content_words(a) & content_words(b))


_SUFFIX = re.compile(r"(?:ings?|ed|es|s)$")


def _stems(text: str) -> frozenset[str]:
    """Content words cut to a crude stem, so "killing" meets "killed" and "opened" meets "opens"."""
    return frozenset(_SUFFIX.sub("", w) if len(w) > 5 else w for w in content_words(text)) - _UNITS


_UNITS = frozenset({"per", "cent", "percent"})  # "per cent" in two sentences is no shared subject


def same_event(a: str, b: str, min_shared: int = 3) -> str | None:
    """Why two sentences may be about the same thing, or None: the gate before the NLI model.

    "words": they share at least ``min_shared`` content words (stems). With fewer, a pair still
    passes when what it shares comes with a contrast a contradiction turns on: "polarity" (two
    shared words, one side negated and the other not, or an opposite word: "…killing three
    people." / "Nobody was killed in the fire."), or "figure" (one shared word and two figures
    of the same measure that differ: "Turnout was 60%." / "Only 52% turned out.")."""
    from factlint.analysis.measures import compare

    shared = len(_stems(a) & _stems(b))
    if shared >= min_shared:
        return "words"
    if shared >= 2:
        ca, cb = sentence_cues(a), sentence_cues(b)
        if ca.negated != cb.negated or opposite_words(ca, cb):
            return "polarity"
    if shared >= 1 and compare(a, b) == "conflict":
        return "figure"
    return None


@dataclass(frozen=True)
class Difference:
    """How two sentences differ, word by word."""

    overlap: float  # difflib ratio over the lower-cased word and punctuation tokens (1 = same)
    contrast: bool  # what changed carries a contrast: negation on one side only, a changed
    #                 number or month/weekday, or an opposite word


_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")
# A date named in words: a changed month or weekday is a changed fact ("first aired on November
# 25" / "on October 25"), like a changed number.
_DATE_WORD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                        r"sunday)\b")


def difference(a: str, b: str) -> Difference:
    """Align two sentences and say whether the words that differ could flip the meaning.

    Two sentences worded alike whose differences carry no contrast are restatements, list
    entries ("Foul by Smith (Leeds)." / "Foul by Jones (Leeds).") or copies: an NLI model that
    reads heavy overlap as "contradiction" is not to be trusted on them."""
    from difflib import SequenceMatcher

    ta, tb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    only_a, only_b = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            only_a += ta[i1:i2]
            only_b += tb[j1:j2]
    changed_a, changed_b = " ".join(only_a), " ".join(only_b)
    contrast = (
        bool(_NEGATION.search(changed_a)) != bool(_NEGATION.search(changed_b))
        or bool(_NUMBER.search(changed_a) and _NUMBER.search(changed_b))
        or bool(_DATE_WORD.search(changed_a) and _DATE_WORD.search(changed_b))
        or opposite_words(sentence_cues(a), sentence_cues(b))
    )
    return Difference(matcher.ratio(), contrast)


def pair_cues(a: Cues, b: Cues) -> set[str]:
    cues = set()
    if a.entities & b.entities:
        cues.add("entity")
    if a.numbers and b.numbers:
        cues.add("number")
    if a.negated != b.negated:
        cues.add("negation")
    if opposite_words(a, b):
        cues.add("antonym")
    return cues


def select_pairs(
    cues: Sequence[Cues],
    similarity,
    *,
    similar: int = SIMILAR,
    partners: int = PARTNERS,
    neighbours: bool = True,
) -> list[CandidatePair]:
    """Candidate pairs of one document, at most ``partners * n`` of them (n = checkable sentences).

    1. every sentence's ``similar`` best partners by cosine plus cue bonuses;
    2. every sentence and the next checkable one (planted and real contradictions are often
       adjacent: "He was happy. He frowned." share few words, so their cosine is low);
    3. the budget those leave (partners overlap) goes to the best remaining pairs overall, no
       sentence taking part in more than ``2 * partners`` pairs.

    ``similarity`` is an (n, n) matrix or anything whose row ``i`` is sentence i's cosines
    (``Cosines``). Memory stays linear in n: the pairs are ranked one sentence at a time and
    only each sentence's best ``6 * partners + similar`` partners are kept for step 3, never all
    n(n-1)/2 pairs (a 300 KB article held more than 3 GB of pair dictionaries).
    """
    import heapq

    checkable = [i for i in range(len(cues)) if cues[i].checkable]
    budget = partners * len(checkable)
    keep = 6 * partners + similar
    per_sentence = min(similar, partners - 1 if neighbours else partners)
    # (i, j) with i < j -> (rank, cues, cosine), only for pairs some sentence ranks among its best
    pool: dict[tuple[int, int], tuple[float, frozenset[str], float]] = {}
    chosen: dict[tuple[int, int], set[str]] = {}
    for i in checkable:
        row = similarity[i]
        ranked = []
        for j in checkable:
            if j == i:
                continue
            key = (min(i, j), max(i, j))
            if key in pool:
                rank = pool[key][0]
            else:
                found = frozenset(pair_cues(cues[key[0]], cues[key[1]]))
                cosine = float(row[j])
                rank = cosine + sum(CUE_BONUS[c] for c in found)
            ranked.append((-rank, j, key))
        for neg, j, key in heapq.nsmallest(keep, ranked):
            if key not in pool:
                found = frozenset(pair_cues(cues[key[0]], cues[key[1]]))
                pool[key] = (-neg, found, float(row[j]))
        for _, j, key in heapq.nsmallest(per_sentence, ranked):
            chosen.setdefault(key, set(pool[key][1])).add("similar")
    if neighbours:
        for i, j in zip(checkable, checkable[1:]):
            if (i, j) not in pool:
                found = frozenset(pair_cues(cues[i], cues[j]))
                cosine = float(similarity[i][j])
                pool[(i, j)] = (cosine + sum(CUE_BONUS[c] for c in found), found, cosine)
            chosen.setdefault((i, j), set(pool[(i, j)][1])).add("neighbour")
    degree = {i: 0 for i in checkable}
    for i, j in chosen:
        degree[i] += 1
        degree[j] += 1
    for key in sorted(pool, key=lambda k: (-pool[k][0], k)):
        if len(chosen) >= budget:
            break
        i, j = key
        if key in chosen or degree[i] >= 2 * partners or degree[j] >= 2 * partners:
            continue
        chosen.setdefault(key, set(pool[key][1])).add("similar")
        degree[i] += 1
        degree[j] += 1
    return [CandidatePair(i, j, pool[(i, j)][2], frozenset(why)) for (i, j), why in sorted(chosen.items())]


class Cosines:
    """Cosine similarities of unit-length sentence vectors, one row at a time: ``select_pairs``
    needs each row once, so the (n, n) matrix is never built."""

    def __init__(self, vectors):
        self.vectors = vectors

    def __getitem__(self, i: int):
        return self.vectors @ self.vectors[i]


def sentence_embeddings(doc: "Document", ctx: "Context") -> "np.ndarray":
    """Unit-length embeddings of every sentence of ``doc`` (n, d), from the base embedder.

    Sentences embedded before (by any factlint process of this user) come from a small persistent
    cache, so re-checking an unchanged article never loads the embedder (nor torch)."""
    import numpy as np

    texts = [s.text for s in doc.sentences]
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    cache = None
    if ctx.settings.use_cache:
        from factlint.models.cache import cache_dir

        folder = cache_dir()
        cache = ctx.shared(("embedding-cache", str(folder)),
                           lambda: EmbeddingCache(folder / EmbeddingCache.FILE))
    keys = [EmbeddingCache.key(t) for t in texts]
    found = cache.get_many(keys) if cache is not None else {}
    missing = [i for i, key in enumerate(keys) if key not in found]
    if missing:
        fresh = np.asarray(ctx.embedder().encode([texts[i] for i in missing]), dtype=np.float32)
        fresh = fresh.astype(np.float16).astype(np.float32)  # as the cache stores them: same pairs cold or warm
        for row, i in enumerate(missing):
            found[keys[i]] = fresh[row]
        if cache is not None:
            cache.put_many((keys[i], fresh[row]) for row, i in enumerate(missing))
    return np.stack([np.asarray(found[key], dtype=np.float32) for key in keys])


class EmbeddingCache:
    """sha256(model + sentence) -> float16 vector, in one SQLite file beside the NLI score cache.

    A cache must never stop the linter: any SQLite or file error switches it off for the process
    (one warning), and sentences are then embedded as if nothing were cached."""

    FILE = "sentence-embeddings.sqlite3"

    def __init__(self, path=None):
        from pathlib import Path

        from factlint.models.cache import cache_dir

        self.path = Path(path) if path is not None else cache_dir() / self.FILE
        self._conn = None
        self.enabled = True

    @staticmethod
    def key(text: str) -> bytes:
        import hashlib

        from factlint.models.base import embedder_identity

        return hashlib.sha256(f"{embedder_identity()}\0{text}".encode("utf-8")).digest()

    def _connect(self):
        import sqlite3

        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)"
                         " WITHOUT ROWID")
            self._conn = conn
        return self._conn

    def _guard(self, action, default):
        import logging
        import sqlite3

        if not self.enabled:
            return default
        try:
            return action(self._connect())
        except (sqlite3.Error, OSError) as err:
            logging.getLogger("factlint.analysis").warning(
                "factlint: embedding cache %s disabled for this run (%s)", self.path, err)
            self.enabled = False
            return default

    def get_many(self, keys: list[bytes]) -> dict:
        import numpy as np

        def action(conn):
            found = {}
            unique = list(dict.fromkeys(keys))
            for start in range(0, len(unique), 500):
                chunk = unique[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk):
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            return found

        return self._guard(action, {}) if keys else {}

    def put_many(self, items) -> None:
        import numpy as np

        rows = [(key, np.asarray(vector, dtype=np.float16).tobytes()) for key, vector in items]

        def action(conn):
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)

        if rows:
            self._guard(action, None)


def candidate_pairs(doc: "Document", ctx: "Context") -> list[CandidatePair]:
    """The shared analysis: candidate pairs of ``doc`` (earlier sentence first)."""
    cues = [sentence_cues(s.text) for s in doc.sentences]
    if sum(c.checkable for c in cues) < 2:
        return []  # nothing to compare: do not load the embedder for it
    vectors = ctx.analysis(sentence_embeddings)
    return select_pairs(cues, Cosines(vectors))

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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from .text import LOOSE_WORD, NAME_PIECE, WORD_OR_MARK, content_words
from .words import MONTH_NAMES, WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from factlint.linter.document import Document
    from factlint.linter.rule import Context

SIMILAR = 3  # nearest neighbours by cosine every sentence gets
PARTNERS = 4  # partners per sentence at most (both directions scored: <= 8 NLI calls/sentence)
MIN_WORDS = 4  # shorter "sentences" (bylines, "Read also:") assert nothing worth checking
CUE_BONUS = {"entity": 0.06, "number": 0.08, "negation": 0.08, "antonym": 0.15}

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NUMBER = re.compile(
    r"(?<![\w.])\d[\d,.]*(?:\s?%)?|\b(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|"
    r"billion|trillion|dozens?|half|percent|first|second|third)\b",
    re.IGNORECASE,
)
# "not just any sheep", "not only ... but": emphasis, not a negation
_NEGATION = re.compile(
    r"\b(?:not(?!\s+(?:just|only|merely|simply)\b)|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot|"
    r"hardly|barely|scarcely|fail(?:s|ed)?|refus(?:e|es|ed)|den(?:y|ies|ied)|"
    r"lack(?:s|ed)?|yet to)\b|n['’]t\b",
    re.IGNORECASE,
)
# Words of refusing a request: two of them say the same thing ("denied bail" / "bail plea dismissed")
_REFUSAL = re.compile(
    r"\b(?:den(?:y|ies|ied)|refus(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?|turn(?:s|ed)? down)\b",
    re.IGNORECASE,
)
# Opposites a prefix does not reveal. Kept short and general: the embedding does the rest.
_OPPOSITES = [
    ("increase", "decrease"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("gain", "loss"),
    ("win", "lose"),
    ("won", "lost"),
    ("ally", "enemy"),
    ("allies", "enemies"),
    ("friend", "enemy"),
    ("friends", "enemies"),
    ("agree", "disagree"),
    ("support", "oppose"),
    ("supported", "opposed"),
    ("accept", "reject"),
    ("accepted", "rejected"),
    ("love", "hate"),
    ("loved", "hated"),
    ("happy", "sad"),
    ("attracted", "repulsed"),
    ("strong", "weak"),
    ("stronger", "weaker"),
    ("higher", "lower"),
    ("more", "less"),
    ("before", "after"),
    ("early", "late"),
    ("open", "closed"),
    ("alive", "dead"),
    ("success", "failure"),
    ("succeeded", "failed"),
    ("together", "apart"),
    ("unity", "division"),
    ("calm", "angry"),
    ("rich", "poor"),
    ("cheap", "expensive"),
    ("largest", "smallest"),
    ("most", "least"),
    ("always", "never"),
    ("all", "none"),
    ("guilty", "innocent"),
    ("married", "divorced"),
    ("born", "died"),
    ("arrived", "left"),
    ("praised", "criticised"),
    ("praised", "criticized"),
    ("confident", "worried"),
    ("close", "open"),
    ("closes", "opens"),
    ("closing", "opening"),
    ("closing", "open"),
    ("up", "down"),
    ("rising", "falling"),
    ("increased", "decreased"),
    ("grew", "shrank"),
    # a decision or a state reversed ("approved the budget" / "the budget was rejected")
    ("approve", "reject"),
    ("approves", "rejects"),
    ("approved", "rejected"),
    ("acquitted", "convicted"),
    ("allowed", "banned"),
    ("reopened", "closed"),
    ("reopens", "closes"),
    ("reopen", "close"),
]
_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _OPPOSITES:
    _OPPOSITE.setdefault(_a, set()).add(_b)
    _OPPOSITE.setdefault(_b, set()).add(_a)
_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non")
_NOT_ENTITIES = {
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
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
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
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
    "what",
    "who",
    "which",
    "so",
    "yet",
    "still",
    "if",
    "although",
    "though",
    "because",
    "since",
    "during",
    "over",
    "under",
    "upon",
    "according",
    "mr",
    "mrs",
    "ms",
    "dr",
    "one",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "here",
    "now",
    "today",
    *WEEKDAYS,
    "read",
    "said",
}


@dataclass(frozen=True)
class Cues:
    """What a sentence talks about, as far as cheap pattern matching can tell."""

    words: frozenset[str]  # lower-cased word forms
    entities: frozenset[str]  # lower-cased capitalised words that are not sentence openers
    numbers: frozenset[str]
    negated: bool
    checkable: bool  # long enough to assert something
    # word -> the words of this sentence it is the opposite of (listed, or by a prefix): worked out
    # once per sentence, so comparing two sentences is a set intersection
    opposites: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class CandidatePair:
    first: int  # index of the earlier sentence
    second: int  # index of the later sentence
    similarity: float  # embedding cosine
    reasons: frozenset[str]  # "similar", "entity", "number", "negation", "antonym"


def sentence_cues(text: str, min_words: int = MIN_WORDS) -> Cues:
    words = [w.lower().strip("'’-") for w in LOOSE_WORD.findall(text)]
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
        opposites=_opposites(words),
    )


def _opposites(words) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for word in set(words):
        partners = set(_OPPOSITE.get(word, ()))
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 3:
                partners.add(word[len(prefix) :])
            partners.add(prefix + word)
        for other in partners:
            out.setdefault(other, set()).add(word)
    return out


def opposite_words(a: Cues, b: Cues) -> bool:
    """Does one sentence use the opposite of a word of the other (listed or by prefix)?"""
    if a.opposites or not a.words:
        # a word of ``a`` (not in ``b``) whose opposite is in ``b``
        return any(not (a.opposites[other] <= b.words) for other in b.words & a.opposites.keys())
    for word in a.words - b.words:
        if _OPPOSITE.get(word, set()) & b.words:
            return True
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 3 and word[len(prefix) :] in b.words:
                return True
            if prefix + word in b.words:
                return True
    return False


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


# A date named in words: a changed month or weekday is a changed fact ("first aired on November
# 25" / "on October 25"), like a changed number.
_DATE_WORD = re.compile(rf"\b(?:{'|'.join([*MONTH_NAMES, *WEEKDAYS])})\b")


def _word_matcher(a: str, b: str):
    """difflib's alignment of the two sentences' lower-cased words."""
    from difflib import SequenceMatcher

    return SequenceMatcher(
        None, WORD_OR_MARK.findall(a.lower()), WORD_OR_MARK.findall(b.lower()), autojunk=False
    )


def _changed_words(matcher) -> tuple[str, str]:
    """The words of each side outside the stretches the two sentences share."""
    only_a: list[str] = []
    only_b: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            only_a += matcher.a[i1:i2]
            only_b += matcher.b[j1:j2]
    return " ".join(only_a), " ".join(only_b)


def difference(a: str, b: str) -> Difference:
    """Align two sentences and say whether the words that differ could flip the meaning.

    Two sentences worded alike whose differences carry no contrast are restatements, list
    entries ("Foul by Smith (Leeds)." / "Foul by Jones (Leeds).") or copies: an NLI model that
    reads heavy overlap as "contradiction" is not to be trusted on them."""
    matcher = _word_matcher(a, b)
    changed_a, changed_b = _changed_words(matcher)
    ca, cb = sentence_cues(a), sentence_cues(b)
    contrast = (
        # a negation on one side only, in what changed and in the whole sentence ("she had no
        # idea" / "No idea: ... she had no idea" is no flip), and not a refusal told twice ("was
        # denied bail" / "his bail plea was dismissed")
        (
            bool(_NEGATION.search(changed_a)) != bool(_NEGATION.search(changed_b))
            and ca.negated != cb.negated
            and not (_REFUSAL.search(changed_a) and _REFUSAL.search(changed_b))
        )
        or bool(_NUMBER.search(changed_a) and _NUMBER.search(changed_b))
        or bool(_DATE_WORD.search(changed_a) and _DATE_WORD.search(changed_b))
        or opposite_words(ca, cb)
    )
    return Difference(matcher.ratio(), contrast)


def parallel_entries(a: str, b: str) -> bool:
    """Two entries of one list or table, each with its own figure: worded alike, and what
    changed is a figure on both sides together with what it belongs to ("Give Holyrood full
    control of income tax 6.8" / "... of welfare 7.1"; "Slippers at Nordstrom (now $49.97)" /
    "Slippers at Charlotte Russe (now $14.99)"); two numbered items ("14. Keep your face
    oil-free." / "16. Keep clothes fresh."); two lines of a table of names and figures ("Leading
    run-scorers: Warner (294), Kohli (267)" / "Most sixes: Warner (12), Kohli (8)"). A figure
    changed alone ("killed three people" /
    "killed five people") or with a negation or an opposite word is not this."""
    if (_LIST_ITEM.match(a) and _LIST_ITEM.match(b)) or (
        len(_TABLE_ITEM.findall(a)) >= 2 and len(_TABLE_ITEM.findall(b)) >= 2
    ):
        return True
    matcher = _word_matcher(a, b)
    if matcher.ratio() < ENTRY_OVERLAP:
        return False
    changed_a, changed_b = _changed_words(matcher)
    if not (_NUMBER.search(changed_a) and _NUMBER.search(changed_b)):
        return False
    if bool(_NEGATION.search(changed_a)) != bool(_NEGATION.search(changed_b)):
        return False
    # names too short or joined for content words: "The S&P 500 fell ..." / "The Dow fell ..."
    names_a, names_b = _names(a), _names(b)
    if opposite_words(sentence_cues(a), sentence_cues(b)) and not (names_a - names_b and names_b - names_a):
        return False  # (two named things may move apart: "The Dow is up ..." / "The S&P 500 is down ...")
    # each side names something the other does not (four-letter stems: "turnout" / "turned out"
    # is one subject worded twice)
    stems_a = {w[:4] for w in content_words(changed_a) - _NUMBER_WORDS}
    stems_b = {w[:4] for w in content_words(changed_b) - _NUMBER_WORDS}
    stems_a |= names_a - names_b
    stems_b |= names_b - names_a
    return bool(stems_a - stems_b) and bool(stems_b - stems_a)


def labelled_apart(a: str, b: str) -> bool:
    """Two lines each under its own label naming what its figures belong to ("PENNSYLVANIA, 20
    votes: Biden leads by 6,000." / "NEVADA, 6 votes: Biden leads by 12,000."; "Harbour Ward:
    ..." / "East Ward: ..."): a results list by place, a round-up by team or market. The label
    is the text before a colon, its head (before any comma) one to three capitalised words, no
    figure; the heads differ. A clause before a colon ("He said: ...") is no label."""
    head_a, head_b = _label_head(a), _label_head(b)
    return head_a is not None and head_b is not None and head_a != head_b


def _label_head(text: str) -> str | None:
    colon = text.find(":", 0, 48)
    if colon < 2:
        return None
    head = text[:colon].split(",", 1)[0].split()
    if not 1 <= len(head) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in head):
        return None
    return " ".join(head).lower()


def _names(text: str) -> set[str]:
    """The capitalised name pieces of a sentence past its first word, ampersands kept ("S&P",
    "AT&T"), lower-cased (a sentence's opening capital names nothing: "Following ...")."""
    return {w.lower() for w in NAME_PIECE.findall(text)[1:] if w[0].isupper()}


_LIST_ITEM = re.compile(r"^\W*\d{1,3}[.)]\s")  # "14. Keep ...", "3) ..."
_TABLE_ITEM = re.compile(r"\(\d[\d.,]*\*?\)")  # "Warner (294)", "Gambhir (90*)"
# Word overlap (difflib ratio) from which two sentences count as entries in the same frame.
ENTRY_OVERLAP = 0.4
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred thousand million billion trillion dozen dozens half percent per "
    "cent first second third".split()
)


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
    window: int | None = None,
) -> list[CandidatePair]:
    """Candidate pairs of one document, at most ``partners * n`` of them (n = checkable sentences).

    1. every sentence's ``similar`` best partners by cosine plus cue bonuses;
    2. every sentence and the next checkable one (planted and real contradictions are often
       adjacent: "He was happy. He frowned." share few words, so their cosine is low);
    3. the budget those leave (partners overlap) goes to the best remaining pairs overall, no
       sentence taking part in more than ``2 * partners`` pairs.

    ``similarity`` is an (n, n) matrix or ``Cosines`` (unit vectors, cosines computed a block of
    rows at a time). Memory and Python work stay linear in n: the cosines and the cheap cue bonuses
    (shared names, figures on both sides, negation on one side) are ranked with numpy a block of
    ``_BLOCK`` rows at a time, the opposite-word bonus is looked up only for each sentence's best
    ``_SHORTLIST`` partners, and only its best ``6 * partners + similar`` are kept for step 3 —
    never all n(n-1)/2 pairs. With ``window``, a sentence is compared only with the ``window``
    checkable sentences before and after it (a long live blog: linear time, not just memory). A
    300 KB live blog once held more than 3 GB of pair dictionaries, and the pair-by-pair loop
    this replaced took minutes on 10,000 sentences.
    """
    import numpy as np

    checkable = [i for i in range(len(cues)) if cues[i].checkable]
    m = len(checkable)
    keep = 6 * partners + similar
    per_sentence = min(similar, partners - 1 if neighbours else partners)
    if m < 2:
        return []
    columns = np.asarray(checkable)
    signals = _Signals(cues, checkable)
    # (i, j) with i < j -> (rank, cues, cosine), only for pairs some sentence ranks among its best
    pool: dict[tuple[int, int], tuple[float, frozenset[str], float]] = {}
    chosen: dict[tuple[int, int], set[str]] = {}
    for lo in range(0, m, _BLOCK):
        rows = checkable[lo : lo + _BLOCK]
        # the columns within ``window`` checkable sentences of the block (all of them by default)
        c0 = 0 if window is None else max(0, lo - window)
        c1 = m if window is None else min(m, lo + len(rows) + window)
        cosines = _cosine_block(similarity, rows, columns[c0:c1])
        shortlist = min(c1 - c0 - 1, keep + _SHORTLIST)
        for r, i in enumerate(rows):
            col = lo + r - c0
            rank = signals.rank(i, col, cosines[r], c0, c1)
            ranked = _ranked_partners(cues, checkable, pool, i, col, c0, rank, cosines[r], shortlist)
            for neg, _, key, found, cos in ranked[:keep]:
                if key not in pool:
                    pool[key] = (-neg, found, cos)
            for _, _, key, _, _ in ranked[:per_sentence]:
                chosen.setdefault(key, set(pool[key][1])).add("similar")
    if neighbours:
        _add_neighbours(cues, checkable, similarity, pool, chosen)
    _fill_budget(checkable, pool, chosen, partners * m, 2 * partners)
    return [CandidatePair(i, j, pool[(i, j)][2], frozenset(why)) for (i, j), why in sorted(chosen.items())]


class _Signals:
    """The cheap cue bonuses of one document's checkable sentences, as numpy arrays: figures on
    both sides, negation on one side only, a shared name (postings per name)."""

    def __init__(self, cues: Sequence[Cues], checkable: list[int]):
        import numpy as np

        self.cues = cues
        self.has_number = np.array([bool(cues[i].numbers) for i in checkable])
        self.negated = np.array([cues[i].negated for i in checkable])
        by_entity: dict[str, list[int]] = {}
        for col, i in enumerate(checkable):
            for entity in cues[i].entities:
                by_entity.setdefault(entity, []).append(col)
        self.postings = {e: np.asarray(cols) for e, cols in by_entity.items()}

    def rank(self, i: int, col: int, cosine, c0: int, c1: int):
        """Sentence ``i``'s (column ``col``) rank of columns ``c0:c1``: cosine plus cue bonuses;
        itself at minus infinity."""
        import numpy as np

        numbers_here, negated_here = self.has_number[c0:c1], self.negated[c0:c1]
        rank = cosine + CUE_BONUS["number"] * (numbers_here & numbers_here[col])
        rank = rank + CUE_BONUS["negation"] * (negated_here != negated_here[col])
        if self.cues[i].entities:
            named = np.zeros(c1 - c0, dtype=bool)
            for entity in self.cues[i].entities:
                cols = self.postings[entity]
                cols = cols[np.searchsorted(cols, c0) : np.searchsorted(cols, c1)]
                named[cols - c0] = True
            rank = rank + CUE_BONUS["entity"] * named
        rank[col] = -np.inf
        return rank


def _ranked_partners(cues, checkable, pool, i, col, c0, rank, cosine, shortlist) -> list[tuple]:
    """Sentence ``i``'s best ``shortlist`` partners with the opposite-word bonus looked up, best
    first: (-rank, partner, pair key, cues or None when pooled already, cosine)."""
    import numpy as np

    width = len(rank)
    best = np.argpartition(-rank, shortlist - 1)[:shortlist] if shortlist < width - 1 else np.arange(width)
    ranked = []
    for c in best.tolist():
        if c == col:
            continue
        j = checkable[c0 + c]
        key = (min(i, j), max(i, j))
        if key not in pool:
            found = frozenset(pair_cues(cues[key[0]], cues[key[1]]))
            pool_rank = float(cosine[c]) + sum(CUE_BONUS[x] for x in found)
            ranked.append((-pool_rank, j, key, found, float(cosine[c])))
        else:
            ranked.append((-pool[key][0], j, key, None, 0.0))
    ranked.sort(key=lambda x: (x[0], x[1]))
    return ranked


def _add_neighbours(cues, checkable, similarity, pool, chosen) -> None:
    """Every checkable sentence and the next one, chosen as "neighbour"."""
    import numpy as np

    for i, j in zip(checkable, checkable[1:]):
        if (i, j) not in pool:
            found = frozenset(pair_cues(cues[i], cues[j]))
            cosine = float(_cosine_block(similarity, [i], np.asarray([j]))[0, 0])
            pool[(i, j)] = (cosine + sum(CUE_BONUS[c] for c in found), found, cosine)
        chosen.setdefault((i, j), set(pool[(i, j)][1])).add("neighbour")


def _fill_budget(checkable, pool, chosen, budget: int, max_degree: int) -> None:
    """The budget left goes to the best pooled pairs, no sentence in more than ``max_degree``."""
    degree = {i: 0 for i in checkable}
    for i, j in chosen:
        degree[i] += 1
        degree[j] += 1
    for key in sorted(pool, key=lambda k: (-pool[k][0], k)):
        if len(chosen) >= budget:
            break
        i, j = key
        if key in chosen or degree[i] >= max_degree or degree[j] >= max_degree:
            continue
        chosen.setdefault(key, set(pool[key][1])).add("similar")
        degree[i] += 1
        degree[j] += 1


# Rows of cosines computed at once: 256 x 10,000 sentences is 10 MB of float32, and one matrix
# product per block is far faster than one vector product per sentence.
_BLOCK = 256
# Partners per sentence whose opposite-word bonus is looked up, beyond the ones kept: the bonus
# (0.15) can lift a pair over others only from near the top of the ranking.
_SHORTLIST = 16


def _cosine_block(similarity, rows: list[int], columns):
    """Cosines of sentences ``rows`` with sentences ``columns``, (len(rows), len(columns))."""
    import numpy as np

    if isinstance(similarity, Cosines):
        return similarity.block(rows, columns)
    matrix = np.asarray(similarity)
    return matrix[np.ix_(np.asarray(rows), np.asarray(columns))].astype(np.float64)


class Cosines:
    """Cosine similarities of unit-length sentence vectors, a block of rows at a time:
    ``select_pairs`` needs each row once, so the (n, n) matrix is never built."""

    def __init__(self, vectors):
        self.vectors = vectors

    def __getitem__(self, i: int):
        return self.vectors @ self.vectors[i]

    def block(self, rows, columns):
        import numpy as np

        return (self.vectors[np.asarray(rows)] @ self.vectors[np.asarray(columns)].T).astype(np.float64)


def sentence_embeddings(doc: "Document", ctx: "Context") -> "np.ndarray":
    """Unit-length embeddings of every sentence of ``doc`` (n, d), from the base embedder.

    Sentences embedded before (by any factlint process of this user) come from the persistent
    cache the run provides (``models/cache.py``; none with ``--no-cache``), so re-checking an
    unchanged article never loads the embedder (nor torch)."""
    import numpy as np

    texts = [s.text for s in doc.sentences]
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return embed_texts(texts, ctx)


def embed_texts(texts: list[str], ctx: "Context") -> "np.ndarray":
    """Unit-length embeddings of ``texts`` (n, d), through the run's persistent cache (none with
    ``--no-cache``); each distinct text is embedded once, in the embedder's bounded batches."""
    import numpy as np

    cache = ctx.resources.optional("embedding_cache", ctx.settings)
    keys = [cache.key(t) for t in texts] if cache is not None else list(texts)
    found = cache.get_many(keys) if cache is not None else {}
    missing = list({key: i for i, key in reversed(list(enumerate(keys))) if key not in found}.values())
    if missing:
        fresh = np.asarray(ctx.embedder().encode([texts[i] for i in missing]), dtype=np.float32)
        fresh = fresh.astype(np.float16).astype(
            np.float32
        )  # as the cache stores them: same pairs cold or warm
        for row, i in enumerate(missing):
            found[keys[i]] = fresh[row]
        if cache is not None:
            cache.put_many((keys[i], fresh[row]) for row, i in enumerate(missing))
    return np.stack([np.asarray(found[key], dtype=np.float32) for key in keys])


# From this many checkable sentences (a long live blog), candidates are picked by word overlap
# (``lexical_vectors``) rather than by embedding every sentence: on 2 cores the embedder manages
# about 200 sentences per second, so a 1 MB blog (about 19,000 sentences) would spend minutes on
# it, while the gate in front of the model (``same_event``) wants shared words anyway. Only the
# sentences of the pairs finally scored are embedded (``with_embedded_similarity``), for the
# similarity weighting.
LEXICAL_FROM = 2000
LEXICAL_DIM = 256
# ... and each sentence is compared with the 1,000 checkable sentences before and after it: time
# grows linearly with the blog, and a live blog's entries mostly revisit what is near them.
LEXICAL_WINDOW = 1000


def lexical_vectors(texts: Sequence[str], dim: int = LEXICAL_DIM) -> "np.ndarray":
    """Unit vectors whose dot products approximate the idf-weighted cosine of the sentences'
    content stems: each stem gets a fixed pseudo-random +-1 vector (a random projection, so
    memory is ``n * dim`` whatever the vocabulary), weighted by its inverse document frequency."""
    import hashlib

    import numpy as np

    stems = [_stems(t) for t in texts]
    frequency: dict[str, int] = {}
    for words in stems:
        for w in words:
            frequency[w] = frequency.get(w, 0) + 1
    n = max(len(texts), 1)
    signs: dict[str, "np.ndarray"] = {}
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for row, words in enumerate(stems):
        for w in words:
            if w not in signs:
                seed = int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")
                signs[w] = np.random.default_rng(seed).choice(np.array([-1.0, 1.0], dtype=np.float32), dim)
            out[row] += np.float32(np.log(n / frequency[w]) + 1.0) * signs[w]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1, norms)


def with_embedded_similarity(
    pairs: list[CandidatePair], doc: "Document", ctx: "Context"
) -> list[CandidatePair]:
    """``pairs`` with the embedding cosine as ``similarity`` where it was picked by word overlap
    ("lexical"): only the sentences of these pairs are embedded."""
    import numpy as np

    lexical = [p for p in pairs if "lexical" in p.reasons]
    if not lexical:
        return pairs
    wanted = sorted({p.first for p in lexical} | {p.second for p in lexical})
    row = {i: k for k, i in enumerate(wanted)}
    vectors = embed_texts([doc.sentences[i].text for i in wanted], ctx)
    out = []
    for p in pairs:
        if "lexical" in p.reasons:
            cosine = float(np.dot(vectors[row[p.first]], vectors[row[p.second]]))
            p = CandidatePair(p.first, p.second, cosine, p.reasons - {"lexical"})
        out.append(p)
    return out


def candidate_pairs(doc: "Document", ctx: "Context") -> list[CandidatePair]:
    """The shared analysis: candidate pairs of ``doc`` (earlier sentence first). In a document of
    ``LEXICAL_FROM`` checkable sentences or more they are picked by word overlap and carry the
    reason "lexical" and its cosine as ``similarity`` (``with_embedded_similarity`` swaps in the
    embedding cosine for the pairs a rule keeps)."""
    cues = [sentence_cues(s.text) for s in doc.sentences]
    checkable = sum(c.checkable for c in cues)
    if checkable < 2:
        return []  # nothing to compare: do not load the embedder for it
    if checkable >= LEXICAL_FROM:
        vectors = lexical_vectors([s.text for s in doc.sentences])
        return [
            CandidatePair(p.first, p.second, p.similarity, p.reasons | {"lexical"})
            for p in select_pairs(cues, Cosines(vectors), window=LEXICAL_WINDOW)
        ]
    vectors = ctx.analysis(sentence_embeddings)
    return select_pairs(cues, Cosines(vectors))

"""FL001 duplicated-sentence."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import chain, repeat
from typing import Iterable, NamedTuple

from rapidfuzz import fuzz, process

from factlint.analysis.text import WORD, WORD_RUN  # "I'm" is one word
from factlint.linter.document import Document, Sentence
from factlint.linter.finding import Finding, Severity, brief
from factlint.linter.rule import Context, Probability, Rule, RuleOptions, option
from factlint.rules.fl002_page_blocks import headline_copy
from factlint.rules.fl002_page_summaries import copies as summary_copies
from factlint.rules.fl002_scrape_leftover import is_page_furniture

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def comparable(text: str) -> str:
    """What two copies of a sentence share: NFKC, case-folded, punctuation and quote style
    dropped, whitespace collapsed."""
    # the runs of word characters joined by one space: each run of punctuation and whitespace
    # between them (no character is both) is one space, as turning punctuation into spaces
    # and collapsing spaces would give
    return " ".join(WORD_RUN.findall(unicodedata.normalize("NFKC", text).casefold()))


class DuplicatedSentence(Rule):
    """A sentence or the headline is repeated, word for word or nearly, later in the article.

    What it flags:
        A sentence (or the headline) whose text, compared without case, punctuation or extra
        spaces, is the same as an earlier one or at least ``threshold`` similar to it (rapidfuzz
        ratio, 0-1). The finding sits on the later copy; the earlier one is the related location.
        Sentences shorter than ``min_words`` words ("He said.", "No.") are not compared, and
        near-copies whose numbers differ ("rose 3.2% in March" / "rose 4.1% in April") are
        parallel statements, not copies (number disagreements are FL401's business), and so are
        near-copies that differ only in a name ("Gedling also admitted ..." / "Simpson also
        admitted ...": a court roundup's line said of each defendant). Page
        furniture ("Media playback is not supported on this device") is left to FL002, and in
        a live log (a run of short paragraphs: match commentary, a live blog) a recurring
        one-line event ("Foul by Kemar Roofe (Leeds United).") is not a copy. The headline
        printed again as a title line of its own (no full stop) is FL002's page leftover.

    Why it matters:
        A repeated paragraph or a headline pasted again as the first line is almost always a
        copy-paste or scraping accident. Readers notice it, and an edit made to one copy (a
        corrected figure, a changed name) silently misses the other.

    Bad:
        # Putin praises trade with Beijing

        Putin praises trade with Beijing.

        The Russian president spoke in Moscow on Tuesday.

    Good:
        # Putin praises trade with Beijing

        The Russian president praised trade with China during talks in Moscow on Tuesday.
    """

    id = "FL001"
    name = "duplicated-sentence"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        threshold: Probability = option(
            0.92, "similarity (rapidfuzz ratio, 0-1) from which two sentences count as the same"
        )
        min_words: int = option(5, "sentences with fewer words are never compared", ge=0)

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        threshold = self.options.threshold * 100
        min_words = self.options.min_words
        units = doc.sentences_with_headline()
        keys = {s.index: comparable(s.text) for s in units}
        words = {s.index: _word_count(s.text, keys[s.index]) for s in units}  # once: the log test asks too
        log_lines = _log_lines(doc, words)
        compared: list[tuple[str, Sentence]] = []
        summaries = ctx.analysis(summary_copies)  # (a summary the page prints twice: FL002's page leftover)
        for sentence in units:
            if words[sentence.index] < min_words or is_page_furniture(sentence.text):
                continue  # "He declined to comment."; a repeated "Advertisement" is FL002's
            if sentence.index in log_lines:
                continue  # live-text commentary: "Foul by Kemar Roofe (Leeds United)." recurs
            if headline_copy(doc, sentence) or sentence.span.line in summaries:
                continue  # the title printed twice on its own line: FL002's page leftover
            compared.append((keys[sentence.index], sentence))
        seen = _Seen([key for key, _ in compared], threshold)  # earlier sentences (first copies)
        head = doc.headline.index if doc.headline is not None else None  # looked up once: many copies
        for key, sentence in compared:
            match = seen.earlier_copy(key)
            if match is None:
                seen.add(key, sentence)
                continue
            earlier, score = match
            if score < 100 and _other_names_only(sentence.text, earlier.text):
                seen.add(key, sentence)  # the same line said of someone else: a roundup's pattern
                continue
            how = "verbatim" if score >= 100 else f"nearly verbatim ({score:.0f}% similar)"
            where = "the headline" if earlier.block == head else f"line {earlier.span.line}"
            yield self.finding(
                sentence,
                f'repeats {where} {how}: "{brief(sentence.text)}"',
                related=[earlier],
                score=round(score / 100, 3),
            )


def _word_count(text: str, key: str) -> int:
    """``len(WORD.findall(text))``, read off the sentence's comparable key where the two cut the
    same words: an ASCII text (NFKC and case-folding change no character's class there) without
    "'" or "_" (where WORD and WORD_RUN cut differently) has one key word for each WORD match."""
    if text.isascii() and "'" not in text and "_" not in text:
        return key.count(" ") + 1 if key else 0
    return len(WORD.findall(text))


def _other_names_only(text: str, earlier: str) -> bool:
    """The two sentences differ only in names, each swapped for a name spelt otherwise: "Gedling
    also admitted driving without insurance" / "Simpson also admitted driving without insurance"
    is a court roundup's line said of another defendant, a parallel statement like the same line
    with other numbers. A name spelt nearly alike ("Lindqvist" / "Lindquist") is a copy."""
    a, b = WORD.findall(text), WORD.findall(earlier)
    if len(a) != len(b):
        return False
    swapped = [(x, y) for x, y in zip(a, b) if x.casefold() != y.casefold()]
    return bool(swapped) and all(
        x[:1].isupper() and y[:1].isupper() and fuzz.ratio(x.casefold(), y.casefold()) < _LIKE_SPELT
        for x, y in swapped
    )


_LIKE_SPELT = 70  # rapidfuzz ratio from which two names are one name spelt two ways


_LOG_LINE_WORDS = 15  # "Foul by Kemar Roofe (Leeds United)."
_LOG_ENTRY_WORDS = 35  # "Attempt missed. X (Team) header from the centre of the box ..."
_LOG_RUN = 10


def _log_lines(doc: Document, words: dict[int, int]) -> set[int]:
    """Short sentences of a live log (match commentary, a live blog, a fixtures list), where an
    event line legitimately recurs: a run of at least 10 consecutive paragraphs of at most three
    sentences and 35 words, half of them no longer than 15 words. News prose does not look
    like that; its paragraphs run to 20-40 words. Only paragraphs count: a "key points" list
    and the headings are short by nature and would make ordinary news read as a log (a verbatim
    repeat after a 7-item list went unreported). ``words``: each sentence's word count."""
    blocks: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if doc.blocks[s.block].kind == "paragraph":
            blocks.setdefault(s.block, []).append(s)
    lines: set[int] = set()
    run: list[list[Sentence]] = []
    for index in sorted(blocks) + [None]:
        ss = blocks.get(index) if index is not None else None
        size = sum(words[s.index] for s in ss) if ss else 0
        if ss is not None and len(ss) <= 3 and size <= _LOG_ENTRY_WORDS:
            run.append(ss)
            continue
        if ss is not None and len(ss) <= 5 and size <= 2 * _LOG_ENTRY_WORDS and run:
            continue  # "Goal! St. Johnstone 2, Inverness CT 0. X (Team) shot ... Assisted by Y."
        if len(run) >= _LOG_RUN:
            sizes = sorted(sum(words[s.index] for s in ss) for ss in run)
            if sizes[len(sizes) // 2] <= _LOG_LINE_WORDS:
                lines |= {s.index for ss in run for s in ss if words[s.index] <= _LOG_LINE_WORDS}
        run = []
    return lines


# --- finding earlier copies fast --------------------------------------------------------------
#
# Comparing every sentence with every earlier one took minutes on a 2 MB article. ``_Seen`` keeps
# the first copies in an index and scores a sentence only against those that can be copies of
# it, with the answer that trying every earlier one in order gives:
#
# * an exact copy (equal ``comparable`` keys) wins outright, the earliest one;
# * otherwise, among earlier keys with the same numbers whose length allows it, the one with
#   the highest rapidfuzz ratio of at least ``threshold``, the earliest on a tie.
#
# Why no copy is missed. ``fuzz.ratio`` is ``100 * 2c / (a + b)``, ``c`` the longest common
# subsequence of keys of lengths ``a`` and ``b``: at ratio ``t`` (0-1) or more, ``c >= t(a+b)/2``,
# and turning one key into the other takes ``a - c`` deletions and ``b - c`` insertions. A
# deletion breaks at most ``q`` of a key's character q-grams and an insertion at most ``q - 1``;
# the q-gram occurrences left whole ("kept") are in the other key too, moved by at most ``b - c``
# to the right or ``a - c`` to the left. At least ``(2q - 1)c - (q - 1)(a + b) - q + 1``
# occurrences are kept; less the key's repeated q-gram occurrences, that is ``T``, a lower bound
# of the distinct q-grams kept. ``T`` is least for the shortest other key the length test lets
# through; each key works it out for itself (both keys' bounds hold for the same kept set, which
# is all the argument below needs).
# Prefix filtering: rank the document's q-grams rarest first and sort each key's distinct
# q-grams by rank. Two keys with at least ``T`` kept q-grams in common have at least ``K`` of
# them among the first ``size - T + K`` of each: of the key whose prefix ends on the lower rank,
# at most ``T - K`` lie past its prefix, and the ``K`` or more within it lie within the other's.
# So each key is filed under the (q-gram, position bucket) of its prefix q-grams; a later key
# looks up its own prefix q-grams in the buckets a kept occurrence can have moved to, and only
# earlier keys met at least ``K`` times are scored. A key whose ``T`` is below ``K`` (very short
# keys; every key at a threshold too low for any bound) is scored against every earlier key of
# its numbers and length instead, and every later key is scored against it.

_GRAM_SIZES = (3, 2)  # q of the q-grams: the longest that still gives a bound at the threshold
_SHARED = 3  # K: prefix q-grams a candidate must share
_BUCKET = 32  # characters per position bucket
_BUCKET_BITS = 24  # an index entry: q-gram rank << 24 | position bucket
# Distinct sentences from which the q-gram index pays for itself. Below, scoring every earlier
# sentence with the same numbers and a possible length in one rapidfuzz call (C) is faster: on
# concatenated dev news, 0.8 s without the index against 1.6 s with it at 4,600 sentences, and
# 4.1 s against 6.3 s at 15,500 (1.7 MB); only on text whose sentences share no numbers and
# have alike lengths (random words, 15,300 sentences: 25 s against 7.4 s) does the index win.
_INDEX_FROM = 5000


class _Features(NamedTuple):
    """What ``_Seen`` needs of a key, worked out once."""

    numbers: tuple[str, ...]
    low: int  # the lengths a near-copy may have
    high: int
    probes: list[int] | None  # index entries to look up (None: no filter, compare with all)
    entries: list[int] | None  # index entries to file the key under


class _Seen:
    """The first copies seen so far, indexed (see above)."""

    def __init__(self, keys: list[str], threshold: float, index_from: int = _INDEX_FROM):
        self.threshold = threshold
        self.exact: dict[str, Sentence] = {}
        self.keys: list[str] = []  # the first copies, in order
        self.sentences: list[Sentence] = []
        self.lengths: list[int] = []
        # numbers of a key -> (index entry -> first copies filed under it, first copies without
        # a prefix, all first copies)
        self.groups: dict[tuple[str, ...], tuple[dict[int, list[int]], list[int], list[int]]] = {}
        self.features: dict[str, _Features] = {}
        distinct = list(dict.fromkeys(keys))
        # 0: no filter, every pair is compared (short articles: cheaper than building the index)
        q = _gram_size(threshold) if len(distinct) >= index_from else 0
        counts: Counter[str] = Counter()
        if q:
            for key in distinct:
                counts.update({key[i : i + q] for i in range(len(key) - q + 1)})
        rank = {g: r for r, g in enumerate(sorted(counts, key=lambda g: (counts[g], g)))}  # rarest first
        windows: dict[int, tuple[int, int]] = {}
        for key in distinct:
            length = len(key)
            if length not in windows:
                windows[length] = _lengths_within(length, threshold)
            low, high = windows[length]
            probes = entries = None
            if q and low <= high:
                probes, entries = _probes(key, rank, q, low, high, threshold)
            self.features[key] = _Features(tuple(_NUMBER.findall(key)), low, high, probes, entries)

    def earlier_copy(self, key: str) -> tuple[Sentence, float] | None:
        exact = self.exact.get(key)
        if exact is not None:
            return exact, 100.0
        f = self.features[key]
        group = self.groups.get(f.numbers)
        if group is None:
            return None  # "3.2% in March" / "4.1% in April": parallel facts, not a copy
        index, unfiltered, members = group
        low, high, lengths = f.low, f.high, self.lengths
        if f.probes is None:
            candidates = [i for i in members if low <= lengths[i] <= high]
        else:
            met = Counter(chain.from_iterable(map(index.get, f.probes, repeat(()))))
            candidates = sorted(
                [i for i, n in met.items() if n >= _SHARED and low <= lengths[i] <= high]
                + [i for i in unfiltered if low <= lengths[i] <= high]
            )
        if not candidates:
            return None
        keys = self.keys
        scored = process.extract(
            key,
            [keys[i] for i in candidates],
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=self.threshold,
            limit=None,
        )
        best = min(((-score, at) for _, score, at in scored if score), default=None)
        if best is None:
            return None
        return self.sentences[candidates[best[1]]], -best[0]

    def add(self, key: str, sentence: Sentence) -> None:
        i = len(self.keys)
        self.keys.append(key)
        self.sentences.append(sentence)
        self.lengths.append(len(key))
        self.exact[key] = sentence
        f = self.features[key]
        index, unfiltered, members = self.groups.setdefault(f.numbers, ({}, [], []))
        members.append(i)
        if f.entries is None:
            unfiltered.append(i)
            return
        for entry in f.entries:
            filed = index.get(entry)
            if filed is None:
                index[entry] = [i]
            else:
                filed.append(i)


def _probes(
    key: str, rank: dict[str, int], q: int, low: int, high: int, threshold: float
) -> tuple[list[int] | None, list[int] | None]:
    """A key's index entries to look up and to be filed under (see above); ``(None, None)``
    when its ``T`` is below ``K``."""
    length = len(key)
    ranked = [rank[key[i : i + q]] for i in range(length - q + 1)]
    ranks = sorted(set(ranked))
    need = _least_kept(q, length, low, threshold) - (len(ranked) - len(ranks))  # T
    if need < _SHARED:
        return None, None
    last = ranks[len(ranks) - need + _SHARED - 1]  # the prefix: ranks up to this one
    t = threshold / 100
    left = math.ceil(length - t * (length + low) / 2) + 1  # deletions a near-copy allows, and some room
    right = math.ceil(high - t * (length + high) / 2) + 1  # insertions
    probes: set[int] = set()
    entries: set[int] = set()
    for at, r in enumerate(ranked):
        if r <= last:
            gram = r << _BUCKET_BITS
            entries.add(gram + at // _BUCKET)
            probes.update(range(gram + max(0, at - left) // _BUCKET, gram + (at + right) // _BUCKET + 1))
    return list(probes), list(entries)


@lru_cache(maxsize=4096)  # a pure function of two numbers, asked for every distinct length of every article
def _lengths_within(length: int, threshold: float) -> tuple[int, int]:
    """The lengths ``other`` for which ``200 * shorter / (shorter + longer)``, the best ratio
    two keys of these lengths can have, is not below the threshold (an interval around
    ``length``; empty as ``(1, 0)``), found with that very expression."""

    def fits(other: int) -> bool:
        shorter, longer = sorted((length, other))
        return shorter + longer > 0 and not 200.0 * shorter / (shorter + longer) < threshold

    if not fits(length):
        return 1, 0
    t = threshold / 100
    if t <= 0:
        return 0, 1 << 62  # every length
    low = max(0, min(length, int(length * t / (2 - t)) if t < 2 else length))
    while low > 0 and fits(low - 1):
        low -= 1
    while not fits(low):
        low += 1
    high = max(length, int(length * (2 - t) / t))
    while not fits(high):
        high -= 1
    while fits(high + 1):
        high += 1
    return low, high


def _gram_size(threshold: float) -> int:
    """The longest q for which similar keys must keep q-grams in common (``(2q - 1) t / 2 >
    q - 1``, with some room); 0 when none (a low threshold: every pair is compared)."""
    t = threshold / 100
    return next((q for q in _GRAM_SIZES if (2 * q - 1) * t / 2 - (q - 1) > 0.02), 0)


def _least_kept(q: int, length: int, low: int, threshold: float) -> int:
    """A lower bound of the q-gram occurrences of a key of ``length`` characters kept whole in
    any key of at least ``low`` characters at least ``threshold`` similar to it (see above)."""
    t = threshold / 100
    total = length + low  # the bound grows with the other length: least at the shortest
    common = t * total / 2 - 1e-6 * total  # the least common subsequence, with room for rounding
    return math.floor((2 * q - 1) * common - (q - 1) * total - q + 1)

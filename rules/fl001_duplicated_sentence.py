"""FL001 duplicated-sentence."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from rapidfuzz import fuzz

from factlint.linter.document import Document, Sentence
from factlint.linter.finding import Finding, Severity, brief
from factlint.linter.rule import Context, Rule
from factlint.rules.fl002_scrape_leftover import is_page_furniture

_NOT_WORD = re.compile(r"[^\w\s]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # "I'm" is one word
_SPACE = re.compile(r"\s+")


def comparable(text: str) -> str:
    """What two copies of a sentence share: NFKC, case-folded, punctuation and quote style
    dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", text)).strip()


class DuplicatedSentence(Rule):
    """A sentence or the headline is repeated, word for word or nearly, later in the article.

    What it flags:
        A sentence (or the headline) whose text, compared without case, punctuation or extra
        spaces, is the same as an earlier one or at least ``threshold`` similar to it (rapidfuzz
        ratio, 0-1). The finding sits on the later copy; the earlier one is the related location.
        Sentences shorter than ``min_words`` words ("He said.", "No.") are not compared, and
        near-copies whose numbers differ ("rose 3.2% in March" / "rose 4.1% in April") are
        parallel statements, not copies (number disagreements are FL401's business). Page
        furniture ("Media playback is not supported on this device") is left to FL002, and in
        a live log (a run of short paragraphs: match commentary, a live blog) a recurring
        one-line event ("Foul by Kemar Roofe (Leeds United).") is not a copy.

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

    Options:
        threshold (float, 0.92): similarity from which two sentences count as the same.
        min_words (int, 5): shorter sentences are never reported.
    """

    id = "FL001"
    name = "duplicated-sentence"
    severity = Severity.WARNING
    defaults = {"threshold": 0.92, "min_words": 5}
    needs_model = False

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        threshold = float(self.options["threshold"]) * 100
        min_words = int(self.options["min_words"])
        seen: list[tuple[str, Sentence]] = []  # earlier sentences (first copies only)
        log_lines = _log_lines(doc)
        for sentence in doc.sentences_with_headline():
            if len(_WORD.findall(sentence.text)) < min_words or is_page_furniture(sentence.text):
                continue  # "He declined to comment."; a repeated "Advertisement" is FL002's
            if sentence.index in log_lines:
                continue  # live-text commentary: "Foul by Kemar Roofe (Leeds United)." recurs
            key = comparable(sentence.text)
            match = _earlier_copy(key, seen, threshold)
            if match is None:
                seen.append((key, sentence))
                continue
            earlier, score = match
            how = "verbatim" if score >= 100 else f"nearly verbatim ({score:.0f}% similar)"
            where = "the headline" if _is_headline(doc, earlier) else f"line {earlier.span.line}"
            yield self.finding(
                sentence,
                f"repeats {where} {how}: \"{brief(sentence.text)}\"",
                related=[earlier],
                score=round(score / 100, 3),
            )



_LOG_LINE_WORDS = 15  # "Foul by Kemar Roofe (Leeds United)."
_LOG_ENTRY_WORDS = 35  # "Attempt missed. X (Team) header from the centre of the box ..."
_LOG_RUN = 10


def _log_lines(doc: Document) -> set[int]:
    """Short sentences of a live log (match commentary, a live blog, a fixtures list), where an
    event line legitimately recurs: a run of at least 10 consecutive paragraphs of at most three
    sentences and 35 words, half of them no longer than 15 words. News prose does not look
    like that; its paragraphs run to 20-40 words."""
    blocks: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        blocks.setdefault(s.block, []).append(s)
    lines: set[int] = set()
    run: list[list[Sentence]] = []
    for index in sorted(blocks) + [None]:
        ss = blocks.get(index) if index is not None else None
        size = sum(len(_WORD.findall(s.text)) for s in ss) if ss else 0
        if ss is not None and len(ss) <= 3 and size <= _LOG_ENTRY_WORDS:
            run.append(ss)
            continue
        if ss is not None and len(ss) <= 5 and size <= 2 * _LOG_ENTRY_WORDS and run:
            continue  # "Goal! St. Johnstone 2, Inverness CT 0. X (Team) shot ... Assisted by Y."
        if len(run) >= _LOG_RUN:
            sizes = sorted(sum(len(_WORD.findall(s.text)) for s in ss) for ss in run)
            if sizes[len(sizes) // 2] <= _LOG_LINE_WORDS:
                lines |= {s.index for ss in run for s in ss if len(_WORD.findall(s.text)) <= _LOG_LINE_WORDS}
        run = []
    return lines


def _earlier_copy(key: str, seen: list[tuple[str, Sentence]], threshold: float):
    best: tuple[Sentence, float] | None = None
    numbers = _NUMBER.findall(key)
    for other_key, other in seen:
        if other_key == key:
            return other, 100.0
        if _NUMBER.findall(other_key) != numbers:
            continue  # "3.2% in March" / "4.1% in April": parallel facts, not a copy
        # ratio can't reach the threshold when the lengths are too far apart: skip the work
        shorter, longer = sorted((len(key), len(other_key)))
        if 200.0 * shorter / (shorter + longer) < threshold:
            continue
        score = fuzz.ratio(key, other_key, score_cutoff=threshold)
        if score and (best is None or score > best[1]):
            best = (other, score)
    return best


def _is_headline(doc: Document, sentence: Sentence) -> bool:
    head = doc.headline
    return head is not None and sentence.block == head.index


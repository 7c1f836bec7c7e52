"""What FL301 and FL302 conclude from a claim's scores against its sources (``analysis.sources``):
whether a figure was changed, whether two figures say the same amount, whether a count meets the
source's "no one", and which severity tier a confidence falls in.

Kept apart from ``analysis.sources`` (reading and scoring the sources) so the rules and
``benchmarks/source_tiers.py`` share one decision per claim without scoring anything twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.analysis.measures import Figure, _differ, compare, figures, same_slot
from factlint.analysis.pairs import opposite_words, sentence_cues
from factlint.analysis.speech import REPORTING_VERBS
from factlint.analysis.text import LONG_WORD, LOOSE_WORD, WORD_RUN
from factlint.analysis.words import FUNCTION_WORDS, MONTHS, WEEKDAYS
from factlint.linter.finding import Severity

if TYPE_CHECKING:  # pragma: no cover
    from factlint.analysis.sources import Chunk, Support


@dataclass(frozen=True)
class Verdict:
    """A source rule's decision on one claim: how sure it is (the severity tier), the source
    chunk it rests on, and what kind of evidence it is."""

    severity: Severity
    chunk: "Chunk"
    kind: str  # FL302: "figure", "model"; FL301: "novel", "model"


def changed_figure(item: "Support") -> "tuple[Chunk, Figure, Figure] | None":
    """The source chunk (the best-supporting one, else the most contradicting one) that the
    claim restates with one figure changed, and the two figures: the same named measure, the
    same words around it, another value, and a claim value no source gives. A changed figure is
    a contradiction of the source, whatever the model's score. A value the sources do give
    somewhere is no changed figure but a misreading of which figure fills which slot ("the last
    two missing victims" / "on Jan. 27"; a province's four dead / the toll of 22)."""
    for chunk in (item.supporting, item.contradicting):
        pair = conflicting_figures(item.claim.text, chunk.text, item.novel)
        if pair is not None and same_statement(item.claim.text, chunk.text, pair):
            return chunk, *pair
    return None


def conflicting_figures(
    claim: str, passage: str, novel: tuple[str, ...] | None = None
) -> tuple[Figure, Figure] | None:
    """The first figure of ``claim`` and a figure of ``passage`` in the same slot whose values
    cannot both be right ("52 per cent", "60 per cent"); only claim figures among ``novel``
    (the claim's numbers no source mentions) when it is given. None when there is none."""
    unheard = None if novel is None else {_number_key(t) for t in novel}
    for x in figures(claim):
        if unheard is not None and _number_key(x.text) not in unheard:
            continue
        partners = [y for y in figures(passage) if same_slot(x, y)]
        if any(not _differ(x, y) for y in partners):
            continue  # the passage gives this figure too ("1,103 injured" / "more than 1,000")
        named = [y for y in partners if named_measure(x, y)]
        if named or partners:
            return x, (named or partners)[0]
    return None


def same_statement(claim: str, passage: str, pair: tuple[Figure, Figure]) -> bool:
    """Whether ``claim`` restates ``passage`` with one figure changed: the two figures name the
    same measure, stand between the same words (a word before or after them agrees: "was 52 per
    cent" / "was 60 per cent"), and half the claim's content words are in the passage. On
    real wire copy, figures matched by measure alone were mostly different things said in
    different sentences (a quake's depth / an epicentre's distance, both in miles; a 1974 toll /
    today's)."""
    x, y = pair
    money = same_money_slot(claim, passage, pair)
    if not (named_measure(x, y) or money):
        return False
    before_x, after_x = _neighbours(claim, x.text)
    before_y, after_y = _neighbours(passage, y.text)
    if not ((before_x and before_x == before_y) or (after_x and after_x == after_y)):
        return False
    words = {_stem(w, money) for w in LONG_WORD.findall(claim.lower()) if not w[0].isdigit()}
    found = {_stem(w, money) for w in LONG_WORD.findall(passage.lower())}
    return bool(words) and len(words & found) >= 0.5 * len(words)


def same_money_slot(claim: str, passage: str, pair: tuple[Figure, Figure]) -> bool:
    """Two sums of money (in the same slot) in the same place of the same words: the two words
    before them agree, one of them a content word ("repairs costing £5m" / "repairs costing
    £2m"; "approved a £45m plan" / "approved a £40 million programme"). A currency with its
    scale ("£5m", "£2 million") is read as a value; the words before it say what it pays for."""
    x, y = pair
    if not x.unit == y.unit == "money":
        return False
    before_x, before_y = _words_before(claim, x.text), _words_before(passage, y.text)
    return len(before_x) == 2 and before_x == before_y and any(LONG_WORD.fullmatch(w) for w in before_x)


def _words_before(text: str, figure: str) -> list[str]:
    """The two words just before the first ``figure`` in ``text``, lower-cased."""
    at = text.find(figure)
    return [w.lower() for w in LOOSE_WORD.findall(text[:at])[-2:]] if at >= 0 else []


def _stem(word: str, loose: bool) -> str:
    """``word``, or when ``loose`` its first five letters, so that a verb's tenses meet
    ("reopened" / "reopen")."""
    return word[:5] if loose else word


def _neighbours(text: str, figure: str) -> tuple[str, str]:
    """The words just before and just after the first ``figure`` in ``text``, lower-cased."""
    at = text.find(figure)
    if at < 0:
        return "", ""
    before = LOOSE_WORD.findall(text[:at])
    after = LOOSE_WORD.findall(text[at + len(figure) :])
    return (before[-1].lower() if before else ""), (after[0].lower() if after else "")


def named_measure(a: Figure, b: Figure) -> bool:
    """Both figures name the same measure ("turnout", "deaths", "revenue"). Without a named
    measure a slot is a guess (a quake's magnitude / the people rescued; a province's dead /
    the toll): on real wire copy such pairs were false alarms."""
    return a.measure is not None and a.measure == b.measure


_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _number_key(text: str) -> str:
    """A figure's number as ``novel_terms`` lists it: its digits without thousands separators,
    or its first word lower-cased ("thirty-five")."""
    m = _DIGITS.search(text)
    if m:
        return m.group().replace(",", "").rstrip(".")
    return text.split()[0].lower().strip(",.") if text.split() else ""


def same_figures(claim: str, passage: str) -> bool:
    """Both carry figures, none of them differ within one measure, and neither negates or
    reverses what the other says: a range or an amount said another way ("a prison term of
    up to six months" / "zero to six months")."""
    if compare(claim, passage) != "different":
        return False
    a, b = sentence_cues(claim), sentence_cues(passage)
    return a.negated == b.negated and not opposite_words(a, b)


def tier(
    score: float, info_from: float, warning_from: float, error_from: float | None = None
) -> Severity | None:
    """The severity of a finding whose confidence is ``score``: None below ``info_from``, info
    up to ``warning_from``, warning from it, error from ``error_from`` (within the warning tier)."""
    if score < info_from:
        return None
    if score < warning_from:
        return Severity.INFO
    if error_from is not None and score >= error_from:
        return Severity.ERROR
    return Severity.WARNING


def rounded_in(claim: str, passages: "tuple[str, ...]") -> set[str]:
    """The claim's approximate figures ("over 1,600", "nearly 400") that a passage gives
    exactly, within the 15% a bound or a rounding allows ("1,607", "381"), as ``novel_terms``
    lists their numbers: a rounded figure restates the source's, it is no new fact."""
    found = set()
    theirs = [y for text in passages for y in figures(text)]
    for x in figures(claim):
        if x.approx and any(same_slot(x, y) and not _differ(x, y) for y in theirs):
            found.add(_number_key(x.text))
    return found


_COUNT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many"
)
_BE = r"(?:was|were|is|are|has been|have been|had been)"
# "three workers were injured", "12 people have been arrested"
_SOME = re.compile(
    rf"(?<![Nn]o )(?<![Nn]o-)\b(?:\d[\d,]*|{_COUNT_WORDS})\s+(?:[a-z]+\s+){{0,2}}?{_BE}\s+(?:also\s+)?([a-z]+ed)\b",
    re.I,
)
# "no one was injured", "nobody has been arrested", "none of the staff were hurt"
_NONE = re.compile(
    rf"\b(?:no one|no-one|nobody|none(?:\s+of\s+(?:the\s+)?[a-z]+)?|no\s+[a-z]+)\s+{_BE}\s+([a-z]+ed)\b", re.I
)


def zero_against_count(claim: str, passage: str) -> bool:
    """One side says nobody was <verb>ed, the other that some number were ("Three workers were
    injured" / "Police said no one was injured"): a contradiction the small model scores
    around 0.77, below the warning tier, though no editor would let it pass."""
    for a, b in ((claim, passage), (passage, claim)):
        none = {m.group(1).lower() for m in _NONE.finditer(a)}
        if none and any(m.group(1).lower() in none for m in _SOME.finditer(b)):
            return True
    return False


_PASSAGE_SENTENCE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z0-9])")
# ", the council said." / ", said the council." closing a claim: who said it, not what
_SAID_TAIL = re.compile(
    rf",\s*(?:[^,]{{1,60}}\s+(?:{REPORTING_VERBS})|(?:{REPORTING_VERBS})\s+[^,]{{1,60}})\s*\.?$"
)


def restated(claim: str, passage: str) -> bool:
    """Whether a sentence of ``passage`` says what ``claim`` says in another order or other
    words ("The repairs will take 18 months and are due to start in June, the council said" /
    "Work is expected to start in June and take 18 months"): every number, month and weekday
    of the claim (at least two) is in that sentence, as the same figures and beside a word it has
    beside it in the claim (not "12 in favour and 31 against" for "31 in favour and 12 against"), two thirds of
    the claim's content words (by their first five letters, so tenses meet) are there too, and
    neither negates or reverses the other. The small model scores such reorderings low."""
    core = _SAID_TAIL.sub("", claim.strip())
    anchors = {_anchor(t) for t in WORD_RUN.findall(core) if _is_anchor(t)}
    if len(anchors) < 2:
        return False
    words = _content_stems(core)
    for sentence in _PASSAGE_SENTENCE.split(passage):
        if not anchors <= {_anchor(t) for t in WORD_RUN.findall(sentence)}:
            continue
        if not all(_same_place(core, sentence, t) for t in anchors):
            continue  # "12 in favour and 31 against": the same figures in each other's places
        if len(words & _content_stems(sentence)) < 2 / 3 * len(words):
            continue
        theirs = figures(sentence)
        if not all(any(x.unit == y.unit and not _differ(x, y) for y in theirs) for x in figures(core)):
            continue  # "18 months" there as "18 weeks"
        a, b = sentence_cues(core), sentence_cues(sentence)
        if a.negated == b.negated and not opposite_words(a, b):
            return True
    return False


def _same_place(claim: str, sentence: str, anchor: str) -> bool:
    """The word before or the word after ``anchor`` is the same in both texts."""
    sides = []
    for text in (claim, sentence):
        tokens = [_anchor(t) for t in WORD_RUN.findall(text)]
        at = tokens.index(anchor)
        sides.append((tokens[at - 1] if at else "", tokens[at + 1] if at + 1 < len(tokens) else ""))
    (before_a, after_a), (before_b, after_b) = sides
    return bool(before_a and before_a == before_b) or bool(after_a and after_a == after_b)


def _is_anchor(token: str) -> bool:
    low = token.lower()
    return token[0].isdigit() or (low in MONTHS and len(low) > 3) or low in WEEKDAYS


def _anchor(token: str) -> str:
    return token.replace(",", "").lower()


def _content_stems(text: str) -> set[str]:
    return {w[:5] for w in LONG_WORD.findall(text.lower()) if w not in FUNCTION_WORDS and not w[0].isdigit()}

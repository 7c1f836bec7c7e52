"""A sum of money or a share of a vote a story restates by a definite phrase, for FL401.

"Profit rose to $5.8 million" … "The $6.8 million profit lets the firm repay"; "took $4 million
in bribes" … "the $5 million in bribes he took"; "Brandt took 54.1% of the vote" … "Brandt's
51.4% share": the later figure stands right after a word that makes its phrase definite ("the",
"its", a possessive), so it presupposes the thing was told before. When the story holds no
earlier figure of that value and unit at all, but exactly one earlier value of that unit told
near the same noun (the noun after the later figure, "the 3.8% deficit goal", or the second
word of its noun where the first is told there too, "the town's budget" … "the town budget", by
lemma or a word of its row in ``data/restated_amounts.yaml``), and, for a possessive, of the
same owner named before it, the two are one amount told twice. A percentage may be restated without an owner ("a deficit of 3.5%
of GDP and a debt ratio of 73.8%" … "the 3.8% deficit": the earlier sentence's other figure has a
noun of its own), and compared with another's in its sentence ("Orr's 51.4% tally fell short of
the 56% Bly won in 2020": the compared figure and its year are Bly's).

Kept conservative, each a general sign of another amount:
- any earlier figure of the later value and unit (the phrase may point at it);
- another figure of that unit beside the later one in its sentence, but for one it is
  compared with after it; a year of the later figure's own words the earlier one lacks; a change
  or a comparison in either clause ("up from", "than"), the old value of a change ("from $3.5 million");
- a noun the story has not tied to an earlier figure ("the $6.8 million expansion"), a word
  of a part or a new lot before or after the figure ("the new $6 million budget"), a word
  right after the noun that picks another one out ("the $5 million loan that it took");
- a possessor the earlier figure's sentence does not name ("Hale's 41.4% share");
- values more than twice apart, or told of different years.

Pure: it reads ``Quantity`` records and the words of the sentences.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .figure_types import Quantity
from .languages import article_language
from .numtext import lemma, lemma_rows
from .text import Token, word_tokens
from .words import DEFINITE, STOPWORDS

_DATA = Path(__file__).resolve().parent / "data" / "restated_amounts.yaml"
_KINDS = frozenset({"money", "percent"})
_NEAR_BEFORE = 6  # words before an earlier figure that may name its noun ("Profit rose to")
_NEAR_AFTER = 3  # and after it ("a $42.7 million budget", "$4 million in bribes")
_COMPOUND = 2  # words of a noun's phrase after a figure ("the $41.7 million spending plan")


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml  # only when a document is analysed

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "same": lemma_rows(raw["same_noun"]),
        "apart": frozenset(raw["apart"]),
        "restrictive": frozenset(raw["restrictive"]),
        "links": frozenset(raw["links"]),
        "stops": frozenset(raw["stops"]),
    }


def _forms(words: Sequence[str]) -> frozenset[str]:
    same = _data()["same"]
    return frozenset(f for w in map(lemma, words) for f in same.get(w, frozenset({w})))


def _lead(toks: Sequence[Token], k: int) -> str | None:
    """The definite word right before token ``k`` ("the", "its", a possessive's owner by its lemma,
    "" for a pronoun or an article), or None when the phrase is not definite."""
    if k == 0:
        return None
    t = toks[k - 1]
    if t.low in DEFINITE:
        return ""
    if t.low in ("'s", "’s") and k >= 2 and toks[k - 2].is_word:
        return lemma(toks[k - 2].low)
    if t.is_word and t.low.endswith(("'s", "’s")):
        return lemma(t.low)
    return None


def _noun_after(toks: Sequence[Token], k: int) -> tuple[str, ...] | None:
    """The noun the figure ending before token ``k`` names ("$6.8 million profit", "$5 million in
    bribes"), with the noun after it when the two make one ("the $41.7 million spending plan",
    "the 3.8% deficit goal"); None when a word of a part or of another one follows it."""
    data = _data()
    after = list(toks[k : k + 5])
    if after and after[0].low in data["links"]:
        after = after[1:]
    nouns: list[str] = []
    for t in after[:_COMPOUND]:
        if not t.is_word or t.cap or t.low in STOPWORDS or t.low in data["restrictive"]:
            break
        if lemma(t.low) in data["apart"] or t.low in data["stops"]:
            return None
        nouns.append(t.low)
    if not nouns:
        return None
    rest = after[len(nouns) :]
    if rest and rest[0].low in data["restrictive"]:
        return None  # "the $5 million loan that it took last year"
    return tuple(nouns)


def _told_near(noun: tuple[str, ...], near: frozenset[str], text: str) -> bool:
    """The noun's phrase names the earlier figure's thing: by its first word ("the 3.8% deficit
    goal", "the $41.7 million spending plan"), or by its second when the first is a word of the
    earlier sentence too ("the $41.7 million town budget"; not "the $4.4 million school budget"
    after a pool's)."""
    if _forms(noun[:1]) & near:
        return True
    if len(noun) < 2 or not _forms(noun[1:]) & near:
        return False
    return lemma(noun[0]) in {lemma(t.low) for t in word_tokens(text) if t.is_word}


def _at(toks: Sequence[Token], q: Quantity) -> tuple[int, int]:
    """Token indices of the first token of the figure and the first after it."""
    lo = next((k for k, t in enumerate(toks) if t.end > q.start), len(toks))
    hi = next((k for k in range(lo, len(toks)) if toks[k].start >= q.end), len(toks))
    return lo, hi


def _near_nouns(toks: Sequence[Token], q: Quantity) -> frozenset[str]:
    """The lemmas of the words near an earlier figure, in its stretch between marks."""
    lo, hi = _at(toks, q)
    words = []
    for k in range(lo - 1, max(-1, lo - 1 - _NEAR_BEFORE), -1):
        if not toks[k].is_word:
            break
        words.append(toks[k].low)
    for k in range(hi, min(len(toks), hi + _NEAR_AFTER)):
        if not toks[k].is_word:
            break
        words.append(toks[k].low)
    return frozenset(lemma(w) for w in words if w not in STOPWORDS)


def _old_value(toks: Sequence[Token], q: Quantity) -> bool:
    """The old value of a change ("up from $3.5 million", "from 4% to 6%")."""
    lo, _ = _at(toks, q)
    return "earlier" in q.scope or (lo > 0 and toks[lo - 1].low in ("from", "than"))


def _owner_named(owner: str, text: str, before: int) -> bool:
    """The owner is named before the earlier figure (its holder, not "defeating Quill" after it)."""
    return owner in {lemma(t.low) for t in word_tokens(text[:before]) if t.is_word}


def _one_of_its_noun(qs: Sequence[Quantity], row: list[int], i: int, noun: tuple[str, ...], texts) -> bool:
    """The earlier figure ``i`` is the one amount of ``noun`` in its sentence: alone of its unit
    (of money, with one more), or each other figure of the unit there names a noun of its own
    ("a deficit of 3.5% of GDP and a public debt ratio of 73.8%")."""
    if len(row) <= (2 if qs[i].kind == "money" else 1):
        return True
    toks = word_tokens(texts[qs[i].sentence])
    for k in row:
        if k != i:
            near = _near_nouns(toks, qs[k])
            if not near or _told_near(noun, near, texts[qs[i].sentence]):
                return False
    return True


def _tied(qs: Sequence[Quantity], earlier: list[int], b: Quantity, noun, owner: str, texts) -> list[int]:
    """The earlier figures told near ``noun`` (of ``owner``, when the phrase has one)."""
    tied = []
    for i in earlier:
        a = qs[i]
        atoks = word_tokens(texts[a.sentence])
        if a.changes and b.kind == "percent" or _old_value(atoks, a):
            continue
        if not _told_near(noun, _near_nouns(atoks, a), texts[a.sentence]):
            continue
        if owner and not _owner_named(owner, texts[a.sentence], a.start):
            continue
        tied.append(i)
    return tied


def definite_amounts(qs: Sequence[Quantity], texts: Sequence[str]) -> dict[int, int]:
    """Later figure -> the earlier figure it restates with another value (see the module's doc)."""
    if not any(q.kind in _KINDS for q in qs) or article_language(" ".join(texts)) != "en":
        return {}
    per_sentence: dict[tuple[int, str, str], list[int]] = {}
    for k, q in enumerate(qs):
        per_sentence.setdefault((q.sentence, q.kind, q.unit), []).append(k)
    found: dict[int, int] = {}
    for bi, b in enumerate(qs):
        if b.kind not in _KINDS or b.changes or b.approx:
            continue
        # a figure it is compared with later in its sentence is another's ("fell short of the 56%")
        beside = [k for k in per_sentence[(b.sentence, b.kind, b.unit)] if k != bi]
        if any(not (qs[k].changes and qs[k].start > b.end) for k in beside):
            continue
        toks = word_tokens(texts[b.sentence])
        lo, hi = _at(toks, b)
        owner = _lead(toks, lo)
        if owner is None:
            continue
        noun = _noun_after(toks, hi)
        if noun is None or lo >= 2 and lemma(toks[lo - 2].low) in _data()["apart"]:
            continue
        earlier = [
            i
            for i, a in enumerate(qs[:bi])
            if a.sentence < b.sentence and a.kind == b.kind and a.unit == b.unit
        ]
        if not earlier or any(abs(qs[i].value - b.value) < 1e-9 * max(1.0, b.value) for i in earlier):
            continue  # the phrase points at the figure of that value
        tied = _tied(qs, earlier, b, noun, owner, texts)
        if not tied or len({qs[i].value for i in tied}) > 1:
            continue
        a = qs[tied[-1]]
        if not _one_of_its_noun(qs, per_sentence[(a.sentence, a.kind, a.unit)], tied[-1], noun, texts):
            continue
        # the years of the later figure's own words, not of the figure it is compared with
        cut = min((qs[k].start for k in beside), default=len(texts[b.sentence]))
        # nor of what the sum is said to bring about ("the R6.8 million loss would force it to
        # trim its plans for 2023": the plans' year): the words up to a modal after it
        cut = min(cut, _modal_after(texts[b.sentence], b.end))
        years = {y for y in b.years if str(y) in texts[b.sentence][:cut]}
        if max(a.value, b.value) > 2 * min(a.value, b.value) or years and a.years != b.years:
            continue
        found[bi] = tied[-1]
    return found


_MODALS = frozenset("would will could can may might should must shall".split())


def _modal_after(text: str, at: int) -> int:
    """Where the first modal verb after offset ``at`` of ``text`` stands, else the text's end."""
    return next((t.start for t in word_tokens(text) if t.start >= at and t.low in _MODALS), len(text))

"""A count of a group a story restates by a definite or a partitive phrase, for FL401.

"Three were killed and 14 others injured" … "Two of the 16 injured were"; "The death toll rose
to 94" … "Of the 89 deaths, most"; "All nine people on board" … "The 11 people on the boat";
"Four workers died" … "the three workers who died": the later figure stands after "the", "all"
or a possessive, so it takes the group as told. What group a figure counts is read from its own
phrase: the fate or the place a word right after the figure or its noun names ("injured",
"killed", "who died", "on board"; ``data/restated_counts.yaml``), else the fate the reading of
figures gave it. When the story told that group's count before by exactly one value, never the
later one, the two are one count told twice. (The reader of figures reads "Of the 89 deaths"
and "most of the 32 workers" as a set's size, scope "of-a-set", compared with no plain figure.)

Kept conservative, each a general sign of another group or a count that grew:
- no fate or place read in the later phrase, a restrictive word or a participle after its noun
  that names none ("the 30 protesters charged", "the 40 passengers who had booked"), words
  between the figure and its noun, a word of a part or another lot before it ("the other 16");
- two counted nouns that differ (neither generic nor of one row), or two fates;
- any count of that fate (or a change) told between the two, another of that fate beside the
  later one (not a part of it), or a later value that is the earlier plus a figure of the story
  ("14 injured" … "two more were hurt" … "the 16 injured");
- an earlier figure that is approximate, a bound or a change; values more than twice apart.

Pure: it reads ``Quantity`` records and the words of the sentences.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .figure_types import Quantity
from .languages import article_language
from .numtext import lemma, lexicon
from .partitive_subjects import LEADS, verb_of_partitive
from .text import Token, word_tokens

_DATA = Path(__file__).resolve().parent / "data" / "restated_counts.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml  # only when a document is analysed

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    fates = {word: fate for fate, words in raw["fates"].items() for word in words}
    return {
        "fates": fates,
        "restrictive": frozenset(raw["restrictive"]),
        "apart": frozenset(raw["apart"]),
        "more": frozenset(raw["more"]),
    }


def _at(toks: Sequence[Token], q: Quantity) -> tuple[int, int]:
    """Token indices of the first token of the figure and the first after it."""
    lo = next((k for k, t in enumerate(toks) if t.end > q.start), len(toks))
    hi = next((k for k in range(lo, len(toks)) if toks[k].start >= q.end), len(toks))
    return lo, hi


def fate_at(toks: Sequence[Token], k: int) -> str | None:
    """The fate or the place named at token ``k`` ("injured", "dead", "aboard", "on board",
    "on the boat"), or None."""
    fates = _data()["fates"]
    low = toks[k].low if k < len(toks) else ""
    if low in fates:
        return fates[low]
    if low == "on" and k + 1 < len(toks):
        nxt = toks[k + 2].low if toks[k + 1].low == "the" and k + 2 < len(toks) else toks[k + 1].low
        return fates.get("on " + nxt)
    return None


def _phrase(toks: Sequence[Token], q: Quantity) -> tuple[str | None, bool]:
    """The fate the figure's own phrase names, and whether the phrase picks a part out (a
    restrictive word or a participle after the noun that names no fate; words before the noun)."""
    _, hi = _at(toks, q)
    k = hi
    if k < len(toks) and q.head and toks[k].is_word and toks[k].low not in _data()["fates"]:
        if lemma(toks[k].low) != q.head and lexicon()["same_counted"].get(lemma(toks[k].low)) != q.head:
            return None, True  # "the 16 seriously injured", "the 12 foreign workers"
        k += 1
    fate = fate_at(toks, k)
    if fate and q.head and k < len(toks) and lemma(toks[k].low) == q.head:
        k += 1  # "the 89 deaths": a noun of a fate, and what follows it
        after = _after_noun(toks, k)
        if after is False and verb_of_partitive(toks, _at(toks, q)[0], k):
            after = None  # "Most of the 89 deaths occurred in the north": the clause's verb
        return (None, True) if after is False else (after or fate, False)
    if fate is None and k < len(toks) and toks[k].low in _data()["restrictive"]:
        fate = fate_at(toks, k + 1) or fate_at(toks, k + 2)  # "who died", "who were killed"
        return fate, fate is None
    if fate is None and k < len(toks) and toks[k].is_word and toks[k].low.endswith("ed"):
        return None, True  # "the 30 protesters charged with rioting"
    return fate, False


def _after_noun(toks: Sequence[Token], k: int) -> str | bool | None:
    """What follows a noun of a fate ("the 89 deaths counted by Wednesday"): False for a
    restrictive word or a participle naming none, else the fate it names or None."""
    if k >= len(toks) or not toks[k].is_word:
        return None
    fate = fate_at(toks, k)
    if fate is None and (toks[k].low in _data()["restrictive"] or toks[k].low.endswith("ed")):
        return False
    return fate


def _group(toks: Sequence[Token], q: Quantity) -> str | None:
    fate, picked = _phrase(toks, q)
    if picked:
        return None
    return fate or ("of-a-set" not in q.scope and q.event) or None


def _nouns_agree(a: Quantity, b: Quantity) -> bool:
    generic = lexicon()["generic_nouns"]
    same = lexicon()["same_counted"]
    ha, hb = (same.get(h, h) if h else None for h in (a.head, b.head))
    return ha == hb or not ha or not hb or ha in generic or hb in generic


def _plain(q: Quantity, told: bool = False) -> bool:
    """A plain count (``told``: the definite phrase's own, which takes its group as told even in
    a sentence of a plan: "the three workers who died will be paid")."""
    return q.kind == "count" and not (q.changes or q.approx or q.bound or q.upper or q.modal and not told)


def definite_counts(qs: Sequence[Quantity], texts: Sequence[str]) -> dict[int, int]:
    """Later count -> the earlier count it restates with another value (see the module's doc)."""
    if not any(q.kind == "count" for q in qs) or article_language(" ".join(texts)) != "en":
        return {}
    data = _data()
    groups: dict[int, str | None] = {}

    def group(i: int) -> str | None:
        if i not in groups:
            groups[i] = _group(word_tokens(texts[qs[i].sentence]), qs[i]) if qs[i].kind == "count" else None
        return groups[i]

    found: dict[int, int] = {}
    for bi, b in enumerate(qs):
        if not _plain(b, told=True) or b.sentence == 0:
            continue
        toks = word_tokens(texts[b.sentence])
        lo, _ = _at(toks, b)
        if lo == 0 or toks[lo - 1].low not in LEADS or (lo >= 2 and lemma(toks[lo - 2].low) in data["apart"]):
            continue
        fate = group(bi)
        if fate is None:
            continue
        same = [i for i, a in enumerate(qs) if a.kind == "count" and i != bi and group(i) == fate]
        if any(qs[i].sentence == b.sentence and not qs[i].scope & {"of-part", "own-part"} for i in same):
            continue  # another count of that fate beside it
        earlier = [i for i in same if qs[i].sentence < b.sentence and _nouns_agree(qs[i], b)]
        if len({qs[i].value for i in earlier}) != 1 or not all(_plain(qs[i]) for i in earlier):
            continue
        ai = earlier[-1]
        a = qs[ai]
        if a.value == b.value or max(a.value, b.value) > 2 * min(a.value, b.value):
            continue
        between = range(qs[earlier[0]].sentence + 1, b.sentence)
        if any(
            q.sentence in between and (q.kind == "count" and group(k) == fate or q.changes)
            for k, q in enumerate(qs)
        ) or any(set(t.low for t in word_tokens(texts[s])) & data["more"] for s in between):
            continue  # the count may have grown since
        if any(
            abs(a.value + q.value - b.value) < 1e-9
            for q in qs
            if q.kind == "count" and q.sentence < b.sentence
        ):
            continue  # "14 injured" and "two more": the 16
        found[bi] = ai
    return found

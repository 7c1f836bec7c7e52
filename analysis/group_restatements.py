"""One group of people restated by a definite phrase under another noun or plight, for FL401.

"Coast guard boats rescued 40 migrants" … "Medics treated the 42 people on board"; "Rescuers freed
25 workers" … "The 27 labourers had been trapped": the later figure stands right after "the" or
"all", so it names people the story has already set up, and the story has counted people of that
plight (aboard, trapped, rescued, evacuated, or no plight named) exactly once before. The two are
one group told twice, though they use two nouns of one group (people and a role, workers and a
trade: ``one_group``) or two words of its one plight, and share no other word.

Kept conservative, each a general sign of two groups or of a part:
- any other count of people before the later one, or beside either one in its sentence ("rescued
  42 people, 40 of them migrants"; "40 migrants and 12 crew");
- another plight on either side (the dead, the injured, the missing: a part of those aboard);
- a bound, an estimate, a change, a count under ten, values more than a fifth apart (a part and
  its whole: "20 of the 33 miners" told as "rescued 20 miners" … "the 33 miners");
- a word right after the noun that picks a part out ("the 42 people who", "the 42 people
  injured"), or an article not in English (the definite lead is English).

Apart from the reading of figures: it reads ``Quantity`` records and the words of the sentences.
"""

from __future__ import annotations

from typing import Sequence

from .figure_types import Quantity
from .languages import article_language
from .numtext import lexicon
from .one_group import PEOPLE_AS_SUCH, PEOPLE_ROLES, one_group
from .text import word_tokens
from .words import STOPWORDS

# what befalls one whole group of people in one incident: those aboard are those trapped, those
# rescued, those evacuated (no plight named: the clause says what the group is, not what befell it)
_PLIGHTS = frozenset({None, "aboard", "trapped", "rescue", "evacuation"})
_LEADS = frozenset({"the", "all"})
# a word after the noun that picks a part out of the group
_PART_AFTER = frozenset({"who", "whom", "that", "which", "among", "still", "from", "of"})
_LINKS = frozenset({"on", "at", "in", "aboard", "inside", "under"})
_PLIGHT_WORDS = frozenset({"board", "aboard"})  # "the 42 people on board": the group itself


def _people(q: Quantity) -> bool:
    return q.kind == "count" and q.head in PEOPLE_AS_SUCH | PEOPLE_ROLES | {"crew", "child", "man", "woman"}


def _group_noun(q: Quantity) -> bool:
    return q.head in PEOPLE_AS_SUCH | PEOPLE_ROLES


def _definite(text: str, q: Quantity, earlier: str) -> bool:
    """The figure stands right after "the" or "all", and no word right after its noun picks a
    part out of the group, nor does a phrase after it ("on the next shift") bring a word the story
    has not used before (``earlier``: the story's text before the sentence)."""
    toks = word_tokens(text)
    before = [t for t in toks if t.end <= q.start]
    if not before or before[-1].low not in _LEADS:
        return False
    after = [t for t in toks if t.start >= q.end]
    if not after or not after[0].is_word:
        return False  # "the 42." or "the 42, ...": no noun read after the figure
    rest = after[1:]
    if rest and (rest[0].low in _PART_AFTER or rest[0].low.endswith("ed")):
        return False
    if rest and rest[0].low in _LINKS:
        seen = {t.low for t in word_tokens(earlier) if t.is_word}
        content = [t.low for t in rest[1:5] if t.is_word and t.low not in STOPWORDS][:1]
        return all(w in seen or w in _PLIGHT_WORDS for w in content)
    return True


def _plain(q: Quantity) -> bool:
    return (
        q.event in _PLIGHTS
        and not (q.bound or q.approx or q.changes or q.modal or q.upper)
        and q.value >= 10
        and float(q.value).is_integer()
    )


def group_restatements(qs: Sequence[Quantity], texts: Sequence[str]) -> dict[int, int]:
    """Later figure -> the one earlier count of people it restates by a definite phrase (see the
    module's doc). Pure: the figures and the texts of the sentences."""
    if not qs or article_language(" ".join(texts)) != "en":
        return {}
    people = [k for k, q in enumerate(qs) if _people(q)]
    per_sentence: dict[int, int] = {}
    for k in people:
        per_sentence[qs[k].sentence] = per_sentence.get(qs[k].sentence, 0) + 1
    counted = lexicon()["same_counted"]
    found: dict[int, int] = {}
    for bi in people:
        b = qs[bi]
        earlier = [k for k in people if qs[k].sentence < b.sentence]
        if len(earlier) != 1 or per_sentence[b.sentence] > 1:
            continue
        ai = earlier[0]
        a = qs[ai]
        if per_sentence[a.sentence] > 1 or not (_plain(a) and _plain(b)):
            continue
        if not (_group_noun(a) and _group_noun(b)):
            continue
        one = counted.get(a.head, a.head) == counted.get(b.head, b.head) or one_group(a, b)
        if not one or a.value == b.value or abs(a.value - b.value) > 0.2 * max(a.value, b.value):
            continue
        if (a.sentence_years and b.sentence_years) and not a.sentence_years & b.sentence_years:
            continue
        if _definite(texts[b.sentence], b, " ".join(texts[: b.sentence])):
            found[bi] = ai
    return found

"""FL401: one group's count against a count of a list of groups it heads.

"More than 500,000 teachers, nurses, porters and clerks turned out" counts a crowd of four
groups; "They counted about 300,000 teachers" later counts one of them. The first figure's
counted noun heads a list ("teachers, nurses, porters and clerks": the number is of all of
them), so a smaller count of a group of that list is its part, not the same count told twice.

A list is the counted noun (after at most two words of its own: "500,000 hospital staff")
followed by at least two more groups, each of one or two words, joined by commas and closed by
"and" or "or" ("teachers, nurses and clerks", "farmers, bus drivers, or traders"). A group is
no verb form ("killed 12 people, wounded dozens and displaced ...") and no small word.

A count as large as the whole or larger, or one against a count of one group told alone
("500,000 teachers marched" / "300,000 teachers"), is compared as before.
"""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.analysis.words import STOPWORDS

_HEAD_WORDS = 3  # the counted noun and the words before it: "500,000 hospital staff"
_ITEM_WORDS = 2  # words of one listed group: "health workers"
_MORE_GROUPS = 2  # listed groups besides the counted noun that make a list
_JOINS = frozenset({"and", "or"})
_STEM = 5  # letters two group words share at least ("nurse" of "nurses")


def _group_word(tok) -> bool:
    return tok.is_word and not tok.cap and tok.low not in STOPWORDS and not tok.low.endswith("ed")


@lru_cache(maxsize=4096)
def _heads_list(text: str, end: int) -> frozenset[str]:
    """The words of the groups the figure ending at ``end`` counts when its noun heads a list
    of them (see the module's docs), or none."""
    toks = [t for t in word_tokens(text) if t.start >= end]
    k = 0
    while k < len(toks) and k < _HEAD_WORDS and _group_word(toks[k]):
        k += 1
    if not k:
        return frozenset()
    words = {t.low for t in toks[:k]}
    groups, closed = 0, False
    while k < len(toks) and not closed:
        sep = toks[k].low
        if sep == "," and k + 1 < len(toks) and toks[k + 1].low in _JOINS:
            k, sep = k + 1, toks[k + 1].low
        if sep not in _JOINS and sep != ",":
            break
        closed = sep in _JOINS
        n = 0
        while k + 1 + n < len(toks) and n < _ITEM_WORDS and _group_word(toks[k + 1 + n]):
            n += 1
        if not n:
            return frozenset()
        words.update(t.low for t in toks[k + 1 : k + 1 + n])
        groups, k = groups + 1, k + 1 + n
    return frozenset(words) if closed and groups >= _MORE_GROUPS else frozenset()


def _of_the_groups(text: str, end: int, groups: frozenset[str]) -> bool:
    """The count ending at ``end`` is of one of ``groups`` (a word after it shares a stem with
    one of theirs: "70,000 nurses" of "teachers, nurses and porters")."""
    after = [t.low for t in word_tokens(text) if t.start >= end and t.is_word][:_HEAD_WORDS]
    stems = {g[:_STEM] for g in groups}
    return any(w[:_STEM] in stems for w in after if w not in STOPWORDS)


def listed_part(a: Quantity, b: Quantity, sentences) -> bool:
    """One of two counts of people counts a list of groups its noun heads, the other is smaller:
    one group's part of the whole (see the module's docs)."""
    if not (a.kind == b.kind == "count"):
        return False
    for whole, part in ((a, b), (b, a)):
        if part.base_value >= whole.base_value:
            continue
        groups = _heads_list(sentences[whole.sentence].text, whole.end)
        if groups and _of_the_groups(sentences[part.sentence].text, part.end, groups):
            return True
    return False

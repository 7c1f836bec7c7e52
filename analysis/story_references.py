"""Whether a sentence refers to things its story told: reference coherence, a signal apart from
the words it shares. A sentence lifted from another article refers to that article's things: a
definite or demonstrative noun ("the committee", "this approach"), a name of a body, a place or a
person ("Fenwick Harbour", "the Orlen Trust") that the story it landed in never introduced. A late
official of the story's own refers back to what the story told ("the fire", "the council's
decision", its places). FL201 asks it of a late titled newcomer whose sentence shares a word or
two with the story (analysis/topic_weight): such a sentence that refers to two things the story
never told, and to none it did, is another story's.

A reference is "the", "this", "these" or "those" and up to three words after it that are no
function words, or a run of capitalised words past the sentence's first word; its content words
(topic_overlap's: four letters or more, no word of no topic) say what it refers to, and one of
them shared with another sentence of the story (by topic_overlap's stem) makes it told. A
reference of no content word ("the same", "the past week") refers to nothing of its own.
A sentence that shares a word of the story's subject (one that ``_SUBJECT`` other sentences
have: "a baker" at a bakery's festival) is the story's, whatever new things it refers to ("the
jury", "the prize"): ``another_storys`` says so of none. Only English copy is read (its capitals
mark names)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from factlint.analysis.languages import function_words
from factlint.analysis.text import word_tokens
from factlint.analysis.topic_overlap import content_words, shared, topic_of

# the words that open a definite or demonstrative noun ("that" is more often a conjunction)
_OPENERS = frozenset({"the", "this", "these", "those"})
# words of a noun phrase read after its opener
_PHRASE = 3
# references the story never told, at least, for a sentence to be another story's
UNTOLD = 2
# other sentences with a word at least for it to be the story's subject ("bakery" in a story of a
# bakery's festival): a sentence that shares it is the story's, whatever else it refers to
_SUBJECT = 3


@dataclass(frozen=True)
class References:
    """How many of a sentence's references the story told, and how many it never did."""

    told: int
    untold: int

    @property
    def elsewhere(self) -> bool:
        """Whether they are another story's: ``UNTOLD`` untold or more, none told."""
        return self.untold >= UNTOLD and self.told == 0


def references(
    text: str, leave_out: frozenset[str] = frozenset(), skip: tuple[int, int] = (0, 0)
) -> list[list[str]]:
    """The content words of each reference of ``text`` (lowercase), outside the span ``skip`` (a
    newcomer's title and name) and without the words of ``leave_out``."""
    fw = function_words().get("en", frozenset())
    toks = [t for t in word_tokens(text) if not skip[0] <= t.start < skip[1]]
    out: list[list[str]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        j = i + 1
        if tok.low in _OPENERS:
            while j < len(toks) and j <= i + _PHRASE:
                nxt = toks[j]
                if not nxt.is_word or nxt.cap or nxt.low in fw or toks[j - 1].end != nxt.start - 1:
                    break
                j += 1
            words = " ".join(t.text for t in toks[i + 1 : j])
        elif tok.is_word and tok.cap and i > 0 and tok.low not in fw:
            while j < len(toks) and toks[j].is_word and toks[j].cap and toks[j - 1].end == toks[j].start - 1:
                j += 1
            words = " ".join(t.text for t in toks[i:j])
        else:
            words = ""
        found = content_words(words, "en", leave_out) if words else []
        if found:
            out.append(found)
        i = j
    return out


def told(
    sentences: Sequence[str],
    index: int,
    joined: Sequence[int] = (),
    leave_out: frozenset[str] = frozenset(),
    skip: tuple[int, int] = (0, 0),
) -> References:
    """The references of sentence ``index`` of ``sentences`` (with the ``joined`` sentences read
    with it: a quotation it opens) that another sentence of the story told, and those it never
    did; ``leave_out`` and ``skip`` (in sentence ``index``) as in ``references``."""
    own = {index, *joined}
    topic = topic_of([s for i, s in enumerate(sentences) if i not in own], "en")
    yes = no = 0
    for i in sorted(own):
        for words in references(sentences[i], leave_out, skip if i == index else (0, 0)):
            if shared(" ".join(words), topic).shared:
                yes += 1
            else:
                no += 1
    return References(yes, no)


def another_storys(
    sentences: Sequence[str],
    index: int,
    words: Sequence[str],
    joined: Sequence[int] = (),
    leave_out: frozenset[str] = frozenset(),
    skip: tuple[int, int] = (0, 0),
) -> bool:
    """Whether sentence ``index`` that shares ``words`` with its story (topic_overlap's
    ``shared``) is another story's all the same: no word of the story's subject among them, and
    what it refers to (``told``, same arguments) never told."""
    own = {index, *joined}
    others = [topic_of([s], "en") for i, s in enumerate(sentences) if i not in own]
    if any(sum(bool(shared(w, t).shared) for t in others) >= _SUBJECT for w in words):
        return False
    return told(sentences, index, joined, leave_out, skip).elsewhere

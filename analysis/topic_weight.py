"""How much the words one sentence shares with its story tie it to that story, each shared word
weighed by what the story itself says of it. FL201 asks it of a late titled newcomer whose sentence
shares a few content words with the story (analysis/topic_overlap): a splice from another article
(a careful one or a lazy edit) shares the story's commonest words ("director", "goes", "services")
once, while the story's own official speaks of what the story names or dwells on.

A shared word weighs as specific as the story makes it. One whole tie: a name both write (a
capital past the first word, in the newcomer's sentence and another), a word the story dwells on
(three other sentences have it, or two and one of them in the opening) or opens with (its first
three sentences, the headline and lede that state what it is about: "the crew" of a seized
tanker) where no sentence names it. Two thirds: a common word two later sentences have ("the
group" of walkers against a firm's "group" that reports its earnings), or one the story names
but the newcomer's sentence writes as a common word ("the local authority" against "the Harwick
Authority"): one such word alone ties no newcomer, two do, or one with a word in passing. A third:
one later sentence has it in passing. A word of the newcomer's title that is no office's (their
body or portfolio: "League chairman" in a story of a league) ties them whole. An office's word
("director", "chairman", the lexicon's one-word titles, the word after "chief" and the one before
"general") ties nobody: another sentence's director is another person.
The weight is the sum; a whole tie or more is the story's topic. Only English copy is weighed (its
capitals mark names; German nouns all have one): other languages' shared words each weigh a whole
tie."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from factlint.analysis.lexicon import load_lexicon
from factlint.analysis.text import LETTERS
from factlint.analysis.topic_overlap import shared, topic_of

# the sentences that open a story (its headline and lede), which state what it is about
_OPENING = 3
# what a shared word weighs: named, dwelt on or in the opening; in one later sentence
_WHOLE = 1.0
_IN_PASSING = 1 / 3
# what a word weighs that the story has but does not make its own: two later sentences have it,
# or another sentence names it where the newcomer's writes it as a common word ("the local
# authority" against "the Harwick Authority"): two such, or one with a word in passing, tie
_SOME = 2 / 3
# other sentences that have a word for the story to dwell on it
_DWELLS = 3
# ... or that have it, one of them in the opening
_DWELLS_FROM_THE_OPENING = 2
# the weight at which the shared words tie a sentence to its story
TIED = 1.0
_WEIGHED = frozenset({"en"})


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """The lexicon's one-word titles ("director", "chairman") and what follows "chief" in one of
    two words ("executive")."""
    titles = load_lexicon().titles
    return (
        frozenset(k[0] for k in titles if len(k) == 1)
        | frozenset(k[1] for k in titles if len(k) == 2 and k[0] == "chief")
        # ("attorney" of "Attorney General": the office, not a body; "his attorney" is another)
        | frozenset(k[0] for k in titles if len(k) == 2 and k[1] == "general")
    )


def _named_in(text: str, word: str, lang: str) -> bool:
    """Whether ``text`` writes ``word`` (by topic_overlap's stem) with a capital past its first
    word: a name."""
    caps = [m.group() for m in LETTERS.finditer(text) if m.start() > 0 and m.group()[:1].isupper()]
    return bool(caps) and bool(shared(word, topic_of([" ".join(caps)], lang)).shared)


def _weight(
    word: str, others: Sequence[tuple[int, str]], lang: str, title: Sequence[str], own: str, opening: int
) -> float:
    """What one shared word weighs, from the other sentences (index, text) that have it and the
    newcomer's own sentence ``own``; the first ``opening`` sentences are the story's opening."""
    if word in office_words():
        return 0.0
    if word in title:
        return _WHOLE
    having = [(i, s) for i, s in others if shared(word, topic_of([s], lang)).shared]
    if not having:
        return 0.0
    in_opening = any(i < opening for i, _ in having)
    named = any(_named_in(s, word, lang) for _, s in having)
    if (
        len(having) >= _DWELLS
        or (in_opening and (len(having) >= _DWELLS_FROM_THE_OPENING or not named))
        or (named and _named_in(own, word, lang))
    ):
        return _WHOLE
    return _SOME if named or len(having) > 1 or in_opening else _IN_PASSING


def tie(
    sentences: Sequence[str],
    index: int,
    words: Sequence[str],
    lang: str,
    joined: Sequence[int] = (),
    title: Sequence[str] = (),
    *,
    opening_counts: bool = True,
) -> float:
    """What ``words`` (content words sentence ``index`` of ``sentences`` shares with the others,
    topic_overlap.overlap's ``shared``; ``joined``: the later sentences read with it; ``title``:
    the content words of the newcomer's title) weigh together as a tie to the story; in a language
    not weighed, a whole tie a word. ``opening_counts=False`` weighs a word of the opening as one
    of any other sentence: a reader for whom a word the lede says once ties nothing."""
    if lang not in _WEIGHED:
        return _WHOLE * len(words)
    own = {index, *joined}
    others = [(i, s) for i, s in enumerate(sentences) if i not in own]
    opening = _OPENING if opening_counts else 0
    return sum(_weight(w, others, lang, title, sentences[index], opening) for w in words)


def tied(sentences: Sequence[str], index: int, words: Sequence[str], lang: str, *more, **options) -> bool:
    """Whether the shared ``words`` tie sentence ``index`` to its story: ``tie`` (same arguments)
    reaches ``TIED``."""
    return bool(words) and tie(sentences, index, words, lang, *more, **options) >= TIED - 1e-9

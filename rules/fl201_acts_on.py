"""FL201's late officials who act on something the story never mentions: a titled newcomer who is
the subject of a deed done to a thing or at a place ("President Ana Roe visited the stadium on
Friday.", "Judge Ola Venn adjourned the hearing until next month.", "Ostra's foreign minister,
Dana Vell, formally summoned the Brask ambassador ...") where the head noun of what they act on
and every place the sentence names are absent from the rest of the story. A sentence this short
tells little of a topic by its words alone, and a word or two shared in passing ties no one; but
what a deed is done to is the sentence's topic: an official visiting a stadium in a flood story
acts in another story, one visiting the flooded villages (or "the flooding", a word of the same
stem as "floods") or the story's own town acts in this one. The topic readers
(rules/fl201_topic) weigh such a newcomer even with fewer content words than they need, and
flag them when the words they share are few; a newcomer whom a body, the story's trade (a judge
in a court story) or a quoted voice sets up is left to those readers."""

from __future__ import annotations

import re
from itertools import pairwise
from collections import Counter
from collections.abc import Iterable, Iterator, Set

from factlint.analysis.text import WORD, word_tokens

# deeds an official does to a thing or at a place (past tense, as news tells them)
_DEEDS = frozenset(
    "visited toured inspected opened inaugurated unveiled launched dismissed adjourned jailed "
    "sentenced summoned upheld overturned quashed postponed deployed signed chaired addressed "
    "attended received hosted awarded laid ratified vetoed approved rejected ordered".split()
)
# words that may stand between the subject and the deed ("has visited", "formally summoned",
# "on Monday visited")
_AUXILIARIES = frozenset("has have had also then later earlier".split())
_DAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December".split()
)
# words that open what a deed is done to, no noun of it
_DETERMINERS = frozenset("the a an its his her their two three four five new several some".split())
# words that end what a deed is done to ("the hearing until next month", "the appeal of ...")
_CLOSERS = frozenset("in on at of to for from until over with by and as after before during".split())
# owners in the possessive that are the place the sentence names ("the town's new academy in
# Corvel"), no thing of the story's
_PLACE_OWNERS = frozenset(
    "town city country nation region state province district village capital island county world".split()
)
# words of a time that end what a deed is done to once a word of it is read ("the trial next month")
_TIME_CLOSERS = frozenset("next last this".split())
# words of what a deed is done to at most
_OBJECT_WORDS = 5
# letters a stem keeps at least to match another word of the story ("flood" of "flooding")
_STEM = 4
_ENDINGS = ("ings", "ing", "ies", "es", "ed", "s")


def _stem(word: str) -> str:
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _STEM:
            return low[: -len(ending)]
    return low


def deed_at(text: str, said: int) -> re.Match[str] | None:
    """The deed the subject ending at ``said`` does: the first word past a comma, auxiliaries,
    an adverb in -ly and a day ("on Monday"), if it is one of ``_DEEDS``."""
    words = list(WORD.finditer(text, said, said + 60))
    k = 0
    while k < len(words):
        w = words[k].group()
        if w in _AUXILIARIES or (w.endswith("ly") and w.islower() and len(w) > 4):
            k += 1
        elif w == "on" and k + 1 < len(words) and words[k + 1].group() in _DAYS:
            k += 2
        else:
            break
    if k >= len(words) or words[k].group() not in _DEEDS:
        return None
    gap = text[said : words[k].start()]
    return words[k] if not any(c in gap for c in '.;:()"“”') else None


def _object(text: str, at: int) -> Iterator[tuple[str, str, int]]:
    """The words of what a deed ending at ``at`` is done to, up to a stop, a closer ("until",
    "of", "in"), a time said after it ("the trial next month") or ``_OBJECT_WORDS`` words: each
    without its possessive ending, as written and where it ends, determiners left out."""
    read = False
    for n, w in enumerate(WORD.finditer(text, at)):
        word = re.sub(r"['’]s$", "", w.group())
        low = word.lower()
        if (
            n >= _OBJECT_WORDS
            or low in _CLOSERS
            or (read and low in _TIME_CLOSERS)
            or re.search(r"[,;:.(]", text[at : w.start()])
        ):
            return
        if low in _DETERMINERS:
            continue
        read = True
        yield word, w.group(), w.end()


def object_words(text: str, at: int) -> list[str]:
    """The lower-case words of what a deed ending at ``at`` is done to ("set the sentencing date
    next month" -> "sentencing", "date"): the object a judge's or a head's deed is read by."""
    return [word for word, _, _ in _object(text, at) if word.islower()]


def object_text(text: str, at: int) -> str:
    """What a deed ending at ``at`` is done to, as written ("the town's new academy")."""
    ends = [end for _, _, end in _object(text, at)]
    return text[at : ends[-1]].strip() if ends else ""


def _head(text: str, deed: re.Match[str]) -> tuple[str | None, list[str], list[str]]:
    """The head noun of what ``deed`` is done to (the last lower-case word: "the region's cotton
    mills" -> "mills"), the capitalised words in it ("the Brask ambassador") and the lower-case
    owners in the possessive ("the company's research centre" -> "company")."""
    head: str | None = None
    names: list[str] = []
    owners: list[str] = []
    for word, written, _ in _object(text, deed.end()):
        if word[:1].isupper():
            names.append(word)
        elif word != written:
            owners.append(word)
        elif word.isalpha():
            head = word
    return head, names, owners


def _owner_told(others: list[str], owners: list[str]) -> bool:
    """Whether an owner of what the deed is done to is a thing the story tells by the definite
    article ("the company's research centre" beside "the company said"): the thing is its own.
    A place's owner ("the town's new academy in Corvel") is the place the sentence names, read
    with the places; a word said in passing ("fought as a team") is no thing the story tells."""
    pairs = {(a.lower(), b.lower()) for text in others for a, b in pairwise(WORD.findall(text))}
    return any(owner not in _PLACE_OWNERS and ("the", owner) in pairs for owner in owners)


def _purpose(text: str, deed: re.Match[str]) -> list[str]:
    """The lower-case words of the clause of purpose after what the deed is done to, up to its
    stop: "ordered an all-out effort to rescue the trapped miners" -> "rescue", "trapped",
    "miners". An order's or a visit's matter is told there as often as in its object."""
    rest = text[deed.end() :]
    cut = re.search(r"[,;:.(]", rest)
    rest = rest[: cut.start()] if cut else rest
    words = WORD.findall(rest)
    at = next((k for k, w in enumerate(words) if w == "to" and 0 < k <= _OBJECT_WORDS + 1), None)
    if at is None:
        return []
    return [w for w in words[at + 1 :] if w.islower() and len(w) > _STEM and w not in _CLOSERS]


def _told(words: Set[str], stems: set[str], word: str) -> bool:
    stem = _stem(word)
    return (
        word.lower() in words
        or stem in stems
        or any(
            s.startswith(stem) or stem.startswith(s) for s in stems if len(s) >= _STEM and len(stem) >= _STEM
        )
    )


class OtherWords(Set[str]):
    """The lower-case words of the sentences of a story but one, as the story's counts less the
    sentence's own (``StoryWords.others``); ``told`` asks for a word or one of its stem."""

    def __init__(self, story: StoryWords, index: int) -> None:
        self._all, self._own = story.words, story.own[index]
        self._stems = {s for s, n in story.stems.items() if n > story.own_stems[index][s]}

    def __contains__(self, word: object) -> bool:
        return self._all[word] > self._own[word]  # type: ignore[index]

    def __iter__(self) -> Iterator[str]:
        return (w for w, n in self._all.items() if n > self._own[w])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> set[str]:  # (``&`` gives a plain set)
        return set(it)

    def told(self, word: str) -> bool:
        return _told(self, self._stems, word)


class StoryWords:
    """The words of a story's sentences (``word_tokens``, possessives apart), counted once a
    document: what the sentences but one tell is read from the counts, not rebuilt a sentence."""

    def __init__(self, texts: list[str]) -> None:
        tokens = [[t for t in word_tokens(text) if t.is_word] for text in texts]
        self.own = [Counter(t.low for t in words) for words in tokens]
        # (stems of the lower-case words only: a name's stem is no thing the story tells)
        self.own_stems = [Counter(_stem(t.low) for t in words if not t.cap) for words in tokens]
        self.words: Counter[str] = sum(self.own, Counter())
        self.stems: Counter[str] = sum(self.own_stems, Counter())

    def others(self, index: int) -> OtherWords:
        return OtherWords(self, index)


# the story last counted, swapped whole (threads sharing the module never read one story's words
# for another's): the judge, visit and new-body readers each ask for the same story's words
_last_story: tuple = ((), None)


def story_words(texts: list[str]) -> StoryWords:
    """``StoryWords(texts)``, counted once for a story however many readers ask."""
    global _last_story
    held, words = _last_story
    key = tuple(texts)
    if words is None or held != key:
        words = StoryWords(texts)
        _last_story = (key, words)
    return words


def acts_in_another_story(texts: list[str], index: int, said: int) -> bool:
    """Whether the official whose subject ends at ``said`` in sentence ``index`` does a deed
    (``_DEEDS``) to a thing whose head noun no other sentence tells, and every place their
    sentence names past the subject (capitalised words but days and months) is absent from the
    rest of the story too."""
    text = texts[index]
    deed = deed_at(text, said)
    if deed is None:
        return False
    head, names, owners = _head(text, deed)
    if head is None or len(head) <= 3:
        return False
    if _owner_told([t for i, t in enumerate(texts) if i != index], owners):
        return False
    others = [w for i, t in enumerate(texts) if i != index for w in WORD.findall(t)]
    words = {w.lower() for w in others}
    stems = {_stem(w) for w in others if w.islower()}
    if _told(words, stems, head) or any(_told(words, stems, w) for w in _purpose(text, deed)):
        return False
    places = [w for w in WORD.findall(text[deed.end() :]) if w[:1].isupper() and w not in _DAYS] + names
    return not any(re.sub(r"['’]s$", "", p).lower() in words for p in places)

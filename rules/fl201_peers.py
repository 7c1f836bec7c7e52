"""FL201's late holder of an office the story already tells of as a class: a story that says
"Voss is the third governor in as many days to declare an emergency", "governors of three
states", "two other governors", "another governor" or names the governors of two other states
has set up the office's holders elsewhere, and a late "Kellan Governor Ada Brisk declared ..."
or "the governor of West Pellar signed ..." is one of them, not a splice. Only the same office,
and only of a place or a body (the newcomer's post says whose); a governor in a story that tells
of no other governor stays a newcomer.

The office in the plural counts only with a number or a place that makes its holders a class
("two other governors", "governors of three states", "the governors of Kellan and Dunmore"): a
bare plural ("finance ministers meet on Monday", "governors and mayors") says nothing of the
newcomer's post."""

from __future__ import annotations

from collections import defaultdict

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import word_tokens
from factlint.analysis.words import FUNCTION_WORDS

# Words before an office that count its holders as a class: "the third governor", "another
# minister", "fellow mayors", "two other governors"
_COUNTING = frozenset(
    "second third fourth fifth sixth seventh another other fellow several two three four five six many".split()
)
# Words that count the holders of a plural office ("two other governors", "governors of three
# states"): the ordinals and "another" count one holder, not a class
_NUMBERS = frozenset("two three four five six seven eight nine ten several many both fellow".split())
# How many words may stand between such a word and the office ("the third state governor")
_GAP = 1
# How many words after "of" may stand before the number or place ("governors of the two states")
_OF_GAP = 2

# the mentions last read and their index (office -> the sentence and place of each holder
# named, and per office the first sentence that counts its holders), swapped whole so threads
# sharing the module never read one story with another's index; holding the mentions keeps
# ``is`` sound
_last: tuple = (None, None)


class _Index:
    def __init__(self, ms: Mentions) -> None:
        self.sentences = ms.doc.sentences
        self.held: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for m in ms.mentions:
            if m.office and m.jurisdiction is not None:
                self.held[m.office].append((m.sentence, m.jurisdiction))
        self.counted: dict[str, int] = {}  # office -> the first sentence that counts its holders

    def first_counted(self, office: str) -> int:
        if office not in self.counted:
            words = office.lower().split()
            self.counted[office] = next(
                (k for k, s in enumerate(self.sentences) if _counted(s.text, words)), len(self.sentences)
            )
        return self.counted[office]


def _index(ms: Mentions) -> _Index:
    global _last
    held, index = _last
    if held is not ms.mentions or index.sentences is not ms.doc.sentences:
        index = _Index(ms)
        _last = (ms.mentions, index)
    return index


def peers_told(ms: Mentions, first: Mention) -> bool:
    """Whether the story, before the sentence of ``first`` (an office of a place or a body),
    tells of its office's holders as a class: the office counted ("the third governor", "two
    other governors"), or held in two places other than the newcomer's."""
    if not first.office or first.jurisdiction is None:
        return False
    index = _index(ms)
    places = {
        j for k, j in index.held.get(first.office, ()) if k < first.sentence and j != first.jurisdiction
    }
    return len(places) >= 2 or index.first_counted(first.office) < first.sentence


def _counted(text: str, office: list[str]) -> bool:
    """Whether ``text`` names the office (its words, the last in the singular or plural) after a
    word that counts its holders, or in the plural with a number or a place."""
    if office[-1] not in text.lower():
        return False  # (prefilter: most sentences do not name the office)
    toks = [t for t in word_tokens(text) if t.is_word or t.text[:1].isdigit()]
    lows = [t.low for t in toks]
    n = len(office)
    for i in range(len(lows) - n + 1):
        head, last = lows[i : i + n - 1], lows[i + n - 1]
        if head != office[:-1]:
            continue
        counted = any(w in _COUNTING for w in lows[max(0, i - 1 - _GAP) : i])
        if last == office[-1] and counted:
            return True
        if last not in (office[-1] + "s", office[-1] + "es") or (i and lows[i - 1] == "of"):
            continue  # (not "the board of governors")
        if any(w in _NUMBERS or w[:1].isdigit() for w in lows[max(0, i - 1 - _GAP) : i]):
            return True  # "two other governors", "fellow governors"
        if (
            i + n < len(lows)
            and lows[i + n] == "of"
            and _number_or_place(toks[i + n + 1 : i + n + 2 + _OF_GAP])
        ):
            return True  # "governors of three states", "the governors of Kellan and Dunmore"
    return False


def _number_or_place(after_of: list) -> bool:
    """Whether the words after a plural office's "of" open with a number or a place's name."""
    for t in after_of:
        if t.low in _NUMBERS or t.text[:1].isdigit():
            return True
        if t.text[:1].isupper() and t.low not in FUNCTION_WORDS:
            return True
        if t.low not in ("the", "its", "their", "neighbouring", "neighboring", "other"):
            return False
    return False

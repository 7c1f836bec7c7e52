"""FL201's late holder of an office the story already tells of as a class: a story that says
"Voss is the third governor in as many days to declare an emergency", "governors of three
states", "another governor" or names the governors of two other states has set up the office's
holders elsewhere, and a late "Kellan Governor Ada Brisk declared ..." or "the governor of West
Pellar signed ..." is one of them, not a splice. Only the same office, and only of a place or a
body (the newcomer's post says whose); a governor in a story that tells of no other governor
stays a newcomer."""

from __future__ import annotations

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import word_tokens

# Words before an office that count its holders as a class: "the third governor", "another
# minister", "fellow mayors", "two other governors"
_COUNTING = frozenset(
    "second third fourth fifth sixth seventh another other fellow several two three four five six many".split()
)
# How many words may stand between such a word and the office ("the third state governor")
_GAP = 1


def peers_told(ms: Mentions, first: Mention) -> bool:
    """Whether the story, before the sentence of ``first`` (an office of a place or a body),
    tells of its office's holders as a class: the office in the plural or counted ("the third
    governor", "another governor"), or held in two places other than the newcomer's."""
    office = (first.office or "").lower().split()
    if not office or first.jurisdiction is None:
        return False
    places: set[str] = set()
    for k in range(first.sentence):
        for m in ms.in_sentence(k):
            if m.office == first.office and m.jurisdiction not in (None, first.jurisdiction):
                places.add(m.jurisdiction)  # type: ignore[arg-type]
        if len(places) >= 2 or _counted(ms.doc.sentences[k].text, office):
            return True
    return False


def _counted(text: str, office: list[str]) -> bool:
    """Whether ``text`` names the office (its words, the last in the singular or plural) in the
    plural or after a word that counts its holders."""
    if office[-1] not in text.lower():
        return False  # (prefilter: most sentences do not name the office)
    lows = [t.low for t in word_tokens(text) if t.is_word]
    n = len(office)
    for i in range(len(lows) - n + 1):
        head, last = lows[i : i + n - 1], lows[i + n - 1]
        if head != office[:-1]:
            continue
        if last in (office[-1] + "s", office[-1] + "es") and (i == 0 or lows[i - 1] != "of"):
            return True  # "governors of three states" (not "the board of governors")
        if last == office[-1] and any(w in _COUNTING for w in lows[max(0, i - 1 - _GAP) : i]):
            return True
    return False

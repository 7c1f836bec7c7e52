"""The measure a word of another language names, the word itself or the last part of a compound.

German joins a measure's noun to what it is of: "Jahresgewinn" and "Konzerngewinn" are the
profit "Gewinn" names, "Bußgeldbescheid" no measure at all. A word names the measure of its
head when the head is a measure's word of five letters or more and the part before it three or
more ("inutile" is no "utile"). A part before it that names another period or an earlier one
("Quartalsgewinn", "Vorjahresgewinn", "Halbjahresumsatz") makes it a measure of its own, kept
apart from the plain one: the quarter's profit is not the year's.
"""

from __future__ import annotations

from functools import lru_cache

_MIN_HEAD, _MIN_PART = 5, 3

# parts before a measure's head that name another period, an earlier one or another kind of sum
_OWN_PERIOD = ("vor", "quartal", "halbjahr", "monat", "woche", "tages", "brutto", "operativ", "zwischen")


def measure_of(low: str, words: dict[str, str]) -> str | None:
    """The measure ``words`` (word -> measure) gives the lower-case token ``low``, read whole or
    as a compound ending in one of them; None for a word naming none."""
    got = words.get(low)
    if got is not None or len(low) < _MIN_HEAD + _MIN_PART or not low.isalpha():
        return got
    return _compound(low, _heads(words))


_HEADS: dict[int, tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}


def _heads(words: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The words that may end a compound, longest first (kept per word list: the lists are
    the lexicon's, made once)."""
    kept = _HEADS.get(id(words))
    if kept is None or kept[0] is not words:
        heads = sorted(
            ((w, m) for w, m in words.items() if len(w) >= _MIN_HEAD and w.isalpha()),
            key=lambda x: -len(x[0]),
        )
        kept = _HEADS[id(words)] = (words, tuple(heads))
    return kept[1]


@lru_cache(maxsize=4096)
def _compound(low: str, heads: tuple[tuple[str, str], ...]) -> str | None:
    for head, measure in heads:
        if low.endswith(head) and len(low) - len(head) >= _MIN_PART:
            part = low[: -len(head)]
            return f"{measure}:{part.rstrip('s')}" if part.startswith(_OWN_PERIOD) else measure
    return None

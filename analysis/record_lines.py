"""The record lines of a fact box: a sentence that opens with a label of any length up to its
first colon and gives figures right after it ("Ridge Fire, Kelm and Tarro Counties, between Alta
and Birch Lake: 36,807 acres, 95% contained", "Old town, from the cathedral to the harbour: about
1,200 damaged buildings", "Deaths: Three firefighters, seven civilians").

A label names; it does not tell: it opens with a capital, holds no finite verb, pronoun or
reporting verb ("Police said: 14 dead", "He told reporters: ..." are sentences), no quote, and
runs at most ``_MOST`` tokens. What follows the colon opens with a figure within ``_NEAR``
tokens and holds no finite verb before its sentence ends ("Attacks: Two strikes were reported" is
a caption, not a record). The signals name no topic: a box of fires, districts, parties or
injuries reads the same."""

from __future__ import annotations

from functools import lru_cache

from .text import word_tokens

# the most tokens a label runs to, and how many tokens after its colon its first figure may stand
# ("about 1,200", "An estimated 5,300", "Crew of 210")
_MOST, _NEAR = 24, 4
# finite and reporting verbs, pronouns: a label holding one is a sentence ("Officials said:")
_TELLING = frozenset(
    """is are was were be been being am has have had do does did will would can could may might
    must shall should said says say told tells tell added adds wrote writes reported announced
    according asked explained noted warned stated confirmed insisted urged claimed believes
    believe thinks think i he she we they you it his her its their our my your who which that
    this these those there here not""".split()
)
_OBJECTS = frozenset("a an the his her their its our my".split())
_BULLETS = frozenset("- – — * • ·".split())
_QUOTES = frozenset("\"“”‘’'«»")


@lru_cache(maxsize=4096)
def record_label(text: str, figures: tuple[int, ...]) -> tuple[int, tuple[str, ...]] | None:
    """The label a record line opens with and where its colon stands, given where the sentence's
    figures start; ``None`` when the sentence is no record line."""
    toks = word_tokens(text)
    k = 0
    while k < len(toks) and toks[k].text in _BULLETS:
        k += 1
    n = next((j for j in range(k, min(len(toks), k + _MOST + 1)) if toks[j].text == ":"), None)
    if n is None or n == k or not toks[k].cap:
        return None
    figure_at = min((at for at in figures if at > toks[n].start), default=None)
    label = toks[k:n]
    if figure_at is None or any(_telling(t.text, t.low, t.cap) for t in label):
        return None
    body = [t for t in toks[n + 1 :] if t.end <= figure_at]
    if len(body) > _NEAR or any(t.text in ".!?;" for t in body):
        return None  # the figure stands too far from the label
    end = next((j for j in range(n + 1, len(toks)) if toks[j].text in ".!?"), len(toks))
    if any(toks[j].low in _TELLING or _acts(toks, j) for j in range(n + 1, end)):
        return None  # "Attacks: Two strikes were reported", "... 81, suffered a stroke": a caption
    return toks[n].start, tuple(t.low for t in label if t.is_word or t.text[0].isdigit())


def _acts(toks, j: int) -> bool:
    """A lower-case past form with an object after it ("suffered a stroke", "hit the convoy"):
    a finite verb, not a participle that ends a record's phrase ("95% contained")."""
    return (
        not toks[j].cap and toks[j].low.endswith("ed") and j + 1 < len(toks) and toks[j + 1].low in _OBJECTS
    )


def _telling(text: str, low: str, cap: bool) -> bool:
    """A label's token that makes it a sentence: a finite or reporting verb, a pronoun, a quote, a
    lower-case past form ("killed", "confirmed"; not "hundred")."""
    if low in _TELLING or text[0] in _QUOTES and low not in ("'s", "’s"):
        return True
    return not cap and len(low) > 4 and low.endswith("ed") and low != "hundred"

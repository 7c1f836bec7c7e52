"""A place told by its adjective is the place ("In Corvin, 20 people had died" / "The Corvinian
death toll of 24"; "In Thailand" / "the Thai toll"): a figure's names read the adjective as the
place it comes from when the story names that place too, so the two figures are not told apart
by their names. The adjective is known from the country list (``data/demonyms.yaml``: a word
there that begins as its country does) or by its form: a place the document names plus an
ending of place adjectives ("Varrow" / "Varrowan", "Kellin" / "Kellinese", "Morvan" /
"Morvanian")."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .figure_types import Quantity

# (not "-er", "-i" or a bare "-n": "Parker", "Rossi", "Hunter" are people's names, not "Park"'s,
# "Ross"'s or "Hunt"'s; "Kenyan" and the like come from the country list)
_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish")
_DATA = Path(__file__).with_name("data") / "demonyms.yaml"


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, frozenset[str]]:
    """A country's adjective (lower-cased, one word) to the words of its name."""
    import yaml

    with _DATA.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    out: dict[str, frozenset[str]] = {}
    for country, words in raw["countries"].items():
        for w in words:
            # an adjective begins as its country does; a capital or a seat does not ("Hanoi")
            if " " not in w and w.lower()[:3] == country.lower()[:3] and w.lower() != country.lower():
                out[w.lower()] = frozenset(country.lower().split())
    return out


def _place_of(word: str, places: set[str]) -> frozenset[str] | None:
    listed = country_adjectives().get(word)
    if listed and listed <= places:
        return listed
    for ending in _ENDINGS:
        base = word[: -len(ending)]
        # the place itself, whole: no spelling is guessed ("Kobani" is not "Kobane"'s adjective)
        if word.endswith(ending) and len(base) >= 4 and base in places:
            return frozenset({base})
    return None


def places_for_adjectives(qs: list[Quantity], places: set[str]) -> list[Quantity]:
    """The figures with each place adjective among their names read as the place, when the
    document names the place (``places``: the words it capitalises as names)."""
    out = []
    for q in qs:
        found = {n: _place_of(n, places) for n in q.names} if q.names else {}
        if any(found.values()):
            names = frozenset().union(*(found[n] or {n} for n in q.names))
            q = replace(q, names=names)
        out.append(q)
    return out


def as_places(words: frozenset[str], known: set[str] | frozenset[str]) -> frozenset[str]:
    """``words`` with each place adjective read as the place among ``known`` it comes from."""
    if not words:
        return words
    return frozenset().union(*(_place_of(w, set(known)) or {w} for w in words))

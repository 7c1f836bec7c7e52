"""FL401: "the four injured were taken to hospital" is every one of the injured, not the part
of them taken to hospital. A count of the injured told by a definite phrase ("the 14 wounded",
"the four injured") restates the whole count, whatever the clause goes on to say they did or
had done to them; "two of the four injured" or "the four injured most seriously" are parts."""

from __future__ import annotations

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import figure_tokens

_HURT = frozenset({"injured", "wounded", "hurt"})
# what may follow "the four injured" when it is the whole group: its verb, or the clause's end
_THEN = frozenset(
    {"were", "are", "was", "have", "had", "included", "include", "remain", "remained", ",", ".", ";"}
)
_PART_OF = frozenset({"of", "among", "from"})


def whole_of_injured(q: Quantity, text: str) -> bool:
    """``q`` is "the N injured/wounded/hurt" as a group of its own, every one of the injured."""
    toks = figure_tokens(text)
    first = next((k for k, t in enumerate(toks) if t.start >= q.start), len(toks))
    last = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks))
    return (
        first >= 1
        and toks[first - 1].low == "the"
        and (first < 2 or toks[first - 2].low not in _PART_OF)
        and last + 1 < len(toks)
        and toks[last].low in _HURT
        and toks[last + 1].low in _THEN
    )


def hospital_part_is_whole(a: Quantity, fa, b: Quantity, fb, sentences) -> bool:
    """Of two counts read as the injured and those taken to hospital, the one read as taken to
    hospital is "the N injured" themselves."""
    if not (fa and fb):
        return False
    part = a if fa.predicate != "injury" else b
    return whole_of_injured(part, sentences[part.sentence].text)

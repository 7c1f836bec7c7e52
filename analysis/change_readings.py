"""When a change word before a figure is no change of that figure, and when "will" or "would"
is no hedge of it, for ``figure_clause``.

A word of rising or falling ("fell", "rose", "dropped", "down") marks a figure that changes or
compares ("the toll rose to 40", "fell 3 km further", "up from 12"), and such figures are never
read as restatements. Three shapes recur in copy of one event where the word moves something
else than the figure:

- a body's own move: "the hiker fell 40 metres", "the jet dropped 9,000 feet", "a fall of 60
  metres", "slid 300 feet down into a ravine": the length is how far it went, unless the
  clause is about a level ("the river rose 2 metres", "sea levels rose 20 cm");
- a span after its preposition: "dropped 9,000 feet in three minutes": the minutes are how long
  the move took ("for a further two weeks" still adds to a span);
- another verb's change: "floodwaters rose overnight and killed 12", "the crane fell on a school,
  killing nine children": a verb of a toll stands between the change word and the figure, so
  the count is the toll, not a level that rose.

"Will" and "would" hedge a figure as a plan or a forecast, but not where they bind someone to
it: "rescuers would have to drill 400 metres", "the firm will have to pay 4.1 billion", "under
the deal the firm would pay 4.1 billion for the port" (an obligation, or the sum a deal fixes);
"if"/"unless", "could" and "might" stay hedges.

Reads tokens only; no word list is new beyond the few sets below.
"""

from __future__ import annotations

from .numtext import lemma, lexicon, word_at
from .figure_words import _TOLLS

# verbs and nouns of a body moving up or down ("fell", "a drop of"): a length after them is how
# far it went
_BODY_MOVES = frozenset(
    "fall fell fallen falling falls drop dropped dropping drops climb climbed climbing climbs "
    "rise rose risen rising rises jump jumped jumps".split()
)
# a clause about a level, whose rise or fall is a change: "the river rose 2 metres"
_LEVELS = frozenset(
    "level levels water waters river rivers lake sea seas tide tides flood floods floodwater floodwaters "
    "snow snowpack glacier glaciers ice".split()
)
# words that may stand between the move and its length: "fell some 200 metres", "a drop of 60"
_BETWEEN_MOVE_AND_LENGTH = frozenset(
    "a an of some about around nearly almost roughly approximately over more than up to just".split()
)
# prepositions that make a duration the span of a move: "dropped 9,000 feet in three minutes"
_SPAN_PREPOSITIONS = frozenset({"in", "for", "after", "within", "over", "during"})
# words after "down"/"up" that say where a length went: "slid 400 ft down into a ravine"
_PLACE_AFTER = frozenset({"into", "onto", "through", "below", "beneath", "towards", "toward", "to"})


def not_a_change(toks, lo: int, k: int, first: int, unit: str) -> bool:
    """Whether the change word at ``k`` (before the figure at ``first``, in the clause from
    ``lo``) moves something other than the figure: a body's move for a length, a move timed
    by a span, or another verb's change before a toll's verb."""
    low = toks[k].low
    if unit == "length" and low in _BODY_MOVES:
        between = {t.low for t in toks[k + 1 : first]}
        if between <= _BETWEEN_MOVE_AND_LENGTH and not {t.low for t in toks[lo:k]} & _LEVELS:
            return True  # "the hiker fell 40 metres", "a drop of some 60 metres"
    if unit == "time" and any(t.low in _SPAN_PREPOSITIONS for t in toks[k + 1 : first]):
        return True  # "dropped 9,000 feet in three minutes": the minutes time the drop
    return _toll_verb_between(toks, k, first)


def _toll_verb_between(toks, k: int, first: int) -> bool:
    """A verb of a toll ("killed", "killing", "trapping") between the change word and the
    figure: "floodwaters rose overnight and killed 12" counts the dead, no level that rose."""
    ev = lexicon()["event_of"]
    for t in toks[k + 1 : first]:
        if not t.low.endswith(("ed", "ing")):
            continue
        stem = lemma(t.low)
        # ("trapping" -> "trapp": a doubled consonant before the ending)
        if ev.get(stem, ev.get(t.low, ev.get(stem[:-1] if stem[-2:-1] == stem[-1:] else ""))) in _TOLLS:
            return True
    return False


def placed_after(toks, j2: int) -> bool:
    """ "down"/"up" after a length that says where it went: "slid 400 ft down into a
    ravine", "fell 300 feet down to the valley floor" ("down to 3 m" is a level)."""
    if word_at(toks, j2) not in ("down", "up"):
        return False
    nxt = word_at(toks, j2 + 1)
    return nxt in _PLACE_AFTER and not (nxt == "to" and word_at(toks, j2 + 2)[:1].isdigit())


# "would have to", "will need to", "would be required to": an obligation, the figure its measure
_BOUND_TO = frozenset({"have", "has", "need", "needs"})
_BE_BOUND = frozenset({"required", "forced", "obliged"})
# "will pay", "would receive": the sum a deal or a ruling fixes
_PAYING = frozenset({"pay", "repay", "receive"})
_WILL = frozenset({"will", "would", "shall"})


def settled_modals(toks, lo: int, hi: int) -> frozenset[str]:
    """The words "will"/"would"/"shall" of toks[lo:hi] that bind someone to the figure rather
    than hedge it: every use of the word is followed by an obligation ("have to", "be required
    to") or a verb of paying; none when the span holds "if" or "unless"."""
    lows = [t.low for t in toks[lo:hi]]
    if "if" in lows or "unless" in lows:
        return frozenset()
    settled, hedging = set(), set()
    for x in range(lo, hi):
        low = toks[x].low
        if low not in _WILL:
            continue
        nxt, nxt2 = word_at(toks, x + 1), word_at(toks, x + 2)
        if nxt == "not":
            nxt, nxt2 = nxt2, word_at(toks, x + 3)
        bound = nxt in _BOUND_TO and nxt2 == "to" or nxt == "be" and nxt2 in _BE_BOUND or nxt in _PAYING
        (settled if bound else hedging).add(low)
    return frozenset(settled - hedging)

"""FL201's talks a dispute sets up: a story that tells of a strike, a walkout, a pay offer, a
standoff or a truce between two sides has told of the bargaining that goes with them, and "urged
a return to the negotiations" or "the talks stalled" after it refers to that bargaining, not to
a meeting the story never reported. Only a noun of a dispute or of a bargain, in a sentence
before (a headline's included): "offered", a verb ("schools offer PE") or a military "air
strike" set up no talks, and "the talks" in a story of no dispute still need their meeting."""

from __future__ import annotations

from factlint.analysis.text import word_tokens
from factlint.analysis.words import DETERMINERS
from factlint.linter.document import Document

# Nouns that tell of a dispute between sides, or of a bargain offered in one
_DISPUTE = frozenset(
    "strike strikes walkout walkouts stoppage stoppages lockout dispute disputes standoff stand-off "
    "deadlock impasse stalemate offer offers counteroffer counter-offer bargaining ceasefire truce".split()
)
# The stems of those nouns, to pass over a sentence without them
_STEMS = (
    "strike",
    "walkout",
    "stoppage",
    "lockout",
    "dispute",
    "stand",
    "deadlock",
    "impasse",
    "stalemate",
    "offer",
    "bargain",
    "ceasefire",
    "truce",
)
# Words before "offer" that make it a noun: "a pay offer", "the union's latest offer"
_BEFORE_AN_OFFER = DETERMINERS | frozenset(
    "pay wage salary contract new latest final improved revised fresh best initial first second".split()
)
# Words before "strike" that make it an attack, not a labour dispute
_ATTACK = frozenset(
    "air drone missile rocket military artillery preemptive pre-emptive retaliatory lightning".split()
)


def dispute_before(doc: Document, sentence: int) -> bool:
    """Whether a sentence before ``sentence`` tells of a dispute or a bargain (see the module)."""
    for earlier in doc.sentences[:sentence]:
        low = earlier.text.lower()
        if not any(stem in low for stem in _STEMS):
            continue  # (prefilter: most sentences tell of none)
        words = [t for t in word_tokens(earlier.text) if t.is_word]
        for i, tok in enumerate(words):
            before = words[i - 1].low if i else ""
            if tok.low not in _DISPUTE or (tok.low.startswith("strike") and before in _ATTACK):
                continue
            if "offer" not in tok.low or before in _BEFORE_AN_OFFER or before.endswith(("'s", "’s")):
                return True  # (an offer only as a noun: "the pay offer", not "schools offer PE")
    return False

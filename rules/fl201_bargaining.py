"""FL201's talks a dispute sets up: a story that tells of a strike, a walkout, a pay offer, a
standoff or a truce between two sides has told of the bargaining that goes with them, and "urged
a return to the negotiations" or "the talks stalled" after it refers to that bargaining, not to
a meeting the story never reported. Only a noun of a dispute or of a bargain, in a sentence
before (a headline's included): "offered", a verb ("schools offer PE") or a military "air
strike" set up no talks, and "the talks" in a story of no dispute still need their meeting.

A strike is a labour one only with a cue of labour in its sentence or one beside it: "on strike", "strike
action", "called a strike", or a union, workers or pay beside it; "a stunning strike from 25
yards" or "a hunger strike" sets up no talks. An offer after a word of praise or order ("the
best offer in town", "a new offer") is a bargain's only with such a cue, or a possessive before
it ("the union's new offer")."""

from __future__ import annotations

from factlint.analysis.text import word_tokens
from factlint.analysis.words import DETERMINERS
from factlint.linter.document import Document, Sentence

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
# Words right before "offer" that make it a bargain's: "a pay offer", "the offer"
_BEFORE_AN_OFFER = DETERMINERS | frozenset("pay wage salary contract".split())
# Words before "offer" that make it a noun but not yet a bargain's ("the best offer in town")
_OFFER_ADJECTIVES = frozenset("new latest final improved revised fresh best initial first second".split())
# Words before "strike" of an attack, a shot or a protest, not of a labour dispute
_ATTACK = frozenset(
    "air drone missile rocket military artillery preemptive pre-emptive retaliatory lightning "
    "stunning kick range hunger low fine superb sweet powerful".split()
)
# Words of a sentence that make its strike or offer a labour one: who strikes, over what
_LABOUR = frozenset(
    "union unions unionists workers worker employees staff employers employer management pay wage "
    "wages salary salaries nurses doctors teachers drivers pilots miners dockers".split()
)
# Verbs that call or hold a strike ("went on a 48-hour strike", "called a general strike")
_STRIKE_VERBS = frozenset(
    "went go goes going gone call calls called calling stage stages staged staging hold held holding".split()
)
# Nouns after "strike" that are labour's ("strike action", "a strike ballot")
_STRIKE_NOUNS = frozenset("action ballot vote pay".split())
# How many words may stand between such a verb and "strike" ("called a one-day general strike")
_GAP = 4

# the sentences last read and, for each, whether one before it tells of a dispute, swapped
# whole (threads sharing the module never read one story's sentences with another's answer);
# holding the sentences keeps ``is`` sound
_last: tuple = (None, ())


def dispute_before(doc: Document, sentence: int) -> bool:
    """Whether a sentence before ``sentence`` tells of a dispute or a bargain (see the module)."""
    global _last
    held, told = _last
    if held is not doc.sentences:
        told = _told_before(doc.sentences)
        _last = (doc.sentences, told)
    return 0 <= sentence < len(told) and told[sentence]


def _told_before(sentences: list[Sentence]) -> tuple[bool, ...]:
    """For each sentence, whether one before it tells of a dispute: a prefix, read once. A
    strike or an offer that needs a cue of labour finds it in its sentence or one beside it."""
    texts = [s.text for s in sentences]
    labour = [_labour_words(t) for t in texts]
    out = []
    seen = False
    for k, text in enumerate(texts):
        out.append(seen)
        cue = any(labour[max(0, k - 1) : k + 2])
        seen = seen or _tells_of_a_dispute(text, cue)
    return tuple(out)


def _labour_words(text: str) -> bool:
    low = text.lower()
    if not any(w in low for w in _LABOUR):
        return False  # (prefilter)
    return not _LABOUR.isdisjoint(t.low for t in word_tokens(text) if t.is_word)


def _tells_of_a_dispute(text: str, labour: bool) -> bool:
    """Whether ``text`` tells of a dispute or a bargain; ``labour``: whether it or a sentence
    beside it names a union, workers or pay."""
    low = text.lower()
    if not any(stem in low for stem in _STEMS):
        return False  # (prefilter: most sentences tell of none)
    toks = word_tokens(text)
    words = [t for t in toks if t.is_word]
    lows = [t.low for t in words]
    for i, tok in enumerate(words):
        if tok.low not in _DISPUTE:
            continue
        before = lows[i - 1] if i else ""
        if tok.low.startswith("strike"):
            if before not in _ATTACK and (labour or _labour_strike(lows, i)):
                return True
        elif "offer" in tok.low:
            if before in _BEFORE_AN_OFFER or _possessive_before(toks, tok.start, 1):
                return True  # ("the pay offer", "the union's offer"; not "schools offer PE")
            if before in _OFFER_ADJECTIVES and (labour or _possessive_before(toks, tok.start, 2)):
                return True  # ("the union rejected a new offer", "the union's new offer")
        else:
            return True
    return False


def _labour_strike(lows: list[str], i: int) -> bool:
    """Whether the strike at ``lows[i]`` is told as labour's by its own words: "on strike",
    "strike action", "went on a 48-hour strike", "called a general strike"."""
    after = lows[i + 1] if i + 1 < len(lows) else ""
    window = lows[max(0, i - _GAP) : i]
    return (
        (i > 0 and lows[i - 1] in ("on", "general"))
        or after in _STRIKE_NOUNS
        or not _STRIKE_VERBS.isdisjoint(window)
    )


def _possessive_before(toks, start: int, words: int) -> bool:
    """Whether the ``words``-th word before the token at ``start`` carries a possessive "'s"."""
    k = next(j for j, t in enumerate(toks) if t.start == start)
    seen = 0
    for t in reversed(toks[:k]):
        if t.is_word:
            seen += 1
            if seen == words:
                return False
        elif t.low in ("'s", "’s", "'", "’") and seen == words - 1:
            return True
    return False

"""The role a figure plays in its matter, read from the verb or noun that frames it: a figure
someone asks for ("Prosecutors asked for nine years", "sued for $5 million", "had offered $2.4
billion", "a target of 450,000 tonnes") is a demand, not the outcome ("sentenced him to six
years", "awarded $800,000", "paid $1.9 billion", "exported 380,000 tonnes"). A demand and an
outcome of one matter are two figures, not one told twice.

The signal is general: a small set of verbs and nouns of asking, offering and aiming, that
must govern the figure (in its clause, before it). Two demands ("asked for 12 years" / "the
request for 14 years") or two outcomes ("sentenced to six years" / "his seven-year sentence")
keep one role and are compared as before."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .figure_types import Quantity
from .measure_claims import Claim
from .numtext import lexicon
from .rate_levels import stated_level
from .text import word_tokens
from .words import STOPWORDS

# verbs and nouns that make what follows them a figure asked for, offered or aimed at
_DEMAND = frozenset(
    """ask asks asked asking request requests requested requesting demand demands demanded
    demanding seek seeks sought seeking propose proposes proposed proposing proposal
    recommend recommends recommended recommending bid bids bidding offer offers offered offering
    target targets aim aims aimed aiming goal want wants wanted wanting""".split()
)
# words of claiming that make a sum a demand ("claimed 5 million euros in damages", "sued for
# $5 million"); of a count they attribute it ("Rebels claimed 30 were killed")
_MONEY_DEMAND = frozenset("claim claims claimed claiming sue sues sued suing".split())
# tokens and words between the framing word and the figure that end its frame
_BREAKS = frozenset(";:()[]—–.!?")
_CLAUSE_WORDS = frozenset("but while whereas although though after before when because".split())
# how many tokens back from the figure the framing word may stand
_REACH = 9
# how many tokens back a figure joined by "and" may stand to share the frame of the figure before
_JOINED = 6
_AND = frozenset({"and", "or"})
# nouns of aiming or asking a figure may stand before ("the 3.8% deficit goal", "its $4 million
# bid"): the figure is the thing aimed at or asked for
_DEMAND_NOUNS = frozenset("target goal aim objective bid offer request proposal demand".split())
# how many words of a noun's phrase after a figure are read for one
_NOUN_AFTER = 3


@lru_cache(maxsize=8192)  # asked for both figures of every pair FL401 compares
def demanded(text: str, start: int, money: bool = False) -> bool:
    """Whether the figure starting at ``start`` in ``text`` is one asked for, offered or aimed
    at: a demand word governs it within its clause (no break, no clause word between). "The
    firm offered" a price; "asked the court to jail him for 12 years"; of a sum (``money``) also
    "claimed" damages, "sued for" a sum."""
    before = [t for t in word_tokens(text) if t.end <= start]
    steps, since_and = 0, None
    for t in reversed(before):
        if t.text in _BREAKS or t.low in _CLAUSE_WORDS:
            return False
        if t.low in _DEMAND or money and t.low in _MONEY_DEMAND:
            return True
        if t.low in _AND and since_and is None:
            since_and = steps
        # a figure joined by "and" to an earlier one shares its frame ("asked for a term of
        # 9 and a half years and $2.4 million in fines"): the reach runs on from the earlier one
        if _figure_word(t.low) and since_and is not None and steps <= _JOINED:
            steps, since_and = 0, None
            continue
        steps += 1
        if steps >= _REACH:
            return False
    return False


def _figure_word(low: str) -> bool:
    lex = lexicon()
    return low[:1].isdigit() or low in lex["units"] or low in lex["tens"]


def _names_a_demand(toks, start: int) -> bool:
    """The figure at ``start`` stands before a noun of aiming or asking in its own phrase ("the
    3.8% deficit goal", "a $4 million bid"): read past the figure's own tokens, up to a few
    lower-case words and no mark or small word between."""
    after = [t for t in toks if t.start >= start]
    k = 0
    while k < len(after) and (
        _figure_word(after[k].low) or after[k].text in "%-$" or after[k].low in _SCALES
    ):
        k += 1
    for t in after[k : k + _NOUN_AFTER]:
        if not t.is_word or t.cap or t.low in STOPWORDS:
            return False
        if t.low in _DEMAND_NOUNS:
            return True
    return False


_SCALES = frozenset("thousand million billion trillion mln bln mn bn m percent per cent".split())


def roles_apart(a: Quantity, b: Quantity, texts: Sequence[str]) -> bool:
    """Two figures of one matter in different roles: one asked for, the other not. A figure
    before a noun of aiming ("the 3.8% deficit goal") is aimed at, apart from an outcome but not
    from a figure planned ("for next year", "would") that no word before it frames."""
    da = demanded(texts[a.sentence], a.start, a.kind == "money")
    db = demanded(texts[b.sentence], b.start, b.kind == "money")
    aimed_a = not da and _aimed(texts[a.sentence], a.start)
    aimed_b = not db and _aimed(texts[b.sentence], b.start)
    if (da or aimed_a) == (db or aimed_b):
        return False
    other = b if da or aimed_a else a
    return not ((aimed_a or aimed_b) and (other.modal or "next" in other.scope))


@lru_cache(maxsize=8192)
def _aimed(text: str, start: int) -> bool:
    return _names_a_demand(word_tokens(text), start)


def _money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()  # an ISO currency ("USD")


def claims_apart(a: Claim, b: Claim, texts: Sequence[str]) -> bool:
    """``roles_apart`` of two measure claims (``measure_claims.Claim``): a sum asked for and a
    sum imposed, paid or awarded."""
    da = demanded(texts[a.sentence], a.start, _money(a.unit)) and not stated_level(texts[a.sentence], a.start)
    return da != (
        demanded(texts[b.sentence], b.start, _money(b.unit)) and not stated_level(texts[b.sentence], b.start)
    )

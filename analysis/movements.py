"""Percentage moves: "shares fell 7%", "down about 6%", "a 26 percent increase".

A percentage right after a verb of moving up or down, or before a noun of change, is the size of
a move, not a level: figures of change are otherwise never compared (FL401 skips them), but two
moves of one subject in one direction at one moment are one fact stated twice ("Capita shares
plunged 27 per cent" / "Capita's shares slump 25%"). ``direction`` reads the move; ``moments``
reads when in a trading day or over what period it was measured, so that "down 30% in early
trading" and "closed down 27%" stay apart.
"""

from __future__ import annotations

import re

from .text import Token

_DOWN = frozenset(
    "fall fell fallen falling falls drop dropped drops dropping slump slumped slumps plunge plunged "
    "plunges plunging tumble tumbled tumbles slide slid slides sink sank sunk sinks decline declined "
    "declines lose lost loses shed sheds dip dipped dips slip slipped slips down decrease decreased "
    "tank tanked tanks crash crashed sag sagged plummet plummeted plummets skid skidded "
    "tumbling sliding sinking slumping dipping slipping sagging skidding tanking crashing plummeting "
    "declining losing shedding".split()
)
_UP = frozenset(
    "rise rose risen rising rises climb climbed climbs jump jumped jumps gain gained gains surge "
    "surged surges soar soared soars up increase increased increases grow grew grown grows rally "
    "rallied rallies advance advanced advances spike spiked "
    "climbing jumping gaining surging soaring rallying advancing spiking".split()
)
# nouns of change after the figure: "a 26 percent increase", "a 7% drop"
_UP_NOUNS = frozenset("increase rise gain jump growth surge climb".split())
_DOWN_NOUNS = frozenset("drop fall decline decrease loss cut slump plunge dip".split())
# what a verb of moving may take before the size of the move: "grew revenues 3.2%"
_MEASURE_OBJECTS = frozenset("revenue revenues sales profit profits earnings output".split())
# a forecast or a condition before the verb: "could fall 20%", "expected to rise 3%"
_HEDGES = frozenset("could would may might will expected forecast predicted projected set to if".split())


def direction(toks: list[Token], first: int, head: str | None) -> str:
    """ "down" or "up" when the percentage starting at token ``first`` is the size of a move, else
    "": a verb of moving right before it ("fell 45%", "tumbled by 47 percent", "closed down 27%"),
    or a noun of change as its head ("a 26 percent increase")."""
    k = first - 1
    if k >= 0 and toks[k].low == "by":
        k -= 1
    if k >= 1 and toks[k].low in _MEASURE_OBJECTS and toks[k - 1].low in _UP | _DOWN:
        k -= 1  # "grew revenues 3.2%", "cut costs 5%": the verb before its object
    word = toks[k].low if k >= 0 else ""
    verb = "down" if word in _DOWN else "up" if word in _UP else ""
    if not verb and head:
        verb = "up" if head in _UP_NOUNS else "down" if head in _DOWN_NOUNS else ""
    if not verb and head in ("lower", "higher"):
        verb = "down" if head == "lower" else "up"  # "ended the day 3.8% lower"
    if verb and any(t.low in _HEDGES for t in toks[max(0, k - 3) : max(k, 0)]):
        return ""  # "could fall 20%": a forecast
    return verb


_MOMENTS = {
    "early": re.compile(r"\bearly (?:trad|deal|session|morning)|\bat the open|\bopening\b"),
    "close": re.compile(r"\bclos(?:ed|ing|e)\b|\bended (?:the (?:day|session)|trading)\b"),
    "after-hours": re.compile(
        r"after[- ]hours|after[- ]?market|extended[- ](?:trading|hours|trade|session)|post[- ]?market"
        r"|after the (?:closing )?bell|\bafter the close\b"
    ),
    "pre-market": re.compile(r"\bpre-?market"),
    "intraday": re.compile(r"\bintraday|\bas much as\b|\bat one (?:point|stage)"),
    "midday": re.compile(r"\blunchtime|\bmidday|\bmid-day"),
    "year": re.compile(
        r"\b(?:this|past|last|the|a|full|whole|prior|previous) year\b|year[- ]to[- ]date|\bytd\b|\bannual"
    ),
    "month": re.compile(r"\b(?:this|past|last|the|a) month\b"),
    "week": re.compile(r"\b(?:this|past|last|the|a) week\b"),
    "quarter": re.compile(r"\bquarter\b"),
    "so-far": re.compile(r"\bso far\b|\bsince the (?:start|beginning)\b"),
}
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def moments(around: str) -> frozenset[str]:
    """When a move was measured, as the words around it say: moments of a trading day ("in early
    trading", "closed", "after-hours"), a period ("this year", "in the quarter") and weekdays."""
    low = around.lower()
    found = {name for name, pattern in _MOMENTS.items() if pattern.search(low)}
    found |= {f"day:{m}" for m in _WEEKDAY.findall(low)}
    return frozenset(found)


def same_moment(a: frozenset[str], b: frozenset[str]) -> bool:
    """Moves measured at one moment: the same moments of the day and periods; weekdays matter only
    when both sentences name one."""
    days_a = {m for m in a if m.startswith("day:")}
    days_b = {m for m in b if m.startswith("day:")}
    if days_a and days_b and not days_a & days_b:
        return False
    rest_a, rest_b = a - days_a, b - days_b
    # "sagged 7% in after-hours trading" / "drove the stock down about 6%": a move given with no
    # moment at all is the story's move, the one the other report times
    return rest_a == rest_b or not rest_a and rest_b <= _TRADING_DAY or not rest_b and rest_a <= _TRADING_DAY


def move_word(word: str) -> str:
    """ "up" or "down" for a verb or adverb of moving ("jumped", "fell", "down"), else ""."""
    low = word.lower()
    return "down" if low in _DOWN else "up" if low in _UP else ""


_TRADING_DAY = frozenset({"early", "close", "after-hours", "pre-market", "intraday", "midday"})
_SHARES = re.compile(r"\b(?:shares?|stock|share price)\b", re.IGNORECASE)


def moment_from_before(before: str) -> frozenset[str]:
    """The moment of the trading day a sentence about a company's shares names ("Investors punished
    Apple's stock in after-hours trading"), which the next sentence of its paragraph keeps when
    it gives the move and no moment of its own ("Shares were down about 8% an hour later")."""
    if not _SHARES.search(before):
        return frozenset()
    return frozenset(m for m in moments(before) if m in _TRADING_DAY)

"""A company's profit or revenue told again in a sentence that names nothing, for FL401's measure readers.

"Dravo Group reported a net profit of 72 million euros" and, paragraphs on, "Net profit rose
9.4% to 74 million euros": a sum of the story's company given again with no name of its own is
the sum told before, where both are of the same kind. A profit's kind is the words that tell
one profit from another (net, operating, pre-tax, adjusted, underlying, ...): "Operating profit
of 74 million euros" is another figure, and so is a sum of another period ("for the full year"),
another year or a part the sentence names (a segment, a region: its name makes it no restatement).
A sentence that names two kinds makes no such claim.
"""

from __future__ import annotations

import re

from .measure_claims import bare_name

# the measures a company reports whose sums are told again this way (``money._MONEY_MEASURES``)
EARNINGS = frozenset({"profit", "revenue"})

_KINDS = re.compile(
    r"\b(?:(?P<net>net)|(?P<operating>operating|ebitda|ebit)|(?P<pretax>pre-?tax|before (?:tax|taxes))|"
    r"(?P<gross>gross)|(?P<adjusted>adjusted|underlying|core|comparable|recurring|normali[sz]ed|excluding|"
    r"ex-items|one-(?:off|time))|(?P<organic>organic|like-for-like)|(?P<attributable>attributable)|"
    r"(?P<segment>segment|division|unit|arm|business)|(?P<loss>loss(?:es)?))\b",
    re.IGNORECASE,
)


def earnings_kind(text: str) -> frozenset[str] | None:
    """The kinds of profit or revenue a sentence names (empty: a plain "profit"), or None where it
    names two: no sum of it is told again."""
    kinds = frozenset(k for m in _KINDS.finditer(text) for k, v in m.groupdict().items() if v)
    if kinds & {"segment", "loss"}:
        return None
    return kinds if len(kinds - {"attributable"}) <= 1 else None


# a person who tells the figure, by role and name ("…, chief executive Lars Wendt said", "Finance
# chief Ada Korvin said …"): the name is the speaker's, not the subject's
_SPEAKER = re.compile(
    r"(?:^|,\s)(?:[a-z][\w-]*\s){0,2}?(?i:chief executive|ceo|chief financial officer|cfo|finance (?:chief|director)|"
    r"spokes(?:man|woman|person)|chair(?:man|woman)?|managing director)\s"
    r"(?P<name>(?:[A-Z][\w'’-]+\s){1,3})(?:said|says|told|added)\b"
)


def names_but_the_speaker(text: str, names: frozenset[str]) -> frozenset[str]:
    """``names`` less those of a person the sentence says tells the figure (by a role: see
    _SPEAKER), and less the role's own capitalised words."""
    if "said" not in text and "says" not in text and "told" not in text and "added" not in text:
        return names
    spoken = {bare_name(w) for m in _SPEAKER.finditer(text) for w in m.group().split()}
    return frozenset(n for n in names if n not in spoken)


def told_again(a, b) -> bool:
    """Claims ``a`` (earlier) and ``b`` (later) of one measure: one sum of the company, given
    again by a sentence that names nothing. Different kinds, years or periods are two sums."""
    if a.measure not in EARNINGS or a.measure != b.measure or a.unit != b.unit:
        return False
    if not b.told_before or a.sort is None or b.sort is None or a.sort != b.sort:
        return False
    if a.years != b.years or a.with_debt != b.with_debt:
        return False  # (b names no year the story's figure was not told for)
    return not b.periods or a.periods == b.periods

"""A figure a sentence gives as the one the story already told, for the measure readers.

"The 3-2 win lifts Harlow to third" after "Harlow Rovers beat Dunmere City 3-1": a result told as
a noun names its team by a shorter name than the full one told before ("Harlow" for "Harlow
Rovers"); each name it gives must be the whole or a part (its words) of a name told before.

"The €2.5m penalty is the largest ..." after "Regulators fined Bexley Rail €2m": a sum named by
the noun of its own measure after "the", in a sentence that names nothing, is the sum told
before (a deal's price, a fine, a settlement, a ransom); "the €2.5m penalty for the ferry
operator" names its own thing and is not. "The $41.7 million budget will take effect at Varrow's
meeting" after "commissioners approved Varrow's $42.7 million budget" is the budget told before:
a budget's sentence may name its body (each name it gives must be one told before, as above);
"the $41.7 million budget for the previous year" is another budget.
"""

from __future__ import annotations

import re


def names_within(told: frozenset[str], full: frozenset[str]) -> bool:
    """Each name of ``told`` is a name of ``full`` or all of its words are words of one of them."""
    parts = [set(name.split()) for name in full]
    return all(name in full or any(set(name.split()) <= p for p in parts) for name in told)


# the measure's own nouns right after the figure, not followed by what the sum is of or for
_NOUNS = {
    "deal": r"sale|deal|takeover|acquisition|purchase|merger|buyout",
    "fine": r"fines?|penalty",
    "settlement": r"settlement",
    "ransom": r"ransom",
    "budget": r"(?:(?:annual|operating|spending|general fund)\s)?budget",
}
_AFTER = {
    k: re.compile(rf"\s?(?:{v})\b(?!\s(?:of|for|by|to|with{'' if k == 'deal' else '|on|against'})\b)")
    for k, v in _NOUNS.items()
}
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")

# measures whose sum may be told again by its noun alone
TOLD_AGAIN = frozenset(_NOUNS)


def sum_told_before(measure: str, text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """The sum at ``text[start:end]`` is "the <sum> <noun>" of its measure, in a sentence naming
    nothing (a budget's may name its body)."""
    after = _AFTER.get(measure)
    return (
        after is not None
        and (not names or measure == "budget")
        and bool(after.match(text, end))
        and bool(_THE_BEFORE.search(text, 0, start))
    )

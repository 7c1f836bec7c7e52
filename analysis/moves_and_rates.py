"""Percentages of change and level: a share's move read per clause ("LinkedIn's shares jumped 48%,
while Microsoft's fell 3.3%") and the level of an economic rate ("inflation rose to 3.2% in
March"). ``movements`` reads a move's direction and moment.
"""

from __future__ import annotations

import re

from .measures import SOLD, part_modifier
from .measure_claims import NUM, PERCENT, CLAUSES, Claim, hedge, lacks_all, subject_names, written_value
from .movements import moments, move_word
from .rate_levels import other_time_rate, rate_level, rate_months
from .rate_speakers import PLAIN_MODIFIERS, speaker_names


_MOVE = re.compile(
    rf"\b(?P<verb>[a-z]+)\s(?:by\s)?(?P<hedge>(?:about|around|roughly|nearly|almost|more than|over|some)\s)?"
    rf"{NUM}\s?(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)


_MOVED = {
    "shares": re.compile(r"\b(?:shares?|stock|share price)\b", re.IGNORECASE),
    "revenue": re.compile(r"\b(?:revenues?|sales|turnover)\b", re.IGNORECASE),
    "profit": re.compile(r"\b(?:profits?|earnings|net income)\b", re.IGNORECASE),
    "other": re.compile(
        r"\b(?:inflation|prices?|output|exports?|imports?|production|index|rates?|growth|jobs|costs?|"
        r"orders|demand|values?|bookings|traffic|users|subscribers|customers|margins?)\b",
        re.IGNORECASE,
    ),
}


def _moved(before: str) -> str:
    """What a move is of, by the last such word before its verb: shares, revenue or profit; a
    company's move with none ("Corvel was down about 6%") is its shares; any other moved thing
    (inflation, exports) is not read."""
    found = [(m.start(), k) for k, rx in _MOVED.items() for m in rx.finditer(before)]
    sold = SOLD.search(before)
    if sold and (not found or max(found)[0] < sold.start()):
        # "sold 9 million phones, up 12%": the units sold of that product, not the shares
        return "units:" + sold.group("noun").lower().removesuffix("s")
    if not found:
        return "shares"
    at, what = max(found)
    if what in ("revenue", "profit"):
        # "US sales rose 12%" / "total sales rose 9%": a part's move is not the whole's
        words = before[:at].split()
        part = (
            part_modifier(words[-1].strip(",.'’")) if words and not words[-1].endswith(("'s", "’s")) else None
        )
        return f"{what}:{part}" if part else what
    return "" if what == "other" else what


def move_claims(si: int, text: str) -> list[Claim]:
    """A share's move in each clause ("shares jumped 48%"): the clause's names are its subject.
    FL401's own reading keeps a move only in a sentence with one; this one reads each clause."""
    out = []
    if "%" not in text and "cent" not in text.lower():  # a move needs "%", "per cent" or "percent"
        return out
    at = 0
    for part in CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        found = [m for m in _MOVE.finditer(part) if move_word(m.group("verb"))]
        if len(found) != 1:  # one move per clause, or none to read
            continue
        names = subject_names(part)
        what = _moved(part[: found[0].start()] if found else part)
        if len(found) != 1 or not names or not what:
            continue
        m = found[0]
        value, step = written_value(m.group("num"), None)
        hedge = (m.group("hedge") or "").strip().lower()
        bound = "lower" if hedge in {"more than", "over"} else ""
        about = hedge in {"about", "around", "roughly", "nearly", "almost", "some"}
        where = start + m.start("num")
        claims = Claim(si, where, start + m.end(), part[m.start("num") : m.end()], f"move:{move_word(m.group('verb'))}:{what}",
                       "%", value, step, bound, about, names, moments(part))  # fmt: skip
        out.append(claims)
    return out


_RATE = re.compile(
    r"\b(?P<mod>(?:core|headline|annual|yearly|overall|monthly|food|services|energy|youth|consumer price|producer price|consumer)\s)?"
    r"(?P<what>inflation|unemployment|jobless rate|interest rates?|base rate|growth rate|gdp growth|"
    r"economic growth|growth)\b",
    re.IGNORECASE,
)


# one rate under two names: "the jobless rate" is the unemployment rate
_RATE_NAMES = {"jobless rate": "unemployment"}


# between a level and the rate it is of: a space or a hyphen ("a 6.7 percent jobless rate")
_LEVEL_BEFORE = re.compile(r"[\s-]")


# what a level before a rate's name may be of instead: "the 2 percent inflation target"
_AIM_AFTER = re.compile(
    r"(?:\s(?:rate|level))?[\s-](?:target|goal|aim|objective|ceiling|cap|limit|threshold|band|forecast|mark|barrier)",
    re.IGNORECASE,
)


_MONTH = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"(?-i:May))\b|\b(?:first|second|third|fourth) quarter\b",
    re.IGNORECASE,
)


def rate_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """The level of an economic rate ("inflation rose to 3.2%", "unemployment of 4.1%"): the only
    percentage of a sentence naming one rate, within a few words after it; its modifier ("core")
    is part of the measure, and a named month or quarter must match on both sides."""
    if "%" not in text and lacks_all(text, ("cent", "pc")):  # what PERCENT needs after the number
        return []
    ms = list(PERCENT.finditer(text))
    if not ms:
        return []
    rates = list(_RATE.finditer(text))
    if len(rates) != 1 or other_time_rate(text, rates[0].start()):
        return []
    r, m, dated = rates[0], ms[0], len(text)
    if len(ms) > 1:  # the level among other percentages ("to 3.6 per cent from 3.9 per cent")
        level = rate_level(text, r.end(), ms)
        if level is None:
            return []
        m, dated = level
    mod = (r.group("mod") or "").strip().lower()
    mod = "" if mod in PLAIN_MODIFIERS else mod  # "annual inflation" is the story's "inflation"
    # "Rossa's 6.7 percent unemployment rate": the rate named right after its level
    before_name = (
        not mod
        and _LEVEL_BEFORE.fullmatch(text, m.end(), r.start()) is not None
        and not _AIM_AFTER.match(text, r.end())
    )
    if not (0 <= m.start() - r.end() <= 40 or before_name) or re.search(
        r"\b(?:by|from)\s*$", text[: m.start()]
    ):
        return []  # "fell by 0.2%", "from 3.4%": a change or the earlier level
    value, step = written_value(m.group("num"), None)
    bound, about = hedge(text[: m.start()])
    rate = r.group("what").lower()
    what = f"rate:{mod} {_RATE_NAMES.get(rate, rate)}".replace(": ", ":")
    when = rate_months(text, list(_MONTH.finditer(text, 0, dated)), m.end())
    names = (
        names - speaker_names(text) - {mod or "annual", (r.group("mod") or "").strip().lower()}
    )  # the teller is not what the rate is of
    return [Claim(si, m.start(), m.end(), m.group(), what, "%", value, step, bound, about, names, when)]

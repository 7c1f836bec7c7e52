"""FL403: a turnout told with the two counts it is made of, in one sentence ("56,949,009 were
registered, 48,537,695 of them voted, and turnout was 84.4 percent": it is 85.2%).

Read only where one sentence names a turnout and a register ("registered", "eligible", "the
roll", "the electorate"), gives one percentage right after the turnout's word (or right
before it: "a 71.5 percent turnout") and exactly two other counts, the larger the register and
the smaller those who voted. The smaller count's clause must tell a vote ("voted", "cast",
"ballots", "turned out") and the larger's the register's word. The percentage must be the
smaller over the larger within its printed precision (half a unit of its last digit, at least
0.15 points for one written to a tenth) and the counts' own rounding ("9.1 million"). Not
read: a hedged figure ("some", "about", "more than"), valid votes (a turnout counts every
ballot), a count too small to be an electorate, a target or a count so far ("expect turnout to
reach", "by noon", "so far"), a count of another vote ("up from", "ago", "last", a year in the
count's clause) or counts of two places ("2,105,000 in the north and 1,230,000 in the south").
A wider gap in any share is read by ``fl403_arithmetic`` (its tolerance)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import (
    Figure,
    a_year,
    figure_after,
    loosely_told,
    sentence_figures,
    share_tolerance,
)

_TURNOUT = frozenset({"turnout", "participation", "wahlbeteiligung", "participación", "affluenza", "opkomst"})
_REGISTER = frozenset(
    {
        "registered",
        "eligible",
        "electorate",
        "electors",
        "roll",
        "rolls",
        "wahlberechtigte",
        "wahlberechtigten",
    }
    | {"inscritos", "inscrits", "censo", "registrados"}
)
_NOT_ALL = frozenset({"valid", "gültige", "gültigen", "válidos", "valables", "exprimés", "blank", "spoiled"})
_MIN_REGISTER = 1000
# words that tell the smaller count is of those who took part in this vote
_VOTING = frozenset(
    "voted vote votes cast ballot ballots turned polls participated "
    "gewählt abgegeben stimmen stimme votaron votos votantes voté votants suffrages votato votanti "
    "stemden gestemd".split()
)
# the sentence tells a target, a forecast or a count on the way ("had voted by noon")
_NOT_FINAL = frozenset(
    "expect expects expected expecting aim aims aimed target targets projected forecast forecasts "
    "predicted predict hope hopes hoped could might would should".split()
)
_SO_FAR = (("so", "far"), ("as", "of"), ("by", "noon"), ("by", "midday"), ("by", "mid-morning"))
_TIMES_OF_DAY = frozenset(
    {"noon", "midday", "morning", "afternoon", "evening", "p", "a", "pm", "am", "h", "o'clock"}
)
# words of a clause that put its count in another vote
_OTHER_VOTE = frozenset({"ago", "previous", "last", "earlier", "prior", "compared", "than", "since"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "where", "when", "while", "whereas", "but"})


@dataclass(frozen=True)
class TurnoutMismatch:
    start: int
    end: int
    share: Figure
    voted: Figure
    register: Figure
    expected: str  # the percentage the counts give, for the message


def turnout_mismatches(text: str) -> Iterator[TurnoutMismatch]:
    """Turnouts in ``text`` (one sentence) that their two counts do not give."""
    toks = list(figure_tokens(text))
    lows = {t.low for t in toks}
    if not lows & _TURNOUT or not lows & _REGISTER or lows & _NOT_ALL:
        return
    figures = sentence_figures(text)
    shares = [f for f in figures if f.unit == "%"]
    counts = [f for f in figures if f.unit == "" and not a_year(f)]
    if len(shares) < 1 or len(counts) != 2:
        return
    share = _turnout_share(toks, shares)
    if share is None or any(loosely_told(toks, f) for f in (share, *counts)):
        return
    voted, register = sorted(counts, key=lambda f: f.value)
    if register.value < _MIN_REGISTER or voted.value <= 0 or voted.value >= register.value:
        return
    if not _told_as(toks, voted, register) or _not_final(toks) or _two_places(toks, voted, register):
        return
    if _fits(voted, register, share):
        return
    lo = min(f.start for f in (share, voted, register))
    hi = max(f.end for f in (share, voted, register))
    yield TurnoutMismatch(lo, hi, share, voted, register, f"{100 * voted.value / register.value:.1f}%")


def _clause(toks: list[Token], f: Figure) -> list[Token]:
    """The tokens of the figure's clause: between the breaks (a comma, "where", "when") round it."""
    lo = f.token
    while lo > 0 and toks[lo - 1].low not in _CLAUSE_BREAKS:
        lo -= 1
    hi = figure_after(toks, f)
    while hi < len(toks) and toks[hi].low not in _CLAUSE_BREAKS:
        hi += 1
    return toks[lo:hi]


def _told_as(toks: list[Token], voted: Figure, register: Figure) -> bool:
    """Whether the smaller count's clause tells a vote and the larger's the register, and neither
    clause puts its count in another vote ("up from 1,230,000 four years ago", "in the 2019 vote")."""
    mine, theirs = _clause(toks, voted), _clause(toks, register)
    if not {t.low for t in mine} & _VOTING or not {t.low for t in theirs} & _REGISTER:
        return False
    for clause in (mine, theirs):
        lows = [t.low for t in clause]
        if set(lows) & _OTHER_VOTE or any(
            a in ("up", "down") and b == "from" for a, b in zip(lows, lows[1:])
        ):
            return False
        if any(len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100 for t in clause):
            return False
    return True


def _not_final(toks: list[Token]) -> bool:
    """A target, a forecast or a count on the way: "expect turnout to reach 70 percent", "had
    voted by noon", "by 3 p.m.", "so far"."""
    lows = [t.low for t in toks]
    if set(lows) & _NOT_FINAL:
        return True
    for a, b, c in zip(lows, lows[1:] + [""], lows[2:] + ["", ""]):
        if (a, b) in _SO_FAR:
            return True
        if a == "by" and b[:1].isdigit() and (c in _TIMES_OF_DAY or c == ":"):
            return True
    return False


def _two_places(toks: list[Token], voted: Figure, register: Figure) -> bool:
    """Each count told with its own place: "2,105,000 registered voters in the north and
    1,230,000 in the south"."""
    places = []
    for f in (voted, register):
        k = figure_after(toks, f)
        words = [t.low for t in toks[k : k + 5]]
        at = next((x for x, w in enumerate(words) if w == "in"), None)
        if at is None or not all(toks[k + x].is_word for x in range(at)):
            return False
        places.append(tuple(w for w in words[at + 1 : at + 3] if w != "the"))
    return places[0] != places[1]


def _turnout_share(toks: list[Token], shares: list[Figure]) -> Figure | None:
    """The percentage within four tokens after the turnout's word ("turnout was 84.4 percent", "a
    turnout of 66%", "turnout at 58.1 per cent") or right before it ("a 71.5 percent turnout")."""
    found = []
    for k, t in enumerate(toks):
        if t.low not in _TURNOUT:
            continue
        for f in shares:
            if k < f.token <= k + 4 and all(x.is_word or x.low in {":", ","} for x in toks[k + 1 : f.token]):
                found.append(f)
            elif figure_after(toks, f) == k:
                found.append(f)
    return found[0] if len(set(found)) == 1 else None


def _fits(voted: Figure, register: Figure, share: Figure) -> bool:
    """Whether the share is the smaller count over the larger within every figure's rounding."""
    tol = share_tolerance(share)
    low = 100 * (voted.value - voted.precision / 2) / (register.value + register.precision / 2)
    high = 100 * (voted.value + voted.precision / 2) / (register.value - register.precision / 2)
    return low - tol <= share.value <= high + tol

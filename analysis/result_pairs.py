"""A result of two shares told twice with one side changed, for FL401.

A reading is a pair of shares that a sentence gives as one contest's result: "X percent (of the
vote) to Y percent", "X% against Y%", "X-Y percent", "X%-Y%", "X% in favour and Y% against",
"X percent, compared with Y percent", in a sentence that speaks of a contest (won, beat, vote,
victory, result) and where the two shares fit in a whole (X + Y <= 100). Its sides are the names
before the pair (the winner; after "beat", "defeated", "over", "against": the loser) and the
names the pair itself gives the second share ("to Okafor's 47.7 percent", "43.8% for her rival
Dane Corrow").

Two readings are one result told twice when one share is the same and the other differs, and
their sides agree: a side named in both is the same side, never the other; without names on
both sides the share that matches must be written with a decimal. The name a verb takes right
before "by" the pair ("who bested Abbet by 42.6 percent to 40.9 percent") is the loser. A pair
that moves ("rose from 2.1% to 3.4%"), a poll, a round or run-off, a district or another year is
no reading of the result; where only one of two readings names its round or district (not a
year) and the matching share has a decimal on both, the two are one result. A "second round"
is the run-off; a pair won "in the Sunday poll" is the election's (not a "new" or "latest" one). A later pair that
an earlier one tells exactly, or that two earlier results could be, is left alone. Being quiet
is cheaper than a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .match_scores import _names, _shared

_PCT = r"(?:\s?%|\s(?:percent|per\scent|pc)\b)"
_FIG = r"(?<![\d.,])\d{1,2}(?:\.\d{1,2})?"
_OF_VOTE = r"(?:\sof\s(?:the\s)?(?:popular\s)?(?:votes?(?:\scast)?|ballots(?:\scast)?|voters))?"
# where the votes were counted, between the share and its rival's: "of votes in the runoff count"
_WHERE = r"(?:\s(?:in|at)\s(?:the\s)?(?:[A-Za-z-]+\s){0,3}?[a-z-]+)?"
_FOR_AGAINST = r"(?:\sin\sfavou?r|\sfor|\sback(?:ed|ing)\sit|\s?\(?yes\)?)"
_PAIRS = (
    # "52.4-45.1 percent", "50.9%-46.3%", "51 percent-46 percent"
    re.compile(rf"(?P<a>{_FIG})(?:{_PCT})?\s?[-–]\s?(?P<b>{_FIG}){_PCT}"),
    # "48.2 percent of votes to Okafor's 47.7 percent", "54.1% against 43.8%"
    re.compile(
        rf"(?P<a>{_FIG}){_PCT}{_OF_VOTE}{_WHERE},?\s(?:to|against|versus|vs\.?|over|compared\s(?:with|to))\s"
        rf"(?P<gap>(?:[A-Z][\w.-]*\s){{0,3}}[A-Z][\w.-]*(?:'s|’s|')\s|the\s|just\s|only\s)?(?P<b>{_FIG}){_PCT}"
    ),
    # "58.6% of voters in favour and 41.4% against"
    re.compile(
        rf"(?P<a>{_FIG}){_PCT}{_OF_VOTE}{_FOR_AGAINST},?\sand\s(?P<b>{_FIG}){_PCT}\s(?:against|opposed)\b"
    ),
)
# the sentence speaks of a contest's result
_CONTEST = re.compile(
    r"\b(?:won|wins?|winning|winner|beat|beats|defeat(?:ed|s)?|victory|triumph|lost|loses|vote[sd]?|"
    r"voters|ballots?|elect(?:ed|ion)|re-elect\w*|race|primary|referendum|result|secured|took|captured|"
    r"edged|topped|bested|outpolled|outvoted|pipped|trounced|routed|"
    r"led|lead|leads|passed|rejected|approved)\b",
    re.IGNORECASE,
)
# a move: the two shares are one figure at two times ("rose from 2.1% to 3.4%", "4.1% against
# 3.9% a year ago"), not two sides
_MOVED = re.compile(
    r"\b(?:from|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|drop\w*|"
    r"climb\w*|jump\w*|slip\w*|declin\w*|narrow(?:ed|ing|s)|widen(?:ed|ing|s)|up|down|changed|compared\sto\sthe|"
    r"previous\w*|earlier|last|ago)\b",
    re.IGNORECASE,
)
# not this result: a poll, a plan, a part of the voters or of the count
_APART = re.compile(
    r"\b(?:polls?|polling|survey\w*|exit|projected|projection|predict\w*|forecast\w*|expect\w*|estimat\w*|"
    r"primar(?:y|ies)\swere|had|would|could|if|among|men|women|voters\saged|aged|"
    r"each|average|partial|so\sfar|counted|early)\b",
    re.IGNORECASE,
)
# which result of several: a round, a part of the count, a year, a part of a match. Two pairs
# with the same such words ("in the runoff" twice) are one result; with different ones, two
_SCOPE = re.compile(
    r"\b(?:round|rounds|run-?offs?|second|first|district\w*|count(?:y|ies)|constituenc\w*|wards?|"
    r"precincts?|regions?|provinces?|states?|capital|city|cities|areas?|(?:19|20)\d\d|quarter|half|"
    r"period|set|sets|leg)\b",
    re.IGNORECASE,
)


def _scope(*parts: str) -> frozenset[str]:
    """The words that say which result of several a pair is, run-offs written one way: a "second
    round" is the run-off, and a "run-off round" no other."""
    words = {m.group().lower().replace("-", "").rstrip("s") for part in parts for m in _SCOPE.finditer(part)}
    if {"second", "round"} <= words:
        words = (words - {"second", "round"}) | {"runoff"}
    if "runoff" in words:
        words.discard("round")
    return frozenset(words)


# "who beat Fenn by 46.3 percent to 45.9 percent in the Sunday poll": a result told as won in
# the poll is the election's, not a survey's (one that is "new", "latest", "exit" or "opinion"
# stays a survey)
_WON = re.compile(r"\b(?:beat|defeated|edged|topped|bested|trounced|won|outpolled)\b")
_THE_POLL = re.compile(r"\s(?:in|at)\sthe\s(?:[A-Za-z-]+\s){0,2}polls?\s*$")
_SURVEY = re.compile(r"\b(?:new|latest|recent|exit|opinion|straw|mock)\b", re.IGNORECASE)


def _apart(clause: str, after: str) -> bool:
    """Whether the words around a pair make it no reading of the result (``_APART``)."""
    if _APART.search(clause):
        return True
    hits = [m.group().lower() for m in _APART.finditer(after)]
    if hits and set(hits) <= {"poll"} and _WON.search(clause) and _THE_POLL.match(after):
        return bool(_SURVEY.search(after))
    return bool(hits)


_BEAT = re.compile(r"\b(?:beat|beats|defeated|defeats|over|against|edged|topped|trounced)\s")
# "Noor, who bested Abbet by 42.6 percent to 40.9 percent": the name a verb takes before "by"
# the pair is the one beaten, whatever the verb
_OBJECT_BY = re.compile(r"\b[a-z]+\s(?P<name>(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)\sby\s$")
_FOR_SIDE = re.compile(
    r"\s(?:for|by)\s(?P<name>(?:the\s|her\s|his\s|their\s)?(?:\w+\s){0,2}?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)"
)
_OVER_SIDE = re.compile(
    r"\s(?:win|victory|triumph|defeat|lead)?\s?(?:over|against)\s(?P<name>(?:the\s)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)"
)


@dataclass(frozen=True)
class Share:
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Pair:
    sentence: int
    first: Share  # the first share as written (the winner's, unless the names say otherwise)
    second: Share
    value: tuple[float, float]
    decimals: tuple[bool, bool]
    winner: frozenset[str]
    loser: frozenset[str]
    scope: frozenset[str] = frozenset()  # "runoff", "district", "2019": which result of several


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in ";:()") + 1


_POSSESSOR = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*)(?:'s|’s|')\s(?:\w+\s)?$")


def _sides(text: str, m: re.Match) -> tuple[frozenset[str], frozenset[str]]:
    text = re.sub(r"[,.!?\"“”](?=\s|$)", " ", text)  # "Ruiz, who", "Olan Dey." read as names
    before = text[_clause_start(text, m.start()) : m.start()]
    owner = _POSSESSOR.search(before)  # "after Borin's 52.4-45.1 percent win": Borin's result
    if owner:
        before = owner.group("name")
    beat = ([None] + list(_BEAT.finditer(before)))[-1]  # the last "beat"/"over" before the pair
    if beat is None and (obj := _OBJECT_BY.search(before)):
        winner, loser = _names(before[: obj.start("name")]), _names(obj.group("name"))
    else:
        winner = _names(before[: beat.start()] if beat else before)
        loser = _names(before[beat.end() :]) if beat else frozenset()
    gap = m.groupdict().get("gap")
    if gap and gap[0].isupper():
        loser |= _names(gap)
    after = text[m.end() : m.end() + 60]
    for pattern in (_FOR_SIDE, _OVER_SIDE):
        side = pattern.match(after)
        if side:
            loser |= _names(side.group("name"))
    return winner - loser, loser


def share_pairs(text: str) -> Iterator[re.Match]:
    """The pairs of shares ``text`` gives as two sides of one whole, in any sentence: the two add
    to 100 at most, neither is nought, and the words around tell no move (``_MOVED``: "rose
    from 2.1% to 3.4%", "4.1% against 3.9% a year ago"). One match per start."""
    if "%" not in text and "per" not in text and " pc" not in text:
        return
    starts = set()
    for pattern in _PAIRS:
        for m in pattern.finditer(text):
            a, b = float(m.group("a")), float(m.group("b"))
            if m.start() in starts or a + b > 100.5 or a == 0 or b == 0:
                continue
            clause = text[_clause_start(text, m.start()) : m.start()]
            if _MOVED.search(clause) or _MOVED.search(_after(text, m)):
                continue
            starts.add(m.start())
            yield m


def _after(text: str, m: re.Match) -> str:
    """The words after a pair, to the next comma or stop."""
    return text[m.end() : m.end() + 40].split(",")[0].split(".")[0]


def pairs(si: int, text: str) -> list[Pair]:
    """The result pairs of shares sentence ``si`` gives."""
    if not _CONTEST.search(text):
        return []
    found: list[Pair] = []
    for m in share_pairs(text):
        clause, after = text[_clause_start(text, m.start()) : m.start()], _after(text, m)
        if _apart(clause, after):
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        winner, loser = _sides(text, m)
        found.append(
            Pair(
                si,
                Share(si, m.start("a"), m.end("a"), m.group("a")),
                Share(si, m.start("b"), m.end("b"), m.group("b")),
                (a, b),
                ("." in m.group("a"), "." in m.group("b")),
                winner,
                loser,
                _scope(clause, text[m.start() : m.end()], after),
            )
        )
    return sorted(found, key=lambda p: p.first.start)


def _crossed(a: Pair, b: Pair) -> bool:
    return bool(_shared(a.winner, b.loser) or _shared(a.loser, b.winner))


def _one_result(a: Pair, b: Pair) -> int | None:
    """Which share of ``b`` (0 or 1) disagrees with ``a`` when the two are one result told with
    one side changed; None when they are not."""
    same = [a.value[i] == b.value[i] for i in (0, 1)]
    if same[0] == same[1] or _crossed(a, b):
        return None
    kept = 0 if same[0] else 1
    one_sided = (a.scope or b.scope) - (a.scope & b.scope)
    if a.scope != b.scope and (
        a.scope
        and b.scope
        or any(w.isdigit() for w in one_sided)
        or not (a.decimals[kept] and b.decimals[kept])
    ):
        # a scope told on one side only ("in the June runoff"; not a year) is the result's own,
        # where the share that matches is written to a decimal on both sides
        return None
    named = (a.winner or a.loser) and (b.winner or b.loser)
    if named and not (_shared(a.winner, b.winner) or _shared(a.loser, b.loser)):
        return None
    if not named and not (a.decimals[kept] and b.decimals[kept]):
        return None
    return 1 - kept


def result_conflicts(texts: list[str]) -> list[tuple[Share, Share]]:
    """Pairs (earlier, later) of shares of one result told twice with one side changed."""
    readings = [p for si, t in enumerate(texts) for p in pairs(si, t)]
    out = []
    for n, b in enumerate(readings):
        earlier = [a for a in readings[:n] if a.sentence != b.sentence]
        if any(a.value == b.value for a in earlier):
            continue
        hits = [(a, i) for a in earlier if (i := _one_result(a, b)) is not None]
        if len({a.value for a, _ in hits}) != 1:
            continue
        a, i = hits[-1]
        out.append(((a.first, a.second)[i], (b.first, b.second)[i]))
    return out

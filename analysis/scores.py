"""A match's final score ("France beat Croatia 4-2" / "a 4-2 win over Croatia"): the only score of
a sentence that says who won, between two teams it names; half-time scores, leads, legs and
shoot-outs are not the result.
"""

from __future__ import annotations

import re

from .measure_claims import CAPITALISED_RUN, NOT_NAMES, Claim


_SCORE = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![\d.:/-]|\s?(?:vote|ruling|majority|split)\b)"
)


_RESULT = re.compile(
    r"\b(?:beat|beats|beaten|beating|won|win|wins|victory|defeat\w*|lost|loss|thrash\w*|drew|draw|edged?|triumph\w*)\b",
    re.IGNORECASE,
)


_NOT_FINAL = re.compile(
    r"\b(?:half[- ]?time|at the break|interval|led|lead|leading|trail\w*|first half|second half|minutes?|"
    r"aggregate|first leg|second leg|penalt\w*|shoot-?out|sets?|games?|series)\b",
    re.IGNORECASE,
)


# words of a competition, not a team: two matches of one cup share them
_COMPETITION = frozenset(
    "cup league final finals semi-final semifinal quarter-final premier championship champions open "
    "grand prix olympics olympic games series tournament round trophy fa uefa fifa nba nfl mlb nhl "
    "stadium arena park".split()
)


def _teams(text: str) -> frozenset[str]:
    """Runs of capitalised words ("Dunmore Athletic", "Rovers"), competition words left out."""
    out = set()
    for m in CAPITALISED_RUN.finditer(text):
        words = [w.lower().removesuffix("'s").rstrip("'") for w in m.group().split()]
        words = [w for w in words if w not in _COMPETITION and w not in NOT_NAMES]
        if words:
            out.add(" ".join(words))
    return frozenset(out)


def score_claims(si: int, text: str) -> list[Claim]:
    """A match's final score ("France beat Croatia 4-2"): the only score of a sentence that says
    who won, between the teams it names (at least two, so a team's other match stays apart);
    half-time scores, leads, legs and shoot-outs are not the result."""
    if "-" not in text and "–" not in text:  # _SCORE needs a dash between the goals
        return []
    found = list(_SCORE.finditer(text))
    if len(found) != 1 or not _RESULT.search(text):
        return []
    m = found[0]
    if _NOT_FINAL.search(text, *_clause(text, m)):
        return []
    teams = _teams(text)
    told_before = len(teams) < 2 and _the_result(text, m)
    if len(teams) < 2 and not told_before:
        return []
    high, low = sorted((int(m.group("a")), int(m.group("b"))), reverse=True)
    # one number for the pair of goals: equal scores compare equal, and any difference is beyond
    # rounding (step 0)
    months = frozenset(w.lower() for w in _MONTHS.findall(text))  # the month of the match, if named
    return [
        Claim(si, m.start(), m.end(), m.group(), "score", "goals", high * 100 + low, 0.0, "", False, teams,
              moment=months, told_before=told_before)
    ]  # fmt: skip


# what closes the clause of a score: a half-time word beyond it is another clause's ("Alden held
# on in the final minutes, and the 3-1 win was their fifth")
_CLAUSE_MARKS = ",;:()"


def _clause(text: str, m: re.Match) -> tuple[int, int]:
    """Where the clause that holds score ``m`` begins and ends."""
    start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, m.end()) for c in _CLAUSE_MARKS) if i >= 0]
    return start, min(ends, default=len(text))


_MONTHS = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"
)


# the result as a noun after "the", "their" or a team's possessive: "The 2-1 win", "Rovers' 3-0 victory"
_BEFORE_RESULT = re.compile(r"(?:\b(?:[Tt]he|[Tt]heir|[Ii]ts)|[A-Z][\w'’]*(?:'s|’s|s'|s’))\s$")
_RESULT_NOUN = re.compile(r"\s(?:win|victory|defeat|loss|draw|triumph|thrashing|drubbing|rout)\b")
# a month or a year dates the result to another match than the story's
_DATED = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|December)\b"
)


def _the_result(text: str, m: re.Match) -> bool:
    """ "The 2-1 win lifts Alden to second": a result told as a noun after "the" or a team's
    possessive, in a sentence naming fewer than two teams and no month or year, is the match the
    story told (``same_subject`` ties it to a score of two teams that names its team)."""
    return (
        bool(_BEFORE_RESULT.search(text, 0, m.start()))
        and bool(_RESULT_NOUN.match(text, m.end()))
        and not _DATED.search(text)
    )

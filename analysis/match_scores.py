"""A match's final score told twice with different figures, for FL401.

A reading is a score that a sentence gives as a match's result: after a result verb ("Dunmore beat
Veland 2-0", "won 2-0", "were beaten 3-1 by"), before a result noun ("a 3-0 win", "Rovers' 2-1
victory") or glued to one ("einen 135:129-Sieg"), or a results line of two teams ("Harrow Town
7 [scorers] Kelby 0", "Result: Kell 135-126 Varn", "Endstand: Kell - Varn: 135-126"; also one the
segmenter ran into the report below it). Running and half-time scores ("led 2-0", "levelled at 1-1", "2-1 at half-time"),
legs, aggregates, shoot-outs, tennis sets ("6-3, 6-3") and other meetings (a year, a month, "last
season", "previous", "had beaten", "the reverse fixture") are no reading.

Two readings are one match when they name two teams in common; a result told back ("the 3-0
win", "their 2-1 victory", "Kelby's 2-0 defeat") is the match of the story that shares a name
with its sentence, or the story's one match when its sentence names none, and only where every
such match has one score; a story of two results, one a results line, is one match where the
two share a word of a team's name. Being quiet is cheaper than a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .measure_claims import CAPITALISED_RUN, NOT_NAMES
from .text import CAPITAL_WORD

_CAP = CAPITAL_WORD.pattern
_NAME = rf"(?:the\s)?{_CAP}(?:\s{_CAP})*"
_SCORE = r"(?<![\d.,:/£$€-])(?P<a>\d{1,3})(?:\s?[-–]\s?|:)(?P<b>\d{1,3})(?![\d.,:/%-]|\s?(?:votes?|ruling|majority|split)\b)"

# "Dunmore beat Veland 2-0", "beat the Dorran Lakers 102-98", "were beaten 3-1 by Welby"
_VERB = re.compile(
    r"\b(?:beat|beats|defeated|defeats|thrashed|thrash|thrashes|edged|edges|overcame|overcomes|"
    r"routed|hammered|crushed|downed|stunned|outlasted|outclassed|swept\saside|saw\soff|held\soff)\s"
    rf"(?:{_NAME}\s)?(?:by\s)?{_SCORE}"
)
# "won 2-0", "drew 1-1 with", "lost the final 3-1", "were beaten 3-1 by"
_WON = re.compile(
    r"\b(?:won|wins|win|lost|loses|lose|drew|draws|draw|beaten|defeated|thrashed|edged)\s"
    rf"(?:the\s(?:final|match|game|tie|derby|decider|opener|replay)\s)?{_SCORE}"
)
# "a 3-0 win", "the 2-1 victory", "Rovers' 3-0 home win"
_NOUN = re.compile(
    rf"(?P<det>\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]his)|{_CAP}(?:'s|’s|s'|s’))\s{_SCORE}\s"
    r"(?:(?:home|away|league|cup|final|opening|derby|semi-final|quarter-final)\s)?"
    r"(?:win|victory|defeat|loss|draw|thrashing|drubbing|rout|triumph|success|reverse|hammering)\b"
)
_TOLD_BACK = frozenset("the their its his her this".split())
# a score glued to its result noun, as German, Dutch and the Nordic languages write it: "einen
# 135:129-Sieg", "2:0-Heimsieg", "3-1-overwinning" (a lead, "2:1-Führung", is no result)
_GLUED = re.compile(
    r"(?<![\d.,:/£$€-])(?P<a>\d{1,3})\s?[:–-]\s?(?P<b>\d{1,3})-(?P<det>)\w*?"
    r"(?i:sieg|niederlage|erfolg|pleite|remis|triumph|overwinning|nederlaag|zege|seier|seger|sejr)(?:e|en|s)?\b"
)

# a results line: "Harrow Town 7 [Osk 12; Brel 25, 64] Kelby 0", "Result: Kell 135-126 Varn"
_LABEL = rf"(?:(?:Result|Final(?: score)?|Full[- ]time|FT|{_CAP})\s?:\s?)?"  # "Endstand: ..."
_SCORERS = r"(?:\s?[\[(][^\])]*[\])])?"
_LINE_APART = re.compile(
    rf"^{_LABEL}(?P<t1>{_NAME})\s(?P<a>\d{{1,3}}){_SCORERS}\s(?P<t2>{_NAME})\s(?P<b>\d{{1,3}}){_SCORERS}\.?$"
)
# "Final: Harlow - Dunmore 135-126", "Endstand: Harlow Towers - Dunmore: 135-126"
_LINE_TEAMS_FIRST = re.compile(
    rf"^{_LABEL}(?P<t1>{_NAME})\s[-–]\s(?P<t2>{_NAME}):?\s(?P<a>\d{{1,3}})\s?[-–:]\s?(?P<b>\d{{1,3}})\.?$"
)
_LINE_JOINED = re.compile(
    rf"^{_LABEL}(?P<t1>{_NAME})\s(?P<a>\d{{1,3}})\s?[-–:]\s?(?P<b>\d{{1,3}})\s(?P<t2>{_NAME})\.?$"
)

# right after the score: not the result ("2-1 at half-time", "3-2 on aggregate", "6-3, 6-3")
_NOT_FINAL_AFTER = re.compile(
    r"\s?(?:at\s(?:half[- ]?time|the\s(?:break|interval|half)|halftime)|on\saggregate|on\spen\w*|"
    r"in\s(?:the|a)\s(?:penalty\s)?shoot-?out|in\sthe\s(?:first|second)\sleg|(?:,\s?|\s|\sand\s)\d{1,2}\s?[-–]\s?\d)",
    re.IGNORECASE,
)
# before the score in its clause: a running score, a lead, another meeting
_NOT_FINAL_BEFORE = re.compile(
    r"\b(?:led|lead|leading|trail\w*|went|levell?ed|half[- ]?time|interval|first\sleg|second\sleg|"
    r"aggregate|penalt\w*|shoot-?out|had|having|previous(?:ly)?|earlier|last|since|ago|reverse|"
    r"(?:19|20)\d\d|series|sets?|would|could|if|need\w*|predict\w*)\b",
    re.IGNORECASE,
)
# after the score in its clause: another meeting ("in March", "last season", "in 2019")
_OTHER_MEETING_AFTER = re.compile(
    r"\b(?<!since\s)(?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|"
    r"December|last\s(?:season|year|time|month|week|weekend|meeting|campaign|\w+day)|ago|reverse\sfixture|"
    r"first\sleg|second\sleg|previous|earlier)\b"
)
_CLAUSE_MARKS = ",;:()"

# words of a competition or a ground, not a team
_NOT_TEAMS = frozenset(
    "cup league final finals semi-final semifinal quarter-final premier championship champions open "
    "grand prix olympics olympic games series tournament round trophy fa uefa fifa nba nfl mlb nhl "
    "stadium arena park ground road lane field result score full-time ft elsewhere meanwhile "
    "earlier later yesterday today tonight".split()
)


@dataclass(frozen=True)
class Reading:
    sentence: int
    start: int
    end: int
    text: str
    value: tuple[int, int]  # the goals, higher first
    names: frozenset[str]  # the teams (and other names) of its clause
    told_back: bool  # "the 3-0 win": the match the story told
    line: bool = False  # a results line naming the two teams


def _names(text: str) -> frozenset[str]:
    """Runs of capitalised words, possessives cut, competition and ground words left out."""
    out = set()
    for m in CAPITALISED_RUN.finditer(text):
        words = [w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’.") for w in m.group().split()]
        words = [w for w in words if w not in _NOT_TEAMS and w not in NOT_NAMES]
        if words:
            out.add(" ".join(words))
    return frozenset(out)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    begin = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, end) for c in _CLAUSE_MARKS) if i >= 0]
    return begin, min(ends, default=len(text))


def _final(text: str, m: re.Match, begin: int) -> bool:
    """Score ``m`` is a final result of the story's time: nothing around it in its clause makes
    it a running score, a leg, a shoot-out, sets or another meeting."""
    a, b = m.start("a"), m.end("b")
    lo, hi = _clause(text, a, b)
    return not (
        _NOT_FINAL_AFTER.match(text, b)
        or _NOT_FINAL_AFTER.match(text, m.end())  # "a 2-1 triumph on aggregate"
        or _NOT_FINAL_BEFORE.search(text, max(lo, 0), begin)
        or _OTHER_MEETING_AFTER.search(text, b, hi)
        or re.search(r"\d\s?[-–]\s?\d{1,2}\s?,?\s?$", text[max(lo, a - 8) : a])  # "6-3, 6-3"
    )


def _line_reading(si: int, text: str, base: int = 0) -> Reading | None:
    """The results line ``text`` is (at ``base`` in its sentence), or None."""
    line = text.strip()
    for pattern in (_LINE_APART, _LINE_JOINED, _LINE_TEAMS_FIRST):
        m = pattern.match(line)
        if m and m.group("t1") != m.group("t2"):
            a, b = int(m.group("a")), int(m.group("b"))
            names = _names(m.group("t1")) | _names(m.group("t2"))
            if len(names) == 2 and a <= 200 and b <= 200:
                off = base + text.find(line)
                return Reading(si, off, off + len(line), line, (max(a, b), min(a, b)), names, False, True)
    return None


def _sentence_readings(si: int, text: str) -> list[Reading]:
    whole = _line_reading(si, text)
    if whole:
        return [whole]
    # a results line the segmenter ran into the sentence below it (a long line of scorers
    # over the report): its own reading, and blanked for the rest
    lines: list[Reading] = []
    if "\n" in text:
        base = 0
        for piece in text.split("\n"):
            if r := _line_reading(si, piece, base):
                lines.append(r)
                text = text[: r.start] + " " * (r.end - r.start) + text[r.end :]
            base += len(piece) + 1
    if "-" not in text and "–" not in text and ":" not in text:
        return lines
    found: dict[int, Reading] = {}
    for pattern in (_VERB, _WON, _NOUN, _GLUED):
        for m in pattern.finditer(text):
            start = m.start("a")
            if start in found or not _final(text, m, m.start()):
                continue
            lo, hi = _clause(text, m.start(), m.end())
            # the clause's own stretch: from the score before it (a round-up) to the one after
            told = pattern is _NOUN and m.group("det").lower() in _TOLD_BACK
            told = told or pattern is _NOUN and m.group("det")[-1] in "s'’" and m.group("det")[0].isupper()
            goals = int(m.group("a")), int(m.group("b"))
            found[start] = Reading(
                si, start, m.end("b"), text[start : m.end("b")], (max(goals), min(goals)),
                _names(text[lo:hi]), told,
            )  # fmt: skip
    readings = sorted(found.values(), key=lambda r: r.start)
    if len(readings) > 1:  # a round-up: each score's names are those of its own stretch
        cuts = [0] + [r.end for r in readings[:-1]]
        readings = [
            Reading(r.sentence, r.start, r.end, r.text, r.value, _names(text[cut : _clause(text, r.start, r.end)[1]]), r.told_back)
            for r, cut in zip(readings, cuts)
        ]  # fmt: skip
    return sorted(lines + readings, key=lambda r: r.start)


def _shared(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """Names of ``a`` that ``b`` gives too, whole or by a part ("Farrow" of "Farrow Athletic")."""
    out = set()
    for x in a:
        xs = set(x.split())
        if any(x == y or xs <= set(y.split()) or set(y.split()) <= xs for y in b):
            out.add(x)
    return out


def _word_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """A word of four letters or more that a name of ``a`` and one of ``b`` both give ("Kelby" of
    "Kelby Towers Basket" and "die Kelby Towers")."""
    return bool({w for x in a for w in x.split() if len(w) > 3} & {w for y in b for w in y.split()})


_OPPONENT = re.compile(rf"\b(?:against|over|versus|vs\.?|to|with)\s(?P<name>{_NAME})")


def _opponents(text: str, r: Reading) -> frozenset[str]:
    """The teams a result's own clause names as its opponent ("defeat against Pell", "win over Osk")."""
    end = _clause(text, r.start, r.end)[1]
    return frozenset().union(*(_names(m.group("name")) for m in _OPPONENT.finditer(text, r.end, end)))


def score_conflicts(texts: list[str]) -> list[tuple[Reading, Reading]]:
    """Pairs (earlier, later) of readings of one match's final score with different figures."""
    readings = [r for si, t in enumerate(texts) for r in _sentence_readings(si, t)]
    matches = [r for r in readings if not r.told_back]
    out = []
    for n, b in enumerate(readings):
        earlier = [a for a in readings[:n] if a.sentence != b.sentence or a.line != b.line]
        if b.told_back:
            here = _names(texts[b.sentence])
            tied = [a for a in matches if a.sentence < b.sentence and _shared(a.names, here)]
            if not tied and len({a.names for a in matches if a.sentence < b.sentence}) == 1:
                tied = [a for a in matches if a.sentence < b.sentence]
            # its own clause names no team of another match ("their 4-0 defeat against Pell")
            own = _opponents(texts[b.sentence], b)
            if tied and any(not _shared(frozenset({x}), tied[0].names) for x in own):
                continue
            if tied and len({a.value for a in tied}) == 1 and tied[0].value != b.value:
                out.append((tied[-1], b))
            continue
        same = [a for a in earlier if len(_shared(a.names, b.names)) >= 2]
        if not same and len(matches) == 2 and (b.line or matches[0].line):
            # the story's one match, once as a results line and once by one of its teams
            same = [a for a in earlier if not a.told_back and _word_shared(a.names, b.names)]
        if same and len({a.value for a in same}) == 1 and same[0].value != b.value:
            out.append((same[-1], b))
    return out

"""Votes: a turnout, a side's or candidate's share of the vote, a party's seats.

A turnout is the percentage next to the word; a share of the vote belongs to the nearest name
before it in its clause ("Milei won with 55.8% of the votes, against Massa who obtained 44.2%");
seats belong to the run of capitalised words before them ("The Conservative Party have won 317
seats"), and a count that is a change or a region's part ("lost 12 seats in Wales") makes no
claim.
"""

from __future__ import annotations

import re

from .measure_claims import (
    CLAUSES,
    NOT_NAMES,
    NUM,
    PERCENT,
    Claim,
    bare_name,
    hedge,
    lacks_all,
    subject_names,
    written_value,
)
from .text import CAPITAL_WORD


_SEATS = re.compile(rf"(?<![\w.,]){NUM}\s(?:of\s(?:the\s)?(?:\d+\s|remaining\s)?)?seats\b", re.IGNORECASE)


_TURNOUT = re.compile(r"\bturnout\b", re.IGNORECASE)


def turnout_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """A turnout: the percentage right after the word ("turnout of 86 per cent", "Turnout 84.6%")
    or right before it ("a 62 percent turnout"), in a sentence naming one turnout."""
    if lacks_all(text, ("turnout",)):
        return []
    words = list(_TURNOUT.finditer(text))
    if len(words) != 1:
        return []
    w = words[0]
    after = [m for m in PERCENT.finditer(text, w.end()) if m.start() - w.end() <= 40][:1]
    before = [m for m in PERCENT.finditer(text, 0, w.start()) if w.start() - m.end() <= 3][-1:]
    found = after or before
    if not found:
        return []
    m = found[0]
    value, step = written_value(m.group("num"), None)
    bound, about = hedge(text[: m.start()])
    return [Claim(si, m.start(), m.end(), m.group(), "turnout", "%", value, step, bound, about, names)]


_SEAT_CHANGE = re.compile(
    r"\b(?:los[ets]|losing|loss of|gain\w*|net|picked up|pick up|another|extra|more|fewer)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)


def seat_claims(si: int, text: str) -> list[Claim]:
    """A party's seats: "the Conservatives secured 318 seats"; the party is the nearest name
    before the figure, and only the sentence's first seat figure is read (later ones belong to
    other parties)."""
    if lacks_all(text, ("seats",)):
        return []
    ms = list(_SEATS.finditer(text))
    if not ms:
        return []
    m = ms[0]
    if _SEAT_CHANGE.search(text[max(0, m.start() - 25) : m.start()]) or re.match(
        r"\s(?:from\b|in\s(?!the\b)[A-Z])", text[m.end() :]
    ):
        return []  # "lost 12 seats in Wales", "took 36 seats from the SNP": a change, or a part
    party, owner = _party(text[: m.start()], last=True)
    if not party:  # "With 22 seats, the Greens …": the party follows when nothing names it before
        party, owner = _party(text[m.end() :], last=False)
    if not party:
        return []
    value, step = written_value(m.group("num"), None)
    bound, about = hedge(text[: m.start()])
    return [
        Claim(
            si,
            m.start(),
            m.end(),
            m.group(),
            f"seats:{owner}",
            "seats",
            value,
            step,
            bound,
            about,
            party,
        )
    ]


def seat_owner(text: str, start: int) -> str:
    """The party a seat count at ``start`` belongs to: the nearest name before it in its clause
    ("the NDA bagged 354 seats, whereas the Congress only won 52 seats"), else ""."""
    return " ".join(sorted(_party(CLAUSES.split(text[:start])[-1], last=True)[0]))


def _party(text: str, last: bool) -> tuple[frozenset[str], str]:
    """The words of the last (or first) run of capitalised words of ``text``, with an acronym in
    brackets after it, and the run as written: "The Conservative Party" -> {"conservative"},
    "the BJP-led National Democratic Alliance (NDA)" -> {"bjp-led", "national", "democratic",
    "alliance", "nda"}."""
    runs = []
    for m in re.finditer(
        r"(?:\b[A-Z][\w'.-]*[A-Za-z0-9](?:\s+|(?=\W)|$))+(?:\((?P<acronym>[A-Z]{2,})\))?", text
    ):
        words = [bare_name(w) for w in CAPITAL_WORD.findall(m.group())]
        words = {w.rstrip("s") for w in words if w not in NOT_NAMES and w not in {"party", "parties"}}
        if words:
            runs.append((frozenset(words), m.group().strip()))
    return (runs[-1] if last else runs[0]) if runs else (frozenset(), "")


def seats_of_other_parties(a_text: str, a_start: int, b_text: str, b_start: int) -> bool:
    """Two seat counts whose clauses name different parties: two counts, not one stated twice."""
    first, second = seat_owner(a_text, a_start).split(), seat_owner(b_text, b_start).split()
    return bool(first and second) and not set(first) & set(second)


# A side of an election the story describes instead of naming, with what tells it from the
# others: "the ruling party", "the main opposition coalition" (a bare "the party" is any party)
_DESCRIBED_SIDE = re.compile(
    r"\b[Tt]he\s+(?P<side>(?:ruling|governing|incumbent|main|opposition|centre-right|centre-left|"
    r"center-right|center-left|far-right|far-left|right-wing|left-wing|conservative|liberal|"
    r"nationalist|socialist)(?:\s+(?:opposition|ruling|governing))?\s+(?:party|coalition|alliance|"
    r"bloc|candidate|camp))\b"
)
_OF_THE_VOTE = re.compile(
    r"\s?(?:%|per\s?cent|percent)\s(?:of\s(?:the\s)?(?:valid\s)?(?:votes?|ballots?))\b", re.IGNORECASE
)


def vote_share_claims(si: int, text: str) -> list[Claim]:
    """A candidate's or side's share of the vote ("Milei won with 55.8% of the votes, against
    Massa who obtained 44.2%"): each percentage of a clause that says "of the vote", owned by the
    nearest name before it."""
    if lacks_all(text, ("vote", "ballot")) or not _OF_THE_VOTE.search(text):
        return []
    out = []
    at = 0
    for part in CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        for m in PERCENT.finditer(part):
            if not _OF_THE_VOTE.match(part, m.start("num") + len(m.group("num"))):
                continue
            before = [bare_name(n.group()) for n in CAPITAL_WORD.finditer(part[: m.start()])]
            before = [w for w in before if w not in NOT_NAMES]
            described = _DESCRIBED_SIDE.search(part, 0, m.start())
            if not before and described is None:
                continue
            # a side described, not named: "the ruling party took 54.1%"
            side = before[-1] if before else "the " + " ".join(described.group("side").lower().split())
            value, step = written_value(m.group("num"), None)
            bound, about = hedge(part[: m.start()])
            out.append(Claim(si, start + m.start(), start + m.end(), m.group(), f"share:{side}", "%", value,
                             step, bound, about, subject_names(part) | {side}))  # fmt: skip
    return out

"""Analysts' estimate of a company's earnings per share, as results stories give it: "analysts had
expected $3.84 a share", "missing the Street estimate of $3.84", "versus the -$0.24 estimate",
"Analysts were expecting a loss of 42 cents per share".

A story and its rewrite quote one consensus for one quarter; two different figures for it are a
contradiction an editor checks ("$7.39 per share" / "$7.31 a share"). Read: a per-share amount
that an estimate word introduces (at most eight words before it, none of them another amount or
"with": "beating anticipated earnings with $2.99" gives the actual figure) or that "estimate"
follows. A sentence about another period (the full year, the next quarter, a year ago) or
giving guidance is left out; a loss is a negative figure.
"""

from __future__ import annotations

import re

from .measure_claims import Claim, lacks_all

_PER_SHARE = re.compile(
    r"\b(?:per[- ]share|a share|a diluted share|EPS)\b|\bearnings per share\b", re.IGNORECASE
)
_OTHER_PERIOD = re.compile(
    r"\b(?:full[- ]year|for the year|next quarter|current quarter|coming quarter|this year|next year|"
    r"annual|guidance|outlook|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|"
    r"year[- ]earlier|same (?:period|quarter))\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"(?P<neg>-|−)?\s?(?:US)?\$\s?(?:US)?\s?(?P<num>\d+(?:\.\d+)?)(?!\s?(?:billion|million|bn|mn|m|trillion|k)\b)(?![\d.,]*\d)"
    r"|\b(?P<cents>\d{1,3})\s?cents\b",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:estimates?|estimated|expect(?:ed|ing|ations?)|forecasts?|forecasted|projected|anticipated|"
    r"consensus|looking for|polled|surveyed|predicted)\b",
    re.IGNORECASE,
)
_ESTIMATE_AFTER = re.compile(
    r"^\s*(?:(?:a|per) share\s*)?(?:consensus\s+)?estimate\b"
    r"|^\s*(?:(?:a|per) share\s*)?,?\s*(?:that|which)?\s*(?:analysts|wall street|the street)\s+(?:had\s+)?"
    r"(?:expected|were expecting|forecast|predicted|anticipated)",
    re.IGNORECASE,
)
# whose estimate: analysts' (a company's own forecast of its earnings is guidance)
_ANALYSTS = re.compile(
    r"\b(?:analysts?|wall street|the street|consensus|estimates?|polled|surveyed|factset|refinitiv|zacks|"
    r"i/?b/?e/?s|bloomberg|streetaccount|visible alpha|lseg)\b",
    re.IGNORECASE,
)
# the quarter an estimate is for: "third-quarter earnings", "Q2"
_QUARTER = re.compile(r"\b(first|second|third|fourth)(?=[- ]quarter\b)|\b(q[1-4])\b", re.IGNORECASE)
_ORDINAL = {"first": "q1", "second": "q2", "third": "q3", "fourth": "q4"}
_NOT_BETWEEN = re.compile(r"\bwith\b|\$|\d\s?cents\b", re.IGNORECASE)
_LOSS = re.compile(r"\bloss of\s*$", re.IGNORECASE)


# capitalised words of such sentences that name no company: the estimate's source (two sources'
# consensus figures are still "the estimate" a reader compares), the market, the measure
_NOT_SUBJECTS = frozenset(
    "analysts analyst earnings eps wall street street consensus estimate estimates factset refinitiv "
    "zacks bloomberg thomson reuters ibes i/b/e/s streetaccount visible alpha investing.com lseg "
    "research investment nasdaq nyse on a per-share basis".split()
)


def eps_estimate_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """The analysts' per-share estimates a sentence gives (see the module's docstring)."""
    if lacks_all(text, ("share", "eps")) or not _PER_SHARE.search(text) or _OTHER_PERIOD.search(text):
        return []
    if not _ANALYSTS.search(text):
        return []  # "Intel had forecast $1.05 a share": the company's own forecast, not the analysts'
    names = frozenset(n for n in names if n not in _NOT_SUBJECTS and not any(c.isdigit() for c in n))
    quarter = frozenset(_ORDINAL.get(m.group().lower(), m.group().lower()) for m in _QUARTER.finditer(text))
    out = []
    for m in _AMOUNT.finditer(text):
        before = text[max(0, m.start() - 90) : m.start()]
        cues = list(_CUE.finditer(before))
        introduced = (
            bool(cues) and _introduces(before[cues[-1].end() :]) and not _own_forecast(before, cues[-1])
        )
        if not (introduced or _ESTIMATE_AFTER.match(text[m.end() : m.end() + 60])):
            continue
        if m.group("cents"):
            value, step = int(m.group("cents")) / 100, 0.01
        else:
            num = m.group("num")
            value, step = float(num), 10.0 ** -len(num.partition(".")[2])
        if m.group("neg") or _LOSS.search(before):
            value = -value
        out.append(
            Claim(
                si,
                m.start(),
                m.end(),
                m.group().strip(),
                "eps-estimate",
                "USD",
                value,
                step,
                "",
                False,
                names,
                quarter,
            )
        )
    return out


_ANALYSTS_BEFORE = re.compile(r"\b(?:analysts?|wall street|the street|consensus)\b", re.IGNORECASE)
_COMPANY_WORDS = frozenset("company firm it management group".split())
_OWN_CUES = frozenset(
    "expect expected expecting expects forecast forecasts forecasted projected predicted".split()
)


def _own_forecast(before: str, cue: re.Match) -> bool:
    """ "while Intel had forecast $1.05 a share", "the company expects": the company forecasts its
    own earnings (its guidance), unless analysts are the subject ("Wall Street analysts had
    forecast")."""
    if cue.group().lower() not in _OWN_CUES:
        return False
    if _ANALYSTS_BEFORE.search(before[: cue.start()][-60:]):
        return False  # "Analysts polled by a data firm had forecast"
    subject = before[: cue.start()].split()[-3:]
    low = [w.strip(",.'’").lower() for w in subject]
    return any(w in _COMPANY_WORDS for w in low) or any(
        w[:1].isupper() and w.strip(",.'’").lower() not in _NOT_SUBJECTS for w in subject[1:]
    )


def _introduces(between: str) -> bool:
    """The words between an estimate word and the amount: at most eight, no other amount, no
    "with"."""
    return len(between.split()) <= 8 and not _NOT_BETWEEN.search(between)


_FORECAST_VERB = re.compile(
    r"\b(?:expect(?:ed|ing|s)?|anticipat(?:ed|ing|es)|forecast(?:ed|s)?|estimat(?:ed|es)|predict(?:ed|s)?|"
    r"projected|looking for|called for)\b",
    re.IGNORECASE,
)


def analysts_forecast(clause: str) -> bool:
    """A clause giving what analysts expected ("Analysts polled by Investing.com had anticipated 87
    cents a share on revenue of $16.03 billion"): its amounts are forecasts, not results."""
    return bool(_ANALYSTS_BEFORE.search(clause) and _FORECAST_VERB.search(clause))

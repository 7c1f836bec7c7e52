"""Measures of one subject stated twice with different values, for FL401.

FL401's reading of figures ties counts and tolls to their event; amounts of money, votes and
rates are tied to what they measure by the words around them instead (a match's scores have
their own reader, ``match_scores``): "Qualcomm is buying NXP
in a deal valued at $38 billion" and "a $47 billion acquisition of NXP" give one deal two prices.
The readers (``money``, ``votes``, ``moves_and_rates``) make claims; two claims
disagree when measure, unit and subject agree and the values differ beyond the step either is
written to (a twentieth for "about"), on the wrong side of a bound. Neither sentence may mark its
figure as another occasion or a plan ("originally", "proposed", "exit poll", "previous"), a part
("after 30 of 32 areas", a district), another year or period, or a fact box's row. Being quiet is
cheaper than a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .measure_claims import Claim
from .compared_figures import comparison_start
from .figure_roles import claims_apart
from .lead_entities import leads_apart
from .event_lengths import length_claims, length_what
from .earnings_told import told_again
from .estimates import eps_estimate_claims
from .money import money_claims, unit_price_claims
from .moves_and_rates import move_claims, rate_claims
from .rate_levels import action_before_rate
from .movements import same_moment
from .text import has_digit
from .votes import (
    distinct_side,
    seat_claims,
    tally_claims,
    turnout_claims,
    vote_count_claims,
    vote_share_claims,
)
from .measure_claims import bare_name, lacks_all, subject_names
from .text import CAPITAL_WORD
from .told_before import TOLD_AGAIN, names_within


# another occasion, a plan or a part of the count: the figure is not a restatement of the fact
_APART = re.compile(
    r"\b(?:original(?:ly)?|initial(?:ly)?|intend\w*|intention|propos\w*|forecast\w*|"
    r"expect(?:s|ed|ing|ations?)?\b(?! to (?:close|complete|be completed))|"
    r"(?<!an )estimat\w*|previous(?:ly)?|earlier|before|prior|first announced|at first|was to|were to|"
    r"had been|would|could|might|(?-i:may)|likely|set to|exit polls?|projected|predicted|poll(?!ed\b|ing\s(?:a\stotal\sof\s)?\d)\w*|"
    r"analysts?|if|(?<!more )(?<!less )(?<!fewer )than|(?-i:times)|compared|instead|reduc\w*|"
    r"slash\w*|rais\w*|increas\w*|cut|last(?! (?:month|week|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|next|that election|counted|"
    r"declared|declare|early results|so far|partial|ballot[- ]box(?:es)?|first \w+ of|\d+ of (?:the )?\d+\b(?! seats)|stake|"
    r"area'?s?|district\w*|count(?:y|ies)|constituenc\w*|wards?|precincts?|regions?|provinces?|each|"
    r"per\s(?:share|head|capita|person)|average|"
    # a sum someone asks for is no award: "asking the court to award $150 million"
    r"asking|asked for|sought|seek(?:s|ing)?|request(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)


# the period a sum or a rate is counted over: two figures of different periods are two figures
_PERIOD = re.compile(
    r"\b(?:(?P<year>a year(?! (?:earlier|ago|before|later)\b)|per year|per annum|annual(?:ly)?|yearly|full[- ]year|this year|the year)|"
    r"(?P<quarter>quarter\w*)|(?P<half>half[- ]year\w*|first half|second half|six months)|"
    r"(?P<month>a month|per month|monthly)|(?P<week>a week|per week|weekly)|(?P<day>a day|per day|daily))\b",
    re.IGNORECASE,
)


def _periods(text: str) -> frozenset[str]:
    return frozenset(k for m in _PERIOD.finditer(text) for k, v in m.groupdict().items() if v)


# a fact box's or results table's row ("Turnout: 23.9%"): each by-election of a round-up has one
_FACT_BOX = re.compile(r"^\s*[A-Z][\w .'’()/-]{0,40}:\s*\S(?:(?![.!?]\s).){0,60}$")


# "$715 million instead of the original $1 billion", "58 seats, four more than in the previous
# election": what follows is the other figure
_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|down from|up from|compared with|compared to|"
    r"(?:more|fewer|less|higher|lower) than (?:in|at))\b",
    re.IGNORECASE,
)
_INSTEAD_WORDS = ("instead", "than", "from", "compared")  # one is in every match of _INSTEAD


def claims(si: int, text: str) -> list[Claim]:
    """The measure claims of one sentence (none when it marks another occasion or a plan); after
    "instead of", "down from" … the sentence names the other figure, and only what comes before
    is read."""
    lengths = length_claims(si, text)  # (figures in words too: "a unos diez kilómetros de Morvia")
    if not has_digit(text) and lacks_all(text, ("seats",)) and not lengths:
        return []  # (a party's seats may be written in words: "winning four seats")
    # an analysts' estimate is read in the whole sentence, where estimate words are (what _APART
    # leaves out for other measures) and in a key-figures row ("EPS: $1.86, versus the $1.79 estimate")
    names = subject_names(text)
    found = eps_estimate_claims(si, text, names) + lengths
    if not _FACT_BOX.match(text):
        found += _measure_claims(si, text, names) + _unit_prices(si, text)
    if not found:
        return []
    years = frozenset(_YEAR.findall(text))
    debt = bool(_DEBT.search(text))
    periods = _periods(text)
    return [replace(c, years=years, with_debt=debt, periods=periods) for c in found]


def _measure_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """``names``: the subject names of the whole sentence (read again when only a part is read)."""
    instead = None if lacks_all(text, _INSTEAD_WORDS) else _INSTEAD.search(text)
    if instead:
        text = text[: instead.start()]
        names = subject_names(text)
    found = (
        money_claims(si, text, names)
        + turnout_claims(si, text, names)
        + seat_claims(si, text)
        + move_claims(si, text)
        + vote_share_claims(si, text)
        + vote_count_claims(si, text)
        + tally_claims(si, text)
        + rate_claims(si, text, names)
    )
    if not found:
        return []
    # a word in a clause after the figures' own ("..., and said it would appeal") is not theirs
    own_end = _own_clauses_end(text, max(c.end for c in found))
    apart = [
        m.start()
        for m in _APART.finditer(text, 0, own_end)
        if not _election_day(text, m)
        and not _budget_year(found, text, m)
        and not _named_body(found, m)
        and not _result_declared(text, m)
        and not _WON_CONSTITUENCIES.search(text, 0, m.end())
        and not action_before_rate(text, [(c.measure, c.start) for c in found], m)
    ]  # (the long test only where a claim was read)
    if not apart:
        return found
    # "The 64.1 percent turnout was above the last vote's": the other occasion is the comparison's
    cut = comparison_start(text, min(c.end for c in found))
    return [c for c in found if c.end <= cut] if cut is not None and min(apart) >= cut else []


def _unit_prices(si: int, text: str) -> list[Claim]:
    """The price of each of a thing (``money.unit_price_claims``), in a sentence that marks no
    other occasion or plan ("each" and "per" are the price's own words). Its names leave out the
    sentence's first word ("Fans paid 30 euros for each ticket": no subject named "Fans")."""
    if lacks_all(
        text, ("each", "every", "per", "apiece", " a ", " an ", "cost", "sold", "sell", "priced", "go")
    ):
        return []
    found = unit_price_claims(si, text, frozenset())
    if not found or any(m.group().lower() not in ("each", "per") for m in _APART.finditer(text)):
        return []
    first = CAPITAL_WORD.match(text.lstrip())
    names = subject_names(text) - ({bare_name(first.group())} if first else set())
    return [replace(c, names=names) for c in found]


# where a clause of its own begins after a figure: ", and said it would appeal", "; it may ..."
_NEXT_CLAUSE = re.compile(r",\s(?:and|but|while|whereas)\s|;\s")


def _own_clauses_end(text: str, end: int) -> int:
    m = _NEXT_CLAUSE.search(text, end)
    return m.start() if m else len(text)


def _budget_year(found: list[Claim], text: str, m: re.Match) -> bool:
    """ "a budget of $4.2 billion for next year": the year the budget is for, not a plan."""
    return (
        m.group().lower() == "next"
        and all(c.measure == "budget" for c in found)
        and text[m.end() :].lstrip().lower().startswith(("year", "fiscal year", "financial year"))
    )


# a part's word that may be a body's name ("Varrow County"); the exact words, not "Counted"
_BODY_PARTS = frozenset(
    "county counties district districts region regions province provinces ward wards area areas".split()
)


def _named_body(found: list[Claim], m: re.Match) -> bool:
    """ "Varrow County commissioners approved the county's $42.7 million budget": a part's word
    written as a name says whose the sum is, not which part of a count it is (votes, seats and
    rates are counted by parts: "In Marl County, Tolland won 54%")."""
    return (
        m.group()[:1].isupper()
        and m.group().lower().removesuffix("'s").removesuffix("'") in _BODY_PARTS
        and m.start() > 0
        and all(
            c.unit not in ("%", "votes", "seats") and not c.measure.startswith(("rate:", "move:", "share:"))
            for c in found
        )
    )


# seats won, not a part of the count: "won 50 constituencies"
_WON_CONSTITUENCIES = re.compile(r"\b(?:won|took)\s\d{1,3}\sconstituencies$")


# the declaration of the result, not a part of the count: "was declared the winner after
# garnering 50.5%", "is set to be declared the winner after polling 8,805,420 votes"
_WINNER_DECLARED = re.compile(
    r"(?:\sbe)?\sdeclared\s(?:the\s)?(?:winner|president-elect|victor)\b", re.IGNORECASE
)


def _result_declared(text: str, m: re.Match) -> bool:
    word = m.group().lower()
    if word == "declared":
        return bool(_WINNER_DECLARED.match(text, m.start() - 1))
    return word == "set to" and bool(_WINNER_DECLARED.match(text, m.end()))


def _election_day(text: str, m: re.Match) -> bool:
    """ "the September 16 polls", "Sunday's polls", "went to the polls": the election itself, not
    an opinion poll."""
    return m.group().lower() == "polls" and bool(
        _DAY_BEFORE.search(text, 0, m.start()) or text[: m.start()].endswith(("to the ", "at the "))
    )


_DAY_BEFORE = re.compile(r"(?:\d|\b[A-Z][a-z]+day(?:'s|’s)?)\s$")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_DEBT = re.compile(r"\bdebt\b|\benterprise value\b", re.IGNORECASE)


def _within(a: Claim, b: Claim) -> bool:
    """The two values agree: within the rounding step either is written to, a twentieth for an
    "about", or on the allowed side of a bound."""
    tol = max(a.step, b.step) / 2 + 1e-9 * max(abs(a.value), abs(b.value))
    if a.about or b.about:
        tol = max(tol, 0.05 * max(abs(a.value), abs(b.value)))
    lo_a = hi_a = a.value
    for c, other in ((a, b), (b, a)):
        if c.bound and c.bound != other.bound:
            # "up to 700" holds any plain figure at or below it; "more than 60" any above it
            if c.bound == "upper" and other.value <= c.value + tol:
                return True
            if c.bound == "lower" and other.value >= c.value - tol:
                return True
            return False
    if abs(lo_a - b.value) <= tol and abs(hi_a - b.value) <= tol:
        return True
    # "41 percent" / "41.62 per cent": the coarser share is the finer one cut short, as reports
    # often write a share, rather than rounded; one above it, or lower by a whole step, disagrees
    # (sums are not: a round sum's step is wider than its last digit)
    coarse, fine = (a, b) if a.step > b.step else (b, a)
    return (
        a.unit == b.unit == "%"
        and coarse.step > fine.step
        and not (a.about or b.about or a.bound or b.bound)
        and 0 <= fine.value - coarse.value < coarse.step * (1 - 1e-9)
    )


def same_subject(a: Claim, b: Claim) -> bool:
    """One measure of one thing: the same measure and unit, no different years or debt counted
    on one side only, and a name in common (a party's seats: the same party)."""
    if a.unit == b.unit == "seats":
        # the same party, under any of its names ("The Green Front" and "The Civic Front" share
        # only a word any party's name may hold)
        return bool(distinct_side(a.names) & distinct_side(b.names))
    if a.measure.startswith("share:") and b.measure.startswith("share:"):
        return _same_side(a, b)
    if a.unit == b.unit == "votes":
        # (a side's votes in two ballots, a round of members and one of MPs or a province and the
        # nation, differ by far more than a count misreported does)
        return _same_side(a, b) and max(a.value, b.value) <= 1.5 * min(a.value, b.value)
    if a.measure != b.measure or a.unit != b.unit:
        return False
    if told_again(a, b):
        return True  # "Net profit rose 9.4% to 74 million euros", naming nothing: the company's
    if a.measure == "eps-estimate":
        return _same_estimate(a, b)
    if a.measure.startswith("price:"):
        # one thing's price (its words in the measure), unless each side names another subject;
        # "this year" is the story's, and "last season" makes no claim
        return not (
            a.years and b.years and not a.years & b.years or a.names and b.names and not a.names & b.names
        )
    if (
        a.years
        and b.years
        and not a.years & b.years
        or a.with_debt != b.with_debt
        or _periods_differ(a, b)
        # "after a day of debate": no period the vote is counted over; "the lowest this year": a
        # rate is of its month (its moment, below)
        and a.measure != "tally"
        and not a.measure.startswith("rate:")
    ):
        return False  # "fined €2.4bn in 2017" / "in 2018"; "$38bn" / "$47bn including debt"
    if a.measure.startswith("move:") and not same_moment(a.moment, b.moment):
        return False
    if a.measure.startswith("rate:"):
        if a.moment and b.moment and a.moment != b.moment:
            return False  # "in March" / "in April"
        return not (a.names and b.names) or bool(a.names & b.names)
    if a.measure == "turnout" and (bool(a.years) != bool(b.years) or not (a.names and b.names)):
        # "Turnout 84.6%": a sentence naming nothing is about the story's vote, unless one names a
        # year the other does not ("In 2019, 58% of voters took part": another vote)
        return bool(a.years) == bool(b.years)
    if (a.measure == "tally" or a.measure in TOLD_AGAIN) and (
        _result_told_before(a, b) or _result_told_before(b, a)
    ):
        # "Lawmakers approved it 215-190" after "The motion passed by 212 votes to 190"; "The
        # £650m sale"
        return True
    if a.measure == "fee":
        # one player's move names the clubs and the player on both sides; a full name that only
        # one side gives ("Tomas Rell", none of its words on the other) is another player's fee
        return len(a.names & b.names) >= 2 and not _own_run(a, b) and not _own_run(b, a)
    # a vote's tally: the same thing voted on and the same body, where both sentences name one;
    # a deal whose sentences each name a company the other does not ("Brelland Foods was sold to
    # Omsk Partners" / "Omsk Partners had bought Ferro Dairy") is two deals
    return (
        bool(a.names & b.names)
        and not (_own_run(a, b) and _own_run(b, a))
        and not (
            a.measure == "tally" and any(_named_apart(a.names, b.names, kind) for kind in ("thing:", "body:"))
        )
    )


def _periods_differ(a: Claim, b: Claim) -> bool:
    """The periods the two sums are counted over differ: a sum dated by a year and no shorter
    period ("revenue of €4.2bn for 2023") is the year's, as one said to be annual is."""
    if a.periods == b.periods:
        return False
    year = frozenset({"year"})
    return (a.periods or (year if a.years else a.periods)) != (b.periods or (year if b.years else b.periods))


def _same_estimate(a: Claim, b: Claim) -> bool:
    """One company's consensus, whoever compiled it: two companies' names, or two periods named,
    tell them apart."""
    if a.years and b.years and not a.years & b.years or a.periods and b.periods and a.periods != b.periods:
        return False
    if a.moment != b.moment:
        return False  # the second quarter's estimate / the third's (or one that names none)
    if (a.value < 0) != (b.value < 0):
        return False  # a profit expected and a loss expected: two companies' or units' estimates
    return not (a.names and b.names and not a.names & b.names)


def _result_told_before(full: Claim, told: Claim) -> bool:
    """A tally of "it" (``votes.tally_claims``) is of the thing voted on told before, by no other body;
    "The £650m sale" in a sentence naming nothing (``money.money_claims``) is the deal told before."""
    return (
        told.told_before
        and not full.told_before
        and names_within(told.names, full.names)
        and told.years <= full.years
    )


def _same_length(a: Claim, b: Claim) -> bool:
    """One length of the story's event (``event_lengths``): no names before the figures that
    tell two people or things apart, and a distance from a place only where one of the two is
    written in words (two in digits are FL401's own reading, with its own guards)."""
    if a.measure != b.measure or a.years and b.years and not a.years & b.years:
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    return not a.measure.startswith("length:from:") or a.in_words or b.in_words


def _named_apart(a: frozenset[str], b: frozenset[str], kind: str) -> bool:
    """Both name a thing (or a body) of this kind, and none in common: two votes."""
    ka, kb = {n for n in a if n.startswith(kind)}, {n for n in b if n.startswith(kind)}
    return bool(ka and kb and not ka & kb)


def _same_side(a: Claim, b: Claim) -> bool:
    """Two shares of the vote of one side (a name or an acronym in common, however each report
    names it: "the Action and Solidarity Party (PAS)" / "PAS") in one place ("Labour won 52% in
    Northmark" / "Labour won 48% in Kilbride" are two places) and one year; a vote is not
    counted over a period ("formed six months ago" says nothing of it)."""
    if a.years and b.years and not a.years & b.years:
        return False
    return a.places == b.places and bool(a.owner & b.owner)


def _own_run(a: Claim, b: Claim) -> bool:
    return any(not run & b.names for run in a.runs)


def conflicts(texts: list[str]) -> list[tuple[Claim, Claim]]:
    """(earlier, later) claims of one measure of one subject whose values disagree, each later
    claim against the latest earlier claim of its subject; earlier claims are looked up by
    measure, the latest _CANDIDATES of each, so a live blog costs a bounded amount per figure."""
    seen: dict[tuple[str, str], list[Claim]] = {}
    out: list[tuple[Claim, Claim]] = []
    for si, text in enumerate(texts):
        mine = claims(si, text)
        for b in mine:
            for a in reversed(seen.get(_key(b), [])[-_CANDIDATES:]):
                same = _same_length if b.measure.startswith("length:") else same_subject
                if a.sentence != b.sentence and same(a, b):
                    if not _within(a, b) and not claims_apart(a, b, texts) and not leads_apart(a, b, texts):
                        out.append((a, b))
                    break
        for c in mine:
            seen.setdefault(_key(c), []).append(c)
    return out


_CANDIDATES = 50


def _key(c: Claim) -> tuple[str, str]:
    if c.measure.startswith("share:"):
        return ("share", c.unit)
    return (c.unit if c.unit in ("seats", "votes") else c.measure, c.unit)


_WHAT = {
    "deal": "the price of the deal",
    "fine": "the fine",
    "settlement": "the settlement",
    "ransom": "the ransom",
    "fee": "the fee paid",
    "revenue": "the revenue",
    "profit": "the profit",
    "turnout": "the turnout",
    "move:up:shares": "the rise",
    "move:down:shares": "the fall",
    "move:up:revenue": "the rise in revenue",
    "move:down:revenue": "the fall in revenue",
    "move:up:profit": "the rise in profit",
    "move:down:profit": "the fall in profit",
    "tally": "the tally of the vote",
    "eps-estimate": "the analysts' estimate of earnings per share",
    "value": "the market value",
    "value-loss": "the market value lost",
    "worth": "the fortune",
    "fraud": "the sum of the fraud",
    "pay": "the pay",
    "budget": "the budget",
    "damages": "the damages",
    "damages-compensatory": "the compensatory damages",
    "damages-punitive": "the punitive damages",
    "damages-exemplary": "the exemplary damages",
    "cost": "the cost",
    "worth-loss": "the fortune lost",
}


def disagreement(rule, doc, a, b, what: str):
    """FL401's finding for figure ``b`` (a claim or a quantity: sentence, start, end, text) told
    with another value than ``a`` for ``what`` ("the profit")."""
    from .numbers import figure_span
    from ..linter.finding import Related

    return rule.finding(
        figure_span(doc, b.sentence, b.start, b.end),
        f'"{b.text}" disagrees with "{a.text}" given earlier for {what}: check which figure is '
        "right, or say why they differ",
        related=[
            Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier figure: "{a.text}"')
        ],
        key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
    )


def measure_findings(rule, doc, seen: set[tuple[int, int]]):
    """FL401 findings for measures of one subject that disagree (sentence pairs in ``seen`` are
    already reported by FL401's own reading and are skipped)."""
    texts = [s.text for s in doc.sentences]
    for a, b in conflicts(texts):
        if (a.sentence, b.sentence) in seen:
            continue
        seen.add((a.sentence, b.sentence))
        kind, _, owner = a.measure.partition(":")
        owned = kind if kind in ("seats", "votes") else "share of the vote"
        # (a side the story describes is quoted as described: "the ruling party")
        whose = (
            owner
            if kind in ("seats", "votes") or owner.startswith("the ") or not owner.islower()
            else owner.title()
        )
        what = _WHAT.get(a.measure) or f"the {owned} of {whose}"
        if kind == "length":
            what = length_what(a.measure)
        if kind == "rate":
            what = f"the rate of {owner}"
        if kind == "price":
            what = f"the price of each {owner}"
        way, _, thing = owner.partition(":")
        if kind == "move" and thing.startswith("units:"):
            what = f"the {'rise' if way == 'up' else 'fall'} in {thing.removeprefix('units:')}s sold"
        elif kind == "move" and ":" in thing:  # "revenue:us": a part's revenue
            measure, _, part = thing.partition(":")
            what = f"the {'rise' if way == 'up' else 'fall'} in {part.upper() if len(part) < 4 else part} {measure}"
        yield disagreement(rule, doc, a, b, what)

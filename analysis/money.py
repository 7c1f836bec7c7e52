"""Measures of one subject stated twice: a deal's price, a fine, a settlement, a ransom, a turnout,
a party's seats.

FL401's reading of figures ties counts and tolls to their event; amounts of money and shares of a
vote are tied to what they measure by the words around them instead: "Qualcomm is buying NXP in a
deal valued at $38 billion" and "a $47 billion acquisition of NXP" give one deal two prices. A
claim here is a figure with the one measure its sentence names ("fine", "settlement", "deal",
"turnout", "seats"), its currency and bound ("up to", "more than", "about"), and the names of its
sentence as its subject. Two claims disagree when measure, currency and a name agree, the values
differ beyond the rounding either is written to (and beyond a twentieth for "about"), and neither
sentence marks its figure as another occasion or a plan ("originally", "proposed", "exit poll",
"after 30 of 32 areas", "previous"). A sentence that names two measures or gives two amounts of
one currency (a list of parts, a comparison) makes no claim: being quiet is cheaper than a false
alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .movements import moments, move_word, same_moment
from .text import CAPITAL_WORD

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR"}
_NAMES = {"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR"}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|m|b|k)\b)?"
_MONEY = re.compile(
    rf"(?P<sym>US\$|USD\s?|EUR\s?|GBP\s?|[$£€])\s?{_NUM}{_SCALE}"
    rf"|(?<![\w.$£€]){_NUM.replace('num', 'num2')}{_SCALE.replace('scale', 'scale2')}\s"
    r"(?:U\.?S\.?\s)?(?P<cur>dollars?|pounds?|euros?)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"(?<![\w.]){_NUM}\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)
_SEATS = re.compile(rf"(?<![\w.,]){_NUM}\s(?:of\s(?:the\s)?(?:\d+\s|remaining\s)?)?seats\b", re.IGNORECASE)
_PER_UNIT = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:per|a|an|each|/)\s?(?:share|stock|head|person|car|owner|vehicle)"
)

# what an amount of money is, by the words of its sentence (a sentence naming two is skipped)
_MONEY_MEASURES = {
    "settlement": r"settle\w*",
    "fine": r"fine[sd]?|fining|penalt(?:y|ies)",
    "ransom": r"ransom|extort\w*",
    "deal": r"buy(?:ing|s)?|bought|acqui(?:re[sd]?|ring|sition)|purchas(?:e[sd]?|ing)|takeover|merger|"
    r"(?<!trade )(?<!bailout )(?<!aid )(?<!loan )(?<!debt )(?<!pay )(?<!wage )(?<!arms )deal",
    "revenue": r"revenues?|sales|turnover",
    "profit": r"profits?|net income|earnings",
    "value": r"market value|market cap\w*|valuation",
    "pay": r"salary|salaries|pay (?:packet|package|deal|rise)|compensation package|bonus(?:es)?|wages?",
    "budget": r"budgets?",
    "damages": r"damages|awarded",
    "cost": r"cost(?:s|ing)?|price tag",
    "worth": r"net worth|personal worth|fortune|wealth",
}
# a market value or a fortune that was lost is the size of the loss, not the level
_LOSS = re.compile(
    r"\b(?:lost|lose|loses|losing|shed\w*|wiped|wiping|erased?|erasing|vapori[sz]ed|knocked|"
    r"(?:fall|fell|drop|dropped|decline|declined) by)\b",
    re.IGNORECASE,
)
_LOSABLE = {"value", "worth"}
_MONEY_RE = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _MONEY_MEASURES.items()}
# a settlement is paid partly as penalties: the settlement is the measure then
_OUTRANKS = {("settlement", "fine")}
_TURNOUT = re.compile(r"\bturnout\b", re.IGNORECASE)

# another occasion, a plan or a part of the count: the figure is not a restatement of the fact
_APART = re.compile(
    r"\b(?:original(?:ly)?|initial(?:ly)?|intend\w*|intention|propos\w*|forecast\w*|"
    r"expect(?:s|ed|ing|ations?)?\b(?! to (?:close|complete|be completed))|"
    r"(?<!an )estimat\w*|previous(?:ly)?|earlier|before|prior|first announced|at first|was to|were to|"
    r"had been|would|could|might|(?-i:may)|likely|set to|exit polls?|projected|predicted|poll\w*|"
    r"analysts?|if|(?<!more )(?<!less )(?<!fewer )than|(?-i:times)|compared|instead|reduc\w*|"
    r"slash\w*|rais\w*|increas\w*|cut|last(?! (?:month|week|night))|next|that election|counted|"
    r"declared|declare|early results|so far|partial|first \w+ of|\d+ of the \d+|\d+ of \d+|stake|"
    r"area'?s?|district\w*|count(?:y|ies)|constituenc\w*|wards?|precincts?|regions?|provinces?|each|"
    r"per\s(?:share|head|capita|person)|average)\b",
    re.IGNORECASE,
)
# the period a sum or a rate is counted over: two figures of different periods are two figures
_PERIOD = re.compile(
    r"\b(?:(?P<year>a year|per year|per annum|annual(?:ly)?|yearly|full[- ]year|this year|the year)|"
    r"(?P<quarter>quarter\w*)|(?P<half>half[- ]year\w*|first half|second half|six months)|"
    r"(?P<month>a month|per month|monthly)|(?P<week>a week|per week|weekly)|(?P<day>a day|per day|daily))\b",
    re.IGNORECASE,
)


def _periods(text: str) -> frozenset[str]:
    return frozenset(k for m in _PERIOD.finditer(text) for k, v in m.groupdict().items() if v)


_UPPER = re.compile(r"\b(?:up to|as much as|at most|no more than|as high as)\s*$", re.IGNORECASE)
_LOWER = re.compile(
    r"\b(?:more than|over|at least|a minimum of|minimum of|above|exceed\w*|tops?|in excess of)\s*$",
    re.IGNORECASE,
)
_ABOUT = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|approximately|some|close to|an estimated|circa|"
    r"just over|just under|just below|just above|a little over|a mere|some)\s*$",
    re.IGNORECASE,
)
# capitalised words that are not a subject: openers, currencies, days, months, titles
_NOT_NAMES = frozenset(
    "the a an and but in on at of for to by with as it its this that these those he she they we "
    "his her their our after before under over since when while if more most some all one two "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december us u.s usd eur gbp mr mrs ms dr "
    "ceo chief executive president minister prime first world new turnout yes no shares core "
    "headline inflation unemployment".split()
)


@dataclass(frozen=True)
class Claim:
    sentence: int
    start: int
    end: int
    text: str
    measure: str  # "deal", "fine", "turnout", "seats:<party>", "move:up:shares" …
    unit: str  # "USD", "%", "seats"
    value: float
    step: float  # the rounding step the figure is written to
    bound: str  # "", "upper", "lower"
    about: bool
    names: frozenset[str]
    moment: frozenset[str] = frozenset()  # for moves: when it was measured ("close", "year")
    years: frozenset[str] = frozenset()  # years its sentence names
    with_debt: bool = False  # a deal's value counted with the target's debt
    periods: frozenset[str] = frozenset()  # periods its sentence counts over ("year", "quarter")


def _number(num: str, scale: str | None) -> tuple[float, float]:
    """The value and the step it is written to: "32.3 billion" -> (32.3e9, 1e8)."""
    plain = num.replace(",", "")
    mult = _SCALES.get((scale or "").lower(), 1.0)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return float(plain) * mult, mult * 10.0**-decimals


def _bare(word: str) -> str:
    """A capitalised word as a key: lower case, without a possessive or a closing dot."""
    word = word.lower().rstrip(".'’")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _names(text: str) -> frozenset[str]:
    out = set()
    for m in CAPITAL_WORD.finditer(text):
        word = _bare(m.group())
        if word not in _NOT_NAMES and not word.isdigit() and len(word) > 1:
            out.add(word)
    return frozenset(out)


def _hedge(before: str) -> tuple[str, bool]:
    if _UPPER.search(before):
        return "upper", False
    if _LOWER.search(before):
        return "lower", False
    return "", bool(_ABOUT.search(before))


def _money_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    found = [m for m in _MONEY.finditer(text) if not _PER_UNIT.match(text[m.end() :])]
    measures = [k for k, rx in _MONEY_RE.items() if rx.search(text)]
    if len(measures) == 2 and tuple(measures) in _OUTRANKS:
        measures = measures[:1]
    if len(measures) != 1:
        return []
    measure = measures[0] + ("-loss" if measures[0] in _LOSABLE and _LOSS.search(text) else "")
    currencies = {}
    for m in found:
        sym = (m.group("sym") or "").strip().lower()
        cur = _SYMBOLS.get(sym) or _NAMES.get((m.group("cur") or "").lower())
        if cur:
            currencies.setdefault(cur, []).append(m)
    claims = []
    for cur, ms in currencies.items():
        # one amount of a currency per sentence (a conversion in brackets is another currency)
        num, scale = ms[0].group("num") or ms[0].group("num2"), ms[0].group("scale") or ms[0].group("scale2")
        if len(ms) != 1 or not scale and float(num.replace(",", "")) < 1000:
            continue
        m = ms[0]
        value, step = _number(m.group("num") or m.group("num2"), m.group("scale") or m.group("scale2"))
        bound, about = _hedge(text[: m.start()])
        claims.append(
            Claim(si, m.start(), m.end(), m.group().strip(), measure, cur, value, step, bound, about, names)
        )
    return claims


def _percent_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """A turnout: the percentage right after the word ("turnout of 86 per cent", "Turnout 84.6%")
    or right before it ("a 62 percent turnout"), in a sentence naming one turnout."""
    words = list(_TURNOUT.finditer(text))
    if len(words) != 1:
        return []
    w = words[0]
    after = [m for m in _PERCENT.finditer(text, w.end()) if m.start() - w.end() <= 40][:1]
    before = [m for m in _PERCENT.finditer(text, 0, w.start()) if w.start() - m.end() <= 3][-1:]
    found = after or before
    if not found:
        return []
    m = found[0]
    value, step = _number(m.group("num"), None)
    bound, about = _hedge(text[: m.start()])
    return [Claim(si, m.start(), m.end(), m.group(), "turnout", "%", value, step, bound, about, names)]


_SEAT_CHANGE = re.compile(
    r"\b(?:los[ets]|losing|loss of|gain\w*|net|picked up|pick up|another|extra|more|fewer)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)


def _seat_claims(si: int, text: str) -> list[Claim]:
    """A party's seats: "the Conservatives secured 318 seats"; the party is the nearest name
    before the figure, and only the sentence's first seat figure is read (later ones belong to
    other parties)."""
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
    value, step = _number(m.group("num"), None)
    bound, about = _hedge(text[: m.start()])
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


# a sentence's clauses: "LinkedIn's shares jumped 48%, while Microsoft's fell 3.3%" moves two subjects
_CLAUSES = re.compile(r",?\s(?:while|whereas|but|and)\s|;\s")
_MOVE = re.compile(
    rf"\b(?P<verb>[a-z]+)\s(?:by\s)?(?P<hedge>(?:about|around|roughly|nearly|almost|more than|over|some)\s)?"
    rf"{_NUM}\s?(?:%|per\s?cent\b|percent\b)",
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
    if not found:
        return "shares"
    what = max(found)[1]
    return "" if what == "other" else what


def _move_claims(si: int, text: str) -> list[Claim]:
    """A share's move in each clause ("shares jumped 48%"): the clause's names are its subject.
    FL401's own reading keeps a move only in a sentence with one; this one reads each clause."""
    out = []
    at = 0
    for part in _CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        found = [m for m in _MOVE.finditer(part) if move_word(m.group("verb"))]
        names = _names(part)
        what = _moved(part[: found[0].start()] if found else part)
        if len(found) != 1 or not names or not what:
            continue
        m = found[0]
        value, step = _number(m.group("num"), None)
        hedge = (m.group("hedge") or "").strip().lower()
        bound = "lower" if hedge in {"more than", "over"} else ""
        about = hedge in {"about", "around", "roughly", "nearly", "almost", "some"}
        where = start + m.start("num")
        claims = Claim(si, where, start + m.end(), part[m.start("num") : m.end()], f"move:{move_word(m.group('verb'))}:{what}",
                       "%", value, step, bound, about, names, moments(part))  # fmt: skip
        out.append(claims)
    return out


def seat_owner(text: str, start: int) -> str:
    """The party a seat count at ``start`` belongs to: the nearest name before it in its clause
    ("the NDA bagged 354 seats, whereas the Congress only won 52 seats"), else ""."""
    return " ".join(sorted(_party(_CLAUSES.split(text[:start])[-1], last=True)[0]))


def _party(text: str, last: bool) -> tuple[frozenset[str], str]:
    """The words of the last (or first) run of capitalised words of ``text``, with an acronym in
    brackets after it, and the run as written: "The Conservative Party" -> {"conservative"},
    "the BJP-led National Democratic Alliance (NDA)" -> {"bjp-led", "national", "democratic",
    "alliance", "nda"}."""
    runs = []
    for m in re.finditer(
        r"(?:\b[A-Z][\w'.-]*[A-Za-z0-9](?:\s+|(?=\W)|$))+(?:\((?P<acronym>[A-Z]{2,})\))?", text
    ):
        words = [_bare(w) for w in CAPITAL_WORD.findall(m.group())]
        words = {w.rstrip("s") for w in words if w not in _NOT_NAMES and w not in {"party", "parties"}}
        if words:
            runs.append((frozenset(words), m.group().strip()))
    return (runs[-1] if last else runs[0]) if runs else (frozenset(), "")


def seats_of_other_parties(a_text: str, a_start: int, b_text: str, b_start: int) -> bool:
    """Two seat counts whose clauses name different parties: two counts, not one stated twice."""
    first, second = seat_owner(a_text, a_start).split(), seat_owner(b_text, b_start).split()
    return bool(first and second) and not set(first) & set(second)


_OF_THE_VOTE = re.compile(
    r"\s?(?:%|per\s?cent|percent)\s(?:of\s(?:the\s)?(?:valid\s)?(?:votes?|ballots?))\b", re.IGNORECASE
)


def _vote_share_claims(si: int, text: str) -> list[Claim]:
    """A candidate's or side's share of the vote ("Milei won with 55.8% of the votes, against
    Massa who obtained 44.2%"): each percentage of a clause that says "of the vote", owned by the
    nearest name before it."""
    if not _OF_THE_VOTE.search(text):
        return []
    out = []
    at = 0
    for part in _CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        for m in _PERCENT.finditer(part):
            if not _OF_THE_VOTE.match(part, m.start("num") + len(m.group("num"))):
                continue
            before = [_bare(n.group()) for n in CAPITAL_WORD.finditer(part[: m.start()])]
            before = [w for w in before if w not in _NOT_NAMES]
            if not before:
                continue
            side = before[-1]
            value, step = _number(m.group("num"), None)
            bound, about = _hedge(part[: m.start()])
            out.append(Claim(si, start + m.start(), start + m.end(), m.group(), f"share:{side}", "%", value,
                             step, bound, about, _names(part) | {side}))  # fmt: skip
    return out


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


_RUN = re.compile(r"(?:\b[A-Z][\w'.-]*[A-Za-z0-9]'?(?:\s+|$))+")


def _teams(text: str) -> frozenset[str]:
    """Runs of capitalised words ("Dunmore Athletic", "Rovers"), competition words left out."""
    out = set()
    for m in _RUN.finditer(text):
        words = [w.lower().removesuffix("'s").rstrip("'") for w in m.group().split()]
        words = [w for w in words if w not in _COMPETITION and w not in _NOT_NAMES]
        if words:
            out.add(" ".join(words))
    return frozenset(out)


def _score_claims(si: int, text: str) -> list[Claim]:
    """A match's final score ("France beat Croatia 4-2"): the only score of a sentence that says
    who won, between the teams it names (at least two, so a team's other match stays apart);
    half-time scores, leads, legs and shoot-outs are not the result."""
    found = list(_SCORE.finditer(text))
    if len(found) != 1 or not _RESULT.search(text) or _NOT_FINAL.search(text):
        return []
    teams = _teams(text)
    if len(teams) < 2:
        return []
    m = found[0]
    high, low = sorted((int(m.group("a")), int(m.group("b"))), reverse=True)
    # one number for the pair of goals: equal scores compare equal, and any difference is beyond
    # rounding (step 0)
    return [
        Claim(si, m.start(), m.end(), m.group(), "score", "goals", high * 100 + low, 0.0, "", False, teams)
    ]


_RATE = re.compile(
    r"\b(?P<mod>(?:core|headline|annual|monthly|food|services|energy|youth|consumer price|producer price)\s)?"
    r"(?P<what>inflation|unemployment|jobless rate|interest rates?|base rate|growth rate|gdp growth|"
    r"economic growth|growth)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"(?-i:May))\b|\b(?:first|second|third|fourth) quarter\b",
    re.IGNORECASE,
)


def _rate_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """The level of an economic rate ("inflation rose to 3.2%", "unemployment of 4.1%"): the only
    percentage of a sentence naming one rate, within a few words after it; its modifier ("core")
    is part of the measure, and a named month or quarter must match on both sides."""
    rates = list(_RATE.finditer(text))
    ms = list(_PERCENT.finditer(text))
    if len(rates) != 1 or len(ms) != 1:
        return []
    r, m = rates[0], ms[0]
    if not 0 <= m.start() - r.end() <= 40 or re.search(r"\b(?:by|from)\s*$", text[: m.start()]):
        return []  # "fell by 0.2%", "from 3.4%": a change or the earlier level
    value, step = _number(m.group("num"), None)
    bound, about = _hedge(text[: m.start()])
    what = f"rate:{(r.group('mod') or '').strip().lower()} {r.group('what').lower()}".replace(": ", ":")
    when = frozenset(w.lower() for w in _MONTH.findall(text))
    return [Claim(si, m.start(), m.end(), m.group(), what, "%", value, step, bound, about, names, when)]


_DIGIT = re.compile(r"\d")
# a fact box's or results table's row ("Turnout: 23.9%"): each by-election of a round-up has one
_FACT_BOX = re.compile(r"^\s*[A-Z][\w .'’()/-]{0,40}:\s*\S(?:(?![.!?]\s).){0,60}$")
# "$715 million instead of the original $1 billion": what follows is the other figure
_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|down from|up from|compared with|compared to)\b", re.IGNORECASE
)


def claims(si: int, text: str) -> list[Claim]:
    """The measure claims of one sentence (none when it marks another occasion or a plan); after
    "instead of", "down from" … the sentence names the other figure, and only what comes before
    is read."""
    if not _DIGIT.search(text) or _FACT_BOX.match(text):
        return []
    instead = _INSTEAD.search(text)
    if instead:
        text = text[: instead.start()]
    if _APART.search(text):
        return []
    names = _names(text)
    found = (
        _money_claims(si, text, names)
        + _percent_claims(si, text, names)
        + _seat_claims(si, text)
        + _move_claims(si, text)
        + _vote_share_claims(si, text)
        + _score_claims(si, text)
        + _rate_claims(si, text, names)
    )
    years = frozenset(_YEAR.findall(text))
    debt = bool(_DEBT.search(text))
    periods = _periods(text)
    return [replace(c, years=years, with_debt=debt, periods=periods) for c in found]


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
    return abs(lo_a - b.value) <= tol and abs(hi_a - b.value) <= tol


def same_subject(a: Claim, b: Claim) -> bool:
    """One measure of one thing: the same measure and unit, no different years or debt counted
    on one side only, and a name in common (a party's seats: the same party)."""
    if a.unit == b.unit == "seats":
        return bool(a.names & b.names)  # the same party, under any of its names
    if a.measure != b.measure or a.unit != b.unit:
        return False
    if a.years and b.years and not a.years & b.years or a.with_debt != b.with_debt or a.periods != b.periods:
        return False  # "fined €2.4bn in 2017" / "in 2018"; "$38bn" / "$47bn including debt"
    if a.measure.startswith("move:") and not same_moment(a.moment, b.moment):
        return False
    if a.measure.startswith("rate:"):
        if a.moment and b.moment and a.moment != b.moment:
            return False  # "in March" / "in April"
        return not (a.names and b.names) or bool(a.names & b.names)
    if a.measure == "turnout" and not (a.names and b.names):
        return True  # "Turnout 84.6%": a sentence naming nothing is about the story's vote
    if a.measure.startswith("share:"):
        # the side's share in one place: the names of one clause hold the other's ("Labour won
        # 52% in Northmark" / "Labour won 48% in Kilbride" are two places)
        return a.names <= b.names or b.names <= a.names
    if a.measure == "score":
        return len(a.names & b.names) >= 2  # both teams
    return bool(a.names & b.names)


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
                if a.sentence != b.sentence and same_subject(a, b):
                    if not _within(a, b):
                        out.append((a, b))
                    break
        for c in mine:
            seen.setdefault(_key(c), []).append(c)
    return out


_CANDIDATES = 50


def _key(c: Claim) -> tuple[str, str]:
    return ("seats" if c.unit == "seats" else c.measure, c.unit)


_WHAT = {
    "deal": "the price of the deal",
    "fine": "the fine",
    "settlement": "the settlement",
    "ransom": "the ransom",
    "revenue": "the revenue",
    "profit": "the profit",
    "turnout": "the turnout",
    "move:up:shares": "the rise",
    "move:down:shares": "the fall",
    "move:up:revenue": "the rise in revenue",
    "move:down:revenue": "the fall in revenue",
    "move:up:profit": "the rise in profit",
    "move:down:profit": "the fall in profit",
    "score": "the score",
    "value": "the market value",
    "value-loss": "the market value lost",
    "worth": "the fortune",
    "pay": "the pay",
    "budget": "the budget",
    "damages": "the damages",
    "cost": "the cost",
    "worth-loss": "the fortune lost",
}


def measure_findings(rule, doc, seen: set[tuple[int, int]]):
    """FL401 findings for measures of one subject that disagree (sentence pairs in ``seen`` are
    already reported by FL401's own reading and are skipped)."""
    from .numbers import figure_span
    from ..linter.finding import Related

    texts = [s.text for s in doc.sentences]
    for a, b in conflicts(texts):
        if (a.sentence, b.sentence) in seen:
            continue
        seen.add((a.sentence, b.sentence))
        kind, _, owner = a.measure.partition(":")
        owned = "seats" if kind == "seats" else "share of the vote"
        what = _WHAT.get(a.measure) or f"the {owned} of {owner if kind == 'seats' else owner.title()}"
        if kind == "rate":
            what = f"the rate of {owner}"
        yield rule.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            f'"{b.text}" disagrees with "{a.text}" given earlier for {what}: check which figure is '
            "right, or say why they differ",
            related=[
                Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier figure: "{a.text}"')
            ],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )

"""Amounts of money of one thing: a deal's price, a fine, a settlement, a ransom, a transfer fee,
revenue, profit, a market value or a fortune (held or lost), pay, a budget, damages, a cost.

An amount's measure is the one its sentence names ("fined", "settle", "acquisition", "moved to
Valmont for"); a sentence naming two, or giving two amounts of one currency (parts, a
comparison), makes no claim. Amounts of different currencies are never compared (a conversion
depends on a rate).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .measure_claims import NUM, Claim, hedge, lacks_all, name_runs, subject_names, written_value
from .numtext import currency_code, lexicon
from .earnings_told import EARNINGS, earnings_kind, names_but_the_speaker
from .cause_clauses import own_part
from .told_before import sum_told_before


_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "rs": "INR", "rs.": "INR", "₹": "INR",
}  # fmt: skip


_NAMES = {
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR",
    "rupee": "INR", "rupees": "INR",
}  # fmt: skip


# the scale words of sums in millions and more, in any case ("R5.8 Million")
_LARGE = r"million|billion|trillion|mln|bln|mn|bn|tn|m"
# a scale word after the figure, with a space or a hyphen ("$1-billion fraud"); Indian English
# counts rupees in lakhs and crores ("Rs 11,400 crore" is 114 billion rupees)
_SCALE = rf"(?:[\s-]?(?P<scale>thousand|lakh crore|crores?|lakhs?|{_LARGE}|b|k)\b)?"


# an ISO code in capitals before the figure ("SEK4.2 million", "NOK 4.2m"): any three capitals
# match here, and only the codes of ``data/number_words.yaml`` (``numtext.currency_code``) give a
# currency; each code is its own currency
_CODE_FIGURE = re.compile(r"\b[A-Z]{3}\s?\d")


# a currency's sign or letters glued to the figure: "A$4.2 million", "NZ$3bn", "R$939.0 million",
# "NT$2bn", "NZ5.8 million" (a dollar of its own: up to three capitals or "Mex" before "$" make a
# currency of their own, whether the lexicon names it or not), and before a scale word one capital
# and up to two small letters or two capitals: "R5.8 million", "Sh4 billion", "Ksh2.1bn", "K300
# million", "Rs5.8 million" (the rand, a shilling, a kwacha, the rupee), or two capitals and a
# small letter ("KSh5.8 million").
# Not a model's name: "G7", "A4 paper" have no scale word
_GLUED = (
    r"(?-i:\b(?:[A-Z]{1,3}|Mex)\$|\b[A-Z](?:[a-z]{0,2}|[A-Z]{1,2}|[A-Z][a-z])"
    rf"(?=\d[\d.,]*\s?(?i:{_LARGE})\b))"
)
_GLUED_RE = re.compile(_GLUED)


def glued_currency(text: str, at: int) -> tuple[str, int] | None:
    """The currency whose sign or letters are glued to a figure at offset ``at`` of ``text``, and
    the offset after them: "NZ5.8 million" and "NZ$5.8 million" are NZD, "A$4.2 million" AUD
    (the lexicon's symbols), "Rs5.8 million" INR, "KES5.8 million" its ISO code; letters no
    symbol or code gives are their own currency ("R", "Sh", "K"), never compared with another."""
    m = _GLUED_RE.match(text, at)
    if m is None:
        return None
    sign = m.group()
    symbols = lexicon()["currencies"]["symbols"]
    code = (
        symbols.get(sign)
        or symbols.get(sign + "$")
        or _SYMBOLS.get(sign.lower())
        or currency_code(sign)  # an ISO code glued to its figure: "KES5.8 million"
        or sign
    )
    return code, m.end()


_MONEY = re.compile(
    rf"(?P<sym>US\$|USD\s?|EUR\s?|GBP\s?|{_GLUED}|(?-i:\bRs(?![A-Za-z]))\.?|[$£€₹]|(?-i:\b[A-Z]{{3}}(?=\s?\d)))\s?{NUM}{_SCALE}"
    rf"|(?<![\w.$£€₹]){NUM.replace('num', 'num2')}{_SCALE.replace('scale', 'scale2')}\s"
    r"(?:U\.?S\.?\s)?(?P<cur>dollars?|pounds?|euros?|rupees?)\b",
    re.IGNORECASE,
)


_PER_UNIT = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:per|a|an|each|/)\s?(?:share|stock|head|person|car|owner|vehicle)"
)


# what an amount of money is, by the words of its sentence (a sentence naming two is skipped)
_MONEY_MEASURES = {
    "settlement": r"settle\w*",
    "fine": r"fine[sd]?|fining|penalt(?:y|ies)",
    "ransom": r"ransom|extort\w*",
    # a player's transfer: "the fixed fee", "moved from X to Y for €18m", "paid €18m for Name"
    "fee": r"transfer(?:red)?(?! window)|(?:transfer|fixed|release|signing) fee|"
    r"(?:moved?|switch(?:ed|es)?|joined?) (?:\w+ ){0,10}?for(?= (?:about |around )?[$£€\d])|"
    r"paid(?= [^.;]{0,40}? for (?-i:[A-Z]))",
    "deal": r"buy(?:ing|s)?|bought|acqui(?:re[sd]?|ring|sition)|purchas(?:e[sd]?|ing)|takeover|merger|"
    # "was sold to Omsk Partners for 420 million euros", "the €510m sale" (not "sales": revenue)
    r"(?:sold|sells?|selling)(?=\s(?:[\w'’-]+\s){0,6}?for\b)|sale|"
    r"(?<!trade )(?<!bailout )(?<!aid )(?<!loan )(?<!debt )(?<!pay )(?<!wage )(?<!arms )deal",
    "revenue": r"revenues?|sales|turnover",
    "profit": r"profits?|net income|earnings",
    # "erasing $37 billion in value", "wiped $40 billion from the market"
    "value": r"market value|market cap\w*|valuation|in (?:market )?value|from the market",
    "pay": r"salary|salaries|pay (?:packet|package|deal|rise)|compensation package|bonus(?:es)?|wages?",
    "budget": r"budgets?",
    "damages": r"damages|awarded",
    "cost": r"cost(?:s|ing)?|price tag",
    "worth": r"net worth|personal worth|fortune|wealth",
    # the sum of a fraud, a theft or bribes ("the Rs 11,400 crore fraud", "stealing $10 billion"):
    # read only when no other measure names the sum ("fined $4m for fraud" gives the fine)
    "fraud": r"(?:de)?fraud\w*|scams?|swindl\w*|embezzl\w*|ponzi|launder\w*|brib(?:e[sd]?|ery)|stole|stolen|stealing|theft|"
    r"siphon\w*|misappropriat\w*",
}


@lru_cache(maxsize=1)
def _fraud_tests() -> tuple[re.Pattern, re.Pattern]:
    """What a fraud's sum is told with (built on first use: most documents have no fraud):
    a sum paid back or paid as a penalty in a fraud case, which is no fraud's size (a bribe is
    paid), and a sum named by the noun after it ("$500,000 bond"), which is that thing's."""
    paid = re.compile(r"\b(?:pay|pays|paid|paying|repa(?:y|id)\w*|forfeit\w*)\b", re.IGNORECASE)
    own = re.compile(
        r"\s?(?:in\s)?(?:bail|bond|bonds|reward|bounty|loans?|mansion|home|house|property|apartment|yacht|jet|bonus)\b",
        re.IGNORECASE,
    )
    return paid, own


def _near(span: tuple[int, int], others: list[tuple[int, int]], reach: int = 60) -> bool:
    return any(o_start - span[1] <= reach and span[0] - o_end <= reach for o_start, o_end in others)


# the kinds of damages a court awards separately ("$4.1 million in compensatory damages" and
# "$45.2 million in punitive damages" are two awards of one case)
_DAMAGES_KIND = re.compile(r"\b(?:compensatory|punitive|exemplary)\b", re.IGNORECASE)


# a market value or a fortune that was lost is the size of the loss, not the level
_LOSS = re.compile(
    r"\b(?:lost|lose|loses|losing|shed\w*|wiped|wiping|erased?|erasing|vapori[sz]ed|evaporated|knocked|"
    r"(?:fall|fell|drop|dropped|decline|declined) by)\b",
    re.IGNORECASE,
)


_LOSABLE = {"value", "worth"}


_MONEY_RE = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _MONEY_MEASURES.items()}


# a settlement is paid partly as penalties, a transfer fee with bonuses and in a deal: the
# settlement, the fee is the measure then
_OUTRANKS = {("settlement", "fine"), ("fee", "deal"), ("fee", "pay")}


# what _MONEY cannot match without: a currency sign or code, or a currency named after the figure
# (and "Rs" and "₹", which lacks_money tests apart: see there)
_MONEY_NEEDS = ("$", "£", "€", "usd", "eur", "gbp", "dollar", "pound", "rupee")


def lacks_money(text: str) -> bool:
    """``text`` holds nothing _MONEY can match. "Rs" is tested in its own case (a lower-case "rs"
    is in most sentences: "years", "others") and "₹" only in a text that is not all ASCII: every
    test is paid by each sentence with a figure, so the list is kept short."""
    return (
        lacks_all(text, _MONEY_NEEDS)
        and "Rs" not in text
        and (text.isascii() or "₹" not in text)
        and not _CODE_FIGURE.search(text)
        and not _GLUED_RE.search(text)
    )


def money_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    if lacks_money(text):
        return []
    found = [m for m in _MONEY.finditer(text) if not _PER_UNIT.match(text[m.end() :]) and _currency(m)]
    if not found:  # no amount: no claim (most sentences; the measure words are many patterns)
        return []
    measures = [k for k, rx in _MONEY_RE.items() if rx.search(text)]
    if len(measures) > 1 and measures[-1] == "fraud":
        measures.pop()  # (the last of _MONEY_MEASURES)
    elif measures == ["fraud"] and _fraud_tests()[0].search(text) and "brib" not in text.lower():
        return []  # "ordered to pay $355 million in fraud case": a penalty, not the fraud's size
    if len(measures) == 2 and tuple(measures) in _OUTRANKS:
        measures = measures[:1]
    if len(measures) != 1:
        return []
    measure = measures[0] + ("-loss" if measures[0] in _LOSABLE and _LOSS.search(text) else "")
    if measure == "damages":
        # compensatory and punitive damages are two awards: each kind is its own measure
        kinds = {m.group().lower() for m in _DAMAGES_KIND.finditer(text)}
        if len(kinds) > 1:
            return []
        measure += "".join(f"-{k}" for k in kinds)
    if measure == "fraud":
        # the fraud's size is the sum the fraud word is told with ("the $1-billion PNB fraud",
        # "stealing $10 billion"), not a sum further on ("charged with wire fraud and free on
        # $500,000 bond": the bail)
        frauds = [f.span() for f in _MONEY_RE["fraud"].finditer(text)]
        own = _fraud_tests()[1]
        found = [m for m in found if not own.match(text, m.end()) and _near(m.span(), frauds)]
    currencies = {}
    for m in found:
        cur = _currency(m)
        if cur:
            currencies.setdefault(cur, []).append(m)
    claims = []
    runs = name_runs(text) if measure in ("fee", "deal") else ()
    for cur, ms in currencies.items():
        # one amount of a currency per sentence (a conversion in brackets is another currency; the
        # same sum in other words, "Rs 86 billion (Rs 8,600 crore)", is one amount)
        num, scale = ms[0].group("num") or ms[0].group("num2"), ms[0].group("scale") or ms[0].group("scale2")
        if (
            len(ms) != 1
            and len({_written(m)[0] for m in ms}) != 1
            or not scale
            and float(num.replace(",", "")) < 1000
        ):
            continue
        m = ms[0]
        value, step = _written(m)
        bound, about = hedge(text[: m.start()])
        told_before = sum_told_before(measure, text, m.start(), m.end(), names)
        sort = earnings_kind(text) if measure in EARNINGS else frozenset()
        own = own_part(text, m.end())  # "... to 68 million euros as shops eased in Germany"
        own_names = names if own == text else subject_names(own)
        told_before = told_before or measure in EARNINGS and not names_but_the_speaker(own, own_names)
        claims.append(
            Claim(
                si,
                m.start(),
                m.end(),
                m.group().strip(),
                measure,
                cur,
                value,
                step,
                bound,
                about,
                names,
                runs=runs,
                told_before=told_before,
                sort=sort,
            )
        )
    return claims


def _currency(m: re.Match) -> str | None:
    """The currency of an amount _MONEY matched: its sign, its code or its name after it."""
    sym = (m.group("sym") or "").strip()
    glued = glued_currency(m.string, m.start("sym")) if sym else None
    if glued:
        return glued[0]
    return _SYMBOLS.get(sym.lower()) or currency_code(sym) or _NAMES.get((m.group("cur") or "").lower())


def _written(m: re.Match) -> tuple[float, float]:
    """An amount's value and step. A sum in thousands of a scale word ("Rs 11,000 crore") is given
    to the thousand when the thousands are two digits or more: a round figure, not an exact one."""
    num, scale = m.group("num") or m.group("num2"), m.group("scale") or m.group("scale2")
    value, step = written_value(num, " ".join(scale.split()) if scale else None)
    if scale and num.endswith(",000") and len(num.split(",")[0]) >= 2:
        step *= 1000.0
    return value, step


# The price of one unit of a thing: "Tickets cost 25 euros each", "paid 30 euros for each
# ticket", "25 euros per ticket", "A ticket costs 25 euros". The thing's words (up to three, the
# last one its noun) are the measure: "season tickets" and "children's season tickets" are two
# prices. Units of time, shares and heads are rates of other kinds (rent a month, earnings a
# share, income per head) and make no claim.
_UNIT_WORDS = r"(?P<np>(?:[a-z][\w'’-]*\s){0,2}[a-z][\w'’-]*)"
_HEDGED = r"\s(?:(?:just|about|around|only)\s)?$"
# "30 euros for each ticket", "25 euros per ticket", "£5 a ticket": the thing's words end the phrase
_PRICE_AFTER = re.compile(
    rf"^\s(?:for\s(?:each|every|a|an|one)|per|a|an)\s{_UNIT_WORDS}"
    r"(?=[,.;:!?)]|\s(?:the|and|or|at|in|on|for|from|to|with|said|says|this|was|were|is|are)\b|$)"
)
_PRICE_EACH = re.compile(r"^\s(?:each|apiece)\b")
# a place or an event named after the thing: "Season tickets at Holm Park", "A ticket for the
# Velmar Cup final" (its names tell two prices apart)
_AT_NAMED = r"(?:(?:at|for|to)\s(?:the\s)?(?-i:[A-Z][\w'’-]*\s){1,3}(?:(?-i:[a-z]+)\s)?)?"
# "Tickets cost 25 euros each": the things, plural, open the sentence (after "The" or "All")
_PRICED_EACH = re.compile(
    rf"^\W*(?:(?:[Tt]he|[Aa]ll)\s)?{_UNIT_WORDS}\s{_AT_NAMED}(?:cost|will\scost|sell\sfor|sold\sfor|(?:are|were)\spriced\sat|go\sfor|went\sfor){_HEDGED}",
    re.IGNORECASE,
)
# "A ticket costs 25 euros", "Each seat sold for $40"
_PRICED_ONE = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Ee]ach|[Ee]very|[Oo]ne)\s{_UNIT_WORDS}\s{_AT_NAMED}(?:costs|will\scost|sells\sfor|sold\sfor|(?:is|was)\spriced\sat|goes\sfor|went\sfor){_HEDGED}"
)
_NOT_UNITS = frozenset(
    "share stock head person capita year month week day hour night minute annum kilo kilogram kg litre "
    "liter pound ounce gram tonne ton barrel mile kilometre metre square".split()
)
_NOT_UNIT_WORDS = frozenset(
    "the a an and or of in on at to for with from by said says was were is are has had have will "
    "would this that these those its their his her our your".split()
)


def _unit(words: str) -> str | None:
    """The thing a unit price is of, from the words read for it: cut at the first word that is no
    part of a noun phrase, the last word singular ("season tickets" -> "season ticket")."""
    out = []
    for w in words.lower().split():
        if w in _NOT_UNIT_WORDS:
            break
        out.append(w)
    if not out:
        return None
    noun = out[-1]
    out[-1] = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if _NOT_UNITS.intersection(out) or len(out[-1]) < 3:
        return None  # (a time unit anywhere: "£1,100 a year worse-off")
    return " ".join(out)


def unit_price_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """The one unit price of a sentence (one amount of money, read as the price of each of a
    thing): its measure is "price:" and the thing ("price:season ticket")."""
    if lacks_money(text):
        return []
    found = [m for m in _MONEY.finditer(text) if _currency(m)]
    if len(found) != 1:
        return []
    m = found[0]
    after = _PRICE_AFTER.match(text[m.end() :])
    before = _PRICED_ONE.search(text[: m.start()]) or (
        _PRICED_EACH.search(text[: m.start()]) if _PRICE_EACH.match(text[m.end() :]) else None
    )
    unit = (_unit(after.group("np")) if after else None) or (_unit(before.group("np")) if before else None)
    if unit is None:
        return []
    cur = _currency(m)
    if not cur:
        return []
    value, step = _written(m)
    bound, about = hedge(text[: m.start()])
    return [
        Claim(
            si, m.start(), m.end(), m.group().strip(), f"price:{unit}", cur, value, step, bound, about, names
        )
    ]

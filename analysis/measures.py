"""Which quantity a figure measures: are two figures of two sentences the same measure?

A model that reads "net profit rose to Rs 3,606 crore" against "income grew to Rs 8,903 crore" sees
two different amounts and says "contradiction". They are not: they are different measures. Two
figures can only contradict each other when they fill the same *slot*: the same kind of figure
(a percentage, an amount of one currency, a count of one thing, a score), the same measure (profit,
revenue, seats, turnout…; synonyms such as revenue/sales/turnover count as one), the same part of
it (a segment's revenue is not the group's), the same period (this year is not last year, a
quarter is not the year) and the same subject (Labour's seats are not the Conservatives').

``figures(text)`` finds the figures of a sentence with what this cheap reading can tell about
their slot; ``compare(a, b)`` says, for two sentences, whether some pair of figures fills the same
slot with different values ("conflict": worth a model's look), whether every differing pair
measures different things ("different": not a contradiction, however alike the sentences read),
or neither (no figures to compare). Unknown parts of a slot match anything, so "different" is only
said on positive evidence. Pure functions of the text: rules for self-contradiction (FL101) and
for figures against sources share them, and FL401 may too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .movements import move_word
from .words import MONTH_NAMES, STOPWORDS
from .text import LOOSE_WORD

# Measure nouns, grouped by what they measure. A noun maps to its group; the group is the measure.
_MEASURES = {
    "revenue": "revenue revenues sales turnover topline top-line",
    "profit": "profit profits earnings pat",
    "income": "income",
    "loss": "loss losses deficit",
    "margin": "margin margins",
    "ebitda": "ebitda",
    "dividend": "dividend dividends payout distribution",
    "provision": "provision provisions",
    "debt": "debt borrowings loans",
    "assets": "assets npa npas",
    "orders": "orders order bookings backlog",
    "output": "output production capacity deliveries despatches shipments",
    "price": "price shares stock",
    "costs": "cost costs expenses expenditure spending",
    "valuation": "valuation value worth",
    "jobs": "jobs staff employees workers",
    "turnout": "turnout electorate",
    "vote": "vote votes ballots",
    "seats": "seats seat mps constituencies",
    "majority": "majority",
    "swing": "swing",
    "goals": "goals goal",
    "points": "points point",
    "minute": "minute",
    "run": "run streak",
    "deaths": "dead killed deaths died death toll fatalities",
    "injured": "injured wounded hurt",
    "missing": "missing",
    "rescued": "rescued evacuated",
    "firefighters": "firefighters",
    "prison": "prison jail sentence sentenced term months",
    "fine": "fine fined forfeit",
    "age": "aged year-old years-old",
    "population": "population residents inhabitants",
}
_GROUP = {word: group for group, words in _MEASURES.items() for word in words.split()}
# Words before a measure noun that do not make it a different part ("net profit" is the profit).
_PLAIN_MODIFIERS = frozenset(
    "net total overall consolidated group reported annual quarterly combined standalone its their "
    "the a an of company company's firm's bank's main business core adjusted".split()
)
_CURRENCY = (
    r"(?:rs\.?|inr|us\$|\$|£|€|¥|cny|rmb|usd|eur|gbp|yuan|dollars?|pounds?|euros?|rupees?|"
    r"crore|lakh)"
)
_SCALE = r"(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m|k)"
_FIGURE = re.compile(
    rf"(?P<cur>{_CURRENCY}\s?)?(?<![\w:])(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?P<after>%|per\s?cent|percent|percentage points?|points?|{_CURRENCY}))?",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "no": 0,
    "nobody": 0,
    "none": 0,
}
_WORD_FIGURE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"a dozen|dozens|hundreds|thousands)\b(?=\s+[a-z])",
    re.IGNORECASE,
)
# measures counted in money: a bare "2.3 billion" next to them is an amount of money
_MONEY_MEASURES = frozenset(
    {"revenue", "profit", "income", "loss", "ebitda", "dividend", "provision", "debt", "costs", "valuation"}
)
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")
_APPROX = re.compile(
    r"(?:about|around|roughly|some|nearly|almost|over|more than|less than|fewer than|"
    r"up to|at least|at most|approximately|close to|under|above|below|just)\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r";|:(?!\d)|,\s(?:while|whereas|but|and)\b|\bagainst\b|\bcompared (?:with|to)\b|"
    r"\bversus\b|\bwhile\b|\bwhereas\b|\bfrom\b(?=\s(?:\D{0,12})\d)"
)
# A clause opening with one of these gives the base a figure is compared with: an earlier value.
_BASE = re.compile(r"^\s*(?:,\s*)?(?:against|compared (?:with|to)|versus|from)\b", re.IGNORECASE)
_PRIOR = re.compile(
    r"\b(?:last|previous|prior|preceding|year[- ]ago|a year earlier|year[- ]earlier|"
    r"same (?:period|quarter) (?:of )?(?:a year ago|last year|the previous year)|"
    r"earlier|before)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?:(?P<quarter>q[1-4]|quarter|three months|april-june|july-september|"
    r"october-december|january-march)|(?P<half>half|six months|h[12])|"
    r"(?P<year>full[- ]year|financial year|fiscal|annual|the year(?![- ](?:ago|earlier|before))|fy\d*))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A month named in a clause dates its figures ("25 March 2014 United 0-3 City" / "2 Nov 2014 City
# 1-0 United": two matches, not two results of one).
_MONTH = re.compile(rf"\b({'|'.join(m[:3] for m in MONTH_NAMES)})[a-z]*\b\.?", re.IGNORECASE)
_MONTHS = {m[:3]: m for m in MONTH_NAMES}  # "jan" -> "january"
_ENTITY = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_NOT_NAMES = frozenset(
    "the a an in on at by for of and but as it its this that these those he she they we his her "
    "their our there then while after before during with from to net total revenue profit sales "
    "income rs q1 q2 q3 q4 us mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december cny inr "
    "usd bn ebitda npa npas pat nota despite however meanwhile although when after before while "
    "also so yet still only some many most all both each one two three four five six seven eight "
    "nine ten if what who which where how not no "
    # words shared by many names: "the Labour Party" and "the Conservative Party" are two subjects
    "party parties club city united town county company group corp corporation inc ltd plc co "
    "association council ministry department government national".split()
)


@dataclass(frozen=True)
class Figure:
    """A figure of a sentence and its slot (``None``: this reading cannot tell)."""

    text: str
    value: float
    unit: str  # "%", "points", "money", "score", "count"
    measure: str | None  # the measure group ("revenue", "seats", …)
    part: str | None  # a word before the measure noun naming a part ("shipbuilding")
    period: frozenset[str]  # years, "prior", "quarter", "half", "year"
    subjects: frozenset[str]  # lower-cased capitalised words of its clause (not openers)
    step: float = 1.0  # the precision it is written to ("33.8" -> 0.1, "3.8 billion" -> 1e8)
    approx: bool = False  # "about", "over", "nearly"…: a rounded figure or a bound


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _value(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    factor = {
        "thousand": 1e3,
        "k": 1e3,
        "million": 1e6,
        "mn": 1e6,
        "m": 1e6,
        "billion": 1e9,
        "bn": 1e9,
        "trillion": 1e12,
        "crore": 1e7,
        "lakh": 1e5,
    }
    return value * factor.get((scale or "").lower(), 1.0)


# Words after "revenue from/in" that name a time or a plain reading, not a part.
_NOT_PARTS = frozenset(
    "quarter year years half period month months first second third fourth last previous same "
    "fiscal financial q1 q2 q3 q4 january february march april may june july august september "
    "october november december this that which total operations election elections poll polls "
    "vote general".split()
)
# Measures whose noun can carry a part ("shipbuilding revenue", "Scottish vote").
_PART_MEASURES = _MONEY_MEASURES | {"output", "orders", "jobs", "vote", "seats", "margin"}


def _measure(words: list[str], at: int, width: int = 1) -> tuple[str | None, str | None]:
    """The measure noun nearest to the figure at word index ``at`` (``width`` words long): "of the
    vote" right after it first, then the nearest before, then after; and the part word before
    that noun, if any."""
    after = at + width
    if after < len(words) and words[after].lower() == "of":
        ahead = [
            k
            for k in range(after + 1, min(after + 4, len(words)))
            if _GROUP.get(words[k].lower().strip("'’"))
        ]
    else:
        ahead = []
    order = ahead + sorted(range(len(words)), key=lambda k: (abs(k - at), k > at))
    for k in order:
        group = _GROUP.get(words[k].lower().strip("'’"))
        if group is None or (group == "points" and k > 0 and words[k - 1].lower() == "percentage"):
            continue
        if k + 1 < len(words) and words[k + 1].lower() in _NOT_THE_MEASURE:
            continue  # "on the earnings report": the report, not the earnings
        part = None
        if (
            group in _PART_MEASURES
            and k + 2 < len(words)
            and words[k + 1].lower() in ("from", "at", "in", "of")
        ):
            # "revenue from shipbuilding", "sales at its engine unit"
            for word in words[k + 2 : k + 5]:
                low = word.lower()
                if low in _NOT_PARTS or low.isdigit():
                    break
                if low not in _PLAIN_MODIFIERS and low.isalpha() and len(low) > 3:
                    return group, low
        if k > 0 and group in _PART_MEASURES:
            part = part_modifier(words[k - 1])
        return group, part
    return None, None


_REPORTING = frozenset("said says say posted posts reported reports expects expected sees saw whose".split())


_NOT_THE_MEASURE = frozenset("report reports call release season statement announcement".split())


def part_modifier(word: str) -> str | None:
    """The word before a measure noun when it names a part ("shipbuilding revenue", "US sales"),
    not the whole ("net profit", "total sales")."""
    low = word.lower()
    if (
        low not in _PLAIN_MODIFIERS
        and low not in STOPWORDS
        and low not in _REPORTING  # "Orrin said revenue rose 12%": the whole revenue
        and not move_word(low)  # "grew revenues 3.2%"
        and low.isalpha()
        and low not in _GROUP
        and (len(low) > 3 or word.isupper() and len(low) > 1)
        and not low.endswith("ly")
    ):
        return low
    return None


def _subjects(clause: str) -> frozenset[str]:
    found = set()
    for match in _ENTITY.finditer(clause):
        words = match.group().split()
        if match.start() == 0 or clause[: match.start()].rstrip().endswith((".", "—", "-", '"')):
            # a sentence opener is capitalised whatever it is: a name only if not a common opener
            words = words if len(words) > 1 or words[0].lower() not in _NOT_NAMES else []
        for word in words:
            low = word.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
            if len(low) > 1 and low not in _NOT_NAMES and low not in _GROUP:
                found.add(low)
    return frozenset(found)


@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    """The figures of a sentence with their slots; years, times and clock readings left out."""
    out: list[Figure] = []
    for lo, hi in _clauses(text):
        clause = text[lo:hi]
        base = bool(_BASE.match(clause))
        before = len(out)
        words = LOOSE_WORD.findall(clause)
        period = frozenset(_period(clause))
        subjects = _subjects(clause)
        for m in _SCORE.finditer(clause):
            a, b = re.split(r"\s?[-–]\s?", m.group())
            out.append(Figure(m.group(), float(a) * 100 + float(b), "score", "score", None, period, subjects))
        scores = [m.span() for m in _SCORE.finditer(clause)]
        for m in _FIGURE.finditer(clause):
            if not any(s <= m.start() < e for s, e in scores):
                figure = _digit_figure(m, clause, words, period, subjects)
                out += [figure] if figure else []
        for m in _WORD_FIGURE.finditer(clause):
            out.append(_word_figure(m, clause, words, period, subjects))
        if base and before:  # "rose to Rs 80 crore from Rs 57 crore": the base measures the same
            last = out[before - 1]
            out[before:] = [
                f
                if f.measure
                else Figure(
                    f.text,
                    f.value,
                    f.unit,
                    last.measure,
                    last.part,
                    f.period,
                    f.subjects or last.subjects,
                    f.step,
                    f.approx,
                )
                for f in out[before:]
            ]
    return tuple(out)


def _period(clause: str) -> set[str]:
    """The time a clause speaks of: its years, months, "last year"-like periods, "prior"."""
    period = {m.group() for m in _YEAR.finditer(clause)}
    period |= {
        "month:" + m.group(1).lower()
        for m in _MONTH.finditer(clause)
        if m.group() != "may"
        and m.group().lower().rstrip(".") in (m.group(1).lower(), _MONTHS[m.group(1).lower()], "sept")
    }
    if _PRIOR.search(clause) or _BASE.match(clause):
        period.add("prior")
    for m in _PERIOD.finditer(clause):
        period.add(next(k for k, v in m.groupdict().items() if v))
    return period


def _digit_figure(m: re.Match, clause: str, words: list[str], period, subjects) -> Figure | None:
    """The figure of a match of ``_FIGURE`` in its clause, or None for a year, a clock time or an
    ordinal."""
    num = m.group("num")
    after = (m.group("after") or "").lower()
    cur = (m.group("cur") or "").strip().lower()
    if _YEAR.fullmatch(num) and not cur and not after and not m.group("scale"):
        return None  # a year: part of the period, not a figure
    tail = clause[m.end() : m.end() + 3]
    if re.match(r"\s?(?:a\.?m|p\.?m|gmt|utc)\b", tail, re.IGNORECASE) or re.match(r":\d", tail):
        return None  # a clock time
    if re.match(r"(?:st|nd|rd|th)\b", tail):
        return None  # an ordinal ("19th minute", "13th"): a rank, not an amount
    unit = _unit(cur, after)
    at = len(LOOSE_WORD.findall(clause[: m.start()]))
    measure, part = _measure(words, at, len(LOOSE_WORD.findall(m.group())))
    if unit == "count" and m.group("scale") and measure in _MONEY_MEASURES:
        unit = "money"
    if unit == "count" and measure is None:
        noun = LOOSE_WORD.findall(clause[m.end() :])[:1]
        measure = noun[0].lower() if noun else None
    decimals = len(num.split(".")[1]) if "." in num else 0
    step = _value("1", m.group("scale")) * 10**-decimals
    approx = bool(_APPROX.search(clause[max(0, m.start() - 20) : m.start()]))
    return Figure(
        m.group().strip(), _value(num, m.group("scale")), unit, measure, part, period, subjects, step, approx
    )


def _unit(cur: str, after: str) -> str:
    """A figure's unit from its currency sign and the word after it."""
    if after.startswith(("%", "per", "percent")):
        return "points" if "point" in after else "%"
    if after.startswith("point"):
        return "points"
    if cur or (after and after not in ("point", "points")):
        return "money"
    return "count"


def _word_figure(m: re.Match, clause: str, words: list[str], period, subjects) -> Figure:
    """The count of a match of ``_WORD_FIGURE`` ("three", "dozens of") in its clause."""
    word = m.group().lower().split()[-1]
    value = _NUMBER_WORDS.get(word, 0) or {"dozens": 24, "hundreds": 200, "thousands": 2000}[word]
    at = len(LOOSE_WORD.findall(clause[: m.start()]))
    noun = LOOSE_WORD.findall(clause[m.end() :])[:1]
    measure, part = _measure(words, at, len(m.group().split()))
    return Figure(
        m.group(),
        float(value),
        "count",
        measure or (noun[0].lower() if noun else None),
        part,
        period,
        subjects,
    )


def same_slot(a: Figure, b: Figure) -> bool:
    """Could the two figures claim to measure the same thing? Unknown parts match anything."""
    if a.unit != b.unit:
        return False
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if a.part != b.part and (a.part or b.part):
        return False  # a segment ("shipbuilding revenue") is not the whole, nor another segment
    years_a = {p for p in a.period if p.isdigit()}
    years_b = {p for p in b.period if p.isdigit()}
    if years_a and years_b and not (years_a & years_b):
        return False
    months_a = {p for p in a.period if p.startswith("month:")}
    months_b = {p for p in b.period if p.startswith("month:")}
    if months_a and months_b and not (months_a & months_b):
        return False  # figures of different months
    kinds_a, kinds_b = a.period - years_a - months_a, b.period - years_b - months_b
    if ("prior" in kinds_a) != ("prior" in kinds_b) and (a.period or b.period):
        return False  # this year / last year
    spans_a, spans_b = kinds_a - {"prior"}, kinds_b - {"prior"}
    if spans_a and spans_b and not (spans_a & spans_b):
        return False  # a quarter / the full year
    if a.subjects and b.subjects and not (a.subjects & b.subjects):
        return False  # Labour's seats / the Conservatives' seats
    return True


def _differ(a: Figure, b: Figure) -> bool:
    """Values that cannot both be right: beyond the rounding of the coarser one ("34%" / "33.8%"
    agree), and by more than 15% where either is approximate or a bound ("over 200")."""
    scale = max(abs(a.value), abs(b.value), 1e-9)
    if a.approx or b.approx:
        return abs(a.value - b.value) > 0.15 * scale
    return abs(a.value - b.value) > max(a.step, b.step) / 2 + 1e-9 * scale


@lru_cache(maxsize=4096)  # FL401 asks for each figure of a pair of moves: again and again
def percent_slot(text: str, value: float) -> Figure | None:
    """The slot of the percentage ``value`` in a sentence: what it measures, of what period and
    subject (None when this reading does not see it)."""
    text = _WORD_PERCENT.sub(lambda m: f"{_NUMBER_WORDS[m.group(1).lower()]} {m.group(2)}", text)
    for f in figures(text):
        if f.unit == "%" and abs(f.value - value) < 1e-9:
            at = text.find(f.text)
            if at >= 0 and _TRADING_MOVE.search(text[:at]):
                return replace(f, measure="price", part=None)  # "trading down about 13%": the shares
            if f.measure == "valuation" and f.part == "market":
                # "market value fell 2%": a company's market value moves as its share price does
                return replace(f, measure="price", part=None)
            if f.measure is None:
                return _units_moved(text, f) or f
            return f
    return None


# "down more than five percent": a percentage in words
_WORD_PERCENT = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(per\s?cent|percent)\b",
    re.IGNORECASE,
)
# "trading down about 13%", "traded 4% higher": a move of the share price whatever noun is nearer
_TRADING_MOVE = re.compile(
    r"\btrad(?:ing|ed|es)\s+(?:down|up|lower|higher)?\s*(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|"
    r"almost\s+|more than\s+|over\s+|some\s+)?$",
    re.IGNORECASE,
)
# "sold 4.8 million Macs, up 27%": the percentage is the change in units sold, of that product
SOLD = re.compile(
    r"\b(?:sold|sells|shipped|ships|delivered|delivers)\s+(?:a record\s+|about\s+|nearly\s+|almost\s+|"
    r"more than\s+|some\s+)?\d[\d.,]*\s*(?:million|billion|thousand|m|bn|mn|k)?\s+(?P<noun>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# "a 26 percent unit increase", "unit sales rose 5%"
_UNIT_WORD = re.compile(r"^\s*units?\b|\bunit (?:sales|shipments)\b", re.IGNORECASE)


def _units_moved(text: str, f: Figure) -> Figure | None:
    """A percentage of no named measure that is the change in units sold: after "sold N <things>"
    in its sentence (phones and tablets stay apart), or
    followed by "unit" ("a 26 percent unit increase for its tablets"). The product is the part."""
    at = text.find(f.text)
    if at < 0:
        return None
    sold = SOLD.search(text[:at])
    if sold:
        return replace(f, measure="units", part=sold.group("noun").lower().removesuffix("s"))
    if _UNIT_WORD.search(text[at + len(f.text) : at + len(f.text) + 12]):
        product = _FOR_PRODUCT.search(text, at)
        return replace(
            f, measure="units", part=product.group(1).lower().removesuffix("s") if product else None
        )
    return None


_FOR_PRODUCT = re.compile(r"\bfor (?:its|the|their) ([A-Za-z][\w-]*)", re.IGNORECASE)


def compare(a: str, b: str) -> str:
    """ "conflict": some figure of ``a`` and one of ``b`` fill the same slot with different values;
    "different": both sentences carry figures and every pair that differs measures different things
    (or they agree); "none": one of them has no figures."""
    fa, fb = figures(a), figures(b)
    if not fa or not fb:
        return "none"
    for x in fa:
        for y in fb:
            if _differ(x, y) and same_slot(x, y):
                return "conflict"
    return "different"

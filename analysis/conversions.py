"""A figure restated at once in another unit ("a 40-mile (64 km) route", "winds of 100 km/h
(62 mph)", "-5C (23F)", "2.000 Hektar (4.900 acres)"), and whether the restatement converts.

The pair is read off the sentence's text here, not off the number analysis: a restatement is a
tight shape (a figure and its unit, then in brackets, after ", or" or a slash the same amount in
another unit of the same dimension), and reading it whole keeps what a figure reader may read
otherwise ("km/h" as a length, "(86F)" as an age, the sign of "-5C").

News rounds a converted figure: to one or two significant digits, to the nearest 5 or 10, and
writers convert either way (the exact figure may be the one in brackets). So a pair converts when
either figure, converted, rounds to the other by a step the other is written to ("65" may be
rounded to 5, "300" to 100, "60" to 10, never beyond half its value; a temperature to 5 degrees at
most), with a little slack for rounded conversion factors, and more where a word says the figure
is approximate ("about", "some", "nearly", "etwa", "unos"). Units read more than one way (a ton
short, long or metric; a gallon US or imperial; "millas" statute or nautical; a bare "degrees"
Celsius or Fahrenheit) convert if any reading does, and so does a number read either way
("1,500" / "1.500": thousands or a decimal)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numtext import lexicon

# unit word (lower case) -> (dimension, the ways it converts to the base unit); a way is
# (factor, offset): base = (value + offset) * factor
_MILE, _NMILE = 1609.344, 1852.0
_TONS = ((907.18474, 0.0), (1000.0, 0.0), (1016.0469088, 0.0))  # short, metric, long
_GALLONS = ((3.785411784, 0.0), (4.54609, 0.0))  # US, imperial
_C, _F = ((1.0, 0.0),), ((5 / 9, -32.0),)


_SHOWN: dict[str, str] = {}  # unit word -> how a message names the unit ("mi" -> "miles")
# the units the shared number lexicon (analysis/data/number_words.yaml ``measures``) reads one
# way, and the name a message gives each (the factor to the dimension's base unit says which)
_SHARED_DIMENSIONS = ("length", "area", "mass", "volume", "speed")
_NAMES = {
    ("length", 1000.0): "km",
    ("length", 1.0): "m",
    ("length", 0.01): "cm",
    ("length", _MILE): "miles",
    ("length", 0.3048): "feet",
    ("length", 0.9144): "yards",
    ("length", 0.0254): "inches",
    ("area", 1e4): "hectares",
    ("area", 4046.8564224): "acres",
    ("area", 1e6): "sq km",
    ("area", 2589988.110336): "sq miles",
    ("area", 1.0): "sq m",
    ("area", 0.09290304): "sq ft",
    ("mass", 1.0): "kg",
    ("mass", 1000.0): "tonnes",
    ("mass", 0.45359237): "pounds",
    ("mass", 6.35029318): "stone",
    ("volume", 1.0): "litres",
    ("speed", round(1 / 3.6, 9)): "km/h",
    ("speed", 0.44704): "mph",
    ("speed", round(1852 / 3600, 9)): "knots",
}


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, tuple[tuple[float, float], ...]]]:
    """The shared lexicon's units, then the words it lacks or reads one way only (tons, gallons,
    miles of two kinds, other languages' spellings, temperatures)."""
    table: dict[str, tuple[str, tuple[tuple[float, float], ...]]] = {}
    for word, (dim, factor) in lexicon()["measures"].items():
        if dim in _SHARED_DIMENSIONS and len(word) > 1:  # (not "g": "4G", "5G")
            table[word.lower()] = (dim, ((float(factor), 0.0),))
            _SHOWN.setdefault(word.lower(), _NAMES.get((dim, round(float(factor), 9)), word.lower()))

    def add(dim: str, ways, words: str) -> None:
        ways = tuple((w, 0.0) for w in ways) if isinstance(ways[0], float) else ways
        first = words.split("|")[0]
        for word in words.split("|"):
            table[word.strip().lower()] = (dim, ways)
            _SHOWN[word.strip().lower()] = {"°c": "°C", "°f": "°F"}.get(first, first)

    add("length", (1000.0,), "km|kms|kilómetro|kilómetros|kilomètre|kilomètres|chilometri")
    add("length", (1.0,), "m|metro|metros|mètre|mètres|metri")
    add("length", (0.01,), "cm|centimetre|centimeter|centimeters|centímetros|centimètres")
    add("length", (_NMILE,), "nautical miles|nautical mile|nm|millas náuticas|milles nautiques|seemeilen")
    add("length", (_MILE, _NMILE), "milla|millas|mille|milles|meile|meilen")
    add("length", (0.3048,), "feet|pie|pies|pied|pieds|fuß|fuss")
    add("length", (0.9144,), "yards|yd|yds|yardas")
    add("length", (0.0254,), "inches|pulgadas|pouces|zoll")
    add("area", (1e4,), "hectares|hectárea|hectáreas|hektar|ettari")
    add(
        "area",
        (1e6,),
        "sq km|km²|km2|square kilometre|square kilometer|quadratkilometer|kilómetros cuadrados|kilomètres carrés",
    )
    add("area", (2589988.110336,), "sq miles|square mile|millas cuadradas")
    add("area", (1.0,), "sq m|m²|m2|metros cuadrados|quadratmeter")
    add("area", (0.09290304,), "sq ft|square foot|pies cuadrados")
    add("mass", (1.0,), "kg|kgs|kilo|kilogramme|kilogrammes|kilogramm|kilogramos")
    add("mass", (1000.0,), "tonnes|tonnen|metric ton|metric tons|metric tonnes|tonnellate")
    add("mass", _TONS, "tons|ton|tonelada|toneladas")  # short, metric or long
    add("mass", (0.45359237,), "pounds|libra|libras|livre|livres|pfund")
    add("mass", (0.028349523125,), "ounces|oz|ounce|onzas")
    add("volume", (1.0,), "litres|litro|litros")
    add("volume", _GALLONS, "gallons|gallon|galón|galones")
    add("volume", (158.987294928,), "barrels|barrel|barriles")
    add("volume", (1000.0,), "cubic metres|cubic meters|m³|m3|metros cúbicos|kubikmeter")
    add("speed", (1 / 3.6,), "km/h|kph|kmh|km/hr|kmph|km per hour|km an hour|kilometres per hour")
    add("speed", (1 / 3.6,), "kilometres an hour|kilometers per hour|kilometers an hour|km por hora")
    add("speed", (1 / 3.6,), "kilómetros por hora|kilomètres à l'heure|kilomètres par heure")
    add("speed", (1 / 3.6,), "stundenkilometer|stundenkilometern|kilometer pro stunde")
    add("speed", (0.44704,), "mph|miles per hour|miles an hour|millas por hora")
    add("speed", (1852 / 3600,), "knots|knot|kt|kts|nudos|nœuds|noeuds|knoten")
    add("speed", (1.0,), "m/s|metres per second|meters per second")
    add("temperature", _C, "°c|c|celsius|centigrade|degrees celsius|degrees centigrade|degrees c")
    add("temperature", _C, "grados celsius|grad celsius|degrés celsius|grados|grad|degrés")
    add("temperature", _F, "°f|f|fahrenheit|degrees fahrenheit|degrees f|grados fahrenheit")
    add("temperature", _C + _F, "degrees|°")  # Celsius or Fahrenheit, as the other figure says
    return table


# the Spanish, German and French "degrees" alone is Celsius
_CELSIUS_WORDS = frozenset({"grados", "grad", "degrés"})

# a word saying a figure is approximate or a bound (read as rounding)
_APPROX = (
    r"about|around|roughly|some|nearly|almost|approximately|approx\.|c\.|ca\.|circa|just over|"
    r"just under|more than|over|under|less than|up to|close to|an estimated|estimated|"
    r"etwa|rund|knapp|fast|über|mehr als|ungefähr|environ|près de|plus de|presque|quelque|"
    r"unos|unas|casi|cerca de|más de|alrededor de|aproximadamente"
)
_SIGN = r"(?:(?<![\w.,])[-−–]|\bminus\s+|\bmoins\s+|\bmenos\s+)?"
_NUMBER = r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\w.,])\d+(?:[.,]\d+)*"
_SCALE = r"(?:\s+(?:million|billion|thousand|millionen|millones|millions|mil)\b)?"


# a figure and its unit, with {p} for its groups' prefix
_FIGURE = (
    rf"(?P<{{p}}sign>{_SIGN})(?P<{{p}}num>{_NUMBER})(?P<{{p}}scale>{_SCALE})"
    rf"(?P<{{p}}gap>-|\s?)(?P<{{p}}deg>(?:°\s?|degrees?\s+|grados\s+|grad\s+|degrés\s+)?)"
    r"(?P<{p}unit>UNITS)(?![^\W\d_]|[²³]|\d|/(?!\s*\d))"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The pair of a figure and its restatement, a part before it ("3 miles of it"), and a figure
    after a restatement; built on first use (the unit words come from the lexicon)."""
    units = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_units(), key=len, reverse=True))
    figure = _FIGURE.replace("UNITS", units)
    pair = re.compile(
        figure.replace("{p}", "a")
        + rf"(?P<between>\s*\(\s*|\s*,\s+or\s+|\s+or\s+|\s*/\s*)(?P<bapprox>(?:{_APPROX})\s+)?"
        + figure.replace("{p}", "b"),
        re.IGNORECASE,
    )
    part_before = re.compile(figure.replace("{p}", "d") + r"\s*(?:and\s+)?$", re.IGNORECASE)
    return pair, part_before, re.compile(figure.replace("{p}", "c"), re.IGNORECASE)


_APPROX_BEFORE = re.compile(rf"\b(?:{_APPROX})\s*$", re.IGNORECASE)
# "20-30 km", "20C and 25C", "de 20 a 25 km": the figure closes a range
_RANGE_BEFORE = re.compile(
    r"\d[^\s\d]{0,12}(?:\s*[-–—]\s*|\s+(?:to|and|or|a|bis|und|à|et|y)\s+)$", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b[A-Z]{3}\s?|\bRs\.?\s?)$")
# what may follow a bracketed restatement: its close, or another restatement of the same figure
_AFTER_BRACKET = re.compile(rf"\s*(?:\)|[,;]\s+|\s+or\s+)(?:(?:{_APPROX})\s+)?", re.IGNORECASE)
# "either 10 km or 5 miles", "between a 10 km or 5-mile loop": a choice, not a restatement
_CHOICE_BEFORE = re.compile(r"\b(?:either|between|whether|choose|choice)\b[^.;:()]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    readings: tuple[tuple[float, float], ...]  # (value, the step its last digit gives) per reading
    unit: str  # the unit word, lower case, spaces single
    approx: bool


@dataclass(frozen=True)
class Restatement:
    """A figure (``first``) and the same amount restated in another unit (``second``)."""

    first: Figure
    second: Figure
    dimension: str

    def converts(self) -> bool:
        return converts(self.first, self.second, self.dimension)

    def converted(self) -> str:
        """The first figure in the second's unit, as a message writes it ("64 km")."""
        a, b = self.first, self.second
        value = _convert(a.readings[0][0], _ways(a.unit, b.unit)[0], _ways(b.unit, a.unit)[0])
        return f"{_written(value)} {_SHOWN[b.unit]}"


def _written(value: float) -> str:
    if abs(value) >= 100:
        return f"{round(value):,}"
    return f"{value:.1f}".rstrip("0").rstrip(".") if abs(value) >= 1 else f"{value:.2g}"


def _readings(number: str) -> tuple[tuple[float, float], ...]:
    """The (value, step of its last digit) a written number may have: "1,500" is 1500 (English)
    or 1.5 (German, French); "4,5" and "1.500,5" only one way; "12 500" (French thousands) or 500
    after another figure."""
    if re.search(r"[ \u00a0\u202f]", number):  # "12 500": French thousands
        *whole, tail = re.split(r"[ \u00a0\u202f]", number)
        head = float("".join(whole)) * 10 ** len(re.split(r"[.,]", tail)[0])
        return tuple((head + v, step) for v, step in _readings(tail))
    marks = re.findall(r"[.,]", number)
    if not marks:
        return ((float(number), 1.0),)
    parts = re.split(r"[.,]", number)
    decimals = 10.0 ** -len(parts[-1])
    if len(set(marks)) == 2:  # "1,500.5" / "1.500,5": the last mark is the decimal one
        return ((float("".join(parts[:-1]) + "." + parts[-1]), decimals),)
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
    if len(parts) > 2:
        return ((float("".join(parts)), 1.0),) if grouped else ()
    decimal = (float(f"{parts[0]}.{parts[1]}"), decimals)
    return ((float("".join(parts)), 1.0), decimal) if grouped else (decimal,)


def _step(value: float, written: float, temperature: bool) -> float:
    """The coarsest usual rounding a figure may be written to: a power of ten or five times one
    that divides it, no more than half its value (a temperature: 5 degrees at most)."""
    v = abs(value)
    best = written
    step = written
    while step * 10 <= max(v, written) * 10:
        for s in (step, step * 5):
            ratio = v / s
            if s > best and s <= v / 2 and abs(ratio - round(ratio)) < 1e-9:
                best = s
        step *= 10
    return min(best, 5.0) if temperature else best


def _ways(unit: str, other: str) -> tuple[tuple[float, float], ...]:
    dim, ways = _units()[unit]
    if unit in {"degrees", "°"} and other in _units():  # the other unit says which degrees these are
        odim, oways = _units()[other]
        if oways == _C:
            return _F
        if oways == _F:
            return _C
    if unit in _CELSIUS_WORDS:
        return _C
    return ways


def _convert(value: float, way_from: tuple[float, float], way_to: tuple[float, float]) -> float:
    base = (value + way_from[1]) * way_from[0]
    return base / way_to[0] - way_to[1]


def _rounds_to(exact: float, value: float, written: float, temperature: bool, approx: bool) -> bool:
    step = _step(value, written, temperature)
    if temperature:
        slack = 1.0 + (2.0 if approx else 0.0)
    else:
        slack = (0.02 + (0.05 if approx else 0.0)) * max(abs(value), abs(exact))
    return abs(exact - value) <= step / 2 + slack + 1e-9


_SCALE_WORDS = {
    "million": 1e6,
    "millionen": 1e6,
    "millones": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "thousand": 1e3,
    "mil": 1e3,
}


def converts(a: Figure, b: Figure, dimension: str) -> bool:
    """Either figure, converted, rounds to the other (any reading of the numbers and units; a
    temperature read as a level or as a difference: "warmed by 2C (3.6F)")."""
    temperature = dimension == "temperature"
    approx = a.approx or b.approx
    pairs = [(wa, wb) for wa in _ways(a.unit, b.unit) for wb in _ways(b.unit, a.unit)]
    if temperature:
        pairs += [((wa[0], 0.0), (wb[0], 0.0)) for wa, wb in pairs]
    for wa, wb in pairs:
        for va, sa in a.readings:
            for vb, sb in b.readings:
                if _rounds_to(_convert(va, wa, wb), vb, sb, temperature, approx):
                    return True
                if _rounds_to(_convert(vb, wb, wa), va, sa, temperature, approx):
                    return True
    return False


def _unit_key(match: re.Match, p: str) -> str | None:
    """The unit word of figure ``p`` ("a", "b"), or None where its letters are no unit here."""
    unit = " ".join(match.group(f"{p}unit").lower().split())
    deg = match.group(f"{p}deg").strip().lower()
    raw = match.group(f"{p}unit")
    if deg:
        if unit in {"c", "f", "celsius", "fahrenheit", "centigrade"}:
            unit = {"c": "°c", "f": "°f"}.get(unit, unit)
        elif deg != "°":
            return None  # "40 degrees 10 km": no unit after the degrees
        elif unit in _units() and _units()[unit][0] != "temperature":
            return None
    if unit in {"c", "f"} and not deg and (raw not in {"C", "F"} or match.group(f"{p}gap")):
        return None  # "-5C", "23F": a capital glued to the figure, no other letter
    if unit == "m" and raw != "m":
        return None
    return unit if unit in _units() else None


def _figure(match: re.Match, p: str, approx: bool, unit: str) -> Figure | None:
    number = match.group(f"{p}num")
    readings = _readings(number)
    if not readings:
        return None
    if unit in {"c", "f"} and re.fullmatch(r"\d+(?:[.,]\d+)?0", number) and len(number) > 1:
        readings += _readings(number[:-1])  # "230C (73.40F)": a degree sign scraped as a nought
    scale = _SCALE_WORDS.get(match.group(f"{p}scale").strip().lower(), 1.0)
    sign = -1.0 if match.group(f"{p}sign").strip() else 1.0
    start = match.start(f"{p}sign") if match.group(f"{p}sign") else match.start(f"{p}num")
    text = match.string[start : match.end(f"{p}unit")]
    return Figure(
        start,
        match.end(f"{p}unit"),
        text,
        tuple((sign * v * scale, step * scale) for v, step in readings),
        unit,
        approx,
    )


@lru_cache(maxsize=4096)
def restatements(text: str) -> tuple[Restatement, ...]:
    """The restatements of a figure in another unit that one sentence makes."""
    if not re.search(r"\d", text) or not re.search(r"[(/]|\bor\b", text):
        return ()
    found: list[Restatement] = []
    pos = 0
    while True:
        m = _patterns()[0].search(text, pos)
        if m is None:
            break
        pos = m.start("bnum")  # the second figure may be the first of the next pair
        pair = _read_pair(m, text)
        if pair is not None:
            found.append(pair)
    return tuple(found)


def _read_pair(m: re.Match, text: str) -> Restatement | None:
    ua, ub = _unit_key(m, "a"), _unit_key(m, "b")
    if ua is None or ub is None or ua == ub:
        return None
    units = _units()
    dim = units[ua][0]
    if units[ub][0] != dim or units[ua] == units[ub]:
        return None  # another dimension, or one unit under two words ("km", "kilometres")
    before = text[: m.start()]
    if _CURRENCY_BEFORE.search(before) or _RANGE_BEFORE.search(before) or before.endswith("/"):
        return None  # "$5m (4m)", "20-30 km (19 miles)", "1/2 mile": no figure restated whole
    part = _patterns()[1].search(before[-40:])
    if part and _unit_key(part, "d") in units and units[_unit_key(part, "d") or ""][0] == dim:
        return None  # "6 feet 2 inches (1.88 m)": the figure is the last part of a measure
    between = m.group("between")
    a_approx = bool(_APPROX_BEFORE.search(before))
    b_approx = bool(m.group("bapprox"))
    if "(" in between:
        rest = _AFTER_BRACKET.match(text, m.end())
        if rest is None:
            return None  # "(3 miles of it uphill)": another amount, not the same one
        if not rest.group().strip().startswith(")") and not _patterns()[2].match(text, rest.end()):
            return None
    elif "or" in between.lower():
        if _CHOICE_BEFORE.search(before):
            return None
        if "," not in between and not (a_approx or b_approx):
            return None  # "10 km or 5 miles" bare: likelier a choice than a restatement
    if _RANGE_AFTER.match(text, m.end()):
        return None
    a = _figure(m, "a", a_approx, ua)
    b = _figure(m, "b", b_approx, ub)
    if a is None or b is None:
        return None
    return Restatement(a, b, dim)


# "(12-19 miles)": the second figure opens a range
_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|(?:to|and|a|bis|und|à|et|y)\s)\s*\d", re.IGNORECASE)

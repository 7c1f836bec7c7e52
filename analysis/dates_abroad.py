"""Dates as German, Spanish, French, Italian, Dutch, Polish and Portuguese copy writes them: "am
12. März 1998", "el 12 de marzo de 1998", "le 1er mars 1998", "il 12 marzo 1998", "op 12 maart
1998", "12 marca 1998 r.", "em 12 de março de 1998", a weekday before them ("martedì 27
settembre"), a month alone after a preposition ("im März", "w marcu"), abbreviations after a day
("12 janv.", "12 mrt", "12 sty."). ``dates.extract_dates`` asks for them in a sentence whose
function words are of one of those languages (``language``), and reads the date's event, its
bound ("entro", "seit", "jusqu'au"), its plans ("sarà inaugurato") and its clause's content words
here too: the English readers know none of those words.

The event is the nearest word of a class in ``data/dates_abroad.yaml`` in the date's clause,
before or after it (German puts its verb last: "wurde am 12. März eröffnet"), named by the
English class FL402 compares ("inaugurato" and "inaugurazione" are both "inaugurate").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .languages import any_function_words, function_words
from .text import Token
from .words import MONTHS

_DATA = Path(__file__).resolve().parent / "data" / "dates_abroad.yaml"
LANGUAGES = ("de", "es", "fr", "it", "nl", "pl", "pt")
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_DAY = re.compile(r"\d{1,2}")
# glued after a day: "12." (German, Polish), "1er" (French), "1º", "1.º", "1ª" (Spanish, Portuguese)
_DAY_MARKS = frozenset({".", "er", "º", "ª", "°"})
# after a year: "1998 r." and "w 1998 roku" (Polish)
_YEAR_TAILS = frozenset({"r", "roku"})
_WEEKDAY_TAIL = "feira"  # "segunda-feira": Portuguese weekdays are read from their first word
_EVENT_WINDOW = 10  # tokens either side of a date its event word is looked for in
_ELISION = re.compile(r"^\w{1,5}['’]")  # "dall'inaugurazione", "l'ouverture", "d'ici"


class Lang(NamedTuple):
    months: dict[str, int]
    abbreviations: dict[str, int]
    weekdays: dict[str, int]
    joints: frozenset[str]
    month_preps: frozenset[str]
    bounds: dict[str, str]
    modal: frozenset[str]
    repeat: frozenset[str]


@lru_cache(maxsize=1)
def _raw() -> dict:
    import yaml

    return yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, Lang], dict[str, str], frozenset[str]]:
    """Each language's tables, the event words (word -> English class) and the document words."""
    raw = _raw()
    langs = {
        lang: Lang(
            raw["months"][lang],
            raw["abbreviations"][lang],
            raw["weekdays"][lang],
            frozenset(raw["joints"][lang]),
            frozenset(raw["month_preps"][lang]),
            raw["bounds"][lang],
            frozenset(raw["modal"][lang]),
            frozenset(raw["repeat"][lang]),
        )
        for lang in LANGUAGES
    }
    events = {w: cls for cls, words in raw["events"].items() for w in words}
    return langs, events, frozenset(raw["documents"])


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Every language's month and weekday words (a sentence with none and no digit has no date)."""
    langs = _data()[0]
    return frozenset(w for lg in langs.values() for table in (lg.months, lg.weekdays) for w in table)


@lru_cache(maxsize=1)
def _not_content() -> frozenset[str]:
    """Words that say nothing of what a date is about: function words, date and event words."""
    langs, events, _ = _data()
    words = {w for lg in langs.values() for t in (lg.months, lg.abbreviations, lg.weekdays) for w in t}
    return (
        any_function_words()
        | words
        | frozenset(events)
        | frozenset(_raw()["stop"])
        | frozenset(
            w for lg in langs.values() for t in (lg.joints, lg.bounds, lg.modal, lg.repeat) for w in t
        )
    )


def documents() -> frozenset[str]:
    """Words of a document signed once, in these languages ("trattato", "Abkommen", "umowa")."""
    return _data()[2]


def language(toks: list[Token], article: str | None = None) -> str | None:
    """The language of a sentence among ``LANGUAGES``: the one with most of its function words
    (the month word it holds, then the article's language, break a tie: "il" is French and
    Italian), if it has more of them than of English's; a sentence with as few of them as of
    English's is in the article's language ("De vereniging werd in 1911 opgericht" has none).
    None for an English sentence or one with no sign of any."""
    fw = function_words()
    lows = [t.low for t in toks]
    english = sum(w in fw["en"] for w in lows)
    counts = {lang: sum(w in fw[lang] for w in lows) for lang in LANGUAGES}
    langs = _data()[0]
    # (a month English writes too, "december", "april", is no sign of another language, nor one
    # in the other case than the language writes it: "Mars 2020" is English's planet)
    monthed = {
        lang
        for lang in LANGUAGES
        if any(
            t.low in langs[lang].months and t.low not in MONTHS and t.text[0].isupper() == (lang == "de")
            for t in toks
        )
    }
    # a month word of a language weighs as two of its function words ("a" is French, and
    # Portuguese and Polish copy may have few listed ones: "assinado em 9 de junho de 1961")
    counts = {lang: counts[lang] + 2 * (lang in monthed) for lang in LANGUAGES}
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == article))
    if counts[best] > english:
        return best
    if article in counts and counts[article] >= english:
        return article
    return None


def _word(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _glued(toks: list[Token], i: int) -> bool:
    """Token i touches the one before it."""
    return 0 < i < len(toks) and toks[i].start == toks[i - 1].end


def _day_at(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(day, next token) for "12", "12.", "1er", "1º", "1.º" at ``i``."""
    if i >= len(toks) or not _DAY.fullmatch(toks[i].text) or not 1 <= int(toks[i].text) <= 31:
        return None
    k = i + 1
    while k < len(toks) and k < i + 3 and _glued(toks, k) and toks[k].low in _DAY_MARKS:
        k += 1
    return int(toks[i].text), k


def _year_at(toks: list[Token], k: int, lg: Lang) -> tuple[int | None, int]:
    """(year, next token) for "[de] 1998 [r.|roku]" at ``k``; (None, k) when none."""
    j = k + 1 if _word(toks, k) in lg.joints else k
    if j >= len(toks) or not _YEAR.fullmatch(toks[j].text):
        return None, k
    end = j + 1
    if _word(toks, end) in _YEAR_TAILS:
        end += 1
        if _word(toks, end) == "." and _glued(toks, end):
            end += 1
    return int(toks[j].text), end


def _weekday_at(toks: list[Token], i: int, lg: Lang) -> tuple[int | None, int]:
    """(weekday, next token) for "martedì", "am Dienstag,", "segunda-feira" at ``i``."""
    low = _word(toks, i)
    if low not in lg.weekdays:
        return None, i
    j = i + 1
    if low in {"segunda", "terça", "quarta", "quinta", "sexta"}:
        if not (_word(toks, j) == "-" and _word(toks, j + 1) == _WEEKDAY_TAIL):
            return None, i  # "a segunda vez": second, no weekday
        j += 2
    if _word(toks, j) == ",":
        j += 1
    return lg.weekdays[low], j


def _month_at(toks: list[Token], k: int, lg: Lang, after_day: bool) -> tuple[int | None, int]:
    """(month, next token) for a month word at ``k`` (an abbreviation only after a day)."""
    low = _word(toks, k)
    month = lg.months.get(low) or (lg.abbreviations.get(low) if after_day else None)
    if month is None:
        return None, k
    if _word(toks, k + 1) == "." and _glued(toks, k + 1) and low not in lg.months:
        return month, k + 2  # "janv.", "sty.": the abbreviation's stop
    return month, k + 1


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return True
    from datetime import date

    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


Found = tuple[int, int, "int | None", "int | None", "int | None", "int | None"]


def _date_at(toks: list[Token], i: int, lg: Lang) -> Found | None:
    """(first token, end, year, month, day, weekday) of a date starting at ``i``, or None."""
    weekday, j = _weekday_at(toks, i, lg)
    if weekday is not None and _word(toks, j) in {"the", "le", "el", "il", "den", "der"}:
        j += 1  # "mardi le 12", "Dienstag, den 12."
    dv = _day_at(toks, j)
    day = None
    k = j
    if dv:
        day, k = dv
        if _word(toks, k) in lg.joints:
            k += 1
    month, m_end = _month_at(toks, k, lg, day is not None)
    if month is None:
        return None
    year, end = _year_at(toks, m_end, lg)
    if day is None and year is None:
        # a month alone is a date after a preposition ("im März", "a marzo", "w marcu"), not as
        # a word of its own ("Mai" the name, "mars" the planet)
        if weekday is not None or _word(toks, i - 1) not in lg.month_preps:
            return None
    if not _valid(year, month, day):
        return None
    return i, end, year, month, day, weekday


def scan(toks: list[Token], lang: str) -> list[Found]:
    """Every date of ``lang``'s forms in a sentence's tokens, left to right, not overlapping."""
    lg = _data()[0][lang]
    out: list[Found] = []
    i = 0
    while i < len(toks):
        low = toks[i].low
        if low[:1].isdigit() or low in lg.months or low in lg.weekdays:
            found = _date_at(toks, i, lg)
            if found:
                out.append(found)
                i = found[1]
                continue
        i += 1
    return out


def preposition(toks: list[Token], a: int, lang: str) -> str:
    """The English bound ("by", "until", "since", "before", "after") a word shortly before the
    date at ``a`` makes it ("entro il 15 marzo", "seit dem 12. März", "jusqu'au 3 mai"); "" for
    a point in time. Articles and joints between are stepped over."""
    lg = _data()[0][lang]
    fw = any_function_words()
    for k in range(a - 1, max(-1, a - 4), -1):
        low = _word(toks, k)
        elided = _ELISION.match(low)
        for w in (low, elided.group(0) if elided else None):
            if w in lg.bounds:
                return lg.bounds[w]
        if not (low in fw or low in lg.joints or len(low) <= 3):
            break
    return ""


@lru_cache(maxsize=1)
def _after_auxiliary() -> tuple[dict[str, str], frozenset[str]]:
    """Participles that are an event's only after an auxiliary (word -> class), and the auxiliaries."""
    raw = _raw()
    return {w: c for c, ws in raw["after_auxiliary"].items() for w in ws}, frozenset(raw["auxiliaries"])


def event_near(toks: list[Token], lo: int, a: int, b: int, hi: int) -> tuple[str | None, int]:
    """(event class, its token) of the nearest event word to the date at tokens [a, b) within
    its clause [lo, hi), before or after it; (None, a) when there is none."""
    events = _data()[1]
    participles, auxiliaries = _after_auxiliary()
    for dist in range(1, _EVENT_WINDOW + 1):
        for k in (a - dist, b - 1 + dist):
            if lo <= k < hi and not a <= k < b:
                cls = _event_word(toks[k].low, events)
                if cls is None and toks[k].low in participles and _word(toks, k - 1) in auxiliaries:
                    cls = participles[toks[k].low]  # "a fermé", not "regime fechado"
                if cls:
                    return cls, k
    return None, a


def _bare(low: str) -> str:
    """A word without an elided article or preposition glued before it ("l'ouverture")."""
    return _ELISION.sub("", low)


# endings of a participle used as an adjective ("der 1913 gegründete Verein", "de in 1913
# opgerichte vereniging", "das unterzeichnete Abkommen"): the event word is the participle's
_DECLINED = ("en", "er", "es", "em", "e")


def _event_word(low: str, events: dict[str, str]) -> str | None:
    word = _bare(low)
    cls = events.get(word)
    if cls is None and len(word) > 6:
        cls = next(
            (events[word[: -len(e)]] for e in _DECLINED if word.endswith(e) and word[: -len(e)] in events),
            None,
        )
    return cls


def topic(toks: list[Token], lo: int, a: int, hi: int) -> str | None:
    """What the date's clause is about: its first content word before the date, or after it where
    none comes before ("Seit der Eröffnung der Talbrücke am 15. März": "talbrücke"); an event or
    bound word is stepped over. None where there is none."""
    stop = _not_content()
    # an event word just before the date ("Desde su fundación en 1952"): what follows the date is
    # not its topic (a clause may start at the event word's article)
    stepped = any(_event_word(_bare(t.low), _data()[1]) for t in toks[max(0, a - 4) : a])
    for k in [*range(lo, a), *range(a, hi)]:
        low = _bare(toks[k].low)
        if k >= a and stepped:
            return None  # ("Desde su fundación en 1952, ha dado ...": the choir's, not "dado")
        if low[:1].isalpha() and len(low) > 2 and low not in stop:
            if _event_word(low, _data()[1]) is None:
                return low
    return None


def content(toks: list[Token]) -> frozenset[str]:
    """The content words of a clause (no function, date or event words of any language)."""
    stop = _not_content()
    out = set()
    for t in toks:
        low = _bare(t.low)
        if low[:1].isalpha() and len(low) > 2 and low not in stop:
            out.add(low)
    return frozenset(out)


def modal(toks: list[Token], lang: str) -> bool:
    """The clause tells a plan ("sarà inaugurato", "soll eröffnet werden", "prévu le")."""
    words = _data()[0][lang].modal
    return any(t.low in words for t in toks)


def repeated(toks: list[Token], lang: str) -> bool:
    """The words round a date tell one of several occurrences (an anniversary, "erneut")."""
    words = _data()[0][lang].repeat
    return any(_bare(t.low) in words for t in toks)


def _stem(word: str) -> str:
    """A word without the last letters its declension changes ("mostu" and "most", "ponti" and
    "ponte"), kept to four letters at least."""
    return word[: max(4, len(word) - 2)]


def told_in(word: str, words: frozenset[str]) -> bool:
    """``word``, or a declined form of it, is among ``words``."""
    stem = _stem(word)
    return word in words or any(_stem(w) == stem for w in words)

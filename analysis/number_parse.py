"""Numbers as written: digits ("1,200", "3.5"), number words ("twelve", "a dozen"), multipliers
("2 million"), and the tokens that look like figures but are none (labels, scores, phone
numbers, model names, initials).

Token-level only: it knows nothing of what a figure counts, which is ``figure_clause``'s work.
"""

from __future__ import annotations

import re

from .count_frames import foreign_number, frame_nouns
from .figures_abroad import amount_after, continental_digits, currency_or_share, scaled_number
from .numtext import lemma, lexicon, word_at
from .text import Token
from .words import MONTHS, STOPWORDS, WEEKDAYS


_OPENERS = frozenset({".", '"', "“", ":", "'", "‘"})
# words of rounding that may open a quoted sentence before a count: no label's name
_ROUGHLY = frozenset("around about nearly almost some approximately roughly over more".split())


_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_LABEL_WORDS = frozenset(
    """no number page article chapter section flight route room game level grade row platform
    channel version episode season round stage gate terminal paragraph clause rule line bus
    highway interstate apollo formula windows iphone band division league tier act volume
    issue seat model type class category group phase unit ward district zone block station
    square street avenue road exit mile lot plot opus op psalm verse tier window""".split()
)
_SCORE_WORDS = frozenset(
    "won win beat beating lost lose defeat defeated victory draw drew lead led "
    "score scored scoring triumph loss trailing margin vote voted".split()
)
_CURRENCY_PREFIX = {"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL"}


def _parse_number(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """(value, next token, precision, written as words) of a number starting at token i."""
    text = toks[i].text
    if ("," in text or "." in text) and text[:1].isdigit():
        abroad = continental_digits(toks, i)  # "12,5 %", "500.000 Euro"
        if abroad is not None:
            return _parse_digits(toks, i, abroad)
    if _NUM.match(text):
        return _parse_digits(toks, i)
    # "zehn Tote", "Catorce personas"; "drei Millionen Euro"
    return _parse_words(toks, i) or foreign_number(toks, i) or scaled_number(toks, i)


# compiled once: asked for every figure in digits (re's own cache lookup per call cost more)
_GROUPED_BY_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+$")
_UP_TO_THREE_DIGITS = re.compile(r"\d{1,3}")
_THREE_DIGITS = re.compile(r"\d{3}")


def _parse_digits(
    toks: list[Token], i: int, abroad: tuple[float, float] | None = None
) -> tuple[float, int, float, bool] | None:
    """A figure in digits, with its glued or spelled multiplier: "1,200", "5m", "3.5 billion"
    (``abroad``: its value and precision read the continental way, "1,5", "500.000")."""
    lex = lexicon()
    t = toks[i]
    if abroad is not None:
        value, precision = abroad
        decimals = int(precision < 1)
    else:
        raw = t.text.replace(",", "")
        value = float(raw)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        precision = 10.0**-decimals
        if "," in t.text and decimals == 0 and _GROUPED_BY_COMMAS.match(t.text) is None:
            return None
    j = i + 1
    # "1 517 died", "2 223 passengers": thousands grouped by a space
    while (
        _UP_TO_THREE_DIGITS.fullmatch(t.text)
        and j < len(toks)
        and _THREE_DIGITS.fullmatch(toks[j].text)
        and toks[j].start == toks[j - 1].end + 1
        and not (i > 0 and toks[i - 1].text.isdigit())
    ):
        value = value * 1000 + float(toks[j].text)
        j += 1
    if decimals == 0 and value >= 1000 and value % 100 == 0:
        # "the 1,500 people who drowned" against "1 517 died": a round thousands figure is written
        # to its hundreds
        precision = 100.0
    mult = _multiplier(toks, i)
    if mult is not None:
        value *= mult
        precision *= mult
        j += 1
    if j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].text[0].isalpha():
        glued_word = toks[j].text
        if (
            glued_word not in lex["measures"]
            and glued_word.lower() not in lex["measures"]
            and glued_word.lower() not in {"st", "nd", "rd", "th", "s"}
        ):
            return None  # "10p", "4G", "3D", "5ft6": not a figure we can read
    return value, j, precision, False


def _multiplier(toks: list[Token], i: int) -> float | None:
    """The multiplier in the token after the digits at i ("5m", "3 billion", "10k"), if any."""
    lex = lexicon()
    j = i + 1
    if j >= len(toks):
        return None
    m = toks[j].low
    glued = toks[j].start == toks[i].end
    money = i > 0 and toks[i - 1].text in lex["currencies"]["symbols"]
    if m == "m" and glued and not money:
        after = word_at(toks, j + 1)
        if not (after and after[0].isalpha() and lemma(after) != after):
            m = ""  # "100m race": metres; "5m people": million
    if m in lex["multipliers"] and (glued or len(m) > 2) and m not in {"k"} | ({"m"} if not glued else set()):
        return lex["multipliers"][m]
    if m == "k" and glued:
        return 1000
    return None


# lengths told with "a" as one ("a mile from the town") or "half a" ("half a mile underground"):
# not a rate ("$2 a mile", "per mile"), a compound ("a mile-long queue"), nor a looser or larger
# figure ("a mile or so", "a mile and a half")
ONE_UNITS = frozenset({"mile", "kilometre", "kilometer"})
_NOT_ONE_BEFORE = frozenset({"per", "every", "each", "than"})
_NOT_ONE_AFTER = frozenset({"-", "and", "or", "a", "an"})


def one_length(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """(value, next token, precision, in words) of "a mile" / "half a mile" at ``i``, else None."""
    w = toks[i].low
    k = i + 1 if w in {"a", "an"} else i + 2 if w == "half" and word_at(toks, i + 1) in {"a", "an"} else None
    if k is None or word_at(toks, k) not in ONE_UNITS or word_at(toks, k + 1) in _NOT_ONE_AFTER:
        return None
    before = word_at(toks, i - 1)
    if before in _NOT_ONE_BEFORE or before[:1].isdigit() or before in {"a", "an", "half"}:
        return None
    return (1.0, k, 1.0, True) if w != "half" else (0.5, k, 0.5, True)


def _parse_words(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """A number in words: "twelve", "twenty - five", "two hundred", "a dozen", "three million"."""
    lex = lexicon()
    w = toks[i].low
    if w in {"a", "an"} and word_at(toks, i + 1) in lex["collectives"]:
        return float(lex["collectives"][word_at(toks, i + 1)]), i + 2, 1.0, True
    if w == "half" and word_at(toks, i + 1) in {"a", "an"} and word_at(toks, i + 2) in lex["collectives"]:
        return lex["collectives"][word_at(toks, i + 2)] / 2, i + 3, 1.0, True  # "half a dozen": six
    if w in lex["collectives"] and word_at(toks, i - 1) not in {"a", "an"}:
        return None
    one = one_length(toks, i)
    if one is not None:
        return one  # "a mile from the town", "half a mile underground"
    group = _word_group(toks, i, lex)
    if group is None and w in {"a", "an"} and word_at(toks, i + 1) in _MULTIPLIER_WORDS:
        group = (1, i + 1)  # "a hundred motorcycles", "more than a million people"
    if group is None:
        return None
    value, j = group
    precision = 1.0
    if word_at(toks, j) in lex["collectives"]:  # "two dozen": 24, written to the dozen
        precision = lex["collectives"][word_at(toks, j)]
        value *= precision
        j += 1
    value, j, precision = _scaled(toks, j, lex, value, precision)
    # the smaller parts after a multiplier, with or without "and": "three hundred and fifteen"
    # is 315, "two thousand four hundred" 2,400; a part as large as the whole before it is a new
    # number ("between two hundred and three hundred")
    while precision >= 100:
        k = j + 1 if word_at(toks, j) == "and" else j
        group = _word_group(toks, k, lex)
        if group is None:
            break
        part, part_precision = group[0], 1.0
        part, k, part_precision = _scaled(toks, group[1], lex, part, part_precision, below=precision)
        if part >= precision or word_at(toks, k) in _MULTIPLIER_WORDS:
            break
        value, j, precision = value + part, k, part_precision
    return float(value), j, precision, True


_MULTIPLIER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _word_group(toks: list[Token], i: int, lex: dict) -> tuple[int, int] | None:
    """A number under 100 in words at token i ("twelve", "twenty - five"), and the token after."""
    w = word_at(toks, i)
    if w in lex["tens"]:
        value = lex["tens"][w]
        j = i + 1
        if (
            word_at(toks, j) == "-"
            and word_at(toks, j + 1) in lex["units"]
            and lex["units"][word_at(toks, j + 1)] < 10
        ):
            return value + lex["units"][word_at(toks, j + 1)], j + 2
        if word_at(toks, j) in lex["units"] and 0 < lex["units"][word_at(toks, j)] < 10:
            return value + lex["units"][word_at(toks, j)], j + 1  # "Twenty Five", no hyphen
        return value, j
    if w in lex["units"]:
        return lex["units"][w], i + 1
    return None


def _scaled(
    toks: list[Token], j: int, lex: dict, value: float, precision: float, below: float = float("inf")
) -> tuple[float, int, float]:
    """The multipliers after a number in words ("two hundred", "three million"), each smaller
    than ``below`` (the part after "two thousand" stops before a "thousand")."""
    while word_at(toks, j) in _MULTIPLIER_WORDS and lex["multipliers"][word_at(toks, j)] < below:
        mult = lex["multipliers"][word_at(toks, j)]
        value *= mult
        precision = mult
        j += 1
    return value, j, precision


def _skip_number(toks: list[Token], i: int, j: int) -> str | None:
    """Why the number at tokens [i, j) is not a quantity to compare, or None. First what joins it
    to its neighbours (a label's letters, a range, a score), then what names it."""
    t = toks[i]
    prev = word_at(toks, i - 1)
    nxt = word_at(toks, j)
    # glued to letters or joined by a dash to a word ("A380", "COVID-19", "F-16")
    if i > 0 and toks[i - 1].end == t.start and toks[i - 1].text[0].isalpha():
        return "label"
    if (
        prev in {"-", "/"}
        and i > 1
        and toks[i - 2].text[0].isalpha()
        and (toks[i - 2].text[0].isupper() or toks[i - 2].end == toks[i - 1].start)
    ):
        return "label"  # "COVID-19", "WASP - 44"
    if prev in {"-", "–", "/", ":"} and i > 1 and toks[i - 2].text[0].isdigit():
        return "range"  # the second half of "30-50", "2/3" or "10:30"
    if prev == "@" or nxt == "@":
        return "ambiguous"  # WikiText's "19 @,@ 826": markup residue around a figure
    if prev == "," and i > 1 and toks[i - 2].text.isdigit() and len(t.text) == 3:
        return "ambiguous"  # "1, 299": a list, or thousands spaced out? We cannot tell
    if nxt in {"-", "–", "/", ":"} and j + 1 < len(toks) and toks[j + 1].text[0].isdigit():
        before = {x.low for x in toks[max(0, i - 4) : i]}
        return "score" if before & _SCORE_WORDS else "range"
    if nxt in _RANGE_JOINS and j + 1 < len(toks) and _parse_number(toks, j + 1):
        return "range"
    if prev in _RANGE_JOINS and i > 1 and toks[i - 2].text[0].isdigit():
        return "range"
    if prev in _ANDS and i > 1 and toks[i - 2].text[0].isdigit() and _and_range(toks, i):
        return "range"
    if prev in _BETWEEN:
        return "range"
    return _skip_named(toks, i, j)


# what joins the two ends of a range: "30 to 50", "de 5,3 à 5,8", "3 bis 5"; "zwischen 5 und 7"
_RANGE_JOINS = frozenset({"to", "or", "à", "bis"})
_BETWEEN = frozenset({"between", "zwischen", "entre"})


def _and_range(toks: list[Token], i: int) -> bool:
    """ "between 10 and 20", "entre 16 et 22", "aged 20 and 25 people": the second number of a range;
    "aged 16 and 22", "âgés de 16 et 22 ans": the second of two ages, whatever follows (two ages
    are no count of the dead). Not a figure of the next part ("the toll has risen to 61 and 48 had
    been injured"); in other languages only a range or ages are read so."""
    if word_at(toks, i - 3) in _BETWEEN:
        return True
    if word_at(toks, i + 1) in _YEARS_OF_AGE or _aged_before(toks, i - 2):
        return True
    if word_at(toks, i - 1) != "and":
        return False
    nxt = word_at(toks, i + 1)
    return not (nxt in _AUXILIARIES or _VERBISH.match(nxt))


# the words that join two numbers ("16 and 22", "16 et 22", "16 und 22", "16 y 22", "16 e 22")
_ANDS = frozenset({"and", "et", "und", "y", "e", "en"})
# years of age after the second number ("16 et 22 ans"), and the words of age before the first
# ("aged 16 and 22", "âgés de 16 et 22 ans", "ages of 16 and 22")
_YEARS_OF_AGE = frozenset("ans años anni anos jahre jahren jaar".split())
_AGED = frozenset("aged ages âgés âgées âgé âgée edades".split())


def _aged_before(toks: list[Token], k: int) -> bool:
    """Whether the number at token ``k`` follows a word of age ("aged 16", "âgés de 16")."""
    before = word_at(toks, k - 1)
    return before in _AGED or before in {"de", "of"} and word_at(toks, k - 2) in _AGED


_AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "are", "is"})


# a time of day as other languages write it: "19.54", "8:30" (hours to 23, two digits of minutes)
_CLOCK_FIGURE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def _years_old_abroad(toks: list[Token], j: int) -> bool:
    """ "der 47 Jahre alte Coach": German capitalises its years, and an age follows."""
    data = lexicon()["ages_abroad"]  # (figure_ages reads them as sets; this asks rarely)
    return toks[j].low in data["years"] and word_at(toks, j + 1) in data["old"]


def _skip_named(toks: list[Token], i: int, j: int) -> str | None:
    """A time of day, a label ("Apollo 11", "20 Squadron"), an ordinal or a phone number."""
    t = toks[i]
    prev = word_at(toks, i - 1)
    nxt = word_at(toks, j)
    if (
        nxt in {"a", "p"}
        and word_at(toks, j + 1) == "."
        or nxt in {"am", "pm", "gmt", "bst", "est", "et", "pt", "utc", "o'clock", "hrs", "p.m", "a.m"}
    ):
        return "time"
    if _CLOCK_FIGURE.fullmatch(t.text) and (
        nxt in lexicon()["clock_after"] or prev in lexicon()["clock_before"]
    ):
        return "time"  # "a las 19.54 horas", "um 8.30 Uhr", "om 21.50 uur": a time of day
    if prev in lexicon()["clock_word_before"] and t.text.isdigit() and int(t.text) <= 24:
        return "time"  # "dalle ore 9 alle ore 13", "kl 15": an hour of the day
    if prev in _LABEL_WORDS and _gapped_after_name(toks, i, j):
        pass  # "…, the Farmers' Free League 76.": a party's count in a gapped list, not "League 1"
    elif prev in _LABEL_WORDS or prev in {"#", "no", "nos"}:
        return "label"
    if prev == "." and word_at(toks, i - 2) in MONTHS and t.text.isdigit() and int(t.text) <= 31:
        return "date"  # "on Jan. 27": a day the date reader left out, not a count
    if (
        i > 0
        and toks[i - 1].text[0].isupper()
        and prev not in STOPWORDS
        and prev not in MONTHS
        and prev not in WEEKDAYS
        and i - 1 > 0
        and toks[i - 1].text not in {"I"}
        and not (toks[i - 2].text in _OPENERS and prev in _ROUGHLY)  # said, "Around 19 units
        and not amount_after(toks, j)  # "zahlt Arvena 3,9 Milliarden Euro"
        and not _after_surname(toks, i)  # "Ms Tavel took 2,210, Mr Brisk 1,650": a gapped verb's count
        and not _gapped_after_name(toks, i, j)  # "X won 343, the Green Union 190 and Y 76"
    ):
        return "label"  # "Apollo 11", "Windows 10", "Article 50"
    if (
        j < len(toks)
        and toks[j].text[0].isupper()
        and toks[j].low not in MONTHS
        and toks[j].low not in WEEKDAYS  # "climbed to 1,210 Monday": a day, as news style drops "on"
        and toks[j].low not in lexicon()["measures"]
        and toks[j].text not in lexicon()["measures"]
        and toks[j].low not in frame_nouns()  # German nouns: "23 Menschen", "64 Verletzte"
        and not currency_or_share(toks, j)  # "500.000 Euro", "12 Prozent"
        and not _describes_plural(toks, j)
        and not _capital_plural(toks, j)
        and not _initials_then_plural(toks, j)
        and not _title_case(toks)
        and not bare_nationals(toks, j)
        and not _years_old_abroad(toks, j)
    ):
        return "label"  # "20 Squadron", "11 Group", "Apollo 11 Mission"
    if nxt in {"st", "nd", "rd", "th"} and j < len(toks) and toks[j].start == toks[j - 1].end:
        return "ordinal"
    if (
        re.match(r"^\+?\d", t.text)
        and len(t.text.replace(",", "")) >= 7
        and "," not in t.text
        and "." not in t.text
    ):
        return "phone"
    return None


_MISTER = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _after_surname(toks: list[Token], i: int) -> bool:
    """The figure at ``i`` follows a surname after "Mr" or "Ms" ("Mr Brisk 1,650"): a person, whom
    no number labels, with the count a verb told of the list's first item."""
    k = i - 2 if word_at(toks, i - 2) != "." else i - 3
    return word_at(toks, k) in _MISTER


_LIST_ENDS = frozenset({",", "and", ".", ";"})


def _gapped_after_name(toks: list[Token], i: int, j: int) -> bool:
    """The figure at ``i`` ends a list item "Name N" ("…, the Green Union 190 and …") whose verb
    the list's first item told with its count ("the Left won 343, the Green Union 190 and the
    Farmers 76"): the first item's figure comes right after a lower-case word and before a comma,
    so a run of labels ("Apollo 11, Apollo 12 and Apollo 13") is none. Each item may repeat the
    first item's noun ("won 134 seats, the Farmers' Union 59 seats and …"), the same noun."""
    noun = _item_noun(toks, j)
    if j < len(toks) and toks[j].low not in _LIST_ENDS and noun is None:
        return False
    k = i - 1
    while k > 0 and i - k <= 6 and (toks[k].text[:1].isupper() or toks[k].low in {"the", "'", "’", "s", "-"}):
        k -= 1
    if k <= 0 or toks[k].low not in {",", "and"}:
        return False
    for x in range(k - 1, max(0, k - 40), -1):
        t = toks[x]
        if t.text[:1].isdigit():
            before = toks[x - 1] if x else None
            after = word_at(toks, x + 1)
            told = _item_noun(toks, x + 1)
            if told is not None:
                after = word_at(toks, x + 2)
            if noun is not None and told != noun:
                return False  # "won 134 seats, the Union 59 votes": not one list's counts
            if before is not None and before.text[:1].isupper() and after in {",", "and"}:
                continue  # another gapped item: "…, the Green Union 190 and …"
            return (
                before is not None
                and before.text.isalpha()
                and before.text.islower()
                and (before.low not in STOPWORDS or told is not None)  # "has 22 seats, the Greens 9"
                and after == ","
            )
        if t.low in {";", ":", "."}:
            return False
    return False


def _item_noun(toks: list[Token], j: int) -> str | None:
    """The lower-case noun right after a list item's figure that closes the item ("59 seats,",
    "59 seats and", "59 seats in the vote" at the list's end)."""
    if j + 1 >= len(toks) or not toks[j].text.isalpha() or not toks[j].text.islower():
        return None
    if toks[j].low in STOPWORDS or toks[j + 1].low not in _LIST_ENDS | {"in"}:
        return None
    return toks[j].low


def _skip_words(toks: list[Token], i: int, j: int) -> str | None:
    """A number in words followed by a capitalised word names a thing ("six Catalinas",
    "Three Kings"): its count is of a named class we cannot tell apart."""
    if (
        j < len(toks)
        and toks[j].text[0].isupper()
        and toks[j].low not in MONTHS
        and toks[j].low not in frame_nouns()  # German nouns: "zehn Tote"
        and not currency_or_share(toks, j)  # "drei Millionen Euro"
        and not _describes_plural(toks, j)
        and not _initials_then_plural(toks, j)
        and not (toks[j].low in _HEADLINE_TOLLS and _title_case(toks))
    ):
        return "label"
    if word_at(toks, j) == "-" and word_at(toks, j + 1) in _FRACTIONS:
        return "fraction"  # "two-thirds of those killed": a share, not a count
    return None


# "Nine Dead As Bus Plunges Into Gorge": in a title-case headline these after a number are its count
_HEADLINE_TOLLS = frozenset(
    "dead killed die died injured hurt wounded missing feared people passengers arrested rescued evacuated".split()
)


def _title_case(toks: list[Token]) -> bool:
    """A headline in title case ("Condo Collapse: 11 Dead, 150 Still Missing"): every word is
    capitalised, so a capitalised word after a figure says nothing of a label."""
    count = 0
    for t in toks:  # stops at the first lower-case word: ordinary sentences cost a few tokens
        if len(t.text) > 3 and t.text.isalpha():
            if not t.text[0].isupper():
                return False
            count += 1
    return count >= 3


def _past_initials(toks: list[Token], k: int) -> int:
    """The token after initials at k ("U.S.", "U.N.": a capital letter and a full stop, repeated)."""
    start = k
    while k + 1 < len(toks) and len(toks[k].text) == 1 and toks[k].text.isupper() and toks[k + 1].text == ".":
        k += 2
    return k if k - start >= 4 else start  # two letters at least: "U.S.", not an initial "J."


def _initials_then_plural(toks: list[Token], j: int) -> bool:
    """ "Eighteen U.S. service members", "13 U.S. Marines": initials describing the counted noun."""
    k = _past_initials(toks, j)
    if k == j or k >= len(toks):
        return False
    return _capital_plural(toks, k) or toks[k].text[:1].islower() and toks[k].text.isalpha()


def bare_nationals(toks: list[Token], j: int) -> bool:
    """ "The dead included 18 Chinese, two Koreans", "53 British": a nationality whose plural is
    its adjective, with no noun after it, counts that many people of it (not a label)."""
    return toks[j].low in BARE_DEMONYMS and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper())


# nationalities said in the plural without an "s" ("18 Chinese", "53 British"); those that take one
# ("Koreans") are capitalised plurals
BARE_DEMONYMS = frozenset(
    "chinese japanese vietnamese lebanese sudanese congolese portuguese senegalese nepalese burmese "
    "taiwanese maltese togolese british irish spanish danish polish turkish finnish swedish kurdish "
    "welsh scottish french dutch swiss".split()
)


def _capital_plural(toks: list[Token], j: int) -> bool:
    """ "10 Marines, two soldiers", "32 Kenyans and 18 Canadians": a capitalised plural noun
    counted, not a label ("20 Squadron") nor a name going on ("Four Seasons Hotel")."""
    w = toks[j].text
    return (
        w.isalpha()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith("ss")
        and lemma(w.lower()) != w.lower()
        and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper())
    )


def _describes_plural(toks: list[Token], j: int) -> bool:
    """ "133 Hindu worshippers", "three British soldiers": a capitalised word describing the
    plural noun after it, so the figure counts that noun (not a label such as "20 Squadron")."""
    nxt = word_at(toks, j + 1)
    return (
        j + 1 < len(toks)
        and toks[j + 1].text[:1].islower()
        and nxt.isalpha()
        and nxt not in STOPWORDS
        and lemma(nxt) != nxt
    )


def _skip_pattern(toks: list[Token], i: int) -> bool:
    """Phone numbers like "555 123 4567" and "(020) 7946 0000": three digit groups in a row; not
    thousands grouped by single spaces before a word ("1 629 410 voix")."""
    if _spaced_thousands(toks, i):
        return False
    k = i
    groups = 0
    while k < len(toks) and toks[k].text.isdigit() and groups < 4:
        groups += 1
        k += 1
        if word_at(toks, k) in {"-", ".", ")"}:
            k += 1
    return groups >= 3


def _spaced_thousands(toks: list[Token], i: int) -> bool:
    """A count of millions written with its thousands grouped by single spaces: a first group of
    one to three digits (no leading zero), two groups of three, and a word after them."""
    run = toks[i : i + 3]
    if len(run) < 3 or i + 3 >= len(toks) or not toks[i + 3].text[:1].isalpha():
        return False
    first, *rest = (t.text for t in run)
    return (
        _UP_TO_THREE_DIGITS.fullmatch(first) is not None
        and not first.startswith("0")
        and all(_THREE_DIGITS.fullmatch(g) for g in rest)
        and all(run[k].start == run[k - 1].end + 1 for k in (1, 2))
        and toks[i + 3].start == run[2].end + 1
    )


_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths".split()
)
_VERBISH = re.compile(r".+(ed|ing)$")


def parse_number(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """(value, next token, precision, written as words) of a number starting at token ``i``: the
    reading the figure readers share, for the rules that read a sentence's tokens themselves."""
    return _parse_number(toks, i)

"""Closed classes of English words that several analyses and rules need: stop words, months,
weekdays, honorifics, determiners. One place, so a list is fixed once.

Lists a newsroom would extend (titles, offices, organisations, places, number words) are data
in ``analysis/data/*.yaml``, not here.
"""

from __future__ import annotations

# Function words left out when two sentences are compared by their content words.
FUNCTION_WORDS = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be been has have had "
    "that this it its their his her they he she which who will would not".split()
)

# Words that carry no figure's subject or attribute (numbers and dates analyses).
STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been being has have
    had do does did it its this that these those there their they them he she his her him we our you
    your i me my not no than then so such which who whom whose what when where while also into over
    about after before up down out off only just more most some any all each other will would could
    should can may might must shall said says say according just very per cent percent says told
    including include includes included among between during since until against within without
    both either neither one ones whether if because though although""".split()
)

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# month word (name or three-letter abbreviation, and "sept") -> 1..12
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# weekday -> 0 (Monday) .. 6. No abbreviations: "Sun", "Sat" and "Wed" are words far more often
# than weekdays in prose.
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# Calendar words that are never a name (months, weekdays, feasts, month abbreviations).
CALENDAR = frozenset(
    [
        *MONTH_NAMES,
        *WEEKDAYS,
        "christmas",
        "easter",
        "ramadan",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

HONORIFICS = frozenset("mr mrs ms miss dr sir lady lord".split())

DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "your", "this", "that", "these", "those", "my"}
)
INDEFINITE = frozenset({"a", "an"})
# what makes a noun definite, so that it refers back: an article, a possessive, a demonstrative
DEFINITE = frozenset({"the", "its", "their", "his", "her", "this", "that"})

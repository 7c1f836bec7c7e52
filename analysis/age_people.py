"""Whose age a figure gives: the words of a person's name around it, and whether two ages name
one person.

An age is keyed by the person's surname (``Quantity.person``, with a title when one is given:
"mr mosey"); ``name_words`` adds every word of the name as copy gives it ("Chunli Zhao" ->
{"chunli", "zhao"}), so that the same person named in the other order ("Zhao Chunli"), by first
name only ("his 13-year-old daughter, Alyssa") or with a generational suffix ("Robert E. Crimo
III", "Aaron Salter Jr.") is still one person, while two members of one family with different
first names ("Shahzada Dawood, 48" / "his son Suleman Dawood, 19") are two, and so are a person
and a relative set off by a noun of kin ("Osk's father, Arne Osk, 61"): ``relative_mark``.
"""

from __future__ import annotations

from .text import Token
from .words import HONORIFICS, MONTHS, STOPWORDS, WEEKDAYS

# words after a surname that are not the surname: "Crimo III", "Salter Jr."
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a capitalised place before a noun of who someone is: "a 72-year-old Hemet man", "a 66-year-old
# Half Moon Bay resident" (the place is no name of the person)
PLACE_NOUNS = frozenset(
    "man woman men women boy girl resident residents native man's woman's teen teenager youth "
    "mother father grandmother grandfather couple businessman businesswoman student worker".split()
)


# titles and offices before a name: "Police Chief John Drake", "Sheriff Robert Luna"
TITLES = frozenset(
    "president sheriff chief senator sen governor gov judge officer captain capt sergeant sgt lt "
    "col gen general pastor rev reverend prof professor coach mayor minister king queen prince "
    "princess deputy rep inspector detective constable commissioner secretary director "
    "chairman chairwoman ceo lieutenant colonel major private corporal cpl saint st".split()
)


# nouns of kin before a name: "Osk's father, Arne Osk, 61", "his father Pell Osk, 52"
KIN = frozenset(
    "father mother son daughter brother sister husband wife grandmother grandfather grandson "
    "granddaughter uncle aunt nephew niece cousin stepfather stepmother stepson stepdaughter "
    "widow widower".split()
)
_KIN_MARK = "\x00kin "  # a word no name has: marks the name of someone's relative


def relative_mark(toks: list[Token], k: int) -> frozenset[str]:
    """{mark} when the name whose surname is token k follows someone's noun of kin, with a comma
    or without ("Osk's father, Arne Osk", "his son Per Osk"): a relative of the person the story is about,
    who may share the surname but is another person; else nothing."""
    start = k
    while start > 0 and _capital(toks[start - 1]):
        start -= 1
    kin = start - 2 if start >= 2 and toks[start - 1].text == "," else start - 1
    if kin < 1 or toks[kin].low not in KIN:
        return frozenset()
    owner = toks[kin - 1].low
    if owner in {"his", "her", "their"} or owner.endswith(("'s", "’s")):
        return frozenset({_KIN_MARK + toks[kin].low})
    return frozenset()


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.low not in STOPWORDS and t.low not in MONTHS and t.low not in WEEKDAYS


def surname_index(toks: list[Token], k: int) -> int:
    """The surname at or before token k, stepping back over a suffix and its full stop ("Crimo
    III", "Salter Jr ."), when a capitalised word comes before the suffix."""
    j = k
    if j > 0 and toks[j].text == "." and toks[j - 1].low in SUFFIXES:
        j -= 1
    if toks[j].low in SUFFIXES and j > 0 and _capital(toks[j - 1]):
        return j - 1
    return k


def name_words(toks: list[Token], k: int) -> frozenset[str]:
    """Every word of the name whose surname is token k: the capitalised words before it (initials
    and their full stops skipped, titles left out), in lower case."""
    words = {toks[k].low.removesuffix("'s").removesuffix("’s")}
    j = k - 1
    while j >= 0:
        t = toks[j]
        if t.text == "." and j > 0 and len(toks[j - 1].text) == 1:
            j -= 1  # "Robert E. Crimo": an initial
            continue
        if t.text == "-" and j > 0 and _capital(toks[j - 1]):
            j -= 1  # "Toledo-Zaragoza"
            continue
        if not _capital(t) or t.low in HONORIFICS or t.low in TITLES:
            break
        if len(t.text) > 1:
            words.add(t.low)
        j -= 1
    return frozenset(words)


def _given(key: str, words: frozenset[str]) -> frozenset[str]:
    return words - {key.split()[-1]}


def same_person(key_a: str, words_a: frozenset[str], key_b: str, words_b: frozenset[str]) -> bool:
    """Two ages' people are one: the same surname key (or a surname and the same surname with a
    title: "Anna Berg (41)" / "Ms Berg, 42"; "mr mosey" and "mrs mosey" stay two people) whose
    first names, when both are given, are the same; the same words of a name in another order
    ("Chunli Zhao" / "Zhao Chunli"); or a first name alone that is the other's first name
    ("Alyssa, 13" / "Alyssa Altobelli (14)"). A relative's name (``relative_mark``) is never
    the name of one not told as a relative."""
    sa, sb = key_a.split()[-1], key_b.split()[-1]
    if {w for w in words_a if w.startswith(_KIN_MARK)} != {w for w in words_b if w.startswith(_KIN_MARK)}:
        return False  # "Osk's father, Arne Osk, 61" / "Per Arne Osk, 30": father and son
    if key_a == key_b or sa == sb and (" " in key_a) != (" " in key_b):
        ga, gb = _given(key_a, words_a), _given(key_b, words_b)
        return not (ga and gb and not ga & gb)
    if len(words_a) >= 2 and words_a == words_b:
        return True
    if words_a == {sa} and sa in _given(key_b, words_b):
        return True
    return words_b == {sb} and sb in _given(key_a, words_a)


def name_near(toks: list[Token], lo: int, hi: int, key: str, after: bool) -> frozenset[str]:
    """The words of the name keyed ``key`` nearest to tokens [lo, hi) (the age figure), looked for
    first after it when the name follows the age ("his 19-year-old son Suleman Dawood"), else
    before it; just the key's surname when it is not written nearby (a name from another
    sentence)."""
    surname = key.split()[-1]

    def hit(k: int) -> bool:
        return toks[k].low.removesuffix("'s").removesuffix("’s") == surname

    following = [k for k in range(hi, min(len(toks), hi + 12)) if hit(k)]
    preceding = [k for k in range(lo - 1, max(-1, lo - 15), -1) if hit(k)]
    order = (following, preceding) if after else (preceding, following)
    for found in order:
        if found:
            return name_words(toks, found[0])
    return frozenset({surname})

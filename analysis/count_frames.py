"""A count of people told in another language by what befell them: "23 muertos" / "26 personas
murieron", "19 morts" / "a tué 17 personnes", "48 personen opgepakt" / "53 arrestaties".

English figures get their event class from the verb or noun beside them (``figure_heads``); the
word lists there are English. Reports in other languages name the same count by a noun of the
fate ("muertos", "blessés", "Festnahmen") or by a noun of people with a verb of the fate in its
clause, before or after the figure ("murieron 26 personas", "23 Menschen starben"). Both read as
the count of that event, with the people noun read as "person" (and a fate noun as no noun, as
"26 dead" is), so FL401 compares them as it compares "killed 23 people" with "26 dead". The
frames per class and language are listed in ``data/count_frames.yaml``; nothing is read for a
figure that already has an event, or for one whose noun is neither a fate nor people. A noun of a
role (hostages, workers, pupils: ``roles`` in the data) takes its event from the verb as a noun of
people does, and keeps its noun ("murieron 12 rehenes" is a count of hostages killed).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .numtext import lexicon, phrase_before
from .text import Token

_DATA = Path(__file__).resolve().parent / "data" / "count_frames.yaml"
_AHEAD = 6  # words after the figure read for its verb ("26 personas han resultado heridas")
_GAP = 5  # words at most between the parts of a fate phrase ("verloren unter dem Dach ihr Leben")
_BEHIND = 6  # and before it ("a tué 17 personnes", "murieron 26 personas")
# where the reading of one figure's verb stops: another clause of the sentence ("y otras 58")
_JOINS = frozenset(
    {",", ";", "y", "e", "et", "und", "en", "and", "o", "ou", "oder", "mientras", "mais", "ma"}
)


@lru_cache(maxsize=1)
def _frames() -> dict:
    import yaml

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "people": frozenset(raw["people"]),
        "victims": frozenset(raw["victims"]),
        "roles": frozenset(raw["roles"]),
        "nouns": {w: cls for cls, ws in raw["fate_nouns"].items() for w in ws},
        "verbs": {w: cls for cls, ws in raw["fate_verbs"].items() for w in ws},
        "phrases": _by_last_word(raw["fate_phrases"]),
        "cased": frozenset(raw["capitalised_only"]),
        "stages": tuple(tuple(p.split()) for p in raw["stage_phrases"]),
        "numbers": {w: float(n) for n, ws in raw["number_words"].items() for w in ws} | _compounds(),
    }


# the parts of one-word compounds: German "einundzwanzig", Dutch "tweeëntwintig", Italian "ventidue"
_UNITS_DE = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TENS_DE = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
_UNITS_NL = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TENS_NL = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_UNITS_IT = ("uno", "due", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove")
_TENS_IT = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")
# a unit after a tens word and a joint ("vingt-deux", "treinta y dos", "vinte e dois", "vingt et un")
_JOINTS = frozenset({"-", "y", "e", "et"})
_ONES = frozenset({"un", "une", "uno", "una", "um", "uma"})


def _compounds() -> dict[str, float]:
    """The one-word numbers 21-99 of German, Dutch and Italian, made from their parts."""
    out: dict[str, float] = {}
    for t, (de, nl, it) in enumerate(zip(_TENS_DE, _TENS_NL, _TENS_IT, strict=True)):
        for u in range(9):
            value = float(20 + 10 * t + u + 1)
            out[_UNITS_DE[u] + "und" + de] = value
            out[_UNITS_NL[u] + ("ën" if _UNITS_NL[u].endswith("e") else "en") + nl] = value
            out[(it[:-1] if _UNITS_IT[u] in ("uno", "otto") else it) + _UNITS_IT[u]] = value
    return out


def _joined(toks: list[Token], i: int, value: float) -> tuple[float, int]:
    """A tens word at ``i`` with its unit joined by a hyphen or "y"/"e"/"et" ("dix-sept",
    "vingt-deux", "treinta y dos", "vinte e dois"): the whole number and the token after it."""
    if value < 10 or value % 10 or value >= 100 or i + 2 >= len(toks) or toks[i + 1].low not in _JOINTS:
        return value, i + 1
    low = toks[i + 2].low
    unit = 1.0 if low in _ONES else _frames()["numbers"].get(low)
    if unit is None or unit >= 10:
        return value, i + 1
    return value + unit, i + 3


def foreign_value(toks: list[Token], i: int) -> tuple[float, int] | None:
    """(value, next token) of another language's number word at ``i``, joined ones read whole
    ("sechs", "dix-sept", "treinta y dos"), whatever follows it; None for any other word."""
    value = _frames()["numbers"].get(toks[i].low)
    if value is None or i >= 2 and toks[i - 1].text == "-" and toks[i - 2].low in _frames()["numbers"]:
        return None
    return _joined(toks, i, value)


def _by_last_word(phrases: dict) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The fate phrases keyed by their last word, each as (words, class); "..." in a phrase
    stands for a few words between its parts."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cls, ps in phrases.items():
        for p in ps:
            words = tuple(p.split())
            out.setdefault(words[-1], []).append((words, cls))
    return out


def _phrase_ending(toks: list[Token], k: int, lo: int) -> str | None:
    """The class of a fate phrase whose last word is token ``k`` ("perdieron la vida"), within
    the clause from ``lo``; none for the last word alone ("con vida" is alive)."""
    for words, cls in _frames()["phrases"].get(toks[k].low, ()):
        gap = "..." in words  # "verlieren ... ihr leben": a few words between the parts
        head, tail = (words[: words.index("...")], words[words.index("...") + 1 :]) if gap else ((), words)
        start = k - len(tail) + 1
        if start < lo or tuple(t.low for t in toks[start : k + 1]) != tail:
            continue
        if not gap or any(
            tuple(t.low for t in toks[x : x + len(head)]) == head for x in range(max(lo, start - _GAP), start)
        ):
            return cls
    return None


@lru_cache(maxsize=1)
def frame_nouns() -> frozenset[str]:
    """The nouns of people, roles and fates the data lists: never a label's name after a figure,
    though German capitalises them ("23 Menschen", "64 Verletzte")."""
    f = _frames()
    return f["people"] | f["victims"] | f["roles"] | frozenset(f["nouns"])


@lru_cache(maxsize=1)
def fate_words() -> frozenset[str]:
    """Every word the data reads as a counted person or a fate ("muertos", "murieron",
    "personnes"): words two counts of one toll share whatever the sentences tell."""
    f = _frames()
    return frame_nouns() | frozenset(f["verbs"])


@lru_cache(maxsize=1)
def number_word_value(word: str) -> float | None:
    """The value of another language's number word ("sechs", "treinta"), lower-cased; None for
    any other word."""
    return _frames()["numbers"].get(word)


def number_words() -> frozenset[str]:
    """The other languages' number words the data lists (read only before a frame noun)."""
    return frozenset(_frames()["numbers"])


# German articles and determiners: the capitalised word after one is a common noun ("die Polizei",
# "ihr Leben", "bei dem Unglück"), not a name that tells two counts apart
_GERMAN_ARTICLES = frozenset(
    "der die das dem den des ein eine einer einem eines im am beim zum zur vom ihr ihre sein seine".split()
)


def german_nouns(toks: list[Token]) -> frozenset[str]:
    """The capitalised words of a clause right after a German article ("die Polizei" gives
    "polizei"); none where the clause has no such article."""
    return frozenset(
        toks[k + 1].low
        for k in range(len(toks) - 1)
        if toks[k].low in _GERMAN_ARTICLES and toks[k + 1].text[:1].isupper()
    )


def foreign_start(toks: list[Token], k: int) -> bool:
    """Whether the number word at ``k`` may open a count: a noun of people or of a fate right after
    it, or after the unit joined to it ("vingt-deux blessés", "treinta y dos personas")."""
    nouns = frame_nouns()
    return (
        k + 1 < len(toks)
        and toks[k + 1].low in nouns
        or k + 3 < len(toks)
        and toks[k + 1].low in _JOINTS
        and toks[k + 3].low in nouns
    )


def foreign_number(toks: list[Token], i: int) -> tuple[float, int, float, bool] | None:
    """(value, next token, precision, in words) of another language's number word at ``i`` that
    counts the people or the fate named right after it ("zehn Tote", "Catorce personas")."""
    value = _frames()["numbers"].get(toks[i].low)
    if value is None or i >= 2 and toks[i - 1].text == "-" and toks[i - 2].low in _frames()["numbers"]:
        return None  # "sept" of "dix-sept" is no number of its own
    value, n = _joined(toks, i, value)
    if n >= len(toks) or toks[n].low not in frame_nouns():
        return None
    if not _fate_noun(toks[n]) and (
        _verb(toks, i, n + 1, 0, len(toks)) is None or _staged(toks, 0, len(toks))
    ):
        return None  # read only where the frame reads it: a word that counts no fate stays a word
    return value, n, 1.0, True


def _fate_noun(t: Token) -> str | None:
    f = _frames()
    cls = f["nouns"].get(t.low)
    if cls and t.low in f["cased"] and not t.text[:1].isupper():
        return None
    return cls


def _verb(toks: list[Token], first: int, j: int, lo: int, hi: int) -> str | None:
    """The fate verb of the figure at [first, j) in its clause [lo, hi): after it first, then
    before it, neither past another figure or a join to another clause."""
    verbs = _frames()["verbs"]
    after = range(j, min(hi, j + _AHEAD))  # "19 Menschen verloren ihr Leben"
    before = range(first - 1, max(lo, first - _BEHIND) - 1, -1)  # "perdieron la vida 26 personas"
    for side in (after, before):
        for k in side:
            t = toks[k]
            if t.low in _JOINS or t.text[:1].isdigit():
                break
            if t.low in verbs:
                return verbs[t.low]
            if cls := _phrase_ending(toks, k, lo):
                return cls
    return None


def _staged(toks: list[Token], lo: int, hi: int) -> bool:
    """The clause dates its count to a stage of the story ("hasta ahora", "premier bilan")."""
    lows = [t.low for t in toks[lo:hi]]
    return any(
        lows[k : k + len(p)] == list(p)
        for p in _frames()["stages"]
        for k in range(len(lows))
        if lows[k] == p[0]
    )


def _bound_set_off(toks: list[Token], first: int) -> bool:
    """ "Au moins, huit personnes": a bound set off by a comma, which the reading of bounds
    before a figure does not see; such a count is left unread rather than read exact."""
    return (
        first >= 2
        and toks[first - 1].text == ","
        and bool(phrase_before(toks, first - 1, lexicon()["lower_bound"]))
    )


def foreign_frame(
    toks: list[Token], at: tuple[int, int, int], clause: tuple[int, int], kind, event, head, modifiers
):
    """(head, event, modifiers) of a count whose number is at tokens [first, j) and whose noun
    phrase ends at j2 (``at``), in the clause [lo, hi), read by the fate frames of other
    languages; the figure's own reading when it has an event already or none applies."""
    if event is not None or kind != "count":
        return head, event, modifiers
    (first, j, j2), (lo, hi) = at, clause
    if j < len(toks) and toks[j].text == "-":
        return head, event, modifiers  # "ein 23-Jähriger": an age or a size joined to its noun, no count
    f = _frames()
    span = toks[j : max(j + 1, j2)] if j < len(toks) else []
    people = victims = role = False
    cls = None
    for k, t in enumerate(span, j):
        if _fate_noun(t):
            cls, head = _fate_noun(t), None  # "23 muertos", "53 arrestaties": the fate's count, as "26 dead"
            break
        cls = cls or f["verbs"].get(t.low)  # "48 personen opgepakt", "58 han resultado heridas"
        cls = cls or _phrase_ending(toks, k, lo)  # "9 Menschen verloren ihr Leben" read as one phrase
        people = people or t.low in f["people"]
        victims = victims or t.low in f["victims"]
        role = role or t.low in f["roles"]  # "murieron 12 rehenes": the hostages' count, as hostages
    if cls is None and (people or victims or role or head is None):
        cls = _verb(toks, first, max(j + 1, j2) if span else j, lo, hi)
    if cls is None or _staged(toks, lo, hi) or _bound_set_off(toks, first):
        return head, None, modifiers
    if people or victims:
        head = "victim" if victims else "person"
    elif head is not None and any(f["verbs"].get(t.low) for t in span):
        head = None  # the noun read was the verb's own word ("han resultado heridas")
    return head, cls, frozenset()

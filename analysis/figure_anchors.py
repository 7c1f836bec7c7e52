"""What a figure's clause is about, beside the figure's own noun: its anchors, for FL401.

Two figures of one kind ("40 homes flooded" / "120 homes flooded") are one quantity only if they
are about one thing. A clause says which thing by its anchors, of four sorts:

- ``name``: the proper names of the clause that are not its source ("In Dravik", "Shares of
  Korvath Bank", "St Aldric Hospital said it was treating"; not "the mayor of Dravik said");
- ``ordinal``: a noun told apart by its ordinal ("the first crash" / "the second crash");
- ``role``: who gives the figure in a trial: the side that asks ("prosecutors sought eight
  years") or the side that decides ("the judge sentenced him to six");
- ``level``: the level of a place the figure covers: a region ("in the province", "statewide")
  or the whole country ("nationwide", "the national rate").

Two clauses that each carry anchors of one sort and share none of them are about different
things (``anchors_apart``). A clause that names no anchor of a sort says nothing against the
other: a figure restated often names its town, hospital or court only once.

Reads a sentence's tokens and one ``Quantity``; no word regex of its own (``text.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .figure_types import Quantity
from .figure_words import _TOLLS
from .text import Token, attribution_spans, word_tokens
from .words import CALENDAR, FUNCTION_WORDS, HONORIFICS, WEEKDAYS

# verbs that make the words before them (or after them, "…, said Anna Kell") the figure's source
_SPEECH = frozenset(
    "said says told tells heard reported reports announced announces stated added confirmed claimed claims "
    "estimated estimates quoted wrote noted explained insisted tweeted posted "
    "dit déclaré indiqué précisé affirmé annoncé "
    "dijo afirmó señaló indicó informó explicó "
    "sagte sagten erklärte teilte berichtete "
    "detto dichiarato riferito".split()
)
# words that open a source after them, up to the clause's edge ("selon la préfecture de Brenac")
_SOURCE_OPENERS = frozenset("selon según laut secondo".split())
# auxiliaries between a clause's comma and an inverted speech verb (", a indiqué le tribunal")
_AUXILIARIES = frozenset("a ont has have had hat haben ha han".split())
# words after a speech verb that make the speaker the holder of the figure ("Korvath said its
# profit rose", "St Aldric Hospital said it was treating 14"): then the speaker is an anchor
_BACK = frozenset("it its their they we our us sa son ses leur leurs su sus seine seiner ihre ihr".split())
# clause edges for the reach of a source
_EDGES = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "«", "»", "that", "que", "dass", "che"})

# the two sides of a trial: one asks for a term or a fine, the other decides it; a verb said
# outright outweighs a side named ("prosecutors said he was sentenced to six years" decides)
_ASK_VERBS = frozenset(
    "sought seek seeks seeking demanded demands demanding requested requesting "
    "requis requiert requérait réclamé réclamait pedía pidió solicitó solicitaba "
    "forderte fordert gefordert beantragt beantragte chiesto chiedeva".split()
)
_ASK_NOUNS = frozenset(
    "prosecutor prosecutors prosecution parquet procureur procureure fiscal fiscalía "
    "staatsanwaltschaft staatsanwalt procura".split()
)
_DECIDE_VERBS = frozenset(
    "sentenced jailed imposed imposing fined condamné condamnée condamnés condamnait infligé "
    "condenó condenado condenada verurteilt verurteilte verurteilten condannato condannata".split()
)
_DECIDE_NOUNS = frozenset(
    "judge court jury tribunal magistrate magistrates juge cour juez jueza audiencia gericht richter "
    "richterin landgericht amtsgericht giudice tribunale corte".split()
)

# a region against the whole country: adjectives of the level anywhere in the clause ("the
# national rate"), nouns only as the place the figure covers ("in the province", "across the
# country"; not "a district police official", "the country's president")
_REGIONAL = frozenset(
    "regional provincial statewide regionale régional régionale provinciale regionaler".split()
)
_NATIONAL = frozenset(
    "national nationally nationwide countrywide nacional nationale nazionale bundesweit landesweit".split()
)
_REGION_NOUNS = frozenset(
    "province region county district prefecture canton oblast state bundesland provincia regione "
    "département departement préfecture comunidad région".split()
)
_NATION_NOUNS = frozenset("country nation pays país land paese".split())
_THE = frozenset("the this that la le el der die dem des du del ce cette".split())

# ordinals that tell two things of one noun apart ("the first crash" / "the second crash")
_ORDINALS = frozenset(
    "first second third fourth fifth sixth other latter former "
    "premier première deuxième seconde troisième primer primera primero segundo segunda tercer tercera "
    "erste ersten erster zweite zweiten zweiter dritte dritten primo prima secondo seconda terzo terza".split()
)

# capitalised words that name no thing of their own
_NOT_NAMES = FUNCTION_WORDS | CALENDAR | HONORIFICS


@dataclass(frozen=True)
class Anchors:
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sort, lower-case words) of each name
    ordinals: frozenset[tuple[str, str]] = frozenset()  # (noun, ordinal)
    role: str = ""  # "asks" or "decides"
    level: str = ""  # "region" or "nation"
    days: frozenset[str] = frozenset()  # weekdays the figure is of ("On Monday, 80 mm fell")


def anchors(text: str, q: Quantity) -> Anchors:
    """The anchors of the clause of figure ``q`` in sentence ``text``."""
    penalty = q.kind == "money" or q.kind == "measure" and q.unit == "time"  # a fine, a term
    daily = q.event not in _TOLLS  # a toll given on two days is one toll told twice
    return _anchors(text, q.start, q.end, frozenset(q.names), penalty, daily)


@lru_cache(maxsize=4096)
def _anchors(
    text: str, start: int, end: int, clause_names: frozenset[str], penalty: bool, daily: bool
) -> Anchors:
    toks = word_tokens(text)
    source = _source_tokens(toks, text)
    own = [k for k, t in enumerate(toks) if k not in source and not start <= t.start < end]
    lows = {toks[k].low for k in own}
    plain = {toks[k].low for k in own if not toks[k].cap or k == 0}  # not "the National Guard"
    return Anchors(
        names=_names(toks, own, clause_names, source),
        ordinals=_ordinals(toks, own),
        role=_role(lows) if penalty else "",
        level=_level(plain, toks, own),
        days=_days(toks, own) if daily else frozenset(),
    )


def _source_tokens(toks: tuple[Token, ...], text: str) -> set[int]:
    """The tokens that say who gives the figure: "the mayor of Dravik said", "…, said the
    governor", "according to the fire brigade"; not when what follows makes the speaker the
    figure's holder ("Korvath Bank said its profit")."""
    out: set[int] = set()
    spans = attribution_spans(text)
    for k, t in enumerate(toks):
        if any(a <= t.start < b for a, b in spans):
            out.add(k)
    for k, t in enumerate(toks):
        if t.low in _SOURCE_OPENERS:
            out.update(range(k, _edge(toks, k + 1)))
        if t.low not in _SPEECH:
            continue
        after = [u.low for u in toks[k + 1 : k + 4]]
        if any(w in _BACK for w in after):
            continue
        lo = k
        while lo > 0 and toks[lo - 1].low not in _EDGES:
            lo -= 1
        out.update(range(lo, k + 1))
        j = k - 1
        while j > 0 and toks[j].low in _AUXILIARIES:
            j -= 1
        if j >= 0 and toks[j].low in (",", '"', "”", "»"):
            # an inverted tag, to the sentence's end: "…, said Anna Kell, a district official"
            out.update(range(j + 1, len(toks)))
    return out


def _edge(toks: tuple[Token, ...], k: int) -> int:
    while k < len(toks) and toks[k].low not in _EDGES:
        k += 1
    return k


def _names(
    toks: tuple[Token, ...], own: list[int], clause_names: frozenset[str], source: set[int]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The clause's own names, each with its sort: the place word before it ("in", "shares of"),
    the head it ends on ("… County", "… Hospital"), or "holder" for a source the clause refers back
    to ("Korvath Bank said its profit")."""
    runs: list[list[int]] = []
    last = -2
    for k in sorted(set(own) | _holders(toks, source)):
        t = toks[k]
        if not t.cap or _key(t) in _NOT_NAMES or _key(t) not in clause_names:
            last = -2
            continue
        if k == last + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
        last = k
    out = []
    for run in runs:
        words = tuple(_key(toks[k]) for k in run)
        first = run[0]
        before = toks[first - 1].low if first else ""
        if first in source:  # a source spoken of again by "its", "it"
            out.append(("holder", words))
        elif len(words) > 1 and words[-1] in _NAME_HEADS:
            out.append(("head " + words[-1], words))
        elif before in _PLACE_WORDS:
            out.append(("at " + before, words))
        elif before in _OF_WORDS and first > 1 and toks[first - 2].is_word:
            out.append(("of " + toks[first - 2].low, words))  # "shares of", "population of"
        elif toks[run[-1]].low.endswith(("'s", "’s")):
            out.append(("holder", words))
        else:
            out.append(("", words))
    return tuple(out)


def _holders(toks: tuple[Token, ...], source: set[int]) -> set[int]:
    """The words of a source the clause then speaks of by "its", "it" ("Korvath said its profit")."""
    out: set[int] = set()
    for k, t in enumerate(toks):
        if t.low in _SPEECH and any(u.low in _BACK for u in toks[k + 1 : k + 4]):
            lo = k
            while lo > 0 and toks[lo - 1].low not in _EDGES:
                lo -= 1
            out.update(range(lo, k))
    return out


def _key(t: Token) -> str:
    return t.low.removesuffix("'s").removesuffix("’s").rstrip("'’")


# words right before a name that place what a figure is of: "In Dravik", "at Harbrook"
_PLACE_WORDS = frozenset(
    "in at near outside inside across throughout around from à au aux dans en près bei im nahe cerca".split()
)
_OF_WORDS = frozenset("of de du des von del di".split())
# the heads that many names of one sort end on: two of them with other first words are two things
_NAME_HEADS = frozenset(
    "hospital hospitals clinic county province district region state city town village river lake "
    "bridge road street avenue station airport port school academy college university prison mine "
    "plant factory mill bank church park stadium arena island valley mountain mount dam field".split()
)


def _ordinals(toks: tuple[Token, ...], own: list[int]) -> frozenset[tuple[str, str]]:
    owned = set(own)
    return frozenset(
        (toks[k + 1].low, toks[k].low)
        for k in own
        if toks[k].low in _ORDINALS
        and k + 1 in owned
        and toks[k + 1].is_word
        and toks[k + 1].low not in _NOT_NAMES
    )


def _role(lows: set[str]) -> str:
    """ "asks" or "decides": the side of a trial a penalty's clause gives it to."""
    for asks, decides in ((_ASK_VERBS, _DECIDE_VERBS), (_ASK_NOUNS, _DECIDE_NOUNS)):
        said = (bool(lows & asks), bool(lows & decides))
        if any(said):
            return {(True, False): "asks", (False, True): "decides"}.get(said, "")
    return ""


def _level(lows: set[str], toks: tuple[Token, ...], own: list[int]) -> str:
    owned = set(own)
    placed = {
        toks[k].low
        for k in own
        if k - 2 in owned
        and toks[k - 1].low in _THE
        and toks[k - 2].low in _PLACE_WORDS | {"for", "all", "whole"}
        and not (k + 1 < len(toks) and toks[k + 1].low in ("'s", "’s"))
    }
    region = bool(lows & _REGIONAL or placed & _REGION_NOUNS)
    nation = bool(lows & _NATIONAL or placed & _NATION_NOUNS)
    return ("region" if region else "nation") if region != nation else ""


def _days(toks: tuple[Token, ...], own: list[int]) -> frozenset[str]:
    """The weekday a clause opens on, the frame of its figure ("On Monday, 80 mm fell"; not "began
    her swim on Saturday", "by Tuesday", "Monday's flood")."""
    return frozenset(
        toks[k].low
        for k in own
        if k <= 1 and toks[k].low in WEEKDAYS and (k == 0 or toks[0].low == "on") and not _possessive(toks, k)
    )


def _possessive(toks: tuple[Token, ...], k: int) -> bool:
    return toks[k].text.endswith(("'s", "’s")) or k + 1 < len(toks) and toks[k + 1].low in ("'s", "’s")


def anchors_apart(a: Quantity, b: Quantity, text_a: str, text_b: str) -> bool:
    """Do the clauses of two figures carry different anchors of one sort, sharing none? Then the
    figures are about different things. A name counts as shared when the other sentence has it
    anywhere, in any role (a town named once as the place and once by its mayor is one town)."""
    x, y = anchors(text_a, a), anchors(text_b, b)
    if x.role and y.role and x.role != y.role:
        return True
    if x.level and y.level and x.level != y.level:
        return True
    if _ordinals_apart(x.ordinals, y.ordinals) or x.days and y.days and not x.days & y.days:
        return True
    sorts = {sort for sort, _ in x.names if sort} & {sort for sort, _ in y.names if sort}
    if sorts:
        words_a, words_b = _sentence_names(text_a), _sentence_names(text_b)
        return not any(_one_name(n, m) for _, n in x.names for _, m in y.names) and not (
            _words(x.names) & words_b or _words(y.names) & words_a
        )
    return False


def _ordinals_apart(x: frozenset[tuple[str, str]], y: frozenset[tuple[str, str]]) -> bool:
    nouns = {n for n, _ in x} & {n for n, _ in y}
    return bool(nouns) and not (x & y)


def _one_name(n: tuple[str, ...], m: tuple[str, ...]) -> bool:
    """Two names are one when they share a word, unless all they share is the head both end on
    ("Dorran County" / "Mirefield County", "St Aldric Hospital" / "Marsby General Hospital")."""
    shared = set(n) & set(m)
    if len(n) > 1 and len(m) > 1 and n[-1] == m[-1] and n[-1] in _NAME_HEADS:
        shared.discard(n[-1])
    return bool(shared)


def _words(names: tuple[tuple[str, tuple[str, ...]], ...]) -> set[str]:
    """What tells each name apart: its words but a head it ends on ("Dorran" of "Dorran County")."""
    return {w for _, n in names for w in (n[:-1] if len(n) > 1 and n[-1] in _NAME_HEADS else n)}


@lru_cache(maxsize=4096)
def _sentence_names(text: str) -> frozenset[str]:
    """Every capitalised word of a sentence (its first included), lower-cased."""
    return frozenset(
        t.low.removesuffix("'s").removesuffix("’s").rstrip("'’") for t in word_tokens(text) if t.cap
    )

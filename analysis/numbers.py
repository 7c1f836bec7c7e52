"""Numbers and dates of an article, computed once and shared by FL401–FL403.

``numbers(doc, ctx) -> NumberFacts`` finds, per sentence:
- quantities with value, unit (currency, %, measure), the thing they count (head noun), the
  attribute they measure ("temperature of 6000 K"), the event they count ("12 killed"), an
  approximate/bound flag, and whether they are part of a range, score, phone number or label;
- ages ("Smith, 45,", "a 45-year-old", "a man of about 30") and births ("born in 1980");
- dates (see ``dates.py``), resolved against the article date (front matter ``date``; ``today``
  for an undated article, recorded in ``NumberFacts.dated``);
- enumerations ("three countries: A, B and C"), totals with their parts, and "A of B … P%" shares.

Extraction is a small grammar over tokens plus the word lists in ``data/number_words.yaml``; it
is tuned for precision: a figure whose reading is unclear is left out rather than guessed.

This module holds the document-level entry point (``numbers``, ``figure_span``, pronouns resolved
to the person named before) and the reading of each sentence (``_analyse_sentence``, ranges). The
parts it calls live beside it, each importing only those below it:
``figure_types`` (the records), ``figure_words`` (shared word sets), ``number_parse`` (numbers as
written), ``figure_heads`` (the counted noun and event), ``figure_ages`` (ages, ranks, people),
``figure_clause`` (the clause around one figure) and ``number_lists`` (lists, totals, shares,
births).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .age_people import same_person
from .dates import DateMention, article_date, extract_dates
from .movements import moment_from_before, same_moment
from .numtext import lemma, lexicon, names, word_at
from .text import Token, token_low
from .text import figure_tokens as tokens
from .words import STOPWORDS
from .figure_types import Birth, Enumeration, Kind, PartsTotal, Quantity, Share, _Sentence, _YEAR
from .figure_words import _PEOPLE, _SEX_HEADS, _TOLLS, _TOLL_GROUPS, _TRAVELLERS
from .number_parse import (
    _CURRENCY_PREFIX,
    _OPENERS,
    _SCORE_WORDS,
    _parse_number,
    _skip_number,
    _skip_pattern,
    _skip_words,
)
from .figure_heads import _DIMENSIONS
from .figure_ages import ROLE_KEY, _PRONOUN_AGE, _RANK_VERBS, _each_of_group, _ranks
from .figure_clause import _quantity
from .number_lists import _births, _enumerations, _of_the, _of_them, _shares, _totals

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context


@dataclass
class NumberFacts:
    ref_date: date  # the article's date, or today for an undated article
    dated: bool  # False: ref_date is today, and findings that depend on it must say so
    years_mentioned: tuple[int, ...] = ()
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    births: list[Birth] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    totals: list[PartsTotal] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)

    def in_sentence(self, index: int) -> list[Quantity]:
        return [q for q in self.quantities if q.sentence == index]


def numbers(doc: "Document", ctx: "Context") -> NumberFacts:
    """The shared analysis (call as ``ctx.analysis(numbers)``)."""
    ref = article_date(doc.meta)
    facts = NumberFacts(ref_date=ref or ctx.today, dated=ref is not None)
    proper = _proper_words(doc)
    previous = None
    qs_before: list[Quantity] = []
    for s in doc.sentences:
        ds = extract_dates(s.index, s.text, facts.ref_date, proper)
        facts.dates.extend(ds)
        split = _cut_decimal(doc, previous, s)
        previous = s
        if _figureless(s.text, ds):
            qs_before = []  # (what the pass gives such a sentence: nothing)
            continue
        qs, births, enums, totals, shares = _analyse_sentence(s.index, s.text, ds, proper, split, qs_before)
        qs_before = qs
        facts.quantities.extend(qs)
        facts.births.extend(births)
        facts.enumerations.extend(enums)
        facts.totals.extend(totals)
        facts.shares.extend(shares)
    facts.years_mentioned = tuple(sorted({d.year for d in facts.dates if d.year}))
    _resolve_anaphors(facts, doc, proper)
    _moments_from_before(facts, doc)
    return facts


_DIGIT = re.compile(r"\d")
_FIGURE_WORDS: list = []  # [lexicon, its number words and collectives]


def _figureless(text: str, dates: list[DateMention]) -> bool:
    """A sentence in which ``_analyse_sentence`` can find nothing (most: it is skipped at C speed).
    Every figure it reads starts at a token ``_parse_number`` reads: one opening with a decimal
    digit (``_NUM``; a currency symbol reads only the digits after it), a number word of the
    units or tens, or "a"/"an" before a collective ("a dozen"); a stated count is one of those
    (``_stated_count``), and the parts and totals are made of the sentence's figures. A placing
    needs a verb of ranking and a digit or an ordinal (``_ranks``), and a birth a dated year."""
    if _DIGIT.search(text):
        return False
    lex = lexicon()
    if not _FIGURE_WORDS or _FIGURE_WORDS[0] is not lex:
        _FIGURE_WORDS[:] = [
            lex,
            frozenset(lex["units"]) | frozenset(lex["tens"]) | frozenset(lex["collectives"]),
        ]
    toks = tokens(text)
    if not _FIGURE_WORDS[1].isdisjoint(map(token_low, toks)):
        return False
    if not (
        _RANK_VERBS.isdisjoint(map(token_low, toks))
        or lex["ordinals"].keys().isdisjoint(map(token_low, toks))
    ):
        return False
    return not any(d.year is not None and not d.relative for d in dates)


def _moments_from_before(facts: NumberFacts, doc) -> None:
    """A share move with no moment of its own, in a paragraph whose sentence before names one."""
    for k, q in enumerate(facts.quantities):
        if q.movement and not q.moment and q.sentence > 0:
            before = doc.sentences[q.sentence - 1]
            if before.block == doc.sentences[q.sentence].block:
                moment = moment_from_before(before.text)
                if moment:
                    facts.quantities[k] = replace(q, moment=moment)


def _cut_decimal(doc, previous, s) -> bool:
    """ "… 134." + "12 meters" (or "106. 12 meters" in tokenised text): the segmenter cut a
    decimal in two. Not after a year: "on 14 June 2017. 70 people were confirmed dead" is two
    sentences, and its 70 a figure."""
    if previous is None or not s.text[:1].isdigit():
        return False
    m = re.search(r"(\d+)\.$", previous.text)
    return bool(m) and not (len(m[1]) == 4 and _YEAR.match(m[1]))


def _resolve_anaphors(facts: NumberFacts, doc, proper) -> None:
    """ "Smith, 58, … The 59-year-old said": an unnamed "the N-year-old" is the person whose age
    the article gave before, when it gave only one person's age so far and no unnamed one ("the
    17-year-old hostess" may be whom a later "the 17-year-old" means), and that person is named
    in the sentence before (else the article has moved on to someone else)."""
    aged: dict[str, float] = {}
    known: dict[str, frozenset[str]] = {}  # the words of each aged person's name
    unnamed = False
    for k, q in enumerate(facts.quantities):
        if q.kind != "age":
            continue
        if q.person == _PRONOUN_AGE:
            person = _named_before(doc, q.sentence, proper)
            facts.quantities[k] = q = replace(q, person=person)
            if person is None:
                unnamed = True
                continue
        if q.person:
            aged[q.person] = q.value
            known[q.person] = known.get(q.person, frozenset()) | q.person_names
        elif q.age_form in {"anaphor", "anaphor-role"} and len(aged) == 1 and not unnamed and q.sentence > 0:
            person, age = next(iter(aged.items()))
            if q.age_form == "anaphor-role" and abs(q.value - age) > 2:
                continue  # "Smith, 45, ... the 19-year-old driver": his son, perhaps
            before = {
                w.removesuffix("'s").removesuffix("’s")
                for w in names(tokens(doc.sentences[q.sentence - 1].text), proper)
            }
            if person in before:
                facts.quantities[k] = replace(q, person=person, person_names=known.get(person, frozenset()))
        else:
            unnamed = True


def _named_before(doc, sentence: int, proper) -> str | None:
    """The person "He was 62." speaks of: the one name of the sentence before (none when it names
    several, or nobody)."""
    if sentence == 0:
        return None
    toks = tokens(doc.sentences[sentence - 1].text)
    subjects = {
        t.low
        for k, t in enumerate(toks)
        if t.text[0].isupper()
        and t.low not in STOPWORDS
        and not word_at(toks, k + 1)[:1].isupper()
        and (word_at(toks, k + 1) in _SUBJECT_NEXT or word_at(toks, k + 1).endswith("ed"))
    }
    return next(iter(subjects)) if len(subjects) == 1 else None


# what follows a person who is the subject of a sentence: "Mahofa has died", "Smith, a teacher,"
_SUBJECT_NEXT = frozenset({"has", "had", "was", "is", "died", "dies", "who", ",", "("})


def figure_span(doc: "Document", sentence: int, start: int, end: int):
    """The file span of a figure at ``start:end`` of a sentence's text, so a finding points at the
    figure itself (the whole sentence for an empty or impossible stretch)."""
    s = doc.sentences[sentence]
    if not 0 <= start < end <= len(s.text):
        return s.span
    return doc.sub_span(s, start, end)


def _proper_words(doc) -> set[str]:
    """Words the document capitalises mid-sentence: names, even when one opens a sentence."""
    out: set[str] = set()
    for s in doc.sentences:
        toks = tokens(s.text)
        out.update({t.low for prev, t in zip(toks, toks[1:]) if t.cap and prev.text not in _OPENERS})
    return out


_START_WORDS: list = []  # [lexicon, its number words with "a"/"an"]: one set to look a token up in


def _start_words(lex) -> frozenset[str]:
    """The number words, "a"/"an" and the currency symbols (no symbol has a letter that could
    stand alone as a token, so a symbol token's lower case is the symbol)."""
    if not _START_WORDS or _START_WORDS[0] is not lex:
        words = frozenset(lex["units"]) | frozenset(lex["tens"]) | _A_AN
        _START_WORDS[:] = [lex, words | frozenset(lex["currencies"]["symbols"])]
    return _START_WORDS[1]


def _figure_starts(toks: list[Token], lex) -> list[int]:
    """The tokens where ``_analyse_sentence`` can find a figure: digits, a currency symbol, a
    number word or "a"/"an" ("a dozen"). ``_parse_number`` reads nothing at any other token."""
    words = _start_words(lex)
    # (the lower case: a digit opens it where it opens the text)
    return [k for k, low in enumerate(map(token_low, toks)) if low in words or low[:1].isdigit()]


_A_AN = frozenset({"a", "an"})


# More figures than this in one sentence is a table or a list flattened into prose, not sentences
# an editor reads figure by figure: the rest of the sentence is left out.
MAX_FIGURES_PER_SENTENCE = 200


def _analyse_sentence(
    si: int,
    text: str,
    dates: list[DateMention],
    proper: set[str],
    split_decimal: bool = False,
    before: list[Quantity] | None = None,
):
    lex = lexicon()
    toks = tokens(text)
    if split_decimal and toks and toks[0].text.isdigit():
        toks = toks[1:]  # "… 134." + "12 meters": the segmenter cut a decimal; its tail is no figure
    sc = _Sentence(toks, dates)
    quantities: list[Quantity] = []
    starts = _figure_starts(toks, lex)
    i = 0
    n = len(toks)
    while i < n and len(quantities) < MAX_FIGURES_PER_SENTENCE:
        # jump to the next token a figure can start at: the others would only be stepped over
        k = bisect.bisect_left(starts, i)
        if k == len(starts):
            break
        i = starts[k]
        t = toks[i]
        if sc.in_date[i]:
            i += 1
            continue
        # currency prefix
        currency = None
        ci = i
        if t.text in lex["currencies"]["symbols"]:
            currency = lex["currencies"]["symbols"][t.text]
            if i > 0 and toks[i - 1].end == t.start and toks[i - 1].low in _CURRENCY_PREFIX:
                currency = _CURRENCY_PREFIX[toks[i - 1].low]
                ci = i - 1
            if i + 1 >= n or not toks[i + 1].text[0].isdigit():
                i += 1
                continue
            i += 1
            t = toks[i]
        parsed = _parse_number(toks, i)
        if not parsed:
            i += 1
            continue
        value, j, precision, words = parsed
        if not words and _skip_pattern(toks, i):
            k = i
            while k < n and (toks[k].text.isdigit() or toks[k].text in {"-", ".", ")"}):
                k += 1
            i = k
            continue
        if words and t.low == "one" and currency is None and value < 100:
            i = j
            continue  # "one of", "no one", "one day": a pronoun more often than a count ("one thousand" is one)
        if (
            not words
            and currency is None
            and (t.text.isdigit() and len(t.text) == 4 and 1500 <= value <= 2099)
            and word_at(toks, j) not in lex["measures"]
            and word_at(toks, j) not in {"%", "per", "percent"}
        ):
            i = j  # a year that dates.py did not take as a date ("2010 series"): not a quantity
            continue
        reason = _skip_number(toks, ci if currency else i, j) if not words else _skip_words(toks, i, j)
        if reason and not (currency and reason == "label"):
            ranged, i = _ranged(si, text, toks, i, j, (value, precision, words), proper, sc, reason, currency)
            quantities.extend(ranged)
            continue
        q, j = _quantity(si, text, toks, ci, i, j, value, precision, words, currency, proper, sc)
        if q is not None:
            quantities.extend(_each_of_group(q, toks, ci, j))
        i = max(j, i + 1)
    quantities = _one_move(quantities)
    quantities = _list_event(quantities, toks)
    quantities.extend(_ranks(si, text, toks, sc, proper))
    births = _births(si, text, toks, dates, proper)
    enums = _enumerations(si, text, toks, starts)
    # totals and shares are made of the sentence's figures: none, none to look for
    # a range is no part of a sum ("50-60 of them swam ashore")
    single = [q for q in quantities if not q.upper]
    totals = (_totals(si, toks, single) if single else []) + _of_the(si, text, toks, single)
    totals += _of_them(si, toks, single, [q for q in before or [] if not q.upper])
    shares = _shares(si, toks, single) if single else []
    return quantities, births, enums, totals, shares


def _range_top(toks: list[Token], i: int, j: int, value: float) -> tuple[float, int] | None:
    """The top of a range of counts opening at tokens [i, j) ("50-60 passengers", "15 to 20
    people"), with the end of its figure; None for no such range: a score, a ratio, a time, a
    span of years or a top in another unit ("50-60 million")."""
    joint = word_at(toks, j)
    if joint not in {"-", "–", "to"} or j + 1 >= len(toks):
        return None
    if joint != "to" and toks[j].start != toks[j - 1].end:
        return None  # "2 - 1" spaced out reads as a score or a sum
    parsed = _parse_number(toks, j + 1)
    if not parsed:
        return None
    top, end, _precision, _words = parsed
    if not value < top <= 10 * value or word_at(toks, end) in {":", "-", "–", "/"}:
        return None
    changed = word_at(toks, i - 1) == "from" and word_at(toks, i - 2) not in {"anywhere", "somewhere"}
    if changed or {t.low for t in toks[max(0, i - 6) : end + 1]} & _SCORE_WORDS:
        return (
            None  # "rose from 50 to 60" is a change ("anywhere from 23 to 25" none), "a 1-2 defeat" a score
        )
    return top, end


def _ranged(si, text, toks, i, j, number, proper, sc, reason, currency) -> tuple[list[Quantity], int]:
    """A skipped figure that opens a range of counts, read as one figure from its bottom to its
    top ("carrying around 50-60 passengers" / "some 100 passengers" disagree), and where reading
    goes on; other figures in a range (ages, measures, money) and other skipped ones stay unread."""
    value, precision, words = number
    top = _range_top(toks, i, j, value) if reason == "range" and currency is None else None
    if top is None:
        return [], j
    high, end = top
    q, j2 = _quantity(si, text, toks, i, i, end, value, precision, words, None, proper, sc)
    if q is None or q.kind != "count" or q.bound:
        return [], max(j2, end, i + 1)
    return [replace(q, upper=q.base_value * high / value)], max(j2, i + 1)


def _one_move(quantities: list[Quantity]) -> list[Quantity]:
    """A sentence's percentage moves, kept only when it has one: "Babcock and Serco fell 2.5
    percent and 6.3 percent" moves several subjects, and which moved how is not read here."""
    if sum(bool(q.movement) for q in quantities) < 2:
        return quantities
    return [replace(q, movement="", moment=frozenset()) if q.movement else q for q in quantities]


def _list_event(quantities: list[Quantity], toks) -> list[Quantity]:
    """ "31 men, 29 women and one child were killed": the verb after a list of people's counts is
    every item's, though each item's own words reach only the next item."""
    if len(quantities) < 2 or any(q.kind != "count" for q in quantities):
        return quantities
    starts = [t.start for t in toks]
    items = [
        k for k, q in enumerate(quantities) if q.event is None and q.head in _TOLL_GROUPS | _PEOPLE - {None}
    ]
    if len(items) < 2:
        return quantities
    # the items run one after another: a head word or two, then "," or "and", then the next
    for a, b in zip(items, items[1:]):
        lo, hi = (
            bisect.bisect_left(starts, quantities[a].end),
            bisect.bisect_left(starts, quantities[b].start),
        )
        if b != a + 1 or hi - lo > 4 or not {t.low for t in toks[lo:hi]} & {",", "and"}:
            return quantities
    k = bisect.bisect_left(starts, quantities[items[-1]].end)
    event = None
    ev = lexicon()["event_of"]
    for t in toks[k : k + 8]:
        if t.low in {".", ";", ":", "but", "while", "when", "after"}:
            break
        event = ev.get(lemma(t.low)) or ev.get(t.low)
        if event:
            break
    if event not in _TOLLS:
        return quantities
    return [replace(q, event=event) if n in items else q for n, q in enumerate(quantities)]


# ---------------------------------------------------------------------------------------------
# Comparing two figures (used by FL401)


def same_thing(a: Quantity, b: Quantity, anchored: bool = False) -> bool:
    """Conservatively: do two figures claim to measure the same thing? Same kind and unit, the same
    counted noun / measured attribute / event, no sign that they belong to different moments
    (different years, "rose", "than", "another"), different subjects or different modalities.
    ``anchored``: the two sentences already restate another figure alike ("173 passengers and 16
    crew" / "173 passengers and 14 crew"), so the same counted noun is enough to tie them."""
    if a.movement and a.movement == b.movement and a.kind == b.kind:
        return _same_move(a, b)
    if not comparable(a, b):
        return False
    if a.kind == "age":
        # an age at some event ("at the age of 18 she began") is not the person's age now, unless
        # it is the age at death ("died at the age of 83" / "died aged 84" / "Cole, 84,")
        forms = (a.age_form, b.age_form)
        at_death = (
            a.event == b.event == "death"
            or any(q.age_form == "at-age" and q.event == "death" for q in (a, b))
            and forms.count("at-age") == 1
        )  # "died at 91" / "Cole, 92,": her age is her age at death
        return (
            bool(a.person and b.person)
            and same_person(a.person, a.person_names, b.person, b.person_names)
            and (at_death or "at-age" not in forms)
        )
    if a.kind == "rank":  # the same named competitors placed in the same thing
        return (
            bool(a.attribute)
            and a.attribute == b.attribute
            and bool(a.names & b.names)
            and not (a.names ^ b.names)
        )
    if a.attribute == b.attribute == "magnitude":
        # a story's quake has one magnitude; an aftershock (or a named other quake) has its own
        shocks = [{q.head, *q.modifiers, *q.context} & {"aftershock", "foreshock", "tremor"} for q in (a, b)]
        return shocks[0] == shocks[1] and not (a.names and b.names and not a.names & b.names)
    if _told_apart(a, b):
        return False
    if anchored and a.head and a.head == b.head and a.event == b.event:
        return True
    return _tied_together(a, b)


def _same_move(a: Quantity, b: Quantity) -> bool:
    """Two moves one way ("plunged 27 per cent" / "slump 25%") are one fact when measured at one
    moment, of one subject: no names that tell them apart, a shared word besides the move
    ("shares", "Capita") and no different years."""
    if not same_moment(a.moment, b.moment) or "of-part" in a.scope | b.scope:
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    shared = (_shares_as_one(a.context) & _shares_as_one(b.context)) - lexicon()["change_words"] - _MOVE_NOISE
    return bool(shared | (a.names & b.names))


def _shares_as_one(words: frozenset[str]) -> frozenset[str]:
    """ "shares" and "stock" name one thing that moves."""
    return frozenset("share" if w in ("stock", "shares") else w for w in words)


_MOVE_NOISE = frozenset({"per", "cent", "percent", "trading", "trade", "session", "day"})


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same kind and unit, both plain statements of one slice at one time: nothing yet says they
    are about different things."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "measure") and a.unit != b.unit:
        return False
    if (a.modal or b.modal) and a.kind != "age" and not _place_distance(a):
        # plans, forecasts and hypotheticals ("if convicted, 60 years") differ freely; a person's
        # age stays the same in "if convicted, the 71-year-old faces …"
        return False
    if a.changes or b.changes:
        return False  # figures that change or compare are not restatements
    sa, sb = a.scope, b.scope
    if a.event in _TOLLS and a.event == b.event:
        # "a total of 16 were killed" is the toll; the missing are "still" missing whether or not
        # the sentence says so
        ignore = (
            _TOTAL_WORDS
            | {"updated"}
            | ({"still"} if a.event in ("missing", "trapped") else frozenset())
            # "48 other pilgrims were injured": other than the dead, not another group of injured
            # ("killed one miner and trapped 21 others": 22 were trapped, the dead among them)
            | ({"other", "others"} if a.event == "injury" else frozenset())
            # "so far 238 are confirmed dead", "Only two survived", "currently stands at 35"; those
            # trapped "now" are fewer
            | ({"so", "far", "only"} | ({"now", "currently"} if a.event != "trapped" else frozenset()))
            # "Of the dead, 35 are female" / "of whom 31 were women": one sex's part, both times
            | ({"of-part"} if a.head == b.head and a.head in _SEX_HEADS else frozenset())
        )
        sa, sb = sa - ignore, sb - ignore
    if sa != sb or "of-part" in sa:
        # "each", "last season", "in total": a different slice of the thing; two parts of a set
        # ("31 of the injured" / "of the 18 worst hurt, five") are different parts
        return False
    if a.years and b.years and not (a.years & b.years):
        return False
    # not "in 1988 and 1992 … six athletes" / "in 2008 … two athletes"
    return not (a.sentence_years and b.sentence_years and not (a.sentence_years & b.sentence_years))


def _place_distance(q: Quantity) -> bool:
    """ "Malin village, about 110 km from Pune city": how far one place is from another is no
    plan or hedge, whatever the sentence's verb hedges ("fears appeared to come true")."""
    return (q.attribute or "").startswith("distance from ")


def _told_apart(a: Quantity, b: Quantity) -> bool:
    """Different named subjects, counted nouns, modifiers or days."""
    if a.event == b.event == "aboard" and (a.head in _TRAVELLERS) != (b.head in _TRAVELLERS):
        return True  # "51 people" aboard and "44 passengers": the passengers are a part (not the driver)
    if a.names and b.names and not (a.names & b.names):
        return True
    if (
        a.head
        and b.head
        and a.head != b.head
        and not (_PEOPLE >= {a.head, b.head} and _toll(a, b))
        and not _aboard(a, b)
        and not role_and_people(a, b)
    ):
        return True  # (people, victims and lives killed in one event are one toll)
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
        return True  # "three red cars" / "five blue cars"
    # "On 18 November …" / "By 1 July …": figures of different days
    return (
        bool(a.when and b.when and not (a.when & b.when))
        and not _place_distance(a)  # a place is as far from a city on Thursday as on Wednesday
        and not _today_and_weekday(a.when, b.when)
        # tolls of one event on two days are a rising toll to check, unless the article says it
        # rose ("By Thursday the death toll had risen to 15")
        and not (a.event in _TOLLS and a.event == b.event and "updated" not in a.scope | b.scope)
    )


NO_DAY = (None, None, None, None)  # a figure's ``when`` for "today" in an undated article


def _today_and_weekday(wa: frozenset[tuple], wb: frozenset[tuple]) -> bool:
    """ "killed 12 people ... today" / "killed on Monday": an undated article's "today" (no day
    known) and a bare weekday may be the same day."""
    vague = {NO_DAY}
    if (wa <= vague) == (wb <= vague):
        return False  # neither, or both, only "today"
    return all(w[:3] == (None, None, None) and w[3] is not None for w in (wa | wb) - vague)


def _tied_together(a: Quantity, b: Quantity) -> bool:
    """Enough shared words, noun, attribute, deal or toll to call two figures one thing."""
    generic = lexicon()["generic_nouns"]
    if (
        a.head == b.head
        and a.head in _TOLL_GROUPS
        and _toll(a, b)
        and a.event in _TOLLS
        and max(a.base_value, b.base_value) <= 3 * min(a.base_value, b.base_value)
    ):
        return True  # "of whom 31 were women" / "Of the dead, 35 are female": the toll's women (or children)
    shared = (a.context & b.context) - {a.head, a.attribute, b.head, b.attribute}
    plain = shared - a.names - b.names
    tied = len(plain) >= 2 or (bool(plain) and bool(a.names & b.names))
    if a.head and a.head == b.head and a.head not in generic:
        # two round estimates ("nearly 2,000 rescuers and 29 dogs" / "about 3,000 rescuers with
        # dogs") are tied by one shared word besides the counted noun
        loose = a.approx and b.approx and bool(plain)  # two round estimates of one crowd
        # "including five hikers" killed / "Three hikers were among those killed": one role's
        # toll, as people are one toll
        role_toll = _toll(a, b) and a.event in _TOLLS
        return (tied or loose or role_toll) and (a.event == b.event or None in (a.event, b.event))
    if (
        a.head in ("person", "people")
        and a.head == b.head
        and a.event is None
        and b.event is None
        and len(((a.context | a.names) & (b.context | b.names)) - {a.head}) >= 2
    ):
        # "The plant employs 300 people" / "The plant employs 400 people": counted people are
        # tied by two shared words of their own (the plant, employs). Not other generic nouns:
        # "two games" / "four games" of one series are different slices, not a restatement.
        return True
    if a.attribute == b.attribute == "prison term":
        # the person sentenced: named in both, or in neither ("He was jailed for 12 years")
        return bool(a.names & b.names) or not (a.names or b.names)
    if a.attribute == b.attribute == "population":
        return bool(a.names & b.names)  # "Derna, a community of 125,000" / "Derna, home to 90,000"
    if a.attribute and a.attribute == b.attribute and a.attribute.startswith("distance from "):
        return True  # "320 km north of New Delhi" / "250 km northeast of New Delhi"
    if a.attribute and a.attribute == b.attribute and a.attribute in _DIMENSIONS.values():
        return bool(plain)  # "miners trapped 400 m below ground" / "trapped 700 m underground"
    if (
        a.attribute
        and a.attribute == b.attribute
        and a.attribute not in generic
        and a.attribute not in STOPWORDS
    ):
        return tied and (a.head == b.head or None in (a.head, b.head))
    if a.kind == "money" and a.event == b.event == "deal" and None in (a.head, b.head):
        # the same buyer and the same thing bought; "more than £120m" in fees is another sum
        return len(a.names & b.names) >= 2 and not (a.bound or b.bound)
    if _toll(a, b):
        if a.head in _PEOPLE and b.head in _PEOPLE or role_and_people(a, b) or _aboard(a, b):
            return True
        # "Seven miners were killed" / "the 8 dead miners": one names its noun after "dead"
        return (a.head is None and b.head in a.context) or (b.head is None and a.head in b.context)
    return False


def _aboard(a: Quantity, b: Quantity) -> bool:
    return a.event == b.event == "aboard" and {a.head, b.head} <= _TRAVELLERS


def counts_people(q: Quantity) -> bool:
    """The figure counts people as such ("12 people", "15 victims", "12 killed"), not a role."""
    return q.head in _PEOPLE


def role_and_people(a: Quantity, b: Quantity) -> bool:
    """ "the deaths of 10 concertgoers" / "eight people dead", "nearly 450 miners had been rescued"
    / "363 had been rescued": a toll of one event named by who they were and as people is one
    count (a role beside another role, "passengers" / "crew", is not)."""
    return (
        a.event == b.event
        and a.event in _TOLLS
        and a.kind == "count"
        and (a.head in _PEOPLE) != (b.head in _PEOPLE)
    )


def _toll(a: Quantity, b: Quantity) -> bool:
    """Two counts of the same kind of event (deaths, injuries, arrests…), not of a deal."""
    return a.kind == "count" and bool(a.event) and a.event == b.event and a.event != "deal"


_TOTAL_WORDS = frozenset({"total", "overall", "combined"})


def _stated_toll(q: Quantity) -> bool:
    """ "At least 18 people were killed": how news states the toll known so far, not a bound
    a larger toll elsewhere in the story agrees with."""
    return (
        q.bound == "lower"
        and (q.event in _TOLLS or q.head == "body")  # "at least 32 bodies have been recovered"
        and q.text.lower().startswith(("at least", "no fewer than"))
    )


def _bound_word(q: Quantity) -> str:
    """The words of a bounded figure before its number ("over" of "over 500-metre")."""
    words = []
    for word in q.text.lower().split():
        if word[:1].isdigit():
            break
        words.append(word)
    return " ".join(words)


def _span(q: Quantity) -> tuple[float, float]:
    """The values a figure allows: a range its bottom to its top, a bound everything past it, a
    round approximate figure a tenth either way ("some 100"), any other its rounding."""
    v = q.base_value
    if q.upper:
        return v - _step(q) / 2, q.upper + _step(q) / 2
    if q.bound == "lower":
        return v, float("inf")
    if q.bound == "upper":
        return 0.0, v
    slack = max(0.1 * v, 1.0) if q.approx else _step(q) / 2
    return v - slack, v + slack


def _ranges_conflict(a: Quantity, b: Quantity) -> bool:
    """A range against another figure: they conflict when no value is allowed by both
    ("50-60 passengers" / "some 100"; not "about 50" or "more than 50")."""
    (lo_a, hi_a), (lo_b, hi_b) = _span(a), _span(b)
    if max(lo_a, lo_b) > 3 * min(hi_a, hi_b):
        return False  # "40,000 to 50,000 students" / "145 students": counts of other sets
    return hi_a < lo_b or hi_b < lo_a


def values_conflict(a: Quantity, b: Quantity) -> bool:
    """True if the two figures cannot both be right (rounding, "about" and bounds allowed for)."""
    if a.upper or b.upper:
        return _ranges_conflict(a, b)
    bound_a, bound_b = a.bound, b.bound
    toll_a, toll_b = _stated_toll(a), _stated_toll(b)
    if toll_a or toll_b:
        toll, other = (a, b) if toll_a else (b, a)
        if (
            not other.bound
            and not other.approx
            and other.base_value < toll.base_value / 2
            # "28 deaths had been confirmed": a toll of its own, not a part of the larger one
            and not (other.event == "death" and "confirm" in other.context)
        ):
            return False  # "at least 51 killed" / "two were killed when they jumped": a part
        if other.approx and not other.bound and toll.base_value <= other.base_value <= 1.25 * toll.base_value:
            return False  # "at least 24 injured" / "around 27 injured": the round figure meets the bound
        if not other.bound and not other.approx and _rounded_down_to(toll, other):
            return False  # "killed at least 240" / "241 were killed": the bound is the figure rounded down
        # "at least 18 killed" states the toll: read it as the figure it gives
        bound_a, bound_b = ("" if toll_a else bound_a), ("" if toll_b else bound_b)
    va, vb = a.base_value, b.base_value
    if bound_a and bound_b and bound_a != bound_b:
        # "at least 90 were hospitalised" / "as many as 72": no figure is both
        low, high = (va, vb) if bound_a == "lower" else (vb, va)
        return low > high
    if bound_a and bound_b:
        # "over 500-metre-deep" / "over 300m-deep": the same bound on a measure or a toll restated
        # with another figure (not shares and sums: "over 50 per cent growth" in one sector and
        # "over 100 per cent" in another are bounds of different things)
        same = bound_a == bound_b and (
            a.kind == "measure"
            and _bound_word(a) == _bound_word(b)
            or a.kind == "count"
            and a.event in _TOLLS
        )
        return same and abs(va - vb) > 0.15 * max(abs(va), abs(vb), 1e-12)
    if bound_a or bound_b:
        (bounded, bound), exact = ((a, bound_a), b) if bound_a else ((b, bound_b), a)
        x, lim = exact.base_value, bounded.base_value
        if exact.approx and exact.movement:
            # "fell more than 2%" / "down about 1.8%": "about" allows the figure's rounding only
            slack = _step(exact) / 2
            return x + slack < lim if bound == "lower" else x - slack > lim
        if exact.approx:
            # "more than 800 injured" / "about 400 injured": a round figure far outside the bound
            return x < 0.85 * lim if bound == "lower" else x > 1.15 * lim
        return x < lim if bound == "lower" else x > lim
    scale = max(abs(va), abs(vb), 1e-12)
    if (a.approx or b.approx) and a.movement:
        return abs(va - vb) > max(0.05 * scale, 0.5)  # "down about 6%" is not "fell 7%"
    if a.approx or b.approx:
        if a.kind == "count" and all(_round(q) for q in (a, b) if q.approx):
            # "some 150" allows a tenth (135 to 165), not 169; a rounder figure its rounding up to
            # 15 per cent ("about 2,000" 1,700 to 2,300)
            slack = max(
                max(0.1 * q.base_value, min(_decimal_step(q) / 2, 0.15 * q.base_value))
                for q in (a, b)
                if q.approx
            )
            return abs(va - vb) > max(slack, 1.0)
        # "about 2.5 million" may be 2.2 or 2.8 million; "some 205" is written to the unit
        share = 0.15 if all(_round(q) for q in (a, b) if q.approx) else 0.05
        return abs(va - vb) > max(share * scale, 1.0 if a.kind in {"count", "age"} else 0.0)
    # written to different precisions: the finer one must round to the coarser one
    step = max(_step(a), _step(b))
    if a.kind == "measure" and a.unit not in ("time", "magnitude") and _unit_word(a) != _unit_word(b):
        return abs(va - vb) > 0.05 * scale + step / 2  # a restatement in another unit
    return abs(va - vb) > step / 2 + 1e-9 * scale


def _rounded_down_to(bound: Quantity, exact: Quantity) -> bool:
    """A round lower bound ("at least 240") is an exact figure (241) rounded down to the bound's
    last digit, and no further than a twentieth of it ("at least 100" is not 150)."""
    low, x = bound.base_value, exact.base_value
    if low < 20 or low != int(low) or int(low) % 10:
        return False
    return low <= x < low + min(_decimal_step(bound), 0.05 * low)


def _round(q: Quantity) -> bool:
    """A figure written to a round step: "about 250", "nearly 2,000", "some 40" (not "some 205")."""
    return q.value < 10 or q.value != int(q.value) or int(q.value) % 5 == 0


def _decimal_step(q: Quantity) -> float:
    """The place of a whole figure's last non-zero digit: 150 -> 10, 2,000 -> 1,000, 25 -> 1."""
    value = int(q.value)
    if value != q.value or value == 0:
        return _step(q)
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step * (q.base_value / q.value)


def _step(q: Quantity) -> float:
    factor = q.base_value / q.value if q.value else 1.0
    return q.precision * factor


def _unit_word(q: Quantity) -> str:
    return q.text.split()[-1].lower() if " " in q.text else q.text.lstrip("0123456789.,-").lower()


def converts(a: Quantity, b: Quantity) -> bool:
    """A figure restated in another unit of the same dimension ("5km (3 miles)"): do they agree
    within the rounding a restatement uses (5 per cent, or the coarser figure's last digit)?"""
    va, vb = a.base_value, b.base_value
    scale = max(abs(va), abs(vb), 1e-12)
    return abs(va - vb) <= 0.05 * scale + max(_step(a), _step(b)) / 2


# what other modules import from here (rules, plugins): the figures' records and comparisons
__all__ = [
    "NO_DAY",
    "ROLE_KEY",
    "Birth",
    "Enumeration",
    "Kind",
    "NumberFacts",
    "PartsTotal",
    "Quantity",
    "Share",
    "comparable",
    "converts",
    "counts_people",
    "figure_span",
    "numbers",
    "role_and_people",
    "same_thing",
    "values_conflict",
]

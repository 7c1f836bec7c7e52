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
``figure_clause`` (the clause around one figure), ``number_lists`` (lists, totals, shares, births)
and ``figure_compare`` (two figures compared, for FL401); ``count_frames`` reads other languages'
counts of people by their fate ("23 muertos", "26 personas murieron") for the heads and clause.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .count_frames import foreign_start, frame_nouns, number_words
from .dates import DateMention, article_date, extract_dates
from .languages import article_language
from .movements import moment_from_before
from .place_adjectives import places_for_adjectives
from .money import glued_currency
from .numtext import code_before, lemma, lexicon, names, word_at
from .text import Token, has_digit, token_low
from .text import figure_tokens as tokens
from .words import STOPWORDS
from .figure_types import Birth, Enumeration, Kind, PartsTotal, Quantity, Share, _Sentence, _YEAR
from .figure_words import _PEOPLE, _TOLLS, _TOLL_GROUPS
from .number_parse import (
    ONE_UNITS,
    _CURRENCY_PREFIX,
    _OPENERS,
    _SCORE_WORDS,
    _parse_number,
    _skip_number,
    _skip_pattern,
    _skip_words,
    one_length,
)
from .figure_ages import LONE_PEOPLE, ROLE_KEY, _PRONOUN_AGE, _RANK_VERBS, _each_of_group, _ranks
from .figure_clause import _quantity
from .figures_abroad import multiplier_words, read_abroad, reading_article_in, scaled_start
from .age_people import KIN
from .age_roles import clause_scope, role_ages
from .number_lists import (
    _births,
    _enumerations,
    _group_shares,
    _of_the,
    _of_them,
    _shares,
    _sized_body,
    _split_after,
    _totals,
)
from .partitions import merge, partitions
from .figure_compare import (
    NO_DAY,
    comparable,
    converts,
    counts_people,
    role_and_people,
    same_thing,
    values_conflict,
)

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
    proper = _proper_words(doc) - frame_nouns()  # German capitalises "Menschen": no name
    previous = None
    qs_before: list[Quantity] = []
    language = article_language(doc.text)  # a sentence of few function words has its article's
    with reading_article_in(language):
        for s in doc.sentences:
            ds = extract_dates(s.index, s.text, facts.ref_date, proper, language)
            facts.dates.extend(ds)
            split = _cut_decimal(doc, previous, s)
            previous = s
            if _figureless(s.text, ds):
                qs_before = []  # (what the pass gives such a sentence: nothing)
                continue
            qs, births, enums, totals, shares = _analyse_sentence(
                s.index, s.text, ds, proper, split, qs_before
            )
            # "62 % selon la préfecture", "with 98% of ballots counted": figures of other languages' copy
            qs = read_abroad(qs, s.text, partial(tokens, s.text))
            qs_before = qs
            facts.quantities.extend(qs)
            facts.births.extend(births)
            facts.enumerations.extend(enums)
            facts.totals.extend(totals)
            facts.shares.extend(shares)
    facts.years_mentioned = tuple(sorted({d.year for d in facts.dates if d.year}))
    _resolve_anaphors(facts, doc, proper)
    # "A 34-year-old driver was arrested" / "Police named the driver as Anna Kessler, 36"
    text_of = lambda si: doc.sentences[si].text  # noqa: E731
    facts.quantities = clause_scope(role_ages(facts.quantities, text_of), text_of)
    _moments_from_before(facts, doc)
    # "In Corvin, 20 had died" / "The Corvinian death toll of 24": one place's names
    facts.quantities = places_for_adjectives(facts.quantities, proper)
    return facts


_FIGURE_WORDS: list = []  # [lexicon, its number words and collectives]


def _figureless(text: str, dates: list[DateMention]) -> bool:
    """A sentence in which ``_analyse_sentence`` can find nothing (most: it is skipped at C speed).
    Every figure it reads starts at a token ``_parse_number`` reads: one opening with a decimal
    digit (``_NUM``; a currency symbol reads only the digits after it), a number word of the
    units or tens, "a"/"an" before a collective or a multiplier ("a dozen", "a hundred") or a
    length told as one ("a mile", ``one_length``); a
    stated count is one of those (``_stated_count``), and the parts and totals are made of the
    sentence's figures. A placing needs a verb of ranking and a digit or an ordinal (``_ranks``),
    and a birth a dated year."""
    if has_digit(text):
        return False
    lex = lexicon()
    if not _FIGURE_WORDS or _FIGURE_WORDS[0] is not lex:
        _FIGURE_WORDS[:] = [
            lex,
            frozenset(lex["units"])
            | frozenset(lex["tens"])
            | frozenset(lex["collectives"])
            | _LARGE
            | ONE_UNITS,
        ]
    toks = tokens(text)
    if not _FIGURE_WORDS[1].isdisjoint(map(token_low, toks)):
        return False
    if not (
        number_words().isdisjoint(map(token_low, toks)) or frame_nouns().isdisjoint(map(token_low, toks))
    ):
        return False  # "zehn Tote": another language's number word before a count's noun
    if not multiplier_words().isdisjoint(map(token_low, toks)):
        return False  # "drei Millionen Euro", "quatre millions d'euros"
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
    in the sentence before, or a few back with only "he"/"she" between (``_last_named``; else the
    article has moved on to someone else)."""
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
            before = _last_named(doc, q.sentence, proper, close=abs(q.value - age) <= _DRIFT)
            if person in before:
                facts.quantities[k] = replace(q, person=person, person_names=known.get(person, frozenset()))
        else:
            unnamed = True


# how far back "the 59-year-old" reaches for its person over sentences that go on about someone
# by pronoun alone ("Venn, 58, ... He built the firm ... The 59-year-old said"), and how far its
# age may stray from the age given when it does (farther is likelier another person)
_ANAPHOR_REACH = 3
_DRIFT = 5
_GOES_ON = frozenset({"he", "she", "his", "her", "him"})
# someone else told of by a noun in a sentence between: "His son joined the firm"
_OTHER_PEOPLE = (
    KIN | LONE_PEOPLE | frozenset("sons daughters children parents partner friend colleague".split())
)


def _last_named(doc, sentence: int, proper, close: bool) -> set[str]:
    """The names of the last sentence before ``sentence`` that names anyone: the sentence right
    before, or (when ``close``) one a few sentences back if every sentence between names nobody,
    tells of no one else by a noun ("his son") and goes on by "he"/"she"."""
    for back in range(sentence - 1, max(-1, sentence - 1 - _ANAPHOR_REACH), -1):
        toks = tokens(doc.sentences[back].text)
        found = {w.removesuffix("'s").removesuffix("’s") for w in names(toks, proper)}
        if found:
            return found
        lows = {t.low for t in toks}
        if not close or lows & _OTHER_PEOPLE or not lows & _GOES_ON:
            return set()
    return set()


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
    number word, "a"/"an" before a collective or a multiplier ("a dozen", "a hundred") or "half"
    before "a dozen". ``_parse_number`` reads nothing at any other token (nor at an "a" before
    anything else: most of them), and no "a" states a count (``_enumerations``)."""
    words = _start_words(lex)
    collectives = lex["collectives"]
    foreign_words = number_words()
    # (the lower case: a digit opens it where it opens the text)
    return [
        k
        for k, low in enumerate(map(token_low, toks))
        if low in words
        and (low not in _A_AN or word_at(toks, k + 1) in collectives or word_at(toks, k + 1) in _LARGE)
        or low[:1].isdigit()
        or low in foreign_words
        and foreign_start(toks, k)  # "zehn Tote", "Catorce personas", "vingt-deux blessés"
        or low[:1].isalpha()
        and scaled_start(toks, k)  # "drei Millionen Euro", "sechseinhalb Millionen"
        or low == "half"
        and word_at(toks, k + 1) in _A_AN
        and word_at(toks, k + 2) in collectives
        or (low in _A_AN or low == "half")
        and ONE_UNITS.intersection((word_at(toks, k + 1), word_at(toks, k + 2)))
        and one_length(toks, k) is not None  # "a mile from the town", "half a mile underground"
    ]


_A_AN = frozenset({"a", "an"})
# "a hundred motorcycles", "more than a million people": a multiplier after "a" is a number
_LARGE = frozenset({"hundred", "thousand", "million", "billion"})


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
        currency, ci = _code_currency(toks, i)  # "SEK4.2 million", "NOK 4.2 million": the code's
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
    totals = _sentence_totals(si, text, toks, single, before)
    shares = _shares(si, toks, single) + _group_shares(si, text, toks, single) if single else []
    return quantities, births, enums, totals, shares


def _spelled(toks: list[Token], i: int, j: int) -> str:
    """Tokens [i, j) written out again with the spaces between them (one where there were any)."""
    parts = toks[i:j]
    return "".join((" " if k and t.start > parts[k - 1].end else "") + t.text for k, t in enumerate(parts))


def _code_currency(toks: list[Token], i: int) -> tuple[str | None, int]:
    """The currency of the figure at token ``i`` by an ISO code before it, and the token the
    amount starts at (the code's); (None, i) where no code is written before it."""
    code = code_before(toks, i)
    if code:
        return code, i - 1
    # letters glued to a figure with a scale word ("KSh5.8 million", "R5.8 million"): the
    # money reader's currency, each prefix no symbol names its own
    if i and toks[i - 1].end == toks[i].start and toks[i - 1].text[:1].isupper():
        glued = glued_currency(_spelled(toks, i - 1, i + 3), 0)
        if glued and glued[1] == len(toks[i - 1].text):
            return glued[0], i - 1
    return None, i


def _sentence_totals(si, text, toks, single, before) -> list[PartsTotal]:
    """A sentence's totals with their parts, by the readers of ``number_lists``; a total split
    after a comma only where no other reader found one."""
    totals = (_totals(si, toks, single) + _sized_body(si, toks, single) if single else []) + _of_the(
        si, text, toks, single
    )
    group = [q for q in before or [] if not q.upper]
    totals += _of_them(si, toks, single, group)
    return merge(totals or _split_after(si, toks, single), partitions(si, toks, single, group), toks)


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

"""What set a figure counts, read from the words round it: a place its clause names ("in Marrow
Province", "Marrow's"), the whole country against a place ("the country has reported"), a second
set ("three other guards", "four more workers", "another six"), and the record a fact-box line
or a labelled sentence belongs to ("Pine Ridge Fire: 41,200 acres. 3 deaths."). Two figures whose
scopes differ so are two sets, not one count told twice.

The signals are general: none names a topic. Each needs the words to say the sets differ; a
figure whose clause names no place, no other set and no record is in no scope, and meets any
figure as before (a restatement with one figure changed keeps its place, its label and its
wording, so it still conflicts)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .figure_types import Quantity
from .place_adjectives import as_places
from .partitive_subjects import verb_of_partitive
from .record_lines import record_label
from .text import Token, word_tokens
from .toll_places import opening_place, toll_owner
from .words import CALENDAR, STOPWORDS

# how far from the figure, in tokens, a place counts as the place of its count
_NEAR = 12
# tokens that end a clause: a count's place stands in its own clause
_BREAKS = frozenset(";:()[]—–")
_PLACE_PREPOSITIONS = frozenset("in at near inside".split())
# the kind of place a name ends with: two places of one kind share it ("Ostrava County", "Dunmere
# County"), so it names neither
_PLACE_KINDS = frozenset(
    """county province region state district city town village island islands valley river
    coast north south east west northern southern eastern western central upper lower new saint
    st port mount lake bay""".split()
)
# words that make a count the whole country's, or the whole story's
_WHOLE = frozenset("country nation nationwide countrywide worldwide overall".split())
# words after a figure that make it a second set: "four more workers", "two additional cases";
# "other" does only with "also" ("three other guards were also wounded"): alone it may set the
# count apart from one person ("left three students injured" / "three other students were
# injured", after a student who was not hurt)
_OTHER_AFTER = frozenset("more additional further".split())
# words before a figure that do: "another six", "a further 20", "an additional 12"
_OTHER_BEFORE = frozenset("another further additional".split())
_DEFINITE = frozenset("the these those all its their his her our your".split())
# how many words after the figure "other"/"more" or "also" may stand ("Three other prison guards
# were also wounded")
_OTHER_WORDS, _ALSO_WORDS = 2, 5
# a record's label: two to five capitalised words then a colon, at the head of a sentence
_LABEL_WORDS = (2, 5)


def _clause(toks: tuple[Token, ...], i: int) -> tuple[int, int]:
    """The token range of the clause round token ``i``, at most ``_NEAR`` tokens either side."""
    lo = i
    while lo > 0 and i - lo < _NEAR and toks[lo - 1].text not in _BREAKS:
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and hi - i < _NEAR and toks[hi + 1].text not in _BREAKS:
        hi += 1
    return lo, hi + 1


def _at(toks: tuple[Token, ...], start: int) -> int:
    return next((k for k, t in enumerate(toks) if t.end > start), len(toks) - 1)


def _name_run(toks: tuple[Token, ...], k: int, hi: int) -> tuple[str, ...]:
    """The capitalised words from token ``k`` on (a name: "Marrow Province")."""
    run: list[str] = []
    while k < hi and toks[k].cap and toks[k].is_word and toks[k].low not in CALENDAR:
        run.append(toks[k].low)
        k += 1
    return tuple(run)


# the kinds of place inside a country: a count of one is a part of the country's toll
_LOCAL_KINDS = frozenset(
    """county province region state district city town village municipality prefecture
    commune parish""".split()
)


@lru_cache(maxsize=4096)
def local_place(text: str, start: int, named: bool = False) -> bool:
    """Whether the clause of the figure at ``start`` places it in a part of a country by its kind
    ("in Vell district", "in Marrow Province", "the village of Tarn"); ``named``: only by a name
    with its kind after it ("in Vell district", not "at the city stadium")."""
    toks = word_tokens(text)
    if not toks:
        return False
    lo, hi = _clause(toks, _at(toks, start))
    for k in range(lo, hi):
        if toks[k].low in _PLACE_PREPOSITIONS:
            j = k + 1 + (k + 1 < hi and toks[k + 1].low == "the")
            if j < hi and toks[j].low in _LOCAL_KINDS and not named:
                return True  # "the village of Tarn", "in the district"
            run = _name_run(toks, j, hi)
            after = j + len(run)
            if run and (run[-1] in _LOCAL_KINDS or after < hi and toks[after].low in _LOCAL_KINDS):
                return True
    return False


_RESTATING = frozenset("the these those".split())
_COPULAS = frozenset("was were is are".split())


def _verb(toks: tuple[Token, ...], i: int, k: int) -> bool:
    """Token ``k`` is the verb of a partitive subject at ``i`` ("Most of the 89 deaths occurred in
    Ossery Province"): the place after it says where the part was, not which set it is."""
    return toks[k].low.endswith("ed") and verb_of_partitive(toks, i, k)


@lru_cache(maxsize=4096)
def places(text: str, start: int | None) -> tuple[frozenset[str], bool]:
    """The words of the places named in the clause of the figure at ``start`` ("in Marrow
    Province", "at the Vellport clinic", "near the village of Tarn", "Marrow's"), or in the whole
    sentence for ``None``, and whether that counts the whole country ("the country has
    reported", "nationwide")."""
    toks = word_tokens(text)
    if not toks:
        return frozenset(), False
    lo, hi = (0, len(toks)) if start is None else _clause(toks, _at(toks, start))
    if start is not None:
        i = _at(toks, start)
        if i > 0 and toks[i - 1].low in _RESTATING:
            # "the 398 people killed were mostly in Vell district": the set told before, and a
            # place after its verb says where its members were, not which set it is
            hi = next((k for k in range(i + 1, hi) if toks[k].low in _COPULAS or _verb(toks, i, k)), hi)
    words: set[str] = set()
    whole = False
    for k in range(lo, hi):
        t = toks[k]
        if t.low in _WHOLE:
            whole = True
        if t.low in _PLACE_PREPOSITIONS:
            j = k + 1 + (k + 1 < hi and toks[k + 1].low == "the")
            if j + 2 < hi and toks[j].low in _PLACE_KINDS and toks[j + 1].low == "of":
                j += 2  # "the village of Tarn"
            words.update(w for w in _name_run(toks, j, hi) if w not in STOPWORDS and w not in _PLACE_KINDS)
        elif t.cap and t.is_word and k + 1 < hi and toks[k + 1].low in ("'s", "’s") and k > lo:
            words.add(t.low)  # "Marrow's 310 deaths" (not a sentence's first word: a speaker)
            run = _name_run(toks, k + 2, hi)  # "Marl's Tessin Valley region": the owned place too
            if run and (
                run[-1] in _PLACE_KINDS
                or k + 2 + len(run) < hi
                and toks[k + 2 + len(run)].low in _LOCAL_KINDS
            ):
                words.update(w for w in run if w not in STOPWORDS and w not in _PLACE_KINDS)
        elif t.low == "of":
            words.update(toll_owner(toks, k + 1))  # "The Corvin death toll of 24"
    if not words and start is not None:
        words.update(opening_place(toks))  # "In Corvin, which has ..., officials said 20 had died"
    return frozenset(words), whole


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The words of every country's own name in the lexicon (``analysis/data/demonyms.yaml``),
    lower-cased: "peru", "united", "states" (not its demonyms or capitals: "Lima" is a part)."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    names = set(lex.places.values()) | set(lex.places_cased.values())
    return frozenset(w for name in names for w in name.lower().split())


def _country(words: frozenset[str]) -> bool:
    """Whether a place's words name a country ("in Peru", "in the United States")."""
    return bool(words) and words <= _country_words()


@lru_cache(maxsize=4096)
def second_set(text: str, start: int, end: int) -> bool:
    """Whether the figure counts a set beside one told before: "four more workers", "another six",
    "Three (other) guards were also hurt" (not "more than 40": a bound)."""
    toks = word_tokens(text)
    i = _at(toks, start)
    j = _at(toks, end - 1)
    before = [t.low for t in toks[max(0, i - 2) : i]]
    if before and before[-1] in _DEFINITE:
        return False  # "The four surveyors will also inspect": the set told before
    if _OTHER_BEFORE.intersection(before):
        return True
    after = toks[j + 1 : j + 1 + _ALSO_WORDS]
    for k, t in enumerate(after):
        if t.text in _BREAKS or t.text == ",":
            break
        if k < _OTHER_WORDS and t.low in _OTHER_AFTER:
            following = after[k + 1].low if k + 1 < len(after) else ""
            if following != "than":
                return True
        if t.low == "also":
            return True
    return False


def _labels(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The record labels of a sentence, each with where its colon stands: two to five
    capitalised words right before a colon ("Pine Ridge Fire:", "... allowance Business Class:")."""
    toks = word_tokens(text)
    found = []
    for n, t in enumerate(toks):
        if t.text != ":":
            continue
        k = n
        while k > 0 and n - k < _LABEL_WORDS[1] and toks[k - 1].cap and toks[k - 1].is_word:
            k -= 1
        if n - k >= _LABEL_WORDS[0] and not (k > 0 and toks[k - 1].is_word and n - k == _LABEL_WORDS[1]):
            found.append((t.start, tuple(x.low for x in toks[k:n])))
    return tuple(found)


def _with_record(text: str, figures: tuple[int, ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """A sentence's labels, the label of a record line it opens with (``analysis/record_lines``)
    in place of the capitalised words before the same colon."""
    head = record_label(text, figures)
    if head is None:
        return _labels(text)
    return tuple(sorted(({at: label for at, label in _labels(text)} | {head[0]: head[1]}).items()))


# who counts: a body that makes its own count of a toll ("local officials counted 38")
_COUNTERS = frozenset(
    """officials official police ministry agency authorities authority government army military
    hospital hospitals doctors medics rescuers coroner monitors observatory council committee
    commission office department service services union organisers organizers spokesman
    spokeswoman spokesperson""".split()
)
# the verbs of a count made and told as one's own
_COUNTED = frozenset("counted tallied recorded registered confirmed listed".split())
_SAID = frozenset("said says reported put estimated".split()) | _COUNTED


@lru_cache(maxsize=4096)
def counted_by(text: str, start: int) -> tuple[str | None, bool]:
    """The body whose count the figure at ``start`` is, read from its clause ("The ministry said
    41", "Local officials counted 38"), and whether the clause tells it as a count of its own
    ("counted", "tallied", "recorded") rather than a thing said."""
    toks = word_tokens(text)
    if not toks:
        return None, False
    i = _at(toks, start)
    lo, _ = _clause(toks, i)
    for k in range(i - 1, lo, -1):
        if toks[k].low in _SAID and toks[k - 1].low in _COUNTERS:
            return toks[k - 1].low, toks[k].low in _COUNTED
    return None, False


class FigureScopes:
    """``apart(a, b)``: whether two figures of one document count two sets by their scopes."""

    def __init__(self, quantities: Sequence[Quantity], sentences):
        self._texts = [s.text for s in sentences]
        # the sentences of each sentence's paragraph
        by_block: dict[object, list[int]] = {}
        for k, s in enumerate(sentences):
            by_block.setdefault(s.block, []).append(k)
        self._blocks = [by_block[s.block] for s in sentences]
        # each sentence's labels, and the record it opens in: the last label of the sentences
        # before it in its paragraph
        starts: dict[int, tuple[int, ...]] = {}
        for q in quantities:
            starts[q.sentence] = (*starts.get(q.sentence, ()), q.start)
        self._labels = [_with_record(s.text, starts.get(i, ())) for i, s in enumerate(sentences)]
        self._records: list[tuple[str, ...] | None] = []
        block, record = None, None
        for s, labels in zip(sentences, self._labels):
            if s.block != block:
                block, record = s.block, None
            self._records.append(record)
            record = labels[-1][1] if labels else record
        self._boxed = len({x for labels in self._labels for _, x in labels}) >= 2  # two records or more
        # where each sentence's first figure starts: "another 12" after a figure of its own
        # sentence ("Six were killed and another 12 injured") is another group of that sentence
        self._first: dict[int, int] = {}
        for q in quantities:
            self._first[q.sentence] = min(q.start, self._first.get(q.sentence, q.start))

    def record(self, q: Quantity) -> tuple[str, ...] | None:
        """The record a figure is in: the last label before it in its sentence, else its paragraph's."""
        before = [label for at, label in self._labels[q.sentence] if at < q.start]
        return before[-1] if before else self._records[q.sentence]

    def records_apart(self, a: Quantity, b: Quantity) -> bool:
        ra, rb = self.record(a), self.record(b)
        if ra and rb:
            return ra != rb
        return self._boxed and (ra or rb) is not None

    def places_apart(self, a: Quantity, b: Quantity) -> bool:
        """Two counts of people or things, each of a place its clause names, and neither place
        named anywhere in the other's sentence; or a place's count against the whole country's,
        except where the place is a part of the country by its kind ("in Vell district") and its
        count the larger: a part may not outnumber its whole ("the toll in Peru rose to 381" ...
        "the 398 killed were mostly in Vell district" is one toll told twice). (Not measures: a
        swim "of 88 miles at Kell Point" is the swim "across the Orsa Strait".)"""
        if a.kind != "count" or b.kind != "count":
            return False
        ta, tb = self._texts[a.sentence], self._texts[b.sentence]
        pa, wa = places(ta, a.start)
        pb, wb = places(tb, b.start)
        known = pa | pb  # "In Corvin" / "The Corvinian death toll": one place
        pa, pb = as_places(pa, known), as_places(pb, known)
        ca, cb = wa or _country(pa), wb or _country(pb)  # "in Peru" counts the whole, as "nationwide"
        if ca and cb:  # two countries' counts, or one country's told twice ("in Peru" ... "nationwide")
            return bool(pa) and bool(pb) and pa.isdisjoint(pb)
        if ca != cb and (local_place(tb, b.start) if ca else local_place(ta, a.start)):
            part, whole = (b, a) if ca else (a, b)
            return part.value <= whole.value
        if pa and pb:
            return pa.isdisjoint(places(tb, None)[0]) and pb.isdisjoint(places(ta, None)[0])
        if bool(pa) != bool(pb) and not (wa or wb):
            return self._local_part(a, b, pa, pb)
        # one place's count against the whole country's
        return bool(pa) and wb and not wa or bool(pb) and wa and not wb

    def _local_part(self, a: Quantity, b: Quantity, pa: frozenset[str], pb: frozenset[str]) -> bool:
        """A count placed in a part of a country by its kind ("In Kessel province, 171 people
        died") below a count of no place ("238 people had died in the floods"), whose
        paragraph does not name that part: the part's share of the whole, not the whole told
        again. (A part above the unplaced count, or one the other's paragraph names too, as in a
        story of that part alone, is still compared.)"""
        part, whole, words = (a, b, pa) if pa else (b, a, pb)
        text = self._texts[part.sentence]
        return (
            part.value < whole.value
            and local_place(text, part.start, named=True)
            and not any(
                words & {w.low for w in word_tokens(self._texts[k])} for k in self._blocks[whole.sentence]
            )
        )

    def apart(self, a: Quantity, b: Quantity) -> bool:
        if a.sentence == b.sentence:
            return False
        return self.records_apart(a, b) or self.places_apart(a, b) or self._second(b) or self._second(a)

    def _second(self, q: Quantity) -> bool:
        """A second set beside one told in an earlier sentence, not beside its own sentence's."""
        return self._first.get(q.sentence, q.start) >= q.start and second_set(
            self._texts[q.sentence], q.start, q.end
        )

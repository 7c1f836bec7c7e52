"""A figure a story restates by a definite noun phrase, for FL401.

"The mill employs 1,200 staff" … "The mill's 1,450 employees were told": the later figure stands
after "the", "all", a possessive ("its", "the mill's") with no word between, so it names a thing
the story has already set up, not a new one. When the story gave a figure of that thing once
before (its counted noun, in any form: a lemma, a ``same_counted`` synonym, a noun of
``data/restated_nouns.yaml``; a length by the noun of what it measures), the two are one
quantity told twice, though the two sentences share no other word.

Kept conservative, each a general sign that the two are different quantities:
- more than one earlier value of that noun (the phrase could point at either), or another
  figure of that noun beside either one in its sentence;
- a word in the later phrase the story has not used before it ("the 14-kilometre Orrin tunnel",
  "the 9 members of the old port board"), or a word of a part or a new lot ("the first 600",
  "the remaining 40", "the new homes", "the 3-km stretch");
- a word right after the noun that picks a part out ("who joined the strike", "affected",
  "beside it");
- what the readings of figures already tell apart: change or comparison, a different scope,
  year, event or unit (``comparable``; "all 37 miners" is the whole group whatever befell it),
  a plan told before met by a sentence of no plan (a plan in the later sentence is what happens
  to the thing the phrase takes as told), or values more than twice apart (a part and its whole;
  not two lengths in units whose numbers show a conversion slipped: "450 metres" / "the 450-foot
  bridge");
- a generic counted noun ("people", "players", "members") or a count under ten ("the three
  schools"), which a story counts in many groups; but a small group told bare both times, the
  noun right after each number with nothing picked out ("hired three surveyors" … "The four
  surveyors will"), is the group told again.

``named_anew`` reads the converse sign for FL401's other ties: a count whose "at"/"of"/"in"
phrase names a place or owner the story had not named ("340 beds at the Sellow clinic").

Apart from the reading of figures: it reads ``Quantity`` records and the words of the sentences.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .figure_compare import comparable
from .figure_types import Quantity
from .languages import article_language
from .numtext import lemma, lemma_rows, lexicon
from .text import Token, word_tokens
from .words import STOPWORDS

_DATA = Path(__file__).resolve().parent / "data" / "restated_nouns.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml  # only when a document is analysed

    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "same": lemma_rows(raw["same_noun"]),
        "leads": frozenset(raw["leads"]),
        "apart": frozenset(raw["apart"]),
        "links": frozenset(raw["links"]),
        "restrictive": frozenset(raw["restrictive"]),
    }


def _forms(noun: str) -> frozenset[str]:
    """A noun and the nouns a story uses for the same thing (``same_counted`` already applied)."""
    counted = lexicon()["same_counted"]
    noun = counted.get(noun, noun)
    return frozenset(counted.get(w, w) for w in _data()["same"].get(noun, frozenset({noun})))


def _noun(q: Quantity) -> str | None:
    """What a count counts, by one noun: its counted noun (or, with none, its attribute: "a crowd
    of 38,000")."""
    noun = q.head or q.attribute if q.kind == "count" else None
    if not noun or noun in lexicon()["generic_nouns"] or noun in STOPWORDS:
        return None
    return lexicon()["same_counted"].get(noun, noun)


def _nouns(q: Quantity) -> frozenset[str]:
    """The nouns a later figure may name its thing by, in all their forms: a count's noun; a
    length's measured nouns ("the 900-metre wall")."""
    if q.kind == "count":
        noun = _noun(q)
        return _forms(noun) if noun else frozenset()
    if q.kind == "measure" and q.unit == "length" and not q.attribute:
        generic = lexicon()["generic_nouns"]
        words = {
            w
            for w in q.measured | ({q.head} if q.head else set())
            if w not in generic and w not in STOPWORDS and w not in q.names
        }
        return frozenset().union(*(_forms(w) for w in words)) if words else frozenset()
    return frozenset()


def _nouns_of(q: Quantity) -> frozenset[str]:
    """The nouns an earlier figure may be named by: a count's noun; a length's measured noun or,
    "40 km long", the words of its clause."""
    if q.kind == "count":
        noun = _noun(q)
        return frozenset({noun}) if noun else frozenset()
    if q.kind == "measure" and q.unit == "length" and q.attribute in (None, "length"):
        counted = lexicon()["same_counted"]
        return frozenset(counted.get(w, w) for w in q.context | q.measured | ({q.head} if q.head else set()))
    return frozenset()


def _before(toks: Sequence[Token], start: int) -> list[Token]:
    return [t for t in toks if t.end <= start]


def _definite(toks: Sequence[Token], q: Quantity) -> list[Token] | None:
    """The tokens of the phrase's lead if the figure stands right after "the", "all", "its" or a
    possessive ("the mill's"), else None."""
    before = _before(toks, q.start)
    if not before:
        return None
    last = before[-1]
    if last.low in _data()["leads"]:
        return before[-1:]
    if last.low in ("'s", "’s", "'", "’") and len(before) >= 2:
        return before[-3:]  # "the mill's": the possessor is read as a word of the phrase
    if last.low.endswith(("'s", "’s")) and last.is_word:
        return before[-2:]
    return None


def _phrase(toks: Sequence[Token], q: Quantity, lead: list[Token]) -> list[Token] | None:
    """The lead, the words after the figure up to its noun, and an "of"/"at"/"in" phrase after it
    (its first two words of content). None when a word right after the noun picks a part out of
    the thing ("the 300 workers who joined the strike", "the 40 homes affected")."""
    parts = _noun_and_link(toks, q)
    return None if parts is None else lead + parts[0] + parts[1]


def _noun_and_link(toks: Sequence[Token], q: Quantity) -> tuple[list[Token], list[Token]] | None:
    """The words after the figure up to its noun, and the first two words of content of an
    "of"/"at"/"in" phrase after it; None when a word right after the noun picks a part out."""
    after = [t for t in toks if t.start >= q.end]
    forms = _nouns(q) or _forms(q.head or "")
    noun_at = next((k for k, t in enumerate(after[:4]) if t.is_word and _forms(lemma(t.low)) & forms), None)
    head = after[: (noun_at + 1 if noun_at is not None else 0)]
    rest = after[len(head) :]
    if rest and (rest[0].low in _data()["restrictive"] or rest[0].low.endswith("ed")):
        return None
    words: list[Token] = []
    if rest and rest[0].low in _data()["links"]:
        for t in rest[1:6]:  # "of the old Kell port board": its first two words of content
            if not (t.is_word or t.low in ("'s", "’s")) or len(words) == 2:
                break
            if t.low not in STOPWORDS:
                words.append(t)
            elif words:
                break
    return head, words


def _new_word(phrase: list[Token], seen: _FirstSeen, q: Quantity) -> bool:
    """A word of the phrase the story has not used before it (a capitalised name by its first
    word), or a word of a part or a new lot."""
    apart = _data()["apart"]
    names = [t for t in phrase if t.cap and t.is_word and t.low not in _data()["leads"]]
    name_seen = bool(names) and seen.before(names[0].low, q.sentence)  # "Pelham Park", not "Ledding Tower"
    for t in phrase:
        low = t.low.removesuffix("'s").removesuffix("’s")
        if t.is_word and (low in apart or lemma(low) in apart):
            return True
        if not t.is_word or t.low in STOPWORDS or t.low in _data()["leads"]:
            continue
        if _forms(lemma(low)) & (_nouns(q) or _forms(q.head or "")) or (t in names and name_seen):
            continue
        if not seen.before(low, q.sentence):
            return True
    return False


def _events_agree(a: Quantity, b: Quantity, lead: list[Token]) -> bool:
    if a.event == b.event or a.event is None and lead[-1].low == "all":
        return True  # "pulled 34 miners from the shaft" / "All 37 miners were taken to hospital"
    # a whole group evacuated or aboard is the group ("forcing the evacuation of 900 pupils")
    return None in (a.event, b.event) and {a.event, b.event} - {None} <= {"evacuation", "aboard"}


def _own_modal(q: Quantity, text: str) -> bool:
    """A plan or a forecast in the figure's own stretch of the sentence (between marks): "Korvane
    said it would close its mill, which employs 1,200 staff" states the staff as a fact."""
    if not q.modal:
        return False
    modal = lexicon()["modal_words"]
    toks = word_tokens(text)
    at = next((k for k, t in enumerate(toks) if t.start >= q.start), len(toks))
    lo = next((k + 1 for k in range(at - 1, -1, -1) if toks[k].low in _MARKS), 0)
    hi = next((k for k in range(at, len(toks)) if toks[k].low in _MARKS), len(toks))
    return any(t.low in modal for t in toks[lo:hi])


_MARKS = frozenset(",;:()—–")


def _comparable(a: Quantity, b: Quantity, texts: Sequence[str]) -> bool:
    """Comparable as two plain figures are, but for plans: the definite phrase takes its thing as
    told ("The tower's 112 apartments will stay empty" still counts them), so only a plan told
    before ("will be 40 km long") met by a sentence of no plan at all keeps them apart."""
    if _own_modal(a, texts[a.sentence]) and not b.modal:
        return False
    return comparable(replace(a, modal=False), replace(b, modal=False))


class _FirstSeen:
    """Where each word (and its lemma) of the story is first used: a word is "seen before"
    sentence ``si`` when its first use is in an earlier sentence (one pass over the story, a
    bounded look-up per word asked)."""

    def __init__(self, texts: Sequence[str]):
        self.first: dict[str, int] = {}
        for si, text in enumerate(texts):
            for t in word_tokens(text):
                if t.is_word:
                    self.first.setdefault(t.low, si)
                    self.first.setdefault(lemma(t.low), si)

    def before(self, word: str, si: int) -> bool:
        return self.first.get(word, si) < si or self.first.get(lemma(word), si) < si


def named_anew(qs: Sequence[Quantity], texts: Sequence[str]) -> frozenset[int]:
    """The counts whose noun is followed by a place or owner the story names there for the
    first time ("340 beds at the new Marrow clinic", "the 9 members of the Orrin board"): a
    count of another thing than any counted before."""
    if not qs or article_language(" ".join(texts)) != "en":
        return frozenset()  # (a language that capitalises its nouns has names everywhere)
    seen = _FirstSeen(texts)
    found = set()
    for k, q in enumerate(qs):
        # (a toll's places have readings of their own: ``fl401_tolls``)
        if q.kind != "count" or not q.head or q.event or q.sentence == 0:
            continue
        parts = _noun_and_link(word_tokens(texts[q.sentence]), q)
        names = [t for t in (parts[1] if parts and parts[0] else ()) if t.cap and t.is_word]
        if names and not seen.before(names[0].low, q.sentence):
            found.add(k)
    return frozenset(found)


def _conversion_slip(a: Quantity, b: Quantity) -> bool:
    """Two lengths in different units whose numbers show a conversion slipped: the number carried
    over unconverted ("450 metres" / "the 450-foot bridge") or converted the wrong way ("40 miles"
    / "the 25 km route", 40 divided by 1.6 where it is multiplied). Not a part and its whole,
    however far apart the two lengths are."""
    if not (a.value and b.value) or a.kind != "measure":
        return False
    fa, fb = a.base_value / a.value, b.base_value / b.value
    if abs(fa - fb) <= 1e-9 * max(fa, fb):
        return False  # one unit
    return any(abs(b.value - x) <= 0.05 * x for x in (a.value, a.value * fb / fa))


def _bare(toks: Sequence[Token], q: Quantity) -> bool:
    """The figure's noun right after it, nothing picked out: "three middlemen", "the four
    middlemen"."""
    parts = _noun_and_link(toks, q)
    return parts is not None and len(parts[0]) == 1 and not parts[1]


def _bare_small_pair(a: Quantity, b: Quantity, texts: Sequence[str]) -> bool:
    """A small group told bare twice, the later time as the group already told ("three
    middlemen spoke" … "The four middlemen include"; "the", "all", "these", "those", not a
    possessive, which may name another holder): no word between number and noun on
    either side, no part or set word in either clause, each the only figure of its noun in
    its sentence (the caller's checks)."""
    apart = _data()["apart"] | {"of-part", "of-a-set", "each", "per", "total", "average"}
    if min(a.value, b.value) < 2 or (a.scope | b.scope) & apart:
        return False
    ta, tb = word_tokens(texts[a.sentence]), word_tokens(texts[b.sentence])
    lead = _definite(tb, b)
    if not lead or lead[-1].low not in ("the", "all", "these", "those"):
        return False  # "its nine storeys": a possessive may name another holder of the noun
    if not (_bare(ta, a) and _bare(tb, b)) or _listed(ta, a) or _listed(tb, b):
        return False
    # another small number before the noun anywhere up to the later one ("five oil-producing
    # states" the reader took for no count of states): the phrase could point at that group
    forms = _nouns(b)
    for text in texts[: b.sentence + 1]:
        toks = word_tokens(text)
        for k, t in enumerate(toks):
            if t.is_word and _forms(lemma(t.low)) & forms:
                near = {w.low for w in toks[max(0, k - 3) : k]} & _SMALL.keys()
                if any(_SMALL[w] not in (a.value, b.value) for w in near):
                    return False
    return True


_SMALL = {w: float(n) for n, w in enumerate("zero one two three four five six seven eight nine".split())} | {
    str(n): float(n) for n in range(10)
}


def _listed(toks: Sequence[Token], q: Quantity) -> bool:
    """The group is one item of a list ("her two boys and the new baby")."""
    after = [t for t in toks if t.start >= q.end]
    return len(after) > 1 and after[1].low in ("and", "or", "plus")


def definite_restatements(qs: Sequence[Quantity], texts: Sequence[str]) -> dict[int, int]:
    """Later figure -> the earlier figure it restates by a definite phrase (see the module's
    doc). Pure: the figures and the texts of the sentences."""
    found: dict[int, int] = {}
    per_sentence: dict[tuple[int, str], int] = {}
    by_noun: dict[str, list[int]] = {}  # the figures an earlier one may be named by each noun
    for k, q in enumerate(qs):
        noun = _noun(q)
        if noun:
            per_sentence[(q.sentence, noun)] = per_sentence.get((q.sentence, noun), 0) + 1
        for w in _nouns_of(q):
            by_noun.setdefault(w, []).append(k)
    seen: _FirstSeen | None = None  # (read only for a story with a definite figure)
    for bi, b in enumerate(qs):
        forms = _nouns(b)
        if not forms or b.changes or per_sentence.get((b.sentence, _noun(b) or ""), 0) > 1:
            continue
        toks = word_tokens(texts[b.sentence])
        lead = _definite(toks, b)
        if lead is None:
            continue
        earlier = [
            i
            for i in sorted({i for w in forms for i in by_noun.get(w, ())})
            if qs[i].sentence < b.sentence
            and qs[i].kind == b.kind
            and qs[i].unit == b.unit
            and per_sentence.get((qs[i].sentence, _noun(qs[i]) or ""), 0) <= 1
        ]
        if not earlier or len({qs[i].base_value for i in earlier}) > 1:
            continue
        a = qs[earlier[0]]
        slip = _conversion_slip(a, b)
        if (
            a.value == b.value
            and not slip
            or a.changes
            or not _events_agree(a, b, lead)
            or not _comparable(a, b, texts)
            or max(a.base_value, b.base_value) > 2 * min(a.base_value, b.base_value)
            and not slip
            # "the three schools", "the two best drivers": small groups a story picks out anew
            or (b.kind == "count" and min(a.value, b.value) < 10 and not _bare_small_pair(a, b, texts))
        ):
            continue
        phrase = _phrase(toks, b, lead)
        seen = seen or _FirstSeen(texts)
        if phrase is None or _new_word(phrase, seen, b):
            continue
        found[bi] = earlier[0]
    return found

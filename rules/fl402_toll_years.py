"""FL402: a past disaster told twice by its death toll, dated to two years: "The worst flood was
in March 1896, when 65 died" / "memories of the 1898 disaster that killed 65". A toll of the dead
names its event as well as a date does: the same toll told with another year a few years off
is one event dated twice (a digit slipped), not two events that each killed that many.

Read only for tolls of at least ten dead, each dated by one year in its own clause, told in two
sentences, the years at most ten apart; silent when a third toll of that value is told, when one
sentence tells both years (a list of events), when the two tolls are of places told apart, when
the two sentences name different kinds of event ("the flood" / "a ferry sinking"; a "disaster"
or "tragedy" may be either), or when the later event is brought in anew ("a ferry sinking in
1898", "another flood").
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.text import figure_tokens
from factlint.linter.finding import Related

_LEAST = 10  # dead a toll must count to name its event (two or three dead is many events' toll)
_APART = 10  # years apart a slipped year usually is at most
# the kinds of event a toll is of, by their nouns; the generic nouns may name any of them
_KINDS = {
    word: kind
    for kind, words in {
        "flood": "flood floods flooding floodwaters deluge",
        "quake": "earthquake quake tremor",
        "fire": "fire blaze wildfire bushfire inferno",
        "crash": "crash collision pileup",
        "blast": "explosion blast",
        "collapse": "collapse",
        "storm": "storm hurricane cyclone typhoon tornado",
        "sinking": "sinking shipwreck capsizing",
        "landslide": "landslide mudslide",
        "avalanche": "avalanche",
        "stampede": "stampede crush",
        "attack": "attack bombing massacre shooting",
        "derailment": "derailment",
        "eruption": "eruption",
        "tsunami": "tsunami",
        "famine": "famine",
        "epidemic": "epidemic outbreak",
        "heatwave": "heatwave",
        "": "disaster tragedy accident catastrophe calamity",
    }.items()
    for word in words.split()
}
# what a noun before the event's noun names ("ferry sinking", "mine collapse")
_WHAT = frozenset(
    "ferry mine bridge dam factory building train rail bus plane air boat ship stadium gas".split()
)
_ANEW = frozenset({"a", "an", "another"})


def toll_year_findings(rule, doc, facts, seen: set) -> Iterator:
    """Findings on the later year of each toll read as above."""
    tolls = [q for q in facts.quantities if _dated_toll(q)]
    if len(tolls) < 2:
        return  # (nearly every story)
    texts = [s.text for s in doc.sentences]
    for n, b in enumerate(tolls):
        same = [a for a in tolls if a is not b and a.value == b.value]
        if len(same) != 1 or same[0] not in tolls[:n]:
            continue
        a = same[0]
        (ya,), (yb,) = a.years, b.years
        if a.sentence == b.sentence or ya == yb or abs(ya - yb) > _APART or (a.sentence, b.sentence) in seen:
            continue
        if (
            {ya, yb} <= a.sentence_years
            or {ya, yb} <= b.sentence_years
            or a.names
            and b.names
            and a.names != b.names
        ):
            continue
        at_b, at_a = _year_at(texts[b.sentence], yb), _year_at(texts[a.sentence], ya)
        if at_b is None or at_a is None:
            continue
        toks_a, toks_b = figure_tokens(texts[a.sentence]), figure_tokens(texts[b.sentence])
        kinds_a, kinds_b = _kinds(toks_a), _kinds(toks_b)
        if kinds_a and kinds_b and not kinds_a & kinds_b:
            continue  # a flood and a ferry sinking: two events
        noun_a, noun_b = _event_noun(toks_a, at_a[0]), _event_noun(toks_b, at_b[0])
        if noun_b and noun_b[0] in _ANEW:
            continue  # "a ferry sinking in 1898": an event brought in anew
        seen.add((a.sentence, b.sentence))
        what_b = " ".join(noun_b[1:]) if noun_b else "event"
        what_a = " ".join(noun_a[1:]) if noun_a else "event"
        yield rule.finding(
            figure_span(doc, b.sentence, *at_b),
            f'"{yb}" dates the {what_b} that killed {b.text}, the {what_a} dated "{ya}" earlier by '
            "the same toll: if they are two events, say so",
            related=[Related(figure_span(doc, a.sentence, *at_a), message=f'earlier year: "{ya}"')],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )


def _dated_toll(q: Quantity) -> bool:
    return (
        q.kind == "count" and q.event == "death" and q.value >= _LEAST and len(q.years) == 1 and not q.modal
    )


def _year_at(text: str, year: int) -> tuple[int, int] | None:
    return next(((t.start, t.end) for t in figure_tokens(text) if t.text == str(year)), None)


def _kinds(toks) -> set[str]:
    """The specific kinds of event a sentence names ("flood", "sinking"); generic nouns name none."""
    return {_KINDS[t.low] for t in toks if _KINDS.get(t.low)}


def _event_noun(toks, at: int) -> tuple[str, ...] | None:
    """(the word before, then the noun) of the event noun nearest the year at offset ``at``
    ("a", "ferry", "sinking"; "the", "disaster"); None when the sentence names no event."""
    nouns = [k for k, t in enumerate(toks) if t.low in _KINDS]
    if not nouns:
        return None
    k = min(nouns, key=lambda n: abs(toks[n].start - at))
    words = [toks[k].low]
    if k > 0 and toks[k - 1].low in _WHAT:
        words.insert(0, toks[k - 1].low)
        k -= 1
    # the determiner: the word before, or before a year that dates the noun ("the 1898 disaster")
    lead = next((toks[j].low for j in range(k - 1, max(-1, k - 3), -1) if toks[j].is_word), "")
    return (lead, *words)

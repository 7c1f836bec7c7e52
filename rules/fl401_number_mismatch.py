"""FL401 number-mismatch."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

from factlint.analysis.moments import entries
from factlint.analysis.age_ranges import age_ranges
from factlint.analysis.count_facts import (
    CountFact,
    count_fact,
    describe,
    holders_apart,
    list_wholes,
    nations_of,
    same_fact,
)
from factlint.analysis.measures import percent_slot, same_slot
from factlint.analysis.subject_measures import measure_findings
from factlint.analysis.votes import seats_of_other_parties
from factlint.analysis.figure_ages import ROLE_KEY
from factlint.analysis.figure_compare import (
    NO_DAY,
    converts,
    counts_people,
    role_and_people,
    same_thing,
    values_conflict,
)
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span, numbers
from factlint.analysis.speech import analyse_sentence
from factlint.rules.fl401_apart import figures_told_apart
from factlint.analysis.tolls import count_places
from factlint.analysis.text import CAPITAL_WORD, LOOSE_WORD
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import CappedOptions, Context, Rule, option


def _fmt(q: Quantity) -> str:
    return f'"{q.text.rstrip(",;:")}"'  # "Mwangi, 22, ...": the age, not its comma


def _what(q: Quantity) -> str:
    if q.movement:
        return "the fall" if q.movement == "down" else "the rise"
    if q.kind == "age":
        if q.person and q.person.startswith(ROLE_KEY):
            return f"the age of the {q.person.removeprefix(ROLE_KEY)}"
        return f"the age of {q.person.title()}" if q.person else "an age"
    generic = {"person", "people", None}
    events = {
        "death": "the death toll",
        "injury": "the number injured",
        "arrest": "the number arrested",
        "rescue": "the number rescued",
        "evacuation": "the number evacuated",
        "missing": "the number missing",
        "trapped": "the number trapped",
        "deal": "the price",
        "hospital": "the number taken to hospital",
        "critical": "the number critically hurt",
        "serious": "the number seriously hurt",
        "stable": "the number in stable condition",
        "minor": "the number with minor injuries",
    }
    if q.attribute == "population":
        return "the population"
    if q.kind == "count" and q.event in events and (q.head in generic or q.event == "death"):
        return events[q.event]  # "10 concertgoers" killed: the death toll
    if q.kind == "count" and q.head in {"person", "people"} and not q.event:
        return "the number of people"
    for thing in (
        q.attribute if q.kind in {"measure", "ratio", "percent", "money"} else None,
        q.head,
        q.attribute,
        q.event,
    ):
        if thing:
            return events.get(thing, f"the {thing.replace('&', ' and ')}")
    return "the same figure"


class NumberMismatch(Rule):
    """The same quantity about the same thing is given as two different numbers.

    What it flags:
        Two figures in different sentences that count or measure the same thing — the same unit, the same
        counted noun, measured attribute or event ("12 killed" … "15 people died"), the same person's age
        — but disagree beyond rounding: "12" against "15", "a dozen" against "14", "about 30" against
        "about 60". A toll is one thing under many words ("the deaths of 10 fans", "eight people dead",
        "the toll has risen to 16", "At least 11 people, most of them children, drowned"); so are the
        count aboard a vessel, the number taken to hospital, a town's population, a quake's magnitude and
        a share's move at one moment ("plunged 27 per cent" / "slumped 25%"). Also a figure restated in
        another unit that does not convert ("10 km (3 miles)"), one person's age by any form of the name
        ("Anna Berg (41)" / "Ms Berg, 42"), two ranges of ages of one group ("aged 11 to 16" / "aged 11
        to 17"), a victim's age outside the ages of the dead, and more bodies found than the dead. A
        count is a fact (a thing, what is said of it, what holds it: "holds 120 flats" / "contained 127
        flats"); a list making a whole ("nine men and two women") meets that whole ("12 died"). Names that
        only say where a toll's event happened or who reported it (a venue, a town in a "when" clause) do
        not make it another toll; a place named right after the count does ("13 in New York City"). A
        count graded by harm ("17 in critical condition", "minor injuries") is compared only with one of
        the same grade. One role's or sex's share of a toll given twice ("including 15 children" / "The
        dead included 10 children", "of whom 31 were women"), one role in two lists of those aboard
        ("56 passengers and six crew" / "12 crew and 50 passengers") are compared too, and so is a
        measure of one named subject given twice: a deal's price, a fine, a turnout, a vote share,
        seats, a share's move, units sold, an EPS estimate, a score, an economic rate (rounding and
        bounds allowed for; plans, earlier and partial counts, fact boxes kept apart), and one unnamed
        person's age by a role ("a 23-year-old bank employee"). The finding is on the later figure.

        It stays silent when the figures may be about different things or moments: different years or
        named subjects, changes and comparisons ("rose to", "than", "another"), scopes ("each", "last
        season", "in total"), plans against facts, a range and a figure in it, scores of different
        matches, phone numbers, ordinals, labels ("Flight 370"), years, and different currencies. Also
        when the subjects plainly differ: list items with their own labels ("Player A: 15 aces"), items
        of a round-up (each company's share move, each defendant's fine), one place's share of a total
        over several ("India reported 360 killed"), another dated event brought in for comparison ("A
        2011 earthquake ... left 20,000 dead", "since the 2009 collapse, which killed 212"), slices of a
        set the story sets out, one nationality of a role ("41 Chilean passengers"), and parts of a
        toll ("nine died at the scene and two in hospital", "31 of the injured", those admitted to
        hospital against all the injured). "At least 18 killed" is read as the toll known so far, so it
        disagrees with "at least 25 killed" or "30 killed"; a figure an earlier report gave ("officials
        had earlier put the toll at six") or the sentence says was corrected is not a restatement, nor
        is an earlier disaster recalled ("since 2009, when 300 died", "In April, seven were killed").

        When two named sources give the figures ("the governor said 23 ... the Red Crescent said 31"),
        the message names them: say whose is right, or that reports differ. Once the article sets them
        against each other ("but the Red Crescent said 31") the finding is ``info``; so is a toll the
        article says rose ("the toll has risen to 15") past an earlier one.

    Why it matters:
        Totals, tolls and ages are what readers quote and corrections are made for; NLI models read
        "12" and "15" as near-synonyms, so these are checked explicitly.

    Bad:
        Twelve people were killed when the bridge collapsed on Tuesday.

        Rescuers said 15 people died in the collapse.

    Good:
        Twelve people were killed when the bridge collapsed on Tuesday.

        By Wednesday the toll had risen to 15.

        A figure is reported once, against the earliest figure it disagrees with (up to three others
        are related locations); a later figure repeating an already reported value is not reported.
    """

    id = "FL401"
    name = "number-mismatch"
    severity = Severity.WARNING

    class Options(CappedOptions):
        min_gap: float = option(
            0.0, "ignore disagreements smaller than this share of the larger figure (0.1: ten per cent)", ge=0
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return self._check(doc, ctx)

    def _check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield from self._figures(doc, ctx)
        yield from self._age_ranges(doc)
        yield from self._ages_of_the_dead(doc, ctx)

    def _ages_of_the_dead(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        """A named victim's age outside the range the story gives for the dead ("The victims
        ranged in age from 19 to 34" / "Among the dead was Maria Lopez, 41")."""
        ranges = [(s.index, r) for s in doc.sentences for r in age_ranges(s.text) if r.group in _DEAD_GROUPS]
        if not ranges:
            return
        for q in ctx.analysis(numbers).quantities:
            if q.kind != "age" or not q.person or q.event != "death" or q.modal or q.changes:
                continue
            for si, r in ranges:
                if si == q.sentence or r.low <= q.value <= r.high:
                    continue
                later, earlier = (q.sentence, si) if q.sentence > si else (si, q.sentence)
                span = (
                    figure_span(doc, q.sentence, q.start, q.end)
                    if later == q.sentence
                    else figure_span(doc, si, r.start, r.end)
                )
                other = (
                    figure_span(doc, si, r.start, r.end)
                    if later == q.sentence
                    else figure_span(doc, q.sentence, q.start, q.end)
                )
                yield self.finding(
                    span,
                    f'the age {_fmt(q)} of one of the dead is outside the ages "{r.text}" given for them',
                    related=[Related(other, message="the other figure")],
                    key_texts=[doc.sentences[later].text, doc.sentences[earlier].text],
                )
                break

    def _age_ranges(self, doc: Document) -> Iterator[Finding]:
        """Two ranges of ages for one group ("twelve boys aged 11 to 17" / "12 boys, aged between
        11 and 16"): the later one is reported against the first."""
        first: dict[object, tuple[int, object]] = {}
        for s in doc.sentences:
            for r in age_ranges(s.text):
                # one group by its size ("nine boys" / "the nine young singers"), unless the
                # two nouns are the two sexes ("12 boys" / "12 girls")
                sized = first.get(("count", r.count)) if r.count else None
                if sized and sized[1].group != r.group and {sized[1].group, r.group} <= _SEXES:
                    sized = None
                same = first.get(r.group)
                if r.count:
                    first.setdefault(("count", r.count), (s.index, r))
                first.setdefault(r.group, (s.index, r))
                if not (same or sized):
                    continue
                si, earlier = same or sized
                if si == s.index or (earlier.low, earlier.high) == (r.low, r.high):
                    continue
                yield self.finding(
                    figure_span(doc, s.index, r.start, r.end),
                    f'ages "{r.text}" disagree with "{earlier.text}" given earlier for the '
                    f"{_group_words(r.group)}",
                    related=[
                        Related(
                            figure_span(doc, si, earlier.start, earlier.end),
                            message=f'earlier ages: "{earlier.text}"',
                        )
                    ],
                    key_texts=[s.text, doc.sentences[si].text],
                )

    def _figures(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        facts = ctx.analysis(numbers)
        sentences = doc.sentences
        qs = facts.quantities
        # who says a sentence is read only for the figures a conflict is checked for (a live blog
        # has thousands of sentences), and from the sentence alone
        speaker = lru_cache(maxsize=None)(lambda si: _speaker(sentences[si].text))

        @lru_cache(maxsize=None)
        def unsourced(i: int) -> Quantity:
            q = qs[i]
            if q.names and _TITLE_CASE.match(sentences[q.sentence].text):
                return replace(q, names=frozenset())  # a title-case headline capitalises every word
            return _without_source(q, speaker(q.sentence), sentences[q.sentence].text)

        @lru_cache(maxsize=None)
        def placed(i: int) -> Quantity:
            q = qs[i]  # a toll's names reduced to the place of the count ("five in Pennsylvania")
            return replace(q, names=count_places(sentences[q.sentence].text, q.start, q.end))

        split = _split_tolls(qs, sentences)
        lone = _lone_counts(qs)
        restated = _restated_figures(qs)
        manifests = _manifests(qs)
        roles = _role_lists(qs)

        @lru_cache(maxsize=None)
        def fact(i: int):
            return count_fact(qs[i], sentences[qs[i].sentence].text)

        def parallel(i: int, bi: int) -> bool:
            # one role's part of a toll, given in two sentences that break the toll down alike
            a, b = qs[i], qs[bi]
            return _same_role_part(a, b, roles, sentences) and same_thing(a, b, anchored=True)

        entry = _dated_entries(sentences, facts)
        item = lru_cache(maxsize=None)(lambda si: _roundup_item(sentences, si))
        # (read the first time a conflict gets that far: most figures never do)
        added = lru_cache(maxsize=None)(lambda: _added_later(sentences))
        # the last toll the article says it updated ("the toll has risen to 15", "Subsequent
        # reports said the toll stood at 132"), per event: a figure before it is an earlier count
        updates = {q.event: (k, q.base_value) for k, q in enumerate(qs) if q.event and "updated" in q.scope}
        sliced = lru_cache(maxsize=None)(lambda: _sliced_sets(tuple(s.text for s in sentences)))
        told_apart = figures_told_apart(qs, sentences)
        # Earlier figures by what they could be the same thing as: a figure is compared only with
        # those sharing its person, counted noun, attribute or event (what same_thing needs), and
        # with at most the latest _CANDIDATES of each, so a live blog of thousands of figures
        # costs a bounded amount per figure.
        index: dict[tuple, list[int]] = defaultdict(list)
        reported: set[tuple[int, float]] = set()  # (earlier figure, later value) already said
        seen: set[tuple[int, int]] = set()  # sentence pairs already reported
        for bi, b in enumerate(qs):
            # a restatement in another unit sits right after its figure in the same sentence
            for a in qs[max(0, bi - 3) : bi]:
                if (
                    a.sentence == b.sentence
                    and a.kind == b.kind == "measure"
                    and a.unit == b.unit
                    and _restated(a, b, sentences)
                    and not converts(a, b)
                ):
                    yield self._on_later(
                        doc,
                        b,
                        a,
                        f"{_fmt(b)} does not convert to {_fmt(a)}: the restatement in another "
                        f"unit gives a different {a.unit}",
                        f"the first figure, {_fmt(a)}",
                        [sentences[b.sentence].text, a.text, b.text],
                    )
            # a count's fact: by its predicate alone (people may be counted by a role or as people)
            keys = _keys(b) + ([("fact", fact(bi).predicate)] if fact(bi) else [])
            candidates = sorted({i for k in keys for i in index.get(k, ())[-_CANDIDATES:]})
            for k in keys:
                index[k].append(bi)
            # read lazily: a figure whose first conflict is already reported needs no more
            pending = (
                i
                for i in candidates
                if qs[i].sentence != b.sentence
                and (qs[i].sentence, b.sentence) not in seen
                and (
                    same_thing(qs[i], b)
                    or _names_apart(qs[i], b)
                    and not _placed_apart(placed(i), placed(bi))
                    and same_thing(unsourced(i), unsourced(bi))
                    or _names_apart(qs[i], b)
                    and _one_toll(qs[i], b, placed(i), placed(bi))
                    and same_thing(placed(i), placed(bi))
                    or bool(restated[qs[i].sentence] & restated[b.sentence])
                    and same_thing(qs[i], b, anchored=True)
                    or _same_manifest(qs[i], b, manifests)
                    and same_thing(qs[i], b, anchored=True)
                    or parallel(i, bi)
                    or same_fact(qs[i], fact(i), b, fact(bi))
                )
                and values_conflict(qs[i], b)
                and not self._small(qs[i], b)
                and not _other_subject(sentences[qs[i].sentence].text, sentences[b.sentence].text)
                and not _placed_part(qs[i], b, placed(i), placed(bi), sentences)
                and not (b.kind == "count" and not b.event and b.head in sliced())
                # parts of a toll ("nine died at the scene and two in hospital"); a count of no
                # event "along with" others is still the whole of its own thing
                and (
                    not ({i, bi} & split)
                    or parallel(i, bi)
                    or not (qs[i].event or b.event)
                    or _one_role_part(qs[i], b)
                    or _one_place_alone(qs[i], b, sentences)
                )
                and not (b.movement and _moves_apart(qs[i], b, sentences))
                and not (role_and_people(qs[i], b) and _role_part(qs, i, bi, lone))
                and not (b.event == "rescue" and _rescuers_named(sentences, qs[i].sentence, b.sentence))
                and not _between(added().get(b.event or "", ()), qs[i].sentence, b.sentence)
                and not (b.head == "seat" and _other_party(qs[i], b, sentences))
                and _of_epicentre(qs[i], sentences) == _of_epicentre(b, sentences)
                and entry[qs[i].sentence] == entry[b.sentence]
                and not holders_apart(fact(i), fact(bi))
                and nations_of(qs[i]) == nations_of(b)  # "41 Chilean passengers" / "50 passengers"
                and not _hospital_part(qs[i], fact(i), b, fact(bi))
                and not told_apart(i, bi)
                and not _items_apart(qs[i], b, item)
                and not _bound_met_to_date(qs[i], b, sentences)
            )
            ai = next(pending, None)
            if ai is None:
                continue
            if _echoes_earlier(qs, bi, ai, seen):
                continue
            a = qs[ai]
            if (ai, round(b.base_value, 9)) in reported:
                continue  # "15" again after "12" … "15": the disagreement is already reported
            conflicts = [ai, *pending]
            reported.add((conflicts[0], round(b.base_value, 9)))
            seen.add((a.sentence, b.sentence))
            others = [qs[i] for i in conflicts[1:4]]
            more = (
                f" (and {len(conflicts) - 1} other earlier figure{'s' if len(conflicts) > 2 else ''})"
                if len(conflicts) > 1
                else ""
            )
            first, second = speaker(a.sentence), speaker(b.sentence)
            sources = first != second and (
                None not in (first, second)
                or bool(
                    _media_source(sentences[a.sentence].text) or _media_source(sentences[b.sentence].text)
                )
            )
            said = (
                _sources_differ(
                    _as_written(first, sentences[a.sentence].text),
                    _as_written(second, sentences[b.sentence].text),
                )
                if sources
                else ""
            )
            # "the toll has risen to 15" and "12 killed": the article says the toll changed, and
            # the smaller figure may be an earlier count (or a part: "31 died in the first village")
            # two tolls each said to have risen are two claims of the latest figure when the later
            # is the smaller ("rose to 150" / "has risen to 120"); a later rise to a larger figure
            # ("climbed to 40" / "has risen to 52") is the update the article tells
            both_latest = (
                "updated" in a.scope
                and "updated" in b.scope
                and not _different_days(a, b)
                and b.base_value <= a.base_value
            )
            risen = not both_latest and (
                "updated" in b.scope
                and b.base_value > a.base_value
                or ("updated" in a.scope and a.base_value > b.base_value)
                or _superseded_later(b, updates, qs)
            )
            if risen:
                said = " (the article says it rose: say when each figure was given)"
            elif (
                not said
                and a.kind != "age"  # a person's age is the same on Thursday and on Friday
                and _different_days(a, b)
                and not (a.attribute or "").startswith("distance from ")
            ):
                said = " (given for different days: if the figure changed, say so and give the latest)"
            # a restatement read by its fact ("holds 120 flats" / "contained 127 flats") is named by it
            fa, fb = fact(conflicts[0]), fact(bi)
            by_fact = fa and fb and (fa.noun, fa.predicate) == (fb.noun, fb.predicate)
            subject = (
                describe(fa)
                if by_fact and not (fa.noun == "person" and a.event in _NAMED_TOLLS)
                else describe(CountFact(a.head, "death", frozenset()))
                if _one_role_part(a, b)
                and a.event == "death"
                and "&" not in a.head  # "the number of hikers killed"
                else _what(a)
            )
            yield self.finding(
                figure_span(doc, b.sentence, b.start, b.end),
                f"{_fmt(b)} disagrees with {_fmt(a)} given earlier for {subject}{more}{said}",
                severity=Severity.INFO
                if (sources and _acknowledged(sentences, a.sentence, b.sentence)) or risen
                else None,
                related=[
                    Related(
                        figure_span(doc, x.sentence, x.start, x.end), message=f"earlier figure: {_fmt(x)}"
                    )
                    for x in [a] + others
                ],
                key_texts=[sentences[b.sentence].text, sentences[a.sentence].text],
            )

        facts = [fact(k) if q.kind == "count" else None for k, q in enumerate(qs)]
        yield from self._list_wholes(doc, qs, facts, seen)
        yield from self._bodies_beyond_toll(doc, qs, split, entry, seen)
        yield from self._parts_short_of_toll(doc, qs, split, entry, seen)
        yield from measure_findings(self, doc, seen)

    def _list_wholes(self, doc: Document, qs: list[Quantity], facts: list, seen: set) -> Iterator[Finding]:
        """A list that adds up to a whole ("nine men and two women" are 11 people) against that
        whole given elsewhere ("12 people died"): the later one is reported."""
        sentences = doc.sentences
        for group in list_wholes(qs, facts):
            items = [qs[k] for k in group]
            first, last = items[0], items[-1]
            total = sum(q.base_value for q in items)
            text = sentences[first.sentence].text
            noun = _NEXT_WORD.match(text, last.end)  # "nine men and two women": up to the last noun
            end = noun.end() if noun and last.head else last.end
            whole = replace(
                first,
                value=total,
                base_value=total,
                end=end,
                text=text[first.start : end],
                head="person",
                approx=any(q.approx for q in items),
                bound="",
                precision=1.0,
                modifiers=frozenset(),
            )
            holders = frozenset().union(*(facts[k].holders for k in group))
            whole_fact = CountFact("person", facts[group[0]].predicate, holders)
            for q, f in zip(qs, facts):
                pair = tuple(sorted((q.sentence, first.sentence)))
                if f is None or f.in_list or q.sentence == first.sentence or pair in seen:
                    continue
                if not (same_fact(whole, whole_fact, q, f) and values_conflict(whole, q)):
                    continue
                seen.add(pair)
                earlier, later = (whole, q) if whole.sentence < q.sentence else (q, whole)
                sums = {id(whole): f" ({total:g} in all)"}
                yield self._on_later(
                    doc,
                    later,
                    earlier,
                    f"{_fmt(later)}{sums.get(id(later), '')} disagrees with {_fmt(earlier)}"
                    f"{sums.get(id(earlier), '')} given earlier for {describe(whole_fact)}",
                    f"earlier figure: {_fmt(earlier)}",
                    [sentences[later.sentence].text, sentences[earlier.sentence].text],
                )
                break

    def _bodies_beyond_toll(
        self, doc: Document, qs: list[Quantity], split: set, entry, seen: set
    ) -> Iterator[Finding]:
        """More bodies recovered than the dead the story counts ("Rescuers have recovered 135
        bodies" / "120 people were killed"): bodies are the toll found so far, so fewer are no
        conflict, but more are. Only an exact toll of people as such, never a part of it."""
        sentences = doc.sentences
        bodies = [q for q in qs if _plain_bodies(q)]
        if not bodies:
            return
        tolls = _exact_tolls(qs, split, bounds=("",))
        for b in bodies:
            for t in tolls:
                pair = (min(b.sentence, t.sentence), max(b.sentence, t.sentence))
                if (
                    b.sentence == t.sentence
                    or pair in seen
                    or not t.base_value < b.base_value <= 3 * t.base_value
                    or entry[b.sentence] != entry[t.sentence]
                    or _other_subject(sentences[b.sentence].text, sentences[t.sentence].text)
                    or (b.sentence_years and t.sentence_years and not b.sentence_years & t.sentence_years)
                ):
                    continue
                seen.add(pair)
                later, earlier = (b, t) if b.sentence > t.sentence else (t, b)
                yield self._on_later(
                    doc,
                    later,
                    earlier,
                    f"{_fmt(b)} bodies recovered is more than the death toll {_fmt(t)}: the toll counts "
                    "at least every body found",
                    f"earlier figure: {_fmt(earlier)}",
                    [sentences[later.sentence].text, sentences[earlier.sentence].text],
                )
                break

    def _parts_short_of_toll(
        self, doc: Document, qs: list[Quantity], split: set, entry, seen: set
    ) -> Iterator[Finding]:
        """A toll larger than the dead a sentence splits between the scene and the hospital ("64
        died at the site and two more at the hospital" / "at least 71 were killed"): those two
        places hold every death, so the parts must add up to the toll. Not when a toll is said to
        have risen."""
        sentences = doc.sentences
        parts: dict[int, list[Quantity]] = defaultdict(list)
        for k in sorted(split):
            q = qs[k]
            if q.kind == "count" and q.event in ("death", None) and "of-part" not in q.scope:
                parts[q.sentence].append(q)
        groups = {
            si: group
            for si, group in parts.items()
            if len(group) >= 2
            and not any(q.bound or q.approx or q.upper or q.modal for q in group)
            and _scene_and_hospital(sentences[si].text)
        }
        if not groups or any(q.event == "death" and "updated" in q.scope for q in qs):
            return
        tolls = _exact_tolls(qs, split, bounds=("", "lower"))
        for si, group in groups.items():
            total = sum(q.base_value for q in group)
            for t in tolls:
                pair = (min(si, t.sentence), max(si, t.sentence))
                if (
                    t.sentence == si
                    or pair in seen
                    or not total < t.base_value <= 3 * total
                    or entry[si] != entry[t.sentence]
                    or _other_subject(sentences[si].text, sentences[t.sentence].text)
                    or (
                        t.sentence_years
                        and group[0].sentence_years
                        and not t.sentence_years & group[0].sentence_years
                    )
                ):
                    continue
                seen.add(pair)
                first = group[0]
                later, earlier = (t, first) if t.sentence > si else (first, t)
                named = " and ".join(_fmt(q) for q in group)
                yield self._on_later(
                    doc,
                    later,
                    earlier,
                    f"the dead at the scene and in hospital ({named}) add up to {total:g}, not the toll "
                    f"{_fmt(t)}: say which is right, or where the others died",
                    f"earlier figure: {_fmt(earlier)}",
                    [sentences[later.sentence].text, sentences[earlier.sentence].text],
                )
                break

    def _on_later(
        self,
        doc: Document,
        later: Quantity,
        earlier: Quantity,
        message: str,
        label: str,
        key_texts: list[str],
    ) -> Finding:
        """A finding on the later figure, with the earlier one as related."""
        return self.finding(
            figure_span(doc, later.sentence, later.start, later.end),
            message,
            related=[Related(figure_span(doc, earlier.sentence, earlier.start, earlier.end), message=label)],
            key_texts=key_texts,
        )

    def _small(self, a: Quantity, b: Quantity) -> bool:
        gap = self.options.min_gap
        big = max(abs(a.base_value), abs(b.base_value)) or 1.0
        return abs(a.base_value - b.base_value) / big < gap


_DEAD_GROUPS = frozenset({"victim", "death"})
_NEXT_WORD = re.compile(r"\s+[A-Za-z][\w'’-]*")
# tolls ``_what`` names ("the death toll", "the number injured")
_NAMED_TOLLS = frozenset(
    "death injury arrest rescue evacuation missing hospital critical serious stable minor".split()
)
_CANDIDATES = 50  # earlier figures compared per key (the latest)


_IN_HOSPITAL = frozenset({"hospital", "in-hospital"})


_SEXES = frozenset({"boy", "girl", "man", "woman", "male", "female"})


def _scene_and_hospital(text: str) -> bool:
    """A sentence that names both the place of the accident and the hospital, the two places
    every death of it happened."""
    words = {w.lower() for w in LOOSE_WORD.findall(text)}
    return bool(words & _SCENE) and bool(words & {"hospital", "hospitals"})


_SCENE = frozenset({"scene", "site", "spot"})


def _exact_tolls(qs: list[Quantity], split: set, bounds: tuple[str, ...]) -> list[Quantity]:
    """Death tolls of people as such, each a whole (not a part a sentence splits off), plain
    (not approximate, changing, forecast or scoped) and of one of ``bounds`` ("" exact, "lower"
    at least)."""
    return [
        q
        for k, q in enumerate(qs)
        if k not in split
        and q.kind == "count"
        and q.event == "death"
        and counts_people(q)
        and q.bound in bounds
        and not (q.approx or q.changes or q.modal or q.upper or q.scope)
    ]


def _hospital_part(a: Quantity, fa, b: Quantity, fb) -> bool:
    """ "injuring over 50" / "over two dozen injured have been admitted to hospitals": those taken
    to hospital are a part of the injured, so the smaller count is no second figure for them;
    only a part larger than its whole disagrees."""
    predicates = {fa.predicate, fb.predicate} if fa and fb else set()
    if len(predicates) != 2 or predicates - _IN_HOSPITAL != {"injury"}:
        return False
    part, whole = (a, b) if fa.predicate in _IN_HOSPITAL else (b, a)
    if part.bound == "upper" or whole.bound == "lower":
        return True
    return part.base_value <= whole.base_value * (1.15 if whole.approx else 1.0)


_NOT_A_ROLE = frozenset({None, "person", "people", "victim", "life", "fatality", "death", "dead"})


def _one_role_part(a: Quantity, b: Quantity) -> bool:
    """ "killed 14 people, including five hikers" / "Three hikers were among those killed": the
    same role's part of one toll, given twice, is one figure even where a sentence splits the toll."""
    return a.head == b.head and a.head not in _NOT_A_ROLE and a.event == b.event and a.event is not None


def _echoes_earlier(qs: list[Quantity], bi: int, ai: int, seen: set) -> bool:
    """ "40 dead in Haiti, 16 in Cuba" … "A total of 16 people were killed": a figure the story
    gave before for the same event, not in conflict with the figure it now meets, is most likely
    that one again (another place's or group's count), not a new value of this one."""
    a, b = qs[ai], qs[bi]
    if not b.event:
        return False  # counts of no event ("a 21-man roster") are restated by their words
    for e in qs[max(0, bi - _CANDIDATES) : bi]:
        if (
            e.sentence != b.sentence
            and e.kind == b.kind
            and e.event == b.event
            and e.base_value == b.base_value
            and (min(a.sentence, e.sentence), max(a.sentence, e.sentence)) not in seen
            and (a.sentence, e.sentence) not in seen
        ):
            return True
    return False


def _group_words(group: str) -> str:
    """ "boy" -> "boys", "death" -> "dead": the group of an age range as the message names it."""
    return {"death": "dead", "injury": "injured"}.get(group) or f"{group}s"


def _other_party(a: Quantity, b: Quantity, sentences) -> bool:
    return seats_of_other_parties(sentences[a.sentence].text, a.start, sentences[b.sentence].text, b.start)


# "its epicentre was located 44 km southeast of Zagreb": the distance is the epicentre's, not
# that of the town the quake struck ("struck Petrinja some 60 km southeast of Zagreb")
_EPICENTRE_DISTANCE = re.compile(r"\b(?:epi|hypo)cent(?:er|re)\b[^,;.]{0,30}$", re.IGNORECASE)


def _of_epicentre(q: Quantity, sentences) -> bool:
    """A distance said of a quake's epicentre."""
    if not (q.attribute or "").startswith("distance from "):
        return False
    before = sentences[q.sentence].text[max(0, q.start - 45) : q.start]
    return bool(_EPICENTRE_DISTANCE.search(before)) and "near" not in before.lower().split()


_TO_DATE_AFTER = frozenset({"by", "until", "till", "through"})
_DAY_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _bound_met_to_date(a: Quantity, b: Quantity, sentences) -> bool:
    """ "At least 32 bodies have been recovered" / "68 bodies have been recovered so far", "the toll,
    confirmed at 279 by June 16": a toll stated as "at least" and a larger count said to be the
    count to a day (or "so far"): the bound is met, the count is the later one."""
    for low, high in ((a, b), (b, a)):
        if low.bound != "lower" or high.bound or high.base_value <= low.base_value:
            continue
        if not low.text.lower().startswith(("at least", "no fewer than")):
            continue
        words = [w.lower() for w in LOOSE_WORD.findall(sentences[high.sentence].text[high.end :])]
        if any(w == "so" and nxt == "far" for w, nxt in zip(words, words[1:])):
            return True
        for w, nxt, third in zip(words, words[1:], [*words[2:], ""]):
            if (
                w == "as"
                and nxt == "of"
                or w in _TO_DATE_AFTER
                and (nxt in _DAY_WORDS or nxt.isdigit() and third in _DAY_WORDS)
            ):
                return True  # "as of Monday", "by June 16", "by 16 June"

    return False


def _dated_entries(sentences, facts) -> list[int]:
    """For each sentence, the date line heading its entry (-1 before any): a timeline or a blog
    gives each entry a line that is only a date ("24 August 2016"), and figures under two such
    lines belong to two events or two days ("At least 298 killed" / "more than 650 killed")."""
    headings = {
        d.sentence
        for d in facts.dates
        if d.day is not None and len(sentences[d.sentence].text.strip(" .:,")) <= len(d.text) + 12
    }
    if len(headings) < 2:
        # a live page's entries under their time stamps ("5.20 p.m."): the count moved on
        live = entries([s.text for s in sentences])
        return [-1 if e is None else e for e in live]
    entry, current = [], -1
    for si in range(len(sentences)):
        if si in headings:
            current = si
        entry.append(current)
    return entry


# a round-up's item opens on the person it is about: "John Okafor, 50, of Mill Road, admitted ..."
_PERSON_OPENER = re.compile(r"^\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+\d{1,3},")
_ROUNDUP_KINDS = frozenset({"money", "percent"})


def _roundup_item(sentences, si: int) -> tuple[str, frozenset[str]] | None:
    """What a figure's sentence is about: the names it gives past its first word or, when it names
    nothing itself ("The stock fell about 4 percent", "He was ordered to pay a £60 charge"): the
    names of the sentences before it in its paragraph, or, in paragraphs of one sentence, the
    person the latest item opened on."""
    block = sentences[si].block
    names = {w.lower() for w in CAPITAL_WORD.findall(sentences[si].text)[1:]}
    if names:
        return "own", frozenset(names)
    for k in range(si - 1, -1, -1):
        if sentences[k].block != block:
            break
        names |= {w.lower() for w in CAPITAL_WORD.findall(sentences[k].text)[1:]}
    if names:
        return "paragraph", frozenset(names)
    for k in range(si - 1, max(-1, si - 8), -1):
        m = _PERSON_OPENER.match(sentences[k].text)
        if m:
            return "person", frozenset({m["name"].lower()})
    return None


def _items_apart(a: Quantity, b: Quantity, item) -> bool:
    """Money or percentage figures in two items of a round-up (share moves of several companies,
    one charge for several defendants): each item is about its own subject, named before it."""
    if a.kind not in _ROUNDUP_KINDS or b.kind != a.kind:
        return False
    ia, ib = item(a.sentence), item(b.sentence)
    if ia is None or ib is None or ia[0] == ib[0] == "own":
        return False  # two sentences naming their own subjects: what else tells them apart decides
    return not (ia[1] & ib[1])


def _plain_bodies(q: Quantity) -> bool:
    """A count of bodies recovered or found, all of them so far ("31 bodies have been recovered"),
    not a part ("five of the 31 bodies") nor more of them ("another seven bodies")."""
    return (
        q.kind == "count"
        and (q.head == "body" or q.attribute == "body")
        and q.event is None
        and not (q.bound == "upper" or q.changes or q.modal or q.upper or q.scope)
    )


def _different_days(a: Quantity, b: Quantity) -> bool:
    """Both figures are dated ("on Friday", "by 1 July"), to no day in common."""
    wa, wb = a.when - {NO_DAY}, b.when - {NO_DAY}
    return bool(wa and wb and not (wa & wb))


_OWN_RESCUES = re.compile(r"\b(?:it|its|they|their|we|our)\b(?:\s+[\w-]+){0,2}\s+rescued\b", re.IGNORECASE)


def _rescuers_named(sentences, first: int, second: int) -> bool:
    """ "The Coast Guard said its helicopters rescued more than 50 people": one rescuer's share of
    those rescued, not the count of all rescued."""
    return _own_rescue(sentences[first].text) or _own_rescue(sentences[second].text)


@lru_cache(maxsize=4096)  # asked for every pair of rescue figures: a live blog has thousands
def _own_rescue(text: str) -> bool:
    return _OWN_RESCUES.search(text) is not None


def _role_part(qs: list[Quantity], i: int, bi: int, lone: set[int]) -> bool:
    """Of a toll given as people and one given by a role ("10 concertgoers"), the role count may
    be a part: one of a list of roles ("78 elderly people and 56 children"), or a group far
    smaller than the whole ("21 members of its Navy were wounded" against "more than 4,000")."""
    role, people = (bi, i) if counts_people(qs[i]) else (i, bi)
    if qs[role].head in {"woman", "man"}:
        return True  # "31 were women" of "58 killed": one sex is a part of the toll
    return role not in lone or qs[role].base_value < qs[people].base_value / 2


def _lone_counts(qs: list[Quantity]) -> set[int]:
    """Counts that are the only count in their sentence: "the deaths of 10 concertgoers" may be
    the toll; "78 elderly people and 56 children were killed" lists parts of it."""
    per_sentence: dict[tuple, list[int]] = defaultdict(list)
    for k, q in enumerate(qs):
        if q.kind == "count":
            # "133 worshippers were killed and 48 injured": the 48 is of another event, so the 133
            # is still the only count of the dead
            per_sentence[(q.sentence, q.event)].append(k)
    return {ks[0] for ks in per_sentence.values() if len(ks) == 1}


def _superseded_later(b: Quantity, updates: dict, qs: list[Quantity]) -> bool:
    """A toll the article later updates to another figure ("At least 68 persons have died ...
    Subsequent media reports said the toll stood at 132"): an earlier count, not a contradiction."""
    last = updates.get(b.event) if b.event else None
    return last is not None and qs[last[0]].sentence > b.sentence and last[1] != b.base_value


def _moves_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two percentage moves that may measure different things: each must name what moved, and the
    same thing ("shares fell 45%" / "shares tumbled by 47 percent"); a company's results ("revenue
    rose 41.3%") are moves of one period, which both must name alike (a quarter, the year)."""
    sa = percent_slot(sentences[a.sentence].text, a.value)
    sb = percent_slot(sentences[b.sentence].text, b.value)
    if sa is None or sb is None or not sa.measure or not sb.measure:
        return True
    if sa.measure == "price" == sb.measure:
        # a share price moves by the moment (moments of the day are compared by same_thing); the
        # clause's periods ("demoted from the FTSE 100 last year") are about something else
        sa, sb = replace(sa, period=frozenset()), replace(sb, period=frozenset())
    elif not (sa.period and sa.period == sb.period):
        return True
    return not same_slot(sa, sb)


_ACKNOWLEDGED = re.compile(
    r"\b(?:conflicting|differ|differs|differing|different figures?|varied|vary|varies|discrepanc\w*|"
    r"while|whereas|however|but|other reports?|another figure|other estimates?|disputed?|contradict\w*)\b",
    re.IGNORECASE,
)


def _acknowledged(sentences, first: int, second: int) -> bool:
    """The article itself says the figures differ or sets them against each other ("but the Red
    Crescent said 31", "there were conflicting reports"): two sources' figures reported as such."""
    return any(_ACKNOWLEDGED.search(sentences[k].text) for k in range(first, second + 1))


_TOLL_EVENTS = frozenset(
    {"death", "injury", "missing", "arrest", "rescue", "evacuation", "hospital", "aboard", "survival"}
    | {"critical", "serious", "stable", "minor"}
)


def _one_toll(a: Quantity, b: Quantity, pa: Quantity, pb: Quantity) -> bool:
    """Two counts of one kind of toll whose sentences name different sources, towns or venues
    ("injured nine people at a water-park near Detroit" / "10 people were injured when a gunman
    opened fire at Brooklands Plaza Splash Pad in Michigan"): the names tell the counts apart only
    when both place the count itself ("13 in New York City" / "five in Pennsylvania"). Counts far
    apart in size ("nearly 3,000" / "12") are more likely two events than one told twice."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    if not (counts_people(a) and counts_people(b) or _one_role_part(a, b)):
        return False  # "killing four women" / "left five people dead": a role may be a part
    if bool(pa.names) != bool(pb.names):
        return False  # one placed, one not: a place's part against the whole, perhaps
    small, big = sorted((a.base_value, b.base_value))
    return small > 0 and big <= 3 * small


def _placed_part(a: Quantity, b: Quantity, pa: Quantity, pb: Quantity, sentences) -> bool:
    """A toll given for one named place ("In Machala, at least nine deaths were reported") below
    one given for no place that says it spread over places ("At least 14 deaths were confirmed,
    most of them in the province"): that place's part of it. Without such words the place is
    most often where the one event happened, and two reports' tolls there disagree."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    if not (counts_people(a) and counts_people(b)) or bool(pa.names) == bool(pb.names):
        return False  # "taken to four hospitals in the city" counts no people
    part, whole = (a, b) if pa.names else (b, a)
    return part.base_value < whole.base_value and bool(_SPREAD.search(sentences[whole.sentence].text))


# a toll said to be spread over places: "most of them in", "across the region", "in several towns"
_SPREAD = re.compile(
    r"\b(?:most|many|some|several|all|half) of them\b|\bacross\b|\bin (?:several|many|\w+ different)\b"
)


def _placed_apart(pa: Quantity, pb: Quantity) -> bool:
    """Both counts placed, in different places ("died in the province" / "died in that region")."""
    return bool(pa.names and pb.names and not (pa.names & pb.names))


def _names_apart(a: Quantity, b: Quantity) -> bool:
    """Both figures name subjects and none is shared: what leaving the source out may change."""
    return bool(a.names and b.names and not (a.names & b.names))


def _speaker(text: str) -> str | None:
    """The source a sentence is attributed to: a person or body ("the Red Cross said"), or a
    news outlet ("Aaj television reported"); "Some reports indicate" names nobody."""
    speaker = analyse_sentence(text).speaker or _media_source(text)
    return None if speaker in _NOBODY else speaker


_NOBODY = frozenset({"some", "many", "several", "others", "other", "reports", "report", "media"})


def _as_written(name: str | None, text: str) -> str | None:
    """A normalised speaker ("cross") as its sentence writes it, with the capitalised words before
    it ("Kell Red Cross"), so the message names the source as the editor reads it."""
    if not name:
        return name
    m = re.search(rf"\b((?:[A-Z][\w.'’-]*\s+){{0,3}}){re.escape(name)}\b", text, re.IGNORECASE)
    if not m:
        return name
    *before, spoken = m.group(0).split()
    # the search ignores case: keep only the capitalised words right before, no sentence opener
    kept: list[str] = []
    for word in reversed(before):
        if not word[0].isupper() or word.lower() in _NOT_NAME_START:
            break
        kept.insert(0, word)
    return " ".join([*kept, spoken])


_NOT_NAME_START = {"the", "a", "an", "on", "in", "at", "by", "but", "and", "then", "later", "when", "after"}


def _sources_differ(first: str | None, second: str | None) -> str:
    """What an editor should do about two sources' figures."""
    who = (
        f"{first} and {second} give different figures"
        if first and second
        else f"{first or second} reports another figure"
    )
    return f" ({who}: say whose is right, or that reports differ)"


_ALSO = re.compile(
    r"\b(?:one|two|three|another|\d+)\b[^.;]{0,40}?\balso\b[^.;]{0,20}?\b(?P<event>injured|hurt|wounded|killed|died|dead)\b",
    re.IGNORECASE,
)
_ALSO_EVENTS = {
    "injured": "injury",
    "hurt": "injury",
    "wounded": "injury",
    "killed": "death",
    "died": "death",
    "dead": "death",
}


def _restated_figures(qs: list[Quantity]) -> dict[int, set[tuple]]:
    """Per sentence, its plain counts of a named noun ("173 passengers"): two sentences sharing
    one restate the same list, and their other counts of one noun are one thing."""
    out: dict[int, set[tuple]] = defaultdict(set)
    for q in qs:
        if (
            q.kind == "count"
            and q.head
            and not (q.approx or q.bound or q.compound or q.word_form)
            and q.value >= 10
        ):
            out[q.sentence].add((q.head, q.value))
    return out


_ABOARD_ROLES = frozenset({"passenger", "crew"})
# "The dead included 10 children", "86, including 15 children": a role's share of the toll
_PART_OF_TOLL = re.compile(
    r"(?:including|included|includes|among\s+them|among\s+the\s+dead(?:\s+were)?)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)


def _role_lists(qs: list[Quantity]) -> dict[int, frozenset[str]]:
    """Per sentence, the roles it counts ("10 Marines, two Army soldiers and a Navy corpsman")."""
    out: dict[int, set[str]] = defaultdict(set)
    for q in qs:
        if q.kind == "count" and q.head and not q.compound and not counts_people(q):
            out[q.sentence].add(q.head)
    return {si: frozenset(heads) for si, heads in out.items()}


def _same_role_part(a: Quantity, b: Quantity, roles: dict, sentences) -> bool:
    """Two counts of one role among one kind of toll ("10 Marines" / "11 Marines" killed; "15
    children" / "10 children" among the dead), in sentences that break the toll down by the same
    roles (two at least) or that both give the role as part of the toll ("including 15
    children"): each is that role's share, and the two shares disagree."""
    if not (
        a.kind == b.kind == "count"
        and a.head
        and a.head == b.head
        and not counts_people(a)
        and a.event == b.event
        and a.event in _TOLL_EVENTS
    ):
        return False
    shared = roles.get(a.sentence, frozenset()) & roles.get(b.sentence, frozenset())
    if len(shared) >= 2:
        return True
    return all(_PART_OF_TOLL.search(sentences[q.sentence].text[: q.start]) for q in (a, b))


def _manifests(qs: list[Quantity]) -> set[int]:
    """Sentences that give who was aboard, as a count of passengers beside a count of the crew or
    of all aboard ("carrying 56 passengers and six crew", "99 people were aboard, including 85
    passengers"): two such sentences list one vessel's people, role by role."""
    roles: dict[int, set[str]] = defaultdict(set)
    for q in qs:
        if q.kind != "count" or q.compound:
            continue
        if q.head == "passenger" and q.event in (None, "aboard"):
            roles[q.sentence].add("passenger")
        if q.head == "crew" or q.attribute == "crew" or q.event == "aboard":
            roles[q.sentence].add("crew or all")
    return {si for si, found in roles.items() if len(found) == 2}


def _same_manifest(a: Quantity, b: Quantity, manifests: set[int]) -> bool:
    """Counts of one role aboard ("56 passengers" / "50 passengers") in two sentences that each
    list the people aboard, close enough in size to be one vessel's."""
    small, big = sorted((a.base_value, b.base_value))
    return (
        a.head == b.head
        and a.head in _ABOARD_ROLES
        and a.sentence in manifests
        and b.sentence in manifests
        and small > 0
        and big <= 2 * small
    )


def _between(sorted_indices, after: int, upto: int) -> bool:
    """Some index in (after, upto]."""
    return bisect.bisect_right(sorted_indices, upto) > bisect.bisect_right(sorted_indices, after)


def _added_later(sentences) -> dict[str, list[int]]:
    """Sentences that add to a toll given before ("One person was also injured while trying to
    escape"): a toll before such a sentence and one after it may both be right."""
    out: dict[str, list[int]] = defaultdict(list)
    for s in sentences:
        if s.text.isascii() and "also" not in s.text.lower():
            continue  # cannot match (a plain test first: _ALSO is case-insensitive, several times dearer)
        m = _ALSO.search(s.text)
        if m:
            out[_ALSO_EVENTS[m["event"].lower()]].append(s.index)
    return out


def _split_tolls(qs: list[Quantity], sentences) -> set[int]:
    """Figures that split one toll in their sentence ("Fifteen people died on the spot while three
    others succumbed on the way to hospital", "Eighteen were killed in Elazig and four more in
    Malatya"): each is a part of the toll, not a restatement of a total given elsewhere."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    more: dict[int, list[int]] = defaultdict(list)
    plus: set[int] = set()  # "17 passengers and the bus driver": a part of a sum
    wholes: dict[tuple, int] = {}  # (sentence, event) -> the whole a sentence then splits
    for i, q in enumerate(qs):
        if q.event and (q.sentence, q.event) in wholes:
            plus.add(i)  # "at least 233 died - 120 men and 113 women": the 120 is a part
        if (
            q.kind != "count"
            or q.compound
            or q.head in _NOT_VICTIMS
            or _SUBSET.match(sentences[q.sentence].text, q.end)
        ):
            continue  # "a five-storeyed building ... killing 18", "storms in eight states killed 27",
            # "Fourteen people were injured, three severely": the three are some of the fourteen
        if (
            q.event
            and not q.modal  # "reports suggested the toll could be as high as 400, police confirmed 231"
            and "of-part" not in q.scope
            and not _WHOLE_BEFORE_PARTS.match(sentences[q.sentence].text, q.end)
        ):
            # "It caused 72 deaths, including two who later died in hospital": the 72 is the
            # whole toll and the two a part of it, not two parts of a toll given elsewhere
            by_sentence[(q.sentence, q.event)].append(i)
        elif q.event and not q.modal and "of-part" not in q.scope:
            wholes.setdefault((q.sentence, q.event), i)
        if (
            _MORE.match(sentences[q.sentence].text, q.end)
            and not _OTHER_THINGS.match(sentences[q.sentence].text, q.end)
            or _ELLIPTICAL.match(sentences[q.sentence].text, q.end)
            and (
                q.head is None
                and q.event is None
                and sentences[q.sentence].text[: q.start].rstrip().endswith("and")
            )
        ):
            more[q.sentence].append(i)  # "... 37 deaths in Elazig and four in Malatya": four more
        text = sentences[q.sentence].text
        if (
            _PLUS_SOMEONE.match(text, q.end)
            or _SOMEONE_PLUS.search(text, 0, q.start)
            or _PLUS_FIGURE.match(text, q.end)
            or _ALONGSIDE.match(text, q.end)
            or q.event
            and _WITH_ATTACKER.search(text, q.end)
        ):
            plus.add(i)
        if (
            q.event == "death"
            and _MORE.match(text, q.end)
            and not any(c.isdigit() for c in text[: q.start])
            and (i == 0 or qs[i - 1].sentence != q.sentence)
        ):
            # "Four others are presumed dead": more dead than a figure given before ("863 others
            # were injured" is the count of the injured, other than the dead)
            plus.add(i)
        if q.event == "death" and _DIED_WHERE.match(text, q.end):
            plus.add(i)  # "Two people died at hospital": those who died there, a part of the toll
        if _AMONG_THE.match(text, q.end) or q.event and _ALONE.search(text):
            # "Some 215 Pakistani soldiers were among the dead", "In the old town alone, 25
            # people died": a part of the toll
            plus.add(i)
    split = plus | {i for group in by_sentence.values() if len(group) > 1 for i in group}
    split -= _confirmed_tolls(qs, sentences, by_sentence)
    for (sentence, event), group in by_sentence.items():
        # "and four more", "while three others": more of the same toll ("and 20 others injured"
        # counts another event)
        others = [m for m in more.get(sentence, ()) if m not in group and qs[m].event in (None, event)]
        if others:
            split |= set(group) | set(others)
    return split


def _one_place_alone(a: Quantity, b: Quantity, sentences) -> bool:
    """ "84 confirmed dead in Kerr County alone" / "68 killed in Kerr County": a place's part of a
    wider toll, given twice for the same named place, is one figure (not a part of the other)."""
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    found = _ALONE.search(ta) or _ALONE.search(tb)
    if found is None or not a.event or a.event != b.event:
        return False
    words = found.group().split()[1:-1]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False  # "in the first week alone" names no place
    place = " ".join(words).lower()
    return all(f"in {place}" in t.lower() or f"at {place}" in t.lower() for t in (ta, tb))


def _confirmed_tolls(qs: list[Quantity], sentences, by_sentence: dict[tuple, list[int]]) -> set[int]:
    """ "unofficial reports put the toll above 130, officials have confirmed 87": two claims of one
    toll in a sentence, not two parts; the confirmed one is the toll the officials give."""
    confirmed = set()
    for (sentence, _event), group in by_sentence.items():
        text = sentences[sentence].text
        if len(group) > 1 and _UNOFFICIAL.search(text):
            confirmed |= {i for i in group if _CONFIRMED_BEFORE.search(text, 0, qs[i].start)}
    return confirmed


# counted nouns that are never the dead or injured of a toll
_NOT_VICTIMS = frozenset(
    "state country province district city village county town region area building storey floor "
    "day week month year hour tornado storm vehicle car bus train coach home house".split()
)
_ELLIPTICAL = re.compile(r"\s+(?:in|at|on|from)\s+(?:the\s+)?(?:neighbou?ring\s+)?[A-Z]")
_TITLE_CASE = re.compile(r"^(?:\W*(?:[A-Z0-9][\w'’.,:-]*|[a-z]{1,3})\b\W*)+$")
_SUBSET = re.compile(r"\s+(?:severely|seriously|critically|badly|gravely)\b")
# "72 deaths, including two who ...", "at least 233 died - 120 men and 113 women": a whole, then its parts
_WHOLE_BEFORE_PARTS = re.compile(
    r"(?:\s+[a-z]+){0,2}(?:\s*,?\s+(?:including|among them|among whom|of whom)\b|\s+[-–—:]\s+\d)"
)
_MORE = re.compile(r"\s+(?:more|others?)\b")
_ALONE = re.compile(r"\b(?:in|at|on|from)\s+(?:the\s+)?[\w'’ -]{2,40}?\s+alone\b", re.IGNORECASE)
_UNOFFICIAL = re.compile(r"\bun(?:official|confirmed)\b", re.IGNORECASE)
_CONFIRMED_BEFORE = re.compile(r"\bconfirmed\s+(?:only\s+|just\s+)?(?:the\s+deaths\s+of\s+)?$")
_AMONG_THE = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\b")
# "crashed with two other vehicles": other things, not more of the dead or injured
_OTHER_THINGS = re.compile(
    r"\s+other\s+(?:vehicles?|cars?|buses|trucks?|boats?|trains?|buildings?|houses?|homes?|countries|"
    r"states|cities|towns|villages|districts|provinces|places|sites|incidents|attacks|cases)\b"
)
# a death count placed where the deaths happened ("Two people, including the driver, died at
# hospital", "nine died at the scene"): some of the dead, not the toll ("72 deaths, including two
# who died in hospital" is the toll)
_DIED_WHERE = re.compile(
    r"(?:(?!\b(?:who|whom)\b)[^.;:]){0,60}?\b(?:died|were\s+killed|were\s+pronounced\s+dead)\s+"
    r"(?:later\s+)?(?:at|in|on)\s+(?:the\s+|a\s+|local\s+|nearby\s+)?"
    r"(?:hospitals?|scene|spot|way\s+to)\b"
)
# "Three people died, including the gunman": the toll counts the attacker too, unlike one of victims
_WITH_ATTACKER = re.compile(
    r"\b(?:including|among them|counting)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?"
    r"(?:gunman|shooter|attacker|assailant|suspect|bomber|perpetrator|hijacker|killer)\b"
)
# "the eight people who died alongside the NBA star": those besides someone, a part of the toll
_ALONGSIDE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:alongside|besides|along with)\b")
# "The official death toll was 68,712 plus 18,000 listed as missing": a part of a sum
_PLUS_FIGURE = re.compile(r"\s+plus\s+\d")
# "The driver and 11 passengers died": someone before the figure, and the figure the rest
_SOMEONE_PLUS = re.compile(
    r"\b(?i:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:driver|pilot|captain|co-pilot|conductor|guide|"
    r"teacher|coach|gunman|attacker|bomber|suspect|mother|father|wife|husband|son|daughter|man|woman|boy|girl)"
    r"\s+(?:and|plus)\s+$"
)
_PLUS_SOMEONE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:and|plus)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+(?:\s*[,.]|$)"
)
# A news outlet as the source of a figure: "Pakistan's private Aaj television reported ..."
_MEDIA_SOURCE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*)\s+(?:television|TV|radio|news agency|newspaper|daily|broadcaster|channel)"
    r"\s+(?:reported|said|quoted|put|cited)\b"
)


def _media_source(text: str) -> str | None:
    m = _MEDIA_SOURCE.search(text)
    return m["name"].lower() if m else None


def _without_source(q: Quantity, speaker: str | None, text: str) -> Quantity:
    """The figure with its sentence's source left out of its names: "the Philippine Red Cross
    said 15 remain missing" and "police chief Khalilur Rahman said" name who says so, not a
    different subject from "the Kim Nirvana"."""
    if not q.names:
        return q
    source = q.names & (_attribution_words(text, speaker) if speaker else _according_to(text))
    return replace(q, names=q.names - source) if source else q


def _according_to(text: str) -> frozenset[str]:
    """The words of an opening "According to reports from the Kell Herald and local media," that
    no one speaker is read from: the outlets a figure comes from, not what it is about."""
    if not text.lower().startswith("according to ") or "," not in text:
        return frozenset()
    opening, rest = text.split(",", 1)
    return frozenset(w.lower() for w in LOOSE_WORD.findall(opening)) - {
        w.lower() for w in LOOSE_WORD.findall(rest)
    }


_SAYS = re.compile(r"\b(?:said|says|told|tells|added|reported|according to)\b")


@lru_cache(maxsize=4096)
def _attribution_words(text: str, speaker: str) -> frozenset[str]:
    """Lower-cased words of the attribution naming ``speaker``: the stretch before "said" (and
    the comma-separated titles before it: "Philippine Coast Guard's spokesman, Commander Armand
    Balilo, said"), or the sentence's opening up to "said" ("Local police chief Khalilur Rahman
    said ..."), when that stretch names the speaker; words the rest of the sentence also uses
    are left in."""
    for m in _SAYS.finditer(text):
        before = text[: m.start()]
        chunks = before.split(",")
        taken: list[str] = []
        for chunk in reversed(chunks):
            if any(c.isdigit() for c in chunk) or len(chunk.split()) > 8:
                break
            taken.append(chunk)
        stretch = ",".join(reversed(taken))
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in LOOSE_WORD.findall(stretch)}
        if speaker in words:
            told = _told_outlet(text[m.end() :]) if m.group() in {"told", "tells"} else ""
            rest = text[: m.start() - len(stretch)] + text[m.end() + len(told) :]
            words |= {w.lower() for w in LOOSE_WORD.findall(told)}  # "a UN official told AFP"
            return frozenset(words - {w.lower() for w in LOOSE_WORD.findall(rest)})
        # '"The bus rolled into a 200ft-deep gorge," said Santosh Patyal, a police official.'
        after = text[m.end() :]
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in LOOSE_WORD.findall(after)}
        if speaker in words and not any(c.isdigit() for c in after):
            return frozenset(words - {w.lower() for w in LOOSE_WORD.findall(text[: m.start()])})
    return frozenset()


def _told_outlet(after: str) -> str:
    """The capitalised words right after "told" ("told The Associated Press on Monday"): whom
    the source spoke to, an outlet or a body, part of the attribution."""
    told = ""
    for m in CAPITAL_WORD.finditer(after):
        if after[len(told) : m.start()].strip():
            break
        told = after[: m.end()]
    return told


def _keys(q: Quantity) -> list[tuple]:
    """What ``same_thing`` needs two figures to share, one of: the person (ages), the counted
    noun, the measured attribute, the event, a purchase; always with the kind and unit."""
    base = (q.kind, q.unit if q.kind in {"money", "measure"} else "")
    keys = []
    if q.kind == "age":
        # by each word of the name: "Ms Berg" may be the "Anna Berg" named before, "Zhao Chunli"
        # the "Chunli Zhao" (same_thing decides)
        return (
            [base + ("person", w) for w in sorted({q.person.split()[-1], *q.person_names})]
            if q.person
            else []
        )
    for name, value in (("head", q.head), ("attribute", q.attribute), ("event", q.event)):
        if value:
            keys.append(base + (name, value))
    if q.movement:
        keys.append(base + ("movement", q.movement))
    return keys


def _restated(a: Quantity, b: Quantity, sentences) -> bool:
    """ "5 km (3 miles)", "5 km, or 3 miles," "5 km/3 miles": b restates a in another unit."""
    text = sentences[a.sentence].text
    between = text[a.end : b.start].strip().lower()
    if a.text.split()[-1].lower() == b.text.split()[-1].lower():
        return False
    return between in {
        "(",
        ", or",
        "or",
        "/",
        "(about",
        "(around",
        "(roughly",
        "(some",
        ", about",
        "(nearly",
    } or (between.startswith("(") and len(between) <= 10)


# A list item's own subject before a colon: "Player A: 15 aces" / "Player B: 12 aces",
# "Germany: 31%" / "France: 24%" (a round-up gives each subject its own line)
_LABEL = re.compile(r"^\W*(?P<label>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)\s*:\s+\S")
# another event brought in for comparison: "A 2011 earthquake near Japan ... left 20,000 dead"
# (an indefinite event with its own year), against this story's event
_EVENTS = (
    r"earthquake|quake|tsunami|flood|floods|fire|wildfire|blaze|crash|attack|bombing|storm|"
    r"hurricane|typhoon|cyclone|tornado|explosion|blast|landslide|mudslide|avalanche|collapse|"
    r"disaster|accident|shooting|outbreak|epidemic|pandemic|famine|war|eruption|derailment|sinking"
)
_OTHER_EVENT = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Aa]n earlier|[Tt]he previous)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<year>(?:1[89]|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENTS})\b"
)


# "India reported 360 killed" against "a quake that struck Pakistan and India, killing 19,500":
# one place's share of a total over several places
_PLACE_REPORTS = re.compile(
    r"^\W*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:reported|recorded|said|counted|"
    r"confirmed|registered|put|listed)\b"
)


@lru_cache(maxsize=4096)  # asked for every pair of figures compared: a live blog has thousands
def _reporting_place(text: str) -> str | None:
    """The place a sentence opens by reporting ("Wales reported 12 deaths"), if it does."""
    m = _PLACE_REPORTS.match(text)
    return m["place"] if m else None


# a set the story then slices: "Out of 452 companies, ...", "of the 30 countries", "among 12 banks"
# (written to open with its first letter, not "\b", so a search skips to the few places where
# that letter stands: "\b(?:[Oo]ut of|...)" as it reads)
_WHOLE_SET = re.compile(
    r"[OoAa](?<!\w[OoAa])(?:(?<=[Oo])(?:ut of|f the|f all)|(?<=[Aa])mong(?: the)?)"
    r"\s+(?:the\s+)?[\d,]+\s+(?P<noun>[a-z]+)"
)


@lru_cache(maxsize=65536)  # a sentence's figures meet the same earlier sentences' figures
def _other_subject(first: str, second: str) -> bool:
    """Two figures whose sentences are plainly about different subjects: list items with
    different labels before a colon, one place's share against a total over that place and
    others, or one sentence bringing in another, dated event ("a 2011 earthquake") that the
    other sentence does not name."""
    a, b = _label(first), _label(second)
    if a and b and a != b:
        return True
    for one, other in ((first, second), (second, first)):
        place = _reporting_place(one)
        if place and re.search(
            rf"\b[A-Z]\w+(?:,\s*[A-Z]\w+)*,?\s+and\s+{place}\b|\b{place}\s+and\s+[A-Z]\w+", other
        ):
            return True
    for one, other in ((first, second), (second, first)):
        year = _other_event_year(one)
        if year and (year not in other if year != "that" else not _THAT_EVENT.search(other)):
            if _DATED_ON_OPENING.match(one) and _refers_back(one, other):
                continue
            return True
    return False


# words that make a dated event another one than the story's: "a stronger quake", "an earlier fire"
_ANOTHER_EVENT = frozenset(
    "another earlier previous similar stronger deadlier worse bigger larger smaller weaker last".split()
)
_OWN_DAY = frozenset(
    "january february march april may june july august september october november december".split()
    + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]
)


def _refers_back(dated: str, other: str) -> bool:
    """ "On March 27th, 2023, a fire broke out ..., leaving 39 dead" / "The fire killed 40 people":
    the other sentence names the dated event by "the" and its noun, and gives no day of its own
    (the story's event is "the quake on Monday"; "a stronger quake" is another)."""
    head = [w.lower() for w in LOOSE_WORD.findall(dated)]
    words = [w.lower() for w in LOOSE_WORD.findall(other)]
    if (
        set(head[:12]) & _ANOTHER_EVENT
        or set(words) & _OWN_DAY
        or any(w[:1].isdigit() and len(w) == 4 for w in words)
    ):
        return False
    events = set(_EVENTS.split("|")) & set(head)
    return any(w == "the" and nxt in events for w, nxt in zip(words, words[1:]))


# labels that name the measure, not a subject: "Deaths: 12" … "Dead: 15" is one toll
_MEASURE_LABELS = {
    "death",
    "deaths",
    "dead",
    "killed",
    "injured",
    "injuries",
    "wounded",
    "missing",
    "toll",
    "casualties",
    "total",
    "cost",
    "damage",
    "population",
    "age",
    "score",
    "evacuated",
    "arrested",
    "rescued",
    "homes",
    "houses",
    "acreage",
    "area",
}


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # asked for both sentences of every pair of figures compared
def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    if not m:
        return None
    words = m.group("label").split()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None  # "Homes destroyed:" names a measure
    if any(w.casefold().strip(".") in _MEASURE_LABELS for w in words):
        return None
    return m.group("label").casefold()


# ... or an earlier event recalled by its year or as "that" one: "since 2009, when some 300 people
# died", "Twenty-two people died in that fire" (the fire the sentence before brought in)
_WHEN_YEAR = re.compile(r"\b(?:[Ss]ince|[Ii]n)\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[89]|20)\d\d),?\s+when\b")
# ... or by how long ago it was: "comes three years since a dam burst in Mariana, killing 19",
# "Two years ago, a fire there killed 40" (weeks or months after may be the same disaster)
# ("up 27 percent from a year ago", "against $7.7bn a year earlier" compare with the year before:
# a lone "a year ago" counts only where it opens a clause)
_YEARS_BEFORE = re.compile(
    r"\b(?:years?|decades?)\s+(?:since|after)\s+(?:a|an|another|the)\b|\b(?:years|decades?)\s+(?:ago|earlier)\b"
    r"|(?:^|[,;]\s*)\W*(?:[Aa]|[Oo]ne)\s+year\s+(?:ago|earlier)\b"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED_OPENING = re.compile(
    rf"^\W*In\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{_MONTHS})\s*)?(?P<year>(?:1[89]|20)\d\d)?,"
)
_THAT_EVENT = re.compile(rf"\b(?:in|from|by|during|after)\s+that\s+(?:{_EVENTS})\b")
# "On September 19, 1985, an 8.1 magnitude quake killed ...", "On the anniversary in 2017, a 7.1
# quake left ...": a sentence opening on a day of a year, about "a" quake (not "the" one, not a
# named flight), recalls an earlier event
_DATED_ON_OPENING = re.compile(
    rf"^\W*On\s+[^.;:]{{0,60}}?\b(?P<year>(?:1[89]|20)\d\d),\s+(?:an?|another)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_EVENTS})\b"
)


# "the worst disaster since the Harlow mine collapse in 2009, which killed 212" or
# "since the 2004 tsunami, which killed ...": a yardstick event, whose toll follows in its own clause
_SINCE_EVENT = re.compile(
    rf"\bsince\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?P<year>(?:1[89]|20)\d\d)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_EVENTS})|(?:{_EVENTS})\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?P<late>(?:1[89]|20)\d\d)),?\s+(?:which|that|when)\b"
)


@lru_cache(maxsize=4096)
def _other_event_year(text: str) -> str | None:
    m = _SINCE_EVENT.search(text)
    if m:
        return m["year"] or m["late"]
    m = _OTHER_EVENT.search(text) or _WHEN_YEAR.search(text)
    if m:
        return m.group("year")
    m = _DATED_OPENING.match(text)  # "In June 2021, two trains collided", "In April, seven died"
    if m and (m["year"] or m["month"]):
        return m["year"] or m["month"]
    m = _DATED_ON_OPENING.match(text)
    if m:
        return m["year"]
    if _YEARS_BEFORE.search(text):
        return "years before"
    return "that" if _THAT_EVENT.search(text) else None


@lru_cache(maxsize=64)
def _sliced_sets(texts: tuple[str, ...]) -> frozenset[str]:
    """Counted nouns the story sets out as a whole and then slices ("Out of 452 companies, 98
    doubled their profit ... Thirty-six companies reported ..."): its counts of them are parts,
    not restatements of one figure."""
    nouns = set()
    for text in texts:
        for m in _WHOLE_SET.finditer(text):
            noun = m["noun"]
            nouns.add(noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun)
    return frozenset(nouns)

"""FL401 number-mismatch: the rule, its options and its messages. What it reads lives beside it:
``fl401_tolls`` (tolls and their parts), ``fl401_attribution`` (who reports a figure),
``fl401_events`` (other events, days, places and subjects) and ``fl401_apart`` (figures a story
tells apart by its own words)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

from factlint.analysis.age_ranges import age_ranges
from factlint.analysis.bare_figures import bare as is_bare, lone_figures
from factlint.analysis.breakdowns import Breakdowns
from factlint.analysis.incident_parts import IncidentModel
from factlint.analysis.lead_entities import leads_apart
from factlint.analysis.event_ages import event_ages, same_age_event
from factlint.analysis.definite_amounts import definite_amounts
from factlint.analysis.definite_counts import definite_counts
from factlint.analysis.definite_figures import definite_restatements, named_anew
from factlint.analysis.group_restatements import group_restatements
from factlint.analysis.count_facts import (
    CountFact,
    count_fact,
    describe,
    holders_apart,
    list_wholes,
    nations_of,
    same_fact,
)
from factlint.analysis.subject_measures import measure_findings
from factlint.analysis.share_sides import sides_apart
from factlint.analysis.durations_abroad import compound_part
from factlint.analysis.event_lengths import length_in_parts
from factlint.analysis.figure_ages import ROLE_KEY
from factlint.analysis.figure_compare import (
    NO_DAY,
    back_from_now,
    counts_people,
    span_ago,
    role_and_people,
    same_thing,
    values_conflict,
)
from factlint.analysis.figure_times import later_of, told_apart as times_apart
from factlint.analysis.figure_roles import roles_apart
from factlint.analysis.figure_types import Quantity
from factlint.analysis.numtext import lexicon
from factlint.analysis.numbers import figure_span, numbers
from factlint.analysis.restatement import Restatements
from factlint.rules.fl401_abroad import counted_apart_abroad
from factlint.rules.fl401_apart import figures_told_apart
from factlint.rules.fl401_compared_pairs import ComparedPairs
from factlint.rules.fl401_conversions import conversion_findings
from factlint.rules.fl401_early_counts import early_count
from factlint.rules.fl401_estimates import estimates_apart
from factlint.rules.fl401_route_lengths import route_length_findings
from factlint.rules.fl401_near_miss import near_miss_findings
from factlint.rules.fl401_headline import HeadlineFigures
from factlint.rules.fl401_incidents import apart as incidents_apart
from factlint.rules.fl401_magnitudes import APART_NOTE, magnitudes_apart
from factlint.rules.fl401_other_things import (
    anaphor_of_two,
    case_of_one_place,
    scales_apart,
    thresholds_apart,
)
from factlint.rules.fl401_stat_lines import StatLines
from factlint.rules.fl401_sums import sum_findings, sums_apart
from factlint.rules.fl401_told_together import document_told_apart, without_told_apart
from factlint.rules.fl401_unnamed import unnamed_age_pairs
from factlint.rules.fl401_age_sums import age_sum_findings
from factlint.rules.fl401_age_subjects import ages_apart
from factlint.rules.fl401_restated_ages import restated_age_findings
from factlint.rules.fl401_charge_counts import charge_count_findings
from factlint.rules.fl401_listed_groups import listed_part
from factlint.rules.fl401_ordinals import ordinal_findings
from factlint.rules.fl401_past_events import past_event_pair
from factlint.rules.fl401_past_scope import past_scope_pair
from factlint.rules.fl401_places_of_tolls import tolls_of_places
from factlint.rules.fl401_restated_tolls import restated_toll_findings
from factlint.rules.fl401_result_pairs import result_pair_findings
from factlint.rules.fl401_scores import match_score_findings
from factlint.rules.fl401_second_checks import as_second_checks
from factlint.rules.fl401_the_injured import hospital_part_is_whole
from factlint.rules.fl401_unread import unread_pair
from factlint.rules.fl401_wider_tolls import part_of_wider_toll
from factlint.analysis.tolls import count_places
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import CappedOptions, Context, Rule, option
from factlint.rules.fl401_tolls import (
    _CANDIDATES,
    _scene_and_hospital,
    _exact_tolls,
    _hospital_part,
    _one_role_part,
    _echoes_earlier,
    _part_of_told_whole,
    _beside_tolls_of_two_stages,
    _group_words,
    _bound_met_to_date,
    _plain_bodies,
    _rescuers_named,
    _role_part,
    _lone_counts,
    _superseded_later,
    _one_toll,
    _placed_part,
    _town_part,
    _placed_apart,
    _restated_figures,
    _role_lists,
    _same_role_part,
    _manifests,
    _same_manifest,
    _between,
    _added_later,
    _split_tolls,
    _one_place_alone,
    _toll_of_listed_places,
)
from factlint.rules.fl401_attribution import (
    bare_key,
    _acknowledged,
    _names_apart,
    speaker as sentence_speaker,
    _as_written,
    _sources_differ,
    _media_source,
    _without_source,
    _keys,
)
from factlint.rules.fl401_events import (
    _other_party,
    _epicentres_apart,
    DatedEntries,
    _roundup_item,
    _items_apart,
    _different_days,
    _moves_apart,
    _other_subject,
    _of_another_incident,
    _sliced_sets,
)


# a sentence that opens by setting its source against another: "Villagers, however, said that",
# "But residents said", "Villagers, though, put the toll at"
_CONTRASTED_CLAIM = re.compile(
    r"^\W*(?:But\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:however|though),\s+(?:\w+\s+)?"
    r"(?:said|says|claimed|claims|told|reported|insisted|put|gave|estimated)\b"
    r"|^\W*But\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|claimed|claims|told|reported|insisted|estimated)\b"
)


def _fmt(q: Quantity) -> str:
    return f'"{q.text.rstrip(",;:")}"'  # "Mwangi, 22, ...": the age, not its comma


# the small words a hyphenated place name keeps in lower case ("Port-au-Prince")
_NAME_PARTICLES = frozenset("au aux de du des la le les en sur sous on upon y el al di da del".split())


def _place_name(key: str) -> str:
    """A place kept lower-cased to compare ("velmar to pellan", "port-au-prince"), written as
    names for a message."""
    return " to ".join(
        " ".join(
            "-".join(p if i and p in _NAME_PARTICLES else p.capitalize() for i, p in enumerate(w.split("-")))
            for w in place.split()
        )
        for place in key.split(" to ")
    )


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
        "aboard": "the number aboard",  # "carrying 57 when it sank" (not "the aboard")
        "survival": "the number who survived",
        "deal": "the price",
        "hospital": "the number taken to hospital",
        "critical": "the number critically hurt",
        "serious": "the number seriously hurt",
        "stable": "the number in stable condition",
        "minor": "the number with minor injuries",
    }
    if q.attribute == "population":
        return "the population"
    if span_ago(q):
        return "how long ago it happened"  # "reopened four days ago" / "Five days ago, ... opened"
    if q.kind == "measure" and q.unit in ("time", "length") and not (q.attribute or q.head):
        # a bare length or duration ("the rescue lasted about eight hours"): no count of the event
        return "how long it lasted" if q.unit == "time" else "the same length"
    if q.kind == "count" and q.head == "national" and q.modifiers:
        return f"the number of {' '.join(m.title() for m in sorted(q.modifiers))} nationals"
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
        if not thing:
            continue
        if thing.startswith("distance from ") and not thing.startswith("distance from the "):
            # the place is kept lower-cased to compare; the message names it as a name
            return "the distance from " + _place_name(thing.removeprefix("distance from "))
        if (
            q.kind == "count"
            and thing == q.head
            and "&" not in thing
            and thing not in generic
            and not q.compound
        ):
            if q.event in events and thing in lexicon()["event_classes"].get(q.event, ()):
                return events[q.event]  # "120 injuries": the number injured
            # "the number of students", not "the student"
            return describe(CountFact(thing, q.event or "", frozenset()))
        return events.get(thing, f"the {thing.replace('&', ' and ')}")
    return _NO_SUBJECT


_NO_SUBJECT = "the same figure"


def _now_or_later(
    finding: Finding, pair: tuple[int, int], subject: str, seen: set, later: list
) -> list[Finding]:
    """A figure nothing names (a sentence said twice) waits: a reading after the figures may
    name what it is ("the fine") for the same pair of sentences, and speaks first."""
    if subject != _NO_SUBJECT:
        return [finding]
    seen.discard(pair)
    later.append((pair, finding))
    return []


def _mismatch(b: Quantity, a: Quantity, subject: str, tail: str) -> str:
    advice = "" if "say" in tail else ": check which is right"  # (a tail's own advice stands)
    if subject == _NO_SUBJECT:  # a sentence said twice, nothing naming what the figure is
        return f"{_fmt(b)} disagrees with {_fmt(a)} in an earlier sentence that otherwise says the same{tail}{advice}"
    return f"{_fmt(b)} disagrees with {_fmt(a)} given earlier for {subject}{tail}{advice}"


# why a disagreement is only information: the article says the figure rose, or the counts are
# given beside death tolls of two stages of the event
_CHANGED_NOTE = {
    False: " (the article says it rose: say when each figure was given)",
    True: " (given beside death tolls of two stages: say when each figure was given)",
}


# what one event has once and keeps ("a 6.8 magnitude quake"): given for different days, the
# figures are of two events ("hit by a 5.7 quake in 2015"), not one figure that changed
_ONE_EVENT_MEASURES = frozenset({"magnitude", "depth"})


def _times_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Counts their own clauses set at different times ("before the match", "since March, when")."""
    return a.kind == b.kind == "count" and times_apart(
        sentences[a.sentence].text, (a.start, a.end), sentences[b.sentence].text, (b.start, b.end)
    )


def _grew(a: Quantity, b: Quantity, sentences) -> bool:
    """A count of an event told for a later day is the larger: the count the story updates."""
    if a.kind != "count" or not a.event or a.event != b.event:
        return False
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    later = later_of(ta, (a.start, a.end), a.when, tb, (b.start, b.end), b.when)
    return later * (b.base_value - a.base_value) > 0


def _compound_parts(a: Quantity, b: Quantity, sentences) -> bool:
    """Two counts of a unit of time, one of them the last part of a length in two units ("cinco
    horas y 26 minutos"): the parts of two lengths, not two counts of one thing."""
    return (
        a.kind == b.kind == "count"
        and a.head == b.head
        and any(compound_part(sentences[q.sentence].text[: q.start], q.head) for q in (a, b))
        # "22 hours and 37 minutes" / "22.5 hours": a length's part is not the length
        or a.kind == b.kind == "measure"
        and a.unit == "time"
        and any(length_in_parts(sentences[q.sentence].text, q.start, q.end) for q in (a, b))
    )


def _other_years(a: Quantity, b: Quantity) -> bool:
    """The two figures are dated to different years: both years known and none shared, or one a
    bare year ("a quake in 2015") against a day of no year ("on Sunday"): the other is this story's.
    Two days of one year stay comparable (a day misread must not hide one quake's two magnitudes)."""
    wa, wb = a.when - {NO_DAY}, b.when - {NO_DAY}
    if not (wa and wb):
        return False
    ya, yb = {w[0] for w in wa}, {w[0] for w in wb}
    if None not in ya and None not in yb:
        return not (ya & yb)

    def bare_years(ws: frozenset[tuple]) -> bool:
        return all(w[0] is not None and w[1:3] == (None, None) for w in ws)

    return (bare_years(wa) and yb == {None}) or (bare_years(wb) and ya == {None})


class NumberMismatch(Rule):
    """The same quantity about the same thing is given as two different numbers.

    What it flags:
        Two figures in different sentences that count or measure the same thing — the same unit, the same
        counted noun, measured attribute or event ("12 killed" … "15 people died"), the same person's age —
        but disagree beyond rounding: "12" against "15", "a dozen" against "14", "about 30" against "about
        60". A toll is one thing under many words ("the deaths of 10 fans", "eight people dead", "the toll has
        risen to 16", "At least 11 people, most of them children, drowned"); so are the count aboard, the
        number in hospital, a population, a magnitude, a distance from one place, one thing's height or depth
        ("The mast is 310 m tall" / "the 270-metre mast") and a share's move. Also a sentence said again with
        only its figure changed ("The gunman fired 40 shots" / "... fired 12 shots"), a figure restated in
        another unit no rounding explains ("10 km (3 miles)"), one person's age by any form of the name
        ("Anna Berg (41)" / "Ms Berg, 42"; "was 34 when diagnosed" at one life event), two ranges of ages of
        one group ("aged 11 to 16" / "aged 11 to 17"), a victim's age outside the ages of the dead, and more
        bodies found than the dead. A count is a fact (a thing, what is said of it, what holds it: "holds 120
        flats" / "contained 127 flats"); a list making a whole ("nine men and two women") meets that whole
        ("12 died"). Names that only say where a toll's event happened or who reported it (a venue, a town in
        a "when" clause) do not make it another toll; a place named right after the count does ("13 in New
        York City"). A count graded by harm ("17 in critical condition", "minor injuries") is compared only
        with one of the same grade. One role's or sex's share of a toll given twice ("including 15 children" /
        "The dead included 10 children", "of whom 31 were women"), one role in two lists of those aboard ("56
        passengers and six crew" / "12 crew and 50 passengers") are compared too, and so is a measure of one
        named subject given twice: a deal's price, a fine, a turnout, a vote share, seats, a share's move,
        units sold, an EPS estimate, a score, a vote's tally, an economic rate, the price of each of a thing,
        each told by a verb or a noun ("was sold for" / "The £650m sale") (rounding and bounds allowed for;
        plans, earlier and partial counts, fact boxes kept apart), and one unnamed person's age by a role ("a
        23-year-old bank employee", "der 45-jährige Trainer" / "der 47 Jahre alte Coach"), by what befell the
        person (the one dead, shot at one street, the one victim) or by a noun ("The woman, 35,"). The finding
        is on the later figure. "The mill's 1,450 employees" restates the one "1,200 staff" told before.

        It stays silent when the figures may be about different things or moments: different years or named
        subjects, changes and comparisons ("rose to", "than", "another"), scopes ("each", "last season", "in
        total"), plans against facts, a range and a figure in it, scores of different matches, phone numbers,
        ordinals, labels, years, times of day, two towns' distances, currencies; also when the subjects
        plainly differ: list items with their own labels ("Player A: 15 aces"), items of a round-up (each
        company's share move, each defendant's fine), one place's share of a total over several ("India
        reported 360 killed"), another dated event brought in for comparison ("A 2011 earthquake ... left
        20,000 dead", "since the 2009 collapse, which killed 212"), slices of a set the story sets out, one
        nationality of a role ("41 Chilean passengers"), abroad a date or unit read as a noun ("18 ottobre",
        "58 días") or "otros 85", two holders' stat lines, lengths a hundredfold apart in two units, "The
        41-year-old" after two people, counts past two thresholds, a place's part "in the case of" it, and
        parts of a toll ("nine died at the scene and two in hospital", "31 of the injured", those admitted to
        hospital against all the injured). "At least 18 killed" is read as the toll known so far, so it
        disagrees with "at least 25 killed" or "30 killed"; a figure an earlier report gave ("officials had
        earlier put the toll at six") or the sentence says was corrected is not a restatement, nor is an
        earlier disaster recalled ("since 2009, when 300 died", "In April, seven were killed").

        When two named sources give the figures ("the governor said 23 ... the Red Crescent said 31"), the
        message names them; once the article sets them against each other ("but ... said 31") the finding is
        ``info``, as for a toll said to have risen past an earlier one and figures over ten times apart not by
        a slipped digit (not tolls or ages). A figure is reported once, against the earliest it disagrees with.

    Why it matters:
        Totals, tolls and ages are what readers quote and what corrections are made for.

    Bad:
        Twelve people were killed when the bridge collapsed on Tuesday.

        Rescuers said 15 people died in the collapse.

    Good:
        Twelve people were killed when the bridge collapsed on Tuesday.

        By Wednesday the toll had risen to 15.
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
        return as_second_checks(doc, ctx, without_told_apart(doc, ctx, self._check(doc, ctx)))

    def _check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        told: set[tuple[int, int]] = set()
        for f in self._figures(doc, ctx):
            told.add((f.span.line, f.span.col))
            yield f
        yield from conversion_findings(self, doc)  # a figure restated in a unit it does not convert to
        yield from route_length_findings(self, doc, ctx, told)  # one line given two lengths
        yield from near_miss_findings(self, doc, ctx, told)  # one referent's figure a slip apart
        yield from self._age_ranges(doc)
        yield from self._ages_of_the_dead(doc, ctx)
        yield from self._ages_at_events(doc, ctx, told)
        yield from age_sum_findings(self, doc)  # a birth year or a sentence's years against an age
        yield from ordinal_findings(self, doc)  # one subject's career count given two ordinals

    def _ages_at_events(self, doc: Document, ctx: Context, told: set[tuple[int, int]]) -> Iterator[Finding]:
        """One person's age at one event of their life told twice ("diagnosed at 21" / "was 22
        when he was diagnosed"), whatever words tell the event (``analysis/event_ages.py``)."""
        found = ctx.analysis(event_ages)
        for n, b in enumerate(found):
            a = next((a for a in found[:n] if a.sentence != b.sentence and same_age_event(a, b)), None)
            if a is None or a.value == b.value:
                continue
            span = figure_span(doc, b.sentence, b.start, b.end)
            if (span.line, span.col) in told:
                continue
            whose = " ".join(w.title() for w in b.person or a.person) or "the person"
            yield self.finding(
                span,
                f'"{b.text}" for the age of {whose} at the {b.event} disagrees with "{a.text}" given '
                "earlier: check which is right (if they are two people or two events, say so)",
                related=[
                    Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier age: "{a.text}"')
                ],
                key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
            )

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
        speaker = lru_cache(maxsize=None)(lambda si: sentence_speaker(sentences[si].text))

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
        single = lone_figures(qs)  # the only figure of its kind and unit in its sentence

        @lru_cache(maxsize=None)
        def fact(i: int):
            return count_fact(qs[i], sentences[qs[i].sentence].text)

        # a sentence said twice with one figure changed
        twice = Restatements(qs, [x.text for x in sentences], doc.text)

        def tied(i: int, bi: int) -> bool:
            """What makes two figures one thing: the same thing by its words, by its names once
            the sources or places are set aside, a restated neighbour, one role's part, one fact,
            or a sentence said again."""
            a, b = qs[i], qs[bi]
            return (
                same_thing(a, b, lone=i in single and bi in single)
                or _names_apart(a, b)
                and not _placed_apart(placed(i), placed(bi))
                and same_thing(unsourced(i), unsourced(bi))
                or _names_apart(a, b)
                and _one_toll(a, b, placed(i), placed(bi))
                and same_thing(placed(i), placed(bi))
                or bool(restated[a.sentence] & restated[b.sentence])
                and same_thing(a, b, anchored=True)
                or _same_manifest(a, b, manifests)
                and same_thing(a, b, anchored=True)
                or parallel(i, bi)
                or same_fact(a, fact(i), b, fact(bi))
                or twice(a, b)
            )

        def parallel(i: int, bi: int) -> bool:
            # one role's part of a toll, given in two sentences that break the toll down alike
            a, b = qs[i], qs[bi]
            return _same_role_part(a, b, roles, sentences) and same_thing(a, b, anchored=True)

        entry = DatedEntries(sentences, facts)
        item = lru_cache(maxsize=None)(lambda si: _roundup_item(sentences, si))
        # (read the first time a conflict gets that far: most figures never do)
        added = lru_cache(maxsize=None)(lambda: _added_later(sentences))
        # the last toll the article says it updated ("the toll has risen to 15", "Subsequent
        # reports said the toll stood at 132"), per event: a figure before it is an earlier count
        updates = {q.event: (k, q.base_value) for k, q in enumerate(qs) if q.event and "updated" in q.scope}
        sliced = lru_cache(maxsize=None)(lambda: _sliced_sets(tuple(s.text for s in sentences)))
        told_apart = figures_told_apart(qs, sentences)
        stat_lines = StatLines(qs, sentences)
        compared_pairs = ComparedPairs(qs, [s.text for s in sentences])  # line items, each with its pair
        together = ctx.analysis(document_told_apart)  # labels, values the story sets side by side
        breakdowns = Breakdowns(qs)  # a total and the parts it splits into, in nearby sentences
        incident = IncidentModel(qs, [s.text for s in sentences])  # a total, its parts by place or group
        headline = HeadlineFigures(qs, doc)  # a headline's count meets the lede's, not later ones
        # a figure the story restates by a definite phrase ("the mill's 1,450 employees"); a count
        # of a thing the story names there for the first time ("340 beds at the Sellow clinic")
        texts = [s.text for s in sentences]
        definite, anew = definite_restatements(qs, texts), named_anew(qs, texts)
        # one count of people restated under another noun: "rescued 40 migrants" / "the 42 people on board"
        definite = group_restatements(qs, texts) | definite
        # a sum or a share restated by a definite phrase: "the $6.8 million profit", "Brandt's 51.4% share"
        amounts = definite_amounts(qs, texts)
        definite = amounts | definite
        # a group's count restated by a definite or partitive phrase: "Two of the 16 injured"
        definite = definite_counts(qs, texts) | definite
        # Earlier figures by what they could be the same thing as: a figure is compared only with
        # those sharing its person, counted noun, attribute or event (what same_thing needs), and
        # with at most the latest _CANDIDATES of each, so a live blog of thousands of figures
        # costs a bounded amount per figure.
        index: dict[tuple, list[int]] = defaultdict(list)
        reported: set[tuple[int, float]] = set()  # (earlier figure, later value) already said
        seen: set[tuple[int, int]] = set()  # sentence pairs already reported
        unnamed_pairs: list[tuple[tuple[int, int], Finding]] = []
        for bi, b in enumerate(qs):
            # a count's fact: by its predicate alone (people may be counted by a role or as people)
            keys = _keys(b) + ([("fact", fact(bi).predicate)] if fact(bi) else [])
            tied_by_keys = {i for k in keys for i in index.get(k, ())[-_CANDIDATES:]}
            # found only as a sentence said again: that is the one test of what ties them
            only_twice = {i for k in twice.keys(b) for i in index.get(k, ())[-_CANDIDATES:]} - tied_by_keys
            # a length or duration naming nothing it measures: tied only by its clause's words
            bare = bare_key(b)
            only_bare = set(index.get(bare, ())[-_CANDIDATES:]) - tied_by_keys if bare else set()
            # one lone figure read bare and one read fully: tied by ``bare_told_twice`` alone
            lone_key = (b.kind, b.unit, "lone") if bi in single else None
            only_lone = (
                {i for i in index.get(lone_key, ())[-_CANDIDATES:] if is_bare(qs[i]) != is_bare(b)}
                - tied_by_keys
                - only_twice
                - only_bare
                if lone_key
                else set()
            )
            restates = {definite[bi]} if bi in definite else set()
            candidates = sorted(tied_by_keys | only_twice | only_bare | only_lone | restates)
            for k in keys + twice.keys(b) + ([bare] if bare else []) + ([lone_key] if lone_key else []):
                index[k].append(bi)
            # read lazily: a figure whose first conflict is already reported needs no more
            pending = (
                i
                for i in candidates
                if qs[i].sentence != b.sentence
                and (qs[i].sentence, b.sentence) not in seen
                and back_from_now(qs[i]) == back_from_now(b)  # "70 days ago" / "trapped 69 days"
                and (
                    (i in restates or tied(i, bi))
                    if i in tied_by_keys
                    else (i in only_bare and same_thing(qs[i], b, lone=i in single and bi in single))
                    or (i in only_twice and twice(qs[i], b))
                    # (found by no key: tied by ``bare_told_twice`` alone, by no other reading)
                    or (i in only_lone and same_thing(qs[i], b, lone=True) and not same_thing(qs[i], b))
                    or i in restates
                )
                and values_conflict(qs[i], b)
                and bi not in anew
                and not self._small(qs[i], b)
                and not _compound_parts(qs[i], b, sentences)  # "5 horas y 26 minutos": parts of lengths
                and not _other_subject(sentences[qs[i].sentence].text, sentences[b.sentence].text)
                and not _placed_part(qs[i], b, placed(i), placed(bi), sentences)
                and not _town_part(qs[i], b, sentences)
                and not roles_apart(qs[i], b, texts)  # asked for / imposed
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
                # (a definite amount is a level: "Orr's 51.4% tally fell short of" moves nothing)
                and not (b.movement and _moves_apart(qs[i], b, sentences) and amounts.get(bi) != i)
                and not (role_and_people(qs[i], b) and _role_part(qs, i, bi, lone))
                and not (b.event == "rescue" and _rescuers_named(sentences, qs[i].sentence, b.sentence))
                and not _between(added().get(b.event or "", ()), qs[i].sentence, b.sentence)
                and not (b.head == "seat" and _other_party(qs[i], b, sentences))
                and not _epicentres_apart(qs[i], b, sentences)
                and not counted_apart_abroad(qs[i], b, sentences)  # "18 ottobre", "58 días"
                and not unread_pair(qs[i], b, sentences)  # not English: one fate's count said twice only
                and not past_scope_pair(qs[i], b, sentences)  # not English: "entonces", "en 2011"
                and not stat_lines.apart(qs[i], b)  # two players' points and rebounds
                and not compared_pairs.apart(qs[i], b)  # two items' pairs of sums, none shared
                and not early_count(qs[i], b, sentences)  # "in the first hours after the quake"
                and not scales_apart(qs[i], b)  # "after 38 years" / "with three minutes to go"
                and not anaphor_of_two(qs[i], b, sentences)  # "The 41-year-old" after two people
                and not (b.kind == "age" and ages_apart(qs[i], b, texts))  # "turned 41 on Sunday"
                and not thresholds_apart(qs[i], b, sentences)  # "rise more than 20 cents" / "10 cents"
                and not case_of_one_place(qs[i], b, sentences)  # "En el caso de Molinar, 90 personas"
                and entry[qs[i].sentence] == entry[b.sentence]
                and not holders_apart(fact(i), fact(bi))
                and nations_of(qs[i]) == nations_of(b)  # "41 Chilean passengers" / "50 passengers"
                and not (  # (not "the four injured" taken to hospital: all of them)
                    _hospital_part(qs[i], fact(i), b, fact(bi))
                    and not hospital_part_is_whole(qs[i], fact(i), b, fact(bi), sentences)
                )
                and not told_apart(i, bi)
                and not sides_apart(qs[i], b, texts)  # "led Orr by 46% to 45%": 45% is Orr's
                and not _items_apart(qs[i], b, item)
                and not _bound_met_to_date(qs[i], b, sentences)
                and not (
                    (qs[i].attribute in _ONE_EVENT_MEASURES or b.kind == "count" and b.event)
                    and _other_years(qs[i], b)  # "23 dead" on Monday / "in 2009 caused 27 fatalities"
                )
                and not past_event_pair(qs[i], b, sentences)  # "killed 26,000 in 2003", "the 2018 quake"
                and not listed_part(qs[i], b, sentences)  # "500,000 teachers, nurses and clerks"
                and not together.apart(qs[i], b)  # "(34)", "five rather than nine storeys"
                and not incidents_apart(qs[i], b, sentences)  # "a bomb ... eight" / "another ... five"
                # "im ersten Quartal", "En 2018": another period (not a definite restatement's year)
                and not (sums_apart(qs[i], b, sentences) and amounts.get(bi) != i)
                and not incident.apart(i, bi)
                and not breakdowns.apart(i, bi)  # "Twelve died." / "Seven died in Arlen." "Five in Bosk."
                and not _times_apart(qs[i], b, sentences)  # "arrested before the match", "so far this year"
                and not estimates_apart(qs[i], b, sentences)  # an estimate, two fates, another body's rise
                and not tolls_of_places(qs[i], b, sentences)  # "hit Tarn and Brel" / "Brel reported 36"
                and not headline.apart(i, bi, tied)
                and not leads_apart(qs[i], b, texts)  # "In Osk, 41 died" / "Istria reported 3"
            )
            ai = next(pending, None)
            if ai is None:
                continue
            if (
                _echoes_earlier(qs, bi, ai, seen)
                or _part_of_told_whole(qs, ai, bi, sentences)
                or _of_another_incident(qs[ai], b, sentences)
                or _toll_of_listed_places(qs[ai], b, sentences)
                or part_of_wider_toll(qs[ai], b, sentences)  # one place's, one day's, one area's
            ):
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
            staged = not risen and _beside_tolls_of_two_stages(qs, ai, bi)
            if risen or staged:
                said = _CHANGED_NOTE[staged]
            elif (
                not said
                and a.kind != "age"  # a person's age is the same on Thursday and on Friday
                and _different_days(a, b)
                and not (a.attribute or "").startswith("distance from ")
            ):
                said = " (given for different days: if the figure changed, say so and give the latest)"
            apart = magnitudes_apart(a, b)  # "16,000" / "21": likely two things, so only info
            grew = _grew(a, b, sentences)  # a toll counted again on a later day, and larger
            said += APART_NOTE if apart and not (risen or staged) else ""
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
            # "Villagers, however, said that 40 were killed": a source the sentence does not name,
            # set against the one that gave the earlier figure
            contrasted = sources or (
                first is not None
                and second is None
                and bool(_CONTRASTED_CLAIM.match(sentences[b.sentence].text))
            )
            finding = self.finding(
                figure_span(doc, b.sentence, b.start, b.end),
                _mismatch(b, a, subject, more + said),
                severity=Severity.INFO
                if (contrasted and _acknowledged(sentences, a.sentence, b.sentence))
                or risen
                or staged
                or apart
                or grew
                else None,
                related=[
                    Related(
                        figure_span(doc, x.sentence, x.start, x.end), message=f"earlier figure: {_fmt(x)}"
                    )
                    for x in [a] + others
                ],
                key_texts=[sentences[b.sentence].text, sentences[a.sentence].text],
            )
            yield from _now_or_later(finding, (a.sentence, b.sentence), subject, seen, unnamed_pairs)

        facts = [fact(k) if q.kind == "count" else None for k, q in enumerate(qs)]
        yield from self._list_wholes(doc, qs, facts, seen)
        yield from self._bodies_beyond_toll(doc, qs, split, entry, seen)
        yield from self._parts_short_of_toll(doc, qs, split, entry, seen)
        yield from result_pair_findings(self, doc, seen)  # a two-share result told twice
        yield from measure_findings(self, doc, seen)
        yield from match_score_findings(self, doc, seen)  # one match's final score told twice
        yield from sum_findings(self, doc, ctx, seen)
        yield from self._unnamed_ages(doc, qs, seen)
        yield from restated_age_findings(self, doc, qs, seen)  # "the 29-year-old man", age lists
        yield from charge_count_findings(self, doc, qs, seen)  # "on seven counts" / "all eight counts"
        yield from restated_toll_findings(self, doc, qs, seen)  # "58 killed" / "Most of the 85 dead"
        yield from (finding for pair, finding in unnamed_pairs if pair not in seen)

    def _unnamed_ages(self, doc: Document, qs: list[Quantity], seen: set) -> Iterator[Finding]:
        """One unnamed person's age told twice, tied by what befell the person."""
        sentences = doc.sentences
        for ai, bi, what in unnamed_age_pairs(qs, sentences):
            a, b = qs[ai], qs[bi]
            if (a.sentence, b.sentence) in seen:
                continue
            seen.add((a.sentence, b.sentence))
            yield self._on_later(
                doc,
                b,
                a,
                f"{_fmt(b)} disagrees with {_fmt(a)} given earlier for the age of {what}: if they "
                "are two people, say so",
                f"earlier figure: {_fmt(a)}",
                [sentences[b.sentence].text, sentences[a.sentence].text],
            )

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
        conflict, but more are. Only an exact toll of people as such, or of the role the bodies are
        counted by ("the bodies of the 4 climbers" / "Three climbers died"), never a part of it."""
        sentences = doc.sentences
        bodies = [q for q in qs if _plain_bodies(q)]
        if not bodies:
            return
        tolls = _exact_tolls(qs, split, bounds=("",), roles=True)
        for b in bodies:
            for t in tolls:
                pair = (min(b.sentence, t.sentence), max(b.sentence, t.sentence))
                if (
                    b.sentence == t.sentence
                    # a toll by a role meets only the bodies of that role ("the bodies of the
                    # four climbers" / "Three climbers died"), not bodies of anyone
                    or not counts_people(t)
                    and t.head != b.head
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


_SEXES = frozenset({"boy", "girl", "man", "woman", "male", "female"})
_TITLE_CASE = re.compile(r"^(?:\W*(?:[A-Z0-9][\w'’.,:-]*|[a-z]{1,3})\b\W*)+$")

"""FL402's reading of one event told twice with two values: how long it lasted ("after 48 hours
of talks" / "after 36 hours of talks"; "finished in one hour, 48 minutes" / "his 118-minute
race") and a player's goal in two minutes ("Dunn's 38th-minute goal" / "in the 36th minute Dunn
scored"). Values and their event keys are read by ``analysis/event_values.py``; a length the
durations reader already measures (a siege, a strike, a flight) is left to it, save against a
finishing time of its match or race, which that reader does not read."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis import durations as spans
from factlint.analysis.dates import conflicting
from factlint.analysis.languages import article_language
from factlint.analysis.event_values import disagree, event_key, once_told, one_subject, said_of_subject, told
from factlint.analysis.numbers import figure_span
from factlint.linter.finding import Related
from factlint.rules.fl402_referred import with_references


_FINISHES = frozenset({"race", "match"})  # the keys of a finishing time (analysis/event_values.py)


def _what(key: str, noun: str) -> str:
    if key.startswith("goal:"):
        return f"the minute of {noun}'s goal"
    return f"how long the {noun} lasted" if key != "race" else "the race's time"


def event_value_findings(rule, doc, ctx) -> Iterator:
    """One finding per value that disagrees with an earlier value of the same event."""
    measured = {(d.sentence, d.start) for d in ctx.analysis(spans.durations)}
    found = ctx.analysis(told)
    for i, b in enumerate(found):
        # A length FL401's durations reader measured is FL401's to judge: a figure of the same
        # noun it passed over was passed over as another one ("the 36-hour talks on pensions broke
        # down in May"). Only a finishing time ("won in one hour, 48 minutes"), which it never
        # reads, is set against its match's or race's length here.
        timed = b.key in _FINISHES
        mine = (
            a
            for a in found[:i]
            if len({(a.sentence, a.start), (b.sentence, b.start)} & measured) < (2 if timed else 1)
        )
        a = next((a for a in mine if disagree(a, b)), None)
        if a is None:
            continue
        yield pair_finding(rule, doc, a, b, _what(b.key, b.noun))


def pair_finding(rule, doc, a, b, what: str, why: str = ""):
    """The finding on a later value ``b`` (a figure with its sentence, span and text) that
    disagrees with the earlier ``a`` for ``what``, with ``a`` as its related span; ``why`` closes
    the message ("one event has one time")."""
    reason = f" ({why})" if why else ""
    return rule.finding(
        figure_span(doc, b.sentence, b.start, b.end),
        f'"{b.text}" for {what} disagrees with "{a.text}" earlier: check which is right{reason}',
        related=[Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier: "{a.text}"')],
        key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
    )


def event_date_findings(rule, doc, facts, seen: set[tuple[int, int]]) -> Iterator:
    """One event of one named subject dated twice, two different dates, where neither sentence
    tells of a repeat or another event of its kind ("Quell joined the party in 1976" / "Quell, who
    joined the party in 1978"; "the election on March 22" / "the March 29 vote"), and the story
    gives that event of that subject no third date. Pairs FL402's once-only events reported are
    left out."""
    if article_language(doc.text) not in (None, "en"):
        return  # (another language's event words are read more loosely: FL402's own pass)
    dated, refs = with_references(doc, facts.dates)
    usable = [
        (n, d)
        for n, d in enumerate(dated)
        if event_key(d.event)
        and not d.relative
        and (d.year is not None or d.month is not None)
        and not (d.in_list or d.copular_year)
        and d.preposition in {"in", "on", ""}
        and once_told(doc.sentences[d.sentence].text, d.start, d.end)
    ]
    by_key: dict[str, list] = {}
    for n, d in usable:
        by_key.setdefault(event_key(d.event), []).append((n, d))
    for group in by_key.values():
        if len({(d.year, d.month, d.day) for _, d in group}) != 2:
            continue
        for i, (n, b) in enumerate(group):
            for m, a in group[:i]:
                if a.sentence == b.sentence or (a.sentence, b.sentence) in seen or not conflicting(a, b):
                    continue
                # a plan's date and a fact's ("was due to be sentenced on 1 May" / "was sentenced
                # on 1 June": put off), unless both name the event by its noun ("the election on
                # April 14" / "the April 21 vote")
                if a.modal != b.modal and not (n in refs and m in refs):
                    continue
                # one subject named in both, each the subject of its verb, or a definite noun
                # referring back to the one earlier date
                said = all(
                    said_of_subject(doc.sentences[x.sentence].text, x.start, x.event, x.subject)
                    for x in (a, b)
                )
                if not (
                    one_subject(a, b) and said or (n in refs and i == 1 and not b.subject and not refs[n])
                ):
                    continue
                seen.add((a.sentence, b.sentence))
                yield rule.finding(
                    figure_span(doc, b.sentence, b.start, b.end),
                    f'"{b.text}" dates the same event differently from "{a.text}" earlier: check which date is right',
                    related=[
                        Related(
                            figure_span(doc, a.sentence, a.start, a.end), message=f'earlier date: "{a.text}"'
                        )
                    ],
                    key_texts=[doc.sentences[b.sentence].text, doc.sentences[a.sentence].text],
                )
                break

"""FL402's reading of a one-time event of one subject told twice with two times: a player's goal
in two minutes ("Roe scored a 38th-minute goal" / "in the 36th minute when Roe ... shot low"),
the story's one election named by two dates ("the October 22 election" / "the October 29 vote"),
a person's one-time start in two years ("joined the assembly in 1976" / "entered the assembly in
1978") and an incident's clock time written onto its word twice ("a blast at about 6.30am" / "the
blast, which happened about 7.30am"). Values are read by ``analysis/one_time_events.py``; a pair
another FL402 reader already reported is left out."""

from __future__ import annotations

from typing import Iterator

from factlint.analysis import one_time_events as once
from factlint.analysis.event_values import told
from factlint.analysis.languages import article_language
from factlint.analysis.numbers import numbers
from factlint.analysis.times import clock_times
from factlint.rules.fl402_apart import several_incidents
from factlint.rules.fl402_events import pair_finding


def _finding(rule, doc, a, b, what: str):
    return pair_finding(rule, doc, a, b, what, "one event has one time")


def once_findings(rule, doc, ctx, seen: set[tuple[int, int]]) -> Iterator:
    """One finding per later value of a one-time event that disagrees with its earlier one."""
    if article_language(doc.text) not in (None, "en"):
        return
    dates = ctx.analysis(numbers).dates
    found = once.goal_minutes(doc) + once.dated_elections(doc, dates) + once.started(doc, dates)
    goals = {(t.sentence, t.start) for t in ctx.analysis(told) if t.key.startswith("goal:")}
    for a, b in once.conflicts(sorted(found, key=lambda o: (o.sentence, o.start))):
        if (a.sentence, b.sentence) in seen or {(a.sentence, a.start), (b.sentence, b.start)} <= goals:
            continue  # (two minutes of a goal the event-values reader reads both of: its finding)
        seen.add((a.sentence, b.sentence))
        yield _finding(rule, doc, a, b, b.what)
    if several_incidents(doc.sentences):
        return
    for a, b in once.incident_times(doc, ctx.analysis(clock_times)):
        if (a.sentence, b.sentence) not in seen:
            seen.add((a.sentence, b.sentence))
            yield _finding(rule, doc, a, b, f"the time of the {b.event}")

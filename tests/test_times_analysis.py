"""Clock times and durations (``factlint.analysis.times`` / ``durations``) read from sentences.

FL402's YAML cases cover what the rule reports; these tests pin down what the two analyses read
from text (the stretch of the day a time allows, its zone and event, the range a length allows,
the figures they must leave alone) so a regression shows where it happened.
"""

from __future__ import annotations

import pytest

from factlint.analysis.durations import sentence_durations
from factlint.analysis.times import conflict, gap, same_event, sentence_times


def times(text: str):
    return sentence_times(0, text)


def one_time(text: str):
    found = times(text)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


def hm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


@pytest.mark.parametrize(
    ("text", "lo", "hi", "exact"),
    [
        ("The airliner took off at 10:33 am from the capital.", "10:33", "10:33", True),
        ("The airliner took off at about 10:30 am from the capital.", "10:15", "10:45", False),
        ("The bridge collapsed shortly after 8 pm on Sunday.", "20:00", "20:30", False),
        ("The crash happened just before 4pm, police said.", "15:30", "16:00", False),
        ("The explosion ripped through the port at 14:10 local time.", "14:10", "14:10", True),
        ("The plane crashed at 9 p.m. into a field.", "20:45", "21:15", False),
    ],
)
def test_a_clock_time_is_the_stretch_of_the_day_it_allows(text, lo, hi, exact):
    t = one_time(text)
    assert (hm(t.lo), hm(t.hi), t.exact) == (lo, hi, exact)


def test_the_event_a_time_is_said_of():
    assert one_time("The airliner took off from the island's main airport at 10:41 am.").event == "takeoff"
    assert one_time("The ministry said the accident occurred at around 9:12 a.m.").event == "incident"
    assert one_time("A fire broke out on the top floor at around 5:30pm on Thursday.").event == "fire"
    assert one_time("At 8:57 a.m., the tower issued a bird strike warning.").event == "warning"


def test_a_zone_and_a_conversion_in_brackets():
    t = one_time("The earthquake struck at 22:11 GMT on Friday.")
    assert t.zone == "gmt"
    # the bracketed time restates the first in another zone: it is not read as a second time
    assert [x.text for x in times("The gunmen arrived at around 7:40 pm (16:40 GMT) in a van.")] == [
        "7:40 pm"
    ]
    # the reader's time, converted to the scene's in brackets: not the scene's time
    assert one_time("Smoke was seen at 5.50pm (6.50pm local time) over the roof.").zone == "abroad"


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 3.45 percent to 12.30 by noon.",  # figures, and a bound
        "The office is open from 9 am to 5 pm on weekdays.",  # a range
        "Voters must register by 9 am on Tuesday.",  # a deadline
        "10:32 GMT: Police say the road is closed.",  # a live blog's stamp
        "The score was 2:1 at half-time.",  # a score
    ],
)
def test_figures_and_bounds_are_not_event_times(text):
    assert not [t for t in times(text) if t.event], [t.text for t in times(text)]


def test_two_accounts_of_one_take_off_conflict_but_a_rounding_does_not():
    exact = one_time("The aircraft took off at 10:33 am on Sunday.")
    other = one_time("The aircraft took off at 10.30 am, officials said.")
    rounded = one_time("It took off at about 10:30 am from the capital.")
    assert same_event(exact, other) and conflict(exact, other)
    assert same_event(exact, rounded) and not conflict(exact, rounded)


def test_other_zones_plans_and_other_days_are_not_the_same_event():
    local = one_time("The earthquake struck at 11:11 p.m. local time.")
    gmt = one_time("The earthquake struck at 22:11 GMT on Friday.")
    assert not same_event(local, gmt)
    plan = one_time("The flight was scheduled to depart at 3:45 p.m.")
    done = one_time("The plane departed at 3:57 p.m.")
    assert not same_event(plan, done)
    before = one_time("His mother was rescued at 4:30 p.m. the day before.")
    after = one_time("Rescuers freed him at 4:38 pm.")
    assert not same_event(before, after)


def test_a_time_without_am_or_pm_may_be_twelve_hours_later():
    with_pm = one_time("The fire broke out at 7:45 pm, witnesses said.")
    bare = one_time("The fire broke out at 7.45, witnesses said.")
    assert gap(with_pm, bare) == 0


def lengths(text: str):
    return [(d.text, d.lo / 3600, d.hi / 3600, d.measures) for d in sentence_durations(0, text)]


def test_a_length_is_the_range_its_words_allow():
    assert lengths("The gunman held them hostage for more than 12 hours.") == [
        ("more than 12 hours", 12.0, 18.0, "siege")
    ]
    assert lengths("The standoff ended after nearly 11 hours.") == [("nearly 11 hours", 8.8, 11.0, "siege")]
    (text, lo, hi, what) = lengths("Police hesitated to engage the gunman for one hour, 14 minutes.")[0]
    assert (text, round(lo * 60), what) == ("one hour, 14 minutes", 74, "wait")


def test_days_ago_names_the_event_it_dates():
    assert lengths("The bridge, which reopened four days ago, was crowded.") == [
        ("four days ago", 96.0, 96.0, "ago:reopen")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A woman had been trapped for 21 hours under the rubble.",  # one person's time
        "The rescue could take close to 11 hours, the governor said.",  # a plan
        "Most survivors are found within 72 hours of a collapse.",  # a window
        "Firefighters worked 24 hours a day to douse the blaze.",  # a rate
        "The plane disappeared from radar 30 seconds later.",  # a step after another
        "She said she waited about eight hours before she went home.",  # one person's wait
        "Wait times at the two clinics were at least 10 hours.",  # a place's waiting times
    ],
)
def test_lengths_that_are_not_of_one_whole_event(text):
    assert lengths(text) == []


def test_police_wait_is_one_whole_event():
    assert [x[3] for x in lengths("Police waited 40 minutes outside the depot.")] == ["wait"]


def test_part_of_a_weekday_is_a_stretch_of_the_clock():
    (t,) = times("The attack, which happened on Sunday afternoon, left families homeless.")
    assert (t.text, t.lo, t.hi, t.event, set(t.days)) == ("Sunday afternoon", 660, 1170, "attack", {"sunday"})


@pytest.mark.parametrize(
    "text",
    [
        "The fire was still burning on Sunday morning.",  # how long it lasted
        "Police said on Sunday morning that three people were hurt in the crash.",  # when it was told
        "The market reopened on Sunday morning.",  # no event a time is given for
    ],
)
def test_parts_of_a_day_that_time_no_event(text):
    assert times(text) == []

"""Ages at a life event (analysis/event_ages.py): the forms read, the event each is tied to, and
what is left out (bounds, ranges, lists, repeated events, an age that is not at the event)."""

from __future__ import annotations

import pytest

from factlint.analysis.event_ages import same_age_event, sentence_event_ages


def _one(text: str):
    found = sentence_event_ages(0, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, event",
    [
        (
            "Dr Orsolya Fenn was diagnosed with a rare blood disorder at 34, and told to rest.",
            34,
            "diagnosis",
        ),
        ("Fenn was 35 when she was diagnosed, her sister said.", 35, "diagnosis"),
        ("When she was 35, she was diagnosed with the illness.", 35, "diagnosis"),
        ("When the keeper announced his retirement, aged just 38, the club thanked him.", 38, "retirement"),
        ("Brusk retired at the age of 37 after 600 games.", 37, "retirement"),
        ("When he was a 27-year-old clerk, he was diagnosed with the illness.", 27, "diagnosis"),
        ("He was diagnosed with the illness when he was 22.", 22, "diagnosis"),
        ("Lund, who was 21 at the time of his diagnosis, taught physics.", 21, "diagnosis"),
    ],
)
def test_forms(text, value, event):
    age = _one(text)
    assert (age.value, age.event) == (value, event)


@pytest.mark.parametrize(
    "text",
    [
        "He was diagnosed at about 40.",  # rounded
        "The boys, aged 11 to 17, were diagnosed with a lung infection.",  # a range
        "The twins were diagnosed at 20 and 22.",  # a list
        "Reyl was diagnosed again at 44.",  # another occurrence
        "The clinic at 21 Mill Road diagnosed him.",  # an address, no age
    ],
)
def test_left_out(text):
    assert sentence_event_ages(0, text) == []


def test_joined_then_retired_keep_their_own_ages():
    ages = sentence_event_ages(0, "Sato joined the club at 17 and retired at 35.")
    assert [(a.value, a.event) for a in ages] == [(17, "joining"), (35, "retirement")]


def test_two_of_a_family_are_two_people():
    a = _one("Tomas Reyl was diagnosed with the condition at 40.")
    b = _one("His brother Ivo Reyl was diagnosed with it at 45.")
    assert not same_age_event(a, b)
    c = _one("Reyl was 41 when he was diagnosed.")
    assert same_age_event(a, c)

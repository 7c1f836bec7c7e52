"""analysis/one_time_events.py: values of one-time events read with their key, and left out where
the story tells of several events of the kind."""

from __future__ import annotations

from factlint.analysis import one_time_events as once
from factlint.linter.loader import parse_text


def _doc(*sentences: str):
    return parse_text("\n\n".join(sentences) + "\n", "text")


def test_a_goal_minute_is_keyed_on_its_scorer():
    doc = _doc(
        "Tarn forward Eda Brasko scored a 41st-minute goal and set up another.",
        "Quill were undone in the 44th minute when Brasko cut inside and shot low.",
    )
    found = once.goal_minutes(doc)
    assert [(o.key, o.value) for o in found] == [("goal:brasko", 41), ("goal:brasko", 44)]
    assert len(once.conflicts(found)) == 1


def test_a_player_who_scored_twice_gives_no_goal_minute():
    doc = _doc(
        "Eda Brasko scored a 41st-minute goal for Tarn.",
        "Brasko scored again in the 77th minute with a header.",
    )
    assert once.goal_minutes(doc) == []


def test_a_missed_shot_is_no_goal():
    doc = _doc("Eda Brasko shot wide in the 12th minute for Tarn.")
    assert once.goal_minutes(doc) == []


def test_a_career_ordinal_is_keyed_on_owner_and_noun():
    doc = _doc(
        "Petra Vosk won her 12th career title on Sunday.",
        "Vosk beat Ilse Marn in the final.",
        "It was her 11th career title and her second this year.",
    )
    found = once.career_ordinals(doc)
    assert {o.key for o in found} == {"count:vosk:title"}  # "career" counts no part of one
    assert [o.value for o in found] == [12, 11]


def test_a_career_ordinal_key_leaves_out_words_of_the_whole_career():
    doc = _doc(
        "Harrows won to secure the 19th tour singles title of her career.",
        "Harrows' 18th singles title win was her third this year.",
        "Harrows' 7th doubles title came last month.",
    )
    keys = [o.key for o in once.career_ordinals(doc)]
    assert keys[:2] == ["count:harrows:singles title"] * 2
    assert "count:harrows:doubles title" not in keys[:2]


def test_a_noun_the_story_counts_in_the_plural_is_left_out():
    doc = _doc(
        "Ivo Sand's 12th term began on Monday.",
        "His earlier terms were calmer. Sand's 11th term ended in a crisis.",
    )
    assert once.career_ordinals(doc) == []


def test_spelled_ordinals_are_places_in_a_sequence():
    doc = _doc("Ivo Sand's third term began on Monday.", "Sand's second term saw unrest.")
    assert once.career_ordinals(doc) == []

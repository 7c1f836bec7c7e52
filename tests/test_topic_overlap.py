"""Whether a sentence shares the story's topic (analysis.topic_overlap): the content words FL201
reads of a late minister's sentence."""

from __future__ import annotations

import yaml
from pathlib import Path

from factlint.analysis.topic_overlap import content_words, known_language, overlap


def test_function_words_speech_calendar_and_news_words_are_no_content():
    words = content_words("The government said on Tuesday that the new submarines would be delivered.", "en")
    assert words == ["submarines", "delivered"]


def test_a_name_left_out_is_no_content():
    assert content_words(
        "Finance Minister Alan Price spoke of inflation.", "en", frozenset({"alan", "price"})
    ) == [
        "finance",
        "inflation",
    ]


def test_two_words_of_one_stem_are_shared():
    story = [
        "Floodwater swept through Harwick on Tuesday.",
        "The defence minister visited the flooded streets.",
    ]
    assert overlap(story, 1, "en").shared == ("flooded",)


def test_a_four_letter_word_shares_with_a_longer_word_it_begins():
    story = ["Heavy rainfall closed the coast road.", "The roads minister promised rain barriers."]
    assert "rain" in overlap(story, 1, "en").shared


def test_a_german_compound_shares_its_part():
    story = ["Das Hochwasser hat Kellbach erreicht.", "Der Innenminister sagte, das Wasser gehe zurück."]
    assert overlap(story, 1, "de").shared == ("wasser",)


def test_accents_are_folded():
    story = ["W lesie wybuchł pożar.", "Minister podziękował za gaszenie pozaru."]
    assert overlap(story, 1, "pl").shared == ("pozaru",)


def test_a_three_letter_word_counts_only_whole_and_never_as_a_word_of_its_own():
    story = ["Le quartier est privé d'eau depuis dimanche.", "Le ministre de la Santé a fait analyser l'eau."]
    read = overlap(story, 1, "fr")
    assert "eau" in read.shared and "eau" not in read.words


def test_number_words_are_no_tie():
    story = ["In Oosterwaal zijn twee scholen gesloten.", "De hervorming gaat naar de Tweede Kamer."]
    assert overlap(story, 1, "nl").shared == ()


def test_an_unlisted_language_is_not_read():
    assert known_language("en") and not known_language("fi") and not known_language(None)


def test_every_listed_word_is_a_string():
    # YAML 1.1 reads a bare "yes", "no", "on" or "off" as a truth value: the data quotes them
    data = yaml.safe_load(
        (Path(__file__).resolve().parent.parent / "analysis" / "data" / "topic_words.yaml").read_text("utf-8")
    )
    assert all(
        isinstance(w, str) for groups in data["topic_words"].values() for g in groups.values() for w in g
    )

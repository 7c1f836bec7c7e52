"""How much the words a sentence shares with its story tie it there (analysis.topic_weight): FL201
reads a late titled newcomer's shared words by what the story says of each."""

from __future__ import annotations

from factlint.analysis.topic_weight import TIED, tie, tied

STORY = [
    "Floodwater swept through Harwick on Tuesday, closing the coast road.",
    "Volunteers filled sandbags outside the town hall.",
    "The mill at Pennock lost its roof, and the mill owners asked for help.",
    "Buses ran on two routes from the station until late evening.",
    "The river is expected to fall by Friday, when the mill may reopen.",
]


def _tie(sentence: str, words: list[str]) -> float:
    return tie([*STORY, sentence], len(STORY), words, "en")


def test_a_word_one_later_sentence_has_in_passing_weighs_a_third():
    assert (
        abs(
            _tie("Director Ansel Vorrick said the shipping line would add container routes.", ["routes"])
            - 1 / 3
        )
        < 1e-9
    )


def test_a_word_the_story_dwells_on_ties_it_whole():
    assert _tie("Commissioner Ola Brenn said the mill would be rebuilt.", ["mill"]) == TIED


def test_a_word_the_story_names_with_a_capital_ties_it_whole():
    assert _tie("Commissioner Ola Brenn said the Pennock quarry would reopen.", ["pennock"]) == TIED


def test_a_word_of_the_opening_sentences_ties_it_whole():
    assert _tie("Judge Mara Holt said the coast was closed to divers.", ["coast"]) == TIED
    assert _tie("Judge Mara Holt said the sandbags were sold out.", ["sandbags"]) == TIED


def test_an_office_word_ties_nobody():
    story = [*STORY[:3], "The director of the mill said work would resume.", *STORY[3:]]
    assert tie([*story, "Director Ansel Vorrick said exports rose."], len(story), ["director"], "en") == 0


def test_words_in_passing_add_up_to_a_tie():
    assert not tied([*STORY, "x"], len(STORY), ["routes"], "en")
    assert tied([*STORY, "x"], len(STORY), ["routes", "volunteers", "sandbags"], "en")


def test_another_language_is_not_weighed():
    assert tie(["Das Hochwasser kam.", "Der Minister sprach vom Wasser."], 1, ["wasser"], "de") == 1.0


def test_a_word_of_the_newcomers_title_the_story_has_ties_them_whole():
    sentence = "Routes chairman Piet Granvik presented the trophy."
    assert _tie(sentence, ["routes"]) < TIED
    assert tie([*STORY, sentence], len(STORY), ["routes"], "en", title=["routes"]) == TIED


def test_a_common_word_two_later_sentences_have_weighs_two_thirds():
    story = [*STORY, "A group of walkers was rescued.", "The group sheltered in the chapel."]
    sentence = "Director Ansel Vorrick said the group would publish its earnings."
    assert abs(tie([*story, sentence], len(story), ["group"], "en") - 2 / 3) < 1e-9
    assert tied([*story, sentence], len(story), ["group", "routes"], "en")


def test_a_name_both_sentences_write_ties_whole_but_a_name_written_as_a_common_word_not():
    story = [*STORY, "The Harwick Authority opened a shelter."]
    named = "Commissioner Ola Brenn said the Authority would pay for repairs."
    common = "Commissioner Ola Brenn said the local authority approved new car parks."
    assert tie([*story, named], len(story), ["authority"], "en") == TIED
    assert abs(tie([*story, common], len(story), ["authority"], "en") - 2 / 3) < 1e-9

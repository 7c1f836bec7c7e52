"""The language of an article, read by its commonest short words (analysis.languages)."""

from __future__ import annotations

from factlint.analysis.languages import article_language, function_words


def test_a_pair_of_short_english_sentences_reads_as_english():
    # two sentences from two reports of one event: too few function words for a long text's test
    text = (
        "Storm Vela killed more than 40 people, not 12.\n\nRoughly 35 people died in Kell from the floods.\n"
    )
    assert article_language(text) == "en"


def test_a_pair_of_short_spanish_sentences_reads_as_spanish():
    text = "Murieron 40 personas en Kell.\n\nLa tormenta dejó 35 muertos según los bomberos.\n"
    assert article_language(text) == "es"


def test_on_is_a_word_not_a_truth_value():
    # YAML 1.1 reads a bare "on" as true: the data quotes it
    assert "on" in function_words()["en"] and "on" in function_words()["fi"]


def test_too_few_function_words_read_no_language():
    assert article_language("Kell 40, Vela 35.") is None

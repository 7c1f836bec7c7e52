"""The comparison a figure is the subject of, and the teller of a rate (invented sentences)."""

from factlint.analysis.compared_figures import comparison_start
from factlint.analysis.rate_speakers import speaker_names


def test_a_comparison_after_the_figure_starts_where_its_word_is():
    text = "The 12.6 percent share was above the last vote's."
    assert text[comparison_start(text, text.index("percent") + 7) :].startswith("was above")
    assert comparison_start("The $40 million in sales beat estimates.", 7) is not None


def test_no_comparison_past_a_clause_break_or_none_at_all():
    assert comparison_start("Sales were $40 million, and analysts expected more than that.", 15) is None
    assert comparison_start("Sales were $40 million in the quarter.", 15) is None


def test_the_teller_of_a_rate_is_no_subject():
    assert speaker_names("Governor Ilse Moran said inflation eased to 7.1 percent.") == {
        "governor",
        "ilse",
        "moran",
    }
    assert speaker_names("Unemployment is 4.7 percent, said labour minister Hesta Quill.") == {
        "hesta",
        "quill",
    }
    assert speaker_names("Inflation in Marrow rose to 3 percent, officials said.") == frozenset()

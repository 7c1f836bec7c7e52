"""analysis/clause_subject: where the subject a titled person opens begins and ends."""

from __future__ import annotations

from factlint.analysis.clause_subject import subject_end, subject_start


def _end(text: str, name: str) -> str:
    start = text.index(name)
    return text[subject_end(text, start, start + len(name)) :]


def test_subject_end_passes_what_copy_sets_inside_the_subject():
    assert (
        _end("Judge Orla Vantry, 58, suspended two clerks.", "Judge Orla Vantry") == " suspended two clerks."
    )
    assert _end(
        "Minister Tove Arnaz, who took office in May, announced a review.", "Minister Tove Arnaz"
    ) == (" announced a review.")
    assert _end(
        "Ferris Olund, the director of a festival in Pellam, says sales rose.", "Ferris Olund, the director"
    ) == (" says sales rose.")
    assert _end("Minister Davin Ostrel's office said the tour would go on.", "Minister Davin Ostrel") == (
        " said the tour would go on."
    )
    assert _end("Mayor Ilse Darrow (left) opened the depot.", "Mayor Ilse Darrow") == " opened the depot."


def test_subject_end_leaves_what_is_no_aside():
    # (no open apposition: "of" after a plain title is its body, read by the rule's own reader)
    assert _end("Director Jan Voss of Pellam said so.", "Director Jan Voss") == " of Pellam said so."
    # (a comma that opens a list or a quotation is no aside)
    assert _end('Mayor Ilse Darrow, "who else", said so.', "Mayor Ilse Darrow") == ', "who else", said so.'
    assert _end("Mayor Ilse Darrow's car was towed.", "Mayor Ilse Darrow") == "'s car was towed."


def test_subject_start_takes_in_a_possessive_body():
    text = "The insurer's chief executive, Mirel Sotho, signed a deal."
    assert text[subject_start(text, text.index("chief")) :].startswith("The insurer's")
    text = "On Monday, the Kell Fund's director, Ama Roe, resigned."
    assert text[subject_start(text, text.index("director")) :].startswith("the Kell Fund's")
    text = "Voters cheered the insurer's chief executive, Mirel Sotho."
    assert subject_start(text, text.index("chief")) == text.index("chief")

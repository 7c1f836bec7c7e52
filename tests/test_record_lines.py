"""The record lines of a fact box (analysis/record_lines.py): a label of any length up to the
first colon, no finite verb in it, figures right after it."""

from __future__ import annotations

import re

from factlint.analysis.record_lines import record_label


def _figures(text: str) -> tuple[int, ...]:
    return tuple(
        m.start() for m in re.finditer(r"\d", text) if m.start() == 0 or not text[m.start() - 1].isdigit()
    )


def test_wide_labels_are_read_whole():
    for text, label in [
        (
            "Larch Fire, Vell and Osk Counties, between Tamber and Heron Lake: 21,300 acres, 80% contained.",
            ("larch", "fire", "vell", "and", "osk", "counties", "between", "tamber", "and", "heron", "lake"),
        ),
        (
            "Fenn Fire, south of Carrow from Route 17 to the reservoir: 9,450 acres.",
            ("fenn", "fire", "south", "of", "carrow", "from", "route", "17", "to", "the", "reservoir"),
        ),
        (
            "Larch Fire (Vell County, near Tamber): 21,300 acres.",
            ("larch", "fire", "vell", "county", "near", "tamber"),
        ),
        (
            "- Old quarter and the harbour: about 1,200 damaged buildings.",
            ("old", "quarter", "and", "the", "harbour"),
        ),
        ("Deaths: 3 firefighters, 7 civilians.", ("deaths",)),
    ]:
        found = record_label(text, _figures(text))
        assert found is not None and found[1] == label, text
        assert text[found[0]] == ":"


def test_sentences_and_captions_are_no_records():
    for text in [
        "Police said: 14 people were hurt.",  # a finite verb in the label
        "He told reporters: 14 were hurt.",
        "Officials confirmed: 14 dead.",
        "Aftermath: 14 people were killed in the gales.",  # a finite verb after the colon
        "Obituary: Tom Vell, 81, suffered a stroke in May.",
        "Larch Fire: crews from across the county and 21 engines.",  # the figure too far
        "the county: 14 deaths.",  # no capital opens it
        "Larch Fire: no figure at all.",
    ]:
        assert record_label(text, _figures(text)) is None, text

"""Line and column numbers do not depend on the line endings.

The loader ends a line at ``\\r\\n``, ``\\r`` (old Mac) or ``\\n``. Every helper that turns file
offsets into line/column goes through ``Document.position``/``Document.span`` (the loader's own
``LineIndex``), so the same article saved with any of the three endings gives the same
line:col for every finding, and suppression comments silence the same lines. (The span helpers
of quotes, numbers and mentions used to count ``"\\n"`` only: in a ``\\r`` file every finding
they placed sat on line 1, and a disable-next-line comment then missed it.)
"""

from __future__ import annotations

import pytest

from factlint.analysis.quotes import quotes
from factlint.analysis.sources import entries
from factlint.linter.engine import lint_text
from factlint.linter.loader import parse_text
from factlint.linter.rule import Context

ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def _encode(text: str, ending: str) -> str:
    return text.replace("\n", ENDINGS[ending])


def _where(findings):
    """(rule, line, col, end line, end col, related (line, col)...) per finding, sorted."""
    return sorted(
        (
            f.rule_id,
            f.span.line,
            f.span.col,
            f.span.end_line,
            f.span.end_col,
            *((r.span.line, r.span.col) for r in f.related),
        )
        for f in findings
    )


ARTICLE = """# Putin praises trade with Beijing

Vladimir Putin, the Russian leader, praised trade with Beijing as the Chinese leader arrived
in Moscow on Tuesday. Analysts say the visit matters for both economies.

Before meeting Putin in the Kremlin, the Chinese leader held talks with the Russian Prime Minister, Mikhail Mishustin.

The Chinese leader praised the President of the European Parliament for their shared beliefs during their dialogue.

Twelve people were killed when the bridge collapsed in Genoa on Tuesday.

Rescuers said 15 people died in the collapse of the Genoa bridge.

Advertisement

<!-- factlint-disable-next-line FL003 -->
Experts say the new bridge will be safe.
"""

EXPECTED = [
    ("FL002", 14, 1, 14, 14),  # "Advertisement" (a sentence span, from the loader)
    ("FL003", 4, 23, 4, 35),  # "Analysts say", on the paragraph's second line (Document.sub_span)
    ("FL201", 8, 28, 8, 68, (3, 67)),  # the President of the European Parliament (mentions)
    ("FL201", 8, 101, 8, 115),  # their dialogue
    ("FL401", 12, 15, 12, 17, (10, 1)),  # "15" against "Twelve" (numbers.figure_span)
]  # line 17's "Experts say" is silenced by the comment on line 16: no FL003 there, no FL000


@pytest.mark.parametrize("ending", ENDINGS)
def test_findings_have_the_same_line_and_column_with_any_line_ending(ending):
    findings = lint_text(
        _encode(ARTICLE, ending), "article.md", select=["FL000", "FL001", "FL002", "FL003", "FL201", "FL401"]
    )
    assert _where(findings) == EXPECTED


@pytest.mark.parametrize("ending", ENDINGS)
def test_disable_next_line_silences_the_finding_below_it(ending):
    text = _encode(
        "# Headline of the story here\n\n<!-- factlint-disable-next-line FL003 -->\n"
        "Experts say it is fine.\n",
        ending,
    )
    assert lint_text(text, "crsup.md", select=["FL000", "FL003"]) == []  # no FL003, no unused FL000
    unsilenced = text.replace("<!-- factlint-disable-next-line FL003 -->", "<!-- note -->")
    assert _where(lint_text(unsilenced, "crsup.md", select=["FL000", "FL003"])) == [("FL003", 4, 1, 4, 12)]


@pytest.mark.parametrize("ending", ENDINGS)
def test_plain_text_finding_mid_line(ending):
    text = _encode("Headline of the story here\n\nSome text. Experts say it is fine.\n", ending)
    assert _where(lint_text(text, "cr.txt", select=["FL003"])) == [("FL003", 3, 12, 3, 23)]


@pytest.mark.parametrize("ending", ENDINGS)
def test_quote_opening_a_line_is_found(ending):
    # the mark after the line break opens the quote: "\r" counts as the space before it
    text = _encode(
        "Library cuts\n\nThe minister told the council on Tuesday that\n"
        '"we will not back down on library funding," before she\nleft.\n',
        ending,
    )
    doc = parse_text(text, "text")
    found = [
        (q.text, q.span.line, q.span.col, q.span.end_line, q.span.end_col)
        for q in Context(doc).analysis(quotes)
    ]
    assert found == [("we will not back down on library funding", 4, 1, 4, 44)]


@pytest.mark.parametrize("ending", ENDINGS)
def test_document_position_and_span_agree_with_the_loader(ending):
    text = _encode("First line\nsecond line\n\nthird paragraph here\n", ending)
    doc = parse_text(text, "text")
    third = doc.sentences[-1]
    assert (third.span.line, third.span.col) == (4, 1)
    assert doc.position(third.span.start) == (4, 1)
    assert doc.position(third.span.start + 6) == (4, 7)
    start = text.index("line\n".replace("\n", ENDINGS[ending]))  # "line" of the first line
    assert doc.position(start) == (1, 7)
    across = doc.span(start, third.span.start + 5)  # from line 1 into line 4
    assert (across.line, across.col, across.end_line, across.end_col) == (1, 7, 4, 6)
    spanned = doc.span(start, third.span.start + 5)
    assert (spanned.line, spanned.col, spanned.end_line, spanned.end_col) == (1, 7, 4, 6)


@pytest.mark.parametrize("ending", ENDINGS)
def test_front_matter_source_entries_know_their_line(ending):
    text = _encode(
        "---\ntitle: Bridge collapse in Genoa\nsources:\n  - text: The bridge fell on Tuesday.\n"
        "---\nThe bridge collapsed on Tuesday, officials said.\n",
        ending,
    )
    doc = parse_text(text, "markdown")
    assert [e.line for e in entries(doc)] == [4]


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_headline_and_list_entries_do_not_depend_on_the_line_ending(nl):
    """A two-line opening paragraph is not a headline, and "1." opening a line starts a list
    entry rather than ending a sentence, whatever ends the lines."""
    from factlint.linter.loader import load_document

    text = f"First line of a two-line{nl}opening paragraph here.{nl}{nl}Steps:{nl}1. Cut taxes now.{nl}2. Raise spending.{nl}"
    doc = load_document(None, data=text.encode(), display_path="a.txt")
    assert [" ".join(s.text.split()) for s in doc.sentences_with_headline()] == [
        "First line of a two-line opening paragraph here.",
        "Steps:",
        "1. Cut taxes now.",
        "2. Raise spending.",
    ]
    assert all(doc.blocks[s.block].kind != "headline" for s in doc.sentences_with_headline())

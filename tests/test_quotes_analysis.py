"""analysis/quotes.py: direct quotes, their speakers and their places in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.analysis.quotes import quote_covering, quotes, quotes_by_sentence
from factlint.linter.loader import load_document
from factlint.linter.rule import Context

SEED = Path(__file__).resolve().parents[1] / "seeds" / "moscow-beijing-trade.txt"


def _quotes(text: str, path: str = "article.md"):
    doc = load_document(None, data=text.encode("utf-8"), display_path=path)
    ctx = Context(doc)
    return doc, ctx, ctx.analysis(quotes)


def test_seed_quotes_are_attributed_to_the_agencies_and_putin():
    doc, _, found = _quotes(SEED.read_text(encoding="utf-8"), "seed.txt")
    speech = [q for q in found if q.kind == "speech"]
    assert [q.span.line for q in speech] == [9, 11]
    tass, interfax = speech
    assert tass.text.startswith("Our nations have been working")
    assert tass.verb == "as stated by" and tass.speaker == "the Russian news agency TASS"
    assert doc.text[tass.speaker_span.start : tass.speaker_span.end] == "the Russian news agency TASS"
    assert interfax.attributed and interfax.speaker == "He"
    # spans cover the marks, in the file text
    assert doc.text[tass.span.start] == '"' and doc.text[tass.span.end - 1] == '"'
    assert tass.span.col == doc.text.splitlines()[8].index('"') + 1


@pytest.mark.parametrize(
    "sentence, speaker, verb",
    [
        ('"We will win this match easily," he said.', "he", "said"),
        ('"We will win this match easily," said John Smith, the coach.', "John Smith", "said"),
        ('John Smith told reporters: "We will win this match easily."', "John Smith", "told"),
        ('Stoltenberg: "Our alliance has never been more united."', "Stoltenberg", ":"),
        (
            "“We will win this match easily,” the spokeswoman for the club said on Monday.",
            "the spokeswoman for the club",
            "said",
        ),
        (
            'The minister, who was in the room, said the plan was "a huge success for the city".',
            "The minister",
            "said",
        ),
        (
            '"Passengers should expect disruption," according to a statement from the airline.',
            "a statement from the airline",
            "according to",
        ),
    ],
)
def test_speaker_in_the_same_sentence(sentence, speaker, verb):
    doc, _, found = _quotes(f"# Headline here\n\n{sentence}\n")
    (q,) = found
    assert (q.speaker, q.verb, q.via) == (speaker, verb, "sentence")
    assert doc.text[q.speaker_span.start : q.speaker_span.end] == speaker


def test_unattributed_quote():
    _, _, found = _quotes(
        '# Waiting lists\n\nWaiting lists grew.\n\n"This is the worst winter we have faced."\n\n'
        "The government said it had funded 2,000 extra beds.\n"
    )
    (q,) = found
    assert not q.attributed and q.verb is None and q.speaker is None and q.via == "none"


def test_speaker_in_the_sentence_before():
    _, _, found = _quotes(
        '# Fire\n\nThe chief fire officer told the BBC:\n\n"Our crews worked through the night."\n'
    )
    (q,) = found
    assert (q.verb, q.speaker, q.via) == ("told", "The chief fire officer", "neighbour")


def test_continued_quote_inherits_the_speaker():
    _, _, found = _quotes(
        '# Record\n\n"I was moved like many visitors today," he told CNN. '
        '"This project increases the hope that Japan can grow again."\n'
    )
    first, second = found
    assert first.speaker == "he" and second.speaker == "he" and second.via in ("neighbour", "continued")


def test_multi_paragraph_quote_shares_the_attribution():
    text = (
        '# Relegation\n\n"It has been the hardest season of my career.\n\n'
        '"We let the fans down too many times," the manager told reporters.\n'
    )
    _, _, found = _quotes(text)
    first, second = found
    assert not first.closed and second.closed
    assert second.speaker == "the manager" and first.speaker == "the manager" and first.via == "continued"


def test_lead_in_survives_a_page_furniture_line():
    text = (
        "# Orient win\n\nInterim manager Andy Hessenthaler told BBC Radio London:\n\n"
        "Media playback is not supported on this device\n\n"
        '"For me to lose two managers this season has been very tough.\n\n'
        '"We owe it to the fans."\n'
    )
    _, _, found = _quotes(text, "article.txt")
    assert [q.speaker for q in found] == ["Andy Hessenthaler"] * 2


def test_titles_and_nested_quotes():
    _, _, found = _quotes(
        '# Box office\n\nThe film beat "The Hunger Games: Mockingjay — Part 1" in 2014. '
        "Fans sang 'You'll Never Walk Alone' again.\n\n"
        "'Your church tells you, \"We love you, but not who you are\",' Kayla said.\n"
    )
    kinds = [(q.kind, q.mark) for q in found]
    assert kinds == [("title", '"'), ("title", "'"), ("speech", "'")]
    assert found[2].speaker == "Kayla"  # the inner double quote is part of the outer one


def test_single_quotes_skip_possessive_apostrophes():
    _, _, found = _quotes(
        "# Union\n\nThe players' union met on Monday. 'We will strike if we have to,' a spokesman said.\n"
    )
    (q,) = found
    assert q.mark == "'" and q.text == "We will strike if we have to" and q.speaker == "a spokesman"


def test_markdown_markup_keeps_spans_in_the_file():
    text = '# Talks\n\nThe **minister** said: "We *will* sign the agreement next week."\n'
    doc, _, found = _quotes(text)
    (q,) = found
    assert doc.text[q.span.start] == '"' and doc.text[q.span.end - 1] == '"'
    assert doc.text[q.speaker_span.start : q.speaker_span.end].replace("*", "") == "The minister"


def test_quote_covering_and_by_sentence():
    doc, ctx, found = _quotes(
        '# Talks\n\n"We will sign the agreement next week," the minister said. Talks resume on Monday.\n'
    )
    first, second = [s for s in doc.sentences if s.block == 1]
    assert quote_covering(ctx, first) is found[0]
    assert quote_covering(ctx, second) is None
    assert ctx.analysis(quotes_by_sentence) == {first.index: [found[0]]}


def test_document_span_counts_lines_and_columns():
    doc = load_document(None, data=b"ab\ncde\n", display_path="a.txt")
    span = doc.span(4, 6)
    assert (span.line, span.col, span.end_line, span.end_col) == (2, 2, 2, 4)


def test_cue_words_finds_what_the_cue_regex_finds():
    """The first-word prefilter of _cue_words must never drop a cue: on every text of the rules'
    YAML cases (and a few made for the edge cases) it gives exactly _CUE.finditer's matches."""
    import yaml

    from factlint.analysis import quotes as q

    texts = [
        "Per the report, prices rose. As per Reuters, they fell. According to officials it rained.",
        "Under the law, he pointed out, fines apply; she went on: 'no'. In the words of Smith, as told to us.",
        "Said-no. re-said it. asked, asks, QUOTED BY the BBC, cited by AP, per cent, summed up well",
    ]
    for path in sorted((Path(__file__).resolve().parents[1] / "rules").glob("*.yaml")):
        texts += [case["text"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    for text in texts:
        expected = [(m.start(), m.end(), m.group(0), bool(m.group("source"))) for m in q._CUE.finditer(text)]
        assert q._cue_words(text)[1] == expected, text[:80]

"""The article reader: bytes to Document, with exact spans, clear input errors and headlines."""

from __future__ import annotations

import datetime
import json
import os
import re
from pathlib import Path

import pytest

from factlint.linter.document import Document
from factlint.linter.errors import InputError
from factlint.linter.loader import ARTICLE_SUFFIXES, load_document, parse_text

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "data" / "articles"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "moscow-beijing-trade.txt"


# --- helpers ----------------------------------------------------------------------------------


def _positions(text: str) -> list[tuple[int, int]]:
    """(line, col) of every offset, computed independently of the loader: a walk over the text
    where \\r\\n, \\r and \\n each end one line."""
    out, line, col, i = [], 1, 1, 0
    while i < len(text):
        out.append((line, col))
        if text[i] == "\r" and text[i + 1 : i + 2] == "\n":
            out.append((line, col + 1))
            i += 2
            line, col = line + 1, 1
        elif text[i] in "\r\n":
            i += 1
            line, col = line + 1, 1
        else:
            i += 1
            col += 1
    out.append((line, col))
    return out


def assert_spans_consistent(doc: Document) -> None:
    """Every span's line/col agree with its offsets; sentences are ordered and in their block."""
    pos = _positions(doc.text)
    spans = [s.span for s in doc.sentences] + [b.span for b in doc.blocks] + [c[1] for c in doc.comments]
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert (span.line, span.col) == pos[span.start]
        last_line, last_col = pos[span.end - 1]
        assert (span.end_line, span.end_col) == (last_line, last_col + 1)
    for i, sentence in enumerate(doc.sentences):
        assert sentence.index == i
        assert 0 <= sentence.block < len(doc.blocks)
        block = doc.blocks[sentence.block]
        assert block.span.start <= sentence.span.start and sentence.span.end <= block.span.end
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.text in block.text
        if i:
            assert doc.sentences[i - 1].span.end <= sentence.span.start
            assert doc.sentences[i - 1].block <= sentence.block
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    assert all(doc.sentences_in(b) for b in doc.blocks), "no block without sentences"


def assert_text_exact(doc: Document) -> None:
    for s in doc.sentences:
        assert doc.text[s.span.start : s.span.end] == s.text


def source(doc: Document, sentence) -> str:
    return doc.text[sentence.span.start : sentence.span.end]


def texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


def md(text: str) -> Document:
    doc = load_document(None, data=text.encode("utf-8"), display_path="case.md")
    assert_spans_consistent(doc)
    return doc


# --- formats ----------------------------------------------------------------------------------


def test_article_suffixes():
    assert ARTICLE_SUFFIXES == (".md", ".markdown", ".txt", ".html", ".htm")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.md", "markdown"),
        ("a.MARKDOWN", "markdown"),
        ("a.txt", "text"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.rst", "text"),
        ("noext", "text"),
    ],
)
def test_format_from_suffix(tmp_path, name, fmt):
    path = tmp_path / name
    path.write_text("Hello *there*. <b>Bold</b> words.\n", encoding="utf-8")
    assert load_document(path).format == fmt
    assert load_document(None, data=path.read_bytes(), display_path=name).format == fmt


def test_format_override_and_stdin_defaults():
    doc = load_document(None, data=b"<p>Hi there.</p>", format="html")
    assert doc.format == "html" and doc.display_path == "<stdin>" and doc.path is None
    assert texts(doc) == ["Hi there."]
    assert load_document(None, data=b"# Title\n", format="md").format == "markdown"
    assert load_document(None, data=b"# Title\n", display_path="x.html", format="text").format == "text"


def test_path_and_display_path(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("Body.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.path == path and doc.display_path == str(path)
    assert load_document(path, display_path="articles/story.md").display_path == "articles/story.md"


# --- input errors -----------------------------------------------------------------------------


def _error(tmp_path, content: bytes | None, name="bad.md", **kwargs) -> InputError:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_document(path, **kwargs)
    err = info.value
    assert "\n" not in str(err), "one line"
    assert str(err).startswith(str(path))
    return err


def test_missing_file(tmp_path):
    assert "file not found" in str(_error(tmp_path, None, "nope.md"))


def test_directory(tmp_path):
    (tmp_path / "dir.md").mkdir()
    assert "directory" in str(_error(tmp_path, None, "dir.md"))


def test_binary_file(tmp_path):
    assert "binary" in str(_error(tmp_path, b"PNG\x00\x01\x02 text"))


def test_utf16_file(tmp_path):
    assert "UTF-16" in str(_error(tmp_path, "Hello there.".encode("utf-16")))


def test_invalid_utf8_names_line_and_byte_offset(tmp_path):
    data = b"Fine line.\r\nAlso fine.\nCaf\xe9 au lait.\n"
    err = _error(tmp_path, data)
    assert err.line == 3
    assert "line 3" in str(err) and "byte offset 26" in str(err) and "0xe9" in str(err)
    assert data[26] == 0xE9


def test_invalid_utf8_offset_counts_the_bom(tmp_path):
    err = _error(tmp_path, b"\xef\xbb\xbfok\n\xff")
    assert err.line == 2 and "byte offset 6" in str(err)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_or_whitespace_file(tmp_path, content):
    assert "nothing to check" in str(_error(tmp_path, content))


def test_too_large_file(tmp_path):
    err = _error(tmp_path, b"x" * 120, max_bytes=100)
    assert "120 bytes" in str(err) and "limit 100 bytes" in str(err)


def test_too_large_stdin():
    with pytest.raises(InputError, match="limit 10 bytes"):
        load_document(None, data=b"y" * 11, max_bytes=10)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.md"
    path.write_text("Body.\n", encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    import factlint.linter.safepath as safepath

    monkeypatch.setattr(safepath.os, "open", denied)  # every file is opened through safepath
    with pytest.raises(InputError, match="permission denied"):
        load_document(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_on_disk(tmp_path):
    path = tmp_path / "secret.md"
    path.write_text("Body.\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in str(_error(tmp_path, None, "secret.md"))
    finally:
        path.chmod(0o644)


def test_malformed_front_matter_names_the_file_line(tmp_path):
    err = _error(tmp_path, b"---\ntitle: Fine\ndate: 2024-01-01\nbyline: [Jane\n---\nBody.\n")
    assert err.line == 4 and "front matter" in str(err) and "line 4" in str(err)
    err = _error(tmp_path, b"---\ntitle: Fine\n  bad: indent\n---\nBody.\n")
    assert err.line == 3 and str(err).startswith(f"{tmp_path / 'bad.md'}:3:")


def test_front_matter_date_that_cannot_be_read_is_an_error(tmp_path):
    # day-first or month-first? and "yesterday" is no date: either would leave the article
    # silently undated, its weekdays and relative dates checked against today
    for written in ("05/03/2024", "yesterday"):
        err = _error(tmp_path, f"---\ntitle: Storm\ndate: {written}\n---\n\nWinds of 90mph.\n".encode())
        assert err.line == 3 and f"date '{written}' is not a date" in str(err) and "YYYY-MM-DD" in str(err)
    for readable in ("2024-03-05", "5 March 2024", "March 5, 2024", '"2024-03-05 10:00"', "2024"):
        path = tmp_path / "ok.md"
        path.write_text(f"---\ntitle: Storm\ndate: {readable}\n---\n\nWinds of 90mph.\n", encoding="utf-8")
        load_document(path)


def test_front_matter_must_be_a_mapping(tmp_path):
    err = _error(tmp_path, b"---\n- one\n- two\n---\nBody.\n")
    assert "mapping" in str(err) and "list" in str(err)


def test_unclosed_front_matter(tmp_path):
    err = _error(tmp_path, b"---\ntitle: x\n\nBody text.\n")
    assert "never closed" in str(err) and err.line == 1


def test_unknown_format():
    with pytest.raises(InputError, match="unknown format"):
        load_document(None, data=b"x", format="docx")


# --- text and offsets -------------------------------------------------------------------------


def test_bom_is_skipped_and_offsets_start_after_it():
    doc = load_document(None, data=b"\xef\xbb\xbfFirst one. Second one.", display_path="a.txt")
    assert doc.text == "First one. Second one."
    assert (doc.sentences[0].span.start, doc.sentences[0].span.col) == (0, 1)
    assert_text_exact(doc)


def test_crlf_is_kept_and_counts_as_one_line_break():
    data = "Headline here\r\n\r\nFirst line. Second\r\nline goes on.\r\n\r\nLast one.\r\n"
    doc = load_document(None, data=data.encode(), display_path="a.txt")
    assert doc.text == data
    assert_spans_consistent(doc)
    assert_text_exact(doc)
    last = doc.sentences[-1]
    assert (last.span.line, last.span.col) == (6, 1)
    second = doc.sentences[2]
    assert second.text == "Second\r\nline goes on."
    assert (second.span.line, second.span.col, second.span.end_line, second.span.end_col) == (3, 13, 4, 14)


def test_crlf_markdown_spans():
    doc = md("---\r\ntitle: Trade deal\r\n---\r\n# Heading\r\n\r\nOne *two*\r\nthree. Four.\r\n")
    assert texts(doc) == ["Trade deal", "Heading", "One two\r\nthree.", "Four."]
    assert source(doc, doc.sentences[2]) == "One *two*\r\nthree."
    assert (doc.sentences[3].span.line, doc.sentences[3].span.col) == (7, 8)


def test_lone_carriage_returns_break_lines():
    doc = load_document(None, data=b"One here.\rTwo here.", display_path="a.txt")
    assert [(s.span.line, s.span.col) for s in doc.sentences] == [(1, 1), (2, 1)]


def test_tab_is_one_column():
    doc = load_document(None, data=b"\tIndented start.\tNext one.", display_path="a.txt")
    assert [(s.span.line, s.span.col) for s in doc.sentences] == [(1, 2), (1, 18)]
    assert_text_exact(doc)


def test_columns_count_characters_not_bytes():
    text = "Café 中文 😀 opened. Then Zoë left."
    doc = load_document(None, data=text.encode("utf-8"), display_path="a.txt")
    assert texts(doc) == ["Café 中文 😀 opened.", "Then Zoë left."]
    second = doc.sentences[1].span
    assert second.start == text.index("Then") == second.col - 1 == 18
    assert second.end_col == len(text) + 1
    assert_text_exact(doc)


def test_front_matter_shifts_lines_and_gives_the_headline():
    doc = md("---\ntitle: Putin hails trade\ndate: 2024-05-16\nsources: [a, b]\n---\n\nBody text here.\n")
    assert doc.meta == {
        "title": "Putin hails trade",
        "date": datetime.date(2024, 5, 16),
        "sources": ["a", "b"],
    }
    headline = doc.headline
    assert headline is not None and headline.text == "Putin hails trade"
    assert (headline.span.line, headline.span.col) == (2, 8)
    body = doc.sentences[-1]
    assert (body.text, body.span.line, body.span.col) == ("Body text here.", 7, 1)


def test_quoted_and_folded_titles_map_into_the_front_matter():
    doc = md('---\ntitle: "Xi \\"visits\\" Moscow. Putin agrees"\n---\nBody.\n')
    assert texts(doc)[:2] == ['Xi "visits" Moscow.', "Putin agrees"]
    assert source(doc, doc.sentences[1]) == "Putin agrees"
    doc = md("---\ntitle: Xi visits\n  Moscow today\n---\nBody.\n")
    assert doc.headline.text == "Xi visits Moscow today"
    assert source(doc, doc.sentences[0]) == "Xi visits\n  Moscow today"


def test_front_matter_in_text_files_and_empty_front_matter():
    doc = load_document(
        None,
        data=b"---\nbyline: Jo\n---\nFirst paragraph is long enough to not be a headline at all, surely not.\n",
        display_path="a.txt",
    )
    assert doc.meta == {"byline": "Jo"} and doc.sentences[0].span.line == 4
    doc = md("---\n---\nJust body.\n")
    assert doc.meta == {} and texts(doc) == ["Just body."]


def test_front_matter_closed_by_dots():
    assert md("---\ntitle: T\n...\nBody.\n").meta == {"title": "T"}


# --- Markdown ---------------------------------------------------------------------------------


def test_inline_markup_is_removed_but_spans_cover_it():
    doc = md('Putin praised **strong** _ties_ with `China`. See [TASS](https://tass.example/a.b "T").\n')
    assert texts(doc) == ["Putin praised strong ties with China.", "See TASS."]
    assert source(doc, doc.sentences[0]) == "Putin praised **strong** _ties_ with `China`."
    assert source(doc, doc.sentences[1]) == 'See [TASS](https://tass.example/a.b "T").'


def test_markup_at_sentence_edges_is_inside_the_span():
    doc = md("**Breaking:** markets fell. They closed *lower*\n")
    assert source(doc, doc.sentences[0]) == "**Breaking:** markets fell."
    assert source(doc, doc.sentences[1]) == "They closed *lower*"


def test_entities_and_escapes_map_to_their_source():
    doc = md("Tom &amp; Jerry cost \\$5 &#8212; or 5&nbsp;euros.\n")
    assert texts(doc) == ["Tom & Jerry cost $5 — or 5\xa0euros."]
    assert source(doc, doc.sentences[0]) == "Tom &amp; Jerry cost \\$5 &#8212; or 5&nbsp;euros."


def test_link_targets_images_and_raw_html_are_not_prose():
    doc = md(
        'Read [the report](http://x.com/Report.Final). ![Chart. Alt text.](c.png) Done <span class="x">now</span>.\n\n<div>\nRaw block. Not prose.\n</div>\n'
    )
    joined = " ".join(texts(doc))
    assert (
        "x.com" not in joined and "Chart" not in joined and "Raw block" not in joined and "span" not in joined
    )
    assert texts(doc) == ["Read the report.", "Done now."]


def test_code_blocks_are_not_prose():
    doc = md("Before.\n\n```python\nprint('Not. Prose.')\n```\n\n    indented code. Not prose.\n\nAfter.\n")
    assert texts(doc) == ["Before.", "After."]
    assert doc.sentences[1].span.line == 9


def test_block_quotes_and_lists():
    doc = md(
        "Intro line here.\n\n> Quoted one. Quoted\n> two.\n\n- Item one.\n- Item *two*\n  continued.\n\n1. Numbered.\n\n> - Listed in a quote.\n"
    )
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [
        ("paragraph", "Intro line here."),
        ("quote", "Quoted one. Quoted\ntwo."),
        ("list_item", "Item one."),
        ("list_item", "Item two\ncontinued."),
        ("list_item", "Numbered."),
        ("quote", "Listed in a quote."),
    ]
    quoted = doc.sentences[2]
    assert (quoted.text, source(doc, quoted)) == ("Quoted\ntwo.", "Quoted\n> two.")
    assert (quoted.span.line, quoted.span.col, quoted.span.end_line) == (3, 15, 4)


def test_first_h1_is_the_headline_without_front_matter_title():
    doc = md("## Kicker\n\n# Real headline\n\nBody.\n\n# Second h1\n")
    assert [b.kind for b in doc.blocks] == ["heading", "headline", "paragraph", "heading"]
    assert doc.headline.text == "Real headline"
    doc = md("---\ntitle: From meta\n---\n# An h1\n")
    assert [b.kind for b in doc.blocks] == ["headline", "heading"]
    assert md("No heading at all.\n").headline is None


def test_comments_are_collected_with_spans():
    doc = md(
        "<!-- factlint-disable FL301 -->\nText one. <!-- inline\nnote --> Text two.\n\n```\n<!-- not a comment: code -->\n```\n"
    )
    assert [c[0] for c in doc.comments] == ["factlint-disable FL301", "inline\nnote"]
    first, second = (c[1] for c in doc.comments)
    assert (first.line, first.col, first.end_line, first.end_col) == (1, 1, 1, 32)
    assert (second.line, second.col, second.end_line) == (2, 11, 3)
    assert texts(doc) == ["Text one.", "Text two."]


# --- plain text -------------------------------------------------------------------------------


def test_text_paragraphs_and_comment_lines():
    data = "Short headline line here now\n\nFirst para is wrapped and\nruns on to this line.\n<!-- factlint-disable-next-line FL001 -->\nSecond para.\n"
    doc = load_document(None, data=data.encode(), display_path="a.txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("headline", "Short headline line here now"),
        ("paragraph", "First para is wrapped and\nruns on to this line."),
        ("paragraph", "Second para."),
    ]
    assert doc.comments[0][0] == "factlint-disable-next-line FL001" and doc.comments[0][1].line == 5
    assert_text_exact(doc)


def test_text_one_paragraph_per_line_unless_hard_wrapped():
    wire = (
        "Port strike enters its second week\n"
        "HAMBURG (Wire) - Dock workers stayed off the job for an eighth day on Monday.\n"
        "Union leader Petra Voss said the strike would go on.\n"
        "\u201cWe are not moving,\u201d she said.\n"
    )
    doc = load_document(None, data=wire.encode(), display_path="wire.txt")
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph", "paragraph", "paragraph"]
    assert [b.span.line for b in doc.blocks] == [1, 2, 3, 4]
    wrapped = (
        "Dock workers at the port of Hamburg stayed off the job for an eighth day\n"
        "on Monday, leaving dozens of container ships waiting at anchor. Union\n"
        "leader Petra Voss said the strike would continue until the operators\n"
        "improved their pay offer.\n"
    )
    doc = load_document(None, data=wrapped.encode(), display_path="mail.txt")
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    assert len(doc.sentences) == 2
    # Markdown keeps CommonMark's rule: lines without a blank line between are one paragraph
    doc = load_document(None, data=wire.encode(), display_path="wire.md")
    assert len([b for b in doc.blocks if b.kind == "paragraph"]) == 1


def test_inline_comment_in_text_is_not_prose():
    doc = load_document(None, data=b"One <!-- x --> two. Three.", display_path="a.txt")
    assert texts(doc) == ["One  two.", "Three."]
    assert source(doc, doc.sentences[0]) == "One <!-- x --> two."


@pytest.mark.parametrize(
    ("data", "headline"),
    [
        (
            "Skip to content\n\nPutin hails trade with Beijing\n\nBody " + "word " * 30 + ".",
            "Putin hails trade with Beijing",
        ),
        ("Menu\n\nLong body paragraph " + "word " * 30 + ".", "Menu"),
        ("Long body paragraph " + "word " * 30 + ".\n\nShort line here though", None),
        ("Two line\nfirst paragraph\n\nShort second line here", None),
    ],
)
def test_text_headline_rule(data, headline):
    doc = load_document(None, data=data.encode(), display_path="a.txt")
    assert (doc.headline.text if doc.headline else None) == headline


# --- HTML -------------------------------------------------------------------------------------


def test_html_visible_text_entities_and_comments():
    html = (
        "<html><head><title>Site title</title><style>p{x:1.}</style></head>\n<body>\n"
        "<script>var s = 'Not. Prose.';</script><noscript>Enable JS.</noscript><template><p>Hidden.</p></template>\n"
        "<!-- factlint-disable FL101 -->\n"
        "<h1>Putin &amp; Xi</h1>\n<p>AT&amp;T grew 5&#37;. It is <em>big</em>.<br>New line.</p>\n"
        "<blockquote><p>&ldquo;We agree,&rdquo; he said.</p></blockquote><ul><li>One.</li><li>Two &hellip; three.</li></ul>"
        "<pre>code. here.</pre><div>Div text <b>bold</b></div></body></html>"
    )
    doc = load_document(None, data=html.encode(), display_path="a.html")
    assert_spans_consistent(doc)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("headline", "Putin & Xi"),
        ("paragraph", "AT&T grew 5%. It is big.\nNew line."),
        ("quote", "“We agree,” he said."),
        ("list_item", "One."),
        ("list_item", "Two … three."),
        ("paragraph", "Div text bold"),
    ]
    assert source(doc, doc.sentences[0]) == "Putin &amp; Xi"
    assert source(doc, doc.sentences[2]) == "It is <em>big</em>."
    assert source(doc, doc.sentences[-1]) == "Div text <b>bold</b>"
    assert [c[0] for c in doc.comments] == ["factlint-disable FL101"]
    assert doc.comments[0][1].line == 4


def test_html_title_is_the_headline_without_h1():
    doc = load_document(
        None,
        data=b"<html><head><title>Putin hails\n trade</title></head><body><p>Body.</p></body></html>",
        display_path="a.htm",
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("headline", "Putin hails trade"),
        ("paragraph", "Body."),
    ]
    assert source(doc, doc.sentences[0]) == "Putin hails\n trade"


def test_html_fragment_without_body():
    doc = load_document(None, data=b"<p>One. Two.</p><p>Three.</p>", format="html")
    assert texts(doc) == ["One.", "Two.", "Three."] and doc.headline is None


# --- fixtures, seed and dev articles ----------------------------------------------------------


def test_markdown_fixture():
    doc = load_document(ARTICLES / "summit.md")
    assert_spans_consistent(doc)
    assert doc.meta["byline"] == "Jane Doe" and doc.meta["sources"] == ["https://example.com/tass-report"]
    assert [b.kind for b in doc.blocks] == [
        "headline",
        "paragraph",
        "quote",
        "paragraph",
        "list_item",
        "list_item",
        "paragraph",
    ]
    assert (
        doc.sentences[3].text
        == '"Our nations have been working on long-term strategies. Trade is progressing," Putin said.'
    )
    assert doc.sentences[-1].text == "Analysts at Acme Corp. said the U.S. would respond."
    assert not any("Ignore" in s.text or "Chart" in s.text for s in doc.sentences)
    ((comment, span),) = doc.comments
    assert comment.startswith("factlint-disable-next-line FL101") and span.line == 12


def test_html_fixture():
    doc = load_document(ARTICLES / "summit.html")
    assert_spans_consistent(doc)
    assert doc.headline.text == "Putin hails trade with Beijing" and doc.headline.span.line == 12
    assert "The two leaders signed 14 agreements, according to TASS." in texts(doc)
    assert "Grain exports worth $3.4 billion." in texts(doc)
    assert not any("Not prose" in s.text or "JavaScript" in s.text for s in doc.sentences)


def test_text_fixture():
    doc = load_document(ARTICLES / "wire.txt")
    assert_spans_consistent(doc)
    assert_text_exact(doc)
    assert [b.kind for b in doc.blocks] == ["paragraph", "headline", "paragraph", "paragraph", "paragraph"]
    assert texts(doc)[-2:] == [
        "Mr. Putin visited China in May.",
        "Analysts at Acme Corp. said the U.S. would respond.",
    ]


def test_seed_article():
    doc = load_document(SEED)
    assert_spans_consistent(doc)
    assert_text_exact(doc)
    assert doc.format == "text" and doc.meta == {}
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:3] == ["paragraph", "headline", "paragraph"] and kinds.count("headline") == 1
    assert doc.blocks[0].text == "Skip to content"
    headline = doc.headline
    assert (
        headline.text == "In a commendation, Putin acclaims the prosperous trade interactions with Beijing."
    )
    assert headline.span.line == 3 and doc.blocks[2].text == headline.text and doc.blocks[2].span.line == 5
    assert doc.blocks[-1].text == "Read also:"
    assert "Putin visited China in May." in texts(doc)
    assert (
        'As stated by the Russian news agency TASS, "Our nations have been working on long-term '
        'strategies in both economic and humanitarian sectors."'
    ) in texts(doc)
    assert 25 <= len(doc.sentences) <= 30
    for sentence in doc.sentences:  # no sentence was cut inside: each ends like one, or is a line
        assert sentence.text[-1] in '."' or sentence.text in ("Skip to content", "Read also:")


def test_dev_articles_load_fast_and_consistently():
    path = SHARED / "data" / "news" / "dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip("shared data not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)["text"].encode("utf-8")
        for fmt in ("text", "markdown"):
            doc = load_document(None, data=data, display_path="dev", format=fmt)
            assert_spans_consistent(doc)
            if fmt == "text":
                assert_text_exact(doc)
            assert doc.sentences


def test_parse_text_is_the_same_path_as_load_document():
    text = (ARTICLES / "summit.md").read_text(encoding="utf-8")
    a = parse_text(text, "markdown", display_path="x.md")
    b = load_document(None, data=text.encode(), display_path="x.md")
    assert a.blocks == b.blocks and a.sentences == b.sentences and a.comments == b.comments
    assert re.search(r"\S", a.text)


@pytest.mark.parametrize(
    "name, text",
    [
        ("i.html", "<p>Rates &lt; 5% &gt; 2%, <span>though</span> experts say more.</p>\n"),
        ("j.md", "Rates &lt;x&gt; <b>y</b> experts say more.\n"),
        ("k.html", "<p>Menu <b>Experts <i>say</i></b> it works.</p>\n"),
        ("l.md", "Rates fell, `though` [experts](https://example.org) say *more* is coming.\n"),
    ],
)
def test_a_finding_inside_a_sentence_points_at_its_words_whatever_markup_precedes_them(name, text):
    """The loader keeps where each character of a sentence came from, so a rule's finding on
    words inside a sentence lands on those words: decoded entities (&lt;) and removed tags no
    longer shift it (it used to land 14 columns late, or on the tag)."""
    from factlint.linter.engine import lint_text

    (finding,) = lint_text(text, name, select=["FL003"])
    flagged = text[finding.span.start : finding.span.end]
    assert flagged.lower().startswith("experts")
    assert finding.span.col == text.lower().index("experts") + 1


def test_a_saved_news_page_is_checked_inside_its_article_element_only():
    """Menus, headers, footers around <article> are page chrome, not the story; <nav> is never
    prose; the headline falls back to <title>."""
    page = (
        "<html><head><title>Leeds plant to close, union says</title></head><body>\n"
        '<nav><a href="/">Skip to content</a> Experts say menus.</nav>\n'
        "<header><div>Experts say the header.</div></header>\n"
        "<article>\n<p>The Leeds plant will close in March, the union said on Monday.</p>\n"
        "<p>Experts say the decision was expected.</p>\n</article>\n"
        "<footer>Experts say footer.</footer>\n</body></html>\n"
    )
    doc = parse_text(page, "html")
    assert [s.text for s in doc.sentences_with_headline()] == [
        "Leeds plant to close, union says",
        "The Leeds plant will close in March, the union said on Monday.",
        "Experts say the decision was expected.",
    ]


def test_a_page_without_an_article_element_is_read_whole_but_for_its_nav_and_footer():
    page = (
        '<body><nav><a href="/">Skip to content</a></nav><h1>Leeds plant to close</h1>\n'
        "<div><p>The plant will close in March.</p></div><footer>Contact the newsroom.</footer></body>\n"
    )
    doc = parse_text(page, "html")
    assert [s.text for s in doc.sentences_with_headline()] == [
        "Leeds plant to close",
        "The plant will close in March.",
    ]


TABLE_STORY = (
    "# Budget vote delayed\n\n"
    "The council delayed its budget vote on Tuesday, the clerk said.\n\n"
    "| Item | Cost |\n| --- | --- |\n| Roads | $4 million |\n| Parks | $1 million |\n\n"
    "The vote is now due in April.\n"
)


def test_a_markdown_pipe_table_is_one_block_per_cell_with_exact_spans():
    doc = parse_text(TABLE_STORY, "markdown")
    texts = [doc.text[b.span.start : b.span.end] for b in doc.blocks]
    assert texts[2:8] == ["Item", "Cost", "Roads", "$4 million", "Parks", "$1 million"]
    assert "|" not in "".join(texts)
    assert texts[-1] == "The vote is now due in April."


def test_a_markdown_table_is_not_page_chrome(tmp_path):
    # CommonMark alone read the table as one paragraph of pipes, which FL002 took for navigation
    import contextlib
    import io

    from factlint.linter.cli import main

    (tmp_path / "story.md").write_text(TABLE_STORY)
    out, err = io.StringIO(), io.StringIO()  # the command's main in this process
    with contextlib.chdir(tmp_path), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--select", "FL002", "story.md"])
    assert (code, out.getvalue().strip()) == (0, "No findings in 1 file"), out.getvalue() + err.getvalue()


def test_markdown_picture_caption_is_not_story_text():
    # a CMS's Markdown captions a picture with an emphasised line under it, or in the paragraph
    # after it; like an HTML <figcaption> it is not a line of the story (FL002 read its credit
    # as a scrape leftover); an emphasised paragraph that follows no picture stays
    from factlint.linter.engine import lint_text

    for page in (
        "# Pier fees\n\n![Boats](/b.jpg)\n*Boats at Ardwell pier. Photo: Lena Marsh*\n\nFees will rise, the board said.\n",
        "# Pier fees\n\n![Boats](/b.jpg)\n\n_Boats at Ardwell pier. Photo: Lena Marsh_\n\nFees will rise, the board said.\n",
    ):
        doc = load_document(None, data=page.encode(), display_path="a.md")
        assert [s.text for s in doc.sentences] == ["Pier fees", "Fees will rise, the board said."]
        assert lint_text(page, display_path="a.md", select=["FL002"]) == []
    kept = "# Pier fees\n\nFees will rise, the board said.\n\n*The board meets again in May.*\n"
    doc = load_document(None, data=kept.encode(), display_path="a.md")
    assert doc.sentences[-1].text == "The board meets again in May."

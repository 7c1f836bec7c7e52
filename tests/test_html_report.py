"""The HTML article view (``--format html``): spans where the findings are, untrusted text inert."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factlint.linter.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "moscow-beijing-trade.txt"
MODEL_FREE = "FL001,FL002,FL003,FL004,FL201,FL202,FL401,FL402,FL403"


class _Page(HTMLParser):
    """Collects what a browser would: scripts, attributes, and each article's plain text with the
    offset at which every anchor id stands."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts = 0
        self.attrs: list[tuple[str, str, str | None]] = []
        self.in_pre = False
        self.articles: list[str] = []
        self.anchors: list[dict[str, int]] = []
        self.marks: list[dict[str, list[tuple[int, int]]]] = []
        self._mark_start: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            self.attrs.append((tag, name, value))
        if tag == "script":
            self.scripts += 1
        if tag == "pre":
            self.in_pre = True
            self.articles.append("")
            self.anchors.append({})
            self.marks.append({})
        elif self.in_pre and tag == "span":
            self.anchors[-1][dict(attrs)["id"]] = len(self.articles[-1])
        elif self.in_pre and tag == "mark":
            self._mark_start.append((len(self.articles[-1]), dict(attrs)["data-f"]))

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre = False
        elif self.in_pre and tag == "mark":
            start, ids = self._mark_start.pop()
            for fid in ids.split():
                self.marks[-1].setdefault(fid, []).append((start, len(self.articles[-1])))

    def handle_data(self, data):
        if self.in_pre:
            self.articles[-1] += data


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_seed_view_marks_every_finding_where_it_is(tmp_path, capsys):
    report = tmp_path / "report.html"
    code, out, _ = _run(["check", "--select", MODEL_FREE, "--format", "json", str(SEED)], capsys)
    findings = json.loads(out)["findings"]
    assert findings, "the seed has model-free findings"
    code, out, err = _run(
        ["check", "--select", MODEL_FREE, "--format", "html", "-o", str(report), str(SEED)], capsys
    )
    assert code == 1 and out == "" and err == ""
    page = _parse(report)
    text = SEED.read_text(encoding="utf-8")
    assert page.articles == [text]  # the whole article, nothing lost or changed by escaping
    anchors = page.anchors[0]
    for n, finding in enumerate(findings, start=1):  # same order as the report's numbering
        assert anchors[f"f{n}"] == finding["offset"]
        covered = "".join(text[a:b] for a, b in page.marks[0][str(n)])
        assert text[finding["offset"] : finding["end_offset"]] in covered
        for related in finding["related"]:
            assert text[related["offset"] : related["end_offset"]] in covered
    fl201 = [n for n, f in enumerate(findings, 1) if f["rule"] == "FL201"]
    assert fl201 and all(f'id="m{n}"' in report.read_text() for n in fl201)
    assert "European Parliament" in text[anchors[f"f{fl201[0]}"] :]


HOSTILE = """# Budget vote <script>alert('h1')</script>

The council approved the budget on Monday <img src=x onerror="alert(1)"> after a long debate.

Read [the full text](javascript:alert(2)) and <a href="javascript:alert(3)" onclick="alert(4)">this</a>.

<script>alert(document.cookie)</script>

Skip to content
"""


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html"])
def test_hostile_article_runs_nothing(tmp_path, capsys, suffix):
    article = tmp_path / f"hostile{suffix}"
    article.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    code, _, err = _run(
        ["check", "--select", MODEL_FREE, "--format", "html", "-o", str(report), str(article)], capsys
    )
    assert code in (0, 1), err
    html_text = report.read_text(encoding="utf-8")
    page = _parse(report)
    assert page.scripts == 1  # ours, allowed by hash in the policy
    assert not [a for a in page.attrs if a[1].lower().startswith("on")]
    assert not [a for a in page.attrs if (a[2] or "").strip().lower().startswith("javascript:")]
    assert "Content-Security-Policy" in html_text and "default-src 'none'" in html_text
    if suffix == ".html":  # shown as the page's text: its scripts and tags are not the story
        assert "<" not in page.articles[0] and "cookie" not in page.articles[0]
        assert "Read [the full text](javascript:alert(2)) and this." in page.articles[0]  # text, inert
        assert "The council approved the budget on Monday  after a long debate." in page.articles[0]
    else:
        assert page.articles[0] == HOSTILE  # shown as text, character for character


PAGE = """<!doctype html>
<html><head><title>Bridge closed | Cumbria News</title>
<script>var note = "Experts say this is the page's script";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Bridge closed after floods</h1>
  <p>The Eden Bridge closed on Tuesday after the river rose, the council said.</p>
  <p>Experts say the river rose faster than at any time since 2015.</p>
  <p>&quot;It came up in an hour,&quot; said Mary Lowther, who runs a caf&eacute; &amp; bakery.</p>
  <p>Officials said <b>12 people</b> were rescued. The council said 15 people were rescued.</p>
</article></body></html>
"""


def test_an_html_article_is_shown_as_its_text_with_the_findings_on_its_words(tmp_path, capsys):
    # the view showed the page's source: '<p>', '&quot;', the head and its script around the story
    article = tmp_path / "bridge.html"
    article.write_text(PAGE, encoding="utf-8")
    report = tmp_path / "report.html"
    code, _, err = _run(
        ["check", "--select", "FL003,FL401", "--format", "html", "-o", str(report), str(article)], capsys
    )
    assert code == 1, err
    page = _parse(report)
    text = page.articles[0]
    assert text == (
        "Home | News\n\nBridge closed after floods\n\n"
        "The Eden Bridge closed on Tuesday after the river rose, the council said.\n\n"
        "Experts say the river rose faster than at any time since 2015.\n\n"
        '"It came up in an hour," said Mary Lowther, who runs a café & bakery.\n\n'
        "Officials said 12 people were rescued. The council said 15 people were rescued."
    )
    marked = {fid: [text[a:b] for a, b in spans] for fid, spans in page.marks[0].items()}
    assert marked == {"1": ["Experts say"], "2": ["12", "15"]}


def test_several_files_get_an_index_and_a_rule_table(tmp_path, capsys):
    (tmp_path / "a.md").write_text("# A\n\nSkip to content\n\nThe mayor opened the bridge.\n")
    (tmp_path / "b.md").write_text("# B\n\nExperts say the river is rising.\n")
    report = tmp_path / "out" / "r.html"
    report.parent.mkdir()
    code, _, _ = _run(
        ["check", "--select", MODEL_FREE, "--format", "html", "-o", str(report), str(tmp_path)], capsys
    )
    html_text = report.read_text()
    assert code == 1
    assert html_text.count('<section class="file"') == 2
    assert '<a href="#file0">' in html_text and '<a href="#file1">' in html_text
    assert "Findings by rule" in html_text and "FL002 scrape-leftover" in html_text


def test_output_never_overwrites_an_article(tmp_path, capsys):
    article = tmp_path / "story.md"
    article.write_text("# A\n\nSkip to content\n")
    before = article.read_text()
    code, out, err = _run(["check", "--format", "html", "-o", str(article), str(article)], capsys)
    assert code == 2 and "would overwrite an article" in err and err.count("\n") == 1
    assert article.read_text() == before
    code, _, err = _run(["check", "--format", "html", "-o", str(tmp_path), str(article)], capsys)
    assert code == 2 and "is a folder" in err


def test_output_file_replaces_an_old_report_whole(tmp_path, capsys):
    article = tmp_path / "story.md"
    article.write_text("# A\n\nSkip to content\n")
    report = tmp_path / "report.json"
    report.write_text("old report " * 1000)
    code, out, _ = _run(
        ["check", "--select", "FL002", "--format", "json", "-o", str(report), str(article)], capsys
    )
    assert code == 1 and out == ""
    assert json.loads(report.read_text())["findings"][0]["rule"] == "FL002"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.external
@pytest.mark.skipif(_chromium() is None, reason="needs Debian's chromium package")
def test_seed_view_in_a_real_browser(tmp_path, capsys):
    report = tmp_path / "seed.html"
    code, _, err = _run(
        ["check", "--select", MODEL_FREE, "--format", "html", "-o", str(report), str(SEED)], capsys
    )
    assert code == 1, err
    browser = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    shot = tmp_path / "seed.png"
    subprocess.run(
        browser + [f"--screenshot={shot}", "--window-size=1400,1000", report.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    dom = subprocess.run(
        browser + ["--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    page = _Page()
    page.feed(dom)
    assert page.articles == [SEED.read_text(encoding="utf-8")]
    marked = "".join(page.articles[0][a:b] for spans in page.marks[0].values() for a, b in spans)
    assert "the President of the European Parliament" in marked and "Skip to content" in marked


def test_a_report_written_into_the_articles_folder_is_not_an_article_at_the_next_run(tmp_path, capsys):
    # the next run checked report.html as an article (its quoted findings flagged again) and
    # refused '-o report.html' as "would overwrite an article being checked" (exit 2)
    (tmp_path / "story.md").write_text("# Port\n\nSkip to content\n\nExperts say the port will reopen.\n")
    report = tmp_path / "report.html"
    args = ["check", "--select", "FL002,FL003", "--format", "html", "-o", str(report), str(tmp_path)]
    assert _run(args, capsys)[0] == 1
    code, _, err = _run(args, capsys)
    assert code == 1 and err == ""  # the earlier report is replaced
    code, out, _ = _run(["check", "--select", "FL002,FL003", "--format", "json", str(tmp_path)], capsys)
    assert json.loads(out)["files"] == [str(tmp_path / "story.md")]

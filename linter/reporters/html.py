"""Article view: one self-contained HTML page with each article's text and its findings marked.

Made for editors and writers, who do not read SARIF. Every finding's span is highlighted by
severity; its related spans (the other side of a contradiction, the first mention of an actor) are
marked too and linked both ways; the message and the rule's one-paragraph summary sit beside the
text. Several files get an index and a per-rule summary.

Article text is untrusted: every character of it, of messages and of paths goes through
``html.escape``, control and bidirectional characters first written as visible escapes
(``\\u202e``); the page also carries a Content-Security-Policy that allows only its own inline
script (by hash) and no network at all, so a missed escape still could not run anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter, defaultdict

from ..escape import printable
from ..finding import Finding, RunResult, Severity
from ._common import related_path, severity_counts, sorted_findings

_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
REPORT_MARK = '<meta name="generator" content="factlint report">'

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:12px 20px;background:#24292f;color:#fff}header h1{font-size:18px;margin:0}
main{padding:0 20px 40px}section.file{margin-top:24px}
h2{font-size:16px;font-family:ui-monospace,monospace;word-break:break-all}
.cols{display:flex;gap:20px;align-items:flex-start}
pre.article{flex:3;white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #ddd;
 padding:14px;font:14px/1.6 Georgia,serif;margin:0;max-width:80ch}
ol.findings{flex:2;margin:0;padding-left:22px;font-size:14px;position:sticky;top:8px;max-height:96vh;overflow:auto}
ol.findings li{margin-bottom:10px;padding:4px 6px;border-left:4px solid transparent}
mark{background:none;border-bottom:3px solid;cursor:pointer;color:inherit}
mark.error{background:#ffd7d5;border-color:#d1242f}mark.warning{background:#fff1c2;border-color:#bf8700}
mark.info{background:#ddf4ff;border-color:#0969da}mark.related{background:#eee;border-color:#999;border-bottom-style:dashed}
li.error{border-color:#d1242f}li.warning{border-color:#bf8700}li.info{border-color:#0969da}
.active{outline:2px solid #8250df;outline-offset:1px}
.sev{font-size:12px;text-transform:uppercase;font-weight:600}
details{margin-top:2px;color:#555}summary{cursor:pointer}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
.none{color:#1a7f37}
"""

# Clicking a mark selects its findings; clicking a finding (or a related link) selects its marks.
# No data from the article reaches this script except through data-f attributes of our own marks.
_JS = """
document.addEventListener('click',function(e){
 var t=e.target.closest('[data-f]');if(!t)return;
 document.querySelectorAll('.active').forEach(function(n){n.classList.remove('active')});
 t.getAttribute('data-f').split(' ').forEach(function(id){
  document.querySelectorAll('[data-f~="'+id+'"]').forEach(function(n){n.classList.add('active')});
  var li=document.getElementById('m'+id);if(li){li.classList.add('active');
   if(t.tagName==='MARK')li.scrollIntoView({block:'nearest'});}
 });
});
"""


def _script_hash() -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(_JS.encode()).digest()).decode()


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _esc(text: str) -> str:
    # control and bidirectional characters as visible escapes, as in every format: an RLO in an
    # article reversed the rest of its line in the view (and of a message quoting it)
    return html.escape(printable(text, keep_lines=True), quote=True)


def _summary(rule_cls) -> str:
    """The rule's first paragraph: what it flags, in a sentence or two."""
    if rule_cls is None:
        return ""
    paragraph = rule_cls.docs().split("\n\n", 1)[0]
    return " ".join(paragraph.split())


class _Marks:
    """The spans to highlight in one file: (start, end, finding number, role)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, str, str]] = []

    def add(self, start: int, end: int, fid: str, role: str) -> None:
        if end > start:
            self.spans.append((start, end, fid, role))


# An HTML article is shown as its text, not as its source: an editor read '<p>', '&quot;' and the
# page's scripts around the story. What the page does not show (tags, comments, the head, scripts
# and styles) is left out unless a finding marks it; a tag that starts a block starts a line.
_HTML_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_BLOCK_NAMES = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol br tr table article section header footer nav main aside "
    "blockquote figure figcaption title body pre hr dl dt dd".split()
)
_RAW_TEXT = frozenset("script style head template noscript".split())  # hidden with what they hold
_TAG_STOP = re.compile(r"[>\"']")
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in _RAW_TEXT}


def _hidden_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, starts a block) of each stretch of ``text`` a browser does not show: comments,
    tags, and the head, scripts and styles with what they hold. One pass, as a browser reads tags:
    a tag ends at the first ">" outside a quoted attribute value (``<img alt="x>y">``), and what is
    never closed (a comment, a quote, a script) runs to the end. (A regex per tag rescanned the
    rest of the page from every unclosed "<": minutes on a page of "<a " repeated.)"""
    spans: list[tuple[int, int, bool]] = []
    n = len(text)
    i = text.find("<")
    while 0 <= i < n - 1:
        if text.startswith("<!--", i):
            close = text.find("-->", i + 4)
            end = n if close < 0 else close + 3
            spans.append((i, end, False))
        elif text[i + 1] == "!":
            close = text.find(">", i + 2)
            end = n if close < 0 else close + 1
            spans.append((i, end, False))
        else:
            start = i + 2 if text[i + 1] == "/" else i + 1
            name_end = start
            while name_end < n and text[name_end].isascii() and text[name_end].isalnum():
                name_end += 1
            if name_end == start or not text[start].isalpha():
                i = text.find("<", i + 1)
                continue
            name = text[start:name_end].lower()
            end = _tag_end(text, name_end)
            if start == i + 1 and name in _RAW_TEXT:
                closing = _RAW_END[name].search(text, end)
                if closing is None:
                    end = n
                else:
                    close = text.find(">", closing.end())
                    end = n if close < 0 else close + 1
            spans.append((i, end, name in _BLOCK_NAMES))
        i = text.find("<", end)
    return spans


def _tag_end(text: str, at: int) -> int:
    """The index after the ">" that ends the tag whose name ends at ``at`` (the text's end when
    none does). A quote opens a value only right after "=" (``<a "x>`` ends at its ">")."""
    while True:
        stop = _TAG_STOP.search(text, at)
        if stop is None:
            return len(text)
        k = stop.start()
        if text[k] == ">":
            return k + 1
        before = k - 1
        while before >= at and text[before].isspace():
            before -= 1
        if before >= at and text[before] == "=":
            close = text.find(text[k], k + 1)
            if close < 0:
                return len(text)
            at = close + 1
        else:
            at = k + 1


_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
_LINE_EDGE = re.compile(r"[ \t]*\n[ \t]*")


def _is_html(path: str, text: str) -> bool:
    """Read as HTML: by its suffix, as the loader reads it; a text from stdin without a name when
    it is a whole page."""
    name = path.lower()
    if name.endswith((".md", ".markdown", ".txt")):
        return False
    return name.endswith((".html", ".htm")) or bool(_HTML_PAGE.match(text))


def _page_text(piece: str) -> str:
    """What a browser shows of ``piece`` of an HTML article's source (outside any mark)."""
    shown = []
    last = 0
    for start, end, block in _hidden_spans(piece):
        shown.append(html.unescape(piece[last:start]))
        shown.append("\n" if block else "")
        last = end
    shown.append(html.unescape(piece[last:]))
    return "".join(shown)


def _marked_text(text: str, marks: _Marks, severities: dict[str, Severity], page: bool = False) -> str:
    """The article text, escaped, with one <mark> per stretch covered by the same findings;
    ``page``: the text is an HTML page's source, shown as the page's text."""
    cuts = {0, len(text)}
    for start, end, _, _ in marks.spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if page:  # a stretch between marks is cut where its markup starts and ends
        for start, end, _ in _hidden_spans(text):
            cuts.update((start, end))
    bounds = sorted(cuts)
    starts: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for start, end, fid, role in marks.spans:
        starts[start].append((end, fid, role))
    open_spans: list[tuple[int, str, str]] = []
    first_seen: set[str] = set()
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        open_spans = [s for s in open_spans if s[0] > a] + starts.get(a, [])
        if not open_spans:
            out.append(_esc(_page_text(text[a:b]) if page else text[a:b]))
            continue
        piece = _page_text(text[a:b]) if page else text[a:b]
        piece = _esc(piece if piece.strip() else text[a:b])  # a finding on markup shows it
        ids = sorted({fid for _, fid, _ in open_spans}, key=lambda f: int(f))
        own = [s for s in open_spans if s[2] == "finding"]
        if own:
            worst = max(severities[fid] for _, fid, _ in own)
            cls = str(worst)
        else:
            cls = "related"
        anchors = ""
        for _, fid, role in open_spans:
            key = f"{'f' if role == 'finding' else 'r'}{fid}"
            if key not in first_seen:  # an anchor where the span starts, for links to land on
                first_seen.add(key)
                anchors += f'<span id="{key}"></span>'
        out.append(f'{anchors}<mark class="{cls}" data-f="{" ".join(ids)}">{piece}</mark>')
    shown = "".join(out)
    if page:  # the source's indentation and the blank lines of left-out markup
        shown = _LINE_EDGE.sub("\n", _BLANK_LINES.sub("\n\n", shown)).strip("\n")
    return shown


def _finding_item(finding: Finding, fid: str, rules: dict) -> str:
    span = finding.span
    sev = str(finding.severity)
    parts = [
        f'<li id="m{fid}" class="{sev}" data-f="{fid}"><span class="sev">{sev}</span> '
        f'<a href="#f{fid}">{span.line}:{span.col}</a> '
        f"<b>{_esc(finding.rule_id)} {_esc(finding.name)}</b>: {_esc(finding.message)}"
    ]
    for related in finding.related:
        where = f"{related.span.line}:{related.span.col}"
        note = f": {_esc(related.message)}" if related.message else ""
        if related.path is None:
            parts.append(f'<br>related: <a href="#r{fid}" data-f="{fid}">{where}</a>{note}')
        else:
            parts.append(f"<br>related: {_esc(related_path(finding, related))}:{where}{note}")
    doc = _summary(rules.get(finding.rule_id))
    if doc:
        parts.append(f"<details><summary>About {_esc(finding.rule_id)}</summary>{_esc(doc)}</details>")
    parts.append("</li>")
    return "".join(parts)


def _file_section(
    index: int, path: str, text: str | None, findings: list[Finding], rules: dict, counter: list[int]
) -> str:
    marks = _Marks()
    severities: dict[str, Severity] = {}
    items: list[str] = []
    for finding in findings:
        counter[0] += 1
        fid = str(counter[0])
        severities[fid] = finding.severity
        marks.add(finding.span.start, finding.span.end, fid, "finding")
        for related in finding.related:
            if related.path is None:
                marks.add(related.span.start, related.span.end, fid, "related")
        items.append(_finding_item(finding, fid, rules))
    body = (
        _marked_text(text, marks, severities, page=_is_html(path, text))
        if text is not None
        else _esc("(the article text is not available in this report)")
    )
    listing = f'<ol class="findings">{"".join(items)}</ol>' if items else '<p class="none">No findings.</p>'
    return (
        f'<section class="file" id="file{index}"><h2>{_esc(path)}</h2>'
        f'<div class="cols"><pre class="article">{body}</pre>{listing}</div></section>'
    )


def _rule_table(findings: list[Finding]) -> str:
    counts: Counter = Counter((f.rule_id, f.name, f.severity) for f in findings)
    names = sorted({(rule_id, name) for rule_id, name, _ in counts})
    if not names:
        return ""
    head = "<tr><th>rule</th>" + "".join(f"<th>{s}</th>" for s in _SEVERITY_ORDER) + "</tr>"
    rows = "".join(
        f"<tr><td>{_esc(rule_id)} {_esc(name)}</td>"
        + "".join(f"<td>{counts[(rule_id, name, s)] or ''}</td>" for s in _SEVERITY_ORDER)
        + "</tr>"
        for rule_id, name in names
    )
    return f"<h3>Findings by rule</h3><table>{head}{rows}</table>"


def _index(files: list[str], by_file: dict[str, list[Finding]]) -> str:
    rows = []
    for i, path in enumerate(files):
        counts = severity_counts(by_file.get(path, []))
        cells = "".join(f"<td>{counts[s] or ''}</td>" for s in _SEVERITY_ORDER)
        rows.append(f'<tr><td><a href="#file{i}">{_esc(path)}</a></td>{cells}</tr>')
    head = "<tr><th>article</th>" + "".join(f"<th>{s}</th>" for s in _SEVERITY_ORDER) + "</tr>"
    return f"<h3>Articles</h3><table>{head}{''.join(rows)}</table>"


def render(result: RunResult, rules: dict, color: bool = False, verbose: bool = False) -> str:
    findings = sorted_findings(result)
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.path].append(finding)
    files = sorted(set(result.files) | set(by_file))
    counts = severity_counts(findings)
    total = (
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} "
        f"({_count(counts[Severity.ERROR], 'error')}, {_count(counts[Severity.WARNING], 'warning')}, "
        f"{counts[Severity.INFO]} info) in {len(files)} file{'s' if len(files) != 1 else ''}"
    )
    errors = "".join(
        f"<li>{_esc(str(e))}</li>"
        for e in sorted(result.errors, key=lambda e: (e.path, e.line or 0, e.message))
    )
    counter = [0]
    sections = "".join(
        _file_section(i, path, result.texts.get(path), by_file.get(path, []), rules, counter)
        for i, path in enumerate(files)
    )
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_script_hash()}'"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"{REPORT_MARK}"  # a folder walk knows its own report: never an article
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>factlint report</title><style>{_CSS}</style></head><body>"
        f"<header><h1>factlint: {_esc(total)}</h1></header><main>"
        + (f"<h3>Could not be checked</h3><ul>{errors}</ul>" if errors else "")
        + (_index(files, by_file) if len(files) > 1 else "")
        + _rule_table(findings)
        + sections
        + f"</main><script>{_JS}</script></body></html>"
    )

"""Untrusted articles and configs, the cases a fifth audit found open (issue 17): front matter
and pyproject.toml nested past Python's recursion limit, a page-long value quoted whole in an
error line, and control or bidirectional characters reaching the HTML view, the job summary and
the language server's messages raw. Each is one clear error line (exit 2) or a visible escape.
"""

from __future__ import annotations

import re

import pytest


RLO_SENTENCE = "The council voted \x1b[2J\x1b]0;owned\x07 to close the \u202eyrarbil\u202c on Monday at noon."
DUPLICATED = f"# Council vote\n\n{RLO_SENTENCE}\n\nThe budget was discussed at length.\n\n{RLO_SENTENCE}\n"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if ": error: " in line]


DEEP = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize(
    "front, message",
    [
        (f"---\ntitle: {DEEP}\n---\n", "a.md:2: error: malformed YAML front matter: nested too deeply"),
        (f"+++\ntitle = {DEEP}\n+++\n", "a.md:2: error: malformed TOML front matter: nested too deeply"),
    ],
)
def test_front_matter_nested_too_deeply_is_one_error_line(repo, run_cli, front, message):
    # was "a.md: error: internal error: RecursionError: maximum recursion depth exceeded"
    (repo / "a.md").write_text(front + "\nThe harbour reopened on Tuesday.\n", encoding="utf-8")
    code, out, err = run_cli("check", "a.md")
    assert code == 2 and errors(err) == [message]


def test_a_pyproject_nested_too_deeply_is_one_error_line(repo, run_cli):
    (repo / "pyproject.toml").write_text(f'[tool.factlint]\nfail-on = "warning"\n[tool.x]\ny = {DEEP}\n')
    (repo / "a.md").write_text("The harbour reopened on Tuesday.\n", encoding="utf-8")
    code, out, err = run_cli("check", "a.md")
    assert code == 2 and errors(err) == ["pyproject.toml: error: malformed TOML: nested too deeply"]


@pytest.mark.parametrize("value", ["9" * 5000, '"' + "x" * 5000 + '"', "1" * 300])
def test_a_huge_value_is_quoted_short(repo, run_cli, value):
    (repo / "a.md").write_text(f"---\ndate: {value}\n---\n\nThe harbour reopened.\n", encoding="utf-8")
    code, out, err = run_cli("check", "a.md")
    (line,) = errors(err)
    assert code == 2 and line.startswith("a.md:2: error: ") and len(line) < 250, line
    assert "set_int_max_str_digits" not in line


def test_the_html_view_shows_control_and_bidi_characters_as_escapes(repo, run_cli):
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "--format", "html", "a.md")
    assert code == 1 and "FL001" in out
    assert not RAW.search(out), RAW.search(out)
    body = out.split('<pre class="article">', 1)[1]
    assert "\\u202eyrarbil\\u202c" in body and "\\x1b[2J" in body  # the article as escapes
    assert body.count("\n") >= DUPLICATED.count("\n")  # its lines still lines


def test_the_job_summary_does_not_render_an_entity_as_its_character():
    from factlint.linter.github_action import markdown_text

    assert markdown_text("a &#8238; b") == "a \\&\\#8238; b"


def test_the_language_servers_messages_show_control_characters_as_escapes(tmp_path):
    pytest.importorskip("pygls")
    from lsprotocol import types as lsp
    from pygls.workspace import Workspace

    from factlint.linter import lsp as server_module

    path = tmp_path / "a.md"
    server = server_module.FactlintServer()
    workspace = Workspace(None)
    workspace.put_text_document(
        lsp.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=DUPLICATED)
    )
    server.protocol._workspace = workspace
    findings = [
        f for f in server_module.lint_buffer(DUPLICATED, path, with_model=False) if f.rule_id == "FL001"
    ]
    assert findings
    diagnostic = server.diagnostic(path.as_uri(), DUPLICATED.splitlines(keepends=True), findings[0])
    assert not RAW.search(diagnostic.message) and "\\u202e" in diagnostic.message


def test_text_output_still_escapes_line_breaks_in_a_path():
    from factlint.linter.escape import printable

    assert printable("a\nb\u202e") == "a\\nb\\u202e"
    assert printable("a\nb\r\n\u202e\x0b", keep_lines=True) == "a\nb\r\n\\u202e\\x0b"


@pytest.mark.parametrize(
    "name, why",
    [('"wire\\0.txt"', "it holds a NUL character"), ('"' + "a" * 5000 + '.txt"', "File name too long")],
)
def test_a_source_name_no_file_can_have_is_one_error_line(repo, run_cli, name, why):
    # was "a.md: error: rule FL303 failed: ValueError: embedded null byte" (no line), or an
    # OSError quoting the whole 5,000-character name
    (repo / "a.md").write_text(f"---\nsources:\n  - {name}\n---\n\nThe harbour reopened.\n", encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL303", "a.md")
    (line,) = errors(err)
    assert code == 2 and line.startswith("a.md:3: error: source ") and line.endswith(why), line
    assert len(line) < 250


@pytest.mark.parametrize("key", ["sources", "register", "roles"])
@pytest.mark.parametrize(
    "name, why", [('"a\\0b"', "it holds a NUL character"), ('"' + "a/" * 3000 + '"', "File name too long")]
)
def test_a_config_path_no_file_can_have_is_one_error_line(repo, run_cli, key, name, why):
    value = f"[{name}]" if key != "register" else name
    (repo / ".factlint.yaml").write_text(f"{key}: {value}\n", encoding="utf-8")
    (repo / "a.md").write_text("The harbour reopened.\n", encoding="utf-8")
    code, out, err = run_cli("check", "a.md")
    (line,) = errors(err)
    assert code == 2 and line.startswith(f".factlint.yaml:1: error: {key}: ") and line.endswith(why), line
    assert len(line) < 250


def test_a_control_character_in_a_config_is_one_error_line_with_its_line(repo, run_cli):
    # PyYAML refuses it while the loader is made, outside the config reader's try: an internal error
    (repo / ".factlint.yaml").write_text("fail-on: warning\nrules:\n  FL003: info\x1b\n", encoding="utf-8")
    (repo / "a.md").write_text("The harbour reopened.\n", encoding="utf-8")
    code, out, err = run_cli("check", "a.md")
    (line,) = errors(err)
    assert code == 2 and line.startswith(".factlint.yaml:3: error: malformed YAML: unacceptable character")


def test_a_control_character_in_front_matter_names_its_line(repo, run_cli):
    (repo / "a.md").write_text(
        "---\ntitle: Harbour\nauthor: A\ndate: x\x1b[31m\n---\n\nBody.\n", encoding="utf-8"
    )
    code, out, err = run_cli("check", "a.md")
    (line,) = errors(err)
    assert code == 2 and line.startswith("a.md:4: error: malformed YAML front matter at line 4: "), line


@pytest.mark.parametrize("label", ["undefined", "unicode_escape", "raw_unicode_escape", "punycode"])
def test_a_python_only_codec_named_as_a_pages_charset_is_not_used(repo, run_cli, label):
    # `undefined` was an internal error; the escape codecs turned a written "\u202e" into the
    # character. No browser knows them: the page is read as UTF-8, and this one is not UTF-8
    body = b"<p>The harbour \\u202e reopened on Tuesday \xe9 after the storm.</p>"
    page = b'<!doctype html><html><head><meta charset="' + label.encode() + b'"></head><body>' + body
    (repo / "a.html").write_bytes(page + b"</body></html>")
    code, out, err = run_cli("check", "--select", "FL001", "a.html")
    (line,) = errors(err)
    assert code == 2 and line.startswith("a.html:1: error: not valid UTF-8"), line


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_unclosed_comments_are_read_in_linear_time(fmt):
    # each unclosed "<!--" was matched to the end of the text: 10,000 of them took 9 s, 2 MB hours
    import time

    from factlint.linter.loader import parse_text

    text = "# Port\n\nThe harbour reopened. <!-- kept --> It was busy.\n\n" + "<!-- " * 40000 + "\n"
    started = time.process_time()
    doc = parse_text(text, fmt)
    assert time.process_time() - started < 5
    assert "kept" not in " ".join(s.text for s in doc.sentences)


def test_comments_are_found_as_the_regex_finds_them():
    import random

    from factlint.linter.markup import _comments

    pattern = re.compile(r"<!--(.*?)-->", re.S)
    rng = random.Random(7)
    pieces = ["<!--", "-->", "<!-->", "-", "<", "!", ">", "a", "\n", " "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.group(1), m.start(), m.end()) for m in pattern.finditer(text, start, end)]
        assert _comments(text, start, end) == expected, (text, start, end)


def _git(root, *args: str) -> None:
    import subprocess

    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.mark.parametrize(
    "attributes, config",
    [
        ("*.md -diff\n", None),  # a pull request's own .gitattributes
        ("articles/*.md binary\n", None),
        (None, "diff.mnemonicPrefix"),  # a writer's git config: "c/" and "w/" for "a/" and "b/"
        (None, "diff.noprefix"),
    ],
)
def test_git_attributes_and_prefixes_cannot_hide_changed_lines(repo, run_cli, attributes, config):
    import shutil

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (repo / ".git").rmdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "a@example.com")
    _git(repo, "config", "user.name", "A")
    (repo / "articles").mkdir()
    story = repo / "articles" / "a.md"
    story.write_text("# Port\n\nThe harbour reopened on Tuesday.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    if attributes:
        (repo / ".gitattributes").write_text(attributes, encoding="utf-8")
    if config:
        _git(repo, "config", config, "true")
    story.write_text(story.read_text() + "\nExperts say the port will grow.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "change")
    code, out, err = run_cli("check", "--select", "FL003", "--diff", "HEAD~1", "articles")
    assert code == 1 and "articles/a.md:5:1: FL003" in out, out + err


@pytest.mark.parametrize(
    "data, message",
    [
        (
            b'{"id": "a", "text": "Body.", "title": ' + b"[" * 100000 + b"]" * 100000 + b"}\n",
            "nested too deeply",
        ),
        (b'{"id": "a", "text": "Body \xff text."}\n', "not UTF-8 (byte 0xff)"),
    ],
)
def test_an_archive_line_factlint_cannot_read_is_one_error(tmp_path, data, message):
    # both were internal errors (RecursionError, UnicodeDecodeError); records are read before Ray starts
    from factlint.linter.archive import read_records
    from factlint.linter.errors import ConfigError

    (tmp_path / "a.jsonl").write_bytes(b'{"id": "ok", "text": "Fine."}\n' + data)
    records = read_records([str(tmp_path / "a.jsonl")])
    assert next(records)["id"] == "ok"
    with pytest.raises(ConfigError) as caught:
        next(records)
    assert "a.jsonl:2: " in str(caught.value) and str(caught.value).endswith(message)


@pytest.mark.parametrize(
    "pair, new",
    [
        ("a/x.md and b/x.md", "b/x.md"),
        ("/dev/null and b/x.md", "b/x.md"),
        ("a/trade and tariffs.md and b/trade and tariffs.md", "b/trade and tariffs.md"),
        ('"a/x\\ty.md" and "b/x\\ty.md"', '"b/x\\ty.md"'),
        ("a/old.md and b/new.md", "b/new.md"),
    ],
)
def test_the_new_side_of_a_binary_files_line(pair, new):
    from factlint.linter.changed import _binary_new_side

    assert _binary_new_side(pair) == new

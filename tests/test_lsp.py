"""The language server end to end: a real LSP client (pytest-lsp) talks to `factlint lsp` over stdio."""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types as lsp  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "moscow-beijing-trade.txt"
LATE_ACTOR = "the President of the European Parliament"


# One server for the module, as an editor keeps one for a session: each test opens its own
# documents (in its own folder, so its own config) and waits for their own diagnostics; the
# server's start and first imports (seconds each) are paid once.
@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "factlint.linter.cli", "lsp"]),
)
async def client(lsp_client: LanguageClient, tmp_path_factory):
    await lsp_client.initialize_session(
        lsp.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    yield
    await lsp_client.shutdown_session()


async def _until(client: LanguageClient, uri: str, test, timeout: float = 60.0):
    """Wait for the diagnostics of ``uri`` to pass ``test`` (the server publishes several times:
    model-free rules first, the model's later)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        diagnostics = client.diagnostics.get(uri)
        if diagnostics is not None and test(diagnostics):
            return diagnostics
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"diagnostics never matched; last: {diagnostics}")
        await asyncio.sleep(0.05)


def _open(client: LanguageClient, uri: str, text: str) -> None:
    """The editor opens a Markdown document (version 1)."""
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )


def _fl201(diagnostics):
    return [d for d in diagnostics if d.code == "FL201" and "European Parliament" in d.message]


def _copy_seed(folder: Path) -> tuple[Path, str]:
    article = folder / "seed.txt"
    shutil.copy(SEED, article)
    return article, article.as_uri()


@pytest.mark.asyncio(loop_scope="module")
async def test_open_change_hover_and_suppress(client: LanguageClient, tmp_path):
    article, uri = _copy_seed(tmp_path)
    text = article.read_text(encoding="utf-8")
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
        )
    )
    diagnostics = await _until(client, uri, lambda ds: bool(_fl201(ds)))
    first = _fl201(diagnostics)[0]
    line = text.splitlines()[first.range.start.line]
    assert line[first.range.start.character :].startswith(LATE_ACTOR)
    assert first.severity == lsp.DiagnosticSeverity.Warning and first.source == "factlint"
    related = first.related_information[0]
    assert related.location.uri == uri and "first mentioned" in related.message

    hover = await client.text_document_hover_async(
        lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=first.range.start)
    )
    assert "FL201 actor-without-setup" in hover.contents.value
    # Markdown an editor renders as text: section titles in bold, no body indented as code
    hover_lines = hover.contents.value.splitlines()
    why = hover_lines.index("**Why it matters**")
    assert hover_lines[why + 1].strip() and not hover_lines[why + 1].startswith(" ")

    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            range=first.range,
            context=lsp.CodeActionContext(diagnostics=[first]),
        )
    )
    (edit,) = actions[0].edit.changes[uri]
    assert edit.new_text == " <!-- factlint-disable-line FL201 reason: … -->"
    assert edit.range.start.line == first.range.start.line and edit.range.start.character == len(line)

    # remove the paragraphs that bring in the late actor (praised, then speaking): its
    # diagnostics go
    lines = text.splitlines()
    last = max(k for k, each in enumerate(lines) if LATE_ACTOR.removeprefix("the ") in each)
    change = lsp.Range(
        start=lsp.Position(line=first.range.start.line, character=0),
        end=lsp.Position(line=last, character=len(lines[last])),
    )
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[lsp.TextDocumentContentChangePartial(range=change, text="")],
        )
    )
    after = await _until(client, uri, lambda ds: not _fl201(ds))
    assert any(d.code == "FL002" for d in after)  # the other findings stay


@pytest.mark.asyncio(loop_scope="module")
async def test_the_files_config_is_honoured(client: LanguageClient, tmp_path):
    (tmp_path / ".factlint.yaml").write_text("rules:\n  FL201: off\n")
    article, uri = _copy_seed(tmp_path)
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=article.read_text(encoding="utf-8")
            )
        )
    )
    diagnostics = await _until(client, uri, lambda ds: any(d.code == "FL002" for d in ds))
    assert not [d for d in diagnostics if d.code == "FL201"]


@pytest.mark.asyncio(loop_scope="module")
async def test_columns_are_utf16_for_the_client(client: LanguageClient, tmp_path):
    # an emoji before the finding is one character for factlint and two UTF-16 units for LSP
    article = tmp_path / "emoji.md"
    text = "# Flood 🌊 report\n\n🌊🌊 Experts say the river will rise.\n"
    article.write_text(text, encoding="utf-8")
    uri = article.as_uri()
    _open(client, uri, text)
    diagnostics = await _until(client, uri, lambda ds: any(d.code == "FL003" for d in ds))
    (fl003,) = [d for d in diagnostics if d.code == "FL003"]
    line = text.splitlines()[2].encode("utf-16-le")
    units = fl003.range.start.character
    assert line[units * 2 :].decode("utf-16-le").startswith("Experts say")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_file_that_cannot_be_checked_says_so_once_while_it_stays(client: LanguageClient, tmp_path):
    # a headline with an unquoted colon: the error must not pop up again at every keystroke
    article = tmp_path / "draft.md"
    text = "---\ntitle: Live: storm hits the coast\n---\n\nThe storm hit the coast on Monday.\n"
    uri = article.as_uri()
    earlier = len(client.messages)  # the server is the module's: other tests' messages come first
    _open(client, uri, text)
    # (waits for the server, not for a fixed time: a loaded CI machine checks slowly)
    await _until(client, uri, lambda found: any("could not check" in d.message for d in found))
    for version in (2, 3):  # two edits in the body; the title stays broken
        end = lsp.Position(line=4, character=len("The storm hit the coast on Monday."))
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    lsp.TextDocumentContentChangePartial(range=lsp.Range(start=end, end=end), text=" ")
                ],
            )
        )
        await asyncio.sleep(1.0)
    await _until(client, uri, lambda found: any("could not check" in d.message for d in found))
    deadline = asyncio.get_running_loop().time() + 60
    while not any("malformed YAML" in m.message for m in client.messages[earlier:]):
        assert asyncio.get_running_loop().time() < deadline, "the server never said why"
        await asyncio.sleep(0.05)
    errors = [m.message for m in client.messages[earlier:] if "malformed YAML front matter" in m.message]
    assert errors == [
        "factlint: malformed YAML front matter at line 2: mapping values are not allowed here "
        '(the title has a colon in it: put it in quotes, title: "Live: storm hits the coast")'
    ]
    # ... and stands in the file, on the title's line, as the one diagnostic
    (problem,) = client.diagnostics[uri]
    assert problem.severity == lsp.DiagnosticSeverity.Error and problem.range.start.line == 1
    assert problem.message.startswith("factlint could not check this file: malformed YAML front matter")


@pytest.mark.asyncio(loop_scope="module")
async def test_findings_of_the_last_good_text_go_while_it_cannot_be_checked(client: LanguageClient, tmp_path):
    article, uri = _copy_seed(tmp_path)
    text = article.read_text(encoding="utf-8")
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
        )
    )
    await _until(client, uri, lambda ds: bool(_fl201(ds)))

    def edit(version: int, new_text: str) -> None:
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=new_text)],
            )
        )

    broken = "---\ntitle: Live: trade talks\n---\n\n" + text
    edit(2, broken)
    shown = await _until(client, uri, lambda ds: any(d.severity == lsp.DiagnosticSeverity.Error for d in ds))
    assert [d.code for d in shown] == [None]  # the problem alone: no finding at a stale place
    edit(3, text)  # fixed: the findings come back, the problem goes
    back = await _until(client, uri, lambda ds: bool(_fl201(ds)))
    assert not any(d.severity == lsp.DiagnosticSeverity.Error for d in back)


def _rendered_text(markdown: str) -> tuple[str, list[str]]:
    """What a CommonMark client shows of ``markdown`` (its text, line breaks as new lines) and the
    markup tokens it turned into something other than text (HTML, headings)."""
    from markdown_it import MarkdownIt  # rich's dependency, installed with factlint

    lines, markup = [], []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type in ("html_block", "heading_open"):
            markup.append(token.content or token.tag)
        for child in token.children or ():
            if child.type == "html_inline":
                markup.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                lines.append("\n")
            elif child.type in ("text", "code_inline"):
                lines.append(child.content)
        if token.type == "inline":
            lines.append("\n")
    return "".join(lines), markup


@pytest.mark.asyncio(loop_scope="module")
async def test_the_hover_shows_a_rules_examples_as_written(client: LanguageClient, tmp_path):
    # FL000's bad example is a suppression comment: as Markdown it was an HTML comment, which
    # an editor's hover does not show at all
    article = tmp_path / "draft.md"
    text = (
        "# Harbour reopens\n\n<!-- factlint-disable-next-line FL001 reason: checked -->\n"
        "The harbour reopened on Tuesday after the storm, the port authority said.\n"
    )
    article.write_text(text, encoding="utf-8")
    uri = article.as_uri()
    _open(client, uri, text)
    diagnostics = await _until(client, uri, lambda ds: any(d.code == "FL000" for d in ds))
    (unused,) = [d for d in diagnostics if d.code == "FL000"]
    hover = await client.text_document_hover_async(
        lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=unused.range.start)
    )
    shown, markup = _rendered_text(hover.contents.value)
    assert markup == []
    bad = shown[shown.index("Bad\n") :]
    assert bad.startswith(
        "Bad\n<!-- factlint-disable-next-line FL001 reason: checked -->\n"
        "A sentence that is not repeated anywhere.\n"
    )


def test_every_rules_documentation_renders_as_its_words():
    from factlint.linter.lsp import docs_as_markdown
    from factlint.linter.registry import installed

    for rule_id, cls in installed().rules.items():
        shown, markup = _rendered_text(docs_as_markdown(cls.docs()))
        assert markup == [], rule_id  # FL001's '# Putin praises ...' was a heading, FL002's
        # '<another headline>' an HTML tag
        section = ""
        for line in cls.docs().splitlines():
            if line and not line[0].isspace():
                section = line.strip()
            elif section in ("Bad:", "Good:") and line.strip():
                assert line.strip() in shown, (rule_id, line)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_broken_config_is_named_not_placed_on_the_articles_line(client: LanguageClient, tmp_path):
    # an error in .factlint.yaml showed without the config's name, and on the article's line of
    # the same number (line 3 of the config marked line 3 of the story)
    (tmp_path / ".factlint.yaml").write_text("fail-on: warning\ncache: true\nrules: {FL999: off}\n")
    article = tmp_path / "story.md"
    text = "# Port reopens\n\nThe harbour reopened.\n\nFerries resumed.\n"
    uri = article.as_uri()
    _open(client, uri, text)
    (problem,) = await _until(client, uri, lambda found: any("could not check" in d.message for d in found))
    assert ".factlint.yaml:3: unknown rule id 'FL999'" in problem.message
    assert problem.range.start.line == 0  # the article's first line, not its third


@pytest.mark.asyncio(loop_scope="module")
async def test_a_readme_or_a_file_outside_include_gets_no_findings(client: LanguageClient, tmp_path):
    # the editor linted every Markdown file it opened: the repository's README and notes outside
    # the config's `include` were marked up as news copy, which `factlint check` never checks
    (tmp_path / ".factlint.yaml").write_text('include: ["stories/**"]\n')
    (tmp_path / "stories").mkdir()
    (tmp_path / "notes").mkdir()
    text = "# Port reopens\n\nExperts say the harbour will reopen.\n"
    uris = [(tmp_path / name).as_uri() for name in ("stories/a.md", "README.md", "notes/b.md")]
    for uri in uris:
        _open(client, uri, text)
    await _until(client, uris[0], lambda found: any(d.code == "FL003" for d in found))
    for uri in uris[1:]:
        assert not await _until(client, uri, lambda found: True, timeout=30)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_draft_git_ignores_is_checked_and_one_the_config_ignores_is_not(
    client: LanguageClient, tmp_path
):
    # what `factlint check FILE` does with a file it is named: a writer's drafts/ folder that git
    # ignores is still their copy; the config's `ignore` globs say "not an article" for both
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("drafts/\n")
    (tmp_path / ".factlint.yaml").write_text('ignore: ["archive/**"]\n')
    text = "# Port reopens\n\nExperts say the harbour will reopen.\n"
    draft, archived = tmp_path / "drafts" / "a.md", tmp_path / "archive" / "b.md"
    for path in (draft, archived):
        path.parent.mkdir()
        path.write_text(text)
        _open(client, path.as_uri(), text)
    await _until(client, draft.as_uri(), lambda found: any(d.code == "FL003" for d in found))
    assert not await _until(client, archived.as_uri(), lambda found: True, timeout=30)


def test_a_burst_of_edits_runs_one_lint_at_a_time(monkeypatch, tmp_path):
    # a stale run cannot be stopped (a worker thread): a run per keystroke ran beside the stale
    # ones, and on a 120 KB draft the last text's findings came 7 s after the last key
    import time

    from pygls.workspace import Workspace

    from factlint.linter import lsp as server_module

    running, peak, linted = [], [0], []

    def slow_lint(text, path, **kwargs):
        running.append(text)
        peak[0] = max(peak[0], len(running))
        time.sleep(0.15)
        running.remove(text)
        linted.append(text)
        return []

    monkeypatch.setattr(server_module, "lint_buffer", slow_lint)
    server = server_module.FactlintServer()
    monkeypatch.setattr(server, "publish", lambda uri, problem=None: None)
    workspace = Workspace(None)
    uri = (tmp_path / "draft.md").as_uri()
    workspace.put_text_document(lsp.TextDocumentItem(uri=uri, language_id="markdown", version=1, text="a"))
    server.protocol._workspace = workspace

    async def type_ten_keys():
        for version in range(2, 12):
            workspace.update_text_document(
                lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                lsp.TextDocumentContentChangeWholeDocument(text="a" * version),
            )
            server.schedule(uri, with_model=False, delay=0.01)
            await asyncio.sleep(0.04)
        await server.pending[uri]

    asyncio.run(type_ten_keys())
    assert peak[0] == 1 and linted[-1] == "a" * 11
    assert len(linted) < 10  # not one run per key

"""``factlint lsp``: a language server, so writers see findings while they type.

- Model-free rules run on open and on every change, debounced (``DEBOUNCE_S`` after the last
  keystroke), on the buffer as it is, with the ``.factlint.yaml`` that governs the file.
- Rules that need the NLI model run on open and on save, in a worker thread, so typing never
  waits for the model. Their findings are dropped at the next change (their positions may no
  longer hold) and come back at the next save.
- Each finding is a diagnostic: its span as the range, severity mapped, the rule id as the code,
  related spans as related information. Hover over a finding shows its rule's documentation; a
  code action adds a same-line suppression comment with a ``reason:`` to fill in.

Positions: factlint counts columns in characters; LSP clients count UTF-16 code units (or what
they negotiate), converted through pygls's position codec.
"""

from __future__ import annotations

import asyncio
import os
import re
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factlint import __version__

from .escape import printable
from .finding import Finding, Severity
from .providers import model_resources
from .registry import Registry, installed

DEBOUNCE_S = 0.1
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


def lint_buffer(text: str, path: Path, *, with_model: bool, resources=None, registry=None) -> list[Finding]:
    """The findings for one editor buffer (the engine's per-file step, with config discovery)."""
    from .engine import lint_buffer as engine_lint_buffer

    return engine_lint_buffer(text, path, with_model=with_model, resources=resources, registry=registry)


class FactlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "factlint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental
        )
        self.quick: dict[str, list[Finding]] = {}  # uri -> model-free findings of the latest text
        self.model: dict[str, list[Finding]] = {}  # uri -> model findings of the last open / save
        self.pending: dict[str, asyncio.Task] = {}
        # (uri, with_model) -> the run in a worker thread: a newer edit cancels the task that
        # waits for it, not the thread, so the next run of that kind waits for it first
        self.inflight: dict[tuple[str, bool], Future] = {}
        self.executor = ThreadPoolExecutor(thread_name_prefix="factlint-lint")
        self.errors: dict[str, str] = {}  # uri -> one error line (a bad config, a bad comment)
        self.resources = model_resources()  # the server is one long run: models load once
        self._registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        """The installed rules, read on first use and kept for the server's lifetime."""
        if self._registry is None:
            self._registry = installed()
        return self._registry

    # --- running the rules ------------------------------------------------------------------

    def _path(self, uri: str) -> Path:
        fs_path = to_fs_path(uri)
        return Path(fs_path) if fs_path else Path("untitled.md")

    async def run(self, uri: str, *, with_model: bool, delay: float = 0.0) -> None:
        if delay:
            await asyncio.sleep(delay)
        previous = self.inflight.get((uri, with_model))
        if previous is not None and not previous.done():
            # A run that a newer edit made stale cannot be stopped: running beside it, one run per
            # keystroke piled up (a 120 KB draft: its findings 7 s after the last key, not 1-2 s)
            await asyncio.wait([asyncio.wrap_future(previous)])
        document = self.workspace.get_text_document(uri)  # the newest text, read after the wait
        text, version = document.source, document.version
        try:
            future = self.executor.submit(
                lint_buffer,
                text,
                self._path(uri),
                with_model=with_model,
                resources=self.resources,
                registry=self.registry,
            )
            self.inflight[(uri, with_model)] = future
            findings = await asyncio.wrap_future(future)
            self.errors.pop(uri, None)
        except Exception as err:  # a broken front matter, config or comment
            message = getattr(err, "message", None) or f"{type(err).__name__}: {err}"
            line = getattr(err, "line", None)
            where = getattr(err, "path", None)
            if where and os.path.realpath(where) != os.path.realpath(self._path(uri)):
                # another file's problem (the .factlint.yaml): name it with its line, and mark
                # the article's first line, not the line of the same number in the article
                message, line = str(err), None
            message = printable(message)  # it may quote the front matter or a file name
            # once per problem, not again at each keystroke and save while it stays (a popup each time)
            if self.errors.get(uri) != message:
                self.window_show_message(
                    lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"factlint: {message}")
                )
            self.errors[uri] = message
            # the findings of the last good text point at lines that may have moved: the problem
            # alone stands where it is (its line, or the first), until the text can be checked
            self.quick[uri], self.model[uri] = [], []
            self.publish(uri, problem=(message, line))
            return
        if self.workspace.get_text_document(uri).version != version:
            return  # the text moved on while we worked; a newer run is coming
        if with_model:
            self.model[uri] = [f for f in findings if _needs_model(self.registry, f.rule_id)]
            self.quick[uri] = [f for f in findings if not _needs_model(self.registry, f.rule_id)]
        else:
            self.quick[uri] = findings
        self.publish(uri)

    def schedule(self, uri: str, *, with_model: bool, delay: float) -> None:
        old = self.pending.pop(uri, None)
        if old is not None and not old.done():
            old.cancel()
        self.pending[uri] = asyncio.ensure_future(self.run(uri, with_model=with_model, delay=delay))

    def publish(self, uri: str, problem: tuple[str, int | None] | None = None) -> None:
        document = self.workspace.get_text_document(uri)
        findings = sorted(self.quick.get(uri, []) + self.model.get(uri, []), key=Finding.sort_key)
        diagnostics = [self.diagnostic(uri, document.lines, f) for f in findings]
        if problem is not None:
            message, line = problem
            at = max(0, min((line or 1) - 1, len(document.lines) - 1)) if document.lines else 0
            end = lsp.Position(line=0, character=0)
            if document.lines:
                width = len(document.lines[at].rstrip("\r\n"))
                end = self.workspace.position_codec.position_to_client_units(
                    document.lines, lsp.Position(line=at, character=width)
                )
            diagnostics.insert(
                0,
                lsp.Diagnostic(
                    range=lsp.Range(start=lsp.Position(line=at, character=0), end=end),
                    message=f"factlint could not check this file: {message}",
                    severity=lsp.DiagnosticSeverity.Error,
                    source="factlint",
                ),
            )
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, version=document.version, diagnostics=diagnostics)
        )

    # --- findings as diagnostics ------------------------------------------------------------

    def range(self, lines: list[str], span) -> lsp.Range:
        codec = self.workspace.position_codec
        start = codec.position_to_client_units(
            lines, lsp.Position(line=span.line - 1, character=span.col - 1)
        )
        end = codec.position_to_client_units(
            lines, lsp.Position(line=span.end_line - 1, character=span.end_col - 1)
        )
        return lsp.Range(start=start, end=end)

    def diagnostic(self, uri: str, lines: list[str], finding: Finding) -> lsp.Diagnostic:
        related = []
        for rel in finding.related:
            if rel.path is None:
                where = lsp.Location(uri=uri, range=self.range(lines, rel.span))
            else:
                where = lsp.Location(
                    uri=from_fs_path(str(Path(rel.path).resolve())) or rel.path,
                    range=lsp.Range(
                        start=lsp.Position(line=rel.span.line - 1, character=rel.span.col - 1),
                        end=lsp.Position(line=rel.span.end_line - 1, character=rel.span.end_col - 1),
                    ),
                )
            note = printable(rel.message) if rel.message else "related"
            related.append(lsp.DiagnosticRelatedInformation(location=where, message=note))
        return lsp.Diagnostic(
            range=self.range(lines, finding.span),
            # article text a message quotes: an RLO or ESC shown as an escape, as in every format
            message=printable(finding.message),
            severity=_SEVERITY[finding.severity],
            code=finding.rule_id,
            source="factlint",
            related_information=related or None,
            data={"rule": finding.rule_id, "name": finding.name},
        )

    def finding_at(self, uri: str, position: lsp.Position) -> list[Finding]:
        lines = self.workspace.get_text_document(uri).lines
        hits = []
        for finding in self.quick.get(uri, []) + self.model.get(uri, []):
            r = self.range(lines, finding.span)
            if (
                (r.start.line, r.start.character)
                <= (position.line, position.character)
                <= (r.end.line, r.end.character)
            ):
                hits.append(finding)
        return hits


def _needs_model(registry: Registry, rule_id: str) -> bool:
    cls = registry.rules.get(rule_id)
    return bool(cls is not None and cls.needs_model)


def _in_front_matter(lines: list[str], line: int) -> bool:
    """Whether 0-based ``line`` lies in front matter: YAML from a first-line ``---`` to ``---`` (or
    ``...``), or TOML from ``+++`` to ``+++`` (both take ``#`` comments)."""
    opener = lines[0].rstrip() if lines else ""
    closers = {"---": ("---", "..."), "+++": ("+++",)}.get(opener)
    if closers is None:
        return False
    close = next((n for n in range(1, len(lines)) if lines[n].rstrip() in closers), None)
    return close is not None and 0 < line < close


def suppression_edit(lines: list[str], line: int, rule_id: str) -> lsp.TextEdit:
    """A same-line suppression at the end of 0-based ``line``: an HTML comment, or in front matter
    (a finding in the title) a YAML comment, since an HTML comment there would break the YAML."""
    text = lines[line].rstrip("\r\n") if line < len(lines) else ""
    at = lsp.Position(line=line, character=len(text.encode("utf-16-le")) // 2)
    directive = f"factlint-disable-line {rule_id} reason: …"
    comment = f" # {directive}" if _in_front_matter(lines, line) else f" <!-- {directive} -->"
    return lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=comment)


server = FactlintServer()


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: FactlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
    uri = params.text_document.uri
    await ls.run(uri, with_model=False)  # the fast rules first, then the model in the background
    ls.schedule(uri, with_model=True, delay=0.0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: FactlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.model.pop(uri, None)
    ls.schedule(uri, with_model=False, delay=DEBOUNCE_S)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: FactlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, with_model=True, delay=0.0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
async def did_close(ls: FactlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    for store in (ls.quick, ls.model, ls.errors):
        store.pop(uri, None)
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def docs_as_markdown(docs: str) -> str:
    """A rule's docstring as Markdown for a hover: a section title ("Why it matters:") in bold and
    its indented body as plain paragraphs (four spaces would make every body a code block); the
    Bad/Good examples, where the exact words matter, as quotes of their lines as written."""
    out, section = [], ""
    for line in docs.splitlines():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            section = line.strip()[:-1]
            out.append(f"**{section}**")
            continue
        text = line[4:] if line.startswith("    ") else line
        if section in ("Bad", "Good") and text.strip():
            # article text, shown as written, each line on its own (two spaces: a line break)
            text = "> " + _MARKDOWN_PUNCTUATION.sub(r"\\\1", text) + "  "
        elif text.strip():
            text = _literal_outside_code(text)
        out.append(text)
    return "\n".join(out)


# Markdown reads these as markup: an example's '<!-- ... -->' vanished (an HTML comment), its
# '# Headline' became a heading, and '<another headline>' in a body is an HTML tag. CommonMark
# shows any ASCII punctuation after a backslash as itself.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_BODY_MARKUP = re.compile(r"([\\<>*_\[\]]|^#)")
_CODE_SPAN = re.compile(r"(``.+?``|`[^`]+`)")


def _literal_outside_code(text: str) -> str:
    """``text`` with the characters Markdown reads as markup escaped, except in code spans."""
    parts = _CODE_SPAN.split(text)
    return "".join(part if i % 2 else _BODY_MARKUP.sub(r"\\\1", part) for i, part in enumerate(parts))


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: FactlintServer, params: lsp.HoverParams) -> lsp.Hover | None:
    findings = ls.finding_at(params.text_document.uri, params.position)
    if not findings:
        return None
    rules = ls.registry.rules
    parts = []
    for rule_id in dict.fromkeys(f.rule_id for f in findings):
        cls = rules.get(rule_id)
        if cls is not None:
            parts.append(f"**{rule_id} {cls.name}**\n\n{docs_as_markdown(cls.docs())}")
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(parts))
    )


@server.feature(
    lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix])
)
def code_actions(ls: FactlintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    uri = params.text_document.uri
    lines = ls.workspace.get_text_document(uri).lines
    actions = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != "factlint" or not isinstance(diagnostic.code, str):
            continue
        edit = suppression_edit(lines, diagnostic.range.start.line, diagnostic.code)
        actions.append(
            lsp.CodeAction(
                title=f"Suppress {diagnostic.code} on this line (factlint-disable-line)",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
            )
        )
    return actions


def main() -> None:
    server.start_io()

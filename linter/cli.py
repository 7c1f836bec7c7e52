"""The ``factlint`` command: ``check``, ``rules``, ``rule ID``, ``--version``.

Start-up stays fast: this module imports only typer; the engine, the rules and the reporters are
imported inside the commands, and nothing here imports torch (only a model rule's run does).

Every problem ends as one line on stderr — ``path[:line]: error: message`` or
``factlint: error: message`` — and exit code 2; never a traceback (set FACTLINT_DEBUG=1 to see
one for an internal error).
"""

from __future__ import annotations

import atexit
import errno
import gc
import os
import sys
import threading
import traceback
from typing import TYPE_CHECKING, Annotated, Optional

from factlint import __version__

from . import startup_cache

if TYPE_CHECKING:  # pragma: no cover
    import typer

    from .registry import Registry

# The commands, in the order help lists them; they join the typer app when it is made (``_app``).
_COMMANDS: list = []


def _command(name: Optional[str] = None):
    def register(function):
        _COMMANDS.append((name, function))
        return function

    return register


_APP = None


def _app():
    """The typer app (``cli.app``), made on first use: a plain ``check`` (``_plain_check``) runs
    without typer, whose import and per-parameter pydantic adapters were ~0.04 s of every run."""
    global _APP, typer
    if _APP is None:
        import typer  # also read by the commands' annotations, which typer evaluates here

        # Plain (non-rich) help and errors: faster start-up, and output that is the same on every terminal.
        app = typer.Typer(
            name="factlint",
            help="Consistency and fact-check linter for news articles.",
            no_args_is_help=True,
            add_completion=False,
            rich_markup_mode=None,
            pretty_exceptions_enable=False,
        )
        app.callback()(_root)
        for name, function in _COMMANDS:
            app.command(name)(function)
        _APP = app
    return _APP


def __getattr__(name: str):
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Exit(Exception):
    """A command's exit code, as ``typer.Exit`` gives it (``main`` returns it), raised where a
    plain ``check`` runs without typer."""

    def __init__(self, exit_code: int):
        super().__init__(exit_code)
        self.exit_code = exit_code


def _err(line: str) -> None:
    # Every line quotes someone's text (a path, a source name): control characters are escaped,
    # so the line stays one line and can neither forge a CI workflow command nor drive a terminal.
    from .escape import printable

    print(printable(line), file=sys.stderr, flush=True)


def _error_line(err: Exception) -> str:
    """``path[:line]: error: message`` for a FactlintError with a path, else ``factlint: error: ...``."""
    from .escape import safe_line_start

    path, line = getattr(err, "path", None), getattr(err, "line", None)
    message = getattr(err, "message", str(err))
    if path is None:
        return f"factlint: error: {message}"
    path = safe_line_start(str(path))
    return f"{path}:{line}: error: {message}" if line else f"{path}: error: {message}"


def _split_ids(values: Optional[list[str]], flag: str, registry: "Registry") -> Optional[list[str]]:
    """``--select FL001,fl002 --select FL003`` -> ["FL001", "FL002", "FL003"] (ids match
    case-insensitively, as in ``factlint rule`` and suppression comments)."""
    if values is None:
        return None
    ids = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not ids and flag == "--select":
        # `--select "$RULES"` with an empty variable must not pass every article by running nothing
        raise _usage(f"{flag} names no rule id")
    upper = {known.upper(): known for known in registry.rules}
    return [upper.get(rule_id.upper(), rule_id) for rule_id in ids]


def _usage(message: str) -> _Exit:
    _err(f"factlint: error: {message}")
    return _Exit(2)


def _version(value: bool) -> None:
    if value:
        print(f"factlint {__version__}")
        raise typer.Exit(0)


def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Consistency and fact-check linter for news articles."""


@_command()
def check(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Articles or folders to check (.md .markdown .txt .html .htm); '-' reads stdin. Default: the "
            "current folder, without README/CHANGELOG/LICENSE-like files (config `include` restricts it).",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    select: Annotated[
        Optional[list[str]],
        typer.Option(
            "--select", metavar="IDS", help="Run only these rule ids (comma-separated or repeated)."
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],
        typer.Option(
            "--ignore", metavar="IDS", help="Never run these rule ids (comma-separated or repeated)."
        ),
    ] = None,
    fail_on: Annotated[
        Optional[str],
        typer.Option(
            "--fail-on",
            metavar="LEVEL",
            help="Exit 1 on findings at this severity or above: error, warning (default), info, never.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="Output: text, json, sarif, github, html (an article view with the findings marked) or a plugin's format.",
        ),
    ] = "text",
    output: Annotated[
        Optional[str],
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to this file instead of stdout (never over an article being checked, a "
            "baseline, a .factlint.yaml, a pyproject.toml or a file in .git).",
        ),
    ] = None,
    config: Annotated[
        Optional[str],
        typer.Option(
            "--config",
            metavar="FILE",
            help="Use this config file instead of the nearest one: a .factlint.yaml, or a .toml file's "
            "[tool.factlint] table (pyproject.toml).",
        ),
    ] = None,
    baseline: Annotated[
        Optional[str],
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Drop findings recorded in this baseline file (its paths are relative to its folder; "
            "on a pull request, read the base branch's copy: docs/security.md).",
        ),
    ] = None,
    write_baseline: Annotated[
        Optional[str],
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            help="Record all current findings in this file and exit 0 (nothing is written while a file cannot be checked).",
        ),
    ] = None,
    stdin_filename: Annotated[
        Optional[str],
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="Name of the article read from stdin ('-'); its suffix sets the format (.md Markdown, .html "
            "HTML). Without a name, stdin is plain text, or HTML when it is a whole page (<!doctype html> "
            "or <html> first).",
        ),
    ] = None,
    diff: Annotated[
        Optional[str],
        typer.Option(
            "--diff",
            metavar="REF",
            help="Report only findings on lines changed since git revision REF "
            "(e.g. HEAD, origin/main); untracked files count as new.",
        ),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use the NLI score cache.")] = False,
    source: Annotated[
        Optional[list[str]],
        typer.Option(
            "--source",
            metavar="FILE",
            help=(
                "A source document for claims-vs-sources rules (repeatable); replaces the config's"
                " sources, never an article's own."
            ),
        ),
    ] = None,
    model: Annotated[
        Optional[str],
        typer.Option(
            "--model",
            metavar="NAME",
            help="NLI model: a Hugging Face id (local cache only) or a local folder written as a path (./nli, /opt/nli).",
        ),
    ] = None,
    device: Annotated[
        Optional[str], typer.Option("--device", metavar="DEVICE", help="cpu, cuda or auto.")
    ] = None,
    precision: Annotated[
        Optional[str],
        typer.Option(
            "--precision",
            metavar="PRECISION",
            help=(
                "NLI arithmetic: int8 (default for our model on a CPU), fp32, or bf16 (the torch"
                " extra; faster on CPUs with bf16)."
            ),
        ),
    ] = None,
    color: Annotated[
        Optional[bool],
        typer.Option(
            "--color/--no-color",
            help="Colour the text output (default: only on a terminal).",
            show_default=False,
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="Show the model's score in text and github output (JSON and SARIF always have it).",
        ),
    ] = False,
    # --jobs and --timeout are read as text and parsed here, so a bad value gets the same kind of
    # line as every other option ("--jobs: 'abc' is not ..."), not typer's "Input should be ..."
    jobs: Annotated[
        Optional[str],
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Worker processes (default: the cores available; runs of fewer "
            "than 16 articles, or of model-free rules on under 2 MB of text a worker, stay in one process).",
            show_default=False,
        ),
    ] = None,
    progress: Annotated[
        Optional[bool],
        typer.Option(
            "--progress/--no-progress",
            help="A progress bar on stderr (default: on a terminal, for runs of "
            "several files or more than a few seconds); asked for where stderr is a log "
            "(CI), a line per tenth of the run.",
            show_default=False,
        ),
    ] = None,
    ci: Annotated[
        bool,
        typer.Option(
            "--ci",
            help="Untrusted-input mode for CI: no .factlint.yaml (nor pyproject.toml table) is discovered; only --config "
            "(else the defaults) configures the run, so a pull request cannot change the model, the "
            "rules or the sources. See docs/security.md.",
        ),
    ] = False,
    skip_non_articles: Annotated[
        bool,
        typer.Option(
            "--skip-non-articles",
            help="Choose among the files named as a folder walk does: skip files that are no "
            "article by suffix, README/CHANGELOG-like files and, with a config `include`, files "
            "outside it (the pre-commit hooks use it).",
        ),
    ] = False,
    respect_gitignore: Annotated[
        Optional[bool],
        typer.Option(
            "--respect-gitignore/--no-respect-gitignore",
            help="In a git repository a folder walk leaves out what git ignores (a build folder); "
            "--no-respect-gitignore walks it as if there were no .gitignore. Overrides the config's "
            "respect-gitignore.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        Optional[str],
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            help="Give up on a file that takes longer than this "
            "(an error, exit 2); default 300, 0 for no limit.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check articles and report findings."""
    from .engine import RunOptions, check_paths
    from .registry import installed
    from .reporters import available_formats, render

    formats = available_formats()
    if fmt not in formats:
        from .registry import did_you_mean

        _err(
            f"factlint: error: --format: {fmt!r} is not one of {', '.join(formats)}{did_you_mean(fmt, formats)}"
        )
        raise _Exit(2)
    paths = paths or ["."]
    if stdin_filename is not None and "-" not in paths:
        raise _usage("--stdin-filename names the article read from stdin; give '-' as a path")
    if diff is not None and "-" in paths:
        raise _usage("--diff compares files with git; it cannot be used with stdin ('-')")
    stdin = _binary_stdin().read() if "-" in paths else None
    registry = installed()  # this command's rules, read once
    opts = RunOptions(
        select=_split_ids(select, "--select", registry),
        ignore=_split_ids(ignore, "--ignore", registry) or [],
        fail_on=fail_on,
        config=config,
        baseline=baseline,
        write_baseline=write_baseline,
        stdin=stdin,
        stdin_filename=stdin_filename,
        no_cache=no_cache,
        sources=source,
        model=model,
        device=device,
        precision=precision,
        keep_texts=fmt == "html",
        diff=diff,
        jobs=_jobs(jobs),
        jobs_by_default=jobs is None,
        no_discover=ci,
        named_as_walked=skip_non_articles,
        respect_gitignore=respect_gitignore,
        time_budget=_timeout(timeout),
        registry=registry,
    )
    bar = _Progress(forced=progress) if progress is not False else None
    if bar is not None and bar.wanted:
        opts.progress = bar.update
    if output is not None:
        _check_output(output, paths)
    try:
        result = check_paths(paths, opts)
    finally:
        if bar is not None:
            bar.close()
    for notice in result.notices:
        _err(f"factlint: notice: {notice}")
    if result.uncompared and not (fmt == "text" and output is None and result.nothing_compared()):
        _err(f"factlint: notice: {result.uncompared_reason()}")  # the text summary says it otherwise
    if write_baseline is not None:  # findings are recorded, not printed
        if result.baseline_written is not None:
            _err(f"factlint: wrote {result.baseline_written} finding(s) to the baseline {write_baseline}")
    else:
        if color is None:
            color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        report = render(result, fmt, registry.rules, color=color and output is None, verbose=verbose)
        if output is not None:
            _write_report(output, report)
        elif report:
            sys.stdout.write(report + "\n")
            sys.stdout.flush()
    for error in result.errors:
        _err(_error_line(error))
    raise _Exit(result.exit_code)


def _binary_stdin():
    import typer

    return typer.get_binary_stream("stdin")


def _jobs(jobs: Optional[str]) -> int:
    from .parallel import available_cores

    if jobs is None:
        return available_cores()
    try:
        count, shown = int(jobs), jobs.strip()
    except ValueError:
        count, shown = 0, repr(jobs)
    if count < 1:
        raise _usage(f"--jobs: {shown} is not a number of worker processes (1 or more)")
    return count


def _timeout(timeout: Optional[str]) -> Optional[float]:
    if timeout is None:
        return None
    try:
        seconds, shown = float(timeout), timeout.strip()
    except ValueError:
        seconds, shown = -1.0, repr(timeout)
    if not 0 <= seconds < float("inf"):
        raise _usage(f"--timeout: {shown} is not a number of seconds (0 or more)")
    return seconds


class _Progress:
    """A rich progress bar on stderr, shown only where a person watches (a terminal, or
    ``--progress``) and only once a run proves long: 5 or more files, or 2 s on the first ones.
    Where stderr is a log (``--progress`` in CI), plain lines as the run goes instead."""

    MIN_FILES = 5
    MIN_SECONDS = 2.0

    def __init__(self, forced: Optional[bool]):
        import time

        self.forced = bool(forced)
        self.wanted = self.forced or (sys.stderr.isatty() and "CI" not in os.environ)
        self.started = time.monotonic()
        self.bar = None
        self.task = None
        self.tenth, self.last_line, self.total = -1, 0.0, None  # the plain lines of a log

    def update(self, index: int, total: int, name: str) -> None:
        import time

        if not sys.stderr.isatty():
            # a log (CI, a redirect): rich draws a bar there only when it stops, so a long run
            # showed nothing until its end; one plain line per tenth of the run, or per 30 s
            self._log_line(index, total, name, time.monotonic())
            return
        if self.bar is None:
            if not (
                self.forced or total >= self.MIN_FILES or time.monotonic() - self.started > self.MIN_SECONDS
            ):
                return
            from rich.console import Console
            from rich.markup import escape
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._escape = escape
            console = Console(file=sys.stderr, force_terminal=sys.stderr.isatty() or None, highlight=False)
            self.bar = Progress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=console,
                transient=sys.stderr.isatty(),
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        # file names are untrusted: no rich markup, no control characters
        shown = "".join(ch if ch.isprintable() else "?" for ch in name)[-60:]
        self.bar.update(self.task, completed=index, description=self._escape(shown))

    def _log_line(self, done: int, total: int, name: str, now: float) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth == self.tenth and now - self.last_line < 30:
            return
        self.tenth, self.last_line, self.total = tenth, now, total
        shown = "".join(ch if ch.isprintable() else "?" for ch in name)[-60:]
        print(
            f"checking: {done}/{total} files done ({self._elapsed(now)}), now {shown}",
            file=sys.stderr,
            flush=True,
        )

    def _elapsed(self, now: float) -> str:
        seconds = int(now - self.started)
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

    def close(self) -> None:
        import time

        if self.total is not None:
            print(
                f"checking: {self.total}/{self.total} files done ({self._elapsed(time.monotonic())})",
                file=sys.stderr,
                flush=True,
            )
        if self.bar is not None:
            self.bar.update(self.task, completed=self.bar.tasks[0].total)
            self.bar.stop()


def _check_output(output: str, paths: list[str]) -> None:
    """Refuse an --output that would overwrite an article being checked, a folder, a file of git's,
    a factlint config or a baseline (a report written over them loses them), or create a config."""
    from pathlib import Path

    from .config import CONFIG_NAME, PYPROJECT_NAME
    from .include import is_factlint_report

    target = Path(output)
    if target.is_dir():
        raise _usage(f"--output {output!r} is a folder; name a file")
    if not target.parent.is_dir():
        what = "is not a folder" if target.parent.exists() else "does not exist"
        raise _usage(f"--output {output!r}: folder {str(target.parent)!r} {what}")
    if not os.access(target.parent, os.W_OK):  # found now, not after a long run is lost
        raise _usage(f"--output {output!r}: folder {str(target.parent)!r} is not writable")
    if ".git" in target.resolve().parts:
        raise _usage(f"--output {output!r} is inside a .git folder; name a report file")
    if target.name == CONFIG_NAME and not target.exists():
        # a report written there is the config of every article below it: each run then fails on it
        raise _usage(f"--output {output!r} would create a factlint config; name a report file")
    if target.name == PYPROJECT_NAME:
        # a project's settings (factlint's [tool.factlint] among them): a report there breaks every tool
        raise _usage(
            f"--output {output!r} would overwrite or create a project's pyproject.toml; name a report file"
        )
    if target.exists():
        kept = _kept_file(target)
        if kept:
            raise _usage(f"--output {output!r} would overwrite {kept}")
        resolved = target.resolve()
        for path in paths:
            if path != "-" and Path(path).exists():
                here = Path(path).resolve()
                if resolved == here or (
                    here.is_dir()
                    and resolved.suffix.lower() in (".md", ".markdown", ".txt", ".html", ".htm")
                    and here in resolved.parents
                    and not is_factlint_report(resolved)  # an earlier report, not an article
                ):
                    raise _usage(f"--output {output!r} would overwrite an article being checked")


def _kept_file(target) -> str:
    """What an existing file is, when a report must not replace it: a factlint config or baseline."""
    import json

    from .baseline import _is_baseline
    from .config import CONFIG_NAME
    from .safepath import file_problem

    if target.name == CONFIG_NAME:
        return "a factlint config"
    if file_problem(target) or target.stat().st_size > 50_000_000:
        return ""  # not read (a FIFO would block); the write itself replaces the path, never reads it
    try:
        with open(target, "rb") as handle:
            if handle.read(1).strip() not in (b"{", b""):
                return ""
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return ""
    return "a factlint baseline (--write-baseline updates it)" if _is_baseline(data) else ""


def _write_report(output: str, report: str) -> None:
    from .safepath import write_text_atomically

    write_text_atomically(output, report + "\n")


_ARCHIVE_ERROR_LINES = 20  # on stderr; every error is in its article's output row


@_command("archive")
def archive(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Folders of articles, .jsonl or .parquet files (records: id, text; optional title, date, sources).",
            show_default=False,
            metavar="INPUT",
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Findings per article: a .jsonl file or a .parquet folder; a "
            "re-run skips the articles already there, except those that could not be checked.",
            show_default=False,
        ),
    ],
    address: Annotated[
        Optional[str],
        typer.Option(
            "--address", metavar="ADDR", help="A Ray cluster to join (default: start Ray on this machine)."
        ),
    ] = None,
    actors: Annotated[
        Optional[int],
        typer.Option(
            "--actors", metavar="N", help="Engines in the pool, one model each (default: the cluster's CPUs)."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", metavar="N", help="Articles per batch.")] = 16,
    select: Annotated[
        Optional[list[str]], typer.Option("--select", metavar="IDS", help="Run only these rule ids.")
    ] = None,
    ignore: Annotated[
        Optional[list[str]], typer.Option("--ignore", metavar="IDS", help="Never run these rule ids.")
    ] = None,
    config: Annotated[
        Optional[str],
        typer.Option("--config", metavar="FILE", help="The config for every article (default: none)."),
    ] = None,
    stall_timeout: Annotated[
        float,
        typer.Option(
            "--stall-timeout",
            metavar="SECONDS",
            help="Give up (exit 2, what was written is kept) when no article comes back for this long; 0: wait for ever.",
        ),
    ] = 600.0,
) -> None:
    """Check an archive on Ray (the `ray` extra): resumable, one row of findings per article."""
    from .archive import run_archive
    from .registry import installed

    if actors is not None and actors < 1:
        raise _usage(f"--actors: {actors} is not a number of actors (1 or more)")
    if batch_size < 1:
        raise _usage(f"--batch-size: {batch_size} must be 1 or more")
    if stall_timeout < 0:
        raise _usage(f"--stall-timeout: {stall_timeout:g} must be 0 (wait for ever) or more seconds")
    registry = installed()
    select_ids = _split_ids(select, "--select", registry)
    ignore_ids = _split_ids(ignore, "--ignore", registry)
    for rule_id, flag in [(i, "--select") for i in select_ids or []] + [
        (i, "--ignore") for i in ignore_ids or []
    ]:
        registry.check(rule_id, flag)  # a typo ends the run here, before Ray starts
    summary = run_archive(
        inputs,
        output,
        address=address,
        actors=actors,
        batch_size=batch_size,
        config=config,
        select=select_ids,
        ignore=ignore_ids,
        stall_timeout=stall_timeout or None,
    )
    for note in summary.notes:
        _err(f"factlint: notice: {note}")
    from .escape import safe_line_start

    for line in summary.error_lines[:_ARCHIVE_ERROR_LINES]:
        _err(safe_line_start(line))  # begins with a record's id
    if len(summary.error_lines) > _ARCHIVE_ERROR_LINES:
        _err(
            f"factlint: notice: {len(summary.error_lines) - _ARCHIVE_ERROR_LINES} more errors are in {output}"
        )
    from .reporters.text import counted

    print(
        f"{counted(summary.articles, 'article')}: {summary.checked} checked, {summary.skipped} already in "
        f"{output}; {counted(summary.findings, 'finding')}, {summary.errors} could not be checked"
    )
    raise typer.Exit(2 if summary.errors else 0)


@_command("lsp")
def language_server() -> None:
    """Run the language server on stdin/stdout (for editors; see docs/editors.md)."""
    try:
        from .lsp import main as serve
    except ImportError:
        from .errors import install_extra

        raise _usage(f"the language server needs pygls: {install_extra('lsp')}") from None
    serve()


@_command("rules")
def list_rules() -> None:
    """List the rules: id, name, default severity, source, model."""
    from rich.console import Console
    from rich.table import Table

    from .registry import installed

    registry = installed()
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("id", "name", "severity", "source", "model"):
        table.add_column(column, no_wrap=True)
    for rule_id, cls in registry.rules.items():
        table.add_row(
            rule_id, cls.name, str(cls.severity), registry.source(rule_id), "yes" if cls.needs_model else "no"
        )
    Console(highlight=False, soft_wrap=True).print(table)


@_command("rule")
def show_rule(
    rule_id: Annotated[
        str,
        typer.Argument(
            help="A rule id or name, e.g. FL001 or duplicated-sentence.", show_default=False, metavar="RULE"
        ),
    ],
) -> None:
    """Print a rule's documentation."""
    import difflib

    from .errors import ConfigError
    from .registry import installed

    registry = installed()
    rules = registry.rules
    # ids match case-insensitively, and a rule's name (as printed beside its id) works too, with
    # "_" or a space for its "-" ("scrape_leftover"); a word of a name points at that rule
    known = {key.upper(): key for key in rules} | {cls.name.upper(): key for key, cls in rules.items()}
    typed = "-".join(rule_id.replace("_", " ").split()).upper()
    parts = [part.strip().upper() for part in rule_id.split(",")]
    if len(parts) > 1 and all(part in known for part in parts):  # `factlint rule FL101,FL102`
        raise ConfigError(f"factlint rule prints one rule: name one at a time ({', '.join(parts)})")
    if typed not in known and not any(ch.isdigit() for ch in typed):  # a name, or part of one
        named = [cls for cls in rules.values() if typed in cls.name.upper().split("-")]  # "vague"
        close = difflib.get_close_matches(typed.lower(), [cls.name for cls in rules.values()], n=1)
        named = named or [cls for cls in rules.values() if cls.name in close]  # "vague-atribution"
        if named:
            names = " or ".join(f"{cls.name!r} ({cls.id})" for cls in named[:3])
            raise ConfigError(f"unknown rule {rule_id!r} (did you mean {names}?)")
    cls = rules[known.get(typed) or registry.check(rule_id)]
    model = ", needs the NLI model" if cls.needs_model else ""
    lines = [
        f"{cls.id} {cls.name} (default severity {cls.severity}, from {registry.source(cls.id)}{model})",
        "",
        cls.docs(),
    ]  # the docstring and the options table made from their declarations
    print("\n".join(lines))


_FEWER_COLLECTIONS = (100_000, 20, 20)  # linter/engine.py's thresholds while files are checked


def _plain_argument_help(group) -> None:
    """Help lists an argument by its name (``PATH``), not with typer's Python type beside it
    (``PATH <list[str]>``, which names no thing a user types)."""
    for command in getattr(group, "commands", {}).values():
        for param in command.params:
            if getattr(param, "param_type_name", "") == "argument" and hasattr(param, "display_type_rich"):
                param.display_type_rich = lambda ctx: ""  # this instance only


# ``check``'s options as typer reads them: option -> (parameter, what it takes). A value option
# takes the next argument or "=value"; a flag sets its value. tests/test_cli_plain.py holds this
# table to typer's own and every parse to typer's.
_CHECK_OPTIONS: dict[str, tuple[str, object]] = {
    "--select": ("select", list),
    "--ignore": ("ignore", list),
    "--source": ("source", list),
    **{
        option: (name, str)
        for name, options in (
            ("fail_on", ["--fail-on"]),
            ("fmt", ["--format"]),
            ("output", ["--output", "-o"]),
            ("config", ["--config"]),
            ("baseline", ["--baseline"]),
            ("write_baseline", ["--write-baseline"]),
            ("stdin_filename", ["--stdin-filename"]),
            ("diff", ["--diff"]),
            ("model", ["--model"]),
            ("device", ["--device"]),
            ("precision", ["--precision"]),
            ("jobs", ["--jobs", "-j"]),
            ("timeout", ["--timeout"]),
        )
        for option in options
    },
    "--no-cache": ("no_cache", True),
    "--verbose": ("verbose", True),
    "-v": ("verbose", True),
    "--ci": ("ci", True),
    "--skip-non-articles": ("skip_non_articles", True),
    **{
        f"--{prefix}{flag}": (flag.replace("-", "_"), not prefix)
        for flag in ("color", "progress", "respect-gitignore")
        for prefix in ("", "no-")
    },
}


def _plain_check(args: Optional[list[str]]) -> Optional[dict]:
    """``check``'s arguments as typer would hand them to it, for a plain ``factlint check``:
    known options, each at most once, every value its own argument or after "=", paths. None for
    anything else (help, a usage error, "--", short options run together, another command, shell
    completion, text that is not UTF-8), which typer parses as before."""
    if not args or args[0] != "check" or "_FACTLINT_COMPLETE" in os.environ:
        return None
    defaults = check.__defaults__ or ()
    names = check.__code__.co_varnames[: check.__code__.co_argcount]
    values = dict(zip(names[len(names) - len(defaults) :], defaults))
    paths: list[str] = []
    seen: set[str] = set()
    rest = iter(args[1:])
    for arg in rest:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return None
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        option, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        known = _CHECK_OPTIONS.get(option)
        if known is None:
            return None
        name, takes = known
        if name in seen and takes is not list:
            return None  # typer keeps the last; left to it
        seen.add(name)
        if takes is list or takes is str:
            if not equals:
                value = next(rest, None)
                if value is None or value.startswith("-"):
                    return None
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return None
            if takes is list:
                values[name] = [*(values[name] or ()), value]
            else:
                values[name] = value
        elif equals:
            return None  # a flag given a value: typer's error
        else:
            values[name] = takes
    values["paths"] = paths or None
    return values


def _as_typer_runs(command, values: dict) -> int:
    """``command(**values)``, with the exit code typer's ``main`` (not standalone) gives: an
    ``_Exit``'s code, 0 on return; end of input is "aborted" (a blank line first), and a closed
    pipe exits 1 quietly."""
    try:
        command(**values)
    except EOFError as exc:
        print(file=sys.stderr)
        _err("factlint: aborted")
        raise _Exit(1) from exc
    except KeyboardInterrupt as exc:
        raise _Exit(130) from exc
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout = PacifyFlushWrapper(sys.stdout)
        sys.stderr = PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Console entry point: run the app and turn every failure into one line and exit code 2."""
    from .errors import EXIT_ERROR, FactlintError

    for stream in (sys.stdout, sys.stderr):
        try:  # text that cannot be encoded (a terminal in Latin-1) prints as escapes, never fails
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):  # not a TextIOWrapper (a test's capture)
            pass
    before = gc.get_threshold()
    # A command imports the rules and analyses and builds their patterns: hundreds of thousands
    # of objects, almost no reference cycles. The cycle collector runs as rarely as while the
    # engine checks files (linter/engine.py), then as before.
    if before[0] < _FEWER_COLLECTIONS[0]:  # unless the embedding program asked for fewer already
        gc.set_threshold(*_FEWER_COLLECTIONS)
    try:
        plain = _plain_check(sys.argv[1:] if argv is None and os.name != "nt" else argv)
        if plain is not None:
            with startup_cache.enabled():
                return _as_typer_runs(check, plain)
        import typer

        command = typer.main.get_command(_app())
        _plain_argument_help(command)
        with startup_cache.enabled():  # patterns and dataclass methods as an earlier run compiled them
            code = command.main(args=argv, prog_name="factlint", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except _Exit as exit:
        return exit.exit_code
    except FactlintError as err:
        _err(_error_line(err))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``factlint check | head``): not an error of ours, and nothing
        # more can be written; point stdout at devnull so the interpreter's final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        # Usage errors (unknown option, missing argument) come from typer's click layer; they
        # carry their own message and exit code (2).
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `factlint`: show the help
            print(exc.format_message())
            return EXIT_ERROR
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            _err(f"factlint: error: {exc.format_message()}")
            return exc.exit_code
        if type(exc).__name__ == "Abort":
            _err("factlint: aborted")
            return 1
        if os.environ.get("FACTLINT_DEBUG") == "1":
            traceback.print_exc()
        _err(f"factlint: internal error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
    finally:
        gc.set_threshold(*before)
        if argv is None:
            # The process's own command line (the console script, ``python -m``): it exits next.
            # What it still holds is freed by reference counting as modules are torn down; the
            # interpreter's closing collections would scan it all again first (~0.15 s of CPU
            # after 487 articles), so it is left out of them (gc.freeze). Reference cycles left
            # at exit are then not collected (the OS takes their memory back).
            gc.freeze()


def console() -> None:
    """The ``factlint`` command (console script, ``python -m``): ``main``, then the process ends
    without freeing what the run built one object at a time as modules are torn down (~0.15 s of
    CPU after 487 articles). Exit handlers run first and the output is flushed; where anything
    else could still need the interpreter's own exit (another thread, a child process) or the
    output cannot be flushed, it exits as usual."""
    code = main()
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)  # (every CPython since 3.0)
    multiprocessing = sys.modules.get("multiprocessing")
    if (
        run_exit_handlers is None
        or threading.active_count() > 1
        or (multiprocessing is not None and multiprocessing.active_children())
    ):
        sys.exit(code)
    run_exit_handlers()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe or stream: the interpreter's exit deals with it
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    console()

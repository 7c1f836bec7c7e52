"""The ``factlint`` command: ``check``, ``rules``, ``rule ID``, ``--version``.

Start-up stays fast: this module imports only typer; the engine, the rules and the reporters are
imported inside the commands, and nothing here imports torch (only a model rule's run does).

Every problem ends as one line on stderr — ``path[:line]: error: message`` or
``factlint: error: message`` — and exit code 2; never a traceback (set FACTLINT_DEBUG=1 to see
one for an internal error).
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Annotated, Optional

import typer

from factlint import __version__

# Plain (non-rich) help and errors: faster start-up, and output that is the same on every terminal.
app = typer.Typer(
    name="factlint",
    help="Consistency and fact-check linter for news articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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


def _split_ids(values: Optional[list[str]], flag: str) -> Optional[list[str]]:
    """``--select FL001,fl002 --select FL003`` -> ["FL001", "FL002", "FL003"] (ids match
    case-insensitively, as in ``factlint rule`` and suppression comments)."""
    if values is None:
        return None
    ids = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not ids and flag == "--select":
        # `--select "$RULES"` with an empty variable must not pass every article by running nothing
        raise _usage(f"{flag} names no rule id")
    from .registry import load_rules

    upper = {known.upper(): known for known in load_rules()}
    return [upper.get(rule_id.upper(), rule_id) for rule_id in ids]


def _usage(message: str) -> "typer.Exit":
    _err(f"factlint: error: {message}")
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        print(f"factlint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Consistency and fact-check linter for news articles."""


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Articles or folders to check (.md .markdown .txt .html .htm); '-' reads stdin.",
        show_default=False, metavar="PATH")] = None,
    select: Annotated[Optional[list[str]], typer.Option(
        "--select", metavar="IDS", help="Run only these rule ids (comma-separated or repeated).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(
        "--ignore", metavar="IDS", help="Never run these rule ids (comma-separated or repeated).")] = None,
    fail_on: Annotated[Optional[str], typer.Option(
        "--fail-on", metavar="LEVEL", help="Exit 1 on findings at this severity or above: error, warning (default), "
        "info, never.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="Output: text, json, sarif or github.")] = "text",
    config: Annotated[Optional[str], typer.Option(
        "--config", metavar="FILE", help="Use this config file instead of the nearest .factlint.yaml.")] = None,
    baseline: Annotated[Optional[str], typer.Option(
        "--baseline", metavar="FILE", help="Drop findings recorded in this baseline file.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option(
        "--write-baseline", metavar="FILE", help="Record all current findings in this file and exit 0 (nothing is written while a file cannot be checked).")] = None,
    stdin_filename: Annotated[Optional[str], typer.Option(
        "--stdin-filename", metavar="NAME", help="Name of the article read from stdin ('-').")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use the NLI score cache.")] = False,
    source: Annotated[Optional[list[str]], typer.Option(
        "--source", metavar="FILE", help="A source document for claims-vs-sources rules (repeatable).")] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", metavar="NAME", help="NLI model: a Hugging Face id (local cache only) or a local folder written as a path (./nli, /opt/nli).")] = None,
    device: Annotated[Optional[str], typer.Option("--device", metavar="DEVICE", help="cpu, cuda or auto.")] = None,
    precision: Annotated[Optional[str], typer.Option(
        "--precision", metavar="PRECISION", help="NLI arithmetic: fp32 (default), bf16 (faster on CPUs with bf16) or int8.")] = None,
    color: Annotated[Optional[bool], typer.Option(
        "--color/--no-color", help="Colour the text output (default: only on a terminal).",
        show_default=False)] = None,
    ci: Annotated[bool, typer.Option(
        "--ci", help="Untrusted-input mode for CI: no .factlint.yaml is discovered; only --config "
        "(else the defaults) configures the run, so a pull request cannot change the model, the "
        "rules or the sources. See docs/security.md.")] = False,
    timeout: Annotated[Optional[float], typer.Option(
        "--timeout", metavar="SECONDS", help="Give up on a file that takes longer than this "
        "(an error, exit 2); default 300, 0 for no limit.", show_default=False)] = None,
) -> None:
    """Check articles and report findings."""
    from .engine import RunOptions, check_paths
    from .registry import load_rules
    from .reporters import FORMATS, render

    if fmt not in FORMATS:
        from .registry import did_you_mean

        _err(f"factlint: error: --format: {fmt!r} is not one of {', '.join(FORMATS)}{did_you_mean(fmt, FORMATS)}")
        raise typer.Exit(2)
    paths = paths or ["."]
    if stdin_filename is not None and "-" not in paths:
        raise _usage("--stdin-filename names the article read from stdin; give '-' as a path")
    stdin = typer.get_binary_stream("stdin").read() if "-" in paths else None
    opts = RunOptions(
        select=_split_ids(select, "--select"), ignore=_split_ids(ignore, "--ignore") or [], fail_on=fail_on, config=config,
        baseline=baseline, write_baseline=write_baseline, stdin=stdin, stdin_filename=stdin_filename,
        no_cache=no_cache, sources=source, model=model, device=device, precision=precision,
        no_discover=ci, time_budget=timeout,
    )
    if timeout is not None and not timeout >= 0:
        raise _usage(f"--timeout: {timeout!r} is not a number of seconds (0 or more)")
    result = check_paths(paths, opts)
    for notice in result.notices:
        _err(f"factlint: notice: {notice}")
    if write_baseline is not None:  # findings are recorded, not printed
        if result.baseline_written is not None:
            _err(f"factlint: wrote {result.baseline_written} finding(s) to the baseline {write_baseline}")
    else:
        if color is None:
            color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        output = render(result, fmt, load_rules(), color=color)
        if output:
            sys.stdout.write(output + "\n")
            sys.stdout.flush()
    for error in result.errors:
        _err(_error_line(error))
    raise typer.Exit(result.exit_code)


@app.command("rules")
def list_rules() -> None:
    """List the rules: id, name, default severity, source, model."""
    from rich.console import Console
    from rich.table import Table

    from .registry import load_rules, rule_source

    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("id", "name", "severity", "source", "model"):
        table.add_column(column, no_wrap=True)
    for rule_id, cls in load_rules().items():
        table.add_row(rule_id, cls.name, str(cls.severity), rule_source(rule_id),
                      "yes" if cls.needs_model else "no")
    Console(highlight=False, soft_wrap=True).print(table)


@app.command("rule")
def show_rule(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. FL001.", show_default=False, metavar="RULE_ID")],
) -> None:
    """Print a rule's documentation."""
    from .registry import check_rule_id, load_rules, rule_source

    rules = load_rules()
    upper = {known.upper(): known for known in rules}
    cls = rules[upper.get(rule_id.upper()) or check_rule_id(rule_id)]  # ids match case-insensitively
    model = ", needs the NLI model" if cls.needs_model else ""
    lines = [f"{cls.id} {cls.name} (default severity {cls.severity}, from {rule_source(cls.id)}{model})",
             "", cls.docs()]
    if cls.defaults and "\nOptions:" not in "\n" + cls.docs():  # a plugin that does not document them
        lines += ["", "Options (defaults):"]
        lines += [f"  {name}: {value!r}" for name, value in cls.defaults.items()]
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    """Console entry point: run the app and turn every failure into one line and exit code 2."""
    from .errors import EXIT_ERROR, FactlintError

    for stream in (sys.stdout, sys.stderr):
        try:  # text that cannot be encoded (a terminal in Latin-1) prints as escapes, never fails
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):  # not a TextIOWrapper (a test's capture)
            pass
    try:
        command = typer.main.get_command(app)
        code = command.main(args=argv, prog_name="factlint", standalone_mode=False)
        return code if isinstance(code, int) else 0
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


if __name__ == "__main__":
    sys.exit(main())

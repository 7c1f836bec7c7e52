"""A plain ``factlint check`` is parsed without typer (``cli._plain_check``): the same arguments
reach ``check`` as typer gives it, every other command line goes to typer, and the output and
exit code are the same either way."""

from __future__ import annotations

import functools
import random

import pytest

from factlint.linter import cli

SEED = "seeds/moscow-beijing-trade.txt"


def typer_parser(monkeypatch):
    """A function giving what typer hands ``check`` for a command line (None where it calls no
    command: an error, help). Typer's command is built once, with a recorder in place of
    ``check``: building it per command line cost most of the test's time."""
    import typer

    captured: list[dict] = []

    def recorder(**values):
        captured.append(values)

    functools.update_wrapper(recorder, cli.check)  # typer reads check's signature and annotations
    commands = [(name, recorder if function is cli.check else function) for name, function in cli._COMMANDS]
    monkeypatch.setattr(cli, "_COMMANDS", commands)
    monkeypatch.setattr(cli, "_APP", None)
    try:
        command = typer.main.get_command(cli._app())
    finally:
        monkeypatch.undo()

    def parse(args: list[str]):
        captured.clear()
        try:
            command.main(args=list(args), prog_name="factlint", standalone_mode=False)
        except Exception:
            return None
        return captured[0] if captured else None

    return parse


def test_the_option_table_is_typers():
    import typer

    command = typer.main.get_command(cli._app()).commands["check"]
    table: dict[str, tuple[str, object]] = {}
    for param in command.params:
        if param.param_type_name != "option":
            assert param.name == "paths"
            continue
        if param.is_flag and param.secondary_opts:
            table.update({opt: (param.name, True) for opt in param.opts})
            table.update({opt: (param.name, False) for opt in param.secondary_opts})
        elif param.is_flag:
            table.update({opt: (param.name, True) for opt in param.opts})
        else:
            table.update({opt: (param.name, list if param.multiple else str) for opt in param.opts})
    assert table.keys() - {"--help"} == cli._CHECK_OPTIONS.keys()
    assert {key: table[key] for key in cli._CHECK_OPTIONS} == cli._CHECK_OPTIONS


def _random_args(rng: random.Random) -> list[str]:
    values = ["json", "a b", "x=y", "", "FL001,FL002", "é", "-", "-x", "--", "a\udcff", "3", "."]
    options = [*cli._CHECK_OPTIONS, "--help", "-h", "--nope", "-vj", "--", "--select=", "--ci=1"]
    args = []
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.3:
            args.append(rng.choice(["a.md", "-", "dir/", "b c.txt", "é.md", "x\udcff"]))
        elif roll < 0.45:
            option = rng.choice(options)
            args.append(f"{option}={rng.choice(values)}")
        else:
            option = rng.choice(options)
            args.append(option)
            if cli._CHECK_OPTIONS.get(option, ("", True))[1] in (list, str) and rng.random() < 0.9:
                args.append(rng.choice(values))
    return ["check", *args]


def test_plain_parse_is_typers(monkeypatch):
    rng = random.Random(20)
    cases = [
        ["check"],
        ["check", SEED],
        ["check", "--select", "FL001", "--select=FL002", "--format", "json", "--no-cache", SEED, "-j", "1"],
        ["check", "--no-progress", "--no-color", "--respect-gitignore", "-v", "-o", "out.json", "a", "b"],
        ["check", "--color", "--progress", "--no-respect-gitignore", "--ci", "--skip-non-articles"],
        ["check", "--timeout", "5", "--fail-on", "info", "--diff", "HEAD", "--model", "m", "--device", "cpu"],
        ["check", "--precision", "fp32", "--source", "s1", "--source", "s2", "--ignore", "FL003", "-"],
        ["check", "--config", "c.yaml", "--baseline", "b", "--write-baseline", "w", "--stdin-filename", "n"],
        *(_random_args(rng) for _ in range(400)),
    ]
    typer_parse = typer_parser(monkeypatch)
    plain_count = 0
    for args in cases:
        plain = cli._plain_check(args)
        if plain is None:
            continue
        plain_count += 1
        assert typer_parse(args) == plain, args
    assert plain_count > 100


def test_other_command_lines_go_to_typer(monkeypatch):
    for args in (
        ["rules"],
        ["--version"],
        ["check", "--help"],
        ["check", "--", "a"],
        ["check", "--format"],
        ["check", "--jobs", "-1"],
        ["check", "--ci=yes"],
        ["check", "-vj", "1"],
        ["check", "--format", "json", "--format", "text"],
        ["check", "x\udcff"],
        [],
    ):
        assert cli._plain_check(args) is None, args
    monkeypatch.setenv("_FACTLINT_COMPLETE", "bash_complete")
    assert cli._plain_check(["check"]) is None


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--select", "FL001,FL002,FL004", "--format", "json", "--no-cache", "--jobs", "1", SEED],
        ["check", "--select", "FL001", "--no-color", SEED],
        ["check", "--select", "", SEED],
        ["check", "--select", "FL999", SEED],
        ["check", "--format", "yaml", SEED],
        ["check", "--jobs", "abc", SEED],
        ["check", "--timeout", "x", SEED],
        ["check", "--stdin-filename", "a.md", SEED],
        ["check", "--select", "FL001", "no-such-file.md"],
    ],
)
def test_output_and_exit_code_are_typers(monkeypatch, capsys, args):
    import os
    from pathlib import Path

    monkeypatch.chdir(Path(cli.__file__).resolve().parents[1])
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    os.environ.pop("_FACTLINT_COMPLETE", None)
    assert cli._plain_check(args) is not None
    plain = cli.main(list(args)), *capsys.readouterr()
    monkeypatch.setattr(cli, "_plain_check", lambda args: None)
    typer_run = cli.main(list(args)), *capsys.readouterr()
    assert plain == typer_run

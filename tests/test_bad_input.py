"""Every kind of bad input ends as one clear line on stderr and exit 2 — never a traceback — and
a good article passed in the same run still has its findings reported.

The good file alone, the FIFO (opening it would block) and several bad inputs in one run go
through the real ``factlint`` command in a subprocess; the other cases through its ``main`` in
this process (the same exit code and lines, without a Python start per case). The good article
carries a suppression comment that silences nothing, so it always has one finding from a built-in
rule (FL000 unused-suppression) whatever the other rules do; ``--select FL000`` keeps model rules
out.

"Unreadable file": the tests run as root, for whom ``chmod 000`` changes nothing, so two stand-ins
are used: a FIFO named ``pipe.md`` (a real file system object that must not be read like a file;
opening it would block), and an in-process run of the CLI in which opening one file raises
PermissionError (monkeypatched ``open``), which is what a non-root user gets from ``chmod 000``.
"""

from __future__ import annotations

import builtins
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "# Port reopens\n\n<!-- factlint-disable-next-line -->\nThe harbour reopened on Tuesday.\n"
GOOD_FINDING = "good.md:3:1: FL000 unused-suppression:"
ARTICLE = "# Budget\n\nThe council met on Monday.\n"


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FACTLINT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_one_error(proc: subprocess.CompletedProcess, prefix: str, *words: str) -> str:
    """Exit 2, no traceback, exactly one error line starting with ``prefix``; the good file's
    finding is still on stdout. Returns the error line."""
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, proc.stderr
    assert errors[0].startswith(prefix), errors[0]
    for word in words:
        assert word in errors[0], errors[0]
    assert GOOD_FINDING in proc.stdout, proc.stdout
    return errors[0]


@pytest.fixture()
def work(tmp_path) -> Path:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path


def check(work: Path, *args: str) -> subprocess.CompletedProcess:
    return factlint("check", "--select", "FL000", *args, "good.md", cwd=work)


@pytest.fixture
def check_here(capsys, monkeypatch):
    """``check`` through the command's ``main`` in this process (no Python start and import per
    case): the same exit code and the same lines on stdout and stderr. ``main`` turns every
    failure into one line, so a traceback would show as an internal error here as there."""
    from factlint.linter.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(work: Path, *args: str) -> subprocess.CompletedProcess:
        monkeypatch.chdir(work)
        argv = ["check", "--select", "FL000", *args, "good.md"]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


def test_the_good_file_alone_is_fine(work):
    proc = check(work)
    assert proc.returncode == 0 and proc.stderr == ""
    assert GOOD_FINDING in proc.stdout


def test_binary_file(work, check_here):
    (work / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_one_error(check_here(work, "photo.md"), "photo.md: error: ")


def test_invalid_utf8(work, check_here):
    (work / "latin1.md").write_bytes("# Café\n\nLe café est fermé.\n".encode("latin-1"))
    assert_one_error(check_here(work, "latin1.md"), "latin1.md")


def test_empty_file(work, check_here):
    (work / "empty.md").write_bytes(b"")
    assert_one_error(check_here(work, "empty.md"), "empty.md: error: ")


def test_five_megabyte_file(work, check_here):
    (work / "huge.md").write_text("# Big\n\n" + "The council met again. " * 230_000, encoding="utf-8")
    assert (work / "huge.md").stat().st_size > 5_000_000
    assert_one_error(check_here(work, "huge.md"), "huge.md: error: ")


def test_directory_without_articles(work, check_here):
    (work / "assets").mkdir()
    (work / "assets" / "logo.png").write_bytes(b"\x89PNG")
    assert_one_error(check_here(work, "assets"), "assets: error: ", "no articles")


def test_directory_named_like_an_article(work, check_here):
    (work / "folder.md").mkdir()
    assert_one_error(check_here(work, "folder.md"), "folder.md: error: ", "no articles")


def test_malformed_yaml_in_config(work, check_here):
    (work / "desk").mkdir()
    (work / "desk" / ".factlint.yaml").write_text("fail-on: error\nrules:\n  FL000: [info\n")
    (work / "desk" / "a.md").write_text(ARTICLE)
    line = assert_one_error(check_here(work, "desk"), "desk/.factlint.yaml:", "malformed YAML")
    assert line.split(":")[1].isdigit()


def test_malformed_yaml_in_front_matter(work, check_here):
    (work / "story.md").write_text("---\ntitle: [Budget\nauthor: x\n---\n\nThe council met.\n")
    line = assert_one_error(check_here(work, "story.md"), "story.md:")
    assert line.split(":")[1].isdigit()  # the line of the problem


def test_unknown_rule_id_in_config(work, check_here):
    (work / "desk").mkdir()
    (work / "desk" / ".factlint.yaml").write_text("fail-on: error\nrules:\n  FL00: info\n")
    (work / "desk" / "a.md").write_text(ARTICLE)
    assert_one_error(
        check_here(work, "desk"),
        "desk/.factlint.yaml:3: error: ",
        "unknown rule id 'FL00'",
        "did you mean 'FL000'?",
    )


def test_unknown_rule_id_in_a_suppression(work, check_here):
    (work / "story.md").write_text(
        "# Budget\n\n<!-- factlint-disable-next-line FL0000 -->\nThe council met.\n"
    )
    assert_one_error(
        check_here(work, "story.md"),
        "story.md:3: error: ",
        "unknown rule id 'FL0000'",
        "did you mean 'FL000'?",
    )


def test_path_that_does_not_exist(work, check_here):
    assert_one_error(check_here(work, "nowhere/missing.md"), "nowhere/missing.md: error: ", "no such file")


def test_unreadable_fifo(work):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(work / "pipe.md")
    assert_one_error(check(work, "pipe.md"), "pipe.md: error: ", "not a regular file")


def test_unreadable_by_permission(work, monkeypatch, capsys):
    """In-process: opening ``secret.md`` fails with EACCES, as for a non-root user after chmod 000."""
    from factlint.linter import cli

    secret = work / "secret.md"
    secret.write_text(ARTICLE)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file).name == "secret.md":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)  # pathlib opens through io.open
    real_os_open = os.open

    def guarded_os_open(file, *args, **kwargs):  # articles are opened with os.open (safepath)
        if isinstance(file, (str, os.PathLike)) and Path(file).name == "secret.md":
            raise PermissionError(13, "Permission denied", str(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_os_open)
    monkeypatch.chdir(work)
    code = cli.main(["check", "--select", "FL000", "secret.md", "good.md"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out + err
    (line,) = [line for line in err.splitlines() if ": error: " in line]
    assert line.startswith("secret.md: error: ")
    assert GOOD_FINDING in out


def test_several_bad_inputs_in_one_run_each_get_their_line(work):
    (work / "empty.md").write_bytes(b"")
    (work / "latin1.md").write_bytes("Caf\xe9".encode("latin-1"))
    proc = check(work, "empty.md", "missing.md", "latin1.md")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    errors = [line.split(":")[0] for line in proc.stderr.splitlines() if ": error: " in line]
    assert errors == ["empty.md", "latin1.md", "missing.md"]
    assert GOOD_FINDING in proc.stdout

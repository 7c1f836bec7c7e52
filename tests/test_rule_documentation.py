"""What a reader of a rule's documentation sees, through the command's main: `factlint rule ID`
(also the editor's hover) and the SARIF rule descriptions code scanning shows. A new user's
audit (h-audit7) found paragraphs of two docstrings printed out of their section and two SARIF
short descriptions cut off mid-sentence."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    """The command's main in this process (folder ``cwd``): exit code, stdout and stderr."""
    from factlint.linter.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd or "."), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def _rule_ids() -> list[str]:
    listing = _run("rules")
    assert listing.returncode == 0, listing.stderr
    return re.findall(r"^(FL\d{3})\s", listing.stdout, re.M)


def test_every_line_of_a_rule_page_sits_in_its_section(capsys):
    from factlint.linter import cli

    ids = _rule_ids()
    assert len(ids) >= 16
    for rule in ids:  # the command's own main(), in this process: one start-up, not one per rule
        code = cli.main(["rule", rule])
        out, err = capsys.readouterr()
        assert code == 0, err
        body = out.split("\n\n", 2)[2]  # after the title line and the summary paragraph
        loose = [
            line for line in body.splitlines() if line and not line[0].isspace() and not line.endswith(":")
        ]
        # a line at the margin that is not a section heading ("What it flags:") is a paragraph
        # the docstring indented wrongly: it reads as if it belonged to no section
        assert not loose, f"{rule}: {loose}"


def test_sarif_short_descriptions_are_whole_sentences(tmp_path):
    article = tmp_path / "story.md"
    article.write_text("# Bridge reopens\n\nThe bridge reopened on Monday after repairs.\n")
    proc = _run("check", "--format", "sarif", "--select", "FL402,FL403,FL001", str(article), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rules = {r["id"]: r for r in json.loads(proc.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    short = rules["FL402"]["shortDescription"]["text"]
    # the summary wraps over two lines of the docstring; SARIF gets all of it, on one line
    assert short.startswith("A date or time that cannot be right")
    assert short.endswith("one thing given two lengths.")
    assert "\n" not in short
    assert rules["FL403"]["shortDescription"]["text"].endswith("an age against a birth date.")
    for rule in rules.values():
        assert rule["shortDescription"]["text"].endswith("."), rule["id"]

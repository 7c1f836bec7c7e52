"""A headline with a colon in unquoted front matter (``title: Live: ...``) is a YAML error; the
one error line says to quote the value, with the line to write, and the exit code is 2."""

from __future__ import annotations

import subprocess

import pytest


@pytest.fixture
def check(tmp_path, capsys, monkeypatch):
    """``factlint check --select FL002 live.md`` on an article with this front matter, through
    the command's ``main`` in this process: (exit code, stdout, stderr)."""
    from factlint.linter.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)

    def run(front: str) -> subprocess.CompletedProcess:
        (tmp_path / "live.md").write_text(
            f"---\n{front}\n---\n\nThe storm reached the coast on Monday.\n", encoding="utf-8"
        )
        argv = ["check", "--select", "FL002", "live.md"]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


def test_unquoted_colon_in_title_says_to_quote_it(check):
    proc = check("title: Live: storm hits the coast\nauthor: News desk")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert errors == [
        "live.md:2: error: malformed YAML front matter at line 2: mapping values are not "
        "allowed here (the title has a colon in it: put it in quotes, "
        'title: "Live: storm hits the coast")'
    ]


def test_quoted_title_with_colon_is_fine(check):
    proc = check('title: "Live: storm hits the coast"')
    assert proc.returncode == 0, proc.stderr


def test_other_yaml_errors_get_no_quoting_hint(check):
    proc = check("title: [unclosed")
    assert proc.returncode == 2
    assert "put it in quotes" not in proc.stderr


def test_unquoted_title_cut_at_a_hash_says_to_quote_it(check):
    # `title: Storm #2 hits the coast` was read as the headline "Storm" (YAML took the rest for a
    # comment) and the article was checked against it without a word
    proc = check("title: Storm #2 hits the coast\nauthor: News desk")
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert errors == [
        "live.md:2: error: front matter title is cut at ' #' (YAML reads the rest as a comment): "
        'put it in quotes, title: "Storm #2 hits the coast"'
    ]


def test_a_title_with_a_comment_written_as_one_is_fine(check):
    for front in (
        "title: Storm hits the coast  # draft title",
        "title: Storm hits the coast # factlint-disable-line FL002",
        'title: "Storm #2 hits the coast"',
        "title: C# course opens in Velt",
    ):
        proc = check(front)
        assert proc.returncode == 0, (front, proc.stderr)

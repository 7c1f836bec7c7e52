"""A headline with a colon in unquoted front matter (``title: Live: ...``) is a YAML error; the
one error line says to quote the value, with the line to write, and the exit code is 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _check(tmp_path: Path, front: str) -> subprocess.CompletedProcess:
    (tmp_path / "live.md").write_text(
        f"---\n{front}\n---\n\nThe storm reached the coast on Monday.\n", encoding="utf-8"
    )
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FACTLINT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", "--select", "FL002", "live.md"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_unquoted_colon_in_title_says_to_quote_it(tmp_path):
    proc = _check(tmp_path, "title: Live: storm hits the coast\nauthor: News desk")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert errors == [
        "live.md:2: error: malformed YAML front matter at line 2: mapping values are not "
        "allowed here (the title has a colon in it: put it in quotes, "
        'title: "Live: storm hits the coast")'
    ]


def test_quoted_title_with_colon_is_fine(tmp_path):
    proc = _check(tmp_path, 'title: "Live: storm hits the coast"')
    assert proc.returncode == 0, proc.stderr


def test_other_yaml_errors_get_no_quoting_hint(tmp_path):
    proc = _check(tmp_path, "title: [unclosed")
    assert proc.returncode == 2
    assert "put it in quotes" not in proc.stderr


def test_unquoted_title_cut_at_a_hash_says_to_quote_it(tmp_path):
    # `title: Storm #2 hits the coast` was read as the headline "Storm" (YAML took the rest for a
    # comment) and the article was checked against it without a word
    proc = _check(tmp_path, "title: Storm #2 hits the coast\nauthor: News desk")
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert errors == [
        "live.md:2: error: front matter title is cut at ' #' (YAML reads the rest as a comment): "
        'put it in quotes, title: "Storm #2 hits the coast"'
    ]


def test_a_title_with_a_comment_written_as_one_is_fine(tmp_path):
    for front in (
        "title: Storm hits the coast  # draft title",
        "title: Storm hits the coast # factlint-disable-line FL002",
        'title: "Storm #2 hits the coast"',
        "title: C# course opens in Velt",
    ):
        proc = _check(tmp_path, front)
        assert proc.returncode == 0, (front, proc.stderr)

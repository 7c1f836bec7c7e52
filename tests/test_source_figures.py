"""FL301 and FL302 on a council story checked against its statement, through the CLI with the
real default model: a sentence the statement says in another order is supported, a sum of money
changed from the statement's is a contradiction, and a figure no source gives is named as the
article writes it. Article and statement are our own words."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

STORY = """\
---
title: Council backs Mill Lane bridge repair
date: 2025-03-14
sources:
  - wire/statement.txt
---

# Council backs Mill Lane bridge repair

Northby Council on Thursday approved a plan to repair the Mill Lane bridge.

The repairs will take 18 months and are due to start in June, the council said.

The ferry resumed on Tuesday after repairs costing £5m, the harbour board said.

The council also set aside £7m for a new footpath beside the bridge.
"""

STATEMENT = """\
Northby Council today approved a plan to repair the Mill Lane bridge.

The vote was 28 in favour and 9 against, with three abstentions. Work is expected to start in June and take 18 months.

The ferry will resume on Friday after repairs costing £2m.
"""


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    pytest.importorskip("onnxruntime")
    from factlint.models.default import WEIGHTS_FILE

    if not WEIGHTS_FILE.is_file():
        pytest.skip(f"trained weights absent: {WEIGHTS_FILE}")
    root = tmp_path_factory.mktemp("desk")
    (root / "wire").mkdir()
    (root / "wire" / "statement.txt").write_text(STATEMENT, encoding="utf-8")
    (root / "story.md").write_text(STORY, encoding="utf-8")
    from factlint.linter.cli import main

    out, err = io.StringIO(), io.StringIO()  # the command's main in this process
    with contextlib.chdir(root), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--format", "json", "--select", "FL301,FL302", "story.md"])
    assert code in (0, 1), err.getvalue()
    return {(f["line"], f["rule"]): f for f in json.loads(out.getvalue())["findings"]}


def test_a_sentence_the_source_says_in_another_order_is_supported(findings):
    assert (
        12,
        "FL301",
    ) not in findings  # "take 18 months ... start in June" / "start in June and take 18 months"


def test_a_sum_of_money_changed_from_the_sources_is_a_contradiction(findings):
    assert (14, "FL301") not in findings
    message = findings[(14, "FL302")]["message"]
    assert message.startswith('the article says "£5m" where the source, wire/statement.txt:5:1, says "£2m"')


def test_a_figure_no_source_gives_is_named_as_written(findings):
    assert "no source mentions '£7m'" in findings[(16, "FL301")]["message"]

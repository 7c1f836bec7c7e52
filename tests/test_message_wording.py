"""Findings name things as the article writes them: an editor reads "Kell Red Cross", not the
lower-case key a rule compares ("cross"). Real command, real rules, article text of our own."""

from __future__ import annotations

import json
import re
import subprocess

TOLL = (
    "Floods kill dozens in the Kell valley\n\n"
    "At least 40 people were killed in the floods, Governor Maria Okafor said on Monday.\n\n"
    "Rescue workers kept searching the river banks through the night.\n\n"
    "The Kell Red Cross said 55 people were killed in the floods.\n\n"
    "Local broadcaster Valley TV reported that 70 people were killed in the floods.\n"
)


def _check(main_here, cwd, fmt: str, rule: str, article: str) -> subprocess.CompletedProcess:
    return main_here(cwd, ["check", "--format", fmt, "--select", rule, article])


def _messages(main_here, tmp_path, text: str, rule: str, name: str = "story.txt") -> list[str]:
    article = tmp_path / name
    article.write_text(text)
    proc = _check(main_here, tmp_path, "json", rule, str(article))
    assert proc.returncode in (0, 1), proc.stderr
    return [f["message"] for f in json.loads(proc.stdout)["findings"]]


def test_two_sources_figures_are_named_as_the_article_spells_the_sources(main_here, tmp_path):
    messages = _messages(main_here, tmp_path, TOLL, "FL401")
    assert len(messages) == 2
    assert "(Governor Maria Okafor and Kell Red Cross give different figures" in messages[0]
    assert "(Governor Maria Okafor and Valley TV give different figures" in messages[1]


def test_a_stale_title_says_who_held_the_office_and_what_to_check(main_here, tmp_path):
    (tmp_path / "people.yaml").write_text(
        "- person: Maria Okafor\n  office: Governor\n  organisation: Kell State\n"
        "  from: 2019-01-01\n  to: 2023-01-01\n"
        "- person: Tom Aldridge\n  office: Governor\n  organisation: Kell State\n  from: 2023-01-01\n"
    )
    (tmp_path / ".factlint.yaml").write_text("register: people.yaml\n")
    story = (
        "---\ndate: 2024-06-10\n---\n\n# Governor tours flood zone\n\n"
        "Governor Maria Okafor toured the flooded valley on Monday.\n"
    )
    (message,) = _messages(main_here, tmp_path, story, "FL203", "story.md")
    assert message.endswith(
        "the register says Maria Okafor was Governor of Kell State from 2019-01-01 to 2023-01-01; "
        "on that day the Governor of Kell State was Tom Aldridge: check the title, or the register "
        "if it is out of date"
    )


ONE_WARNING = "# Harbour reopens\n\nThe harbour reopened on Tuesday. Experts say it is safe.\n"


def test_the_html_report_counts_one_warning_in_the_singular(main_here, tmp_path):
    (tmp_path / "story.md").write_text(ONE_WARNING)
    proc = _check(main_here, tmp_path, "html", "FL003", "story.md")
    assert proc.returncode == 1, proc.stderr
    assert "1 finding (0 errors, 1 warning, 0 info) in 1 file" in proc.stdout


def test_the_job_summary_counts_one_warning_in_the_singular(tmp_path):
    from factlint.linter.engine import RunOptions, check_paths
    from factlint.linter.github_action import summary

    (tmp_path / "story.md").write_text(ONE_WARNING)
    result = check_paths([str(tmp_path / "story.md")], RunOptions(select=["FL003"]))
    assert "1 finding in 1 article: 0 errors, 1 warning, 0 info." in summary(result).splitlines()


COMMITTEE = (
    "---\ndate: 2025-03-14\n---\n\n# Council backs bridge repair\n\n"
    "The council approved the bridge repair plan on Thursday.\n\n"
    "Last Tuesday, March 12, the transport committee backed the plan.\n"
)


def test_a_relative_date_against_its_date_says_what_to_check(main_here, tmp_path):
    (message,) = _messages(main_here, tmp_path, COMMITTEE, "FL402", "story.md")
    assert message.startswith('"Last Tuesday" means Tuesday 11 March 2025')
    assert message.endswith(": check which date is meant"), message


def test_every_fl402_message_ends_with_what_to_check(
    main_here,
):
    """Each kind of FL402 finding, one per failing case of its case file, ends by telling the
    editor what to check."""
    import datetime as dt
    from pathlib import Path

    import yaml

    from factlint.linter.engine import lint_text

    cases = yaml.safe_load((Path(__file__).parents[1] / "rules" / "fl402_date_mismatch.yaml").read_text())
    checked = 0
    for case in cases["cases"]:
        if case["expect"] != "fail":
            continue
        today = case.get("today")
        findings = lint_text(
            case["text"],
            case.get("path", "article.md"),
            select=["FL402"],
            options={"FL402": case.get("options") or {}},
            today=dt.date.fromisoformat(today) if isinstance(today, str) else today,
        )
        for f in findings:
            checked += 1
            assert re.search(r": check [^:]+$", f.message), f"{case['name']}: {f.message}"
    assert checked >= 20

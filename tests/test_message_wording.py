"""Findings name things as the article writes them: an editor reads "Kell Red Cross", not the
lower-case key a rule compares ("cross"). Real command, real rules, article text of our own."""

from __future__ import annotations

import json
import subprocess
import sys

TOLL = (
    "Floods kill dozens in the Kell valley\n\n"
    "At least 40 people were killed in the floods, Governor Maria Okafor said on Monday.\n\n"
    "Rescue workers kept searching the river banks through the night.\n\n"
    "The Kell Red Cross said 55 people were killed in the floods.\n\n"
    "Local broadcaster Valley TV reported that 70 people were killed in the floods.\n"
)


def _messages(tmp_path, text: str, rule: str) -> list[str]:
    article = tmp_path / "story.txt"
    article.write_text(text)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "factlint.linter.cli",
            "check",
            "--format",
            "json",
            "--select",
            rule,
            str(article),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return [f["message"] for f in json.loads(proc.stdout)["findings"]]


def test_two_sources_figures_are_named_as_the_article_spells_the_sources(tmp_path):
    messages = _messages(tmp_path, TOLL, "FL401")
    assert len(messages) == 2
    assert "(Governor Maria Okafor and Kell Red Cross give different figures" in messages[0]
    assert "(Governor Maria Okafor and Valley TV give different figures" in messages[1]

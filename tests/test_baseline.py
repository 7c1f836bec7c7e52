"""Baselines: write the current findings, then report only new ones — even after edits above.

Uses a test-only rule (``ZZ001`` flags sentences mentioning "alpha") registered by making
``registry.installed()`` answer the real rules plus it, so the findings do not depend on built-in rules.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from factlint.linter import baseline as baseline_mod
from factlint.linter import registry
from factlint.linter.engine import RunOptions, check_paths
from factlint.linter.errors import ConfigError
from factlint.linter.rule import Rule


class Alpha(Rule):
    """Test rule: flags sentences mentioning alpha."""

    id, name = "ZZ001", "alpha-marker"

    def check(self, doc, ctx):
        for sentence in doc.sentences:
            if re.search(r"\balpha\b", sentence.text, re.I):
                yield self.finding(sentence, f"mentions alpha: {sentence.text}")


@pytest.fixture(autouse=True)
def with_test_rule(monkeypatch, tmp_path):
    test_registry = registry.make_registry({**registry.load_rules(), "ZZ001": Alpha})
    monkeypatch.setattr(registry, "installed", lambda: test_registry)
    monkeypatch.chdir(tmp_path)


ARTICLE = "# Match report\n\nThe alpha team won the final.\n\nFans celebrated downtown.\n"


def check(*paths: str, **kw):
    kw.setdefault("select", ["ZZ001"])
    return check_paths(list(paths), RunOptions(**kw))


def test_write_then_check_drops_baselined_findings(tmp_path):
    Path("a.md").write_text(ARTICLE)
    result = check("a.md", write_baseline="baseline.json")
    assert result.baseline_written == 1 and result.exit_code == 0
    data = json.loads(Path("baseline.json").read_text())
    (entry,) = data["findings"]
    assert entry["path"] == "a.md" and entry["rule"] == "ZZ001"
    assert entry["message"].startswith("mentions alpha") and len(entry["fingerprint"]) == 16
    after = check("a.md", baseline="baseline.json")
    assert after.findings == [] and after.exit_code == 0
    assert after.notices == ["the baseline baseline.json hid 1 accepted finding"]


def test_inserting_paragraphs_above_does_not_resurrect_a_finding(tmp_path):
    Path("a.md").write_text(ARTICLE)
    check("a.md", write_baseline="baseline.json")
    edited = ARTICLE.replace(
        "# Match report\n\n", "# Match report\n\nA new lede paragraph.\n\nAnd a second one, longer.\n\n"
    )
    Path("a.md").write_text(edited)
    plain = check("a.md")
    assert [f.span.line for f in plain.findings] == [7]  # the finding moved down four lines
    assert check("a.md", baseline="baseline.json").findings == []


def test_a_baseline_run_says_how_many_findings_it_hid(tmp_path, capsys):
    from factlint.linter import cli

    Path("a.md").write_text(ARTICLE + "\nThe alpha fans sang.\n")
    Path("b.md").write_text(ARTICLE)
    assert check("a.md", "b.md", write_baseline="baseline.json").baseline_written == 3
    Path("b.md").write_text(ARTICLE + "\nAn alpha coach resigned.\n")
    assert cli.main(["check", "--select", "ZZ001", "--baseline", "baseline.json", "a.md", "b.md"]) == 1
    out = capsys.readouterr()
    assert "factlint: notice: the baseline baseline.json hid 3 accepted findings" in out.err
    assert "An alpha coach resigned" in out.out and out.out.count("ZZ001") == 1


def test_a_new_finding_is_still_reported(tmp_path):
    Path("a.md").write_text(ARTICLE)
    check("a.md", write_baseline="baseline.json")
    Path("a.md").write_text(ARTICLE + "\nAn alpha fan fainted.\n")
    (finding,) = check("a.md", baseline="baseline.json").findings
    assert "fainted" in finding.message


def test_a_repeated_finding_beyond_the_accepted_count_is_reported(tmp_path):
    Path("a.md").write_text(ARTICLE)
    check("a.md", write_baseline="baseline.json")
    Path("a.md").write_text(ARTICLE + "\nThe alpha team won the final.\n")
    (finding,) = check("a.md", baseline="baseline.json").findings
    assert finding.span.line == 7


def test_findings_are_keyed_by_file(tmp_path):
    Path("a.md").write_text(ARTICLE)
    Path("b.md").write_text("# Other\n\nFans celebrated downtown.\n")
    check("a.md", "b.md", write_baseline="baseline.json")
    Path("b.md").write_text(ARTICLE)  # same sentence, other file: not accepted there
    assert [f.path for f in check("a.md", "b.md", baseline="baseline.json").findings] == ["b.md"]


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    Path("news").mkdir()
    Path("news/a.md").write_text(ARTICLE)
    Path("ci").mkdir()
    check("news", write_baseline="ci/baseline.json")
    assert json.loads(Path("ci/baseline.json").read_text())["findings"][0]["path"] == "../news/a.md"
    os.chdir("news")  # another working directory, another display path: still matched
    assert check("a.md", baseline="../ci/baseline.json").findings == []


def test_write_refuses_to_overwrite_an_article_or_a_foreign_file(tmp_path):
    Path("a.md").write_text(ARTICLE)
    with pytest.raises(ConfigError, match="over an article being checked"):
        check("a.md", write_baseline="a.md")
    assert Path("a.md").read_text() == ARTICLE
    Path("notes.json").write_text('{"mine": true}')
    with pytest.raises(ConfigError, match="not a factlint baseline"):
        check("a.md", write_baseline="notes.json")
    assert Path("notes.json").read_text() == '{"mine": true}'
    # nor creates a config: written as .factlint.yaml it was read as the folder's config
    # ("unknown key 'factlint-baseline'") and every later run stopped on it
    with pytest.raises(ConfigError, match="as a factlint config"):
        check("a.md", write_baseline=".factlint.yaml")
    assert not Path(".factlint.yaml").exists()


def test_write_replaces_an_old_baseline_atomically(tmp_path):
    Path("a.md").write_text(ARTICLE)
    check("a.md", write_baseline="baseline.json")
    Path("a.md").write_text(ARTICLE + "\nAlpha again.\n")
    check("a.md", write_baseline="baseline.json")
    assert len(json.loads(Path("baseline.json").read_text())["findings"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "baseline.json"]  # no temp files
    assert Path("baseline.json").stat().st_mode & 0o777 == 0o644


def test_write_is_deterministic(tmp_path):
    Path("a.md").write_text(ARTICLE + "\nAlpha again.\n")
    check("a.md", write_baseline="one.json")
    check("a.md", write_baseline="two.json")
    assert Path("one.json").read_text() == Path("two.json").read_text()


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "baseline file not found"),
        ("{not json", "not valid JSON"),
        ('{"findings": []}', "not a factlint baseline"),
        ('{"factlint-baseline": 1, "findings": [{"rule": "ZZ001"}]}', "without a path and fingerprint"),
    ],
)
def test_bad_baseline_files(tmp_path, content, message):
    Path("a.md").write_text(ARTICLE)
    if content is not None:
        Path("baseline.json").write_text(content)
    with pytest.raises(ConfigError, match=message):
        check("a.md", baseline="baseline.json")


def test_path_key_for_stdin_without_a_name():
    assert baseline_mod.path_key(Path("."), "<stdin>", None) == "<stdin>"


def test_write_is_refused_while_a_file_cannot_be_checked(tmp_path):
    """Writing would drop the accepted findings of the file that failed to load."""
    Path("a.md").write_text(ARTICLE)
    Path("b.md").write_text("# Other\n\nAlpha leads.\n")
    assert check("a.md", "b.md", write_baseline="baseline.json").exit_code == 0
    written = Path("baseline.json").read_text()
    Path("b.md").write_text("---\ntitle: [oops\n---\nAlpha leads.\n")
    result = check("a.md", "b.md", write_baseline="baseline.json")
    assert result.exit_code == 2 and result.baseline_written is None
    assert [e.path for e in result.errors] == ["b.md"]
    assert any("not written" in n for n in result.notices)
    assert Path("baseline.json").read_text() == written
    Path("b.md").write_text("# Other\n\nAlpha leads.\n")  # mended: its finding is still accepted
    assert check("a.md", "b.md", baseline="baseline.json").findings == []

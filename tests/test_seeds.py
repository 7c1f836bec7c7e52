"""Golden articles: ``seeds/<name>.expected.yaml`` lists the findings each seed must produce.

Format::

    article: moscow-beijing-trade.txt      # beside the expected file
    today: 2026-11-27                      # optional fixed date for date-relative rules
    exact_rules: [FL001, FL002]            # for these rules no finding beyond the listed ones
    findings:
      - {rule: FL001, line: 5, contains: "In a commendation"}

``contains`` must be in the finding's message or on the article line(s) the finding covers. Each
rule named in ``exact_rules`` or ``findings`` is run on its own (test id ``<seed>-<rule>``), so a
rule that needs the NLI model is skipped where no model can be loaded, not failed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factlint.linter.engine import lint_text
from factlint.linter.errors import ModelError
from factlint.linter.finding import Finding
from factlint.linter.registry import load_rules

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED_KEYS = {"article", "today", "exact_rules", "findings"}
FINDING_KEYS = {"rule", "line", "contains"}


def _expected_files() -> list[Path]:
    return sorted(SEEDS.glob("*.expected.yaml"))


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and not set(data) - SEED_KEYS, (
        f"{path.name}: keys must be {sorted(SEED_KEYS)}"
    )
    for item in data.get("findings") or []:
        assert (
            isinstance(item, dict) and "rule" in item and "line" in item and not set(item) - FINDING_KEYS
        ), f"{path.name}: bad finding entry {item!r}"
    return data


def _params():
    params = []
    for path in _expected_files():
        data = _load(path)
        rules = sorted(set(data.get("exact_rules") or []) | {f["rule"] for f in data.get("findings") or []})
        seed = path.name.removesuffix(".expected.yaml")
        params += [pytest.param(path, rule, id=f"{seed}-{rule}") for rule in rules]
    return params


def _matches(expected: dict, finding: Finding, lines: list[str]) -> bool:
    if finding.rule_id != expected["rule"] or finding.span.line != expected["line"]:
        return False
    want = expected.get("contains")
    if not want:
        return True
    covered = "\n".join(lines[finding.span.line - 1 : finding.span.end_line])
    return want in finding.message or want in covered


def test_seed_files_exist_and_are_well_formed():
    files = _expected_files()
    assert files, "no seeds/*.expected.yaml"
    registered = load_rules()
    for path in files:
        data = _load(path)
        assert (SEEDS / data["article"]).is_file(), f"{path.name}: article {data['article']} missing"
        for rule in set(data.get("exact_rules") or []) | {f["rule"] for f in data.get("findings") or []}:
            assert rule in registered, f"{path.name}: rule {rule} is not registered"


@pytest.mark.parametrize("path, rule", _params())
def test_seed_findings(path: Path, rule: str):
    data = _load(path)
    article = SEEDS / data["article"]
    text = article.read_text(encoding="utf-8")
    today = data.get("today")
    if isinstance(today, str):
        today = dt.date.fromisoformat(today)
    try:
        found = lint_text(text, f"seeds/{article.name}", select=[rule], today=today)
    except ModelError as err:
        if load_rules()[rule].needs_model:
            pytest.skip(f"{rule} needs the NLI model, which cannot be loaded here: {err}")
        raise
    found = [f for f in found if f.rule_id == rule]
    lines = text.splitlines()
    expected = [e for e in data.get("findings") or [] if e["rule"] == rule]
    shown = "\n".join(f"  {f.span.line}:{f.span.col} {f.rule_id} {f.message}" for f in found) or "  (none)"
    unmatched = list(found)
    for e in expected:
        hit = next((f for f in unmatched if _matches(e, f, lines)), None)
        assert hit is not None, f"expected {e} not reported; {rule} reported:\n{shown}"
        unmatched.remove(hit)
    if rule in (data.get("exact_rules") or []):
        extra = "\n".join(f"  {f.span.line}:{f.span.col} {f.message}" for f in unmatched)
        assert not unmatched, f"{rule} reported findings the seed does not expect:\n{extra}"


_LINE = re.compile(
    r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<rule>FL\d{3}) "
    r"(?P<name>[a-z0-9-]+): (?P<message>.+)$"
)


def test_cli_on_the_seed_article():
    """The real command line, as a newsroom's CI would run it."""
    factlint = Path(sys.executable).with_name("factlint")
    command = [str(factlint)] if factlint.exists() else [sys.executable, "-m", "factlint.linter.cli"]
    env = {**os.environ, "NO_COLOR": "1"}
    run = subprocess.run(
        command
        + ["check", "seeds/moscow-beijing-trade.txt", "--select", "FL001,FL002,FL003,FL004", "--no-color"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 1, f"exit {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    reported = [m.groupdict() for m in map(_LINE.match, run.stdout.splitlines()) if m]
    assert {(r["path"], r["line"], r["col"], r["rule"], r["name"]) for r in reported} == {
        ("seeds/moscow-beijing-trade.txt", "1", "1", "FL002", "scrape-leftover"),
        ("seeds/moscow-beijing-trade.txt", "5", "1", "FL001", "duplicated-sentence"),
        ("seeds/moscow-beijing-trade.txt", "15", "176", "FL003", "vague-attribution"),
        ("seeds/moscow-beijing-trade.txt", "23", "1", "FL002", "scrape-leftover"),
    }, run.stdout
    messages = {r["rule"] + ":" + r["line"]: r["message"] for r in reported}
    assert "Skip to content" in messages["FL002:1"]
    assert "Read also:" in messages["FL002:23"]
    assert "many analysts think" in messages["FL003:15"]
    assert "headline" in messages["FL001:5"]

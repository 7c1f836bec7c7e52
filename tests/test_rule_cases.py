"""Every rule's pass/fail cases, read from the YAML file beside it (``rules/flNNN_*.yaml``).

Adding a case never means writing test code: add it to the rule's YAML file. A case:

    - name: repeated-headline   # unique within the file; the test id is "FL001-repeated-headline"
      expect: fail              # fail: at least one finding of the rule; pass: none
      text: |                   # the article (Markdown unless `path` says otherwise)
        ...
      options: {}               # optional: options of the rule under test
      count: 1                  # optional: exactly this many findings of the rule
      contains: "phrase"        # optional: some finding's message or flagged text contains it
      line: 3                   # optional: some finding starts on this line
      today: 2026-11-27         # optional: the date for date-relative rules
      select: [FL001]           # optional: other rules to run alongside (e.g. for FL000)
      severity: info            # optional: every finding of the rule has this severity
      path: article.txt         # optional: display path, whose suffix picks the format

Only findings of the file's own rule are asserted on. A rule that needs the NLI model is skipped
when no model can be loaded here (its cases still run wherever the model is installed).

Also checked: every built-in rule documents itself (Bad and Good examples in the docstring; its
options declared typed, each with a one-line doc, never as a hand-written section; no
measurement logs; ``factlint rule`` at most 70 lines) and has a case file with at least one
failing and one passing case.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from pathlib import Path

import pytest
import yaml

from factlint.linter.engine import lint_text
from factlint.linter.errors import ModelError
from factlint.linter.options import table
from factlint.linter.providers import model_resources
from factlint.linter.registry import installed

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
RUN = model_resources()  # every case one run, as a CLI run: models and sources load once
RULES = installed()  # the rules every case runs with, read once
CASE_KEYS = {
    "name",
    "expect",
    "text",
    "options",
    "count",
    "contains",
    "line",
    "today",
    "select",
    "path",
    "severity",
}


def _case_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.yaml"))


def _load(path: Path) -> tuple[str, list[dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "rule" not in data or not isinstance(data.get("cases"), list):
        raise ValueError(f"{path.name}: expected a mapping with `rule` and a list of `cases`")
    return str(data["rule"]), data["cases"]


def _params():
    params = []
    for path in _case_files():
        rule, cases = _load(path)
        for i, case in enumerate(cases):
            name = case.get("name", f"case{i}") if isinstance(case, dict) else f"case{i}"
            params.append(pytest.param(path, rule, case, id=f"{rule}-{name}"))
    return params


def test_case_files_are_well_formed():
    """Typos in a case file (``contain:``, ``expect: failed``) must not silently pass."""
    files = _case_files()
    assert files, f"no rule case files in {RULES_DIR}"
    registered = RULES.rules
    for path in files:
        rule, cases = _load(path)
        assert rule in registered, f"{path.name}: rule {rule} is not registered"
        names = [c.get("name") for c in cases]
        assert len(names) == len(set(names)), f"{path.name}: duplicate case names"
        for case in cases:
            where = f"{path.name} case {case.get('name')!r}"
            assert isinstance(case.get("name"), str) and case["name"], f"{where}: needs a name"
            assert not set(case) - CASE_KEYS, f"{where}: unknown keys {sorted(set(case) - CASE_KEYS)}"
            assert case.get("expect") in ("fail", "pass"), f"{where}: expect must be fail or pass"
            assert isinstance(case.get("text"), str) and case["text"].strip(), f"{where}: needs text"
            if case["expect"] == "pass":
                assert not {"count", "contains", "line"} & set(case) or case.get("count") == 0, (
                    f"{where}: a passing case cannot expect findings"
                )


@pytest.mark.parametrize("path, rule, case", _params())
def test_rule_case(path: Path, rule: str, case: dict):
    today = case.get("today")
    if isinstance(today, str):
        today = dt.date.fromisoformat(today)
    select = [rule] + [r for r in case.get("select", []) if r != rule]
    rule_cls = RULES.rules.get(rule)
    try:
        findings = lint_text(
            case["text"],
            case.get("path", "article.md"),
            select=select,
            options={rule: case.get("options") or {}},
            today=today,
            resources=RUN,
            registry=RULES,
        )
    except ModelError as err:
        if rule_cls is not None and rule_cls.needs_model:
            pytest.skip(f"{rule} needs the NLI model, which cannot be loaded here: {err}")
        raise
    mine = [f for f in findings if f.rule_id == rule]
    shown = "\n".join(f"  {f.span.line}:{f.span.col} {f.message}" for f in mine) or "  (none)"
    if case["expect"] == "fail":
        assert mine, f"expected a {rule} finding, got none"
    else:
        assert not mine, f"expected no {rule} finding, got:\n{shown}"
    if "count" in case:
        assert len(mine) == case["count"], f"expected {case['count']} findings, got {len(mine)}:\n{shown}"
    if "contains" in case:
        text = case["text"]
        assert any(
            case["contains"] in f.message or case["contains"] in text[f.span.start : f.span.end] for f in mine
        ), f"no finding message or flagged text contains {case['contains']!r}:\n{shown}"
    if "line" in case:
        assert any(f.span.line == case["line"] for f in mine), f"no finding on line {case['line']}:\n{shown}"
    if "severity" in case:
        assert all(str(f.severity) == case["severity"] for f in mine), (
            f"expected every finding at {case['severity']}, got {[str(f.severity) for f in mine]}"
        )


def _builtin_rules() -> list:
    return [
        pytest.param(cls, id=rule_id)
        for rule_id, cls in RULES.rules.items()
        if cls.__module__.startswith("factlint.rules.")
    ]


@pytest.mark.parametrize("cls", _builtin_rules())
def test_builtin_rule_is_documented_and_has_cases(cls):
    docstring = inspect.cleandoc(cls.__doc__ or "")
    assert docstring.strip(), f"{cls.id} has no docstring"
    for section in ("What it flags:", "Why it matters:", "Bad:", "Good:"):  # one layout for all
        assert re.search(rf"^{section}$", docstring, re.M), f"{cls.id}: docstring has no {section!r} section"
    # Options are declared once, typed and documented; the docs' table is made from that.
    assert not re.search(r"^Options", docstring, re.M), f"{cls.id}: options written by hand in the docstring"
    if cls.defaults:  # declared in the rule (not made from a plain dict of defaults)
        assert cls.Options.__qualname__ == f"{cls.__qualname__}.Options", f"{cls.id}: options not declared"
    cls.Options.model_validate(cls.defaults)  # every declared default passes its own checks
    docs = cls.docs()
    for row in table(cls.Options):
        assert row.doc.strip(), f"{cls.id}: option {row.name} has no doc"
        assert re.search(rf"^    {row.name} \(", docs, re.M), f"{cls.id}: option {row.name} not in the docs"
    # Docs for a user, not benchmark logs (those are in benchmarks/results/ and the model card).
    assert len(docs.splitlines()) <= 70, (
        f"{cls.id}: `factlint rule {cls.id}` is {len(docs.splitlines())} lines"
    )
    log = re.search(r"\b0\.\d{3}\b|benchmarks/\w+\.py|\bdev data\b|\bheld out\b|\bsession \d", docstring)
    assert log is None, f"{cls.id}: a measurement in the docs: {log.group(0)!r}"
    module_file = Path(cls.__module__.replace("factlint.rules.", "") + ".yaml")
    case_file = RULES_DIR / module_file
    assert case_file.exists(), f"{cls.id}: no case file {case_file.name} beside its module"
    rule, cases = _load(case_file)
    assert rule == cls.id, f"{case_file.name} is for {rule}, not {cls.id}"
    expects = {c.get("expect") for c in cases}
    assert {"fail", "pass"} <= expects, f"{case_file.name}: needs at least one fail and one pass case"

"""Reporters render hand-built results: exact text shape, JSON against our schema, SARIF against
the official 2.1.0 schema, GitHub workflow-command escaping, deterministic order."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import jsonschema
import pytest

from factlint.linter.document import Span
from factlint.linter.errors import FactlintError
from factlint.linter.finding import FileError, Finding, Related, RunResult, Severity
from factlint.linter.reporters import FORMATS, render
from factlint.linter.rule import Rule

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# Two articles as read from disk. The emoji is outside the BMP: one character for us, two
# UTF-16 code units for SARIF's default column kind, so it catches a wrong columnKind.
ARTICLE_A = (
    "# Trade talks 🚀 resume\n"
    "\n"
    "The minister met the envoy on Monday. The talks lasted two hours.\n"
    "The minister met the envoy on Monday.\n"
)
ARTICLE_B = "Exports rose 5% in May.\nExports fell 5% in May.\n"
SOURCE = "Customs data: exports rose 5% in May.\n"


def span_of(text: str, needle: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of ``needle``, with 1-based character line/col."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)

    def line_col(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    return Span(start, end, *line_col(start), *line_col(end))


class DuplicatedSentence(Rule):
    """Flags a sentence that repeats an earlier one.

    ## What it flags
    The same sentence twice in one article.
    """

    id = "FL001"
    name = "duplicated-sentence"
    severity = Severity.WARNING


class NumberMismatch(Rule):
    """Flags two statements of one figure that disagree."""

    id = "FL401"
    name = "number-mismatch"
    severity = Severity.ERROR


class UnusedRule(Rule):
    """A rule that found nothing in this run (still listed in SARIF metadata)."""

    id = "FL002"
    name = "quiet-rule"
    severity = Severity.INFO


RULES = {r.id: r for r in (DuplicatedSentence, NumberMismatch, UnusedRule)}


def dup_finding() -> Finding:
    rule = DuplicatedSentence()
    first = span_of(ARTICLE_A, "The minister met the envoy on Monday.")
    second = span_of(ARTICLE_A, "The minister met the envoy on Monday.", 1)
    f = rule.finding(
        second,
        "Sentence repeats line 3",
        related=[first],
        key_texts=["The minister met the envoy on Monday."],
    )
    f.path = "articles/a.md"
    return f


def number_finding() -> Finding:
    rule = NumberMismatch()
    f = rule.finding(
        span_of(ARTICLE_B, "Exports fell 5% in May."),
        "Exports fell 5%, but line 1 says they rose 5%",
        related=[
            Related(span_of(ARTICLE_B, "Exports rose 5% in May.")),
            Related(
                span_of(SOURCE, "exports rose 5% in May."), path="sources/customs.txt", message="source says"
            ),
        ],
        score=0.912345678,
        key_texts=["Exports rose 5% in May.", "Exports fell 5% in May."],
    )
    f.path = "articles/b.md"
    return f


def emoji_finding() -> Finding:
    # A finding on the word after the emoji: column counts the emoji as one character.
    f = Finding(
        "FL000",
        "unused-suppression",
        Severity.INFO,
        "word after 🚀",
        span_of(ARTICLE_A, "resume"),
        path="articles/a.md",
        fingerprint="abc123",
    )
    return f


def full_result() -> RunResult:
    return RunResult(
        files=["articles/a.md", "articles/b.md"],
        findings=[dup_finding(), number_finding(), emoji_finding()],
        errors=[
            FileError("articles/c.md", "not valid UTF-8 (byte 0xff at offset 10)", line=2),
            FileError("articles/bin.md", "binary file"),
        ],
    )


# --- text -----------------------------------------------------------------------------------


def test_text_lines_start_with_path_line_col_rule_name_message():
    out = render(full_result(), "text", RULES)
    lines = out.splitlines()
    assert lines[0] == "articles/a.md:1:17: FL000 unused-suppression: word after 🚀 [info]"
    assert lines[1] == "articles/a.md:4:1: FL001 duplicated-sentence: Sentence repeats line 3 [warning]"
    assert lines[2] == "  related: articles/a.md:3:1"
    assert lines[3].startswith("articles/b.md:2:1: FL401 number-mismatch: Exports fell 5%, but line 1")
    assert lines[3].endswith("[error]")  # the score is in JSON and SARIF only
    assert lines[4] == "  related: articles/b.md:1:1"
    assert lines[5] == "  related: sources/customs.txt:1:15: source says"
    assert lines[6] == ""
    assert lines[7] == ("3 findings (1 error, 1 warning, 1 info) in 2 files; 2 files could not be checked")
    assert len(lines) == 8 and not ANSI.search(out)


def test_text_summary_when_clean_and_singulars():
    assert render(RunResult(files=["a.md", "b.md"]), "text", RULES) == "No findings in 2 files"
    one = RunResult(files=["articles/a.md"], findings=[dup_finding()])
    assert render(one, "text", RULES).splitlines()[-1] == (
        "1 finding (0 errors, 1 warning, 0 info) in 1 file"
    )


def test_text_colour_only_when_asked_and_same_text_underneath():
    plain = render(full_result(), "text", RULES)
    coloured = render(full_result(), "text", RULES, color=True)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert ANSI.sub("", coloured) == plain


def test_text_keeps_each_finding_on_one_line():
    f = dup_finding()
    f.message = 'Repeats "The minister met\nthe envoy"\r\n  on line 3'
    out = render(RunResult(files=["articles/a.md"], findings=[f]), "text", RULES)
    assert out.splitlines()[0].endswith('Repeats "The minister met the envoy" on line 3 [warning]')


# --- order ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_deterministic_whatever_the_input_order(fmt):
    reference = render(full_result(), fmt, RULES)
    for seed in range(5):
        shuffled = full_result()
        random.Random(seed).shuffle(shuffled.findings)
        shuffled.errors.reverse()
        assert render(shuffled, fmt, RULES) == reference


def test_findings_sorted_by_path_then_offset_then_rule():
    a_late = dup_finding()
    a_early = emoji_finding()
    same_place = Finding("FL002", "quiet-rule", Severity.INFO, "m", a_late.span, path="articles/a.md")
    b = number_finding()
    out = json.loads(render(RunResult(findings=[b, a_late, same_place, a_early]), "json", RULES))
    assert [(f["path"], f["offset"], f["rule"]) for f in out["findings"]] == [
        ("articles/a.md", a_early.span.start, "FL000"),
        ("articles/a.md", a_late.span.start, "FL001"),
        ("articles/a.md", a_late.span.start, "FL002"),
        ("articles/b.md", b.span.start, "FL401"),
    ]


# --- json -----------------------------------------------------------------------------------


def findings_schema() -> dict:
    return json.loads((REPO / "schemas" / "findings-v1.schema.json").read_text())


def test_json_schema_is_a_valid_schema_and_can_reject():
    schema = findings_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    good = json.loads(render(full_result(), "json", RULES))
    assert validator.is_valid(good)
    bad_version = {**good, "version": "2"}
    extra_key = {**good, "findings": [{**good["findings"][0], "surprise": 1}]}
    no_offset = {**good, "findings": [{k: v for k, v in good["findings"][0].items() if k != "offset"}]}
    bad_severity = {**good, "findings": [{**good["findings"][0], "severity": "fatal"}]}
    for bad in (bad_version, extra_key, no_offset, bad_severity):
        assert not validator.is_valid(bad)


def test_json_output_matches_schema_and_points_into_the_text():
    out = json.loads(render(full_result(), "json", RULES))
    jsonschema.validate(out, findings_schema(), cls=jsonschema.Draft202012Validator)
    assert out["version"] == "1"
    assert out["files"] == ["articles/a.md", "articles/b.md"]
    texts = {"articles/a.md": ARTICLE_A, "articles/b.md": ARTICLE_B, "sources/customs.txt": SOURCE}
    dup = next(f for f in out["findings"] if f["rule"] == "FL001")
    assert texts[dup["path"]][dup["offset"] : dup["end_offset"]] == "The minister met the envoy on Monday."
    assert (dup["line"], dup["column"], dup["end_line"], dup["end_column"]) == (4, 1, 4, 38)
    assert dup["severity"] == "warning" and dup["score"] is None and dup["name"] == "duplicated-sentence"
    assert dup["fingerprint"] == dup_finding().fingerprint and len(dup["fingerprint"]) == 16
    num = next(f for f in out["findings"] if f["rule"] == "FL401")
    assert num["score"] == 0.9123
    assert [
        (r["path"], texts[r["path"]][r["offset"] : r["end_offset"]], r["message"]) for r in num["related"]
    ] == [
        ("articles/b.md", "Exports rose 5% in May.", ""),
        ("sources/customs.txt", "exports rose 5% in May.", "source says"),
    ]
    emoji = next(f for f in out["findings"] if f["rule"] == "FL000")
    assert ARTICLE_A[emoji["offset"] : emoji["end_offset"]] == "resume"
    assert emoji["column"] == 17  # "# Trade talks 🚀 " is 16 characters (17 UTF-16 units)
    assert out["errors"] == [
        {"path": "articles/bin.md", "line": None, "message": "binary file"},
        {"path": "articles/c.md", "line": 2, "message": "not valid UTF-8 (byte 0xff at offset 10)"},
    ]


def test_json_empty_run():
    out = json.loads(render(RunResult(files=["x.md"]), "json", RULES))
    assert out == {"version": "1", "files": ["x.md"], "findings": [], "errors": []}
    jsonschema.validate(out, findings_schema(), cls=jsonschema.Draft202012Validator)


# --- sarif ----------------------------------------------------------------------------------


def sarif_validator() -> jsonschema.Draft4Validator:
    path = SHARED / "schemas" / "sarif-2.1.0.json"
    if not path.exists():
        pytest.skip(f"official SARIF schema not found at {path}")
    return jsonschema.Draft4Validator(json.loads(path.read_text()))


def test_sarif_validates_against_the_official_schema():
    validator = sarif_validator()
    for result in (full_result(), RunResult(files=["x.md"]), RunResult()):
        doc = json.loads(render(result, "sarif", RULES))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    # The validator really checks: a result without a message is rejected.
    broken = json.loads(render(full_result(), "sarif", RULES))
    del broken["runs"][0]["results"][0]["message"]
    assert not validator.is_valid(broken)


def test_sarif_content():
    doc = json.loads(render(full_result(), "sarif", RULES))
    assert doc["version"] == "2.1.0"
    (run,) = doc["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "factlint" and driver["version"]
    rules = driver["rules"]
    assert [r["id"] for r in rules] == ["FL000", "FL001", "FL002", "FL401"]
    fl001 = rules[1]
    assert fl001["name"] == "duplicated-sentence"
    assert fl001["shortDescription"]["text"] == "Flags a sentence that repeats an earlier one."
    assert "## What it flags" in fl001["fullDescription"]["text"] == fl001["help"]["text"]
    assert fl001["defaultConfiguration"]["level"] == "warning"
    assert rules[2]["defaultConfiguration"]["level"] == "note"
    assert rules[3]["defaultConfiguration"]["level"] == "error"
    assert rules[0]["name"] == "unused-suppression"  # not in RULES: described from the finding

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["FL000", "FL001", "FL401"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["note", "warning", "error"]

    emoji = results[0]["locations"][0]["physicalLocation"]
    assert emoji["artifactLocation"] == {"uri": "articles/a.md", "uriBaseId": "%SRCROOT%"}
    region = emoji["region"]
    assert ARTICLE_A[region["charOffset"] : region["charOffset"] + region["charLength"]] == "resume"
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 17, 23)

    num = results[2]
    assert num["message"]["text"] == "Exports fell 5%, but line 1 says they rose 5%"
    assert num["partialFingerprints"] == {"factlintFingerprint/v1": number_finding().fingerprint}
    assert num["properties"] == {"score": 0.9123}
    related = num["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    assert related[1]["physicalLocation"]["artifactLocation"]["uri"] == "sources/customs.txt"
    assert related[1]["message"] == {"text": "source says"}
    assert related[0]["physicalLocation"]["region"]["startLine"] == 1

    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == [
        "binary file",
        "not valid UTF-8 (byte 0xff at offset 10)",
    ]
    assert notes[1]["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    assert all(n["level"] == "error" for n in notes)


def test_sarif_uris_are_uri_references():
    f = dup_finding()
    f.path = "news/100% true #1.md"
    g = dup_finding()
    g.path = "/abs/dir/x y.md"
    doc = json.loads(render(RunResult(findings=[f, g]), "sarif", RULES))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in doc["runs"][0]["results"]]
    assert uris == [
        {"uri": "file:///abs/dir/x%20y.md"},
        {"uri": "news/100%25%20true%20%231.md", "uriBaseId": "%SRCROOT%"},
    ]
    assert (
        json.loads(render(RunResult(files=["x.md"]), "sarif", RULES))["runs"][0]["invocations"][0][
            "executionSuccessful"
        ]
        is True
    )


# --- github ---------------------------------------------------------------------------------


def test_scores_only_with_verbose_in_text_and_github():
    text, github = render(full_result(), "text", RULES), render(full_result(), "github", RULES)
    assert "score" not in text and "score" not in github
    text = render(full_result(), "text", RULES, verbose=True)
    github = render(full_result(), "github", RULES, verbose=True)
    assert "[error, score 0.91]" in text and text.count("score") == 1  # once, where the finding has one
    assert "rose 5%25 (score 0.91)%0Arelated" in github


def test_verbose_through_the_cli(tmp_path, capsys):
    from factlint.linter.cli import main

    article = tmp_path / "a.md"
    article.write_text("# A\n\nThe mayor opened the bridge.\n\nThe mayor opened the bridge.\n")
    main(["check", "--select", "FL001", str(article)])
    assert "score" not in capsys.readouterr().out
    main(["check", "--select", "FL001", "-v", str(article)])
    assert "[warning, score 1.00]" in capsys.readouterr().out


def test_github_workflow_commands():
    lines = render(full_result(), "github", RULES).splitlines()
    assert lines[0] == (
        "::notice file=articles/a.md,line=1,col=17,endLine=1,endColumn=23,"
        "title=FL000 unused-suppression::word after 🚀"
    )
    assert lines[1] == (
        "::warning file=articles/a.md,line=4,col=1,endLine=4,endColumn=38,"
        "title=FL001 duplicated-sentence::Sentence repeats line 3%0Arelated: articles/a.md:3:1"
    )
    assert lines[2] == (
        "::error file=articles/b.md,line=2,col=1,endLine=2,endColumn=24,"
        "title=FL401 number-mismatch::Exports fell 5%25, but line 1 says they rose 5%25"
        "%0Arelated: articles/b.md:1:1"
        "%0Arelated: sources/customs.txt:1:15: source says"
    )
    assert lines[3] == "::error file=articles/bin.md,title=factlint%3A cannot check file::binary file"
    assert lines[4] == (
        "::error file=articles/c.md,line=2,title=factlint%3A cannot check file"
        "::not valid UTF-8 (byte 0xff at offset 10)"
    )
    assert len(lines) == 5


def test_github_escapes_property_separators_and_newlines():
    f = dup_finding()
    f.path = "odd,dir/a:b%.md"
    f.message = "50% said\r\nno: really, no"
    f.related = []
    (line,) = render(RunResult(findings=[f]), "github", RULES).splitlines()
    assert line.startswith("::warning file=odd%2Cdir/a%3Ab%25.md,line=4,")
    # a line break inside a message (a quoted sentence that wraps) reads as one space: the
    # annotation's only line breaks are its own related-location lines
    assert line.endswith("::50%25 said no: really, no")
    f.path = "a\nb.md"
    f.message = "x%0A::error::y \x1b[31m"
    (line,) = render(RunResult(findings=[f]), "github", RULES).splitlines()
    assert "file=a\\nb.md," in line and line.endswith("::x%250A::error::y \\x1b[31m")
    assert render(RunResult(files=["a.md"]), "github", RULES) == ""


def test_unknown_format_is_a_clear_error():
    with pytest.raises(FactlintError, match="unknown output format 'xml'.*text, json, sarif, github"):
        render(RunResult(), "xml", RULES)


# --- end to end through the CLI -------------------------------------------------------------


def test_cli_json_and_sarif_point_at_the_file_text_as_read(tmp_path):
    """CRLF line ends, front matter and a non-BMP character: offsets index the text read with
    ``newline=""``, columns count characters, and both outputs validate against their schemas."""
    import subprocess
    import sys

    factlint = Path(sys.executable).parent / "factlint"
    if not factlint.exists():
        pytest.skip("factlint console script not installed")
    sentence = "The café 🚀 reopened on Tuesday after repairs."
    text = (
        f"---\r\ntitle: Café talks\r\n---\r\n{sentence}\r\n\r\n"
        f"Ferries resumed in the afternoon. {sentence}\r\n"
    )
    (tmp_path / "crlf.md").write_bytes(text.encode("utf-8"))

    def run(fmt: str) -> dict:
        proc = subprocess.run(
            [str(factlint), "check", "--select", "FL001", "--format", fmt, "crlf.md"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1, proc.stderr
        return json.loads(proc.stdout)

    report = run("json")
    jsonschema.validate(report, findings_schema(), cls=jsonschema.Draft202012Validator)
    (finding,) = report["findings"]
    lines = text.split("\n")
    assert text[finding["offset"] : finding["end_offset"]] == sentence
    assert lines[finding["line"] - 1][finding["column"] - 1 : finding["end_column"] - 1] == sentence
    (related,) = finding["related"]
    assert (related["line"], related["column"]) == (4, 1)
    assert text[related["offset"] : related["end_offset"]] == sentence

    sarif = run("sarif")
    errors = list(sarif_validator().iter_errors(sarif))
    assert not errors, errors[0].message
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (
        finding["line"],
        finding["column"],
        finding["end_column"],
    )
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == sentence
    rule_ids = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert "FL001" in rule_ids

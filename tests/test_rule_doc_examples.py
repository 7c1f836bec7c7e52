"""Each rule's documented Bad example is flagged by that rule and its Good example is not, through
the command (its ``main``) with the real model: `factlint rule FL101` showed a bad example FL101
never flagged, and FL201's good example (run once its elided paragraphs were filled in) was
flagged by FL201 itself (h-audit26)."""

from __future__ import annotations

import inspect
import json
import re
import shutil
import textwrap
from pathlib import Path

from factlint.linter.cli import main
from factlint.linter.registry import installed

ROOT = Path(__file__).resolve().parents[1]
# paragraphs an example leaves out ("[... six paragraphs on trade ...]"), filled in with as many
# invented ones about nobody in the examples, so that what comes after them comes late
_ELIDED = re.compile(r" ?\[\.\.\. (\w+) paragraphs [^\]]*\]")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# a note on the rule's workings indented into an example reads as article text (FL401's "a
# figure is reported once ..." sat under Good:)
_NOTE = re.compile(r"\b(?:is|are) (?:not )?(?:reported|flagged)\b|\bfindings?\b|\brelated location")


def _filled(text: str) -> str:
    def paragraphs(match: re.Match) -> str:
        made = (f"Exports of item {i} rose by {i} per cent in the year to March." for i in range(1, 9))
        return "\n\n" + "\n\n".join(list(made)[: _COUNTS[match[1]]])

    return _ELIDED.sub(paragraphs, text)


def _examples(rule_class) -> dict[str, str]:
    """The Bad and Good sections of a rule's docstring as article texts, without a closing note
    in brackets ("(Delete the comment once ...)")."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in inspect.cleandoc(rule_class.__doc__).splitlines():
        if line and not line[0].isspace() and line.rstrip().endswith(":"):
            current = sections.setdefault(line.strip()[:-1], [])
        elif current is not None:
            current.append(line)
    texts = {}
    for kind in ("Bad", "Good"):
        paragraphs = textwrap.dedent("\n".join(sections[kind])).strip("\n").split("\n\n")
        while paragraphs and paragraphs[-1].lstrip().startswith("("):
            paragraphs.pop()
        texts[kind] = _filled("\n\n".join(paragraphs)) + "\n"
    return texts


def test_every_rules_bad_example_is_flagged_and_its_good_example_is_not(tmp_path, capsys, monkeypatch):
    rules = {
        rule_id: cls for rule_id, cls in installed().rules.items() if cls.__module__.startswith("factlint.")
    }
    for rule_id, cls in rules.items():
        for kind, text in _examples(cls).items():
            note = _NOTE.search(text)
            assert note is None, f"{rule_id} {kind} example holds a note on the rule: {note[0]!r}"
            (tmp_path / f"{rule_id}-{kind}.md").write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "register.yaml", tmp_path / "register.yaml")  # FL203's register
    (tmp_path / ".factlint.yaml").write_text("register: register.yaml\n", encoding="utf-8")
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    code = main(
        ["check", "--format", "json", "--fail-on", "never"]
        + ["--config", str(tmp_path / ".factlint.yaml"), str(tmp_path)]
    )
    done = capsys.readouterr()
    assert code == 0, done.err
    report = json.loads(done.out)
    assert report["errors"] == [], done.err
    flagged: dict[str, set[str]] = {}
    for finding in report["findings"]:
        flagged.setdefault(Path(finding["path"]).stem, set()).add(finding["rule"])
    wrong = [
        f"{rule_id} {kind}"
        for rule_id in rules
        for kind in ("Bad", "Good")
        if (rule_id in flagged.get(f"{rule_id}-{kind}", set())) != (kind == "Bad")
    ]
    assert wrong == []

"""`factlint --help`, `factlint rules` and a check with only model-free rules never import torch.

The model stack (torch, transformers) costs seconds to import; a pre-commit hook or an editor
integration that needs no model must not pay for it. Each scenario runs in a fresh interpreter.
Import time is measured and printed (the aim is under 0.3 s) but not asserted: timings on a
shared CI machine are too noisy to gate on.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HEAVY = ("torch", "transformers")

# Runs the CLI in-process with the given arguments, then records which heavy modules got
# imported (SystemExit is how typer/click finish).
PROBE = """
import json, sys
sys.argv = ["factlint", *json.loads(sys.argv[1])]
from factlint.linter.cli import main
code = 0
try:
    code = main()
except SystemExit as exit:
    code = exit.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r} or m == "numpy")
print("@@probe@@" + json.dumps({{"code": code, "loaded": loaded}}), file=sys.stderr)
""".format(heavy=set(HEAVY))


def probe(args: list[str], cwd: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    marker = [line for line in proc.stderr.splitlines() if line.startswith("@@probe@@")]
    assert marker, f"CLI crashed:\n{proc.stdout}\n{proc.stderr}"
    return json.loads(marker[-1].removeprefix("@@probe@@"))


def heavy_of(result: dict) -> list[str]:
    return [m for m in result["loaded"] if m.split(".")[0] in HEAVY]


def test_import_of_the_cli_is_light(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import factlint.linter.cli"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    # "import time:  self [us] | cumulative | imported package"
    rows = re.findall(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", proc.stderr)
    imported = {name for _, _, _, name in rows}
    assert not [m for m in imported if m.split(".")[0] in HEAVY]
    total_us = sum(int(self_us) for self_us, _, _, _ in rows)
    cli_us = next(int(cum) for _, cum, _, name in rows if name == "factlint.linter.cli")
    print(
        f"import factlint.linter.cli: {cli_us / 1e6:.3f}s cumulative "
        f"({total_us / 1e6:.3f}s for all imports incl. interpreter start-up modules)"
    )


def test_help_does_not_import_torch(tmp_path):
    result = probe(["--help"], tmp_path)
    assert result["code"] in (0, None)
    assert heavy_of(result) == []


def test_listing_rules_does_not_import_torch(tmp_path):
    # Listing loads every rule class (built-in and plugins): rule modules must import cheaply.
    result = probe(["rules"], tmp_path)
    assert result["code"] in (0, None)
    assert heavy_of(result) == []


def test_model_free_check_does_not_import_torch(tmp_path):
    from factlint.linter.registry import load_rules

    model_rules = [rule_id for rule_id, cls in load_rules().items() if cls.needs_model]
    if model_rules:
        (tmp_path / ".factlint.yaml").write_text(
            "rules:\n" + "".join(f"  {r}: off\n" for r in model_rules), encoding="utf-8"
        )
    (tmp_path / "article.md").write_text(
        "# Port reopens\n\nThe harbour reopened on Tuesday.\nThe harbour reopened on Tuesday.\n",
        encoding="utf-8",
    )
    result = probe(["check", "article.md"], tmp_path)
    assert result["code"] in (0, 1), result  # ran to the end: findings or none, no error
    assert heavy_of(result) == []
    print(f"model-free check imported numpy: {'numpy' in result['loaded']}")

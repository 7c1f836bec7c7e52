"""Model-free rules on real news copy, judged by an editor: leftovers found, false alarms.

    python benchmarks/real_copy.py                      # /work/realcopy/text (skips if absent)
    python benchmarks/real_copy.py /path/to/folder      # any folder laid out the same way
    python benchmarks/real_copy.py --show               # print every unjudged finding to judge
    python benchmarks/real_copy.py A B C --select FL002  # several folders: one row each and the sum

The folder holds real article texts (their words are not ours, so they live outside the
repository) and a ``judgements.json`` beside them, written by reading every page as an editor:

    {"page.txt": {"leftovers": ["Image caption,", ...],      # page furniture an editor would cut
                  "true": {"FL003": ["reports said here"]},  # findings of other rules that are right
                  "neutral": ["(Reporting by"]}}             # findings here count neither way

Each string is a piece of the file's text; it stands for the lines it covers. A finding of FL002
is a hit when its lines overlap a leftover's lines, neutral when they overlap a neutral string, and
otherwise a false alarm on story text (leftovers flagged by any selected rule are counted apart:
FL001 catches a headline pasted twice). A finding of another rule is true when its lines overlap one
of that rule's ``true`` strings (or a leftover: FL001 on a repeated page label is fair), neutral
as above, otherwise a false alarm. A leftover is found when some FL002 finding covers it.

Runs the rules through the engine's ``lint_text`` (default FL001-FL004, ``--select``), prints a
table and writes counts only (no text) to ``benchmarks/results/real_copy.json``.
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT = Path("/work/realcopy/text")
SUFFIXES = (".txt", ".md", ".html", ".htm")


def _lines_of(text: str, needle: str) -> list[set[int]]:
    """The 1-based line numbers each occurrence of ``needle`` covers (blank lines left out)."""
    found, at = [], text.find(needle)
    while at >= 0:
        first = text.count("\n", 0, at) + 1
        piece = text[at : at + len(needle)].split("\n")
        found.append({first + i for i, line in enumerate(piece) if line.strip()})
        at = text.find(needle, at + 1)
    return found


def judge(folder: Path, select: list[str], show: bool) -> dict:
    from factlint.linter.engine import lint_text

    judgements = json.loads((folder / "judgements.json").read_text(encoding="utf-8"))
    totals: Counter[str] = Counter()
    per_rule: Counter[str] = Counter()
    pages = 0
    for name in sorted(judgements):
        path = folder / name
        if not path.is_file() or not name.lower().endswith(SUFFIXES):
            continue
        pages += 1
        text = path.read_text(encoding="utf-8")
        j = judgements[name]
        leftovers = [(s, set().union(*_lines_of(text, s))) for s in j.get("leftovers", [])]
        neutral = set().union(set(), *(ls for s in j.get("neutral", []) for ls in _lines_of(text, s)))
        true = {
            rule: set().union(set(), *(ls for s in strings for ls in _lines_of(text, s)))
            for rule, strings in j.get("true", {}).items()
        }
        found: set[str] = set()
        found_any: set[str] = set()  # by any rule: FL001 also catches a headline pasted twice
        for f in lint_text(text, display_path=name, select=select):
            lines = set(range(f.span.line, f.span.end_line + 1))
            rule = f.rule_id
            hits = [s for s, ls in leftovers if ls & lines]
            found_any.update(hits)
            if rule == "FL002":
                if hits:
                    found.update(hits)
                    per_rule["FL002 true"] += 1
                    continue
                verdict = "neutral" if neutral & lines else "false"
            elif true.get(rule, set()) & lines or (rule == "FL001" and hits):
                verdict = "true"
            else:
                verdict = "neutral" if neutral & lines else "false"
            per_rule[f"{rule} {verdict}"] += 1
            if show and verdict != "true":
                print(f"  [{verdict}] {name}:{f.span.line} {rule} {f.message}")
        totals["leftovers"] += len(leftovers)
        totals["found"] += len(found)
        totals["found_any"] += len(found_any)
        if show:
            for s, _ in leftovers:
                if s not in found:
                    print(f"  [missed] {name}: {s!r}")
    false_fl002 = per_rule["FL002 false"]
    return {
        "pages": pages,
        "leftovers_total": totals["leftovers"],
        "leftovers_found": totals["found"],
        "leftover_recall": round(totals["found"] / totals["leftovers"], 3) if totals["leftovers"] else None,
        "leftovers_found_by_any_rule": totals["found_any"],
        "fl002_false_alarms": false_fl002,
        "fl002_false_alarms_per_article": round(false_fl002 / pages, 3) if pages else None,
        "fl003_true": per_rule["FL003 true"],
        "fl003_false_alarms": per_rule["FL003 false"],
        "by_rule_and_verdict": dict(sorted(per_rule.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--select", default="FL001,FL002,FL003,FL004")
    parser.add_argument("--show", action="store_true", help="print every finding not judged true, and misses")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "real_copy.json")
    args = parser.parse_args(argv)
    folders = [f for f in args.folder if (f / "judgements.json").is_file()]
    for missing in (f for f in args.folder if f not in folders):
        print(f"skipped: no judgements.json in {missing} (real copy is kept outside the repository)")
    if not folders:
        return 0
    if len(folders) > 1:
        return _several(folders, args)
    result = judge(folders[0], args.select.split(","), args.show)
    rows = [
        ("pages", result["pages"]),
        (
            "leftovers found / total",
            f"{result['leftovers_found']} / {result['leftovers_total']} ({result['leftover_recall']})",
        ),
        ("  flagged by any selected rule", result["leftovers_found_by_any_rule"]),
        ("FL002 false alarms on story text", result["fl002_false_alarms"]),
        ("  per article", result["fl002_false_alarms_per_article"]),
        ("FL003 true / false alarms", f"{result['fl003_true']} / {result['fl003_false_alarms']}"),
    ]
    rows += [(f"  {k}", v) for k, v in result["by_rule_and_verdict"].items()]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"select": args.select, **result}, indent=2) + "\n", encoding="utf-8")
    return 0


def _several(folders: list[Path], args: argparse.Namespace) -> int:
    """One row per folder (leftovers found, FL002 false alarms) and the sum."""
    results = {}
    for folder in folders:
        if args.show:
            print(f"== {folder}")
        results[folder.name] = judge(folder, args.select.split(","), args.show)
    width = max(len(name) for name in results)
    print(f"{'folder':<{width}}  pages  found / leftovers  recall  FL002 false alarms")
    for name, r in [*results.items(), ("all", _sum(results.values()))]:
        print(
            f"{name:<{width}}  {r['pages']:5}  {r['leftovers_found']:5} / {r['leftovers_total']:<9}"
            f"  {r['leftover_recall']!s:6}  {r['fl002_false_alarms']}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"select": args.select, **results}, indent=2) + "\n", encoding="utf-8")
    return 0


def _sum(results) -> dict:
    keys = ("pages", "leftovers_total", "leftovers_found", "fl002_false_alarms")
    total = {k: sum(r[k] for r in results) for k in keys}
    n = total["leftovers_total"]
    total["leftover_recall"] = round(total["leftovers_found"] / n, 3) if n else None
    return total


if __name__ == "__main__":
    sys.exit(main())

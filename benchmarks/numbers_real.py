"""FL401–FL403 on real-life sentence pairs: numeric contradictions found, false alarms.

    python benchmarks/numbers_real.py /work/realcopy/h-numbers          # pairs folder
    python benchmarks/numbers_real.py /work/realcopy/h-numbers --show   # every finding and miss
    python benchmarks/numbers_real.py PAIRS --also /work/realcopy/text  # false alarms elsewhere

The pairs folder holds real sentences (their words are not ours, so they live outside the
repository) as short plain-text articles: ``contra/`` the same fact stated with different
numbers (two outlets, or a story and its later update: tolls, ages, dates, years, sums),
``clean/`` two sentences that agree or give look-alike figures of different things. A
contradicting article is found when FL401–FL403 raise a warning (or error) on it; ``info``
findings are counted apart (an editor may see them, CI does not block on them). Every
warning on a clean article is a false alarm. ``--also`` folders are real articles judged
clean of numeric contradictions: their warnings are counted as false alarms too.

Runs the rules through the engine's ``lint_text`` as of a fixed day (undated copy is checked
against it), prints a table and writes counts only (no text) to
``benchmarks/results/numbers_real.json``.
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RULES = ["FL401", "FL402", "FL403"]
TODAY = date(2024, 6, 1)  # as benchmarks/numbers_dates.py: the numbers do not drift with time
SUFFIXES = (".txt", ".md")


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def _findings(path: Path):
    from factlint.linter.engine import lint_text

    text = path.read_text(encoding="utf-8")
    return lint_text(text, display_path=path.name, select=RULES, today=TODAY)


def _blocking(f) -> bool:
    from factlint.linter.finding import Severity

    return f.severity >= Severity.WARNING


def measure(folder: Path, also: list[Path], show: bool) -> dict:
    contra, clean = _articles(folder / "contra"), _articles(folder / "clean")
    found = found_any = 0
    for path in contra:
        fs = _findings(path)
        hit, hit_any = any(_blocking(f) for f in fs), bool(fs)
        found += hit
        found_any += hit_any
        if show:
            print(f"{'HIT ' if hit else 'info' if hit_any else 'MISS'} contra/{path.name}")
            for f in fs:
                print(f"       {f.rule_id} [{f.severity}] {f.message}")

    def alarms(paths: list[Path], label: str) -> tuple[int, int]:
        warnings = infos = 0
        for path in paths:
            for f in _findings(path):
                if _blocking(f):
                    warnings += 1
                else:
                    infos += 1
                if show:
                    print(f"  [{label}] {path.name}:{f.span.line} {f.rule_id} [{f.severity}] {f.message}")
        return warnings, infos

    clean_warnings, clean_infos = alarms(clean, "clean")
    others = [p for d in also for p in _articles(d)]
    also_warnings, also_infos = alarms(others, "also")
    return {
        "contradicting": len(contra),
        "found_at_warning": found,
        "recall": round(found / len(contra), 3) if contra else None,
        "found_at_any_severity": found_any,
        "clean": len(clean),
        "clean_warnings": clean_warnings,
        "clean_warnings_per_article": round(clean_warnings / len(clean), 3) if clean else None,
        "clean_infos": clean_infos,
        "also_articles": len(others),
        "also_warnings": also_warnings,
        "also_warnings_per_article": round(also_warnings / len(others), 4) if others else None,
        "also_infos": also_infos,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with contra/ and clean/ articles")
    parser.add_argument("--also", type=Path, action="append", default=[], help="more clean real articles")
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "numbers_real.json")
    args = parser.parse_args(argv)
    if not (args.folder / "contra").is_dir() or not (args.folder / "clean").is_dir():
        print(
            f"skipped: no contra/ and clean/ folders in {args.folder} (real copy is kept outside the repository)"
        )
        return 0
    r = measure(args.folder, args.also, args.show)
    rows = [
        (
            "contradicting pairs found (warning)",
            f"{r['found_at_warning']}/{r['contradicting']} ({r['recall']})",
        ),
        ("  found at any severity", f"{r['found_at_any_severity']}/{r['contradicting']}"),
        (
            "warnings on clean pairs",
            f"{r['clean_warnings']}/{r['clean']} ({r['clean_warnings_per_article']})",
        ),
        ("  info on clean pairs", r["clean_infos"]),
    ]
    if args.also:
        rows += [
            ("warnings on other real articles", f"{r['also_warnings']}/{r['also_articles']}"),
            ("  info there", r["also_infos"]),
        ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"today": TODAY.isoformat(), **r}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fit FL002's line scorer on judged real pages and measure it leave-one-folder-out.

    python training/line_scorer.py /work/realcopy/text /work/realcopy/heldout ... [--write]

Each folder is laid out as ``benchmarks/real_copy.py`` reads it (page texts and a
``judgements.json``); the texts stay outside the repository. A line is a leftover when a judged
leftover string covers it, neutral (left out) when a neutral string does, otherwise story text.
The model is an L2-regularised logistic regression fitted with numpy (Newton steps): no learning
library. Rows count one leftover string as found when a line it covers is flagged, by FL002's
rules ("rules") or by them or the scorer ("+scorer"); "newFA" counts story lines only the scorer
flags. Run it under the code whose rules you want to compare (PYTHONPATH to a checkout of
another commit measures that commit's rules at first sight).

The threshold is chosen leave-one-folder-out: for each held-out folder, the lowest score at
which the other folders' own leave-one-folder-out scores flag no story line that FL002's rules
do not already flag (nested, so the held-out folder never sets its own threshold).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from factlint.training import line_features as ls

L2 = 1.0


def _lines_covered(text: str, needle: str) -> set[int]:
    found, at = set(), text.find(needle)
    while at >= 0:
        first = text.count("\n", 0, at) + 1
        for i, part in enumerate(text[at : at + len(needle)].split("\n")):
            if part.strip():
                found.add(first + i)
        at = text.find(needle, at + 1)
    return found


def collect(folder: Path) -> list[dict]:
    """Per page: the feature rows, each line's label, and the leftover strings' line sets."""
    from factlint.linter.engine import lint_text

    judgements = json.loads((folder / "judgements.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(judgements):
        path = folder / name
        if not path.is_file() or not name.endswith(".txt"):
            continue
        text = path.read_text(encoding="utf-8")
        j = judgements[name]
        leftovers = [_lines_covered(text, s) for s in j.get("leftovers", [])]
        neutral = set().union(set(), *(_lines_covered(text, s) for s in j.get("neutral", [])))
        flagged = set()
        for f in lint_text(text, display_path=name, select=["FL002"]):
            flagged.update(range(f.span.line, f.span.end_line + 1))
        lines = ls.lines_of(text)
        left_lines = set().union(set(), *leftovers)
        labels = [1 if ln.number in left_lines else (-1 if ln.number in neutral else 0) for ln in lines]
        pages.append(
            {
                "folder": folder.name,
                "name": name,
                "numbers": [ln.number for ln in lines],
                "texts": [ln.text for ln in lines],
                "rows": ls.features(lines, flagged),
                "labels": labels,
                "flagged": sorted(flagged),
                "leftovers": [sorted(s) for s in leftovers],
            }
        )
    return pages


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], L2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[1:], float(w[0])


def predict(model, x: np.ndarray) -> np.ndarray:
    mean, scale, coef, intercept = model
    return 1 / (1 + np.exp(-np.clip(intercept + ((x - mean) / scale) @ coef, -50, 50)))


def _matrix(pages: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows = [r for p in pages for r, lab in zip(p["rows"], p["labels"]) if lab >= 0]
    labels = [lab for p in pages for lab in p["labels"] if lab >= 0]
    return np.array(rows, dtype=float), np.array(labels, dtype=float)


def cross_scores(pages: list[dict]) -> dict[str, list[list[float]]]:
    """Each folder's pages scored by a model fitted on the other folders (per page, per line)."""
    folders = sorted({p["folder"] for p in pages})
    out: dict[str, list[list[float]]] = {}
    for held in folders:
        model = fit(*_matrix([p for p in pages if p["folder"] != held]))
        for p in pages:
            if p["folder"] == held:
                out[p["folder"] + "/" + p["name"]] = list(predict(model, np.array(p["rows"], dtype=float)))
    return out


def lowest_clean_threshold(pages: list[dict], scores: dict) -> float:
    """The lowest score above every story line the rules do not flag (no new false alarm)."""
    worst = 0.0
    for p in pages:
        flagged = set(p["flagged"])
        for num, lab, s in zip(p["numbers"], p["labels"], scores[p["folder"] + "/" + p["name"]]):
            if lab == 0 and num not in flagged:
                worst = max(worst, s)
    return worst + 1e-6


def evaluate(pages: list[dict], scores: dict, thresholds: dict[str, float]) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for p in pages:
        row = table.setdefault(
            p["folder"], {"leftovers": 0, "rules": 0, "both": 0, "rules_false": 0, "new_false": 0, "lines": 0}
        )
        flagged = set(p["flagged"])
        cut = thresholds[p["folder"]]
        by_scorer = {num for num, s in zip(p["numbers"], scores[p["folder"] + "/" + p["name"]]) if s >= cut}
        for covered in p["leftovers"]:
            row["leftovers"] += 1
            row["rules"] += bool(flagged & set(covered))
            row["both"] += bool((flagged | by_scorer) & set(covered))
        for num, lab in zip(p["numbers"], p["labels"]):
            row["lines"] += lab == 0
            if lab == 0 and num in flagged:
                row["rules_false"] += 1
            if lab == 0 and num in by_scorer and num not in flagged:
                row["new_false"] += 1
                row.setdefault("examples", []).append(f"{p['name']}:{num}")
    return table


def _forget_rules(pages: list[dict]) -> None:
    """As if FL002's phrase classes and page shapes flagged nothing."""
    at = [ls.FEATURES.index(n) for n in ("prev_flagged", "next_flagged", "flagged")]
    for p in pages:
        p["flagged"] = []
        for row in p["rows"]:
            for k in at:
                row[k] = 0.0


def _gate(pages: list[dict], scores: dict) -> None:
    """Score 0 on lines the gates rule out (``line_features.GATES``)."""
    for p in pages:
        key = p["folder"] + "/" + p["name"]
        scores[key] = [s if ls.eligible(row) else 0.0 for row, s in zip(p["rows"], scores[key])]


def _print_table(title: str, table: dict[str, dict], thresholds: dict[str, float]) -> None:
    print(f"\n{title}")
    print(f"{'folder':<11} {'cut':>5} {'left':>5} {'rules':>6} {'+scorer':>8} {'rulesFA':>8} {'newFA':>6}")
    keys = ("leftovers", "rules", "both", "rules_false", "new_false", "lines")
    total = dict.fromkeys(keys, 0)
    for name in sorted(table):
        r = table[name]
        for k in keys:
            total[k] += r[k]
        print(
            f"{name:<11} {thresholds[name]:5.3f} {r['leftovers']:5} {r['rules']:6} {r['both']:8}"
            f" {r['rules_false']:8} {r['new_false']:6}  {' '.join(r.get('examples', []))}"
        )
    print(
        f"{'all':<11} {'':>5} {total['leftovers']:5} {total['rules']:6} {total['both']:8}"
        f" {total['rules_false']:8} {total['new_false']:6}  (story lines: {total['lines']})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, help="a JSON file keeping the collected lines between runs")
    parser.add_argument(
        "--scorer-only",
        action="store_true",
        help="measure the scorer alone: no rule findings, as input or output",
    )
    parser.add_argument(
        "--gate", action="store_true", help="never flag the lines line_features.GATES rules out"
    )
    parser.add_argument(
        "--curve", action="store_true", help="also print recall and false alarms at fixed cuts"
    )
    parser.add_argument(
        "--unjudged",
        nargs="*",
        type=Path,
        default=[],
        help="texts with no leftover judged (JSONL with a text field, or folders of .txt): print each "
        "line the scorer fitted on all folders flags at the pooled threshold and the rules do not",
    )
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        pages = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        pages = [p for folder in args.folders for p in collect(folder)]
        if args.cache:
            args.cache.write_text(json.dumps(pages), encoding="utf-8")
    for p in pages:  # the features as line_features computes them now
        lines = [ls.Line(num, 0, 0, text) for num, text in zip(p["numbers"], p["texts"])]
        p["rows"] = ls.features(lines, set(p["flagged"]))
    if args.scorer_only:
        _forget_rules(pages)
    folders = sorted({p["folder"] for p in pages})

    def scored(subset: list[dict]) -> dict:
        scores = cross_scores(subset)
        if args.gate:
            _gate(subset, scores)
        return scores

    outer = scored(pages)
    pooled = lowest_clean_threshold(pages, outer)
    nested = {}
    for held in folders:  # the threshold each folder gets from the other folders alone
        rest = [p for p in pages if p["folder"] != held]
        nested[held] = lowest_clean_threshold(rest, scored(rest))
    _print_table("nested threshold (set without the held-out folder)", evaluate(pages, outer, nested), nested)
    flat = dict.fromkeys(folders, pooled)
    _print_table(
        f"pooled threshold {pooled:.3f} (set on all folders' cross-validated scores)",
        evaluate(pages, outer, flat),
        flat,
    )
    if args.curve:
        print("\ncut    found / leftovers  new false alarms on story lines")
        for cut in (0.5, 0.7, 0.8, 0.9, 0.95, 0.99):
            table = evaluate(pages, outer, dict.fromkeys(folders, cut))
            found = sum(r["both"] for r in table.values())
            total = sum(r["leftovers"] for r in table.values())
            print(f"{cut:<5}  {found:5} / {total:<9}  {sum(r['new_false'] for r in table.values())}")
    if args.unjudged:
        _show_unjudged(pages, pooled, args.unjudged, args.gate)
    return 0


def _texts(path: Path):
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield f"{path.name}/{file.name}", file.read_text(encoding="utf-8")
    else:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            yield f"{path.name}:{number + 1}", json.loads(raw)["text"]


def _show_unjudged(pages: list[dict], cut: float, paths: list[Path], gate: bool) -> None:
    from factlint.linter.engine import lint_text

    model = fit(*_matrix(pages))
    texts = lines = flagged_lines = 0
    for path in paths:
        for name, text in _texts(path):
            texts += 1
            flagged = set()
            for f in lint_text(text, display_path=name, select=["FL002"]):
                flagged.update(range(f.span.line, f.span.end_line + 1))
            page = ls.lines_of(text)
            rows = ls.features(page, flagged)
            lines += len(page)
            for line, row, s in zip(page, rows, predict(model, np.array(rows, dtype=float))):
                if s >= cut and line.number not in flagged and (ls.eligible(row) or not gate):
                    flagged_lines += 1
                    print(f"  [new] {s:.3f} {name}:{line.number} {line.text.strip()[:100]}")
    print(f"unjudged: {texts} texts, {lines} lines, {flagged_lines} lines flagged by the scorer alone")


if __name__ == "__main__":
    sys.exit(main())

"""FL101's similarity weight, measured held out: is the gain over one threshold real?

    python benchmarks/contradictions.py --no-baseline --dump runs/fl101-pairs.jsonl
    python benchmarks/fl101_similarity.py runs/fl101-pairs.jsonl

Reads the scored pairs that ``contradictions.py --dump`` wrote (every candidate pair of the 257
dev articles with both directions' scores and the pair's embedding similarity) and re-derives the
findings offline with the rule's own ``select``, so no model runs here. For each similarity weight
it reports, with the threshold picked for at most ``--max-fa`` false alarms per clean article:

- in-sample: weight and threshold chosen and measured on all articles (what the rule's default
  was picked on);
- held out: 2-fold over documents, ``--repeats`` random splits; on one half the threshold (and,
  for "chosen", the weight too) is picked, on the other half hit rate and false alarms are
  measured. A weight that only fits noise loses its gain here.

It also reports how far any threshold could go with this model (the "ceiling" block): the share
of ContraDoc documents whose most contradictory scored pair (by the model's score, every pair
kept) involves the planted sentence at all, and the hit rate at ``--max-fa`` when no pair is
skipped as an exception. If the model ranked the planted pair first, the threshold and the
exceptions would decide the hit rate; where it does not, only a stronger model helps.

Prints a table and writes JSON (``--out``).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)


def load(path: Path):
    from contradictions import Article, Run

    from factlint.analysis.pairs import CandidatePair
    from factlint.rules.fl101_self_contradiction import ScoredPair

    articles, runs = [], []
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        if row["method"] != "candidates":
            continue
        articles.append(
            Article(
                row["set"],
                row["id"],
                "",
                tuple(row["evidence"]) if row["evidence"] else None,
                [tuple(r) for r in row["references"] or []],
                row["types"],
                row["scope"],
            )
        )
        scored = [
            ScoredPair(CandidatePair(i, j, sim, frozenset(reasons)), forward, backward, frozenset(exc))
            for i, j, forward, backward, sim, reasons, exc in row["pairs"]
        ]
        runs.append(
            Run(len(row["spans"]), [tuple(s) for s in row["spans"]], row["texts"], scored, 0, 0.0, 0.0)
        )
    return articles, runs


def measure(articles, runs, options, max_fa):
    from contradictions import evaluate, pick_threshold

    threshold = pick_threshold(articles, runs, options, max_fa)
    row = evaluate(articles, runs, {**options, "threshold": threshold})
    return threshold, row


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path, help="the JSON lines of contradictions.py --dump")
    parser.add_argument("--max-fa", type=float, default=0.2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "fl101_similarity.json")
    args = parser.parse_args(argv)

    from factlint.rules.fl101_self_contradiction import SelfContradiction

    defaults = dict(SelfContradiction.defaults)
    articles, runs = load(args.dump)
    result = {
        "articles": len(articles),
        "max_fa": args.max_fa,
        "repeats": args.repeats,
        "in_sample": {},
        "held_out": {},
    }
    for weight in WEIGHTS:
        threshold, row = measure(articles, runs, {**defaults, "similarity_weight": weight}, args.max_fa)
        result["in_sample"][str(weight)] = {
            "threshold": threshold,
            "evidence_hit_rate": row["evidence_hit_rate"],
            "false_alarms_per_article": row["false_alarms_per_article"],
            "balanced_accuracy": row.get("balanced_accuracy"),
        }
    held: dict[str, list[tuple[float, float]]] = {str(w): [] for w in WEIGHTS}
    held["chosen"] = []
    chosen_weights = []
    pairs = list(zip(articles, runs))
    by_set = {s: [p for p in pairs if p[0].set == s] for s in ("contradoc", "clean")}
    for repeat in range(args.repeats):
        rng = random.Random(repeat)
        halves: list[list] = [[], []]
        for items in by_set.values():
            items = items[:]
            rng.shuffle(items)
            halves[0] += items[: len(items) // 2]
            halves[1] += items[len(items) // 2 :]
        for k in (0, 1):
            train, test = halves[k], halves[1 - k]
            best = None
            for weight in WEIGHTS:
                options = {**defaults, "similarity_weight": weight}
                threshold, row = measure([a for a, _ in train], [r for _, r in train], options, args.max_fa)
                tested = _evaluate(test, {**options, "threshold": threshold})
                held[str(weight)].append(tested)
                if best is None or row["evidence_hit_rate"] > best[0]:
                    best = (row["evidence_hit_rate"], weight, tested)
            held["chosen"].append(best[2])
            chosen_weights.append(best[1])
    for name, rows in held.items():
        result["held_out"][name] = {
            "evidence_hit_rate": statistics.fmean(h for h, _ in rows),
            "false_alarms_per_article": statistics.fmean(f for _, f in rows),
        }
    result["chosen_weights"] = {str(w): chosen_weights.count(w) for w in WEIGHTS}
    result["ceiling"] = ceiling(articles, runs, defaults, args.max_fa)
    report(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"\nwrote {args.out}")
    return result


def ceiling(articles, runs, defaults: dict, max_fa: float) -> dict:
    """What the model's scores allow, whatever the threshold or the exceptions."""
    from contradictions import overlaps

    from factlint.rules.fl101_self_contradiction import EXCEPTIONS

    top = total = 0
    for article, run in zip(articles, runs):
        if article.set != "contradoc" or not run.scored:
            continue
        total += 1
        best = max(run.scored, key=lambda item: max(item.forward, item.backward))
        top += any(overlaps(run.spans[k], article.evidence) for k in (best.pair.first, best.pair.second))
    kept = {**defaults, **{kind: "keep" for kind in EXCEPTIONS}, "similarity_weight": 0.0}
    threshold, row = measure(articles, runs, kept, max_fa)
    return {
        "contradoc_documents": total,
        "evidence_in_top_pair": top,
        "evidence_in_top_pair_rate": top / total if total else None,
        "no_exceptions_one_threshold": {
            "threshold": threshold,
            "evidence_hit_rate": row["evidence_hit_rate"],
            "false_alarms_per_article": row["false_alarms_per_article"],
        },
    }


def _evaluate(pairs, options) -> tuple[float, float]:
    from contradictions import evaluate

    row = evaluate([a for a, _ in pairs], [r for _, r in pairs], options)
    return row["evidence_hit_rate"], row["false_alarms_per_article"]


def report(result: dict) -> None:
    print(
        f"FL101 similarity weight on {result['articles']} dev articles, at <= {result['max_fa']} "
        f"false alarms per clean article"
    )
    print(f"{'weight':>8} {'in-sample t':>12} {'hit':>7} {'FA/art':>7} {'held-out hit':>13} {'FA/art':>7}")
    for weight, row in result["in_sample"].items():
        held = result["held_out"][weight]
        print(
            f"{weight:>8} {row['threshold']:>12.3f} {row['evidence_hit_rate']:>7.3f} "
            f"{row['false_alarms_per_article']:>7.3f} {held['evidence_hit_rate']:>13.3f} "
            f"{held['false_alarms_per_article']:>7.3f}"
        )
    held = result["held_out"]["chosen"]
    print(
        f"{'chosen':>8} {'':>12} {'':>7} {'':>7} {held['evidence_hit_rate']:>13.3f} "
        f"{held['false_alarms_per_article']:>7.3f}   (weight picked on each training half: "
        f"{result['chosen_weights']})"
    )
    ceiling = result["ceiling"]
    free = ceiling["no_exceptions_one_threshold"]
    print(
        f"ceiling: the model's most contradictory pair involves the planted sentence in "
        f"{ceiling['evidence_in_top_pair']} of {ceiling['contradoc_documents']} ContraDoc documents "
        f"({ceiling['evidence_in_top_pair_rate']:.3f}); with no pair skipped and one threshold "
        f"({free['threshold']:.3f}) the hit rate is {free['evidence_hit_rate']:.3f} at "
        f"{free['false_alarms_per_article']:.3f} false alarms per clean article"
    )


if __name__ == "__main__":
    main()

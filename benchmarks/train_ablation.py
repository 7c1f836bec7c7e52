"""Small matched-budget training runs that answer two questions of the model issue.

1. LoRA adapter vs full fine-tuning (encoder layers; word embeddings frozen in both);
2. how much the synthetic news pairs help (same NLI-pool sample with and without them).

Every run uses the same seed, the same pool sample and the same number of optimiser steps
budget class, and is evaluated on the same (limited) eval slices and the news probe. The budget is
small so the three runs fit in ~20 minutes on 2 CPU cores; the shipped model is trained with the
full recipe (``python -m factlint.training.train``), whose numbers are in ``models/README.md``.

    python benchmarks/train_ablation.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from factlint.training import train

RUNS = {
    "full+synthetic": ["--method", "full"],
    "full, no synthetic": ["--method", "full", "--synthetic", "0"],
    "lora+synthetic": ["--method", "lora"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--pool", type=int, default=6000)
    parser.add_argument("--synthetic", type=int, default=2000)
    parser.add_argument("--eval-limit", type=int, default=800)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "train_ablation.json")
    args = parser.parse_args()

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, extra in RUNS.items():
            argv = [
                "--data",
                str(args.data),
                "--pool",
                str(args.pool),
                "--synthetic",
                str(args.synthetic),
                "--eval-limit",
                str(args.eval_limit),
                "--out",
                f"{tmp}/w.safetensors",
                "--metrics",
                f"{tmp}/m.json",
                "--checkpoint-every",
                "100000",
                *extra,
            ]
            print(f"== {name}: {' '.join(extra)}", flush=True)
            results[name] = train.main(argv)

    header = f"{'run':<20} {'pairs':>6} {'min':>5} {'MNLI':>6} {'SICK':>6} {'RTE3':>6} {'C-prec':>7} {'CD rec':>7} {'clean FA':>8}"
    print(header)
    for name, m in results.items():
        e, probe = m["eval"], m["news_probe"]
        print(
            f"{name:<20} {m['training_pairs']:>6} {m['train_minutes']:>5} "
            f"{e['mnli-eval']['accuracy']:>6.3f} {e['sick-trial']['accuracy']:>6.3f} "
            f"{e['rte3-test']['accuracy']:>6.3f} {e['mnli-eval']['contradiction']['precision']:>7.3f} "
            f"{probe['contradiction_recall_argmax']:>7.3f} {probe['clean_false_contradiction_argmax']:>8.3f}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {"budget": vars(args) | {"data": str(args.data), "out": str(args.out)}, "runs": results}, indent=2
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()

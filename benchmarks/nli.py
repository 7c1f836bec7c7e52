"""NLI benchmark: accuracy per eval set, speed, load time, memory, float32 vs dynamic int8.

    python benchmarks/nli.py                 # everything (minutes on a laptop CPU)
    python benchmarks/nli.py --limit 200     # quick: 200 pairs per eval set and for speed/memory
    python benchmarks/nli.py --model /work/runs/full.safetensors   # a checkpoint of our format

Prints a table and writes ``benchmarks/results/nli.json``. Data: ``../shared/data`` next to the
repository (``--data`` to override): ``nli/eval/*.jsonl`` and ``news/dev/articles.jsonl`` (speed is
measured on sentence pairs from real news, the linter's actual input). The score cache is never
used here, so every number is model time.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[0].parent / "shared" / "data"
EVAL_SETS = ("mnli-eval", "sick-trial", "rte3-test")
LABELS = ("entailment", "neutral", "contradiction")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def news_pairs(data: Path, n: int) -> list[tuple[str, str]]:
    """Neighbouring and near-neighbouring sentences of the dev news articles: the pairs a
    self-contradiction check actually scores."""
    from factlint.models.train import split_sentences

    pairs: list[tuple[str, str]] = []
    for article in read_jsonl(data / "news/dev/articles.jsonl"):
        sentences = split_sentences(article["text"])
        for gap in (1, 2):
            pairs.extend(zip(sentences, sentences[gap:]))
        if len(pairs) >= n:
            break
    return pairs[:n]


def metrics(probs, gold: list[int]) -> dict:
    pred = probs.argmax(axis=1).tolist()
    confusion = [[0, 0, 0] for _ in LABELS]  # rows: gold, columns: predicted
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    out: dict = {"n": len(gold), "accuracy": sum(confusion[i][i] for i in range(3)) / max(1, len(gold)),
                 "confusion": confusion, "per_class": {}}
    for i, label in enumerate(LABELS):
        predicted = sum(confusion[g][i] for g in range(3))
        actual = sum(confusion[i])
        out["per_class"][label] = {
            "precision": confusion[i][i] / predicted if predicted else 0.0,
            "recall": confusion[i][i] / actual if actual else 0.0,
            "support": actual,
        }
    return out


def pairs_per_second(nli, pairs: list[tuple[str, str]]) -> float:
    nli.score(pairs[: nli.batch_size])  # warm-up: first-call allocations are not throughput
    started = time.perf_counter()
    nli.score(pairs)
    return len(pairs) / (time.perf_counter() - started)


def measure_rss(args, quantize: bool, n: int) -> dict:
    """Peak RSS of a fresh process that loads the model and scores ``n`` news pairs."""
    command = [sys.executable, str(Path(__file__).resolve()), "--rss-child", str(n),
               "--data", str(args.data), "--device", args.device]
    if args.model:
        command += ["--model", args.model]
    if quantize:
        command.append("--rss-quantize")
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def rss_child(args) -> None:
    import torch  # noqa: F401  (the baseline: what any process with the NLI stack pays)
    import transformers  # noqa: F401

    from factlint.models import load_nli

    pairs = news_pairs(args.data, args.rss_child)
    after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    nli = load_nli(args.model, device=args.device, use_cache=False, quantize=args.rss_quantize)
    after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nli.score(pairs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pairs": len(pairs), "peak_rss_after_import_mib": round(after_import, 1),
                      "peak_rss_after_load_mib": round(after_load, 1),
                      "peak_rss_after_score_mib": round(peak, 1)}))


def run_variant(args, quantize: bool, eval_rows: dict, speed: list) -> dict:
    from factlint.models import load_nli

    started = time.perf_counter()
    nli = load_nli(args.model, device=args.device, use_cache=False, batch_size=32, quantize=quantize)
    result: dict = {"load_seconds": round(time.perf_counter() - started, 2), "eval": {}}
    for name, rows in eval_rows.items():
        t0 = time.perf_counter()
        probs = nli.score([(r["premise"], r["hypothesis"]) for r in rows])
        result["eval"][name] = metrics(probs, [LABELS.index(r["label"]) for r in rows])
        result["eval"][name]["seconds"] = round(time.perf_counter() - t0, 2)
    result["news_pairs_per_second"] = round(pairs_per_second(nli, speed), 1) if speed else None
    result["fingerprint"] = nli.fingerprint
    return result


def weights_info(model: str | None) -> dict:
    """Which weights were measured (our format records the training steps in its metadata)."""
    from factlint.models.default import DEFAULT_NAME, WEIGHTS_FILE

    path = WEIGHTS_FILE if model in (None, DEFAULT_NAME) else Path(model)
    if path.suffix != ".safetensors" or not path.is_file():
        return {"model": model}
    from safetensors import safe_open

    with safe_open(str(path), framework="np") as handle:
        meta = handle.metadata() or {}
    return {"model": model or DEFAULT_NAME, "weights": str(path), "weights_bytes": path.stat().st_size,
            **{k: meta[k] for k in ("method", "steps", "pairs", "seed") if k in meta}}


def print_table(report: dict) -> None:
    variants = list(report["variants"])
    print(f"\nNLI benchmark: {report['model']['model']} on {report['device']} "
          f"({report['threads']} torch threads, {report['cpu']})")
    if "steps" in report["model"]:
        print(f"weights: {report['model']['weights']} (training steps {report['model']['steps']})")
    header = f"{'set':<12}{'n':>6}" + "".join(f"{'acc ' + v:>12}" for v in variants)
    print("\n" + header + "\n" + "-" * len(header))
    for name in report["variants"][variants[0]]["eval"]:
        row = report["variants"][variants[0]]["eval"][name]
        print(f"{name:<12}{row['n']:>6}" + "".join(
            f"{report['variants'][v]['eval'][name]['accuracy']:>12.3f}" for v in variants))
    print()
    for label, key in (("news pairs/s (batch 32)", "news_pairs_per_second"),
                       ("load time (s)", "load_seconds")):
        print(f"{label:<26}" + "".join(f"{str(report['variants'][v][key]):>12}" for v in variants))
    for v in variants:
        rss = report["variants"][v].get("memory", {})
        if "peak_rss_after_score_mib" in rss:
            print(f"peak RSS {v}: {rss['peak_rss_after_import_mib']:.0f} MiB after imports, "
                  f"{rss['peak_rss_after_load_mib']:.0f} MiB after load, "
                  f"{rss['peak_rss_after_score_mib']:.0f} MiB after scoring {rss['pairs']} pairs")
        elif rss:
            print(f"peak RSS {v}: {rss.get('error')}")
    print(f"import torch + transformers: {report['import_seconds']} s")
    for v in variants:
        print(f"\nper class, {v}:  precision / recall   (confusion: rows gold e/n/c, columns predicted)")
        for name, row in report["variants"][v]["eval"].items():
            cells = "  ".join(f"{label[:5]} {c['precision']:.2f}/{c['recall']:.2f}"
                              for label, c in row["per_class"].items())
            print(f"  {name:<12}{cells}   {row['confusion']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None, help="model name (default: factlint-minilm-nli)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--limit", type=int, default=0,
                        help="pairs per eval set, and at most this many for speed/memory (0: all)")
    parser.add_argument("--speed-pairs", type=int, default=1000)
    parser.add_argument("--rss-pairs", type=int, default=1000)
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 comparison")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "nli.json")
    parser.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--rss-quantize", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if not (args.data / "nli/eval").is_dir():
        print(f"benchmark data not found at {args.data} (pass --data)", file=sys.stderr)
        return 2
    if args.rss_child:
        rss_child(args)
        return 0

    started = time.perf_counter()
    import torch
    import transformers  # noqa: F401

    import_seconds = round(time.perf_counter() - started, 2)
    from factlint.linter.errors import ModelError

    cap = args.limit or None
    eval_rows = {name: read_jsonl(args.data / f"nli/eval/{name}.jsonl")[:cap] for name in EVAL_SETS}
    speed = news_pairs(args.data, min(args.speed_pairs, args.limit or args.speed_pairs))
    rss_n = min(args.rss_pairs, args.limit or args.rss_pairs)
    variants = {"fp32": False} if args.no_int8 or args.device != "cpu" else {"fp32": False, "int8": True}

    report: dict = {"model": weights_info(args.model), "device": args.device,
                    "cpu": platform.processor() or platform.machine(), "limit": args.limit,
                    "import_seconds": import_seconds, "variants": {}}
    try:
        for label, quantize in variants.items():
            result = run_variant(args, quantize, eval_rows, speed)
            result["memory"] = measure_rss(args, quantize, rss_n)
            report["variants"][label] = result
    except ModelError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    report["threads"] = torch.get_num_threads()  # after load_nli chose them
    if args.device.startswith("cuda") or (args.device == "auto" and torch.cuda.is_available()):
        report["gpu"] = torch.cuda.get_device_name(0)
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

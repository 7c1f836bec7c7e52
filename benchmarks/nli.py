"""NLI benchmark: accuracy per eval set, speed, load time, memory; ONNX Runtime vs torch, fp32 vs int8.

    python benchmarks/nli.py                 # everything (minutes on a laptop CPU)
    python benchmarks/nli.py --limit 200     # quick: 200 pairs per eval set and for speed/memory
    python benchmarks/nli.py --speed-only    # pairs/s and load time only (pause other jobs first)
    python benchmarks/nli.py --model /work/runs/full.safetensors   # a checkpoint of our format
    python benchmarks/nli.py --precisions onnx-fp32,onnx-int8,torch-fp32,torch-bf16

Variants are ``runtime-precision``: ``onnx-*`` is the default model on ONNX Runtime (what
``factlint check`` runs), ``torch-*`` the same weights on the torch runtime (the ``torch`` extra);
a bare precision means the runtime ``load_nli`` picks for ``--model``. Speed is reported per
wall-clock second and per CPU second of this process (the latter is the fairer comparison on a
shared, busy machine).

Prints a table and writes ``benchmarks/results/nli.json``. Data: ``../shared/data`` next to the
repository (``--data`` to override): ``nli/eval/*.jsonl`` and ``news/dev/articles.jsonl`` (speed is
measured on sentence pairs from real news, the linter's actual input). Two false-alarm proxies
come with it: the share of neighbouring sentences of clean news, and of sentence pairs taken from
two different articles, that the model calls contradictions. The score cache is never used here,
so every number is model time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import struct
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, this folder is sys.path[0]: a sibling benchmark named like a stdlib module
# (numbers.py) would shadow it for torch. Nothing is imported from here, so drop it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
DEFAULT_DATA = HERE.parents[0].parent / "shared" / "data"
EVAL_SETS = ("mnli-eval", "sick-trial", "rte3-test")
LABELS = ("entailment", "neutral", "contradiction")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def news_pairs(data: Path, n: int) -> list[tuple[str, str]]:
    """Neighbouring and near-neighbouring sentences of the dev news articles: the pairs a
    self-contradiction check actually scores."""
    from factlint.training.train import split_sentences

    pairs: list[tuple[str, str]] = []
    for article in read_jsonl(data / "news/dev/articles.jsonl"):
        sentences = split_sentences(article["text"])
        for gap in (1, 2):
            pairs.extend(zip(sentences, sentences[gap:]))
        if len(pairs) >= n:
            break
    return pairs[:n]


def unrelated_pairs(data: Path, n: int) -> list[tuple[str, str]]:
    """Sentences of one article against sentences of the next one: unrelated by construction, so
    every predicted contradiction is a false alarm."""
    from factlint.training.train import split_sentences

    articles = [split_sentences(a["text"]) for a in read_jsonl(data / "news/dev/articles.jsonl")[:200]]
    pairs: list[tuple[str, str]] = []
    for first, second in zip(articles, articles[1:]):
        pairs.extend(zip(first[:5], second[:5]))
        if len(pairs) >= n:
            break
    return pairs[:n]


def contradiction_share(probs) -> dict:
    """How often clean or unrelated pairs come out as contradictions (false-alarm proxies)."""
    return {
        "n": int(len(probs)),
        "argmax_contradiction": round(float((probs.argmax(axis=1) == 2).mean()), 3) if len(probs) else None,
        "p_contradiction_over_0.9": round(float((probs[:, 2] > 0.9).mean()), 3) if len(probs) else None,
        "mean_p_contradiction": round(float(probs[:, 2].mean()), 3) if len(probs) else None,
    }


def metrics(probs, gold: list[int]) -> dict:
    pred = probs.argmax(axis=1).tolist()
    confusion = [[0, 0, 0] for _ in LABELS]  # rows: gold, columns: predicted
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    out: dict = {
        "n": len(gold),
        "accuracy": sum(confusion[i][i] for i in range(3)) / max(1, len(gold)),
        "confusion": confusion,
        "per_class": {},
    }
    for i, label in enumerate(LABELS):
        predicted = sum(confusion[g][i] for g in range(3))
        actual = sum(confusion[i])
        out["per_class"][label] = {
            "precision": confusion[i][i] / predicted if predicted else 0.0,
            "recall": confusion[i][i] / actual if actual else 0.0,
            "support": actual,
        }
    return out


def pairs_per_second(nli, pairs: list[tuple[str, str]]):
    """(pairs/s, probabilities) on ``pairs``, after a one-batch warm-up."""
    nli.score(pairs[: nli.batch_size])  # first-call allocations are not throughput
    started = time.perf_counter()
    probs = nli.score(pairs)
    return len(pairs) / (time.perf_counter() - started), probs


def measure_rss(args, precision: str, n: int) -> dict:
    """Peak RSS of a fresh process that loads the model and scores ``n`` news pairs."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--rss-child",
        str(n),
        "--data",
        str(args.data),
        "--device",
        args.device,
    ]
    if args.model:
        command += ["--model", args.model]
    command += ["--rss-precision", precision]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def variant_model(args, variant: str) -> tuple[str | None, str]:
    """(model name for load_nli, precision) of a variant such as ``onnx-fp32`` or ``torch-bf16``."""
    runtime, _, precision = variant.rpartition("-")
    if runtime == "torch" and args.model is None:
        from factlint.models.default import WEIGHTS_FILE

        return str(WEIGHTS_FILE), precision  # our format by path runs on the torch runtime
    return args.model, precision


def import_runtime(model: str | None, variant: str = "") -> None:
    """Import what loading ``model`` needs, so a load time is the model's own (reading and
    applying weights), not module imports: the default model on ONNX Runtime, our format by path
    on the lean torch runtime (torch, safetensors), any other model on transformers'
    BERT classes."""
    from factlint.models.nli import ours_weights

    if model is None and not variant.startswith("torch"):
        import onnxruntime  # noqa: F401

        import factlint.models.onnx_runtime  # noqa: F401

        return
    import torch  # noqa: F401

    if ours_weights(model) is not None:
        import factlint.models.minilm  # noqa: F401
    else:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer  # noqa: F401
        from transformers.models.bert import modeling_bert  # noqa: F401


def rss_child(args) -> None:
    model, precision = variant_model(args, args.rss_precision)
    import_runtime(model, args.rss_precision)  # the baseline: what any process with the runtime pays

    from factlint.models import load_nli

    pairs = news_pairs(args.data, args.rss_child)
    after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    nli = load_nli(model, device=args.device, use_cache=False, precision=precision)
    _ = nli.model  # load now
    after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nli.score(pairs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "pairs": len(pairs),
                "peak_rss_after_import_mib": round(after_import, 1),
                "peak_rss_after_load_mib": round(after_load, 1),
                "peak_rss_after_score_mib": round(peak, 1),
            }
        )
    )


def run_variant(args, variant: str, eval_rows: dict, speed: list, unrelated: list) -> dict:
    from factlint.models import load_nli

    model, precision = variant_model(args, variant)
    import_runtime(model, variant)
    started = time.perf_counter()
    nli = load_nli(
        model, device=args.device, use_cache=False, batch_size=args.batch_size, precision=precision
    )
    _ = nli.model  # our model loads on its first cache miss: load it here, inside the timed part
    result: dict = {
        "load_seconds": round(time.perf_counter() - started, 2),
        "batch_size": nli.batch_size,
        "eval": {},
    }
    for name, rows in eval_rows.items():
        t0 = time.perf_counter()
        probs = nli.score([(r["premise"], r["hypothesis"]) for r in rows])
        result["eval"][name] = metrics(probs, [LABELS.index(r["label"]) for r in rows])
        result["eval"][name]["seconds"] = round(time.perf_counter() - t0, 2)
    if speed:
        cpu = time.process_time()
        rate, probs = pairs_per_second(nli, speed)
        cpu = time.process_time() - cpu
        result["news_pairs_per_second"] = round(rate, 1)
        result["news_pairs_per_cpu_second"] = round(len(speed) / max(cpu, 1e-9), 1)
        result["news_neighbours"] = contradiction_share(probs)
    if unrelated:
        result["news_unrelated"] = contradiction_share(nli.score(unrelated))
    result["fingerprint"] = nli.fingerprint
    return result


def weights_info(model: str | None) -> dict:
    """Which weights were measured (our format records the training steps in its metadata)."""
    from factlint.models.default import DEFAULT_NAME, WEIGHTS_FILE

    path = WEIGHTS_FILE if model in (None, DEFAULT_NAME) else Path(model)
    if path.suffix != ".safetensors" or not path.is_file():
        return {"model": model}
    # the header's own metadata (8-byte length, then JSON): no safetensors package, which the
    # default install does not have
    with open(path, "rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        meta = json.loads(handle.read(size)).get("__metadata__") or {}
    return {
        "model": model or DEFAULT_NAME,
        "weights": str(path),
        "weights_bytes": path.stat().st_size,
        **{k: meta[k] for k in ("method", "steps", "pairs", "seed") if k in meta},
    }


def print_table(report: dict) -> None:
    variants = list(report["variants"])
    print(
        f"\nNLI benchmark: {report['model']['model']} on {report['device']} "
        f"({report['threads']} threads, {report['cpu']}, "
        f"load average {report['load_average_at_start'][0]} at start)"
    )
    if "steps" in report["model"]:
        print(f"weights: {report['model']['weights']} (training steps {report['model']['steps']})")
    header = f"{'set':<12}{'n':>6}" + "".join(f"{'acc ' + v:>12}" for v in variants)
    print("\n" + header + "\n" + "-" * len(header))
    for name in report["variants"][variants[0]]["eval"]:
        row = report["variants"][variants[0]]["eval"][name]
        print(
            f"{name:<12}{row['n']:>6}"
            + "".join(f"{report['variants'][v]['eval'][name]['accuracy']:>12.3f}" for v in variants)
        )
    print()
    for label, key in (
        ("news pairs/s", "news_pairs_per_second"),
        ("pairs per CPU second", "news_pairs_per_cpu_second"),
        ("  x torch-fp32 (CPU s)", "x_torch_fp32_per_cpu_second"),
        ("pairs per model call", "batch_size"),
        ("load time (s)", "load_seconds"),
    ):
        print(f"{label:<26}" + "".join(f"{str(report['variants'][v].get(key, '-')):>12}" for v in variants))
    for label, key in (("clean neighbours", "news_neighbours"), ("unrelated pairs", "news_unrelated")):
        print(
            f"{label + ': contradiction':<26}"
            + "".join(f"{_share(report['variants'][v].get(key)):>12}" for v in variants)
        )
    for v in variants:
        rss = report["variants"][v].get("memory", {})
        if "peak_rss_after_score_mib" in rss:
            print(
                f"peak RSS {v}: {rss['peak_rss_after_import_mib']:.0f} MiB after imports, "
                f"{rss['peak_rss_after_load_mib']:.0f} MiB after load, "
                f"{rss['peak_rss_after_score_mib']:.0f} MiB after scoring {rss['pairs']} pairs"
            )
        elif rss:
            print(f"peak RSS {v}: {rss.get('error')}")
    print(f"import the first variant's runtime: {report['import_seconds']} s")
    for v in variants:
        print(f"\nper class, {v}:  precision / recall   (confusion: rows gold e/n/c, columns predicted)")
        for name, row in report["variants"][v]["eval"].items():
            cells = "  ".join(
                f"{label[:5]} {c['precision']:.2f}/{c['recall']:.2f}" for label, c in row["per_class"].items()
            )
            print(f"  {name:<12}{cells}   {row['confusion']}")


def _share(entry: dict | None) -> str:
    return "-" if not entry else f"{entry['argmax_contradiction']:.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None, help="model name (default: factlint-minilm-nli)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument(
        "--limit",
        type=int,
        default=0,
        help="pairs per eval set, and at most this many for speed/memory (0: all)",
    )
    parser.add_argument("--speed-pairs", type=int, default=1000)
    parser.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help="pairs per model call for every variant (default: each runtime's own, as factlint runs it)",
    )
    parser.add_argument("--rss-pairs", type=int, default=1000)
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 comparison")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "nli.json")
    parser.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--rss-precision", default="fp32", help=argparse.SUPPRESS)
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="measure pairs/s and load time only (no eval sets, no memory)",
    )
    parser.add_argument(
        "--precisions",
        default="onnx-fp32,onnx-int8,torch-fp32",
        help="the runtimes and arithmetics to compare (the first is the reference)",
    )
    args = parser.parse_args(argv)

    if not (args.data / "nli/eval").is_dir():
        print(f"benchmark data not found at {args.data} (pass --data)", file=sys.stderr)
        return 2
    if args.rss_child:
        rss_child(args)
        return 0

    variants = [p.strip() for p in args.precisions.split(",") if p.strip()]
    if args.no_int8:
        variants = [p for p in variants if not p.endswith("int8")]
    # Memory first, while this process is still small: Linux carries a parent's peak RSS into
    # a forked child's ru_maxrss, so a child forked after the model loaded here would report it.
    rss_n = min(args.rss_pairs, args.limit or args.rss_pairs)
    memory = {} if args.speed_only else {label: measure_rss(args, label, rss_n) for label in variants}

    started = time.perf_counter()
    import_runtime(*variant_model(args, variants[0])[:1], variants[0])
    import_seconds = round(time.perf_counter() - started, 2)
    from factlint.linter.errors import ModelError
    from factlint.models.nli import cpu_description

    cap = args.limit or None
    eval_rows = (
        {}
        if args.speed_only
        else {name: read_jsonl(args.data / f"nli/eval/{name}.jsonl")[:cap] for name in EVAL_SETS}
    )
    speed = news_pairs(args.data, min(args.speed_pairs, args.limit or args.speed_pairs))
    unrelated = unrelated_pairs(args.data, min(args.speed_pairs, args.limit or args.speed_pairs))

    report: dict = {
        "model": weights_info(args.model),
        "device": args.device,
        "cpu": cpu_description(),
        "limit": args.limit,
        "import_seconds": import_seconds,
        "variants": {},
        # speed numbers are only comparable on an otherwise idle machine
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        for label in variants:
            result = run_variant(args, label, eval_rows, speed, unrelated)
            result["memory"] = memory.get(label, {})
            report["variants"][label] = result
    except ModelError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    torch_rate = report["variants"].get("torch-fp32", {}).get("news_pairs_per_cpu_second")
    for result in report["variants"].values():  # the target: >= 2x torch fp32 per CPU second
        if torch_rate and result.get("news_pairs_per_cpu_second"):
            result["x_torch_fp32_per_cpu_second"] = round(result["news_pairs_per_cpu_second"] / torch_rate, 2)
    from factlint.models.onnx_runtime import threads

    report["threads"] = threads()  # what load_nli gives ONNX Runtime (and caps torch at)
    if "torch" in sys.modules:
        import torch

        if args.device.startswith("cuda") and torch.cuda.is_available():
            report["gpu"] = torch.cuda.get_device_name(0)
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

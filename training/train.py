"""Recipe for ``factlint-minilm-nli``: ``python -m factlint.training.train --data ../shared/data``.

Seeded and CPU-only by default (2 cores, well under 2 hours at the default budget). Steps:

1. sample the NLI pool (``nli/train/pairs.jsonl.gz``): every human-labelled 3-way source, capped per
   source so no one set dominates; machine-labelled sets weighted down; 2-way sets kept with the
   missing class *masked* in the loss (a FEVER "refutes" is a contradiction, but a FEVER
   "supports" says nothing about neutral);
2. add synthetic news pairs (``training/synthetic.py``) from ``news/train/articles.jsonl``;
3. fine-tune the base encoder (word embeddings frozen; ``--method lora`` trains a LoRA adapter
   instead) for ``--epochs`` with length-bucketed batches, on ``--device`` (cpu by default; the
   shipped weights were trained on a GPU through ``training/gpu_bundle.py``, settings in the model
   card);
4. write the weights, a metrics JSON (accuracy per eval set, per-class precision/recall) and
   print them. The eval sets are read only for that final measurement, never for training.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

from factlint.models.default import LABELS, WEIGHTS_FILE

LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}

# Sources whose texts are machine-made or template labels: kept, but at half weight and capped.
CAP_DEFAULT = 6000
CAP_MACHINE = 600
# Long passages (ConTRoL) cost a lot of CPU per pair for little news-like signal.
CAP_PER_SOURCE = {"control:train": 1500, "control:dev": 0, "control:test": 0}


def allowed_classes(label_space: str) -> list[int]:
    """Classes a source can express; the others are masked out of its softmax."""
    if label_space.startswith("2way-e/c"):
        return [0, 2]
    if label_space.startswith("2way-e/n"):
        return [0, 1]
    return [0, 1, 2]


def target_classes(label: str) -> list[int]:
    if label == "not_contradiction":
        return [0, 1]
    return [LABEL_INDEX[label]]


def load_pool(path: Path, budget: int, rng: random.Random, cap: int = CAP_DEFAULT) -> list[dict]:
    by_source: dict[str, list[dict]] = defaultdict(list)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_source[row["source"]].append(row)
    picked: list[dict] = []
    for source in sorted(by_source):
        rows = by_source[source]
        rng.shuffle(rows)
        machine = not rows[0].get("human_label", True)
        limit = CAP_PER_SOURCE.get(source, CAP_MACHINE if machine else cap)
        for row in rows[:limit]:
            row["weight"] = 0.5 if not row.get("human_label", True) else 1.0
            picked.append(row)
    rng.shuffle(picked)
    return picked[:budget]


def split_sentences(text: str) -> list[str]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    out: list[str] = []
    for paragraph in text.splitlines():
        if paragraph.strip():
            out.extend(s.strip() for s in segmenter.segment(paragraph) if s.strip())
    return out


def load_synthetic(path: Path, seed: int, limit: int, harder: bool = False) -> list[dict]:
    from .synthetic import generate

    articles = [split_sentences(json.loads(line)["text"]) for line in open(path, encoding="utf-8")]
    pairs = generate(articles, seed=seed, harder=harder)
    random.Random(seed).shuffle(pairs)
    return [
        {
            "premise": p.premise,
            "hypothesis": p.hypothesis,
            "label": p.label,
            "label_space": "3way",
            "source": f"synthetic:{p.kind}",
            "weight": 1.0,
        }
        for p in pairs[:limit]
    ]


def read_eval(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def batches_by_length(encoded: list[tuple], batch_size: int, rng: random.Random) -> list[list[tuple]]:
    """Shuffle, then sort within windows of 50 batches so each batch has similar lengths."""
    order = list(encoded)
    rng.shuffle(order)
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda item: len(item[0]))
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def collate(batch: list[tuple], pad_id: int):
    import torch

    width = max(len(ids) for ids, *_ in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    types = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    allowed = torch.zeros((len(batch), 3), dtype=torch.bool)
    target = torch.zeros((len(batch), 3), dtype=torch.bool)
    weight = torch.zeros(len(batch))
    for row, (tok, typ, allow, tgt, w) in enumerate(batch):
        ids[row, : len(tok)] = torch.tensor(tok)
        types[row, : len(typ)] = torch.tensor(typ)
        mask[row, : len(tok)] = 1
        allowed[row, allow] = True
        target[row, tgt] = True
        weight[row] = w
    return ids, types, mask, allowed, target, weight


def masked_loss(logits, allowed, target, weight, class_weight):
    """-log P(target set | allowed classes), weighted per example and per class."""
    import torch

    neg_inf = torch.finfo(logits.dtype).min
    logits = logits.masked_fill(~allowed, neg_inf)
    log_z = torch.logsumexp(logits, dim=-1)
    log_target = torch.logsumexp(logits.masked_fill(~target, neg_inf), dim=-1)
    per_class = (target.float() * class_weight).sum(-1) / target.float().sum(-1)
    return ((log_z - log_target) * weight * per_class).sum() / weight.sum()


def evaluate(scorer, rows: list[dict]) -> dict:
    """Accuracy and per-class precision/recall of ``scorer(pairs) -> probs (n, 3)``."""
    probs = scorer([(r["premise"], r["hypothesis"]) for r in rows])
    pred = probs.argmax(axis=1)
    gold = [LABEL_INDEX[r["label"]] for r in rows]
    result = {"n": len(rows), "accuracy": float(sum(int(p == g) for p, g in zip(pred, gold)) / len(rows))}
    for index, label in enumerate(LABELS):
        tp = sum(1 for p, g in zip(pred, gold) if p == index and g == index)
        predicted = sum(1 for p in pred if p == index)
        actual = sum(1 for g in gold if g == index)
        result[label] = {
            "precision": tp / predicted if predicted else 0.0,
            "recall": tp / actual if actual else 0.0,
            "support": actual,
        }
    return result


def news_probe(data: Path, seed: int = 0, neutral_pairs: int = 600) -> dict:
    """Rows of the news probe: the gap the issue names (real contradictions in documents).

    * ContraDoc dev positives: (reference sentence, planted evidence sentence) -> contradiction;
    * clean news dev: two sentences of the same article -> "not contradiction" (the pairs a
      linter scores all day; a contradiction here is a false alarm).
    Both are dev data (tuning), never used for training.
    """
    rng = random.Random(seed)
    contradictions = []
    for line in open(data / "contradoc/dev/positives.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        refs = doc["references"] if isinstance(doc["references"], list) else [doc["references"]]
        for ref in refs[:1]:
            contradictions.append(
                {
                    "premise": ref,
                    "hypothesis": doc["evidence"],
                    "label": "contradiction",
                    "type": doc["contra_type"],
                }
            )
    clean = []
    articles = [json.loads(line)["text"] for line in open(data / "news/dev/articles.jsonl", encoding="utf-8")]
    while len(clean) < neutral_pairs:
        sentences = split_sentences(rng.choice(articles))
        sentences = [s for s in sentences if len(s.split()) >= 6]
        if len(sentences) >= 4:
            a, b = rng.sample(range(len(sentences)), 2)
            clean.append({"premise": sentences[a], "hypothesis": sentences[b], "label": "neutral"})
    return {"contradictions": contradictions, "clean": clean}


def evaluate_probe(scorer, probe: dict) -> dict:
    """Contradiction recall on ContraDoc pairs (both directions, max) and false-contradiction rate
    on clean same-article pairs, at argmax and at p(contradiction) >= 0.5 / 0.8."""

    def contra(rows, both):
        pairs = [(r["premise"], r["hypothesis"]) for r in rows]
        p = scorer(pairs)
        if both:
            q = scorer([(h, p_) for p_, h in pairs])
            return [max(a[2], b[2]) for a, b in zip(p, q)], [
                max(int(a.argmax() == 2), int(b.argmax() == 2)) for a, b in zip(p, q)
            ]
        return [a[2] for a in p], [int(a.argmax() == 2) for a in p]

    c_prob, c_arg = contra(probe["contradictions"], True)
    n_prob, n_arg = contra(probe["clean"], True)
    out = {
        "contradoc_pairs": len(c_prob),
        "clean_pairs": len(n_prob),
        "contradiction_recall_argmax": sum(c_arg) / len(c_arg),
        "clean_false_contradiction_argmax": sum(n_arg) / len(n_arg),
    }
    for t in (0.5, 0.8, 0.9):
        out[f"contradiction_recall_p{t}"] = sum(x >= t for x in c_prob) / len(c_prob)
        out[f"clean_false_contradiction_p{t}"] = sum(x >= t for x in n_prob) / len(n_prob)
    return out


def make_scorer(model, tokenizer, max_length: int = 128, batch_size: int = 64, device=None):
    import numpy as np
    import torch

    def score(pairs):
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                enc = tokenizer(
                    [pairs[i][0] for i in idx],
                    [pairs[i][1] for i in idx],
                    truncation="longest_first",
                    max_length=max_length,
                    padding=True,
                    return_tensors="pt",
                )
                if device is not None:
                    enc = {k: v.to(device) for k, v in enc.items()}
                out[idx] = torch.softmax(model(**enc).logits.float(), dim=-1).cpu().numpy()
        return out

    return score


def evaluate_all(scorer, args, metrics: dict) -> dict:
    metrics["eval"] = {}
    for name in ("mnli-eval", "sick-trial", "rte3-test"):
        rows = read_eval(args.data / f"nli/eval/{name}.jsonl")[: args.eval_limit or None]
        metrics["eval"][name] = evaluate(scorer, rows)
        print(f"{name}: accuracy {metrics['eval'][name]['accuracy']:.3f}", flush=True)
    probe = news_probe(args.data)
    if args.eval_limit:  # a quick run (tests): the probe shrinks with the eval sets
        probe = {kind: rows[: args.eval_limit] for kind, rows in probe.items()}
    metrics["news_probe"] = evaluate_probe(scorer, probe)
    print(f"news probe: {metrics['news_probe']}", flush=True)
    args.metrics.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics


def evaluate_weights(args) -> dict:
    import torch
    from safetensors import safe_open
    from transformers import AutoTokenizer

    from factlint.models.base import base_model_dir
    from factlint.models.default import load_default_model

    torch.set_num_threads(args.threads)
    model = load_default_model(args.out)
    with safe_open(str(args.out), framework="pt") as handle:
        meta = handle.metadata() or {}
    scorer = make_scorer(model, AutoTokenizer.from_pretrained(str(base_model_dir())))
    return evaluate_all(scorer, args, {"weights": str(args.out.name), "meta": meta})


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--metrics", type=Path, default=Path(__file__).parent / "metrics.json")
    parser.add_argument("--pool", type=int, default=72000, help="pairs sampled from the NLI pool")
    parser.add_argument(
        "--cap",
        type=int,
        default=CAP_DEFAULT,
        help="pairs per human-labelled source at most (so no one set dominates)",
    )
    parser.add_argument("--synthetic", type=int, default=24000, help="synthetic news pairs (0: none)")
    parser.add_argument(
        "--harder-edits",
        action="store_true",
        help="synthetic pairs also flip stances, feelings and relations and state "
        "part of the contradictions with less shared wording (session 4's "
        "experiment; not in the shipped recipe)",
    )
    parser.add_argument("--method", choices=["full", "lora"], default="full")
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument(
        "--contradiction-weight",
        type=float,
        default=1.2,
        help="loss weight of the contradiction class (recall on news edits)",
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--device", default="cpu", help="cpu, or cuda (bf16 autocast) for the GPU run")
    parser.add_argument(
        "--bf16",
        action="store_true",
        help="bf16 autocast on the CPU too (about 2x faster on CPUs with AMX or "
        "AVX512-BF16; always on for cuda)",
    )
    parser.add_argument(
        "--init",
        type=Path,
        default=None,
        help="start from this weights file of our format instead of the bare base (continued training)",
    )
    parser.add_argument(
        "--time-budget",
        type=float,
        default=0.0,
        help="minutes of training at most: after 500 steps the schedule is shortened "
        "to fit (0: train the full --epochs)",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--eval-limit", type=int, default=0, help="pairs per eval set and per news-probe part (0: all)"
    )
    parser.add_argument("--checkpoint-every", type=int, default=500, help="steps between saves")
    parser.add_argument(
        "--onnx-out",
        type=Path,
        default=None,
        help="folder for the exported ONNX files (default: models/weights/ when "
        "--out is the shipped weights file, else <out>-onnx/ next to it)",
    )
    parser.add_argument(
        "--eval-only", action="store_true", help="skip training: evaluate the weights file given by --out"
    )
    args = parser.parse_args(argv)
    if args.eval_only:
        return evaluate_weights(args)

    import numpy as np
    import torch
    from transformers import AutoTokenizer

    from factlint.models.base import base_model_dir
    from factlint.models.default import save_weights

    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    started = time.time()

    rows, synthetic = _training_rows(args, rng)
    print(f"training pairs: {len(rows)}  by label: {dict(Counter(r['label'] for r in rows))}", flush=True)

    tokenizer = AutoTokenizer.from_pretrained(str(base_model_dir()))
    enc = tokenizer(
        [r["premise"] for r in rows],
        [r["hypothesis"] for r in rows],
        truncation="longest_first",
        max_length=args.max_length,
    )
    encoded = [
        (ids, typ, allowed_classes(r["label_space"]), target_classes(r["label"]), r["weight"])
        for ids, typ, r in zip(enc["input_ids"], enc["token_type_ids"], rows)
    ]

    device = torch.device(args.device)
    model = _model_to_train(args)
    model.to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        params, lr=args.lr if args.method == "full" else args.lr * 8, weight_decay=0.01
    )
    steps_per_epoch = math.ceil(len(encoded) / args.batch_size)
    total_steps = max(1, int(steps_per_epoch * args.epochs))
    warmup = max(1, total_steps // 20)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup)))
    )
    class_weight = torch.tensor([1.0, 1.0, args.contradiction_weight], device=device)
    bf16 = device.type == "cuda" or args.bf16
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16)

    def export(final: bool) -> None:
        target = model.merge_and_unload() if (args.method == "lora" and final) else model
        if args.method == "lora" and not final:
            return  # merging mid-run would destroy the adapter; LoRA saves only at the end
        save_weights(
            target, args.out, {"method": args.method, "seed": args.seed, "steps": step, "pairs": len(encoded)}
        )

    model.train()
    step, running = 0, 0.0
    loop_started = mark = time.time()
    while step < total_steps:
        for batch in batches_by_length(encoded, args.batch_size, rng):
            if step >= total_steps:
                break
            ids, types, mask, allowed, target, weight = (
                t.to(device, non_blocking=True) for t in collate(batch, tokenizer.pad_token_id)
            )
            with autocast:
                logits = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits
            loss = masked_loss(logits.float(), allowed, target, weight, class_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if args.time_budget and step in (400, 500):
                mark, total_steps = _fit_budget(args.time_budget, step, mark, loop_started, total_steps)
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 50 == 0:
                rate = step * args.batch_size / (time.time() - started)
                print(
                    f"step {step}/{total_steps} loss {running:.3f} {rate:.1f} pairs/s "
                    f"{(time.time() - started) / 60:.1f} min",
                    flush=True,
                )
            if step % args.checkpoint_every == 0:
                export(final=False)

    if args.method == "lora":
        model = model.merge_and_unload()
    train_minutes = (time.time() - started) / 60
    save_weights(
        model, args.out, {"method": args.method, "seed": args.seed, "steps": step, "pairs": len(encoded)}
    )
    model.eval()
    scorer = make_scorer(model, tokenizer, device=device)
    metrics: dict = {
        "method": args.method,
        "seed": args.seed,
        "training_pairs": len(encoded),
        "synthetic_pairs": len(synthetic),
        "harder_edits": args.harder_edits,
        "steps": step,
        "train_minutes": round(train_minutes, 1),
        "threads": args.threads,
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "epochs": round(step / steps_per_epoch, 2),
        "batch_size": args.batch_size,
        "lr": args.lr,
        "cap": args.cap,
        "by_label": dict(Counter(r["label"] for r in rows)),
        "init": str(args.init) if args.init else None,
        "bf16": bf16,
    }
    evaluate_all(scorer, args, metrics)
    metrics["onnx"] = export_and_verify(args.out, args.onnx_out)
    if args.metrics:
        args.metrics.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics


def _training_rows(args, rng: random.Random) -> tuple[list[dict], list[dict]]:
    """The training pairs (sampled from the NLI pool, then the synthetic news pairs) and the
    synthetic ones alone."""
    pool = args.data / "nli/train/pairs.jsonl.gz"
    if not pool.is_file():  # an uncompressed copy (the GPU bundle ships it that way)
        pool = pool.with_suffix("")
    rows = load_pool(pool, args.pool, rng, cap=args.cap)
    synthetic = []
    if args.synthetic:
        synthetic = load_synthetic(
            args.data / "news/train/articles.jsonl", args.seed, args.synthetic, args.harder_edits
        )
        rows += synthetic
    return rows, synthetic


def _model_to_train(args):
    """The model to train: the bare base or --init, wrapped in LoRA adapters, or with frozen
    embeddings for full fine-tuning."""
    from factlint.models.default import build_model, load_default_model

    model = build_model() if args.init is None else load_default_model(args.init)
    if args.method == "lora":
        from peft import LoraConfig, get_peft_model

        return get_peft_model(
            model,
            LoraConfig(
                r=16,
                lora_alpha=32,
                lora_dropout=0.05,
                task_type="SEQ_CLS",
                target_modules=["query", "key", "value", "dense"],
                modules_to_save=["classifier", "pooler"],
            ),
        )
    for param in model.bert.embeddings.parameters():
        param.requires_grad = False
    return model


def _fit_budget(
    budget_minutes: float, step: int, mark: float, loop_started: float, total_steps: int
) -> tuple[float, int]:
    """Fit the schedule into the budget, timing steps 400-500 (the first ones pay for warm-up:
    kernels for each new batch shape, allocator); the LR decay follows the new total. Returns
    the time mark (set at step 400) and the total number of steps."""
    now = time.time()
    if step == 400:
        return now, total_steps
    per_step = (now - mark) / 100
    left_s = budget_minutes * 60 - (now - loop_started)
    total_steps = min(total_steps, max(step + 1, step + int(left_s / per_step)))
    print(f"time budget: {total_steps} steps ({per_step * 1000:.0f} ms/step)", flush=True)
    return mark, total_steps


def export_and_verify(weights: Path, folder: Path | None = None) -> dict:
    """The recipe's last step: write the ONNX files the linter runs (``export.py``) and check the
    float32 graph against the trained model within 1e-4 (``verify.py``)."""
    from .export import export
    from .verify import verify

    if folder is None:
        folder = (
            WEIGHTS_FILE.parent
            if weights.resolve() == WEIGHTS_FILE.resolve()
            else weights.with_name(weights.stem + "-onnx")
        )
    export(folder, weights)
    report = verify(folder)
    print(
        f"ONNX export in {folder}: fp32 max |p - torch| {report['fp32']['max_abs_diff']:.1e}, "
        f"int8 same verdict {report['int8']['same_verdict']:.0%}",
        flush=True,
    )
    if not report["ok"]:
        raise SystemExit(f"ONNX export of {weights} differs from the torch model: {report}")
    return {"folder": str(folder), **report}


if __name__ == "__main__":
    main()

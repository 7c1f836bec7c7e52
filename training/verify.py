"""Check exported ONNX files against the torch model they came from (the ``[train]`` extra).

The reference is transformers' BERT with the folder's own float16 tensors (our weights file and
the shipped embeddings), so the check measures the export, not the storage choice: the float32
graph must give the same probabilities within 1e-4. The int8 graph is reported (agreement of the
verdicts), not held to that bound.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

PAIRS = [
    ("The council approved the budget on Tuesday.", "The council rejected the budget on Tuesday."),
    ("A man is playing a guitar.", "A man plays an instrument."),
    ("Exports rose 12% to $4.5bn in 2023.", "Exports fell in 2023."),
    ("The museum is open every day.", "The museum is closed on Mondays."),
    ("Police said no one was injured in the fire.", "Three people were injured in the fire."),
    ("The minister resigned on Monday after weeks of pressure.", "The minister resigned."),
    ("", "An empty premise."),
    (
        " ".join(["The river was closed to traffic after the storm."] * 80),
        "The river has never been opened to traffic.",
    ),
]
TOLERANCE = 1e-4


def verify(folder: Path, pairs: list[tuple[str, str]] | None = None) -> dict:
    import torch

    from factlint.models.default import load_default_model
    from factlint.models.default import BASE_WEIGHTS, EMBED_KEYS, NLI_WEIGHTS
    from factlint.models.onnx_runtime import OnnxNLI, read_tensors, tokenizer

    pairs = pairs or PAIRS
    reference = load_default_model(folder / NLI_WEIGHTS)
    shipped = read_tensors(folder / BASE_WEIGHTS, set(EMBED_KEYS))
    reference.load_state_dict(
        {f"bert.{k}": torch.from_numpy(v.astype(np.float32)) for k, v in shipped.items()}, strict=False
    )
    tok = tokenizer(folder)
    enc = tok(
        [p[0] for p in pairs],
        [p[1] for p in pairs],
        truncation="longest_first",
        max_length=256,
        padding=True,
        return_tensors="np",
    )
    with torch.inference_mode():
        theirs = torch.softmax(
            reference(**{k: torch.from_numpy(v) for k, v in enc.items()}).logits, -1
        ).numpy()
    report: dict = {"pairs": len(pairs)}
    for precision in ("fp32", "int8"):
        logits = OnnxNLI(precision, folder=folder)(**enc)
        ours = np.exp(logits - logits.max(1, keepdims=True))
        ours /= ours.sum(1, keepdims=True)
        report[precision] = {
            "max_abs_diff": float(np.abs(ours - theirs).max()),
            "same_verdict": float((ours.argmax(1) == theirs.argmax(1)).mean()),
        }
    report["ok"] = report["fp32"]["max_abs_diff"] < TOLERANCE
    return report

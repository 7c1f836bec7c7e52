"""The training recipe runs end to end (a tiny budget): it reads the shared pool, trains, writes a
weights file of our format that the backend loads, and can continue from such a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")  # the recipe ends by exporting the ONNX files
pytest.importorskip("pysbd")  # the recipe's sentence splitter (the train extra)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_data = pytest.mark.skipif(
    not (DATA / "nli/train/pairs.jsonl.gz").is_file(), reason="needs ../shared/data (the NLI pool)"
)


def tiny_run(tmp_path: Path, name: str, *extra: str) -> tuple[Path, dict]:
    from factlint.training.train import main

    out, metrics = tmp_path / f"{name}.safetensors", tmp_path / f"{name}.json"
    main(
        [
            "--data",
            str(DATA),
            "--pool",
            "48",
            "--synthetic",
            "0",
            "--epochs",
            "1",
            "--batch-size",
            "16",
            "--eval-limit",
            "6",
            "--checkpoint-every",
            "1000",
            "--out",
            str(out),
            "--metrics",
            str(metrics),
            *extra,
        ]
    )
    return out, json.loads(metrics.read_text())


@needs_data
def test_recipe_trains_and_continues(tmp_path):
    from safetensors.torch import load_file

    from factlint.models import load_nli

    first, metrics = tiny_run(tmp_path, "first")
    assert metrics["steps"] == 3 and metrics["training_pairs"] == 48 and metrics["init"] is None
    assert set(metrics["eval"]) == {"mnli-eval", "sick-trial", "rte3-test"}
    # ... and ends with the ONNX files the linter runs, checked against the torch model
    onnx_folder = Path(metrics["onnx"]["folder"])
    assert onnx_folder == tmp_path / "first-onnx" and metrics["onnx"]["ok"]
    assert metrics["onnx"]["fp32"]["max_abs_diff"] < 1e-4
    from factlint.models.onnx_runtime import OnnxNLI, tokenizer

    enc = tokenizer(onnx_folder)(["The vote passed."], ["The vote failed."], return_tensors="np")
    assert OnnxNLI("fp32", folder=onnx_folder)(**enc).shape == (1, 3)
    probs = load_nli(str(first), use_cache=False).score([("The vote passed.", "The vote failed.")])
    assert probs.shape == (1, 3) and abs(float(probs.sum()) - 1.0) < 1e-5

    second, metrics = tiny_run(tmp_path, "second", "--init", str(first), "--bf16", "--seed", "14")
    assert metrics["init"] == str(first) and metrics["bf16"] is True
    before, after = load_file(str(first)), load_file(str(second))
    assert before.keys() == after.keys()
    # Continued training started from the first file's head (a fresh head, drawn with another
    # seed, would differ by about 0.1: init std 0.02) and moved it by a few optimizer steps.
    moved = (before["classifier.weight"].float() - after["classifier.weight"].float()).abs().max()
    assert 0 < float(moved) < 0.005

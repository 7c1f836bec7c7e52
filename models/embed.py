"""Sentence embeddings from the base all-MiniLM-L6-v2 (without our NLI weights).

That is the model's intended use: mean pooling over the token states, then L2 normalisation, so a
dot product is the cosine similarity. We run it through our lean runtime (``minilm.py``) instead
of sentence-transformers or transformers to keep imports light (a pre-commit hook's cold start);
the pooling is the two lines below.
"""

from __future__ import annotations

import json
from typing import Iterable

import numpy as np

from ..linter.errors import ModelError

_EMBEDDERS: dict[str, "Embedder"] = {}  # one per device and process


def load_embedder(device: str = "cpu") -> "Embedder":
    """The base sentence embedder, loaded once per process and device."""
    from .nli import _import_torch, configure_threads, resolve_device

    _import_torch(transformers=False)
    dev = resolve_device(device)
    if dev not in _EMBEDDERS:
        configure_threads()
        _EMBEDDERS[dev] = Embedder(dev)
    return _EMBEDDERS[dev]


class Embedder:
    """``encode(texts) -> (n, 384)`` float32 unit vectors, rows in input order."""

    def __init__(self, device: str = "cpu", batch_size: int = 64):
        from .base import BaseModelError, base_model_dir
        from .minilm import load_lean

        try:
            folder = base_model_dir()
        except BaseModelError as err:
            raise ModelError(str(err)) from None
        try:
            self.model, self.tokenizer = load_lean(folder)
        except Exception as err:
            raise ModelError(f"cannot load the sentence embedder from {folder}: "
                             f"{type(err).__name__}: {err}") from None
        self.model.to(device).eval()
        self.device = device
        self.batch_size = batch_size
        self.dim = int(self.model.config.hidden_size)
        self.max_length = _max_seq_length(folder)

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        import torch

        texts = list(texts)
        if not all(isinstance(t, str) for t in texts):
            raise TypeError("encode() takes a list of strings")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding per batch
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start:start + self.batch_size]
                enc = self.tokenizer([texts[i] for i in idx], truncation=True,
                                     max_length=self.max_length, padding=True, return_tensors="pt")
                enc = {k: v.to(self.device) for k, v in enc.items()}
                states = self.model(**enc).last_hidden_state.float()
                mask = enc["attention_mask"].unsqueeze(-1).to(states.dtype)
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out[idx] = torch.nn.functional.normalize(pooled, p=2, dim=1).cpu().numpy()
        return out


def _max_seq_length(folder) -> int:
    """sentence-transformers' setting for this model (256), not BERT's 512 positions."""
    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return 256

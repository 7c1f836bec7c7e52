"""Sentence embeddings from the base all-MiniLM-L6-v2 (without our NLI weights).

That is the model's intended use: mean pooling over the token states, then L2 normalisation, so a
dot product is the cosine similarity. It runs on ONNX Runtime (``onnx_runtime.py``; the pooling is
inside the shipped graph ``all-minilm-l6-v2.onnx``), with no torch, transformers or
sentence-transformers: a pre-commit hook's cold start stays short.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from ..linter.errors import ModelError  # noqa: F401  (raised by the loaders below)

_EMBEDDERS: dict[str, "Embedder"] = {}  # one per device and process


def load_embedder(device: str = "cpu") -> "Embedder":
    """The base sentence embedder, loaded once per process and device."""
    dev = (device or "cpu").strip().lower()
    if dev not in _EMBEDDERS:
        _EMBEDDERS[dev] = Embedder(dev)
    return _EMBEDDERS[dev]


class Embedder:
    """``encode(texts) -> (n, 384)`` float32 unit vectors, rows in input order."""

    def __init__(self, device: str = "cpu", batch_size: int = 16):
        from .onnx_runtime import OnnxEmbedder, tokenizer

        self.model = OnnxEmbedder(device)
        self.tokenizer = tokenizer()
        self.device = device
        self.batch_size = batch_size
        self.dim = self.model.hidden_size
        self.max_length = self.model.max_length  # sentence-transformers' 256, not BERT's 512

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        texts = list(texts)
        if not all(isinstance(t, str) for t in texts):
            raise TypeError("encode() takes a list of strings")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        # Sorted by length in tokens, in batches of 16: less padding and smaller attention
        # matrices per call, the fastest per CPU second measured for the NLI graph too.
        encoded = self.tokenizer(texts, truncation=True, max_length=self.max_length)
        lengths = [len(ids) for ids in encoded["input_ids"]]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self.model(**self.tokenizer.padded(encoded, idx))
        return out

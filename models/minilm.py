"""A lean inference runtime for our own MiniLM models: the base embedder and factlint-minilm-nli.

Why not transformers here: importing ``transformers`` and its BERT module costs about 1.8 s on
this 2-core machine (it pulls in torch.distributed, scipy.optimize and more), which is half the
cold-start budget of a pre-commit hook. Our two models share one fixed architecture (BERT,
6 layers, 384 wide, 12 heads, absolute positions, GELU), so their forward pass is the ~60 lines
below, on plain ``torch.nn`` layers (``nn.Linear``, so dynamic int8 quantization and bf16
autocast work as before) and ``F.scaled_dot_product_attention``. Tokenizing reads the base's
``tokenizer.json`` with ``tokenizer.py`` (plain-Python WordPiece, the ``tokenizers`` library's ids).

transformers stays the runtime for training, for the GPU and for any other model; a test checks
that this module and transformers give the same tokens and the same probabilities on the real
weights.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import torch
import torch.nn.functional as F
from torch import nn

from .tokenizer import LeanTokenizer  # noqa: F401  (re-exported: the tokenizer needs no torch)


@dataclass
class BertShape:
    vocab_size: int = 30522
    hidden_size: int = 384
    num_hidden_layers: int = 6
    num_attention_heads: int = 12
    intermediate_size: int = 1536
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12

    @classmethod
    def from_config(cls, config: dict) -> "BertShape":
        if (
            config.get("model_type", "bert") != "bert"
            or config.get("hidden_act", "gelu") != "gelu"
            or config.get("position_embedding_type", "absolute") != "absolute"
        ):
            raise ValueError("the lean runtime runs BERT encoders with GELU and absolute positions only")
        return cls(**{k: config[k] for k in cls.__dataclass_fields__ if k in config})


class _Layer(nn.Module):
    def __init__(self, s: BertShape):
        super().__init__()
        self.heads = s.num_attention_heads
        self.query, self.key, self.value = (nn.Linear(s.hidden_size, s.hidden_size) for _ in range(3))
        self.attention_out = nn.Linear(s.hidden_size, s.hidden_size)
        self.attention_norm = nn.LayerNorm(s.hidden_size, eps=s.layer_norm_eps)
        self.intermediate = nn.Linear(s.hidden_size, s.intermediate_size)
        self.output = nn.Linear(s.intermediate_size, s.hidden_size)
        self.output_norm = nn.LayerNorm(s.hidden_size, eps=s.layer_norm_eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape

        def split(t: torch.Tensor) -> torch.Tensor:  # (B, L, W) -> (B, heads, L, W / heads)
            return t.view(batch, length, self.heads, width // self.heads).transpose(1, 2)

        attended = F.scaled_dot_product_attention(
            split(self.query(x)), split(self.key(x)), split(self.value(x)), attn_mask=mask
        )
        attended = attended.transpose(1, 2).reshape(batch, length, width)
        x = self.attention_norm(x + self.attention_out(attended))
        return self.output_norm(x + self.output(F.gelu(self.intermediate(x))))


class MiniLM(nn.Module):
    """BERT encoder; with ``num_labels`` also the pooler and a sequence-classification head.
    ``forward`` returns token states (B, L, W), or logits (B, num_labels) with a head."""

    def __init__(self, shape: BertShape, num_labels: int = 0):
        super().__init__()
        self.shape = shape
        self.word_embeddings = nn.Embedding(shape.vocab_size, shape.hidden_size)
        self.position_embeddings = nn.Embedding(shape.max_position_embeddings, shape.hidden_size)
        self.token_type_embeddings = nn.Embedding(shape.type_vocab_size, shape.hidden_size)
        self.embedding_norm = nn.LayerNorm(shape.hidden_size, eps=shape.layer_norm_eps)
        self.layers = nn.ModuleList(_Layer(shape) for _ in range(shape.num_hidden_layers))
        self.num_labels = num_labels
        if num_labels:
            self.pooler = nn.Linear(shape.hidden_size, shape.hidden_size)
            self.classifier = nn.Linear(shape.hidden_size, num_labels)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        x = self.embedding_norm(
            self.word_embeddings(input_ids)
            + self.position_embeddings(positions)
            + self.token_type_embeddings(token_type_ids)
        )
        # Boolean mask (B, 1, 1, L): every query attends to the real tokens only.
        mask = attention_mask.bool()[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask)
        if not self.num_labels:
            return x
        return self.classifier(torch.tanh(self.pooler(x[:, 0])))


# transformers' parameter names -> ours (the weights files keep transformers' names, so training
# and this runtime read the same files). The base is saved without the "bert." prefix.
_RENAMES = (
    (r"^embeddings\.LayerNorm\.", "embedding_norm."),
    (r"^embeddings\.", ""),
    (r"^encoder\.layer\.", "layers."),
    (r"\.attention\.self\.", "."),
    (r"\.attention\.output\.dense\.", ".attention_out."),
    (r"\.attention\.output\.LayerNorm\.", ".attention_norm."),
    (r"\.intermediate\.dense\.", ".intermediate."),
    (r"\.output\.dense\.", ".output."),
    (r"\.output\.LayerNorm\.", ".output_norm."),
    (r"^pooler\.dense\.", "pooler."),
)


def our_name(key: str) -> str | None:
    """Our parameter name for a transformers BERT key; None for buffers we do not need."""
    if key.endswith("position_ids"):
        return None
    key = key.removeprefix("bert.")
    for pattern, replacement in _RENAMES:
        key = re.sub(pattern, replacement, key)
    return key


def build(config: dict, tensors: dict[str, torch.Tensor], num_labels: int = 0) -> MiniLM:
    """A MiniLM in eval mode from transformers-named tensors (later entries override earlier)."""
    model = MiniLM(BertShape.from_config(config), num_labels)
    state = {}
    for key, value in tensors.items():
        name = our_name(key)
        # None: a buffer we do not need; an embedder uses the token states only, not the head.
        if name is None or (not num_labels and name.startswith(("pooler.", "classifier."))):
            continue
        state[name] = value.to(torch.float32)
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise ValueError(
            f"weights do not fit the MiniLM shape (missing {missing[:2]}, unexpected {unexpected[:2]})"
        )
    return model.eval()


@dataclass
class Output:
    """What transformers' models return, as far as factlint reads it."""

    logits: torch.Tensor | None = None
    last_hidden_state: torch.Tensor | None = None


class LeanModel(nn.Module):
    """``MiniLM`` called like a transformers model: ``model(**encoding).logits`` (with a head) or
    ``.last_hidden_state`` (without)."""

    def __init__(self, core: MiniLM, id2label: dict[int, str] | None = None):
        super().__init__()
        self.core = core
        # The config fields factlint reads from a transformers model.
        self.config = SimpleNamespace(
            id2label=id2label or {},
            hidden_size=core.shape.hidden_size,
            max_position_embeddings=core.shape.max_position_embeddings,
        )

    def forward(self, input_ids, attention_mask, token_type_ids=None) -> Output:
        out = self.core(input_ids, attention_mask, token_type_ids)
        return Output(logits=out) if self.core.num_labels else Output(last_hidden_state=out)


def load_lean(folder: Path, extra: Path | None = None, labels: tuple[str, ...] = ()):
    """(model, tokenizer) from a verified base folder, plus our trained tensors (``extra``, a
    safetensors file in transformers' names) when given; ``labels`` makes it a classifier."""
    from safetensors.torch import load_file

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    tensors = load_file(str(folder / "model.safetensors"))
    if extra is not None:
        tensors.update(load_file(str(extra)))
    core = build(config, tensors, num_labels=len(labels))
    return LeanModel(core, dict(enumerate(labels))), LeanTokenizer(folder / "tokenizer.json")

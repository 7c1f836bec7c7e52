"""NLI and sentence-embedding backends: ``load_nli()`` and ``load_embedder()``.

Importing this package is cheap: the model runtime (ONNX Runtime for our default model and the
embedder; torch and transformers for other models, the ``torch`` extra) loads only when a model
does, so ``factlint --help`` and model-free rules never pay for it.

    nli = load_nli()                      # our default, factlint-minilm-nli
    nli.score([(premise, hypothesis)])    # (n, 3): entailment, neutral, contradiction
    load_embedder().encode(["a", "b"])    # (n, 384) unit vectors
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .default import DEFAULT_NAME

if TYPE_CHECKING:
    from .cache import ScoreCache
    from .embed import Embedder
    from .nli import NLIModel, NLIStats

__all__ = ["DEFAULT_NAME", "load_nli", "load_embedder", "NLIModel", "NLIStats", "Embedder", "ScoreCache"]


def load_nli(
    name: str | None = None,
    *,
    device: str = "cpu",
    use_cache: bool = True,
    batch_size: int | None = None,
    max_length: int = 256,
    quantize: bool = False,
    precision: str | None = None,
) -> "NLIModel":
    """An NLI model: ``None``/``"factlint-minilm-nli"`` (ours), a local folder, a ``.safetensors``
    file of our format, or a Hugging Face id already in the local cache. ``precision``: int8 (our
    model's default on a CPU) or fp32 on ONNX Runtime; bf16 on torch; ``None``: the model's
    default (fp32 for any other model). Raises ``ModelError``."""
    from .nli import load_nli as _load_nli

    return _load_nli(
        name,
        device=device,
        use_cache=use_cache,
        batch_size=batch_size,
        max_length=max_length,
        quantize=quantize,
        precision=precision,
    )


def load_embedder(device: str = "cpu") -> "Embedder":
    """The base all-MiniLM-L6-v2 sentence embedder (loaded once per process and device)."""
    from .embed import load_embedder as _load_embedder

    return _load_embedder(device=device)


_LAZY = {"NLIModel": "nli", "NLIStats": "nli", "Embedder": "embed", "ScoreCache": "cache"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

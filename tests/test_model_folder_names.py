"""Which `--model` names read a local folder: only one written as a path (./x, /x, ~/x). A bare
``org/name`` is a Hugging Face id even when the working directory (a pull request's checkout)
holds a folder of that name with an ONNX export in it. Runs without torch."""

from __future__ import annotations

import shutil

import pytest

from factlint.linter.errors import ModelError
from factlint.models import load_nli
from factlint.models.default import WEIGHTS_DIR

PAIR = [("The bridge opened on Monday.", "The bridge is open.")]  # forces a lazy model to load


@pytest.fixture
def checkout_with_export(tmp_path, monkeypatch):
    """A working directory holding acme/nli/ laid out as an ONNX export (a real tokenizer, a junk
    graph, so any attempt to run it fails loudly naming model.onnx)."""
    folder = tmp_path / "acme" / "nli"
    folder.mkdir(parents=True)
    (folder / "model.onnx").write_bytes(b"not an onnx graph")
    shutil.copyfile(WEIGHTS_DIR / "tokenizer.json", folder / "tokenizer.json")
    (folder / "config.json").write_text(
        '{"id2label": {"0": "entailment", "1": "neutral", "2": "contradiction"}}', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return folder


def test_bare_hub_id_never_loads_a_folder_of_that_name(checkout_with_export):
    with pytest.raises(ModelError) as err:
        load_nli("acme/nli", use_cache=False).score(PAIR)
    assert "model.onnx" not in str(err.value)  # refused as a hub id, the folder never opened


def test_the_same_folder_written_as_a_path_is_read(checkout_with_export):
    with pytest.raises(ModelError, match="model.onnx"):
        load_nli("./acme/nli", use_cache=False).score(PAIR)


def test_a_folder_with_no_model_in_it_says_so(tmp_path):
    with pytest.raises(ModelError, match="no model.onnx or config.json"):
        load_nli(str(tmp_path), use_cache=False).score(PAIR)

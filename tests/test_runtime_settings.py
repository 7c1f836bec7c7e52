"""A device or precision the default model cannot run with here is refused before any article is
read, whether or not an article reaches the model (a new user's audit, h-audit7: `device: cuda`
without the GPU wheel passed every run whose articles brought no pair to the model and failed
the first that did). The command (its ``main``, in this process), on this machine's runtimes."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.util import find_spec

import pytest

ONE_SENTENCE = "# Bridge reopens\n\nThe bridge over the Kell reopened on Monday.\n"


@pytest.fixture
def check(capsys, monkeypatch):
    """``factlint check ...`` in a folder through the command's ``main`` in this process (each
    run loads what it needs afresh, as a new process does): exit code, stdout and stderr."""
    from factlint.linter.cli import main

    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(cwd, *args: str) -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd)
        argv = ["check", *args]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


def _has_cuda_provider() -> bool:
    import onnxruntime

    return "CUDAExecutionProvider" in onnxruntime.get_available_providers()


def _torch_sees_a_gpu() -> bool:
    if find_spec("torch") is None:
        return False
    import torch

    return torch.cuda.is_available()


@pytest.mark.skipif(_has_cuda_provider() or _torch_sees_a_gpu(), reason="a CUDA runtime is here")
def test_device_cuda_without_the_gpu_runtime_is_a_config_error(tmp_path, check):
    (tmp_path / ".factlint.yaml").write_text("device: cuda\n")
    (tmp_path / "story.md").write_text(ONE_SENTENCE)  # no pair ever reaches the model
    proc = check(tmp_path, "story.md")
    assert proc.returncode == 2
    assert "1 file could not be checked" in proc.stdout  # a discovered config fails its files
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    if find_spec("torch") is None:
        assert lines[0].startswith(
            ".factlint.yaml: error: device 'cuda': this onnxruntime has no CUDA provider"
        )
        assert "pip install onnxruntime-gpu" in lines[0]
    else:  # with the torch extra the GPU is torch's to find
        assert lines[0].startswith(
            ".factlint.yaml: error: device 'cuda' requested but torch sees no CUDA GPU"
        )
    # the same on the command line, named as the run's error
    (tmp_path / ".factlint.yaml").write_text("fail-on: never\n")
    cli = check(tmp_path, "--device", "cuda", "story.md")
    assert cli.returncode == 2 and cli.stderr.startswith("factlint: error: device 'cuda'")
    # a run without model rules does not need the device
    model_free = check(tmp_path, "--device", "cuda", "--select", "FL001,FL003", "story.md")
    assert model_free.returncode == 0, model_free.stderr


@pytest.mark.skipif(find_spec("torch") is not None, reason="torch is installed")
def test_bf16_without_torch_is_refused_before_any_article(tmp_path, check):
    (tmp_path / "story.md").write_text(ONE_SENTENCE)
    proc = check(tmp_path, "--precision", "bf16", "story.md")
    assert proc.returncode == 2
    assert proc.stderr.startswith("factlint: error: precision bf16 on device cpu runs on the torch runtime")
    assert len(proc.stderr.splitlines()) == 1


@pytest.mark.skipif(find_spec("torch") is not None, reason="torch is installed")
def test_a_hub_model_without_torch_is_refused_before_any_article(tmp_path, check):
    (tmp_path / "story.md").write_text(ONE_SENTENCE)
    (tmp_path / ".factlint.yaml").write_text("fail-on: never\n")
    proc = check(tmp_path, "--model", "example-org/some-nli-model", "story.md")
    assert proc.returncode == 2
    # the run's own error (the model came from the command line), not the config's
    assert proc.stderr.startswith("factlint: error: this model needs torch and transformers")
    assert len(proc.stderr.splitlines()) == 1


def test_check_help_says_what_bf16_needs_and_what_source_replaces(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", "check", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())
    assert "bf16 (the torch extra; faster on CPUs with bf16)" in text
    assert "(repeatable); replaces the config's sources, never an article's own." in text

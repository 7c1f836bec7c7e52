"""The speed benchmark's measure of one process: its own CPU time, exit code, output and peak
memory, not the largest peak of every process the benchmark ran before it."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "model_free_speed.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("model_free_speed", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_process_reports_its_own_peak_memory_and_exit_code():
    timed = _benchmark().timed
    big = timed([sys.executable, "-c", "x = bytearray(600_000_000); print('big')"], dict(os.environ))
    small = timed([sys.executable, "-c", "import sys; print('small'); sys.exit(3)"], dict(os.environ))
    assert big["rc"] == 0 and big["stdout"] == b"big\n"
    assert small["rc"] == 3 and small["stdout"] == b"small\n"
    assert big["peak_rss_mb"] > 500  # (600 MB is 572 MiB)
    # the earlier, bigger process's peak is not carried over (a child's peak may still count
    # this test process's size when it was started: Linux keeps it across exec)
    assert small["peak_rss_mb"] < big["peak_rss_mb"] - 300
    assert small["cpu_s"] >= 0 and small["wall_s"] > 0

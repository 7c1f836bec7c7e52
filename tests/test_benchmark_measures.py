"""The speed benchmark's measure of one process: its own CPU time, exit code, output and peak
memory, not the largest peak of every process the benchmark ran before it."""

from __future__ import annotations

import importlib.util
import os
import resource
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
    # a child's peak may count this test process's size when it started (Linux keeps it across
    # exec): the big child allocates well beyond that
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = int((own_mb + 300) * 1024 * 1024)
    big = timed([sys.executable, "-c", f"x = bytearray({size}); print('big')"], dict(os.environ))
    small = timed([sys.executable, "-c", "import sys; print('small'); sys.exit(3)"], dict(os.environ))
    assert big["rc"] == 0 and big["stdout"] == b"big\n"
    assert small["rc"] == 3 and small["stdout"] == b"small\n"
    assert big["peak_rss_mb"] > own_mb + 250
    assert small["peak_rss_mb"] < big["peak_rss_mb"] - 200  # not the bigger process's peak
    assert small["cpu_s"] >= 0 and small["wall_s"] > 0

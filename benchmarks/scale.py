"""Throughput of one machine: serial, --jobs N and Ray, on the same articles in one run.

Articles: the 189 clean dev news articles plus the ContraDoc dev documents (../shared/data/),
written to a temporary folder. Each mode runs as its own process with a fresh score cache, so no
mode profits from another's cached NLI scores. Peak memory is the largest resident set of any one
process of the mode (the CLI, or a worker) sampled every 0.1 s.

    python benchmarks/scale.py [--model-free] [--jobs 2] [--no-ray]

Prints a table and writes benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def _articles(folder: Path) -> int:
    count = 0
    for line in (DATA / "news" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        (folder / f"news-{record['id']}.txt").write_text(record["text"], encoding="utf-8")
        count += 1
    for name in ("positives.jsonl", "negatives-truncated.jsonl"):
        for n, line in enumerate(
            (DATA / "contradoc" / "dev" / name).read_text(encoding="utf-8").splitlines()
        ):
            record = json.loads(line)
            (folder / f"contradoc-{name.split('.')[0]}-{n:03}.txt").write_text(
                record["text"], encoding="utf-8"
            )
            count += 1
    return count


def _run(command: list[str], env: dict) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (bytes) of the largest process in the tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            for p in [parent] + parent.children(recursive=True):
                try:
                    peak = max(peak, p.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    return time.perf_counter() - start, proc.returncode, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-free", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    folder = work / "articles"
    folder.mkdir()
    count = _articles(folder)
    select = []
    if args.model_free:
        from factlint.linter.registry import load_rules

        select = ["--select", ",".join(r for r, c in load_rules().items() if not c.needs_model)]
    cli = [sys.executable, "-m", "factlint.linter.cli"]
    modes = {
        "serial": cli + ["check", "--jobs", "1", *select, str(folder)],
        f"jobs {args.jobs}": cli + ["check", "--jobs", str(args.jobs), *select, str(folder)],
    }
    if not args.no_ray:
        try:
            import ray  # noqa: F401

            modes[f"ray {args.jobs} actors"] = cli + [
                "archive",
                str(folder),
                "-o",
                str(work / "out.jsonl"),
                "--actors",
                str(args.jobs),
                *select,
            ]
        except ImportError:
            print("ray not installed: skipping the Ray mode")
    rows = {}
    for name, command in modes.items():
        cache = work / f"cache-{name.replace(' ', '-')}"
        env = {**os.environ, "FACTLINT_CACHE_DIR": str(cache)}
        seconds, code, peak = _run(command, env)
        rows[name] = {
            "seconds": round(seconds, 1),
            "articles_per_s": round(count / seconds, 2),
            "exit_code": code,
            "peak_rss_mb": round(peak / 2**20),
        }
    serial = rows["serial"]["seconds"]
    for row in rows.values():
        row["speed_up"] = round(serial / row["seconds"], 2)
    print(
        f"{count} articles, {'model-free rules' if args.model_free else 'all rules'}, "
        f"{psutil.cpu_count()} CPUs"
    )
    print(f"{'mode':16} {'seconds':>8} {'art/s':>7} {'speed-up':>9} {'peak MB':>8}")
    for name, row in rows.items():
        print(
            f"{name:16} {row['seconds']:8} {row['articles_per_s']:7} {row['speed_up']:9} {row['peak_rss_mb']:8}"
        )
    result = {"articles": count, "model_free": args.model_free, "cpus": psutil.cpu_count(), "modes": rows}
    suffix = "_model_free" if args.model_free else ""
    (ROOT / "benchmarks" / "results" / f"scale{suffix}.json").write_text(json.dumps(result, indent=2) + "\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()

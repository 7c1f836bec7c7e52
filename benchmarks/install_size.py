"""Installed size of the README's setup command: a fresh venv, ``pip install -e <source>``, timed,
then the venv's size on disk and each installed distribution's share (from its RECORD).

    python benchmarks/install_size.py                              # this checkout
    python benchmarks/install_size.py --source /tmp/old --label before --source . --label after

Sources are measured one after the other in the same run (give several to compare them). The
editable install leaves factlint's own files (the 57 MB of model weights included) in the
checkout, as the README's command does; the number is what the environment adds (``du -sm`` of
the venv, and MB of file bytes). Prints a line per source
and writes ``benchmarks/results/install_size.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MB = 1_000_000


def tree_bytes(path: Path) -> int:
    """Bytes of every regular file under ``path`` (links not followed, as ``du`` counts them)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            full = Path(root, name)
            if not full.is_symlink():
                total += full.stat().st_size
    return total


def site_packages(venv: Path) -> Path:
    return next(venv.glob("lib/python3*/site-packages"))


def per_distribution(venv: Path) -> dict[str, float]:
    """MB per installed distribution: the files its RECORD lists (byte-compiled ones included)."""
    site = site_packages(venv)
    sizes: dict[str, float] = {}
    for info in site.glob("*.dist-info"):
        name = info.name.split("-")[0].lower().replace("_", "-")
        total = 0
        with open(info / "RECORD", encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                path = (site / row[0]).resolve() if row else None
                if path and path.is_file():
                    total += path.stat().st_size
        sizes[name] = round(total / MB, 1)
    return dict(sorted(sizes.items(), key=lambda item: -item[1]))


def measure(source: Path, python: str, keep: Path | None) -> dict:
    venv = keep or Path(tempfile.mkdtemp(prefix="factlint-size-")) / "venv"
    if venv.exists():
        shutil.rmtree(venv)
    started = time.perf_counter()
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    made = time.perf_counter()
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "-e", str(source)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    done = time.perf_counter()
    packages = per_distribution(venv)
    result = {
        "source": str(source),
        "venv_seconds": round(made - started, 1),
        "install_seconds": round(done - made, 1),
        "total_mb": round(tree_bytes(venv) / MB, 1),
        # what `du -sm` says (MiB of disk blocks): the unit of the 250 MB target
        "du_sm": int(
            subprocess.run(["du", "-sm", str(venv)], capture_output=True, text=True).stdout.split()[0]
        ),
        "venv_own_mb": round(sum(packages.get(n, 0) for n in ("pip", "setuptools")), 1),
        "packages_mb": packages,
    }
    result["with_factlint_mb"] = round(result["total_mb"] - result["venv_own_mb"], 1)
    if keep is None:
        shutil.rmtree(venv.parent)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append", help="a checkout to install (repeatable)")
    parser.add_argument("--label", action="append", help="a name per --source")
    parser.add_argument("--python", default="python3", help="the interpreter whose venv module is used")
    parser.add_argument("--keep", type=Path, action="append", help="keep the venv here (one per --source)")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "install_size.json")
    args = parser.parse_args(argv)
    sources = args.source or [HERE.parent]
    labels = args.label or [s.name for s in sources]
    keeps = args.keep or [None] * len(sources)
    report = {
        "command": "python3 -m venv VENV && VENV/bin/pip install -e SOURCE (the README's setup)",
        "python": subprocess.run(
            [args.python, "--version"], capture_output=True, text=True, check=True
        ).stdout.strip(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "runs": {},
    }
    for label, source, keep in zip(labels, sources, keeps):
        result = measure(source.resolve(), args.python, keep)
        report["runs"][label] = result
        top = ", ".join(f"{n} {mb}" for n, mb in list(result["packages_mb"].items())[:8])
        print(
            f"{label}: du -sm {result['du_sm']}, {result['total_mb']} MB of files "
            f"({result['with_factlint_mb']} without the venv's own "
            f"pip/setuptools), install {result['install_seconds']} s; largest: {top}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""HTML article view on the 189 clean dev articles: report size, render time, browser load time.

The articles (../shared/data/news/dev/articles.jsonl) are written to a temporary folder, checked
once with every rule (model rules too when the model is installed; `--model-free` skips them),
and the result rendered as html; headless Chromium, when installed, then loads the page.

    python benchmarks/html_report.py [--model-free]

Prints a table and writes benchmarks/results/html_report.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factlint.linter.engine import RunOptions, check_paths
from factlint.linter.registry import load_rules
from factlint.linter.reporters import render

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "news" / "dev" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-free", action="store_true", help="run only the rules that need no model")
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"needs {DEV}")
    rules = load_rules()
    select = [r for r, cls in rules.items() if not cls.needs_model] if args.model_free else None
    folder = Path(tempfile.mkdtemp())
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    for record in records:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    t0 = time.perf_counter()
    result = check_paths([str(folder)], RunOptions(select=select, keep_texts=True))
    check_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    page = render(result, "html", rules)
    render_s = time.perf_counter() - t1
    report = folder / "report.html"
    report.write_text(page, encoding="utf-8")
    text_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
    out = {
        "articles": len(records),
        "findings": len(result.findings),
        "model_free_only": args.model_free,
        "article_text_mb": round(text_bytes / 1e6, 3),
        "report_mb": round(len(page.encode("utf-8")) / 1e6, 3),
        "check_s": round(check_s, 2),
        "render_s": round(render_s, 3),
        "chromium_load_s": None,
    }
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        t2 = time.perf_counter()
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", report.as_uri()],
            capture_output=True,
            timeout=300,
        )
        out["chromium_load_s"] = round(time.perf_counter() - t2, 2)
    shutil.rmtree(folder)
    for key, value in out.items():
        print(f"{key:18} {value}")
    (ROOT / "benchmarks" / "results" / "html_report.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()

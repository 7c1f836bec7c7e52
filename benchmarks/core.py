"""Model-free rules on clean news: speed, memory and false alarms.

    python benchmarks/core.py                 # all 189 dev articles
    python benchmarks/core.py --limit 20      # smoke run
    python benchmarks/core.py --show 5        # also print up to 5 findings per rule to judge

Runs every registered rule that needs no model (``needs_model = False``) through the engine's
``lint_text`` on the clean CNN/DailyMail and XSum articles of ``news/dev/articles.jsonl`` (read
from ``../shared/data`` next to the repository, never copied). Each article is checked as a
``.txt`` file whose paragraphs are its lines (XSum keeps one paragraph per line). Any finding on
this data is a false alarm unless the article really has the problem (it does happen: BBC pages
scraped with "Media playback is not supported on this device" are in it), so the per-rule counts
are an upper bound of the false-alarm rate.

Prints a table and writes ``benchmarks/results/core.json``: articles/s and sentences/s (lint only,
loading and splitting included; the sentence count is taken separately, untimed), by wall clock
and by CPU time (steadier on a shared machine), rule-loading time, peak RSS, findings per article
and per 1,000 sentences, per rule.
"""

from __future__ import annotations

import os
import sys

# Run as a script, this folder comes first on sys.path, where sibling benchmarks (numbers.py)
# would shadow standard modules of the same name.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def article_text(raw: str) -> str:
    """One paragraph per line, as a .txt article (blank lines between paragraphs)."""
    return "\n\n".join(line.strip() for line in raw.splitlines() if line.strip()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="check only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print up to N findings per rule")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "core.json")
    args = parser.parse_args(argv)

    source = args.data / "news" / "dev" / "articles.jsonl"
    if not source.is_file():
        print(f"error: {source} not found (the shared data lives next to the repository)", file=sys.stderr)
        return 2
    articles = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = articles[: args.limit] if args.limit else articles

    started = time.perf_counter()
    from factlint.linter.engine import lint_text
    from factlint.linter.loader import load_document
    from factlint.linter.registry import load_rules

    rules = {rid: cls for rid, cls in load_rules().items() if not cls.needs_model}
    load_s = time.perf_counter() - started
    select = sorted(rules)

    texts = [(a["id"], article_text(a["text"])) for a in articles]
    sentences = sum(
        len(load_document(None, data=t.encode(), display_path=f"{i}.txt").sentences) for i, t in texts
    )

    per_rule: Counter[str] = Counter()
    articles_with: Counter[str] = Counter()
    samples: dict[str, list[dict]] = {}
    first_s = None
    started, cpu_started = time.perf_counter(), time.process_time()
    for art_id, text in texts:
        t0 = time.perf_counter()
        findings = lint_text(text, f"{art_id[:12]}.txt", select=select)
        first_s = first_s if first_s is not None else time.perf_counter() - t0
        lines = text.splitlines()
        for rid in {f.rule_id for f in findings}:
            articles_with[rid] += 1
        for f in findings:
            per_rule[f.rule_id] += 1
            bucket = samples.setdefault(f.rule_id, [])
            if len(bucket) < 50:
                bucket.append(
                    {
                        "article": art_id,
                        "line": f.span.line,
                        "message": f.message,
                        "text": lines[f.span.line - 1][max(0, f.span.col - 60) : f.span.col + 140],
                    }
                )
    lint_s = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started  # the machine may be shared: CPU time is steadier
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    n = len(texts)
    rows = {
        rid: {
            "name": rules[rid].name,
            "findings": per_rule[rid],
            "articles_flagged": articles_with[rid],
            "per_article": round(per_rule[rid] / n, 4),
            "per_1000_sentences": round(1000 * per_rule[rid] / max(1, sentences), 3),
        }
        for rid in select
    }
    total = sum(per_rule.values())
    result = {
        "data": str(source.relative_to(args.data)) if source.is_relative_to(args.data) else str(source),
        "articles": n,
        "sentences": sentences,
        "rules": select,
        "rule_load_s": round(load_s, 3),
        "first_article_s": round(first_s or 0.0, 4),
        "lint_s": round(lint_s, 3),
        "articles_per_s": round(n / lint_s, 2),
        "sentences_per_s": round(sentences / lint_s, 1),
        "lint_cpu_s": round(cpu_s, 3),
        "articles_per_cpu_s": round(n / cpu_s, 2),
        "sentences_per_cpu_s": round(sentences / cpu_s, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "findings": total,
        "findings_per_article": round(total / n, 4),
        "findings_per_1000_sentences": round(1000 * total / max(1, sentences), 3),
        "per_rule": rows,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
    }

    print(f"clean news: {n} articles, {sentences} sentences, {len(select)} model-free rules")
    print(f"  rule loading       {load_s * 1000:8.1f} ms   first article {1000 * (first_s or 0):.1f} ms")
    print(
        f"  lint (wall)        {lint_s:8.2f} s    {n / lint_s:8.1f} articles/s   {sentences / lint_s:8.0f} sentences/s"
    )
    print(
        f"  lint (CPU)         {cpu_s:8.2f} s    {n / cpu_s:8.1f} articles/s   {sentences / cpu_s:8.0f} sentences/s"
    )
    print(f"  peak RSS           {peak_mb:8.1f} MB")
    print(
        f"  findings           {total:8d}      {total / n:8.3f} per article   {1000 * total / max(1, sentences):6.2f} per 1,000 sentences"
    )
    print()
    print(f"  {'rule':<7}{'name':<26}{'findings':>9}{'articles':>10}{'/article':>10}{'/1k sent':>10}")
    for rid, row in rows.items():
        print(
            f"  {rid:<7}{row['name']:<26}{row['findings']:>9}{row['articles_flagged']:>10}"
            f"{row['per_article']:>10.3f}{row['per_1000_sentences']:>10.2f}"
        )
    if args.show:
        for rid in select:
            for s in samples.get(rid, [])[: args.show]:
                print(f"\n[{rid}] {s['article'][:8]}:{s['line']}: {s['message']}\n    …{s['text']}…")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

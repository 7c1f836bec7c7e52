"""Benchmark FL401–FL403 (numbers and dates) on the shared dev data.

- Hit rate: ContraDoc positives whose ``contra_type`` includes "Numeric": a document is hit when
  an FL40x finding's sentence or related sentence overlaps the planted evidence sentence (by text,
  since our sentence splitting differs from ContraDoc's). Also reported over all 68 positives.
- False alarms: findings per clean article on ``news/dev`` (189 CNN/DailyMail and XSum articles)
  and per ContraDoc negative document (230, cut at 2,000 characters).

Model-free and quick (seconds). Prints a table and writes ``benchmarks/results/numbers.json``.
Run: ``python benchmarks/numbers_dates.py [--show]`` (``--show`` prints every finding and miss).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

RULES = ("FL401", "FL402", "FL403")
HERE = Path(__file__).resolve().parent
DATA = HERE.parents[0].parent / "shared" / "data"
# Undated benchmark articles are checked as of a fixed day, so the numbers do not drift with time.
TODAY = date(2024, 6, 1)


def _rules():
    from factlint.rules.fl401_number_mismatch import NumberMismatch
    from factlint.rules.fl402_date_mismatch import DateMismatch
    from factlint.rules.fl403_arithmetic import Arithmetic

    return [NumberMismatch(), DateMismatch(), Arithmetic()]


def _document(text: str):
    """The article as the linter sees a plain-text file."""
    from factlint.linter.loader import load_document

    return load_document(None, data=text.encode("utf-8"), display_path="article.txt", format="text")


def lint(text: str, rules) -> tuple[list, object]:
    from factlint.linter.rule import Context

    doc = _document(text)
    ctx = Context(doc, today=TODAY)
    findings = [f for rule in rules for f in rule.check(doc, ctx)]
    return findings, doc


_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def overlaps(ours: str, theirs: str) -> bool:
    """Same sentence, despite different splitting and tokenisation: most of the shorter one's
    words appear in the other."""
    a, b = _words(ours), _words(theirs)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    common = sum((Counter(short) & Counter(long_)).values())
    return common / len(short) >= 0.7 and common >= min(5, len(short))


def _texts_of(finding, doc) -> list[str]:
    """The sentences a finding and its related locations sit in (findings point at figures)."""
    spans = [finding.span] + [r.span for r in finding.related if r.path is None]
    texts = []
    for span in spans:
        around = [s.text for s in doc.sentences if s.span.start <= span.start < s.span.end]
        texts.extend(around or [doc.text[span.start : span.end]])
    return texts


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(show: bool = False) -> dict:
    rules = _rules()
    positives = _jsonl(DATA / "contradoc" / "dev" / "positives.jsonl")
    negatives = _jsonl(DATA / "contradoc" / "dev" / "negatives-truncated.jsonl")
    news = _jsonl(DATA / "news" / "dev" / "articles.jsonl")
    started = time.perf_counter()

    elsewhere = 0  # findings in positive documents that touch neither planted sentence

    def hits(docs: list[dict]) -> tuple[int, list[dict]]:
        nonlocal elsewhere
        count, rows = 0, []
        for d in docs:
            findings, doc = lint(d["text"], rules)
            evidence = d["evidence"]
            hit = any(overlaps(t, evidence) for f in findings for t in _texts_of(f, doc))
            planted = [evidence] + [r for r in str(d.get("references") or "").split("|") if r.strip()]
            elsewhere += sum(
                not any(overlaps(t, p) for p in planted for t in _texts_of(f, doc)) for f in findings
            )
            count += hit
            rows.append({"id": d["id"], "hit": hit, "findings": len(findings), "types": d["contra_type"]})
            if show:
                print(f"\n{'HIT ' if hit else 'MISS'} {d['id']} {d['contra_type']}\n  evidence: {evidence}")
                for f in findings:
                    print(f"  {f.rule_id} {f.message}")
        return count, rows

    numeric = [d for d in positives if "Numeric" in d["contra_type"]]
    num_hits, num_rows = hits(numeric)
    elsewhere_numeric = elsewhere
    elsewhere = 0
    all_hits, _ = hits(positives) if not show else (None, None)
    if all_hits is None:
        all_hits = sum(hits_row["hit"] for hits_row in num_rows)  # --show: numeric only

    def alarms(docs: list[dict], label: str) -> tuple[int, Counter, list[str]]:
        total, by_rule, examples = 0, Counter(), []
        for d in docs:
            findings, doc = lint(d["text"], rules)
            total += len(findings)
            for f in findings:
                by_rule[f.rule_id] += 1
                if show:
                    print(f"[{label}] {d['id'][:12]} {f.rule_id} {f.message}")
                    for t in _texts_of(f, doc):
                        print(f"      | {t[:200]}")
                examples.append(f"{d['id'][:12]} {f.rule_id} {f.message}")
        return total, by_rule, examples

    news_total, news_rules, news_examples = alarms(news, "news")
    neg_total, neg_rules, _ = alarms(negatives, "neg")
    seconds = time.perf_counter() - started

    result = {
        "numeric_docs": len(numeric),
        "numeric_hits": num_hits,
        "numeric_hit_rate": round(num_hits / len(numeric), 3),
        "all_positive_docs": len(positives),
        "all_positive_hits": all_hits,
        "numeric_findings_off_the_planted_pair": elsewhere_numeric,
        "positive_findings_off_the_planted_pair": elsewhere if not show else None,
        "news_articles": len(news),
        "news_findings": news_total,
        "news_false_alarms_per_article": round(news_total / len(news), 4),
        "news_findings_by_rule": dict(news_rules),
        "negative_docs": len(negatives),
        "negative_findings": neg_total,
        "negative_false_alarms_per_doc": round(neg_total / len(negatives), 4),
        "negative_findings_by_rule": dict(neg_rules),
        "numeric_per_doc": num_rows,
        "news_findings_list": news_examples,
        "seconds": round(seconds, 2),
        "today_for_undated": TODAY.isoformat(),
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 2
    r = run(show=args.show)
    rows = [
        (
            "numeric contradictions hit (ContraDoc)",
            f"{r['numeric_hits']}/{r['numeric_docs']}",
            f"{r['numeric_hit_rate']:.2f}",
            ">= 0.60",
        ),
        (
            "any contradiction hit (ContraDoc)",
            f"{r['all_positive_hits']}/{r['all_positive_docs']}",
            f"{r['all_positive_hits'] / r['all_positive_docs']:.2f}",
            "",
        ),
        (
            "false alarms per clean news article",
            f"{r['news_findings']}/{r['news_articles']}",
            f"{r['news_false_alarms_per_article']:.3f}",
            "<= 0.05",
        ),
        (
            "findings off the planted pair (68 positives)",
            f"{r['positive_findings_off_the_planted_pair']}",
            "",
            "",
        ),
        (
            "false alarms per ContraDoc negative",
            f"{r['negative_findings']}/{r['negative_docs']}",
            f"{r['negative_false_alarms_per_doc']:.3f}",
            "",
        ),
    ]
    print(f"{'measure':42} {'count':>9} {'value':>7} {'target':>8}")
    for name, count, value, target in rows:
        print(f"{name:42} {count:>9} {value:>7} {target:>8}")
    print(f"({r['seconds']:.1f} s; undated articles checked as of {r['today_for_undated']})")
    out = HERE / "results" / "numbers.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

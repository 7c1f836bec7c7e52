"""FL101 self-contradiction on dev data: ContraDoc documents and clean news, with an all-pairs baseline.

    python benchmarks/contradictions.py                   # everything (tens of minutes on 2 cores)
    python benchmarks/contradictions.py --limit 5         # smoke run: 5 documents per set
    python benchmarks/contradictions.py --no-baseline --context none,pronoun
    python benchmarks/contradictions.py --timing-limit 20 --baseline-limit 3 \
        --score-cache runs/scores.sqlite3  # time 20 per set, quality on all, through a kept cache

Data (read from ``../shared/data`` next to the repository, never copied):
- ``contradoc/dev/positives.jsonl``: full-text ContraDoc documents, each with one planted
  contradiction (the *evidence* sentence and the *reference* sentences it contradicts);
- ``news/dev/articles.jsonl``: clean news articles, where any FL101 finding is a false alarm;
- ``contradoc/dev/negatives-truncated.jsonl`` (``--contradoc-negatives``): ContraDoc documents
  without a contradiction, cut at 2,000 characters (shorter than the positives: a length bias).

What it measures, per method: our candidate pairs; the all-pairs baseline in the style of
SummaC-ZS (every pair of checkable sentences, both directions, same model, the rule's own filters
for speech, denials, hedges, headlines and paraphrases, but no candidate selection: the
shared-word gate is part of selection, so the baseline scores unrelated pairs too); and
"all-pairs+gate" (``--gated-baseline``: every pair that passes the shared-word gate, which shows
what the embedding-based partner choice adds on top of the gate):
- evidence hit rate: share of ContraDoc documents where some finding's pair contains the evidence
  sentence; and where the pair is evidence + a reference sentence;
- false alarms: findings per clean article and per 1,000 clean sentences;
- document-level balanced accuracy (ContraDoc positives vs clean news);
- hit rate by ContraDoc contradiction type;
- cost: NLI pairs scored per sentence, seconds per article cold (empty score cache) and warm
  (every pair cached), and the model load time.

Every pair is scored once; findings at any threshold are then derived offline with the rule's own
``select``. The threshold reported is the lowest one with at most ``--max-fa`` false alarms per
clean article (picked on this dev data, so the numbers are dev numbers). Prints a table and writes
JSON (``--out``).
"""

from __future__ import annotations

import os
import sys

# Run as a script, this folder comes first on sys.path, where sibling benchmarks (numbers.py)
# would shadow standard modules of the same name.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse
import json
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


@dataclass
class Article:
    set: str  # "contradoc" | "clean" | "contradoc-neg"
    id: str
    text: str
    evidence: tuple[int, int] | None = None  # char range of the evidence sentence in text
    references: list[tuple[int, int]] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    scope: str = ""


@dataclass
class Run:
    """One method's scored pairs on one article."""

    sentences: int
    spans: list[tuple[int, int]]  # char range of every sentence
    texts: list[str]
    scored: list  # ScoredPair
    nli_pairs: int  # NLI calls made (both directions)
    seconds: float  # wall time
    cpu_seconds: float  # CPU time of this process (all threads): fair on a shared machine


# What each baseline changes in the rule's options (the candidates run uses the defaults).
BASELINE_OPTIONS = {
    # SummaC-ZS: no selection at all, one threshold (all-pairs computes no embeddings)
    "all-pairs": {"unrelated": "keep", "similarity_weight": 0.0},
    "all-pairs+gate": {"similarity_weight": 0.0},  # every pair, through the shared-word gate
}


# --- data ---------------------------------------------------------------------------------------


def locate(text: str, needle: str, fallback: str | None = None) -> tuple[int, int] | None:
    """Char range of ``needle`` (or ``fallback``) in ``text``; fuzzy alignment as a last resort."""
    for candidate in (needle, fallback):
        if not candidate or not candidate.strip():
            continue
        candidate = candidate.strip()
        at = text.find(candidate)
        if at >= 0:
            return at, at + len(candidate)
    from rapidfuzz import fuzz

    candidate = (needle or fallback or "").strip()
    if len(candidate) < 15:
        return None
    found = fuzz.partial_ratio_alignment(candidate, text, score_cutoff=85)
    return (found.dest_start, found.dest_end) if found else None


def load_contradoc(path: Path, limit: int | None) -> list[Article]:
    out = []
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        text, sentences = row["text"], row["sentences"]

        def by_id(ids: list[int], k: int, sentences: list[str] = sentences) -> str | None:
            return sentences[ids[k] - 1] if len(ids) > k and 0 < ids[k] <= len(sentences) else None

        evidence = locate(text, row["evidence"], by_id(row["evidence_sentence_ids"], 0))
        refs = []
        pieces = [p for p in row["references"].split("|") if p.strip()]
        for k, piece in enumerate(pieces):
            found = locate(text, piece, by_id(row["reference_sentence_ids"], k))
            if found:
                refs.append(found)
        if not refs:
            for k in range(len(row["reference_sentence_ids"])):
                found = locate(text, by_id(row["reference_sentence_ids"], k) or "")
                if found:
                    refs.append(found)
        out.append(
            Article("contradoc", row["id"], text, evidence, refs, list(row["contra_type"]), row["scope"])
        )
        if limit and len(out) >= limit:
            break
    return out


def load_plain(path: Path, name: str, limit: int | None) -> list[Article]:
    out = []
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        out.append(Article(name, row["id"], row["text"]))
        if limit and len(out) >= limit:
            break
    return out


# --- running ------------------------------------------------------------------------------------


def make_context_class():
    from factlint.linter.providers import model_resources
    from factlint.linter.rule import Context

    class BenchContext(Context):
        """A Context handing out the benchmark's own model objects (cache switched per phase)."""

        nli_model = None
        embedder_model = None
        run = model_resources()  # the app's run: its persistent sentence-embedding cache

        def nli(self):
            return BenchContext.nli_model

        def embedder(self):
            return BenchContext.embedder_model

    return BenchContext


def run_article(article: Article, options: dict, ctx_class, all_pairs: bool) -> Run:
    from factlint.analysis.pairs import CandidatePair, sentence_cues
    from factlint.linter.loader import parse_text
    from factlint.rules.fl101_self_contradiction import score_pairs

    doc = parse_text(article.text, "text", display_path=article.id)
    nli = ctx_class.nli_model
    before = nli.stats.pairs_requested
    started, cpu_started = time.perf_counter(), time.process_time()
    ctx = ctx_class(doc, resources=ctx_class.run)
    pairs = None
    if all_pairs:
        ok = [s.index for s in doc.sentences if sentence_cues(s.text).checkable]
        pairs = [CandidatePair(i, j, 0.0, frozenset({"all"})) for x, i in enumerate(ok) for j in ok[x + 1 :]]
    scored = score_pairs(doc, ctx, options, pairs=pairs)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    spans = [(s.span.start, s.span.end) for s in doc.sentences]
    return Run(
        len(doc.sentences),
        spans,
        [s.text for s in doc.sentences],
        scored,
        nli.stats.pairs_requested - before,
        seconds,
        cpu,
    )


def run_method(
    articles: list[Article], options: dict, ctx_class, *, all_pairs: bool, label: str, cache=None
) -> list[Run]:
    ctx_class.nli_model.cache = cache
    runs = []
    started = time.perf_counter()
    for k, article in enumerate(articles, 1):
        runs.append(run_article(article, options, ctx_class, all_pairs))
        if k % 10 == 0 or k == len(articles):
            spent = time.perf_counter() - started
            print(f"  {label}: {k}/{len(articles)} articles, {spent:.0f} s", file=sys.stderr, flush=True)
    return runs


# --- scoring ------------------------------------------------------------------------------------


def overlaps(span: tuple[int, int], target: tuple[int, int] | None) -> bool:
    return target is not None and span[0] < target[1] and target[0] < span[1]


def findings(run: Run, options: dict) -> list[tuple[int, int, float]]:
    from factlint.rules.fl101_self_contradiction import select

    return [(item.pair.first, item.pair.second, item.score) for item, _ in select(run.scored, options)]


def evaluate(articles: list[Article], runs: list[Run], options: dict) -> dict:
    pos = [(a, r) for a, r in zip(articles, runs) if a.set == "contradoc"]
    clean = [(a, r) for a, r in zip(articles, runs) if a.set == "clean"]
    neg = [(a, r) for a, r in zip(articles, runs) if a.set == "contradoc-neg"]
    hits = pair_hits = pair_total = flagged_pos = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_scope: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for article, run in pos:
        found = findings(run, options)
        flagged_pos += bool(found)
        hit = any(
            overlaps(run.spans[i], article.evidence) or overlaps(run.spans[j], article.evidence)
            for i, j, _ in found
        )
        hits += hit
        if article.references:
            pair_total += 1
            pair_hits += any(
                (
                    overlaps(run.spans[i], article.evidence)
                    and any(overlaps(run.spans[j], r) for r in article.references)
                )
                or (
                    overlaps(run.spans[j], article.evidence)
                    and any(overlaps(run.spans[i], r) for r in article.references)
                )
                for i, j, _ in found
            )
        for kind in article.types:
            by_type[kind][0] += hit
            by_type[kind][1] += 1
        by_scope[article.scope][0] += hit
        by_scope[article.scope][1] += 1
    clean_findings = [len(findings(r, options)) for _, r in clean]
    clean_sentences = sum(r.sentences for _, r in clean)
    flagged_clean = sum(1 for n in clean_findings if n)
    out = {
        "threshold": options["threshold"],
        "contradoc_docs": len(pos),
        "evidence_hit_rate": hits / len(pos) if pos else None,
        "evidence_reference_hit_rate": pair_hits / pair_total if pair_total else None,
        "evidence_reference_docs": pair_total,
        "contradoc_flagged_rate": flagged_pos / len(pos) if pos else None,
        "clean_docs": len(clean),
        "false_alarms_per_article": sum(clean_findings) / len(clean) if clean else None,
        "false_alarms_per_1000_sentences": 1000 * sum(clean_findings) / clean_sentences
        if clean_sentences
        else None,
        "clean_flagged_rate": flagged_clean / len(clean) if clean else None,
        "by_type": {k: {"hit_rate": v[0] / v[1], "docs": v[1]} for k, v in sorted(by_type.items())},
        "by_scope": {k: {"hit_rate": v[0] / v[1], "docs": v[1]} for k, v in sorted(by_scope.items())},
    }
    if pos and clean:
        out["balanced_accuracy"] = (flagged_pos / len(pos) + 1 - flagged_clean / len(clean)) / 2
    if pos and neg:
        flagged_neg = sum(1 for _, r in neg if findings(r, options))
        out["contradoc_neg_flagged_rate"] = flagged_neg / len(neg)
        out["balanced_accuracy_vs_contradoc_neg"] = (flagged_pos / len(pos) + 1 - flagged_neg / len(neg)) / 2
    return out


def pick_threshold(articles, runs, options, max_fa: float) -> float:
    """The lowest threshold whose false alarms per clean article are at most ``max_fa``."""
    weight = float(options["similarity_weight"])
    # the last candidate lies above every strength (similarity is at most 1): no findings at all
    candidates = sorted({round(item.strength(weight), 4) for r in runs for item in r.scored} | {1.0 + weight})
    clean = [r for a, r in zip(articles, runs) if a.set == "clean"]
    if not clean:
        return float(options["threshold"])
    lo, hi = 0, len(candidates) - 1  # false alarms fall as the threshold rises: bisect
    while lo < hi:
        mid = (lo + hi) // 2
        fa = sum(len(findings(r, {**options, "threshold": candidates[mid]})) for r in clean) / len(clean)
        if fa <= max_fa:
            hi = mid
        else:
            lo = mid + 1
    return candidates[lo]


def cost(articles, runs) -> dict:
    sentences = sum(r.sentences for r in runs)
    seconds = [r.seconds for r in runs]
    return {
        "articles": len(runs),
        "sentences": sentences,
        "nli_pairs": sum(r.nli_pairs for r in runs),
        "nli_pairs_per_sentence": sum(r.nli_pairs for r in runs) / sentences if sentences else 0.0,
        "max_nli_pairs_per_sentence": max(
            (r.nli_pairs / r.sentences for r in runs if r.sentences), default=0.0
        ),
        "seconds_per_article": statistics.fmean(seconds) if seconds else 0.0,
        "cpu_seconds_per_article": statistics.fmean(r.cpu_seconds for r in runs) if runs else 0.0,
        "seconds_total": sum(seconds),
    }


# --- the seed, through the CLI ------------------------------------------------------------------


def seed_latency(precision: str | None = None) -> dict | None:
    """Wall time of ``factlint check`` on the seed article, FL101 only: cold (empty score cache, a
    fresh process) and warm (same command again, cache filled)."""
    import shutil
    import subprocess

    seed = REPO / "seeds" / "moscow-beijing-trade.txt"
    exe = shutil.which("factlint")
    if not seed.is_file() or exe is None:
        return None
    out = {}
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "FACTLINT_CACHE_DIR": cache}
        for phase in ("cold", "warm"):
            started = time.perf_counter()
            done = subprocess.run(
                [
                    exe,
                    "check",
                    "--select",
                    "FL101",
                    *(["--precision", precision] if precision else []),
                    str(seed),
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            out[f"{phase}_seconds"] = time.perf_counter() - started
            out[f"{phase}_exit"] = done.returncode
        out["output"] = done.stdout.strip().splitlines()
    return out


def dump(path: Path, all_runs: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for name, (arts, cold, _) in all_runs.items():
            for article, run in zip(arts, cold):
                handle.write(
                    json.dumps(
                        {
                            "method": name,
                            "set": article.set,
                            "id": article.id,
                            "types": article.types,
                            "scope": article.scope,
                            "evidence": article.evidence,
                            "references": article.references,
                            "spans": run.spans,
                            "texts": run.texts,
                            "pairs": [
                                [
                                    it.pair.first,
                                    it.pair.second,
                                    round(it.forward, 4),
                                    round(it.backward, 4),
                                    round(it.pair.similarity, 4),
                                    sorted(it.pair.reasons),
                                    sorted(it.exceptions),
                                ]
                                for it in run.scored
                            ],
                        }
                    )
                    + "\n"
                )


# --- report -------------------------------------------------------------------------------------


def fmt(value, digits=2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def print_table(result: dict) -> None:
    methods = result["methods"]
    rows = [
        ("threshold (<= %.2f FA/article)" % result["max_fa"], "threshold", 3),
        ("evidence hit rate", "evidence_hit_rate", 3),
        ("evidence+reference hit rate", "evidence_reference_hit_rate", 3),
        ("ContraDoc docs flagged", "contradoc_flagged_rate", 3),
        ("false alarms / clean article", "false_alarms_per_article", 3),
        ("false alarms / 1,000 clean sentences", "false_alarms_per_1000_sentences", 2),
        ("clean articles flagged", "clean_flagged_rate", 3),
        ("balanced accuracy (vs clean news)", "balanced_accuracy", 3),
        ("balanced accuracy (vs ContraDoc neg.)", "balanced_accuracy_vs_contradoc_neg", 3),
    ]
    cost_rows = [
        ("NLI pairs / sentence", "nli_pairs_per_sentence", 2),
        ("max NLI pairs / sentence (one article)", "max_nli_pairs_per_sentence", 2),
        ("wall s / article, cold", "cold_seconds_per_article", 3),
        ("CPU s / article, cold", "cold_cpu_seconds_per_article", 3),
        ("wall s / article, warm (cached)", "warm_seconds_per_article", 3),
        ("CPU s / article, warm (cached)", "warm_cpu_seconds_per_article", 3),
    ]
    names = list(methods)
    width = 40
    print()
    print(f"{'':{width}}" + "".join(f"{n:>20}" for n in names))
    for label, key, digits in rows:
        print(
            f"{label:{width}}"
            + "".join(f"{fmt(methods[n]['at_threshold'].get(key), digits):>20}" for n in names)
        )
    for label, key, digits in cost_rows:
        print(f"{label:{width}}" + "".join(f"{fmt(methods[n]['cost'].get(key), digits):>20}" for n in names))
    kinds = sorted({k for n in names for k in methods[n]["at_threshold"]["by_type"]})
    print("\nevidence hit rate by ContraDoc type (docs)")
    for kind in kinds:
        cells = []
        for n in names:
            item = methods[n]["at_threshold"]["by_type"].get(kind)
            cells.append(f"{fmt(item['hit_rate'], 3)} ({item['docs']})" if item else "-")
        print(f"  {kind:{width - 2}}" + "".join(f"{c:>20}" for c in cells))
    for n in names:
        sweep = methods[n].get("sweep")
        if sweep:
            print(f"\n{n}: threshold sweep (hit rate / ev+ref / FA per article)")
            for row in sweep:
                print(
                    f"  {row['threshold']:.3f}: {fmt(row['evidence_hit_rate'], 3)} / "
                    f"{fmt(row['evidence_reference_hit_rate'], 3)} / {fmt(row['false_alarms_per_article'], 3)}"
                )
    for name, v in result.get("versus", {}).items():
        print(
            f"\n{name} / candidates on the baseline's {v['articles']} articles, cold: "
            f"{v['speedup']:.1f}x wall, {v['speedup_cpu']:.1f}x CPU, {v['pairs_ratio']:.1f}x NLI pairs; "
            f"evidence hit rate {v['baseline_evidence_hit_rate']:.3f} vs candidates "
            f"{v['candidates_evidence_hit_rate']:.3f} (each at <= {result['max_fa']} FA/article there)"
        )
    if result.get("model_load_seconds") is not None:
        print(f"model load (NLI + embedder, once per process): {result['model_load_seconds']:.2f} s")
    seed = result.get("seed")
    if seed:
        print(
            f"seed via CLI (FL101 only): cold {seed['cold_seconds']:.2f} s, warm {seed['warm_seconds']:.2f} s"
        )
        for line in seed.get("output", [])[:6]:
            print("  " + line)


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="documents per set (smoke runs)")
    parser.add_argument(
        "--baseline",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run the all-pairs baseline (slow)",
    )
    parser.add_argument(
        "--gated-baseline",
        action="store_true",
        help="also run all pairs through the shared-word gate (all-pairs+gate)",
    )
    parser.add_argument(
        "--baseline-limit",
        type=int,
        default=None,
        help="documents per set for the baseline (default: as --limit)",
    )
    parser.add_argument(
        "--contradoc-negatives", action="store_true", help="also score the truncated ContraDoc negatives"
    )
    parser.add_argument(
        "--context",
        default="none",
        help="comma-separated premise context modes to compare: none, pronoun, always",
    )
    parser.add_argument("--max-fa", type=float, default=0.2, help="false alarms per clean article allowed")
    parser.add_argument("--model", default=None, help="NLI model (default: ours)")
    parser.add_argument("--device", default="cpu", help="cpu | cuda | auto (timings are per device)")
    parser.add_argument("--precision", default=None, help="fp32 | int8 | bf16 (default: the model's default)")
    parser.add_argument("--seed-latency", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="also write every scored pair (JSON lines) for offline analysis",
    )
    parser.add_argument(
        "--score-cache",
        type=Path,
        default=None,
        help="a persistent NLI score cache file for the untimed quality passes, reused "
        "across runs (cheap iteration); timed passes always start empty",
    )
    parser.add_argument(
        "--skipped-pass",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also score the pairs the rule skips, to compare its exceptions offline "
        "(slow: most candidate pairs are skipped)",
    )
    parser.add_argument(
        "--keep",
        default="",
        help="comma-separated exceptions the rule keeps (scores) in these runs, e.g. "
        "quantities, so a dump can be replayed with and without them",
    )
    parser.add_argument(
        "--timing-limit",
        type=int,
        default=None,
        help="time cold/warm on the first N documents per set only (quality is "
        "still measured on all of them, untimed)",
    )
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "contradictions.json")
    args = parser.parse_args(argv)

    if not (args.data / "contradoc" / "dev" / "positives.jsonl").is_file():
        print(f"error: no ContraDoc dev data under {args.data}", file=sys.stderr)
        raise SystemExit(2)

    from factlint.models import load_embedder, load_nli
    from factlint.models.cache import ScoreCache
    from factlint.rules.fl101_self_contradiction import EXCEPTIONS, SelfContradiction

    articles = load_contradoc(args.data / "contradoc/dev/positives.jsonl", args.limit)
    articles += load_plain(args.data / "news/dev/articles.jsonl", "clean", args.limit)
    if args.contradoc_negatives:
        articles += load_plain(
            args.data / "contradoc/dev/negatives-truncated.jsonl", "contradoc-neg", args.limit
        )
    print(f"{len(articles)} articles", file=sys.stderr)

    started = time.perf_counter()
    ctx_class = make_context_class()
    precision = {"precision": args.precision} if args.precision else {}
    ctx_class.nli_model = load_nli(args.model, device=args.device, use_cache=False, **precision)
    ctx_class.embedder_model = load_embedder(args.device)
    ctx_class.embedder_model.encode(["warm up the embedder"])
    load_seconds = time.perf_counter() - started

    # Timed runs use the rule's defaults (pairs it skips are never scored). An untimed extra pass
    # then scores the skipped pairs too (through the same cache: only those cost model time), so
    # the options can be compared offline.
    defaults = dict(SelfContradiction.defaults)
    defaults.update({kind.strip(): "keep" for kind in args.keep.split(",") if kind.strip()})
    keep_all = {**defaults, **{kind: "keep" for kind in EXCEPTIONS}}
    result: dict = {
        "max_fa": args.max_fa,
        "model": args.model or "factlint-minilm-nli",
        "device": ctx_class.nli_model.device,
        "precision": ctx_class.nli_model.precision,
        "model_load_seconds": load_seconds,
        "methods": {},
        "variants": {},
    }
    all_runs, analysis_runs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACTLINT_CACHE_DIR"] = tmp  # cold means cold: no embeddings cached either
        modes = [m.strip() for m in args.context.split(",") if m.strip()]
        shared = ScoreCache(args.score_cache or Path(tmp) / "scores.sqlite3")
        if args.score_cache:
            result["note"] = f"quality passes read and fill the score cache {args.score_cache}"
        timing = None
        if "none" in modes:  # the reference: timed cold, then warm, then the skipped pairs
            opts = {**defaults, "context": "none"}
            timed = first_per_set(articles, args.timing_limit)
            fresh = ScoreCache(Path(tmp) / "timed-scores.sqlite3")  # empty: cold means cold
            cold = run_method(timed, opts, ctx_class, all_pairs=False, label="candidates cold", cache=fresh)
            warm = run_method(timed, opts, ctx_class, all_pairs=False, label="candidates warm", cache=fresh)
            timing = (timed, cold, warm)
            if timed is not articles or args.score_cache:
                cold = run_method(
                    articles,
                    opts,
                    ctx_class,
                    all_pairs=False,
                    label="candidates, all articles (untimed)",
                    cache=shared,
                )
            all_runs["candidates"] = (articles, cold, warm if timed is articles else None)
            if args.skipped_pass:
                analysis_runs["candidates"] = (
                    articles,
                    run_method(
                        articles,
                        {**keep_all, "context": "none"},
                        ctx_class,
                        all_pairs=False,
                        label="candidates, skipped pairs too (untimed)",
                        cache=shared,
                    ),
                    None,
                )
            else:  # the pairs the rule scores are all there is to replay (fl101_tiers.py)
                analysis_runs["candidates"] = (articles, cold, None)
        for mode in (m for m in modes if m != "none"):
            # Untimed: premises without context are shared with the reference run's cache.
            name = f"candidates+{mode}"
            runs = run_method(
                articles,
                {**defaults, "context": mode},
                ctx_class,
                all_pairs=False,
                label=f"{name} (untimed)",
                cache=shared,
            )
            all_runs[name] = analysis_runs[name] = (articles, runs, None)
    summarise(result, all_runs, analysis_runs, defaults, args.max_fa, timing)
    report(result, args, analysis_runs)
    if args.baseline:
        subset = first_per_set(articles, args.baseline_limit or args.limit)
        baselines = [("all-pairs", BASELINE_OPTIONS["all-pairs"])]
        if args.gated_baseline:
            baselines.append(("all-pairs+gate", BASELINE_OPTIONS["all-pairs+gate"]))
        for name, change in baselines:
            print(f"\n{name} baseline:", file=sys.stderr, flush=True)
            runs = run_method(
                subset, {**defaults, **change}, ctx_class, all_pairs=True, label=name, cache=None
            )
            all_runs[name] = analysis_runs[name] = (subset, runs, None)
        summarise(result, all_runs, analysis_runs, defaults, args.max_fa, timing)
    if args.seed_latency:
        result["seed"] = seed_latency(args.precision)
    report(result, args, analysis_runs)
    return result


def first_per_set(articles: list[Article], limit: int | None) -> list[Article]:
    """The first ``limit`` articles of each set (all of them, the same list, without a limit)."""
    if not limit:
        return articles
    seen: dict[str, int] = defaultdict(int)
    subset = []
    for article in articles:
        seen[article.set] += 1
        if seen[article.set] <= limit:
            subset.append(article)
    return subset


def summarise(
    result: dict,
    all_runs: dict,
    analysis_runs: dict,
    defaults: dict,
    max_fa: float,
    timing: tuple | None = None,
) -> None:
    """Quality per method from its runs; the candidates' cost (seconds) from ``timing``, the
    (articles, cold runs, warm runs) timed with an empty score cache, maybe on a subset."""
    from factlint.rules.fl101_self_contradiction import EXCEPTIONS

    for name, (arts, cold, warm) in all_runs.items():
        opts = {**defaults, **BASELINE_OPTIONS.get(name, {})}
        threshold = pick_threshold(arts, cold, opts, max_fa)
        sweep = []
        for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
            row = evaluate(arts, cold, {**opts, "threshold": t})
            row.pop("by_type"), row.pop("by_scope")
            sweep.append(row)
        c = cost(arts, cold)
        seconds, cpu = c.pop("seconds_per_article"), c.pop("cpu_seconds_per_article")
        if name == "candidates" and timing is not None:
            t_arts, t_cold, warm = timing
            t = cost(t_arts, t_cold)
            seconds, cpu = t["seconds_per_article"], t["cpu_seconds_per_article"]
            c["timed_articles"], c["timed_sentences"] = t["articles"], t["sentences"]
            c["seconds_total"] = t["seconds_total"]
            c["cold_seconds_per_article"], c["cold_cpu_seconds_per_article"] = seconds, cpu
        elif warm is None and name not in BASELINE_OPTIONS:
            c["note"] = "timing not measured (shares the score cache of the candidates run)"
        else:
            c["cold_seconds_per_article"], c["cold_cpu_seconds_per_article"] = seconds, cpu
        if warm is not None:
            c["warm_seconds_per_article"] = statistics.fmean(r.seconds for r in warm)
            c["warm_cpu_seconds_per_article"] = statistics.fmean(r.cpu_seconds for r in warm)
        result["methods"][name] = {
            "at_threshold": evaluate(arts, cold, {**opts, "threshold": threshold}),
            "cost": c,
            "sweep": sweep,
        }
    # What each exception and the one-finding-per-sentence cap buy, at the candidates' threshold.
    if "candidates" in analysis_runs:
        arts, cold, _ = analysis_runs["candidates"]
        variants = {"defaults": {}, "no skips": {kind: "keep" for kind in EXCEPTIONS}}
        variants.update({f"keep {kind}": {kind: "keep"} for kind in EXCEPTIONS})
        variants["all per sentence"] = {"per_sentence": 1000}
        variants["no similarity weight"] = {"similarity_weight": 0.0}
        for label, change in variants.items():
            opts = {**defaults, **change}
            threshold = pick_threshold(arts, cold, opts, max_fa)
            row = evaluate(arts, cold, {**opts, "threshold": threshold})
            row.pop("by_type"), row.pop("by_scope")
            result["variants"][label] = row
    if "candidates" in all_runs:
        # On the same articles: the baselines run on a subset, and per-article cost depends on
        # length; the candidates' quality is re-measured there too (threshold picked on the
        # subset's clean articles, like the baselines').
        arts, cold, _ = timing if timing is not None else all_runs["candidates"]
        for name in (n for n in BASELINE_OPTIONS if n in all_runs):
            base_arts = all_runs[name][0]
            subset = {(a.set, a.id) for a in base_arts}
            ours = cost(None, [r for a, r in zip(arts, cold) if (a.set, a.id) in subset])
            q_arts, q_runs, _ = all_runs["candidates"]
            kept = [(a, r) for a, r in zip(q_arts, q_runs) if (a.set, a.id) in subset]
            sub_arts, sub_runs = [a for a, _ in kept], [r for _, r in kept]
            threshold = pick_threshold(sub_arts, sub_runs, defaults, max_fa)
            quality = evaluate(sub_arts, sub_runs, {**defaults, "threshold": threshold})
            base = result["methods"][name]
            result.setdefault("versus", {})[name] = {
                "articles": ours["articles"],
                "candidates_cost": ours,
                "candidates_evidence_hit_rate": quality["evidence_hit_rate"],
                "candidates_false_alarms_per_article": quality["false_alarms_per_article"],
                "baseline_evidence_hit_rate": base["at_threshold"]["evidence_hit_rate"],
                "baseline_false_alarms_per_article": base["at_threshold"]["false_alarms_per_article"],
                "speedup": base["cost"]["cold_seconds_per_article"] / ours["seconds_per_article"],
                "speedup_cpu": base["cost"]["cold_cpu_seconds_per_article"] / ours["cpu_seconds_per_article"],
                "pairs_ratio": base["cost"]["nli_pairs"] / ours["nli_pairs"],
            }


def report(result: dict, args, runs: dict) -> None:
    if args.dump:
        dump(args.dump, runs)
    print_table(result)
    if result["variants"]:
        print("\ncandidates, options compared (each at its own threshold for the FA budget):")
        for label, row in result["variants"].items():
            print(
                f"  {label:22} t={row['threshold']:.3f} hit={fmt(row['evidence_hit_rate'], 3)} "
                f"ev+ref={fmt(row['evidence_reference_hit_rate'], 3)} FA/art={fmt(row['false_alarms_per_article'], 3)}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()

"""Experiment behind FL301's ``similarity_weight`` (session 5): dump, for every claim of every
sampled summary, its scores against *every* source chunk, then replay FL301's decision offline.

    python benchmarks/sources_similarity_features.py dump xsumfaith 400 xsf.json
    python benchmarks/sources_similarity_features.py dump summedits-podcast,... 60 se.json
    python benchmarks/sources_similarity_features.py analyse xsf.json se.json
    python benchmarks/sources_similarity_features.py ceiling xsf.json se.json

``dump`` uses benchmarks/sources.py's loaders and seed-13 samples (the benchmark reports seed 7)
and FL301's own analysis pieces (claims, chunks, embeddings, NLI, names and numbers).
``analyse`` feeds them to benchmarks/sources.py's own decision and threshold search: per
weight, the threshold that maximises the mean of SummEdits' (mean over domains) and
XSumFaith's balanced accuracy, and the same measured 2-fold held out (its ``two_fold``, seeds
0-9).
``ceiling`` asks whether any threshold could reach the issue's targets with this model: per
domain, the balanced accuracy at the threshold that is best *for that domain*, chosen in
hindsight on the very items it is measured on (an optimistic bound, not a result), for
several weights; written to benchmarks/results/sources_ceiling.json.
Every chunk is scored here, not only FL301's candidates, so figures differ a little from the
rule's; the benchmark run is the measurement.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def dump(domains: list[str], limit: int, out: Path) -> None:
    import numpy as np

    import sources as bench
    from factlint.analysis import sources as S
    from factlint.analysis.claims import claims as claims_of
    from factlint.linter.loader import parse_text
    from factlint.linter.rule import Context

    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("FACTLINT_CACHE_DIR", str(Path(tmp) / "cache"))
        runner = bench.Runner(None, "cpu", Path(tmp))
        for domain in domains:
            rows = []
            for item in bench.sample(bench.load_domain(domain), limit, 13):
                doc = parse_text(item.summary, "text", display_path="summary.txt")
                ctx = Context(
                    doc,
                    replace(runner.settings, sources=[runner.source_file(item.doc)]),
                    resources=runner.resources,
                )
                srcs, chunks = ctx.analysis(S.sources), ctx.analysis(S.source_chunks)
                misquoted = {i for c in ctx.analysis(S.quote_checks) if not c.found for i in c.covers}
                todo = [c for c in ctx.analysis(claims_of) if c.sentence not in misquoted]
                claims = []
                if todo and chunks:
                    sim = (
                        np.asarray(ctx.embedder().encode([c.text for c in todo]))
                        @ S.chunk_vectors(ctx, srcs, chunks).T
                    )
                    pairs = [(ch.text, " ".join(c.text.split())) for c in todo for ch in chunks]
                    probs = ctx.nli().score(pairs)
                    both = S.symmetric_contradiction(ctx.nli(), pairs, probs[:, 2])
                    vocab = S.vocabulary(srcs)
                    for i, c in enumerate(todo):
                        block = slice(i * len(chunks), (i + 1) * len(chunks))
                        claims.append(
                            {
                                "text": c.text,
                                "verbatim": S.stated_verbatim(c.text, chunks) is not None,
                                "novel": list(S.novel_terms(c.text, vocab)),
                                "cos": np.round(sim[i], 4).tolist(),
                                "p": np.round(probs[block], 4).tolist(),
                                "csym": np.round(both[block], 4).tolist(),
                            }
                        )
                rows.append({"id": item.id, "inconsistent": item.inconsistent, "claims": claims})
            result[domain] = rows
            print(f"{domain}: {len(rows)} items", flush=True)
    out.write_text(json.dumps(result))


def _as_benchmark_result(row: dict) -> dict:
    """A dumped summary as benchmarks/sources.py's per-item result, every chunk counting as a
    candidate, so its FL301/FL302 decision and threshold search apply unchanged."""
    claims = [
        {
            "entailment": 1.0 if c["verbatim"] else max(p[0] for p in c["p"]),
            "contradiction": 0.0 if c["verbatim"] else max(c["csym"]),
            "similarity": max(c["cos"]),
            "novel": c["novel"],
        }
        for c in row["claims"]
    ]
    return {"inconsistent": row["inconsistent"], "claims": claims}


def analyse(paths: list[Path]) -> None:
    import sources as bench

    data = {}
    for path in paths:
        data.update(json.loads(path.read_text()))
    by_domain = {d: [_as_benchmark_result(r) for r in rows] for d, rows in data.items()}
    print("weight  threshold  in-sample (mean, SummEdits, XSumFaith)  held out (mean, SummEdits, XSumFaith)")
    for weight in (0.0, 0.25, 0.5, 1.0, 2.0):
        best = bench.choose_threshold(by_domain, weight)
        in_sample = [bench.selection_objective(by_domain, best, weight)]
        in_sample += [bench.group_mean(by_domain, best, g, weight) for g in bench.SELECTION_DOMAINS]
        folds = [bench.two_fold(by_domain, seed, weight) for seed in range(10)]
        held = [sum(f[g] for f in folds) / len(folds) for g in bench.SELECTION_DOMAINS]
        print(f"{weight:6}  {best:9}  {_rounded(in_sample)}  {_rounded([sum(held) / len(held)] + held)}")


CEILING_OUT = HERE / "results" / "sources_ceiling.json"


def ceiling(paths: list[Path], out: Path = CEILING_OUT) -> dict:
    import sources as bench

    data = {}
    for path in paths:
        data.update(json.loads(path.read_text()))
    by_domain = {d: [_as_benchmark_result(r) for r in rows] for d, rows in data.items()}
    result = {
        "note": "per-domain threshold chosen in hindsight on the measured items: an upper "
        "bound for FL301+FL302 with this model, not a result",
        "weights": {},
    }
    print("weight  domain                 items  best threshold  balanced accuracy (hindsight)")
    for weight in (0.0, 0.5, 1.0, 2.0):
        rows = {}
        for domain, results in by_domain.items():
            best = max(bench.GRID, key=lambda t: bench.balanced_accuracy(results, t, weight) or 0.0)
            rows[domain] = {
                "items": len(results),
                "threshold": best,
                "balanced_accuracy": round(bench.balanced_accuracy(results, best, weight) or 0.0, 3),
            }
            print(f"{weight:6}  {domain:22} {len(results):5}  {best:14}  {rows[domain]['balanced_accuracy']}")
        summedits = [v["balanced_accuracy"] for d, v in rows.items() if d.startswith("summedits")]
        mean = round(sum(summedits) / len(summedits), 3) if summedits else None
        print(f"{weight:6}  SummEdits mean of per-domain ceilings: {mean}")
        result["weights"][str(weight)] = {"domains": rows, "summedits_mean": mean}
    out.write_text(json.dumps(result, indent=2))
    return result


def _rounded(values) -> list:
    return [None if v is None else round(v, 3) for v in values]


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "dump":
        dump(sys.argv[2].split(","), int(sys.argv[3]), Path(sys.argv[4]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "analyse":
        analyse([Path(p) for p in sys.argv[2:]])
    elif len(sys.argv) >= 3 and sys.argv[1] == "ceiling":
        ceiling([Path(p) for p in sys.argv[2:]])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)

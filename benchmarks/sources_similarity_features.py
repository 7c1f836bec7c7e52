"""Experiment behind FL301's ``similarity_weight`` (session 5): dump, for every claim of every
sampled summary, its scores against *every* source chunk, then replay FL301's decision offline.

    python benchmarks/sources_similarity_features.py dump xsumfaith 400 xsf.json
    python benchmarks/sources_similarity_features.py dump summedits-podcast,... 60 se.json
    python benchmarks/sources_similarity_features.py analyse xsf.json se.json

``dump`` uses benchmarks/sources.py's loaders and seed-13 samples (the benchmark reports seed 7)
and FL301's own analysis pieces (claims, chunks, embeddings, NLI, names and numbers).
``analyse`` prints, per weight, the threshold that maximises the mean of SummEdits' (mean over
domains) and XSumFaith's balanced accuracy, and the same measured 2-fold held out (10 splits).
Every chunk is scored here, not only FL301's candidates, so figures differ a little from the
rule's; the benchmark run is the measurement.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TYPICAL_SIMILARITY = 0.5
GRID = [round(0.02 * i, 2) for i in range(-25, 50)]


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
                ctx = Context(doc, replace(runner.settings, sources=[runner.source_file(item.doc)]))
                srcs, chunks = ctx.analysis(S.sources), ctx.analysis(S.source_chunks)
                misquoted = {i for c in ctx.analysis(S.quote_checks) if not c.found for i in c.covers}
                todo = [c for c in ctx.analysis(claims_of) if c.sentence not in misquoted]
                claims = []
                if todo and chunks:
                    sim = np.asarray(ctx.embedder().encode([c.text for c in todo])) @ S.chunk_vectors(ctx, srcs, chunks).T
                    pairs = [(ch.text, " ".join(c.text.split())) for c in todo for ch in chunks]
                    probs = ctx.nli().score(pairs)
                    both = S.symmetric_contradiction(ctx.nli(), pairs, probs[:, 2])
                    vocab = S.vocabulary(srcs)
                    for i, c in enumerate(todo):
                        block = slice(i * len(chunks), (i + 1) * len(chunks))
                        claims.append({"text": c.text, "verbatim": S.stated_verbatim(c.text, chunks) is not None,
                                       "novel": list(S.novel_terms(c.text, vocab)),
                                       "cos": np.round(sim[i], 4).tolist(), "p": np.round(probs[block], 4).tolist(),
                                       "csym": np.round(both[block], 4).tolist()})
                rows.append({"id": item.id, "inconsistent": item.inconsistent, "claims": claims})
            result[domain] = rows
            print(f"{domain}: {len(rows)} items", flush=True)
    out.write_text(json.dumps(result))


def _claim(c: dict) -> tuple[float, float, float, bool]:
    entailment = 1.0 if c["verbatim"] else max(p[0] for p in c["p"])
    return entailment, max(c["cos"]), max(c["csym"]), bool(c["novel"])


def _flagged(claims, weight: float, threshold: float) -> bool:
    """FL301 and FL302 at their defaults (FL302: contradiction 0.5 unless support 0.9)."""
    for e, cos, c, novel in claims:
        if c >= 0.5:
            if e < 0.9:
                return True
            continue
        if e + weight * (cos - TYPICAL_SIMILARITY) < threshold or novel:
            return True
    return False


def _balanced(items, weight, threshold) -> float:
    pos = [x for x, y in items if y]
    neg = [x for x, y in items if not y]
    if not pos or not neg:
        return 0.5  # a half of a tiny sample may lack a class
    return (sum(_flagged(x, weight, threshold) for x in pos) / len(pos)
            + sum(not _flagged(x, weight, threshold) for x in neg) / len(neg)) / 2


def _objective(sets, weight, threshold) -> tuple[float, float, float]:
    summedits = [_balanced(v, weight, threshold) for k, v in sets.items() if k.startswith("summedits")]
    xs = _balanced(sets["xsumfaith"], weight, threshold)
    se = sum(summedits) / len(summedits) if summedits else xs
    return (se + xs) / 2, se, xs


def analyse(paths: list[Path]) -> None:
    data = {}
    for path in paths:
        data.update(json.loads(path.read_text()))
    sets = {d: [([_claim(c) for c in r["claims"]], r["inconsistent"]) for r in rows] for d, rows in data.items()}
    print("weight  threshold  in-sample (mean, SummEdits, XSumFaith)  held out (mean, SummEdits, XSumFaith)")
    for weight in (0.0, 0.25, 0.5, 1.0, 2.0):
        best = max(GRID, key=lambda t: _objective(sets, weight, t)[0])
        held = []
        for seed in range(10):
            rng, halves = random.Random(seed), ({}, {})
            for k, v in sets.items():
                v = v[:]
                rng.shuffle(v)
                halves[0][k], halves[1][k] = v[::2], v[1::2]
            for a, b in ((0, 1), (1, 0)):
                t = max(GRID, key=lambda t: _objective(halves[a], weight, t)[0])
                held.append(_objective(halves[b], weight, t))
        mean = [round(sum(h[i] for h in held) / len(held), 3) for i in range(3)]
        print(f"{weight:6}  {best:9}  {[round(x, 3) for x in _objective(sets, weight, best)]}  {mean}")


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "dump":
        dump(sys.argv[2].split(","), int(sys.argv[3]), Path(sys.argv[4]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "analyse":
        analyse([Path(p) for p in sys.argv[2:]])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)

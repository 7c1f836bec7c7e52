"""FL101 confidence tiers, replayed offline from scored pairs: hit rate and false alarms per tier.

    python benchmarks/contradictions.py --no-baseline --dump runs/fl101.jsonl   # score once
    python benchmarks/fl101_tiers.py runs/fl101.jsonl                          # replay (seconds)
    python benchmarks/fl101_tiers.py runs/fl101.jsonl --real runs/real.jsonl   # + a real-copy dump

The dump holds every candidate pair of every article with both directions' contradiction
probabilities (the benchmark's "skipped pairs too" pass), so the rule's decisions (the gate, the
different-quantities exception, the tiers) are replayed here without the model: the exceptions
that need only the two sentences ("unrelated", "paraphrases", "quantities") are recomputed with the
current code, the others (speech, headline, hedges) are taken from the dump.

Reported per setting: ContraDoc evidence hit rate counting findings of every tier and of the
warning tier only, and false alarms per clean news article per tier. ``--real`` takes a dump of
real articles made with ``--texts`` (below) and a judgement file (JSON lines ``{"id", "first",
"second", "real": true|false}``, kept outside the repository with the texts) and reports
precision per tier.

    python benchmarks/fl101_tiers.py --texts DIR --out runs/real.jsonl   # score real articles

Prints numbers only, never article text (``--show`` prints the flagged pairs of the real set, to
judge them; do not commit that output).
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse
import importlib.util
import json
from pathlib import Path

# the sibling benchmark's data loaders (this folder is off sys.path, see above)
_spec = importlib.util.spec_from_file_location(
    "benchmarks_contradictions", os.path.join(_HERE, "contradictions.py")
)
benchmarks_contradictions = importlib.util.module_from_spec(_spec)
sys.modules["benchmarks_contradictions"] = benchmarks_contradictions
_spec.loader.exec_module(benchmarks_contradictions)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def replay(row: dict, options: dict, legacy: bool = False):
    """The rule's ScoredPairs of one dumped article, exceptions recomputed where they depend on
    the two sentences only. ``legacy``: as the rule decided before the tiers (a gate of
    ``min_shared_words`` shared words, no different-quantities exception)."""
    from factlint.analysis.measures import compare
    from factlint.analysis.pairs import CandidatePair, difference, parallel_entries, same_event, sentence_cues
    from factlint.rules.fl101_self_contradiction import (
        REWORDED,
        ScoredPair,
        compares_figures,
        denies_something_else,
        heading_like,
        headline_restated,
        quoted,
    )

    from factlint.analysis.moments import different_moments, entries

    texts = row["texts"]
    live = entries(texts)
    out = []
    least = int(options["min_shared_words"])
    for first, second, forward, backward, similarity, reasons, kinds in row["pairs"]:
        a, b = texts[first], texts[second]
        found = set(kinds) - {"unrelated", "paraphrases", "quantities", "moments", "entries"}
        diff = difference(a, b)
        if diff.overlap >= REWORDED and not diff.contrast:
            found.add("paraphrases")
        if legacy:
            from factlint.analysis.pairs import shared_words

            if shared_words(a, b) < least:
                found.add("unrelated")
        elif same_event(a, b, least) is None:
            found.add("unrelated")
        if not legacy and compare(a, b) == "different":
            ca, cb = sentence_cues(a), sentence_cues(b)
            if ca.negated == cb.negated:
                found.add("quantities")
        if not legacy and different_moments(a, b, live[first], live[second]):
            found.add("moments")
        if not legacy and parallel_entries(a, b):
            found.add("entries")
        pair = CandidatePair(first, second, similarity, frozenset(reasons))
        if not legacy and (quoted(a) or quoted(b)):
            found.add("quotations")
        if not legacy and compares_figures(a) and compares_figures(b):
            found.add("comparisons")
        if not legacy and (denies_something_else(a, b) or denies_something_else(b, a)):
            found.add("elsewhere")
        if not legacy and (heading_like(a) or heading_like(b)):
            found.add("headline")
        if not legacy and "headline" in found and headline_restated(a, b, forward, backward):
            found.add("paraphrases")
        out.append(
            ScoredPair(
                pair,
                forward,
                backward,
                frozenset(found),
                not legacy and diff.overlap >= REWORDED and diff.contrast,
            )
        )
    return out


def overlaps(span, target) -> bool:
    return target is not None and span[0] < target[1] and target[0] < span[1]


def evaluate(rows: list[dict], scored: list[list], options: dict) -> dict:
    from factlint.linter.finding import Severity
    from factlint.rules.fl101_self_contradiction import select

    hits = {"all": 0, "warning": 0}
    docs = clean = 0
    fa = {"all": 0, "warning": 0}
    for row, items in zip(rows, scored):
        found = select(items, options)
        warn = [(it, sev) for it, sev in found if sev in (Severity.WARNING, Severity.ERROR)]
        if row["set"] == "contradoc":
            docs += 1
            for tier, chosen in (("all", found), ("warning", warn)):
                hits[tier] += any(
                    overlaps(row["spans"][it.pair.first], row["evidence"])
                    or overlaps(row["spans"][it.pair.second], row["evidence"])
                    for it, _ in chosen
                )
        elif row["set"] == "clean":
            clean += 1
            fa["all"] += len(found)
            fa["warning"] += len(warn)
    return {
        "evidence_hit_rate_all_tiers": hits["all"] / docs if docs else None,
        "evidence_hit_rate_warning": hits["warning"] / docs if docs else None,
        "false_alarms_per_article_all_tiers": fa["all"] / clean if clean else None,
        "false_alarms_per_article_warning": fa["warning"] / clean if clean else None,
        "contradoc_docs": docs,
        "clean_docs": clean,
    }


def lowest(rows, scored, options, key: str, budget: float, grid) -> float:
    """The lowest value of option ``key`` on ``grid`` whose false alarms stay within ``budget``."""
    metric = (
        "false_alarms_per_article_warning"
        if key == "warning_threshold"
        else "false_alarms_per_article_all_tiers"
    )
    for value in grid:
        changed = {**options, key: value}
        if key == "threshold":
            changed["warning_threshold"] = max(value, options["warning_threshold"])
        if evaluate(rows, scored, changed)[metric] <= budget:
            return value
    return grid[-1]


def settings(precision: str | None):
    """The run's settings: the model's default precision unless one is named."""
    from factlint.linter.rule import Settings

    return Settings(precision=precision) if precision else Settings()


def held_out(rows, scored, options, splits: int, seed: int = 0) -> dict:
    """warning_threshold picked on one half of the documents (the lowest on the grid with <= 0.05
    false alarms per clean article at warning), measured on the other half; 2-fold over
    ``splits`` random splits (ContraDoc and clean halved apiece): the mean of both folds."""
    import random
    import statistics

    grid = [round(0.40 + 0.01 * k, 2) for k in range(60)]
    rng = random.Random(seed)
    hits, alarms, picked = [], [], []
    for _ in range(splits):
        halves: list[list[int]] = [[], []]
        for group in ("contradoc", "clean"):
            idx = [i for i, r in enumerate(rows) if r["set"] == group]
            rng.shuffle(idx)
            halves[0] += idx[: len(idx) // 2]
            halves[1] += idx[len(idx) // 2 :]
        for tune, test in (halves, halves[::-1]):
            t_rows, t_scored = [rows[i] for i in tune], [scored[i] for i in tune]
            value = lowest(t_rows, t_scored, options, "warning_threshold", 0.05, grid)
            out = evaluate(
                [rows[i] for i in test], [scored[i] for i in test], {**options, "warning_threshold": value}
            )
            hits.append(out["evidence_hit_rate_warning"])
            alarms.append(out["false_alarms_per_article_warning"])
            picked.append(value)
    return {
        "splits": splits,
        "evidence_hit_rate_warning": statistics.fmean(hits),
        "false_alarms_per_article_warning": statistics.fmean(alarms),
        "warning_threshold_picked": [min(picked), statistics.median(picked), max(picked)],
    }


def score_texts(folder: Path, out: Path, precision: str | None = None) -> None:
    """Score every candidate pair (no skips) of each ``*.txt`` article in ``folder``; write a dump."""
    from factlint.linter.loader import parse_text
    from factlint.linter.providers import model_resources
    from factlint.linter.rule import Context
    from factlint.rules.fl101_self_contradiction import EXCEPTIONS, SelfContradiction, score_pairs

    run = model_resources()  # one run: the models load once

    keep_all = {**SelfContradiction.defaults, **{kind: "keep" for kind in EXCEPTIONS}}
    with open(out, "w", encoding="utf-8") as handle:
        for path in sorted(folder.glob("*.txt")):
            doc = parse_text(path.read_text(encoding="utf-8"), "text", display_path=path.name)
            ctx = Context(doc, settings(precision), resources=run)
            scored = score_pairs(doc, ctx, keep_all)
            handle.write(
                json.dumps(
                    {
                        "set": "real",
                        "id": path.name,
                        "texts": [s.text for s in doc.sentences],
                        "lines": [s.span.line for s in doc.sentences],
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
                            for it in scored
                        ],
                    }
                )
                + "\n"
            )
            print(f"  {path.name}: {len(scored)} pairs", file=sys.stderr)


def score_dev(out: Path, keep: str = "quantities", precision: str | None = None) -> None:
    """Score the rule's own candidate pairs (defaults, ``keep`` exceptions kept) on the dev data of
    benchmarks/contradictions.py, one article at a time, appending each to ``out`` as it is done
    (a long run on a shared machine can be replayed before it ends). Articles already in ``out``
    are skipped."""
    from benchmarks_contradictions import DATA, load_contradoc, load_plain  # noqa: E402
    from factlint.linter.loader import parse_text
    from factlint.linter.providers import model_resources
    from factlint.linter.rule import Context

    run = model_resources()  # one run: the models load once
    from factlint.rules.fl101_self_contradiction import SelfContradiction, score_pairs

    options = {**SelfContradiction.defaults, **{k: "keep" for k in keep.split(",") if k}}
    articles = load_contradoc(DATA / "contradoc/dev/positives.jsonl", None)
    articles += load_plain(DATA / "news/dev/articles.jsonl", "clean", None)
    done = {(r["set"], r["id"]) for r in load(out)} if out.is_file() else set()
    with open(out, "a", encoding="utf-8") as handle:
        for k, article in enumerate(articles, 1):
            if (article.set, article.id) in done:
                continue
            doc = parse_text(article.text, "text", display_path=article.id)
            scored = score_pairs(doc, Context(doc, settings(precision), resources=run), options)
            handle.write(
                json.dumps(
                    {
                        "method": "candidates",
                        "set": article.set,
                        "id": article.id,
                        "types": article.types,
                        "evidence": article.evidence,
                        "references": article.references,
                        "spans": [(x.span.start, x.span.end) for x in doc.sentences],
                        "texts": [x.text for x in doc.sentences],
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
                            for it in scored
                        ],
                    }
                )
                + "\n"
            )
            handle.flush()
            print(f"  {k}/{len(articles)} {article.set}", file=sys.stderr, flush=True)


def real_precision(rows, options, judged: dict, show: bool) -> dict:
    from factlint.linter.finding import Severity
    from factlint.rules.fl101_self_contradiction import select

    out = {"articles": len(rows)}
    for tier in ("all", "warning"):
        right = wrong = unjudged = 0
        for row in rows:
            for item, severity in select(replay(row, options, options.get("legacy", False)), options):
                if tier == "warning" and severity not in (Severity.WARNING, Severity.ERROR):
                    continue
                key = (row["id"], item.pair.first, item.pair.second)
                verdict = judged.get(key)
                if verdict is None:
                    unjudged += 1
                elif verdict:
                    right += 1
                else:
                    wrong += 1
                if show and tier == "all":
                    print(
                        f"{row['id']}\t{item.pair.first}\t{item.pair.second}\t{severity}\t"
                        f"{item.score:.2f}\t{row['texts'][item.pair.first]!r}\t{row['texts'][item.pair.second]!r}"
                    )
        total = right + wrong
        out[tier] = {
            "findings": total + unjudged,
            "true": right,
            "false_alarms": wrong,
            "unjudged": unjudged,
            "precision": right / total if total else None,
            "false_alarms_per_article": wrong / len(rows) if rows else None,
        }
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path, nargs="?")
    parser.add_argument("--real", type=Path, help="a dump of real articles (from --texts)")
    parser.add_argument("--judged", type=Path, help="judgements of the real set's findings")
    parser.add_argument("--show", action="store_true", help="print the real set's findings to judge")
    parser.add_argument("--texts", type=Path, help="score the *.txt articles of this folder")
    parser.add_argument(
        "--dev", action="store_true", help="score the dev data (ContraDoc, clean news) into --out, resumable"
    )
    parser.add_argument("--out", type=Path, help="where --texts writes its dump")
    parser.add_argument("--precision", default=None, help="--texts/--dev: fp32 | int8 (default: the model's)")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a rule option (repeatable)",
    )
    parser.add_argument(
        "--legacy",
        action="store_true",
        help="the rule before tiers: shared-word gate, no quantities exception, one tier "
        "(threshold 0.61, every finding a warning)",
    )
    parser.add_argument(
        "--tune",
        action="store_true",
        help="also pick threshold (the highest with a ContraDoc hit rate >= 0.40 over "
        "all tiers) and warning_threshold (the lowest with <= 0.05 false alarms per "
        "clean article at warning) on the dump",
    )
    parser.add_argument(
        "--heldout",
        type=int,
        default=0,
        metavar="SPLITS",
        help="also pick warning_threshold on half the dump and measure it on the other half "
        "(2-fold, this many random splits)",
    )
    args = parser.parse_args(argv)
    from factlint.rules.fl101_self_contradiction import SelfContradiction

    if args.texts:
        score_texts(args.texts, args.out, args.precision)
        return
    if args.dev:
        score_dev(args.out, precision=args.precision)
        return
    options = dict(SelfContradiction.defaults)
    for item in args.option:
        name, value = item.split("=", 1)
        current = options.get(name, "")
        options[name] = type(current)(value) if not isinstance(current, bool) else value == "true"
    if args.legacy:
        options.update({"threshold": 0.61, "warning_threshold": 0.61, "quantities": "keep", "legacy": True})
    result = {
        "options": {
            k: options[k]
            for k in (
                "threshold",
                "warning_threshold",
                "similarity_weight",
                "min_shared_words",
                "unrelated",
                "quantities",
            )
        }
    }
    if args.dump:
        rows = [r for r in load(args.dump) if r.get("method", "candidates") == "candidates"]
        scored = [replay(r, options, args.legacy) for r in rows]
        if args.tune:
            grid = [round(0.40 + 0.01 * k, 2) for k in range(80)]
            options["warning_threshold"] = lowest(rows, scored, options, "warning_threshold", 0.05, grid)
            # the info tier: the highest threshold still finding 0.40 of the planted contradictions
            for value in reversed(grid):
                changed = {**options, "threshold": value}
                if evaluate(rows, scored, changed)["evidence_hit_rate_all_tiers"] >= 0.40:
                    options["threshold"] = value
                    break
            result["tuned"] = {
                "threshold": options["threshold"],
                "warning_threshold": options["warning_threshold"],
            }
        result["dev"] = evaluate(rows, scored, options)
        if args.heldout:
            result["held_out"] = held_out(rows, scored, options, args.heldout)
    if args.real:
        judged = {}
        if args.judged and args.judged.is_file():
            for line in open(args.judged, encoding="utf-8"):
                j = json.loads(line)
                judged[(j["id"], j["first"], j["second"])] = bool(j["real"])
        result["real"] = real_precision(load(args.real), options, judged, args.show)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

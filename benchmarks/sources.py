"""Benchmark FL301/FL302 (claims against sources) on the shared dev data.

Each item is a source document and a summary of it; the summary is checked as an article whose
only source is the document (written to a temporary file and passed as ``--source`` would be),
through the real rules and analyses: claim selection, sentence-window chunks, candidate selection
by embeddings, NLI scoring with the persistent cache.

Data (``../shared/data/sources/dev/``):
- SummEdits, 7 domains: document + (edited) summary, ``label`` 1 consistent / 0 inconsistent.
  The sentences an edit changed (not in ``original_summary``) are the error "spans".
- XSumFaith: BBC articles + one-sentence summaries of 4 systems and the reference. Domain
  ``xsumfaith``: inconsistent when most of the three annotators marked a hallucinated span
  (faithfulness to the article, SummaC's convention and what FL301 checks); domain
  ``xsum-factuality``: inconsistent when most judged it not factual (``is_factual``, the label
  sessions 1-2 reported as XSumFaith; it accepts what the article lacks but the world confirms).
  Error spans from the hallucination annotations (any annotator).
- CLIFF: BART/Pegasus summaries of XSum and CNN/DM articles; label = ``error_type != correct``;
  error spans = ``annotated_span`` strings.

Measures, per domain:
- balanced accuracy of "the summary has an FL301/FL302 finding" against "the summary is
  inconsistent" (``flagged`` mirrors the rules: FL301 when no chunk entails a claim at its
  ``threshold`` or the claim has a number or name no source mentions, FL302 when a chunk
  contradicts it at FL302's defaults); FL301's threshold is swept here. AUC: how well the least
  supported claim's entailment alone ranks inconsistent summaries below consistent ones.
  The threshold is chosen on this same dev data (there is no separate test split here): one
  threshold for all domains (the rule has one default), maximising the mean of SummEdits' and
  XSumFaith's balanced accuracy; also reported: each domain's own best threshold (an optimistic
  ceiling) and a 2-fold estimate (threshold picked on one half of the items, measured on the
  other, averaged), which is the fairer number for the chosen default;
- span agreement: of the flagged summary sentences in inconsistent summaries, the share that
  contain an annotated error span (SummEdits: an edited sentence);
- cost: source chunks scored per claim, model pairs, seconds (wall and CPU) per document;
- the model's share (SummEdits edit check): for each sampled edit that changed one sentence, is
  the original sentence better supported than the edited one? Near-identical sentences get
  near-identical candidate chunks, so a low score here is the NLI model failing to see the
  edit, not the chunking or the candidate selection missing the evidence.

Run: ``python benchmarks/sources.py --limit 20`` (items per domain, sampled with a fixed seed;
0 = all). Prints progress and a table; writes ``benchmarks/results/sources.json``. On the
project's 2-core CPU machine (shared) 20 items per domain took about 16 minutes in session 2;
on session 3's (an AMX Xeon, lean runtime) 60 items per domain take 2 minutes. The committed
result is ``--limit 20 --seed 7 --threshold 0.02`` with factlint-minilm-nli v2: the FL301
threshold and FL302's defaults (0.5 on the smaller of both directions, support 0.9) were chosen
beforehand on the seed-13 sample (same size; per-chunk scores of both directions dumped once and
every variant scored offline), so these numbers are measured on items the choice never saw (a
few may overlap between the two samples). Held out: SummEdits 0.621, XSumFaith 0.500, CLIFF
0.700 (the old model and defaults, same sample: 0.571, 0.500, 0.725). The best FL301 threshold
was 0 on seed 13 and 0.2 on seed 7, and no one value helps both: the model's entailment does
not separate consistent from inconsistent summaries on this data (AUC 0.47-0.80 by domain),
so the method's gains come from FL302 read both ways and the names-and-numbers check. The
model, not the method, is the limit on SummEdits and XSumFaith; with 20 items per domain
(10 per class) one summary moves a domain's balanced accuracy by 0.05. Three times the sample
(``--limit 60 --seed 7 --threshold 0.02``, ``results/sources_limit60_single_threshold.json``): SummEdits 0.612,
XSumFaith 0.483, CLIFF 0.698 — the same picture.
Those XSumFaith figures use the ``is_factual`` label (now domain ``xsum-factuality``). Labelled by
the hallucination annotations instead (domain ``xsumfaith``, SummaC's convention: is the summary
supported by its article, which is FL301's question), XSumFaith is 0.750 in the committed
limit-20 run (10 summaries per class: noise), 0.617 at limit 60 and
**0.625 on all 2,075 summaries** (``results/sources_xsumfaith_all_single_threshold.json``; AUC 0.667; for scale,
SummaC reports 0.58 for SummaC-ZS and 0.66 for SummaC-Conv on its XSumFaith test half). The
threshold re-chosen with that label on seed 13 (limit 60) is 0.32; on held-out seed 7 it gives
SummEdits 0.588, XSumFaith 0.633, CLIFF 0.637 against 0.612 / 0.617 / 0.698 at 0.02, and 0.637 on
all of XSumFaith: no clear gain, so 0.02 stays (``results/sources-threshold/``).
Session 5: FL301 weighs how near the sources come to a claim. A claim is unsupported when
``entailment + similarity_weight * (cosine with the nearest chunk - 0.5) < threshold`` (defaults
1.0 and 0.40). Chosen on every chunk's scores for the seed-13 samples (XSumFaith 400 items,
SummEdits 60 per domain; ``sources_similarity_features.py`` dumps them): cosine alone ranks
XSumFaith's summaries better than entailment (AUC 0.73 vs 0.70); 2-fold held out, weight 1.0
gave XSumFaith 0.692 and SummEdits 0.592 against 0.640 and 0.578 with one threshold. Measured
with the benchmark on samples the choice never saw (``--threshold 0.40``): seed 7, limit 60
(``results/sources_limit60.json``) SummEdits 0.605 (0.612 before), **XSumFaith 0.683** (0.617),
CLIFF 0.670 (0.698); **all 2,075 XSumFaith summaries 0.677** (0.625; AUC 0.708 vs 0.667;
``results/sources_xsumfaith_all.json``; 400 of them were in the choice's sample).
Tried on seed 13 and not kept: windows of one and two sentences (+0.02, within noise, and lost
evidence spread over three sentences: seeds/sourced-example line 6); contradiction as the mean
of both directions (as good on the data, but an unrelated pair read backward alone reached
0.81); entailment minus contradiction as the support score; the better of both directions for
entailment; new lower-case content words as a signal (fires on paraphrases as often as on
errors); countries named in all-lower-case XSum summaries (doubled false reports).
Tried in session 3 and not kept: scoring each clause of a claim (``--clauses``; SummEdits 0.619,
XSumFaith 0.500 at limit 60, ``results/sources_clauses_limit60.json``: within noise).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder is sys.path[0], and benchmarks/numbers.py would shadow the
# standard library's `numbers` module (numpy imports it).
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import ast
import csv
import json
import re
import os
import random
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[0].parent / "shared" / "data" / "sources" / "dev"
SUMMEDITS = ("podcast", "qmsumm", "sales_call", "sales_email", "samsum", "scitldr", "ectsum")
SELECTION_DOMAINS = ("summedits", "xsumfaith")  # the threshold maximises their mean
# FL301 thresholds tried; similarity-adjusted support can fall below 0 (-0.5: only names/numbers and FL302)
GRID = [round(0.02 * i, 2) for i in range(-25, 50)]


@dataclass
class Item:
    domain: str
    id: str
    doc: str
    summary: str
    inconsistent: bool
    error_spans: list[str] = field(default_factory=list)  # texts; SummEdits: edited sentences
    original: str = ""  # SummEdits: the summary before the edit


# --- data ---------------------------------------------------------------------------------------


def load_summedits(domain: str) -> list[Item]:
    rows = json.loads((DATA / "summedits" / f"summedits_{domain}.json").read_text(encoding="utf-8"))
    items = []
    for r in rows:
        original = " ".join(r.get("original_summary", "").split())
        edited = (
            []
            if r["label"] == 1
            else [s for s in _rough_sentences(r["summary"]) if " ".join(s.split()) not in original]
        )
        items.append(
            Item(
                f"summedits-{domain}",
                r["id"],
                r["doc"],
                r["summary"],
                r["label"] == 0,
                edited,
                r.get("original_summary", ""),
            )
        )
    return items


def _rough_sentences(text: str) -> list[str]:
    from factlint.linter.segment import split_sentences

    return [text[a:b] for a, b in split_sentences(text)]


def load_xsumfaith(label: str = "faithful") -> list[Item]:
    """XSumFaith's summaries, labelled by ``label``:

    - ``"faithful"`` (domain ``xsumfaith``): consistent when most of the three annotators marked
      no hallucinated span (the hallucination annotations; SummaC's convention, and what FL301
      checks: is the summary supported by its source?);
    - ``"factual"`` (domain ``xsum-factuality``): consistent when most annotators judged it
      factual (``is_factual``), which also accepts information the source lacks but the world
      confirms: a checker of sources is bound to flag those (sessions 1-2 used this label).
    """
    base = DATA / "xsumfaith"
    docs = {}
    with (base / "documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                docs[row["bbcid"]] = row["document"]
    votes: dict[tuple[str, str], list[str]] = defaultdict(list)
    summaries = {}
    with (base / "factuality_annotations_xsum_summaries.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = (r["bbcid"], r["system"])
            votes[key].append(r["is_factual"].strip().lower())
            summaries[key] = r["summary"]
    spans: dict[tuple[str, str], set[str]] = defaultdict(set)
    hallucinated: dict[tuple[str, str], dict[str, bool]] = defaultdict(dict)  # key -> worker -> any span
    with (base / "hallucination_annotations_xsum_summaries.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key, found = (r["bbcid"], r["system"]), r["hallucination_type"] != "NULL"
            hallucinated[key][r["worker_id"]] = hallucinated[key].get(r["worker_id"], False) or found
            summaries.setdefault(key, r["summary"])
            if found and r["hallucinated_span"].strip():
                spans[key].add(r["hallucinated_span"].strip())
    labelled = votes if label == "factual" else hallucinated
    items = []
    for key in sorted(labelled):
        if key[0] not in docs:
            continue
        if label == "factual":
            consistent = votes[key].count("yes") > len(votes[key]) / 2
        else:
            workers = hallucinated[key]
            consistent = sum(not h for h in workers.values()) > len(workers) / 2
        domain = "xsumfaith" if label == "faithful" else "xsum-factuality"
        items.append(
            Item(
                domain,
                f"{key[0]}-{key[1]}",
                docs[key[0]],
                summaries[key],
                not consistent,
                sorted(spans.get(key, ())),
            )
        )
    return items


def load_cliff(origin: str) -> list[Item]:
    items = []
    with (DATA / "cliff" / "CLIFF_error_types.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["origin"] != origin:
                continue
            spans = []
            if r["annotated_span"].strip():
                try:
                    spans = [str(s) for s in ast.literal_eval(r["annotated_span"])]
                except (ValueError, SyntaxError):
                    spans = [r["annotated_span"]]
            items.append(
                Item(
                    f"cliff-{origin}",
                    f"{r['id']}-{r['model_name']}",
                    r["doc"],
                    r["summ"],
                    r["error_type"] != "correct",
                    spans,
                )
            )
    return items


def load_domain(name: str) -> list[Item]:
    if name.startswith("summedits-"):
        return load_summedits(name.split("-", 1)[1])
    if name == "xsumfaith":
        return load_xsumfaith("faithful")
    if name == "xsum-factuality":
        return load_xsumfaith("factual")
    if name.startswith("cliff-"):
        return load_cliff(name.split("-", 1)[1])
    raise ValueError(name)


def sample(items: list[Item], limit: int, seed: int) -> list[Item]:
    """``limit`` items (all when 0), half consistent and half not where the domain has enough
    (balanced accuracy does not depend on the class ratio, and a sample of XSumFaith's 11%
    consistent summaries would otherwise hold a handful), drawn with a fixed seed, then grouped
    by document so a document's chunk embeddings are computed once."""
    if limit and len(items) > limit:
        rng = random.Random(seed)
        pos = [it for it in items if it.inconsistent]
        neg = [it for it in items if not it.inconsistent]
        n_neg = min(len(neg), limit // 2)
        n_pos = min(len(pos), limit - n_neg)
        n_neg = min(len(neg), limit - n_pos)
        items = rng.sample(pos, n_pos) + rng.sample(neg, n_neg)
    order = {d: i for i, d in enumerate(dict.fromkeys(it.doc for it in items))}
    return sorted(items, key=lambda it: (order[it.doc], it.id))


# --- running the rules ---------------------------------------------------------------------------


class Runner:
    def __init__(self, model: str | None, device: str, folder: Path):
        from factlint.linter.rule import Settings
        from factlint.rules.fl301_unsupported_claim import UnsupportedClaim
        from factlint.rules.fl302_contradicted_by_source import ContradictedBySource

        from factlint.linter.providers import model_resources

        self.settings = Settings(model=model, device=device)
        self.resources = model_resources()  # one run: the models load once
        self.rules = [UnsupportedClaim(), ContradictedBySource()]
        self.folder = folder
        self.files: dict[str, Path] = {}

    def source_file(self, text: str) -> Path:
        if text not in self.files:
            path = self.folder / f"source-{len(self.files)}.txt"
            path.write_text(text, encoding="utf-8")
            self.files[text] = path
        return self.files[text]

    def run(self, item: Item) -> dict:
        from dataclasses import replace

        from factlint.analysis.sources import support
        from factlint.linter.loader import parse_text
        from factlint.linter.rule import Context

        doc = parse_text(item.summary, "text", display_path="summary.txt")
        ctx = Context(
            doc, replace(self.settings, sources=[self.source_file(item.doc)]), resources=self.resources
        )
        findings = [f for rule in self.rules for f in rule.check(doc, ctx)]
        scored = ctx.analysis(support)
        return {
            "id": item.id,
            "inconsistent": item.inconsistent,
            "claims": [
                {
                    "sentence": s.claim.sentence,
                    "text": s.claim.text,
                    "entailment": round(s.entailment, 4),
                    "contradiction": round(s.contradiction, 4),
                    "novel": list(s.novel),
                    "scored": s.scored,
                    "similarity": round(s.similarity, 4),
                }
                for s in scored
            ],
            "findings": [
                {"rule": f.rule_id, "line": f.span.line, "text": doc.text[f.span.start : f.span.end]}
                for f in findings
            ],
            "sentences": len(doc.sentences),
            "spans": item.error_spans,
        }


# Where a long summary sentence splits into propositions: a semicolon, a comma + conjunction, or
# "and"/"but" before a new subject.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|,\s*(?:and|but|while|whereas|although|though)\s+|"
    r"\s+(?:and|but)\s+(?=(?:he|she|they|it|the|his|her|their|[A-Z])\w*\s))\s*"
)


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` that have four words or more (``[text]`` when it does not split)."""
    parts = [p.strip(" ,.") for p in _CLAUSE_BREAK.split(text)]
    parts = [p for p in parts if len(p.split()) >= 4]
    return parts if len(parts) > 1 else [text]


def clause_scoring() -> None:
    """Experiment (``--clauses``): SummEdits' summary sentences are long and an edit changes one
    detail, so score each clause on its own too, as claim-decomposition checkers do; a claim's
    entailment becomes its least supported clause's, its contradiction the strongest. Patches
    the analysis in this process only. Measured with v2, --limit 60 --seed 7: SummEdits 0.619
    vs 0.612 without, XSumFaith 0.500 vs 0.483: within noise, so the rules do not do it."""
    import dataclasses

    import factlint.analysis.source_support as analysis  # support() calls score_claims there

    whole = analysis.score_claims

    def by_clause(claims, chunks, nli, similarity, vocab=None):
        out = whole(claims, chunks, nli, similarity, vocab)
        for k, (claim, found) in enumerate(zip(claims, out)):
            parts = clauses(claim.text)
            if len(parts) == 1:
                continue
            sims = None if similarity is None else similarity[[k] * len(parts)]
            each = whole([dataclasses.replace(claim, text=p) for p in parts], chunks, nli, sims)
            out[k] = dataclasses.replace(
                found,
                entailment=min(x.entailment for x in each),
                contradiction=max([found.contradiction] + [x.contradiction for x in each]),
            )
        return out

    analysis.score_claims = by_clause


def edit_pairs(items: list[Item]) -> list[tuple[Item, str, str]]:
    """SummEdits inconsistent items whose edit changed one sentence: (item, original sentence,
    edited sentence), aligned by position in a summary of unchanged length."""
    out = []
    for it in items:
        if not it.inconsistent or not it.original or len(it.error_spans) != 1:
            continue
        edited, original = _rough_sentences(it.summary), _rough_sentences(it.original)
        if len(edited) != len(original):
            continue
        k = next((i for i, s in enumerate(edited) if s == it.error_spans[0]), None)
        if k is not None and original[k].strip() != edited[k].strip():
            out.append((it, original[k], edited[k]))
    return out


def edit_ranking(runner: "Runner", pairs: list[tuple[Item, str, str]]) -> dict:
    """Is an original summary sentence better supported than its edited (inconsistent) version?
    Both are checked against the same document by the same pipeline, and near-identical texts
    get near-identical candidate chunks, so this measures the NLI model more than the method:
    a perfect model ranks every original above its edit."""
    wins, diffs, n = 0.0, [], 0
    for it, original, edited in pairs:
        scores = []
        for text in (original, edited):
            result = runner.run(Item(it.domain, it.id, it.doc, text, False))
            scores.append(min((c["entailment"] for c in result["claims"]), default=None))
        if None in scores:
            continue
        n += 1
        wins += 1.0 if scores[0] > scores[1] else 0.5 if scores[0] == scores[1] else 0.0
        diffs.append(scores[0] - scores[1])
    return {
        "pairs": n,
        "original_ranked_higher": round(wins / n, 3) if n else None,
        "mean_entailment_gap": round(sum(diffs) / n, 3) if n else None,
    }


# --- measures --------------------------------------------------------------------------------


def _fl302_defaults() -> tuple[float, float]:
    from factlint.rules.fl302_contradicted_by_source import ContradictedBySource

    d = ContradictedBySource.defaults
    return float(d["threshold"]), float(d["support_threshold"])


def claim_flagged(claim: dict, threshold: float, weight: float | None = None) -> bool:
    """Would FL301 or FL302 (at their defaults, FL301 at ``threshold``) report this claim?
    FL301: entailment below ``threshold``, or a number or name no source mentions (unless
    contradicted: then FL302 reports it); FL302: contradiction from its threshold unless some
    chunk supports the claim strongly. Mirrors the rules' ``flags``."""
    contradicted_at, strong_support = _fl302_defaults()
    e, c = claim["entailment"], claim["contradiction"]
    if c >= contradicted_at:
        return e < strong_support  # FL302
    return _fl301_support(claim, weight) < threshold or bool(claim.get("novel"))  # FL301


def _fl301_support(claim: dict, weight: float | None = None) -> float:
    """FL301's similarity-adjusted entailment (``weight``: its ``similarity_weight``, by default
    the rule's default)."""
    from factlint.analysis.nearness import TYPICAL_SIMILARITY, weigh_by_similarity
    from factlint.rules.fl301_unsupported_claim import UnsupportedClaim

    if weight is None:
        weight = float(UnsupportedClaim.defaults["similarity_weight"])
    return weigh_by_similarity(claim["entailment"], claim.get("similarity", TYPICAL_SIMILARITY), weight)


def flagged(result: dict, threshold: float, weight: float | None = None) -> bool:
    return any(claim_flagged(c, threshold, weight) for c in result["claims"])


def doc_score(result: dict) -> float:
    """FL301's similarity-adjusted support of the summary's least supported claim (1.0: no claim to check): the
    threshold-free ranking behind the AUC column."""
    return min((_fl301_support(c) for c in result["claims"]), default=1.0)


def balanced_accuracy(results: list[dict], threshold: float, weight: float | None = None) -> float | None:
    pos = [r for r in results if r["inconsistent"]]
    neg = [r for r in results if not r["inconsistent"]]
    if not pos or not neg:
        return None
    tpr = sum(flagged(r, threshold, weight) for r in pos) / len(pos)
    tnr = sum(not flagged(r, threshold, weight) for r in neg) / len(neg)
    return (tpr + tnr) / 2


def auc(results: list[dict]) -> float | None:
    """Chance that an inconsistent summary's least supported claim has lower entailment than a
    consistent summary's (ties count half)."""
    pos = [doc_score(r) for r in results if r["inconsistent"]]
    neg = [doc_score(r) for r in results if not r["inconsistent"]]
    if not pos or not neg:
        return None
    wins = sum((p < q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def span_agreement(results: list[dict], threshold: float) -> tuple[float | None, int]:
    """Of the claims flagged in inconsistent summaries, the share containing an error span."""
    hits = total = 0
    for r in results:
        if not r["inconsistent"] or not r["spans"]:
            continue
        for c in r["claims"]:
            if claim_flagged(c, threshold):
                total += 1
                text = " ".join(c["text"].lower().split())
                hits += any(
                    " ".join(s.lower().split()) in text or text in " ".join(s.lower().split())
                    for s in r["spans"]
                )
    return (hits / total if total else None), total


def group_mean(
    by_domain: dict[str, list[dict]], threshold: float, group: str, weight: float | None = None
) -> float | None:
    values = [balanced_accuracy(rs, threshold, weight) for d, rs in by_domain.items() if d.startswith(group)]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def selection_objective(
    by_domain: dict[str, list[dict]], threshold: float, weight: float | None = None
) -> float:
    values = [group_mean(by_domain, threshold, g, weight) for g in SELECTION_DOMAINS]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else 0.0


def choose_threshold(by_domain: dict[str, list[dict]], weight: float | None = None) -> float:
    return max(GRID, key=lambda t: (selection_objective(by_domain, t, weight), -abs(t - 0.5)))


def two_fold(
    by_domain: dict[str, list[dict]], seed: int, weight: float | None = None
) -> dict[str, float | None]:
    """Threshold chosen on one half of every domain's items, balanced accuracy measured on the
    other half; both directions averaged."""
    rng = random.Random(seed)
    halves: list[dict[str, list[dict]]] = [{}, {}]
    for d, rs in by_domain.items():
        shuffled = rs[:]
        rng.shuffle(shuffled)
        halves[0][d], halves[1][d] = shuffled[::2], shuffled[1::2]
    out: dict[str, list[float]] = defaultdict(list)
    for a, b in ((0, 1), (1, 0)):
        t = choose_threshold(halves[a], weight)
        for d in by_domain:
            v = balanced_accuracy(halves[b][d], t, weight)
            if v is not None:
                out[d].append(v)
        for g in SELECTION_DOMAINS:
            v = group_mean(halves[b], t, g, weight)
            if v is not None:
                out[g].append(v)
    return {k: round(sum(v) / len(v), 3) for k, v in out.items() if v}


# --- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    global DATA
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DATA.parents[1], help="the shared data folder (sources/dev/ under it)"
    )
    parser.add_argument("--limit", type=int, default=20, help="items per domain (0: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--model", default=None, help="NLI model (default: factlint-minilm-nli)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument(
        "--domains", default="", help="comma-separated subset, e.g. summedits-samsum,xsumfaith"
    )
    parser.add_argument("--out", type=Path, default=HERE / "results" / "sources.json")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="evaluate FL301 at this threshold instead of choosing one on this data",
    )
    parser.add_argument(
        "--no-edit-check", action="store_true", help="skip the SummEdits original-vs-edited sentence check"
    )
    parser.add_argument("--dump", type=Path, default=None, help="also write every item's claim scores here")
    parser.add_argument(
        "--clauses",
        action="store_true",
        help="experiment: also score each claim's clauses; a claim's entailment is "
        "the least supported clause's (see clause_scoring)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="NLI score cache to use (default: a fresh one, so timings are cold)",
    )
    args = parser.parse_args(argv)
    DATA = args.data / "sources" / "dev"
    if args.clauses:
        clause_scoring()
    if not DATA.is_dir():
        print(f"data not found: {DATA}", file=sys.stderr)
        return 2
    domains = [f"summedits-{d}" for d in SUMMEDITS] + [
        "xsumfaith",
        "xsum-factuality",
        "cliff-xsum",
        "cliff-cnndm",
    ]
    if args.domains:
        domains = [d for d in domains if d in set(args.domains.split(","))]

    started = time.time()
    load_seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="factlint-sources-") as tmp:
        os.environ["FACTLINT_CACHE_DIR"] = str(args.cache_dir or Path(tmp) / "cache")
        runner = Runner(args.model, args.device, Path(tmp))
        load_started = time.time()
        nli = None
        by_domain: dict[str, list[dict]] = {}
        cost: dict[str, dict] = {}
        sampled: dict[str, list[Item]] = {}
        for domain in domains:
            items = sampled[domain] = sample(load_domain(domain), args.limit, args.seed)
            results = []
            t0, cpu0 = time.time(), time.process_time()
            for n, item in enumerate(items, 1):
                results.append(runner.run(item))
                if nli is None:
                    nli = runner.resources.nli(runner.settings)
                    load_seconds = time.time() - load_started
                if n % 10 == 0 or n == len(items):
                    print(f"  {domain}: {n}/{len(items)} ({time.time() - t0:.0f}s)", flush=True)
            seconds, cpu = time.time() - t0, time.process_time() - cpu0
            claims = [c for r in results for c in r["claims"]]
            cost[domain] = {
                "items": len(results),
                "documents": len({it.doc for it in items}),
                "claims_per_summary": round(len(claims) / max(1, len(results)), 2),
                "chunks_scored_per_claim": round(sum(c["scored"] for c in claims) / max(1, len(claims)), 2),
                "seconds_per_item": round(seconds / max(1, len(results)), 3),
                # CPU time of this process: wall time depends on what else the machine runs
                "cpu_seconds_per_item": round(cpu / max(1, len(results)), 3),
            }
            by_domain[domain] = results
        edits = None
        if not args.no_edit_check:
            pairs = [p for d in domains if d.startswith("summedits-") for p in edit_pairs(sampled[d])]
            print(f"  edit check: {len(pairs)} original/edited sentence pairs", flush=True)
            edits = edit_ranking(runner, pairs)
        stats = nli.stats if nli is not None else None

    chosen = choose_threshold(by_domain)
    threshold = args.threshold if args.threshold is not None else chosen
    table = []
    for domain in domains:
        rs = by_domain[domain]
        best = max(GRID, key=lambda t: (balanced_accuracy(rs, t) or 0, -abs(t - threshold)))
        agree, flagged = span_agreement(rs, threshold)
        table.append(
            {
                "domain": domain,
                "n": len(rs),
                "inconsistent": sum(r["inconsistent"] for r in rs),
                "balanced_accuracy": _round(balanced_accuracy(rs, threshold)),
                "auc": _round(auc(rs)),
                "own_best_threshold": best,
                "own_best_balanced_accuracy": _round(balanced_accuracy(rs, best)),
                "span_agreement": _round(agree),
                "flagged_claims_in_inconsistent": flagged,
                **cost[domain],
            }
        )
    folds = two_fold(by_domain, args.seed)
    groups = {
        g: {
            "balanced_accuracy": _round(group_mean(by_domain, threshold, g)),
            "two_fold_balanced_accuracy": folds.get(g),
        }
        for g in ("summedits", "xsumfaith", "xsum-factuality", "cliff")
    }
    for row in table:
        row["two_fold_balanced_accuracy"] = folds.get(row["domain"])
    report = {
        "model": args.model or "factlint-minilm-nli",
        "limit_per_domain": args.limit,
        "seed": args.seed,
        "threshold": threshold,
        "threshold_given": args.threshold is not None,
        "best_threshold_on_this_sample": chosen,
        "fl302": dict(zip(("threshold", "support_threshold"), _fl302_defaults())),
        "selection": "one FL301 threshold maximising the mean of SummEdits' (mean over its domains) "
        "and XSumFaith's balanced accuracy; no separate test split exists in this dev "
        "data"
        + (
            "; given on the command line (chosen on another sample)"
            if args.threshold is not None
            else "; chosen on this sample"
        ),
        "groups": groups,
        "domains": table,
        "edit_check": edits,
        "first_item_seconds": round(load_seconds, 1) if nli is not None else None,  # model loads included
        "nli_pairs": {
            "requested": stats.pairs_requested,
            "scored": stats.pairs_scored,
            "cache_hits": stats.cache_hits,
        }
        if stats
        else None,
        "total_seconds": round(time.time() - started, 1),
    }
    print_table(report)
    if args.dump:
        args.dump.write_text(json.dumps(by_domain, indent=1) + "\n", encoding="utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def print_table(report: dict) -> None:
    given = "given" if report["threshold_given"] else "chosen on this sample"
    print(
        f"\nFL301 threshold (entailment below it = unsupported): {report['threshold']} ({given}; "
        f"best on this sample: {report['best_threshold_on_this_sample']}); FL302 at its defaults "
        f"{report['fl302']}"
    )
    head = (
        f"{'domain':24} {'n':>4} {'incons':>6} {'bal.acc':>7} {'AUC':>5} {'2-fold':>6} {'own t':>5} {'own acc':>7} "
        f"{'span':>5} {'chunks/claim':>12} {'s/doc':>6} {'cpu s/doc':>9}"
    )
    print(head)
    print("-" * len(head))
    for row in report["domains"]:
        print(
            f"{row['domain']:24} {row['n']:4d} {row['inconsistent']:6d} {_fmt(row['balanced_accuracy']):>7} "
            f"{_fmt(row['auc']):>5} "
            f"{_fmt(row['two_fold_balanced_accuracy']):>6} {row['own_best_threshold']:5.2f} "
            f"{_fmt(row['own_best_balanced_accuracy']):>7} {_fmt(row['span_agreement']):>5} "
            f"{row['chunks_scored_per_claim']:12.2f} {row['seconds_per_item']:6.2f} "
            f"{row['cpu_seconds_per_item']:9.2f}"
        )
    for group, values in report["groups"].items():
        print(
            f"{group + ' (mean)':24} {'':4} {'':6} {_fmt(values['balanced_accuracy']):>7} {'':5} "
            f"{_fmt(values['two_fold_balanced_accuracy']):>6}"
        )
    if report.get("edit_check"):
        e = report["edit_check"]
        print(
            f"SummEdits edit check: the original sentence is better supported than its edit in "
            f"{_fmt(e['original_ranked_higher'])} of {e['pairs']} pairs (mean entailment gap "
            f"{_fmt(e['mean_entailment_gap'])}; 1.0 = a model that always notices the edit)"
        )
    if report["nli_pairs"]:
        p = report["nli_pairs"]
        print(
            f"NLI pairs: {p['requested']} requested, {p['scored']} scored, {p['cache_hits']} from cache; "
            f"first item (model loads) {report['first_item_seconds']}s; total {report['total_seconds']}s"
        )


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())

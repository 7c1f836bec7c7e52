"""Can FL401 pair two figures by "same statement apart from the figure"? Cheap signals measured.

    python benchmarks/figure_pairing.py PAIRS [PAIRS ...]             # pairs folders (contra/, clean/)
    python benchmarks/figure_pairing.py PAIRS ... --out scores.jsonl  # also each pair's scores

Each article of a pairs folder (see ``numbers_real.py``) holds two real sentences. Candidate figure
pairs: one figure in each of two sentences, the same broad type by the shared analysis (a count, a
sum in one currency, a measure of one dimension, a share, an age, a rank, a date, a year, a
clock time), values
that differ beyond the rounding of either and the bound ("at least", "nearly") of either. Each
pair is scored by:

- ``frame``: Jaccard of the content lemmas within six words either side of each figure;
- ``ctx``: Jaccard of the content lemmas of the two figures' clauses (the analysis's ``context``);
- ``cos``: cosine of the packaged embedder's vectors of the two sentences, every figure masked;
- ``wcos``: the same over eight words either side of the figure (the figure masked);
- ``al_wcos``: ``wcos`` when the two figures are each other's best counterpart by ``wcos`` among the
  same-type figures of the other sentence (equal values included), else -1;
- ``con``: the packaged NLI model's contradiction probability on the pair (both orders, the higher);
- ``ent_m`` / ``went_m``: its entailment probability on the masked sentences / masked windows (the
  lower of both orders): "the same statement apart from the figure".

An article scores the highest of its pairs. Events (the file name up to its first "-" or "_") are
split into two halves by a hash: thresholds are read on one half and reported on both, as what a
signal adds to today's FL401-FL403 warnings (contra found, clean warned) next to what a signal
that picks articles at random would add. Counts only are printed; ``--out`` (keep it outside the
repository) holds scores and file names, no text.
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

TODAY = date(2024, 6, 1)  # as numbers_real.py
RULES = ["FL401", "FL402", "FL403"]
SIGNALS = {
    "frame": "frame words (6 either side) Jaccard",
    "ctx": "clause lemmas Jaccard",
    "cos": "sentence cosine, figures masked",
    "wcos": "window cosine (8 either side), figure masked",
    "al_wcos": "window cosine, mutual best counterpart only",
    "con": "NLI contradiction, pair as written",
    "ent_m": "NLI entailment, figures masked",
    "went_m": "NLI entailment, masked windows",
    "combined": "all of them (logistic, fitted on tune)",
}


def _event(name: str) -> str:
    return name.replace("_", "-").split("-", 1)[0].lower()


def _half(event: str) -> str:
    return "tune" if hashlib.md5(event.encode()).digest()[0] % 2 == 0 else "held"


def _type(q) -> str:
    if q.kind in ("money", "measure"):
        return f"{q.kind}:{q.unit}"
    return q.kind


def _differ(a, b) -> bool:
    """Values apart beyond either's rounding (a tenth for an approximate one) and bound."""
    va, vb = a.base_value or a.value, b.base_value or b.value
    step = max(a.precision or 0, b.precision or 0)
    if a.approx or b.approx:
        step = max(step, 0.1 * max(abs(va), abs(vb)))
    if abs(va - vb) <= step / 2 + 1e-9:
        return False
    for q, v, other in ((a, va, vb), (b, vb, va)):
        if q.bound == "lower" and other >= v or q.bound == "upper" and other <= v:
            return False
        if q.upper and q.value <= other <= q.upper:
            return False
    return True


def _dates_differ(a, b) -> bool | None:
    """None: not comparable; else whether two dates (or two years) name different days/years."""
    if a.year is None or b.year is None:
        if not (a.month and b.month and a.day and b.day):
            return None
        return (a.month, a.day) != (b.month, b.day)
    return (a.year, a.month, a.day) != (b.year, b.month, b.day)


def _window(text: str, start: int, end: int, n: int, keep: bool = False) -> str:
    from factlint.analysis.text import word_tokens

    words = [t for t in word_tokens(text) if t.is_word]
    before = [t for t in words if t.end <= start][-n:]
    after = [t for t in words if t.start >= end][:n]
    a = before[0].start if before else start
    e = after[-1].end if after else end
    return text[a:start] + (text[start:end] if keep else "several") + text[end:e]


def _frame(text: str, start: int, end: int) -> frozenset[str]:
    from factlint.analysis.numtext import lemma
    from factlint.analysis.text import content_words

    return frozenset(map(lemma, content_words(_window(text, start, end, 6).replace("several", " "))))


def _clause(figure, sentence: str) -> frozenset[str]:
    """The content lemmas of a figure's clause (a clock time's: of its sentence)."""
    from factlint.analysis.numtext import lemma
    from factlint.analysis.text import content_words

    words = getattr(figure, "context", None)
    return frozenset(map(lemma, words if words is not None else content_words(sentence)))


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + "several" + text[end:]
    return text


def _article(path: Path, cls: str, kinds: dict) -> dict:
    from factlint.analysis.numbers import numbers
    from factlint.analysis.times import clock_times, gap
    from factlint.linter.engine import lint_text
    from factlint.linter.finding import Severity
    from factlint.linter.loader import load_document
    from factlint.linter.rule import Context

    text = path.read_text(encoding="utf-8")
    found = lint_text(text, display_path=path.name, select=RULES, today=TODAY)
    doc = load_document(None, data=text.encode("utf-8"), display_path=path.name)
    facts = Context(doc, today=TODAY).analysis(numbers)
    sentences = {s.index: s.text for s in doc.sentences}
    figures = [(q.sentence, q.start, q.end, _type(q), q) for q in facts.quantities]
    figures += [
        (d.sentence, d.start, d.end, "date" if d.month else "year", d)
        for d in facts.dates
        if not d.relative and (d.year is not None or d.month is not None)
    ]
    figures += [
        (t.sentence, t.start, t.end, "clock", t) for t in Context(doc, today=TODAY).analysis(clock_times)
    ]
    spans: dict[int, list[tuple[int, int]]] = {}
    for s, start, end, _, _ in figures:
        spans.setdefault(s, []).append((start, end))
    pairs = []
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            if a[0] == b[0] or a[3] != b[3]:
                continue
            if a[3] == "clock":
                differ = gap(a[4], b[4]) > 0
            elif a[3] in ("date", "year"):
                differ = _dates_differ(a[4], b[4])
            else:
                differ = _differ(a[4], b[4])
            if differ is None:
                continue
            sa, sb = sentences[a[0]], sentences[b[0]]
            pairs.append(
                {
                    "ia": i,
                    "ib": j,
                    "type": a[3],
                    "differ": differ,
                    "frame": _jaccard(_frame(sa, a[1], a[2]), _frame(sb, b[1], b[2])),
                    "ctx": _jaccard(_clause(a[4], sa), _clause(b[4], sb)),
                    "texts": (
                        sa,
                        sb,
                        _masked(sa, spans[a[0]]),
                        _masked(sb, spans[b[0]]),
                        _window(sa, a[1], a[2], 8),
                        _window(sb, b[1], b[2], 8),
                    ),
                }
            )
    file = f"{cls}/{path.name}"
    return {
        "file": file,
        "cls": cls,
        "event": _event(path.name),
        "half": _half(_event(path.name)),
        "kind": kinds.get(file, ""),
        "base_warn": any(f.severity >= Severity.WARNING for f in found),
        "pairs": pairs,
    }


def _score_models(pairs: list[dict]) -> None:
    from factlint.models.embed import load_embedder
    from factlint.models.nli import load_nli

    texts = list(dict.fromkeys(t for p in pairs for t in p["texts"][2:]))
    vectors = dict(zip(texts, load_embedder().encode(texts)))
    asked = []
    for p in pairs:
        sa, sb, ma, mb, wa, wb = p["texts"]
        asked += [(sa, sb), (sb, sa), (ma, mb), (mb, ma), (wa, wb), (wb, wa)]
    probs = load_nli(use_cache=False).score(asked)  # (entailment, neutral, contradiction)
    for i, p in enumerate(pairs):
        _, _, ma, mb, wa, wb = p.pop("texts")
        row = probs[6 * i : 6 * i + 6]
        p["cos"] = float(vectors[ma] @ vectors[mb])
        p["wcos"] = float(vectors[wa] @ vectors[wb])
        p["con"] = float(max(row[0, 2], row[1, 2]))
        p["ent_m"] = float(min(row[2, 0], row[3, 0]))
        p["went_m"] = float(min(row[4, 0], row[5, 0]))


def _align(article: dict) -> None:
    """``al_wcos`` of each pair; then only the pairs whose values differ stay candidates."""
    best: dict[tuple[str, int], tuple[float, int]] = {}
    for p in article["pairs"]:
        for side, other in (("ia", "ib"), ("ib", "ia")):
            key = (side, p[side])
            if key not in best or p["wcos"] > best[key][0]:
                best[key] = (p["wcos"], p[other])
    for p in article["pairs"]:
        mutual = best[("ia", p["ia"])][1] == p["ib"] and best[("ib", p["ib"])][1] == p["ia"]
        p["al_wcos"] = p["wcos"] if mutual else -1.0
    article["pairs"] = [p for p in article["pairs"] if p["differ"]]


def _fit_combined(articles: list[dict]) -> None:
    """``combined``: a logistic regression over every signal, fitted on the tuning half's pairs of
    articles today's rules leave silent (each pair labelled by its article: noisy, as a contra
    article also holds pairs of different things), then written to every pair."""
    import numpy as np

    names = [s for s in SIGNALS if s != "combined"]
    train = [
        (p, a["cls"] == "contra")
        for a in articles
        if a["half"] == "tune" and not a["base_warn"]
        for p in a["pairs"]
    ]
    x = np.array([[p[s] for s in names] for p, _ in train], dtype=float)
    y = np.array([label for _, label in train], dtype=float)
    mean, spread = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / spread
    w, b = np.zeros(len(names)), 0.0
    for _ in range(3000):
        g = 1 / (1 + np.exp(-(z @ w + b))) - y
        w -= 0.05 * (z.T @ g / len(y) + 0.01 * w)
        b -= 0.05 * g.mean()
    for a in articles:
        for p in a["pairs"]:
            p["combined"] = float(((np.array([p[s] for s in names]) - mean) / spread) @ w + b)


def _score(article: dict, signal: str) -> float:
    return max((p[signal] for p in article["pairs"]), default=-9.0)


def _added(articles: list[dict], signal: str, threshold: float) -> tuple[int, int]:
    fresh = [a for a in articles if not a["base_warn"] and _score(a, signal) >= threshold]
    return sum(a["cls"] == "contra" for a in fresh), sum(a["cls"] == "clean" for a in fresh)


def report(articles: list[dict]) -> list[str]:
    halves = {h: [a for a in articles if a["half"] == h] for h in ("tune", "held")}
    lines = []
    for h, arts in halves.items():
        contra = [a for a in arts if a["cls"] == "contra"]
        clean = [a for a in arts if a["cls"] == "clean"]
        lines.append(
            f"{h}: contra {len(contra)} (warned today {sum(a['base_warn'] for a in contra)}, "
            f"more with a candidate pair {sum(bool(a['pairs']) and not a['base_warn'] for a in contra)}); "
            f"clean {len(clean)} (warned today {sum(a['base_warn'] for a in clean)}, "
            f"more with a candidate pair {sum(bool(a['pairs']) and not a['base_warn'] for a in clean)})"
        )
    lines.append("")
    lines.append(
        "| signal | cut (clean pairs, tune) | threshold | tune +contra / +clean (chance) | held +contra / +clean (chance) |"
    )
    lines.append("| --- | --- | --- | --- | --- |")
    for signal, what in SIGNALS.items():
        scores = sorted(
            (
                _score(a, signal)
                for a in halves["tune"]
                if a["cls"] == "clean" and a["pairs"] and not a["base_warn"]
            ),
            reverse=True,
        )
        for share in (0.05, 0.10, 0.25):
            threshold = scores[max(0, int(share * len(scores)) - 1)]
            cells = []
            for arts in halves.values():
                found, warned = _added(arts, signal, threshold)
                contra_open = sum(
                    a["cls"] == "contra" and bool(a["pairs"]) and not a["base_warn"] for a in arts
                )
                clean_open = sum(
                    a["cls"] == "clean" and bool(a["pairs"]) and not a["base_warn"] for a in arts
                )
                chance = contra_open * warned / clean_open if clean_open else 0.0
                cells.append(f"+{found} / +{warned} ({chance:.1f})")
            lines.append(f"| {what} | top {int(share * 100)}% | {threshold:.2f} | {cells[0]} | {cells[1]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="scores per pair (JSON lines; no text)")
    parser.add_argument("--scores", type=Path, help="report on the scores an earlier --out wrote")
    args = parser.parse_args()
    if args.scores:
        articles = [json.loads(line) for line in args.scores.read_text(encoding="utf-8").splitlines()]
        _fit_combined(articles)
        print("\n".join(report(articles)))
        return
    articles = []
    for folder in args.folders:
        kinds = {}
        labels = folder / "labels.jsonl"
        if labels.is_file():
            for line in labels.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    kinds[row["file"]] = row.get("kind", "")
        for cls in ("contra", "clean"):
            for path in sorted((folder / cls).glob("*.txt")):
                article = _article(path, cls, kinds)
                article["set"] = str(folder)
                articles.append(article)
    _score_models([p for a in articles for p in a["pairs"]])
    for article in articles:
        _align(article)
    _fit_combined(articles)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for article in articles:
                fh.write(json.dumps(article) + "\n")
    print("\n".join(report(articles)))


if __name__ == "__main__":
    main()

"""FL401: one contest's result of two shares told twice with one side changed ("Ruiz led with
48.2 percent of votes to Okafor's 47.7 percent" ... "Ruiz, who beat Okafor by 48.2 percent to
47.1 percent"; "won 54.1% against 43.8%" ... "her 54.1% to 44.8% victory").

Read by ``analysis/result_pairs.py``: a pair of shares in a sentence about a contest, with the
sides it names. Two pairs whose one share matches and whose other differs, with sides that agree,
are one result; polls, rounds, districts, other years and moves ("rose from 2% to 3%") are not
read.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.result_pairs import result_conflicts
from factlint.rules.fl401_scores import pair_findings


def result_pair_findings(rule, doc, seen: set[tuple[int, int]]) -> Iterator:
    """A finding on the changed share of each later telling of a two-share result (sentence
    pairs in ``seen`` are already reported and are skipped)."""
    texts = [s.text for s in doc.sentences]
    if not any("%" in t or "per" in t for t in texts):
        return
    yield from pair_findings(rule, doc, seen, result_conflicts(texts), "one side's share of the same result")

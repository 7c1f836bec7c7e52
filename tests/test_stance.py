"""The stance analysis (analysis/stance.py) on real inputs: who it says is with or against whom.

FL102's pass/fail cases live in rules/fl102_stance_reversal.yaml; these tests pin what the
analysis reads underneath, so a change that breaks alias resolution or a qualifier shows here.
"""

from __future__ import annotations

from pathlib import Path

from factlint.analysis.stance import AGAINST, WITH, compute, opposed
from factlint.linter.engine import lint_text
from factlint.linter.loader import load_document
from factlint.linter.rule import Context

SEED = Path(__file__).resolve().parents[1] / "seeds" / "moscow-beijing-trade.txt"


def _relations(text: str, fmt: str = "markdown"):
    doc = load_document(None, data=text.encode("utf-8"), display_path="a.md", format=fmt)
    return compute(doc, Context(doc)).relations


def _facts(text: str) -> set[tuple[int, str, str, str]]:
    """(line, a, side, b) for every relation the article asserts itself."""
    return {(r.span.line, r.a, r.side, r.b) for r in _relations(text) if r.asserted}


def test_seed_aliases_resolve_to_the_two_countries():
    facts = _facts(SEED.read_text(encoding="utf-8"))
    # "Moscow and the Chinese Leader ... together": Moscow is Russia, the Chinese Leader China
    assert (7, "Russia", WITH, "China") in facts
    assert (7, "Russia", AGAINST, "West") in facts and (7, "China", AGAINST, "West") in facts
    # "these two powers ... a strategic partnership": the pair named in the sentence before
    assert (15, "Russia", WITH, "China") in facts
    # "The Chinese Leader ... emphasizing ... disagreements with Moscow and the Western world"
    assert (19, "China", AGAINST, "Russia") in facts
    assert (19, "China", AGAINST, "West") in facts
    # the President of the European Parliament is not the subject of line 19's disagreements
    assert not any(a == "European Parliament" and side == AGAINST for _, a, side, _ in facts)


def test_seed_finding_names_both_sides_in_plain_words():
    found = lint_text(SEED.read_text(encoding="utf-8"), "seed.txt", select=["FL102"])
    assert len(found) == 1
    f = found[0]
    assert f.span.line == 19 and f.related[0].span.line == 15
    assert f.message.startswith("China is against Russia here ('disagreements with Moscow')")
    assert "check which is right" in f.message and "score" not in f.message


def test_qualifiers_are_read():
    rels = _relations(
        "Spain and Portugal are not allies.\n\n"
        "Analysts say Chile and Peru are rivals.\n\n"
        "Kenya could form an alliance with Ethiopia.\n\n"
        "Norway's dispute with Iceland over mackerel went to arbitration.\n\n"
        "Iran and Iraq were once allies.\n\n"
        "Italy is now at odds with Austria.\n"
    )
    by_pair = {frozenset((r.a, r.b)): r for r in rels}
    assert by_pair[frozenset(("Spain", "Portugal"))].negated
    assert by_pair[frozenset(("Chile", "Peru"))].attributed
    assert by_pair[frozenset(("Kenya", "Ethiopia"))].hypothetical
    assert by_pair[frozenset(("Norway", "Iceland"))].issue_bound
    assert by_pair[frozenset(("Iran", "Iraq"))].timed
    assert by_pair[frozenset(("Italy", "Austria"))].change


def test_opposed_reads_negation():
    rels = _relations(
        "Spain and Portugal are not rivals.\n\nSpain and Portugal are partners.\n\n"
        "Spain and Portugal are not partners.\n"
    )
    not_rivals, partners, not_partners = sorted(rels, key=lambda r: r.sentence)
    assert not opposed(not_rivals, partners)  # not rivals, partners: no clash
    assert opposed(partners, not_partners)  # partners, then not partners: said and denied


def test_united_states_and_headings_are_no_cues():
    assert not _relations("Canada and Mexico talked to the United States about steel.\n")
    assert not _relations("A United Front Against Western Pressure\n\nChina and Russia met.\n", "text")

"""FL401's reading of one sum of money told twice in another language's copy, and of the period
a sum is counted over in any language.

A sum is tied to what it measures by a word of its sentence (``analysis/figures_abroad.py``:
"Gewinn", "Jahresgewinn", "multa", "rachat") and to whose it is by a name both sentences give:
"Tornheim erzielte einen Gewinn von 4,2 Milliarden Euro" and "Der Jahresgewinn von Tornheim lag
bei 4,6 Milliarden Euro" give one profit two values. A sum paid for a named thing ("Für Koltwerk
zahlt Arvena 3,9 Milliarden Euro") is the price of the deal told before with both its names.

Two sums are kept apart, here and in FL401's own reading, when their sentences count them over
different periods ("im ersten Quartal", "au premier semestre", "Vorjahr", "el año anterior") or
date them to different years, one of them none ("En 2016, ... una multa de 9 millones"): a year on
one side only dates a sum recalled, as the story's own is told by its day.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.languages import article_language
from factlint.analysis.numbers import numbers
from factlint.analysis.subject_measures import disagreement
from factlint.analysis.text import word_tokens

# the periods a sum is counted over, by the stems their words open with in several languages: a
# sum of the quarter, the half-year or the year before is not the one of the period the story
# reports; German's stems may end a compound too ("Vorjahresgewinn", "Halbjahresumsatz")
_PERIOD_STEMS = {
    "quarter": ("trimestr", "quarter"),
    "half": ("semestr",),
    "month": ("mensuel",),
    "before": ("anterior", "précédent", "zuvor", "auparavant", "vorher", "damals"),
}
_PERIODS_INSIDE = {
    "quarter": ("quartal",),
    "half": ("halbjahr",),
    "month": ("monat",),
    "before": ("vorjahr",),
}

# verbs of paying: a sum paid for a named thing by a named buyer is the deal's price
_PAYING = frozenset(
    "zahlt zahlen zahlte bezahlt bezahlen paga pagará pagó pagar pagaría paie paiera payé payer "
    "verse versera paga pagherà pagato betaalt".split()
)
_FOR = frozenset("für por pour per voor".split())

_MAX_RATIO = 3.0  # sums further apart are of two things, not one misreported


@lru_cache(maxsize=4096)  # asked for both figures of every pair of sums FL401 compares
def periods(text: str) -> frozenset[str]:
    """The periods a sentence counts its sums over, by the stems of its words."""
    out = set()
    for t in word_tokens(text):
        for period, stems in _PERIOD_STEMS.items():
            if t.low.startswith(stems) or any(stem in t.low for stem in _PERIODS_INSIDE[period]):
                out.add(period)
    return frozenset(out)


def sums_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two sums of money counted over different periods or dated to different years (a year on
    one side only is another year than the story's)."""
    if a.kind != "money" or b.kind != "money":
        return False
    if a.sentence_years != b.sentence_years:
        return True  # (as the measures of ``subject_measures``: a year on one side only dates it)
    return periods(sentences[a.sentence].text) != periods(sentences[b.sentence].text)


def _paid_for(text: str) -> bool:
    """A sum of a sentence that pays for a named thing ("Für Koltwerk zahlt Arvena")."""
    toks = word_tokens(text)
    lows = [t.low for t in toks]
    return any(w in _PAYING for w in lows) and any(
        w in _FOR and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() for k, w in enumerate(lows)
    )


def _measure(q: Quantity, text: str) -> str | None:
    if q.attribute:
        return q.attribute
    return "paid" if _paid_for(text) else None


def _tied(a: Quantity, ma: str, b: Quantity, mb: str) -> bool:
    shared = a.names & b.names
    if ma == mb != "paid":
        return bool(shared)
    # a sum paid for a thing: the deal told with both its names
    return {ma, mb} == {"deal", "paid"} and len(shared) >= 2


def _conflict(a: Quantity, b: Quantity) -> bool:
    low, high = sorted((a.base_value, b.base_value))
    if low <= 0 or high > _MAX_RATIO * low:
        return False
    tol = max(a.precision, b.precision) / 2 + 1e-9 * high
    if a.approx or b.approx:
        tol = max(tol, 0.05 * high)
    return high - low > tol


def sum_pairs(qs: list[Quantity], sentences) -> list[tuple[Quantity, Quantity, str]]:
    """(earlier, later) sums of one measure of one subject that disagree, each later sum against
    the latest earlier one of its measure and subject, with what they measure."""
    found: list[tuple[Quantity, str]] = []
    out = []
    for b in qs:
        if b.kind != "money" or b.changes or b.modal or b.bound or b.movement:
            continue
        text = sentences[b.sentence].text
        mb = _measure(b, text)
        if mb is None:
            continue
        for a, ma in reversed(found):
            if a.sentence == b.sentence or a.unit != b.unit or not _tied(a, ma, b, mb):
                continue
            if not sums_apart(a, b, sentences) and _conflict(a, b):
                out.append((a, b, "deal" if "paid" in (ma, mb) else ma.partition(":")[0]))
            break
        found.append((b, mb))
    return out


def sum_findings(rule, doc, ctx, seen: set[tuple[int, int]]) -> Iterator:
    """FL401 findings of sums told twice in copy of another language than English (English sums
    are ``analysis/subject_measures``' reading); sentence pairs in ``seen`` are skipped."""
    if article_language(doc.text) in ("en", None):
        return
    sentences = doc.sentences
    for a, b, measure in sum_pairs(ctx.analysis(numbers).quantities, sentences):
        if (a.sentence, b.sentence) in seen:
            continue
        seen.add((a.sentence, b.sentence))
        what = "the price of the deal" if measure == "deal" else f"the {measure}"
        yield disagreement(rule, doc, a, b, what)

"""FL401: the charges of one case told twice, the second time as the whole set by a definite
phrase: "found Ivo Marsk guilty on seven counts" / "returning verdicts on all eight counts";
"was charged with five counts of burglary" / "dropped two of the six counts".

"All eight counts", "the eight counts", "two of the six counts" tell the whole set the story
gave before, so the earlier count of that noun ("counts", "charges") must have its value. Read
only where every earlier count of the noun has one value and none is told as one more set
("a further 15 counts", "another three charges", "each faces"), and where the earlier count may
not be a part: a verdict's count ("guilty on seven counts") is a part when the story tells of
counts that went another way (cleared, acquitted, denied, dropped, the rest), a charge's count
("charged with five counts") never is.
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.text import figure_tokens
from factlint.linter.finding import Related

_NOUNS = frozenset({"count", "charge"})
# words before the count that make it the whole set told before ("all eight", "the eight", "of the six")
_WHOLE = frozenset({"all", "the", "those", "these"})
# words that make a count one more set, or one of several people's ("a further 15 counts")
_MORE = frozenset(
    "further more additional another other new separate remaining each both also extra fresh".split()
)
# words that tell of counts that went another way: a verdict's count may then be a part
_OTHER_WAY = frozenset(
    "acquitted cleared denied dropped dismissed deadlocked hung withdrew withdrawn rest remaining not".split()
)
# verbs that tell the charges brought, all of them
_CHARGED = frozenset("charged charging indicted faces faced facing accused".split())


def charge_count_findings(rule, doc, qs: list[Quantity], seen: set) -> Iterator:
    """Findings on the definite whole that disagrees with the count told before."""
    counts = [k for k, q in enumerate(qs) if q.kind == "count" and q.head in _NOUNS]
    if len(counts) < 2:
        return  # (nearly every story)
    texts = [s.text for s in doc.sentences]
    if any(_more(qs[k], texts[qs[k].sentence]) for k in counts):
        return
    for n, bi in enumerate(counts):
        b = qs[bi]
        earlier = [k for k in counts[:n] if qs[k].sentence < b.sentence]
        if not earlier or not _whole(b, texts[b.sentence]) or len({qs[k].value for k in earlier}) != 1:
            continue
        a = qs[earlier[0]]
        if a.value == b.value or (a.sentence, b.sentence) in seen or _may_be_part(a, b, texts):
            continue
        seen.add((a.sentence, b.sentence))
        yield rule.finding(
            figure_span(doc, b.sentence, b.start, b.end),
            f'"{b.text}" {b.head}s disagrees with "{a.text}" given earlier for the {b.head}s of the '
            "case: if they are two sets of charges, say so",
            related=[
                Related(figure_span(doc, a.sentence, a.start, a.end), message=f'earlier figure: "{a.text}"')
            ],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )
        return


def _before(q: Quantity, text: str, n: int) -> list[str]:
    return [t.low for t in figure_tokens(text[: q.start])][-n:]


def _more(q: Quantity, text: str) -> bool:
    after = [t.low for t in figure_tokens(text[q.end :])][:2]
    return bool(_MORE.intersection(_before(q, text, 3) + after))


def _whole(q: Quantity, text: str) -> bool:
    before = _before(q, text, 2)
    return bool(before) and before[-1] in _WHOLE


def _may_be_part(a: Quantity, b: Quantity, texts: list[str]) -> bool:
    """The earlier count may be a part of the whole: a verdict's, where the story tells of counts
    that went another way; the whole's own sentence may tell its part ("dropped two of the six")."""
    if _CHARGED.intersection(t.low for t in figure_tokens(texts[a.sentence])):
        return False
    words = {t.low for k, text in enumerate(texts) for t in figure_tokens(text)}
    return bool(_OTHER_WAY.intersection(words))

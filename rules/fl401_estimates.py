"""FL401's reading of tolls that are no count of the story's toll: another body's estimate or
projection of it, a count of two fates at once, and a higher figure another body gives where the
story says the toll will rise.

- A toll a verb of estimating governs ("the agency estimates a death toll of more than 25,000",
  "projects the toll at", "expects 300 deaths") is a forecast, not a count: it meets no count.
  "an estimated 300 people died" is a count (the word is the figure's hedge), and so is a figure
  the copy itself calls the toll ("the death toll is 300, the agency estimated").
- A count of two fates joined by "or" ("205 people have been killed or are missing", "dead or
  missing") is of neither fate alone: it meets no death toll nor count of the missing.
- A larger toll a named body gives ("Vendra's relief agency reported a death toll of more than
  25,000"), where the story says within two sentences that the toll will or is expected to rise,
  is that body's later or wider figure, not a second value of the count told before by another
  source. The same source's two figures, or a smaller later figure ("killing at least 270" /
  "the spokesman said the death toll stood at 231"), still disagree.
"""

from __future__ import annotations

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.analysis.words import STOPWORDS
from factlint.rules.fl401_attribution import _speaker

# a toll's events: what two fates or an estimate may be told of
_TOLLED = frozenset({"death", "injury", "missing"})
_ESTIMATING = frozenset(
    """estimate estimates estimated estimating project projects projected projecting expect expects
    expected expecting predict predicts predicted predicting forecast forecasts forecasting
    forecasted""".split()
)
_DETERMINERS = frozenset({"an", "a", "the", "its", "their"})
_FATES = frozenset({"killed", "dead", "died", "injured", "wounded", "hurt", "missing", "unaccounted"})
_TOLL_NOUNS = frozenset({"toll", "tally"})
_RISE = frozenset({"rise", "climb", "increase", "grow", "mount"})
_HEDGES = frozenset(
    {"will", "would", "could", "may", "might", "expected", "likely", "bound", "certain", "set"}
)
_CLAUSE_END = frozenset({",", ";", ".", ":", "but", "while"})


def estimates_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two tolls (earlier ``a``, later ``b``) of which one is no count of the other's (see the
    module's docstring)."""
    if not (a.kind == b.kind == "count" and a.event in _TOLLED and b.event in _TOLLED):
        return False
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    return (
        estimated(b, tb)
        or estimated(a, ta)
        or two_fates(a, ta)
        or two_fates(b, tb)
        or _another_body_higher(a, b, sentences)
    )


def estimated(q: Quantity, text: str) -> bool:
    """A figure a verb of estimating governs: the verb at most six words before it in its clause
    (no other figure, no comma between), not "an estimated 300"."""
    toks = word_tokens(text)
    before = [t for t in toks if t.end <= q.start][-7:]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.low in _CLAUSE_END or t.text[:1].isdigit():
            return False
        if t.low in _ESTIMATING:
            return not (k + 1 == len(before) and k > 0 and before[k - 1].low in _DETERMINERS)
    return False


def two_fates(q: Quantity, text: str) -> bool:
    """ "205 people have been killed or are missing", "300 dead or missing": a fate word after the
    figure joined by "or" to another fate within three words, in the figure's clause."""
    after = [t for t in word_tokens(text) if t.start >= q.end][:10]
    for k, t in enumerate(after):
        if t.low in _CLAUSE_END or t.text[:1].isdigit():
            return False
        if t.low in _FATES and k + 1 < len(after) and after[k + 1].low == "or":
            return any(u.low in _FATES - {t.low} for u in after[k + 2 : k + 5])
    return False


def _another_body_higher(a: Quantity, b: Quantity, sentences) -> bool:
    if b.sentence <= a.sentence or b.base_value <= a.base_value:
        return False
    body = _toll_giver(b, sentences[b.sentence].text)
    first = _speaker(sentences[a.sentence].text)  # who gave the earlier figure, if anyone
    if not body or first and (first in body or _speaker(sentences[b.sentence].text) == first):
        return False
    lo, hi = max(0, b.sentence - 2), min(len(sentences), b.sentence + 3)
    return any(_rise_said(sentences[k].text) for k in range(lo, hi))


def _toll_giver(q: Quantity, text: str) -> frozenset[str]:
    """The named body whose verb gives the toll ("Vendra's relief Agency reported a death toll of
    N"): the capitalised words before the verb, the toll noun and "of"/"at" right before the
    figure; nothing where the toll is no verb's object."""
    toks = [t for t in word_tokens(text) if t.end <= q.start]
    if len(toks) < 4 or toks[-1].low not in ("of", "at") or toks[-2].low not in _TOLL_NOUNS:
        return frozenset()
    k = len(toks) - 3
    while k >= 0 and toks[k].is_word and not toks[k].cap and toks[k].low not in _DETERMINERS:
        k -= 1  # "death", "higher"
    if k < 1 or toks[k].low not in _DETERMINERS:
        return frozenset()
    subject = toks[: k - 1]  # the verb at k - 1
    if any(t.low in _CLAUSE_END for t in subject) or toks[k - 1].cap:
        return frozenset()
    return frozenset(t.low for t in subject if t.cap and t.is_word and t.low not in STOPWORDS)


def _rise_said(text: str) -> bool:
    """ "the toll will rise", "the death toll was expected to rise": a rise of a toll told ahead."""
    lows = [t.low for t in word_tokens(text)]
    if _TOLL_NOUNS.isdisjoint(lows):
        return False
    return any(
        w in _RISE and (_HEDGES & set(lows[max(0, k - 3) : k]) or (k > 0 and lows[k - 1] == "to"))
        for k, w in enumerate(lows)
    )

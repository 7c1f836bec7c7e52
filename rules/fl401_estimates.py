"""FL401's reading of tolls that are no count of the story's toll: another body's forecast or
higher estimate of it, a count of two fates at once, and a higher figure another body gives where
the story says the toll will rise.

- A toll a verb of the future governs ("the agency projects the toll at 300", "expects 300
  deaths", "predicts", "forecasts", "the toll could reach 350") is a forecast, not a count: it
  meets no count.
- A toll a verb of estimating governs ("the agency estimates a death toll of more than 25,000",
  "Police estimated a death toll of 45") meets a count only where it is no higher than the count,
  or is the count's own source's ("killing 54 people, police said" / "Police estimated ... 45"):
  a higher estimate by another body is that body's own figure. "an estimated 300 people died" is
  a count (the word is the figure's hedge), and so is a figure the copy itself calls the toll
  ("the death toll is 300, the agency estimated").
- A count of two fates joined by "or" ("205 people have been killed or are missing", "dead or
  missing") is of neither fate alone: it meets no death toll nor count of the missing.
- A larger toll a named body gives ("Vendra's relief agency reported a death toll of more than
  25,000"), where the story says within two sentences that the toll will or is expected to rise,
  is that body's later or wider figure, not a second value of the count told before by another
  source. The same source's two figures, or a smaller later figure ("killing at least 270" /
  "the spokesman said the death toll stood at 231"), still disagree.
"""

from __future__ import annotations

from functools import lru_cache

from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import word_tokens
from factlint.analysis.tolls import forecast_tokens
from factlint.analysis.words import DETERMINERS, STOPWORDS
from factlint.rules.fl401_attribution import speaker

# a toll's events: what two fates or an estimate may be told of
_TOLLED = frozenset({"death", "injury", "missing"})
# verbs of a figure ahead of its count: what they govern is a forecast
_FORECASTING = frozenset(
    """project projects projected projecting expect expects expected expecting predict predicts
    predicted predicting forecast forecasts forecasting forecasted""".split()
)
_ESTIMATING = frozenset({"estimate", "estimates", "estimated", "estimating"})
# "the toll could reach 350": a hedge of the future and a verb of reaching right before the figure
_MAY = frozenset({"could", "may", "might", "would", "will"})
_REACH = frozenset({"reach", "top", "exceed", "pass", "surpass"})
# the fates two of which "or" joins in one count ("killed or missing")
_OR_FATES = frozenset({"killed", "dead", "died", "injured", "wounded", "hurt", "missing", "unaccounted"})
# the nouns a body gives a toll under ("a death toll of", "the tally at")
_TOLL_OR_TALLY = frozenset({"toll", "tally"})
_CLAUSE_END = frozenset({",", ";", ".", ":", "but", "while"})
_speaker = lru_cache(maxsize=4096)(speaker)  # asked for every pair of tolls: once per sentence


def estimates_apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Two tolls (earlier ``a``, later ``b``) of which one is no count of the other's (see the
    module's docstring)."""
    if not (a.kind == b.kind == "count" and a.event in _TOLLED and b.event in _TOLLED):
        return False
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    return (
        forecast(b, tb)
        or forecast(a, ta)
        or _estimate_above(b, a, sentences)
        or _estimate_above(a, b, sentences)
        or two_fates(a, ta)
        or two_fates(b, tb)
        or _another_body_higher(a, b, sentences)
    )


def forecast(q: Quantity, text: str) -> bool:
    """A figure a verb of the future governs ("projects", "expects", "could reach")."""
    verb = _governing_verb(text, q.start)
    return bool(verb) and (verb[0] in _FORECASTING or verb[0] in _REACH)


def estimated(q: Quantity, text: str) -> bool:
    """A figure a verb of estimating governs ("estimates a death toll of"), not "an estimated 300"."""
    verb = _governing_verb(text, q.start)
    return bool(verb) and verb[0] in _ESTIMATING


@lru_cache(maxsize=4096)
def _governing_verb(text: str, start: int) -> tuple[str, int] | None:
    """The verb of estimating or of the future (and where it starts) at most six words before the
    figure in its clause (no other figure, no comma between; not "an estimated 300"), or a verb of
    reaching right after a hedge of the future ("could reach 350")."""
    toks = word_tokens(text)
    before = [t for t in toks if t.end <= start][-7:]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.low in _CLAUSE_END or t.text[:1].isdigit():
            return None
        if t.low in _REACH and k and before[k - 1].low in _MAY:
            return t.low, t.start
        if t.low in _ESTIMATING | _FORECASTING:
            hedge = k + 1 == len(before) and k > 0 and before[k - 1].low in DETERMINERS
            return None if hedge else (t.low, t.start)
    return None


def _estimate_above(est: Quantity, count: Quantity, sentences) -> bool:
    """An estimate higher than a count that another body gives (see the module's docstring)."""
    text, told = sentences[est.sentence].text, sentences[count.sentence].text
    if est.base_value <= count.base_value or not estimated(est, text):
        return False
    source = _speaker(told)
    if source and (source == _speaker(text) or source in _estimator(text, est.start)):
        return False
    # (the estimator named in the count's sentence: "killing 54 people, police said")
    estimator = _estimator(text, est.start)
    return not (estimator and estimator <= {_bare(t.low) for t in word_tokens(told)})


@lru_cache(maxsize=4096)
def _estimator(text: str, start: int) -> frozenset[str]:
    """The words of the subject of the verb of estimating that governs the figure at ``start``
    ("Tovaria's relief Agency now estimates" -> tovaria, relief, agency), stop words left out."""
    verb = _governing_verb(text, start)
    toks = [t for t in word_tokens(text) if verb and t.end <= verb[1]]
    k = max((j for j, t in enumerate(toks) if t.low in _CLAUSE_END), default=-1)
    return frozenset(_bare(t.low) for t in toks[k + 1 :] if t.is_word and t.low not in STOPWORDS)


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def two_fates(q: Quantity, text: str) -> bool:
    """ "205 people have been killed or are missing", "300 dead or missing": a fate word after the
    figure joined by "or" to another fate within three words, in the figure's clause."""
    return _two_fates_after(text, q.end)


@lru_cache(maxsize=4096)
def _two_fates_after(text: str, end: int) -> bool:
    after = [t for t in word_tokens(text) if t.start >= end][:10]
    for k, t in enumerate(after):
        if t.low in _CLAUSE_END or t.text[:1].isdigit():
            return False
        if t.low in _OR_FATES and k + 1 < len(after) and after[k + 1].low == "or":
            return any(u.low in _OR_FATES - {t.low} for u in after[k + 2 : k + 5])
    return False


def _another_body_higher(a: Quantity, b: Quantity, sentences) -> bool:
    if b.sentence <= a.sentence or b.base_value <= a.base_value:
        return False
    body = _toll_giver(sentences[b.sentence].text, b.start)
    first = _speaker(sentences[a.sentence].text)  # who gave the earlier figure, if anyone
    if not body or first and (first in body or _speaker(sentences[b.sentence].text) == first):
        return False
    lo, hi = max(0, b.sentence - 2), min(len(sentences), b.sentence + 3)
    return any(_rise_said(sentences[k].text) for k in range(lo, hi))


@lru_cache(maxsize=4096)
def _toll_giver(text: str, start: int) -> frozenset[str]:
    """The named body whose verb gives the toll ("Vendra's relief Agency reported a death toll of
    N"): the capitalised words before the verb, the toll noun and "of"/"at" right before the
    figure; nothing where the toll is no verb's object."""
    toks = [t for t in word_tokens(text) if t.end <= start]
    if len(toks) < 4 or toks[-1].low not in ("of", "at") or toks[-2].low not in _TOLL_OR_TALLY:
        return frozenset()
    k = len(toks) - 3
    while k >= 0 and toks[k].is_word and not toks[k].cap and toks[k].low not in DETERMINERS:
        k -= 1  # "death", "higher"
    if k < 1 or toks[k].low not in DETERMINERS:
        return frozenset()
    subject = toks[: k - 1]  # the verb at k - 1
    if any(t.low in _CLAUSE_END for t in subject) or toks[k - 1].cap:
        return frozenset()
    return frozenset(t.low for t in subject if t.cap and t.is_word and t.low not in STOPWORDS)


@lru_cache(maxsize=4096)
def _rise_said(text: str) -> bool:
    """ "the toll will rise", "the death toll was expected to rise": a forecast of a rise
    (``analysis.tolls.forecast_tokens``) in a sentence of a toll."""
    toks = word_tokens(text)
    return not _TOLL_OR_TALLY.isdisjoint(t.low for t in toks) and bool(forecast_tokens(toks, 0, len(toks)))

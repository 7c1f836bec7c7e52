"""FL201's reading of a newcomer met in passing: a late official named only as what someone was
("The judge in the case was Circuit Judge Jo Hale"), as whose something is ("the Kell leader's
name"), as a member of a list ("told friends including the head of the Kell Board"), as one owned
by the cast ("appointed her Minister of Ports"), or in a clause of its own that no interacting
verb ties to the partner ("said an attack would help the Kell leader"). Such a newcomer, in a
sentence on the story's topic (``topic_weight.tied``), is the story's own reference, not an
actor spliced in: a splice acts or is acted on by the cast ("The Chinese leader praised the
President of the European Parliament"), or stands in a sentence off the topic. Split from the
rule's module."""

from __future__ import annotations

import re

from factlint.analysis.languages import article_language
from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import Token, word_tokens
from factlint.analysis.topic_overlap import content_words, overlap
from factlint.analysis.topic_weight import tied
from factlint.rules.fl201_interactions import _VERB_BEFORE, INTERACTION


# "was Circuit Judge Jo Hale", "became the Kell envoy", "served as the Kell envoy"
_COPULAS = frozenset("is was were are be been became become becomes remains remained as".split())
# "friends including the head of ...", "such as the Kell envoy", "among them the Kell envoy"
_LISTING = frozenset("including like among".split())
# "'s name", not "'s Chamber": a name of the newcomer's own body cut short ("the Speaker of the
# People's Chamber")
_OWNED = re.compile(r"['’](s?)\s+[a-z]")
# "her Minister of Ports", "their Kell envoy": an office of someone the story has
_OWNERS = frozenset("his her their its".split())
# words that open another clause between a copula and the newcomer ("was away when ...")
_CLAUSE = frozenset("that which who whom when while after before because since if as and but".split())
# "to be appointed by": the passive of an interacting verb describes the subject of the copula
_PASSIVE = frozenset("be been being".split())
# an interacting verb after the newcomer as its subject, past an aside ("Hale, who ..., met"; "It
# was X who first raised")
_SUBJECT_OF = re.compile(r"(?:\s*,[^,;]{0,60},)?\s+(?:[a-z]+\s+){0,2}?" + INTERACTION.pattern, re.I)
# words an interacting verb that governs the newcomer may stand before it ("met with the", "held
# talks with the Kell envoy", "was appointed by")
_GOVERNS_WITHIN = 4


def _possessive(text: str, first: Mention) -> bool:
    """ "the Kell leader's name": the newcomer owns a thing of the sentence."""
    owned = _OWNED.match(text, first.end)
    return owned is not None and (owned.group(1) != "" or first.text.endswith("s"))


def _complement(words: list[Token]) -> bool:
    """Whether the newcomer is the complement of a copula of its clause ("was Circuit Judge Jo
    Hale", "was the first to be named by President Jo Hale"): no other clause opens between, and
    any interacting verb there is a passive."""
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if not w.is_word:
            return False  # (a comma, a dash: another clause)
        if w.low in _COPULAS:
            return True
        if w.low in _CLAUSE:
            return False
        if INTERACTION.fullmatch(w.text) is not None and (k == 0 or words[k - 1].low not in _PASSIVE):
            return False
    return False


def governed(text: str, first: Mention, words: list[Token]) -> bool:
    """Whether an interacting verb acts on the newcomer ("praised the ...", "met with the ...",
    "named by ...")."""
    if _VERB_BEFORE.search(text, 0, first.start) is not None:
        return True
    near = words[-_GOVERNS_WITHIN:]
    return (
        bool(near)
        and all(w.is_word for w in near)
        and INTERACTION.search(text, near[0].start, first.start) is not None
    )


def in_passing(ms: Mentions, first: Mention) -> bool:
    """Whether the late newcomer at ``first`` is met in passing in a sentence on the story's
    topic (see the module's docstring)."""
    doc = ms.doc
    text = doc.sentences[first.sentence].text
    words = [t for t in word_tokens(text[: first.start])]
    if _SUBJECT_OF.match(text, first.end) is not None or not any(w.is_word for w in words[-1:]):
        return False  # the subject of an interacting verb, or of the sentence ("It was X who met")
    if first.text.split()[0].lower() in _OWNERS:
        return True  # (an office the cast holds or gives: "appointed her Minister of Ports")
    passing = (
        _possessive(text, first)
        or (bool(words) and words[-1].low in _LISTING)
        or (len(words) >= 2 and words[-2].low == "such" and words[-1].low == "as")
        or _complement(words)
        or not governed(text, first, words)
    )
    if not passing:
        return False
    texts = [s.text for s in doc.sentences]
    lang = article_language(doc.text) or "en"
    # (the names of the cast in the sentence tie nobody: the partner is the story's by
    # definition; its places and bodies do, and so do the words of the newcomer's own body or
    # portfolio, weighed as any other: "the Green Union leader" in a story that names the union)
    own = content_words(first.text, lang)
    cast = frozenset(
        w
        for m in ms.in_sentence(first.sentence)
        if m.kind in ("person", "role") and m is not first
        for w in content_words(m.text, lang)
    ).difference(own)
    read = overlap(texts, first.sentence, lang, cast)
    return tied(texts, first.sentence, read.shared, lang)

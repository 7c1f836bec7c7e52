"""FL201's late officials who act or speak (rules/fl201_topic's titled newcomers): what tells that
a titled newcomer is their sentence's subject, and which voice is weighed on the topic.

- A body written in lower case after the name ("Judge Hanna Vick of the district court ordered
  ...", "Commissioner Ola Tenn of the city police closed ...") sits between the official and
  their verb: the official still acts (``acts_past_a_plain_body``).
- A title set off by commas after a titled name ("General Tomas Ryle, the army chief of staff,
  said") is part of the subject (``past_a_title_apposition``).
- A spokesperson or adviser of a body the story names nowhere else ("a spokeswoman for Vexa
  Corp, Ana Ruiz, said") is no voice of the story: weighed on the topic like one set up in
  passing (``a_voice_of_an_unnamed_body``)."""

from __future__ import annotations

from factlint.analysis.acting_officials import acts_as_subject
from factlint.analysis.clause_subject import subject_start
from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import WORD

# lower-case words of a body after "of the" at most ("of the district court", "of the city's
# water board" is not plain: a possessive ends it)
_BODY_WORDS = 3


def acts_past_a_plain_body(text: str, start: int, end: int) -> bool:
    """Whether the titled person at ``text[start:end]`` acts as their sentence's subject past a
    body of lower-case words after "of the" ("Judge Hanna Vick of the district court ordered")."""
    words = list(WORD.finditer(text, end, end + 80))
    if (
        len(words) < 4
        or [w.group() for w in words[:2]] != ["of", "the"]
        or text[end : words[0].start()] != " "
    ):
        return False
    for k in range(2, min(len(words) - 1, 2 + _BODY_WORDS)):
        word = words[k]
        if not word.group().isalpha() or not word.group().islower():
            return False
        if text[words[k - 1].end() : word.start()] != " ":
            return False
        if acts_as_subject(text, subject_start(text, start), word.end(), "en"):
            return True
    return False


# words of a title set off after a titled name at most ("General Tomas Ryle, the army chief of
# staff, said")
_APPOSITION_WORDS = 8


def past_a_title_apposition(text: str, end: int) -> int:
    """Where the subject at ``text[:end]`` ends past a title set off by commas after it (", the
    army chief of staff,"): lower-case words after "the", closed by a comma; ``end`` if none."""
    if not text.startswith(", the ", end):
        return end
    close = text.find(",", end + 6)
    inside = text[end + 6 : close] if close > 0 else ""
    words = WORD.findall(inside)
    if not words or len(words) > _APPOSITION_WORDS or any(c in inside for c in '()"“”;:'):
        return end
    # (lower-case words only, past a possessive: "the company's chief executive")
    return close + 1 if all(w.islower() for w in words) else end


# voices that speak for a body (not a player of a country: "French striker Jo Roe misses ...")
_SPEAKS_FOR = frozenset(["spokesperson", "adviser", "official"])


def a_voice_of_an_unnamed_body(ms: Mentions, first: Mention) -> bool:
    """Whether a voice (a spokesperson, an adviser) speaks for a body the story names in no other
    sentence ("a spokeswoman for Vexa Corp, Ana Ruiz, said"): weighed on the topic like one set up
    in passing, not the story's own voice."""
    return (
        first.office in _SPEAKS_FOR
        and first.jurisdiction is not None
        and not ms.mentioned_elsewhere(first.jurisdiction, first.sentence)
    )

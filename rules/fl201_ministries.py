"""FL201's unnamed office of a body the story already named: "the Minister of Finance praised
..." after "the delegation will meet the Ministry of Finance and Economic Planning" is that
ministry's head, as "the Commissioner for Roads" is the Commission for Roads' and "the Director
of Fisheries" the Department of Fisheries'. The body must come before, with a body's word for
its name's head (Ministry, Department, Commission ...) and the title's portfolio opening its
own ("Finance" in "Finance and Economic Planning"); a minister of a portfolio the story names
no body of stays an office never set up."""

from __future__ import annotations

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import word_tokens

# The words that open a government body's name and are run by one officer
_BODY_WORDS = frozenset(
    "ministry department commission agency directorate secretariat bureau office authority board council".split()
)


# the mentions last read and the bodies they name (sentence, portfolio), swapped whole so threads
# sharing the module never read one story with another's bodies; holding the mentions keeps
# ``is`` sound
_last: tuple = (None, ())


def officer_of_a_named_body(ms: Mentions, first: Mention) -> bool:
    """Whether the unnamed office ``first`` ("the Minister of Finance") is the head of a body the
    story named in an earlier sentence ("the Ministry of Finance and Economic Planning")."""
    portfolio = _portfolio(first.text)
    if not portfolio:
        return False
    return any(
        k < first.sentence and theirs[: len(portfolio)] == portfolio for k, theirs in _named_bodies(ms)
    )


def _named_bodies(ms: Mentions) -> tuple[tuple[int, list[str]], ...]:
    """The story's government bodies named outside quotes, read once: their sentence and their
    portfolio ("the Ministry of Finance and Economic Planning" -> finance, and, economic ...)."""
    global _last
    held, bodies = _last
    if held is not ms.mentions:
        found = []
        for m in ms.mentions:
            if m.kind != "org" or m.in_quote:
                continue
            words = [t.low for t in word_tokens(m.text) if t.is_word]
            if words and words[0] in _BODY_WORDS:
                found.append((m.sentence, _portfolio(m.text)))
        bodies = tuple(found)
        _last = (ms.mentions, bodies)
    return bodies


def _portfolio(text: str) -> list[str]:
    """The capitalised words after a title's or a body's first "of" or "for" ("Minister of
    Finance" -> ["finance"]), lower case; none where no such word follows."""
    toks = [t for t in word_tokens(text) if t.is_word]
    for i, tok in enumerate(toks):
        if tok.low in ("of", "for") and i > 0:
            out = []
            for t in toks[i + 1 :]:
                if t.low != "and" and not t.text[:1].isupper():
                    break
                out.append(t.low)
            while out and out[-1] == "and":
                out.pop()
            return out
    return []


def holder_after_the_portfolio(ms: Mentions, first: Mention) -> bool:
    """Whether the office's title runs on past "and" into the rest of its portfolio and its
    holder's name, read as one name ("Minister of Finance" + "and Economic Planning Kalu
    Ondrey"): three capitalised words or more right after the "and", the last two a name. Two
    ("the Minister of Defence and Civil Aviation praised") are the portfolio alone."""
    text = ms.doc.sentences[first.sentence].text
    for m in ms.in_sentence(first.sentence):
        if m.kind != "person" or not first.end < m.start <= first.end + 6:
            continue
        between = [t.low for t in word_tokens(text[first.end : m.start]) if t.is_word]
        words = [t for t in word_tokens(m.text) if t.is_word]
        if between == ["and"] and len(words) >= 3 and all(t.text[:1].isupper() for t in words):
            return True
    return False

"""FL201's late officials the story sets up in other words: a place written another way, and a
guest its own people meet on its own business.

A governor or premier of a place the story names in another form is no newcomer: "NSW Premier
Jane Roe said" after "New South Wales" (the place's initials), "Varn Governor Jane Roe said"
after "the Varnese coast" (a longer word the place's name opens, in another sentence).

An official met by the story's own people on the story's business is introduced by that very
sentence: "The club's members met Kell Mayor Jane Roe at its dinner", "Hale met Ostrian Trade
Minister Jane Roe on Tuesday to discuss the tariff plan". The cast (or the body the story is
about) is the subject, the official what the meeting verb acts on, and the sentence, names left
out (the official's, the hosts' and the place's), shares a content word with the rest of the story (analysis/topic_overlap). A splice
shares none: "Hale met Ostrian Defence Minister Jane Roe to discuss submarines" in a grain
story still warns."""

from __future__ import annotations

import re

from factlint.analysis.mentions import Mention
from factlint.analysis.languages import article_language
from factlint.analysis.text import WORD, word_tokens
from factlint.analysis.topic_overlap import overlap
from factlint.linter.document import Document
from factlint.rules.fl201_titles import title_start

_MEETS = re.compile(
    r"\b(?:met|meets|meeting|hosted|hosts|welcomed|welcomes|received|receives|"
    r"(?:had|have|has) talks with|held talks with|sat down with)\b"
)
_TOPIC_WORDS = 1  # content words the meeting's sentence shares with the story, names left out


def place_written_otherwise(doc: Document, place: str | None, here: int) -> bool:
    """Whether the story writes ``place`` in another form in a sentence other than ``here``: its
    initials ("NSW": "New South Wales") or a longer capitalised word it opens ("Varnese")."""
    if not place or " " in place:
        return False
    initials = place.isupper() and 2 <= len(place) <= 4
    for s in doc.sentences:
        if s.index == here:
            continue
        tokens = [t for t in word_tokens(s.text) if t.is_word]
        if initials:
            caps = [t.text for t in tokens]
            n = len(place)
            for i in range(len(caps) - n + 1):
                run = caps[i : i + n]
                if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run) == place:
                    return True
        elif len(place) >= 4:
            low = place.lower()
            if any(t.text[:1].isupper() and len(t.low) > len(low) and t.low.startswith(low) for t in tokens):
                return True
    return False


def met_on_the_storys_business(doc: Document, first: Mention, partners, group) -> bool:
    """Whether the official of ``first`` is met by the story's own people (a cast member named
    before the title in the sentence, or its body's "members") with a meeting verb before the
    title, and the sentence, names left out, shares ``_TOPIC_WORDS`` content words with the rest
    of the story."""
    text = doc.sentences[first.sentence].text
    start = title_start(text, first)
    verbs = list(_MEETS.finditer(text, 0, start))
    verb = verbs[-1] if verbs else None
    if verb is None or start - verb.end() > 60:
        return False
    host = (
        any(m.sentence == first.sentence and m.end <= verb.start() for p in partners for m in p.mentions)
        or re.search(r"\bmembers\b", text[: verb.start()]) is not None
        or (group is not None and 0 <= text.find(group[0]) < verb.start())
    )
    if not host:
        return False
    if article_language(doc.text) != "en":
        return False  # (the meeting verbs are English)
    named = [first.text, first.jurisdiction or "", *(m.text for p in partners for m in p.mentions)]
    names = frozenset(w.lower() for n in (*named, *(group or ())[:1]) for w in WORD.findall(n))
    texts = [s.text for s in doc.sentences]
    return len(overlap(texts, first.sentence, "en", names).shared) >= _TOPIC_WORDS

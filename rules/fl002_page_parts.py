"""FL002's wording test: page parts a line's words give away, wherever the line sits.

The page-shape test (``fl002_page_shape.py``) finds furniture by where it is on the page; two
kinds of leftover sit inside the story and look like prose, but are worded as no news sentence is:

- caption: a photo caption written as a sentence, in the present tense captions use ("A man
  inspects the damage at ...", "Rescuers carry a girl from the rubble") where the story reports
  in the past; a gallery's second description of the same picture is the gallery's own text;
- author: an author box, a journalist's name (or a byline) on its own line and, within three
  lines, the site's sentence about them ("Mike Wise is the general editor for ...").

The word lists are data (``rules/data/page_shapes.yaml``). Plain text and Markdown only: HTML's
tags already say what is a caption or an author box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import (
    LEAD_JUNK,
    SHAPES_FILE,
    Place,
    is_crosshead,
    is_prose,
    quoted,
    shapes,
    words_of,
)

# "It is seen as a response" is no caption of a named person
_NOT_A_NAME = r"(?!(?:It|He|She|They|We|You|I|This|That|These|Those|There|Here|What|Which|Who)\s)"
# (one word is a name too under a line holding only it: an agency's "IANS"; an aside may follow
# the name: "IANS, also known as ..., is a news agency")
_BIO = re.compile(
    r"((?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}))(?:,[^,.\n]{1,60},?)? (?:is|was) (?:a|an|the)\b"
)


@dataclass(frozen=True)
class Parts:
    caption: re.Pattern[str]  # a photo caption's opening: who is pictured and what they do
    caption_max_words: int
    author_roles: frozenset[str]


@lru_cache(maxsize=1)
def parts() -> Parts:
    data = (
        yaml.load(
            SHAPES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        or {}
    )
    return Parts(
        caption=_caption_pattern(data),
        caption_max_words=int(data["caption_max_words"]),
        author_roles=frozenset(w.casefold() for w in data["author_roles"]),
    )


def _caption_pattern(data: dict) -> re.Pattern[str]:
    def alternation(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))

    lead = r"(?:[\w'’-]+\s+){0,3}?"  # "An earthquake", "Two", "Injured ... from the earthquake on Monday"
    return re.compile(
        rf"(?:{lead}(?i:{alternation('caption_people')})\s+(?:\w+ly\s+)?"
        rf"(?:{alternation('caption_verbs_one')}|{alternation('caption_verbs_many')})"
        rf"|{_NOT_A_NAME}(?:[A-Z][\w'’.-]+\s+){{1,4}}(?:{alternation('caption_verbs_named')}))\b"
    )


def find(doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int]) -> list[Place]:
    """The units worded as a caption or an author box. ``hits`` and ``flagged`` as in
    ``fl002_page_shape.find``: units a phrase already took are left to it."""
    if doc.format == "html" or not units:
        return []
    sh = shapes()
    if not any(hits[i] is None and is_prose(u.text, sh) for i, u in enumerate(units)):
        return []  # not an article
    kinds = ("paragraph", "quote", "headline") if doc.format == "text" else ("paragraph", "quote")
    structural = [doc.blocks[u.block].kind in kinds and u.index >= 0 for u in units]
    places = {i: Place(i, "caption") for i in _captions(doc, units, hits, structural, flagged)}
    places.update((i, Place(i, "author")) for i in _author_box(doc, units, hits, structural))
    return [places[i] for i in sorted(places)]


def _captions(
    doc: Document, units: list[Sentence], hits: list[str | None], structural: list[bool], flagged: set[int]
) -> list[int]:
    """Photo captions written as sentences: a line that opens in the caption's present tense
    where the story reports in the past. Quotes, attributed sentences ("Police search the
    area, a spokesman said") and the headline (also in the present) are the story's."""
    sh, pa = shapes(), parts()
    taken = []
    for i, u in enumerate(units):
        if hits[i] is not None or i in flagged or not structural[i] or u.index < 0:
            continue
        if doc.blocks[u.block].kind == "headline" or not _starts_line(doc, u):
            continue
        body = u.text.strip().lstrip(LEAD_JUNK)
        words = words_of(body)
        if not words or len(words) > pa.caption_max_words or quoted(body):
            continue
        if body.upper() == body or is_crosshead(body):
            continue  # a crosshead (in capitals, or a few words in sentence case) or a live page's entry heading
        if any(w.casefold() in sh.attribution_words for w in words):
            continue
        m = pa.caption.match(body)
        if not m or not m.group().split()[0][:1].isupper():
            continue
        # a gallery describes its picture twice: the image's own text (leftover), then the
        # caption the gallery shows under it, which is the gallery's story
        if _same_picture(_line_before(doc, u), body):
            continue
        taken.append(i)
    return taken


def _line_before(doc: Document, s: Sentence) -> str:
    """The last line with text before the sentence's line."""
    text = doc.text
    end = text.rfind("\n", 0, s.span.start)  # the break before the sentence's line
    while end > 0:  # walk back line by line (not the whole text: a live blog is long)
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return ""


def _same_picture(first: str, second: str) -> bool:
    """Two captions share most of their content words (the same picture described twice)."""
    a, b = ({w.casefold() for w in words_of(t) if len(w) > 3 and w.isalpha()} for t in (first, second))
    return bool(a and b) and len(a & b) > 0.55 * min(len(a), len(b))


def _starts_line(doc: Document, s: Sentence) -> bool:
    """Nothing but a bullet before the sentence on its line."""
    text = doc.text
    return not text[text.rfind("\n", 0, s.span.start) + 1 : s.span.start].strip(LEAD_JUNK)


def _author_box(
    doc: Document, units: list[Sentence], hits: list[str | None], structural: list[bool]
) -> list[int]:
    """A journalist's name on a line of its own (or a byline that starts with it) and, within
    three lines, the site's sentence about them: both are the author box, not the story. A
    story's own profile says who someone is after introducing them in prose, not under a line
    holding only their name."""
    roles = parts().author_roles
    taken: list[int] = []
    lines = doc.text.splitlines()
    for i, u in enumerate(units):
        if not structural[i] or hits[i] is not None or not _starts_line(doc, u):
            continue
        m = _BIO.match(u.text.strip())
        if not m or not any(w.casefold() in roles for w in words_of(u.text)[:15]):
            continue
        name = m.group(1)
        row = u.span.line - 1  # 0-based line of the sentence
        above = [k for k in range(row - 1, -1, -1) if lines[k].strip()][:3]
        named = [k for k in above if _name_line(lines[k], name)]
        if not named:
            continue
        taken.append(i)
        for j, other in enumerate(units):  # the name line itself, when it is only the name
            if other.span.line - 1 in named and other.text.strip() == name and hits[j] is None:
                taken.append(j)
    return taken


def _name_line(line: str, name: str) -> bool:
    """A line that is a name or a byline starting with it, not a sentence about them."""
    body = line.strip().lstrip(LEAD_JUNK)
    return body.startswith(name) and len(words_of(body)) <= 10 and not body.endswith((".", "!", "?"))

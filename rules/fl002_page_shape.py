"""FL002's structural test: where the story starts and ends on a copied page.

Phrase lists do not generalise to pages nobody has seen (every new site labels its furniture
differently), but the shape of a scraped page does: the story is prose (sentences with words and
punctuation), and the furniture around it is short lines that are not sentences, or text spoken
to the reader ("Join our community", "Please avoid ...") after an end-of-story marker such as a
comment form. This module finds three such places:

- lead: before the story's first prose sentence, a short line on its own that is not the
  headline (a section label "Business", a site name, "2 months ago", "1 Min Read");
- tail: after the story's last prose sentence, short lines on their own (a link list, "Source
  link", a repeated headline);
- after an end marker: once a whole-line leftover of an end-of-story class is found (a comment
  widget, a sign-up wall, copyright), the rest of the page when it is all short lines or text
  addressed to the reader.

The word lists and thresholds are data (``rules/data/page_shapes.yaml``). Lines of Markdown
headings and list items, and HTML (whose tags already say what is story), are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from factlint.linter.document import Document, Sentence

SHAPES_FILE = Path(__file__).parent / "data" / "page_shapes.yaml"
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LEAD_JUNK = " \t•*·▪►‣-–—>"  # a bullet or arrow before a line


@dataclass(frozen=True)
class Shapes:
    label_max_words: int
    prose_min_words: int
    prose_long_words: int
    story_min_words: int
    tail_max_labels: int
    reader_words: frozenset[str]
    imperatives: frozenset[str]
    end_classes: frozenset[str]
    min_addressed_share: float


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    data = yaml.load(SHAPES_FILE.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    return Shapes(
        label_max_words=int(data["label_max_words"]),
        prose_min_words=int(data["prose_min_words"]),
        prose_long_words=int(data["prose_long_words"]),
        story_min_words=int(data["story_min_words"]),
        tail_max_labels=int(data["tail_max_labels"]),
        reader_words=frozenset(w.casefold() for w in data["reader_words"]),
        imperatives=frozenset(w.casefold() for w in data["imperatives"]),
        end_classes=frozenset(data["end_marker_classes"]),
        min_addressed_share=float(data["min_addressed_share"]),
    )


@dataclass(frozen=True)
class Place:
    """A sentence the structural test calls leftover, and where on the page it is."""

    index: int  # position in the units given
    where: str  # lead | tail | after-marker
    marker: str = ""  # the end marker's text (after-marker)


def _own_line(doc: Document, s: Sentence) -> bool:
    """The sentence is all there is on its line(s): nothing but a bullet before or after it."""
    text = doc.text
    start, end = s.span.start, s.span.end
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after_end = text.find("\n", end)
    after = text[end : len(text) if after_end < 0 else after_end]
    return not before.strip(_LEAD_JUNK) and not after.strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_label(text: str, sh: Shapes) -> bool:
    """A short line that is not a sentence: no full stop, question or exclamation mark at the end,
    no quotation (a quote is story), a few words."""
    body = text.strip().strip(_LEAD_JUNK)
    words = _words(body)
    if not words or len(words) > sh.label_max_words:
        return False
    if any(q in body for q in '"“”'):
        return False
    end = body.rstrip()
    if end.endswith(("...", "…")):
        return True
    return not end.endswith((".", "!", "?"))


def is_prose(text: str, sh: Shapes) -> bool:
    """A sentence of the story: enough words and a sentence end, or long whatever its end."""
    words = _words(text)
    end = text.rstrip().rstrip('"”’\')')
    return (len(words) >= sh.prose_min_words and end.endswith((".", "!", "?", "…", ":", ";"))) or \
        len(words) >= sh.prose_long_words


def addresses_reader(text: str, sh: Shapes) -> bool:
    """Site text speaks to the reader ("your email", "Please avoid", "Join our community");
    news prose speaks about third persons."""
    words = [w.casefold() for w in _words(text)]
    if not words:
        return False
    first = words[0] + ("'t" if len(words) > 1 and words[1] == "t" else "")
    return first in sh.imperatives or words[0] in sh.imperatives or any(w in sh.reader_words for w in words)


def find(doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int]) -> list[Place]:
    """The units the page's shape says are leftover. ``hits[i]`` is the class of the phrase
    that matched unit ``i`` as a whole (None: no whole-sentence phrase); ``flagged`` holds the
    units with any phrase finding (a part of them: "Skip to contentDaily news")."""
    if doc.format == "html" or not units:
        return []
    sh = shapes()
    # a plain-text page's first line is taken for its headline: it can be junk ("clock menu no yes")
    kinds = ("paragraph", "quote", "headline") if doc.format == "text" else ("paragraph", "quote")
    structural = [doc.blocks[u.block].kind in kinds and u.index >= 0 for u in units]
    alone = [structural[i] and _own_line(doc, u) for i, u in enumerate(units)]
    label = [alone[i] and hits[i] is None and is_label(u.text, sh) for i, u in enumerate(units)]
    prose = [hits[i] is None and is_prose(u.text, sh) for i, u in enumerate(units)]
    if not any(prose):
        return []  # not an article (or all one block): nothing to frame
    first = prose.index(True)
    last = len(units) - 1 - prose[::-1].index(True)
    places: dict[int, Place] = {}
    # a short line whose shape recurs inside the story is the story's own structure: live-blog
    # entry times ("9.58pm GMT" ... "9.51pm GMT"), scorelines, numbered sub-heads
    inside = {_shape(units[i].text) for i in range(first + 1, last) if label[i]}
    label = [label[i] and _shape(u.text) not in inside for i, u in enumerate(units)]

    # before the story: a short line that is not the headline. The headline is the longest line
    # that starts with a capital; a line of four or more words that starts with a capital may be
    # a headline or a standfirst too, so only lines of three words or fewer, lines that do not
    # start with a capital ("2 months ago", "watch One-Minute World News") and lines spoken to
    # the reader ("Connect with us") are taken
    lead = [i for i in range(first) if hits[i] is None]
    titles = [i for i in lead if i not in flagged and _capitalised(units[i].text) and len(_words(units[i].text)) >= 3]
    head = max(titles, key=lambda i: len(_words(units[i].text)), default=None)
    if head is None and lead and not any(doc.blocks[units[i].block].kind == "headline" for i in lead):
        head = lead[0]  # a short headline: "Floods"
    head_text = units[head].text.strip() if head is not None else None
    for i in lead:
        text = units[i].text.strip()
        if not label[i] or i == head or text == head_text:
            continue
        if doc.blocks[units[i].block].kind == "headline" and _capitalised(text):
            continue  # the loader's headline, unless it is no title at all
        if len(_words(text)) <= 3 or not _capitalised(text) or addresses_reader(text, sh):
            places[i] = Place(i, "lead")
    # after the story: short lines, when nothing but short lines and leftovers follows it; a
    # long run of them, or one mixed with longer lines, is a list or fact box the story ends
    # with (fixtures, a team sheet, "1971 / Commissioned on ..."), not a menu
    rest = [i for i in range(last + 1, len(units)) if i not in flagged]
    tail = [i for i in rest if label[i]]
    if len(tail) == len(rest) and len(tail) <= sh.tail_max_labels:
        places.update((i, Place(i, "tail")) for i in tail)
    # after an end-of-story marker: the rest when it is short lines or text spoken to the reader
    marker = _end_marker(units, hits, alone, label, sh)
    if marker is not None:
        for i in range(marker + 1, len(units)):
            if hits[i] is None and i not in places:
                places[i] = Place(i, "after-marker", units[marker].text.strip())
    return [places[i] for i in sorted(places)]


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", text.strip())


def _capitalised(text: str) -> bool:
    body = text.strip().lstrip(_LEAD_JUNK)
    return bool(body) and (body[0].isupper() or body[0].isdigit())  # "2 dead in floods"


def _end_marker(units: list[Sentence], hits: list[str | None], alone: list[bool], label: list[bool],
                sh: Shapes) -> int | None:
    """The first whole-line leftover of an end-of-story class after which the page holds no
    story: no long sentence that is not spoken to the reader, and mostly labels or reader text."""
    n = len(units)
    # from the end: does everything from i on look like site text?
    long_story_after = [False] * (n + 1)
    plain_after = [0] * (n + 1)  # non-hit units neither labels nor spoken to the reader
    others_after = [0] * (n + 1)  # non-hit units
    for i in range(n - 1, -1, -1):
        text = units[i].text
        free = hits[i] is None
        addressed = free and addresses_reader(text, sh)
        long_story_after[i] = long_story_after[i + 1] or (
            free and not addressed and len(_words(text)) >= sh.story_min_words)
        plain = free and not addressed and not label[i]
        plain_after[i] = plain_after[i + 1] + plain
        others_after[i] = others_after[i + 1] + free
    for i in range(n - 1):
        if hits[i] in sh.end_classes and alone[i] and not long_story_after[i + 1] and others_after[i + 1]:
            share = 1 - plain_after[i + 1] / others_after[i + 1]
            if share >= sh.min_addressed_share:
                return i
    return None

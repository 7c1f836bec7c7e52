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
    attribution_words: frozenset[str]
    site_we_words: frozenset[str]
    site_we_max_words: int
    imperatives: frozenset[str]
    end_classes: frozenset[str]
    min_addressed_share: float


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    data = (
        yaml.load(
            SHAPES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        or {}
    )
    return Shapes(
        label_max_words=int(data["label_max_words"]),
        prose_min_words=int(data["prose_min_words"]),
        prose_long_words=int(data["prose_long_words"]),
        story_min_words=int(data["story_min_words"]),
        tail_max_labels=int(data["tail_max_labels"]),
        reader_words=frozenset(w.casefold() for w in data["reader_words"]),
        attribution_words=frozenset(w.casefold() for w in data["attribution_words"]),
        site_we_words=frozenset(w.casefold() for w in data["site_we_words"]),
        site_we_max_words=int(data["site_we_max_words"]),
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
    end = text.rstrip().rstrip("\"”’')")
    return (len(words) >= sh.prose_min_words and end.endswith((".", "!", "?", "…", ":", ";"))) or len(
        words
    ) >= sh.prose_long_words


@lru_cache(maxsize=4096)  # find() asks twice per sentence (spoken text, then the end marker)
def addresses_reader(text: str, sh: Shapes) -> bool:
    """Site text speaks to the reader ("your email", "Please avoid", "Join our community");
    news prose speaks about third persons (a quotation or an attributed sentence is the story's,
    whoever it speaks to: "See the appeal for details, a spokesman added")."""
    if _quoted(text):
        return False
    words = _words(text)
    if not words:
        return False
    lowered = [w.casefold() for w in words]
    if any(w in sh.attribution_words for w in lowered):
        return False
    first = lowered[0] + ("'t" if len(lowered) > 1 and lowered[1] == "t" else "")
    if (
        first in sh.imperatives
        or lowered[0] in sh.imperatives
        or lowered[0] in sh.reader_words
        or (len(words) <= sh.site_we_max_words and lowered[0] in sh.site_we_words)
    ):
        return True
    # "US" is a country, "us" the reader; "we" and "our" also run through a long sentence of
    # analysis ("... and say we can still be friends"), so they count in short ones only
    lower = [w for w in words[1:] if w.islower()]
    if any(w in sh.reader_words for w in lower):
        return True
    return len(words) <= sh.site_we_max_words and any(w in sh.site_we_words for w in lower)


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
    # text spoken to the reader ("Your corrections improve our searches") is site text, however
    # long: the story is the prose that is not
    spoken = [hits[i] is None and structural[i] and addresses_reader(u.text, sh) for i, u in enumerate(units)]
    # ... and so is a line that is half such text ("This article contains scanned text. Join the
    # community and correct it.")
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        by_line.setdefault(u.span.line, []).append(i)
    for line in by_line.values():
        if len(line) > 1 and sum(spoken[i] for i in line) * 2 >= len(line):
            for i in line:
                spoken[i] = spoken[i] or (hits[i] is None and structural[i] and not _quoted(units[i].text))
    prose = [hits[i] is None and not spoken[i] and is_prose(u.text, sh) for i, u in enumerate(units)]
    if not any(prose):
        return []  # not an article (or all one block): nothing to frame
    first = prose.index(True)
    last = len(units) - 1 - prose[::-1].index(True)
    places: dict[int, Place] = {}
    # a short line whose shape recurs inside the story is the story's own structure: live-blog
    # entry times ("9.58pm GMT" ... "9.51pm GMT"), scorelines, numbered sub-heads
    inside = {_shape(units[i].text) for i in range(first + 1, last) if label[i]}
    label = [label[i] and _shape(u.text) not in inside for i, u in enumerate(units)]
    places.update((i, Place(i, "lead")) for i in _lead(doc, units, first, hits, flagged, label, spoken, sh))
    places.update((i, Place(i, "tail")) for i in _tail(units, last, flagged, label, spoken, sh))
    # after an end-of-story marker: the rest when it is short lines or text spoken to the reader
    marker = _end_marker(units, hits, alone, label, sh)
    if marker is not None:
        for i in range(marker + 1, len(units)):
            if hits[i] is None and i not in places:
                places[i] = Place(i, "after-marker", units[marker].text.strip())
    return [places[i] for i in sorted(places)]


def _lead(
    doc: Document,
    units: list[Sentence],
    first: int,
    hits: list[str | None],
    flagged: set[int],
    label: list[bool],
    spoken: list[bool],
    sh: Shapes,
) -> list[int]:
    """Before the story: a short line that is not the headline. The headline is the longest line
    that starts with a capital; a line of four or more words that starts with a capital may be a
    headline or a standfirst too, so only lines of three words or fewer, lines that do not start
    with a capital ("2 months ago", "watch One-Minute World News") and lines spoken to the reader
    ("Connect with us") are taken; and sentences spoken to the reader when the page has other
    furniture before its story (a feature may open by talking to its reader)."""
    lead = [i for i in range(first) if hits[i] is None]
    titles = [
        i
        for i in lead
        if i not in flagged
        and not spoken[i]
        and _capitalised(units[i].text)
        and len(_words(units[i].text)) >= (4 if units[i].text.strip()[:1].isdigit() else 3)
    ]
    head = max(titles, key=lambda i: len(_words(units[i].text)), default=None)
    if (
        head is None
        and lead
        and units[lead[0]].text.strip()[:1].isalpha()
        and not any(doc.blocks[units[i].block].kind == "headline" for i in lead)
    ):
        head = lead[0]  # a short headline: "Floods"
    head_text = units[head].text.strip() if head is not None else None
    taken = []
    for i in lead:
        text = units[i].text.strip()
        if not label[i] or i == head or text == head_text:
            continue
        if doc.blocks[units[i].block].kind == "headline" and _capitalised(text) and not spoken[i]:
            continue  # the loader's headline, unless it is no title at all
        if len(_words(text)) <= 3 or not _capitalised(text) or spoken[i]:
            taken.append(i)
    if taken or any(i in flagged for i in range(first)):
        before_head = range(head if head is not None else first)
        taken += [i for i in before_head if spoken[i] and hits[i] is None and i not in taken]
    return taken


def _tail(
    units: list[Sentence], last: int, flagged: set[int], label: list[bool], spoken: list[bool], sh: Shapes
) -> list[int]:
    """After the story: the rest of the page when it is mostly short lines and text spoken to
    the reader and holds no long sentence of its own. A long run of short lines, or short lines
    mixed with many longer ones, is a list or fact box the story ends with (fixtures, a team
    sheet, "1971 / Commissioned on ..."), not a menu."""
    rest = [i for i in range(last + 1, len(units)) if i not in flagged]
    if not rest or sum(label[i] for i in rest) > sh.tail_max_labels:
        return []
    if not any(label[i] for i in rest) and not any(i in flagged for i in range(last + 1, len(units))):
        return []  # no furniture at all: text spoken to the reader may end a story
    site = [i for i in rest if label[i] or spoken[i]]
    if len(site) < sh.min_addressed_share * len(rest):
        return []
    if any(len(_words(units[i].text)) >= sh.story_min_words for i in rest if i not in site):
        return []
    return rest


def _quoted(text: str) -> bool:
    return any(q in text for q in '"“”')


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", text.strip())


def _capitalised(text: str) -> bool:
    body = text.strip().lstrip(_LEAD_JUNK)
    return bool(body) and (body[0].isupper() or body[0].isdigit())  # "2 dead in floods"


def _end_marker(
    units: list[Sentence], hits: list[str | None], alone: list[bool], label: list[bool], sh: Shapes
) -> int | None:
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
            free and not addressed and len(_words(text)) >= sh.story_min_words
        )
        plain = free and not addressed and not label[i]
        plain_after[i] = plain_after[i + 1] + plain
        others_after[i] = others_after[i + 1] + free
    for i in range(n - 1):
        if hits[i] in sh.end_classes and alone[i] and not long_story_after[i + 1] and others_after[i + 1]:
            share = 1 - plain_after[i + 1] / others_after[i + 1]
            if share >= sh.min_addressed_share:
                return i
    return None

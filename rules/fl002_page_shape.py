"""FL002's structural test: where the story starts and ends on a copied page.

Phrase lists do not generalise to pages nobody has seen (every new site labels its furniture
differently), but the shape of a scraped page does: the story is prose (sentences with words and
punctuation), and the furniture around it is short lines that are not sentences, or text spoken
to the reader ("Join our community", "Please avoid ...") after an end-of-story marker such as a
comment form. This module finds five such places:

- lead: before the story's first prose sentence, a short line on its own that is not the
  headline (a section label "Business", a site name, "2 months ago", "1 Min Read"), and titles
  each followed by a date line, twice or more (a box of links to other stories; one title each
  time is the headline printed again under its date line: only the copy); whatever its length,
  a line of the head's vocabulary (``rules/data/page_head.yaml``, several languages): a stamp
  ("Uppdaterad 2021-03-14 | Publicerad 2021-03-12"), a reading time, a writers' line naming its
  outlet ("Por A. Name e B. Name | Outlet"), a share row, marks alone ("/"), and the page's
  title bar over its headline ("<Site> - <tagline> - <headline>"); a kicker over the headline
  (two to four words the story takes up, no section's or masthead's word) stays;
- tail: after the story's last prose sentence, short lines on their own (a link list, "Source
  link", a repeated headline), not the page's last line when it stops inside a sentence ("... the
  controls in", or alone after the story "Crews on the rid": the page was cut, a title never ends
  so), nor anything above a paragraph of several long sentences (a letter, a blog's aside);
  whatever its length, a dated stamp line ("Posted on: 5 May 2024 @ 9:10pm", any language);
- after an end marker: once a whole-line leftover of an end-of-story class is found (a comment
  widget, a sign-up wall, copyright), the rest of the page when it is all short lines or text
  addressed to the reader;
- repeated: a short line written word for word three times or more between paragraphs (an
  image's alt text above each photo), never a crosshead, which heads one section;
- cluster: a short line between two leftovers once the story has started (a ticker symbol
  between separators, a menu entry between two others).

Story text that has those shapes stays story: under the first title, a match's box (a fixture,
the ground, "1st ODI" around a score line); a three-word headline in sentence case under a
site's name; a crosshead in sentence case under a first paragraph of one sentence; the first
line under a copy's opening leftovers, worded as a headline; an opening paragraph spoken to the reader right above the story (an explainer's
"You may have seen ..."); after the story, a table of figures ("Distribution of seats" above
"Party: 24" rows), and the labelled fields that close a results box in the story's own block
("Referee: A. Name (NZL)" under "Tries: ..." lines).

Photo captions written as sentences and author boxes, which a line's wording tells rather than
its place, are in ``fl002_page_parts.py``.

The word lists and thresholds are data (``rules/data/page_shapes.yaml``). Lines of Markdown
headings and list items, and HTML (whose tags already say what is story), are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from factlint.analysis.text import has_digit
from factlint.analysis.words import FUNCTION_WORDS
from factlint.linter.document import Document, Sentence

SHAPES_FILE = Path(__file__).parent / "data" / "page_shapes.yaml"
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
LEAD_JUNK = " \t•*·▪►‣-–—>"  # a bullet or arrow before a line
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@])@\w{2,}")  # a web address or a social handle
_MENU = re.compile(r"[^|.!?\d]{1,40}(?:\s\|\s[^|.!?\d]{1,40}){2,}")  # "Help | Contact Us | Privacy"


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
    site_nouns: frozenset[str]
    end_classes: frozenset[str]
    min_addressed_share: float
    repeated_min: int
    result_words: frozenset[str]
    comment_words: frozenset[str]
    lineup_roles: frozenset[str]
    sentence_conjunctions: frozenset[str]
    court_words: frozenset[str]


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
        # "you’ll" is "you'll": both apostrophes
        reader_words=frozenset(
            v for w in data["reader_words"] for v in (w.casefold(), w.casefold().replace("'", "’"))
        ),
        attribution_words=frozenset(w.casefold() for w in data["attribution_words"]),
        site_we_words=frozenset(w.casefold() for w in data["site_we_words"]),
        site_we_max_words=int(data["site_we_max_words"]),
        imperatives=frozenset(w.casefold() for w in data["imperatives"]),
        site_nouns=frozenset(w.casefold() for w in data["site_nouns"]),
        end_classes=frozenset(data["end_marker_classes"]),
        min_addressed_share=float(data["min_addressed_share"]),
        repeated_min=int(data["repeated_min"]),
        result_words=frozenset(w.casefold() for w in data["result_words"]),
        comment_words=frozenset(w.casefold() for w in data["comment_words"]),
        lineup_roles=frozenset(w.casefold() for w in data["lineup_roles"]),
        sentence_conjunctions=frozenset(w.casefold() for w in data["sentence_conjunctions"]),
        court_words=frozenset(w.casefold() for w in data["court_words"]),
    )


@dataclass(frozen=True)
class Place:
    """A sentence the structural test calls leftover, and where on the page it is."""

    index: int  # position in the units given
    where: str  # lead | tail | after-marker | repeated | cluster | credit (caption | author: page_parts)
    marker: str = ""  # the end marker's text (after-marker)


def own_line(doc: Document, s: Sentence) -> bool:
    """The sentence is all there is on its line(s): nothing but a bullet before or after it."""
    text = doc.text
    start, end = s.span.start, s.span.end
    # after it first, without cutting out the rest of its line: a sentence of a paragraph has
    # the next one there (cutting made every sentence cost the length of its paragraph)
    if _BLANK_TO_LINE_END.match(text, end) is None:
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return not before.strip(LEAD_JUNK)


# only white space (what ``str.strip`` drops) up to the end of the line or of the text
_BLANK_TO_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")


@lru_cache(maxsize=4096)  # asked again and again about the same lines (kept as a tuple: shared)
def words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def is_label(text: str, sh: Shapes) -> bool:
    """A short line that is not a sentence: no full stop, question or exclamation mark at the end,
    no quotation (a quote is story), a few words."""
    body = text.strip().strip(LEAD_JUNK)
    words = words_of(body)
    if _MENU.fullmatch(body) and all(len(words_of(item)) <= 4 for item in body.split("|")):
        return True  # a menu of short entries is one label, however many entries
    if not words or len(words) > sh.label_max_words:
        return False
    if any(q in body for q in '"“”'):
        return False
    end = body.rstrip()
    if end.endswith(("...", "…")):
        return True
    return not end.endswith((".", "!", "?"))


def story_prose(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[bool] | None:
    """Which units read as the story's prose (and are no phrase leftover); None for HTML (its
    furniture is left out by the loader), an empty page, or a page with no prose (no article):
    where the page-wide tests of FL002 start."""
    if doc.format == "html" or not units:
        return None
    sh = shapes()
    prose = [hits[i] is None and is_prose(u.text, sh) for i, u in enumerate(units)]
    return prose if any(prose) else None


def is_prose(text: str, sh: Shapes) -> bool:
    """A sentence of the story: enough words and a sentence end, or long whatever its end."""
    if ("»" in text or "›" in text) and _breadcrumb(text):
        return False  # "Home » World » <a title of twenty words>": the site's path to the story
    words = words_of(text)
    end = text.rstrip().rstrip("\"”’')")
    if len(words) >= sh.prose_min_words and end.endswith((".", "!", "?", "…", ":", ";")):
        # a stamp cut at its clock's abbreviation ("Publicerad 3.5.2024 kl.") is no sentence
        return len(words) > _STAMP_MAX_WORDS or not stamp_line(text)
    return len(words) >= sh.prose_long_words and not _name_row(text, words)


def _name_row(text: str, words: tuple[str, ...]) -> bool:
    """A long line of capitalised names joined by short words at most, and no sentence end
    ("Provence-Alpes-Côte d'Azur Corse Bretagne Grand Est Normandie ..."): a menu of regions or
    sections run together, not the story's first paragraph. A spaced dash parts items of a list
    ("Dunmoor - Green Gain Eastwick - Red Hold"): results or titles run together, which the
    story's own tests read, not a menu."""
    if " - " in text or " – " in text:
        return False
    return all(w[:1].isupper() or len(w) <= 3 or (w[1:2] in "'’" and w[2:3].isupper()) for w in words)


@lru_cache(maxsize=4096)  # find() asks twice per sentence (spoken text, then the end marker)
def addresses_reader(text: str, sh: Shapes) -> bool:
    """Site text speaks to the reader ("your email", "Please avoid", "Join our community");
    news prose speaks about third persons (a quotation or an attributed sentence is the story's,
    whoever it speaks to: "See the appeal for details, a spokesman added")."""
    if quoted(text):
        return False
    words = words_of(text)
    if not words:
        return False
    lowered = list(map(str.casefold, words))
    if not sh.attribution_words.isdisjoint(lowered):  # (set tests at C speed: asked of every line)
        return False
    first = lowered[0] + ("'t" if len(lowered) > 1 and lowered[1] == "t" else "")
    # an English verb that opens a sentence of another language is its word ("Do zdarzenia
    # doszło ...", Polish "to the event"; "Do ponto de vista ...", Portuguese): lower-case words
    # with letters beyond ASCII are no English call's
    if (
        (
            (first in sh.imperatives or lowered[0] in sh.imperatives)
            and not any(w.islower() and not w.isascii() for w in words[1:])
        )
        or lowered[0] in sh.reader_words
        # ("US police arrest ..." opens with the country, not with "us")
        or (len(words) <= sh.site_we_max_words and lowered[0] in sh.site_we_words and not words[0].isupper())
    ):
        return True
    # "US" is a country, "us" the reader; "we" and "our" also run through a long sentence of
    # analysis ("... and say we can still be friends"), so they count in short ones only
    lower = [w for w in words[1:] if w.islower()]
    if not sh.reader_words.isdisjoint(lower):
        return True
    # ... or in a sentence of any length that gives the site's own address or handle ("Follow us
    # on www.example.com/news and on Twitter @ExampleNews")
    if sh.site_we_words.isdisjoint(lower):
        return False
    return len(words) <= sh.site_we_max_words or bool(_ADDRESS.search(text))


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
    alone = [structural[i] and own_line(doc, u) for i, u in enumerate(units)]
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
                spoken[i] = spoken[i] or (hits[i] is None and structural[i] and not quoted(units[i].text))
    prose = [hits[i] is None and not spoken[i] and is_prose(u.text, sh) for i, u in enumerate(units)]
    if not any(prose):
        return []  # not an article (or all one block): nothing to frame
    first = prose.index(True)
    last = len(units) - 1 - prose[::-1].index(True)
    places: dict[int, Place] = {}
    # a short line whose shape recurs inside the story is the story's own structure: live-blog
    # entry times ("9.58pm GMT" ... "9.51pm GMT"), scorelines, numbered sub-heads
    # ... and so are headings in capitals when two or more head sections inside it (a gallery's
    # "SIDE SHOW", "GLAM ON" above each picture: the first one stands above the first paragraph)
    any_label = label
    shapes_inside = [_heading_shape(units[i].text) for i in range(first + 1, last) if label[i]]
    inside = set(shapes_inside)
    if sum(s == _CAPS_SHAPE for s in shapes_inside) < 2:
        inside.discard(_CAPS_SHAPE)
    label = [label[i] and _heading_shape(u.text) not in inside for i, u in enumerate(units)]
    # below the story, a row of tags or sections run together, longer than a label ("Crime and
    # courts Kelby News Police"): two section words and no sentence's end
    for i in range(last + 1, len(units)):
        if alone[i] and hits[i] is None and not label[i] and _tag_row(units[i].text):
            label[i] = True
    places.update((i, Place(i, "lead")) for i in _lead(doc, units, first, hits, flagged, label, spoken, sh))
    # a story in sections (headings in sentence case between its paragraphs): the copy may stop
    # after the next heading and the first words of its paragraph, inside the story
    sectioned = any(any_label[i] and _section_heading(units[i].text) for i in range(first + 1, last))
    places.update((i, Place(i, "tail")) for i in _tail(units, last, flagged, label, spoken, sh, sectioned))
    # a stamp line alone below the story, whatever its length ("Posted on: 5 May 2024 @ 9:10pm")
    places.update(
        (i, Place(i, "tail"))
        for i in range(last + 1, len(units))
        if alone[i] and hits[i] is None and i not in flagged and _stamp_alone(units[i].text, sh)
    )
    # after an end-of-story marker: the rest when it is short lines or text spoken to the reader
    marker = _end_marker(units, hits, alone, label, sh)
    if marker is not None:
        for i in range(marker + 1, len(units)):
            if hits[i] is None and i not in places:
                places[i] = Place(i, "after-marker", units[marker].text.strip())
    places.update((i, Place(i, "repeated")) for i in _repeated(units, hits, any_label, places, sh))
    places.update((i, Place(i, "lead")) for i in _dated_links(units, first, hits, alone, places))
    places.update((i, Place(i, "credit")) for i in _credit_names(units, hits, alone, flagged, places))
    # (inside or after the story: before it, the headline too may sit between two leftovers)
    after_first = [any_label[i] and i > first for i in range(len(units))]
    places.update((i, Place(i, "cluster")) for i in _clustered(units, hits, after_first, places))
    return [places[i] for i in sorted(places)]


# a person's name and nothing else: "Noah Berger", "Mike J. Eliason"
_NAME_LINE = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}")


def _credit_names(
    units: list[Sentence],
    hits: list[str | None],
    alone: list[bool],
    flagged: set[int],
    places: dict[int, Place],
) -> list[int]:
    """A name alone on its line right above or below a photo credit line is the photographer's
    ("Noah Berger" over "AP Photo"; "Mike Eliason" under "Fire Department via AP")."""
    names = []
    for i, cls in enumerate(hits):
        if cls != "credit" or not alone[i]:
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(units)
                and alone[j]
                and j not in flagged
                and j not in places
                and _NAME_LINE.fullmatch(units[j].text.strip())
            ):
                names.append(j)
    return names


def _dated_links(
    units: list[Sentence], first: int, hits: list[str | None], alone: list[bool], places: dict[int, Place]
) -> list[int]:
    """Before the story, titles each followed by a date line ("Storm closes port" / "October 10,
    2025", twice or more): a box of links to other stories. A headline with its own date line
    is one pair, so it stays, and so does a writers' line over its date ("By A. Name" / "May 2,
    2024"): the byline block under a headline that stands over an agency's name."""
    pairs = [
        i
        for i in range(first - 1)
        if alone[i]
        and hits[i] is None
        and hits[i + 1] == "byline"
        and not quoted(units[i].text)
        and not _NAME_BYLINE.fullmatch(units[i].text.strip())
        and not units[i].text.rstrip().endswith((".", "!", "?"))
        and 3 <= len(words_of(units[i].text)) <= 14
    ]
    if len({" ".join(units[i].text.split()).casefold() for i in pairs}) == 1:
        pairs = pairs[1:]  # one title each time: the headline printed again under its date line
        return [i for i in pairs if i not in places]
    return [i for i in pairs if i not in places] if len(pairs) >= 2 else []


def _repeated(
    units: list[Sentence], hits: list[str | None], label: list[bool], places: dict[int, Place], sh: Shapes
) -> list[int]:
    """Short lines written word for word several times between paragraphs: an image's alt text
    ("Haiti earthquake" above each photo) or a widget, never a crosshead (each heads its own
    section). Lines with figures are left alone: live-blog times and scorelines recur by design."""
    seen: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if label[i] and hits[i] is None and not any(c.isdigit() for c in u.text):
            seen.setdefault(" ".join(u.text.split()).casefold(), []).append(i)
    groups = [
        group
        for group in seen.values()
        if len(group) >= sh.repeated_min and not all(_under_stamp(units, i) for i in group)
    ]
    heads = [group for group in groups if _entry_heads(units, group, sh)]
    # a team's or a place's name over each entry of a live page: entry heads when two or more
    # names take turns, or when the entries below one name take up its words
    if len(heads) < 2:
        heads = [group for group in heads if _taken_up_below(units, group)]
    return [i for group in groups if group not in heads for i in group if i not in places]


def _entry_heads(units: list[Sentence], group: list[int], sh: Shapes) -> bool:
    """Each line of ``group`` stands over a paragraph of the story, a different one each time."""
    below = [units[i + 1].text if i + 1 < len(units) else "" for i in group]
    return len(set(below)) == len(below) and all(
        len(words_of(text)) >= sh.prose_min_words and _ends_sentence(text) for text in below
    )


def _taken_up_below(units: list[Sentence], group: list[int]) -> bool:
    """Most paragraphs under the repeated name use one of its words: entries about it."""
    name = {w.casefold() for w in words_of(units[group[0]].text) if len(w) >= 4}
    used = sum(bool(name & {w.casefold() for w in words_of(units[i + 1].text)}) for i in group)
    return bool(name) and 2 * used > len(group)


_STAMP_WORDS = 4  # a live entry's time or date line: "22:10", "Update 14 [23:40]"


def _under_stamp(units: list[Sentence], i: int) -> bool:
    """Unit ``i`` sits right under a short line with a figure (a live entry's time stamp): a label
    each entry carries ("Declared" under "22:10"), the entries' own structure."""
    above = units[i - 1].text if i > 0 else ""
    return any(c.isdigit() for c in above) and 0 < len(words_of(above)) <= _STAMP_WORDS


def _clustered(
    units: list[Sentence], hits: list[str | None], label: list[bool], places: dict[int, Place]
) -> list[int]:
    """A short line between two leftovers is one too: furniture comes in clusters (a ticker
    "LSEG" between two separators, a menu entry between two others), and a crosshead sits
    between paragraphs of the story."""
    taken: list[int] = []
    whole = {i for i, h in enumerate(hits) if h is not None} | set(places)
    inner = range(1, len(units) - 1)
    for i in [*inner, *reversed(inner)]:  # one pass each way: a run of menu entries fills in
        if i in whole or not label[i] or hits[i] is not None:
            continue
        if i - 1 in whole and i + 1 in whole:
            whole.add(i)
            taken.append(i)
    return sorted(taken)


# "By Jane Doe", "By Jane Doe and Arun Kumar" above the story (or "Por", "Von", ... : ``bare_byline``):
# the writer's byline, which a newsroom's own draft carries, not page text (a new-user audit:
# every such draft failed CI; a copy that shows its page loses it in fl002_page_blocks);
# agency and all-capitals lines ("By THE ASSOCIATED PRESS") and dated bylines are not this
_NAME_BYLINE = re.compile(
    r"By\s+(?!The\b)[A-Z][a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|le|la))*"
    r"(?:\s*(?:,|and|&)\s+[A-Z][a-z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|le|la))*)*"
)


# a dateline alone on its line: a place name (up to four capitalised words, a region or date after
# a comma) and a colon: "LAGOS:", "Port Vale, March 3:" (a dash alone is a ticker's separator);
# not a label that ends so ("By Trend:", "Source:")
_LONE_DATELINE = re.compile(
    r"(?!(?:By|From|Via|Source|Photo|Image|Credit|Editor|Note|Update|Updated|Read|Watch)\b)"
    r"(?-i:[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,3})(?:,[ \t]*[^:\n]{1,30})?[ \t]*:"
)


# a piece's own title after its genre ("Editorial: Help us keep the lights on", "Opinion: Why the
# bridge matters"): the headline of a column or an editorial, which may speak to the reader, not
# a section label above it
_GENRE_TITLE = re.compile(
    r"(?:Editorial|Opinion|Analysis|Commentary|Column|Comment|Letter|Review|Explainer|Obituary"
    r"|Interview|Viewpoint|Op-?[Ee]d|Our [Vv]iew|Perspective|Guest [Cc]olumn|Essay)[ \t]*:[ \t]+"
    r"\S+(?:[ \t]+\S+){2,}"
)


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
    lead = [
        i
        for i in range(first)
        if hits[i] is None
        and not (
            (_NAME_BYLINE.fullmatch(units[i].text.strip()) or bare_byline(units[i].text))
            and not outlet_byline(units[i].text)
        )
    ]
    genre = {i for i in lead if _GENRE_TITLE.fullmatch(units[i].text.strip())}
    spoken = [said and i not in genre for i, said in enumerate(spoken)]
    site = {i for i in lead if i not in flagged and _site_line(units[i].text)}
    site |= _masthead(doc, units, lead)
    titles = [
        i
        for i in lead
        if i not in flagged
        and i not in site
        and not spoken[i]
        and _capitalised(units[i].text)
        and len(words_of(units[i].text)) >= (4 if units[i].text.strip()[:1].isdigit() else 3)
        and not stamp_line(units[i].text)
        and not outlet_byline(units[i].text)
    ]
    # the longest; of two as long, the lower (a site's name stands above its headline)
    head = max(reversed(titles), key=lambda i: len(words_of(units[i].text)), default=None)
    # "<Site> - <tagline> - <headline>" over the headline alone: the page's title bar
    head, bar = _title_bar(units, titles, head)
    site |= bar
    if (
        head is None
        and lead
        and units[lead[0]].text.strip()[:1].isalpha()
        and not any(doc.blocks[units[i].block].kind == "headline" for i in lead)
    ):
        head = lead[0]  # a short headline: "Floods"
    head_text = units[head].text.strip() if head is not None else None
    match_box = _match_box(units, min(titles, default=head), first, hits, flagged)
    match_box |= _announced_table(units, first, hits, flagged, label)
    taken = sorted(site)
    for i in lead:
        text = units[i].text.strip()
        if i in site or i == head or text == head_text or i in match_box:
            continue
        if _furniture_line(doc, units, i, first, after_head=head is not None and head < i):
            taken.append(i)  # "/" alone, "Updated 2024-05-02 | Published 2024-05-01", "By A. Name | Outlet"
            continue
        # (the story's kicker over its headline: "Flood Crisis" over "River breaks its banks")
        if not label[i] or (head is not None and i == head - 1 and _kicker(text, units, head)):
            continue
        if i == first - 1 and _LONE_DATELINE.fullmatch(text):
            continue  # the story's dateline on a line of its own: "MARLOW HAVEN:" above its first sentence
        if head is not None and head < i and _sentence_ended(units[head].text) and _crosshead(text):
            continue  # under a first paragraph of one sentence, the story's crosshead ("Officer injured")
        if i in titles and _sentence_case_title(text) and _about_the_story(text, units, first):
            continue  # a short headline ("Quake hits coast"), not a site's name ("Local News")
        if (
            i == 0
            and head is not None
            and len(units) > 1
            and units[head].span.line == units[1].span.line  # (a line of two sentences: either)
            and _sentence_case_title(text, shortest=2)
            and _about_the_story(text, units, first)
        ):
            continue  # the page's first line, a two-word headline over its deck ("No reprieve")
        if (
            doc.blocks[units[i].block].kind == "headline"
            and _capitalised(text)
            and (not spoken[i] or _verb_led_title(text, sh))
        ):
            continue  # the loader's headline, unless it is no title at all
        if len(words_of(text)) <= 3 or not _capitalised(text) or spoken[i]:
            taken.append(i)
    if taken or any(i in flagged for i in range(first)):
        before_head = range(head if head is not None else first)
        opening = _spoken_opening(units, first, hits, spoken, sh)
        # the first line under the leftovers a copy starts with ("×", a share button) is where
        # the headline stands, worded like the loader's (it may speak: "...: What you need to know")
        top = next((i for i in range(first) if hits[i] is None and i not in flagged), None)
        taken += [
            i
            for i in before_head
            if spoken[i]
            and hits[i] is None
            and i not in taken
            and i not in opening
            and not _loader_headline(doc, units[i])
            and not (i == top and top > 0 and _loader_headline(doc, units[i], anywhere=True))
            and not (i == top and _advice_headline(units[i].text, units, first, sh))
        ]
    # a paragraph of several sentences and twice a story sentence's words is writing (a
    # column's first paragraph that talks to its readers), never a site's line
    per_line: dict[int, list[int]] = {}
    for i in range(first):
        per_line.setdefault(units[i].span.line, []).append(len(words_of(units[i].text)))
    return [
        i
        for i in taken
        if len(per_line[units[i].span.line]) < 2 or sum(per_line[units[i].span.line]) < 2 * sh.story_min_words
    ]


HEAD_FILE = Path(__file__).parent / "data" / "page_head.yaml"


@dataclass(frozen=True)
class HeadWords:
    """The small multilingual vocabulary of a page's head (``rules/data/page_head.yaml``)."""

    stamp_words: frozenset[str]
    stamp_phrases: tuple[str, ...]  # ("mis à jour", "last updated"): read as one stamp word
    stamp_links: frozenset[str]
    date_words: frozenset[str]
    byline_words: frozenset[str]
    byline_and_words: frozenset[str]
    agencies: frozenset[str]
    section_words: frozenset[str]
    masthead_words: frozenset[str]
    reading_words: frozenset[str]
    relative_words: frozenset[str]
    share_words: frozenset[str]
    byline_openings: tuple[str, ...]


@lru_cache(maxsize=1)
def head_words() -> HeadWords:
    data = yaml.load(
        HEAD_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )

    def words(key: str) -> frozenset[str]:
        said = {str(w).casefold() for w in data[key]}
        return frozenset(said | {fold(w) for w in said})  # and as a copy without accents writes them

    stamps = words("stamp_words")
    return HeadWords(
        stamp_words=frozenset(w for w in stamps if " " not in w) | {"updated"},
        stamp_phrases=tuple(sorted((w for w in stamps if " " in w), key=len, reverse=True)),
        stamp_links=words("stamp_links"),
        date_words=words("date_words"),
        byline_words=words("byline_words"),
        byline_and_words=words("byline_and_words"),
        agencies=words("agencies"),
        section_words=words("section_words"),
        masthead_words=words("masthead_words"),
        reading_words=words("reading_words"),
        relative_words=words("relative_words"),
        share_words=words("share_words"),
        byline_openings=tuple(sorted(words("byline_openings"), key=len, reverse=True)),
    )


_STAMP_MAX_WORDS = 14


def fold(word: str) -> str:
    """A word without its accents ("miércoles" → "miercoles"): a site's date row often drops them."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def stamp_line(text: str) -> bool:
    """A line made of a stamp's words and a date's: stamp words ("Updated", "Publicerad",
    "Aktualisiert"), month and weekday names, figures and the small words that join them ("am",
    "às", "kl."), with a stamp word, or a month or weekday with a figure: "Uppdaterad 2021-03-14 |
    Publicerad 2021-03-12", "Publié le 3 mai 2024 à 10h05". A title has other words."""
    hw = head_words()
    words = [fold(w.casefold()) for w in words_of(text)]
    if not words or len(words) > _STAMP_MAX_WORDS:
        return False
    joined = f" {' '.join(words)} "
    for phrase in hw.stamp_phrases:
        joined = joined.replace(f" {phrase} ", " updated ")
    stamps = dates = reads = figures = 0
    for w in joined.split():
        if w in hw.stamp_words:
            stamps += 1
        elif w in hw.date_words:
            dates += 1
        elif w in hw.reading_words or w in hw.relative_words:
            reads += 1
        elif any(c.isdigit() for c in w):
            figures += 1
        elif w not in hw.stamp_links:
            return False
    return stamps > 0 or ((dates > 0 or reads > 0) and figures > 0)


_TAG_ROW_WORDS = 15


def _tag_row(text: str) -> bool:
    """Tags or sections run together on one line: no end mark, quote or figure, at most
    ``_TAG_ROW_WORDS`` words, two or more of them the head's section words, two capitalised
    after the first, and at most a third of them other lower-case words ("Crime and courts
    Kelby News Police": tags in sentence case too)."""
    body = text.strip()
    words = words_of(body)
    if not words or len(words) > _TAG_ROW_WORDS or body[-1:] in ".!?:;,…" or has_digit(body):
        return False
    if any(q in body for q in '"“”«»„'):
        return False
    sections = head_words().section_words
    named = sum(w.casefold() in sections for w in words)
    capitals = sum(w[:1].isupper() for w in words[1:])
    plain = sum(
        not (w[:1].isupper() or w.casefold() in sections or w.casefold() in FUNCTION_WORDS or len(w) <= 3)
        for w in words
    )
    return named >= 2 and capitals >= 2 and 3 * plain <= len(words)


def _stamp_alone(text: str, sh: Shapes) -> bool:
    """A dated stamp line, with at most short labels run on below it (the sentence splitter
    joins a page's cut last letters to the stamp above: "Posted 5.5.2024 9.10" / "d")."""
    first, *below = text.strip().split("\n")
    return _stamp_with_date(first) and all(
        len(words_of(b)) <= _LABEL_UNDER_STAMP and is_label(b, sh) for b in below if b.strip()
    )


def _stamp_with_date(text: str) -> bool:
    """A stamp line that names itself and holds its date: a stamp word (``stamp_words``, in
    several languages) and a figure, all its words a stamp's or a date's."""
    if not has_digit(text) or not stamp_line(text):
        return False
    hw = head_words()
    words = [fold(w.casefold()) for w in words_of(text)]
    joined = f" {' '.join(words)} "
    return any(w in hw.stamp_words for w in words) or any(f" {p} " in joined for p in hw.stamp_phrases)


@lru_cache(maxsize=1024)
def share_row(text: str) -> bool:
    """A row of share buttons: share verbs and networks' names and the small words between
    them, two or more ("Partager sur Facebook Partager sur Twitter", "Compartir WhatsApp")."""
    hw = head_words()
    words = [w.casefold() for w in words_of(text)]
    shares = sum(w in hw.share_words for w in words)
    return shares >= 2 and all(w in hw.share_words or w in hw.stamp_links for w in words)


_BYLINE_NAME = re.compile(
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w.'’-]*)(?:\s+(?:(?:de|da|do|dos|del|di|van|von|der|den|bin|binti|le|la|al)\s+)?"
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w.'’-]*)){0,3}"
)
_BRACKETED_AGENCY = re.compile(r"(.+?)\s*\(\s*([^()]{2,30}?)\s*\)")


def _names(text: str, hw: HeadWords, least: int = 1, full: bool = False) -> bool:
    """Writers' names and nothing else, joined by "and" words or commas ("A. Name e B. Name"),
    at least ``least`` of them, each of two words or more when ``least`` asks for two or ``full``
    (which also wants no small word first: "The Numbers" names nobody)."""
    joins = "|".join(map(re.escape, sorted(hw.byline_and_words)))
    names = re.split(r"\s*,\s*|\s+(?:" + joins + r")\s+", text.strip())
    if len(names) < least or not all(_BYLINE_NAME.fullmatch(n) for n in names):
        return False
    if full:
        return all(len(words_of(n)) >= 2 and words_of(n)[0].casefold() not in FUNCTION_WORDS for n in names)
    return least < 2 or all(len(words_of(n)) >= 2 for n in names)


def writer_line(text: str) -> bool:
    """One writer's full name alone on a line ("A. Name", "Ana Name"): a teaser's writer."""
    return _names(text, head_words(), full=True)


def names_line(text: str) -> bool:
    """Two writers' names or more on a line of their own ("A. Name und B. Name", "A. Name, B.
    Name"): under a headline, the writers' line."""
    hw = head_words()
    opening = text.strip().partition(" ")[0].casefold()
    return opening not in hw.byline_words and _names(text, hw, least=2)


_OUTLET_SEPARATORS = re.compile(r"\s*\|\s*|\s+[-–—]\s+|\s*,\s*")
_OUTLET_WORDS = 4


@lru_cache(maxsize=1024)
def outlet_byline(text: str) -> bool:
    """A writers' line that names the outlet or agency the page copied it from, in any of the
    byline's languages: "Por A. Name e B. Name | Outlet", "By A. Name, Reuters", "Von dpa", "By
    The Associated Press". A writer's name alone ("By A. Name") is a draft's byline and stays."""
    hw = head_words()
    body = text.strip().rstrip(".")
    bracketed = _BRACKETED_AGENCY.fullmatch(body)
    if bracketed and bracketed.group(2).casefold() in hw.agencies:
        return _names(bracketed.group(1), hw)  # "A. Name (dpa)"
    opening = next((o for o in hw.byline_openings if body.casefold().startswith((o + " ", o + ":"))), "")
    if opening:  # a role's words: "Editado por A. Name", "Reported by: A. Name": no draft's byline
        return _names(body[len(opening) :].lstrip(":").strip(), hw)
    opening, _, rest = body.partition(" ")
    if opening.casefold() not in hw.byline_words or not rest:
        return False
    rest = rest.strip()
    if rest.casefold() in hw.agencies:
        return True  # the agency alone: "By Reuters"
    parts = _OUTLET_SEPARATORS.split(rest)
    seps = _OUTLET_SEPARATORS.findall(rest)
    if len(parts) < 2:
        return False
    outlet, sep = parts[-1], seps[-1].strip()
    if not _names(", ".join(parts[:-1]), hw):
        return False
    outlet_words = words_of(outlet)
    if outlet.casefold() in hw.agencies:
        return True  # "Von A. Name, dpa"
    if not 1 <= len(outlet_words) <= _OUTLET_WORDS or not outlet[:1].isupper():
        return False
    if outlet_words[0] == "The":
        return True
    # after a comma, two capitalised words are one more writer ("By A. Name, B. Name")
    return sep != "," or len(outlet_words) == 1


@lru_cache(maxsize=1024)
def bare_byline(text: str) -> bool:
    """A writers' line in any of the byline's languages, its names alone or with a short role or
    desk after a separator: "By A. Name", "Por: A. Name e B. Name", "Av A. Name, Reporter". A
    draft's own byline reads so too: only a copy that shows its page elsewhere loses it."""
    hw = head_words()
    opening, _, rest = text.strip().rstrip(".").partition(" ")
    if opening.rstrip(":").casefold() not in hw.byline_words or not rest.strip():
        return False
    parts = _OUTLET_SEPARATORS.split(rest.strip())
    for names in (parts, parts[:-1]):  # the names alone, or the names and a role or desk after them
        tail = parts[len(names) :]
        if not names or any(len(words_of(t)) > _OUTLET_WORDS or has_digit(t) for t in tail):
            continue
        if _names(", ".join(names), hw, full=True):
            return True
    return False


def _bare_marks(text: str) -> bool:
    """A line of marks and no word ("/", "|", "* * *") before the story: a menu's or a share
    row's separator left alone."""
    return bool(text) and not any(c.isalnum() for c in text)


_KICKER_WORDS = (2, 4)


def _kicker(text: str, units: list[Sentence], head: int) -> bool:
    """A kicker over the headline: two to four words, no figure and no label's mark, no section's
    or masthead's word ("Science", "Times"), and a word the headline or the story takes up ("Russian
    invasion" over a story of Russian tanks): the story's display, not the site's section label."""
    hw = head_words()
    words = words_of(text)
    if not _KICKER_WORDS[0] <= len(words) <= _KICKER_WORDS[1] or not text[:1].isupper():
        return False
    if any(c.isdigit() or c in ":|/»›•@" for c in text) or text.endswith((".", "!", "?")):
        return False
    low = [w.casefold() for w in words]
    if any(w in hw.section_words or w in hw.masthead_words for w in low):
        return False
    stems = {w[:4] for w in low if len(w) >= 4}
    return any(not stems.isdisjoint(w[:4].casefold() for w in words_of(u.text)) for u in units[head:])


_TITLE_BAR_MARKS = "-–—|:»"


def _title_bar(units: list[Sentence], titles: list[int], head: int | None) -> tuple[int | None, set[int]]:
    """The headline line is the page's title bar when it is another title line with the site's
    name and a separator before or after it ("<Site> - <tagline> - <headline>" over "<headline>"):
    the title line alone is the headline. Gives the headline and the bar (none: an empty set)."""
    if head is None:
        return head, set()
    bar = units[head].text.strip()
    for j in titles:
        title = units[j].text.strip()
        if j == head or len(title) >= len(bar):
            continue
        if bar.endswith(title) and bar[: -len(title)].rstrip()[-1:] in _TITLE_BAR_MARKS:
            return j, {head}
        if bar.startswith(title) and bar[len(title) :].lstrip()[:1] in _TITLE_BAR_MARKS:
            return j, {head}
    return head, set()


def _furniture_line(doc: Document, units: list[Sentence], i: int, first: int, after_head: bool) -> bool:
    """Unit ``i`` is on a line of the head's furniture (the whole line: a stamp may be cut in two
    sentences at an abbreviation's dot, "Publicerad 3 maj 2024 kl." and "10.15"); under the
    headline, also the writers' names alone ("A. Name und B. Name")."""
    line = units[i].span.line
    start = doc.text.rfind("\n", 0, units[i].span.start) + 1
    if units[first].span.line == line:
        # a stamp that lost its line break, cut at its clock's abbreviation, the clock glued to
        # the story's first word ("Thursday 3 May 2024 kl." / "10:15The council ..."): the page's
        return (
            i == first - 1
            and not doc.text[start : units[i].span.start].strip()
            and _glued_clock(units[first].text)
            and stamp_line(units[i].text)
        )
    end = doc.text.find("\n", units[i].span.start)
    text = doc.text[start : len(doc.text) if end < 0 else end].strip()
    if units[i].span.end_line != line:
        # the clock of a stamp cut at "kl." run on with the short label under it ("9.00" /
        # "News"): the sentence splitter joined them, both are the head's
        below = doc.text[end : units[i].span.end].split("\n")
        return (
            start < units[i].span.start
            and stamp_line(text)
            and all(
                len(words_of(b)) <= _LABEL_UNDER_STAMP and is_label(b, shapes()) for b in below if b.strip()
            )
        )
    return _head_furniture(text) or (after_head and names_line(text))


_OPENING_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _glued_clock(text: str) -> bool:
    """``text`` opens with a clock glued to a word ("12:57The"): no space after the clock."""
    m = _OPENING_CLOCK.match(text)
    return m is not None and text[m.end() : m.end() + 1].isalpha()


_LABEL_UNDER_STAMP = 3  # words of a page-kind label under a stamp ("News", "Press release")


def _head_furniture(text: str) -> bool:
    """A line of the page's head whatever its length: marks alone, a stamp or reading time, a
    byline that names its outlet, a share row."""
    return _bare_marks(text) or stamp_line(text) or outlet_byline(text) or share_row(text)


_TABLE_HEADING_WORDS = 3  # "Current seat standings:"; a ticker's "Markets:" is shorter


def _announced_table(
    units: list[Sentence], first: int, hits: list[str | None], flagged: set[int], label: list[bool]
) -> set[int]:
    """Before the story, rows of a name and a figure ("Labour: 31" / "Greens: 12", two or more)
    right under a line of three words or more that announces them with a colon ("Seats declared
    so far:"): a live page's standings box, the story's own figures, not a ticker or a menu."""
    table: set[int] = set()
    rows: list[int] = []
    for i in [*range(first), None]:
        if i is not None and label[i] and i not in flagged and _FIGURE_ROW.fullmatch(units[i].text.strip()):
            rows.append(i)
            continue
        above = rows[0] - 1 if rows else -1
        if (
            len(rows) >= 2
            and above >= 0
            and hits[above] is None
            and above not in flagged
            and units[above].text.rstrip().endswith(":")
            and len(words_of(units[above].text)) >= _TABLE_HEADING_WORDS
        ):
            table.update(rows)
        rows = []
    return table


def _advice_headline(text: str, units: list[Sentence], first: int, sh: Shapes) -> bool:
    """The first line under a copy's opening leftovers, in title case, speaking to the reader
    about two things the story talks about ("Keep Your Eye on Those Quarterly Profit Reports"
    over a story on quarterly reports): an advice column's headline, not a site's call ("Get
    All Your News in One Place" names nothing the story does)."""
    words = words_of(text)
    if len(words) < 4 or text.rstrip().endswith((".", "!", "?")):
        return False
    if any(w[:1].islower() for w in words if len(w) >= 4):
        return False  # not title case
    stems = {
        w[:5].casefold()
        for w in words
        if len(w) >= 5 and w.casefold() not in sh.reader_words and w.casefold() not in sh.site_nouns
    }
    story = {w[:5].casefold() for u in units[first:] for w in words_of(u.text) if len(w) >= 5}
    return len(stems & story) >= 2


def _site_line(text: str) -> bool:
    """A line of the site's masthead, never a headline: the site's name printed twice (a logo's
    alt text and the name: "Harbour Times LogoHarbour Times Logo", "Valley NewsValley News"), a
    menu whose entries the copy glued together ("NEWSSportWeatherTravelArts": three joins of a
    small letter and a capital inside words) or a breadcrumb ("Home » Sport » <title>")."""
    body = text.strip()
    squeezed = "".join(body.split()).casefold().replace("logo", "")
    half = len(squeezed) // 2
    if half >= 3 and squeezed[:half] == squeezed[half:]:
        return True
    joins = sum(1 for a, b in zip(body, body[1:]) if a.islower() and b.isupper())
    if joins >= 3:
        return True
    return _breadcrumb(body)


_WEB_ENDINGS = frozenset("com net org info co uk au in ng za ke ph pk nz ie ca news tv".split())


def web_address(line: str) -> bool:
    """A line that is only a site's address ("RLFANS.COM", "www.harbourtimes.co.uk")."""
    body = line.strip().casefold()
    if body.startswith(("http://", "https://")):
        body = body.split("//", 1)[1].rstrip("/")
    parts = body.split(".")
    return (
        len(parts) >= 2
        and parts[-1] in _WEB_ENDINGS
        and all(part and part.replace("-", "").isalnum() and part.isascii() for part in parts)
    )


def _masthead(doc: Document, units: list[Sentence], lead: list[int]) -> set[int]:
    """A masthead above the story: a line that is only the site's address, and the lines of its
    slogan printed under it in one block ("EXAMPLE.COM / Serving the valley / since 1990")."""
    lines = doc.lines()
    for i in lead:
        if web_address(lines[units[i].span.line - 1]):
            block = [j for j in lead if j >= i and units[j].block == units[i].block]
            # a slogan's lines are short; a headline set right under the address is not one
            short = all(
                len(words_of(line)) <= _SLOGAN_LINE_WORDS
                for j in block
                for line in lines[units[j].span.line - 1 : units[j].span.end_line]
            )
            return set(block) if short else {j for j in block if units[j].span.line == units[i].span.line}
    return set()


_SLOGAN_LINE_WORDS = 5


def _breadcrumb(text: str) -> bool:
    """The site's path to the page: two arrows or more, or one after a short section name
    ("Home » Sport » <title>", "News › <title>"); French quotation marks (« ») are no path."""
    if "«" in text:
        return False
    marks = text.count("»") + text.count("›")
    return marks >= 2 or (marks == 1 and len(words_of(text.replace("›", "»").split("»")[0])) <= 3)


# a score or tally: "3-1", "287-6", "250/6", "(46.2 overs)", "won by 46 runs"
_SCORE = re.compile(
    r"(?<![\d/.:-])\d{1,3}\s?[-–/]\s?\d{1,3}(?![\d/.:-])"
    r"|\b\d{1,3}(?:\.\d)?\s(?:overs|runs|wickets|goals|points|pts)\b"
    r"|\b\d{1,3}\s(?:for\s\d{1,2}\b|all\sout\b)",  # "250 for 6", "187 all out"
    re.I,
)


def _match_box(
    units: list[Sentence], title: int | None, first: int, hits: list[str | None], flagged: set[int]
) -> set[int]:
    """Below the first title, a match's box: the lines around a score line ("1st ODI", the ground,
    "Team A v Team B", "Half-time: 1-1", "Attendance: 11,204") up to the story or to a leftover.
    They are the report's own heading, not a site's labels. Above the title, nothing is."""
    start = 0 if title is None else title + 1
    box: set[int] = set()
    run: list[int] = []
    scored = False
    for i in range(start, first + 1):
        if hits[i] == "byline":
            continue  # the match's date ("Saturday 6th January 2018") is in the box
        if i == first or hits[i] is not None or i in flagged:
            if scored:
                box.update(run)
            run, scored = [], False
            continue
        run.append(i)
        scored = scored or bool(_SCORE.search(units[i].text))
    return box


# words a headline leaves in lower case: a line whose other words are all capitalised is a name
_MINOR_WORDS = frozenset("a an and at by for from in of on or the to with vs v".split())


def about_the_story(text: str, units: list[Sentence], first: int) -> bool:
    """Whether a title line names what the story from unit ``first`` on is about."""
    return _about_the_story(text, units, first)


def _about_the_story(text: str, units: list[Sentence], first: int) -> bool:
    """A headline names what the story is about: one of its words of four letters or more
    ("Floods kill 12") recurs in the story, in any form ("flooding", "killed"); "From the newsdesk", a
    section's name, does not."""
    stems = {w[:4].casefold() for w in words_of(text) if len(w) >= 4}
    return any(not stems.isdisjoint(w[:4].casefold() for w in words_of(u.text)) for u in units[first:])


def _sentence_case_title(text: str, shortest: int = 3) -> bool:
    """A three-word line (``shortest`` to three) in a headline's sentence case ("Quake hits coast",
    "Floods kill 12"): a word after the first in lower case that is no small word. A site's or
    section's name capitalises every word ("Local News", "Comparative Rail Safety", "Click to Home")."""
    words = words_of(text)
    return (
        shortest <= len(words) <= 3
        and words[0][:1].isupper()
        and any(w.isalpha() and w.islower() and w not in _MINOR_WORDS for w in words[1:])
    )


def _spoken_opening(
    units: list[Sentence], first: int, hits: list[str | None], spoken: list[bool], sh: Shapes
) -> set[int]:
    """The sentences right above the story's first that speak to the reader and read as prose
    ("You may have seen a letter from your water company ..."): an explainer's or a blog's
    opening paragraph, not a site's call (those stand apart from the story, among furniture)."""
    opening: set[int] = set()
    i = first - 1
    while i >= 0 and (hits[i] is not None or (spoken[i] and is_prose(units[i].text, sh))):
        if hits[i] is None:  # (a leftover between two of its paragraphs, an advert, is passed over)
            opening.add(i)
        i -= 1
    return opening


def _verb_led_title(text: str, sh: Shapes) -> bool:
    """A title that opens with a word of the instructions list but speaks to nobody: "Share
    market's charge halted by RBA", "Watch maker cuts jobs" (no final stop, no "you" or "our",
    nothing of a web page: "Read full article on original website" is an instruction)."""
    words = [w.casefold() for w in words_of(text)]
    return (
        len(words) >= 4
        and words[1] not in _PARTICLES  # "Stay up to date", "Sign in to read"
        and not text.rstrip().endswith((".", "!", "?"))
        and not any(w in sh.reader_words or w in sh.site_we_words or w in sh.site_nouns for w in words)
    )


# what follows an instruction word in a call ("Stay up to date", "Sign in", "Read the full story"),
# never the noun of a title that opens with the same word ("Share market's ...", "Watch maker ...")
_PARTICLES = frozenset(
    "up in on out to the a an here now for with this all more away back tuned informed".split()
)


def _sentence_ended(text: str) -> bool:
    """Ends like a sentence of prose: a full stop after a word, not an abbreviation's dot alone."""
    body = text.rstrip()
    return body.endswith(".") and not body.endswith("..") and len(words_of(body)) >= 4


def _takes_up(text: str, above: list[Sentence], sh: Shapes) -> bool:
    """A crosshead takes up a word of the story above it (five letters alike: "Residents react"
    after a paragraph on residents); a site's label ("Latest comments", "Editorial standards")
    names the site's parts, not the story's."""
    stems = {
        w[:5].casefold()
        for w in words_of(text)
        if len(w) >= 4 and w.casefold() not in sh.site_nouns and w.casefold() not in _SITE_LABEL_WORDS
    }
    return bool(stems) and any(
        not stems.isdisjoint(w[:5].casefold() for w in words_of(u.text)) for u in above
    )


# words of a site's labels that a story's sentence may also use ("the latest figures")
_SITE_LABEL_WORDS = frozenset("latest recent popular trending related editorial standards policy".split())


def _section_heading(text: str) -> bool:
    """A heading in sentence case over a section of the story: two to six words, no figure and no
    end mark, a capital first and at least one word in small letters ("Things get Iffy",
    "Promoting the paper at home"); a link title or a site label is capitalised throughout."""
    body = text.strip()
    words = words_of(body)
    return (
        2 <= len(words) <= 6
        and body[:1].isupper()
        and body[-1:].isalpha()
        and not any(c.isdigit() for c in body)
        and any(w.islower() for w in words[1:])
    )


def _next_section_cut(units: list[Sentence], rest: list[int]) -> bool:
    """After the story's last sentence: a section heading, then one paragraph that the page's end
    cuts inside a sentence (no end mark), in a sentence's words (mostly in small letters, not a
    headline's capitals): the story goes on past the copy."""
    if len(rest) < 2 or rest[-1] != len(units) - 1 or not _section_heading(units[rest[0]].text):
        return False
    body = rest[1:]
    if any(units[i].span.line != units[body[0]].span.line for i in body):
        return False
    if not units[body[-1]].text.rstrip()[-1:].isalnum():
        return False
    words = [w for i in body for w in words_of(units[i].text)]
    return len(words) >= 5 and 3 * sum(w[:1].isupper() for w in words[1:]) <= len(words)


def _one_word_cut(text: str) -> bool:
    """One word in sentence case that the copy ends on ("Trial"): a crosshead or a sentence cut
    after its first word (a site's one-word label is a phrase the data file knows)."""
    words = words_of(text)
    return len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower() and words[0].isalpha()


def is_crosshead(text: str) -> bool:
    """A few words in sentence case, nothing else (for the caption test: a crosshead, not a caption)."""
    return _crosshead(text)


def _crosshead(text: str) -> bool:
    """Two to five words in sentence case, nothing else: "Officer injured", "Road closed for
    days" (a site's label is capitalised throughout or a single word)."""
    words = words_of(text)
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:])
        and text.strip()[-1:].isalpha()
    )


def _loader_headline(doc: Document, s: Sentence, anywhere: bool = False) -> bool:
    """The page's first line taken for its headline, and worded as one: a headline may speak to
    the reader ("... how busy are hospitals in your area?"). ``anywhere``: a line alone worded
    as a headline, wherever the loader put the headline block."""
    text = s.text.strip()
    words = words_of(text)
    if not words:
        return False
    if words[0].casefold() in shapes().imperatives and not _verb_led_title(text, shapes()):
        return False  # "Get all your news in one place." is an app's call ("Share market's ..." a title)
    headline = (anywhere or doc.blocks[s.block].kind == "headline") and own_line(doc, s)  # one sentence alone
    return headline and _capitalised(text) and len(words) >= 4


def _tail(
    units: list[Sentence],
    last: int,
    flagged: set[int],
    label: list[bool],
    spoken: list[bool],
    sh: Shapes,
    sectioned: bool = False,
) -> list[int]:
    """After the story: the rest of the page when it is mostly short lines and text spoken to
    the reader and holds no long sentence of its own. A long run of short lines, or short lines
    mixed with many longer ones, is a list or fact box the story ends with (fixtures, a team
    sheet, "1971 / Commissioned on ..."), not a menu."""
    table = _figure_table(units, range(last + 1, len(units)), flagged, label)
    table |= _result_rows(units, range(last + 1, len(units)), flagged, label)
    table |= _team_sheet(units, range(last + 1, len(units)), sh)
    rest = [i for i in range(last + 1, len(units)) if i not in flagged and i not in table]
    if sectioned and rest == list(range(last + 1, len(units))) and _next_section_cut(units, rest):
        return []  # the next section's heading and its paragraph, cut by the page's end
    if rest and rest[-1] == len(units) - 1 and _cut_off(units[rest[-1]].text, alone=len(rest) == 1):
        rest.pop()  # the page's last paragraph, cut off inside a sentence: the story's
    rest = _box_goes_on(units, last, rest)
    rest = _post_goes_on(units, last, rest, flagged, spoken, sh)
    # a crosshead in sentence case that the copy ends on ("Residents react"), or over the story's
    # own list of figures ("Budget at a glance" over "- Library: 2 million dollars"): the story's
    if (
        rest
        and (
            (_crosshead(units[rest[0]].text) and _takes_up(units[rest[0]].text, units[: rest[0]], sh))
            or (rest == [len(units) - 1] and _one_word_cut(units[rest[0]].text))
        )
        and not spoken[rest[0]]
        and rest[0] - 1 not in flagged
        and _sentence_ended(units[rest[0] - 1].text)  # (under the story's text, not other furniture)
        and not any(i in flagged for i in range(rest[0] + 1, len(units)))
        and all(any(c.isdigit() for c in units[i].text) for i in rest[1:])
    ):
        return []
    # a long quote set as a block with its speaker's credit line under it after a dash ("– Dame
    # Jane Roe", "— Number 10 spokesman"; a hyphen is a list's bullet): the quote and its credit
    # are the story's, whatever the quote says
    credits = [
        i
        for i in rest
        if _QUOTE_CREDIT.fullmatch(units[i].text.strip())
        and len(words_of(units[i - 1].text)) >= sh.story_min_words
    ]
    if credits:
        rest = [i for i in rest if i > credits[-1]]
    # an opinion piece's closing question to its reader, in the piece's own words ("So who do
    # you trust with your rights?" after a paragraph on rights): the piece's last line
    # ... and a post's long closing advice in its own words ("Stay tuned for updates on the flood
    # situation and heed the weather warnings." after paragraphs on the flood and the weather): a
    # site's call is short and about the site
    if rest and rest[0] == last + 1 and _closing_question(units, last, rest[0]):
        rest = rest[1:]
    # a paragraph of several long sentences, even one spoken to the reader (a letter, a blog's
    # aside), is writing, not a site's line (a menu, a button or a call is one short sentence):
    # the story goes on to it
    paragraphs: dict[int, list[int]] = {}
    for i in rest:
        paragraphs.setdefault(units[i].span.line, []).append(i)
    written = [
        group[-1]
        for group in paragraphs.values()
        if len(group) >= 2 and sum(len(words_of(units[i].text)) for i in group) >= 2 * sh.story_min_words
    ]
    if written:
        rest = [i for i in rest if i > max(written)]
    if not rest or sum(label[i] for i in rest) > sh.tail_max_labels:
        return []
    if _signature(units, rest):
        return []  # a letter's writer and town ("A. Name, Portvale"): the letter's own end
    # furniture after the story, not counting a line whose shape recurs inside it (a live blog's
    # entry timestamps are leftovers, but they mark entries, not the end of the story)
    story_shapes = {_shape(units[i].text) for i in range(last)}
    furniture = any(
        i in flagged and _shape(units[i].text) not in story_shapes for i in range(last + 1, len(units))
    )
    # ... nor a short line with figures (a half-time score, a fixture)
    # ... nor an aside in brackets under a table of figures ("(and one more seat to declare)")
    menu_like = any(
        label[i] and not any(c.isdigit() for c in units[i].text) and not (table and _bracketed(units[i].text))
        for i in rest
    )
    if not menu_like and not furniture:
        return []  # no furniture at all: text spoken to the reader may end a story
    site = [i for i in rest if label[i] or spoken[i]]
    # the leftovers found among them count as the site's too (a contact box's "Send us a letter
    # to the editor." between its heading and its other links), when the rest are lines of their
    # own (not a sentence run on from the story's last paragraph) and the box opens with site
    # text (a post's own closing line above its comment box is the post's)
    inside = [i for i in range(rest[0], rest[-1]) if i in flagged]
    boxed = bool(inside) and all(label[i] or spoken[i] for i in rest if i < inside[0])
    lines_own = all(units[i].span.line > units[i - 1].span.end_line for i in rest if i not in site)
    found_below = len(inside) if boxed and lines_own else 0
    if len(site) + found_below < sh.min_addressed_share * (len(rest) + found_below):
        return []
    if any(len(words_of(units[i].text)) >= sh.story_min_words for i in rest if i not in site):
        return []
    # a sentence on the last story sentence's line ends its paragraph ("How worried should we
    # be?") when the page goes on below it
    if units[last].span.line != units[-1].span.line:
        rest = [
            i
            for i in rest
            if units[i].span.line != units[last].span.line or not _paragraph_end(units[i].text)
        ]
    return rest


_BOX_LABEL_WORDS = 3  # "Referee", "Half-time score": a field's label before its colon
_BOX_MIN_LABELS = 2  # the labelled fields the story's own block holds above its last lines


def _box_goes_on(units: list[Sentence], last: int, rest: list[int]) -> list[int]:
    """The tail without the labelled lines that close a results or fact box inside the story's
    own block, no blank line between ("Penalty: ..." above, then "Referee: A. Name (NZL)"): the
    box's short fields are the story, like its longer lines above them. A labelled line under
    a paragraph with no fields of its own ("Tags: ...", "Share: ...") stays a leftover."""
    block = units[last].block
    if not rest or units[rest[0]].block != block or not _label_value(units[rest[0]].text):
        return rest
    fields = 0
    for j in range(last, -1, -1):
        if units[j].block != block:
            break
        fields += units[j].text.count(":")
    if fields < _BOX_MIN_LABELS:
        return rest
    k = 0
    while k < len(rest) and units[rest[k]].block == block and _label_value(units[rest[k]].text):
        k += 1
    return rest[k:]


def _label_value(text: str) -> bool:
    """A field of a box: a short label in capitals, a colon, a value ("Conversions: A. Name (4)")."""
    head, colon, value = text.strip().partition(":")
    return (
        bool(colon)
        and head[:1].isupper()
        and 0 < len(words_of(head)) <= _BOX_LABEL_WORDS
        and bool(words_of(value))
    )


_SIGN_OFF_WORDS = 8  # a post's closing line: "Happy walking, everyone!"


def _post_goes_on(
    units: list[Sentence], last: int, rest: list[int], flagged: set[int], spoken: list[bool], sh: Shapes
) -> list[int]:
    """``rest`` less the post's own lines right after its last prose: sentences that speak to
    the reader along the way ("The cafe was shut, so bring your own lunch.": a third person
    opens them, no imperative, nothing of the site's "we" or "our"), then a short closing line
    right above a leftover (a comment box) in the post's words ("Happy walking, everyone!"). A
    site's call opens with an imperative or speaks of the site."""
    k = 0
    while k < len(rest) and rest[k] == last + 1 + k and _writer_line(units[rest[k]].text, sh):
        k += 1
    at = last + 1 + k
    if (
        k < len(rest)
        and rest[k] == at
        and at + 1 in flagged
        and _ends_sentence(units[at].text)
        and (
            (
                spoken[at]
                and len(words_of(units[at].text)) <= _SIGN_OFF_WORDS
                and _own_line(units[at].text, sh)
                and _shares_word(units[at].text, units[: last + 1])
            )
            or _writer_sign_off(units[at].text)
        )
    ):
        k += 1
    return rest[k:]


_WRITER_SIGN_OFF_WORDS = 16
# the writer's "I" after the first word: "Stay safe, and I will see you at the market."
_WRITER_I = frozenset({"i", "i'm", "i'll", "i've", "i'd", "i’m", "i’ll", "i’ve", "i’d"})


def _writer_sign_off(text: str) -> bool:
    """A closing sentence in the writer's own "I", whatever verb opens it ("Stay tuned, because I
    will be back next week."): a post's sign-off; a site's call speaks as "we" or to "you"."""
    tokens = text.split()
    return len(tokens) <= _WRITER_SIGN_OFF_WORDS and any(
        t[:1] == "I" and t.strip(",;:–—-").casefold() in _WRITER_I for t in tokens[1:]
    )


def _own_line(text: str, sh: Shapes) -> bool:
    """A line of the writer's, not the site's: no imperative or "we" first, no "our" or "us"."""
    lowered = [w.casefold() for w in words_of(text)]
    return (
        bool(lowered)
        and lowered[0] not in sh.imperatives
        and lowered[0] not in sh.reader_words
        and sh.site_we_words.isdisjoint(lowered)
    )


def _writer_line(text: str, sh: Shapes) -> bool:
    """A sentence of the post that speaks to the reader on the way: a sentence's length and end,
    opened by the thing it is about."""
    return (
        len(words_of(text)) >= sh.prose_min_words
        and _ends_sentence(text)
        and _own_line(text, sh)
        and words_of(text)[0][:1].isupper()
    )


def _ends_sentence(text: str) -> bool:
    body = text.rstrip().rstrip("\"”’')")
    return body.endswith((".", "!", "?")) and not body.endswith("..")


def _shares_word(text: str, above: list[Sentence]) -> bool:
    """``text`` takes up a content word (four letters or more) of the lines ``above``."""
    mine = {w.casefold() for w in words_of(text) if len(w) >= 4 and w.casefold() not in FUNCTION_WORDS}
    return bool(mine) and any(w.casefold() in mine for u in above for w in words_of(u.text))


# a block quote's credit line: a dash, then a name or a role of a few words, no sentence end
_QUOTE_CREDIT = re.compile(r"[–—]\s*[A-Z][\w.'’-]*(?:,?\s+[\w.'’-]+){0,5}")
_QUESTION_SHARED = 2  # content words a closing question takes up from the paragraphs above it
_CLOSING_ADVICE_WORDS = 16  # a closing sentence this long is the writer's, if in the story's words


def _closing_question(units: list[Sentence], last: int, i: int) -> bool:
    """Unit ``i``, right after the story's last prose, is a question (or a sentence of sixteen words
    or more) that takes up at least two of the content words (five letters or more) of the last
    two prose sentences."""
    text = units[i].text.strip()
    if not text.endswith("?") and len(words_of(text)) < _CLOSING_ADVICE_WORDS:
        return False

    def content(t: str) -> set[str]:
        return {w.casefold() for w in words_of(t) if len(w) >= 5 and w.casefold() not in FUNCTION_WORDS}

    story = content(" ".join(units[k].text for k in range(max(0, last - 1), last + 1)))
    return len(content(text) & story) >= _QUESTION_SHARED


def _paragraph_end(text: str) -> bool:
    """A sentence that can end a paragraph: three words or more and an end mark, not an aside in
    brackets ("(More stories from the state.)" is a link glued to the paragraph)."""
    body = text.strip()
    return len(words_of(body)) >= 3 and body.endswith((".", "?", "!")) and not _bracketed(body)


# a letter writer's name, then the town on the same line or the next: "Jane Moss, Portvale"; a
# reader's comment signed with where it was posted: "Jane, via Facebook"
_WRITER = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*,?")
_TOWN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\.?")
_READER = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")  # a first name will do
_VIA = re.compile(r"via\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\.?")


def _signature(units: list[Sentence], rest: list[int]) -> bool:
    """The page ends with a letter's signature: a name and a town, on one line or two."""
    text = " ".join(units[i].text.strip() for i in rest)
    name, comma, town = text.partition(",")
    name, town = name.strip(), town.strip()
    return (
        len(rest) <= 2
        and bool(comma)
        and (
            (bool(_WRITER.fullmatch(name)) and bool(_TOWN.fullmatch(town)))
            or (bool(_READER.fullmatch(name)) and bool(_VIA.fullmatch(town)))
        )
    )


# a row of a table of figures: a name, then a number ("People's Party: 24", "Okafor 11 goals",
# "Green List 15 seats"); a bare number ("124", a comment count) is no row
_FIGURE_ROW = re.compile(
    r"[^\W\d_][^\d]*?[\s:(]\s*[+−-]?\d[\d,.]*%?\)?"  # "Labour: 24", "Labour (24)", "Labour 45.2%"
    r"(?:\s*\([+−-]?\d[\d,.]*\))?(?:\s+[^\W\d_]+){0,2}"  # "24 (+3)", "11 goals", "15 seats won"
)


# the words a sentence's opening may stop on when the page cuts it ("Residents were", "Officials
# said that"); a link or a menu entry may stop on an article or a particle ("Read the", "Sign in")
_CUT_ENDS = frozenset("and or but is are was were be been has have had that which who will would".split())


def _cut_off(text: str, alone: bool = False) -> bool:
    """A sentence cut off by the page's end: four words or more, no end mark, and a last word a
    title never ends on ("... controls in", "... and the"), or a name cut after its first letter
    ("Eyewitness Ray S"); a line ending on a comma, or an attribution that is all there is
    ("According to the Kelby Post"). When it is the only line after the
    story, also the opening of a sentence cut inside a word ("Crews on the rid", "The defence
    lawy", "In addition, the M"): three words or more in sentence case with a function word
    before the last, nothing of a title (no figure, no second capital but a cut name's first
    letter or two)."""
    words = words_of(text)
    if text.rstrip().endswith(",") and len(words) >= 3:
        return True  # a list or a sentence cut after a comma ("Backs: A. Name, B. Name,"): no title ends so
    if not text.rstrip()[-1:].isalnum():
        return False
    if len(words) >= 3 and " ".join(words[:2]).casefold() == "according to":
        return True  # a sentence's attribution the page cut before its clause ("According to the Kelby Post")
    if len(words) >= 4 and words[-1].casefold() in FUNCTION_WORDS:
        return True
    # alone after the story, a sentence's subject and the verb or conjunction after it
    # ("Residents were"): a menu entry or a link ends on a noun or a particle ("Contact us")
    if (
        alone
        and len(words) >= 2
        and words[0][:1].isupper()
        and words[-1].casefold() in _CUT_ENDS
        and all(w.islower() for w in words[1:])
    ):
        return True
    # (the word cut may be a name's first letters: "In addition, the M")
    last = words[-1] if words else ""
    # ... or a name cut after its first letter, after the given name ("Eyewitness Ray S"): a
    # title or a menu entry does not end on a lone capital after a name
    if (
        len(words) >= 3
        and len(last) == 1
        and last.isupper()
        and words[-2][:1].isupper()
        and words[-2][1:].islower()
        and words[-2].isalpha()
        and not any(c.isdigit() for c in text)
    ):
        return True
    return (
        alone
        and len(words) >= 3
        and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:-1])
        and last.isalpha()
        and (last.islower() or (len(last) <= 2 and last[:1].isupper()))
        and any(w.casefold() in FUNCTION_WORDS for w in words[:-1])
    )


def _figure_table(units: list[Sentence], span: range, flagged: set[int], label: list[bool]) -> set[int]:
    """After the story, a table of figures it reports: two or more rows of a name and a number one
    below the other, with the short heading above them ("Distribution of seats", "Top scorers").
    Results and fact boxes are story, not a menu."""
    table: set[int] = set()
    rows: list[int] = []
    for i in [*span, None]:
        if i is not None and label[i] and i not in flagged and _FIGURE_ROW.fullmatch(units[i].text.strip()):
            rows.append(i)
            continue
        if len(rows) >= 2:
            table.update(rows)
            above = rows[0] - 1
            if above in span and label[above] and above not in flagged:
                table.add(above)
        rows = []
    return table


_RESULT_DASHES = (" - ", " – ", " — ")
_RESULT_PLACE_WORDS = 3  # "Harbour ward", "Round Two": a place or a round, not a story's title
_RESULT_OUTCOME_WORDS = 6


def _result_row(text: str) -> tuple[str, str] | None:
    """A result line: a place or a round, a spaced dash, an outcome ("Harbour ward - Labour hold",
    "Round Two - Rovers beat Hale"); the two sides, or None. A place opens with a letter: a time
    slot over a channel ("17:30-19:30 - <channel>") is a schedule box, page furniture."""
    for dash in _RESULT_DASHES:
        parts = text.split(dash)
        # (a third part that is a figure is the outcome's share: "Harbour – A. Name (Labour) – 52.9%")
        if len(parts) == 3 and parts[2].strip()[:1].isdigit() and len(words_of(parts[2])) <= 2:
            parts = [parts[0], dash.join(parts[1:])]
        if len(parts) == 2:
            place, outcome = (part.strip() for part in parts)
            # a scoreline's two sides, each with its goals at the dash ("Dunmoor Athletic 2 – 1
            # Kelby Rovers"): a name of up to three words and the score
            sides = _RESULT_PLACE_WORDS + (place[-1:].isdigit() and outcome[:1].isdigit())
            if (
                place[:1].isalpha()
                and 0 < len(words_of(place)) <= sides
                and 0 < len(words_of(outcome)) <= _RESULT_OUTCOME_WORDS
            ):
                return place, outcome
    return None


_SIDE_NAMES = 5  # a side's line in a team sheet names this many players or more


def _team_sheet(units: list[Sentence], span: range, sh: Shapes) -> set[int]:
    """After a match report, its team sheet: a side's line of players ("Side: A; B, C, D, E")
    and the lines of its staff and officials under a role's label ("Coach: A. Name", "Referee: A.
    Name (Town)"). The roles are the story's own only where a side's line stands beside them."""
    roles: set[int] = set()
    for i in span:
        head, colon, rest = units[i].text.strip().partition(":")
        if colon and head.strip().casefold() in sh.lineup_roles and 1 <= len(words_of(rest)) <= 6:
            roles.add(i)
    if not roles:
        return set()
    # (the side's line may close the story above the span: the sheet starts inside the story)
    sides = set()
    for i in range(max(0, span.start - 12), span.stop):
        head, colon, rest = units[i].text.strip().partition(":")
        parts = re.split(r"[,;]", rest)
        if (
            colon
            and len(words_of(head)) <= 3
            and len(parts) >= _SIDE_NAMES
            and all(len(words_of(p)) <= 4 for p in parts)
        ):
            sides.add(i)
    return sides | roles if sides else set()


def _result_rows(units: list[Sentence], span: range, flagged: set[int], label: list[bool]) -> set[int]:
    """After the story, two or more result lines one below the other whose outcomes differ, with
    the short heading above them: the story's results ("Dunmoor - Green gain"), not links each
    ending with the same site's name after a dash ("Storm closes port - Kelby Post")."""
    table: set[int] = set()
    rows: list[int] = []
    outcomes: set[str] = set()
    # (a row the splitter cut after an abbreviation, "Rec. Union 2 – 1 Granada", is one line's units)
    lines: list[list[int]] = []
    for i in span:
        if lines and units[i].span.line == units[lines[-1][-1]].span.line:
            lines[-1].append(i)
        else:
            lines.append([i])

    def as_row(group: list[int] | None) -> tuple[str, str] | None:
        if group is None or any(i in flagged for i in group):
            return None
        if len(group) == 1:
            return _result_row(units[group[0]].text.strip()) if label[group[0]] else None
        if units[group[0]].span.line == units[group[-1]].span.end_line:
            return _result_row(" ".join(units[i].text.strip() for i in group))
        return None

    found = [as_row(group) for group in lines]
    for k, group in enumerate([*lines, None]):
        row = found[k] if group is not None else None
        if row is not None:
            rows += group
            outcomes.add(row[1].casefold())
            continue
        if (
            group is not None
            and len(group) == 1
            and label[group[0]]
            and group[0] not in flagged
            and k + 1 < len(found)
            and found[k + 1] is not None
        ):
            rows += group  # a state's or a round's name over the rows below it ("Northland (NL)")
            continue
        if len(rows) >= 2 and len(outcomes) > 1:
            table.update(rows)
            above = rows[0] - 1
            if above in span and label[above] and above not in flagged:
                table.add(above)
        rows, outcomes = [], set()
    return table


# a clock stamp heading a live page's entry: "04: 00", "12:42am", "12:28am ET", "23:43:", "+++22.25 Uhr+++"
_CLOCK = re.compile(
    r"[+\s]*\d{1,2} ?[:.] ?\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:uhr|h|et|gmt|bst|utc|cet|ist|eastern))?[+\s:]*",
    re.I,
)
_CLOCK_CHARS = 24
_RESULTS_MIN_STAMPS = 2
_RESULTS_MIN_ROWS = 2
_TALLY_NAME_WORDS = 4  # "Seats declared - 88 / 90", "Green Alliance - 12": a name, then its figures
_RESULTS_LABEL_WORDS = 4  # "Recent results:", "Latest declarations:"
_RESULTS_ROW_WORDS = 6  # "Millbrook Cross, Saltby and Wern - Red gain": a ward of several places


def _tally(text: str) -> bool:
    """A running tally: names, each followed by its figures, and nothing else ("Seats declared -
    88 / 90", "(Red - 40, Blue - 31)", "SPD: 25,6 %", "Labour 262")."""
    body = text.strip()
    if body.rstrip(")").endswith((".", "!", "?")):
        return False
    words = words_of(body)
    if not words or not words[0][:1].isalpha() or not words[-1][:1].isdigit():
        return False
    run = 0
    for w in words:
        run = 0 if w[:1].isdigit() else run + 1
        if run > _TALLY_NAME_WORDS:
            return False
    return True


def _declared(text: str, sh: Shapes) -> tuple[str, str] | None:
    """A result row as a results page writes it: a place or a side, a spaced dash, and an outcome
    with an outcome word or a figure ("Harlow Fen - Blue hold", "Kelby (RED) - BLUE GAIN",
    "Rovers - won 2-1"); the two sides, or None."""
    for dash in _RESULT_DASHES:
        place, found, outcome = text.partition(dash)
        if not found:
            continue
        place_words, outcome_words = words_of(place), words_of(outcome)
        if (
            place[:1].isalpha()
            and 0 < len(place_words) <= _RESULTS_ROW_WORDS
            and 0 < len(outcome_words) <= _RESULTS_ROW_WORDS
            and any(w[:1].isdigit() or w.casefold() in sh.result_words for w in outcome_words)
        ):
            return place.strip(), outcome.strip()
    return None


def results_entries(doc: Document, units: list[Sentence]) -> set[int]:
    """A live results page: two or more clock stamps on lines of their own ("04: 00"), each over
    the results declared since: a running tally ("Seats declared - 88 / 90"), a label over rows
    ("Recent results:") and result rows ("Harlow Fen - Blue hold"). The stamps, tallies, labels
    and rows are the story, not bylines, links or other stories' titles; a party after a dash is
    no site's name where the rows' outcomes vary ("Blue hold", "Red gain"). The page's tally
    above its first entry is the story's too. Empty where the page is no such page."""
    stamps = [
        i
        for i, u in enumerate(units)
        if len(u.text) <= _CLOCK_CHARS
        and u.text[-1:] != "."
        and _CLOCK.fullmatch(u.text)
        and own_line(doc, u)
    ]
    if len(stamps) < _RESULTS_MIN_STAMPS:
        return set()
    sh = shapes()
    rows: list[int] = []
    outcomes: set[str] = set()
    tallies: list[int] = []
    labels: list[int] = []
    for k, stamp in enumerate(stamps):
        end = stamps[k + 1] if k + 1 < len(stamps) else len(units)
        for i in range(stamp + 1, end):
            if not own_line(doc, units[i]):
                continue
            text = units[i].text.strip()
            row = _declared(text, sh)
            if row is not None:
                rows.append(i)
                outcomes.add(row[1].casefold())
            elif _tally(text):
                tallies.append(i)
            elif text.endswith(":") and len(words_of(text)) <= _RESULTS_LABEL_WORDS:
                labels.append(i)
    if len(rows) + len(tallies) < _RESULTS_MIN_ROWS or (rows and len(outcomes) < 2):
        return set()
    results = {*rows, *tallies}
    story = set(stamps) | results | {i for i in labels if i + 1 in results}
    # the running tally above the first entry, two lines or more ("Labour 262", "Green 1")
    above = [i for i in range(stamps[0]) if own_line(doc, units[i]) and _tally(units[i].text)]
    if len(above) >= _RESULTS_MIN_ROWS:
        story.update(above)
    return story


def _bracketed(text: str) -> bool:
    body = text.strip()
    return body.startswith("(") and body.endswith(")") and body.count("(") == 1


_CELL_EDGES = ",;()[]*%"
_CELL_JOINS = frozenset("-–:")  # a score's or a time's joins: "6-4", "3–2", "6:4", "2:21:04"
_CELL_MARKS = frozenset(".,")  # a figure's thousands or decimals: "8,412", "1.5"


def result_cell(token: str) -> bool:
    """A result's figure standing alone: a count ("42", "8,412"), a score or a set ("6-4", "3–2",
    "7-6(7-3)", "6:4"), a time ("2:21:04"); not a date ("14.03.2024", "12/3"), a time slot
    ("17:30-19:30") nor a gallery's counter ("1/23"), which no results row holds twice."""
    cell = token.strip(_CELL_EDGES).replace("(", "-").replace(")", "")
    if not cell[:1].isdigit() or not cell[-1:].isdigit() or "/" in cell:
        return False
    joins = [c for c in cell if not c.isdigit()]
    marks = [c for c in joins if c in _CELL_MARKS]
    # (one mark, or thousands' commas only: "1,234,567"; two dots are a date; a clock's colon and
    # a dash are a time slot, "17:30-19:30", a schedule's)
    return (
        all(c in _CELL_JOINS or c in _CELL_MARKS for c in joins)
        and (len(marks) <= 1 or set(marks) == {","})
        and not (":" in joins and ("-" in joins or "–" in joins))
    )


def score_row(line: str) -> bool:
    """A results list's row: two result figures or more standing alone ("Harbour 35, Kelby North
    14", "A bt B 6-4 3-6 7-5", "Ostrova 6 3 7"); another story's title seldom holds two."""
    return sum(result_cell(token) for token in line.split()) >= 2


def quoted(text: str) -> bool:
    """Holds a quotation: double quotes, or an opening single one (British headlines quote with
    ‘...’; the closing ’ is also an apostrophe, so it does not count)."""
    return any(q in text for q in '"“”‘')


def _shape(text: str) -> str:
    return re.sub(r"\d", "9", text.strip())


_CAPS_SHAPE = "<capitals>"


def _heading_shape(text: str) -> str:
    """A short line's shape inside a story: one for any heading in capitals, else ``_shape``."""
    body = text.strip()
    if len(body) > 3 and body.isupper() and not any(c.isdigit() for c in body):
        return _CAPS_SHAPE
    return _shape(body)


def _capitalised(text: str) -> bool:
    body = text.strip().lstrip(LEAD_JUNK)
    if not body:
        return False
    first = body.split(None, 1)[0]
    # "2 dead in floods", "$2 million approved for roads" (a currency sign before the figure); a
    # brand written with a small first letter ("iPhone sales fall")
    lead = body[1] if len(body) > 1 and unicodedata.category(body[0]) == "Sc" else body[0]
    return lead.isupper() or lead.isdigit() or any(c.isupper() for c in first[1:])


def _comment_notice(text: str, sh: Shapes) -> bool:
    """A short sentence of a comment box in any language ("Log in to post a comment." in
    Italian or Swedish): read as site text only after an end-of-story marker."""
    words = words_of(text)
    return (
        len(words) < sh.story_min_words
        and not quoted(text)
        and any(w.casefold() in sh.comment_words for w in words)
    )


def _end_marker(
    units: list[Sentence], hits: list[str | None], alone: list[bool], label: list[bool], sh: Shapes
) -> int | None:
    """The first whole-line leftover of an end-of-story class after which the page holds no
    story: no long sentence that is not spoken to the reader, and mostly labels or reader text."""
    n = len(units)
    if not any(h in sh.end_classes for h in hits):
        return None  # (no marker: the page's text need not be read)
    # from the end: does everything from i on look like site text?
    long_story_after = [False] * (n + 1)
    plain_after = [0] * (n + 1)  # non-hit units neither labels nor spoken to the reader
    others_after = [0] * (n + 1)  # non-hit units
    for i in range(n - 1, -1, -1):
        text = units[i].text
        free = hits[i] is None
        addressed = free and (addresses_reader(text, sh) or _comment_notice(text, sh))
        long_story_after[i] = long_story_after[i + 1] or (
            free and not addressed and len(words_of(text)) >= sh.story_min_words
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

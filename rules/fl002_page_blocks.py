"""FL002's page-block test: furniture that only the page as a whole gives away.

Some leftovers are made of words any story could use; what gives them away is where they sit
and what sits around them:

- teaser list: after the story, other stories' titles each followed by a time stamp ("US group
  says 17 missionaries kidnapped" / "33m", "... murdered his brother" / "1 hour ago"), twice or
  more, running to the end of the page; a teaser paragraph between two such pairs or under the
  last one and a short label heading the list ("Most read", "2020 Election") belong to it. A live blog writes its
  time stamp above each entry and ends with an entry's prose, so it never forms this block;
  bare clock times ("9.55pm GMT") are never stamps;
- above a doubled headline: when the page prints its title twice in a row, the short lines above
  the first copy (site name, section, date and update time) are the page's header;
- label above the title: the page's first line, when it is a short label ("Obituaries", "CTV
  Atlantic") and a title line of four words or more follows it before the story;
- headline echo: a line that is the headline with a few words before it ("Image for ...",
  "Transcript for ...": an image's alt text, a video's transcript link);
- repeated twice: a line of three words or more, no sentence, no figures, written twice word for
  word below the story's first sentence, one right below the other (alt text above its caption)
  or ending on markup ("Guest posting agency="); a crosshead written twice apart stays story;
- doubled opening: a line whose first words are written twice in a row ("Tribune Co. Tribune Co.
  plunged to ..."): a link box's label glued to its teaser, another story;
- a photo caption by its credit or its opening, and a video's length and date
  (``fl002_page_captions.py``); after the story, a source link ("Title – BBC");
- name byline: a writer's name alone on its line (a role or the outlet after a comma, a bar or a
  dash) right above or below a date line the phrases found, or with its date on the line ("A.
  Name 2/06/2021"), above the story's second paragraph: the page's byline block. "By A.
  Name" is a newsroom draft's own byline and stays, and so does a name over a paragraph (a Q&A
  answer's head, an entry's author);
- web copy's head: in a copy where any other leftover was found, the writers' lines ("By A.
  Name", "Por: A. Name", "Von A. Name und B. Name": the byline words of ``page_head.yaml``) and
  stamps above the story's second paragraph, and a name alone beside such a stamp: the copy
  shows it came from a web page, so its byline is the page's, not a draft's;
- author box: a biography right below a name byline ("Author: A. Name"), with only the box's
  role and contact lines after it to the end of the page (a blog entry between two "Posted at
  <time>" lines is the blog's story);
- after the end: after the last comment, sharing or feed line ("The post ... appeared first on"),
  the rest of the page when none of it ends like a sentence, is quoted, carries figures
  throughout (a table) or is a sentence the copy cut off.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules import fl002_page_captions as page_captions
from factlint.rules import fl002_page_credits as page_credits
from factlint.rules import fl002_page_parts as page_parts
from factlint.rules.fl002_page_shape import (
    LEAD_JUNK,
    Place,
    bare_byline,
    head_words,
    is_prose,
    names_line,
    own_line,
    quoted,
    shapes,
    stamp_line,
    story_prose,
    words_of,
)

# what a finding says, by the kind of block (read by fl002_scrape_leftover's messages)
MESSAGES = {
    "teasers": (
        'a list of other stories left over from the web page: "{shown}"; ',
        "titles with their time stamps (and their teasers) after the story, not part of it",
    ),
    "header": (
        'page header above the headline: "{shown}"; ',
        "the lines above a headline printed twice (site name, section, date), not part of the story",
    ),
    "top-label": (
        'a section or site name above the headline: "{shown}"; ',
        "a short first line with the story's title below it, not part of the story",
    ),
    **page_captions.MESSAGES,
    **page_credits.MESSAGES,
    "title-echo": (
        'a copy of the headline left over from the web page: "{shown}"; ',
        "the headline with a few words added (an image's alt text, a video's transcript link)",
    ),
    "headline-copy": (
        'the headline printed again on a line of its own: "{shown}"; ',
        "a page's title is copied twice (its tab's title and its heading), not part of the story",
    ),
    "glued-copies": (
        'a link\'s text printed twice in a row: "{shown}"; ',
        "the same words glued to themselves (a button's text and its title), not part of the story",
    ),
    "twice": (
        'page text repeated word for word between paragraphs: "{shown}"; ',
        "a line that is no sentence written twice (a widget or a label), not part of the story",
    ),
    "next-story": (
        'another story left over from the web page: "{shown}"; ',
        "the paragraphs under another story's title glued to its first words, to the page's end",
    ),
    "source-link": (
        'a link to the story\'s source left over from the web page: "{shown}"; ',
        "a title with the name of the site it links to, after the story",
    ),
    "name-byline": (
        'a byline left over from the web page: "{shown}"; ',
        "a writer's name on its own line beside the date line, not part of the story",
    ),
    "web-byline": (
        'a byline left over from the web page: "{shown}"; ',
        "a writers' line or date stamp at the head of a copy that shows its page elsewhere, not part of the story",
    ),
    "author-box": (
        'an author box left over from the web page: "{shown}"; ',
        "the site's note on who wrote the piece, between its name and contact lines, not part of the story",
    ),
    "after-end": (
        'page text after the story ends: "{shown}"; ',
        "after a comment, sharing or feed line that ends the story, lines that are no sentences",
    ),
    "glued-teaser": (
        'another story\'s link left over from the web page: "{shown}"; ',
        "a line whose first words are written twice (a link box's title glued to its teaser)",
    ),
}

# a relative time stamp on a line of its own: "12m", "2h", "45 mins ago", "1 hour ago", "Yesterday"
_RELATIVE = re.compile(
    r"(?:\d{1,3}\s*(?:m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)(?:\s+ago)?"
    r"|(?:an?|one)\s+(?:minute|hour|day|week)\s+ago|just now|yesterday)\W*",
    re.I,
)
_TITLE_WORDS = (3, 40)  # a title line's length in words
_MIN_PAIRS = 2  # titles with a stamp that make a teaser list
_TEASER_LINES = 2  # lines of a teaser between one title's stamp and the next title
_LIST_LABELS = 2  # short label lines heading the list, taken with it
_ECHO_EXTRA = 3  # words before a headline in its echo ("Image for", "Watch the video:")
_TWICE_MIN_WORDS = 3
_DOUBLED_WORDS = (2, 6)  # how many opening words a doubled opening repeats


def find(doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int]) -> list[Place]:
    prose = story_prose(doc, units, hits)
    if prose is None:
        return []
    first = prose.index(True)
    alone = [own_line(doc, u) for u in units]
    opened = _doubled_openings(doc, units, hits, first)
    places: dict[int, Place] = {}
    for where, found in (
        ("teasers", _teasers(doc, units, hits, first)),
        ("header", _above_doubled_headline(doc, units, hits, alone, first)),
        ("top-label", _label_above_title(doc, units, hits, alone, first)),
        ("title-echo", _title_echoes(units, hits, alone, first)),
        ("headline-copy", _headline_copies(doc, units)),
        (
            "glued-copies",
            [i for i, u in enumerate(units) if alone[i] and hits[i] is None and _glued_copies(u.text)],
        ),
        ("twice", _twice(units, hits, alone, first, prose)),
        ("glued-teaser", opened),
        ("next-story", _next_story(units, hits, opened)),
        ("credited-caption", page_captions.credited_captions(doc, units, hits)),
        ("video", page_captions.video_stamps(units, hits, alone)),
        ("subject-caption", page_captions.subject_captions(units, hits, alone, prose)),
        *page_credits.find(doc, units, hits, alone, prose, first),
        ("source-link", _source_links(units, hits, alone, prose)),
        ("name-byline", _name_bylines(doc, units, hits, alone, prose)),
        ("author-box", _author_bios(doc, units, hits)),
        ("after-end", _after_end_marker(doc, units, hits)),
    ):
        for i in found:
            places.setdefault(i, Place(i, where))
    return [p for i, p in sorted(places.items()) if hits[i] is None and i not in flagged]


def _stamp(text: str, hit: str | None) -> bool:
    """A line that is only a date or a relative time (a date line the phrases call a byline)."""
    return hit == "byline" and len(words_of(text)) <= 8 or bool(_RELATIVE.fullmatch(text.strip()))


def _reading_time(text: str) -> bool:
    """A reading time alone ("3 mins read", "Lesezeit: 4 Minuten"): a figure and reading words
    only. It heads a page's title as often as its byline, so a name beside it needs a date."""
    words = words_of(text)
    reading = head_words().reading_words
    return any(w.isdigit() for w in words) and all(w.isdigit() or w.casefold() in reading for w in words)


def _title(text: str) -> bool:
    """A line worded as a title: a capital first, a few words, no sentence end, no quotation
    that makes it a quote."""
    body = text.strip().lstrip(LEAD_JUNK)
    if body.rstrip("\"”’')").endswith((".", "!", ":", ";", ",")) and not body.endswith(("...", "…")):
        return False  # a sentence (a title cut short with "..." is still a title)
    if not (body[:1].isupper() or body[:1].isdigit()):
        return False
    return _TITLE_WORDS[0] <= len(words_of(body)) <= _TITLE_WORDS[1]  # (counted last: the dearest)


def _teasers(doc: Document, units: list[Sentence], hits: list[str | None], first: int) -> list[int]:
    """Units of a block of other stories' titles, each with a time stamp or a teaser cut short
    ("..."), that ends the page. Read by lines: a title may hold a question ("Who is winning?")."""
    sh = shapes()
    rows: list[list[int]] = []  # the units of each line below the story's first sentence
    for i in range(first + 1, len(units)):
        if rows and units[rows[-1][-1]].span.line == units[i].span.line:
            rows[-1].append(i)
        else:
            rows.append([i])
    lines = doc.lines()
    text = [" ".join(lines[units[r[0]].span.line - 1 : units[r[-1]].span.end_line]).strip() for r in rows]
    free = [all(hits[i] is None for i in r) for r in rows]
    stamp = [len(r) == 1 and _stamp(units[r[0]].text, hits[r[0]]) for r in rows]
    # (a title a "Most read:" label already took as a link is one all the same)
    title = [
        not stamp[k] and all(hits[i] in (None, "link") for i in rows[k]) and _title(text[k])
        for k in range(len(rows))
    ]
    # a teaser cut short, whatever a phrase made of its opening ("By A. Name Following ...")
    cut = [text[k].endswith(("...", "…")) for k in range(len(rows))]
    label = [free[k] and len(rows[k]) == 1 and _short_label(text[k], sh) for k in range(len(rows))]
    furniture = [not free[k] or stamp[k] or label[k] for k in range(len(rows))]
    pairs = [k for k in range(len(rows) - 1) if title[k] and (stamp[k + 1] or cut[k + 1])]
    if not pairs:
        return []
    # from the last pair on, nothing but stamps, labels, known leftovers and more titles, and the
    # last title's teaser (a sentence or two, at most two lines)
    after = [k for k in range(pairs[-1] + 2, len(rows)) if not (furniture[k] or title[k] or cut[k])]
    if len(after) > _TEASER_LINES or any(
        len(rows[k]) > _TEASER_LINES or k != pairs[-1] + 2 + n for n, k in enumerate(after)
    ):
        return []
    # the block starts at the first pair whose run to the last pair holds only pairs, furniture
    # and at most two lines of a teaser between a stamp and the next title
    start = pairs[-1]
    for p in reversed(pairs[:-1]):
        other = [k for k in range(p + 2, start) if not (furniture[k] or cut[k])]
        # (a paragraph of several sentences and twice a story sentence's words is the story's
        # writing under its byline and date, not a teaser: a teaser is a sentence or two)
        written = any(
            len(rows[k]) >= 2 and sum(len(words_of(units[i].text)) for i in rows[k]) >= 2 * sh.story_min_words
            for k in other
        )
        if len(other) > _TEASER_LINES or written:
            break  # paragraphs of the story between two boxes, not one teaser
        start = p
    # (a teaser under the last title needs the story above the list: an author's page of titles,
    # stamps and teasers is all posts)
    if after and not any(
        hits[i] is None
        and len(words_of(units[i].text)) >= sh.story_min_words
        and units[i].text.rstrip().endswith((".", "!", "?", '"', "”"))
        for i in range(first, rows[start][0])
    ):
        return []
    count = sum(start <= p for p in pairs)
    heading = start > 0 and label[start - 1]
    # one title with its teaser is a list when a label heads it and more titles follow it
    if count < _MIN_PAIRS and not (heading and any(title[k] for k in range(pairs[-1] + 2, len(rows)))):
        return []
    taken = [i for k in range(start, len(rows)) for i in rows[k] if hits[i] is None]
    # short labels right above the first title head the list ("Most read", "2020 Election")
    above = start - 1
    while above >= 0 and start - above <= _LIST_LABELS and label[above]:
        taken += rows[above]
        above -= 1
    return sorted(taken)


def _short_label(text: str, sh) -> bool:
    body = text.strip().strip(LEAD_JUNK)
    words = words_of(body)
    return 0 < len(words) <= sh.label_max_words and not body.endswith((".", "!", "?")) and not quoted(body)


def _key(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words_of(text))


def _above_doubled_headline(
    doc: Document, units: list[Sentence], hits: list[str | None], alone: list[bool], first: int
) -> list[int]:
    """Short lines above a headline printed twice in a row before the story: the headline is the
    longest title line above the story, written on two lines one after the other."""
    sh = shapes()
    top = units[first].span.line  # the story's first line
    lines = [(n, line.strip()) for n, line in enumerate(doc.lines()[: top - 1], 1) if line.strip()]
    titles = [(n, line) for n, line in lines if _title(line) and not quoted(line)]
    if not titles:
        return []
    longest = max(len(words_of(line)) for _, line in titles)
    # (a photo's caption with its credit printed twice, "... Photograph: A. Name/Agency", is no
    # headline: the lines above it are the story's own headline and standfirst)
    credited = {units[k].span.line for k in range(first) if hits[k] == "credit"}
    doubled = next(
        (
            n
            for (n, line), (_, after) in zip(lines, lines[1:])
            if _key(line) == _key(after)
            and len(words_of(line)) >= max(4, longest)
            and _title(line)
            and n not in credited
        ),
        None,
    )
    if doubled is None:
        return []
    return [
        k
        for k in range(first)
        if units[k].span.end_line < doubled
        and alone[k]
        and hits[k] is None
        and not quoted(units[k].text)
        and (_short_label(units[k].text, sh) or _stamp(units[k].text, hits[k]) or _dated(units[k].text))
    ]


# a line that carries a year and a month or weekday name, or a clock time: a date line
_DATE_WORDS = re.compile(
    r"\b(?:(?:19|20)\d{2}|\d{1,2}[:.]\d{2})\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*\b(?:19|20)\d{2}\b",
    re.I,
)


def _dated(text: str) -> bool:
    """A short line that is mostly a date and time ("22:18, 18 August 2018 Saturday", "Update:
    17:13, 18 August 2018"): no sentence, at most eight words, a date in it."""
    body = text.strip()
    return len(words_of(body)) <= 8 and not body.endswith((".", "!", "?")) and bool(_DATE_WORDS.search(body))


def _title_echoes(units: list[Sentence], hits: list[str | None], alone: list[bool], first: int) -> list[int]:
    """Lines that are a title line above the story with up to three words before it."""
    titles = {_key(units[i].text) for i in range(first) if alone[i] and _title(units[i].text)}
    titles = {t for t in titles if len(t) >= 4}
    if not titles:
        return []
    taken = []
    for i, u in enumerate(units):
        if not alone[i] or hits[i] is not None or not _title(u.text):
            continue
        key = _key(u.text)
        for extra in range(1, _ECHO_EXTRA + 1):
            if key[extra:] in titles:
                taken.append(i)
                break
    return taken


def headline_copy(doc: Document, sentence: Sentence) -> bool:
    """A line of its own worded as a title (no sentence end) that is the headline word for word:
    the page's title printed twice. This rule's finding; FL001 leaves it alone (one finding per
    problem). The headline pasted as a sentence ("... with Beijing.") is writing, FL001's."""
    head = doc.headline
    if head is None or sentence.block == head.index or not _title(sentence.text):
        return False
    if _key(sentence.text) != _key(head.text):
        return False
    # a Markdown heading is a line of its own: its span starts after the "#" marker
    return doc.blocks[sentence.block].kind == "heading" or own_line(doc, sentence)


def _glued_copies(text: str) -> bool:
    """A line that is one phrase of three words or more written two or three times with no
    sentence end between the copies ("Log in to our live pageLog in to our live page"): a
    link's text glued to its title attribute. Writing repeats a phrase with a stop or a comma."""
    squeezed = "".join(text.split())
    for times in (2, 3):
        size, rest = divmod(len(squeezed), times)
        if rest or size < 10 or squeezed != squeezed[:size] * times:
            continue
        if squeezed[size - 1] in ".!?," or not squeezed[:1].isalpha():
            return False
        return len(words_of(text)) >= 3 * times
    return False


def _headline_copies(doc: Document, units: list[Sentence]) -> list[int]:
    """The later copy of a headline printed twice; the first when it is a list's bulleted entry
    (a menu's or a breadcrumb's link to the page above its heading)."""
    copies = [i for i, u in enumerate(units) if headline_copy(doc, u)]
    head = doc.headline
    if not copies or head is None:
        return copies
    line = doc.lines()[head.span.line - 1].lstrip()
    if line[:1] in _LIST_BULLETS:
        return [i for i, u in enumerate(units) if u.block == head.index][:1]
    return copies


_LIST_BULLETS = set("•*-–·▪►")


def _twice(
    units: list[Sentence], hits: list[str | None], alone: list[bool], first: int, prose: list[bool]
) -> list[int]:
    """Lines below the story's first sentence, no sentence and no figures, written twice or more,
    either one right below the other (an image's alt text above its caption) or ending on a
    character of markup no heading ends on ("Guest posting agency="). A crosshead written twice
    apart, heading two sections, is the story's."""
    seen: dict[tuple[str, ...], list[int]] = {}
    for i in range(first + 1, len(units)):
        if not alone[i] or hits[i] is not None:
            continue
        text = units[i].text.strip()
        if text.rstrip("\"”’')").endswith((".", "!", "?", ":")):
            continue  # a sentence, or a label heading what follows ("Q:", "Update:")
        if any(c.isdigit() for c in text) or quoted(text):
            continue
        key = _key(text)
        if len(key) >= _TWICE_MIN_WORDS:
            seen.setdefault(key, []).append(i)
    taken = []
    twins = sum(len(g) >= 2 and any(b == a + 1 for a, b in zip(g, g[1:])) for g in seen.values())
    for group in seen.values():
        if len(group) < 2:
            continue
        adjacent = any(b == a + 1 for a, b in zip(group, group[1:]))
        # (one title printed twice, none above the story's start either: an index page prints
        # every link's title twice)
        if (
            adjacent
            and twins == 1
            and _heads_story(units, prose, first, group)
            and not _twice_above(units, hits, alone, first)
        ):
            taken += group[1:]  # the headline printed twice over the story: its first copy is the story's
        elif adjacent or units[group[0]].text.rstrip()[-1:] in _MARKUP_ENDS:
            taken += group
    return sorted(taken)


def _twice_above(units: list[Sentence], hits: list[str | None], alone: list[bool], first: int) -> bool:
    """Whether a line above the story's first sentence is written twice, one copy under the other."""
    keys = [_key(units[i].text) if alone[i] and hits[i] is None else () for i in range(first + 1)]
    return any(len(k) >= _TWICE_MIN_WORDS and k == keys[i + 1] for i, k in enumerate(keys[:-1]))


def _heads_story(units: list[Sentence], prose: list[bool], first: int, group: list[int]) -> bool:
    """Whether copies written one under the other head the story: no story sentence between the
    page's first one and them, and the story's prose right under the last copy."""
    below = group[-1] + 1
    return (
        group[-1] - group[0] == len(group) - 1
        and not any(prose[first + 1 : group[0]])
        and below < len(units)
        and prose[below]
    )


_MARKUP_ENDS = set("=|»›<>#*_~^{}[]\\")


def _doubled_openings(doc: Document, units: list[Sentence], hits: list[str | None], first: int) -> list[int]:
    """Units below the story's first sentence that open a line with their first words written
    twice ("Tribune Co. Tribune Co. plunged ...")."""
    taken = []
    text = doc.text
    for i in range(first + 1, len(units)):
        u = units[i]
        if hits[i] is not None or text[text.rfind("\n", 0, u.span.start) + 1 : u.span.start].strip(LEAD_JUNK):
            continue
        words = u.text.split()
        for k in range(_DOUBLED_WORDS[0], _DOUBLED_WORDS[1] + 1):
            if len(words) > 2 * k and words[:k] == words[k : 2 * k] and words[0][:1].isupper():
                taken.append(i)
                break
    return taken


_NEXT_STORY_BLOCKS = 3  # paragraphs of another story after its glued title, up to the page's end


def _next_story(units: list[Sentence], hits: list[str | None], opened: list[int]) -> list[int]:
    """After the last line that opens with its first words written twice (``opened``: another
    story's title glued to its first paragraph, as a page that loads the next story prints it),
    the paragraphs that run to the end of the page, when they are few: the rest of that story."""
    if not opened:
        return []
    start = opened[-1]
    rest = [i for i in range(start + 1, len(units)) if units[i].block != units[start].block]
    if not rest or len({units[i].block for i in rest}) > _NEXT_STORY_BLOCKS:
        return []
    return [i for i in range(start + 1, len(units)) if hits[i] is None]


# "Kerala floods: 26 killed as rescuers step up efforts – BBC": a title, a dash or bar, a site
_SITE_SUFFIX = re.compile(r"\s[–—|-]\s*(?:[A-Z][\w.&'’]*)(?:\s[A-Z][\w.&'’]*){0,2}\W*$")


def _source_links(
    units: list[Sentence], hits: list[str | None], alone: list[bool], prose: list[bool]
) -> list[int]:
    """After the story's last sentence, a title line ending with a site's name after a dash or a
    bar: the link to where the story came from."""
    last = len(prose) - 1 - prose[::-1].index(True)
    return [
        i
        for i in range(last + 1, len(units))
        if alone[i]
        and hits[i] is None
        and _title(units[i].text)
        and len(words_of(units[i].text)) >= 5
        and _SITE_SUFFIX.search(units[i].text.strip())
    ]


def _rows(doc: Document, units: list[Sentence]) -> tuple[list[list[int]], list[str]]:
    """The units of each line with text, in order, and each such line's text."""
    rows: list[list[int]] = []
    for i, u in enumerate(units):
        if rows and units[rows[-1][-1]].span.end_line >= u.span.line:
            rows[-1].append(i)
        else:
            rows.append([i])
    lines = doc.lines()
    text = [" ".join(lines[units[r[0]].span.line - 1 : units[r[-1]].span.end_line]).strip() for r in rows]
    return rows, text


# a name's particles, written small: "Ana de la Vega", "Jan van Dijk"
_NAME_PARTICLES = frozenset("de da do dos das del la le di van von der den ter bin binti al el".split())
_NAME_WORDS = (2, 4)
_FIRM_ENDINGS = frozenset("plc ltd inc corp co llc ag sa nv bv ab asa oyj spa srl gmbh tbk bhd".split())
# a numeric date (and a time) ending a name's line: "A. Name 2/06/2021", "A. Name | 12.03.2024 10:15"
_NAME_DATE = re.compile(
    r"\s*[|·•,–—-]?\s*\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"(?:[\s,]+(?:às\s+|a\s+las\s+|alle\s+|om\s+|kl\.?\s+)?\d{1,2}[:.h]\d{2})?\W*$"
)
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # a word that owns the next: no part of a person's name
_NAME_LINE_CHARS = 80  # a name, a role or outlet, a date and a time
_BYLINE_PARAGRAPHS = 1  # story paragraphs a byline block may sit under (the standfirst)
_ROLE_WORDS = 6  # a role or an outlet after the name: "Staff Writer", "Kvartal"
# what parts a name from its role or outlet: a comma, a bar, a spaced dash
_NAME_SEPARATOR = re.compile(r"\s*(?:[,|]|\s[-–—])\s*")


def _person_line(text: str) -> bool:
    """A person's name of two to four capitalised words and nothing else but a short role or
    outlet after a separator ("A. Name", "Ana de la Vega | Kvartal"); not "By A. Name"."""
    head, *rest = _NAME_SEPARATOR.split(text.strip(), maxsplit=1)
    words = head.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] + 2 or words[0] == "By":
        return False
    named = [w for w in words if w not in _NAME_PARTICLES]
    if (
        not _NAME_WORDS[0] <= len(named) <= _NAME_WORDS[1]
        or named[-1].rstrip(".").casefold() in _FIRM_ENDINGS
    ):
        return False  # (a company's name heads a press release's header: "Acal PLC")
    if not all(
        w[:1].isupper() and w.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
        for w in named
    ) or any(w.endswith(_POSSESSIVE) for w in named):
        return False  # (a possessive names whose it is: "<Club>'s <Name>, ..." is a sentence's subject)
    tail = rest[0] if rest else ""
    return (
        len(words_of(tail)) <= _ROLE_WORDS
        and not tail.rstrip().endswith((".", "!", "?"))
        and not any(c.isdigit() for c in tail)
    )


def _name_bylines(
    doc: Document, units: list[Sentence], hits: list[str | None], alone: list[bool], prose: list[bool]
) -> list[int]:
    """A name alone on its line whose nearest line above or below is a date line the phrases
    found (only a date, a time or an update stamp): the byline block of the page. The date line
    is flagged already, so the name only joins it."""
    lines: list[str] | None = None
    by_line: dict[int, list[int]] = {}  # (read when a name line is met: most pages have none)
    taken = []
    prose_lines: list[int] = []  # (the lines of the story's paragraphs above, counted as met)
    for i, u in enumerate(units):
        if prose[i] and (not prose_lines or prose_lines[-1] != u.span.line):
            prose_lines.append(u.span.line)
        if len(prose_lines) > _BYLINE_PARAGRAPHS:
            # a byline block heads the story, under its standfirst at most; lower down, a
            # title-cased line between two dates is an index page's entry
            break
        if not alone[i] or hits[i] is not None or u.span.line != u.span.end_line:
            continue
        text = u.text.strip()
        if len(text) > _NAME_LINE_CHARS or not text[:1].isupper():
            continue  # (most lines: a name line is short and capitalised)
        dated = _NAME_DATE.search(text) if text[-1:].isdigit() else None
        if dated:  # the name and its date on one line: "A. Name 2/06/2021"
            if _person_line(text[: dated.start()]):
                taken.append(i)
            continue
        if not _person_line(text):
            continue
        if lines is None:
            lines = doc.lines()
            for j, other in enumerate(units):
                by_line.setdefault(other.span.line, []).append(j)
        n = u.span.line  # 1-based
        above = next((k for k in range(n - 1, 0, -1) if lines[k - 1].strip()), None)
        below = next((k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip()), None)
        for k in (above, below):
            near = by_line.get(k, []) if k else []
            if near and all(
                hits[j] == "byline" and _stamp(units[j].text, hits[j]) and not _reading_time(units[j].text)
                for j in near
            ):
                taken.append(i)
                break
    return taken


def head_prose(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[bool] | None:
    """Which units of the page's head (down to the story's second paragraph, and one more) read
    as the story's prose, as ``story_prose`` says of them; None for HTML or a page without any."""
    if doc.format == "html":
        return None
    sh = shapes()
    prose: list[bool] = []
    paragraphs: list[int] = []
    for i, u in enumerate(units):
        prose.append(hits[i] is None and is_prose(u.text, sh))
        if prose[-1] and (not paragraphs or paragraphs[-1] != u.span.line):
            paragraphs.append(u.span.line)
        if len(paragraphs) > _BYLINE_PARAGRAPHS:
            break
    return prose if any(prose) else None


def web_copy_head(
    doc: Document,
    units: list[Sentence],
    hits: list[str | None],
    flagged: set[int],
    prose: list[bool] | None,
) -> list[Place]:
    """Above the story's second paragraph, a writers' line ("By A. Name", "Por: A. Name", in the
    byline's languages) or a stamp ("Kamis, 11 Maret 2021 | 09:40 WIB"), and a name alone
    beside such a stamp, when the copy shows it came from a web page: some other leftover was
    found in it. A newsroom draft's own byline has none beside it, and stays. Run last:
    ``flagged`` is what every other test found, ``prose`` is ``head_prose``."""
    if prose is None:
        return []
    lines = doc.lines()
    head: dict[int, tuple[int, str]] = {}  # a 1-based line of the head: its unit, and its part
    prose_lines: list[int] = []
    for i, u in enumerate(units[: len(prose)]):
        if prose[i] and (not prose_lines or prose_lines[-1] != u.span.line):
            prose_lines.append(u.span.line)
        if len(prose_lines) > _BYLINE_PARAGRAPHS:
            break
        if hits[i] is not None or i in flagged or u.span.line != u.span.end_line or not own_line(doc, u):
            continue
        part = _head_part(lines[u.span.line - 1].strip().strip(LEAD_JUNK))
        # a time right above a paragraph heads a live page's entry
        entry = i + 1 < len(prose) and prose[i + 1] and units[i + 1].span.line == u.span.line + 1
        if part and not (part == "stamp" and entry):
            head[u.span.line] = (i, part)
    row = any(part == "outlet-stamp" for _, part in head.values())  # a page's own row shows it
    if not head or not (row or _shows_page(units, hits, flagged, set(head))):
        return []  # no other leftover: a draft's byline and date line
    dated = {n for n, (_, part) in head.items() if part in ("stamp", "outlet-stamp")}
    dated |= {
        units[j].span.line for j, h in enumerate(hits) if h == "byline" and not _reading_time(units[j].text)
    }
    taken = []
    for n, (i, part) in head.items():
        # a name alone is a byline only beside a stamp
        if part != "name" or not dated.isdisjoint(_beside(lines, n)):
            taken.append(Place(i, "web-byline"))
    return taken


def _shows_page(units: list[Sentence], hits: list[str | None], flagged: set[int], but: set[int]) -> bool:
    """Some leftover was found on a line other than those of ``but`` (1-based)."""
    return any(units[j].span.line not in but for j in flagged) or any(
        h and units[j].span.line not in but for j, h in enumerate(hits)
    )


def glued_bylines(
    doc: Document,
    units: list[Sentence],
    hits: list[str | None],
    flagged: set[int],
    prose: list[bool] | None,
) -> list[int]:
    """A writers' line in small letters right under the headline ("di A. Name", "by A. Name"),
    which the reading glues to the headline as one sentence, in a copy that shows its web page:
    the units whose last line is such a byline (that line is the leftover, not the headline)."""
    if prose is None or not (flagged or any(hits)):
        return []
    lines = doc.lines()
    glued = []
    for i, u in enumerate(units[: prose.index(True)]):
        last = lines[u.span.end_line - 1].strip()
        if u.span.end_line > u.span.line and last[:1].islower() and hits[i] is None and bare_byline(last):
            glued.append(i)
    if not glued or not _shows_page(units, hits, flagged, {units[i].span.end_line for i in glued}):
        return []
    return [i for i in glued if i not in flagged]


def _head_part(text: str) -> str | None:
    """What a line of a page's head is in its byline block: a writers' line, a stamp or a name."""
    if len(text) > _NAME_LINE_CHARS or not text[:1].isalnum():
        return None
    if bare_byline(text) or names_line(text):
        return "byline"
    if stamp_line(text):
        return "stamp"
    if _outlet_stamp(text):
        return "outlet-stamp"
    if not _person_line(text):
        return None
    # a role or an outlet after the name ("A. Name - Staff Reporter", "A. Name | Harbour Courier")
    # says a writer as much as "By" does; a name alone needs its stamp beside it
    tail = _NAME_SEPARATOR.split(text, maxsplit=1)[1:]
    hw = head_words()
    said = {w.casefold() for w in words_of(tail[0])} if tail else set()
    roles = page_parts.parts().author_roles | hw.masthead_words | hw.agencies
    return "byline" if said & roles else "name"


# what parts a dateline row's outlet from its date: a bar, a dot, a spaced dash (not a comma:
# "Halsdorf, 14 May 2024" is a draft's dateline)
_ROW_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_OUTLET_WORDS = 4


def _outlet_stamp(text: str) -> bool:
    """A dateline row that names the outlet: "<Outlet> | 14. Mai 2024, 09:20 Uhr", "<Outlet> - 15 de
    mayo de 2024": a short capitalised name, a separator and a stamp with its day (a timeline's
    row puts its date first: "June 2025 - Approval")."""
    parts = _ROW_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2:
        return False
    name, stamp = parts
    words = words_of(name)
    return (
        1 <= len(words) <= _OUTLET_WORDS
        and name[:1].isupper()
        and not any(c.isdigit() for c in name)
        and all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words)
        and sum(any(c.isdigit() for c in w) for w in words_of(stamp)) >= 2
        and stamp_line(stamp)
    )


def _beside(lines: list[str], n: int) -> list[int]:
    """The nearest lines with text above and below the 1-based line ``n``."""
    above = next((k for k in range(n - 1, 0, -1) if lines[k - 1].strip()), None)
    below = next((k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip()), None)
    return [k for k in (above, below) if k]


def _author_bios(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[int]:
    """A line right below a byline without a date or time ("Author: A. Name" / "Graduated from
    ..."), followed to the end of the page only by the box's role and contact lines (leftovers
    or short labels, no figures: "Function: Editor"): the author's biography in the site's
    author box."""
    rows, text = _rows(doc, units)
    whole = [all(hits[i] is not None for i in r) for r in rows]
    # a name or role line, not a posting time: a blog writes "Posted at 1:38 PM by ..." under
    # each entry, and an entry between two of them is the blog's story
    byline = [
        whole[k] and any(hits[i] == "byline" for i in rows[k]) and not any(c.isdigit() for c in text[k])
        for k in range(len(rows))
    ]
    sh = shapes()
    # below the biography: the box's role or contact lines, leftovers or short labels
    boxed = [
        (whole[k] or (len(rows[k]) == 1 and _short_label(text[k], sh)))
        and not any(c.isdigit() for c in text[k])
        for k in range(len(rows))
    ]
    taken = []
    for k in range(1, len(rows) - 1):
        if byline[k - 1] and not whole[k] and all(boxed[k + 1 :]):
            taken += [i for i in rows[k] if hits[i] is None]
    return taken


_AFTER_END_MAX_ROWS = 12


def _after_end_marker(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[int]:
    """After the last line that is a leftover of an end-of-story class (a comment form, a share
    row, a feed's "The post ... appeared first on"), the rest of the page when none of it ends
    like a sentence: feed footers, widget lines, however long. A table or list after the marker
    is the story's when its lines carry figures throughout."""
    sh = shapes()
    ends = sh.end_classes
    rows, text = _rows(doc, units)
    marker = None
    for k, r in enumerate(rows):
        if all(hits[i] in ends for i in r):
            marker = k
    if marker is None:
        return []
    rest = [k for k in range(marker + 1, len(rows)) if not all(hits[i] is not None for i in rows[k])]
    if not rest or len(rows) - marker - 1 > _AFTER_END_MAX_ROWS:
        return []
    if any(text[k].rstrip("\"”’')").endswith((".", "!", "?", ":", ";")) or quoted(text[k]) for k in rest):
        return []
    if all(any(c.isdigit() for c in text[k]) for k in rest):
        return []
    # a sentence the copy cut off ("The harbour master said the first sailings left on time
    # but") is the story's: long, and ending on a word in lower case
    if any(len(words_of(text[k])) >= sh.prose_min_words and words_of(text[k])[-1].islower() for k in rest):
        return []
    return [i for k in rest for i in rows[k] if hits[i] is None]


_TOP_LABEL_WORDS = 3  # a section or site name above the headline ("Obituaries", "CTV Atlantic")


def _label_above_title(
    doc: Document, units: list[Sentence], hits: list[str | None], alone: list[bool], first: int
) -> list[int]:
    """The page's first line, taken for the headline, when it is a short label and a title line
    of four words or more follows it before the story: the section or site name above the
    headline, not the headline."""
    top = next((i for i in range(first) if doc.blocks[units[i].block].kind == "headline"), None)
    if top is None or hits[top] is not None or not alone[top]:
        return []
    text = units[top].text.strip()
    if not 0 < len(words_of(text)) <= _TOP_LABEL_WORDS or not _short_label(text, shapes()):
        return []
    later = [i for i in range(top + 1, first) if alone[i] and hits[i] is None and _title(units[i].text)]
    return [top] if any(len(words_of(units[i].text)) >= 4 for i in later) else []

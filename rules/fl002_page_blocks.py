"""FL002's page-block test: furniture that only the page as a whole gives away.

Some leftovers are made of words any story could use; what gives them away is where they sit
and what sits around them:

- teaser list: after the story, other stories' titles each followed by a time stamp ("US group
  says 17 missionaries kidnapped" / "33m", "... murdered his brother" / "1 hour ago"), twice or
  more, running to the end of the page; a teaser paragraph between two such pairs and a short
  label heading the list ("Most read", "2020 Election") belong to it. A live blog writes its
  time stamp above each entry and ends with an entry's prose, so it never forms this block;
  bare clock times ("9.55pm GMT") are never stamps;
- above a doubled headline: when the page prints its title twice in a row, the short lines above
  the first copy (site name, section, date and update time) are the page's header;
- headline echo: a line that is the headline with a few words before it ("Image for ...",
  "Transcript for ...": an image's alt text, a video's transcript link);
- repeated twice: a line of three words or more, no sentence, no figures, written twice word for
  word below the story's first sentence ("Guest posting agency=" between paragraphs); a crosshead
  heads one section and is not written twice;
- doubled opening: a line whose first words are written twice in a row ("Tribune Co. Tribune Co.
  plunged to ..."): a link box's label glued to its teaser, another story.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import LEAD_JUNK, Place, is_prose, quoted, shapes, words_of

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
    "title-echo": (
        'a copy of the headline left over from the web page: "{shown}"; ',
        "the headline with a few words added (an image's alt text, a video's transcript link)",
    ),
    "twice": (
        'page text repeated word for word between paragraphs: "{shown}"; ',
        "a line that is no sentence written twice (a widget or a label), not part of the story",
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
    if doc.format == "html" or not units:
        return []
    sh = shapes()
    prose = [hits[i] is None and is_prose(u.text, sh) for i, u in enumerate(units)]
    if not any(prose):
        return []  # not an article
    first = prose.index(True)
    alone = [_own_line(doc, u) for u in units]
    places: dict[int, Place] = {}
    for where, found in (
        ("teasers", _teasers(units, hits, alone, first)),
        ("header", _above_doubled_headline(doc, units, hits, alone, first)),
        ("title-echo", _title_echoes(units, hits, alone, first)),
        ("twice", _twice(units, hits, alone, first)),
        ("glued-teaser", _doubled_openings(doc, units, hits, first)),
    ):
        for i in found:
            places.setdefault(i, Place(i, where))
    return [p for i, p in sorted(places.items()) if hits[i] is None and i not in flagged]


def _own_line(doc: Document, s: Sentence) -> bool:
    """Nothing but a bullet before the sentence on its line and nothing after it."""
    text = doc.text
    before = text[text.rfind("\n", 0, s.span.start) + 1 : s.span.start]
    end = text.find("\n", s.span.end)
    after = text[s.span.end : len(text) if end < 0 else end]
    return not before.strip(LEAD_JUNK) and not after.strip()


def _stamp(text: str, hit: str | None) -> bool:
    """A line that is only a date or a relative time (a date line the phrases call a byline)."""
    return hit == "byline" and len(words_of(text)) <= 8 or bool(_RELATIVE.fullmatch(text.strip()))


def _title(text: str) -> bool:
    """A line worded as a title: a capital first, a few words, no sentence end, no quotation
    that makes it a quote."""
    body = text.strip().lstrip(LEAD_JUNK)
    words = words_of(body)
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]:
        return False
    if body.rstrip("\"”’')").endswith((".", "!", ":", ";", ",")) and not body.endswith(("...", "…")):
        return False  # a sentence (a title cut short with "..." is still a title)
    return body[:1].isupper() or body[:1].isdigit()


def _teasers(units: list[Sentence], hits: list[str | None], alone: list[bool], first: int) -> list[int]:
    """Units of a block of other stories' titles with time stamps that ends the page."""
    n = len(units)
    stamp = [alone[i] and _stamp(u.text, hits[i]) for i, u in enumerate(units)]
    pairs = [
        i
        for i in range(first + 1, n - 1)
        if alone[i] and hits[i] is None and not stamp[i] and _title(units[i].text) and stamp[i + 1]
    ]
    if len(pairs) < _MIN_PAIRS:
        return []
    # from the last pair on, nothing but stamps, labels and known leftovers to the end of the page
    sh = shapes()
    for i in range(pairs[-1] + 2, n):
        if not (stamp[i] or hits[i] is not None or (alone[i] and _short_label(units[i].text, sh))):
            return []
    # the block starts at the first pair whose run to the last pair holds only pairs, stamps,
    # leftovers, labels and teaser prose between a stamp and the next title
    start = pairs[-1]
    for p in reversed(pairs[:-1]):
        between = range(p + 2, start)  # after the pair's stamp, before the next title
        other = [
            i for i in between if not (stamp[i] or hits[i] is not None or _short_label(units[i].text, sh))
        ]
        if len({units[i].span.line for i in other}) > _TEASER_LINES:
            break  # paragraphs of the story between two boxes, not one teaser
        start = p
    if sum(start <= p for p in pairs) < _MIN_PAIRS:
        return []
    taken = [i for i in range(start, n) if hits[i] is None]
    # a short label right above the first title heads the list ("Most read")
    above = start - 1
    while (
        above > first
        and start - above <= _LIST_LABELS
        and alone[above]
        and _short_label(units[above].text, sh)
    ):
        taken.append(above)
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
    lines = [(n, line.strip()) for n, line in enumerate(doc.text.split("\n")[: top - 1], 1) if line.strip()]
    titles = [(n, line) for n, line in lines if _title(line) and not quoted(line)]
    if not titles:
        return []
    longest = max(len(words_of(line)) for _, line in titles)
    doubled = next(
        (
            n
            for (n, line), (_, after) in zip(lines, lines[1:])
            if _key(line) == _key(after) and len(words_of(line)) >= max(4, longest) and _title(line)
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


def _twice(units: list[Sentence], hits: list[str | None], alone: list[bool], first: int) -> list[int]:
    """Lines below the story's first sentence, no sentence and no figures, written twice or more,
    either one right below the other (an image's alt text above its caption) or ending on a
    character of markup no heading ends on ("Guest posting agency="). A crosshead written twice
    apart, heading two sections, is the story's."""
    seen: dict[tuple[str, ...], list[int]] = {}
    for i in range(first + 1, len(units)):
        text = units[i].text.strip()
        if not alone[i] or hits[i] is not None or any(c.isdigit() for c in text) or quoted(text):
            continue
        if text.rstrip("\"”’')").endswith((".", "!", "?", ":")):
            continue  # a sentence, or a label heading what follows ("Q:", "Update:")
        key = _key(text)
        if len(key) >= _TWICE_MIN_WORDS:
            seen.setdefault(key, []).append(i)
    taken = []
    for group in seen.values():
        if len(group) < 2:
            continue
        adjacent = any(b == a + 1 for a, b in zip(group, group[1:]))
        if adjacent or units[group[0]].text.rstrip()[-1:] in _MARKUP_ENDS:
            taken += group
    return sorted(taken)


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

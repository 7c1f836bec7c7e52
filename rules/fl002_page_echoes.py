"""FL002's repetition and link-list test: page text that a copy of the page repeats or lists.

Three kinds of leftover are told by what else is on the page, not by their own words:

- echo: a line inside or after the story that repeats, word for word (punctuation aside), a title
  line above the story ("1 Arrested, Arizona Mall Shooting" above, "1 Arrested Arizona Mall
  Shooting" between two paragraphs: an image's alt text or a video's title); the title lines
  above the story themselves are left to FL001 and the page-shape test; a copy with no story
  paragraph above it is the story's headline under a menu or teaser that named it first;
- pull quote: a line that is only a passage (eight words or more) of a longer paragraph elsewhere
  on the page, in quotation marks or not, below a story paragraph: a quote the page set in
  large type (above the first paragraph, the standfirst quoting the story);
- doubled caption: a line followed by the same line with a credit added ("Rescuers search the
  ruins." / "Rescuers search the ruins. (A. Name/AP)"): the image's alt text above its caption;
  a line under its own text written twice ("A caption.A caption." / "A caption."): a third copy;
- caption before a credit: a short sentence in the present tense directly above a line that is
  only a photo credit ("Tanker 81 is at left while a plane circles above." / "Photo by A. Name"),
  or a clause of five to fifteen words in sentence case with no sentence end at all ("The
  striker's late goal was too much for the visitors" / "Image Courtesy: AFP"): the picture's
  caption. A story paragraph above a credit tells what happened, in the past, and ends;
- another story's title between paragraphs: a line of six to eighteen words with no end
  punctuation, a paragraph right above and below, most of whose words the story never uses
  ("Four hurt in two-car crash on Mill Road" inside a story about a stabbing); a title of five
  words, or one that asks, when not one of its words is the story's (a crosshead or a
  rhetorical question takes up the story's words);
- another story's title in capitals: a line of five words or more in capitals below the story's
  first sentence ("FEMA HEAD DEFENDS COUNTY'S STORM PREPARATIONS"), a link a site sets
  between paragraphs; a crosshead in capitals is shorter;
- highlights: bulleted lines above the story's first sentence, each a sentence (eight words or
  more) that a story paragraph below says again word for word ("- Two more suspects were
  arrested, police said" above the story that says it too): a summary box; the copy in the
  story is the story's, so it is never taken as an echo (plain text only: a Markdown draft's key
  points are the writer's);
- title run into the dateline: the story's first line opens with a title line above it, word
  for word, and then a dateline in capitals ("Floods hit the south LAGOS: Rescuers ..."): the
  headline pasted in front of the story;
- caption with no full stop: between a paragraph and a paragraph, a clause of ten words or more in
  sentence case with no end punctuation that names a picture ("The couple were photographed
  leaving court"); or one of eight to fifteen words that names none, with no full stop in it
  and no question word, on a page whose other paragraphs all end with one ("The singer died in
  May at the age of 58"), unless the paragraph below says most of its words (a title over its
  entry or teaser) or goes on from it in lower case (a paragraph cut at the line's end);
- caption under its credit: a present-tense sentence right under a credit line, the last line
  of their block ("Photo: A. Name" / "The minister speaks in the House on Tuesday."), or with
  only a widget the phrases found under it; a copyright notice naming a picture ("© Agency
  Photo / A. Name") is such a credit line (h30-fl002b);
- names and titles as a paragraph: below the story's first line, a paragraph of capitalised
  names and titles joined by "with", "and", "together with", no verb, a full stop: a caption;
- caption under the title's second copy: above the story, the line right under a title line
  printed again, worded as a caption (the copy itself is FL001's);
- alt text over its caption: a short line with no sentence end right above a caption that
  carries a credit FL002 flagged, most of whose words the caption uses ("Governors A and B" /
  "Governor A (left) and Governor B. ... PHOTOS A. NAME | AGENCY"): the picture's alt text;
- opening printed twice: at the top of the page, a line right under the same line, word for word
  (a headline twice, a standfirst that is the first paragraph again): the second copy;
- name repeated: a short line of a name written twice in a row ("Jane Doe" / "Jane Doe"): the
  copy of an author's name from a byline box;
- links: the page ends with a bulleted (not numbered) list of three or more titles in headline case ("- The
  Ocean Is Climate Change's First Victim") whose words the story does not use: links to other
  stories. A list the story ends with (results, names, facts) shares the story's words or is
  not in headline case.

Plain text and Markdown only, like the page-shape test.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, islice, takewhile
from typing import Callable

from factlint.analysis.words import FUNCTION_WORDS, WEEKDAYS
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import score_row, LEAD_JUNK, Place, quoted, story_prose, words_of
from factlint.rules.fl002_page_lone import has_subheads
from factlint.rules import fl002_story_signoffs as story_signoffs
from factlint.rules import fl002_story_tails as story_tails

# a credit added to a caption's second copy: "(A. Name/AP)", "[Photo/Agencies]", "A. Name/Reuters",
# or glued on with its label ("...togetherCredit: A. Name"), or a copyright sign ("... - © Agency")
_CREDIT_TAIL = re.compile(
    r"\s*(?:[(\[][^()\[\]\n]{2,80}[)\]]|[\w.'’ -]{2,40}/[\w.'’ -]{2,40}|(?:Credit|Picture|Photo(?:graph)?|Image|Composite|Illustration)s?\s*:\s*[^\n]{2,60}|[-–—]?\s*©\s*[^\n]{2,60})\W*"
)
# a photographer's credit in front of a caption's second copy: "A. Name/ Harbour Daily "
_CREDIT_HEAD = re.compile(r"[\w.'’ -]{2,40}/\s*[\w.'’ -]{2,40}?\s+")
# a bullet before a line; a numbered list is more often a ranking or results table than links
_BULLET = re.compile(r"\s*[-–—•*·▪►‣]\s+\S")
_MIN_LINKS = 3  # titles in a row that make a link list
_LINK_WORDS = (5, 20)  # a link title's length in words
_TITLE_CASE_SHARE = 0.6  # of its words of four letters or more, at least this share capitalised
_STORY_WORD_SHARE = 0.5  # a title whose content words the story uses this much is the story's
_SENTENCE_CASE_STORY_SHARE = 0.25  # the same for a title in sentence case, stricter


def find(doc: Document, units: list[Sentence], hits: list[str | None], flagged: set[int]) -> list[Place]:
    prose = story_prose(doc, units, hits)
    if prose is None:
        return []
    first = prose.index(True)
    lines = doc.lines()
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        by_line.setdefault(u.span.line, []).append(i)
    places: dict[int, Place] = {}
    # (a Markdown draft's own key points above the story are the writer's: plain text only)
    highlights = _highlights(lines, units[first].span.line) if doc.format == "text" else []
    for line in highlights:
        places.update((i, Place(i, "highlights")) for i in by_line.get(line, []))
    for line in _echo_lines(lines, units, first, {_key(lines[n - 1]) for n in highlights}):
        places.update((i, Place(i, "echo")) for i in by_line.get(line, []))
    glued = _title_before_dateline(lines, units[first].span.line)
    if glued:
        places.update((i, Place(i, "glued-title")) for i in by_line.get(glued, [])[:1])
    for line in _pull_quotes(lines, units[first].span.line):
        places.update((i, Place(i, "echo")) for i in by_line.get(line, []))
    # non-blank lines (read without a wire's sign-off after the last stop: "... said. —Reuters")
    filled = [(n, story_signoffs.unsigned(line.strip())) for n, line in enumerate(lines, 1) if line.strip()]
    for line in (
        _doubled_captions(filled)
        + _twin_lines(filled, units[first].span.line)
        + _twin_blocks(filled, units[first].span.line)
    ):
        places.update((i, Place(i, "echo")) for i in by_line.get(line, []))
    for line in _captions_above_credits(filled, hits, by_line, units[first].span.line):
        places.update((i, Place(i, "caption")) for i in by_line.get(line, []))
    for line in _name_captions(lines, units[first].span.line) + _caption_under_title_copy(
        lines, units[first].span.line
    ):
        places.update((i, Place(i, "caption")) for i in by_line.get(line, []))
    for line in _alt_over_captions(filled, by_line, flagged, hits):
        places.update((i, Place(i, "caption")) for i in by_line.get(line, []))
    start = units[first].span.line
    for found, where in (
        (_caps_titles(lines, start), "caption"),
        (_not_subheads(_inserted_titles(filled, start), lines), "caption"),
        (_names_twice(filled), "echo"),
        (
            _not_subheads(_unstopped_captions(filled, start, _known_lines(units, hits, flagged)), lines),
            "caption",
        ),
        (_teaser_run(filled, start), "links"),
        (_alt_opening_caption(lines, start), "caption"),
        (_labelled_titles(filled, start), "links"),
    ):
        for line in found:
            places.update((i, Place(i, where)) for i in by_line.get(line, []))
    _links_and_glued(doc, units, prose, first, filled, by_line, places)
    return [p for i, p in sorted(places.items()) if hits[i] is None and i not in flagged]


_SUBHEAD_WORDS = 16  # (the lone-title test's longest subhead)


def _not_subheads(found: list[int], lines: list[str]) -> list[int]:
    """``found`` (1-based lines with no sentence end between paragraphs) less the subhead-shaped
    ones (sixteen words at most, no label's colon: "Read more: ...") when the page's subheads
    name what their paragraphs tell (``fl002_page_lone.has_subheads``): a story that sets one
    subhead over its paragraph sets the others too, in whatever words."""
    heads = [n for n in found if ":" not in lines[n - 1] and len(words_of(lines[n - 1])) <= _SUBHEAD_WORDS]
    if not heads or not has_subheads(lines, [k for k, line in enumerate(lines) if line.strip()]):
        return found
    return [n for n in found if n not in heads]


def _links_and_glued(
    doc: Document,
    units: list[Sentence],
    prose: list[bool],
    first: int,
    filled: list[tuple[int, str]],
    by_line: dict[int, list[int]],
    places: dict[int, Place],
) -> None:
    """Adds to ``places`` the alt text glued to a sentence, the link list ending the page and
    the runs of link titles between paragraphs."""
    lines = doc.lines()
    for i in _glued_alt_text(doc, units, first):
        places[i] = Place(i, "caption")

    @cache
    def story_words() -> set[str]:  # the story's words, cut only when a candidate line needs them
        return {w.casefold() for i, u in enumerate(units) if prose[i] for w in words_of(u.text)}

    for line in _link_list(lines, story_words):
        places.update((i, Place(i, "links")) for i in by_line.get(line, []))
    for line in _title_run(filled, units[first].span.line, story_words):  # (a list ending the page: links)
        for i in by_line.get(line, []):
            places.setdefault(i, Place(i, "caption"))


def _key(text: str) -> str:
    return " ".join(w.casefold() for w in words_of(text))


def _echo_lines(lines: list[str], units: list[Sentence], first: int, highlights: set[str]) -> list[int]:
    """1-based lines after the story's start that repeat a title line above it (not a
    highlight: the story says that sentence itself)."""
    start = units[first].span.line  # the first prose sentence's line
    titles = {
        _key(line)
        for line in lines[: start - 1]
        if len(words_of(line)) >= 3 and not line.rstrip().endswith((".", "!", "?"))
    } - highlights
    if not titles:
        return []
    longest = max(len(line) for line in lines[: start - 1]) + 10  # punctuation may differ
    return [
        n
        for n, line in enumerate(lines[start:], start + 1)
        if len(line) <= longest
        and not line.rstrip().endswith((".", "!", "?"))
        and _key(line) in titles
        and _paragraph_above(lines, start, n)
    ]


def _paragraph_above(lines: list[str], start: int, n: int) -> bool:
    """A story paragraph (a whole sentence of twelve words or more, not a teaser cut with an
    ellipsis) on a line from the story's first line (``start``, 1-based) to the one above line
    ``n``. A copy set between paragraphs is a picture's or a widget's; a copy with none above it
    is the story's headline or standfirst, under a menu or teaser that named it first."""
    for line in lines[start - 1 : n - 1]:
        end = line.rstrip().rstrip(_CLOSERS)
        if end.endswith((".", "!", "?")) and not end.endswith(("...", "…")):
            if len(words_of(line)) >= _PARAGRAPH_MIN_WORDS:
                return True
    return False


# a dateline in capitals after a title run into it: "WASHINGTON:", "NEW DELHI —", "LAGOS, Nigeria -"
_DATELINE = re.compile(
    r"\s+(?-i:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2})(?:,[^:—–\n]{1,30})?\s*(?::|[—–-]\s)"
)


def _title_before_dateline(lines: list[str], start: int) -> int | None:
    """The 1-based first prose line (``start``) when it opens with a title line above it and
    then a dateline in capitals."""
    opening = lines[start - 1].strip()
    for line in lines[: start - 1]:
        title = line.strip()
        if len(words_of(title)) >= 3 and opening.startswith(title) and _DATELINE.match(opening, len(title)):
            return start
    return None


_HIGHLIGHT_WORDS = 8  # a highlight repeats a sentence of the story, not a short label


def _highlights(lines: list[str], start: int) -> list[int]:
    """1-based bulleted lines of the list that begins above the story's first prose line
    (``start``; a long highlight may itself read as the first prose) whose words a line of the
    story below the list carries word for word."""
    run: list[int] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if not _BULLET.match(line) or (not run and n >= start):
            break
        run.append(n)
    tops = [(n, _key(lines[n - 1])) for n in run if len(words_of(lines[n - 1])) >= _HIGHLIGHT_WORDS]
    if not tops:
        return []
    below = [f" {_key(line)} " for line in lines[run[-1] :] if len(words_of(line)) >= _HIGHLIGHT_WORDS]
    return [n for n, key in tops if any(f" {key} " in line for line in below)]


def _doubled_captions(filled: list[tuple[int, str]]) -> list[int]:
    """1-based lines followed by the same text with a credit added (``filled``: the non-blank
    lines, numbered and stripped), and lines under a line that is their own text written twice
    ("A caption.A caption." / "A caption."): the third copy of a caption; and a caption printed
    again one or two lines down with the photographer's credit in front ("Rescuers search the
    ruins." / "A. Name/ Harbour Daily Rescuers search the ruins."): both copies."""
    taken = []
    for (n, line), (m, after) in zip(filled, filled[1:]):
        if after.startswith(line) and len(words_of(line)) >= 5 and _CREDIT_TAIL.fullmatch(after[len(line) :]):
            taken.append(n)
        elif len(words_of(after)) >= 5 and line.replace(" ", "") == after.replace(" ", "") * 2:
            taken.append(m)
    for k, (n, line) in enumerate(filled):
        half = _joined_twice(line) if " - " in line else None
        if half:  # "A caption. - A caption." and the caption again under it: every copy
            taken.append(n)
            taken += [m for m, after in filled[k + 1 : k + 2] if _key(after.replace("’", "'")) == half]
        for m, after in filled[k + 1 : k + 3]:
            head = after[: len(after) - len(line)]
            if after.endswith(line) and head and len(words_of(line)) >= 5 and _CREDIT_HEAD.fullmatch(head):
                taken += [n, m]
    return taken


_JOINED_WORDS = 5  # a caption and its alt text joined: each half at least this long


def _joined_twice(line: str) -> str | None:
    """The key of a line's text when the line is that text twice joined by " - " (a picture's alt
    text and its caption run together), else None; a quoted line is the story's (a chant)."""
    if quoted(line):
        return None
    text = line.replace("’", "'")
    at = text.find(" - ")
    while at >= 0:
        left, right = _key(text[:at]), _key(text[at + 3 :])
        if left == right and len(left.split()) >= _JOINED_WORDS:
            return left
        at = text.find(" - ", at + 1)
    return None


def _twin_lines(filled: list[tuple[int, str]], start: int) -> list[int]:
    """From above the story to its first line (``start``), the second copy of a short line printed
    twice in a row: a caption under the picture's alt text ("Protest in the square, May 2"). The
    headline printed twice (the longest line above the story) and a paragraph printed twice
    inside the story are FL001's; a quoted line is the story's (a chant)."""
    above = list(takewhile(lambda entry: entry[0] <= start, filled))  # (numbered in order: the rest is below)
    longest = max((len(words_of(line)) for n, line in above if n < start), default=0)
    return [
        m
        for (n, line), (m, after) in zip(above, islice(filled, 1, None))
        if line == after and 2 <= len(words_of(line)) < longest and not quoted(line)
    ]


_TWIN_WORDS = (2, 15)  # a caption printed twice; a standfirst or paragraph printed twice is longer


def _twin_blocks(filled: list[tuple[int, str]], start: int) -> list[int]:
    """1-based lines of a block of their own (blank lines around it) made only of short lines each
    printed twice in a row ("Rescuers at the bridge." / "Rescuers at the bridge." / "The bridge
    from the river." / "The bridge from the river."): a picture's alt text over its caption, both
    copies; the headline printed twice over the story is the longest line and FL001's. A story
    paragraph sets its own block and is not written twice; a quoted line is the story's (a chant).
    Above the story's first line (``start``), the longest line is its headline, and a block on the
    page's first line is the headline printed twice: FL001's."""
    longest = max((len(words_of(line)) for n, line in filled if n < start), default=0)
    taken: list[int] = []
    k = 0
    while k < len(filled):
        end = k + 1  # the block: the non-blank lines numbered in a row from ``k``
        while end < len(filled) and filled[end][0] == filled[end - 1][0] + 1:
            end += 1
        block = filled[k:end]
        if (
            len(block) % 2 == 0
            and all(
                a == b
                and _TWIN_WORDS[0] <= len(words_of(a)) <= _TWIN_WORDS[1]
                and not quoted(a)
                and (n >= start or len(words_of(a)) < longest)
                for (n, a), (_, b) in zip(block[::2], block[1::2])
            )
            and k > 0
        ):
            taken += [n for n, _ in block]
        k = end
    return taken


def _link_list(lines: list[str], story_words: Callable[[], set[str]]) -> list[int]:
    """1-based lines of the bulleted headline-case titles that end the page."""
    run: list[int] = []
    for n in range(len(lines), 0, -1):
        line = lines[n - 1]
        if not line.strip():
            continue
        if not _BULLET.match(line):
            break
        if not _link_title(line.strip().lstrip(LEAD_JUNK), story_words()):
            break
        run.append(n)
    return sorted(run) if len(run) >= _MIN_LINKS else []


_SECTION_LABEL_WORDS = 3  # "OPINION", "THE COMMENT", "MORE FROM US"
_LIST_TITLE_WORDS = (3, 20)
_MAX_LABELLED_TITLES = 12
_NOT_A_TITLE_END = (".", ":", ",", ";")


def _labelled_titles(filled: list[tuple[int, str]], start: int) -> list[int]:
    """1-based lines of a section's label in capitals (or one capitalised word) under the story's
    last paragraph and the other stories' titles under it to the page's end, two or more, none a
    sentence with a full stop ("... said the council." / "OPINION" / "Why do strikes start
    here?" / "The harbour plan: old ideas"). A crosshead heads paragraphs that end with one."""
    k = len(filled)
    while (
        k > 1 and len(filled) - k <= _MAX_LABELLED_TITLES and not filled[k - 1][1].endswith(_NOT_A_TITLE_END)
    ):
        k -= 1  # (from the page's end: the lines no sentence ends)
    run = filled[k:]
    if len(run) < 3 or not filled[k - 1][1].endswith(".") or run[0][0] <= start:
        return []
    label, titles = run[0][1], run[1:]
    words = words_of(label)
    if not words or len(words) > _SECTION_LABEL_WORDS or not label[-1:].isalpha():
        return []
    if not (label.isupper() or (len(words) == 1 and label[:1].isupper())):
        return []
    if all(
        _LIST_TITLE_WORDS[0] <= len(words_of(t)) <= _LIST_TITLE_WORDS[1] and t[:1].isupper() and not quoted(t)
        for _, t in titles
    ):
        return [n for n, _ in run]
    return []


def _link_title(text: str, story: set[str]) -> bool:
    words = words_of(text)
    if not _LINK_WORDS[0] <= len(words) <= _LINK_WORDS[1] or text.rstrip().endswith((".", ":", ";")):
        return False
    if any(c in text for c in "()/|"):
        return False  # "Bauke Mollema (Ned/Trek)": an entry of a table, not a title
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    if not long:
        return False
    used = sum(w.casefold() in story for w in long)
    if sum(w[0].isupper() for w in long) < _TITLE_CASE_SHARE * len(long):
        # sentence case (a site that writes its titles so): only words the story hardly uses;
        # a story's own list of points uses its words
        return used < _SENTENCE_CASE_STORY_SHARE * len(long)
    return used < _STORY_WORD_SHARE * len(long)


# a past tense, or a sentence that reports: the story's own paragraph, not a caption
# (and the story's narrative time words: "Meanwhile, the council named a date")
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|says|told|according|\w{3,}ed|meanwhile|earlier|yesterday|ago)\b", re.I
)
_CAPTION_MAX_WORDS = 35


_LABEL_CAPTION_WORDS = 10  # a caption naming who or what a picture shows, no verb: "Mayor A. Name at the dam"


_RIGHTS_PICTURE_WORDS = frozenset(
    "photo photos foto fotos image images imagem imagen picture pictures zdjęcie".split()
)


def _pictured_rights(
    filled: list[tuple[int, str]], hits: list[str | None], by_line: dict[int, list[int]]
) -> set[int]:
    """1-based lines of a copyright notice naming a picture ("© Agency Photo / A. Name"): a
    picture's credit, though the phrases class it a notice of rights."""
    out = set()
    for n, text in filled:
        group = by_line.get(n)
        if not group or not all(hits[i] == "copyright" for i in group) or "©" not in text:
            continue
        if not _RIGHTS_PICTURE_WORDS.isdisjoint(w.casefold() for w in words_of(text)):
            out.add(n)
    return out


def _captions_above_credits(
    filled: list[tuple[int, str]], hits: list[str | None], by_line: dict[int, list[int]], start: int
) -> list[int]:
    """1-based lines of a present-tense sentence directly above a line that is only a credit, or
    below the story's first prose line (``start``; above it, the headline over the top picture)
    of a clause with no sentence end."""
    credit_lines = {n for n, group in by_line.items() if group and all(hits[i] == "credit" for i in group)}
    credit_lines |= _pictured_rights(filled, hits, by_line)
    if not credit_lines:
        return []
    taken = []
    for (n, text), (after, _) in zip(filled, filled[1:]):
        if after not in credit_lines or n in credit_lines or any(q in text for q in '"“”'):
            continue
        if text.endswith("."):
            if len(words_of(text)) <= _CAPTION_MAX_WORDS and not _PAST.search(text):
                taken.append(n)
        elif n > start and _bare_caption(text):
            taken.append(n)
    # the caption set under its credit ("Photo: A. Name" / "The minister speaks in the House
    # on Tuesday."): on the credit's next line, the last of their block (a blank line after it)
    ends = {n for (n, _), (after, _) in zip(filled, filled[1:]) if after > n + 1} | {filled[-1][0]}
    # (or a line of furniture right under it: a widget the phrases found, "Subscribe")
    ends |= {
        n
        for (n, _), (after, _) in zip(filled, filled[1:])
        if after == n + 1 and by_line.get(after) and all(hits[i] is not None for i in by_line[after])
    }
    for (above, _), (n, text) in zip(filled, filled[1:]):
        if above not in credit_lines or n != above + 1 or n not in ends or n in credit_lines:
            continue
        if any(q in text for q in '"“”'):
            continue
        if not text.endswith("."):
            # or who or what it shows, no sentence at all ("Getty Images" / "Mayor A. Name")
            if (
                2 <= len(words_of(text)) <= _LABEL_CAPTION_WORDS
                and text[-1:].isalnum()
                and text[:1].isupper()
            ):
                taken.append(n)
            continue
        if len(words_of(text)) <= _CAPTION_MAX_WORDS and not _PAST.search(text):
            taken.append(n)
    return taken


# the words a caption of names and titles is joined with ("A. Name, Governor of Kestrel, together
# with B. Name, Director of the Water Board."): no verb among them
_NAME_CAPTION_LINKS = frozenset(
    "and with together alongside of in for at the a an on during from to left right centre center "
    "front back middle".split()
)
_NAME_CAPTION_WORDS = (6, 30)
_NAME_CAPTION_CAPITALS = 0.6  # of its words, at least this share capitalised


def _name_captions(lines: list[str], start: int) -> list[int]:
    """1-based paragraphs below the story's first prose line that name people and their titles
    and nothing else: capitalised words joined by "with", "and", "together with", no verb, a
    full stop at the end. A picture's caption set as a paragraph; the story's sentences say
    what someone did."""
    taken = []
    for n in range(start + 1, len(lines)):  # 1-based n; lines[n - 1] is the line
        text = lines[n - 1].strip()
        if not text.endswith(".") or lines[n - 2].strip() or (n < len(lines) and lines[n].strip()):
            continue
        words = words_of(text)
        if not _NAME_CAPTION_WORDS[0] <= len(words) <= _NAME_CAPTION_WORDS[1] or any(
            q in text for q in '"“”'
        ):
            continue
        lower = [w for w in words if not w[:1].isupper()]
        if any(w.casefold() not in _NAME_CAPTION_LINKS for w in lower):
            continue
        if not any(w in ("with", "and", "alongside") for w in lower):
            continue
        if len(words) - len(lower) >= _NAME_CAPTION_CAPITALS * len(words):
            taken.append(n)
    return taken


def _caption_under_title_copy(lines: list[str], start: int) -> list[int]:
    """1-based line right under a second copy of a title line above the story, the last of its
    block: the picture's caption under its title ("Governor opens water works" twice, then "The
    governor and the mayor at the opening of the works"). The copy itself is FL001's."""
    taken = []
    seen: set[str] = set()
    for n in range(1, min(start, len(lines))):  # 1-based n: the copy; n + 1: the caption
        key = _key(lines[n - 1])
        if not key:
            continue
        caption = lines[n].strip()
        closed = n + 1 >= len(lines) or not lines[n + 1].strip()
        # (taken for the story's first line, a caption has no sentence end: a lead sentence does)
        shaped = _bare_caption_or_present(caption) and (n + 1 < start or not caption.endswith("."))
        if key in seen and caption and closed and shaped:
            taken.append(n + 1)
        seen.add(key)
    return taken


def _bare_caption_or_present(text: str) -> bool:
    """A caption's wording: a present-tense sentence, or a clause with no sentence end."""
    if any(q in text for q in '"“”') or text.endswith((":", "!", "?", ";", ",")):
        return False
    if text.endswith("."):
        return len(words_of(text)) <= _CAPTION_MAX_WORDS and not _PAST.search(text)
    words = words_of(text)
    return 5 <= len(words) <= _CAPTION_MAX_WORDS and any(
        w.isalpha() and w.islower() and len(w) >= 4 for w in words[1:]
    )


_UNSTOPPED_CAPTION_WORDS = (5, 15)  # a caption with no full stop: a clause, shorter than a paragraph


def _bare_caption(text: str) -> bool:
    """A clause with no sentence end, in sentence case ("Rescue teams search the river bank at
    dawn"): a caption the site set without a full stop. A crosshead or another story's title
    is in headline case or capitals, a list's label ends with a colon."""
    words = words_of(text)
    if not _UNSTOPPED_CAPTION_WORDS[0] <= len(words) <= _UNSTOPPED_CAPTION_WORDS[1] or text.endswith(
        (":", "!", "?", ";", ",")
    ):
        return False
    return any(w.isalpha() and w.islower() and len(w) >= 4 for w in words[1:])


_ALT_WORDS = (2, 12)  # an image's alt text: a few words
_ALT_SHARE = 0.6  # of its words of four letters or more, at least this share in the caption under it


def _alt_over_captions(
    filled: list[tuple[int, str]], by_line: dict[int, list[int]], flagged: set[int], hits: list[str | None]
) -> list[int]:
    """1-based short lines (no sentence end) above a line whose last sentence carries a finding
    (a caption's credit), when the caption uses most of their words. A writer's credit closing a
    paragraph ("Texto: AB") is no picture's: the headline over it stays."""
    taken = []
    for (n, text), (after, caption) in zip(filled[1:], filled[2:]):  # (the first line: the headline)
        below = by_line.get(after)
        if not below or below[-1] not in flagged or text.endswith((".", "!", "?", ":", '"', "”")):
            continue
        if hits[below[-1]] == "byline":
            continue
        words = [w.casefold() for w in words_of(text) if len(w) >= 4]
        if not _ALT_WORDS[0] <= len(words_of(text)) <= _ALT_WORDS[1] or not words:
            continue
        if len(words_of(caption)) <= len(words_of(text)) or any(i in flagged for i in by_line.get(n, [])):
            continue
        said = {w.casefold() for w in words_of(caption)}
        if sum(w in said for w in words) >= _ALT_SHARE * len(words):
            taken.append(n)
    return taken


def _names_twice(filled: list[tuple[int, str]]) -> list[int]:
    """1-based lines that repeat the line above when it is a name (two to four capitalised words)."""
    taken = []
    for (_, line), (n, after) in zip(filled, filled[1:]):
        if after != line:
            continue
        words = words_of(line)
        if 2 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words):
            taken.append(n)
    return taken


_CAPS_MIN_WORDS = 5


def _caps_titles(lines: list[str], start: int) -> list[int]:
    """1-based lines after the story's first line (``start``) written in capitals, five words or
    more, without a final full stop."""
    taken = []
    for n, line in enumerate(lines[start:], start + 1):
        text = line.strip().lstrip(LEAD_JUNK)
        if sum(c.islower() for c in text[:24]) > 2 or text.endswith((".", ";")):
            continue  # (a quick look first: most lines are prose)
        letters = [c for c in text if c.isalpha()]
        if len(words_of(text)) < _CAPS_MIN_WORDS:
            continue
        if (
            letters
            and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
            and not _quoted_crosshead(text)
            and not story_tails.score_line(text)  # "CRITICS SCORE ACROSS ALL REVIEWS 88%": a table's row
        ):
            taken.append(n)
    # three or more such lines, each over its own text, are the page's headings (a live page's
    # entries, a question-and-answer piece), not titles of other stories; so is one that names
    # whom the paragraph below it is about
    if len(taken) >= 3:
        return []
    return [n for n in taken if not _names_the_next_paragraph(lines, n, lines[n - 1])]


_CROSSHEAD_QUOTE_WORDS = 6
_QUOTE_PAIRS = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def _quoted_crosshead(text: str) -> bool:
    """A line in capitals that is one short quoted phrase and nothing else ("'A VOICE LIKE NO
    OTHER'"): a wire story's crosshead quoting its subject, not another story's title."""
    body = text.strip()
    close = _QUOTE_PAIRS.get(body[:1])
    return (
        close is not None
        and len(body) > 2
        and body.endswith(close)
        and not any(q in body[1:-1] for q in ('"', "“", "”", close + " ", " " + body[0]))
        and len(words_of(body)) <= _CROSSHEAD_QUOTE_WORDS
    )


def _names_the_next_paragraph(lines: list[str], n: int, text: str) -> bool:
    """Whether a line in capitals (1-based line ``n``) names someone or something the paragraph
    right below it names ("DJOKOVIC ROLLS ON, MURRAY OUT" over "Top seed Novak Djokovic made quick
    work of ..."): a round-up's own section head, not another story's title."""
    below = next((line for line in lines[n:] if line.strip()), "")
    names = {w.lower() for w in words_of(below) if w[:1].isupper() and len(w) >= 4}
    return bool(names) and any(w.lower() in names for w in words_of(text) if len(w) >= 4)


_TITLE_WORDS = (6, 18)  # another story's title between paragraphs; a crosshead is shorter
_SHORT_TITLE_WORDS = 5  # ... or a title of five words, or one that asks, sharing no word with the story
_TITLE_OWN_SHARE = 0.34  # a title whose content words the story uses less than this is not its own


# a line naming who speaks or writes below: "Former midfielder A. Name on Match Night", "Sport
# correspondent A. Name"
_HEADS_A_SECTION = frozenset(
    "correspondent editor reporter columnist analyst pundit presenter commentator writes says".split()
)
_OPENERS = "\"“‘'"


def _inserted_titles(filled: list[tuple[int, str]], start: int) -> list[int]:
    """1-based lines below the story's first line (``start``) that are another story's title set
    between two paragraphs: six words or more in sentence or title case, no end punctuation, a
    story paragraph (a sentence of twelve words or more) right above and, after a blank line,
    right below, and words
    the story does not use (fewer than a third of its content words): a link a site sets into
    the story. A crosshead is shorter, or is about the story and uses its words; a line naming a
    correspondent or a pundit, or one right above a quote, heads the story's own section, and so
    do two or more lines of that shape (a round-up's match lines) unless a line shares no word
    with the paragraphs above and below it."""
    prose: dict[int, bool] = {}  # line k of ``filled`` -> a story paragraph (asked only beside a title)

    def is_prose(k: int) -> bool:
        if k not in prose:
            line = filled[k][1]
            prose[k] = (
                line.rstrip(_CLOSERS).endswith((".", "!", "?"))
                and len(words_of(line)) >= _PARAGRAPH_MIN_WORDS
            )
        return prose[k]

    story: set[str] | None = None
    taken, shaped = [], 0
    beside: list[bool] = []  # (per taken line) no content word shared with the paragraphs around it
    for k in range(1, len(filled) - 1):
        n, text = filled[k]
        text = text.strip()
        if n <= start or filled[k + 1][0] == n + 1:
            continue  # (glued to the paragraph below: that paragraph's, an index's teaser)
        # (a title may ask, or be five words, when it shares no word with the story: below)
        asks = text.endswith("?")
        if not text[:1].isupper() or (not asks and text.endswith((".", "!", ":", ";", ",", *_CLOSERS))):
            continue
        # (the lines around it last: most lines have no title's shape)
        if not is_prose(k - 1) or not is_prose(k + 1):
            continue
        if story_tails.has_sentence_end(text) or story_tails.score_line(text):
            continue  # (a paragraph whose last sentence lost its stop; a score line: story_tails)
        words = words_of(text)
        if not _SHORT_TITLE_WORDS <= len(words) <= _TITLE_WORDS[1]:
            continue
        if _own_head(text, asks, filled):
            continue
        strict = asks or len(words) < _TITLE_WORDS[0]
        shaped += not strict
        own = [w.casefold() for w in words if len(w) >= 4 and w.casefold() not in FUNCTION_WORDS]
        if len(own) < 3 or _HEADS_A_SECTION & set(own) or filled[k + 1][1].lstrip()[:1] in _OPENERS:
            continue  # a writer's or pundit's name over the analysis or quotes below it is the story's
        if story is None:
            story = {
                w.casefold() for j, (_, line) in enumerate(filled) if is_prose(j) for w in words_of(line)
            }
        shared = sum(w in story for w in own)
        if strict:
            # a question or a five-word line between paragraphs is the story's (a rhetorical
            # question, a crosshead) unless not one of its words is the story's: another story
            if not shared:
                taken.append(n)
                beside.append(True)
            continue
        if shared < _TITLE_OWN_SHARE * len(own):
            taken.append(n)
            beside.append(
                not ({w.casefold() for w in words_of(filled[k + 1][1] + " " + filled[k - 1][1])} & set(own))
            )
    # two or more such lines head the story's own sections (a round-up's "Side A 0 vs. 3 Side B",
    # a digest's titles over their items): each heads a paragraph that takes up its words; a
    # link set into the story shares no word with the paragraphs on either side of it
    return taken if shaped == 1 else list(compress(taken, beside))


def _own_head(text: str, asks: bool, filled: list[tuple[int, str]]) -> bool:
    """A line between paragraphs that heads the story's own next part: its signpost ("Here's what
    we know so far"), a round-up's match head (two sides and a score: "Harbour Rovers – Dunmoor
    1:0 abandoned"), or an interviewer's question or prompt between the answers."""
    if _EXPLAINER_HEAD.match(text):
        return True
    if any(dash in text for dash in _SIDES_DASHES) and _SCORELINE.search(text):
        return True
    return (asks or text.endswith(("…", "..."))) and _interview(filled)


_INTERVIEW_QUESTIONS = 3


def _interview(filled: list[tuple[int, str]]) -> bool:
    """Three lines or more that are questions, each over an answer of a sentence's length: a
    question-and-answer interview (a box of other stories' titles that ask stacks them)."""
    answered = 0
    for k in range(len(filled) - 1):
        if filled[k][1].rstrip().endswith("?"):
            answer = filled[k + 1][1].rstrip()
            answered += not answer.endswith("?") and len(words_of(answer)) >= _PARAGRAPH_MIN_WORDS
    return answered >= _INTERVIEW_QUESTIONS


# a match line's score between its two sides: "2:1", "3-0" (not a date, a time range or a decimal)
_SCORELINE = re.compile(r"(?<![\d.:/])\d{1,3}\s?[:–-]\s?\d{1,3}(?![\d.:/])")
_SIDES_DASHES = (" - ", " – ", " — ")


# a crosshead that signposts the story's next part, in its own voice
_EXPLAINER_HEAD = re.compile(
    r"(?:Here['’]s\b|(?:What|Why|How|Where|When|Who)\b(?=.*\b(?:we|us|next|now|know|matters|happened|happens)\b))"
)


_PULL_MIN_WORDS = 8


def _pull_quotes(lines: list[str], start: int) -> list[int]:
    """1-based lines below the story's first line (``start``) whose whole text, quotation marks
    and a final full stop aside, sits inside a longer paragraph of the story (a sentence of twelve
    words or more). Above the story, a standfirst repeated by the first paragraph is the story's."""
    flat = [" ".join(line.split()) for line in lines]
    # the paragraphs by each run of words they hold, so that a line is compared with the few
    # paragraphs that share its opening words, not with all of them (a live blog is long)
    # (keyed by the words themselves, a tuple: words hold no space, so it reads as the joined run);
    # only the runs that open a line below are ever looked up, so a paragraph's runs are filed
    # from the words that open one (found at C speed), not from every word
    openings = {_opening(line) for line in flat[start:]} - {None}
    first_words = {opening[0] for opening in openings}
    by_opening: dict[tuple[str, ...], list[str]] = {}
    for line in set(flat[start:]):  # not the story's first line: a teaser above may be cut from it
        words = words_of(line)
        if len(words) >= _PARAGRAPH_MIN_WORDS and line.rstrip(_CLOSERS).endswith((".", "!", "?")):
            for k in compress(range(len(words) - _PULL_MIN_WORDS + 1), map(first_words.__contains__, words)):
                run = words[k : k + _PULL_MIN_WORDS]
                if run in openings:
                    by_opening.setdefault(run, []).append(line)
    taken = []
    for n, line in enumerate(flat[start:], start + 1):
        opening = _opening(line)
        if opening is None:
            continue
        body = line.strip(_CLOSERS + "“‘").rstrip(".")
        holder = next((o for o in by_opening.get(opening, ()) if len(o) > len(line) and body in o), None)
        if holder is not None and (
            _quote_crosshead(flat, n, line, body)
            or _reported(line)
            or (story_tails.has_sentence_end(line) and not _quoted_in(holder, body))
        ):
            continue  # (a pull quote of sentences not quoted below is the story's own paragraph)
        if holder is not None and not _list_item(flat, n) and _paragraph_above(flat, start, n):
            taken.append(n)
            # the pull quote's credit line under it: the speaker the paragraph names
            below = next((k for k in range(n, min(n + 2, len(flat))) if flat[k]), None)
            if below is not None and _quote_credit(flat[below], holder):
                taken.append(below + 1)
    return taken


_OPENING_QUOTES = "\"“‘'"


def _quoted_in(paragraph: str, body: str) -> bool:
    """Whether ``body`` opens a quotation in ``paragraph`` (a quotation mark just before it): a
    pull quote lifts a speaker's words, several sentences of them at times."""
    at = paragraph.find(body)
    return at > 0 and paragraph[:at].rstrip()[-1:] in _OPENING_QUOTES


# the attributions a story's own sentence closes on; speech.REPORTING_VERBS is wider (told,
# added, warned, thinks) and lacks "according", so it would change which lines are the story's
_REPORTING = frozenset("said says according".split())


def _reported(line: str) -> bool:
    """A sentence with its stop that says who said it, outside any quotation marks ("Orla Venn
    said the county told nobody.", "'We were never told,' she said."): the story's own sentence,
    which a longer paragraph may repeat; a pull quote is the quoted words alone."""
    if not line.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return False
    text = line.strip()
    if text[:1] in _OPEN_QUOTES:  # "'We were never told,' she said.": what follows the last mark
        text = text[max(text.rfind(mark) for mark in _CLOSE_QUOTES) + 1 :]
    outside = " ".join(text.replace("“", '"').replace("”", '"').split('"')[::2])
    return any(w.lower() in _REPORTING for w in words_of(outside))


def _quote_crosshead(flat: list[str], n: int, line: str, body: str) -> bool:
    """Line ``n`` (1-based) is a quote wholly inside its quotation marks that the paragraph right
    below it holds: a crosshead made of a quote, heading the section that quotes it ("'We were
    never told'" over "'We were never told,' said ..."); a pull quote repeats a quote from elsewhere."""
    text = line.strip()
    if len(text) < 2 or text[0] not in _OPEN_QUOTES or text.rstrip(".")[-1] not in _CLOSE_QUOTES:
        return False
    below = next((flat[k] for k in range(n, len(flat)) if flat[k]), "")
    return body in below


_OPEN_QUOTES = "\"“‘'«„"
_CLOSE_QUOTES = "\"”’'»“"


def _opening(line: str) -> tuple[str, ...] | None:
    """The first words of a line that a pull quote is looked up by (None: too short to be one).
    (The line's own words: the marks around a pull quote are no part of a word, and the line's
    words are cut once for this and for the paragraphs it is looked up in.)"""
    words = words_of(line)
    return words[:_PULL_MIN_WORDS] if len(words) >= _PULL_MIN_WORDS else None


def _quote_credit(line: str, paragraph: str) -> bool:
    """A pull quote's credit: a name of two to four capitalised words, a dash before it or a role
    after a comma ("Jane Roe", "– Jane Roe", "Jane Roe, Harbour Bank"), whose words the paragraph
    that holds the quote names."""
    body = line.strip().lstrip("-–— ").strip()
    if body[-1:] in ".!?:;" or len(words_of(body)) > 10:
        return False
    name = words_of(body.split(",")[0])
    return (
        2 <= len(name) <= 4 and all(w[:1].isupper() for w in name) and set(name) <= set(words_of(paragraph))
    )


def _list_item(flat: list[str], n: int) -> bool:
    """Line ``n`` (1-based) is an item of a list of unpunctuated lines of a clause each, and so is
    the next or previous non-blank line ("A has been appointed to X" / "B joins Y as ..."). A
    live page's summary may restate its list; a pull quote is set alone between paragraphs."""

    def item(k: int) -> bool:
        text = flat[k].rstrip(_CLOSERS)
        return _PULL_MIN_WORDS <= len(words_of(text)) <= _ITEM_MAX_WORDS and not text.endswith(
            (".", "!", "?", ":", "...", "…")
        )

    above = next((k for k in range(n - 2, -1, -1) if flat[k]), None)
    below = next((k for k in range(n, len(flat)) if flat[k]), None)
    return item(n - 1) and any(k is not None and item(k) for k in (above, below))


_ITEM_MAX_WORDS = 30  # a list item is a clause; a teaser cut from a paragraph runs longer


_PARAGRAPH_MIN_WORDS = 12
_CLOSERS = " \"”’')"


_TEASER_TITLE_WORDS = 16  # a related item's title; its teaser below has at least the next
_TEASER_MIN_WORDS = 8
_TEASER_PAIRS = 3


def _teaser_run(filled: list[tuple[int, str]], start: int) -> list[int]:
    """1-based lines of a related box at the end of the page: from a title (sixteen words or
    fewer, no full stop) over its teaser to the last line, title and teaser in turn, three
    pairs or more, where a title is printed again (the box lists an item twice, or the page's
    own headline): a block repeated is never the story's. The short label over the box
    ("Related", in any language) goes with it. A story told under crossheads repeats none."""
    title_at: dict[int, bool] = {}  # line k -> worded as a teaser's title (asked of repeated lines)

    def titled(k: int) -> bool:
        if k not in title_at:
            title_at[k] = _teaser_title(filled[k][1])
        return title_at[k]

    # the run is found by a title after the story's start printed again: with no line there
    # worded as a title (most pages: paragraphs end with a full stop), no line's key is needed
    if not any(n > start and titled(k) for k, (n, _) in enumerate(filled)):
        return []
    keys = [_key(text) for _, text in filled]
    seen: dict[str, int] = {}
    twice = None
    for k, (n, key) in enumerate(zip((n for n, _ in filled), keys)):
        was = seen.get(key)
        if n > start and was is not None and len(key.split()) >= 3 and titled(k):
            # the headline again, or a title printed twice with its teaser (a credit repeated
            # over each picture of a photo story is not an item)
            if was == 0 or (k + 1 < len(keys) and was + 1 < k and keys[was + 1] == keys[k + 1]):
                twice = k
                break
        seen.setdefault(key, k)
    if twice is None:
        return []
    first = twice
    while first >= 2 and titled(first - 2) and _teaser(filled[first - 1][1]) and filled[first - 2][0] > start:
        first -= 2
    rest = filled[first:]
    if len(rest) < 2 * _TEASER_PAIRS or len(rest) % 2:
        return []
    if not all(titled(first + k) and _teaser(rest[k + 1][1]) for k in range(0, len(rest), 2)):
        return []
    taken = [n for n, _ in rest]
    above = filled[first - 1] if first > 0 else None
    if (
        above
        and above[0] > start
        and len(above[1].split()) <= 4
        and not above[1].rstrip(_CLOSERS).endswith(".")
    ):
        taken.insert(0, above[0])
    return taken


def _teaser_title(text: str) -> bool:
    return not text.rstrip(_CLOSERS).endswith(".") and 0 < len(words_of(text)) <= _TEASER_TITLE_WORDS


def _teaser(text: str) -> bool:
    return len(words_of(text)) >= _TEASER_MIN_WORDS


# a tabloid caption's opening word and colon ("Smitten: The couple ..."); words that say a
# picture is described ("pictured", "photographed", "(left)")
_TABLOID_LABEL = re.compile(r"[A-Z][a-z'’-]+(?: [a-z'’-]+)?: [A-Z]")
_PICTURE_WORDS = frozenset(
    "pictured photographed snapped spotted posed poses posing pictures picture photo photos image "
    "images left right centre center above below".split()
)
_CAPTION_MIN_WORDS = 10  # a caption written as a sentence; a crosshead is shorter
_CAPTION_CAPITALS = 0.5  # of its words of four letters or more, fewer than this share capitalised
_BARE_CAPTION_WORDS = (8, 15)  # a caption that names no picture: a clause, shorter than a paragraph
_BARE_CAPTIONS_MAX = 3  # lines with no end punctuation on a page whose paragraphs end with one
_QUESTION_WORDS = frozenset("what why how where when who which whose".split())


def _bare_caption_below(long: list[str], below: str) -> bool:
    """Whether the line below a caption that names no picture reads as a new paragraph: it opens
    with a capital or a quotation mark (not the rest of a word or sentence cut at the line's end)
    and does not say most of the caption's words again (a title over its own entry, a teaser
    over its summary)."""
    if not below[:1].isupper() and below[:1] not in "\"“‘'":
        return False
    said = {w.casefold() for w in words_of(below)}
    return sum(w.casefold() in said for w in long) < _ALT_SHARE * len(long)


def _known_lines(units: list[Sentence], hits: list[str | None], flagged: set[int]) -> set[int]:
    """1-based lines that hold a leftover the phrases found."""
    return {u.span.line for i, u in enumerate(units) if hits[i] is not None or i in flagged}


# a forecast's or a timeline's period ("Saturday morning", "Tonight", "Week two")
_PERIOD_WORDS = frozenset(
    [*WEEKDAYS, *"morning afternoon evening night overnight today tonight tomorrow weekend week day".split()]
)
_PERIOD_LABEL_WORDS = 3


def _period_label(text: str) -> tuple[str, ...] | None:
    """The words of a crosshead's period label before its colon ("Saturday afternoon: ..."), or None."""
    head, colon, _ = text.partition(": ")
    words = tuple(w.casefold() for w in words_of(head))
    if not colon or not 0 < len(words) <= _PERIOD_LABEL_WORDS or _PERIOD_WORDS.isdisjoint(words):
        return None
    return words


def _parallel_period(filled: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` is one of a run of crossheads that each name a period and head a
    paragraph ("Saturday morning: ..." and "Saturday afternoon: ...", "Today: ..." and
    "Tonight: ..."): a forecast's or a timeline's sections, the story. A caption's label stands
    alone; the same label twice is a caption repeated."""
    label = _period_label(filled[k][1])
    if label is None:
        return False
    return any(
        j != k
        and not filled[j][1].rstrip().endswith((".", "!", "?"))
        and (other := _period_label(filled[j][1])) is not None
        and other != label
        and len(words_of(filled[j + 1][1])) >= _PARAGRAPH_MIN_WORDS
        for j in range(len(filled) - 1)
    )


def _unstopped_captions(filled: list[tuple[int, str]], start: int, known: set[int]) -> list[int]:
    """1-based lines below the story's first line (``start``) worded as a sentence of ten words
    or more in sentence case but with no end punctuation, between a paragraph that ends with
    one and another paragraph: a photo's caption the page set between paragraphs ("The couple
    were photographed leaving the court on Monday"), which a tabloid may open with a word and
    a colon. The story's paragraphs end with a full stop; a crosshead is short or in title
    case."""
    taken = []
    unstopped = [
        k
        for k in range(1, len(filled) - 1)
        if filled[k][0] > start
        and not filled[k][1].rstrip().endswith((".", "!", "?", ":", ";", ",", "…", *_CLOSERS.strip()))
    ]
    # a page whose paragraphs all end with a full stop but one or two short lines: those lines
    # are captions even when they say nothing of a picture ("The singer died in May at the
    # age of 41"); a page that drops its full stops more often is not told so
    stopped_page = len([k for k in unstopped if filled[k][0] not in known]) <= _BARE_CAPTIONS_MAX and all(
        line.rstrip(_CLOSERS).endswith((".", "!", "?", ":"))
        for n, line in filled[:-1]
        if n > start and n not in known and len(words_of(line)) > _BARE_CAPTION_WORDS[1]
    )
    for k in unstopped:
        n, text = filled[k]
        body = text.strip()
        if not body[:1].isupper():
            continue
        words = words_of(body)
        long = [w for w in words if len(w) >= 4 and w.isalpha()]
        if not long:
            continue
        pictured = _TABLOID_LABEL.match(body) or any(w.casefold() in _PICTURE_WORDS for w in words)
        if (
            pictured
            and _parallel_period(filled, k)
            and not any(w.casefold() in _PICTURE_WORDS for w in words)
        ):
            continue
        # (title case is a crosshead's or a link's; a caption with no picture word is judged
        # after its first word, which any sentence capitalises)
        cased = long if pictured else long[1:] if words[0] == long[0] else long
        if cased and sum(w[0].isupper() for w in cased) >= _CAPTION_CAPITALS * len(cased):
            continue
        if not pictured:
            # (a paragraph whose full stop the copy lost says nothing of a picture, unless the
            # page ends all its others with one; a crosshead asks or signposts)
            if not (
                stopped_page
                and _BARE_CAPTION_WORDS[0] <= len(words) <= _BARE_CAPTION_WORDS[1]
                and not _EXPLAINER_HEAD.match(body)
                and words[0].casefold() not in _QUESTION_WORDS
                and not any(mark in body for mark in ".!?")  # (a sentence with a footnote mark is no caption)
                and filled[k + 1][0] > n + 1  # (a title right on top of its paragraph opens another story)
                and _bare_caption_below(long, filled[k + 1][1])
            ):
                continue
        elif len(words) < _CAPTION_MIN_WORDS:
            continue
        above, below = filled[k - 1][1], filled[k + 1][1]
        # (after a date or a link rather than a paragraph, the line may open another story)
        if len(words_of(above)) < _PARAGRAPH_MIN_WORDS or not above.rstrip(_CLOSERS).endswith(
            (".", "!", "?")
        ):
            continue
        if len(words_of(below)) < _PARAGRAPH_MIN_WORDS:
            continue
        taken.append(n)
    return taken


_ALT_OPENING_WORDS = (2, 8)  # an image's alt text that names who is pictured
_OPENED_CAPTION_WORDS = 35  # the caption under it, which opens with the same words


def _alt_opening_caption(lines: list[str], start: int) -> list[int]:
    """1-based lines below the story's first line (``start``): a short line with no end
    punctuation right above a line (no blank line between) that opens with the same words, and
    that line when it is caption-long: an image's alt text naming who is pictured ("Mayor Ana
    Ruiz") over its caption ("Mayor Ana Ruiz opens the new pier on Monday."). A story's paragraph
    does not repeat the line above it word for word."""
    taken = []
    top = [n for n, line in enumerate(lines) if line.strip()][:2]  # (the headline and its deck)
    for n in range(min(start, top[-1] + 1) if top else start, len(lines) - 1):
        text, below = lines[n].strip(), lines[n + 1].strip()  # (n: 0-based; the short line is line n + 1)
        if not text or not below or text.endswith((".", "!", "?", ":", ";", ",")):
            continue
        words = words_of(text)
        if not _ALT_OPENING_WORDS[0] <= len(words) <= _ALT_OPENING_WORDS[1]:
            continue
        if sum(w[:1].isupper() for w in words) < 2:
            continue
        opening = words_of(below)[: len(words)]
        if len(words_of(below)) <= len(words) or [w.casefold() for w in opening] != [
            w.casefold() for w in words
        ]:
            continue
        taken.append(n + 1)
        if len(words_of(below)) <= _OPENED_CAPTION_WORDS:
            taken.append(n + 2)
    return taken


def _title_run(filled: list[tuple[int, str]], start: int, story_words: Callable[[], set[str]]) -> list[int]:
    """1-based lines of three or more link titles on consecutive lines between the story's
    paragraphs, with no label over them (a site's box of other stories set into the story):
    each a title as ``_link_title`` reads one (words the story hardly uses)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for n, text in filled:
        body = text.strip().lstrip(LEAD_JUNK)
        titled = False
        if (
            n > start
            and _LINK_WORDS[0] <= len(words_of(body)) <= _LINK_WORDS[1]
            and not body.rstrip().endswith((".", ":", ";", "!", "?"))
            and not any(w.casefold() in _REPORTING_VERBS for w in words_of(body))
        ):
            titled = _link_title(body, story_words())
        if titled and run and n == run[-1] + 1:
            run.append(n)
            continue
        runs.append(run)
        run = [n] if titled else []
    runs.append(run)
    above = dict(zip((n for n, _ in filled[1:]), (t for _, t in filled)))
    texts = dict(filled)
    # a run under a lead-in ("Four players will take part:") is the story's own list; so is one
    # that goes on with the entries of a listing above it ("Art All Night: Fri. and Sat., all
    # wards" under "Jazz Night: Sat., 8 p.m., Pier 4, free"): what's on, not other stories
    return [
        n
        for r in runs
        if len(r) >= _MIN_LINKS
        and not above.get(r[0], "").rstrip().endswith(":")
        and not (
            _listing_entry(above.get(r[0], "")) and 2 * sum(_listing_entry(texts[n]) for n in r) >= len(r)
        )
        and 2 * sum(score_row(texts[n]) for n in r) < len(r)
        for n in r
    ]


def _listing_entry(text: str) -> bool:
    """An entry of a what's-on listing: a name, then after a colon its details in fields set
    apart by commas ("FiestaDC: Sat. and Sun., 11 a.m. to 7 p.m., Pennsylvania Avenue")."""
    name, colon, details = text.rpartition(": ")
    return bool(colon and name.strip() and "," in details)


# the auxiliaries a story's sentence uses and a headline drops ("X has been appointed to ...",
# "Y will play for ..."): a list of them is the story's
_REPORTING_VERBS = frozenset("has have had was were will would been is are".split())


_GLUED_ALT_WORDS = (4, 20)


def _glued_alt_text(doc: Document, units: list[Sentence], first: int) -> list[int]:
    """Units after the story's first prose unit (``first``) stuck to the full stop before them
    with no space ("... the chairman said.Board chairman A. Name at the town hall"), ending
    their line with no end punctuation: an image's alt text the copy glued to a sentence."""
    text = doc.text
    taken = []
    for i in range(first + 1, len(units)):
        u = units[i]
        at = u.span.start
        if at < 2 or text[at - 1] != "." or not text[at - 2].islower() or not u.text[:1].isupper():
            continue
        body = u.text.rstrip()
        if body.endswith((".", "!", "?", ":", ";", *_CLOSERS.strip())):
            continue
        if i + 1 == len(units) or units[i + 1].span.line == u.span.line:
            continue  # the line goes on, or the copy ends there (cut): a sentence that lost its space
        if _GLUED_ALT_WORDS[0] <= len(words_of(body)) <= _GLUED_ALT_WORDS[1]:
            taken.append(i)
    return taken

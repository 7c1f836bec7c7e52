"""FL002's run test: lines that are leftover by what sits next to them on the page.

- caption over its credit: a block of two lines, a short line and under it, with no blank line
  between, a line FL002 flags as a photo credit or copyright ("A family's belongings packed in
  a cart" / "(c) Agency/2014/A. Name"), on a page whose paragraphs are set apart by blank lines:
  the first line is the picture's caption. A story paragraph stands in a block of its own; a
  caption sentence under its credit in such a block too; on a page with no blank lines, one
  short finished sentence over a credit in mid-story (the story goes on under the credit);
- a run of link titles between paragraphs: two to four bulleted lines of three to eight words,
  none ending like a sentence, after a paragraph that ends with a full stop (a list the story
  gives is announced with a colon) and before the next paragraph: a box of links to other
  pages ("- History of deadly earthquakes" / "- How earthquakes happen");
- a symbol alone on its line: a check mark, a ballot box, an arrow or a menu sign left from a
  button ("✓", "▶", "☰"); ornaments that break a story into sections ("* * *", "◆") and a
  post's emoji stay;
- other stories' titles between paragraphs: two or more lines in a row (blank lines between)
  each a title in headline case (five words or more, every word but the small ones
  capitalised, no sentence end) after a paragraph's full stop and before the next paragraph: a
  box of links without bullets. A crosshead stands alone;
- a run of labels between paragraphs: three to twelve short lines (a few words, no sentence;
  a clock time counts) one after another after a paragraph's full stop and before the next
  paragraph: a chart's or a menu's labels ("Previous close" / "10 a.m." / "2 p.m.");
- a stub: one or two words cut off with an ellipsis alone on a line ("Kindly ...");
- the browser's title: the page's first line is the headline and the site's name after a dash
  or bar ("Storm shuts port - Harbour Daily"), and the headline alone is a line further down;
- a labelled notice: a line that opens with a label in capitals and a colon and whose text
  after it speaks to the reader (its first sentence, and half of them or more) as the site
  ("us", "our": a helpline note speaks of others) ("READERS' CORNER: Send us your photos. Help us
  improve!"), on a page with no other such label (a transcript's speakers, an interview's
  questions and answers, are labels of their own);
- a header block: lines with no blank line between them whose first and last lines FL002
  flags, all short and none a sentence ("Skip to main content" / "Best News Website" / "<an
  award's name>" / "Menu"): the rest of the site's header or box; above the page's first long
  sentence, also a word or two or a short slogan ending with a full stop ("One app.") between
  two flagged lines of one block (a headline there has no full stop); and, above the first
  long sentence, a block of six lines or more that opens and closes on a flagged line, half of
  its lines flagged, with the headline outside it: its other labels and titles (twenty words at
  most, no sentence end or printed twice in it) are the menu's and other stories' links;
- a credit as a name: a paragraph of its own that is two to four capitalised words and a full
  stop and nothing else ("Harbour Police."), between two story paragraphs: the picture's credit
  (a sentence has a verb);
- a site notice between leftovers: one to three short sentences spoken to the reader ("Please
  report any errors so we can fix them.") between two lines FL002 flags, in one block with
  them: the rest of the notice box;
- an appeal box: one to three paragraphs in which the site speaks of itself ("we", "our")
  between two calls to action ("Your support keeps us reporting" ... "Donate today."), with no
  quotation and no "said": the site's plea for money, not a story paragraph;
- teasers above the story: from the page's first line, titles each over a longer teaser, two
  or more of the teasers cut short, then the story's title over finished paragraphs;
- lines in another script: on a page written mostly in the Latin script, two or more lines in a
  row with letters of another script, none a sentence, one or more mostly in that script and
  not announced by a colon: a menu or a list of titles in the site's other language.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from factlint.analysis.words import FUNCTION_WORDS, STOPWORDS
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import score_row, addresses_reader, quoted, shapes, words_of

MESSAGES = {
    "credit-caption": (
        'a photo caption above its credit left over from the web page: "{shown}"; ',
        "the line printed with a credit under it belongs to the picture, not the story",
    ),
    "caption-under-credit": (
        'a photo caption under its credit left over from the web page: "{shown}"; ',
        "the sentence printed with a credit above it, in a block of their own, belongs to the picture",
    ),
    "link-run": (
        'a box of links between paragraphs left over from the web page: "{shown}"; ',
        "bulleted titles after a finished paragraph (no colon announces them), not part of the story",
    ),
    "symbol": (
        'a button\'s symbol left over from the web page: "{shown}"; ',
        "a check mark, arrow or menu sign alone on its line, not part of the story",
    ),
    "browser-title": (
        'the browser\'s title of the page left over: "{shown}"; ',
        "the headline with the site's name after it, above the headline itself, not part of the story",
    ),
    "label-run": (
        'a widget\'s labels between paragraphs left over from the web page: "{shown}"; ',
        "three or more short lines with no sentence after a finished paragraph (a chart, a menu), not part of the story",
    ),
    "stub": (
        'a cut-off link left over from the web page: "{shown}"; ',
        "a word or two and an ellipsis alone on a line (a teaser the page cut), not part of the story",
    ),
    "labelled-notice": (
        'a site notice left over from the web page: "{shown}"; ',
        "a label in capitals over text spoken to the reader, not part of the story",
    ),
    "header-block": (
        'page text in a block of page furniture: "{shown}"; ',
        "a short line in one block with leftovers above and below it, none a sentence, not part of the story",
    ),
    "title-run": (
        'other stories\' titles after the story ends: "{shown}"; ',
        "lines shaped like headlines after the last paragraph, with no heading above them, not part of the story",
    ),
    "teaser-box": (
        'other stories\' titles and teasers after the story ends: "{shown}"; ',
        "titles each over a teaser the site cut short (an ellipsis, or no end mark after a dateline), at the page's end, not part of the story",
    ),
    "teasers-above": (
        'other stories\' titles and teasers above the story: "{shown}"; ',
        "titles each over a teaser the site cut short, before the story's own title and paragraphs",
    ),
    "post-text": (
        'the text of an embedded post left over from the web page: "{shown}"; ',
        "the line right above a post's frame (its author, handle and date) is the post, not the story",
    ),
    "name-credit": (
        'a photo credit left over from the web page: "{shown}"; ',
        "a name alone as a paragraph between two story paragraphs, not part of the story",
    ),
    "notice-run": (
        'a site notice left over from the web page: "{shown}"; ',
        "text spoken to the reader between two leftovers, not part of the story",
    ),
    "other-script": (
        'page text in another script than the story\'s: "{shown}"; ',
        "two or more lines in a row, no sentence, written mostly in another script (a menu, other stories' titles)",
    ),
    "appeal-box": (
        'a site\'s appeal for support left over from the web page: "{shown}"; ',
        "a paragraph in which the site speaks of itself between two calls to action, not part of the story",
    ),
}

_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")
_CAPTION_WORDS = 30  # a caption is a line, a paragraph is longer
_BYLINE = re.compile(r"by\s", re.I)
# a picture's date to the day: "on Wednesday, May 24, 2017", "Tuesday, 3 March 2020"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PHOTO_DATE = re.compile(
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}",
    re.I,
)
_BULLET = re.compile(r"[ \t]*[•·▪►‣*–—-][ \t]+(?=\S)")
_RUN_ITEMS = (2, 4)
_ITEM_WORDS = (3, 8)
_PARAGRAPH_WORDS = 8  # the lines around a link run are the story's paragraphs
_NOTICE_RUN = 3
_NOTICE_WORDS = 16  # a notice's sentence is short; a story's opening spoken to the reader is longer
# buttons' symbols: check marks, ballot boxes, arrows, play and media signs (not section ornaments)
_BUTTON_SYMBOLS = frozenset("✓✔✗✘☐☑☒►▶◀◄▼▲⏵⏴⏷⏶⏯⏸⏹⏺⬇⬆⬅➡→←↑↓⇧⇩⇦⇨↗↘☰⋮⋯")


def find(
    doc: Document,
    units: list[Sentence],
    hits: list[str | None],
    flagged: set[int],
    furniture_class: Callable[[str], str | None],
) -> list[tuple[int, str]]:
    """``hits[i]``: the class of a whole-sentence phrase on unit ``i``; ``flagged``: the units
    with any finding so far; ``furniture_class``: the class of the phrase a whole line is."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    found: dict[int, str] = {}
    units_end = {i: u.span.end_line for i, u in enumerate(units)}.__getitem__
    captions = set(_credit_captions(lines, hits, by_line, units_end, furniture_class))
    for i in captions:
        found.setdefault(i, "credit-caption")
    for where, taken in (
        ("caption-under-credit", _captions_under_credits(lines, hits, by_line, units_end, furniture_class)),
        ("link-run", _link_runs(lines, by_line, flagged)),
        ("symbol", _symbols(lines, by_line)),
        ("link-run", _headline_case_runs(lines, by_line, flagged)),
        ("notice-run", _notice_runs(lines, units, hits, flagged)),
        ("appeal-box", _appeal_boxes(units, hits)),
        ("labelled-notice", _labelled_notices(lines, units, hits, by_line)),
    ):
        for i in taken:
            found.setdefault(i, where)
    for i in _header_blocks(lines, by_line, flagged):
        found.setdefault(i, "header-block")
    for i in _name_credits(lines, by_line):
        found.setdefault(i, "name-credit")
    for i in _stubs(lines, by_line):
        found.setdefault(i, "stub")
    for i in _label_runs(lines, by_line, flagged):
        found.setdefault(i, "label-run")
    for i in _title_lines(lines, units, by_line, flagged):
        found.setdefault(i, "title-run")
    for i, where in _boxes_and_posts(lines, units, hits, by_line, flagged):
        found.setdefault(i, where)
    for i in _other_script_runs(doc.text, lines, by_line):
        found.setdefault(i, "other-script")
    titles = set(_browser_title(lines, by_line))
    for i in titles:
        found.setdefault(i, "browser-title")
    # (a caption run on into its credit, a title into the "Advertisement" under it, is flagged for
    # the second line alone: the finding takes both)
    whole = captions | titles
    return [(i, where) for i, where in sorted(found.items()) if i not in flagged or i in whole]


def _blank(lines: list[str], k: int) -> bool:
    return k < 0 or k >= len(lines) or not lines[k].strip()


def _credit_captions(
    lines: list[str],
    hits: list[str | None],
    by_line: dict[int, list[int]],
    units_end: Callable[[int], int],
    furniture_class: Callable[[str], str | None],
) -> list[int]:
    """The line right above a credit line, when the two make a block of their own."""
    blocks_apart = sum(1 for k in range(1, len(lines)) if _blank(lines, k) and not _blank(lines, k - 1))
    if blocks_apart < 3:  # a page without blank lines between paragraphs gives no blocks to read
        return _captions_by_credits(lines, hits, by_line, furniture_class)
    taken = []
    for k in range(1, len(lines)):  # k: the credit's line (0-based)
        if _blank(lines, k) or _blank(lines, k - 1) or not _blank(lines, k + 1) or not _blank(lines, k - 2):
            continue
        caption = lines[k - 1].strip()
        if quoted(caption) or caption.endswith(":") or not 2 <= len(words_of(caption)) <= _CAPTION_WORDS:
            continue
        if _BYLINE.match(caption):
            continue  # "By A. Name" over the credit: the writer, not the picture
        if furniture_class(lines[k].strip()) not in _CREDIT_CLASSES:
            continue
        # the caption's units: alone on its line, or run on into the credit (no full stop between)
        taken += _free_units(by_line, hits, k, units_end, k + 1)
    # a caption as a paragraph of its own over a credit alone as the next one: the caption dates
    # the picture to the day ("A road in Harbour City on Wednesday, May 24, 2017. ..."), which a
    # story paragraph above a credit seldom does
    for k in range(2, len(lines) - 1):  # k: the credit's line (0-based)
        if not (_blank(lines, k - 1) and _blank(lines, k + 1) and _blank(lines, k - 3)) or _blank(
            lines, k - 2
        ):
            continue
        caption = lines[k - 2].strip()
        if quoted(caption) or not 4 <= len(words_of(caption)) <= _CAPTION_WORDS:
            continue
        credit = lines[k].strip()
        cls = furniture_class(credit)
        # ("A. Name/Outlet" reads as a two-step breadcrumb too)
        # (the date's weekday holds "day" in any case: its search, with a case-blind opening tried
        # at every character, is left out of the lines without one)
        if (
            "day" not in caption.lower()
            or not _PHOTO_DATE.search(caption)
            or not (cls == "credit" or (cls == "navigation" and credit.count("/") == 1))
        ):
            continue
        taken += _free_units(by_line, hits, k - 1, units_end, k - 1)
    return taken


def _captions_under_credits(
    lines: list[str],
    hits: list[str | None],
    by_line: dict[int, list[int]],
    units_end: Callable[[int], int],
    furniture_class: Callable[[str], str | None],
) -> list[int]:
    """A caption printed under its credit ("Foto: A. Name/Kelby Post" / "Children try the new
    climbing wall."), the two a block of their own: one finished sentence of a caption's length.
    A story paragraph under a lone credit runs longer or on to a second sentence."""
    taken = []
    for k in range(len(lines) - 1):  # k: the credit's line (0-based)
        if _blank(lines, k) or _blank(lines, k + 1) or not _blank(lines, k - 1) or not _blank(lines, k + 2):
            continue
        if furniture_class(lines[k].strip()) not in _CREDIT_CLASSES:
            continue
        caption = lines[k + 1].strip()
        if not _caption_sentence(caption):
            continue
        taken += _free_units(by_line, hits, k + 2, units_end, k + 2)
    return taken


def _captions_by_credits(
    lines: list[str],
    hits: list[str | None],
    by_line: dict[int, list[int]],
    furniture_class: Callable[[str], str | None],
) -> list[int]:
    """On a page with no blank lines between paragraphs, the line right above a credit alone on
    its line ("Foto: A. Name/Kelby Post") in mid-story, when it is one finished sentence of a
    caption's length between a longer story paragraph above and the story going on under the
    credit: the picture's caption. A credit under the story's last line is the page's picture
    on top, and its short closing line the story's."""
    taken = []
    for k in range(2, len(lines) - 1):  # k: the credit's line (0-based)
        if any(_blank(lines, j) for j in (k - 2, k - 1, k, k + 1)):
            continue
        if furniture_class(lines[k].strip()) not in _CREDIT_CLASSES:
            continue
        caption, above = lines[k - 1].strip(), lines[k - 2].strip()
        if not _caption_sentence(caption) or len(words_of(above)) <= len(words_of(caption)):
            continue
        if len(words_of(lines[k + 1])) < _PARAGRAPH_WORDS:
            continue  # (the page's foot under the credit: no story goes on)
        taken += _free_units(by_line, hits, k)
    return taken


def _free_units(
    by_line: dict[int, list[int]],
    hits: list[str | None],
    line: int,
    units_end: Callable[[int], int] | None = None,
    last: int = 0,
) -> list[int]:
    """The units on 1-based ``line`` when none is flagged yet and, given ``units_end``, each ends
    by line ``last`` (a caption's units, none run on past its credit); else none."""
    mine = by_line.get(line, [])
    if mine and all(hits[j] is None and (units_end is None or units_end(j) <= last) for j in mine):
        return mine
    return []


_CREDIT_CLASSES = ("credit", "photo-credit", "copyright")
_LONE_CAPTION_WORDS = (4, 20)  # a caption sentence alone beside its credit
_INNER_STOP = re.compile(r"[^\W\d_]{2}[.!?]\s+\S")  # a sentence's end inside the line


def _caption_sentence(text: str) -> bool:
    """One finished, capitalised sentence of a caption's length, not a quotation or a lead-in."""
    return (
        _LONE_CAPTION_WORDS[0] <= len(words_of(text)) <= _LONE_CAPTION_WORDS[1]
        and text[:1].isupper()
        and text.endswith(".")
        and not quoted(text)
        and not _INNER_STOP.search(text)
        and not _BYLINE.match(text)
    )


def _item(line: str) -> str | None:
    """A bulleted line's title: a few words, capitalised, no sentence end."""
    bullet = _BULLET.match(line)
    if bullet is None:
        return None
    title = line[bullet.end() :].strip()
    size = len(words_of(title))
    if not _ITEM_WORDS[0] <= size <= _ITEM_WORDS[1] or not title[:1].isupper():
        return None
    if title.endswith((*_SENTENCE_END, ":", ";", ",")) or quoted(title):
        return None
    return title


def _paragraph(line: str, closed: bool) -> bool:
    text = line.strip()
    if len(words_of(text)) < _PARAGRAPH_WORDS or _BULLET.match(line):
        return False
    return text.endswith(_SENTENCE_END) if closed else text[:1].isupper() or text[:1] in "\"“‘'"


_HEADLINE_CASE_WORDS = (5, 17)
_POSTING_CLOCK = re.compile(r"\d:\d\d")


def _headline_case(line: str) -> bool:
    """A title in headline case: every word but the small ones ("the", "from") capitalised (not
    all of the line in capitals), no sentence end, no quotation."""
    text = line.strip()
    words = words_of(text)
    if not _HEADLINE_CASE_WORDS[0] <= len(words) <= _HEADLINE_CASE_WORDS[1] or _BULLET.match(line):
        return False
    if text.endswith((".", "!", "?", ":", ";", ",")) or quoted(text) or text.upper() == text:
        return False
    if _POSTING_CLOCK.search(text):
        return False  # a posting time under an index's title ("Posted on Friday, June 23, 02:49 PM")
    content = [w for w in words if w.casefold() not in STOPWORDS]
    return (
        len(content) >= _HEADLINE_CASE_WORDS[0] - 1
        and all(w[:1].isupper() or w[:1].isdigit() for w in content)
        and (text[:1].isupper() or text[:1].isdigit())
    )


def _headline_case_runs(lines: list[str], by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """Two or more headline-case title lines in a row between a finished paragraph and the next."""
    taken: list[int] = []
    filled = [k for k, line in enumerate(lines) if line.strip()]
    n = 0
    while n < len(filled):
        m = n
        while m < len(filled) and _headline_case(lines[filled[m]]):
            m += 1
        # (rows most of which hold two figures, "Harbour 35, Kelby North 14", are a results list)
        if (
            m - n >= 2
            and n > 0
            and m < len(filled)
            and 2 * sum(score_row(lines[k]) for k in filled[n:m]) < m - n
        ):
            if _paragraph(lines[filled[n - 1]], closed=True) and _paragraph(lines[filled[m]], closed=False):
                taken += [i for k in filled[n:m] for i in by_line.get(k + 1, []) if i not in flagged]
        n = max(m, n + 1)
    return taken


def _link_runs(lines: list[str], by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """Bulleted titles between a finished paragraph and the next one."""
    taken: list[int] = []
    k = 0
    while k < len(lines):
        if _item(lines[k]) is None:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(lines) and _item(lines[run[-1] + 1]) is not None:
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if not _RUN_ITEMS[0] <= len(run) <= _RUN_ITEMS[1]:
            continue
        before = next((n for n in range(run[0] - 1, -1, -1) if lines[n].strip()), None)
        after = next((n for n in range(run[-1] + 1, len(lines)) if lines[n].strip()), None)
        if before is None or after is None:
            continue
        if not _paragraph(lines[before], closed=True) or not _paragraph(lines[after], closed=False):
            continue
        units = [i for n in run for i in by_line.get(n + 1, [])]
        if units and not any(i in flagged for i in units):
            taken += units
    return taken


def _symbols(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    taken = []
    for k, line in enumerate(lines):
        body = line.strip()
        if not body or len(body) > 3:
            continue
        if all(c in _BUTTON_SYMBOLS or unicodedata.category(c) == "Mn" for c in body):
            taken += by_line.get(k + 1, [])
    return taken


def _notice_runs(
    lines: list[str], units: list[Sentence], hits: list[str | None], flagged: set[int]
) -> list[int]:
    """One to three sentences spoken to the reader between two flagged lines, all in one block
    (a headline or an opening paragraph spoken to the reader stands apart)."""
    sh = shapes()
    taken: list[int] = []
    i = 0
    while i < len(units):
        if i not in flagged:
            i += 1
            continue
        j = i + 1
        while j < len(units) and j not in flagged and j - i - 1 < _NOTICE_RUN + 1:
            j += 1
        run = range(i + 1, j)
        if (
            j < len(units)
            and j in flagged
            and 1 <= len(run) <= _NOTICE_RUN
            and _one_block(lines, units[i].span.end_line, units[j].span.line)
            and all(hits[r] is None and (_spoken(units, r, sh) or _carried_on(units, r)) for r in run)
        ):
            taken += run
        i = j
    return taken


_APPEAL_BLOCKS = 4  # a call to action and the next one at most this many blocks further
_SITE_VOICE = frozenset({"we", "our", "us"})
_QUOTE_MARKS = ('"', "“", "”")


def _appeal_boxes(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """Units between two calls to action a few paragraphs apart, when each paragraph between
    them has the site speak of itself and none quotes anyone."""
    calls = [i for i, hit in enumerate(hits) if hit == "call-to-action"]
    taken: list[int] = []
    for i, j in zip(calls, calls[1:]):
        if j == i + 1 or units[j].block - units[i].block > _APPEAL_BLOCKS:
            continue
        run = range(i + 1, j)
        blocks: dict[int, list[int]] = {}
        for r in run:
            blocks.setdefault(units[r].block, []).append(r)
        if all(
            any(_SITE_VOICE & {w.casefold() for w in words_of(units[r].text)} for r in rs)
            and not any(
                any(m in units[r].text for m in _QUOTE_MARKS)
                or {"said", "says"} & {w.casefold() for w in words_of(units[r].text)}
                for r in rs
            )
            for rs in blocks.values()
        ):
            taken += [r for r in run if hits[r] is None]
    return taken


_NAME_CREDIT_WORDS = (2, 4)


def _name_credits(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    """Units of a line between blank lines that is only capitalised words and a full stop, with
    a story paragraph (a long line ending like a sentence) in the blocks above and below."""
    taken = []
    for k in range(1, len(lines) - 1):  # k: 0-based
        text = lines[k].strip()
        words = words_of(text)
        if (
            not _blank(lines, k - 1)
            or not _blank(lines, k + 1)
            or not text.endswith(".")
            or text.endswith("..")
            or "," in text  # (a live log's event: "Corner, Harbourside.")
            or not _NAME_CREDIT_WORDS[0] <= len(words) <= _NAME_CREDIT_WORDS[1]
            or not all(w[:1].isupper() for w in words)
            or len(by_line.get(k + 1, [])) != 1
        ):
            continue
        above = next((lines[j] for j in range(k - 1, -1, -1) if not _blank(lines, j)), "")
        below = next((lines[j] for j in range(k + 1, len(lines)) if not _blank(lines, j)), "")
        if _role_line(text) or _roster(above) or _roster(below):
            continue  # a line-up's coach or referee ("Coach: A. Name."), under or over its team
        if _paragraph(above, True) and _paragraph(below, False):
            taken += by_line[k + 1]
    return taken


# a role's label before a name ("Coach: A. Name.", "Referee: A. Name."); a credit's label is a
# credit's ("Photo: A. Name.")
_ROLE_LABEL = re.compile(r"([^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*)?)\s*:\s")
_CREDIT_LABELS = frozenset(
    {"photo", "photos", "foto", "fotos", "fot", "picture", "image", "credit", "source"}
)
_ROSTER_MARKS = (2, 4)  # semicolons, or commas, of a team's line-up ("A; B, C, D; E, F")


def _role_line(text: str) -> bool:
    m = _ROLE_LABEL.match(text)
    return m is not None and m.group(1).casefold().rstrip(".") not in _CREDIT_LABELS


def _roster(line: str) -> bool:
    """A line of names between semicolons or commas, nearly all capitalised: a team's line-up."""
    if line.count(";") < _ROSTER_MARKS[0] and line.count(",") < _ROSTER_MARKS[1]:
        return False
    words = words_of(line)
    return bool(words) and 4 * sum(w[:1].isupper() for w in words) >= 3 * len(words)


_HEADER_WORDS = 12  # a line of a header block: a few words


def _header_blocks(lines: list[str], by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """Units of the inner lines of a block (no blank line between its lines) of three lines or
    more whose first and last lines are flagged, when every line is short and no sentence; and,
    above the page's first long sentence (the site's header), of a word or two or a short slogan
    with a full stop between two flagged lines of one block ("Get the app." / "One app." /
    "Start reading"); a headline there has no full stop."""

    def furniture(n: int) -> bool:
        mine = by_line.get(n, [])
        return bool(mine) and all(i in flagged for i in mine)

    def label(k: int) -> bool:
        text = lines[k - 1].rstrip()
        return len(words_of(text)) <= _HEADER_WORDS and not text.endswith(_SENTENCE_END)

    def slogan(k: int) -> bool:
        # (a headline may sit between two leftovers too: it is longer, with no full stop)
        text = lines[k - 1].rstrip()
        size = len(words_of(text))
        return size <= _HEADER_SLOGAN[0] or (size <= _HEADER_SLOGAN[1] and text.endswith((".", "!")))

    story = next((k for k in range(1, len(lines) + 1) if _long_sentence(lines[k - 1])), len(lines) + 1)

    def titled(block: range) -> bool:
        """A title line (three words or more, no sentence end, not flagged) above the story and
        outside ``block``: the page's headline is not in the block."""
        return any(
            k not in block
            and not furniture(k)
            and len(words_of(lines[k - 1])) >= 3
            and not lines[k - 1].rstrip().endswith(_SENTENCE_END)
            for k in range(1, min(story, len(lines) + 1))
        )

    taken: list[int] = []
    n = 1
    while n <= len(lines):
        if _blank(lines, n - 1):
            n += 1
            continue
        end = n
        while end < len(lines) and not _blank(lines, end):
            end += 1  # lines n..end (1-based) make the block
        block = range(n, end + 1)
        if len(block) >= 3 and furniture(n) and furniture(end) and all(label(k) for k in block):
            # (the page's headline may be one of them when no title stands outside the block, and
            # is when a byline is: a caption below the block is no headline)
            keep = label if titled(block) and not any(_byline(lines[k - 1]) for k in block) else slogan
            taken += [i for k in block[1:-1] if keep(k) for i in by_line.get(k, []) if i not in flagged]
        elif end < story and _menu_block(lines, block, furniture) and titled(block):
            taken += [i for k in block[1:-1] if _menu_entry(lines, block, k) for i in by_line.get(k, [])]
            taken = [i for i in taken if i not in flagged]
        elif len(block) >= 3 and end < story:
            ends = [k for k in block if furniture(k)]
            for a, b in zip(ends, ends[1:]):
                inner = range(a + 1, b)
                if inner and all(slogan(k) for k in inner):
                    taken += [i for k in inner for i in by_line.get(k, []) if i not in flagged]
        n = end + 1
    return taken


_MENU_BLOCK = 6  # lines in a site's header block that may carry other stories' titles
_MENU_TITLE_WORDS = 20  # an entry of it: a menu label or another story's title


def _menu_block(lines: list[str], block: range, furniture: Callable[[int], bool]) -> bool:
    """A site's header above the story: a block of six lines or more, its first and last lines
    and half of all its lines flagged, with no long sentence in it (a story's paragraphs)."""
    return (
        len(block) >= _MENU_BLOCK
        and furniture(block[0])
        and furniture(block[-1])
        and 2 * sum(map(furniture, block)) >= len(block)
        and not any(_long_sentence(lines[k - 1]) for k in block)
    )


def _menu_entry(lines: list[str], block: range, k: int) -> bool:
    """Line ``k`` of a header block is an entry of its menu: a label or a title with no sentence
    end, or a title the block prints twice (a teaser's picture and its link: a title may end on
    an abbreviation's full stop, "... for U.S.")."""
    text = lines[k - 1].strip()
    if len(words_of(text)) > _MENU_TITLE_WORDS:
        return False
    return not text.endswith(_SENTENCE_END) or sum(lines[j - 1].strip() == text for j in block) >= 2


# between two leftovers in a header: a word or two ("Sport"), or a short line that ends with a
# full stop or "!" like a slogan ("One app.", "100s of titles.")
_HEADER_SLOGAN = (2, 6)


def _byline(line: str) -> bool:
    """A byline alone on its line ("By Jane Roe"): the story's own header is around it."""
    words = line.split()
    return 2 <= len(words) <= 5 and words[0] in ("By", "BY") and all(w[:1].isupper() for w in words[1:])


_STORY_SENTENCE = 15  # the first line of this many words ending like a sentence: the story's


def _long_sentence(line: str) -> bool:
    text = line.rstrip()
    return text.endswith(_SENTENCE_END) and len(words_of(text)) >= _STORY_SENTENCE


# a label in capitals before a colon at the start of a line: "PAY ATTENTION:", "READERS' CORNER:"
_CAPS_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+){0,2})[ \t]*:[ \t]*(?=\S)")


_SPEAKER = re.compile(r"^[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:")


def _mostly_capitals(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) > len(letters)


def _labelled_notices(
    lines: list[str], units: list[Sentence], hits: list[str | None], by_line: dict[int, list[int]]
) -> list[int]:
    """Units of a line that opens with a capitals label, when its first sentence after the label
    and half its sentences or more speak to the reader, and every such label on the page is the
    same."""
    labelled = [(n, m) for n, line in enumerate(lines, 1) if (m := _CAPS_LABEL.match(line))]
    if not labelled:
        return []
    # every label mostly in capitals counts, a speaker's "MATT McCALL:" too
    labels = {m.group(1) for line in lines if (m := _SPEAKER.match(line)) and _mostly_capitals(m.group(1))}
    if len(labels) > 1:
        return []
    sh = shapes()
    taken = []
    for n, m in labelled:
        mine = by_line.get(n, [])
        if not mine or any(hits[i] is not None or units[i].span.line != n for i in mine):
            continue
        texts = [units[i].text for i in mine]
        head = texts[0].strip()
        if not head.startswith(m.group(1)):
            continue
        texts[0] = head[len(m.group(1)) :].lstrip(" \t:")
        spoken = [bool(t.strip()) and addresses_reader(t, sh) for t in texts]
        # ... and the site speaks of itself ("Help us", "share it with us"): a helpline note a
        # story ends with ("HELP: If you are affected, call ...") speaks of others
        site = any(w.casefold() in sh.site_we_words for t in texts for w in words_of(t) if w.islower())
        if site and spoken[0] and 2 * sum(spoken) >= len(spoken):  # (as the page-shape test reads a line)
            taken += mine
    return taken


def _spoken(units: list[Sentence], r: int, sh) -> bool:
    """A short sentence to the reader: finished, or run on from a leftover on its line (an
    opening paragraph or a headline spoken to the reader is longer, or has no full stop)."""
    text = units[r].text.strip()
    if len(words_of(text)) > _NOTICE_WORDS or not addresses_reader(text, sh):
        return False
    return text.endswith(_SENTENCE_END) or units[r - 1].span.end_line == units[r].span.line


def _carried_on(units: list[Sentence], r: int) -> bool:
    """The rest of the sentence above, cut by the line's end ("... please refer to the" / "video
    of the full meeting.")."""
    text = units[r].text.strip()
    return r > 0 and text[:1].islower() and not units[r - 1].text.rstrip().endswith(_SENTENCE_END)


def _one_block(lines: list[str], first: int, last: int) -> bool:
    """No blank line between 1-based lines ``first`` and ``last``."""
    return all(lines[k].strip() for k in range(first - 1, last))


_TITLE_SITE = re.compile(r"(?P<title>.+?)[ \t]+[-–—|][ \t]+(?P<site>[^-–—|]+)")
_SITE_WORDS = 5
_SITE_SEPARATOR = re.compile(r"[ \t][-–—|][ \t]")  # what every _TITLE_SITE match holds


def _browser_title(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    """The first line, when it is another line of the page with a short site name added."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None:
        return []
    # (the separator between blanks, first: the lazy title is tried at every length of a long line)
    m = _TITLE_SITE.fullmatch(lines[top].strip()) if _SITE_SEPARATOR.search(lines[top]) else None
    if m is None or not 1 <= len(words_of(m["site"])) <= _SITE_WORDS or not m["site"].strip()[:1].isupper():
        return []
    title = " ".join(m["title"].split()).casefold()
    if len(words_of(title)) < 3:
        return []
    if not any(" ".join(line.split()).casefold() == title for line in lines[top + 1 :]):
        return []
    return by_line.get(top + 1, [])


_ELLIPSIS = ("...", "…")


def _stubs(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    taken = []
    first = next((k for k, line in enumerate(lines) if line.strip()), -1)
    for k, line in enumerate(lines):
        text = line.strip()
        if k == first or not text.endswith(_ELLIPSIS) or not text[:1].isalpha():
            continue
        body = text.rstrip(".… \t")
        if 1 <= len(words_of(body)) <= 2 and not any(c.isdigit() for c in body):
            taken += by_line.get(k + 1, [])
    return taken


_LABEL_RUN = (3, 12)
_LABEL_WORDS = 5
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?|gmt|utc)", re.I)


def _short_label(line: str) -> bool:
    """A few words and nothing of a fact row, a score, a timeline or a live blog's entry."""
    text = line.strip()
    if _CLOCK.fullmatch(text):
        return True
    words = words_of(text)
    if not words or len(words) > _LABEL_WORDS or quoted(text) or _BULLET.match(line):
        return False
    # (a line ending on a spaced dash goes on below it: "Harbour Rovers -" over "Dunmoor", a
    # fixture's two sides set over two lines as a round-up's entry head, no widget's label)
    return not _NOT_LABEL.search(text) and not text.endswith((*_SENTENCE_END, ";", ",", " -"))


_NOT_LABEL = re.compile(r"[\d:!?–—#*|]")


def _label_runs(lines: list[str], by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """Three or more short label lines in a row (blank lines between them allowed) after a
    paragraph of the story that ends with a full stop and before the next paragraph, which may
    be a site's own (a comment box's labels over its rules for readers); not after a site notice:
    the labels and the headline under it would be taken for a widget."""
    rows = [k for k in range(len(lines)) if lines[k].strip()]
    taken: list[int] = []
    n = 0
    while n < len(rows):
        if not _short_label(lines[rows[n]]):
            n += 1
            continue
        m = n
        while m + 1 < len(rows) and _short_label(lines[rows[m + 1]]):
            m += 1
        run = rows[n : m + 1]
        if (
            _LABEL_RUN[0] <= len(run) <= _LABEL_RUN[1]
            and n > 0
            and m + 1 < len(rows)
            and _paragraph(lines[rows[n - 1]], closed=True)
            and _paragraph(lines[rows[m + 1]], closed=False)
            and not any(i in flagged for i in by_line.get(rows[n - 1] + 1, []))
        ):
            taken += [i for k in run for i in by_line.get(k + 1, [])]
        n = m + 1
    return taken


_MIN_TITLES = 3  # unranked titles in a row that make a list of other stories
_TITLE_WORDS = (4, 17)  # another story's title: more than a label, less than a paragraph
_STORY_LINES = 3  # a page with fewer paragraphs is no story to end
_RANK = re.compile(r"(?:\d{1,2}[.)]?|#\d{1,2})\s+(?=\S)")
# a market ticker's line, not a title: a clock time or a bracketed code ("At 1:31pm: [LON:X] ...")
_TICKER = re.compile(r"[\[\]]|\d{1,2}[:.]\d{2}\s?[ap]\.?m\b", re.I)
# a result or fixture a sports story ends with, not a title: "Leeds v Hull - match postponed",
# "Tottenham 4 (Bale 36, 61) Sheffield United 0" (a scoreline ends on its second score; a title
# may end on a year: "Forecast for the weekend of May 4, 2024")
_RESULT = re.compile(r"\s(?:v|vs)\.?\s|(?<!\d)\d{1,3}\s*$")


def _title_lines(
    lines: list[str], units: list[Sentence], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """After the story's last paragraph, three or more lines (or two with ranks) each shaped like a
    headline (a capital, four to seventeen words, no sentence end but a question mark on fewer than
    half of them, not opening a quotation, not spoken to the reader, no scoreline) and nothing
    else but short labels, leftovers and the site's line spoken to the reader: other stories' titles with no heading above them ("Storm
    closes the harbour for a week" / "Council votes to sell the old library"), and a last teaser
    the page cut off. A list the story ends with is announced with a colon, so its paragraph
    does not end with a full stop; a signature is a name and a town, fewer words."""
    sh = shapes()
    story = [
        k
        for k, line in enumerate(lines)
        if _paragraph(line, True)
        and not _RANK.match(line.strip())
        and not line.rstrip().endswith(("...", "…"))
    ]
    if len(story) < _STORY_LINES:
        return []
    last = story[-1]
    if len(words_of(lines[last])) <= _NOTICE_WORDS and addresses_reader(lines[last].strip(), sh):
        last = story[-2]  # (the site's line to the reader under a list ends the page, not the story)
    rest = [k for k in range(last + 1, len(lines)) if lines[k].strip()]
    titles, others = [], []
    ranked = 0  # titles with a rank before them
    known = 0  # titles another test flagged already: they make the list too, unreported again
    questions = 0
    for k in rest:
        mine = by_line.get(k + 1, [])  # (units by 1-based line)
        # (a rank before a popular list's title: "2. Storm closes ...", "03 Storm closes ...")
        text, ranks = _RANK.subn("", lines[k].strip(), count=1)
        size = len(words_of(text))
        # (a teaser cut with an ellipsis ends like no sentence)
        end = text[:-3].rstrip() if text.endswith("...") else text.rstrip("…").rstrip()
        # (a title may quote inside it, "Mayor says ‘no more cuts’ to libraries", and ask: "Is the
        # ferry worth saving?"; a line that opens with a quotation is a quote)
        asks = end.endswith(("?", "!"))
        titled = (
            _TITLE_WORDS[0] <= size <= _TITLE_WORDS[1]
            and text[:1].isupper()
            # (or end on a quoted phrase, 'Mayor "angry". "Not my budget"': the quote's own end)
            and (asks or not end.rstrip("\"”’'").endswith((*_SENTENCE_END, ":", ";", ",")))
            and not _TICKER.search(text)
            and not _RESULT.search(text)
            and not addresses_reader(text, sh)
        )
        if mine and all(i in flagged for i in mine):
            # (an embedded post's text and frame are no other story's title: the story goes on
            # under a post it quotes, with its subhead and its next paragraph)
            known += titled and not _embedded_post(text)
            continue
        if size < _TITLE_WORDS[0] and not text.endswith((".", "!", "?")):
            others.append(k)  # a short label among them ("Trending", "More", a rank alone)
        elif titled:
            titles.append(k)
            ranked += ranks
            questions += asks
        elif k == rest[-1] and size < _TITLE_WORDS[1] and text[-1:].isalnum():
            others.append(k)  # a teaser the page cut off
        elif titles and addresses_reader(text, sh) and size <= _NOTICE_WORDS:
            others.append(k)  # the site's line under its list ("Get the day's news in your inbox.")
        else:
            return []
    # two lines of a story's own end can look like titles (a subhead and a line under it); three,
    # or two each with a rank, are a list; questions closing a story are a few: most are titles
    if len(titles) + known < _MIN_TITLES and not (len(titles) >= 2 and ranked == len(titles)):
        return []
    if 2 * questions > len(titles) + known:
        return []
    return sorted({i for k in titles + others for i in by_line.get(k + 1, []) if i not in flagged})


def _embedded_post(text: str) -> bool:
    """A line of an embedded social post: its picture link or its frame's "(@handle)"."""
    return "pic.twitter.com" in text or "(@" in text


def _boxes_and_posts(
    lines: list[str],
    units: list[Sentence],
    hits: list[str | None],
    by_line: dict[int, list[int]],
    flagged: set[int],
) -> list[tuple[int, str]]:
    """Other stories' box at the page's end, embedded posts' text and captions printed around
    their credit."""
    return (
        [(i, "teaser-box") for i in _teaser_box(lines, by_line)]
        + [(i, "teasers-above") for i in _teasers_above(lines, by_line)]
        + [(i, "post-text") for i in _post_texts(lines, units, hits, by_line)]
        + [(i, "credit-caption") for i in _captions_around_credits(lines, hits, by_line, flagged)]
    )


_BOX_TEASERS = 2  # teasers cut with an ellipsis that make a box of other stories
_TEASER_WORDS = 8  # a teaser is a sentence or two; a title is shorter
# a story's opening dateline in capitals: "KATHMANDU:", "NEW DELHI —", "LAGOS, Nigeria -"
_OPENING_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,[^:—–\n]{1,30})?\s*(?::|[—–-]\s)"
)


def _teaser_box(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    """The page's end as a box of other stories: two or more titles (a capital, four to
    seventeen words, no sentence end) each over its teaser (eight words or more), where two
    teasers or more stop short with an ellipsis ("... Police said the boy..."), the site's cut;
    with the short label over the box ("More Top News") and the next title the page itself cut
    off. A story's crosshead stands over a paragraph the writer finished. The site may cut a
    teaser with no ellipsis: a story's opening (a dateline in capitals first, or a last word a
    sentence never ends on: "... has paid a") that stops with no end mark above the next title."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    j = len(filled) - 1
    taken: list[int] = []
    if j >= 0:
        last = lines[filled[j]].strip()
        if last[-1:].isalnum() and len(words_of(last)) < _TITLE_WORDS[0]:
            taken.append(filled[j])  # the next title, cut by the page's end ("Healt")
            j -= 1
    cut = 0
    while j >= 1:
        title, teaser = lines[filled[j - 1]].strip(), lines[filled[j]].strip()
        if len(words_of(teaser)) < _TEASER_WORDS or not _box_title(title):
            break
        cut += teaser.endswith(("...", "…")) or (filled[j] != filled[-1] and _bare_cut(teaser))
        taken += [filled[j - 1], filled[j]]
        j -= 2
    if cut < _BOX_TEASERS or j < 0:
        return []  # (a box with no story above it is no box of the story's page)
    label = lines[filled[j]].strip()
    if len(words_of(label)) < _TITLE_WORDS[0] and not label.endswith((".", "!", "?", ":")):
        taken.append(filled[j])
    return sorted(i for k in taken for i in by_line.get(k + 1, []))


_ABOVE_PAIRS = 2  # titles over cut teasers above the story that make a box of other stories
_STORY_PARAGRAPHS = 2  # finished paragraphs under the story's title below the box


def _teasers_above(lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    """The page's top as a box of other stories: from the first line, two or more titles each
    over a one-line teaser (eight words or more, longer than its title), two or more of the
    teasers cut short (an ellipsis, or no end mark at all), and under the box the story: its
    title over two or more paragraphs that end like sentences. A story's headline over its
    standfirst has one title; its crossheads stand over finished paragraphs."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    pairs: list[int] = []  # index in ``filled`` of each title over a teaser
    j = 0
    while j + 1 < len(filled) and filled[j + 1] == filled[j] + 2:  # (title, blank line, teaser)
        title, teaser = lines[filled[j]].strip(), lines[filled[j + 1]].strip()
        # (a title may ask: "Turmoil abroad: can the valley learn a lesson?"; a teaser is longer)
        if (
            not _box_title(title.removesuffix("?"))
            or len(words_of(teaser)) < _TEASER_WORDS
            or len(words_of(teaser)) <= len(words_of(title))
        ):
            break
        pairs.append(j)
        j += 2
    # the last pair is the story's own title over its first paragraph when more prose follows
    rest = [lines[k].strip() for k in filled[j:]]
    if not pairs or not rest or _box_title(rest[0].removesuffix("?")):
        return []
    story = pairs.pop()
    body = [lines[k].strip() for k in filled[story + 1 :]]
    finished = sum(line.endswith((".", "!", "?", '"', "”")) for line in body)
    cut = sum(not lines[filled[p + 1]].rstrip().endswith((".", "!", "?", '"', "”")) for p in pairs)
    if len(pairs) < _ABOVE_PAIRS or cut < _ABOVE_PAIRS or finished < _STORY_PARAGRAPHS:
        return []
    return sorted(i for p in pairs for k in (filled[p], filled[p + 1]) for i in by_line.get(k + 1, []))


def _bare_cut(teaser: str) -> bool:
    """A teaser the site cut with no ellipsis: no end mark, and a story's opening dateline in
    capitals before it ("KATHMANDU: The park's rangers counted") or a last word a sentence does
    not end on ("... has paid a")."""
    if not teaser[-1:].isalnum():
        return False
    return bool(_OPENING_DATELINE.match(teaser)) or words_of(teaser)[-1].casefold() in FUNCTION_WORDS


def _box_title(text: str) -> bool:
    size = len(words_of(text))
    return (
        _TITLE_WORDS[0] <= size <= _TITLE_WORDS[1]
        and text[:1].isupper()
        and not text.startswith(
            ('"', "“", "‘")
        )  # (a quote inside: headlines quote, "Li says she ‘saw no gun’")
        and not text.rstrip(" \"”’')").endswith((".", "!", "?", ":", ";", ",", "..."))
        and not text.endswith("…")
    )


_POST_CHARACTERS = 300  # a post's text; a story paragraph quoting a post is in quotation marks


def _post_texts(
    lines: list[str], units: list[Sentence], hits: list[str | None], by_line: dict[int, list[int]]
) -> list[int]:
    """The line right above an embedded post's frame on a line of its own ("— Tallow Weather
    (@tallowweather) March 4, 2024"), with no quotation mark in it and no full stop at its end:
    the post's own text ("Water is up to the doors on Quay Street, stay safe"). A story that
    quotes a post quotes it; a story's sentence ends with a full stop."""
    taken: list[int] = []
    for i, hit in enumerate(hits):
        if hit != "embed" or units[i].text.lstrip()[:1] not in "—–-":
            continue
        n = units[i].span.line - 1  # (0-based line of the frame)
        if lines[n].strip() != units[i].text.strip():
            continue  # the frame is on the post's line: the whole line is the finding's already
        k = n - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k < 0:
            continue
        text = lines[k].strip()
        # (a line that ends with a full stop may be the story's, the post's text lost)
        if len(text) <= _POST_CHARACTERS and not quoted(text) and not text.endswith((".", "’", ":")):
            taken += [j for j in by_line.get(k + 1, []) if j != i and hits[j] is None]
    return taken


_TWIN_CAPTION_WORDS = 3


def _captions_around_credits(
    lines: list[str], hits: list[str | None], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """A line printed again right under a line FL002 flagged (a photo credit: "A. Name | Agency"),
    word for word, three words or more: the copy above the credit is the picture's caption (its
    alt text; the copy below is FL001's line said twice). A story paragraph is not said twice
    around a credit, and a title over and under its byline is the page's title block; so is the
    headline over and under a credit, and a standfirst over and under the headline's copy."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    taken: list[int] = []
    for a, mid, b in zip(filled, filled[1:], filled[2:]):
        text = lines[a].strip()
        if text != lines[b].strip() or len(words_of(text)) < _TWIN_CAPTION_WORDS:
            continue
        # the headline over a credit and printed again under it, or a title block printed twice
        # (a standfirst over and under the headline's copy): the first copy heads the story, the
        # second is the copy (the headline's and the summary's tests take it)
        if a == filled[0] or lines[mid].strip() == lines[filled[0]].strip():
            continue
        middle = by_line.get(mid + 1, [])
        # (the headline printed over and under its byline or date is the page's title block)
        if middle and all(i in flagged and hits[i] != "byline" for i in middle):
            taken += [i for i in by_line.get(a + 1, []) if i not in middle]
    return taken


_SCRIPT_RUN = 2  # lines in another script, one after the other, that make a menu or a list
_SCRIPT_LINE_WORDS = 25  # a title or a menu entry; a longer line is a paragraph
# sentence ends in Latin, CJK, Devanagari and Arabic writing: a line ending so is a sentence
_ANY_SENTENCE_END = (".", "!", "?", "。", "！", "？", "।", "॥", "۔", "؟", '"', "”", "’", ")")
# ... of which a title may end on a question or an exclamation: only a full stop ends a sentence
_SCRIPT_SENTENCE_END = (".", "。", "।", "॥", "۔", '"', "”", "’", ")")
_BETWEEN_WORDS = 5  # a date or a label between two lines of the list


# characters outside the Latin blocks of _letters: another script's letters, and punctuation
# such as curly quotes and dashes (most pages have those, few have another script's letters)
_BEYOND_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]")


def _letters(line: str) -> tuple[int, int]:
    """(letters in the Latin script, letters in any other) of a line."""
    other = latin = 0
    for c in line:
        if c.isalpha():
            code = ord(c)
            if code < 0x250 or 0x1E00 <= code < 0x1F00:  # (Latin, its accents and extensions)
                latin += 1
            else:
                other += 1
    return latin, other


def _other_script_runs(text: str, lines: list[str], by_line: dict[int, list[int]]) -> list[int]:
    """On a page whose writing is mostly in the Latin script, two or more lines in a row (blank
    lines between, and short lines with no sentence: a date between two titles) with letters of
    another script, none a sentence (no full stop, twenty-five words at most, no quotation), one
    or more of them mostly in that script: a menu or a list
    of other stories' titles in the site's other language ("اردو", a box of titles in
    Bengali under an English story). A quote in another script inside a sentence is the
    story's; so is a paragraph, which ends like a sentence, and lines the story announces with a
    colon (verses it quotes)."""
    if text.isascii() or not any(c.isalpha() for c in _BEYOND_LATIN.findall(text)):
        return []  # (nearly every page: no letter of another script; quotes and dashes are no letters)
    latin_total = other_total = 0
    counts: list[tuple[int, int] | None] = []
    for line in lines:
        if line.isascii():
            counts.append(None)
            latin_total += len(line)  # (near enough: the letters of an ASCII line are Latin)
            continue
        latin, other = _letters(line)
        counts.append((latin, other))
        latin_total, other_total = latin_total + latin, other_total + other
    if other_total * 2 >= latin_total:
        return []  # a page in that script, or half in it: not an English story's page
    found: list[int] = []
    run: list[int] = []  # lines with the other script (and the short lines between them)
    between: list[int] = []  # short lines with no sentence after the run's last line so far
    for k, line in enumerate([*lines, "."]):
        body = line.strip()
        if not body:
            continue
        count = counts[k] if k < len(counts) else None
        if (
            count is not None
            and count[1]
            and not body.endswith(_SCRIPT_SENTENCE_END)
            and not quoted(body)
            and len(body.split()) <= _SCRIPT_LINE_WORDS  # (split at spaces: a word of any script)
        ):
            run += [*between, k]
            between = []
            continue
        # (a date or a label between two titles of the list: "12 May 2024", "Read more")
        if run and len(body.split()) <= _BETWEEN_WORDS and not body.endswith(_ANY_SENTENCE_END):
            between.append(k)
            continue
        scripted = [r for r in run if counts[r] is not None]
        if (
            len(scripted) >= _SCRIPT_RUN
            and any(counts[r][1] >= counts[r][0] for r in scripted)
            and not _announced(lines, run[0])
        ):
            found += [i for r in run for i in by_line.get(r + 1, [])]
        run, between = [], []
    return found


def _announced(lines: list[str], k: int) -> bool:
    """The last line with text above line ``k`` ends with a colon."""
    for above in reversed(lines[:k]):
        if above.strip():
            return above.rstrip().endswith(":")
    return False

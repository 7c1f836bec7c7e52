"""FL002's widget, caption and ticker tests: a tool's word alone, captions, timed headlines.

Read by shape, in every language, not by a list of words:

- a widget word: a line of one or two words in lower case (no capital, no figure, no mark but
  a hyphen or an apostrophe) standing alone between blank lines in mid-page (two lines of text
  above it at least, three below), under a finished paragraph (a stop ends it) and over one
  that opens with a capital: a button's or a section's word the copy kept ("share", "print
  this"). A paragraph cut by a stray blank line runs on in lower case from an unfinished one,
  and a story's own line opens with a capital;
- a caption hanging under a paragraph: on a page that sets its paragraphs apart by blank lines
  (three at least), a line of two to twelve words with no sentence end, a capital and no colon,
  right under a finished paragraph (no blank line between) with a blank line under it and a
  capital below that, under the page's first three lines: the picture sat there. A subhead
  heads the paragraph under it, and sits under a blank line;
- a ticker of other stories: two lines or more one under another (no blank line between),
  or one timed line right under a short line with no sentence end or time, below the
  page's first three lines, each a time ("12:30", "9.05") or a short section label and a colon
  ("Sport:") followed by a title: a capital, five words or more, no sentence end, no brackets
  or list of names. A story's timeline tells sentences (a stop ends them), a programme's items
  are shorter than a headline, a table's rows hold brackets;
- a caption run into a paragraph: a line opens with two to twelve words of a caption (words
  alone, no mark; at most two capitalised; its last word in lower case and not a small word:
  "of", "by", "said") and, with no stop between, a story sentence opens with a capitalised
  opener (an article or a pronoun, ``fl002_page_glued``) and a lower-case word, eight words or
  more to a stop: "Crews at the scene The fire began ...". The caption is the finding; the
  sentence stays. Never on the page's first two lines (a headline run into its lede).

Plain text and Markdown, like the other page-wide tests; never a line another test found.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_glued import OPENERS, story_after_title

MESSAGES = {
    "widget-word": (
        'a page tool\'s word left over from the web page: "{shown}"; ',
        "a lower-case word or two alone between the story's paragraphs (a button or a section's "
        "link), not part of the story",
    ),
    "run-in-caption": (
        "a picture's caption run into the story's paragraph: \"{shown}\"; ",
        "a caption left over from the web page before the paragraph's first sentence, no stop "
        "between; the sentence after it stays",
    ),
    "hanging-caption": (
        'a picture\'s caption left over from the web page: "{shown}"; ',
        "a short line with no stop hanging under a paragraph, a blank line below it (the picture "
        "sat there), not part of the story",
    ),
    "ticker-title": (
        'another story\'s title left over from the web page: "{shown}"; ',
        "a line of a list of timed or labelled headlines (a news ticker), not part of the story",
    ),
}

_WIDGET = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)?")
_ABOVE, _BELOW = 2, 3  # lines of text around a widget word: mid-page, not the page's head or end
_ENDS = (".", "!", "?", "…", '"', "”", "»", ")")
_OPENS = "\"“«„'‘("
# a ticker line: a clock, or a section label of one or two words and a colon, then the title
_TICKER = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[-–—|]?|[A-ZÀ-Þ][\w'’]+(?: [\w'’]+)?:)\s+([A-ZÀ-Þ\d«\"“].*)")
_TITLE_WORDS = (5, 16)  # a headline's words after the prefix; a programme's item is shorter
_SENTENCE_END = (".", "!", "?", "…", ";", ",", ":", '"', "”", "»")
_BLANK_SET = 3  # blank lines between paragraphs at least: a page that sets its paragraphs apart
_HANGING_WORDS = (2, 12)
_HEAD_LINES = 3  # the page's first lines: a headline, a label and a standfirst, no ticker


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, str]]:
    """(unit index, "widget-word" | "ticker-title") for the lines these tests read, not in ``flagged``."""
    lines = doc.lines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < _ABOVE + _BELOW + 1:
        return []
    taken: dict[int, str] = {}
    for j, k in enumerate(filled):
        text = lines[k].strip()
        if len(text) <= 30 and text.islower() and _WIDGET.fullmatch(text):
            if _widget(lines, filled, j):
                taken[k + 1] = "widget-word"
    if sum(1 for j in range(1, len(filled)) if filled[j] - filled[j - 1] > 1) >= _BLANK_SET:
        for j in range(_HEAD_LINES, len(filled) - 1):
            if _hanging_caption(lines, filled, j):
                taken[filled[j] + 1] = "hanging-caption"
    for run in _ticker_runs(lines, filled):
        for k in run:
            taken.setdefault(k + 1, "ticker-title")
    if not taken:
        return []
    return [(i, taken[u.span.line]) for i, u in enumerate(units) if u.span.line in taken and i not in flagged]


def _widget(lines: list[str], filled: list[int], j: int) -> bool:
    """Whether the ``j``th filled line (a lower-case word or two) stands alone in mid-page
    between a finished paragraph and one that opens with a capital."""
    if j < _ABOVE or len(filled) - j - 1 < _BELOW:
        return False
    k = filled[j]
    if filled[j - 1] == k - 1 or filled[j + 1] == k + 1:
        return False  # (a line of a block, not alone)
    above = lines[filled[j - 1]].rstrip()
    below = lines[filled[j + 1]].lstrip()
    return above.endswith(_ENDS) and (below[:1].isupper() or below[:1] in _OPENS)


def _hanging_caption(lines: list[str], filled: list[int], j: int) -> bool:
    """Whether the ``j``th filled line hangs under a finished paragraph (no blank line between)
    with a blank line under it: a short line with no sentence end, over a capital."""
    k = filled[j]
    if filled[j - 1] != k - 1 or filled[j + 1] == k + 1:
        return False
    text = lines[k].strip()
    words = text.split()
    if not (_HANGING_WORDS[0] <= len(words) <= _HANGING_WORDS[1]) or text.endswith(_SENTENCE_END):
        return False
    if not text[:1].isupper() or ":" in text or text[:1] in _OPENS:
        return False  # (a label's line, a quotation)
    above = lines[k - 1].rstrip()
    return above.endswith((".", "!", "?")) and lines[filled[j + 1]].lstrip()[:1].isupper()


def _ticker_runs(lines: list[str], filled: list[int]) -> list[list[int]]:
    """Runs of ticker lines one under another: two lines or more, or one under a line of a list
    (a short line with no sentence end, not the page's head)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for j, k in enumerate(filled):
        text = lines[k].strip()
        good = text[:1].isdigit() or ":" in text[:25]  # (cheap gate: a clock or a label's colon)
        good = good and _ticker_line(text)
        if good and run and run[-1] == k - 1:
            run.append(k)
            continue
        if len(run) >= 2 or (run and _under_list_line(lines, run[0])):
            runs.append(run)
        run = [k] if good and j >= _HEAD_LINES else []
    if len(run) >= 2 or (run and _under_list_line(lines, run[0])):
        runs.append(run)
    return runs


def _under_list_line(lines: list[str], k: int) -> bool:
    """Whether the timed line ``k`` sits right under a line of a list: short, no sentence end,
    no time (a programme's items are all timed and short)."""
    above = lines[k - 1].strip() if k else ""
    if not lines[k].lstrip()[:1].isdigit():
        return False  # (one line under a label's line is a fact row: "Umpires: A. Name and B. Name")
    if not above or above[:1].isdigit() or above.endswith(_SENTENCE_END):
        return False
    return len(above.split()) <= _TITLE_WORDS[1]


def _ticker_line(text: str) -> bool:
    m = _TICKER.fullmatch(text)
    if m is None or text.endswith(_SENTENCE_END) or "(" in text or text.count(",") > 1:
        return False  # (a table's or a list's row: "Most goals: Lind (9), Moss (7)")
    words = len(m.group(1).split())
    return _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1]


# the cheap gate: a lower-case word, one space, a capitalised opener, one space, a lower-case word
_RUN_IN = re.compile(r"[a-zà-öø-ÿ]{3} (?:" + "|".join(sorted(OPENERS)) + r") [a-zà-öø-ÿ]")
_CAPTION_WORDS = (2, 12)
_CAPTION_CAPITALS = 2
# small words a caption does not end on (a sentence's words before a name: "reported by The ...")
_SMALL = frozenset(
    (
        "the a an of by for in at on to from with and or as than into about said says told read "  # en
        "di da del della dei per con su tra fra il la le lo gli che "  # it
        "de du des pour par sur avec et ou en les "  # fr
        "el los las por para con y en que "  # es
        "der die das von mit und oder im "  # de
        "w z na do od za przez oraz i "  # pl
    ).split()
)


def run_in_captions(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, int]]:
    """(unit index, where the story's sentence starts in its text) for a caption that opens a
    line and runs into the paragraph's first sentence, not in ``flagged``."""
    out: list[tuple[int, int]] = []
    text = doc.text
    filled = [k + 1 for k, line in enumerate(doc.lines()) if line.strip()][:2]
    for i, u in enumerate(units):
        if len(filled) < 2 or u.span.line <= filled[-1]:
            continue  # (the page's first lines: a headline run into its lede is no caption)
        if i in flagged or not _RUN_IN.search(u.text[:120]):
            continue
        if text[text.rfind("\n", 0, u.span.start) + 1 : u.span.start].strip():
            continue  # (a caption opens its line)
        at = story_after_title(u.text, 0)
        if at is None:
            continue
        words = u.text[:at].split()
        after = u.text[at:].split(None, 2)
        if not (_CAPTION_WORDS[0] <= len(words) <= _CAPTION_WORDS[1]):
            continue
        if not words[-1].islower() or len(after) < 2 or not after[1][:1].islower():
            continue  # (a name's part before the opener: "the Harbour Police said"; a name after it)
        if not all(_WIDGET.fullmatch(w) for w in words):
            continue  # (a caption is words alone: no colon, quotation or comma in it)
        if sum(w[:1].isupper() for w in words) > _CAPTION_CAPITALS or words[-1].casefold() in _SMALL:
            continue
        out.append((i, at))
    return out

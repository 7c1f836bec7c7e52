"""FL002's lone-line tests: one other story's title, a tool's word or a counter alone mid-page.

Read by what sits around the line and by the words it shares with the story, in any language:

- a lone related title: a line shaped like a headline (a capital, seven to sixteen words, no
  sentence end, at most three capitalised words, not ending on a small word as a cut line
  does) alone between two of the story's long paragraphs (one that ends on a statement above
  it: a question may be answered by the line under it), that heads nothing: it shares no content word with the paragraph under it and few
  (a quarter of its words at most) with the whole page, on a page whose other lines of that
  kind do not head their paragraphs either. A subhead of the story names what the paragraph
  under it or the story tells ("The fire in the attic" over "The fire began in the attic"),
  and a story that has subheads has several: one that shares words with its paragraph marks
  every lone line of the page as the story's. Near the page's end (one or two short lines
  under it) the title shares no word with the paragraph above it nor with the page; as the
  page's last line, under a finished paragraph on a page whose long lines end on a stop, it may
  share one name (a local site's town: a word the page always capitalises), never a figure, and
  opens on no conjunction ("But ...": the story's last sentence, its stop lost); on a page that
  capitalises its nouns (German), any capitals;
- a tool's word on a page laid out one paragraph a line: one or two lower-case words (no
  capital, figure or mark) on a line of their own right between a finished paragraph and one
  that opens with a capital, no blank line around them (``fl002_page_widgets`` reads the
  same word set apart by blank lines);
- a counter: a number alone on its line (one to three figures: a year heads a box of facts)
  between two finished paragraphs, the page's only such line (numbered sections count up).

On a page whose long lines mostly lack their stop, a long line counts as a finished paragraph.
Never the page's first two lines or its last line, never a line another test found, never a
unit that runs over more than its own line. Plain text and Markdown only.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import LEAD_JUNK, head_words, shapes, words_of
from factlint.rules.fl002_page_widgets import _WIDGET

MESSAGES = {
    "lone-title": (
        'another story\'s title left over from the web page: "{shown}"; ',
        "a headline alone between the story's paragraphs that heads none of them (it shares no "
        "word with the paragraph under it), not part of the story",
    ),
    "last-title": (
        "another story's title after the story's end: \"{shown}\"; ",
        "a headline's shape under the story's last paragraph that takes up nothing the story told "
        "(a link to another story), not part of the story",
    ),
    "lone-widget": (
        'a page tool\'s word left over from the web page: "{shown}"; ',
        "a lower-case word or two alone on a line between the story's paragraphs (a button or a "
        "section's link), not part of the story",
    ),
    "run-edge": (
        'page text left over from the web page: "{shown}"; ',
        "a short line at the edge of a block of leftovers (a box's label, a menu's or a button's "
        "words), not part of the story",
    ),
    "lone-counter": (
        'a counter left over from the web page: "{shown}"; ',
        "a number alone on a line between the story's paragraphs (a share or comment count), not "
        "part of the story",
    ),
}

_TITLE_WORDS = (7, 16)  # a headline's words: a subhead is mostly shorter, a paragraph longer
_TITLE_CAPITALS = 3  # a sentence-case headline names one or two things
_PARAGRAPH_WORDS = 8
_BELOW_WORDS = 12  # the paragraph under the title (the copy may cut it)
_SHARED_PART = 4  # a title shares a quarter of its words with the page at most
_STEM = 5  # words are compared by their first letters ("gendarme", "gendarmes")
_SUBHEAD_WORDS = (2, 16)
_END_LINES = 2  # lines under a title that ends the story (a short label, a date)
_STOPS = (".", "!", "?", "…")
_ENDS = (".", "!", "?", "…", ";", ",", ":")
_CLOSERS = " \"”’'»)*"  # (a footnote's star after the stop: "... already extinct.*")
_OPENERS = "\"“‘'«„"
_COUNTER = re.compile(r"\d{1,3}")  # (a year heads a box of facts)
# small words of the languages held (four letters or more: shorter words are never compared);
# a title ending on one is a line the copy cut
_SMALL = frozenset(
    (
        "the and for with from that this into over about after their there were have been will would "
        "della delle dello degli dell nella nelle nello negli sono come anche dopo loro questo questa "
        "alla alle allo agli dalla dalle dallo dagli sulla sulle sullo sugli ancora stato stata "
        "essere dans pour avec sans leur leurs sont cette entre après plus être était elle elles nous "
        "vous mais aussi comme para como pero desde este esta estos estas sobre tras cuando donde "
        "tiene fueron sido está pelo pela pelos pelas mais após também quando onde foram seus suas "
        "isso oraz przez jest także które który która jego tego jako przy podczas jednak został "
        "została zostały yang dari untuk dengan dalam pada akan atau juga oleh saat tersebut telah "
        "sudah bahwa über eine einer eines nach oder sind wird wurde auch fino verso senza presso contro "
        "durante mentre secondo vers chez depuis pendant selon hasta según até segundo"
    ).split()
)
_SHORT_SMALL = frozenset(
    "a an of to in on at by de di da del la le il lo les des du el en y e o i w z na do od a um uma "
    "em no na di ke dan".split()
)


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, str]]:
    """(unit index, "lone-title" | "lone-widget" | "lone-counter") for lines not in ``flagged``."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 5:
        return []
    taken: dict[int, str] = {}
    counters = [k for k in filled if _COUNTER.fullmatch(lines[k].strip())]
    stops = stops_mean(lines)
    for j in range(2, len(filled) - 1):
        k = filled[j]
        text = lines[k].strip()
        above, below = lines[filled[j - 1]].strip(), lines[filled[j + 1]].strip()
        if not paragraph(above, stops):
            continue
        if j >= len(filled) - _END_LINES - 1 and not any(_finished(lines[n]) for n in filled[j + 1 :]):
            if _title(text) and _heads_nothing(text, above, lines, filled, k, end=True):
                taken[k + 1] = "lone-title"  # (near the page's end: under the story's last paragraph)
            continue
        if not (below[:1].isupper() or below[:1] in _OPENERS):
            continue
        if len(text) <= 30 and text.islower() and _WIDGET.fullmatch(text):
            if filled[j - 1] == k - 1 and filled[j + 1] == k + 1 and len(words_of(below)) >= _PARAGRAPH_WORDS:
                taken[k + 1] = "lone-widget"
            continue
        if counters == [k] and _finished(below):
            taken[k + 1] = "lone-counter"
            continue
        if (
            _title(text)
            and len(words_of(below)) >= _BELOW_WORDS
            and _heads_nothing(text, below, lines, filled, k)
        ):
            taken[k + 1] = "lone-title"
    if stops and _last_title(lines, filled, stops):
        taken[filled[-1] + 1] = "last-title"
    if not taken:
        return []
    return [
        (i, taken[u.span.line])
        for i, u in enumerate(units)
        if u.span.line in taken and u.span.end_line == u.span.line and i not in flagged
    ]


def _last_title(lines: list[str], filled: list[int], stops: bool) -> bool:
    """The page's last line is another story's title: a headline's shape under the story's last
    paragraph, on a page whose long lines end on a stop, sharing no word with the page but the
    name of a place or body a local site's stories share ("Kelby man jailed ..." under a story
    from Kelby). The story's own closing line, its stop lost, takes up what the story told."""
    k, above = filled[-1], lines[filled[-2]].strip()
    text = lines[k].strip()
    words = words_of(text)
    if not words or words[0].casefold() in shapes().sentence_conjunctions:
        return False  # "But where that 40% is has shifted": the story's last sentence
    figures = {w for w in words if w[:1].isdigit()}
    if not figures.isdisjoint(w for n in filled[:-1] for w in words_of(lines[n])):
        return False  # (a figure the story gave: its last sentence takes it up)
    return (
        paragraph(above, stops)
        and _title(text, nouns=_capitalises_nouns([lines[n] for n in filled[:-1]]))
        and _heads_nothing(text, above, lines, filled, k, end=True, name=True, least=_PARAGRAPH_WORDS)
    )


def _heads_nothing(
    text: str,
    paragraph: str,
    lines: list[str],
    filled: list[int],
    k: int,
    end: bool = False,
    name: bool = False,
    least: int = _BELOW_WORDS,
) -> bool:
    """Whether the title ``text`` (line ``k``) under a long paragraph that ends on a statement
    (a question may be answered by the line under it) shares no content word with ``paragraph``
    (the one under it, or above it at the page's end), a quarter of its words at most with the
    page (none at its ``end``: the story's last sentence, its stop lost, names what the story
    told), on a page with no subhead that heads its paragraph."""
    above = lines[max(n for n in filled if n < k)].strip()
    if len(words_of(above)) < least or above.rstrip(_CLOSERS).endswith("?"):
        return False
    mine = _stems(text)
    if len(mine) < 3 or mine & _stems(paragraph):
        return False  # (a subhead names what the paragraph under it tells)
    others = [lines[n] for n in filled if n != k]
    shared = mine & _stems(" ".join(others))
    if name:  # (one name the story shares: a local site's town)
        shared -= _name_stems(text, others, 1)
    if shared and (end or len(shared) * _SHARED_PART > len(mine)):
        return False
    return not has_subheads(lines, filled)


def _name_stems(text: str, page: list[str], most: int) -> set[str]:
    """The stems of the names in ``text``: capitalised words (no month's or weekday's name) that
    the ``page``'s other lines write capitalised wherever they write them (a town, a body; "Work"
    opening a sentence is "work" inside one), when there are ``most`` of them at most."""
    dates = head_words().date_words
    seen: dict[str, bool] = {}  # stem: always capitalised on the page
    for w in (w for line in page for w in words_of(line)):
        stem = w.casefold()[:_STEM]
        seen[stem] = seen.get(stem, True) and w[:1].isupper()
    names = {
        w.casefold()[:_STEM]
        for w in words_of(text)
        if w[:1].isupper() and len(w) >= 4 and w.casefold() not in dates and seen.get(w.casefold()[:_STEM])
    }
    return names if len(names) <= most else set()


def _finished(text: str) -> bool:
    """A finished paragraph of the story: a few words and a sentence end."""
    if len(words_of(text)) < _PARAGRAPH_WORDS or text[:1] in LEAD_JUNK:
        return False
    return text.rstrip(_CLOSERS).endswith(_STOPS)


_STOPPED_PART = 2  # a page ends half its long lines on a stop: "no stop" means something there
_LONG_WORDS = 12


def stops_mean(lines: list[str]) -> bool:
    """Whether the page's long lines mostly end on a stop."""
    long = [t for t in (line.strip() for line in lines) if len(words_of(t)) >= _LONG_WORDS]
    stopped = sum(t.rstrip(_CLOSERS).endswith(_STOPS) for t in long)
    return bool(long) and stopped * _STOPPED_PART >= len(long)


def paragraph(text: str, stops: bool) -> bool:
    """The story's paragraph: a finished one, or a long line where the page drops its stops."""
    return _finished(text) or (not stops and len(words_of(text)) >= _LONG_WORDS and text[:1].isupper())


def _title(text: str, nouns: bool = False) -> bool:
    """A headline's shape: a capital, seven to sixteen words, no sentence end, few capitals, its
    last word not a small word (a line the copy cut: "... it had been of"). On a page that
    capitalises its nouns (``nouns``: German), any capitals, and a verb's particle may end it
    ("... richtet Schaden an")."""
    if not text[:1].isupper() or text[:1] in LEAD_JUNK:
        return False
    words = words_of(text)
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]:
        return False
    if text.rstrip(_CLOSERS).endswith(_ENDS) or text.count(",") > 2:
        return False
    if nouns:
        return words[-1].casefold() not in _SMALL
    if sum(w[:1].isupper() for w in words) > _TITLE_CAPITALS:
        return False
    last = words[-1].casefold()
    return last not in _SMALL and last not in _SHORT_SMALL


_NOUN_CAPITALS = (
    0.25  # of the words inside a sentence, a page that capitalises its nouns capitalises this many
)


def _capitalises_nouns(page: list[str]) -> bool:
    """Whether the page capitalises its nouns (German): a quarter of the words inside its
    sentences or more (a name here and there in other languages)."""
    inside = [w for line in page for w in words_of(line)[1:]]
    return bool(inside) and sum(w[:1].isupper() for w in inside) >= _NOUN_CAPITALS * len(inside)


def _stems(text: str) -> set[str]:
    return {
        w.casefold()[:_STEM]
        for w in words_of(text)
        if len(w) >= 4 and not w.isdigit() and w.casefold() not in _SMALL
    }


def has_subheads(lines: list[str], filled: list[int]) -> bool:
    """Whether a short line with no sentence end between two paragraphs heads the one under it
    (shares a content word with it): the story has subheads, and a lone line is one of them."""
    for j in range(1, len(filled) - 1):
        text = lines[filled[j]].strip()
        if not text[:1].isupper() or text.rstrip(_CLOSERS).endswith(_ENDS):
            continue
        if not _SUBHEAD_WORDS[0] <= len(words_of(text)) <= _SUBHEAD_WORDS[1]:
            continue
        below = lines[filled[j + 1]]
        if len(words_of(below)) >= _BELOW_WORDS and _stems(text) & _stems(below):
            return True
    return False


_EDGE_WORDS = 5  # a label, a section's name or a button's words at a run's edge
_EDGE_ABOVE_WORDS = 3  # a box's label over the leftover it heads
_EDGE_ENDS = (".", "?", ",", ";", "…")


def run_edges(doc: Document, units: list[Sentence], flagged: set[int]) -> list[int]:
    """Short lines at the edge of a block of leftovers found already (no blank line between):
    under a found line and last in its block (a blank line or another found line under it; the
    page's last line may be a listing's next heading), or over one and first in its block (a word or three: a box's label). A
    subhead heads the paragraph under it, and sits in the paragraph's block."""
    if doc.format == "html" or not units or not flagged:
        return []
    lines = doc.lines()
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n - 1, []).append(i)
    found = {k for k, mine in by_line.items() if mine and all(i in flagged for i in mine)}
    if not found:
        return []
    first = next((k for k, line in enumerate(lines) if _finished(line.strip())), len(lines))
    last = max(k for k, line in enumerate(lines) if line.strip())

    def blank(k: int) -> bool:
        return not (0 <= k < len(lines)) or not lines[k].strip()

    taken: list[int] = []
    for k in sorted({n for f in found for n in (f - 1, f + 1)} - found):
        if blank(k) or k <= first or not _edge(lines[k].strip()):
            continue
        mine = by_line.get(k, [])
        if not mine or any(units[i].span.line != k + 1 or units[i].span.end_line != k + 1 for i in mine):
            continue  # (a unit that runs over other lines)
        under = k - 1 in found and ((blank(k + 1) and k < last) or k + 1 in found)
        over = k + 1 in found and blank(k - 1) and len(words_of(lines[k])) <= _EDGE_ABOVE_WORDS
        if under or over:
            taken += mine
    return taken


def _edge(text: str) -> bool:
    """A short line that is no sentence: a few words, a capital or a figure first, no stop."""
    words = words_of(text)
    if not 1 <= len(words) <= _EDGE_WORDS or text.rstrip(_CLOSERS).endswith(_EDGE_ENDS):
        return False
    return text[:1].isupper() or text[:1].isdigit()

"""FL002's page-box test: boxes a site puts around a story, told by what else is on the page.

- story teaser: a line below the first, cut short with an ellipsis ("...", "…", "[…]"), whose last
  words (the cut one aside) are written word for word inside another paragraph of the page
  that goes on past them: a summary box repeating the story's opening ("A judge declared a mistrial ... had just
  been…" above "A judge declared a mistrial ... had just been sentenced ..."). A quotation cut
  with an ellipsis inside a sentence is no line of its own that another paragraph completes;
  a headline cut short by its site is the page's first line and stays;
- related box at the end: a related-stories heading alone on its line ("More like this", "You
  may also like") followed to the end of the page by two to six lines, titles, alt text and
  teasers, none ending like a sentence but the last, which the page cut off: all of them are
  the box's, however long the teaser. One cut line alone after the heading is the story's, and
  so is a long line that credits a speaker and quotes them or names the story's people (the
  story resuming under a promo of one title);
- slogan above the headline: the page's first line, no sentence, when a title line follows it
  and it speaks of the site itself ("Serving ... since 1873 as ... first newspaper", "Your
  source for ..."): the masthead's motto, not the story;
- transcript turns: a broadcast transcript marks each change of speaker with ">>", also in the
  middle of a line ("... the damage.>> It's sad"); on such a page a line opening with ">>" is
  a speaker's words, not a link arrow before a teaser (``spoken_turns``).

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import quoted, shapes, words_of

MESSAGES = {
    "story-teaser": (
        'a teaser of the story left over from the web page: "{shown}"; ',
        "a line cut short with an ellipsis that repeats words of a paragraph (a summary box), not part of the story",
    ),
    "slogan": (
        'a site\'s slogan above the headline: "{shown}"; ',
        "the masthead's line about the site itself, not part of the story",
    ),
    "related-box": (
        'a related-stories box left over from the web page: "{shown}"; ',
        "titles and teasers after a related-stories heading at the end of the page, not part of the story",
    ),
}

# "...", "…", or an excerpt's bracketed "[…]" / "[...]" a blog's summary ends with
_ELLIPSIS = re.compile(r"(?:\.{3}|…|\[\s*(?:\.{3}|…)\s*\])\s*$")
_ELLIPSIS_ENDS = ("...", "…", "]")  # how a text ``_ELLIPSIS`` finds ends, white space left out
_ECHO_WORDS = 6  # the last words of a teaser that must recur in another paragraph
_BOX_LINES = 6  # lines a related box holds after its heading
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")
# a speaker change in a broadcast transcript, glued to the previous speaker's sentence
_TURN_INSIDE = re.compile(r"[.!?,'\"’”-][ \t]*>>[ \t]*\S")
_TURN_START = re.compile(r"[ \t]*>>(?!>)")


def find(
    doc: Document, units: list[Sentence], hits: list[str | None], list_labels: set[int]
) -> list[tuple[int, str]]:
    """``list_labels``: the units that are a link-list label standing alone ("More like this")."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()  # the loader's lines: "\r\n", "\r" or "\n" ends one
    found = [(i, "story-teaser") for i in _story_teasers(lines, units, hits)]
    found += [(i, "related-box") for i in _related_box(lines, units, hits, list_labels)]
    found += [(i, "slogan") for i in _slogan(lines, units, hits)]
    return found


def _key(text: str) -> list[str]:
    return [w.casefold() for w in words_of(text)]


def _story_teasers(lines: list[str], units: list[Sentence], hits: list[str | None]) -> list[int]:
    """Units on a line that ends in an ellipsis, when the line's last words recur inside another
    line of the page that carries on after them."""
    # (a line that ends, but for white space, otherwise than an ellipsis or a bracket is not
    # searched: the pattern, held to the end by "$", is tried from every character)
    keyed = [
        _key(line) if line.rstrip().endswith(_ELLIPSIS_ENDS) and _ELLIPSIS.search(line) else None
        for line in lines
    ]
    wanted: dict[tuple[str, ...], int] = {}  # a teaser's last words -> its line
    for i, u in enumerate(units):
        # (a headline cut short by its site, "... Fired Early Today Due to…", is the page's title)
        if hits[i] is not None or u.span.line != u.span.end_line or u.span.line == units[0].span.line:
            continue
        words = keyed[u.span.line - 1]
        if words is None or not lines[u.span.line - 1].rstrip().endswith(u.text.rstrip()):
            continue
        if len(words) >= _ECHO_WORDS:
            wanted.setdefault(tuple(words[-_ECHO_WORDS:]), u.span.line - 1)
        if len(words) > _ECHO_WORDS:  # (the last word may be cut: "... the previous long...")
            wanted.setdefault(tuple(words[-_ECHO_WORDS - 1 : -1]), u.span.line - 1)
    if not wanted:
        return []
    echoed: set[int] = set()  # teaser lines whose last words another line carries on from
    for n, line in enumerate(lines):
        words = _key(line) if keyed[n] is None else keyed[n]
        for k in range(len(words) - _ECHO_WORDS):  # (a run that ends the line does not carry on)
            at = wanted.get(tuple(words[k : k + _ECHO_WORDS]))
            if at is not None and at != n:
                echoed.add(at)
    return [i for i, u in enumerate(units) if u.span.line - 1 in echoed and hits[i] is None]


def _related_box(
    lines: list[str], units: list[Sentence], hits: list[str | None], list_labels: set[int]
) -> list[int]:
    """After the last related-stories heading (a link-list label alone on its line), the rest
    of the page when it is a few lines and the last is cut off by the page (no sentence end),
    and no line before the last ends like a sentence."""
    heading = None
    for i, u in enumerate(units):
        if i in list_labels and lines[u.span.line - 1].strip() == u.text.strip():
            heading = i
    if heading is None:
        return []
    rest = [k for k in range(units[heading].span.end_line, len(lines)) if lines[k].strip()]
    # (one cut line alone after the label is a story sentence the copy stopped in)
    if len(rest) < 2 or len(rest) > _BOX_LINES:
        return []
    last = lines[rest[-1]].rstrip()
    if last.endswith(_SENTENCE_END) or not words_of(last) or not words_of(last)[-1].islower():
        return []
    if any(lines[k].rstrip().endswith(_SENTENCE_END) for k in rest[:-1]):
        return []
    # (the box ends where the story resumes: its cut last paragraph is the story's)
    end = next((k for k in rest[1:] if _story_resumes(lines[k], units[:heading])), len(lines))
    return [i for i in range(heading + 1, len(units)) if hits[i] is None and units[i].span.line <= end]


def _story_resumes(line: str, above: list[Sentence]) -> bool:
    """A line after a related-stories box that is the story going on, not a teaser: a long
    sentence that credits someone (a reporting verb) and quotes them or names a person the
    story above names ("'We are on track,' said Ms Vale" under a paragraph on "Ana Vale"). A
    teaser summarises another story: it seldom credits a speaker, and names its own people."""
    sh = shapes()
    words = words_of(line)
    if len(words) < sh.story_min_words or not any(w.casefold() in sh.attribution_words for w in words):
        return False
    if quoted(line):
        return True
    named = {w for w in words[1:] if w[:1].isupper() and not w.isupper() and len(w) > 2}
    return bool(named) and any(w in named for u in above for w in words_of(u.text))


# what a masthead's motto says of the site: its age, its kind, its readers
_SELF_WORDS = re.compile(
    r"\b(?:since|established|est\.?|founded)\s+(?:in\s+)?1[6-9]\d\d\b|\bnewspaper\b|\bnews\s+source\b"
    r"|\byour\s+(?:source|home|guide)\s+for\b|\bthe\s+voice\s+of\b",
    re.I,
)
_SLOGAN_WORDS = (4, 25)


def _slogan(lines: list[str], units: list[Sentence], hits: list[str | None]) -> list[int]:
    """The page's first line, when it is no sentence, speaks of the site and a title line (no
    sentence either) follows it."""
    rows = [k for k, line in enumerate(lines) if line.strip()]
    if len(rows) < 3:
        return []
    first, second = lines[rows[0]].strip(), lines[rows[1]].strip()
    size = len(words_of(first))
    if not (_SLOGAN_WORDS[0] <= size <= _SLOGAN_WORDS[1]) or first.endswith(_SENTENCE_END):
        return []
    if second.endswith(_SENTENCE_END) or len(words_of(second)) >= size or not _SELF_WORDS.search(first):
        return []
    return [i for i, u in enumerate(units) if u.span.line == rows[0] + 1 and hits[i] is None]


def spoken_turns(doc: Document) -> bool:
    """A broadcast transcript: ">>" marks a new speaker in the middle of a line."""
    return bool(_TURN_INSIDE.search(doc.text))


def is_turn(text: str) -> bool:
    return bool(_TURN_START.match(text))

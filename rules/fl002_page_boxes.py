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
- comment box closing the page: its last lines, none flagged yet, when each is a short line
  with a comment word that speaks to the reader or asks them to log in ("You must be logged in
  to post a comment.", "Deixe o seu comentário.") or a heading naming the readers' comments ("I
  commenti dei lettori"), no quotation, no capitalised word but these (a story's last sentence
  names who "declined to comment");
- navigation row: a line alone of two to eight words, none but a site's home and section words
  ("Home News Local Crime", "Inicio Noticias Política"), a home word among them or three
  words at least: a menu or a section path whose separators the copy lost; a crosshead has
  other words ("Local news and weather");
- transcript turns: a broadcast transcript marks each change of speaker with ">>", also in the
  middle of a line ("... the damage.>> It's sad"); on such a page a line opening with ">>" is
  a speaker's words, not a link arrow before a teaser (``spoken_turns``).

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import HEAD_FILE, SHAPES_FILE, fold, head_words, quoted, shapes, words_of

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
    "menu-row": (
        'page navigation left over from the web page: "{shown}"; ',
        "a row of a site's section names (a menu or a section path), not part of the story",
    ),
    "comment-box": (
        'a comment box left over from the web page: "{shown}"; ',
        "the prompt or rule of a readers' comment box closing the page, not part of the story",
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
    found += [(i, "comment-box") for i in _comment_box_closers(units, hits)]
    found += [(i, "menu-row") for i in _menu_rows(units, hits)]
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


_CLOSER_WORDS = (2, 14)  # a comment box's prompt or rule, in words
_HEADING_WORDS = 5  # a comment box's heading naming the readers ("I commenti dei lettori")
_CLOSER_LINES = 3  # lines of a comment box read at the page's end
_QUOTES = '"“”«»„'


@lru_cache(maxsize=1)
def _comment_box_words() -> tuple[frozenset[str], frozenset[str]]:
    """The reader-address words and the readers' nouns of a comment box (``page_shapes.yaml``)."""
    data = yaml.load(
        SHAPES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return (
        frozenset(str(w).casefold() for w in data["comment_box_address"]),
        frozenset(str(w).casefold() for w in data["comment_box_readers"]),
    )


def _comment_box_line(text: str) -> bool:
    """A comment box's prompt, rule or heading: a comment word and the reader spoken to (or the
    readers named in a short heading), no quotation, no name."""
    body = text.strip()
    words = words_of(body)
    if not _CLOSER_WORDS[0] <= len(words) <= _CLOSER_WORDS[1] or any(q in body for q in _QUOTES):
        return False
    lower = [w.casefold() for w in words]
    comment = shapes().comment_words
    if comment.isdisjoint(lower):
        return False
    address, readers = _comment_box_words()
    heading = len(words) <= _HEADING_WORDS and not body.endswith((".", "!", "?"))
    if address.isdisjoint(lower) and not (heading and not readers.isdisjoint(lower)):
        return False
    known = comment | address | readers
    return all(not w[:1].isupper() or w.casefold() in known for w in words[1:])


def _comment_box_closers(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """The page's last lines when each is a comment box's line alone (the lines already found
    between them are passed over): the box under the story, with no marker above it."""
    if len(units) < 3:
        return []
    if hits[-1] is None and shapes().comment_words.isdisjoint(w.casefold() for w in words_of(units[-1].text)):
        return []  # (the last unit, unless already found, must hold a comment word: most pages end here)
    taken: list[int] = []
    for i in range(len(units) - 1, 1, -1):
        if hits[i] is not None:
            continue
        u = units[i]
        alone = units[i - 1].span.end_line < u.span.line and (
            i + 1 == len(units) or units[i + 1].span.line > u.span.end_line
        )
        if not alone or len(taken) == _CLOSER_LINES or not _comment_box_line(u.text):
            break
        taken.append(i)
    return taken


_MENU_WORDS = (2, 8)
_MENU_MIN_WITHOUT_HOME = 3


@lru_cache(maxsize=1)
def _home_words() -> frozenset[str]:
    """The words of a site's home link (``page_head.yaml``), also as written without accents."""
    data = yaml.load(
        HEAD_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    said = {str(w).casefold() for w in data["home_words"]}
    return frozenset(said | {fold(w) for w in said})


def _menu_rows(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """Lines alone made only of a site's home and section words: a navigation row."""
    sections, home = head_words().section_words, _home_words()
    taken = []
    for i, u in enumerate(units):
        text = u.text.strip()
        if hits[i] is not None or len(text) > 80 or text.endswith((".", "!", "?", ":", ",")):
            continue
        words = [w.casefold() for w in words_of(text)]
        if not _MENU_WORDS[0] <= len(words) <= _MENU_WORDS[1] or len(set(words)) < len(words):
            continue
        if not all(w in sections or w in home or fold(w) in sections for w in words):
            continue
        if home.isdisjoint(words) and len(words) < _MENU_MIN_WITHOUT_HOME:
            continue
        alone = (i == 0 or units[i - 1].span.end_line < u.span.line) and (
            i + 1 == len(units) or units[i + 1].span.line > u.span.end_line
        )
        if alone and "\n" not in text:
            taken.append(i)
    return taken

"""FL002's story sign-offs: an agency's sign-off after the last words of a story paragraph.

A wire story often ends its last paragraph with the agency's sign-off on the same line ("...
the ministry said. -- AP", "... police said. (AFP)", "... in March.—Reuters"). The phrase list
reads a sign-off alone on its line as page text (a slug line, a byline), and it is: a line of
its own is the page's. After a paragraph's words on the same line, it is the story's own end,
and flagging it flags a story line. An agency sign-off matched by the phrases is the story's
when:

- it is an agency's short name and nothing else, in brackets or after a dash: one to three
  capitalised words ("—Reuters"), in capitals where a byline's or credit's pattern took it
  ("(EFE)", not a writer's "(Abe)"); no slash, label, photo word or figure (a picture's credit);
- the text before it on its line is the story's prose (a sentence of eight words or more with
  its stop), which no other phrase has found.
"""

from __future__ import annotations

from factlint.linter.document import Document, Sentence
from factlint.linter.finding import Finding
from factlint.rules import fl002_page_shape as page_shape

_CLASSES = ("slug", "byline", "credit")
_MAX_WORDS = 3
_OPENERS = ("-", "–", "—", "(", "[")  # a sign-off after a dash or in brackets
_BEFORE_WORDS = 8
_STOPS = (".", "!", "?", '"', "”", "’")
_MARKS = frozenset(" \t()[]-–—.")
# a picture's credit names its picture or its owner, not the agency that filed the story
_PICTURE_WORDS = frozenset("photo photos image images picture pictures file video getty credit via".split())


def glued(
    doc: Document,
    units: list[Sentence],
    position: int,
    cls: str,
    start: int,
    end: int,
    found: dict[int, Finding],
) -> bool:
    """Whether the phrase match ``start:end`` of the unit at ``position`` (of class ``cls``) is an
    agency's sign-off that ends a story line (see the module)."""
    if cls not in _CLASSES:
        return False
    u = units[position]
    sign = u.text[start:end]
    words = page_shape.words_of(sign)
    if not sign.strip().startswith(_OPENERS) or not _agency(sign, words):
        return False
    if cls != "slug" and not all(w.isupper() for w in words):
        return False  # (a byline's or credit's pattern: only an agency's letters, "(EFE)", not "(Abe)")
    at = doc.sub_span(u, start, end).start
    line_start = doc.text.rfind("\n", 0, at) + 1
    before = doc.text[line_start:at].strip()
    if len(page_shape.words_of(before)) < _BEFORE_WORDS or not before.endswith(_STOPS):
        return False
    # (a caption the phrases found, "Photo: A flooded street. (AFP)": the sign-off is its credit)
    if any(units[p].span.end_line >= units[position].span.line for p in found if p < position):
        return False
    return page_shape.is_prose(before, page_shape.shapes())


def unsigned(line: str) -> str:
    """A line read without the agency sign-off after its last stop ("... officials said. —Reuters"
    is read as "... officials said."), for the readers that tell a paragraph by its stop."""
    body = line.rstrip()
    cut = max(body.rfind(stop) for stop in _STOPS)
    if cut <= 0 or cut == len(body) - 1:
        return line
    tail = body[cut + 1 :].strip()
    words = page_shape.words_of(tail)
    if not tail.startswith(_OPENERS) or not _agency(tail, words):
        return line
    before = body[: cut + 1]
    return before if len(page_shape.words_of(before)) >= _BEFORE_WORDS else line


def _agency(sign: str, words: tuple[str, ...]) -> bool:
    """One to three capitalised words and marks only, none a picture's word: an agency's name."""
    if not 1 <= len(words) <= _MAX_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if any(w.lower() in _PICTURE_WORDS for w in words):
        return False
    rest = sign
    for w in words:
        rest = rest.replace(w, " ")
    return set(rest) <= _MARKS

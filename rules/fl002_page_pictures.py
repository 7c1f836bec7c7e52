"""FL002: a picture's caption and credit read by the credit's shape, in any language, alone on a
line or run into a story line at its start or end (a page that lost its line breaks).

A credit is short (nine words at most, no figure, no quotation, no question) and made of
credit parts only: names (capitalised words, initials, capitals), an agency, a picture's word
("Foto", "Images"), a note on the picture ("archive", "file", "illustrative", "Reprodução"),
a "©", and the slashes, bars, commas and dashes between them. It is told by one of:
- a credit label and a colon: a short label ending on a picture's or a source's word ("Foto:",
  "Bild:", "Crédit :", "Fonte:", "Źródło zdjęć:", "Nota y foto:"), then the credit;
- a "©" and the credit ("... at the scene © nn");
- names, a dash or a slash and an agency opening a line ("A. Name—AP The court ...");
- a note on the picture or a name and a slash glued to the caption's last word without a space
  ("Fire at the depotReprodução", "... on the borderA. Name / Town Police").

Where it stands:
- alone on its line: with no label or "©" it needs a picture's word or note ("Getty Images A.
  Name"); "AP, TOWN" is a dateline, "(Courtesy of X)" under a tally a data source, both stay;
- closing a line after a caption (25 words at most, no quotation, no sentence end, not ending
  on a small word): the line is the page's, unless the credit ends with a stop (a title the
  story cites: "... opened the show Photo: Old Town.");
- closing a line after a story's sentence (a stop before it): only the credit is the page's,
  the sentence stays;
- opening a line before the story: only the credit is flagged, the rest of the line stays.

One reading without a credit: a caption run into the end of a story line. A stop ends the
story's sentence, then 3 to 14 words close the line with no sentence end (no stop, colon,
bracket or quotation mark), capitalised, not opening on a pronoun or a demonstrative that points
back at the sentence before ("That was ...": the story's sentence that lost its stop), not in
the page's first two lines nor on its last (a page cut there), and the next line opens with a
capital. Unless the tail opens on a picture's word ("Picture shows ...", "Photo/A. Name"), it
is a caption only in four words or more after one sentence: after two sentences or more the
line is a story paragraph whose last sentence lost its stop, and three words are a story's
remark ("Nothing more followed"). The caption is flagged, the
sentence stays. A story sentence quoting an agency ("..., EFE reported.") ends with a stop, a
dateline ("MADRID (EFE) -") opens its line, and a name in the story has no label: all stay.

Called once from ``FL002ScrapeLeftover._add_page_findings``; plain text and Markdown only.
"""

from __future__ import annotations

import re

from factlint.analysis.text import WORD
from factlint.linter.document import Document, Sentence
from factlint.analysis.words import FUNCTION_WORDS
from factlint.rules.fl002_page_shape import head_words
from factlint.rules import fl002_story_tails as story_tails

MESSAGES = {
    "picture-credit": (
        'a photo credit left over from the web page: "{shown}"; ',
        "a picture's credit (a label, a copyright sign or an agency with names), not part of the story",
    ),
    "picture-caption": (
        'a photo caption left over from the web page: "{shown}"; ',
        "a picture's caption and its credit on a line of their own, not part of the story",
    ),
    "tail-caption": (
        'a photo caption left over from the web page: "{shown}"; ',
        "a picture's caption with no stop run into the end of a story line, not part of the story",
    ),
}

# a picture's or a source's word a credit label ends on (the label's other words come before it)
_LABEL = re.compile(
    r"(?:(?<=[\s(\[])|^)(?:[^\W\d_]+\s+(?:y|e|i|et|and|und)\s+)?(?i:(?:fot|zdj|phot|foto)\.\s*:?"
    r"|(?:fotos?|fotograf[ií]as?|photos?|photographie|bild(?:er)?|zdj[eę]ci[aeu]|źródło\s+zdj[eę]ć"
    r"|imagens?|im[aá]gen(?:es)?|images?|cr[ée]dits?|cr[ée]ditos?|fonte|fuente|źródło|quelle|source)\s*:)\s*"
)
# a source's label names a picture's source only with an agency or a picture's word after it (a
# fact box's "Source: The World Bank" is the story's)
_SOURCE_LABEL = re.compile(r"(?i:fonte|fuente|źródło|quelle|source)\s*:")
_DASH = re.compile(r"\s[-–—|]\s+(?P<credit>[^-–—|]{3,90})$")
_COPYRIGHT = re.compile(r"(?:(?<=\s)|^|(?<=[.!?]))©\s*")
# names, a dash or a slash, an agency, then the story's or the caption's capital
_START_CREDIT = re.compile(
    r"(?P<names>[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,2})\s*[—–/]\s*(?P<agency>[A-Z][\w ]{1,20}?) (?=[A-Z])"
)
# a caption's last word glued to the credit: "depotReprodução", "borderA. Name / Town Police"
_GLUED = re.compile(
    r"[a-zà-öø-ÿ]{3}(?P<credit>[A-ZÀ-ÞŁŚŻŹ][^\s/|]*(?:\s+[^\s/|]+){0,3}\s*[/|].*)$|[a-zà-öø-ÿ]{3}(?P<note>[A-ZÀ-Þ][a-zà-öø-ÿ]+)$"
)
_NOTES = frozenset(
    (
        "archive archives file archivo arquivo archivio archiv archiwum symbolbild symbolfoto archivfoto "
        "illustrative illustration ilustracyjne ilustracyjny ilustrativa ilustrativo illustrazione "
        "reprodução reproducción divulgação cortesía courtesy handout especial zewnętrzny materiał"
    ).split()
)
_PICTURE = frozenset(
    "foto fotos photo photos images image getty shutterstock pool pictures imagens imágenes bild zdjęcia "
    "agência agencia agence agenzia agentur agency".split()
)
# a sentence's subject a caption does not open on (a story line that lost its stop does)
_PRONOUNS = frozenset(  # (and the demonstratives that point back at the sentence before)
    "he she it they we i you there this these those él ella ellos ellas il elle ils elles er sie es "
    "on ona ono oni one ele ela eles elas egli lei loro "
    "that das dies dat dit ça cela ceci esto eso isto isso questo ciò".split()
)
_CONNECT = frozenset("of de di da do dos das del van von i y e and & la le el der den".split())
_ENDS = (".", "!", "?", "…", ":", ";", ",", '"', "”", "“", "»", "«", ")", "]", "'", "’")
_QUOTES = '"“”«»„'
_LINE_END = re.compile(r"\r\n|\r|\n")
_CREDIT_WORDS = 9
_CREDIT_CHARS = 90
_ALONE_WORDS = (2, 6)  # a credit alone on its line: "Getty Images", "Archivo A. Name"
_WORD_STOP = re.compile(r"[^\W\d_]{2}[.!?] ")  # a sentence's end (a date's "9. Juli" is none)
_STORY_WORDS = 12  # a story sentence's words before a caption on its line
_CAPTION_WORDS = 25
_TAIL_WORDS = (3, 14)
# a tail told as the picture's by its first word ("Photo/A. Name", "Picture shows ...", "Credit A.
# Name"); any other tail is a caption only after one sentence (a caption's first, or a one-line
# paragraph) and in four words or more: a paragraph of two sentences and more before it is the
# story's, and so is a three-word remark ("Mehr war nicht drin")
_TAIL_MARKERS = frozenset("picture pictured credit courtesy".split())
_TAIL_BARE_WORDS = 4
_HEAD_LINES = 2
_PROSE_ABOVE = 2  # the story's finished paragraphs above a caption run into its line


def _credit(body: str, marked: bool) -> bool:
    """Whether ``body`` is a credit's parts only; unmarked (no label, no "©"), it must name an
    agency, a picture's word or a note on the picture."""
    body = body.strip().rstrip(".").strip().strip("()[]").strip()
    words = WORD.findall(body)
    if (
        not words
        or len(words) > _CREDIT_WORDS
        or len(body) > _CREDIT_CHARS
        or re.search(r"(?<![^\W_])\d", body)
    ):
        return False
    if any(q in body for q in _QUOTES) or "?" in body or "!" in body:
        return False
    hw = head_words()
    told = False
    for part in re.split(r"\s*(?:[/|,;©]|\s[-–—]\s)\s*", body):
        part = part.strip().strip("()[]").strip()
        if not part:
            continue
        low = part.casefold()
        if low in hw.agencies or low in _NOTES or low in _PICTURE:
            told = True
            continue
        for w in part.split():
            lw = w.strip("().[]").casefold()
            if lw in _NOTES or lw in _PICTURE or lw in hw.agencies:
                told = True
            elif not (w[:1].isupper() or lw in _CONNECT or (marked and len(part.split()) <= 2)):
                return False
    named = any(w[:1].isupper() for w in words) or any(
        p.strip().casefold() in hw.agencies for p in re.split(r"[/|,;©]", body)
    )
    return marked or (told and named)


def _caption(text: str) -> bool:
    """A caption's words before its credit on the line: short, no quotation, no sentence end."""
    text = text.strip().rstrip("-–—|").strip()
    words = WORD.findall(text)
    if not words:
        return True
    if len(words) > _CAPTION_WORDS or any(q in text for q in _QUOTES) or text.endswith(_ENDS):
        return False
    return words[-1].casefold() not in FUNCTION_WORDS


def _credit_at(line: str) -> tuple[int, bool] | None:
    """Where a credit closing ``line`` starts, and whether a story sentence comes before it."""
    alone = line.strip()
    words = [] if len(alone) > _CREDIT_CHARS or ":" in alone or alone[:1] in "([" else WORD.findall(alone)
    if not _ALONE_WORDS[0] <= len(words) <= _ALONE_WORDS[1] or (alone.isupper() and len(words) > 3):
        words = []  # (a heading in capitals; a data source in brackets under a tally is the story's)
    if any(w.casefold() in _PICTURE or w.casefold() in _NOTES for w in words) and _credit(alone, False):
        return 0, False  # (a credit alone, a picture's word in it; "AP, TOWN" is a dateline)
    window = max(0, len(line) - _CREDIT_CHARS - 40)  # (a credit closes its line: its label is near the end)
    for m in (*_LABEL.finditer(line, window), *_COPYRIGHT.finditer(line, window)):
        source = _SOURCE_LABEL.match(m.group().strip()) is not None
        if not _credit(line[m.end() :], not source):
            continue
        before = line[: m.start()].rstrip()
        opened = before.endswith(("(", "["))  # (a credit in brackets: "(Foto: A. Name)")
        before = before.rstrip("([").rstrip()
        if before.endswith((".", "!", "?", "”", '"')) and len(WORD.findall(before)) >= 6:
            return (
                line.rfind("(" if line[m.start() - 1 : m.start()] == "(" else "[", 0, m.start())
                if opened
                else m.start()
            ), True
        ends = list(_WORD_STOP.finditer(before))
        cut = ends[-1].end() - 2 if ends else -1
        if cut > 0 and len(WORD.findall(before[:cut])) >= _STORY_WORDS and _caption(before[cut + 2 :]):
            return cut + 2, True  # (a story's sentence, then the caption and its credit)
        if WORD.findall(before) and line.rstrip().endswith("."):
            return None  # (a title the story cites after the label ends with the sentence's stop)
        return (0, False) if _caption(before) else None
    d = _DASH.search(line)
    if d is not None and _credit(d.group("credit"), False) and _caption(line[: d.start()]):
        return 0, False
    g = _GLUED.search(line) if "/" in line[-90:] or "|" in line[-90:] or line[-1:].isalpha() else None
    if g is not None:
        credit = g.group("credit") or g.group("note")
        start = g.start("credit") if g.group("credit") else g.start("note")
        ok = _credit(credit, False) if g.group("credit") else credit.casefold() in _NOTES
        before = line[:start]
        if ok and _caption(before.rsplit(". ", 1)[-1]):
            return 0 if _caption(before) else before.rfind(". ") + 2, False
    return None


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, int, int, str]]:
    """(unit index, start, end in its text, kind) for the credits and captions read here."""
    text = doc.text
    lines = doc.lines()
    filled = [k + 1 for k, line in enumerate(lines) if line.strip()]
    if not filled:
        return []
    head, last = set(filled[:_HEAD_LINES]), filled[-1]
    starts = [0, *(m.end() for m in _LINE_END.finditer(text))]
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    out: list[tuple[int, int, int, str]] = []
    for n in filled:
        line = lines[n - 1].rstrip()
        place = _place(line, lines, n, n in head or n == last) if n in by_line else None
        if place is None:
            continue
        start, end, kind = place
        a, b = starts[n - 1] + start, starts[n - 1] + end
        for i in by_line[n]:
            u = units[i]
            if i in flagged or u.span.end <= a or u.span.start >= b:
                continue
            s, e = max(0, a - u.span.start), min(len(u.text), b - u.span.start)
            if u.text[s:e].strip():
                out.append((i, s, e, kind))
    return out


def _place(line: str, lines: list[str], n: int, edge: bool) -> tuple[int, int, str] | None:
    """(start, end, kind) of what this module reads on ``line``, or None."""
    if line.strip()[-1:] not in "?!":
        found = _credit_at(line)
        if found is not None:
            start, story = found
            lead = len(line) - len(line.lstrip())
            kind = "picture-caption" if not story and _has_caption(line) else "picture-credit"
            return (max(start, lead), len(line), kind)
    lead = len(line) - len(line.lstrip())
    m = _START_CREDIT.match(line, lead)
    if m is not None and (
        m.group("agency").casefold() in head_words().agencies or _credit(m.group("agency"), False)
    ):
        return (lead, m.end(), "picture-credit")
    if not edge:
        tail = _tail_caption(line, lines, n)
        if tail is not None:
            return (tail, len(line), "tail-caption")
    return None


def _has_caption(line: str) -> bool:
    """Whether words come before the credit on its line (a caption), not a credit alone."""
    m = next(iter((*_LABEL.finditer(line), *_COPYRIGHT.finditer(line))), None)
    return m is not None and bool(WORD.findall(line[: m.start()]))


def _tail_caption(line: str, lines: list[str], n: int) -> int | None:
    """A caption with no stop closing a story line after its sentence's stop (see the module)."""
    if line.endswith(_ENDS) or any(q in line[-120:] for q in _QUOTES) or "http" in line:
        return None
    cut = max(line.rfind(". "), line.rfind("! "), line.rfind("? "))
    if cut < 0:
        return None
    tail = line[cut + 2 :]
    words = WORD.findall(tail)
    if not _TAIL_WORDS[0] <= len(words) <= _TAIL_WORDS[1] or not tail[:1].isupper():
        return None
    before = line[:cut]
    last_sentence = before[max(before.rfind(". "), before.rfind("! "), before.rfind("? ")) + 1 :]
    if len(WORD.findall(last_sentence)) < 6 or words[-1].casefold() in FUNCTION_WORDS:
        return None
    pictured = words[0].casefold() in _PICTURE or words[0].casefold() in _TAIL_MARKERS
    if not pictured and (len(words) < _TAIL_BARE_WORDS or _sentences(before) > 1):
        return None  # (a paragraph's last sentence that lost its stop, or a story's short remark)
    if words[0].casefold() in _PRONOUNS or not line.lstrip()[:1].isalnum():
        return None  # (a story sentence that lost its stop; a list's bullet line)
    if not pictured and story_tails.story_tail(tail, lines, n):
        return None  # (a story paragraph's last sentence that lost its stop: story_tails)
    prose = sum(
        1 for x in lines[: n - 1] if x.rstrip().endswith((".", "!", "?", '"', "”")) and len(x.split()) >= 12
    )
    if prose < _PROSE_ABOVE:
        return None  # (a standfirst or a title's second part near the page's head)
    below = next((x.strip() for x in lines[n:] if x.strip()), "")
    if not below[:1].isupper() and below[:1] not in _QUOTES:
        return None
    return cut + 2


def _sentences(text: str) -> int:
    """The finished sentences of ``text`` (its last one too, whose stop was cut off): pieces after
    a stop and a capital, each of four words or more ending on a word in small letters of three
    letters or more, so an initial's or a title's stop ("A. Name", "Mr. Name") parts none; what
    is left at the end, four words or more, is one more."""
    count, piece = 0, []
    for part in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", text):
        piece.append(part)
        words = WORD.findall(" ".join(piece))
        if len(words) >= 4 and len(words[-1]) >= 3 and words[-1].islower():
            count, piece = count + 1, []
    return count + (len(WORD.findall(" ".join(piece))) >= 4)

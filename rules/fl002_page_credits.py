"""FL002's credit and label test: a picture's credit and a page's labels told by their shape,
in any language, where no phrase of the site names them.

- a credit of names around a slash, alone on its line: "A. Name/Kelby Post", "KELBY FOTO/A.
  Name", "/ MONTAGE X / PHOTOS: A AND B": only capitalised words, no figure, no sentence end,
  and a picture's word, an agency or a paper's name among them (a club is "SG Kelby/Dall");
- a caption and its credit run into the story's line: "House on Vale Road – Photo: Town
  Hall/KPOs firemen came ...": a dash or a bar, then a credit word and a colon;
- a picture's file name glued to the story's first word: "kelby-fireDue agents ...": lower-case
  letters (and dashes) stuck to a capitalised word, written nowhere else on the page; or its
  title glued to the sentence's article: "Firemen at the depotThe blaze ...";
- a section's name glued to a sentence: "CRONACA – Yesterday ...", "TOPIC OF THE WEEK | The
  police ...": capitals before a bar, or before a dash when they are section words (a city's
  dateline in capitals, "KELBY – ...", is the story's);
- a byline and date row: short fields between bars, one of them a date ("Kelby.it | 3 set 2025 |
  Listen");
- a place, a date and a clock time before a sentence: "KELBY, 12 marzo 2024 ore 10:30 – The
  mayor ...": a printed dateline has no clock, a page's stamp does;
- a name of two or three capitalised words alone on a line between two story paragraphs, written
  nowhere else on the page, none of its words in lower case there: a picture's credit (an
  interview's speaker is named in its intro, a crosshead's words come back in the story, and two
  such names or more head a vox pop's answers);
- a credit run into a line's end (``glued_credits``): an agency after its small word closing a
  line, glued to the story's stop or alone ("... in the city.DE AFP", "With Reuters"); a credit
  label the splitter left at the end of the caption's words, names closing the line ("... on the
  road Fot." / "A. Name", a stop after the names too); a credit label alone with names ("Crédit :
  A. Name", "Foto de A. Name");
- a caption's line closed by its credit with no dash: "Firemen at the pier Foto: Town Hall/Kelby
  Post" (a capitalised label, a colon, names only), a source "via" an agency in brackets ("(Kelby
  Fire Department via AP)"), or a label the splitter cut after its stop ("... rano. Fot. A. Name").

Called by ``fl002_page_blocks.find``; plain text and Markdown only.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from factlint.linter.document import Document, Sentence
from factlint.analysis.words import FUNCTION_WORDS
from factlint.rules.fl002_page_shape import HEAD_FILE, LEAD_JUNK, fold, head_words, stamp_line, words_of

MESSAGES = {
    "slash-credit": (
        'a photo credit left over from the web page: "{shown}"; ',
        "names around a slash on a line of their own (a photographer and an agency), not part of the story",
    ),
    "inline-caption": (
        'a photo caption left over from the web page: "{shown}"; ',
        "a picture's caption and its credit run into the story's line, not part of the story",
    ),
    "glued-file-name": (
        'an image\'s name left over from the web page: "{shown}"; ',
        "lower-case letters glued to the story's first word (a picture's alt text), not part of the story",
    ),
    "glued-section": (
        'a section name left over from the web page: "{shown}"; ',
        "a section's name in capitals before a dash or a bar, glued to a sentence, not part of the story",
    ),
    "clock-dateline": (
        'a date and time stamp left over from the web page: "{shown}"; ',
        "a place, a date and a clock time before the story's first words (a page's stamp, not a dateline)",
    ),
    "lone-name": (
        'a photo credit left over from the web page: "{shown}"; ',
        "a name alone on a line between two paragraphs, named nowhere else: a picture's credit",
    ),
    "tail-credit": (
        'a photo credit left over from the web page: "{shown}"; ',
        "a caption's line closed by a picture's credit (a label and names, or a source via an agency)",
    ),
    "glued-credit": (
        'a photo or wire credit left over from the web page: "{shown}"; ',
        "a credit closing a line (a label and names, or an agency after its small word), not part of the story",
    ),
    "stamp-row": (
        'a byline and date row left over from the web page: "{shown}"; ',
        "short fields between bars, one of them a date, not part of the story",
    ),
}

_CONNECTORS = frozenset(
    {"of", "de", "di", "da", "do", "dos", "das", "del", "van", "von", "i", "y", "e", "and", "&"}
)
_CREDIT_LABEL = re.compile(
    r"\s*(?:photos?|fotos?|fot\.|foto\.|zdj[eę]ci[ae]|zdj\.|imagem|imagen|image|credit|cr[ée]dito)\s*:?\s*",
    re.I,
)
_SLASH_WORDS = (3, 10)
_SENTENCE_END = (".", "!", "?", ":", ";", ",")


def _named_part(part: str) -> bool:
    """A run of capitalised words (and the small words of a name) with no figure."""
    words = words_of(part)
    if not words or any(c.isdigit() for c in part):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words)


_PICTURE_WORDS = frozenset(
    {"foto", "fotos", "photo", "photos", "images", "image", "getty", "shutterstock", "zdjęcia", "zdjecia"}
    | {"pool", "handout", "courtesy", "pictures", "imagens", "imágenes"}
)


def _credit_words(body: str) -> bool:
    """A credit names a picture's word, an agency or a paper ("... /Kelby Times")."""
    hw = head_words()
    words = {w.casefold() for w in words_of(body)}
    return bool(words & (_PICTURE_WORDS | hw.masthead_words | hw.agencies))


def slash_credits(units: list[Sentence], hits: list[str | None], alone: list[bool]) -> list[int]:
    """Lines of names around one or two slashes and nothing else: a credit, never a sentence."""
    taken = []
    for i, u in enumerate(units):
        if i == 0 or not alone[i] or hits[i] is not None or "/" not in u.text:
            continue
        body = u.text.strip().lstrip(LEAD_JUNK).strip()
        if body.endswith(_SENTENCE_END) or "://" in body or "\n" in body:
            continue
        parts = [
            _CREDIT_LABEL.sub("", p, count=1) if _CREDIT_LABEL.match(p) else p
            for p in body.strip("/").split("/")
        ]
        if not 2 <= len(parts) <= 3 or not all(_named_part(p) for p in parts):
            continue
        if not _credit_words(body):
            continue  # two names around a slash and no picture's word: a club's ("SG Kelby/Dall")
        if _SLASH_WORDS[0] <= len(words_of(body)) <= _SLASH_WORDS[1]:
            taken.append(i)
    return taken


# a caption's credit inside a line: a dash or a bar, a credit word and a colon ("– Foto: X/Y")
_INLINE_CREDIT = re.compile(
    r"\s[|–—-]\s*(?:foto|fotos|fot\.|photo|photos|imagem|imagen|crédito|credit|zdjęcie|ph\.)\s*:\s*\S", re.I
)
_INLINE_CAPTION_WORDS = 25


def inline_captions(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """Units that hold a caption and its credit before the story's words on the same line."""
    taken = []
    for i, u in enumerate(units):
        if hits[i] is not None or ":" not in u.text:
            continue
        m = _INLINE_CREDIT.search(u.text)
        if m is None:
            continue
        before = u.text[: m.start()]
        if any(q in before for q in '"“”«»') or len(words_of(before)) > _INLINE_CAPTION_WORDS:
            continue
        taken.append(i)
    return taken


# lower-case letters (a file's name, dashes between its words) glued to a capitalised word
_GLUED_NAME = re.compile(r"([a-z][a-z0-9]{2,}(?:[-_][a-z0-9©]+)*)([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+[a-zà-öø-ÿ]")
_HEAD_UNITS = 3  # the story's first units, where a picture's alt text sits


# a picture's title glued to the sentence's article: "Firemen at the depotThe blaze ...", "Vigili
# del fuocoIl rogo ..." (a brand's inner capital opens no article: "PlayStation")
_GLUED_TITLE = re.compile(r"([^.!?\n]{0,80}?[a-zà-öø-ÿ]{2})((?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*))\s")
_ARTICLES = frozenset(
    "il lo la gli le un una uno due tre o os as um uma dois duas el los las une the an two der die das ein eine".split()
)
_TITLE_WORDS = 12


def glued_file_names(doc: Document, units: list[Sentence], hits: list[str | None], first: int) -> list[int]:
    """The story's first units when lower-case letters are glued to their first word, or a short
    title to the article opening the sentence, and the glued word is written nowhere else on the
    page (a brand's name, "easyJet", comes back)."""
    taken = []
    for i in range(first, min(len(units), first + _HEAD_UNITS)):
        if hits[i] is not None:
            continue
        text = units[i].text.lstrip()
        m = _GLUED_NAME.match(text) if text[:1].islower() else None
        if m is not None and doc.text.count(m.group(1) + m.group(2)) == 1:
            taken.append(i)
            continue
        t = _GLUED_TITLE.match(text)
        if t is None or t.group(2).casefold() not in _ARTICLES or len(words_of(t.group(1))) > _TITLE_WORDS:
            continue
        glued = t.group(1).split()[-1] + t.group(2)
        if doc.text.count(glued) == 1:
            taken.append(i)
    return taken


# capitals before a bar or a dash at a sentence's opening: "CRONACA – ...", "WORDS OF X | ..."
_CAPS_LABEL = re.compile(r"((?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ'’]{2,}\s+){0,3}[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ'’]{2,})\s*([|–—-])\s+\S")


# a dateline after the bar ("OUTLET | KELBY – ..."): the bar's left is the outlet's name
_DATELINE_AFTER = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ'’]{2,}(?:\s+[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ'’]{2,}){0,2}\s*[,–—-]")


def glued_sections(
    doc: Document, units: list[Sentence], hits: list[str | None], alone: list[bool]
) -> list[int]:
    """Units opening a line with a section's name in capitals and a bar (or a dash, when the
    words are the head's section words) before a sentence: the page's label run into the story."""
    sections = head_words().section_words
    taken = []
    for i, u in enumerate(units):
        text = u.text.lstrip()
        if hits[i] is not None or alone[i] and len(words_of(text)) <= 3 or not text[:2].isupper():
            continue
        m = _CAPS_LABEL.match(text)
        if m is None or doc.text[doc.text.rfind("\n", 0, u.span.start) + 1 : u.span.start].strip(LEAD_JUNK):
            continue  # (a unit the splitter cut out of a line, "KELBY.ID | ...": no opening)
        if m.group(2) == "|" and _DATELINE_AFTER.match(text, m.end() - 1):
            continue
        words = [fold(w.casefold()) for w in words_of(m.group(1))]
        if m.group(2) == "|" or all(w in sections for w in words):
            taken.append(i)
    return taken


_ROW_FIELD_WORDS = 5


def stamp_rows(units: list[Sentence], hits: list[str | None], alone: list[bool]) -> list[int]:
    """A line of two or more short fields between bars, one a date, none a sentence: the row of
    a byline, a date and a button ("Kelby.it | 3 set 2025 | Listen")."""
    taken = []
    for i, u in enumerate(units):
        if not alone[i] or hits[i] is not None or " | " not in u.text:
            continue
        fields = [f.strip() for f in u.text.strip().split(" | ")]
        if any(not f or len(words_of(f)) > _ROW_FIELD_WORDS or f.endswith(_SENTENCE_END[:3]) for f in fields):
            continue
        if any(any(c.isdigit() for c in f) and stamp_line(f) for f in fields):
            taken.append(i)
    return taken


# a place, a date (a month's name or figures) and a clock time, then a dash and the sentence
_CLOCK_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[\w'’.()-]+){0,2}\s*,\s*(?:[^\W\d]+,?\s+)?"
    r"(?:\d{1,2}\.?\s+([^\W\d]+)\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"\s*[,|–—-]?\s*(?:(?:alle\s+)?ore|alle|às|at|pukul|um|godz\.?|kl\.?)?\s*\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:h|wib|uhr|am|pm))?\s*[–—-]\s+\S",
    re.I,
)


def clock_datelines(doc: Document, units: list[Sentence], hits: list[str | None], first: int) -> list[int]:
    """The story's first units when they open with a place, a date and a clock time before a
    dash: the page's stamp run into the dateline."""
    dates = head_words().date_words
    taken = []
    for i in range(first, min(len(units), first + _HEAD_UNITS)):
        m = _CLOCK_DATELINE.match(units[i].text.lstrip())
        if m is None or hits[i] is not None or m.group(1) and fold(m.group(1).casefold()) not in dates:
            continue
        taken.append(i)
    return taken


_NAME_WORDS = (2, 3)
_NAME_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "del", "van", "von", "der", "den", "bin"})


def lone_names(
    doc: Document, units: list[Sentence], hits: list[str | None], alone: list[bool], prose: list[bool]
) -> list[int]:
    """A line of two or three capitalised words (a person's name) alone between two prose
    units, its words written nowhere else on the page: a photographer's credit under a picture."""
    taken = []
    for i in range(1, len(units) - 1):
        if not alone[i] or hits[i] is not None or not (prose[i - 1] and prose[i + 1]):
            continue
        text = units[i].text.strip()
        words = words_of(text)
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or text != " ".join(text.split()):
            continue
        if any(not c.isalpha() and c not in " .'’-" for c in text) or text.endswith("."):
            continue
        if not all(w[:1].isupper() and w[1:2].islower() or w in _NAME_PARTICLES for w in words):
            continue
        if words[0].casefold() in FUNCTION_WORDS or doc.text.count(words[-1]) > 1:
            continue  # "The Harbour" names nobody; a surname the story uses is its person's
        if any(
            re.search(rf"\b{re.escape(w.lower())}\b", doc.text) for w in words if w not in _NAME_PARTICLES
        ):
            continue  # a crosshead's words come back in lower case ("Support Needed" ... "support")
        taken.append(i)
    return taken if len(taken) == 1 else []  # names heading the answers of a vox pop are its story


# a credit closing a caption's line, no dash before it: "Firemen at the pier Foto: Town Hall/Kelby
# Post" (a capitalised label, a colon, then names only); or one in brackets, a source "via" an
# agency: "...(Kelby Fire Department via AP)", the caption before it or nothing
_TAIL_CREDIT = re.compile(
    r"(?:^|\s)(?-i:Fotos?|FOTOS?|Photos?|PHOTOS?|Imagens?|Imagen|Image|Cr[ée]dito|Credit|Zdj[eę]cie|Bild)"
    r"\s*:\s*(?P<who>[^:\n]{2,80}?)\s*$"
)
_VIA_CREDIT = re.compile(
    r"[(\[](?P<who>[^()\[\]\n]{2,60}?)\s+via\s+(?P<agency>[^()\[\]\n]{2,30}?)\s*[)\]]\W*$"
)
_TAIL_CAPTION_WORDS = (3, 25)
_TAIL_WHO_WORDS = 8


def _names_only(who: str) -> bool:
    """A credit's names: capitalised parts around slashes or commas, no figure, no sentence end."""
    parts = [p for p in re.split(r"\s*[/,]\s*", who) if p]
    return bool(parts) and len(words_of(who)) <= _TAIL_WHO_WORDS and all(_named_part(p) for p in parts)


def tail_credits(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[int]:
    """The unit closing a line with a picture's credit after a caption's words: a capitalised
    credit label, a colon and names only, or a source "via" an agency in brackets. A story's
    sentence names no photographer at its end, nor an agency after "via" in brackets."""
    if ":" not in doc.text and " via " not in doc.text:
        return []
    taken = []
    for i, u in enumerate(units):
        if hits[i] is not None or (i + 1 < len(units) and units[i + 1].span.line == u.span.end_line):
            continue  # the credit closes its line
        text = u.text.strip()
        if ":" not in text and " via " not in text or any(q in text for q in '"“”«»'):
            continue  # no label nor "via"; or a quotation, the story's
        # (most lines end with a sentence's stop, a credit's names never: the search is left out)
        m = (":" in text and not text.endswith(_SENTENCE_END) and _TAIL_CREDIT.search(text)) or None
        if m is not None:
            before = text[: m.start()].strip()
            words = words_of(before)
            if m.group("who").endswith(_SENTENCE_END) or before.endswith((":", ";", ",")):
                continue  # a sentence's end after the names: a title the story cites
            if not _names_only(m.group("who")):
                continue
            if not _TAIL_CAPTION_WORDS[0] <= len(words) <= _TAIL_CAPTION_WORDS[1]:
                continue
            if words[-1].casefold() in FUNCTION_WORDS:
                continue  # "... an exhibition called Photo: ..." names a title
            taken.append(i)
            continue
        v = (" via " in text and text.endswith((")", "]")) and _VIA_CREDIT.search(text)) or None
        if v is None or not _named_part(v.group("who")) or not _named_part(v.group("agency")):
            continue
        if v.group("agency").casefold() in head_words().agencies or _credit_words(v.group("agency")):
            taken.append(i)
    return taken


# a credit label the sentence splitter cut from its names after its abbreviation's stop: "... on
# Tuesday. Fot. A. Name" (Polish "Fot.", "Dok.", "Zdj.", and "Foto.", "Phot.")
_CUT_LABELS = frozenset({"fot.", "dok.", "zdj.", "foto.", "phot.", "fot. i tekst:"})


def cut_credits(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """A cut credit label, the names after it closing the line, and the caption's sentences
    before it on that line (a caption's few words, no quotation): a picture's caption and credit."""
    taken = []
    for i in range(len(units) - 1):
        u, names = units[i], units[i + 1]
        if u.text.strip().casefold() not in _CUT_LABELS or names.span.line != u.span.end_line:
            continue
        if i + 2 < len(units) and units[i + 2].span.line == names.span.end_line:
            continue  # the names close the line (a story's sentence glued after them is not cut)
        if "\n" in names.text.strip() or not _names_only(names.text.strip()):
            continue
        line = [
            j for j in range(i) if units[j].span.line == u.span.line and units[j].span.end_line == u.span.line
        ]
        caption = " ".join(units[j].text for j in line)
        if line and (len(words_of(caption)) > _TAIL_CAPTION_WORDS[1] or any(q in caption for q in '"“”«»„')):
            line = []  # a story's paragraph before the credit stays
        taken.extend(j for j in (*line, i, i + 1) if hits[j] is None)
    return taken


@lru_cache(maxsize=1)
def _credit_links() -> frozenset[str]:
    """The small words beside an agency in a credit closing a line (``page_head.yaml``)."""
    data = yaml.load(
        HEAD_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    hw = head_words()
    return frozenset(str(w).casefold() for w in data["credit_links"]) | hw.byline_words | hw.byline_and_words


def _wire_credit(text: str) -> bool:
    """An agency after its small words and nothing else: "DE AFP", "Con información de EFE"."""
    words = words_of(text)
    if not 1 <= len(words) <= 6 or not text.strip()[:1].isupper() or text.rstrip().endswith(("?", "!", ":")):
        return False
    links, agencies = _credit_links(), head_words().agencies
    rest = " ".join(w.casefold() for w in words if w.casefold() not in links)
    parts = (
        [p.strip() for p in re.split(r"\s*[,/]\s*| ", rest) if p.strip()] if rest not in agencies else [rest]
    )
    return bool(rest) and all(p in agencies for p in parts)


# a credit label with names, alone on its line: "Crédit : A. Name", "Foto de A. Name"
_LONE_CREDIT = re.compile(
    r"(?-i:Cr[ée]dits?|Cr[ée]ditos?|Credits?|Fotos?|Fotograf[ií]as?|Photos?|Zdj[eę]ci[ae])"
    r"(?:\s+(?:photos?|fotos?))?\s*(?::|\s(?:de|di|da|do|by|par|von|door)\s)\s*(?P<who>[^:\n]{2,80}?)\s*$"
)
_CUT_LABEL_END = re.compile(r"\s(?:fot|zdj|foto|phot|dok)\.$", re.I)
_QUOTES = '"“”«»„'
_CREDIT_CHARS = 90  # a credit's length at most, in characters


def _caption_like(text: str) -> bool:
    """A caption's few words before its credit on the line: no quotation (a story's paragraph)."""
    return len(words_of(text)) <= _TAIL_CAPTION_WORDS[1] and not any(q in text for q in _QUOTES)


def _names_stop(text: str) -> bool:
    """Names only, a stop after them allowed ("A. Name.")."""
    text = text.strip()
    return _names_only(text[:-1] if text.endswith(".") and not text.endswith("..") else text)


def glued_credits(units: list[Sentence], hits: list[str | None]) -> list[int]:
    """Units that close a line with a credit run into it (see the module's list): an agency after
    its small word, a label with names alone (or after a caption's short sentence), names after
    a label the splitter left at the caption's end. A story's sentence never ends on an agency's
    bare name after its small word, nor on a credit label."""
    taken = []
    for i, u in enumerate(units):
        text = u.text.strip()
        if hits[i] is not None or len(text) > _CREDIT_CHARS or "\n" in text:
            continue  # (a credit is short: most units are ruled out here)
        if i + 1 < len(units) and units[i + 1].span.line == u.span.end_line:
            continue  # the credit closes its line
        glued = i > 0 and units[i - 1].span.end_line == u.span.line and hits[i - 1] is None
        before = units[i - 1].text.strip() if glued else ""
        if _wire_credit(text):
            taken.append(i)
            continue
        m = _LONE_CREDIT.match(text)
        if m is not None and _names_only(m.group("who")) and (not glued or _caption_like(before)):
            taken.append(i)
            continue
        cut = _CUT_LABEL_END.search(before) if glued else None
        if cut is not None and _names_stop(text):
            taken.extend((i - 1, i) if _caption_like(before[: cut.start()]) else (i,))
    return taken


def find(
    doc: Document,
    units: list[Sentence],
    hits: list[str | None],
    alone: list[bool],
    prose: list[bool],
    first: int,
) -> list[tuple[str, list[int]]]:
    """Each kind of this module with the units it finds (read by ``fl002_page_blocks.find``)."""
    return [
        ("slash-credit", slash_credits(units, hits, alone)),
        ("inline-caption", inline_captions(units, hits)),
        ("glued-file-name", glued_file_names(doc, units, hits, first)),
        ("glued-section", glued_sections(doc, units, hits, alone)),
        ("stamp-row", stamp_rows(units, hits, alone)),
        ("clock-dateline", clock_datelines(doc, units, hits, first)),
        ("lone-name", lone_names(doc, units, hits, alone, prose)),
        ("tail-credit", tail_credits(doc, units, hits) + cut_credits(units, hits)),
        ("glued-credit", glued_credits(units, hits)),
    ]

"""FL002's caption test: a photo caption or a video's time stamp told by what it carries.

- caption by its credit: a line ending with a photo credit in brackets ("(Photo: A. Name/AFP via
  Getty Images)", "(PTI Photo)", "(Photo courtesy of ...)"), or with an agency's name alone in
  brackets after words that are no sentence ("... capsized on Sunday [EPA]");
- caption by its opening: "(L-R)", "From left:", "FILE -", which only captions open with, or
  a name marked with its place in the picture ("A. Name (l) greets ...");
- on a line that also holds a story sentence, only the caption's sentence is taken;
- a picture's place tag ("<Town>, <Country>") alone on the line under a caption or a credit;
- a video's length and date on a line of its own ("2:10 | 08/05/18");
- caption by its subject: between two paragraphs of the story, a short line of its own with
  no sentence end that names what a picture shows: a damaged thing ("Collapsed houses in
  <town>", "Damaged road in <province>"), a view ("Aerial view of the damage"), or rescuers at
  a place ("Rescuers at the derailed train"). A crosshead announces the text below it ("What
  they promised", "Rescue by boat") and opens otherwise.

Called by ``fl002_page_blocks.find``; plain text and Markdown only.
"""

from __future__ import annotations

import re

from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import LEAD_JUNK, words_of

MESSAGES = {
    "credited-caption": (
        'a photo caption left over from the web page: "{shown}"; ',
        "a line describing a picture, next to its credit, not part of the story",
    ),
    "subject-caption": (
        'a photo caption left over from the web page: "{shown}"; ',
        "a short line between paragraphs naming what a picture shows, not part of the story",
    ),
    "video": (
        'a video player\'s time stamp left over from the web page: "{shown}"; ',
        "a video's length and date, not part of the story",
    ),
}


# a credit in brackets ending a line: "(Photo: A. NAME/AFP via Getty Images)", "(Photo courtesy of
# GMA News)", "(File photo: A. Name / via NDRRMC)", "(AP Photo/A. Name)", "(PTI Photo)"; not "(photo
# #8)" or "(click on Zoom Photo)", a gallery's own words; the same in other languages: "(Foto: A.
# Name)", "(Foto ANSA)", "(Imagem: Prefeitura)"
_BRACKET_CREDIT = re.compile(
    r"[(\[]\s*(?:"
    r"(?i:(?:file\s+|ap\s+|afp\s+)?(?:photo(?:graph)?s?|image|picture|pic)\s*(?::|/|by\b|courtesy\b|credit\b))"
    r"|(?i:fotos?|fotograf[íi]a|imagem|imagen|bild|beeld|crédito|dok\.?|dokumentasi)\s*(?::|/|\s(?-i:[A-Z])"
    r"|\s(?i:di|de|van|av|oleh)\s+(?-i:[A-Z]))"
    r"|(?:[A-Z][\w.&'’-]*[\s/]*){1,4}(?i:photos?)\s*[)\]]"
    r"|[^()\[\]\n]{0,60}\b(?i:getty images|courtesy of)\b"
    r"|(?i:credit\s*:)"
    # a photographer's name and the picture's file number: "(A. Name: 463753_27)"
    r"|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*:\s*\d{3,}[_-]\d+"
    r")[^()\[\]\n]{0,80}[)\]]?\W*$"
)
# an agency's name alone in brackets after a caption that is no sentence: "... capsized on Sunday
# [EPA]", nothing after it (after a sentence's full stop, "(Reuters)" may close a wire story, and
# "the Associated Press (AP)." names the agency: left alone)
_AGENCY_CREDIT = re.compile(
    r"[^.!?\s\"”’]\s*[(\[]\s*(?:AP|AFP|EPA|Reuters|Getty(?: Images)?|Xinhua|PTI|ANI|IANS|Bloomberg|"
    r"Shutterstock|PA|AAP|Anadolu|TASS|Kyodo|Yonhap|UPI)\s*[)\]]\s*$"
)
# who is pictured, left to right, or a file picture ("FILE - ..."): only captions open so
_LEFT_TO_RIGHT = re.compile(
    r"[(\[]?\s*(?:l\s*-\s*r|l\s+to\s+r|from\s+left)\s*[)\]:,]|(?-i:FILE)(?:\s+PHOTO)?\s*[-–—:]\s", re.I
)
# who is pictured where, marked after a name near the line's opening: "Rep. A. Name (l) greets
# ...", "A. Name (right) hands ..." in the caption's present tense ("A. Name (left) said" is a
# story's sentence pointing at the picture)
_PICTURED_MARK = re.compile(
    r"(?:\S+\s+){0,5}?(?-i:[A-Z])[\w.'’-]*\s+\((?:l|r|left|right|cent(?:er|re)|far\s+(?:left|right))\)\s+(?-i:[a-z]+s)\b",
    re.I,
)
# (the mark itself, looked for first: most lines with a bracket hold none)
_PICTURED_HINT = re.compile(r"\((?:[lr]|left|right|cent(?:er|re)|far\s)", re.I)
_CAPTION_MAX_WORDS = 70
# a line that is a credit in brackets and nothing else, naming no picture: "(Courtesy of WardCount)"
_DATA_CREDIT = re.compile(r"[(\[]\s*(?i:courtesy\s+of)\s+[^()\[\]\n]{1,60}[)\]]\W*")
_FIGURE_LINE_WORDS = 6  # a tally's row: "Labour: 31", "Greens 12 seats"
# a short name and a code of capitals in brackets, alone on a line: "Kelby (KB)", "Nord Vale (NV)";
# three or more on a page head the entries of a list (states, teams), no picture is credited
_CODE_LABEL = re.compile(r"[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){0,2}\s[(\[]([A-Z]{2,3})[)\]]")
_CODE_LABEL_RUN = 3


def _under_figures(lines: list[str], n: int) -> bool:
    """The nearest line above 1-based line ``n`` is a short row of a tally, ending on a figure."""
    above = next((line.strip() for line in reversed(lines[: n - 1]) if line.strip()), "")
    return above[-1:].isdigit() and len(words_of(above)) <= _FIGURE_LINE_WORDS


def credited_captions(doc: Document, units: list[Sentence], hits: list[str | None]) -> list[int]:
    """The units of a line that ends with a photo credit in brackets or opens by naming who is
    pictured from the left: a photo caption, however it is worded (a story's sentence cites
    people, not photos). The caption's first half, when a line break cut it ("... and"), goes
    with it."""
    lines = doc.lines()
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    taken: list[int] = []
    code_labels: int | None = None  # lines of a name and a code in brackets (counted once, if asked)
    for n, line in enumerate(lines, 1):
        if n not in by_line:
            continue
        body = line.strip().lstrip(LEAD_JUNK)
        # a credit in brackets needs a bracket: most lines have none (not scanned, nor counted)
        bracket = "(" in body or "[" in body
        # (an agency's credit closes the line: its search, tried at every character, is left out
        # of the many lines with a bracket that end otherwise)
        credited = bracket and (
            _BRACKET_CREDIT.search(body) or (body.endswith((")", "]")) and _AGENCY_CREDIT.search(body))
        )
        opening = _LEFT_TO_RIGHT.match(body) or (
            bracket and _PICTURED_HINT.search(body) and _PICTURED_MARK.match(body)
        )
        if not (credited or opening) or len(words_of(body)) > _CAPTION_MAX_WORDS:
            continue
        if any(c in body for c in '"“”'):
            continue  # a quotation is the story's
        if _DATA_CREDIT.fullmatch(body) and _under_figures(lines, n):
            continue  # a tally's source ("(Courtesy of <site>)" under "Labour: 31"), no picture's
        if _CODE_LABEL.fullmatch(body):
            if code_labels is None:
                found = [m for m in map(_CODE_LABEL.fullmatch, (line.strip() for line in lines)) if m]
                # (captions credited to one agency share its code; a list's places each have theirs)
                code_labels = len(found) if len({m.group(1) for m in found}) >= 2 else 0
            if code_labels >= _CODE_LABEL_RUN:
                continue  # a place's name and code over each entry of a list ("Kelby (KB)"): a label
        on_line = [i for i in by_line[n] if units[i].span.line == n]
        # several sentences on the line: the one holding the credit (or naming who is
        # pictured) is the caption; a story sentence may be glued before it
        if on_line:
            taken.append(on_line[0] if opening else on_line[-1])
        if credited and not credited.group().rstrip().endswith((")", "]")):
            taken.extend(_credit_tail(lines, n, by_line, units))
    # a caption with its copyright sign ("... - © A. Name"), found by its credit's end
    signed = [i for i, u in enumerate(units) if "©" in u.text] if "©" in doc.text else []
    taken.extend(_place_tags(lines, units, hits, by_line, [*taken, *signed]))
    return sorted(set(i for i in taken if hits[i] is None))


# the rest of a bracketed credit a line break cut: "... Rio Branco (Foto: A." / "Name / Agency)"
_CREDIT_TAIL = re.compile(r"[^()\[\]\n]{1,60}[)\]]\W*")
_CREDIT_TAIL_WORDS = 8


def _credit_tail(lines: list[str], n: int, by_line: dict[int, list[int]], units: list[Sentence]) -> list[int]:
    """The units of the line under 1-based line ``n`` when that line only closes the bracket of
    the credit line ``n`` left open: a short run of words ending with the bracket."""
    below = lines[n].strip() if n < len(lines) else ""
    if not _CREDIT_TAIL.fullmatch(below) or len(words_of(below)) > _CREDIT_TAIL_WORDS:
        return []
    return [i for i in by_line.get(n + 1, []) if units[i].span.line == n + 1]


# a picture's place tag: "Tours, France", "Kelby, Oregon" alone on a line
_PLACE_TAG = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2}, (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2}"
)
_PLACE_TAG_BLOCK = 2  # lines of the caption's block under the found one (its copy, a credit)
_CAPTION_HITS = frozenset({"caption", "credit", "photo-credit"})


def _place_tags(
    lines: list[str],
    units: list[Sentence],
    hits: list[str | None],
    by_line: dict[int, list[int]],
    captions: list[int],
) -> list[int]:
    """A place's name and its country alone on a line under a caption or a credit, or under the
    caption's block (its copy, its credit): the picture's place tag (a story's dateline opens a
    sentence, it is never a line of its own)."""
    tags = []
    for i in {*captions, *(k for k, h in enumerate(hits) if h in _CAPTION_HITS)}:
        below = units[i].span.end_line + 1
        block_end = below + _PLACE_TAG_BLOCK
        while below <= len(lines) and below < block_end and lines[below - 1].strip():
            if _PLACE_TAG.fullmatch(lines[below - 1].strip()):
                break  # the tag right under the caption, in its block
            below += 1
        gap = below
        while below <= len(lines) and not lines[below - 1].strip():
            below += 1
        if below - gap > 1 or below not in by_line:
            continue  # past one blank line, the story goes on
        if _PLACE_TAG.fullmatch(lines[below - 1].strip()):
            tags.extend(k for k in by_line[below] if units[k].span.line == below)
    return tags


# a video's length and date: "2:10 | 08/05/18", "1:02:33 - 12/01/2020"
_VIDEO_STAMP = re.compile(r"\d{1,2}(?::\d{2}){1,2}\s*[|·•/–—-]\s*\d{1,2}/\d{1,2}/\d{2,4}\W*")


def video_stamps(units: list[Sentence], hits: list[str | None], alone: list[bool]) -> list[int]:
    return [
        i
        for i, u in enumerate(units)
        if alone[i] and hits[i] is None and _VIDEO_STAMP.fullmatch(u.text.strip())
    ]


# what only a picture's caption opens with: a damaged thing, a view, rescuers at a place
_SCENE_OPENING = re.compile(
    r"(?:(?:an?|the)\s+)?(?:"
    r"(?:aerial|general|partial|close-up)\s+view\b|view\s+of\b"
    r"|(?:collapsed|damaged|destroyed|flooded|burned|burnt|charred|wrecked|submerged|overturned|derailed"
    r"|gutted|toppled|demolished)\s+\w"
    r"|(?:rescuers|rescue\s+workers|firefighters|soldiers|volunteers|survivors|villagers|mourners|onlookers"
    r"|emergency\s+workers)\s+(?:at|in|near|outside|on)\s"
    # a scene at a street and a town ("Flooding on Harbour Rd, Kelby"): a crosshead names no street
    r"|(?:flooding|floodwaters?|damage|debris|wreckage|smoke|flames|aftermath|queues?)\s+"
    r"(?:at|in|near|outside|on|along)\s+(?:the\s+)?(?-i:[A-Z])[^,\n]*,\s*(?-i:[A-Z])"
    r")",
    re.I,
)
_SUBJECT_WORDS = (2, 12)
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'")


def subject_captions(
    units: list[Sentence], hits: list[str | None], alone: list[bool], prose: list[bool]
) -> list[int]:
    """A short line of its own between two prose sentences of the story, with no sentence end,
    that opens naming a damaged thing, a view or rescuers at a place: a picture's caption."""
    prose_at = [i for i, p in enumerate(prose) if p]
    if len(prose_at) < 2:
        return []
    first, last = prose_at[0], prose_at[-1]
    taken = []
    for i in range(first + 1, last):
        text = units[i].text.strip().lstrip(LEAD_JUNK)
        if not alone[i] or hits[i] is not None or prose[i] or text.endswith(_SENTENCE_END):
            continue
        if _SUBJECT_WORDS[0] <= len(words_of(text)) <= _SUBJECT_WORDS[1] and _SCENE_OPENING.match(text):
            if not _dated_title(units, hits, i):
                taken.append(i)
    return taken


def _dated_title(units: list[Sentence], hits: list[str | None], i: int) -> bool:
    """The unit sits right under a date line or right over a byline: a post's own title (a blog
    prints its date, then its title, then "Posted by"), never a picture's caption."""
    return any(0 <= k < len(units) and hits[k] == "byline" for k in (i - 1, i + 1))

"""Sentence boundaries in news prose, as exact character spans.

``split_sentences(text)`` returns ``(start, end)`` character offsets into ``text``, whitespace
trimmed, in order. It is a small rule-based splitter written for news copy rather than a general
library: pysbd handles the same cases but costs about 3 s per 500,000 characters (a dev set of 189
articles), while this runs in a few hundredths of that and gives spans without re-searching.

How a boundary is decided, in order:

1. Candidates: a run of ``. ! ? …`` plus any closing quotes or brackets, followed by whitespace or
   the end of the text (CJK full stops need no whitespace). Decimals, URLs and e-mail addresses
   never have whitespace after an inner dot, so they are never candidates. Scraped copy that lost
   the space after a stop ("inflation.Domestically") is the one exception: a stop between a
   lowercase word and a capitalised one counts, outside URLs and addresses.
2. A candidate followed by a lowercase word is not a boundary (``"Yes!" he said``, ``U.S. in``).
3. For a single period, the word before it decides:
   - titles that always precede a name (``Mr. Dr. Gen. Sen. Gov.``...): never a boundary;
   - ``No. Vol. p.`` and month abbreviations (``Jan. Sept.``): no boundary before a number;
   - a single capital (an initial: ``George W. Bush``, ``J. R. R. Tolkien``), a dotted
     abbreviation (``U.S. D.C. p.m.``) or an abbreviation that may also end a sentence
     (``Inc. Corp. Jr. St. etc.``, state names ``Calif.``): a boundary only when the next word is
     a common sentence opener (``The He She It But In``...) or an opening quote follows;
   - a list number at the start of a sentence or line (``1. First item``): not a boundary.
4. A line break ends a sentence when the line before it has no final punctuation, the next line
   starts like a sentence (capital, digit, quote, bullet) and the line is short compared with the
   longest line (hard-wrapped paragraphs have lines of near-equal length; a short unpunctuated
   line is a title, a caption or site chrome such as "Media playback is not supported"). A blank
   line always ends a sentence.
5. A quotation that ends inside the sentence and is followed by its attribution
   (``"We will win. We always do," she said.``) stays one sentence with it: boundaries inside the
   quotation are dropped, so the speaker is never cut off from the words.
6. Fragments without a letter or digit (a stray ``.`` left by scraping) join the sentence before.
"""

from __future__ import annotations

import re

# 1. A run of terminators, then closers, then whitespace/end. CJK stops need no space after.
# Scraped copy sometimes loses the space ("inflation.Domestically", 'history."Furious'): a stop
# glued between a lowercase word and a capitalised one is a candidate too.
_CANDIDATE = re.compile(
    r"([.!?…]+)[\"'”’»)\]]*(?=\s|$)"
    r"|[。！？]+[」』”’）]*"
    r"|(?<=[a-z]{2})([.!?])[\"”’]?(?=[A-Z][a-z])"
)

# Titles that precede a name: a period after them never ends a sentence.
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Maj Capt "
    "Cpt Cmdr Cdr Adm Sgt Cpl Pvt Brig Rev Hon Pres Supt Det Insp Atty Amb Msgr Fr Mt Ft "
    "vs v cf e.g i.e viz approx incl ca Fig Figs".split()
)
# Abbreviations before a number: "No. 10", "Vol. 2", "p. 5".
_BEFORE_NUMBER = frozenset("No Nos no nos Vol vol Vols p pp Art art Ch ch Sec sec Para para Ex".split())
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Abbreviations that may also end a sentence: a boundary only before a sentence opener.
_AMBIGUOUS = frozenset(
    "Inc Corp Co Cos Ltd Llc LLC Plc PLC Bros Jr Sr St Ave Blvd Rd Dept Univ Assn Est etc al "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo".split()
)
# Words that commonly open a sentence: after an ambiguous abbreviation they signal a boundary.
_OPENERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My Your This That These Those There "
    "Here But And Or So Yet In On At By For From With Without After Before When While Since As If "
    "Although Though Because However Meanwhile Still Then Now Last Next Earlier Later According "
    "Some Many Most All Both Each Several Despite During Under Over What Who Why How Where Which "
    "Such Other Another Also Even Only Instead Today Yesterday Tomorrow Once Asked Nor Neither "
    "Either Thus Therefore Indeed Overall Finally First Second Third Nevertheless Nonetheless".split()
)
# "Yahoo!" and friends: an exclamation mark that is part of a name.
_BANG_NAMES = frozenset("Yahoo Jeopardy".split())

_OPEN_CHARS = "\"'“‘«([{"
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_LIST_NUMBER = re.compile(r"\d{1,3}")
_WORD = re.compile(r"[^\W\d_]+")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]」』）]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BULLETS = "-–—•*·+▪●"
_HARD_BULLETS = "•·▪●"

# 5. A closing quote right after punctuation, followed by the attribution: after a comma or dash
# any word ("," Smith said), after ". ! ?" a lowercase one ("?" she asked).
_ATTRIBUTED_CLOSE = re.compile(r"([,.!?…—–-])([\"'”’»])\s+(\w)")
_OPENER_OF = {'"': '"', "'": "'", "”": "“", "’": "‘", "»": "«"}
_QUOTE_SPAN_LIMIT = 1500  # never glue more than this many characters together


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character ``(start, end)`` spans of the sentences in ``text``, whitespace trimmed."""
    if not text or text.isspace():
        return []
    cuts = _punctuation_cuts(text) | _line_cuts(text)
    cuts -= _cuts_inside_attributed_quotes(text, cuts)
    return _spans_from_cuts(text, sorted(cuts))


# --- 1-3: punctuation ------------------------------------------------------------------------


def _punctuation_cuts(text: str) -> set[int]:
    cuts: set[int] = set()
    sentence_start = 0
    n = len(text)
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        term = m.group(1) or m.group(2)
        if m.group(2) and _glued_inside_address(text, m.start()):
            continue
        if nxt < n and term is not None:
            if not _is_boundary(text, m.start(), term, nxt, sentence_start):
                continue
        cuts.add(end)
        sentence_start = end
    return cuts


def _is_boundary(text: str, term_at: int, term: str, nxt: int, sentence_start: int) -> bool:
    first = nxt
    while first < len(text) and text[first] in _OPEN_CHARS:
        first += 1
    if first >= len(text):
        return True
    head = text[first]
    if head.islower():  # "Yes!" he said / the U.S. in 1999 / 5 p.m. today
        return False
    token_start = term_at
    while token_start > 0 and not text[token_start - 1].isspace() and term_at - token_start < 40:
        token_start -= 1
    token = text[token_start:term_at].lstrip(_OPEN_CHARS)
    if term != ".":
        if term[-1] in ".…":  # an ellipsis ends a sentence only before a capital or a number
            return head.isupper() or head.isdigit()
        return not (term == "!" and token in _BANG_NAMES)  # "?", "!", "?!"
    if token in _TITLES:
        return False
    if head.isdigit():
        if token in _BEFORE_NUMBER or token in _MONTHS or _DOTTED.fullmatch(token):
            return False
    if _LIST_NUMBER.fullmatch(token) and _starts_line_or_sentence(text, token_start, sentence_start):
        return False  # "1. First item": a list number, not the end of a sentence
    if (len(token) == 1 and token.isupper()) or token in _AMBIGUOUS or _DOTTED.fullmatch(token):
        if token in ("e.g", "i.e"):
            return False
        if text[nxt] in _OPEN_CHARS and text[nxt] != "(":
            return True  # in the U.S. "We...
        word = _WORD.match(text, first)
        return bool(word) and word.group() in _OPENERS
    return True


def _glued_inside_address(text: str, at: int) -> bool:
    """A stop without a space after it inside a URL, path or e-mail address is not a boundary."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return any(mark in text[start:end] for mark in ("/", "@", "www.", "://"))


def _starts_line_or_sentence(text: str, at: int, sentence_start: int) -> bool:
    before = text[max(sentence_start, text.rfind("\n", 0, at) + 1) : at]
    return before.strip(_OPEN_CHARS + " \t\r") == ""


# --- 4: line breaks --------------------------------------------------------------------------


def _line_cuts(text: str) -> set[int]:
    if "\n" not in text and "\r" not in text:
        return set()
    lines = []  # (start, end-before-break)
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    longest = max(len(text[s:e].strip()) for s, e in lines)
    cuts: set[int] = set()
    for (s, e), (ns, ne) in zip(lines, lines[1:]):
        line = text[s:e].strip()
        if not line:
            continue
        nxt = text[ns:ne].lstrip()
        if not nxt:  # a blank line: a paragraph break
            cuts.add(e)
            continue
        if _ENDS_SENTENCE.search(line):
            continue  # the punctuation rules decide
        if nxt[0] in _HARD_BULLETS:
            cuts.add(s + len(text[s:e].rstrip()))  # "•" only ever starts a list entry
            continue
        head = nxt.lstrip(_OPEN_CHARS)[:1]
        starts_like_sentence = nxt[0] in _OPEN_CHARS or nxt[0] in _BULLETS or head.isupper() or head.isdigit()
        if starts_like_sentence and (len(line) < 0.6 * longest or longest < 50):
            cuts.add(s + len(text[s:e].rstrip()))
    return cuts


# --- 5: quotations with attribution ----------------------------------------------------------


def _cuts_inside_attributed_quotes(text: str, cuts: set[int]) -> set[int]:
    inside: set[int] = set()
    if not cuts:
        return inside
    for m in _ATTRIBUTED_CLOSE.finditer(text):
        if m.group(1) not in ",—–-" and not m.group(3).islower():
            continue  # after ". ! ?" only a lowercase word continues the sentence ("he said")
        close = m.start(2)
        opener = _find_opener(text, close, m.group(2))
        if opener is None:
            continue
        inside.update(c for c in cuts if opener < c <= close)
    return inside


def _find_opener(text: str, close: int, quote: str) -> int | None:
    """The quote that opens the quotation closed at ``close``, or None when unsure."""
    want = _OPENER_OF[quote]
    for i in range(close - 1, max(-1, close - _QUOTE_SPAN_LIMIT - 1), -1):
        ch = text[i]
        if ch == "\n" and text[i - 1 : i] == "\n":
            return None  # never across a paragraph break
        if ch != want and ch != quote:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Bill’s
        opens_here = want != quote or before.isspace() or before in "([{—–-:"  # straight: by place
        if ch == want and not after.isspace() and opens_here:
            return i
        return None  # another quotation (or a possessive "players'") ends first: do not pair
    return None


# --- 6: spans --------------------------------------------------------------------------------


def _spans_from_cuts(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        if cut <= start:
            continue
        s, e = _trim(text, start, cut)
        start = cut
        if s >= e:
            continue
        if spans and not any(ch.isalnum() for ch in text[s:e]):
            spans[-1] = (spans[-1][0], e)  # a stray "." or quote left by scraping
            continue
        if spans and not any(ch.isalnum() for ch in text[spans[-1][0] : spans[-1][1]]):
            s = spans.pop()[0]  # a leading stray fragment joins the first real sentence
        spans.append((s, e))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

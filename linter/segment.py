"""Sentence boundaries in news prose, as exact character spans.

``split_sentences(text)`` returns ``(start, end)`` character offsets into ``text``, whitespace
trimmed, in order. The boundaries come from sentencex (Wikimedia's rule-based segmenter, a Rust
core: abbreviation lists, sentence starters, numbers, e-mails, CJK stops); a few news-specific
fixes sit on top, each one for a case the library gets wrong in news copy.

Why this library (measured 2026-11 on the 189 dev articles, 519,000 characters, and on the cases
in tests/data/segmentation_cases.yaml: the 56 written for the former splitter, 72 now; CPU
seconds are the stable number, wall seconds are what this throttled, shared 2-core machine shows):

====================================  ==========  ==========  ===========  ============
option                                56 cases    72 cases    CPU s        wall s
====================================  ==========  ==========  ===========  ============
sentencex 1.0.32 + news fixes (this)  55          71          0.05         0.7 - 0.8
former hand-written splitter          54          68          0.06         0.65 - 1.0
sentencex 1.0.32 alone                43          49          0.01         0.15
nupunkt 0.8.0 alone                   41          52          0.02         0.4
pysbd 0.3.4 (char spans; last         44          54          3.2          55
release 2021)
====================================  ==========  ==========  ===========  ============

On the dev articles this module and the former splitter agree on all but 3 of ~4,600 boundaries.
sentencex alone keeps every quotation and parenthesis whole (news quotes run for paragraphs),
reads "no. me. May. CT." as abbreviations and ignores line structure; the fixes below cover that.

The news fixes, in order:

1. Quotation marks and brackets are hidden from the library (replaced by spaces, so offsets do
   not move). sentencex never splits inside a quotation or a parenthesis, but news quotations run
   for whole paragraphs, and a rule wants one claim per sentence. A cut is then moved to just
   after the sentence's last mark and its closing quotes (``...partners."`` | ``The Kremlin``).
   German „...“ closes on “ and French « ... » on a spaced », when one is open
   (``Brücke.“`` | ``Das sagte``, ``pont. »`` | ``C’est``).
2. Words that sentencex lists as abbreviations but that end sentences in news: ``no. me. ok.
   ill. fed. may. May.`` and all-caps words (``LA. CT.``) before a capitalised word; an ellipsis
   (``…`` or ``...``) before a capital or a number.
3. ``a.m./p.m.`` followed by a day or a time zone (``9 a.m. Eastern Time``) is one sentence.
4. A cut is dropped when a lowercase word follows (``"Yes!" he said``), when it is glued inside a
   URL, after a title the library lacks (``Supt. Amb. Atty. Ft.``), before a number after
   ``Vol. No. Sept.``, after a list number opening a line or sentence (``1. Cut taxes.``), and
   after a day's ordinal before a German month (``am 3. Mai``).
5. A line break ends a sentence when the line before it has no final punctuation, the next line
   starts like a sentence (capital, digit, quote, bullet) and the line is short compared with the
   longest line (hard-wrapped paragraphs have lines of near-equal length; a short unpunctuated
   line is a title, a caption or site chrome such as "Media playback is not supported"), or the
   line is longer than any hard wrap. A blank line always ends a sentence. Where one paragraph
   was left unwrapped among wrapped ones (a repost), the longest line that a lower-case line goes
   on from stands for the longest line.
6. A quotation that ends inside the sentence and is followed by its attribution
   (``"We will win. We always do," she said.``) stays one sentence with it: cuts inside the
   quotation are dropped, so the speaker is never cut off from the words.
7. Fragments without a letter or digit (a stray ``.`` left by scraping) join the sentence before.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import sentencex

# 1. Quotes and brackets, except an apostrophe between two letters (don't, Bill's, didn’t).
_HIDDEN = re.compile(r"[\"“”«»„()\[\]‘’'](?!(?<=\w[‘’'])\w)")
_CLOSERS = "\"'”’»)]」』）"
_OPEN_CHARS = "\"'“‘«([{"
# 2. Everyday words on sentencex's abbreviation list ("no" for number, "me" for Maine...).
# (A stop before a capital is found first, then the word before it is checked: a pattern that
# opens with a look-behind is tried at every position and costs ten times more.)
_STOP_BEFORE_CAPITAL = re.compile(r"\.(?=[\"'”’)]*\s+[\"'“‘(]*[A-Z])")
_WORD_ENDS_SENTENCE = re.compile(r"(?<![\w.])(?:[Nn]o|me|ok|ill|fed|[Mm]ay|[A-Z]{2,})[\"'”’)]?$")
_ELLIPSIS_ENDS = re.compile(r"(?:…|\.\.\.)(?=[\"'”’)]*\s+[\"'“‘(]*[A-Z0-9])")
# 3. "9 a.m. Eastern Time", "5 p.m. Monday": sentencex cuts before any capital after "a.m.".
_TIME_CONTINUES = re.compile(
    r"[ap]\.m\.(?<!\w[ap]\.m\.)(?=\s+(?:Eastern|Pacific|Central|Mountain|[ECMP][SD]?T|GMT|BST|UTC|"
    r"CES?T|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# 4. Titles before a name never end a sentence (sentencex lacks some: "Supt. Amb. Atty. Ft.",
# a police rank's "Chief Dir."),
# and "Vol. 2", "Sept. 11" go on before a number.
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Maj Capt "
    "Cpt Cmdr Cdr Adm Sgt Cpl Pvt Brig Rev Hon Rt Pres Supt Det Insp Atty Amb Msgr Fr Mt Ft Dir "
    "Coun Ald".split()  # (Canadian and US council members: "Coun. Roe", "Ald. Roe")
)
_BEFORE_NUMBER = frozenset(
    "No Nos no nos Vol vol Vols p pp Art art Ch ch Sec sec Para para Fig Figs "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([^\W\d_]+)\.$")
# 4. "1." (or "12.") standing alone as the first word of a line or sentence.
_LIST_NUMBER = re.compile(r"(?:^|\s)\d{1,3}\.$")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]」』）]*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BULLETS = "-–—•*·+▪●"
_HARD_BULLETS = "•·▪●"
# 6. A closing quote right after punctuation, followed by the attribution: after a comma or dash
# any word ("," Smith said), after ". ! ?" a lowercase one ("?" she asked).
_ATTRIBUTED_CLOSE = re.compile(r"([,.!?…—–-])([\"'”’»])\s+(\w)")
_OPENER_OF = {'"': '"', "'": "'", "”": "“", "’": "‘", "»": "«"}
_QUOTE_SPAN_LIMIT = 1500  # never glue more than this many characters together
_ALNUM = re.compile(r"[^\W_]")
# 5. A line longer than this was never hard-wrapped (wraps sit at 60-80 columns): its line break
# is the writer's, so a caption ending "REUTERS/Carlo Allegri" is not run into the next line.
_UNWRAPPED = 110


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character ``(start, end)`` spans of the sentences in ``text``, whitespace trimmed."""
    if not text or text.isspace():
        return []
    masked = _HIDDEN.sub(" ", text)
    cuts = _library_cuts(text, masked)
    cuts |= {
        _settle(text, masked, m.end())
        for m in _STOP_BEFORE_CAPITAL.finditer(text)
        if _WORD_ENDS_SENTENCE.search(text, max(0, m.start() - 12), m.start())
    }
    # (each pattern needs a piece of text most paragraphs lack: a quick test before the scan)
    if "..." in text or "…" in text:
        cuts |= {_settle(text, masked, m.end()) for m in _ELLIPSIS_ENDS.finditer(text)}
    if ".m." in text:
        cuts -= {m.end() for m in _TIME_CONTINUES.finditer(text)}
    cuts = _drop_continuations(text, sorted(cuts))
    cuts |= _line_cuts(text)
    cuts -= _cuts_inside_attributed_quotes(text, cuts)
    return _spans_from_cuts(text, sorted(cuts))


# --- 1: the library --------------------------------------------------------------------------


# sentencex takes quadratic time on some runs: each unclosed opening quote ("“", "«") scans to
# the end for its closer, each stop before punctuation ("?-?-", a page's "<?<?") for a letter; a
# 2 MB paragraph of them ran for hours. A paragraph this long is read in pieces of about
# _PIECE characters, each going on _OVERLAP past its end so its last cuts see what follows, the
# next piece opening at the last cut kept (a sentence's start, as sentencex saw it there)
_LONG = 20_000
_PIECE = 4_000
_OVERLAP = 1_000


def _library_cuts(text: str, masked: str) -> set[int]:
    n = len(masked)
    cuts: set[int] = set()
    if n <= _LONG:
        _piece_cuts(text, masked, 0, n, cuts)
        return cuts
    start = 0
    while start < n:
        stop = min(n, start + _PIECE)
        last = _piece_cuts(text, masked, start, stop, cuts)
        start = last if last >= start + _PIECE // 2 else stop
    return cuts


def _piece_cuts(text: str, masked: str, start: int, keep: int, cuts: set[int]) -> int:
    """Add to ``cuts`` the cuts sentencex finds in ``masked`` from ``start`` up to ``keep``
    (reading _OVERLAP further); the last sentence end found there (``start`` if none)."""
    n = len(masked)
    end = n if keep == n else min(n, keep + _OVERLAP)
    piece = masked if start == 0 and end == n else masked[start:end]
    last = start
    for boundary in sentencex.get_sentence_boundaries("en", piece):
        at = start + boundary["end_index"]  # character offsets, trailing whitespace included
        if at > keep or (at >= end and end < n):
            break  # the next piece decides
        last = at
        if at < len(text) and not boundary["is_paragraph_break"]:
            cuts.add(_settle(text, masked, at))
    return last


def _settle(text: str, masked: str, cut: int) -> int:
    """Move a cut to just after the sentence's last mark and the closing quotes glued to it."""
    while cut > 0 and masked[cut - 1].isspace():
        cut -= 1
    while cut < len(text) and text[cut] in _CLOSERS and cut > 0 and not text[cut - 1].isspace():
        cut += 1
    if cut < len(text) and text[cut] in "“«":
        cut = _german_closer(text, cut)
    elif cut + 1 < len(text) and text[cut + 1] == "»":
        cut = _spaced_guillemet(text, cut)
    return cut


def _german_closer(text: str, cut: int) -> int:
    """Past German „...“ closing on “ (``Zeiten.“ Das sagte``) or »...« closing on « (``könnte.«
    Mithilfe``), when one is open: the quoted sentence ends there, the next does not open with it."""
    opener = "„" if text[cut] == "“" else "»"
    if cut > 0 and not text[cut - 1].isspace() and text.rfind(opener, 0, cut) > text.rfind(text[cut], 0, cut):
        return cut + 1
    return cut


def _spaced_guillemet(text: str, cut: int) -> int:
    """Past a French closing guillemet after a space (``imprévus. » C’est``), when a « is open."""
    if (
        cut + 1 < len(text)
        and text[cut].isspace()
        and text[cut] != "\n"
        and text[cut + 1] == "»"
        and text.rfind("«", 0, cut) > text.rfind("»", 0, cut)
    ):
        return cut + 2
    return cut


# --- 4: continuations ------------------------------------------------------------------------


def _drop_continuations(text: str, cuts: list[int]) -> set[int]:
    kept: set[int] = set()
    previous = 0
    run = [0, 0, False]  # the last run without a space a cut was glued in: start, end, an address
    for cut in cuts:
        if not (
            _continues(text, cut, run)
            or _after_abbreviation(text, cut)
            or _ordinal_day(text, cut)
            or _after_list_number(text, cut, previous)
            or _abbreviated_multiplier(text, cut)
        ):
            kept.add(cut)
            previous = cut
    return kept


def _continues(text: str, cut: int, run: list | None = None) -> bool:
    """A cut before a lowercase word ("Yes!" he said) or glued inside a URL ends nothing."""
    n = len(text)
    if cut < n and not text[cut].isspace():
        return _glued_inside_address(text, cut, run)
    nxt = cut
    while nxt < n and (text[nxt].isspace() or text[nxt] in _OPEN_CHARS):
        nxt += 1
    return nxt < n and text[nxt].islower()


def _after_abbreviation(text: str, cut: int) -> bool:
    """A title before a name ("Supt. Jones"), or "Vol."/"Sept." before a number."""
    word = _WORD_BEFORE_STOP.search(text, max(0, cut - 8), cut)
    if not word:
        return False
    if word.group(1) in _TITLES:
        return True
    nxt = cut
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return word.group(1) in _BEFORE_NUMBER and nxt < len(text) and text[nxt].isdigit()


# An amount with an abbreviated multiplier before its currency ("3 Mio. Euro", "2,5 Mrd. Dollar"):
# the stop belongs to the multiplier.
_MULTIPLIER_STOP = re.compile(r"\d\s?(?:Mio|Mrd|Mill|Tsd)\.$")
_CURRENCY_AFTER = re.compile(r"\s+(?:Euro|Dollar|US-Dollar|Franken|Pfund|Yen|Rubel|Kronen)\b")


def _abbreviated_multiplier(text: str, cut: int) -> bool:
    """A cut after "Mio."/"Mrd." between a figure and its currency ("3 Mio. | Euro")."""
    return bool(_MULTIPLIER_STOP.search(text, max(0, cut - 12), cut)) and bool(
        _CURRENCY_AFTER.match(text, cut)
    )


# 4. A day written as an ordinal before its month, as German copy writes dates ("am 3. Mai", "Sonntag,
# 2. Juni 2024", "bis 31. Dez."): the stop belongs to the number. (Other languages that write
# such dates give the month in lower case, which goes on the sentence already.)
_ORDINAL_DAY = re.compile(r"(?<![\w.])(?:[12]?\d|3[01])\.$")
_MONTHS_AFTER_DAY = re.compile(
    r"\s+(?:(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b|(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.)"
)


def _ordinal_day(text: str, cut: int) -> bool:
    """A cut after a day's ordinal number before a month's name ("am 3. | Mai")."""
    return bool(_ORDINAL_DAY.search(text, max(0, cut - 4), cut)) and bool(_MONTHS_AFTER_DAY.match(text, cut))


def _glued_inside_address(text: str, at: int, run: list | None = None) -> bool:
    """A stop without a space after it inside a URL, path or e-mail address is not a boundary.
    ``run`` keeps the last run's answer: each of the many stops of one long run without a space
    (a page's "<!--<!--...", 2 MB of it) rescanned the whole run, quadratic time."""
    if run is not None and run[0] <= at < run[1]:
        return run[2]
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    found = any(mark in text[start:end] for mark in ("/", "@", "www.", "://"))
    if run is not None:
        run[:] = [start, end, found]
    return found


def _after_list_number(text: str, cut: int, previous: int) -> bool:
    """ "1. Cut taxes.": the number opens a list entry, it does not end a sentence."""
    if cut < 2 or not text[cut - 2].isdigit() or not _LIST_NUMBER.search(text[max(previous, cut - 5) : cut]):
        return False
    line_start = max(text.rfind("\n", 0, cut), text.rfind("\r", 0, cut)) + 1  # "\r" alone ends a line too
    before = text[max(previous, line_start) : cut].rstrip(".").rstrip("0123456789")
    return before.strip(_OPEN_CHARS + " \t\r") == ""


# --- 5: line breaks --------------------------------------------------------------------------


def _line_cuts(text: str) -> set[int]:
    if "\n" not in text and "\r" not in text:
        return set()
    lines = []  # (start, end-before-break)
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    longest = _wrap_width(text, lines)
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
        if starts_like_sentence and (len(line) < 0.6 * longest or longest < 50 or len(line) > _UNWRAPPED):
            cuts.add(s + len(text[s:e].rstrip()))
    return cuts


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The longest line, or where the text is hard-wrapped, the longest line that a lower-case
    line goes on from: a paragraph left unwrapped among wrapped ones (a repost) does not make
    every wrapped line look short."""
    sizes = [len(text[s:e].strip()) for s, e in lines]
    longest = max(sizes)
    if longest <= _UNWRAPPED:
        return longest
    wrapped = [
        size
        for size, (ns, ne) in zip(sizes, lines[1:])
        if size <= _UNWRAPPED and text[ns:ne].lstrip()[:1].islower()
    ]
    return max(wrapped) if len(wrapped) >= 2 else longest


# --- 6: quotations with attribution ----------------------------------------------------------


def _cuts_inside_attributed_quotes(text: str, cuts: set[int]) -> set[int]:
    inside: set[int] = set()
    ordered = sorted(cuts)
    for m in _ATTRIBUTED_CLOSE.finditer(text):
        if m.group(1) not in ",—–-" and not m.group(3).islower():
            continue  # after ". ! ?" only a lowercase word continues the sentence ("he said")
        close = m.start(2)
        opener = _find_opener(text, close, m.group(2))
        if opener is None:
            continue
        inside.update(c for c in ordered[bisect_right(ordered, opener) : bisect_right(ordered, close)])
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


# --- 7: spans --------------------------------------------------------------------------------


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
        if spans and not _ALNUM.search(text, s, e):
            spans[-1] = (spans[-1][0], e)  # a stray "." or quote left by scraping
            continue
        if spans and not _ALNUM.search(text, *spans[-1]):
            s = spans.pop()[0]  # a leading stray fragment joins the first real sentence
        spans.append((s, e))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

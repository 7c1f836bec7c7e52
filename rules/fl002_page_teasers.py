"""FL002's teaser-run test: other stories' links that follow the story's end.

Under the story's last paragraph many sites print other stories, each a title over its lede (a
sentence or two) or the lede alone, in whatever language the site writes. One line at a time
each reads like the story; as a block they give themselves away. Read from the page's end up:

- titled run: titles (a few words, no sentence end) each over a lede of one or two lines, a date
  line and leftovers already found anywhere in it (a label, an image's file name, a lede's glued
  "Read more"), a section's label or two at the end; two titles or more, or one under a leftover
  that ends a story (a "read more" label, a share row, a call to the reader);
- lede run: two ledes or more with no title, each opening with a dateline like the story's own
  ("CITY (AGENCY) - ...": other wire stories) under a short label; or, right under the story's
  last three paragraphs that end a sentence, none ending like one (a box that drops the stop);
  or under a label alone the phrases read as a list of links;
- glued run: two lines or more, each another story's title run into its lede with no stop
  between ("Fire at pier under control Crews were called ..."): a capitalised word after a
  word in small letters (no name of two words, no date; on a German page a small word like
  "Der"), the lede saying the title's words again; under a finished paragraph, their titles
  taking up under half their words from the story.

Story guard: the story above the run is two paragraphs or more and longer than the run (or a
brief, where every lede opens on one section label glued to its sentence: "Sport The club ...");
no lede names anything the story names (its capitalised words inside a sentence, the dateline's
agency aside; a labelled teaser's title and lede together); each title sums up its lede and takes
up under a quarter of the story's words (a crosshead over the story's last section takes up
more; of a labelled teaser, the words its lede does not say); no time stamp, question or lead-in
colon in the run (a live page's entries, a Q&A, a list), and a bulleted or numbered line is a
list's item. A cheap test on the page's last lines runs first.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.analysis.languages import any_function_words
from factlint.analysis.words import FUNCTION_WORDS
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_shape import (
    LEAD_JUNK,
    Place,
    head_words,
    is_prose,
    shapes,
    words_of,
    writer_line,
)

MESSAGES = {
    "teaser-run": (
        'another story\'s link left over from the web page: "{shown}"; ',
        "titles and ledes of other stories after the story's end, naming none of its people or places",
    ),
}

_TITLE_WORDS = (3, 16)  # a teaser's title: a few words, no sentence end
_LEDE_WORDS = (8, 70)  # a teaser's lede: a sentence or two, on one line
_LEDE_LINES = 2  # lines of lede under one title
_GATE_LINES = 8  # the page's last lines the cheap test reads
_WINDOW_LINES = 40  # the page's last lines a run is looked for in
_UNSTOPPED_WORDS = 35  # a lede that drops its stop is one sentence
_MIN_TITLES = 2  # titles that make a run
_MIN_LEDES = 2  # ledes with no title that make a run
_END_CLASSES = frozenset({"link", "share", "call-to-action", "copyright", "navigation"})
_END_LABELS = 2  # a section's labels under the last teaser ("Politics")
_META_WORDS = 5  # a teaser's date line ("12 March 2024", "3 hours ago")
_LABEL_WORDS = 4  # a short label over a lede run ("More from the region")
_SHARED_NAMES = 0.25  # of a lede's names, at most this share the story's
_CROSSHEAD_SHARE = 0.25  # of a title's words, a crosshead takes up at least this share from the story
_STORY_LINES = 2  # story paragraphs above the run
_STORY_ENDS = 3  # the story's last paragraphs over a lede run, each ending a sentence
_CLOSERS = " \"”’')»"
_LIST_MARKS = set("•*·▪►‣-–—0123456789")
_STOPS = (".", "!", "?", "…")
# a wire dateline: "CITY (AGENCY) - ", "NEW CITY (AG) – "
_DATELINE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?: [^\W\d_]{2,}){0,2} \([^\W\d_]{2,12}\) ?[-–—] ")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DIGIT = re.compile(r"\d")


def find(
    doc: Document,
    units: list[Sentence],
    hits: list[str | None],
    flagged: set[int],
    lists: set[int] = frozenset(),
) -> list[Place]:
    """``lists``: the units that are a label the phrases read as announcing a list of links."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    # the cheap test first, on the page's last lines: most pages end on a story paragraph or on
    # leftovers alone, with no title, dropped stop or dateline there
    if not _may_end_with_teasers(lines, units, hits, flagged, lists):
        return []
    sh = shapes()
    first = next((u for u, h in zip(units, hits) if h is None and is_prose(u.text, sh)), None)
    if first is None:
        return []
    start = first.span.line
    # the page's last lines under the story's start, where a run can be (a run reads from the end
    # and stops at the story's paragraphs: the lines above the window are read only for a run)
    filled: list[tuple[int, str]] = []
    n = len(lines)
    while n > start and len(filled) < _WINDOW_LINES:
        text = lines[n - 1].strip()
        if text:
            filled.append((n, text))
        n -= 1
    filled.reverse()
    if len(filled) < _MIN_LEDES:
        return []
    # (the window's units: the lines with any leftover already found, the labels that end a story)
    by_line: dict[int, list[int]] = {}
    known: set[int] = set()
    ends = set()
    for i in range(len(units) - 1, -1, -1):
        line = units[i].span.line
        if line < filled[0][0]:
            break
        by_line.setdefault(line, []).append(i)
        if hits[i] or i in flagged:
            known.add(line)
        if hits[i] in _END_CLASSES or i in lists:
            ends.add(i)
    taken = _run(units, hits, flagged, lines, filled, known, ends, by_line, start)
    # (else titles run into their ledes, line by line: the page's other stories' teasers)
    return [
        Place(i, "teaser-run") for n in taken or _glued_run(filled, known, lines) for i in by_line.get(n, [])
    ]


def _run(units, hits, flagged, lines, filled, known, ends, by_line, start) -> list[int]:
    """The 1-based lines of a titled run or a lede run that tells other stories (none: [])."""
    taken, pairs = _titled(filled, known, ends, by_line)
    if not taken:
        taken, pairs = (
            _ledes(filled, known, lines, start) or _labelled_ledes(filled, known, ends, by_line),
            [],
        )
    if not taken:
        return []
    top = taken[0]
    known = known | {units[i].span.line for i in flagged} | {u.span.line for u, h in zip(units, hits) if h}
    story = [t for n, t in enumerate(lines, 1) if n < top and n not in known and t.strip()]
    run = [t for n, t in filled if n in taken and n not in known]
    if any(_CLOCK.search(t) for n, t in filled if n in taken):
        return []  # a live page's entries under their times
    if not _other_stories(story, run, pairs, _glued_label(pairs)):
        return []
    return [n for n in taken if n not in known]


def _may_end_with_teasers(
    lines: list[str], units: list[Sentence], hits: list[str | None], flagged: set[int], lists: set[int]
) -> bool:
    """Whether the page's last lines hold what a teaser run needs: a title, a label that ends a
    story, a line with no stop under one, or a dateline; and two lines no test has taken."""
    tail: list[tuple[int, str]] = []
    n = len(lines)
    while n > 0 and len(tail) < _GATE_LINES:
        text = lines[n - 1].strip()
        if text:
            tail.append((n, text))
        n -= 1
    known = set()  # (read from the last unit up: only the last lines' units)
    label = False
    for i in range(len(units) - 1, -1, -1):
        if units[i].span.line < n:
            break
        if hits[i] or i in flagged:
            known.add(units[i].span.line)
            label = label or hits[i] in _END_CLASSES or i in lists
    free = [text for n, text in tail if n not in known]
    if len(free) < _MIN_LEDES:
        return False
    return (
        label
        or _glued_at(free[0]) is not None
        or not _stopped(free[1])
        or bool(_DATELINE.search(free[0][:60]))
        or any(_title(text) for _, text in tail)
    )


def _other_stories(
    story: list[str], run: list[str], pairs: list[tuple[str, list[str]]], label: str = ""
) -> bool:
    """Whether the run's lines tell other stories than the ``story`` lines above them. A run whose
    ledes all open on their section's label (``label``) may follow a brief shorter than itself."""
    if sum(len(words_of(t)) >= _LEDE_WORDS[0] for t in story) < _STORY_LINES:
        return False
    if not label and sum(len(words_of(t)) for t in story) <= sum(len(words_of(t)) for t in run):
        return False
    if label:  # (the label is no word of the lede's sentence: "News The council ...")
        pairs = [(title, [t.lstrip(LEAD_JUNK)[len(label) :] for t in ledes]) for title, ledes in pairs]
        run = [title for title, _ in pairs] + [t for _, ledes in pairs for t in ledes]
    if any(t.rstrip(_CLOSERS).endswith((":", "?")) for t in run):
        return False  # a lead-in's list, questions and answers
    names = {w.casefold() for t in story for w in _names(t)}
    # (a labelled teaser's names are its title's and its lede's: a local site's teasers name the
    # town the brief above names)
    items = [[title, *ledes] for title, ledes in pairs] if label else [[t] for t in run]
    for item in items:
        own = [w for t in item for w in _names(t)]
        if sum(w.casefold() in names for w in own) > _SHARED_NAMES * len(own):
            return False  # the story goes on: its people and places
    if not pairs:
        return True
    # a title sums up its own lede (a crosshead heads a section in a word or two of its own), and
    # another story's lede names someone or somewhere
    if not any(_echoes(title, ledes) for title, ledes in pairs) or not all(
        any(_names(t) for t in ledes) for _, ledes in pairs
    ):
        return False
    # ... and takes up none of the story's words, where a crosshead over the story's last
    # section does ("Costs of the harbour plan" under a story on the harbour plan)
    said = {w.casefold() for t in story for w in words_of(t)}
    for title, ledes in pairs:
        mine = _content(title)
        own = _content(" ".join(ledes)) if label else set()  # (a labelled teaser's own words)
        if sum(w in said and w not in own for w in mine) >= _CROSSHEAD_SHARE * len(mine):
            return False
    return True


def _titled(filled, known, ends, by_line) -> tuple[list[int], list[tuple[str, list[str]]]]:
    """1-based lines of a run of titles over their ledes that ends the page, read from the end:
    a title cut by the page's end may close it; known leftovers may sit anywhere in it."""
    k = len(filled) - 1
    kinds = []  # the run's 1-based lines
    pairs: list[tuple[str, list[str]]] = []  # each title with its lede lines
    n_titles = 0
    # leftovers and a section's label or two at the page's end, then a last title it may cut
    labels = 0
    while k >= 0 and (
        (filled[k][0] in known and not _title(filled[k][1]))
        or (labels < _END_LABELS and filled[k][0] not in known and _label(filled[k][1]))
    ):
        labels += filled[k][0] not in known
        kinds.append(filled[k][0])
        k -= 1
    if k >= 0 and filled[k][0] not in known and _title(filled[k][1]) and not _lede(filled[k][1], False):
        kinds.append(filled[k][0])
        n_titles += 1
        k -= 1
    top = None
    while k >= 0:
        j = k
        ledes = 0
        while j >= 0:
            n, text = filled[j]
            if ledes and _title(text):
                break  # the item's title
            if n in known:
                ledes += _lede(text, False)  # (a lede with a leftover glued to it: "... Read more")
            elif ledes < _LEDE_LINES and _lede(text, False):
                ledes += 1
            elif not _meta(text):
                break
            j -= 1
        if not ledes or ledes > _LEDE_LINES or j < 0 or not _title(filled[j][1]):
            break
        kinds.extend(filled[m][0] for m in range(j, k + 1))
        pairs.append((filled[j][1], [t for _, t in filled[j + 1 : k + 1] if _lede(t, False)]))
        n_titles += 1
        top = j
        k = j - 1
        # the teaser's writer over its title, under its image's credit ("(Photo/Source)", "A. Name")
        if k >= 1 and filled[k][0] not in known and filled[k - 1][0] in known and writer_line(filled[k][1]):
            kinds.append(filled[k][0])
            k -= 1
    if top is None:
        return [], []
    if n_titles < _MIN_TITLES:
        # one title with its lede: under a leftover that ends a story (a "read more" label, a
        # share row, a call to the reader)
        above = top - 1
        label = filled[above][0] if above >= 0 else None
        if label is None or ends.isdisjoint(by_line.get(label, [])):
            return [], []
    kinds.extend(_run_head(filled, known, k))
    return sorted(kinds), pairs


def _run_head(filled, known, k: int) -> list[int]:
    """Short labels right above the run's first title (or its writer, at ``k`` and up) head the
    run, and the box's own label between them and a leftover above ("Have a tip? ..." / "Region
    News" / "<teaser>")."""
    head = []
    above = k
    while above >= 0 and filled[above][0] in known:
        head.append(filled[above][0])
        above -= 1
    if 1 <= above < k and _label(filled[above][1]) and filled[above - 1][0] in known:
        head.append(filled[above][0])
    return head


def _ledes(filled, known, lines, start) -> list[int]:
    """1-based lines of two ledes or more with no title that end the page, under the story's
    last paragraphs (three that end a sentence) or a short label: each with a dateline like the
    story's first line, under a label; or, right under the story, none with a sentence end."""
    for dated in (False, True):
        if dated and not _DATELINE.search(lines[start - 1]):
            break
        run = []
        k = len(filled) - 1
        while k >= 0:
            n, text = filled[k]
            if n not in known:
                if not _LEDE_WORDS[0] <= len(words_of(text)) <= _LEDE_WORDS[1]:
                    break
                if not dated and text[:1] in _LIST_MARKS:
                    break  # (a bulleted or numbered line is a list's item: the story's facts)
                if (
                    (not _DATELINE.search(text[:60]))
                    if dated
                    else (_stopped(text) or len(words_of(text)) > _UNSTOPPED_WORDS)
                ):
                    break
                run.append(n)
            k -= 1
        # (the page's last line may be a sentence the copy cut: it is no evidence of a dropped stop)
        whole = run[1:] if run and run[0] == filled[-1][0] and not dated else run
        if len(whole) < _MIN_LEDES:
            continue
        label = None
        if k >= 0 and filled[k][0] not in known and _label(filled[k][1]):
            label = filled[k][0]
            k -= 1
        if (label is None) == dated:
            continue
        above = [lines[start - 1]] + [t for n, t in filled[: k + 1] if n not in known]
        above = [t for t in above if len(words_of(t)) >= _LEDE_WORDS[0]]
        if len(above) >= _STORY_ENDS and all(_stopped(t) for t in above[-_STORY_ENDS:]):
            return sorted(run + ([label] if label else []))
    return []


def _labelled_ledes(filled, known, ends, by_line) -> list[int]:
    """1-based lines of two ledes or more with no title that end the page (leftovers aside)
    under a label alone on its line that the phrases read as a link list ("Related", "More on
    this"): the label's box."""
    k = len(filled) - 1
    while k >= 0 and filled[k][0] in known:
        k -= 1
    run = []
    while k >= 0 and filled[k][0] not in known:
        text = filled[k][1]
        if not _LEDE_WORDS[0] <= len(words_of(text)) <= _LEDE_WORDS[1] or text[:1] in _LIST_MARKS:
            return []
        run.append(filled[k][0])
        k -= 1
    if len(run) < _MIN_LEDES or k < 0 or len(words_of(filled[k][1])) > _LABEL_WORDS:
        return []
    if ends.isdisjoint(by_line.get(filled[k][0], [])):
        return []
    return sorted(run)


_GLUED_TITLE = (4, 20)  # words of a title run into its lede
_GLUED_LEDE = 12  # the lede's words at least
_GLUED_RUN = 2  # such lines that make a run
# the small words a name follows inside a title ("... in Kelby", "... aan de Havenweg"), beside
# the function words of every language held
_NAME_AFTER = frozenset(
    "de del della di da do dos das du des la le in en van von aan bij at on by no na nos nas em à au aux w z ze".split()
)


def _glued_run(filled, known, lines) -> list[int]:
    """1-based lines of two teasers or more that end the page (leftovers aside), each another
    story's title run into its lede with no stop between (``_glued_at``), under the story's last
    paragraph (a sentence's end), their titles taking up under half of their words from the story.
    A teaser another test found counts in the run, and stays that test's finding."""
    k = len(filled) - 1
    while k >= 0 and filled[k][0] in known and _glued_at(filled[k][1]) is None:
        k -= 1
    run: list[tuple[int, str]] = []  # (1-based line, the title)
    while k >= 0 and not _CLOCK.search(filled[k][1]):
        at = _glued_at(filled[k][1])
        if at is None:
            break
        run.append((filled[k][0], " ".join(filled[k][1].lstrip(LEAD_JUNK).split()[:at])))
        k -= 1
    above = filled[k][1] if k >= 0 else ""
    if len(run) < _GLUED_RUN or not _stopped(above) or len(words_of(above)) < _LEDE_WORDS[0]:
        return []
    top = run[-1][0]
    said = {w.casefold() for n, t in enumerate(lines, 1) if n < top for w in words_of(t)}
    small = any_function_words()
    for _, title in run:
        mine = _content(title) - small
        if sum(w in said for w in mine) * 2 >= len(mine):
            return []  # (the story's own subhead over its last paragraph)
    return sorted(n for n, _ in run if n not in known)


def _glued_at(text: str) -> int | None:
    """Where a title run into its lede ends (the lede's first word's position among the line's
    words), or None: a capitalised word right after a word in small letters with no stop
    between, four to twenty words in ("Fire at the east pier under control Crews were called
    ..."), or a small word after a place's name ("... in Kelby The crews ..."); the lede twelve
    words or more, saying at least two of the title's words again (one of a short title). A
    name inside a sentence follows a small word ("in Kelby") or another name; on a page that
    capitalises its nouns, the lede opens on a small word ("Der", "Bei")."""
    tokens = text.lstrip(LEAD_JUNK).split()
    if len(tokens) < _GLUED_TITLE[0] + _GLUED_LEDE or not tokens[0][:1].isupper():
        return None
    small = any_function_words() | _NAME_AFTER
    dates = head_words().date_words
    nouns = sum(t[:1].isupper() for t in tokens[1:]) * 4 >= len(tokens) - 1  # (German)
    for p in range(1, min(_GLUED_TITLE[1], len(tokens) - _GLUED_LEDE) + 1):
        before, word = tokens[p - 1], tokens[p]
        if before.rstrip("\"”’'»)")[-1:] in (".", "!", "?", ":", ";", ","):
            return None  # (a sentence's end or a clause's mark: no title runs on past it)
        if p < _GLUED_TITLE[0] or not word[:1].isupper() or word.isupper():
            continue
        if not (before[:1].islower() or before[:1].isdigit()):
            # a title ending on a place ("... in Hollum"), the lede opening on a small word ("De")
            if not (
                tokens[p - 2].casefold() in small and word.casefold() in small and tokens[p + 1][:1].islower()
            ):
                continue
        elif before.casefold() in small:
            continue
        if nouns and word.casefold() not in small:
            continue
        # (a name of two capitalised words, "collega Jens Spahn", or a date, "on Friday night")
        if word.casefold() not in small and (
            tokens[p + 1][:1].isupper() or word.casefold().rstrip(".") in dates
        ):
            continue
        if _echoes(" ".join(tokens[:p]), [" ".join(tokens[p:])]):
            return p
    return None


def _glued_label(pairs: list[tuple[str, list[str]]]) -> str:
    """The section label every lede of two titled teasers or more opens on, glued to the lede's
    first sentence ("Sport The club ...", "Nyheter Det ..."): one capitalised word of four letters
    or more, not a function word, the same on each, with a capital after it; "" when none."""
    ledes = [t.lstrip(LEAD_JUNK) for _, ls in pairs for t in ls[:1]]
    if len(pairs) < _MIN_TITLES or len(ledes) < len(pairs):
        return ""
    heads = {tuple(t.split(maxsplit=2)[:2]) for t in ledes}
    firsts = {h[0] for h in heads}
    if len(firsts) != 1 or any(len(h) < 2 or not h[1][:1].isupper() for h in heads):
        return ""
    label = firsts.pop()
    if len(label) < 4 or not label.isalpha() or not label[:1].isupper() or label.isupper():
        return ""
    return "" if label.casefold() in FUNCTION_WORDS else label


def _stopped(text: str) -> bool:
    return text.rstrip(_CLOSERS + "*").endswith(_STOPS)


def _title(text: str) -> bool:
    body = text.lstrip(LEAD_JUNK)
    end = body.rstrip(_CLOSERS)
    if (
        not body[:1].isupper()
        or end.endswith(("!", "?", ":", ";", ","))
        or end.endswith(".")
        and not end.endswith("...")
    ):
        return False  # (a title cut short with "..." is one all the same)
    return _TITLE_WORDS[0] <= len(words_of(body)) <= _TITLE_WORDS[1]


def _lede(text: str, cut: bool) -> bool:
    """A teaser's lede: a sentence or two that ends like one, or longer than a title (or cut by
    the page's end)."""
    n = len(words_of(text))
    if not _LEDE_WORDS[0] <= n <= _LEDE_WORDS[1]:
        return False
    return cut or n > _TITLE_WORDS[1] or text.rstrip(_CLOSERS).endswith(_STOPS)


def _meta(text: str) -> bool:
    """A teaser's date or count line: a few words with a figure and no sentence end."""
    return bool(_DIGIT.search(text)) and len(words_of(text)) <= _META_WORDS and not _stopped(text)


def _label(text: str) -> bool:
    return 1 <= len(words_of(text)) <= _LABEL_WORDS and not text.rstrip(_CLOSERS).endswith(_STOPS)


def _content(text: str) -> set[str]:
    return {w.casefold() for w in words_of(text) if len(w) >= 4 and w.casefold() not in FUNCTION_WORDS}


def _echoes(title: str, ledes: list[str]) -> bool:
    """The title's words (four letters or more) that its lede says again: at least two, or one
    of a short title."""
    said = {w.casefold() for t in ledes for w in words_of(t)}
    mine = _content(title)
    return bool(mine) and len(mine & said) >= min(2, len(mine))


def _names(text: str) -> list[str]:
    """Capitalised words inside a sentence (not its first word, not in capitals): the people,
    places and bodies a line names."""
    out = []
    opening = True
    for token in text.split():
        word = token.strip("\"“”‘’'()[]«»,;")
        # (an agency in brackets is the dateline's, on every story of a wire)
        if not opening and token[:1] != "(" and len(word) >= 3 and word[:1].isupper() and not word.isupper():
            out.append(word.rstrip(".:!?"))
        opening = token.endswith((".", "!", "?", ":", "-", "–", "—")) or not word
    return out

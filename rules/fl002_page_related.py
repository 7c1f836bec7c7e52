"""FL002's related-link test: other stories' titles standing between the story's paragraphs.

A site sets a link to another story of its own between two paragraphs, a title alone on its
line, in whatever language it writes; copied as text it reads like a subhead. Read by what sits
around it, not by its words:

- titles in a row: two lines or more in a row (blank lines between) each shaped like a title (a
  capital, four to sixteen words, no sentence end (nor a question), not opening a quotation,
  no list of names or figures, no clock, no figure at its end: a table's row) after a finished paragraph and before the next one.
  A subhead heads the paragraph under it, so the last title of the run is the story's (a
  section's head over it, in a run of two, that shares two words with the paragraph is the
  story's too); the ones above it head nothing: they are links ("Councillor walks out: 'not my budget'" over the
  subhead "The vote" over its paragraph). A list the story gives is announced by a colon, and
  a paragraph that ends on a quotation with no full stop in it is no finished paragraph; the
  paragraph above is the story's, not a site notice found already (over the page's headline);
- a glued label: below a paragraph of the story, a line of its own that is a short topic label
  glued to another story's headline by a colon with no space ("Harbour dispute:A ferry firm
  sued the port, officials say."), one sentence, no list in it. In a paragraph, such a label
  is a crosshead run into its text; speech ("said:The") is no label;
- a title list at the end: after the story's last finished paragraph (a gallery counter or a
  found leftover between), the page ends on lines written one under another with no blank line
  between, each shaped like a title or a longer headline (no sentence end, no lead-in colon),
  two or more of them titles, three lines or more (two under a short label: a section's name, a
  gallery counter), set off from the paragraph by a blank line or a short label
  (found furniture or short labels may follow the list, up to eight lines from the end). A
  subhead right under a paragraph, over a paragraph the copy cuts, stays; a list the story
  gives is announced by a colon;
- a title glued to the page's last sentence: the last line ends on a sentence, its stop glued to
  a capital with no space, and what follows is a title to the line's end ("... on Friday.Mayor
  opens the new bridge"); a stop in an abbreviation or a name ("S.p.A.", "U.S.") has no word
  of three letters before it.
- the page's tail: under the story's last paragraph, the last lines all titles, labels, ledes
  cut short by their box ("... the mayor sa...") or leftovers found already, blank lines or none
  between; two titles or more there (beside a label, a found line, a cut lede or a third title)
  are a box of links, one title alone only when a found line or a label touches it and more
  lines follow (or a cut lede is there, or it ends the page under a short found label). A title
  the copy ran into a found label's sentence widens that label's finding (``held_titles``);
  items run together with no space are split.

Plain text and Markdown only, like the other page-wide tests.
"""

from __future__ import annotations

import re

from factlint.analysis.text import GLUED_CAPITAL, GLUED_STOP
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_lone import _stems
from factlint.rules.fl002_page_shape import LEAD_JUNK, words_of

MESSAGES = {
    "related-title": (
        'another story\'s title left over from the web page: "{shown}"; ',
        "a link's title between the story's paragraphs that heads none of them, not part of the story",
    ),
    "related-lede": (
        'another story\'s lede left over from the web page: "{shown}"; ',
        "a line cut short by its box under another story's title after the story's end, not part of the story",
    ),
    "related-label": (
        'a label among other stories\' titles left over from the web page: "{shown}"; ',
        "a short line in a box of links after the story's end, not part of the story",
    ),
}

_TITLE_WORDS = (4, 16)  # a title: more than a label, less than a paragraph
_PARAGRAPH_WORDS = 8  # the lines around a run are the story's paragraphs
_SECTION_SHARED = 2  # words a section's head shares with the paragraph under its sub-section's
_CLOSERS = " \"”’'»)"
_OPENERS = "\"“‘'«„"
_STOPS = (".", "!", "?", "…")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")
_ENDS_ON_FIGURE = re.compile(r"\d\s*%?$")  # a table's row: "North quay wall 7.2"
# a short topic label glued to the other story's headline by a colon with no space ("Harbour
# dispute:A ferry firm sued ..."); a sentence's colon is followed by a space; speech is left out
_GLUED_LABEL = re.compile(
    r"(?![^:\n]*\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|stated|explained|noted)\b)"
    r"[A-Z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]*){1,5}:[A-Z]"
)
_GLUED_COLON = re.compile(r"[a-z]:[A-Z]")  # the cheap test for it
_GLUED_WORDS = 35  # the headline after such a label is one sentence
_SENTENCE_WORDS = 8  # the story's sentence before a glued title


def find(doc: Document, units: list[Sentence], flagged: set[int]) -> list[tuple[int, str]]:
    """``flagged``: the units with any finding so far."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    # the cheap gate: two title lines in a row somewhere, or a colon glued to a capital
    glued = _GLUED_COLON.search(doc.text) is not None
    end_glued = bool(filled) and GLUED_STOP.search(lines[filled[-1]]) is not None
    tail = _tail_gate(lines, filled)
    if (
        not glued
        and not end_glued
        and not tail
        and not _two_titles(lines, filled)
        and not _end_gate(lines, filled)
    ):
        return []
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    taken = _title_runs(lines, filled, by_line, flagged) + _end_titles(lines, filled, by_line, flagged)
    if glued:
        taken += _glued_titles(lines, filled, by_line, flagged)
    taken += _glued_end(lines, filled, units, by_line, flagged)
    more: dict[int, str] = {}  # the tail's labels and cut ledes
    if tail:
        for k, held, kind in _tail_titles(lines, filled, units, by_line, flagged):
            if not held and kind == "title":
                taken += by_line[k + 1]
            elif not held:
                more.update(
                    (i, "related-label" if kind == "label" else "related-lede") for i in by_line[k + 1]
                )
    return [(i, "related-title") for i in sorted(set(taken))] + [
        (i, where) for i, where in sorted(more.items()) if i not in taken
    ]


def _two_titles(lines: list[str], filled: list[int]) -> bool:
    return any(_title(lines[a]) and _title(lines[b]) for a, b in zip(filled, filled[1:]))


def _title(line: str) -> bool:
    """A title line: a capital, a few words, no sentence end or question, not opening a quotation,
    no list of names (commas) or figures, no clock, no figure at its end."""
    text = line.strip()
    if not text or text[:1] in LEAD_JUNK or text[:1] in _OPENERS:
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if not _TITLE_WORDS[0] <= len(words_of(text)) <= _TITLE_WORDS[1]:
        return False
    end = text.rstrip(_CLOSERS)
    if end.endswith((".", "!", "?", ":", ";", ",", "…")):
        return False  # (a question may be the story's: asked, then answered)
    if text.count(",") >= 2 or _figures(text) >= 2 or _CLOCK.search(text):
        return False  # (a list of names, a results row, a time stamp)
    if _ENDS_ON_FIGURE.search(end):
        return False
    return True


def _figures(text: str) -> int:
    """Words that are figures ("6.3", "1,200", "(40%)")."""
    return sum(t.strip(",;:()%").replace(".", "").replace(",", "").isdigit() for t in text.split())


def _paragraph(line: str) -> bool:
    """A finished paragraph of the story: a few words and a sentence end (inside a closing quote
    or bracket); a line ending on a colon announces a list."""
    text = line.strip()
    if len(words_of(text)) < _PARAGRAPH_WORDS or text[:1] in LEAD_JUNK:
        return False
    return text.rstrip(_CLOSERS).endswith(_STOPS)


def _free(k: int, by_line: dict[int, list[int]], flagged: set[int]) -> list[int]:
    """The units on line ``k`` (0-based) when none of them was found already."""
    mine = by_line.get(k + 1, [])
    return [] if any(i in flagged for i in mine) else mine


def _title_runs(
    lines: list[str], filled: list[int], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """Two or more title lines in a row between two finished paragraphs: all but the last."""
    taken: list[int] = []
    n = 1
    while n < len(filled):
        m = n
        while m < len(filled) and _title(lines[filled[m]]) and _free(filled[m], by_line, flagged):
            m += 1
        if m - n >= 2 and m < len(filled) and not _section_heads(lines, filled, n, m):
            prev = filled[n - 1]  # (the story's paragraph, not a site's notice over its headline)
            if _paragraph(lines[prev]) and _free(prev, by_line, flagged) and _paragraph(lines[filled[m]]):
                taken += [i for k in filled[n : m - 1] for i in _free(k, by_line, flagged)]
        n = max(m, n + 1)
    return taken


def _section_heads(lines: list[str], filled: list[int], n: int, m: int) -> bool:
    """Whether a run of two is a section's head over its sub-section's, the first naming what
    the paragraph under them tells (two content words shared): the story's."""
    if m - n != 2:
        return False
    return len(_stems(lines[filled[n]]) & _stems(lines[filled[m]])) >= _SECTION_SHARED


def _glued_titles(
    lines: list[str], filled: list[int], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """A line of its own below a paragraph of the story that is a topic label glued to a
    headline by a colon ("Harbour dispute:A ferry firm sued ..."), one sentence, no list
    (semicolons, brackets): a link between paragraphs. Inside a paragraph such a label is a
    crosshead run into its text."""
    taken: list[int] = []
    story = False
    for k in filled:
        text = lines[k].strip()
        if (
            story
            and _GLUED_LABEL.match(text)
            and len(words_of(text)) <= _GLUED_WORDS
            and not any(c in text for c in ";()")
        ):
            taken += _free(k, by_line, flagged)
        story = story or (_paragraph(lines[k]) and bool(_free(k, by_line, flagged)))
    return taken


_HEADLINE_WORDS = (4, 30)  # a list's longer headline: a title and its second clause
_GAP_WORDS = 3  # a gallery's counter between the story and the list ("3 of 8")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
_END_TITLES = 3  # lines of a list with no label over it
_TAIL_LINES = 8  # the page's last lines a list is looked for in (furniture may follow it)


def _end_gate(lines: list[str], filled: list[int]) -> bool:
    """Two headlines one under the other (no blank line) among the page's last lines."""
    last = filled[-_TAIL_LINES:]
    return len(filled) >= 3 and any(
        b == a + 1 and _headline(lines[a]) and _headline(lines[b]) for a, b in zip(last, last[1:])
    )


def _headline(line: str) -> bool:
    """A title, or a longer headline of a list: a capital, no sentence end, no lead-in colon."""
    text = line.strip()
    if _NUMBERED.match(text):
        return False  # (a numbered list's item: a results table, the story's own list)
    if _title(line):
        return True
    if not text[:1].isupper() or not _HEADLINE_WORDS[0] <= len(words_of(text)) <= _HEADLINE_WORDS[1]:
        return False
    return not text.rstrip(_CLOSERS).endswith((*_STOPS, ":", ";", ","))


def _gap(line: str) -> bool:
    """A short line with a word in it: a gallery's counter, a section label (a year alone heads
    a box of facts)."""
    words = words_of(line)
    return len(words) <= _GAP_WORDS and any(not w.isdigit() for w in words)


def _end_titles(
    lines: list[str], filled: list[int], by_line: dict[int, list[int]], flagged: set[int]
) -> list[int]:
    """The page's last lines after the story's last finished paragraph, one under another (no
    blank line), each a headline and two or more of them titles: a list of other stories."""
    if not _end_gate(lines, filled):
        return []
    tail = list(filled)
    while (
        tail
        and len(filled) - len(tail) < _TAIL_LINES
        and (not _free(tail[-1], by_line, flagged) or _gap(lines[tail[-1]]))
    ):
        tail.pop()  # (the page's furniture under the list, found already, or a short label)
    run: list[int] = []
    for k in reversed(tail):
        if run and k != run[-1] - 1:
            break  # (a blank line ends the list)
        if not _headline(lines[k]) or not _free(k, by_line, flagged):
            break
        run.append(k)
    if len(run) < 2 or sum(_title(lines[k]) for k in run) < 2:
        return []
    above = [k for k in filled if k < run[-1]]
    while above and (not _free(above[-1], by_line, flagged) or _gap(lines[above[-1]])):
        above.pop()  # (a gallery counter, a label found already)
    labelled = bool(above) and above[-1] != [k for k in filled if k < run[-1]][-1]
    if len(run) < _END_TITLES and not labelled:
        return []  # (two lines alone: a subhead and the line under it may end the story)
    if not above or not _paragraph(lines[above[-1]]) or not _free(above[-1], by_line, flagged):
        return []
    if above[-1] == run[-1] - 1:
        return []  # (set off by nothing: a subhead over a cut paragraph, a council's minutes)
    return [i for k in run for i in _free(k, by_line, flagged)]


def _glued_end(
    lines: list[str],
    filled: list[int],
    units: list[Sentence],
    by_line: dict[int, list[int]],
    flagged: set[int],
) -> list[int]:
    """The page's last line: a sentence of the story and, glued to its stop, a title to the end."""
    if not filled:
        return []
    k = filled[-1]
    text = lines[k].strip()
    glues = list(GLUED_STOP.finditer(text))
    if not glues:
        return []
    glue = glues[-1]
    head, tail = text[: glue.end()], text[glue.end() :]
    if len(words_of(head)) < _SENTENCE_WORDS or not _title(tail):
        return []
    start = " ".join(tail.split()[:3])
    return [i for i in _free(k, by_line, flagged) if start in " ".join(units[i].text.split())]


_TAIL_LINES_READ = 12  # the page's last lines a tail of other stories' titles is read in
_TEASER_WORDS = 8  # a lede cut by the site's box ("... the council said on...")
_FOUND_LABEL_WORDS = 6  # a found label or date line over a title that ends the page ("12 May 2024")
_CUT = re.compile(r"[^\W\d_](?:\.{3}|…)$")  # a text cut short by its box: "... the mayor sa..."


def held_titles(doc: Document, units: list[Sentence], found: dict) -> list[tuple[int, int, int]]:
    """Other stories' titles in the page's tail (``_tail_titles``) that the copy ran into the
    sentence of a leftover found already, a label or a date line over them with no stop between
    ("Read also" / "Mayor opens the new bridge"): the unit's index and the title's start and end
    in the text, where ``found`` (a unit's index -> its finding) leaves the title's line out."""
    if doc.format == "html" or not units:
        return []
    lines = doc.lines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if not _tail_gate(lines, filled):
        return []
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        for n in range(u.span.line, u.span.end_line + 1):
            by_line.setdefault(n, []).append(i)
    held: list[tuple[int, int, int]] = []
    for k, is_held, kind in _tail_titles(lines, filled, units, by_line, set(found)):
        if kind == "label":
            continue
        index = by_line[k + 1][-1]
        span = found[index].span if is_held and index in found else None
        if span is None or span.line <= k + 1 <= span.end_line:
            continue
        start = doc.text.find(lines[k].strip(), units[index].span.start)
        if start >= 0:
            held.append((index, start, start + len(lines[k].strip())))
    return held


def _tail_gate(lines: list[str], filled: list[int]) -> bool:
    """A title among the page's last lines."""
    return len(filled) >= 3 and any(_tail_title(lines[k]) for k in filled[-_TAIL_LINES_READ:])


def _tail_title(line: str) -> bool:
    """A title, or one its box cut short with an ellipsis ("Mayor opens the new br...")."""
    text = line.strip()
    if "|" in text or _NUMBERED.match(text):
        return False  # (a table's row, a menu, a numbered list's item)
    if _CUT.search(text):
        text = text.rstrip(".…")
    return _title(text)


def _wrapped_on(above: str, line: str) -> bool:
    """A line that goes on with the sentence of the line right above it (no blank line between):
    it opens in lower case under a line with no sentence end and ends on a stop itself ("...the
    group was taken to the" / "station, where they were held." / "overnight."). A link's title
    ends its own line; a wrapped sentence's lines look like titles only one at a time."""
    text = line.strip()
    return (
        text[:1].islower()
        and text.rstrip(_CLOSERS).endswith(_STOPS)
        and not above.strip().rstrip(_CLOSERS).endswith((*_STOPS, ":"))
    )


def _tail_kind(line: str, found: bool, held: bool) -> str | None:
    """What a line of the page's tail is: ``title`` (``held``: in a sentence found already that
    runs over more lines), ``found`` (furniture found already), ``label`` (a few words, or a date
    or time stamp), ``teaser`` (a lede its box cut short), or none of them (the story's text)."""
    text = line.strip()
    if found and not (held and _tail_title(text)):
        return "found"
    if _gap(text):
        return "label"
    if _tail_title(text) or _glued_items(text):
        return "title"
    if len(words_of(text)) >= _TEASER_WORDS and _CUT.search(text):
        return "teaser"
    return None


def _glued_items(text: str) -> bool:
    """Items of a box run together with no space, a title among them ("Mayor opens the new
    bridgeHarbour fees rise in May", "Read alsoMayor opens the new bridge"): each piece a title
    or a label."""
    cuts = sorted(
        {m.end() for m in GLUED_STOP.finditer(text)} | {m.end() for m in GLUED_CAPITAL.finditer(text)}
    )
    if not cuts:
        return False
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return all(_tail_title(p) or _gap(p) for p in pieces) and any(_tail_title(p) for p in pieces)


def _tail_block(
    lines: list[str],
    filled: list[int],
    units: list[Sentence],
    by_line: dict[int, list[int]],
    flagged: set[int],
) -> tuple[int | None, dict[int, str], dict[int, bool]]:
    """Read from the page's end up: the lines of the tail (0-based) and their kinds, each with
    whether its sentence was found already over more lines, up to the first line of the story's
    text (``top``; none within the lines read: no tail)."""
    kinds: dict[int, str] = {}
    held: dict[int, bool] = {}
    for k in reversed(filled[-_TAIL_LINES_READ:]):
        mine = by_line.get(k + 1, [])
        found = not _free(k, by_line, flagged)
        if not found and k - 1 in filled and _wrapped_on(lines[k - 1], lines[k]):
            return k, kinds, held  # (a hard-wrapped sentence's last line: the story's text)
        held[k] = found and any(units[i].span.line != units[i].span.end_line for i in mine)
        kind = _tail_kind(lines[k], found, held[k])
        if kind is None:
            return k, kinds, held
        kinds[k] = kind
    return None, kinds, held


def _tail_titles(
    lines: list[str],
    filled: list[int],
    units: list[Sentence],
    by_line: dict[int, list[int]],
    flagged: set[int],
) -> list[tuple[int, bool, str]]:
    """The page's last lines under the story's last paragraph, all of them titles, labels, date
    lines, ledes cut short and furniture found already (blank lines or none between): two titles
    or more there are other stories' links, with the labels and cut ledes between them (two
    titles alone may be a crosshead over a paragraph the copy cuts: a third, a label, a cut lede
    or a found line tells them from it). One title alone is a link when a found line or a label
    touches it (no blank line between) and more lines follow it, or a cut lede is there, or it
    ends the page under a found label or date line of a few words; a title alone right under the
    story, or ending the page otherwise (a live page's last entry under its time), may be the
    story's crosshead or its last sentence, its stop lost. Each taken line (0-based) with whether its sentence was found already (over more lines) and its
    kind (``_tail_kind``)."""
    top, kinds, held = _tail_block(lines, filled, units, by_line, flagged)
    if top is None or len(words_of(lines[top])) < _PARAGRAPH_WORDS or not _free(top, by_line, flagged):
        return []  # (the story's text above the tail: no page of titles alone)
    if any(_CLOCK.search(lines[k]) for k in kinds) and any(
        _CLOCK.search(lines[k]) for k in filled if k < top
    ):
        return []  # (a live page: its entries under their times, the last ones at the end)
    titles = [k for k in kinds if kinds[k] == "title"]
    if not titles:
        return []
    boxed = {k for k in kinds if _CUT.search(lines[k].strip())}  # (cut short by a box)
    if len(titles) == 1:
        t = titles[0]
        near = {kinds.get(t - 1), kinds.get(t + 1)}
        over = lines[t - 1] if kinds.get(t - 1) == "found" and not held[t] else ""
        under_found = 0 < len(words_of(over)) <= _FOUND_LABEL_WORDS  # (a found label or date over it)
        ends = t == filled[-1] and not under_found
        if not boxed and (t - 1 == top or ends or not near & {"found", "label"}):
            return []  # (right under the story or ending the page: its last sentence, the stop lost)
        ledes = [k for k in range(t + 1, t + 3) if kinds.get(k) == "teaser"]  # (its lede, cut)
        return [(t, held[t], "title")] + [(k, held[k], "teaser") for k in ledes]
    if len(titles) < _END_TITLES and set(kinds.values()) == {"title"} and not boxed:
        return []  # (a crosshead and the paragraph under it that the copy cuts short)
    return [(k, held[k], kinds[k]) for k in sorted(kinds) if kinds[k] != "found"]

"""FL002's topic test below the headline: a run of other stories' titles after the story's last
paragraph or between two of its paragraphs shares no word with the story.

A page sets other stories' titles after the story and between its paragraphs, often with no
"Read more" over them; the words tell them apart, not their shape: the story's own short lines
(its subheads, its list, its results) speak of what the story speaks of, another story's title
of something else ("Bakery Chain Opens Fifty Shops" under a story about a ferry). The topic is
``analysis/topic_overlap``'s: the content words of the story's prose outside the run and of its
headline.

- a member of a run: a line of its own, fifteen words at most, no quotation and no bullet (a
  story's list), opening with a capital, that shares no content word with the story: a title (no
  sentence's end, or a question's, and no figure: a results row, a date over a schedule's entry), a section's word over it (one or two
  words), a teaser's lede right under its title (a sentence, no blank line between; not under a
  question: an interview's answer), a line
  spoken to the reader ("You need a licence to watch"), a line of no content word ("Yes No"),
  or a leftover found already;
- after the story: the run that ends the page, read from the end up to the first line that is
  none of these, right under a story paragraph or a sentence (a run that goes on from the
  story's own short lines is the rest of its list, one under a colon the list it announces);
  between paragraphs: the lines between one story paragraph and the next, all members, under a
  line that announces no list (no colon at its end);
- it is flagged when two of its lines or more have content words, one of them a title of three
  words or more, and no two of its lines share a content word (a heading and the paragraph cut
  under it speak of one thing): a story that ends on one short line shares no word by chance.
  The story's topic takes in its own short sentences down there (not a lede under a title, nor
  a line spoken to the reader); a
  label and its value ("Coach: A. Name") is the story's particulars.

Plain text and Markdown, in a language whose words of no topic the data lists; else nothing.
"""

from __future__ import annotations

from factlint.analysis.topic_overlap import Topic, shared, topic_of
from factlint.linter.document import Document, Sentence
from factlint.rules.fl002_page_edges import Edges
from factlint.rules.fl002_page_shape import (
    LEAD_JUNK,
    addresses_reader,
    own_line,
    quoted,
    result_cell,
    shapes,
    words_of,
)

MESSAGES = {
    "off-topic-run": (
        'other stories\' titles left over from the web page: "{shown}"; ',
        "one of a run of short lines after or inside the story that share no word with it, not part of the story",
    ),
}

_MAX_WORDS = 15
_TITLE_WORDS = 3
_KICKER_WORDS = 2
_EVIDENCE = 2  # lines of a run with content words
_ENDS = (".", "!", ";", ":")
_STATEMENT_ENDS = (".", "!", '"', "”", "’")
_PARAGRAPH_ENDS = (".", "!", "?", '"', "”", "’")  # a story paragraph's last sentence, however short


class _Run:
    """What a run's lines are: ``members`` (units), the titles and the lines with content words."""

    def __init__(self) -> None:
        self.members: list[int] = []
        self.titles = 0
        self.worded = 0

    def count(self, kinds: list[str | None]) -> None:
        self.worded += sum(kind in ("title", "kicker", "sentence") for kind in kinds)
        self.titles += sum(kind == "title" for kind in kinds)

    def flagged(self) -> bool:
        return self.worded >= _EVIDENCE and self.titles >= 1


def find(
    doc: Document,
    units: list[Sentence],
    prose: list[bool],
    hits: list[str | None],
    flagged: set[int],
    edges: Edges,
) -> list[tuple[int, str]]:
    """The units of off-topic runs after and inside the story, as (unit, where); none of
    ``flagged`` or a phrase's ``hits``."""
    known = {i for i in range(len(units)) if hits[i] is not None or i in flagged}
    top = edges.first if edges.head is None else edges.head
    head = [units[k].text for k in range(top, edges.first)]  # the headline and what is under it
    out: list[int] = []
    # after the story: from the page's end up, over lines short enough to be a member
    start = len(units)
    while start - 1 > edges.first and (start - 1 in known or _short(doc, units[start - 1])):
        start -= 1
    if start < len(units):
        # (the story's own short sentences down there count: not a teaser's lede under its title)
        own = [
            units[k].text
            for k in range(start, len(units))
            if units[k].text.rstrip().endswith(_STATEMENT_ENDS)  # (a question may be a title)
            and not _under_title(units, k, start)
            and not addresses_reader(units[k].text, shapes())
        ]
        story = [units[k].text for k in range(edges.first, start) if prose[k]]
        topic = topic_of(tuple([*head, *story, *own]), edges.lang)
        run = _tail_run(units, range(start, len(units)), known, topic)
        # (right under a story paragraph: a run that goes on from the story's own short lines,
        # a schedule's later fixtures, is the story's list)
        above = run.members[0] - 1 if run.members else 0
        closing = units[above].text.rstrip()
        if (
            run.flagged()
            and (prose[above] or closing.endswith(_PARAGRAPH_ENDS))
            and not closing.endswith(":")
            and _apart(units, run, edges.lang)
        ):
            out += run.members
    # between paragraphs: the short lines from one story paragraph to the next, tested against the
    # story's paragraphs (a run's own lines are none of them: the same topic for every run)
    i = edges.first + 1
    inner_topic: Topic | None = None
    while i < min(start, edges.last):
        j = i
        while j < edges.last and not prose[j] and (j in known or _short(doc, units[j])):
            j += 1
        if j > i and prose[j] and prose[i - 1] and not units[i - 1].text.rstrip().endswith(":"):
            if inner_topic is None:
                body = [units[k].text for k in range(edges.first, edges.last + 1) if prose[k]]
                inner_topic = topic_of(tuple([*head, *body]), edges.lang)
            run = _inner_run(units, range(i, j), known, inner_topic)
            if run is not None and run.flagged() and _apart(units, run, edges.lang):
                out += run.members
        i = j + 1
    return [(i, "off-topic-run") for i in out if i not in known]


def _under_title(units: list[Sentence], k: int, start: int) -> bool:
    above = units[k - 1]
    return (
        k - 1 >= start
        and above.span.end_line + 1 == units[k].span.line
        and not above.text.rstrip().endswith((*_PARAGRAPH_ENDS, ":"))
    )


def _apart(units: list[Sentence], run: _Run, lang: str) -> bool:
    """No two lines of the run share a content word (ledes aside: a lede speaks of its title):
    titles of different stories (a heading and the paragraph cut under it speak of one thing)."""
    lines = [line for k in run.members for line in _lines(units[k]) if not line.endswith(_PARAGRAPH_ENDS)]
    for a, line in enumerate(lines):
        if any(shared(other, topic_of((line,), lang)).shared for other in lines[a + 1 :]):
            return False
    return True


def _short(doc: Document, u: Sentence) -> bool:
    """A unit of whole lines (the copy may run two titles into one), each short, opening with a
    capital, no quotation, no bullet before it."""
    return (
        own_line(doc, u)
        and not doc.text[doc.text.rfind("\n", 0, u.span.start) + 1 : u.span.start].strip(" \t")
        and all(_short_line(line) for line in _lines(u))
    )


def _lines(u: Sentence) -> list[str]:
    return [line.strip() for line in u.text.split("\n") if line.strip()]


def _short_line(body: str) -> bool:
    return (
        1 <= len(words_of(body)) <= _MAX_WORDS
        and body[:1].isupper()
        and not quoted(body)
        and body == body.lstrip(LEAD_JUNK)
    )


def _kind(text: str, topic: Topic) -> str | None:
    """What a short line is to a run: "title", "kicker", "sentence", "none" (no content word), or
    None where it shares a word with the story or is a results row."""
    body = text.strip()
    o = shared(body, topic)
    head, colon, _ = body.partition(": ")
    if o.shared or (colon and len(words_of(head)) <= _TITLE_WORDS):
        return None  # (a label and its value: a team sheet's, a fact box's)
    if body.endswith(_ENDS) and o.words:
        return "sentence"
    if any(result_cell(token) for token in body.split()):
        return None  # (a figure: a results row, a date over a schedule's entries, the story's)
    words = words_of(body)
    if not o.words:
        return "none" if len(words) <= _TITLE_WORDS else None
    return "title" if len(words) >= _TITLE_WORDS else "kicker"


def _unit_kinds(u: Sentence, topic: Topic) -> list[str | None]:
    return [_kind(line, topic) for line in _lines(u)]


def _tail_run(units: list[Sentence], span: range, known: set[int], topic: Topic) -> _Run:
    """The run that ends the page, read up from its last line."""
    run = _Run()
    sh = shapes()
    for k in reversed(span):
        if k in known:
            run.members.insert(0, k)
            continue
        kinds = _unit_kinds(units[k], topic)
        if kinds == ["sentence"]:
            # a teaser's lede right under its title, or a line spoken to the reader
            above = units[k - 1]
            lede = (
                k - 1 in span
                and above.span.end_line + 1 == units[k].span.line
                and _unit_kinds(above, topic)[-1:] == ["title"]
                and not above.text.rstrip().endswith("?")  # (an interview's question over its answer)
            )
            if not lede and not addresses_reader(units[k].text, sh):
                break
        elif None in kinds or "sentence" in kinds:
            break
        run.members.insert(0, k)
        run.count(kinds)
    return run


def _inner_run(units: list[Sentence], span: range, known: set[int], topic: Topic) -> _Run | None:
    """The lines between two story paragraphs when all are titles, section words or leftovers."""
    run = _Run()
    for k in span:
        run.members.append(k)
        if k in known:
            continue
        kinds = _unit_kinds(units[k], topic)
        if None in kinds or "sentence" in kinds:
            return None
        run.count(kinds)
    return run

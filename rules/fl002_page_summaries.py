"""FL002's summary-copy test: a summary the page prints twice.

A page prints its summary (a standfirst, a teaser's lede) more than once: over and under the
headline printed again, in the page's title block and again as the first paragraph, or once more
in a box under the story. The story keeps one copy; the other is a leftover:

- the headline printed again under a label, where the page's first block runs the headline on
  into the label and the loader reads no headline: the copy;
- a summary printed again: a line of eight words or more right under the headline (or under a
  byline or section line there; the headline's own copies are the headline test's) written
  again word for word on the next line, under the headline printed again, or as one of the
  page's last lines with nothing of a sentence's length after it: the later copy.

FL001 leaves these lines to this rule (one finding per problem). Plain text only: a Markdown
draft's repeats are the writer's, FL001's.
"""

from __future__ import annotations

from factlint.linter.document import Document, Sentence
from factlint.linter.rule import Context
from factlint.rules.fl002_page_shape import Place, quoted, words_of

MESSAGES = {
    "summary-copy": (
        'a line printed twice at the head of the page: "{shown}"; ',
        "a summary, teaser or caption printed again (the other copy stays), not part of the story",
    ),
}

_SUMMARY_WORDS = 8  # a standfirst or a lede; a shorter line printed twice is a caption's or a label's
_TOP_LINES = 2  # the page's first lines under the headline, where its summary sits
_TITLE_WORDS = 4  # a headline printed twice; a shorter line is a label's
_NEAR = 2  # lines below the first copy where its second copy sits
_LAST_LINES = 3  # the page's last lines, where a box prints the summary again


def copies(doc: Document, ctx: Context) -> frozenset[int]:
    """1-based lines of the copies this test takes; FL001 leaves them alone (both rules ask
    through ``ctx.analysis(copies)``: one reading per document)."""
    if doc.format != "text":
        return frozenset()  # (a Markdown draft's repeats are the writer's: FL001's)
    return _copies(doc)


def _copies(doc: Document) -> frozenset[int]:
    # (only the page's first and last lines are read: the top and the bottom of the page)
    lines = doc.lines()
    head_lines = _non_blank(lines, range(len(lines)), 1 + _TOP_LINES + _NEAR)
    if len(head_lines) < 3:
        return frozenset()
    tail = [
        entry
        for entry in _non_blank(lines, range(len(lines) - 1, -1, -1), _LAST_LINES)
        if entry[0] > head_lines[-1][0]
    ]
    filled = head_lines + tail[::-1]
    keys: dict[int, tuple[str, ...]] = {}

    def key(k: int) -> tuple[str, ...]:
        if k not in keys:
            keys[k] = tuple(w.casefold() for w in words_of(filled[k][1]))
        return keys[k]

    head = doc.headline
    taken: set[int] = set()
    titled = not filled[0][1].rstrip("\"”’')").endswith((".", "!", "?"))  # a title, not a pasted paragraph
    top = range(1, min(len(filled), 1 + _TOP_LINES))  # (line 0 is the headline)
    last = list(range(max(0, len(filled) - _LAST_LINES), len(filled)))
    # the page's first line printed again below a label when the loader took no headline (its
    # block runs on into the label: "Two die in crash" / "News" / "Two die in crash")
    if head is None and titled:
        again = [m for m in range(2, min(len(filled), 2 + _TOP_LINES)) if _alike(filled[m][1], filled[0][1])]
        if again and len(key(0)) >= _TITLE_WORDS:
            taken.update(filled[m][0] for m in again if key(m) == key(0))
    for k in top:
        text = filled[k][1]
        # lines that may be its copy, told cheaply first (most pages print nothing twice): right
        # under it or under the headline printed again, or among the last with no sentence after
        near = [
            m
            for m in range(k + 1, min(len(filled), k + 1 + _NEAR))
            if _alike(filled[m][1], text) and (m == k + 1 or (filled[m - 1][1] == filled[0][1] and titled))
        ]
        near += [m for m in last if m > k + _NEAR and _alike(filled[m][1], text)]
        # (a line with fewer spaces than a summary's words is no summary: its words not cut)
        if not near or text.count(" ") + 1 < _SUMMARY_WORDS or quoted(text):
            continue
        if len(key(k)) < _SUMMARY_WORDS or (
            head is not None and key(k) == tuple(map(str.casefold, words_of(head.text)))
        ):
            continue  # (the headline printed again is FL001's and the headline test's)
        for m in near:
            if key(m) == key(k) and (
                m <= k + _NEAR or all(len(key(j)) < _SUMMARY_WORDS for j in range(m + 1, len(filled)))
            ):
                taken.add(filled[m][0])
    return frozenset(taken)


def _alike(one: str, other: str) -> bool:
    """Cheaply, whether two lines may be one text (their words compared only then): about the
    same length, the same first letter."""
    return abs(len(one) - len(other)) * 5 <= len(one) and one[:1].casefold() == other[:1].casefold()


def _non_blank(lines: list[str], order: range, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` (1-based line, stripped text) of the non-blank ``lines``, in ``order``."""
    out: list[tuple[int, str]] = []
    for k in order:
        text = lines[k].strip()
        if text:
            out.append((k + 1, text))
            if len(out) == count:
                break
    return out


def find(
    lines: frozenset[int], units: list[Sentence], hits: list[str | None], flagged: set[int]
) -> list[Place]:
    """The units on the copies' ``lines`` (from ``copies``) that no other test took."""
    if not lines:
        return []
    return [
        Place(i, "summary-copy")
        for i, u in enumerate(units)
        if u.span.line in lines and hits[i] is None and i not in flagged
    ]

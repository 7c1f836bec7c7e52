"""FL002's story lead-ins: a site's tab name the writer set as a lead-in to the paragraph below.

A few of the site's navigation labels are also words a writer heads a part of the story with
("Key moments", "Live updates"). A tab or menu entry stands alone, with no colon; the writer's
lead-in ends with a colon and stands between two of the story's paragraphs, announcing the one
below it ("Key moments:" over "The council voted ..."). A navigation phrase's match is the
story's when:

- it is alone on its line and ends with a colon;
- the unit right above it is the story's prose (a sentence with its stop), and so is the one
  right below it (a sentence of eight words or more with its stop, on the next non-blank line).

Only navigation labels that announce nothing of their own are read (a "Read more:" announces
links, a caption's label its caption); the phrase's other matches stay the page's.
"""

from __future__ import annotations

from factlint.linter.document import Document, Sentence
from factlint.rules import fl002_page_shape as page_shape

_BELOW_WORDS = 8
_STOPS = (".", "!", "?", '"', "”", "’")


def lead_in(doc: Document, units: list[Sentence], position: int, cls: str, then: str) -> bool:
    """Whether the navigation label at ``position`` is the writer's lead-in (see the module)."""
    if cls != "navigation" or then or not 0 < position < len(units) - 1:
        return False
    u, above, below = units[position], units[position - 1], units[position + 1]
    if not u.text.rstrip().endswith(":") or not page_shape.own_line(doc, u):
        return False
    if above.span.end_line >= u.span.line or below.span.line <= u.span.end_line:
        return False  # (the label shares a line with the story: the phrase's own tests read it)
    sh = page_shape.shapes()
    return (
        page_shape.is_prose(above.text, sh)
        and above.text.rstrip().endswith(_STOPS)
        and page_shape.is_prose(below.text, sh)
        and len(page_shape.words_of(below.text)) >= _BELOW_WORDS
        and below.text.rstrip().endswith(_STOPS)
    )

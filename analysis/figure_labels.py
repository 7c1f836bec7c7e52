"""Figures that number something rather than count it: a citation marker ("... no effect on
death (34).", "(24, 25, 26)"), an item or section number that opens its line or sentence
("(15) See the agency's filing", "3.3 Tenants may not ...", "12. The board shall ...") and a
table row's number before a tab. Read by its place alone, so it holds in any language: a bracket
holding nothing but bare numbers where a sentence ends or a clause breaks, or a number before
the mark that ends a label at the start of a line.

A count in brackets with its noun ("(130 beds)"), an age after a name ("Talbot (80) died") and
a sentence that opens with a count ("40 people were hurt") are no labels."""

from __future__ import annotations

import re
from functools import lru_cache

# a bracket holding bare numbers only, with commas, dashes or spaces between them
_BRACKETED = re.compile(r"[(\[]\s*\d+(?:\s*[,;–-]\s*\d+)*\s*[)\]]")
# what may follow a citation marker: the end of the sentence or a mark that breaks the clause
_AFTER_MARKER = re.compile(r"\s*(?:[.,;:!?\"”’)\]]|$)")
# a label opening its sentence: "(15) ", "15) ", "15. ", "3.3 " before a capital, "2682<tab>"
_OPENING_LABEL = re.compile(r"\s*(?:[(\[]\d+[)\]]\s|\d+[.)]\s+|\d+(?:\.\d+)+\s+(?=[^\W\d_])|\d+\t)")


@lru_cache(maxsize=8192)  # asked for both figures of every pair FL401 compares
def is_label(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``:``end`` of the sentence ``text`` numbers a citation, an
    item, a section or a table row rather than counting anything."""
    for m in _BRACKETED.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() < start and end < m.end():
            opens = not text[: m.start()].strip()
            return opens or bool(_AFTER_MARKER.match(text, m.end()))
    m = _OPENING_LABEL.match(text)
    if m is None or end > m.end() or not text[:start].strip(" \t([") == "":
        return False
    label = m.group().strip()
    if "." in label.rstrip(".") and not text[m.end() : m.end() + 1].isupper():
        return False  # "3.3 million" is a figure; "3.3 Tenants" a section
    return True

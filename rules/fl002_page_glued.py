"""FL002: where another story's title run into a story sentence on one line ends.

A read-also label and the linked title, copied without their line break, run straight into the
next paragraph's first sentence: "Read more: Mayor opens new bridge The vote came after three
hours of debate." The label and the title are the page's; the sentence is the story's, and an
editor who deletes the whole line loses it. A title has no stop, so the sentence begins where a
capitalised word that opens sentences (an article or a pronoun: "The", "Il", "Die") follows a
title written in sentence case (a word all in lower case before it; a title in title case has
none, and is left whole), and what follows is a sentence: eight words or more, ending with a
stop. The title before it keeps two words at least.
"""

from __future__ import annotations

from factlint.analysis.text import WORD

# capitalised words that open a news sentence (articles, pronouns, a few openers), per language
# written as one set: a title runs in lower case after its first word, so such a word after a
# lower-case one starts the next sentence
_OPENERS = frozenset(
    (
        "The A An It He She They We This These Police Officials "  # en
        "Il Lo La Le Les Gli Un Una Uno Si Secondo "  # it/fr
        "El Los Las Según "  # es
        "Die Der Das Ein Eine Laut "  # de
        "De Het Een "  # nl
        "O Os As Um Uma Segundo "  # pt
    ).split()
)
OPENERS = _OPENERS  # (read by fl002_page_widgets: a caption run into a sentence)
_MIN_SENTENCE_WORDS = 8
_MIN_TITLE_WORDS = 2


def story_after_title(text: str, at: int) -> int | None:
    """Where a story sentence starts in ``text`` after a title that begins at ``at`` (a
    label's end), or None when the rest of the line is all title."""
    tail = text.rstrip()
    if not tail.endswith((".", "!", "?", '"', "”", "»")):
        return None
    words = list(WORD.finditer(text, at))
    if len(words) < _MIN_TITLE_WORDS + _MIN_SENTENCE_WORDS:
        return None
    sentence_case = False  # a word of three letters or more all in lower case in the title so far
    for i in range(_MIN_TITLE_WORDS, len(words) - _MIN_SENTENCE_WORDS + 1):
        before = words[i - 1]
        sentence_case = sentence_case or (before.group().islower() and len(before.group()) >= 3)
        if sentence_case and words[i].group() in _OPENERS and text[before.end() : words[i].start()] == " ":
            return words[i].start()
    return None

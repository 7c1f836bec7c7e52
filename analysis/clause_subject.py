"""Where the subject of a clause that a titled person opens begins and ends, past what copy sets
inside it: the possessive body before the title ("The bank's chief executive, Oren Roe, ...") and,
after the title and name, an age ("..., 54, ..."), a relative clause set off by commas ("...,
who took office in March, ..."), a bracket ("... (left) ..."), the rest of an apposition's
title up to its closing comma ("Oren Roe, the director of a festival in Varnholt, ...") and the
person's own voice ("...'s office", "...'s spokeswoman"). What follows is the clause's verb,
read by the speech and act readers as after a bare name. English only."""

from __future__ import annotations

from factlint.analysis.text import WORD

# the words that open the rest of a title in an apposition ("the director of ...", "MP for ...")
_TITLE_LINKS = frozenset("of for at in on with".split())
# relative words that open an aside about the person ("..., who took office in March, ...")
_RELATIVES = frozenset("who whose".split())
# who speaks for a person under their name ("Minister Ivo Roe's office said ...")
_VOICES = frozenset("office spokesman spokeswoman spokesperson aides aide ministry".split())
# words an aside may hold at most (an age, a relative clause, the rest of a title, a bracket)
_ASIDE_WORDS = 15
_BRACKET_WORDS = 6
# words of a possessive body before a title ("The Kell Savings Bank's")
_OWNER_WORDS = 4
_QUOTES = frozenset('"“”«»„')


def _closing_comma(text: str, at: int, most: int) -> int | None:
    """The index past the first comma after ``at``, when at most ``most`` words stand before it
    and no quotation mark, bracket or sentence end: an aside's close."""
    close = text.find(",", at)
    if close < 0:
        return None
    inside = text[at:close]
    if any(c in _QUOTES or c in "();:.!?" for c in inside) or not 0 < len(WORD.findall(inside)) <= most:
        return None
    return close + 1


def _an_open_apposition(text: str, start: int, end: int) -> bool:
    """Whether the title and name at ``text[start:end]`` are a name and a title set off by a
    comma that the title's rest has not closed yet ("Oren Roe, the director")."""
    inner = text[start:end].rstrip()
    return "," in inner and not inner.endswith(",")


def subject_end(text: str, start: int, end: int) -> int:
    """Where the subject that the titled person at ``text[start:end]`` opens ends: past an age,
    a relative clause, a bracket, the rest of an open apposition's title, a comma that closes
    it, and the person's voice ("'s office"), in any order, three at most (see the module's
    docstring). ``end`` itself when none follows."""
    for _ in range(3):
        rest = text[end:]
        words = list(WORD.finditer(rest, 0, 200))
        if not words:
            return end
        first, gap = words[0], rest[: words[0].start()]
        low = first.group().lower()
        past = None
        if gap == ", " and first.group().isdigit() and rest[first.end() : first.end() + 1] == ",":
            past = first.end() + 1  # (", 54,")
        elif gap == ", " and low in _RELATIVES:
            past = _closing_comma(rest, first.end(), _ASIDE_WORDS)
        elif gap == " (":
            close = rest.find(")")
            inside = rest[2:close] if close > 0 else ""
            if inside and "(" not in inside and len(WORD.findall(inside)) <= _BRACKET_WORDS:
                past = close + 1
        elif gap == " " and low in _TITLE_LINKS and _an_open_apposition(text, start, end):
            past = _closing_comma(rest, first.end(), _ASIDE_WORDS)
        elif gap in ("'", "’") and low == "s" and len(words) > 1 and words[1].group() in _VOICES:
            if rest[words[0].end() : words[1].start()] == " ":
                past = words[1].end()
        if past is None:
            return end
        end += past
    return end


def subject_start(text: str, start: int) -> int:
    """Where the subject of a title at ``start`` begins: at a possessive body with "the" before
    it that opens the sentence or its clause after an opener's comma ("The bank's chief
    executive", "On Monday, the Kell Fund's director"), ``start`` itself when none does."""
    head = text[:start]
    cut = head.rfind(",") + 1
    words = list(WORD.finditer(head, cut))
    if not words or not 0 < len(words) <= _OWNER_WORDS or head[words[-1].end() :].strip():
        return start
    last = words[-1].group()
    if not last.endswith(("'s", "’s")) or any(c in _QUOTES for c in head[cut:]):
        return start
    if not all(w.group()[:1].isupper() or w.group().lower() in ("the", "of") for w in words[:-1]):
        return start
    if words[0].group().lower() != "the":
        return start  # (a place's own official, "Morvania's police chief", is its jurisdiction's)
    return words[0].start()

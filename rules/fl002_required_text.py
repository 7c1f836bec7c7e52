"""Text a regex cannot match without: a cheap test that rules a phrase pattern out.

FL002 tries dozens of phrase patterns on every sentence and almost none matches. Python's ``re``
tries a pattern at every position of a sentence even when the sentence lacks a piece of text
every match must contain ("caption", a bracket, a dash). ``required_text`` reads such pieces off
the parsed pattern: a set of strings at least one of which appears, lower-cased, in any text the
pattern matches anywhere. A sentence that contains none of them is not tried at all.

The test is on ``text.lower()``, which agrees with ``re.IGNORECASE`` for every character but
three (below): a text containing one of them is always tried. The pattern is read with ``re``'s
own parser (``re._parser``: private, but where it has been since Python 3.11); the tests check
the answers against the patterns' real matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser

from factlint.linter.memo import remembered, source_version

_SOURCE = source_version(__file__)  # a stored answer holds only for this code
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
_MAX_CHOICES = 24  # more alternatives than this make a poor filter


def _caseless(char: str) -> bool:
    """``char`` lower-cased in a text compares with ``re.I`` exactly: ASCII, or without case."""
    return char.isascii() or char.lower() == char.upper() == char


# punctuation of running prose: in most sentences, so it rules few out
_PROSE_MARKS = frozenset(".,-'’\"“”")


def rarity(choices: frozenset[str]) -> int:
    """How much a set of required strings rules out, by its weakest string: longer is rarer,
    punctuation is rarer than letters ("(" beats "ap"), a lone letter, digit or space is in
    nearly every sentence, a lone full stop, comma, hyphen or quote in most."""
    return min(_rarity(s) for s in choices)


def _rarity(text: str) -> int:
    if len(text) == 1 and (text.isalnum() or text.isspace()):
        return 0
    if text.strip(" \t") in _PROSE_MARKS:  # ", " and " - " are as common as the mark alone
        return 1
    return len(text) + (2 if any(not (c.isalnum() or c.isspace()) for c in text) else 0)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    options = [o for o in options if o and len(o) <= _MAX_CHOICES and rarity(o) > 0]
    return max(options, key=rarity) if options else None


def _sequence(items) -> frozenset[str] | None:
    """Strings one of which every match of the items in a row contains (None: nothing known)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is _parser.LITERAL and _caseless(chr(av)):
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            # "\\.(?:com|net)": the run and what the group opens with, read as one (".com")
            heads = _heads(op, av)
            if heads:
                options.append(frozenset(run + head for head in heads))
            run = ""
        found = _item(op, av)
        if found:
            options.append(found)
    return _best(options)


def _heads(op, av) -> frozenset[str] | None:
    """Strings one of which every match of the item opens with (None: nothing known): each
    branch's first caseless letters, in a group of branches, or a class of a few letters."""
    if op is _parser.SUBPATTERN:
        items = list(av[-1])
        return _heads(*items[0]) if len(items) == 1 else None
    if op is _parser.IN:  # "(?:c|d)" as the parser leaves it: one of a few letters
        return _item(op, av)
    if op is not _parser.BRANCH:
        return None
    heads: set[str] = set()
    for branch in av[1]:
        head = ""
        for item_op, item_av in branch:
            if item_op is not _parser.LITERAL or not _caseless(chr(item_av)):
                break
            head += chr(item_av).lower()
        if not head:
            return None
        heads.add(head)
    return frozenset(heads)


def _item(op, av) -> frozenset[str] | None:
    if op is _parser.SUBPATTERN:
        return _sequence(av[-1])
    if op is _parser.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    if op is _parser.ASSERT:  # a lookahead or lookbehind that must match reads the same text
        return _sequence(av[1])
    if op is _parser.IN:
        chars = {chr(a) for o, a in av if o is _parser.LITERAL}
        if len(chars) != len(av) or not all(_caseless(c) for c in chars):
            return None  # a range, a class or a negation: too many characters
        return frozenset(c.lower() for c in chars)
    return None


def required_text(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased strings one of which is in every text ``pattern`` matches; None if unknown."""
    # the same answer in every run (parsing ~250 phrase patterns was a tenth of a one-file check)
    key = ("required_text", _SOURCE, pattern.pattern, pattern.flags)
    return remembered(key, lambda: _required_text(pattern))


@lru_cache(maxsize=1024)
def _parsed(source: str, flags: int):
    """``re``'s parse of a pattern, once for the three readers (a program without the command's
    store asks all three of every phrase pattern; none of them changes what it is given)."""
    return _parser.parse(source, flags)


def _required_text(pattern: re.Pattern) -> frozenset[str] | None:
    try:
        parsed = _parsed(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _sequence(parsed)


def needs_digit(pattern: re.Pattern) -> bool:
    """Whether every text ``pattern`` matches holds a decimal digit (``\\d`` finds one in it):
    False where unknown. Read from its source and flags only, as ``required_text`` (FL002's own
    patterns stay uncompiled until first tried)."""
    key = ("needs_digit", _SOURCE, pattern.pattern, pattern.flags)
    return remembered(key, lambda: _needs_digit(pattern))


def _needs_digit(pattern: re.Pattern) -> bool:
    try:
        parsed = _parsed(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return _digit_sequence(parsed)


_DIGIT_CODES = range(ord("0"), ord("9") + 1)


def _digit_sequence(items) -> bool:
    """A digit in every match of the items in a row: one of them cannot match without one."""
    return any(_digit_item(op, av) for op, av in items)


def _digit_item(op, av) -> bool:
    if op is _parser.LITERAL:
        return av in _DIGIT_CODES
    if op is _parser.IN:  # a class of digits only: "\d", "[0-9]", "[0-5]"
        return bool(av) and all(
            (kind is _parser.CATEGORY and value is _parser.CATEGORY_DIGIT)
            or (kind is _parser.LITERAL and value in _DIGIT_CODES)
            or (kind is _parser.RANGE and value[0] in _DIGIT_CODES and value[1] in _DIGIT_CODES)
            for kind, value in av
        )
    if op is _parser.SUBPATTERN:
        return _digit_sequence(av[-1])
    if op is _parser.ATOMIC_GROUP:
        return _digit_sequence(av)
    if op is _parser.BRANCH:
        return all(_digit_sequence(branch) for branch in av[1])
    if op in _REPEATS:
        return av[0] >= 1 and _digit_sequence(av[2])
    if op is _parser.ASSERT:  # a lookaround that must match reads the same text
        return _digit_sequence(av[1])
    return False


def edge_chars(pattern: re.Pattern, how: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The lower-cased characters one of which opens, and one of which closes, every text that
    ``pattern.<how>`` (``match``, ``fullmatch`` or ``search``) matches in a text: a text whose
    first or last character is in neither is not tried. None where unknown: a pattern that may
    match nothing, a class of most characters, a ``search`` not held to the text's start (``^``)
    or end (``$``). Read from its source and flags only, as ``required_text``."""
    key = ("edge_chars", _SOURCE, pattern.pattern, pattern.flags, how)
    return remembered(key, lambda: _edge_chars(pattern, how))


def _edge_chars(pattern: re.Pattern, how: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    try:
        parsed = _parsed(pattern.pattern, pattern.flags)
    except re.error:
        return None, None
    items = list(parsed)
    one_line = not parsed.state.flags & re.MULTILINE  # ("^" and "$" then hold the text's ends)
    opening = how != "search" or (one_line and bool(items) and items[0] in _TEXT_STARTS)
    closing = how == "fullmatch" or (how == "search" and one_line and bool(items) and items[-1] in _TEXT_ENDS)
    return (
        _whole(_open_sequence(items, False)) if opening else None,
        _whole(_open_sequence(items, True)) if closing else None,
    )


def _whole(found: tuple[set[str], bool] | None) -> frozenset[str] | None:
    """A sequence's edge characters, unless it may match nothing (or they are unknown)."""
    return None if found is None or found[1] or not found[0] else frozenset(found[0])


_TEXT_STARTS = [(_parser.AT, _parser.AT_BEGINNING), (_parser.AT, _parser.AT_BEGINNING_STRING)]
_TEXT_ENDS = [(_parser.AT, _parser.AT_END), (_parser.AT, _parser.AT_END_STRING)]
# a class of every digit, word or space character stands in the set by its name ("\\d"): a
# character is in it when ``opens`` says so
_CATEGORIES = {_parser.CATEGORY_DIGIT: "\\d", _parser.CATEGORY_WORD: "\\w", _parser.CATEGORY_SPACE: "\\s"}
_MAX_RANGE = 26  # a class range wider than a letter's case makes a poor filter
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)


def _open_sequence(items, last: bool) -> tuple[set[str], bool] | None:
    """The characters that open (``last``: close) a match of the items in a row, and whether
    the items may match nothing at all (the next item's characters then open it too); None:
    unknown."""
    chars: set[str] = set()
    for op, av in reversed(list(items)) if last else items:
        if op in _ZERO_WIDTH:  # reads no character: the next item opens the match
            continue  # (a lookaround's own test left out: fewer texts ruled out, none wrongly)
        found = _open_item(op, av, last)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _open_item(op, av, last: bool) -> tuple[set[str], bool] | None:
    if op is _parser.LITERAL:
        char = chr(av)
        return ({char.lower()}, False) if _caseless(char) else None
    if op is _parser.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _parser.LITERAL and _caseless(chr(value)):
                chars.add(chr(value).lower())
            elif kind is _parser.RANGE and value[1] - value[0] < _MAX_RANGE and value[1] < 128:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            elif kind is _parser.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:
                return None  # a negation, a negated category, a wide or non-ASCII range
        return chars, False
    if op is _parser.SUBPATTERN:
        return _open_sequence(av[-1], last)
    if op is _parser.ATOMIC_GROUP:
        return _open_sequence(av, last)
    if op is _parser.BRANCH:
        chars = set()
        empty = False
        for branch in av[1]:
            found = _open_sequence(branch, last)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op in _REPEATS:
        found = _open_sequence(av[2], last)
        if found is None:
            return None
        return found[0], found[1] or av[0] == 0
    return None


def opens(chars: frozenset[str], char: str) -> bool:
    """Whether ``char`` (lower-cased) is one of ``edge_chars``'s answer: itself, or in one of
    its classes, as ``re`` reads them (\\d a decimal digit, \\w a letter, digit or underscore,
    \\s a space; lower-casing keeps each, but for ``CASE_EXCEPTIONS``)."""
    return (
        char in chars
        or ("\\d" in chars and char.isdecimal())
        or ("\\w" in chars and (char.isalnum() or char == "_"))
        or ("\\s" in chars and char.isspace())
    )

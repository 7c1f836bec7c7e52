"""FL002's quick test of which phrase patterns to try: it never rules out a pattern that matches."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
import yaml

from factlint.linter.engine import lint_text
from factlint.rules import fl002_scrape_leftover as fl002
from factlint.analysis.text import CASE_EXCEPTIONS
from factlint.rules.fl002_required_text import edge_chars, needs_digit, opens, required_text

CASES = Path(fl002.__file__).with_suffix(".yaml")


def test_case_exceptions_are_every_character_lower_does_not_fold_like_re():
    letter = re.compile("[a-z]", re.I)
    found = {
        chr(cp)
        for cp in range(128, sys.maxunicode + 1)
        if letter.fullmatch(chr(cp)) and chr(cp).lower() not in string.ascii_lowercase
    }
    assert found == set(CASE_EXCEPTIONS)


def test_required_text_of_simple_patterns():
    # the bracket and the word after it read as one: rarer than either
    assert required_text(re.compile(r"\s*\((?:photo|image)s?\)\s*$", re.I)) == {"(photo", "(image"}
    assert required_text(re.compile(r"\w+\.(?:com|in)\b", re.I)) == {".com", ".in"}
    assert required_text(re.compile(r"ab(?:c|d)", re.I)) == {"abc", "abd"}
    assert required_text(re.compile(r"ab(?:cx|[de]y)", re.I)) == {"ab"}  # a branch opens with a class
    assert required_text(re.compile(r"[-–—]+\s*\w+", re.I)) == {"-", "–", "—"}
    assert required_text(re.compile(r"Read (?:more|also)\b", re.I)) == {"read more", "read also"}
    assert required_text(re.compile(r".*\d+", re.I)) is None  # nothing but classes
    assert required_text(re.compile(r"x|\(c\)", re.I)) is None  # one branch is a single letter
    # a lookahead or lookbehind reads the same text; a negative one requires nothing
    assert required_text(re.compile(r"(?=.*\bcomments?\b)\w+", re.I)) == {"comment"}
    assert required_text(re.compile(r"(?<=[.?])\s+\w+", re.I)) == {".", "?"}
    assert required_text(re.compile(r"(?!.*caption)\w+", re.I)) is None


def _case_texts() -> list[str]:
    texts = []
    for case in yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]:
        text = case["text"]
        texts.append(text)
        texts.extend(text.splitlines())
        texts.extend(re.split(r"(?<=[.!?])\s+", text))
    # a one-line case is its own line and sentence: each text once (half the searches)
    return list(dict.fromkeys(texts))


@pytest.mark.parametrize(
    "anywhere", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["as-tried", "searched"]
)
def test_no_builtin_pattern_is_ruled_out_where_it_matches(anywhere):
    """Where a pattern matches a case text, line or sentence as the matcher tries it (a block
    pattern whole, a regex from the start, the others anywhere), the text holds its required text.
    The slow run searches every pattern anywhere in every text, a stronger claim about
    ``required_text`` than the matcher needs: 2.8 million searches, a minute, where this is 4 s."""
    matcher = fl002._builtin_matcher()
    texts = _case_texts()
    checked = 0
    groups = ((matcher.blocks, "fullmatch"), (matcher.ends, "search"), (matcher.anywhere, "search"))
    for group, how in groups + ((matcher.regexes, "match"),):
        for phrase in group:
            need = required_text(phrase.regex)
            matches = getattr(phrase.regex, "search" if anywhere else how)
            for text in texts:
                if need is not None and matches(text):
                    checked += 1
                    assert any(s in text.lower() for s in need), (phrase.label, text)
    assert checked > 100  # the cases do exercise the patterns


def test_every_pattern_that_matches_is_among_the_candidates():
    # the needed texts found in one pass (an Aho-Corasick automaton) and the joined alternation
    # together let through every builtin pattern that matches, in the group's order
    matcher = fl002._builtin_matcher()
    texts = _case_texts() + ["Posted by | 2 min read", "  Jan 5, 2024 | 10:30 am  ", "Photos: AP"]
    tried = 0
    for group, how in ((matcher.blocks, "fullmatch"), (matcher.ends, "search"), (matcher.anywhere, "search")):
        order = {id(p): k for k, p in enumerate(group)}
        for text in texts:
            chosen = group.candidates(how, text)
            assert [order[id(p)] for p in chosen] == sorted(order[id(p)] for p in chosen)
            matching = [p for p in group if getattr(p.regex, how)(text)]
            tried += len(matching)
            assert all(any(p is c for c in chosen) for p in matching), (text, [p.label for p in matching])
    assert tried > 50


def test_a_case_exception_character_still_lets_the_pattern_run():
    # "ſ" (long s) matches "s" under re.IGNORECASE, but lower() keeps it: "photoſ" holds no "photos"
    phrase = fl002.Phrase.parse({"regex": "photos", "match": "anywhere"}, trusted=True)
    group = fl002._RegexGroup([phrase], rare_from=1, how="search")
    assert phrase.regex.search("PHOTOſ") and "photos" not in "PHOTOſ".lower()
    assert group.candidates("search", "PHOTOſ") == [phrase]
    assert group.candidates("search", "Photographs") == []


def test_findings_through_the_engine_use_the_quick_test():
    text = "Rescue workers reached the valley at dawn. [Photos: Jane Doe]\n"
    found = [f for f in lint_text(text, select=["FL002"]) if f.rule_id == "FL002"]
    assert len(found) == 1 and "Photos: Jane Doe" in found[0].message


def test_needs_digit_reads_only_digits_every_match_holds():
    def needs(pattern: str, flags: int = 0) -> bool:
        return needs_digit(re.compile(pattern, flags))

    assert needs(r"\d{1,2}:\d\d") and needs(r"(?:at|on) [0-9]+") and needs(r"(?=.*\d)\w+")
    assert needs(r"(?:\d+|[0-5]x)(?:am|pm)?", re.I) and needs(r"(?>\d+)") and needs(r"page 1")
    assert (
        not needs(r"\d*x") and not needs(r"[\d,]+") and not needs(r"(?:\d+|none)") and not needs(r"(?!\d)\w+")
    )
    assert not needs(r"\w+") and not needs(r"[^\d]") and not needs(r"(\d)?\1")
    # every built-in pattern said to need one matches no text without a digit
    matcher = fl002._builtin_matcher()
    texts = _case_texts() + ["Posted by | 2 min read", "  Jan 5, 2024 | 10:30 am  ", "Photos: AP"]
    digit = re.compile(r"\d")
    marked = 0
    for group, how in ((matcher.blocks, "fullmatch"), (matcher.regexes, "match"), (matcher.ends, "search")):
        for p in group:
            if type(p.regex) is fl002._TrustedPattern and needs_digit(p.regex.compiled):
                marked += 1
                assert not any(getattr(p.regex, how)(t) for t in texts if not digit.search(t)), p.label
    assert marked > 20


def test_edge_chars_of_simple_patterns():
    def edges(pattern: str, how: str, flags: int = re.I):
        return edge_chars(re.compile(pattern, flags), how)

    assert edges(r"(?:from|via)\s+the\W*", "fullmatch") == ({"f", "v"}, None)  # "\W*" closes: unknown
    assert edges(r"\(?\s*(?:AP|afp)\s*\)?", "fullmatch") == ({"(", "\\s", "a"}, {")", "\\s", "p"})
    assert edges(r"(?-i:[A-C])\d", "match") == ({"a", "b", "c"}, None)  # lower-cased, as the text is
    assert edges(r"(?=\d)(?!0)\d+ ago", "match") == ({"\\d"}, None)  # lookarounds read nothing
    # a search is held to the text's edge only by "^" or "$" (not under re.M)
    assert edges(r"\s*[-–]\s*(?:AFP|PTI)\s*$", "search") == (None, {"\\s", "p", "i"})
    assert edges(r"^\d+ ", "search") == ({"\\d"}, None)
    assert edges(r"^\d+ $", "search", re.M) == (None, None)
    assert edges(r"(?:^|(?<=\.))\s*x", "search") == (None, None)
    # unknown: a pattern that may match nothing, or one a class of most characters opens
    assert edges(r"(?:ab)?", "match") == (None, None) and edges(r".{1,9}x", "fullmatch") == (None, {"x"})
    assert (
        edges(r"[^.]+\.", "fullmatch") == (None, {"."}) and edges(r"[!-~]", "match")[0] is None
    )  # (a wide range)
    assert (
        opens(frozenset({"\\d"}), "٣")
        and opens(frozenset({"\\w"}), "é")
        and not opens(frozenset({"\\d"}), "x")
    )


def test_no_builtin_pattern_is_ruled_out_by_the_edges_of_a_text_it_matches():
    matcher = fl002._builtin_matcher()
    # the cases' lines and sentences (a whole multi-line case is slow to fullmatch: no pattern
    # spans one), as they are, stripped, and in capitals
    texts = [t for t in _case_texts() if len(t) <= 300]
    texts += ["Posted by | 2 min read", "  Jan 5, 2024 | 10:30 am  ", "Photos: AP", "(AP) ", "• By Jo Doe"]
    texts = list(
        dict.fromkeys(texts + [t.strip() for t in texts] + [t.upper() for t in texts if len(t) <= 80])
    )
    checked = 0
    groups = ((matcher.blocks, "fullmatch"), (matcher.ends, "search"), (matcher.anywhere, "search"))
    for group, how in groups + ((matcher.regexes, "match"),):
        for phrase in group:
            first, last = edge_chars(phrase.regex, how)
            for text in texts:
                if (first or last) and text and getattr(phrase.regex, how)(text):
                    checked += 1
                    assert not first or opens(first, text[0].lower()), (phrase.label, text)
                    # ("$" may match before a last line break: the matcher leaves that one alone)
                    assert not last or text[-1] == "\n" or opens(last, text[-1].lower()), (phrase.label, text)
    assert checked > 100


def test_the_edge_test_changes_no_answer_of_the_matcher():
    # the matcher as it was (no pattern ruled out by a text's first or last character) and as
    # it is give the same answer on every sentence and line of the rule's cases and the seeds
    matcher = fl002._builtin_matcher()
    plain = fl002._Matcher(fl002.builtin_phrases())
    for group in (plain.regexes, plain.blocks, plain.ends, plain.anywhere):
        group._edges = []
    assert matcher.blocks._edges and matcher.ends._edges and matcher.anywhere._edges
    texts = _case_texts() + ["• Jan 5, 2024 | 10:30 am", "| 2 min read", "(AP)", "İstanbul (AP)"]
    for path in sorted((Path(fl002.__file__).parents[1] / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += text.splitlines() + re.split(r"(?<=[.!?])\s+", text)
    texts = list(dict.fromkeys(texts))
    assert len(texts) > 500
    for text in texts:
        assert matcher._match_sentence(text, 25) == plain._match_sentence(text, 25), text
        if text.strip():
            assert matcher._whole_line(text.strip()) == plain._whole_line(text.strip()), text

"""The shared text layer (analysis/text.py, analysis/words.py): one Token type, tokens made once
per sentence and shared by the analyses, and the mentions analysis linear on long live blogs."""

from __future__ import annotations

import ast
import gc
import random
import re
import time
from datetime import date
from pathlib import Path

from factlint.analysis import dates, numbers, numtext, words
from factlint.analysis.mentions import compute as mentions
from factlint.analysis.text import Token, WordGated, _first_words, figure_tokens, text_layer, word_tokens
from factlint.linter.engine import lint_text
from factlint.linter.loader import load_document
from factlint.linter.rule import Context

SENTENCE = "Mr. Okafor told the U.S. envoy on 3 Sept. that Lagos's 1,250.5 tonnes were O'Neill's."


def test_word_tokens_keep_offsets_flags_and_the_name_scheme():
    toks = word_tokens(SENTENCE)
    assert all(SENTENCE[t.start : t.end] == t.text for t in toks)
    texts = [t.text for t in toks]
    assert texts[:3] == ["Mr", ".", "Okafor"]  # "Mr." splits, the stop is its own token
    assert "U.S." in texts  # initials stay whole
    us = toks[texts.index("U.S.")]
    assert (us.key, us.low, us.cap, us.is_word, us.all_caps, us.space_before) == (
        "US",
        "u.s.",
        True,
        True,
        True,
        True,
    )
    lagos = texts.index("Lagos")
    assert texts[lagos + 1] == "'s" and not toks[lagos + 1].space_before  # the possessive apart
    assert "O'Neill" in texts


def test_word_gated_patterns_answer_as_the_pattern_does():
    """WordGated reads off the pattern the whole words a match opens with, and answers a text
    without any of them unscanned; where it cannot read them, every text is scanned."""
    pattern = re.compile(r"\b(?:met|told|(?:spoke|speaks) (?:with|to)|hopes?|apologi[sz]ed)\b", re.I)
    assert _first_words(pattern) == (
        "apologised",
        "apologized",
        "hope",
        "hopes",
        "met",
        "speaks",
        "spoke",
        "told",
    )
    assert _first_words(re.compile(r"\b(?:met|improv\w*)\b", re.I)) is None  # a word left open
    assert _first_words(re.compile(r"met", re.I)) is None  # a match may end inside a word
    gated = WordGated(pattern)
    texts = [
        "She MET the minister.",
        "The metro was shut.",
        "He co-met them",
        "met.Then",
        "O'told",
        "He spoke  with Roe",
        "He spoke to",
        "ſpoke with",
        "She hopes",
        "2met",
        "_met",
        "",
    ]
    for text in texts:
        a, b = gated.search(text), pattern.search(text)
        assert (a and a.span()) == (b and b.span()), text
        for pos in range(len(text) + 1):
            a, b = gated.match(text, pos), pattern.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            a, b = gated.search(text, 0, pos), pattern.search(text, 0, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_figure_tokens_keep_numbers_whole_and_possessives_attached():
    texts = [t.text for t in figure_tokens(SENTENCE)]
    assert "1,250.5" in texts
    assert "Lagos's" in texts and "O'Neill's" in texts
    assert all(t.low == t.text.lower() for t in figure_tokens(SENTENCE))


# The figure way of cutting, written out as one regex: figure_tokens derives it from the word
# tokens, and must cut every text exactly so.
_FIGURE_WAY = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\S")
_AWKWARD = (
    "a×b 3×4 G7 U.S. Mr. Russia's'x 9's x'9 d'Éric Москва abc_def __ 1,,2 2020. ’90s Jones' it's",
    "O'Neill's St.Petersburg e.g. café ÷x x’’y 1.2.3 5's ²2 x² ٣,5 Plan B. (1,000.5), 'quoted'",
)


def test_figure_tokens_are_derived_from_the_word_tokens_and_cut_the_figure_way():
    texts = [*_AWKWARD, SENTENCE]
    for path in sorted(Path(__file__).parents[1].glob("rules/*.yaml")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    alphabet = [*"aZsS'’.,-_ 12×÷éŁж٣²", "'s", "U.S.", "Mr.", " "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in texts:
        expected = [(m.group(), m.start()) for m in _FIGURE_WAY.finditer(text)]
        toks = figure_tokens(text)
        assert [(t.text, t.start) for t in toks] == expected, text
        assert all(t == _fresh(t.text, t.start, text) for t in toks), text
    plain = "The council met on Tuesday in Lagos and voted."
    assert all(f is w for f, w in zip(figure_tokens(plain), word_tokens(plain)))  # shared, not remade


def _fresh(word: str, start: int, text: str) -> Token:
    return Token(
        word,
        start,
        start + len(word),
        word.lower(),
        word.replace(".", ""),
        start > 0 and text[start - 1].isspace(),
        word[0].isalpha(),
        word[0].isupper(),
    )


def test_one_token_type_and_one_tokenisation_per_sentence():
    assert numtext.Token is Token and dates.Token is Token and numbers.Token is Token
    assert word_tokens(SENTENCE) is word_tokens(SENTENCE)  # made once, shared
    doc = load_document(None, data=(SENTENCE + "\n").encode(), display_path="a.txt")
    layer = Context(doc).analysis(text_layer)
    assert layer.words(0) is word_tokens(doc.sentences[0].text)
    assert layer.figures(0) is figure_tokens(doc.sentences[0].text)


def test_word_lists_are_the_ones_the_analyses_use():
    assert words.MONTHS["sept"] == 9 and words.MONTHS["december"] == 12
    assert words.WEEKDAYS["monday"] == 0
    assert {"may", "friday", "easter"} <= words.CALENDAR
    assert numtext.STOPWORDS is words.STOPWORDS and dates.MONTHS is words.MONTHS


def test_dotted_month_and_title_still_read_through_the_layer():
    """A date written with an abbreviated month and a titled name, through the engine."""
    text = (
        "Health Minister Ruth Byrne opened the clinic on Monday 3 June 2024.\n\n"
        "Byrne said the clinic opened on Tuesday 3 June 2024.\n"
    )
    found = lint_text(text, "clinic.txt", select=["FL402"], today=date(2024, 6, 10))
    assert any(f.rule_id == "FL402" for f in found)  # 3 June 2024 was a Monday, not a Tuesday


def _titled_blog(n: int) -> str:
    rng = random.Random(7)
    people = ["Prime Minister Anna Kovacs", "Interior Minister Pedro Almeida", "Mayor Tomas Novak"]
    paragraphs, size = [], 0
    while size < n:
        who = rng.choice(people)
        p = (
            f"{who} visited the harbour, where {rng.randint(2, 90)} homes were flooded. "
            f'"We are doing all we can," {who.split()[-1]} told reporters.'
        )
        paragraphs.append(p)
        size += len(p) + 2
    return "\n\n".join(paragraphs) + "\n"


def _cpu(text: str) -> float:
    doc = load_document(None, data=text.encode(), display_path="blog.txt", format="text")
    gc.collect()
    gc.disable()  # a full collection in one run but not the other is noise, not growth
    try:
        start = time.process_time()
        Context(doc).analysis(mentions)
        return time.process_time() - start
    finally:
        gc.enable()


def test_mentions_analysis_grows_linearly():
    """Four times the live blog takes well under eight times the CPU (linear gives 4x, the
    quadratic paths this analysis once had 16x); as tests/test_adversarial.py measures."""
    _cpu(_titled_blog(20_000))  # warm-up: word lists
    small = min(_cpu(_titled_blog(50_000)) for _ in range(2))
    large = min(_cpu(_titled_blog(200_000)) for _ in range(2))
    assert large / max(small, 0.025) < 8.0, (small, large)


# Word regexes outside the text layer that stay, each for a reason. Keyed on (module, pattern).
_OWN_WORD_REGEXES = {
    ("analysis/quotes.py", "[a-z]+"): "the first word of each cue phrase, for the cue prefilter",
    ("analysis/quotes.py", "(?<![\\w-])[A-Za-z]+"): (
        "the cue prefilter: word starts exactly where the cue regex may match (its own test checks it)"
    ),
    ("analysis/source_vocabulary.py", "(?<![\\w.])(?<![A-Za-z]-)\\d+(?:[.,]\\d+)*"): (
        "a number standing alone, not a word"
    ),
    ("rules/fl002_page_shape.py", "[^\\W_]+(?:['’.-][^\\W_]+)*"): (
        'page-shape words keep inner dots ("e.g.", domains); the page-leftover work owns the module'
    ),
}
_RE_CALLS = {"compile", "findall", "finditer", "search", "match", "fullmatch", "split", "sub", "subn"}
_WORD_CLASS = re.compile(r"\\w|\[\^\\W|\[A-Za-z|\[a-z|\[A-Z")


def _cuts_words(pattern: str) -> bool:
    """A regex whose whole job is cutting words: a word class repeated, no literal letters (not
    a phrase), no spaces or anchors (not a context)."""
    if not _WORD_CLASS.search(pattern) or not re.search(r"[+*{]", pattern):
        return False
    if re.search(r"\\[sAZ]|[\^$ ](?![^\[]*\])", pattern.replace("[^", "[")):
        return False
    bare = re.sub(r"\(\?(?:[:=!]|<[=!]|P<\w+>)", "", re.sub(r"\[[^\]]*\]", "", re.sub(r"\\.", "", pattern)))
    return not re.search(r"[A-Za-z]", bare)


def _word_regexes(root: Path) -> set[tuple[str, str]]:
    found = set()
    for path in sorted(
        [*root.glob("analysis/**/*.py"), *root.glob("rules/*.py"), *root.glob("linter/**/*.py")]
    ):
        module = path.relative_to(root).as_posix()
        if module == "analysis/text.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _RE_CALLS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and _cuts_words(node.args[0].value)
            ):
                found.add((module, node.args[0].value))
    return found


def test_no_word_regex_of_its_own_outside_the_text_layer():
    found = _word_regexes(Path(__file__).parents[1])
    new = sorted(found - set(_OWN_WORD_REGEXES))
    assert not new, f"cut words with a shape from analysis/text.py (or add one there): {new}"
    assert not set(_OWN_WORD_REGEXES) - found, "an allowed word regex is gone: drop it from the list"


def test_the_word_regex_check_knows_a_word_regex_from_a_phrase():
    assert all(map(_cuts_words, [r"\w+", r"[\w'’-]+", r"[^\W_]+(?:['’][^\W_]+)*", r"[A-Za-z][\w'-]+"]))
    assert not any(map(_cuts_words, [r"\bsaid\b\s+\w+", r"^\W*\d{1,3}[.)]\s", r"[^\W\d_]", r"\w+ said"]))

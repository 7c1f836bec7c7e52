"""``lower_case_twin`` (analysis/text.py): a case-insensitive pattern compiled case-sensitive,
scanning an ASCII text's lower case, must find exactly what the pattern finds in the text, at
the same places; a pattern where a capital can matter gets no twin. Checked on the patterns
that use it, over the seed article's sentences and random ASCII text built around their words."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factlint.analysis import quotes, stance
from factlint.analysis.mentions import linking
from factlint.analysis.text import lower_case_twin
from factlint.linter.loader import load_document

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "pattern",
    [
        r"[A-Z]\w+",  # a capital written
        r"(?-i:may)",  # a scoped flag
        r"\x41bc",  # a capital by its code
        r"[0-Z]",  # a range holding capitals
        r"\\Water",  # an escaped backslash, then a capital
        r"(?>ab)c",  # a part the check does not know
    ],
)
def test_a_pattern_where_a_capital_can_matter_gets_no_twin(pattern):
    assert lower_case_twin(re.compile(pattern, re.I)) is None


def _used_patterns() -> list[re.Pattern]:
    return [stance._some_cue(), linking._TEMPORAL_SENTENCE, quotes._TITLE_CUE]


def test_the_patterns_in_use_have_twins():
    assert all(lower_case_twin(p) is not None for p in _used_patterns())


def _texts() -> list[str]:
    """The seed article's sentences, and random ASCII text mixing their words in random case
    with marks and spaces."""
    doc = load_document(REPO / "seeds" / "moscow-beijing-trade.txt")
    sentences = [s.text for s in doc.sentences if s.text.isascii()]
    words = [w for s in sentences for w in s.split()] + [
        "became",
        "Former",
        "TITLED",
        "so-called",
        "rift",
        "allies",
    ]
    rng = random.Random(20)
    made = []
    for _ in range(3000):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        cased = [
            w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.3 else w for w in picked
        ]
        made.append("".join(w + rng.choice([" ", "  ", ", ", "-", ". ", '"', "\n"]) for w in cased))
    return sentences + made


def test_a_twin_finds_in_the_lower_case_what_the_pattern_finds_in_the_text():
    texts = _texts()
    found = 0
    for pattern in _used_patterns():
        twin = lower_case_twin(pattern)
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in twin.finditer(text.lower())] == expected, (pattern.pattern[:60], text)
            found += bool(expected)
    assert found > 100  # the texts do hold what the patterns look for

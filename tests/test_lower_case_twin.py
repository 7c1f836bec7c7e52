"""``lower_case_twin`` (analysis/text.py): a case-insensitive pattern compiled case-sensitive,
scanning a text's lower case (``twin_text``), must find exactly what the pattern finds in the
text, at the same places; a pattern where a capital can matter gets no twin, and a text holding
one of the three letters where lowering and re.I disagree is scanned as it is. Checked on the
patterns that use it, over the seed article's sentences and random text built around their
words, with curly quotes, dashes, accented capitals and the Kelvin sign."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factlint.analysis import quotes, stance, times
from factlint.analysis.mentions import linking
from factlint.analysis.text import lower_case_twin, twin_text
from factlint.linter.loader import load_document
from factlint.rules import fl003_vague_attribution as vague

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
        r"caf\u00c9",  # a capital beyond ASCII
        r"[\u00c0-\u00ff]",  # a range beyond ASCII
    ],
)
def test_a_pattern_where_a_capital_can_matter_gets_no_twin(pattern):
    assert lower_case_twin(re.compile(pattern, re.I)) is None


def _used_patterns() -> list[re.Pattern]:
    fl003 = vague._patterns((), ())
    cues = stance.cues()
    each_cue = [p for p, _, _ in cues.directed] + [p for p, _ in cues.symmetric]
    each_cue += [p + r")\s+between(?:" for p, _ in cues.between]
    return [stance._cue_regex(p) for p in each_cue] + [
        stance._some_cue(),
        stance._GROUP,
        linking._TEMPORAL_SENTENCE,
        quotes._TITLE_CUE,
        times._MAY_HOLD,
        fl003.crowd,
        fl003.passive,
        fl003.phrase,
    ]


def test_a_text_with_a_letter_lowering_and_re_i_disagree_on_is_scanned_as_it_is():
    assert twin_text("Caf\u00c9 \u2019s") == "caf\u00e9 \u2019s"
    for letter in "\u0130\u0131\u017f":  # "İ" lowers to two characters; re.I reads "ı" as "i", "ſ" as "s"
        assert twin_text(f"Many analysts said {letter}") is None


def test_the_patterns_in_use_have_twins():
    assert all(lower_case_twin(p) is not None for p in _used_patterns())


def _texts() -> list[str]:
    """The seed article's sentences, and random text mixing their words in random case with
    marks, spaces and (in half the texts) a word beyond ASCII."""
    doc = load_document(REPO / "seeds" / "moscow-beijing-trade.txt")
    sentences = [s.text for s in doc.sentences]
    words = [w for s in sentences for w in s.split()]
    words += [
        "became",
        "Former",
        "TITLED",
        "so-called",
        "rift",
        "allies",
        "MANY",
        "analysts",
        "experts",
        "say",
    ]
    words += "it is believed the two nations both sides 9:30 p.m. noon 1400GMT according to".split()
    beyond_ascii = [
        "\u201cquoted\u201d",
        "it\u2019s",
        "\u00c9LYS\u00c9E",
        "\u212aelvin",
        "na\u00efve",
        "\u2013",
    ]
    rng = random.Random(20)
    made = []
    for _ in range(3000):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.5:
            picked.insert(rng.randint(0, len(picked)), rng.choice(beyond_ascii))
        cased = [
            w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.3 else w for w in picked
        ]
        made.append("".join(w + rng.choice([" ", "  ", ", ", "-", ". ", '"', "\n"]) for w in cased))
    return sentences + made


def test_a_twin_finds_in_the_lower_case_what_the_pattern_finds_in_the_text():
    texts = _texts()
    found = found_beyond_ascii = 0
    for pattern in _used_patterns():
        twin = lower_case_twin(pattern)
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in twin.finditer(twin_text(text))] == expected, (
                pattern.pattern[:60],
                text,
            )
            found += bool(expected)
            found_beyond_ascii += bool(expected) and not text.isascii()
    assert found > 100 and found_beyond_ascii > 20  # the texts do hold what the patterns look for

"""The shared text layer (analysis/text.py, analysis/words.py): one Token type, tokens made once
per sentence and shared by the analyses, and the mentions analysis linear on long live blogs."""

from __future__ import annotations

import gc
import random
import time
from datetime import date

from factlint.analysis import dates, numbers, numtext, words
from factlint.analysis.mentions import compute as mentions
from factlint.analysis.text import Token, figure_tokens, text_layer, word_tokens
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


def test_figure_tokens_keep_numbers_whole_and_possessives_attached():
    texts = [t.text for t in figure_tokens(SENTENCE)]
    assert "1,250.5" in texts
    assert "Lagos's" in texts and "O'Neill's" in texts
    assert all(t.low == t.text.lower() for t in figure_tokens(SENTENCE))


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

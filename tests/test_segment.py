"""Sentence splitting: the tricky cases in data/segmentation_cases.yaml, plus span properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from factlint.linter.segment import split_sentences

HERE = Path(__file__).resolve().parent
CASES = yaml.safe_load((HERE / "data" / "segmentation_cases.yaml").read_text(encoding="utf-8"))["cases"]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_ARTICLES = SHARED / "data" / "news" / "dev" / "articles.jsonl"


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case["text"], case["expect"], id=case["name"], marks=marks)


def test_case_file_is_well_formed():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    assert len(CASES) >= 40
    for case in CASES:
        assert set(case) <= {"name", "text", "expect", "xfail"}, case["name"]
        for sentence in case["expect"]:
            assert sentence in case["text"], f"{case['name']}: expected sentence not in text"


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_segmentation_case(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def _check_span_properties(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace(), "spans are trimmed"
        assert any(ch.isalnum() for ch in text[start:end]), "no punctuation-only sentence"
        previous_end = end
    covered = {i for s, e in spans for i in range(s, e)}
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not missing, "every non-space character belongs to a sentence"


@pytest.mark.parametrize("text", [c["text"] for c in CASES])
def test_spans_are_ordered_trimmed_and_cover_the_text(text):
    _check_span_properties(text)


@pytest.mark.parametrize("text", ["", " ", "\n\t \r\n", "\u3000"])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []


def test_text_without_final_punctuation_is_one_sentence():
    text = "  Putin hails trade with Beijing  "
    assert split_sentences(text) == [(2, 32)]


def test_punctuation_only_text_stays_a_sentence():
    assert split_sentences("...") == [(0, 3)]


def test_dev_articles_split_sensibly():
    """On 189 clean news articles: spans well formed, sentence lengths news-like."""
    if not DEV_ARTICLES.exists():
        pytest.skip("shared data not available")
    texts = [json.loads(line)["text"] for line in DEV_ARTICLES.read_text(encoding="utf-8").splitlines()]
    lengths = []
    for text in texts:
        _check_span_properties(text)
        lengths.extend(e - s for s, e in split_sentences(text))
    mean = sum(lengths) / len(lengths)
    assert len(lengths) > 3000
    assert 60 < mean < 200, mean
    assert sum(n < 15 for n in lengths) / len(lengths) < 0.02, "few tiny fragments"


def test_a_long_paragraph_of_hostile_runs_is_cut_in_linear_time():
    # sentencex scans to the end from each unclosed opening quote, and from each stop before
    # punctuation; every stop glued in one run without a space rescanned that run: a 2 MB page
    # of "<!--" or "<?" (HTML reads both as text when nothing closes them) ran for hours
    import time

    for hostile in ("<!--", "<?", "?-", "“ "):
        started = time.process_time()
        spans = split_sentences("The council met on Tuesday. " + hostile * (200_000 // len(hostile)))
        assert spans[0][0] == 0 and time.process_time() - started < 5, hostile


def test_a_long_paragraph_is_cut_as_a_short_one_is():
    # read in pieces past 20,000 characters: each piece's cuts are the ones the whole would get
    sentences = [
        f"Mr. Roe said the ferry {n} would run at {n % 12 + 1} p.m. Monday. It did not!"
        f' "Why?" asked Ms. Vale. See www.example.org/{n}. No. {n} was late...'
        for n in range(600)
    ]
    text = " ".join(sentences)
    assert len(text) > 40_000
    pieces = split_sentences(text)
    assert pieces == [(a + k, b + k) for k, part in _offsets(sentences) for a, b in split_sentences(part)]


def _offsets(parts: list[str]):
    at = 0
    for part in parts:
        yield at, part
        at += len(part) + 1

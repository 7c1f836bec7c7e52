"""The plain-Python WordPiece tokenizer (models/wordpiece.py) gives the ``tokenizers`` library's
input_ids, token_type_ids and attention_mask on the shipped tokenizer.json: on every assigned code
point, thousands of real texts (seed and dev articles, ../shared/data, the rules' YAML cases) as single
texts and pairs, truncated or not, and fuzzed strings. Runs where ``tokenizers`` is installed (the
``test`` extra); the default install no longer has it."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

tokenizers = pytest.importorskip("tokenizers")

from factlint.models.onnx_runtime import WEIGHTS_DIR
from factlint.models.tokenizer import LeanTokenizer, LibraryTokenizer, UnsupportedTokenizer
from factlint.models.wordpiece import CLASSES_FILE, WordPieceTokenizer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TOKENIZER_JSON = WEIGHTS_DIR / "tokenizer.json"
MAX_LENGTHS = (None, 7, 16, 128, 256, 512)


@pytest.fixture(scope="module")
def library():
    tok = tokenizers.Tokenizer.from_file(str(TOKENIZER_JSON))
    tok.no_padding()
    tok.no_truncation()
    return tok


@pytest.fixture(scope="module")
def ours():
    return WordPieceTokenizer(TOKENIZER_JSON)


def library_encode(tok, texts, pairs=None, max_length=None):
    if max_length:
        tok.enable_truncation(max_length, strategy="longest_first")
    else:
        tok.no_truncation()
    inputs = texts if pairs is None else list(zip(texts, pairs))
    return [(e.ids, e.type_ids, e.attention_mask) for e in tok.encode_batch(inputs)]


def assert_same(library, ours, texts, pairs=None, max_length=None, chunk=50):
    """In chunks: a truncated library encoding keeps its overflowing pieces, which for long
    pairs cut short add up to gigabytes at once."""
    seconds = [None] * len(texts) if pairs is None else pairs
    for start in range(0, len(texts), chunk):
        part = slice(start, start + chunk)
        expected = library_encode(library, texts[part], None if pairs is None else pairs[part], max_length)
        for (a, b), want in zip(zip(texts[part], seconds[part]), expected):
            ids, types = ours.encode(a, b, max_length=max_length)
            assert (ids, types, [1] * len(ids)) == want, (max_length, a[:200], (b or "")[:200])


# --- the texts -------------------------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?\"”])\s+|\n+", text) if s.strip()]


def real_texts() -> list[str]:
    """Seed articles, the rules' YAML case texts and, where ../shared/data is present, the dev news
    articles, ContraDoc documents, NLI eval pairs and source documents (a sample of each)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.*"))]
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")).get("cases", []):
            texts.append(case["text"])
    if DATA.is_dir():
        texts += [r["text"] for r in read_jsonl(DATA / "news/dev/articles.jsonl")]
        texts += [r["text"] for r in read_jsonl(DATA / "contradoc/dev/positives.jsonl")]
        texts += [r["text"] for r in read_jsonl(DATA / "contradoc/dev/negatives-truncated.jsonl")[:80]]
        for name in ("mnli-eval", "sick-trial", "rte3-test"):
            for r in read_jsonl(DATA / f"nli/eval/{name}.jsonl")[:300]:
                texts += [r["premise"], r["hypothesis"]]
        for r in read_jsonl(DATA / "sources/dev/xsumfaith/documents.jsonl")[:100]:
            texts += [v for v in r.values() if isinstance(v, str) and len(v) > 20]
        for path in sorted((DATA / "sources/dev/summedits").glob("*.json")):
            for r in json.loads(path.read_text(encoding="utf-8"))[:15]:
                texts += [v for v in r.values() if isinstance(v, str) and len(v) > 20]
    return texts


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def documents():
    return real_texts()


def fuzzed(rng: random.Random, n: int) -> list[str]:
    """Strings built from what trips a tokenizer: accents (precomposed and combining), Greek
    capital sigma, dotted capital I, CJK, emoji with modifiers and joiners, flags, control and
    format characters, NUL, U+FFFD, odd whitespace, special-token look-alikes, URLs, numbers,
    and words near and over the 100-character limit."""
    alphabet = (
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        + list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
        + list("éÉèàçñÑöÖüßøÅæœÆŒłŁđĐıİŞşğĞ")
        + ["e\u0301", "a\u0308", "n\u0303", "\u0301", "\u0327", "\u20dd"]
        + list("ΣσςΑΒΓΔαβγδΩωΌό")
        + list("АБВГДабвгдЁё")
        + list("中文字漢字日本語한국어ひらがなカタカナ")
        + ["😀", "👍🏽", "👩\u200d💻", "🇬🇧", "❤️", "🥲", "🫠"]
        + ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x85", "\ufffd"]
        + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u061c", "\u202e"]
        + [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\u1680"]
        + list("‘’“”–—…•·«»¿¡€£¥¢°±×÷§¶©®™")
        + ["[CLS]", "[SEP]", "[MASK]", "[UNK]", "[PAD]", "[cls]", "[CLS", "CLS]", "[[SEP]]"]
        + ["https://example.org/a/b?c=d&e=f#g", "www.example.com", "user@example.com"]
        + ["3.14", "1,000,000", "-42", "12:30", "2026-12-04", "5%", "$1.5bn", "½", "²", "①"]
    )
    out = ["", " ", "\n\n", "\x00", "[CLS]", "[SEP][SEP]", "a" * 100, "a" * 101, "é" * 101]
    for _ in range(n):
        k = rng.choice((1, 3, 8, 20, 60))
        out.append("".join(rng.choice(alphabet) for _ in range(k)))
        if rng.random() < 0.05:
            out.append("".join(rng.choice("abcdefghij") for _ in range(rng.randint(95, 130))))
    return out


# --- the tests -------------------------------------------------------------------------------------
def test_character_classes_are_the_librarys():
    """The shipped table is what the installed library does (re-probed here, a few seconds)."""
    from factlint.training.wordpiece_classes import probe

    shipped = json.loads(CLASSES_FILE.read_text(encoding="utf-8"))
    fresh = probe()
    for name in ("removed", "whitespace", "cjk", "marks", "punctuation"):
        assert shipped[name] == fresh[name], name


@pytest.mark.parametrize("step", [7, pytest.param(1, marks=pytest.mark.slow)])
def test_every_assigned_code_point(library, ours, step):
    """Each code point up to the end of the CJK extension planes, and the tags and variation
    selectors, inside a word, at its start and between words: the library's ids. Of the rest
    (unassigned and private-use planes, all alike) every 101st. The quick run takes every 7th of
    the first set (each character class is checked whole against the library's by the test
    above); the slow one each."""
    library.no_truncation()
    points = [cp for cp in range(0, 0x32400, step) if not 0xD800 <= cp <= 0xDFFF]
    points += list(range(0xE0000, 0xE1000, step)) + list(range(0x32400, 0x110000, 101))
    mismatched = []
    for start in range(0, len(points), 0x4000):
        chunk = points[start : start + 0x4000]
        texts = [f"a{chr(cp)}b {chr(cp)}x" for cp in chunk]
        expected = library.encode_batch(texts)
        mismatched += [hex(cp) for cp, t, e in zip(chunk, texts, expected) if ours.encode(t)[0] != e.ids]
    assert mismatched == []


@pytest.mark.parametrize("every", [3, pytest.param(1, marks=pytest.mark.slow)])
def test_real_texts_single_and_truncated(library, ours, documents, every):
    """Sentences whole, and documents cut at each length. The quick run takes every third
    document (of each source: they are listed source by source); the slow one all of them."""
    assert len(documents) > 300 if DATA.is_dir() else len(documents) > 50
    documents = documents[::every]
    lines = [s for text in documents for s in sentences(text)]
    assert len(lines) > (5000 if DATA.is_dir() else 500) // every
    assert_same(library, ours, lines)
    for max_length in MAX_LENGTHS[1:]:
        assert_same(library, ours, documents, max_length=max_length)


@pytest.mark.parametrize("every", [6, pytest.param(1, marks=pytest.mark.slow)])
def test_real_pairs_with_longest_first_truncation(library, ours, documents, every):
    """Neighbouring sentences (what FL101 scores) and whole documents against a sentence (what
    FL301/FL302 score, and long enough to be cut on one or both sides). The quick run takes every
    sixth document; the slow one all of them."""
    documents = documents[::every]
    lines = [s for text in documents for s in sentences(text)]
    neighbours = list(zip(lines, lines[1:]))[:4000]
    for max_length in MAX_LENGTHS:
        assert_same(library, ours, [a for a, _ in neighbours], [b for _, b in neighbours], max_length)
    rng = random.Random(17)
    long_pairs = [(doc, rng.choice(lines)) for doc in documents[::2]]
    long_pairs += [(a, b) for a, b in zip(documents[::3], documents[1::3])]
    for max_length in (128, 256, 512):  # shorter: the library's overflow pieces run to gigabytes
        firsts, seconds = [a for a, _ in long_pairs], [b for _, b in long_pairs]
        assert_same(library, ours, firsts, seconds, max_length, chunk=10)
        assert_same(library, ours, seconds, firsts, max_length, chunk=10)


@pytest.mark.parametrize("count", [600, pytest.param(3000, marks=pytest.mark.slow)])
def test_fuzzed_strings(library, ours, count):
    rng = random.Random(2026)
    texts = fuzzed(rng, count)
    assert_same(library, ours, texts)
    partners = texts[1:] + texts[:1]
    for max_length in (4, 5, 9, 40):
        assert_same(library, ours, texts, partners, max_length)
        assert_same(library, ours, texts, max_length=max_length)


def test_without_special_tokens(library, ours, documents):
    texts = [s for text in documents[:40] for s in sentences(text)]
    library.no_truncation()
    expected = [e.ids for e in library.encode_batch(texts, add_special_tokens=False)]
    assert [ours.encode(t, add_special_tokens=False)[0] for t in texts] == expected
    pair = ours.encode(texts[0], texts[1], add_special_tokens=False)
    assert pair[0] == expected[0] + expected[1]
    assert pair[1] == [0] * len(expected[0]) + [1] * len(expected[1])


def test_call_surface_matches_the_library_backed_one(documents):
    """LeanTokenizer on wordpiece.py and on the library: the same arrays for what the runtimes
    call (lists unpadded, numpy padded, a single text)."""
    ours = LeanTokenizer(TOKENIZER_JSON)
    theirs = LeanTokenizer.__new__(LeanTokenizer)
    theirs._tok = LibraryTokenizer(TOKENIZER_JSON)
    theirs.pad_id = theirs._tok.pad_id
    assert type(ours._tok).__name__ == "WordPieceEncoder"
    lines = [s for text in documents[:30] for s in sentences(text)]
    premises, hypotheses = lines[:-1], lines[1:]
    for kwargs in (
        {"truncation": "longest_first", "max_length": 64},
        {"truncation": True, "max_length": 128, "padding": True, "return_tensors": "np"},
        {},
    ):
        a, b = ours(premises, hypotheses, **kwargs), theirs(premises, hypotheses, **kwargs)
        assert a.keys() == b.keys()
        for key in a:
            if "return_tensors" in kwargs:
                assert a[key].dtype == np.int64
                np.testing.assert_array_equal(a[key], b[key])
            else:
                assert a[key] == b[key]
    assert ours(lines[0]) == theirs(lines[0])
    assert ours(lines[:5], truncation=True, max_length=256) == theirs(
        lines[:5], truncation=True, max_length=256
    )


def test_another_kind_of_tokenizer_needs_the_library(tmp_path, monkeypatch):
    """A tokenizer.json that is not BERT WordPiece (here: another normalizer) runs on the library
    when it is installed, and without it is a one-line error naming what to install."""
    spec = json.loads(TOKENIZER_JSON.read_text(encoding="utf-8"))
    spec["normalizer"] = {"type": "NFKC"}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(UnsupportedTokenizer, match="normalizer is 'NFKC'"):
        WordPieceTokenizer(path)
    tok = LeanTokenizer(path)
    assert isinstance(tok._tok, LibraryTokenizer)
    assert tok("Ⅻ café")["input_ids"][0] == 101

    import factlint.models.tokenizer as module

    monkeypatch.setattr(module, "find_spec", lambda name: None)  # as on the default install
    with pytest.raises(UnsupportedTokenizer, match=r"pip install tokenizers"):
        LeanTokenizer(path)
    shutil.copyfile(TOKENIZER_JSON, path)
    assert LeanTokenizer(path)("a")["input_ids"] == [101, 1037, 102]  # BERT WordPiece: no library


@pytest.mark.parametrize(
    "change",
    [
        {"normalizer": {"lowercase": False}},  # a cased BERT: accents kept too (they follow lowercase)
        {"normalizer": {"lowercase": False, "strip_accents": True}},
        {"normalizer": {"strip_accents": False}},
        {"normalizer": {"handle_chinese_chars": False, "clean_text": False}},
        {"post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 102], "cls": ["[CLS]", 101]}},
        {"model": {"max_input_chars_per_word": 12}},
    ],
    ids=[
        "cased",
        "cased-strip-accents",
        "keep-accents",
        "no-cleaning-no-cjk",
        "bert-processing",
        "short-words",
    ],
)
def test_other_bert_settings(tmp_path, documents, change):
    """Other BERT exports' settings in the same file: still the library's ids."""
    spec = json.loads(TOKENIZER_JSON.read_text(encoding="utf-8"))
    for section, values in change.items():
        spec[section] = values if "type" in values else {**spec[section], **values}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    library = tokenizers.Tokenizer.from_file(str(path))
    library.no_padding()
    texts = fuzzed(random.Random(7), 600) + [s for text in documents[:60] for s in sentences(text)]
    assert_same(library, WordPieceTokenizer(path), texts)
    assert_same(library, WordPieceTokenizer(path), texts, texts[1:] + texts[:1], max_length=24)

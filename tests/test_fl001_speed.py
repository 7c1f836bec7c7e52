"""FL001 on long articles: the indexed search for earlier copies finds what comparing every
pair found. No timing here (speed is the benchmarks' business); a ~300 KB article only has to be
linted at all, which took minutes while every sentence was compared with every earlier one.
"""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from factlint.linter.engine import lint_text
from factlint.linter.loader import parse_text
from factlint.rules.fl001_duplicated_sentence import _NUMBER, _Seen, comparable

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 9))) for _ in range(size)]


def _sentence(rng: random.Random, vocab: list[str], words: tuple[int, int] = (8, 28)) -> str:
    common = ["the", "a", "of", "to", "in", "and", "said", "was", "for", "on"]
    out = [
        rng.choice(common) if rng.random() < 0.3 else rng.choice(vocab) for _ in range(rng.randint(*words))
    ]
    if rng.random() < 0.3:
        out.insert(rng.randrange(len(out)), str(rng.randint(1, 5000)))
    return out[0].capitalize() + " " + " ".join(out[1:]) + "."


def test_planted_copies_in_a_300_kb_article_are_found():
    rng = random.Random(20240611)
    vocab = _vocabulary(rng, 3000)
    paragraphs = ["Generated headline about the council budget vote"]
    size = 0
    while size < 300_000:
        paragraphs.append(" ".join(_sentence(rng, vocab) for _ in range(rng.randint(1, 4))))
        size += len(paragraphs[-1]) + 2
    n = len(paragraphs)
    first, second, third, fourth, fifth, sixth = (n * k // 20 for k in (1, 5, 9, 12, 15, 17))
    # planted: a verbatim copy, one with a word changed, one in capitals with other punctuation,
    # one as the last paragraph; and a parallel sentence whose number differs (not a copy)
    originals = {}
    for k, at in enumerate((first, second, third, fourth, fifth)):
        originals[at] = _sentence(rng, vocab, (12, 20)).replace(".", f" zq{k}.")  # a word nowhere else
        paragraphs[at] = originals[at]
    source = {third + 10: first, fourth + 10: second, sixth: third, n - 1: fourth}
    paragraphs[third + 10] = originals[first]
    paragraphs[fourth + 10] = originals[second].replace(" zq1.", " zqx1.")
    paragraphs[sixth] = originals[third].upper().replace(".", "!")
    paragraphs[n - 1] = originals[fourth]
    paragraphs[fifth] = originals[fifth].replace(" zq4.", " 17 zq4.")
    paragraphs[sixth + 10] = originals[fifth].replace(" zq4.", " 18 zq4.")
    article = "\n\n".join(paragraphs) + "\n"
    assert len(article) > 290_000

    found = lint_text(article, "long.txt", select=["FL001"])

    line = {at: 2 * at + 1 for at in range(n)}  # one paragraph a line, blank lines between
    assert sorted((f.span.line, f.related[0].span.line) for f in found) == sorted(
        (line[at], line[was]) for at, was in source.items()
    )
    by_line = {f.span.line: f for f in found}
    assert "verbatim" in by_line[line[third + 10]].message and by_line[line[third + 10]].score == 1.0
    assert "nearly verbatim" in by_line[line[fourth + 10]].message
    assert by_line[line[sixth]].score == 1.0  # case and punctuation do not count


# --- the index against comparing every pair ---------------------------------------------------


def _every_pair(keys: list[str], threshold: float) -> list[tuple[int, int, float] | None]:
    """What FL001 did before the index: each key against every earlier first copy, in order."""
    seen: list[tuple[str, int]] = []
    out: list[tuple[int, int, float] | None] = []
    for i, key in enumerate(keys):
        best = None
        numbers = _NUMBER.findall(key)
        for other_key, j in seen:
            if other_key == key:
                best = (j, 100.0)
                break
            if _NUMBER.findall(other_key) != numbers:
                continue
            shorter, longer = sorted((len(key), len(other_key)))
            if 200.0 * shorter / (shorter + longer) < threshold:
                continue
            score = fuzz.ratio(key, other_key, score_cutoff=threshold)
            if score and (best is None or score > best[1]):
                best = (j, score)
        if best is None:
            seen.append((key, i))
        out.append(None if best is None else (i, *best))
    return out


def _indexed(
    keys: list[str], sentences, threshold: float, index_from: int
) -> list[tuple[int, int, float] | None]:
    seen = _Seen(keys, threshold, index_from)
    out = []
    for i, (key, sentence) in enumerate(zip(keys, sentences)):
        match = seen.earlier_copy(key)
        if match is None:
            seen.add(key, sentence)
            out.append(None)
        else:
            out.append((i, match[0].index, match[1]))
    return out


def _edited(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        at = rng.randrange(len(chars) + 1)
        roll = rng.random()
        if roll < 0.4 and at < len(chars) and len(chars) > 1:
            del chars[at]
        elif roll < 0.8:
            chars.insert(at, rng.choice("abcdefghij "))
        elif at < len(chars):
            chars[at] = rng.choice("abcdefghij")
    return "".join(chars)


@pytest.mark.parametrize("index_from", [0, 10**9], ids=["q-gram index", "no index"])
@pytest.mark.parametrize("seed", range(6))
def test_index_gives_the_answers_of_comparing_every_pair(seed, index_from):
    rng = random.Random(seed)
    vocab = _vocabulary(rng, rng.choice([40, 400]))
    sentences: list[str] = []
    for _ in range(160):
        if sentences and rng.random() < 0.4:  # a copy with a few edits, near the threshold too
            sentences.append(_edited(rng, rng.choice(sentences), rng.choice([0, 1, 2, 4, 7, 11, 16])))
        else:
            sentences.append(_sentence(rng, vocab, rng.choice([(1, 4), (5, 12), (20, 45)])))
    doc = parse_text("\n\n".join(s.strip() or "x" for s in sentences) + "\n", "text")
    keys = [comparable(s.text) for s in doc.sentences]
    keys, units = zip(*[(k, s) for k, s in zip(keys, doc.sentences) if k])
    for threshold in (50.0, 75.0, 85.0, 90.0, 92.0, 96.0, 100.0):
        expected = _every_pair(list(keys), threshold)
        assert _indexed(list(keys), units, threshold, index_from) == [
            None if e is None else (e[0], units[e[1]].index, e[2]) for e in expected
        ], threshold

"""Candidate pair selection (analysis/pairs.py) and the speech cues FL101 uses (analysis/speech.py).

Selection is plumbing around the embedder, so most tests here feed it hand-made similarity
matrices or a deterministic bag-of-words embedder; one test runs the real base MiniLM.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from factlint.analysis.pairs import (
    CandidatePair,
    candidate_pairs,
    opposite_words,
    select_pairs,
    sentence_cues,
)
from factlint.analysis.speech import analyse_sentence, claim_and_denial, different_sources, speech
from factlint.linter.document import Block, Document, Sentence, Span
from factlint.linter.providers import model_resources
from factlint.linter.rule import Context


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Every test gets its own cache folder: fake embeddings must never reach a real cache."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))


def make_doc(*paragraphs: str, headline: str | None = None) -> Document:
    """A Document with one block per paragraph and one sentence per line of a paragraph."""
    text_parts, blocks, sentences = [], [], []
    offset, line = 0, 1
    chunks = ([("headline", headline)] if headline else []) + [("paragraph", p) for p in paragraphs]
    for kind, chunk in chunks:
        block_index = len(blocks)
        lines = [s.strip() for s in chunk.strip().splitlines() if s.strip()]
        block_start, block_line = offset, line
        for sentence_text in lines:
            span = Span(offset, offset + len(sentence_text), line, 1, line, len(sentence_text) + 1)
            sentences.append(Sentence(len(sentences), sentence_text, span, block_index))
            text_parts.append(sentence_text + "\n")
            offset += len(sentence_text) + 1
            line += 1
        block_text = " ".join(lines)
        blocks.append(
            Block(block_index, kind, block_text, Span(block_start, offset - 1, block_line, 1, line - 1, 1))
        )
        text_parts.append("\n")
        offset += 1
        line += 1
    return Document(None, "test.md", "".join(text_parts), "markdown", {}, blocks, sentences)


class BagOfWordsEmbedder:
    """Deterministic stand-in for the MiniLM: hashed word counts, unit length."""

    dim = 256

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, sum(map(ord, word)) * 31 % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


class FakeEmbedderContext(Context):
    calls = 0

    def embedder(self):
        FakeEmbedderContext.calls += 1
        return BagOfWordsEmbedder()


def random_similarity(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(n, 32))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors @ vectors.T


def long_cues(n: int):
    return [sentence_cues(f"Sentence number {i} says something about topic {i % 7}.") for i in range(n)]


# --- budget ------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [2, 3, 5, 10, 40, 150])
def test_pairs_grow_linearly_and_stay_within_budget(n):
    pairs = select_pairs(long_cues(n), random_similarity(n, n), similar=3, partners=4)
    assert len(pairs) <= 4 * n  # at most 8 NLI calls (both directions) per sentence
    assert len(pairs) <= n * (n - 1) // 2
    assert all(isinstance(p, CandidatePair) and 0 <= p.first < p.second < n for p in pairs)
    assert len({(p.first, p.second) for p in pairs}) == len(pairs)
    # no sentence is left out of the comparison
    covered = {p.first for p in pairs} | {p.second for p in pairs}
    assert covered == set(range(n))


def test_small_documents_get_every_pair():
    n = 4
    pairs = select_pairs(long_cues(n), random_similarity(n, 1))
    assert {(p.first, p.second) for p in pairs} == {(i, j) for i in range(n) for j in range(i + 1, n)}


def test_degree_is_bounded_even_for_a_hub_sentence():
    n = 60
    sim = random_similarity(n, 3) * 0.1
    sim[0, :] = sim[:, 0] = 0.99  # sentence 0 is everyone's nearest neighbour
    pairs = select_pairs(long_cues(n), sim, similar=3, partners=4)
    assert len(pairs) <= 4 * n
    degree = [0] * n
    for p in pairs:
        degree[p.first] += 1
        degree[p.second] += 1
    # the hub is picked by everyone in step 1 (that is the point), but the fill step adds no more
    others = degree[1:]
    assert max(others) <= 2 * 4 + 3


# --- what gets picked --------------------------------------------------------------------------


def test_nearest_neighbours_by_cosine_are_paired():
    n = 30
    sim = random_similarity(n, 7) * 0.2
    sim[3, 25] = sim[25, 3] = 0.95
    pairs = {(p.first, p.second): p for p in select_pairs(long_cues(n), sim)}
    assert (3, 25) in pairs
    assert "similar" in pairs[(3, 25)].reasons
    assert pairs[(3, 25)].similarity == pytest.approx(0.95)


def test_adjacent_sentences_are_paired_even_when_dissimilar():
    n = 30
    sim = random_similarity(n, 9)
    sim[10, 11] = sim[11, 10] = -0.5
    pairs = {(p.first, p.second): p for p in select_pairs(long_cues(n), sim)}
    assert (10, 11) in pairs and "neighbour" in pairs[(10, 11)].reasons
    without = {(p.first, p.second) for p in select_pairs(long_cues(n), sim, neighbours=False)}
    assert (10, 11) not in without


def test_short_fragments_are_never_paired():
    texts = ["Read also:", "Skip to content"] + [
        f"The council approved budget plan {i} on Monday." for i in range(6)
    ]
    cues = [sentence_cues(t) for t in texts]
    pairs = select_pairs(cues, random_similarity(len(texts), 2))
    assert not any(p.first in (0, 1) or p.second in (0, 1) for p in pairs)


def test_a_shared_cue_breaks_a_tie_in_cosine():
    texts = [
        "Ruth Davis won the election in Ohio by a wide margin.",
        "The weather was mild across the region that week.",
        "Ruth Davis did not win the election in Ohio.",
        "Local shops reported brisk sales before the holiday.",
        "The river level rose slowly after the storms.",
        "A new bakery opened near the station last spring.",
    ]
    cues = [sentence_cues(t) for t in texts]
    sim = np.full((6, 6), 0.3)
    np.fill_diagonal(sim, 1.0)
    pairs = {(p.first, p.second): p for p in select_pairs(cues, sim, similar=1, partners=2, neighbours=False)}
    assert (0, 2) in pairs
    assert {"entity", "negation"} <= pairs[(0, 2)].reasons


# --- cues --------------------------------------------------------------------------------------


def test_sentence_cues():
    cues = sentence_cues("However, Vladimir Putin said Russia did not sell 20,000 barrels to China.")
    assert {"vladimir", "putin", "russia", "china"} <= cues.entities
    assert "however" not in cues.entities
    assert "20000" in cues.numbers
    assert cues.negated and cues.checkable
    assert not sentence_cues("Read also:").checkable
    assert not sentence_cues("The talks were a success.").negated


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Buck lives happily in the valley.", "Buck lives unhappily in the valley.", True),
        ("Lucile finds herself attracted to Savrola.", "Lucile finds herself repulsed by Savrola.", True),
        ("Prices rose in May.", "Prices fell in May.", True),
        ("Prices rose in May.", "Prices rose again in June.", False),
    ],
)
def test_opposite_words(a, b, expected):
    assert opposite_words(sentence_cues(a), sentence_cues(b)) is expected


# --- the shared analysis -----------------------------------------------------------------------


def test_candidate_pairs_analysis_uses_the_embedder_once_and_is_memoised():
    doc = make_doc(
        "Moscow and Beijing stand together against the West.\nTrade between the two grew by 30 percent last year.",
        "The Chinese leader stressed disagreements with Moscow.\nAnalysts expect more talks in the autumn.",
    )
    ctx = FakeEmbedderContext(doc)
    FakeEmbedderContext.calls = 0
    first = ctx.analysis(candidate_pairs)
    assert ctx.analysis(candidate_pairs) is first
    assert FakeEmbedderContext.calls == 1
    assert (0, 2) in {(p.first, p.second) for p in first}


def test_candidate_pairs_needs_no_embedder_for_a_one_sentence_article():
    doc = make_doc("Only one sentence is written in this article.")
    ctx = FakeEmbedderContext(doc)
    FakeEmbedderContext.calls = 0
    assert ctx.analysis(candidate_pairs) == []
    assert FakeEmbedderContext.calls == 0


def test_real_embedder_pairs_paraphrases():
    pytest.importorskip("onnxruntime")
    sentences = [
        "The mayor opened the new bridge over the river on Tuesday.",
        "Shares in the airline fell sharply after the profit warning.",
        "Farmers in the north complained about the dry summer.",
        "The school will close for renovation next year.",
        "A local choir performed at the cathedral on Sunday.",
        "Police arrested two men after a burglary in the high street.",
        "The new bridge across the river was opened by the mayor.",
        "The museum's ticket prices will rise in the spring.",
        "Rain finally arrived in the north after weeks of drought.",
        "A football club signed a striker from Brazil.",
    ]
    doc = make_doc("\n".join(sentences))
    pairs = {(p.first, p.second) for p in Context(doc, resources=model_resources()).analysis(candidate_pairs)}
    assert (0, 6) in pairs
    assert (2, 8) in pairs
    assert len(pairs) <= 4 * len(sentences)


# --- speech cues -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, reported, denial, hedged",
    [
        ("Vladimir Putin said the talks went well.", "putin", True, False, False),
        ('"We will win," said Jim Webb.', "webb", True, False, False),
        ("The economy grew by 2% last year, according to the ministry.", "ministry", True, False, False),
        ("The company denied that it had paid the bribe.", "company", True, True, False),
        ("If the deal collapses, prices would rise.", None, False, False, True),
        ("Moscow and Beijing stand together against the West.", None, False, False, False),
        ("However, the balance of power in this alliance is not equal.", None, False, False, False),
        ("He said the bridge was open.", None, True, False, False),
        ("In London, Mayor Sadiq Khan said the plan was dead.", "khan", True, False, False),
        # reported "will" is no hypothetical; "May" the month is no modal
        ("Smith said the factory would close and the jobs would go.", "smith", True, False, False),
        ("Smith said that if sales fall, the factory would close.", "smith", True, False, True),
        ("Putin visited China in May.", None, False, False, False),
        ("The museum may not close at the end of the year.", None, False, False, True),
        # a request asserts nothing about the requested action
        ("The minister urged China to consider supporting the pipeline.", None, False, False, True),
        ("Campaigners called on the council to reopen the library.", None, False, False, True),
        ("The council reopened the library in March.", None, False, False, False),
    ],
)
def test_speech_cues(text, speaker, reported, denial, hedged):
    found = analyse_sentence(text)
    assert (found.speaker, found.reported, found.denial, found.hedged) == (speaker, reported, denial, hedged)


def test_sources_and_denials():
    smith = analyse_sentence("Smith said the factory would reopen in May.")
    jones = analyse_sentence("Jones said the factory is closed for good.")
    smith_again = analyse_sentence("Smith told reporters the factory is closed for good.")
    plain = analyse_sentence("The factory reopened in May.")
    denial = analyse_sentence("The company denied that the factory reopened in May.")
    assert different_sources(smith, jones)
    assert not different_sources(smith, smith_again)
    assert not different_sources(smith, plain)
    assert claim_and_denial(plain, denial)
    assert not claim_and_denial(plain, smith)


def test_speech_analysis_takes_speakers_from_quotes_across_sentences():
    doc = make_doc(
        '"Our trade is growing. We are very happy with it," Putin told reporters.\n'
        "The economy shrank by 2% last year."
    )
    found = Context(doc).analysis(speech)
    assert found[0].speaker == "putin" and found[0].reported
    assert found[1].speaker is None and not found[1].reported


def test_embeddings_are_cached_across_processes(tmp_path, monkeypatch):
    """A re-check of an unchanged article reads every embedding from the cache: no embedder."""
    from factlint.analysis.pairs import sentence_embeddings
    from factlint.linter.providers import model_resources
    from factlint.linter.rule import Settings

    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    doc = make_doc(
        "Moscow and Beijing stand together against the West.\n"
        "The Chinese leader stressed disagreements with Moscow."
    )
    FakeEmbedderContext.calls = 0
    first = FakeEmbedderContext(doc, resources=model_resources()).analysis(sentence_embeddings)
    # a new run (as a new process would start) finds every vector in the file
    second = FakeEmbedderContext(doc, resources=model_resources()).analysis(sentence_embeddings)
    assert FakeEmbedderContext.calls == 1
    assert np.allclose(first, second)
    assert (tmp_path / "sentence-embeddings.sqlite3").is_file()
    # --no-cache: always embedded afresh, nothing read
    FakeEmbedderContext(doc, Settings(use_cache=False), resources=model_resources()).analysis(
        sentence_embeddings
    )
    assert FakeEmbedderContext.calls == 2


# --- how two sentences differ ------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, contrast",
    [
        (
            "The bridge was opened to traffic in March.",
            "The bridge was not opened to traffic in March.",
            True,
        ),
        ("The company employs 300 people in Leeds.", "The company employs 900 people in Leeds.", True),
        ("Buck lives happily in the valley.", "Buck lives unhappily in the valley.", True),
        (
            "The episode first aired on November 25, 2007.",
            "The episode first aired on October 25, 2007 on NBC.",
            True,
        ),
        ("The talks resumed on Monday in Geneva.", "The talks resumed on Thursday in Geneva.", True),
        ("Foul by Kemar Roofe (Leeds United).", "Foul by Harry Bunn (Huddersfield Town).", False),
        (
            "The club will make the midfielder available this summer.",
            "The club will make him available this summer.",
            False,
        ),
        (
            "Media playback is not supported on this device",
            "Media playback is not supported on this device",
            False,
        ),
    ],
)
def test_difference_finds_contrast_in_what_changed(a, b, contrast):
    from factlint.analysis.pairs import difference

    found = difference(a, b)
    assert found.contrast is contrast
    assert found.overlap >= 0.4  # all worded alike


def test_difference_of_unrelated_sentences():
    from factlint.analysis.pairs import difference

    found = difference("Prices rose in May.", "The choir sang at the cathedral on Sunday evening.")
    assert found.overlap < 0.4
    assert difference("x y z", "x y z").overlap == 1.0


def test_shared_words_count_content_words_only():
    from factlint.analysis.pairs import content_words, shared_words

    assert (
        shared_words(
            "Everyone was kissing everybody and picking up hats.",
            "It was like we had all been living under a dark cloud.",
        )
        == 0
    )  # only "was"
    assert (
        shared_words(
            "The bridge over the river was opened in March.",
            "The bridge over the river has never been opened.",
        )
        == 4
    )  # bridge over river opened
    assert "the" not in content_words("The bridge") and "bridge" in content_words("The bridge")

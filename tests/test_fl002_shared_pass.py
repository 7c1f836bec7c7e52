"""FL002's matcher looks for its regex groups' needed texts in one pass per sentence, and runs
the joined alternation's patterns without a capital on the lower case: both give each group the
answer its own test gives, on every sentence of the rule's cases and the seeds."""

from __future__ import annotations

from pathlib import Path

import yaml

from factlint.linter.engine import lint_text
from factlint.linter.loader import load_document
from factlint.rules import fl002_scrape_leftover as fl002

REPO = Path(__file__).resolve().parents[1]
CASES = Path(fl002.__file__).with_suffix(".yaml")


def _sentences() -> list[str]:
    texts = []
    for case in yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]:
        for line in case["text"].splitlines():
            texts.extend(part.strip() for part in line.split(". ") if part.strip())
    for path in sorted((REPO / "seeds").glob("*.txt")):
        texts.extend(s.text for s in load_document(path).sentences_with_headline())
    # a character re.I folds to an ASCII letter that lower() keeps: each group decides alone
    return texts + ["PHOTOſ: AP", "İstanbul | 2 min read", "Posted by | 2 min read"]


def test_one_pass_gives_each_group_its_own_candidates():
    matcher = fl002._builtin_matcher()
    groups = ((matcher.blocks, "fullmatch"), (matcher.ends, "search"), (matcher.anywhere, "search"))
    texts = _sentences()
    assert len(texts) > 200
    for text in texts:
        found = matcher.shared.found(text)
        for (group, how), positions in zip(groups, found):
            assert group.candidates(how, text, positions) == group.candidates(how, text), text


def test_the_joined_alternation_split_by_case_answers_as_the_whole():
    matcher = fl002._builtin_matcher()
    split = [
        (g, how)
        for g, how in ((matcher.regexes, "match"), (matcher.blocks, "fullmatch"))
        if any(part[2] is not None for part in g._joined_parts)
    ]
    assert split  # the built-in phrases do have patterns without a capital
    # ... and patterns that need a digit, joined apart (a text without one skips them)
    assert all(any(part[0] for part in g._joined_parts) for g, _ in split)
    hits = 0
    extra = [
        "Published: 12 May 2024",
        "www.example.com",
        "Photo: Reuters",
        "Updated 12:30 GMT",
        "İstanbul 2024",
    ]
    for text in _sentences() + extra + [t.upper() for t in extra]:
        for group, how in split:
            whole = getattr(group.joined, how)(text) is not None
            assert group._joined_hit(how, text) == whole, text
            hits += whole
    assert hits > 0


def test_findings_through_the_engine():
    text = "Skip to content\n\nThe council met on Tuesday to approve the budget for next year.\n"
    found = [f for f in lint_text(text, select=["FL002"]) if f.rule_id == "FL002"]
    assert len(found) == 1 and "Skip to content" in found[0].message


def test_the_label_heads_rule_out_only_sentences_no_label_opens():
    matcher = fl002._builtin_matcher()
    assert matcher._label_heads  # (a set lookup before the alternation of every label)
    texts = _sentences() + [
        "Read more: The storm",
        "READ MORE | The storm",
        "Läs mer: Stormen",
        "ſee also: x",
    ]
    texts += ["  » Related: Storm", "Tags: storm, rain", "Re: storm", "Photo: storm"]
    plain = fl002._Matcher(fl002.builtin_phrases())
    plain._label_heads = None
    for text in texts:
        assert matcher._match(text, 25) == plain._match(text, 25), text

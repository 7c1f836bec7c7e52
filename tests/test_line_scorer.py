"""The FL002 line-scorer experiment (training/line_scorer.py): its features describe lines as
documented, its numpy logistic regression learns, and a page is measured through the real engine.
The real pages it was measured on live outside the repository; the page here is our own words."""

from __future__ import annotations

import json

import numpy as np

from factlint.training import line_features as lf
from factlint.training import line_scorer

PAGE = """Skip to content
Business

Council approves budget for new bridge

The city council approved a budget of 4 million for a new bridge over the river on Tuesday, the mayor's office said.

Related Posts

Work on the bridge is expected to start in the spring and to last two years, officials said.

Share
"""


def _row(lines, flagged, text):
    rows = lf.features(lines, flagged)
    return dict(zip(lf.FEATURES, rows[[ln.text for ln in lines].index(text)]))


def test_features_tell_place_shape_and_story_words():
    lines = lf.lines_of(PAGE)
    assert [ln.number for ln in lines] == [1, 2, 4, 6, 8, 10, 12]
    assert all(PAGE[ln.start : ln.end] == ln.text for ln in lines)
    related = _row(lines, set(), "Related Posts")
    assert related["between_prose"] == 1.0 and related["ends_sentence"] == 0.0
    assert related["story_word_share"] == 0.0  # furniture shares no word with the story
    head = _row(lines, set(), "Council approves budget for new bridge")
    assert head["before_first_prose"] == 1.0 and head["story_word_share"] > 0.5
    share = _row(lines, {1}, "Share")
    assert share["after_last_prose"] == 1.0 and share["position"] == 1.0
    assert _row(lines, {1}, "Business")["prev_flagged"] == 1.0
    prose = _row(lines, set(), lines[3].text)
    assert prose["prose"] == 1.0 and prose["verb_cue"] == 1.0 and not lf.eligible(list(prose.values()))


def test_hard_wrapped_prose_and_repeated_shapes_are_never_eligible():
    wrapped = lf.lines_of("Shares rose 3 percent after the company said\nits profit had doubled.\n")
    assert all(not lf.eligible(r) for r in lf.features(wrapped, set()))
    times = lf.lines_of("2.41pm GMT\nA goal.\n2.29pm GMT\nA save.\n2.25pm GMT\nA corner.\n")
    rows = lf.features(times, set())
    assert rows[0][lf.FEATURES.index("shape_recurs")] == 1.0 and not lf.eligible(rows[0])


def test_logistic_regression_learns_a_separable_rule():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - 2 * x[:, 2] > 0).astype(float)
    model = line_scorer.fit(x, y)
    assert ((line_scorer.predict(model, x) >= 0.5) == (y == 1)).mean() > 0.95
    assert model[2][0] > 0 > model[2][2]


def test_a_folder_is_collected_through_the_engine_and_measured(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "judgements.json").write_text(
        json.dumps({"page.txt": {"leftovers": ["Skip to content", "Related Posts", "\nShare"]}}),
        encoding="utf-8",
    )
    pages = line_scorer.collect(tmp_path)
    assert len(pages) == 1 and pages[0]["labels"].count(1) == 3
    assert 1 in pages[0]["flagged"]  # FL002's phrase list knows "Skip to content"
    scores = {"tmp/page.txt": [1.0 if lab == 1 else 0.0 for lab in pages[0]["labels"]]}
    pages[0]["folder"] = "tmp"
    table = line_scorer.evaluate(pages, scores, {"tmp": 0.5})["tmp"]
    assert table["leftovers"] == 3 and table["both"] == 3 and table["new_false"] == 0
    assert line_scorer.lowest_clean_threshold(pages, scores) < 0.5

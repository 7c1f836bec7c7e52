"""FL101 self-contradiction, with the real default NLI model (no mocks).

Skipped where the model cannot be loaded (no NLI extra, no weights file). The pass/fail cases in
``rules/fl101_self_contradiction.yaml`` run through tests/test_rule_cases.py; here are the
behaviours a case file cannot state: where the finding sits, its related location, severity
bands, the exceptions switched off to prove they are what keeps a pair quiet, the bounded
number of NLI calls and the cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.linter.engine import lint_text
from factlint.linter.errors import ModelError
from factlint.linter.finding import Severity
from factlint.linter.providers import model_resources
from factlint.linter.rule import Context, Settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def nli():
    pytest.importorskip("onnxruntime")
    try:
        return model_resources().nli(Settings(use_cache=False))
    except ModelError as err:
        pytest.skip(f"NLI model not available: {err}")


def fl101(text: str, **options):
    return lint_text(
        text,
        select=["FL101"],
        options={"FL101": options} if options else None,
        settings=Settings(use_cache=False),
    )


CONTRADICTION = """\
# Council report

The new bridge over the river was opened to traffic in March.

Shops along the high street reported more customers in the spring.

The council said the budget for repairs would be discussed in the autumn.

The new bridge over the river has never been opened to traffic.
"""


def test_contradiction_is_reported_on_the_later_sentence(nli):
    found = fl101(CONTRADICTION)
    assert len(found) == 1
    finding = found[0]
    assert finding.rule_id == "FL101" and finding.name == "self-contradiction"
    assert finding.span.line == 9  # the later sentence
    assert [r.span.line for r in finding.related] == [3]  # the earlier one
    assert "contradicts line 3" in finding.message and finding.message.endswith(
        "check which is right, or say why both hold"
    )
    assert "never been opened" in finding.message and "score" not in finding.message
    assert finding.score >= 0.81
    # the tier follows the score weighted by likeness: below warning_threshold it is info
    assert finding.severity in (Severity.INFO, Severity.WARNING, Severity.ERROR)
    assert fl101(CONTRADICTION, warning_threshold=0.0)[0].severity in (Severity.WARNING, Severity.ERROR)


def test_consistent_article_is_quiet(nli):
    text = CONTRADICTION.replace("has never been opened to traffic", "carried its first buses in March")
    assert fl101(text) == []


def test_severity_follows_the_score_bands(nli):
    score = fl101(CONTRADICTION)[0].score
    warn = {"warning_threshold": 0.0}  # every reported pair in the warning tier
    assert fl101(CONTRADICTION, error_threshold=score - 0.001, **warn)[0].severity == Severity.ERROR
    assert (
        fl101(CONTRADICTION, error_threshold=min(1.0, score + 0.001), **warn)[0].severity == Severity.WARNING
    )
    assert fl101(CONTRADICTION, warning_threshold=1.0, alike_bonus=0.0)[0].severity == Severity.INFO
    assert fl101(CONTRADICTION, threshold=min(1.0, score + 0.001)) == []


SOURCES = """\
Sarah Jones said the factory in Leeds will close next year.

Workers gathered outside the gates on Monday morning.

Tom Smith said the factory in Leeds will not close next year.
"""


def test_two_sources_who_disagree_are_not_a_self_contradiction(nli):
    assert fl101(SOURCES) == []
    kept = fl101(SOURCES, sources="keep")  # proves the exception is what keeps it quiet
    assert len(kept) == 1 and kept[0].span.line == 5
    info = fl101(SOURCES, sources="info")
    assert [f.severity for f in info] == [Severity.INFO]


def test_the_same_source_contradicting_itself_is_reported(nli):
    text = SOURCES.replace("Tom Smith said", "Sarah Jones told reporters")
    assert len(fl101(text)) == 1


DENIAL = """\
The minister resigned on Monday.

Opposition parties welcomed the news and called for an inquiry.

The ministry denied that the minister resigned on Monday.
"""


def test_claim_and_attributed_denial(nli):
    assert fl101(DENIAL) == []
    assert len(fl101(DENIAL, denials="keep")) == 1


HEDGED = """\
The museum will close at the end of the year.

Visitors queued for hours on Saturday to see the collection.

The museum may not close at the end of the year.
"""


def test_hypothetical_sentence_is_not_a_self_contradiction(nli):
    assert fl101(HEDGED) == []
    assert len(fl101(HEDGED, hedged="keep")) == 1


HEADLINE = """\
# The museum will close at the end of the year

The museum will not close at the end of the year.

Visitors queued for hours on Saturday to see the collection.
"""


def test_headline_against_body_is_downgraded_to_info(nli):
    found = fl101(HEADLINE)
    assert [f.severity for f in found] == [Severity.INFO]
    assert found[0].related[0].span.line == 1
    assert fl101(HEADLINE, headline="skip") == []
    assert [f.severity for f in fl101(HEADLINE, headline="keep")] != [Severity.INFO]


def test_nli_pairs_are_bounded_per_sentence_and_cached(nli, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "own"))
    topics = [
        "the bridge",
        "the school",
        "the museum",
        "the station",
        "the hospital",
        "the park",
        "the library",
        "the market",
        "the stadium",
        "the harbour",
    ]
    lines = []
    for k in range(40):
        lines.append(f"Work on {topics[k % 10]} in district {k} began in week {k + 1} of the year.")
    text = "\n\n".join(lines) + "\n"
    settings = Settings()  # cache on
    run = model_resources()
    ctx_model = run.nli(settings)
    before = ctx_model.stats.pairs_requested, ctx_model.stats.pairs_scored
    lint_text(text, select=["FL101"], settings=settings, resources=run)
    requested = ctx_model.stats.pairs_requested - before[0]
    assert 0 < requested <= 8 * 40
    scored = ctx_model.stats.pairs_scored
    lint_text(text, select=["FL101"], settings=settings)  # unchanged article: all from the cache
    assert ctx_model.stats.pairs_scored == scored


@pytest.mark.xfail(
    strict=True,
    reason=(
        "known miss of factlint-minilm-nli v2 (measured): p(contradiction) of the 'unity in the face "
        "of disagreements with Moscow' sentence against the opening claim is 0.13 forward and 0.07 "
        "backward (it reads the opening claim as entailed by it, p=0.81), against the 'strategic "
        "partnership' sentence 0.39 / 0.31 (and that pair is no candidate); strict, so a model that "
        "gets it turns this test red until the mark is removed"
    ),
)
def test_seed_article_contradiction(nli):
    text = (REPO / "seeds" / "moscow-beijing-trade.txt").read_text(encoding="utf-8")
    found = lint_text(text, "moscow-beijing-trade.txt", select=["FL101"], settings=Settings(use_cache=False))
    unity = [f for f in found if f.span.line == 19]
    assert unity, [f.message for f in found]
    assert "disagreements with Moscow" in unity[0].message
    assert unity[0].related[0].span.line in (7, 15)


# --- model-free parts: message, context, exceptions --------------------------------------------


def test_message_quotes_where_the_two_sentences_meet():
    from factlint.rules.fl101_self_contradiction import contrast_excerpt

    earlier = "Moscow and the Chinese Leader have a strong disagreement with the Western world together."
    later = (
        "The Chinese Leader praised the President of the European Parliament for their shared "
        "beliefs during their dialogue, emphasizing the importance of unity in the face of "
        "disagreements with Moscow and the Western world."
    )
    assert contrast_excerpt("Prices rose in May.", later) == "Prices rose in May."
    short = contrast_excerpt(later, earlier)
    assert short.startswith("…")  # cut where the two sentences meet, not at the start
    assert "disagreements with Moscow" in short and len(short.split()) <= 8
    assert contrast_excerpt(earlier, later).startswith("Moscow and the Chinese Leader")


def test_message_keeps_the_figures_and_negations_the_contradiction_turns_on():
    from factlint.rules.fl101_self_contradiction import contrast_excerpt

    fire = "A fire destroyed a warehouse in Leeds on Tuesday, killing three people, the fire service said."
    nobody = "Nobody was killed in the fire in Leeds on Tuesday, police said."
    assert "killing three people" in contrast_excerpt(
        fire, nobody
    )  # was "A fire destroyed a warehouse in Leeds on …"
    assert contrast_excerpt(nobody, fire).startswith("Nobody was killed")


def test_preceding_sentence_as_context():
    from factlint.linter.loader import parse_text
    from factlint.rules.fl101_self_contradiction import premise_text

    doc = parse_text("Smith joined the club in May. He left it in June.\n\nHe was happy.\n", "markdown")
    first, second, third = doc.sentences
    assert premise_text(doc, second, "none") == "He left it in June."
    assert premise_text(doc, second, "pronoun") == "Smith joined the club in May. He left it in June."
    assert premise_text(doc, third, "pronoun") == "He was happy."  # another paragraph: no context
    assert premise_text(doc, first, "always") == first.text


def pair_exceptions(markdown: str):
    """``kinds(i, j[, least])``: the exceptions FL101 finds for sentences i and j of an article."""
    from factlint.analysis.pairs import CandidatePair
    from factlint.analysis.speech import speech
    from factlint.linter.loader import parse_text
    from factlint.rules.fl101_self_contradiction import exceptions

    doc = parse_text(markdown, "markdown")
    talk = Context(doc).analysis(speech)

    def kinds(i, j, *least):
        return exceptions(CandidatePair(i, j, 0.5, frozenset()), doc, talk, *least)

    return kinds


def test_exceptions_of_a_pair():
    from factlint.rules.fl101_self_contradiction import policy

    kinds = pair_exceptions(
        "# Factory closes\n\n"
        "Smith said the factory would close.\n\n"
        "Jones said the factory is not closing.\n\n"
        "The company denied that the factory is closing.\n\n"
        "If sales fall, the factory could close.\n"
    )
    assert kinds(0, 1) == {"headline"}
    assert kinds(1, 2) == {"sources"}
    assert "denials" in kinds(2, 3)
    assert "hedged" in kinds(1, 4)
    options = {"headline": "skip", "sources": "info", "denials": "keep", "hedged": "keep"}
    assert policy(kinds(0, 1), options) == "skip"
    assert policy(kinds(1, 2), options) == "info"
    assert policy(frozenset({"sources", "headline"}), options) == "skip"
    assert policy(frozenset(), options) == "keep"


def test_bad_option_values_are_config_errors():
    from factlint.linter.errors import ConfigError

    with pytest.raises(ConfigError, match="option 'sources': 'maybe' is not one of skip, info, keep"):
        lint_text("One sentence here.\n", select=["FL101"], options={"FL101": {"sources": "maybe"}})
    with pytest.raises(ConfigError, match="option 'context': 'all' is not one of"):
        lint_text("One sentence here.\n", select=["FL101"], options={"FL101": {"context": "all"}})


def test_sentences_worded_alike_without_a_contrast_are_paraphrases():
    kinds = pair_exceptions(
        "Foul by Kemar Roofe (Leeds United).\n\n"
        "Foul by Harry Bunn (Huddersfield Town).\n\n"
        "The company employs 300 people at its plant in Leeds.\n\n"
        "The company employs 900 people at its plant in Leeds.\n"
    )
    assert kinds(0, 1) == {"paraphrases"}  # list entries: what changed is only who
    assert kinds(2, 3) == set()  # a changed number is a contrast


def test_unrelated_sentences_are_an_exception_by_shared_words():
    kinds = pair_exceptions(
        "The bridge over the river was opened in March.\n\n"
        "Everyone cheered and threw their hats away.\n\n"
        "The bridge over the river has never been opened.\n"
    )
    assert "unrelated" in kinds(0, 1, 3)
    assert "unrelated" not in kinds(0, 2, 3)  # bridge, over, river, opened
    assert "unrelated" not in kinds(0, 1, 0)


def test_the_required_probability_falls_as_sentences_grow_alike():
    """Same model score, different likeness: the near-identical pair is reported, the loosely
    related one is not; with similarity_weight 0 one threshold decides both."""
    from factlint.analysis.pairs import CandidatePair
    from factlint.rules.fl101_self_contradiction import SelfContradiction, ScoredPair, select

    options = dict(SelfContradiction.defaults)
    alike = ScoredPair(CandidatePair(0, 1, 0.9, frozenset()), 0.4, 0.2, frozenset())
    loose = ScoredPair(CandidatePair(2, 3, 0.3, frozenset()), 0.4, 0.2, frozenset())
    assert alike.strength(1.0) == pytest.approx(0.8) and loose.strength(1.0) == pytest.approx(0.2)
    assert [item for item, _ in select([alike, loose], options)] == [alike]
    assert select([alike, loose], {**options, "similarity_weight": 0.0}) == []
    both = select([alike, loose], {**options, "similarity_weight": 0.0, "threshold": 0.4})
    assert [item for item, _ in both] == [alike, loose]
    # reported, but below the warning tier: info (never fails CI by default)
    assert [severity for _, severity in select([alike], {**options, "warning_threshold": 0.9})] == [
        Severity.INFO
    ]
    assert [severity for _, severity in select([alike], {**options, "warning_threshold": 0.4})] == [
        Severity.WARNING
    ]


def test_an_edited_fact_lowers_the_warning_bar_by_alike_bonus():
    """Two sentences worded alike with a contrast in what changed (a fact edited in one place)
    reach the warning tier ``alike_bonus`` earlier; other pairs do not."""
    from factlint.analysis.pairs import CandidatePair
    from factlint.rules.fl101_self_contradiction import SelfContradiction, ScoredPair, select, worded_alike

    assert worded_alike(
        "Constant k filters were invented by George Campbell.",
        "Constant k filters were not invented by George Campbell.",
    )
    assert worded_alike(
        "The series allowed each team a 19-man roster.", "The series allowed each team a 21-man roster."
    )
    # both sentences negated: the changed words hold "no", but nothing flips
    assert not worded_alike(
        "The owner, 73, said she had no idea about the complaints.",
        "No idea: the owner told reporters she had no idea about the complaints.",
    )
    options = {
        **SelfContradiction.defaults,
        "similarity_weight": 0.0,
        "threshold": 0.6,
        "warning_threshold": 0.9,
        "alike_bonus": 0.2,
    }
    pair = CandidatePair(0, 1, 0.5, frozenset())
    edited = ScoredPair(pair, 0.75, 0.1, frozenset(), alike=True)
    other = ScoredPair(pair, 0.75, 0.1, frozenset())
    assert [sev for _, sev in select([edited], options)] == [Severity.WARNING]
    assert [sev for _, sev in select([other], options)] == [Severity.INFO]
    assert [sev for _, sev in select([edited], {**options, "alike_bonus": 0.0})] == [Severity.INFO]


@pytest.mark.parametrize(
    "first, second, kind",
    [
        # a live commentary's running score: the match moved on
        ("St. Johnstone 2, Inverness CT 0.", "Match ends, St. Johnstone 3, Inverness CT 0.", "moments"),
        (
            "90 min: There will be four added minutes.",
            "90 min +4: Eriksen floats a ball into the box.",
            "moments",
        ),
        # entries of one list or table, each with its own figure
        (
            "Give Holyrood full control of income tax 6.8",
            "Give Holyrood full control of welfare 7.1",
            "entries",
        ),
        (
            "Leading run-scorers: Warner (294), Kohli (267)",
            "Most sixes: Warner (12), De Villiers (12)",
            "entries",
        ),
        # someone's words, not the article's claim
        (
            '"It is wonderful to see so many people here today.',
            'There are at least 400 people here."',
            "quotations",
        ),
        # the only negation is about something the other sentence never mentions
        (
            "Two ambulance workers were killed in the crash on Thursday.",
            "There were no patients in the ambulance at the time of the crash.",
            "elsewhere",
        ),
        # periods or parts set side by side in both sentences
        (
            "Net NPA stood at 4.4% against 5.4% a year earlier.",
            "Gross NPA and net NPA were 9% and 3.6%, respectively, in the March quarter.",
            "comparisons",
        ),
    ],
)
def test_disagreements_that_are_not_self_contradictions_stay_out_of_the_warning_tier(first, second, kind):
    from factlint.rules.fl101_self_contradiction import SelfContradiction

    assert kind in pair_exceptions(f"{first}\n\n{second}\n")(0, 1)
    assert SelfContradiction.defaults[kind] == "info"


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "The fire killed three people in Leeds on Tuesday.",
            "The fire killed five people in Leeds on Tuesday.",
        ),
        (
            "Constant k filters were invented by George Campbell.",
            "Constant k filters were not invented by George Campbell.",
        ),
        ("Leeds won the final 3-0.", "Leeds won the final 2-0."),
        ("Nobody was killed in the fire in Leeds.", "The fire in Leeds killed three people."),
        ("There were no passengers on the bus.", "Twelve passengers on the bus were hurt."),
    ],
)
def test_an_edited_fact_is_none_of_those(first, second):
    found = pair_exceptions(f"{first}\n\n{second}\n")(0, 1)
    assert not found & {"moments", "entries", "quotations", "comparisons"}


def test_a_short_line_without_a_full_stop_is_a_heading():
    from factlint.rules.fl101_self_contradiction import heading_like

    assert heading_like("Teenager jailed for taking photo at Luton Crown Court")
    assert not heading_like("A teenager from Luton has been jailed for two months.")


def test_numbered_items_are_entries_of_a_list():
    from factlint.analysis.pairs import parallel_entries

    assert parallel_entries("14. Keep your face oil-free.", "16. Keep clothes smelling fresh.")
    assert not parallel_entries("The fire killed three people.", "The fire killed five people.")


def test_live_blog_entries_are_different_moments():
    from factlint.analysis.moments import different_moments, entries

    texts = [
        "Spurs 0-0 Swansea – as it happened",
        "Tottenham's wait for a win at Wembley goes on.",
        "7.22pm BST",
        "Still no win at Wembley for Spurs.",
        "7.20pm BST",
        "Kane hits the bar.",
        "7.15pm BST",
        "Alli is booked.",
    ]
    live = entries(texts)
    assert live[1] != live[3] and different_moments(texts[1], texts[3], live[1], live[3])
    # an article without timestamps is not a live blog
    assert entries(texts[:2] + texts[3:4]) == [None, None, None]


def test_tiers_info_warning_error():
    """Confidence picks the tier: info from threshold, warning from warning_threshold, error from
    error_threshold within the warning tier."""
    from factlint.analysis.pairs import CandidatePair
    from factlint.rules.fl101_self_contradiction import SelfContradiction, ScoredPair, select

    options = {
        **SelfContradiction.defaults,
        "similarity_weight": 0.0,
        "threshold": 0.6,
        "warning_threshold": 0.9,
        "error_threshold": 0.97,
    }

    def tier(score):
        item = ScoredPair(CandidatePair(0, 1, 0.5, frozenset()), score, 0.1, frozenset())
        return [severity for _, severity in select([item], options)]

    assert tier(0.55) == []
    assert tier(0.7) == [Severity.INFO]
    assert tier(0.93) == [Severity.WARNING]
    assert tier(0.98) == [Severity.ERROR]


def test_different_quantities_get_no_similarity_bonus():
    """Sentences alike in every word but the measure ("net profit" / "total income") must not have
    the bar lowered for them."""
    from factlint.analysis.pairs import CandidatePair
    from factlint.rules.fl101_self_contradiction import ScoredPair

    pair = CandidatePair(0, 1, 0.9, frozenset())
    plain = ScoredPair(pair, 0.5, 0.1, frozenset())
    quantities = ScoredPair(pair, 0.5, 0.1, frozenset({"quantities"}))
    assert plain.strength(1.0) == pytest.approx(0.9)
    assert quantities.strength(1.0) == pytest.approx(0.5)


def test_profit_and_income_are_not_a_contradiction_but_a_changed_figure_is(nli):
    business = (
        "# Results\n\nThe cement maker said its net profit rose 12 per cent to Rs 3,606 crore in the quarter.\n\n"
        "Demand from housing projects stayed strong, the chairman said.\n\n"
        "{}\n"
    )
    assert fl101(business.format("Total income grew 19.76 per cent to Rs 8,903 crore in the quarter.")) == []
    kinds = pair_exceptions(
        business.format("Total income grew 19.76 per cent to Rs 8,903 crore in the quarter.")
    )
    assert "quantities" in kinds(1, 3)  # sentence 0 is the headline
    changed = fl101(
        business.format(
            "The cement maker said its net profit rose 12 per cent to Rs 4,100 crore in the quarter."
        )
    )
    assert changed and "check which figure is right" in changed[0].message


def test_similarity_weight_must_not_be_negative():
    from factlint.linter.errors import ConfigError

    with pytest.raises(ConfigError, match="option .similarity_weight.: -1 is not 0 or more"):
        lint_text("One sentence here.\n", select=["FL101"], options={"FL101": {"similarity_weight": -1}})


BUDGET_HEADLINE = (
    "# Town council makes few changes before adopting budget\n\n"
    "The mayor's budget plan for next year was approved on Tuesday by the town council, which made "
    "only minor changes to the $310 million document.\n\n"
    "The council also agreed to hold its budget hearings in January from next year.\n"
)


def test_a_headline_the_body_restates_in_other_words_is_no_contradiction(tmp_path):
    """ "makes few changes" / "made only minor changes": through the CLI with the real model (the
    model reads it as a contradiction one way, which was an info finding)."""
    import contextlib
    import io

    from factlint.linter.cli import main

    pytest.importorskip("onnxruntime")
    (tmp_path / "budget.md").write_text(BUDGET_HEADLINE)
    out, err = io.StringIO(), io.StringIO()  # the command's main in this process
    with contextlib.chdir(tmp_path), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--select", "FL101", "budget.md"])
    assert code == 0, out.getvalue() + err.getvalue()
    assert "No findings" in out.getvalue()


def test_what_tells_a_headline_from_its_restatement():
    from factlint.rules.fl101_self_contradiction import headline_restated

    body = "The town council made only minor changes to the budget on Tuesday."
    assert headline_restated("Town council makes few changes to budget", body, 0.01, 0.48)
    # the model reads a contradiction both ways
    assert not headline_restated("Town council makes few changes to budget", body, 0.45, 0.48)
    # "sweeping" against "minor"; figures in conflict; a negation on one side
    assert not headline_restated("Town council makes sweeping changes to budget", body, 0.01, 0.48)
    assert not headline_restated(
        "Town council makes 3 changes to budget", "The town council made 5 changes to the budget.", 0.01, 0.5
    )
    assert not headline_restated("Town council makes no changes to budget", body, 0.01, 0.48)
    # too little in common
    assert not headline_restated("Mayor resigns", body, 0.01, 0.48)


def test_live_entries_open_with_their_own_stamp_in_common_shapes():
    from factlint.analysis.moments import entries

    opened = [
        "Count thread",
        "4.34 – Count now 20 to 13.",
        "Turnout is low.",
        "6:33 p.m. — Count now 20 to 9.",
    ]
    opened += ["2:15 pm: Rain.", "1405 GMT: Count now 21 to 9.", "10.42am Police arrive."]
    assert entries(opened) == [0, 1, 1, 2, 3, 4, 5]
    # a numbered update line with its time in brackets, also joined to a rule line before it
    joined = ["Update 3 [16:45]", "A.", "B.\n____\nUpdate 2 [14:53]", "C.", "[9:30 p.m. update]", "D."]
    assert entries(joined) == [1, 1, 1, 2, 3, 3]
    # times inside sentences, and a decimal figure opening one, open no entry
    story = [
        "At 4.30pm, police arrived.",
        "By 6:33 p.m. — nothing.",
        "3.5 – 4.0 percent rise.",
        "10.30pm is late.",
    ]
    assert entries(story) == [None] * 4


def test_result_lines_under_labels_of_different_subjects():
    from factlint.analysis.pairs import labelled_apart

    assert labelled_apart("NORTH WARD, 3 seats: Reds lead by 400.", "EAST WARD, 2 seats: Reds lead by 1,200.")
    assert labelled_apart("Harbour Ward: Reds lead by 400.", "East Ward: Reds lead by 1,200.")
    assert not labelled_apart("NORTH WARD, 3 seats: Reds lead by 400.", "NORTH WARD: Reds lead by 1,200.")
    # a clause before a colon, or a clock time, is no label
    assert not labelled_apart("He said: 400 were hurt.", "She said: 1,200 were hurt.")
    assert not labelled_apart("6:33 p.m. — 400 were hurt.", "7:10 p.m. — 1,200 were hurt.")

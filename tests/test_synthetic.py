"""The synthetic news pairs: each edit does what its label claims, deterministically."""

import random

import pytest

from factlint.training import synthetic as syn

ARTICLE = [
    "The Russian Prime Minister, Mikhail Mishustin, met the delegation in Moscow on Tuesday.",
    "Trade between the two countries rose to 240 billion dollars in 2023, officials said.",
    "Vladimir Putin, who has led Russia since 2000, said the talks were successful.",
    "The agreement was not signed because both sides disagreed over gas prices.",
    "Analysts in Beijing expect the pipeline to open in May 2030.",
    "Xi Jinping praised the strong partnership between China and Russia.",
]


def rng() -> random.Random:
    return random.Random(7)


def test_negation_adds_and_removes_not():
    assert syn.negate("The plan is ready.", rng()) == "The plan is not ready."
    assert syn.negate("The agreement was not signed.", rng()) == "The agreement was signed."
    assert syn.negate("He won't resign.", rng()) == "He will resign."
    assert syn.negate("Sunny skies ahead.", rng()) is None


def test_antonym_keeps_capitalisation():
    assert syn.antonym("Exports rose sharply.", rng()) == "Exports fell sharply."
    assert syn.antonym("Increased demand helped.", rng()) == "Decreased demand helped."


def test_number_change_changes_a_quantity_but_not_a_year():
    edited = syn.change_number("Trade rose to 240 billion dollars in 2023.", rng())
    assert edited is not None and "2023" in edited and "240 billion" not in edited
    assert syn.change_number("It happened in 2023.", rng()) is None
    assert syn.change_number("Some 1,200 people came.", rng()) != "Some 1,200 people came."


def test_date_change_moves_year_month_or_weekday():
    edited = syn.change_date("They met on Tuesday.", rng())
    assert edited != "They met on Tuesday." and "Tuesday" not in edited
    edited = syn.change_date("The pipeline opens in 2030.", rng())
    assert edited is not None and "2030" not in edited
    # "may" the modal verb is not a month
    assert syn.change_date("Prices May rise, he said.", rng()) is None


def test_entity_demonym_and_role_swaps():
    names = syn.names_in(ARTICLE)
    assert "Mikhail Mishustin" in names and "Vladimir Putin" in names
    edited = syn.swap_entity("Vladimir Putin said the talks were successful.", rng(), names)
    assert edited is not None and "Vladimir Putin" not in edited
    edited = syn.swap_demonym("The Russian minister spoke.", rng())
    assert edited is not None and "Russian" not in edited
    edited = syn.swap_role("The Prime Minister spoke.", rng())
    assert edited is not None and "Prime Minister" not in edited


def test_stance_feeling_and_relation_flips():
    assert syn.flip_stance("Both sides agreed on the plan.", rng()) == "Both sides disagreed on the plan."
    assert syn.flip_stance("Residents were pleased with the result.", rng()) == (
        "Residents were displeased with the result."
    )
    assert syn.flip_stance("Minsk is a close ally of Moscow.", rng()) == "Minsk is a close rival of Moscow."
    assert syn.flip_stance("Kolderup is Godfrey's son.", rng()) == "Kolderup is Godfrey's father."
    assert syn.flip_stance("Optimistic voices dominated.", rng()) == "Pessimistic voices dominated."
    assert syn.flip_stance("Exports rose sharply.", rng()) is None


def test_distant_contradictions_keep_the_edit():
    sentence = "Vladimir Putin, who has led Russia since 2000, said the talks were successful."
    edited = "Vladimir Putin, who has led Russia since 2000, said the talks were unsuccessful."
    # with context: the premise is the sentence before plus the original
    premise, hypothesis, kind = syn.distance(sentence, edited, ARTICLE[1], random.Random(0))
    if kind == "+context":
        assert premise == f"{ARTICLE[1]} {sentence}" and hypothesis == edited
    else:
        assert (premise, hypothesis) == (sentence, "Vladimir Putin said the talks were unsuccessful.")
    # shortened: the edit survives the drop
    assert syn.distance(sentence, edited, None, rng()) == (
        sentence,
        "Vladimir Putin said the talks were unsuccessful.",
        "+shortened",
    )
    # an edit inside the dropped clause would leave a sentence the original entails: refused
    edited_in_clause = "Vladimir Putin, who has led Russia since 2004, said the talks were successful."
    assert syn.distance(sentence, edited_in_clause, None, rng()) is None


def test_drop_clause_gives_a_shorter_entailed_sentence():
    shorter = syn.drop_clause(ARTICLE[2], rng())
    assert shorter == "Vladimir Putin said the talks were successful."


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("harder", [False, True])
def test_generate_is_seeded_and_labels_every_kind(seed, harder):
    first = syn.generate([ARTICLE], seed=seed, harder=harder)
    again = syn.generate([ARTICLE], seed=seed, harder=harder)
    assert first == again
    labels = {p.label for p in first}
    assert labels == {syn.CONTRADICTION, syn.ENTAILMENT, syn.NEUTRAL}
    for pair in first:
        if pair.kind == "copy":  # the one pair allowed to repeat itself, labelled entailment
            assert pair.premise == pair.hypothesis and pair.label == syn.ENTAILMENT
        else:
            assert pair.premise != pair.hypothesis
        if pair.kind == "same-article":  # two different sentences of the article
            assert pair.premise in ARTICLE and pair.hypothesis in ARTICLE
        if pair.kind == "says-more":  # the premise, then another sentence
            assert pair.hypothesis.startswith(pair.premise) and pair.label == syn.NEUTRAL
        if pair.kind.endswith("+context"):  # the original in context against the edited sentence
            assert pair.label == syn.CONTRADICTION and pair.hypothesis not in ARTICLE
            assert any(pair.premise == f"{a} {b}" for a, b in zip(ARTICLE, ARTICLE[1:]))


def test_harder_edits_are_opt_in():
    """The shipped recipe's pairs do not change; the flag adds stance flips and distant pairs."""
    plain = syn.generate([ARTICLE] * 10, seed=5)
    harder = syn.generate([ARTICLE] * 10, seed=5, harder=True)
    assert not any(p.kind.startswith("stance") or "+" in p.kind for p in plain)
    kinds = {p.kind for p in harder}
    assert any(k.startswith("stance") for k in kinds)
    assert any(k.endswith("+context") for k in kinds) and any(k.endswith("+shortened") for k in kinds)


def test_restatements_keep_every_fact():
    assert syn.move_attribution("Prices will rise next year, the finance minister said.") == (
        "The finance minister said that prices will rise next year."
    )
    assert syn.move_attribution("Trade rose to 240 billion dollars in 2023, officials said.") == (
        "Officials said that trade rose to 240 billion dollars in 2023."
    )
    # a quotation keeps its words inside the quote marks
    assert syn.move_attribution('"We will win," Mr Smith said.') == 'Mr Smith said: "We will win."'
    assert syn.move_attribution("“It is over,” he added.") == "He added: “It is over.”"
    assert syn.move_attribution("The talks failed.") is None
    assert syn.reformat("The deal did not happen.", rng()) == "The deal didn't happen."
    assert syn.reformat("Some 1,200 people came.", rng()) == "Some 1200 people came."
    assert syn.reformat("Turnout was 45% this year.", rng()) in (
        "Turnout was 45 per cent this year.",
        "Turnout was 45 percent this year.",
    )
    assert syn.reformat("The talks failed.", rng()) is None


def test_generated_pairs_include_copies_and_restatements_as_entailment():
    """The failure these fix: a model that saw near-copies only as one-edit contradictions
    scored identical sentences as contradictions."""
    articles = [ARTICLE] * 20
    pairs = syn.generate(articles, seed=3)
    kinds = {p.kind for p in pairs if p.label == syn.ENTAILMENT}
    assert {"copy", "attribution-moved", "drop-clause"} <= kinds
    restated = [p for p in pairs if p.kind in ("copy", "attribution-moved", "reformatted")]
    edited = [p for p in pairs if p.label == syn.CONTRADICTION]
    assert len(restated) >= 0.15 * len(edited)

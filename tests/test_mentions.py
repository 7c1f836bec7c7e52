"""The mentions analysis (factlint.analysis.mentions) on the seed article and real news sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.analysis.mentions import compute
from factlint.linter.errors import ConfigError
from factlint.linter.loader import load_document
from factlint.linter.providers import model_resources
from factlint.linter.rule import Context, Settings

SEED = Path(__file__).resolve().parents[1] / "seeds" / "moscow-beijing-trade.txt"


def analyse(text: str, settings: Settings | None = None, path: str = "article.md"):
    doc = load_document(None, data=text.encode("utf-8"), display_path=path)
    return doc, compute(doc, Context(doc, settings, resources=model_resources()))  # the app reads extra lists


def people(ms) -> dict:
    return {e.full_name or e.key: e for e in ms.entities if e.kind == "person"}


@pytest.fixture(scope="module")
def seed():
    doc = load_document(SEED, display_path="seed.txt")
    return doc, compute(doc, Context(doc))


def test_seed_people_are_linked_to_their_roles(seed):
    _, ms = seed
    cast = people(ms)
    putin = cast["Vladimir Putin"]
    assert [(r.office, r.jurisdiction) for r in putin.roles] == [("leader", "Russia")]
    assert putin.roles[0].mention.link == "apposition"
    # "Putin" in the headline lines, before the full name, is the same person
    assert putin.first.sentence < putin.roles[0].mention.sentence
    assert all(m.entity == putin.id for m in ms.mentions if m.text == "Putin")
    mishustin = cast["Mikhail Mishustin"]
    assert [(r.office, r.jurisdiction) for r in mishustin.roles] == [("prime minister", "Russia")]
    assert len([m for m in mishustin.mentions if m.kind == "person"]) == 2  # full name, then surname


def test_seed_sources_places_and_roles(seed):
    _, ms = seed
    kinds = {(e.kind, e.key) for e in ms.entities}
    assert {
        ("source", "TASS"),
        ("source", "Interfax"),
        ("org", "Kremlin"),
        ("place", "Russia"),
        ("place", "China"),
    } <= kinds
    roles = {e.key: e for e in ms.entities if e.kind == "role"}
    assert set(roles) == {"leader|China", "president|European Parliament"}
    leader = roles["leader|China"]
    assert leader.display == "the Chinese Leader"
    assert ms.paragraph_number(leader.first.block) == 3
    ep = roles["president|European Parliament"]
    assert ms.paragraph_number(ep.first.block) == 9
    # the lede's role is referred back to, not re-introduced, in paragraph 9
    assert any(m.sentence == ep.first.sentence for m in leader.mentions)


def test_seed_cast_before_the_newcomer(seed):
    _, ms = seed
    ep = next(e for e in ms.entities if e.key == "president|European Parliament")
    assert [e.display for e in ms.cast_before(ep.first.sentence)] == [
        "Putin",
        "the Chinese Leader",
        "Mishustin",
    ]
    assert not ms.mentioned_before("European Parliament", ep.first.sentence)
    assert ms.mentioned_before("China", ep.first.sentence)


def test_seed_event_reference(seed):
    _, ms = seed
    dialogue = next(e for e in ms.events if e.word == "dialogue")
    assert (dialogue.determiner, dialogue.phrase, dialogue.family) == ("their", "their dialogue", "talk")
    assert "talk" in ms.event_families_before(dialogue.sentence)  # "meeting Putin", "interactions"


def test_spans_point_into_the_file_text_through_markup():
    text = "---\ntitle: Talks\n---\n\n**Russian Prime Minister** [Mikhail Mishustin](https://x.example) met *Xi Jinping*.\n"
    doc, ms = analyse(text)
    for m in ms.mentions:
        assert doc.text[m.span.start : m.span.end] == m.text
    mishustin = next(m for m in ms.mentions if m.text == "Mikhail Mishustin")
    assert (mishustin.span.line, mishustin.office, mishustin.jurisdiction) == (5, "prime minister", "Russia")


@pytest.mark.parametrize(
    "sentence, name, office, place, link",
    [
        (
            "Palace manager Alan Pardew praised his players.",
            "Alan Pardew",
            "manager",
            "Palace",
            "premodifier",
        ),
        (
            "The Russian Prime Minister, Mikhail Mishustin, met the delegation.",
            "Mikhail Mishustin",
            "prime minister",
            "Russia",
            "apposition",
        ),
        (
            "Vladimir Putin, the Russian leader, met the delegation.",
            "Vladimir Putin",
            "leader",
            "Russia",
            "apposition",
        ),
        (
            "Mr Clegg's comments came after Lib Dem Chief Secretary to the Treasury Danny Alexander spoke.",
            "Danny Alexander",
            "secretary",
            "Treasury",
            "premodifier",
        ),
        (
            "Tory Treasury minister David Gauke hit back.",
            "David Gauke",
            "minister",
            "Treasury",
            "premodifier",
        ),
        (
            "IMF managing director Christine Lagarde met Varoufakis.",
            "Christine Lagarde",
            "director",
            "International Monetary Fund",
            "premodifier",
        ),
        (
            "Prime Minister Theresa May said she would return to Parliament.",
            "Theresa May",
            "prime minister",
            None,
            "premodifier",
        ),
        (
            "Former President Dmitry Medvedev warned the West.",
            "Dmitry Medvedev",
            "president",
            None,
            "premodifier",
        ),
    ],
)
def test_roles_attach_to_names(sentence, name, office, place, link):
    _, ms = analyse(sentence + "\n")
    person = people(ms)[name]
    role = person.roles[0]
    assert (role.office, role.jurisdiction, role.mention.link) == (office, place, link)
    assert role.temporal == sentence.startswith("Former")


def test_role_mention_refers_back_to_its_holder():
    _, ms = analyse(
        "Vladimir Putin, the Russian leader, arrived in Beijing.\n\n"
        "The Russian leader said trade had never been better.\n"
    )
    putin = people(ms)["Vladimir Putin"]
    later = [m for m in ms.mentions if m.kind == "role" and m.sentence == 1]
    assert later and later[0].entity == putin.id
    assert not [e for e in ms.entities if e.kind == "role"]


def test_honorific_and_surname_link():
    _, ms = analyse("Nick Clegg met voters in Surbiton.\n\nMr Clegg said the plan was illiterate.\n")
    clegg = people(ms)["Nick Clegg"]
    assert [m.sentence for m in clegg.mentions] == [0, 1]


def test_family_name_first_and_shared_surnames():
    _, ms = analyse(
        "Chinese President Xi Jinping arrived in Moscow.\n\nPutin welcomed Xi at the airport.\n\n"
        "Grover Cleveland married Frances Folsom Cleveland in 1886. Cleveland was president.\n"
    )
    cast = people(ms)
    assert any(m.sentence == 1 for m in cast["Xi Jinping"].mentions)
    # an ambiguous surname goes to the person mentioned most recently
    assert any(m.text == "Cleveland" for m in cast["Frances Folsom Cleveland"].mentions)


def test_sentence_openers_are_not_names():
    _, ms = analyse(
        "Senad Lulic scored for Lazio.\n\nSubstitute Lulic timed his run perfectly.\n\n"
        "However, Lulic was booked.\n"
    )
    names = {e.full_name or e.key for e in ms.entities if e.kind == "person"}
    assert names == {"Senad Lulic"}
    assert "However" not in {m.text for m in ms.mentions}


def test_quotes_and_back_references_are_marked():
    _, ms = analyse(
        "Mishustin informed his guest that Russia was the top supplier. "
        '"I met the head of the World Bank," Putin said.\n'
    )
    head = next(m for m in ms.mentions if m.kind == "role")
    assert head.in_quote and head.jurisdiction == "World Bank"
    assert "guest" not in " ".join(e.key for e in ms.entities)


def test_aliases_set_up_organisations():
    _, ms = analyse(
        "MEPs voted to condemn the arrests.\n\nThe President of the European Parliament urged Putin to act.\n"
    )
    assert ms.mentioned_before("European Parliament", 1)
    assert not ms.mentioned_before("International Monetary Fund", 1)


def test_word_lists_extend_from_settings(tmp_path):
    extra = tmp_path / "roles.yaml"
    extra.write_text("offices:\n  taoiseach:\n    aliases: [tanaiste]\n    group: head\n    unique: true\n")
    text = "Tanaiste Micheal Martin met the delegation.\n"
    _, plain = analyse(text)
    assert not people(plain).get("Micheal Martin") or not people(plain)["Micheal Martin"].roles
    _, extended = analyse(text, Settings(extra={"roles": str(extra)}))
    assert people(extended)["Micheal Martin"].roles[0].office == "taoiseach"


def test_bad_word_list_is_a_config_error(tmp_path):
    bad = tmp_path / "demonyms.yaml"
    bad.write_text("countries:\n  Freedonia: [Freedonian\n")
    with pytest.raises(ConfigError) as err:
        analyse("Text.\n", Settings(extra={"demonyms": str(bad)}))
    assert str(bad) in str(err.value) and ":3:" in str(err.value) or ":2:" in str(err.value)


def test_import_is_light():
    code = (
        "import sys; import factlint.analysis.mentions, factlint.rules.fl201_actor_without_setup; "
        "print('torch' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_position_counts_sentence_pairs_in_copy_without_paragraph_breaks():
    sentences = [f"Sentence number {n} talks about the harbour strike." for n in range(1, 10)]
    # one block: every two sentences count as a paragraph, and messages give the sentence
    doc, ms = analyse(" ".join(sentences) + "\n", path="wire.txt")
    assert [ms.position(s.index) for s in doc.sentences] == [1, 1, 2, 2, 3, 3, 4, 4, 5]
    assert ms.where(8) == "sentence 9"
    # the same copy one sentence per line: each line is a paragraph (the first, short, is
    # taken as the headline, which has no position)
    doc, ms = analyse("\n".join(sentences) + "\n", path="wire.txt")
    assert [ms.position(s.index) for s in doc.sentences] == list(range(0, 9))
    assert ms.where(8) == "paragraph 8"
    # real paragraphs of a few sentences keep their numbers
    doc, ms = analyse("\n\n".join(" ".join(sentences[i : i + 3]) for i in (0, 3, 6)) + "\n")
    assert [ms.position(s.index) for s in doc.sentences] == [1, 1, 1, 2, 2, 2, 3, 3, 3]


def test_possessive_and_descriptive_appositions_introduce():
    _, ms = analyse(
        "The hearing lasted an hour.\n\nKessler's lawyer, Tomas Brandt, said the sentence was fair.\n\n"
        "Lina Haddad, a night nurse, said the ward was calm.\n"
    )
    cast = people(ms)
    assert cast["Tomas Brandt"].introduced_by == "apposition"
    assert cast["Lina Haddad"].introduced_by == "apposition"


def test_air_force_is_an_organisation_and_shared_words_do_not_set_up():
    doc, ms = analyse(
        "Chilean Finance Minister Mario Alvear met Air Force officials and the Asian Development Bank.\n\n"
        "Alvear later met the President of the Inter-American Development Bank.\n"
    )
    assert ("org", "Air Force") in {(e.kind, e.key) for e in ms.entities}
    assert not ms.mentioned_before("Inter-American Development Bank", 1)
    assert ms.mentioned_before("Asian Development Bank", 1)


@pytest.mark.parametrize(
    "sentence, roles",
    [
        ("Exporters pay half the official minimum, growers said.", []),
        ("The survey drew on a representative sample of farms.", []),
        ("The official said the road would reopen on Monday.", ["official"]),
        ("The official, who asked not to be named, said talks had stalled.", ["official"]),
    ],
)
def test_a_title_that_is_also_an_adjective(sentence, roles):
    """ "the official minimum" is no one in the story; "the official said" is (a cast list once
    named "the official" beside the people of a story about prices)."""
    _, ms = analyse(sentence)
    assert [m.office for m in ms.mentions if m.kind == "role"] == roles


@pytest.mark.parametrize(
    "sentence, name, office",
    [
        (
            "Minister for Health and Social Care, Ilse Tarrant said the clinics coped.",
            "Ilse Tarrant",
            "health minister",
        ),
        (
            "Minister for Foreign Affairs Bamidele Okonjo met her counterpart.",
            "Bamidele Okonjo",
            "foreign minister",
        ),
        ("Home Minister Bamidele Okonjo opened the conference.", "Bamidele Okonjo", "interior minister"),
    ],
)
def test_a_portfolio_after_the_title_is_no_part_of_the_name(sentence, name, office):
    _, ms = analyse(sentence)
    cast = people(ms)
    assert list(cast) == [name]
    assert [r.office for r in cast[name].roles] == [office]

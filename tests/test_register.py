"""The office register (analysis/register.py) and FL203 register-mismatch through the engine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factlint.analysis.lexicon import load_lexicon
from factlint.analysis.register import article_date
from factlint.linter.register_file import load_register, parse_register
from factlint.linter.engine import lint_text
from factlint.linter.errors import ConfigError
from factlint.linter.rule import Settings

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "seeds" / "register.yaml"
LEX = load_lexicon()


def fl203(text: str, register: Path | None = REGISTER, today: date = date(2025, 6, 1)):
    return [
        f
        for f in lint_text(text, select=["FL203"], settings=Settings(register=register), today=today)
        if f.rule_id == "FL203"
    ]


def test_example_register_loads_with_canonical_offices():
    reg = load_register(REGISTER, LEX)
    assert len(reg.terms) == 16
    li = reg.person_terms("Li Qiang")
    assert [(t.office, t.organisation) for t in li] == [("prime minister", "China")]  # "Premier"
    assert {t.organisation for t in reg.person_terms("Metsola")} == {"European Parliament"}


@pytest.mark.parametrize(
    "day, holder",
    [
        (date(2023, 3, 21), "Roberta Metsola"),
        (date(2020, 9, 16), "David Sassoli"),
        (date(2018, 1, 15), "Antonio Tajani"),
        (date(2015, 1, 13), "Martin Schulz"),
    ],
)
def test_who_held_the_european_parliament_presidency(day, holder):
    reg = load_register(REGISTER, LEX)
    assert [t.person for t in reg.holders("president", "European Parliament", day)] == [holder]


def test_no_holder_in_the_gap_after_sassoli():
    # Sassoli died on 11 January 2022; Metsola was elected on 18 January (acting terms left out)
    reg = load_register(REGISTER, LEX)
    assert reg.holders("president", "European Parliament", date(2022, 1, 14)) == []


def test_person_terms_by_alias_and_surname():
    reg = load_register(REGISTER, LEX)
    assert {t.person for t in reg.person_terms("Xi")} == {"Xi Jinping"}
    assert {t.person for t in reg.person_terms("Mr Medvedev")} == {"Dmitry Medvedev"}
    assert reg.person_terms("Angela Merkel") == []


@pytest.mark.parametrize(
    "text, line, message",
    [
        (
            "- person: A\n  office: President\n  organisation: Russia\n  from: 2020-01-01\n  til: 2021-01-01\n",
            5,
            "unknown field 'til'",
        ),
        (
            "- person: A\n  office: President\n  organisation: Russia\n  from: 2020-13-01\n",
            4,
            "is not a date",
        ),
        (
            "- person: A\n  office: President\n  organisation: Russia\n  from: 2020-01-01\n  to: 2019-01-01\n",
            5,
            "before 'from'",
        ),
        ("- person: A\n  office: President\n  from: 2020-01-01\n", 1, "missing organisation"),
        ("person: A\n", 1, "must be a list"),
        ("- person: A\n  office: [President\n", 2, "not valid YAML"),
        (
            "- person: A\n  office: President\n  organisation: Russia\n  from: 2020-01-01\n  aliases: B\n",
            5,
            "aliases must be a list",
        ),
    ],
)
def test_bad_register_is_a_config_error_with_line(text, line, message):
    with pytest.raises(ConfigError) as err:
        parse_register(text, "people.yaml", LEX)
    assert err.value.path == "people.yaml" and err.value.line == line
    assert message in str(err.value)
    assert str(err.value).startswith(f"people.yaml:{line}: ")


def test_article_date_from_front_matter_or_today():
    today = date(2025, 6, 1)
    assert article_date({"date": date(2023, 3, 21)}, today) == (date(2023, 3, 21), None)
    assert article_date({"date": "2023-03-21T10:00:00Z"}, today) == (date(2023, 3, 21), None)
    day, note = article_date({}, today)
    assert day == today and "no date" in note
    # the written-out forms FL402 reads, so that FL203 and FL402 agree on the article's day
    assert article_date({"date": "21 March 2023"}, today) == (date(2023, 3, 21), None)
    assert article_date({"date": "March 21, 2023"}, today) == (date(2023, 3, 21), None)
    day, note = article_date({"date": "last Tuesday"}, today)
    assert day == today and "not a date" in note


def test_fl203_stale_title_names_the_holder():
    found = fl203(
        "---\ndate: 2023-03-21\n---\n\nEuropean Parliament President David Sassoli welcomed the deal.\n"
    )
    assert len(found) == 1
    assert "Roberta Metsola" in found[0].message and "2019-07-03 to 2022-01-11" in found[0].message
    assert found[0].span.line == 5


def test_fl203_current_title_is_fine():
    assert (
        fl203(
            "---\ndate: 2023-03-21\n---\n\nEuropean Parliament President Roberta Metsola welcomed the deal.\n"
        )
        == []
    )


def test_fl203_undated_article_uses_today_and_says_so():
    found = fl203("Russian Prime Minister Dmitry Medvedev met the delegation.\n", today=date(2025, 6, 1))
    assert len(found) == 1 and "checked against today, 2025-06-01" in found[0].message


def test_fl203_seed_article_agrees_with_the_register():
    text = (ROOT / "seeds" / "moscow-beijing-trade.txt").read_text(encoding="utf-8")
    assert [
        f for f in lint_text(text, "seed.txt", select=["FL203"], settings=Settings(register=REGISTER))
    ] == []


def test_fl203_without_register_does_nothing():
    assert (
        fl203(
            "---\ndate: 2023-03-21\n---\n\nEuropean Parliament President David Sassoli spoke.\n",
            register=None,
        )
        == []
    )


def test_fl203_bad_register_file_stops_the_run(tmp_path):
    bad = tmp_path / "people.yaml"
    bad.write_text("- person: A\n  office: President\n  organisation: Russia\n  from: yesterday\n")
    with pytest.raises(ConfigError) as err:
        fl203("Russian President Vladimir Putin spoke.\n", register=bad)
    assert str(err.value).startswith(f"{bad}:4: ")


def test_fl203_missing_register_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="register file not found"):
        fl203("Russian President Vladimir Putin spoke.\n", register=tmp_path / "nope.yaml")

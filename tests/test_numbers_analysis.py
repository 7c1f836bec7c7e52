"""The numbers-and-dates analysis (``factlint.analysis.numbers`` / ``dates``) on real sentences.

Rule behaviour is covered by the YAML cases beside FL401–FL403; these tests pin down what the
shared analysis reads from text — values, units, counted nouns, traps it must leave alone, date
resolution — so a regression shows where it happened. The last tests run the benchmark's
matching on the shared ContraDoc data when it is present.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from factlint.analysis.dates import article_date, conflicting, extract_dates, infer_year
from factlint.analysis.numbers import numbers, same_thing, values_conflict
from factlint.analysis.numtext import lemma
from factlint.linter.loader import load_document
from factlint.linter.rule import Context

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


def facts_of(text: str, today: date = date(2024, 6, 1)):
    doc = load_document(None, data=text.encode("utf-8"), display_path="article.md")
    return numbers(doc, Context(doc, today=today)), doc


def quantities(text: str):
    facts, _ = facts_of(text)
    return facts.quantities


def one(text: str):
    qs = quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# --- quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, kind, unit, head",
    [
        ("Twelve people were killed in the crash.", 12, "count", "", "person"),
        ("A dozen miners were trapped underground.", 12, "count", "", "miner"),
        ("Police arrested twenty-five protesters.", 25, "count", "", "protester"),
        ("The firm lost $3.4 billion last year.", 3.4e9, "money", "USD", None),
        ("The club paid £57m for the striker.", 57e6, "money", "GBP", None),
        ("The club paid 45 million euros for him.", 45e6, "money", "EUR", None),
        ("Turnout was 62% in the referendum.", 62, "percent", "%", None),
        ("Turnout was 62 per cent in the referendum.", 62, "percent", "%", None),
        ("The bypass is 10 km long.", 10, "measure", "length", None),
        ("They searched a 5-mile area of moorland.", 5, "measure", "length", "area"),
        ("The star has a temperature of 6,000 K.", 6000, "measure", "temperature_k", None),
        ("Its mass is 1.2 times that of the Sun.", 1.2, "ratio", "times", None),
        ("Each team had a 21-man roster.", 21, "count", "", "roster"),
        ("Charleston took part in 15 commercial robberies dating to 2013.", 15, "count", "", "robbery"),
    ],
)
def test_reads_value_unit_and_counted_noun(text, value, kind, unit, head):
    q = one(text)
    assert q.value * (q.base_value / q.value if kind == "measure" and q.value else 1) == pytest.approx(
        value * (q.base_value / q.value if kind == "measure" and q.value else 1)
    )
    assert (q.kind, q.unit, q.head) == (kind, unit, head)


def test_a_french_plural_written_as_its_singular_ends_the_counted_noun():
    # "voix" is a plural all the same: the count is of votes ...
    assert one("Il a obtenu 1 629 410 voix au premier tour.").head == "voix"
    # ... but a term's months keep their whole phrase: a term asked for and a term given are
    # no count of months to compare
    assert one("Le tribunal l'a condamné à 8 mois de prison avec sursis.").head != "mois"


def test_a_sentence_of_nouns_and_verbs_reads_thousands_the_way_its_article_does():
    # a German sentence with no function word of any list: its article decides that "2.450"
    # groups thousands ...
    german = (
        "Der Stadtrat hat am Montag den Plan für die neuen Viertel vorgestellt.\n\n"
        "Die Stadt Velden will bis 2030 rund 2.450 neue Wohnungen bauen, sagte Bürgermeisterin Ida Rauch."
    )
    assert [q.value for q in quantities(german) if q.value > 100 and q.value < 10000] == [2450.0]
    # ... while an English article's index level keeps its decimals
    english = (
        "The index of the Corran exchange ended the week higher.\n\nCorran stocks closed at 2.450 points."
    )
    assert 2.45 in [q.value for q in quantities(english)]


def test_multiplier_scales_precision():
    q = one("The deal is worth $3.4 billion.")
    assert q.value == pytest.approx(3.4e9) and q.precision == pytest.approx(1e8)


def test_metres_versus_million():
    assert one("He won the 100m race in Rome.").unit == "length"
    q = one("About 5m people live in the region.")
    assert (q.kind, q.value, q.approx) == ("count", 5e6, True)


@pytest.mark.parametrize(
    "text, approx, bound",
    [
        ("About 40 protesters gathered.", True, ""),
        ("Nearly 40 protesters gathered.", True, ""),
        ("More than 40 protesters gathered.", False, "lower"),
        ("Up to 40 protesters gathered.", False, "upper"),
        ("Exactly 40 protesters gathered.", False, ""),
    ],
)
def test_approximations_and_bounds(text, approx, bound):
    q = one(text)
    assert (q.approx, q.bound) == (approx, bound)


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-123-4567 for details.",
        "Call 020 7946 0000 for details.",
        "Arsenal won 2-1 on Saturday.",
        "Between 30 and 50 were arrested.",
        "From 30 to 50 people were arrested.",
        "He finished third in the race.",
        "It was his 2nd medal.",
        "The Airbus A380 landed safely.",
        "Flight 370 disappeared over the ocean.",
        "COVID-19 spread quickly.",
        "The museum was founded in 1905.",
        "The 2010 series was shorter.",
        "The meeting starts at 10:30 in London.",
        "The train left at 2 p.m. on Monday.",
        "No. 20 Squadron flew six sorties.",
        "Labour would restore the 50p top rate.",
        "Because 26 = 2 × 13, it is its own inverse.",
    ],
)
def test_traps_are_not_quantities(text):
    facts, _ = facts_of(text)
    plain = [q for q in facts.quantities if q.kind in {"count", "money", "percent", "measure"}]
    assert plain == [] or all(q.text in {"six"} for q in plain), [q.text for q in plain]


def test_events_of_counts():
    qs = quantities("Twelve people were killed and 15 injured when the bus crashed.")
    assert [(q.value, q.event) for q in qs] == [(12, "death"), (15, "injury")]


# --- ages, births, lists, sums ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, person",
    [
        ("The driver, Daniel Okafor, 34, was taken to hospital.", 34, "okafor"),
        ("The 52-year-old driver, Daniel Okafor, was hurt.", 52, "okafor"),
        ("Captain John Beard is a man of about 30.", 30, "beard"),
        ("Hamm, who was then aged 20, joined the club.", 20, "hamm"),
    ],
)
def test_ages_and_whose(text, value, person):
    ages = [q for q in quantities(text) if q.kind == "age"]
    assert [(a.value, a.person) for a in ages] == [(value, person)]


def test_age_of_an_unnamed_person_has_no_owner():
    ages = [q for q in quantities("Hamm set fire to a 21-year-old pledge.") if q.kind == "age"]
    assert [(a.value, a.person) for a in ages] == [(21, None)]


def test_threshold_is_not_an_age():
    assert [q for q in quantities("Lafave knew she was under age 18.") if q.kind == "age"] == []


def test_births():
    facts, _ = facts_of("Maria Santos was born on 3 May 1970 in Porto.")
    assert [(b.person, b.year, b.month, b.day) for b in facts.births] == [("santos", 1970, 5, 3)]


def test_enumerations():
    facts, _ = facts_of("The minister visited three countries: France, Germany, Italy and Spain.")
    assert [(e.stated, e.items) for e in facts.enumerations] == [(3, ("France", "Germany", "Italy", "Spain"))]
    facts, _ = facts_of("Five countries, including France and Germany, signed.")
    assert facts.enumerations == []


def test_totals_and_shares():
    facts, _ = facts_of("The attack killed 12 people: eight soldiers and five civilians.")
    (t,) = facts.totals
    assert (t.total.value, [p.value for p in t.parts], t.exhaustive) == (12, [8, 5], True)
    facts, _ = facts_of("Officials said 40 of the 200 students (25%) passed.")
    (s,) = facts.shares
    assert (s.part.value, s.whole.value, s.percent.value) == (40, 200, 25)


# --- comparing figures ------------------------------------------------------------------------


def pair(first: str, second: str):
    facts, _ = facts_of(first + "\n\n" + second)
    a = [q for q in facts.quantities if q.sentence == 0]
    b = [q for q in facts.quantities if q.sentence == 1]
    assert len(a) == 1 and len(b) == 1, ([q.text for q in a], [q.text for q in b])
    return a[0], b[0]


def test_same_thing_by_event_class():
    a, b = pair("Twelve people were killed in the Genoa collapse.", "Rescuers said 15 people died in Genoa.")
    assert same_thing(a, b) and values_conflict(a, b)


def test_rounding_is_no_conflict():
    a, b = pair("Acme paid $3.43 billion for Veldhoven.", "Acme's Veldhoven purchase cost $3.4 billion.")
    assert not values_conflict(a, b)


def test_change_words_keep_figures_apart():
    a, b = pair("Sales in Genoa rose by 12 units.", "By Thursday sales in Genoa had risen by 15 units.")
    assert not same_thing(a, b)


def test_a_toll_risen_to_is_the_toll_now():
    # "the death toll had risen to 15" states the toll (FL401 shows it against a smaller one as info)
    a, b = pair("Twelve people were killed in Genoa.", "By Thursday the death toll in Genoa had risen to 15.")
    assert "updated" in b.scope and not b.changes
    assert same_thing(a, b) and values_conflict(a, b)


def test_share_moves_of_one_subject_at_one_moment():
    a, b = pair("Shares in Capita plunged 27 per cent.", "Capita's shares slumped 25% on the warning.")
    assert a.movement == b.movement == "down"
    assert same_thing(a, b) and values_conflict(a, b)
    early, close = pair("Capita shares were down 30% in early trading.", "Capita shares closed down 27%.")
    assert not same_thing(early, close)


def test_different_subjects_keep_figures_apart():
    a, b = pair("Manchester United have won 20 league titles.", "Liverpool have won 19 league titles.")
    assert not same_thing(a, b)


# --- dates ------------------------------------------------------------------------------------

REF = date(2024, 5, 17)  # a Friday


@pytest.mark.parametrize(
    "text, ymd, weekday",
    [
        ("It opened on Tuesday, 5 March 2024.", (2024, 3, 5), 1),
        ("It opened on March 5, 2024.", (2024, 3, 5), None),
        ("It opened in May 1989.", (1989, 5, None), None),
        ("It opened on 18th May 1989.", (1989, 5, 18), None),
        ("It opened in 1989.", (1989, None, None), None),
        ("It opened on Monday 14 May.", (None, 5, 14), 0),
    ],
)
def test_absolute_dates(text, ymd, weekday):
    (d,) = extract_dates(0, text, REF)
    assert ((d.year, d.month, d.day), d.weekday) == (ymd, weekday)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters may march on Tuesday.",
        "She may visit in the spring.",
        "The Sun rose over the harbour.",
        "About 2000 people attended.",
    ],
)
def test_words_that_are_not_dates(text):
    assert [d for d in extract_dates(0, text, REF) if d.month or d.year] == []


@pytest.mark.parametrize(
    "phrase, lo, hi",
    [
        ("yesterday", date(2024, 5, 16), date(2024, 5, 16)),
        ("last week", date(2024, 5, 6), date(2024, 5, 12)),
        ("next month", date(2024, 6, 1), date(2024, 6, 30)),
        ("last year", date(2023, 1, 1), date(2023, 12, 31)),
    ],
)
def test_relative_dates_resolve_against_the_article_date(phrase, lo, hi):
    (d,) = extract_dates(0, f"The talks ended {phrase}.", REF)
    assert d.relative == phrase and d.resolved == (lo, hi)


def test_event_attachment_and_lists():
    (d,) = extract_dates(0, "The squadron was disbanded in March 1946.", REF)
    assert d.event == "disband"
    ds = extract_dates(0, "The team won titles in 2003, 2005 and 2007.", REF)
    assert len(ds) == 3 and all(d.in_list for d in ds)


def test_conflicting_compares_common_parts():
    a, b, c = (extract_dates(0, t, REF)[0] for t in ("in May 1989.", "on 18 May 1989.", "in March 1989."))
    assert not conflicting(a, b) and conflicting(a, c) and conflicting(b, c)


def test_article_date_forms_and_year_inference():
    assert article_date({"date": date(2024, 5, 17)}) == REF
    assert article_date({"date": "2024-05-17"}) == REF
    assert article_date({"date": "2024-05-17T09:30:00Z"}) == REF
    assert article_date({}) is None and article_date({"date": "soon"}) is None
    assert infer_year(12, 30, date(2025, 1, 3)) == 2024


def test_undated_article_uses_today():
    facts, _ = facts_of("Nothing dated here.", today=date(2030, 1, 1))
    assert (facts.ref_date, facts.dated) == (date(2030, 1, 1), False)


# --- light imports and the benchmark ------------------------------------------------------------


def test_analysis_imports_no_parser_library_or_model():
    code = (
        "import sys, factlint.rules.fl401_number_mismatch, factlint.rules.fl402_date_mismatch, "
        "factlint.rules.fl403_arithmetic; heavy = {'torch', 'numpy', 'dateparser', 'quantulum3'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "numbers_benchmark", REPO / "benchmarks" / "numbers_dates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_overlap_matching():
    bench = _benchmark()
    assert bench.overlaps(
        "WASP-44 has a mass that is 1.2 times that of the Sun.",
        "WASP - 44 has a mass that is 1.2 times that of the Sun.",
    )
    assert not bench.overlaps(
        "The squadron was disbanded in March 1947.", "The squadron flew six sorties from Cairns."
    )


@pytest.mark.skipif(
    not (SHARED / "contradoc" / "dev" / "positives.jsonl").is_file(),
    reason="shared ContraDoc data not present",
)
def test_benchmark_finds_a_planted_numeric_contradiction():
    bench = _benchmark()
    rows = [json.loads(line) for line in (SHARED / "contradoc" / "dev" / "positives.jsonl").open()]
    doc = next(r for r in rows if "Numeric" in r["contra_type"] and "disbanded" in r["evidence"])
    findings, parsed = bench.lint(doc["text"], bench._rules())
    assert any(bench.overlaps(t, doc["evidence"]) for f in findings for t in bench._texts_of(f, parsed))


@pytest.mark.parametrize("rule_id", ["FL401", "FL402", "FL403"])
def test_docstring_examples_behave(rule_id):
    """`factlint rule FL40x` shows a Bad and a Good example: the rule must agree with them."""
    import re
    import textwrap

    from factlint.linter.engine import lint_text
    from factlint.linter.registry import load_rules

    docs = load_rules()[rule_id].docs()
    for section, expected in (("Bad", True), ("Good", False)):
        block = re.search(rf"^{section}:\n((?:    .*\n|\n)+)", docs + "\n", re.M).group(1)
        text = textwrap.dedent(block).strip() + "\n"
        found = [f for f in lint_text(text, select=[rule_id]) if f.rule_id == rule_id]
        assert bool(found) == expected, (section, [f.message for f in found])


def test_lemma_reads_a_possessive_as_its_noun():
    # "the company's revenue" and "the company reported revenue" share the company; a plural
    # possessive keeps its noun too, and a plain plural still loses its "s"
    assert lemma("company's") == lemma("company") == "company"
    assert lemma("firm’s") == "firm"
    assert lemma("workers'") == "worker"
    assert lemma("workers") == "worker"

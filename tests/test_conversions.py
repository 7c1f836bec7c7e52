"""A figure restated at once in another unit (analysis/conversions.py): which pairs are read, and
which rounding of a converted figure news copy uses."""

from __future__ import annotations

import pytest

from factlint.analysis.conversions import restatements


def _read(text: str) -> list[tuple[str, str, bool]]:
    return [(r.first.text, r.second.text, r.converts()) for r in restatements(text)]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Gusts of 40 mph (65 km/h) hit Harlow.", "40 mph", "65 km/h"),  # 64.4, to the nearest five
        ("Winds of 100 km/h (60 mph) hit Harlow.", "100 km/h", "60 mph"),  # 62.1, to the nearest ten
        ("The fire burned 2,000 acres (800 hectares).", "2,000 acres", "800 hectares"),
        ("It was 30C (86F) in Tessby.", "30C", "86F"),
        ("Lows of -5°C (23°F) are forecast.", "-5°C", "23°F"),
        ("Highs of 95 degrees (35C) are forecast.", "95 degrees", "35C"),  # bare degrees: Fahrenheit
        ("The ship carried 20,000 tonnes (22,000 tons).", "20,000 tonnes", "22,000 tons"),  # short tons
        ("The tank holds 100 gallons (450 litres).", "100 gallons", "450 litres"),  # imperial gallons
        ("Le feu a détruit 1 500 hectares (3 700 acres).", "1 500 hectares", "3 700 acres"),
        ("Es brannten 2,5 Hektar (6 acres) nieder.", "2,5 Hektar", "6 acres"),
        ("The town lies some 50 miles (80 km) away.", "50 miles", "80 km"),
        (
            "The plain has warmed by 2 degrees Celsius (3.6 degrees Fahrenheit).",
            "2 degrees Celsius",
            "3.6 degrees Fahrenheit",
        ),
        ("The quarry lies about 45 km or 30 miles from Rellow.", "45 km", "30 miles"),
    ],
)
def test_usual_roundings_convert(text, first, second):
    assert _read(text) == [(first, second, True)]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Winds of 100 km/h (80 mph) hit Harlow.", "100 km/h", "80 mph"),
        ("Runners follow a 40-mile (25 km) route.", "40-mile", "25 km"),
        ("The fire burned 2,000 acres (300 hectares).", "2,000 acres", "300 hectares"),
        ("Lows of -5C (40F) are forecast.", "-5C", "40F"),
        ("The bypass is 10 km (3 miles) long.", "10 km", "3 miles"),
        ("Die Böen erreichten 120 Stundenkilometer (50 mph).", "120 Stundenkilometer", "50 mph"),
        ("Los vientos alcanzaron 90 millas por hora (80 km/h).", "90 millas por hora", "80 km/h"),
        ("The trail is 5 km/8 miles long.", "5 km", "8 miles"),
    ],
)
def test_restatements_no_rounding_explains_do_not_convert(text, first, second):
    assert _read(text) == [(first, second, False)]


@pytest.mark.parametrize(
    "text",
    [
        "He stands 6 feet 2 inches (1.88 m) tall.",  # the metres restate the whole height
        "Highs between 20C and 25C (68F and 77F) are forecast.",  # ranges
        "The route is 20-30 km (12-19 miles) long.",
        "The trail runs 10 km (3 miles of it uphill) through Tessby.",  # a part, not a restatement
        "The firm paid $5m (4m euros) for the plot.",
        "Choose between a 10 km or 5-mile loop in Harlow.",  # a choice
        "Runners pick a 10 km or a 5 mile loop.",
        "The town is 5 km (10 minutes by car) from Harlow.",  # another dimension
        "The 10 km (10 kilometres) loop opened.",  # one unit under two words
        "The path is 3 1/2 miles (5.6 km) long.",  # a fraction's last figure is no figure
    ],
)
def test_no_restatement_is_read(text):
    assert _read(text) == []

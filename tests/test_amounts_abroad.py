"""The number reader on sums written with a decimal comma and other languages' scale and currency
words (invented copy): the amount, its currency and no noun read past the currency word."""

from __future__ import annotations

import pytest

from factlint.analysis.numbers import numbers
from factlint.linter.loader import load_document
from factlint.linter.rule import Context


def _amounts(text: str, tmp_path) -> list:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    doc = load_document(path)
    return Context(doc).analysis(numbers).quantities


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("La constructora Ribalta facturó 2,4 millones de dólares durante el trimestre.", 2.4e6, "USD"),
        ("A mineradora Varzelândia registrou lucro de R$ 3,2 bilhões no trimestre.", 3.2e9, "BRL"),
        ("A empresa teve prejuízo de 450 milhões de reais no ano.", 450e6, "BRL"),
        ("Spółka osiągnęła zysk w wysokości 5,6 mln zł w tym roku.", 5.6e6, "PLN"),
        ("Halvern revenue jumps to €12,4bn", 12.4e9, "EUR"),
        ("Profits rose to €12,4 billion, the firm said.", 12.4e9, "EUR"),
    ],
)
def test_reads_amount_abroad(text, value, unit, tmp_path):
    money = [q for q in _amounts(text, tmp_path) if q.kind == "money"]
    assert len(money) == 1
    assert money[0].value == pytest.approx(value)
    assert money[0].unit == unit
    assert money[0].head is None  # "durante", "roku", "ano": no noun the amount counts


def test_english_list_and_thousands_stay_english(tmp_path):
    qs = _amounts("The judges gave Marlow 3,5 and 7, and the show raised $12,400 million.", tmp_path)
    assert not any(q.value == pytest.approx(3.5) for q in qs)
    assert any(q.value == pytest.approx(12.4e9) for q in qs)

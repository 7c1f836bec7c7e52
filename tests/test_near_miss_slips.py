"""The index near_miss pairs figures through (analysis/near_miss.py ``_Slips``): every earlier
figure ``near_values`` would accept is among a later figure's candidates, in the order the
figures came, whatever the values, their decimals and their scale (invented figures)."""

from __future__ import annotations

import random

from factlint.analysis.figure_types import Quantity
from factlint.analysis.near_miss import _Slips, near_values


def _figure(value: float, text: str) -> Quantity:
    return Quantity(sentence=0, start=0, end=len(text), text=text, value=value, kind="money", unit="USD")


def _random_figure(rng: random.Random) -> Quantity:
    r = rng.random()
    if r < 0.3:
        v = rng.choice(
            [rng.randint(1, 300), rng.randint(8, 14), rng.randint(96, 104), rng.randint(995, 1005)]
        )
        return _figure(float(v), str(v))
    if r < 0.6:
        d = rng.randint(1, 3)
        v = round(rng.uniform(0, 200), d)
        return _figure(v, f"{v:.{d}f}")
    if r < 0.9:  # "$48.21 million": the scale is read from the written digits
        d = rng.randint(0, 3)
        m = round(rng.uniform(1, 99), d)
        return _figure(m * 1e6, f"${m:.{d}f} million")
    return _figure(rng.choice([1e-05, 0.5, 1.0, 10.0, 12.0, 21.0]), "x")  # 1e-05: no readable scale


def _slips_of(rng: random.Random, q: Quantity) -> list[Quantity]:
    """Figures a slip away from ``q``: two neighbouring digits swapped, one digit changed, one or
    two more or less."""
    out = [_figure(q.value + d, q.text) for d in (-2, -1, 1, 2, 0.01, -0.1)]
    r = repr(q.value)
    if "e" not in r and len(r) > 2:
        k = rng.randrange(len(r) - 1)
        for t in (r[:k] + r[k + 1] + r[k] + r[k + 2 :], r[:k] + str(rng.randrange(10)) + r[k + 1 :]):
            try:
                out.append(_figure(float(t), t if q.value < 1e6 else q.text))
            except ValueError:
                pass
    return out


def test_every_pair_near_values_accepts_is_a_candidate():
    rng = random.Random(40)
    accepted = 0
    for _ in range(60):
        figures = [_random_figure(rng) for _ in range(rng.randint(2, 40))]
        figures += [s for q in rng.sample(figures, min(8, len(figures))) for s in _slips_of(rng, q)]
        rng.shuffle(figures)
        index = _Slips()
        for j, b in enumerate(figures):
            candidates = index.candidates(b)
            assert candidates == sorted(candidates)
            for i in range(j):
                try:
                    near = near_values(figures[i], b)
                except IndexError:  # a value with no readable scale: every figure is its candidate
                    near = True
                if near:
                    accepted += 1
                    assert i in candidates, (figures[i], b)
            index.add(j, b)
    assert accepted > 500  # the figures do meet their slips


def test_candidates_leave_out_figures_no_slip_away():
    index = _Slips()
    for j, (value, text) in enumerate(
        [(4812.0, "4812"), (9377.0, "9377"), (4821.0, "4821"), (4813.0, "4813")]
    ):
        index.add(j, _figure(value, text))
    assert index.candidates(_figure(4812.0, "4812")) == [0, 2, 3]  # itself, digits swapped, one off

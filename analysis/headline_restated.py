"""A headline's key figure against the body's restatement of it. A headline is the story told short,
and the lede or an early body sentence tells its figure again; where the body never gives the
headline's value of that unit and noun at all, but one of its first three sentences gives a value a
slip away ("117 of 150 seats" / "gives the party 119 seats", "Jobless Rate Falls To 4.5%" / "fell
to 4.6%", "Farmer aged 85" / "86-year-old Tobin Carrow", "1.200 viviendas" / "1.210 viviendas"),
one of the two is wrong.

General signals only: a headline as written (no full stop), the same unit and counted noun (an
age is an age), a near-miss value (``near_miss.near_values``: digits swapped, one digit changed,
or one or two apart), and the headline's value absent from the whole body. Not read: a headline
that bounds or rounds ("more than 1,200", "nearly 120"), a move ("rose 2%"), a figure dated to
another year, two figures told apart by their words ("third-quarter"), or a body with two
candidates (which one restates the headline is not known). A headline's "Teacher, 72," is an age. An age is compared with the body's
first age only: a later one is as likely another person's."""

from __future__ import annotations

from dataclasses import replace

from .near_miss import (
    NearMiss,
    read_figures,
    comparable,
    token_index,
    plain_figure,
    same_unit,
    told_apart,
    near_values,
)
from .text import Token

_BODY_SENTENCES = 3


def _unit_of(a, b) -> bool:
    return a.kind == b.kind == "age" or same_unit(a, b)


def _appositive_age(q, toks: tuple[Token, ...]) -> bool:
    """A headline's bare whole number set off by commas after a word: "Retired teacher, 72, charged"."""
    k = token_index(toks, q.start)
    after = token_index(toks, q.end)
    if q.kind != "count" or q.head is not None or q.value != int(q.value) or not 0 < q.value < 120:
        return False
    before_ok = k >= 2 and toks[k - 1].text == "," and toks[k - 2].is_word
    if not before_ok or k >= len(toks):
        return False
    return toks[k].text.endswith(",") or after >= len(toks) or toks[after].text == ","


def headline_restated(doc, ctx) -> list[NearMiss]:
    """Headline figures whose body restatement is a slip away (call as ``ctx.analysis(...)``)."""
    head = doc.headline
    if head is None or head.text.rstrip().endswith((".", "?")):
        return []
    head_sents = frozenset(s.index for s in doc.sentences if s.block == head.index)
    if not head_sents:
        return []
    body = [s.index for s in doc.sentences if s.index not in head_sents]
    early = frozenset(body[:_BODY_SENTENCES])
    info = []
    for r in ctx.analysis(read_figures):
        q, toks = r.q, r.toks
        if q.sentence in head_sents and _appositive_age(q, toks):
            q = replace(q, kind="age", unit="years")
        if q.value > 0 and _unit_of(q, q):
            info.append(
                (q, toks, token_index(toks, q.start), plain_figure(q, toks, token_index(toks, q.start)))
            )
    heads = [x for x in info if x[0].sentence in head_sents]
    out: list[NearMiss] = []
    for a, atoks, afirst, aplain in heads:
        if not aplain or a.approx:
            continue
        same = [x for x in info if x[0].sentence not in head_sents and _unit_of(x[0], a)]
        if any(x[0].value == a.value for x in same):
            continue  # the body tells the headline's figure: any near one is another thing
        if a.kind == "age":
            same = same[:1]
        near = [
            (b, btoks, bfirst)
            for b, btoks, bfirst, bplain in same
            if b.sentence in early
            and bplain
            and not b.approx
            and b.modal == a.modal
            and near_values(a, b)
            and comparable(a, b, atoks, btoks)
            and not told_apart(atoks, afirst, btoks, bfirst)
        ]
        if len(near) != 1:
            continue
        b = near[0][0]
        if any(h[0].value == b.value and _unit_of(h[0], b) for h in heads):
            continue  # the headline gives the body's value too
        out.append(NearMiss(a, b, "the headline's figure"))
    return out

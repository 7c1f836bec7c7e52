"""FL102 stance-reversal."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.stance import AGAINST, STRONG, WITH, Relation, Stances, compute, opposed
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Related, Severity
from factlint.linter.rule import Context, Rule, RuleOptions, option


class StanceReversal(Rule):
    """Two actors on the same side in one place and on opposite sides in another, with no change said.

    What it flags:
        A pair of countries, parties, clubs or companies that the article puts together ("an
        alliance with", "partnership", "sided with", "together", "allies") and later against
        each other ("disagreements with", "opposition to", "sanctions against", "rift",
        "rivals"), or the other way round, or a relation said and later denied ("are allies" ...
        "are not allies"). Aliases the article sets up count as the same actor: "Moscow" and
        "the Kremlin" are Russia, "the Chinese Leader" is China's side, "the two nations" are the
        pair named just before. The finding is on the later sentence and points at the earlier.
        Not flagged: a change the article tells ("now", "no longer", "broke with", "since",
        "became", a verb that forms or ends the relation: "formed an alliance", "severed ties";
        a month or year in between), a relation placed in the past ("once allies", "former
        partners", "had been rivals", "in 2014"), opinions of others (quotes, "analysts say"),
        hypotheticals ("could form an alliance"), disagreements about one issue ("a dispute with
        Berlin over fishing": allies have them) and siding on one vote ("sided with the Tories on
        the planning vote": rivals do), both sides in one sentence ("allies despite
        their disagreements"), a later sentence that grants the other side ("Samsung is also
        Apple's biggest supplier", "however", "still") and different pairs. Weaker cues ("backed", "condemned",
        "against") are read only with ``weak_cues``: they name one act, not a side, and allies
        back, praise and criticise each other act by act ("stood together at the talks ...
        condemned the delay" is no reversal).

    Severity:
        Warning: on 664 clean documents (news, ContraDoc documents without a contradiction,
        real pages) it raised nothing (the bar: 0.02 per article). Actors are names the
        mentions analysis finds: "the rail union" is no actor, so its reversals are missed
        (measurements: benchmarks/results/rule-tuning.md).

    Why it matters:
        Who is with whom is the frame of a story about diplomacy, coalitions, rivalries or
        deals. A reversal without explanation is either a factual slip (a name swapped, a
        sentence rewritten from another story) or a change the reader needs to be told about.

    Bad:
        Moscow and Beijing stand together against the West. [...] The Chinese leader stressed
        unity in the face of disagreements with Moscow and the West.

    Good:
        Moscow and Beijing stand together against the West. [...] Since the summit, the Chinese
        leader has stressed unity in the face of disagreements with Moscow and the West.
    """

    id = "FL102"
    name = "stance-reversal"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        weak_cues: bool = option(False, "also read weak cues (backed, praised, condemned, criticised ...)")

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        stances: Stances = ctx.analysis(compute)
        usable = [
            r for r in stances.relations if r.asserted and (r.strength == STRONG or self.options.weak_cues)
        ]
        pairs: dict[frozenset[str], list[Relation]] = {}
        for rel in usable:
            pairs.setdefault(rel.pair, []).append(rel)
        for pair, rels in pairs.items():
            rels.sort(key=lambda r: (r.sentence, r.start))
            if _mixed(rels):
                continue
            found = _first_reversal(stances, pair, rels)
            if found is None:
                continue
            earlier, later = found
            yield self.finding(
                later.span,
                f"{_describe(later)} here ('{_short(later.cue)}'), but line {earlier.span.line} "
                f"{_describe(earlier, again=True)} ('{_short(earlier.cue)}') and nothing in between says "
                f"the relationship changed; check which is right, or say what changed",
                related=[Related(earlier.span, message=_describe(earlier))],
                key_texts=[
                    doc.sentences[later.sentence].text,
                    doc.sentences[earlier.sentence].text,
                    *sorted(pair),
                ],
            )


def _mixed(rels: list[Relation]) -> bool:
    """One sentence that holds both sides ("allies despite their disagreements") says the
    relationship is mixed: the story knows, nothing to flag for this pair."""
    by_sentence: dict[int, list[Relation]] = {}
    for rel in rels:
        by_sentence.setdefault(rel.sentence, []).append(rel)
    return any(opposed(x, y) for group in by_sentence.values() for x in group for y in group)


def _first_reversal(
    stances: Stances, pair: frozenset[str], rels: list[Relation]
) -> tuple[Relation, Relation] | None:
    for j, later in enumerate(rels):
        if later.change or later.timed or later.conceded:
            continue
        for earlier in reversed(rels[:j]):
            if earlier.sentence == later.sentence or not opposed(earlier, later):
                continue
            if earlier.timed or earlier.change and earlier.side == later.side:
                break
            between = stances.between(earlier.sentence, later.sentence - 1, pair)
            if any(i in stances.timed_sentences for i in between + [later.sentence]):
                break
            return earlier, later
    return None


def _short(cue: str, most: int = 60) -> str:
    """A cue phrase as a message quotes it: its two ends when it is long."""
    words = cue.split()
    if len(cue) <= most or len(words) < 8:
        return " ".join(words)
    return " ".join(words[:4]) + " ... " + " ".join(words[-3:])


def _describe(rel: Relation, again: bool = False) -> str:
    """'China is against Russia' / 'has them on the same side'."""
    if again:
        if rel.side == WITH:
            return "does not put them on the same side" if rel.negated else "puts them on the same side"
        return "says they are not opposed" if rel.negated else "puts them on opposite sides"
    if rel.side == WITH:
        return f"{rel.a} is {'not ' if rel.negated else ''}on the same side as {rel.b}"
    assert rel.side == AGAINST
    return f"{rel.a} is {'not ' if rel.negated else ''}against {rel.b}"

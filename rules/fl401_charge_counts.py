"""FL401: the charges of one case told twice, the second time as the whole set by a definite
phrase: "found Ivo Marsk guilty on seven counts" / "returning verdicts on all eight counts";
"was charged with five counts of burglary" / "dropped two of the six counts".

"All eight counts", "the eight counts", "two of the six counts" tell the whole set the story
gave before, so the earlier count of that noun ("counts", "charges") must have its value. Read
only where every earlier count of the noun has one value and none is told as one more set
("a further 15 counts", "another three charges", "each faces"), and where the earlier count may
not be a part: a verdict's count ("guilty on seven counts") is a part when the story tells of
counts that went another way (cleared, acquitted, denied, dropped, the rest), a charge's count
("charged with five counts") never is. A bare "the" tells the whole only after a charge's count
("guilty on seven counts" / "over the eight counts" may leave an acquittal untold). Silent when
the story has several accused ("the two men", "co-accused", "alongside"), when the later count
names an offence the earlier does not tell as all of it ("nine counts of fraud and theft" / "the
three counts of theft"), or when the earlier count is of another time (a year the later
sentence lacks, "previous", charges "dropped") or the later of a new set ("the new indictment").
"""

from __future__ import annotations

from typing import Iterator

from factlint.analysis.figure_types import Quantity
from factlint.analysis.numbers import figure_span
from factlint.analysis.text import Token, figure_tokens
from factlint.linter.finding import Related

_NOUNS = frozenset({"count", "charge"})
# words before the count that make it the whole set told before ("all eight", "of the six");
# a bare "the" only after a charge's count
_WHOLE = frozenset({"all", "those", "these"})
# words that make a count one more set, or one of several people's ("a further 15 counts")
_MORE = frozenset(
    "further more additional another other new separate remaining each both also extra fresh".split()
)
# words that tell of counts that went another way: a verdict's count may then be a part
_OTHER_WAY = frozenset(
    "acquitted cleared denied dropped dismissed deadlocked hung withdrew withdrawn rest remaining not".split()
)
# verbs that tell the charges brought, all of them
_CHARGED = frozenset("charged charging indicted faces faced facing accused".split())
# a story of several accused: a whole may be all of theirs ("all eight counts against the two men")
_SEVERAL = frozenset("accused defendants codefendants alongside pair".split())
_PEOPLE = frozenset("men women people defendants brothers sisters accused suspects".split())
_FEW = frozenset("two three four five six both".split())
# an earlier set of another time, or a later one brought anew ("the six counts in the new indictment")
_THEN = frozenset("previous previously prior dropped withdrawn dismissed quashed".split())
_ANEW = frozenset("new fresh revised amended superseding".split())
# words that end an offence told after "of" ("counts of fraud and theft in March")
_OFFENCE_ENDS = frozenset(
    "in at on against for after before when while by from with during under relating which that but".split()
)


def charge_count_findings(rule, doc, qs: list[Quantity], seen: set) -> Iterator:
    """Findings on the definite whole that disagrees with the count told before."""
    counts = [k for k, q in enumerate(qs) if q.kind == "count" and q.head in _NOUNS]
    if len(counts) < 2:
        return  # (nearly every story)
    texts = [s.text for s in doc.sentences]
    toks = [figure_tokens(text) for text in texts]  # once per document, read by every test below
    if any(_more(qs[k], toks[qs[k].sentence]) for k in counts) or _several_accused(toks):
        return
    words = {t.low for sentence in toks for t in sentence}
    for n, bi in enumerate(counts):
        b = qs[bi]
        earlier = [k for k in counts[:n] if qs[k].sentence < b.sentence]
        if not earlier or len({qs[k].value for k in earlier}) != 1:
            continue
        a = qs[earlier[0]]
        a_toks, b_toks = toks[a.sentence], toks[b.sentence]
        charged = bool(_CHARGED.intersection(t.low for t in a_toks))
        if not _whole(b, b_toks, charged) or a.value == b.value or (a.sentence, b.sentence) in seen:
            continue
        if (not charged and _OTHER_WAY & words) or _other_set(a, b, a_toks, b_toks):
            continue
        seen.add((a.sentence, b.sentence))
        a_span = figure_span(doc, a.sentence, a.start, a.end)
        b_span = figure_span(doc, b.sentence, b.start, b.end)
        who = _defendant(a_toks)
        yield rule.finding(
            b_span,
            f'"{_phrase(b, b_toks, whole=True)}" (line {b_span.line}) disagrees with '
            f'"{_phrase(a, a_toks)}"{f" against {who}" if who else ""} (line {a_span.line}): '
            "if they are two sets of charges, say so",
            related=[Related(a_span, message=f'earlier figure: "{a.text}"')],
            key_texts=[texts[b.sentence], texts[a.sentence]],
        )
        return


def _before(q: Quantity, toks: tuple[Token, ...], n: int) -> list[str]:
    return [t.low for t in toks if t.end <= q.start][-n:]


def _after(q: Quantity, toks: tuple[Token, ...]) -> list[Token]:
    return [t for t in toks if t.start >= q.end]


def _more(q: Quantity, toks: tuple[Token, ...]) -> bool:
    after = [t.low for t in _after(q, toks)[:2]]
    return bool(_MORE.intersection(_before(q, toks, 3) + after))


def _whole(q: Quantity, toks: tuple[Token, ...], charged: bool) -> bool:
    before = _before(q, toks, 2)
    return bool(before) and (before[-1] in _WHOLE or charged and before[-1] == "the")


def _several_accused(toks: list[tuple[Token, ...]]) -> bool:
    """The story tells of more than one accused ("co-accused", "the two men", "both defendants")."""
    for sentence in toks:
        lows = [t.low for t in sentence]
        if _SEVERAL.intersection(lows) and ("alongside" in lows or "co" in lows or "pair" in lows):
            return True
        if any(w in _FEW and nxt in _PEOPLE for w, nxt in zip(lows, lows[1:])):
            return True
    return False


def _offence(q: Quantity, toks: tuple[Token, ...]) -> frozenset[str]:
    """The offence told after the count's noun ("of fraud and theft"), as its words."""
    after = [t.low for t in _after(q, toks)[:9]]
    if len(after) < 3 or after[1] != "of":
        return frozenset()
    words = []
    for w in after[2:]:
        if not w.isalpha() or w in _OFFENCE_ENDS:
            break
        words.append(w)
    return frozenset(words) - {"and", "or", "the", "a", "an"}


def _other_set(a: Quantity, b: Quantity, a_toks, b_toks) -> bool:
    """The two counts may be two sets: the later names another offence or a part of the earlier's,
    the earlier is of another time ("in 2019", "those charges were later dropped"), or the later
    is of a set brought anew."""
    b_offence = _offence(b, b_toks)
    if b_offence and b_offence != _offence(a, a_toks):
        return True
    b_words = {t.low for t in b_toks}
    years = {t.low for t in a_toks if t.low.isdigit() and len(t.low) == 4 and t.low[:2] in ("19", "20")}
    return bool(years - b_words or _THEN.intersection(t.low for t in a_toks) or _ANEW & b_words)


def _phrase(q: Quantity, toks: tuple[Token, ...], whole: bool = False) -> str:
    """The count with its noun, and for the whole the word that makes it one ("all eight counts")."""
    noun = next((t.text for t in _after(q, toks)[:1]), "")
    lead = _before(q, toks, 1) if whole else []
    return " ".join([*lead, q.text, noun]).strip()


def _defendant(toks: tuple[Token, ...]) -> str:
    """The first name of two or more capitalised words in the sentence ("Dorrin Vasque-Ellet"); a
    title opening the sentence is dropped ("Harbourmaster Tevin Osk")."""
    runs: list[list[Token]] = [[]]
    for t in toks:
        if t.cap and t.is_word or t.text == "-" and runs[-1]:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and run[-1].text == "-":
            run.pop()
        if run and run[0] is toks[0] and len([t for t in run if t.is_word]) >= 3:
            run = run[1:]
        if len([t for t in run if t.is_word]) >= 2:
            return "".join(
                t.text if k == 0 or t.start == run[k - 1].end else " " + t.text for k, t in enumerate(run)
            )
    return ""

"""FL401's reading of who reports a figure: the speaker or news outlet ("according to", "told
Reuters"), the keys a figure is compared under once its source is left out, whether the article
itself says the figures differ, and what the message says when two sources differ."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factlint.analysis.figure_compare import DEAL_NOUNS, SHARE_HEADS, span_ago, distance_parts
from factlint.analysis.figure_types import Quantity
from factlint.analysis.one_group import PEOPLE_AS_SUCH, PEOPLE_ROLES
from factlint.analysis.speech import analyse_sentence
from factlint.analysis.text import CAPITAL_WORD, LOOSE_WORD


_ACKNOWLEDGED = re.compile(
    r"\b(?:conflicting|differ|differs|differing|different figures?|varied|vary|varies|discrepanc\w*|"
    r"while|whereas|however|but|other reports?|another figure|other estimates?|disputed?|contradict\w*)\b",
    re.IGNORECASE,
)


def _acknowledged(sentences, first: int, second: int) -> bool:
    """The article itself says the figures differ or sets them against each other ("but the Red
    Crescent said 31", "there were conflicting reports"): two sources' figures reported as such."""
    return any(_ACKNOWLEDGED.search(sentences[k].text) for k in range(first, second + 1))


def _names_apart(a: Quantity, b: Quantity) -> bool:
    """Both figures name subjects and none is shared: what leaving the source out may change."""
    return bool(a.names and b.names and not (a.names & b.names))


def speaker(text: str) -> str | None:
    """The source a sentence is attributed to: a person or body ("the Red Cross said"), or a
    news outlet ("Kestrel television reported"); "Some reports indicate" names nobody."""
    said = analyse_sentence(text).speaker or _media_source(text)
    return None if said in _NOBODY else said


_NOBODY = frozenset({"some", "many", "several", "others", "other", "reports", "report", "media"})


def _as_written(name: str | None, text: str) -> str | None:
    """A normalised speaker ("cross") as its sentence writes it, with the capitalised words before
    it ("Kell Red Cross"), so the message names the source as the editor reads it."""
    if not name:
        return name
    m = re.search(rf"\b((?:[A-Z][\w.'’-]*\s+){{0,3}}){re.escape(name)}\b", text, re.IGNORECASE)
    if not m:
        return name
    *before, spoken = m.group(0).split()
    # the search ignores case: keep only the capitalised words right before, no sentence opener
    kept: list[str] = []
    for word in reversed(before):
        if not word[0].isupper() or word.lower() in _NOT_NAME_START:
            break
        kept.insert(0, word)
    return " ".join([*kept, spoken])


_NOT_NAME_START = {"the", "a", "an", "on", "in", "at", "by", "but", "and", "then", "later", "when", "after"}


def _sources_differ(first: str | None, second: str | None) -> str:
    """What an editor should do about two sources' figures."""
    who = (
        f"{first} and {second} give different figures"
        if first and second
        else f"{first or second} reports another figure"
    )
    return f" ({who}: say whose is right, or that reports differ)"


# A news outlet as the source of a figure: "Vantish private Kestrel television reported ..."
_MEDIA_SOURCE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*)\s+(?:television|TV|radio|news agency|newspaper|daily|broadcaster|channel)"
    r"\s+(?:reported|said|quoted|put|cited)\b"
)


def _media_source(text: str) -> str | None:
    m = _MEDIA_SOURCE.search(text)
    return m["name"].lower() if m else None


def _without_source(q: Quantity, speaker: str | None, text: str) -> Quantity:
    """The figure with its sentence's source left out of its names: "the Philippine Red Cross
    said 15 remain missing" and "police chief Khalilur Rahman said" name who says so, not a
    different subject from "the Kim Nirvana"."""
    if not q.names:
        return q
    source = q.names & (_attribution_words(text, speaker) if speaker else _according_to(text))
    return replace(q, names=q.names - source) if source else q


def _according_to(text: str) -> frozenset[str]:
    """The words of an opening "According to reports from the Kell Herald and local media," that
    no one speaker is read from: the outlets a figure comes from, not what it is about."""
    if not text.lower().startswith("according to ") or "," not in text:
        return frozenset()
    opening, rest = text.split(",", 1)
    return frozenset(w.lower() for w in LOOSE_WORD.findall(opening)) - {
        w.lower() for w in LOOSE_WORD.findall(rest)
    }


_SAYS = re.compile(r"\b(?:said|says|told|tells|added|reported|according to)\b")


@lru_cache(maxsize=4096)
def _attribution_words(text: str, speaker: str) -> frozenset[str]:
    """Lower-cased words of the attribution naming ``speaker``: the stretch before "said" (and
    the comma-separated titles before it: "Philippine Coast Guard's spokesman, Commander Armand
    Balilo, said"), or the sentence's opening up to "said" ("Local police chief Khalilur Rahman
    said ..."), when that stretch names the speaker; words the rest of the sentence also uses
    are left in."""
    for m in _SAYS.finditer(text):
        before = text[: m.start()]
        chunks = before.split(",")
        taken: list[str] = []
        for chunk in reversed(chunks):
            if any(c.isdigit() for c in chunk) or len(chunk.split()) > 8:
                break
            taken.append(chunk)
        stretch = ",".join(reversed(taken))
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in LOOSE_WORD.findall(stretch)}
        if speaker in words:
            told = _told_outlet(text[m.end() :]) if m.group() in {"told", "tells"} else ""
            rest = text[: m.start() - len(stretch)] + text[m.end() + len(told) :]
            words |= {w.lower() for w in LOOSE_WORD.findall(told)}  # "a UN official told AFP"
            return frozenset(words - {w.lower() for w in LOOSE_WORD.findall(rest)})
        # '"The bus rolled into a 200ft-deep gorge," said Santosh Patyal, a police official.'
        after = text[m.end() :]
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in LOOSE_WORD.findall(after)}
        if speaker in words and not any(c.isdigit() for c in after):
            return frozenset(words - {w.lower() for w in LOOSE_WORD.findall(text[: m.start()])})
    return frozenset()


def _told_outlet(after: str) -> str:
    """The capitalised words right after "told" ("told The Associated Press on Monday"): whom
    the source spoke to, an outlet or a body, part of the attribution."""
    told = ""
    for m in CAPITAL_WORD.finditer(after):
        if after[len(told) : m.start()].strip():
            break
        told = after[: m.end()]
    return told


def _keys(q: Quantity) -> list[tuple]:
    """What ``same_thing`` needs two figures to share, one of: the person (ages), the counted
    noun, the measured attribute, the event, a purchase; always with the kind and unit."""
    base = (q.kind, q.unit if q.kind in {"money", "measure"} else "")
    keys = []
    if q.kind == "age":
        # by each word of the name: "Ms Berg" may be the "Anna Berg" named before, "Zhao Chunli"
        # the "Chunli Zhao" (same_thing decides)
        return (
            [base + ("person", w) for w in sorted({q.person.split()[-1], *q.person_names})]
            if q.person
            else []
        )
    # a distance by the place it is from ("distance from velmar to tarvo": from Velmar)
    attribute = (
        distance_parts(q.attribute)[0] if (q.attribute or "").startswith("distance from ") else q.attribute
    )
    for name, value in (("head", q.head), ("attribute", attribute), ("event", q.event)):
        if value:
            keys.append(base + (name, value))
    if q.kind in ("money", "measure") and q.head and q.head != attribute:
        keys.append(base + ("attribute", q.head))  # "the $5.1 million library budget": a budget of
    if q.kind == "money" and not q.event and q.head in DEAL_NOUNS:
        keys.append(base + ("event", "deal"))  # "the €510m sale": the price of what "was sold"
    if q.movement:
        keys.append(base + ("movement", q.movement))
    if q.kind == "count" and q.head in PEOPLE_AS_SUCH | PEOPLE_ROLES:
        keys.append(base + ("people", ""))  # a role and people may count one group (one_group)
    keys.extend(base + ("measured", noun) for noun in sorted(q.measured))  # "the 270-metre tower"
    if span_ago(q):
        keys.append(base + ("ago", ""))  # "four days ago": tied by its clause's words alone
    return keys


def bare_key(q: Quantity) -> tuple | None:
    """A length or duration that may name nothing it measures ("It took six hours"): compared
    with the other such figures, tied by its clause's words alone (``bare_lengths_tied``)."""
    if q.kind == "measure" and q.unit in ("length", "time") and not (q.head and q.attribute):
        return (q.kind, q.unit, "bare")
    if q.kind == "percent" and (q.head is None or q.head in SHARE_HEADS) and not q.movement:
        return (q.kind, "", "share")  # "52% support" / "won with 55%": a side's share (``_one_share``)
    return None

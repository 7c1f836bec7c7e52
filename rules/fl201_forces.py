"""FL201 (English): a late named person of a country's force, ministry or embassy, or of a body of
states, that the story names nowhere else, read anywhere in the sentence: "Lt. Col. Jane Roe, a
spokeswoman for the Ostrian military, said", "Ostrian military spokesman Capt. Jane Roe said",
"Jane Roe, spokeswoman for Ostria's foreign ministry, said", "said Jane Roe of the UN refugee
agency". The person holds a rank before the name or the sentence gives a role, and the sentence
speaks or acts; the country (by its name or a people's word) or the body of states is nowhere
else in the story, nor the person's surname. The shapes of ``fl201_affiliates`` come first."""

from __future__ import annotations

import re

from factlint.analysis.mentions import Mentions
from factlint.linter.document import Document
from factlint.rules.fl201_affiliates import _ACTS, _OF_STATES, _RANK, _SAYS, _named_by_its_first_word

# A country's force, ministry or mission after its owner: capitalised words ("the Ostrian Navy",
# "Ostrian military"), or a possessive with up to two lower-case words ("Ostria's foreign ministry")
_KIND = (
    r"(?i:army|navy|military|armed\s+forces|defen[cs]e\s+forces?|air\s+force|marines|ministry|embassy|"
    r"consulate|government|coast\s+guard)"
)
_OWNED = re.compile(
    rf"(?<![\w'’-])(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+|(?P<whose>[A-Z][\w-]*)['’]s\s+"
    rf"(?:[A-Za-z]+\s+){{0,2}})(?P<kind>{_KIND})(?![\w-])"
)
# Words of an owner that name no country ("the Royal Navy", "Foreign Ministry", "Defence Forces")
_NO_OWNER = frozenset(
    """the a an royal national armed defence defense air foreign interior health finance trade
    justice home state federal central people's peoples self-defense self-defence islamic
    revolutionary naval special joint military army navy ministry""".split()
)
# Roles that tie a person to the body in one sentence
_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|official|officer|commander|chief|envoy|ambassador|"
    r"representative|attaché|attache|consul|director|head)\b"
)
_SPEAKS = re.compile(rf"\b(?:{_SAYS}|{_ACTS}|told\b)")
# A rank, whole or cut, that ends just before a name
_RANK_BEFORE = re.compile(rf"(?:^|\s){_RANK}\s*$")
# The force, ministry and embassy words a sentence must hold (prefilter)
_CUE = re.compile(
    r"army|navy|military|forces|air force|marines|ministry|embassy|consulate|government|coast guard", re.I
)
# A person tied to the body right after the name ("Jane Roe of the Ostrian embassy")
_TIED_AFTER = re.compile(r",?\s+(?:of|from|at|with)\s+(?:the\s+)?$")
# ... or right before it as its owner ("the World Food Programme's Jane Roe")
_OWNS = re.compile(r"['’]s\s+$")
_RANK_OPENS = re.compile(rf"{_RANK}\s")


def state_people(
    doc: Document, ms: Mentions, opening: int, skip: dict
) -> list[tuple[int, int, int, str, str]]:
    """(sentence, start, end, name, body) for each late named person of a country's force,
    ministry or embassy, or of a body of states, that the story names nowhere else."""
    found = []
    for sentence in doc.sentences:
        index, text = sentence.index, sentence.text
        if index in skip or ms.position(index) <= opening:
            continue
        bodies = [
            (m.start, m.end, m.text)
            for m in ms.in_sentence(index)
            if m.kind == "org"
            and (m.jurisdiction or "").lower() in _OF_STATES
            and (m.text == m.jurisdiction or " " in m.text or m.text.isupper())  # (not "the Commission")
            and not m.in_quote
            and not ms.mentioned_elsewhere(m.jurisdiction, index)
        ]
        if not bodies and _CUE.search(text) is None:
            continue
        others = None
        for b in _OWNED.finditer(text):
            if others is None:
                others = " ".join(s.text for s in doc.sentences if s.index != index)
            if _owner_abroad(ms, b, others, index):
                bodies.append((b.start(), b.end(), text[b.start() : b.end()]))
        if not bodies or _SPEAKS.search(text) is None:
            continue
        person = _newcomer(ms, doc, index, text, bodies)
        if person is None:
            continue
        start, end, name = person
        b_start, b_end, body = bodies[0]
        found.append((index, min(start, b_start), max(end, b_end), name, body))
    return found


def _owner_abroad(ms: Mentions, b: re.Match, others: str, here: int) -> bool:
    """Whether a force's, ministry's or embassy's owner is a country the story names nowhere
    else: a listed country (by name or people's word) not mentioned in another sentence, or an
    unlisted capitalised word of a people or a place ("Ostrian") nowhere else, stem too."""
    words = (b.group("owner") or b.group("whose") or "").split()
    telling = [w for w in words if w.lower() not in _NO_OWNER]
    if not telling or len(telling) > 2:
        return False
    key = tuple(w.lower() for w in telling)
    country = ms.lexicon.places.get(key) or ms.lexicon.places.get(key[:1])
    if country is not None:
        return not ms.mentioned_elsewhere(country, here)
    if ms.lexicon.orgs.get(key) is not None or len(telling) > 1:
        return False  # (a body's own name, or a two-word name that may be a person's)
    word = telling[0]
    if not re.search(r"(?:an|ese|ish|i)$" if b.group("owner") else r"(?:ia|land|stan)$", word):
        return False  # (an unlisted owner: a people's word, "Ostrian", or a country's, "Ostria's")
    return (
        not _named_by_its_first_word([word], others) and re.search(rf"\b{re.escape(word)}\b", others) is None
    )


def _newcomer(
    ms: Mentions, doc: Document, index: int, text: str, bodies: list
) -> tuple[int, int, str] | None:
    """The named person the sentence introduces with a body: a full name met first here, out of
    quotes, its surname in no other sentence, with a rank before it or a role in the sentence."""
    role = _ROLE.search(text) is not None
    for ent in ms.entities:
        first = ent.first
        if first.sentence != index or ent.kind != "person" or first.in_quote:
            continue
        name = first.name or first.text
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if any(b_start <= first.start < b_end for b_start, b_end, _ in bodies):
            continue  # (the body's own words read as a name)
        office = ms.lexicon.office(first.office) if first.link == "premodifier" and first.office else None
        if office is not None and office.group not in ("force-rank", "spokesperson"):
            continue  # ("UN envoy Jane Roe met ...": a titled newcomer, read by the rule's titled pass)
        tied = any(
            _TIED_AFTER.fullmatch(text[first.end : b_start]) or _OWNS.fullmatch(text[b_end : first.start])
            for b_start, b_end, _ in bodies
        )
        if not (role or tied or _RANK_BEFORE.search(text[: first.start]) or _RANK_OPENS.match(name)):
            continue
        surname = re.escape(words[-1])
        if any(re.search(rf"\b{surname}\b", s.text) for s in doc.sentences if s.index != index):
            continue
        return first.start, first.end, name
    return None

"""The offices a sentence gives a named person, read from any of the phrases writers set around
a name: a title before it ("Velorian Finance Minister Ana Roe"), a description set off before it
("the head of the finance ministry, Ana Roe,"), one after it ("Ana Roe, the country's finance
minister,", "Ana Roe, 52, minister for finance,", "Ana Roe, a judge at the district court,"), in
brackets ("Ana Roe (finance minister)") or in a who-clause ("Ana Roe, who heads the finance
ministry,", "who coaches the club", "who serves as mayor").

One reader of a description: its head is the last title of ``roles.yaml`` in it that ends it or
is followed only by what it is of ("of finance", "at the district court"); the words before the
head may only qualify it (a determiner, an owner with "'s", adjectives, names, an age), so "the
finance minister's aide" and "the wife of the mayor" give no office. The head of a ministry, by
noun or verb, is its minister. A description marked as not current ("former", "then", "acting",
"who was") says so (``temporal``); one the person holds "also" says that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .lexicon import CABINET_TITLES, OFFICE_PREFIXES, Lexicon
from .mentions.model import Mention
from .mentions.vocabulary import TEMPORAL_MODIFIERS
from .text import Token, word_tokens
from .words import DETERMINERS, STOPWORDS


@dataclass(frozen=True)
class Held:
    """One office a sentence gives the person: canonical (as ``Lexicon.office`` reads it), the
    words that say it and where they stand in the sentence."""

    office: str
    title: str
    start: int
    end: int
    temporal: bool = False  # "former", "then", "acting", "who was": not held now
    also: bool = False  # "who is also": held besides another


# marks of a title not held now; "new", "newly", "appointed" and "long-time" say it is
_NOT_NOW = frozenset(TEMPORAL_MODIFIERS - {"new", "newly", "appointed", "long-time", "longtime"})
# what may follow a description's head: what it is of, where, or for whom
_TAIL = frozenset({"of", "for", "at", "in", "to", "with", "on"})
# the end of a description set off by commas, dashes or brackets
_ENDS = frozenset({",", ")", ";", ":", ".", "—", "–", "!", "?", '"', "”"})
# words for whoever heads a body ("the head of the finance ministry"): its minister, for a ministry
_HEAD_NOUNS = frozenset({"head", "chief", "leader", "boss"})
_HEAD_VERBS = frozenset({"heads", "leads", "runs"})
# a who-clause's verb that gives the office its object names ("who coaches the club")
_ROLE_VERBS = {"coaches": "coach", "captains": "player", "chairs": "chairman"}
# a who-clause that says the description is the person's now ("who is", "who serves as")
_IS_NOW = (("is",), ("serves", "as"), ("has", "been"), ("is", "now"), ("now", "serves", "as"))
_MINISTRY = frozenset({"ministry", "department"})
_OWN = frozenset({"'s", "’s", "'", "’"})
# what may stand before a description set off before a name ("Ana Roe said. The mayor, Ana Roe, ...")
_OPENERS = frozenset({",", ";", ":", "(", "—", "–", '"', "“"})
# prepositions the stop words lack: "Like the mayor, Ana Roe said ..." is about two people
_PREPOSITIONS = frozenset(
    "like unlike despite besides beside toward towards behind beyond near amid via under above below "
    "alongside along beneath behalf versus".split()
)


def offices_held(lex: Lexicon, text: str, start: int, end: int) -> tuple[Held, ...]:
    """The offices sentence ``text`` gives the person named at ``text[start:end]``."""
    tokens, first, after = _around(text, start, end)
    if first is None:
        return ()
    return (*_before(lex, tokens, first, after), *_after(lex, tokens, after))


def title_elsewhere(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether a title set off by a comma next to the name at ``text[start:end]`` is another's:
    before it, in a phrase that is an object ("In a letter to the mayor, Ana Roe said", "Like
    the mayor, Ana Roe ..."); after it, not the head of the description ("Ana Roe, the coach's
    daughter,", "Ana Roe, the finance minister nominee,")."""
    tokens, first, after = _around(text, start, end)
    if first is None:
        return False
    if first > 0 and tokens[first - 1].text == ",":
        edge = _left_edge(tokens, first - 1)
        if not _set_off(tokens, edge, after) and _titles(lex, tokens, edge, first - 1):
            return True
    span = _described_after(tokens, after)
    if span is None or tokens[span[0]].low == "who":
        return False
    return bool(_titles(lex, tokens, *span)) and not _head(lex, tokens, *span)


def _around(text: str, start: int, end: int) -> tuple[tuple[Token, ...], int | None, int]:
    tokens = word_tokens(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= start), None)
    after = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return tokens, first, after


def _set_off(tokens: tuple[Token, ...], edge: int, after: int) -> bool:
    """Whether a description from ``edge`` to a comma before a name sets the name off: it opens
    the sentence or a clause, or a comma (or the sentence's end) closes the name."""
    opened = edge == 0 or tokens[edge - 1].text in _OPENERS or tokens[edge - 1].low in ("and", "but")
    return opened or after >= len(tokens) or tokens[after].text in _ENDS


def _before(lex: Lexicon, tokens: tuple[Token, ...], first: int, after: int) -> list[Held]:
    """A title right before the name, or a description set off by a comma before it."""
    if first == 0:
        return []
    if tokens[first - 1].text != ",":
        return _head(lex, tokens, _left_edge(tokens, first), first, whole=False)
    edge = _left_edge(tokens, first - 1)
    if not _set_off(tokens, edge, after):
        return []  # "Meeting the mayor, Ana Roe said ...": Roe is another
    return _head(lex, tokens, edge, first - 1)


def _left_edge(tokens: tuple[Token, ...], end: int) -> int:
    """Where a description ending before ``end`` begins: back over the words that may make one,
    to its determiner if it has one."""
    i = end
    while i > 0:
        t = tokens[i - 1]
        if t.text in _OWN or t.text == "-" or t.text[:1].isdigit():
            i -= 1
        elif t.text == ")" and i >= 3 and tokens[i - 3].text == "(" and tokens[i - 2].all_caps:
            i -= 3  # "Minister of State for Works (MSW), Ana Roe"
        elif t.low in DETERMINERS:
            if not (i > 1 and tokens[i - 2].low == "of"):
                return i - 1
            i -= 1  # (on past "of the": "the head of the finance ministry")
        elif t.is_word and (t.low not in STOPWORDS or t.low == "of") and t.low not in _PREPOSITIONS:
            i -= 1
        elif _joins_capitals(tokens, i - 1):
            i -= 1  # "Minister for Health and Social Care"
        else:
            break
    return i


def _joins_capitals(tokens: tuple[Token, ...], k: int) -> bool:
    """ "for", "and" or "&" between two capitalised words: inside one title or body's name."""
    return (
        tokens[k].low in ("for", "and", "&")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].cap
        and tokens[k + 1].cap
    )


def _described_after(tokens: tuple[Token, ...], i: int) -> tuple[int, int] | None:
    """The description set off after a name by a comma or a bracket (an age may come first: ",
    52,"), as a token span."""
    if i >= len(tokens) or tokens[i].text not in (",", "("):
        return None
    i += 1
    if i + 1 < len(tokens) and tokens[i].text.isdigit() and tokens[i + 1].text == ",":
        i += 2  # "Ana Roe, 52, the finance minister"
    end = i
    while end < len(tokens) and tokens[end].text not in _ENDS:
        if tokens[end].text == "(" and end + 2 < len(tokens) and tokens[end + 2].text == ")":
            end += 2  # "Vellan City Police Office (VCPO) director"
        end += 1
    return (i, end) if 0 < end - i <= 12 else None


def _after(lex: Lexicon, tokens: tuple[Token, ...], i: int) -> list[Held]:
    """A description after the name: set off by commas, in brackets, or a who-clause."""
    span = _described_after(tokens, i)
    if span is None:
        return []
    if tokens[span[0]].low == "who":
        return _who(lex, tokens, span[0] + 1, span[1])
    return _head(lex, tokens, *span)


def _who(lex: Lexicon, tokens: tuple[Token, ...], i: int, end: int) -> list[Held]:
    """ "who heads the finance ministry", "who coaches the club", "who is (also) the mayor",
    "who serves as mayor"; "who was ..." is a past office."""
    if i >= end:
        return []
    verb = tokens[i].low
    if verb in _HEAD_VERBS:
        held = _ministry(lex, tokens, i + 1, end, tokens[i].start)
        return [held] if held else []
    if verb in _ROLE_VERBS and end > i + 1:
        t = tokens[i]
        return [Held(_ROLE_VERBS[verb], t.text, t.start, tokens[end - 1].end)]
    past = verb in ("was", "had")
    words = [t.low for t in tokens[i:end]]
    lead = next((len(w) for w in _IS_NOW if tuple(words[: len(w)]) == w), 0)
    if past:
        lead = 2 if words[1:2] == ["been"] else 1
    if not lead:
        return []
    also = i + lead < end and tokens[i + lead].low == "also"
    return [
        Held(h.office, h.title, h.start, h.end, h.temporal or past, also)
        for h in _head(lex, tokens, i + lead + also, end)
    ]


def _match(lex: Lexicon, tokens: tuple[Token, ...], i: int, end: int) -> tuple[str, int] | None:
    """The longest title of the lists that starts at token ``i``: its office and end."""
    for n in range(min(lex.longest, end - i), 0, -1):
        words = tokens[i : i + n]
        if not words[-1].is_word:
            continue
        office = lex.titles.get(tuple(t.key.lower() for t in words)) or lex.titles_cased.get(
            tuple(t.key for t in words)
        )
        if office is not None:
            return office, i + n
    return None


def _titles(lex: Lexicon, tokens: tuple[Token, ...], a: int, b: int) -> list[tuple[int, str, int]]:
    """The titles of the lists in ``tokens[a:b]``, longest first from the left: (start, office,
    end)."""
    found = []
    i = a
    while i < b:
        got = _match(lex, tokens, i, b)
        if got is None:
            i += 1
            continue
        found.append((i, *got))
        i = got[1]
    return found


def _head(lex: Lexicon, tokens: tuple[Token, ...], a: int, b: int, whole: bool = True) -> list[Held]:
    """The offices a description ``tokens[a:b]`` gives, read from its head (module docstring);
    two joined by "and" ("Chairman and Chief Executive of ...") are both given. With ``whole``
    false the description is only the words that qualify the head (a title before a name)."""
    heads = _titles(lex, tokens, a, b)
    for n in range(len(heads) - 1, -1, -1):
        at, office, stop = heads[n]
        if stop < b and tokens[stop].low not in _TAIL and not _hyphen_mark(tokens, stop, b):
            continue  # "the finance minister's aide", "the finance minister nominee"
        start = a if whole else _qualified_from(tokens, a, at)
        joined = n > 0 and heads[n - 1][2] == at - 1 and tokens[at - 1].low in ("and", "&")
        if joined:  # "Chairman and Chief Executive Officer of Vessa Foods"
            first = _held(lex, tokens, start, heads[n - 1], heads[n - 1][2])
            if _qualifiers(tokens, start, heads[n - 1][0]) and first is not None:
                last = _held(lex, tokens, start, heads[n], b)
                return [first, last] if last else [first]
        if not _qualifiers(tokens, start, at):
            return []
        held = _held(lex, tokens, start, heads[n], b)
        return [held] if held else []
    return []


def _hyphen_mark(tokens: tuple[Token, ...], stop: int, b: int) -> bool:
    """ "-elect", "-designate" after a title ("president-elect")."""
    return tokens[stop].text == "-" and stop + 1 < b and tokens[stop + 1].low in _NOT_NOW


def _qualified_from(tokens: tuple[Token, ...], a: int, at: int) -> int:
    """Where the words that qualify a head at ``at`` begin (after the last that cannot)."""
    k = at
    while k > a and _qualifiers(tokens, k - 1, k):
        k -= 1
    return k


def _held(lex: Lexicon, tokens: tuple[Token, ...], a: int, head: tuple[int, str, int], b: int) -> Held | None:
    """The office of head ``(at, office, stop)`` of a description from ``a`` to ``b``."""
    at, office, stop = head
    temporal = any(t.low in _NOT_NOW for t in tokens[a:stop]) or (stop < b and _hyphen_mark(tokens, stop, b))
    known = lex.offices.get(office)
    if known is not None and known.generic:
        return _ministry(lex, tokens, stop, b, tokens[at].start, temporal, of=True)
    office, stop = _portfolio(lex, tokens, office, stop, b)
    prefix = tokens[at - 1].low if at > a else ""
    if prefix in OFFICE_PREFIXES:
        office, at = f"{prefix} {office}", at - 1
    return Held(office, _text(tokens, at, stop), tokens[at].start, tokens[stop - 1].end, temporal)


def _qualifiers(tokens: tuple[Token, ...], a: int, at: int) -> bool:
    """Whether the words before a head only qualify it: no function word but a determiner or an
    owner's "'s" ("the wife of the mayor", "married to the mayor": the head is elsewhere)."""
    for k in range(a, at):
        t = tokens[k]
        if t.text in _OWN or t.text == "-" or t.text[:1].isdigit() or _joins_capitals(tokens, k):
            continue
        if t.text in "()" or (k > 0 and tokens[k - 1].text == "(" and t.all_caps):
            continue  # "Vellan City Police Office (VCPO) director"
        if not t.is_word or (t.low in STOPWORDS and t.low not in DETERMINERS):
            return False
    return True


def _portfolio(lex: Lexicon, tokens: tuple[Token, ...], office: str, stop: int, b: int) -> tuple[str, int]:
    """A bare minister's portfolio after "for" or "of" ("minister for finance"): that post."""
    if office != "minister" or tokens[stop - 1].low not in CABINET_TITLES:
        return office, stop
    if stop + 1 >= b or tokens[stop].low not in ("for", "of"):
        return office, stop
    words = tokens[stop + 1 : b]
    if not words or any(not t.is_word or t.low in DETERMINERS for t in words):
        return office, stop
    portfolio = " ".join(t.low for t in words)
    post = lex.office(f"{portfolio} minister")
    return (post.name if post else office), b


def _ministry(
    lex: Lexicon, tokens: tuple[Token, ...], i: int, b: int, at: int, temporal: bool = False, of: bool = False
) -> Held | None:
    """The head of a ministry named at ``tokens[i:b]`` ("(of) the finance ministry", "the
    ministry of finance"): its minister."""
    if of:
        if i >= b or tokens[i].low != "of":
            return None
        i += 1
    if i < b and tokens[i].low == "the":
        i += 1
    words = [t.low for t in tokens[i:b]]
    if len(words) >= 2 and words[-1] in _MINISTRY and all(w.isalpha() for w in words[:-1]):
        portfolio = " ".join(words[:-1])
    elif (
        len(words) >= 3
        and words[0] in _MINISTRY
        and words[1] in ("of", "for")
        and all(w.isalpha() for w in words[2:])
    ):
        portfolio = " ".join(words[2:])
    else:
        return None
    post = lex.office(f"{portfolio} minister")
    if post is None or post.group != "cabinet":
        return None
    return Held(post.name, _text(tokens, i, b), at, tokens[b - 1].end, temporal)


def _text(tokens: tuple[Token, ...], a: int, b: int) -> str:
    out = ""
    for t in tokens[a:b]:
        out += (" " if out and t.space_before else "") + t.text
    return out


def named_mentions(sentences, ent) -> Iterator[tuple[Mention, str, int]]:
    """Each of ``ent``'s mentions as a named person, with its sentence's text (``sentences``: the
    document's) and where the name starts in it; a name not found in its span is left out."""
    for m in ent.mentions:
        if m.kind != "person" or not m.name:
            continue
        text = sentences[m.sentence].text
        at = text.find(m.name, m.start, m.end)
        if at >= 0:
            yield m, text, at

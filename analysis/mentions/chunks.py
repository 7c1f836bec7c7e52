"""Capitalised runs of words the lists do not know: candidate names of people, clubs, places and
organisations, and what kind of name each looks like."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, compress, count
from operator import attrgetter, itemgetter

from ..lexicon import Lexicon
from ..text import Token, token_text, word_tokens
from ..words import CALENDAR
from .labels import Label
from .vocabulary import (
    ADVERB_ENDINGS,
    NAME_PARTICLES,
    NEVER_NAMES,
    OPENING_ADVERBS,
    PLACE_HEADS,
    SURNAME_PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_NOUNS,
    PORTFOLIO_TAILS,
)

_CALENDAR_SURNAME = re.compile(r"\b([A-Z][a-z]+) (May)\b")
_NOT_BEFORE_SURNAME = NEVER_NAMES | CALENDAR | {"in", "of", "last", "next", "early", "late", "mid"}
_OPENING_MARKS = "“\"‘'(:"
_TEXT = attrgetter("text")
_token_cap = itemgetter(Token._fields.index("cap"))
_POSSESSIVES = ("'s", "’s")
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "tropical", "storm", "tornado"})
# people in the plural that end a body's name ("Norland Dairy Farmers", "Kell Valley Business
# Leaders"): no person's name ends on one
_MEMBERS_PLURAL = frozenset(
    """leaders workers members partners farmers growers producers exporters manufacturers retailers
    employers investors residents families veterans voters parents teachers nurses doctors physicians
    reporters journalists taxpayers consumers advocates supporters citizens""".split()
)


class NameReader:
    """What the whole article says about its words: which it ever writes in lower case (a
    capitalised sentence opener is a name only if never), and which calendar words are surnames
    ("Theresa May")."""

    def __init__(self, sentences, lex: Lexicon):
        self.lex = lex
        self._sentences = sentences
        self._story: str | None = None  # (joined when first asked: see ``named_apart``)
        self.lowercase_words: set[str] = set()
        self.calendar_surnames = {
            m.group(2)
            for s in sentences
            if "May" in s.text  # (the pattern's one literal: a quick test before the scan)
            for m in _CALENDAR_SURNAME.finditer(s.text)
            if m.group(1).lower() not in _NOT_BEFORE_SURNAME
        }
        # every token's text, at C speed (no Python step per sentence)
        words = set(map(token_text, chain.from_iterable(map(word_tokens, map(_TEXT, sentences)))))
        # (only words are looked up here: a token that is no word, "'s" or a mark, never equals
        # one's lower case; the possessives are dropped all the same)
        words.difference_update(_POSSESSIVES)
        self.lowercase_words.update(filter(str.islower, words))

    def name_token(self, tokens: Sequence[Token], k: int, first_word: int) -> bool:
        t = tokens[k]
        if not t.is_word or not t.cap:
            return False
        if t.text in self.calendar_surnames:
            return k != first_word or k + 1 >= len(tokens) or not tokens[k + 1].cap
        low = t.low  # (read once: a name token is asked for several times)
        if low == "new" and k + 1 < len(tokens) and tokens[k + 1].cap and tokens[k + 1].is_word:
            return True  # "New York", "New South Wales", "New Brunswick": a place's first word
        if low in NEVER_NAMES or low in CALENDAR:
            return False
        if k == first_word or (k > 0 and tokens[k - 1].text in _OPENING_MARKS):
            # a capitalised sentence opener is a name only if the article never writes it
            # lowercase, and it is no adverb ("Earlier, the head of NATO ...": not "Name, the role")
            return not (low in self.lowercase_words or low in OPENING_ADVERBS or low.endswith(ADVERB_ENDINGS))
        return True

    def named_apart(self, head: str, name: str, surname: str) -> bool:
        """Whether the story writes this person's name apart from the body word before it here:
        the full name after another word, or the surname alone after a lower-case word or a mark
        ("Dost said")."""
        if self._story is None:
            self._story = "\n".join(map(_TEXT, self._sentences))
        story = self._story
        if story.count(name) > story.count(f"{head} {name}"):
            return True
        alone = rf"(?:^|[^\w\s]\s*|\b[a-z]\w*\s+){re.escape(surname)}\b(?!\s+[A-Z])"
        return re.search(alone, story, re.M) is not None

    def chunk_kind(self, tokens: Sequence[Token], chunk: Label) -> str:
        words = tokens[chunk.a : chunk.b]
        first = words[0]
        if not self.lex.org_heads.isdisjoint(map(token_text, words)) or (
            # (a chunk opens with a word: when it is not all capitals, not all its words are)
            (first.all_caps or not first.is_word) and all(t.all_caps for t in words if t.is_word)
        ):
            return "org"
        # ("New York", no person; a head noun that is also a family name alone, "Park said", a name)
        if (
            words[-1].low in PLACE_HEADS and (len(words) > 1 or words[0].low not in SURNAME_PLACE_HEADS)
        ) or words[0].low == "new":
            return "place"
        if words[0].low in _STORM_WORDS:  # "Hurricane Ida", "Tropical Storm Nora": weather
            return "place"
        if len(words) >= 2 and words[-1].low in _MEMBERS_PLURAL:
            return "org"  # "Kell Valley Business Leaders": a body named by its members
        prev = tokens[chunk.a - 1].low if chunk.a > 0 else ""
        if prev in PLACE_PREPOSITIONS and len(words) >= 2:
            return "place"
        real = [t for t in words if t.is_word and t.low not in NAME_PARTICLES]
        if len(real) >= 2 and real[-1].low in self.lowercase_words:
            return "name"  # "Grand Prix", "Human Rights": the article writes the last word lowercase
        return "person" if len(real) >= 2 else "name"

    def is_person_like(self, tokens: Sequence[Token], chunk: Label) -> bool:
        return self.chunk_kind(tokens, chunk) in ("person", "name")


def merge_demonyms(
    tokens: Sequence[Token], labels: list[Label], covered: list, reader: NameReader, first_word: int
) -> list[Label]:
    """ "British Medical Association", "Asian Development Bank": a demonym that starts an
    organisation's name belongs to that name (its place label is dropped)."""
    for label in labels:
        if label.kind != "place":
            continue
        k = label.b
        while (
            k < len(tokens)
            and covered[k] is None
            and (reader.name_token(tokens, k, first_word) or tokens[k].low in ("for", "and", "of"))
        ):
            if tokens[k].text in reader.lex.org_heads:
                for j in range(label.a, label.b):
                    covered[j] = None
                label.kind = "merged"
                break
            k += 1
    return [label for label in labels if label.kind != "merged"]


def _name_run_end(tokens: Sequence[Token], k: int, covered: list, reader: NameReader, first_word: int) -> int:
    """End of a run of name words from ``k``, through particles and inner hyphens ("Abu al-Hassan",
    "Jean-Luc")."""
    while k < len(tokens):
        t = tokens[k]
        if covered[k] is None and reader.name_token(tokens, k, first_word):
            k += 1
        elif _plural_possessive_in_name(tokens, k, covered, reader):
            k += 2  # "the Kell Nurses' Union": the apostrophe is inside the body's name
        elif t.text == "-" and not t.space_before and _capital_word_at(tokens, k + 1, covered):
            k += 2
        elif (
            t.low in NAME_PARTICLES
            and (after := _past_particles(tokens, k))
            and _capital_word_at(tokens, after, covered)
        ):
            k = after + 1  # "von der Leyen", "de la Cruz", "van den Berg": particles may run in pairs
        else:
            break
    return k


def _past_particles(tokens: Sequence[Token], k: int) -> int:
    """Where the run of name particles from ``k`` ends (two at most: "von der", "de los")."""
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].low in NAME_PARTICLES:
        j += 1
    return j


def _capital_word_at(tokens: Sequence[Token], k: int, covered: list) -> bool:
    return k < len(tokens) and covered[k] is None and tokens[k].cap and tokens[k].is_word


def written_text(tokens: Sequence[Token]) -> str:
    """A run's words as written: no space inside a hyphened word or before a plural's apostrophe."""
    return " ".join(map(token_text, tokens)).replace(" - ", "-").replace(" ' ", "' ").replace(" ’ ", "’ ")


def _plural_possessive_in_name(tokens: Sequence[Token], k: int, covered: list, reader: NameReader) -> bool:
    """Whether ``tokens[k]`` is the bare apostrophe of a capitalised plural inside a body's name,
    an organisation's head word right after it ("Nurses' Union", "Farmers' Association")."""
    t = tokens[k]
    return (
        t.text in ("'", "’")
        and not t.space_before
        and k > 0
        and tokens[k - 1].cap
        and tokens[k - 1].text.endswith("s")
        and k + 1 < len(tokens)
        and covered[k + 1] is None
        and tokens[k + 1].text in reader.lex.org_heads
    )


def _org_name_end(
    tokens: Sequence[Token],
    a: int,
    k: int,
    covered: list,
    reader: NameReader,
    first_word: int,
    swallowed: list[Label],
) -> int:
    """ "Institute for Fiscal Studies", "University of Oxford": an organisation's name may run on
    through "of/for/and (the)" when it has an organisation's head word ("Ministry of Housing and
    Urban Development", but "the World Food Programme and Steinmeier" ends at the head word)."""
    heads = reader.lex.org_heads
    while (
        k + 1 < len(tokens)
        and tokens[k].low in ("of", "for", "and")
        and any(x.text in heads for x in tokens[a:k])
        and not (tokens[k].low == "and" and tokens[k - 1].text in heads)
    ):
        n = k + 1 + (1 if tokens[k + 1].low == "the" else 0)
        m2 = n
        while m2 < len(tokens) and covered[m2] is None and reader.name_token(tokens, m2, first_word):
            m2 += 1
        if m2 == n and _place_in_org_name(tokens, k, n, covered, heads):
            m2 = covered[n].b  # "Council of Europe", "Bank of Japan": the place is in the name
            swallowed.append(covered[n])
        if m2 == n:
            break
        k = m2
    return k


def _place_in_org_name(tokens: Sequence[Token], k: int, n: int, covered: list, heads) -> bool:
    place = covered[n] if n < len(tokens) else None
    return (
        place is not None
        and place.kind == "place"
        and place.a == n
        and tokens[k].low == "of"
        and tokens[k - 1].text in heads
        and not (place.b < len(tokens) and tokens[place.b].cap)
    )


def find_chunks(
    tokens: Sequence[Token], covered: list, reader: NameReader, first_word: int
) -> tuple[list[Label], list[Label]]:
    """Unknown capitalised chunks (candidate names), and the place labels that turned out to be
    part of an organisation's name."""
    chunks: list[Label] = []
    swallowed: list[Label] = []
    k = 0
    # a chunk starts at a capitalised token (name_token says no to any other): only those are
    # visited, in order, each once the last chunk has ended before it
    for at in compress(count(), map(_token_cap, tokens)):
        if at < k:
            continue
        k = at
        if covered[k] is not None or not reader.name_token(tokens, k, first_word):
            continue
        a = k
        k = _name_run_end(tokens, k + 1, covered, reader, first_word)
        k = _org_name_end(tokens, a, k, covered, reader, first_word, swallowed)
        k = _before_a_holder(tokens, a, k, reader)
        if _opens_portfolio(tokens, a, covered, chunks):
            k = min(k, _portfolio_run_end(tokens, a))
        chunks.append(Label("chunk", a, k, written_text(tokens[a:k])))
    return chunks, swallowed


def _before_a_holder(tokens: Sequence[Token], a: int, k: int, reader: NameReader) -> int:
    """Where a body's name ends when a person's name runs on from it with no comma ("the chief
    executive of Orvane Group Mira Dost said"): after its last head word, when the two or three
    name words after it are ones the story writes apart from the body (the name after a
    lower-case word, or the surname alone); else ``k``."""
    heads = reader.lex.org_heads
    h = next((j for j in range(k - 3, a - 1, -1) if tokens[j].text in heads), None)
    if h is None or not 2 <= k - h - 1 <= 3:
        return k
    if any(t.text in heads or not (t.is_word and t.cap) or t.all_caps for t in tokens[h + 1 : k]):
        return k  # (a name's words only: not "of Kenya", "Holdings", "PLC")
    name = written_text(tokens[h + 1 : k])
    return h + 1 if reader.named_apart(tokens[h].text, name, tokens[k - 1].text) else k


def _opens_portfolio(tokens: Sequence[Token], a: int, covered: list, chunks: list[Label]) -> bool:
    """Whether the capitalised run at ``a`` is a minister's portfolio written after the title
    ("Minister for Health", "Secretary for Home Affairs"), or the next part of one ("Minister for
    Health and Social Services"); a name may follow it ("... for Health Jane Roe")."""
    if a < 2 or tokens[a].low not in PORTFOLIO_NOUNS:
        return False
    before = tokens[a - 1].low
    if before in ("for", "of"):
        title = covered[a - 2]
        return title is not None and title.kind == "title" and title.value in ("minister", "secretary")
    return (
        before in ("and", "&", ",")
        and bool(chunks)
        and chunks[-1].b == a - 1
        and _opens_portfolio(tokens, chunks[-1].a, covered, chunks[:-1])
    )


def _portfolio_run_end(tokens: Sequence[Token], a: int) -> int:
    """The end of the portfolio's words from ``a``: "Health", "Foreign Affairs", "Social Services"."""
    k = a + 1
    while k < len(tokens) and tokens[k].cap and tokens[k].low in PORTFOLIO_TAILS:
        k += 1
    return k

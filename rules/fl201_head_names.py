"""FL201's reading of a late head's subject ("Dalmoor's Permanent Secretary for Health Ines
Corrado", "Vantish Rowing Union president Halvard Stenn", "Homeland Secretary Dorian Wexley")
into the three things that may tie the head to a story: their surname (the name's last word: a
first name the story gives someone else ties no one), the owner of their office (a place in the
possessive or a country's adjective opening the subject) and the words of their body or
portfolio ("Rowing Union", "Health"). A head is the story's own when the story names them by
surname, or names the words of their body or portfolio while it names their owner too or they
have none ("Vantish Football Federation president" where the story tells of football and of
Vantish players; "Health Secretary" in a health story). A country's official whose country the
story never names is another story's whatever portfolio word it shares ("Dalmoor's Secretary for
Health" in a story of three other districts' health drive); one of the story's country whose body
the story never tells is too ("Vantish Senate president" in a Vantish footballer's story)."""

from __future__ import annotations

from factlint.analysis.text import Token

# words of a head's title, the title's own words and an office's prefixes
_TITLE_WORDS = frozenset(
    "minister president premier secretary chancellor governor prime vice deputy acting chief "
    "general state the".split()
)
# words a portfolio opens with after a title ("Secretary for Health", "Minister of Trade")
_PORTFOLIO = frozenset("for of".split())
# endings of a country's or a people's adjective ("Vantish", "Ostrian", "Kessian", "Taiwanese")
_ADJECTIVE_ENDINGS = ("ian", "ean", "ish", "ese", "an", "i", "ic")


def _owner(tokens: tuple[Token, ...], first: int, verb: int) -> int | None:
    """Where the owner of the office stands: the subject's first word when a possessive follows
    it ("Dalmoor's") or it has a people's adjective's ending and more capitalised words follow."""
    t = tokens[first]
    if not (t.is_word and t.cap) or t.low in _TITLE_WORDS:
        return None
    if first + 1 < verb and tokens[first + 1].text in ("'s", "’s"):
        return first
    if t.low.endswith(_ADJECTIVE_ENDINGS) and first + 1 < verb and tokens[first + 1].cap:
        return first
    return None


def read_subject(
    tokens: tuple[Token, ...], first: int, verb: int, heads: frozenset[str]
) -> tuple[str | None, str | None, set[str]]:
    """The surname, the owner and the body's or portfolio's words of the subject that runs from
    ``first`` to the deed at ``verb``, whose last title word is one of ``heads``."""
    title = max((k for k in range(first, verb) if tokens[k].low in heads), default=None)
    if title is None:
        return None, None, set()
    owner = _owner(tokens, first, verb)
    after = [k for k in range(title + 1, verb) if tokens[k].is_word]
    caps = [k for k in after if tokens[k].cap]
    if not caps or len(caps) != len(after) - (1 if after and tokens[after[0]].low in _PORTFOLIO else 0):
        return None, None, set()  # (a name must follow the title: "Secretary Roe", "for Health Ines Roe")
    portfolio = tokens[after[0]].low in _PORTFOLIO
    name = caps[-2:] if portfolio and len(caps) > 2 else (caps[-1:] if portfolio else caps)
    body = {
        tokens[k].low
        for k in range(first, verb)
        if tokens[k].is_word
        and tokens[k].cap
        and k not in name
        and k != owner
        and tokens[k].low not in _TITLE_WORDS | heads
        and len(tokens[k].low) > 2
    }
    surname = tokens[name[-1]].low
    return surname, tokens[owner].low if owner is not None else None, body


def tied_to_the_story(owner: str | None, body: set[str], others: set[str]) -> bool:
    """Whether the owner and the body tie a head to the story whose other words are ``others``:
    the owner told (or none) and a word of the body told, or an owner told and no body at all."""
    if owner is not None and owner not in others:
        return False
    if not body:
        return owner is not None
    return bool(body & others)

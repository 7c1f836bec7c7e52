"""FL202: one person given a role on each of two sides that cannot be one person's at once.

- One office of one kind held for two different sides the story sets against each other: the
  manager of a club and of the club it played ("Dunmore manager Ian Roe" ... "Corra manager
  Roe"), the foreign minister of each of two countries at talks. Two sides count as such when
  one sentence of the story names both ("the 2-1 win over Corra", "talks between Velmoria and
  Corvale"); a club and a national side, or a firm and its parent, told apart elsewhere, are
  left alone (a coach may lead both, a chief executive may run both).
- A trade union's officer and a named company's executive ("union leader Ada Pell" ... "Harlow
  Steel's chief executive Ada Pell"): the two sides of a pay table.

``other_sides`` is asked by the role-change rule about each pair of a person's current roles
(``rules/fl202_role_change.py``), whose checks of a change of office said in between, of
"also" and of former titles apply to these pairs too.
"""

from __future__ import annotations

from factlint.analysis.mentions.model import RoleAssignment
from factlint.analysis.text import WORD
from factlint.linter.document import Document

# the kinds of office one person holds for one side only: a club's manager or coach, a
# country's head, minister or governor
_ONE_SIDE_GROUPS = frozenset({"club-manager", "coach", "head", "cabinet", "executive"})

# words before a title that name no side ("Government spokesman", "Club president")
_NO_SIDE = frozenset("government state federal club team national the a an his her their its".split())

# the words of a union's name that make it another kind of union (a bloc of states)
_NOT_A_TRADE_UNION = frozenset(
    "european african soviet customs postal monetary eurasian banking credit civil liberties".split()
)


def other_sides(doc: Document, lex, a: RoleAssignment, b: RoleAssignment) -> bool:
    """Whether ``a`` and ``b`` put one person on two sides at once: one office for two sides
    the story names together, or a union's officer and a company's executive."""
    if a.office == b.office:
        office = lex.office(a.office)
        return (
            office is not None
            and (office.unique or office.group == "coach")  # (one of a side's coaches)
            and office.group in _ONE_SIDE_GROUPS
            and _rival_sides(doc, _side(a), _side(b), a, b)
        )
    return _union_and_company(doc, lex, a, b) or _union_and_company(doc, lex, b, a)


def _side(role: RoleAssignment) -> tuple[str, ...]:
    """The words of the side a role is for ("Harbin Rovers" -> ("harbin", "rovers")), without a
    club's letters or a possessive; empty when no side is named."""
    name = role.mention.jurisdiction_text or role.jurisdiction or ""
    words = [w.lower() for w in WORD.findall(name)]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    words = [w for w in words if w not in _CLUB_LETTERS]
    if not words or all(w in _NO_SIDE for w in words):
        return ()
    return tuple(words)


_CLUB_LETTERS = frozenset("fc afc ac as sc cf fk cd".split())


def _rival_sides(
    doc: Document, one: tuple[str, ...], other: tuple[str, ...], a: RoleAssignment, b: RoleAssignment
) -> bool:
    """Whether two named sides differ (neither's words are within the other's: "Kelm" and "Kelm
    Town" are one club) and some sentence of the story names both. A sentence other than the
    two titles' that names both and the person says the person is with both ("Roe has led both
    Dunmore and Ruritania"): then they are not told as rivals."""
    if not one or not other or _within(one, other) or _within(other, one):
        return False
    who = (a.mention.name or "").lower().split()[-1:]
    rivals = False
    for i, sentence in enumerate(doc.sentences):
        words = tuple(w.lower() for w in WORD.findall(sentence.text))
        words = tuple(w[:-2] if w.endswith(("'s", "’s")) else w for w in words)
        if not (_named(one, other, words) and _named(other, one, words)):
            continue
        if (
            who
            and who[0] in words
            and i not in (a.mention.sentence, b.mention.sentence)
            and not _titled_for(words, who[0], (one, other))
        ):
            return False
        rivals = True
    return rivals


def _named(side: tuple[str, ...], rival: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a sentence names a side: in full, or by the last word of a two-word name when
    that word is its own ("Kelmont Chiefs" ... "Chiefs' 4-1 win"), five letters or more, not in
    the rival's name and saying no kind of club or school ("United", "State": the first word
    is often a place, "Oregon State" ... "took off for Oregon", and names no side)."""
    if _within(side, words):
        return True
    last = side[-1]
    return (
        len(side) == 2 and len(last) >= 5 and last not in _CLUB_KINDS and last not in rival and last in words
    )


# words of a club's name that many clubs share: a side is never named by one of them alone
_CLUB_KINDS = frozenset(
    "united city town county athletic athletico sporting rovers rangers wanderers albion "
    "celtic olympic olympique real dynamo racing stars national north south east west "
    "saint santa royal academy club team state university college tech".split()
)


def _titled_for(words: tuple[str, ...], who: str, sides: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the person is named in a sentence right after one side's name and a title of a
    few words ("Chippa United coach Dan Roe"): the sentence gives them to that side, not to both."""
    for k, w in enumerate(words):
        if w != who:
            continue
        for side in sides:
            n = len(side)
            for gap in range(1, 5):  # title words, and a first name
                start = k - gap - n
                if start >= 0 and words[start : start + n] == side:
                    return True
    return False


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(
        all(_one_word(p, w) for p, w in zip(part, whole[i : i + n])) for i in range(len(whole) - n + 1)
    )


def _one_word(a: str, b: str) -> bool:
    """One word, or a country's name and its adjective ("Velmoria", "Velmorian"; "Corvale",
    "Corvalian"): all but their last two letters shared, five at least."""
    if a == b:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return shared >= max(5, min(len(a), len(b)) - 2)


def _union_and_company(doc: Document, lex, union: RoleAssignment, company: RoleAssignment) -> bool:
    """Whether ``union`` is an officer's role of a trade union ("union leader Roe", "the nurses'
    union president, Roe") and ``company`` the executive role of a named company."""
    office = lex.office(company.office)
    if office is None or office.group != "corporate" or not _side(company):
        return False
    if "union" in _side(company):
        return False
    return _of_a_union(doc, union)


def _of_a_union(doc: Document, role: RoleAssignment) -> bool:
    """Whether a role's side is a trade union: "union" among the few words of its side or right
    before its title, not a bloc's ("European Union", "customs union")."""
    side = list(_side(role))
    if not side:
        m = role.mention
        text = doc.sentences[m.sentence].text
        title = role.title or ""
        before = text[max(0, m.start - 50) : m.end]
        at = before.lower().rfind(title.lower()) if title else -1
        side = [w.lower() for w in WORD.findall(before[:at] if at >= 0 else "")][-3:]
    if "union" not in side and "unions" not in side:
        return False
    return not any(w in _NOT_A_TRADE_UNION for w in side)

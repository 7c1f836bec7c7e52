"""One event that happens once to one subject, and the value the story tells it with: a player's
goal and its minute ("Roe scored a 38th-minute goal" / "in the 36th minute when Roe ... shot"),
an election named by its date ("the October 22 election" / "the October 29 vote"), a person's
one-time start ("Ruby joined the assembly in 1976" / "Ruby entered the assembly in 1978") and a
career count's ordinal ("her 19th career title" / "her 18th career title").

The general notion: a one-time event of one subject has one time, one count. Each reader keeps a
value only where the words tie it to its event and its subject, and leaves it out where the
clause or the story tells of more than one such event ("his second goal", "twice", "the two
elections", "a run-off", "rejoined", "re-elected"; for a vote dated inside its own noun phrase,
"re-elected in the December 29 vote", only that phrase and the words after it count) or of another moment ("last year", "could win
her 20th"). A key told with three values or more is left out (several events of the kind); so is
an ordinal spelled out ("his second term": a place in a sequence, not a running count) and a
count whose noun the story also puts in the plural ("his prior two terms").
Pure functions of a document's sentences (and, for dates, its date mentions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .event_values import once_told, said_of_subject
from .text import word_tokens
from .times import _EVENT_OF, INCIDENTS, conflict
from .words import MONTHS, STOPWORDS, WEEKDAYS


@dataclass(frozen=True)
class Once:
    sentence: int
    start: int
    end: int
    text: str  # the value as written
    key: str  # the event and its subject: "goal:roe", "title:tull:career title", "elect"
    value: int  # a minute, an ordinal, a date as yyyymmdd, a year
    what: str  # for a message: "the minute of Roe's goal"


_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


def _ordinal_at(toks, k: int) -> tuple[int, int] | None:
    """The ordinal written in figures at token k ("38" "th") and the index after it. (A word
    ordinal, "his second term", "her third wife", is a place in a sequence, not a running
    count or a minute: it is not read.)"""
    t = toks[k]
    if t.low.isdigit() and k + 1 < len(toks) and toks[k + 1].low in _ORDINAL_SUFFIX:
        if not toks[k + 1].space_before:
            return int(t.low), k + 2
    return None


def _clause_bounds(toks, k: int) -> tuple[int, int]:
    """Token bounds of the clause round token k: cut at commas, semicolons, colons, brackets, dashes."""
    cuts = {",", ";", ":", "(", ")", "[", "]", "—", "–"}
    lo = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text in cuts), 0)
    hi = next((j for j in range(k, len(toks)) if toks[j].text in cuts), len(toks))
    return lo, hi


def _is_name(toks, j: int) -> bool:
    t = toks[j]
    if not (t.cap and t.is_word) or t.low in STOPWORDS or t.low in MONTHS or t.low in WEEKDAYS:
        return False
    return j > 0 or (len(toks) > 1 and toks[1].cap)  # a sentence's first word only in a name


# -- a goal's minute -------------------------------------------------------------------------
_SCORING = frozenset(
    "scored score scores netted shot struck headed fired slotted curled volleyed tapped "
    "converted equalised equalized goal header strike equaliser equalizer winner opener".split()
)
# a shot that missed, a goal that did not count, another moment of the player's
_NOT_A_GOAL = frozenset("saved missed disallowed offside ruled cancelled booked substituted".split())
_MISSED = frozenset("wide over against high".split())  # right after the shot: "shot wide"
# words of the story that give a player more than one goal
_SEVERAL_GOALS = frozenset("twice brace double hat-trick hat again both".split())
# a minute counted within a half, or beyond the ninety
_OTHER_CLOCK = frozenset("half stoppage added extra injury".split())


def _minutes(index: int, text: str, known: frozenset[str]) -> list[tuple[str, Once]]:
    toks = word_tokens(text)
    found = []
    for k in range(len(toks) - 2):
        o = _ordinal_at(toks, k)
        if o is None:
            continue
        n, j = o
        if j < len(toks) and toks[j].low == "-":
            j += 1
        if j >= len(toks) or toks[j].low != "minute":
            continue
        found.append((k, j, n))
    out = []
    if len(found) != 1:
        return out  # two minutes in one sentence: two goals, or a goal and another moment
    k, j, n = found[0]
    lo, hi = _clause_bounds(toks, k)
    words = [t.low for t in toks[lo:hi]]
    if set(words) & (_NOT_A_GOAL | _OTHER_CLOCK):
        return out
    score = next((x for x in range(lo, hi) if toks[x].low in _SCORING and x != j), None)
    if score is None or (score + 1 < len(toks) and toks[score + 1].low in _MISSED):
        return out
    # the scorer: the last name before the scoring word in the clause ("Kai Roe scored", "when
    # Roe turned ... and shot"), or the owner of the goal ("Roe's 38th-minute goal")
    who = next((x for x in range(score - 1, lo - 1, -1) if _is_name(toks, x) or toks[x].low in known), None)
    if who is None:
        return out
    name = toks[who].low
    out.append(
        (
            name,
            Once(
                index,
                toks[k].start,
                toks[j].end,
                text[toks[k].start : toks[j].end],
                f"goal:{name}",
                n,
                f"the minute of {toks[who].text}'s goal",
            ),
        )
    )
    return out


def _several_goals(doc, name: str) -> bool:
    """The story gives the player more than one goal: "twice", "a brace", "his second", "another
    goal", two minutes in one of its sentences."""
    for s in doc.sentences:
        toks = word_tokens(s.text)
        lows = [t.low for t in toks]
        if name not in lows:
            continue
        if set(lows) & _SEVERAL_GOALS:
            return True
        for a, b in zip(lows, lows[1:]):
            if a in {"another", "second", "third"} and b in _SCORING | {"time"}:
                return True
            if a in {"his", "her"} and b in {"second", "third", "another"}:
                return True
            if a in {"scored", "added", "netted", "grabbed"} and b in {"another", "again", "two", "three"}:
                return True
    return False


def goal_minutes(doc) -> list[Once]:
    out = []
    known = None
    for s in doc.sentences:
        if "minute" in s.text:
            known = _names_mid_sentence(doc) if known is None else known
            out.extend(_minutes(s.index, s.text, known))
    return [o for name, o in out if not _several_goals(doc, name)]


# -- a career count's ordinal ("her 19th career title") ----------------------------------------
_POSSESSIVE = frozenset({"his", "her", "their", "its"})
# words of the clause that put the count in another frame: a plan or a bid, a count within a
# season, a place or a span, an earlier or later one
_OTHER_COUNT = frozenset(
    "could would will might may bid seeking seek chasing chase aiming aim chance hoping hope try "
    "attempt going last previous next earlier later since ago then before after season year "
    "month week row straight consecutive so far at of this".split()
)


def _first_name(toks, end: int, known: frozenset[str]) -> str | None:
    """The last word of the first name among toks[:end] (a sentence's first word where the story
    names it mid-sentence too)."""
    for j in range(end):
        if _is_name(toks, j) or (j == 0 and toks[0].low in known):
            while j + 1 < end and _is_name(toks, j + 1):
                j += 1
            return toks[j].low
    return None


def _owner(doc, index: int, toks, k: int, known: frozenset[str]) -> str | None:
    """Whose count: the name whose "'s" comes before the ordinal, or for "his"/"her" the first name
    of the sentence (its subject), or of the sentence before."""
    if (
        toks[k - 1].low in {"'s", "’s", "'", "’"}
        and k >= 2
        and (_is_name(toks, k - 2) or toks[k - 2].low in known)
    ):
        return toks[k - 2].low
    own = _first_name(toks, k - 1, known)
    if own is None and index > 0:
        prev = word_tokens(doc.sentences[index - 1].text)
        own = _first_name(prev, len(prev), known)
    return own


def _names_mid_sentence(doc) -> frozenset[str]:
    """Names the story gives mid-sentence, or first in a sentence with a possessive ("Vosk's")."""
    out = set()
    for s in doc.sentences:
        toks = word_tokens(s.text)
        for j, t in enumerate(toks):
            owns = j == 0 and len(toks) > 1 and toks[1].low in {"'s", "’s", "'", "’"}
            if (j > 0 or owns) and t.cap and t.is_word:
                out.add(t.low)
    return frozenset(out)


# verbs a noun phrase ends before ("her 30th career win came on Sunday"; "-ed" ones too)
_VERBS = frozenset(
    "came comes come was is were be been has had have made makes took takes began begins saw sees "
    "went goes got gets gave gives brought brings left leaves won wins lost loses".split()
)


_WIN = frozenset({"win", "victory", "triumph"})


def _in_sets(toks, n: int) -> bool:
    """Token n is "straight" of "in straight sets" (a match's sets, not a run of titles)."""
    return toks[n].low == "straight" and n + 1 < len(toks) and toks[n + 1].low in {"sets", "games"}


def _noun_at(toks, j: int) -> tuple[list[str], int]:
    """The counted noun (three words at most) from token j, and the index after it; a "win"
    closing it is left out ("her 18th title win": the title)."""
    noun: list[str] = []
    while j < len(toks) and toks[j].is_word and toks[j].low not in STOPWORDS and len(noun) < 3:
        low = toks[j].low
        if low in WEEKDAYS or low in _OTHER_COUNT or low in _VERBS or (noun and low.endswith("ed")):
            break
        noun.append(low)
        j += 1
    if len(noun) > 1 and noun[-1] in _WIN:
        noun.pop()
        j -= 1
    return noun, j


def _owned(toks, k: int) -> bool:
    """Token k follows an owner: "her", "Tull's", "Serrans'", or "the" (owned where "of her
    career" follows the noun)."""
    before = toks[k - 1].low
    if before in {"'", "’"}:
        return (
            k >= 2 and toks[k - 2].low.endswith("s") and toks[k - 2].cap and toks[k - 2].low not in STOPWORDS
        )
    return before in _POSSESSIVE | {"'s", "’s", "the"}


# "career" adds nothing to a count: "her 19th career title" and "her 18th title" count the same
# things. A circuit's word does ("her 15th tour title" is not "her 19th title": other titles are no
# tour titles), save beside a count told as the whole career: "the 19th tour singles title of her
# career" counts what "her 18th singles title" does.
_CAREER = "career"
_CIRCUIT = frozenset({"tour", "tour-level", "professional", "pro"})


def _of_career(toks, j: int) -> bool:
    """The noun ending at token j is told "of her career" ("the 19th major title of her career")."""
    return [t.low for t in toks[j : j + 3]] in (["of", p, "career"] for p in _POSSESSIVE)


def career_ordinals(doc) -> list[Once]:
    """Each count of one owner's things told with a figure ordinal, "her 19th career title";
    a noun the story also names in the plural ("his prior two terms") is left out: the story
    tells of several of them."""
    plural = {t.low for s in doc.sentences for t in word_tokens(s.text) if t.low.endswith("s")}
    read: list[tuple[int, int, int, str, str, str, int, bool]] = []
    known: frozenset[str] | None = None
    for s in doc.sentences:
        toks = word_tokens(s.text)
        if any(t.low.isdigit() and len(t.low) == 4 for t in toks) or any(t.low in MONTHS for t in toks):
            continue  # a dated count: "her 18th title in 2011" may be another one
        for k in range(1, len(toks)):
            if not _owned(toks, k):
                continue
            o = _ordinal_at(toks, k)
            if o is None:
                continue
            n, j = o
            noun, j = _noun_at(toks, j)
            if not noun:
                continue  # "her third this year": no noun of its own
            career = _of_career(toks, j)
            if toks[k - 1].low == "the" and not career:
                continue  # "the 19th title": whose, only "of her career" says
            lo, _ = _clause_bounds(toks, k)
            tail = []
            for t in toks[j + 3 * career : j + 3 * career + 4]:
                if not t.is_word or t.low in {"and", "but", "while", "as"} or t.low in _VERBS:
                    break
                tail.append(t.low)
            clause = {t.low for n2, t in enumerate(toks[lo:k], lo) if not _in_sets(toks, n2)}
            if clause & _OTHER_COUNT or set(tail) & _OTHER_COUNT:
                continue
            if known is None:
                known = _names_mid_sentence(doc)
            owner = _owner(doc, s.index, toks, k - 1 if toks[k - 1].low in _POSSESSIVE else k, known)
            if owner is None:
                continue
            if any(w + "s" in plural or w + "es" in plural for w in noun):
                continue
            counted = " ".join(w for w in noun if w != _CAREER) or " ".join(noun)
            told = s.text[toks[k].start : toks[j + 2 * career].end if career else toks[j - 1].end]
            whole = career or _CAREER in noun
            read.append((s.index, toks[k].start, toks[j - 1].end, told, owner, counted, n, whole))
    return _merged(read)


def _merged(read: list[tuple[int, int, int, str, str, str, int, bool]]) -> list[Once]:
    """The counts keyed by owner and noun; a count told as the whole career takes the key of the
    same owner's count told without its circuit word ("tour singles title" of her career, beside
    "singles title")."""
    keys = {(owner, counted) for _, _, _, _, owner, counted, _, _ in read}
    out = []
    for sentence, start, end, told, owner, counted, n, whole in read:
        plain = " ".join(w for w in counted.split() if w not in _CIRCUIT)
        if whole and plain and plain != counted and (owner, plain) in keys:
            counted = plain
        out.append(
            Once(sentence, start, end, told, f"count:{owner}:{counted}", n, f"the count of {counted}s")
        )
    return out


# -- an election named by its date ("the October 22 election") ---------------------------------
_ELECTION = frozenset({"election", "vote", "poll", "ballot", "referendum"})
# words of the story that tell of more than one vote
_SEVERAL_VOTES = frozenset("elections referendums ballots runoff runoffs round rounds".split())


# what may stand between an election's noun and "on" before its date ("the election held on May 22")
_HELD = frozenset({"held", "staged"})
# the nouns read before a date: an election's own ("vote", "poll" there are also a verb and a
# survey: "they vote on May 22")
_NAMED_BEFORE = frozenset({"election", "elections", "referendum"})


def _named_before(text: str, start: int) -> int | None:
    """The offset of the election noun that a date names from before: "the general election
    (held) on May 22", "parliamentary elections held on May 22" (one polling day: several
    contests, one date)."""
    toks = word_tokens(text[:start])
    if len(toks) < 2 or toks[-1].low != "on":
        return None
    k = len(toks) - 2
    if toks[k].low in _HELD and k > 0:
        k -= 1
    return toks[k].start if toks[k].low in _NAMED_BEFORE else None


# the words that open an election's noun phrase before its date ("in the December 29 vote")
_OPENS_PHRASE = frozenset({"the", "a", "this", "that", "its", "their"})
# the words of a clause that date its vote before the story's own
_EARLIER = frozenset("first earlier previous previously once last former".split())
_CLAUSE = re.compile(r"[,;:()\[\]—–]")


def _phrase_start(text: str, start: int) -> int:
    """Where the noun phrase that ends in a date opens: its determiner right before the date,
    or the date itself where none stands there."""
    toks = word_tokens(text[:start])
    return toks[-1].start if toks and toks[-1].low in _OPENS_PHRASE else start


def dated_elections(doc, dates) -> list[Once]:
    # a plural election noun that names one polling day by its date tells of no second vote
    dated_plural = {
        (d.sentence, at)
        for d in dates
        if (at := _named_before(doc.sentences[d.sentence].text, d.start)) is not None
    }
    several = _SEVERAL_VOTES | {"run-off", "run-offs"}
    if "run-off" in doc.text.lower() or any(
        t.low in several and (n, t.start) not in dated_plural
        for n, s in enumerate(doc.sentences)
        for t in word_tokens(s.text)
    ):
        return []
    out = []
    for d in dates:
        if d.month is None or d.day is None or d.relative or d.in_list:
            continue
        text = doc.sentences[d.sentence].text
        after = word_tokens(text[d.end :])
        before = None if d.modal else _named_before(text, d.start)
        noun_after = bool(after) and after[0].low in _ELECTION
        if not (noun_after or before is not None):
            continue
        # "re-elected in the December 29 vote": the date is the vote's own, set in its noun
        # phrase, so a repeat word before the phrase tells of the person's terms, not of a
        # second vote; the phrase itself and the words after it still must tell of one
        # ("first elected in the May 2 vote" still tells of an earlier vote)
        told_from = _phrase_start(text, d.start) if noun_after and before is None else 0
        if not once_told(text[told_from:], d.start - told_from, d.end - told_from):
            continue
        if told_from and _EARLIER & {t.low for t in word_tokens(_CLAUSE.split(text[:told_from])[-1])}:
            continue
        value = (d.year or 0) * 10000 + d.month * 100 + d.day
        out.append(Once(d.sentence, d.start, d.end, d.text, "elect", value, "the date of the election"))
    return out


# -- a person's one-time start ("joined the assembly in 1976") ---------------------------------
_START = frozenset({"join", "enter"})


def _object(text: str, start: int, event: str) -> str | None:
    """The last content word between the event verb and the date: "assembly" of "joined the
    Harlow Assembly in"."""
    toks = word_tokens(text[:start])
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low.startswith(event)), None)
    if at is None:
        return None
    words = [t.low for t in toks[at + 1 :] if t.is_word and t.low not in STOPWORDS]
    return words[-1] if words else None


def started(doc, dates) -> list[Once]:
    out = []
    for d in dates:
        if d.event not in _START or d.year is None or d.month is not None or d.relative:
            continue
        if d.in_list or d.modal or d.repeated or d.preposition != "in" or not d.subject:
            continue
        text = doc.sentences[d.sentence].text
        if not once_told(text, d.start, d.end) or not said_of_subject(text, d.start, d.event, d.subject):
            continue
        what = _object(text, d.start, d.event)
        if what is None:
            continue
        out.append(
            Once(
                d.sentence,
                d.start,
                d.end,
                d.text,
                f"start:{d.subject}:{what}",
                d.year,
                f"when {d.subject.title()} first entered the {what}",
            )
        )
    return out


# -- an incident's clock time, written onto its noun ("a blast at about 6.30am") --------------
def _attached(text: str, t) -> bool:
    """The time is written onto its event's word: a word of the event's class among the five
    words before it in its clause ("a blast at about 6.30am", "the blast, which happened about")."""
    before = [w.low for w in word_tokens(text[: t.start]) if w.is_word][-5:]
    return any(_EVENT_OF.get(w) == t.event for w in before)


def incident_times(doc, times) -> list[tuple]:
    """Pairs (earlier, later) of clock times of the one incident the story is about, each written
    onto the incident's word, in one zone, neither another occurrence, a plan, another day or
    another step of it (``times.same_event`` less its test of who acted: the rescuers' story
    may time the blast), and the incident given no third time."""
    usable = [
        t
        for t in times
        if t.event in INCIDENTS
        and not (t.modal or t.another or t.other_day or t.phase or t.rank)
        and _attached(doc.sentences[t.sentence].text, t)
    ]
    out = []
    for i, b in enumerate(usable):
        for a in usable[:i]:
            if a.sentence == b.sentence or a.event != b.event or a.zone != b.zone:
                continue
            if a.days and b.days and not a.days & b.days:
                continue
            if conflict(a, b) and len({(t.lo, t.hi) for t in usable if t.event == b.event}) == 2:
                out.append((a, b))
                break
    return out


def conflicts(found: list[Once]) -> list[tuple[Once, Once]]:
    """Pairs (earlier, later) of one key with two values, in two sentences, where the key has
    exactly two values in the story."""
    values: dict[str, set[int]] = {}
    for o in found:
        values.setdefault(o.key, set()).add(o.value)
    out = []
    seen = set()
    for i, b in enumerate(found):
        if len(values[b.key]) != 2:
            continue
        a = next(
            (a for a in found[:i] if a.key == b.key and a.value != b.value and a.sentence != b.sentence), None
        )
        if a is not None and (a.sentence, b.sentence) not in seen:
            seen.add((a.sentence, b.sentence))
            out.append((a, b))
    return out

"""FL401's reading of tolls: counts of the dead, injured, rescued or missing, and whether two of
them are one figure or parts of one (hospital and scene counts, roles and manifests, tolls a
sentence splits by place or confirms, counts added later, rescuers' own shares)."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from factlint.analysis.count_facts import countries_named
from factlint.analysis.figure_compare import counts_people
from factlint.analysis.figure_types import Quantity
from factlint.analysis.text import LOOSE_WORD
from factlint.analysis.tolls import count_places


_CANDIDATES = 50  # earlier figures compared per key (the latest)


_IN_HOSPITAL = frozenset({"hospital", "in-hospital"})


def _scene_and_hospital(text: str) -> bool:
    """A sentence that names both the place of the accident and the hospital, the two places
    every death of it happened."""
    words = {w.lower() for w in LOOSE_WORD.findall(text)}
    return bool(words & _SCENE) and bool(words & {"hospital", "hospitals"})


_SCENE = frozenset({"scene", "site", "spot"})


def _exact_tolls(
    qs: list[Quantity], split: set, bounds: tuple[str, ...], roles: bool = False
) -> list[Quantity]:
    """Death tolls of people as such (``roles``: or by a role, "three climbers died"), each a
    whole (not a part a sentence splits off), plain (not approximate, changing, forecast or
    scoped) and of one of ``bounds`` ("" exact, "lower" at least)."""
    return [
        q
        for k, q in enumerate(qs)
        if k not in split
        and q.kind == "count"
        and q.event == "death"
        and (roles or counts_people(q))
        and q.bound in bounds
        and not (q.approx or q.changes or q.modal or q.upper or q.scope)
    ]


def _hospital_part(a: Quantity, fa, b: Quantity, fb) -> bool:
    """ "injuring over 50" / "over two dozen injured have been admitted to hospitals": those taken
    to hospital are a part of the injured, so the smaller count is no second figure for them;
    only a part larger than its whole disagrees."""
    predicates = {fa.predicate, fb.predicate} if fa and fb else set()
    if len(predicates) != 2 or predicates - _IN_HOSPITAL != {"injury"}:
        return False
    part, whole = (a, b) if fa.predicate in _IN_HOSPITAL else (b, a)
    if part.bound == "upper" or whole.bound == "lower":
        return True
    return part.base_value <= whole.base_value * (1.15 if whole.approx else 1.0)


_NOT_A_ROLE = frozenset({None, "person", "people", "victim", "life", "fatality", "death", "dead"})


def _one_role_part(a: Quantity, b: Quantity) -> bool:
    """ "killed 14 people, including five hikers" / "Three hikers were among those killed": the
    same role's part of one toll, given twice, is one figure even where a sentence splits the toll."""
    return a.head == b.head and a.head not in _NOT_A_ROLE and a.event == b.event and a.event is not None


def _echoes_earlier(qs: list[Quantity], bi: int, ai: int, seen: set) -> bool:
    """ "40 dead in Haiti, 16 in Cuba" … "A total of 16 people were killed": a figure the story
    gave before for the same event, not in conflict with the figure it now meets, is most likely
    that one again (another place's or group's count), not a new value of this one."""
    a, b = qs[ai], qs[bi]
    if not b.event:
        return False  # counts of no event ("a 21-man roster") are restated by their words
    for e in qs[max(0, bi - _CANDIDATES) : bi]:
        if (
            e.sentence != b.sentence
            and e.kind == b.kind
            and e.event == b.event
            and e.base_value == b.base_value
            and (min(a.sentence, e.sentence), max(a.sentence, e.sentence)) not in seen
            and (a.sentence, e.sentence) not in seen
        ):
            return True
    return False


def _part_of_told_whole(qs: list[Quantity], ai: int, bi: int, sentences) -> bool:
    """A part against its whole where one sentence gives both: "a 32-month term, with 20 months
    suspended" / "32 months in prison" (the whole is told again beside the part), or "three
    counts of fraud and one count of conspiracy" / "four counts" (the items add up to the other's
    figure). Another whole ("30 months") or another sum ("five counts") still disagrees."""
    for pi, wi in ((ai, bi), (bi, ai)):
        part, whole = qs[pi], qs[wi]
        if part.base_value >= whole.base_value or part.kind != whole.kind:
            continue
        mates = [
            q
            for q in qs[max(0, pi - 8) : pi + 9]
            if q.sentence == part.sentence and q is not part and q.unit == whole.unit and q.kind == whole.kind
        ]
        if part.kind == "measure" and part.attribute and part.attribute == whole.attribute:
            if any(q.base_value == whole.base_value for q in mates):
                return True  # the whole beside its part (however the sentence words it), then alone
        elif part.kind == "count" and part.head and part.head == whole.head:
            items = [q.base_value for q in mates if q.head == part.head and q.event == part.event]
            # "one count of conspiracy" is an item the figures leave out ("one" is read as a word)
            words = [w.lower() for w in LOOSE_WORD.findall(sentences[part.sentence].text)]
            items += [1.0 for w, nxt in zip(words, words[1:]) if w == "one" and nxt == part.head]
            if items and part.base_value + sum(items) == whole.base_value:
                return True  # the items of a list against their sum
    return False


def _group_words(group: str) -> str:
    """ "boy" -> "boys", "death" -> "dead": the group of an age range as the message names it."""
    return {"death": "dead", "injury": "injured"}.get(group) or f"{group}s"


_TO_DATE_AFTER = frozenset({"by", "until", "till", "through"})
_DAY_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _bound_met_to_date(a: Quantity, b: Quantity, sentences) -> bool:
    """ "At least 32 bodies have been recovered" / "68 bodies have been recovered so far", "the toll,
    confirmed at 279 by June 16": a toll stated as "at least" and a larger count said to be the
    count to a day (or "so far"): the bound is met, the count is the later one."""
    for low, high in ((a, b), (b, a)):
        if low.bound != "lower" or high.bound or high.base_value <= low.base_value:
            continue
        if not low.text.lower().startswith(("at least", "no fewer than")):
            continue
        words = [w.lower() for w in LOOSE_WORD.findall(sentences[high.sentence].text[high.end :])]
        if any(w == "so" and nxt == "far" for w, nxt in zip(words, words[1:])):
            return True
        for w, nxt, third in zip(words, words[1:], [*words[2:], ""]):
            if (
                w == "as"
                and nxt == "of"
                or w in _TO_DATE_AFTER
                and (nxt in _DAY_WORDS or nxt.isdigit() and third in _DAY_WORDS)
            ):
                return True  # "as of Monday", "by June 16", "by 16 June"

    return False


def _plain_bodies(q: Quantity) -> bool:
    """A count of bodies recovered or found, all of them so far ("31 bodies have been recovered"),
    not a part ("five of the 31 bodies") nor more of them ("another seven bodies")."""
    return (
        q.kind == "count"
        and (q.head == "body" or q.attribute == "body")
        and q.event is None
        and not (q.bound == "upper" or q.changes or q.modal or q.upper or q.scope)
    )


_OWN_RESCUES = re.compile(r"\b(?:it|its|they|their|we|our)\b(?:\s+[\w-]+){0,2}\s+rescued\b", re.IGNORECASE)


def _rescuers_named(sentences, first: int, second: int) -> bool:
    """ "The Coast Guard said its helicopters rescued more than 50 people": one rescuer's share of
    those rescued, not the count of all rescued."""
    return _own_rescue(sentences[first].text) or _own_rescue(sentences[second].text)


@lru_cache(maxsize=4096)  # asked for every pair of rescue figures: a live blog has thousands
def _own_rescue(text: str) -> bool:
    return _OWN_RESCUES.search(text) is not None


def _role_part(qs: list[Quantity], i: int, bi: int, lone: set[int]) -> bool:
    """Of a toll given as people and one given by a role ("10 concertgoers"), the role count may
    be a part: one of a list of roles ("78 elderly people and 56 children"), or a group far
    smaller than the whole ("21 members of its Navy were wounded" against "more than 4,000")."""
    role, people = (bi, i) if counts_people(qs[i]) else (i, bi)
    if qs[role].head in {"woman", "man"}:
        return True  # "31 were women" of "58 killed": one sex is a part of the toll
    return role not in lone or qs[role].base_value < qs[people].base_value / 2


def _lone_counts(qs: list[Quantity]) -> set[int]:
    """Counts that are the only count in their sentence: "the deaths of 10 concertgoers" may be
    the toll; "78 elderly people and 56 children were killed" lists parts of it."""
    per_sentence: dict[tuple, list[int]] = defaultdict(list)
    for k, q in enumerate(qs):
        if q.kind == "count":
            # "133 worshippers were killed and 48 injured": the 48 is of another event, so the 133
            # is still the only count of the dead
            per_sentence[(q.sentence, q.event)].append(k)
    return {ks[0] for ks in per_sentence.values() if len(ks) == 1}


def _toll_beside(qs: list[Quantity], k: int) -> Quantity | None:
    """The death toll given in figure ``k``'s sentence before it, or in the sentence before."""
    q = qs[k]
    for t in reversed(qs[max(0, k - 8) : k]):
        if t.sentence < q.sentence - 1:
            break
        if t.kind == "count" and (t.event == "death" or (t.event is None and t.attribute == "risen")):
            return t
    return None


def _beside_tolls_of_two_stages(qs: list[Quantity], ai: int, bi: int) -> bool:
    """Counts of the missing each given beside a death toll, one toll told as risen past the
    other ("the toll has risen to 45, with 47 still missing" / "27 died and three are missing"):
    the search moves people from missing to dead, so these are counts of two stages of it, not
    two figures for one. Two tolls both said to have risen, or neither, leave the counts to be
    compared; so do counts of the injured, which the search does not move."""
    a, b = qs[ai], qs[bi]
    if not a.event == b.event == "missing":
        return False
    ta, tb = _toll_beside(qs, ai), _toll_beside(qs, bi)
    if ta is None or tb is None:
        return False
    ca, cb = ("updated" in ta.scope or ta.changes), ("updated" in tb.scope or tb.changes)
    if ca == cb:
        return False
    grown, other = (ta, tb) if ca else (tb, ta)
    return grown.base_value > other.base_value


def _superseded_later(b: Quantity, updates: dict, qs: list[Quantity]) -> bool:
    """A toll the article later updates to another figure ("At least 68 persons have died ...
    Subsequent media reports said the toll stood at 132"): an earlier count, not a contradiction."""
    last = updates.get(b.event) if b.event else None
    return last is not None and qs[last[0]].sentence > b.sentence and last[1] != b.base_value


_TOLL_EVENTS = frozenset(
    {"death", "injury", "missing", "arrest", "rescue", "evacuation", "hospital", "aboard", "survival"}
    | {"critical", "serious", "stable", "minor"}
)


def _one_toll(a: Quantity, b: Quantity, pa: Quantity, pb: Quantity) -> bool:
    """Two counts of one kind of toll whose sentences name different sources, towns or venues
    ("injured nine people at a water-park near Detroit" / "10 people were injured when a gunman
    opened fire at Brooklands Plaza Splash Pad in Michigan"): the names tell the counts apart only
    when both place the count itself ("13 in New York City" / "five in Pennsylvania"). Counts far
    apart in size ("nearly 3,000" / "12") are more likely two events than one told twice."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    if not (counts_people(a) and counts_people(b) or _one_role_part(a, b)):
        return False  # "killing four women" / "left five people dead": a role may be a part
    if bool(pa.names) != bool(pb.names):
        return False  # one placed, one not: a place's part against the whole, perhaps
    small, big = sorted((a.base_value, b.base_value))
    return small > 0 and big <= 3 * small


def _placed_part(a: Quantity, b: Quantity, pa: Quantity, pb: Quantity, sentences) -> bool:
    """A toll given for one named place ("In Machala, at least nine deaths were reported") below
    one given for no place that says it spread over places ("At least 14 deaths were confirmed,
    most of them in the province"): that place's part of it. Without such words the place is
    most often where the one event happened, and two reports' tolls there disagree."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    if not (counts_people(a) and counts_people(b)) or bool(pa.names) == bool(pb.names):
        return False  # "taken to four hospitals in the city" counts no people
    part, whole = (a, b) if pa.names else (b, a)
    return part.base_value < whole.base_value and bool(_SPREAD.search(sentences[whole.sentence].text))


def _town_part(a: Quantity, b: Quantity, sentences) -> bool:
    """ "At least 30 were killed after a quake struck Ostland" / "houses collapsed in the town of
    Arvo, killing at least 4": a toll of a disaster that strikes a wide area (a quake, a storm, a
    flood), against a smaller toll whose sentence names a town, village or district "of" a name
    the larger toll's sentence does not: that place's part of it. Not for a crash or a fire,
    whose toll is all in the one place it happened."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    part, whole = (a, b) if a.base_value < b.base_value else (b, a)
    if part.base_value == whole.base_value or part.bound == "upper":
        return False
    found = _LOCALITY.search(sentences[part.sentence].text)
    whole_text = sentences[whole.sentence].text
    return bool(found and found["name"] not in whole_text and _WIDE_DISASTER.search(whole_text))


_LOCALITY = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}?(?:town|village|city|district|municipality|province|county)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]+)"
)
_WIDE_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|storms?|floods?|flooding|hurricanes?|typhoons?|cyclones?|"
    r"tsunamis?|monsoon|heatwaves?)\b",
    re.IGNORECASE,
)


# a toll said to be spread over places: "most of them in", "across the region", "in several towns"
_SPREAD = re.compile(
    r"\b(?:most|many|some|several|all|half) of them\b|\bacross\b|\bin (?:several|many|\w+ different)\b"
)


def _placed_apart(pa: Quantity, pb: Quantity) -> bool:
    """Both counts placed, in different places ("died in the province" / "died in that region")."""
    return bool(pa.names and pb.names and not (pa.names & pb.names))


_ALSO = re.compile(
    r"\b(?:one|two|three|another|\d+)\b[^.;]{0,40}?\balso\b[^.;]{0,20}?\b(?P<event>injured|hurt|wounded|killed|died|dead)\b",
    re.IGNORECASE,
)
_ALSO_EVENTS = {
    "injured": "injury",
    "hurt": "injury",
    "wounded": "injury",
    "killed": "death",
    "died": "death",
    "dead": "death",
}


def _restated_figures(qs: list[Quantity]) -> dict[int, set[tuple]]:
    """Per sentence, its plain counts of a named noun ("173 passengers"): two sentences sharing
    one restate the same list, and their other counts of one noun are one thing."""
    out: dict[int, set[tuple]] = defaultdict(set)
    for q in qs:
        if (
            q.kind == "count"
            and q.head
            and not (q.approx or q.bound or q.compound or q.word_form)
            and q.value >= 10
        ):
            out[q.sentence].add((q.head, q.value))
    return out


_ABOARD_ROLES = frozenset({"passenger", "crew"})
# "The dead included 10 children", "86, including 15 children": a role's share of the toll
_PART_OF_TOLL = re.compile(
    r"(?:including|included|includes|among\s+them|among\s+the\s+dead(?:\s+were)?)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)


def _role_lists(qs: list[Quantity]) -> dict[int, frozenset[str]]:
    """Per sentence, the roles it counts ("10 Marines, two Army soldiers and a Navy corpsman")."""
    out: dict[int, set[str]] = defaultdict(set)
    for q in qs:
        if q.kind == "count" and q.head and not q.compound and not counts_people(q):
            out[q.sentence].add(q.head)
    return {si: frozenset(heads) for si, heads in out.items()}


def _same_role_part(a: Quantity, b: Quantity, roles: dict, sentences) -> bool:
    """Two counts of one role among one kind of toll ("10 Marines" / "11 Marines" killed; "15
    children" / "10 children" among the dead), in sentences that break the toll down by the same
    roles (two at least) or that both give the role as part of the toll ("including 15
    children"): each is that role's share, and the two shares disagree."""
    if not (
        a.kind == b.kind == "count"
        and a.head
        and a.head == b.head
        and not counts_people(a)
        and a.event == b.event
        and a.event in _TOLL_EVENTS
    ):
        return False
    shared = roles.get(a.sentence, frozenset()) & roles.get(b.sentence, frozenset())
    if len(shared) >= 2:
        return True
    return all(_PART_OF_TOLL.search(sentences[q.sentence].text[: q.start]) for q in (a, b))


def _manifests(qs: list[Quantity]) -> set[int]:
    """Sentences that give who was aboard, as a count of passengers beside a count of the crew or
    of all aboard ("carrying 56 passengers and six crew", "99 people were aboard, including 85
    passengers"): two such sentences list one vessel's people, role by role."""
    roles: dict[int, set[str]] = defaultdict(set)
    for q in qs:
        if q.kind != "count" or q.compound:
            continue
        if q.head == "passenger" and q.event in (None, "aboard"):
            roles[q.sentence].add("passenger")
        if q.head == "crew" or q.attribute == "crew" or q.event == "aboard":
            roles[q.sentence].add("crew or all")
    return {si for si, found in roles.items() if len(found) == 2}


def _same_manifest(a: Quantity, b: Quantity, manifests: set[int]) -> bool:
    """Counts of one role aboard ("56 passengers" / "50 passengers") in two sentences that each
    list the people aboard, close enough in size to be one vessel's."""
    small, big = sorted((a.base_value, b.base_value))
    return (
        a.head == b.head
        and a.head in _ABOARD_ROLES
        and a.sentence in manifests
        and b.sentence in manifests
        and small > 0
        and big <= 2 * small
    )


def _between(sorted_indices, after: int, upto: int) -> bool:
    """Some index in (after, upto]."""
    return bisect.bisect_right(sorted_indices, upto) > bisect.bisect_right(sorted_indices, after)


def _added_later(sentences) -> dict[str, list[int]]:
    """Sentences that add to a toll given before ("One person was also injured while trying to
    escape"): a toll before such a sentence and one after it may both be right."""
    out: dict[str, list[int]] = defaultdict(list)
    for s in sentences:
        if s.text.isascii() and "also" not in s.text.lower():
            continue  # cannot match (a plain test first: _ALSO is case-insensitive, several times dearer)
        m = _ALSO.search(s.text)
        if m:
            out[_ALSO_EVENTS[m["event"].lower()]].append(s.index)
    return out


def _split_tolls(qs: list[Quantity], sentences) -> set[int]:
    """Figures that split one toll in their sentence ("Fifteen people died on the spot while three
    others succumbed on the way to hospital", "Eighteen were killed in Elazig and four more in
    Malatya"): each is a part of the toll, not a restatement of a total given elsewhere."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    more: dict[int, list[int]] = defaultdict(list)
    plus: set[int] = set()  # "17 passengers and the bus driver": a part of a sum
    wholes: dict[tuple, int] = {}  # (sentence, event) -> the whole a sentence then splits
    for i, q in enumerate(qs):
        if q.event and (q.sentence, q.event) in wholes:
            plus.add(i)  # "at least 233 died - 120 men and 113 women": the 120 is a part
        if (
            q.kind != "count"
            or q.compound
            or q.head in _NOT_VICTIMS
            or _SUBSET.match(sentences[q.sentence].text, q.end)
        ):
            continue  # "a five-storeyed building ... killing 18", "storms in eight states killed 27",
            # "Fourteen people were injured, three severely": the three are some of the fourteen
        if (
            q.event
            and not q.modal  # "reports suggested the toll could be as high as 400, police confirmed 231"
            and "of-part" not in q.scope
            and not _WHOLE_BEFORE_PARTS.match(sentences[q.sentence].text, q.end)
        ):
            # "It caused 72 deaths, including two who later died in hospital": the 72 is the
            # whole toll and the two a part of it, not two parts of a toll given elsewhere
            by_sentence[(q.sentence, q.event)].append(i)
        elif q.event and not q.modal and "of-part" not in q.scope:
            wholes.setdefault((q.sentence, q.event), i)
        if (
            _MORE.match(sentences[q.sentence].text, q.end)
            and not _OTHER_THINGS.match(sentences[q.sentence].text, q.end)
            or _ELLIPTICAL.match(sentences[q.sentence].text, q.end)
            and (
                q.head is None
                and q.event is None
                and sentences[q.sentence].text[: q.start].rstrip().endswith("and")
            )
        ):
            more[q.sentence].append(i)  # "... 37 deaths in Elazig and four in Malatya": four more
        text = sentences[q.sentence].text
        if (
            _PLUS_SOMEONE.match(text, q.end)
            or _LISTED_BEFORE_SOMEONE.match(text, q.end)
            or _SOMEONE_PLUS.search(text, 0, q.start)
            or _PLUS_FIGURE.match(text, q.end)
            or _ALONGSIDE.match(text, q.end)
            or q.event
            and _WITH_ATTACKER.search(text, q.end)
        ):
            plus.add(i)
        if (
            q.event == "death"
            and _MORE.match(text, q.end)
            and not any(c.isdigit() for c in text[: q.start])
            and (i == 0 or qs[i - 1].sentence != q.sentence)
        ):
            # "Four others are presumed dead": more dead than a figure given before ("863 others
            # were injured" is the count of the injured, other than the dead)
            plus.add(i)
        if q.event == "death" and _DIED_WHERE.match(text, q.end):
            plus.add(i)  # "Two people died at hospital": those who died there, a part of the toll
        if _AMONG_THE.match(text, q.end) or q.event and _ALONE.search(text):
            # "Some 215 Pakistani soldiers were among the dead", "In the old town alone, 25
            # people died": a part of the toll
            plus.add(i)
    split = plus | {i for group in by_sentence.values() if len(group) > 1 for i in group}
    split -= _confirmed_tolls(qs, sentences, by_sentence)
    for (sentence, event), group in by_sentence.items():
        # "and four more", "while three others": more of the same toll ("and 20 others injured"
        # counts another event)
        others = [m for m in more.get(sentence, ()) if m not in group and qs[m].event in (None, event)]
        if others:
            split |= set(group) | set(others)
    return split - _sums_of_parts(qs)


def _sums_of_parts(qs: list[Quantity]) -> set[int]:
    """Tolls that their sentence then breaks into parts adding up to them ("Altogether 61 people
    died, 55 pupils, four teachers and two guards"): the whole, not a part of a toll split in two."""
    out: set[int] = set()
    for i, q in enumerate(qs):
        if q.kind != "count" or not q.event or q.compound or q.value < 3:
            continue
        parts = [
            p
            for p in qs[i + 1 :]
            if p.sentence == q.sentence
            and p.kind == "count"
            and not p.compound
            and p.event in (None, q.event)
        ]
        if len(parts) >= 2 and sum(p.value for p in parts) == q.value:
            out.add(i)
    return out


def _one_place_alone(a: Quantity, b: Quantity, sentences) -> bool:
    """ "84 confirmed dead in Kerr County alone" / "68 killed in Kerr County": a place's part of a
    wider toll, given twice for the same named place, is one figure (not a part of the other)."""
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    found = _ALONE.search(ta) or _ALONE.search(tb)
    if found is None or not a.event or a.event != b.event:
        return False
    words = found.group().split()[1:-1]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False  # "in the first week alone" names no place
    place = " ".join(words).lower()
    return all(f"in {place}" in t.lower() or f"at {place}" in t.lower() for t in (ta, tb))


def _confirmed_tolls(qs: list[Quantity], sentences, by_sentence: dict[tuple, list[int]]) -> set[int]:
    """ "unofficial reports put the toll above 130, officials have confirmed 87": two claims of one
    toll in a sentence, not two parts; the confirmed one is the toll the officials give."""
    confirmed = set()
    for (sentence, _event), group in by_sentence.items():
        text = sentences[sentence].text
        if len(group) > 1 and _UNOFFICIAL.search(text):
            confirmed |= {i for i in group if _CONFIRMED_BEFORE.search(text, 0, qs[i].start)}
    return confirmed


# counted nouns that are never the dead or injured of a toll
_NOT_VICTIMS = frozenset(
    "state country province district city village county town region area building storey floor "
    "day week month year hour tornado storm vehicle car bus train coach home house".split()
)
_ELLIPTICAL = re.compile(r"\s+(?:in|at|on|from)\s+(?:the\s+)?(?:neighbou?ring\s+)?[A-Z]")
_SUBSET = re.compile(r"\s+(?:severely|seriously|critically|badly|gravely)\b")
# "72 deaths, including two who ...", "the 19 dead included four children", "at least 233 died - 120 men
# and 113 women": a whole, then its parts
_WHOLE_BEFORE_PARTS = re.compile(
    r"(?:\s+[a-z]+){0,2}(?:\s*,?\s+(?:including|among them|among whom|of whom)\b|\s+includ(?:ed|es?)\b|\s+[-–—:]\s+\d)"
)
_MORE = re.compile(r"\s+(?:more|others?)\b")
_ALONE = re.compile(r"\b(?:in|at|on|from)\s+(?:the\s+)?[\w'’ -]{2,40}?\s+alone\b", re.IGNORECASE)
_UNOFFICIAL = re.compile(r"\bun(?:official|confirmed)\b", re.IGNORECASE)
_CONFIRMED_BEFORE = re.compile(r"\bconfirmed\s+(?:only\s+|just\s+)?(?:the\s+deaths\s+of\s+)?$")
_AMONG_THE = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those|\d)")
# "crashed with two other vehicles": other things, not more of the dead or injured
_OTHER_THINGS = re.compile(
    r"\s+other\s+(?:vehicles?|cars?|buses|trucks?|boats?|trains?|buildings?|houses?|homes?|countries|"
    r"states|cities|towns|villages|districts|provinces|places|sites|incidents|attacks|cases)\b"
)
# a death count placed where the deaths happened ("Two people, including the driver, died at
# hospital", "nine died at the scene"): some of the dead, not the toll ("72 deaths, including two
# who died in hospital" is the toll)
_DIED_WHERE = re.compile(
    r"(?:(?!\b(?:who|whom)\b)[^.;:]){0,60}?\b(?:died|were\s+killed|were\s+pronounced\s+dead)\s+"
    r"(?:later\s+)?(?:at|in|on)\s+(?:the\s+|a\s+|local\s+|nearby\s+)?"
    r"(?:hospitals?|scene|spot|way\s+to)\b"
)
# "Three people died, including the gunman": the toll counts the attacker too, unlike one of victims
_WITH_ATTACKER = re.compile(
    r"\b(?:including|among them|counting)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?"
    r"(?:gunman|shooter|attacker|assailant|suspect|bomber|perpetrator|hijacker|killer)\b"
)
# "the eight people who died alongside the NBA star": those besides someone, a part of the toll
_ALONGSIDE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:alongside|besides|along with)\b")
# "The official death toll was 68,712 plus 18,000 listed as missing": a part of a sum
_PLUS_FIGURE = re.compile(r"\s+plus\s+\d")
# "The driver and 11 passengers died": someone before the figure, and the figure the rest
_SOMEONE_PLUS = re.compile(
    r"\b(?i:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:driver|pilot|captain|co-pilot|conductor|guide|"
    r"teacher|coach|gunman|attacker|bomber|suspect|mother|father|wife|husband|son|daughter|man|woman|boy|girl)"
    r"\s+(?:and|plus)\s+$"
)
_PLUS_SOMEONE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:and|plus)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+(?:\s*[,.]|$)"
)
# "killing 27 pupils, two teachers and the driver": the first of a list of groups that ends in
# someone, one group of the dead
_LISTED_BEFORE_SOMEONE = re.compile(
    r"\s+[a-z][\w-]*,\s+(?:\d[\d,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+[a-z][\w-]*\s+(?:and|plus)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+(?:\s*[,.]|$)"
)


def _toll_of_listed_places(a: Quantity, b: Quantity, sentences) -> bool:
    """ "20 deaths" in a sentence about the Philippines / "claimed 24 lives in southern China and the
    Philippines": a toll placed in several named places is the sum of theirs, so a smaller toll
    told of one of them (its sentence naming that place and none of the others) is its part."""
    if not (a.kind == b.kind == "count" and a.event == b.event and a.event in _TOLL_EVENTS):
        return False
    for whole, part in ((a, b), (b, a)):
        if whole.base_value <= part.base_value:
            continue
        text = sentences[whole.sentence].text
        found = _PLACES_AFTER.match(text, whole.end)
        if not found:
            if _countries_part(whole, part, text, sentences[part.sentence].text):
                return True
            continue
        places = [
            frozenset(w.lower() for w in LOOSE_WORD.findall(name) if w[:1].isupper())
            for name in _LISTED_PLACE.findall(found["list"])
        ]
        named = [p for p in places if p and p <= part.names]
        return 0 < len(named) < len(places)
    return False


def _countries_part(whole: Quantity, part: Quantity, text: str, part_text: str) -> bool:
    """ "the toll passed 900 as crews dug through the ruins in Norland, Vessia" / "the
    deaths in Norland rose to 610": a toll whose event the sentence places, later on, in a list of
    two or more countries (comma or "and"), the count itself placed nowhere, holds each country's
    share; a smaller toll whose sentence names one of them and none of the others is that share.
    Only countries of the lexicon count ("in Lyon, France" is one place)."""
    if count_places(text, whole.start, whole.end):
        return False
    found = _COUNTRY_LIST.search(text, whole.end)
    if not found:
        return False
    listed = [countries_named(name) for name in _LISTED_PLACE.findall(found["list"])]
    if not all(len(c) == 1 for c in listed) or len(set().union(*listed)) != len(listed):
        return False  # a name that is no country, or two names of one country
    named = countries_named(part_text) & set().union(*listed)
    return len(named) == 1


# "in Norland, Vessia", "in Norland, Vessia and Ostmark": a list of capitalised names after "in"
_COUNTRY_LIST = re.compile(
    r"\b(?:in|across)\s+(?P<list>[A-Z][\w'’.-]*(?:\s*,\s*[A-Z][\w'’.-]*)*(?:\s*,\s*|,?\s+and\s+)[A-Z][\w'’.-]*)"
)


# a count placed in a list of places: "30 lives in the north and on the islands",
# "killed 40 in Haiti, Cuba and Jamaica"
_PLACES_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|across)\s+(?P<list>(?:(?:the|northern|southern|eastern|western|central)\s+)*"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*"
    r",?\s+and\s+(?:(?:the|northern|southern|eastern|western|central)\s+)*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)
_LISTED_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")

"""Two figures compared, for FL401 (and ``count_facts``): do they claim the same thing
(``same_thing``, ``comparable``), are they tied together or told apart, do their values conflict
(``values_conflict``, ranges, rounding), does one convert to the other (``converts``).

Apart from the reading of figures: it reads only ``Quantity`` records, never tokens.
"""

from __future__ import annotations

from functools import lru_cache

from .age_people import KIN, TITLES, same_person
from .bare_figures import bare_told_twice
from .movements import same_moment
from .numtext import lexicon
from .words import CALENDAR, STOPWORDS
from .figure_types import Quantity
from .figure_words import _PEOPLE, _SEX_HEADS, _TOLLS, _TOLL_GROUPS, _TRAVELLERS
from .figure_heads import _COMPASS, _DIMENSIONS
from .one_group import one_group, one_group_tied


def same_thing(a: Quantity, b: Quantity, anchored: bool = False, lone: bool = False) -> bool:
    """Conservatively: do two figures claim to measure the same thing? Same kind and unit, the same
    counted noun / measured attribute / event, no sign that they belong to different moments
    (different years, "rose", "than", "another"), different subjects or different modalities.
    ``anchored``: the two sentences already restate another figure alike ("173 passengers and 16
    crew" / "173 passengers and 14 crew"), so the same counted noun is enough to tie them.
    ``lone``: each is the only figure of its kind and unit in its sentence (``bare_told_twice``)."""
    if a.movement and a.movement == b.movement and a.kind == b.kind:
        return _same_move(a, b)
    if back_from_now(a) != back_from_now(b):
        return False  # "70 days ago they were trapped" is a moment; "trapped for 69 days" a length
    if not comparable(a, b):
        return False
    if a.kind == "age":
        # an age at some event ("at the age of 18 she began") is not the person's age now, unless
        # it is the age at death ("died at the age of 83" / "died aged 84" / "Cole, 84,")
        forms = (a.age_form, b.age_form)
        at_death = (
            a.event == b.event == "death"
            or any(q.age_form == "at-age" and q.event == "death" for q in (a, b))
            and forms.count("at-age") == 1
        )  # "died at 91" / "Cole, 92,": her age is her age at death
        return (
            bool(a.person and b.person)
            and same_person(a.person, a.person_names, b.person, b.person_names)
            and (at_death or "at-age" not in forms)
        )
    if a.kind == "rank":  # the same named competitors placed in the same thing
        return (
            bool(a.attribute)
            and a.attribute == b.attribute
            and bool(a.names & b.names)
            and not (a.names ^ b.names)
        )
    if a.attribute == b.attribute == "magnitude":
        # a story's quake has one magnitude; an aftershock (or a named other quake) has its own
        return _one_quake(a, b)
    if _told_apart(a, b):
        return False
    if anchored and a.head and a.head == b.head and a.event == b.event:
        return True
    if _family_size(a, b):
        return True
    if span_ago(a) and span_ago(b):
        # "reopened five days ago" / "Four days ago the firm opened it": one moment back from the
        # story's day, named by no noun, tied by two shared words ("lasted 59 hours" is no moment)
        return len((a.context & b.context) - a.names - b.names - {"ago"}) >= 2
    return _tied_together(a, b, lone)


def one_slot(a: Quantity, b: Quantity) -> bool:
    """Two figures that could fill one slot of a sentence said twice (``restatement``): the same
    counted noun and attribute (or none), comparable, and nothing that tells them apart."""
    return (
        a.head == b.head
        and a.attribute == b.attribute
        and a.kind != "age"  # an age is tied by its person
        and comparable(a, b)
        and not _told_apart(a, b)
    )


def _same_move(a: Quantity, b: Quantity) -> bool:
    """Two moves one way ("plunged 27 per cent" / "slump 25%") are one fact when measured at one
    moment, of one subject: no names that tell them apart, a shared word besides the move
    ("shares", "Capita") and no different years."""
    if not same_moment(a.moment, b.moment) or "of-part" in a.scope | b.scope:
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    shared = (_shares_as_one(a.context) & _shares_as_one(b.context)) - lexicon()["change_words"] - _MOVE_NOISE
    return bool(shared | (a.names & b.names))


def _shares_as_one(words: frozenset[str]) -> frozenset[str]:
    """ "shares" and "stock" name one thing that moves."""
    return frozenset("share" if w in ("stock", "shares") else w for w in words)


_MOVE_NOISE = frozenset({"per", "cent", "percent", "trading", "trade", "session", "day"})


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same kind and unit, both plain statements of one slice at one time: nothing yet says they
    are about different things."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "measure") and a.unit != b.unit:
        return False
    if (a.modal or b.modal) and a.kind != "age" and not _place_distance(a):
        # plans, forecasts and hypotheticals ("if convicted, 60 years") differ freely; a person's
        # age stays the same in "if convicted, the 71-year-old faces …"
        return False
    if a.changes or b.changes:
        return False  # figures that change or compare are not restatements
    sa, sb = a.scope, b.scope
    if "own-part" in sa ^ sb:
        # "21 of the miners were rescued" / "22 miners were rescued": the part under its own verb
        # is the count of that verb; two such parts of one whole stay two parts
        sa, sb = sa - {"own-part"}, sb - {"own-part"}
    if a.event in _TOLLS and a.event == b.event:
        # "a total of 16 were killed" is the toll; the missing are "still" missing whether or not
        # the sentence says so
        ignore = (
            _TOTAL_WORDS
            | {"updated"}
            | ({"still"} if a.event in ("missing", "trapped") else frozenset())
            # "48 other pilgrims were injured": other than the dead, not another group of injured
            # ("killed one miner and trapped 21 others": 22 were trapped, the dead among them)
            | ({"other", "others"} if a.event == "injury" else frozenset())
            # "so far 238 are confirmed dead", "Only two survived", "currently stands at 35"; those
            # trapped "now" are fewer
            | ({"so", "far", "only"} | ({"now", "currently"} if a.event != "trapped" else frozenset()))
            # arrests go on for days after the event: "so far more than 400 arrests" is a running count
            - ({"so", "far", "now", "currently"} if a.event == "arrest" else frozenset())
            # "Of the dead, 35 are female" / "of whom 31 were women": one sex's part, both times
            | ({"of-part"} if a.head == b.head and a.head in _SEX_HEADS else frozenset())
        )
        sa, sb = sa - ignore, sb - ignore
    if a.kind == "measure":
        sa, sb = sa - {"only", "just"}, sb - {"only", "just"}  # "only 3 km deep": emphasis, no slice
    if sa != sb or sa & {"of-part", "own-part"}:
        # "each", "last season", "in total": a different slice of the thing; two parts of a set
        # ("31 of the injured" / "of the 18 worst hurt, five") are different parts
        return False
    if a.years and b.years and not (a.years & b.years):
        return False
    # not "in 1988 and 1992 … six athletes" / "in 2008 … two athletes"
    return not (a.sentence_years and b.sentence_years and not (a.sentence_years & b.sentence_years))


# words that make a quake another one than the story's: an aftershock, "a second strong quake"
_OTHER_SHOCK = frozenset({"aftershock", "foreshock", "second", "another"})
_QUAKES = frozenset({"quake", "earthquake", "temblor", "tremor"})
_AFTERSHOCKS = frozenset({"aftershock", "foreshock"})


def _shocks(q: Quantity, other: frozenset[str]) -> set[str]:
    return {w.rstrip("’'") for w in (q.head or "", *q.modifiers, *q.context)} & other


def _one_quake(a: Quantity, b: Quantity, other: frozenset[str] = _OTHER_SHOCK | {"tremor"}) -> bool:
    """Both figures of the story's one quake (or of one other shock): no aftershock or second quake
    in one clause that the other lacks, no two different names."""
    return _shocks(a, other) == _shocks(b, other) and not (a.names and b.names and not a.names & b.names)


def _quake_depths(a: Quantity, b: Quantity) -> bool:
    """ "It had a depth of 14 km" / "the quake struck at a depth of 31 km": a quake (named in either
    clause) has one depth, unless one clause is about an aftershock or another quake ("tremor" is
    the quake itself here)."""
    if not (_shocks(a, _QUAKES) or _shocks(b, _QUAKES)):
        return False
    return _one_quake(a, b, _OTHER_SHOCK)


def _place_distance(q: Quantity) -> bool:
    """ "Malin village, about 110 km from Pune city": how far one place is from another is no
    plan or hedge, whatever the sentence's verb hedges ("fears appeared to come true")."""
    return (q.attribute or "").startswith("distance from ")


def distance_parts(attribute: str | None) -> tuple[str, str]:
    """A distance's key in its two parts (figure_heads' "distance from X to Y"): "distance from
    X", and the place it locates ("y", or "" when the copy names none)."""
    measured, _, located = (attribute or "").partition(" to ")
    return measured, located


def _placed_alone(a: Quantity, b: Quantity) -> bool:
    """ "The airport is 45 miles north of the city" / "The plane came down 30 miles north of the
    city": a thing placed by its clause's verb ("is", "lies") that the other clause does not name."""
    return bool(a.measured - _EVENT_PLACES) and not a.measured & (b.context | b.measured)


# what places the story's event itself ("Its epicentre lay 25 km west of Velmar"; "the crash
# site"; "The wreckage lay 55 km east of Pellan")
_EVENT_PLACES = frozenset(
    {
        "epicentre",
        "epicenter",
        "hypocentre",
        "centre",
        "center",
        "site",
        "scene",
        "it",
        "wreckage",
        "wreck",
        "debris",
    }
)


def _two_located(a: Quantity, b: Quantity) -> bool:
    """Two distances from one place, each of another place named before it: two places'
    distances, not one distance told twice."""
    if not (_place_distance(a) and _place_distance(b)) or a.attribute == b.attribute:
        return False
    (from_a, to_a), (from_b, to_b) = distance_parts(a.attribute), distance_parts(b.attribute)
    return from_a == from_b and bool(to_a) and bool(to_b)


def _told_apart(a: Quantity, b: Quantity) -> bool:
    """Different named subjects, counted nouns, modifiers or days."""
    if _two_located(a, b):
        return True  # "Tarvo, 470 km north of Velmar" / "Pellan, 300 km north of Velmar"
    if a.event == b.event == "aboard" and (a.head in _TRAVELLERS) != (b.head in _TRAVELLERS):
        return True  # "51 people" aboard and "44 passengers": the passengers are a part (not the driver)
    # a weekday or a month is a day, told apart by ``when`` below, not a named subject
    if a.names - CALENDAR and b.names - CALENDAR and not (a.names & b.names):
        return True
    if (
        a.head
        and b.head
        and a.head != b.head
        and not _family_size(a, b)
        and not (_PEOPLE >= {a.head, b.head} and _toll(a, b))
        and not _aboard(a, b)
        and not role_and_people(a, b)
        and not one_group(a, b)  # "12 villagers" / "eleven people": tied or not by their clauses
    ):
        return True  # (people, victims and lives killed in one event are one toll)
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
        return True  # "three red cars" / "five blue cars"
    if _new_and_old(a.context, b.context) or _new_and_old(b.context, a.context):
        return True  # "The new tunnel is 9 km long" / "The old tunnel was 11 km long"
    # "On 18 November …" / "By 1 July …": figures of different days
    return (
        bool(a.when and b.when and not (a.when & b.when))
        and not _place_distance(a)  # a place is as far from a city on Thursday as on Wednesday
        and not _today_and_weekday(a.when, b.when)
        # tolls of one event on two days are a rising toll to check, unless the article says it
        # rose ("By Thursday the death toll had risen to 15")
        and not (a.event in _TOLLS and a.event == b.event and "updated" not in a.scope | b.scope)
    )


_OLD = frozenset({"old", "former", "existing", "previous", "original", "current"})


def _new_and_old(a: frozenset[str], b: frozenset[str]) -> bool:
    """One clause of a new thing, the other of the old one it replaces."""
    return "new" in a and "new" not in b and bool(_OLD & b) and not _OLD & a


NO_DAY = (None, None, None, None)  # a figure's ``when`` for "today" in an undated article


def _today_and_weekday(wa: frozenset[tuple], wb: frozenset[tuple]) -> bool:
    """ "killed 12 people ... today" / "killed on Monday": an undated article's "today" (no day
    known) and a bare weekday may be the same day."""
    vague = {NO_DAY}
    if (wa <= vague) == (wb <= vague):
        return False  # neither, or both, only "today"
    return all(w[:3] == (None, None, None) and w[3] is not None for w in (wa | wb) - vague)


def _tied_together(a: Quantity, b: Quantity, lone: bool = False) -> bool:
    """Enough shared words, noun, attribute, deal or toll to call two figures one thing."""
    generic = lexicon()["generic_nouns"]
    if (
        a.head == b.head
        and a.head in _TOLL_GROUPS
        and _toll(a, b)
        and a.event in _TOLLS
        and max(a.base_value, b.base_value) <= 3 * min(a.base_value, b.base_value)
    ):
        return True  # "of whom 31 were women" / "Of the dead, 35 are female": the toll's women (or children)
    shared = (a.context & b.context) - {a.head, a.attribute, b.head, b.attribute}
    plain = shared - a.names - b.names
    tied = len(plain) >= 2 or (bool(plain) and bool(a.names & b.names))
    if a.head and a.head == b.head and a.head not in generic:
        # two round estimates ("nearly 2,000 rescuers and 29 dogs" / "about 3,000 rescuers with
        # dogs") are tied by one shared word besides the counted noun
        loose = a.approx and b.approx and bool(plain)  # two round estimates of one crowd
        # "including five hikers" killed / "Three hikers were among those killed": one role's
        # toll, as people are one toll
        role_toll = _toll(a, b) and a.event in _TOLLS
        return (tied or loose or role_toll or _nationals_of_a_toll(a, b)) and (
            a.event == b.event or None in (a.event, b.event) and not _part_of_many(a, b)
        )
    if (
        a.head in ("person", "people")
        and a.head == b.head
        and a.event is None
        and b.event is None
        and len(((a.context | a.names) & (b.context | b.names)) - {a.head}) >= 2
    ):
        # "The plant employs 300 people" / "The plant employs 400 people": counted people are
        # tied by two shared words of their own (the plant, employs). Not other generic nouns:
        # "two games" / "four games" of one series are different slices, not a restatement.
        return True
    if a.attribute == b.attribute == "prison term":
        # the person sentenced: named in both, or in neither ("He was jailed for 12 years"); not
        # when one clause is of a co-accused or a relative ("His partner got nine years")
        if (a.context ^ b.context) & _COMPANIONS:
            return False
        return bool(a.names & b.names) or not (a.names or b.names)
    if a.attribute == b.attribute == "population":
        return bool(a.names & b.names)  # "Derna, a community of 125,000" / "Derna, home to 90,000"
    if _place_distance(a) and _place_distance(b):
        # "320 km north of New Delhi" / "250 km northeast of New Delhi"; a place located by one
        # ("Tarvo, 470 km north of") may be the place the other leaves unsaid
        (from_a, to_a), (from_b, to_b) = distance_parts(a.attribute), distance_parts(b.attribute)
        # (an aftershock is located on its own: "An aftershock struck 95 km south of Tarvo"; so is
        # a thing a clause places that the other does not name: "The airport is 45 miles north")
        return (
            from_a == from_b
            and (to_a == to_b or not (to_a and to_b))
            and _one_quake(a, b, _AFTERSHOCKS)
            and not (_placed_alone(a, b) or _placed_alone(b, a))
        )
    if a.attribute == b.attribute == "depth" and _quake_depths(a, b):
        return True
    if a.measured & b.measured and (a.attribute == b.attribute or not (a.attribute and b.attribute)):
        return True  # "The tower is 310 metres tall" / "the 270-metre tower": the tower's size
    if a.attribute and a.attribute == b.attribute and a.attribute in _DIMENSIONS.values():
        return bool(plain)  # "miners trapped 400 m below ground" / "trapped 700 m underground"
    if (
        a.attribute
        and a.attribute == b.attribute
        and a.attribute not in generic
        and a.attribute not in STOPWORDS
    ):
        return tied and (a.head == b.head or None in (a.head, b.head))
    if a.kind == "money" and is_deal(a) and is_deal(b) and (None in (a.head, b.head) or a.head == b.head):
        # the same buyer and the same thing bought, or a thing both clauses name by two words and
        # the same names, or none ("The museum's new wing cost $18 million" / "paid $23 million for the
        # museum's new wing"); "more than £120m" in fees is another sum; a name on each side that
        # the other lacks is another thing bought ("Omsk bought Brelland Foods" / "Omsk had bought
        # Ferro Dairy")
        return (
            # (the price of each of a thing is read by its thing's words: ``money.unit_price_claims``)
            (len(a.names & b.names) >= 2 or not (a.names ^ b.names or "each" in a.scope) and len(plain) >= 2)
            and not (a.bound or b.bound)
            and not (a.names - b.names and b.names - a.names)
        )
    if _toll(a, b):
        if (
            a.head in _PEOPLE
            and b.head in _PEOPLE
            or role_and_people(a, b)
            or _aboard(a, b)
            or one_group(a, b)
        ):
            return True
        # "Seven miners were killed" / "the 8 dead miners": one names its noun after "dead"
        return (a.head is None and b.head in a.context) or (b.head is None and a.head in b.context)
    # "52% support" / "won with 55%": one side's share of one vote
    # "12 villagers sheltered in the school" / "eleven people sheltered in the Tarvo school"
    return (
        (a.kind == b.kind == "percent" and _one_share(a, b, tied))
        or _compound_restated(a, b, generic, plain)
        or _compound_restated(b, a, generic, plain)
        or bare_lengths_tied(a, b)
        or one_group(a, b)
        and one_group_tied(a, b)
        # "struck 40 km under the seabed" / "at a depth of 25 km": one fact, read on one side only
        or lone
        and bare_told_twice(a, b, plain - _no_content())
    )


# what a side's share of a vote is told as: "52% of votes", "52% support", "52% backing"
SHARE_HEADS = frozenset({"vote", "support", "ballot", "backing"})
# words that make a percentage another one than a side's share of the result
_OTHER_SHARES = frozenset(
    "turnout participation poll polls polling survey surveys counted count projected projection "
    "exit rival rivals opponent opponents against runner-up".split()
)


def _one_share(a: Quantity, b: Quantity, tied: bool) -> bool:
    """One side's share of one vote told twice, its noun on one side only or read as another
    noun ("52% of votes" / "won the election with 55%", "52% support" / "55% of votes"): at
    least one side says it is a share of the vote, the same named side (the same names, up to a
    title or a demonym), tied by shared words, and no word of a turnout, a poll, a count under
    way or a rival on either side."""
    heads = {a.head, b.head} - {None}
    if not heads or not heads <= SHARE_HEADS or a.bound or b.bound:
        return False
    if (a.context | b.context) & _OTHER_SHARES:
        return False
    if not (a.names and b.names) or a.years ^ b.years:
        return False
    extra = a.names ^ b.names
    if not (a.names <= b.names or b.names <= a.names) or any(
        w not in TITLES and not w.endswith(("ian", "ese", "ish")) for w in extra
    ):
        return False  # "Senn beat Roe with 52%" / "Roe won 45%": whose share, only the names say
    return tied


def _compound_restated(a: Quantity, b: Quantity, generic: frozenset[str], plain: frozenset[str]) -> bool:
    """One sum or size named in two forms: "the $5.1 million library budget" (the noun with what
    it is of before it) and "a budget of $4.2 million for the new library" (the noun as what the
    figure measures, what it is of in the clause). Every word before the noun must be in the other
    clause ("the $5.1 million children's library budget" is another budget); with none, two shared
    words tie them ("The hospital's £52m budget for the year" / "given a budget of £48m for the year")."""
    return (
        a.kind in ("money", "measure")
        and bool(a.head)
        and a.head not in generic
        and a.head in (b.attribute, b.head)
        and not b.modifiers
        and (a.modifiers <= b.context if a.modifiers else len(plain) >= 2)
        and not (a.event and b.event and a.event != b.event)
    )


# a deal named by its noun ("The €510m sale of Brelland Foods"): the deal a verb tells ("was sold")
DEAL_NOUNS = frozenset({"sale", "deal", "takeover", "acquisition", "purchase", "merger", "buyout"})


def is_deal(q: Quantity) -> bool:
    """A sum paid in a deal: told by its verb ("bought ... for", "cost") or by the deal's noun."""
    return q.event == "deal" or q.event is None and q.head in DEAL_NOUNS


def _part_of_many(a: Quantity, b: Quantity) -> bool:
    """ "24 protesters were arrested" / "310 protesters marched": of two counts of one noun, one
    said of an event and one of none, a count over three times the other is the many the few
    were some of, not the same count."""
    return max(a.base_value, b.base_value) > 3 * min(a.base_value, b.base_value)


def bare_lengths_tied(a: Quantity, b: Quantity) -> bool:
    """Two lengths or durations that name nothing they measure (no attribute or counted noun on
    at least one side: "Rescuers needed five hours" / "the rescue lasted about eight hours"; "trapped
    down a 60-foot well" / "fell into a 53-foot borewell"): one event's measure when their clauses
    share its content words, two of them besides one shared event (or three with none), and no
    name tells them apart. Words of units, numbers, ages and time spans are no content here."""
    if a.kind != "measure" or a.unit not in ("length", "time") or a.modal or b.modal:
        return False
    if (a.attribute and b.attribute) or (a.head and b.head) or a.bound == b.bound == "lower":
        return False  # two different named measures; two floors ("over 40 hours") say no one value
    if a.event and b.event and a.event != b.event:
        return False
    if a.names and b.names and not (a.names <= b.names or b.names <= a.names):
        return False  # "Tam is six seconds behind Ro" / "Lee is 10 seconds behind Ro": two riders
    if a.unit == "time" and max(a.base_value, b.base_value) >= _YEAR:
        return False  # years (a term, a life, a tenure) are a person's, tied by the person
    if a.unit == "length" and (a.context | b.context) & _PLACING:
        return False  # a clause that places or sizes something ("at a depth of", "south of") may hold its other lengths
    shared = (a.context & b.context) - a.names - b.names - _no_content()
    return len(shared) >= (2 if a.event and a.event == b.event else 3)


_YEAR = 365 * 86400.0
_PLACING = frozenset(
    {
        *_DIMENSIONS,
        *_COMPASS,
        "away",
        "altitude",
        "elevation",
        "height",
        "length",
        "width",
        "distance",
        "radius",
    }
)


@lru_cache(maxsize=1)
def _no_content() -> frozenset[str]:
    lex = lexicon()
    spans = {"old", "odd", "long", "away", "far", "past", "last", "later", "earlier", "ago", "half"}
    return frozenset(
        {*lex["measures"], *lex["units"], *lex["tens"], *lex["generic_nouns"], *spans}
        | {w.rstrip("s") for w in lex["measures"]}
    )


_KIN_SETS = frozenset({"child", "sibling"})


def _family_size(a: Quantity, b: Quantity) -> bool:
    """ "the seventh of eight children" / "the seventh of nine siblings": one person's place in
    one family told twice, by the same rank, the family counted as children or as siblings."""
    return (
        "of-a-set" in a.scope
        and "of-a-set" in b.scope
        and {a.head, b.head} <= _KIN_SETS
        and bool(a.attribute)
        and a.attribute == b.attribute
        and not (a.names and b.names and not a.names & b.names)
    )


# the words that count a span back from the story's day: "ago", "hace", "fa", "há"
_BACK = frozenset({"ago", "hace", "fa", "há"})
# other languages' time units, counted as things ("hace 70 días" has the head "días")
_TIME_HEADS = frozenset(
    "días día dias dia giorni giorno jours jour tage tagen dagen semanas semana settimane "
    "semaines wochen weken meses mesi mois monate maanden años anni ans jahre jaren anos "
    "horas ore heures stunden uur minutos minuti minuten".split()
)


def back_from_now(q: Quantity) -> bool:
    """A span of time in a clause counted back from the story's day ("70 days ago", "hace 70
    días", "70 giorni fa"): a moment, never the length of something."""
    if _BACK.isdisjoint(q.context):
        return False
    return q.kind == "measure" and q.unit == "time" or q.kind == "count" and q.head in _TIME_HEADS


def span_ago(q: Quantity) -> bool:
    """A span of time back from the story's day ("four days ago") that names no counted noun or
    attribute: the moment something happened, not how long something lasted."""
    return (
        q.kind == "measure"
        and q.unit == "time"
        and "ago" in q.context
        and not (q.head or q.attribute or q.bound or q.compound)
    )


# who may be sentenced beside the one person a story is about
_COMPANIONS = KIN | frozenset(
    {"partner", "accomplice", "co-defendant", "codefendant", "co-accused", "associate"}
)


def _nationals_of_a_toll(a: Quantity, b: Quantity) -> bool:
    """ "The dead included 18 Chinese" / "Among the 23 fatalities ... 17 Chinese nationals": one
    nationality's share of one toll, tied by the nationality (a shared name) and the dead."""
    if not (a.head == b.head == "national" and a.modifiers and a.modifiers == b.modifiers):
        return False
    if a.event == b.event == "death":
        return True
    return {a.event, b.event} == {"death", None} and all(q.event or q.context & _DEAD for q in (a, b))


_DEAD = frozenset({"dead", "fatality", "victim", "death", "body"})


def _aboard(a: Quantity, b: Quantity) -> bool:
    return a.event == b.event == "aboard" and {a.head, b.head} <= _TRAVELLERS


def counts_people(q: Quantity) -> bool:
    """The figure counts people as such ("12 people", "15 victims", "12 killed"), not a role."""
    return q.head in _PEOPLE


def role_and_people(a: Quantity, b: Quantity) -> bool:
    """ "the deaths of 10 concertgoers" / "eight people dead", "nearly 450 miners had been rescued"
    / "363 had been rescued": a toll of one event named by who they were and as people is one
    count (a role beside another role, "passengers" / "crew", is not)."""
    return (
        a.event == b.event
        and a.event in _TOLLS
        and a.kind == "count"
        and (a.head in _PEOPLE) != (b.head in _PEOPLE)
    )


def _toll(a: Quantity, b: Quantity) -> bool:
    """Two counts of the same kind of event (deaths, injuries, arrests…), not of a deal."""
    return a.kind == "count" and bool(a.event) and a.event == b.event and a.event != "deal"


_TOTAL_WORDS = frozenset({"total", "overall", "combined"})


def _stated_toll(q: Quantity) -> bool:
    """ "At least 18 people were killed": how news states the toll known so far, not a bound
    a larger toll elsewhere in the story agrees with."""
    return (
        q.bound == "lower"
        and (q.event in _TOLLS or q.head == "body")  # "at least 32 bodies have been recovered"
        and q.text.lower().startswith(("at least", "no fewer than"))
    )


def _bound_word(q: Quantity) -> str:
    """The words of a bounded figure before its number ("over" of "over 500-metre")."""
    words = []
    for word in q.text.lower().split():
        if word[:1].isdigit():
            break
        words.append(word)
    return " ".join(words)


def _span(q: Quantity) -> tuple[float, float]:
    """The values a figure allows: a range its bottom to its top, a bound everything past it, a
    round approximate figure a tenth either way ("some 100"), any other its rounding."""
    v = q.base_value
    if q.upper:
        return v - _step(q) / 2, q.upper + _step(q) / 2
    if q.bound == "lower":
        return v, float("inf")
    if q.bound == "upper":
        return 0.0, v
    slack = max(0.1 * v, 1.0) if q.approx else _step(q) / 2
    return v - slack, v + slack


def _ranges_conflict(a: Quantity, b: Quantity) -> bool:
    """A range against another figure: they conflict when no value is allowed by both
    ("50-60 passengers" / "some 100"; not "about 50" or "more than 50")."""
    (lo_a, hi_a), (lo_b, hi_b) = _span(a), _span(b)
    if max(lo_a, lo_b) > 3 * min(hi_a, hi_b):
        return False  # "40,000 to 50,000 students" / "145 students": counts of other sets
    return hi_a < lo_b or hi_b < lo_a


def values_conflict(a: Quantity, b: Quantity) -> bool:
    """True if the two figures cannot both be right (rounding, "about" and bounds allowed for)."""
    if a.upper or b.upper:
        return _ranges_conflict(a, b)
    bound_a, bound_b = a.bound, b.bound
    toll_a, toll_b = _stated_toll(a), _stated_toll(b)
    if toll_a or toll_b:
        toll, other = (a, b) if toll_a else (b, a)
        if (
            not other.bound
            and not other.approx
            and other.base_value < toll.base_value / 2
            # "28 deaths had been confirmed": a toll of its own, not a part of the larger one
            and not (other.event == "death" and "confirm" in other.context)
        ):
            return False  # "at least 51 killed" / "two were killed when they jumped": a part
        if other.approx and not other.bound and toll.base_value <= other.base_value <= 1.25 * toll.base_value:
            return False  # "at least 24 injured" / "around 27 injured": the round figure meets the bound
        if not other.bound and not other.approx and _rounded_down_to(toll, other):
            return False  # "killed at least 240" / "241 were killed": the bound is the figure rounded down
        # "at least 18 killed" states the toll: read it as the figure it gives
        bound_a, bound_b = ("" if toll_a else bound_a), ("" if toll_b else bound_b)
    va, vb = a.base_value, b.base_value
    if bound_a and bound_b and bound_a != bound_b:
        # "at least 90 were hospitalised" / "as many as 72": no figure is both
        low, high = (va, vb) if bound_a == "lower" else (vb, va)
        return low > high
    if bound_a and bound_b:
        # "over 500-metre-deep" / "over 300m-deep": the same bound on a measure or a toll restated
        # with another figure (not shares and sums: "over 50 per cent growth" in one sector and
        # "over 100 per cent" in another are bounds of different things)
        same = bound_a == bound_b and (
            a.kind == "measure"
            and _bound_word(a) == _bound_word(b)
            or a.kind == "count"
            and a.event in _TOLLS
        )
        return same and abs(va - vb) > 0.15 * max(abs(va), abs(vb), 1e-12)
    if bound_a or bound_b:
        (bounded, bound), exact = ((a, bound_a), b) if bound_a else ((b, bound_b), a)
        x, lim = exact.base_value, bounded.base_value
        if exact.approx and exact.movement:
            # "fell more than 2%" / "down about 1.8%": "about" allows the figure's rounding only
            slack = _step(exact) / 2
            return x + slack < lim if bound == "lower" else x - slack > lim
        if exact.approx:
            # "more than 800 injured" / "about 400 injured": a round figure far outside the bound
            return x < 0.85 * lim if bound == "lower" else x > 1.15 * lim
        return x < lim if bound == "lower" else x > lim
    scale = max(abs(va), abs(vb), 1e-12)
    if (a.approx or b.approx) and a.movement:
        return abs(va - vb) > max(0.05 * scale, 0.5)  # "down about 6%" is not "fell 7%"
    if a.approx or b.approx:
        if a.kind == "count" and all(_round(q) for q in (a, b) if q.approx):
            # "some 150" allows a tenth (135 to 165), not 169; a rounder figure its rounding up to
            # 15 per cent ("about 2,000" 1,700 to 2,300)
            slack = max(
                max(0.1 * q.base_value, min(_decimal_step(q) / 2, 0.15 * q.base_value))
                for q in (a, b)
                if q.approx
            )
            return abs(va - vb) > max(slack, 1.0)
        # "about 2.5 million" may be 2.2 or 2.8 million; "some 205" is written to the unit
        share = 0.15 if all(_round(q) for q in (a, b) if q.approx) else 0.05
        return abs(va - vb) > max(share * scale, 1.0 if a.kind in {"count", "age"} else 0.0)
    # written to different precisions: the finer one must round to the coarser one
    step = _rounding_step(a, b)
    if a.kind == "measure" and a.unit not in ("time", "magnitude") and _other_unit(a, b):
        return abs(va - vb) > 0.05 * scale + step / 2  # a restatement in another unit
    return abs(va - vb) > step / 2 + 1e-9 * scale


def _rounded_down_to(bound: Quantity, exact: Quantity) -> bool:
    """A round lower bound ("at least 240") is an exact figure (241) rounded down to the bound's
    last digit, and no further than a twentieth of it ("at least 100" is not 150)."""
    low, x = bound.base_value, exact.base_value
    if low < 20 or low != int(low) or int(low) % 10:
        return False
    return low <= x < low + min(_decimal_step(bound), 0.05 * low)


def _round(q: Quantity) -> bool:
    """A figure written to a round step: "about 250", "nearly 2,000", "some 40" (not "some 205")."""
    return q.value < 10 or q.value != int(q.value) or int(q.value) % 5 == 0


def _decimal_step(q: Quantity) -> float:
    """The place of a whole figure's last non-zero digit: 150 -> 10, 2,000 -> 1,000, 25 -> 1."""
    value = int(q.value)
    if value != q.value or value == 0:
        return _step(q)
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step * (q.base_value / q.value)


_COLLECTIVE_STEPS = frozenset({12.0, 20.0})  # counts written in dozens or scores


def _rounding_step(a: Quantity, b: Quantity) -> float:
    """The coarser step of two figures; "two dozen" is 24 give or take a quarter dozen (30 is no
    "two dozen" but two and a half), so a count in dozens or scores steps by half of one."""
    step = max(_step(a), _step(b))
    if a.kind == "count" and step in _COLLECTIVE_STEPS and (a.word_form or b.word_form):
        return step / 2
    return step


def _step(q: Quantity) -> float:
    factor = q.base_value / q.value if q.value else 1.0
    return q.precision * factor


def _other_unit(a: Quantity, b: Quantity) -> bool:
    """Two measures written in different units ("10 km" / "6 miles"); "40 km" and "the
    42-kilometre route" are in one unit under two words."""
    if _unit_word(a) == _unit_word(b):
        return False
    if a.value and b.value:
        fa, fb = a.base_value / a.value, b.base_value / b.value
        return abs(fa - fb) > 1e-9 * max(abs(fa), abs(fb))
    return True


def _unit_word(q: Quantity) -> str:
    return q.text.split()[-1].lower() if " " in q.text else q.text.lstrip("0123456789.,-").lower()


def converts(a: Quantity, b: Quantity) -> bool:
    """A figure restated in another unit of the same dimension ("5km (3 miles)"): do they agree
    within the rounding a restatement uses (5 per cent, or the coarser figure's last digit)? An
    approximate figure's restatement rounds what was rounded already ("about 45 km or 30 miles",
    28 miles exactly): 7 per cent ("about 50 feet (16.5 m)", 54 feet, is still off)."""
    va, vb = a.base_value, b.base_value
    scale = max(abs(va), abs(vb), 1e-12)
    share = 0.07 if a.approx or b.approx else 0.05
    return abs(va - vb) <= share * scale + max(_step(a), _step(b)) / 2

"""The clause around one figure: ``_quantity`` reads a parsed number into a ``Quantity`` (its
unit, head, event, scope words, bound, the part of the sentence that is its own, change words,
parts of a whole, earlier reports it is superseded by).

The largest reader, apart from the sentence loop in ``numbers.py``: it sees one figure at a
time, with the sentence's shared context (``_Sentence``).
"""

from __future__ import annotations

from functools import partial

from .age_people import name_near, relative_mark
from .count_frames import foreign_frame, frame_nouns, german_nouns
from .change_readings import not_a_change, placed_after, settled_modals
from .estimates import analysts_forecast
from .figures_abroad import continental_unit, more_after
from .movements import direction, moments, move_word
from .tolls import (
    beyond_first_count,
    forecast_tokens,
    on_board,
    prison_term,
    severity,
    taken_to_hospital,
    toll_named_before,
    toll_rises,
    toll_update,
)
from .numtext import (
    content_lemmas,
    feeling_noun,
    lemma,
    lexicon,
    names,
    past_currency_country,
    phrase_before,
    word_at,
)
from .text import token_low
from .figure_types import Kind, Quantity, _Sentence, years_in_clause
from .figure_words import _CREW, _SETTLEMENTS, _SEXES, _TOLLS, _TRAVELLERS
from .number_parse import _AUXILIARIES, BARE_DEMONYMS, _parse_number, _title_case
from .figure_heads import (
    _BEFELL,
    _DETERMINERS,
    _PART_OPENING,
    _SAYING,
    _SEARCHING,
    _STOREY_WORDS,
    _attribute,
    _DIMENSIONS,
    _dimension,
    _PLACED_BY,
    dimension_subject,
    _distance_from,
    _event,
    _event_past_dashes,
    _past_apposition,
    _head,
    _lives_taken,
)
from .figure_ages import OLD_WORDS, _MATH, _TOLL_HEADS, _age, _named_apposition, _weighs


_SHARE_OF = frozenset("most many some majority half".split()) | frozenset(
    "third thirds quarter quarters fifth fifths tenth tenths".split()
)
_BE = frozenset({"are", "were", "is", "was"})


_DEAD_WORDS = frozenset({"dead", "killed", "died", "deaths", "deceased", "victims", "fatalities", "toll"})


def _dead_before(toks, first) -> bool:
    """The sentence speaks of the dead before the figure ("Of the dead,", "among the 58 dead")."""
    return any(t.low in _DEAD_WORDS for t in toks[max(0, first - 25) : first])


def _sex_stated(toks, j2, hi) -> str | None:
    """The counted people of a bare count the clause says the sex of ("of whom 31 were women",
    "Of the dead, 35 are female"): a part of the toll by sex, named as a role."""
    while j2 < hi and toks[j2].text in {"-", "--", "—", "–"}:
        j2 += 1  # "of those killed -- 35 -- were women"
    if j2 + 1 < hi and toks[j2].low in _BE and toks[j2 + 1].low in _SEXES:
        after = word_at(toks, j2 + 2)
        if not after[:1].isalpha() or after in {"and", "while", "but"}:
            return _SEXES[toks[j2 + 1].low]
    return None


def _number_of(toks, lo, first) -> str | None:
    """The counted noun of "the number of tourists killed rose to 14": a role named before the
    figure by "the number of" (people as such stay the toll's people)."""
    for k in range(max(lo, first - 10), first - 2):
        if toks[k].low == "number" and word_at(toks, k + 1) == "of" and word_at(toks, k - 1) == "the":
            noun = word_at(toks, k + 2)
            if noun.isalpha() and noun.endswith("s") and noun not in {"people", "persons", "deaths", "dead"}:
                return lemma(noun)
    return None


def _event_of_head(toks, first, kind, head, attribute) -> str | None:
    """The toll event a count's noun names when no verb does."""
    if attribute == "loss" and head in ("person", "life"):
        return "death"  # "the painful and irreparable loss of 14 people"
    if head in _TOLL_HEADS and word_at(toks, first - 1) in {"the", "all"}:
        return "death"  # "the 4 victims", "all four victims": the toll, referred to as a whole
    if head in {"fatality", "death"}:
        return "death"  # "the toll stands at 79 fatalities"
    if head == "injury" and kind == "count":
        return "injury"  # "44 deaths and 120 injuries were confirmed": the injured, counted
    if head == "arrest" and kind == "count":
        return "arrest"  # "police made 14 arrests": those arrested, counted
    if head == "survivor" and kind == "count":
        return "survival"  # "There were 12 survivors": those who survived, counted
    return None


def _graded_event(toks, first, j2, hi, kind, event, sexed) -> tuple[str | None, str | None]:
    """(grade, event) of a count: a grade right after it is its own, even where the clause speaks
    of the toll ("The toll could rise further, as nine others remain in serious condition"): the
    worst hurt, a set of its own; a count told by sex after words of the dead ("of whom 31 were
    women") is that sex's part of the dead."""
    graded = (
        severity(toks, j2, hi) if kind == "count" and event in (None, "injury", "hospital", "death") else None
    )
    if graded:
        return graded, graded
    if sexed and event in (None, "death") and _dead_before(toks, first):
        return None, "death"
    return None, event


_TERM_WORDS = frozenset({None, "sentence", "term", "prison", "jail"})


def _measured(toks, first, j, lo, hi, unit, bound, money: bool = False) -> str | None:
    """The attribute a figure measures (see ``_attribute``), a distance's place, a magnitude."""
    attribute = (
        _distance_from(toks, j, hi, first, lo) or _dimension(toks, j, hi) if unit == "length" else None
    ) or (
        ("felt magnitude" if _felt_at(toks, first, lo) else "magnitude")
        if unit == "magnitude"
        else _attribute(toks, first, lo, money)
    )
    if unit == "time" and attribute in _TERM_WORDS:
        # "sentenced to 24 years" / "25 years in prison": the one term a court gave
        return prison_term(toks, first, j, lo, hi, bound == "upper") or attribute
    return attribute


def _felt_at(toks, first, lo) -> bool:
    """ "the shaking was felt in Vamberg at magnitude 3.5", "felt as magnitude 1 to 2 shocks": the shaking felt in
    one place, not the quake's own magnitude."""
    k = first - 1
    while k >= lo and toks[k].low in {"magnitude", "-", "a", "of"}:
        k -= 1
    return (
        k >= lo
        and toks[k].low in {"at", "as"}
        and any(toks[x].low == "felt" for x in range(max(lo, k - 4), k))
    )


def _counts_aboard(toks, first, j2, lo, hi, head) -> bool:
    """ "a ferry carrying 462 people", "40 tourists in the boat": those aboard, counted as people or
    by a traveller noun; "carrying 230 passengers, 10 cabin crew and two pilots": a part, not read."""
    if head not in (None, "person") and (head not in _TRAVELLERS or any(t.low in _CREW for t in toks[lo:hi])):
        return False
    return on_board(toks, first, j2, hi)


def _upper_bound(toks, ci, lex) -> str | None:
    """The words of an upper bound before the number ("up to", "fewer than"); "the toll has risen
    up to 52" gives the level the toll rose to, no bound."""
    upper = phrase_before(toks, ci, lex["upper_bound"])
    if upper == "up to" and ci >= 3 and toll_rises(word_at(toks, ci - 3)):
        return None
    return upper


def _approximation_and_bounds(toks, ci, lex) -> tuple[str | None, str | None, str | None]:
    """The words before a figure that make it approximate ("about"), a lower bound ("more
    than") or an upper one ("up to")."""
    approx = phrase_before(toks, ci, lex["approximate"])
    lower = phrase_before(toks, ci, lex["lower_bound"])
    upper = _upper_bound(toks, ci, lex)
    if approx and len(approx.split()) > len((lower or upper or "").split()):
        return approx, None, None  # "just under 60 miles" is near 60, not any distance below it
    return approx, lower, upper


def _age_names(toks, first, j, person, age, proper) -> frozenset[str]:
    """The words of the name of the person an age is of, with a mark when the name is set off
    after someone's noun of kin ("Osk's father, Arne Osk, 61")."""
    if not person or person.startswith("\x00"):
        return frozenset()
    after = age[3] == "year-old" and _named_apposition(toks, first, proper) is None
    words = name_near(toks, first, j, person, after=after)
    return words | relative_mark(toks, first - 2) if age[3] == "apposition" else words


def _quantity(si, text, toks, ci, i, j, value, precision, words, currency, proper, sc: _Sentence):
    lex = lexicon()
    # words before: approximation and bounds
    approx_w, lower, upper = _approximation_and_bounds(toks, ci, lex)
    first = ci - len((approx_w or lower or upper or "").split()) if (approx_w or lower or upper) else ci
    approx = bool(approx_w) or word_at(toks, j) == "or" and word_at(toks, j + 1) == "so"
    bound = "lower" if lower else "upper" if upper else ""
    abroad = None if currency else continental_unit(toks, j)  # "12 pour cent", "3 millions d'euros"
    kind, unit, base, j = (
        (abroad[0], abroad[1], value, abroad[2]) if abroad else _unit(toks, i, j, value, currency)
    )
    # ages
    person = None
    age = _age(toks, first, i, j, proper)
    if age is not None:
        kind, unit, person, jj = "age", "years", age[0], age[1]
        base = value  # "55 years old" is an age, not a duration in seconds
        j = max(j, jj)
        approx = approx or age[2]
    person_names = _age_names(toks, first, j, person, age, proper)
    lo, hi = sc.clauses.bounds(i)
    picked = _picked_from(toks, first, j, lo)
    if _not_a_claim(toks, first, j, lo) or picked and kind != "count":
        return None, j
    compound = word_at(toks, j) == "-" and word_at(toks, j + 1)[:1].isalpha()  # "a six-leaved clover"
    set_size = picked or _sizes_a_set(toks, first)
    head, modifiers, j2 = _head(toks, j, hi) if kind not in {"age"} else (None, frozenset(), j)
    head, modifiers = _plain_head(head, modifiers, kind)
    head = _head_of(toks, j2, head)
    sexed = kind == "count" and head is None and _sex_stated(toks, j2, hi)
    head = sexed or head or (_number_of(toks, lo, first) if kind == "count" else None)
    if kind == "count" and head is None and (value < 1 or value != int(value)):
        return None, j  # a bare decimal counts nothing we can name
    if kind == "count" and head == "s":
        return None, j2  # "in his 20s", "the 1990s": a decade, not a count
    if kind == "count" and head in {"year", "month", "week", "day", "hour", "minute", "second", "time"}:
        return None, j2  # durations without a unit we recognised
    attribute = _measured(toks, first, j, lo, hi, unit, bound, kind == "money")
    if unit == "magnitude":
        precision = 0.1  # a magnitude is given to a tenth: "magnitude 6" is 6.0
    event = _event(toks, i, j2, lo, hi)
    event = event or _event_past_dashes(toks, i, j2, lo, hi, kind, sc)
    if compound and word_at(toks, j + 1) in _STOREY_WORDS:
        event = None  # "a nine-story building killed 56": the toll is another figure's
    if event == "rescue" and head == "body":
        event = None  # "Rescue teams have recovered 41 bodies": the dead recovered, nobody rescued
    head, event, of_its, own = _part_of_set(toks, first, j, lo, hi, kind, head, event, set_size, sc)
    if event is None:
        event = _event_of_head(toks, first, kind, head, attribute)
    if event is None and (
        toll_named_before(toks, lo, first)
        or toll_update(toks, lo, first)
        and any(t.low == "toll" for t in toks[lo:first])  # "The death toll from ... has increased to 131"
    ):
        event = "death"  # "the toll has risen to 61": a toll counts the dead
    if (
        event is None
        and word_at(toks, first - 1) == "for"
        and word_at(toks, first - 2) in _SEARCHING
        and head in (None, "person", "people")
    ):
        event = "missing"  # "Rescuers are still searching for 19 people": those not yet found
    if event is None and _to_hospital(toks, j2, hi, set_size):
        event = "hospital"  # "25 people were transported to the hospital"
    graded, event = _graded_event(toks, first, j2, hi, kind, event, sexed)
    # "23 muertos" / "26 personas murieron": a count of people told by its fate in other languages
    head, event, modifiers = foreign_frame(toks, (first, j, j2), (lo, hi), kind, event, head, modifiers)
    if event is None and _counts_aboard(toks, first, j2, lo, hi, head):
        event = "aboard"  # "a ferry carrying 462 people", "sank with 459 on board"
    if attribute in _SETTLEMENTS and head in (None, "person", "resident", "inhabitant", "people"):
        attribute = "population"  # "a community of around 125,000 people", "home to 90,000 people"
    # "the toll rose to 77", "154 killed, three times the initial count": its level now
    update = event in _TOLLS and (toll_update(toks, lo, first) or beyond_first_count(toks, j2, hi))
    clause = toks[lo:hi]
    # the clause without the figure's own tokens [first, j2)
    clause_wo = toks[lo : max(lo, min(first, hi))] + toks[max(lo, j2) : hi] if first < j2 else clause
    # modality and change words are read in the figure's own part of the clause: in "the toll is
    # expected to climb, with 112 still missing" the 112 is no forecast
    own_lo, own_hi = _own_part(toks, lo, first, j2, hi)
    forecast = forecast_tokens(toks, own_lo, own_hi)  # "the toll is expected to rise"
    # "a vigil will be held for the 76 lives lost": the definite count of those an event befell
    # is a fact in any sentence, whatever the sentence plans
    befell = kind == "count" and word_at(toks, first - 1) == "the" and word_at(toks, j2) in _BEFELL
    modal = (
        not befell
        and bool(_own_hedges(toks, own_lo, own_hi, forecast, lex["modal_words"]))
        or (
            # "Analysts had anticipated ... revenue of $16.03 billion": a forecast, not the result
            kind in ("money", "percent")
            and analysts_forecast(text[toks[own_lo].start : toks[own_hi - 1].end])
        )
    )
    movement = direction(toks, first, head) if kind == "percent" else ""
    q = Quantity(
        sentence=si,
        start=toks[first].start,
        end=toks[max(j - 1, i)].end,
        text=text[toks[first].start : toks[max(j - 1, i)].end],
        value=value,
        kind=kind,
        unit=unit,
        base_value=base,
        precision=precision,
        approx=approx,
        bound=bound,
        head=head,
        attribute=attribute,
        event=event,
        # German "Menschen" names no one, nor does a noun after a German article ("die Polizei")
        names=frozenset(names(clause, proper)) - frame_nouns() - german_nouns(clause),
        context=frozenset(content_lemmas(clause_wo)),
        modifiers=modifiers,
        modal=modal,
        person=person,
        person_names=person_names,
        word_form=words,
        changes=not update
        and kind != "age"  # a person's age changes in no story ("a pass from Roe, 25,")
        and not (kind == "measure" and _sized_or_placed(toks, first, j2))
        and bool(
            _changes_before(toks, _after_part_opening(toks, own_lo, first), first, event, forecast, unit)
            or word_at(toks, first - 1) == "by"
            and not _agent_by(toks, first)  # "attended by 1,500 people" is no change
            or {word_at(toks, j2), word_at(toks, j2 + 1) if word_at(toks, j2) == "," else ""}
            & {"up", "down", "compared", "against", "versus"}
            or modifiers & lex["change_words"]
            or more_after(toks, j2)  # "62 000 chômeurs supplémentaires": a change
        ),
        scope=frozenset(
            _scope_words(toks, lo, first, j2, hi, event)
            | ({"of-a-set"} if set_size else set())
            | ({"own-part"} if own else set())
            | (
                _part_scope(toks, first, j) if not (graded or of_its) else set()
            )  # "37 of the injured were in serious condition"
            | _superseded(toks, lo, first, j, hi)
            | ({"updated"} if update else set())
            # "a loss of $0.16 a share" is per share, not the loss ("$443 million")
            | ({"per"} if kind == "money" and _per_share(toks, j) else set())
            | (_other_period(toks, lo, hi, j2) if kind in ("money", "measure", "percent") else set())
        ),
        years=frozenset(years_in_clause(toks, lo, hi)),
        when=sc.when(toks, lo, hi),
        compound=compound,
        sentence_years=sc.years,
        age_form=age[3] if age is not None else "",
        movement=movement,
        moment=moments(text[toks[max(0, first - 3)].start : toks[min(len(toks), j + 8) - 1].end])
        if movement
        else frozenset(),
        # (for a distance from a place: the thing it places, "The airport is 45 miles north of")
        measured=(
            dimension_subject(toks, i, first, j, lo, hi)
            if not (attribute or "").startswith("distance from ")
            else dimension_subject(toks, i, first, j, lo, hi, _PLACED_BY)
        )
        if unit == "length"
        else frozenset(),
    )
    return q, j


def _part_of_set(
    toks, first, j, lo, hi, kind, head, event, set_size, sc
) -> tuple[str | None, str | None, bool, bool]:
    """(head, event, whether it is a part read with its whole, whether that part has its own verb)."""
    head, event, of_its = _of_whole_set(toks, first, j, lo, hi, kind, head, event, set_size, sc)
    own = (
        _part_own_event(toks, j, hi) if kind == "count" and not of_its and word_at(toks, j) == "of" else None
    )
    if own:
        # "21 of the trapped miners were rescued": 21 rescued miners, a part that a plain count of
        # the rescued restates (another part of the miners is still another part: "own-part")
        return own[0], own[1], True, True
    return head, event, of_its, False


def _of_whole_set(
    toks, first, j, lo, hi, kind, head, event, set_size, sc
) -> tuple[str | None, str | None, bool]:
    """(head, event, whether it is such a part) of a count next to a whole set: "21 of its 48
    passengers drowned" counts 21 passengers drowned, and the 48 are those aboard; "killed 14,
    including five hikers": five hikers killed."""
    if event is None and kind == "count" and word_at(toks, first - 1) == "all":
        event = _fate_of_all(toks, j, hi)  # "All 19 people on board the flight died"
    if event is None and kind == "count" and head not in (None, "person"):
        event = _event_of_whole(toks, first, sc)
    of_its = (
        _part_of_whole_set(toks, j, hi, lo) if kind == "count" and head is None and event is None else None
    )
    if of_its:
        return of_its[0], of_its[1], True
    struck = _struck_of_whole_set(toks, first, j, hi, kind, head, event)
    if struck:
        return struck, event, True
    if set_size and event in _TOLLS and word_at(toks, first - 2) in {"of", "its", "the", "their"}:
        return head, None, False
    return head, event, False


def _event_of_whole(toks, first, sc: "_Sentence") -> str | None:
    """The toll event of the figure a role's part follows ("The landslide killed 14 people,
    including five hikers"): the part was struck by it too. None when no such figure."""
    k = first - 1
    if word_at(toks, k) == "them":
        k -= 1  # "among them five hikers"
    if word_at(toks, k) not in _PART_OPENING or word_at(toks, k - 1) != ",":
        return None
    for w in range(k - 2, max(-1, k - 6), -1):
        if _parse_number(toks, w) is not None and (w == 0 or _parse_number(toks, w - 1) is None):
            lo, hi = sc.clauses.bounds(w)
            end = _parse_number(toks, w)[1]
            event = _event(toks, w, end + 1, lo, hi)
            if event is None and toll_named_before(toks, lo, w):
                event = "death"  # "The toll has risen to 88, including 14 tourists"
            return event if event in _TOLLS else None
    return None


def _fate_of_all(toks, j, hi) -> str | None:
    """ "All 19 people on board the flight died": the death (or survival) the clause gives all
    of them, read past where the counted noun's words end, up to another figure."""
    ev = lexicon()["event_of"]
    for k in range(j, min(hi, j + 12)):
        w = toks[k].low
        if w[:1].isdigit() or w in {"said", "says", "when", "after", "as", "while", "but"}:
            return None
        cls = ev.get(lemma(w)) or ev.get(w)
        if cls in {"death", "survival", "missing", "rescue"}:
            return cls
    return None


def _whole_set_after(toks, j, hi) -> tuple[str, int] | None:
    """ "of its 48 passengers" at ``j``: a set's whole given after a count (not "the 30 injured",
    not a whole that is the toll itself, "of the 22 workers who died"): the whole's noun and the
    token after it, or None."""
    if word_at(toks, j) != "of" or word_at(toks, j + 1) not in {"its", "the", "their"} or j + 2 >= hi:
        return None
    parsed = _parse_number(toks, j + 2)
    if parsed is None:
        return None
    head, _, end = _head(toks, parsed[1], hi)
    head, _ = _plain_head(head, frozenset())
    if head is None or head in _TOLL_HEADS or word_at(toks, parsed[1]) in _VICTIM_NOUNS:
        return None
    if word_at(toks, end) in {"who", "that", "whom"}:
        return None  # "17 of the 22 workers who died were Chinese": the whole is the toll, 17 a part
    return head, end


def _part_of_whole_set(toks, j, hi, lo) -> tuple[str, str] | None:
    """ "21 of its 48 passengers drowned": a count of a set given with its whole ("its 48
    passengers", not "the 30 injured") counts those the clause's event befell: the whole's
    noun and that event, or None."""
    whole = _whole_set_after(toks, j, hi)
    if whole is None:
        return None
    event = _event(toks, j + 2, whole[1], lo, hi)
    return (whole[0], event) if event in _TOLLS else None


def _struck_of_whole_set(toks, first, j, hi, kind, head, event) -> str | None:
    """ "The crash killed twelve of the 40 passengers": the verb right before the count tells
    what befell the part, as "Twelve of the 40 passengers died" does after it; the whole's noun,
    or None (not after a noun's "of": "the deaths of 14 of its 30 riders")."""
    if kind != "count" or head is not None or event not in _TOLLS:
        return None
    if word_at(toks, first - 1) in {"of", "the", "its", "their", "a", "an"}:
        return None
    whole = _whole_set_after(toks, j, hi)
    return None if whole is None else whole[0]


# A part's own verb that says what befell it, whatever befell its whole ("21 of the trapped
# miners were rescued": the rescued, not the trapped).
# (rescue only: "two of the miners died later in hospital" is most often a part of a toll)
_PART_FATES = frozenset({"rescue"})
# a part singled out by how, when or by whom ("rescued by army divers", "later", "also"): one of
# several parts of those rescued, not their count
_PART_QUALIFIERS = frozenset({"later", "also", "first", "then", "again", "alone", "only", "each", "another"})
_BY_TIME = frozenset(
    "then now nightfall dawn dusk midnight noon morning afternoon evening night late early mid "
    "monday tuesday wednesday thursday friday saturday sunday the".split()
)
_BY_THE_TIME = frozenset({"time", "end", "morning", "afternoon", "evening", "night", "weekend"})
_PART_PEOPLE = _TRAVELLERS | frozenset(
    {"person", "people", "individual", "miner", "worker", "pupil", "student", "child", "resident", "tourist"}
)


def _part_own_event(toks, j, hi) -> tuple[str, str] | None:
    """ "21 of the trapped miners had been rescued", "26 of the 53 passengers, pupils aged 14,
    were taken to hospital": a part given with its whole ("of the" and a people noun, with or
    without its size) counts the whole's noun under the part's own verb, so it is that count
    (compared with "22 miners were rescued", not with the whole). None when no fate verb follows
    the whole in the clause, or the whole is a set of victims ("of the injured") or of a toll."""
    if word_at(toks, j + 1) not in {"the", "its", "their"}:
        return None
    parsed = _parse_number(toks, j + 2)
    after = parsed[1] if parsed is not None else j + 2
    # the whole's noun, after at most two words that describe it ("the trapped gold miners")
    end = next((k + 1 for k in range(after, min(hi, after + 3)) if lemma(toks[k].low) in _PART_PEOPLE), None)
    if end is None or word_at(toks, end) in {"who", "that", "whom", "of"}:
        return None
    if any(not toks[k].low.isalpha() or toks[k].low in _VICTIM_NOUNS for k in range(after, end)):
        return None
    head = lemma(toks[end - 1].low)
    head = "person" if head in {"individual", "people"} else head
    ahead = _past_apposition(toks, end, hi)
    start = ahead[0] if ahead else end
    for k in range(start, hi):
        w = toks[k].low
        if (
            w in _PART_QUALIFIERS
            or w == "by"
            and (
                word_at(toks, k + 1) not in _BY_TIME
                or word_at(toks, k + 1) == "the"
                and word_at(toks, k + 2) not in _BY_THE_TIME
            )
        ):
            return None
    if taken_to_hospital(toks, start, hi):
        return head, "hospital"
    event_of = lexicon()["event_of"]
    for k in range(start, min(hi, start + 12)):
        w = toks[k].low
        if w[:1].isdigit() or w in {";", ":", "while", "and", "but", "whereas"}:
            return None
        cls = event_of.get(lemma(w)) or event_of.get(w)
        if cls is not None:
            return (head, cls) if cls in _PART_FATES else None
    return None


def _to_hospital(toks, j2, hi, set_size) -> bool:
    """ "25 people were taken to hospital", and past an aside, "25 passengers - most of them
    children - were taken to hospital" (not a whole's size, "26 of the 53 passengers, ...")."""
    if taken_to_hospital(toks, j2, hi):
        return True
    ahead = None if set_size else _past_apposition(toks, j2, hi)
    return bool(ahead) and taken_to_hospital(toks, ahead[0], hi)


def _per_share(toks, j) -> bool:
    """ "$0.16 a share", "36 cents per share", "$1.86 per diluted share"."""
    k = j + 1 if word_at(toks, j) == "cents" else j
    return word_at(toks, k) in {"a", "per"} and word_at(toks, k + 1) in {"share", "diluted"}


def _plain_head(
    head: str | None, modifiers: frozenset[str], kind: str = "count"
) -> tuple[str | None, frozenset[str]]:
    """The counted noun said plainly: "16 crew members" are 16 crew, "15 foreign nationals" are
    15 foreigners; a length's dimension word ("700 metres underground") is its attribute, no noun."""
    if kind == "measure" and head in _DIMENSIONS:
        return None, modifiers
    if head == "member" and len(modifiers) == 1:
        return next(iter(modifiers)), frozenset()
    if head == "member" and "crew" in modifiers:
        return "crew", modifiers - {"crew"}  # "the four cabin crew members"
    if head == "national" and "foreign" in modifiers:
        return "foreigner", modifiers - {"foreign"}
    if head in BARE_DEMONYMS:
        return "national", modifiers | {head}  # "18 Chinese" are 18 Chinese nationals
    return head, modifiers


def _head_of(toks, j2, head: str | None) -> str | None:
    """ "1,000 head of cattle" counts cattle, not heads."""
    if head == "head" and word_at(toks, j2) == "of" and word_at(toks, j2 + 1).isalpha():
        return lemma(word_at(toks, j2 + 1))
    return head


# "fell into a gorge", "dropped off the road": a change word that moves something, not a figure
_MOTION = frozenset({"into", "off", "down", "onto", "through"})
_POSSESSIVES = frozenset({"its", "his", "her", "their"})
# "attended by around 1,500 people": "by" names who did it, not the size of a change
_AGENT_VERBS = frozenset({"attended", "visited", "watched", "joined", "packed", "filled", "crowded"})
# passives that change an amount by the figure: "was lowered by 5%" is a change, not an agent
_CHANGED_BY = frozenset(
    "lowered slashed hiked revised adjusted upped downgraded upgraded inflated deflated offset "
    "outnumbered outpaced exceeded topped beaten beat trailed led shifted changed moved altered".split()
)


def _agent_by(toks, first) -> bool:
    """ "by 35 nations" after a passive ("The treaty was signed by 35 nations"): who did it, not
    a change of 35; "rose by 5" and "was cut by 5%" stay changes."""
    verb = word_at(toks, first - 2)
    if verb in _AGENT_VERBS:
        return True
    return (
        verb.endswith("ed")
        and word_at(toks, first - 3) in {"was", "were", "is", "are", "been", "being", "be"}
        and verb not in lexicon()["change_words"]
        and verb not in _CHANGED_BY
    )


_OTHER_GROUP = frozenset({"other", "another"})


def _scope_words(toks, lo, first, j2, hi, event) -> set[str]:
    """The scoping words around a figure ("each", "last", "total"). A capitalised word
    mid-sentence is a name ("New Delhi", "Last Chance Saloon"), except in a title-case headline;
    "other"/"another" naming the next group of a toll scope nothing."""
    scope_words = lexicon()["scope_words"]
    words = {
        t.low
        for k, t in enumerate(toks[max(lo, first - 6, 1) : _scope_end(toks, j2, hi)], max(lo, first - 6, 1))
        if t.low in scope_words  # (the words are cut to these below: the other tests only for them)
        and (not t.text[0].isupper() or _title_case(toks))
        and not (t.low == "per" and word_at(toks, k + 1) in {"cent", "hour"})  # "27 per cent", "km per hour"
        and not (t.low == "per" and word_at(toks, k - 1) == "as")  # "as per reports": according to
    }
    if first - 6 <= 0 < first:
        words.add(toks[0].low)
    words &= scope_words
    if words & _OTHER_GROUP and _another_group(toks, lo, first, event):
        words -= _OTHER_GROUP
    if event == "trapped" and word_at(toks, j2) == "others":
        words.add("others")  # "killed one miner and trapped 21 others": the dead were trapped too
    if "earlier" in words and _event_dated_earlier(toks, lo, first, j2, hi):
        words.discard("earlier")
    if "latest" in words and _latest_of_a_series(toks, lo, first):
        words.discard("latest")
    if _so_far_after(toks, j2, hi):
        words |= {"so", "far"}  # "nine bodies are out of the mud so far": a count to now
    if "new" in words and not _new_figure(toks, lo, first, j2, hi):
        words.discard("new")
    return words


_OTHER_PERIODS = frozenset("year month week season term quarter decade".split())


_COMPARED_TO = frozenset({"from", "than", "compared", "against", "versus"})


def _other_period(toks, lo, hi, j2) -> set[str]:
    """ "Last year the fire station budget was $3.4 million": "last" (or "next", "previous")
    before a period anywhere in the clause dates a sum or a size to another period than the
    story's, however far from the figure (``_scope_words`` reads only the figure's own words);
    not past a figure it is compared with ("a loss of R5.8 million, up from R3.5 million in the
    same period last year": last year's sum is the R3.5 million)."""
    return {
        toks[k].low
        for k in range(lo, hi - 1)
        if toks[k].low in ("last", "next", "previous")
        and toks[k + 1].low.rstrip("s") in _OTHER_PERIODS
        and not _compared_between(toks, j2, k)
    }


def _compared_between(toks, j2, k) -> bool:
    """A word that compares ("from", "than") and then a figure between token ``j2`` and ``k``."""
    for m in range(j2, k):
        if toks[m].low in _COMPARED_TO:
            return any(toks[n].text[:1].isdigit() for n in range(m + 1, k))
    return False


# what "the new ..." names when it is a figure that replaces an earlier one ("the new toll")
_NEW_FIGURES = frozenset(
    "toll total figure figures count tally record high low level estimate data number numbers case "
    "cases death deaths infection infections rate".split()
)


def _new_figure(toks, lo, first, j2, hi) -> bool:
    """A "new" that scopes a figure ("12 new cases", "a new toll of 15", "the new figures"), not
    one that only describes a thing the figure measures ("the new road is 14 kilometres long", "a
    budget of $4.2 million for the new library"): a "new" after an article or a possessive and
    before another noun names that thing, as new on the day of either sentence."""
    for k in range(max(lo, first - 6, 1), _scope_end(toks, j2, hi)):
        if toks[k].low != "new" or toks[k].text[0].isupper() and not _title_case(toks):
            continue
        after, before = word_at(toks, k + 1), word_at(toks, k - 1)
        owner = before in _DETERMINERS or before.endswith(("'s", "’s"))  # "the museum's new wing"
        if not (owner and after and after.isalpha() and after not in _NEW_FIGURES):
            return True
    return False


def _so_far_after(toks, j2, hi) -> bool:
    """ "have been recovered so far", "were arrested thus far": "so far" closing the figure's own
    verb, past the three words ``_scope_end`` reads, before any comma or "and"."""
    for k in range(j2, min(hi, j2 + 7) - 1):
        if toks[k].low in {",", "and", "but", ";"}:
            return False
        if toks[k].low in {"so", "thus"} and toks[k + 1].low == "far":
            return True
    return False


# what a country's "latest" names is the event itself, one of a series of its kind
_SERIES_EVENTS = frozenset(
    "disaster tragedy accident incident mishap crash attack blast sinking collapse stampede catastrophe calamity".split()
)


def _latest_of_a_series(toks, lo, first) -> bool:
    """ "divers ended the hunt after the country's latest ferry sinking with 30 found": "latest"
    after a possessive and before an event noun places the event in a series of its kind (the
    country's disasters), not the figure among reports of it."""
    return any(
        toks[k].low == "latest"
        and (toks[k - 1].text.endswith(("'s", "’s", "'", "’")) or toks[k - 1].low in {"its", "their"})
        and any(word_at(toks, k + d) in _SERIES_EVENTS for d in (1, 2, 3))
        for k in range(max(lo, first - 6, 1), first)
    )


def _event_dated_earlier(toks, lo, first, j2, hi) -> bool:
    """ "a fire killed 23 and injured eight earlier in the week": "earlier" after a figure that
    dates when the event happened, not an earlier report of the figure ("had earlier put the
    toll at six")."""
    if any(toks[k].low == "earlier" for k in range(max(lo, first - 6), first)):
        return False
    return any(
        toks[k].low == "earlier" and word_at(toks, k + 1) in {"in", "this", "that", "on"}
        for k in range(j2, min(hi, j2 + 3))
    )


def _scope_end(toks, j2, hi) -> int:
    """Where the words after a figure that may scope it end: at most three tokens, and not into
    the next item ("25 passengers died and other 35 got injured": "other" is the 35's) or into a
    phrase that describes its items ("five aftershocks with magnitudes between 4.2 and 5.9":
    "between" is the magnitudes')."""
    end = min(hi, j2 + 3)
    for k in range(j2, end):
        if toks[k].low in {"and", ",", "but", "while", ";", "with"}:
            return k
    return end


# ", with 112 still missing", ", while 30 were hurt": a comma and one of these start another part
_PART_JOINS = frozenset({"with", "while", "whereas", "and", "but"})


def _own_part(toks, lo, first, j2, hi) -> tuple[int, int]:
    """The part of the clause a figure belongs to: from after the last ", with"/", while"/",
    and"/", but" before it to the next one after it."""
    start = lo
    for k in range(first - 1, lo, -1):
        if toks[k].low in _PART_JOINS and word_at(toks, k - 1) == ",":
            start = k
            break
    if start == lo and first - 1 > lo and toks[first - 1].low == "and" and word_at(toks, j2) in _AUXILIARIES:
        start = first - 1  # "the toll has risen to 61 and 48 had been injured": the rise is the toll's
    if toks[start].low in _CONCEDING:
        # "Although reports said the toll could reach 400, police confirmed 231": the hedge is
        # the conceded clause's, not the figure's after its comma
        start = next((k + 1 for k in range(start, first) if toks[k].text == ","), start)
    end = hi
    for k in range(j2, hi - 1):
        if (
            toks[k].text == ","
            and word_at(toks, k + 1) in _PART_JOINS | _PART_SUBJECTS | _CONCEDING | _COMMENTS
        ):
            end = k  # ", despite a Red Cross estimate that dozens remain missing": not the figure's hedge
            break  # (", which if it holds would be the deadliest": a comment on the figure, not its hedge)
        if k > j2 and _reason_opens(toks, k):
            end = k  # "were ordered to evacuate as officials said a failure could ...": the reason's hedge
            break
        if toks[k].low in _PART_JOINS and (
            word_at(toks, k + 1) in _PART_SUBJECTS | _NEW_SUBJECTS
            # "180 were rescued and still many are feared missing": an adverb before the subject
            or word_at(toks, k + 1) in {"still", "now"}
            and word_at(toks, k + 2) in _PART_SUBJECTS
        ):
            end = k  # "43 have died and several are believed to be missing": the hedge is theirs
            break  # ("housed 196 workers and there are suggestions it may have been overcrowded")
    return start, end


# verbs whose "up"/"down" is a particle, not a change: "burnt up", "blew up", "shut down"
# "down on the crowd", "up at the summit": a place after the particle; "up on the year" a change
_PLACE_AFTER_DOWN = frozenset({"on", "upon", "onto", "at", "into"})
_PERIODS = frozenset({"day", "week", "month", "quarter", "year", "session", "previous", "last", "same"})
_PARTICLE_VERBS = frozenset(
    "burnt burned blew blown tore torn broke broken shut cut picked set locked sealed rounded cleaned "
    "wiped gathered turned showed pulled hunted tracked chased".split()
)
_CONCEDING = frozenset({"although", "though", "while", "whereas", "despite"})
# "as officials said ...", "because the dam could fail": a reason or report with a subject of its own
_AS_SUBJECTS = frozenset(
    "the a an officials authorities police it they he she experts engineers rescuers crews forecasters".split()
)


def _reason_opens(toks, k) -> bool:
    """A clause of reason or report opens at ``k`` ("as officials said", "because the spillway could
    fail"), with a subject of its own: its hedges are not the figure's."""
    low = toks[k].low
    return low == "because" or low == "as" and word_at(toks, k + 1) in _AS_SUBJECTS


_COMMENTS = frozenset({"which"})  # ", which would make it ...": what the figure would mean


def _due_to_cause(toks, k: int) -> bool:
    """ "due to" a cause, not a plan: a determiner after it ("due to the rain"), or a name in a
    sentence that is not all capitalised ("13 missing due to Tarsk floods"; a title-case headline's
    "Due To Open" may be a plan)."""
    if word_at(toks, k + 1) != "to" or k + 2 >= len(toks):
        return False
    nxt = toks[k + 2].text
    return word_at(toks, k + 2) in _DETERMINERS or (
        nxt[:1].isupper() and nxt.isalpha() and not _title_case(toks)
    )


def _own_hedges(toks, own_lo, own_hi, forecast, modal_words) -> set[str]:
    """The words of a figure's own part that hedge it (``modal_words``): not a forecast's, the
    month "May", "due to" a cause, a feeling's "fear" or a "Will" inside a name."""
    if modal_words.isdisjoint(map(token_low, toks[own_lo:own_hi])):
        return set()  # (most figures' parts hold none: one set test at C speed)
    cwords = {
        t.low
        for k, t in enumerate(toks[own_lo:own_hi], own_lo)
        if t.low in modal_words
        and k not in forecast
        and not (t.low == "may" and t.text[0].isupper())
        and not (t.low == "due" and _due_to_cause(toks, k))
        and not feeling_noun(toks, k)
        and not _missing_and_feared(toks, k)
    }
    if "will" in cwords and all(_name_word(toks, k) for k in range(own_lo, own_hi) if toks[k].low == "will"):
        cwords.discard("will")  # "the group Harbour Will Stand": a name, not the future
    if "would" in cwords and _narrative_would(toks):
        cwords.discard("would")  # "Seconds later, it would strike a lorry ...": the story's past
    if cwords & {"will", "would", "shall"}:
        cwords -= settled_modals(toks, own_lo, own_hi)  # "would have to drill 400 metres"
    return cwords


def _missing_and_feared(toks, k) -> bool:
    """ "remain missing and feared dead": the hedge is of their death; that they are missing
    (or trapped) is the count's own fact."""
    return word_at(toks, k - 1) == "and" and word_at(toks, k - 2) in _STATES_BEFORE_FEARED


_STATES_BEFORE_FEARED = frozenset({"missing", "unaccounted", "for", "trapped"})


# "Seconds later,", "Hours later,": a story told in order, whose "would" is what happened next
_LATER_SPANS = frozenset("moments seconds minutes hours days weeks months years decades".split())


def _narrative_would(toks) -> bool:
    """A sentence that opens "Seconds later," (or "Later,") and has no "if" or "unless": its
    "would" tells what came next, no hypothesis."""
    opener = word_at(toks, 0) == "later" or word_at(toks, 0) in _LATER_SPANS and word_at(toks, 1) == "later"
    return opener and not any(t.low in ("if", "unless", "had") for t in toks)


def _name_word(toks, k) -> bool:
    """A capitalised "Will" inside a sentence, before another capitalised word, is part of a name
    ("the group Harbour Will Stand", "Will Carter said"), not the future, except in a title-case
    headline."""
    return (
        toks[k].text[0].isupper()
        and 0 < k < len(toks) - 1
        and toks[k + 1].text[:1].isupper()
        and toks[k - 1].text[:1].isalpha()
        and not _title_case(toks)
    )


# ", many feared drowned", ", some critically": a comma and one of these start another part about
# some of them, whose hedges are not the figure's
_PART_SUBJECTS = frozenset({"many", "most", "some", "several", "others", "both", "all", "none"})
_NEW_SUBJECTS = frozenset({"there", "it", "they"})  # a next clause with a subject of its own


def _after_part_opening(toks, lo, first) -> int:
    """Where a role's part of a toll opens (", including 14 tourists"): a change word before it
    ("the toll has risen to 88, including ...") is the toll's, not the part's."""
    k = first - 1
    if word_at(toks, k) == "them":
        k -= 1
    if k > lo and word_at(toks, k) in _PART_OPENING and word_at(toks, k - 1) == ",":
        return k + 1
    return lo


def _sized_or_placed(toks, first, j2) -> bool:
    """A length or duration that sizes a noun ("fell on a 53-foot borewell", "trapped down a
    60-foot well": the verb moves the thing, not the figure) or is followed by where it was
    spent ("two weeks down a mine"): no change of the figure."""
    if word_at(toks, first - 1) in {"a", "an"} and any("-" in t.text for t in toks[first:j2]):
        return True
    return (
        word_at(toks, j2) in {"down", "up"}
        and word_at(toks, j2 + 1) in _DETERMINERS
        or placed_after(toks, j2)
    )


def _changes_before(
    toks, lo, first, event, forecast: set[int] | frozenset[int] = frozenset(), unit: str = ""
) -> bool:
    """A change or comparison word before the figure in its clause ("rose to 15", "another 5"),
    other than a verb of motion ("the bus fell into a 300m gorge") and "another" introducing
    the next group of a toll ("18 were killed and another 14 injured")."""
    change_words = lexicon()["change_words"]
    if not {t.low for t in toks[lo:first]} & change_words:
        return False
    # "the toll has risen to 39 and officials reported that over 4,000 were injured": the figure
    # is what was reported, and a change word before the reporting verb is another figure's
    lo = max(
        [lo]
        + [
            k + 1
            for k in range(lo + 1, first)
            if toks[k].low == "that" and any(t.low in _SAYING for t in toks[max(lo, k - 4) : k])
        ]
    )
    other_group = None  # read only when "other"/"another" is among the change words
    for k in range(lo, first):
        low = toks[k].low
        if low not in change_words or k in forecast:
            continue  # "the toll could further rise as 37 were in serious condition": no change of 37
        if toks[k].text[0].isupper() and k + 1 < len(toks) and toks[k + 1].text[0].isupper():
            continue  # "Additional Director General Anand Kumar": a title
        if (
            toks[k].text[0].isupper()
            and k >= 2
            and toks[k - 1].text[0].isupper()
            and toks[k - 1].text.isalpha()
            and toks[k - 2].text[0].islower()
        ):
            continue  # "the Amina Rose": the end of a name (not "World Record: ..." of a headline)
        if (
            word_at(toks, k + 1) in _MOTION
            or "-" in (word_at(toks, k - 1), word_at(toks, k + 1))
            or _cut_count(toks, k, first)
            or not_a_change(toks, lo, k, first, unit)  # "the hiker fell 40 metres", "rose and killed 12"
        ):
            continue  # "fell into a gorge", "a high-rise condo", "will cut 1,200 jobs"
        if word_at(toks, k + 1) == "on" and word_at(toks, k + 2) in _POSSESSIVES:
            continue  # "the van fell on its roof": a body falling, no figure
        if low == "fall" and word_at(toks, k - 1) in {"last", "this", "next", "early", "late", "the"}:
            continue  # "at a trial last fall": the season, no fall of the figure
        if low in {"up", "down"} and word_at(toks, k - 1) in _PARTICLE_VERBS:
            continue  # "a fire burnt up the area", "police sealed off and shut down the road"
        if low in {"up", "down"} and _way_or_place(toks, k):
            continue
        if low == "than" and (
            word_at(toks, k - 1) in {"more", "fewer", "less", "rather", "other"}
            or word_at(toks, k + 1)[:1].isdigit()
        ):
            continue  # "more than 100 missing and 62 homes": another figure's bound, no comparison
        if low in _OTHER_GROUP:
            if other_group is None:
                other_group = _another_group(toks, lo, first, event)
            if other_group:
                continue
        return True
    return False


_APPROX_BEFORE = frozenset("some about around nearly almost roughly approximately".split())


# "went down" / "came down" / "was brought down": a ship sinking, an aircraft crashing
_WENT_DOWN = frozenset("went gone going goes came come comes coming brought shot".split())
_FROM_PLACE = frozenset(
    "off from near north south east west northeast northwest southeast southwest away outside offshore".split()
)


def _distance_follows(toks, j) -> bool:
    """A figure then, within a unit's words, a word that places it ("five miles off", "about
    3 km north of", "12 nautical miles from"): a distance right after ``j``."""
    lex = lexicon()
    figure = False
    for k in range(j, min(len(toks), j + 6)):
        low = toks[k].low
        if low in _FROM_PLACE:
            return figure
        figure = figure or low[:1].isdigit() or low in lex["units"] or low in lex["tens"]
    return False


def _way_or_place(toks, k) -> bool:
    """ "up"/"down" at ``k`` says where, not that a figure changed: "the bus plunged down a
    gorge", "fired a hail of shots down on the crowd", "went down five miles off Kell" ("up on
    the year" is a change)."""
    if move_word(word_at(toks, k - 1)) and word_at(toks, k + 1) in _DETERMINERS:
        return True
    if word_at(toks, k) == "down" and word_at(toks, k - 1) in _WENT_DOWN and _distance_follows(toks, k + 1):
        return True  # "the trawler went down five miles off Kell": it sank there, no fall of a figure
    return (
        word_at(toks, k + 1) in _PLACE_AFTER_DOWN
        and word_at(toks, k + 2) in _DETERMINERS
        and word_at(toks, k + 3) not in _PERIODS
    )


def _cut_count(toks, k, first) -> bool:
    """ "will cut 1,200 jobs", "cut some 300 posts": "cut" right before the figure counts what is
    cut ("cut to 300", "cut by 10%" change a level)."""
    return toks[k].low == "cut" and all(toks[x].low in _APPROX_BEFORE for x in range(k + 1, first))


def _another_group(toks, lo, first, event) -> bool:
    """ "18 people were killed and another 14 injured", "killed ... and 48 others injured": the
    figure counts a group of another event than one named before it in the sentence, so
    "another" or "other" says whom it counts, not that it adds to an earlier figure of its own."""
    if event is None or first - lo > 40:
        return False
    ev = lexicon()["event_of"]
    # the toll may stand before the part the figure opens: "killed 41, with another 15 injured"
    start = max(0, first - 40)
    for k, t in enumerate(toks[start:first], start):
        cls = ev.get(lemma(t.low)) or ev.get(t.low)
        if t.low == "lives" and _lives_taken(toks, k):
            cls = "death"  # "claimed the lives of 41, with another 15 injured"
        if cls and cls != event and cls in _TOLLS:
            return True
    return False


def _not_a_claim(toks, first, j, lo) -> bool:
    """A figure starting at token ``first`` (ending before j) that claims nothing of its own about
    the world: the size of a set the sentence picks from, arithmetic, a rate, a part of a whole."""
    before, before2 = word_at(toks, first - 1), word_at(toks, first - 2)  # (each read once)
    if before == "of" and before2 in _SOME:
        return True  # "one of 30 objects": the figure sizes a set the sentence is not about
    if before in _MATH or word_at(toks, j) in _MATH:
        return True  # "2 × 13", "26 = 2 × 13": arithmetic, not a claim about the world
    return before == "in" and (
        before2 in {"one", "two", "three"} or before2.isdigit()
    )  # "one in 5 students": a rate


def _picked_from(toks, first, j, lo) -> bool:
    """ "Of the 80 athletes, …", "said that of the 18 injured, five …", "most of the 32 workers
    killed": the sentence is about a part of a group whose size it takes as told. The figure is
    read as a set's size (scope "of-a-set", compared only with other set sizes), which a definite
    restatement may still tie to the group's count told before (``definite_counts``)."""
    before, before2 = word_at(toks, first - 1), word_at(toks, first - 2)
    if before not in {"the", "those", "these"} or before2 != "of":
        return False
    if word_at(toks, first - 3) in _SOME:
        return True
    return (first - 2 == lo or word_at(toks, first - 3) in _PART_OPENERS) and not _whole_toll(toks, j)


_SOME = frozenset({"one", "some", "many", "most", "all", "each"})


_TOLL_PARTICIPLES = frozenset({"injured", "wounded", "hurt", "killed", "dead"})


def _whole_toll(toks, j) -> bool:
    """ "Of the 65 people injured, 49 were taken to hospital": the figure opening the sentence is
    the whole toll, stated as a fact, and only the rest of the sentence is about a part of it."""
    k = j + 1 if word_at(toks, j) in {"people", "persons"} else j
    if word_at(toks, k) == "on" and word_at(toks, k + 1) == "board":
        k += 1  # "Of the 242 people on board, 241 died": those aboard, a whole the rest divides
    return (word_at(toks, k) in _TOLL_PARTICIPLES or word_at(toks, k) in {"aboard", "board"}) and word_at(
        toks, k + 1
    ) == ","


_PART_OPENERS = frozenset({"out", "that", ",", "and", "but"})


def _sizes_a_set(toks, first) -> bool:
    """ "18 out of 60 firms", "the 32nd of the 56 laps", "two of the 12 jurors": a set's size."""
    lex = lexicon()
    w = partial(word_at, toks)
    before, before2 = w(first - 1), w(first - 2)  # (each read once)
    if before == "of" and before2 == "out":
        return True
    if before in {"its", "his", "her", "their", "our"} and before2 == "of" and w(first - 3).isdigit():
        return True  # "21 of its 48 passengers"
    if before.endswith(("'s", "’s")) and any(
        w(k) == "of" and w(k - 1)[:1].isdigit() for k in range(first - 4, first - 1)
    ):
        return True  # "76 of the ferry's 118 passengers"
    if before == "of" or before == "the" and before2 == "of":
        k = first - 2 if before == "of" else first - 3
        return (
            w(k) in {"st", "nd", "rd", "th"}
            or w(k) in lex["ordinals"]
            or w(k).isdigit()
            or w(k) in lex["units"]
            or w(k) in lex["tens"]
        )
    return False


def _unit(toks, i, j, value, currency) -> tuple[Kind, str, float, int]:
    """(kind, unit, value in base units, token after the unit) of the figure at [i, j): money,
    a percentage, percentage points, a ratio, a measure, or a plain count."""
    lex = lexicon()
    nxt = word_at(toks, j)
    if currency:
        return "money", currency, value, j
    if nxt in {"%", "percent"} or (nxt == "per" and word_at(toks, j + 1) == "cent"):
        return "percent", "%", value, j + (2 if nxt == "per" else 1)
    if nxt == "percentage" and word_at(toks, j + 1) == "points":
        return "measure", "points", value, j + 2
    if nxt in lex["currencies"]["words"] and not (nxt in {"pound", "pounds"} and _weighs(toks, i)):
        return "money", lex["currencies"]["words"][nxt], value, past_currency_country(toks, j + 1)
    if nxt == "won" and value >= 1000:
        return "money", "KRW", value, j + 1  # "12.1 trillion won": Korea's currency ("30 won" may be seats)
    if nxt == "times":
        return "ratio", "times", value, j + 1
    if nxt == "magnitude" or nxt == "-" and word_at(toks, j + 1) == "magnitude":
        return "measure", "magnitude", value, j + (1 if nxt == "magnitude" else 2)  # "a 6.2-magnitude quake"
    if (
        word_at(toks, i - 1) == "magnitude"
        or word_at(toks, i - 1) == "-"
        and word_at(toks, i - 2) == "magnitude"
    ):
        return "measure", "magnitude", value, j  # "the magnitude 6 quake", "a magnitude-7.8 earthquake"
    if word_at(toks, i - 1) == "of" and word_at(toks, i - 2) == "magnitude":
        return "measure", "magnitude", value, j  # "a magnitude of 6.4"
    if nxt == "on" and word_at(toks, j + 1) == "the" and word_at(toks, j + 2) == "richter":
        return "measure", "magnitude", value, j  # "measured 6.1 on the Richter scale"
    glued = j < len(toks) and toks[j].start == toks[j - 1].end
    if (
        nxt == "-"
        and word_at(toks, j + 1) in lex["measures"]
        and glued
        and word_at(toks, j + 3) not in OLD_WORDS
        and word_at(toks, j + 2) not in OLD_WORDS
    ):
        j += 1  # "a 5-mile area"
        glued = True
    key = _measure_key(toks, j, glued)
    if key is None:
        if _quake_measured(toks, i, value):
            return "measure", "magnitude", value, j  # "the quake measured 6.2"
        return "count", "", value, j
    dim, factor = lex["measures"][key]
    end = j + len(key.split())
    if dim == "length" and (word_at(toks, end), word_at(toks, end + 1)) in _PER_HOUR:
        return "measure", "speed", value * factor / 3600, end + 2  # "200 km per hour", "100 km/h"
    return "measure", dim, value * factor, end


# what makes a length a speed: "200 km per hour", "80 miles an hour", "100 km/h"
_PER_HOUR = frozenset({("per", "hour"), ("an", "hour"), ("a", "hour"), ("/", "h"), ("/", "hr")})


def _measure_key(toks, j, glued: bool) -> str | None:
    """The unit of measure at token j ("km", "square miles"), unless the letters there mean
    something else: "5m people" (million), "100m race" is metres, "second half"."""
    measures = lexicon()["measures"]
    nxt = word_at(toks, j)
    two = f"{nxt} {word_at(toks, j + 1)}"
    surface = toks[j].text if j < len(toks) else ""
    key = two if two in measures else surface if surface in measures else nxt if nxt in measures else None
    after = word_at(toks, j + 1)
    if key in {"m", "F", "C", "K", "g"} and not (glued or key in {"K", "C", "F"}):
        spaced_metres = key == "m" and not after[:1].isalpha()
        key = key if spaced_metres else None
    if key in {"m"} and glued and after and after[0].isalpha() and lemma(after) != after:
        key = None  # "5m people": million, not metres
    if key == "m" and glued and after not in _METRES_AFTER:
        # "a 300m-deep gorge": metres when a hyphen joins a dimension word
        key = key if after == "-" and word_at(toks, j + 2) in _METRES_AFTER else None
    if key in {"second", "minute"} and after in {"half", "time", "leg"}:
        key = None
    return key


_METRES_AFTER = frozenset(
    {
        "",
        ".",
        ",",
        "race",
        "sprint",
        "hurdles",
        "freestyle",
        "high",
        "long",
        "deep",
        "wide",
        "tall",
        "above",
        "below",
    }
)


_OF_SET = frozenset({"them", "those", "these", "the", "whom", "its", "his", "her", "their", "our"})


def _part_scope(toks, first, j) -> set[str]:
    """A figure for a part of something: "Of the deaths, 17,388 were in Kashmir" (a sentence
    opening with "Of the …," before the figure, or "… said that of the 18 injured, five …"),
    "13 of them", "31 of the injured", or a place's share, "Muzaffarabad, where 11,000 died"."""
    before, after = word_at(toks, first - 1), word_at(toks, j)  # (each read once)
    if before == "where":
        return {"where"}
    if before in {"include", "includes", "included"} and after in {
        "people",
        "persons",
    }:
        return {"of-part"}  # "The arrests included 11 people detained in raids": some of them (a
        # role's part, "the dead included nine children", is a figure every report gives)
    if after == "of" and word_at(toks, j + 1) in _OF_SET:
        return {"of-part"}  # "13 of them", "21 of its 48 passengers"
    if after == "of" and _parse_number(toks, j + 1) is not None:
        return {"of-part"}  # "four of six crew members": four of a set of six
    if (
        after == "other"
        and word_at(toks, j + 1) in _VICTIM_NOUNS
        and (word_at(toks, j + 2) in _THEN_VERBS or not word_at(toks, j + 2)[:1].isalpha())
    ):
        return {"of-part"}  # "The two other injured were night workers": the rest of the injured
    if after == "among" and word_at(toks, j + 1) in {"them", "those", "whom", "these"}:
        return {"of-part"}  # "110 people were admitted ... and 11 among them are dead"
    if (
        word_at(toks, 0) == "of"
        and any(t.text == "," for t in toks[1:first])
        and (not any(t.text[0].isdigit() for t in toks[1:first]) or first > 3 and _whole_toll(toks, 3))
    ):
        return {"of-part"}  # "Of the 65 people injured, at least 49 were taken to hospital": 49
    if "of" not in map(token_low, toks[max(0, first - 12) : max(0, first - 2)]):
        return set()  # (the loop below looks for an "of" there)
    for k in range(max(0, first - 12), first - 2):
        if (
            word_at(toks, k) == "of"
            and (word_at(toks, k - 1) in _PART_OPENERS or word_at(toks, k - 1) in _SHARE_OF)
            and word_at(toks, k + 1) in {"the", "those"}
        ):
            if any(t.text in {",", "-", "—", "–"} for t in toks[k + 2 : first]):
                # "said that of the 18 injured, five have been ...", "Nearly two-thirds of those
                # killed -- 97 -- were women"
                return {"of-part"}
    return set()


_VICTIM_NOUNS = frozenset({"injured", "wounded", "hurt", "dead", "victims", "survivors", "missing"})
_THEN_VERBS = frozenset({"were", "are", "was", "is", "had", "have", "remain", "remained"})


# Words before a figure in its clause that date it to an earlier report ("Railway officials had
# earlier put the toll at six", "Early reports said 70 were injured").
_EARLIER = frozenset({"earlier", "initially", "originally", "previously"})
_REPORTS = frozenset({"report", "reports", "estimate", "estimates", "figures", "count", "tally"})
_REPORTED = frozenset({"said", "put", "reported", "given", "estimated", "counted", "confirmed"})


_QUAKE_WORDS = frozenset({"quake", "earthquake", "tremor", "temblor", "shock", "aftershock"})


def _quake_measured(toks, i, value) -> bool:
    """ "the quake measured 6.2", "a tremor measuring 4.3": a quake's magnitude with no unit word."""
    return (
        0 < value < 10
        and word_at(toks, i - 1) in {"measured", "measuring"}
        and (word_at(toks, i - 2) in _QUAKE_WORDS or word_at(toks, i - 3) in _QUAKE_WORDS)
    )


def _superseded(toks, lo, first, j, hi) -> set[str]:
    """A figure of an earlier report: an earlier-report word before it in its clause ("had earlier
    put the toll at six", "Early reports said 70"), or a clause that the sentence then corrects
    ("it was reported that 34 were on the bus, but now it has been confirmed that ...")."""
    # most figures have none of the words either loop looks for near them: one set test each
    before = max(lo, first - 12)
    if _EARLIER_CUES.isdisjoint(map(token_low, toks[before:first])) and _LATER_CUES.isdisjoint(
        map(token_low, toks[j : min(hi, j + 25)])
    ):
        return set()
    for k in range(before, first):
        low = toks[k].low
        if low in _EARLIER or low in {"early", "first", "initial"} and word_at(toks, k + 1) in _REPORTS:
            if _revised_between(toks, k, first):
                continue  # "initially put at 6.1 but upgraded to 6.4, ... 3 km deep": the cue is 6.1's
            return {"earlier"}
        if low == "had" and word_at(toks, k + 1) in _REPORTED:
            return {"earlier"}  # "Officials had said on Friday that 27 were dead": a past report
    for k in range(j, min(hi, j + 25)):
        if toks[k].low == "but" and {word_at(toks, k + 1), word_at(toks, k + 2)} & {"now", "later"}:
            return {"earlier"}
        if toks[k].low in _CORRECTED:
            return {"earlier"}  # "Five deaths were reported ..., but the information has been corrected"
    return set()


_CORRECTED = frozenset(
    {"corrected", "mistaken", "mistake", "erroneous", "retracted", "withdrawn", "overstated"}
)
# words that turn from an earlier figure to the one that replaced it: "initially 6.1 but upgraded to 6.4"
_REVISED = frozenset(
    "but then later upgraded downgraded revised raised lowered adjusted corrected updated".split()
)


def _revised_between(toks, k, first) -> bool:
    """An earlier-report word whose own figure comes before ``first`` and is then revised: the word
    scopes that figure, not the revision nor the figures after it in the sentence."""
    figure = next((x for x in range(k + 1, first) if toks[x].text[:1].isdigit()), None)
    return figure is not None and any(toks[x].low in _REVISED for x in range(figure + 1, first))


# the words that open each loop's tests in ``_superseded``
_EARLIER_CUES = _EARLIER | {"early", "first", "initial", "had"}
_LATER_CUES = _CORRECTED | {"but"}

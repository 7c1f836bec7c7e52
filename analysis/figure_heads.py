"""What a figure counts: its head noun ("12 *passengers*") with its modifiers, the attribute it
measures ("a temperature of 6,000 K", "5 km from the shore") and the event it counts ("12
*killed*"), read from the words after and around the figure.

Apart from ``figure_clause``, which decides the scope and standing of a figure, because these
readers look only at the few words next to it and are shared by the lists and totals too.
"""

from __future__ import annotations

from .numtext import lemma, lexicon, word_at
from .text import token_low
from .words import DEFINITE, MONTHS, STOPWORDS, WEEKDAYS
from .figure_types import _Sentence
from .number_parse import _VERBISH, _parse_number, _past_initials


# a French plural written as its singular ("1 629 voix au premier tour"): a plural all the same,
# that ends the noun phrase. (Not "mois": "huit mois de prison" must keep its whole phrase, or a
# term asked for and a term given read as one count of months.)
_SAME_PLURALS = frozenset({"voix"})


_PART_OPENING = frozenset({"including", "among"})


_SAYING = frozenset("said says reported reports told added announced stated confirmed".split())


_NOT_HEADS = frozenset(
    "long wide high tall deep old away thick dead injured wounded missing hurt "
    "more less later earlier ago apart last next this each "
    "north south east west northeast northwest southeast southwest "
    "near across along beside outside inside behind other others still plus minus aboard onboard "
    "overnight today yesterday tonight tomorrow now remain remained".split()  # "injured at least 140 overnight"
)


def _verb_at(toks, k) -> bool:
    """Whether a verb form ("injuring") starts at token k, or an adverb of one ("seriously
    injuring", "critically wounded")."""
    word = word_at(toks, k)
    return bool(_VERBISH.match(word) or word.endswith("ly") and _VERBISH.match(word_at(toks, k + 1)))


def _head(toks, j, hi) -> tuple[str | None, frozenset[str], int]:
    """The noun a number counts: the last word of the noun phrase after it ("15 commercial
    robberies" -> robbery; "600 tons of coal" -> coal; "a 21-man active roster" -> roster)."""
    k = j
    if word_at(toks, k) == "-" and k + 1 < hi and toks[k + 1].text[0].isalpha():
        k += 2  # "21-man": the hyphenated modifier; the head follows
    if word_at(toks, k) == "of" and word_at(toks, k + 1) in {
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "those",
        "these",
    }:
        k += 2
    elif word_at(toks, k) == "of":
        k += 1
    k = _past_initials(toks, k)  # "13 U.S. service members": the noun after the initials
    words = []
    while k < hi and len(words) < 4:
        t = toks[k]
        low = t.low
        if not low[0].isalpha() or low in STOPWORDS or low in MONTHS or low in WEEKDAYS:
            break
        if words and _VERBISH.match(low):
            break
        if low in _NOT_HEADS:
            break
        if low.endswith("ly") and _VERBISH.match(word_at(toks, k + 1)):
            break  # "28 severely injured": an adverb, not the counted noun
        if (
            not words
            and _VERBISH.match(low)
            and low
            not in {
                "building",
                "buildings",
                "wedding",
                "weddings",
                "meeting",
                "meetings",
                "killing",
                "killings",
                "shooting",
                "shootings",
                "bombing",
                "bombings",
                "hearing",
                "hearings",
                "ceiling",
                "ceilings",
                "ring",
                "rings",
                "string",
                "strings",
                "being",
                "beings",
                "offering",
                "offerings",
                "earnings",
                "savings",
                "filings",
                "listings",
                "bed",
                "firefighting",  # "25 firefighting units": a modifier of the counted noun
                "fire-fighting",
            }
        ):
            break
        words.append(low)
        k += 1
        if lemma(low) != low and low not in {"firefighting", "fire-fighting"} or low in _SAME_PLURALS:
            break  # a plural ends the noun phrase: "5m people live", "15 robberies dating"
    if not words:
        return None, frozenset(), j
    head = lemma(words[-1])
    head = lexicon()["same_counted"].get(head, head)  # "houses" and "homes" count one thing
    if head == "worker" and len(words) >= 2 and words[-2] == "mine":
        head, words = "miner", words[:-2] + [words[-1]]  # "nine mine workers" are nine miners
    after = word_at(toks, k + 1)
    if (
        word_at(toks, k) in {"and", "or"}
        and after
        and after[0].isalpha()
        and after not in STOPWORDS
        and not _VERBISH.match(after)  # "two people and injuring 10": a verb, not a second noun
        and not _verb_at(toks, k + 1)  # "17 boys and seriously injuring 13 others"
        and _parse_number(toks, k + 1) is None
        # "killed 36 people and left 2 more missing": a verb with its own figure or object
        and _parse_number(toks, k + 2) is None
        and word_at(toks, k + 2) not in _DETERMINERS
        # "risen to 39 people and local authorities reported": a new subject and its verb
        and not (word_at(toks, k + 3) in _SAYING and word_at(toks, k + 2) not in STOPWORDS)
    ):
        second = lexicon()["same_counted"].get(lemma(after), lemma(after))
        head = f"{head}&{second}"  # "252 officers and men" counts both together
        k += 2
    return head, frozenset(lemma(w) for w in words[:-1]), k


_ATTR_SKIP = frozenset(
    "of is was are were be been at to that a an the stood reached totalled totaled "
    "total totals with has had have by nearly about around some almost roughly "
    "approximately estimated its their his her which more than over under least "
    "up just only mere merely barely "
    # a verb of a level is no attribute: "the number in intensive care stands at 9" measures care
    "stands stand remains remain".split()
) | frozenset({'"', "“", "‘"})  # a quote opening on the figure: 'a depth of “22.5 kilometres'


# the participles that tie an amount of money to what it prices ("a renovation costing €8m")
_PRICED = frozenset("costing worth valued priced".split())


_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west".split()
)


_DIMENSIONS = {
    "underground": "depth",
    "deep": "depth",
    "below": "depth",
    "beneath": "depth",
    "depth": "depth",  # "with 15 km depth"
    "high": "height",
    "tall": "height",
    "long": "length",
    "wide": "width",
}


def _dimension(toks, j, hi) -> str | None:
    """ "trapped 700 meters (2,300 ft) underground", "a 40-metre-high wall": the dimension a
    length measures, named by the word after it (past a restatement in brackets)."""
    k = j
    if word_at(toks, k) == "(":
        while k < hi and toks[k].text != ")":
            k += 1
        k += 1
    if word_at(toks, k) == "-":
        k += 1
    return _DIMENSIONS.get(word_at(toks, k))


# verbs that give a thing's size or where it lies ("the tower is / stands 310 m tall", "the wreck
# lies 3,800 m down", "the miners were trapped 700 m underground")
_SIZED_BY = frozenset(
    "is was are were stands stood rises rose measures measured reaches reached towers towered lies lay "
    "lie sits sat rests rested located situated trapped buried stuck spans spanned stretches stretched".split()
)
# the verbs that place a thing where it stays ("The airport is 45 miles north of the city"), not
# an event's ("The landslide buried the road 12 km west of the village")
_PLACED_BY = frozenset("is was are were stands stood lies lay lie sits sat rests located situated".split())
# words between such a verb and its figure: "lies at a depth of about", "stands some"
_SIZE_LEAD = frozenset(
    "of a an the at to depth height length width altitude elevation some about around nearly almost "
    "roughly approximately just over under more than".split()
)
_SUBJECT_SKIP = frozenset({"was", "were", "is", "are", "has", "have", "been", "had", "which", "that", ","})


def dimension_subject(toks, i, first, j, lo, hi, verbs: frozenset[str] = _SIZED_BY) -> frozenset[str]:
    """The nouns of what a length measures, for a figure at tokens ``first``..``j`` (its number at
    ``i``): the noun a compound sizes ("a 270-metre tower", "the 160-metre-high dam": up to two
    words, so a verb misread as a noun does no harm), or the subject of a verb that sizes or
    places it ("The tower is 310 metres tall", "The wreck of the trawler lies at a depth of
    3,800 metres": its last four words)."""
    if i + 1 < hi and toks[i + 1].text == "-":
        before = word_at(toks, first - 1)
        if before not in DEFINITE and not before.endswith(("'s", "’s")):
            return frozenset()  # "a 270-metre tower stands across the river": another one
        k = j
        if word_at(toks, k) == "-" and word_at(toks, k + 1) in _DIMENSIONS:
            k += 2
        words = toks[k : min(hi, k + 2)]
    else:
        k = first - 1
        while k >= lo and (toks[k].low in _SIZE_LEAD or toks[k].text == ","):
            k -= 1
        if k < lo or toks[k].low not in verbs:
            return frozenset()
        k -= 1
        while k >= lo and toks[k].low in _SUBJECT_SKIP:
            k -= 1
        words = toks[max(lo, k - 3) : k + 1]  # "the wreck of the trawler lies"
        if any(t.low in {"a", "an", "another"} for t in toks[max(lo, k - 4) : k + 1]):
            return frozenset()  # "a second shaft is 400 m deep"
    return frozenset(lemma(t.low) for t in words if t.text.isalpha() and t.low not in STOPWORDS)


def _distance_from(toks, j, hi, first: int = -1, lo: int = 0) -> str | None:
    """ "320 kilometres north of New Delhi", "20 miles from Leeds", "470 kilómetros al norte de
    Velmar": the distance from a named place (the place's last word, or its whole hyphenated
    name), which two such figures must share to be one distance; with the place it locates when a
    comma sets a name before it ("Tarvo, 470 km north of Velmar" and "Pellan, 300 km north of
    Velmar" are two places). ``first``: the figure's first token, ``lo`` its clause's."""
    lex = lexicon()
    k = j
    if word_at(toks, k) == "(":  # "30 km (19 miles) outside Dhaka": past the restatement
        k = next((x + 1 for x in range(k + 1, min(hi, k + 6)) if toks[x].text == ")"), k)
    if word_at(toks, k) in lex["compass_lead"] and word_at(toks, k + 1) in _COMPASS | lex["compass_other"]:
        k += 1  # "al norte de", "au nord de", "ten noorden van"
    if word_at(toks, k) in _COMPASS or word_at(toks, k) in lex["compass_other"]:
        k += 1
    if word_at(toks, k) == "away":
        if word_at(toks, k + 1) in {"from", "in", "on", "at"}:
            k += 1  # "heard 240 km away on the island of Ostrel"
        else:
            return _place_before(toks, first, lo)  # "the island of Ostrel, about 150 km away"
    elif (
        word_at(toks, k) not in {"of", "from", "outside", "off"}
        and word_at(toks, k) not in lex["distance_of"]
    ):
        return None  # ("off": "50 miles off the Ostrel coast", "66 km off the coast of Ostrel")
    if k + 1 >= hi:
        return None
    k += 1
    if k < hi and toks[k].low.endswith(("'s", "’s")):
        # "east of Norland's second-largest city, Ostrel": the place is the one its noun names
        k = _past_description(toks, k + 1, hi)
        if word_at(toks, k - 1) not in _PLACE_NOUNS:
            return None
    for _ in range(4):  # "of the", "of national capital New Delhi", "from the bow of the Ostrel"
        landmark = _landmark(toks, k, hi)
        if landmark:
            return "distance from " + landmark
        if k < hi and toks[k].text[0].islower() and toks[k].text.isalpha():
            k += 1
    if word_at(toks, k) in {"of", ","} and word_at(toks, k - 1) in _PLACE_NOUNS:
        k += 1  # "east of the market town of Ostrel", "west of the capital, Ostrel": named after its noun
    place = _place_name_at(toks, k, hi)
    if place is None:
        return None
    located = _located(toks, first, lo)
    return "distance from " + place + (" to " + located if located and located != place else "")


def _place_name_at(toks, k, hi) -> str | None:
    """The place named at token ``k``, lower-cased: its last word, or its whole hyphenated name
    ("Port-au-Prince"), if a capital starts one there."""
    if k >= hi or not toks[k].text[0].isupper():
        return None
    start = k
    while k + 1 < hi and toks[k + 1].text[0].isupper():
        k += 1
    while k + 2 < hi and toks[k + 1].text == "-" and toks[k + 2].text.isalpha():
        k += 2  # "Port-au-Prince", "Stratford-upon-Avon": one name
    if k > start and toks[k].low in _PLACE_NOUNS:
        k -= 1  # "Ostrel City" is the town "of Ostrel": one place by its name, not by "city"
    last = k
    while last - 2 >= start and toks[last - 1].text == "-":
        last -= 2
    # "2 miles from the Ostrel's wreck": the place is Ostrel, whatever of it the distance is from
    return "".join(t.low for t in toks[last : k + 1]).removesuffix("'s").removesuffix("’s")


def _place_before(toks, first, lo) -> str | None:
    """The place a figure of distance follows after a comma ("Ostrel, some 150 km away")."""
    k = first - 2
    if k < lo or word_at(toks, first - 1) != "," or not toks[k].text[:1].isupper():
        return None
    while k - 1 >= lo and (toks[k - 1].text[:1].isupper() or toks[k - 1].text == "-"):
        k -= 1
    if toks[k].text == "-":
        return None
    place = _place_name_at(toks, k, first - 1)
    return "distance from " + place if place else None


def _located(toks, first: int, lo: int) -> str | None:
    """The place a distance locates, named before it and a comma ("Tarvo, 470 km north of
    Velmar", "Pellan, unos 280 kilómetros al norte de"): its last word."""
    k = first - 1
    while k >= lo and k > first - 3 and toks[k].low in lexicon()["distance_lead"]:
        k -= 1
    if (
        k - 1 < lo
        or toks[k].text != ","
        or not toks[k - 1].text[:1].isupper()
        or not toks[k - 1].text.isalpha()
    ):
        return None
    if toks[k - 1].low in STOPWORDS or toks[k - 1].low in MONTHS or toks[k - 1].low in WEEKDAYS:
        return None
    k -= 1
    if (
        k - 2 >= lo
        and toks[k - 1].text == ","
        and toks[k - 2].text[:1].isupper()
        and toks[k - 2].text.isalpha()
    ):
        k -= 2  # "in Mendon, Missouri, 80 miles northwest of": the town, not its state
    return toks[k].low


def _past_description(toks, k, hi) -> int:
    """The token after a possessive's description ("second-largest city"): lower-case words
    and hyphens, at most six tokens."""
    end = min(hi, k + 6)
    while k < end and (toks[k].text == "-" or toks[k].text.isalpha() and toks[k].text[0].islower()):
        k += 1
    return k


def _attribute(toks, i, lo, money: bool = False) -> str | None:
    """The attribute a figure measures: "an effective temperature of 6000 K" -> temperature,
    "a mass that is 1.2 times" -> mass; of an amount of money, also the thing it is the price of
    ("a renovation costing 8 million euros", "a deal worth $5bn", "a house valued at £2m")."""
    k = i - 1
    steps = 0
    skip = _ATTR_SKIP | _PRICED if money else _ATTR_SKIP
    while k >= lo and steps < 5 and toks[k].low in skip:
        k -= 1
        steps += 1
    if steps == 0 or k < lo:
        return None
    w = toks[k].low
    if not w[0].isalpha() or w in STOPWORDS or _VERBISH.match(w) or toks[k].text[0].isupper():
        return None
    if word_at(toks, k - 1) == "to" and word_at(toks, k + 1) in _DETERMINERS:
        return None  # "to commemorate the 76 lives lost": a verb and its object, no attribute
    return lemma(w)


# nouns a place's name follows after "of": "the tourist town of X", "the provincial capital of X"
_PLACE_NOUNS = frozenset("city town village capital port island district province county".split())
# common-noun places a distance is given from, by one name: "from the shore" / "from the beach"
_LANDMARKS = {
    "shore": "the shore",
    "beach": "the shore",
    "coast": "the shore",
    "coastline": "the shore",
    "entrance": "the entrance",
    "mouth": "the entrance",
}
# a town the story names by its noun alone ("30 miles north of the city"): one place in one story
_THE_TOWN = frozenset({"city", "capital", "town", "village"})


def _landmark(toks, k, hi) -> str | None:
    """A place named by its noun: "300 metres from the shore" / "the beach"; "30 miles north of
    the city": the story's city."""
    if k >= hi:
        return None
    if toks[k].low in _LANDMARKS and word_at(toks, k + 1) != "of":
        return _LANDMARKS[toks[k].low]
    if toks[k].low in _THE_TOWN and word_at(toks, k - 1) == "the" and _town_ends(toks, k + 1):
        return "the " + toks[k].low
    return None


def _town_ends(toks, k) -> bool:
    """ "north of the city." / "north of the city, rescuers said": the noun ends the place (not
    "the city of Velmar" or "the capital, Saint-Varel", named after it, nor "the city centre", a
    part of it)."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text[:1].isupper():
        return False
    return (
        k >= len(toks)
        or not toks[k].text.isalpha()
        or toks[k].low in {"and", "on", "in", "at", "when", "after"}
    )


_SEARCHING = frozenset({"search", "searching", "searched", "hunting", "looking"})
_STOREY_WORDS = frozenset({"storey", "storeys", "story", "stories", "floor", "floors", "storied", "storeyed"})
_BEFELL = frozenset({"lost", "killed", "dead", "injured", "hurt", "wounded", "missing", "trapped", "rescued"})
_NEW_CLAUSE_AHEAD = frozenset({"before", "after", "when", "while", "whereas", "until"})
_NEW_CLAUSE_BEHIND = frozenset(
    {"and", "but", "while", "whereas", "after", "before", "when", "because", "until"}
)
_LIFE_TAKEN = frozenset({"claimed", "claiming", "cost", "costing", "took", "taking", "lost", "losing"})


def _new_clause(toks, k, w: str, forward: bool) -> bool:
    """Whether the word at ``k`` starts another clause than the figure's, looking ahead or back;
    back, a relative pronoun too ("injured on the flight, which was carrying 211": the relative
    clause's own figure), unless it follows the count itself ("the number of injured, which
    stood at 1,800")."""
    if forward:
        # "had about 60 scooters aboard, a deckhand said": who says it, no event of the figure's
        return w in _NEW_CLAUSE_AHEAD or w == "," and _says_after(toks, k + 1)
    return (
        w in _NEW_CLAUSE_BEHIND
        or w in _RELATIVE
        # "seven injured, out of which five are on ventilators": a part of those before
        and word_at(toks, k - 1) not in {"of", "among", "including"}
        and not _counted_antecedent(toks, k)
    )


_RELATIVE = frozenset({"which", "who", "whom", "whose"})
_COUNT_NOUNS = frozenset({"number", "toll", "tally", "count", "figure", "total"})


def _counted_antecedent(toks, k) -> bool:
    """Whether the relative pronoun at ``k`` follows a word that names the count itself ("the
    number of injured, which stood at 1,800"): then the figure in the relative clause is that
    count, and the event word before the pronoun is still its event."""
    before = k - 2 if word_at(toks, k - 1) == "," else k - 1
    w = word_at(toks, before)
    return w in _COUNT_NOUNS or bool(lexicon()["event_of"].get(lemma(w)) or lexicon()["event_of"].get(w))


def _lives_taken(toks, k) -> bool:
    """ "claimed the lives of", "cost 12 lives": the lives at token k were lost."""
    before = k - 2 if word_at(toks, k - 1) in {"the", "their"} else k - 1
    return word_at(toks, before) in _LIFE_TAKEN


def _phrase_event(toks, k, w: str, forward: bool) -> str | None:
    """An event said in two words, the word at ``k`` and its neighbour."""
    if forward and w in {"lost", "lose"} and word_at(toks, k - 1) == "lives":
        return "death"  # "the 76 lives lost"
    if forward and w in {"passed", "pass"} and word_at(toks, k + 1) == "away":
        return "death"  # "132 persons who passed away"
    if w == "custody" and word_at(toks, k - 1) == "into":
        return "arrest"  # "14 were taken into custody" (not "the three in US custody": held)
    return None


def _event(toks, i, j, lo, hi) -> str | None:
    """The event class a count belongs to ("12 killed", "killing 12", "15 people died"). Each
    direction stops at another figure, and looking back at "and"/"but": in "20 escaped
    unharmed, three died and four were taken to hospital" only "three" died."""
    lex = lexicon()
    ev = lex["event_of"]

    def figure(w: str) -> bool:
        return w[0].isdigit() or w in lex["units"] or w in lex["tens"]

    # "Nineteen passengers of the launch are still missing": past the holder after "of" or "from"
    reach = 5 + (3 if word_at(toks, j) in {"of", "from"} else 0)
    # "9,000 people living below the weir were told to leave": past where they are
    reach += 4 * (word_at(toks, j) in _WHERE_THEY_ARE)
    # (the words after the figure by slices: hi is at most the sentence's length)
    if "threatening" in map(token_low, toks[j : min(hi, j + 5)]):
        reach += 3  # past "non-life threatening" to the wounds it grades
    if not _HEDGES.isdisjoint(map(token_low, toks[j : j + 3])) and any(
        word_at(toks, k) in _HEDGES and word_at(toks, k + 1) == "to" for k in range(j, j + 3)
    ):
        reach += 3  # "100 people are believed to have been killed": past the hedge to the verb
    # "have so far been confirmed dead", "had now all died": adverbs between auxiliary and verb
    reach += sum(map(_BETWEEN_AUXILIARIES.__contains__, map(token_low, toks[j : min(hi, j + reach)])))
    ahead = _past_apposition(toks, j, hi) or range(j, min(hi, j + reach))
    back = range(i - 1, max(lo, i - 9) - 1, -1)
    # "38 dead in Fiji, 12 in Tonga": an item with no word of its own borrows the one before
    elliptical = j >= hi or word_at(toks, j) in _ELLIPTICAL_NEXT
    for steps, forward in ((ahead, True), (back, False)):
        for k in steps:
            w = toks[k].low
            if _ends_reading(toks, k, w, forward, figure):
                break
            if forward and _next_clause(toks, k, w, ev, figure):
                break  # "killing two people and injuring 10", "kills nine, injures 40"
            if forward and w in {"and", "but"} and word_at(toks, k - 1) == ",":
                break  # "the toll has risen to 144, and the injuries amount to 551": a new clause
            if (
                not forward
                and w in {",", ";"}
                and not elliptical
                and _figure_item_before(toks, k, lo, figure)
            ):
                break  # "two died, four are critical": the verb is the item before's own
            if w == "life" and _life_threatening(toks, k):
                continue  # "nine had non-life threatening wounds": a grade of wounds, no death
            if w in {"life", "lives"} and not forward and not _lives_taken(toks, k):
                continue  # "affected the lives of 100,000" is no toll; "claimed the lives of 12" is
            if _no_event_word(toks, k, w, lo, hi):
                continue
            phrase = _phrase_event(toks, k, w, forward)
            if phrase:
                return phrase
            cls = ev.get(lemma(w)) or ev.get(w)
            if (
                cls
                and cls not in {"birth", "found", "open", "close", "sign", "elect", "marry"}
                and (cls != "deal" or k < i)
            ):
                return None if _not_this_event(toks, i, k, forward, cls == ev.get(w)) else cls
    return None


def _next_clause(toks, k, w: str, ev, figure) -> bool:
    """Whether token k starts the next clause of a list of tolls: "and injuring 10", ", injured
    dozens", or a headline's ", injures 40" (an event word right before its own figure)."""
    if w in {"and", "but", ","} and _verb_at(toks, k + 1):
        return True
    after, verb = word_at(toks, k + 2), word_at(toks, k + 1)
    return (
        w == ","
        and bool(after)
        and bool(verb)
        and figure(after)
        and bool(ev.get(lemma(verb)) or ev.get(verb))
    )


def _no_event_word(toks, k, w: str, lo, hi) -> bool:
    """An event word that is another word here: "organisers claim that 2 million signed" (a
    speaker's word, no toll), "Die Feuerwehr rettete 21 Menschen" (the German article, no death)."""
    if w.startswith("claim") and word_at(toks, k + 1) == "that":
        return True
    return w == "die" and _german_die(toks, lo, hi)


# German function words: "die" in a clause with one of them is the article, not the verb
_GERMAN = frozenset(
    "der das den dem des und wurden wurde ist sind mit bei nach von zu im ein eine einer sich auch".split()
)


def _german_die(toks, lo, hi) -> bool:
    """Whether "die" in the clause [lo, hi) is the German article: the clause has another German
    function word ("21 Menschen wurden gerettet"), or "die" comes before a capitalised noun ("Die
    Feuerwehr rettete 21 Menschen")."""
    return any(t.low in _GERMAN for t in toks[lo:hi]) or any(
        t.low == "die" and word_at(toks, k + 1)[:1].isalpha() and toks[k + 1].text[:1].isupper()
        for k, t in enumerate(toks[lo : hi - 1], lo)
    )


# a participle saying where the counted are, between them and their verb
_WHERE_THEY_ARE = frozenset({"living", "residing", "staying", "travelling", "traveling", "working"})


def _says_after(toks, k) -> bool:
    """ "a survivor said", "one witness told AFP", "Smith said": an attribution opening at ``k``."""
    if k >= len(toks) or not (toks[k].low in {"a", "an", "the", "one"} or toks[k].text[:1].isupper()):
        return False
    return any(word_at(toks, x) in _SAYING for x in range(k + 1, k + 4))


def _ends_reading(toks, k, w: str, forward: bool, figure) -> bool:
    """Whether the reading of a figure's event stops at ``k``: at another figure (not the whole
    after "among": "27 children were among 30 killed" were killed) or another clause."""
    return figure(w) and not (forward and _among_whole(toks, k)) or _new_clause(toks, k, w, forward)


def _among_whole(toks, k) -> bool:
    """The figure at ``k`` follows "among" ("were among 30 killed", "among the 30 dead")."""
    return (
        word_at(toks, k - 1) == "among" or word_at(toks, k - 1) == "the" and word_at(toks, k - 2) == "among"
    )


# Before a verb's bare form, what leaves its event unmade: "have to arrest", "will evacuate"
_NOT_YET = frozenset("to will would could may might must should shall can".split())
# Before "to" and a figure, a change rather than a recipient: "rose to 17", "up to 40"
_CHANGES = frozenset(
    "rose risen rise rises rising climbed climbs jumped jumps increased increases grew grown "
    "reached up fell falls fallen dropped down declined soared surged swelled doubled from close "
    "nearly almost amounting amounted amounts added".split()
)


def _not_this_event(toks, i, k, forward: bool, bare: bool) -> bool:
    """Whether the event word at ``k`` does not count the figure at ``i`` after all: a bare verb
    after "to" or a modal before the figure ("police have to arrest three more": arrests still
    to make), or a participle after a figure given something ("granted bail to nine accused
    arrested in the case": nine were bailed)."""
    if not forward:
        return bare and word_at(toks, k - 1) in _NOT_YET
    return not bare and _given_to(toks, i)


def _given_to(toks, i) -> bool:
    """Whether the figure at ``i`` follows "to" after a word of giving or granting ("granted bail
    to nine accused persons arrested ...", "sent notices to six people detained ..."): the figure
    counts who received it, and the participle after it only describes them."""
    return word_at(toks, i - 1) == "to" and i >= 2 and word_at(toks, i - 2) not in _CHANGES


def _life_threatening(toks, k) -> bool:
    """ "life-threatening", "non-life threatening": the word "life" at token k grades a wound."""
    after = word_at(toks, k + 2) if word_at(toks, k + 1) == "-" else word_at(toks, k + 1)
    return (
        after in {"threatening", "threatening."}
        or word_at(toks, k - 1) == "-"
        and word_at(toks, k - 2) == "non"
    )


_BETWEEN_AUXILIARIES = frozenset("so far now already since also all officially reportedly".split())
_HEDGES = frozenset("believed feared thought said reported presumed estimated understood known".split())
_ELLIPTICAL_NEXT = frozenset({"in", "at", "on", "from", "across", ",", ".", ";", "and", "or", "more"})


def _figure_item_before(toks, comma, lo, figure) -> bool:
    """Whether the few words before a comma hold a figure of their own ("Two of those died, four
    are in critical condition", "left six dead, 26 removed from the rubble"): the event word
    there is that figure's."""
    for k in range(comma - 1, max(lo, comma - 5) - 1, -1):
        w = toks[k].low
        if figure(w):
            return True
        if w in {",", ";", "and", "but"}:
            return False
    return False


# "due to the consumption of ...": a cause, not a schedule
_DETERMINERS = frozenset("the a an his her its their this that these those heavy".split())
_ASIDES = frozenset({",", "—", "–"})  # "290—mostly high school students—still missing"


def _event_past_dashes(toks, i, j2, lo, hi, kind, sc: "_Sentence") -> str | None:
    """ "28 people—mostly tourists—were killed": an aside between dashes right after the counted
    noun ends the figure's clause (a dash is a clause break), so the verb after the closing dash is
    read as the count's own. None when no figure-free short aside closes there."""
    dash = word_at(toks, j2)
    if kind != "count" or j2 != hi or dash not in _DASHES:
        return None
    for k in range(j2 + 1, min(len(toks) - 1, j2 + 9)):
        w = toks[k].low
        if w[:1].isdigit() or w in {";", ":"}:
            return None
        if w == dash:
            return _event(toks, i, k + 1, lo, sc.clauses.bounds(k + 1)[1]) if k > j2 + 1 else None
    return None


_DASHES = frozenset({"—", "–"})


def _aside_mark(toks, k) -> bool:
    """A comma or dash that opens or closes an aside; a hyphen only with spaces either side
    ("25 passengers - most of them children - were"), not in "a six-year-old"."""
    w = word_at(toks, k)
    if w == "-":
        return toks[k].space_before and k + 1 < len(toks) and toks[k + 1].space_before
    return w in _ASIDES


def _past_apposition(toks, j, hi) -> list[int] | None:
    """ "At least 11 people, most of them children, died": the words after a figure's noun with
    an aside between commas stepped over, so the verb it counts is read; None when there is no
    such aside."""
    k = j if _aside_mark(toks, j) else j + 1 if _aside_mark(toks, j + 1) else None
    if k is None:
        return None
    # an aside that names a part of them may be long ("At least 265 people, including 241 of the
    # 242 on board a flight bound for London, were killed"); any other aside is short
    longest = 20 if word_at(toks, k + 1) in _PART_OPENING else 7
    words = 1  # the aside's words, a hyphenated compound counted once ("a three-and-a-half-year-old girl")
    for end in range(k + 2, hi):
        if toks[end].text == toks[k].text and _aside_mark(toks, end):
            return list(range(j, k)) + list(range(end + 1, min(hi, end + 5)))
        if toks[end].text != "-" and toks[end - 1].text != "-":
            words += 1
            if words > longest:
                break
    return None

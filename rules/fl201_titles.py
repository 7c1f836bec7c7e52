"""FL201's reading of the title words before a name: where a title starts, which words belong
to it, whether the title fits the story's trade (a judge in a court story), whether it opens
an acting or listed role, whose office it names in this sentence, and an official speaking
for a place. Split from the rule's module."""

from __future__ import annotations

import re
from dataclasses import replace

from factlint.analysis.mentions import Entity, Mention, Mentions
from factlint.analysis.lexicon import CABINET_TITLES
from factlint.analysis.text import word_tokens
from factlint.analysis.acting_officials import acts_as_subject
from factlint.linter.document import Document
from factlint.rules.fl201_speech import _official_speaks, _speaks, _speaks_after_aside
from factlint.rules.fl201_interactions import _acts_on_the_cast
from factlint.rules.fl201_offices import (
    _BODY_KINDS,
    a_country,
    _PORTFOLIO_WORDS,
    _TIED,
    _body_after_name,
    _city_office,
    _government_post,
    _portfolio,
)


def _whose_office(ms: Mentions, first: Mention, office, text: str) -> str | None:
    """The country or body a titled newcomer's office belongs to, as the title gives it or as
    written after the name ("Commissioner Jane Roe of the Trade Commission"); ``_TIED`` when
    the body after the name is one the story names elsewhere (she is its official)."""
    jurisdiction = first.jurisdiction
    if jurisdiction is not None:
        # "Consumer Affairs Minister X": a portfolio, not whose
        return (
            None if _portfolio(ms, office, jurisdiction) else _city_office(ms, first, office) or jurisdiction
        )
    body = _body_after_name(text, first.end)
    if (
        body is not None
        and ms.mentioned_elsewhere(body, first.sentence)
        and not _opens_acting(ms, text, first)
    ):
        return _TIED  # (one who opens the sentence acting is tied by no more than a title's body)
    return body


def _after_its(text: str, first: Mention) -> bool:
    """Whether "its" or "their" stands before the title: the office of a body the sentence has
    just named ("sued the paper and its owner Jane Roe")."""
    before = [t for t in word_tokens(text) if t.end <= first.start][-4:]  # ("its chief executive Jane Roe")
    return any(t.low in ("its", "their") for t in before)


def title_start(text: str, first: Mention) -> int:
    """Where a premodifying title and its body begin before a name: the run of words that
    ``_belongs`` reads as the title (offsets into the sentence)."""
    start = first.start
    before = word_tokens(text[: first.start])[-9:]
    if before and before[-1].text == ",":
        before = before[:-1]  # "SEIU organising director, Jane Roe"
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok.low in ("and", "&") and _portfolio_joined(before, i, text[start : first.start]):
            start = tok.start  # "Minerals and Energy Minister": one portfolio of two parts
            continue
        if (not tok.is_word and tok.text not in ("'s", "’s", "-")) or tok.low in _BEFORE_A_TITLE:
            break
        start = tok.start
    return start


def _portfolio_joined(before: list, i: int, after: str) -> bool:
    """Whether the "and" at ``before[i]`` joins two capitalised portfolio words of one title
    ("Trade and Industry Minister"), not two people ("Roe and Finance Minister Hale")."""
    if i == 0 or not after.strip():
        return False
    prev = before[i - 1]
    nxt = word_tokens(after)[0]
    return (
        prev.is_word
        and prev.text[:1].isupper()
        and nxt.text[:1].isupper()
        and prev.low in _PORTFOLIO_WORDS
        and nxt.low in _PORTFOLIO_WORDS
    )


def _title_words(ms: Mentions, text: str, first: Mention) -> list[str]:
    """The words of a premodifying title that name whose office it is ("Police Federation",
    "Manchester", "union"), lower case; not the office's own words or "deputy", "senior"."""
    title = {w.lower() for w in (first.title or "").split()}
    start = title_start(text, first)
    out = []
    for tok in word_tokens(text[start : first.start]):
        low = tok.low.removesuffix("'s").removesuffix("’s")
        if (
            tok.is_word
            and low not in title
            and low not in _TITLE_MODIFIERS
            and low != "and"
            and (low,) not in ms.lexicon.titles
        ):
            out.append(low)
    return out


def _opens_acting(ms: Mentions, text: str, first: Mention) -> bool:
    """Whether a title and name open the sentence and act at once on someone the story set up:
    "Ostrian Foreign Minister Jane Roe (later) told Hale ...", "... will host Hale"."""
    before = text[: title_start(text, first)]
    if not (not before.strip() or _time_aside(before) or _titled_list(ms, text, first, before)):
        return False
    if first.link == "apposition":
        # "Jane Roe, the Kell Bank's vice president, met Hale": the verb after the aside's comma
        aside = _APPOSITION_AFTER.match(text, first.end)
        if aside is not None and first.title and first.title.lower() in aside.group(0).lower():
            return _acts_on_the_cast(ms, replace(first, end=aside.end()), direct=True)
    return _acts_on_the_cast(ms, first, direct=True)


# ", the Kell Bank's vice president for Ostria," after a name: one aside closed by a comma
_APPOSITION_AFTER = re.compile(r",\s+(?:the\s+)?[^,;:\"“”()]{3,70},(?=\s)")


def _titled_list(ms: Mentions, text: str, first: Mention, before: str) -> bool:
    """Whether the words before a title are other titled people listed with this one, the list
    opening the sentence: "Interior Minister Kofi Adjei and Defence Minister Ama Roe met ..."."""
    if not before.rstrip().endswith((",", " and")):
        return False
    rest = before
    for m in ms.in_sentence(first.sentence):
        if m.end <= len(before) and m.link == "premodifier" and m.name:
            start = title_start(text, m)
            rest = rest[:start] + " " * (m.end - start) + rest[m.end :]
    return all(t.text == "," or t.low == "and" for t in word_tokens(rest))


_ASIDE_OPENERS = frozenset("later earlier meanwhile separately afterwards subsequently then on after".split())


def _time_aside(before: str) -> bool:
    """Whether the words before a title are only a short time aside that opens the sentence:
    "Later, ...", "On Tuesday afternoon, ...", "After the talks, ..."."""
    toks = word_tokens(before)
    return (
        1 < len(toks) <= 5
        and toks[-1].text == ","
        and toks[0].low in _ASIDE_OPENERS
        and all(t.is_word for t in toks[:-1])
    )


def _proper_name(doc: Document, word: str, here: int) -> bool:
    """Whether the story writes ``word`` (lower case) only with a capital, and so at least once
    inside a sentence or before another capital (a place or a name: "Denver", "Merrill Lynch
    analyst"), never lower case ("police")."""
    proper = False
    for sentence in doc.sentences:
        if sentence.index == here or word not in sentence.text.lower():
            continue  # (prefilter: the tokens only of sentences that hold the word)
        tokens = word_tokens(sentence.text)
        for i, tok in enumerate(tokens):
            if tok.low.removesuffix("'s").removesuffix("’s") != word:
                continue
            if not tok.text[:1].isupper():
                return False
            proper = proper or i > 0 or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())
    return proper


def _speaks_for_a_place(ms: Mentions, first: Mention, office, jurisdiction: str | None, text: str) -> bool:
    """Whether a titled official speaks under a title before the name that gives whose post it
    is: a capitalised government post ("..., said Ostrian Trade Minister Jane Roe", "Kell Premier
    Jane Roe said") or a firm's chief ("Brellcorp chief executive Tom Hale said"), the forms a
    splice keeps. A lower-case post after the name ("Jane Roe, deputy governor of Kell"), a
    town's mayor or a department's director is the story's own local official."""
    title = (first.title or "").split()
    if jurisdiction is None or not title or _city_office(ms, first, office) is not None:
        return False
    if first.link == "apposition":
        return _appositive_speaker(ms, first, office, text)
    return (
        first.link == "premodifier"
        and (
            (title[-1][:1].isupper() and _government_post(office))
            or office.group in ("corporate", "board", "head")
            or office.name in _SPEAKING_FOR  # "UN energy envoy Jane Roe said": in any case
            # a plain head's word after a body of the lists' name: "WHO chief Jane Roe said"
            or (office.name in _RUNS_IT and jurisdiction in ms.lexicon.derived(_listed_bodies))
        )
        and (
            _official_speaks(text, title_start(text, first), first.end)
            or (
                _a_state(ms, jurisdiction, office)
                and acts_as_subject(text, title_start(text, first), first.end, "en")
            )
        )
    )


def _listed_bodies(lex) -> frozenset[str]:
    """The organisations the lists know by name, canonical (made once per lexicon)."""
    return frozenset(lex.orgs.values()) | frozenset(lex.orgs_cased.values())  # ("WHO": cased)


# Offices whose holder speaks for a country or a body in wire copy: an envoy, a body's head or
# chair (not its owner), a firm's chief; with the government posts (``_government_post``)
_SPEAKING_FOR = frozenset({"ambassador", "consul", "envoy", "high commissioner"})
_HEAD_GROUPS = frozenset({"head", "corporate", "board"})
# Titles that say only that the holder runs something ("the head of", "the executive director
# of"): a body's official when the title is definite, an expert source when it is not
_RUNS_IT = frozenset({"head", "director", "chief"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "former", "ex"})


def _appositive_speaker(ms: Mentions, first: Mention, office, text: str) -> bool:
    """Whether a name set off by commas with its title speaks for a country or a body: "The
    chairman of the Kell Trade Board, Jane Roe, said", "Kell's governor, Jane Roe, told
    reporters", "Jane Roe, the executive director of the Kell Fund, said", "said Jane Roe,
    Kell's envoy to Ostria." Not a source a reporter introduces as one of many ("Jane Roe, a
    battalion chief in the Kell fire service, said"; "an analyst with ..."), nor a local post."""
    if not (
        _government_post(office)
        or office.name in _SPEAKING_FOR
        or (office.group in _HEAD_GROUPS and office.name != "owner")
        or office.name in _RUNS_IT
        # a force's head or a post of no group whose place the title owns ("Kell's police
        # chief, Jane Roe,", "Ostria's civil protection coordinator, Jane Roe,")
        or (
            (office.group == "force-head" or (office.group is None and a_country(ms, first.jurisdiction)))
            and _owner_by_possessive(ms, text, first)
        )
    ):
        return False
    low_title = (first.title or "").lower()
    before = _less_an_honorific(text[max(0, first.start - 160) : first.start].rstrip())
    seg = before[:-1] if before.endswith(",") else ""
    for mark in (",", ";", ":", '"', "“", "”"):
        seg = seg.rsplit(mark, 1)[-1]
    # ('"...," said Kell's envoy, Jane Roe.': the verb before both, the name ending the clause)
    said = _SAID_OPENS.match(seg) if _CLAUSE_ENDS.match(text[first.end : first.end + 3]) else None
    seg = seg[said.end() :] if said else seg
    if low_title and low_title in seg.lower():
        # the title before the name: "The head of the Kell Board, Jane Roe, said" (or acts)
        spoken, after_name = _speaks_after_aside(text, first.end) or said is not None, False
        spoken = spoken or _acts_abroad(ms, first, office, text, text.rfind(seg, 0, first.start), first.end)
    elif text[first.end : first.end + 1] == ",":
        # the title after the name, to the next comma or the sentence's end
        seg = text[first.end + 1 : first.end + 160].split(",", 1)[0]
        seg_end = first.end + 1 + len(seg)
        spoken = _speaks(text, first.start, first.end) or _speaks_after_aside(text, seg_end)
        if text[seg_end : seg_end + 1] == ",":  # ("Jane Roe, Ostria's envoy, urged")
            spoken = spoken or _acts_abroad(ms, first, office, text, first.start, seg_end)
        after_name = True
    else:
        return False
    words = [t.low for t in word_tokens(seg)]
    if not spoken or not words or words[0] in _INDEFINITE or low_title not in seg.lower():
        return False
    if after_name and _a_country_named_nowhere_else(ms, seg, first.sentence):
        return True  # "Jane Roe, director of the Zambia Grid Board, said" in a story of Ostria
    if after_name and not (
        office.name in _SPEAKING_FOR
        or office.group in ("cabinet", "minister", "deputy-head")
        or office.name in CABINET_TITLES
        or (_government_post(office) and a_country(ms, first.jurisdiction))
        or any(t.text in ("'s", "’s") for t in word_tokens(seg))
    ):
        # "Jane Roe, (the) chief executive of the Kell Trade Group, said": how copy brings in a
        # source it quotes, a body's head after the name; a minister, a country's head, an
        # envoy, a title that says whose it is with a possessive ("Kell's"), or the head of an
        # agency or a ministry by its name ("director of the Kell Space Agency")
        # speaks for it when no word of the body's own is written elsewhere in the story (the
        # story's trade ties them: "the Nuclear Industry Association" in a nuclear story)
        return _an_official_body(first.jurisdiction) and not _trade_elsewhere(ms, first)
    # a title that says only that they run something is a body's official when definite: "the"
    # or whose it is with a possessive ("Kell's civil defence chief, Jane Roe, said")
    return (
        office.name not in _RUNS_IT
        or office.group is not None
        or words[0] == "the"
        or any(t.text in ("'s", "’s") for t in word_tokens(seg))
    )


# the nouns that make a body's name a state's agency or ministry, whose head after the name
# speaks for it ("Jane Roe, director of the Kell Space Agency"); not a trade's association,
# federation or union, whose head is how copy brings in a source
_OFFICIAL_BODIES = frozenset("agency ministry department authority".split())
# an honorific between a title's comma and the name ("The head of the X, Dr Jane Roe, said")
_HONORIFIC_BEFORE = re.compile(r"\s(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?$")


def _an_official_body(jurisdiction: str | None) -> bool:
    """Whether a body's name (a jurisdiction of two words or more) has the noun of a state's
    agency or ministry (``_OFFICIAL_BODIES``)."""
    words = (jurisdiction or "").lower().split()
    return len(words) > 1 and not _OFFICIAL_BODIES.isdisjoint(words)


# words of a body's name that say nothing of its trade ("the National Space Agency")
_GENERIC_BODY_WORDS = frozenset(
    "national international world federal state european british american the of for and".split()
)


def _trade_elsewhere(ms: Mentions, first: Mention) -> bool:
    """Whether a word of a body's own name (not its noun, not a generic word) starts a word of
    another sentence of the story, in any case ("Dairy Farmers": "farmers"; "Nuclear Industry":
    "nuclear")."""
    own = [
        w[: max(4, len(w) - 2)]
        for w in (first.jurisdiction or "").lower().split()
        if len(w) > 3 and w not in _OFFICIAL_BODIES and w not in _GENERIC_BODY_WORDS
    ]
    if not own:
        return False
    found = re.compile(r"\b(?:" + "|".join(map(re.escape, own)) + ")", re.I)
    return any(found.search(s.text) for s in ms.doc.sentences if s.index != first.sentence)


def _less_an_honorific(before: str) -> str:
    """The text before a name less an honorific that opens the name ("..., Dr")."""
    m = _HONORIFIC_BEFORE.search(before)
    return before[: m.start()].rstrip() if m else before


def _acts_abroad(ms: Mentions, first: Mention, office, text: str, start: int, end: int) -> bool:
    """Whether an official of a country (not of a body: "the head of the Kell Committee, Jane
    Roe, has suggested" is how copy brings in a body's voice) set off with a title by commas
    is the subject of a verb: "Ostria's envoy, Jane Roe, offered ..."."""
    return _a_state(ms, first.jurisdiction, office) and acts_as_subject(text, start, end, "en")


# a country's name or its people's word as English writes one the lists do not know
# ("Ostria", "Kelland", "Ostrian"); a region's or a town's posts ("Kelland's premier") are
# left to the lists
_STATE_ENDS = ("ia", "land", "stan", "ian", "ese", "ish")
_PEOPLE_ENDS = ("ian", "ese", "ish")  # (a head by a place's name may be a club's or a college's)
_STATE_HEADS = frozenset({"prime minister", "king", "queen", "emir", "sultan"})  # (a state's alone)


def _any_head(office) -> bool:
    """Whether an office heads a state, a club, a college or a firm alike ("president")."""
    return office.group == "head" and office.name not in _STATE_HEADS


_REGIONAL_POSTS = frozenset({"governor", "lieutenant governor", "premier", "mayor", "deputy mayor"})


def _a_state(ms: Mentions, jurisdiction: str | None, office) -> bool:
    """Whether a title's jurisdiction is a country: one the lists know (``a_country``), or,
    for an envoy or a government's post above a region's, one word shaped like a country's
    name or its people's word (``_STATE_ENDS``) that names no body the lists know; a head
    ("president") by a people's word only ("(Name)ian President"): "(Name)ia's president" may
    be a club's, a college's or a firm's."""
    if a_country(ms, jurisdiction):
        return True
    return (
        jurisdiction is not None
        and " " not in jurisdiction
        and len(jurisdiction) >= 5
        and jurisdiction[:1].isupper()
        and jurisdiction.lower().endswith(_PEOPLE_ENDS if _any_head(office) else _STATE_ENDS)
        and (
            office.name in _SPEAKING_FOR or (_government_post(office) and office.name not in _REGIONAL_POSTS)
        )
        and (jurisdiction.lower(),) not in ms.lexicon.orgs
    )


# a speech verb opening the words before a title ("said", "added"), and the end of a clause
_SAID_OPENS = re.compile(r"\s*(?:said|says|added|adds)\s+(?=\S)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?\"”]|$)")


def _a_country_named_nowhere_else(ms: Mentions, title: str, here: int) -> bool:
    """Whether a title after a name holds a country the story names nowhere else ("Jane Roe,
    director of the Zambia Grid Board, said" in a story of Ostria): a body of another country,
    not a source the reporter brings in as one of the story's own."""
    for t in word_tokens(title):
        country = ms.lexicon.places.get((t.low,)) if t.text[:1].isupper() else None
        if country is not None and not ms.mentioned_elsewhere(country, here):
            return True
    return False


# An official's trade and the words of a story about it: a judge or a sergeant belongs in a story
# of a court case or an arrest, a manager or a keeper in a story of a match or a club, a senator
# or an MP in one of a parliament's business.
TRADES = (
    (
        frozenset("bench prosecution police-rank force-rank force-head".split()),
        frozenset(
            "judge attorney prosecutor magistrate coroner qc sergeant sgt constable detective det".split()
        ),
        frozenset(
            "court courts trial jury charged charges sentenced sentencing pleaded plea prosecutors "
            "prosecution police officers arrested arrest hearing inquest investigation custody "
            "convicted guilty detectives lawyer lawyers".split()
        ),
    ),
    (
        frozenset("club-manager club-staff club-player coach".split()),
        frozenset("manager boss coach keeper goalkeeper captain striker midfielder defender".split()),
        frozenset(
            "match game season league club goal goals cup squad fans championship tournament team "
            "players stadium fixture".split()
        ),
    ),
    (
        frozenset("legislator council".split()),
        frozenset("senator mp mps mla mep lawmaker congressman congresswoman assemblyman".split()),
        frozenset(
            "parliament senate assembly congress lawmakers mps senators legislators bill motion "
            "debate legislature resolution sabha knesset duma bundestag majlis dail".split()
        ),
    ),
)


_BEFORE_A_TITLE = frozenset(
    "by and with of to in from for at on as that said says told when while but or after before "
    "including among between like than is was were are has had have will".split()
)


# Words of a title that name no body: "Deputy", "senior", "regional" say nothing of whose it is.
_TITLE_MODIFIERS = frozenset(
    "the a an deputy senior junior acting interim regional state federal national city county "
    "district chief top group general assistant former new then vice".split()
)


def _belongs(
    ms: Mentions, ent: Entity, office, text: str, words: dict[str, set[int]], by_name: bool = True
) -> bool:
    """Whether a late official with title and full name is tied to the rest of the story, as real
    copy ties its late officials: the story names the person again, or the body or country the
    title gives (before or after; not ``by_name``: an official who opens the sentence acting on
    the cast), or the official's trade is what the story is about; a "who" clause that says who
    they are; a name used only to describe something ("X's constituency")."""
    first = ent.first
    here = first.sentence

    def elsewhere(word: str) -> bool:  # said in a sentence other than the official's
        return bool(words.get(word, {here}) - {here})

    after = text[first.end : first.end + 8]
    if after.startswith((", who ", " who ", "'s ", "’s ")):
        return True
    if elsewhere(first.text.split()[-1].lower()):
        return True  # the person comes back
    if (
        by_name
        and first.jurisdiction is not None
        and _city_office(ms, first, office) is None
        and ms.mentioned_elsewhere(first.jurisdiction, here)
    ):
        return True  # the body or country is named elsewhere in the story, after it too
    # the words of the title that name its body ("Police Federation chairman", "Manchester's
    # ... councillor"): any said elsewhere in the story
    title = {w.lower() for w in (first.title or "").split()}
    body = _title_words(ms, text, first)
    if office.name in CABINET_TITLES or office.group == "cabinet":
        # "Karnataka Water Resources Minister": the portfolio says what the post covers, not
        # whose it is; only the state or country ties a minister to the story
        body = [w for w in body if w not in _PORTFOLIO_WORDS]
    if not by_name:
        # an official acting on the cast: only the trade's common words ("Police Union
        # chairman" in a police story) tie them, not a place or a name the story also wrote
        acronyms = {t.low for t in word_tokens(text) if t.all_caps and len(t.text) > 1}
        named = [w for w in body if w in acronyms or _proper_name(ms.doc, w, here)]
        # (nor, beside a name, the kind of body it is: "ECOWAS Commission President" is not
        # tied by "the electoral commission")
        body = [w for w in body if w not in named and not (named and w in _BODY_KINDS)]
    # a body's full name of three words or more ("the Kell Emergency Relief Agency") is not
    # tied by one common word of it that the story also writes ("emergency crews")
    body = [w for w in body if not _an_acronym_unwritten(ms.doc, text, first, w)]
    # (nor by the kind of body alone: "the Kell Fisheries Agency" is not tied by "the Environment
    # Agency" of another sentence)
    tied = [w for w in body if elsewhere(w) and (w not in _BODY_KINDS or set(body) <= _BODY_KINDS)]
    if tied and (len(body) < 3 or len(tied) > 1 or not _written_as_a_name(text, first, body)):
        return True
    group = office.group or ""
    if _owner_by_possessive(ms, text, first):
        return False  # "Kell's chief fire officer": another place's, not the story's trade's
    for groups, titles, story in TRADES:
        # (a government's law officer is no courtroom attorney: "Kell's attorney general")
        if group in groups or (title & titles and group != "cabinet"):
            if any(map(elsewhere, story)):
                return True
    return False


def _an_acronym_unwritten(doc: Document, text: str, first: Mention, word: str) -> bool:
    """Whether a word of the title is an acronym there ("WHO chief") that no other sentence
    writes in capitals: the story's lowercase word ("who", "aid") is no mention of the body."""
    acronym = word.upper()
    if re.search(rf"\b{re.escape(acronym)}\b", text[title_start(text, first) : first.start]) is None:
        return False
    found = re.compile(rf"\b{re.escape(acronym)}\b")
    return not any(found.search(s.text) for s in doc.sentences if s.index != first.sentence)


def _written_as_a_name(text: str, first: Mention, body: list[str]) -> bool:
    """Whether every word of a title's body is written with a capital: a body's own name."""
    caps = {t.low for t in word_tokens(text[title_start(text, first) : first.start]) if t.text[:1].isupper()}
    return all(w in caps for w in body)


def _owner_by_possessive(ms: Mentions, text: str, first: Mention) -> bool:
    """Whether the title gives whose post it is with a possessive of a place or body ("Kell's
    chief fire officer, Jane Roe,", "Kell's police chief Jane Roe"): one named nowhere else."""
    if first.jurisdiction is None:
        return False
    titles = [text[title_start(text, first) : first.start]]
    titles += [m.text for m in ms.in_sentence(first.sentence) if m.kind == "role" and m.name == first.name]
    return any(t.text in ("'s", "’s") for title in titles for t in word_tokens(title))


# Titles below the heads of state and government: copy gives such a holder's first name (or
# whose office it is) when they first appear ("Councilor Ann Pruett"), never just "Councilor
# Pruett".
_MINOR_TITLES = frozenset(
    {"councillor", "minister", "ambassador", "secretary", "commissioner", "director", "adviser", "official"}
)


# Honorifics that name a trade ("Advocate Roe", "Adv. Roe": a lawyer in South African, Indian
# or Kenyan copy): one who acts late under it alone is as unset as a titled surname.
_PROFESSIONAL_HONORIFICS = {"advocate": "Advocate", "adv": "Advocate"}


def _professional_honorific(text: str, first: Mention) -> str | None:
    """The trade an honorific before a name gives ("Advocate"), if it gives one."""
    before = [t for t in word_tokens(text[: first.start]) if t.text != "."][-1:]
    return _PROFESSIONAL_HONORIFICS.get(before[0].low) if before else None

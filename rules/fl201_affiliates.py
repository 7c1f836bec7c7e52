"""FL201 (English): a late named speaker tied only by affiliation to a body the story never names
("Jane Roe of the Ostrian Grain Board said", "..., said Jane Roe, a spokeswoman for the Ostrian
Grain Board", "Jane Roe, who heads (speaks for) the Ostrian Grain Board, said"; tied "from",
"at", "with" or "representing", or after the body: "The Ostrian Grain Board's Jane Roe said"),
who speaks or acts on the cast ("urged the council"): the same splice as a titled newcomer
("Grain Board chair Jane Roe said"). Also a rank of a country's force ("Colonel Jane Roe of the
Ostrian army said", "Ostrian Navy Captain Jane Roe said") and a country's or a body of states'
person by the possessive alone ("Ostria's Jane Roe said", "Interpol's Jane Roe said")."""

from __future__ import annotations

import re

from factlint.analysis.mentions import Mentions
from factlint.analysis.topic_overlap import overlap, same_trade
from factlint.linter.document import Document

# A person's full name: two to four capitalised words, initials allowed ("Jane K. Roe-Lind")
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})"
# A body's name after "the" or after a country's possessive ("Ostria's Grain Board"): capitalised
# words, "of"/"and"/"for"/"on"/"in" inside, and a force's lower-case noun after them ("the Ostrian army")
_BODY = (
    r"(?:the\s+|(?=[A-Z][\w-]*['’]s\s+[A-Z]))(?P<body>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on|in)\s+"
    r"(?:the\s+)?)?[A-Z][\w'’-]*){0,6}(?:\s+(?:army|navy|air\s+force|armed\s+forces|military|marines))?)"
)
# A full name with a particle ("Jane de Roe", "Jan van der Roe")
_NAME_PARTICLES = (
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la|del)\s+)*[A-Z][\w'’-]+){1,3})"
)
# A body's name that may end on lowercase words after its capitalised one ("the Ostrian grain board")
_BODY_LOWER_END = rf"{_BODY}(?<=[\w'’-])(?P<tail>(?:\s+[a-z]+){{0,2}})"
# Roles of a body's staff who speak for it; an analyst, professor, economist or researcher is an
# expert source the reporter brings in, not an official, and stays out
_ROLE = (
    r"(?:spokes(?:man|woman|person)|official|senior\s+official|adviser|advisor|representative|"
    r"officer|press\s+officer|board\s+member|member)"
)
_SAYS = (
    r"(?:said|says|told|added|adds|warned|noted|explained|stressed|stresses|insisted|insists|"
    r"argued|argues|cautioned|announced|announces|stated|emphasi[sz]ed|acknowledged)\b"
)
# What a body's person does to the cast besides speaking ("urged the council", "met Roe")
_ACTS = (
    r"(?:urged|urges|criticized|criticised|criticizes|criticises|praised|praises|met|meets|"
    r"welcomed|welcomes|pressed|presses|thanked|accused|called\s+on|asked|asks)\b"
)
# The words that tie a person to the body after the name ("of", "from", "at", "with")
_TIE = r"(?:of|from|at|with)"
_HEADS = r"(?:heads|leads|runs|chairs|directs|represents|speaks\s+for|works\s+for|sits\s+on)"
# A force's rank before a name, written whole or cut ("Brigadier General", "Lt. Col.")
_RANK = (
    r"(?:(?:Lieutenant|Lt\.|Major|Maj\.|Brigadier|Brig\.|Rear|Vice|Air|Field|Staff|Chief|Petty|Wing|"
    r"Squadron|Group)\s+)*(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|"
    r"Commander|Cmdr\.|Admiral|Adm\.|Commodore|Sergeant|Sgt\.|Marshal|Brigadier|Officer)"
)
# A country's force named before the rank: "Ostrian Army Colonel Jane Roe said", "... , said
# Ostrian Navy Captain Jane Roe."
_FORCE_NAME = (
    r"(?P<body>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+(?:Army|Navy|Air\s+Force|Armed\s+Forces|"
    r"Defen[cs]e\s+Forces|Military|Marines))"
)
_SHAPES = (
    # "Jane Roe of the Grain Board said", "Jane Roe from the Grain Board urged the council"
    re.compile(rf"\b{_NAME}\s+{_TIE}\s+{_BODY},?\s+(?:{_SAYS}|{_ACTS})"),
    # "said Jane Roe of the Grain Board", "according to Jane Roe, representing the Grain Board,"
    re.compile(
        rf"\b(?:said|says|added|[Aa]ccording\s+to)\s+{_NAME},?\s+(?:{_TIE}|representing)\s+{_BODY}\s*[.,;]"
    ),
    # "Jane Roe, representing the Grain Board, said"
    re.compile(rf"\b{_NAME},\s+(?:representing|{_TIE})\s+{_BODY},\s+(?:{_SAYS}|{_ACTS})"),
    # "The Grain Board's Jane Roe said" (the body first, as its owner)
    re.compile(
        rf"\b[Tt]he\s+(?P<body>[A-Z][\w-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w-]*){{0,6}})['’]s\s+{_NAME},?\s+(?:{_SAYS}|{_ACTS})"
    ),
    # "said Jane Roe, a spokeswoman for the Grain Board" / "Jane Roe, an official at the Grain Board, said"
    re.compile(
        rf"\b(?:said|says|added)\s+{_NAME},\s+(?:(?:a|an|the)\s+)?{_ROLE}\s+(?:for|at|of|to|with)\s+{_BODY}\s*[.,;]"
    ),
    # (the role with or without its article, "Jane Roe, spokeswoman for ..."; speaking or acting)
    re.compile(
        rf"\b{_NAME},\s+(?:(?:a|an|the)\s+)?{_ROLE}\s+(?:for|at|of|to|with)\s+{_BODY},\s+(?:{_SAYS}|{_ACTS})"
    ),
    # "A spokeswoman for the Grain Board, Jane de Roe, said", "... for the Ostrian grain board, ..."
    re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+{_ROLE}\s+(?:for|at|of|with)\s+{_BODY_LOWER_END},\s+{_NAME_PARTICLES},\s+(?:{_SAYS}|{_ACTS})"
    ),
    # "Jane Roe, who heads the Grain Board, said"
    re.compile(rf"\b{_NAME},\s+who\s+{_HEADS}\s+{_BODY},\s+(?:{_SAYS}|{_ACTS})"),
    # "Ostria's Jane Roe said", "Interpol's Jane Roe told": a country's or a body of states'
    # person by the possessive alone (``_OF_STATES``; a firm's "Brellcorp's Jane Roe" stays out)
    re.compile(rf"(?<![\w'’.-])(?P<body>[A-Z][\w.-]*)['’]s\s+{_NAME},?\s+(?:{_SAYS}|{_ACTS})"),
    # "Ostrian Army Colonel Jane Roe said", '"...," said Ostrian Navy Captain Jane Roe.'
    re.compile(rf"(?<![\w'’-]){_FORCE_NAME}\s+{_RANK}\s+{_NAME},?\s+(?:{_SAYS}|{_ACTS})"),
    re.compile(rf"\b(?:said|says|added)\s+(?:the\s+)?{_FORCE_NAME}\s+{_RANK}\s+{_NAME}\s*[.,;]"),
)
_POSSESSIVE, _RANKED = _SHAPES[-3], _SHAPES[-2:]
# What every shape holds: "the" body, an owner's possessive, a force's name
_CUES = (" the ", "The ", "'s ", "’s ", "Army ", "Navy ", "Force", "Military ", "Marines ")

# The last word of a body an official speaks for; a police force, a fire or weather service and
# a department are the local sources of disaster and crime copy and stay out, as do universities,
# institutes, think tanks, banks and parties (expert or partisan sources)
_BODY_ENDS = frozenset(
    "council board authority agency commission committee association federation bureau ministry "
    "union secretariat directorate network forum organisation organization administration chamber "
    "coalition alliance league office".split()
)
# Words of a body's name that say nothing of whose it is
_GENERIC = _BODY_ENDS | frozenset(
    "of and for on the national state federal regional international joint central general "
    "public interstate".split()
)
# Outlets and news agencies cited as sources ("Jane Roe of the Lakeside Press Association")
_OUTLETS = frozenset("news press times post journal herald tribune gazette radio television".split())


def affiliated_speakers(
    doc: Document, ms: Mentions, opening: int, skip: dict
) -> list[tuple[int, int, int, str, str]]:
    """(sentence, start, end, name, body) for each late speaker tied only to a body the story
    names nowhere else, not quoted, not named in another sentence, its body no outlet."""
    found = []
    for sentence in doc.sentences:
        text = sentence.text
        if (
            sentence.index in skip
            or not any(cue in text for cue in _CUES)  # (prefilter: "the" body, an owner's "'s", a force)
            or ms.position(sentence.index) <= opening
        ):
            continue
        for shape in _SHAPES:
            m = shape.search(text)
            if m is None:
                continue
            name, body = m.group("name"), m.group("body") + (m.groupdict().get("tail") or "")
            words = body.split()
            owned = shape is _POSSESSIVE or (shape not in _RANKED and not _after_the(text, m))
            if not _an_official_body(ms, words, owned):
                break
            if name.split()[0] in ("The", "A", "An", "His", "Her", "Their", "Its"):
                break
            if any(
                m2.in_quote and m2.start <= m.start("name") < m2.end for m2 in ms.in_sentence(sentence.index)
            ):
                break
            others = " ".join(s.text for s in doc.sentences if s.index != sentence.index)
            words = [w.removesuffix("'s").removesuffix("’s") for w in words]
            if _tied(ms, name, words, others, sentence.index) or _on_its_ground(
                doc, sentence.index, name, words
            ):
                break  # the person, the body, its place or its country named elsewhere; its trade
            start, end = (
                min(m.start("name"), m.start("body")),
                max(m.end("name"), m.start("body") + len(body)),
            )
            found.append((sentence.index, start, end, name, body))
            break
    return found


# The last word of a country's armed force ("the Ostrian army", "the Kell Defence Forces")
_FORCES = frozenset("army navy military marines forces force".split())
# Words before a force's noun that name no owner ("the Armed Forces", "the Royal Navy" is its
# country's own name); and bodies called an army that are no country's
_FORCE_WORDS = frozenset(
    "armed defence defense self-defense self-defence air royal national people's".split()
)
_NOT_FORCES = frozenset("salvation red barmy tartan toon terracotta".split())
# A government's or a body of states' kind word that opens its name ("the Ministry of Foreign
# Affairs", "the Organization for Security ..."); not an association or a council of a trade's
_STATE_HEADS = frozenset(
    "ministry organization organisation agency commission secretariat directorate".split()
)
# Bodies of states a possessive names alone ("Interpol's Jane Roe"): canonical names in the
# organisations list, lower case
_OF_STATES = frozenset(
    (
        "united nations|nato|european union|european commission|interpol|osce|asean|arab league|"
        "world health organization|world bank|international monetary fund|world food programme|unhcr|"
        "international atomic energy agency|international criminal court|oecd|undp|unrwa|ecowas|"
        "international labour organization|international organization for migration|council of europe|"
        "gulf cooperation council|world trade organization"
    ).split("|")
)


def _after_the(text: str, m: re.Match) -> bool:
    """Whether "the" stands just before the body a shape read."""
    return text[max(0, m.start("body") - 4) : m.start("body")].lower() == "the "


def _an_official_body(ms: Mentions, words: list[str], owned: bool) -> bool:
    """Whether the body a shape read is an official one: its kind word ends it, or a state's kind
    word ends the words before its first "of"/"for" ("the Ministry of Foreign Affairs", "the
    International Organization for Migration"); a force of an owner ("the Ostrian army", "the
    Kell Defence Forces", not "the Salvation Army"); no outlet. A body read by an owner's
    possessive alone (``owned``: "Ostria's Jane Roe", "Ostria's Grain Board") must be a
    country's or a body of states' (``_OF_STATES``)."""
    lows = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    if _OUTLETS & set(lows):
        return False
    if owned:
        owner = tuple(lows[0].split())
        if (
            ms.lexicon.places.get(owner) is None
            and (ms.lexicon.orgs.get(owner) or "").lower() not in _OF_STATES
        ):
            return False
        if len(lows) == 1:
            return True  # ("Ostria's Jane Roe said")
    head = lows[: next((i for i, w in enumerate(lows) if w in ("of", "for", "on", "in", "and")), len(lows))]
    if lows[-1] in _BODY_ENDS or (head and head[-1] in _STATE_HEADS):
        return True
    owners = [w for w in lows[:-1] if w not in _FORCE_WORDS and w not in _FORCES]
    return lows[-1] in _FORCES and bool(owners) and not _NOT_FORCES & set(lows)


def _tied(ms: Mentions, name: str, words: list[str], others: str, here: int) -> bool:
    """Whether the story names the speaker (the surname), the body (two of its telling words
    together, "Grain Board" for "the Ostrian Grain Board", or its letters), or a place or nationality of the
    body's name (one word or two: "Ostrian", "Lake Vell") in another sentence."""
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", others):
        return True
    telling = [w for w in words if w.lower() not in _GENERIC or w.lower() in _BODY_ENDS]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:]) if a.lower() not in _GENERIC]
    if len(telling) == 1:
        pairs.append(telling[0])
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) >= 3:
        pairs.append(initials)  # (the body by its letters: "OGB" for "the Ostrian Grain Board")
    lowered = others.lower()  # ("the probation office" names "the Probation Office")
    if any(
        p in others or (" " in p and p.split()[-1].lower() in _BODY_ENDS and p.lower() in lowered)
        for p in pairs
    ):
        return True
    if _named_by_its_first_word(words, others):
        return True
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            key = tuple(w.lower() for w in words[i : i + n])
            country = ms.lexicon.places.get(key)
            if country is not None and (
                ms.mentioned_elsewhere(country, here) or " ".join(words[i : i + n]) in others
            ):
                return True
    return False


def _named_by_its_first_word(words: list[str], others: str) -> bool:
    """Whether the body's first word, a capitalised one that says whose it is, stands in another
    sentence ("the Velmora Dockers Council" in a story set in Velmora)."""
    first = words[0] if words else ""
    if not first[:1].isupper() or first.lower() in _GENERIC or len(first) < 4:
        return False
    if first.endswith("an") and len(first) > 5:
        # a people's word names its country by the stem ("the Ostrian army" after "Ostria")
        stem = first[:-2] if first.endswith("ian") else first[:-1]
        return re.search(rf"(?<![\w-]){re.escape(stem)}", others) is not None
    return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", others) is not None


# the words that make a body a state's ministry or agency, the kind of body a story of its trade
# brings in unannounced ("a spokeswoman for the Ministry of Agriculture" in a farm protest)
_TRADE_BODIES = frozenset("ministry agency department".split())


def _on_its_ground(doc: Document, here: int, name: str, words: list[str]) -> bool:
    """Whether a ministry or an agency by its kind's word first ("the Ministry of Agriculture";
    ``_TRADE_BODIES``) speaks on the story's ground: the
    ground of its portfolio is written elsewhere (topic_words.yaml's trades: "farmers" for the
    Ministry of Agriculture), or its sentence shares a content word with the story, the
    speaker's name and the body's kind word left out."""
    low = [w.lower() for w in words if w.lower() != "the"]
    if not low or low[0] not in _TRADE_BODIES:
        return False  # (a name before its kind's word says whose it is: "the Ostrian transport ministry")
    texts = [s.text for s in doc.sentences]
    if same_trade(" ".join(words), texts[:here] + texts[here + 1 :], "en"):
        return True
    leave = frozenset(w.lower() for w in name.split()) | _TRADE_BODIES
    return bool(overlap(texts, here, "en", leave).shared)

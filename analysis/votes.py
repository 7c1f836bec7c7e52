"""Votes: a turnout, a side's or candidate's share of the vote, a party's seats.

A turnout is the percentage next to the word; a share of the vote belongs to the nearest name
before it in its clause ("Milei won with 55.8% of the votes, against Massa who obtained 44.2%");
seats belong to the run of capitalised words before them ("The Conservative Party have won 317
seats"), and a count that is a change or a region's part ("lost 12 seats in Wales") makes no
claim.
"""

from __future__ import annotations

import re

from .measure_claims import (
    CLAUSES,
    NOT_NAMES,
    NUM,
    PERCENT,
    Claim,
    bare_name,
    hedge,
    lacks_all,
    subject_names,
    written_value,
)
from .text import CAPITAL_WORD, LETTER_RUN


# a small party's seats are often written in words: "winning four seats"
_SEAT_WORDS = {
    w: i
    for i, w in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split(),
        start=2,
    )
}
_SEATS = re.compile(
    rf"(?<![\w.,])(?:{NUM}|(?P<word>{'|'.join(_SEAT_WORDS)}))\s(?:(?:out\s)?of\s(?:the\s)?(?:\d+\s|remaining\s)?)?"
    # "37 of the 150 available parliamentary seats", "31 Parliament seats"
    r"(?:(?:available|contested|elected|parliamentary|[Pp]arliament|[Aa]ssembly|legislative|lower[- ]house)\s){0,2}"
    r"seats\b",
    re.IGNORECASE,
)


_TURNOUT = re.compile(r"\bturnout\b", re.IGNORECASE)


# a turnout in other languages, by its own unambiguous word (German, Polish, Russian, Italian,
# Dutch, French), with the percentage written there ("71,9 процента", "72,2 proc.", "66,1 %")
_TURNOUT_OTHER = re.compile(
    r"\b(?:Wahlbeteiligung|frekwencj[aięy]|явк[аиуе]|affluenza|opkomst|taux\s+de\s+participation"
    # (Spanish and Portuguese "participación" alone may be a market's share: only the voters')
    r"|participaci[óo]n\s+electoral|participação\s+eleitoral|afluencia\s+a\s+las\s+urnas)\b",
    re.IGNORECASE,
)
_TURNOUT_OTHER_WORDS = ("wahlbeteiligung", "frekwencj", "явк", "affluenza", "opkomst", "participation", "electoral",
                        "eleitoral", "afluencia")  # fmt: skip
_PERCENT_OTHER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?"
    r"(?:%|prozent\b|procent\w*|proc\.|процент\w*|per\s?cento\b|pour\s?cent\b|por\s?ciento\b|por\s?cento\b)",
    re.IGNORECASE,
)


def _turnout_other(si: int, text: str) -> list[Claim]:
    """ "Die Wahlbeteiligung lag bei 66,1 Prozent", "Явка составила 71,9 процента": the one
    turnout word of the sentence and the first percentage within 40 characters after it."""
    if lacks_all(text, _TURNOUT_OTHER_WORDS):
        return []
    words = list(_TURNOUT_OTHER.finditer(text))
    if len(words) != 1:
        return []
    m = next(
        (p for p in _PERCENT_OTHER.finditer(text, words[0].end()) if p.start() - words[0].end() <= 40), None
    )
    if m is None:
        return []
    value, step = written_value(m.group("num").replace(",", "."), None)
    # (no names: the capitals of a German or a Cyrillic sentence name no side of the vote)
    return [Claim(si, m.start(), m.end(), m.group(), "turnout", "%", value, step, "", False, frozenset())]


# a turnout told as the share of the electorate that voted: "58% of voters took part", "gaben 58
# Prozent der Wahlberechtigten ihre Stimme ab", "ha votato il 58% degli aventi diritto"; the
# electorate right after the percentage, a verb of taking part in the sentence
_ELECTORATE = re.compile(
    r"\s(?:of\s(?:the\s)?(?:(?:registered|eligible)\s)?(?:voters|electorate|electors)"
    r"|der\s(?:Wahlberechtigten|Stimmberechtigten|Wähler)|des\s(?:électeurs|inscrits)"
    r"|de\s(?:los\s)?(?:votantes|electores|censo)|del\scenso|degli\s(?:elettori|aventi\sdiritto)"
    r"|van\sde\s(?:kiezers|stemgerechtigden)|(?:uprawnionych|wyborców)|dos\seleitores|do\seleitorado)\b",
    re.IGNORECASE,
)
_TOOK_PART = re.compile(
    r"\b(?:took\spart|turned\sout|went\sto\sthe\spolls|cast\s(?:their\s)?(?:ballots?|votes)|voted"
    r"|Stimme\sab|zur\sWahl|an\sder\sWahl|beteiligt\w*|ont\svoté|aux\surnes|se\ssont\sdéplacés"
    r"|acudi\w+|vot(?:ó|aron)|particip(?:ó|aron)|ha(?:nno)?\svotato|alle\surne|recat[oi]"
    r"|ging(?:en)?\sstemmen|stem\suit|stemde|opgekomen|wzięł[oy]\sudział|wzięli\sudział|(?:za)?głosowało"
    r"|votaram|votou|foram\sàs\surnas|comparece\w+)\b"
    # a vote for a side is a share of the vote, not of the electorate
    r"(?!\s(?:for|against|to|in\sfavou?r|yes|no|pour|contre|für|gegen|por|a\sfavor|en\scontra|per|contro"
    r"|a\sfavore|voor|tegen|za|przeciw|contra)\b)",
    re.IGNORECASE,
)
# a survey's respondents took part in the survey, not in the vote
_SURVEY = re.compile(
    r"\b(?:poll|(?<!to\sthe\s)polls|survey|surveyed|Umfrage|sondage|encuesta|sondaggio|peiling|sondaż\w*|pesquisa|sondagem)\b",
    re.IGNORECASE,
)
_ELECTORATE_WORDS = ("voters", "elector", "wahlberechtigten", "stimmberechtigten", "wähler", "électeurs",
                     "inscrits", "votantes", "censo", "aventi", "kiezers", "stemgerechtigden", "uprawnionych",
                     "wyborców", "eleitor")  # fmt: skip


def _electorate_share(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """A turnout told as a share of the electorate ("Only 58% of voters took part"): the one
    percentage of the sentence with the electorate right after it and a verb of taking part (not
    one of voting for a side) in the sentence; not in a sentence about a survey."""
    if lacks_all(text, _ELECTORATE_WORDS):
        return []
    found = list(_ANY_PERCENT.finditer(text))
    electorate = _ELECTORATE.match(text, found[0].end()) if len(found) == 1 else None
    if not electorate or not _TOOK_PART.search(text) or _SURVEY.search(text):
        return []
    m = found[0]
    value, step = written_value(m.group("num").replace(",", "."), None)
    bound, about = hedge(text[: m.start()])
    # (the names of an English sentence only: another language's capitals name no side)
    english = electorate.group().lstrip()[:2].lower() == "of"
    return [Claim(si, m.start(), m.end(), m.group(), "turnout", "%", value, step, bound, about,
                  names if english else frozenset())]  # fmt: skip


# a percentage in any of the languages read here ("58%", "58 per cent", "58,4 Prozent", "58 por ciento")
_ANY_PERCENT = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|prozent\b|procent\w*|proc\.|per\s?cento?\b|percent\b"
    r"|pour\s?cent\b|por\s?ciento\b|por\s?cento\b)",
    re.IGNORECASE,
)


def turnout_claims(si: int, text: str, names: frozenset[str]) -> list[Claim]:
    """A turnout: the percentage right after the word ("turnout of 86 per cent", "Turnout 84.6%")
    or right before it ("a 62 percent turnout"), in a sentence naming one turnout; or the share of
    the electorate that took part (``_electorate_share``)."""
    if lacks_all(text, ("turnout",)):
        return _turnout_other(si, text) or _electorate_share(si, text, names)
    words = list(_TURNOUT.finditer(text))
    if len(words) != 1:
        return []
    w = words[0]
    after = [m for m in PERCENT.finditer(text, w.end()) if m.start() - w.end() <= 40][:1]
    before = [m for m in PERCENT.finditer(text, 0, w.start()) if w.start() - m.end() <= 3][-1:]
    found = after or before
    if not found:
        return []
    m = found[0]
    value, step = written_value(m.group("num"), None)
    bound, about = hedge(text[: m.start()])
    return [Claim(si, m.start(), m.end(), m.group(), "turnout", "%", value, step, bound, about, names)]


# an aside about a side: who leads or founded it, whom it beat ("The CDU, led by Friedrich
# Merz, won"; "The Harbour Party, which beat the Civic Front, took 40 seats")
_ASIDE = re.compile(
    r",\s(?:which|who|whose|led by|founded by|headed by|chaired by|fronted by|backed by|comprising)\b[^,;]*,"
)


_SEAT_CHANGE = re.compile(
    r"\b(?:los[ets]|losing|loss of|gain\w*|net|picked up|pick up|another|extra|more|fewer)\b"
    r"(?![^,;]*\b(?:and|to)\s+(?:secured?|securing|w[io]n|winning|took|tak(?:e|ing)|hold\w*|held)\b)"
    r"[^,;]*$",
    re.IGNORECASE,
)


def seat_claims(si: int, text: str) -> list[Claim]:
    """A party's seats: "the Conservatives secured 318 seats"; the party is the nearest name
    before the figure, and for the sentence's first seat figure also its subject when that is a
    party's full name ("The Patriotic Bloc, comprising ..., has won 24.5%, securing 27 seats").
    A results list gives each next side its own seats ("X came second with 26 seats, Y took third
    place with 23 seats"; "X with 37 seats, followed by Y with 25, Z with 24"), each owned by the
    name since the previous figure."""
    if lacks_all(text, ("seats", "constituencies")):
        return []
    ms = list(_SEATS.finditer(text))
    if "constituencies" in text:
        # "The Green League won 38 constituencies": seats won, not a part of the count
        ms = sorted(ms + list(_WON_CONSTITUENCIES.finditer(text)), key=lambda m: m.start())
    if not ms:
        return []
    # a side's leader or an aside between dashes names someone else: "the alliance led by Frans
    # Timmermans came second", "Wilders – who has pledged to ... the Netherlands – finished"
    # (blanked, so that offsets stay those of the sentence)
    plain = _blank(_blank(_blank(text, _ASIDE), _LEADER), _DASH_ASIDE)
    out = []
    previous = 0
    for k, m in enumerate(ms):
        # a chamber's size is no side's seats: "of the 61 seats, ..."; in "winning 240 of the Lok
        # Sabha's 543 seats" the side's seats are the 240
        part = _PART_OF_CHAMBER.search(text, 0, m.start())
        if not part and _OF_THE_TOTAL.search(text, 0, m.start()):
            previous = m.end()
            continue
        first = part.start("part") if part else m.start()
        region = plain[previous:first]
        previous = m.end()
        if _SEAT_CHANGE.search(text[max(0, m.start() - 25) : m.start()]) or re.match(
            r"\s(?:from\b|in\s(?!the\b)[A-Z])", text[m.end() :]
        ):
            if k:
                continue
            return []  # "lost 12 seats in Wales", "took 36 seats from the SNP": a change, or a part
        # (not a name that qualifies the election: "the most seats at the Dutch election")
        runs = [r for r in _runs(region) if not _OF_THE_ELECTION.match(region, r[3])]
        if runs:
            party, owner = runs[-1][:2]
            if not k and _full_party_name(runs[0]):
                party = party | runs[0][0] | ({runs[0][2]} if runs[0][2] else frozenset())
        elif k:
            continue  # a later figure with no name of its own since the previous one
        else:  # "With 22 seats, the Greens …": the party follows when nothing names it before
            party, owner = _party(text[m.end() :], last=False)
        if not party:
            continue
        if part:
            value, step = written_value(part.group("part"), None)
        elif m.group("word"):
            value, step = float(_SEAT_WORDS[m.group("word").lower()]), 1.0
        else:
            value, step = written_value(m.group("num"), None)
        bound, about = hedge(text[:first])
        out.append(
            Claim(
                si,
                first,
                m.end(),
                text[first : m.end()],
                f"seats:{owner}",
                "seats",
                value,
                step,
                bound,
                about,
                party,
            )
        )
    if out and not PERCENT.search(text):
        out += _listed_seats(si, text, plain, ms[-1].end())
    return out


_WON_CONSTITUENCIES = re.compile(
    r"(?:(?<=\bwon\s)|(?<=\btook\s))(?P<num>\d{1,3})(?P<word>(?!))?\sconstituencies\b"
)
_PART_OF_CHAMBER = re.compile(
    r"(?<![\w.,])(?P<part>\d{1,3})\sof\s(?:the\s)?(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['’]s\s$"
)
_OF_THE_TOTAL = re.compile(r"\b(?:[Oo]f|out of)\s(?:the\s)?(?:all\s)?$")


def _listed_seats(si: int, text: str, plain: str, after: int) -> list[Claim]:
    """The next sides of a list of seats after a seat figure: "followed by GroenLinks-PvdA with
    25, VVD with 24, NSC with 20" (bare numbers after "with"/"on", each owned by the name before)."""
    out = []
    previous = after
    for m in _SEAT_ITEM.finditer(text, after):
        runs = _runs(plain[previous : m.start()])
        previous = m.end()
        if not runs:
            continue
        party, owner = runs[-1][:2]
        value, step = written_value(m.group("num"), None)
        out.append(
            Claim(
                si,
                m.start("num"),
                m.end("num"),
                m.group("num"),
                f"seats:{owner}",
                "seats",
                value,
                step,
                "",
                False,
                party,
            )
        )
    return out


def _blank(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


# "led by former Prime Minister Vasile Tarlev", "headed by Frans Timmermans": the leader's name
_LEADER = re.compile(
    r"\b(?:led|founded|headed|chaired|fronted)\sby\s(?:(?:former|the|ex-|outgoing|new)\s)?(?:[A-Z][\w'’.-]*\s?)+"
)
# (a relative clause between dashes; "Mark Rutte – leader of the VVD – has won" names the side)
_DASH_ASIDE = re.compile(r"\s[–—]\s(?:who|which|whose|where)\b[^–—]{1,160}?\s[–—]\s")
_PARTY_WORDS = frozenset("party bloc alliance coalition front movement union congress league list".split())


def _full_party_name(run: tuple) -> bool:
    """A run of capitalised words that is a party's full name ("The Patriotic Bloc", "the Action
    and Solidarity Party (PAS)"), not a person's ("Prime Minister Mark Rutte")."""
    return bool(run[2]) or len(run[0]) > 1 and bool(_PARTY_WORDS & {w.lower() for w in run[1].split()})


# a bare number of seats in a list: "with 25,", "on 24 and"
_SEAT_ITEM = re.compile(r"\b(?:with|on)\s(?P<num>\d{1,3})(?=\s?(?:,|;|\.|$|\sand\b|\swhile\b))")


def seat_owner(text: str, start: int) -> str:
    """The party a seat count at ``start`` belongs to: the nearest name before it in its clause
    ("the NDA bagged 354 seats, whereas the Congress only won 52 seats"), else ""."""
    return " ".join(sorted(_party(CLAUSES.split(text[:start])[-1], last=True)[0]))


def _party(text: str, last: bool) -> tuple[frozenset[str], str]:
    """The words of the last (or first) run of capitalised words of ``text``, with an acronym in
    brackets after it, and the run as written: "The Conservative Party" -> {"conservative"},
    "the BJP-led National Democratic Alliance (NDA)" -> {"bjp-led", "national", "democratic",
    "alliance", "nda"}."""
    runs = _runs(text)
    return (runs[-1][:2] if last else runs[0][:2]) if runs else (frozenset(), "")


def _runs(text: str) -> list[tuple[frozenset[str], str, str, int]]:
    """Each run of capitalised words of ``text`` that names something: its words (lower case,
    without "party"), the run as written, the acronym in brackets after it ("" if none) and
    where it ends."""
    runs = []
    for m in re.finditer(
        r"(?:\b[A-Z][\w'.-]*[A-Za-z0-9](?:\s+|(?=\W)|$))+(?:\((?P<acronym>[A-Z]{2,})\))?", text
    ):
        words = [bare_name(w) for w in CAPITAL_WORD.findall(m.group())]
        words = {w.rstrip("s") for w in words if w not in NOT_NAMES and w not in {"party", "parties"}}
        if words:
            runs.append((frozenset(words), m.group().strip(), (m.group("acronym") or "").lower(), m.end()))
    return runs


def seats_of_other_parties(a_text: str, a_start: int, b_text: str, b_start: int) -> bool:
    """Two seat counts whose clauses name different parties: two counts, not one stated twice."""
    first, second = seat_owner(a_text, a_start).split(), seat_owner(b_text, b_start).split()
    return bool(first and second) and not set(first) & set(second)


# A side of an election the story describes instead of naming, with what tells it from the
# others: "the ruling party", "the main opposition coalition" (a bare "the party" is any party)
_DESCRIBED_SIDE = re.compile(
    r"\b[Tt]he\s+(?P<side>(?:ruling|governing|incumbent|main|opposition|centre-right|centre-left|"
    r"center-right|center-left|far-right|far-left|right-wing|left-wing|conservative|liberal|"
    r"nationalist|socialist)(?:\s+(?:opposition|ruling|governing))?\s+(?:party|coalition|alliance|"
    r"bloc|candidate|camp))\b"
)
_OF_THE_VOTE = re.compile(
    r"\s?(?:%|per\s?cent|percent)\s(?:(?:of\s(?:the\s)?(?:(?:valid|popular|national|nationwide|total|overall|"
    r"first-round|party-list|presidential|parliamentary)\s)?(?:votes?|ballots?))|(?:vote\s?share|share of the vote))\b",
    re.IGNORECASE,
)
# "Labour's vote share, at 33.9%", "a share of the vote of 14%": the words come before the figure
_SHARE_BEFORE = re.compile(r"\b(?:vote\s?share|share of the vote)\b[^.;%\d]{0,20}$", re.IGNORECASE)
# the next side of a list of results, in a sentence that gives a share of the vote: "the
# "Alternative" bloc with 7.96% of the vote, "Our Party" with 6.20%", "stood at 14.6%"
_SHARE_ANYWHERE = re.compile(r"\b(?:vote\s?share|share of the vote)\b", re.IGNORECASE)
_LISTED = re.compile(
    r"(?:\b(?:with|at|on|or|took|won|got|received|garnered|secured|obtained)\s+(?:(?:about|around|"
    r"roughly|nearly|almost|just over|just under|over|more than|some)\s+)?"
    # a rival's share after the winner's: "50.5% of the vote against Raila Kamau's 48.9%"
    r"|\w['’]s\s+)$",
    re.IGNORECASE,
)
# a percentage of something else ("85% of the ballots counted", "of polling stations"), or a
# turnout: not a side's share
_NOT_LISTED = re.compile(r"\s(?:of|turnout)\b", re.IGNORECASE)
_VOTE_WORDS = ("vote", "ballot", "elect", "polled")
# words any party's name may hold: two sides that share only these are two sides
_GENERIC_SIDE = frozenset(
    "party bloc alliance coalition front movement union democratic national people people's social "
    "electoral congres list candidate group new".split()
)


# the election a share belongs to: "In 2019 the ANC obtained 57.5%" is the last one's ("since
# 1994" dates no share)
_IN_YEAR = re.compile(r"\b(?:[Ii]n|of|at)\s(?:the\s)?(?P<year>(?:19|20)\d\d)\b")
# a running tally, not a result: "is currently leading with 40.96%", "At around 10am, ... 40.12%",
# "preliminary results put them at 64.8%"
_RUNNING = re.compile(
    r"\b(?:currently|leading|leads|in the lead|as it stands|as of|(?:preliminary|provisional|partial|early)"
    r" (?:results?|count|tally|figures)|at (?:around |about )?\d{1,2}(?:[:.]\d\d)?"
    r"\s?(?:am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)


_OF_THE_ELECTION = re.compile(
    r"(?:federal|general|presidential|parliamentary|legislative|national|local|regional|state|snap)?\s*"
    r"(?:elections?|votes?|polls|parliament|assembly|legislature)\b",
    re.IGNORECASE,
)
# a side's leader or founder after its name: "The CDU, led by Friedrich Merz, ..."
_LED_BY = re.compile(r"\s*,\s*(?:led|founded|headed|chaired|fronted|formed)\s+by\b")


def distinct_side(words: frozenset[str]) -> frozenset[str]:
    """The words of a side's name that tell it from other sides (all of them when none do)."""
    return words - _GENERIC_SIDE or words


_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’.-]+\s?)+)")


# the round of a two-round vote a sentence names: a share "in the second round" and one that
# names no round may be the two rounds' (which one an unmarked figure is, only the story says)
_ROUND = re.compile(
    r"\b(?:(?P<first>first)[- ]round|(?P<second>second[- ]round|run-?off|ballotage|second ballot))\b",
    re.IGNORECASE,
)


def _rounds(text: str) -> frozenset[str]:
    if lacks_all(text, ("round", "run", "ballot")):
        return frozenset()
    return frozenset("round " + k for m in _ROUND.finditer(text) for k, v in m.groupdict().items() if v)


def vote_share_claims(si: int, text: str) -> list[Claim]:
    """A candidate's or side's share of the vote ("Milei won with 55.8% of the votes, against
    Massa who obtained 44.2%"): a percentage that says "of the vote" (or "vote share"), and in a
    sentence that says so, the next sides of its list ("X with 7.96% of the vote, Y with
    6.20%"); each owned by the nearest name before it since the clause's previous percentage.
    A sentence pairing names and figures "respectively" is left alone."""
    if lacks_all(text, _VOTE_WORDS) or "respectively" in text or _RUNNING.search(text):
        return []
    direct = bool(_OF_THE_VOTE.search(text) or _SHARE_ANYWHERE.search(text))
    rounds = _rounds(text)
    out = []
    at = 0
    for part in CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        percents = list(PERCENT.finditer(part))
        for k, m in enumerate(percents):
            after = m.start("num") + len(m.group("num"))
            head = part[: m.start()]
            if head.rstrip().lower().endswith(("remaining", "the rest")):
                continue  # "the opposition parties account for the remaining 39%": the others' share
            if _OF_THE_VOTE.match(part, after) or _SHARE_BEFORE.search(head):
                pass
            elif (
                not (
                    _LISTED.search(head)
                    and not _NOT_LISTED.match(part, m.end())
                    and (direct or head.rstrip().endswith("with"))
                )
                or "turnout" in head.lower()
            ):
                continue
            # (an aside between the side and its figure names someone else: "The Harbour Party,
            # which beat the Civic Front, won 40%"; nor is a name that qualifies the election
            # one: "won the German federal election with")
            region = _ASIDE.sub(" ", part[percents[k - 1].end() if k else 0 : m.start()])
            runs = [r for r in _runs(region) if not _OF_THE_ELECTION.match(region, r[3])]
            described = _DESCRIBED_SIDE.search(region)
            if runs:
                # the nearest name, the acronyms and, for the clause's first figure, its subject
                # when that is a party's full name ("The Patriotic Bloc, comprising the Socialist
                # Party led by Igor Dodon, has won 24.5%" is the bloc's share) or a name its
                # leader follows ("The CDU, led by Friedrich Merz, won 28.5%")
                named = [runs[-1]] + [
                    r for r in runs[:1] if not k and (len(r[0]) > 1 or r[2] or _LED_BY.match(region, r[3]))
                ]
                owner = {w for r in named for w in distinct_side(r[0])}
                owner |= {r[2].rstrip("s") for r in runs if r[2]}
                # (an acronym keeps its capitals for the message: "CDU", not "Cdu")
                last = [
                    w if w.isupper() else bare_name(w)
                    for w in CAPITAL_WORD.findall(runs[-1][1])
                    if bare_name(w) not in _GENERIC_SIDE
                ]
                side = last[-1] if last else " ".join(w for w in runs[-1][1].lower().split() if w != "the")
            elif described is not None:  # a side described, not named: "the ruling party took 54.1%"
                side = "the " + " ".join(described.group("side").lower().split())
                owner = frozenset({side})
            else:
                continue
            tail = part[m.end() : percents[k + 1].start() if k + 1 < len(percents) else len(part)]
            places = (
                frozenset(bare_name(p.group("place").strip()) for p in _IN_PLACE.finditer(tail)) - NOT_NAMES
            ) | {"year " + y.group("year") for y in _IN_YEAR.finditer(region + tail)}
            places |= rounds
            value, step = written_value(m.group("num"), None)
            bound, about = hedge(head)
            out.append(Claim(si, start + m.start(), start + m.end(), m.group(), f"share:{side}", "%", value,
                             step, bound, about, subject_names(region + tail) | {side}, owner=frozenset(owner),
                             places=places))  # fmt: skip
    return out


# a side's count of votes: "Tinubu polled 8,794,726 votes", "won 7 million votes" (a figure
# printed with a stray space after a comma, "8, 794,726 votes", is one figure)
_VOTE_COUNT = re.compile(
    r"(?<![\w.,])(?<!\d,\s)(?P<num>\d{1,3}(?:,\s?\d{3})+|\d+(?:\.\d+)?)(?:\s(?P<scale>million))?"
    r"\s(?:valid\s|popular\s)?votes\b"
)
# a margin, a total or a part, not a side's count: "leading by no fewer than 1.8 million votes",
# "of the 24,025,940 votes"; "... votes more than", "votes short of"
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:by|margin|lead|majority|gap|difference|ahead|of the|from the|out of|than|another|extra)"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_NOT_A_COUNT_AFTER = re.compile(r"\s(?:more|fewer|less|ahead|behind|short|cast|counted|in total)\b")
# the rounded share in brackets after the count: "6,942,930 votes (48.9%)"
_BRACKETED_SHARE = re.compile(r"\s?\(\s?(?P<share>" + PERCENT.pattern + r")\s?\)", re.IGNORECASE)
# a name before the count that is the side's party: "Nela Varo of the Civic Front who scored"
_OF_THE_BEFORE = re.compile(r"\bof\s(?:the\s)?$")


def vote_count_claims(si: int, text: str) -> list[Claim]:
    """A candidate's or side's count of votes ("Atiku polled 6,984,520 votes, while Obi came third
    with 6,101,533 votes"), owned by the nearest name before it in its clause since the clause's
    previous count (and the person a party's name follows: "X of the Y Party who polled"), with
    the share in brackets after it when there is one ("6,942,930 votes (48.5%)"). A margin, a
    total and "N votes more" are no side's count; nor is a figure in millions written out in
    full ("8,794,726 million votes", a misprint of either), nor a running tally."""
    if lacks_all(text, ("votes",)) or "respectively" in text or _RUNNING.search(text):
        return []  # (a running tally: "Lenz leads with 1,204,332 votes as of 9 p.m.")
    out = []
    at = 0
    rounds = _rounds(text)
    for part in CLAUSES.split(text):
        start = text.find(part, at)
        at = start + len(part)
        if "votes" not in part:
            continue
        previous = 0
        for m in _VOTE_COUNT.finditer(part):
            region_start, previous = previous, m.end()
            num, scale = m.group("num").replace(" ", ""), m.group("scale")
            head = part[: m.start()]
            if (
                (scale and "," in num)
                or _NOT_A_COUNT_BEFORE.search(head)
                or _NOT_A_COUNT_AFTER.match(part, m.end())
            ):
                continue
            region = _ASIDE.sub(" ", part[region_start : m.start()])
            runs = [r for r in _runs(region) if not _OF_THE_ELECTION.match(region, r[3])]
            if not runs:
                continue
            named = [runs[-1]]
            if len(runs) > 1 and _OF_THE_BEFORE.search(region[: region.rfind(runs[-1][1])]):
                named.append(runs[-2])
            owner = frozenset(w for r in named for w in distinct_side(r[0])) | {r[2] for r in named if r[2]}
            last = [
                w if w.isupper() else bare_name(w).title()
                for w in CAPITAL_WORD.findall(named[-1][1])
                if bare_name(w) not in _GENERIC_SIDE
            ]
            side = last[-1] if last else named[-1][1]
            tail = part[m.end() :]
            places = (
                (
                    frozenset(bare_name(p.group("place").strip()) for p in _IN_PLACE.finditer(tail[:60]))
                    - NOT_NAMES
                )
                | {"year " + y.group("year") for y in _IN_YEAR.finditer(region + tail[:60])}
                | rounds
            )
            names = subject_names(region) | {side.lower()}
            value, step = written_value(num, scale)
            bound, about = hedge(head)
            out.append(Claim(si, start + m.start(), start + m.end(), m.group(), f"votes:{side}", "votes", value,
                             step, bound, about, names, owner=owner, places=places))  # fmt: skip
            share = _BRACKETED_SHARE.match(part, m.end())
            if share:
                sv, sstep = written_value(share.group("num"), None)
                out.append(Claim(si, start + share.start("share"), start + share.end("share"), share.group("share"),
                                 f"share:{side}", "%", sv, sstep, bound, about, names, owner=owner,
                                 places=places))  # fmt: skip
    return out


# A roll-call vote's tally: "the Senate passed the bill 61-38", "approved by 63 votes to 38", "the
# council voted 7-2 to approve the plan", "on a 6-3 vote". Ayes and noes are one figure.
_TALLY_VERBS = (
    r"passed|passes|approved|approves|adopted|adopts|rejected|rejects|defeated|carried|confirmed|"
    r"voted|votes|ratified|ratifies|backed|backs|overturned|upheld|ruled|endorsed|cleared|blocked"
)
_TALLY = re.compile(
    rf"\b(?:{_TALLY_VERBS})\b(?:\s+(?!by\b|on\b|in\b)[\w'’-]+){{0,6}}?\s+(?:(?:by|on|in|with)\s+)?"
    r"(?:an?\s+(?:vote\s+of\s+)?)?(?P<a>\d{1,3})\s?(?:[-–]|votes?\s+to)\s?(?P<b>\d{1,3})(?![\d:/%-]|[.,]\d)"
    r"|\b(?:by|on|in|with)\s+an?\s+(?P<c>\d{1,3})\s?[-–]\s?(?P<d>\d{1,3})\s+(?:vote|decision|ruling|margin)\b"
    r"|\b(?:by|with)\s+(?P<e>\d{1,3})\s+votes?\s+to\s+(?P<f>\d{1,3})\b",
    re.IGNORECASE,
)
# what is voted on, and who votes: a tally is of one thing in one body
_VOTED_THINGS = frozenset(
    "bill motion measure resolution amendment plan nomination proposal law budget treaty ordinance "
    "deal agreement appointment impeachment verdict ruling merger".split()
)
_BODIES = {
    **{
        w: w
        for w in "senate house assembly council court committee panel parliament congress board jury".split()
    },
    **{
        "senators": "senate",
        "justices": "court",
        "judges": "court",
        "jurors": "jury",
        "councillors": "council",
    },
}


def tally_claims(si: int, text: str) -> list[Claim]:
    """The one tally of a roll-call vote a sentence gives ("passed the bill 61-38"), tied to what
    was voted on and the body that voted; none when the sentence gives two tallies (two votes)."""
    if lacks_all(text, _TALLY_NEEDS) or lacks_all(text, _TALLY_STEMS):
        return []  # (nearly every sentence: no dash, or no verb of a vote)
    found = list(_TALLY.finditer(text))
    if len(found) != 1:
        return []
    m = found[0]
    first, second = ("a", "b") if m.group("a") else ("c", "d") if m.group("c") else ("e", "f")
    pair = m.group(first, second)
    a, b = int(pair[0]), int(pair[1])
    words = [w.lower() for w in LETTER_RUN.findall(text)]
    # the body that voted: the last one named before the vote ("the committee voted 11-8 to send
    # the nomination to the Senate"), else one named after it
    before = [_BODIES[w] for w in LETTER_RUN.findall(text[: m.start()].lower()) if w in _BODIES]
    body = before[-1:] or [_BODIES[w] for w in words if w in _BODIES][:1]
    things = frozenset("thing:" + w for w in _VOTED_THINGS.intersection(words))
    names = things | frozenset("body:" + w for w in body)
    # "Lawmakers approved it 215-190": the thing voted on is the one the story told
    told_before = not things and bool(_VOTED_IT.search(m.group()))
    if not names and not told_before:
        return []
    high, low = max(a, b), min(a, b)
    start, end = m.start(first), m.end(second)  # the figures: "61-38", "63 votes to 38"
    return [
        Claim(si, start, end, text[start:end], "tally", "tally", high * 1000 + low, 0.0, "", False, names,
              told_before=told_before)
    ]  # fmt: skip


# the thing voted on as a pronoun right after the verb: "approved it", "rejected them"
_VOTED_IT = re.compile(rf"\b(?:{_TALLY_VERBS})\s+(?:it|them)\b", re.IGNORECASE)


_TALLY_NEEDS = ("-", "–", "vote")
_TALLY_STEMS = (
    "pass",
    "approv",
    "adopt",
    "reject",
    "defeat",
    "carri",
    "confirm",
    "vot",
    "ratif",
    "back",
    "overturn",
    "upheld",
    "ruled",
    "endors",
    "clear",
    "block",
    "decision",
    "margin",
)

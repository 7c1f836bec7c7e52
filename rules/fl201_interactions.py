"""FL201's reading of interactions: the verbs by which two actors deal with each other ("met",
"praised", "told") in every form, who acts on whom in a sentence, and the partner a newcomer
deals with: a person, an organisation through its people ("told Orvane executives") or a
group. Split from the rule's module."""

from __future__ import annotations

import re

from factlint.analysis.mentions import Entity, Mention, Mentions
from factlint.analysis.mentions.vocabulary import GROUP_NOUNS
from factlint.analysis.text import WordGated, word_tokens
from factlint.linter.document import Document
from factlint.rules.fl201_names import WHO_ACTS
from factlint.rules.fl201_speech import _REPORTING, _told


# Verbs by which two actors interact in one sentence ("praised", "met", "told"), in every form:
# regular verbs by their base form (the forms are made below), the rest written out.
_INTERACTING_VERBS = (
    "praise hail thank welcome greet host receive visit phone telephone urge warn criticise "
    "criticize accuse attack blame congratulate invite join talk discuss negotiate embrace dine "
    "lunch confer consult brief assure reassure promise pledge offer present award condemn rebuke "
    "back endorse defend challenge confront sue reply respond hand inform press lobby honour honor "
    "commend laud applaud rebuff snub hug salute interview sign approach contact ask call meet "
    "summon court thwart rebuke scold fire dismiss appoint nominate question petition caution "
    "console comfort advise visit reject overrule veto oppose describe mock ridicule deride chide "
    "slam blast lambast lambaste accompany escort decline sack suspend reprimand censure"
).split()


_IRREGULAR = (
    # "ordered Roe to ...": ordering someone (not "ordered that ...", "ordered all motorists")
    r"(?:ordered|orders)\s+(?=(?-i:[A-Z])|(?:him|her|them)\b)|"
    "met|rang|told|tells|telling|fined|spoke (?:with|to)|speaks (?:with|to)|hit out at|hits out at|"
    "(?:spoke|speaks|talked) by (?:tele)?phone (?:with|to)|wrote to|writes to|"
    "shook hands|shook|shakes hands|sat down|struck a deal|agreed with|agreed|sided with|"
    "clashed|argued with|appealed to|called on|calls on|dialogue|meeting with|"
    "apologi[sz](?:ed|es|e|ing) to|"
    "in talks with|together with|alongside|with the backing of|held talks|"
    "statement from|letter from|message from|invitation from|sent|gave|handed over|"
    "letter to|message to|call with|visit to|(?:to|will|would) see|"
    # "spent an hour with": the time between the verb and the partner
    r"(?:spent|spends|spend)\b[^,.;]{0,30}\bwith|"
    # "raised the matter with": the object between the verb and the partner
    r"(?:raised|raises|shared|shares)\b[^,.;]{0,30}\bwith|"
    # "toured the flooded drains with": a visit made together
    r"(?:toured|tours|inspected|inspects|visited|visits)\b[^,.;]{0,30}\bwith|"
    # "presented the winners' medals to": a thing handed over between the verb and the partner
    r"(?:presented|presents|handed|hands|awarded|awards)\b[^,.;]{0,30}\bto"
)


def _forms(verb: str) -> list[str]:
    """A regular English verb's forms: praise praises praised praising; brief briefs briefed."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing"}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):  # one short vowel: hug hugged, snub
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return sorted(forms, key=lambda form: (-len(form), form))  # the same pattern in every run


INTERACTION = re.compile(
    r"\b(" + _IRREGULAR + "|" + "|".join(f for v in _INTERACTING_VERBS for f in _forms(v)) + r")\b", re.I
)


_VERB_BEFORE = WordGated(re.compile(INTERACTION.pattern + r"\s+(?:the\s+)?$", re.I))


# INTERACTION as most tests ask it: a sentence without one of its verbs is answered unscanned
_INTERACTS = WordGated(INTERACTION)


# Offices news copy uses as an epithet for someone just named ("the Labour leader", "the Tory
# boss"); "the head of X said" after a person is a new speaker as often (a results story).
_EPITHET_OFFICES = frozenset({"leader", "boss"})


# "the sheriff's office", "the army's commanders": a group named by a common noun (GROUP_NOUNS)
# ... or the story's people named by what they are or do ("the two officers", "the injured",
# "Boeing executives", "the club's management")
_PEOPLE_NOUNS = frozenset(
    """officers police victims injured wounded survivors residents families relatives workers staff
    employees executives management players squad team club fans supporters protesters students
    pupils teachers doctors nurses firefighters rescuers passengers crew soldiers troops villagers
    farmers miners prisoners inmates detainees hostages refugees migrants shareholders investors
    jury organisers organizers lawmakers legislators delegation delegates selectors referees
    umpires crowd spectators picketers members voters observers monitors candidates party
    companies firms exporters importers growers producers traders suppliers retailers landlords
    tenants contractors operators""".split()
)


_GROUP = re.compile(
    r"(?:\bthe|\b(?-i:[A-Z])[\w&.-]*(?:'s|’s|'|’)?)\s+((?:[a-z0-9'’-]+\s+){0,2}("
    + "|".join(sorted(GROUP_NOUNS | _PEOPLE_NOUNS))
    + r"))\b"
)


# "told Orvane executives", "met Kestra officials": a body the story named, dealt with through its
# people (the body is the partner however rarely the story named it)
_ITS_PEOPLE = re.compile(
    r"\s+(?:executives|officials|staff|representatives|management|bosses|negotiators|leaders"
    r"|delegation|delegates|envoys|diplomats|managers|directors)\b"
)


def _named_twice_before(ent: Entity, first: Mention) -> bool:
    """Whether a name the lists do not know (a firm, a person by one name: "Orvane") was in two
    sentences before: the story's own, not a passing word."""
    return len({m.sentence for m in ent.mentions if m.sentence < first.sentence}) >= 2


def _object_of_interaction(doc: Document, m: Mention) -> bool:
    """Whether the mention is what an interacting verb acts on: "told Orvane", "met the Orvane
    board" (not a place the sentence happens to name: "in Indiana")."""
    return _VERB_BEFORE.search(doc.sentences[m.sentence].text, 0, m.start) is not None


def _organisation_partner(
    ms: Mentions, first: Mention, start: int | None = None
) -> tuple[str, tuple[str, object]] | None:
    """A named organisation the story met in an earlier sentence that the newcomer's sentence
    deals with: (its name as written here, (as written first, where)); none that stands in the
    newcomer's own description (from ``start``: "SEIU organising director Jane Roe")."""
    text = ms.doc.sentences[first.sentence].text
    for m in ms.in_sentence(first.sentence):
        if (
            (m.kind != "org" and _ITS_PEOPLE.match(text, m.end) is None)
            or m.in_quote
            or (first.start if start is None else start) <= m.start < first.end
        ):
            continue
        if m.end <= first.start and any(t.low in _REPORTING for t in word_tokens(text[m.end : first.start])):
            continue  # "The ASDMA said a team led by Jane Roe, ... would visit": who reports it
        if m.end <= first.start and text[m.end : first.start].strip() in ("'s", "’s"):
            continue  # "Delhi Police's Investigation Officer told the court": its own officer
        if start is not None and m.end <= start and text[m.end : start].strip() == ")":
            continue  # "Kell Grid Board (KGB) chief Jane Roe": the body the title is of
        if _told(text, m.start, m.end, first.end):
            continue  # "... told the court that ...": whom a statement is made to, not a partner
        org = ms.entity(m)
        if org is None:
            continue
        if org.first.sentence < first.sentence:
            the = "the " if text[: m.start].lower().endswith("the ") else ""
            people = _ITS_PEOPLE.match(text, m.end) if m.kind != "org" else None
            return the + text[m.start : people.end() if people else m.end], (org.first.text, org.first.span)
        if m.kind != "org" and ms.mentioned_before(m.text, first.sentence):
            # "hosted the Mongolian delegation": the people of a country the story named, in any
            # form ("Mongolian President ..."), though this is the word's first own mention
            earlier = next(i for i in range(first.sentence) if ms.mentioned_before(m.text, i + 1))
            sent = ms.doc.sentences[earlier]
            people = _ITS_PEOPLE.match(text, m.end)
            return "the " + m.text + text[m.end : people.end() if people else m.end], (
                sent.text[:40],
                ms.doc.sub_span(sent, 0, min(40, len(sent.text))),
            )
    return None


def _group_partner(doc: Document, first: Mention) -> tuple[str, tuple[str, object]] | None:
    """A group of the story, named by a common noun met in an earlier sentence, that the
    newcomer's sentence names besides the newcomer: (its phrase, (the earlier word, its span))."""
    text = doc.sentences[first.sentence].text
    # (not in the newcomer's own description, "the head of the agency"; read on after it, as its
    # last word may open a match: "... Union received the delegation")
    for m in (*_GROUP.finditer(text, 0, first.start), *_GROUP.finditer(text, first.end)):
        if m.start() >= first.end and _told(text, m.start(), m.end(), first.end):
            continue  # "the officer told the court": the court hears a statement, it is no partner
        # any group noun of the phrase the story named before ("the army's commanders": the army)
        words = {w.removesuffix("'s").removesuffix("’s") for w in m.group(1).split()}
        nouns = words & (GROUP_NOUNS | _PEOPLE_NOUNS)
        named = re.compile(r"\b(?:" + "|".join(sorted(n.removesuffix("s") for n in nouns)) + r")s?\b", re.I)
        for earlier in doc.sentences[: first.sentence]:
            seen = named.search(earlier.text)
            if seen is not None:
                phrase = m.group(0) if not m.group(0).startswith("The ") else "the" + m.group(0)[3:]
                return phrase, (seen.group(0), doc.sub_span(earlier, seen.start(), seen.end()))
    return None


_AND_A_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|&)\s+$")


def _after_and_a_name(doc: Document, ent: Entity) -> bool:
    """Whether the one-word name always follows "<Capitalised> and": the end of a firm's name."""
    return all(
        _AND_A_NAME_BEFORE.search(doc.sentences[m.sentence].text, 0, m.start) is not None
        for m in ent.mentions
    )


def _epithet_of_the_last_person(ms: Mentions, first: Mention) -> bool:
    """ "Mr Corbyn called on ... In a statement, the Labour leader said": a loose role (leader,
    boss, a former office) that speaks right after a sentence about a person whose role the
    story never gave is most likely that person, named again by an epithet."""
    if first.sentence == 0 or not (first.temporal or first.office in _EPITHET_OFFICES):
        return False  # (an epithet is a loose word, "the Labour leader", "the former governor")
    for m in ms.in_sentence(first.sentence - 1):
        ent = ms.entity(m)
        if ent is not None and ent.kind == "person" and not m.in_quote and not ent.roles:
            return True
    return first.office == "leader" and _head_just_before(ms, first)


# heads of a government, who lead a party too ("the Chief Minister ... The Labour leader said")
_GOVERNMENT_HEADS = frozenset({"chief minister", "prime minister", "premier", "first minister"})


def _head_just_before(ms: Mentions, first: Mention) -> bool:
    """Whether "the <party> leader" follows, within three sentences, the last person the story
    spoke of, a head of government (who leads a party too), with no other person between
    (pronouns and quotes only): the epithet names that head again. Not a place's leader."""
    if first.jurisdiction is not None and ms.lexicon.places.get(first.jurisdiction.lower()):
        return False
    for back in range(first.sentence - 1, max(-1, first.sentence - 4), -1):
        people = {
            e.id: e
            for m in ms.in_sentence(back)
            if (e := ms.entity(m)) is not None and e.kind in ("person", "role") and not m.in_quote
        }
        if people:
            (ent, *others) = people.values()
            return not others and any(r.office in _GOVERNMENT_HEADS for r in ent.roles)
    return False


def _acts_on_the_cast(ms: Mentions, m: Mention, direct: bool = False) -> bool:
    """Whether the one-word name at ``m`` is the subject of an interacting verb whose object is
    a person the story set up before ("Galvao later criticised Campos Neto", "Reardon pressed
    Morrison"), or a body it named before or a definite group ("urged the Supreme Court", "told
    the jury"). A "who" clause that says nothing of a role may stand between ("Hale, who was in
    court, told Roe"). ``direct``: only a person or a named body right after the verb."""
    text = ms.doc.sentences[m.sentence].text
    if not direct and _agent_of_an_interaction(ms, m, text):
        return True
    opener = _SUBJECT_ADVERB.match(text, m.end)
    if opener is None:
        return False
    verb = _INTERACTS.match(text, opener.end())
    if verb is not None and _acted_on(ms, m, text, verb, direct):
        return True
    # "Hale later rejected the plan, telling the union ...": the name acts in the clause that a
    # participle opens after its own verb's object
    clause = None if direct else _THEN_ACTING.match(text, opener.end())
    verb = _INTERACTS.match(text, clause.end()) if clause is not None else None
    return verb is not None and _acted_on(ms, m, text, verb, direct)


def _acted_on(ms: Mentions, m: Mention, text: str, verb: re.Match, direct: bool) -> bool:
    """Whether what the interacting ``verb`` (of the name at ``m``) acts on is of the cast."""
    if not verb.group(0)[:1].islower():
        return False
    for other in ms.in_sentence(m.sentence):
        ent = ms.entity(other)
        if (
            ent is not None
            and (
                ent.kind == "person"
                or (ent.kind == "org" and other.kind == "org")
                # a firm the lists do not know, the story's own ("urged Orvane to")
                or (ent.kind == "name" and _named_twice_before(ent, m))
                or (ent.kind in ("name", "org") and _ITS_PEOPLE.match(text, other.end) is not None)
            )
            and verb.end() <= other.start <= verb.end() + 12
            and ent.first.sentence < m.sentence
            and not other.in_quote
        ):
            return True
    return not direct and _DEFINITE_GROUP.match(text, verb.end()) is not None


def _agent_of_an_interaction(ms: Mentions, m: Mention, text: str) -> bool:
    """Whether the one-word name at ``m`` acts on the cast from after "by" or "from": "Roe was
    summoned by Hale", "a letter from Hale, who urged the union to ...". Either the name then
    acts in a "who" clause, or "by" follows an interacting verb whose subject the story set up."""
    words = [t.low for t in word_tokens(text) if t.end <= m.start][-2:]
    if not words or words[-1] not in ("by", "from"):
        return False
    who = WHO_ACTS.match(text, m.end)
    if who is not None and _INTERACTS.match(text, who.end()) is not None:
        return True
    if words[-1] != "by" or len(words) < 2 or INTERACTION.fullmatch(words[0]) is None:
        return False
    return any(
        other.start < m.start
        and (ent := ms.entity(other)) is not None
        and ent.kind in ("person", "org")
        and ent.first.sentence < m.sentence
        and not other.in_quote
        for other in ms.in_sentence(m.sentence)
    )


# The one person a story of a trial or a match has in every sentence's background ("criticised
# the referee", "urged the judge"): a cast member though never named.
_STORY_ROLES = frozenset("judge referee umpire defendant prosecutor coroner jury jurors".split())


# "Hale later urged", "Hale, who was in court on Monday, told"
_SUBJECT_ADVERB = re.compile(
    r"(?:\s*,\s*who\s+[^,;\"“”]{1,60},)?(?:\s*,\s*(?:however|meanwhile|though|in turn)\s*,)?"
    r"\s+(?:(?:later|also|then|earlier|again|once|repeatedly|publicly)\s+)?(?:(?:will|would)\s+)?"
)


# "rejected the plan, " before a participle ("telling", "urging"): one clause of the same subject
_THEN_ACTING = re.compile(
    r"[a-z]+ed\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[a-z]+(?:\s+[a-z]+)?,\s+(?=[a-z]+ing\b)"
)


# the object of the verb: a definite body or group ("the jury", "the court's judges", "the army")
_DEFINITE_GROUP = re.compile(
    r"\s+(?:the\s+(?:[a-z'’-]+\s+|[A-Z][a-z]+\s+)?(?:"
    + "|".join(sorted(GROUP_NOUNS | _PEOPLE_NOUNS | _STORY_ROLES | {"bench", "judges", "panel", "cabinet"}))
    # (a trade's people in one word: "the groundstaff", "the dockworkers")
    + r"|[a-z]+(?:staff|workers)"
    # or the story's people, plural, with no article ("urged jurors to", "told families")
    + r")|(?:"
    + "|".join(sorted(n for n in _PEOPLE_NOUNS | {"jurors"} if n.endswith("s")))
    + r")\s+(?:to|that)\b)\b"
)

"""FL201's off-topic officials: a late official with a title and no owner ("The defence minister,
Richard Cole, said the new submarines would be delivered in 2028." near the end of a flood story)
whose sentence shares no content word with the rest of the story (analysis/topic_overlap), or
only words in passing, that tie no one (analysis/topic_weight: "services" once, "director"). The
rule leaves a late minister of no named country alone, as the story's own government's: news
enough. What tells a splice from another story from such a minister is the topic: one of the
story's own government reacting to its event speaks of that event. So too a late newcomer named
with a title or office of any kind ("Judge Elspeth Marrow sentenced ...", "Commissioner Halvorsen
approved ...", "Jonas Heller, the chief executive of Quarto Mining, said ...") who speaks or acts,
whose office is no source's (an economist, a spokesperson) and no head of state's or public
figure's who speaks; their sentence (with the quotation it opens) needs one content word more,
and no word of one field with the story ("turnout" among "voters"). Their country, firm or body
named in the story (with none named, a body in the sentence before or earlier in the paragraph),
their trade that the story's other people hold (a second judge in a court story), a head of
state who only acts, and a voice of a trade the story never writes of (a club's coach in a court
story) do not decide alone (rules/fl201_weighed): such a newcomer is flagged when their sentence
shares no word of any weight."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Iterable

from factlint.analysis.lexicon import CABINET_TITLES
from factlint.analysis.acting_officials import acts_as_subject, title_acts
from factlint.analysis.clause_subject import subject_end, subject_start
from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.offices_abroad import Abroad, Title, homes, kind_word, trade_body
from factlint.analysis.text import WORD
from factlint.analysis.story_references import another_storys
from factlint.analysis.topic_weight import TIED, tie
from factlint.analysis.topic_overlap import (
    Overlap,
    content_words,
    known_language,
    overlap,
    same_field,
    same_trade,
)
from factlint.linter.document import Document
from factlint.rules.fl201_acts_on import acts_in_another_story
from factlint.rules.fl201_acting import (
    a_voice_of_an_unnamed_body,
    acts_past_a_plain_body,
    past_a_title_apposition,
)
from factlint.rules.fl201_clauses import acts_late, speaks_late
from factlint.rules.fl201_offices import office_called
from factlint.rules.fl201_speech import _headline_line, _official_speaks
from factlint.rules.fl201_named_once import named_once
from factlint.rules.fl201_new_body import NewBody, of_a_new_body
from factlint.rules.fl201_owners import says_nothing, unnamed_owner
from factlint.rules.fl201_ties import (
    FEWEST,
    Official,
    a_minister,
    a_public_figure,
    name_words,
    named_elsewhere,
    of_the_storys_trade,
    past_its_body,
    quote_runs_on,
    set_up_by_a_body,
    set_up_by_the_opening,
    title_and_name,
    trades,
)
from factlint.rules.fl201_weighed import trade_holds

# whether the official of a title speaks or acts in copy of another language (the rule's reading)
Speaks = Callable[[str, Title, str], bool]
# other sentences with a minister that make a story of ministers, whose every minister is its own
# (one beside a spliced one is not: "Interior Minister Jana Roe visited the flooded streets")
_MINISTERS_STORY = 2
# (every language of the data, in compounds too: "Ministerin", "ministra", "Finanzminister"; not
# "administration")
_MINISTER_WORD = re.compile(r"(?<!ad)minist", re.I)
# the lexicon's groups of a state's offices (a government's, a bench's, a force's, a chamber's):
# no body named in the sentence before (a firm, a board, a charity) has such an official
_STATE_GROUPS = frozenset(
    "head deputy-head executive bench prosecution police-rank force-rank force-head legislator council".split()
)
# content words a firm's official shares with the story at least to speak on its ground
_FIRM_SHARES = 2
# the bare word for a minister in the languages of offices_abroad.yaml
_BARE_MINISTERS = frozenset(
    "minister ministerin ministra ministro ministre ministerka ministrowie ministros ministri ministres".split()
)


@dataclass(frozen=True)
class OffTopic:
    """A late official whose sentence shares no content word with the story: where the title and
    name stand in sentence ``sentence`` (as the message quotes them) and the sentence's content
    words."""

    sentence: int
    start: int
    end: int
    name: str | None  # the name given with the title, where the title's words do not hold it
    overlap: Overlap
    named_only: bool = False  # (``Official.named_only``)
    new_body: NewBody | None = None  # a deed done by a body the story never writes of (fl201_new_body)


def _held_elsewhere(ms: Mentions, held: set[tuple[str, int, bool]], office: str | None, here: int) -> bool:
    """Whether another sentence has the office (``held``: each office, its sentence and whether
    it is written as the bare word), or the bare word for a minister refers to one across
    sentences: a bare "the minister" after a minister ("Interior Minister Jana Roe visited" ...
    "the minister said"), or after this one. The official is the story's, not a splice's."""
    bare = any(b for o, i, b in held if i == here and o == office)
    for o, i, b in held:
        if i != here and (o == office or (a_minister(ms, o) and ((bare and i < here) or (b and i > here)))):
            return True
    return False


def _story_of_ministers(doc: Document, here: int) -> bool:
    """Whether ``_MINISTERS_STORY`` other sentences speak of ministers ("replacing five ministers",
    "the new health minister", "Finanzministerin"): a reshuffle or a cabinet's reactions, whose
    every minister is the story's and speaks of their own post."""
    return (
        sum(s.index != here and _MINISTER_WORD.search(s.text) is not None for s in doc.sentences)
        >= _MINISTERS_STORY
    )


def _bare(title: str) -> bool:
    """Whether a title is the bare word for a minister ("the minister", "la ministra", "de
    minister"), no portfolio ("Familienministerin" is one)."""
    words = WORD.findall(title)
    return len(words) == 1 and words[0].lower() in _BARE_MINISTERS


def _officials_in_english(doc: Document, ms: Mentions) -> Iterable[Official]:
    """Roles and titled people of no country or body ("the defence minister", "Finance Minister
    Alan Price"), mentioned in one sentence only, outside quotations."""
    held = {
        (m.office, m.sentence, m.office in CABINET_TITLES)
        for e in ms.entities
        for m in e.mentions
        if m.office
    }
    for ent in ms.entities:
        first = ent.first
        if (
            _held_elsewhere(ms, held, first.office, first.sentence)
            or ent.kind not in ("person", "role")
            or not a_minister(ms, first.office)
            or first.jurisdiction is not None
            or first.in_quote
            or first.relational
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        text = doc.sentences[first.sentence].text
        name = (ent.full_name or first.name or first.text) if ent.kind == "person" else None
        start, end = title_and_name(text, first) if name else (first.start, first.end)
        # (past the comma that closes an apposition: "The defence minister, Richard Cole, said")
        said = end + (first.link == "apposition" and text[end : end + 1] == ",")
        said = subject_end(text, start, said)  # (past ", 54,", ", who ...,", "'s office")
        elsewhere = acts_in_another_story([s.text for s in doc.sentences], first.sentence, said)
        if named_elsewhere(doc, first.sentence, name) or not (
            _official_speaks(text, start, said)
            or acts_as_subject(text, subject_start(text, start), said, "en")
            or speaks_late(text, start, said)  # (fl201_clauses)
            or acts_late(text, start, said)
            or elsewhere
        ):
            continue  # (named in the story, or not what the sentence is about: "He married Home Secretary X")
        yield Official(first.sentence, start, end, name_words(name), acts_elsewhere=elsewhere)


# offices whose holder a story quotes as a source or one of its own voices, not a splice: an
# expert (a chief economist), a body's spokesperson, aide or plain official, a firm's owner or
# founder, sport's people (a player, a manager, a coach), a school's or a college's head
_VOICES = frozenset(
    "spokesperson adviser official owner founder player manager coach dean".split()
    + ["chief economist", "assistant manager", "head teacher"]
)


def _titled_in_english(doc: Document, ms: Mentions) -> Iterable[Official]:
    """People named with a title or office of any kind (a chief executive, a judge, a police
    commissioner, an agency's head, "Director Vantrell"), mentioned in one sentence only, outside
    quotations, who speak or act, and whom nothing sets up: their country, firm or body named in
    no other sentence, or (with none) no body named in the sentence before or earlier in their
    paragraph ("Acme said on Tuesday ... Director Jan Voss said" is Acme's director). A minister
    of no country is ``_officials_in_english``'s."""
    for ent in ms.entities:
        first = ent.first
        office = first.office
        # (a voice of a body the story never names: rules/fl201_owners)
        unowned = ent.kind == "person" and office in _VOICES and unnamed_owner(ms, first)
        if (
            ent.kind != "person"
            or office is None
            or (
                office in _VOICES
                and not (
                    _a_voice_of_another_trade(ms, first) or a_voice_of_an_unnamed_body(ms, first) or unowned
                )
            )
            or (first.jurisdiction is None and a_minister(ms, office))
            or first.in_quote
            or first.relational
            or first.temporal
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        text = doc.sentences[first.sentence].text
        name = ent.full_name or first.name or first.text
        start, end = title_and_name(text, first)
        # (the body named only here is a word of what the sentence is about: "Quarto Mining")
        said = past_its_body(text, end)
        said += first.link == "apposition" and text[said : said + 1] == ","
        said = subject_end(text, start, said)  # (past ", 54,", ", who ...,", "'s office")
        said = past_a_title_apposition(text, said)  # (fl201_acting)
        if says_nothing(text, said):
            continue  # (declined to comment, could not be reached: no topic, no splice; rules/fl201_owners)
        speaks = _official_speaks(text, start, said) or speaks_late(text, start, said)  # (fl201_clauses)
        figure = first.jurisdiction is None and a_public_figure(ms, office)
        elsewhere = acts_in_another_story([s.text for s in doc.sentences], first.sentence, said)
        if (
            named_elsewhere(doc, first.sentence, name)
            or not (
                speaks
                or acts_as_subject(text, subject_start(text, start), said, "en")
                or acts_past_a_plain_body(text, start, said)
                or acts_late(text, start, said)
                or elsewhere
            )
            # (their word decides: set up by the opening, a body, the trade or fame; rules/fl201_weighed)
            or (speaks and (figure or set_up_by_the_opening(ms, first) or _decides_for_a_speaker(ms, first)))
        ):
            continue
        # (set up by a body, a trade or fame alone: weighed, rules/fl201_weighed)
        passing = (
            set_up_by_a_body(ms, first)
            or (office in _VOICES and not unowned)
            or figure
            or (of_the_storys_trade(ms, first) and trade_holds(ms, first, trades(ms, first)))
        )
        # (a deed done elsewhere decides unless a body, a voice's post or the trade set them up,
        # or they are a head named with no country: the story's own leader, whose order on its
        # event is news: "President Ann Roe has ordered an all-out effort to ...")
        elsewhere = elsewhere and not passing and not figure
        yield Official(
            first.sentence,
            start,
            end,
            name_words(name),
            # (a body named only in the title is a word of its topic: one word fewer is needed)
            fewest=FEWEST + 1 - unowned,
            minister=False,
            in_passing=passing,
            acts_elsewhere=elsewhere,
        )


def _decides_for_a_speaker(ms: Mentions, first: Mention) -> bool:
    """Whether a body named before (not a state's office after another body's sentence) or the
    story's trade sets up a newcomer who speaks: their word is the story's voice."""
    by_a_body = set_up_by_a_body(ms, first) and (
        first.jurisdiction is not None
        or office_called(ms, first.office) is None
        or office_called(ms, first.office).group not in _STATE_GROUPS
    )
    return by_a_body or of_the_storys_trade(ms, first)


def _a_voice_of_another_trade(ms: Mentions, first: Mention) -> bool:
    """Whether a voice (``_VOICES``) is of a trade the story never writes of: a club's coach or
    player in a flood story is no voice of it, and weighs on the topic as one set up in passing
    (``off_topic_officials``); in a match report, the story's own."""
    return bool(trades(ms, first)) and not of_the_storys_trade(ms, first)


def _officials_abroad(doc: Document, ms: Mentions, found: Abroad, speaks: Speaks) -> Iterable[Official]:
    """Titles of no owner in copy of another language ("El ministro de Defensa, Ricardo Cole"), or
    of the country whose language it is (offices_abroad.homes: "Bundesfinanzminister" in German
    copy, the story's own government's), outside quotations, who speak or act."""
    lang = found.language or ""
    held = {
        (t.office, t.sentence, _bare(doc.sentences[t.sentence].text[t.start : t.end])) for t in found.titles
    }
    for t in found.titles:
        name = t.name or t.name_before
        if (
            _held_elsewhere(ms, held, t.office, t.sentence)  # ("Volgens de minister" later)
            or (t.owner is not None and t.owner not in homes(lang))  # ("Bundesfinanzminister" in de copy)
            or t.quoted
            or not a_minister(ms, t.office)
            or named_elsewhere(doc, t.sentence, name)
        ):
            continue
        text = doc.sentences[t.sentence].text
        if not (speaks(text, t, lang) or title_acts(text, t, lang)):
            continue
        end = max(t.end, t.owner_end, t.name_end)
        yield Official(t.sentence, t.owner_start, end, name_words(name), name if name != t.name else None)


def off_topic_officials(
    doc: Document,
    ms: Mentions,
    found: Abroad,
    speaks: Speaks,
    lang: str | None,
    opening: int,
    skip: set[int],
) -> Iterable[OffTopic]:
    """The late officials with no owner (past ``opening`` paragraphs, in no sentence of ``skip``)
    whose sentence has ``FEWEST`` content words or more and shares none with the rest of the
    story but words in passing (``topic_weight.tied``), one a sentence; in English, also those
    rules/fl201_named_once reads in the sentences whose officials these readers left."""
    if not known_language(lang):
        return
    assert lang is not None
    if lang == "en":
        titled = list(_titled_in_english(doc, ms))
        read = {o.sentence for o in titled}
        officials = chain(_officials_in_english(doc, ms), titled, named_once(doc, ms, read))
    else:
        officials = _officials_abroad(doc, ms, found, speaks)
    texts = [s.text for s in doc.sentences]
    done: set[int] = set(skip)
    for o in officials:
        if (
            o.sentence in done
            or ms.position(o.sentence) <= opening
            or _headline_line(doc, o.sentence)  # (another story's title under "Latest stories": FL002's)
            or (o.minister and _story_of_ministers(doc, o.sentence))
        ):
            continue
        joined = quote_runs_on(texts, o.sentence)
        read = overlap(texts, o.sentence, lang, o.words, joined)
        # (the title's portfolio may tie the official to the story, but it says nothing of
        # their own: "Earlier, the finance minister resigned." tells no topic)
        title = content_words(texts[o.sentence][o.start : o.end], lang, o.words)
        # (a few words shared in passing tie no one: analysis/topic_weight)
        if len(set(read.words).difference(title)) < o.fewest and not o.acts_elsewhere:
            continue
        weight = tie(texts, o.sentence, read.shared, lang, joined, title) if read.shared else 0.0
        # (but a word or so shared, and what the sentence refers to is another story's things
        # the story never told: analysis/story_references)
        elsewhere = (
            lang == "en"
            and 0 < weight <= TIED
            and another_storys(texts, o.sentence, read.shared, joined, o.words | set(title), (o.start, o.end))
        )
        new_body = None
        if (
            weight > 0
            and (weight >= TIED - 1e-9 or (o.in_passing and not o.acts_elsewhere))
            and not elsewhere
        ):
            new_body = of_a_new_body(texts, o.sentence, o.start, o.end, o.words) if lang == "en" else None
            if new_body is None:
                continue  # (tied to the story, or set up in passing and a word of weight shared: its own)
        if o.fewest > FEWEST and same_field(texts[o.sentence], texts[: o.sentence] + texts[o.sentence + 1 :]):
            continue  # (a titled newcomer's "turnout" in a story of "voters": its field)
        done.add(o.sentence)
        yield OffTopic(o.sentence, *(o.shown or (o.start, o.end)), o.name, read, o.named_only, new_body)


def on_its_trade(doc: Document, title: Title, lang: str | None) -> bool:
    """Whether a late official of a ministry, agency, firm or federation the story names nowhere
    else (``trade_body``) speaks on the story's own ground: their sentence shares a content word
    with the rest of the story, the owner's portfolio or trade included ("un portavoce del
    ministero dell'Agricoltura" in a farm protest, "Sprecherin des Fischereiministeriums" among
    "Fischer"; "... said the quotas for herring would be reviewed" in a fishing story). Copy brings
    in the body of the story's trade so, set up by the story itself; a spliced official of
    another trade (a farm ministry's spokesman on grain exports in a flood story) shares nothing.
    The title's own words and the name are no topic ("director" of another sentence ties
    nothing), nor the words that say what kind of body it is ("Agencia" of "agencias
    inmobiliarias")."""
    if not known_language(lang) or not trade_body(title.owner, title.office):
        return False
    assert lang is not None
    text = doc.sentences[title.sentence].text
    apart = (
        title.start >= title.owner_end or title.end <= title.owner_start
    )  # (the owner's words are its own)
    office = text[title.start : title.end] if apart else ""
    kinds = frozenset(w.lower() for w in WORD.findall(title.owner_text or "") if kind_word(w))
    leave = (
        name_words(title.name)
        | name_words(title.name_before)
        | name_words(office)
        | kinds
        | _names(text, title, lang)
    )
    texts = [s.text for s in doc.sentences]
    if same_trade(title.owner_text or "", texts[: title.sentence] + texts[title.sentence + 1 :], lang):
        return True  # (the ground of its portfolio or trade: "ministère de la Mer" among "pêcheurs")
    shared = overlap(texts, title.sentence, lang, leave).shared
    # (a firm's word on its staff or jobs is any firm's, "une aide pour les salariés" in a storm
    # story: two shared words tell a firm's ground, one a ministry's or an agency's)
    return len(shared) >= (1 if trade_body(title.owner, "") else _FIRM_SHARES)


def _names(text: str, title: Title, lang: str) -> frozenset[str]:
    """The capitalised words of a sentence outside its owner and its first word, lowercase: names
    of people and places ("felicitó a Quintas"), no topic. (Not in German, whose nouns are
    capitalised.)"""
    if lang == "de":
        return frozenset()
    words = [m for m in WORD.finditer(text) if m.start() > 0 and m.group()[:1].isupper()]
    return frozenset(
        m.group().lower()
        for m in words
        if not title.owner_start <= m.start() < max(title.owner_end, title.end)
    )

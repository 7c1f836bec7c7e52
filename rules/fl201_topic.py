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
from factlint.rules.fl201_offices import _office
from factlint.rules.fl201_speech import _headline_line, _official_speaks
from factlint.rules.fl201_titles import _TRADES, _title_start
from factlint.rules.fl201_weighed import trade_holds

# whether the official of a title speaks or acts in copy of another language (the rule's reading)
Speaks = Callable[[str, Title, str], bool]
# more late officials to weigh, past those the readers here yield in the sentences given (English)
More = Callable[[Document, Mentions, set[int]], Iterable["_Official"]]
# content words of its own at least: a shorter sentence ("Earlier, the finance minister resigned.")
# tells no topic
_FEWEST = 2
# other sentences with a minister that make a story of ministers, whose every minister is its own
# (one beside a spliced one is not: "Interior Minister Jana Roe visited the flooded streets")
_MINISTERS_STORY = 2
# (every language of the data, in compounds too: "Ministerin", "ministra", "Finanzminister"; not
# "administration")
_MINISTER_WORD = re.compile(r"(?<!ad)minist", re.I)
# the sentences that open a story (its headline and lede): a country or body named there sets up
# its officials who speak (as topic_weight's opening ties a word whole)
_OPENING_SENTENCES = 3
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
    name stand in sentence ``sentence`` and the sentence's content words."""

    sentence: int
    start: int
    end: int
    name: str | None  # the name given with the title, where the title's words do not hold it
    overlap: Overlap


@dataclass(frozen=True)
class _Official:
    sentence: int
    start: int  # the title (and the name given with it) in the sentence
    end: int
    # the name's words, lowercase: no topic. The title's portfolio is one ("roads minister" in a
    # story of a road washed away; "Sportministerin" at a sports hall's opening), its office word
    # none (topic_words.yaml lists "minister", "secretary" as news words of any story)
    words: frozenset[str]
    name: str | None = None  # a name set off before the title ("Ana Roe, ministra de ...")
    # content words their sentence must have at least: a titled newcomer of any office needs one
    # more than a minister (a short "President Roe has long promised to shut it down." leans on
    # the sentence before)
    fewest: int = _FEWEST
    # a minister: in a story of ministers (a reshuffle) every minister is the story's; a judge or
    # a general in it is not
    minister: bool = True
    # set up by a body, a trade or fame alone (rules/fl201_weighed), or a voice of a trade the story never
    # writes of (``_a_voice_of_another_trade``): flagged only when no shared word weighs anything
    in_passing: bool = False
    # acts on a thing and at places the story never tells (rules/fl201_acts_on): weighed however
    # short the sentence, and a word shared in passing ties them not
    acts_elsewhere: bool = False


def _words(name: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(name or ""))


def _a_minister(ms: Mentions, name: str | None) -> bool:
    """Whether office ``name`` is a government's minister or secretary ("defence minister",
    "minister"): the kind of official a splice brings in with no country. Not a head of state or
    government, whose late word on the story's event is news, nor a local or a body's office (a
    mayor, a spokesman, a director), a story's own actors in its middle paragraphs."""
    office = _office(ms, name)
    return office is not None and office.group in ("cabinet", "minister")


def _held_elsewhere(ms: Mentions, held: set[tuple[str, int, bool]], office: str | None, here: int) -> bool:
    """Whether another sentence has the office (``held``: each office, its sentence and whether
    it is written as the bare word), or the bare word for a minister refers to one across
    sentences: a bare "the minister" after a minister ("Interior Minister Jana Roe visited" ...
    "the minister said"), or after this one. The official is the story's, not a splice's."""
    bare = any(b for o, i, b in held if i == here and o == office)
    for o, i, b in held:
        if i != here and (o == office or (_a_minister(ms, o) and ((bare and i < here) or (b and i > here)))):
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


def _named_elsewhere(doc: Document, index: int, name: str | None) -> bool:
    """Whether a capitalised word of the name (its surname, or a first name) stands in another
    sentence of the story ("minister Ernst Kuipers van Volksgezondheid" after "Kuipers: ...")."""
    if not name:
        return False
    parts = {w for w in WORD.findall(name) if len(w) > 2 and w[0].isupper()}
    return any(s.index != index and not parts.isdisjoint(WORD.findall(s.text)) for s in doc.sentences)


def _officials_in_english(doc: Document, ms: Mentions) -> Iterable[_Official]:
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
            or not _a_minister(ms, first.office)
            or first.jurisdiction is not None
            or first.in_quote
            or first.relational
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        text = doc.sentences[first.sentence].text
        name = (ent.full_name or first.name or first.text) if ent.kind == "person" else None
        start, end = _title_and_name(text, first) if name else (first.start, first.end)
        # (past the comma that closes an apposition: "The defence minister, Richard Cole, said")
        said = end + (first.link == "apposition" and text[end : end + 1] == ",")
        said = subject_end(text, start, said)  # (past ", 54,", ", who ...,", "'s office")
        elsewhere = acts_in_another_story([s.text for s in doc.sentences], first.sentence, said)
        if _named_elsewhere(doc, first.sentence, name) or not (
            _official_speaks(text, start, said)
            or acts_as_subject(text, subject_start(text, start), said, "en")
            or speaks_late(text, start, said)  # (fl201_clauses)
            or acts_late(text, start, said)
            or elsewhere
        ):
            continue  # (named in the story, or not what the sentence is about: "He married Home Secretary X")
        yield _Official(first.sentence, start, end, _words(name), acts_elsewhere=elsewhere)


# offices whose holder a story quotes as a source or one of its own voices, not a splice: an
# expert (a chief economist), a body's spokesperson, aide or plain official, a firm's owner or
# founder, sport's people (a player, a manager, a coach), a school's or a college's head
_VOICES = frozenset(
    "spokesperson adviser official owner founder player manager coach dean".split()
    + ["chief economist", "assistant manager", "head teacher"]
)


def _titled_in_english(doc: Document, ms: Mentions) -> Iterable[_Official]:
    """People named with a title or office of any kind (a chief executive, a judge, a police
    commissioner, an agency's head, "Director Vantrell"), mentioned in one sentence only, outside
    quotations, who speak or act, and whom nothing sets up: their country, firm or body named in
    no other sentence, or (with none) no body named in the sentence before or earlier in their
    paragraph ("Acme said on Tuesday ... Director Jan Voss said" is Acme's director). A minister
    of no country is ``_officials_in_english``'s."""
    for ent in ms.entities:
        first = ent.first
        office = first.office
        if (
            ent.kind != "person"
            or office is None
            or (
                office in _VOICES
                and not (_a_voice_of_another_trade(ms, first) or a_voice_of_an_unnamed_body(ms, first))
            )
            or (first.jurisdiction is None and _a_minister(ms, office))
            or first.in_quote
            or first.relational
            or first.temporal
            or any(m.sentence != first.sentence for m in ent.mentions)
        ):
            continue
        text = doc.sentences[first.sentence].text
        name = ent.full_name or first.name or first.text
        start, end = _title_and_name(text, first)
        # (the body named only here is a word of what the sentence is about: "Quarto Mining")
        said = _past_its_body(text, end)
        said += first.link == "apposition" and text[said : said + 1] == ","
        said = subject_end(text, start, said)  # (past ", 54,", ", who ...,", "'s office")
        said = past_a_title_apposition(text, said)  # (fl201_acting)
        speaks = _official_speaks(text, start, said) or speaks_late(text, start, said)  # (fl201_clauses)
        figure = first.jurisdiction is None and _a_public_figure(ms, office)
        elsewhere = acts_in_another_story([s.text for s in doc.sentences], first.sentence, said)
        if (
            _named_elsewhere(doc, first.sentence, name)
            or not (
                speaks
                or acts_as_subject(text, subject_start(text, start), said, "en")
                or acts_past_a_plain_body(text, start, said)
                or acts_late(text, start, said)
                or elsewhere
            )
            # (their word decides: set up by the opening, a body, the trade or fame; rules/fl201_weighed)
            or (speaks and (figure or _set_up_by_the_opening(ms, first) or _decides_for_a_speaker(ms, first)))
        ):
            continue
        # (set up by a body, a trade or fame alone: weighed, rules/fl201_weighed)
        passing = (
            _set_up_by_a_body(ms, first)
            or office in _VOICES
            or figure
            or (_of_the_storys_trade(ms, first) and trade_holds(ms, first, _trades(ms, first)))
        )
        # (a deed done elsewhere decides unless a body, a voice's post or the trade set them up,
        # or they are a head named with no country: the story's own leader, whose order on its
        # event is news: "President Ann Roe has ordered an all-out effort to ...")
        elsewhere = elsewhere and not passing and not figure
        yield _Official(
            first.sentence,
            start,
            end,
            _words(name),
            fewest=_FEWEST + 1,
            minister=False,
            in_passing=passing,
            acts_elsewhere=elsewhere,
        )


# offices of no country or body whose holder is a public figure the reader knows by title and
# name ("Pope Francis", "King Tomas", "Archbishop Roe"): their word on the story's event is news
_FIGURES = frozenset(["pope", "archbishop", "patriarch", "rabbi", "imam", "grand mufti", "prince"])


def _a_public_figure(ms: Mentions, name: str) -> bool:
    """Whether office ``name`` is a head of state, government or chamber ("President Roe") or a
    figure of ``_FIGURES``: given with no country or body, one the reader knows, not a splice's
    stranger."""
    office = _office(ms, name)
    return name in _FIGURES or (office is not None and office.group == "head")


def _past_its_body(text: str, end: int) -> int:
    """Where a titled name ends with the body or place it is of ("Mayor Tilda Brack of
    Easthaven", "Jonas Heller, the chief executive of Quarto Mining"): past "of" or "at" and the
    capitalised words after it."""
    words = list(WORD.finditer(text, end, end + 80))
    if not words or words[0].group() not in ("of", "at") or text[end : words[0].start()] != " ":
        return end
    last = end
    for w in words[1:]:
        if w.group()[:1].isupper():
            last = w.end()
        elif w.group() not in ("the", "and", "of", "for") or last == end and w.group() != "the":
            break
    return last


def _set_up_by_a_body(ms: Mentions, first: Mention) -> bool:
    """Whether the story set up the body a titled newcomer belongs to: their country, firm or
    body (``jurisdiction``) named in another sentence, or, when the title names none, a body named
    in the sentence before or earlier in the same paragraph, whose official they are."""
    if first.jurisdiction is not None:
        return ms.mentioned_elsewhere(first.jurisdiction, first.sentence)
    here = first.sentence
    for i in range(here - 1, -1, -1):
        if i < here - 1 and ms.doc.sentences[i].block != ms.doc.sentences[here].block:
            break
        if any(_a_body(ms, m) for m in ms.in_sentence(i)):
            return True
    return False


def _set_up_by_the_opening(ms: Mentions, first: Mention) -> bool:
    """Whether the newcomer's country or body is named in the story's opening sentences (its
    headline and lede, which state what it is about: "Russia's prime minister" speaking in a
    story that opens in Moscow is the story's). Only their word decides so: one who only acts
    weighs on the topic (a vice premier of the lede's country signing a deal on another matter)."""
    return first.jurisdiction is not None and ms.mentioned_before(first.jurisdiction, _OPENING_SENTENCES)


def _decides_for_a_speaker(ms: Mentions, first: Mention) -> bool:
    """Whether a body named before (not a state's office after another body's sentence) or the
    story's trade sets up a newcomer who speaks: their word is the story's voice."""
    by_a_body = _set_up_by_a_body(ms, first) and (
        first.jurisdiction is not None
        or _office(ms, first.office) is None
        or _office(ms, first.office).group not in _STATE_GROUPS
    )
    return by_a_body or _of_the_storys_trade(ms, first)


def _a_body(ms: Mentions, m: Mention) -> bool:
    """Whether a mention names a body a titled person may belong to: an organisation, or a name
    of no title that opens its sentence ("Pro Tenning Engineering in Kelby has won ...", "Kellco
    has told ..." may read as a person's name): of two words or more, or one the story names in
    another sentence too (not a sentence's first word: "Shop owners said")."""
    if m.kind == "org":
        return True
    opening = WORD.findall(ms.doc.sentences[m.sentence].text[: m.start])
    if m.kind not in ("person", "name") or m.office is not None or opening not in ([], ["The"]):
        return False
    ent = ms.entity(m)
    return len(m.text.split()) > 1 or (
        ent is not None and any(o.sentence != m.sentence for o in ent.mentions)
    )


def _of_the_storys_trade(ms: Mentions, first: Mention) -> bool:
    """Whether a titled newcomer's office is of a trade (fl201_titles' ``_TRADES``: a judge, a
    police officer, a club's manager, a lawmaker) whose words another sentence of the story
    writes ("Det Sgt Jo Hale said officers were going door to door" in a story of a stabbing
    the police investigate): the story's own official, whatever their words."""
    words = {w.lower() for s in ms.doc.sentences if s.index != first.sentence for w in WORD.findall(s.text)}
    return any(not words.isdisjoint(story) for story in _trades(ms, first))


def _a_voice_of_another_trade(ms: Mentions, first: Mention) -> bool:
    """Whether a voice (``_VOICES``) is of a trade the story never writes of: a club's coach or
    player in a flood story is no voice of it, and weighs on the topic as one set up in passing
    (``off_topic_officials``); in a match report, the story's own."""
    return bool(_trades(ms, first)) and not _of_the_storys_trade(ms, first)


def _trades(ms: Mentions, first: Mention) -> list[frozenset[str]]:
    """The words of each trade of ``_TRADES`` whose office or title the newcomer's is."""
    office = _office(ms, first.office)
    group = (office.group if office is not None else None) or ""
    title = {w.lower() for w in WORD.findall(first.title or "")}
    return [
        story
        for groups, titles, story in _TRADES
        if group in groups or (title & titles and group != "cabinet")
    ]


def _title_and_name(text: str, first: Mention) -> tuple[int, int]:
    """Where a titled person's title and name stand together: "Finance Minister Alan Price", "the
    defence minister, Richard Cole", "Richard Cole, the defence minister"."""
    if first.link == "premodifier":
        return _title_start(text, first), first.end
    if first.link != "apposition" or not first.title:
        return first.start, first.end
    low, title = text.lower(), first.title.lower()
    at = low.rfind(title, max(0, first.start - 120), first.start)
    if at >= 0:
        return at - 4 * (low[max(0, at - 4) : at] == "the "), first.end
    after = low.find(title, first.end, first.end + 40)  # ("Richard Cole, the defence minister, said")
    return first.start, (after + len(title) if after >= 0 else first.end)


def _officials_abroad(doc: Document, ms: Mentions, found: Abroad, speaks: Speaks) -> Iterable[_Official]:
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
            or not _a_minister(ms, t.office)
            or _named_elsewhere(doc, t.sentence, name)
        ):
            continue
        text = doc.sentences[t.sentence].text
        if not (speaks(text, t, lang) or title_acts(text, t, lang)):
            continue
        end = max(t.end, t.owner_end, t.name_end)
        yield _Official(t.sentence, t.owner_start, end, _words(name), name if name != t.name else None)


def off_topic_officials(
    doc: Document,
    ms: Mentions,
    found: Abroad,
    speaks: Speaks,
    lang: str | None,
    opening: int,
    skip: set[int],
    more: More | None = None,
) -> Iterable[OffTopic]:
    """The late officials with no owner (past ``opening`` paragraphs, in no sentence of ``skip``)
    whose sentence has ``_FEWEST`` content words or more and shares none with the rest of the
    story but words in passing (``topic_weight.tied``), one a sentence; in English, also those
    ``more`` reads (rules/fl201_named_once) in the sentences whose officials these readers left."""
    if not known_language(lang):
        return
    assert lang is not None
    if lang == "en":
        titled = list(_titled_in_english(doc, ms))
        read = {o.sentence for o in titled}
        officials = chain(_officials_in_english(doc, ms), titled, more(doc, ms, read) if more else ())
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
        joined = _quote_runs_on(texts, o.sentence)
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
        if (
            weight > 0
            and (weight >= TIED - 1e-9 or (o.in_passing and not o.acts_elsewhere))
            and not elsewhere
        ):
            continue  # (tied to the story, or set up in passing and a word of weight shared: its own)
        if o.fewest > _FEWEST and same_field(
            texts[o.sentence], texts[: o.sentence] + texts[o.sentence + 1 :]
        ):
            continue  # (a titled newcomer's "turnout" in a story of "voters": its field)
        done.add(o.sentence)
        yield OffTopic(o.sentence, o.start, o.end, o.name, read)


_OPENING_MARKS = frozenset('"“«„')
_CLOSING_MARKS = frozenset('"”»')
# sentences a quotation may run on past the one that opens it
_QUOTE_RUN = 5


def _open_marks(text: str) -> int:
    """How many quotations ``text`` leaves open (straight marks count one way each, in turn)."""
    straight = text.count('"')
    curly = sum(c in _OPENING_MARKS for c in text if c != '"') - sum(
        c in _CLOSING_MARKS for c in text if c != '"'
    )
    return straight % 2 + curly


def _quote_runs_on(texts: list[str], index: int) -> tuple[int, ...]:
    """The sentences after ``index`` that a quotation it opens runs on into, up to the one that
    closes it ("Director Jo Hale said: "We are hiring." / "But the foundries need support."): its
    speaker's words, whose topic is theirs. (A paragraph that continues a quotation opens with a
    mark again and closes it only where the quotation ends.)"""
    if _open_marks(texts[index]) <= 0:
        return ()
    run: list[int] = []
    for j in range(index + 1, min(len(texts), index + 1 + _QUOTE_RUN)):
        run.append(j)
        text = texts[j].strip()
        reopened = text[:1] in _OPENING_MARKS
        if (_open_marks(text) <= 0) if reopened else (_open_marks(text) != 0 or not text):
            break
    return tuple(run)


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
        _words(title.name) | _words(title.name_before) | _words(office) | kinds | _names(text, title, lang)
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

"""FL201's ties of a late titled newcomer to the story, past its topic (rules/fl201_topic's
officials, rules/fl201_named_once's people named in passing): the official each reader yields,
what makes the newcomer the story's own (a minister of its government, a public figure, their
body set up by the story or its opening, an office of the story's trade, their name in another
sentence), where their title and name stand (and the body they are of), and the sentences a
quotation they open runs on into."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.text import WORD
from factlint.linter.document import Document
from factlint.rules.fl201_offices import office_called
from factlint.rules.fl201_titles import TRADES, title_start

# content words of its own at least: a shorter sentence ("Earlier, the finance minister resigned.")
# tells no topic
FEWEST = 2


# the sentences that open a story (its headline and lede): a country or body named there sets up
# its officials who speak (as topic_weight's opening ties a word whole)
_OPENING_SENTENCES = 3


@dataclass(frozen=True)
class Official:
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
    fewest: int = FEWEST
    # a minister: in a story of ministers (a reshuffle) every minister is the story's; a judge or
    # a general in it is not
    minister: bool = True
    # set up by a body, a trade or fame alone (rules/fl201_weighed), or a voice of a trade the
    # story never writes of (fl201_topic's ``_a_voice_of_another_trade``): flagged only when no
    # shared word weighs anything
    in_passing: bool = False
    # named in a phrase of a sentence, whatever they say there (rules/fl201_named_once): the
    # message says where they are named, not what they say
    named_only: bool = False
    # acts on a thing and at places the story never tells (rules/fl201_acts_on): weighed however
    # short the sentence, and a word shared in passing ties them not
    acts_elsewhere: bool = False
    # the person as the message quotes them, where wider than ``start``..``end`` (whose words
    # the topic reads): "Dr Ilse Varga, head of the Kestrin Institute"
    shown: tuple[int, int] | None = None


def name_words(name: str | None) -> frozenset[str]:
    """The words of a name, lowercase: no topic of the sentence that gives it."""
    return frozenset(w.lower() for w in WORD.findall(name or ""))


def a_minister(ms: Mentions, name: str | None) -> bool:
    """Whether office ``name`` is a government's minister or secretary ("defence minister",
    "minister"): the kind of official a splice brings in with no country. Not a head of state or
    government, whose late word on the story's event is news, nor a local or a body's office (a
    mayor, a spokesman, a director), a story's own actors in its middle paragraphs."""
    office = office_called(ms, name)
    return office is not None and office.group in ("cabinet", "minister")


def named_elsewhere(doc: Document, index: int, name: str | None) -> bool:
    """Whether a capitalised word of the name (its surname, or a first name) stands in another
    sentence of the story ("minister Ernst Kuipers van Volksgezondheid" after "Kuipers: ...")."""
    if not name:
        return False
    parts = {w for w in WORD.findall(name) if len(w) > 2 and w[0].isupper()}
    return any(s.index != index and not parts.isdisjoint(WORD.findall(s.text)) for s in doc.sentences)


# offices of no country or body whose holder is a public figure the reader knows by title and
# name ("Pope Francis", "King Tomas", "Archbishop Roe"): their word on the story's event is news
_FIGURES = frozenset(["pope", "archbishop", "patriarch", "rabbi", "imam", "grand mufti", "prince"])


def a_public_figure(ms: Mentions, name: str) -> bool:
    """Whether office ``name`` is a head of state, government or chamber ("President Roe") or a
    figure of ``_FIGURES``: given with no country or body, one the reader knows, not a splice's
    stranger."""
    office = office_called(ms, name)
    return name in _FIGURES or (office is not None and office.group == "head")


def set_up_by_a_body(ms: Mentions, first: Mention) -> bool:
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


def set_up_by_the_opening(ms: Mentions, first: Mention) -> bool:
    """Whether the newcomer's country or body is named in the story's opening sentences (its
    headline and lede, which state what it is about: "Russia's prime minister" speaking in a
    story that opens in Moscow is the story's). Only their word decides so: one who only acts
    weighs on the topic (a vice premier of the lede's country signing a deal on another matter)."""
    return first.jurisdiction is not None and ms.mentioned_before(first.jurisdiction, _OPENING_SENTENCES)


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


def of_the_storys_trade(ms: Mentions, first: Mention) -> bool:
    """Whether a titled newcomer's office is of a trade (fl201_titles' ``TRADES``: a judge, a
    police officer, a club's manager, a lawmaker) whose words another sentence of the story
    writes ("Det Sgt Jo Hale said officers were going door to door" in a story of a stabbing
    the police investigate): the story's own official, whatever their words."""
    words = {w.lower() for s in ms.doc.sentences if s.index != first.sentence for w in WORD.findall(s.text)}
    return any(not words.isdisjoint(story) for story in trades(ms, first))


def trades(ms: Mentions, first: Mention) -> list[frozenset[str]]:
    """The words of each trade of ``TRADES`` whose office or title the newcomer's is."""
    office = office_called(ms, first.office)
    group = (office.group if office is not None else None) or ""
    title = {w.lower() for w in WORD.findall(first.title or "")}
    return [
        story
        for groups, titles, story in TRADES
        if group in groups or (title & titles and group != "cabinet")
    ]


def title_and_name(text: str, first: Mention) -> tuple[int, int]:
    """Where a titled person's title and name stand together: "Finance Minister Alan Price", "the
    defence minister, Richard Cole", "Richard Cole, the defence minister"."""
    if first.link == "premodifier":
        return title_start(text, first), first.end
    if first.link != "apposition" or not first.title:
        return first.start, first.end
    low, title = text.lower(), first.title.lower()
    at = low.rfind(title, max(0, first.start - 120), first.start)
    if at >= 0:
        return at - 4 * (low[max(0, at - 4) : at] == "the "), first.end
    after = low.find(title, first.end, first.end + 40)  # ("Richard Cole, the defence minister, said")
    return first.start, (after + len(title) if after >= 0 else first.end)


def past_its_body(text: str, end: int) -> int:
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


def quote_runs_on(texts: list[str], index: int) -> tuple[int, ...]:
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

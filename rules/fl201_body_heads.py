"""FL201's heads of bodies that are no country: "the head of a body is news" holds where the
body's head speaks of the story's matter. A late titled head ("Director-General Jane Roe") of any
body the story names in no other sentence (a world agency, a water board, a company), whose
sentence shares no word of weight with the story (analysis/topic_weight, a word the opening says
once tying nothing), is another story's voice (a health agency's chief on an outbreak, spliced
into a wildfire story), not the news of this one. Countries' heads and party leaders stay news in
any story."""

from __future__ import annotations

from factlint.analysis.languages import article_language
from factlint.analysis.mentions import Mention, Mentions
from factlint.analysis.topic_overlap import content_words, overlap
from factlint.analysis.topic_weight import tied
from factlint.linter.document import Document
from factlint.rules.fl201_offices import a_country
from factlint.rules.fl201_ties import quote_runs_on
from factlint.rules.fl201_titles import title_start


def a_bodys_head_off_topic(doc: Document, ms: Mentions, first: Mention, jurisdiction: str | None) -> bool:
    """Whether a titled head of a body (``jurisdiction``, no country) that the story names in no
    other sentence speaks in a sentence (with the quotation it opens) that no word of weight ties
    to the story: their title and name tie nothing."""
    if (
        jurisdiction is None
        or a_country(ms, jurisdiction)
        or ms.mentioned_elsewhere(jurisdiction, first.sentence)
    ):
        return False
    lang = article_language(doc.text) or "en"
    if lang != "en":
        return False
    texts = [s.text for s in doc.sentences]
    text = texts[first.sentence]
    # (the name tells no topic; the body's own words do, whole, as topic_weight weighs a title's
    # body: a union's head in a story of its members' strike)
    name = frozenset(content_words(first.text, lang))
    body = tuple(content_words(jurisdiction, lang))
    own = frozenset(content_words(text[title_start(text, first) : first.end], lang)) - set(body)
    joined = quote_runs_on(texts, first.sentence)
    read = overlap(texts, first.sentence, lang, own | name, joined)
    # (a word of the story's opening said once there is no tie here: the lede's "control" of a
    # fire is no health agency's "under control"; the story must dwell on it or name it)
    return not tied(texts, first.sentence, read.shared, lang, joined, body, opening_counts=False)


def heads_news(
    doc: Document, ms: Mentions, first: Mention, office, jurisdiction: str | None, head: str
) -> str:
    """``head`` (rules/fl201_offices._a_head's reading: "news", "speaking only" or "") with a
    body's head who is "news" read as "speaking only" where ``a_bodys_head_off_topic``; a party
    leader stays news."""
    if head == "news" and office.name != "leader" and a_bodys_head_off_topic(doc, ms, first, jurisdiction):
        return "speaking only"
    return head

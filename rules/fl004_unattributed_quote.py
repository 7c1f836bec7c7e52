"""FL004 unattributed-quote."""

from __future__ import annotations

import re
from typing import Iterable

from factlint.analysis.measure_claims import lacks_all
from factlint.analysis.languages import any_function_words, article_language
from factlint.analysis.quotes import foreign_pronouns, in_first_person, quotes
from factlint.analysis.speech import analyse_sentence
from factlint.analysis.text import CAPITAL_WORD, COMPOUND_WORD
from factlint.linter.document import Document
from factlint.linter.finding import Finding, Severity, brief
from factlint.linter.rule import Context, Rule, RuleOptions, option


class UnattributedQuote(Rule):
    """A direct quote that nobody is said to have said.

    What it flags:
        Words in double quotes (straight, curly or guillemets), at least ``min_words`` long,
        with no speaker in their sentence or the sentence before or after: no "said", "told",
        "according to", "as stated by", no ``Name: "..."`` lead-in. A paragraph of a
        multi-paragraph quote counts as attributed when another paragraph of it is. Titles and
        slogans ("The Lord of the Rings", a banner reading "...") and partial quotes worked into
        the writer's own sentence ('the plan was "a disaster from start to finish"') are not
        flagged. A named source such as a news agency counts as a speaker, and so does a name
        after a dash at the end of the line ('"This is our best offer" - Peters'), a speaker
        after a headline's quote ('"We will rebuild": mayor's pledge'), or a speaker
        presented just before a quote that opens its sentence, in the same paragraph or in the
        live-blog entry heading above it ("Here's the manager, clearly unhappy.", "Ana Silva
        talks.", "12.35pm: Opposition leader responds", "Ana Ruiz was thrilled."), or a statement announced in the
        sentence just before, in the paragraph above too ("The club issued the following
        statement.", "Her spokesman sent the Herald this statement:"), with every paragraph of
        the statement that follows, or the heading of a statement or quote sheet above the quote
        paragraphs ("Statement of Senator X on the ruling", "HEAD COACH Jane Roe"), or a credit
        line under the quote's paragraph ("Jane Roe, harbour master") or, on a quote sheet, a
        name line under a quote that fills its line ("Jane Roe", "*Jane Roe (Radio Norte)"), or the interviewer's
        question in the paragraph above (a Q&A interview's quoted answer), or a paragraph
        above that ends with its speaker speaking of a topic ("Coach Jo Hart talked about the
        side's spirit.", "She also expressed the council's support."), with every paragraph of
        the quote that follows, or a quote going on from the attributed quote above it across a
        photo caption with its credit. A search
        query ('a search for "..."') and a report's title after where it ran ('first published
        on Example.com "..."') are titles, not speech, and so are quotes set out as a list
        (only commas or an "and" between them: 'in «A», «B» e in «C»') or followed by a year in
        brackets ('"A" (J. Doe, 1985)'). Other languages' inverted attribution counts: a quote
        closed by a comma, a verb in lower case and a name ('"...", zei Olsters', '"...", dijo el
        técnico Aldana', '« ... », a déclaré Ferrand'), also with a pronoun or a verb that holds
        one ('zei hij', 'sagte sie', 'a-t-il ajouté', 'ujarnya'), an article and a role noun
        ('señaló el portavoz'), a source word ('so Lindmayr'), or a common speech verb of
        ``analysis/data/quote_cues.yaml`` after a comma, a dash, both ('«...», — сказал он') or
        nothing ('“...” analizó Vessel.'), also after a close paragraphs on; so do
        another language's "that" right before the quote ('Elle ajouta que «...»') and a sentence
        before it ending in such an attribution ('..., berichtet sie weiter.'), holding such a verb
        ('El técnico reconoció la derrota.') or opening with 'Según X,', or one after it opening
        by naming the speaker ('Das sagte <Name>', 'Lo ha detto <Name>'); German „...“ marks
        close on “, and »...« open on » where a text's first guillemet opens that way.
        A quote in the first person that opens its sentence, right after the sentence of its
        paragraph that names one person (or says "she" of the one person named before), is
        theirs ('Nurse Piet Amsel went outside. "What we saw ..."'; not a quote about someone,
        "We trusted him"); so is one a speech verb interrupts between dashes ('«... —afirmó
        Vessel—, ...»'), and a short first-person question in a first-person paragraph is the
        teller's own. In copy of another language than English a quote with no speaker found is
        an info, not a warning: its speakers are read from word lists that miss many forms.

    Why it matters:
        A quote without a speaker cannot be checked or weighed: the reader cannot tell whether
        a minister, a protester or the writer said it, and an editor cannot verify it.

    Bad:
        Trade between the two countries grew by a quarter last year. "Our trade relations are
        progressing positively."

    Good:
        Trade between the two countries grew by a quarter last year. "Our trade relations are
        progressing positively," Putin said, according to the Interfax agency.
    """

    id = "FL004"
    name = "unattributed-quote"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        min_words: int = option(4, "shorter quotes (scare quotes, single terms) are not checked", ge=0)
        single_quotes: bool = option(
            False,
            "also check 'single-quoted' quotes (British style; apostrophes make finding them less reliable)",
        )
        partial_quotes: bool = option(
            False, "also check quotes that start in lower case inside the writer's sentence"
        )

    options: Options

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        min_words = self.options.min_words
        reported: set[int] = set()
        announced = None  # an announced statement's open paragraph: the next paragraph goes on with it
        # who said a quote is read from English's own verbs and forms; in other languages from the
        # word lists of data/quote_cues.yaml, which miss many forms: there a quote with no speaker
        # found is an info, not a block (on real copy nearly all such warnings were wrong)
        soft = article_language(doc.text) not in (None, "en")
        for q in ctx.analysis(quotes):
            if announced is not None and _goes_on(doc, announced, q) or _announced(doc, q):
                announced = None if q.closed else q
                continue
            announced = None
            if q.attributed or q.kind != "speech" or q.words < min_words:
                continue
            if q.mark != '"' and not self.options.single_quotes:
                continue
            if _is_partial(q.text) and not self.options.partial_quotes:
                continue
            if q.sentence in reported:
                continue  # one finding per sentence is enough to send the editor there
            if _dash_attribution(doc, q) or _presented(doc, q) or _headline_speaker(doc, q):
                continue
            if _under_speaker_heading(doc, q) or _credited_below(doc, q):
                continue
            if _spoke_of_above(doc, q):
                announced = None if q.closed else q  # its next paragraphs go on with it
                continue
            if _reported_before(doc, q) or _someones_words(doc, q) or _own_words_of_one_named(doc, q):
                continue
            reported.add(q.sentence)
            yield self.finding(
                q.span,
                f'quote "{brief(q.text, 50)}" has no speaker: say who said it (said, told, according to)',
                key_texts=[q.text],
                severity=Severity.INFO if soft else None,
            )


def _is_partial(text: str) -> bool:
    """A fragment worked into the writer's sentence starts in lower case: "a huge success"."""
    first = next((c for c in text if c.isalnum()), "")
    return first.islower()


# '"This is our best offer" - Peters to striking nurses': a headline's or pull quote's speaker
# after a dash, at the end of the line
_DASH_SPEAKER = re.compile(
    r"[ \t]*[-–—][ \t]*(?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,4}(?:[ \t]+[a-z][^\n.!?\"“”]{0,40})?[ \t]*$"
)
# the sentence (or the live-blog entry heading) just before a quote that opens its own sentence
# presents its speaker without a speech verb: "A gleeful David Moyes takes his turn.",
# "Here's Nigel Pearson, quietly fuming.", "Opposition leader responds"
_PRESENTS = re.compile(
    r"\b(?:here(?:'s|’s| is| are| comes)|takes? (?:his|her|their) turn|speaks?|spoke|responds?|responded|"
    r"reacts?|reacted|replies|replied|has (?:his|her|their) say|had (?:his|her|their) say|"
    r"gives? (?:his|her|their) (?:verdict|view|views|thoughts|reaction|assessment)|reflects?|"
    r"weighs? in|chimes? in|is asked|was asked|sums? (?:it )?up|verdict|reaction)\b"
    # a named person's feeling, then their words: "Student Ana Ruiz was thrilled by the find."
    r"|\b(?:is|was|are|were|feels|felt)\s+(?:so\s+|very\s+|clearly\s+|visibly\s+)?(?:excited|"
    r"delighted|pleased|thrilled|happy|proud|disappointed|upset|angry|relieved|furious|"
    r"emotional|optimistic|hopeful|confident|frustrated)\b",
    re.I,
)
# a sentence that announces the statement quoted next: "The club issued the following statement.",
# "Her spokesman sent the Herald this statement about the letter:"
_ANNOUNCES = re.compile(
    r"\b(?:(?:this|the following|following|a|an|its|his|her|their)\s+(?:(?:short|brief|written|joint|"
    r"full|new|further|separate)\s+)?statement|(?:this|the following|following)\s+(?:response|reply))\b"
    r"(?![^.!?]*\b(?:was|were|is|has been)\b)",
    re.I,
)
_ANNOUNCED = ("statement", "response", "reply")  # one is in every match of _ANNOUNCES
# ...but not one that was never made: "Police have not released a statement."
_NO_STATEMENT = re.compile(r"\b(?:not|no|never|yet to|declined|refused|without)\b|n[’']t\b", re.I)
# "Dominic Calvert-Lewin talks.": a live blog's name-and-verb line (not "Talks resumed", "met for talks")
_NAME_TALKS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+talks\s*[.:!]?\s*")
_NOT_A_NAME = {"The", "A", "An", "This", "That", "It", "There", "Here", "These", "Those", "Its"}
_HEADING_WORDS = 14  # a line this short without a full stop is an entry heading


# a headline's speaker after the quote: '"We will rebuild": mayor's pledge after floods',
# '"No more delays", says minister' (not '"...": Florence rescues by boat', a topic, not a speaker)
_HEADLINE_SPEAKER = re.compile(
    r"\s*[:,–—-]\s*(?:[\w.-]+\s+){0,4}?(?:[\w.-]+['’]s?\b(?<=['’]s)|[\w.-]+['’](?=\s)|says|said|warns|"
    r"tells|told|vows|insists|admits|claims|urges)(?![\w'’-])",
    re.I,
)


def _headline_speaker(doc: Document, q) -> bool:
    """A quote in the headline whose speaker follows it there, as headlines put it."""
    here = doc.sentences[q.sentence] if 0 <= q.sentence < len(doc.sentences) else None
    if here is None or doc.blocks[here.block].kind not in ("headline", "heading"):
        return False
    line_end = doc.text.find("\n", q.span.end)
    rest = doc.text[q.span.end : len(doc.text) if line_end < 0 else line_end]
    return bool(_HEADLINE_SPEAKER.match(rest))


def _dash_attribution(doc: Document, q) -> bool:
    """The quote is followed, to the end of its line, by a dash and a name."""
    end = q.span.end
    line_end = doc.text.find("\n", end)
    rest = doc.text[end : len(doc.text) if line_end < 0 else line_end]
    return bool(_DASH_SPEAKER.match(rest))


_NONSPACE = re.compile(r"\S")  # found between two offsets: no copy of a long paragraph for each quote


def _opens_its_sentence(doc: Document, q) -> bool:
    here = doc.sentences[q.sentence]
    return _NONSPACE.search(doc.text, here.span.start, q.span.start) is None


def _announced(doc: Document, q) -> bool:
    """The quote opens its sentence, and the sentence just before (in this paragraph or the one
    above) announces a statement, in words of its own (no quote marks)."""
    if q.sentence <= 0 or q.sentence >= len(doc.sentences) or not _opens_its_sentence(doc, q):
        return False
    previous = doc.sentences[q.sentence - 1]
    before = previous.text
    if any(mark in before for mark in '"“”'):
        return False
    if _answers_question(doc, q, previous):
        return True
    if lacks_all(before, _ANNOUNCED):  # (the words every announcement holds: most sentences lack them)
        return False
    if _NO_STATEMENT.search(before):
        return False
    return bool(_ANNOUNCES.search(before))


def _answers_question(doc: Document, q, previous) -> bool:
    """An interview set out as questions and answers: the quote opens its paragraph and the
    paragraph above is the interviewer's question, a paragraph of its own ending in "?" with no
    quote marks ("Is the new album angrier?" then the answer in quotes)."""
    here = doc.sentences[q.sentence]
    if (
        previous.block == here.block
        or _NONSPACE.search(doc.text, doc.blocks[here.block].span.start, q.span.start) is not None
    ):
        return False
    question = doc.blocks[previous.block].text.strip()
    return question.endswith("?") and not any(mark in question for mark in '"“”')


# a sentence that carries on the reported speech before it: it opens with a connector or a
# pronoun, or speaks in the backshifted tense of reported speech ("Then they would decide...")
_CARRIES_ON = re.compile(
    r"^\W*(?:then|and|but|also|so|he|she|they|it|this|that|these|those)\b|\b(?:would|could|should|might)\b",
    re.I,
)
# the sentence opens with its speaker and a reporting verb: "He said", "The board chair told them"
_OPENS_WITH_SPEAKER = re.compile(
    r"^\W*(?:[\w'’.-]+\s+){1,5}?(?:also\s+|later\s+)?(?:said|told|added|stated|explained|argued|insisted|warned)\b",
    re.I,
)


def _reported_before(doc: Document, q) -> bool:
    """The quote opens its sentence, which closes a paragraph where the sentence two before names
    a speaker with a reporting verb ("The law minister said the standpoint of the MPs had to be
    sorted out first.") and the one between carries that speech on without a speaker or a quote
    of its own ("Then they would think of who would be the opposition.")."""
    if q.sentence < 2 or q.sentence >= len(doc.sentences) or not _opens_its_sentence(doc, q):
        return False
    here, between, source = (doc.sentences[q.sentence - k] for k in (0, 1, 2))
    if not here.block == between.block == source.block:
        return False
    if any(mark in between.text + source.text for mark in '"“”'):
        return False
    if analyse_sentence(between.text).speaker is not None or not _CARRIES_ON.search(between.text):
        return False
    return analyse_sentence(source.text).speaker is not None or bool(_OPENS_WITH_SPEAKER.match(source.text))


def _goes_on(doc: Document, previous, q) -> bool:
    """``q`` is the next paragraph of the announced statement ``previous``, whose paragraph ended
    without a closing mark: it opens the sentence right after, with the same kind of mark."""
    return (
        q.mark == previous.mark
        and q.sentence == previous.sentences[-1] + 1
        and doc.sentences[q.sentence].block != doc.sentences[previous.sentences[-1]].block
        and _opens_its_sentence(doc, q)
    )


def _presented(doc: Document, q) -> bool:
    """The quote opens its sentence, and the sentence before it in its paragraph, or the entry
    heading just above its paragraph, presents a named speaker."""
    if q.sentence <= 0 or q.sentence >= len(doc.sentences):
        return False
    here = doc.sentences[q.sentence]
    if _NONSPACE.search(doc.text, here.span.start, q.span.start) is not None:
        return False  # the quote is inside the writer's sentence
    before = doc.sentences[q.sentence - 1]
    if before.block != here.block:
        heading = doc.blocks[before.block].kind in ("heading", "headline")
        short = len(before.text.split()) <= _HEADING_WORDS and not before.text.rstrip().endswith(
            (".", "!", "?")
        )
        if not (heading or short):
            return False
    text = before.text
    if any(mark in text for mark in '"“”'):
        return False
    if _NAME_TALKS.fullmatch(text.strip()):
        return True
    names = [w for w in CAPITAL_WORD.findall(text) if w not in _NOT_A_NAME]
    return bool(_PRESENTS.search(text)) and bool(names)


# the paragraph above ends with its speaker speaking of a topic, the quote opening the next one:
# "Assistant coach Jo Hart talked about the side's spirit.", "He also expressed the council's
# support for the club." (a subject at the start: a pronoun or words ending in a capitalised name)
_SPEAKER_FIRST = (
    r"^\W*(?:[Hh]e|[Ss]he|[Tt]hey|(?:[\w.'’-]+\s+){0,4}?[A-Z][\w.'’-]+)\s+(?:also\s+|later\s+|then\s+)?"
)
_SPOKE_OF = re.compile(
    _SPEAKER_FIRST
    + r"(?:(?:talked|spoke)\s+(?:about|of|on|to)|expressed|voiced|paid\s+tribute|reflected\s+on|described|addressed)\b"
)


def _spoke_of_above(doc: Document, q) -> bool:
    """The quote opens its paragraph, and the paragraph above ends with a sentence whose subject
    speaks of a topic without quoting ("Coach Jo Hart talked about the side's spirit."): news copy
    then gives that speaker's words in the next paragraph."""
    if q.sentence <= 0 or q.sentence >= len(doc.sentences):
        return False
    here, before = doc.sentences[q.sentence], doc.sentences[q.sentence - 1]
    if (
        before.block == here.block
        or _NONSPACE.search(doc.text, doc.blocks[here.block].span.start, q.span.start) is not None
    ):
        return False
    if any(mark in before.text for mark in '"“”'):
        return False
    return bool(_SPOKE_OF.match(before.text))


# A statement or a quote sheet names its speaker once, in a heading above the quote paragraphs:
# "Statement of Senator X on the ruling", "HEAD COACH Jane Roe" (a role in capitals, then the name)
_STATEMENT_HEADING = re.compile(r"(?:(?:joint|press|official)\s+)?statement\s+(?:of|by|from)\s+\S", re.I)
_ROLE_AND_NAME = re.compile(r"(?:[A-Z][A-Z.'’-]+\s+){1,4}[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*:?")
_LABEL_WORDS = 8  # "On the penalty", "Opening statement:": a quote sheet's topic label
_SHEET_REACH = 12  # blocks walked back from a quote to its sheet's speaker heading


def _under_speaker_heading(doc: Document, q) -> bool:
    """The quote opens its paragraph, and walking back over quote paragraphs and short topic
    labels ("On the penalty") reaches a heading that names the speaker; any paragraph of the
    writer's own ends the walk (a later story's quote is not the sheet's)."""
    here = doc.sentences[q.sentence]
    block = here.block
    if q.sentence > 0 and doc.sentences[q.sentence - 1].block == block:
        return False  # the quote does not open its paragraph
    if _NONSPACE.search(doc.text, doc.blocks[block].span.start, q.span.start) is not None:
        return False
    for index in range(block - 1, max(-1, block - 1 - _SHEET_REACH), -1):
        text = doc.blocks[index].text.strip()
        if not text:
            continue
        if _STATEMENT_HEADING.match(text) and not text.endswith("."):
            return True
        if _ROLE_AND_NAME.fullmatch(text):
            return True
        if text[0] in '"“”«':
            continue  # another paragraph of the sheet's quotes
        if len(text.split()) <= _LABEL_WORDS and not text.endswith((".", "!", "?")):
            continue  # a topic label
        return False
    return False


# a credit line of its own under a quote paragraph: "Ron Morales, NWS Charleston" (a name of two
# to four capitalised words, a comma, who they are; no full stop)
_CREDIT_LINE = re.compile(r"[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*,\s*[^.!?\"“”]{2,60}")


# a quote sheet's speaker line under a quote that fills its line: "Ana Ruiz", "*Jo Hart",
# "Jo Hart (Radio Norte)", "Jo Hart on the final" (two to four capitalised name words, no stop)
_SPEAKER_LINE = re.compile(
    r"[*•–—-]?[ \t]*[A-Z][\w.'’-]*(?:[ \t]+(?:(?:de|da|del|van|von|der|bin|al|la|le)[ \t]+)?[A-Z][\w.'’-]*){1,3}"
    r"(?:[ \t]+\([^()\n]{2,40}\)|[ \t]+on[ \t]+[^.!?\"“”\n]{2,60})?"
)
# page furniture that a name line's shape also fits: not a speaker
_NOT_SPEAKER = frozenset(
    "related read more latest most share follow sign click top leave post comments subscribe watch "
    "listen photo photos video image source copyright continue back home next previous see view".split()
)


def _speaker_line(line: str) -> bool:
    line = line.strip().strip("*_").strip()  # a Markdown sheet's "*Jo Hart*", "**Jo Hart**"
    # "Jo Hart, harbour master" too
    if not (_SPEAKER_LINE.fullmatch(line) or _CREDIT_LINE.fullmatch(line)):
        return False
    first = line.lstrip("*•–—- \t").split(None, 1)[0]
    return first.lower() not in _NOT_SPEAKER


def _credited_below(doc: Document, q) -> bool:
    """The quote closes its paragraph and the next paragraph is only a credit line naming who
    said it, as web copy sets a pull quote's or a quote's speaker under it; or the quote fills
    its line and the line under it, last of the paragraph, is only the speaker's name, as a
    "week in quotes" page sets each quote over its speaker."""
    last = doc.sentences[q.sentences[-1]]
    block = last.block
    block_end = doc.blocks[block].span.end
    if _NONSPACE.search(doc.text, q.span.end, block_end) is not None:
        # the writer's words follow the quote in its paragraph, unless they are the speaker's
        # name on the line under a quote that fills its own line
        if not _opens_line(doc.text, q.span.start):
            return False
        rest = doc.text[q.span.end : block_end]
        head, newline, below = rest.partition("\n")
        return bool(
            newline and not head.strip() and "\n" not in below.strip() and _speaker_line(below.strip())
        )
    following = block + 1
    if following >= len(doc.blocks):
        return False
    credit = doc.blocks[following].text.strip()
    return bool(_CREDIT_LINE.fullmatch(credit.strip("*_"))) or (
        _opens_its_block(doc, q) and _speaker_line(credit)
    )


def _opens_line(text: str, at: int) -> bool:
    """Only whitespace between the line's start and ``at`` (read back from ``at``: a search for
    the line's start read a long paragraph again for each of its quotes)."""
    i = at - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n"


def _opens_its_block(doc: Document, q) -> bool:
    first = doc.sentences[q.sentences[0]]
    return _NONSPACE.search(doc.text, doc.blocks[first.block].span.start, q.span.start) is None


# "her parting words were often "Go be great today!"": the words of the person the possessive names
_SOMEONES_WORDS = re.compile(
    r"\b(?:his|her|their|[A-Z][\w'’-]*['’]s?)\s+(?:(?:last|final|parting|famous|favourite|favorite|"
    r"usual|only|first)\s+)?(?:words|message|motto|advice|reply|answer|response|catchphrase)\s+"
    r"(?:(?:to|for)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+\s+)?(?:were|was|is|are)\s+(?:(?:often|always|simply|usually)\s+)?$"
)


def _someones_words(doc: Document, q) -> bool:
    """The quote completes "<his / her / Name's> (last) words were": its speaker is the owner."""
    here = doc.sentences[q.sentence]
    before = doc.text[max(here.span.start, q.span.start - 80) : q.span.start]
    return bool(_SOMEONES_WORDS.search(before))


# words before a name that make it no subject: "residents of Dunmere Park", "the port of Velden"
_NAME_AFTER_PREPOSITION = frozenset(
    "of in at from to for by de di da do du del der des van von w z na".split()
)
_SUBJECT_REACH = 6  # words: a sentence's subject (a role, then the name) opens it


def _named_runs(text: str) -> list[str]:
    """The runs of two or more capitalised words that are no function word of any language the
    data knows ("Piet Amsel", "Betriebsrat Olaf Brenner"; not "Die Kaimauer"), each as written."""
    function = any_function_words()
    runs: list[list[str]] = [[]]
    for w in COMPOUND_WORD.finditer(text):
        word = w.group()
        if word[0].isupper() and word.lower() not in function:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if len(r) >= 2]


def _one_named_subject(text: str) -> bool:
    """The sentence names one person, near its start and not as the object of a preposition
    ("Nurse Piet Amsel and two colleagues went outside", not "Residents of Dunmere Park met")."""
    runs = _named_runs(text)
    if len(runs) != 1:
        return False
    words = [w.group() for w in COMPOUND_WORD.finditer(text)]
    first = runs[0].split()[0]
    at = words.index(first) if first in words else len(words)
    return at <= _SUBJECT_REACH and (at == 0 or words[at - 1].lower() not in _NAME_AFTER_PREPOSITION)


_HE_SHE = frozenset({"he", "she"})
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)


def _own_words_of_one_named(doc: Document, q) -> bool:
    """The quote opens its sentence, speaks in the first person, and the sentence just before it in
    its paragraph names one person, or refers by "he", "she" (another language's "er", "elle",
    "ella") to the one person the sentence before that names: news copy sets a person's own words
    right after the sentence about them ("Nurse Piet Amsel went outside when the shelling stopped.
    "What we saw was ...""). Not a quote about someone ("He was always polite")."""
    if q.sentence <= 0 or q.sentence >= len(doc.sentences) or not _opens_its_sentence(doc, q):
        return False
    here, before = doc.sentences[q.sentence], doc.sentences[q.sentence - 1]
    if before.block != here.block or any(mark in before.text for mark in '"“”«»„'):
        return False
    if not in_first_person(q.text) or _THIRD_PERSON.search(q.text):
        return False  # (words about someone: "We always trusted him" is not his)
    if _one_named_subject(before.text):
        return True
    pronouns = _HE_SHE | foreign_pronouns()
    if q.sentence < 2 or not any(w.group().lower() in pronouns for w in COMPOUND_WORD.finditer(before.text)):
        return False
    if _named_runs(before.text):
        return False  # another person named beside the pronoun
    earlier = doc.sentences[q.sentence - 2]
    return not any(mark in earlier.text for mark in '"“”«»„') and _one_named_subject(earlier.text)

"""FL002 scrape-leftover."""

from __future__ import annotations

import re
from bisect import bisect_right
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable

import ahocorasick
import yaml
from pydantic import field_validator

from factlint.analysis.text import WORD, CASE_EXCEPTIONS, has_digit, twin_holds, twin_text, word_tokens
from factlint.analysis.words import MONTHS, WEEKDAYS
from factlint.linter.document import Document, Sentence
from factlint.linter.finding import Finding, Severity, brief
from factlint.linter.memo import remembered, source_version
from factlint.linter.rule import Context, Rule, RuleOptions, option
from factlint.rules import fl002_page_blocks as page_blocks
from factlint.rules import fl002_page_echoes as page_echoes
from factlint.rules import fl002_page_edges as page_edges
from factlint.rules import fl002_page_glued as page_glued
from factlint.rules import fl002_page_parts as page_parts
from factlint.rules import fl002_page_related as page_related
from factlint.rules import fl002_page_shape as page_shape
from factlint.rules import fl002_page_summaries as page_summaries
from factlint.rules import fl002_page_widgets as page_widgets
from factlint.rules import fl002_page_pictures as page_pictures
from factlint.rules import fl002_page_lone as page_lone
from factlint.rules import fl002_page_menus as page_menus
from factlint.rules import fl002_page_pairs as page_pairs
from factlint.rules import fl002_page_boxes as page_boxes
from factlint.rules import fl002_page_runs as page_runs
from factlint.rules import fl002_page_teasers as page_teasers
from factlint.rules import fl002_page_topic_runs as page_topic_runs
from factlint.rules import fl002_story_heads as story_heads
from factlint.rules import fl002_story_leads as story_leads
from factlint.rules import fl002_story_signoffs as story_signoffs
from factlint.rules import fl002_story_tables as story_tables
from factlint.rules.fl002_required_text import edge_chars, needs_digit, opens, rarity, required_text

PHRASES_FILE = Path(__file__).parent / "data" / "scrape_phrases.yaml"
_KINDS = ("block", "label", "start")
_REGEX_KINDS = ("start", "block", "end", "anywhere")
# what the message calls each class of leftover (the `class` of a phrase; default "page")
_CLASS_WORDS = {
    "page": "page text",
    "navigation": "page navigation",
    "caption": "an image caption",
    "credit": "a photo credit",
    # a credit line in another language: the caption tests above and below credits read English
    "photo-credit": "a photo credit",
    "counter": "a gallery counter",
    "slug": "an agency slug line",
    "call-to-action": "a call to action",
    "byline": "a byline or timestamp line",
    "copyright": "a copyright notice",
    "notice": "a site notice",
    "advert": "an advertising label",
    "link": "a link to another page",
    "share": "sharing buttons",
    "cookie": "a cookie banner",
    "remnant": "page code or what is left of a removed link or image",
    "embed": "the frame of an embedded post",
    "ticker": "a market ticker",
    "widget": "a page widget",
    "tags": "a tag list's label",
}
_NEXT = ("", "sentence", "list", "rest")
_STORY_WORDS = 8  # words after a leftover on its line that make a story sentence an editor keeps
# a link list item: a bullet or a rank number before a headline ("* Headline", "- 1 Headline")
_LIST_ITEM = re.compile(r"\s*(?:[*•·▪►‣–—-]\s*(?:\d{1,2}[.)]?\s+)?|\d{1,2}[.)]\s+)\S")
_MAX_LIST = 12  # link items taken after one label
_MAX_LINK_WORDS = 25  # a link title without a bullet, when the page ends with such lines
# a table or menu rule, or the dash between ticker symbols, left alone on a line
_SEPARATOR_LINE = re.compile(r"[|¦–—-]+(?:\s*[|¦–—-]+)*")
_EDGE_JUNK = " \t\r\n:.!…»›|·•*>-–—_#→➔➜➡⮕"  # with the arrows a link button ends on
# a bullet or a cell rule before a line (not "-": "-5C" is a figure), or the pictograph a site's
# button opens with ("📱 Download the app", "👉 Follow us")
_BULLETS = " \t•·▪►‣|*>📱📲📺📻📰👉👇▶➡🔔📧📩✉🎧\ufe0f"
# A config's phrase regex is written by whoever can edit the config (a pull request): every
# phrase regex runs on the `regex` engine with a time limit per sentence, so `(x+x+)+y` cannot
# hang the run.
REGEX_TIMEOUT = 0.05  # seconds per sentence; real phrase patterns take microseconds
# "Read also: <link title>", and the two spaces a copied link box leaves: "See also  <title>"
# the characters re.I reads as an ASCII letter: dotless i, long s, the Kelvin sign, dotted capital I
_ASCII_TWINS = frozenset("\u0131\u017f\u212a\u0130")
_SEPARATOR = r"(?:\s*(?:[:|»›]|\s[-–—]|[-–—]\s)|[ \t]{2,})\s*\S"


@dataclass(frozen=True)
class Phrase:
    kind: str  # block | label | start | end (regexes: start, block or end)
    text: str | None = None  # compared normalised
    regex: Any = None  # a `regex` pattern: matched at the start, as the whole, or at the end of the sentence
    glued: bool = False  # also found stuck in front of the next sentence
    label: str = ""  # what the message shows
    cls: str = "page"  # the class of leftover: caption, credit, counter, slug, call-to-action...
    next: str = ""  # when the phrase is all there is: "sentence" (a caption label's caption),
    # "list" (the link items after "Read more:", "Most read") or "rest" (the rest of the page:
    # the readers' comments after a comment section's heading), also leftover

    @classmethod
    def parse(cls, entry: Any, default_kind: str = "label", trusted: bool = False) -> "Phrase":
        """A phrase of the data file (``trusted``: compiled by ``re``, run without a time limit)
        or of a config (the `regex` engine with a time limit: a pull request may have written it)."""
        if isinstance(entry, str):
            entry = {"text": entry, "match": default_kind}
        if not isinstance(entry, dict) or ("text" in entry) == ("regex" in entry):
            raise ValueError(
                f"FL002: a phrase is a string or a mapping with `text` or `regex`, not {entry!r}"
            )
        unknown = set(entry) - {"text", "regex", "match", "glued", "class", "next"}
        if unknown:
            raise ValueError(f"FL002: unknown phrase key(s) {', '.join(sorted(unknown))} in {entry!r}")
        group = str(entry.get("class", "page"))
        then = str(entry.get("next", ""))
        if then not in _NEXT:
            raise ValueError(f"FL002: phrase next must be one of sentence, list, rest, not {then!r}")
        if "regex" in entry:
            kind = entry.get("match", "start")
            if kind not in _REGEX_KINDS:
                raise ValueError(
                    f"FL002: a regex's match must be one of {', '.join(_REGEX_KINDS)}, not {kind!r}"
                )
            if trusted:  # compiled on first use; the `regex` module only for a config's (start-up)
                pattern = _TrustedPattern(str(entry["regex"]), re.I | re.S)
            else:
                import regex as regex_engine

                try:  # a sentence may span lines
                    pattern = regex_engine.compile(
                        str(entry["regex"]), regex_engine.I | regex_engine.S | regex_engine.V0
                    )
                except (re.error, regex_engine.error, ValueError, TypeError, OverflowError) as err:
                    raise ValueError(f"FL002: bad phrase regex {entry['regex']!r}: {err}") from None
            return cls(kind=kind, regex=pattern, label=str(entry["regex"]), cls=group, next=then)
        kind = entry.get("match", default_kind)
        if kind not in _KINDS:
            raise ValueError(f"FL002: phrase match must be one of {', '.join(_KINDS)}, not {kind!r}")
        text = str(entry["text"])
        return cls(
            kind=kind,
            text=normalise(text),
            glued=bool(entry.get("glued", False)),
            label=text,
            cls=group,
            next=then,
        )


# a global inline flag ("(?x)", not a scoped "(?-i:...)") changes a compiled pattern's flags
_INLINE_FLAG = re.compile(r"\(\?[aiLmsux]+\)")


class _TrustedPattern:
    """A pattern of our own data file, compiled by ``re`` when first used: most of its 200 are
    tried on few sentences or none, and compiling them all was a third of the rule's start-up.
    Reads as the compiled pattern (``pattern``, ``flags``, ``match``, ``fullmatch``, ``search``)."""

    __slots__ = ("pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (``re`` adds UNICODE), without compiling where no inline
        flag can change them."""
        if self._compiled is None and not _INLINE_FLAG.search(self.pattern):
            return _base_flags(self._flags)
        return self.compiled.flags

    def match(self, text: str):
        return self.compiled.match(text)

    def fullmatch(self, text: str):
        return self.compiled.fullmatch(text)

    def search(self, text: str):
        return self.compiled.search(text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _TrustedPattern):
            return NotImplemented
        return (self.pattern, self._flags) == (other.pattern, other._flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))


@lru_cache(maxsize=8)
def _base_flags(flags: int) -> int:
    return re.compile("", flags).flags


def normalise(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return text.strip(_EDGE_JUNK)


@lru_cache(maxsize=1)
def builtin_phrases() -> tuple[Phrase, ...]:
    # our own data file: the C loader where PyYAML has it (start-up time)
    data = (
        yaml.load(
            PHRASES_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        or {}
    )
    own = tuple(Phrase.parse(entry, "label", trusted=True) for entry in data.get("phrases", []))
    return own + language_phrases()


def _either(words: Iterable[str]) -> str:
    """An alternation of words, longest first (the same pattern in every run)."""
    return "|".join(
        re.escape(w) for w in sorted({str(w).casefold() for w in words}, key=lambda w: (-len(w), w))
    )


@lru_cache(maxsize=1)
def language_phrases() -> tuple[Phrase, ...]:
    """The phrases of ``rules/data/page_words.yaml``: each language's furniture words, read as
    phrases of this rule's classes (a label, a line alone, a counter, a source line, a notice,
    a messenger call, the site's calls to the reader). Each pattern class is one pattern for all
    languages or for a few (start-up time: each pattern is read for its needed text), in groups
    of at most ``_MAX_CHOICES`` rare words (more make a poor filter). The phrases' parts are
    plain data the command's startup cache keeps (building the patterns cost every run)."""
    agencies = tuple(sorted(page_shape.head_words().agencies))
    key = ("page-words", _SOURCE, source_version(str(WORDS_FILE)), agencies)
    texts, entries = remembered(key, lambda: _language_parts(agencies))
    made = [
        Phrase(kind=match, text=text, label=label, cls=group, next=then)
        for match, text, label, group, then in texts
    ]
    return (*made, *(Phrase.parse(entry, trusted=True) for entry in entries))


def _language_parts(agencies: tuple[str, ...]) -> tuple[list, list]:
    """``language_phrases``'s text phrases (as tuples) and regex entries, from the data file."""
    data = yaml.load(
        WORDS_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    languages = list(data["languages"].values())
    made = [  # the word lists' text phrases: a few hundred of them
        (match, normalise(w), w, group, then)
        for words in languages
        for key, match, group, then in _WORD_CLASSES
        for w in map(str, words.get(key, ()))
    ]

    def every(key: str) -> str:
        return _either(w for words in languages for w in words.get(key, ()))

    sites = rf"(?:{_either(agencies)}|[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,3}})"
    period = rf"(?:\s+(?:{every('period')}))?"
    groups: list[list[str]] = [[]]
    for words in languages:  # "Meistgelesen", "Najczęściej czytane w tym tygodniu"
        if len(groups[-1]) + len(words.get("most_read", ())) > _MAX_CHOICES:
            groups.append([])
        groups[-1].extend(words.get("most_read", ()))
    entries = [
        {"regex": rf"(?:{_either(group)}){period}\W*", "match": "block", "class": "link", "next": "list"}
        for group in groups
        if group
    ]
    entries += [
        # "12 Kommentare", "(0) reacties"
        {
            "regex": rf"\(?\d{{1,5}}\)?\s+(?:{every('comment_nouns')})\W*",
            "match": "block",
            "class": "call-to-action",
        },
        # "Quelle: dpa", "Źródło: PAP, site.pl"
        {
            "regex": rf"(?:{every('source')})\s*:\s*{sites}(?:\s*[,/;|&]\s*{sites})*\W*",
            "match": "block",
            "class": "slug",
        },
        # "© 2024 Harbour Times. Alle Rechte vorbehalten."
        {
            "regex": rf"[^\n]{{0,80}}?\b(?:{every('rights')})\b[^\n]{{0,80}}",
            "match": "block",
            "class": "copyright",
        },
        # "Rechte vorbehalten © 2024 Harbour Times", "© 2024 Harbour Times. Rights reserved."
        {
            "regex": rf"[^\n]{{0,80}}?(?:\b(?:{every('reserved')})\b[^\n]{{0,80}}?(?:©|\(c\))|(?:©|\(c\))"
            rf"[^\n]{{0,80}}?\b(?:{every('reserved')})\b)[^\n]{{0,80}}",
            "match": "block",
            "class": "copyright",
        },
        # "Entra nel nostro canale WhatsApp"
        {
            "regex": rf"[^\n.!?]{{0,60}}?\b(?:{every('our')})\s+(?:(?:{every('channel')})\s+(?:\w+\s+)?"
            rf"(?:whatsapp|telegram)|(?:whatsapp|telegram)[- ]?(?:{every('channel')}))\b[^\n.!?]{{0,40}}",
            "match": "block",
            "class": "call-to-action",
        },
    ]
    # each class for a few languages at a time: a pattern needs one of at most _MAX_CHOICES
    # rare words (more make a poor filter), and fewer patterns cost less to set up
    for rare, make in _reader_calls():
        group: list[dict] = []
        for words in (*languages, None):
            if group and (words is None or _count(group + [words], rare) > _MAX_CHOICES):
                entries.append(  # (a list no language of the group has matches nothing)
                    make(lambda key, group=group: _either(w for g in group for w in g.get(key, ())) or "(?!)")
                )
                group = []
            if words is not None:
                group.append(words)
    return made, entries


def _count(group: list[dict], keys: tuple[str, ...]) -> int:
    """How many different words the languages of ``group`` give the lists ``keys`` together."""
    return len({str(w).casefold() for words in group for key in keys for w in words.get(key, ())})


def _reader_calls() -> list[tuple[tuple[str, ...], Callable[[Callable[[str], str]], dict]]]:
    """The regex phrases of a paywall, a consent banner, a newsletter box and a privacy link,
    each with the lists of its rare words, made from a few languages' lists (``every``: a
    list as an alternation). Each needs a rare word (a subscriber, a cookie, a newsletter) and
    a second sign that the site speaks: a question, a gate, a reading cut off, a sign-up verb,
    the site's "our"; a line with a quotation is the story's."""
    word, unquoted = r"[\w'’-]+", r"[^\n\"“”„«»]"

    def calls(every: Callable[[str], str]) -> str:
        return rf"(?:{every('subscribe')}|{every('login')})(?!\w)"

    def reading(every: Callable[[str], str]) -> str:
        return rf"(?:{every('continue')})(?!\w)"

    return [
        # "Déjà abonné ?", "¿Ya eres suscriptor?", "Do you already have an account?"
        (
            ("subscriber",),
            lambda every: {
                "regex": rf"\b(?:{every('already')})\s+(?:{word}\s+){{0,3}}?(?:{every('subscriber')})"
                rf"(?:\s+{word})?\s*\?",
                "match": "anywhere",
                "class": "call-to-action",
            },
        ),
        # "Pas encore abonné(e) ? Voir les offres", "Noch kein Abonnent?" opening a short line
        (
            ("not_yet",),
            lambda every: {
                "regex": rf"(?:{every('not_yet')})\s+(?:{word}\s+){{0,2}}?(?:{every('subscriber')})"
                rf"(?:\(\w{{1,3}}\))?\s*\?(?:\W*{word}){{0,4}}\W*",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # "Vous êtes abonné(e) Connectez-vous": a short line, a subscriber, then a log-in button
        (
            ("subscriber", "login"),
            lambda every: {
                "regex": rf"(?:{word}\W+){{0,3}}?(?:{every('subscriber')})(?:\(\w{{1,3}}\))?\W+"
                rf"(?:{word}\W+){{0,2}}?(?:{every('login')})(?!\w)\W*",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # an offer with its price and the button after it, capitalised: "2 euros par mois Je
        # m'abonne" (a headline's "readers subscribe" stays)
        (
            ("subscribe",),
            lambda every: {
                "regex": rf"[^\n\"“”„«».?]{{0,100}}?\d[^\n\"“”„«».?]{{0,80}}?\s(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
                rf"(?:{every('subscribe')})\s*[!»›→>]*",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # "Para seguir leyendo, suscríbete", "Accedi per continuare" (a short sentence)
        (
            ("continue",),
            lambda every: {
                "regex": rf"(?:{reading(every)}[^\n]{{0,60}}?\b{calls(every)}|{calls(every)}[^\n]{{0,30}}?\b"
                rf"{reading(every)})[^\n]{{0,120}}",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # a short sentence that opens with a call: "Jetzt abonnieren ...", "Iscriviti ...",
        # "Scarica la nostra app ...", "Klik hier om ..."
        (
            ("subscribe", "signup", "app", "click_here"),
            lambda every: {
                "regex": rf"(?:{every('subscribe')}|{every('signup')}|{every('app')}|{every('click_here')})"
                rf"(?!\w)[^\n]{{0,160}}",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # "Solo exclusivo para suscriptores", "Para ver esto debes ser suscriptor."
        (
            ("paywall",),
            lambda every: {
                "regex": rf"(?:{word}\W+){{0,8}}?(?:{every('paywall')})\s+(?:{word}\s+)??"
                rf"(?:{every('subscriber')})(?:\s+{word})?\W*",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # "Na stronie korzystamy z cookies, aby ..." (a consent line)
        (
            ("cookies",),
            lambda every: {
                "regex": rf"{unquoted}{{0,80}}?\b(?:{every('cookies')})(?!\w){unquoted}{{0,200}}",
                "match": "block",
                "class": "notice",
            },
        ),
        # "By browsing on you agree to our cookies", "Si vous continuez ..., vous acceptez les
        # cookies" (the reader going on and agreeing, a cookie word in the same line)
        (
            ("browse", "consent"),
            lambda every: {
                "regex": rf"(?:{every('browse')})(?!\w){unquoted}{{0,120}}?(?:\b(?:{every('consent')})(?!\w)"
                rf"{unquoted}{{0,100}}?{_COOKIE}|{_COOKIE}{unquoted}{{0,100}}?\b(?:{every('consent')})(?!\w))"
                rf"{unquoted}{{0,200}}",
                "match": "block",
                "class": "cookie",
            },
        ),
        # "Apúntate a nuestro boletín", "Iscriviti alla newsletter di Valbruna"
        (
            ("newsletter",),
            lambda every: {
                "regex": rf"{unquoted}{{0,80}}?\b(?:(?:{every('signup')})(?!\w){unquoted}{{0,60}}?\b"
                rf"(?:{every('newsletter')})|(?:{every('newsletter')})(?!\w){unquoted}{{0,60}}?\b"
                rf"(?:{every('signup')}))(?!\w){unquoted}{{0,120}}",
                "match": "block",
                "class": "call-to-action",
            },
        ),
        # "Leia a nossa política de privacidade" (the site's link)
        (
            ("privacy",),
            lambda every: {
                "regex": rf"{unquoted}{{0,60}}?\b(?:{every('our')})\s+(?:{every('privacy')})(?!\w)"
                rf"{unquoted}{{0,60}}",
                "match": "block",
                "class": "notice",
            },
        ),
    ]


@lru_cache(maxsize=1)
def stamp_labels() -> frozenset[str]:
    """The head's stamp words (``page_head.yaml``) alone or with their link word: a stamp's
    label whose date is gone ("Publicado em", "Stand:"), a whole line of the page."""
    head = page_shape.head_words()
    return frozenset(
        text
        for stamp in (*head.stamp_words, *head.stamp_phrases)
        for text in (stamp, *(f"{stamp} {link}" for link in _STAMP_LINKS))
    )


# a cookie's name in a consent banner: "cookies", "cookie-bestanden", "kakor", "evästeitä"
_COOKIE = r"\b(?:cookie|kakor\b|evästei|informasjonskapsl|ciasteczk)"
_MAX_CHOICES = 24  # (fl002_required_text's: more alternatives than this make a poor filter)
_STAMP_LABEL = Phrase(kind="block", label="stamp label", cls="byline")
WORDS_FILE = Path(__file__).parent / "data" / "page_words.yaml"
_SOURCE = source_version(__file__)  # (a stored answer holds only for this code)
# the words a stamp's label ends on when its date is gone ("Publicado em", "Published on")
_STAMP_LINKS = (*"on at am um le el em en il op om à às do de dnia".split(), "a las")
# (key in page_words.yaml, match, class, next): the word lists read as text phrases
_WORD_CLASSES = (
    ("read_also", "label", "link", "list"),
    ("boxes", "block", "link", "list"),
    ("tags", "label", "tags", ""),
    ("read_on", "block", "link", ""),
    ("listen", "block", "link", ""),
    ("comments", "block", "call-to-action", ""),
    # the site's log-in, report-an-error and print links (its calls that open
    # a sentence are `_reader_calls` patterns: the start phrases are tried on every sentence)
    ("login", "block", "call-to-action", ""),
    ("report_error", "block", "navigation", ""),
    ("print", "block", "navigation", ""),
    ("tools", "block", "share", ""),  # a page tool's button alone on its line ("Suivre", "Salva")
)


@lru_cache(maxsize=1)
def _builtin_matcher() -> "_Matcher":
    return _matcher(builtin_phrases())


def furniture_class(text: str, max_words: int = 25) -> str | None:
    """The class of the built-in phrase that is the whole of ``text`` (None: no such phrase)."""
    hit = _builtin_matcher().match(text, max_words)
    if hit is None or hit[3] or hit[1] != 0 or hit[2] < len(text.rstrip()):
        return None
    return hit[0].cls


def is_page_furniture(text: str, max_words: int = 25) -> bool:
    """Whether a sentence is one of the built-in leftovers (other rules skip such lines: a
    repeated "Media playback is not supported" is this rule's finding, not a duplicate)."""
    return furniture_class(text, max_words) is not None


# What a page-shape finding says, by where the line sits: the lead-in with the line shown, then why.
_SHAPE_MESSAGES = {
    "lead": (
        'page text before the story starts: "{shown}"; ',
        "a short line that is not a sentence and not the headline (a section or site name, a date, "
        "a reading time) or text addressed to the reader",
    ),
    "tail": (
        'page text after the story ends: "{shown}"; ',
        "a short line that is not a sentence (a link, a menu entry, a repeated headline) or text "
        "addressed to the reader",
    ),
    "caption": (
        'a photo caption or another story\'s title left over from the web page: "{shown}"; ',
        "a line in the present tense of captions and headlines, not part of the story",
    ),
    "author": (
        'an author box left over from the web page: "{shown}"; ',
        "the site's note on who wrote the piece is not part of the story",
    ),
    "repeated": (
        'page text repeated word for word between paragraphs: "{shown}"; ',
        "an image's alt text or a widget, not part of the story",
    ),
    "echo": (
        'page text repeated from above the story: "{shown}"; ',
        "a copy of a title or caption line (an image's alt text or a video's title), not part of the story",
    ),
    "glued-title": (
        'the headline run into the story\'s first line: "{shown}"; ',
        "the page's title pasted in front of the dateline, not part of the sentence",
    ),
    "highlights": (
        'a summary box left over from the web page: "{shown}"; ',
        "a bulleted highlight above the story that a story paragraph says again word for word",
    ),
    "links": (
        'a list of links to other stories after the story ends: "{shown}"; ',
        "headline-case titles the story does not talk about, not part of the story",
    ),
    "cluster": (
        'page text among other page furniture: "{shown}"; ',
        "a short line between two leftovers (a menu entry, a ticker symbol, a counter)",
    ),
    **page_blocks.MESSAGES,
    **page_boxes.MESSAGES,
    **page_runs.MESSAGES,
    **page_teasers.MESSAGES,
    **page_related.MESSAGES,
    **page_summaries.MESSAGES,
    **page_widgets.MESSAGES,
    **page_pictures.MESSAGES,
    **page_lone.MESSAGES,
    **page_menus.MESSAGES,
    **page_pairs.MESSAGES,
    **page_edges.MESSAGES,
    **page_topic_runs.MESSAGES,
    "credit": (
        'a photographer\'s name beside a photo credit: "{shown}"; ',
        "a name alone on the line next to a credit line belongs to the picture, not the story",
    ),
}


class ScrapeLeftover(Rule):
    """Page furniture left in the article text by copying or scraping a web page.

    What it flags:
        Sentences that are navigation, advertising, sharing, cookie or subscription text rather
        than the story: "Skip to content", "Advertisement", "Share this article", "We use
        cookies...", "Sign up for our newsletter", "Read more: <another headline>"; and a
        dangling lead-in at the end of the article ("Read also:", "Watch the video below:")
        that nothing follows. The phrases are data (``rules/data/scrape_phrases.yaml``, per language
        ``page_words.yaml``); a phrase only counts as the whole sentence, as a label followed by
        ``:``/``|``/``»``, or as the start of a short call to action, so prose such as "Readers were
        told to read more widely" is left alone. Beyond fixed phrases, classes of leftover are patterns
        (``regex`` entries with a ``class``): image captions and their labels ("Image caption,",
        "Image source, PA Media"), photo credits in brackets after a sentence ("[A. Name/Xinhua]",
        "(Photograph:Reuters)") or on a line of their own ("A. Name / AP"), gallery counters
        ("/ 36 PHOTOS", "(Full-size photo)(All photos)"), agency slug lines ("PTI HG HG TRB"),
        timestamp and byline lines, copyright notices, site notices and comment forms, the frame
        of an embedded post ("Skip twitter post"), blog widgets ("Recent Posts") and the
        furniture of English pages on sites built in another language ("Publicidad"). The
        message names the class; a credit or slug stuck to the end of a sentence is reported
        on its own, not with the sentence. Date and byline lines are shapes, in many site formats
        ("Update: 08:15, 9 May 2022 Monday", "Tue, May 10, 2022 - Page 3", "Harbour City | May 9,
        2022"), but date lines that each head a paragraph, three times or more, are a timeline. Beyond words, the shape of the page: in plain text
        and Markdown, a short line that is no sentence before the story's first sentence (not
        the headline: "Markets", "4 min read") or after its last one (a menu, a related link),
        and the site text after a comment widget or sign-up box ("Join the conversation", "Be
        kind"); inside the story, a short line repeated word for word three times (an image's
        alt text) or sitting between two leftovers, a photo caption written as a sentence in
        the caption's present tense ("A man inspects the damage ..."), and an author box (a name line, then "<Name> is
        the ... editor"); a web copy's byline block ("By A. Name", "Por", "Von", stamps: a draft's own byline stays). What else is on the page tells more: a
        title line above the story repeated between paragraphs, a pull quote copied from a
        paragraph, a caption printed twice or written in the present tense above a credit, the
        readers' comments under a "3 thoughts on ..." heading, link titles ending the page (after "Related
        posts:", over teasers cut with "..." or after a dateline), lines in another script, a post's text
        above its frame, bulleted headline-case titles the story does not talk about, another story's title in capitals.
        A line whose shape recurs inside the story (live-blog entry times), a long list or fact
        box the story ends with, a table of figures, a match's box of venue and score lines
        under the headline, and an opening paragraph spoken to the reader are left alone; a story sentence that ends on a colon is where a
        cut copy stopped, not a lead-in, unless it points at the page ("Watch it below:"). The
        site's own boxes: a line cut short by an ellipsis that a paragraph completes (a summary
        box), a related-stories box ending in a teaser the page cut off, a masthead's slogan above
        the headline, a picture's subject between paragraphs ("Damaged road in ..."); a broadcast
        transcript's ">>" turns are speech. By topic: lines over the headline that share no word
        with the story (a menu row, teasers), a title-case line over a stamp between paragraphs;
        the headline and the particulars under it (a ruling's court, parties, case) share it. Neighbours: a caption in one block with its credit,
        bulleted titles after a full stop, a button's "✓", notices between leftovers,
        "<headline> - <Site>" on top, the headline again as a title line (with a full stop: FL001's).

    Why it matters:
        Leftovers are published as if they were the article's words; a dangling "Read also:" means a link was lost.

    Bad:
        Skip to content

        Putin praised trade with China on Tuesday.

        Read also:

    Good:
        Putin praised trade with China on Tuesday, the Kremlin said.
    """

    id = "FL002"
    name = "scrape-leftover"
    severity = Severity.WARNING
    needs_model = False

    class Options(RuleOptions):
        phrases: list[Any] = option(
            [],
            "more phrases: a string (a label) or {text: ..., match: block|label|start} or {regex: "
            "..., match: start|block|end|anywhere}, with optional class (named in the message) and "
            "next: sentence|list|rest (what follows the phrase alone is leftover too)",
        )
        max_words: int = option(25, "the longest sentence a start phrase may begin", ge=0)
        dangling_lead_in: bool = option(True, "also flag an article that ends with a colon")
        page_shape: bool = option(
            True,
            "also flag by the shape of the page (plain text and Markdown): "
            "short non-sentence lines before the story's first sentence or "
            "after its last, site text after a comment form or sign-up box",
        )

        @field_validator("phrases")
        @classmethod
        def _each_phrase_parses(cls, value: list[Any]) -> list[Any]:
            for entry in value:  # ValueError: bad regex, unknown key... (Phrase.parse's words)
                Phrase.parse(entry, "label")
            return value

    options: Options

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None):
        super().__init__(options, severity)
        self.phrases = builtin_phrases() + tuple(Phrase.parse(e, "label") for e in self.options.phrases)
        self.matcher = _matcher(self.phrases)  # made here: hashing the phrase list per sentence was slow

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        units = doc.sentences_with_headline()
        max_words = self.options.max_words
        found: dict[int, Finding] = {}
        hits: list[str | None] = [None] * len(units)  # the class of a whole-sentence leftover
        follow, taken = "", 0  # what the previous label says comes next, and how many so far
        follow_cls = ""  # the class of that label
        list_labels: set[int] = set()  # labels standing alone that announce a list of links
        titles_end = 0  # the last line of bare link titles after a link-list label
        for position, sentence in enumerate(units):
            last = position == len(units) - 1
            hit = self.matcher.match(sentence.text, max_words)
            if hit is None and follow:
                item = (
                    follow == "list"
                    and taken < _MAX_LIST
                    # (a roundup's result line, "Rovers 6 Lenz 1", is no link's title)
                    and not page_shape.score_row(sentence.text)
                    and (
                        _LIST_ITEM.match(sentence.text)
                        or doc.blocks[sentence.block].kind == "list_item"
                        or sentence.span.line <= titles_end
                    )
                )
                if follow in ("sentence", "rest") or item:
                    what, group = _follower(follow, follow_cls)
                    found[position] = self.finding(
                        sentence,
                        f'{what} left over from the web page: "{brief(sentence.text)}"; '
                        "it is not part of the story",
                        key_texts=[sentence.text],
                    )
                    hits[position] = group
                    taken += 1
                    follow = "" if follow == "sentence" else follow
                    continue
                follow = ""
            if hit is not None and _spared(doc, units, position, hit[0]):
                hit = None
            if hit is not None and story_signoffs.glued(
                doc, units, position, hit[0].cls, hit[1], hit[2], found
            ):
                hit = None  # "... the ministry said. -- AP": the story line's own sign-off
            if hit is not None:
                phrase, start, end, joined = hit
                message = _hit_message(phrase, sentence.text, start, end, last)
                whole = start == 0 and end >= len(sentence.text.rstrip())
                where = sentence if whole else doc.sub_span(sentence, start, end)
                if phrase.cls == "credit":
                    where = _caption_with_credit(doc, sentence.span if whole else where, sentence.span.start)
                found[position] = self.finding(where, message, key_texts=[sentence.text[start:end]])
                if whole and not joined:  # (lines that are each a leftover: the finding takes them all)
                    hits[position] = phrase.cls
                # a label standing alone ("Read more:", "Image caption,") announces what follows
                follow, taken = (phrase.next, 0) if whole and _label_alone(phrase, sentence.text) else ("", 0)
                follow_cls = phrase.cls
                if follow == "list":  # link titles without bullets, when the page ends with them
                    titles_end = _link_lines_end(doc.text, sentence.span.end)
                    list_labels.add(position)
            elif last and self.options.dangling_lead_in and _is_lead_in(sentence.text):
                found[position] = self.finding(
                    sentence,
                    f'the article ends with a lead-in that nothing follows: "{brief(sentence.text)}"',
                )
        self._lead_in_over_leftovers(units, hits, found)
        _spare_timeline(doc, units, hits, found)
        _spare_transcript(doc, units, hits, found)
        results = _spare_results(doc, units, hits, found)
        results |= story_tables.find(doc, units, hits, set(found))  # the story's results, scores, standings
        if self.options.page_shape:
            summaries = ctx.analysis(page_summaries.copies)  # (FL001 asks too)
            self._add_page_findings(doc, units, hits, found, list_labels, results, summaries)
        _spare_fixtures(doc, units, hits, found)
        story_heads.spare(doc, units, hits, found)  # numbered entries, titles under dates, credit boxes
        # "Photo: Flooded streets. (Reuters)": leftovers side by side on one line are one finding
        # that spans them all, so the editor deletes the whole leftover, not its first sentence
        kept: list[Finding] = []
        for position in sorted(found):
            finding = found[position]
            if (
                kept
                and position - 1 in found
                and kept[-1].span.line == finding.span.line
                and not doc.text[kept[-1].span.end : finding.span.start].strip()
            ):
                kept[-1] = replace(kept[-1], span=doc.span(kept[-1].span.start, finding.span.end))
            else:
                kept.append(finding)
        yield from kept

    def _lead_in_over_leftovers(self, units: list, hits: list[str | None], found: dict[int, Finding]) -> None:
        """A lead-in ("Watch the video:") with only whole-line leftovers below it to the page's
        end (a related box, ads): what it announced was lost with the page, as at the end."""
        if not self.options.dangling_lead_in:
            return
        k = len(units) - 1
        while k >= 0 and hits[k] is not None:
            k -= 1
        if 0 <= k < len(units) - 1 and k not in found and _is_lead_in(units[k].text):
            found[k] = self.finding(
                units[k],
                f'a lead-in that only page leftovers follow: "{brief(units[k].text)}"; what it announced is missing',
            )

    def _add_page_findings(
        self,
        doc: Document,
        units: list,
        hits: list[str | None],
        found: dict[int, Finding],
        list_labels: set[int],
        story: set[int] = frozenset(),  # type: ignore[assignment]
        summary_lines: frozenset[int] = frozenset(),
    ) -> None:
        """What the shape of the page gives away, beyond the phrases (plain text and Markdown);
        never a unit of ``story`` (a results page's entries)."""
        flagged = set(found)
        edges = page_edges.read(doc, units, page_shape.story_prose(doc, units, hits))
        # (the headline and the particulars under it, by their topic: the story's)
        shaped = page_edges.drop_spared(doc, units, edges, page_shape.find(doc, units, hits, flagged))
        parts = page_parts.find(doc, units, hits, flagged)
        blocks = page_blocks.find(doc, units, hits, flagged)
        # a caption told by its credit in brackets is as sure as one the phrases took: the
        # picture's alt text right above it is found by it too
        credited = flagged | {p.index for p in blocks if p.where == "credited-caption"}
        summaries = page_summaries.find(summary_lines, units, hits, flagged)
        for place in [*shaped, *parts, *page_echoes.find(doc, units, hits, credited), *blocks, *summaries]:
            if place.index not in found and place.index not in story:
                found[place.index] = self._shape_finding(units[place.index], place)
        for index, where in page_boxes.find(doc, units, hits, list_labels):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        # (last: a notice run lies between the leftovers every other test has found)
        for index, where in page_runs.find(doc, units, hits, set(found), furniture_class):
            if index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        # other stories' titles between the story's paragraphs, over the subhead that heads one
        for index, where in page_related.find(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        self._add_widget_findings(doc, units, found, story)
        self._add_lone_findings(doc, units, found, story)
        # the site's menu rows over the headline
        self._add_menu_findings(doc, units, hits, found, story)
        self._add_edge_findings(doc, units, hits, found, story, edges)
        # other stories' titles and ledes after the story's end: read around what all the rest found
        for place in page_teasers.find(doc, units, hits, set(found), list_labels):
            if place.index not in found and place.index not in story:
                found[place.index] = self._shape_finding(units[place.index], place)
        # a writers' line and a stamp at the head of a copy all the rest shows came from the web
        prose = page_blocks.head_prose(doc, units, hits)
        for place in page_blocks.web_copy_head(doc, units, hits, set(found), prose):
            if place.index not in found and place.index not in story:
                found[place.index] = self._shape_finding(units[place.index], place)
        for index in page_blocks.glued_bylines(doc, units, hits, set(found), prose):
            if index not in found and index not in story:  # the byline's line, not the headline
                end = units[index].span.end
                line = doc.span(doc.text.rfind("\n", 0, end) + 1, end)
                shown = brief(doc.text[line.start : line.end].strip())
                message = _SHAPE_MESSAGES["web-byline"]
                found[index] = self.finding(
                    line, message[0].format(shown=shown) + message[1], key_texts=[shown]
                )
        self._add_picture_findings(doc, units, found, story)
        self._add_run_edges(doc, units, found, story)
        _widen_to_held_titles(doc, units, found, story)

    def _add_edge_findings(
        self,
        doc: Document,
        units: list,
        hits: list[str | None],
        found: dict[int, Finding],
        story: set[int],
        edges: "page_edges.Edges | None",
    ) -> None:
        """Lines over the headline that share no word with the story; titles over a stamp or credit."""
        for index, where in page_edges.find(doc, units, hits, set(found), edges) if edges is not None else ():
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        prose = page_shape.story_prose(doc, units, hits)
        if edges is None or prose is None:
            return
        for index, where in page_topic_runs.find(doc, units, prose, hits, set(found) | story, edges):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))

    def _add_widget_findings(
        self, doc: Document, units: list, found: dict[int, Finding], story: set[int]
    ) -> None:
        """A tool's lower-case word alone in mid-page, a ticker of timed or labelled headlines, and
        a caption run into a paragraph's first sentence (its caption only: the sentence stays)."""
        for index, where in page_widgets.find(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        for index, at in page_widgets.run_in_captions(doc, units, set(found) | story):
            caption = units[index].text[:at].rstrip()
            message = _SHAPE_MESSAGES["run-in-caption"]
            found[index] = self.finding(
                doc.sub_span(units[index], 0, len(caption)),
                message[0].format(shown=brief(caption)) + message[1],
                key_texts=[caption],
            )

    def _add_picture_findings(
        self, doc: Document, units: list, found: dict[int, Finding], story: set[int]
    ) -> None:
        """A picture's caption and credit read by the credit's shape (``fl002_page_pictures``):
        the whole unit when it is all the page's, its caption's or credit's part when the rest of
        the unit is the story's."""
        for index, start, end, where in page_pictures.find(doc, units, set(found) | story):
            if index in found:
                continue
            u = units[index]
            part = u.text[start:end].strip()
            message = _SHAPE_MESSAGES[where]
            text = message[0].format(shown=brief(part)) + message[1]
            span = doc.sub_span(u, start, end)
            a = doc.text.rfind("\n", 0, span.start) + 1
            b = doc.text.find("\n", span.end)
            if (doc.text[a : span.start] + doc.text[span.end : b if b >= 0 else None]).strip():
                text += "; the rest of the line is the story's: keep it"
            found[index] = self.finding(span, text, key_texts=[part])

    def _add_lone_findings(
        self, doc: Document, units: list, found: dict[int, Finding], story: set[int]
    ) -> None:
        """One other story's title, a tool's word or a counter alone between the story's paragraphs;
        another story's title and its kicker, two lines between them (``fl002_page_pairs``)."""
        for index, where in page_lone.find(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))
        for index, where in page_pairs.find(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, where))

    def _add_menu_findings(
        self, doc: Document, units: list, hits: list[str | None], found: dict[int, Finding], story: set[int]
    ) -> None:
        """The site's menu rows over the headline (``fl002_page_menus``): the whole unit, or its
        first lines when the copy ran a row into the headline's unit."""
        for index, start, end, where in page_menus.find(
            doc, units, page_shape.story_prose(doc, units, hits), set(found)
        ):
            if index in story:
                continue
            u = units[index]
            part = u.text[start:end].strip()
            if index in found:  # its other line found already (a stamp under the row): the row too
                was, span = found[index], doc.sub_span(u, start, end)
                if span.start < was.span.start:
                    found[index] = replace(
                        was,
                        span=doc.span(span.start, max(was.span.end, span.end)),
                        message=was.message + f'; the page\'s row runs on above it: "{brief(part)}"',
                    )
                continue
            if end >= len(u.text.rstrip()):
                found[index] = self._shape_finding(u, page_shape.Place(index, where))
                continue
            message = _SHAPE_MESSAGES[where]
            found[index] = self.finding(
                doc.sub_span(u, start, end),
                message[0].format(shown=brief(part)) + message[1],
                key_texts=[part],
            )

    def _add_run_edges(self, doc: Document, units: list, found: dict[int, Finding], story: set[int]) -> None:
        """A short line at the edge of a block of leftovers found already: the rest of the box."""
        for index in page_lone.run_edges(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, "run-edge"))
        for index in page_pairs.blank_edges(doc, units, set(found)):
            if index not in found and index not in story:
                found[index] = self._shape_finding(units[index], page_shape.Place(index, "blank-edge"))

    def _shape_finding(self, sentence, place: "page_shape.Place") -> Finding:
        shown = brief(sentence.text.strip())
        what = _SHAPE_MESSAGES.get(place.where)
        if what is not None:
            message = what[0].format(shown=shown) + what[1]
        else:
            message = (
                f'page text after the story ends (it follows "{brief(place.marker)}"): '
                f'"{shown}"; it is not part of the story'
            )
        return self.finding(sentence, message, key_texts=[sentence.text])


def _widen_to_held_titles(doc: Document, units: list, found: dict[int, Finding], story: set[int]) -> None:
    """Other stories' titles the copy ran into a found label's sentence (no stop between): the
    label's finding takes their lines too, so the editor deletes the box and not its label alone."""
    for index, start, end in page_related.held_titles(doc, units, found):
        if index not in story:
            was = found[index]
            title = f'; another story\'s title runs on with it: "{brief(doc.text[start:end])}"'
            span = doc.span(min(was.span.start, start), max(was.span.end, end))
            found[index] = replace(was, span=span, message=was.message + title)


_CAPTION_MAX_WORDS = 30  # a caption's words before its credit; a story paragraph runs longer


def _caption_with_credit(doc: Document, credit, sentence_start: int = -1):
    """A credit that ends a short line of its own ("Boats at the east pier. (A. Name/Staff)") ends
    a caption: the finding takes the whole line, so the editor deletes the caption with its credit
    and does not leave the caption standing; and the caption's first copy right above it, in the
    same sentence (an image's alt text: "Boats at the east pier" / "Boats at the east pierCredit:
    A. Name")."""
    text = doc.text
    line_start = text.rfind("\n", 0, credit.start) + 1
    line_end = text.find("\n", credit.end)
    prefix = text[line_start : credit.start]
    if text[credit.end : len(text) if line_end < 0 else line_end].strip():
        return credit
    if not 3 <= len(page_shape.words_of(prefix)) <= _CAPTION_MAX_WORDS:
        return credit
    start = line_start + len(prefix) - len(prefix.lstrip(page_shape.LEAD_JUNK))
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if sentence_start <= above < line_start and text[above : line_start - 1].strip() == prefix.strip():
        start = above + len(text[above:line_start]) - len(text[above:line_start].lstrip())
    return doc.span(start, credit.end)


# the words a correction opens with ("CORRECTION:", "Clarification:", "Editor's note:")
_CORRECTION_WORDS = frozenset(
    {"correction", "corrections", "clarification", "editor", "editors", "editor's", "editor’s"}
)


def _follower(follow: str, label_class: str) -> tuple[str, str]:
    """What the message calls a line a label announced, and its class: the benefits a paywall's
    call lists ("Join <Site> for free" over "- Unlimited access ...") are its own, not links."""
    if follow == "list" and label_class == "call-to-action":
        return _CLASS_WORDS["call-to-action"], "call-to-action"
    return _FOLLOWER_WORDS[follow], _FOLLOWER_CLASS[follow]


_CAPTION_MARKERS = ("caption", "photo", "image", "picture", "pictured")


def _spared(doc: Document, units: list[Sentence], position: int, phrase: Phrase) -> bool:
    """A phrase match that is the story's: a title under its label, a correction's closing notice,
    the page's first line read as a caption by its shape alone ("Politics latest news: Roe says
    ... - watch live" is the headline: no picture sits above the page's title)."""
    if _title_labelled(doc, units, position, phrase):
        return True
    if story_leads.lead_in(doc, units, position, phrase.cls, phrase.next):  # "Key moments:" over a paragraph
        return True
    if phrase.cls == "link" and _leads_into_quotation(units, position):
        return True
    if position == 0 and phrase.cls == "caption" and phrase.regex is not None:
        low = units[0].text.lower()
        return not any(marker in low for marker in _CAPTION_MARKERS)  # ("Image caption, ..." is one)
    return phrase.cls == "notice" and _closes_correction(doc, units[position])


_QUOTE_OPENERS = ('"', "“", "‘", "«", "„")


def _leads_into_quotation(units: list[Sentence], position: int) -> bool:
    """A pointer at what someone said ("Here's what the coach said,") that ends a paragraph of
    the story's prose, on the line of the sentence before it, with the quotation it announces
    right below: the writer's lead-in, not a line left where a video was."""
    if not 0 < position < len(units) - 1:
        return False
    u, above, below = units[position], units[position - 1], units[position + 1]
    return above.span.end_line == u.span.line and below.text.lstrip().startswith(_QUOTE_OPENERS)


def _closes_correction(doc: Document, sentence: Sentence) -> bool:
    """A notice in the paragraph of a correction ("CORRECTION: Due to an editing error, ... This
    story has been updated.") closes the publisher's note to its readers, which an editor keeps."""
    line_start = doc.text.rfind("\n", 0, sentence.span.start) + 1
    before = page_shape.words_of(doc.text[line_start : sentence.span.start])
    return len(before) >= 3 and before[0].casefold() in _CORRECTION_WORDS


def _title_labelled(doc: Document, units: list[Sentence], position: int, phrase: Phrase) -> bool:
    """A label on the page's title, not a leftover: "Watch: <the story's own headline>" as the
    first line, or any label opening the article's own title ("Live: Storm hits the coast")."""
    sentence = units[position]
    if position == 0 and _labelled_headline(phrase, sentence.text, units):
        return True
    # (a tag list's label is never a title's: "Topics | floods" over the page is its tag page; nor
    # is a caption's: "Pictured: <a caption>" on the first line is the photo's, not the title's)
    return (
        phrase.kind == "label"
        and phrase.cls not in ("tags", "caption")
        and doc.blocks[sentence.block].kind == "headline"
    )


_MEDIA_LABELS = frozenset({"video", "videos", "watch", "audio", "listen", "photos"})


def _labelled_headline(phrase: Phrase, text: str, units: list) -> bool:
    """The page's first line is a media label and the story's own headline ("Watch: Ferry workers
    walk out at Portvale"): a title of three words or more, no sentence, that the story talks
    about. Another story's title under the label names other things. The label is a label phrase
    or a media word a link pattern reads with its title ("VIDEO: <the story's own headline>")."""
    label, sep, title = text.partition(":")
    if not sep:
        return False
    if phrase.kind == "label":
        if phrase.cls != "page" or phrase.next or normalise(label) != phrase.text:
            return False
    elif phrase.cls != "link" or phrase.regex is None or normalise(label) not in _MEDIA_LABELS:
        return False
    title = title.strip()
    return (
        len(page_shape.words_of(title)) >= 3
        and title[:1].isupper()
        and not title.rstrip().endswith((".", "!", "?"))
        and page_shape.about_the_story(title, units, 1)
    )


# a date or time line, as an entry of a timeline or live blog heads: a few words with a figure
_MAX_ENTRY_WORDS = 8
_MIN_TIMELINE = 3


def _spare_timeline(doc: Document, units: list, hits: list[str | None], found: dict[int, Finding]) -> None:
    """Leave a timeline alone: date or time lines ("24 August 2016", "9.58pm") each heading a
    paragraph of the story, three times or more, are the story's own structure, not a site's
    timestamps (a blog's date line heads a title, not a paragraph; a list of other stories
    dates each title above its one-paragraph teaser: when most dates sit between a line with no
    end mark and such a teaser, or right under the last teaser's link button, the dates are the
    list's)."""
    sh = page_shape.shapes()
    entries = [
        i
        for i in range(len(units) - 1)
        if hits[i] == "byline"
        and any(c.isdigit() for c in units[i].text)
        and len(units[i].text.split()) <= _MAX_ENTRY_WORDS
        and units[i + 1].span.line > units[i].span.end_line
        and i + 1 not in found
        and page_shape.is_prose(units[i + 1].text, sh)
    ]
    # a date under the last teaser's "see the story" button (a link leftover) dates the next
    teased = [
        i
        for i in entries
        if i and (hits[i - 1] == "link" or (_untitled_above(units, i) and _teaser_below(units, i + 1, sh)))
    ]
    if len(entries) >= _MIN_TIMELINE and len(teased) * 2 <= len(entries):
        for i in entries:
            del found[i]
            hits[i] = None


_ABOVE_TITLE_WORDS = 4  # a title line over a date: more than a label


def _untitled_above(units: list, i: int) -> bool:
    """The unit above unit ``i`` is a line of its own with no end mark and four words or more (a
    title), where a timeline's date follows the last entry's paragraph."""
    above = units[i - 1]
    text = above.text.rstrip()
    return (
        above.span.end_line < units[i].span.line
        and text[-1:].isalnum()
        and len(text.split()) >= _ABOVE_TITLE_WORDS
    )


def _teaser_below(units: list, k: int, sh) -> bool:
    """Unit ``k`` opens a paragraph that is all there is before a line that is no prose (a "see
    more" link, the next title) or the page's end: a teaser, where a post goes on."""
    end = units[k].span.end_line
    j = k + 1
    while j < len(units) and units[j].span.line <= end:
        end = max(end, units[j].span.end_line)
        j += 1
    return j == len(units) or not page_shape.is_prose(units[j].text, sh)


def _spare_results(doc: Document, units: list, hits: list[str | None], found: dict[int, Finding]) -> set[int]:
    """Leave a live results page's entries alone: its clock stamps, running tallies, labels and
    result rows are its story (page_shape.results_entries); the units spared."""
    results = page_shape.results_entries(doc, units) if doc.format != "html" else set()
    for i in results:
        found.pop(i, None)
        hits[i] = None
    return results


_MIN_FIXTURES = 2  # fixture entries side by side: a preview's or a guide's own list
_MAX_FIXTURE_WORDS = 20  # a fixture entry is a line: teams, day, venue and time
_MAX_FIXTURE_CHARS = 160  # (its words' worth of characters: longer is a paragraph)
_MAX_DAY_WORDS = 5  # "Thursday, March 2": a day's crosshead
_MATCH_WORDS = frozenset(("v", "vs"))
_CLOCK_WORDS = frozenset(("am", "pm"))
_FIXTURE_MISREAD = (None, "caption")  # what a fixture line or a day's line is taken for


def _spare_fixtures(
    doc: Document, units: list, hits: list[str | None], found: dict[int, Finding]
) -> set[int]:
    """Leave a sports preview's fixtures alone: lines of their own, two or more, that each name a
    match ("v" before a capital) and its time ("5.10pm", "19:30") are the story's list, not image
    captions ("Trial: Friday v Dunmore @ Kelby Park, 3.30pm"), and a day's line right above one
    ("Thursday, March 2") is the crosshead over that day's matches, not a date left on the page;
    the units spared. A date line over prose, and a caption that names no match time, stay."""
    # (read only where a finding is a match's or a day's line: scanning every page cost more
    # than the rest of this rule's new work)
    if not any(_match_word(units[i].text) or _is_day_line(units[i].text) for i in found):
        return set()
    text = doc.text
    at: set[int] = set()
    for word in (" v ", " vs"):
        k = text.find(word)
        while k >= 0:
            at.add(bisect_right(units, k, key=_unit_start) - 1)
            k = text.find(word, k + 3)
    fixtures = sorted(
        i
        for i in at
        if i >= 0
        and len(units[i].text) <= _MAX_FIXTURE_CHARS
        and _is_fixture(units[i].text)
        and page_shape.own_line(doc, units[i])
    )
    if len(fixtures) < _MIN_FIXTURES:
        return set()
    spared = set(fixtures)
    for i in fixtures:
        if i and _is_day_line(units[i - 1].text) and page_shape.own_line(doc, units[i - 1]):
            spared.add(i - 1)
    # (a link's or a live page's label on the line keeps it flagged: "Live: Kelby v Ashby, 7pm")
    spared = {i for i in spared if hits[i] in _FIXTURE_MISREAD}
    for i in spared:
        found.pop(i, None)
        hits[i] = None
    return spared


def _match_word(text: str) -> bool:
    return " v " in text or " vs" in text


def _unit_start(unit: Sentence) -> int:
    return unit.span.start


def _is_fixture(line: str) -> bool:
    """A match's line: a "v" or "vs" with a capital after it, and a clock time."""
    if len(line.split()) > _MAX_FIXTURE_WORDS:
        return False
    toks = word_tokens(line)
    teams = clock = False
    for k, tok in enumerate(toks):
        if tok.low in _MATCH_WORDS:
            after = (
                toks[k + 2]
                if k + 2 < len(toks) and toks[k + 1].text == "."
                else toks[k + 1]
                if k + 1 < len(toks)
                else None
            )
            teams = teams or (after is not None and after.cap)
        elif k and (
            (tok.low in _CLOCK_WORDS and toks[k - 1].text[:1].isdigit())
            or (
                tok.text == ":"
                and toks[k - 1].text.isdigit()
                and k + 1 < len(toks)
                and toks[k + 1].text.isdigit()
            )
        ):
            clock = True
    return teams and clock


def _is_day_line(line: str) -> bool:
    """A day's crosshead: a few words, opening on a weekday or a month, with a figure."""
    words = line.split()
    if not words or len(words) > _MAX_DAY_WORDS:
        return False
    first = words[0].strip(",.").lower()
    return (first in WEEKDAYS or first in MONTHS) and any(c.isdigit() for c in line)


def _spare_transcript(doc: Document, units: list, hits: list[str | None], found: dict[int, Finding]) -> None:
    """Leave a broadcast transcript's speaker turns alone: where ">>" also marks a new speaker in
    the middle of a line, a line opening with ">>" is someone speaking, not a link arrow."""
    if not page_boxes.spoken_turns(doc):
        return
    for i, unit in enumerate(units):
        if hits[i] == "link" and i in found and page_boxes.is_turn(unit.text):
            del found[i]
            hits[i] = None


def _timed(phrase: Phrase, how: str, text: str):
    """``phrase.regex.<how>(text)`` within REGEX_TIMEOUT; a runaway pattern is a config error."""
    regex = phrase.regex
    if type(regex) is _TrustedPattern:  # our own data file's: no limit needed, and faster
        # (the compiled pattern read from its slot once compiled: this runs ~10 times a sentence)
        return getattr(regex._compiled or regex.compiled, how)(text)
    try:
        return getattr(phrase.regex, how)(text, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        from factlint.linter.errors import ConfigError

        raise ConfigError(
            f"FL002 phrase regex {phrase.label!r} took longer than {REGEX_TIMEOUT:g} s "
            "on one sentence (catastrophic backtracking?): simplify it"
        ) from None


class _Matcher:
    """All phrases compiled into a few patterns: one dictionary lookup and four regex matches
    per sentence, whatever the length of the list."""

    def __init__(self, phrases: tuple[Phrase, ...]):
        self.exact: dict[str, Phrase] = {}
        for p in phrases:
            if p.text is not None:
                self.exact.setdefault(p.text, p)
        for text in stamp_labels():  # a stamp's label alone on a line (a set of words, no phrases)
            self.exact.setdefault(text, _STAMP_LABEL)
        self.by_text = {p.text: p for p in phrases if p.text is not None}

        def alternation(kind: str | None, glued: bool = False) -> re.Pattern | None:
            texts = sorted(
                {
                    p.text
                    for p in phrases
                    if p.text and (kind is None or p.kind == kind) and (p.glued or not glued)
                },
                key=lambda text: (-len(text), text),  # longest first; the same pattern in every run
            )
            return re.compile("(?:" + "|".join(map(re.escape, texts)) + ")", re.I) if texts else None

        labels, starts, glued = alternation("label"), alternation("start"), alternation(None, glued=True)
        self.label = re.compile(rf"(?P<p>{labels.pattern}){_SEPARATOR}", re.I) if labels else None
        # a label in brackets before its link title: "[Read also] Harbour master quits"
        self.bracketed = (
            re.compile(rf"[\[(]\s*(?P<p>{labels.pattern})\s*[\])]\s*\S", re.I) if labels else None
        )
        # a label's first three letters, for a set lookup that rules most sentences out before
        # the alternation of every label is tried (case-blind: ASCII lower case reads as re.I
        # does, but for the letters re.I also reads as ASCII ones; a sentence that opens with a
        # character beyond ASCII is left to the pattern)
        heads = {p.text[:3] for p in phrases if p.text and p.kind == "label"}
        self._label_heads = (
            frozenset(heads) if all(len(h) == 3 and not _ASCII_TWINS.intersection(h) for h in heads) else None
        )
        self.start = re.compile(rf"(?P<p>{starts.pattern})(?!\w)", re.I) if starts else None
        # "Advertisement The minister said", "Skip to contentStay informed" (no space at all)
        self.glued = (
            re.compile(rf"(?P<p>{glued.pattern})(?:[ \t]+(?=(?-i:[A-Z\"“‘']))|(?=(?-i:[A-Z][a-z])))", re.I)
            if glued
            else None
        )
        # a search tries every position: any needed text rules a sentence out faster
        self.regexes = _RegexGroup(
            [p for p in phrases if p.regex is not None and p.kind == "start"], None, "match"
        )
        self.blocks = _RegexGroup(
            [p for p in phrases if p.regex is not None and p.kind == "block"], _RARE, "fullmatch"
        )
        self.ends = _RegexGroup([p for p in phrases if p.regex is not None and p.kind == "end"], 1, "search")
        self.anywhere = _RegexGroup(
            [p for p in phrases if p.regex is not None and p.kind == "anywhere"], 1, "search"
        )
        self.shared = _SharedPass((self.blocks, self.ends, self.anywhere))
        # FL001 asks about the same sentences (is_page_furniture): one answer per sentence text
        self.match = lru_cache(maxsize=4096)(self._match_sentence)

    def _match_sentence(self, text: str, max_words: int) -> tuple[Phrase, int, int, bool] | None:
        """The phrase the sentence is, which part of the sentence (start, end) is leftover, and
        whether that part is several lines the splitter joined, each a leftover of its own."""
        hit = self._match(text, max_words)
        if hit is not None:
            return hit[0], 0, hit[1], False
        body = text.strip()
        # a sentence is stripped (nearly always): the three groups' needed texts in one pass
        found = self.shared.found(text) if body == text else (None, None, None)
        bare = body.lstrip(_BULLETS)  # "• 2 min read", "| Aug 11, 2025, 20:04 IST"
        wanted = self.blocks.candidates("fullmatch", body, found[0])
        if bare != body and bare:  # the patterns worth trying on either form
            wanted = self.blocks.either(wanted, self.blocks.candidates("fullmatch", bare))
        for p in wanted:  # any length: a caption or credit line is often long
            if _timed(p, "fullmatch", body) or (bare != body and bare and _timed(p, "fullmatch", bare)):
                return p, 0, len(text), False
        tail = text.rstrip()
        for p in self.ends.candidates(
            "search", tail, found[1]
        ):  # a credit or slug stuck to the end of a sentence: "... 2008. [A/Xinhua]"
            m = _timed(p, "search", tail)
            if m and m.group().strip():
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                return p, start, m.end(), False
        for p in self.anywhere.candidates(
            "search", text, found[2]
        ):  # a remnant inside a sentence: "IOI CORPORATION BHD []'s net profit"
            m = _timed(p, "search", text)
            if m and m.group().strip():
                return p, m.start(), m.end(), False
        half = _repeated_half(body)
        if half:  # "A caption.A caption.": a caption scraped twice (image alt text and caption)
            return _REPEATED, 0, len(text), False
        if "\n" in body:  # lines the splitter joined (no full stop between): "Image credit: A.\nThe ..."
            return self._line_inside(text)
        return None

    def _line_inside(self, text: str) -> tuple[Phrase, int, int, bool] | None:
        """A line of a sentence that runs over several lines that is a whole-line leftover on its own
        (an exact phrase or a line pattern), reported alone."""
        at = 0
        first: tuple[Phrase, int, int, bool] | None = None
        every = True  # every line a leftover ("<blog engine's credit>" over "Close"): all of them
        for line in text.split("\n"):
            body = line.strip()
            if body:
                start = at + line.index(body)
                hit = self._whole_line(body)
                if hit is None:
                    every = False
                    if first is not None:
                        return first
                elif first is None:
                    first = hit, start, start + len(body), False
            at += len(line) + 1
        if first is not None and every:
            return first[0], first[1], len(text.rstrip()), True
        return first

    def _whole_line(self, body: str) -> Phrase | None:
        norm = normalise(body)
        exact = self.exact.get(norm) if norm else None
        if exact is not None and exact.kind == "block":
            return exact
        for p in self.blocks.candidates("fullmatch", body):
            if _timed(p, "fullmatch", body):
                return p
        return None

    def _match(self, text: str, max_words: int) -> tuple[Phrase, int] | None:
        norm = normalise(text)
        if not norm:
            if _SEPARATOR_LINE.fullmatch(text.strip()):
                return _RULE_LINE, len(text)
            return None
        if norm in self.exact:
            return self.exact[norm], len(text)
        body = text.lstrip(_EDGE_JUNK)
        short = len(norm.split()) <= max_words
        head = body[:3]
        may_label = self._label_heads is None or not head.isascii() or head.lower() in self._label_heads
        m = self.label.match(body) if self.label and may_label else None
        if m is None and self.bracketed is not None and body[:1] in "[(":
            m = self.bracketed.match(body)
        if m:
            # (a title run into the next paragraph's first sentence ends where that sentence starts)
            story = page_glued.story_after_title(body, m.end())
            end = len(text) if story is None else len(text) - len(body) + len(body[:story].rstrip())
            return self.by_text[normalise(m.group("p"))], end
        m = self.start.match(norm) if self.start and short else None
        if m and not _writer_goes_on(self.by_text[m.group("p")], body):
            return self.by_text[m.group("p")], len(text)
        for p in self.regexes.candidates("match", body) if short else ():
            if _timed(p, "match", body) and not _writer_goes_on(p, body):
                return p, len(text)
        m = self.glued.match(body) if self.glued else None
        if m:
            return self.by_text[normalise(m.group("p"))], len(text) - len(body) + len(m.group().rstrip())
        return None


# the writer speaking as "I": a site's call speaks as "we" or to "you", never as "I" after its verb
_WRITER_I = frozenset({"I", "I'm", "I'll", "I've", "I'd", "I’m", "I’ll", "I’ve", "I’d"})
_WRITER_CLASSES = frozenset({"page", "call-to-action"})


def _hit_message(phrase: Phrase, text: str, start: int, end: int, last: bool) -> str:
    """What an editor is told of a sentence's leftover ``text[start:end]``."""
    shown = brief(text[start:end])
    if last and text.rstrip().endswith(":") and start == 0:
        return f'dangling lead-in "{shown}" at the end of the article: nothing follows it'
    if phrase.cls == "page":
        message = f'page text left over from scraping: "{shown}"'
    else:
        what = _CLASS_WORDS.get(phrase.cls, phrase.cls)
        message = f'{what} left over from the web page: "{shown}"; it is not part of the story'
    # ("Read more: Mayor opens bridge The vote came after ...": the line goes on with the story)
    rest = text[end:].split("\n", 1)[0].strip()
    if (
        start == 0
        and rest[:1].isupper()
        and rest.endswith((".", "!", "?"))
        and len(WORD.findall(rest)) >= _STORY_WORDS
    ):
        message += "; the rest of the line is the story's: keep it"
    return message


def _writer_goes_on(phrase: Phrase, body: str) -> bool:
    """A call's opening words in a sentence that goes on in the writer's own "I" ("Share your
    stories in the comments and I will add them next week."): a post's sign-off, the story's. Only
    asked of a sentence a call matched, so it costs nothing on the others."""
    if phrase.cls not in _WRITER_CLASSES or not body.rstrip("\"”’')").endswith((".", "!")):
        return False
    return any(token.strip(",;:–—-") in _WRITER_I for token in body.split()[1:])


class _RegexGroup:
    """Regex phrases of one kind, in order, with a quick test of which are worth trying.

    A pattern is tried when the sentence holds text it cannot match without (``required_text``:
    a bracket, a dash, "caption"), where that text is rare enough to rule most sentences out;
    for a ``search``, which tries every position of the sentence, whatever that text is. One
    Aho-Corasick pass over the sentence finds every needed text of the group. Our data
    file's other patterns, tried at the start (``match``, ``fullmatch``) where they fail fast, are
    joined into one alternation: when that finds nothing (most sentences), none of them needs
    trying one by one.

    Last, a pattern is not tried on a text whose first or last character cannot open or close
    its match (``edge_chars``: "(" or "from" or a digit opens it, a ")" closes it): a ``match``
    or ``fullmatch`` reads from the first character, and a ``search`` held to the text's start
    or end by "^" or "$" does too. Most sentences open with a capital and end with a full stop."""

    def __init__(self, phrases: list[Phrase], rare_from: int | None, how: str):
        """``rare_from``: the ``rarity`` of needed text from which a pattern is tried by it (1, for a
        search: all that need any, and nothing joined; None: none, every pattern of our data file
        is behind the joined one). ``how``: the ``re`` method the patterns are tried with."""
        self.phrases = phrases
        self._at = {id(p): k for k, p in enumerate(phrases)}
        # (position, opening, closing characters) of our data file's patterns with either known
        edges = (
            edge_chars(p.regex, how) if type(p.regex) is _TrustedPattern else (None, None) for p in phrases
        )
        self._edges = [(k, first, last) for k, (first, last) in enumerate(edges) if first or last]
        # each set of opening (closing) characters once, with the positions of its patterns
        self._edge_sets: tuple[list[tuple[frozenset[str], list[int]]], ...] = ([], [])
        for side in (0, 1):
            by_set: dict[frozenset[str], list[int]] = {}
            for k, *ends in self._edges:
                if ends[side]:
                    by_set.setdefault(ends[side], []).append(k)
            self._edge_sets[side].extend(by_set.items())
        self._edge_out_by: tuple[dict[str, frozenset[int]], ...] = ({}, {})
        self._ruled_out_by: dict[tuple[str, str], frozenset[int]] = {}
        needs = [
            need if need is not None and rarity(need) >= rare_from else None
            for need in (
                required_text(p.regex) if rare_from is not None and type(p.regex) is _TrustedPattern else None
                for p in phrases
            )
        ]
        joinable = [
            rare_from != 1
            and need is None
            and type(p.regex) is _TrustedPattern
            and not _BACKREFERENCE.search(p.regex.pattern)
            for p, need in zip(phrases, needs)
        ]
        joined = [p for p, j in zip(phrases, joinable) if j]
        try:
            self.joined = (
                re.compile("|".join(f"(?:{p.regex.pattern})" for p in joined), re.I | re.S)
                if joined and all(p.regex.flags == joined[0].regex.flags for p in joined)
                else None
            )
        except re.error:  # e.g. a global inline flag inside one pattern: try them one by one
            self.joined = None
        if self.joined is None:
            joinable = [False] * len(phrases)
        # the joined patterns that cannot match without a decimal digit are joined apart, and
        # scan only a text that has one (three sentences in four have none); each part's patterns
        # without a capital letter scan the lower case (``_case_split``)
        digits = [p for p in joined if needs_digit(p.regex)] if self.joined is not None else []
        self._joined_parts = [
            (needs, "|".join(f"(?:{p.regex.pattern})" for p in part), *_case_split(part))
            for needs, part in ((False, [p for p in joined if p not in digits]), (True, digits))
            if part and self.joined is not None
        ]
        # (phrase, the text it needs or None, behind the joined pattern); neither: always tried
        # (a config's patterns, run by the `regex` engine with a time limit, or numbered groups)
        self.plan = list(zip(phrases, needs, joinable))
        self.required = sorted({text for need in needs if need for text in need})
        self.always = [p for p, need, joined in self.plan if need is None and not joined]
        # for ``candidates``: the plan's positions each needed text lets through (found in one pass
        # over the sentence for all of them), and the lists when a sentence holds none (most do not)
        by_text: dict[str, list[int]] = {}
        for k, (_, need, _) in enumerate(self.plan):
            for needed in need or ():
                by_text.setdefault(needed, []).append(k)
        self.by_text = by_text
        self._needed = ahocorasick.Automaton()
        for needed, positions in by_text.items():
            self._needed.add_word(needed, tuple(positions))
        if by_text:
            self._needed.make_automaton()
        self._always_at = [k for k, (_, need, joined) in enumerate(self.plan) if need is None and not joined]
        self._joined_at = [k for k, (_, _, joined) in enumerate(self.plan) if joined]
        self._needless = [p for p, need, _ in self.plan if need is None]  # always tried, or joined
        # the plan's patterns of our data file that cannot match without a decimal digit
        self._digits = frozenset(
            k for k, p in enumerate(phrases) if type(p.regex) is _TrustedPattern and needs_digit(p.regex)
        )

    def __iter__(self):
        return iter(self.phrases)

    def _joined_hit(self, how: str, text: str) -> bool:
        """Whether the joined alternation matches ``text`` (``re.<how>``): one of its parts does."""
        low = twin_text(text)
        for needs, source, joined_low, joined_rest in self._joined_parts:
            if needs and not has_digit(text):
                continue
            if low is None:  # a character re.I reads as a letter its lower case is not (rare)
                if getattr(re.compile(source, re.I | re.S), how)(text) is not None:
                    return True
                continue
            if joined_low is None:  # (no pattern of the part scans the lower case)
                if getattr(joined_rest, how)(text) is not None:
                    return True
                continue
            if getattr(joined_low, how)(low) is not None:
                return True
            if joined_rest is not None and getattr(joined_rest, how)(text) is not None:
                return True
        return False

    def candidates(self, how: str, text: str, found: set[int] | None = None) -> list[Phrase]:
        """The phrases worth trying on ``text`` with ``re.<how>``, in their order. ``found``: the
        plan's positions whose needed text ``text`` holds, when the caller has looked already
        (``_SharedPass``)."""
        if not self.required:  # every pattern behind the joined one, or always tried
            if self.joined is not None and not self._joined_hit(how, text):
                return self.always
            return self._edge_tried(text, range(len(self.phrases)))
        hit = self.joined is not None and self._joined_hit(how, text)
        if found is not None:
            chosen = set(found)
        else:
            low = twin_text(text)
            if low is None:  # a character re.I reads as a letter its lower case is not: try them all
                return self._edge_tried(
                    text, (k for k, (_, _, joined) in enumerate(self.plan) if hit or not joined)
                )
            chosen = set()
            for _, positions in self._needed.iter(low):
                chosen.update(positions)
        if not chosen:
            if not hit and not self._always_at:
                return self.always
            return self._edge_tried(text, self._always_at + self._joined_at if hit else self._always_at)
        chosen.update(self._always_at)
        if hit:
            chosen.update(self._joined_at)
        if not self._digits.isdisjoint(chosen) and not has_digit(text):
            chosen -= self._digits  # (patterns that cannot match a text without a digit)
        return self._edge_tried(text, chosen)

    def _edge_tried(self, text: str, positions) -> list[Phrase]:
        """The phrases at ``positions``, in their order, but those ``text``'s first or last
        character rules out (``edge_chars``)."""
        if self._edges and text:
            out = self._ruled_out(text)
            if out:
                positions = set(positions).difference(out)
        return [self.phrases[k] for k in sorted(positions)]

    def _ruled_out(self, text: str) -> frozenset[int]:
        """The positions of the patterns that cannot match ``text``, by its first and last
        character (one answer for each pair: sentences open and end alike)."""
        first, last = text[0], text[-1]
        known = self._ruled_out_by.get((first, last))
        if known is None:
            if len(self._ruled_out_by) >= _KNOWN_HITS:  # (bounded: a language server runs for days)
                self._ruled_out_by.clear()
            known = self._ruled_out_by[(first, last)] = self._edge_out(first, 0) | self._edge_out(last, 1)
        return known

    def _edge_out(self, char: str, side: int) -> frozenset[int]:
        """The positions of the patterns that ``char`` cannot open (``side`` 0) or close (1)."""
        known = self._edge_out_by[side].get(char)
        if known is None:
            # lower-cased as the characters were read (none of CASE_EXCEPTIONS); a last line
            # break is left alone ("$" may match before it)
            if char in CASE_EXCEPTIONS or (side and char == "\n"):
                known = frozenset()
            else:
                low = char.lower()
                known = frozenset(
                    k
                    for chars, positions in self._edge_sets[side]
                    if not opens(chars, low)
                    for k in positions
                )
            if len(self._edge_out_by[side]) >= _KNOWN_HITS:
                self._edge_out_by[side].clear()
            self._edge_out_by[side][char] = known
        return known

    def either(self, one: list[Phrase], other: list[Phrase]) -> list[Phrase]:
        """The phrases of two ``candidates`` answers, in their order."""
        at = self._at
        return [self.phrases[k] for k in sorted({at[id(p)] for p in one} | {at[id(p)] for p in other})]


def _case_split(joined: list[Phrase]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The joined alternation as two that match a text where it does: the patterns with a
    ``lower_case_twin`` joined for the lower case, and the others as they are (re.I); (None,
    all of them as they are) where none has a twin."""
    flags = re.I | re.S
    low = [p.regex.pattern for p in joined if twin_holds(p.regex.pattern, flags)]
    rest = [p.regex.pattern for p in joined if not twin_holds(p.regex.pattern, flags)]
    low_source = "|".join(f"(?:{pattern})" for pattern in low)
    if low and twin_holds(low_source, flags):
        try:
            return (
                re.compile(low_source, flags & ~re.I),
                re.compile("|".join(f"(?:{pattern})" for pattern in rest), flags) if rest else None,
            )
        except re.error:
            pass
    return None, re.compile("|".join(f"(?:{p.regex.pattern})" for p in joined), flags)


_VALUE = itemgetter(1)  # an automaton hit's value: (end, value)


_KNOWN_HITS = 4096


class _SharedPass:
    """The needed texts of several regex groups found in one Aho-Corasick pass over a sentence
    (each group's own pass over the same text cost as much again), as each group's plan
    positions: what ``_RegexGroup.candidates`` collects from its own automaton."""

    def __init__(self, groups: tuple[_RegexGroup, ...]):
        self.size = len(groups)
        by_text: dict[str, list[tuple[int, ...]]] = {}
        for g, group in enumerate(groups):
            for needed, positions in group.by_text.items():
                by_text.setdefault(needed, [()] * self.size)[g] = tuple(positions)
        self.automaton = ahocorasick.Automaton()
        for needed, per_group in by_text.items():
            self.automaton.add_word(needed, tuple(per_group))
        if by_text:
            self.automaton.make_automaton()
        self.empty = not by_text
        self._positions: dict[frozenset, tuple[set[int], ...]] = {}

    def found(self, text: str) -> tuple[set[int] | None, ...]:
        """Each group's positions whose needed text ``text`` holds (None for every group where
        the lower case cannot stand for the text: each group then decides alone)."""
        low = twin_text(text)
        if low is None or self.empty:
            return (None,) * self.size
        hits = frozenset(map(_VALUE, self.automaton.iter(low)))  # a text found twice counts once (at C speed)
        # sentences hit the same few common texts ("the", "in", "."): each set of hits is
        # turned into the groups' positions once (the callers copy what they are given)
        known = self._positions.get(hits)
        if known is None:
            if len(self._positions) >= _KNOWN_HITS:  # (bounded: a language server runs for days)
                self._positions.clear()
            known = self._positions[hits] = tuple(
                set().union(*[per_group[g] for per_group in hits]) for g in range(self.size)
            )
        return known


# A fullmatch or match pattern leaves the joined alternation when the text it needs is this rare
# (``rarity``: "caption" 7, "(" 3, "ago" 3; a lone letter 0): a leading ".*" or "[^.]{0,120}"
# made such patterns the joined one's costliest part, scanning every sentence to its end for a
# word most sentences lack, while one pass finds every needed text at once.
_RARE = 3

_BACKREFERENCE = re.compile(r"\\\d|\(\?P=")


@lru_cache(maxsize=16)
def _matcher(phrases: tuple[Phrase, ...]) -> _Matcher:
    return _Matcher(phrases)


_RULE_LINE = Phrase(kind="block", label="|", cls="navigation")
_REPEATED = Phrase(kind="block", label="repeated caption", cls="caption")
_MIN_REPEATED_WORDS = 5


def _repeated_half(text: str) -> bool:
    """The sentence is one stretch of at least five words written twice in a row."""
    words = text.split()
    n = len(words)
    if n < 2 * _MIN_REPEATED_WORDS:
        return False
    flat = " ".join(words)
    # the second copy, of five words or more, opens with the first word again (most sentences
    # hold it nowhere else: a quick test before the cuts)
    if flat.find(words[0], len(words[0])) < 0:
        return False
    for cut in range(len(flat) // 2 - 2, len(flat) // 2 + 3):  # "...Phoenix.A student" has no space
        first, second = flat[:cut].strip(), flat[cut:].strip()
        if first and first == second and len(first.split()) >= _MIN_REPEATED_WORDS:
            return True
    return False


# what a phrase's `next` takes, in the message and as the class of the unit
_FOLLOWER_WORDS = {
    "sentence": "an image caption",
    "list": "a link to another page",
    "rest": "a reader's comment",
}
_FOLLOWER_CLASS = {"sentence": "caption", "list": "link", "rest": "call-to-action"}


# words a title never ends on (in lower case: "Serie A" may): a line ending on one is a sentence
# the copy cut off
_CUT_OFF_ENDINGS = frozenset("but and or nor the a an that".split())


def _link_lines_end(text: str, label_end: int) -> int:
    """After a link-list label ending at offset ``label_end``, a line past the page's last when every
    line from there to the end is a short one (a bare link title: "Germany says its oil supply
    is secure"), at most ``_MAX_LIST`` of them; 0 when the page goes on with anything longer
    or more sentences than titles (the label headed a box inside the story, and the story
    resumes)."""
    at = text.find("\n", label_end) + 1  # the line after the label's
    if at == 0:
        return 0
    lines: list[str] = []
    while at < len(text):  # line by line to the end, giving up once past a list's length
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines.append(text[at:end].strip())
            if len(lines) > _MAX_LIST:
                return _titles_above_story(text, label_end)
        at = end + 1
    if not lines:
        return 0
    if any(len(line.split()) > _MAX_LINK_WORDS for line in lines):
        return _titles_above_story(text, label_end)
    if any(_LIST_ITEM.match(line) for line in lines):
        return 0  # a bulleted list: its items are taken as such, and what follows them is not
    if any(line.rsplit(None, 1)[-1] in _CUT_OFF_ENDINGS for line in lines):
        return 0  # "... the plane broke up on impact but": a sentence cut off, not a title
    # titles mostly end without a full stop; a story's paragraphs that go on after a "Read more:"
    # box end with one
    sentences = sum(line.rstrip("\"'”’)»").endswith((".", "!", "?")) for line in lines)
    if sentences * 3 <= len(lines):
        return len(text) + 1  # more than the page has lines
    return _titles_above_story(text, label_end)


_INLINE_TITLES = 3  # titles a "Read more:" box drops between two paragraphs
_TITLE_MIN_WORDS = 3


def _titles_above_story(text: str, label_end: int) -> int:
    """Inside the story, the last line of the bare titles right under a link-list label ending
    at offset ``label_end`` ("Read more:" / "Council names new watchdog" / <the story goes on>):
    one to three lines of three words or more that open with a capital and end no sentence, then
    a story paragraph (a sentence ended, or a long line), and one above the label; 0 otherwise."""
    above = text[: text.rfind("\n", 0, label_end)].rstrip().rsplit("\n", 1)[-1].strip()
    if not (above.rstrip("\"'”’)»").endswith((".", "!", "?")) or len(above.split()) > _MAX_LINK_WORDS):
        return 0  # a label over the story's own title (a live page's "Latest posts"): no box inside it
    line = text.count("\n", 0, label_end) + 1
    titles = last = 0
    for raw in text[label_end:].split("\n", 2 * _INLINE_TITLES + 2)[1:]:
        line += 1
        row = raw.strip()
        if not row:
            continue
        if row.rstrip("\"'”’)»").endswith((".", "!", "?", ";")) or len(row.split()) > _MAX_LINK_WORDS:
            return last  # the story goes on (0: no title came first)
        if titles == _INLINE_TITLES or len(row.split()) < _TITLE_MIN_WORDS or not row[:1].isupper():
            return 0
        titles, last = titles + 1, line
    return 0


def _label_alone(phrase: Phrase, text: str) -> bool:
    """The sentence is the phrase and nothing more (a regex phrase: it matched the whole)."""
    if not phrase.next:
        return False
    return phrase.text is None or normalise(text) == phrase.text


# a lead-in that points at what the page showed next ("Watch the video below:")
_POINTERS = frozenset(
    "below following here video watch read see listen click photos gallery"
    # ... in other languages: video, "watch", "see", "here", "below"
    " vídeo vídeos confira assista veja aqui abaixo vea aquí abajo ecco sotto regardez voici"
    " ci-dessous siehe unten hieronder bekijk zobacz poniżej nedan nedenfor herunder tonton"
    " saksikan berikut".split()
)


def _is_lead_in(text: str) -> bool:
    """A sentence that announces something the page showed ("Read the statement below:", "Related
    stories:"): a label of a few words, or one that points at the page or speaks to the reader.
    A sentence of the story that ends on a colon ("The plan's opponents raised three objections:")
    is where a cut excerpt stopped, not page text."""
    if not text.rstrip().endswith(":") or len(text.split()) > 30:
        return False
    sh = page_shape.shapes()
    words = [w.casefold() for w in page_shape.words_of(text)]
    if not sh.attribution_words.isdisjoint(words):
        return False  # "In a statement, the company said:" is the story's
    return len(words) <= 4 or not _POINTERS.isdisjoint(words) or page_shape.addresses_reader(text, sh)

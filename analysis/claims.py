"""Which sentences of an article are checkable claims: ``ctx.analysis(claims)`` -> ``list[Claim]``.

The claims-vs-sources rules (FL301, FL302) score every claim against the sources with the NLI
model. A sentence that asserts nothing a source could support or contradict only costs model time
and produces noise ("no source supports *Here is what we know.*"), so it is skipped, with the
reason recorded. The decision is pure pattern matching over one sentence, in this order:

``question``
    ends with a question mark (after closing quotes or brackets): a question asserts nothing.
``short``
    fewer than ``MIN_WORDS`` (4) words, or than 3 with a number: bylines, datelines, "Read
    more", photo credits ("Turnout was 62%." is a claim).
``call-to-action``
    opens with page furniture's imperatives ("Sign up", "Click here", "Follow us", "Share this",
    "Read more", "Watch:"): addressed to the reader, not about the world.
``opinion``
    the writer's own opinion: a first-person opinion verb ("I think", "we believe"), "in my
    view", "arguably", a sentence ending in "!" outside quotes, or the writer's recommendation
    to readers ("We must act now", "Everyone should...") — unless the sentence is attributed
    ("X said we must cut rates" claims what X said, which a source can support). Attitude
    adverbs ("Sadly, three people died") do not make a sentence an opinion: its fact stays.
``transition``
    fewer than ``MIN_CONTENT`` (2) content words and no number ("But that was not all.",
    "Then it got worse."), or a signpost ("Here is what we know", "More on that below").

Everything else is a claim, headline and headings included (``Claim.heading`` tells them apart:
headlines abbreviate, so rules may treat them separately). A sentence that is mostly a direct
quote stays a claim; the quote's exact words are FL303's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .text import TRIMMED_WORD

if TYPE_CHECKING:  # pragma: no cover
    from factlint.linter.document import Document
    from factlint.linter.rule import Context

MIN_WORDS = 4
MIN_CONTENT = 2

SkipReason = Literal["short", "question", "call-to-action", "opinion", "transition"]

_DIGIT = re.compile(r"\d")
_QUESTION = re.compile(r"\?[\s\"'”’)\]»]*$")
_EXCLAMATION = re.compile(r"!\s*[\"'”’)\]»]*$")
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:sign up|subscribe|click|tap here|follow (?:us|me|the)|share (?:this|on)|read more|"
    r"read also|see also|watch(?:\s*:| the| now| live)|listen(?:\s*:| to the| now| live)|"
    r"download (?:the|our)|join (?:us|our)|don['’]t miss|like us|email us|contact us)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|strongly\s+|firmly\s+)?(?:think|believe|feel|suspect|reckon|guess|"
    r"doubt|hope|wish|suppose|would argue|would say|am convinced|are convinced)\b|"
    r"\bin (?:my|our) (?:view|opinion|book|judgement|judgment|experience)\b|"
    r"\b(?:arguably|let['’]s face it|make no mistake)\b",
    re.IGNORECASE,
)
# The writer telling readers what ought to be ("We must act now", "Everyone should read it").
# A bare "must" or "should" stays a claim: "Drivers must pay a £10 fee from Monday" is a rule a
# source can state, "The bridge should reopen in May" a forecast a source can make.
_RECOMMENDATION = re.compile(
    r"^\W*(?:we|you|everyone|everybody|one|all of us)\s+(?:\w+\s+)?(?:should|ought to|must|need to|"
    r"have to)\b",
    re.IGNORECASE,
)
_SIGNPOST = re.compile(
    r"^\W*(?:here['’]?s|here is|here are|this is|these are)\s+(?:what|why|how|the latest|"
    r"everything)\b|\b(?:more on (?:that|this) (?:below|later)|but (?:that|this)['’]?s? (?:is )?"
    r"not all|read on|stay tuned|let['’]s (?:take a look|look|see|start|begin))\b",
    re.IGNORECASE,
)
# Reported speech: a reporting verb or "according to" (the sentence states what someone said).
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|tells|stated|states|added|adds|argued|argues|insisted|insists|claimed|"
    r"claims|warned|warns|wrote|writes|announced|announces|declared|declares|explained|explains|"
    r"stressed|stresses|noted|notes|believes|believed|thinks|according to|quoted)\b",
    re.IGNORECASE,
)
# Words that carry no checkable content: function words, discourse markers, pronouns, light verbs.
_LIGHT = frozenset(
    """
a an the and or but nor so yet for of to in on at by from with without about into onto over under
as than then there here this that these those it its it's he she they them his her their we us our
i me my you your who whom whose which what when where why how not no never also too very just
only even still again once more most much many some any all both each every either neither other
be is are was were been being am do does did done have has had having get got gets go goes went
gone come came comes make made take took can could will would shall should may might must
however meanwhile moreover furthermore therefore thus instead indeed well now later soon first
next finally then though although while because since if unless whether until after before
that's there's what's it's here's let's one thing things way ways part lot worse better bad good
happened happens happen turned turn out up down off back all
""".split()
)


@dataclass(frozen=True)
class Claim:
    sentence: int  # index into doc.sentences
    text: str
    heading: bool  # in the headline or a subheading


@dataclass(frozen=True)
class Skipped:
    sentence: int
    reason: SkipReason


def classify(text: str) -> SkipReason | None:
    """Why a sentence (its text alone) is not a checkable claim, or ``None`` if it is one."""
    words = TRIMMED_WORD.findall(text)
    if _QUESTION.search(text):
        return "question"
    if len(words) < MIN_WORDS - 1 or (len(words) < MIN_WORDS and not _DIGIT.search(text)):
        return "short"
    if _CALL_TO_ACTION.search(text):
        return "call-to-action"
    if _opinion(text):
        return "opinion"
    content = [w for w in words if w.lower().replace("’", "'") not in _LIGHT]
    if _SIGNPOST.search(text) or (len(content) < MIN_CONTENT and not _DIGIT.search(text)):
        return "transition"
    return None


def _opinion(text: str) -> bool:
    if _EXCLAMATION.search(text) and not re.search(r"[\"“”]", text):
        return True
    if not (_OPINION.search(text) or _RECOMMENDATION.search(text)):
        return False
    # "X said the bank should cut rates", '"We believe in this deal," she said': what X said is
    # a fact a source can support. A bare "we believe" / "should" is the writer talking.
    return not _ATTRIBUTED.search(text)


def split_claims(doc: "Document") -> tuple[list[Claim], list[Skipped]]:
    """Every sentence of ``doc``, as a claim or a skipped sentence with its reason."""
    heading_blocks = {b.index for b in doc.blocks if b.kind in ("headline", "heading")}
    found: list[Claim] = []
    skipped: list[Skipped] = []
    for s in doc.sentences:
        reason = classify(s.text)
        if reason is None:
            found.append(Claim(s.index, s.text, s.block in heading_blocks))
        else:
            skipped.append(Skipped(s.index, reason))
    return found, skipped


def claims(doc: "Document", ctx: "Context") -> list[Claim]:
    """The shared analysis: the checkable claims of ``doc`` in document order."""
    return split_claims(doc)[0]

"""FL201's late titled voice of a body the story never names (rules/fl201_topic's titled
newcomers): a spokesperson, an adviser or an official is one of the story's own voices when they
speak for one of its bodies, and no one's when the body they speak for is named in their title
only ("Heltra spokeswoman Ines Varo declined to comment on the report." late in a flood story
that names no Heltra). Such a voice is weighed on the topic as any titled newcomer, not as one
set up in passing, and the body named only in their sentence tells its topic as a content word
does: their short word ("declined to comment on the report") is read too. A voice that only
declines ("Railnet spokeswoman Ines Varo declined to comment.", "... did not respond to a request
for comment", "... could not be reached") says nothing of any topic, so it shows no splice: the
body a reporter asked is often named in the title alone. A country is no such body ("French
striker Jo Roe" is a club's player), and a body the story names elsewhere, in any of its forms,
makes the voice its own."""

from __future__ import annotations

import re

from factlint.analysis.lexicon import Lexicon
from factlint.analysis.mentions import Mention, Mentions


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a voice's whole word, past their subject, when it says nothing: a refusal or no answer, to a
# request or a call, on a day at most (what they declined to comment on is a topic: no match)
_NO_COMMENT = re.compile(
    r"\s*,?\s*(?:(?:has|have|had) )?(?:"
    r"(?:declined|refused|declines|refuses) to (?:comment|be interviewed)"
    r"|(?:did not|didn't|has not|have not) (?:immediately )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)"
    r"|(?:could not|couldn't) (?:immediately )?be reached"
    r"|(?:was|were) not (?:immediately )?available"
    r")"
    r"(?: (?:to |for )?(?:a |an |the |several |repeated )?(?:phone |telephone |emailed |written )?"
    r"(?:requests?|calls?|messages?|e-?mails?|inquir(?:y|ies)|questions?)(?: (?:for|seeking) comment)?"
    r"| for (?:comment|further comment)| further)?"
    rf"(?: on {_DAY}| late on {_DAY})?"
    r"\s*\.?[\"”]?\s*$"
)


def says_nothing(text: str, said: int) -> bool:
    """Whether the sentence ``text`` says nothing past the subject that ends at ``said`` but that
    its voice declined to comment, did not respond or could not be reached."""
    return _NO_COMMENT.match(text, said) is not None


def owner_named_here(first: Mention) -> bool:
    """Whether the body the title is of is a name written with the title ("Heltra
    spokeswoman"), not a body described ("the nurses' association")."""
    return first.jurisdiction is not None and bool(first.jurisdiction_text) and not first.described


def unnamed_owner(ms: Mentions, first: Mention) -> bool:
    """Whether the titled person ``first`` speaks for a body named with their title and in no
    other sentence of the story, and no country."""
    if first.jurisdiction is None or not owner_named_here(first):
        return False
    return first.jurisdiction not in ms.lexicon.derived(_countries) and not ms.mentioned_elsewhere(
        first.jurisdiction, first.sentence
    )


def _countries(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's countries, by their canonical names."""
    return frozenset(lexicon.places.values())

"""Whether the word after a partitive subject's noun is the clause's own verb, not a participle
that picks a part out of the set.

"Most of the 89 deaths occurred in the north": the partitive ("Most of", "Many of", "Six of")
opens the sentence or a clause, and nothing after the word is a verb of being, having or a modal,
so the word ending in "-ed" is what the part did, and the set ("the 89 deaths") is named whole.
"Most of the 89 deaths recorded in the north were children" goes on with "were": "recorded" picks
the set out, as before. A phrase that does not open its clause ("officials counted most of the 89
deaths reported by Friday") is left as a participle.

Pure: it reads the tokens of one sentence.
"""

from __future__ import annotations

from typing import Sequence

from .text import Token

# the words of a partitive ("Most of the 89 deaths", "Six among the injured") and the words a
# definite set opens on after it ("the", "all", a possessive)
PARTITIVE = frozenset({"of", "among", "amongst"})
LEADS = frozenset({"the", "all", "its", "their", "those", "these"})
# a verb of being or having, or a modal: a clause verb still to come after a participle
_FINITE = frozenset("is are was were be been has have had will would could can may might should must".split())


def verb_of_partitive(toks: Sequence[Token], lo: int, k: int) -> bool:
    """Whether token ``k`` (an "-ed" word after the noun of a figure at ``lo``) is the clause's
    verb: the figure is "<quantifier> of the N <noun>" opening its clause, and no verb of being
    or having or modal follows in the sentence."""
    if lo < 3 or toks[lo - 1].low not in LEADS or toks[lo - 2].low not in PARTITIVE:
        return False
    q = lo - 3  # the quantifier word or number: "Most", "Many", "Six"
    if q > 0 and toks[q - 1].text not in {",", ";", ":"}:
        return False
    if not toks[q].is_word and not toks[q].text[:1].isdigit():
        return False
    return not any(t.low in _FINITE for t in toks[k + 1 :])

"""The person who tells a rate is not what the rate is of, for FL401's rate reader.

"Governor Ilse Moran said inflation eased to 7.84 percent" gives the rate of the story's economy,
not of a person: names of the one who says it ("Ilse Moran said", "…, said Ilse Moran",
"according to Ilse Moran") are left out of the rate's subject names, so the sentence is not
taken for the rate of another subject than the one the story told. An annual rate is the rate a
story means by the plain name ("annual inflation" / "inflation"); a monthly or core one is another.
"""

from __future__ import annotations

import re

from .measure_claims import bare_name, lacks_all
from .speech import REPORTING_VERBS
from .text import CAPITAL_WORD

_VERB_AFTER = re.compile(rf",?\s*(?:{REPORTING_VERBS})\b")
# "…, said Ilse Moran", "…, said labour minister Hesta Quill": the run after the verb and a role
_VERB_BEFORE = re.compile(r"\b(?:said|says|added|according to)\s(?:[a-z-]+\s){0,3}$")
_OPENS = re.compile(r"(?:^|[,;:]\s*|\bthat\s)$")

_VERBS = ("said", "says", "told", "added", "according", "warned", "noted", "stated", "announced")

# the rate's modifiers that name no other rate than the plain one
# ("headline" is the plain rate as against "core"; "consumer inflation" is the plain one)
PLAIN_MODIFIERS = frozenset({"annual", "yearly", "headline", "overall", "consumer"})


def speaker_names(text: str) -> frozenset[str]:
    """Names of a capitalised run that says the sentence: before a reporting verb where the run
    opens the sentence or a clause, or right after "said" / "according to"."""
    if lacks_all(text, _VERBS):
        return frozenset()
    out: set[str] = set()
    for start, end in _runs(text):
        before = text[:start]
        if (_OPENS.search(before) and _VERB_AFTER.match(text, end)) or _VERB_BEFORE.search(before):
            out.update(bare_name(m.group()) for m in CAPITAL_WORD.finditer(text, start, end))
    return frozenset(out)


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words one space apart ("Governor Ilse Moran")."""
    runs: list[tuple[int, int]] = []
    for m in CAPITAL_WORD.finditer(text):
        if runs and text[runs[-1][1] : m.start()] == " ":
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs

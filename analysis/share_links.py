"""How a percentage is tied to the two counts that make it, where the words between them are a
clause rather than punctuation (``number_lists._shares`` reads the pairs and their percentages).

- A clause that restates the percentage as its counts: "turnout was 58%, indicating that 2,146
  voters cast ballots out of a total of 3,902", "…, which means 3,120 of the 4,800 pupils …".
- A clause told of the counts that the percentage closes: "1,240 out of 2,000 members voted for
  the merger, or 62 percent." (the percentage ends the clause: not "or 62 percent of the board").
- Counts bracketed after the percentage and the noun of what it measures: "71% support (1,420 of
  2,400 delegates)", "a 64% turnout (…)"; not after any word ("won 41% nationwide (120 of 400
  seats)": a share of the vote beside a count of seats).
- The whole after "out of a total of", with the count's noun and a short clause between the two:
  "2,146 electors cast ballots out of a total of 3,902".

A percentage set at another time or of another base sits behind words these do not allow ("62%,
up from 2019, when 2,146 of the 3,902 voted"; "41% of the vote, taking 120 of the 400 seats";
"58%, warning that 120 of the 400 deputies could still defect": a clause of news, not of the
percentage said again).
"""

from __future__ import annotations

# the verbs of a clause that says the percentage again in other words, as ", indicating that" and
# ", which means" write them; a clause of any other verb (", warning that", ", adding that") tells
# something new, and its counts need not be the percentage's
_RESTATING = {
    "mean": ("meaning", "means", "meant"),
    "indicate": ("indicating", "indicates", "indicated"),
    "show": ("showing", "shows", "showed"),
    "suggest": ("suggesting", "suggests", "suggested"),
    "signify": ("signifying", "signifies", "signified"),
}
_PARTICIPLES = frozenset(forms[0] for forms in _RESTATING.values())
_WHICH_VERBS = frozenset(form for forms in _RESTATING.values() for form in forms[1:])
# the nouns a share is of, as "71% support (1,420 of 2,400 delegates)" writes them; "vote" is not
# one: "41% vote (120 of 400 seats)" sets a share of the vote beside a count of seats
_SHARE_NOUNS = frozenset(
    "support backing approval disapproval opposition turnout participation attendance".split()
)
_TOTAL_OF = ["out", "of", "a", "total", "of"]


def restating_clause(between: list[str]) -> bool:
    """``between`` (the words from a percentage to the count after it) opens a clause that says the
    percentage again: ", indicating that", ", showing that", ", meaning", ", which means (that)"."""
    if between[:1] != [","] or len(between) > 4:
        return False
    rest = between[1:]
    if rest and rest[-1] == "that":
        rest = rest[:-1]
    if rest == ["meaning"]:
        return True
    if len(rest) == 1 and rest[0] in _PARTICIPLES and between[-1] == "that":
        return True  # ", showing that": the percentage told again as its counts
    return len(rest) == 2 and rest[0] == "which" and rest[1] in _WHICH_VERBS


def clause_closed_by(between: list[str], after: str) -> bool:
    """``between`` (the words from a share's whole to the percentage after it) is a short clause of
    the counts that ", or P%" closes: "out of 2,000 members voted for the merger, or 62 percent."
    ``after``: the word after the percentage, which must end the clause."""
    if between[-2:] != [",", "or"] or after not in {"", ".", ",", ";"}:
        return False
    words = between[:-2]
    return 0 < len(words) <= 7 and all(w.isalpha() for w in words)


def bracketed_after_noun(between: list[str]) -> bool:
    """ "71% support (1,420 of 2,400 delegates)": the noun of what the percentage measures and an
    opening bracket."""
    return len(between) == 2 and between[1] == "(" and between[0] in _SHARE_NOUNS


def out_of_a_total(gap: list[str]) -> bool:
    """ "2,146 electors cast ballots out of a total of 3,902": the whole after "out of a total
    of", with at most the count's noun and a short clause (a verb, its object) between the two."""
    lead = gap[:-5]
    return gap[-5:] == _TOTAL_OF and len(lead) <= 5 and all(w.isalpha() for w in lead)


__all__ = ["bracketed_after_noun", "clause_closed_by", "out_of_a_total", "restating_clause"]

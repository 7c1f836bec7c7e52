"""FL402: a date of an event the story refers back to by a definite noun.

"Velmora and Dastrin signed an accord on March 3" / "Officials said the March 5 signing was
delayed"; "Dr. Feld died on 4 October 2019" / "His death on 6 October 2019 was announced".
The definite noun ("the signing", "his death") names an event the story has told, so its date
is that event's even when the sentence names no subject, or names another one for its verb
("Officials said"). It is compared with the story's one earlier date of that event class: with
two or more earlier dates of the class (two signings) it may be either, and is left alone. An
"of ..." after the noun ("the signing of the trade pact") must share a word with the clause of
the earlier date, else it is another one. A planned date ("its 2015 launch") and a compound's
first noun ("its 2014 launch target": a target's date) refer to no event told.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.analysis.dates import DateMention
from factlint.analysis.event_refs import definite_event, of_words
from factlint.linter.document import Document


def with_references(
    doc: Document, dates: list[DateMention]
) -> tuple[list[DateMention], dict[int, frozenset[str]]]:
    """The dates, each tied to a definite event noun given that noun's event class, and for those
    (by their index in the returned list) the words of the "of ..." after the noun."""
    out: list[DateMention] = []
    refs: dict[int, frozenset[str]] = {}
    for d in dates:
        ref = None
        if not d.relative and not d.in_list and not d.modal and (d.year is not None or d.month is not None):
            text = doc.sentences[d.sentence].text
            ref = definite_event(text, d.start, d.end)
            if ref is not None:
                refs[len(out)] = of_words(text, ref[1])
                d = replace(d, event=ref[0])
        out.append(d)
    return out, refs


def refers_back(
    a: DateMention, b: DateMention, of: frozenset[str] | None, earlier: list[DateMention]
) -> bool:
    """``b`` (a definite event noun's date, ``of`` what its "of ..." names) refers back to ``a``,
    the only earlier date of its event class."""
    if of is None or len(earlier) != 1 or earlier[0] is not a:
        return False
    return not of or bool(of & a.context)

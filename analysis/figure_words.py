"""Word sets shared by the reading of a figure and the comparison of two figures: who a count
is of (people, travellers, crew, the sexes a toll is broken into), the events of a toll and the
places a population is counted for.

Apart so that ``figure_clause`` (which reads them into a ``Quantity``) and ``figure_compare``
(which tells two figures apart by them) share one definition without importing each other.
"""

from __future__ import annotations


# "31 were women", "35 are female and 23 are male": a count whose clause says only its sex
_SEXES = {
    "female": "woman",
    "females": "woman",
    "women": "woman",
    "woman": "woman",
    "male": "man",
    "males": "man",
    "men": "man",
    "man": "man",
}
_SEX_HEADS = frozenset(_SEXES.values())


# the groups a toll is broken into in every report: its women, its men, its children
_TOLL_GROUPS = _SEX_HEADS | frozenset({"child", "minor", "teenager", "infant", "baby"})


_PEOPLE = frozenset(
    {None, "person", "civilian", "passenger", "resident", "victim", "life", "fatality", "death", "survivor"}
)
# those a boat or a bus carries, by whatever noun a report counts them: "40 tourists" on the boat
# are its "30 passengers" of another report
_TRAVELLERS = frozenset(
    {"passenger", "tourist", "pilgrim", "traveller", "traveler", "commuter", "holidaymaker", "migrant"}
)


_CREW = frozenset({"crew", "crews", "pilot", "pilots", "driver", "drivers", "staff", "conductor", "sailors"})


_TOLLS = frozenset(
    {
        "death",
        "injury",
        "missing",
        "trapped",
        "arrest",
        "rescue",
        "evacuation",
        "hospital",
        "aboard",
        "survival",
        "critical",
        "serious",
        "stable",
        "minor",
    }
)

_SETTLEMENTS = frozenset({"community", "city", "town", "village", "municipality", "population", "home"})

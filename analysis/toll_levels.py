"""The level a count of the dead reached, where the figure reader reads it as a change or not at all:

- "The death toll ... rose overnight to 141 people": the figure is read, but as a change
  (``changes``); the toll's level now is 141 (``tolls.toll_update`` says the figure is the new level);
- "The number of deaths from the floods rose from 51 to 63" (or "rose to 63"), however long the
  subject's relative clause: no figure of the dead is read; the number is 63, never the 51 it
  rose from.

``incident_parts.IncidentModel`` adds these levels to a story's counts as totals its parts are
checked against.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .figure_types import Quantity
from .text import word_tokens
from .tolls import toll_rises, toll_update

# "the number of deaths", "the number of people killed"
_DEAD = frozenset({"deaths", "dead", "fatalities", "killed"})


# a past rise told without its start ("rose to 82"), not a forecast ("could rise to 90")
_ROSE = frozenset("rose climbed jumped increased grew mounted soared surged".split())
_MODAL = frozenset("to could may might will would can expected likely".split())


def _figure(text: str) -> int | None:
    digits = text.rstrip(".,;:").replace(",", "")  # (a number token may keep its stop: "rose to 82.")
    return int(digits) if digits.isdigit() else None


def _number_of_dead(lows: list[str], x: int) -> bool:
    """ "number of deaths", "number of people killed", "number of dead" at token ``x``."""
    if lows[x] != "number" or x + 2 >= len(lows) or lows[x + 1] != "of":
        return False
    return lows[x + 2] in _DEAD or lows[x + 2] == "people" and x + 3 < len(lows) and lows[x + 3] in _DEAD


def _risen_to(toks, first: int) -> bool:
    """ "The death toll ... rose overnight to 141": the toll named before, a verb of rising at
    most two words before the "to" that leads to the figure, no "by" or "from" between."""
    if first < 3 or toks[first - 1].low != "to" or "toll" not in {t.low for t in toks[:first]}:
        return False
    for y in range(first - 2, max(0, first - 5), -1):
        if toks[y].low in {"by", "from", ","}:
            return False
        if toll_rises(toks[y].low):
            return True
    return False


def toll_levels(qs: Sequence[Quantity], texts: Sequence[str]) -> list[Quantity]:
    """The levels the dead reached, each a plain count of the dead, in document order."""
    out = []
    for s, text in enumerate(texts):
        here = [q for q in qs if q.sentence == s]
        toks = word_tokens(text)
        starts = [t.start for t in toks]
        deaths = [q for q in here if q.event == "death"]
        # "rose overnight to 141": the one count of the dead, read as a change, is the level now
        if len(deaths) == 1 and deaths[0].changes and deaths[0].start in starts:
            q = deaths[0]
            first = starts.index(q.start)
            if (toll_update(list(toks), 0, first) or _risen_to(toks, first)) and not (
                q.approx or q.bound or q.modal or q.upper
            ):
                out.append(replace(q, changes=False))
            continue
        if deaths:
            continue
        lows = [t.low for t in toks]
        for x in range(len(lows)):
            if not _number_of_dead(lows, x):
                continue
            level = _level(toks, lows, x)
            # the toll's own "rose from 61 to 70" is ``incident_parts._change_ends``'; a toll named
            # only after the figures ("..., according to a toll released Sunday") is not
            if level is not None and "toll" not in lows[: level[0]]:
                t = level[1]
                value = _figure(t.text)
                out.append(
                    Quantity(s, t.start, t.end, t.text, value, "count", base_value=value, event="death")
                )
            break
    return out


def _level(toks, lows: list[str], x: int):
    """The figure the number of the dead at token ``x`` rose to, in the same clause: "rose from 74
    to 82" or "rose to 82", after a subject as long as a relative clause ("the number of deaths
    attributed to the rains that hit the south of the country rose from 74 to 82"); with the
    verb's position."""
    for y in range(x + 3, min(len(toks) - 2, x + 22)):
        if lows[y] in {",", ";", ":"}:
            return None
        if not toll_rises(lows[y]):
            continue
        if lows[y + 1] == "from" and y + 4 < len(toks) and lows[y + 3] == "to":
            a, b = _figure(toks[y + 2].text), _figure(toks[y + 4].text)
            return (y, toks[y + 4]) if a is not None and b is not None else None
        if (
            lows[y + 1] == "to"
            and lows[y] in _ROSE
            and lows[y - 1] not in _MODAL
            and _figure(toks[y + 2].text) is not None
        ):
            after = lows[y + 3] if y + 3 < len(toks) else "."
            return (y, toks[y + 2]) if after not in {"%", "percent", "per"} else None
        return None
    return None

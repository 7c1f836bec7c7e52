"""FL401: figures of several incidents, and a subset told against its whole.

``apart(a, b, sentences)`` is one more test of a pair of figures the rule compares: two tolls
whose sentences each bring in an incident of their own ("an aircraft ... killing more than a
dozen" / "eight died when a bomb struck a market"; "another car bomb killed eight"), and a count
picked out of a whole the story names ("a study of six countries" / "all 22 countries")."""

from __future__ import annotations

from factlint.analysis.figure_types import Quantity
from factlint.analysis.incidents import marked_whole, picked_out, separate_incidents


def apart(a: Quantity, b: Quantity, sentences) -> bool:
    """Whether ``a`` (told first) and ``b`` are two quantities by the story's own words."""
    ta, tb = sentences[a.sentence].text, sentences[b.sentence].text
    if a.kind == "count" and b.kind == "count" and a.event and b.event and separate_incidents(ta, tb):
        return True
    if a.kind == "count" and b.kind == "count" and a.head and a.head == b.head:
        small, large = (a, b) if a.base_value < b.base_value else (b, a)
        t_small, t_large = sentences[small.sentence].text, sentences[large.sentence].text
        return marked_whole(t_large, large.start) and picked_out(t_small)
    return False

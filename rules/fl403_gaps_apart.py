"""FL403: a race gap told beside one time, against a rival's time told in an earlier sentence
("Arvel won in 59 minutes 48 seconds." ... "Fenk was 41 seconds behind Arvel (60:39)": 51
seconds). The gap is the difference of the two times, within the rounding of the figures.

Read only where the later sentence gives one gap in seconds towards a named rival ("41 seconds
behind Arvel", "35 seconds adrift of Solte") and one time of its own ("(60:39)", "31:55.2",
"2:08:49"), and the nearest earlier sentence (at most three back) with a time gives exactly one,
in words ("59 minutes 48 seconds", "2 hours 7 minutes 41 seconds") or digits, and names that
rival. The earlier time must be told as a finish ("won in", "finishing in", "clocked", "with a
time of"); a sentence of a record, a best, a halfway split or a time at a distance ("at 30km")
tells another time, and so does an earlier sentence of a year the later one does not give
("set the course record of 2:06:30 in 2019"). A gap to another rival, whose time the story
does not give, is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.analysis.text import Token, figure_tokens
from factlint.rules.fl403_changes import plain_number
from factlint.rules.fl403_race_gaps import GAP_AFTER, MINUTES, Time, gaps, times, worded_times

_REACH = 3  # sentences back to the rival's time
_NAME_REACH = 6  # tokens after the gap's word that may name the rival
# the word a finishing time follows: "won in 2:07:41", "clocked 59 minutes 48 seconds"
_FINISHED = frozenset("in clocked clocking finished finishing won winning timed".split())
# a time of another kind than a race's finish: a record, a best, a split on the way
_OTHER_TIME = frozenset("record records best halfway split splits".split())
_DISTANCE = frozenset("km k kilometre kilometres kilometer kilometers mile miles m".split())


@dataclass(frozen=True)
class GapApart:
    sentence: int
    gap: Time
    towards: str  # the gap's words and whom they name: "behind Tobin Arvel", "adrift of Solte"
    rival_name: str  # as the gap's sentence writes it: "Tobin Arvel"
    time: Time
    rival_sentence: int
    rival: Time
    expected: float  # seconds between the two times


def gaps_apart(texts: Sequence[str]) -> Iterator[GapApart]:
    """Gaps in ``texts`` (an article's sentences) that are not the difference of the later
    sentence's one time and the rival's time an earlier sentence gives."""
    timed: dict[int, tuple[list[Token], list[Time]]] = {}
    for si, text in enumerate(texts):
        if ":" in text or "second" in text.lower():
            toks = list(figure_tokens(text))
            told = [t for t, gap in worded_times(text, toks) if not gap and _with_minutes(t)]
            timed[si] = toks, [*times(text, toks, bracketed=True), *told]
    for si, (toks, found) in timed.items():
        if len(found) != 1 or "sec" not in texts[si].lower() or _other_time(toks):
            continue
        told_gaps = list(gaps(texts[si], toks))
        if len(told_gaps) != 1:
            continue
        (gap,), (time,) = told_gaps, found
        towards = _rival(toks, gap)
        back = [sj for sj in range(max(0, si - _REACH), si) if timed.get(sj, ((), ()))[1]]
        if towards is None or not back:
            continue
        word, rival = towards
        sj = back[-1]
        earlier, others = timed[sj]
        if len(others) != 1 or not {_bare(t) for t in rival} & {t.text for t in earlier if t.cap}:
            continue
        (other,) = others
        if not _finish(earlier, other) or _other_time(earlier) or _another_year(earlier, toks):
            continue
        diff = abs(time.seconds - other.seconds)
        if diff == 0:
            continue  # the bracket gives the rival's own time, not the runner's
        if abs(diff - gap.seconds) <= max(gap.precision, time.precision, other.precision) + 1e-9:
            continue  # the gap is the difference, within the rounding of the three figures
        name = _name(texts[si], rival)
        yield GapApart(si, gap, f"{word} {name}", name, time, sj, other, round(diff, 2))


def gap_text(seconds: float) -> str:
    """Seconds as a gap reads: "51 seconds", over a minute as minutes and seconds: "1:32",
    "14:55.7"."""
    if seconds < 60:
        return f"{plain_number(seconds)} seconds"
    minutes, rest = divmod(round(seconds, 2), 60)
    return f"{int(minutes)}:" + f"{rest:05.2f}".rstrip("0").rstrip(".")


def _with_minutes(time: Time) -> bool:
    """A time in words with a minutes field ("59 minutes 48 seconds"), not seconds alone."""
    return any(w in MINUTES for w in time.text.lower().split())


def _bare(t: Token) -> str:
    return t.text.removesuffix("'s").removesuffix("’s")


def _name(text: str, rival: list[Token]) -> str:
    """The rival as a message names them: the first run of capitalised words ("Tobin Arvel" of
    "Tobin Arvel of Karsk"), without a possessive."""
    run = 1
    while run < len(rival) and not text[rival[run - 1].end : rival[run].start].strip():
        run += 1
    return text[rival[0].start : rival[run - 1].start] + _bare(rival[run - 1])


def _rival(toks: list[Token], gap: Time) -> tuple[str, list[Token]] | None:
    """The words a gap is told towards ("behind", "adrift of") and the capitalised words naming
    whom: "behind (that of) Tobin Arvel"."""
    at = next((x for x, t in enumerate(toks) if t.start >= gap.end), len(toks))
    if at >= len(toks) or toks[at].low not in GAP_AFTER:
        return None
    word = toks[at].low + (" of" if at + 1 < len(toks) and toks[at + 1].low == "of" else "")
    out: list[Token] = []
    for t in toks[at + 1 : at + 1 + _NAME_REACH]:
        if t.text in {"(", ",", ";", "."}:
            break
        if t.cap and len(t.text) > 2:
            out.append(t)
    return (word, out) if out else None


def _finish(toks: list[Token], time: Time) -> bool:
    """``time`` is told as a finish: "won in 2:07:41", "clocked …", "with a time of …"."""
    at = next((x for x, t in enumerate(toks) if t.start == time.start), 0)
    before = [t.low for t in toks[max(0, at - 2) : at]]
    return bool(before) and (before[-1] in _FINISHED or before == ["time", "of"])


def _other_time(toks: list[Token]) -> bool:
    """A sentence of a record, a best, a split or a time at a distance ("at 30km", "at the 21
    km mark"): its time is not a finish."""
    for x, t in enumerate(toks):
        if t.low in _OTHER_TIME or (t.low == "half" and [u.low for u in toks[x + 1 : x + 3]] == ["-", "way"]):
            return True
        if t.low == "at":
            rest = toks[x + 1 + (x + 1 < len(toks) and toks[x + 1].low == "the") :][:2]
            if len(rest) == 2 and rest[0].text[:1].isdigit() and rest[1].low in _DISTANCE:
                return True
    return False


def _another_year(earlier: list[Token], toks: list[Token]) -> bool:
    """The earlier sentence gives a year the gap's sentence does not: a time of another race."""
    years = {t.text for t in earlier if len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2099}
    return bool(years - {t.text for t in toks})

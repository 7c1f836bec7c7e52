"""FL201's late heads who visit a place of another story: a newcomer titled as a minister, a
president, a premier, a secretary, a chancellor or a governor ("Prime Minister Ana Roe opened the
summit in Varn on Thursday.", "Home Secretary Ola Venn toured a new prison in North Dalby on
Wednesday.", "Former Ostrian vice president Dara Kell visited the country's largest refinery in
Salto.") who opens their sentence and visits, tours, inspects, opens, inaugurates, unveils,
chairs, addresses, launches or attends a thing the story never tells (rules/fl201_acts_on) at a
named place the story never names. A head's visit is the story of the place visited: one to the
story's own site, town or subject is its own ("visited the flooded districts in Kellby", "the
company's research centre" in the company's story), one to a place and a thing the story never
mentions is another story's, whatever weekday or word in passing it shares. The topic readers
(rules/fl201_topic) weigh such a head as one of the story's own leaders, whose deed on its event
is news; this reader asks only of the visit's place, so a head the story names elsewhere by
surname, whose office's owner and body it tells (rules/fl201_head_names), or whose visit names no
place, is theirs."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.text import Token, word_tokens
from factlint.rules.fl201_acts_on import acts_in_another_story, object_text, story_words
from factlint.rules.fl201_head_names import read_subject, tied_to_the_story

# deeds of a visit to a place
_VISITS = frozenset(
    "visited toured inspected opened inaugurated unveiled chaired addressed launched attended".split()
)
# words of a head's or a department's title
_HEADS = frozenset("minister president premier secretary chancellor governor".split())
# words the subject before the visit holds at most
_SUBJECT_WORDS = 12
# words a subject opens with that are no one's name
_LEADS = frozenset("meanwhile separately later earlier elsewhere also then former outgoing".split())
# opening adverbs a message leaves out
_OPENERS = _LEADS - {"former", "outgoing"}
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)


def _visit(tokens: tuple[Token, ...]) -> int | None:
    """The index of the visit deed the sentence's subject does, if its subject (the words before
    it) is short, holds a head's title and no stop."""
    for k, t in enumerate(tokens[: _SUBJECT_WORDS + 1]):
        if t.low in _VISITS:
            before = tokens[:k]
            if any(b.low in _HEADS for b in before) and not any(b.text in '.;:"“”()' for b in before):
                return k
            return None
        if t.is_word and not t.cap and t.low in {"said", "says", "told", "who", "which", "that"}:
            return None
    return None


def _runs(tokens: tuple[Token, ...], at: int) -> list[str]:
    """The runs of capitalised words past ``at`` but days and months ("North Dalby", "Tarnford")."""
    runs: list[list[str]] = []
    last = -2
    for k in range(at, len(tokens)):
        t = tokens[k]
        if t.is_word and t.cap and t.low not in _DAYS:
            if k == last + 1:
                runs[-1].append(t.text)
            else:
                runs.append([t.text])
            last = k
    return [" ".join(run) for run in runs]


def heads_visiting_elsewhere(
    texts: list[str], late: Iterable[int]
) -> Iterable[tuple[int, int, int, str, list[str]]]:
    """The sentences (of ``late``) whose subject, a head or a secretary named in no other sentence,
    visits a thing the story never tells at a named place it never names: the sentence, where the
    subject starts and ends in it, what they visit ("the company's research centre") and the places named."""
    story = story_words(texts)
    for index in late:
        text = texts[index]
        tokens = word_tokens(text)
        visit = _visit(tokens)
        if visit is None or visit == 0:
            continue
        others = story.others(index)
        lead = next(k for k, t in enumerate(tokens) if t.is_word and t.low not in _LEADS)
        surname, owner, body = read_subject(tokens, lead, visit, _HEADS)
        places = [t for t in tokens[visit + 1 :] if t.is_word and t.cap and t.low not in _DAYS]
        if surname is None or surname in others or tied_to_the_story(owner, body, others) or not places:
            continue  # (a first name another person bears ties no one: rules/fl201_head_names)
        if not acts_in_another_story(texts, index, tokens[visit].start):
            continue
        first = next(k for k, t in enumerate(tokens) if t.is_word and t.low not in _OPENERS)
        end = visit - 1
        while end > first and not tokens[end].is_word:
            end -= 1
        thing = object_text(text, tokens[visit].end)
        yield index, tokens[first].start, tokens[end].end, thing, _runs(tokens, visit + 1)

"""FL201's late judges in a story of no court: a newcomer who opens their sentence as a judge
("Judge Ana Roe adjourned the trial until next month.", "Justice Ola Venn of the High Court
dismissed the petition on Monday.", "Federal High Court Judge ... upheld the conviction of ...")
and acts, in a story whose other sentences tell of no court, trial, lawsuit, charge, verdict,
prosecutor, lawyer, arrest or police (a word other trades use too, a bowler's "appeal", counts only
beside another). A judge acts only on a case before them; a story that
never tells of one holds a judge's deed from another story, whatever word or two (a weekday, a
place, "next month") their sentence shares with it. A judge in a court or crime story, a judge
the story names elsewhere, one whose deed is done to a thing the story tells ("ordered the valley
shut" in a flood story of the valley; a time after it, "the trial next month", is no part of it), and "Justice" as a ministry's or a minister's word
("Justice Minister Ana Roe", "the Minister of Justice") are left to the other readers."""

from __future__ import annotations

from typing import Iterable

from factlint.analysis.text import Token, word_tokens
from factlint.rules.fl201_acts_on import OtherWords, object_words, story_words

# the titles of a judge, as the subject of a sentence opens with them
_BENCH = frozenset("judge justice magistrate".split())
# words after "Justice" that make it a ministry's or a party's word, no judge's title
_NOT_BENCH_AFTER = frozenset(
    "minister ministry secretary department committee party league commissioner office "
    "system and for of".split()
)
# words of a court or of crime: one in another sentence makes a judge the story's own
_COURT_WORDS = frozenset(
    "court courts courtroom trial trials judge judges judicial justice justices magistrate "
    "magistrates tribunal tribunals verdict verdicts lawsuit lawsuits litigation sued suing "
    "prosecutor prosecutors prosecution prosecuted prosecute prosecuting lawyer lawyers attorney "
    "attorneys counsel barrister barristers solicitor defendant defendants plaintiff plaintiffs "
    "accused convicted conviction convictions acquitted acquittal jury juror jurors indicted "
    "indictment charged charges arrest arrested arrests police detained custody bail remand "
    "remanded jail jailed prison prisoner sentenced sentence sentences sentencing inquest "
    "coroner appeal appeals appealed testimony testified witness witnesses injunction "
    "legal crime crimes criminal murder fraud suspect suspects alleged allegedly inquiry "
    "rulings judgment judgement hearing hearings petition petitions".split()
)
# words of a court or of crime that other trades use too (a bowler's appeal, a charge at goal):
# one alone makes no court story, two do
_LOOSE = frozenset(
    "appeal appeals appealed charge charges sentence sentences hearing hearings witness witnesses "
    "legal inquiry petition petitions custody counsel testimony".split()
)
# deeds only a judge does: one makes a title a judge's with no court named ("Judge Ana Roe
# adjourned ..."); any other verb ("Justice Okafor sealed the win", "Judge Paul Darrow said" of a
# baking contest) needs a court in the subject or in what it is done to
_RULINGS = frozenset(
    "adjourned sentenced remanded acquitted convicted jailed quashed upheld overturned ruled reserved".split()
)
# words of a court's matter a deed may be done to beside ``_COURT_WORDS`` ("dismissed the case")
_COURT_MATTERS = frozenset("case cases plea pleas".split())
# leading words a subject may stand after ("Meanwhile, Judge ...", "On Monday, Judge ...")
_LEAD_WORDS = 4


def _subject(tokens: tuple[Token, ...]) -> int:
    """The index of the token that opens the sentence's subject: the first, or the first past a
    short leading adverbial and its comma ("Meanwhile,", "On Monday,")."""
    for k, t in enumerate(tokens[: _LEAD_WORDS + 1]):
        if t.text == ",":
            return k + 1
    return 0


def _judge_run(tokens: tuple[Token, ...]) -> tuple[int, int, int] | None:
    """Where the subject's run of capitalised words (a court's words, the title, the name) starts
    and ends, and where the title stands, when it holds a judge's title followed by a name."""
    at = _subject(tokens)
    end = at
    while end < len(tokens) and tokens[end].is_word and tokens[end].cap:
        end += 1
    for k in range(at, end - 1):
        low = tokens[k].low
        if low not in _BENCH:
            continue
        if low == "justice" and tokens[k + 1].low in _NOT_BENCH_AFTER:
            return None  # ("Justice Minister Ana Roe", "Justice Department")
        return at, end, k
    return None


def _acts(text: str, tokens: tuple[Token, ...], start: int, end: int) -> int | None:
    """Where the verb that follows the subject stands, if one does and it is a judge's: a
    lower-case word in -ed or a deed of a judge (past the court they sit in: "of the High Court")
    that is a ruling (``_RULINGS``), done by a title that names its court ("High Court Judge",
    "Justice ... of the Federal Court") or done to a court's matter ("set the sentencing date")."""
    k = end
    court = any(t.low in ("court", "courts", "tribunal") for t in tokens[start:end])
    if k < len(tokens) and tokens[k].low == "of" and k + 1 < len(tokens) and tokens[k + 1].low == "the":
        k += 2
        while k < len(tokens) and tokens[k].is_word and tokens[k].cap:
            court = court or tokens[k].low in ("court", "courts", "tribunal")
            k += 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].cap:
        return None
    word = tokens[k].low
    deed = word.endswith("ed") or word in {"sent", "upheld", "threw", "gave", "set", "heard", "said", "told"}
    if not deed:
        return None
    # a "Chief Justice" is a court's; so is a judge whose sentence names a court after the deed
    # ("referred the case to three judges of the Court of Appeal")
    chief = any(
        t.low == "chief" and n.low == "justice" for t, n in zip(tokens[start:end], tokens[start + 1 : end])
    )
    court = court or chief or any(t.cap and t.low in ("court", "courts", "tribunal") for t in tokens[k + 1 :])
    matter = set(object_words(text, tokens[k].end))
    judicial = word in _RULINGS or court or bool(matter & ((_COURT_WORDS - _LOOSE) | _COURT_MATTERS))
    return k if judicial else None


def _on_the_storys_thing(text: str, at: int, others: OtherWords) -> bool:
    """Whether what the judge's deed ending at ``at`` is done to is a thing the story tells
    ("ordered the valley shut" in a flood story in the valley): a lower-case word of it
    (rules/fl201_acts_on) that another sentence has, or a word of the same stem."""
    return any(
        others.told(word)
        for word in object_words(text, at)
        if len(word) > 3 and word not in _COURT_WORDS - _LOOSE
    )


def judges_without_a_court(texts: list[str], late: Iterable[int]) -> Iterable[tuple[int, int, int]]:
    """The sentences (of ``late``) that open with a judge who acts, named in no other sentence, in
    a story whose other sentences hold no word of a court or of crime (``_COURT_WORDS``): the
    sentence and where the judge's words start and end in it."""
    story = story_words(texts)
    for index in late:
        tokens = word_tokens(texts[index])
        run = _judge_run(tokens)
        if run is None:
            continue
        start, end, title = run
        verb = _acts(texts[index], tokens, start, end)
        names = {t.low for t in tokens[title + 1 : end] if len(t.low) > 2}
        others = story.others(index)
        court = {word for word in _COURT_WORDS if word in others}
        if verb is None or not names or names & others or court - _LOOSE or len(court) > 1:
            continue
        if _on_the_storys_thing(texts[index], tokens[verb].end, others):
            continue  # (the story's own matter: rules/fl201_topic's to weigh)
        yield index, tokens[start].start, tokens[end - 1].end

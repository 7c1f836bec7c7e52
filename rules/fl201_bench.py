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
# words that end what a deed is done to ("the hearing until next month", "the appeal of ...",
# "the fraud trial next month": a time said after it is no part of it)
_CLOSERS = frozenset(
    "in on at of to for from until over with by and as after before during next last this".split()
)
# words of what a deed is done to at most
_OBJECT_WORDS = 5
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


def _acts(tokens: tuple[Token, ...], end: int) -> int | None:
    """Where the verb that follows the subject stands, if one does: a lower-case word in -ed or a
    deed of a judge (past the court they sit in: "of the High Court")."""
    k = end
    if k < len(tokens) and tokens[k].low == "of" and k + 1 < len(tokens) and tokens[k + 1].low == "the":
        k += 2
        while k < len(tokens) and tokens[k].is_word and tokens[k].cap:
            k += 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].cap:
        return None
    word = tokens[k].low
    deed = word.endswith("ed") or word in {"sent", "upheld", "threw", "gave", "set", "heard", "said", "told"}
    return k if deed else None


def _on_the_storys_thing(tokens: tuple[Token, ...], verb: int, others: set[str]) -> bool:
    """Whether what the judge's deed is done to is a thing the story tells ("ordered the valley
    shut" in a flood story in the valley): a lower-case word of it, up to a stop or a closer
    ("until", "of", "in"), that another sentence has, or a word of the same stem."""
    for t in tokens[verb + 1 : verb + 1 + _OBJECT_WORDS]:
        if not t.is_word or t.low in _CLOSERS:
            break
        if t.cap or len(t.low) <= 3 or t.low in _COURT_WORDS - _LOOSE:
            continue
        stem = t.low[:-1] if t.low.endswith("s") else t.low
        if stem in others or stem + "s" in others:
            return True
    return False


def judges_without_a_court(texts: list[str], late: Iterable[int]) -> Iterable[tuple[int, int, int]]:
    """The sentences (of ``late``) that open with a judge who acts, named in no other sentence, in
    a story whose other sentences hold no word of a court or of crime (``_COURT_WORDS``): the
    sentence and where the judge's words start and end in it."""
    for index in late:
        tokens = word_tokens(texts[index])
        run = _judge_run(tokens)
        if run is None:
            continue
        start, end, title = run
        verb = _acts(tokens, end)
        names = {t.low for t in tokens[title + 1 : end] if len(t.low) > 2}
        others = {t.low for i, text in enumerate(texts) if i != index for t in word_tokens(text) if t.is_word}
        court = others & _COURT_WORDS
        if verb is None or not names or names & others or court - _LOOSE or len(court) > 1:
            continue
        if _on_the_storys_thing(tokens, verb, others):
            continue  # (the story's own matter: rules/fl201_topic's to weigh)
        yield index, tokens[start].start, tokens[end - 1].end

"""FL201's reading of speech: whether a name speaks in its clause ("..., Orvane said",
"said Orvane"), whether an official speaks for a body after their title, and whether a body
was told something ("told the court"). A newcomer who speaks is attributed, not an actor the
story forgot to set up. Split from the rule's module."""

from __future__ import annotations

import re
from collections.abc import Callable

from factlint.analysis.mentions.vocabulary import GROUP_NOUNS
from factlint.analysis.offices_abroad import capital
from factlint.analysis.text import WORD_OR_MARK, word_tokens
from factlint.linter.document import Document


# "..., Guo said." / "Guo told reporters" / "said Guo": the name as the speaker of a statement.
_SPEECH_VERB_WORDS = (
    r"said|says|told|tells|added|adds|explained|noted|stated|wrote|argued|insisted|"
    r"warned|recalled|acknowledged|admitted|cautioned|stressed|asked|declined to comment"
)


_SPEECH_VERBS = rf"(?:{_SPEECH_VERB_WORDS})"


# "X added to ..." is an increase, not speech ("Insult added to injury", "Rain added to the woes"),
# and so is "X added" an amount: a share price's move in a markets report ("Kerabank added one sen
# to RM8.06", "Tenagra adds 2.5%"), a side's goal ("Rovers added another")
_ADDED_AMOUNT = (
    r"(?=\s+(?:to\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|another|a\s+further)\b))"
)
_SPEAKER_AFTER = re.compile(
    r"^\s+(?:later\s+|also\s+|then\s+|earlier\s+|again\s+)?"
    + _SPEECH_VERBS
    + rf"\b(?!\s+(?:it|its)\b)(?<!added{_ADDED_AMOUNT})(?<!adds{_ADDED_AMOUNT})"
)


# A "who" clause that tells what someone did, not who they are ("Okafor, who toured the area,")
_ONLY_DID = r"who\s+(?:also\s+|later\s+|earlier\s+|had\s+)?(?:visited|toured|arrived|travell?ed|flew|met|spoke|attended|inspected|addressed|returned|came)\b"
WHO_ONLY_DID = re.compile(r",?\s*" + _ONLY_DID)


# "Okafor, speaking to reporters on Tuesday, said" / "Okafor, however, said": the verb after an
# aside that says nothing of who the speaker is, a participle's clause or a linking adverb (not
# a participle that gives a role: "Okafor, representing the union, said")
_ASIDE_THEN_SPEECH = re.compile(
    r"^,\s+(?:(?!(?:representing|heading|leading|chairing|running|managing|commanding|coaching|"
    r"directing|owning|overseeing|serving|working|acting|having)\b)[a-z]+ing\b[^,;:.()\"“”]{0,70}"
    r"|" + _ONLY_DID + r"[^,;:.()\"“”]{0,70}"
    r"|however|meanwhile|though|too|nonetheless|instead|separately|in\s+a\s+statement"
    r"|for\s+(?:his|her|their)\s+part)\s*,\s+(?:later\s+|also\s+|then\s+)?" + _SPEECH_VERBS + r"\b"
)


# ("According to ..." opens many sentences: case-blind; a reaction "welcomed by X" is X's word)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|according to|"
    r"(?:described|dismissed|called|branded|welcomed|criticised|criticized|condemned|hailed)"
    r"\b[^.]{0,40}\bby)\s+$",
    re.I,
)


_REPORTING = frozenset("said says added adds reported reports announced announces according".split())


_TOLD = frozenset("told tells".split())


_HEARINGS = frozenset("court tribunal jury hearing bench inquest".split())


def _told(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a court or a hearing that a statement is
    made to ("told the court", "told the tribunal"; not from before ``floor``): a court report's
    way of saying who spoke, not someone the speaker deals with ("told Quellix executives" is)."""
    said_to = [t.low for t in word_tokens(text[start:end])]
    if not said_to or said_to[-1] not in _HEARINGS:
        return False
    words = [t.low for t in word_tokens(text[max(floor, start - 12) : start])]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return bool(words) and words[-1] in _TOLD


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is who says something (a company says "it":
    "Panera said it..." is left alone)."""
    if _SPEAKER_AFTER.match(text[end : end + 40]):
        return True
    # "..., said Guo." / "said Guo, who..." but not "said Prosecutors adopted a narrow focus"
    # (the mark after the name first: most names run on into the sentence)
    return bool(_CLAUSE_END_AFTER.match(text[end : end + 3])) and bool(
        _SPEAKER_BEFORE.search(text[max(0, start - 60) : start])
    )


def _speaks_past_aside(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` speaks after an aside that says nothing of who they
    are ("Okafor, speaking on state radio, said"; "Okafor, who toured the area, said")."""
    return text[end : end + 1] == "," and _ASIDE_THEN_SPEECH.match(text[end : end + 120]) is not None


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)")


# An official speaks in more ways than a bare surname may be read as speaking ("Nvidia announced"
# is a firm): announcing, confirming, denying, "expressed concern", "was quoted as saying"; after
# the office's own portfolio ("the UN high commissioner for refugees said").
_OFFICIAL_VERBS = (
    r"\s+(?:later\s+|also\s+|then\s+|earlier\s+|again\s+|has\s+|had\s+|have\s+)?"
    r"(?:" + _SPEECH_VERB_WORDS + r"|announced|announces|confirmed|confirms|denied|denies|disclosed|"
    r"revealed|conceded|claimed|maintained|declared|predicted|estimated|posted|tweeted|"
    r"(?:was|is)\s+quoted|expressed\s+(?:concern|regret|hope|doubt|sympathy|condolences|dismay)|"
    r"voiced\s+(?:concern|doubt|support)|"
    # a reaction is a statement ("condemned the attack", "called for calm")
    r"condemned|condemns|welcomed|welcomes|hailed|hails|praised|praises|criticised|criticized|"
    r"congratulated|congratulates|thanked|thanks|"
    r"criticises|criticizes|urged|urges|called\s+for|calls\s+for|"
    r"called\s+the|pledged|vowed|"
    r"appealed\s+for)\b"
)


# "the X, speaking on state television, said": an aside between the official and the verb
# (an aside that names or describes the official, "..., Councillor Nick Forbes, said", is none)
_ASIDE = r"(?:\s*,\s*(?:speaking|writing|asked|in|on|at|during|after|when|later)\b[^,.;]{0,50},)"


_PORTFOLIO_AFTER = r"(?:\s+(?:for|of|on)(?:\s+the)?(?:\s+[a-z]+){1,2})"


# the rest of a long body's name the role did not take in ("the head of the Chamber of Commerce"
# + " and Industry", "... Cricketers" + "' Associations", "... for Cricket" + " in Asia", "the
# chair of the Kell Commission" + " on Public Housing", "... Reserve" + " Bank of Kell", "the
# chairman of the People" + "'s Power Party"); after "the X of the Y" also a body's noun with
# no link before it ("the president of the Federal Reserve" + " Bank of Kell"; not a surname:
# "Vice President of Original Content Cindy" + " Holland said")
_BODY_LINK = r"(?:['’]s?\s+|\s+(?:and|&|for|of|in|on)(?:\s+the)?\s+)"


_BODY_GOES_ON = rf"(?:{_BODY_LINK}[A-Z][\w'’-]*(?:(?:{_BODY_LINK}|\s+)[A-Z][\w'’-]*){{0,4}})"


_BODY_NOUN = "|".join(
    sorted(w.capitalize() for w in GROUP_NOUNS | {"bureau", "service", "authority", "institute"})
)


_BODY_RUNS_ON = rf"(?:\s+(?:{_BODY_NOUN})\b(?:(?:{_BODY_LINK}|\s+)[A-Z][\w'’-]*){{0,4}})"


_SPEAKS_AFTER_BODY = rf"(?:{_PORTFOLIO_AFTER}(?={_ASIDE}?{_OFFICIAL_VERBS}))?{_ASIDE}?{_OFFICIAL_VERBS}"


_OFFICIAL_SPEAKS_AFTER = re.compile(rf"^{_BODY_GOES_ON}?{_SPEAKS_AFTER_BODY}")


_OFFICIAL_SPEAKS_AFTER_OF = re.compile(rf"^(?:{_BODY_GOES_ON}|{_BODY_RUNS_ON})?{_SPEAKS_AFTER_BODY}")


_OFFICIAL_SPEAKS_BEFORE = re.compile(
    r"\b(?:disputed|denied|confirmed|announced|questioned|contradicted|echoed|repeated|"
    r"rejected|challenged)\s+by\s+$",
    re.I,
)


# "..., said the UN high commissioner for refugees."
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")


_PORTFOLIO_TO_THE_END = re.compile(rf"^(?:{_PORTFOLIO_AFTER}|{_BODY_GOES_ON})?\s*(?:[,.;:!?)\"”’]|$)")


def _headline_line(doc: Document, si: int) -> bool:
    """A lone line without a sentence's end inside the body ("GBA President calls for a fair
    election" under "Latest Stories"): another story's title or a subhead, where an office
    that speaks is a headline's shorthand, not a newcomer the story owes a name."""
    s = doc.sentences[si]
    text = s.text.rstrip()
    return text[-1:].isalnum() and all(
        x.block != s.block for x in doc.sentences[max(0, si - 1) : si + 2] if x.index != si
    )


# "..., Jane Roe, the Kell envoy to Ostria," + " said": the verb after an apposition's last comma
_SPEAKS_AFTER_COMMA = re.compile(r"^\s*,(?=\s)" + _OFFICIAL_VERBS)


def _speaks_after_aside(text: str, end: int) -> bool:
    """Whether the words from ``end`` (an apposition's end) open with a comma and a verb of
    speech: "The head of the Kell Board, Jane Roe, said ...", "Jane Roe, Kell's envoy, told"."""
    return _SPEAKS_AFTER_COMMA.match(text[end : end + 60]) is not None


def _official_speaks(text: str, start: int, end: int) -> bool:
    """Whether the official at ``text[start:end]`` says something."""
    return (
        _speaks(text, start, end)
        or (_OFFICIAL_SPEAKS_AFTER_OF if " of " in text[start:end] else _OFFICIAL_SPEAKS_AFTER).match(
            text[end : end + 80]
        )
        is not None
        or _OFFICIAL_SPEAKS_BEFORE.search(text[max(0, start - 40) : start]) is not None
        or (
            _SAID_BEFORE.search(text[max(0, start - 10) : start]) is not None
            and _PORTFOLIO_TO_THE_END.match(text[end : end + 40]) is not None
        )
    )


# the marks that close the statement before an inverted speech verb ('», a précisé Roe.')
_STATEMENT_ENDS = frozenset({",", "»", "«", '"', "”", "“", "–", "—", "-"})
# participles that also mean "called" or "the said" ("Mario Rossi, detto Pippo"): a speech verb
# only after their auxiliary ("ha detto Roe")
_ONLY_AFTER_AUXILIARY = frozenset({"detto", "dicho"})
# verbs by which an outlet or agency reports ('..., informou Lusa.', '..., skriver Avisa.'): no
# person speaks after them
_OUTLET_VERBS = frozenset(
    """informou informó informa informe rapporte rapporta riferisce riporta publicó publicou noticiou
    escribe escreve scrive écrit skriver skrev schreibt schrieb schrijft pisze melder meldet
    berichtet berichtete rapporté publié scritto riportato riferito pubblicato escrito publicado
    informado reportado noticiado""".split()
)


def inverted_surname(
    text: str, verbs: frozenset[str], auxiliaries: frozenset[str], shaped: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """Where the one name after an inverted speech verb that ends a sentence stands in copy of
    another language ('..., dijo Roe.', '», a précisé Roe-Vidal.', '..., ha detto Roe.', '...,
    sa Roe.'), else None: the statement closes on a comma, a quotation mark or a dash, the verb
    (after its auxiliary, if any) follows it and the name ends the sentence. After an auxiliary,
    a word ``shaped`` says is a participle counts too ('», a rappelé Roe.', '..., ha ribadito Roe.')."""
    tail = text.rstrip()
    while tail[-1:] in (".", "!", "…"):
        tail = tail[:-1].rstrip()
    if not tail[-1:].isalpha():
        return None
    tokens = list(WORD_OR_MARK.finditer(tail, max(0, len(tail) - 80)))
    addressed = _addressee_ends(tokens)
    if addressed:
        tokens = tokens[:addressed]  # ('..., respondió Roe a Hale.': Roe speaks, to Hale)
    k = len(tokens) - 1
    while k >= 2 and tokens[k - 1].group() == "-" and tokens[k - 2].group()[:1].isupper():
        k -= 2  # a double surname: "Dumoulin-Vasseur"
    if k < 2 or not all(capital(t.group()) for t in tokens[k:] if t.group() != "-"):
        return None
    verb = tokens[k - 1].group()
    helped = tokens[k - 2].group() in auxiliaries and shaped is not None and shaped(verb)
    if (verb not in verbs and not helped) or (verb in _OUTLET_VERBS and not addressed):
        return None  # (an outlet writes to no one: '..., a écrit Roe à Hale.' is a person's letter)
    j = k - 2
    if tokens[j].group() in auxiliaries:
        j -= 1
    elif verb in _ONLY_AFTER_AUXILIARY:
        return None
    if j > 0 and tokens[j].group().lower() in _TO_WHOM:
        j -= 1  # ('», lui a répondu Roe.', '..., le respondió Roe.')
    if j < 0 or tokens[j].group() not in _STATEMENT_ENDS:
        return None
    return tokens[k].start(), tokens[-1].end()


# the word before the one a speech verb's speaker turns to ('..., dijo Roe a Hale.', '..., a
# écrit Roe à Jane Hale.', '..., disse Roe ao Hale.')
_TO_SOMEONE = frozenset({"a", "à", "al", "ao"})


# the pronoun of the one spoken to before the verb or its auxiliary
_TO_WHOM = frozenset({"le", "les", "lui", "leur", "lhe", "lhes", "gli"})


def _addressee_ends(tokens: list) -> int:
    """Where a sentence's closing addressee begins (its "a"/"à" before one to three capitalised
    names that end the sentence), or 0 when it ends otherwise."""
    n = len(tokens)
    i = n - 1
    while i >= 0 and n - i <= 3 and capital(tokens[i].group()):
        i -= 1
    if i == n - 1 or i < 3 or tokens[i].group().lower() not in _TO_SOMEONE:
        return 0
    return i

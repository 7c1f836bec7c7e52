"""A named person tied only to a body in copy of another language: a full name that opens the
sentence, then the body the person is of, set off by commas ("Ana Roe, del Consejo Tarvelo de
Pesca, dijo ...", "Ana Roe, du Conseil tarvelien de la pêche, a déclaré ...") or, in German,
after "vom"/"von der" ("Ana Roe vom Tarvelischen Fischereirat sagte ..."). Read as titles of
office "member" so that FL201's officials abroad set them up as titled ones. ``tied_members``
reads the same tie anywhere in the sentence, in each language's words ("secondo Ana Roe
dell'Agenzia X", "volgens Ana Roe van de X-raad", "Ana Roe z Rady X", "Ana Roe (X-raad)"), and a
sentence that opens on the body ("Por parte de la Agencia X, Ana Roe pidió"). Not an expert's
body (a university, an institute, a think tank: ``expert_bodies`` in offices_abroad.yaml)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factlint.analysis.offices_abroad import (
    Title,
    _data,
    _in_a_quotation,
    _name_set_off,
    _owner_and_name,
    _raw,
    a_body_name,
    body,
    capital,
    homes,
)
from factlint.analysis.text import WORD_OR_MARK

# a full name (two to four capitalised words, quotation marks before it) opening the sentence,
# then a comma and a link word, or German "vom"/"von der"/"von den"
_OPENING = re.compile(
    r"^[\W_]{0,3}(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){1,3})"
    r"(?:,\s+(?=(?:de|del|du|des|della|dello|dei|degli|delle|do|da|dos|das|d['’]|dell['’])[\s\w])"
    r"|,?\s+(?=(?:vom|von\s+der|von\s+den)\s))"
)


@lru_cache(maxsize=1)
def _experts() -> tuple[str, ...]:
    return tuple(_raw().get("expert_bodies", ()))


def members(doc, abroad) -> tuple[Title, ...]:
    """The named members of bodies in the sentences of ``doc`` (``abroad``: its titles in copy
    of another language), and the named titles whose body the shared reading left out ("a
    déclaré Ana Roe, porte-parole du Conseil tarvelien de la pêche") with that body."""
    lang = abroad.language
    found: list[Title] = []
    for t in abroad.titles:
        if (
            t.owner is None
            and (t.name or t.name_before)
            and (run := _body_run(doc.sentences[t.sentence].text, t.end, lang))
            and run[0].split()[0].lower() in _COUNCILS  # (the shared reading's other drops stand)
        ):
            found.append(
                replace(
                    t, owner=run[0], owner_text=run[0], owner_end=run[1], name_end=max(t.name_end, run[1])
                )
            )
    for s in doc.sentences:
        m = _OPENING.match(s.text)
        if m is None:
            continue
        name, at = m.group("name"), m.end()
        name_start = m.start("name")
        if _opener(name.split()[0], lang):
            continue  # ("Segundo Ana Roe, da X": the source word opens; tied_members reads the name)
        if a_body_name(name) or name.split()[0].lower() in _raw()["articles"]:
            continue
        owner, _, _, _ = _owner_and_name(s.text, at, at, lang, "member")
        key, owner_text, start, end = owner
        if run := _body_run(s.text, at, lang):
            key = owner_text = run[0]
            start, end = at, run[1]
        if key is None or start < at or owner_text is None:
            continue  # (a country's word in the name itself is no body)
        if any(w.lower().startswith(_experts()) for w in owner_text.split()[:2]):
            continue  # ("de la Universidad de X", "dell'Istituto Y": an expert source)
        if lang != "de" and "," not in s.text[end : end + 80]:
            continue  # (the apposition closes after the body: "Ana Roe, del X, dijo")
        if _cut_short(s.text, at, end, lang) or any(q in s.text[: m.start("name")] for q in _QUOTES):
            continue  # (a wire or a body read in part: "de la Agencia EFE"; a quoted name)
        found.append(
            Title(s.index, at, at, "member", key, owner_text, name_start, end, None, end, False, name)
        )
    return tuple(found)


# a council's name in lowercase words after its noun ("du Conseil alpin des transports"): its
# adjective says the body is no part of the story's own state unless it is one of these starts
_COUNCILS = frozenset("consejo conselho conseil consiglio".split())
_STATE_LEVELS = (
    "nacion nation nazion region région regione municip comun commun départ depart provinc "
    "federal fédéral federa cantonal local metropol constitu supérieur superior superiore "
    "economic économ econom social général general generale"
).split()
# German: a body named by an adjective and a compound ending as a public body's name does
# ("vom Tarvelischen Fischereirat"), not the federal state's or a Land's own ("Bundesamt")
_GERMAN_ENDS = (
    "amt",
    "amts",
    "amtes",
    "behörde",
    "rat",
    "rats",
    "rates",
    "kommission",
    "agentur",
    "ausschuss",
    "ausschusses",
    "aufsicht",
    "direktion",
)


def _body_run(text: str, at: int, lang: str) -> tuple[str, int] | None:
    """A body's name the shared reading of owners leaves out, from its first capitalised word
    after the links at ``at`` to the comma (German: to the first lowercase word that is no
    link) and where it ends, else None: a council named by a lowercase adjective that is no
    level of a state (lowercase or not); a public body of one capitalised word of its own ("dell'Autorità portuale
    del Tirreno"); a German adjective and body compound."""
    links = _data()["links"].get(lang, frozenset()) | _data()["articles"]
    words = []
    for m in WORD_OR_MARK.finditer(text, at, min(len(text), at + 100)):
        w = m.group()
        low = w.lower().rstrip("'’")
        if not words and (low in links or low == "vom" or w in ("'", "’")):
            continue
        if w in (",", ".", ";", ":") or (lang == "de" and w.islower() and low not in links and low != "für"):
            break
        start = m.start()
        cut = max(w.find("'"), w.find("’"))
        if not words and cut > 0 and w[: cut + 1].lower().replace("’", "'") in links:
            start += cut + 1  # ("dell'Autorità": the name opens after the elided link)
        words.append((start, m.end(), text[start : m.end()]))
    if not words or not words[0][2][:1].isupper() or len(words) > 8:
        return None
    names = [w for _, _, w in words]
    first, begin, end = names[0].lower(), words[0][0], words[-1][1]
    if lang == "de":
        caps = [n.lower() for n in names if n[:1].isupper()]
        if len(caps) == 2 and caps[1].endswith(_GERMAN_ENDS) and not caps[1].startswith(("bundes", "landes")):
            return text[begin:end], end
        return None
    if (
        first in _COUNCILS and len(names) > 2
    ):  # ("du Conseil alpin des transports", "del Consejo Austral de X")
        adjective = names[1].lower()
        if not adjective.startswith((*_STATE_LEVELS, *_data()["body_generic"], *_data()["local"])):
            return text[begin:end], end
        return None
    own = [n for n in names[1:] if n[:1].isupper() and len(n) > 3 and n.lower() not in _data()["not_owners"]]
    if first.startswith(_data()["public_bodies"]) and len(own) == 1 and names[1].islower():
        return text[begin:end], end
    return None


_QUOTES = ('"', "“", "”", "„", "«", "»")
_WIRES = ("agenc", "agênc", "agenz", "agentur")


def _cut_short(text: str, at: int, end: int, lang: str) -> bool:
    """Whether the body read from ``at`` stops before the capitalised words that end its name
    at the comma ("de la Agencia EFE": "Agencia" read; German nouns are all capitalised), or is a news agency's short name of one
    or two words after its noun ("da Agência Tarvel", "de l'Agence Tarvel-Presse")."""
    stop = text.find(",", end)
    rest = WORD_OR_MARK.findall(text[end:stop] if stop >= 0 else "")
    if lang != "de" and any(w[:1].isupper() for w in rest):
        return True
    words = WORD_OR_MARK.findall(text[at : max(end, stop)])
    words = [w for w in words if w[:1].isupper()]
    return (
        bool(words)
        and words[0].lower().startswith(_WIRES)
        and len(words) <= 2
        and not _lowercase_name(text, at, stop)
    )


def _lowercase_name(text: str, at: int, stop: int) -> bool:
    """Whether the body read from ``at`` is its noun and lowercase words only, up to the comma at
    ``stop`` ("de la Agencia andina de aguas"): no news agency's short name."""
    words = WORD_OR_MARK.findall(text[at:stop]) if stop > at else []
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) == 1 and len(words) - words.index(caps[0]) > 2


def tied_members(doc, abroad, taken: set[tuple[int, str]]) -> list[Title]:
    """The named persons tied to a body anywhere in a sentence, not only at its start: a full
    name, then a link or tie word and the body ("secondo Ana Roe dell'Agenzia X", "volgens Ana
    Roe van de X-raad", "skrytykowała Ana Roe z Rady X", "a déclaré Ana Roe, du Conseil X."),
    "namens"/"pour" and the body set off by commas, or the body in brackets ("Ana Roe
    (X-raad)"). The body's noun must be a public body's, a council's or a court's (its first
    or second word); a university's or an institute's stays out (``expert_bodies``). Each as a
    title of office "member", as ``members`` reads them (``taken``: (sentence, name) read
    already)."""
    lang = abroad.language
    ties = _data()["links"].get(lang, frozenset()) | _member_ties(lang)
    titled = {(t.sentence, t.end) for t in abroad.titles}  # (a title's holder is the titles' reading's)
    opened = {(t.sentence, t.start) for t in abroad.titles}
    found: list[Title] = []
    for t in abroad.titles:  # a title whose body the shared reading left out
        if t.owner is not None or (t.sentence, t.name or t.name_before) in taken:
            continue
        text = doc.sentences[t.sentence].text
        tokens = list(WORD_OR_MARK.finditer(text, t.end))
        body = _tied_body(text, tokens, 0, lang, ties) if tokens else None
        if body is None or not _adjective_body(text[body[0] : body[1]]):
            continue  # (the reading's other drops stand: a part of the state, a town's office)
        named, name_end = t.name, max(t.name_end, body[1])
        rest = [m for m in tokens if m.start() >= body[1]]
        if named is None and rest and rest[0].group() == "," and (run := _name_run(rest, 1)):
            named, name_end = text[rest[1].start() : rest[run].end()], rest[run].end()  # ("..., Ana Roe,")
        if named or t.name_before:
            taken.add((t.sentence, named or t.name_before))  # (else the title alone: "Il presidente del X")
        owner = text[body[0] : body[1]]
        found.append(
            replace(t, owner=owner, owner_text=owner, owner_end=body[1], name=named, name_end=name_end)
        )
    for s in doc.sentences:
        text = s.text
        if " " not in text:
            continue
        tokens = list(WORD_OR_MARK.finditer(text))
        if before := _body_before(text, tokens, lang):
            start, end, name, name_end = before
            if (s.index, name) not in taken:
                taken.add((s.index, name))
                owner = text[start:end]
                found.append(
                    Title(
                        s.index,
                        name_end,
                        name_end,
                        "member",
                        owner,
                        owner,
                        start,
                        end,
                        None,
                        name_end,
                        False,
                        name,
                    )
                )
        i = 0
        while i < len(tokens):
            run = _name_run(tokens, i)
            if not run:
                i += 1
                continue
            j = i + run
            while j - i > 2 and _opener(tokens[i].group(), lang):
                i += 1  # (a sentence's first word before the name: "Laut", "Volgens", "Selon")
            name, name_start, name_end = (
                text[tokens[i].start() : tokens[j - 1].end()],
                tokens[i].start(),
                tokens[j - 1].end(),
            )
            body = _tied_body(text, tokens, j, lang, ties)
            first, i = i, j
            if (
                body is None
                or _inside_a_longer_name(tokens, first, lang)
                or (s.index, name) in taken
                or _after_a_title(titled, s.index, name_start)
                or any((s.index, at) in opened for at in range(name_end, body[0]))
            ):
                continue  # (a title between the name and the body: the titles' reading decides)
            start, end = body
            owner_text = text[start:end]
            if (
                a_body_name(name)
                or _dialogue(text, start)
                or name.split()[0].lower() in _raw()["articles"]
                or _opener(name.split()[0], lang)  # ("Eine Streife der X": no name)
                or any(
                    w.lower().startswith(_experts()) and not _a_body_end(w) for w in owner_text.split()[:2]
                )
                or (owner_text.lower().startswith(_WIRES) and len(owner_text.split()) <= 2)
                or any(w.lower() in _data()["local"] for w in owner_text.split())
            ):
                continue  # (a wire by its short name: "da Agência Tarvel"; a town's own office)
            taken.add((s.index, name))
            at = tokens[j - 1].end()
            found.append(
                Title(
                    s.index,
                    at,
                    at,
                    "member",
                    owner_text,
                    owner_text,
                    text.index(name, 0, at),
                    end,
                    None,
                    end,
                    False,
                    name,
                )
            )
    found.extend(_heads_of_foreign_bodies(doc, lang, taken))
    return found


def _heads_of_foreign_bodies(doc, lang: str, taken: set[tuple[int, str]]) -> list[Title]:
    """A head of a body the titles lack, of a foreign country's body by its demonym ("Der Leiter
    der tarvelischen Verkehrsbehörde, Ana Roe, erklärte", "Die Vorsitzende der tarvelischen
    Kommission warnte"): the head's word (``body_head_titles``), a link, the demonym of a listed
    country other than the story's own, then a capitalised public body's noun, and the name set
    off after it if any. Each as a title of office "director" owned by that country."""
    heads = frozenset(_raw().get("body_head_titles", {}).get(lang, ()))
    links = _data()["links"].get(lang, frozenset())
    if not heads:
        return []
    found: list[Title] = []
    for s in doc.sentences:
        tokens = list(WORD_OR_MARK.finditer(s.text))
        for i in range(len(tokens) - 3):
            head, link, demonym, noun = (t.group() for t in tokens[i : i + 4])
            if not (
                head.lower() in heads
                and capital(head)
                and link.lower() in links
                and _country_first(demonym, [], lang)
                and capital(noun)
                and _a_body_noun(noun)
            ):
                continue
            name, name_end = _name_set_off(s.text, tokens[i + 3].end())
            if name and (s.index, name) in taken:
                continue
            if name:
                taken.add((s.index, name))
            start, end = tokens[i].start(), tokens[i + 3].end()
            quoted = _in_a_quotation(s.text, start)
            owner = body(demonym)
            at = tokens[i].end()
            found.append(
                Title(
                    s.index,
                    start,
                    at,
                    "director",
                    owner,
                    demonym,
                    start,
                    end,
                    name,
                    max(end, name_end),
                    quoted,
                )
            )
    return found


def _inside_a_longer_name(tokens: list, k: int, lang: str) -> bool:
    """Whether the capitalised words from token ``k`` follow a capitalised word and a link ("...
    Coordenação de Amparo Familiar da Secretaria X"): the tail of a department's or a
    programme's name, not a person's."""
    return (
        k >= 2
        and tokens[k - 1].group().lower() in _data()["links"].get(lang, frozenset())
        and capital(tokens[k - 2].group())
    )


def _body_before(text: str, tokens: list, lang: str) -> tuple[int, int, str, int] | None:
    """A sentence that opens on the body a named person speaks or acts for, then the name
    ("Por parte de la Agencia X, Ana Roe pidió", "Per il Consorzio X, Ana Roe ha chiesto"):
    the body's start and end, the name and its end, else None."""
    openers = _raw().get("member_openers", {}).get(lang, {})
    k = 0
    while k < len(tokens) and (tokens[k].group() in _QUOTES or tokens[k].group() in "'’"):
        k += 1
    if k >= len(tokens) or tokens[k].group().lower() not in openers.get("first", ()):
        return None
    k += 1
    while k < len(tokens) and tokens[k].group().lower().rstrip("'’") in openers.get("then", ()):
        k += 1
    comma = next((c for c in range(k, min(len(tokens), k + 10)) if tokens[c].group() == ","), None)
    if comma is None or comma == k:
        return None
    words = [t.group() for t in tokens[k:comma]]
    start = tokens[k].start()
    cut = max(words[0].find("'"), words[0].find("’"))
    if cut > 0:
        start, words[0] = start + cut + 1, words[0][cut + 1 :]
    if not words[0][:1].isupper() or not any(_a_body_noun(w) for w in words[:2] if w[:1].isupper()):
        return None
    run = _name_run(tokens, comma + 1)
    if not run or comma + 1 + run < len(tokens) and tokens[comma + 1 + run].group() == ",":
        return None  # (a list of names or a name set off: no one speaking for the body)
    name = text[tokens[comma + 1].start() : tokens[comma + run].end()]
    if any(w.lower().startswith(_experts()) and not _a_body_end(w) for w in words[:2]) or a_body_name(name):
        return None
    return start, tokens[comma - 1].end(), name, tokens[comma + run].end()


def _after_a_title(titled: set[tuple[int, int]], index: int, at: int) -> bool:
    """Whether a title of the titles' reading ends right before the name at ``at`` ("O
    diretor Ana Roe, da Agência X"): that reading decides on the titled holder."""
    return any((index, end) in titled for end in range(max(0, at - 3), at))


def _dialogue(text: str, at: int) -> bool:
    """Whether ``at`` is inside the quoted words of a sentence that opens on a dash and gives
    its speaker after another ("– ..., a także Ana Roe z Rady X – mówił Roe."), or inside
    quotation marks."""
    if _in_a_quotation(text, at):
        return True
    head = text.lstrip()
    return head[:1] in "–—" and any(d in text[at:] for d in (" – ", " — "))


@lru_cache(maxsize=16)
def _verbs(lang: str) -> frozenset[str]:
    """The speech verbs, acts, auxiliaries and forms of "be" of ``lang``: where a body's name
    written without a comma after it ends."""
    from factlint.analysis.offices_abroad import acts, auxiliaries, being
    from factlint.analysis.quotes import foreign_speech_verbs

    return foreign_speech_verbs() | acts(lang) | auxiliaries(lang) | being(lang)


def _opener(word: str, lang: str) -> bool:
    """Whether a capitalised word is the language's function word or source word that opens a
    sentence ("Laut", "Volgens", "Secondo"), not a name's first word."""
    low = word.lower()
    return low in _function_words().get(lang, ()) or low in _data()["according"].get(lang, ())


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    from factlint.analysis.languages import function_words

    return function_words()


def _member_ties(lang: str) -> frozenset[str]:
    return frozenset(_raw().get("member_ties", {}).get(lang, ()))


def _name_run(tokens: list, i: int) -> int:
    """How many capitalised words (two to four) open a full name at token ``i``: not after
    another capitalised word or a hyphen (inside a longer name), each a word of its own."""
    prev = tokens[i - 1].group() if i > 0 else ""
    if prev and ((capital(prev) and "'" not in prev and "’" not in prev) or prev in "-'’"):
        return 0  # (an elided word before the name opens no longer name: "D'après Ana Roe")
    n = 0
    while (
        i + n < len(tokens)
        and n < 5
        and capital(w := tokens[i + n].group())
        and "'" not in w
        and len(w) <= 15
    ):
        n += 1  # (a longer word is a compound noun: "Hafenbetriebsgruppe")
    return n if 2 <= n <= 4 else 0


def _after_the_tie(tokens: list, j: int, lang: str, ties: frozenset[str]) -> tuple[int, bool] | None:
    """The token where the body's name opens after the name ending before token ``j`` (a tie
    word first, a comma before it or not, then links and articles; or an opening bracket) and
    whether it is in brackets, else None ("Ana Roe, die im X" is no tie)."""
    if j >= len(tokens):
        return None
    k, bracket = j, False
    if tokens[k].group() == ",":
        k += 1
        role = k
        while (
            k < role + 2
            and k + 1 < len(tokens)
            and tokens[k].group().islower()
            and tokens[k].group() not in ties
        ):
            k += 1  # (a role the title lists lack: "Ana Roe, segretaria della X", "vocal del X")
        if k > role and tokens[k].group().lower() not in ties and "'" not in tokens[k].group():
            k = role
    elif tokens[k].group() == "(":
        k, bracket = k + 1, True
    skipped = 0
    while k < len(tokens) and not bracket:
        w = tokens[k].group()
        low = w.lower()
        cut = max(w.find("'"), w.find("’"))
        if cut > 0 and w[: cut + 1].lower().replace("’", "'") in _data()["links"].get(lang, ()) | {"l'"}:
            skipped += 1
            break  # ("dell'Agenzia", "de l'Autorité": the body opens inside the word)
        if low in ties or (skipped and (low in _data()["articles"] or low in ("'", "’", "den", "dem"))):
            k, skipped = k + 1, skipped + 1
            continue
        break
    if k >= len(tokens) or not (skipped or bracket):
        return None
    return k, bracket


def _tied_body(text: str, tokens: list, j: int, lang: str, ties: frozenset[str]) -> tuple[int, int] | None:
    """Where the body tied to the name ending before token ``j`` stands in ``text``, else None:
    a tie word (a comma before it or not) or an opening bracket, links and articles, then the
    body's name up to the punctuation that closes it (German, Dutch, Polish: up to the first
    lowercase word that no capitalised one follows)."""
    at = _after_the_tie(tokens, j, lang, ties)
    if at is None:
        return None
    k, bracket = at
    words: list[tuple[int, int, str]] = []
    cased = lang in ("de", "nl", "pl")  # (a body's every word capitalised but its links)
    inner = ties | _data()["articles"] | {"für", "voor", "dla", "do", "ds", "op"}
    for t in tokens[k : k + 12]:
        w = t.group()
        begin = t.start()
        cut = max(w.find("'"), w.find("’"))
        if not words and cut > 0:
            begin, w = begin + cut + 1, w[cut + 1 :]
        if w in (",", ".", ";", ":", ")", "(", "!", "?") or w in _QUOTES:
            break
        if (
            cased and w.islower() and not (words and w in inner) and not _country_first(w, words, lang)
        ) or w.lower() in _verbs(lang):
            break  # (a verb after a body with no comma: "del Consorzio x delle acque ha criticato")
        words.append((begin, t.end(), w))
    while words and (words[-1][2].islower() and cased or not words[-1][2][:1].isalnum()):
        words.pop()  # (a link word left at the end: "van de")
    if (
        not words
        or not (words[0][2][:1].isupper() or _country_first(words[0][2], [], lang))
        or len(words) > 10
    ):
        return None
    if len(words) > 1 and words[1][2].islower() and words[1][2].startswith(tuple(_STATE_LEVELS)):
        return None  # (a level of the story's own state: "del Consiglio regionale", "de l'Agence nationale")
    country = _country_first(words[0][2], [], lang) and len(words) > 1  # ("vom tarvelischen Verkehrsamt")
    heads = [w for _, _, w in words[: 3 if country else 2] if w[:1].isupper()]
    if not any(_a_body_noun(w) for w in heads):
        return None
    if cased and (
        sum(w[:1].isupper() for _, _, w in words) + country < 2
        or heads[0].lower().startswith(("bundes", "landes"))
    ):
        return None  # (one word: a body the story's readers know, "vom Tarvelrat"; a federal one)
    return words[0][0], words[-1][1]


def _country_first(word: str, words: list, lang: str) -> bool:
    """Whether ``word`` opens a body's name as the lowercase demonym of a listed country other
    than the story's own ("vom tarvelischen Verkehrsamt", "z tarvelskiej Agencji"): German,
    Dutch and Polish copy write a body's other words capitalised."""
    if words or not word.islower() or len(word) < 5:
        return False
    key = body(word)
    return key is not None and key not in homes(lang) and key != "european union"


def _adjective_body(owner: str) -> bool:
    """Whether a body left out of a title is named as a council is, by its noun and a lowercase
    adjective that is no level of a state ("Agenzia brenense delle acque"), not an expert's."""
    words = owner.split()
    return (
        len(words) > 2
        and words[1].islower()
        and len(words[1]) > 3
        and not any(w.lower() in _data()["local"] for w in words)
        and not words[1].startswith((*_STATE_LEVELS, *_data()["body_generic"], *_data()["local"]))
        and not words[0].lower().startswith(_experts())
        and not a_body_name(owner)
    )


def _a_body_end(word: str) -> bool:
    """Whether ``word`` is a compound that ends as a body's noun ("Museumsrat": a council)."""
    return len(word) > 6 and word.lower().endswith(tuple(_raw().get("member_heads", {}).get("ends", ())))


def _a_body_noun(word: str) -> bool:
    """Whether ``word`` is the noun of a body a named person may speak for ("Agenzia",
    "Rady", "Meldkamerraad", "Conselho")."""
    low = word.lower()
    heads = _raw().get("member_heads", {})
    starts = (*_data()["public_bodies"], *_data()["body_heads"], *_COUNCILS, *heads.get("starts", ()))
    if low.startswith(starts) and not low.startswith(_data()["body_nouns"]):
        return True
    return _a_body_end(word)

"""A named person tied only to a body in copy of another language: a full name that opens the
sentence, then the body the person is of, set off by commas ("Ana Roe, del Consejo Tarvelo de
Pesca, dijo ...", "Ana Roe, du Conseil tarvelien de la pêche, a déclaré ...") or, in German,
after "vom"/"von der" ("Ana Roe vom Tarvelischen Fischereirat sagte ..."). Read as titles of
office "member" so that FL201's officials abroad set them up as titled ones. Not an expert's
body (a university, an institute, a think tank: ``expert_bodies`` in offices_abroad.yaml)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factlint.analysis.offices_abroad import Title, _data, _owner_and_name, _raw, a_body_name
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
            Title(s.index, at, at, "member", key, owner_text, m.start("name"), end, None, end, False, name)
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
    return bool(words) and words[0].lower().startswith(_WIRES) and len(words) <= 2

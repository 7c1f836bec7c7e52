"""FL201 on news as it comes: real wire and newspaper copy in three layouts, with planted late
officials, and false alarms on the same copy left clean.

Real copy: plain-text news stories kept OUTSIDE the repository (their text is not ours), one file
per story: first line the headline, then one paragraph per line. Default folder
``/work/realcopy/cast`` (``--real DIR``). A file ``actors.json`` there may name, per story, the
surname (or role) of someone the story sets up early: planted officials interact with that actor.

Each story is checked as a ``.txt`` file in three layouts, as wire copy arrives:

- ``blank``: paragraphs separated by blank lines (headline first);
- ``lines``: one paragraph per line, no blank lines (headline first);
- ``block``: the whole story as one line (no headline: nothing marks it off).

Planted (only in stories with an actor): one sentence, written for this benchmark, in which an
official of a country or organisation the story never mentions enters in the last third and
interacts with the actor ("On Tuesday, Steinmeier met the Secretary-General of the Arab
League in Geneva."). The title comes from ``analysis/data/roles.yaml`` (an office's aliases),
the country or organisation from the lists below, the sentence shape from twelve templates; the
sentence is either its own paragraph or appended to a paragraph. Three plants per story, drawn
with a seed from the story's name. ``unseen``: the same with eight shapes written after the
rules were tuned, never tuned on. Further kinds: ``speaker`` (such an official only speaks,
interacting with nobody), ``surname`` (a surname-only speaker the story never introduced:
"..., Okafor said."), ``written`` (officials and interacting shapes as copy writes them, not
from roles.yaml) and ``statement`` (those officials only making a statement: announcing,
denying, reacting).

A plant is found when an FL201 finding starts inside the planted sentence.

False alarms: FL201 findings on the clean stories (each layout), and on the 189 clean dev news
articles (``../shared/data/news/dev/articles.jsonl``) as they came (XSum: one paragraph per line;
CNN/DailyMail: one block) as ``.txt``. Every finding there counts; judge them by hand
(``--show N``) as an editor would.

Target (issue 15): recall >= 0.8 on the late official, in the ``lines`` and ``block`` layouts,
at <= 0.1 false alarms per clean article. Model-free, about a minute.
Run: ``python benchmarks/cast_real.py [--real DIR] [--show N] [--out FILE]``. Writes
``benchmarks/results/cast_real.json`` (counts and our own planted sentences' shapes only, no
third-party text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV = REPO.parent / "shared" / "data" / "news" / "dev" / "articles.jsonl"
REAL = Path("/work/realcopy/cast")
LAYOUTS = ("blank", "lines", "block")
FORMAT = ("text", "txt")  # --markdown: check the same copy as .md
PLANTS_PER_STORY = 3

# Offices an official of a country holds, and of an organisation (keys of roles.yaml `offices`).
COUNTRY_OFFICES = [
    "president",
    "prime minister",
    "foreign minister",
    "finance minister",
    "defence minister",
    "interior minister",
    "trade minister",
    "health minister",
    "energy minister",
    "justice minister",
    "vice president",
    "ambassador",
]
ORG_OFFICES = [
    "president",
    "secretary-general",
    "director-general",
    "chief executive",
    "chairman",
    "spokesperson",
    "director",
    "commissioner",
    "head",
]
COUNTRIES = {  # name -> demonym
    "Peru": "Peruvian",
    "Kenya": "Kenyan",
    "Norway": "Norwegian",
    "Vietnam": "Vietnamese",
    "Chile": "Chilean",
    "Ghana": "Ghanaian",
    "Portugal": "Portuguese",
    "Malaysia": "Malaysian",
    "Finland": "Finnish",
    "Morocco": "Moroccan",
    "Colombia": "Colombian",
    "Hungary": "Hungarian",
    "Indonesia": "Indonesian",
    "Egypt": "Egyptian",
    "Argentina": "Argentine",
    "Poland": "Polish",
}
ORGANISATIONS = [
    "Arab League",
    "African Union",
    "Inter-American Development Bank",
    "Asian Development Bank",
    "International Energy Agency",
    "World Food Programme",
    "Council of Europe",
    "International Atomic Energy Agency",
    "World Meteorological Organization",
    "International Labour Organization",
    "Organization of American States",
    "European Bank for Reconstruction and Development",
    "World Anti-Doping Agency",
    "International Committee of the Red Cross",
    "Nordic Investment Bank",
    "Caribbean Community",
    "Shanghai Cooperation Organisation",
    "Commonwealth Secretariat",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Geneva", "Vienna", "Nairobi", "Lisbon", "Oslo", "Santiago", "Hanoi", "Rabat"]
SURNAMES = [
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Guo",
    "Takahashi",
    "Brennan",
    "Kowalczyk",
    "Adeyemi",
    "Vasquez",
    "Nakamura",
    "Delacroix",
]

# Sentence shapes written for this benchmark: {A} the actor, {R} the official.
INTERACTING = [
    "{A} also spoke by telephone with {R} on {day}.",
    "{R} later telephoned {A} to offer support.",
    "On {day}, {A} met {R} in {city}.",
    "{R} praised {A} in a brief statement issued in {city}.",
    "{A} was due to hold talks with {R} later in the week.",
    "In a letter sent on {day}, {R} urged {A} to reconsider.",
    "{A} thanked {R} for the support.",
    "{R}, speaking in {city}, criticised {A} over the delay.",
    "{A} said {R} had been briefed on the situation.",
    "Officials said {R} and {A} discussed the issue by phone on {day}.",
    "{R} congratulated {A} on {day}.",
    "After the hearing, {A} was approached by {R}.",
]
# A second set of shapes, written after the rules were tuned on the first and never tuned on: a
# check that the recall is not just the first set's wording.
INTERACTING_UNSEEN = [
    "{A} had earlier been received by {R}, officials said.",
    "{R} invited {A} to visit {city} next month.",
    "{A} is expected to brief {R} before the end of the month.",
    "A statement from {R} welcomed the remarks made by {A}.",
    "{A} and {R} signed a joint declaration in {city} on {day}.",
    "{R} sharply rebuked {A} on {day}, calling the move a mistake.",
    "{A} has asked {R} for help, the report said.",
    "Asked about the dispute, {R} defended {A}.",
]
SPEAKING = [
    "{R} said on {day} that the figures would be reviewed.",
    "The move was described as premature by {R}.",
    "\u201cWe are following this closely,\u201d {R} said.",
    "{R} declined to comment on the reports.",
]
SURNAME_ONLY = [
    "The figures were checked twice before they were released, {S} said.",
    "\u201cNobody expected it to happen this quickly,\u201d {S} told reporters.",
    "{S} said the review would take several weeks.",
    "More staff were sent to the area on {day}, {S} added.",
]


# Officials as news copy writes them, NOT drawn from roles.yaml (any portfolio word, an office of
# an institution, "the Pope", "a senior adviser to ..."), in 24 more sentence shapes: three sets
# written one after another by the lead in session 13; the second and third were each run once
# before any change made for them (first sight), see rule-tuning.md.
WRITTEN_OFFICIALS = [
    "the EU's top diplomat",
    "Germany's economy minister",
    "the head of NATO",
    "the IMF's managing director",
    "Brazil's vice-president",
    "the governor of the Bank of England",
    "the UN human rights chief",
    "the mayor of Lyon",
    "the Speaker of the US House of Representatives",
    "Japan's chief cabinet secretary",
    "the Pope",
    "a senior adviser to the Saudi crown prince",
    "the Chancellor of Austria",
    "the French culture minister",
    "the chairman of the US Federal Reserve",
    "the Turkish foreign ministry's spokesman",
    "the Archbishop of Canterbury",
    "Canada's deputy prime minister",
    "the Secretary of State for Wales",
    "the director of the CIA",
    "the Emir of Qatar",
    "the WHO chief",
    "India's home minister",
    "the governor of Texas",
    "the Irish Taoiseach",
    "the King of Jordan",
    "the attorney general of Ohio",
    "the chief of the Indian army",
    "the European Commission's vice-president",
    "the head of the Red Crescent",
    "Spain's labour minister",
    "the head of the World Bank",
    "the Dutch prime minister",
    "the mayor of Naples",
    "the Grand Mufti of Egypt",
    "the Crown Prince of Bahrain",
    "the UN refugee agency's chief",
    "the chief justice of Kenya",
    "the Greek finance ministry",
    "the governor of the Reserve Bank of India",
    "the NATO secretary general",
    "the President of the European Council",
    "Sweden's defence chief",
    "the head of Interpol",
    "the Belgian king",
    "the Polish president's chief of staff",
    "the commander of US Central Command",
    "the Governor of California",
    "the UK's trade envoy to Japan",
    "the Lebanese parliament speaker",
    "the EU's competition commissioner",
    "the president of FIFA",
    "Nigeria's central bank governor",
    "the Danish foreign minister",
    "the head of the Chinese Academy of Sciences",
    "Portugal's environment secretary",
    "the Mexican interior ministry's spokesman",
    "the head of the IAEA",
    "the Italian deputy prime minister",
    "the chairman of Toyota",
    "the Governor of the Bank of Japan",
    "the Kenyan health chief",
    "the Thai army commander",
    "the Secretary-General of OPEC",
    "the acting president of Peru",
    "South Africa's public protector",
    "the Saudi energy minister",
    "the president of the Swiss Confederation",
    "the Australian trade envoy",
    "Egypt's foreign ministry spokesman",
    "the mayor of Rotterdam",
    "the chief executive of Airbus",
    "the Chilean mining minister",
    "the director of the FBI",
    "the Norwegian crown prince",
    "Ukraine's top prosecutor",
    "the Lord Mayor of London",
    "the EU's foreign policy chief",
    "the Finnish president",
]
WRITTEN_TEMPLATES = [
    "{A} was later thanked by {R} for the gesture.",
    "Separately, {R} urged {A} to step back from the plan.",
    "{R} hosted {A} at a dinner in {city} on {day}.",
    "On {day} {A} received a call from {R}.",
    "{A} also held talks with {R}, an aide said.",
    "{R} told {A} that the offer still stood.",
    "The plan won backing from {R}, who wrote to {A} on {day}.",
    "Earlier, {R} had warned {A} against any delay.",
    "{R} later joined {A} for a tour of the site.",
    "Meanwhile, {R} criticised {A} for the decision.",
    "{A} has since been invited to {city} by {R}.",
    "Asked by reporters, {A} said {R} had offered to help.",
    "{R} met {A} briefly on the sidelines of the summit on {day}.",
    "{A} said on {day} that {R} had called to apologise.",
    "That evening {R} sent {A} a letter of thanks.",
    "In {city}, {R} and {A} agreed to keep talking.",
    "{R} personally congratulated {A} on the outcome.",
    "By then {A} had been summoned by {R}.",
    "It was {R} who first raised the matter with {A}.",
    "{A} later dined with {R} in {city}.",
    "Shortly afterwards, {R} phoned {A}.",
    "{R} is said to have lobbied {A} for weeks.",
    "{A} declined an invitation from {R} to visit {city}.",
    "According to aides, {R} pressed {A} on the issue during a call on {day}.",
]


# Officials who only make a statement, in 25 shapes the lead wrote in session 14 (announcing,
# denying, reacting, speaking after an aside), each set run once before any change for it; the
# officials are WRITTEN_OFFICIALS but spokespeople (speaking is their job: left alone by design).
STATEMENT_TEMPLATES = [
    "The talks would resume next month, said {R}.",
    "{R} told reporters in {city} that no deal was close.",
    "{R} said in a statement that the figures were wrong.",
    "In a statement, {R} said the plan was sound.",
    "{R} wrote on social media that the decision was final.",
    "{R} insisted that nothing had been agreed.",
    "{R} warned that prices could rise further.",
    "{R} announced on {day} that the inquiry would widen.",
    "Speaking in {city}, {R} said the costs were too high.",
    "{R} declined to comment.",
    "{R} was quoted as saying the plan was dead.",
    "{R} later confirmed the figures.",
    "{R} denied the report on {day}.",
    "\u201cWe will not back down,\u201d {R} said.",
    "{R} expressed concern about the delays.",
    "The figures were disputed by {R}.",
    "{R}, speaking on state television, said the talks had failed.",
    "{R} condemned the attack as cowardly.",
    "{R} called for calm on {day}.",
    "{R} welcomed the decision.",
    "{R} criticised the delay in a post on social media.",
    "{R} vowed to rebuild the town.",
    "{R} called the ruling a disgrace.",
    "{R}, in a rare interview, said the plan would fail.",
    "{R} pledged 10 million dollars in aid.",
]


def _offices() -> dict[str, list[str]]:
    data = yaml.safe_load((REPO / "analysis" / "data" / "roles.yaml").read_text(encoding="utf-8"))
    return {name: spec["aliases"] for name, spec in data["offices"].items()}


def _official(rng: random.Random, offices: dict[str, list[str]], story: str) -> str:
    """A definite description of an official of a country or organisation ``story`` never names."""
    low = story.lower()
    if rng.random() < 0.5:
        countries = [c for c in COUNTRIES if c.lower() not in low and COUNTRIES[c].lower() not in low]
        country = rng.choice(countries)
        office = rng.choice(COUNTRY_OFFICES)
        title = rng.choice([a for a in offices[office] if len(a) > 3 and a != "premier"] or [office])
        shape = rng.randrange(3)
        if shape == 0:
            return f"the {COUNTRIES[country]} {title}"
        if shape == 1:
            return f"{country}'s {title}"
        return (
            f"the {_capitalised(title) if office in ('president', 'prime minister') else title} of {country}"
        )
    orgs = [o for o in ORGANISATIONS if o.lower() not in low]
    org = rng.choice(orgs)
    office = rng.choice(ORG_OFFICES)
    title = (
        office
        if office == "head"
        else rng.choice([a for a in offices[office] if len(a) > 3 and "-" not in a[:3]] or [office])
    )
    if rng.random() < 0.6:
        cap = (
            _capitalised(title) if office in ("president", "secretary-general", "director-general") else title
        )
        return f"the {cap} of the {org}"
    return f"the {org}'s {title}"


def _capitalised(title: str) -> str:
    """ "Director-General", "Prime Minister": every word and hyphen part capitalised."""
    return re.sub(r"(^|[\s-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), title)


def _fill(template: str, rng: random.Random, **kw) -> str:
    s = template.format(day=rng.choice(DAYS), city=rng.choice(CITIES), **kw)
    return s[0].upper() + s[1:]


def read_stories(folder: Path) -> list[dict]:
    actors = {}
    if (folder / "actors.json").exists():
        actors = json.loads((folder / "actors.json").read_text(encoding="utf-8"))
    stories = []
    for path in sorted(folder.glob("*.txt")):
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        if len(lines) < 3:
            continue
        stories.append(
            {"name": path.stem, "headline": lines[0], "paragraphs": lines[1:], "actor": actors.get(path.stem)}
        )
    return stories


def render(headline: str | None, paragraphs: list[str], layout: str) -> str:
    if layout == "block":
        return " ".join(paragraphs) + "\n"
    sep = "\n\n" if layout == "blank" else "\n"
    return sep.join(([headline] if headline else []) + paragraphs) + "\n"


def _first_paragraph_with(paragraphs: list[str], word: str) -> int:
    return next((i for i, p in enumerate(paragraphs) if word in p), len(paragraphs))


def plant(story: dict, rng: random.Random, kind: str, offices) -> tuple[list[str], str, str] | None:
    """The story's paragraphs with one planted sentence in the last third, the sentence, and the
    template it came from."""
    paragraphs = story["paragraphs"]
    n = len(paragraphs)
    actor = story["actor"]
    if kind in ("official", "unseen", "written") and not actor:
        return None
    if n < 4:
        return None
    start = max(-(-2 * n // 3), 2)  # the last third
    if actor:
        start = max(start, _first_paragraph_with(paragraphs, actor) + 1)
    if start > n:
        return None
    whole = " ".join(paragraphs)
    if kind in ("official", "unseen"):
        template = rng.choice(INTERACTING if kind == "official" else INTERACTING_UNSEEN)
        sentence = _fill(template, rng, A=actor, R=_official(rng, offices, whole))
    elif kind == "written":
        low = whole.lower()
        template = rng.choice(WRITTEN_TEMPLATES)
        official = rng.choice([o for o in WRITTEN_OFFICIALS if o.split()[-1].lower() not in low])
        sentence = _fill(template, rng, A=actor, R=official)
    elif kind == "statement":
        low = whole.lower()
        template = rng.choice(STATEMENT_TEMPLATES)
        speakers = [o for o in WRITTEN_OFFICIALS if not o.endswith(("spokesman", "spokeswoman"))]
        sentence = _fill(
            template, rng, R=rng.choice([o for o in speakers if o.split()[-1].lower() not in low])
        )
    elif kind == "speaker":
        template = rng.choice(SPEAKING)
        sentence = _fill(template, rng, R=_official(rng, offices, whole))
    else:
        template = rng.choice(SURNAME_ONLY)
        surname = rng.choice([s for s in SURNAMES if s not in whole])
        sentence = _fill(template, rng, S=surname)
    at = rng.randint(start, n)  # insert before paragraph `at` (n: at the end)...
    new = list(paragraphs)
    if rng.random() < 0.5 or at == n:
        new.insert(at, sentence)  # ...as its own paragraph
    else:
        new[at] = new[at] + " " + sentence  # ...or appended to one
    return new, sentence, template


def lint(text: str, rule) -> list:
    from datetime import date

    from factlint.linter.loader import load_document
    from factlint.linter.rule import Context

    doc = load_document(None, data=text.encode("utf-8"), display_path="story." + FORMAT[1], format=FORMAT[0])
    ctx = Context(doc, today=date(2024, 6, 1))
    return list(rule.check(doc, ctx))


def _dev_paragraphs(text: str) -> list[str]:
    """A dev article's paragraphs: its lines (XSum), or pairs of sentences (CNN/DailyMail, one
    block), as benchmarks/cast.py makes them."""
    from factlint.linter.segment import split_sentences

    if "\n" in text.strip():
        return [p.strip() for p in text.split("\n") if p.strip()]
    sentences = [text[a:b].strip() for a, b in split_sentences(text)]
    return [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]


# FL202: a person given one office early and an incompatible one later by title only.
SWAPS = [
    ("Finance Minister", "Prime Minister"),
    ("Foreign Minister", "President"),
    ("Prime Minister", "President"),
    ("Interior Minister", "Prime Minister"),
    ("chief executive", "chief financial officer"),
    ("Defence Minister", "President"),
    ("President", "Prime Minister"),
    ("Trade Minister", "Prime Minister"),
    ("Health Minister", "President"),
    ("Energy Minister", "Prime Minister"),
]
FIRST = ["Lena", "Tomas", "Amara", "Kwame", "Ines", "Pavel", "Noor", "Jonas", "Rosa", "Idris"]
LAST = [
    "Halvorsen",
    "Mbeki",
    "Castellano",
    "Novak",
    "Sorensen",
    "Abara",
    "Lindgren",
    "Ferraz",
    "Okoye",
    "Varga",
]
EARLY = [
    "{T1} {F} {L} is expected to attend the next round.",
    "{F} {L}, the {t1}, was not available for comment on {day}.",
    "The plan was also backed by {T1} {F} {L}.",
]
LATE = [
    "{T2} {L} said the matter would be settled soon.",
    "The matter would be settled soon, {T2} {L} said.",
    "Asked on {day}, {T2} {L} declined to give details.",
    "{T2} {L} later told reporters the plan would go ahead.",
    "In {city}, {T2} {L} said once again that no deal was close.",
]


# A second set (lead, session 13): the first office in four shapes news copy uses, with a
# country, and portfolios the lists do not name; 50 of 74 found at first sight (rule-tuning.md).
SWAPS_WRITTEN = [
    ("foreign minister", "prime minister"),
    ("culture minister", "president"),
    ("Defence Secretary", "Foreign Secretary"),
    ("mayor", "governor"),
    ("chief executive", "chief operating officer"),
    ("Justice Minister", "Prime Minister"),
    ("Vice President", "President"),
    ("Education Minister", "Finance Minister"),
    ("Home Secretary", "Chancellor of the Exchequer"),
    ("Deputy Prime Minister", "Prime Minister"),
    ("agriculture minister", "president"),
    ("Transport Secretary", "Health Secretary"),
]
EARLY_WRITTEN = [
    "{F} {L}, who has served as {C}'s {t1} since 2019, welcomed the move.",
    "{C}'s {t1}, {F} {L}, said the talks would continue.",
    "The {t1}, {F} {L}, told parliament the plan was sound.",
    "Among those present was {F} {L}, the {D} {t1}.",
]
LATE_WRITTEN = [
    "{T2} {L} said on {day} that no decision had been taken.",
    "{L}, the {t2}, is due to travel to {city} next week.",
    "The {t2}, {L}, rejected the claims.",
    "Speaking later, {T2} {L} struck a more cautious tone.",
]


def _written_swap(story: dict, rng: random.Random) -> tuple[str, str]:
    """One early and one late sentence of the second FL202 set for ``story``."""
    t1, t2 = rng.choice(SWAPS_WRITTEN)
    whole = " ".join(story["paragraphs"])
    country = rng.choice([c for c in COUNTRIES if c not in whole])
    last = rng.choice([l for l in LAST if l not in whole])
    early = rng.choice(EARLY_WRITTEN).format(
        F=rng.choice(FIRST), L=last, t1=t1.lower(), C=country, D=COUNTRIES[country]
    )
    late = _fill(rng.choice(LATE_WRITTEN), rng, T2=_capitalised(t2.lower()), t2=t2.lower(), L=last)
    return early[0].upper() + early[1:], late


def _score_swap(story: dict, early: str, late: str, rng, rule, counts, misses: list[str], kind: str) -> None:
    """Plant ``early`` in the first third and ``late`` in the last of ``story``; count, per
    layout, whether an FL202 finding starts in the late sentence."""
    planted, found = counts
    n = len(story["paragraphs"])
    new = list(story["paragraphs"])
    new.insert(rng.randint(-(-2 * n // 3) + 1, n), late)
    new.insert(rng.randint(1, max(1, n // 3)), early)
    for layout in LAYOUTS:
        text = render(story["headline"], new, layout)
        at = text.index(late)
        hit = any(at <= f.span.start < at + len(late) for f in lint(text, rule))
        planted[layout] += 1
        found[layout] += hit
        if not hit:
            misses.append(f"missed {kind} [{layout}] {story['name']}: {early} ... {late}")


def _fl202(stories: list[dict], dev: list[dict], alarms: list[str], misses: list[str]) -> dict:
    from factlint.rules.fl202_role_change import RoleChange

    rule = RoleChange()
    planted = {l: 0 for l in LAYOUTS}
    found = {l: 0 for l in LAYOUTS}
    planted_written = {l: 0 for l in LAYOUTS}
    found_written = {l: 0 for l in LAYOUTS}
    clean = 0
    for story in stories:
        for layout in LAYOUTS:
            findings = lint(render(story["headline"], story["paragraphs"], layout), rule)
            clean += len(findings)
            alarms += [f"FL202 real {story['name']} [{layout}]: {f.message}" for f in findings]
        paragraphs = story["paragraphs"]
        n = len(paragraphs)
        if n < 4:
            continue
        rng = random.Random(int(hashlib.sha256(story["name"].encode()).hexdigest()[:8], 16) + 202)
        t1, t2 = rng.choice(SWAPS)
        whole = " ".join(paragraphs)
        first = rng.choice(FIRST)
        last = rng.choice([l for l in LAST if l not in whole])
        early = _fill(rng.choice(EARLY), rng, T1=t1, t1=t1.lower(), F=first, L=last)
        late = _fill(rng.choice(LATE), rng, T2=t2, L=last)
        _score_swap(story, early, late, rng, rule, (planted, found), misses, "FL202")
        for k in range(2):  # the second set: its own draws, two per story
            early, late = _written_swap(story, random.Random(f"{story['name']}-{k}-fl202"))
            _score_swap(
                story, early, late, rng, rule, (planted_written, found_written), misses, "FL202 written"
            )
    dev_clean = 0
    for record in dev:
        findings = lint(record["text"].strip() + "\n", rule)
        dev_clean += len(findings)
        alarms += [f"FL202 dev {record['id'][:8]}: {f.message}" for f in findings]
    return {
        "recall": {
            l: {
                "planted": planted[l],
                "found": found[l],
                "recall": round(found[l] / planted[l], 3) if planted[l] else None,
            }
            for l in LAYOUTS
        },
        "recall_written": {
            l: {
                "planted": planted_written[l],
                "found": found_written[l],
                "recall": round(found_written[l] / planted_written[l], 3) if planted_written[l] else None,
            }
            for l in LAYOUTS
        },
        "false_alarms_real": clean,
        "false_alarms_dev": dev_clean,
    }


def run(real: Path, show: int) -> dict:
    from factlint.rules.fl201_actor_without_setup import ActorWithoutSetup

    rule = ActorWithoutSetup()
    stories = read_stories(real)
    started = time.perf_counter()
    alarms: list[str] = []
    misses: list[str] = []
    clean = _clean_real(stories, rule, alarms)
    planted, found, by_template = _planted_recall(stories, rule, _offices(), misses)
    dev = (
        [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()]
        if DEV.exists()
        else []
    )
    dev_alarms, dev_flagged, dev_layouts = _dev_clean(dev, rule, alarms)
    fl202 = _fl202(stories, dev, alarms, misses)
    n = len(stories)
    result = {
        "stories": n,
        "stories_with_actor": sum(bool(s["actor"]) for s in stories),
        "dev_articles": len(dev),
        "seconds": round(time.perf_counter() - started, 1),
        "recall": {
            k: {
                l: {
                    "planted": planted[(k, l)],
                    "found": found[(k, l)],
                    "recall": round(found[(k, l)] / planted[(k, l)], 3) if planted[(k, l)] else None,
                }
                for l in LAYOUTS
            }
            for k in PLANT_KINDS
        },
        "false_alarms_real": {
            l: {"findings": clean[l], "per_article": round(clean[l] / max(n, 1), 3)} for l in LAYOUTS
        },
        "false_alarms_dev": {
            "findings": dev_alarms,
            "articles_flagged": dev_flagged,
            "per_article": round(dev_alarms / max(len(dev), 1), 3),
            "layouts": {
                l: {"findings": dev_layouts[l], "per_article": round(dev_layouts[l] / max(len(dev), 1), 3)}
                for l in LAYOUTS
            },
        },
        "FL202": fl202,
        "official_recall_by_template": {t: {"planted": v[0], "found": v[1]} for t, v in by_template.items()},
        "targets": {"recall": 0.8, "false_alarms_per_article": 0.1},
    }
    _print_result(result, planted, found, clean, dev_layouts)
    if show:
        for line in (alarms + misses)[:show]:
            print(line)
    return result


PLANT_KINDS = (
    "official",
    "unseen",
    "speaker",
    "surname",
    "written",
    "statement",
)  # (new kinds last: the draws of the others stay)


def _clean_real(stories: list[dict], rule, alarms: list[str]) -> dict[str, int]:
    """Findings on the real stories as they are, per layout (each one a false alarm)."""
    clean = {l: 0 for l in LAYOUTS}
    for story in stories:
        for layout in LAYOUTS:
            text = render(story["headline"], story["paragraphs"], layout)
            for f in lint(text, rule):
                clean[layout] += 1
                alarms.append(f"real {story['name']} [{layout}]: {f.message}")
    return clean


def _planted_recall(stories: list[dict], rule, offices, misses: list[str]):
    """Plant actors of each kind into the real stories: (planted, found) per (kind, layout), and
    (planted, found) per template of the official and unseen plants."""
    planted = {(k, l): 0 for k in PLANT_KINDS for l in LAYOUTS}
    found = {(k, l): 0 for k in PLANT_KINDS for l in LAYOUTS}
    by_template: dict[str, list[int]] = {}
    for story in stories:
        seed = int(hashlib.sha256(story["name"].encode()).hexdigest()[:8], 16)
        for kind in PLANT_KINDS:
            for k in range(PLANTS_PER_STORY if kind in ("official", "unseen", "written", "statement") else 1):
                rng = random.Random(seed * 7 + k * 101 + PLANT_KINDS.index(kind))
                made = plant(story, rng, kind, offices)
                if made is None:
                    continue
                paragraphs, sentence, template = made
                for layout in LAYOUTS:
                    text = render(story["headline"], paragraphs, layout)
                    at = text.index(sentence)
                    hit = any(at <= f.span.start < at + len(sentence) for f in lint(text, rule))
                    planted[(kind, layout)] += 1
                    found[(kind, layout)] += hit
                    if kind in ("official", "unseen"):
                        by_template.setdefault(template, [0, 0])
                        by_template[template][0] += 1
                        by_template[template][1] += hit
                    if not hit:
                        misses.append(f"missed {kind} [{layout}] {story['name']}: {sentence}")
    return planted, found, by_template


def _dev_clean(dev: list[dict], rule, alarms: list[str]) -> tuple[int, int, dict[str, int]]:
    """Findings on the clean dev articles as they came and re-laid out: (findings, articles
    flagged, findings per layout)."""
    dev_alarms = 0
    dev_flagged = 0
    dev_layouts = {l: 0 for l in LAYOUTS}
    for record in dev:
        findings = lint(record["text"].strip() + "\n", rule)
        dev_alarms += len(findings)
        dev_flagged += bool(findings)
        alarms += [f"dev {record['id'][:8]}: {f.message}" for f in findings]
        paragraphs = _dev_paragraphs(record["text"])
        for layout in LAYOUTS:
            found_here = lint(render(None, paragraphs, layout), rule)
            dev_layouts[layout] += len(found_here)
            alarms += [
                f"dev {record['id'][:8]} [{layout}]: {f.message}" for f in found_here if layout != "lines"
            ]
    return dev_alarms, dev_flagged, dev_layouts


def _print_result(result: dict, planted, found, clean, dev_layouts) -> None:
    n, dev_n, fl202 = result["stories"], result["dev_articles"], result["FL202"]
    dev_alarms, dev_flagged = (
        result["false_alarms_dev"]["findings"],
        result["false_alarms_dev"]["articles_flagged"],
    )
    print(
        f"FL201 on real copy: {n} stories ({result['stories_with_actor']} with an actor), "
        f"{dev_n} dev articles, {result['seconds']} s"
    )
    print(f"{'plant':10} " + " ".join(f"{l:>14}" for l in LAYOUTS))
    for k in PLANT_KINDS:
        cells = []
        for l in LAYOUTS:
            p, f = planted[(k, l)], found[(k, l)]
            cells.append(f"{f:>3}/{p:<3} {f / p if p else 0:.2f}")
        print(f"{k:10} " + " ".join(f"{c:>14}" for c in cells))
    print(f"{'clean FA':10} " + " ".join(f"{clean[l]:>3} {clean[l] / max(n, 1):>8.3f}/art" for l in LAYOUTS))
    print(
        f"dev clean: {dev_alarms} findings on {dev_flagged} of {dev_n} articles "
        f"({result['false_alarms_dev']['per_article']:.3f} per article)"
    )
    print(
        "dev clean, re-laid out: "
        + ", ".join(f"{l} {dev_layouts[l]} ({dev_layouts[l] / max(dev_n, 1):.3f}/art)" for l in LAYOUTS)
    )
    print(
        "FL202 planted title swaps: "
        + ", ".join(f"{l} {fl202['recall'][l]['found']}/{fl202['recall'][l]['planted']}" for l in LAYOUTS)
        + "; second set (written): "
        + ", ".join(
            f"{l} {fl202['recall_written'][l]['found']}/{fl202['recall_written'][l]['planted']}"
            for l in LAYOUTS
        )
        + f"; false alarms on clean real copy {fl202['false_alarms_real']}, on dev as it came "
        f"{fl202['false_alarms_dev']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=REAL, help="folder of real stories (.txt)")
    parser.add_argument("--show", type=int, default=0, help="print up to N findings on clean copy and misses")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "cast_real.json")
    parser.add_argument("--markdown", action="store_true", help="check the copy as .md, not .txt")
    args = parser.parse_args(argv)
    if args.markdown:
        global FORMAT
        FORMAT = ("markdown", "md")
    if not args.real.is_dir():
        print(f"cast_real: {args.real} is not a folder of stories", file=sys.stderr)
        return 2
    result = run(args.real, args.show)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

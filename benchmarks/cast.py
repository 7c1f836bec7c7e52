"""Benchmark the cast rules FL201 (actor-without-setup) and FL202 (role-change) on clean news.

Data: the 189 clean CNN/DailyMail and XSum articles in ``../shared/data/news/dev/``. XSum
articles keep their paragraphs (one per line); CNN/DailyMail articles come as one flat line, so
they are cut into paragraphs of two sentences (the length of a typical news paragraph) with the
project's own sentence splitter.

- False alarms: FL201 and FL202 findings on the untouched articles (every one counts as false).
- Planted FL201: after the midpoint paragraph, one sentence is added in which an actor set up in
  the first half (a person the mentions analysis found there, named by surname) interacts with an
  official of an organisation the article never mentions ("Hodgson later met the
  Director-General of the International Energy Agency to discuss the matter."). Ten sentence
  templates, twelve titles and thirty organisations, drawn at random with a fixed seed.
- Planted FL202: a person the first half introduces with an office ("manager Alan Pardew") gets
  an incompatible title on a mention past the midpoint ("striker Pardew"); when there is no
  such mention, one sentence is added there ("Striker Pardew declined to comment.").
A planted case counts as found when a finding of the rule starts inside the planted sentence or
title. The planted cases pick their actors with the mentions analysis itself, so recall here
measures the rules on real article contexts, not how many names the analysis finds.

Targets (issue #5): recall >= 0.8 on each planted kind, <= 0.1 false alarms per clean article.
Model-free, about half a minute. Prints a table and writes ``benchmarks/results/cast.json``.
Run: ``python benchmarks/cast.py [--show N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[0].parent / "shared" / "data"
ARTICLES = DATA / "news" / "dev" / "articles.jsonl"
TODAY = date(2024, 6, 1)
RULES = ("FL201", "FL202")

TEMPLATES = [
    "{A} later met the {title} of the {org} to discuss the matter.",
    "The {title} of the {org} praised {A} for the decision.",
    "{A} was also thanked by the {org}'s {title}.",
    "{A} told the {title} of the {org} that the plan would go ahead.",
    "Speaking afterwards, the {title} of the {org} urged {A} to reconsider.",
    "{A} spoke with the {org} {title} by phone on Friday.",
    "The {title} of the {org} congratulated {A} on the result.",
    "{A} was criticised by the {title} of the {org}.",
    "{A} shook hands with the {title} of the {org} after the announcement.",
    "The {title} of the {org} assured {A} of continued support.",
]
TITLES = [
    "President",
    "Secretary-General",
    "Director-General",
    "chief executive",
    "chairman",
    "head",
    "Commissioner",
    "director",
    "spokesman",
    "chair",
    "vice president",
    "chief",
]
ORGANISATIONS = [
    "Asian Development Bank",
    "African Union",
    "Organization of American States",
    "International Energy Agency",
    "International Committee of the Red Cross",
    "World Food Programme",
    "European Bank for Reconstruction and Development",
    "Council of Europe",
    "Arab League",
    "International Atomic Energy Agency",
    "Inter-American Development Bank",
    "World Meteorological Organization",
    "International Labour Organization",
    "Amnesty International",
    "Human Rights Watch",
    "Greenpeace",
    "Oxfam",
    "Royal Society",
    "National Trust",
    "British Medical Association",
    "Law Society",
    "Confederation of British Industry",
    "Trades Union Congress",
    "International Cricket Council",
    "World Anti-Doping Agency",
    "Rugby Football Union",
    "Environment Agency",
    "Financial Conduct Authority",
    "Competition and Markets Authority",
    "Lawn Tennis Association",
]
# Titles that clash with an office of each conflict group (roles.yaml `conflicts`).
SWAPS = {
    "head": ["Prime Minister", "President", "Chancellor", "Governor"],
    "cabinet": ["President", "Prime Minister"],
    "corporate": ["chief financial officer", "chief executive"],
    "club-manager": ["striker", "chairman", "goalkeeper"],
    "club-player": ["manager", "chairman"],
    "board": ["manager", "striker"],
    "club-staff": ["manager"],
}


@dataclass
class Plant:
    kind: str  # "FL201" | "FL202"
    text: str  # the article with the plant
    start: int  # where the planted sentence / title is (character range in text)
    end: int
    what: str


def _paragraphs(record: dict) -> list[str]:
    from factlint.linter.segment import split_sentences

    text = record["text"]
    if "\n" in text:
        return [p.strip() for p in text.split("\n") if p.strip()]
    sentences = [text[a:b].strip() for a, b in split_sentences(text)]
    sentences = [s for s in sentences if s]
    return [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]


def _article(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _document(text: str):
    from factlint.linter.loader import load_document

    return load_document(None, data=text.encode("utf-8"), display_path="article.md", format="markdown")


def _lint(text: str, rules) -> list:
    from factlint.linter.rule import Context

    doc = _document(text)
    ctx = Context(doc, today=TODAY)
    return [f for rule in rules for f in rule.check(doc, ctx)]


def _mentions(text: str):
    from factlint.analysis.mentions import compute
    from factlint.linter.rule import Context

    doc = _document(text)
    return doc, compute(doc, Context(doc, today=TODAY))


def _offset_of_paragraph(paragraphs: list[str], index: int) -> int:
    return sum(len(p) + 2 for p in paragraphs[:index])


def _established(paragraphs: list[str], mid: int):
    """People with a full name set up in the first half (before paragraph ``mid``)."""
    doc, ms = _mentions(_article(paragraphs))
    limit = _offset_of_paragraph(paragraphs, mid)
    people = [
        e
        for e in ms.entities
        if e.kind == "person"
        and e.full_name
        and len(e.full_name.split()) >= 2
        and e.first.span.start < limit
        and not e.first.in_quote
    ]
    return doc, ms, people


def plant_actor(paragraphs: list[str], rng: random.Random) -> Plant | None:
    if len(paragraphs) < 4:
        return None
    mid = len(paragraphs) // 2
    _, _, people = _established(paragraphs, mid)
    if not people:
        return None
    person = rng.choice(people)
    surname = person.full_name.split()[-1]
    text_lower = " ".join(paragraphs).lower()
    orgs = [
        o
        for o in ORGANISATIONS
        if o.lower() not in text_lower
        and not any(
            w.lower() in text_lower.split()
            for w in o.split()
            if len(w) > 6
            and w[0].isupper()
            and w not in ("International", "Organization", "Development", "Association")
        )
    ]
    if not orgs:
        return None
    sentence = rng.choice(TEMPLATES).format(A=surname, title=rng.choice(TITLES), org=rng.choice(orgs))
    sentence = sentence[0].upper() + sentence[1:]
    at = min(mid, len(paragraphs) - 1)  # the paragraph after the midpoint gets the sentence
    new = list(paragraphs)
    new[at] = new[at] + " " + sentence
    text = _article(new)
    start = _offset_of_paragraph(new, at) + len(paragraphs[at]) + 1
    return Plant("FL201", text, start, start + len(sentence), sentence)


def plant_swap(paragraphs: list[str], rng: random.Random) -> Plant | None:
    if len(paragraphs) < 2:
        return None
    mid = len(paragraphs) // 2
    doc, ms, people = _established(paragraphs, mid)
    lex = ms.lexicon
    candidates = []
    for person in people:
        for role in person.roles:
            office = lex.offices.get(role.office)
            if office is None or office.group not in SWAPS or role.temporal:
                continue
            limit = _offset_of_paragraph(paragraphs, mid)
            if role.mention.span.start >= limit:
                continue
            swaps = [
                t
                for t in SWAPS[office.group]
                if lex.conflict(role.office, lex.titles.get(tuple(t.lower().split()), ""))
            ]
            if swaps:
                candidates.append((person, role, swaps))
                break
    if not candidates:
        return None
    person, role, swaps = rng.choice(candidates)
    title = rng.choice(swaps)
    surname = person.full_name.split()[-1]
    text = _article(paragraphs)
    limit = _offset_of_paragraph(paragraphs, mid)
    later = [
        m
        for m in person.mentions
        if m.kind == "person"
        and m.span.start >= limit
        and not m.office
        and m.text == surname
        and not m.in_quote
        and not _after_capitalised_word(text, m.span.start)
    ]
    if later:
        m = later[0]
        written = title if title[0].isupper() else title
        new = text[: m.span.start] + written + " " + text[m.span.start :]
        return Plant(
            "FL202",
            new,
            m.span.start,
            m.span.start + len(written) + 1 + len(surname),
            f"{written} {surname} (was {role.title})",
        )
    sentence = f"{title[0].upper() + title[1:]} {surname} declined to comment further."
    new = list(paragraphs)
    at = min(mid, len(paragraphs) - 1)
    new[at] = new[at] + " " + sentence
    start = _offset_of_paragraph(new, at) + len(paragraphs[at]) + 1
    return Plant("FL202", _article(new), start, start + len(sentence), f"{sentence} (was {role.title})")


def _after_capitalised_word(text: str, at: int) -> bool:
    """Whether ``text[at:]`` follows a capitalised word ("Senad Lulic"): no title goes there."""
    before = text[:at].rstrip().split()
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def run(show: int = 0) -> dict:
    from factlint.rules.fl201_actor_without_setup import ActorWithoutSetup
    from factlint.rules.fl202_role_change import RoleChange

    rules = {"FL201": ActorWithoutSetup(), "FL202": RoleChange()}
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    clean = {r: 0 for r in RULES}
    clean_articles_flagged = {r: 0 for r in RULES}
    alarms: list[tuple[str, str, str]] = []
    planted = {r: 0 for r in RULES}
    found = {r: 0 for r in RULES}
    misses: list[tuple[str, str]] = []
    sentences = 0
    for record in records:
        paragraphs = _paragraphs(record)
        text = _article(paragraphs)
        sentences += len(_document(text).sentences)
        for rule_id, rule in rules.items():
            findings = _lint(text, [rule])
            clean[rule_id] += len(findings)
            clean_articles_flagged[rule_id] += bool(findings)
            alarms += [(record["id"][:8], rule_id, f.message) for f in findings]
        seed = int(hashlib.sha256(record["id"].encode()).hexdigest()[:8], 16)
        for plant in (
            plant_actor(paragraphs, random.Random(seed)),
            plant_swap(paragraphs, random.Random(seed + 1)),
        ):
            if plant is None:
                continue
            planted[plant.kind] += 1
            findings = _lint(plant.text, [rules[plant.kind]])
            if any(plant.start <= f.span.start < plant.end for f in findings):
                found[plant.kind] += 1
            else:
                misses.append((plant.kind, plant.what))
    n = len(records)
    result = {
        "articles": n,
        "sentences": sentences,
        "seconds": round(time.perf_counter() - started, 1),
        "today": TODAY.isoformat(),
        "rules": {
            r: {
                "planted": planted[r],
                "found": found[r],
                "recall": round(found[r] / planted[r], 3) if planted[r] else None,
                "false_alarms": clean[r],
                "false_alarms_per_article": round(clean[r] / n, 3),
                "false_alarms_per_1000_sentences": round(1000 * clean[r] / max(sentences, 1), 2),
                "clean_articles_flagged": clean_articles_flagged[r],
            }
            for r in RULES
        },
        "targets": {"recall": 0.8, "false_alarms_per_article": 0.1},
    }
    print(f"cast benchmark: {n} clean news articles ({sentences} sentences), {result['seconds']} s")
    print(
        f"{'rule':6} {'planted':>8} {'found':>6} {'recall':>7} {'false alarms':>13} {'per article':>12} {'per 1k sent.':>13}"
    )
    for r in RULES:
        row = result["rules"][r]
        recall = f"{row['recall']:.3f}" if row["recall"] is not None else "-"
        print(
            f"{r:6} {row['planted']:>8} {row['found']:>6} {recall:>7} {row['false_alarms']:>13} "
            f"{row['false_alarms_per_article']:>12.3f} {row['false_alarms_per_1000_sentences']:>13.2f}"
        )
    if show:
        for article, rule_id, message in alarms[:show]:
            print(f"false alarm {article} {rule_id}: {message}")
        for kind, what in misses[:show]:
            print(f"missed {kind}: {what}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N false alarms and misses")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(
            f"cast benchmark: {ARTICLES} not found (needs ../shared/data next to the repo)", file=sys.stderr
        )
        return 2
    result = run(args.show)
    out = HERE / "results" / "cast.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mine page furniture that repeats across real pages: candidate lines for FL002's data.

    python benchmarks/mine_furniture.py POOL_DIR [POOL_DIR ...] [--min-pages 3] [--min-sites 2]

Hypothesis (issue #15): page furniture repeats across pages and sites, story text does not. The
pool is any number of folders of real page texts (kept outside the repository: their words are
not ours). Each short line (at most ``--max-words`` words) is counted twice: as it stands (case
and spaces folded) and as a shape (digits -> ``#``). A line or shape is a candidate when it recurs
on ``--min-pages`` pages of ``--min-sites`` different sites; a line seen on two pages of one site is
that site's furniture (listed apart). Lines FL002 already flags are marked ``[flagged]`` so a
reviewer sees what is still missed. The output is for a person to review: only lines that are
furniture wherever they appear go into ``rules/data/`` as patterns (never story phrases).

The site of a page is the host of its URL from an ``index.jsonl`` beside it, else the first word
of its file name. Exact duplicate files are counted once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

SUFFIXES = (".txt", ".md", ".html", ".htm")
NOT_PAGES = re.compile(r"^(readme|judgements|first_sight|index)", re.I)


def _sites(folder: Path) -> dict[str, str]:
    """File name -> host, from the folder's index.jsonl (any key ending in ``url``)."""
    index = folder / "index.jsonl"
    found: dict[str, str] = {}
    if not index.is_file():
        return found
    for line in index.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        files = [v for k, v in row.items() if isinstance(v, str) and v.lower().endswith(SUFFIXES)]
        urls = [v for k, v in row.items() if k.startswith("url") and isinstance(v, str)]
        for name, url in zip(files, urls * len(files)):
            host = urlparse(url).netloc.lower().removeprefix("www.")
            found[name] = host or name
    return found


def _site_from_name(name: str) -> str:
    words = [w for w in re.split(r"[-_.]", name) if w and not re.fullmatch(r"[a-z]?\d+", w)]
    return words[0].lower() if words else name


def pages(folders: list[Path], exclude: list[str]):
    """(site, text) of each distinct page under the folders."""
    seen: set[str] = set()
    for root in folders:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or not path.name.lower().endswith(SUFFIXES):
                continue
            if NOT_PAGES.match(path.name) or any(part in exclude for part in path.parts):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            digest = hashlib.sha1(text.encode()).hexdigest()
            if digest in seen or len(text) < 200:
                continue
            seen.add(digest)
            site = _sites(path.parent).get(path.name) or _site_from_name(path.name)
            yield site, path, text


def fold(line: str) -> str:
    return " ".join(line.split()).casefold()


def shape(line: str) -> str:
    return re.sub(r"\d+", "#", fold(line))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="+", type=Path)
    parser.add_argument("--exclude", action="append", default=[], help="folder name to leave out")
    parser.add_argument("--min-pages", type=int, default=3)
    parser.add_argument("--min-sites", type=int, default=2)
    parser.add_argument("--max-words", type=int, default=10)
    parser.add_argument("--no-lint", action="store_true", help="do not mark lines FL002 flags")
    args = parser.parse_args(argv)
    lint = None
    if not args.no_lint:
        from factlint.linter.engine import lint_text

        lint = lint_text
    where: dict[str, dict[str, set[str]]] = {"line": defaultdict(set), "shape": defaultdict(set)}
    sites_of: dict[str, dict[str, set[str]]] = {"line": defaultdict(set), "shape": defaultdict(set)}
    example: dict[str, str] = {}
    flagged: set[str] = set()
    n = 0
    for site, path, text in pages(args.folder, args.exclude):
        n += 1
        lines = text.splitlines()
        if lint is not None:
            for f in lint(text, display_path=path.name, select=["FL002"]):
                for i in range(f.span.line, f.span.end_line + 1):
                    if 0 < i <= len(lines):
                        flagged.add(fold(lines[i - 1]))
        for line in {ln.strip() for ln in lines if ln.strip()}:
            if len(line.split()) > args.max_words or len(line) > 100:
                continue
            for kind, key in (("line", fold(line)), ("shape", shape(line))):
                where[kind][key].add(str(path))
                sites_of[kind][key].add(site)
                example.setdefault(key, line)
    print(f"{n} distinct pages")
    for kind in ("line", "shape"):
        rows = [
            (len(where[kind][k]), len(sites_of[kind][k]), k)
            for k in where[kind]
            if len(where[kind][k]) >= args.min_pages and len(sites_of[kind][k]) >= args.min_sites
        ]
        if kind == "shape":  # shapes add something only where digits were folded
            rows = [r for r in rows if "#" in r[2]]
        print(f"\n== {kind}s on >= {args.min_pages} pages of >= {args.min_sites} sites: {len(rows)}")
        for pages_n, sites_n, key in sorted(rows, reverse=True):
            mark = "[flagged]" if fold(example[key]) in flagged else "[missed] "
            print(f"{pages_n:4d} pages {sites_n:3d} sites {mark} {example[key]!r}")
    per_site = [
        (len(ps), next(iter(sites_of["line"][k])), k)
        for k, ps in where["line"].items()
        if len(ps) >= 2 and len(sites_of["line"][k]) == 1 and "." in next(iter(sites_of["line"][k]))
    ]
    print(f"\n== lines on >= 2 pages of one site (that site's furniture): {len(per_site)}")
    for pages_n, site, key in sorted(per_site, reverse=True):
        mark = "[flagged]" if key in flagged else "[missed] "
        print(f"{pages_n:4d} pages {site:28s} {mark} {example[key]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

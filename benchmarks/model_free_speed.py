"""The model-free rules against proselint, whole process, on the same articles; and one 1 MB live blog.

    python benchmarks/model_free_speed.py              # 3 paired rounds on dev news + ContraDoc
    python benchmarks/model_free_speed.py --rounds 5 --no-big
    python benchmarks/model_free_speed.py --big-only   # only the generated 1 MB live blog
    python benchmarks/model_free_speed.py --figures-only   # only FL401-FL403 on a blog of figures

Articles: the 189 clean dev news articles and the 298 ContraDoc dev documents (``../shared/data``
next to the repository, never copied into it), written to a temporary folder as ``.txt`` files.
Each round runs both tools as fresh processes on every file in one invocation, in alternating
order (a busy moment on a shared machine then hurts neither side more), and records wall and CPU
time of the whole process: interpreter start, imports, loading, checking and printing, which is
what a writer or a CI job waits for. factlint runs ``check --select`` of every rule that needs no
model (read from the registry) with ``--jobs 1`` (one process, as proselint) and once with its
default ``--jobs`` (worker processes on every core). proselint (``pip install proselint``, a
pure-Python regex prose linter) is the yardstick; the benchmark skips it when not installed.

The live blog is generated (no third-party text): 1 MB of timestamped updates with people,
titles, quotes, figures, dates and share/"Read more" lines, the mix that made the mentions
analysis and FL002 slow. It runs once through ``factlint check`` with the same rules. A second
generated blog (``figure_blog``, 180 KB by default) is an update a line, each giving three figures
of the same three kinds (homes cut off, lines mended, their cost in millions): thousands of
figures of one unit, which FL401-FL403 compare with each other; it runs through those three rules
alone (``--figures-only`` runs only it).

Both tools start from compiled bytecode, as an installed package does: pip compiles proselint's
modules when it installs the wheel, but an editable install of factlint leaves its own modules as
source, and where ``PYTHONDONTWRITEBYTECODE`` is set (CI images, this project's sandboxes) every
run would compile about 80 modules again (~0.15 s a process). The benchmark compiles factlint's
package first (``--no-compile`` measures without), and one check of one file before the rounds
stores the compiled regular expressions and dataclass methods beside that bytecode, as the first
run of an installed factlint does (a run without them starts about 0.15 s later).

Prints a table and writes ``benchmarks/results/model_free_speed.json`` (medians and every round).
"""

from __future__ import annotations

import os
import sys

# Run as a script, this folder comes first on sys.path, where sibling benchmarks would shadow
# standard modules of the same name.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def write_articles(folder: Path, data: Path) -> int:
    """The dev news articles (one paragraph per line, blank lines between) and ContraDoc documents."""
    count = 0
    for line in (data / "news" / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            text = "\n\n".join(p.strip() for p in record["text"].splitlines() if p.strip()) + "\n"
            (folder / f"news-{record['id'][:16]}.txt").write_text(text, encoding="utf-8")
            count += 1
    for name in ("positives", "negatives-truncated"):
        lines = (data / "contradoc" / "dev" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(x for x in lines if x.strip()):
            (folder / f"contradoc-{name}-{n:03}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
            count += 1
    return count


def live_blog(size: int, seed: int = 20) -> str:
    """A generated live blog of about ``size`` characters: updates naming people by title and
    surname, quoting them, with tolls, dates, times and page furniture between the updates."""
    rng = random.Random(seed)
    people = [
        ("Prime Minister", "Anna Kovacs"),
        ("Interior Minister", "Pedro Almeida"),
        ("police chief", "Maria Lindqvist"),
        ("Mayor", "Tomas Novak"),
        ("spokesman for the fire service", "Daniel Okafor"),
        ("Health Secretary", "Ruth Byrne"),
    ]
    places = ["the market", "the old town", "the harbour", "Central Station", "the northern bridge"]
    months = ["May", "June", "July"]
    parts = ["# Live: floods and storms across the region\n"]
    size_now, n = len(parts[0]), 0
    while size_now < size:
        title, name = people[n % len(people)]
        surname = name.split()[-1]
        hour, minute = 6 + n // 60 % 17, n % 60
        update = [f"{hour:02}:{minute:02}"]
        if n % 7 == 0:
            update.append(
                f"{title} {name} visited {rng.choice(places)} on {rng.randint(1, 28)} "
                f"{rng.choice(months)} 2024, where {rng.randint(2, 90)} homes were flooded."
            )
        update.append(
            f"At least {rng.randint(2, 40)} people have died and {rng.randint(10, 400)} were "
            f"rescued from {rng.choice(places)}, officials said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
        )
        update.append(
            f'"We are doing everything we can," {surname} told reporters. "The water is '
            f'still rising near {rng.choice(places)}."'
        )
        if n % 5 == 0:
            update.append(
                f"Rainfall reached {rng.randint(40, 180)}mm in {rng.randint(3, 30)} hours, "
                f"up {rng.randint(5, 60)}% on the wettest day last year."
            )
        if n % 11 == 0:
            update.append("Share this post")
            update.append("Read more: How the storm unfolded")
        parts.append("\n\n".join(update) + "\n")
        size_now += len(parts[-1]) + 1
        n += 1
    return "\n".join(parts)


def figure_blog(size: int, seed: int = 40) -> str:
    """A generated blog of about ``size`` characters, one update a paragraph, each with three
    figures of the kinds every other update gives too."""
    rng = random.Random(seed)
    parts = ["Storm live: updates from the Brannoch valley\n"]
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(
            f"At {rng.randint(1, 12)}:{rng.randint(0, 59):02} the valley council said "
            f"{rng.randint(100, 9999)} homes in district {n % 31} were cut off, and crews mended "
            f"{rng.randint(10, 500)} cables at a cost of ${rng.randint(100, 9999) / 100:.2f} million.\n"
        )
        n += 1
    return "\n".join(parts)


def compile_package() -> None:
    """Bytecode for factlint's own modules (what ``pip install`` of a wheel writes)."""
    import compileall

    packages = (REPO / name for name in ("linter", "rules", "models", "analysis"))
    compileall.compile_file(REPO / "__init__.py", quiet=2)
    for folder in packages:
        compileall.compile_dir(folder, quiet=2)


def model_free_rules() -> list[str]:
    from factlint.linter.registry import load_rules

    return sorted(rid for rid, cls in load_rules().items() if not cls.needs_model)


def timed(command: list[str], env: dict) -> dict:
    """Wall and CPU seconds (user + system) and peak memory of one process run to its end.

    The figures are that one child's (``os.wait4``): ``RUSAGE_CHILDREN``'s peak is the largest
    of every child waited for so far, so each tool after the biggest would show its peak."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = [], []
    readers = [
        threading.Thread(target=lambda s, b: b.append(s.read()), args=(stream, buf))
        for stream, buf in ((proc.stdout, out), (proc.stderr, err))
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    for reader in readers:
        reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: Popen must not wait again
    wall = time.perf_counter() - started
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "rc": proc.returncode,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # KiB on Linux
        "stdout": out[0],
        "stderr": err[0],
    }


def factlint_command() -> list[str]:
    """The installed console script, as a user runs it (else the module)."""
    script = shutil.which("factlint", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "factlint.linter.cli"]


def commands(files: list[str], rules: list[str]) -> dict[str, list[str]]:
    factlint = [
        *factlint_command(),
        "check",
        "--select",
        ",".join(rules),
        "--format",
        "json",
        "--no-cache",
        "--no-progress",
    ]
    runs = {
        "factlint --jobs 1": factlint + ["--jobs", "1", *files],
        "factlint (default jobs)": factlint + files,
    }
    proselint = shutil.which("proselint", path=os.path.dirname(sys.executable)) or shutil.which("proselint")
    if proselint:
        runs["proselint"] = [proselint, "check", *files]
    return runs


def findings_count(stdout: bytes) -> int | None:
    try:
        report = json.loads(stdout)
    except ValueError:
        return None
    found = report.get("findings", report) if isinstance(report, dict) else report
    return len(found) if isinstance(found, list) else None


def paired_rounds(folder: Path, rules: list[str], rounds: int, env: dict) -> dict:
    files = sorted(str(p) for p in folder.glob("*.txt"))
    runs = commands(files, rules)
    names = list(runs)
    # One check of the same articles first: it stores the compiled patterns and dataclass methods
    # beside the bytecode (linter/startup_cache.py), as a newsroom's earlier CI run does (some
    # FL002 patterns are compiled only when a sentence needs them, so one file would store too
    # few); the rounds then measure every later run. Written despite PYTHONDONTWRITEBYTECODE, as
    # compile_package writes bytecode.
    warm = runs["factlint --jobs 1"]
    warm_env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if timed(warm, warm_env)["rc"] not in (0, 1):
        raise SystemExit("factlint failed on the warm-up run")
    samples: dict[str, list[dict]] = {name: [] for name in names}
    for r in range(rounds):
        order = names if r % 2 == 0 else names[::-1]
        for name in order:
            result = timed(runs[name], env)
            if name.startswith("factlint") and result["rc"] not in (0, 1):
                raise SystemExit(f"{name} failed ({result['rc']}): {result['stderr'].decode()[-500:]}")
            result["findings"] = findings_count(result["stdout"]) if name.startswith("factlint") else None
            samples[name].append({k: v for k, v in result.items() if k not in ("stdout", "stderr")})
    summary = {}
    for name, rows in samples.items():
        summary[name] = {
            "wall_s": round(statistics.median(r["wall_s"] for r in rows), 3),
            "cpu_s": round(statistics.median(r["cpu_s"] for r in rows), 3),
            "findings": rows[0]["findings"],
            "rounds": rows,
        }
    return {"articles": len(files), "rules": rules, "tools": summary}


def big_blog(folder: Path, rules: list[str], env: dict, size: int, text=live_blog) -> dict:
    path = folder / f"{text.__name__.replace('_', '-')}.md"
    path.write_text(text(size), encoding="utf-8")
    command = [
        *factlint_command(),
        "check",
        "--select",
        ",".join(rules),
        "--format",
        "json",
        "--no-cache",
        "--no-progress",
        "--jobs",
        "1",
        str(path),
    ]
    result = timed(command, env)
    if result["rc"] not in (0, 1):
        raise SystemExit(f"live blog failed ({result['rc']}): {result['stderr'].decode()[-500:]}")
    return {
        "bytes": path.stat().st_size,
        "wall_s": result["wall_s"],
        "cpu_s": result["cpu_s"],
        "findings": findings_count(result["stdout"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds (medians reported)")
    parser.add_argument("--big-size", type=int, default=1_000_000, help="live blog size in characters")
    parser.add_argument("--no-big", action="store_true", help="skip the live blog")
    parser.add_argument("--big-only", action="store_true", help="only the live blog")
    parser.add_argument(
        "--figures-size", type=int, default=180_000, help="blog of figures size in characters"
    )
    parser.add_argument("--figures-only", action="store_true", help="only FL401-FL403 on the blog of figures")
    parser.add_argument(
        "--no-compile", action="store_true", help="leave factlint's modules uncompiled (source only)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "model_free_speed.json")
    args = parser.parse_args(argv)

    if args.figures_only:
        args.big_only = args.no_big = True
    if not args.big_only and not (args.data / "news" / "dev" / "articles.jsonl").is_file():
        print(
            f"error: {args.data} has no news/dev/articles.jsonl (the shared data lives next to the "
            "repository)",
            file=sys.stderr,
        )
        return 2
    if not args.no_compile:
        compile_package()
    rules = model_free_rules()
    env = dict(os.environ, FACTLINT_CACHE_DIR=tempfile.mkdtemp(prefix="factlint-speed-cache-"))
    result: dict = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "factlint_bytecode": "source only" if args.no_compile else "compiled before the rounds",
    }
    with tempfile.TemporaryDirectory(prefix="factlint-speed-") as tmp:
        folder = Path(tmp)
        if not args.big_only:
            (folder / "articles").mkdir()
            write_articles(folder / "articles", args.data)
            result["articles"] = paired_rounds(folder / "articles", rules, args.rounds, env)
        if not args.no_big:
            result["live_blog"] = big_blog(folder, rules, env, args.big_size)
        if args.figures_only or not args.big_only:
            figures = ["FL401", "FL402", "FL403"]
            result["figure_blog"] = big_blog(folder, figures, env, args.figures_size, figure_blog)
    shutil.rmtree(env["FACTLINT_CACHE_DIR"], ignore_errors=True)

    result["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(
        f"load average (1, 5, 15 min) before {result['machine']['load_average']}, "
        f"after {result['machine']['load_average_after']}; factlint bytecode: {result['factlint_bytecode']}"
    )
    if "articles" in result:
        block = result["articles"]
        print(
            f"{block['articles']} articles, whole process, median of {args.rounds} paired rounds; "
            f"rules: {','.join(rules)}"
        )
        print(f"  {'tool':<26}{'wall s':>8}{'CPU s':>8}{'findings':>10}")
        for name, row in block["tools"].items():
            found = "" if row["findings"] is None else row["findings"]
            print(f"  {name:<26}{row['wall_s']:>8.2f}{row['cpu_s']:>8.2f}{found:>10}")
    if "live_blog" in result:
        blog = result["live_blog"]
        print(
            f"live blog {blog['bytes'] / 1e6:.2f} MB, model-free rules, --jobs 1: "
            f"{blog['wall_s']:.1f} s wall, {blog['cpu_s']:.1f} s CPU, {blog['findings']} findings"
        )
    if "figure_blog" in result:
        blog = result["figure_blog"]
        print(
            f"blog of figures {blog['bytes'] / 1e6:.2f} MB, FL401-FL403, --jobs 1: "
            f"{blog['wall_s']:.1f} s wall, {blog['cpu_s']:.1f} s CPU, {blog['findings']} findings"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

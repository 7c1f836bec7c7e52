"""The two steps of the GitHub Action (``action.yml``): choose the articles, then check them.

``python -m factlint.linter.github_action choose`` lists the articles a pull request adds or
modifies under ``PATHS`` (``git diff BASE_SHA HEAD``), or ``PATHS`` themselves when
``CHANGED_ONLY`` is not "true" or the event is not a pull request.

The configuration is trusted only from the base branch: in a pull request, ``CONFIG`` (default
``.factlint.yaml``) is read as it is in the base commit, and the run is in CI mode (no config
discovered in the checkout), so a pull request cannot switch rules off, lower ``fail-on`` or name
another model. Outside a pull request ``CONFIG`` is read from the checkout.

``python -m factlint.linter.github_action check`` runs the engine once on them and renders that
one result three ways: workflow annotations on stdout, a SARIF file for code scanning and a
short job summary (``$GITHUB_STEP_SUMMARY``). Step outputs go to ``$GITHUB_OUTPUT``.

Inputs arrive as environment variables, never interpolated into a shell command, so a branch
or file name cannot inject commands. Everything from the articles that reaches the summary is
escaped for Markdown; the annotations use the github reporter's escaping.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

SUMMARY_LIMIT = 30  # findings listed in the job summary; the rest are counted


def _output(name: str, value: str) -> None:
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{name}={value}\n")


def _temp() -> Path:
    return Path(os.environ.get("RUNNER_TEMP") or ".")


def _fail(message: str) -> int:
    from .reporters.github import escape_data

    print(f"::error title=factlint::{escape_data(message)}")
    _output("exit-code", "2")
    return 2


def input_paths(value: str) -> list[str]:
    """The ``paths`` input: one path a line, as multi-value inputs usually are (so a folder
    may have a space in its name), or, written on one line, paths separated by spaces."""
    if "\n" in value:
        names = [line.strip() for line in value.splitlines()]
    else:
        names = value.split()
    return [n for n in names if n] or ["."]


def choose() -> int:
    from .engine import _article_suffixes

    paths = input_paths(os.environ.get("PATHS", "."))
    base = os.environ.get("BASE_SHA", "").strip()
    changed_only = os.environ.get("CHANGED_ONLY", "true").strip().lower() == "true"
    listing = _temp() / "factlint-articles.txt"
    if base and not re.fullmatch(r"[0-9a-fA-F]{7,64}", base):
        return _fail(f"base commit {base!r} is not a commit id")
    if base and not changed_only:
        # whole files, but a pull request still: its own .factlint.yaml must not configure the
        # run (it did, through CONFIG from the checkout), so the base commit must be there
        has_base = subprocess.run(["git", "cat-file", "-e", f"{base}^{{commit}}"], capture_output=True)
        if has_base.returncode != 0:
            return _fail(
                "cannot read the config from the pull request's base commit; check out with "
                "`fetch-depth: 0` (actions/checkout) so the base is available"
            )
    if changed_only and base:
        done = subprocess.run(
            [
                "git",
                "diff",
                "--name-only",
                "-z",
                "--no-renames",
                "--diff-filter=AM",
                base,
                "HEAD",
                "--",
                *paths,
            ],
            capture_output=True,
        )
        if done.returncode != 0:
            return _fail(
                "cannot compare with the pull request's base commit; check out with "
                "`fetch-depth: 0` (actions/checkout) so the base is available"
            )
        suffixes = _article_suffixes()
        names = [
            n
            for n in done.stdout.decode("utf-8", "surrogateescape").split("\0")
            if n and n.lower().endswith(suffixes) and Path(n).is_file()
        ]
        _output("diff-base", base)
    else:
        names = paths
        _output("diff-base", "")
    if base:
        _output("config", _base_config(base))
    else:
        config = os.environ.get("CONFIG", ".factlint.yaml").strip()
        if config == DEFAULT_CONFIG and not Path(config).is_file() and _is_factlint_pyproject(PYPROJECT):
            config = PYPROJECT  # the default: .factlint.yaml, else pyproject.toml's [tool.factlint]
        _output("config", config if config and Path(config).is_file() else "")
    listing.write_text("\0".join(names), encoding="utf-8", errors="surrogateescape")
    _output("list", str(listing))
    _output("count", str(len(names)))
    print(f"factlint: {len(names)} article{'s' if len(names) != 1 else ''} to check")
    return 0


BASE_CONFIG_NAME = ".factlint-base-config.yaml"
DEFAULT_CONFIG = ".factlint.yaml"
PYPROJECT = "pyproject.toml"


def _is_factlint_pyproject(name: str) -> bool:
    from .config import has_factlint_table

    return Path(name).is_file() and has_factlint_table(Path(name))


def _base_config(base: str) -> str:
    """The config as the base commit has it ("" when it has none), written beside the config in
    the checkout: its relative paths (``register: people.yaml``, sources, word lists, a model
    folder) are relative to its folder, and from a copy in the runner's temporary folder each
    was "does not exist" or outside the project, so every pull request failed. With the default
    input, a base without ``.factlint.yaml`` whose ``pyproject.toml`` has ``[tool.factlint]``
    gives that (copied as ``.factlint-base-config.toml``)."""
    from .config import declares_factlint_table

    name = os.environ.get("CONFIG", DEFAULT_CONFIG).strip() or DEFAULT_CONFIG
    shown = subprocess.run(["git", "show", f"{base}:{name}"], capture_output=True)
    if shown.returncode != 0 and name == DEFAULT_CONFIG:
        pyproject = subprocess.run(["git", "show", f"{base}:{PYPROJECT}"], capture_output=True)
        if pyproject.returncode == 0 and declares_factlint_table(pyproject.stdout):
            name, shown = PYPROJECT, pyproject
    if shown.returncode != 0:
        print(f"factlint: the base commit has no {name}; using the defaults")
        return ""
    # a TOML config stays TOML: its [tool.factlint] table is what is read
    copy = BASE_CONFIG_NAME if not name.lower().endswith(".toml") else Path(BASE_CONFIG_NAME).stem + ".toml"
    target = Path(name).parent / copy
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.parent.resolve().is_relative_to(Path.cwd().resolve()):
        target = _temp() / copy  # the pull request made the folder a link out
    target.unlink(missing_ok=True)  # a link of the pull request's there is replaced, not followed
    target.write_bytes(shown.stdout)
    return str(target)


# `&` too: an entity (`&#8238;`) would be rendered as the character it names, a bidi override
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def markdown_text(text: str) -> str:
    """Untrusted text as inert Markdown on one line: specials escaped, control characters gone."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(result) -> str:
    from .finding import Severity

    findings = result.findings
    lines = ["## factlint", ""]
    if not result.files and not result.errors:
        return "\n".join(lines + ["No articles changed: nothing to check.", ""])
    counts = Counter(f.severity for f in findings)
    lines.append(
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {len(result.files)} "
        f"article{'s' if len(result.files) != 1 else ''}: {_count(counts[Severity.ERROR], 'error')}, "
        f"{_count(counts[Severity.WARNING], 'warning')}, {counts[Severity.INFO]} info."
    )
    if result.errors:
        lines += ["", f"**{len(result.errors)} could not be checked:**", ""]
        lines += [f"- {markdown_text(str(e))}" for e in result.errors[:SUMMARY_LIMIT]]
    if findings:
        by_rule = Counter((f.rule_id, f.name) for f in findings)
        lines += ["", "| rule | findings |", "| --- | --- |"]
        lines += [f"| {rule_id} {name} | {n} |" for (rule_id, name), n in sorted(by_rule.items())]
        lines += ["", "| where | rule | severity | message |", "| --- | --- | --- | --- |"]
        for f in findings[:SUMMARY_LIMIT]:
            lines.append(
                f"| {markdown_text(f.path)}:{f.span.line} | {f.rule_id} | {f.severity} | "
                f"{markdown_text(f.message)} |"
            )
        if len(findings) > SUMMARY_LIMIT:
            lines.append(
                f"\n…and {len(findings) - SUMMARY_LIMIT} more (see the annotations or code scanning)."
            )
    return "\n".join(lines + [""])


def check() -> int:
    from .engine import RunOptions, check_paths
    from .errors import FactlintError
    from .registry import installed
    from .reporters import render

    listing = Path(os.environ.get("ARTICLES_FILE") or _temp() / "factlint-articles.txt")
    names = (
        [n for n in listing.read_text(encoding="utf-8", errors="surrogateescape").split("\0") if n]
        if listing.exists()
        else []
    )
    # CI mode: only the config chosen above (from the base commit in a pull request) counts
    opts = RunOptions(
        fail_on=os.environ.get("FAIL_ON") or None,
        config=os.environ.get("TRUSTED_CONFIG") or None,
        diff=os.environ.get("DIFF_BASE") or None,
        no_discover=True,
        # the changed files stand for the folders in `paths`: a README or a file outside the
        # config's `include` is skipped as `factlint check <folder>` skips it
        named_as_walked=bool(os.environ.get("DIFF_BASE")),
    )
    registry = installed()  # read once: the run and the reports use the same rules
    opts.registry = registry
    sarif_path = _temp() / "factlint.sarif"
    if names:
        try:
            result = check_paths(names, opts)
        except FactlintError as err:
            return _fail(err.message if hasattr(err, "message") else str(err))
        rules = registry.rules
        annotations = render(result, "github", rules)
        if annotations:
            print(annotations)
        sarif_path.write_text(render(result, "sarif", rules) + "\n", encoding="utf-8")
        _output("sarif", str(sarif_path))
        code = result.exit_code
    else:
        from .finding import RunResult

        result, code = RunResult(), 0
        _output("sarif", "")
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(summary(result))
    _output("findings", str(len(result.findings)))
    _output("exit-code", str(code))
    return 0  # the action's last step turns exit-code into the verdict, after the SARIF upload


def main(argv: list[str]) -> int:
    steps = {"choose": choose, "check": check}
    if len(argv) != 1 or argv[0] not in steps:
        print("usage: python -m factlint.linter.github_action choose|check", file=sys.stderr)
        return 2
    return steps[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

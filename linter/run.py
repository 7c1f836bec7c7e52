"""What one run is asked (``RunOptions``, from the command line) and what it gives back
(``CheckResult``): the types the engine, the parallel runner and the CLI share."""

from __future__ import annotations

import os

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import EXIT_OK
from .finding import RunResult

if TYPE_CHECKING:  # pragma: no cover
    from .registry import Registry


@dataclass
class RunOptions:
    """What the command line asks for; ``None`` means "as the config (or the default) says"."""

    select: list[str] | None = None  # only these rules (overrides `off` in configs)
    ignore: list[str] = field(default_factory=list)  # never these rules
    fail_on: str | None = None  # error | warning | info | never
    config: str | Path | None = None  # use this config for every file instead of discovery
    baseline: str | Path | None = None  # drop findings accepted in this baseline
    write_baseline: str | Path | None = None  # write all current findings here instead
    stdin: bytes | None = None  # the article read from stdin when a path is "-"
    stdin_filename: str | None = None  # its name (format, config discovery, display)
    no_cache: bool = False
    sources: list[str] | None = None  # replaces the config's `sources`
    model: str | None = None
    device: str | None = None
    precision: str | None = None
    today: date | None = None  # for date rules; None = today
    keep_texts: bool = False  # keep each article's text in the result (the html article view)
    diff: str | None = None  # report only findings on lines changed since this git revision
    jobs: int = 1  # worker processes (linter/parallel.py); 1: this process only
    # jobs is the default (the cores), not asked for: a run too small to repay starting workers
    # stays in this process (parallel.workers_for)
    jobs_by_default: bool = False
    # called before each article with (index, total, display path): the CLI's progress bar
    progress: "Callable[[int, int, str], None] | None" = None
    # CI mode: no config discovery; only --config (else the defaults) configures the run
    no_discover: bool = False
    # seconds one file may take (reading, rules, findings); None or 0: no limit
    time_budget: float | None = None
    # files named in `paths` are chosen as a folder walk chooses (linter/include.py): the
    # GitHub Action names the files a pull request changed, and a changed README is no article
    named_as_walked: bool = False
    # a folder walk leaves out what git ignores; None: each file's config says (default yes)
    respect_gitignore: bool | None = None
    # the rules this run can use; None: the installed ones, read once when the run starts
    registry: "Registry | None" = None


@dataclass
class CheckResult(RunResult):
    """A RunResult plus what the CLI needs to finish: the exit code and notices for stderr."""

    exit_code: int = EXIT_OK
    notices: list[str] = field(default_factory=list)
    baseline_written: int | None = None  # entries written by --write-baseline
    hidden: int = 0  # findings the baseline accepted


def not_articles_notice(count: int) -> str:
    return (
        f"{count} file(s) found in the folders were not checked: project documents "
        "(README, CHANGELOG, LICENSE...), factlint's own HTML reports, ignored by git, outside "
        "the config's `include` or matched by its `ignore`; name a file to check it (unless "
        "`ignore` matches it)"
    )


def baseline_notice(baseline: "str | Path", hidden: int, lost: bool = False) -> str:
    """``lost``: no file the baseline names is there, from its folder (``Baseline.names_no_file``)."""
    notice = f"the baseline {baseline} hid {hidden} accepted finding{'' if hidden == 1 else 's'}"
    if lost:
        # its paths are relative to its own folder: a copy elsewhere (the base branch's,
        # fetched to a temporary folder in CI) hides nothing, and "hid 0" alone does not say why
        folder = os.path.dirname(os.path.abspath(baseline))
        notice += (
            f"; none of the files it names is there: its paths are relative to its own folder "
            f"({folder}), so keep it (or a copy) in the folder it was written in"
        )
    return notice

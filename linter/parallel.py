"""``--jobs N``: check articles in N worker processes, with output identical to a serial run.

The parent discovers the articles, deals them out in small batches (so one long article does not
leave the other workers idle), and merges the workers' results in the serial run's order. Each
worker is one long-lived process: it loads the model once and keeps it for every batch, and its
numeric libraries get ``cores // N`` threads (at least one) so N workers never oversubscribe the
machine. The NLI score cache is SQLite, which several processes may read and write at once.

Runs of a few articles stay in this process: starting a worker and loading a model there costs
more than it saves (``MIN_ARTICLES_PER_WORKER``). So does, unless ``--jobs`` was asked for, a run
of model-free rules on a few MB of text (``MODEL_FREE_BYTES_PER_WORKER``).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable

from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .finding import FileError, Finding
from .run import CheckResult, RunOptions, baseline_notice

MIN_ARTICLES_PER_WORKER = 8
BATCHES_PER_WORKER = 4
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "FACTLINT_THREADS")


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# A worker costs about 0.6 CPU s to start (a fresh interpreter importing factlint and building
# the rules' patterns), paid again by every worker, while the model-free rules check about 250 kB
# of text a CPU second: on the 487 dev/ContraDoc articles (1.3 MB) two default workers took 6.6
# CPU s and longer wall time than one process's 5.4 s on a shared 2-core machine. From 2 MB a
# worker (about 8 s of work each) the start-up is under a tenth of its share.
MODEL_FREE_BYTES_PER_WORKER = 2_000_000


def workers_for(jobs: int, articles: int, model_free_bytes: int | None = None) -> int:
    """Worker processes for ``articles`` files; ``model_free_bytes``: their size, when no rule
    of the run needs a model and the number of workers is ours to choose."""
    workers = max(1, min(jobs, articles // MIN_ARTICLES_PER_WORKER))
    if model_free_bytes is not None:
        workers = max(1, min(workers, model_free_bytes // MODEL_FREE_BYTES_PER_WORKER))
    return workers


def _init_worker(threads: int) -> None:
    # before any numeric library is imported in this fresh (spawned) process
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, str(threads))


def _batches(paths: list[str], count: int) -> list[list[str]]:
    """Consecutive runs of articles, so each batch reads files near each other."""
    size = max(1, -(-len(paths) // count))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def check_in_workers(
    paths: list[str],
    discovery_errors: list[FileError],
    opts: RunOptions,
    workers: int,
    check: Callable[[list[str], RunOptions], CheckResult],
    unchecked: int | None = None,
) -> CheckResult:
    """``check(batch, opts)`` in each worker (the engine passes its serial ``check_paths``, a
    module-level function a spawned worker imports by name) and the results merged.
    ``unchecked``: the paths discovery left unchecked (default: one per discovery error)."""
    # imported here: every run asks this module for the cores, few start workers (~10 ms)
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    threads = max(1, available_cores() // workers)
    worker_opts = replace(opts, jobs=1, progress=None)
    batches = _batches(paths, workers * BATCHES_PER_WORKER)
    results: list[CheckResult] = []
    done = 0
    # spawn, not fork: a forked copy of a process that has loaded a model or started threads
    # can deadlock; a spawned worker imports factlint afresh
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(threads,)
    ) as pool:
        futures = [pool.submit(check, batch, worker_opts) for batch in batches]
        for batch, future in zip(batches, futures):
            if opts.progress is not None:
                opts.progress(done, len(paths), batch[0])
            results.append(future.result())  # a FactlintError of the run raises here, as serially
            done += len(batch)

    merged = CheckResult()
    for part in results:
        merged.files.extend(part.files)
        merged.findings.extend(part.findings)
        merged.errors.extend(part.errors)
        merged.texts.update(part.texts)
        merged.hidden += part.hidden
        merged.uncompared += part.uncompared
        merged.uncompared_rules = sorted({*merged.uncompared_rules, *part.uncompared_rules})
        for notice in part.notices:
            if not notice.startswith("the baseline ") and notice not in merged.notices:
                merged.notices.append(notice)
    # an error about a shared file (a register, a config) is shown once, as in a serial run
    unique = {(e.path, e.line, e.message): e for e in discovery_errors + merged.errors}
    merged.errors = sorted(unique.values(), key=lambda e: (e.path, e.line or 0, e.message))
    merged.files.sort()
    merged.findings.sort(key=Finding.sort_key)
    before = len(discovery_errors) if unchecked is None else unchecked
    merged.unchecked = before + sum(p.unchecked or 0 for p in results)
    if opts.baseline is not None:
        merged.notices.insert(0, baseline_notice(opts.baseline, merged.hidden))
    if merged.errors:
        merged.exit_code = EXIT_ERROR
    elif any(p.exit_code == EXIT_FINDINGS for p in results):
        merged.exit_code = EXIT_FINDINGS
    else:
        merged.exit_code = EXIT_OK
    return merged

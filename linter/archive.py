"""``factlint archive``: check a whole archive on Ray, resumable, with the engine of ``check``.

Inputs: folders of articles, JSON Lines files and Parquet files. A record has ``id`` and
``text`` and optionally ``title``, ``date`` and ``sources`` (as in front matter); they become the
article's front matter. Ray Data deals the records to a pool of actors, each holding one loaded
engine (and so one model), one CPU each, a GPU each when the cluster has enough; the driver writes
one output row per article as batches come back: JSON Lines (one file) or Parquet (a folder of
part files).

Resume: every row carries the article's id and a hash of its content. A new run skips the
(id, hash) pairs the output already has, so an interrupted run, re-started, ends with every
article exactly once; an article whose text changed is checked again, and so is one whose row
has errors (its old row is removed first: the cause may have been fixed). Two different articles
with one id are refused. Positions in a row refer to the record's own ``text``; a finding on the
title, date or sources says ``"field"``. JSONL batches are written
with one write and fsync (a torn last line is cut off at the next start); Parquet parts are
written beside the folder and renamed in. Actors that die are restarted by Ray and their batches
retried (Ray Data's defaults for actor pools), so a lost worker loses no article.

Without ``--address`` (or RAY_ADDRESS) Ray starts on this machine, whatever cluster an earlier
`ray start` left named there. A run never waits for ever: when no batch comes back for ``stall_timeout`` seconds (actors that
cannot be placed because the cluster has no free CPU, workers that never start or stop
answering) it ends with one error line; what was written stays, and the next run resumes.

Ray is an optional extra (``pip install -e ".[ray]"``); nothing else imports this module.
The records to check are listed in the driver, so the driver holds the ids and hashes of the
whole archive (about 100 bytes an article: 1 GB for ten million).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import ConfigError, FactlintError, install_extra

RECORD_FIELDS = ("id", "text", "title", "date", "sources")
# No batch back for this long: the run is stuck, not slow (a batch of 16 articles with every rule
# takes well under a minute on one CPU, an actor's start seconds). The CLI's --stall-timeout default.
STALL_TIMEOUT_S = 600.0


class StalledRunError(FactlintError):
    """Ray gave no batch back for ``stall_timeout`` seconds."""


@dataclass
class ArchiveSummary:
    articles: int = 0  # in the inputs
    skipped: int = 0  # already in the output with the same content
    checked: int = 0
    findings: int = 0
    errors: int = 0  # articles that could not be checked (each has its error in its row)
    error_lines: list[str] = field(default_factory=list)  # "<id>: error: <what>", for stderr
    output: str = ""
    notes: list[str] = field(default_factory=list)


# --- reading the archive ----------------------------------------------------------------------


def _record(raw: Any, where: str) -> dict:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a record must be an object with 'id' and 'text'")
    unknown = set(raw) - set(RECORD_FIELDS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))} "
            f"(use {', '.join(RECORD_FIELDS)})"
        )
    if not isinstance(raw.get("id"), (str, int)) or raw.get("id") == "":
        raise ConfigError(f"{where}: 'id' must be a non-empty string or number")
    if not isinstance(raw.get("text"), str):
        raise ConfigError(f"{where}: 'text' must be a string")
    return {
        "id": str(raw["id"]),
        "text": raw["text"],
        **{k: raw[k] for k in ("title", "date", "sources") if raw.get(k) is not None},
    }


def read_records(inputs: Iterable[str]) -> Iterator[dict]:
    """Every record of the inputs, in order: folders, ``.jsonl``/``.json`` and ``.parquet`` files."""
    from .engine import RunOptions, _discover

    for name in inputs:
        path = Path(name)
        if path.is_dir():
            errors = []
            for target in sorted(_discover([name], RunOptions(), errors), key=lambda t: t.display):
                raw = target.path.read_bytes()
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    text = raw.decode("utf-8", "replace")
                yield {"id": target.display, "text": text}
            for error in errors:
                raise ConfigError(str(error))
        elif path.suffix.lower() in (".jsonl", ".json") and path.is_file():
            with path.open("rb") as handle:
                for number, data in enumerate(handle, 1):
                    try:
                        line = data.decode("utf-8")
                    except UnicodeDecodeError as err:  # was an internal error
                        raise ConfigError(
                            f"{name}:{number}: not UTF-8 (byte 0x{data[err.start]:02x})"
                        ) from None
                    if not line.strip():
                        continue
                    try:
                        raw = json.loads(line)
                    except json.JSONDecodeError as err:
                        raise ConfigError(f"{name}:{number}: not JSON: {err.msg}") from None
                    except RecursionError:  # was an internal error
                        raise ConfigError(
                            f"{name}:{number}: not JSON factlint can read: nested too deeply"
                        ) from None
                    yield _record(raw, f"{name}:{number}")
        elif path.suffix.lower() == ".parquet" and path.is_file():
            import pyarrow.parquet as pq

            for number, raw in enumerate(pq.read_table(path).to_pylist(), 1):
                yield _record({k: v for k, v in raw.items() if v is not None}, f"{name}: row {number}")
        elif not path.exists():
            raise ConfigError(f"{name}: no such file or directory")
        else:
            raise ConfigError(f"{name}: not a folder, .jsonl or .parquet file")


def content_hash(record: dict) -> str:
    payload = json.dumps(
        {k: record.get(k) for k in ("text", "title", "date", "sources")},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def article_text(record: dict) -> str:
    """The record as the engine reads an article: its fields as front matter above the text."""
    meta = {k: record[k] for k in ("title", "date", "sources") if k in record}
    if not meta:
        return record["text"]
    import yaml

    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + record["text"]


def front_matter_size(text: str, record_text: str) -> tuple[int, int]:
    """(lines, characters) that ``article_text`` put above the record's own text."""
    chars = len(text) - len(record_text)
    return text.count("\n", 0, chars), chars


def _relative(place: dict, lines: int, chars: int) -> dict:
    """A finding's place moved from the checked text back into the record's ``text`` (what a CMS
    holds); a place inside the added front matter names the field instead."""
    if not chars:
        return place
    if place["offset"] < chars:
        return {**place, "field": "front matter (title, date or sources)"}
    return {
        **place,
        "line": place["line"] - lines,
        "end_line": place["end_line"] - lines,
        "offset": place["offset"] - chars,
        "end_offset": place["end_offset"] - chars,
    }


# --- checking on an actor -------------------------------------------------------------------


class ArticleChecker:
    """One engine per Ray actor: rules set up and the model loaded once, reused for every batch."""

    def __init__(
        self,
        config: str | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        device: str | None = None,
    ):
        from .config import Config, load_config
        from .engine import RunOptions, _build_profile
        from .providers import model_resources
        from .registry import installed

        registry = installed()  # the actor is one run: its rules are read once
        self.resources = model_resources()  # the actor is one run: the model loads once
        cfg = load_config(config, registry) if config else Config()
        self.profile = _build_profile(
            cfg,
            RunOptions(select=select, ignore=ignore or [], device=device, registry=registry),
            None,
            skipped=set(),
        )

    def check(self, record_id: str, text: str, record_text: str | None = None) -> dict:
        """Findings and errors of one article; places refer to ``record_text`` (the record's own
        text, without the front matter made from its other fields) when it is given."""
        from .engine import _lint_document
        from .finding import FileError
        from .loader import load_document
        from .reporters.json_report import finding_dict

        failures: list = []
        try:
            doc = load_document(None, data=text.encode("utf-8", "surrogatepass"), display_path=record_id)
            findings = _lint_document(doc, self.profile, None, failures, resources=self.resources)
        except FactlintError as err:
            return {"findings": [], "errors": [str(FileError(err.path or record_id, err.message, err.line))]}
        lines, chars = front_matter_size(text, record_text) if record_text is not None else (0, 0)
        rows = []
        for finding in findings:
            row = finding_dict(finding)
            row.update(_relative(row, lines, chars))
            row["related"] = [
                _relative(rel, lines, chars) if rel["path"] == row["path"] else rel for rel in row["related"]
            ]
            rows.append(row)
        return {"findings": rows, "errors": [f"{record_id}: error: {f}" for f in failures]}

    def __call__(self, batch: dict) -> dict:
        results = [
            json.dumps(self.check(str(i), str(t), str(r)), ensure_ascii=False)
            for i, t, r in zip(batch["id"], batch["text"], batch["record_text"])
        ]
        return {"id": batch["id"], "content_hash": batch["content_hash"], "result": results}


# --- the output -------------------------------------------------------------------------------


class _Output:
    """Rows of checked articles: JSON Lines (one file) or Parquet (a folder of parts)."""

    def __init__(self, path: str):
        self.path = Path(path)
        self.parquet = self.path.suffix.lower() == ".parquet"
        if not self.parquet and self.path.suffix.lower() != ".jsonl":
            raise ConfigError(f"--output {path!r}: use a .jsonl file or a .parquet folder")
        if self.parquet and self.path.exists() and not self.path.is_dir():
            raise ConfigError(f"--output {path!r}: a Parquet output is a folder of part files")
        if not self.parquet and self.path.is_dir():
            raise ConfigError(f"--output {path!r} is a folder")

    def done(self) -> tuple[set[tuple[str, str]], int]:
        """(id, content hash) of every article already checked, and how many rows with errors
        were dropped so that their articles are checked again (the cause, a config or a source
        file, may have been fixed since). Repairs a torn JSONL tail. Rewrites are atomic: a
        temporary file renamed over the old one."""
        if self.parquet:
            return self._done_parquet()
        if not self.path.exists():
            return set(), 0
        data = self.path.read_bytes()
        cut = data.rfind(b"\n") + 1  # a torn last line is an interrupted write: redone
        keys, kept, failed = set(), [], 0
        for line in data[:cut].splitlines(keepends=True):
            row = json.loads(line)
            if row.get("errors"):
                failed += 1
                continue
            keys.add((row["id"], row["content_hash"]))
            kept.append(line)
        if failed or cut != len(data):
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            tmp.write_bytes(b"".join(kept))
            os.replace(tmp, self.path)
        return keys, failed

    def _done_parquet(self) -> tuple[set[tuple[str, str]], int]:
        if not self.path.is_dir():
            return set(), 0
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        keys, failed = set(), 0
        for part in sorted(self.path.glob("part-*.parquet")):
            table = pq.read_table(part)
            ok = pc.equal(table.column("errors"), "[]")
            bad = len(table) - pc.sum(ok).as_py() if len(table) else 0
            if bad:
                failed += bad
                table = table.filter(ok)
                tmp = self.path / f".{part.name}.tmp"
                pq.write_table(table, tmp)
                os.replace(tmp, part)
            keys.update(zip(table.column("id").to_pylist(), table.column("content_hash").to_pylist()))
        return keys, failed

    def write(self, rows: list[dict]) -> None:
        if not rows:
            return
        if self.parquet:
            import uuid

            import pyarrow as pa
            import pyarrow.parquet as pq

            self.path.mkdir(parents=True, exist_ok=True)
            name = f"part-{uuid.uuid4().hex}.parquet"
            table = pa.Table.from_pylist(
                [
                    {
                        **r,
                        "findings": json.dumps(r["findings"], ensure_ascii=False),
                        "errors": json.dumps(r["errors"], ensure_ascii=False),
                    }
                    for r in rows
                ]
            )
            tmp = self.path / f".{name}.tmp"
            pq.write_table(table, tmp)
            os.replace(tmp, self.path / name)
            return
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
        with self.path.open("ab") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())


# --- the run ----------------------------------------------------------------------------------


def run_archive(
    inputs: list[str],
    output: str,
    *,
    address: str | None = None,
    actors: int | None = None,
    batch_size: int = 16,
    config: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    progress=None,
    stall_timeout: float | None = STALL_TIMEOUT_S,
) -> ArchiveSummary:
    try:
        import ray
    except ImportError:
        raise ConfigError(f"factlint archive needs Ray: {install_extra('ray')}") from None
    out = _Output(output)
    summary = ArchiveSummary(output=output)
    done, failed = out.done()
    if failed:
        summary.notes.append(f"{failed} article(s) that could not be checked last time are checked again")
    pending: list[dict] = []
    seen: dict[str, str] = {}  # id -> content hash, in this run's inputs
    for record in read_records(inputs):
        summary.articles += 1
        key = (record["id"], content_hash(record))
        if seen.get(key[0], key[1]) != key[1]:
            raise ConfigError(f"id {key[0]!r} is given to two different articles: ids must be unique")
        if key in done or key[0] in seen:
            summary.skipped += 1
            seen[key[0]] = key[1]
            continue
        seen[key[0]] = key[1]
        pending.append(
            {
                "id": key[0],
                "content_hash": key[1],
                "text": article_text(record),
                "record_text": record["text"],
            }
        )
    if not pending:
        return summary

    import logging

    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # the core worker's C++ log lines
    if not ray.is_initialized():
        ray.init(
            # "local", not None: ray.init() joins the cluster named in /tmp/ray/ray_current_cluster,
            # which `ray start` and ray.cluster_utils.Cluster write and only their shutdown removes;
            # one left by a crashed run made every later archive retry a dead address for ever
            address=address or os.environ.get("RAY_ADDRESS") or "local",
            include_dashboard=False,
            log_to_driver=False,
            logging_level="ERROR",
            configure_logging=False,
        )
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    for name in ("ray", "ray.data"):  # Ray Data's progress lines would flood a CI log
        logger = logging.getLogger(name)
        logger.setLevel(logging.ERROR)
        for handler in logger.handlers:
            handler.setLevel(logging.ERROR)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    gpus = int(ray.cluster_resources().get("GPU", 0))
    pool = max(1, min(actors or cpus, len(pending)))
    use_gpu = gpus >= pool
    if use_gpu:
        summary.notes.append(f"{pool} actors on {gpus} GPUs")
    dataset = ray.data.from_items(pending).map_batches(
        ArticleChecker,
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=pool),
        num_cpus=1,
        num_gpus=1 if use_gpu else 0,
        fn_constructor_kwargs={
            "config": config,
            "select": select,
            "ignore": ignore,
            "device": "cuda" if use_gpu else None,
        },
    )
    # Ray Data's actor pools restart dead actors and retry their batches by default
    # (max_restarts = max_task_retries = -1); tests/test_archive.py kills one to prove it
    batches = dataset.iter_batches(batch_size=None, batch_format="numpy")
    for batch in _within(batches, stall_timeout, summary, len(pending), output):
        rows = []
        for record_id, digest, result in zip(batch["id"], batch["content_hash"], batch["result"]):
            parsed = json.loads(str(result))
            rows.append({"id": str(record_id), "content_hash": str(digest), **parsed})
            summary.findings += len(parsed["findings"])
            summary.errors += bool(parsed["errors"])
            summary.error_lines.extend(parsed["errors"])
        out.write(rows)
        summary.checked += len(rows)
        if progress is not None:
            progress(summary.checked, len(pending))
    return summary


def _within(batches: Iterable, stall_timeout: float | None, summary: ArchiveSummary, total: int, output: str):
    """The batches, each within ``stall_timeout`` seconds of the one before, else a
    StalledRunError. Ray Data waits for ever for actors it cannot place or workers that never
    answer; the batches are pulled on a daemon thread so that the run can give up on them."""
    if not stall_timeout:
        yield from batches
        return
    import queue
    import threading

    handoff: queue.Queue = queue.Queue(maxsize=1)
    end = object()

    def pull() -> None:
        try:
            for batch in batches:
                handoff.put(batch)
            handoff.put(end)
        except BaseException as err:  # handed to the run, raised there
            handoff.put(err)

    threading.Thread(target=pull, name="factlint-archive-batches", daemon=True).start()
    while True:
        try:
            item = handoff.get(timeout=stall_timeout)
        except queue.Empty:
            raise StalledRunError(
                f"no article came back from Ray in {stall_timeout:g} s ({summary.checked} of {total} "
                f"checked and kept in {output}): its workers could not start or stopped answering; "
                "see `ray status` (free CPUs) and the worker logs, then run again to resume "
                "(--stall-timeout waits longer)"
            ) from None
        if item is end:
            return
        if isinstance(item, BaseException):
            raise item
        yield item

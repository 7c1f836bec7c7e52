"""Baseline files: accept the findings an old archive already has, report only new ones.

A baseline is JSON listing each accepted finding by (path, fingerprint); the rule id and a short
message ride along for the human reading the diff. Fingerprints hash the rule id and the
normalised sentence texts, never line numbers, so editing elsewhere in an article (even inserting
paragraphs above a finding) does not bring an accepted finding back. Paths are stored relative
to the baseline file's folder, so the baseline works from any working directory.

The same fingerprint may occur more than once in a file; the baseline counts occurrences, so a
third copy of a twice-accepted finding is reported.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .safepath import file_problem
from .errors import ConfigError
from .safepath import write_text_atomically
from .finding import Finding

MARKER = "factlint-baseline"
VERSION = 1

PathKey = Callable[[Finding], str]  # finding -> the path as the baseline stores it


def path_key(base_dir: Path, display_path: str, real_path: Path | None) -> str:
    """The path as stored: relative to ``base_dir`` (POSIX slashes), or the display path for
    stdin without a file name."""
    if real_path is None:
        return display_path
    target = Path(os.path.abspath(real_path))
    try:
        return Path(os.path.relpath(target, os.path.abspath(base_dir))).as_posix()
    except ValueError:  # another drive (Windows): keep it absolute
        return target.as_posix()


@dataclass
class Baseline:
    path: Path
    accepted: Counter  # (path key, fingerprint) -> how many such findings are accepted

    def names_no_file(self) -> bool:
        """True when the baseline has entries and none of their paths is a file, from its folder:
        a copy moved away from where it was written (it then hides nothing)."""
        paths = {path for path, _ in self.accepted}
        return bool(paths) and not any((self.path.parent / path).is_file() for path in paths)

    def filter(self, findings: Iterable[Finding], key: PathKey) -> list[Finding]:
        """The findings not accepted by this baseline (order kept)."""
        left = Counter(self.accepted)
        kept = []
        for finding in findings:
            slot = (key(finding), finding.fingerprint)
            if left[slot] > 0:
                left[slot] -= 1
            else:
                kept.append(finding)
        return kept


BASELINE_MAX_BYTES = 64_000_000  # ~300,000 accepted findings


def load(path: Path | str) -> Baseline:
    path = Path(path)
    problem = file_problem(path)  # a FIFO would block the read forever
    if problem:
        raise ConfigError(f"baseline {problem}", str(path))
    from .safepath import UnsafePath, read_text

    try:
        # non-blocking open, regular files only, capped: a baseline lives in the checkout
        data = json.loads(read_text(path, BASELINE_MAX_BYTES))
    except UnsafePath as exc:
        raise ConfigError(f"baseline {exc}", str(path)) from None
    except FileNotFoundError:
        raise ConfigError("baseline file not found", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read baseline: {exc.strerror or exc}", str(path)) from None
    except RecursionError:
        raise ConfigError("baseline is not valid JSON: nested too deeply", str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise ConfigError(
            f"baseline is not valid JSON: {getattr(exc, 'msg', exc)}", str(path), line
        ) from None
    if not _is_baseline(data):
        raise ConfigError(
            f'not a factlint baseline (expected a JSON object with "{MARKER}": {VERSION} '
            "and a findings list)",
            str(path),
        )
    accepted: Counter = Counter()
    for item in data["findings"]:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("path"), str)
            and isinstance(item.get("fingerprint"), str)
        ):
            raise ConfigError("baseline entry without a path and fingerprint", str(path))
        accepted[(item["path"], item["fingerprint"])] += 1
    return Baseline(path, accepted)


def _is_baseline(data: object) -> bool:
    return isinstance(data, dict) and data.get(MARKER) == VERSION and isinstance(data.get("findings"), list)


def _short(message: str, limit: int = 120) -> str:
    one_line = " ".join(message.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def check_target(path: Path | str, inputs: Iterable[Path] = ()) -> Path:
    """The real path a baseline may be written to; ConfigError if writing there would destroy
    an article being checked or any existing file that is not a baseline."""
    path = Path(path)
    target = Path(os.path.realpath(path))
    from .config import CONFIG_NAME, PYPROJECT_NAME

    if CONFIG_NAME in (path.name, target.name):
        # JSON is YAML: a baseline there is the folder's config, and every later run stops on it
        raise ConfigError("refusing to write the baseline as a factlint config (.factlint.yaml)", str(path))
    if PYPROJECT_NAME in (path.name, target.name):
        # JSON is no TOML: a new pyproject.toml holding it breaks pip, ruff and factlint's own table
        raise ConfigError("refusing to write the baseline as a project's pyproject.toml", str(path))
    if os.path.islink(path):  # a link a pull request planted must not make us write elsewhere
        from .safepath import UnsafePath, confine, repository_root

        folder = Path(os.path.realpath(path.parent))
        try:
            confine(path, repository_root(folder) or folder, allow_hidden=True)  # written, never printed
        except UnsafePath as err:
            raise ConfigError(
                f"refusing to write the baseline through a symbolic link: its target {err}", str(path)
            ) from None
    if any(Path(os.path.realpath(p)) == target for p in inputs):
        raise ConfigError("refusing to write the baseline over an article being checked", str(path))
    if target.exists():
        problem = file_problem(target)
        if problem:  # reading it to see whether it is a baseline would block on a FIFO
            raise ConfigError(f"refusing to write the baseline: the path {problem}", str(path))
        try:
            existing = json.loads(target.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            existing = None
        if not _is_baseline(existing):
            raise ConfigError("refusing to overwrite a file that is not a factlint baseline", str(path))
    if not target.parent.is_dir():
        raise ConfigError("the baseline's folder does not exist", str(path))
    if not os.access(target.parent, os.W_OK):  # found before the run, not after it
        raise ConfigError("the baseline's folder is not writable", str(path))
    return target


def write(path: Path | str, findings: Iterable[Finding], key: PathKey, inputs: Iterable[Path] = ()) -> int:
    """Write a baseline of ``findings`` atomically; returns how many entries it holds.

    Refuses to replace a checked article or any existing file that is not a baseline, so a
    mistyped ``--write-baseline article.md`` cannot destroy work.
    """
    path = Path(path)
    target = check_target(path, inputs)
    entries = sorted(
        (
            {"path": key(f), "rule": f.rule_id, "fingerprint": f.fingerprint, "message": _short(f.message)}
            for f in findings
        ),
        key=lambda e: (e["path"], e["rule"], e["fingerprint"], e["message"]),
    )
    payload = json.dumps({MARKER: VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    write_text_atomically(target, payload)
    return len(entries)

"""``.factlint.yaml`` (or ``pyproject.toml``'s ``[tool.factlint]``): discovery (nearest config up
from a file wins) and validation.

The schema is a pydantic model; rule settings are validated against each rule's own option
declarations (``Rule.Options``, linter/options.py). Every error names the config file,
the line (taken from the YAML node tree, so it points at the offending key or value) and, for a
misspelt name, the closest valid one.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import stat as stat_mod
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError
from .options import EXPECTED_BY_ERROR, OptionError, shown_value as _shown, validate
from .finding import Severity
from . import registry as rule_registry
from .registry import Registry, did_you_mean, rule_id_hint
from .rule import Rule

from ..models.choices import DEVICE_CHOICES, PRECISION_CHOICES  # the models own them

CONFIG_NAME = ".factlint.yaml"
PYPROJECT_NAME = "pyproject.toml"  # its [tool.factlint] table, when no .factlint.yaml is beside it
_TOML_FACTLINT_HEADER = re.compile(rb"(?m)^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*[\"']?factlint\b")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
# What an article's own suppression comments may do. A pull request can add a comment that
# silences every rule; CI's trusted config (``--ci --config``) decides whether it counts.
SUPPRESSION_CHOICES = ("allow", "with-reason", "off")
# Warnings fail the run by default: a newsroom wants a draft with a likely contradiction or an
# unsupported claim to stop the pipeline, while info-level hints never do.
DEFAULT_FAIL_ON = "warning"


class _Schema(BaseModel):
    """Top-level keys of ``.factlint.yaml`` (``rules`` is checked per rule afterwards)."""

    # (built when a config is read, not at every start)
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=False, defer_build=True)

    model: str | None = None
    device: Literal["cpu", "cuda", "auto"] | None = None
    precision: Literal["fp32", "bf16", "int8"] | None = None
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(None, alias="fail-on")
    suppressions: Literal["allow", "with-reason", "off"] | None = None
    # findings shown per rule and file before one finding counts the rest (0: no limit)
    max_findings_per_rule: int | None = Field(None, alias="max-findings-per-rule", ge=0)
    rules: dict[str, Any] | None = None
    register_: str | None = Field(None, alias="register")  # `register` would shadow BaseModel
    ignore: list[str] | None = None
    include: list[str] | None = None  # what a folder walk checks (linter/include.py)
    # a folder walk leaves out what git ignores (linter/include.py)
    respect_gitignore: bool | None = Field(None, alias="respect-gitignore")
    sources: list[str] | None = None
    cache: bool | None = None
    # extra word lists for the cast-and-roles analysis (same YAML format as analysis/data/)
    roles: list[str] | None = None
    demonyms: list[str] | None = None
    organisations: list[str] | None = None

    @field_validator("suppressions", mode="before")
    @classmethod
    def _bare_off(cls, value: Any) -> Any:
        return "off" if value is False else value  # YAML 1.1 reads a bare `off` as false, as in `rules`


KEYS = tuple(f.alias or name for name, f in _Schema.model_fields.items())
# command-line options a config cannot take: the config chooses rules under `rules:`
_RULE_CHOICE_KEYS = frozenset({"select", "extend-select", "disable", "enable"})
_RULE_CHOICE_HINT = (
    " (--select is a command-line option; in a config every rule runs unless switched off under"
    " rules:, as in 'FL003: off')"
)
_CHOICES = {
    "device": DEVICE_CHOICES,
    "precision": PRECISION_CHOICES,
    "fail-on": FAIL_ON_CHOICES,
    "suppressions": SUPPRESSION_CHOICES,
}


@dataclass(frozen=True)
class RuleConfig:
    """What a config says about one rule."""

    enabled: bool = True
    severity: Severity | None = None  # None: the rule's default severity
    options: dict[str, Any] = field(default_factory=dict)  # only the options the user set
    explicit: bool = False  # named in the config and not switched off (counts as "selected")
    line: int | None = None


@dataclass
class Config:
    """A validated configuration. ``path`` is None for the built-in defaults (no config file)."""

    path: Path | None = None
    display: str | None = None  # the path as errors show it (relative to the working directory)
    model: str | None = None
    device: str | None = None
    precision: str | None = None
    fail_on: str | None = None
    suppressions: str = "allow"  # what the article's suppression comments may do (SUPPRESSION_CHOICES)
    max_findings_per_rule: int | None = None  # None: the engine's default
    rules: dict[str, RuleConfig] = field(default_factory=dict)
    register: Path | None = None
    ignore: list[str] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)
    cache: bool | None = None
    lexicon: dict[str, list[Path]] = field(default_factory=dict)  # roles/demonyms/organisations
    _ignore_res: list[Any] = field(default_factory=list, repr=False)
    include: list[str] = field(default_factory=list)
    _include_res: list[Any] = field(default_factory=list, repr=False)
    respect_gitignore: bool = True  # a folder walk leaves out what git ignores

    @property
    def root(self) -> Path | None:
        """The folder the config's relative paths and ignore globs are relative to."""
        return self.path.parent if self.path else None

    def is_ignored(self, file: Path) -> bool:
        """True if an ``ignore`` glob matches ``file`` or one of its folders (below the root)."""
        if not self._ignore_res or self.root is None:
            return False
        try:
            rel = Path(file).resolve().relative_to(self.root.resolve())
        except ValueError:  # outside the config's folder: its globs do not reach it
            return False
        parts = PurePosixPath(rel.as_posix()).parts
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(rx.match(p) for rx in self._ignore_res for p in prefixes)


# --- YAML that fails as YAML errors -----------------------------------------------------------


# re-exported: callers import them from here
from .safepath import file_problem as regular_file_problem  # noqa: E402,F401
from .yamlsafe import BadValue, SafeLoader, brief, reject_duplicate_keys, yaml_problem  # noqa: E402,F401


# --- discovery ------------------------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest config in ``start`` or a folder above it, up to the repository root (the
    nearest folder holding ``.git``): a config above the repository, which whoever owns the
    machine or the parent folder wrote, never configures it. Outside any repository every folder
    up to the file system root is looked at. In one folder a ``.factlint.yaml`` wins over a
    ``pyproject.toml`` with a ``[tool.factlint]`` table; a ``pyproject.toml`` without one is
    passed over, as ruff and mypy do."""
    from .safepath import repository_root

    folder = Path(start).resolve()
    top = repository_root(folder)
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_NAME
        if config.is_file():
            return config
        pyproject = candidate / PYPROJECT_NAME
        if pyproject.is_file() and has_factlint_table(pyproject):
            return pyproject
        if candidate == top:
            break
    return None


def has_factlint_table(pyproject: Path) -> bool:
    """Whether a ``pyproject.toml`` configures factlint (``[tool.factlint]``). One that cannot be
    read as TOML counts when a ``[tool.factlint...]`` header is in it: its error is then reported,
    not passed over."""
    from .safepath import YAML_MAX_BYTES, UnsafePath, read_bytes

    try:
        raw = read_bytes(pyproject, YAML_MAX_BYTES)
    except (OSError, UnsafePath):  # unreadable, too large, a link out: not taken for a config
        return False
    return declares_factlint_table(raw)


def declares_factlint_table(raw: bytes) -> bool:
    """``has_factlint_table`` for a pyproject.toml's bytes."""
    import tomllib

    if b"factlint" not in raw:
        return False
    try:
        tool = tomllib.loads(raw.decode("utf-8").removeprefix("\ufeff")).get("tool")
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return _TOML_FACTLINT_HEADER.search(raw) is not None
    return isinstance(tool, dict) and "factlint" in tool


def shadowed_pyproject(config: Path) -> Path | None:
    """The ``pyproject.toml`` beside a ``.factlint.yaml`` whose ``[tool.factlint]`` is not read."""
    if config.name != CONFIG_NAME:
        return None
    pyproject = config.parent / PYPROJECT_NAME
    return pyproject if pyproject.is_file() and has_factlint_table(pyproject) else None


# --- loading --------------------------------------------------------------------------------


def load_config(path: Path | str, registry: Registry | None = None) -> Config:
    """Read and validate one config file against ``registry`` (default: the installed rules);
    cached per file version and registry."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise ConfigError("config file not found", str(path)) from None
    if not stat_mod.S_ISREG(stat.st_mode):  # a FIFO would block the read forever
        raise ConfigError(f"config file {regular_file_problem(path)}", str(path))
    registry = registry if registry is not None else rule_registry.installed()
    # keyed on the registry's contents (rule id -> class), not its id(): an id can be reused
    return _load_cached(path.resolve(), str(path), stat.st_mtime_ns, stat.st_size, registry)


@lru_cache(maxsize=64)
def _load_cached(resolved: Path, display: str, _mtime: int, _size: int, registry: Registry) -> Config:
    from .safepath import UnsafePath, read_text

    try:
        text = read_text(resolved)
    except UnicodeDecodeError:
        raise ConfigError("config file is not valid UTF-8", display) from None
    except UnsafePath as exc:
        raise ConfigError(f"config {exc}", display) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror or exc}", display) from None
    return parse_config(text, display, base=resolved, registry=registry)


def _compile_globs(config: Config, rules: dict, root_node: Any, display: str) -> None:
    """The ``ignore`` and ``include`` globs, compiled; a bad glob or a rule id is an error."""
    for key, globs, compiled in (
        ("ignore", config.ignore, config._ignore_res),
        ("include", config.include, config._include_res),
    ):
        for i, pattern in enumerate(globs):
            if pattern in rules:  # `ignore: [FL003]` read as --ignore: a glob matching no file
                raise ConfigError(
                    f"{key}: {pattern!r} is a rule id, but {key} takes file patterns; rules are "
                    f"set under rules: ({pattern}: off switches one off)",
                    display,
                    _line(_child(_child(root_node, key), i)),
                )
            try:
                compiled.append(_glob_regex(pattern))
            except ValueError as exc:
                raise ConfigError(
                    f"{key}: bad glob {pattern!r}: {exc}", display, _line(_child(_child(root_node, key), i))
                ) from None


def parse_config(text: str, display: str, base: Path, registry: Registry | None = None) -> Config:
    """Validate config ``text`` against ``registry`` (default: the installed rules); ``display``
    names it in errors, ``base`` is the file's path (a ``.toml`` one: its ``[tool.factlint]``
    table, validated the same way)."""
    if base.suffix.lower() == ".toml":
        root_node, data = _parse_toml(text, display)
    else:
        root_node, data = _parse_yaml(text, display)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            "the configuration must be a mapping (model, device, fail-on, rules, ...)",
            display,
            _line(root_node),
        )

    try:
        schema = _Schema.model_validate(data)
    except ValidationError as exc:
        raise _schema_error(exc, root_node, display, toml=base.suffix.lower() == ".toml") from None

    config = Config(
        path=base,
        display=display,
        model=_model_from(schema.model, base),
        device=schema.device,
        precision=schema.precision,
        fail_on=schema.fail_on,
        suppressions=schema.suppressions or "allow",
        max_findings_per_rule=schema.max_findings_per_rule,
        cache=schema.cache,
        ignore=list(schema.ignore or []),
        include=list(schema.include or []),
        respect_gitignore=schema.respect_gitignore is not False,
    )
    rules = (registry if registry is not None else rule_registry.installed()).rules
    _compile_globs(config, rules, root_node, display)
    rules_node = _child(root_node, "rules")
    for key_node, value_node in _pairs(rules_node):
        rule_id = key_node.value
        config.rules[rule_id] = _rule_config(
            rules, rule_id, schema.rules[rule_id], key_node, value_node, display
        )
    if schema.register_ is not None:
        config.register = _existing_path(
            schema.register_, base.parent, "register", _child(root_node, "register"), display
        )
    for i, source in enumerate(schema.sources or []):
        node = _child(_child(root_node, "sources"), i)
        config.sources.append(_existing_path(source, base.parent, "sources", node, display))
    shown: dict[str, list[tuple[Path, str]]] = {}
    for kind in ("roles", "demonyms", "organisations"):
        for i, item in enumerate(getattr(schema, kind) or []):
            node = _child(_child(root_node, kind), i)
            path = _existing_path(item, base.parent, kind, node, display)
            config.lexicon.setdefault(kind, []).append(path)
            shown.setdefault(kind, []).append((path, _beside(display, item)))
    # The files the config names are read now, so that a broken one is reported once, as an
    # error of this config (like a missing one), and not again for every article below it.
    if shown:
        from .wordlists import check_word_lists

        check_word_lists(shown)
    if config.register is not None:
        from .register_file import check_register

        check_register(config.register, _beside(display, schema.register_))
    return config


def _beside(display: str, value: str) -> str:
    """A path named in the config as errors show it: next to the config as the config is shown
    (``desk/.factlint.yaml`` + ``people.yaml`` -> ``desk/people.yaml``); absolute stays absolute."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return path.as_posix()
    return Path(os.path.normpath(os.path.join(os.path.dirname(display), path))).as_posix()


def _parse_yaml(text: str, display: str) -> tuple[yaml.Node | None, Any]:
    loader = None
    try:
        loader = SafeLoader(text)  # refuses a control character in the text (was an internal error)
        node = loader.get_single_node()
        if node is None:
            return None, None
        reject_duplicate_keys(node, display)
        return node, loader.construct_document(node)
    except (yaml.YAMLError, RecursionError) as exc:
        message, line = yaml_problem(exc, text)
        raise ConfigError(message, display, line) from None
    finally:
        if loader is not None:
            loader.dispose()


# --- pyproject.toml's [tool.factlint] -------------------------------------------------------
# The table is validated by the same code as a YAML config: it is given as a YAML node tree whose
# marks are the TOML lines of its keys (tomllib keeps no positions), so every error names the
# file, the key and its line as for .factlint.yaml.

_TOML_HEADER = re.compile(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?\Z")
_TOML_KEY = re.compile(
    r"\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
)


def _parse_toml(text: str, display: str) -> tuple[yaml.Node, Any]:
    import tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\s*\(at line (\d+), column \d+\)\Z", message)
        problem = message[: at.start()] if at else message
        raise ConfigError(f"malformed TOML: {problem}", display, int(at[1]) if at else None) from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise ConfigError("malformed TOML: nested too deeply", display) from None
    tool = document.get("tool")
    table = tool.get("factlint") if isinstance(tool, dict) else None
    lines = _toml_key_lines(text)
    if table is None:
        raise ConfigError(
            f"no [tool.factlint] table: put factlint's settings there, or in a {CONFIG_NAME}", display
        )
    if not isinstance(table, dict):
        raise ConfigError(
            "tool.factlint must be a table ([tool.factlint] with keys below it)",
            display,
            _toml_line(lines, ("tool", "factlint")),
        )
    return _toml_node(table, ("tool", "factlint"), lines, display), table


def _toml_key_lines(text: str) -> dict[tuple, int]:
    """The line of each key path as written (``[tool.factlint.rules]`` + ``FL003 = ...`` ->
    ("tool", "factlint", "rules", "FL003")); keys inside inline tables are not listed (their
    errors point at the line of the nearest key that is)."""
    lines: dict[tuple, int] = {}
    table: tuple = ()
    in_string = False
    rows = text.splitlines()
    inside_array = 0  # the last line of a multi-line array being passed over
    for number, line in enumerate(rows, 1):
        if number <= inside_array:
            continue
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        if quotes % 2:
            in_string = True
        header = _TOML_HEADER.match(line)
        if header:
            table = _toml_parts(header[1])
            lines.setdefault(table, number)
            continue
        key = _TOML_KEY.match(line)
        if key:
            path = table + _toml_parts(key[1])
            lines.setdefault(path, number)
            value = line[key.end() :].lstrip()
            if value.startswith("["):
                inside_array = _toml_item_lines(rows, number, len(line) - len(value), path, lines)
    return lines


def _toml_item_lines(rows: list[str], number: int, column: int, path: tuple, lines: dict[tuple, int]) -> int:
    """The line of each item of the array opening at ``rows[number - 1][column]`` (``sources = [``
    with one path a line: an item's error names its own line, as in YAML). Returns the array's
    last line."""
    depth, item, quote, fresh = 0, 0, "", False
    for row in range(number, len(rows) + 1):
        line = rows[row - 1]
        i = column if row == number else 0
        while i < len(line):
            ch = line[i]
            if quote:
                if ch == "\\" and quote == '"':
                    i += 1  # an escaped character, a quote among them
                elif ch == quote:
                    quote = ""
            elif ch == "#":
                break  # a comment to the line's end
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return row
            elif ch == "," and depth == 1:
                item, fresh = item + 1, True
            elif not ch.isspace():
                if depth == 1 and fresh:
                    lines.setdefault(path + (item,), row)
                fresh = depth == 0 and ch == "["
                depth += ch in "[{"
                quote = ch if ch in "\"'" else ""
            i += 1
    return len(rows)


def _toml_parts(dotted: str) -> tuple:
    """A TOML dotted key's parts, quotes taken off (``rules."FL003"`` -> ("rules", "FL003")): split
    at the dots outside quotes (not a word regex: a key is cut at its dots, never into words)."""
    parts, current, quote = [], [], ""
    for ch in dotted:
        if quote:
            if ch == quote:
                quote = ""
            else:
                current.append(ch)
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return tuple(parts)


def _toml_line(lines: dict[tuple, int], path: tuple) -> int:
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 1


def _toml_node(value: Any, path: tuple, lines: dict[tuple, int], display: str) -> yaml.Node:
    def mark(at: tuple) -> yaml.Mark:
        return yaml.Mark(display, 0, _toml_line(lines, at) - 1, 0, None, None)

    here = mark(path)
    if isinstance(value, dict):
        pairs = [
            (
                yaml.ScalarNode("tag:yaml.org,2002:str", str(key), mark(path + (key,)), mark(path + (key,))),
                _toml_node(item, path + (key,), lines, display),
            )
            for key, item in value.items()
        ]
        return yaml.MappingNode("tag:yaml.org,2002:map", pairs, here, here)
    if isinstance(value, list):
        items = [_toml_node(item, path + (i,), lines, display) for i, item in enumerate(value)]
        return yaml.SequenceNode("tag:yaml.org,2002:seq", items, here, here)
    return yaml.ScalarNode("tag:yaml.org,2002:str", str(value), here, here)


# --- YAML node helpers (for line numbers) ---------------------------------------------------


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _pairs(node: yaml.Node | None) -> list[tuple[yaml.Node, yaml.Node]]:
    return list(node.value) if isinstance(node, yaml.MappingNode) else []


def _child(node: yaml.Node | None, key: str | int, want_key: bool = False) -> yaml.Node | None:
    """The value node (or key node) under ``key`` of a mapping, or item ``key`` of a sequence."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                return k if want_key else v
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def _node_at(root: yaml.Node | None, loc: tuple, want_key: bool = False) -> yaml.Node | None:
    """The deepest node along ``loc`` (a pydantic error location), for its line number."""
    node = root
    for depth, key in enumerate(loc):
        last = depth == len(loc) - 1
        child = _child(node, key, want_key=want_key and last)
        if child is None:
            return node
        node = child
    return node


# --- validation helpers ---------------------------------------------------------------------


def _schema_error(
    exc: ValidationError, root: yaml.Node | None, display: str, toml: bool = False
) -> ConfigError:
    # Report the error that comes first in the file: it is the one a reader meets first.
    errors = sorted(exc.errors(), key=lambda e: _line(_node_at(root, e["loc"], True)) or 0)
    err = errors[0]
    loc = tuple(err["loc"])
    if err["type"] == "extra_forbidden":
        key = str(loc[-1])
        return ConfigError(
            f"unknown key {key!r}{_RULE_CHOICE_HINT if key in _RULE_CHOICE_KEYS else did_you_mean(key, KEYS)}",
            display,
            _line(_node_at(root, loc, want_key=True)),
        )
    name = str(loc[0]) if loc else ""
    kind = err["type"]
    choices = _CHOICES.get(name)
    value = err.get("input")
    if choices:
        hint = did_you_mean(value, choices) if isinstance(value, str) else ""
        message = f"{_value(value)} is not one of {', '.join(choices)}{hint}"
    elif kind == "list_type" and len(loc) == 1 and isinstance(value, str):
        # `include: "stories/**"`: pydantic says "Input should be a valid list"; show the fix
        message = f"{value!r} is not a list: write {name}{' =' if toml else ':'} [{json.dumps(value)}]"
    elif kind == "dict_type" and name == "rules":
        fix = '[tool.factlint.rules] FL003 = "info"' if toml else "rules: {FL003: info}"
        message = f"{_value(value)} is not a mapping of rule ids to settings: write {fix}"
    elif kind == "greater_than_equal":
        message = f"{_value(value)} is not a whole number 0 or more"
    else:  # pydantic's own words ('Input should be a valid integer') name no value and no fix
        message = f"{_value(value)} is not {_SCHEMA_EXPECTED.get(kind, 'of the right type')}"
    # a list's item counted from 1, as a reader counts the YAML's items
    where = ".".join(str(p) for p in loc[:1])
    if len(loc) > 1:
        where += " item " + ".".join(str(p + 1) if isinstance(p, int) else str(p) for p in loc[1:])
    return ConfigError(f"{where}: {message}", display, _line(_node_at(root, loc)))


def _model_from(model: str | None, base: Path) -> str | None:
    """``model``, a folder written relative (``./nli``, ``../models/nli``) taken from the config's
    folder, as its other paths are: from the working directory, a config's ``model: ./nli``
    named another folder, or none, depending on where factlint was started (an editor's
    language server, a CI step, a writer in a subfolder)."""
    if model is None or not (model.startswith(("./", "../")) or model in (".", "..")):
        return model
    return os.path.normpath(os.path.join(base.parent, model))


def _value(value: Any) -> str:
    """A config value as a reader names it: a list or a mapping by its kind, else as YAML reads."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (datetime.date, datetime.datetime)):  # YAML read it as a date
        return repr(str(value))
    return _shown(value)


# what a top-level value should have been, by pydantic's error type
_SCHEMA_EXPECTED = {**EXPECTED_BY_ERROR, "list_type": "a list", "dict_type": "a mapping"}


def _parse_severity(value: Any, where: str, display: str, line: int | None) -> Severity | None:
    """A severity string, or None for ``off`` (YAML reads a bare ``off`` as false)."""
    if value is False or (isinstance(value, str) and value.strip().lower() == "off"):
        return None
    if isinstance(value, str):
        try:
            return Severity.parse(value)
        except ValueError:
            pass
    choices = ["off", "error", "warning", "info"]
    hint = did_you_mean(value, choices) if isinstance(value, str) else ""
    raise ConfigError(
        f"{where}: {value!r} is not a severity (use off, error, warning or info){hint}", display, line
    )


def _rule_config(
    rules: dict[str, type], rule_id: Any, value: Any, key_node: yaml.Node, value_node: yaml.Node, display: str
) -> RuleConfig:
    line = _line(key_node)
    if not isinstance(rule_id, str) or rule_id not in rules:
        raise ConfigError(
            f"unknown rule id {rule_id!r} in rules{rule_id_hint(str(rule_id), rules)}", display, line
        )
    where = f"rules.{rule_id}"
    if value is True or value is None or (isinstance(value, str) and value.strip().lower() == "on"):
        return RuleConfig(explicit=True, line=line)
    if not isinstance(value, dict):
        severity = _parse_severity(value, where, display, _line(value_node))
        return RuleConfig(
            enabled=severity is not None, severity=severity, explicit=severity is not None, line=line
        )
    options = dict(value)
    severity = None
    if "severity" in options:
        severity = _parse_severity(
            options.pop("severity"), f"{where}.severity", display, _line(_child(value_node, "severity"))
        )
        if severity is None:  # {severity: off}
            return RuleConfig(enabled=False, line=line)
    try:
        checked = validate_options(rules[rule_id], options)
        _construct(rules[rule_id], checked)
    except OptionError as err:
        node = _child(value_node, err.option, want_key=err.at_key) if err.option else None
        raise ConfigError(f"{where}: {err.message}", display, _line(node) or line) from None
    return RuleConfig(severity=severity, options=checked, explicit=True, line=line)


def _construct(rule: type[Rule], options: dict[str, Any]) -> None:
    """Set the rule up once with ``options``: a check of its own (an OptionError naming the
    option) becomes an error of the config that gave the value, not of the run. Any other
    ValueError (a plugin's own check) is an error at the rule's line."""
    try:
        rule(options=options)
    except OptionError:
        raise
    except (ValueError, TypeError) as exc:
        message = str(exc)
        if message.startswith(f"{rule.id}: "):
            message = message[len(rule.id) + 2 :]
        raise OptionError(rule.id, "", message) from None


def validate_options(rule: type[Rule], options: dict[str, Any]) -> dict[str, Any]:
    """The options a user gave for ``rule``, checked against its declarations (OptionError
    otherwise); only the options given, by the names a config writes."""
    checked = validate(rule.Options, options, rule.id)
    return checked.model_dump(by_alias=True, exclude_unset=True)


def check_rule_options(rule: type[Rule], options: dict[str, Any], where: str) -> dict[str, Any]:
    """``validate_options`` for options given in code (``lint_text``): errors are ConfigErrors."""
    try:
        checked = validate_options(rule, options)
        _construct(rule, checked)
        return checked
    except OptionError as err:
        raise ConfigError(f"{where}: {err.message}") from None


def _existing_path(value: str, base: Path, key: str, node: yaml.Node | None, display: str) -> Path:
    """A path the config names: relative to its folder, and confined to its project root (the
    repository root above the config, else the config's folder), as content paths are."""
    from .safepath import UnsafePath, confine, config_root

    if "\0" in value:  # no file has such a name (was an internal error: "embedded null byte")
        raise ConfigError(
            f"{key}: {brief(value)} is not a usable file name: it holds a NUL character", display, _line(node)
        )
    path = Path(value).expanduser()
    path = path if path.is_absolute() else base / path
    try:
        confine(path, config_root(base / CONFIG_NAME))
        exists = path.exists()
    except UnsafePath as exc:
        raise ConfigError(f"{key}: {value!r} {exc}", display, _line(node)) from None
    except OSError as exc:  # a name longer than the system allows
        why = exc.strerror or str(exc)
        raise ConfigError(
            f"{key}: {brief(value)} is not a usable file name: {why}", display, _line(node)
        ) from None
    if not exists:
        raise ConfigError(
            f"{key}: {value!r} does not exist (paths are relative to the config file)", display, _line(node)
        )
    problem = regular_file_problem(path)
    if problem:  # a folder cannot be read as one; a FIFO would block the run forever
        raise ConfigError(f"{key}: {value!r} {problem}", display, _line(node))
    return path


class _Glob:
    """A compiled ``ignore`` glob: ``match(path)`` simulates it as an automaton (the set of
    pattern positions reachable so far), so matching takes time proportional to the path's length
    times the pattern's, whatever the pattern. (A translation to a backtracking regex took
    exponential time on ``*a*a*a*...*b``, which anyone who can edit a config could write.)"""

    def __init__(self, pattern: str, tokens: list[tuple]):
        self.pattern = pattern
        self.tokens = tokens

    def _closure(self, states: set[int]) -> set[int]:
        todo, out = list(states), set(states)
        while todo:
            i = todo.pop()
            if i >= len(self.tokens):
                continue
            kind = self.tokens[i][0]
            nexts = ()
            if kind in ("star", "any"):
                nexts = (i + 1,)
            elif kind == "opt":
                nexts = (i + 1, self.tokens[i][1])
            for j in nexts:
                if j not in out:
                    out.add(j)
                    todo.append(j)
        return out

    def match(self, path: str) -> bool:
        states = self._closure({0})
        for ch in path:
            step: set[int] = set()
            for i in states:
                if i >= len(self.tokens):
                    continue
                kind, arg = self.tokens[i][0], self.tokens[i][1] if len(self.tokens[i]) > 1 else None
                if kind == "lit":
                    if ch == arg:
                        step.add(i + 1)
                elif kind == "one":
                    if ch != "/":
                        step.add(i + 1)
                elif kind == "cls":
                    if arg.fullmatch(ch):
                        step.add(i + 1)
                elif kind == "star":
                    if ch != "/":
                        step.add(i)
                elif kind == "any":
                    step.add(i)
            if not step:
                return False
            states = self._closure(step)
        return len(self.tokens) in states


def _glob_regex(pattern: str) -> _Glob:
    """A gitignore-like glob, matched over '/'-separated paths relative to the config folder.

    ``*`` and ``?`` stay within one folder name, ``**`` crosses folders, ``[...]`` is a class
    (``[!...]`` negated; a ``]`` right after the opening ``[`` or ``[!`` is a member; every other
    character in it is literal, ``-`` between two characters a range). A ``[`` that is never
    closed is literal. A pattern without a slash matches at any depth (``*.txt``); with one it is
    anchored at the config folder (``drafts/archive/**``). Callers match every folder prefix of a
    path too, so ``drafts`` ignores everything below ``drafts/``.

    A leading ``./`` anchors the glob like a leading ``/`` (``./*.md``: the config folder's own
    files; it used to match nothing).

    Raises ValueError for a glob that can never be right (an empty one, a reversed range ``[z-a]``,
    a ``..`` folder: paths are relative to the config folder and never leave it).
    """
    pat = pattern.strip()
    if re.search(r"(?:^|/)\.\.(?:/|$)", pat):
        raise ValueError(
            "'..' never matches: globs are relative to the config's folder, and a config applies "
            "only to the articles below it"
        )
    while pat.startswith("./"):
        pat = "/" + pat[2:].lstrip("/")
    if not pat.strip("/"):
        raise ValueError("an empty glob would match every file")
    if "/" not in pat.rstrip("/"):
        pat = "**/" + pat
    pat = pat.strip("/")
    tokens: list[tuple] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):  # zero or more whole folders
            tokens += [("opt", len(tokens) + 3), ("any",), ("lit", "/")]
            i += 3
        elif pat.startswith("**", i):
            tokens.append(("any",))
            i += 2
        elif pat[i] == "*":
            tokens.append(("star",))
            i += 1
        elif pat[i] == "?":
            tokens.append(("one",))
            i += 1
        elif pat[i] == "[" and (klass := _glob_class(pat, i)) is not None:
            regex, i = klass
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a regex warning (nested set...) must never leak
                try:  # one character class, matched against one character: no backtracking
                    tokens.append(("cls", re.compile(regex, re.S)))
                except (re.error, Warning) as exc:  # not expected: every class member is escaped
                    raise ValueError(str(exc)) from None
        else:
            tokens.append(("lit", pat[i]))
            i += 1
    return _Glob(pattern, tokens)


def _glob_class(pat: str, start: int) -> tuple[str, int] | None:
    """The regex of the glob class opening at ``pat[start]`` (``[``) and the index after it, or
    None when the ``[`` is never closed (then it is a literal ``[``)."""
    i = start + 1
    negate = i < len(pat) and pat[i] == "!"
    i += negate
    first = i
    if i < len(pat) and pat[i] == "]":  # "[]x]": a leading ] is a member
        i += 1
    end = pat.find("]", i)
    if end < 0:
        return None
    members = pat[first:end]
    parts, j = [], 0
    while j < len(members):
        if j + 2 < len(members) and members[j + 1] == "-":
            low, high = members[j], members[j + 2]
            if low > high:
                raise ValueError(
                    f"bad character range {low}-{high} (the first must not come after the second)"
                )
            parts.append(f"{re.escape(low)}-{re.escape(high)}")
            j += 3
        else:
            parts.append(re.escape(members[j]))  # "[", "\\", "&", "~", "|", "-" too
            j += 1
    return "[" + ("^" if negate else "") + "".join(parts) + "]", end + 1

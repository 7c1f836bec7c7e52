"""The office register file (config ``register``, or FL203's ``register`` option): found,
confined, read and checked by the app, then handed to FL203 as ``analysis.register.Register``.

A file that does not follow the format (``analysis/register.py``; a duplicate key in a term
included) is a ConfigError naming the file and the line. The config reads the register it names
when it is loaded (``check_register``), so a broken register is one error of that config,
whichever rules run, like a missing one.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from stat import S_ISREG

import yaml

from factlint.analysis.lexicon import Lexicon
from factlint.analysis.register import Register, RegisterEntry, build_register

from .errors import ConfigError
from .registry import did_you_mean
from .rule import Resources
from . import safepath
from .safepath import UnsafePath, article_root, confine, file_problem
from .yamlsafe import SafeLoader, reject_duplicate_keys, yaml_problem

FIELDS = {"person", "aliases", "office", "organisation", "from", "to"}
REQUIRED = ("person", "office", "organisation", "from")
# what a newsroom's own sheet may call a field (an American "organization" first of all)
_FIELD_WORDS = {
    "organization": "organisation",
    "org": "organisation",
    "country": "organisation",
    "name": "person",
    "title": "office",
    "role": "office",
    "position": "office",
    "start": "from",
    "since": "from",
    "end": "to",
    "until": "to",
    "til": "to",
}


def _scalar(node: yaml.Node, what: str, path: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.value == "":
        raise ConfigError(f"register: {what} must be a single value", path, node.start_mark.line + 1)
    return str(node.value)


def _day(node: yaml.Node, what: str, path: str) -> date:
    value = _scalar(node, what, path)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(
            f"register: {what} {value!r} is not a date (YYYY-MM-DD)", path, node.start_mark.line + 1
        ) from None


def _entries(text: str, path: str) -> list[RegisterEntry]:
    """The terms in ``text`` checked for form (no lexicon needed); ConfigError naming ``path``
    and the line for anything that does not follow the format."""
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        message, line = yaml_problem(exc)
        raise ConfigError(
            f"register is not valid YAML: {message.removeprefix('malformed YAML: ')}", path, line
        ) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ConfigError(
            "register must be a list of terms (person, office, organisation, from, to)",
            path,
            root.start_mark.line + 1,
        )
    reject_duplicate_keys(root, path, "register: ")  # as in the config: `from:` twice is a mistake
    entries = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise ConfigError("register: each term must be a mapping", path, line)
        values: dict[str, yaml.Node] = {}
        for key_node, value_node in item.value:
            key = str(key_node.value)
            if key not in FIELDS:
                meant = _FIELD_WORDS.get(key.strip().lower())
                hint = f" (did you mean {meant!r}?)" if meant else did_you_mean(key, FIELDS)
                raise ConfigError(
                    f"register: unknown field {key!r}{hint}; its fields are {', '.join(sorted(FIELDS))}",
                    path,
                    key_node.start_mark.line + 1,
                )
            values[key] = value_node
        missing = [k for k in REQUIRED if k not in values]
        if missing:
            raise ConfigError(f"register: term is missing {', '.join(missing)}", path, line)
        aliases: tuple[str, ...] = ()
        if "aliases" in values:
            node = values["aliases"]
            if not isinstance(node, yaml.SequenceNode):
                raise ConfigError("register: aliases must be a list", path, node.start_mark.line + 1)
            aliases = tuple(_scalar(n, "alias", path) for n in node.value)
        start = _day(values["from"], "from", path)
        end = None
        to = values.get("to")
        if to is not None and not (isinstance(to, yaml.ScalarNode) and to.value in ("", "null", "~")):
            end = _day(to, "to", path)
            if end < start:
                raise ConfigError(
                    f"register: 'to' ({end}) is before 'from' ({start})", path, to.start_mark.line + 1
                )
        office_text = _scalar(values["office"], "office", path)
        org_text = _scalar(values["organisation"], "organisation", path)
        entries.append(
            RegisterEntry(
                _scalar(values["person"], "person", path), aliases, office_text, org_text, start, end, line
            )
        )
    return entries


def parse_register(text: str, path: str, lex: Lexicon) -> Register:
    """The register in ``text`` (the file at ``path``, named in errors)."""
    return build_register(_entries(text, path), path, lex)


def shown_path(path: str | Path) -> str:
    """A register path as errors show it, the way config paths are shown: relative to the
    working directory when below it, else absolute."""
    p = Path(path)
    if not p.is_absolute():
        return Path(os.path.normpath(p)).as_posix()
    rel = os.path.relpath(p)
    return p.as_posix() if rel.startswith("..") else Path(rel).as_posix()


def _file_key(path: Path, shown: str) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        raise ConfigError("register file not found", shown) from None
    if not S_ISREG(stat.st_mode):  # a FIFO would block the read forever
        raise ConfigError(f"register {file_problem(path)}", shown)
    return os.path.realpath(path), stat.st_mtime_ns, stat.st_size


def _read_entries(path: Path, shown: str) -> list[RegisterEntry] | tuple[str, int | None]:
    """The file's entries, or the (message, line) of its error."""
    try:
        text = safepath.read_text(path)  # non-blocking open, regular files only, size cap
        return _entries(text, shown)
    except UnsafePath as exc:
        return (f"register {exc}", None)
    except UnicodeDecodeError:
        return ("register is not UTF-8 text", None)
    except OSError as exc:
        return (f"cannot read register: {exc.strerror or exc}", None)
    except ConfigError as err:
        return (err.message, err.line)


def _load_entries(path: Path, shown: str, resources: Resources | None = None) -> list[RegisterEntry]:
    """Per file version, its entries; with ``resources``, read once per run (a broken register
    fails the same way for every article without being read again)."""
    key = _file_key(path, shown)
    found = (
        resources.shared(("register", key), lambda: _read_entries(path, shown))
        if resources is not None
        else _read_entries(path, shown)
    )
    if isinstance(found, tuple):
        raise ConfigError(found[0], shown, found[1])
    return found


def check_register(path: str | Path, shown: str | None = None) -> None:
    """Read the register at ``path`` for form (the config does, when it names one), so a broken
    register is one error of the config; ``shown`` names it in errors (default: ``shown_path``)."""
    _load_entries(Path(path), shown or shown_path(path))


def load_register(
    path: str | Path, lex: Lexicon, shown: str | None = None, resources: Resources | None = None
) -> Register:
    """The register file at ``path`` with the lexicon's canonical offices and organisations."""
    p = Path(path)
    shown = shown or shown_path(p)
    return build_register(_load_entries(p, shown, resources), shown, lex)


def _resolve(path: str | Path, config_folder: Path | None = None) -> Path:
    """A register path as given; a relative one is looked up from the folder of the config that
    names it (as the config's other paths are: a desk's config works from any working
    directory), then from the working directory, then from the project root (so rule cases can
    name ``seeds/register.yaml``)."""
    p = Path(path)
    if p.is_absolute():
        return p
    if config_folder is not None and (config_folder / p).exists():
        return config_folder / p
    if p.exists():
        return p
    root = Path(__file__).resolve().parents[1]
    return root / p if (root / p).exists() else p


def register_loader(
    resources: Resources,
    path: str | Path,
    named_by: str | None,
    article: Path | None,
    config_folder: Path | None,
    lex: Lexicon,
) -> Register:
    """The ``"register"`` loader of a run. ``named_by`` (e.g. "FL203 option register"): the
    path comes from a config option and is confined like the config's own paths."""
    p = _resolve(path, config_folder if named_by is not None else None)
    if named_by is not None:
        if not os.path.lexists(p):  # not "outside the project root" for a name looked up from elsewhere
            raise ConfigError(
                f"{named_by}: {str(path)!r} does not exist (paths are relative to the config's folder)"
            )
        try:
            confine(p, article_root(article, config_folder))
        except UnsafePath as err:
            raise ConfigError(f"{named_by}: {str(p)!r} {err}") from None
    return load_register(p, lex, resources=resources)

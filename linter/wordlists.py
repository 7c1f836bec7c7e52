"""A newsroom's own word lists (config ``lexicon``: roles, demonyms, organisations), read by the
app and handed to the mentions analysis as data (``analysis/lexicon.py`` builds the lexicon)."""

from __future__ import annotations

from pathlib import Path

import yaml

from factlint.analysis.lexicon import build_lexicon, check_word_list

from .errors import ConfigError
from .rule import Resources
from .safepath import UnsafePath, read_text, file_problem
from .yamlsafe import SafeLoader, yaml_problem


def read_word_list(path: Path, shown: str | None = None) -> dict:
    """A word list file as a mapping; ConfigError naming it (as ``shown``) and the line."""
    shown = shown or str(path)
    problem = file_problem(path)
    if problem:  # a FIFO would block the read forever
        raise ConfigError(f"word list {problem}", shown)
    try:
        data = yaml.load(read_text(path), Loader=SafeLoader) or {}  # non-blocking, size cap, no aliases
    except UnsafePath as exc:
        raise ConfigError(f"word list {exc}", shown) from None
    except OSError as exc:
        raise ConfigError(f"cannot read word list: {exc.strerror or exc}", shown) from None
    except UnicodeDecodeError:
        raise ConfigError("word list is not UTF-8 text", shown) from None
    except (yaml.YAMLError, RecursionError) as exc:
        message, line = yaml_problem(exc)
        raise ConfigError(
            f"word list is not valid YAML: {message.removeprefix('malformed YAML: ')}", shown, line
        ) from None
    if not isinstance(data, dict):
        raise ConfigError("word list must be a YAML mapping", shown)
    return data


def check_word_lists(files: dict[str, list[tuple[Path, str]]]) -> None:
    """Read extension files (``kind -> [(path, shown), ...]``) as a run will, each on its own:
    the config does when it names them, so a broken one is one error of the config (naming the
    file as ``shown``) instead of one per article."""
    for kind, items in files.items():
        for path, shown in items:
            check_word_list(kind, read_word_list(path, shown), shown)


def load_lexicon(resources: Resources, paths: tuple[tuple[str, tuple[str, ...]], ...]):
    """The ``"lexicon"`` loader of a run: the built-in lists plus the extension files ``paths``
    (``analysis.lexicon.extension_paths``), read once per run."""

    def make():
        return build_lexicon([(kind, read_word_list(Path(p)), p) for kind, items in paths for p in items])

    return resources.shared(("lexicon", paths), make)

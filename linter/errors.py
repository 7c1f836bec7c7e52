"""Errors that end as one line on stderr and exit code 2 (never a traceback)."""

from __future__ import annotations

EXIT_OK = 0  # no finding at or above --fail-on
EXIT_FINDINGS = 1  # findings at or above --fail-on
EXIT_ERROR = 2  # usage, configuration or input error


class FactlintError(Exception):
    """Base: ``str(err)`` is the one line we print."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.more: list[FactlintError] = []  # the same file's further errors, each a line of its own

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputError(FactlintError):
    """An article or source that cannot be read: binary, bad encoding, too big, bad front matter."""


class ConfigError(FactlintError):
    """A configuration file or option that is invalid (unknown key, unknown rule id...)."""


class ModelError(FactlintError):
    """A model that cannot be loaded (not found offline, not an NLI model, bad weights)."""


def install_extra(extra: str) -> str:
    """The command that installs one of factlint's extras (``lsp``, ``ray``, ``torch``) here.

    factlint is installed from its folder (``pip install -e .``), not from a package index, so
    ``pip install 'factlint[ray]'`` finds nothing: name the folder when this is a checkout, else
    the extra's own requirements as the installed metadata lists them."""
    import shlex
    from importlib import metadata
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]  # the repository root is the package
    if (root / "pyproject.toml").is_file():
        return f"pip install -e {shlex.quote(f'{root}[{extra}]')}"
    try:
        requires = metadata.requires("factlint") or []
    except metadata.PackageNotFoundError:
        requires = []
    marker = f'extra == "{extra}"'
    needed = [r.split(";")[0].strip() for r in requires if marker in r]
    return "pip install " + " ".join(shlex.quote(r) for r in needed) if needed else f"the {extra} extra"

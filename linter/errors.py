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

"""What a rule reports."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import IntEnum

from .document import Span


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text as a fingerprint sees it: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def brief(text: str, limit: int = 60) -> str:
    """Text quoted in a message: whitespace collapsed, cut at ``limit`` characters with "…" (at a
    word's start where one is near)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space >= limit * 3 // 4:
        cut = cut[:space]  # (at the last word's start, not inside it: "Foto: Ana Roe…", not "Foto: Ana R…")
    return cut.rstrip() + "…"


def fingerprint(rule_id: str, *texts: str) -> str:
    """Stable id of a finding: rule + normalised sentence texts, never line numbers, so baselines
    and suppressions survive edits elsewhere in the file."""
    digest = hashlib.sha256(rule_id.encode())
    for text in texts:
        digest.update(b"\x00" + normalise(text).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Related:
    span: Span
    path: str | None = None  # None: the same file as the finding; else a source file
    message: str = ""


@dataclass
class Finding:
    rule_id: str
    name: str
    severity: Severity
    message: str
    span: Span
    path: str = ""  # display path, filled in by the engine
    related: list[Related] = field(default_factory=list)
    score: float | None = None
    fingerprint: str = ""

    def sort_key(self) -> tuple:
        return (self.path, self.span.start, self.span.end, self.rule_id, self.message)


@dataclass
class FileError:
    """An input that could not be checked (exit 2); other files are still checked."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: error: {self.message}"


@dataclass
class RunResult:
    """Everything one run produced, in deterministic order; what reporters render."""

    files: list[str] = field(default_factory=list)  # display paths checked (sorted)
    findings: list[Finding] = field(default_factory=list)  # sorted by Finding.sort_key
    errors: list[FileError] = field(default_factory=list)
    # articles that could not be checked (None: count the errors); one broken register or config
    # can leave many articles unchecked behind a single error line
    unchecked: int | None = None
    # display path -> the file's text, kept only for reports that show the article (html)
    texts: dict[str, str] = field(default_factory=dict)
    # files checked only by rules that compare an article with its sources, none given (so
    # nothing was compared), and those rules' ids: "No findings" alone would read as a pass
    uncompared: int = 0
    uncompared_rules: list[str] = field(default_factory=list)

    def uncompared_reason(self) -> str:
        """Why source rules found nothing, when some file had nothing to compare with ("" if none)."""
        if not self.uncompared:
            return ""
        where = (
            "" if self.uncompared == len(self.files) else f" in {self.uncompared} of {len(self.files)} files"
        )
        return (
            f"{', '.join(self.uncompared_rules)} had no sources to compare with{where}: give --source FILE, "
            "or `sources` in the config or in the article's front matter"
        )

    def nothing_compared(self) -> bool:
        """True when every file checked was checked only by source rules that had no sources."""
        return bool(self.files) and self.uncompared == len(self.files) and not self.findings

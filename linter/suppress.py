"""Inline suppressions: HTML comments in the article that silence findings.

``<!-- factlint-disable-next-line FL101 reason: editor verified -->``
    silences findings of FL101 whose span starts on the first non-blank line after the line the
    comment ends on.
``Some sentence. <!-- factlint-disable-line FL101 reason: editor verified -->``
    silences findings of FL101 whose span starts on the line the comment starts on (put it at
    the end of the flagged line).
``<!-- factlint-disable FL301, FL302 -->`` ... ``<!-- factlint-enable FL301, FL302 -->``
    silences findings of those rules whose span starts between the end of the disable comment
    and the start of the enable comment (or the end of the file if no enable follows).

Rule ids are separated by commas and/or spaces; no id means every rule. Anything after
``reason:`` (or `` -- ``) is a free-text justification. Only the finding's own span counts, not
its related spans. A suppression that silenced nothing (among the rules that ran) is reported by
the engine as FL000 ``unused-suppression``; a factlint-enable that closes nothing likewise.

``factlint-enable IDS`` after a bare ``factlint-disable`` re-enables just those rules; every other
rule stays disabled until a bare ``factlint-enable`` (as in ESLint and Vale).

FL000 itself cannot be named in a suppression (an error, like an unknown id): its findings are
made after suppressions are applied, about the suppressions themselves, so a comment could never
silence one. Switch it off in the config (``rules: {FL000: off}``) or with ``--ignore FL000``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Literal

from .document import Document, Span
from .errors import InputError
from .finding import Finding
from .registry import did_you_mean

ALL = "*"  # key of a suppression that names no rule id
UNUSED_SUPPRESSION = "FL000"  # reported about suppressions, so never suppressible by one
_DIRECTIVES = {
    "factlint-disable-next-line": "next-line",
    "factlint-disable-line": "line",
    "factlint-disable": "disable",
    "factlint-enable": "enable",
}
_HEAD = re.compile(r"\s*(factlint-[\w-]*)(.*)\Z", re.S | re.I)
_REASON = re.compile(r"\breason\s*:|\s--(?:\s|\Z)", re.I)
_ID_LIKE = re.compile(r"[A-Za-z]+\d+\W?$")
_REASON_HINT = "rule ids come first, then the reason after 'reason:' (FL003 reason: desk checked)"


@dataclass
class Directive:
    kind: Literal["next-line", "line", "disable", "enable"]
    rule_ids: tuple[str, ...]  # empty: every rule
    span: Span  # the comment
    text: str  # the comment body, without <!-- -->
    reason: str = ""
    target_line: int | None = None  # next-line / line: the line it silences (None: end of file)

    @property
    def keys(self) -> tuple[str, ...]:
        return self.rule_ids or (ALL,)

    def label(self) -> str:
        name = {
            "next-line": "factlint-disable-next-line",
            "line": "factlint-disable-line",
            "disable": "factlint-disable",
            "enable": "factlint-enable",
        }[self.kind]
        return f"{name} {', '.join(self.rule_ids)}".rstrip()


@dataclass
class Unused:
    """A directive (or some of its rule ids) that silenced nothing."""

    directive: Directive
    message: str
    rule_ids: tuple[str, ...] = field(default_factory=tuple)


def _body(comment: str) -> str:
    body = comment.strip()
    if body.startswith("<!--"):
        body = body[4:]
    if body.endswith("-->"):
        body = body[:-3]
    return body.strip()


def _next_nonblank_line(text: str, after_line: int) -> int | None:
    lines = re.split(r"\r\n|\r|\n", text)  # the loader's line breaks
    for number in range(after_line + 1, len(lines) + 1):  # 1-based line numbers
        if lines[number - 1].strip():
            return number
    return None


def _next_text_line(text: str, span) -> int | None:
    """The line a disable-next-line comment silences: the next line with text, or its own line
    when text follows it there (minified HTML, where a whole page is one line)."""
    rest = re.match(r"[^\r\n]*", text[span.end :]).group()
    if rest.strip():
        return span.end_line
    return _next_nonblank_line(text, span.end_line)


def parse(doc: Document, known_ids: Iterable[str], mode: str = "allow") -> list[Directive]:
    """The suppression directives among ``doc.comments``, in document order.

    Raises InputError (naming the file and line) for an unknown directive or rule id, and with
    ``mode`` "with-reason" (the config's ``suppressions``) for a disable comment that does not
    name its rules or give a reason: CI's trusted config can refuse an article's blanket silence.
    The first bad comment is raised, the file's others in its ``more``: a writer fixes them all
    in one go, not one per run.
    """
    known = set(known_ids)
    directives: list[Directive] = []
    errors: list[InputError] = []
    for comment, span in sorted(doc.comments, key=lambda c: c[1].start):
        try:
            directive = _directive(doc, comment, span, known, mode)
        except InputError as err:  # every bad comment of the file, not one per run
            errors.append(err)
            continue
        if directive is not None:
            directives.append(directive)
    if errors:
        errors[0].more = errors[1:]
        raise errors[0]
    return directives


def _directive(doc: Document, comment: str, span: Span, known: set[str], mode: str) -> Directive | None:
    """One comment's directive (None: no factlint comment); InputError for a bad one."""
    body = _body(comment)
    head = _HEAD.match(body)
    if not head:
        return None
    word = head.group(1).lower()
    if word not in _DIRECTIVES:
        raise InputError(
            f"unknown suppression {head.group(1)!r}{did_you_mean(word, _DIRECTIVES)}",
            doc.display_path,
            span.line,
        )
    rest = head.group(2)
    reason = ""
    split = _REASON.search(rest)
    if split:
        rest, reason = rest[: split.start()], rest[split.end() :].strip()
    ids = []
    for token in (t for t in re.split(r"[\s,]+", rest) if t):
        rule_id = token.upper()
        if rule_id not in known:
            # "FL003 because the desk checked": words that are no id are most often a reason
            hint = "" if _ID_LIKE.match(token) else f"; {_REASON_HINT}"
            raise InputError(
                f"unknown rule id {token!r} in {word}{did_you_mean(rule_id, known)}{hint}",
                doc.display_path,
                span.line,
            )
        if rule_id == UNUSED_SUPPRESSION:
            raise InputError(
                f"{UNUSED_SUPPRESSION} (unused-suppression) cannot be named in {word}: it "
                "reports suppression comments, so none can silence it; switch it off "
                f"with 'rules: {{{UNUSED_SUPPRESSION}: off}}' or --ignore {UNUSED_SUPPRESSION}",
                doc.display_path,
                span.line,
            )
        if rule_id not in ids:
            ids.append(rule_id)
    kind = _DIRECTIVES[word]
    if mode == "with-reason" and kind != "enable" and not (ids and reason):
        missing = (
            "the rules it silences and a reason"
            if not ids and not reason
            else ("the rules it silences" if not ids else "a reason")
        )
        raise InputError(
            f"{word} needs {missing} here (the config sets 'suppressions: with-reason'): "
            f"e.g. '{word} FL101 reason: the desk checked the figure'",
            doc.display_path,
            span.line,
        )
    target = _next_text_line(doc.text, span) if kind == "next-line" else span.line if kind == "line" else None
    return Directive(kind, tuple(ids), span, body, reason, target)  # type: ignore[arg-type]


@dataclass
class _Range:
    key: str
    start: int  # offsets into the text: [start, end)
    end: int
    directive: Directive
    closed_at: int | None  # line of the factlint-enable; None: open to the end of the file
    exempt: frozenset[str] = frozenset()  # an ALL range: rules re-enabled by `factlint-enable IDS`

    def covers(self, rule_id: str, offset: int) -> bool:
        return (
            self.key == rule_id or (self.key == ALL and rule_id not in self.exempt)
        ) and self.start <= offset < self.end


@dataclass
class _Open:
    start: int
    directive: Directive
    exempt: frozenset[str] = frozenset()


def _ranges(directives: list[Directive], text_length: int) -> tuple[list[_Range], list[Unused]]:
    """Pair disable/enable comments into ranges; an enable that closes nothing is unused.

    ``factlint-enable IDS`` while a bare ``factlint-disable`` is open re-enables those rules
    only: the open range is cut there and goes on with them exempt."""
    open_at: dict[str, _Open] = {}
    ranges: list[_Range] = []
    unmatched: list[Unused] = []

    def close(key: str, d: Directive) -> _Open:
        opened = open_at.pop(key)
        ranges.append(_Range(key, opened.start, d.span.start, opened.directive, d.span.line, opened.exempt))
        return opened

    for d in directives:
        if d.kind == "disable":
            for key in d.keys:
                if key not in open_at:
                    open_at[key] = _Open(d.span.end, d)
        elif d.kind == "enable":
            keys = d.rule_ids or tuple(open_at)  # a bare enable closes every open range
            closed = [k for k in keys if k in open_at]
            for key in closed:
                close(key, d)
            if d.rule_ids and ALL in open_at:
                exempt = open_at[ALL].exempt
                newly = [k for k in d.rule_ids if k not in exempt]
                if newly:  # cut the bare disable here and go on without these rules
                    opened = close(ALL, d)
                    open_at[ALL] = _Open(d.span.end, opened.directive, exempt | set(newly))
                    closed += newly
            if not closed:
                unmatched.append(Unused(d, f"{d.label()} closes no factlint-disable", d.rule_ids))
    for key, opened in open_at.items():
        ranges.append(_Range(key, opened.start, text_length, opened.directive, None, opened.exempt))
    return ranges, unmatched


def apply(
    findings: list[Finding], directives: list[Directive], ran: set[str], text_length: int
) -> tuple[list[Finding], list[Unused]]:
    """Drop suppressed findings. Returns the kept findings and the unused directives.

    ``ran`` holds the ids of the rules that ran: a suppression of a rule that did not run is
    neither used nor reported as unused.
    """
    ranges, unused = _ranges(directives, text_length)
    used: set[tuple[int, str]] = set()  # (id(directive), key)
    kept = [f for f in findings if not _suppressed(f, directives, ranges, used)]
    for d in directives:
        if d.kind == "enable":
            continue
        idle = tuple(k for k in d.keys if (id(d), k) not in used and (bool(ran) if k == ALL else k in ran))
        if not idle:
            continue
        what = "finding" if idle == (ALL,) else f"{', '.join(idle)} finding"
        unused.append(
            Unused(d, f"nothing to silence: no {what} {_where(d, ranges)}", () if idle == (ALL,) else idle)
        )
    unused.sort(key=lambda u: u.directive.span.start)
    return kept, unused


def _suppressed(
    f: Finding, directives: list[Directive], ranges: list[_Range], used: set[tuple[int, str]]
) -> bool:
    """Whether a line directive or a disabled range silences the finding. Every directive and
    range that silences it is marked in ``used`` (not only the first)."""
    hit = False
    for d in directives:
        if d.kind in ("next-line", "line") and d.target_line == f.span.line:
            for key in d.keys:
                if key in (ALL, f.rule_id):
                    used.add((id(d), key))
                    hit = True
    for r in ranges:
        if r.covers(f.rule_id, f.span.start):
            used.add((id(r.directive), r.key))
            hit = True
    return hit


def _where(d: Directive, ranges: list[_Range]) -> str:
    """Where an unused directive looked for a finding to silence, in the editor's words."""
    if d.kind == "line":
        return f"on line {d.target_line} (the comment's own line)"
    if d.kind == "next-line":
        return f"on line {d.target_line}" if d.target_line else "after it (no line follows)"
    # per rule id the last piece of its range (`factlint-enable IDS` cuts a bare disable)
    last: dict[str, _Range] = {}
    for r in ranges:
        if r.directive is d and (r.key not in last or r.start > last[r.key].start):
            last[r.key] = r
    ends = [r.closed_at for r in last.values()]
    return (
        f"before its factlint-enable on line {min(ends)}"
        if ends and None not in ends
        else "from here to the end of the file"
    )

"""The tiny API a rule plugin sees: subclass ``Rule``, implement ``check``, register an entry point.

A rule is a class whose docstring is its documentation (what it flags, why, a bad and a good
example; ``factlint rule FL001`` prints it). Options are a dict of defaults the config may override.
A rule never parses text, loads a model or prints: it asks the ``Context`` for shared analyses
(computed once per document) and yields ``Finding`` objects made with ``self.finding``.
"""

from __future__ import annotations

import inspect
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, TypeVar

from .document import Document, Sentence, Span
from .finding import Finding, Related, Severity, fingerprint

T = TypeVar("T")


@dataclass
class Settings:
    """Run-wide settings a rule may need (model choice, register, sources...)."""

    model: str | None = None  # None: our default NLI model
    device: str = "cpu"
    precision: str = "fp32"  # NLI arithmetic: fp32 | bf16 | int8
    use_cache: bool = True
    register: Path | None = None  # people/office register (YAML)
    sources: list[Path] = field(default_factory=list)  # --source paths (claims-vs-sources rules)
    extra: dict[str, Any] = field(default_factory=dict)
    # the folder of the config in force: the project root of articles outside any repository
    config_folder: Path | None = None


class Context:
    """Per-document access to shared analyses and run-wide resources (models are loaded lazily
    and once per process, so rules that need none never import torch)."""

    _shared: ClassVar[dict[Any, Any]] = {}  # process-wide: loaded models, keyed by settings

    def __init__(self, doc: Document, settings: Settings | None = None, today: date | None = None):
        self.doc = doc
        self.settings = settings or Settings()
        self.today = today or date.today()
        self._analyses: dict[Callable, Any] = {}

    def analysis(self, compute: Callable[["Document", "Context"], T]) -> T:
        """``compute(doc, ctx)``, memoised for this document: every rule shares one result."""
        if compute not in self._analyses:
            self._analyses[compute] = compute(self.doc, self)
        return self._analyses[compute]

    def shared(self, key: Any, make: Callable[[], T]) -> T:
        """A process-wide resource (a loaded model), made on first use."""
        if key not in Context._shared:
            Context._shared[key] = make()
        return Context._shared[key]

    def nli(self):
        """The NLI model named in the settings (``score(pairs) -> (n, 3)`` probabilities)."""
        from factlint.models import load_nli

        s = self.settings
        return self.shared(("nli", s.model, s.device, s.precision, s.use_cache),
                           lambda: load_nli(s.model, device=s.device, use_cache=s.use_cache,
                                            precision=s.precision))

    def embedder(self):
        """The base sentence embedder (``encode(texts) -> (n, d)`` unit vectors)."""
        from factlint.models import load_embedder

        s = self.settings
        return self.shared(("embedder", s.device), lambda: load_embedder(device=s.device))


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    defaults: ClassVar[dict[str, Any]] = {}  # option name -> default value
    needs_model: ClassVar[bool] = False  # True if check() calls ctx.nli() or ctx.embedder()
    # Options checked for the rule when it is set up (a bad value is a config error naming the
    # config file and line, not a crash mid-run): probabilities must be numbers in [0, 1];
    # choices name each option's allowed values. Every float option must be finite (no .nan or
    # .inf). Further checks in a subclass's __init__ raise ValueError("ID: option NAME ...").
    probability_options: ClassVar[tuple[str, ...]] = ()
    choice_options: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None):
        unknown = set(options or {}) - set(self.defaults)
        if unknown:
            raise ValueError(f"{self.id}: unknown option(s) {', '.join(sorted(unknown))}")
        self.options: dict[str, Any] = {**self.defaults, **(options or {})}
        self.effective_severity = severity or self.severity
        for key, value in self.options.items():
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"{self.id}: option {key} must be a finite number, not {value!r}")
        for key in self.probability_options:
            value = self.options[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{self.id}: option {key} must be a number between 0 and 1, not {value!r}")
        for key, allowed in self.choice_options.items():
            if self.options[key] not in allowed:
                raise ValueError(f"{self.id}: option {key} must be one of {', '.join(allowed)}")

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    # --- helpers for subclasses -----------------------------------------------------------
    def finding(
        self,
        where: Sentence | Span,
        message: str,
        *,
        related: Iterable[Sentence | Span | Related] = (),
        score: float | None = None,
        severity: Severity | None = None,
        key_texts: Iterable[str] | None = None,
    ) -> Finding:
        """A finding at a sentence (or span). ``key_texts`` feed the fingerprint; by default the
        text of the sentence and of related sentences, so the fingerprint survives edits above."""
        span = where.span if isinstance(where, Sentence) else where
        rel: list[Related] = []
        texts = [where.text] if isinstance(where, Sentence) else []
        for item in related:
            if isinstance(item, Related):
                rel.append(item)
            elif isinstance(item, Sentence):
                rel.append(Related(item.span))
                texts.append(item.text)
            else:
                rel.append(Related(item))
        if key_texts is not None:
            texts = list(key_texts)
        return Finding(
            rule_id=self.id,
            name=self.name,
            severity=severity or self.effective_severity,
            message=message,
            span=span,
            related=rel,
            score=score,
            fingerprint=fingerprint(self.id, message if not texts else "", *texts),
        )

    @classmethod
    def docs(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "(no documentation)")

    @classmethod
    def summary(cls) -> str:
        return cls.docs().splitlines()[0]

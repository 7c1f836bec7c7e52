"""The tiny API a rule plugin sees: subclass ``Rule``, implement ``check``, register an entry point.

A rule is a class whose docstring is its documentation (what it flags, why, a bad and a good
example; ``factlint rule FL001`` prints it, with a table of its options). Its options are declared
once, typed, in a nested ``Options`` class (``linter/options.py``); the config may override them
and the rule reads them checked, as ``self.options.NAME``.
A rule never parses text, loads a model, reads a file or prints: it asks the ``Context`` for
shared analyses (computed once per document) and for the run's models and files (``Resources``,
which the app fills), and yields ``Finding`` objects made with ``self.finding``. This module is
the ground floor (docs/architecture.md): it imports nothing of factlint above it.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, TypeVar

from .document import Document, Sentence, Span
from .errors import FactlintError, ModelError
from .finding import Finding, Related, Severity, fingerprint
from .options import (
    CappedOptions,
    OptionError,
    Probability,
    RuleOptions,
    option,
    options_from_defaults,
    table,
    validate,
)

__all__ = [
    "CappedOptions",
    "Context",
    "OptionError",
    "Probability",
    "Rule",
    "RuleOptions",
    "Settings",
    "option",
]

T = TypeVar("T")


@dataclass
class Settings:
    """Run-wide settings a rule may need (model choice, register, sources...)."""

    model: str | None = None  # None: our default NLI model
    device: str = "cpu"
    precision: str | None = None  # NLI arithmetic: fp32 | bf16 | int8; None: the model's default
    use_cache: bool = True
    register: Path | None = None  # people/office register (YAML)
    sources: list[Path] = field(default_factory=list)  # --source paths (claims-vs-sources rules)
    extra: dict[str, Any] = field(default_factory=dict)
    # the folder of the config in force: the project root of articles outside any repository
    config_folder: Path | None = None


class Resources:
    """What one run shares between its documents: models, and files beyond the article (word
    lists, a register, sources) read once. The app makes one per run (the CLI per command, the
    language server per server, a parallel worker per worker) and hands it to every ``Context``.

    Everything here comes from loaders the app injects by kind (``"nli"``, ``"embedder"``,
    ``"lexicon"``, ``"register"``, ``"sources"``), each called as ``loader(resources, *args)``, so
    this floor imports no model backend and analyses read no file. A bare ``Resources()`` (a test
    of a model-free analysis) has none: asking for one is a ``FactlintError`` saying so."""

    def __init__(self, loaders: dict[str, Callable[..., Any]] | None = None):
        self._loaders = dict(loaders or {})
        self._made: dict[Any, Any] = {}

    def shared(self, key: Any, make: Callable[[], T]) -> T:
        """The resource ``key`` of this run, made by ``make()`` on first use."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def load(self, kind: str, *args: Any) -> Any:
        """What the app's ``kind`` loader gives for ``args`` (it caches through ``shared``)."""
        loader = self._loaders.get(kind)
        if loader is None:
            error = ModelError if kind in ("nli", "embedder") else FactlintError
            raise error(f"no {kind} loader in this run (the app gives a run its loaders)")
        return loader(self, *args)

    def optional(self, kind: str, *args: Any) -> Any:
        """Like ``load``, but ``None`` when the run has no ``kind`` loader (a cache is optional)."""
        return self.load(kind, *args) if kind in self._loaders else None

    def nli(self, s: "Settings"):
        return self.load("nli", s)

    def embedder(self, s: "Settings"):
        return self.load("embedder", s)


class Context:
    """Per-document access to shared analyses and to the run's resources (models load lazily,
    once per run, so rules that need none never import a model runtime)."""

    def __init__(
        self,
        doc: Document,
        settings: Settings | None = None,
        today: date | None = None,
        resources: Resources | None = None,
    ):
        self.doc = doc
        self.settings = settings or Settings()
        self.today = today or date.today()
        self.resources = resources if resources is not None else Resources()
        self._analyses: dict[Callable, Any] = {}

    def analysis(self, compute: Callable[["Document", "Context"], T]) -> T:
        """``compute(doc, ctx)``, memoised for this document: every rule shares one result."""
        if compute not in self._analyses:
            self._analyses[compute] = compute(self.doc, self)
        return self._analyses[compute]

    def shared(self, key: Any, make: Callable[[], T]) -> T:
        """A run-wide resource (a parsed source, its vectors), made on first use."""
        return self.resources.shared(key, make)

    def nli(self):
        """The NLI model named in the settings (``score(pairs) -> (n, 3)`` probabilities)."""
        return self.resources.nli(self.settings)

    def embedder(self):
        """The base sentence embedder (``encode(texts) -> (n, d)`` unit vectors)."""
        return self.resources.embedder(self.settings)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    needs_model: ClassVar[bool] = False  # True if check() calls ctx.nli() or ctx.embedder()
    # True if the rule compares the article with its sources and has nothing to do without any
    # (a run of such rules alone on an article without sources checked nothing: the app says so)
    needs_sources: ClassVar[bool] = False
    # The rule's options, declared once (type, range or choices, default, one-line doc):
    #     class Options(RuleOptions):
    #         min_words: int = option(5, "shorter sentences are never reported", ge=0)
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    options: RuleOptions  # this instance's checked values: self.options.min_words
    # Derived from ``Options`` (option name -> default). Compatibility: a rule that sets only
    # this dict (a plugin written before typed options) gets an ``Options`` made from it, each
    # option typed by its default; ``probability_options`` (numbers from 0 to 1) and
    # ``choice_options`` (name -> allowed values) narrow such options further.
    defaults: ClassVar[dict[str, Any]] = {}
    probability_options: ClassVar[tuple[str, ...]] = ()
    choice_options: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init_subclass__(cls, **kwargs: Any):
        super().__init_subclass__(**kwargs)
        if "Options" in cls.__dict__:
            cls.defaults = cls.Options.option_defaults()
        elif any(key in cls.__dict__ for key in ("defaults", "probability_options", "choice_options")):
            cls.Options = options_from_defaults(
                cls.__name__, cls.defaults, cls.probability_options, cls.choice_options
            )

    def __init__(self, options: dict[str, Any] | None = None, severity: Severity | None = None):
        """Raises OptionError (a ValueError naming the option) for an unknown option or a bad value."""
        self.options = validate(self.Options, options, self.id)
        self.effective_severity = severity or self.severity

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
        """The docstring, then a table of the options made from their declarations (a plugin
        whose docstring has its own ``Options:`` section keeps it)."""
        text = inspect.cleandoc(cls.__doc__ or "(no documentation)")
        rows = table(cls.Options)
        if not rows or _OPTIONS_SECTION.search(text):
            return text
        return "\n".join([text, "", "Options:", *(line for row in rows for line in row.lines())])

    @classmethod
    def summary(cls) -> str:
        """The docstring's first paragraph on one line (SARIF's short description): a summary
        wrapped over two lines is one sentence, not its first line."""
        first = cls.docs().split("\n\n", 1)[0]
        return " ".join(first.split())


_OPTIONS_SECTION = re.compile(r"^(?:##\s*)?Options\b", re.M)

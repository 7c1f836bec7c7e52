"""Run rules over articles: find the files, pick each file's config, run the enabled rules, then
filter (inline suppressions, baseline) and decide the exit code.

One direction only: paths -> targets -> (config -> profile) -> load -> rules -> suppressions ->
FL000 -> baseline -> ``CheckResult``. Nothing here prints; the CLI prints the result.

A *profile* is what one config means for a run: the rule instances to run with their options
and severities, the run settings (model, sources, ...) and the ``fail-on`` threshold. Files
under the same config share one profile.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import date
from importlib.util import find_spec
from pathlib import Path

from . import baseline as baseline_mod
from . import changed as changed_mod
from . import suppress
from .config import (
    DEFAULT_FAIL_ON,
    DEVICE_CHOICES,
    FAIL_ON_CHOICES,
    PRECISION_CHOICES,
    Config,
    RuleConfig,
    check_rule_options,
    find_config,
    load_config,
    shadowed_pyproject,
)
from .document import Document, names_no_sources, unread_front_matter_key
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, ConfigError, FactlintError, ModelError
from .finding import FileError, Finding, Severity, fingerprint
from .include import GitIgnored, git_ignored, walked_file_is_article
from . import registry as rule_registry
from .registry import Registry, did_you_mean
from .providers import model_resources
from .rule import Context, Resources, Rule, Settings
from .run import CheckResult, RunOptions, baseline_notice, not_articles_notice  # noqa: F401  (engine's API)

UNUSED_SUPPRESSION = "FL000"
# A 1 MB live blog can hold thousands of real repeats; past this many findings of one rule in one
# file a reader stops reading, so the rest are counted in one finding (max-findings-per-rule).
DEFAULT_MAX_PER_RULE = 100
# Seconds one file may take (read, every rule, findings) before it is given up as an error: an
# article crafted to make an analysis run for hours must not hold a CI runner. A real article,
# model included, takes seconds; the first file also pays for loading the model.
DEFAULT_TIME_BUDGET = 300.0
NLI_INSTALL_HINT = "pip install onnxruntime numpy"  # core dependencies, if removed
# pre-commit sets PRE_COMMIT=1 for its hooks: there, a pip command would go to pre-commit's own
# throwaway environment, so the hint says how to give the hook the model's runtime instead
PRE_COMMIT_HINT = (
    "add additional_dependencies: [onnxruntime, numpy] to the factlint hook "
    "in .pre-commit-config.yaml, or use the factlint-system hook"
)


def install_hint() -> str:
    return PRE_COMMIT_HINT if os.environ.get("PRE_COMMIT") == "1" else NLI_INSTALL_HINT


STDIN_DISPLAY = "<stdin>"
STDIN_FRONT_MATTER_NOTICE = (
    "<stdin> opens with front matter and was read as plain text; "
    "if it is Markdown, pass --stdin-filename NAME.md"
)


def nli_available() -> bool:
    """Whether the default model's runtime is importable (checked without importing it)."""
    return find_spec("onnxruntime") is not None


@dataclass
class _Target:
    display: str  # what reporters print
    path: Path | None  # the file to read; None: stdin
    name: Path | None  # where it lives (config discovery, ignore globs, baseline); None: nameless stdin
    data: bytes | None = None  # stdin bytes
    walked: bool = False  # found by walking a folder (not named): linter/include.py decides
    git_ignored: bool = False  # walked, and git ignores it (left out unless respect-gitignore is off)


@dataclass
class _Profile:
    rules: list[Rule]  # instances to run, by id
    forced: dict[str, Severity]  # severities set by config: they win over a rule's own choice
    settings: Settings
    fail_on: Severity | None  # None: never fail
    unused: Rule | None  # the FL000 instance, if enabled
    max_per_rule: int = 0  # findings shown per rule and file (0: all), then one that counts the rest
    registry: Registry | None = None  # the run's rules (suppression comments are checked against them)
    suppressions: str = "allow"  # the config's ``suppressions``: allow, with-reason or off

    @cached_property  # asked once per file: the rules of a profile do not change
    def ran(self) -> set[str]:
        return {r.id for r in self.rules}

    @cached_property
    def source_rules_only(self) -> list[str]:
        """The rules' ids when every rule here compares an article with its sources (``--select
        FL302``), else none: on an article without sources such a profile checks nothing."""
        rules = [r for r in self.rules if r is not self.unused]
        return [r.id for r in rules] if rules and all(r.needs_sources for r in rules) else []

    @cached_property
    def own_caps(self) -> dict[str, int]:
        """A rule's own max_findings option (FL401-FL403), which overrides the config's cap for
        that rule (read once per profile: reading a rule's options field by field is slow)."""
        return {
            r.id: int(r.options["max_findings"] or 0)
            for r in self.rules
            if "max_findings" in getattr(r, "options", {})
        }


def _debug() -> bool:
    return os.environ.get("FACTLINT_DEBUG") == "1"


def _threshold(fail_on: str) -> Severity | None:
    return None if fail_on == "never" else Severity.parse(fail_on)


# --- selecting rules ------------------------------------------------------------------------


def _check_ids(ids: list[str] | None, flag: str, registry: Registry) -> list[str] | None:
    if ids is None:
        return None
    return [registry.check(rule_id, flag) for rule_id in ids]


def _build_profile(
    config: Config, opts: RunOptions, settings: Settings | None, skipped: set[str]
) -> _Profile:
    """The rules one config enables, as instances. Model rules without the NLI extra are skipped
    (noted in ``skipped``) unless selected explicitly, which is an error."""
    registry = opts.registry if opts.registry is not None else rule_registry.installed()
    selected = set(opts.select) if opts.select is not None else None
    instances: list[Rule] = []
    forced: dict[str, Severity] = {}
    for rule_id, cls in registry.rules.items():
        rc = config.rules.get(rule_id, RuleConfig())
        enabled = rule_id in selected if selected is not None else rc.enabled
        if not enabled or rule_id in opts.ignore:
            continue
        if cls.needs_model and not nli_available():
            if selected is not None and rule_id in selected:
                raise ConfigError(f"{rule_id} needs the NLI model: {install_hint()}")
            if rc.explicit:
                raise ConfigError(f"{rule_id} needs the NLI model: {install_hint()}", config.display, rc.line)
            skipped.add(rule_id)
            continue
        try:
            instances.append(cls(options=rc.options, severity=rc.severity))
        except Exception as exc:  # a plugin whose constructor fails is misconfigured, not a crash
            raise ConfigError(f"rule {rule_id} could not be set up: {type(exc).__name__}: {exc}") from exc
        if rc.severity is not None:
            forced[rule_id] = rc.severity
    unused = next((r for r in instances if r.id == UNUSED_SUPPRESSION), None)
    runnable = [r for r in instances if r.id != UNUSED_SUPPRESSION]
    if settings is None:
        settings = Settings(
            model=opts.model or config.model,
            device=opts.device or config.device or "cpu",
            precision=opts.precision or config.precision,  # None: the model's default
            use_cache=not opts.no_cache and config.cache is not False,
            register=config.register,
            sources=[Path(s) for s in opts.sources] if opts.sources else list(config.sources),
            extra=dict(config.lexicon),
            config_folder=config.root,
        )
    if settings.model and any(r.needs_model for r in runnable):
        _check_model_name(settings.model, None if opts.model else config)
    if any(r.needs_model for r in runnable):
        _check_runtime(settings, None if opts.model or opts.device or opts.precision else config)
    fail_on = _threshold(opts.fail_on or config.fail_on or DEFAULT_FAIL_ON)
    cap = config.max_findings_per_rule
    return _Profile(
        runnable + ([unused] if unused else []),
        forced,
        settings,
        fail_on,
        unused,
        DEFAULT_MAX_PER_RULE if cap is None else cap,
        registry,
        config.suppressions,
    )


def _check_model_name(name: str, config: Config | None) -> None:
    """A model path that does not exist is an error of the run (``--model``) or of the config
    that names it, whether or not an article reaches the model."""
    from factlint.models.nli import check_model_name

    try:
        check_model_name(name)
    except ModelError as err:
        if config is None or config.display is None:
            raise
        raise ConfigError(err.message, config.display) from None


def _check_runtime(settings: Settings, config: Config | None) -> None:
    """A device or precision our model cannot run with here (``device: cuda`` without a CUDA
    runtime) is an error of the run or of the config that sets it, before any article is read."""
    from factlint.models.nli import check_runtime

    try:
        check_runtime(settings.model, settings.device, settings.precision)
    except ModelError as err:
        if config is None or config.display is None:
            raise
        raise ConfigError(err.message, config.display) from None


# --- linting one document ---------------------------------------------------------------------


def _finish(finding: Finding, rule: Rule, doc: Document, profile: _Profile) -> Finding:
    """Fill in what the engine owns: display path, name, forced severity, a fingerprint."""
    if not isinstance(finding, Finding):
        raise TypeError(f"rule {rule.id} yielded {type(finding).__name__}, not a Finding")
    finding.path = doc.display_path
    finding.name = finding.name or rule.name
    if rule.id in profile.forced:
        finding.severity = profile.forced[rule.id]
    if not finding.fingerprint:
        finding.fingerprint = fingerprint(finding.rule_id, doc.text[finding.span.start : finding.span.end])
    return finding


class _OverBudget(BaseException):
    """A file ran past its time budget. A BaseException, so that no ``except Exception`` in a
    rule or an analysis swallows it on the way out."""


@contextmanager
def _time_budget(seconds: float | None):
    """Raise ``_OverBudget`` in the code running under it once ``seconds`` have passed.

    On POSIX, in the main thread, a real-time timer signal interrupts even a long loop inside one
    rule; elsewhere (a worker thread, Windows) ``_lint_document`` checks the deadline between
    rules, which catches a slow file but not a rule that never returns."""
    if not seconds or seconds <= 0:
        yield None
        return
    deadline = time.monotonic() + seconds
    use_signal = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not use_signal:
        yield deadline
        return

    def expire(signum, frame):
        raise _OverBudget()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _RuleFailed(Exception):
    def __init__(self, rule_id: str, exc: BaseException):
        super().__init__(f"rule {rule_id} failed: {type(exc).__name__}: {exc}")
        self.rule_id = rule_id


def _capped(findings: list[Finding], cap: int, own: dict[str, int]) -> list[Finding]:
    """The first ``cap`` findings of each rule, the most severe first and then by position
    (``own[rule]`` instead where a rule has its own max_findings option; 0: all), then one that
    counts the rest at the highest severity among them."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule_id, []).append(finding)
    kept = []
    for rule_id, group in by_rule.items():
        limit = own.get(rule_id, cap)
        setting = f"max_findings: {limit}" if rule_id in own else f"max-findings-per-rule: {limit}"
        if not limit:
            kept.extend(group)
            continue
        # the most severe are shown first: a hidden error must not sit behind a hundred infos
        ranked = sorted(group, key=lambda f: -f.severity)  # stable: by position within a severity
        kept.extend(ranked[:limit])
        rest = ranked[limit:]
        if rest:
            first = rest[0]
            kept.append(
                Finding(
                    rule_id=rule_id,
                    name=first.name,
                    severity=max(f.severity for f in rest),
                    message=f"{len(rest)} more {rule_id} finding{'s' if len(rest) != 1 else ''} in this file not "
                    f"shown ({setting}); fix the ones above and check again, or raise the limit in "
                    "the config",
                    span=first.span,
                    path=first.path,
                    fingerprint=fingerprint(rule_id, "more findings not shown"),
                )
            )
    kept.sort(key=Finding.sort_key)
    return kept


def _lint_document(
    doc: Document,
    profile: _Profile,
    today: date | None,
    rule_errors: list[_RuleFailed] | None = None,
    deadline: float | None = None,
    resources: Resources | None = None,
) -> list[Finding]:
    """Findings of one document after inline suppressions, sorted. ``resources``: the run's
    models and shared data (default: a fresh run of its own).

    A rule that crashes raises, unless ``rule_errors`` collects the failure (then the other
    rules' findings are still returned). ModelError and InputError always propagate.
    """
    rules = (profile.registry or rule_registry.installed()).rules
    # before any rule: a bad comment fails fast; with ``suppressions: off`` none counts
    directives = [] if profile.suppressions == "off" else suppress.parse(doc, rules, profile.suppressions)
    ctx = Context(
        doc,
        profile.settings,
        today=today,
        resources=resources if resources is not None else model_resources(),
    )
    findings: list[Finding] = []
    for rule in profile.rules:
        if rule is profile.unused:
            continue
        if deadline is not None and time.monotonic() > deadline:
            raise _OverBudget()
        try:
            # Materialise first: a rule that crashes half-way contributes nothing, not half.
            produced = [_finish(f, rule, doc, profile) for f in (rule.check(doc, ctx) or ())]
        except FactlintError:
            raise
        except Exception as exc:
            if rule_errors is None:
                raise
            if _debug():
                traceback.print_exc()
            rule_errors.append(_RuleFailed(rule.id, exc))
            continue
        findings.extend(produced)
    kept, unused = suppress.apply(findings, directives, profile.ran, len(doc.text))
    if profile.unused is not None:
        for item in unused:
            finding = profile.unused.finding(
                item.directive.span, item.message, key_texts=[item.directive.text]
            )
            kept.append(_finish(finding, profile.unused, doc, profile))
    kept.sort(key=Finding.sort_key)
    own = profile.own_caps
    if profile.max_per_rule or any(own.values()):
        kept = _capped(kept, profile.max_per_rule, own)
    return kept


def lint_text(
    text: str,
    display_path: str = "article.md",
    *,
    select: list[str] | None = None,
    options: dict[str, dict] | None = None,
    settings: Settings | None = None,
    today: date | None = None,
    resources: Resources | None = None,
    registry: Registry | None = None,
) -> list[Finding]:
    """Lint one article given as text, without any config file (tests, the YAML case runner).
    ``resources``: a run to share models and parsed sources with (default: a fresh one);
    ``registry``: the rules (default: the installed ones).

    ``select`` limits the rules (default: every registered rule; model rules are skipped silently
    when the NLI extra is missing unless selected); ``options`` maps rule id to option overrides.
    Raises InputError/ConfigError instead of collecting them.
    """
    from .loader import load_document

    registry = registry if registry is not None else rule_registry.installed()
    select = _check_ids(select, "select", registry)
    config = Config()
    for rule_id, opts in (options or {}).items():
        registry.check(rule_id, "options")
        checked = check_rule_options(registry.rules[rule_id], dict(opts), f"options for {rule_id}")
        config.rules[rule_id] = RuleConfig(options=checked)
    profile = _build_profile(config, RunOptions(select=select, registry=registry), settings, skipped=set())
    doc = load_document(None, data=text.encode("utf-8"), display_path=display_path)
    return _lint_document(doc, profile, today, resources=resources)


def lint_buffer(
    text: str,
    path: Path,
    *,
    with_model: bool = True,
    today: date | None = None,
    resources: Resources | None = None,
    registry: Registry | None = None,
) -> list[Finding]:
    """Lint an editor's buffer for the file ``path``, with the config that governs that file
    (the language server, which keeps one ``resources`` for its lifetime). ``with_model=False``
    runs only the rules that need no model.
    A file the config ignores has no findings, nor one a folder walk leaves out (a README, a
    file outside `include`: an editor opens every Markdown file); a buffer with no file yet
    (a relative ``path``) is checked. Errors raise (FactlintError)."""
    from .loader import load_document

    found = find_config(path.parent)
    registry = registry if registry is not None else rule_registry.installed()
    config = load_config(found, registry) if found is not None else Config()
    if config.is_ignored(path) or (path.is_absolute() and not walked_file_is_article(config, path)):
        return []
    profile = _build_profile(config, RunOptions(registry=registry), None, skipped=set())
    if not with_model:
        profile = replace(profile, rules=[r for r in profile.rules if not r.needs_model])
    doc = load_document(path, data=text.encode("utf-8", "surrogatepass"), display_path=str(path))
    return _lint_document(doc, profile, today, [], resources=resources)


# --- finding the files ------------------------------------------------------------------------


def _article_suffixes() -> tuple[str, ...]:
    from .loader import ARTICLE_SUFFIXES

    return tuple(s.lower() for s in ARTICLE_SUFFIXES)


def _walk(
    folder: Path,
    shown: str,
    errors: list[FileError] | None = None,
    ignored: "GitIgnored | None" = None,
) -> list[tuple[str, Path, bool]]:
    """Articles below ``folder`` (hidden folders and files skipped), as (display path, path,
    whether git ignores it: ``ignored``, from ``include.git_ignored``).

    Symbolic links to folders are not followed (``os.walk``'s default); a symbolic link to a file
    is checked only when its target lies inside the project root of ``folder`` (the repository
    root, else ``folder`` itself) and outside ``.git``: a link in a pull request must not make
    factlint read, and print, a file of the machine. Such a link is an error naming it."""
    from .safepath import UnsafePath, confine, repository_root

    suffixes = _article_suffixes()
    root = repository_root(folder) or Path(os.path.realpath(folder))
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(suffixes):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), folder)
            display = os.path.normpath(os.path.join(shown, rel))
            path = Path(dirpath) / name
            if os.path.islink(path):
                try:
                    confine(path, root)
                except UnsafePath as err:
                    if errors is not None:
                        errors.append(FileError(display, f"symbolic link not followed: its target {err}"))
                    continue
            found.append((display, path, ignored is not None and rel.replace(os.sep, "/") in ignored))
    return found


_NO_ARTICLES = "no articles found in this folder"  # an error, but not a file left unchecked


def _gitignore_off_in_config(folder: Path, opts: RunOptions) -> bool:
    """Whether the config of a walked folder switches ``respect-gitignore`` off: git is still asked
    (a config below may switch it on again), but its failure is then no news, as the notice says."""
    try:
        if opts.config is not None:
            config = load_config(opts.config, opts.registry)
        else:
            found = None if opts.no_discover else find_config(folder)
            if found is None:
                return False
            _confine_discovered(found)
            config = load_config(_shown(found), opts.registry)
    except FactlintError:  # a broken config is reported with its file's articles
        return False
    return config.respect_gitignore is False


def _discover(
    paths: list[str], opts: RunOptions, errors: list[FileError], notices: list[str] | None = None
) -> list[_Target]:
    targets: list[_Target] = []
    seen: set[str] = set()

    def add(display: str, path: Path, walked: bool = False, git_ignored: bool = False) -> None:
        if not path.is_file():  # a FIFO or device named like an article would block the read
            errors.append(FileError(display, "not a regular file"))
            return
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            targets.append(_Target(display, path, path, walked=walked, git_ignored=git_ignored))

    for arg in paths:
        if arg == "-":
            if "-" in seen:
                continue
            seen.add("-")
            if opts.stdin is None:
                raise ConfigError("'-' names stdin, but no input was given on stdin")
            name = Path(opts.stdin_filename) if opts.stdin_filename else None
            display = os.path.normpath(opts.stdin_filename) if opts.stdin_filename else STDIN_DISPLAY
            targets.append(_Target(display, None, name, opts.stdin))
            continue
        path = Path(arg)
        display = os.path.normpath(arg)
        if path.is_dir():
            ignored = None
            if opts.respect_gitignore is not False:  # one git call per folder walked
                ignored, problem = git_ignored(path)
                if problem is not None and notices is not None and not _gitignore_off_in_config(path, opts):
                    notices.append(
                        f"{display}: .gitignore not applied ({problem}), every article below it is "
                        "checked; `respect-gitignore: false` in the config does so without this notice"
                    )
            found = _walk(path, arg, errors, ignored)
            if not found:
                errors.append(
                    FileError(
                        display,
                        f"{_NO_ARTICLES} (looked for {', '.join(_article_suffixes())})",
                    )
                )
            for shown, file, by_git in found:
                add(shown, file, walked=True, git_ignored=by_git)
        elif path.exists():
            add(display, path, walked=opts.named_as_walked)
        elif path.is_symlink():
            errors.append(FileError(display, "broken symbolic link"))
        else:
            errors.append(FileError(display, "no such file or directory"))
    return targets


def _confine_discovered(config: Path) -> None:
    """A discovered ``.factlint.yaml`` that is a symbolic link out of its repository (or into
    ``.git``) is not read: its errors would quote the file it points to."""
    from .safepath import UnsafePath, confine, repository_root

    from .config import CONFIG_NAME

    folder = Path(os.path.realpath(config.parent))
    try:
        confine(config, repository_root(folder) or folder, hidden_name=CONFIG_NAME)
    except UnsafePath as err:
        raise ConfigError(f"config file not read: its target {err}", _shown(config)) from None


def _shown(path: Path) -> str:
    """A config path as a user would type it: relative to the working directory when below it."""
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else rel


# --- the run ----------------------------------------------------------------------------------


def check_paths(paths: list[str], opts: RunOptions) -> CheckResult:
    """Check files, folders and stdin ("-"). Per-file problems land in ``errors`` (exit 2) while
    the other files are still checked; a problem with the run itself (an unknown rule id in
    ``--select``, a broken ``--config``, a ModelError) raises a FactlintError.

    Four plain steps: plan (options, targets, configs) -> lint (each file) -> filter (changed
    lines, baseline) -> verdict (notices, baseline written, exit code)."""
    plan = _plan(paths, opts)
    if opts.jobs > 1 and opts.write_baseline is None and all(t.data is None for t in plan.targets):
        merged = _check_in_workers(plan)
        if merged is not None:
            return merged
    resources = model_resources()  # this run's models and files: each loaded on first use, once
    with _fewer_collections(), _kept_objects_frozen() as freeze:
        for index, target in enumerate(plan.targets):
            if opts.progress is not None:
                opts.progress(index, len(plan.targets), target.display)
            profiles = len(plan.profiles)
            checked = _lint_target(plan, target, resources)
            if len(plan.profiles) != profiles:
                freeze()  # a config's rules were just built (phrase matchers, lexicons): kept to the end
            if checked is not None:
                _keep(plan, target, *checked)
    return _verdict(plan)


# The analyses make millions of short-lived tuples and dataclass objects and almost no reference
# cycles (reference counting frees them). At CPython's default threshold (a young collection
# every 700 new objects) the cycle collector took about 8% of a model-free run scanning them; it
# runs a hundred times less often while files are checked, then as before.
_YOUNG_COLLECTION_EVERY = 100_000
_OLDER_COLLECTION_EVERY = 20


@contextmanager
def _fewer_collections():
    before = gc.get_threshold()
    if before[0] >= _YOUNG_COLLECTION_EVERY:  # the embedding program already asked for fewer
        yield
        return
    gc.set_threshold(_YOUNG_COLLECTION_EVERY, _OLDER_COLLECTION_EVERY, _OLDER_COLLECTION_EVERY)
    try:
        yield
    finally:
        gc.set_threshold(*before)


# What a run keeps to its end (the imported modules, the rules and what they built) is tens of
# thousands of objects that an older-generation collection would scan again every time, and
# reference counting frees what the files make. They are frozen (gc.freeze: left out of every
# collection) while files are checked, then handed back: a model-free run of 487 articles spent
# about 0.1 s of CPU in collections that scanned them. Nothing is frozen when the embedding
# program has frozen objects of its own (their unfreezing is its business).
@contextmanager
def _kept_objects_frozen():
    if gc.get_freeze_count():
        yield lambda: None
        return
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


@dataclass
class _Plan:
    """One run's decisions before any rule runs, and what the files give back as they are checked."""

    opts: RunOptions
    explicit: Config | None  # --config: used for every file instead of discovery
    baseline: "baseline_mod.Baseline | None"
    targets: list[_Target]
    changes: "changed_mod.ChangedLines | None"  # --diff
    errors: list[FileError]
    result: CheckResult = field(default_factory=CheckResult)
    unchecked: int = 0  # paths that were missing, unreadable, not articles...
    not_articles: int = 0  # walked files left out by linter/include.py
    # config path (None: no config file) -> (config, profile); None when the config is broken
    profiles: dict[Path | None, tuple[Config, _Profile] | None] = field(default_factory=dict)
    configs: dict[Path, Path | None] = field(default_factory=dict)  # folder -> its discovered config
    skipped: set[str] = field(default_factory=set)
    thresholds: dict[str, Severity | None] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    reported: set[tuple] = field(default_factory=set)  # errors about a shared file, shown once
    hidden: int = 0  # findings the baseline accepted
    walk_notices: list[str] = field(default_factory=list)  # e.g. a .gitignore git could not read

    def profile_for(self, target: _Target) -> tuple[Config, _Profile] | None:
        """The config governing ``target`` and its profile (each config loaded once per run)."""
        opts = self.opts
        if self.explicit is not None:
            key = self.explicit.path
        else:
            folder = target.name.parent if target.name is not None else Path.cwd()
            if opts.no_discover:
                key = None
            elif folder in self.configs:
                key = self.configs[folder]
            else:  # once per folder: the files of one folder share its config (and the walk up)
                key = self.configs[folder] = find_config(folder)
        if key not in self.profiles:
            try:
                if self.explicit is None and key is not None:
                    _confine_discovered(key)
                    shadowed = shadowed_pyproject(key)
                    if shadowed is not None:  # both configure factlint: say which one is read
                        self.result.notices.append(
                            f"{_shown(key)} configures the articles below it; {_shown(shadowed)}'s "
                            "[tool.factlint] beside it is not read"
                        )
                config = self.explicit or (
                    load_config(_shown(key), opts.registry) if key is not None else Config()
                )
                profile = _build_profile(config, opts, None, self.skipped)
                if not profile.rules:
                    # every rule off: "No findings" would pass an article nothing checked
                    raise ConfigError(_NO_RULE_LEFT, config.display)
                self.profiles[key] = (config, profile)
            except ConfigError as err:
                if self.explicit is not None or err.path is None:
                    raise  # the run as a whole is misconfigured
                self.errors.append(FileError(err.path, err.message, err.line))  # once per config
                self.profiles[key] = None
        return self.profiles[key]


_NO_RULE_LEFT = (
    "every rule is switched off here: no rule would run, and an article nothing checked would pass"
)


def _checked_options(opts: RunOptions) -> RunOptions:
    """``opts`` with the run's registry (read now if not given) and rule ids checked;
    ConfigError for a bad choice or a missing --source."""
    registry = opts.registry if opts.registry is not None else rule_registry.installed()
    opts = replace(
        opts,
        registry=registry,
        select=_check_ids(opts.select, "--select", registry),
        ignore=_check_ids(opts.ignore, "--ignore", registry) or [],
    )
    if opts.ignore and (opts.select is not None and set(opts.select) <= set(opts.ignore)):
        # a CI job that checks nothing must not pass: "No findings" would read as a clean article
        raise ConfigError(
            f"--ignore takes out every rule --select names ({', '.join(opts.select)}): no rule would run"
        )
    if opts.ignore and set(registry.rules) <= set(opts.ignore):
        raise ConfigError("--ignore names every rule: no rule would run")
    for flag, value, choices in (
        ("--fail-on", opts.fail_on, FAIL_ON_CHOICES),
        ("--device", opts.device, DEVICE_CHOICES),
        ("--precision", opts.precision, PRECISION_CHOICES),
    ):
        if value is not None and value not in choices:
            raise ConfigError(
                f"{flag}: {value!r} is not one of {', '.join(choices)}{did_you_mean(value, choices)}"
            )
    for source in opts.sources or []:
        if not Path(source).exists():
            raise ConfigError(f"--source {source!r} does not exist")
        if Path(source).is_dir():  # once for the run, not once per article
            raise ConfigError(
                f"--source {source!r} is a folder: name each source file (--source FILE, repeatable)"
            )
    return opts


def _plan(paths: list[str], opts: RunOptions) -> _Plan:
    """Step 1: the options checked, the explicit config and baseline read, the targets found."""
    opts = _checked_options(opts)
    explicit = load_config(opts.config, opts.registry) if opts.config is not None else None
    baseline = None
    if opts.baseline is not None and opts.write_baseline is None:
        baseline = baseline_mod.load(opts.baseline)
    errors: list[FileError] = []
    notices: list[str] = []
    targets = sorted(_discover(paths, opts, errors, notices), key=lambda t: t.display)
    changes = None
    if opts.diff is not None:
        if any(t.data is not None for t in targets):
            raise ConfigError("--diff compares files with git; it cannot be used with stdin ('-')")
        changes = changed_mod.ChangedLines(opts.diff)
    if opts.write_baseline is not None and opts.diff is not None:
        # a baseline accepts whole files: written from the changed lines only, it would leave
        # every other finding of those files to fail the next run
        raise ConfigError(
            "--write-baseline records whole files; it cannot be used with --diff (run it without --diff)"
        )
    if opts.write_baseline is not None:  # refuse a bad target before spending time on the run
        baseline_mod.check_target(opts.write_baseline, [t.path for t in targets if t.path is not None])
    unchecked = sum(1 for e in errors if not e.message.startswith(_NO_ARTICLES))
    plan = _Plan(opts, explicit, baseline, targets, changes, errors, unchecked=unchecked)
    plan.walk_notices = notices
    plan.result.notices.extend(notices)
    return plan


def _check_in_workers(plan: _Plan) -> CheckResult | None:
    """``--jobs N``: the files dealt to worker processes; None when too few to be worth it."""
    from .parallel import check_in_workers, workers_for

    targets = plan.targets
    workers = workers_for(plan.opts.jobs, len(targets), _model_free_bytes(plan))
    if workers <= 1:
        return None
    # decided here, with each file's config, because a worker is handed file names only
    kept = [  # a worker is handed names: what the walk leaves out (ignore globs too) stays here
        t
        for t in targets
        if not t.walked
        or (chosen := plan.profile_for(t)) is None
        or not (_left_out(plan, chosen[0], t) or chosen[0].is_ignored(t.path))
    ]
    # plan.errors holds a broken config's error now too (profile_for above), but its articles are
    # counted by the workers that meet it; a folder without articles is no file unchecked
    merged = check_in_workers(
        [t.display for t in kept], plan.errors, plan.opts, workers, check_paths, unchecked=plan.unchecked
    )
    merged.notices[:0] = plan.walk_notices  # said once, here: the workers walk nothing
    if plan.baseline is not None and not merged.hidden and plan.baseline.names_no_file():
        merged.notices = [
            baseline_notice(plan.opts.baseline, 0, lost=True) if n.startswith("the baseline ") else n
            for n in merged.notices
        ]
    if len(kept) < len(targets) and not merged.files:
        merged.notices.append(not_articles_notice(len(targets) - len(kept)))
    return merged


def _left_out(plan: _Plan, config: Config, target: _Target) -> bool:
    """A walked file the walk does not check: git ignores it (unless the run's or the file's
    config turns respect-gitignore off), or linter/include.py says it is no article."""
    if not target.walked:
        return False
    if not str(target.name).lower().endswith(_article_suffixes()):
        return True  # named to --skip-non-articles (a pre-commit `files:` wider than its types)
    if target.git_ignored:
        respect = plan.opts.respect_gitignore
        if respect if respect is not None else config.respect_gitignore:
            return True
    return not walked_file_is_article(config, target.name, reports_are_skipped=not plan.opts.no_discover)


def _model_free_bytes(plan: _Plan) -> int | None:
    """The size of the run's files when ``--jobs`` was left to us and no rule needs a model."""
    if not plan.opts.jobs_by_default:
        return None
    total = 0
    for target in plan.targets:
        chosen = plan.profile_for(target)
        if chosen is not None and any(r.needs_model for r in chosen[1].rules):
            return None
        try:
            total += target.path.stat().st_size if target.path is not None else 0
        except OSError:
            pass  # reported when the file is read
    return total


def _lint_target(
    plan: _Plan, target: _Target, resources: Resources
) -> tuple[Document, _Profile, list[Finding]] | None:
    """Step 2: one file read and linted under its config and the per-file time budget; None
    when it is not checked (ignored, not an article, or an error recorded in the plan)."""
    from .loader import load_document

    opts = plan.opts
    chosen = plan.profile_for(target)
    if chosen is None:
        plan.unchecked += 1
        return None  # its config is broken; that error is already reported
    config, profile = chosen
    if target.name is not None and config.is_ignored(target.name):
        if target.walked:
            plan.not_articles += 1  # a folder of ignored drafts is no silent "0 files" either
        elif config.path is not None:  # named, yet "No findings in 0 files": say why
            plan.result.notices.append(
                f"{target.display} was not checked: {_shown(config.path)} ignores it (ignore:)"
            )
        return None
    if _left_out(plan, config, target):
        plan.not_articles += 1
        return None  # a README or CHANGELOG beside the articles, a build folder, or outside `include`
    budget = DEFAULT_TIME_BUDGET if opts.time_budget is None else opts.time_budget
    try:
        with _time_budget(budget) as deadline:
            # stdin: the name (if any) only tells the loader the format; the bytes are the data
            source = target.path if target.data is None else target.name
            doc = load_document(source, data=target.data, display_path=target.display)
            failures: list[_RuleFailed] = []
            file_findings = _lint_document(doc, profile, opts.today, failures, deadline, resources)
    except _OverBudget:
        plan.errors.append(
            FileError(
                target.display,
                f"not checked: took longer than {budget:g} seconds (the per-file time limit, --timeout)",
            )
        )
        plan.unchecked += 1
        return None
    except ModelError:
        raise
    except FactlintError as err:
        # an error about another file (a register, a source) names that file and its line,
        # once: every article that reads it would fail the same way
        for one in (err, *err.more):
            error = FileError(one.path or target.display, one.message, one.line)
            if (
                one.path in (None, target.display)
                or (error.path, error.line, error.message) not in plan.reported
            ):
                plan.reported.add((error.path, error.line, error.message))
                plan.errors.append(error)
        plan.unchecked += 1
        return None
    except Exception as exc:  # a bug while reading one file must not hide the others' findings
        if _debug():
            traceback.print_exc()
        plan.errors.append(FileError(target.display, f"internal error: {type(exc).__name__}: {exc}"))
        plan.unchecked += 1
        return None
    plan.errors.extend(FileError(target.display, str(f)) for f in failures)
    return doc, profile, file_findings


def _keep(
    plan: _Plan, target: _Target, doc: Document, profile: _Profile, file_findings: list[Finding]
) -> None:
    """Step 3: a checked file's findings filtered (changed lines, baseline) and kept."""
    if plan.changes is not None:
        lines = plan.changes.lines(target.path) if target.path is not None else set()
        file_findings = [f for f in file_findings if changed_mod.touches(f, lines)]
    plan.result.files.append(target.display)
    if (
        profile.source_rules_only
        and not profile.settings.sources
        and names_no_sources(doc.meta.get("sources"))
    ):
        # the front matter's key of analysis/source_entries.py ("sources: none" names none); read
        # here, not through that floor, because the rules found nothing to read and said nothing
        plan.result.uncompared += 1
        plan.result.uncompared_rules = sorted({*plan.result.uncompared_rules, *profile.source_rules_only})
    unread = unread_front_matter_key(doc.meta) if doc.meta else None
    if unread is not None:  # `source: [wire.txt]`: the quotes were never looked up, silently
        plan.result.notices.append(
            f"{target.display}: front matter key {unread[0]!r} is not read (did you mean {unread[1]!r}?)"
        )
    if target.data is not None and target.name is None and doc.format == "text":
        if doc.text.lstrip("\ufeff").split("\n", 1)[0].rstrip() in ("---", "+++"):
            # piped Markdown (`cat story.md | factlint check -`): its headings and links read
            # as plain text, and its "# Headline" as page text before the story (FL002)
            plan.result.notices.append(STDIN_FRONT_MATTER_NOTICE)
    if plan.opts.keep_texts:
        plan.result.texts[target.display] = doc.text
    plan.thresholds[target.display] = profile.fail_on
    if plan.baseline is not None:
        base_dir = plan.baseline.path.parent
        before = len(file_findings)
        file_findings = plan.baseline.filter(
            file_findings, lambda f: baseline_mod.path_key(base_dir, target.display, target.name)
        )
        plan.hidden += before - len(file_findings)
    plan.findings.extend(file_findings)


def _verdict(plan: _Plan) -> CheckResult:
    """Step 4: the result sorted, its notices, the baseline written if asked, the exit code."""
    opts, result = plan.opts, plan.result
    result.findings = sorted(plan.findings, key=Finding.sort_key)
    result.errors = sorted(plan.errors, key=lambda e: (e.path, e.line or 0, e.message))
    result.unchecked = plan.unchecked
    if plan.baseline is not None:
        result.hidden = plan.hidden
        lost = not plan.hidden and plan.baseline.names_no_file()
        result.notices.append(baseline_notice(opts.baseline, plan.hidden, lost))
    if plan.not_articles and not result.files:
        result.notices.append(not_articles_notice(plan.not_articles))
    if plan.skipped:
        result.notices.append(
            f"skipping {', '.join(sorted(plan.skipped))}: the NLI model is not installed ({install_hint()})"
        )
    if opts.write_baseline is not None:
        return _write_baseline(plan, result)
    if result.errors:
        result.exit_code = EXIT_ERROR
    elif any(
        plan.thresholds.get(f.path) is not None and f.severity >= plan.thresholds[f.path]
        for f in result.findings
    ):
        result.exit_code = EXIT_FINDINGS
    return result


def _write_baseline(plan: _Plan, result: CheckResult) -> CheckResult:
    opts = plan.opts
    if result.errors:
        # A file that could not be checked has no findings to record: writing now would drop
        # its accepted entries from the baseline (they would come back once it loads again).
        result.notices.append(
            f"baseline {opts.write_baseline} not written: {len(result.errors)} "
            "problem(s) below; fix them (or leave those files out) and write it again"
        )
        result.exit_code = EXIT_ERROR
        return result
    names = {t.display: t.name for t in plan.targets}
    base_dir = Path(opts.write_baseline).parent
    result.baseline_written = baseline_mod.write(
        opts.write_baseline,
        result.findings,
        lambda f: baseline_mod.path_key(base_dir, f.path, names.get(f.path)),
        inputs=[t.path for t in plan.targets if t.path is not None],
    )
    result.exit_code = EXIT_OK
    return result

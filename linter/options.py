"""Typed rule options: each option is declared once, with its type, range or choices, default
and a one-line doc; validation, the options table of ``factlint rule`` and the line numbers of
config errors all come from that declaration.

A rule declares its options as a nested ``Options`` class and reads them as typed attributes::

    class Options(RuleOptions):
        threshold: Probability = option(0.92, "similarity from which two sentences are the same")
        min_words: int = option(5, "shorter sentences are never reported", ge=0)
        context: Literal["none", "pronoun", "always"] = option("none", "the premise's context")

    ... self.options.threshold  # a float from 0 to 1, already checked

The declaration is a pydantic model (as ruff's settings structs and sqlfluff's ``config_info``
declare each setting once): strict (0.5 is not an int, "3" is not a number, an int is a fine
float), no NaN or infinity, unknown names refused. A check that needs code (a regex that must
compile) is a pydantic ``field_validator`` raising ValueError; its error names the option
because pydantic knows which field it was validating.

Compatibility: a rule that still sets a plain ``defaults`` dict (third-party plugins written
before typed options) gets an ``Options`` class synthesised from it: each option typed by its
default's type (a list by ``list``, ``None`` by anything), without range or doc.
"""

from __future__ import annotations

import difflib
import keyword
import textwrap
from dataclasses import dataclass
from typing import Annotated, Any, Iterator, Literal, get_args, get_origin

import annotated_types
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model
from pydantic.fields import FieldInfo

__all__ = ["RuleOptions", "option", "Probability", "OptionError", "OptionDoc", "options_from_defaults"]

# A probability or a share: a number from 0 to 1.
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


def option(default: Any, doc: str, **constraints: Any) -> Any:
    """One option's declaration: its default, a one-line doc (what it does, for a user) and
    pydantic's constraints (``ge=0``, ``le=100``...). A list default is copied per rule."""
    if not doc.strip() or "\n" in doc:
        raise ValueError(f"an option's doc is one line, not {doc!r}")
    if isinstance(default, list):
        return Field(default_factory=lambda: list(default), description=doc, **constraints)
    return Field(default, description=doc, **constraints)


class RuleOptions(BaseModel):
    """Base of every rule's ``Options``: the checked values, as attributes.

    Reading ``options["name"]``, ``"name" in options``, ``options.get(name)``, ``{**options}``
    and ``options.items()`` works too, by
    the option's name as a config writes it: the engine's generic options (``max_findings``),
    rules written against a plain dict of options, and benchmarks passing a modified copy.
    An option whose name is taken by the model class (``register``: pydantic's ``ABCMeta``)
    is declared under another attribute with the name as its alias:
    ``register_: str | None = option(None, "...", alias="register")``."""

    # defer_build: a model's validator is built the first time a config gives it values (most
    # runs give none: see ``validate``), not for every rule class at every start
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        allow_inf_nan=False,
        validate_default=False,
        defer_build=True,
    )

    @classmethod
    def option_names(cls) -> dict[str, str]:
        """Option name as a config writes it -> attribute name."""
        return {(info.alias or attr): attr for attr, info in cls.model_fields.items()}

    @classmethod
    def option_defaults(cls) -> dict[str, Any]:
        """Option name -> default."""
        return {
            name: cls.model_fields[attr].get_default(call_default_factory=True)
            for name, attr in cls.option_names().items()
        }

    def __getitem__(self, name: str) -> Any:
        attr = self.option_names().get(name)
        if attr is None:
            raise KeyError(name)
        return getattr(self, attr)

    def __contains__(self, name: object) -> bool:
        return name in self.option_names()

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default

    def keys(self) -> Iterator[str]:  # ``{**options}`` and ``dict(options)`` read a mapping
        return iter(self.option_names())

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(self.as_dict().items())

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, attr) for name, attr in self.option_names().items()}


class OptionError(ValueError):
    """A bad option value or name: ``option`` is the name as the config writes it ("" when the
    problem is not one option's), ``at_key`` True when the name itself is wrong (the error
    points at the key, not the value). ``str()`` reads ``RULE: option 'name': problem``."""

    def __init__(self, rule_id: str, option: str, problem: str, at_key: bool = False):
        self.rule_id, self.option, self.problem, self.at_key = rule_id, option, problem, at_key
        super().__init__(f"{rule_id}: {problem}" if rule_id else problem)

    @property
    def message(self) -> str:
        return self.problem


def validate(
    options_class: type[RuleOptions], values: dict[str, Any] | None, rule_id: str = ""
) -> RuleOptions:
    """``values`` (option name -> value, as a config gives them) checked against the
    declarations; the first problem raises OptionError."""
    if not values:  # every option its default, unchecked as in model_validate (validate_default=False)
        return options_class.model_construct()
    try:
        return options_class.model_validate(dict(values))
    except ValidationError as exc:
        raise _problem(options_class, exc, rule_id) from None


def _problem(options_class: type[RuleOptions], exc: ValidationError, rule_id: str) -> OptionError:
    err = exc.errors()[0]
    name = str(err["loc"][0]) if err["loc"] else ""
    kind, value = err["type"], err.get("input")
    names = list(options_class.option_names())
    if kind == "extra_forbidden":
        hint = _did_you_mean(name, [*names, "severity"])
        none = "" if names else f" ({rule_id or 'the rule'} has no options)"
        return OptionError(rule_id, name, f"unknown option {name!r}{hint}{none}", at_key=True)
    info = options_class.model_fields[options_class.option_names()[name]]
    if kind == "finite_number":
        problem = f"{shown_value(value)} is not a finite number"
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        problem = f"{shown_value(value)} is not {_range(info)}"
    elif kind == "literal_error":
        choices = _choices(info.annotation)
        hint = _did_you_mean(value, choices) if isinstance(value, str) else ""
        problem = f"{shown_value(value)} is not one of {', '.join(choices)}{hint}"
    elif kind == "value_error":  # a field_validator's own words
        problem = str(err["ctx"]["error"])
        if rule_id and problem.startswith(f"{rule_id}: "):
            problem = problem[len(rule_id) + 2 :]
    elif len(err["loc"]) == 1:
        problem = f"{shown_value(value)} is not {_EXPECTED.get(type_name(info), 'of the right type')}"
    else:  # inside a list: item 2 of phrases, counted from 1 as a reader counts the YAML's items
        where = ".".join(str(part + 1) if isinstance(part, int) else str(part) for part in err["loc"][1:])
        expected = EXPECTED_BY_ERROR.get(kind)
        problem = f"item {where}: " + (f"{shown_value(value)} is not {expected}" if expected else err["msg"])
    return OptionError(rule_id, name, f"option {name!r}: {problem}")


def _did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def shown_value(value: Any) -> str:
    """A config value as its YAML reads (``true``, not Python's ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value"
    return repr(value)


# what a list's item should have been, by pydantic's error type
# (the config's own keys use it too, with lists and mappings: linter/config.py)
EXPECTED_BY_ERROR = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
}

_EXPECTED = {
    "number": "a number",
    "whole number": "a whole number",
    "true/false": "true or false",
    "text": "text",
    "list": "a list",
    "number or none": "a number",
    "text or none": "text",
}


# --- what the declaration says, for the docs ------------------------------------------------


@dataclass(frozen=True)
class OptionDoc:
    """One row of a rule's options table."""

    name: str
    type: str  # "number", "whole number", "true/false", "text", "list", "skip | info | keep"
    default: Any
    allowed: str  # "between 0 and 1", "0 or more"; "" when any value of the type is allowed
    doc: str

    def lines(self, width: int = 100, indent: str = "    ") -> list[str]:
        """``name (type, allowed; default X): doc``, wrapped with a hanging indent."""
        if self.default is None:
            shown = "none"
        elif isinstance(self.default, bool):
            shown = str(self.default).lower()
        elif isinstance(self.default, str):
            shown = f'"{self.default}"'
        else:
            shown = repr(self.default)
        kind = (
            self.allowed
            if self.allowed.startswith("between") and self.type == "number"
            else f"{self.type} {self.allowed}".strip()
        )
        text = f"{self.name} ({kind}; default {shown}): {self.doc or '(undocumented)'}"
        return textwrap.wrap(
            text, width, initial_indent=indent, subsequent_indent=indent * 2, break_on_hyphens=False
        )


def table(options_class: type[RuleOptions]) -> list[OptionDoc]:
    rows = []
    for name, attr in options_class.option_names().items():
        info = options_class.model_fields[attr]
        choices = _choices(info.annotation)
        rows.append(
            OptionDoc(
                name,
                " | ".join(choices) if choices else type_name(info),
                info.get_default(call_default_factory=True),
                _range(info),
                info.description or "",
            )
        )
    return rows


def type_name(info: FieldInfo) -> str:
    """The option's type in a user's words: number, whole number, true/false, text, list."""
    annotation = info.annotation
    if get_origin(annotation) is Literal:
        return "choice"
    base = get_origin(annotation) or annotation
    if base in _WORDS:
        return _WORDS[base]
    parts = [a for a in get_args(annotation) if a is not type(None)]
    if len(parts) == 1 and (get_origin(parts[0]) or parts[0]) in _WORDS:  # "str | None"
        return f"{_WORDS[get_origin(parts[0]) or parts[0]]} or none"
    return "value"


_WORDS = {float: "number", int: "whole number", bool: "true/false", str: "text", list: "list"}


def _range(info: FieldInfo) -> str:
    """The declared bounds in words: "between 0 and 1", "0 or more", "more than 0"."""
    bounds: dict[str, float] = {}
    for item in info.metadata:
        for kind in ("ge", "gt", "le", "lt"):
            if isinstance(item, getattr(annotated_types, kind.capitalize())):
                bounds[kind] = getattr(item, kind)
    if "ge" in bounds and "le" in bounds:
        return f"between {_num(bounds['ge'])} and {_num(bounds['le'])}"
    words = [
        f"{_num(bounds['ge'])} or more" if "ge" in bounds else "",
        f"more than {_num(bounds['gt'])}" if "gt" in bounds else "",
        f"{_num(bounds['le'])} or less" if "le" in bounds else "",
        f"less than {_num(bounds['lt'])}" if "lt" in bounds else "",
    ]
    return ", ".join(w for w in words if w)


def _num(value: float) -> str:
    return f"{value:g}"


def _choices(annotation: Any) -> tuple[str, ...]:
    return tuple(str(a) for a in get_args(annotation)) if get_origin(annotation) is Literal else ()


# --- compatibility: a plain ``defaults`` dict ------------------------------------------------


class CappedOptions(RuleOptions):
    """Options of a rule that sets its own findings cap: the engine reads ``max_findings`` in
    place of the config's max-findings-per-rule (FL401-FL403: one finding per figure pair)."""

    max_findings: int = option(
        50,
        "findings reported in a file at most, then one that says how many "
        "were left out (0: no limit); overrides max-findings-per-rule",
        ge=0,
    )


def options_from_defaults(
    rule_name: str,
    defaults: dict[str, Any],
    probabilities: tuple[str, ...] = (),
    choices: dict[str, tuple[str, ...]] | None = None,
) -> type[RuleOptions]:
    """An ``Options`` class for a rule that declares only ``defaults`` (name -> default value):
    each option is typed by its default (``None``: any value; a list: a list), a name in
    ``probabilities`` is a number from 0 to 1, one in ``choices`` one of its values; no docs."""
    fields: dict[str, Any] = {}
    for i, (name, default) in enumerate(defaults.items()):
        kind: Any = Any if default is None else list if isinstance(default, (list, tuple)) else type(default)
        if name in probabilities:
            kind = Probability
        if name in (choices or {}):
            kind = Literal[tuple(choices[name])]  # type: ignore[index]
        usable = (
            name.isidentifier()
            and not keyword.iskeyword(name)
            and not name.startswith("_")
            and not hasattr(RuleOptions, name)
        )
        # a name that is no Python attribute ("max-words", "keys") is an alias of a neutral one
        attr, alias = (name, None) if usable else (f"option_{i}", name)
        if isinstance(default, (list, dict)):
            fields[attr] = (kind, Field(default_factory=lambda d=default: type(d)(d), alias=alias))
        else:
            fields[attr] = (kind, Field(default, alias=alias))
    return create_model(f"{rule_name}Options", __base__=RuleOptions, **fields)

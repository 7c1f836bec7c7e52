"""The floors of docs/architecture.md, enforced: ``lint-imports`` (import-linter) checks the
contracts in pyproject.toml, here on the real package and on copies with a planted upward
import or cycle, which must fail."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = shutil.which("lint-imports", path=os.path.dirname(sys.executable)) or shutil.which(
    "lint-imports"
)

pytestmark = pytest.mark.skipif(LINT_IMPORTS is None, reason="import-linter is not installed (test extra)")


def lint_imports(root: Path, package_parent: Path | None = None) -> subprocess.CompletedProcess:
    """``lint-imports`` on the package at ``root`` (found first on the path when a copy)."""
    env = dict(os.environ)
    if package_parent is not None:
        env["PYTHONPATH"] = str(package_parent)
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def package_copy(tmp_path: Path) -> Path:
    """The package's sources (no weights, results or environments) as ``tmp/factlint``."""
    copy = tmp_path / "factlint"
    skip = shutil.ignore_patterns(
        ".venv",
        ".git",
        "weights",
        "results",
        "__pycache__",
        "*.egg-info",
        "*.sqlite3",
        "*.onnx",
        "*.safetensors",
        "seeds",
        "schemas",
        "docs",
    )
    shutil.copytree(ROOT, copy, ignore=skip)
    return copy


def plant(copy: Path, module: str, line: str) -> None:
    path = copy / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def statuses(done: subprocess.CompletedProcess) -> dict[str, str]:
    """Contract name (its first words) -> KEPT or BROKEN, from lint-imports' summary."""
    report = " ".join(done.stdout.split())
    found = re.findall(r"(Floors|No import cycles|Rules and analyses)[^\n]*? (KEPT|BROKEN)", report)
    return dict(found)


def test_the_package_keeps_every_contract():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert statuses(done) == {"Floors": "KEPT", "No import cycles": "KEPT", "Rules and analyses": "KEPT"}


@pytest.fixture(scope="module")
def clean_copy(tmp_path_factory) -> Path:
    """The package copied once and found clean once; each planted test plants in a copy of it."""
    parent = tmp_path_factory.mktemp("clean")
    copy = package_copy(parent)
    done = lint_imports(copy, parent)
    assert done.returncode == 0, done.stdout + done.stderr  # the copy itself is clean
    return copy


@pytest.mark.parametrize(
    "module, line, broken",
    [
        # the plugin API importing the model backend (what linter/rule.py did before the floors)
        ("linter/rule.py", "from factlint.models import load_nli", ["Floors", "Rules and analyses"]),
        # an analysis reading files through the app's loader
        ("analysis/claims.py", "from factlint.linter.loader import load_document", ["Floors"]),
        # a model reading the app's config (what models/nli.py did)
        ("models/choices.py", "from factlint.linter.config import CONFIG_NAME", ["Floors"]),
        # an analysis opening a database
        ("analysis/pairs.py", "import sqlite3", ["Rules and analyses"]),
        # a cycle inside the app: engine -> parallel -> engine
        ("linter/parallel.py", "from .engine import check_paths", ["No import cycles"]),
    ],
)
def test_a_planted_upward_import_or_cycle_breaks_a_contract(clean_copy, tmp_path, module, line, broken):
    copy = tmp_path / "factlint"
    shutil.copytree(clean_copy, copy)
    plant(copy, module, line)
    done = lint_imports(copy, tmp_path)
    assert done.returncode != 0
    found = statuses(done)
    assert {name for name, status in found.items() if status == "BROKEN"} == set(broken), done.stdout


def test_every_module_of_the_app_package_stands_on_a_floor():
    """linter/ holds the ground floor and the app: a new module there must be placed on one."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "floors")["layers"]
    named = {part.strip().strip("()") for layer in layers for part in layer.replace("|", ":").split(":")}
    modules = {f"factlint.linter.{p.stem}" for p in (ROOT / "linter").glob("*.py") if p.stem != "__init__"}
    modules |= {
        f"factlint.linter.{p.name}"
        for p in (ROOT / "linter").iterdir()
        if p.is_dir() and (p / "__init__.py").is_file()
    }
    assert sorted(modules - named) == []


def test_training_is_not_in_the_installed_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = config["tool"]["setuptools"]["packages"]
    assert not any(p.startswith("factlint.training") for p in packages)
    assert (ROOT / "training" / "train.py").is_file() and not (ROOT / "models" / "train.py").exists()


def test_every_package_folder_is_installed():
    """A new subpackage (analysis/mentions/) must be listed in pyproject.toml's packages, or a
    non-editable install (the pre-commit hook's, a wheel) lacks it."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {"factlint"} | {
        "factlint." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("linter", "rules", "models", "analysis")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, f"not installed: {sorted(found - listed)}"

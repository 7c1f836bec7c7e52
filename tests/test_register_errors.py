"""A broken register is one error of the config that names it, like a missing one: reported once
(not once per article), whichever rules run, named relative to the working directory as config
paths are, with its line; duplicate keys in a term are errors as they are in the config.

Runs the real CLI in-process (``cli.main``) from a temporary folder, with model-free rules only.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint.analysis.lexicon import load_lexicon
from factlint.linter.providers import model_resources
from factlint.linter.register_file import check_register, load_register, parse_register
from factlint.linter import cli
from factlint.linter.errors import ConfigError

ARTICLE = "# Port reopens\n\nThe harbour reopened on Tuesday after the storm.\n"
TERM = "- person: Ann Example\n  office: Mayor\n  organisation: Leeds\n  from: 2020-01-01\n"
BROKEN = "- person: A\n  office: [President\n"  # the list opened on line 2 is never closed


@pytest.fixture()
def run(monkeypatch, capsys, tmp_path):
    """``factlint ARGS`` in-process in ``tmp_path`` (three articles): (code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def put(path: str, text: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def errors_of(code: int, err: str) -> list[str]:
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    return [line for line in err.splitlines() if ": error: " in line]


@pytest.mark.parametrize("select", [["--select", "FL203"], ["--select", "FL001"], []])
def test_a_broken_register_is_reported_once_whichever_rules_run(run, select):
    put("people.yaml", BROKEN)
    put(".factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", *select, "a.md", "b.md", "c.md")
    assert errors_of(code, err) == [
        "people.yaml:2: error: register is not valid YAML: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'"
    ]


def test_a_missing_register_is_treated_the_same_way(run):
    put(".factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", "--select", "FL001", "a.md", "b.md")
    assert errors_of(code, err) == [
        ".factlint.yaml:1: error: register: 'people.yaml' does not exist (paths are relative to the config file)"
    ]


def test_duplicate_keys_in_a_term_are_an_error_with_the_line(run):
    put("people.yaml", TERM + "  from: 2021-01-01\n")
    put(".factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", "a.md", "b.md")
    assert errors_of(code, err) == ["people.yaml:5: error: register: duplicate key 'from'"]


def test_the_register_path_is_shown_as_the_config_path_is(run):
    # the config below the working directory is shown relative to it; so is its register
    put("desk/people.yaml", TERM + "  til: 2021-01-01\n")
    put("desk/.factlint.yaml", "register: people.yaml\n")
    put("desk/story.md", ARTICLE)
    put("desk/other.md", ARTICLE)
    code, out, err = run("check", "--select", "FL203", "desk")
    assert errors_of(code, err) == [
        "desk/people.yaml:5: error: register: unknown field 'til' (did you mean 'to'?); its fields are "
        "aliases, from, office, organisation, person, to"
    ]


def test_an_unknown_register_field_names_the_one_meant(run):
    """An American sheet's "organization" got the list of fields only (h-audit26)."""
    put("people.yaml", TERM.replace("organisation", "organization"))
    put(".factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", "--select", "FL203", "a.md")
    assert errors_of(code, err) == [
        "people.yaml:3: error: register: unknown field 'organization' (did you mean 'organisation'?); "
        "its fields are aliases, from, office, organisation, person, to"
    ]


def test_a_broken_register_of_an_explicit_config_stops_the_run(run):
    put("conf/people.yaml", TERM.replace("2020-01-01", "2020-02-30"))
    put("conf/factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", "--config", "conf/factlint.yaml", "a.md", "b.md")
    assert errors_of(code, err) == [
        "conf/people.yaml:4: error: register: from '2020-02-30' is not a date (YYYY-MM-DD)"
    ]
    assert out == ""


def test_only_the_files_below_a_broken_register_fail(run):
    put("desk/people.yaml", BROKEN)
    put("desk/.factlint.yaml", "register: people.yaml\n")
    put("desk/story.md", "# Port reopens\n\n<!-- factlint-disable-next-line -->\nThe harbour reopened.\n")
    put("other/story.md", "# Port reopens\n\n<!-- factlint-disable-next-line -->\nThe harbour reopened.\n")
    code, out, err = run("check", "--select", "FL000", "desk", "other")
    assert errors_of(code, err) == [
        "desk/people.yaml:2: error: register is not valid YAML: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'"
    ]
    assert "other/story.md:3:1: FL000" in out and "desk/story.md" not in out


def test_a_good_register_still_feeds_fl203(run):
    put("people.yaml", TERM)
    put(".factlint.yaml", "register: people.yaml\n")
    put(
        "d.md",
        "---\ndate: 2019-06-01\n---\n# Leeds news\n\nLeeds mayor Ann Example opened the bridge on Monday.\n",
    )
    code, out, err = run("check", "--select", "FL203", "d.md")
    assert err == "" and code == 1, err
    assert "d.md:6:13: FL203 register-mismatch: Ann Example is called 'mayor' on 2019-06-01" in out, out


def test_fl203s_own_register_option_is_relative_to_its_config_from_any_working_directory(run):
    """A desk's config naming its register as FL203's option read it from the working directory:
    found from the desk, "not found" from the repository root (where CI runs). Like the config's
    other paths it is the config's folder's now, and a missing one says where it was looked up."""
    put("desk/people.yaml", TERM)
    put("desk/.factlint.yaml", "rules:\n  FL203: {register: people.yaml}\n")
    put(
        "desk/d.md",
        "---\ndate: 2019-06-01\n---\n# Leeds news\n\nLeeds mayor Ann Example opened the bridge.\n",
    )
    code, out, err = run("check", "--select", "FL203", "desk/d.md")
    assert err == "" and code == 1, err
    assert "desk/d.md:6:13: FL203 register-mismatch: Ann Example is called 'mayor'" in out, out
    os.remove("desk/people.yaml")
    code, out, err = run("check", "--select", "FL203", "desk/d.md")
    assert errors_of(code, err) == [
        "desk/d.md: error: FL203 option register: 'people.yaml' does not exist"
        " (paths are relative to the config's folder)"
    ]


def test_a_fifo_register_given_to_fl203_directly_is_refused(run):
    os.mkfifo("p.yaml")
    put(".factlint.yaml", "rules:\n  FL203: {register: p.yaml}\n")
    code, out, err = run("check", "--select", "FL203", "a.md")
    assert errors_of(code, err) == [
        "p.yaml: error: register is not a regular file (a pipe, socket or device)"
    ]


# --- the functions behind it ------------------------------------------------------------------


def test_duplicate_keys_are_rejected_by_parse_register():
    with pytest.raises(ConfigError) as err:
        parse_register(TERM + "  person: B\n", "people.yaml", load_lexicon())
    assert str(err.value) == "people.yaml:5: register: duplicate key 'person'"


def test_a_broken_register_is_read_once_per_run_and_fails_the_same_way_each_time(tmp_path, monkeypatch):
    path = tmp_path / "people.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    reads = []
    import factlint.linter.safepath as safepath  # every register read goes through it

    real = safepath.read_text
    monkeypatch.setattr(safepath, "read_text", lambda p, *a, **k: reads.append(p) or real(p, *a, **k))
    run = model_resources()
    for shown in ("people.yaml", "people.yaml", "elsewhere/people.yaml"):
        with pytest.raises(ConfigError) as err:
            load_register(path, load_lexicon(), shown, resources=run)
        assert (err.value.path, err.value.line) == (shown, 2)
    assert reads == [path]
    with pytest.raises(ConfigError):  # the config's check, outside any run, reads it for itself
        check_register(path, "people.yaml")
    assert reads == [path, path]


def test_an_absolute_register_path_below_the_working_directory_is_shown_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    path = tmp_path / "desk" / "people.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_register(path, load_lexicon())
    assert err.value.path == "desk/people.yaml"


def test_a_register_that_is_not_utf8_is_one_error(run):
    Path("people.yaml").write_bytes(TERM.replace("Ann", "Ren\xe9e").encode("latin-1"))
    put(".factlint.yaml", "register: people.yaml\n")
    code, out, err = run("check", "a.md", "b.md")
    assert errors_of(code, err) == ["people.yaml: error: register is not UTF-8 text"]


def test_a_broken_register_given_to_fl203_directly_is_one_error_line_for_all_articles(run, tmp_path):
    """Read by the rule for each article, not by the config: the engine shows the error once,
    and the summary still counts every article left unchecked."""
    (tmp_path / "people.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text(
        "rules:\n  FL203:\n    register: people.yaml\n", encoding="utf-8"
    )
    code, out, err = run("check", "--select", "FL203", ".")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("people.yaml:2: error:")
    assert out.strip().endswith("3 files could not be checked")

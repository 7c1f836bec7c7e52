"""Issue 21: a pull request is untrusted. Each attack from the issue, run through ``factlint check``
(in-process ``cli.main``, or a subprocess where a hang or a real pipe is the point): no file of the
machine is read or printed, nothing hangs or blows up, the output cannot be forged, the model
cannot be swapped or run code.

Every test builds a small repository (a folder with ``.git``) in a temporary folder, with a
"secret" file beside it, outside the repository, as a CI runner holds them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest


SECRET = "TOKEN=ghp_s3cr3tvalue_never_printed"
ARTICLE_BODY = (
    "# Token rotated\n\n"
    "The engineer rotated the deploy key on Monday.\n\n"
    '"TOKEN=ghp_s3cr3tvalue was the old value," the engineer said.\n'
)
SEED = Path(__file__).resolve().parents[1] / "seeds" / "moscow-beijing-trade.txt"  # FL101 scores pairs
DUPLICATED = (
    "# Port reopens\n\nThe harbour reopened on Tuesday after the storm.\n\n"
    "The harbour reopened on Tuesday after the storm.\n"
)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """``tmp_path/repo`` (a repository root, the working directory) and ``tmp_path/secret.env``."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "config").write_text(f"[credential]\n\t{SECRET}\n", encoding="utf-8")
    (tmp_path / "secret.env").write_text(SECRET + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return root


def run_process(
    cwd: Path, *args: str, timeout: float = 120, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("FACTLINT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "factlint.linter.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        input=stdin if stdin is not None else "",
    )


def article(sources: str, body: str = ARTICLE_BODY) -> str:
    return f"---\nsources: {sources}\n---\n{body}"


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if ": error: " in line]


# --- 1. paths named by content --------------------------------------------------------------


@pytest.mark.parametrize(
    "named, reason",
    [
        ("SECRET_ABS", "outside the project root"),
        ("../secret.env", "outside the project root"),
        ("../../repo/../secret.env", "outside the project root"),
        ("link.txt", "outside the project root"),  # a symbolic link in the repo pointing out
        (".git/config", "inside a .git folder"),
        (".env", "hidden file or folder"),  # where a CI step leaves credentials
        ("/proc/self/environ", "system path"),
    ],
)
def test_a_front_matter_source_outside_the_project_is_never_read(repo, run_cli, named, reason):
    secret = repo.parent / "secret.env"
    (repo / "link.txt").symlink_to(secret)
    (repo / ".env").write_text(SECRET + "\n", encoding="utf-8")
    named = str(secret) if named == "SECRET_ABS" else named
    (repo / "a.md").write_text(article(f"[{json.dumps(named)}]"), encoding="utf-8")
    for fmt in ("github", "text"):
        code, out, err = run_cli("check", "--select", "FL303", "--format", fmt, "a.md")
        assert code == 2
        assert "ghp_s3cr3tvalue_never" not in out + err
        (line,) = error_lines(err)
        assert line.startswith("a.md:2: error: source ") and reason in line, line


def test_a_source_inside_the_project_is_still_read(repo, run_cli):
    (repo / "notes").mkdir()
    (repo / "notes" / "statement.txt").write_text("The engineer rotated the deploy key on Monday.\n")
    (repo / "a.md").write_text(article("[notes/statement.txt]"), encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL303", "a.md")
    assert code in (0, 1) and error_lines(err) == [], err


@pytest.mark.parametrize("device", ["/dev/stdout", "/proc/self/fd/1", "/dev/stdin", "/dev/zero"])
def test_a_device_named_as_a_source_is_refused_without_hanging(repo, device):
    (repo / "a.md").write_text(article(f"[{device}]"), encoding="utf-8")
    proc = run_process(repo, "check", "--select", "FL303", "a.md", timeout=60)
    assert proc.returncode == 2
    (line,) = error_lines(proc.stderr)
    assert "system path" in line, line


def test_operator_paths_on_the_command_line_stay_allowed(repo, run_cli):
    outside = repo.parent / "wire.txt"
    outside.write_text("The engineer rotated the deploy key on Monday.\n", encoding="utf-8")
    (repo / "a.md").write_text(ARTICLE_BODY, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL303", "--source", str(outside), "a.md")
    assert code in (0, 1) and error_lines(err) == [], err


def test_an_operator_source_that_is_a_pipe_does_not_hang(repo):
    (repo / "a.md").write_text(ARTICLE_BODY, encoding="utf-8")
    proc = run_process(repo, "check", "--select", "FL303", "--source", "/dev/stdin", "a.md", timeout=60)
    assert proc.returncode == 2
    (line,) = error_lines(proc.stderr)
    assert "not a regular file" in line, line


def test_walking_a_folder_does_not_follow_a_symlink_out_of_the_project(repo, run_cli):
    (repo / "articles").mkdir()
    (repo / "articles" / "fine.md").write_text(DUPLICATED, encoding="utf-8")
    leaked = repo.parent / "private.md"
    leaked.write_text(f"# Private\n\n{SECRET}\n", encoding="utf-8")
    (repo / "articles" / "leak.md").symlink_to(leaked)
    (repo / "articles" / "inside.md").symlink_to(repo / "articles" / "fine.md")  # inside: fine
    (repo / ".factlint.yaml").write_text('rules:\n  FL002:\n    phrases: [{regex: "(?s)."}]\n')
    code, out, err = run_cli("check", "--select", "FL001,FL002", "articles")
    assert code == 2
    assert "ghp_s3cr3tvalue" not in out + err
    assert error_lines(err) == [
        "articles/leak.md: error: symbolic link not followed: its target is "
        f"outside the project root ({repo}); paths named in articles and "
        "configs must stay inside it, symbolic links included"
    ]
    assert "articles/fine.md" in out


@pytest.mark.parametrize(
    "key, value",
    [
        ("sources", "[SECRET]"),
        ("sources", "[../secret.env]"),
        ("register", "../secret.env"),
        ("roles", "[~/../../../../../../../../etc/passwd]"),
        ("demonyms", "[.git/config]"),
    ],
)
def test_paths_in_a_config_stay_inside_its_project(repo, run_cli, key, value):
    value = value.replace("SECRET", str(repo.parent / "secret.env"))
    (repo / ".factlint.yaml").write_text(f"{key}: {value}\n", encoding="utf-8")
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "a.md")
    assert code == 2 and "ghp_" not in out + err
    (line,) = error_lines(err)
    assert line.startswith(f".factlint.yaml:1: error: {key}: ") and (
        "outside the project root" in line or ".git folder" in line
    ), line


def test_a_discovered_config_that_links_out_of_the_project_is_not_read(repo, run_cli):
    # its errors ("unknown key 'TOKEN=...'") would quote the file it points to
    (repo / ".factlint.yaml").symlink_to(repo.parent / "secret.env")
    (repo / "desk").mkdir()
    (repo / "desk" / ".factlint.yaml").symlink_to(repo / ".git" / "config")
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    (repo / "desk" / "b.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "a.md", "desk/b.md")
    assert code == 2 and "ghp_" not in out + err
    lines = error_lines(err)
    assert len(lines) == 2, err
    assert lines[0].startswith(".factlint.yaml: error: config file not read: its target is outside")
    assert lines[1].startswith(
        "desk/.factlint.yaml: error: config file not read: its target is inside a .git"
    )
    # a link to another config inside the repository is fine
    (repo / ".factlint.yaml").unlink()
    (repo / ".factlint.yaml").write_text("fail-on: never\n")
    (repo / "desk" / ".factlint.yaml").unlink()
    (repo / "desk" / ".factlint.yaml").symlink_to(repo / ".factlint.yaml")
    code, out, err = run_cli("check", "--select", "FL001", "a.md", "desk/b.md")
    assert code == 0 and err == "", err


def test_config_discovery_stops_at_the_repository_root(repo, run_cli):
    # a config above the checkout (the runner's home, a parent folder) must not configure it
    (repo.parent / ".factlint.yaml").write_text("fail-on: never\nrules:\n  FL001: off\n")
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "a.md")
    assert code == 1 and "FL001" in out, out + err
    code, out, err = run_cli("check", "a.md")
    assert code == 1 and "FL001" in out, out + err
    (repo / ".factlint.yaml").write_text("fail-on: never\n")  # the repository's own config counts
    code, out, err = run_cli("check", "a.md")
    assert code == 0 and "FL001" in out


def test_ci_mode_uses_only_the_given_config(repo, run_cli, tmp_path):
    (repo / ".factlint.yaml").write_text("model: ./planted\nfail-on: never\nrules:\n  FL001: off\n")
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "a.md")  # the pull request's config would rule
    assert code == 2 and "planted" in err
    code, out, err = run_cli("check", "--ci", "--select", "FL001", "a.md")
    assert code == 1 and "FL001" in out and err == "", err
    trusted = tmp_path / "trusted.yaml"
    trusted.write_text("fail-on: error\n")
    code, out, err = run_cli("check", "--ci", "--config", str(trusted), "--select", "FL001", "a.md")
    assert code == 0 and "FL001" in out and err == "", err


def test_write_baseline_does_not_follow_a_symlink_out_of_the_project(repo, run_cli):
    target = repo.parent / "planted.json"
    (repo / "baseline.json").symlink_to(target)
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "--write-baseline", "baseline.json", "a.md")
    assert code == 2 and not target.exists()
    assert "symbolic link" in err and "outside the project root" in err


# --- 2. model loading -----------------------------------------------------------------------


def _planted_model(folder: Path, marker: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(
        json.dumps(
            {
                "model_type": "factlint-evil",
                "architectures": ["Evil"],
                "auto_map": {
                    "AutoConfig": "configuration_evil.EvilConfig",
                    "AutoModelForSequenceClassification": "modeling_evil.Evil",
                },
                "id2label": {"0": "entailment", "1": "neutral", "2": "contradiction"},
            }
        )
    )
    code = f"open({str(marker)!r}, 'w').write('ran')\n"
    (folder / "configuration_evil.py").write_text(code)
    (folder / "modeling_evil.py").write_text(code)


def test_a_folder_named_like_a_hub_id_never_replaces_the_model(repo, tmp_path):
    pytest.importorskip("transformers")
    marker = tmp_path / "ran.txt"
    _planted_model(repo / "cross-encoder" / "nli-deberta-v3-small", marker)
    (repo / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_process(
        repo,
        "check",
        "--select",
        "FL101",
        "--no-cache",
        "--model",
        "cross-encoder/nli-deberta-v3-small",
        "a.txt",
        stdin="y\n",
        env={"HF_HOME": str(tmp_path / "hf")},
    )
    assert proc.returncode == 2 and not marker.exists()
    (line,) = error_lines(proc.stderr)
    assert "not in the local Hugging Face cache" in line, line
    assert "[y/N]" not in proc.stdout + proc.stderr


def test_a_model_folder_with_custom_code_is_refused_without_a_prompt(repo, tmp_path):
    pytest.importorskip("transformers")
    marker = tmp_path / "ran.txt"
    _planted_model(repo / "evil", marker)
    (repo / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_process(
        repo,
        "check",
        "--select",
        "FL101",
        "--no-cache",
        "--model",
        "./evil",
        "a.txt",
        stdin="y\n",
        env={"HF_HOME": str(tmp_path / "hf")},
    )
    assert proc.returncode == 2 and not marker.exists(), proc.stderr
    assert "[y/N]" not in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
    assert len(error_lines(proc.stderr)) == 1, proc.stderr


def test_a_bare_folder_path_must_be_written_explicitly(repo, run_cli):
    (repo / "models" / "nli").mkdir(parents=True)
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL101", "--model", "models/nli/", "a.md")
    assert code == 2 and "./models/nli/" in err


# --- 3. YAML ----------------------------------------------------------------------------------


def alias_bomb(levels: int = 9) -> str:
    """The issue's ~700-byte YAML: each anchor lists the previous one nine times (9**9 leaves)."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_front_matter_is_refused_at_once(repo):
    bomb = alias_bomb()
    assert len(bomb) < 800
    front = bomb + f'sources:\n  - text: "The engineer rotated the key."\n    name: *a{9}\n'
    (repo / "a.md").write_text(f"---\n{front}---\n{ARTICLE_BODY}", encoding="utf-8")
    started = time.monotonic()
    proc = run_process(repo, "check", "--select", "FL303", "a.md", timeout=60)
    assert time.monotonic() - started < 30
    assert proc.returncode == 2
    (line,) = error_lines(proc.stderr)
    assert "aliases (*a0) are not allowed" in line and line.startswith("a.md:3: error: "), line


@pytest.mark.parametrize("name", [".factlint.yaml", "people.yaml", "roles.yaml"])
def test_an_alias_bomb_in_a_config_register_or_word_list_is_refused(repo, run_cli, name):
    (repo / "a.md").write_text(DUPLICATED, encoding="utf-8")
    if name == ".factlint.yaml":
        (repo / name).write_text("rules:\n  FL001: on\n" + alias_bomb())
    else:
        key = "register" if name == "people.yaml" else "roles"
        (repo / ".factlint.yaml").write_text(f"{key}: {name if key == 'register' else [name]}\n")
        (repo / name).write_text(alias_bomb())
    started = time.monotonic()
    code, out, err = run_cli("check", "--select", "FL001", "a.md")
    assert time.monotonic() - started < 30
    assert code == 2
    (line,) = error_lines(err)
    assert line.startswith(f"{name}:") and "aliases (*a0) are not allowed" in line, line


def test_a_lone_surrogate_is_one_error_and_the_other_files_still_report(repo, run_cli):
    (repo / "bad.md").write_text('---\ntitle: "Port \\ud800 reopens"\n---\nThe harbour reopened.\n')
    (repo / "good.md").write_text(DUPLICATED, encoding="utf-8")
    for fmt in ("github", "text", "json", "sarif"):
        code, out, err = run_cli("check", "--select", "FL001", "--format", fmt, "bad.md", "good.md")
        assert code == 2
        (line,) = error_lines(err)
        assert line.startswith("bad.md:2: error: ") and "surrogate" in line, line
        assert "FL001" in out


@pytest.mark.parametrize(
    "front, message",
    [
        ("title: [Port, reopens]", "front matter 'title' must be text, not a list"),
        ("date: {day: 3}", "front matter 'date' must be a date (YYYY-MM-DD), not a mapping"),
        ("sources: 12", "front matter 'sources' must be a list of sources, not a number"),
        # Python's names ("bool", "int") are no help to a writer; YAML's reading of "yes" is
        ("title: yes", "front matter 'title' must be text, not true/false (YAML reads yes, no, on and off"),
        ("title: 2024-03-05", "front matter 'title' must be text, not a date (put the value in quotes)"),
        ('sources:\n  - {text: "Some words here.", name: [a, b]}', "entry 1: name must be text"),
    ],
)
def test_front_matter_fields_are_type_checked(repo, run_cli, front, message):
    (repo / "a.md").write_text(f"---\n{front}\n---\n{ARTICLE_BODY}", encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL303", "a.md")
    assert code == 2
    (line,) = error_lines(err)
    assert message in line, line


# --- 4. output --------------------------------------------------------------------------------


def test_a_source_name_cannot_forge_a_workflow_command(repo, run_cli):
    name = "x\\n::error file=README.md,line=1::forged\\n::add-mask::y"
    # an inline source whose text opens a front matter it never closes: an error naming the source
    (repo / "a.md").write_text(article(f'[{{text: "---\\nnever closed", name: "{name}"}}]'), encoding="utf-8")
    for fmt in ("github", "text"):
        code, out, err = run_cli("check", "--select", "FL303", "--format", fmt, "a.md")
        assert code == 2
        for line in (out + err).splitlines():
            assert not line.lstrip().startswith("::") or line.startswith("::error file=a.md,"), line
        assert "x\\n::error file=README.md" in err  # shown, escaped, on the error's own line


def test_a_file_name_cannot_forge_a_workflow_command(repo):
    forged = "::error file=README.md::forged\n::stop-commands::x.md"
    (repo / forged.replace("\n", "\n")).write_bytes(b"\x00binary")
    proc = run_process(repo, "check", "--format", "github", ".")
    assert proc.returncode == 2
    for line in (proc.stdout + proc.stderr).splitlines():
        assert not line.lstrip().startswith("::") or line.startswith("::error file=%3A%3Aerror"), line
    assert "./::error file=README.md::forged\\n::stop-commands::x.md: error: binary file" in proc.stderr


def test_escape_sequences_in_an_article_do_not_reach_the_terminal(repo, run_cli):
    sentence = "The harbour \x1b[2J\x1b]0;owned\x07reopened on Tuesday after the storm \u202e."
    (repo / "a.md").write_text(f"# Port\n\n{sentence}\n\n{sentence}\n", encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001", "--format", "text", "a.md")
    assert code == 1 and "FL001" in out
    assert "\x1b" not in out + err and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out


def test_output_that_the_terminal_cannot_encode_is_escaped(repo):
    (repo / "a.md").write_text(
        "# Zürich\n\nDer Hafen öffnete am Dienstag.\n\nDer Hafen öffnete am Dienstag.\n", encoding="utf-8"
    )
    proc = run_process(repo, "check", "--select", "FL001", "a.md", env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "\\xf6" in proc.stdout  # ö, backslash-escaped


# --- 5. user patterns -------------------------------------------------------------------------


def test_a_backtracking_phrase_regex_cannot_hang_the_run(repo):
    # exponential on a backtracking engine: 40 x's would take longer than the universe has left
    (repo / ".factlint.yaml").write_text('rules:\n  FL002:\n    phrases: [{regex: "(x|xx)+z"}]\n')
    (repo / "a.md").write_text("# Port\n\n" + "x" * 40 + "\n\nThe harbour reopened.\n")
    started = time.monotonic()
    proc = run_process(repo, "check", "--select", "FL002", "a.md", timeout=60)
    assert time.monotonic() - started < 30
    assert proc.returncode == 2
    (line,) = error_lines(proc.stderr)
    assert "FL002 phrase regex '(x|xx)+z' took longer than" in line, line


def test_a_backtracking_ignore_glob_matches_in_linear_time(repo, run_cli):
    deep = repo / ("a" * 60) / ("a" * 60)
    deep.mkdir(parents=True)
    (deep / ("a" * 100 + ".md")).write_text(DUPLICATED, encoding="utf-8")
    (repo / ".factlint.yaml").write_text('ignore: ["' + "*a" * 25 + '*b"]\n')
    started = time.monotonic()
    code, out, err = run_cli("check", "--select", "FL001", ".")
    assert time.monotonic() - started < 10
    assert code == 1 and "FL001" in out


# --- 6. time budget ---------------------------------------------------------------------------


def test_a_file_over_the_time_budget_is_one_error_line(repo, run_cli):
    paragraph = "The harbour reopened on Tuesday after the storm, officials said on Monday. "
    big = "# Port\n\n" + "\n\n".join(f"{paragraph} Ship {i} left." for i in range(6000)) + "\n"
    (repo / "big.md").write_text(big, encoding="utf-8")
    (repo / "small.md").write_text(DUPLICATED, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "FL001,FL003", "--timeout", "0.05", "big.md")
    assert code == 2
    assert error_lines(err) == [
        "big.md: error: not checked: took longer than 0.05 seconds (the per-file time limit, --timeout)"
    ]
    code, out, err = run_cli("check", "--select", "FL001", "--timeout", "60", "small.md")
    assert code == 1 and error_lines(err) == []


# --- 7. cache keys ----------------------------------------------------------------------------


def test_pair_keys_cannot_collide_across_the_separator():
    from factlint.models.cache import pair_key

    assert pair_key("fp", "a\0b", "c") != pair_key("fp", "a", "b\0c")
    assert pair_key("fp\0a", "b", "c") != pair_key("fp", "a\0b", "c")
    assert pair_key("fp", "\ud800", "x") != pair_key("fp", "\udc00", "x")


def test_a_source_excerpt_never_quotes_a_whole_long_line():
    from factlint.analysis.sources import EXCERPT_CHARS, excerpt

    line = "DEPLOY_KEY=" + "k" * 400
    assert len(excerpt(line, "deploy key")) <= EXCERPT_CHARS
    assert len(excerpt(" ".join([line] * 20), "deploy key")) <= EXCERPT_CHARS + 1
    assert excerpt("The port reopened on Tuesday.", "port") == "The port reopened on Tuesday."


def test_the_duplicate_key_check_visits_each_node_once():
    # defence in depth behind the alias refusal: a node graph with shared nodes (what aliases make)
    # is walked once per node, not once per path to it (9**10 paths here)
    import yaml

    from factlint.linter.config import reject_duplicate_keys

    lines = ["a0: &a0 {k: [x, x, x, x, x, x, x, x, x]}"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 11)]
    node = yaml.compose("\n".join(lines), Loader=yaml.SafeLoader)
    started = time.monotonic()
    reject_duplicate_keys(node, "bomb.yaml")
    assert time.monotonic() - started < 2

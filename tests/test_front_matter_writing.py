"""Front matter as writers write it, through the command (its ``main``, in this process). A
finding in the front matter (a vague attribution in the title, the real FL003 rule) can be
silenced: there a suppression is a YAML comment, since an HTML comment would be YAML text; the
language server's quick fix writes the YAML form there. A date written as one number is an
error, not an undated article."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

HEADLINE = "Experts say the river will rise"
BODY = "\nThe river rose by a metre on Monday, the Environment Agency said.\n"


@pytest.fixture
def factlint(capsys, monkeypatch):
    """The command's ``main`` in this process, in the article's folder: (exit code, stdout,
    stderr) as the console script gives them, without a Python start and import per run."""
    from factlint.linter.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)

    def run(*args: str, cwd: Path, select: str = "FL000,FL003") -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd)
        argv = ["check", "--select", select, *args]
        code = main(argv)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)

    return run


def test_a_title_finding_is_flagged_and_a_yaml_comment_silences_it(tmp_path, factlint):
    (tmp_path / "plain.md").write_text(f"---\ntitle: {HEADLINE}\n---\n{BODY}")
    flagged = factlint("plain.md", cwd=tmp_path)
    assert flagged.returncode == 1 and flagged.stdout.startswith("plain.md:2:8: FL003 "), flagged.stdout

    (tmp_path / "quiet.md").write_text(
        f'---\ntitle: "{HEADLINE}" # factlint-disable-line FL003 reason: the desk style\n'
        f"date: 2025-06-03\n---\n{BODY}"
    )
    quiet = factlint("quiet.md", cwd=tmp_path)
    assert (quiet.returncode, quiet.stdout.strip(), quiet.stderr) == (0, "No findings in 1 file", "")


def test_a_yaml_next_line_comment_and_an_unused_one(tmp_path, factlint):
    (tmp_path / "a.md").write_text(
        f"---\n# factlint-disable-next-line FL003\ntitle: {HEADLINE}\n"
        f"date: 2025-06-03  # factlint-disable-line FL003\n---\n{BODY}"
    )
    proc = factlint("a.md", cwd=tmp_path)
    # the title is silenced; the comment on the date line silenced nothing and says so
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("a.md:4:19: FL000 unused-suppression: ") and "a.md:3:" not in proc.stdout


def test_an_html_suppression_in_front_matter_is_one_error_saying_how_to_write_it(tmp_path, factlint):
    # pasted after the title, the HTML comment would break the YAML ("reason:" is a colon) or
    # silently join the title and silence nothing
    for name, line in (
        ("broken.md", f"title: {HEADLINE} <!-- factlint-disable-line FL003 reason: desk -->"),
        ("joined.md", f"title: {HEADLINE} <!-- factlint-disable-line FL003 -->"),
    ):
        (tmp_path / name).write_text(f"---\n{line}\n---\n{BODY}")
        proc = factlint(name, cwd=tmp_path)
        assert proc.returncode == 2
        assert proc.stderr.strip().startswith(f"{name}:2: error: an HTML comment in front matter is ")
        assert "YAML comment, # factlint-disable-line FL003" in proc.stderr


def test_the_language_servers_quick_fix_in_front_matter_is_a_yaml_comment(tmp_path, factlint):
    pytest.importorskip("pygls")
    from factlint.linter.lsp import suppression_edit

    text = f"---\ntitle: {HEADLINE}\n---\n{BODY}"
    lines = text.splitlines(keepends=True)
    for line, rule in ((1, "FL003"), (4, "FL002")):  # the title, then a body line
        edit = suppression_edit(lines, line, rule)
        stripped = lines[line].rstrip("\n")
        assert edit.range.start.character == len(stripped)
        lines[line] = stripped + edit.new_text + "\n"
    assert lines[1].endswith(" # factlint-disable-line FL003 reason: …\n")
    assert lines[4].endswith(" <!-- factlint-disable-line FL002 reason: … -->\n")
    (tmp_path / "fixed.md").write_text("".join(lines))
    # the file still loads, the title's finding is silenced, the unused body comment is reported
    proc = factlint("--select", "FL002", "fixed.md", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert [line.split(" ")[1] for line in proc.stdout.splitlines() if line.startswith("fixed.md")] == [
        "FL000"
    ]
    toml = ["+++\n", f'title = "{HEADLINE}"\n', "+++\n", "\n", "Text.\n"]
    assert suppression_edit(toml, 1, "FL003").new_text == " # factlint-disable-line FL003 reason: …"


def test_a_date_written_as_one_number_is_an_error_not_an_undated_article(tmp_path, factlint):
    # YAML reads `date: 20240305` as a number; the article was then checked as undated, its
    # "yesterday" counted from the day of the run
    (tmp_path / "a.md").write_text(
        "---\ntitle: Harbour reopens\ndate: 20240305\n---\n\nThe harbour reopened yesterday, the port said.\n"
    )
    proc = factlint("a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "a.md:3: error: front matter date 20240305 is not a date factlint can read: "
        "write it as YYYY-MM-DD (e.g. 2024-03-05)"
    )


@pytest.mark.parametrize(
    "written", ["5 Mar 2024", "Mar. 5, 2024", "March 5 2024", "Tuesday, March 5, 2024", "2024/03/05"]
)
def test_a_date_as_a_cms_writes_it_dates_the_article(tmp_path, written, factlint):
    (tmp_path / "a.md").write_text(
        f"---\ntitle: Harbour reopens\ndate: {written}\n---\n\n"
        "The harbour reopened on Monday, the port said. It was Tuesday yesterday.\n"
    )
    proc = factlint("a.md", cwd=tmp_path, select="FL402")
    # was "not a date factlint can read" (exit 2) for each of these
    assert proc.returncode == 1, proc.stderr
    assert "for an article dated Tuesday 5 March 2024" in proc.stdout


def test_a_written_date_with_the_wrong_weekday_is_unreadable(tmp_path, factlint):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Harbour reopens\ndate: Monday, March 5, 2024\n---\n\nThe harbour reopened.\n"
    )
    proc = factlint("a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "front matter date 'Monday, March 5, 2024' is not a date" in proc.stderr


def test_hugo_toml_front_matter_gives_the_title_date_and_sources(tmp_path, factlint):
    # read as body text, the TOML title was an unattributed "quote" (FL004) and the date was lost
    (tmp_path / "wire.txt").write_text("The harbour will reopen on Monday, the port authority said.\n")
    (tmp_path / "a.md").write_text(
        '+++\ntitle = "Experts say the harbour will reopen"\ndate = 2024-03-05\ndraft = false\n'
        'sources = ["wire.txt"]\n+++\n\nThe harbour reopened on Monday, the port authority said. '
        "It was Friday yesterday.\n"
    )
    proc = factlint("a.md", cwd=tmp_path, select="FL003,FL004,FL402,FL303")
    assert proc.returncode == 1, proc.stderr
    found = [line.split(" ")[:2] for line in proc.stdout.splitlines() if line.startswith("a.md:")]
    assert found == [["a.md:2:10:", "FL003"], ["a.md:8:72:", "FL402"]], proc.stdout
    assert "for an article dated Tuesday 5 March 2024" in proc.stdout


def test_toml_sources_are_the_articles_own_relative_to_it_and_inside_its_project(tmp_path, factlint):
    # TOML front matter gives no YAML positions: its sources were taken for --source paths, read
    # from the working directory ("'wire.txt' (given with --source) not found" from the folder
    # above) and never confined, so a TOML article could name any file of the machine
    news = tmp_path / "news"
    news.mkdir()
    (news / "wire.txt").write_text("The harbour will reopen on Monday, the port authority said.\n")
    (news / "a.md").write_text(
        '+++\ntitle = "Harbour to reopen"\ndraft = false\nsources = [\n  "wire.txt",\n]\n+++\n\n'
        "The harbour will reopen on Monday, the port authority said.\n"
    )
    assert factlint("news/a.md", cwd=tmp_path, select="FL303").returncode == 0
    (news / "a.md").write_text('+++\nsources = ["gone.txt"]\n+++\n\nThe harbour reopened.\n')
    proc = factlint("news/a.md", cwd=tmp_path, select="FL303")
    assert proc.returncode == 2
    assert "news/a.md:2: error: source 'news/gone.txt' (in the front matter) not found" in proc.stderr
    outside = tmp_path / "outside.txt"
    outside.write_text("The harbour reopened.\n")
    (news / "a.md").write_text(f'+++\nsources = ["{outside.as_posix()}"]\n+++\n\nThe harbour reopened.\n')
    proc = factlint("a.md", cwd=news, select="FL303")
    assert proc.returncode == 2 and "(in the front matter) is outside the project root" in proc.stderr


def test_sources_none_beside_other_sources_or_a_bare_dash_is_an_error_saying_what_to_write(
    tmp_path, factlint
):
    # "[none, wire.txt]" read 'none' as a file ("'none' not found"); the documented "-" unquoted
    # opens a YAML list ("sequence entries are not allowed here") and said no more
    (tmp_path / "wire.txt").write_text("The harbour reopened.\n")
    (tmp_path / "a.md").write_text("---\ntitle: Harbour\nsources: [none, wire.txt]\n---\n\nIt reopened.\n")
    proc = factlint("a.md", cwd=tmp_path, select="FL303")
    assert proc.returncode == 2 and proc.stderr.strip() == (
        "a.md:3: error: front matter 'sources' entry 1: 'none' says the story has no sources, "
        "but the list names others: drop it"
    )
    (tmp_path / "a.md").write_text("---\ntitle: Harbour\nsources: -\n---\n\nIt reopened.\n")
    proc = factlint("a.md", cwd=tmp_path, select="FL303")
    assert proc.returncode == 2 and proc.stderr.strip().endswith(
        'sequence entries are not allowed here (a lone "-" opens a YAML list: write sources: none, '
        'or put the dash in quotes, "-")'
    )


def test_unquoted_toml_text_is_one_error_saying_how_to_write_it(tmp_path, factlint):
    (tmp_path / "a.md").write_text("+++\ndate = 2024-03-05\ntitle = Harbour reopens\n+++\n\nText here.\n")
    proc = factlint("a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "a.md:3: error: malformed TOML front matter at line 3: Invalid value "
        '(text must be in quotes: title = "Harbour reopens")'
    )


def test_toml_front_matter_with_windows_line_ends(tmp_path, factlint):
    (tmp_path / "a.md").write_bytes(
        f'+++\r\ntitle = "{HEADLINE}"\r\n+++\r\n\r\nThe river rose on Monday, the agency said.\r\n'.encode()
    )
    proc = factlint("a.md", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.startswith("a.md:2:10: FL003 "), proc.stdout + proc.stderr

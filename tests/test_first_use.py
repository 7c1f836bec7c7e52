"""What a newsroom engineer or a writer meets on a first run (session 20's audit): a run that
would check nothing, a baseline of changed lines only, a suggestion for an unrelated rule id,
piped Markdown read as plain text."""

from __future__ import annotations


from factlint.linter import registry

from tests.test_cli import factlint

ARTICLE = "Storm closes schools in Kerrow\n\nA storm closed all 14 schools in Kerrow on Wednesday, the district said.\n"


def test_select_and_ignore_of_the_same_rule_is_an_error_not_a_clean_pass(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--select", "FL003", "--ignore", "FL003", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == (
        "factlint: error: --ignore takes out every rule --select names (FL003): no rule would run"
    )
    # one rule of two left: it runs
    proc = factlint("check", "--select", "FL003,FL001", "--ignore", "FL003", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0 and "No findings in 1 file" in proc.stdout


def test_ignoring_every_rule_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--ignore", ",".join(registry.installed().rules), "a.txt", cwd=tmp_path)
    assert (
        proc.returncode == 2
        and proc.stderr.strip() == "factlint: error: --ignore names every rule: no rule would run"
    )


def test_a_config_that_switches_every_rule_off_is_an_error_of_that_config(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    rules = "".join(f"  {rule_id}: off\n" for rule_id in registry.installed().rules)
    (tmp_path / ".factlint.yaml").write_text("rules:\n" + rules)
    proc = factlint("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "1 file could not be checked" in proc.stdout
    assert proc.stderr.strip() == (
        ".factlint.yaml: error: every rule is switched off here: no rule would run, "
        "and an article nothing checked would pass"
    )
    # --select still runs what it names, whatever the config switched off
    assert factlint("check", "--select", "FL003", "a.txt", cwd=tmp_path).returncode == 0


def test_write_baseline_with_diff_is_refused_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    proc = factlint("check", "--diff", "HEAD", "--write-baseline", "base.json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and not (tmp_path / "base.json").exists()
    assert proc.stderr.strip() == (
        "factlint: error: --write-baseline records whole files; it cannot be used with --diff "
        "(run it without --diff)"
    )


def test_an_unknown_rule_id_gets_a_suggestion_only_when_one_is_close(tmp_path):
    proc = factlint("rule", "FL9", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip() == "factlint: error: unknown rule id 'FL9'"
    ids = list(registry.installed().rules)
    assert registry.did_you_mean("FL310", ids) == " (did you mean 'FL301'?)"  # two digits swapped
    assert registry.did_you_mean("FL01", ids) == " (did you mean 'FL001'?)"  # a zero short
    assert registry.did_you_mean("FX003", ids) == " (did you mean 'FL003'?)"  # a letter wrong
    assert registry.did_you_mean("FL9999", ids) == ""
    assert registry.did_you_mean("ZZ10", ["ZZ100"]) == " (did you mean 'ZZ100'?)"


def test_piped_markdown_with_front_matter_says_to_name_it(tmp_path):
    story = (
        "---\ntitle: Storm closes schools in Kerrow\n---\n\n# Storm closes schools in Kerrow\n\n"
        + ARTICLE.split("\n\n")[1]
    )
    proc = factlint("check", "-", cwd=tmp_path, stdin=story.encode())
    notice = (
        "factlint: notice: <stdin> opens with front matter and was read as plain text; "
        "if it is Markdown, pass --stdin-filename NAME.md"
    )
    assert notice in proc.stderr.splitlines()
    named = factlint("check", "-", "--stdin-filename", "s.md", cwd=tmp_path, stdin=story.encode())
    assert named.returncode == 0 and "notice" not in named.stderr
    plain = factlint("check", "-", cwd=tmp_path, stdin=ARTICLE.encode())
    assert "notice" not in plain.stderr


def _page(head: str, body: str = "The café owner said “we are closed” on Wednesday.") -> str:
    return f"<html><head>{head}<title>Storm</title></head><body><h1>Storm closes schools</h1><p>{body}</p></body></html>"


def test_an_html_page_in_the_charset_it_declares_is_read_in_it(tmp_path):
    from factlint.linter.loader import load_document

    declared = {
        "meta.html": '<meta charset="windows-1252">',
        "equiv.html": '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    }
    for name, head in declared.items():
        (tmp_path / name).write_bytes(_page(head).encode("cp1252"))
        doc = load_document(tmp_path / name)
        # a Latin-1 label reads the curly quotes at 0x93/0x94 as a browser does (windows-1252)
        assert doc.blocks[-1].text == "The café owner said “we are closed” on Wednesday."
    proc = factlint("check", "meta.html", "equiv.html", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    piped = factlint("check", "-", cwd=tmp_path, stdin=(tmp_path / "meta.html").read_bytes())
    assert piped.returncode == 0, piped.stderr


def test_html_without_a_charset_or_that_does_not_decode_keeps_the_utf8_error(tmp_path):
    (tmp_path / "none.html").write_bytes(_page("").encode("cp1252"))
    (tmp_path / "bad.html").write_bytes(
        _page('<meta charset="shift_jis">', "The owner spoke.").encode("ascii") + b"\x81\xff"
    )
    (tmp_path / "odd.html").write_bytes(_page('<meta charset="no-such-charset">').encode("cp1252"))
    (tmp_path / "a.txt").write_bytes(_page('<meta charset="windows-1252">').encode("cp1252"))
    for name in ("none.html", "bad.html", "odd.html", "a.txt"):
        proc = factlint("check", name, cwd=tmp_path)
        assert proc.returncode == 2, name
        assert proc.stderr.startswith(f"{name}:1: error: not valid UTF-8: line 1, byte offset "), proc.stderr
        assert proc.stderr.strip().endswith("save the file as UTF-8") and proc.stderr.count("\n") == 1

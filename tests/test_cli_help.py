"""--help in the style of git and Black, `readoutdiff help`, --version anywhere, completion."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_help_uses_plain_metavariables_and_no_type_labels() -> None:
    pages = {command: _run(command, "--help").stdout for command in ("diff", "formulas", "check")}
    pages["series"] = _run("series", "-h").stdout
    assert "Usage: readoutdiff diff [OPTIONS] A B\n" in pages["diff"]
    assert "Usage: readoutdiff formulas [OPTIONS] FILE\n" in pages["formulas"]
    assert "Usage: readoutdiff check [OPTIONS] OLD NEW | DIR\n" in pages["check"]
    assert "Usage: readoutdiff series [OPTIONS] PATH...\n" in pages["series"]
    assert "-o, --output FILE" in pages["diff"] and "--html FILE" in pages["diff"]
    assert "-f, --format [text|json|markdown|html]" in pages["diff"]
    for page in pages.values():
        assert not re.search(r"<\w+(\[\w+\])?>|\{[A-Z]", page), page


def test_root_help_lists_every_command_in_full() -> None:
    page = _run("--help").stdout
    assert page.startswith("Usage: readoutdiff A B [OPTIONS]\n")
    flat = " ".join(page.split())
    assert "..." not in flat.split("Commands:")[1]
    assert "with their lines (a start for a lexicon)" in flat
    assert "exit 1 when an error rule is broken" in flat
    assert _run("help").stdout == page


def test_root_help_says_the_completion_options_take_a_shell_name() -> None:
    """Both options take a shell's name (completion.py); typer's help said "for the current
    shell" only, so nobody learnt to name one where that is sh (a Makefile)."""
    flat = " ".join(_run("--help").stdout.split())
    for option in ("--install-completion [SHELL]", "--show-completion [SHELL]"):
        assert option in flat
    assert (
        "for SHELL (bash, zsh, fish, powershell or pwsh), else for the shell this runs in" in flat
    )
    assert "current shell" not in flat


def test_help_command_shows_one_command_and_names_a_wrong_one() -> None:
    assert _run("help", "check").stdout == _run("check", "--help").stdout
    assert _run("help", "--help").stdout.startswith("Usage: readoutdiff help [OPTIONS] [COMMAND]\n")
    assert "COMMAND  One of diff, formulas, check, series or help." in _run("help", "--help").stdout
    wrong = _run("help", "nope")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("readoutdiff: error: no command 'nope'; the commands are diff")


def test_help_with_a_file_named_help_here_says_how_to_compare_it(tmp_path: Path) -> None:
    """'readoutdiff help B' with a readout saved as ./help is the help command, not a diff:
    the error says how to compare that file (README: readoutdiff diff help B)."""
    samples = Path(__file__).resolve().parent.parent / "samples"
    later = tmp_path / "later.txt"
    shutil.copy(samples / "2021-12-15-xi-putin.txt", later)
    command = [sys.executable, "-m", "readoutdiff", "help", "later.txt"]
    plain = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert plain.returncode == 2 and "diff help" not in plain.stderr  # no file named help here
    shutil.copy(samples / "2021-06-28-xi-putin.txt", tmp_path / "help")
    hinted = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert hinted.returncode == 2 and hinted.stderr.count("\n") == 1
    assert hinted.stderr.endswith(
        "(to compare the file 'help', write: readoutdiff diff help later.txt)\n"
    )
    meant = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "diff", "help", "later.txt"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert meant.returncode == 0 and meant.stdout.startswith("A help  (2021-06-28, ")


def test_version_anywhere_on_the_line_but_not_after_double_dash() -> None:
    for args in (("--version",), ("a.txt", "b.txt", "--version"), ("check", "x", "--version")):
        result = _run(*args)
        assert (result.returncode, result.stdout) == (0, "readoutdiff 0.1.0\n"), args
    after = _run("diff", "--", "--version", "b.txt")
    assert after.returncode == 2 and "--version: no such file" in after.stderr


def test_every_help_page_lists_version_above_help() -> None:
    """``--version`` works after any command, so each command's help says so (only the root's did)."""
    for command in ("diff", "formulas", "check", "series", "help"):
        page = _run(command, "--help").stdout
        options = page.split("Options:\n", 1)[1].splitlines()
        assert options[-2].split() == ["--version", "Print", "the", "version", "and", "exit."], (
            command
        )
        assert options[-1].split()[:2] == ["-h,", "--help"], command


def test_shell_completion_script_and_completions() -> None:
    script = _run("--show-completion", "bash", env={**os.environ, "SHELL": "/bin/bash"})
    assert script.returncode == 0 and "_READOUTDIFF_COMPLETE" in script.stdout
    env = {
        **os.environ,
        "_READOUTDIFF_COMPLETE": "complete_bash",
        "COMP_WORDS": "readoutdiff check --fo",
        "COMP_CWORD": "2",
    }
    completed = _run(env=env)
    assert completed.stdout.split() == ["--format"]


def _bash_candidates(words: str) -> list[str]:
    """What bash is offered for the last of ``words`` (typer's protocol, as the script asks)."""
    env = {**os.environ, "_READOUTDIFF_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    return _run(env=env).stdout.split()


def test_diff_options_complete_before_the_readouts_too() -> None:
    """`readoutdiff --fo<Tab>` runs as `readoutdiff diff --fo`, so it completes as that does."""
    assert _bash_candidates("readoutdiff --fo") == ["--format"]
    assert _bash_candidates("readoutdiff --ex") == ["--exit-code"]
    assert _bash_candidates("readoutdiff --h") == ["--help", "--html", "--history"]
    everything = _bash_candidates("readoutdiff --")
    assert {"--version", "--show-completion", "--format", "--color", "--lexicon"} <= set(everything)
    assert len(everything) == len(set(everything))  # --help once, the root's and diff's alike
    assert _bash_candidates("readoutdiff --format ") == ["text", "json", "markdown", "html"]
    assert _bash_candidates("readoutdiff --format json --co") == ["--color"]
    assert _bash_candidates("readoutdiff samples/2021-06-28-xi-putin.txt --fo") == ["--format"]
    assert _bash_candidates("readoutdiff ") == ["diff", "formulas", "check", "series", "help"]
    assert _bash_candidates("readoutdiff check --fo") == ["--format"]  # check's own, no diff's
    assert _bash_candidates("readoutdiff check --ex") == []
    # the words are parsed, not run: --version among them printed "readoutdiff 0.1.0" as two
    # candidates
    assert _bash_candidates("readoutdiff --version --fo") == ["--format"]


def test_completion_script_of_the_shell_named_whatever_shell_runs_it() -> None:
    """`--show-completion zsh` is zsh's script even from sh (a Makefile, a Dockerfile's RUN)."""
    shown = subprocess.run(
        ["sh", "-c", f"'{sys.executable}' -m readoutdiff --show-completion zsh"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("#compdef readoutdiff")
    assert _run("--show-completion=fish").stdout.startswith("complete --command readoutdiff")
    unknown = _run("--show-completion", "sh")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr == (
        "readoutdiff: error: --show-completion: 'sh' is not one of bash, zsh, fish, powershell"
        " or pwsh\n"
    )
    extra = _run("--install-completion", "bash", "zsh")  # refused before anything is installed
    assert extra.returncode == 2 and extra.stderr.count("\n") == 1
    assert extra.stderr.startswith("readoutdiff: error: --install-completion takes one shell name")


def test_fish_gets_each_candidate_on_one_line() -> None:
    """fish reads a candidate a line (value, tab, help): a help broken in two made a bogus one."""
    env = {**os.environ, "_READOUTDIFF_COMPLETE": "complete_fish"}
    env |= {"_TYPER_COMPLETE_FISH_ACTION": "get-args", "_TYPER_COMPLETE_ARGS": "readoutdiff a b --"}
    lines = _run(env=env).stdout.splitlines()
    assert "--color" in [line.split("\t")[0] for line in lines] and len(lines) >= 15
    assert [line for line in lines if line.count("\t") != 1] == []


def test_help_says_a_readout_may_be_a_saved_html_page() -> None:
    """README accepts pages saved from a website; the arguments' help says so too."""
    diff = " ".join(_run("diff", "--help").stdout.split())
    assert (
        "A The earlier readout (a text file or saved HTML page, or - for standard input)." in diff
    )
    assert "B The later readout (a text file or saved HTML page, or - for standard input)." in diff
    listing = " ".join(_run("formulas", "--help").stdout.split())
    assert "FILE A readout (a text file or saved HTML page, or - for standard input)." in listing


def test_history_help_says_later_readouts_are_read_too() -> None:
    """A --history folder may hold readouts dated after B, read all the same (u61's note says
    so); the help said "the earlier readouts in DIR" (rev13's find, branch fix2). The README's
    option table says it in the same words."""
    flat = " ".join(_run("diff", "--help").stdout.split())
    told = "readouts dated after B are read too, and the note says so"
    assert "the earlier readouts in DIR" not in flat
    assert "recurring phrases from the other readouts of the series in DIR (repeatable);" in flat
    assert told in flat
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert told in readme and "from the earlier readouts in DIR" not in readme

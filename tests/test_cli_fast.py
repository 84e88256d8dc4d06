"""The fast path of ``readoutdiff A B`` (cli/fast.py) reads every option exactly as typer does.

Each command line below is read twice: by the fast parser, and by the typer command (the call
it makes to ``run_diff`` recorded). Where the fast parser reads a line, both must hand
``run_diff`` the same arguments; where it declines (None), typer runs as before. The lines
typer refuses must all be declined, so every error message stays typer's.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from readoutdiff.cli import app, diff_run, fast
from readoutdiff.cli.flags import FLAGS

ROOT = Path(__file__).resolve().parent.parent
A = str(ROOT / "samples" / "2021-06-28-xi-putin.txt")
B = str(ROOT / "samples" / "2021-12-15-xi-putin.txt")

READ = [
    [A, B],
    ["diff", A, B],
    [A, B, "-f", "json"],
    [A, B, "--format", "markdown"],
    [A, B, "--format=html", "-o", "r.html"],
    ["-f", "html", A, "--output=r.html", B],
    [A, "-", "-o", "-"],
    ["-", B, "--color", "always", "--exit-code"],
    [A, B, "--color=never", "--exit-code", "--exit-code"],
    [A, B, "--html", "x.html", "--json", "x.json", "--stamp"],
    [A, B, "--max-size", "3"],
    [A, B, "--max-size= 7 "],
    [A, B, "--lexicon", "a.toml", "--lexicon=b.toml", "--lexicon", A],
    [A, B, "--no-builtin-lexicon", "--no-mining", "--no-background"],
    [A, B, "--history", "samples", "--history=tests", "--meaning"],
    [A, B, "-f", "json", "-f", "text", "-o", "one", "-o", "two"],
    [A, B, "-o", ""],
    [A, B, "-o", "a=b", "--html=c=d"],
    ["diff", "diff", B],  # a readout named "diff"
]
"""Command lines the fast parser reads (every option, every spelling, repeats, any order)."""

DECLINED = [
    [],
    ["--help"],
    [A, B, "-h"],
    ["help"],
    ["check", A, B],
    ["formulas", A],
    ["series", "samples"],
    ["--show-completion", "bash"],
    [A],
    [A, B, "C"],
    [A, B, "--jsn"],
    [A, B, "-f", "pdf"],
    [A, B, "-f", "HTML"],
    [A, B, "-fjson"],
    [A, B, "-f=json"],
    [A, B, "--exit-code=1"],
    [A, B, "--lexicon"],
    [A, B, "-o"],
    [A, B, "--max-size", "0"],
    [A, B, "--max-size", "lots"],
    [A, B, "--color", "sometimes"],
    [A, B, "--"],
    ["--", A, B],
    ["diff", "--", A, B, "-f", "json"],
    [A, B, "-o", "--json"],  # typer takes "--json" as the file name; the fast path leaves it
    ["--no-mining", "formulas", A],  # options before a command: typer says to put it first
]
"""Command lines left to typer: help, other commands, completion, anything odd or wrong."""


def _filled(given: dict[str, Any]) -> dict[str, Any]:
    """The arguments ``run_diff`` runs with, its defaults filled in."""
    bound = inspect.signature(diff_run.run_diff).bind(**given)
    bound.apply_defaults()
    return dict(bound.arguments)


def _typer_reads(arguments: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """What the typer command hands ``run_diff`` for ``arguments`` (None: it refused them)."""
    seen: list[dict[str, Any]] = []
    with monkeypatch.context() as patch:
        patch.setattr(diff_run, "run_diff", lambda **given: seen.append(given) or 0)
        with pytest.raises(SystemExit):
            app.main(arguments)
    return seen[0] if seen else None


@pytest.mark.parametrize("arguments", READ, ids=" ".join)
def test_both_parsers_read_every_option_alike(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = fast.parse(arguments)
    assert parsed is not None
    read = _typer_reads(arguments, monkeypatch)
    assert read is not None
    assert _filled(parsed) == read


@pytest.mark.parametrize("arguments", DECLINED, ids=" ".join)
def test_what_the_fast_parser_declines_goes_to_typer(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fast.parse(arguments) is None
    if arguments[:1] not in (["series"], ["formulas"], ["check"]):  # those would really run
        _typer_reads(arguments, monkeypatch)  # no crash: typer answers (help or one error line)
        capsys.readouterr()


def test_an_unreadable_existing_file_goes_to_typer_and_its_reader(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fast path leaves an option's path that exists but cannot be read to typer, which
    takes it as it takes any path (rev32: its ``readable`` check refused a write-only ``-o``
    file, "Path 'out.html' is not readable"); the lexicon's reader or the writer then says what
    is wrong in its own words (tests/test_review_rev32.py).

    (Tests may run as root, who reads every file: ``os.access`` says no instead.)
    """
    for arguments in ([A, B, "--lexicon", A], [A, B, "-o", A]):
        assert fast.parse(arguments) is not None
        with monkeypatch.context() as patch:
            patch.setattr(os, "access", lambda *_: False)
            assert fast.parse(arguments) is None
            assert _typer_reads(arguments, monkeypatch) is not None
        assert "is not readable" not in capsys.readouterr().err


def test_every_table_entry_and_parameter_meet() -> None:
    """The table holds exactly run_diff's parameters; typer's command has their flags in order."""
    names = list(inspect.signature(diff_run.run_diff).parameters)
    assert set(FLAGS) == set(names)
    group = typer.main.get_command(app.app)
    assert isinstance(group, typer.core.TyperGroup)
    ctx = typer.Context(group)
    command = group.get_command(ctx, "diff")
    assert command is not None
    assert [param.name for param in command.params] == names
    for param in command.params:
        assert tuple(param.opts) == (FLAGS[str(param.name)].names or (param.name,))
        assert param.metavar == FLAGS[str(param.name)].metavar
    root = {name for param in group.params for name in param.opts}
    assert (set(group.commands) - {"diff"}) | root | {"-h", "--help"} == fast.NOT_DIFF


def _run(entry: str, arguments: list[str], env: dict[str, str]) -> tuple[int, str, str, str]:
    probe = (
        f"import sys\nfrom {entry} import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as done:\n    status = done.code\n"
        "sys.stdout.flush()\nsys.stderr.write(f'\\n{status} ' + str('typer' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *arguments], capture_output=True, text=True, env=env
    )
    err, _, tail = done.stderr.rpartition("\n")
    status, loaded = tail.split()
    return int(status), done.stdout, err, loaded


@pytest.mark.parametrize(
    "arguments",
    [
        [A, B, "-f", "json", "--exit-code"],
        [A, A, "--exit-code", "--color", "always"],
        [A, B, "-f", "markdown", "--no-mining", "--no-background", "--no-builtin-lexicon"],
        [A, "nowhere.txt"],
        ["-", "-"],
        [A, B, "--stamp"],
        [A, B, "--html", "-"],
        [A, B, "-o", A],
    ],
    ids=" ".join,
)
def test_the_fast_path_runs_without_typer_and_ends_as_typer_does(
    arguments: list[str], tmp_path: Path
) -> None:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("NO_COLOR", None)
    quick = _run("readoutdiff.cli.entry", arguments, env)
    typed = _run("readoutdiff.cli.app", arguments, env)
    assert quick[3] == "False" and typed[3] == "True"
    assert quick[:3] == typed[:3]


def test_completion_is_left_to_typer(tmp_path: Path) -> None:
    env = {**os.environ, "_READOUTDIFF_COMPLETE": "complete_bash", "COMP_WORDS": "readoutdiff ch"}
    env.update(COMP_CWORD="1", READOUTDIFF_CACHE_DIR=str(tmp_path))
    done = _run("readoutdiff.cli.entry", ["ch"], env)
    assert done[3] == "True" and "check" in done[1]


def test_what_typer_reads_keeps_its_patterns_out_of_the_plain_runs_file(tmp_path: Path) -> None:
    """A plain run's regex file holds its own patterns, not typer's (cached for the next run)."""
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path)}
    assert _run("readoutdiff.cli.entry", [A, B, "-f", "json"], env)[0] == 0
    [plain] = (tmp_path / "regex").iterdir()
    before = plain.read_bytes()
    assert _run("readoutdiff.cli.entry", [A, B, "--jsn"], env)[0] == 2  # read by typer
    assert plain.read_bytes() == before
    assert len(list((tmp_path / "regex").iterdir())) == 2

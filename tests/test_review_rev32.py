"""rev32 (forty-fifth session): a new user's walk through the README and the command line.

What the walk found and this file keeps fixed (every run is the command as a subprocess on real
files: the samples and an eval readout):

1. An output file that can be written but not read (``-o out.html``, ``--html``, ``--json`` of
   mode 200, as a shared drop folder gives) was refused before anything ran: ``--output: Path
   'out.html' is not readable``, typer's paths asking for read permission by default. It is
   written now; an input that cannot be read is refused by its reader, in its own words
   (``noperm.toml: cannot read the lexicon (Permission denied)``).
2. An output file under a folder that cannot be searched (``-o /root/x.html`` as a user) was
   told in the bare words of the operating system (``/root/x.html: Permission denied``, with
   ``no folder /root/sub; make it first`` for one a level deeper, a folder that may well be
   there); it is ``cannot write it (Permission denied)`` now.
3. ``--history DIR`` of a folder that cannot be listed said ``--history: Path 'DIR' is not
   readable; see readoutdiff diff --help`` (and without typer's check, the bare ``DIR:
   Permission denied``); it says ``DIR: cannot list it (Permission denied); check its
   permissions``, as ``check DIR`` does.

The tests run as any user: where the user is root (who reads everything), the denial is the
operating system's own answer made by a small wrapper around ``os.stat`` and the folder
listing, run in the subprocess before the command line's ``main``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import typer
from test_review_rev31 import one_error

from readoutdiff.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "samples" / "2021-06-28-xi-putin.txt"
SECOND = ROOT / "samples" / "2021-12-15-xi-putin.txt"
KREMLIN = sorted((ROOT / "eval" / "noise").glob("putin-al-thani__*__kremlin.txt"))[:2]

DENIAL_HEAD = """
import builtins, errno, io, os, sys
hidden = sys.argv.pop(1)
def _denied(path):
    return not isinstance(path, int) and os.fspath(path).startswith(hidden + os.sep)
def _refuse(path):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
def _wrap(real, test=_denied):
    def wrapped(path=".", *args, **kwargs):
        if test(path):
            _refuse(path)
        return real(path, *args, **kwargs)
    return wrapped
"""
"""The start of a script that runs readoutdiff with some calls of ``os`` refused for the paths
under ``hidden`` (its first argument): which calls, the script's middle says."""
DENIAL_TAIL = """
from readoutdiff.cli.entry import main
sys.argv[0] = "readoutdiff"
main()
"""

DENYING = (
    DENIAL_HEAD
    + """
os.stat = _wrap(os.stat)
listed = lambda path: not isinstance(path, int) and os.fspath(path) == hidden or _denied(path)
os.listdir = _wrap(os.listdir, listed)
os.scandir = _wrap(os.scandir, listed)
"""
    + DENIAL_TAIL
)
"""A user's view of a folder ``hidden`` they may not search or list (mode 700, another
owner's): looking at anything inside it, or listing it, is ``Permission denied``."""


def run(*args: str | Path, hidden: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    start = ["-c", DENYING, str(hidden)] if hidden is not None else ["-m", "readoutdiff"]
    return subprocess.run(
        [sys.executable, *start, *map(str, args)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def asking_to_read(*commands: str) -> set[str]:
    """The path options of ``commands`` that ask typer to check read permission (its
    ``readable=True`` default), as ``"<command> <option names>"``."""
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return {
        f"{name} {'/'.join(param.opts)}"
        for name in commands
        for param in group.commands[name].params
        if getattr(param.type, "readable", False)
    }


def test_no_path_option_of_diff_or_formulas_asks_for_read_permission() -> None:
    """typer's ``readable=True`` default refused a write-only output file; the readers say why
    an input cannot be read."""
    assert asking_to_read("diff", "formulas") == set()


def test_no_output_option_of_check_or_series_asks_for_read_permission() -> None:
    """The same for the files ``check`` and ``series`` write (rev32 left them to their owner):
    only the inputs (``--rules``) may ask."""
    assert asking_to_read("check", "series") <= {"check --rules"}


def test_a_write_only_output_file_is_written(tmp_path: Path) -> None:
    report, data = tmp_path / "report.html", tmp_path / "report.json"
    for path in (report, data):
        path.write_text("", encoding="utf-8")
        path.chmod(0o200)
    process = run(*KREMLIN, "-o", report, "--json", data)
    assert process.returncode == 0, process.stderr
    assert process.stderr == ""
    for path in (report, data):
        assert path.stat().st_mode & 0o777 == 0o200  # its mode kept
        path.chmod(0o600)
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert '"schema": "readoutdiff/' in data.read_text(encoding="utf-8")


def test_an_output_file_in_a_folder_that_cannot_be_searched(tmp_path: Path) -> None:
    hidden = tmp_path / "private"
    hidden.mkdir()
    line = one_error(run(FIRST, SECOND, "-o", hidden / "x.html", hidden=hidden))
    assert line == f"readoutdiff: error: {hidden / 'x.html'}: cannot write it (Permission denied)"
    deeper = hidden / "sub" / "x.json"  # it may be there: no "there is no folder ...; make it"
    line = one_error(run(FIRST, SECOND, "--json", deeper, hidden=hidden))
    assert line == f"readoutdiff: error: {deeper}: cannot write it (Permission denied)"
    assert not list(hidden.iterdir())  # nothing written


def test_a_missing_output_folder_is_still_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such" / "x.html"
    line = one_error(run(FIRST, SECOND, "-o", missing))
    assert line.endswith(f"cannot write it: there is no folder {missing.parent}; make it first")


def test_a_history_folder_that_cannot_be_listed(tmp_path: Path) -> None:
    hidden = tmp_path / "history"
    hidden.mkdir()
    (hidden / "2021-01-01-x.txt").write_bytes(FIRST.read_bytes())
    line = one_error(run(FIRST, SECOND, "--history", hidden, hidden=hidden))
    assert line == (
        f"readoutdiff: error: {hidden}: cannot list it (Permission denied); check its permissions"
    )


def test_a_lexicon_that_cannot_be_read_is_told_by_its_reader(tmp_path: Path) -> None:
    hidden = tmp_path / "private"
    hidden.mkdir()
    lexicon = hidden / "lexicon.toml"
    lexicon.write_text('[[formula]]\nid = "x"\ntext = "core interests"\n', encoding="utf-8")
    line = one_error(run(FIRST, SECOND, "--lexicon", lexicon, hidden=hidden))
    assert line.startswith(f"readoutdiff: error: {lexicon}: ")
    assert "Permission denied" in line
    assert "is not readable; see" not in line

"""Three leftovers of this session's reviewers (branch fix6), through the real command line on
real readouts (Biden–Abdullah, eval/formulas: "President Biden spoke today …", so each is dated
by its file name only):

1. ``series DIR`` listed its folder twice (the files, then a check that the folder was not
   empty): now once, the output unchanged.
2. ``check --help`` said of ``--since`` less than README and action.yml: that REF may be a
   branch, read from its merge base with HEAD, and that CI needs the history fetched.
3. A file name holding two dates took the first form the patterns check, not the first date
   in the name: now the leftmost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from test_name_dates_fix5 import _COUNT_OPENS, FIRST, SECOND  # an audit hook counts opens


def _run(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)], capture_output=True, text=True,
        check=False, env=env, cwd=cwd,
    )  # fmt: skip


def _opened(folder: Path, *args: str | Path) -> tuple[list[tuple[str, int]], str, str]:
    """How often ``readoutdiff ARGS`` opened each file of ``folder``, its stdout and stderr."""
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_OPENS, str(folder), *map(str, args)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    shown, counts = done.stderr.rsplit("OPENED ", 1)
    return eval(counts), done.stdout, shown


def test_series_lists_its_folder_once(tmp_path: Path) -> None:
    """Each readout is opened twice (its head in the one listing, its load), a README never;
    on the base three times (the second listing read every head again)."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    for readout in (FIRST, SECOND):
        shutil.copy(readout, folder)
    (folder / "README.md").write_text("Where these readouts came from.\n")
    counts, stdout, stderr = _opened(folder, "series", folder)
    assert counts == [(FIRST.name, 2), (SECOND.name, 2)]
    plain = _run("series", folder)
    assert (stdout, stderr) == (plain.stdout, plain.stderr)
    assert plain.returncode == 0 and "Series of 2 readouts" in stdout


def test_a_folder_with_no_readout_is_still_refused(tmp_path: Path) -> None:
    """A folder whose only readout-looking file is named as a file, and an empty folder: the
    check that a folder named holds a readout lists it then, as before."""
    named = tmp_path / "named"
    named.mkdir()
    shutil.copy(SECOND, named / "notes.docx")
    empty = tmp_path / "empty"
    empty.mkdir()
    for paths in ([FIRST, named / "notes.docx", named], [FIRST, SECOND, empty]):
        done = _run("series", *paths)
        assert done.returncode == 2
        folder = paths[-1]
        assert f"readoutdiff: error: {folder}: holds no readout file" in done.stderr
    # a folder whose readout is named too, and read from the folder's listing by its key
    both = tmp_path / "both"
    both.mkdir()
    shutil.copy(SECOND, both)
    done = _run("series", FIRST, both / SECOND.name, both)
    assert done.returncode == 0, done.stderr
    assert "Series of 2 readouts" in done.stdout


def test_check_help_says_what_since_reads() -> None:
    """In README's words: REF a commit, branch or tag; since its merge base with HEAD; the
    history fetched in CI (fetch-depth: 0), as action.yml's ``since`` says."""
    done = _run("check", "--help", env={**os.environ, "COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    words = " ".join(done.stdout.split())
    assert "(a commit, branch or tag: a pull request's base)" in words
    assert (
        '"Since REF" means since the merge base of REF and HEAD (as git diff REF...HEAD)' in words
    )
    assert "(actions/checkout: fetch-depth: 0)" in words


def test_a_name_with_two_dates_gives_the_leftmost(tmp_path: Path) -> None:
    """ "abdullah 14-04-2024 2024-05-07.txt": the base read the year-first date (checked
    first) and put the meeting after 6 May; the leftmost, 14 April, puts it first."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder / "abdullah 14-04-2024 2024-05-07.txt")
    shutil.copy(SECOND, folder)
    done = _run("series", folder)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.startswith("   ")][:2]
    assert [row[:2] for row in rows] == [["1", "2024-04-14"], ["2", "2024-05-06"]]
    assert rows[0][2:5] == ["abdullah", "14-04-2024", "2024-05-07.txt"]
    # a form never guessed (day or month first) is no date: the next one stands
    shutil.move(
        folder / "abdullah 14-04-2024 2024-05-07.txt", folder / "x 04-09-2025 2024-04-14.txt"
    )
    rows = [
        line.split()
        for line in _run("series", folder).stdout.splitlines()
        if line.startswith("   ")
    ]
    assert [row[:3] for row in rows[:2]] == [["1", "2024-04-14", "x"], ["2", "2024-05-06", "0.10"]]

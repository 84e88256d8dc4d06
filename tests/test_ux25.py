"""Branch ux25: a new user's walk, and session 47's leftovers, through the real CLI.

- a warning or a note on standard error keeps to the terminal's width as the view on standard
  output does (a path in it whole), and stays one line to a file or a pipe;
- ``series`` at 50 columns: the id ``all-weather-strategic-cooperative-partnership ·`` (47
  columns) goes on under the timeline's first column, where under the timeline it ran one
  column past the line;
- the progress bar of ``series`` fits a narrow terminal: wider than the line, each redraw
  opened a new line.
"""

from __future__ import annotations

import io
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import drained
from test_ux24 import WANG_YI, piped_run

from readoutdiff.formulas.keys.key_record import columns

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"
EARLY, LATE = Path("samples/2021-06-28-xi-putin.txt"), Path("samples/2021-12-15-xi-putin.txt")


def _on_terminals(width: int, *args: str | Path, cwd: Path = ROOT) -> tuple[str, str]:
    """Run the CLI with standard output and standard error each on a pseudo-terminal of
    ``COLUMNS=width``; return what each showed, read while the CLI writes."""
    env = {**os.environ, "COLUMNS": str(width), "NO_COLOR": "1"}
    terminals = [pty.openpty(), pty.openpty()]
    shown: list[list[bytes]] = [[], []]
    readers = [
        drained(leader, chunks) for (leader, _), chunks in zip(terminals, shown, strict=True)
    ]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *map(str, args)],
            cwd=cwd, stdin=subprocess.DEVNULL, stdout=terminals[0][1], stderr=terminals[1][1],
            env=env, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode in (0, 1)
    finally:
        for (leader, follower), reader in zip(terminals, readers, strict=True):
            os.close(follower)
            reader.join(timeout=60)
            os.close(leader)
    out, err = (b"".join(chunks).decode("utf-8").replace("\r\n", "\n") for chunks in shown)
    return out, err


def test_a_warning_keeps_to_the_terminal_and_one_line_to_a_pipe() -> None:
    """The same file twice: a warning of 137 columns that the terminal broke mid-word."""
    _, err = _on_terminals(50, EARLY, EARLY)
    piped = piped_run(EARLY, EARLY).stderr
    assert piped.count("\n") == 1 and columns(piped.rstrip("\n")) > 100  # one line, to grep
    lines = err.splitlines()
    assert len(lines) > 2 and all(columns(line) <= 50 for line in lines), lines
    assert lines[0] == "readoutdiff: warning:"  # the path does not fit after it: not torn
    assert lines[1] == f"    {EARLY}: is the same"
    assert all(line.startswith("    ") for line in lines[1:])
    assert err.split() == piped.split()  # only spaces and line ends moved


def test_a_note_keeps_to_the_terminal_too() -> None:
    """The later readout given first: the note of the dates, 240 columns on one line."""
    _, err = _on_terminals(60, LATE, EARLY)
    piped = piped_run(LATE, EARLY).stderr
    assert piped.startswith("readoutdiff: note: A (") and piped.count("\n") == 1
    lines = err.splitlines()
    assert lines[0].startswith("readoutdiff: note: A (") and len(lines) >= 4
    assert all(columns(line) <= 60 for line in lines), lines
    assert err.split() == piped.split()


def test_an_id_wider_than_under_the_timeline_and_the_bar_keep_to_50_columns(tmp_path: Path) -> None:
    """Wang Yi's 45 meetings of eval/formulas (as ux24 measured them) at 50 columns: the one
    line past the width but a file name was a 47-column id under the timeline (4), 51 columns;
    and the progress bar (54 columns), drawn after a second, a line of its own at every pair."""
    for path in sorted(FORMULAS.glob("wangyi-*__*.txt")):
        if path.name.split("__")[0] in WANG_YI:
            shutil.copy(path, tmp_path / path.name)
    out, err = _on_terminals(50, "series", ".", cwd=tmp_path)
    lines = out.splitlines()
    over = [line for line in lines if columns(line) > 50]
    assert [line.strip() for line in over] == [
        "wangyi-faisal-bin-farhan__2023-11-03__chinanews.txt"
    ]
    assert "  all-weather-strategic-cooperative-partnership ·" in lines  # whole, in 49 columns
    drawn = [
        piece for line in err.split("\n") for piece in line.split("\r") if "comparing" in piece
    ]
    assert all(columns(piece) < 50 for piece in drawn), drawn  # drawn when it ran past 1 s


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_fits_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 50 columns the bar of 30 and its count (54 columns) wrapped, and each redraw went
    back to the start of its second line: a new line at every pair."""
    from readoutdiff.cli import series as series_cli

    for width, drawn in [
        ("50", "\rcomparing [##################-------] 33/44 pairs"),
        ("40", "\rcomparing [###########----] 33/44 pairs"),  # the narrowest width, 40
        ("55", "\rcomparing [######################--------] 33/44 pairs"),  # room for 30
        ("120", "\rcomparing [######################--------] 33/44 pairs"),
    ]:
        monkeypatch.setenv("COLUMNS", width)
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        monkeypatch.setattr(series_cli.time, "monotonic", iter([0.0, 5.0]).__next__)
        draw = series_cli._progress_bar()
        assert draw is not None
        draw(33, 44)
        assert terminal.getvalue() == drawn


def test_the_prompt_of_standard_input_fits_80_columns() -> None:
    """``readoutdiff - B`` typed at a terminal: the line saying what ``-`` waits for was 81
    columns (at 80 the terminal put "Ctrl-D" on a line of its own), and the text pasted with
    its last line ended, one Ctrl-D was not enough: the read waited for a second."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.Popen(
            [sys.executable, "-m", "readoutdiff", "-", str(EARLY), "--format", "json"],
            cwd=ROOT, stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "80"},
        )  # fmt: skip
        os.write(leader, b"On 1 May 2021 President Xi Jinping met President Putin.\n\x04")
        out, err = done.communicate(timeout=120)  # before: waited here for a second Ctrl-D
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0, err
    assert err.decode("utf-8") == (
        "readoutdiff: - reads the terminal: paste the readout, then press Ctrl-D\n"
    )
    assert b'"schema": "readoutdiff/1"' in out  # the pasted text read as A

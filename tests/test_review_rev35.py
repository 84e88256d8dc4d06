"""Branch rev35, a reviewer's read of the forty-eighth session's round 1, tried as a user on a
pseudo-terminal: ux25 wraps the warnings and notes on standard error to the terminal and says
(README, ``cli/shared.tell``) that a path in them is never broken; a path with spaces in it
(a folder named "Readouts of the meetings") was broken at its spaces like any words."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_ux25 import EARLY, LATE, ROOT, _on_terminals

from readoutdiff.formulas.keys.key_record import columns

FOLDER = "Readouts of the meetings"


def _copied(tmp_path: Path) -> tuple[str, str]:
    (tmp_path / FOLDER).mkdir()
    early, late = f"{FOLDER}/2021-06-28 Xi and Putin.txt", f"{FOLDER}/2021-12-15 Xi and Putin.txt"
    shutil.copy(ROOT / EARLY, tmp_path / early)
    shutil.copy(ROOT / LATE, tmp_path / late)
    return early, late


def test_a_path_with_spaces_stays_whole_in_a_wrapped_warning(tmp_path: Path) -> None:
    early, _ = _copied(tmp_path)  # 45 columns: fits a line of 60 after the 4 spaces
    _, err = _on_terminals(60, early, early, cwd=tmp_path)
    lines = err.splitlines()
    assert len(lines) > 2 and all(columns(line) <= 60 for line in lines), lines
    assert sum(early in line for line in lines) == 2, lines  # named twice, each whole


def test_the_paths_of_the_date_note_stay_whole(tmp_path: Path) -> None:
    early, late = _copied(tmp_path)
    _, err = _on_terminals(60, late, early, cwd=tmp_path)  # the later readout given first
    lines = err.splitlines()
    assert lines[0].startswith("readoutdiff: note: A")
    assert all(columns(line) <= 60 for line in lines), lines
    assert any(late in line for line in lines) and any(early in line for line in lines), lines

"""Branch u61's walk as a new user on a fresh clone: a ``--history`` folder that holds readouts
dated after B is not said to hold "earlier readouts" (the series page's own count is tested in
``test_series_cli.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from readoutdiff import compare_files

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _herzog(date: str) -> Path:
    return FORMULAS / f"harris-herzog__{date}__wh.txt"


def test_a_history_of_readouts_dated_after_b_does_not_call_them_earlier(tmp_path: Path) -> None:
    """``A B --history DIR`` over the five Harris–Herzog readouts, A and B the 2nd and 3rd: the
    note said "3 earlier readouts", two of them dated after B (2024-02-16, 2024-04-23)."""
    for date in ("2023-11-07", "2023-12-03", "2024-01-08", "2024-02-16", "2024-04-23"):
        shutil.copy(_herzog(date), tmp_path)
    a, b = _herzog("2023-12-03"), _herzog("2024-01-08")
    notes = compare_files(a, b, history=[tmp_path]).notes
    assert notes[-1].startswith(
        f"history: 3 readouts read from {tmp_path}, besides A and B (2 of them dated after B,"
        " read all the same); "
    )
    later = compare_files(_herzog("2024-02-16"), _herzog("2024-04-23"), history=[tmp_path])
    assert later.notes[-1].startswith(f"history: 3 earlier readouts read from {tmp_path}, ")

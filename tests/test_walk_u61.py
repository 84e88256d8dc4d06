"""Branch u61's walk as a new user on a fresh clone: a ``--history`` folder that holds readouts
dated after B is not said to hold "earlier readouts" (the series page's own count is tested in
``test_series_cli.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from readoutdiff import compare, compare_files
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.ingest.reader import load
from readoutdiff.render.text import render_text

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


def test_a_chinese_formula_in_the_formula_list_is_not_broken_when_it_fits_a_line() -> None:
    """xi-lula 2025-05-13 → 2025-08-12 at 80 columns: the reworded formula's new wording, 17
    characters, broke as “全球南方国家应携手维” / “护国际公平正义”; a name in the formula list
    now moves to the next line whole when it fits there (a key change's long quote, a passage,
    still breaks by characters)."""
    pair = (FORMULAS / f"xi-lula__{d}__cctv.txt" for d in ("2025-05-13", "2025-08-12"))
    view = render_text(compare(*map(load, pair)), width=80).splitlines()
    listed = view[view.index("Formulas") :]
    assert "      “全球南方国家应携手维护国际公平正义” [mined]  A 4.2 → B 6.4" in listed
    assert "      “两国要加强在联合国、金砖国家、中拉论坛等多边机制中的协调配合” →" in listed
    assert not any(line.endswith("维") for line in listed)
    assert all(columns(line) <= 80 for line in view)

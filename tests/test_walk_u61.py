"""Branch u61's walk as a new user on a fresh clone: a ``--history`` folder that holds readouts
dated after B is not said to hold "earlier readouts" (the series page's own count is tested in
``test_series_cli.py``)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from readoutdiff import compare, compare_files
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.ingest.reader import load
from readoutdiff.render.series_html import render_series_html
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.text import render_text
from readoutdiff.series import build_series

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
    still breaks by characters). Since zh12 (forty-first session) A's 30-character line of acting
    together in multilateral bodies is told by its own rule (dropped: B's multilateral line is
    Brazil's, paired with Brazil's line of A), still whole on its line."""
    pair = (FORMULAS / f"xi-lula__{d}__cctv.txt" for d in ("2025-05-13", "2025-08-12"))
    view = render_text(compare(*map(load, pair)), width=80).splitlines()
    listed = view[view.index("Formulas") :]
    assert "      “全球南方国家应携手维护国际公平正义” [mined]  A 4.2 → B 6.4" in listed
    assert (
        "    “两国要加强在联合国、金砖国家、中拉论坛等多边机制中的协调配合” [rule]  A 5.5" in listed
    )
    assert not any(line.endswith("维") for line in listed)
    assert all(columns(line) <= 80 for line in view)


def test_a_series_row_named_with_its_kind_and_a_rewording_back_to_its_name(tmp_path: Path) -> None:
    """The four Xi–Lula readouts: two rows are first seen as “中巴命运共同体建设”; the second
    read “中巴命运共同体建设 (phrase of many readouts)”  phrase of many readouts — the brackets
    inside the quotes, as if the formula's words, and the kind said twice — and the first
    "reworded at 4 → “中巴命运共同体建设”", its own name, as if changed into itself (it was
    said “命运共同体建设” at 3).

    ser1: the second row was the same place of meeting 2 found by pair 2→3 as the first words
    of its rewording into “两国命运共同体”; it now starts at 3 under those words, linked to the
    first row, so no two rows share a name.

    e61 (forty-second session): the Chinese background rebuilt without e61's counterparts keeps
    “命运共同体建设” (110 readouts of 57 counterparts) as a phrase of its own, so the
    series' rows are now “命运共同体建设” (meetings 1–2) and “两国命运共同体建设” (3–4), both phrases
    of many readouts; what the test guards stays: no kind inside the quotes, no row reworded into
    its own name, no two rows of one name.

    ser10 (same session): the row of “命运共同体建设” no longer reads dropped at 3, where meeting 3
    says its words only inside the appeared “两国命运共同体建设”: one row, reworded at 3 into it
    (the hand list xi-lula__2025-08-12 tells one change).

    bg3 (fifty-third session): the Chinese background rebuilt without batch 80's counterparts
    holds no “两国命运共同体” (whose pair 2→3 told the longer phrase appeared): the row reads its
    words at every meeting, seen 1–4, and no row reads “两国命运共同体建设”. The rewording back
    to the row's name is tested on the facts the series had before, with its view, in
    test_review_rev28.py; what this test guards stays: no kind inside the quotes, no row
    reworded into its own name, no two rows of one name."""
    for path in sorted(FORMULAS.glob("xi-lula__*.txt")):
        shutil.copy(path, tmp_path)
    series = build_series([load(p) for p in sorted(tmp_path.iterdir())])
    view = render_series_text(series, width=None)
    rows = [re.match(r"^  \S{4}  “([^”]+)”  (.*)$", line) for line in view.splitlines()]
    named = [(row[1], row[2]) for row in rows if row]
    assert [name for name, _ in named].count("命运共同体建设") == 1
    assert [name for name, _ in named].count("两国命运共同体建设") == 0
    (told,) = [rest for name, rest in named if name == "命运共同体建设"]
    assert "seen 1–4" in told and "dropped" not in told
    assert len({name for name, _ in named}) == len(named)  # no two rows share a name
    # no row reworded straight into its own name ("reworded at 4 → “X”" on the row of “X”)
    assert not [name for name, rest in named if re.search(rf"at \d+ → “{re.escape(name)}”", rest)]
    assert "(phrase of many readouts)”" not in view
    page = render_series_html(series, dict.fromkeys(range(2, 5), ""))
    assert "(phrase of many readouts)”" not in page

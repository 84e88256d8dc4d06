"""The series CSV's ``notes`` column (ux12): what a changed cell's change was, in the words the
text and HTML views use, where ``linked`` holds only an id. A cell "changed" whose wording is
the one the meeting before said ("situation in Ukraine" both sides: a qualifier went from
around it) read as a change of X into X in a spreadsheet. Run for real on the
Blinken–Jaishankar readouts of eval/formulas (dev pairs)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from readoutdiff.ingest import load
from readoutdiff.render.series_csv import COLUMNS, render_series_csv
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series
from readoutdiff.series.facts import ONE_SIDED

ROOT = Path(__file__).resolve().parent.parent
SERIES = sorted((ROOT / "eval" / "formulas").glob("blinken-jaishankar__*.txt"))


def test_a_changed_cell_says_its_change_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "bj"
    folder.mkdir()
    for path in SERIES:
        shutil.copy(path, folder / path.name)
    command = [sys.executable, "-m", "readoutdiff", "series", str(folder), "--json"]
    outputs = [str(tmp_path / "s.json"), "--csv", str(tmp_path / "s.csv")]
    done = subprocess.run([*command, *outputs], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "s.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COLUMNS)
    assert COLUMNS[-3:] == ("notes", "series", "participants")  # ux18 added the last two
    said = {(r["formula_text"], r["meeting"]): r for r in rows if r["notes"]}
    kept = said["situation in Ukraine", "4"]
    assert (kept["fate"], kept["wording"], kept["notes"]) == (
        "changed", "situation in Ukraine", "qualifier removed",
    )  # fmt: skip
    assert said["review regional priorities", "4"]["notes"] == "reworded"
    # only changed cells have notes, each its row's words in the text view
    assert {r["fate"] for r in said.values()} == {"changed"}
    shown = done.stdout
    assert "changed: qualifier removed" in shown
    # the JSON's entries carry the same notes, as a list
    document = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    listed = {
        (row["text"], str(cell["meeting"])): "; ".join(cell["notes"])
        for row in document["formulas"]
        for cell in row["timeline"]
        if cell["notes"]
    }
    assert listed == {key: row["notes"] for key, row in said.items()}


def test_one_sided_wording_is_told_apart() -> None:
    """Starmer–Frederiksen (dev): "steadfast commitment" is said in the first readout only, the
    clause around it reworded in the second; its CSV row must say so, not only its id."""
    paths = sorted((ROOT / "eval" / "formulas").glob("starmer-frederiksen__*.txt"))
    rows = list(
        csv.DictReader(io.StringIO(render_series_csv(build_series([load(str(p)) for p in paths]))))
    )
    row = next(r for r in rows if r["formula_id"] == "ironclad-commitment" and r["meeting"] == "2")
    assert (row["present"], row["fate"], row["linked"]) == (
        "no",
        "changed",
        f"ironclad-commitment/{ONE_SIDED}",
    )
    assert row["notes"] == "wording around it where one readout lacks it"
    assert all(not r["notes"] for r in rows if r["fate"] != "changed")


def test_no_row_of_the_real_series_reads_as_a_change_into_itself() -> None:
    """ser9 removed the rows that said "“X” → “X”"; none is left on this dev series. A rewording
    is said "reworded at 4 → “Y”" on the row of its name, or "at 3 “W” → “Y”": neither may end
    in the words it starts from (rev28: the test read "“X” → “Y”" only, which this series never
    prints, so it checked nothing)."""
    shown = render_series_text(build_series([load(str(path)) for path in SERIES]), width=400)
    rewordings = 0
    for row in re.finditer(r"^  \S+  “([^”]+)”  (.*)$", shown, re.MULTILINE):
        for said in re.finditer(r"at \d+(?: “([^”]+)”)? → “([^”]+)”", row[2]):
            start = said[1] if said[1] is not None else row[1]
            assert start.casefold() != said[2].casefold(), row[0]
            rewordings += 1
    assert rewordings >= 1

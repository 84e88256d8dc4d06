"""`series` over one folder names the folder once and shows each meeting's file past it (u46).

At 80 columns a series of Russian readouts read from their folder ran past the line at every
meeting: "mirziyoyev-nazarbayev/mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt" after
the meeting's number, date and similarity took 100 columns (u45 left it: a file is kept whole on
its line). The view now says "Every file is in mirziyoyev-nazarbayev/" once, as it says the
opening every title shares, and a title that does not fit after the file opens a line of its
own under it. Real readouts: the four of mirziyoyev-nazarbayev's dev pairs (the held-out pair's
B side not read).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.render.series_json import render_series_json
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, build_series

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"
NAMES = [
    "mirziyoyev-nazarbayev__2021-09-20__kant-kg.txt",
    "mirziyoyev-nazarbayev__2021-11-26__zakon.txt",
    "mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt",
    "mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt",
]


@pytest.fixture
def series(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Series:
    folder = tmp_path / "mirziyoyev-nazarbayev"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes((FORMULAS / name).read_bytes())
    monkeypatch.chdir(tmp_path)  # the folder as a user names it: `series mirziyoyev-nazarbayev/`
    return build_series([load(f"mirziyoyev-nazarbayev/{name}") for name in NAMES])


def test_the_folder_is_said_once_and_every_line_fits_80_columns(series: Series) -> None:
    shown = render_series_text(series, width=80).splitlines()
    assert all(columns(line) <= 80 for line in shown)
    assert shown[:3] == [
        "Series of 4 readouts, in date order",
        "Every file is in mirziyoyev-nazarbayev/",
        "   1  2021-09-20        mirziyoyev-nazarbayev__2021-09-20__kant-kg.txt",
    ]
    assert "   4  2023-07-10  0.30  mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt" in shown
    # the title under the file, not torn after its first word; a note not torn in two
    at = shown.index("   2  2021-11-26  0.24  mirziyoyev-nazarbayev__2021-11-26__zakon.txt")
    # its one anchored entry is a formula reworded, no wording around a kept formula (u63)
    assert shown[at + 1] == " " * 24 + "“Мирзиёев позвонил Елбасы”  (date from the file name)"
    assert shown[at + 2].startswith("   3  2023-04-21")
    # a file or a pipe: each meeting on one line, the same words
    whole = render_series_text(series)
    assert " ".join(whole.split()) == " ".join(" ".join(shown).split())
    assert (
        "   3  2023-04-21  0.15  mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt  “Мирзиёев" in whole
    )


def test_json_keeps_each_path_whole(series: Series) -> None:
    meetings = json.loads(render_series_json(series))["meetings"]
    assert [m["path"] for m in meetings] == [f"mirziyoyev-nazarbayev/{name}" for name in NAMES]


def test_files_of_several_folders_keep_their_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FORMULAS.parent.parent)
    other = "tests/real_series/biden-zelenskyy/biden-zelenskyy__2021-12-09__wh.txt"
    shown = render_series_text(build_series([load("eval/formulas/" + NAMES[0]), load(other)]))
    assert "Every file is in" not in shown
    assert "        eval/formulas/mirziyoyev-nazarbayev__2021-09-20__kant-kg.txt  “" in shown

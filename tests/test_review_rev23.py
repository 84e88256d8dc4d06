"""Branch rev23: a review of the thirty-eighth session's whole change, through the real CLI on
real readouts (the two Kremlin Putin–Tokayev readouts and three White House Biden–Sisi ones of
eval/formulas)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.ingest.dates import file_date, name_date_refused

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
TOKAYEV = ("2025-03-06", "2025-04-17")


def _series(folder: Path) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", "series", folder.name]
    return subprocess.run(
        run, capture_output=True, text=True, encoding="utf-8", cwd=folder.parent, check=False
    )


@pytest.mark.parametrize(
    ("name", "run", "date"),
    [
        ("v1.17.04.2025.txt", "1.17.04.2025", "before 17.04.2025"),
        ("v2.4.9.2025.txt", "2.4.9.2025", "before 4.9.2025"),
        ("v1.2025.9.4.txt", "1.2025.9.4", "before 2025.9.4"),
        ("v1.16-10-2023.txt", "1.16-10-2023", "before 16-10-2023"),
        ("a 2025.9.4.1.txt", "2025.9.4.1", "after 2025.9.4"),
        ("a 2025-9-4.1.txt", "2025-9-4.1", "after 2025-9-4"),
        ("Путин.Токаев.2025.9.4.1.txt", "2025.9.4.1", "after 2025.9.4"),  # a word and a dot
    ],
)
def test_a_date_read_as_a_version_number_is_said_so(name: str, run: str, date: str) -> None:
    """rev21/rev22 made a number and a dot before a date (or a dot and a number after one
    without zeros) a version number, no date; the refusal then said "its name gives a year
    (2025) but no day" of a name that holds a whole day (rev22 saw it for "2025.9.4.1" and left
    it). It now names the version number and the number and dot that make it one."""
    assert file_date(name) is None
    said = name_date_refused(name)
    assert said is not None and said.startswith(f"its name's {run} reads as a version number")
    assert f"a number and a dot stand {date}" in said or f"a dot and a number stand {date}" in said
    assert "but no day" not in said


def test_a_version_number_holding_no_date_alone_says_why_the_date_is_none() -> None:
    """The words say a space would make it a date only where one would: a run that is no day
    of the calendar, or day or month first, says so as the run alone would."""
    assert name_date_refused("v1.2025.9.31.txt") == "its name's 2025.9.31 is no day of the calendar"
    assert name_date_refused("v1.04-09-2025.txt") == name_date_refused("04-09-2025.txt")
    assert name_date_refused("talks-2021.txt") == "its name gives a year (2021) but no day"


def test_series_names_the_version_number_it_read_instead_of_a_date(tmp_path: Path) -> None:
    """The real CLI: two Kremlin readouts (their texts give no date) saved as
    "Путин Токаев v1.17.04.2025.txt": ``series`` refuses them as undated, and now says the
    name's date was read as a version number (the base said "a year (2025) but no day")."""
    folder = tmp_path / "токаев"
    folder.mkdir()
    for iso in TOKAYEV:
        year, month, day = iso.split("-")
        source = EVAL / f"putin-tokayev__{iso}__kremlin.txt"
        (folder / f"Путин Токаев v1.{day}.{month}.{year}.txt").write_bytes(source.read_bytes())
    done = _series(folder)
    assert done.returncode == 2
    assert (
        "has no date (its name's 1.06.03.2025 reads as a version number, not a date: a number"
        " and a dot stand before 06.03.2025; a space or a word before it would make it a date)"
        " (and 1 more)"
    ) in done.stderr
    assert "but no day" not in done.stderr


@pytest.mark.parametrize(("copies", "said"), [(1, "the other a copy"), (2, "the others copies")])
def test_a_folder_of_one_readout_and_its_copies_counts_them(
    tmp_path: Path, copies: int, said: str
) -> None:
    """A folder of one readout and its copies is refused naming the readout (rev19); with one
    copy the error said "the others copies of it" of a single file."""
    folder = tmp_path / "sisi"
    folder.mkdir()
    source = EVAL / "biden-sisi__2023-10-29__wh.txt"
    (folder / source.name).write_bytes(source.read_bytes())
    for number in range(copies):
        (folder / f"copy{number}.txt").write_bytes(source.read_bytes())
    done = _series(folder)
    assert done.returncode == 2
    error = done.stderr.splitlines()[-1]
    assert error.startswith(f"readoutdiff: error: sisi/{source.name}: is the only readout in sisi,")
    assert f", {said} of it (the same text and date);" in error


ALBANESE = (  # named from the checkout's root, as u67's test names its pair
    "eval/formulas/xi-albanese__2024-11-18__cctv.txt",
    "eval/formulas/xi-albanese__2025-07-15__cctv.txt",
)
_NUMERALS = "一二三四五六七八九十百千万零两"
_SPLIT = re.compile(
    rf"第[{_NUMERALS}]*\n *[{_NUMERALS}]|第[{_NUMERALS}]+\n *\S"
    rf"|[{_NUMERALS}]\n *[{_NUMERALS}]*周年|[{_NUMERALS}]周\n *年"
)
"""A Chinese number split at a line end: inside it, before the counter 第 opens it with, or
before 周年."""


def test_a_number_in_chinese_numerals_is_never_split_at_a_line_end() -> None:
    """u67 kept 第80届 and 80周年 whole on a terminal, and said 第三届 was kept as one word;
    but a wide character may end a line, so "澳中全面战略伙伴关系建立十" / "周年之际" (Xi–Albanese,
    real CLI at 31 columns) and "第三十" / "二次" were split. A number of Chinese numerals is
    now kept whole, with the counter after 第's number and with 周年 (every width from 16 to
    80 columns of this pair and of Xi–Hasina's, in process; the base splits it at 21 and 18 widths)."""
    from test_cli import _on_terminal as on_terminal  # read while the CLI writes

    from readoutdiff import compare
    from readoutdiff.ingest import load
    from readoutdiff.render.text import render_text

    env = {**os.environ, "COLUMNS": "31", "NO_COLOR": "1"}
    shown = on_terminal(env, *ALBANESE, cwd=ROOT, timeout=120).decode("utf-8")
    shown = shown.replace("\r\n", "\n")
    assert "十周年之际" in shown.replace("\n", "").replace(" ", "")
    assert not _SPLIT.search(shown)
    for pair in (ALBANESE, ("eval/formulas/xi-hasina__2023-08-23__cctv.txt",
                            "eval/formulas/xi-hasina__2024-07-10__cctv.txt")):  # fmt: skip
        comparison = compare(*(load(str(ROOT / path)) for path in pair))
        for width in range(16, 81):
            assert not _SPLIT.search(render_text(comparison, width=width)), width

"""Branch rev22: a review of round 3's file-name dates. rev21 read "Путин.Токаев.17.04.2025"
(a word and a dot before a day-first date) but u67's dates without zeros year first, and the
year-last ones, still refused a dot before them: "Путин.Токаев.2025.9.4.txt" had no date, and
``series`` said its name gave "a year (2025) but no day". Real Kremlin readouts of eval/,
renamed in a temporary folder, through the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readoutdiff.ingest.dates import file_date, name_date_refused

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _series(folder: Path, renamed: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``readoutdiff series`` on copies of eval readouts (source name -> new name)."""
    folder.mkdir()
    for source, name in renamed.items():
        (folder / name).write_bytes((EVAL / source).read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", folder.name]
    return subprocess.run(run, capture_output=True, text=True, cwd=folder.parent, check=False)


def test_dotted_names_date_readouts_year_first_without_zeros_and_year_last(
    tmp_path: Path,
) -> None:
    """Kremlin readouts give no date in their text: the names alone date them."""
    done = _series(
        tmp_path / "токаев",
        {
            "putin-tokayev__2025-04-17__kremlin.txt": "Путин.Токаев.2025.4.17.txt",
            "putin-tokayev__2025-03-06__kremlin.txt": "Путин.Токаев.2025-3-6.txt",
        },
    )
    assert done.returncode == 0, done.stderr
    dates = [line.split()[1] for line in done.stdout.splitlines() if line[:4].strip().isdigit()]
    assert dates == ["2025-03-06", "2025-04-17"]
    assert file_date("Путин.Токаев.16-10-2023.txt") == "2023-10-16"


def test_a_number_and_a_dot_still_make_a_version_and_a_refusal_says_why() -> None:
    """A version number before the date is not read as a date; a dotted name with no day of
    the calendar says so, not "a year but no day"."""
    assert file_date("v1.2025.9.4.txt") is None
    assert name_date_refused("Путин.Токаев.2025.9.31.txt") == (
        "its name's 2025.9.31 is no day of the calendar"
    )
    assert name_date_refused("Путин.Токаев.4.13.2025.txt") == (
        "its name's 4.13.2025 read day first, as dots write it, is no day of the calendar"
    )
